"""204 means no body: every operation the emulator can answer 204 answers it bare, over raw HTTP.

The document declares 204 for 73 operations as their success, two of them (registerOrderedSim,
cancelOrder) with a JSON body the real API never sends. A 204 from the emulator must be what
RFC 9110 and the real API send: status 204, no content, and no `content-type` or
`content-length` header that a client might try to honour.
"""

from __future__ import annotations

from typing import Any

import httpx

from soracom_async.testing import SoracomEmulator
from soracom_async.testing.families import Family
from soracom_async.testing.spec import Operation, get_spec
from soracom_async.testing.walker import CATALOGUE, Walker

from .test_sweep import _known_values, build_request

SPEC = get_spec()
_LAST = {"deleteConfigurationNamespace": 1, "deleteGroup": 2}
NO_CONTENT_OPS = sorted(
    (op for op in SPEC.operations.values() if op.success.status == 204),
    # The namespace goes after its parameter, the group after its tag and configuration.
    key=lambda op: (_LAST.get(op.operation_id, 0), op.path),
)
# Existing resources for the stateful operations, so that their valid request succeeds.
_OVERRIDES: dict[str, dict[str, str]] = {
    "deleteSimTag": {"tag_name": "name"},
    "deleteSubscriberTag": {"tag_name": "fleet"},
    "deleteGroupTag": {"tag_name": "name"},
    "deleteConfigurationNamespace": {"namespace": "SoracomAir"},
    "deleteConfigurationParameter": {"namespace": "SoracomAir", "name": "metadata"},
    "deleteFile": {"scope": "private", "path": "reports/a.txt"},
    "deleteDirectory": {"scope": "private", "path": "empty"},
    # SAM (sam.py): a user with a password, a permission and a key, a role (see _prepare_sam).
    "deleteUserPassword": {"user_name": "nc-user"},
    "deleteUserPermission": {"user_name": "nc-user"},
    "revokeUserAuthTokens": {"user_name": "nc-user"},
    "revokeUserMFA": {"user_name": "nc-user"},
    "verifyUserMFA": {"user_name": "nc-mfa"},
    "updateUserTrustPolicy": {"user_name": "nc-user"},
    "deleteUserTrustPolicy": {"user_name": "nc-user"},
    "deleteRole": {"role_id": "nc-role"},
}
_SAM_KEY = "deleteUserAuthKey"  # its key ID is only known once generated


def _path(op: Operation, values: dict[str, str]) -> str:
    path = op.path
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    return path


def _request(
    op: Operation, known: dict[str, str], walker: Walker, made: dict[str, dict[str, str]]
) -> dict[str, Any]:
    request = build_request(op, None, known)
    family = CATALOGUE.by_operation.get(op.operation_id)
    if isinstance(family, Family) and op is not family.create:
        values = walker.ensure(family)  # an item that exists, so the valid request succeeds
        if op is family.tag_delete and family.tag_put is not None:
            tag = walker.send(family.tag_put, values, [{"tagName": "t", "tagValue": "v"}])
            assert tag.status_code < 300, tag.text
            values["tag_name"] = "t"
        request["url"] = walker.url(op, values)
        return request
    overrides = _OVERRIDES.get(op.operation_id) or made.get(op.operation_id)
    if overrides is not None:
        values = {p.name: known.get(p.name, "") for p in op.path_params} | overrides
        request["url"] = _path(op, values)
    return request


def _auth(emu: SoracomEmulator) -> dict[str, str]:
    token = emu.issue_token()
    return {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}


def _prepare(client: httpx.Client, emu: SoracomEmulator) -> None:
    """Resources the overridden requests delete: a file, and an empty directory."""
    headers = _auth(emu)
    for path in ("reports/a.txt", "empty/b.txt"):
        response = client.put(f"/files/private/{path}", content=b"x", headers=headers)
        assert response.status_code == 201, response.text
    response = client.delete("/files/private/empty/b.txt", headers=headers)
    assert response.status_code == 204, response.text
    _prepare_sam(client, emu, headers)


def _prepare_sam(client: httpx.Client, emu: SoracomEmulator, headers: dict[str, str]) -> None:
    """What the SAM deletes delete: a user's password, permission and key, a role and the
    default permissions; and a user whose MFA waits for its first code."""
    users = f"/operators/{emu.operator_id}/users"
    permission = '{"statements":[{"api":"*","effect":"allow"}]}'
    steps = [
        ("POST", f"{users}/nc-user", {}),
        ("POST", f"{users}/nc-mfa", {}),
        ("POST", f"{users}/nc-mfa/mfa", None),
        ("POST", f"{users}/nc-user/password", {"password": "nc-Password-1"}),
        ("PUT", f"{users}/nc-user/permission", {"permission": permission}),
        ("POST", f"/operators/{emu.operator_id}/roles/nc-role", {"permission": permission}),
        ("PUT", f"{users}/default_permissions", {"permissions": permission}),
    ]
    for method, path, body in steps:
        response = client.request(method, path, json=body, headers=headers)
        assert response.status_code < 300, response.text
    key = client.post(f"{users}/nc-user/auth_keys", headers=headers)
    assert key.status_code == 200, key.text
    _OVERRIDES[_SAM_KEY] = {"user_name": "nc-user", "auth_key_id": key.json()["authKeyId"]}


def _made(client: httpx.Client, emu: SoracomEmulator) -> dict[str, dict[str, str]]:
    """Orders and soralets (hand-written, so no family makes them) for their 204 operations:
    a confirmed order to cancel, a shipped one to register, a soralet and a version."""
    headers = _auth(emu)
    address = client.post(
        f"/operators/{emu.operator_id}/shipping_addresses",
        json={"zipCode": "1000001", "state": "Tokyo", "city": "Chiyoda", "addressLine1": "1"},
        headers=headers,
    ).json()["shippingAddressId"]
    orders = []
    for _ in range(2):
        items = [{"productCode": "4573326590013", "quantity": 1}]
        order = client.post(
            "/orders",
            json={"orderItemList": items, "shippingAddressId": address},
            headers=headers,
        ).json()["orderId"]
        assert client.put(f"/orders/{order}/confirm", headers=headers).status_code == 200
        orders.append(order)
    shipped = client.post(
        "/sandbox/orders/ship",
        json={"orderId": orders[1], "operatorId": emu.operator_id},
        headers=headers,
    )
    assert shipped.status_code == 200, shipped.text
    for soralet in ("nc-a", "nc-b"):
        assert client.post("/soralets", json={"soraletId": soralet}, headers=headers).is_success
    uploaded = client.post("/soralets/nc-b/versions", content=b"\0asm", headers=headers)
    assert uploaded.status_code == 201, uploaded.text
    return {
        "cancelOrder": {"order_id": orders[0]},
        "registerOrderedSim": {"order_id": orders[1]},
        "deleteSoralet": {"soralet_id": "nc-a"},
        "deleteSoraletVersion": {"soralet_id": "nc-b", "version": "1"},
    }


def test_every_no_content_answer_is_bare() -> None:
    assert len(NO_CONTENT_OPS) >= 70
    with_body = {op.operation_id for op in NO_CONTENT_OPS if op.responses[204].content_type}
    assert with_body >= {"registerOrderedSim", "cancelOrder"}
    failures: list[str] = []
    with (
        SoracomEmulator(sim_count=20, group_count=3, seed=3) as emu,
        httpx.Client(base_url=emu.base_url, timeout=10) as client,
    ):
        known = _known_values(emu, 0)
        _prepare(client, emu)
        made = _made(client, emu)
        walker = Walker(emu, client)
        for op in NO_CONTENT_OPS:
            request = _request(op, known, walker, made)
            # fresh: logout and revokeOperatorAuthTokens revoke it
            request["headers"].update(_auth(emu))
            response = client.request(
                request["method"],
                request["url"],
                params=request["params"],
                content=request["content"],
                headers=request["headers"],
            )
            name = f"{op.operation_id} {op.method} {response.request.url.path}"
            if response.status_code != 204:
                failures.append(f"{name}: {response.status_code} {response.text[:200]}")
                continue
            for header in ("content-type", "content-length", "transfer-encoding"):
                if header in response.headers:
                    failures.append(f"{name}: 204 with {header}: {response.headers[header]}")
            if response.content:
                failures.append(f"{name}: 204 with a body {response.content[:80]!r}")
            if "x-soracom-ratelimit-remaining" not in response.headers:
                failures.append(f"{name}: 204 without rate-limit headers")
    assert not failures, "\n".join(failures)
