"""A local Soracom API emulator for tests, demos and users' own test suites.

    from soracom_async.testing import SoracomEmulator

    async with SoracomEmulator(sim_count=100) as emu:
        ...  # talk to emu.base_url with emu.auth_key_id / emu.auth_key

Needs the `emulator` extra (`pip install soracom-async[emulator]`). The names below are loaded
on first use, so importing this package (e.g. by the pytest plugin) costs nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .clock import Clock
    from .core import EmulatorConfig
    from .faults import Faults
    from .server import SoracomEmulator

__all__ = ["Clock", "EmulatorConfig", "Faults", "SoracomEmulator"]

_EXPORTS = {
    "Clock": ".clock",
    "EmulatorConfig": ".core",
    "Faults": ".faults",
    "SoracomEmulator": ".server",
}


EXTRA_REQUIRES = ("starlette", "uvicorn", "jsonschema")
"""The distributions of the `emulator` extra (pyproject.toml)."""


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        imported = importlib.import_module(module, __name__)
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").partition(".")[0]
        if missing not in EXTRA_REQUIRES:
            raise
        raise ImportError(
            f"the Soracom emulator needs {missing!r}, which is not installed: "
            "pip install 'soracom-async[emulator]'",
            name=missing,
        ) from exc
    value = getattr(imported, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
