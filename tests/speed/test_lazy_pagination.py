"""`paginate()` builds each item as it is handed out: a malformed item raises at that item,
after the items before it were yielded, and ends the listing; `pages()` stays eager (a Page
is a list, built whole). Over a raw loopback server whose first page has a broken 3rd SIM.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from support import BACKENDS, assert_idle, live_tasks, run

import soracom_async as sa
from soracom_async._generated.models import TagSet

# Page 1: s1, s2, a SIM without its required simId, s4; it points to page 2 (s5).
PAGES: dict[str | None, tuple[list[dict[str, Any]], str | None]] = {
    None: ([{"simId": "s1"}, {"simId": "s2"}, {"status": "active"}, {"simId": "s4"}], "K2"),
    "K2": ([{"simId": "s5"}], None),
}


class _BrokenItemApi(BaseHTTPRequestHandler):
    requests: list[str | None]

    def do_GET(self) -> None:
        key = parse_qs(urlsplit(self.path).query).get("last_evaluated_key", [None])[0]
        type(self).requests.append(key)
        items, next_key = PAGES[key]
        body = json.dumps(items).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        if next_key is not None:
            self.send_header("x-soracom-next-key", next_key)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def api() -> Iterator[tuple[str, list[str | None]]]:
    requests: list[str | None] = []
    handler = type("Handler", (_BrokenItemApi,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", requests
    finally:
        server.shutdown()
        server.server_close()


def _client(base_url: str) -> sa.SoracomClient:
    credentials = sa.TokenCredentials(api_key="k-lazy", token="t-lazy")
    return sa.SoracomClient(credentials=credentials, base_url=base_url)


@pytest.mark.parametrize("prefetch", [0, 1])
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_malformed_item_raises_after_the_items_before_it(
    backend: str, prefetch: int, api: tuple[str, list[str | None]]
) -> None:
    base_url, requests = api

    async def main() -> None:
        async with _client(base_url) as client:
            tasks = live_tasks()
            seen: list[str] = []
            sims = client.sim.list_sims.paginate(prefetch=prefetch)
            with pytest.raises(sa.MalformedResponseError) as caught:
                async for sim in sims:
                    seen.append(sim.sim_id)
                    assert sims.position == (1, "K2")
            assert seen == ["s1", "s2"]  # handed out before the broken third
            assert caught.value.operation_id == "listSims"
            assert "Sim: required field 'simId' is missing or null" in caught.value.reason
            with pytest.raises(StopAsyncIteration):  # the listing has ended
                await sims.__anext__()
            await sims.aclose()
            assert_idle(client, tasks)  # the prefetch task is gone
            assert requests[0] is None and len(requests) <= 1 + prefetch

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_pages_still_build_a_page_whole(backend: str, api: tuple[str, list[str | None]]) -> None:
    base_url, _ = api

    async def main() -> None:
        async with _client(base_url) as client:
            pages = client.sim.list_sims.pages(prefetch=0)
            with pytest.raises(sa.MalformedResponseError, match="required field 'simId'"):
                await pages.__anext__()  # no partial Page: the whole page is refused
            await pages.aclose()

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_items_are_models_when_taken(backend: str, api: tuple[str, list[str | None]]) -> None:
    base_url, _ = api
    PAGES["K3"] = ([{"simId": "s6"}, {"simId": "s7", "status": "active"}], None)

    async def main() -> None:
        async with _client(base_url) as client:
            sims = client.sim.list_sims.paginate(start_key="K3", prefetch=0)
            async with sims:
                got = [sim async for sim in sims]
            assert [type(s).__name__ for s in got] == ["Sim", "Sim"]
            assert [s.sim_id for s in got] == ["s6", "s7"] and str(got[1].status) == "active"

    try:
        run(backend, main)
    finally:
        del PAGES["K3"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_page_holding_nan_is_malformed(backend: str, api: tuple[str, list[str | None]]) -> None:
    """NaN is not JSON: refused by the page decoder (orjson or not), never parsed as a float."""
    base_url, _ = api
    PAGES["NAN"] = ([{"simId": "s1", "createdTime": float("nan")}], None)

    async def main() -> None:
        async with _client(base_url) as client:
            sims = client.sim.list_sims.paginate(start_key="NAN", prefetch=0)
            with pytest.raises(sa.MalformedResponseError, match="NaN is not a JSON number"):
                async with sims:
                    async for _ in sims:
                        pass

    try:
        run(backend, main)
    finally:
        del PAGES["NAN"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_plain_call_refuses_nan_as_a_page_does(
    backend: str, api: tuple[str, list[str | None]]
) -> None:
    """A plain call's answer is decoded by the same decoder as a listed page (RawResponse.json
    is `_json.loads`): NaN is a `MalformedResponseError`, never a float in a model."""
    base_url, requests = api
    PAGES[None], first = ([{"simId": "s1", "createdTime": float("nan")}], None), PAGES[None]
    credentials = sa.TokenCredentials(api_key="k-lazy", token="t-lazy")

    async def main() -> None:
        client = sa.SoracomClient(credentials=credentials, base_url=base_url, retry=sa.NO_RETRY)
        async with client:
            with pytest.raises(sa.MalformedResponseError, match="NaN is not a JSON number"):
                await client.sim.list_sims()

    try:
        run(backend, main)
    finally:
        PAGES[None] = first
    assert requests == [None]


def _live_json(sim_id: str) -> int:
    """How many decoded JSON objects of SIM `sim_id` are alive (a SIM with tags is a dict
    holding a dict, so the garbage collector tracks it and `gc.get_objects` sees it)."""
    served = {id(item) for items, _ in PAGES.values() for item in items}  # the server's own
    return sum(
        1
        for o in gc.get_objects()
        if type(o) is dict and o.get("simId") == sim_id and "tags" in o and id(o) not in served
    )


@pytest.mark.parametrize("prefetch", [0, 1])
@pytest.mark.parametrize("backend", BACKENDS)
def test_the_json_of_items_handed_out_is_not_kept(
    backend: str, prefetch: int, api: tuple[str, list[str | None]]
) -> None:
    """The listing lets go of an item's JSON once its model is built, and of a page once its
    last item is handed out: a page's JSON and its models are not alive together."""
    base_url, _ = api
    PAGES["KEEP"] = ([{"simId": f"k{i}", "tags": {"n": str(i)}} for i in range(3)], "KEEP2")
    PAGES["KEEP2"] = ([{"simId": "k3", "tags": {}}], None)

    async def main() -> None:
        async with _client(base_url) as client:
            sims = client.sim.list_sims.paginate(start_key="KEEP", prefetch=prefetch)
            async with sims:
                first = await sims.__anext__()
                second = await sims.__anext__()
                assert (first.sim_id, second.sim_id) == ("k0", "k1")
                assert _live_json("k0") == 0 and _live_json("k1") == 0
                assert _live_json("k2") == 1  # not handed out yet
                await sims.__anext__()
                assert (await sims.__anext__()).sim_id == "k3"  # page 2
                assert _live_json("k2") == 0
                assert isinstance(first.tags, TagSet) and first.tags["n"] == "0"  # models stay

    try:
        run(backend, main)
    finally:
        del PAGES["KEEP"], PAGES["KEEP2"]
