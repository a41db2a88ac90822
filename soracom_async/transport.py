"""The HTTP exchange under the pipeline, and how its failures map to our errors.

Two ways to send, one result type (`RawResponse`: status, headers, body):
- on asyncio, by default, straight through an aiohttp `ClientSession`. Its connection pool
  costs a fraction of httpx's per call, and skipping the httpx request/response objects on the
  hot path is what keeps a call within 2.5x of a bare aiohttp request.
- otherwise any httpx transport: httpx's own on trio (or with `http_transport="httpx"`), or
  the one a caller passes (`SoracomClient(transport=...)`, e.g. a mock in tests).
aiohttp is imported only when the first client connects on asyncio.

Neither retries anything: the pipeline's retry policy is the only retry layer (httpx's
transport runs with retries=0; aiohttp's hidden replay of idempotent requests on a failed
pooled connection is switched off).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

import anyio
import httpx
import sniffio

from .errors import SoracomConnectionError, SoracomTimeoutError

if TYPE_CHECKING:
    import aiohttp

TransportKind = Literal["auto", "aiohttp", "httpx"]
Body = bytes | AsyncIterable[bytes] | None
QueryItems = list[tuple[str, str]]


class RawResponse:
    """A fully read response: what parsers, errors and the scheduler read."""

    __slots__ = ("content", "headers", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str], content: bytes) -> None:
        self.status_code = status_code
        self.headers = headers
        """Case-insensitive (an httpx.Headers or aiohttp's CIMultiDictProxy)."""
        self.content = content

    def json(self) -> Any:
        return json.loads(self.content)


class Exchange(Protocol):
    async def send(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: httpx.Timeout,
        operation_id: str,
    ) -> RawResponse: ...

    async def aclose(self) -> None: ...


def create_exchange(
    kind: TransportKind,
    *,
    max_connections: int,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Exchange:
    """The exchange for the running event loop: aiohttp on asyncio, httpx's own elsewhere."""
    if transport is not None:
        return HttpxExchange(transport, owned=False)
    if kind == "auto":
        kind = "aiohttp" if sniffio.current_async_library() == "asyncio" else "httpx"
    if kind == "aiohttp":
        return AiohttpExchange(max_connections)
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    # retries=0: the pipeline is the only retry layer.
    return HttpxExchange(
        httpx.AsyncHTTPTransport(limits=limits, retries=0, trust_env=False), owned=True
    )


class AiohttpExchange:
    """Sends through one aiohttp ClientSession (created on first use, in the running loop)."""

    def __init__(self, max_connections: int) -> None:
        self._max_connections = max_connections
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        connector = aiohttp.TCPConnector(limit=self._max_connections, limit_per_host=0)
        session = aiohttp.ClientSession(connector=connector, auto_decompress=True, trust_env=False)
        # aiohttp replays an idempotent request once, silently, when a pooled connection
        # fails (ClientOSError / ServerDisconnectedError), whether or not the request reached
        # the server. Off: every attempt must go through the pipeline's retry policy, so that
        # it is paced, counted against the rate-limit budget, backed off, charged to the retry
        # budget and reported to the hook.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        self._session = session
        return session

    async def send(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: httpx.Timeout,
        operation_id: str,
    ) -> RawResponse:
        import aiohttp
        import yarl

        session = self._session or self._open()
        client_timeout = aiohttp.ClientTimeout(
            sock_connect=timeouts.connect, sock_read=timeouts.read, connect=timeouts.connect
        )
        try:
            async with session.request(
                method,
                # encoded=True: the path goes out exactly as built (yarl would otherwise
                # re-quote it, and decode %2E, changing what the operation's template means).
                yarl.URL(url, encoded=True),
                params=query or None,
                headers=headers,
                data=body,
                timeout=client_timeout,
                allow_redirects=False,
            ) as response:
                content = await response.read()
                return RawResponse(response.status, response.headers, content)
        except aiohttp.ClientError as exc:
            raise map_aiohttp_error(exc, operation_id) from exc
        except TimeoutError as exc:
            raise SoracomTimeoutError(
                "timed out reading the response", operation_id=operation_id, request_sent=True
            ) from exc

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            with anyio.CancelScope(shield=True):
                await session.close()


class HttpxExchange:
    """Sends through any httpx transport (httpx's own pool on trio, or the caller's)."""

    def __init__(self, transport: httpx.AsyncBaseTransport, *, owned: bool) -> None:
        self.transport = transport
        self._owned = owned

    async def send(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: httpx.Timeout,
        operation_id: str,
    ) -> RawResponse:
        request = httpx.Request(
            method,
            url,
            params=httpx.QueryParams(tuple(query)) if query else None,
            headers=headers,
            content=body,
            extensions={"timeout": timeouts.as_dict()},
        )
        try:
            response = await self.transport.handle_async_request(request)
            try:
                content = await response.aread()
            finally:
                with anyio.CancelScope(shield=True):
                    await response.aclose()
        except httpx.TransportError as exc:
            raise map_httpx_error(exc, operation_id) from exc
        return RawResponse(response.status_code, response.headers, content)

    async def aclose(self) -> None:
        if self._owned:
            with anyio.CancelScope(shield=True):
                await self.transport.aclose()


def _error(
    reason: BaseException, operation_id: str, *, sent: bool, timed_out: bool
) -> SoracomConnectionError:
    text = f"{type(reason).__name__}: {reason}" if str(reason) else type(reason).__name__
    if timed_out:
        return SoracomTimeoutError(
            f"timed out ({text})", operation_id=operation_id, request_sent=sent
        )
    what = (
        "connection lost after the request was sent; outcome unknown"
        if sent
        else "could not connect"
    )
    return SoracomConnectionError(f"{what} ({text})", operation_id=operation_id, request_sent=sent)


def map_aiohttp_error(exc: BaseException, operation_id: str) -> SoracomConnectionError:
    """Our error for an aiohttp failure, telling whether the request may have been sent."""
    import aiohttp

    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return _error(exc, operation_id, sent=False, timed_out=True)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake
        return _error(exc, operation_id, sent=False, timed_out=False)
    timed_out = isinstance(exc, TimeoutError)  # aiohttp's read timeouts are TimeoutErrors
    return _error(exc, operation_id, sent=True, timed_out=timed_out)


def map_httpx_error(exc: httpx.TransportError, operation_id: str) -> SoracomConnectionError:
    """Our error for an httpx transport failure."""
    nothing_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    return _error(
        exc,
        operation_id,
        sent=not nothing_sent,
        timed_out=isinstance(exc, httpx.TimeoutException),
    )
