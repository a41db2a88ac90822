"""Rate limits per API group: headers on every answer, 429 past the budget, auth per caller IP."""

from __future__ import annotations

import httpx
import pytest

from soracom_async.testing import SoracomEmulator

from .conftest import Api, assert_error

pytestmark = pytest.mark.soracom_emulator(sim_count=5)


def limits(response: httpx.Response) -> tuple[int, int, int]:
    h = response.headers
    return (
        int(h["x-soracom-ratelimit-limit"]),
        int(h["x-soracom-ratelimit-remaining"]),
        int(h["x-soracom-ratelimit-seconds-before-refresh"]),
    )


def test_headers_on_every_answer(soracom_emulator: SoracomEmulator, api: Api) -> None:
    sim_id = soracom_emulator.state.sim_order[0]
    for response in (
        api.get(f"/sims/{sim_id}"),
        api.get("/sims/unknown"),  # 404
        api.post(f"/sims/{sim_id}/update_speed_class", json={"speedClass": "bad"}),  # 400
        api.client.get("/sims"),  # 401
        api.get("/lora_devices"),  # synthesized
        api.login(),  # auth
    ):
        limit, remaining, refresh = limits(response)
        assert limit == 1_000_000 and 0 <= remaining <= limit and 0 < refresh <= 60


def test_budget_per_group_then_429_then_refresh(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    soracom_emulator.set_rate_limit("Sim", 3, window_seconds=60)
    sim_id = soracom_emulator.state.sim_order[0]
    seen = [limits(api.get(f"/sims/{sim_id}")) for _ in range(3)]
    assert [(lim, rem) for lim, rem, _ in seen] == [(3, 2), (3, 1), (3, 0)]
    # listSims shares the Sim group's budget
    limited = api.get("/sims")
    body = assert_error(limited, 429, mentions="Sim")
    assert body["code"] == "COM0008"
    assert limits(limited)[:2] == (3, 0)
    assert soracom_emulator.rate_limited_count == 1
    # other groups are not affected
    imsi = soracom_emulator.state.primary_imsi(soracom_emulator.state.sims[sim_id])
    assert api.get(f"/subscribers/{imsi}").status_code == 200
    # the window refreshes by the emulator clock
    soracom_emulator.clock.advance(30)
    assert 29 <= limits(api.get("/sims"))[2] <= 30
    soracom_emulator.clock.advance(30)
    refreshed = api.get("/sims")
    assert refreshed.status_code == 200
    assert limits(refreshed) == (3, 2, 60)


def test_default_budget_and_constructor_overrides(soracom_emulator_factory: object) -> None:
    emulator = soracom_emulator_factory(sim_count=2, rate_limit=2, rate_limits={"Group": 1})  # type: ignore[operator]
    api = Api(emulator)  # consumes Auth budget (per IP), not Sim's
    try:
        assert [api.get("/sims").status_code for _ in range(3)] == [200, 200, 429]
        assert [api.get("/groups").status_code for _ in range(2)] == [200, 429]
        emulator.set_rate_limit("default", 5)
        assert api.get("/sims").status_code == 200
    finally:
        api.close()


def test_auth_is_limited_per_caller_ip(soracom_emulator: SoracomEmulator) -> None:
    soracom_emulator.set_rate_limit("Auth", 2)
    credentials = {"authKeyId": soracom_emulator.auth_key_id, "authKey": soracom_emulator.auth_key}
    with httpx.Client(base_url=soracom_emulator.base_url) as local:
        statuses = [local.post("/auth", json=credentials).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
    # Another source address on the loopback network has its own budget.
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=soracom_emulator.base_url, transport=transport) as other:
        assert other.post("/auth", json=credentials).status_code == 200
    assert soracom_emulator.auth_calls == 4
    assert soracom_emulator.rate_limited_count == 1
