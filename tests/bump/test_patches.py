"""Every patch tests its defect, and the patch check says applied / defect gone / broken.

A patch's `test`/`absent` operations must hold on the pinned document and fail on the
document the patch produced: then they test the defect the patch fixes (a check that still
passes after the fix tests something else, such as an operationId).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from codegen import spec


def _raw(doc: spec.Document) -> dict[str, Any]:
    try:
        return spec.load(spec.fetch(doc, allow_download=False))
    except spec.SpecError as exc:
        pytest.skip(f"the pinned {doc.name} document is not here: {exc}")


@pytest.mark.parametrize("doc", spec.DOCUMENTS, ids=lambda d: d.name)
def test_every_patch_applies_to_its_pinned_document(doc: spec.Document) -> None:
    _, outcomes = spec.check_patches(_raw(doc), doc)
    assert outcomes and all(o.status == "applied" for o in outcomes), outcomes


@pytest.mark.parametrize("doc", spec.DOCUMENTS, ids=lambda d: d.name)
def test_every_patch_tests_its_own_defect(doc: spec.Document) -> None:
    current = _raw(doc)
    for patch in spec.patches(doc):
        assert any(op["op"] in ("test", "absent") for op in patch["ops"]), patch["name"]
        fixed, outcome = spec.apply_patch(current, patch)
        assert outcome.ok, outcome
        _, again = spec.apply_patch(fixed, patch)
        assert again.status == "defect gone", f"{patch['name']}: its checks pass once fixed"
        current = fixed


def test_a_patch_whose_change_fails_is_broken_and_names_the_pointer() -> None:
    doc = {"a": {"b": 1}, "secret": "document text"}
    patch = {
        "name": "p",
        "ops": [
            {"op": "test", "path": "/a/b", "value": 1},
            {"op": "remove", "path": "/a/c"},
        ],
    }
    unchanged, outcome = spec.apply_patch(copy.deepcopy(doc), patch)
    assert (outcome.status, outcome.pointer) == ("broken", "/a/c")
    assert unchanged == doc
    assert "document text" not in outcome.detail


def test_absent_checks_a_missing_part() -> None:
    patch = {
        "name": "p",
        "ops": [{"op": "absent", "path": "/x"}, {"op": "add", "path": "/x", "value": 1}],
    }
    fixed, outcome = spec.apply_patch({}, patch)
    assert outcome.ok and fixed == {"x": 1}
    _, again = spec.apply_patch(fixed, patch)
    assert (again.status, again.pointer, again.detail) == ("defect gone", "/x", "is present")
