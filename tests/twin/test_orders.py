"""Orders and registration in the emulator: quotation, confirmation, shipping on the emulator
clock, ordered SIMs registered into the fleet, and the errors of each step.

Through the SDK over loopback (asyncio and trio for the whole life of an order), with the
emulator's Python API only where the real world has no API: the registration secret printed
on an ordered card.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator
from soracom_async.testing import orders as emulated_orders

BACKENDS = ["asyncio", "trio"]
SIM_PRODUCT = "4573326590013"  # plan-D in the emulator's catalogue
DONGLE = "4573326591003"  # not a SIM: ships nothing to register
HOUR = 3_600


@pytest.fixture
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=6, group_count=1, seed=5) as emulator:
        yield emulator


def _client(emu: SoracomEmulator) -> sa.SoracomClient:
    creds = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    return sa.SoracomClient(credentials=creds, base_url=emu.base_url)


async def _address(client: sa.SoracomClient, emu: SoracomEmulator) -> str:
    address = await client.shipping_address.create_shipping_address(
        operator_id=emu.operator_id,
        body={"zipCode": "1000001", "state": "Tokyo", "city": "Chiyoda", "addressLine1": "1-1"},
    )
    assert address.shipping_address_id
    return address.shipping_address_id


async def _quote(client: sa.SoracomClient, address: str, *items: tuple[str, int]) -> str:
    body = {
        "orderItemList": [{"productCode": c, "quantity": q} for c, q in items],
        "shippingAddressId": address,
    }
    order_id = (await client.order.create_quotation(body=body)).order_id
    assert order_id
    return order_id


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_order_ships_on_the_clock_and_its_sims_join_the_fleet(
    backend: str, emu: SoracomEmulator
) -> None:
    anyio.run(_ships_on_the_clock, emu, backend=backend)


async def _ships_on_the_clock(emu: SoracomEmulator) -> None:
    async with _client(emu) as client:
        address = await _address(client, emu)
        order_id = await _quote(client, address, (SIM_PRODUCT, 2), (DONGLE, 1))
        quotation = await client.order.get_order(order_id=order_id)
        assert not quotation.order_status  # a quotation is not an order yet
        assert (await client.order.list_orders()).order_list == []
        before = {s.sim_id async for s in client.sim.list_sims.paginate()}
        confirmed = await client.order.confirm_order(order_id=order_id)
        assert (confirmed.order_status, confirmed.payment_status) == ("ordered", "paid")
        with pytest.raises(sa.BadRequestError):  # once is enough
            await client.order.confirm_order(order_id=order_id)
        with pytest.raises(sa.BadRequestError):  # nothing shipped, nothing to register
            await client.order.register_ordered_sim(order_id=order_id)
        emu.clock.advance(HOUR)
        assert (await client.order.get_order(order_id=order_id)).order_status == "kitting"
        emu.clock.advance(23 * HOUR)
        listed = (await client.order.list_orders()).order_list or []
        assert [(o.order_id, o.order_status) for o in listed] == [(order_id, "shipped")]
        assert listed[0].shipping_label_number
        ordered = (
            await client.order.list_ordered_subscribers(order_id=order_id)
        ).ordered_subscriber_list
        assert isinstance(ordered, list) and len(ordered) == 2  # the dongle ships no SIM
        assert {s.sim_id async for s in client.sim.list_sims.paginate()} == before
        with pytest.raises(sa.BadRequestError):  # it is on its way
            await client.order.cancel_order(order_id=order_id)
        await client.order.register_ordered_sim(order_id=order_id)
        after = {s.sim_id async for s in client.sim.list_sims.paginate()}
        assert after - before == {s.sim_id for s in ordered}
        for item in ordered:
            assert item.imsi
            sub = await client.subscriber.get_subscriber(imsi=item.imsi)
            assert (sub.status, sub.subscription, sub.serial_number) == (
                "ready",
                "plan-D",
                item.serial_number,
            )
        assert (await client.order.get_order(order_id=order_id)).order_status == "received"
        with pytest.raises(sa.BadRequestError):  # registered already
            await client.order.register_ordered_sim(order_id=order_id)


async def test_a_quotation_prices_what_was_asked_and_refuses_what_cannot_be(
    emu: SoracomEmulator,
) -> None:
    async with _client(emu) as client:
        address = await _address(client, emu)
        quoted = await client.order.create_quotation(
            body={
                "orderItemList": [{"productCode": SIM_PRODUCT, "quantity": 3}],
                "shippingAddressId": address,
            }
        )
        items = quoted.order_item_list or []
        assert [(i.product.product_code if i.product else None, i.quantity) for i in items] == [
            (SIM_PRODUCT, 3)
        ]
        price = items[0].product.price if items[0].product else None
        assert price and items[0].product_amount == 3 * price
        assert quoted.total_amount == (
            (items[0].product_amount or 0) + (quoted.shipping_cost or 0) + (quoted.tax_amount or 0)
        )
        bad: list[dict[str, Any]] = [
            {"orderItemList": [{"productCode": "0000000000000", "quantity": 1}]},
            {"orderItemList": [{"productCode": SIM_PRODUCT, "quantity": 0}]},
            {"orderItemList": []},
            {"orderItemList": [{"productCode": SIM_PRODUCT, "quantity": 1}]},
        ]
        for n, body in enumerate(bad):
            body["shippingAddressId"] = address if n < 3 else "no-such-address"
            with pytest.raises(sa.BadRequestError):
                await client.order.create_quotation(body=body)
        products = (await client.order.list_products()).product_list or []
        assert SIM_PRODUCT in {p.product_code for p in products}


async def test_cancel_until_shipped_and_a_stale_quotation_cannot_be_confirmed(
    emu: SoracomEmulator,
) -> None:
    async with _client(emu) as client:
        address = await _address(client, emu)
        cancelled = await _quote(client, address, (SIM_PRODUCT, 1))
        with pytest.raises(sa.BadRequestError):  # a quotation is not an order to cancel
            await client.order.cancel_order(order_id=cancelled)
        await client.order.confirm_order(order_id=cancelled)
        await client.order.cancel_order(order_id=cancelled)
        assert (await client.order.get_order(order_id=cancelled)).order_status == "cancelled"
        emu.clock.advance(48 * HOUR)  # a cancelled order never ships
        assert (await client.order.get_order(order_id=cancelled)).order_status == "cancelled"
        stale = await _quote(client, address, (SIM_PRODUCT, 1))
        emu.clock.advance(31 * 24 * HOUR)
        with pytest.raises(sa.BadRequestError):
            await client.order.confirm_order(order_id=stale)
        with pytest.raises(sa.SoracomApiError) as missing:
            await client.order.get_order(order_id="no-such-order")
        assert (
            missing.value.status_code == 400 and missing.value.code == "SEM0001"
        )  # 404 undocumented


async def test_initial_settings_apply_when_the_sims_are_registered(emu: SoracomEmulator) -> None:
    async with _client(emu) as client:
        address = await _address(client, emu)
        group = await client.group.create_group(body={"tags": {"name": "arrivals"}})
        order_id = await _quote(client, address, (SIM_PRODUCT, 2))
        await client.order.confirm_order(order_id=order_id)
        setting = {"groupId": group.group_id, "speedClass": "s1.4xfast", "tags": {"site": "a"}}
        updated = await client.order.update_ordered_resource_initial_setting(
            order_id=order_id, body={"simInitialSettings": {"plan-D": setting}}
        )
        assert updated.resource_initial_setting
        await client.sandbox.ship_order(body={"orderId": order_id, "operatorId": emu.operator_id})
        await client.order.register_ordered_sim(order_id=order_id)
        assert group.group_id
        members = [
            s
            async for s in client.group.list_subscribers_in_group.paginate(group_id=group.group_id)
        ]
        assert len(members) == 2
        assert {
            (m.speed_class, (m.tags.additional_properties if m.tags else {}).get("site"))
            for m in members
        } == {("s1.4xfast", "a")}


def test_one_card_registers_with_its_secret_and_the_rest_with_the_order(
    emu: SoracomEmulator,
) -> None:
    token = emu.issue_token()
    headers = {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}
    with httpx.Client(base_url=emu.base_url, headers=headers, timeout=10) as wire:
        address = wire.post(
            f"/operators/{emu.operator_id}/shipping_addresses",
            json={"zipCode": "1", "state": "s", "city": "c", "addressLine1": "a"},
        ).json()["shippingAddressId"]
        order_id = wire.post(
            "/orders",
            json={
                "orderItemList": [{"productCode": SIM_PRODUCT, "quantity": 3}],
                "shippingAddressId": address,
            },
        ).json()["orderId"]
        assert wire.put(f"/orders/{order_id}/confirm").status_code == 200
        emulated_orders.ship(emu.state, order_id)  # the Python API, besides the clock
        ordered = wire.get(f"/orders/{order_id}/subscribers", params={"limit": 2})
        assert ordered.headers.get("x-soracom-next-key")  # paginated
        imsi = ordered.json()["orderedSubscriberList"][0]["imsi"]
        sim_id = ordered.json()["orderedSubscriberList"][1]["simId"]
        assert wire.get(f"/subscribers/{imsi}").status_code in (400, 404)  # not registered
        secret = emulated_orders.book(emu.state).unregistered[imsi].secret  # printed on the card
        wrong = wire.post(f"/subscribers/{imsi}/register", json={"registrationSecret": "0"})
        assert wrong.status_code == 400 and set(wrong.json()) == {"code", "message"}
        done = wire.post(
            f"/subscribers/{imsi}/register",
            json={"registrationSecret": secret, "tags": {"name": "first"}},
        )
        assert done.status_code == 201, done.text
        assert done.json()["tags"]["name"] == "first" and done.json()["status"] == "ready"
        again = wire.post(f"/subscribers/{imsi}/register", json={"registrationSecret": secret})
        assert again.status_code == 400
        sim_secret = emulated_orders.registration_secret(emu.state, sim_id)
        by_sim = wire.post(f"/sims/{sim_id}/register", json={"registrationSecret": sim_secret})
        assert by_sim.status_code == 201 and by_sim.json()["simId"] == sim_id
        assert wire.post(f"/orders/{order_id}/subscribers/register").status_code == 204
        found = wire.get("/query/subscribers", params={"imsi": imsi}).json()
        assert [s["imsi"] for s in found] == [imsi]
