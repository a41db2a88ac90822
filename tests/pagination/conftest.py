"""Fixtures of the pagination tests: one loopback emulator per module (helpers: support.py)."""

from __future__ import annotations

from support import (
    BACKENDS,
    SIM_COUNT,
    assert_idle,
    borrowed,
    client_for,
    emu,
    emulator,
    live_tasks,
    run,
    wait_idle,
)

__all__ = [
    "BACKENDS",
    "SIM_COUNT",
    "assert_idle",
    "borrowed",
    "client_for",
    "emu",
    "emulator",
    "live_tasks",
    "run",
    "wait_idle",
]
