"""Harvest Files tests: two raw loopback origins, the API and the storage its getFile
redirects to (the raw server is the hostile tests' one; see tests/hostile/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hostile.rawserver import RawServer


@pytest.fixture
def api() -> Iterator[RawServer]:
    server = RawServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def storage() -> Iterator[RawServer]:
    server = RawServer().start()
    try:
        yield server
    finally:
        server.stop()
