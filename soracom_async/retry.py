"""When to retry, and how long to wait: the retry policy as data, executed by tenacity.

The rules, in one function (`RetryPolicy.is_retryable`):
- 429 always: the API rejected the request, so replaying it is safe.
- 5xx, timeouts and dropped connections only for idempotent methods (GET, HEAD, PUT, DELETE).
- A connect failure (nothing was sent) for every method.
- A non-idempotent request whose connection dropped after sending is *not* replayed unless
  `retry_unknown_outcome=True`: the error says the outcome is unknown.
Waits are exponential with full jitter, never earlier than the server's own hint
(`x-soracom-ratelimit-seconds-before-refresh` or `Retry-After`).
"""

from __future__ import annotations

import random
from collections.abc import Mapping

import anyio
import attrs
import tenacity

from .errors import (
    MalformedResponseError,
    RateLimitError,
    ServerError,
    SoracomApiError,
    SoracomConnectionError,
)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _at_least_one(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be >= 1, got {value!r}")


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How the client retries; pass one to `SoracomClient(retry=...)` or `op.with_options(...)`."""

    max_attempts: int = attrs.field(default=6, validator=_at_least_one)
    """Attempts in all, the first included (1 disables retries)."""
    backoff_base: float = attrs.field(default=0.5, validator=_positive)
    """Seconds; the cap of attempt n's random wait is backoff_base * 2**(n-1)."""
    backoff_max: float = attrs.field(default=30.0, validator=_positive)
    retry_statuses: frozenset[int] = frozenset({500, 502, 503, 504})
    """Statuses retried for idempotent methods (429 is governed by `retry_rate_limited`)."""
    retry_rate_limited: bool = True
    retry_unknown_outcome: bool = False
    """Replay non-idempotent requests whose connection dropped after sending (may duplicate)."""
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS

    def is_retryable(self, error: BaseException, method: str) -> bool:
        """The one place that decides whether a failed attempt is tried again."""
        idempotent = method in self.idempotent_methods
        if isinstance(error, RateLimitError):
            return self.retry_rate_limited
        if isinstance(error, ServerError):
            return idempotent and error.status_code in self.retry_statuses
        if isinstance(error, SoracomConnectionError):
            return not error.request_sent or idempotent or self.retry_unknown_outcome
        if isinstance(error, MalformedResponseError):
            return idempotent
        return False

    def backoff(self, attempt: int) -> float:
        """Full-jitter exponential wait after failed attempt number `attempt` (1-based)."""
        cap = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return random.uniform(0, cap)  # noqa: S311 (jitter, not cryptography)

    def wait(self, attempt: int, error: BaseException) -> float:
        """Seconds to wait before the next attempt: jittered backoff, never before the hint."""
        hint = server_hint(error.headers) if isinstance(error, SoracomApiError) else None
        delay = self.backoff(attempt)
        if hint is not None:
            # Spread the herd over a short slice after the refresh instead of all at once.
            delay = max(delay, hint + random.uniform(0, min(1.0, self.backoff_base)))  # noqa: S311
        return min(delay, max(self.backoff_max, hint or 0.0))

    def retrying(self, method: str, *, replayable: bool = True) -> tenacity.AsyncRetrying:
        """A tenacity controller applying this policy to one call."""

        def retry(state: tenacity.RetryCallState) -> bool:
            outcome = state.outcome
            if outcome is None or not outcome.failed or not replayable:
                return False
            error = outcome.exception()
            return error is not None and self.is_retryable(error, method)

        def wait(state: tenacity.RetryCallState) -> float:
            outcome = state.outcome
            assert outcome is not None
            error = outcome.exception()
            assert error is not None
            return self.wait(state.attempt_number, error)

        return tenacity.AsyncRetrying(
            stop=tenacity.stop_after_attempt(self.max_attempts),
            wait=wait,
            retry=retry,
            sleep=anyio.sleep,
            reraise=True,
        )


NO_RETRY = RetryPolicy(max_attempts=1)


def server_hint(headers: Mapping[str, str]) -> float | None:
    """Seconds the server asked us to wait, from its rate-limit or Retry-After header."""
    for name in ("x-soracom-ratelimit-seconds-before-refresh", "retry-after"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            continue
        if seconds >= 0:
            return seconds
    return None
