"""SAM over loopback HTTP: users and roles remember what they are told, a SAM user's token is
checked against its permissions on every call (allow/deny on `Service:operationId`, with
wildcards), and passwords and auth keys set through the API sign in at /auth until deleted."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from support import BACKENDS, run

import soracom_async as sa
from soracom_async.testing import SoracomEmulator


def _permission(*statements: dict[str, object]) -> str:
    return json.dumps({"statements": list(statements)})


class Root:
    """The operator's root login (its auth key) on raw HTTP."""

    def __init__(self, emu: SoracomEmulator, client: httpx.Client) -> None:
        self.emu = emu
        self.client = client
        self.base = f"/operators/{emu.operator_id}"
        self.headers = login(client, {"authKeyId": emu.auth_key_id, "authKey": emu.auth_key})

    def call(self, method: str, path: str, body: object = None) -> httpx.Response:
        return self.client.request(method, self.base + path, json=body, headers=self.headers)

    def user(
        self, name: str, *, permission: str | None = None, password: str | None = None
    ) -> None:
        assert (
            self.call("POST", f"/users/{name}", {"description": f"{name} user"}).status_code == 201
        )
        if permission is not None:
            answer = self.call("PUT", f"/users/{name}/permission", {"permission": permission})
            assert answer.status_code == 200, answer.text
        if password is not None:
            answer = self.call("POST", f"/users/{name}/password", {"password": password})
            assert answer.status_code == 201, answer.text

    def key(self, name: str) -> dict[str, str]:
        answer = self.call("POST", f"/users/{name}/auth_keys")
        assert answer.status_code == 200  # (no answer text: it holds a secret)
        data: dict[str, str] = answer.json()
        return data


def login(client: httpx.Client, body: dict[str, str]) -> dict[str, str]:
    response = client.post("/auth", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    return {"X-Soracom-API-Key": data["apiKey"], "X-Soracom-Token": data["token"]}


@pytest.fixture
def root() -> Iterator[Root]:
    with (
        SoracomEmulator(sim_count=4, group_count=1, seed=9) as emu,
        httpx.Client(base_url=emu.base_url, timeout=10) as client,
    ):
        yield Root(emu, client)


def _sam_login(root: Root, name: str, password: str) -> dict[str, str]:
    body = {"operatorId": root.emu.operator_id, "userName": name, "password": password}
    return login(root.client, body)


def _denied(response: httpx.Response, api: str) -> None:
    assert response.status_code == 403, response.text
    body = response.json()
    assert set(body) == {"code", "message"} and body["code"] == "COM0009"
    assert api in body["message"]


def _unknown(response: httpx.Response) -> None:
    """An unknown item: SEM0001, as a 400 where the document lists no 404 for the operation
    (getUser, getUserAuthKey), the emulator's rule for every operation."""
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "SEM0001"


def test_allow_and_deny_with_wildcards(root: Root) -> None:
    permission = _permission(
        {"effect": "allow", "api": ["Sim:*", "Group:list*"]},
        {"effect": "deny", "api": "Sim:terminateSim"},
    )
    root.user("ops", permission=permission, password="Ops-pass-1")
    headers = _sam_login(root, "ops", "Ops-pass-1")
    client = root.client
    sim_id = root.emu.state.sim_order[0]
    assert client.get("/sims", headers=headers).status_code == 200  # Sim:listSims
    assert client.get(f"/sims/{sim_id}", headers=headers).status_code == 200
    assert client.get("/groups", headers=headers).status_code == 200  # Group:listGroups
    _denied(
        client.get(f"/groups/{root.emu.state.group_order[0]}", headers=headers), "Group:getGroup"
    )
    _denied(client.post(f"/sims/{sim_id}/terminate", headers=headers), "Sim:terminateSim")
    _denied(client.get("/subscribers", headers=headers), "Subscriber:listSubscribers")
    _denied(
        client.get(f"/operators/{root.emu.operator_id}", headers=headers), "Operator:getOperator"
    )
    # denied calls change nothing
    assert root.emu.state.sims[sim_id]["status"] != "terminated"


def test_no_permission_is_no_access_and_the_root_is_never_checked(root: Root) -> None:
    root.user("nobody", password="Nobody-pass-1")
    headers = _sam_login(root, "nobody", "Nobody-pass-1")
    _denied(root.client.get("/sims", headers=headers), "Sim:listSims")
    assert root.client.get("/sims", headers=root.headers).status_code == 200
    # the seeded SAM user has every API
    seeded = _sam_login(root, root.emu.sam_user_name, root.emu.sam_password)
    assert root.client.get("/subscribers", headers=seeded).status_code == 200


def test_a_role_grants_and_its_detach_or_delete_revokes(root: Root) -> None:
    root.user("viewer", password="Viewer-pass-1")
    role = _permission({"effect": "allow", "api": "Subscriber:listSubscribers"})
    created = root.call("POST", "/roles/reader", {"permission": role, "description": "reads"})
    assert created.status_code == 200 and created.json() == {"roleId": "reader"}
    headers = _sam_login(root, "viewer", "Viewer-pass-1")
    _denied(root.client.get("/subscribers", headers=headers), "Subscriber:listSubscribers")
    assert root.call("POST", "/users/viewer/roles", {"roleId": "reader"}).status_code == 200
    assert root.client.get("/subscribers", headers=headers).status_code == 200
    listed = root.call("GET", "/users/viewer/roles").json()
    assert [(r["roleId"], r["permission"]) for r in listed] == [("reader", role)]
    attached = root.call("GET", "/roles/reader/users").json()
    assert [u["userName"] for u in attached] == ["viewer"]
    again = root.call("POST", "/users/viewer/roles", {"roleId": "reader"})
    assert again.status_code == 400
    assert root.call("DELETE", "/users/viewer/roles/reader").status_code == 200
    _denied(root.client.get("/subscribers", headers=headers), "Subscriber:listSubscribers")
    assert root.call("POST", "/users/viewer/roles", {"roleId": "reader"}).status_code == 200
    assert root.call("DELETE", "/roles/reader").status_code == 204
    _denied(root.client.get("/subscribers", headers=headers), "Subscriber:listSubscribers")
    assert root.call("GET", "/roles/reader").status_code == 404


def test_default_permissions_apply_to_every_user_and_a_deny_wins(root: Root) -> None:
    everything = _permission({"effect": "allow", "api": "*"})
    root.user("a", permission=everything, password="A-pass-123")
    root.user("b", password="B-pass-123")
    defaults = _permission(
        {"effect": "allow", "api": "Group:listGroups"},
        {"effect": "deny", "api": "Sim:listSims"},
    )
    updated = root.call("PUT", "/users/default_permissions", {"permissions": defaults})
    assert updated.status_code == 202, updated.text
    got = root.call("GET", "/users/default_permissions")
    assert got.json() == {"defaultPermissions": defaults}
    a, b = _sam_login(root, "a", "A-pass-123"), _sam_login(root, "b", "B-pass-123")
    assert root.client.get("/groups", headers=b).status_code == 200
    _denied(root.client.get("/sims", headers=a), "Sim:listSims")  # the default deny wins
    assert root.client.get("/subscribers", headers=a).status_code == 200
    assert root.call("DELETE", "/users/default_permissions").status_code == 204
    assert root.client.get("/sims", headers=a).status_code == 200
    assert root.call("GET", "/users/default_permissions").status_code == 404


def test_conditions_on_path_variables(root: Root) -> None:
    own_password = _permission(
        {
            "effect": "allow",
            "api": "User:*",
            "condition": "pathVariable('user_name') == samUserName",
        }
    )
    root.user("self", permission=own_password, password="Self-pass-1")
    root.user("other")
    headers = _sam_login(root, "self", "Self-pass-1")
    base = f"/operators/{root.emu.operator_id}/users"
    assert root.client.get(f"{base}/self", headers=headers).status_code == 200
    _denied(root.client.get(f"{base}/other", headers=headers), "User:getUser")
    changed = root.client.put(
        f"{base}/self/password",
        json={"currentPassword": "Self-pass-1", "newPassword": "Self-pass-2"},
        headers=headers,
    )
    assert changed.status_code == 200, changed.text
    _sam_login(root, "self", "Self-pass-2")
    # a condition the emulator cannot evaluate: its allow does not apply, its deny does
    root.user(
        "odd",
        permission=_permission(
            {"effect": "allow", "api": "Group:*", "condition": "currentDateTime < 1"},
            {"effect": "allow", "api": "Sim:*"},
            {"effect": "deny", "api": "Sim:getSim", "condition": "sourceIp('10.0.0.0/8')"},
        ),
        password="Odd-pass-1",
    )
    odd = _sam_login(root, "odd", "Odd-pass-1")
    _denied(root.client.get("/groups", headers=odd), "Group:listGroups")
    _denied(root.client.get(f"/sims/{root.emu.state.sim_order[0]}", headers=odd), "Sim:getSim")
    assert root.client.get("/sims", headers=odd).status_code == 200


@pytest.mark.parametrize(
    "permission",
    [
        "not json",
        "{}",
        '{"statements": [{"effect": "maybe", "api": "*"}]}',
        '{"statements": [{"effect": "allow"}]}',
    ],
)
def test_a_permission_that_is_not_the_sam_json_is_refused(root: Root, permission: str) -> None:
    root.user("strict")
    answer = root.call("PUT", "/users/strict/permission", {"permission": permission})
    assert answer.status_code == 400 and answer.json()["code"] == "COM0001"
    assert "permission" in answer.json()["message"]
    assert root.call("POST", "/roles/r", {"permission": permission}).status_code == 400
    assert root.call("GET", "/users/strict/permission").json() == {"permission": ""}


def test_passwords_set_through_the_api_sign_in_until_deleted(root: Root) -> None:
    root.user("pw")
    body = {"operatorId": root.emu.operator_id, "userName": "pw", "password": "Pw-secret-1"}
    assert root.client.post("/auth", json=body).status_code == 401  # no password yet
    assert root.call("GET", "/users/pw/password").json() == {"hasPassword": False}
    assert root.call("POST", "/users/pw/password", {"password": "Pw-secret-1"}).status_code == 201
    assert root.call("GET", "/users/pw/password").json() == {"hasPassword": True}
    assert root.client.post("/auth", json=body).status_code == 200
    wrong = root.call(
        "PUT", "/users/pw/password", {"currentPassword": "nope", "newPassword": "Pw-secret-2"}
    )
    assert wrong.status_code == 400
    assert root.client.post("/auth", json=body).status_code == 200
    assert root.call("DELETE", "/users/pw/password").status_code == 204
    assert root.client.post("/auth", json=body).status_code == 401
    assert root.call("DELETE", "/users/pw/password").status_code == 404


def test_generated_auth_keys_sign_in_until_deleted(root: Root) -> None:
    root.user("robot", permission=_permission({"effect": "allow", "api": "Sim:listSims"}))
    key = root.key("robot")
    body = {"authKeyId": key["authKeyId"], "authKey": key["authKey"]}
    answer = root.client.post("/auth", json=body)
    assert answer.status_code == 200 and answer.json()["userName"] == "robot"
    headers = login(root.client, body)
    assert root.client.get("/sims", headers=headers).status_code == 200
    _denied(root.client.get("/groups", headers=headers), "Group:listGroups")
    listed = root.call("GET", "/users/robot/auth_keys").json()
    assert [k["authKeyId"] for k in listed] == [key["authKeyId"]]
    assert (
        "lastUsedDateTime" in root.call("GET", f"/users/robot/auth_keys/{key['authKeyId']}").json()
    )
    assert root.call("DELETE", f"/users/robot/auth_keys/{key['authKeyId']}").status_code == 204
    assert root.client.post("/auth", json=body).status_code == 401
    _unknown(root.call("GET", f"/users/robot/auth_keys/{key['authKeyId']}"))
    # the operator's own keys: generated, signing in, deleted
    made = root.call("POST", "/auth_keys")
    assert made.status_code == 201  # (no answer text: it holds a secret)
    own = {"authKeyId": made.json()["authKeyId"], "authKey": made.json()["authKey"]}
    assert root.client.post("/auth", json=own).status_code == 200
    assert root.call("DELETE", f"/auth_keys/{own['authKeyId']}").status_code == 204
    assert root.client.post("/auth", json=own).status_code == 401


def test_deleting_a_user_revokes_its_tokens_and_keys(root: Root) -> None:
    root.user("gone", permission=_permission({"effect": "allow", "api": "*"}), password="Gone-pw-1")
    key = root.key("gone")
    headers = _sam_login(root, "gone", "Gone-pw-1")
    assert root.client.get("/sims", headers=headers).status_code == 200
    assert root.call("DELETE", "/users/gone").status_code == 204
    assert root.client.get("/sims", headers=headers).status_code == 401
    key_body = {"authKeyId": key["authKeyId"], "authKey": key["authKey"]}
    assert root.client.post("/auth", json=key_body).status_code == 401
    _unknown(root.call("GET", "/users/gone"))
    assert root.call("DELETE", "/users/gone").status_code == 404


def test_users_and_roles_remember_what_they_are_told(root: Root) -> None:
    """The sweep of the hand-written SAM families: create, get, list, update, delete, 404."""
    root.user("kept")
    got = root.call("GET", "/users/kept").json()
    assert (got["userName"], got["description"], got["hasPassword"]) == ("kept", "kept user", False)
    assert got["authKeyList"] == [] and got["roleList"] == []
    assert root.call("POST", "/users/kept", {}).status_code == 400  # exists
    names = [u["userName"] for u in root.call("GET", "/users").json()]
    assert names.count("kept") == 1 and root.emu.sam_user_name in names
    assert root.call("PUT", "/users/kept", {"description": "changed"}).status_code == 200
    assert root.call("GET", "/users/kept").json()["description"] == "changed"
    permission = _permission({"effect": "allow", "api": "Sim:getSim"})
    role = root.call("POST", "/roles/r1", {"permission": permission, "description": "d1"})
    assert role.status_code == 200
    fetched = root.call("GET", "/roles/r1").json()
    assert (fetched["roleId"], fetched["permission"], fetched["description"]) == (
        "r1",
        permission,
        "d1",
    )
    assert [r["roleId"] for r in root.call("GET", "/roles").json()] == ["r1"]
    other = _permission({"effect": "deny", "api": "*"})
    assert root.call("PUT", "/roles/r1", {"permission": other}).status_code == 200
    assert root.call("GET", "/roles/r1").json()["permission"] == other
    assert root.call("DELETE", "/roles/r1").status_code == 204
    assert root.call("DELETE", "/roles/r1").status_code == 404
    assert root.call("DELETE", "/users/kept").status_code == 204
    _unknown(root.call("GET", "/users/kept"))


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_sdk_sees_a_denied_call_as_permission_denied(backend: str) -> None:
    with SoracomEmulator(sim_count=3, group_count=1, seed=4) as emu:

        async def main() -> None:
            root_credentials = sa.AuthKeyCredentials(
                auth_key_id=emu.auth_key_id, auth_key=emu.auth_key
            )
            async with sa.SoracomClient(
                credentials=root_credentials, base_url=emu.base_url
            ) as root:
                await root.user.create_user(
                    operator_id=emu.operator_id, user_name="sdk", body={"description": "x"}
                )
                await root.user.update_user_permission(
                    operator_id=emu.operator_id,
                    user_name="sdk",
                    body={"permission": _permission({"effect": "allow", "api": "Sim:list*"})},
                )
                key = await root.user.generate_user_auth_key(
                    operator_id=emu.operator_id, user_name="sdk"
                )
            assert key.auth_key_id and key.auth_key
            sam = sa.AuthKeyCredentials(
                auth_key_id=str(key.auth_key_id), auth_key=str(key.auth_key)
            )
            async with sa.SoracomClient(credentials=sam, base_url=emu.base_url) as client:
                assert len(await client.sim.list_sims()) == 3
                with pytest.raises(sa.PermissionDeniedError) as raised:
                    await client.group.list_groups()
                assert raised.value.code == "COM0009"

        run(backend, main)


def test_mfa_and_trust_policy_belong_to_an_existing_user(root: Root) -> None:
    root.user("mfa")
    assert root.call("GET", "/users/mfa/mfa").json() == {"status": "INACTIVE"}
    refused = root.call("POST", "/users/mfa/mfa/verify", {"mfaOTPCode": "123456"})
    assert refused.status_code == 400  # nothing to verify yet
    enabled = root.call("POST", "/users/mfa/mfa")
    assert enabled.status_code == 200 and enabled.json()["totpUri"].startswith("otpauth://totp/")
    assert root.call("GET", "/users/mfa/mfa").json() == {"status": "UNCONFIRMED"}
    verified = root.call("POST", "/users/mfa/mfa/verify", {"mfaOTPCode": "123456"})
    assert verified.status_code == 204, verified.text
    assert root.call("GET", "/users/mfa/mfa").json() == {"status": "ACTIVE"}
    assert root.call("DELETE", "/users/mfa/mfa").status_code == 204
    assert root.call("GET", "/users/mfa/mfa").json() == {"status": "INACTIVE"}
    policy = json.dumps(
        {"statements": [{"effect": "allow", "principal": {"soracom": ["srn:soracom:OP1::User:x"]}}]}
    )
    assert root.call("GET", "/users/mfa/trust_policy").json() == {}
    assert root.call("PUT", "/users/mfa/trust_policy", {"trustPolicy": policy}).status_code == 204
    assert root.call("GET", "/users/mfa/trust_policy").json() == {"trustPolicy": policy}
    bad = root.call("PUT", "/users/mfa/trust_policy", {"trustPolicy": "allow everyone"})
    assert bad.status_code == 400
    assert root.call("DELETE", "/users/mfa/trust_policy").status_code == 204
    assert root.call("GET", "/users/mfa/trust_policy").json() == {}
    for method, path in (("GET", "/mfa"), ("POST", "/mfa"), ("GET", "/trust_policy")):
        _unknown(root.call(method, f"/users/nobody{path}"))
