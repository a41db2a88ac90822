"""Where a pinned document comes from, and what the drift check does when it cannot be had.

A local copy with another sha256 is skipped for the pinned URL (served here on loopback); when
nothing matches the pin the drift check fails instead of skipping; a SORACOM_OPENAPI_DIR
that is not a directory is an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from codegen import spec

ROOT = Path(__file__).resolve().parents[2]
GOOD = b"openapi: 3.0.0\ninfo: {version: v2, title: t}\npaths: {}\n"
BAD = b"openapi: 3.0.0\ninfo: {version: v1, title: t}\npaths: {}\n"


@pytest.fixture
def served() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(200)
            self.send_header("content-length", str(len(GOOD)))
            self.end_headers()
            self.wfile.write(GOOD)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/doc.yaml", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """codegen.spec pointed at an empty project in tmp_path, with a pin for GOOD."""
    root = tmp_path / "project"
    (root / "openapi" / "pins").mkdir(parents=True)
    monkeypatch.setattr(spec, "ROOT", root)
    monkeypatch.setattr(spec, "OPENAPI_DIR", root / "openapi")
    monkeypatch.setattr(spec, "BUILD_SPEC_DIR", root / "build" / "spec")
    return root


def _pin(root: Path, url: str | None) -> None:
    pin = {"document": "doc.yaml", "version": "v2", "sha256": hashlib.sha256(GOOD).hexdigest()}
    if url:
        pin["url"] = url
    (root / "openapi" / "pins" / "main.json").write_text(json.dumps(pin))


def test_a_local_copy_with_the_wrong_sha_falls_through_to_the_pinned_url(
    project: Path, served: tuple[str, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, seen = served
    _pin(project, url)
    local = tmp_path / "local"
    local.mkdir()
    (local / "doc.yaml").write_bytes(BAD)
    monkeypatch.setenv(spec.ENV_OPENAPI_DIR, str(local))
    path = spec.fetch(spec.MAIN)
    assert path.read_bytes() == GOOD
    assert seen == ["/doc.yaml"]


def test_nothing_matching_the_pin_is_a_mismatch_naming_the_copy(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pin(project, None)
    local = tmp_path / "local"
    local.mkdir()
    (local / "doc.yaml").write_bytes(BAD)
    monkeypatch.setenv(spec.ENV_OPENAPI_DIR, str(local))
    with pytest.raises(spec.SpecMismatch, match=str(local / "doc.yaml")):
        spec.fetch(spec.MAIN)


def test_a_missing_openapi_dir_is_an_error(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _pin(project, None)
    monkeypatch.setenv(spec.ENV_OPENAPI_DIR, str(tmp_path / "nowhere"))
    with pytest.raises(spec.SpecConfigError, match="nowhere"):
        spec.fetch(spec.MAIN)


def _check(project: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen.generate", "--check"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A project copy whose main pin has no URL (nothing is downloaded)."""
    root = tmp_path / "copy"
    root.mkdir()
    shutil.copytree(
        ROOT / "codegen", root / "codegen", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "openapi", root / "openapi")
    pin_file = root / "openapi" / "pins" / "main.json"
    pin = json.loads(pin_file.read_text())
    pin.pop("url", None)
    pin_file.write_text(json.dumps(pin))
    return root


def test_the_drift_check_fails_when_the_document_it_finds_is_not_the_pinned_one(
    copy: Path, tmp_path: Path
) -> None:
    local = tmp_path / "docs"
    local.mkdir()
    (local / spec.pin(spec.MAIN)["document"]).write_bytes(BAD)
    done = _check(copy, {**os.environ, spec.ENV_OPENAPI_DIR: str(local)})
    assert done.returncode != 0
    assert "drift check failed" in done.stderr and "sha256" in done.stderr


def test_the_drift_check_fails_on_a_missing_openapi_dir(copy: Path, tmp_path: Path) -> None:
    done = _check(copy, {**os.environ, spec.ENV_OPENAPI_DIR: str(tmp_path / "nowhere")})
    assert done.returncode != 0
    assert "is not a directory" in done.stderr
