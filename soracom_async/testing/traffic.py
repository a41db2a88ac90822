"""Traffic of the emulated fleet, and the stats and session events derived from it.

Why: the stats operations answered one synthesized point whatever `from`/`to` asked, so a
client's paging over time, unit handling and summing were never exercised. Here every SIM has
deterministic traffic, and all the stats operations answer the same traffic:

- A SIM's traffic is counted in 5-minute buckets (`BUCKET_S`), the `minutes` period of the
  document. Each UTC day has a total drawn from (seed, SIM ID, day) (a tenth of the days are
  idle), split over the day's buckets by weights drawn the same way, so the buckets of a day
  add up to its total exactly. A bucket counts only while the SIM is `active` at its start
  (from its status history: nothing before its creation, nothing while suspended, ...), and
  only once it is over by the emulator clock.
- The traffic is counted under the SIM's current speed class (`dataTrafficStatsMap`).
- Beam, Funnel, Funk and Harvest counts are derived from the same buckets (one request per
  this many upload packets, `_PACKETS_PER_REQUEST`), for SIMs whose group configures that
  service (`SoracomBeam`, `SoracomFunnel`, `SoracomFunk`, `SoracomHarvest` namespaces); else 0.
- `getAirStatsOfGroup` and `getAirStatsOfOperator` are the sums of their SIMs' points (current
  group membership), so the operator total is the sum of `getAirStatsOfSim` for every SIM.
- Points with no traffic are left out, as the real API does; `day` and `month` points carry the
  whole day or month that `from` and `to` fall in (the document's "actual period").

`from`/`to`/`period` are checked as the document gives them (UNIX seconds; `minutes` reaches
back 32 days, `day`/`month` 18 months for one subscriber; the operator and group aggregates
reach back 7 days by `day` and 3 months by `month`): `from` after `to`, or before the window,
is 400 with the unified body. A `to` beyond now is cut at now (there is no traffic to come).

Session events (`listSessionEvents`, `listSimSessionEvents`, UNIX milliseconds) are derived
from the status history: `Created` when a SIM becomes active, `Deleted` when it stops being
active, newest first, paginated by their time.
"""

from __future__ import annotations

import calendar
import hashlib
import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .context import RequestContext, Result
from .errors import ApiError
from .pagination import next_headers, page, page_size
from .state import EmulatorState

BUCKET_S = 300
DAY_S = 86_400
BUCKETS_PER_DAY = DAY_S // BUCKET_S
_IDLE_SHARE = 0.1
_PACKETS_PER_REQUEST = 4
_DAY_WINDOW_SUBSCRIBER = 548 * DAY_S  # about 18 months
_MINUTES_WINDOW = 32 * DAY_S
_AGGREGATE_DAY_WINDOW = 7 * DAY_S
_AGGREGATE_MONTH_WINDOW = 92 * DAY_S  # about 3 months
_COUNTERS = ("uploadByteSizeTotal", "uploadPacketSizeTotal", "downloadByteSizeTotal",
             "downloadPacketSizeTotal")  # fmt: skip
_SERVICES = {
    "beam": ("SoracomBeam", "beamStatsMap", ("inHttp", "outHttps")),
    "funnel": ("SoracomFunnel", "funnelStatsMap", ("count",)),
    "funk": ("SoracomFunk", "funkStatsMap", ("count",)),
    "harvest": ("SoracomHarvest", "harvestStatsMap", ("count",)),
}

Counts = tuple[int, int, int, int]  # the four _COUNTERS
_ZERO: Counts = (0, 0, 0, 0)


def _add(a: Counts, b: Counts) -> Counts:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3])


# -- the traffic model -------------------------------------------------------------------------


def day_total(seed: int, sim_id: str, day: int) -> Counts:
    """The traffic of a SIM over one whole UTC day (`day` its start) if it was active all day."""
    digest = hashlib.sha256(f"{seed}:traffic:{sim_id}:{day}".encode()).digest()
    if digest[0] < 256 * _IDLE_SHARE:
        return _ZERO
    up = int.from_bytes(digest[1:4], "big") % 2_000_000
    down = int.from_bytes(digest[4:7], "big") % 8_000_000
    return (up, up // 400 + 1, down, down // 900 + 1)


def _weights(seed: int, sim_id: str, day: int) -> list[int]:
    """Cumulative weights (1..16 each) of the day's buckets, drawn from (seed, SIM ID, day)."""
    stream = hashlib.shake_128(f"{seed}:split:{sim_id}:{day}".encode()).digest(BUCKETS_PER_DAY)
    return list(itertools.accumulate(b % 16 + 1 for b in stream))


def _split(total: Counts, cumulative: list[int], k: int) -> Counts:
    whole = cumulative[-1]
    before = cumulative[k - 1] if k else 0
    parts = [(t * cumulative[k]) // whole - (t * before) // whole for t in total]
    return (parts[0], parts[1], parts[2], parts[3])


@dataclass(frozen=True)
class Activity:
    """When a SIM was active: (start, end) UNIX seconds, end None while it still is."""

    spans: tuple[tuple[int, int | None], ...]

    def covers(self, start: int, end: int) -> bool:
        return any(s <= start and (e is None or end <= e) for s, e in self.spans)

    def active_at(self, t: int) -> bool:
        return any(s <= t and (e is None or t < e) for s, e in self.spans)

    def touches(self, start: int, end: int) -> bool:
        return any(s < end and (e is None or start < e) for s, e in self.spans)


def activity(state: EmulatorState, sim_id: str) -> Activity:
    spans: list[tuple[int, int | None]] = []
    begun: int | None = None
    for entry in state.history.get(sim_id, []):
        at, active = int(entry["applyDateTimeEpochSec"]), entry["status"] == "active"
        if active and begun is None:
            begun = at
        elif not active and begun is not None:
            spans.append((begun, at))
            begun = None
    if begun is not None:
        spans.append((begun, None))
    return Activity(tuple(spans))


class Traffic:
    """The traffic of one SIM, bucket by bucket, up to `now` (UNIX seconds)."""

    def __init__(self, state: EmulatorState, sim_id: str, now: int) -> None:
        self.seed, self.sim_id, self.now = state.seed, sim_id, now
        self.activity = activity(state, sim_id)

    def buckets(self, start: int, end: int) -> Iterator[tuple[int, Counts]]:
        """(bucket start, counts) of the non-empty buckets starting in [start, end)."""
        first = start - start % BUCKET_S
        for day in range(first - first % DAY_S, min(end, self.now), DAY_S):
            if not self.activity.touches(day, day + DAY_S):
                continue
            total = day_total(self.seed, self.sim_id, day)
            if total == _ZERO:
                continue
            cumulative = _weights(self.seed, self.sim_id, day)
            for k in range(BUCKETS_PER_DAY):
                b = day + k * BUCKET_S
                if b < first or b >= end or b + BUCKET_S > self.now:
                    continue
                if self.activity.active_at(b):
                    counts = _split(total, cumulative, k)
                    if counts != _ZERO:
                        yield b, counts

    def total(self, start: int, end: int) -> Counts:
        """The counts of the buckets starting in [start, end) (whole days at once)."""
        out = _ZERO
        day = start - start % DAY_S
        end = min(end, self.now)  # nothing is counted before it happened
        while day < end:
            whole = day >= start and day + DAY_S <= end and day + DAY_S <= self.now
            if whole and self.activity.covers(day, day + DAY_S):
                out = _add(out, day_total(self.seed, self.sim_id, day))
            else:
                for _, counts in self.buckets(max(day, start), min(day + DAY_S, end)):
                    out = _add(out, counts)
            day += DAY_S
        return out


# -- periods -----------------------------------------------------------------------------------


def _month_start(t: int) -> int:
    g = time.gmtime(t)
    return calendar.timegm((g.tm_year, g.tm_mon, 1, 0, 0, 0))


def _next_month(t: int) -> int:
    g = time.gmtime(t)
    year, month = (g.tm_year + 1, 1) if g.tm_mon == 12 else (g.tm_year, g.tm_mon + 1)
    return calendar.timegm((year, month, 1, 0, 0, 0))


def periods(period: str, low: int, high: int) -> list[tuple[int, int]]:
    """The [start, end) spans of `period` that `low`..`high` (seconds) fall in."""
    spans: list[tuple[int, int]] = []
    if period == "minutes":
        t = low - low % BUCKET_S
        while t <= high:
            spans.append((t, t + BUCKET_S))
            t += BUCKET_S
    elif period == "day":
        t = low - low % DAY_S
        while t <= high:
            spans.append((t, t + DAY_S))
            t += DAY_S
    else:
        t = _month_start(low)
        while t <= high:
            spans.append((t, _next_month(t)))
            t = _next_month(t)
    return spans


def _bad(name: str, detail: str) -> ApiError:
    return ApiError(400, "COM0001", name=name, detail=detail)


def _window(ctx: RequestContext, *, aggregate: bool) -> tuple[str, int, int, int]:
    """(period, from, to, now) checked as the document gives them (see the module docstring)."""
    period = str(ctx.params["period"])
    low, high = int(ctx.params["from"]), int(ctx.params["to"])
    now = int(ctx.services.clock.now())
    if aggregate:
        reach = _AGGREGATE_DAY_WINDOW if period == "day" else _AGGREGATE_MONTH_WINDOW
    else:
        reach = _MINUTES_WINDOW if period == "minutes" else _DAY_WINDOW_SUBSCRIBER
    if low > high:
        raise _bad("from", f"from ({low}) is after to ({high})")
    if low > 10**11 or high > 10**11:
        raise _bad("from", "from and to are UNIX times in seconds, not milliseconds")
    if low < now - reach:
        raise _bad("from", f"from may reach back {reach // DAY_S} days for period {period}")
    return period, low, min(high, now), now


# -- per-SIM series ----------------------------------------------------------------------------


def _sim_of(ctx: RequestContext) -> dict[str, Any]:
    if "sim_id" in ctx.params:
        return ctx.state.sim(str(ctx.params["sim_id"]))
    return ctx.state.sim_by_imsi(str(ctx.params["imsi"]))


def _series(ctx: RequestContext, sim: dict[str, Any]) -> list[tuple[int, Counts]]:
    period, low, high, now = _window(ctx, aggregate=False)
    traffic = Traffic(ctx.state, sim["simId"], now)
    if period == "minutes":
        first = low - low % BUCKET_S
        return list(traffic.buckets(first, high - high % BUCKET_S + BUCKET_S))
    out = []
    for start, end in periods(period, low, high):
        counts = traffic.total(start, end)
        if counts != _ZERO:
            out.append((start, counts))
    return out


def _date(t: int) -> str:
    return time.strftime("%Y%m%d%H%M", time.gmtime(t))


def air_stats(ctx: RequestContext) -> Result:
    sim = _sim_of(ctx)
    points = [
        {
            "unixtime": t,
            "date": _date(t),
            "dataTrafficStatsMap": {sim["speedClass"]: dict(zip(_COUNTERS, counts, strict=True))},
        }
        for t, counts in _series(ctx, sim)
    ]
    return Result(ctx.op.success.status, points)


def _configured(state: EmulatorState, sim: dict[str, Any], namespace: str) -> bool:
    group = state.groups.get(sim.get("groupId") or "") or {}
    return bool((group.get("configuration") or {}).get(namespace))


def _service_stats(service: str) -> Callable[[RequestContext], Result]:
    namespace, key, names = _SERVICES[service]

    def serve(ctx: RequestContext) -> Result:
        sim = _sim_of(ctx)
        series = _series(ctx, sim) if _configured(ctx.state, sim, namespace) else []
        points = []
        for t, counts in series:
            requests = counts[1] // _PACKETS_PER_REQUEST
            if requests:
                split = {name: {"count": requests // len(names)} for name in names}
                first = names[0]
                split[first]["count"] += requests % len(names)
                point: dict[str, Any] = {"unixtime": t, key: split}
                if service == "beam":
                    point["date"] = _date(t)
                points.append(point)
        return Result(ctx.op.success.status, points)

    return serve


# -- aggregates --------------------------------------------------------------------------------


def aggregate(
    state: EmulatorState, sims: Iterable[dict[str, Any]], period: str, low: int, high: int, now: int
) -> list[dict[str, int]]:
    """`AirAggregatedStatsResponse` points: the sums over `sims`, by `period`."""
    spans = periods(period, low, high)
    sums = [_ZERO] * len(spans)
    for sim in sims:
        traffic = Traffic(state, sim["simId"], now)
        for i, (start, end) in enumerate(spans):
            sums[i] = _add(sums[i], traffic.total(start, end))
    return [
        {"unixtime": start, "uploadByteSizeTotal": s[0], "downloadByteSizeTotal": s[2]}
        for (start, _), s in zip(spans, sums, strict=True)
        if s != _ZERO
    ]


def air_stats_of_operator(ctx: RequestContext) -> Result:
    if ctx.params.get("operator_id") != ctx.state.operator_id:
        raise ApiError(ctx.op.fallback_status(403, 400), "COM0009", detail="not your operator ID")
    period, low, high, now = _window(ctx, aggregate=True)
    sims = [ctx.state.sims[k] for k in ctx.state.sim_order]
    return Result(ctx.op.success.status, aggregate(ctx.state, sims, period, low, high, now))


def air_stats_of_group(ctx: RequestContext) -> Result:
    group_id = str(ctx.params["group_id"])
    ctx.state.group(group_id)
    period, low, high, now = _window(ctx, aggregate=True)
    sims = list(ctx.state.sims_in_group(group_id))
    return Result(ctx.op.success.status, aggregate(ctx.state, sims, period, low, high, now))


# -- session events ----------------------------------------------------------------------------


def session_events(state: EmulatorState, sim: dict[str, Any]) -> list[dict[str, Any]]:
    """The SIM's session events, oldest first (see the module docstring)."""
    imsi = state.primary_imsi(sim)
    subscriber = sim["profiles"][sim["activeProfileId"]]["subscribers"][imsi]
    events: list[dict[str, Any]] = []
    for start, end in activity(state, sim["simId"]).spans:
        session = hashlib.sha256(
            f"{state.seed}:session:{sim['simId']}:{start}".encode()
        ).hexdigest()
        base = {
            "imsi": imsi,
            "simId": sim["simId"],
            "operatorId": sim["operatorId"],
            "subscription": subscriber["subscription"],
            "apn": "soracom.io",
            "sessionId": f"{session[:8]}-{session[8:12]}-{session[12:16]}-{session[16:20]}-"
            f"{session[20:32]}",
            "ueIpAddress": sim["sessionStatus"].get("ueIpAddress") or "10.0.0.1",
            "dns0": "100.127.0.53",
            "dns1": "100.127.1.53",
        }
        for kind, at in (("Created", start), ("Deleted", end)):
            if at is not None:
                when = at * 1000
                stamp = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(at))
                events.append({**base, "event": kind, "time": when, "createdTime": stamp})
    return events


def list_session_events(ctx: RequestContext) -> Result:
    sim = _sim_of(ctx)
    low, high = ctx.params.get("from"), ctx.params.get("to")
    if low is not None and high is not None and int(low) > int(high):
        raise _bad("from", f"from ({low}) is after to ({high})")
    events = [
        e
        for e in session_events(ctx.state, sim)
        if (low is None or e["time"] >= int(low)) and (high is None or e["time"] <= int(high))
    ]
    events.reverse()  # newest first
    by_key = {f"{e['time']:015d}": e for e in events}
    keys = list(by_key)
    limit = page_size(ctx.op, ctx.params.get("limit"), ctx.services.page_size)
    after = ctx.params.get("last_evaluated_key")
    after = f"{int(after):015d}" if after is not None and str(after).isdigit() else after
    pg = page(keys, after, limit, ascending=False)
    next_key = str(int(pg.next_key)) if pg.next_key is not None else None
    headers = next_headers(ctx.path, ctx.query, "last_evaluated_key", next_key)
    return Result(ctx.op.success.status, [by_key[k] for k in keys[pg.start : pg.end]], headers)


HANDLED: dict[str, Callable[[RequestContext], Result]] = {
    "getAirStats": air_stats,
    "getAirStatsOfSim": air_stats,
    "getAirStatsOfOperator": air_stats_of_operator,
    "getAirStatsOfGroup": air_stats_of_group,
    "getBeamStats": _service_stats("beam"),
    "getFunnelStats": _service_stats("funnel"),
    "getFunkStats": _service_stats("funk"),
    "getHarvestStats": _service_stats("harvest"),
    "listSessionEvents": list_session_events,
    "listSimSessionEvents": list_session_events,
}
"""The operations this module answers. Registered by orders.py before the sandbox module is
imported (its inserted stats fall back to these), so this module imports no handler table
and can be imported first."""
