"""The published peer, `soracom-api` (PyPI; sync, urllib3, openapi-generator), beside ours.

Same run, same emulator, four comparisons:

1. client CPU per `get_sim`: the peer from a 50-thread pool (its way to run 50 calls at once),
   ours with 50 concurrent tasks; the emulator in another process, so CPU is the client's;
2. client CPU per page of 100 SIMs (`list_sims(limit=100)`), parsed into models;
3. under a rate limit (the emulator allows RATE_LIMIT `get_sim` per second): how many of
   RATE_CALLS calls fail. The peer has no 429 handling, so each 429 is an exception;
4. a SIM whose enum fields carry values newer than the peer's spec (a `type` and a
   `speedClass` that did not exist when it was generated): does `get_sim` return or raise?

The peer is installed into its own venv under build/bench/ (`pip install soracom-api==0.0.2`);
when the index cannot be reached the peer's rows are reported as skipped, with the reason.
The peer runs in that venv's interpreter: this file re-runs itself there with `--peer`, reading
its task from stdin (credentials never appear on a command line) and printing JSON.
Figures are medians of REPEATS runs with their spread ((max - min) / median); nothing here
asserts a time. Results go through bench/_results.py (`record`) and a table is printed.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import statistics
import subprocess
import sys
import time
import venv
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PEER = "soracom-api==0.0.2"
PEER_VENV = ROOT / "build" / "bench" / "peer-venv"
THREADS = 50
CPU_CALLS = 2000
PAGES = 40
REPEATS = 3
RATE_LIMIT = 50  # get_sim per second, the Sim group's budget in the rate-limit comparison
RATE_CALLS = 200
NEW_TYPE = "euicc-next"  # values the emulator answers that neither spec knew
NEW_SPEED = "s1.8xfast"

Row = dict[str, Any]


# -- the peer side: runs in the peer's venv (stdlib and soracom_api only) ----------------------


def peer_client(task: dict[str, Any]) -> Any:
    """A signed-in `soracom_api.ApiClient`, its pool sized for THREADS threads."""
    api = importlib.import_module("soracom_api")
    auth_api = importlib.import_module("soracom_api.api.auth_api")
    auth_request = importlib.import_module("soracom_api.model.auth_request")
    config = api.Configuration(host=task["base_url"])
    config.connection_pool_maxsize = THREADS
    client = api.ApiClient(config)
    answer = auth_api.AuthApi(client).auth(
        auth_request.AuthRequest(auth_key_id=task["auth_key_id"], auth_key=task["auth_key"])
    )
    config.api_key = {"api_key": answer.api_key, "api_token": answer.token}
    return client


def peer_cpu(call: Callable[[], object], calls: int) -> float:
    """Process CPU seconds per call, `calls` calls from a THREADS-thread pool."""
    with ThreadPoolExecutor(THREADS) as pool:
        list(pool.map(lambda _: call(), range(THREADS)))  # warm up connections
        started = time.process_time()
        list(pool.map(lambda _: call(), range(calls)))
        return (time.process_time() - started) / calls


def peer_main() -> None:
    task = json.loads(sys.stdin.read())
    sim_api = importlib.import_module("soracom_api.api.sim_api").SimApi(peer_client(task))
    sim_id = task["sim_id"]
    out: dict[str, Any] = {}
    if task["mode"] == "cpu":
        get_sim = [peer_cpu(lambda: sim_api.get_sim(sim_id), CPU_CALLS) for _ in range(REPEATS)]
        page = [peer_cpu(lambda: sim_api.list_sims(limit=100), PAGES) for _ in range(REPEATS)]
        out.update(get_sim=get_sim, page=page)
    elif task["mode"] == "ratelimit":
        failures: dict[str, int] = {}

        def one(_: int) -> None:
            try:
                sim_api.get_sim(sim_id)
            except Exception as exc:
                kind = f"{type(exc).__name__} {getattr(exc, 'status', '')}".strip()
                failures[kind] = failures.get(kind, 0) + 1

        with ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(one, range(task["calls"])))
        out["failures"] = failures
    elif task["mode"] == "nulls":
        try:
            out["result"] = f"returned {len(sim_api.list_sims(limit=100))} SIMs"
        except Exception as exc:
            out["result"] = f"raised {type(exc).__name__}: {str(exc).splitlines()[0][:90]}"
    elif task["mode"] == "enum":
        try:
            sim = sim_api.get_sim(sim_id)
            out["result"] = f"returned type={sim.get('type')!r} speedClass={sim.speed_class!r}"
        except Exception as exc:
            out["result"] = f"raised {type(exc).__name__}: {str(exc).splitlines()[0][:90]}"
            out["raised"] = True
    print(json.dumps(out))


# -- our side and the comparison -------------------------------------------------------------


def install_peer() -> tuple[Path | None, str]:
    """The peer venv's python, or None and why not."""
    python = PEER_VENV / "bin" / "python"
    stamp = PEER_VENV / ".installed"
    if stamp.exists() and stamp.read_text() == PEER:
        return python, f"{PEER} (cached venv)"
    if not python.exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(PEER_VENV)
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PEER],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["pip failed"])[-1]
        return None, f"{PEER} could not be installed ({reason[:120]})"
    stamp.write_text(PEER)
    return python, PEER


def run_peer(python: Path, task: dict[str, Any]) -> dict[str, Any]:
    result = subprocess.run(
        [str(python), str(Path(__file__).resolve()), "--peer"],
        input=json.dumps(task),
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the peer's {task['mode']} run failed:\n{result.stderr[-3000:]}")
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def spread(values: list[float]) -> str:
    middle = statistics.median(values)
    return f"+-{50 * (max(values) - min(values)) / middle:.0f}%" if middle else "-"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} us"


async def ours_cpu(info: dict[str, Any]) -> dict[str, list[float]]:
    import asyncio

    import soracom_async as sa

    creds = sa.AuthKeyCredentials(auth_key_id=info["auth_key_id"], auth_key=info["auth_key"])
    async with sa.SoracomClient(credentials=creds, base_url=info["base_url"]) as client:
        sim_id = info["sim_id"]

        async def measure(call: Callable[[], Any], calls: int) -> float:
            await asyncio.gather(*(call() for _ in range(THREADS)))  # warm up connections
            pending = iter(range(calls))

            async def worker() -> None:
                for _ in pending:
                    await call()

            started = time.process_time()
            await asyncio.gather(*(worker() for _ in range(THREADS)))
            return (time.process_time() - started) / calls

        get_sim = [
            await measure(lambda: client.sim.get_sim(sim_id=sim_id), CPU_CALLS)
            for _ in range(REPEATS)
        ]
        page = [
            await measure(lambda: client.sim.list_sims(limit=100), PAGES) for _ in range(REPEATS)
        ]
    return {"get_sim": get_sim, "page": page}


async def ours_behaviour(emu: Any, sim_id: str, enum_sim: str) -> dict[str, Any]:
    import anyio

    import soracom_async as sa

    creds = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    out: dict[str, Any] = {}
    async with sa.SoracomClient(credentials=creds, base_url=emu.base_url) as client:
        await client.sim.list_sims(limit=1)  # signed in before the limit applies
        emu.set_rate_limit("Sim", RATE_LIMIT, window_seconds=1.0)
        emu.reset_counters()
        failures = 0

        async def one() -> None:
            nonlocal failures
            try:
                await client.sim.get_sim(sim_id=sim_id)
            except sa.SoracomError:
                failures += 1

        limiter = anyio.Semaphore(THREADS)

        async def bounded() -> None:
            async with limiter:
                await one()

        async with anyio.create_task_group() as tg:
            for _ in range(RATE_CALLS):
                tg.start_soon(bounded)
        out["failures"], out["429s"] = failures, emu.rate_limited_count
        emu.set_rate_limit("Sim", 1_000_000)
        try:
            out["nulls"] = f"returned {len(await client.sim.list_sims(limit=100))} SIMs"
        except sa.SoracomError as exc:
            out["nulls"] = f"raised {type(exc).__name__}"
        try:
            sim = await client.sim.get_sim(sim_id=enum_sim)
            out["enum"] = f"returned type={sim.type_!s} speedClass={sim.speed_class!s}"
        except sa.SoracomError as exc:
            out["enum"] = f"raised {type(exc).__name__}"
    return out


EMULATOR = """
import json, sys
from soracom_async.testing import SoracomEmulator
with SoracomEmulator(sim_count=200, null_share=0.0) as emu:
    print(json.dumps({**emu.credentials(), "sim_id": next(iter(emu.state.sims))}), flush=True)
    sys.stdin.read()  # until the bench closes it
"""


@contextlib.contextmanager
def emulator_without_nulls() -> Iterator[dict[str, Any]]:
    """An emulator in another process (CPU is the client's), whose SIMs carry no JSON null:
    the peer cannot parse those at all (see `behaviour_rows`)."""
    process = subprocess.Popen(
        [sys.executable, "-c", EMULATOR], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        info: dict[str, Any] = json.loads(process.stdout.readline())
        yield info
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def cpu_rows(python: Path | None, note: str) -> list[Row]:
    import asyncio

    with emulator_without_nulls() as info:
        ours = asyncio.run(ours_cpu(info))
        peer = run_peer(python, {**info, "mode": "cpu"}) if python else None
    rows = []
    for key, label in (("get_sim", "get_sim"), ("page", "list_sims page of 100")):
        mine = statistics.median(ours[key])
        rows.append(row(f"soracom-async: CPU per {label}", us(mine), spread(ours[key]), "", None))
        if peer is None:
            rows.append(row(f"soracom-api: CPU per {label}", "skipped", "", note, None))
            continue
        theirs = statistics.median(peer[key])
        rows.append(
            row(
                f"soracom-api: CPU per {label} ({THREADS} threads)",
                f"{us(theirs)} = {theirs / mine:.2f}x ours",
                spread(peer[key]),
                "ours <= peer",
                mine <= theirs,
            )
        )
    return rows


def behaviour_rows(python: Path | None, note: str) -> list[Row]:
    import anyio

    from soracom_async.testing import SoracomEmulator

    with SoracomEmulator(sim_count=120) as emu:  # JSON nulls in a third of the SIMs
        with emu.state.lock:
            order = list(emu.state.sims)
            sim_id, enum_sim = order[0], order[-1]  # the enum SIM is not on the first page
            emu.state.sims[enum_sim].update(type=NEW_TYPE, speedClass=NEW_SPEED)
        ours = anyio.run(ours_behaviour, emu, sim_id, enum_sim)
        base = {"base_url": emu.base_url, "auth_key_id": emu.auth_key_id, "auth_key": emu.auth_key}
        peer_rl: dict[str, Any] | None = None
        peer_enum: dict[str, Any] | None = None
        peer_nulls: dict[str, Any] | None = None
        if python is not None:
            emu.set_rate_limit("Sim", RATE_LIMIT, window_seconds=1.0)
            emu.reset_counters()
            task = {**base, "mode": "ratelimit", "calls": RATE_CALLS, "sim_id": sim_id}
            peer_rl = run_peer(python, task)
            peer_rl["429s"] = emu.rate_limited_count
            emu.set_rate_limit("Sim", 1_000_000)
            peer_enum = run_peer(python, {**base, "mode": "enum", "sim_id": enum_sim})
            peer_nulls = run_peer(python, {**base, "mode": "nulls", "sim_id": sim_id})
    limited = f"{RATE_CALLS} get_sim at {RATE_LIMIT}/s, {THREADS} at once"
    rows = [
        row(
            f"soracom-async: failures, {limited}",
            f"{ours['failures']} ({ours['429s']} 429s met: paced to the budget)",
            "",
            "0 failures",
            ours["failures"] == 0,
        )
    ]
    if peer_rl is None or peer_enum is None:
        rows.append(row(f"soracom-api: failures, {limited}", "skipped", "", note, None))
    else:
        failed = sum(peer_rl["failures"].values())
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(peer_rl["failures"].items())) or "none"
        rows.append(row(f"soracom-api: failures, {limited}", f"{failed} ({kinds})", "", "", None))
    new = f"get_sim of a SIM with type={NEW_TYPE!r}, speedClass={NEW_SPEED!r}"
    rows.append(
        row(f"soracom-async: {new}", ours["enum"], "", "returns", ours["enum"].startswith("ret"))
    )
    if peer_enum is None:
        rows.append(row(f"soracom-api: {new}", "skipped", "", note, None))
    else:
        rows.append(row(f"soracom-api: {new}", peer_enum["result"], "", "", None))
    nulls = "list_sims(limit=100) with JSON nulls as the real API sends them"
    parsed = ours["nulls"].startswith("returned")
    rows.append(row(f"soracom-async: {nulls}", ours["nulls"], "", "returns", parsed))
    if peer_nulls is None:
        rows.append(row(f"soracom-api: {nulls}", "skipped", "", note, None))
    else:
        rows.append(row(f"soracom-api: {nulls}", peer_nulls["result"], "", "", None))
    return rows


def row(figure: str, value: str, spread_: str, goal: str, ok: bool | None) -> Row:
    return {"figure": figure, "value": value, "spread": spread_, "goal": goal, "ok": ok}


def report(rows: list[Row]) -> None:
    try:  # the results contract: record(bench, rows) writes build/bench/<bench>.json
        record = importlib.import_module("_results").record
    except (ImportError, AttributeError):
        print("(bench/_results.py not present: results printed only)")
    else:
        record("peer", rows)
    width = max(len(r["figure"]) for r in rows)
    print(f"\n{'figure':{width}}  value  [spread]  goal  ok")
    for r in rows:
        ok = {True: "ok", False: "MISSED", None: ""}[r["ok"]]
        extra = "  ".join(part for part in (r["spread"], r["goal"], ok) if part)
        print(f"{r['figure']:{width}}  {r['value']}  {extra}")


def main() -> None:
    sys.path.insert(0, str(HERE))
    python, note = install_peer()
    print(f"peer: {note}")
    rows = cpu_rows(python, note) + behaviour_rows(python, note)
    report(rows)


if __name__ == "__main__":
    if sys.argv[1:] == ["--peer"]:
        peer_main()
    else:
        main()
