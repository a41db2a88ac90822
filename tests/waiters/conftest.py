"""The waiter tests share one emulator per module, with its job book reset after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support import emulator

from soracom_async.testing import SoracomEmulator
from soracom_async.testing.jobs import jobs_of

__all__ = ["emulator"]


@pytest.fixture
def emu(emulator: SoracomEmulator) -> Iterator[SoracomEmulator]:
    """The module's emulator; faults, rate limits and jobs reset after the test."""
    try:
        yield emulator
    finally:
        emulator.clear_faults()
        emulator.set_rate_limit(None, 1_000_000, 60)
        emulator.reset_rate_limits()
        jobs_of(emulator.state).clear()
