"""Concurrency limits and cancellation: the pool is never overrun, and nothing leaks."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import Faults, SoracomEmulator

from .conftest import BACKENDS, client_for, speed
from .test_goodput import run_all


def pool_in_use(client: sa.SoracomClient) -> int:
    """Connections the transport's own pool counts as busy (aiohttp or httpx/httpcore)."""
    exchange: Any = client._pipeline.backend
    session = getattr(exchange, "_session", None)
    if session is not None:  # aiohttp
        return len(session.connector._acquired)
    pool = exchange.transport._pool  # httpcore: requests being served or waiting for one
    return len(pool._requests)


def assert_whole(client: sa.SoracomClient) -> None:
    pipeline = client._pipeline
    assert pipeline.in_flight == 0  # every limiter slot returned
    snapshot = pipeline.rate_limiter.snapshot("Sim")
    assert snapshot["in_flight"] == 0 and snapshot["waiting"] == 0
    assert pool_in_use(client) == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cancellation_storm_leaves_the_pool_whole(
    backend: str, emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    async def main() -> None:
        async with client_for(emu, max_connections=4) as client:
            emu.set_faults(
                Faults(latency=0.02, latency_jitter=0.03, operation_ids=frozenset({"getSim"}))
            )
            for delay in (0.0, 0.005, 0.02, 0.045):  # before sending, in flight, while queued
                with anyio.move_on_after(delay):
                    await run_all([client.sim.get_sim(sim_id=s) for s in sim_ids[:100]])
                assert_whole(client)
            # Cancelled while parked by the rate-limit scheduler, too.
            emu.set_rate_limit("Sim", 3, 1.0)
            with anyio.move_on_after(0.2):
                await run_all([client.sim.get_sim(sim_id=s) for s in sim_ids[:50]])
            assert_whole(client)
            emu.clear_faults()
            with anyio.fail_after(10):
                sims = await run_all([client.sim.get_sim(sim_id=s) for s in sim_ids[:6]])
            assert [s.sim_id for s in sims] == sim_ids[:6]  # still usable
            assert_whole(client)

    anyio.run(main, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_thousands_of_concurrent_calls_queue_on_the_limiter(
    backend: str, emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    n = 3000
    peak = 0

    async def main() -> None:
        async with client_for(emu, max_connections=8) as client:

            def watch(info: sa.AttemptInfo) -> None:
                nonlocal peak
                peak = max(peak, client._pipeline.in_flight, pool_in_use(client))

            with sa.observe_attempts(watch):
                results = await run_all(
                    [client.sim.get_sim(sim_id=sim_ids[i % len(sim_ids)]) for i in range(n)]
                )
            assert [r for r in results if isinstance(r, BaseException)] == []  # no PoolTimeout
            assert_whole(client)

    anyio.run(main, backend=backend)
    assert 1 <= peak <= 8
    assert emu.request_count("getSim") == n


def test_pool_timeout_bounds_the_wait_for_a_connection(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    async def main() -> None:
        async with client_for(emu, max_connections=1, pool_timeout=0.05) as client:
            for sim_id in sim_ids[:3]:  # the Sim group's budget is known: no pacing below
                await client.sim.get_sim(sim_id=sim_id)
            emu.reset_counters()
            emu.set_faults(latency=0.3, operation_ids=frozenset({"getSim"}))
            results = await run_all([client.sim.get_sim(sim_id=s) for s in sim_ids[:2]])
            errors = [r for r in results if isinstance(r, BaseException)]
            assert len(errors) == 1 and isinstance(errors[0], sa.PoolTimeoutError)
            assert errors[0].request_sent is False and "pool_timeout" in str(errors[0])
            assert_whole(client)

    anyio.run(main)
    assert emu.request_count("getSim") == 1  # the refused call never reached the server


async def test_gather_over_ten_thousand_writes_just_works(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    """The issue's own example, on asyncio with the client's defaults."""
    import asyncio
    import os

    n = 10_000
    fds: list[int] = []
    seen = 0
    async with client_for(emu) as client:

        def watch(info: sa.AttemptInfo) -> None:
            nonlocal seen
            seen += 1
            if seen % 100 == 0:  # open file descriptors, sampled
                fds.append(len(os.listdir("/proc/self/fd")))

        before = len(os.listdir("/proc/self/fd"))
        with sa.observe_attempts(watch):
            await asyncio.gather(
                *(
                    client.sim.update_sim_speed_class(
                        sim_id=sim_ids[i % len(sim_ids)], body=speed(i)
                    )
                    for i in range(n)
                )
            )
        assert_whole(client)
    assert emu.applied_count("updateSimSpeedClass") == n
    # At most max_connections (100) sockets; the in-process emulator holds the other ends.
    assert max(fds, default=before) <= before + 2 * 100 + 10
