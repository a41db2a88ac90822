"""Per-API-group rate limits with fixed windows on the emulator clock.

Each operation belongs to the group named by its first tag. A bucket is (group, caller): the
caller is the operator for authenticated operations and the client IP address for the ones the
usage guide limits per IP (auth, password reset, MFA revoking, email verification). A bucket's
window opens at its first request and refreshes `window_seconds` later.

Default: 1,000,000 requests per 60 s per group, i.e. effectively unlimited for functional tests
and benchmarks while the headers still count down realistically. Tighten it with the
constructor (`rate_limit=`, `rate_limits=`) or at runtime with `set_limit`. Every operator has
its own buckets (the caller `op:<operatorId>`), so one operator spending its budget leaves the
others' untouched; `set_limit(..., caller="op:<operatorId>")` gives one operator (or one IP
address, `ip:<address>`) a budget of its own.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from .clock import Clock

DEFAULT_LIMIT = 1_000_000
DEFAULT_WINDOW_SECONDS = 60.0
DEFAULT_KEY = "default"


@dataclass(frozen=True)
class RateLimitPolicy:
    limit: int
    window_seconds: float = DEFAULT_WINDOW_SECONDS


@dataclass(frozen=True)
class RateLimitDecision:
    allowed: bool
    limit: int
    remaining: int
    seconds_before_refresh: int

    def headers(self) -> list[tuple[str, str]]:
        """The three `x-soracom-ratelimit-*` response headers."""
        return [
            ("x-soracom-ratelimit-limit", str(self.limit)),
            ("x-soracom-ratelimit-remaining", str(self.remaining)),
            ("x-soracom-ratelimit-seconds-before-refresh", str(self.seconds_before_refresh)),
        ]


class _Bucket:
    __slots__ = ("count", "started")

    def __init__(self, started: float) -> None:
        self.started = started
        self.count = 0


class RateLimiter:
    """Fixed-window counters per (group, caller). Thread-safe."""

    def __init__(
        self,
        clock: Clock,
        *,
        default: RateLimitPolicy | None = None,
        groups: Mapping[str, RateLimitPolicy] | None = None,
    ) -> None:
        self._clock = clock
        self._default = default or RateLimitPolicy(DEFAULT_LIMIT)
        self._groups: dict[str, RateLimitPolicy] = dict(groups or {})
        self._callers: dict[tuple[str, str], RateLimitPolicy] = {}
        """(caller, group or DEFAULT_KEY) -> that caller's own policy."""
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._lock = threading.Lock()

    def policy(self, group: str, caller: str | None = None) -> RateLimitPolicy:
        if caller is not None and self._callers:
            own = self._callers.get((caller, group)) or self._callers.get((caller, DEFAULT_KEY))
            if own is not None:
                return own
        return self._groups.get(group, self._default)

    def set_limit(
        self,
        group: str | None,
        limit: int,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        *,
        caller: str | None = None,
    ) -> None:
        """Set a group's budget (`None` or "default" for every group without its own), for
        every caller or, with `caller`, for that one alone."""
        if limit < 0 or window_seconds <= 0:
            raise ValueError("limit must be >= 0 and window_seconds > 0")
        policy = RateLimitPolicy(limit, window_seconds)
        with self._lock:
            if caller is not None:
                own = DEFAULT_KEY if group is None else group
                self._callers[(caller, own)] = policy
                for stale in [k for k in self._buckets if k[1] == caller]:
                    if own in (DEFAULT_KEY, stale[0]):
                        del self._buckets[stale]
            elif group is None or group == DEFAULT_KEY:
                self._default = policy
                self._buckets.clear()
            else:
                self._groups[group] = policy
                for key in [k for k in self._buckets if k[0] == group]:
                    del self._buckets[key]

    def reset(self) -> None:
        """Forget all windows (every bucket starts afresh)."""
        with self._lock:
            self._buckets.clear()

    def _bucket(self, key: tuple[str, str], window: float, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None or now >= bucket.started + window:
            bucket = _Bucket(now)
            self._buckets[key] = bucket
        return bucket

    def hit(self, group: str, caller: str, *, consume: bool = True) -> RateLimitDecision:
        """Count one request against (group, caller) and say whether it is allowed."""
        policy = self.policy(group, caller)
        now = self._clock.now()
        with self._lock:
            bucket = self._bucket((group, caller), policy.window_seconds, now)
            allowed = bucket.count < policy.limit
            if allowed and consume:
                bucket.count += 1
            remaining = max(policy.limit - bucket.count, 0)
            refresh = max(math.ceil(bucket.started + policy.window_seconds - now), 0)
        return RateLimitDecision(allowed, policy.limit, remaining, refresh)
