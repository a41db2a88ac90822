"""API audit logs (`getApiAuditLogs`) from the calls the emulator itself answered.

The real platform logs every API call of an operator; the emulator sees every call, so it
keeps the same log per operator: the core calls `record()` once a call is answered (the
audit query itself included, after its own answer). An entry carries the document's
`APIAuditLogEntry` fields plus `statusCode`, which the document's example shows:

* `apiKind`: `/v1/<first path segment>` (the document's example: `/v1/bills`; the filter's
  example: `/v1/auth`), `requestPath`: the path without the query;
* `requestedTimeEpochMs`: the emulator clock in ms, strictly increasing per operator so that
  it can be the page key (`last_evaluated_key`, as the document says);
* `userName`: the SAM user, absent for the root user ("empty" in the document);
* `remoteIpAddress`, `operatorId`.

`/auth` is logged for the operator it signed in. The query answers newest first, filtered by
`api_kind`, `from_epoch_ms` and `to_epoch_ms` (inclusive, ms), `limit` entries a page. The log
is capped (`MAX_ENTRIES`, oldest dropped) so a week-long run does not grow without bound.
"""

from __future__ import annotations

import weakref
from collections import deque
from typing import Any

from .context import RequestContext, Result
from .errors import ApiError
from .handlers import HANDLERS, handler
from .pagination import next_headers, page_size
from .state import EmulatorState

MAX_ENTRIES = 100_000

_LOGS: weakref.WeakKeyDictionary[EmulatorState, deque[dict[str, Any]]] = weakref.WeakKeyDictionary()


def entries(state: EmulatorState) -> list[dict[str, Any]]:
    """The operator's audit log, oldest first (a copy; for tests)."""
    with state.lock:
        return list(_LOGS.get(state, ()))


def record(
    state: EmulatorState,
    *,
    path: str,
    status: int,
    client_ip: str,
    user_name: str | None,
) -> None:
    """Log one answered call of `state`'s operator."""
    segment = path.split("?", 1)[0].removeprefix("/v1/").split("/", 1)[0]
    with state.lock:
        log = _LOGS.get(state)
        if log is None:
            log = _LOGS[state] = deque(maxlen=MAX_ENTRIES)
        now = state.clock.now_ms()
        if log and now <= log[-1]["requestedTimeEpochMs"]:
            now = log[-1]["requestedTimeEpochMs"] + 1
        entry: dict[str, Any] = {
            "apiKind": f"/v1/{segment}",
            "operatorId": state.operator_id,
            "remoteIpAddress": client_ip,
            "requestPath": path.split("?", 1)[0],
            "requestedTimeEpochMs": now,
            "statusCode": status,
        }
        if user_name:
            entry["userName"] = user_name
        log.append(entry)


def _bad(name: str, detail: str) -> ApiError:
    return ApiError(400, "COM0001", param=name, detail=detail)


def _ms(ctx: RequestContext, name: str) -> int | None:
    value = ctx.params.get(name)
    if value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _bad(name, f"{name} must be unixtime in milliseconds") from None


@handler("getApiAuditLogs")
def get_api_audit_logs(ctx: RequestContext) -> Result:
    low, high = _ms(ctx, "from_epoch_ms"), _ms(ctx, "to_epoch_ms")
    if low is not None and high is not None and low > high:
        raise _bad("from_epoch_ms", f"from_epoch_ms ({low}) is after to_epoch_ms ({high})")
    after = _ms(ctx, "last_evaluated_key")
    kind = ctx.params.get("api_kind")
    limit = page_size(ctx.op, ctx.params.get("limit"), ctx.services.page_size)
    found: list[dict[str, Any]] = []
    more = False
    for entry in reversed(_LOGS.get(ctx.state, ())):  # newest first
        at = entry["requestedTimeEpochMs"]
        if (after is not None and at >= after) or (high is not None and at > high):
            continue
        if low is not None and at < low:
            break
        if kind is not None and entry["apiKind"] != kind:
            continue
        if len(found) == limit:
            more = True
            break
        found.append(dict(entry))
    key = str(found[-1]["requestedTimeEpochMs"]) if more else None
    headers = next_headers(ctx.path, ctx.query, "last_evaluated_key", key)
    return Result(ctx.op.success.status, found, headers)


REGISTERED: tuple[str, ...] = tuple(
    op for op, fn in HANDLERS.items() if getattr(fn, "__module__", "") == __name__
)
"""The operations this module answers (imported by core.py, which registers them)."""
