"""Every paginated operation of the catalogue is wired: pages follow the next key to the end."""

from __future__ import annotations

import enum
import inspect
import json
import types
import typing
from importlib import import_module
from typing import Any

import httpx
import pytest
from aiohttp import web

import soracom_async as sa
from codegen import spec
from soracom_async._generated.types import Unset
from soracom_async.catalog import OperationInfo, operations
from soracom_async.pagination import Page, next_key_from
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.audit import entries as audit_entries
from soracom_async.testing.walker import existing_scope_values

from .conftest import client_for, run

PAGINATED = sorted(
    (op for op in operations().values() if op.paginated), key=lambda o: o.operation_id
)
SMALL = 3


def test_the_catalogue_marks_the_paginated_operations() -> None:
    assert len(PAGINATED) == spec.facts()["paginated"]


def _sample(name: str, annotation: Any, real: dict[str, str]) -> Any:
    if name in real:
        return real[name]
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
        return _sample(name, options[0], real)
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if annotation is int:
        return 7
    if annotation is str:
        return "dir/file.txt" if name == "path" else f"v-{name}"
    raise AssertionError(f"no sample for {name}: {annotation!r}")


def _required(info: OperationInfo, real: dict[str, str]) -> tuple[dict[str, Any], bool]:
    """Values for the operation's required parameters, and whether it takes `limit`."""
    build = import_module(f"soracom_async._generated.api.{info.namespace}.{info.attr}").build
    hints = typing.get_type_hints(build)
    params = inspect.signature(build).parameters
    kwargs = {
        p.name: _sample(p.name, hints[p.name], real)
        for p in params.values()
        if p.default is inspect.Parameter.empty
    }
    return kwargs, "limit" in params


def _seed_files(emulator: SoracomEmulator) -> None:
    """Harvest Files are a real store in the emulator: give listFiles/findFiles something."""
    for i in range(7):
        emulator.put_file(f"dir/file.txt/f{i}", b"x")
        emulator.put_file(f"v-prefix{i}", b"x")


def _hand_written(emulator: SoracomEmulator) -> dict[str, str]:
    """An order shipped with seven SIMs, a soralet with seven versions and logs, and a batch
    group with seven jobs, the last of seven tasks: their lists page over what exists (they are
    hand-written, so no family seeds them). Made once per emulator (the fixture is shared)."""
    made = _MADE.get(id(emulator))
    if made is not None:
        return made
    token = emulator.issue_token()
    headers = {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}
    with httpx.Client(base_url=emulator.base_url, headers=headers, timeout=10) as wire:
        address = wire.post(
            f"/operators/{emulator.operator_id}/shipping_addresses",
            json={"zipCode": "1", "state": "s", "city": "c", "addressLine1": "a"},
        ).json()["shippingAddressId"]
        items = [{"productCode": "4573326590013", "quantity": 7}]
        order = wire.post(
            "/orders", json={"orderItemList": items, "shippingAddressId": address}
        ).json()["orderId"]
        assert wire.put(f"/orders/{order}/confirm").status_code == 200
        shipped = {"orderId": order, "operatorId": emulator.operator_id}
        assert wire.post("/sandbox/orders/ship", json=shipped).status_code == 200
        assert wire.post("/soralets", json={"soraletId": "paged"}).status_code == 201
        for _ in range(7):
            assert wire.post("/soralets/paged/versions", content=b"\0asm").status_code == 201
            run = {"version": "1", "direction": "uplink", "contentType": "text/plain"}
            source = {"resourceType": "Subscriber", "resourceId": "1"}
            ran = wire.post("/soralets/paged/test", json={**run, "payload": "x", "source": source})
            assert ran.status_code == 200, ran.text
        batch = wire.post("/batch_groups", json={"batchGroupName": "paged"}).json()["batchGroupId"]
        # Tasks on an unknown SIM: each job runs (and fails) without changing the fleet.
        task = {"request": {"path": "/v1/sims/0000/unset_group", "method": "POST"}}
        for tasks in [[task]] * 6 + [[task] * 7]:  # seven jobs, the last with seven tasks
            created = wire.post(f"/batch_groups/{batch}/jobs", json={"tasks": tasks})
            assert created.status_code == 200, created.text
            emulator.clock.advance(1)  # it has run: the next job of the same API may start
    made = _MADE[id(emulator)] = {
        "order_id": order,
        "soralet_id": "paged",
        "batch_group_id": batch,
        "job_id": created.json()["jobId"],
    }
    return made


_MADE: dict[int, dict[str, str]] = {}


def _dump(item: Any) -> str:
    return json.dumps(item.to_dict() if hasattr(item, "to_dict") else item, sort_keys=True)


@pytest.mark.parametrize("info", PAGINATED, ids=lambda o: o.operation_id)
def test_operation_pages_follow_the_next_key(
    info: OperationInfo, emulator: SoracomEmulator
) -> None:
    state = emulator.state
    sim = state.sims[state.sim_order[0]]
    real = {
        "sim_id": sim["simId"],
        "imsi": state.primary_imsi(sim),
        "group_id": state.group_order[0],
        **existing_scope_values(emulator),  # lists under a parent need one that exists
        **_hand_written(emulator),
    }
    kwargs, has_limit = _required(info, real)
    _seed_files(emulator)
    if info.operation_id == "getApiAuditLogs":  # the log grows with every call: list its past
        kwargs["to_epoch_ms"] = audit_entries(state)[-1]["requestedTimeEpochMs"]

    async def main() -> None:
        async with client_for(emulator) as client:
            op = getattr(getattr(client, info.namespace), info.attr)
            assert isinstance(op, sa.PaginatedOperation)
            # The oracle: one call large enough for the whole listing.
            whole = await op.with_response(**kwargs, **({"limit": 100} if has_limit else {}))
            assert next_key_from(whole.headers) is None
            expected = [_dump(item) for item in op._items(whole.parsed)]

            before = emulator.request_count(info.operation_id)
            small: dict[str, Any] = {"limit": SMALL} if has_limit else {}
            pages = [page async for page in op.pages(**kwargs, **small)]
            requests = emulator.request_count(info.operation_id) - before

            assert requests == len(pages)
            assert all(isinstance(page, Page) for page in pages)
            assert [page.next_key is None for page in pages] == [False] * (len(pages) - 1) + [True]
            assert [_dump(item) for page in pages for item in page] == expected
            if has_limit:
                assert all(len(page) <= SMALL for page in pages)
                assert len(pages) == max(1, -(-len(expected) // SMALL))
            # paginate() yields the same items, flattened.
            items = [_dump(item) async for item in op.paginate(**kwargs, **small)]
            assert items == expected

    run("asyncio", main)


def test_most_operations_span_several_pages(emulator: SoracomEmulator) -> None:
    """Guard the test above against an emulator answering everything in one page."""
    state = emulator.state
    sim = state.sims[state.sim_order[0]]
    real = {
        "sim_id": sim["simId"],
        "imsi": state.primary_imsi(sim),
        "group_id": state.group_order[0],
        **existing_scope_values(emulator),  # lists under a parent need one that exists
        **_hand_written(emulator),
    }
    multi = 0
    _seed_files(emulator)

    async def main() -> None:
        nonlocal multi
        async with client_for(emulator) as client:
            for info in PAGINATED:
                kwargs, has_limit = _required(info, real)
                if not has_limit:
                    continue
                op = getattr(getattr(client, info.namespace), info.attr)
                pages = [p async for p in op.pages(**kwargs, limit=SMALL, prefetch=0)]
                multi += len(pages) > 1

    run("asyncio", main)
    assert multi >= 45


# -- the `link` header alone, and the end conditions --------------------------------------------


def test_next_key_from_headers() -> None:
    assert next_key_from({"x-soracom-next-key": "k1", "link": "</v1/sims?x=1>; rel=next"}) == "k1"
    link = '</v1/sims?limit=5&last_evaluated_key=k%2F2>; rel="next"'
    assert next_key_from({"link": link}) == "k/2"
    assert next_key_from({"link": "</v1/sims?limit=5>; rel=next"}) is None
    assert next_key_from({"link": "</v1/sims?last_evaluated_key=k3>; rel=prev"}) is None
    assert next_key_from({}) is None


def test_page_is_a_list_with_a_next_key() -> None:
    page = Page([1, 2], "k")
    assert page == [1, 2] and page.next_key == "k" and isinstance(page, list)
    assert "next_key='k'" in repr(page)


@pytest.fixture
async def link_only_server() -> Any:
    """A listSims that pages by `link` header only, and repeats its last key at the end."""
    seen: list[str | None] = []

    async def sims(request: web.Request) -> web.Response:
        key = request.query.get("last_evaluated_key")
        seen.append(key)
        start = 0 if key is None else int(key)
        ids = list(range(start, min(start + 2, 7)))
        body = [{"simId": f"{i:019d}"} for i in ids]
        headers = {"content-type": "application/json"}
        if ids and ids[-1] < 6:
            nxt = ids[-1] + 1
            headers["link"] = f"</v1/sims?limit=2&last_evaluated_key={nxt}>; rel=next"
        elif key is not None:
            headers["x-soracom-next-key"] = key  # the same key again: must end, not loop
        return web.Response(body=json.dumps(body), headers=headers)

    app = web.Application()
    app.router.add_get("/v1/sims", sims)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}/v1", seen
    finally:
        await runner.cleanup()


async def test_link_header_is_followed_and_a_repeated_key_ends(link_only_server: Any) -> None:
    base_url, seen = link_only_server
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="k", token="t"), base_url=base_url
    ) as client:
        sims = [s.sim_id async for s in client.sim.list_sims.paginate(limit=2)]
    assert sims == [f"{i:019d}" for i in range(7)]
    assert seen == [None, "2", "4", "6"]
