"""The fast from_dict (codegen/templates/model.py.jinja) parses what the API sends exactly as
before: a corpus of emulator answers (list_sims pages with JSON nulls, groups, and one
synthesized answer for every operation the emulator knows) goes through each operation's own
generated parse(), and every model must give back the JSON it came from (`to_dict()`), be
equal to the same answer parsed again, and leave the answer it read untouched.

Also here: an enum value this pin does not list and a key no property names are kept, a
nested model or enum is parsed through the module's bound parsers, and every UNSET check in
the generated layers is an identity check.
"""

from __future__ import annotations

import copy
import datetime
import json
import pkgutil
import re
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import soracom_async._generated.api as api_package
from soracom_async._generated.models.group import Group
from soracom_async._generated.models.sim import Sim
from soracom_async._generated.models.sim_status import SimStatus
from soracom_async._generated.types import MissingFieldError
from soracom_async.pagination import JsonBody
from soracom_async.testing import EmulatorConfig, SoracomEmulator
from soracom_async.testing.core import EmulatorCore

ROOT = Path(__file__).parents[2]
LAYERS = [ROOT / "soracom_async" / "_generated", ROOT / "soracom_async" / "_generated_sandbox"]


def _endpoint_modules() -> dict[str, ModuleType]:
    found = {}
    for info in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + "."):
        module = import_module(info.name)
        spec = getattr(module, "SPEC", None)
        if spec is not None:
            found[spec.operation_id] = module
    return found


MODULES = _endpoint_modules()


def _as_json(value: Any) -> Any:
    """What parse() gave, back as JSON (models through their own to_dict)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return value


def _normalised(value: Any) -> Any:
    """The documented normalisation of to_dict: a timestamp is written back in isoformat."""
    if isinstance(value, dict):
        return {k: _normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?", value):
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    return value


def _synthesized_corpus() -> list[tuple[str, Any]]:
    core = EmulatorCore(EmulatorConfig(seed=7, sim_count=5, null_share=0.5))
    corpus = []
    for op_id, op in sorted(core.spec.operations.items()):
        success = op.success
        if op_id not in MODULES or op.success_schema is None or success.status == 204:
            continue
        if success.content_type != "application/json":
            continue
        corpus.append((op_id, core.responses.body(op)))
    return corpus


SYNTHESIZED = _synthesized_corpus()


def _parse(op_id: str, data: Any, status: int = 200) -> Any:
    body = JsonBody(status, json.dumps(data).encode(), data, {})
    return MODULES[op_id].parse(body)


def _check(op_id: str, data: Any) -> None:
    before = copy.deepcopy(data)
    parsed = _parse(op_id, data)
    assert data == before  # parsing reads the answer, never changes it
    assert _normalised(_as_json(parsed)) == _normalised(data)
    assert _parse(op_id, data) == parsed  # attrs equality: the same answer, the same objects


def test_the_corpus_covers_the_operations() -> None:
    assert len(SYNTHESIZED) > 300
    models = sum(1 for op_id, data in SYNTHESIZED if hasattr(_parse(op_id, data), "to_dict"))
    assert models > 150


@pytest.mark.parametrize(("op_id", "data"), SYNTHESIZED, ids=[op for op, _ in SYNTHESIZED])
def test_every_synthesized_answer_round_trips(op_id: str, data: Any) -> None:
    _check(op_id, data)


@pytest.fixture(scope="module")
def wire() -> Iterator[dict[str, list[Any]]]:
    """Raw JSON of stateful listings, nulls included (null_share), fetched over loopback."""
    with SoracomEmulator(sim_count=250, group_count=6, seed=13) as emu:
        yield _listed(emu)


def _listed(emu: SoracomEmulator) -> dict[str, list[Any]]:
    pages: dict[str, list[Any]] = {"listSims": [], "listGroups": []}
    with httpx.Client(base_url=emu.base_url, timeout=10) as http:
        auth = http.post("/auth", json={"authKeyId": emu.auth_key_id, "authKey": emu.auth_key})
        token = auth.json()
        headers = {"X-Soracom-API-Key": token["apiKey"], "X-Soracom-Token": token["token"]}
        for op_id, path in (("listSims", "/sims"), ("listGroups", "/groups")):
            params: dict[str, Any] = {"limit": 100}
            while True:
                response = http.get(path, params=params, headers=headers)
                assert response.status_code == 200
                pages[op_id].append(response.json())
                key = response.headers.get("x-soracom-next-key")
                if key is None:
                    break
                params["last_evaluated_key"] = key
    return pages


def test_listed_sims_and_groups_round_trip(wire: dict[str, list[Any]]) -> None:
    sims = [sim for page in wire["listSims"] for sim in page]
    assert len(sims) == 250 and len(wire["listGroups"][0]) > 0
    assert any(v is None for sim in sims for v in sim.values())  # the corpus has nulls
    for op_id, pages in wire.items():
        for page in pages:
            _check(op_id, page)
    nulls = [Sim.from_dict(sim) for sim in sims if sim.get("expiryAction", 0) is None]
    assert nulls and all(sim.expiry_action is None for sim in nulls)  # null is None, not UNSET


def _a_sim() -> dict[str, Any]:
    return {
        "simId": "8942310021000000000",
        "status": "active",
        "type": "uicc",
        "tags": {"name": "x"},
        "sessionStatus": {"online": True, "dnsServers": ["1.1.1.1"]},
        "capabilities": {"data": True, "sms": False},
    }


def test_an_unlisted_enum_value_is_kept() -> None:
    data = {**_a_sim(), "status": "hibernating", "type": "quantum"}
    sim = Sim.from_dict(data)
    assert sim.status == "hibernating" and isinstance(sim.status, SimStatus)
    assert str(sim.type_) == "quantum"
    assert sim.to_dict() == data
    assert Sim.from_dict(_a_sim()).status is SimStatus.ACTIVE  # a listed one is the member


def test_a_wrong_enum_value_type_fails_as_before() -> None:
    with pytest.raises(ValueError, match="is not a valid SimStatus"):
        Sim.from_dict({**_a_sim(), "status": 5})
    with pytest.raises(ValueError, match="is not a valid SimStatus"):
        Sim.from_dict({**_a_sim(), "status": ["active"]})  # unhashable: Enum decides


def test_unknown_keys_are_additional_properties_of_a_fresh_dict() -> None:
    data = {**_a_sim(), "futureField": {"a": 1}, "capabilities": {"data": True, "mms": 1}}
    sim = Sim.from_dict(data)
    assert sim.additional_properties == {"futureField": {"a": 1}}
    assert sim.capabilities is not None and not isinstance(sim.capabilities, type(None))
    assert sim.to_dict() == data
    sim.additional_properties["more"] = 1
    assert "more" not in data  # the model owns its dict, it is not the answer's


def test_required_identifiers_are_still_checked() -> None:
    for broken in (
        {k: v for k, v in _a_sim().items() if k != "simId"},
        {**_a_sim(), "simId": None},
    ):
        with pytest.raises(MissingFieldError, match="Sim: required field 'simId'"):
            Sim.from_dict(broken)
    with pytest.raises(TypeError, match="Group: expected a JSON object, got list"):
        Group.from_dict([])  # type: ignore[arg-type]


def _generated_sources() -> Iterator[Path]:
    for layer in LAYERS:
        yield from sorted(layer.rglob("*.py"))


def test_every_unset_check_is_an_identity_check() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _generated_sources()
        if re.search(r"isinstance\([^()]*\bUnset\b", path.read_text())
    ]
    assert offenders == []


def test_nested_parsers_are_bound_once_per_module() -> None:
    source = (LAYERS[0] / "models" / "sim.py").read_text()
    assert "_from_dict_SessionStatus(" in source and "SessionStatus.from_dict(" not in source
    assert "_by_value_SimStatus[" in source and "SimStatus(_status)" in source
    # Every bound name a module calls is defined in it (else the first parse is a NameError).
    for path in _generated_sources():
        text = path.read_text()
        for kind, name in set(re.findall(r"\b_(from_dict|by_value)_(\w+)\b", text)):
            assert re.search(rf"^_{kind}_{name} = ", text, re.M), (path, name)
