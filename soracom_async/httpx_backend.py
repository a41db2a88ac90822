"""The httpx backend: any httpx transport (httpx's own pool on trio, or one a caller passes).

Its own module so that httpx is imported only when this backend is chosen: on asyncio the
default backend is aiohttp's (transport.py), and importing httpx would add a large share to
every process's start-up. The edges it keeps are transport.py's (no retries, no redirects,
bounded bodies, every timeout enforced, errors that never chain to httpx's exceptions).
"""

from __future__ import annotations

import contextlib
import functools
import ssl
from collections.abc import AsyncIterator, Mapping

import anyio
import httpx

from .contracts import Timeouts
from .errors import ClientClosedError, SoracomConnectionError, SoracomError
from .transport import (
    CHUNK,
    Body,
    QueryItems,
    RawResponse,
    certificate_error,
    declared_too_large,
    failure_error,
    needs_counting,
    reason_of,
    too_large,
    undecodable,
)


@functools.cache
def default_ssl_context() -> ssl.SSLContext:
    """The TLS context httpx's own transport would make for `verify=True` (the system's trust
    store, certificates verified), made once per process: loading the certificates takes tens
    of milliseconds, and every client without an `ssl_context` of its own can share it, as
    aiohttp's clients share aiohttp's."""
    return httpx.create_ssl_context(trust_env=False)


class _HttpxStream:
    """An httpx response being read as it arrives (decoded by httpx)."""

    def __init__(self, response: httpx.Response, operation_id: str) -> None:
        self._response = response
        self._operation_id = operation_id
        self.status_code = response.status_code
        self.headers: Mapping[str, str] = response.headers

    async def chunks(self, size: int = CHUNK) -> AsyncIterator[bytes]:
        iterator = self._response.aiter_bytes(size).__aiter__()
        while True:
            error: SoracomError
            try:
                chunk = await iterator.__anext__()
            except StopAsyncIteration:
                return
            except httpx.DecodingError:
                error = undecodable(self._operation_id, self.status_code, self.headers)
            except httpx.TransportError as exc:
                error = map_httpx_error(exc, self._operation_id)
            else:
                yield chunk
                continue
            raise error

    async def read(self, max_bytes: int | None) -> bytes:
        if max_bytes is None or not needs_counting(self.headers):
            if max_bytes is not None and declared_too_large(self.headers, max_bytes):
                raise too_large(self._operation_id, self.status_code, max_bytes)
            error: SoracomError
            try:
                return await self._response.aread()
            except httpx.DecodingError:
                error = undecodable(self._operation_id, self.status_code, self.headers)
            except httpx.TransportError as exc:
                error = map_httpx_error(exc, self._operation_id)
            raise error
        parts: list[bytes] = []
        total = 0
        async for chunk in self.chunks():
            total += len(chunk)
            if total > max_bytes:
                raise too_large(self._operation_id, self.status_code, max_bytes)
            parts.append(chunk)
        return b"".join(parts)

    async def aclose(self) -> None:
        with anyio.CancelScope(shield=True):
            with contextlib.suppress(httpx.TransportError):  # a broken one: nothing to tell
                await self._response.aclose()


class HttpxBackend:
    """Sends through any httpx transport (httpx's own pool on trio, or the caller's)."""

    def __init__(self, transport: httpx.AsyncBaseTransport, *, owned: bool) -> None:
        self.transport = transport
        self._owned = owned
        self._closed = False

    @classmethod
    def pooled(cls, max_connections: int, *, ssl_context: ssl.SSLContext | None) -> HttpxBackend:
        """httpx's own connection pool, owned (closed with the client)."""
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
        # retries=0: the pipeline is the only retry layer.
        transport = httpx.AsyncHTTPTransport(
            limits=limits, retries=0, trust_env=False, verify=ssl_context or True
        )
        return cls(transport, owned=True)

    async def send(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: Timeouts,
        operation_id: str,
        max_bytes: int | None = None,
    ) -> RawResponse:
        try:
            stream = await self.open(method, url, query, headers, body, timeouts, operation_id)
        finally:
            body = None  # out of this frame's locals (error reporters capture them)
        try:
            content = await stream.read(max_bytes)
        finally:
            await stream.aclose()
        return RawResponse(stream.status_code, stream.headers, content)

    async def open(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: Timeouts,
        operation_id: str,
    ) -> _HttpxStream:
        if self._closed:
            raise ClientClosedError("the client is closed")
        request = httpx.Request(
            method,
            url,
            params=httpx.QueryParams(tuple(query)) if query else None,
            headers=headers,
            content=body,
            extensions={"timeout": timeouts.as_dict()},
        )
        error: SoracomError
        try:
            response = await self.transport.handle_async_request(request)
        except httpx.TransportError as exc:
            error = map_httpx_error(exc, operation_id)
        else:
            return _HttpxStream(response, operation_id)
        body = None  # out of this frame's locals (error reporters capture them)
        del request
        raise error

    async def aclose(self) -> None:
        self._closed = True
        if self._owned:
            with anyio.CancelScope(shield=True):
                await self.transport.aclose()


def _verification_failure(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def map_httpx_error(exc: httpx.TransportError, operation_id: str) -> SoracomConnectionError:
    """Our error for an httpx transport failure."""
    nothing_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.ConnectError):
        failure = _verification_failure(exc)
        if failure is not None:
            return certificate_error(reason_of(failure), operation_id)
    # h11 names the offending header *value* of our own request: keep only the type.
    reason = type(exc).__name__ if isinstance(exc, httpx.LocalProtocolError) else reason_of(exc)
    return failure_error(
        reason,
        operation_id,
        sent=not nothing_sent,
        timed_out=isinstance(exc, httpx.TimeoutException),
    )
