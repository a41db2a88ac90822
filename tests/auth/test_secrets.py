"""No secret in any log line (DEBUG included), repr, str, or error the SDK raises.

Secrets: passwords, AuthKeys, MFA codes, API keys and tokens (the ones the emulator seeded and
every one it issued during the test), and a profile's custom header values.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import pytest

import soracom_async as sa
from soracom_async.profiles import load_profile
from soracom_async.testing import SoracomEmulator

from .conftest import (
    ManualClock,
    RecordingTransport,
    advance_both,
    auth_key,
    client_for,
    eventually,
    get_operator,
    write_profile,
)


def _fresh(session: Any) -> bool:
    """The session holds a token issued just now (its whole TTL of 3600 s ahead)."""
    return (session.expires_in or 0) > 3000


EXTRA_SECRETS = ["secret-mfa-123456", "secret-header-value", "secret-wrong", "secret-cmd-arg"]


def secrets_of(emulator: SoracomEmulator, transports: list[RecordingTransport]) -> list[str]:
    values = [emulator.password, emulator.auth_key, emulator.sam_password, *EXTRA_SECRETS]
    for transport in transports:
        for request in transport.sent:
            for name in ("X-Soracom-API-Key", "X-Soracom-Token"):
                if name in request.headers:
                    values.append(request.headers[name])
    with emulator.state.lock:
        for record in emulator.core.tokens._by_api_key.values():
            values += [record.api_key, record.token]
    assert len(values) > 10
    return values


def leaks(text: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s in text]


def described(error: BaseException) -> str:
    """Everything a user or a logger would print about an error."""
    return "\n".join(
        [
            str(error),
            repr(error),
            *traceback.format_exception(type(error), error, error.__traceback__),
        ]
    )


async def test_no_secret_in_debug_logs_reprs_or_errors(
    emulator: SoracomEmulator,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
    profile_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, the SDK's and its dependencies'
    transports: list[RecordingTransport] = []
    errors: list[BaseException] = []
    reprs: list[str] = []

    def recording() -> RecordingTransport:
        transports.append(RecordingTransport())
        return transports[-1]

    kinds: list[sa.Credentials] = [
        auth_key(emulator),
        sa.EmailCredentials(emulator.email, emulator.password, "secret-mfa-123456"),
        sa.SamUserCredentials(
            emulator.operator_id, emulator.sam_user_name, emulator.sam_password, "secret-mfa-123456"
        ),
        sa.SwitchUserCredentials(auth_key(emulator), emulator.operator_id, emulator.sam_user_name),
    ]
    for credentials in kinds:
        reprs += [repr(credentials), str(credentials)]
        client = client_for(
            emulator,
            credentials=credentials,
            clock=clock,
            token_timeout=3600,
            transport=recording(),
            revoke_on_close=True,
            headers={"X-Custom": "secret-header-value"},
        )
        async with client:
            await get_operator(client, emulator)
            reprs += [repr(client), str(client), repr(client._session)]
            advance_both(clock, emulator, 2800)  # advisory refresh in the background
            await get_operator(client, emulator)
            session = client._session
            assert session is not None
            # Wait for it: moving both clocks while it is out would expire its source token
            # between its two requests (a switch-user refresh makes two), a jump no real
            # clock makes.
            await eventually(functools.partial(_fresh, session))
            advance_both(clock, emulator, 3500)  # the new token's mandatory window
            await get_operator(client, emulator)
            emulator.core.tokens.revoke_all(emulator.operator_id)  # 401, refresh, replay
            await get_operator(client, emulator)
            reprs += [repr(client), repr(client._session)]

    # Errors: wrong credentials, an expired pre-issued token, bad configuration.
    async with client_for(
        emulator, credentials=sa.AuthKeyCredentials(emulator.auth_key_id, "secret-wrong")
    ) as client:
        with pytest.raises(sa.AuthenticationError) as caught:
            await get_operator(client, emulator)
        errors.append(caught.value)
    record = emulator.issue_token(ttl=180)
    pre_issued = sa.TokenCredentials(record.api_key, record.token)
    reprs += [repr(pre_issued), str(pre_issued)]
    async with client_for(emulator, credentials=pre_issued) as client:
        emulator.clock.advance(200)
        with pytest.raises(sa.AuthenticationError) as caught:
            await get_operator(client, emulator)
        errors.append(caught.value)
        reprs.append(repr(client._session))
    with pytest.raises(ValueError) as caught_value:
        client_for(emulator, token_timeout=10)
    errors.append(caught_value.value)

    path = write_profile(
        profile_dir,
        "default",
        {
            "authKeyId": emulator.auth_key_id,
            "authKey": emulator.auth_key,
            "mfaOTPCode": "secret-mfa-123456",
            "headers": {"X-Custom": "secret-header-value"},
        },
        mode=0o644,
    )
    with pytest.raises(sa.ConfigurationError) as caught_config:
        sa.SoracomClient()
    errors.append(caught_config.value)
    os.chmod(path, 0o600)
    reprs.append(repr(load_profile("default")))
    path.write_text(f'{{"authKey": "{emulator.auth_key}" "password": "{emulator.password}"}}')
    with pytest.raises(sa.ConfigurationError) as caught_config:
        sa.SoracomClient()
    errors.append(caught_config.value)
    path.unlink()
    monkeypatch.setenv("SORACOM_AUTH_KEY", emulator.auth_key)
    with pytest.raises(sa.ConfigurationError) as caught_config:
        sa.SoracomClient()
    errors.append(caught_config.value)
    monkeypatch.delenv("SORACOM_AUTH_KEY")
    command = sa.ProfileCommandCredentials(
        f"{sys.executable} -c 'import sys; print(sys.argv[1]); sys.exit(2)' secret-cmd-arg"
    )
    reprs += [repr(command), str(command)]
    async with sa.SoracomClient(credentials=command, base_url=emulator.base_url) as client:
        with pytest.raises(sa.ConfigurationError) as caught_config:
            await get_operator(client, emulator)
        errors.append(caught_config.value)

    secrets = secrets_of(emulator, transports)
    assert emulator.counters.unauthorized >= 4  # the scenario did exercise the 401 replay
    assert [r for r in caplog.records if r.name.startswith("soracom_async.auth")]
    assert len(errors) == 7
    for error in errors:
        assert leaks(described(error), secrets) == [], described(error)
    for text in reprs:
        assert leaks(text, secrets) == [], text
    logged: list[Any] = []
    for entry in caplog.records:
        logged += [entry.getMessage(), repr(entry.args), repr(entry.msg)]
        if entry.exc_info and entry.exc_info[1] is not None:
            logged.append(described(entry.exc_info[1]))
    assert leaks("\n".join(logged) + caplog.text, secrets) == []
