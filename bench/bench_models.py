"""Client CPU of turning list_sims pages into models, per SIM, against decoding alone.

One emulator page of 100 SIMs (nulls included) is fetched once over loopback; then, in one
process and interleaved rounds (best of --rounds, spread shown), each contender turns the raw
bytes of one page, and of a 20,000-SIM stream (200 such pages), into objects:

- `json.loads` alone (the floor the issue measures against, models excluded),
- `_json.loads` (orjson when installed, else the same as json.loads),
- `json.loads + Sim.from_dict` and `_json.loads + Sim.from_dict` (what paginate() does),
- msgspec decoding straight into typed objects, when msgspec is installed (the practical
  floor for Python; not a dependency).

    python bench/bench_models.py [--rounds 7]

Nothing is asserted; the ratio column is each row against `json.loads` alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

from soracom_async import _json
from soracom_async._generated.models.sim import Sim
from soracom_async.testing import SoracomEmulator

PAGE = 100
STREAM_PAGES = 200  # 20,000 SIMs


def fetch_page() -> bytes:
    with SoracomEmulator(sim_count=PAGE, seed=11) as emu, httpx.Client(base_url=emu.base_url) as h:
        token = h.post("/auth", json={"authKeyId": emu.auth_key_id, "authKey": emu.auth_key})
        auth = token.json()
        headers = {"X-Soracom-API-Key": auth["apiKey"], "X-Soracom-Token": auth["token"]}
        response = h.get("/sims", params={"limit": PAGE}, headers=headers)
        response.raise_for_status()
        return response.content


def msgspec_decoder() -> Callable[[bytes], Any] | None:
    try:
        import msgspec
    except ImportError:
        return None

    class MsgSim(msgspec.Struct, rename="camel"):
        sim_id: str
        active_profile_id: str | None = None
        capabilities: dict[str, Any] | None = None
        created_time: int | None = None
        expiry_action: str | None = None
        group_id: str | None = None
        last_modified_time: int | None = None
        last_port_mapping_created_time: int | None = None
        module_type: str | None = None
        operator_id: str | None = None
        profiles: dict[str, Any] | None = None
        serial_number: str | None = None
        session_status: dict[str, Any] | None = None
        speed_class: str | None = None
        status: str | None = None
        tags: dict[str, str] | None = None
        termination_enabled: bool | None = None
        type: str | None = None

    decoder = msgspec.json.Decoder(list[MsgSim])
    return decoder.decode


def contenders() -> dict[str, Callable[[bytes], int]]:
    build = Sim.from_dict
    rows: dict[str, Callable[[bytes], int]] = {
        "json.loads": lambda raw: len(json.loads(raw)),
        f"_json.loads ({'orjson' if _json.ORJSON else 'stdlib'})": lambda raw: len(
            _json.loads(raw)
        ),
        "json.loads + Sim.from_dict": lambda raw: len([build(s) for s in json.loads(raw)]),
        "_json.loads + Sim.from_dict": lambda raw: len([build(s) for s in _json.loads(raw)]),
    }
    decode = msgspec_decoder()
    if decode is not None:
        rows["msgspec typed (reference)"] = lambda raw: len(decode(raw))
    return rows


def measure(rounds: int, raw: bytes, pages: int) -> dict[str, list[float]]:
    rows = contenders()
    times: dict[str, list[float]] = {name: [] for name in rows}
    for _ in range(rounds):
        for name, run in rows.items():  # interleaved: a noisy neighbour hits every row alike
            started = time.process_time()
            count = sum(run(raw) for _ in range(pages))
            times[name].append(time.process_time() - started)
            assert count == PAGE * pages
    return times


def report(title: str, times: dict[str, list[float]], sims: int) -> None:
    floor = min(times["json.loads"])
    print(f"\n{title} ({sims} SIMs): best of {len(times['json.loads'])} rounds")
    print(f"{'contender':34} {'us/SIM':>8} {'spread':>8} {'x json.loads':>13}")
    for name, values in times.items():
        best = min(values)
        spread = (statistics.median(values) - best) / best if best else 0.0
        print(f"{name:34} {best / sims * 1e6:8.2f} {spread:8.1%} {best / floor:13.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    raw = fetch_page()
    report("one list_sims(limit=100) page", measure(args.rounds, raw, 10), PAGE * 10)
    stream = measure(args.rounds, raw, STREAM_PAGES)
    report("a 20,000-SIM stream", stream, PAGE * STREAM_PAGES)


if __name__ == "__main__":
    main()
