"""Resilience tests: a real emulator over loopback, per module; faults and limits reset per test.

Tests that must pass on both event loops are sync tests parametrised over `backend`, running
their body with `anyio.run(..., backend=backend)` (asyncio: aiohttp transport, trio: httpx's).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

BACKENDS = ["asyncio", "trio"]
FAST = sa.RetryPolicy(backoff_base=0.01, backoff_max=0.05)
"""Retries as by default, with millisecond backoff so that tests stay fast."""
UNLIMITED = 1_000_000


@pytest.fixture(scope="module")
def emulator() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=200, group_count=1) as emu:
        yield emu


@pytest.fixture
def emu(emulator: SoracomEmulator) -> Iterator[SoracomEmulator]:
    """The module's emulator, with no faults, no rate limit and zeroed counters."""
    emulator.clear_faults()
    emulator.set_rate_limit(None, UNLIMITED, 60)
    emulator.set_rate_limit("Sim", UNLIMITED, 60)
    emulator.reset_rate_limits()
    emulator.reset_counters()
    yield emulator
    emulator.clear_faults()


@pytest.fixture
def sim_ids(emulator: SoracomEmulator) -> list[str]:
    with emulator.state.lock:
        return sorted(emulator.state.sims)


@asynccontextmanager
async def client_for(emu: SoracomEmulator, **kwargs: Any) -> AsyncIterator[sa.SoracomClient]:
    kwargs.setdefault("retry", FAST)
    credentials = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    async with sa.SoracomClient(credentials=credentials, base_url=emu.base_url, **kwargs) as c:
        # Authenticate up front (another group), so the tests count only their own requests.
        await c.group.list_groups()
        emu.reset_counters()
        yield c


def speed(i: int) -> dict[str, str]:
    return {"speedClass": ("s1.fast", "s1.standard")[i % 2]}
