"""examples/harvest_files.py: upload, list, streamed download, delete, on the emulator."""

from __future__ import annotations

from pathlib import Path

from .conftest import run_example


def test_the_sample_directory_round_trips() -> None:
    result = run_example("harvest_files.py")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "uploaded 3 files to /harvest-files-example/" in lines
    assert "listed 3 files: notes.txt, reports/blob.bin, reports/day1.csv" in lines
    assert "downloaded and verified 3/3 files (streamed)" in lines
    assert "deleted 3 files" in lines
    assert "left after deleting: 0 files" in lines
    assert "storage origin: 3 downloads, 0 carried API credentials" in lines


def test_a_directory_of_the_users(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.json").write_text("{}")
    (tmp_path / "top.txt").write_text("x" * 70_000)
    result = run_example("harvest_files.py", "--dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "listed 2 files: a/b/deep.json, top.txt" in result.stdout.splitlines()


def test_a_missing_directory_is_refused_before_anything_starts(tmp_path: Path) -> None:
    result = run_example("harvest_files.py", "--dir", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert "is not a directory" in result.stderr
    assert "uploaded" not in result.stdout
