"""Fixtures of the bulk tests: one loopback emulator per module, and a journal reader
(helpers: support.py)."""

from __future__ import annotations

from typing import Any

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


def journal_states(path: Any) -> dict[str, str]:
    """Every key of a journal and its state, read with plain sqlite3 (not the SDK's reader)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT key, state FROM items"))
    finally:
        conn.close()
