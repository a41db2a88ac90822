"""The pinned vendor document: fetch it, verify it, patch it.

`make spec` calls `python -m codegen.spec`. The document is never committed; it lands in
`build/spec/` (gitignored), copied from `../shared/openapi/` (or `$SORACOM_OPENAPI_DIR`) when
present, else downloaded from the pinned upstream URL. The sha256 is verified either way.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import sys
import urllib.request
from pathlib import Path
from typing import Any

import jsonpatch  # type: ignore[import-untyped,unused-ignore]
import yaml

ROOT = Path(__file__).resolve().parent.parent
PIN_FILE = ROOT / "openapi" / "pin.json"
PATCHES_FILE = ROOT / "openapi" / "patches.yaml"
BUILD_SPEC_DIR = ROOT / "build" / "spec"


class SpecUnavailable(RuntimeError):
    """Neither a local copy nor the network can provide the pinned document."""


def pin() -> dict[str, str]:
    data: dict[str, str] = json.loads(PIN_FILE.read_text())
    return data


def _local_candidates(name: str) -> list[Path]:
    dirs = []
    if os.environ.get("SORACOM_OPENAPI_DIR"):
        dirs.append(Path(os.environ["SORACOM_OPENAPI_DIR"]))
    dirs.append(ROOT.parent / "shared" / "openapi")
    return [d / name for d in dirs]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(*, allow_download: bool = True) -> Path:
    """Put the pinned document at build/spec/<name> and return its path (sha256 verified)."""
    p = pin()
    target = BUILD_SPEC_DIR / p["document"]
    if target.exists() and _sha256(target.read_bytes()) == p["sha256"]:
        return target
    BUILD_SPEC_DIR.mkdir(parents=True, exist_ok=True)
    for candidate in _local_candidates(p["document"]):
        if candidate.is_file():
            data = candidate.read_bytes()
            if _sha256(data) != p["sha256"]:
                raise SpecUnavailable(
                    f"{candidate} has sha256 {_sha256(data)}, the pin says {p['sha256']}"
                )
            shutil.copyfile(candidate, target)
            return target
    if not allow_download:
        raise SpecUnavailable(f"no local copy of {p['document']} (looked in ../shared/openapi)")
    try:
        with urllib.request.urlopen(p["url"], timeout=30) as resp:  # noqa: S310 (pinned https URL)
            data = resp.read()
    except OSError as exc:
        raise SpecUnavailable(f"cannot download {p['url']}: {exc}") from exc
    if _sha256(data) != p["sha256"]:
        raise SpecUnavailable(
            f"downloaded document has sha256 {_sha256(data)}, pin says {p['sha256']}"
        )
    target.write_bytes(data)
    return target


def load_patched(path: Path) -> dict[str, Any]:
    """The vendor document with openapi/patches.yaml applied (each patch tests its defect first)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # a safe loader, C if available
    doc: dict[str, Any] = yaml.load(path.read_text(), Loader=loader)  # noqa: S506
    if doc.get("info", {}).get("version") != pin()["version"]:
        raise SpecUnavailable(
            f"document version {doc.get('info', {}).get('version')} is not the pinned one"
        )
    for patch in yaml.safe_load(PATCHES_FILE.read_text()):
        try:
            doc = jsonpatch.apply_patch(doc, patch["ops"])
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
            raise SystemExit(f"patch {patch['name']!r} no longer applies: {exc}") from exc
    return doc


_DROP_KEYS = {"description", "summary", "externalDocs", "examples", "x-soracom-alternative-cli"}


def compact(doc: dict[str, Any]) -> dict[str, Any]:
    """The machine-readable part of a document (no prose), for the emulator to validate against."""

    def strip(node: Any, parent_key: str = "") -> Any:
        if isinstance(node, dict):
            return {
                k: strip(v, k)
                for k, v in node.items()
                # `properties` maps field names, which may be called "description"
                if parent_key in ("properties", "schemas") or k not in _DROP_KEYS
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    out: dict[str, Any] = strip(
        copy.deepcopy({k: doc[k] for k in ("openapi", "info", "paths", "components")})
    )
    out["info"] = {"version": doc["info"]["version"]}
    out["components"].pop("examples", None)
    return out


def main() -> int:
    try:
        print(fetch())
    except SpecUnavailable as exc:
        print(f"spec: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
