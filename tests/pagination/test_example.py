"""The example fleet job runs end to end against its embedded emulator."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "fleet_speed_class.py"


def test_fleet_speed_class_example() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SORACOM_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), "--tag", "fleet=green", "--speed-class", "s1.fast"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "500 SIMs updated" in done.stdout
    assert "500 succeeded, 0 failed" in done.stdout
    assert lines[-1] == "Checked: 500/500 SIMs tagged fleet=green have s1.fast"
