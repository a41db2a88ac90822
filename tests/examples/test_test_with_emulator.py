"""examples/test_with_emulator.py is a pytest file for users: run it as they would, in its own
pytest process; and the project's own collection never picks it up a second time."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

from .conftest import EXAMPLES, ROOT, example_env

EXAMPLE = EXAMPLES / "test_with_emulator.py"


def example_tests() -> list[str]:
    tree = ast.parse(EXAMPLE.read_text())
    return [
        node.name
        for node in tree.body
        if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef)
        and node.name.startswith("test_")
    ]


def test_the_example_passes_under_pytest() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(EXAMPLE), "-q", "-p", "no:cacheprovider"],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        env=example_env(),
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    count = len(example_tests())
    assert count >= 4
    assert f"{count} passed" in result.stdout, result.stdout


def test_the_project_collection_leaves_the_example_to_this_test() -> None:
    found = re.search(r"^testpaths = \[(.*)\]$", (ROOT / "pyproject.toml").read_text(), re.M)
    assert found is not None
    testpaths = [ROOT / path.strip().strip('"') for path in found[1].split(",")]
    assert testpaths == [ROOT / "tests"]
    assert not any(EXAMPLE.is_relative_to(path) for path in testpaths)
