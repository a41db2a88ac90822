"""Paginator behaviour: resume, bounded prefetch, cancellation without leaks, errors."""

from __future__ import annotations

import contextlib
import gc

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

from .conftest import BACKENDS, SIM_COUNT, assert_idle, client_for, live_tasks, run, wait_idle

LIST = "listSims"


async def _wait_for_requests(emu: SoracomEmulator, start: int, n: int) -> None:
    """Wait until the emulator has received `n` listSims requests since `start`."""
    with anyio.fail_after(3):
        while emu.request_count(LIST) - start < n:  # noqa: ASYNC110 - another thread's counter
            await anyio.sleep(0.005)


# -- resume ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_resume_from_a_checkpointed_key(backend: str, emu: SoracomEmulator) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            everything = [s.sim_id async for s in client.sim.list_sims.paginate(limit=10)]
            assert len(everything) == SIM_COUNT == len(set(everything))

            seen: list[str] = []
            checkpoint = None
            async with client.sim.list_sims.pages(limit=10) as pages:
                async for page in pages:
                    seen += [str(s.sim_id) for s in page]
                    checkpoint = page.next_key
                    if len(seen) == 30:
                        break  # the job stops here; `checkpoint` is what it saved
            assert checkpoint is not None

            rest = [
                s.sim_id
                async for s in client.sim.list_sims.paginate(start_key=checkpoint, limit=10)
            ]
            assert seen + rest == everything
            # `last_evaluated_key=` is the same as `start_key=`.
            again = client.sim.list_sims.paginate(last_evaluated_key=checkpoint, limit=10)
            assert [s.sim_id async for s in again] == rest

    run(backend, main)


def test_start_key_and_last_evaluated_key_together_is_an_error(emu: SoracomEmulator) -> None:
    client = client_for(emu)
    with pytest.raises(TypeError, match="not both"):
        client.sim.list_sims.pages(start_key="a", last_evaluated_key="b")
    with pytest.raises(TypeError, match="list_sims"):
        client.sim.list_sims.paginate(no_such_param=1)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="prefetch"):
        client.sim.list_sims.pages(prefetch=-1)


def test_limit_passes_through(emu: SoracomEmulator) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            sizes = [len(p) async for p in client.sim.list_sims.pages(limit=40)]
            assert sizes == [40, 40, SIM_COUNT - 80]

    run("asyncio", main)


# -- prefetch --------------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("prefetch", [0, 1, 2])
def test_prefetch_runs_exactly_n_pages_ahead(
    backend: str, prefetch: int, emu: SoracomEmulator
) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            start = emu.request_count(LIST)
            async with client.sim.list_sims.pages(limit=5, prefetch=prefetch) as pages:
                first = await pages.__anext__()
                assert len(first) == 5
                if prefetch:
                    # Pages 2..1+prefetch are requested while the caller holds page 1 ...
                    await _wait_for_requests(emu, start, 1 + prefetch)
                await anyio.sleep(0.3)
                # ... and no more than that, however long the caller takes.
                assert emu.request_count(LIST) - start == 1 + prefetch
                second = await pages.__anext__()
                assert second.next_key != first.next_key

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_prefetch_overlaps_the_callers_work(backend: str, emu: SoracomEmulator) -> None:
    emu.set_faults(latency=0.1, operation_ids=frozenset({LIST}))

    async def timed(client: sa.SoracomClient, prefetch: int) -> float:
        started = anyio.current_time()
        async for _page in client.sim.list_sims.pages(limit=20, prefetch=prefetch):
            await anyio.sleep(0.1)  # the caller's work on each page
        return anyio.current_time() - started

    async def main() -> None:
        async with client_for(emu) as client:
            sequential = await timed(client, 0)  # 5 pages x (0.1 + 0.1)
            overlapped = await timed(client, 1)  # ~ 0.1 + 5 x 0.1
            assert sequential >= 1.0
            assert overlapped < 0.8 * sequential

    run(backend, main)


# -- leaving early: nothing left behind ---------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_with_cancels_the_prefetch_at_once(backend: str, emu: SoracomEmulator) -> None:
    emu.set_faults(latency=0.3, operation_ids=frozenset({LIST}))

    async def main() -> None:
        async with client_for(emu) as client:
            await client.sim.get_sim(sim_id=emu.state.sim_order[0])  # warm up the pool
            tasks = live_tasks()
            start = emu.request_count(LIST)
            began = anyio.current_time()
            async with client.sim.list_sims.paginate(limit=5) as sims:
                async for _sim in sims:
                    await _wait_for_requests(emu, start, 2)  # page 2 is in flight (0.3 s)
                    break
            # ... and is gone already, cancelled rather than awaited.
            assert anyio.current_time() - began < 0.9
            assert_idle(client, tasks)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_aclosing_and_aclose(backend: str, emu: SoracomEmulator) -> None:
    emu.set_faults(latency=0.2, operation_ids=frozenset({LIST}))

    async def main() -> None:
        async with client_for(emu) as client:
            await client.sim.get_sim(sim_id=emu.state.sim_order[0])
            tasks = live_tasks()
            async with contextlib.aclosing(client.sim.list_sims.pages(limit=5)) as pages:
                async for _page in pages:
                    break
            assert_idle(client, tasks)

            items = client.sim.list_sims.paginate(limit=5, prefetch=3)
            await items.__anext__()
            await items.aclose()
            assert_idle(client, tasks)
            await items.aclose()  # idempotent
            with pytest.raises(StopAsyncIteration):
                await items.__anext__()

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_bare_break_is_cleaned_up_too(backend: str, emu: SoracomEmulator) -> None:
    """Python does not aclose() on `break`; dropping the iterator still stops its prefetch."""
    emu.set_faults(latency=0.3, operation_ids=frozenset({LIST}))

    async def main() -> None:
        async with client_for(emu) as client:
            await client.sim.get_sim(sim_id=emu.state.sim_order[0])
            tasks = live_tasks()
            start = emu.request_count(LIST)
            async for _sim in client.sim.list_sims.paginate(limit=5):
                await _wait_for_requests(emu, start, 2)  # page 2 is in flight (0.3 s)
                break
            gc.collect()
            # Cancelled, not finished: done well before the 0.3 s request would have been.
            with anyio.fail_after(0.25):
                await wait_idle(client, tasks)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_cancelling_the_caller_then_closing(backend: str, emu: SoracomEmulator) -> None:
    emu.set_faults(latency=0.5, operation_ids=frozenset({LIST}))

    async def main() -> None:
        async with client_for(emu) as client:
            await client.sim.get_sim(sim_id=emu.state.sim_order[0])
            tasks = live_tasks()
            async with client.sim.list_sims.paginate(limit=5) as sims:
                with anyio.move_on_after(0.1) as scope:
                    await sims.__anext__()
                assert scope.cancelled_caught
            assert_idle(client, tasks)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_error_arrives_in_order_and_ends_the_listing(backend: str, emu: SoracomEmulator) -> None:
    async def main() -> None:
        async with client_for(emu, retry=sa.NO_RETRY) as client:
            await client.sim.get_sim(sim_id=emu.state.sim_order[0])
            tasks = live_tasks()
            start = emu.request_count(LIST)
            pages = client.sim.list_sims.pages(limit=10)
            got = [await pages.__anext__(), await pages.__anext__()]
            await _wait_for_requests(emu, start, 3)  # page 3 is prefetched: fail page 4
            emu.inject_fault("error", status=500, operation_ids=[LIST])
            got.append(await pages.__anext__())
            with pytest.raises(sa.ServerError) as caught:
                await pages.__anext__()
            assert caught.value.status_code == 500
            assert [len(p) for p in got] == [10, 10, 10]
            with pytest.raises(StopAsyncIteration):
                await pages.__anext__()
            await wait_idle(client, tasks)

    run(backend, main)


@pytest.mark.parametrize("prefetch", [0, 1])
def test_an_error_on_the_first_page(prefetch: int, emu: SoracomEmulator) -> None:
    async def main() -> None:
        async with client_for(emu, retry=sa.NO_RETRY) as client:
            with pytest.raises(sa.SoracomApiError):
                async for _g in client.group.list_subscribers_in_group.paginate(
                    group_id="no-such-group", prefetch=prefetch
                ):
                    pass

    run("asyncio", main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_paginations_share_one_client(backend: str, emu: SoracomEmulator) -> None:
    async def main() -> None:
        async with client_for(emu, max_connections=3) as client:
            results: dict[int, list[str]] = {}

            async def listing(n: int) -> None:
                results[n] = [str(s.sim_id) async for s in client.sim.list_sims.paginate(limit=7)]

            async with anyio.create_task_group() as tg:
                for n in range(8):
                    tg.start_soon(listing, n)
            assert len({tuple(r) for r in results.values()}) == 1
            assert len(results[0]) == SIM_COUNT
            assert_idle(client, live_tasks())

    run(backend, main)


def test_closing_the_client_ends_a_prefetch_in_flight(emu: SoracomEmulator) -> None:
    emu.set_faults(latency=0.3, operation_ids=frozenset({LIST}))

    async def main() -> None:
        client = client_for(emu)
        await client.sim.get_sim(sim_id=emu.state.sim_order[0])
        tasks = live_tasks()
        items = client.sim.list_sims.paginate(limit=5)
        await items.__anext__()
        await client.aclose()
        with pytest.raises(Exception):  # noqa: B017 - whichever error a closed client gives
            for _ in range(10):
                await items.__anext__()
        await wait_idle(client, tasks)

    run("asyncio", main)
