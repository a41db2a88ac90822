"""examples/event_bot.py as a process: it follows SIM status history against an emulator in
this test, survives an expired token, a 429 burst and 5xx, stops cleanly on SIGTERM/SIGINT, and
a restart resumes from its cursor without reacting to an event twice."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from soracom_async.testing import SoracomEmulator

from .conftest import EXAMPLES, ROOT, example_env, run_example

TAG = ("bot", "event-bot-watch")
WAIT = 90.0  # a bound on waiting for the bot, never a measured duration


class Bot:
    """The example running as a subprocess, its stdout read line by line on a thread."""

    def __init__(self, emu: SoracomEmulator, cursor: Path) -> None:
        env = example_env()
        env.update(
            SORACOM_ENDPOINT=emu.base_url,
            SORACOM_AUTH_KEY_ID=emu.auth_key_id,
            SORACOM_AUTH_KEY=emu.auth_key,
            PYTHONWARNINGS="always::ResourceWarning",
        )
        args = ["--cursor", str(cursor), "--interval", "0.1", "--tag", "=".join(TAG)]
        self.process = subprocess.Popen(
            [sys.executable, str(EXAMPLES / "event_bot.py"), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.lines: list[str] = []
        self._new: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._new.put(line.rstrip("\n"))

    def wait_for(self, what: str, done: Callable[[list[str]], bool]) -> None:
        while not done(self.lines):
            try:
                self.lines.append(self._new.get(timeout=WAIT))
            except queue.Empty:
                pytest.fail(f"the bot never showed {what}; it said:\n" + "\n".join(self.lines))

    def events(self) -> list[str]:
        return [line for line in self.lines if line.startswith("event ")]

    def stop(self, signum: int) -> tuple[int, str]:
        self.process.send_signal(signum)
        returncode = self.process.wait(timeout=WAIT)
        self._reader.join(timeout=WAIT)
        while not self._new.empty():
            self.lines.append(self._new.get())
        assert self.process.stderr is not None
        return returncode, self.process.stderr.read()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


@pytest.fixture
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=12, null_share=0.0) as emulator:
        yield emulator


def watch(emu: SoracomEmulator, count: int) -> list[str]:
    with emu.state.lock:
        sims = [s for s in emu.state.sims.values() if s["status"] != "terminated"][:count]
        for sim in sims:
            emu.state.put_tags(sim, [{"tagName": TAG[0], "tagValue": TAG[1]}])
        return [s["simId"] for s in sims]


def flip(emu: SoracomEmulator, sim_ids: list[str]) -> None:
    """Two status events per SIM, the second an activation the bot reacts to."""
    with emu.state.lock:
        for sim_id in sim_ids:
            sim = emu.state.sim(sim_id)
            emu.state.transition(sim, "deactivate" if sim["status"] == "suspended" else "suspend")
            emu.state.transition(sim, "activate")


def spend_budget(emu: SoracomEmulator, group: str) -> None:
    """Another client of the operator spends the group's budget (1 s windows)."""
    emu.set_rate_limit(group, 4, window_seconds=1.0)
    while emu.core.ratelimiter.hit(group, f"op:{emu.operator_id}").allowed:
        pass


def fingerprint(entry: dict[str, Any]) -> str:
    parts = ("status", "speedClass", "groupId", "imsi", "subscription")
    return "|".join(str(entry.get(p) or "") for p in parts)


def expected_cursor(emu: SoracomEmulator, sim_ids: list[str]) -> dict[str, Any]:
    """What a consistent cursor holds: per SIM the second of its newest history entry and a
    count of the entries of that second."""
    with emu.state.lock:
        expected = {}
        for sim_id in sim_ids:
            history = emu.state.history[sim_id]
            last = max(e["applyDateTimeEpochSec"] for e in history)
            seen = Counter(fingerprint(e) for e in history if e["applyDateTimeEpochSec"] == last)
            expected[sim_id] = {"at": last, "seen": dict(seen)}
        return expected


def assert_clean_exit(returncode: int, stderr: str, bot: Bot) -> str:
    assert returncode == 0, stderr + "\n".join(bot.lines)
    for sign in ("Traceback", "Unclosed", "ResourceWarning", "Task was destroyed"):
        assert sign not in stderr, stderr
    summary = [line for line in bot.lines if line.startswith("stopped: ")]
    assert len(summary) == 1, bot.lines
    assert summary[0].endswith("; 0 tasks left"), summary
    return summary[0]


def test_the_bot_survives_faults_stops_on_a_signal_and_resumes_from_its_cursor(
    emu: SoracomEmulator, tmp_path: Path
) -> None:
    sim_ids = watch(emu, 3)
    cursor = tmp_path / "cursor.json"
    bot = Bot(emu, cursor)
    try:
        bot.wait_for("its watched SIMs", lambda lines: "watching 3 SIMs" in "\n".join(lines))
        flip(emu, sim_ids)
        bot.wait_for("6 events", lambda _: len(bot.events()) == 6)

        # The Sim group's budget is spent by another client: the next reads are answered 429
        # until the window refreshes, and the SDK waits for it.
        spend_budget(emu, "Sim")
        flip(emu, sim_ids)
        bot.wait_for("12 events", lambda _: len(bot.events()) == 12)
        assert emu.rate_limited_count >= 1
        emu.set_rate_limit("Sim", 1_000_000)

        # The next two history reads fail with 503 (the SDK retries GETs), the next speed class
        # change with 500 (a POST: the bot retries it at its next poll), every token expires.
        emu.inject_fault("error", count=2, operation_ids=["listSimStatusHistory"], status=503)
        emu.inject_fault("error", count=1, operation_ids=["updateSimSpeedClass"], status=500)
        auth_calls = emu.auth_calls
        emu.clock.advance(86_401)
        flip(emu, sim_ids)
        bot.wait_for("18 events", lambda _: len(bot.events()) == 18)
        returncode, stderr = bot.stop(signal.SIGTERM)
    finally:
        bot.kill()
    summary = assert_clean_exit(returncode, stderr, bot)
    assert summary.startswith("stopped: 18 events handled, 9 reactions;"), summary
    assert emu.faults.injected["error"] == 3 and emu.faults.pending == 0
    assert emu.auth_calls == auth_calls + 1  # one renewal after the expiry, not one per request
    for survived in ("1 expired token", "2 HTTP 503", "rate limited"):
        assert survived in summary, summary
    assert "updateSimSpeedClass: HTTP 500" in "\n".join(bot.lines)
    # Each activation was reacted to exactly once, the failed attempt included.
    assert emu.applied_count("updateSimSpeedClass") == 9
    with emu.state.lock:
        assert all(emu.state.sim(s)["speedClass"] == "s1.slow" for s in sim_ids)

    saved = json.loads(cursor.read_text())
    assert saved["sims"] == expected_cursor(emu, sim_ids)
    assert os.listdir(tmp_path) == ["cursor.json"]  # no temporary file left behind

    # While it is down, more events; restarted, it handles those and only those.
    flip(emu, sim_ids)
    again = Bot(emu, cursor)
    try:
        again.wait_for("its cursor", lambda lines: "3 SIMs known" in "\n".join(lines))
        again.wait_for("6 new events", lambda _: len(again.events()) == 6)
        returncode, stderr = again.stop(signal.SIGINT)
    finally:
        again.kill()
    summary = assert_clean_exit(returncode, stderr, again)
    assert summary.startswith("stopped: 6 events handled, 3 reactions;"), summary
    assert emu.applied_count("updateSimSpeedClass") == 12
    assert json.loads(cursor.read_text())["sims"] == expected_cursor(emu, sim_ids)


def test_the_demo_drives_its_own_emulator_and_checks_its_reactions() -> None:
    result = run_example("event_bot.py", "--run-for", "6", timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    checked = [line for line in result.stdout.splitlines() if line.startswith("Checked: ")]
    assert len(checked) == 1, result.stdout
    words = checked[0].split()  # Checked: updateSimSpeedClass applied N times for M reactions
    assert words[3] == words[6] and int(words[3]) > 0, checked
    assert result.stdout.rstrip().endswith("; 0 tasks left"), result.stdout
