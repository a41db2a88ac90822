"""The types are real: mypy --strict and pyright strict (basedpyright's `strict`) accept the
README's examples as written and tests/typing/user_code.py, and report an error on each line
of tests/typing/mistakes.py.txt marked `expect-error` (wrong parameter name, undocumented enum
string, wrong field type, model of the wrong class, ...) and on no other line.

Each checker runs in a subprocess on files written to a temporary directory, as a user's
project would hold them, with this repository's mypy configuration and a pyright configuration
pointing at this venv.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
_MYPY_LINE = re.compile(r"^(?P<file>[^:\n]+\.py):(?P<line>\d+): error: (?P<message>.*)$", re.M)
_PYRIGHT_LINE = re.compile(
    r"^\s*(?P<file>/[^:\n]+\.py):(?P<line>\d+):\d+ - error: (?P<message>.*)$", re.M
)


def _readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text()
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.S | re.M)


def _write(tmp_path: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text)
        paths.append(path)
    config = {
        "typeCheckingMode": "strict",
        "pythonVersion": "3.10",
        "venvPath": str(ROOT),
        "venv": ".venv",
        "extraPaths": [str(ROOT)],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    return paths


def mypy_errors(paths: list[Path]) -> dict[tuple[str, int], str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--strict"]
        + [str(p) for p in paths],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    found = {
        (Path(m["file"]).name, int(m["line"])): m["message"]
        for m in _MYPY_LINE.finditer(result.stdout)
    }
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert bool(found) == (result.returncode == 1), result.stdout + result.stderr
    return found


def pyright_errors(tmp_path: Path, paths: list[Path]) -> dict[tuple[str, int], str]:
    pyright = Path(sys.executable).with_name("basedpyright")
    result = subprocess.run(
        [str(pyright), "-p", str(tmp_path / "pyrightconfig.json")] + [str(p) for p in paths],
        check=False,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    found = {
        (Path(m["file"]).name, int(m["line"])): m["message"]
        for m in _PYRIGHT_LINE.finditer(result.stdout)
    }
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert bool(found) == (result.returncode == 1), result.stdout + result.stderr
    return found


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[tuple[str, int], str]]:
    """Both checkers' errors over the README's examples, user_code.py and the mistakes."""
    tmp_path = tmp_path_factory.mktemp("typing")
    files = {f"readme_example_{i}.py": text for i, text in enumerate(_readme_examples())}
    files["user_code.py"] = (HERE / "user_code.py").read_text()
    files["mistakes.py"] = (HERE / "mistakes.py.txt").read_text()
    paths = _write(tmp_path, files)
    return {"mypy": mypy_errors(paths), "pyright": pyright_errors(tmp_path, paths)}


def test_the_readme_has_examples() -> None:
    examples = _readme_examples()
    assert len(examples) >= 4
    assert any("update_sim_speed_class(sim_id=sim.sim_id" in e for e in examples)
    assert not any("cast(" in e or "type: ignore" in e for e in examples)


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_the_readme_examples_and_user_code_pass(
    checked: dict[str, dict[tuple[str, int], str]], checker: str
) -> None:
    errors = {k: v for k, v in checked[checker].items() if k[0] != "mistakes.py"}
    assert errors == {}


def _expected_lines() -> dict[int, str]:
    lines = (HERE / "mistakes.py.txt").read_text().splitlines()
    return {
        number: line.split("# expect-error:", 1)[1].strip()
        for number, line in enumerate(lines, start=1)
        if "# expect-error:" in line
    }


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_every_mistake_is_an_error_and_nothing_else_is(
    checked: dict[str, dict[tuple[str, int], str]], checker: str
) -> None:
    expected = _expected_lines()
    assert len(expected) >= 15
    reported = {line for name, line in checked[checker] if name == "mistakes.py"}
    missed = {line: why for line, why in expected.items() if line not in reported}
    assert missed == {}, f"{checker} accepted these mistakes"
    unexpected = {
        line: message
        for (name, line), message in checked[checker].items()
        if name == "mistakes.py" and line not in expected
    }
    assert unexpected == {}


def test_the_undocumented_enum_string_is_refused_for_its_values(
    checked: dict[str, dict[tuple[str, int], str]],
) -> None:
    line = next(n for n, why in _expected_lines().items() if why == "undocumented enum value")
    for checker in ("mypy", "pyright"):
        message = checked[checker][("mistakes.py", line)]
        assert "week" in message and "day" in message, message  # the documented ones are named
