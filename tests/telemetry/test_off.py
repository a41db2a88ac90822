"""Off means off: without providers nor instrument(), opentelemetry is never imported, and
the SDK works where it is not installed at all."""

from __future__ import annotations

import textwrap
from pathlib import Path

from soracom_async.testing import SoracomEmulator

from .conftest import emu, emulator, run_script

__all__ = ["emu", "emulator"]

CALLS = """
import json, sys
import anyio
import soracom_async as sa

async def main():
    async with sa.SoracomClient() as client:  # the emulator, from the environment
        sims = await client.sim.list_sims(limit=5)
        await client.sim.get_sim(sim_id=sims[0].sim_id)
        return len([s async for s in client.sim.list_sims.paginate(limit=2)])

listed = anyio.run(main)
"""


def test_calls_without_telemetry_never_import_opentelemetry(
    emu: SoracomEmulator, tmp_path: Path
) -> None:
    script = CALLS + textwrap.dedent(
        """
        from soracom_async.pipeline import Pipeline
        loaded = sorted(m for m in sys.modules if m.startswith("opentelemetry"))
        print(json.dumps({
            "listed": listed,
            "loaded": loaded,
            "telemetry": "soracom_async.telemetry" in sys.modules,
            "wrapper": Pipeline.telemetry is not None,
        }))
        """
    )
    found = run_script(emu, script, tmp_path)
    assert found == {"listed": 95, "loaded": [], "telemetry": False, "wrapper": False}


def test_without_opentelemetry_installed_the_sdk_works_and_the_extra_is_named(
    emu: SoracomEmulator, tmp_path: Path
) -> None:
    hide = 'import sys\nsys.modules["opentelemetry"] = None  # as if not installed\n'
    script = (
        hide
        + CALLS
        + textwrap.dedent(
            """
            try:
                import soracom_async.telemetry
            except ImportError as exc:
                error = str(exc)
            else:
                error = None
            print(json.dumps({"listed": listed, "error": error}))
            """
        )
    )
    found = run_script(emu, script, tmp_path)
    assert found["listed"] == 95
    assert isinstance(found["error"], str) and "soracom-async[otel]" in found["error"]
