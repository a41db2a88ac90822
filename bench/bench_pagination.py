"""Paginators and bulk jobs on the emulator (in another process, so client CPU is the client's).

One run, four measurements (nothing is asserted; the table shows the figures and the goals):

1. CPU: streaming N SIMs (`list_sims.paginate(limit=100)`) into models, against a raw aiohttp
   loop that only decodes the JSON of the same pages (client `time.process_time()`, best of 5
   interleaved rounds, _rounds.py). Diagnostic rows split the SDK's cost: the same stream
   without prefetch (what the fetch task's hand-off costs), and the same pages through the SDK
   without model parsing.
2. Memory: RSS growth while streaming the N SIMs (sampled every 500 items), and for contrast
   while collecting them all in a list.
3. Prefetch: 40 pages with 25 ms of server latency each and 25 ms of (async) work per page in
   the caller: `prefetch=1` against `prefetch=0` (the sequential sum).
4. Bulk: 10,000 `update_sim_speed_class` calls through `client.bulk()`, the SIMs streamed from
   `list_sims.paginate()`, with the Sim group limited to 2,000 requests per 1 s window: time
   against the ideal (every Sim-group call at the full budget) and 429 answers per call.

    python bench/bench_pagination.py [--sims 20000] [--updates 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _emulator import emulator_process
from _results import record, row
from _rounds import interleaved

import soracom_async as sa
from soracom_async.operation import PaginatedOperation

T = TypeVar("T")
PAGE = 100
LIMIT, WINDOW = 2000, 1.0


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def control(base_url: str, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    root = base_url.removesuffix("/v1")
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(root + "/_emulator" + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    with urllib.request.urlopen(request) as response:
        raw = response.read()
    return json.loads(raw) if raw else None


def client_for(cfg: dict[str, Any]) -> sa.SoracomClient:
    credentials = sa.AuthKeyCredentials(auth_key_id=cfg["auth_key_id"], auth_key=cfg["auth_key"])
    return sa.SoracomClient(credentials=credentials, base_url=cfg["base_url"])


async def cpu(run: Callable[[], Awaitable[int]], expected: int) -> float:
    started = time.process_time()
    count = await run()
    elapsed = time.process_time() - started
    assert count == expected, (count, expected)
    return elapsed


# -- 1 and 2: streaming ------------------------------------------------------------------------


async def sdk_stream(client: sa.SoracomClient, prefetch: int = 1) -> int:
    count = 0
    async for _sim in client.sim.list_sims.paginate(limit=PAGE, prefetch=prefetch):
        count += 1
    return count


async def sdk_stream_json_only(client: sa.SoracomClient) -> int:
    """The SDK's path without the generated models: where the CPU goes."""
    op = client.sim.list_sims
    raw: PaginatedOperation[Any, Any, Any, Any] = PaginatedOperation(
        op._pipeline, op.spec, "list_sims", op._build, lambda body: body.json()
    )
    count = 0
    async for _sim in raw.paginate(limit=PAGE):
        count += 1
    return count


async def raw_stream(session: aiohttp.ClientSession, cfg: dict[str, Any], headers: Any) -> int:
    count, key = 0, None
    while True:
        params = {"limit": str(PAGE)}
        if key:
            params["last_evaluated_key"] = key
        async with session.get(cfg["base_url"] + "/sims", params=params, headers=headers) as r:
            body = json.loads(await r.read())
            key = r.headers.get("x-soracom-next-key")
        count += len(body)
        if not key:
            return count


async def rss_growth(items: AsyncIterator[Any], keep: bool) -> tuple[float, int]:
    base = peak = rss_mb()
    kept: list[Any] = []
    count = 0
    async for item in items:
        count += 1
        if keep:
            kept.append(item)
        if count % 500 == 0:
            peak = max(peak, rss_mb())
    peak = max(peak, rss_mb())
    del kept
    return peak - base, count


# -- 3: prefetch ---------------------------------------------------------------------------------


async def paced(client: sa.SoracomClient, prefetch: int, pages: int) -> float:
    started = time.perf_counter()
    seen = 0
    async with client.sim.list_sims.pages(limit=PAGE, prefetch=prefetch) as listing:
        async for _page in listing:
            await asyncio.sleep(0.025)  # the caller's work on the page (I/O: a write, a call)
            seen += 1
            if seen == pages:
                break
    return time.perf_counter() - started


# -- 4: bulk -------------------------------------------------------------------------------------


async def take(items: AsyncIterator[T], n: int) -> AsyncIterator[T]:
    if n <= 0:
        return
    async for item in items:
        yield item
        n -= 1
        if n == 0:
            return


async def bulk_job(cfg: dict[str, Any], updates: int) -> tuple[sa.BulkResult[Any, Any], float]:
    async with client_for(cfg) as client:
        await client.group.list_groups()  # authenticate first (another group)

        async def slow_down(sim: Any) -> None:
            await client.sim.update_sim_speed_class(
                sim_id=sim.sim_id, body={"speedClass": "s1.slow"}
            )

        sims = client.sim.list_sims.paginate(limit=PAGE)
        started = time.perf_counter()
        result = await client.bulk(slow_down, take(sims, updates), concurrency=64)
        elapsed = time.perf_counter() - started
    return result, elapsed


def sim_group_calls(before: dict[str, Any], after: dict[str, Any]) -> tuple[int, int]:
    """(requests to the Sim-group operations of the job, of which 429) between two snapshots."""
    calls = sum(
        after["requests"].get(op, 0) - before["requests"].get(op, 0)
        for op in ("listSims", "updateSimSpeedClass")
    )
    return calls, after["rate_limited"] - before["rate_limited"]


# -- the run ---------------------------------------------------------------------------------------


async def main(args: argparse.Namespace) -> None:
    rows: list[tuple[str, str, str]] = []
    with emulator_process("--sims", str(args.sims)) as cfg:
        print(f"emulator: {args.sims} SIMs at {cfg['base_url']} (separate process)", flush=True)
        async with client_for(cfg) as client:
            await client.sim.list_sims(limit=PAGE)  # authenticate, open a connection

            # 2. memory first, before the other phases grow the heap
            growth, count = await rss_growth(client.sim.list_sims.paginate(limit=PAGE), False)
            rows.append((f"RSS growth streaming {count} SIMs", f"{growth:.1f} MB", "goal < 50 MB"))

            # 1. CPU
            async with aiohttp.ClientSession() as session:
                async with session.post(
                    cfg["base_url"] + "/auth",
                    json={"authKeyId": cfg["auth_key_id"], "authKey": cfg["auth_key"]},
                ) as response:
                    auth = await response.json()
                headers = {"X-Soracom-API-Key": auth["apiKey"], "X-Soracom-Token": auth["token"]}
                figures = await interleaved(
                    {
                        "raw": lambda: cpu(lambda: raw_stream(session, cfg, headers), args.sims),
                        "sdk": lambda: cpu(lambda: sdk_stream(client), args.sims),
                        "inline": lambda: cpu(lambda: sdk_stream(client, 0), args.sims),
                        "json": lambda: cpu(lambda: sdk_stream_json_only(client), args.sims),
                    },
                    rounds=5,
                )
            raw, sdk, inline, sdk_json = (
                min(figures[name]) for name in ("raw", "sdk", "inline", "json")
            )
            rows.append(("client CPU, raw aiohttp + json.loads", f"{raw:.2f} s", "baseline"))
            rows.append(
                (
                    "client CPU, SDK paginate() into models",
                    f"{sdk:.2f} s = {sdk / raw:.2f}x raw",
                    "goal <= 2x",
                )
            )
            rows.append(
                (
                    "  the same with prefetch=0",
                    f"{inline:.2f} s = {inline / raw:.2f}x raw",
                    "diagnostic",
                )
            )
            rows.append(
                (
                    "  of which: SDK without model parsing",
                    f"{sdk_json:.2f} s = {sdk_json / raw:.2f}x raw",
                    "diagnostic",
                )
            )
            per_sim = (sdk - sdk_json) / args.sims * 1e6
            rows.append(("  model parsing per SIM", f"{per_sim:.0f} us", "diagnostic"))

            growth, count = await rss_growth(client.sim.list_sims.paginate(limit=PAGE), True)
            rows.append(
                (f"  contrast: RSS collecting {count} SIMs", f"{growth:.1f} MB", "diagnostic")
            )

            # 3. prefetch
            control(
                cfg["base_url"],
                "PUT",
                "/faults",
                {"latency": 0.025, "operation_ids": ["listSims"]},
            )
            pages = 40
            sequential = statistics.median([await paced(client, 0, pages) for _ in range(3)])
            prefetched = statistics.median([await paced(client, 1, pages) for _ in range(3)])
            control(cfg["base_url"], "DELETE", "/faults")
            rows.append(
                (
                    f"{pages} pages, 25 ms latency + 25 ms work",
                    f"sequential {sequential:.2f} s, prefetch {prefetched:.2f} s "
                    f"= {prefetched / sequential:.2f}x",
                    "goal <= 0.6x",
                )
            )

        # 4. bulk under the rate limit
        control(cfg["base_url"], "PUT", "/rate_limits/Sim", {"limit": LIMIT, "window_seconds": 1})
        before = control(cfg["base_url"], "GET", "/info")["counters"]
        result, elapsed = await bulk_job(cfg, args.updates)
        after = control(cfg["base_url"], "GET", "/info")["counters"]
        calls, limited = sim_group_calls(before, after)
        ideal = calls / LIMIT * WINDOW
        rows.append(
            (
                f"bulk: {result.succeeded} updates ({calls} Sim-group calls)",
                f"{elapsed:.2f} s = {elapsed / ideal:.3f}x ideal {ideal:.2f} s",
                "goal <= 1.05x",
            )
        )
        rows.append(
            (
                "  429 answers per call",
                f"{limited / max(calls, 1):.3f} ({limited} of {calls})",
                "goal <= 0.05",
            )
        )
        rows.append(("  summary", result.summary(), ""))

    record(
        "pagination",
        [
            row(
                name,
                value,
                "one run (median of 3 for prefetch, best of 5 interleaved rounds for CPU)",
                goal,
            )
            for name, value, goal in rows
        ],
    )
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:<44} {goal}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sims", type=int, default=20_000)
    parser.add_argument("--updates", type=int, default=10_000)
    asyncio.run(main(parser.parse_args()))
