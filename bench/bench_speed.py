"""Issue 13's figures: the SDK against raw aiohttp + `json.loads` (the floor), raw httpx, and
msgspec decoding straight into typed Structs (the practical floor for typed objects).

Rows (each contender measured in interleaved rounds, best of >= 5, spread shown; see _rounds.py):

1. `get_sim` client CPU per call at concurrency 50 (goal <= 1.3x raw aiohttp).
2. One `list_sims(limit=100)` page into models, client CPU per page (goal <= 2.2x).
3. 20,000 SIMs streamed through `paginate()`, client CPU (goal <= 2.0x).
4. Event-loop stall on the first call after `SoracomClient()`: a task sleeping 1 ms in a loop
   records its worst lateness while the call runs, in a fresh interpreter each round (goal
   <= 20 ms). Shown twice: the first `client.sim.get_sim(...)` as written (which imports the Sim
   group on first touch), and with `client.sim` touched before the probe starts (what the
   call itself blocks on: the pipeline, transport and session).
5. Process start to the first `get_sim` answered, against `import aiohttp` + one raw aiohttp
   call, fresh interpreters, both with a pre-issued token so each makes one request (goal <=
   1.2x).

The emulator runs in another process (client CPU is the client's). Figures go to
build/bench/speed.json (bench/_results.py); `make bench` gathers them into bench/RESULTS.md.

    python bench/bench_speed.py [--rounds 9] [--calls 2000] [--sims 20000] [--name speed]
                                [--only cpu|process]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
import venv
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _emulator import emulator_process
from _results import record, row, user_env
from _rounds import (
    CONCURRENCY,
    concurrent_cpu,
    interleaved,
    interleaved_sync,
    ratio_spread,
    spread,
)

import soracom_async as sa

PAGE = 100
FLOOR = "raw aiohttp + json.loads"


# -- msgspec: Sim as typed Structs (the fields the emulator and the API send; others ignored) --


class Capabilities(msgspec.Struct, rename="camel"):
    data: bool | None = None
    sms: bool | None = None


class Subscriber(msgspec.Struct, rename="camel"):
    imsi: str | None = None
    msisdn: str | None = None
    subscription: str | None = None
    bundles: list[str] | None = None
    capabilities: Capabilities | None = None


class SimProfile(msgspec.Struct, rename="camel"):
    iccid: str | None = None
    ota_supported: bool | None = None
    primary_imsi: str | None = None
    subscribers: dict[str, Subscriber] | None = None


class SessionStatus(msgspec.Struct, rename="camel"):
    online: bool | None = None
    imsi: str | None = None
    imei: str | None = None
    subscription: str | None = None
    last_updated_at: int | None = None
    ue_ip_address: str | None = None
    dns_servers: list[str] | None = None


class Sim(msgspec.Struct, rename="camel"):
    sim_id: str
    operator_id: str | None = None
    type: str | None = None
    module_type: str | None = None
    status: str | None = None
    speed_class: str | None = None
    tags: dict[str, str] | None = None
    termination_enabled: bool | None = None
    active_profile_id: str | None = None
    capabilities: Capabilities | None = None
    profiles: dict[str, SimProfile] | None = None
    session_status: SessionStatus | None = None
    created_time: int | None = None
    last_modified_time: int | None = None
    serial_number: str | None = None
    group_id: str | None = None
    expiry_action: str | None = None
    expiry_time: int | None = None
    last_port_mapping_created_time: int | None = None


SIM = msgspec.json.Decoder(Sim)
SIMS = msgspec.json.Decoder(list[Sim])


# -- measuring ---------------------------------------------------------------------------------


async def sequential_cpu(call: Callable[[], Awaitable[int]], repeat: int, expected: int) -> float:
    """Client CPU seconds per run of `call` (which returns how many items it got)."""
    started = time.process_time()
    for _ in range(repeat):
        count = await call()
        assert count == expected, (count, expected)
    return (time.process_time() - started) / repeat


def ratio_rows(
    figure: str,
    results: dict[str, list[float]],
    *,
    sdk: str,
    goal: float,
    unit: str,
    scale: float,
    digits: int = 0,
) -> list[dict[str, Any]]:
    """One row per contender: its best figure, as a ratio to the floor's best."""
    floor = min(results[FLOOR])
    rows = []
    for name, values in results.items():
        best = min(values)
        ratio = best / floor
        is_sdk = name == sdk
        rows.append(
            row(
                f"{figure}: {name}",
                f"{best * scale:.{digits}f} {unit} = {ratio:.2f}x raw aiohttp",
                spread(values, scale, f" {unit}", digits)
                + ("" if name == FLOOR else f"; {ratio_spread(values, results[FLOOR])}"),
                f"<= {goal}x" if is_sdk else ("the floor" if name == FLOOR else "reference"),
                (ratio <= goal) if is_sdk else None,
            )
        )
    return rows


class Contenders:
    """The same calls made by each contender against one emulator."""

    def __init__(self, info: dict[str, Any], client: sa.SoracomClient, headers: dict[str, str]):
        self.base = info["base_url"]
        self.client = client
        self.headers = headers
        self.raw = aiohttp.ClientSession()
        self.hx = httpx.AsyncClient(headers=headers, limits=httpx.Limits(max_connections=100))
        self.sim_id = ""

    async def aclose(self) -> None:
        await self.raw.close()
        await self.hx.aclose()

    # 1. get_sim

    def get_sim(self) -> dict[str, Callable[[], Awaitable[object]]]:
        url = f"{self.base}/sims/{self.sim_id}"
        raw, hx, headers, client, sim_id = self.raw, self.hx, self.headers, self.client, self.sim_id

        async def raw_call() -> object:
            async with raw.get(url, headers=headers) as resp:
                return json.loads(await resp.read())

        async def msgspec_call() -> object:
            async with raw.get(url, headers=headers) as resp:
                return SIM.decode(await resp.read())

        async def httpx_call() -> object:
            return (await hx.get(url)).json()

        async def sdk_call() -> object:
            return await client.sim.get_sim(sim_id=sim_id)

        return {
            FLOOR: raw_call,
            "aiohttp + msgspec into Structs": msgspec_call,
            "raw httpx + .json()": httpx_call,
            "soracom-async get_sim -> Sim": sdk_call,
        }

    # 2 and 3. pages

    async def _raw_pages(self, decode: Callable[[bytes], list[Any]], pages: int | None) -> int:
        count, key, fetched = 0, None, 0
        while True:
            params = {"limit": str(PAGE)}
            if key:
                params["last_evaluated_key"] = key
            async with self.raw.get(self.base + "/sims", params=params, headers=self.headers) as r:
                count += len(decode(await r.read()))
                key = r.headers.get("x-soracom-next-key")
            fetched += 1
            if not key or fetched == pages:
                return count

    async def _httpx_pages(self, pages: int | None) -> int:
        count, key, fetched = 0, None, 0
        while True:
            params = {"limit": str(PAGE)}
            if key:
                params["last_evaluated_key"] = key
            answer = await self.hx.get(self.base + "/sims", params=params)
            count += len(answer.json())
            key = answer.headers.get("x-soracom-next-key")
            fetched += 1
            if not key or fetched == pages:
                return count

    def pages(self, pages: int | None) -> dict[str, Callable[[], Awaitable[int]]]:
        """Contenders listing `pages` pages (None: every page)."""
        client = self.client

        async def sdk_page() -> int:
            return len(await client.sim.list_sims(limit=PAGE))

        async def sdk_stream() -> int:
            count = 0
            async for _sim in client.sim.list_sims.paginate(limit=PAGE):
                count += 1
            return count

        return {
            FLOOR: partial(self._raw_pages, json.loads, pages),
            "aiohttp + msgspec into Structs": partial(self._raw_pages, SIMS.decode, pages),
            "raw httpx + .json()": partial(self._httpx_pages, pages),
            "soracom-async": sdk_page if pages == 1 else sdk_stream,
        }


async def cpu_rows(info: dict[str, Any], args: argparse.Namespace) -> list[dict[str, Any]]:
    credentials = sa.AuthKeyCredentials(auth_key_id=info["auth_key_id"], auth_key=info["auth_key"])
    rows: list[dict[str, Any]] = []
    async with sa.SoracomClient(credentials=credentials, base_url=info["base_url"]) as client:
        first = await client.sim.list_sims(limit=1)
        assert client._session is not None
        headers = dict(await client._session.headers())
        bench = Contenders(info, client, headers)
        bench.sim_id = str(first[0].sim_id)
        try:
            calls = bench.get_sim()
            for call in calls.values():  # warm connections and caches
                await concurrent_cpu(call, CONCURRENCY * 2)
            hx_calls = max(args.calls // 4, CONCURRENCY)  # httpx is slow: fewer calls
            timed = {
                name: partial(concurrent_cpu, call, hx_calls if "httpx" in name else args.calls)
                for name, call in calls.items()
            }
            results = await interleaved(timed, rounds=args.rounds)
            rows += ratio_rows(
                "get_sim CPU per call, concurrency 50",
                results,
                sdk="soracom-async get_sim -> Sim",
                goal=1.3,
                unit="us",
                scale=1e6,
            )
            page = bench.pages(1)
            results = await interleaved(
                {name: partial(sequential_cpu, c, 20, PAGE) for name, c in page.items()},
                rounds=args.rounds,
            )
            rows += ratio_rows(
                "one list_sims(limit=100) page, CPU per page",
                results,
                sdk="soracom-async",
                goal=2.2,
                unit="ms",
                scale=1e3,
                digits=2,
            )
            stream = bench.pages(None)
            results = await interleaved(
                {name: partial(sequential_cpu, c, 1, args.sims) for name, c in stream.items()},
                rounds=max(25, args.rounds),  # a long round is seldom undisturbed: more chances
            )
            rows += ratio_rows(
                f"{args.sims} SIMs streamed through paginate(), CPU",
                results,
                sdk="soracom-async",
                goal=2.0,
                unit="s",
                scale=1.0,
                digits=3,
            )
        finally:
            await bench.aclose()
    return rows


# -- fresh interpreters: the loop stall and the start-up ---------------------------------------

CHILD = r"""
import asyncio, json, os, sys, time
started = time.perf_counter()
mode = sys.argv[1]
env = json.loads(os.environ["BENCH_EMULATOR"])

async def probe_while(run):
    lag, stop = 0.0, False
    async def probe():
        nonlocal lag
        while not stop:
            before = time.perf_counter()
            await asyncio.sleep(0.001)
            lag = max(lag, time.perf_counter() - before - 0.001)
    task = asyncio.create_task(probe())
    await asyncio.sleep(0.02)  # the probe is running
    lag = 0.0
    await run()
    stop = True
    await task
    return lag

async def stall_sdk(touch):
    import soracom_async as sa
    creds = sa.AuthKeyCredentials(auth_key_id=env["auth_key_id"], auth_key=env["auth_key"])
    client = sa.SoracomClient(credentials=creds, base_url=env["base_url"])
    if touch:
        client.sim
    async def run():
        await client.sim.get_sim(sim_id=env["sim_id"])
    lag = await probe_while(run)
    await client.aclose()
    return lag

async def stall_raw():
    import aiohttp
    headers = env["headers"]
    async def run():
        async with aiohttp.ClientSession() as session:
            url = env["base_url"] + "/sims/" + env["sim_id"]
            async with session.get(url, headers=headers) as r:
                json.loads(await r.read())
    return await probe_while(run)

async def first_sdk():
    import soracom_async as sa
    creds = sa.TokenCredentials(api_key=env["headers"]["X-Soracom-API-Key"],
                                token=env["headers"]["X-Soracom-Token"])
    async with sa.SoracomClient(credentials=creds, base_url=env["base_url"]) as client:
        await client.sim.get_sim(sim_id=env["sim_id"])
        print("answered", flush=True)

async def first_raw():
    import aiohttp
    async with aiohttp.ClientSession() as session:
        url = env["base_url"] + "/sims/" + env["sim_id"]
        async with session.get(url, headers=env["headers"]) as r:
            json.loads(await r.read())
            print("answered", flush=True)

if mode == "stall-sdk":
    print(json.dumps(asyncio.run(stall_sdk(False))))
elif mode == "stall-sdk-touched":
    print(json.dumps(asyncio.run(stall_sdk(True))))
elif mode == "stall-raw":
    print(json.dumps(asyncio.run(stall_raw())))
elif mode == "first-sdk":
    asyncio.run(first_sdk())
else:
    asyncio.run(first_raw())
"""


def start_rounds(rounds: int) -> int:
    """Rounds of the start-up rows: a start takes a fraction of a second, and a process this
    short is at the mercy of its neighbours, so three times the CPU rows' rounds (at least 30)
    let each contender's best round find a quiet moment."""
    return max(30, 3 * rounds)


RUNTIME_VENV = Path(__file__).resolve().parent.parent / "build" / "bench" / "runtime-venv"


def runtime_python() -> tuple[Path | None, str]:
    """A venv with the SDK and its runtime dependencies only, as a user installs it (`pip
    install soracom-async`): the dev tools (pytest, mkdocs, ...) bring rich, click and
    pygments, which httpx's CLI then imports with httpx (about 40 ms a start). Editable, so
    it runs this tree; made once, then reused. None, and why, when it cannot be made."""
    python = RUNTIME_VENV / "bin" / "python"
    if (RUNTIME_VENV / ".installed").exists():
        return python, "runtime-only venv (cached)"
    venv.EnvBuilder(with_pip=True, clear=True).create(RUNTIME_VENV)
    root = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", root],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        return None, (done.stderr.strip().splitlines() or ["pip failed"])[-1][:120]
    (RUNTIME_VENV / ".installed").touch()
    return python, "runtime-only venv"


def child(
    mode: str, env: dict[str, Any], python: Path | str = sys.executable
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(python), "-c", CHILD, mode],
        stdout=subprocess.PIPE,
        text=True,
        env=user_env(BENCH_EMULATOR=json.dumps(env)),
    )


def stall(mode: str, env: dict[str, Any]) -> float:
    proc = child(mode, env)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    return float(json.loads(out.splitlines()[-1]))


def start_to_answer(mode: str, env: dict[str, Any], python: Path | str = sys.executable) -> float:
    started = time.perf_counter()
    proc = child(mode, env, python)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.communicate(timeout=60)
    assert line.strip() == "answered" and proc.returncode == 0, line
    return elapsed


async def child_env(info: dict[str, Any]) -> dict[str, Any]:
    async with aiohttp.ClientSession() as session:
        body = {"authKeyId": info["auth_key_id"], "authKey": info["auth_key"]}
        async with session.post(info["base_url"] + "/auth", json=body) as response:
            auth = await response.json()
        headers = {"X-Soracom-API-Key": auth["apiKey"], "X-Soracom-Token": auth["token"]}
        async with session.get(info["base_url"] + "/sims?limit=1", headers=headers) as response:
            sim_id = (await response.json())[0]["simId"]
    return {**info, "headers": headers, "sim_id": sim_id}


def process_rows(info: dict[str, Any], rounds: int) -> list[dict[str, Any]]:
    env = asyncio.run(child_env(info))
    rows: list[dict[str, Any]] = []
    stalls = interleaved_sync(
        {
            mode: partial(stall, mode, env)
            for mode in ("stall-sdk", "stall-sdk-touched", "stall-raw")
        },
        rounds=max(5, rounds),
    )
    labels = {
        "stall-sdk": "loop stall, first client.sim.get_sim() after SoracomClient()",
        "stall-sdk-touched": (
            "loop stall, first get_sim() after SoracomClient(), client.sim touched before"
        ),
        "stall-raw": "loop stall, reference: first raw aiohttp call (aiohttp imported before)",
    }
    for mode, values in stalls.items():
        best = min(values)
        sdk = mode != "stall-raw"
        rows.append(
            row(
                labels[mode],
                f"{best * 1e3:.1f} ms",
                spread(values, 1e3, " ms", 1),
                "<= 20 ms" if sdk else "reference",
                (best <= 0.020) if sdk else None,
            )
        )
    starts = interleaved_sync(
        {mode: partial(start_to_answer, mode, env) for mode in ("first-raw", "first-sdk")},
        rounds=start_rounds(rounds),
    )
    raw, sdk_times = starts["first-raw"], starts["first-sdk"]
    ratio = min(sdk_times) / min(raw)
    rows.append(
        row(
            "process start to first answer: import aiohttp + one raw aiohttp call",
            f"{min(raw) * 1e3:.0f} ms",
            spread(raw, 1e3, " ms"),
            "the floor",
            None,
        )
    )
    rows.append(
        row(
            "process start to first answer: soracom-async get_sim (pre-issued token)",
            f"{min(sdk_times) * 1e3:.0f} ms = {ratio:.2f}x",
            f"{spread(sdk_times, 1e3, ' ms')}; {ratio_spread(sdk_times, raw)}",
            "<= 1.2x",
            ratio <= 1.2,
        )
    )
    return rows + runtime_start_rows(env, rounds)


def runtime_start_rows(env: dict[str, Any], rounds: int) -> list[dict[str, Any]]:
    """The start-up rows again in a runtime-only install (what a user's process imports)."""
    python, note = runtime_python()
    figure = "process start to first answer, runtime-only install: soracom-async get_sim"
    if python is None:
        return [row(figure, "skipped", note, "<= 1.2x", None)]
    starts = interleaved_sync(
        {mode: partial(start_to_answer, mode, env, python) for mode in ("first-raw", "first-sdk")},
        rounds=start_rounds(rounds),
    )
    raw, sdk_times = starts["first-raw"], starts["first-sdk"]
    ratio = min(sdk_times) / min(raw)
    return [
        row(
            "process start to first answer, runtime-only install: aiohttp + one raw call",
            f"{min(raw) * 1e3:.0f} ms",
            f"{spread(raw, 1e3, ' ms')} ({note})",
            "the floor",
            None,
        ),
        row(
            figure,
            f"{min(sdk_times) * 1e3:.0f} ms = {ratio:.2f}x",
            f"{spread(sdk_times, 1e3, ' ms')}; {ratio_spread(sdk_times, raw)}",
            "<= 1.2x",
            ratio <= 1.2,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--sims", type=int, default=20_000)
    parser.add_argument(
        "--name", default="speed", help="results file build/bench/NAME.json (e.g. a before run)"
    )
    parser.add_argument(
        "--only",
        choices=("cpu", "process"),
        help="only the in-process CPU rows (1-3), or only the fresh-interpreter rows (4-5)",
    )
    args = parser.parse_args()
    if args.rounds < 5:
        parser.error("--rounds must be >= 5 (the figures are best of >= 5 interleaved rounds)")
    with emulator_process("--sims", str(args.sims)) as info:
        rows = [] if args.only == "process" else asyncio.run(cpu_rows(info, args))
        rows += [] if args.only == "cpu" else process_rows(info, args.rounds)
    path = record(args.name, rows)
    width = max(len(r["figure"]) for r in rows)
    for r in rows:
        mark = {True: "ok", False: "MISSED", None: ""}[r["ok"]]
        print(f"{r['figure']:<{width}}  {r['value']:<32} {r['goal']:<10} {mark}")
        print(f"{'':<{width}}  {r['spread']}")
    print(f"-> {path}")


if __name__ == "__main__":
    main()
