"""The ASGI application: Starlette request/response handling around `EmulatorCore`.

Routing comes from the pinned document (`spec.Router`): every documented operation is served
under `/v1`. This layer also applies the HTTP-level faults (added latency, injected 5xx,
dropped connections before or after the change is applied, malformed bodies) and serves the
emulator's own control endpoints under `/_emulator/` (see `control.py`). Requests that arrive on
the storage origin's listener (`storage_port`) go to the storage app (`storage.py`) instead.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any
from urllib.parse import quote, unquote

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .control import handle_control
from .core import JSON_TYPE, Answer, EmulatorCore
from .errors import ApiError
from .faults import FaultDecision
from .spec import API_PREFIX, MethodNotAllowed, Operation, RouteNotFound

logger = logging.getLogger("soracom_async.testing")

_NO_CONTENT = frozenset({204, 304})
_CONTENT_HEADERS = frozenset({"content-type", "content-length", "transfer-encoding"})


def _malformed(body: bytes) -> bytes:
    """The first half of the body, or another truncated document: never valid JSON."""
    half = body[: len(body) // 2]
    try:
        json.loads(half)
    except ValueError:
        return half
    return b'{"truncated": '


class EmulatorApp:
    """ASGI 3 application serving one `EmulatorCore`."""

    def __init__(self, core: EmulatorCore) -> None:
        self.core = core
        self.router = core.spec.router
        self.storage_port: int | None = None  # the port of the storage origin's listener
        self._closing = asyncio.Event()  # set when the server shuts down (see `close`)

    def close(self) -> None:
        """Wake every request held in a latency fault (call on the server's loop): each one
        drops its connection at once instead of being cancelled mid-sleep by the shutdown,
        which uvicorn would log as a CancelledError traceback."""
        self._closing.set()

    async def _delay(self, seconds: float) -> bool:
        """Sleep `seconds`; False when the server began shutting down meanwhile."""
        try:
            await asyncio.wait_for(self._closing.wait(), seconds)
        except asyncio.TimeoutError:
            return True
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        server = scope.get("server")
        if server is not None and server[1] == self.storage_port:
            await self.core.storage_app(scope, receive, send)
            return
        request = Request(scope, receive)
        raw_path: bytes | None = scope.get("raw_path")
        # Route on the raw path so that an encoded "/" inside a tag name stays in its segment.
        path: str = raw_path.decode("latin-1") if raw_path else quote(scope["path"])
        if path.startswith("/_emulator/"):
            response = await handle_control(self.core, request)
            await response(scope, receive, send)
            return
        lang = "ja" if request.headers.get("x-soracom-lang", "").lower().startswith("ja") else "en"
        routed = self._route(request.method, path)
        if isinstance(routed, ApiError):
            self.core.counters.unknown_route()
            self.core.counters.status(None, routed.status)
            await self._send(scope, receive, send, self.core.error(routed, lang))
            return
        op, raw_values = routed
        path_values = {name: unquote(value) for name, value in raw_values.items()}
        core = self.core
        core.counters.request(op.operation_id)
        client_ip = scope["client"][0] if scope.get("client") else "unknown"
        fault = core.faults.decide(op.operation_id)
        if fault is not None:
            if fault.latency and not await self._delay(fault.latency):
                await self._drop(scope, send)
                return
            if fault.kind == "error":
                core.counters.status(op.operation_id, fault.status)
                answer = core.error(
                    ApiError(fault.status, "EMU5000"),
                    lang,
                    core.rate_limit_headers(op, client_ip, request.headers),
                )
                await self._send(scope, receive, send, answer)
                return
            if fault.kind == "drop" and not (fault.after_apply and op.is_write):
                await self._drop(scope, send)
                return
        try:
            body = await request.body()
        except ClientDisconnect:
            return  # the client went away mid-request (e.g. it was cancelled): nothing to answer
        answer = core.handle(
            op,
            path_values,
            path=path,
            query=request.query_params.multi_items(),
            headers=request.headers,
            body=body,
            client_ip=client_ip,
        )
        if fault is not None and fault.kind is not None:
            final = await self._after(fault, answer, scope, send)
            if final is None:
                return
            answer = final
        await self._send(scope, receive, send, answer)

    def _route(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | ApiError:
        if not path.startswith(API_PREFIX + "/"):
            return ApiError(404, "COM0006", method=method, path=path)
        sub = path[len(API_PREFIX) :]
        try:
            return self.router.match(method, sub)
        except RouteNotFound:
            return ApiError(404, "COM0006", method=method, path=path)
        except MethodNotAllowed:
            if method == "HEAD":
                try:
                    return self.router.match("GET", sub)
                except (RouteNotFound, MethodNotAllowed):
                    pass
            return ApiError(405, "COM0007", method=method, path=path)

    async def _after(
        self, fault: FaultDecision, answer: Answer, scope: Scope, send: Send
    ) -> Answer | None:
        if fault.kind == "drop":
            await self._drop(scope, send)
            return None
        if fault.kind == "malformed":
            return Answer(200, _malformed(answer.body), answer.headers, JSON_TYPE)
        return answer

    @staticmethod
    async def _send(scope: Scope, receive: Receive, send: Send, answer: Answer) -> None:
        # 204/304 carry no content and no headers describing one, whatever the document
        # declares (registerOrderedSim and cancelOrder list a JSON body for their 204).
        bare = answer.status in _NO_CONTENT
        empty = bare or scope["method"] == "HEAD"
        response = Response(
            content=b"" if empty else answer.body,
            status_code=answer.status,
            media_type=None if bare else answer.content_type,
        )
        raw = response.raw_headers
        for name, value in answer.headers:
            lname = name.lower()
            if bare and lname in _CONTENT_HEADERS:
                continue
            if lname == "content-length":
                raw[:] = [(k, v) for k, v in raw if k != b"content-length"]
            raw.append((lname.encode("latin-1"), value.encode("latin-1")))
        await response(scope, receive, send)

    @staticmethod
    async def _drop(scope: Scope, send: Send) -> None:
        """Close the connection without answering (as a lost network path would)."""
        cycle: Any = getattr(send, "__self__", None)
        transport: Any = getattr(cycle, "transport", None)
        if transport is not None and hasattr(cycle, "disconnected"):
            transport.abort()
            cycle.disconnected = True  # uvicorn must not try to answer on our behalf
            await asyncio.sleep(0)
            return
        # Unknown server: start a response and never finish it; the server closes the socket.
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-length", b"100")],
            }
        )

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
