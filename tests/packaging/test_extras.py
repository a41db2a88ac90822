"""Packaging: a missing extra is named, and the distribution carries its licence."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_emulator_without_its_extra_names_what_to_install() -> None:
    # Hide starlette the way an environment without the extra would lack it.
    script = textwrap.dedent(
        """
        import sys
        sys.modules["starlette"] = None  # makes `import starlette` fail like a missing package
        try:
            from soracom_async.testing import SoracomEmulator
        except ImportError as exc:
            print(type(exc).__name__, exc.name, exc)
        else:
            raise SystemExit("imported without starlette")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert "soracom-async[emulator]" in done.stdout
    assert "'starlette'" in done.stdout


def test_the_project_declares_its_licence_file_and_metadata() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert 'license-files = ["LICENSE"]' in text
    assert "Programming Language :: Python :: 3.10" in text
    assert "[project.urls]" in text
