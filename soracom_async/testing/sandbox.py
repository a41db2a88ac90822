"""Handlers of the API Sandbox's own operations, so the emulator is a sandbox-capable endpoint.

The emulator serves the main API and the sandbox document's eight operations (its spec merges
both). What they do here, on the emulator's state as it is:

- `sandboxInitializeOperator` checks the production AuthKey (`authKeyId`/`authKey`) against the
  emulator's auth keys, then creates a new operator, as the sandbox does: its own ID, the
  email and password sent, no SIMs, groups, auth keys or SAM users yet; and answers a token
  pair for it (201).
- `sandboxCreateSubscriber` creates a SIM (status `ready`): it shows up in listSims,
  listSubscribers, getSubscriber and the rest of the SIM operations.
- `sandboxInsertAirStats` / `sandboxInsertBeamStats` store the data of one subscriber and one
  timestamp (a second insert at the same timestamp is a 400, as documented); getAirStats,
  getAirStatsOfSim and getBeamStats answer them, summed per day or month for those periods.
  For a subscriber without inserted data they answer as they did before (the handler they
  replace is called).
- `sandboxShipOrder` and `sandboxCreateCoupon` check their input and answer as documented;
  the emulator keeps no orders or coupons, so nothing else shows them.
- `sandboxGetSignupToken` checks the production AuthKey and answers a token.
- `sandboxDeleteOperator` (only of the caller's operator) revokes the operator's tokens and
  removes the operator (the emulator's first operator stays).

The sandbox's records live beside the emulator's state (`SandboxRecords`, one per state), so
the state module needs nothing of the sandbox.
"""

from __future__ import annotations

import calendar
import secrets
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .auth import TOKEN_TTL_DEFAULT
from .context import RequestContext, Result
from .errors import ApiError
from .handlers import HANDLERS, Handler, handler
from .responses import synthesized
from .state import EmulatorState


@dataclass
class SandboxRecords:
    """What the sandbox operations add to one emulator's state."""

    air: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    """IMSI -> unixtime (seconds) -> dataTrafficStatsMap."""
    beam: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    """IMSI -> unixtime (seconds) -> beamStatsMap."""
    shipped: list[str] = field(default_factory=list)
    coupons: list[dict[str, Any]] = field(default_factory=list)


_RECORDS: weakref.WeakKeyDictionary[EmulatorState, SandboxRecords] = weakref.WeakKeyDictionary()


def records(state: EmulatorState) -> SandboxRecords:
    """The sandbox records of `state` (created on first use)."""
    found = _RECORDS.get(state)
    if found is None:
        found = _RECORDS[state] = SandboxRecords()
    return found


def _ok(ctx: RequestContext, body: Any = None) -> Result:
    return Result(ctx.op.success.status, body)


def _bad(detail: str, name: str = "body") -> ApiError:
    return ApiError(400, "COM0001", name=name, detail=detail)


def _check_production_key(ctx: RequestContext, body: dict[str, Any]) -> None:
    """The sandbox checks the caller holds a production account: here, the emulator's keys."""
    key = ctx.state.account.auth_keys.get(str(body.get("authKeyId")))
    if key is None or key.auth_key != body.get("authKey"):
        raise _bad("authKeyId or authKey is not correct", "body.authKey")


@handler("sandboxInitializeOperator")
def initialize_operator(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body or {}
    _check_production_key(ctx, body)
    email, password = body.get("email"), body.get("password")
    if not isinstance(email, str) or "@" not in email:
        raise _bad("not an email address", "body.email")
    if not isinstance(password, str) or not password:
        raise _bad("empty", "body.password")
    # A new operator, as the sandbox makes one: no SIMs, groups, keys or SAM users of its own.
    state = ctx.services.operators.add(fleet=False)
    state.account.auth_keys.clear()
    state.account.sam_users.clear()
    state.account.email, state.account.password = email, password
    record = ctx.services.tokens.issue(state.operator_id, None, TOKEN_TTL_DEFAULT)
    return _ok(
        ctx, {"apiKey": record.api_key, "token": record.token, "operatorId": state.operator_id}
    )


@handler("sandboxGetSignupToken")
def get_signup_token(ctx: RequestContext) -> Result:
    _check_production_key(ctx, ctx.body or {})
    return _ok(ctx, {"token": secrets.token_urlsafe(24)})


@handler("sandboxDeleteOperator")
def delete_operator(ctx: RequestContext) -> Result:
    if ctx.params.get("operator_id") != ctx.state.operator_id:
        raise _bad("operator does not exist", "operator_id")
    ctx.services.tokens.revoke_all(ctx.state.operator_id)
    operators = ctx.services.operators
    if ctx.state is not operators.primary:
        operators.remove(ctx.state.operator_id)
    return _ok(ctx)


@handler("sandboxCreateSubscriber")
def create_subscriber(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body or {}
    sim = ctx.state.create_sim("standard", str(body.get("subscription") or "plan01s"))
    view = ctx.state.subscriber_view(sim)
    answer = {
        key: view[key]
        for key in (
            "apn",
            "createdAt",
            "imsi",
            "lastModifiedAt",
            "msisdn",
            "operatorId",
            "serialNumber",
            "speedClass",
            "status",
            "subscription",
            "tags",
        )
        if view.get(key) is not None
    }
    answer["registrationSecret"] = secrets.token_hex(8)
    return _ok(ctx, answer)


def _insert(ctx: RequestContext, store: dict[str, dict[int, dict[str, Any]]], key: str) -> Result:
    imsi = str(ctx.params.get("imsi"))
    if imsi not in ctx.state.imsi_to_sim:
        raise _bad(f"no subscriber {imsi}", "imsi")
    body: dict[str, Any] = ctx.body or {}
    unixtime, data = body.get("unixtime"), body.get(key)
    if not isinstance(unixtime, int) or isinstance(unixtime, bool):
        raise _bad("a UNIX time in seconds is required", "body.unixtime")
    if not isinstance(data, dict):
        raise _bad("an object is required", f"body.{key}")
    series = store.setdefault(imsi, {})
    if unixtime in series:
        raise _bad("data with the same timestamp already exists", "body.unixtime")
    series[unixtime] = data
    return _ok(ctx)


@handler("sandboxInsertAirStats")
def insert_air_stats(ctx: RequestContext) -> Result:
    return _insert(ctx, records(ctx.state).air, "dataTrafficStatsMap")


@handler("sandboxInsertBeamStats")
def insert_beam_stats(ctx: RequestContext) -> Result:
    return _insert(ctx, records(ctx.state).beam, "beamStatsMap")


@handler("sandboxShipOrder")
def ship_order(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body or {}
    if body.get("operatorId") != ctx.state.operator_id:
        raise _bad("order does not exist", "body.operatorId")
    records(ctx.state).shipped.append(str(body.get("orderId")))
    return _ok(ctx)


@handler("sandboxCreateCoupon")
def create_coupon(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body or {}
    amount = body.get("amount", 1000)
    now = time.gmtime(ctx.services.clock.now())
    coupon = {
        "amount": amount,
        "balance": amount,
        "billItemName": body.get("applicableBillItemName", "dailyDataTrafficChargeTotal"),
        "couponCode": f"COUPON{secrets.token_hex(6).upper()}",
        "expiryYearMonth": body.get("expiryYearMonth") or f"{now.tm_year + 1}{now.tm_mon:02d}",
    }
    records(ctx.state).coupons.append(coupon)
    return _ok(ctx, coupon)


# -- the stats operations answer what was inserted ---------------------------------------------


def _bucket(unixtime: int, period: str) -> int:
    if period == "minutes":
        return unixtime
    day = time.gmtime(unixtime)
    if period == "day":
        return calendar.timegm((day.tm_year, day.tm_mon, day.tm_mday, 0, 0, 0))
    return calendar.timegm((day.tm_year, day.tm_mon, 1, 0, 0, 0))


def _sum(into: dict[str, Any], data: dict[str, Any]) -> None:
    """Add the counters of `data` (one level of named maps of integers) into `into`."""
    for name, counters in data.items():
        if not isinstance(counters, dict):
            continue
        total = into.setdefault(name, {})
        for counter, value in counters.items():
            if isinstance(value, int):
                total[counter] = total.get(counter, 0) + value


def _series(ctx: RequestContext, series: dict[int, dict[str, Any]], key: str) -> Result:
    low, high = int(ctx.params["from"]), int(ctx.params["to"])
    period = str(ctx.params.get("period", "minutes"))
    buckets: dict[int, dict[str, Any]] = {}
    for unixtime in sorted(series):
        if low <= unixtime <= high:
            _sum(buckets.setdefault(_bucket(unixtime, period), {}), series[unixtime])
    return _ok(ctx, [{"unixtime": t, key: data} for t, data in sorted(buckets.items())])


def _serving_inserted(
    operation_id: str,
    store: str,
    key: str,
    imsi_of: Callable[[RequestContext], str | None] | None = None,
) -> None:
    """Register a handler of `operation_id` that answers inserted stats when the subscriber
    has some, and hands over to the handler it replaces (or the synthesized answer) when not."""
    before: Handler = HANDLERS.get(operation_id, synthesized)

    def serve(ctx: RequestContext) -> Result:
        imsi = imsi_of(ctx) if imsi_of is not None else str(ctx.params.get("imsi"))
        series = getattr(records(ctx.state), store).get(imsi)
        if not series:
            return before(ctx)
        return _series(ctx, series, key)

    HANDLERS[operation_id] = serve


def _imsi_of_sim(ctx: RequestContext) -> str | None:
    sim = ctx.state.sims.get(str(ctx.params.get("sim_id")))
    return None if sim is None else ctx.state.primary_imsi(sim)


_serving_inserted("getAirStats", "air", "dataTrafficStatsMap")
_serving_inserted("getAirStatsOfSim", "air", "dataTrafficStatsMap", _imsi_of_sim)
_serving_inserted("getBeamStats", "beam", "beamStatsMap")

_STATS = ("getAirStats", "getAirStatsOfSim", "getBeamStats")
REGISTERED = (*sorted(op for op in HANDLERS if op.startswith("sandbox")), *_STATS)
"""The operations this module handles (importing it registers them)."""
