"""ratelimit.py: the per-group scheduler, driven directly (no HTTP), on asyncio and trio."""

from __future__ import annotations

import time

import anyio
import pytest

from soracom_async.ratelimit import NOT_ADMITTED, RateLimitScheduler, group_key

from .conftest import BACKENDS


def answer(limit: int, remaining: int, refresh: float) -> dict[str, str]:
    return {
        "x-soracom-ratelimit-limit": str(limit),
        "x-soracom-ratelimit-remaining": str(remaining),
        "x-soracom-ratelimit-seconds-before-refresh": str(refresh),
    }


def observe(
    s: RateLimitScheduler, ticket: int, status: int, headers: dict[str, str], key: str = "Sim"
) -> None:
    now = time.monotonic()
    s.observe(key, ticket, status, headers, now, now)


# -- scheduler ----------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_one_probe_until_the_budget_is_known_then_up_to_the_remaining(backend: str) -> None:
    async def main() -> None:
        s = RateLimitScheduler()
        admitted: list[int] = []
        arrived: list[int] = []  # trio starts tasks in its own order

        async def caller(i: int) -> None:
            arrived.append(i)
            await s.acquire("Sim")
            admitted.append(i)

        first = await s.acquire("Sim")
        async with anyio.create_task_group() as tg:
            for i in range(10):
                tg.start_soon(caller, i)
            await anyio.sleep(0.05)
            assert admitted == []  # nothing is known: only the probe is out
            observe(s, first, 200, answer(limit=10, remaining=9, refresh=0.3))
            await anyio.sleep(0.05)
            # First window: slow start (the probe, then doubling per answer), FIFO.
            assert sorted(admitted) == sorted(arrived[:2])
            observe(s, first, 200, answer(limit=10, remaining=8, refresh=0.3))
            observe(s, first, 200, answer(limit=10, remaining=7, refresh=0.3))
            await anyio.sleep(0.05)
            # 3 answered: slow start allows 4 more, and the server has 7 left.
            assert sorted(admitted) == sorted(arrived[:6])
            assert s.snapshot("Sim")["in_flight"] == 4
            for _ in range(4):
                observe(s, first, 200, answer(limit=10, remaining=0, refresh=0.3))
            await anyio.sleep(0.05)
            assert len(admitted) == 6  # spent (by others too): the rest wait for the refresh
            assert s.snapshot("Sim")["waiting"] == 4
            tg.cancel_scope.cancel()
        snap = s.snapshot("Sim")
        assert snap["waiting"] == 0

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_spent_window_parks_callers_until_the_refresh_then_releases_the_limit(
    backend: str,
) -> None:
    async def main() -> None:
        s = RateLimitScheduler()
        ticket = await s.acquire("Sim")
        observe(s, ticket, 429, answer(limit=5, remaining=0, refresh=0.25))
        hint = s.retry_hint("Sim")
        assert hint is not None and 0.2 < hint <= 0.25
        times: list[float] = []
        tickets: list[int] = []
        started = time.monotonic()

        async def caller() -> None:
            tickets.append(await s.acquire("Sim"))
            times.append(time.monotonic() - started)

        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                for _ in range(12):
                    tg.start_soon(caller)
                await anyio.sleep(0.4)
                # Not before the refresh, and not the whole herd: one probe (we got nothing of
                # the last window, so no share of the new one is assumed).
                assert len(times) == 1 and times[0] >= 0.24
                observe(s, tickets[0], 200, answer(limit=5, remaining=4, refresh=0.25))
                await anyio.sleep(0.1)
                # Alone after all: the rest of the window is claimed, within what is left.
                assert 2 <= len(times) <= 5
                assert s.snapshot("Sim")["in_flight"] == len(times) - 1 <= 4
                tg.cancel_scope.cancel()

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_cancelled_waiters_give_their_place_back(backend: str) -> None:
    async def main() -> None:
        s = RateLimitScheduler()
        probe = await s.acquire("Sim")
        got: list[str] = []

        async def caller(name: str) -> None:
            await s.acquire("Sim")
            got.append(name)

        async with anyio.create_task_group() as tg:
            with anyio.CancelScope() as doomed:
                async with anyio.create_task_group() as inner:
                    for i in range(100):
                        inner.start_soon(caller, f"doomed{i}")
                    await anyio.sleep(0.02)
                    doomed.cancel()
            tg.start_soon(caller, "survivor")
            await anyio.sleep(0.02)
            assert s.snapshot("Sim")["waiting"] == 1
            observe(s, probe, 200, answer(limit=10, remaining=9, refresh=5))
            await anyio.sleep(0.02)
        assert got == ["survivor"]
        assert s.snapshot("Sim")["in_flight"] == 1  # the survivor's; none leaked

    anyio.run(main, backend=backend)


def test_disabled_scheduler_admits_everything_at_once() -> None:
    async def main() -> None:
        s = RateLimitScheduler(enabled=False)
        tickets = [await s.acquire("Sim") for _ in range(1000)]
        assert set(tickets) == {NOT_ADMITTED}
        assert s.retry_hint("Sim") is None

    anyio.run(main)


def test_groups_without_rate_limit_headers_are_not_paced() -> None:
    async def main() -> None:
        s = RateLimitScheduler()
        observe(s, await s.acquire("Files"), 200, {}, key="Files")
        with anyio.fail_after(1):
            for _ in range(100):
                await s.acquire("Files")

    anyio.run(main)


def test_auth_operations_are_limited_per_ip_in_their_own_group() -> None:
    assert group_key("Auth", "auth") == "Auth (per IP)"
    assert group_key("Operator", "issueMFARevokingToken") == "Operator (per IP)"
    assert group_key("Operator", "getOperator") == "Operator"
    assert group_key("Sim", "getSim") == "Sim"


# -- retry policy ---------------------------------------------------------------------------------
