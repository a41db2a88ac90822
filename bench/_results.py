"""Where a benchmark's figures go: `record("speed", rows)` writes `build/bench/speed.json`.

Every bench/bench_*.py records its rows here; `bench/report.py` collects them into
bench/RESULTS.md. A row is a dict of exactly these keys (all strings but `ok`):

    {"figure": "get_sim client CPU, concurrency 50",   # what was measured
     "value": "1.24x raw aiohttp (98 us)",             # the best round's figure
     "spread": "1.21x..1.40x over 7 rounds",           # min..max (or relative) over rounds
     "goal": "<= 1.3x",                                # "" for reference/diagnostic rows
     "ok": True}                                       # None when there is no goal
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "bench"
KEYS = ("figure", "value", "spread", "goal", "ok")


def record(bench: str, rows: list[dict[str, Any]]) -> Path:
    """Write `rows` (see the module docstring) to build/bench/<bench>.json; returns the path."""
    for row in rows:
        missing = [key for key in KEYS if key not in row]
        extra = [key for key in row if key not in KEYS]
        if missing or extra:
            raise ValueError(f"{bench}: row {row!r}: missing {missing}, unexpected {extra}")
        if row["ok"] is not None and not isinstance(row["ok"], bool):
            raise ValueError(f"{bench}: row {row['figure']!r}: ok must be a bool or None")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{bench}.json"
    document: dict[str, Any] = {
        "bench": bench,
        "recorded": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    document["rows"] = [{key: row[key] for key in KEYS} for row in rows]
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return path


def row(
    figure: str, value: str, spread: str = "", goal: str = "", ok: bool | None = None
) -> dict[str, Any]:
    """A row in the contract's shape."""
    return {"figure": figure, "value": value, "spread": spread, "goal": goal, "ok": ok}


def user_env(**extra: str) -> dict[str, str]:
    """The environment of a fresh interpreter measured as a user's would run: with bytecode
    caching on (an installed package has its .pyc files; PYTHONDONTWRITEBYTECODE, set on
    some development machines, would charge every import a compile)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env
