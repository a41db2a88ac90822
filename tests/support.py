"""Helpers shared by the test directories: clients for an emulator, both event loops, leak checks.

Imported as `support` (pytest puts tests/ on the path, and mypy reads it as a top-level module).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import anyio
import pytest
import sniffio
import trio

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

BACKENDS = ["asyncio", "trio"]
SIM_COUNT = 95  # < 100, the largest `limit` some lists accept: one call fetches everything


@pytest.fixture(scope="module")
def emulator() -> Iterator[SoracomEmulator]:
    """One loopback emulator per test module (import the fixture into a conftest)."""
    with SoracomEmulator(sim_count=SIM_COUNT, seed=1) as emu:
        yield emu


@pytest.fixture
def emu(emulator: SoracomEmulator) -> Iterator[SoracomEmulator]:
    """The module's emulator, with faults and rate limits reset after the test."""
    try:
        yield emulator
    finally:
        emulator.clear_faults()
        emulator.set_rate_limit(None, 1_000_000, 60)


def client_for(emu: SoracomEmulator, **kwargs: Any) -> sa.SoracomClient:
    credentials = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    return sa.SoracomClient(credentials=credentials, base_url=emu.base_url, **kwargs)


def run(backend: str, fn: Callable[[], Awaitable[Any]]) -> Any:
    return anyio.run(fn, backend=backend)


def live_tasks() -> int:
    """Tasks alive in this event loop (the caller's included)."""
    if sniffio.current_async_library() == "trio":
        return trio.lowlevel.current_statistics().tasks_living
    return len(asyncio.all_tasks())


def borrowed(client: sa.SoracomClient) -> int:
    """Connection slots held on the client's concurrency limiter."""
    return client._pipeline.in_flight


async def wait_idle(client: sa.SoracomClient, tasks: int, within: float = 3.0) -> None:
    """Wait until only `tasks` tasks are alive and no connection slot is held; fail if never."""
    with anyio.move_on_after(within):
        while live_tasks() > tasks or borrowed(client):  # noqa: ASYNC110 - polling
            await anyio.sleep(0.01)
    assert live_tasks() == tasks, "a task was left behind"
    assert borrowed(client) == 0, "a connection slot was left borrowed"


def assert_idle(client: sa.SoracomClient, tasks: int) -> None:
    """Nothing is left running right now (no waiting: what aclose() guarantees)."""
    assert live_tasks() == tasks, "a task was left behind"
    assert borrowed(client) == 0, "a connection slot was left borrowed"
