"""Bills derived from the fleet: its SIMs' days by status, and their traffic (traffic.py).

Why: the bill operations answered the document's placeholders, unrelated to the fleet a test
had built. Here a day of a SIM costs `BASIC_ACTIVE` yen when the SIM is active at the day's
start, `BASIC_IDLE` when it is inactive, suspended or standby (ready, terminated and
not-yet-created SIMs cost nothing), plus `PER_MB` yen per megabyte of its traffic that day
(upload and download, the same traffic the stats operations answer). Only days that are over by
the emulator clock are billed. Consistency the operations keep with each other:

- `getBillingPerDay` (`yyyyMM`, newest day first) lists the days of a month; `getBilling`'s
  amount for the month is the sum of those days; `getLatestBilling` is the current month so
  far; `getBillingHistory` lists the closed months (`state: closed`, `paid`) from the
  operator's first month to the last one, newest first, at most the last 18 months.
- `getBillingSummaryOfBillItems` and `getBillingSummaryOfSims` break the current month and the
  three before it down by bill item (basic charge, data traffic charge) and by SIM (top 100).
- A month before the operator existed, or after the current one, is 404; a malformed `yyyyMM`
  is 400.

Closed months are computed once per state and kept (their days cannot change any more).
"""

from __future__ import annotations

import calendar
import hashlib
import time
import weakref
from collections.abc import Iterable, Iterator
from typing import Any

from .context import RequestContext, Result
from .errors import ApiError
from .handlers import handler
from .state import EmulatorState
from .traffic import DAY_S, Traffic, day_total

BASIC_ACTIVE = 10.0
BASIC_IDLE = 6.0
PER_MB = 0.2
HISTORY_MONTHS = 18
_IDLE = frozenset({"inactive", "suspended", "standby"})

# One SIM-month: simId -> (basic, data) per day index.
DayCosts = list[tuple[float, float]]
_CLOSED: weakref.WeakKeyDictionary[EmulatorState, dict[str, dict[str, DayCosts]]] = (
    weakref.WeakKeyDictionary()
)


def _month_bounds(year_month: str) -> tuple[int, int]:
    year, month = int(year_month[:4]), int(year_month[4:])
    start = calendar.timegm((year, month, 1, 0, 0, 0))
    days = calendar.monthrange(year, month)[1]
    return start, start + days * DAY_S


def _year_month(t: float) -> str:
    return time.strftime("%Y%m", time.gmtime(t))


def _months_back(year_month: str, count: int) -> Iterator[str]:
    year, month = int(year_month[:4]), int(year_month[4:])
    for _ in range(count):
        yield f"{year:04d}{month:02d}"
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)


def _sim_days(state: EmulatorState, sim_id: str, start: int, end: int, now: int) -> DayCosts:
    changes = [(int(e["applyDateTimeEpochSec"]), str(e["status"])) for e in state.history[sim_id]]
    traffic = Traffic(state, sim_id, now)
    out: DayCosts = []
    status: str | None = None
    seen = 0
    for day in range(start, min(end, now - now % DAY_S), DAY_S):
        while seen < len(changes) and changes[seen][0] <= day:
            status = changes[seen][1]
            seen += 1
        basic = BASIC_ACTIVE if status == "active" else BASIC_IDLE if status in _IDLE else 0.0
        if traffic.activity.covers(day, day + DAY_S):
            counts = day_total(state.seed, sim_id, day)  # the whole day, at once
        elif traffic.activity.touches(day, day + DAY_S):
            counts = traffic.total(day, day + DAY_S)
        else:
            counts = (0, 0, 0, 0)
        out.append((basic, round((counts[0] + counts[2]) / 1_000_000 * PER_MB, 4)))
    return out


def month_costs(state: EmulatorState, year_month: str, now: int) -> dict[str, DayCosts]:
    """simId -> (basic, data) yen for each billed day of `year_month`."""
    start, end = _month_bounds(year_month)
    closed = end <= now - now % DAY_S
    kept = _CLOSED.setdefault(state, {})
    if closed and year_month in kept:
        return kept[year_month]
    costs = {sim_id: _sim_days(state, sim_id, start, end, now) for sim_id in state.sim_order}
    if closed:
        kept[year_month] = costs
    return costs


def _daily(costs: dict[str, DayCosts]) -> list[float]:
    days = max((len(v) for v in costs.values()), default=0)
    totals = [0.0] * days
    for per_day in costs.values():
        for i, (basic, data) in enumerate(per_day):
            totals[i] += basic + data
    return [round(t, 2) for t in totals]


def _checked_month(ctx: RequestContext) -> str:
    year_month = str(ctx.params["yyyyMM"])
    if len(year_month) != 6 or not year_month.isdigit() or not 1 <= int(year_month[4:]) <= 12:
        raise ApiError(400, "COM0001", name="yyyyMM", detail="a year and month as yyyyMM")
    now = ctx.services.clock.now()
    first = _year_month(ctx.state.account.created_ms / 1000)
    if not first <= year_month <= _year_month(now):
        raise ApiError(404, "SEM0001", resource="Bill", ident=year_month)
    return year_month


def _money(amounts: Iterable[float]) -> float:
    """A sum of money as the document types it (`double`): `0.0`, never the integer `0` that
    an empty month would sum to (a client typing it as an integer must meet a real double)."""
    return float(round(sum(amounts), 2))


def _monthly(ctx: RequestContext, year_month: str) -> dict[str, Any]:
    now = int(ctx.services.clock.now())
    amount = _money(_daily(month_costs(ctx.state, year_month, now)))
    bill: dict[str, Any] = {"yearMonth": year_month, "amount": amount, "currency": "JPY"}
    if year_month < _year_month(now):
        digest = hashlib.sha256(f"{ctx.state.seed}:bill:{year_month}".encode()).hexdigest()
        bill.update(
            state="closed",
            paymentStatus="paid",
            paymentTransactionId=f"{int(digest[:14], 16) % 10**17:017d}_{digest[14:22]}-"
            f"{digest[22:26]}-{digest[26:30]}-{digest[30:34]}-{digest[34:46]}",
        )
    else:
        bill["state"] = "temporary"
    return bill


@handler("getBilling")
def get_billing(ctx: RequestContext) -> Result:
    return Result(ctx.op.success.status, _monthly(ctx, _checked_month(ctx)))


@handler("getBillingPerDay")
def get_billing_per_day(ctx: RequestContext) -> Result:
    year_month = _checked_month(ctx)
    start, _ = _month_bounds(year_month)
    now = int(ctx.services.clock.now())
    days = _daily(month_costs(ctx.state, year_month, now))
    bills = [
        {
            "date": time.strftime("%Y%m%d", time.gmtime(start + i * DAY_S)),
            "amount": amount,
            "currency": "JPY",
        }
        for i, amount in enumerate(days)
    ]
    return Result(ctx.op.success.status, {"billList": bills[::-1]})


@handler("getLatestBilling")
def get_latest_billing(ctx: RequestContext) -> Result:
    now = int(ctx.services.clock.now())
    amount = _money(_daily(month_costs(ctx.state, _year_month(now), now)))
    evaluated = time.strftime("%Y%m%d%H%M%S", time.gmtime(now - now % DAY_S))
    body = {"amount": amount, "currency": "JPY", "lastEvaluatedTime": evaluated}
    return Result(ctx.op.success.status, body)


@handler("getBillingHistory")
def get_billing_history(ctx: RequestContext) -> Result:
    now = ctx.services.clock.now()
    first = _year_month(ctx.state.account.created_ms / 1000)
    last_closed = next(iter(_months_back(_year_month(now), 2)), "")
    months = list(_months_back(_year_month(now), HISTORY_MONTHS + 1))[1:]
    bills = [_monthly(ctx, m) for m in months if m >= first and m <= last_closed]
    return Result(ctx.op.success.status, {"billList": bills})


def _recent_months(ctx: RequestContext) -> list[str]:
    first = _year_month(ctx.state.account.created_ms / 1000)
    return [m for m in _months_back(_year_month(ctx.services.clock.now()), 4) if m >= first]


@handler("getBillingSummaryOfBillItems")
def summary_of_bill_items(ctx: RequestContext) -> Result:
    now = int(ctx.services.clock.now())
    out = []
    for year_month in _recent_months(ctx):
        costs = month_costs(ctx.state, year_month, now).values()
        basic = round(sum(b for days in costs for b, _ in days), 2)
        data = round(sum(d for days in costs for _, d in days), 2)
        items = [
            {"billItemCategory": "Air", "billItemName": "basicCharge", "amount": basic},
            {"billItemCategory": "Air", "billItemName": "dataTrafficCharge", "amount": data},
        ]
        items.sort(key=lambda i: -float(str(i["amount"])))
        out.append(_summary(year_month, now, items))
    return Result(ctx.op.success.status, out)


@handler("getBillingSummaryOfSims")
def summary_of_sims(ctx: RequestContext) -> Result:
    now = int(ctx.services.clock.now())
    out = []
    for year_month in _recent_months(ctx):
        costs = month_costs(ctx.state, year_month, now)
        per_sim = [
            {"simId": sim_id, "amount": round(sum(b + d for b, d in days), 2)}
            for sim_id, days in costs.items()
        ]
        per_sim = [s for s in per_sim if s["amount"]]
        per_sim.sort(key=lambda s: (-float(str(s["amount"])), str(s["simId"])))
        out.append(_summary(year_month, now, per_sim[:100]))
    return Result(ctx.op.success.status, out)


def _summary(year_month: str, now: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "yearMonth": year_month,
        "currency": "JPY",
        "updatedTime": now - now % DAY_S,
        "costBreakdownList": items,
    }


REGISTERED = (
    "getBilling",
    "getBillingHistory",
    "getBillingPerDay",
    "getBillingSummaryOfBillItems",
    "getBillingSummaryOfSims",
    "getLatestBilling",
)
"""The operations this module handles (importing it registers them)."""
