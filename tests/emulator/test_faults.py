"""Fault injection: 5xx, dropped connections (before/after applying), latency, malformed bodies."""

from __future__ import annotations

import json
import logging
import time

import aiohttp
import httpx
import pytest

from soracom_async.testing import Faults, SoracomEmulator

from .conftest import Api, assert_error

pytestmark = pytest.mark.soracom_emulator(sim_count=10, seed=2)
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


def _active_sim(emu: SoracomEmulator) -> str:
    return next(s for s in emu.state.sim_order if emu.state.sims[s]["status"] == "active")


def test_error_rate_limited_to_operations(soracom_emulator: SoracomEmulator, api: Api) -> None:
    soracom_emulator.set_faults(error_rate=1.0, operation_ids={"getSim"}, error_statuses=(503,))
    sim_id = soracom_emulator.state.sim_order[0]
    body = assert_error(api.get(f"/sims/{sim_id}"), 503)
    assert body["code"] == "EMU5000"
    assert "x-soracom-ratelimit-limit" in api.get(f"/sims/{sim_id}").headers
    assert api.get("/sims").status_code == 200  # listSims is not targeted
    soracom_emulator.clear_faults()
    assert api.get(f"/sims/{sim_id}").status_code == 200
    assert soracom_emulator.faults.injected["error"] == 2


def _statuses(emulator: SoracomEmulator, n: int) -> list[int]:
    with Api(emulator) as api:
        sim_id = emulator.state.sim_order[0]
        return [api.get(f"/sims/{sim_id}").status_code for _ in range(n)]


def test_random_faults_are_deterministic_with_a_seed(soracom_emulator_factory: object) -> None:
    runs = []
    for _ in range(2):
        emulator = soracom_emulator_factory(sim_count=2)  # type: ignore[operator]
        emulator.set_faults(
            Faults(error_rate=0.3, malformed_rate=0.2, seed=42, operation_ids=frozenset({"getSim"}))
        )
        runs.append(_statuses(emulator, 40))
    assert runs[0] == runs[1]
    assert 500 in runs[0] or 503 in runs[0]
    assert runs[0].count(200) > 10
    emulator.set_faults(error_rate=0.3, seed=43, operation_ids={"getSim"})
    assert _statuses(emulator, 40) != runs[0]


def test_drop_before_apply_leaves_state_unchanged(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    sim_id = _active_sim(soracom_emulator)
    soracom_emulator.inject_fault("drop", operation_ids=["deactivateSim"])
    with pytest.raises(DROPPED):
        api.post(f"/sims/{sim_id}/deactivate")
    assert soracom_emulator.request_count("deactivateSim") == 1
    assert soracom_emulator.applied_count("deactivateSim") == 0
    assert soracom_emulator.state.sims[sim_id]["status"] == "active"
    # the server keeps serving; the retry succeeds and is applied once
    assert api.post(f"/sims/{sim_id}/deactivate").json()["status"] == "inactive"
    assert soracom_emulator.applied_count("deactivateSim") == 1


def test_drop_after_apply_is_an_unknown_outcome(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    sim_id = _active_sim(soracom_emulator)
    soracom_emulator.inject_fault("drop", operation_ids=["putSimTags"], after_apply=True)
    with pytest.raises(DROPPED):
        api.put(f"/sims/{sim_id}/tags", json=[{"tagName": "k", "tagValue": "v"}])
    assert soracom_emulator.applied_count("putSimTags") == 1
    assert soracom_emulator.state.sims[sim_id]["tags"]["k"] == "v"
    assert soracom_emulator.faults.pending == 0


def test_random_drop_after_apply_through_set_faults(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    sim_id = _active_sim(soracom_emulator)
    soracom_emulator.set_faults(drop_rate=1.0, drop_after_apply=True, operation_ids={"suspendSim"})
    with pytest.raises(DROPPED):
        api.post(f"/sims/{sim_id}/suspend")
    assert soracom_emulator.state.sims[sim_id]["status"] == "suspended"
    assert soracom_emulator.applied_count("suspendSim") == 1


def test_malformed_bodies(soracom_emulator: SoracomEmulator, api: Api) -> None:
    soracom_emulator.inject_fault("malformed", count=2, operation_ids=["listSims"])
    for _ in range(2):
        response = api.get("/sims")
        assert response.status_code == 200
        with pytest.raises(json.JSONDecodeError):
            json.loads(response.content)
    assert isinstance(api.get("/sims").json(), list)


def test_latency(soracom_emulator: SoracomEmulator, api: Api) -> None:
    soracom_emulator.inject_fault("latency", latency=0.3, operation_ids=["listGroups"])
    started = time.perf_counter()
    assert api.get("/groups").status_code == 200
    assert time.perf_counter() - started >= 0.3
    started = time.perf_counter()
    api.get("/groups")
    assert time.perf_counter() - started < 0.2
    soracom_emulator.set_faults(latency=0.15)
    started = time.perf_counter()
    api.get("/sims")
    assert time.perf_counter() - started >= 0.15


def test_scripted_errors_come_first_and_in_order(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    soracom_emulator.inject_fault("error", count=2, status=500, operation_ids=["listSims"])
    soracom_emulator.inject_fault("error", status=502)
    assert [api.get("/sims").status_code for _ in range(3)] == [500, 500, 502]
    assert api.get("/sims").status_code == 200
    with pytest.raises(ValueError):
        soracom_emulator.inject_fault("error", status=404)
    with pytest.raises(ValueError):
        Faults(error_rate=0.7, drop_rate=0.7)


async def test_aiohttp_sees_a_disconnect(soracom_emulator: SoracomEmulator, api: Api) -> None:
    sim_id = soracom_emulator.state.sim_order[0]
    url = f"{soracom_emulator.base_url}/sims/{sim_id}"
    async with aiohttp.ClientSession(headers=api.headers) as session:
        # aiohttp itself re-sends an idempotent request once after a disconnect ...
        soracom_emulator.inject_fault("drop", operation_ids=["getSim"])
        async with session.get(url) as response:
            assert response.status == 200
        assert soracom_emulator.request_count("getSim") == 2
        # ... so two drops in a row are needed for the caller to see one.
        soracom_emulator.inject_fault("drop", count=2, operation_ids=["getSim"])
        with pytest.raises(aiohttp.ServerDisconnectedError):
            async with session.get(url) as response:
                await response.read()
        assert soracom_emulator.request_count("getSim") == 4


def test_http_control_endpoints(soracom_emulator: SoracomEmulator, api: Api) -> None:
    root = soracom_emulator.base_url.removesuffix("/v1")
    with httpx.Client(base_url=root) as control:
        info = control.get("/_emulator/info").json()
        assert info["auth_key_id"] == soracom_emulator.auth_key_id
        assert (
            control.put(
                "/_emulator/faults", json={"error_rate": 1.0, "operation_ids": ["listSims"]}
            ).status_code
            == 204
        )
        assert api.get("/sims").status_code in (500, 503)
        assert control.delete("/_emulator/faults").status_code == 204
        assert api.get("/sims").status_code == 200
        assert (
            control.post(
                "/_emulator/faults/inject", json={"kind": "error", "status": 500}
            ).status_code
            == 204
        )
        assert api.get("/sims").status_code == 500
        assert control.put("/_emulator/rate_limits/Sim", json={"limit": 1}).status_code == 204
        assert [api.get("/sims").status_code for _ in range(2)] == [200, 429]
        before = soracom_emulator.clock.now()
        assert control.post("/_emulator/clock/advance", json={"seconds": 120}).status_code == 200
        assert soracom_emulator.clock.now() - before >= 120
        assert api.get("/sims").status_code == 200  # the window refreshed
        assert control.post("/_emulator/counters/reset").status_code == 204
        assert soracom_emulator.request_count() == 0
        assert control.put("/_emulator/faults", json={"bogus": 1}).status_code == 400


def test_shutdown_during_a_latency_fault_logs_no_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A request held in a latency fault when the emulator stops is dropped quietly: the
    client sees the connection close, and nothing logs a traceback (uvicorn used to log the
    CancelledError of the interrupted sleep)."""
    import threading

    emu = SoracomEmulator(sim_count=2).start()
    emu.inject_fault("latency", latency=30.0, count=1)
    outcome: list[str] = []

    def call() -> None:
        try:
            httpx.get(emu.base_url + "/sims", timeout=60)
            outcome.append("answered")
        except httpx.HTTPError as exc:
            outcome.append(type(exc).__name__)

    caller = threading.Thread(target=call)
    with caplog.at_level(logging.DEBUG):
        caller.start()
        while emu.faults.pending:  # the request reached the fault
            time.sleep(0.01)
        emu.stop()
        caller.join(timeout=10)
    assert outcome == ["RemoteProtocolError"]
    assert [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()] == []
    assert emu.request_count("listSims") == 1
