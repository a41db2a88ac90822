"""A recording loopback HTTP server for the foundation tests.

It answers what each test scripts (status, headers, body) and records every request as the
server saw it, so tests assert what actually went over the wire.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web


@dataclass
class Recorded:
    method: str
    raw_path: str
    query: dict[str, str]
    headers: list[tuple[str, str]]
    body: bytes

    def header_values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]


@dataclass
class RecordingServer:
    base_url: str = ""
    requests: list[Recorded] = field(default_factory=list)
    # (status, headers, body bytes) for the next requests, or a function of the request
    responder: Callable[[Recorded], tuple[int, dict[str, str], bytes]] = lambda r: (
        404,
        {"content-type": "application/json"},
        b'{"code":"TST0404","message":"not scripted"}',
    )

    def respond_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        import json

        data = json.dumps(body).encode()
        hdrs = {"content-type": "application/json", **(headers or {})}
        self.responder = lambda r: (status, hdrs, data)


@pytest.fixture
async def server() -> AsyncIterator[RecordingServer]:
    state = RecordingServer()

    async def handle(request: web.Request) -> web.StreamResponse:
        rec = Recorded(
            request.method,
            request.raw_path,
            dict(request.query),
            [(k.decode(), v.decode()) for k, v in request.raw_headers],
            await request.read(),
        )
        state.requests.append(rec)
        status, headers, body = state.responder(rec)
        return web.Response(status=status, headers=headers, body=body)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    state.base_url = f"http://127.0.0.1:{port}/v1"
    try:
        yield state
    finally:
        await runner.cleanup()
