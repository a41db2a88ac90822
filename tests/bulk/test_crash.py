"""Crash safety: a journaled job SIGKILLed at many points, rerun, and counted by the server.

The job (crash_job.py) runs in a subprocess against the emulator running here, over loopback,
so the emulator's applied-write counters see every write the job ever made, whatever instant
the process died at. Kill points are chosen without clocks: right after the job's N-th
journal transaction (the job kills itself there), or by the emulator the instant it has
applied the job's N-th write, before answering it (the write is done, the job never knows).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from soracom_async.testing import SoracomEmulator

from .conftest import journal_states

JOB = Path(__file__).with_name("crash_job.py")
SIM_COUNT = 40  # six pages of 7: the listing's checkpoint moves during the job
CONCURRENCY = 4  # crash_job.CONCURRENCY: at most this many calls in flight at a kill


@pytest.fixture(scope="module")
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=SIM_COUNT, seed=3) as emulator:
        yield emulator


def start_job(emu: SoracomEmulator, journal: Path, mode: str, target: str, **env: str) -> Any:
    environment = {
        **os.environ,
        "SORACOM_ENDPOINT": emu.base_url,
        "AUTH_KEY_ID": emu.auth_key_id,
        "AUTH_KEY": emu.auth_key,
        "JOURNAL": str(journal),
        "MODE": mode,
        "TARGET": target,
        **env,
    }
    for name in ("SORACOM_PROFILE", "SORACOM_AUTH_KEY_ID", "SORACOM_AUTH_KEY"):
        environment.pop(name, None)
    return subprocess.Popen(
        [sys.executable, str(JOB)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finish(process: Any) -> dict[str, Any]:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode(errors="replace")[-2000:]
    result: dict[str, Any] = json.loads(out.decode().splitlines()[-1])
    return result


def killed(process: Any) -> None:
    _, err = process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL, err.decode(errors="replace")[-2000:]


def new_group(emu: SoracomEmulator) -> str:
    with emu.state.lock:
        return str(emu.state.create_group(None, None)["groupId"])


def members(emu: SoracomEmulator, group: str) -> set[str]:
    with emu.state.lock:
        return {k for k, sim in emu.state.sims.items() if sim.get("groupId") == group}


def kill_on_write(emu: SoracomEmulator, operation_id: str, count: int) -> Callable[[int], None]:
    """Arm the emulator to SIGKILL the job the instant it has applied the job's `count`-th
    `operation_id` write, before the answer is sent: the write is done, the job never hears
    of it. Returns the function that tells the emulator the job's pid; disarmed after one."""
    counters = emu.core.counters
    apply = counters.apply
    target: list[int] = []
    seen = [0]

    def apply_then_kill(applied: str) -> None:
        apply(applied)
        if applied == operation_id and target:
            seen[0] += 1
            if seen[0] == count:
                os.kill(target[0], signal.SIGKILL)
                counters.apply = apply  # type: ignore[method-assign]

    counters.apply = apply_then_kill  # type: ignore[method-assign, assignment]
    return target.append


def run_killed(
    emu: SoracomEmulator, journal: Path, mode: str, target: str, kind: str, point: int
) -> None:
    """Run the job until it is SIGKILLed at `point` (see the module doc for the kinds)."""
    operation_id = "updateSimSpeedClass" if mode == "speed" else "setSimGroup"
    if kind == "commits":
        killed(start_job(emu, journal, mode, target, KILL_AFTER_COMMITS=str(point)))
        return
    apply = emu.core.counters.apply
    arm = kill_on_write(emu, operation_id, point)
    try:
        process = start_job(emu, journal, mode, target)
        arm(process.pid)
        killed(process)
    finally:
        emu.core.counters.apply = apply  # type: ignore[method-assign]


@pytest.mark.parametrize(
    ("kind", "point"),
    [
        *[("commits", n) for n in (1, 2, 5, 13, 29)],
        *[("writes", n) for n in (1, 9, 26)],
    ],
)
def test_a_killed_non_idempotent_job_never_applies_a_write_twice(
    emu: SoracomEmulator, tmp_path: Path, kind: str, point: int
) -> None:
    """setSimGroup is a POST: at most once, then exactly once with a checking fn. Killed
    after the job's `point`-th journal commit, or by the server the moment it has applied
    the job's `point`-th write (applied, unanswered: the case that must not be replayed)."""
    sims = set(emu.state.sim_order)
    group = new_group(emu)
    journal = tmp_path / "job.db"
    applied_before = emu.applied_count("setSimGroup")

    run_killed(emu, journal, "set", group, kind, point)
    second = finish(start_job(emu, journal, "set", group))

    applied = emu.applied_count("setSimGroup") - applied_before
    changed = members(emu, group)
    assert applied == len(changed)  # no SIM's group was set twice
    states = journal_states(journal)
    assert set(states) == sims  # no item lost: every one has an outcome
    done = {k for k, state in states.items() if state == "done"}
    unknown = {k for k, state in states.items() if state == "unknown"}
    assert done | unknown == sims
    assert done <= changed  # a "done" write was applied (exactly once, by the count)
    assert len(unknown) <= CONCURRENCY  # only the calls in flight at the kill
    assert second["unknown"] == len(unknown) and second["failed"] == 0

    # The unknown ones: replayed on request, by a fn that checks first. Exactly once, all.
    third = finish(start_job(emu, journal, "check-set", group, RETRY_UNKNOWN="1"))
    assert third["succeeded"] == len(unknown) and third["unknown"] == 0
    assert members(emu, group) == sims
    assert emu.applied_count("setSimGroup") - applied_before == SIM_COUNT
    assert set(journal_states(journal).values()) == {"done"}


@pytest.mark.parametrize(
    ("kind", "point", "speed"),
    [("writes", 3, "s1.slow"), ("writes", 21, "s1.fast"), ("commits", 17, "s1.standard")],
)
def test_a_killed_replay_safe_job_redoes_only_what_was_in_flight(
    emu: SoracomEmulator, tmp_path: Path, kind: str, point: int, speed: str
) -> None:
    """updateSimSpeedClass is a PUT (replay_safe): killed at any point, the rerun completes
    every item and redoes only the calls that were in flight."""
    journal = tmp_path / "job.db"
    applied_before = emu.applied_count("updateSimSpeedClass")
    run_killed(emu, journal, "speed", speed, kind, point)
    finish(start_job(emu, journal, "speed", speed))
    applied = emu.applied_count("updateSimSpeedClass") - applied_before
    assert SIM_COUNT <= applied <= SIM_COUNT + CONCURRENCY
    assert set(journal_states(journal).values()) == {"done"}
    with emu.state.lock:
        assert {sim["speedClass"] for sim in emu.state.sims.values()} == {speed}
