"""Pagination (limit, last_evaluated_key, next-key and link): stateful and synthesized lists."""

from __future__ import annotations

import re
from typing import Any

import pytest

from codegen import spec
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.spec import get_spec

from .conftest import Api, assert_error

pytestmark = pytest.mark.soracom_emulator(sim_count=95, seed=3)
LINK = re.compile(r"<(/v1/[^>]+)>; rel=next")


def walk(api: Api, path: str, params: dict[str, Any], key: str) -> tuple[list[Any], int]:
    """Follow `link` headers to the end; returns the items and the number of pages."""
    items: list[Any] = []
    pages = 0
    response = api.get(path, params=params)
    while True:
        assert response.status_code == 200, response.text
        pages += 1
        page = response.json()
        items += page
        next_key = response.headers.get("x-soracom-next-key")
        link = response.headers.get("link")
        if next_key is None:
            assert link is None
            return items, pages
        assert page and page[-1][key] == next_key  # the key of the last item returned
        match = LINK.fullmatch(link or "")
        assert match, link
        assert f"last_evaluated_key={next_key}" in match.group(1)
        response = api.get(match.group(1).removeprefix("/v1"))


def test_list_sims_pages_cover_the_fleet_once(soracom_emulator: SoracomEmulator, api: Api) -> None:
    items, pages = walk(api, "/sims", {"limit": 7}, "simId")
    assert [s["simId"] for s in items] == soracom_emulator.state.sim_order
    assert pages == 14  # 95 / 7, rounded up
    first = api.get("/sims", params={"limit": 7})
    assert first.headers["link"] == (
        f"</v1/sims?limit=7&last_evaluated_key={items[6]['simId']}>; rel=next"
    )


def test_default_page_size_and_max_limit(api: Api) -> None:
    assert len(api.get("/sims").json()) == 10  # no documented default: the emulator's page_size
    assert len(api.get("/sims/8942310003000000001/statuses/history").json()) <= 30
    assert len(api.get("/subscribers", params={"limit": 100}).json()) == 95
    assert_error(api.get("/subscribers", params={"limit": 101}), 400, mentions="limit")
    assert_error(api.get("/subscribers", params={"limit": 0}), 400, mentions="limit")


def test_list_subscribers_pages_by_imsi(soracom_emulator: SoracomEmulator, api: Api) -> None:
    items, _ = walk(api, "/subscribers", {"limit": 20, "status_filter": "active"}, "imsi")
    expected = [
        i
        for i in soracom_emulator.state.imsi_order
        if soracom_emulator.state.sim_by_imsi(i)["status"] == "active"
    ]
    assert [s["imsi"] for s in items] == expected


def test_resuming_from_any_key_in_a_sorted_list(
    soracom_emulator: SoracomEmulator, api: Api
) -> None:
    order = soracom_emulator.state.sim_order
    page = api.get("/sims", params={"limit": 3, "last_evaluated_key": order[10]}).json()
    assert [s["simId"] for s in page] == order[11:14]
    last = api.get("/sims", params={"limit": 3, "last_evaluated_key": order[-1]})
    assert last.json() == [] and "x-soracom-next-key" not in last.headers


def test_status_history_pages(soracom_emulator: SoracomEmulator, api: Api) -> None:
    state = soracom_emulator.state
    sim_id = next(s for s in state.sim_order if state.sims[s]["status"] == "active")
    for action in ("deactivate", "activate") * 3:
        assert api.post(f"/sims/{sim_id}/{action}").status_code == 200
    entries = soracom_emulator.state.history[sim_id]
    assert len(entries) == 7
    response = api.get(f"/sims/{sim_id}/statuses/history", params={"limit": 3, "sort": "asc"})
    assert [e["status"] for e in response.json()] == [e["status"] for e in entries[:3]]
    collected: list[dict[str, Any]] = []
    while True:
        collected += response.json()
        link = response.headers.get("link")
        if link is None:
            break
        response = api.get(LINK.fullmatch(link).group(1).removeprefix("/v1"))  # type: ignore[union-attr]
    assert collected == entries


def test_groups_page_in_creation_order(soracom_emulator: SoracomEmulator, api: Api) -> None:
    for n in range(4):
        api.post("/groups", json={"tags": {"name": f"extra-{n}"}})
    items, pages = walk(api, "/groups", {"limit": 2}, "groupId")
    assert [g["groupId"] for g in items] == soracom_emulator.state.group_order
    assert pages == 4
    members, _ = walk(api, f"/groups/{items[0]['groupId']}/subscribers", {"limit": 4}, "simId")
    assert members and all(m["groupId"] == items[0]["groupId"] for m in members)


@pytest.mark.parametrize(
    "operation_id", ["listLoraDevices", "listVirtualPrivateGateways", "getDataFromSim"]
)
def test_synthesized_lists_paginate(
    soracom_emulator: SoracomEmulator, api: Api, operation_id: str
) -> None:
    op = get_spec().operations[operation_id]
    path = op.path.replace("{sim_id}", soracom_emulator.state.sim_order[0])
    pages = []
    response = api.get(path, params={"limit": 10})
    while True:
        assert response.status_code == 200
        pages.append(response.json())
        link = response.headers.get("link")
        if link is None:
            break
        response = api.get(LINK.fullmatch(link).group(1).removeprefix("/v1"))  # type: ignore[union-attr]
    assert [len(p) for p in pages] == [10, 10, 5]  # synthetic_list_size = 25
    flat = [item for p in pages for item in p]
    assert len({repr(item) for item in flat}) == 25  # distinct items


def test_every_paginated_operation_is_marked() -> None:
    ops = [op for op in get_spec().operations.values() if op.paginated]
    assert len(ops) == sum(spec.facts(d)["paginated"] for d in spec.DOCUMENTS)
