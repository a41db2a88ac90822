"""The issue's proof: bump a temporary copy of the project between real vendor documents.

From history/20250903-043502 to the current pin the change report names the operations added
since and the changed answer of unsetExpiryTime, and the bumped project is exactly the
committed one (layers and facts.json); to history/20250314-063957 the bump stops at the
patches that no longer apply, naming them in a few lines. The copy holds codegen/, openapi/
and the generated layers (no .venv, no .git); the documents come from ../shared/openapi and
are never committed, so without them these tests are skipped.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen import spec

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "openapi"
HISTORY = SHARED / "history"
SEPTEMBER = HISTORY / "soracom-api.en.20250903-043502.yaml"
MARCH = HISTORY / "soracom-api.en.20250314-063957.yaml"
CURRENT = SHARED / spec.pin(spec.MAIN)["document"]

pytestmark = pytest.mark.skipif(
    not (SEPTEMBER.is_file() and MARCH.is_file() and CURRENT.is_file()),
    reason="the vendor documents of ../shared/openapi are not here (they are never committed)",
)


@dataclass
class Run:
    returncode: int
    out: str


def copy_project(into: Path) -> Path:
    project = into / "project"
    (project / "soracom_async").mkdir(parents=True)
    for name in ("codegen", "openapi"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for doc in spec.DOCUMENTS:
        shutil.copytree(
            doc.target,
            project / "soracom_async" / doc.package,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    return project


def bump(project: Path, src: Path) -> Run:
    env = {**os.environ, "SORACOM_OPENAPI_DIR": str(SHARED)}
    done = subprocess.run(
        [sys.executable, "-m", "codegen.bump", str(src)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    return Run(done.returncode, done.stdout + done.stderr)


@dataclass
class Bumps:
    project: Path
    to_september: Run
    to_current: Run
    to_march: Run


@pytest.fixture(scope="module")
def bumps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bumps]:
    project = copy_project(tmp_path_factory.mktemp("bump"))
    to_september = bump(project, SEPTEMBER)
    to_current = bump(project, CURRENT)
    snapshot = project.parent / "after-current"
    shutil.copytree(project / "soracom_async", snapshot / "soracom_async")
    shutil.copytree(project / "openapi", snapshot / "openapi")
    to_march = bump(project, MARCH)
    yield Bumps(snapshot, to_september, to_current, to_march)


def section(report: str, title: str) -> list[str]:
    match = re.search(rf"^## {title} \((\d+)\)\n\n(.*?)(?=\n## |\Z)", report, re.M | re.S)
    assert match, f"no section {title!r}"
    items = [line[2:] for line in match[2].splitlines() if line.startswith("- ")]
    assert items == ["none"] or len(items) == int(match[1])
    return [] if items == ["none"] else items


def test_from_september_to_the_pin_the_report_names_what_changed(bumps: Bumps) -> None:
    assert bumps.to_september.returncode == 0, bumps.to_september.out
    assert bumps.to_current.returncode == 0, bumps.to_current.out
    version = spec.pin(spec.MAIN)["version"]
    report = (bumps.project / "openapi" / f"CHANGES-{version}.md").read_text()
    added = {item.split(":")[0] for item in section(report, "Operations added")}
    assert {"putFqdnFilterRules", "enableTrafficFiltering", "putUplinkFilterRules"} <= added
    assert len(added) == 6
    assert section(report, "Operations removed") == []
    changed = section(report, "Operations changed")
    assert "unsetExpiryTime: 204 no body -> 200 Subscriber" in changed
    assert "unsetSimExpiryTime: 204 no body -> 200 Sim" in changed
    assert {"FqdnFilterRule", "UplinkFilterRule"} <= set(section(report, "Models added"))
    facts = section(report, "Facts \\(openapi/facts.json\\)")
    assert any(f.startswith("operations: ") for f in facts)
    # The way back reports the same operations as removed, and flags them as breaking.
    back = (bumps.project / "openapi" / "CHANGES-20250903-043502.md").read_text()
    removed = {item.split(":")[0] for item in section(back, "Operations removed")}
    assert removed == added
    assert {f"{op} removed" for op in added} <= set(section(back, "Breaking changes"))


def test_the_bumped_project_is_the_committed_one(bumps: Bumps) -> None:
    assert (
        json.loads((bumps.project / "openapi" / "pins" / "main.json").read_text())["sha256"]
        == spec.pin(spec.MAIN)["sha256"]
    )
    assert filecmp.cmp(bumps.project / "openapi" / "facts.json", spec.FACTS_FILE, shallow=False)
    for doc in spec.DOCUMENTS:
        cmp = filecmp.dircmp(doc.target, bumps.project / "soracom_async" / doc.package)
        assert not (cmp.left_only or cmp.right_only or cmp.diff_files)
        for sub in cmp.subdirs.values():
            assert not (sub.left_only or sub.right_only or sub.diff_files), sub.left


def test_to_march_the_patches_that_no_longer_apply_are_named(bumps: Bumps) -> None:
    run = bumps.to_march
    assert run.returncode == 1
    lines = run.out.strip().splitlines()
    assert len(lines) <= 15
    gone = [line.split()[0] for line in lines if "defect gone" in line]
    assert gone == [
        "tcp-downlink-connection-options-default",
        "device-object-model-json-only",
        "rtsp-snapshot-is-binary",
        "batch-task-body-is-any-json",  # March 2025 predates the batch API
    ]
    assert all(" /" in line for line in lines if "defect gone" in line)  # the JSON pointer
    assert "4 patches do not apply" in lines[-1]
    # No document content is dumped: pointers and verdicts only.
    assert "#/components" not in run.out and "SimDownlinkRtspSnapshotImageResponse" not in run.out
    assert max(len(line) for line in lines) < 300
