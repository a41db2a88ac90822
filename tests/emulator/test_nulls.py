"""JSON nulls on the wire, as the real API sends them (raw HTTP, no SDK models)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]

from soracom_async.testing import EmulatorConfig, SoracomEmulator
from soracom_async.testing.families import stateful_operation_ids
from soracom_async.testing.spec import get_spec
from soracom_async.testing.validation import allow_null_optionals, response_validator

from .conftest import Api
from .test_sweep import _known_values, build_request

SPEC = get_spec()


@pytest.fixture(scope="module")
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=300, group_count=12, seed=21) as emulator:
        yield emulator


@pytest.fixture(scope="module")
def wire(emu: SoracomEmulator) -> Iterator[Api]:
    with Api(emu) as api:
        yield api


def _all(api: Api, path: str, key_name: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 100}
    while True:
        response = api.get(path, params=params)
        assert response.status_code == 200, response.text
        items += response.json()
        next_key = response.headers.get("x-soracom-next-key")
        if next_key is None:
            return items
        params["last_evaluated_key"] = next_key


def _has_null(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, dict):
        return any(_has_null(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_null(v) for v in value)
    return False


def test_documented_nulls_are_on_every_sim(wire: Api) -> None:
    response = wire.get("/sims", params={"limit": 5})
    assert b'"expiryAction":null' in response.content  # JSON null on the wire, not absent
    for sim in _all(wire, "/sims", "simId"):
        # "`null`: No expiration date set" / "If Napter has never been used ..., null is returned"
        assert "expiryAction" in sim and sim["expiryAction"] is None
        assert "lastPortMappingCreatedTime" in sim and sim["lastPortMappingCreatedTime"] is None
        assert "imei" in sim["sessionStatus"] and sim["sessionStatus"]["imei"] is None


def test_about_a_third_of_the_records_carry_undocumented_nulls(
    emu: SoracomEmulator, wire: Api
) -> None:
    sims = _all(wire, "/sims", "simId")
    styled = [s for s in sims if "imeiLock" in s]
    assert 0.2 * len(sims) < len(styled) < 0.45 * len(sims), len(styled)
    for sim in styled:
        assert sim["imeiLock"] is None and sim["expiryTime"] is None  # object, integer
        assert sim["previousSession"] is None
        if "groupId" not in emu.state.sims[sim["simId"]] or sim["groupId"] is None:
            assert "groupId" in sim and sim["groupId"] is None  # string
        if not sim["sessionStatus"]["online"]:
            assert sim["sessionStatus"]["dnsServers"] is None  # list
            assert sim["sessionStatus"]["ueIpAddress"] is None
    plain = [s for s in sims if "imeiLock" not in s]
    assert all("expiryTime" not in s and s.get("groupId", "") is not None for s in plain)
    # A virtual SIM has no serial number: null in null style, absent otherwise.
    virtual = [s for s in sims if s["type"] == "virtual"]
    assert any(s in styled for s in virtual) and any(s in plain for s in virtual)
    for sim in virtual:
        assert sim.get("serialNumber") is None
        assert ("serialNumber" in sim) == (sim in styled)
    assert all(s["serialNumber"] for s in sims if s["type"] != "virtual")
    # The subscriber view of a null-style SIM carries the same nulls (and the legacy expiredAt).
    sub = wire.get(f"/subscribers/{emu.state.primary_imsi(emu.state.sims[styled[0]['simId']])}")
    assert sub.json()["expiryAction"] is None and sub.json()["expiredAt"] is None
    assert sub.json()["imeiLock"] is None
    groups = wire.get("/groups", params={"limit": 100}).json()
    assert len(groups) == 12
    assert 1 <= sum(g["configuration"] is None for g in groups) <= 8


def test_null_style_is_deterministic_from_the_seed() -> None:
    def styled(seed: int) -> list[str]:
        emulator = SoracomEmulator(sim_count=200, seed=seed)
        return [k for k, s in emulator.state.sims.items() if "imeiLock" in s]

    assert styled(4) == styled(4)
    assert styled(4) != styled(5)
    # The share does not disturb the rest of the seeded data.
    a = SoracomEmulator(sim_count=50, seed=4)
    b = SoracomEmulator(sim_count=50, seed=4, null_share=0.0)
    assert [s["status"] for s in a.state.sims.values()] == [
        s["status"] for s in b.state.sims.values()
    ]


def test_unsetting_writes_null_where_the_api_would(emu: SoracomEmulator, wire: Api) -> None:
    state = emu.state
    styled = next(k for k in state.sim_order if "imeiLock" in state.sims[k])
    plain = next(k for k in state.sim_order if "imeiLock" not in state.sims[k])
    group_id = state.group_order[0]
    for sim_id, expected_present in ((styled, True), (plain, False)):
        assert wire.post(f"/sims/{sim_id}/set_group", json={"groupId": group_id}).status_code == 200
        unset = wire.post(f"/sims/{sim_id}/unset_group").json()
        assert ("groupId" in unset) == expected_present and unset.get("groupId") is None
        wire.post(f"/sims/{sim_id}/set_expiry_time", json={"expiryTime": 1_900_000_000_000})
        cleared = wire.post(f"/sims/{sim_id}/unset_expiry_time").json()
        assert ("expiryTime" in cleared) == expected_present
        assert "expiryAction" in cleared and cleared["expiryAction"] is None  # documented
        wire.post(f"/sims/{sim_id}/set_imei_lock", json={"imei": "350000000000001"})
        unlocked = wire.post(f"/sims/{sim_id}/unset_imei_lock").json()
        assert ("imeiLock" in unlocked) == expected_present


STATEFUL = stateful_operation_ids()


def test_synthesized_answers_carry_nulls(emu: SoracomEmulator, wire: Api) -> None:
    """Every non-stateful GET whose body has an optional property answers some null."""
    known = _known_values(emu, 0)
    checked = 0
    failures: list[str] = []
    for op in SPEC.operations.values():
        if op.method != "GET" or op.operation_id in STATEFUL or op.success.status != 200:
            continue
        if op.success.content_type != "application/json" or not _optional_props(op.success_schema):
            continue
        request = build_request(op, None, known)
        response = wire.get(request["url"], params=request["params"], headers=request["headers"])
        if response.status_code != 200:
            failures.append(f"{op.operation_id}: {response.status_code}")
            continue
        body = response.json()
        checked += 1
        if not _has_null(body):
            failures.append(f"{op.operation_id}: no null in {json.dumps(body)[:200]}")
        if not response_validator(op).is_valid(body):
            failures.append(f"{op.operation_id}: invalid under OPTIONAL_MAY_BE_NULL")
    assert not failures, "\n".join(failures[:30])
    # The other GETs answer from state (families.py, and the stats, bills, orders and
    # soralets of traffic.py, billing.py, orders.py, soralets.py).
    assert checked > 40, checked


def _optional_props(schema: Any) -> bool:
    if isinstance(schema, list):
        return any(_optional_props(s) for s in schema)
    if not isinstance(schema, dict):
        return False
    props = schema.get("properties")
    if isinstance(props, dict) and set(props) - set(schema.get("required") or ()):
        return True
    return any(_optional_props(v) for k, v in schema.items() if k in ("items", "allOf"))


def test_null_share_zero_is_polite() -> None:
    with (
        SoracomEmulator(sim_count=40, group_count=5, seed=21, null_share=0.0) as emulator,
        Api(emulator) as api,
    ):
        assert not _has_null(_all(api, "/sims", "simId"))
        assert not _has_null(_all(api, "/subscribers", "imsi"))
        assert not _has_null(api.get("/groups").json())
        assert not _has_null(api.get("/devices").json())  # synthesized
        assert not _has_null(api.get("/lora_devices").json())


def test_null_share_is_validated_and_defaults_to_impolite() -> None:
    assert SoracomEmulator().config.null_share > 0
    with pytest.raises(ValueError, match="null_share"):
        EmulatorConfig(null_share=1.5)
    with pytest.raises(ValueError, match="null_share"):
        SoracomEmulator(null_share=-0.1)


def test_the_leniency_rule_admits_null_only_for_optional_properties() -> None:
    schema = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "action": {"type": "string", "enum": ["doNothing", "(null value)"]},
            "lock": {"type": "object", "properties": {"imei": {"type": "string"}}},
            "choice": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        },
    }
    lenient = Draft4Validator(allow_null_optionals(schema))
    literal = Draft4Validator(schema)
    body = {"id": "x", "action": None, "lock": None, "choice": None}
    assert lenient.is_valid(body)
    assert not literal.is_valid(body)  # the document taken literally rejects production data
    assert not lenient.is_valid({**body, "id": None})  # required stays non-null
    assert not lenient.is_valid({**body, "action": "explode"})  # enums still checked
    assert not lenient.is_valid({**body, "lock": {"imei": 5}})  # nested types still checked
    assert not lenient.is_valid({**body, "choice": 1.5})
