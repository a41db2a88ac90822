"""`/auth` under storms: hundreds of callers on a fresh client while `/auth` fails.

Whatever the number of callers, `/auth` must see at most the retry policy's attempts per
back-off period: a failed flight fails all its waiters at once, callers arriving during the
back-off fail at once with its error, and a token the API rejects before any call succeeded
with it is final, not renewed. The session's clock is frozen (`FrozenClock`), so "within the
back-off" and "after it" are exact whatever the machine's speed; the counts are the emulator's
(requests it received), never wall time.
"""

from __future__ import annotations

from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async.auth import AUTH_BACKOFF_BASE, RETRY_DELAY_MAX
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.errors import ApiError

from .conftest import client_for

BACKENDS = ["asyncio", "trio"]
CALLERS = 300
POLICY = sa.RetryPolicy(max_attempts=3, backoff_base=0.001, backoff_max=0.005, retry_budget=None)
"""Three attempts a call (and a token flight), millisecond back-off, no retry-budget cut-off:
the counts below are then exact."""


class FrozenClock:
    """The session's clock: it moves only when the test says so."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def storm(client: sa.SoracomClient, emulator: SoracomEmulator, n: int) -> list[Any]:
    """`n` concurrent getOperator calls; their results or errors."""
    results: list[Any] = []

    async def one() -> None:
        try:
            results.append(await client.operator.get_operator(operator_id=emulator.operator_id))
        except Exception as exc:  # collected: the test asserts what they are
            results.append(exc)

    with anyio.fail_after(30):
        async with anyio.create_task_group() as tg:
            for _ in range(n):
                tg.start_soon(one)
    return results


def kinds(results: list[Any]) -> set[type]:
    return {type(r) for r in results}


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("fault", ["error", "drop"])
def test_a_failing_auth_is_asked_once_per_backoff_whatever_the_callers(
    backend: str, fault: str, emulator: SoracomEmulator
) -> None:
    clock = FrozenClock()
    expected = sa.ServerError if fault == "error" else sa.SoracomConnectionError

    async def main() -> None:
        async with client_for(emulator, retry=POLICY, clock=clock) as client:
            if fault == "error":
                emulator.set_faults(error_rate=1.0, error_statuses=(503,), operation_ids={"auth"})
            else:
                emulator.set_faults(drop_rate=1.0, operation_ids={"auth"})
            results = await storm(client, emulator, CALLERS)
            assert len(results) == CALLERS and kinds(results) == {expected}
            # One flight, its attempts, all callers failed with its error.
            assert emulator.auth_calls == POLICY.max_attempts
            results = await storm(client, emulator, CALLERS)  # within the back-off
            assert kinds(results) == {expected}
            assert emulator.auth_calls == POLICY.max_attempts  # failed at once: no /auth
            clock.advance(AUTH_BACKOFF_BASE)
            results = await storm(client, emulator, CALLERS)  # one more flight, then back off
            assert kinds(results) == {expected}
            assert emulator.auth_calls == 2 * POLICY.max_attempts
            clock.advance(2 * AUTH_BACKOFF_BASE - 0.001)  # the back-off doubled
            await storm(client, emulator, 10)
            assert emulator.auth_calls == 2 * POLICY.max_attempts
            emulator.clear_faults()
            clock.advance(RETRY_DELAY_MAX)
            results = await storm(client, emulator, CALLERS)  # recovered: one /auth for all
            assert all(not isinstance(r, BaseException) for r in results)
            assert emulator.auth_calls == 2 * POLICY.max_attempts + 1

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_hanging_auth_fails_its_waiters_together_after_one_flight(
    backend: str, emulator: SoracomEmulator
) -> None:
    clock = FrozenClock()
    policy = sa.RetryPolicy(
        max_attempts=2, backoff_base=0.001, backoff_max=0.005, retry_budget=None
    )

    async def main() -> None:
        async with client_for(emulator, retry=policy, clock=clock, timeout=0.2) as client:
            emulator.set_faults(latency=1.0, operation_ids={"auth"})  # answers after we gave up
            results = await storm(client, emulator, 50)
            assert kinds(results) == {sa.SoracomTimeoutError}
            # Not one flight per caller, each waiting its timeouts in turn: one for all.
            assert emulator.auth_calls == policy.max_attempts

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_fresh_token_rejected_at_once_is_final_not_a_renewal_loop(
    backend: str, emulator: SoracomEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FrozenClock()

    def reject(api_key: str | None, token: str | None) -> Any:
        raise ApiError(401, "AUM0004")

    monkeypatch.setattr(emulator.core.tokens, "verify", reject)  # every token is refused

    async def main() -> None:
        async with client_for(emulator, retry=POLICY, clock=clock) as client:
            results = await storm(client, emulator, 500)
            assert kinds(results) == {sa.AuthenticationError}
            assert emulator.auth_calls == 1  # not one per caller (was 501)
            # Each call sent at most once: no replay with yet another refused token.
            assert emulator.counters.unauthorized <= 500
            clock.advance(AUTH_BACKOFF_BASE)
            results = await storm(client, emulator, 500)
            assert kinds(results) == {sa.AuthenticationError}
            assert emulator.auth_calls == 2  # one token per back-off period

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_token_that_worked_is_still_renewed_once_after_a_401(
    backend: str, emulator: SoracomEmulator
) -> None:
    """The other side of the rule above: a token some call succeeded with, then rejected
    (revoked, or expired early by the server), is renewed once for everyone."""

    async def main() -> None:
        async with client_for(emulator, retry=POLICY, token_timeout=3600) as client:
            await storm(client, emulator, 1)
            emulator.clock.advance(3601)  # the server's clock only: the client cannot know
            results = await storm(client, emulator, CALLERS)
            assert all(not isinstance(r, BaseException) for r in results)
            assert emulator.auth_calls == 2

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_calls_queued_behind_a_rejected_token_do_not_each_send_it(
    backend: str, emulator: SoracomEmulator
) -> None:
    """Auth headers are taken before a call queues for a connection: once the token is known
    to be rejected, the queued calls take the new one instead of each drawing a 401."""
    connections = 10

    async def main() -> None:
        async with client_for(
            emulator, retry=POLICY, token_timeout=3600, max_connections=connections
        ) as client:
            await storm(client, emulator, 300)  # the group's budget is learnt: no pacing wait
            emulator.reset_counters()
            emulator.clock.advance(3601)  # the server's clock only: the client cannot know
            results = await storm(client, emulator, 1000)
            assert all(not isinstance(r, BaseException) for r in results)
            assert emulator.auth_calls == 1
            # Only the requests already sent with the old token were refused (was 301).
            assert 1 <= emulator.counters.unauthorized <= connections

    anyio.run(main, backend=backend)
