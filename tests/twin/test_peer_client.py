"""The published sync client `soracom-api` 0.0.2, a client we did not write, against the emulator.

The test makes its own venv under build/ (kept across runs, rebuilt when the version changes),
installs soracom-api there with pip, and runs tests/twin/peer_driver.py in it against an
emulator it starts: auth, operator and its auth keys, SIMs, subscribers, groups and their
configuration, search, SAM users, roles and permissions, event handlers, stats and billing.
The client is pointed at the emulator the way its own `Configuration(host=...)` allows.

Every step must pass except the known defects of that old client (KNOWN_DEFECTS): each must
still fail the way it is described (so one that goes away is noticed) and is listed in the
README section "Known defects of soracom-api 0.0.2". When the package index cannot be reached,
the tests are skipped with a note saying so.
"""

from __future__ import annotations

import fcntl
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from soracom_async.testing import SoracomEmulator

ROOT = Path(__file__).resolve().parents[2]
VERSION = "0.0.2"
PEER = ROOT / "build" / "peer-soracom-api"
DRIVER = Path(__file__).with_name("peer_driver.py")
README = ROOT / "README.md"
SECTION = f"Known defects of soracom-api {VERSION}"
# step -> (what its failure says, the name the README entry gives): defects of the client.
KNOWN_DEFECTS: dict[str, tuple[str, str]] = {
    "list_subscribers_in_group": ("Invalid positional arguments", "list_subscribers_in_group"),
    "event_handler_lifecycle": (
        "'run_once_among_target'. Required value type is bool",
        "runOnceAmongTarget",
    ),
    "get_latest_billing": ("'amount'. Required value type is int", "get_latest_billing"),
}
NULLS_DEFECT = ("passed type was NoneType", "JSON `null`")
UNREACHABLE = re.compile(
    "No matching distribution|Could not find a version|NewConnectionError|Failed to establish"
    "|Temporary failure in name resolution|Network is unreachable|ProxyError|ReadTimeoutError"
)
_TIMEOUT = 600


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=_TIMEOUT, check=False)


def _install() -> Path:
    """The venv's Python, soracom-api installed (built once, under a file lock)."""
    python = PEER / "bin" / "python"
    marker = PEER / f".soracom-api-{VERSION}"
    PEER.parent.mkdir(parents=True, exist_ok=True)
    with (PEER.parent / "peer-soracom-api.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if marker.exists() and python.exists():
            return python
        made = _run([sys.executable, "-m", "venv", "--clear", str(PEER)])
        assert made.returncode == 0, made.stderr[-2000:]
        installed = _run([str(python), "-m", "pip", "install", "-q", f"soracom-api=={VERSION}"])
        if installed.returncode != 0:
            output = installed.stdout + installed.stderr
            if UNREACHABLE.search(output):
                pytest.skip(
                    f"soracom-api {VERSION} could not be installed: the package index is "
                    f"unreachable ({output.strip().splitlines()[-1][:200]})"
                )
            raise AssertionError(f"pip install soracom-api failed:\n{output[-2000:]}")
        marker.write_text(VERSION + "\n")
    return python


@pytest.fixture(scope="module")
def peer_python() -> Path:
    return _install()


def _drive(
    python: Path, emu: SoracomEmulator, steps: list[str] | None = None
) -> dict[str, dict[str, Any]]:
    ctx: dict[str, Any] = {
        "base_url": emu.base_url,
        "operator_id": emu.operator_id,
        "auth_key_id": emu.auth_key_id,
        "auth_key": emu.auth_key,
        "email": emu.email,
        "password": emu.password,
    }
    if steps is not None:
        ctx["steps"] = steps
    done = subprocess.run(
        [str(python), str(DRIVER)],
        input=json.dumps(ctx),
        capture_output=True,
        text=True,
        timeout=_TIMEOUT,
        check=False,
    )
    for secret in (emu.auth_key, emu.password):  # nothing secret reaches the output
        assert secret not in done.stdout and secret not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return {r["step"]: r for r in results}


@pytest.fixture(scope="module")
def emu() -> Iterator[SoracomEmulator]:
    # No null-style records here: the one defect that they trigger is its own test below.
    with SoracomEmulator(sim_count=12, group_count=2, seed=31, null_share=0.0) as emulator:
        yield emulator


def test_soracom_api_drives_the_emulator(peer_python: Path, emu: SoracomEmulator) -> None:
    results = _drive(peer_python, emu)
    assert len(results) >= 30, sorted(results)
    unexpected = {
        name: r["detail"]
        for name, r in results.items()
        if not r["ok"] and name not in KNOWN_DEFECTS
    }
    assert not unexpected, unexpected
    for name, (failure, _) in KNOWN_DEFECTS.items():
        result = results[name]
        assert not result["ok"], f"{name} passes now: drop it from KNOWN_DEFECTS and the README"
        assert failure in result["detail"], (name, result["detail"])
    # what the client did is in the emulator's state and counters
    assert emu.request_count("auth") >= 5  # keys, e-mail, a new key, a SAM user twice
    for operation_id in (
        "createGroup",
        "deleteGroup",
        "createUser",
        "attachRole",
        "createEventHandler",
    ):
        assert emu.applied_count(operation_id) >= 1, operation_id
    with emu.state.lock:
        assert "peer-user" not in emu.state.account.sam_users  # created, then deleted


def test_soracom_api_cannot_read_the_nulls_the_api_sends(peer_python: Path) -> None:
    """The real API sends null for unset optional fields; the old client refuses them."""
    with SoracomEmulator(sim_count=12, group_count=2, seed=31) as emulator:  # nulls as real
        results = _drive(peer_python, emulator, ["auth_with_auth_key", "list_sims"])
    assert results["auth_with_auth_key"]["ok"]
    listed = results["list_sims"]
    assert not listed["ok"] and NULLS_DEFECT[0] in listed["detail"], listed


def test_the_readme_lists_every_known_defect() -> None:
    text = README.read_text(encoding="utf-8")
    assert f"## {SECTION}" in text
    section = text.split(f"## {SECTION}", 1)[1].split("\n## ", 1)[0]
    for _, name in [*KNOWN_DEFECTS.values(), NULLS_DEFECT]:
        assert name in section, name
