"""The HTTP backends under the pipeline, and how their failures map to our errors.

Two ways to send, one result type (`RawResponse`: status, headers, body):
- on asyncio, by default, straight through an aiohttp `ClientSession`. Its connection pool
  costs a fraction of httpx's per call, and skipping the httpx request/response objects on the
  hot path is what keeps a call within 2.5x of a bare aiohttp request.
- otherwise any httpx transport: httpx's own on trio (or with `http_backend="httpx"`), or
  the one a caller passes (`SoracomClient(transport=...)`, e.g. a mock in tests). That
  backend lives in httpx_backend.py, imported only when chosen: an asyncio program never
  imports httpx, a large share of its start-up.
aiohttp is imported when a client is made (`preload`) where it will be the backend.

Both transports behave the same on the edges, because the SDK promises it:
- Neither retries anything: the pipeline's retry policy is the only retry layer (httpx's
  transport runs with retries=0; aiohttp's hidden replay of idempotent requests on a failed
  pooled connection is switched off). Neither follows redirects (the pipeline decides).
- An answer's body is bounded (`max_bytes`, the client's `max_response_bytes`) on its decoded
  size while it is read: a huge Content-Length is refused before reading, a gzip bomb as soon
  as it inflates past the bound (`ResponseTooLargeError`, the connection dropped). Downloads
  (`open`) stream instead and are not bounded.
- Every timeout is enforced: connect, read, and write. httpx enforces write per socket write;
  aiohttp has no write timeout, so a body is handed to it in chunks and the time aiohttp takes
  to write each one is bounded here.
- Failures become our errors (errors.py), never a library's own exception, and never chained
  to one: aiohttp's and httpx's exceptions hold the request (headers included: the API key
  and token), so our errors name the failure in their message instead.
"""

from __future__ import annotations

import math
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol

import anyio

from ._json import loads
from .contracts import Timeouts
from .errors import (
    CertificateVerificationError,
    ClientClosedError,
    MalformedResponseError,
    ResponseTooLargeError,
    SoracomConnectionError,
    SoracomError,
    SoracomTimeoutError,
)

if TYPE_CHECKING:
    import aiohttp

BackendKind = Literal["auto", "aiohttp", "httpx"]
Body = bytes | AsyncIterable[bytes] | None
QueryItems = list[tuple[str, str]]

CHUNK = 64 * 1024
"""Bytes per chunk when a body is streamed (uploads handed to aiohttp, download chunks)."""
_PACED_BODY = 256 * 1024
"""A bytes body larger than this is handed to aiohttp in chunks, so its write timeout holds."""
_REASON_MAX = 300


class RawResponse:
    """A fully read response: what parsers, errors and the scheduler read."""

    __slots__ = ("content", "headers", "status_code")

    def __init__(self, status_code: int, headers: Mapping[str, str], content: bytes) -> None:
        self.status_code = status_code
        self.headers = headers
        """Case-insensitive (an httpx.Headers or aiohttp's CIMultiDictProxy)."""
        self.content = content

    def json(self) -> Any:
        """The body decoded as a page is (`_json.loads`: orjson when installed; NaN refused and
        big integers exact either way)."""
        return loads(self.content)


class StreamedResponse(Protocol):
    """An answer whose body has not been read yet (downloads, redirects): read it in chunks or
    at once, and always `aclose()` it (which drops the connection unless it was read to the end).
    """

    status_code: int
    headers: Mapping[str, str]

    def chunks(self, size: int = CHUNK) -> AsyncIterator[bytes]: ...

    async def read(self, max_bytes: int | None) -> bytes: ...

    async def aclose(self) -> None: ...


class HttpBackend(Protocol):
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
    ) -> RawResponse: ...

    async def open(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: Timeouts,
        operation_id: str,
    ) -> StreamedResponse: ...

    async def aclose(self) -> None: ...


def too_large(operation_id: str, status: int, max_bytes: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        status,
        operation_id=operation_id,
        reason=f"over max_response_bytes={max_bytes}; stream downloads with op.stream()",
    )


def undecodable(operation_id: str, status: int, headers: Mapping[str, str]) -> SoracomError:
    encoding = headers.get("content-encoding", "?")
    return MalformedResponseError(
        status,
        operation_id=operation_id,
        reason=f"the body does not decode as its Content-Encoding {encoding!r} says",
    )


def declared_too_large(headers: Mapping[str, str], max_bytes: int) -> bool:
    """A plain (not encoded) body whose Content-Length already exceeds the bound."""
    if "content-encoding" in headers:
        return False
    length = headers.get("content-length")
    return length is not None and length.isdigit() and int(length) > max_bytes


def needs_counting(headers: Mapping[str, str]) -> bool:
    """Whether the decoded size is unknown from the headers (encoded, or no length)."""
    return "content-encoding" in headers or "content-length" not in headers


# -- aiohttp -----------------------------------------------------------------------------------


class _WriteWatch:
    """aiohttp's missing write timeout: the body goes to aiohttp chunk by chunk, and aiohttp
    must ask for the next chunk (having written the previous one) within `write` seconds, or
    the request's cancel scope expires. Time spent producing a chunk does not count."""

    __slots__ = ("scope", "write")

    def __init__(self, write: float) -> None:
        self.scope = anyio.CancelScope()
        self.write = write

    async def watch(self, chunks: AsyncIterable[bytes | memoryview]) -> AsyncIterator[bytes]:
        scope = self.scope
        iterator = chunks.__aiter__()
        while True:
            scope.deadline = math.inf
            try:
                chunk = await iterator.__anext__()
            except StopAsyncIteration:
                return
            scope.deadline = anyio.current_time() + self.write
            yield chunk  # type: ignore[misc]  # aiohttp writes memoryviews as they are


async def _slices(data: bytes) -> AsyncIterator[memoryview]:
    view = memoryview(data)
    for start in range(0, len(view), CHUNK):
        yield view[start : start + CHUNK]


class _AiohttpStream:
    """An aiohttp response being read as it arrives."""

    def __init__(self, response: aiohttp.ClientResponse, operation_id: str) -> None:
        self._response = response
        self._operation_id = operation_id
        self.status_code = response.status
        self.headers: Mapping[str, str] = response.headers

    async def chunks(self, size: int = CHUNK) -> AsyncIterator[bytes]:
        import aiohttp

        iterator = self._response.content.iter_chunked(size).__aiter__()
        while True:
            error: SoracomError
            try:
                chunk = await iterator.__anext__()
            except StopAsyncIteration:
                return
            except aiohttp.ClientPayloadError as exc:
                error = _payload_error(exc, self._operation_id, self.status_code, self.headers)
            except aiohttp.ClientError as exc:
                error = map_aiohttp_error(exc, self._operation_id)
            except TimeoutError:
                error = _read_timeout(self._operation_id)
            else:
                yield chunk
                continue
            raise error

    async def read(self, max_bytes: int | None) -> bytes:
        if max_bytes is not None and declared_too_large(self.headers, max_bytes):
            raise too_large(self._operation_id, self.status_code, max_bytes)
        parts: list[bytes] = []
        total = 0
        async for chunk in self.chunks():
            total += len(chunk)
            if max_bytes is not None and total > max_bytes:
                raise too_large(self._operation_id, self.status_code, max_bytes)
            parts.append(chunk)
        return b"".join(parts)

    async def aclose(self) -> None:
        response = self._response
        if response.content.is_eof():
            response.release()
        else:
            response.close()  # not read to the end: the connection cannot be reused


class AiohttpBackend:
    """Sends through one aiohttp ClientSession (created on first use, in the running loop)."""

    def __init__(self, max_connections: int, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._max_connections = max_connections
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context is not None else True
        self._session: aiohttp.ClientSession | None = None
        self._closed = False
        self._timeouts: dict[Timeouts, aiohttp.ClientTimeout] = {}
        self._url: Any = None
        self._aiohttp: Any = None

    def _load(self) -> Any:
        """aiohttp and yarl, imported (SoracomClient() calls `preload()` so that this is cheap
        by the first call)."""
        import aiohttp
        import yarl

        self._url = yarl.URL
        self._aiohttp = aiohttp
        return aiohttp

    def _open(self) -> aiohttp.ClientSession:
        import aiohttp

        if self._aiohttp is None:
            self._load()
        if self._closed:
            raise ClientClosedError("the client is closed")
        connector = aiohttp.TCPConnector(
            limit=self._max_connections, limit_per_host=0, ssl=self._ssl
        )
        session: aiohttp.ClientSession = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=True,
            trust_env=False,
            # An SDK keeps no cookies: nothing a server sets travels to another request.
            cookie_jar=aiohttp.DummyCookieJar(),
        )
        # aiohttp replays an idempotent request once, silently, when a pooled connection
        # fails (ClientOSError / ServerDisconnectedError), whether or not the request reached
        # the server. Off: every attempt must go through the pipeline's retry policy, so that
        # it is paced, counted against the rate-limit budget, backed off, charged to the retry
        # budget and reported to the hook.
        if hasattr(session, "_retry_connection"):
            session._retry_connection = False
        self._session = session
        return session

    def _prepare(
        self, headers: dict[str, str], body: Body, timeouts: Timeouts
    ) -> tuple[Any, _WriteWatch | None]:
        if body is None or timeouts.write is None:
            return body, None
        if isinstance(body, bytes):
            if len(body) <= _PACED_BODY:
                return body, None
            headers["Content-Length"] = str(len(body))
            watch = _WriteWatch(timeouts.write)
            return watch.watch(_slices(body)), watch
        watch = _WriteWatch(timeouts.write)
        return watch.watch(body), watch

    def _client_timeout(self, timeouts: Timeouts) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for ours, made once per distinct value (a per-call timeout is
        a new Timeouts of a value seen before; a Timeouts caches its hash)."""
        made = self._timeouts.get(timeouts)
        if made is not None:
            return made
        import aiohttp

        made = aiohttp.ClientTimeout(
            sock_connect=timeouts.connect, sock_read=timeouts.read, connect=timeouts.connect
        )
        if len(self._timeouts) > 64:  # per-call timeouts of many values: keep the cache small
            self._timeouts.clear()
        self._timeouts[timeouts] = made
        return made

    async def _request(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        data: Any,
        timeouts: Timeouts,
    ) -> aiohttp.ClientResponse:
        session = self._session or self._open()
        return await session.request(
            method,
            # encoded=True: the path goes out exactly as built (yarl would otherwise
            # re-quote it, and decode %2E, changing what the operation's template means).
            self._url(url, encoded=True),
            params=query or None,
            headers=headers,
            data=data,
            timeout=self._client_timeout(timeouts),
            allow_redirects=False,
        )

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
        """One request, its body read: in this one coroutine for a body sent at once (the
        pipeline's hot path), through `open` for a body handed over in chunks."""
        if body is not None and (not isinstance(body, bytes) or len(body) > _PACED_BODY):
            return await self._send_paced(
                method, url, query, headers, body, timeouts, operation_id, max_bytes
            )
        aiohttp = self._aiohttp or self._load()
        session = self._session or self._open()
        error: SoracomError | None = None
        try:
            response = await session.request(
                method,
                self._url(url, encoded=True),  # as in `_request`: the path goes out as built
                params=query or None,
                headers=headers,
                data=body,
                timeout=self._client_timeout(timeouts),
                allow_redirects=False,
            )
        except aiohttp.ClientError as exc:
            error = map_aiohttp_error(exc, operation_id)
        except TimeoutError:
            error = _read_timeout(operation_id)
        except RuntimeError:
            if not self._closed:
                raise
            error = ClientClosedError("the client is closed")
        finally:
            body = None  # out of this frame's locals (error reporters capture them)
        if error is not None:
            raise error
        try:
            content = await self._read_body(response, operation_id, max_bytes)
        finally:
            if response.content.is_eof():
                response.release()
            else:
                response.close()  # not read to the end: the connection cannot be reused
        return RawResponse(response.status, response.headers, content)

    async def _send_paced(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: Timeouts,
        operation_id: str,
        max_bytes: int | None,
    ) -> RawResponse:
        try:
            stream = await self.open(method, url, query, headers, body, timeouts, operation_id)
        finally:
            body = None  # out of this frame's locals (error reporters capture them)
        try:
            content = await self._read_body(stream._response, operation_id, max_bytes)
            return RawResponse(stream.status_code, stream.headers, content)
        finally:
            await stream.aclose()

    @classmethod
    async def _read_body(
        cls, response: aiohttp.ClientResponse, operation_id: str, max_bytes: int | None
    ) -> bytes:
        """The answer's body: counted chunk by chunk when it may exceed `max_bytes` without
        saying so (no Content-Length, or compressed), else read at once."""
        if max_bytes is not None and needs_counting(response.headers):
            return await _AiohttpStream(response, operation_id).read(max_bytes)
        return await cls._read(response, operation_id, max_bytes)

    @staticmethod
    async def _read(
        response: aiohttp.ClientResponse, operation_id: str, max_bytes: int | None
    ) -> bytes:
        """A plain body of known length (a longer one than `max_bytes` is refused unread)."""
        import aiohttp

        if max_bytes is not None and declared_too_large(response.headers, max_bytes):
            raise too_large(operation_id, response.status, max_bytes)
        error: SoracomError
        try:
            return await response.read()
        except aiohttp.ClientPayloadError as exc:
            error = _payload_error(exc, operation_id, response.status, response.headers)
        except aiohttp.ClientError as exc:
            error = map_aiohttp_error(exc, operation_id)
        except TimeoutError:
            error = _read_timeout(operation_id)
        raise error

    async def open(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeouts: Timeouts,
        operation_id: str,
    ) -> _AiohttpStream:
        import aiohttp

        data, watch = (None, None) if body is None else self._prepare(headers, body, timeouts)
        error: SoracomError
        try:
            if watch is None:
                response = await self._request(method, url, query, headers, data, timeouts)
            else:
                with watch.scope:
                    response = await self._request(method, url, query, headers, data, timeouts)
                if watch.scope.cancelled_caught:
                    raise _write_timeout(operation_id)
            return _AiohttpStream(response, operation_id)
        except aiohttp.ClientError as exc:
            error = map_aiohttp_error(exc, operation_id)
        except TimeoutError:
            error = _read_timeout(operation_id)
        except RuntimeError:
            if not self._closed:
                raise
            error = ClientClosedError("the client is closed")
        body = data = None  # out of this frame's locals (error reporters capture them)
        raise error

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            with anyio.CancelScope(shield=True):
                await session.close()

    def discard(self) -> None:
        """Forget the session without awaiting anything (its event loop is gone)."""
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            connector = session.connector
            session.detach()
            close = getattr(connector, "_close", None)
            if close is not None:
                close()  # marks it closed; the loop that owned its sockets is gone


# -- errors ------------------------------------------------------------------------------------


def reason_of(reason: BaseException) -> str:
    """The failure in a few words: its type and, for the libraries' own errors, their message
    (which names what the server sent, never our headers; see `map_httpx_error` for the one
    exception)."""
    text = str(reason)
    if len(text) > _REASON_MAX:
        text = text[:_REASON_MAX] + "..."
    return f"{type(reason).__name__}: {text}" if text else type(reason).__name__


def failure_error(
    reason: str, operation_id: str, *, sent: bool, timed_out: bool
) -> SoracomConnectionError:
    if timed_out:
        what = (
            "timed out after the request was sent; outcome unknown"
            if sent
            else "timed out connecting"
        )
        return SoracomTimeoutError(
            f"{what} ({reason})", operation_id=operation_id, request_sent=sent
        )
    what = (
        "connection lost after the request was sent; outcome unknown"
        if sent
        else "could not connect"
    )
    return SoracomConnectionError(
        f"{what} ({reason})", operation_id=operation_id, request_sent=sent
    )


def _read_timeout(operation_id: str) -> SoracomTimeoutError:
    return SoracomTimeoutError(
        "timed out waiting for the answer after the request was sent; outcome unknown",
        operation_id=operation_id,
        request_sent=True,
    )


def _write_timeout(operation_id: str) -> SoracomTimeoutError:
    return SoracomTimeoutError(
        "timed out writing the request body (write timeout); outcome unknown",
        operation_id=operation_id,
        request_sent=True,
    )


def certificate_error(reason: str, operation_id: str) -> CertificateVerificationError:
    return CertificateVerificationError(
        f"TLS certificate verification failed; nothing was sent, not retried ({reason})",
        operation_id=operation_id,
        request_sent=False,
    )


def _payload_error(
    exc: BaseException, operation_id: str, status: int, headers: Mapping[str, str]
) -> SoracomError:
    """A body that broke off (connection lost), or one that does not decode (a bad answer)."""
    from aiohttp.http_exceptions import ContentEncodingError

    if isinstance(exc.__cause__, ContentEncodingError) or "content-encoding" in str(exc).lower():
        return undecodable(operation_id, status, headers)
    return failure_error(reason_of(exc), operation_id, sent=True, timed_out=False)


def map_aiohttp_error(exc: BaseException, operation_id: str) -> SoracomConnectionError:
    """Our error for an aiohttp failure, telling whether the request may have been sent."""
    import aiohttp

    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return certificate_error(reason_of(exc.certificate_error), operation_id)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return failure_error(reason_of(exc), operation_id, sent=False, timed_out=True)
    if isinstance(exc, aiohttp.ClientConnectorError):  # refused, DNS, TLS handshake
        return failure_error(reason_of(exc), operation_id, sent=False, timed_out=False)
    if isinstance(exc, aiohttp.ClientResponseError):
        # The answer could not be parsed (bad status line, over-long header): its str names
        # status, message and URL; its request_info (not used) holds our headers.
        reason = f"{type(exc).__name__}: invalid answer {exc.status} {exc.message}"[:_REASON_MAX]
        return failure_error(reason, operation_id, sent=True, timed_out=False)
    timed_out = isinstance(exc, TimeoutError)  # aiohttp's read timeouts are TimeoutErrors
    return failure_error(reason_of(exc), operation_id, sent=True, timed_out=timed_out)
