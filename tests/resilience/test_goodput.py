"""Bulk jobs against a rate-limited emulator: paced into the budget, nothing lost."""

from __future__ import annotations

import time
from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

from .conftest import BACKENDS, client_for, speed

LIMIT = 20  # per 1 s window


async def run_all(calls: list[Any]) -> list[Any]:
    """Await every call concurrently (anyio's gather); exceptions are returned, not raised."""
    results: list[Any] = [None] * len(calls)

    async def one(i: int) -> None:
        try:
            results[i] = await calls[i]
        except Exception as exc:
            results[i] = exc

    async with anyio.create_task_group() as tg:
        for i in range(len(calls)):
            tg.start_soon(one, i)
    return results


@pytest.mark.parametrize("backend", BACKENDS)
def test_bulk_writes_are_paced_into_the_budget_without_429s(
    backend: str, emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    n = 3 * LIMIT

    async def main() -> float:
        async with client_for(emu) as client:
            emu.set_rate_limit("Sim", LIMIT, 1.0)
            started = time.monotonic()
            results = await run_all(
                [
                    client.sim.update_sim_speed_class(sim_id=sim_ids[i], body=speed(i))
                    for i in range(n)
                ]
            )
            elapsed = time.monotonic() - started
            assert [r for r in results if isinstance(r, BaseException)] == []
            return elapsed

    elapsed = anyio.run(main, backend=backend)
    assert emu.applied_count("updateSimSpeedClass") == n  # nothing lost, nothing doubled
    assert emu.rate_limited_count == 0  # paced, not fired and retried
    assert elapsed > 2.0  # 3 windows' worth: the budget was honoured, not bypassed


def test_without_pacing_the_same_job_is_rejected_often_but_loses_nothing(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    n = 2 * LIMIT
    retry = sa.RetryPolicy(max_attempts=100, retry_budget=None, backoff_base=0.05, backoff_max=0.5)

    async def main() -> None:
        async with client_for(emu, rate_limit_pacing=False, retry=retry) as client:
            emu.set_rate_limit("Sim", LIMIT, 1.0)
            results = await run_all(
                [
                    client.sim.update_sim_speed_class(sim_id=sim_ids[i], body=speed(i))
                    for i in range(n)
                ]
            )
            assert [r for r in results if isinstance(r, BaseException)] == []

    anyio.run(main)
    assert emu.applied_count("updateSimSpeedClass") == n  # a 429 is safe to replay
    assert emu.rate_limited_count >= n // 2


def test_two_clients_sharing_the_operator_budget_converge(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    """Two clients (two schedulers, as two processes would have) and no coordination."""
    n = 2 * LIMIT

    async def main() -> None:
        async with client_for(emu) as first, client_for(emu) as second:
            emu.set_rate_limit("Sim", LIMIT, 1.0)
            emu.reset_counters()
            calls = [
                client.sim.update_sim_speed_class(sim_id=sim_ids[i], body=speed(i))
                for i in range(n)
                for client in (first, second)
            ]
            results = await run_all(calls)
            assert [r for r in results if isinstance(r, BaseException)] == []

    anyio.run(main)
    assert emu.applied_count("updateSimSpeedClass") == 2 * n
    # Without pacing, the rejected half of every window comes back (previous test).
    assert emu.rate_limited_count <= 0.15 * 2 * n


def test_exhausted_retries_raise_rate_limit_error_with_the_headers(emu: SoracomEmulator) -> None:
    async def main() -> None:
        retry = sa.RetryPolicy(max_attempts=1)
        async with client_for(emu, rate_limit_pacing=False, retry=retry) as client:
            emu.set_rate_limit("Sim", 1, 60)
            sim_id = str((await client.sim.list_sims(limit=1))[0].sim_id)
            with pytest.raises(sa.RateLimitError) as caught:
                await client.sim.get_sim(sim_id=sim_id)
        error = caught.value
        assert error.status_code == 429 and error.attempts == 1
        assert error.headers["x-soracom-ratelimit-limit"] == "1"
        assert error.headers["x-soracom-ratelimit-remaining"] == "0"
        assert error.seconds_before_refresh is not None and 0 < error.seconds_before_refresh <= 60
        assert "token" not in str(error).lower()

    anyio.run(main)


def test_a_429_is_retried_no_earlier_than_the_refresh(emu: SoracomEmulator) -> None:
    attempts: list[sa.AttemptInfo] = []

    async def main() -> None:
        async with client_for(emu, rate_limit_pacing=False, on_attempt=attempts.append) as client:
            emu.set_rate_limit("Sim", 2, 1.0)
            sims = await client.sim.list_sims(limit=3)
            attempts.clear()
            with anyio.fail_after(10):
                results = await run_all([client.sim.get_sim(sim_id=str(s.sim_id)) for s in sims])
            assert [r for r in results if isinstance(r, BaseException)] == []

    anyio.run(main)
    rejected = [a for a in attempts if a.status_code == 429]
    assert rejected
    for info in rejected:
        assert isinstance(info.error, sa.RateLimitError)
        refresh = info.error.seconds_before_refresh
        assert refresh is not None and info.wait is not None and info.wait >= refresh
    assert attempts[-1].status_code == 200 and attempts[-1].wait is None
