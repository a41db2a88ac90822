"""The README's Harvest Files example, run as written against the emulator."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

README = Path(__file__).resolve().parents[2] / "README.md"


def _example(name: str) -> str:
    blocks: list[str] = re.findall(r"^```python\n(.*?)^```$", README.read_text(), flags=re.S | re.M)
    (block,) = [b for b in blocks if f"async def {name}(" in b]
    return block


def test_the_readme_harvest_files_example_uploads_and_downloads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    firmware = bytes(range(256)) * 1024
    (tmp_path / "firmware.bin").write_bytes(firmware)
    namespace: dict[str, Any] = {}
    exec(compile(_example("harvest"), str(README), "exec"), namespace)

    async def main() -> None:
        with SoracomEmulator(sim_count=1) as emu:
            credentials = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
            async with sa.SoracomClient(credentials=credentials, base_url=emu.base_url) as client:
                await namespace["harvest"](client)
                assert (
                    await client.file_entry.get_file(scope="private", path="fw/firmware.bin")
                    == firmware
                )
            assert emu.storage_requests  # the downloads went to the storage origin

    anyio.run(main)
    assert (tmp_path / "copy.bin").read_bytes() == firmware
