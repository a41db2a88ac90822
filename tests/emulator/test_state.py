"""The stateful core: seeded fleet, SIM/subscriber lifecycle and history, tags, groups."""

from __future__ import annotations

import re

import pytest
from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]

from soracom_async.testing import SoracomEmulator
from soracom_async.testing.spec import get_spec
from soracom_async.testing.validation import allow_null_optionals

from .conftest import Api, assert_error

SPEC = get_spec()
# Under the rule OPTIONAL_MAY_BE_NULL (null-style records carry null optional fields).
SIM_SCHEMA = Draft4Validator(allow_null_optionals(SPEC.schema("Sim")))
SUBSCRIBER_SCHEMA = Draft4Validator(allow_null_optionals(SPEC.schema("Subscriber")))
GROUP_SCHEMA = Draft4Validator(allow_null_optionals(SPEC.schema("Group")))

pytestmark = pytest.mark.soracom_emulator(sim_count=30, seed=11)


def _sim_id(emu: SoracomEmulator, status: str) -> str:
    return next(s for s in emu.state.sim_order if emu.state.sims[s]["status"] == status)


def test_seeded_fleet_is_realistic_and_deterministic() -> None:
    a = SoracomEmulator(sim_count=200, seed=5)
    b = SoracomEmulator(sim_count=200, seed=5)
    c = SoracomEmulator(sim_count=200, seed=6)
    assert (a.auth_key_id, a.auth_key, a.email, a.password, a.operator_id) == (
        b.auth_key_id,
        b.auth_key,
        b.email,
        b.password,
        b.operator_id,
    )
    assert a.auth_key_id != c.auth_key_id and a.operator_id != c.operator_id
    assert re.fullmatch(r"OP00\d{8}", a.operator_id)
    assert re.fullmatch(r"keyId-[a-z0-9]{32}", a.auth_key_id)
    assert re.fullmatch(r"secret-[a-z0-9]{64}", a.auth_key)
    assert a.state.sims == b.state.sims
    statuses = set()
    for sim in a.state.sims.values():
        assert not list(SIM_SCHEMA.iter_errors(sim)), sim
        assert re.fullmatch(r"8942\d{15,16}", sim["simId"])
        imsi = a.state.primary_imsi(sim)
        assert re.fullmatch(r"(29505|44010)\d{10}", imsi)
        statuses.add(sim["status"])
        assert not list(SUBSCRIBER_SCHEMA.iter_errors(a.state.subscriber_view(sim)))
    assert {"active", "inactive", "ready"} <= statuses
    assert len({a.state.primary_imsi(s) for s in a.state.sims.values()}) == 200
    assert any(a.state.primary_imsi(s).startswith("44010") for s in a.state.sims.values())


def test_get_sim_and_subscriber_agree(soracom_emulator: SoracomEmulator, api: Api) -> None:
    sim_id = soracom_emulator.state.sim_order[3]
    sim = api.get(f"/sims/{sim_id}").json()
    imsi = soracom_emulator.state.primary_imsi(soracom_emulator.state.sims[sim_id])
    sub = api.get(f"/subscribers/{imsi}").json()
    assert sub["simId"] == sim_id and sub["status"] == sim["status"]
    assert sub["speedClass"] == sim["speedClass"] and sub["tags"] == sim["tags"]
    assert_error(api.get("/sims/8942000000000000000"), 404, mentions="8942000000000000000")
    assert_error(api.get("/subscribers/001010000000000"), 404)


def test_status_lifecycle_and_history(soracom_emulator: SoracomEmulator, api: Api) -> None:
    sim_id = _sim_id(soracom_emulator, "active")
    assert api.post(f"/sims/{sim_id}/deactivate").json()["status"] == "inactive"
    assert api.post(f"/sims/{sim_id}/suspend").json()["status"] == "suspended"
    assert api.post(f"/sims/{sim_id}/activate").json()["status"] == "active"
    assert api.post(f"/sims/{sim_id}/activate").json()["status"] == "active"  # idempotent
    assert_error(api.post(f"/sims/{sim_id}/set_to_standby"), 400, mentions="standby")
    # Termination protection: terminate only once termination is enabled.
    assert_error(api.post(f"/sims/{sim_id}/terminate"), 400, mentions="termination")
    assert api.post(f"/sims/{sim_id}/enable_termination").json()["terminationEnabled"] is True
    assert api.post(f"/sims/{sim_id}/terminate").json()["status"] == "terminated"
    assert_error(api.post(f"/sims/{sim_id}/activate"), 400, mentions="terminated")
    history = api.get(f"/sims/{sim_id}/statuses/history").json()
    assert [h["status"] for h in history] == [
        "terminated",
        "active",
        "suspended",
        "inactive",
        "active",
    ]
    asc = api.get(f"/sims/{sim_id}/statuses/history", params={"sort": "asc"}).json()
    assert [h["status"] for h in asc] == list(reversed([h["status"] for h in history]))
    assert all(h["simId"] == sim_id for h in history)
    assert soracom_emulator.applied_count("activateSim") == 2
    assert soracom_emulator.applied_count("terminateSim") == 1  # the refused attempt is not counted
    assert soracom_emulator.state.sims[sim_id]["status"] == "terminated"


def test_subscriber_operations_change_the_same_sim(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    sim_id = _sim_id(soracom_emulator, "ready")
    imsi = soracom_emulator.state.primary_imsi(soracom_emulator.state.sims[sim_id])
    assert api.post(f"/subscribers/{imsi}/set_to_standby").json()["status"] == "standby"
    response = api.post(f"/subscribers/{imsi}/update_speed_class", json={"speedClass": "s1.fast"})
    assert response.status_code == 200
    assert not list(SUBSCRIBER_SCHEMA.iter_errors(response.json()))
    sim = api.get(f"/sims/{sim_id}").json()
    assert (sim["status"], sim["speedClass"]) == ("standby", "s1.fast")
    bad = api.post(f"/subscribers/{imsi}/update_speed_class", json={"speedClass": "warp9"})
    assert_error(bad, 400, mentions="body.speedClass")
    missing = api.post(f"/sims/{sim_id}/update_speed_class", json={})
    assert_error(missing, 400, mentions="body.speedClass")


def test_tags(soracom_emulator: SoracomEmulator, api: Api) -> None:
    sim_id = soracom_emulator.state.sim_order[0]
    response = api.put(
        f"/sims/{sim_id}/tags",
        json=[{"tagName": "site", "tagValue": "osaka"}, {"tagName": "name", "tagValue": "pump-1"}],
    )
    assert response.json()["tags"] == {"name": "pump-1", "fleet": "green", "site": "osaka"}
    assert api.delete(f"/sims/{sim_id}/tags/site").status_code == 204
    assert "site" not in api.get(f"/sims/{sim_id}").json()["tags"]
    assert_error(api.delete(f"/sims/{sim_id}/tags/site"), 404, mentions="site")
    assert_error(api.put(f"/sims/{sim_id}/tags", json=[{"tagName": "x"}]), 400, mentions="tagValue")
    # URL-encoded tag names
    api.put(f"/sims/{sim_id}/tags", json=[{"tagName": "a b/c", "tagValue": "1"}])
    assert api.delete(f"/sims/{sim_id}/tags/a%20b%2Fc").status_code == 204


def test_groups_and_membership(soracom_emulator: SoracomEmulator, api: Api) -> None:
    created = api.post("/groups", json={"tags": {"name": "pumps"}})
    assert created.status_code == 201
    group = created.json()
    assert not list(GROUP_SCHEMA.iter_errors(group))
    group_id = group["groupId"]
    sims = soracom_emulator.state.sim_order[:3]
    for sim_id in sims:
        assert (
            api.post(f"/sims/{sim_id}/set_group", json={"groupId": group_id}).json()["groupId"]
            == group_id
        )
    members = api.get(f"/groups/{group_id}/subscribers").json()
    assert [m["simId"] for m in members] == sims
    assert api.post(f"/sims/{sims[0]}/unset_group").json().get("groupId") is None
    assert len(api.get(f"/groups/{group_id}/subscribers").json()) == 2
    assert_error(api.post(f"/sims/{sims[0]}/set_group", json={"groupId": "nope"}), 404)

    configured = api.put(
        f"/groups/{group_id}/configuration/SoracomAir",
        json=[{"key": "metadata", "value": {"enabled": True}}, {"key": "userdata", "value": "hi"}],
    )
    assert configured.json()["configuration"]["SoracomAir"] == {
        "metadata": {"enabled": True},
        "userdata": "hi",
    }
    assert api.delete(f"/groups/{group_id}/configuration/SoracomAir/userdata").status_code == 204
    assert api.get(f"/groups/{group_id}").json()["configuration"]["SoracomAir"] == {
        "metadata": {"enabled": True}
    }
    assert_error(
        api.put(f"/groups/{group_id}/configuration/NotANamespace", json=[]),
        400,
        mentions="namespace",
    )
    assert api.put(
        f"/groups/{group_id}/tags", json=[{"tagName": "env", "tagValue": "prod"}]
    ).json()["tags"] == {
        "name": "pumps",
        "env": "prod",
    }
    listed = api.get(
        "/groups", params={"tag_name": "env", "tag_value": "pro", "tag_value_match_mode": "prefix"}
    )
    assert [g["groupId"] for g in listed.json()] == [group_id]

    assert api.delete(f"/groups/{group_id}").status_code == 204
    assert_error(api.get(f"/groups/{group_id}"), 404)
    assert api.get(f"/sims/{sims[1]}").json().get("groupId") is None
    assert soracom_emulator.applied_count("setSimGroup") == 3
    assert soracom_emulator.request_count("setSimGroup") == 4


def test_list_subscribers_filters(soracom_emulator: SoracomEmulator, api: Api) -> None:
    active = api.get("/subscribers", params={"status_filter": "active", "limit": 100}).json()
    expected = sum(1 for s in soracom_emulator.state.sims.values() if s["status"] == "active")
    assert len(active) == expected and all(s["status"] == "active" for s in active)
    both = api.get("/subscribers", params={"status_filter": "active|inactive", "limit": 100}).json()
    assert {s["status"] for s in both} <= {"active", "inactive"} and len(both) >= len(active)
    green = api.get(
        "/subscribers", params={"tag_name": "fleet", "tag_value": "green", "limit": 100}
    ).json()
    assert len(green) == 15 and all(s["tags"]["fleet"] == "green" for s in green)
    found = api.get("/query/sims", params={"name": "device-0007"}).json()
    assert [s["tags"]["name"] for s in found] == ["device-0007"]


def test_create_sim_and_expiry_and_imei_lock(soracom_emulator: SoracomEmulator, api: Api) -> None:
    created = api.post("/sims", json={"type": "virtual", "subscription": "planArc01"})
    assert created.status_code == 201
    sim = created.json()
    assert sim["type"] == "virtual" and sim["status"] == "ready"
    assert sim["simId"] in soracom_emulator.state.sims
    assert_error(
        api.post("/sims", json={"type": "physical", "subscription": "planArc01"}),
        400,
        mentions="body.type",
    )
    expiring = api.post(
        f"/sims/{sim['simId']}/set_expiry_time",
        json={"expiryTime": 1893423600000, "expiryAction": "suspend"},
    ).json()
    assert (expiring["expiryTime"], expiring["expiryAction"]) == (1893423600000, "suspend")
    assert "expiryTime" not in api.post(f"/sims/{sim['simId']}/unset_expiry_time").json()
    locked = api.post(
        f"/sims/{sim['simId']}/set_imei_lock", json={"imei": "490154203237518"}
    ).json()
    assert locked["imeiLock"] == {"imei": "490154203237518"}
    assert "imeiLock" not in api.post(f"/sims/{sim['simId']}/unset_imei_lock").json()
