"""pytest plugin (entry point `pytest11`): fixtures for testing against the Soracom emulator.

* `soracom_emulator`: a fresh, started `SoracomEmulator` per test (function scope). Configure it
  with the marker `@pytest.mark.soracom_emulator(sim_count=10, rate_limits={"Sim": 5}, ...)`
  (keyword arguments of `SoracomEmulator`).
* `soracom_emulator_factory`: `factory(**kwargs)` starts more emulators; all are stopped at
  teardown.
* `soracom_client`: an SDK client (`soracom_async.SoracomClient`) authenticated with the
  emulator's seeded AuthKey and bound to its base URL, already entered (`async with`). It is an
  async fixture: run the test under pytest-asyncio or anyio.

This module imports nothing heavy at import time: pytest loads it for every project that has
soracom-async installed, with or without the `emulator` extra.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .server import SoracomEmulator

MARKER = "soracom_emulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**kwargs): keyword arguments for the soracom_emulator fixture's "
        "SoracomEmulator (seed, sim_count, rate_limit, rate_limits, faults, ...)",
    )


def _emulator_class() -> type[SoracomEmulator]:
    from .server import SoracomEmulator

    return SoracomEmulator


@pytest.fixture
def soracom_emulator_factory() -> Iterator[Callable[..., SoracomEmulator]]:
    """Start emulators on demand: `emu = soracom_emulator_factory(sim_count=5)`."""
    started: list[SoracomEmulator] = []

    def factory(**kwargs: Any) -> SoracomEmulator:
        emulator = _emulator_class()(**kwargs)
        emulator.start()
        started.append(emulator)
        return emulator

    try:
        yield factory
    finally:
        for emulator in reversed(started):
            emulator.stop()


@pytest.fixture
def soracom_emulator(
    request: pytest.FixtureRequest,
    soracom_emulator_factory: Callable[..., SoracomEmulator],
) -> SoracomEmulator:
    """A started emulator for this test (see the `soracom_emulator` marker)."""
    marker = request.node.get_closest_marker(MARKER)
    kwargs: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    return soracom_emulator_factory(**kwargs)


@pytest.fixture
async def soracom_client(
    soracom_emulator: SoracomEmulator, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Any]:
    """An entered `soracom_async.SoracomClient` bound to `soracom_emulator`.

    `$SORACOM_ENDPOINT` (which, as in soracom-cli, wins over an explicit base URL) is unset for
    the test, so a CI machine configured for the real API still talks to the emulator.
    """
    monkeypatch.delenv("SORACOM_ENDPOINT", raising=False)
    sa: Any = importlib.import_module("soracom_async")
    credentials = sa.AuthKeyCredentials(
        auth_key_id=soracom_emulator.auth_key_id, auth_key=soracom_emulator.auth_key
    )
    async with sa.SoracomClient(
        credentials=credentials, base_url=soracom_emulator.base_url
    ) as client:
        yield client
