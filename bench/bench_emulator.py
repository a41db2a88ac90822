"""Throughput of the Soracom emulator: authenticated `GET /v1/sims/{id}` at concurrency 50.

Starts `python -m soracom_async.testing --port 0` in a subprocess (so the server has its own
process and core), reads the credentials from its first stdout line, authenticates, then fires
N requests from an aiohttp client and prints requests/s. Also reports the emulator's startup
time (process spawn to first line, and in-process `SoracomEmulator.start()`).

    .venv/bin/python bench/bench_emulator.py [--requests 20000] [--concurrency 50]

Measured on the project's 2-vCPU dev container (Python 3.11, uvloop + httptools):
process ready in 0.18 s, in-process start 0.06 s, ~12,000 req/s (target: >= 2,000 req/s, < 1 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import record, row


async def run(base_url: str, credentials: dict[str, str], total: int, concurrency: int) -> float:
    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post(
            f"{base_url}/auth",
            json={"authKeyId": credentials["auth_key_id"], "authKey": credentials["auth_key"]},
        ) as response:
            auth = await response.json()
        headers = {"X-Soracom-API-Key": auth["apiKey"], "X-Soracom-Token": auth["token"]}
        async with session.get(f"{base_url}/sims?limit=100", headers=headers) as response:
            sim_ids = [sim["simId"] for sim in await response.json()]
        failures = 0

        async def worker(indexes: Iterator[int]) -> None:
            nonlocal failures
            for i in indexes:
                url = f"{base_url}/sims/{sim_ids[i % len(sim_ids)]}"
                async with session.get(url, headers=headers) as response:
                    await response.read()
                    if response.status != 200:
                        failures += 1

        warm_up = iter(range(500))
        await asyncio.gather(*(worker(warm_up) for _ in range(concurrency)))
        started = time.perf_counter()
        indexes = iter(range(total))
        await asyncio.gather(*(worker(indexes) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    if failures:
        raise SystemExit(f"{failures} requests failed")
    return total / elapsed


def in_process_startup() -> float:
    from soracom_async.testing import SoracomEmulator

    started = time.perf_counter()
    emulator = SoracomEmulator()
    emulator.start()
    elapsed = time.perf_counter() - started
    emulator.stop()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()

    spawned = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "soracom_async.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        credentials = json.loads(proc.stdout.readline())
        ready = time.perf_counter() - spawned
        rate = asyncio.run(
            run(credentials["base_url"], credentials, args.requests, args.concurrency)
        )
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=10)
    startup = in_process_startup()
    print(f"emulator process ready (spawn + imports + 1000 SIMs): {ready:.3f} s")
    print(f"SoracomEmulator().start() in-process (warm imports):  {startup:.3f} s")
    print(
        f"GET /v1/sims/{{id}}: {args.requests} requests at concurrency {args.concurrency}: "
        f"{rate:,.0f} req/s"
    )
    record(
        "emulator",
        [
            row(
                "emulator process ready (spawn + imports + 1000 SIMs)",
                f"{ready:.3f} s",
                "one run",
                "< 1 s",
                ready < 1,
            ),
            row(
                "SoracomEmulator().start() in-process",
                f"{startup:.3f} s",
                "one run",
                "< 1 s",
                startup < 1,
            ),
            row(
                f"GET /v1/sims/{{id}} at concurrency {args.concurrency}",
                f"{rate:,.0f} req/s",
                f"one run of {args.requests} requests",
                ">= 2,000 req/s",
                rate >= 2000,
            ),
        ],
    )


if __name__ == "__main__":
    main()
