"""The typed surface at run time, over real loopback HTTP: model constructors convert a dict
for a nested model and a string for an enum (and refuse anything else, naming the field), enum
members read as their values, an identifier the answer lacks is a MalformedResponseError
naming it, and a paginated operation's pages() keep their per-call options.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import soracom_async as sa
from soracom_async import models
from soracom_async._generated.types import UNSET

from .conftest import RecordingServer

TRANSPORTS = ["aiohttp", "httpx"]


def json_of(model: str) -> str:
    return f"{model} or a dict of its JSON"


RULE: dict[str, Any] = {
    "type": "DailyTotalTrafficRule",
    "properties": {
        "inactiveTimeoutDateConst": "BEGINNING_OF_NEXT_DAY",
        "limitTotalTrafficMegaByte": 10,
    },
}
ACTION: dict[str, Any] = {
    "type": "ChangeSpeedClassAction",
    "properties": {"executionDateTimeConst": "IMMEDIATELY", "speedClass": "s1.slow"},
}
HANDLER = {"handlerId": "h1", "name": "n", "status": "active", "ruleConfig": RULE,
           "actionConfigList": [ACTION]}  # fmt: skip


def client(server: RecordingServer, transport: str = "aiohttp") -> sa.SoracomClient:
    return sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="api-key", token="token"),
        base_url=server.base_url,
        retry=sa.NO_RETRY,
        http_backend=transport,  # type: ignore[arg-type]
    )


def handler_request(**overrides: Any) -> models.CreateEventHandlerRequest:
    fields: dict[str, Any] = {
        "name": "n",
        "status": "active",
        "rule_config": RULE,
        "action_config_list": [ACTION],
        "target_group_id": "G1",
    }
    return models.CreateEventHandlerRequest(**{**fields, **overrides})


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_nested_model_given_as_a_dict_is_sent_as_its_json(
    server: RecordingServer, transport: str
) -> None:
    request = handler_request()
    assert isinstance(request.rule_config, models.RuleConfig)
    assert request.rule_config.type_ is models.RuleConfigType.DAILY_TOTAL_TRAFFIC_RULE
    assert isinstance(request.action_config_list[0], models.ActionConfig)
    server.respond_json(201, HANDLER)
    async with client(server, transport) as c:
        created = await c.event_handler.create_event_handler(body=request)
    sent = json.loads(server.requests[0].body)
    assert sent == {"name": "n", "status": "active", "ruleConfig": RULE,
                    "actionConfigList": [ACTION], "targetGroupId": "G1"}  # fmt: skip
    assert created.handler_id == "h1" and created.rule_config.to_dict() == RULE


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"rule_config": "DailyTotalTrafficRule"},
            f"rule_config must be {json_of('RuleConfig')}, got str",
        ),
        (
            {"rule_config": models.Group(group_id="G")},
            f"rule_config must be {json_of('RuleConfig')}, got Group",
        ),
        (
            {"action_config_list": ACTION},
            r"action_config_list must be a list of ActionConfig \(or dicts\), got dict",
        ),
        (
            {"action_config_list": [ACTION, 5]},
            rf"action_config_list\[1\] must be {json_of('ActionConfig')}, got int",
        ),
        ({"status": 1}, r"status must be CreateEventHandlerRequestStatus or a str, got int"),
    ],
)
def test_a_wrong_field_type_is_refused_at_construction_naming_it(
    overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=r"CreateEventHandlerRequest\(\): " + message):
        handler_request(**overrides)


def test_enum_fields_take_strings_and_keep_unlisted_values() -> None:
    status = handler_request(status="active").status
    assert status is models.CreateEventHandlerRequestStatus.ACTIVE
    unlisted = handler_request(status="paused").status
    assert isinstance(unlisted, models.CreateEventHandlerRequestStatus)
    assert unlisted == "paused" and str(unlisted) == "paused"
    rule = models.RuleConfig(type_="SimExpiredRule", properties=RULE["properties"])
    assert rule.to_dict()["type"] == "SimExpiredRule"
    sim = models.Sim(sim_id="1", status="active", tags={"name": "x"})
    assert sim.status is models.SimStatus.ACTIVE and isinstance(sim.tags, models.TagSet)
    assert sim.group_id is UNSET and models.Sim(sim_id="1", group_id=None).group_id is None


def test_enum_members_are_named_after_the_words_of_their_values() -> None:
    names = {m.name: m.value for m in models.RuleConfigType}
    assert names["SUBSCRIBER_IMEI_MISMATCHED_RULE"] == "SubscriberImeiMismatchedRule"
    assert names["DAILY_TOTAL_TRAFFIC_RULE"] == "DailyTotalTrafficRule"
    assert models.UpdateSpeedClassRequestSpeedClass.S1_4XFAST.value == "s1.4xfast"
    assert all(name.isupper() or not name[:1].isalpha() for name in names)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_an_answer_without_its_identifier_is_malformed_naming_it(
    server: RecordingServer, transport: str
) -> None:
    server.respond_json(200, {"status": "active", "speedClass": "s1.fast"})
    async with client(server, transport) as c:
        with pytest.raises(sa.MalformedResponseError) as one:
            await c.sim.get_sim(sim_id="1")
        server.respond_json(200, [{"simId": "1"}, {"simId": None}])
        with pytest.raises(sa.MalformedResponseError) as listed:
            _ = [sim async for sim in c.sim.list_sims.paginate()]
    assert "Sim: required field 'simId' is missing or null" in str(one.value)
    assert str(one.value).startswith("getSim: HTTP 200")
    assert "Sim: required field 'simId' is missing or null" in str(listed.value)


async def test_an_unparseable_value_names_only_types_never_the_value(
    server: RecordingServer,
) -> None:
    server.respond_json(200, {"simId": "1", "imeiLock": "secret-looking-value"})
    async with client(server) as c:
        with pytest.raises(sa.MalformedResponseError) as caught:
            await c.sim.get_sim(sim_id="1")
    assert "secret-looking-value" not in str(caught.value)
    assert str(caught.value).endswith("(ImeiLock: expected a JSON object, got str)")


async def test_with_options_applies_to_the_pages_of_a_paginated_operation(
    server: RecordingServer,
) -> None:
    server.respond_json(200, [{"simId": "1"}])
    async with client(server) as c:
        listing = c.sim.list_sims.with_options(headers={"x-test": "copied"})
        sims = [s async for s in listing.paginate(limit=1)]
        plain = [s async for s in c.sim.list_sims.paginate(limit=1)]
    assert [s.sim_id for s in sims + plain] == ["1", "1"]
    assert server.requests[0].header_values("x-test") == ["copied"]
    assert server.requests[1].header_values("x-test") == []
    assert server.requests[0].query["limit"] == "1"


def test_a_nested_dict_without_a_required_field_is_refused_naming_it() -> None:
    with pytest.raises(
        KeyError, match="ActionConfigProperty: required field 'executionDateTimeConst'"
    ):
        handler_request(action_config_list=[{"type": "ChangeSpeedClassAction", "properties": {}}])
