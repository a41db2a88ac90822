"""Each example runs as a user runs it: `python examples/NAME.py` in a subprocess, against
the emulator the example starts itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def example_env() -> dict[str, str]:
    """The environment without soracom-cli's variables, so an example always picks its
    emulator rather than a developer's real account."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SORACOM_")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_example(name: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=example_env(),
        cwd=ROOT,
    )
