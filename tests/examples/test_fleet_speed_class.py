"""examples/fleet_speed_class.py (`make demo`): the fleet job, and its progress bar, which is
drawn only when stderr is a terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

from .conftest import EXAMPLES, ROOT, example_env, run_example


def test_the_job_updates_every_tagged_sim_without_a_bar_when_not_a_terminal() -> None:
    result = run_example("fleet_speed_class.py", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = [line for line in result.stdout.splitlines() if line.startswith("Checked: ")]
    assert len(checked) == 1
    done, _, rest = checked[0].removeprefix("Checked: ").partition("/")
    assert int(done) > 0 and rest.startswith(f"{done} SIMs tagged fleet=blue have s1.slow")
    assert "item/s" not in result.stderr  # no bar into a pipe


def test_a_progress_bar_on_a_terminal() -> None:
    controller, terminal = pty.openpty()
    # A terminal of 100 columns (a new pty has 0, where tqdm draws nothing).
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    try:
        process = subprocess.Popen(
            [sys.executable, str(EXAMPLES / "fleet_speed_class.py")],
            stdout=subprocess.PIPE,
            stderr=terminal,
            stdin=subprocess.DEVNULL,
            env=example_env(),
            cwd=ROOT,
        )
        os.close(terminal)
        drawn = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other end closed: the process has exited
                break
            if not chunk:
                break
            drawn += chunk
        stdout, _ = process.communicate(timeout=300)
    finally:
        os.close(controller)
    assert process.returncode == 0, stdout
    updated = next(
        line.split()[0] for line in stdout.decode().splitlines() if "SIMs updated" in line
    )
    text = drawn.decode(errors="replace")
    # tqdm redraws the line in place as items complete, ending at the job's count.
    assert "\rbulk: 0item" in text, text[-500:]
    assert f"\rbulk: {updated}item [" in text, text[-500:]
