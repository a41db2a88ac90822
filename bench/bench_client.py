"""Foundation budgets: import cost and client CPU per call.

1. `import soracom_async` (and the client class) against `import httpx`, in fresh interpreters.
   Budget: the SDK adds at most 60% to httpx's import.
2. Client CPU per `get_sim` at concurrency 50 against the emulator in another process, for
   raw aiohttp (GET + json.loads), httpx's default client, and the SDK (GET -> Sim model).
   Budget: the SDK within 2.5x of raw aiohttp.
Figures are ratios measured in this one run; nothing here asserts a time.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _emulator import emulator_process
from _results import record, row, user_env
from _rounds import CONCURRENCY, concurrent_cpu

CALLS = 3000


def import_ms(statement: str, runs: int = 9) -> float:
    def once(code: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=user_env())
        return time.perf_counter() - started

    base = statistics.median(once("pass") for _ in range(runs))
    return 1000 * (statistics.median(once(statement) for _ in range(runs)) - base)


async def cpu_per_call(call: Callable[[], Awaitable[object]], calls: int) -> float:
    """Client CPU seconds per call (_rounds.py `concurrent_cpu`), after a warm-up."""
    for _ in range(CONCURRENCY):  # warm up connections and caches
        await call()
    return await concurrent_cpu(call, calls)


async def measure(info: dict[str, str]) -> dict[str, float]:
    import aiohttp
    import httpx

    import soracom_async as sa

    base = info["base_url"]
    creds = sa.AuthKeyCredentials(auth_key_id=info["auth_key_id"], auth_key=info["auth_key"])
    async with sa.SoracomClient(credentials=creds, base_url=base) as client:
        sims = await client.sim.list_sims(limit=1)
        sim_id = sims[0].sim_id
        assert isinstance(sim_id, str)
        session = client._session
        assert session is not None
        headers = dict(await session.headers())
        results: dict[str, float] = {}

        async with aiohttp.ClientSession() as raw:

            async def raw_call() -> object:
                async with raw.get(f"{base}/sims/{sim_id}", headers=headers) as resp:
                    return json.loads(await resp.read())

            results["raw aiohttp (GET + json.loads)"] = await cpu_per_call(raw_call, CALLS)

        async with httpx.AsyncClient(headers=headers) as hx:

            async def httpx_call() -> object:
                return (await hx.get(f"{base}/sims/{sim_id}")).json()

            results["httpx default client"] = await cpu_per_call(httpx_call, CALLS // 3)

        async def sdk_call() -> object:
            return await client.sim.get_sim(sim_id=sim_id)

        results["soracom-async get_sim -> Sim"] = await cpu_per_call(sdk_call, CALLS)
    return results


def main() -> None:
    httpx_ms = import_ms("import httpx")
    bare_ms = import_ms("import soracom_async")
    client_ms = import_ms("from soracom_async import SoracomClient")
    print("import cost (fresh interpreter, median of 9, interpreter start subtracted)")
    print(f"  import httpx                              {httpx_ms:7.1f} ms")
    print(f"  import soracom_async                      {bare_ms:7.1f} ms")
    print(
        f"  from soracom_async import SoracomClient   {client_ms:7.1f} ms"
        f"   = httpx + {100 * (client_ms / httpx_ms - 1):.0f}%  (budget: +60%)"
    )
    with emulator_process("--sims", "100") as info:
        results = asyncio.run(measure(info))
    raw = results["raw aiohttp (GET + json.loads)"]
    print(f"\nclient CPU per call, concurrency {CONCURRENCY}, emulator in another process")
    for name, seconds in results.items():
        print(f"  {name:34s} {seconds * 1e6:8.0f} us   {seconds / raw:5.2f}x raw aiohttp")
    print("  budget: soracom-async within 2.5x raw aiohttp")
    added = client_ms / httpx_ms - 1
    rows = [
        row("import httpx (fresh interpreter)", f"{httpx_ms:.1f} ms", "median of 9"),
        row("import soracom_async", f"{bare_ms:.1f} ms", "median of 9"),
        row(
            "from soracom_async import SoracomClient",
            f"{client_ms:.1f} ms = httpx + {100 * added:.0f}%",
            "median of 9",
            "<= httpx + 60%",
            added <= 0.6,
        ),
    ]
    for name, seconds in results.items():
        sdk = name.startswith("soracom-async")
        rows.append(
            row(
                f"client CPU per call, concurrency {CONCURRENCY}: {name}",
                f"{seconds * 1e6:.0f} us = {seconds / raw:.2f}x raw aiohttp",
                "one run (bench_speed.py has the interleaved figure)",
                "<= 2.5x" if sdk else "",
                seconds / raw <= 2.5 if sdk else None,
            )
        )
    record("client", rows)


if __name__ == "__main__":
    main()
