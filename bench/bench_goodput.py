"""Goodput of a rate-limited bulk job: the SDK's scheduler against the two usual baselines.

The job is `update_sim_speed_class` over N SIMs, all started at once (`asyncio.gather`), against
the emulator (another process) with the Sim group limited to L requests per W-second window.
The physical limit is the budget: N calls need N/L windows, the "ideal" time below. For each
scenario the table gives time/ideal, rejected (429) requests per call, failed calls, and the
writes the emulator applied (N means nothing lost and nothing duplicated).

Scenarios:
* sdk: `SoracomClient` with its defaults (rate-limit pacing on, 100 connections); and with
  `max_connections=8` (every call still started at once: they queue on the client's limiter).
* sdk x P: P processes, N/P calls each, sharing the operator's budget with no coordination.
* sdk, pacing off: the SDK's retry policy alone (full-jitter backoff, never before the
  refresh), retries unbounded.
* backoff: raw aiohttp, hand-written full-jitter exponential backoff on 429 (base 0.1 s).
* refresh-sleep: raw aiohttp, sleeping `seconds-before-refresh` on each 429.
Every process is started (and authenticated) first, then all start the job together.
Figures are measured in this one run; nothing here asserts a time.

    python bench/bench_goodput.py [--calls 500] [--limit 50] [--window 1] [--processes 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _emulator import emulator_process
from _results import record
from _results import row as result_row

GROUP = "Sim"
OPERATION = "updateSimSpeedClass"
SPEED_CLASSES = ("s1.fast", "s1.standard")


# -- workers (one process each) -----------------------------------------------------------------


async def _sdk_job(
    cfg: dict[str, Any], *, pacing: bool, connections: int = 100
) -> tuple[float, float, int]:
    import soracom_async as sa

    credentials = sa.AuthKeyCredentials(auth_key_id=cfg["auth_key_id"], auth_key=cfg["auth_key"])
    retry = (
        sa.RetryPolicy()
        if pacing
        else sa.RetryPolicy(max_attempts=1000, retry_budget=None, backoff_max=5.0)
    )
    async with sa.SoracomClient(
        credentials=credentials,
        base_url=cfg["base_url"],
        rate_limit_pacing=pacing,
        retry=retry,
        max_connections=connections,
    ) as client:
        await client.group.list_groups()  # authenticate and open a connection (another group)
        _wait_for_go()
        ids = cfg["sim_ids"]
        started = time.monotonic()
        results = await asyncio.gather(
            *(
                client.sim.update_sim_speed_class(
                    sim_id=sim_id, body={"speedClass": SPEED_CLASSES[i % 2]}
                )
                for i, sim_id in enumerate(ids)
            ),
            return_exceptions=True,
        )
        ended = time.monotonic()
    return started, ended, sum(isinstance(r, BaseException) for r in results)


async def _raw_job(cfg: dict[str, Any], *, strategy: str) -> tuple[float, float, int]:
    import aiohttp

    base = cfg["base_url"]
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as session:
        async with session.post(
            f"{base}/auth", json={"authKeyId": cfg["auth_key_id"], "authKey": cfg["auth_key"]}
        ) as response:
            auth = await response.json()
        headers = {"X-Soracom-API-Key": auth["apiKey"], "X-Soracom-Token": auth["token"]}

        async def call(i: int, sim_id: str) -> None:
            attempt = 0
            while True:
                async with session.post(
                    f"{base}/sims/{sim_id}/update_speed_class",
                    json={"speedClass": SPEED_CLASSES[i % 2]},
                    headers=headers,
                ) as response:
                    await response.read()
                    if response.status < 400:
                        return
                    if response.status != 429:
                        raise RuntimeError(f"HTTP {response.status}")
                    refresh = float(
                        response.headers.get("x-soracom-ratelimit-seconds-before-refresh", "1")
                    )
                attempt += 1
                if strategy == "backoff":
                    await asyncio.sleep(random.uniform(0, min(5.0, 0.1 * 2**attempt)))
                else:
                    await asyncio.sleep(refresh)

        _wait_for_go()
        started = time.monotonic()
        results = await asyncio.gather(
            *(call(i, sim_id) for i, sim_id in enumerate(cfg["sim_ids"])),
            return_exceptions=True,
        )
        ended = time.monotonic()
    return started, ended, sum(isinstance(r, BaseException) for r in results)


def _wait_for_go() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def worker(mode: str) -> None:
    cfg = json.loads(sys.stdin.readline())
    if mode.startswith("sdk"):
        connections = int(mode.split(":")[1]) if ":" in mode else 100
        job = _sdk_job(cfg, pacing=mode != "sdk-nopacing", connections=connections)
    else:
        job = _raw_job(cfg, strategy=mode)
    started, ended, failures = asyncio.run(job)
    print(json.dumps({"started": started, "ended": ended, "failures": failures}), flush=True)


# -- the driver ---------------------------------------------------------------------------------


def control(base_url: str, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    root = base_url.rsplit("/v1", 1)[0]
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        f"{root}/_emulator{path}",
        data=data,
        method=method,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        raw = response.read()
    return json.loads(raw) if raw else None


async def sim_ids(info: dict[str, Any], count: int) -> list[str]:
    import soracom_async as sa

    credentials = sa.AuthKeyCredentials(auth_key_id=info["auth_key_id"], auth_key=info["auth_key"])
    async with sa.SoracomClient(credentials=credentials, base_url=info["base_url"]) as client:
        ids: list[str] = []
        async for sim in client.sim.list_sims.paginate(limit=100):
            ids.append(str(sim.sim_id))
            if len(ids) == count:
                break
    return ids


def run_scenario(
    info: dict[str, Any], mode: str, ids: list[str], processes: int, limit: int, window: float
) -> dict[str, Any]:
    base = info["base_url"]
    control(base, "PUT", f"/rate_limits/{GROUP}", {"limit": limit, "window_seconds": window})
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--worker", mode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    for n, proc in enumerate(procs):
        assert proc.stdin is not None and proc.stdout is not None
        cfg = {**info, "sim_ids": ids[n::processes]}
        proc.stdin.write(json.dumps(cfg) + "\n")
        proc.stdin.flush()
    for proc in procs:
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise RuntimeError(f"worker {mode} failed to start")
    # A fresh window and fresh counters, then everyone starts together.
    control(base, "PUT", f"/rate_limits/{GROUP}", {"limit": limit, "window_seconds": window})
    control(base, "POST", "/counters/reset")
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        assert proc.stdout is not None
        results.append(json.loads(proc.stdout.readline()))
        proc.wait()
    counters = control(base, "GET", "/info")["counters"]
    return {
        "elapsed": max(r["ended"] for r in results) - min(r["started"] for r in results),
        "failures": sum(r["failures"] for r in results),
        "rate_limited": counters["rate_limited"],
        "applied": counters["applied"].get(OPERATION, 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--limit", type=int, default=50, help="requests per window")
    parser.add_argument("--window", type=float, default=1.0, help="window seconds")
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return

    calls, limit, window = args.calls, args.limit, args.window
    ideal = calls / limit * window
    scenarios = [
        ("sdk", "sdk", 1),
        ("sdk, 8 connections", "sdk:8", 1),
        (f"sdk x {args.processes} processes", "sdk", args.processes),
        ("sdk, pacing off", "sdk-nopacing", 1),
        ("baseline: jittered backoff", "backoff", 1),
        ("baseline: sleep until refresh", "refresh", 1),
    ]
    with emulator_process("--sims", str(max(calls, 100))) as info:
        ids = asyncio.run(sim_ids(info, calls))
        print(
            f"{calls} x {OPERATION} via gather; {GROUP} limited to {limit} per {window:g} s; "
            f"ideal = N/L windows = {ideal:.1f} s"
        )
        header = (
            f"{'scenario':32} {'time s':>7} {'time/ideal':>10} {'429/call':>9} "
            f"{'failed':>7} {'applied':>8}"
        )
        print(header)
        print("-" * len(header))
        rows = []
        for label, mode, processes in scenarios:
            row = run_scenario(info, mode, ids, processes, limit, window)
            print(
                f"{label:32} {row['elapsed']:7.2f} {row['elapsed'] / ideal:10.3f} "
                f"{row['rate_limited'] / calls:9.3f} {row['failures']:7d} {row['applied']:8d}",
                flush=True,
            )
            rows.append(
                result_row(
                    f"{calls} rate-limited writes: {label}",
                    f"{row['elapsed'] / ideal:.3f}x ideal ({row['elapsed']:.2f} s); "
                    f"{row['rate_limited'] / calls:.3f} 429/call; {row['failures']} failed; "
                    f"{row['applied']} applied",
                    "one run (the limit is the clock: rounds would measure the same budget)",
                    "",
                    None,
                )
            )
    record("goodput", rows)


if __name__ == "__main__":
    main()
