"""When to retry, and how long to wait: the retry policy as data, executed by tenacity.

The rules, in one function (`RetryPolicy.is_retryable`):
- 429 always: the API rejected the request, so replaying it is safe.
- 5xx, timeouts and dropped connections only for idempotent methods (GET, HEAD, PUT, DELETE).
- A connect failure (nothing was sent) for every method; a `PoolTimeoutError` never (it is the
  caller's own bound on waiting).
- A non-idempotent request whose connection dropped after sending is *not* replayed unless
  `retry_unknown_outcome=True`: the error says the outcome is unknown.
Waits are exponential with full jitter, never earlier than the server's own hint
(`x-soracom-ratelimit-seconds-before-refresh` or `Retry-After`, read and clamped by
ratelimit.py's one parser: no hint makes a call wait longer than one documented window).
Retries are paid from a per-client retry budget (`RetryBudget`, botocore's retry quota): when a
server keeps failing, the bucket empties and errors surface at once instead of multiplying load.
This is the only retry layer: the transports underneath never retry (see transport.py).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import anyio
import attrs

from .errors import (
    MalformedResponseError,
    PoolTimeoutError,
    RateLimitError,
    ServerError,
    SoracomApiError,
    SoracomConnectionError,
    SoracomTimeoutError,
)
from .ratelimit import server_hint

T = TypeVar("T")

if TYPE_CHECKING:  # imported when a call first needs a retry, not at import
    import tenacity

logger = logging.getLogger("soracom_async.retry")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _whole(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _whole_or_none(instance: object, attribute: Any, value: Any) -> None:
    if value is not None:
        _whole(instance, attribute, value)


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
    retry_budget: int | None = attrs.field(default=500, validator=_whole_or_none)
    """Capacity of the client's retry budget (botocore's retry quota); None: unlimited.

    Each retry spends tokens, each call that succeeds at once earns one back (a call that
    succeeds after retries returns what it spent). When the bucket cannot pay for a retry, the
    error is raised at once: a struggling server is not stormed. Only the client's policy sets
    the capacity; a per-call policy's costs are charged to the same bucket."""
    retry_cost: int = attrs.field(default=5, validator=_whole)
    """Tokens a retry after a 5xx, malformed answer or failed connect costs."""
    timeout_retry_cost: int = attrs.field(default=10, validator=_whole)
    """Tokens a retry after a timeout or a dropped connection costs."""
    rate_limited_retry_cost: int = attrs.field(default=1, validator=_whole)
    """Tokens a retry after a 429 costs: the server said when to come back, so it is cheap;
    without client-side pacing, a 429 storm still drains the budget."""

    def is_retryable(self, error: BaseException, method: str) -> bool:
        """The one place that decides whether a failed attempt is tried again."""
        idempotent = method in self.idempotent_methods
        if isinstance(error, RateLimitError):
            return self.retry_rate_limited
        if isinstance(error, ServerError):
            return idempotent and error.status_code in self.retry_statuses
        if isinstance(error, PoolTimeoutError):
            return False  # the caller's own bound on waiting for a connection
        if isinstance(error, SoracomConnectionError):
            return not error.request_sent or idempotent or self.retry_unknown_outcome
        if isinstance(error, MalformedResponseError):
            return idempotent
        return False

    def cost(self, error: BaseException) -> int:
        """Retry-budget tokens a retry after `error` costs."""
        if isinstance(error, RateLimitError):
            return self.rate_limited_retry_cost
        if isinstance(error, SoracomConnectionError) and (
            error.request_sent or isinstance(error, SoracomTimeoutError)
        ):
            return self.timeout_retry_cost
        return self.retry_cost

    def backoff(self, attempt: int) -> float:
        """Full-jitter exponential wait after failed attempt number `attempt` (1-based)."""
        cap = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
        return random.uniform(0, cap)  # noqa: S311 (jitter, not cryptography)

    def wait(self, attempt: int, error: BaseException, refresh_in: float | None = None) -> float:
        """Seconds to wait before the next attempt: jittered backoff, never before the hint.

        `refresh_in` is the rate-limit scheduler's estimate of the window's refresh (the
        tightest bound consistent with every `seconds-before-refresh` it saw); without it, the
        answer's own `seconds-before-refresh` or `Retry-After` is used, plus a little jitter so
        that the callers refused together do not return together.
        """
        delay = self.backoff(attempt)
        hint: float | None = None
        rate_limited = isinstance(error, RateLimitError)
        if rate_limited and refresh_in is not None:
            hint = refresh_in
        elif isinstance(error, SoracomApiError):
            # Every answer carries the window's refresh; only a 429 is told to wait for it.
            hint = server_hint(error.headers, rate_limited=rate_limited)
            if hint is not None:
                hint += random.uniform(0, min(1.0, self.backoff_base))  # noqa: S311
        if hint is None:
            return delay
        # The server's word wins over backoff_max: coming back earlier is pointless.
        return max(delay, hint)

    def retrying(
        self,
        method: str,
        *,
        spend: Callable[[int], bool] | None = None,
        refresh_in: Callable[[], float | None] | None = None,
        before_sleep: Callable[[BaseException, int, float], None] | None = None,
    ) -> tenacity.AsyncRetrying:
        """A tenacity controller applying this policy to one call.

        `spend(cost)` asks the client's retry budget for a retry; `refresh_in()` is the rate-limit
        scheduler's hint; `before_sleep(error, attempt, seconds)` is told of each retry.
        """
        import tenacity

        def retry(state: tenacity.RetryCallState) -> bool:
            outcome = state.outcome
            if outcome is None or not outcome.failed:
                return False
            error = outcome.exception()
            return error is not None and self.is_retryable(error, method)

        def wait(state: tenacity.RetryCallState) -> float:
            error = _error(state)
            hint = (
                refresh_in()
                if refresh_in is not None and isinstance(error, RateLimitError)
                else None
            )
            return self.wait(state.attempt_number, error, hint)

        def stop(state: tenacity.RetryCallState) -> bool:
            if state.attempt_number >= self.max_attempts:
                return True
            if spend is None or spend(self.cost(_error(state))):
                return False
            logger.info(
                "retry budget exhausted: not retrying %s after %s",
                method,
                type(_error(state)).__name__,
            )
            return True

        def sleeping(state: tenacity.RetryCallState) -> None:
            if before_sleep is not None:
                before_sleep(_error(state), state.attempt_number, state.upcoming_sleep)

        return tenacity.AsyncRetrying(
            stop=stop,
            wait=wait,
            retry=retry,
            before_sleep=sleeping,
            sleep=anyio.sleep,
            reraise=True,
        )

    async def retry_after(
        self,
        method: str,
        first_error: Exception,
        attempt: Callable[[int], Awaitable[T]],
        *,
        permanent: Callable[[Exception], bool],
        spend: Callable[[int], bool] | None = None,
        refresh_in: Callable[[], float | None] | None = None,
        before_sleep: Callable[[BaseException, int, float], None] | None = None,
    ) -> T:
        """Attempts 2.. of a call whose first attempt failed with `first_error`.

        The first attempt runs without tenacity (most calls need nothing more, and it is
        not imported until one fails); its failure seeds tenacity's state, so tenacity
        decides from there, as for any attempt: retry or not, the wait, the stop (attempts,
        retry budget), and sleeps. `attempt(n)` makes attempt n; an error `permanent()` calls
        final is raised at once, whatever the policy says.
        """
        import tenacity

        retrying = self.retrying(
            method, spend=spend, refresh_in=refresh_in, before_sleep=before_sleep
        )
        retrying.begin()
        state = tenacity.RetryCallState(retrying, fn=None, args=(), kwargs={})
        state.set_exception((type(first_error), first_error, first_error.__traceback__))
        while True:
            action = await retrying.iter(retry_state=state)
            if isinstance(action, tenacity.DoSleep):
                state.prepare_for_next_attempt()
                await anyio.sleep(action)
                continue
            if not isinstance(action, tenacity.DoAttempt):
                return cast("T", action)  # the outcome of a successful attempt
            try:
                result = await attempt(state.attempt_number)
            except Exception as exc:
                if permanent(exc):
                    raise
                state.set_exception((type(exc), exc, exc.__traceback__))
            else:
                state.set_result(result)


class RetryBudget:
    """The client's retry budget: a token bucket that retries spend and successes refill."""

    __slots__ = ("_tokens", "capacity")

    def __init__(self, capacity: int | None) -> None:
        self.capacity = capacity
        self._tokens = capacity or 0

    @property
    def available(self) -> int | None:
        """Tokens left (None: unlimited)."""
        return None if self.capacity is None else self._tokens

    def spend(self, cost: int) -> bool:
        """Take `cost` tokens for a retry; False (and nothing taken) if there are too few."""
        if self.capacity is None:
            return True
        if cost > self._tokens:
            return False
        self._tokens -= cost
        return True

    def earn(self, amount: int = 1) -> None:
        """A call succeeded: return `amount` tokens (1 after no retry, else what it spent)."""
        if self.capacity is not None and self._tokens < self.capacity:
            self._tokens = min(self.capacity, self._tokens + amount)


def _error(state: tenacity.RetryCallState) -> BaseException:
    outcome = state.outcome
    assert outcome is not None
    error = outcome.exception()
    assert error is not None
    return error


NO_RETRY = RetryPolicy(max_attempts=1)
