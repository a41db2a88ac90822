"""A listing whose next-page keys cycle (A -> B -> A) stops with a typed error, not forever."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

import soracom_async as sa

from .conftest import BACKENDS, run

# The page each key answers, and the key it points to next: the third page points back to A.
PAGES = {None: ("s1", "A"), "A": ("s2", "B"), "B": ("s3", "A")}


class _CyclingApi(BaseHTTPRequestHandler):
    requests: list[str | None]

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        key = query.get("last_evaluated_key", [None])[0]
        type(self).requests.append(key)
        sim_id, next_key = PAGES[key]
        body = json.dumps([{"simId": sim_id}]).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("x-soracom-next-key", next_key)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def cycling_api() -> Iterator[tuple[str, list[str | None]]]:
    requests: list[str | None] = []
    handler = type("Handler", (_CyclingApi,), {"requests": requests})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", requests
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("prefetch", [0, 1])
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cycling_listing_raises_naming_the_key(
    backend: str, prefetch: int, cycling_api: tuple[str, list[str | None]]
) -> None:
    base_url, requests = cycling_api

    async def main() -> None:
        credentials = sa.TokenCredentials(api_key="k-cycle", token="t-cycle")
        async with sa.SoracomClient(credentials=credentials, base_url=base_url) as client:
            seen: list[str] = []
            with pytest.raises(sa.MalformedResponseError, match="'A' was already followed"):
                async with client.sim.list_sims.paginate(prefetch=prefetch) as sims:
                    async for sim in sims:
                        seen.append(str(sim.sim_id))
            # Every page before the cycle was handed out, and page A was not fetched twice.
            assert seen == ["s1", "s2", "s3"]
            assert requests == [None, "A", "B"]

    run(backend, main)
