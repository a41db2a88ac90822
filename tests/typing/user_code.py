# pyright: strict
"""Code as a user writes it, checked by `make lint` with mypy --strict and pyright strict.

It imports from `soracom_async` and `soracom_async.models` only, and uses the README's flow,
a listing, enum parameters passed as their documented strings, and models built from strings
and plain dicts. tests/typing/test_introspection.py also runs its model building, so what
type-checks here also works.
"""

from __future__ import annotations

import soracom_async as sa
from soracom_async.models import (
    CreateEventHandlerRequest,
    EventHandlerModel,
    Group,
    RuleConfig,
    RuleConfigType,
    Sim,
    UpdateSpeedClassRequest,
)


async def readme_flow(client: sa.SoracomClient, sim_id: str) -> str:
    sim: Sim = await client.sim.get_sim(sim_id=sim_id)
    await client.sim.update_sim_speed_class(sim_id=sim.sim_id, body={"speedClass": "s1.fast"})
    resp = await client.sim.get_sim.with_response(sim_id=sim.sim_id)
    remaining: str | None = resp.headers.get("x-soracom-ratelimit-remaining")
    return f"{resp.parsed.sim_id} {resp.status_code} {remaining} {resp.attempts}"


async def active_sim_ids(client: sa.SoracomClient) -> list[str]:
    ids: list[str] = []
    async with client.sim.list_sims.paginate(limit=100) as sims:
        async for sim in sims:
            if sim.status == "active":
                ids.append(sim.sim_id)
    async for page in client.sim.list_sims.pages(limit=10, prefetch=0):
        ids.extend(sim.sim_id for sim in page)
        checkpoint: str | None = page.next_key
        if checkpoint is None:
            break
    return ids


async def enum_strings(client: sa.SoracomClient, sim_id: str) -> int:
    stats = await client.stats.get_air_stats_of_sim(sim_id=sim_id, from_=0, to=1, period="day")
    groups: list[Group] = await client.group.list_groups(limit=5)
    return len(stats) + len(groups)


def models_from_strings() -> CreateEventHandlerRequest:
    speed = UpdateSpeedClassRequest(speed_class="s1.fast")
    assert speed.to_dict() == {"speedClass": "s1.fast"}
    rule = RuleConfig(
        type_="DailyTotalTrafficRule",
        properties={
            "limitTotalTrafficMegaByte": 10,
            "inactiveTimeoutDateConst": "BEGINNING_OF_NEXT_DAY",
        },
    )
    assert rule.type_ is RuleConfigType.DAILY_TOTAL_TRAFFIC_RULE
    return CreateEventHandlerRequest(
        name="slow down",
        status="active",
        rule_config={
            "type": "MonthlyTotalTrafficRule",
            "properties": {"inactiveTimeoutDateConst": "BEGINNING_OF_NEXT_MONTH"},
        },
        action_config_list=[
            {
                "type": "ChangeSpeedClassAction",
                "properties": {"speedClass": "s1.slow", "executionDateTimeConst": "IMMEDIATELY"},
            }
        ],
        target_group_id="G1",
    )


async def create_handler(client: sa.SoracomClient) -> EventHandlerModel:
    created = await client.event_handler.create_event_handler(body=models_from_strings())
    return await client.event_handler.get_event_handler(handler_id=created.handler_id)
