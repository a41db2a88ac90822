"""The scenario of the vendor CLI's own end-to-end test, re-enacted with the SDK on the emulator.

The vendor tests its CLI against the API Sandbox with one long scenario: an operator signs in
with an AuthKey it generated, starts with no SIMs, orders three, has the order shipped and its
SIMs registered, walks one SIM through its lifecycle to termination, creates and registers one
more SIM with its registration secret, groups and configures it, searches by IMSI prefix (and
by group), runs a Soralet (created, code uploaded, executed, version and Soralet deleted) and
reads its bills. Here the same story runs through `SoracomClient` over loopback against an
emulator with an empty fleet, checking at each step what the platform would have to say (the
vendor's script checks counts; this test also checks the state behind them), on asyncio and
trio.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

BACKENDS = ["asyncio", "trio"]
# A minimal WebAssembly module (magic and version): the emulator stores it, it does not run it.
WASM = b"\x00asm\x01\x00\x00\x00"
SIM_PRODUCT = "4573326590013"


@pytest.fixture
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=0, group_count=0, seed=11, coverage_types=("jp",)) as emulator:
        yield emulator


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_cli_scenario(backend: str, emu: SoracomEmulator) -> None:
    anyio.run(_scenario, emu, backend=backend)


async def _scenario(emu: SoracomEmulator) -> None:
    seeded = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    async with sa.SoracomClient(credentials=seeded, base_url=emu.base_url) as first:
        operator = await first.operator.get_operator(operator_id=emu.operator_id)
        key = await first.operator.generate_operator_auth_key(operator_id=emu.operator_id)
    assert key.auth_key_id and key.auth_key
    generated = sa.AuthKeyCredentials(auth_key_id=key.auth_key_id, auth_key=key.auth_key)
    async with sa.SoracomClient(credentials=generated, base_url=emu.base_url) as client:
        assert (await client.operator.get_operator(operator_id=emu.operator_id)).operator_id == (
            operator.operator_id
        )
        assert [s async for s in client.subscriber.list_subscribers.paginate()] == []
        imsis = await _order_three_sims(client, emu.operator_id)
        await _lifecycle_to_termination(client, imsis[0])
        extra = await _create_and_register_one_more(client)
        group_id = await _group_and_configure(client, extra)
        await _search(client, [*imsis, extra], group_id, extra)
        await _soralet(client)
        emu.clock.advance(40 * 86_400)  # let the fleet run up a month of bills
        await _bills(client)


async def _order_three_sims(client: sa.SoracomClient, operator_id: str) -> list[str]:
    address = await client.shipping_address.create_shipping_address(
        operator_id=operator_id,
        body={
            "zipCode": "1070052",
            "state": "Tokyo",
            "city": "Minato",
            "addressLine1": "1-2-3 Akasaka",
            "fullName": "Scenario Tester",
            "phoneNumber": "03-0000-0000",
        },
    )
    assert address.shipping_address_id
    quotation = await client.order.create_quotation(
        body={
            "orderItemList": [{"productCode": SIM_PRODUCT, "quantity": 3}],
            "shippingAddressId": address.shipping_address_id,
        }
    )
    order_id = quotation.order_id
    assert order_id and quotation.order_item_list and quotation.order_item_list[0].quantity == 3
    assert quotation.shipping_address and quotation.shipping_address.city == "Minato"
    confirmed = await client.order.confirm_order(order_id=order_id)
    assert confirmed.order_status == "ordered"
    await client.sandbox.ship_order(body={"orderId": order_id, "operatorId": operator_id})
    assert (await client.order.get_order(order_id=order_id)).order_status == "shipped"
    ordered = await client.order.list_ordered_subscribers(order_id=order_id)
    imsis = sorted(s.imsi for s in ordered.ordered_subscriber_list or [] if s.imsi)
    assert len(imsis) == 3
    # Shipped is not registered: the fleet is still empty.
    assert [s async for s in client.subscriber.list_subscribers.paginate()] == []
    await client.order.register_ordered_sim(order_id=order_id)
    assert (await client.order.get_order(order_id=order_id)).order_status == "received"
    # One SIM a page, as the vendor's script pages through them.
    listed = [s.imsi async for s in client.subscriber.list_subscribers.paginate(limit=1)]
    assert sorted(listed) == imsis
    sims = [s async for s in client.sim.list_sims.paginate(limit=2)]
    assert {s.status for s in sims} == {"ready"} and len(sims) == 3
    return imsis


async def _lifecycle_to_termination(client: sa.SoracomClient, imsi: str) -> None:
    sub = client.subscriber
    assert (await sub.activate_subscriber(imsi=imsi)).status == "active"
    fast = await sub.update_speed_class(imsi=imsi, body={"speedClass": "s1.fast"})
    assert fast.speed_class == "s1.fast"
    assert (await sub.suspend_subscriber(imsi=imsi)).status == "suspended"
    with pytest.raises(sa.BadRequestError):  # termination is protected until enabled
        await sub.terminate_subscriber(imsi=imsi)
    assert (await sub.enable_termination(imsi=imsi)).termination_enabled is True
    await sub.terminate_subscriber(imsi=imsi)
    assert (await sub.get_subscriber(imsi=imsi)).status == "terminated"


async def _create_and_register_one_more(client: sa.SoracomClient) -> str:
    created = await client.sandbox.create_subscriber(body={"subscription": "plan-D"})
    assert created.imsi and created.registration_secret
    with pytest.raises(sa.BadRequestError):
        await client.subscriber.register_subscriber(
            imsi=created.imsi, body={"registrationSecret": "not-" + created.registration_secret}
        )
    registered = await client.subscriber.register_subscriber(
        imsi=created.imsi, body={"registrationSecret": created.registration_secret}
    )
    assert registered.imsi == created.imsi and registered.subscription == "plan-D"
    assert (await client.subscriber.suspend_subscriber(imsi=created.imsi)).status == "suspended"
    everyone = [s async for s in client.subscriber.list_subscribers.paginate()]
    assert len(everyone) == 4
    return created.imsi


async def _group_and_configure(client: sa.SoracomClient, imsi: str) -> str:
    group = await client.group.create_group(body={"tags": {"name": "cli-scenario-group"}})
    assert group.group_id
    configured = await client.group.put_configuration_parameters(
        group_id=group.group_id,
        namespace="SoracomAir",
        body=[{"key": "useVpg", "value": True}],
    )
    air: Any = (
        configured.configuration.additional_properties["SoracomAir"]
        if configured.configuration
        else {}
    )
    assert air["useVpg"] is True
    moved = await client.subscriber.set_group(imsi=imsi, body={"groupId": group.group_id})
    assert moved.group_id == group.group_id
    return group.group_id


async def _search(client: sa.SoracomClient, imsis: list[str], group_id: str, grouped: str) -> None:
    prefix = imsis[0][:5]  # the PLMN of the emulator's IMSIs (the sandbox's is 00101)
    assert all(i.startswith(prefix) for i in imsis)
    found = await client.query.search_subscribers(imsi=[prefix], limit=10)
    assert sorted(s.imsi for s in found) == sorted(imsis)
    sims = await client.query.search_sims(imsi=[prefix], limit=10)
    assert len(sims) == 4
    in_group = await client.query.search_sims(group=["cli-scenario-group"], limit=10)
    assert [s.sim_id for s in in_group] == [
        (await client.subscriber.get_subscriber(imsi=grouped)).sim_id
    ]
    members = [s async for s in client.group.list_subscribers_in_group.paginate(group_id=group_id)]
    assert len(members) == 1


async def _soralet(client: sa.SoracomClient) -> None:
    orbit = client.soralet
    await orbit.create_soralet(body={"soraletId": "cli-scenario", "description": "echo"})
    assert (await orbit.get_soralet(soralet_id="cli-scenario")).description == "echo"
    version = await orbit.upload_soralet_code(
        soralet_id="cli-scenario", body=WASM, content_type="application/octet-stream"
    )
    assert version.version == 1 and version.size == len(WASM)
    executed = await orbit.test_soralet(
        soralet_id="cli-scenario",
        body={
            "version": "1",
            "direction": "uplink",
            "contentType": "application/json",
            "payload": '{"lat":35.6}',
            "source": {"resourceType": "Subscriber", "resourceId": "440100000000000"},
        },
    )
    assert (executed.result_code, executed.body) == (200, '{"lat":35.6}')
    logs = [log async for log in orbit.get_soralet_logs.paginate(soralet_id="cli-scenario")]
    assert len(logs) == 1 and logs[0].version == 1
    await orbit.delete_soralet_version(soralet_id="cli-scenario", version=1)
    with pytest.raises(sa.NotFoundError):
        await orbit.delete_soralet_version(soralet_id="cli-scenario", version=1)
    await orbit.delete_soralet(soralet_id="cli-scenario")
    with pytest.raises(sa.NotFoundError):
        await orbit.get_soralet(soralet_id="cli-scenario")


async def _bills(client: sa.SoracomClient) -> None:
    history = await client.billing.get_billing_history()
    closed = history.bill_list or []
    assert closed and all(b.state == "closed" for b in closed)
    newest = closed[0]
    assert newest.year_month and newest.amount  # a month of one suspended SIM, at least
    month = await client.billing.get_billing(yyyy_mm=newest.year_month)
    daily = await client.billing.get_billing_per_day(yyyy_mm=newest.year_month)
    days = daily.bill_list or []
    assert days and round(sum(d.amount or 0 for d in days), 2) == month.amount == newest.amount
    latest = await client.billing.get_latest_billing()
    assert latest.currency == "JPY" and latest.last_evaluated_time
