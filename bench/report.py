"""Gather every build/bench/*.json (bench/_results.py) into bench/RESULTS.md, and print it.

The file says where and when it was measured (CPU model, cores, OS, Python, the versions of
the libraries compared) and lists every row with its spread, goal and whether it held.

    python bench/report.py [--note "noisy machine: ..."]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
BUILD = HERE.parent / "build" / "bench"
PACKAGES = ("httpx", "aiohttp", "attrs", "anyio", "tenacity", "orjson", "msgspec", "uvloop")
MARKS = {True: "ok", False: "**missed**", None: ""}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def versions() -> str:
    found = []
    for name in PACKAGES:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return ", ".join(found)


def load() -> list[dict[str, Any]]:
    documents = []
    for path in sorted(BUILD.glob("*.json")):
        document = json.loads(path.read_text())
        if isinstance(document, dict) and isinstance(document.get("rows"), list):
            documents.append(document)
    return documents


def cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(documents: list[dict[str, Any]], note: str) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/report.py) from build/bench/*.json; do not edit by hand.",
        "Every figure is the best of >= 5 interleaved rounds (contenders alternate round by",
        "round); the spread column shows the rounds' range, so a noisy run shows as one.",
        "",
    ]
    if note:
        lines += [f"> **Note:** {note}", ""]
    load_avg = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    lines += [
        f"- machine: {cpu_model()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()} (load average at report: {load_avg})",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- {versions()}",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        "",
    ]
    for document in documents:
        lines += [
            f"## {document['bench']} (recorded {document.get('recorded', '?')})",
            "",
            "| figure | value | spread | goal | ok |",
            "| --- | --- | --- | --- | --- |",
        ]
        for row in document["rows"]:
            lines.append(
                f"| {cell(row['figure'])} | {cell(row['value'])} | {cell(row['spread'])} "
                f"| {cell(row['goal'])} | {MARKS.get(row['ok'], cell(row['ok']))} |"
            )
        lines.append("")
    if not documents:
        lines += ["No results: run `make bench` (or a bench/bench_*.py) first.", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--note", default=os.environ.get("BENCH_NOTE", ""))
    args = parser.parse_args()
    text = render(load(), args.note)
    RESULTS.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
