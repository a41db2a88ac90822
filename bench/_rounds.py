"""Interleaved rounds: contenders alternate round by round, and the best round counts.

A noisy neighbour (the machine is shared) slows whichever contender runs while it is busy;
alternating A, B, C, A, B, C, ... spreads that over every contender alike, and the best of
>= 5 rounds is each contender's figure, with the spread (min..max) shown beside it so a noisy
run is visible as one. Ratios are of best to best.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable, Mapping

ROUNDS = 7
CONCURRENCY = 50
"""Calls in flight at once in the per-call CPU rows (bench_speed.py, bench_client.py)."""


async def concurrent_cpu(call: Callable[[], Awaitable[object]], calls: int) -> float:
    """Client CPU seconds per call, `calls` calls spread over CONCURRENCY workers."""
    queue = iter(range(calls))

    async def worker() -> None:
        for _ in queue:
            await call()

    started = time.process_time()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return (time.process_time() - started) / calls


async def interleaved(
    contenders: Mapping[str, Callable[[], Awaitable[float]]], *, rounds: int = ROUNDS
) -> dict[str, list[float]]:
    """Each contender's figure per round (lower is better), rounds interleaved; the order
    within a round rotates so no contender always follows the same one. Each round starts
    from a collected heap: the garbage collection one contender's round left owing is not
    charged to the next (what a contender's own round allocates is still collected in it)."""
    names = list(contenders)
    results: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            results[name].append(await contenders[name]())
    return results


def interleaved_sync(
    contenders: Mapping[str, Callable[[], float]], *, rounds: int = ROUNDS
) -> dict[str, list[float]]:
    """`interleaved` for synchronous measurements (fresh interpreters)."""
    names = list(contenders)
    results: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(contenders[name]())
    return results


def best(values: list[float]) -> float:
    return min(values)


def spread(values: list[float], scale: float = 1.0, unit: str = "", digits: int = 0) -> str:
    """'min..max unit (n rounds, median m)' of the values times `scale`."""
    low, high, mid = min(values) * scale, max(values) * scale, statistics.median(values) * scale
    return (
        f"{low:.{digits}f}..{high:.{digits}f}{unit} over {len(values)} rounds "
        f"(median {mid:.{digits}f}{unit})"
    )


def ratio_spread(values: list[float], floor: list[float]) -> str:
    """The per-round ratios to the floor's same round, min..max."""
    ratios = [value / base for value, base in zip(values, floor, strict=True)]
    mid = statistics.median(ratios)
    return f"{min(ratios):.2f}x..{max(ratios):.2f}x per round (median {mid:.2f}x)"
