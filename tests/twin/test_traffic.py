"""Stats, session events and bills from the emulated fleet's traffic, over loopback.

What is checked is consistency between operations that a client may cross-check (the operator
total is the sum of its SIMs, minutes add up to days, days to months, bills to their days),
the `from`/`to`/`period` rules of the document (400 with the unified body), and that traffic
follows the SIM's life (nothing before activation or while suspended).
"""

from __future__ import annotations

import calendar
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

BACKENDS = ["asyncio", "trio"]
DAY = 86_400


@pytest.fixture
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=12, group_count=2, seed=17) as emulator:
        yield emulator


@pytest.fixture
def wire(emu: SoracomEmulator) -> Iterator[httpx.Client]:
    token = emu.issue_token()
    headers = {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}
    with httpx.Client(base_url=emu.base_url, headers=headers, timeout=30) as client:
        yield client


def _advance(emu: SoracomEmulator, wire: httpx.Client, seconds: int) -> None:
    """Move the emulator clock on, with a fresh token (a token lives two days at most)."""
    emu.clock.advance(seconds)
    token = emu.issue_token()
    wire.headers.update({"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token})


def _today(emu: SoracomEmulator) -> int:
    now = int(emu.clock.now())
    return now - now % DAY


def _totals(points: list[dict[str, Any]]) -> tuple[int, int]:
    up = down = 0
    for point in points:
        for counters in point["dataTrafficStatsMap"].values():
            up += counters["uploadByteSizeTotal"]
            down += counters["downloadByteSizeTotal"]
    return up, down


def _air(wire: httpx.Client, sim_id: str, low: int, high: int, period: str) -> list[Any]:
    response = wire.get(
        f"/stats/air/sims/{sim_id}", params={"from": low, "to": high, "period": period}
    )
    assert response.status_code == 200, response.text
    points: list[Any] = response.json()
    return points


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_operator_total_is_the_sum_of_its_sims(backend: str, emu: SoracomEmulator) -> None:
    anyio.run(_operator_is_the_sum, emu, backend=backend)


async def _operator_is_the_sum(emu: SoracomEmulator) -> None:
    creds = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    low, high = _today(emu) - 6 * DAY, int(emu.clock.now())
    async with sa.SoracomClient(credentials=creds, base_url=emu.base_url) as client:
        total = await client.stats.get_air_stats_of_operator(
            operator_id=emu.operator_id, from_=low, to=high, period="day"
        )
        by_day: dict[int, list[int]] = {}
        group_id = ""
        group_days: dict[int, int] = {}
        async for sim in client.sim.list_sims.paginate():
            assert sim.sim_id
            days = await client.stats.get_air_stats_of_sim(
                sim_id=sim.sim_id, from_=low, to=high, period="day"
            )
            group_id = group_id or (sim.group_id or "")
            for point in days:
                assert isinstance(point.unixtime, int) and point.data_traffic_stats_map
                stats = point.data_traffic_stats_map.additional_properties[str(sim.speed_class)]
                sums = by_day.setdefault(point.unixtime, [0, 0])
                sums[0] += stats.upload_byte_size_total or 0
                sums[1] += stats.download_byte_size_total or 0
                if sim.group_id == group_id:
                    group_days[point.unixtime] = group_days.get(point.unixtime, 0) + (
                        stats.upload_byte_size_total or 0
                    )
        assert len(total) >= 6  # a week of an active fleet
        assert {
            p.unixtime: [p.upload_byte_size_total, p.download_byte_size_total] for p in total
        } == (by_day)
        assert group_id
        grouped = await client.stats.get_air_stats_of_group(
            group_id=group_id, from_=low, to=high, period="day"
        )
        assert {p.unixtime: p.upload_byte_size_total for p in grouped} == group_days


def test_minutes_add_up_to_days_and_days_to_months(
    emu: SoracomEmulator, wire: httpx.Client
) -> None:
    yesterday = _today(emu) - DAY
    active = [s for s in emu.state.sim_order if emu.state.sims[s]["status"] == "active"]
    sim_id, day = next(
        (s, d)
        for s in active
        if (d := _air(wire, s, yesterday + 5, yesterday + 5, "day"))  # the day `from` is in
    )
    assert len(day) == 1 and _totals(day) > (0, 0)
    minutes = _air(wire, sim_id, yesterday, yesterday + DAY - 1, "minutes")
    assert _totals(minutes) == _totals(day)
    assert all(yesterday <= p["unixtime"] < yesterday + DAY for p in minutes)
    assert all(p["unixtime"] % 300 == 0 for p in minutes)
    g = time.gmtime(_today(emu) - 40 * DAY)
    month_start = calendar.timegm((g.tm_year, g.tm_mon, 1, 0, 0, 0))
    month_end = month_start + calendar.monthrange(g.tm_year, g.tm_mon)[1] * DAY
    days = _air(wire, sim_id, month_start, month_end - 1, "day")
    month = _air(wire, sim_id, month_start + DAY, month_start + DAY, "month")
    assert [p["unixtime"] for p in month] == [month_start]
    assert len(days) > 20 and _totals(days) == _totals(month)
    assert _air(wire, sim_id, month_start, month_end - 1, "day") == days  # deterministic


def test_no_traffic_before_activation_nor_while_suspended(
    emu: SoracomEmulator, wire: httpx.Client
) -> None:
    sim = wire.post("/sims", json={"type": "virtual", "subscription": "planArc01"}).json()
    sim_id = sim["simId"]
    start = int(emu.clock.now())
    _advance(emu, wire, DAY)
    assert _air(wire, sim_id, start - DAY, int(emu.clock.now()), "minutes") == []  # ready
    activated = int(emu.clock.now())
    assert wire.post(f"/sims/{sim_id}/activate").status_code == 200
    _advance(emu, wire, 10 * DAY)  # (a tenth of a SIM's days are idle)
    suspended = int(emu.clock.now())
    assert wire.post(f"/sims/{sim_id}/suspend").status_code == 200
    _advance(emu, wire, 2 * DAY)
    points = _air(wire, sim_id, start - DAY, int(emu.clock.now()), "minutes")
    assert points, "three active days carry traffic"
    assert all(activated <= p["unixtime"] < suspended for p in points)
    events = wire.get(f"/sims/{sim_id}/events/sessions").json()
    assert [(e["event"], e["time"] // 1000) for e in events] == [
        ("Deleted", suspended),
        ("Created", activated),
    ]  # newest first, times in milliseconds
    page = wire.get(f"/sims/{sim_id}/events/sessions", params={"limit": 1})
    assert [e["event"] for e in page.json()] == ["Deleted"]
    following = wire.get(
        f"/sims/{sim_id}/events/sessions",
        params={"limit": 1, "last_evaluated_key": page.headers["x-soracom-next-key"]},
    )
    assert [e["event"] for e in following.json()] == ["Created"]
    windowed = wire.get(
        f"/subscribers/{sim['profiles'][sim_id]['primaryImsi']}/events/sessions",
        params={"from": (activated + 1) * 1000, "to": int(emu.clock.now()) * 1000},
    )
    assert [e["event"] for e in windowed.json()] == ["Deleted"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/stats/air/sims/{sim}", {"period": "day", "from": 20, "to": 10}),  # from after to
        ("/stats/air/sims/{sim}", {"period": "minutes", "from": "{ms}", "to": "{ms}"}),  # ms
        ("/stats/air/sims/{sim}", {"period": "minutes", "from": "{-33d}", "to": "{now}"}),
        ("/stats/air/sims/{sim}", {"period": "hour", "from": "{-1d}", "to": "{now}"}),
        ("/stats/air/operators/{operator}", {"period": "day", "from": "{-8d}", "to": "{now}"}),
        ("/stats/air/operators/{operator}", {"period": "minutes", "from": "{-1d}", "to": "{now}"}),
        ("/stats/air/subscribers/{imsi}", {"period": "month", "to": "{now}"}),  # no from
        ("/sims/{sim}/events/sessions", {"from": "{now}", "to": "{-1d}"}),
    ],
)
def test_bad_windows_are_400_with_the_unified_body(
    emu: SoracomEmulator, wire: httpx.Client, path: str, params: dict[str, Any]
) -> None:
    now = int(emu.clock.now())
    sim_id = emu.state.sim_order[0]
    values = {
        "{now}": now,
        "{ms}": now * 1000,
        "{-1d}": now - DAY,
        "{-8d}": now - 8 * DAY,
        "{-33d}": now - 33 * DAY,
    }
    query = {k: values.get(v, v) if isinstance(v, str) else v for k, v in params.items()}
    url = path.format(
        sim=sim_id,
        operator=emu.operator_id,
        imsi=emu.state.primary_imsi(emu.state.sims[sim_id]),
    )
    response = wire.get(url, params=query)
    assert response.status_code == 400, response.text
    assert set(response.json()) == {"code", "message"}


def test_services_count_only_where_the_group_configures_them(
    emu: SoracomEmulator, wire: httpx.Client
) -> None:
    sim_id = next(s for s in emu.state.sim_order if emu.state.sims[s]["status"] == "active")
    imsi = emu.state.primary_imsi(emu.state.sims[sim_id])
    window: dict[str, int | str] = {
        "from": _today(emu) - 5 * DAY,
        "to": int(emu.clock.now()),
        "period": "day",
    }
    group = wire.post("/groups", json={"tags": {"name": "beam"}}).json()["groupId"]
    assert wire.post(f"/sims/{sim_id}/set_group", json={"groupId": group}).status_code == 200
    assert wire.get(f"/stats/beam/subscribers/{imsi}", params=window).json() == []
    configured = wire.put(
        f"/groups/{group}/configuration/SoracomBeam",
        json=[{"key": "enabled", "value": True}],
    )
    assert configured.status_code == 200, configured.text
    beam = wire.get(f"/stats/beam/subscribers/{imsi}", params=window).json()
    assert beam and all(p["beamStatsMap"]["inHttp"]["count"] > 0 for p in beam)
    assert wire.get(f"/stats/harvest/subscribers/{imsi}", params=window).json() == []


def test_the_same_seed_gives_the_same_traffic(emu: SoracomEmulator, wire: httpx.Client) -> None:
    low, high = _today(emu) - 3 * DAY, _today(emu) - 1
    ours = wire.get(
        f"/stats/air/operators/{emu.operator_id}", params={"from": low, "to": high, "period": "day"}
    ).json()
    for seed, same in ((17, True), (18, False)):
        with SoracomEmulator(sim_count=12, group_count=2, seed=seed) as other:
            token = other.issue_token()
            theirs = httpx.get(
                f"{other.base_url}/stats/air/operators/{other.operator_id}",
                params={"from": low, "to": high, "period": "day"},
                headers={"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token},
            ).json()
        assert (theirs == ours) is same


def test_bills_add_up_and_follow_the_fleet(emu: SoracomEmulator, wire: httpx.Client) -> None:
    history = wire.get("/bills").json()["billList"]
    created = time.gmtime(emu.state.account.created_ms / 1000)
    now = time.gmtime(emu.clock.now())
    closed_months = (now.tm_year - created.tm_year) * 12 + now.tm_mon - created.tm_mon
    assert len(history) == min(18, closed_months)
    months = [b["yearMonth"] for b in history]
    assert months == sorted(months, reverse=True)
    assert time.strftime("%Y%m", time.gmtime(emu.clock.now())) not in months
    newest = history[0]
    assert newest["state"] == "closed" and newest["amount"] > 0
    month = wire.get(f"/bills/{newest['yearMonth']}").json()
    daily = wire.get(f"/bills/{newest['yearMonth']}/daily").json()["billList"]
    assert round(sum(d["amount"] for d in daily), 2) == month["amount"] == newest["amount"]
    assert [d["date"] for d in daily] == sorted((d["date"] for d in daily), reverse=True)
    sims = wire.get("/bills/summaries/sims").json()
    closed = next(s for s in sims if s["yearMonth"] == newest["yearMonth"])
    assert round(sum(c["amount"] for c in closed["costBreakdownList"]), 2) == pytest.approx(
        newest["amount"], abs=0.05
    )
    items = wire.get("/bills/summaries/bill_items").json()
    assert {i["billItemName"] for i in items[0]["costBreakdownList"]} == {
        "basicCharge",
        "dataTrafficCharge",
    }
    assert wire.get("/bills/209901").status_code == 404
    assert wire.get("/bills/2024-1").status_code == 400
    latest = wire.get("/bills/latest").json()
    _advance(emu, wire, 2 * DAY)  # two more days of the fleet are billed
    later = wire.get("/bills/latest").json()
    assert later["lastEvaluatedTime"] > latest["lastEvaluatedTime"]


@pytest.mark.parametrize(
    "first", ["traffic", "billing", "soralets", "orders", "handlers", "server"]
)
def test_whichever_module_is_imported_first_the_handlers_layer_the_same(first: str) -> None:
    """The sandbox's inserted stats wrap the fleet's traffic, and orders replace the sandbox's
    ship and create-subscriber, whatever a test suite happens to import first."""
    code = (
        f"import soracom_async.testing.{first}\n"
        "import soracom_async.testing.core\n"
        "from soracom_async.testing.handlers import HANDLERS\n"
        "print(*(HANDLERS[op].__module__.rsplit('.', 1)[1] for op in "
        "('getAirStats', 'getAirStatsOfOperator', 'sandboxShipOrder', 'getBilling')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["sandbox", "traffic", "orders", "billing"]
