"""Several operators in one emulator: each its own account, credentials, data and rate-limit
budget, the request's operator chosen by its token; the first one is what the emulator's
attributes (`auth_key_id`, `state`, ...) have always meant."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from support import BACKENDS, run

import soracom_async as sa
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.state import OperatorCredentials


@pytest.fixture(scope="module")
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=6, group_count=1, seed=5, operators=2) as emulator:
        yield emulator


def _login(client: httpx.Client, body: dict[str, str]) -> dict[str, str]:
    response = client.post("/auth", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    return {"X-Soracom-API-Key": data["apiKey"], "X-Soracom-Token": data["token"]}


def _key_login(client: httpx.Client, creds: OperatorCredentials) -> dict[str, str]:
    return _login(client, {"authKeyId": creds.auth_key_id, "authKey": creds.auth_key})


def test_the_first_operator_is_what_the_emulator_attributes_name(emu: SoracomEmulator) -> None:
    first, second = emu.operators
    assert first.operator_id == emu.operator_id == emu.state.operator_id
    assert (first.auth_key_id, first.email) == (emu.auth_key_id, emu.email)
    assert emu.operator_state(second.operator_id) is not emu.state
    distinct = {(c.operator_id, c.email, c.auth_key_id, c.sam_password) for c in emu.operators}
    assert len(distinct) == 2 and first.operator_id != second.operator_id
    for creds in emu.operators:  # no secret in a repr
        assert creds.auth_key not in repr(creds) and creds.password not in repr(creds)


@pytest.mark.parametrize("how", ["auth_key", "email", "sam_user"])
def test_each_operator_signs_in_as_itself(emu: SoracomEmulator, how: str) -> None:
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        for creds in emu.operators:
            bodies = {
                "auth_key": {"authKeyId": creds.auth_key_id, "authKey": creds.auth_key},
                "email": {"email": creds.email, "password": creds.password},
                "sam_user": {
                    "operatorId": creds.operator_id,
                    "userName": creds.sam_user_name,
                    "password": creds.sam_password,
                },
            }
            response = client.post("/auth", json=bodies[how])
            assert response.status_code == 200, response.text
            assert response.json()["operatorId"] == creds.operator_id
            got = client.get(f"/operators/{creds.operator_id}", headers=_login(client, bodies[how]))
            assert got.status_code == 200 and got.json()["email"] == creds.email


def test_one_operators_password_does_not_sign_in_another(emu: SoracomEmulator) -> None:
    first, second = emu.operators
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        wrong = [
            {"email": first.email, "password": second.password},
            {"authKeyId": first.auth_key_id, "authKey": second.auth_key},
            {
                "operatorId": second.operator_id,
                "userName": "emulator-user",
                "password": first.sam_password,
            },
        ]
        for body in wrong:
            response = client.post("/auth", json=body)
            assert response.status_code == 401, response.text
            assert response.json()["code"] == "AUM0005"


def test_a_sim_of_one_operator_is_404_for_another(emu: SoracomEmulator) -> None:
    first, second = emu.operators
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        a, b = _key_login(client, first), _key_login(client, second)
        sims_a = {s["simId"] for s in client.get("/sims", headers=a, params={"limit": 50}).json()}
        sims_b = {s["simId"] for s in client.get("/sims", headers=b, params={"limit": 50}).json()}
        assert len(sims_a) == len(sims_b) == 6 and not sims_a & sims_b
        sim_a = sorted(sims_a)[0]
        assert client.get(f"/sims/{sim_a}", headers=a).status_code == 200
        missing = client.get(f"/sims/{sim_a}", headers=b)
        assert missing.status_code == 404 and missing.json()["code"] == "SEM0001"
        # a change by one operator is invisible to the other
        tagged = client.put(
            f"/sims/{sim_a}/tags", headers=b, json=[{"tagName": "x", "tagValue": "y"}]
        )
        assert tagged.status_code == 404
        group = client.post("/groups", headers=b, json={"tags": {"name": "only-b"}})
        assert group.status_code == 201, group.text
        group_id = group.json()["groupId"]
        assert client.get(f"/groups/{group_id}", headers=a).status_code == 404
        assert client.get(f"/groups/{group_id}", headers=b).status_code == 200
        # and another operator's ID in the path is refused
        other = client.get(f"/operators/{first.operator_id}", headers=b)
        assert other.status_code in (400, 403) and other.json()["code"] == "COM0009"


def test_an_operator_added_at_runtime_works_at_once(emu: SoracomEmulator) -> None:
    third = emu.add_operator()
    assert third.operator_id not in {c.operator_id for c in emu.operators[:2]}
    assert len(emu.operators) == 3
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        headers = _key_login(client, third)
        sims = client.get("/sims", headers=headers, params={"limit": 50}).json()
        assert {s["operatorId"] for s in sims} == {third.operator_id}
        assert emu.operator_state(third.operator_id).sim_order == sorted(s["simId"] for s in sims)


def test_each_operator_spends_its_own_rate_limit_budget(emu: SoracomEmulator) -> None:
    first, second = emu.operators[:2]
    emu.set_rate_limit("Sim", 2, 60)
    try:
        with httpx.Client(base_url=emu.base_url, timeout=10) as client:
            a, b = _key_login(client, first), _key_login(client, second)
            answers_a = [client.get("/sims", headers=a).status_code for _ in range(3)]
            answers_b = [client.get("/sims", headers=b).status_code for _ in range(3)]
            assert answers_a == answers_b == [200, 200, 429]
            # one operator's own budget leaves the other's as it is
            emu.set_rate_limit("Sim", 5, 60, operator_id=second.operator_id)
            emu.reset_rate_limits()
            remaining = client.get("/sims", headers=b).headers["x-soracom-ratelimit-remaining"]
            assert remaining == "4"
            assert client.get("/sims", headers=a).headers["x-soracom-ratelimit-limit"] == "2"
    finally:
        emu.set_rate_limit(None, 1_000_000, 60)
        emu.set_rate_limit("Sim", 1_000_000, 60, operator_id=second.operator_id)
        emu.set_rate_limit("Sim", 1_000_000, 60)
    with pytest.raises(KeyError):
        emu.set_rate_limit("Sim", 1, operator_id="OP-unknown")


def test_a_token_for_another_operator_without_http(emu: SoracomEmulator) -> None:
    second = emu.operators[1]
    token = emu.issue_token(operator_id=second.operator_id)
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        headers = {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}
        got = client.get(f"/operators/{second.operator_id}", headers=headers)
        assert got.status_code == 200 and got.json()["operatorId"] == second.operator_id


def test_harvest_files_are_per_operator(emu: SoracomEmulator) -> None:
    first, second = emu.operators[:2]
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        a, b = _key_login(client, first), _key_login(client, second)
        put = client.put("/files/private/ops/b.txt", headers=b, content=b"of operator b")
        assert put.status_code == 201, put.text
        assert client.get("/files/private/ops/b.txt", headers=a).status_code == 404
        found = client.get("/files/private/ops/b.txt", headers=b)
        assert found.status_code == 302
        download = httpx.get(found.headers["location"], timeout=10)
        assert download.status_code == 200 and download.content == b"of operator b"


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_sdk_talks_to_two_operators_at_once(emu: SoracomEmulator, backend: str) -> None:
    first, second = emu.operators[:2]

    async def main() -> None:
        clients = [
            sa.SoracomClient(
                credentials=sa.AuthKeyCredentials(auth_key_id=c.auth_key_id, auth_key=c.auth_key),
                base_url=emu.base_url,
            )
            for c in (first, second)
        ]
        try:
            a, b = clients
            sim_a = (await a.sim.list_sims())[0].sim_id
            assert (await a.sim.get_sim(sim_id=sim_a)).operator_id == first.operator_id
            with pytest.raises(sa.NotFoundError) as raised:
                await b.sim.get_sim(sim_id=sim_a)
            assert raised.value.code == "SEM0001"
            operator = await b.operator.get_operator(operator_id=second.operator_id)
            assert operator.operator_id == second.operator_id
        finally:
            for client in clients:
                await client.aclose()

    run(backend, main)


def test_what_the_emulator_makes_up_carries_the_callers_operator_id(emu: SoracomEmulator) -> None:
    second = emu.operators[1]
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        headers = _key_login(client, second)
        devices = client.get("/devices", headers=headers)  # a seeded derived family
        assert devices.status_code == 200
        ids = {d["operatorId"] for d in devices.json() if d.get("operatorId")}
        assert ids == {second.operator_id}
        logs = client.get("/audit_logs/api", headers=headers)  # a synthesized answer
        assert logs.status_code == 200
        assert second.operator_id in logs.text and emu.operator_id not in logs.text


def test_an_injected_error_shows_the_callers_own_budget(emu: SoracomEmulator) -> None:
    first, second = emu.operators[:2]
    for creds in (first, second):
        emu.set_rate_limit("Sim", 10, 60, operator_id=creds.operator_id)
    try:
        with httpx.Client(base_url=emu.base_url, timeout=10) as client:
            a, b = _key_login(client, first), _key_login(client, second)
            for _ in range(3):
                assert client.get("/sims", headers=a).status_code == 200
            emu.inject_fault("error", operation_ids=["listSims"], status=503)
            failed = client.get("/sims", headers=b)
            assert failed.status_code == 503
            assert failed.headers["x-soracom-ratelimit-remaining"] == "10"  # b spent nothing
    finally:
        emu.clear_faults()
        for creds in (first, second):
            emu.set_rate_limit("Sim", 1_000_000, 60, operator_id=creds.operator_id)


def test_no_secret_in_the_reprs_of_the_data(emu: SoracomEmulator) -> None:
    token = emu.issue_token(operator_id=emu.operators[1].operator_id)
    for state in (emu.state, emu.operator_state(emu.operators[1].operator_id)):
        with state.lock:
            text = repr(state.account)
            secrets = [
                state.account.password,
                *(k.auth_key for k in state.account.auth_keys.values()),
            ]
            secrets += [u.password for u in state.account.sam_users.values() if u.password]
        assert state.account.operator_id in text
        assert not [s for s in secrets if s in text]
    assert token.api_key not in repr(token) and token.token not in repr(token)
