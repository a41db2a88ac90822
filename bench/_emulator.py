"""Start the emulator in a separate process for a benchmark (so client CPU is the client's)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def emulator_process(*args: str) -> Iterator[dict[str, Any]]:
    """Run `python -m soracom_async.testing --port 0 ARGS`; yield its first-line JSON."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "soracom_async.testing", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        info: dict[str, Any] = json.loads(proc.stdout.readline())
        yield info
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
