"""The pinned vendor documents: fetch them, verify them, patch them.

Codegen knows a list of documents (`DOCUMENTS`): the main API and the API Sandbox. Each has
its own pin (`openapi/pins/<name>.json`: version, sha256, upstream URL), its own patches
(`openapi/patches/<name>.yaml`, applied to it alone) and its own output package.

`make spec` calls `python -m codegen.spec`. A document is never committed; it lands in
`build/spec/` (gitignored), copied from `$SORACOM_OPENAPI_DIR` or `../shared/openapi/` when a
copy there has the pinned sha256, else downloaded from the pinned URL (and verified too). A
local copy with another sha256 is skipped, not fatal: the download may still succeed.

Errors say what the drift check must do with them: `SpecUnavailable` (no copy anywhere, no
network: the check is skipped with a note), `SpecMismatch` (copies were found, none matches
the pin: the check fails) and `SpecConfigError` (`$SORACOM_OPENAPI_DIR` is not a directory:
the check fails).
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import shutil
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpatch  # type: ignore[import-untyped,unused-ignore]
import yaml

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
BUILD_SPEC_DIR = ROOT / "build" / "spec"
FACTS_FILE = OPENAPI_DIR / "facts.json"
ENV_OPENAPI_DIR = "SORACOM_OPENAPI_DIR"

logger = logging.getLogger("codegen.spec")


@dataclass(frozen=True)
class Document:
    """One pinned document and what codegen makes of it."""

    name: str
    """Its key: `openapi/pins/<name>.json`, `openapi/patches/<name>.yaml`, facts.json."""
    package: str
    """The output package under soracom_async/ (`make generate` owns it entirely)."""
    namespace: str | None = None
    """None: one client namespace per tag (`client.sim`); else every operation in this one
    namespace (`client.sandbox`)."""
    strip_prefix: str = ""
    """Dropped from the operations' Python names in the namespace (`sandbox_`)."""
    identifiers: bool = False
    """Whether codegen/identifiers.yaml (the main API's required identifiers) applies."""

    @property
    def pin_file(self) -> Path:
        return OPENAPI_DIR / "pins" / f"{self.name}.json"

    @property
    def patches_file(self) -> Path:
        return OPENAPI_DIR / "patches" / f"{self.name}.yaml"

    @property
    def target(self) -> Path:
        return ROOT / "soracom_async" / self.package


MAIN = Document("main", "_generated", identifiers=True)
SANDBOX = Document("sandbox", "_generated_sandbox", namespace="sandbox", strip_prefix="sandbox_")
DOCUMENTS = (MAIN, SANDBOX)


def document_named(name: str) -> Document:
    for doc in DOCUMENTS:
        if doc.name == name:
            return doc
    known = ", ".join(d.name for d in DOCUMENTS)
    raise SpecConfigError(f"no pinned document named {name!r} (known: {known})")


class SpecError(RuntimeError):
    """A pinned document cannot be had as pinned."""


class SpecUnavailable(SpecError):
    """Neither a local copy nor the network can provide the pinned document."""


class SpecMismatch(SpecError):
    """Copies of the document were found, and none has the pinned sha256 (nor a download)."""


class SpecConfigError(SpecError):
    """The configuration of where documents come from is wrong (e.g. SORACOM_OPENAPI_DIR)."""


def pin(doc: Document = MAIN) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(doc.pin_file.read_text())
    return data


def facts(doc: Document = MAIN) -> dict[str, Any]:
    """The counts and sets of a document that tests and the README quote (openapi/facts.json,
    written by `make generate` and the spec bump; never hard-code them)."""
    data: dict[str, Any] = json.loads(FACTS_FILE.read_text())[doc.name]
    return data


def patches(doc: Document = MAIN) -> list[dict[str, Any]]:
    data = yaml.safe_load(doc.patches_file.read_text()) if doc.patches_file.exists() else None
    return list(data or [])


def local_dirs() -> list[Path]:
    """Where local copies are looked for, in order: `$SORACOM_OPENAPI_DIR` (which must be a
    directory when it is set), then ../shared/openapi."""
    dirs = []
    configured = os.environ.get(ENV_OPENAPI_DIR)
    if configured:
        path = Path(configured)
        if not path.is_dir():
            raise SpecConfigError(f"{ENV_OPENAPI_DIR}={configured} is not a directory")
        dirs.append(path)
    dirs.append(ROOT.parent / "shared" / "openapi")
    return dirs


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(doc: Document = MAIN, *, allow_download: bool = True) -> Path:
    """Put the pinned document at build/spec/<name> and return its path (sha256 verified)."""
    p = pin(doc)
    target = BUILD_SPEC_DIR / str(p["document"])
    if target.exists() and sha256(target.read_bytes()) == p["sha256"]:
        return target
    mismatched: list[str] = []
    for directory in local_dirs():
        candidate = directory / p["document"]
        if not candidate.is_file():
            continue
        digest = sha256(candidate.read_bytes())
        if digest == p["sha256"]:
            BUILD_SPEC_DIR.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(candidate, target)
            return target
        logger.info("skipping %s: sha256 %s, the pin says %s", candidate, digest, p["sha256"])
        mismatched.append(f"{candidate} has sha256 {digest}")
    failure = _download(p, target) if allow_download else "downloads are off"
    if failure is None:
        return target
    where = f"the pin ({doc.pin_file.relative_to(ROOT)}) says {p['version']} {p['sha256']}"
    if mismatched:
        raise SpecMismatch(f"{'; '.join(mismatched)}; {where}; and {failure}")
    looked = ", ".join(str(d) for d in local_dirs())
    raise SpecUnavailable(f"no local copy of {p['document']} (looked in {looked}); {failure}")


def _download(p: dict[str, Any], target: Path) -> str | None:
    """Download the pinned URL to `target`; None on success, else why not."""
    url = p.get("url")
    if not url:
        return "the pin has no URL to download from"
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:  # noqa: S310 (pinned https URL)
            data = resp.read()
    except OSError as exc:
        return f"cannot download {url}: {exc}"
    if sha256(data) != p["sha256"]:
        return f"the download from {url} has sha256 {sha256(data)}"
    BUILD_SPEC_DIR.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return None


def load(path: Path) -> dict[str, Any]:
    """A vendor document as data (YAML, read with the C safe loader if available)."""
    return load_bytes(path.read_bytes())


def load_bytes(data: bytes) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load(data, Loader=loader)  # noqa: S506 (a safe loader)
    if not isinstance(doc, dict):
        raise SpecMismatch("not an OpenAPI document (no mapping at the top)")
    return doc


# -- patches -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PatchOutcome:
    """What one patch did to one document."""

    name: str
    status: str
    """"applied", "defect gone" (a `test`/`absent` failed: the defect it fixes is not there;
    propose deleting the patch) or "broken" (the defect is there but a change failed)."""
    pointer: str = ""
    """The JSON pointer of the operation that failed."""
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "applied"


_CHECKS = ("test", "absent")


def _resolves(doc: Any, pointer: str) -> bool:
    try:
        jsonpatch.JsonPointer(pointer).resolve(doc)
    except (jsonpatch.JsonPointerException, KeyError, IndexError, TypeError):
        return False
    return True


def _check(doc: Any, op: dict[str, Any]) -> str | None:
    """Why a `test` or `absent` fails on `doc` (None: it holds). Never quotes the document."""
    pointer = op["path"]
    if op["op"] == "absent":
        return "is present" if _resolves(doc, pointer) else None
    if not _resolves(doc, pointer):
        return "does not exist"
    value = jsonpatch.JsonPointer(pointer).resolve(doc)
    return None if value == op["value"] else "has another value than the patch tests for"


def apply_patch(doc: dict[str, Any], patch: dict[str, Any]) -> tuple[Any, PatchOutcome]:
    """`doc` with `patch` applied (a new object), and the outcome. On any failure the
    document is returned unchanged: the patch is all or nothing."""
    name = patch["name"]
    current: Any = doc
    for op in patch["ops"]:
        if op["op"] in _CHECKS:
            why = _check(current, op)
            if why is not None:
                return doc, PatchOutcome(name, "defect gone", op["path"], why)
            continue
        try:
            current = jsonpatch.apply_patch(current, [op])
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
            pointer = op.get("from", op["path"]) if op["op"] in ("move", "copy") else op["path"]
            return doc, PatchOutcome(name, "broken", pointer, f"{op['op']} failed: {exc}")
    return current, PatchOutcome(name, "applied")


def check_patches(raw: dict[str, Any], doc: Document) -> tuple[dict[str, Any], list[PatchOutcome]]:
    """Every patch of `doc` tried on `raw` in order (a failed one is skipped, the next tried
    on the document as patched so far): the patched document and every outcome."""
    outcomes = []
    current = raw
    for patch in patches(doc):
        current, outcome = apply_patch(current, patch)
        outcomes.append(outcome)
    return current, outcomes


class PatchesFailed(SpecError):
    """Some patches did not apply; `outcomes` says which and why."""

    def __init__(self, doc: Document, outcomes: list[PatchOutcome]) -> None:
        self.outcomes = outcomes
        failed = ", ".join(f"{o.name} ({o.status})" for o in outcomes if not o.ok)
        super().__init__(f"{doc.patches_file.relative_to(ROOT)}: {failed}")


def load_patched(path: Path, doc: Document = MAIN) -> dict[str, Any]:
    """The vendor document with its patches applied; any patch that does not apply fails."""
    raw = load(path)
    version = raw.get("info", {}).get("version")
    if version != pin(doc)["version"]:
        raise SpecMismatch(f"{path}: document version {version} is not the pinned one")
    patched, outcomes = check_patches(raw, doc)
    if not all(o.ok for o in outcomes):
        raise PatchesFailed(doc, outcomes)
    return patched


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
        for doc in DOCUMENTS:
            print(fetch(doc))
    except SpecError as exc:
        print(f"spec: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
