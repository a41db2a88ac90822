"""Fixtures for the auth tests: a clean soracom-cli environment, a client clock the test can
advance, and helpers to build clients against the emulator (a real loopback server)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

SORACOM_VARIABLES = (
    "SORACOM_AUTH_KEY_ID",
    "SORACOM_AUTH_KEY",
    "SORACOM_EMAIL",
    "SORACOM_PASSWORD",
    "SORACOM_OPERATOR_ID",
    "SORACOM_USER_NAME",
    "SORACOM_PROFILE",
    "SORACOM_PROFILE_DIR",
    "SORACOM_ENDPOINT",
)


@pytest.fixture(autouse=True)
def profile_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No SORACOM_* variable from the developer's shell, and an empty profile directory
    instead of ~/.soracom, so no test can read real credentials."""
    for name in SORACOM_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    directory = tmp_path / "soracom-profiles"
    directory.mkdir(mode=0o700)
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(directory))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return directory


def write_profile(directory: Path, name: str, data: dict[str, Any], mode: int = 0o600) -> Path:
    path = directory / f"{name}.json"
    path.write_text(json.dumps(data))
    os.chmod(path, mode)
    return path


class ManualClock:
    """A monotonic clock for the client that the test moves forward, like the emulator's."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def advance_both(clock: ManualClock, emulator: SoracomEmulator, seconds: float) -> None:
    """Time passes for client and server alike (client first: no request runs in between)."""
    clock.advance(seconds)
    emulator.clock.advance(seconds)


class RecordingTransport(httpx.AsyncHTTPTransport):
    """httpx's real transport that also keeps the headers of every request it sends."""

    def __init__(self) -> None:
        super().__init__(retries=0)
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return await super().handle_async_request(request)


@pytest.fixture
def emulator(soracom_emulator_factory: Any) -> SoracomEmulator:
    emu: SoracomEmulator = soracom_emulator_factory(sim_count=20)
    return emu


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def auth_key(emulator: SoracomEmulator) -> sa.AuthKeyCredentials:
    return sa.AuthKeyCredentials(emulator.auth_key_id, emulator.auth_key)


def client_for(emulator: SoracomEmulator, **kwargs: Any) -> sa.SoracomClient:
    kwargs.setdefault("credentials", auth_key(emulator))
    kwargs.setdefault("base_url", emulator.base_url)
    return sa.SoracomClient(**kwargs)


async def get_operator(client: sa.SoracomClient, emulator: SoracomEmulator) -> Any:
    return await client.operator.get_operator(operator_id=emulator.operator_id)


@pytest.fixture
def secrets(emulator: SoracomEmulator) -> Iterator[list[str]]:
    """Every secret of the seeded account; tests add the API keys and tokens they see."""
    yield [emulator.password, emulator.auth_key, emulator.sam_password]


async def eventually(condition: Callable[[], bool]) -> None:
    """Wait for a condition set by another thread (the emulator's) or a background task."""
    with anyio.fail_after(5):
        while not condition():  # noqa: ASYNC110 (nothing to wait on but the condition)
            await anyio.sleep(0.002)
