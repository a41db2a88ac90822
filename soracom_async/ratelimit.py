"""Client-side pacing per rate-limit group, learnt from `x-soracom-ratelimit-*` headers.

Soracom budgets requests per API group (the operation's tag) per window and reports the
budget on every response. The scheduler keeps, per group, what the last response said and
makes callers wait for the refresh once the window's budget is spent, instead of firing
requests that can only come back 429.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

import anyio
import attrs

LIMIT = "x-soracom-ratelimit-limit"
REMAINING = "x-soracom-ratelimit-remaining"
REFRESH = "x-soracom-ratelimit-seconds-before-refresh"


@attrs.define
class _GroupState:
    limit: int | None = None
    remaining: int | None = None
    refresh_at: float = 0.0


class RateLimitScheduler:
    """Per-group budget tracking. `acquire` before sending, `observe` every response."""

    def __init__(self, *, clock: object = None) -> None:
        self._groups: dict[str, _GroupState] = {}

    async def acquire(self, group: str) -> None:
        state = self._groups.get(group)
        if state is None or state.remaining is None or state.remaining > 0:
            if state is not None and state.remaining is not None:
                state.remaining -= 1
            return
        delay = state.refresh_at - time.monotonic()
        if delay > 0:
            await anyio.sleep(delay)
        state.remaining = None

    def observe(self, group: str, status: int, headers: Mapping[str, str]) -> None:
        raw_limit = headers.get(LIMIT)
        raw_remaining = headers.get(REMAINING)
        raw_refresh = headers.get(REFRESH)
        if raw_remaining is None or raw_refresh is None:
            return
        try:
            remaining = int(raw_remaining)
            refresh = float(raw_refresh)
            limit = int(raw_limit) if raw_limit is not None else None
        except ValueError:
            return
        state = self._groups.setdefault(group, _GroupState())
        state.limit = limit
        state.remaining = remaining
        state.refresh_at = time.monotonic() + refresh
