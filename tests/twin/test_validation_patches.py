"""The emulator validates against the document as codegen patched it, and nothing more lenient.

Every patch of openapi/patches/*.yaml is in the document the emulator routes and validates
with (its `replace`/`add` values are there, what it `remove`s or `move`s away is gone), so
where the vendor document is wrong the emulator accepts what the real API accepts. The
patched leniency `run-once-among-target-is-a-string` is honoured over HTTP, the same body
under the document as the vendor wrote it (the patch's own `test` value) would be refused, and
a value that no patch allows is refused with the unified error naming the field. The
emulator's own leniencies are named rules with a reason (`validation.LENIENCIES`).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import httpx
import jsonpatch  # type: ignore[import-untyped,unused-ignore]
import pytest
from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]

from codegen import spec as codegen_spec
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.spec import get_spec
from soracom_async.testing.synth import Synthesizer
from soracom_async.testing.validation import LENIENCIES, response_validator

SPEC = get_spec()
PATCHES = [
    (document.name, patch)
    for document in (codegen_spec.MAIN, codegen_spec.SANDBOX)
    for patch in codegen_spec.patches(document)
]
LENIENCY = "run-once-among-target-is-a-string"
POINTER = "/components/schemas/RuleConfigProperty/properties/runOnceAmongTarget/enum"


def _resolves(pointer: str) -> bool:
    try:
        jsonpatch.JsonPointer(pointer).resolve(SPEC.document)
    except (jsonpatch.JsonPointerException, KeyError, IndexError, TypeError):
        return False
    return True


def _value(pointer: str) -> Any:
    return jsonpatch.JsonPointer(pointer).resolve(SPEC.document)


@pytest.mark.parametrize(
    ("document", "patch"), PATCHES, ids=lambda p: getattr(p, "get", str)("name")
)
def test_the_emulator_document_carries_every_patch(document: str, patch: dict[str, Any]) -> None:
    assert patch["why"], patch["name"]  # a leniency is named, with its reason
    for op in patch["ops"]:
        kind, path = op["op"], op.get("path", "")
        if kind in ("replace", "add"):
            assert _value(path) == op["value"], (document, patch["name"], path)
        elif kind == "remove":
            assert not _resolves(path), (document, patch["name"], path)
        elif kind == "move":
            assert not _resolves(op["from"]) and _resolves(path), (document, patch["name"])


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with SoracomEmulator(sim_count=2, group_count=1, seed=13) as emu:
        token = emu.issue_token()
        headers = {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}
        with httpx.Client(base_url=emu.base_url, timeout=10, headers=headers) as http:
            yield http


def _handler_body(run_once: object) -> dict[str, Any]:
    op = SPEC.operations["createEventHandler"]
    body: dict[str, Any] = Synthesizer().value(op.body_schema, "body")
    body["ruleConfig"]["properties"]["runOnceAmongTarget"] = run_once
    return body


def _as_the_vendor_wrote_it() -> Draft4Validator:
    """The createEventHandler body schema with the patch undone (its `test` value back)."""
    patch = next(p for _, p in PATCHES if p["name"] == LENIENCY)
    vendor = next(op["value"] for op in patch["ops"] if op["op"] == "test")
    schema = copy.deepcopy(SPEC.operations["createEventHandler"].body_schema)
    rule = schema["properties"]["ruleConfig"]["properties"]["properties"]
    rule["properties"]["runOnceAmongTarget"]["enum"] = vendor
    return Draft4Validator(schema)


@pytest.mark.parametrize("value", ["true", "false"])
def test_a_patched_leniency_is_what_the_emulator_accepts(client: httpx.Client, value: str) -> None:
    assert _value(POINTER) == ["true", "false"]
    body = _handler_body(value)
    assert not _as_the_vendor_wrote_it().is_valid(body)  # the vendor document refuses it
    created = client.post("/event_handlers", json=body)
    assert created.status_code == 201, created.text
    answer = created.json()
    assert answer["ruleConfig"]["properties"]["runOnceAmongTarget"] == value
    assert response_validator(SPEC.operations["createEventHandler"]).is_valid(answer)
    got = client.get(f"/event_handlers/{answer['handlerId']}")
    assert got.status_code == 200
    assert got.json()["ruleConfig"]["properties"]["runOnceAmongTarget"] == value


@pytest.mark.parametrize("value", [True, "yes", 1])
def test_a_violation_no_patch_allows_is_refused(client: httpx.Client, value: object) -> None:
    refused = client.post("/event_handlers", json=_handler_body(value))
    assert refused.status_code == 400, refused.text
    error = refused.json()
    assert error["code"] == "COM0003"
    assert "runOnceAmongTarget" in error["message"]


def test_the_emulators_own_leniencies_are_named_with_a_reason() -> None:
    assert LENIENCIES, "the rules exist"
    for name, why in LENIENCIES.items():
        assert name and len(why) > 40, name
    patch_names = {p["name"] for _, p in PATCHES}
    assert not patch_names & set(LENIENCIES)  # one name, one place
