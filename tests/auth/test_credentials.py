"""Every credential kind against the emulator, wrong credentials, and the token TTL check."""

from __future__ import annotations

import json

import anyio
import pytest

import soracom_async as sa
from soracom_async.auth import decode_jwt_payload
from soracom_async.testing import SoracomEmulator

from .conftest import RecordingTransport, auth_key, client_for, get_operator


def credential_kinds(emulator: SoracomEmulator) -> dict[str, sa.Credentials]:
    return {
        "auth_key": auth_key(emulator),
        "email": sa.EmailCredentials(emulator.email, emulator.password),
        "sam_user": sa.SamUserCredentials(
            emulator.operator_id, emulator.sam_user_name, emulator.sam_password
        ),
    }


@pytest.mark.parametrize("kind", ["auth_key", "email", "sam_user"])
async def test_each_login_kind_authenticates_once_and_reports_the_token(
    emulator: SoracomEmulator, kind: str
) -> None:
    credentials = credential_kinds(emulator)[kind]
    async with client_for(emulator, credentials=credentials) as client:
        assert client.coverage_types is None
        assert client.operator_id is None
        for _ in range(3):
            operator = await get_operator(client, emulator)
            assert operator.operator_id == emulator.operator_id
        assert client.operator_id == emulator.operator_id
        assert client.coverage_types == ["jp", "g"]
        assert client.coverage_types == ("jp", "g")
    assert emulator.auth_calls == 1


async def test_coverage_types_come_from_the_jwt(
    soracom_emulator_factory: object,
) -> None:
    emulator: SoracomEmulator = soracom_emulator_factory(sim_count=1, coverage_types=("g",))  # type: ignore[operator]
    async with client_for(emulator) as client:
        await get_operator(client, emulator)
        assert client.coverage_types == ["g"]


async def test_the_auth_request_carries_the_credentials_and_the_ttl(
    emulator: SoracomEmulator,
) -> None:
    transport = RecordingTransport()
    credentials = sa.SamUserCredentials(
        emulator.operator_id, emulator.sam_user_name, emulator.sam_password, mfa_otp_code="123456"
    )
    async with client_for(
        emulator, credentials=credentials, token_timeout=600, transport=transport
    ) as client:
        await get_operator(client, emulator)
    body = json.loads(transport.sent[0].content)
    assert body == {
        "operatorId": emulator.operator_id,
        "userName": emulator.sam_user_name,
        "password": emulator.sam_password,
        "mfaOTPCode": "123456",
        "tokenTimeoutSeconds": 600,
    }
    sent_token = transport.sent[1].headers["X-Soracom-Token"]
    claims = decode_jwt_payload(sent_token)
    assert claims is not None and claims["exp"] - claims["iat"] == 600


async def test_switch_user_signs_in_with_the_source_then_switches(
    emulator: SoracomEmulator,
) -> None:
    transport = RecordingTransport()
    credentials = sa.SwitchUserCredentials(
        auth_key(emulator), emulator.operator_id, emulator.sam_user_name
    )
    async with client_for(emulator, credentials=credentials, transport=transport) as client:
        await get_operator(client, emulator)
        await get_operator(client, emulator)
    assert emulator.auth_calls == 1
    assert emulator.request_count("switchUser") == 1
    auth, switch, call = transport.sent[:3]
    assert json.loads(auth.content)["tokenTimeoutSeconds"] == 180  # the source is short-lived
    assert json.loads(switch.content) == {
        "operatorId": emulator.operator_id,
        "userName": emulator.sam_user_name,
        "tokenTimeoutSeconds": 3600,  # /auth/switch_user's maximum
    }
    # The switch is made with the source token; the call with the switched user's token.
    assert switch.headers["X-Soracom-Token"] != call.headers["X-Soracom-Token"]
    claims = decode_jwt_payload(call.headers["X-Soracom-Token"])
    assert claims is not None and claims["userName"] == emulator.sam_user_name


async def test_token_credentials_work_until_the_api_rejects_them(
    emulator: SoracomEmulator,
) -> None:
    record = emulator.issue_token(ttl=180)
    credentials = sa.TokenCredentials(record.api_key, record.token)
    async with client_for(emulator, credentials=credentials) as client:
        await get_operator(client, emulator)
        assert client.operator_id == emulator.operator_id  # read from the JWT
        emulator.clock.advance(181)
        with pytest.raises(sa.AuthenticationError) as caught:
            await get_operator(client, emulator)
    assert caught.value.status_code == 401
    assert caught.value.code == "AUM0003"  # the server's "expired", not a guess of ours
    assert emulator.auth_calls == 0  # nothing to renew with: never a call to /auth


async def test_wrong_credentials_raise_at_once_with_one_auth_call(
    emulator: SoracomEmulator,
) -> None:
    wrong = sa.AuthKeyCredentials(emulator.auth_key_id, "secret-wrong")
    outcomes: list[BaseException] = []

    async def call(client: sa.SoracomClient) -> None:
        try:
            await get_operator(client, emulator)
        except sa.SoracomError as exc:
            outcomes.append(exc)

    async with client_for(emulator, credentials=wrong) as client:
        async with anyio.create_task_group() as tg:
            for _ in range(200):
                tg.start_soon(call, client)
        assert len(outcomes) == 200
        assert all(isinstance(e, sa.AuthenticationError) for e in outcomes)
        assert emulator.auth_calls == 1
        # Later calls fail the same way without asking /auth again (it is rate-limited per IP).
        with pytest.raises(sa.AuthenticationError):
            await get_operator(client, emulator)
    assert emulator.auth_calls == 1
    assert emulator.request_count("getOperator") == 0


@pytest.mark.parametrize("ttl", [179, 172_801, 0, -1, 3.5, "600", True])
def test_token_timeout_is_checked_before_any_request(
    emulator: SoracomEmulator, ttl: object
) -> None:
    with pytest.raises(ValueError, match="token_timeout"):
        client_for(emulator, token_timeout=ttl)
    assert emulator.request_count() == 0


@pytest.mark.parametrize("ttl", [180, 172_800])
async def test_token_timeout_bounds_are_accepted(emulator: SoracomEmulator, ttl: int) -> None:
    async with client_for(emulator, token_timeout=ttl) as client:
        await get_operator(client, emulator)


def test_credentials_reject_empty_fields_without_echoing_them() -> None:
    with pytest.raises(sa.ConfigurationError, match=r"AuthKeyCredentials\.auth_key "):
        sa.AuthKeyCredentials("keyId-x", "")
    with pytest.raises(sa.ConfigurationError, match="password") as caught:
        sa.EmailCredentials("a@example.com", b"secret-bytes")  # type: ignore[arg-type]
    assert "secret-bytes" not in str(caught.value)
    with pytest.raises(sa.ConfigurationError, match="source"):
        sa.SwitchUserCredentials(sa.TokenCredentials("a", "b"), "OP1", "u")  # type: ignore[arg-type]


async def test_lang_sends_x_soracom_lang(emulator: SoracomEmulator) -> None:
    transport = RecordingTransport()
    async with client_for(emulator, lang="ja", transport=transport) as client:
        await get_operator(client, emulator)
    assert all(r.headers["X-Soracom-Lang"] == "ja" for r in transport.sent)
