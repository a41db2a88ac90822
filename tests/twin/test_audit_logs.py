"""API audit logs come from the calls the emulator answered: per operator, newest first, with
the filter, time range and pagination the document gives `getApiAuditLogs`."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from support import BACKENDS, run

import soracom_async as sa
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.audit import entries


@pytest.fixture
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=4, group_count=1, seed=11, operators=2) as emulator:
        yield emulator


def _client(emu: SoracomEmulator) -> sa.SoracomClient:
    creds = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    return sa.SoracomClient(credentials=creds, base_url=emu.base_url)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_log_holds_the_calls_made_newest_first(emu: SoracomEmulator, backend: str) -> None:
    async def main() -> None:
        async with _client(emu) as client:
            sims = await client.sim.list_sims(limit=2)
            emu.clock.advance(1)
            with pytest.raises(sa.NotFoundError):
                await client.sim.get_sim(sim_id="8942310000000000000")
            emu.clock.advance(1)
            logs = await client.audit_log.get_api_audit_logs()
            assert [e.request_path for e in logs[:3]] == [
                "/v1/sims/8942310000000000000",
                "/v1/sims",
                "/v1/auth",
            ]
            assert [e.additional_properties["statusCode"] for e in logs[:3]] == [404, 200, 200]
            assert {e.operator_id for e in logs} == {emu.operator_id}
            assert logs[0].api_kind == "/v1/sims" and logs[2].api_kind == "/v1/auth"
            times: list[int] = []
            for entry in logs:
                assert isinstance(entry.requested_time_epoch_ms, int)
                times.append(entry.requested_time_epoch_ms)
            assert times == sorted(times, reverse=True) and len(set(times)) == len(times)
            assert sims  # the listing itself was answered

            only_auth = await client.audit_log.get_api_audit_logs(api_kind="/v1/auth")
            assert [e.request_path for e in only_auth] == ["/v1/auth"]
            first = times[-1]
            window = await client.audit_log.get_api_audit_logs(
                from_epoch_ms=first, to_epoch_ms=first
            )
            assert [e.request_path for e in window] == ["/v1/auth"]
            with pytest.raises(sa.BadRequestError):
                await client.audit_log.get_api_audit_logs(from_epoch_ms=times[0], to_epoch_ms=first)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_pages_follow_the_documented_key(emu: SoracomEmulator, backend: str) -> None:
    async def main() -> None:
        async with _client(emu) as client:
            for _ in range(7):
                await client.sim.list_sims(limit=1)
            recorded = [e["requestedTimeEpochMs"] for e in reversed(entries(emu.state))]
            walked = [
                e.requested_time_epoch_ms
                async for e in client.audit_log.get_api_audit_logs.paginate(limit=3)
            ]
            # Everything recorded before the walk began, in order, none twice (the walk's
            # own page calls are logged as they are answered, after the key they start at).
            assert walked[-len(recorded) :] == recorded
            assert len(set(walked)) == len(walked)

    run(backend, main)


def test_each_operator_sees_only_its_own_calls(emu: SoracomEmulator) -> None:
    first, second = emu.operators
    with httpx.Client(base_url=emu.base_url, timeout=10) as http:
        tokens = []
        for creds in (first, second):
            body = {"authKeyId": creds.auth_key_id, "authKey": creds.auth_key}
            answer = http.post("/auth", json=body).json()
            tokens.append(
                {"X-Soracom-API-Key": answer["apiKey"], "X-Soracom-Token": answer["token"]}
            )
        http.get("/sims", headers=tokens[0])
        http.get("/groups", headers=tokens[1])
        seen = [http.get("/audit_logs/api", headers=t).json() for t in tokens]
    assert [e["requestPath"] for e in seen[0]] == ["/v1/sims", "/v1/auth"]
    assert [e["requestPath"] for e in seen[1]] == ["/v1/groups", "/v1/auth"]
    assert {e["operatorId"] for e in seen[1]} == {second.operator_id}


def test_a_sam_user_is_named_and_the_root_user_is_not(emu: SoracomEmulator) -> None:
    creds = emu.operators[0]
    with httpx.Client(base_url=emu.base_url, timeout=10) as http:
        body = {
            "operatorId": creds.operator_id,
            "userName": creds.sam_user_name,
            "password": creds.sam_password,
        }
        answer = http.post("/auth", json=body).json()
        headers = {"X-Soracom-API-Key": answer["apiKey"], "X-Soracom-Token": answer["token"]}
        http.get("/sims", headers=headers)
    logged = entries(emu.state)
    assert [e.get("userName") for e in logged] == [creds.sam_user_name] * 2
    assert all(creds.sam_password not in str(e) for e in logged)
