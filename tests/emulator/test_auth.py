"""Auth: the three credential kinds, JWT contents, TTL bounds, expiry by clock, revocation."""

from __future__ import annotations

import pytest

from soracom_async.testing import SoracomEmulator
from soracom_async.testing.auth import decode_jwt

from .conftest import Api, assert_error

pytestmark = pytest.mark.soracom_emulator(sim_count=5)


def test_auth_with_auth_key_returns_a_signed_jwt(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    response = api.login(
        authKeyId=soracom_emulator.auth_key_id,
        authKey=soracom_emulator.auth_key,
        tokenTimeoutSeconds=600,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["operatorId"] == soracom_emulator.operator_id
    assert body["apiKey"].startswith("api-")
    assert "userName" not in body
    claims = decode_jwt(body["token"], soracom_emulator.core.tokens.secret)
    assert claims["exp"] - claims["iat"] == 600
    assert claims["operator"] == {
        "operatorId": soracom_emulator.operator_id,
        "coverageTypes": ["jp", "g"],
    }
    with pytest.raises(ValueError):
        decode_jwt(body["token"], b"some other secret")
    assert soracom_emulator.auth_calls == 2  # the fixture's login and this one


def test_email_and_sam_user_credentials(soracom_emulator: SoracomEmulator, api: Api) -> None:
    ok = api.login(email=soracom_emulator.email, password=soracom_emulator.password)
    assert ok.status_code == 200
    assert (
        api.get(f"/operators/{soracom_emulator.operator_id}").json()["email"]
        == soracom_emulator.email
    )
    sam = api.login(
        operatorId=soracom_emulator.operator_id,
        userName=soracom_emulator.sam_user_name,
        password=soracom_emulator.sam_password,
    )
    assert sam.status_code == 200
    assert sam.json()["userName"] == soracom_emulator.sam_user_name
    assert decode_jwt(sam.json()["token"])["userName"] == soracom_emulator.sam_user_name
    assert api.get("/sims", params={"limit": 1}).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"email": "nobody@example.com", "password": "x"},
        {"authKeyId": "keyId-nope", "authKey": "secret-nope"},
        {"operatorId": "OP0000000000", "userName": "emulator-user", "password": "x"},
        {},
    ],
)
def test_wrong_credentials_get_401(
    soracom_emulator: SoracomEmulator, api: Api, body: dict[str, str]
) -> None:
    if not body:
        response = api.client.post("/auth", json={})
    else:
        response = api.client.post("/auth", json=body)
    assert_error(response, 401)
    assert soracom_emulator.counters.auth_failures == 1


@pytest.mark.parametrize(
    ("ttl", "status"), [(179, 400), (180, 200), (172_800, 200), (172_801, 400)]
)
def test_token_timeout_bounds(
    soracom_emulator: SoracomEmulator, api: Api, ttl: int, status: int
) -> None:
    response = api.client.post(
        "/auth",
        json={
            "authKeyId": soracom_emulator.auth_key_id,
            "authKey": soracom_emulator.auth_key,
            "tokenTimeoutSeconds": ttl,
        },
    )
    assert response.status_code == status, response.text
    if status == 400:
        assert_error(response, 400, mentions="tokenTimeoutSeconds")


def test_token_expires_by_the_emulator_clock(soracom_emulator: SoracomEmulator, api: Api) -> None:
    api.login(
        authKeyId=soracom_emulator.auth_key_id,
        authKey=soracom_emulator.auth_key,
        tokenTimeoutSeconds=180,
    )
    assert api.get("/sims", params={"limit": 1}).status_code == 200
    soracom_emulator.clock.advance(179)
    assert api.get("/sims", params={"limit": 1}).status_code == 200
    soracom_emulator.clock.advance(2)
    body = assert_error(api.get("/sims", params={"limit": 1}), 401)
    assert body["code"] == "AUM0003"
    assert soracom_emulator.counters.unauthorized == 1


def test_missing_and_invalid_credentials(api: Api) -> None:
    assert assert_error(api.client.get("/sims"), 401)["code"] == "AUM0001"
    wrong = {**api.headers, "X-Soracom-Token": api.headers["X-Soracom-Token"] + "x"}
    assert assert_error(api.client.get("/sims", headers=wrong), 401)["code"] == "AUM0002"
    unknown = {**api.headers, "X-Soracom-API-Key": "api-unknown"}
    assert assert_error(api.client.get("/sims", headers=unknown), 401)["code"] == "AUM0002"


def test_logout_revokes_the_pair(api: Api) -> None:
    old = dict(api.headers)
    assert api.post("/auth/logout").status_code == 204
    assert assert_error(api.client.get("/sims", headers=old), 401)["code"] == "AUM0004"


def test_generate_token_and_revoke_others(soracom_emulator: SoracomEmulator, api: Api) -> None:
    other = Api(soracom_emulator)
    try:
        old_token = api.headers["X-Soracom-Token"]
        renewed = api.post(
            f"/operators/{soracom_emulator.operator_id}/token", json={"tokenTimeoutSeconds": 900}
        )
        assert renewed.status_code == 200
        api.headers["X-Soracom-Token"] = renewed.json()["token"]
        assert api.get("/sims", params={"limit": 1}).status_code == 200
        stale = {**api.headers, "X-Soracom-Token": old_token}
        assert_error(api.client.get("/sims", headers=stale), 401)
        assert api.delete(f"/operators/{soracom_emulator.operator_id}/tokens").status_code == 204
        assert api.get("/sims", params={"limit": 1}).status_code == 200  # the caller keeps its pair
        assert_error(other.get("/sims"), 401)
    finally:
        other.close()


def test_auth_key_lifecycle(soracom_emulator: SoracomEmulator, api: Api) -> None:
    base = f"/operators/{soracom_emulator.operator_id}/auth_keys"
    created = api.post(base)
    assert created.status_code == 201
    key = created.json()
    assert key["authKeyId"].startswith("keyId-") and key["authKey"].startswith("secret-")
    assert {k["authKeyId"] for k in api.get(base).json()} == {
        soracom_emulator.auth_key_id,
        key["authKeyId"],
    }
    fresh = Api(soracom_emulator)
    try:
        assert fresh.login(authKeyId=key["authKeyId"], authKey=key["authKey"]).status_code == 200
        assert api.delete(f"{base}/{key['authKeyId']}").status_code == 204
        assert_error(fresh.login(authKeyId=key["authKeyId"], authKey=key["authKey"]), 401)
    finally:
        fresh.close()
    assert_error(api.get("/operators/OP0000000000"), 400)


def test_japanese_error_messages(api: Api) -> None:
    body = assert_error(api.client.get("/sims", headers={"X-Soracom-Lang": "ja"}), 401)
    assert body["code"] == "AUM0001"
    assert "API" in body["message"] and "ありません" in body["message"]


@pytest.mark.soracom_emulator(sim_count=0, coverage_types=("g",))
def test_coverage_types_are_configurable(soracom_emulator: SoracomEmulator, api: Api) -> None:
    token = api.headers["X-Soracom-Token"]
    assert decode_jwt(token)["operator"]["coverageTypes"] == ["g"]
