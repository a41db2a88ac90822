"""The README's emulator table states how many operations answer from state: that figure is
the emulator's own (`stateless_report()`), so the table cannot drift from what it models."""

from __future__ import annotations

import re
from pathlib import Path

import soracom_async.testing.core  # noqa: F401 (registers every hand-written handler)
from soracom_async.testing.families import stateful_operation_ids, stateless_report
from soracom_async.testing.spec import get_spec

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_states_the_stateful_share_the_emulator_has() -> None:
    text = " ".join(README.read_text(encoding="utf-8").split())
    found = re.search(r"(\d+) of the (\d+) operations \(main document and sandbox\) answer", text)
    assert found is not None, "the emulator table's count sentence is missing"
    spec = get_spec()
    stateful = stateful_operation_ids(spec)
    stateless = stateless_report(spec, stateful)
    assert (int(found[1]), int(found[2])) == (len(stateful), len(stateful) + len(stateless))
