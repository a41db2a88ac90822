"""retry.py: the retry rules, the waits and the retry budget, as data (no HTTP)."""

from __future__ import annotations

import pytest

import soracom_async as sa
from soracom_async.errors import (
    MalformedResponseError,
    RateLimitError,
    ServerError,
    SoracomConnectionError,
    SoracomTimeoutError,
)
from soracom_async.retry import RetryBudget


def test_retry_rules_live_in_one_place() -> None:
    policy = sa.RetryPolicy()
    r429 = RateLimitError(429)
    r503 = ServerError(503)
    unsent = SoracomConnectionError("refused", request_sent=False)
    lost = SoracomConnectionError("dropped", request_sent=True)
    timeout = SoracomTimeoutError("read timeout", request_sent=True)
    malformed = MalformedResponseError(200, operation_id="x", reason="r")
    for method in ("GET", "PUT", "DELETE", "HEAD", "POST"):
        assert policy.is_retryable(r429, method)  # rejected: replay is safe
        assert policy.is_retryable(unsent, method)  # nothing was sent
    for method in ("GET", "PUT", "DELETE", "HEAD"):
        assert policy.is_retryable(r503, method)
        assert policy.is_retryable(lost, method)
        assert policy.is_retryable(timeout, method)
        assert policy.is_retryable(malformed, method)
    assert not policy.is_retryable(r503, "POST")
    assert not policy.is_retryable(lost, "POST")  # outcome unknown: not replayed by default
    assert not policy.is_retryable(timeout, "POST")
    assert not policy.is_retryable(sa.BadRequestError(400), "GET")
    assert not policy.is_retryable(malformed, "POST")
    assert not policy.is_retryable(sa.PoolTimeoutError("busy", request_sent=False), "GET")
    assert sa.RetryPolicy(retry_unknown_outcome=True).is_retryable(lost, "POST")
    assert not sa.RetryPolicy(retry_rate_limited=False).is_retryable(r429, "GET")


def test_429_waits_are_jittered_but_never_before_the_refresh() -> None:
    policy = sa.RetryPolicy(backoff_base=0.1, backoff_max=1.0)
    hinted = RateLimitError(429, headers={"x-soracom-ratelimit-seconds-before-refresh": "3"})
    retry_after = RateLimitError(429, headers={"Retry-After": "2"})
    for attempt in range(1, 8):
        assert 3.0 <= policy.wait(attempt, hinted) <= 3.1
        assert policy.wait(attempt, RateLimitError(429, headers={"retry-after": "2"})) >= 2.0
        # The scheduler's tighter estimate (the header counts whole seconds, rounded up).
        assert policy.wait(attempt, hinted, refresh_in=0.7) >= 0.7
        assert 0.0 <= policy.wait(attempt, ServerError(503)) <= min(1.0, 0.1 * 2 ** (attempt - 1))
    assert retry_after.headers  # headers kept as given
    waits = {round(policy.wait(1, ServerError(503)), 6) for _ in range(50)}
    assert len(waits) > 40  # full jitter, not a fixed schedule


def test_retry_budget_is_a_token_bucket() -> None:
    budget = RetryBudget(12)
    assert budget.spend(5) and budget.spend(5)
    assert not budget.spend(5)  # 2 left: refused, nothing taken
    assert budget.available == 2
    budget.earn(1)
    budget.earn(100)
    assert budget.available == 12  # never above capacity
    unlimited = RetryBudget(None)
    assert all(unlimited.spend(10) for _ in range(1000))
    policy = sa.RetryPolicy()
    assert policy.cost(RateLimitError(429)) == 1
    assert policy.cost(ServerError(503)) == 5
    assert policy.cost(SoracomConnectionError("refused", request_sent=False)) == 5
    assert policy.cost(SoracomConnectionError("dropped", request_sent=True)) == 10
    assert policy.cost(SoracomTimeoutError("t", request_sent=False)) == 10
    with pytest.raises(ValueError, match="retry_budget"):
        sa.RetryPolicy(retry_budget=-1)
