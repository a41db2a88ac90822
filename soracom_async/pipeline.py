"""The one request pipeline: every operation of every group goes through `Pipeline.send`.

build request (base URL, default headers, per-call options; bad headers and bodies are refused
               here, before any I/O)
retry loop (policy in retry.py; tenacity only once the first attempt failed):
    auth headers (auth.py: proactive, single-flight refresh)
    wait for the group's rate-limit budget (ratelimit.py: paced into the server's window)
    concurrency limit (one slot per pooled connection; queueing here is not a timeout)
    send through the HTTP backend, body read (bounded by `max_response_bytes`), connection released
    2xx -> parse; 401 -> refresh the token and replay once; a documented 3xx (getFile) ->
        follow it without credentials; any other 3xx or error status -> typed error
    each attempt -> `on_attempt` hook (metrics) and DEBUG log under "soracom_async"
Retries are paid from the client's retry budget (retry.py `RetryBudget`). Some failures are
permanent whatever the policy says (a refused TLS certificate, an answer over the size bound,
a closed client): they are raised at once.

Closing (`start_closing`, `drain`, `aclose`): queued calls fail at once with
`ClientClosedError` and nothing more is sent; requests already on the wire complete (bounded by
their timeouts), and only then are the connections closed. A client belongs to the event loop
it first ran on; a call from any other loop or thread raises `WrongEventLoopError`.

Secrets: the auth headers are merged into a per-attempt copy of the request headers that is
emptied once the attempt is over, and the request body is dropped once the call is over, so
an exception's traceback frames (which error reporters capture) do not keep them; our errors
are never chained to the HTTP libraries' exceptions, which hold the request.
"""

from __future__ import annotations

import contextlib
import contextvars
import io
import json
import logging
import os
import re
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar, cast
from urllib.parse import urljoin, urlsplit

import anyio
import anyio.lowlevel

from .attempts import AttemptHook, AttemptInfo, CallTelemetry, current_observers
from .backends import create_backend, preload
from .contracts import ApiResponse, OperationSpec, RequestOptions, Timeouts
from .errors import (
    CertificateVerificationError,
    ClientClosedError,
    ConfigurationError,
    MalformedResponseError,
    MissingCredentialsError,
    PoolTimeoutError,
    ResponseTooLargeError,
    SoracomApiError,
    SoracomConnectionError,
    SoracomTimeoutError,
    UnexpectedRedirectError,
    WrongEventLoopError,
)
from .ratelimit import group_key
from .retry import RetryBudget, RetryPolicy
from .transport import (
    CHUNK,
    AiohttpBackend,
    BackendKind,
    Body,
    HttpBackend,
    QueryItems,
    RawResponse,
    StreamedResponse,
)

if TYPE_CHECKING:
    import ssl

    import httpx

    from .ratelimit import RateLimitScheduler

R = TypeVar("R")

logger = logging.getLogger("soracom_async")


class AuthProvider(Protocol):
    """What the pipeline needs from auth.py's session."""

    async def headers(self) -> Mapping[str, str]: ...

    def ready_headers(self) -> Mapping[str, str] | None:
        """What `headers()` would give without awaiting, or None when it must be awaited."""
        ...

    async def invalidate(self, rejected: Mapping[str, str]) -> bool:
        """Forget `rejected` (sent and refused with 401); True if a retry may succeed."""
        ...

    def accepted(self, sent: Mapping[str, str]) -> None:
        """A request sent with `sent` was not refused (a 2xx/3xx): the token works."""

    def is_current(self, sent: Mapping[str, str]) -> bool:
        """Whether `sent` (taken before queueing for a slot) still carries the token to use."""
        ...


class Closeable(Protocol):
    async def aclose(self) -> None: ...


MAX_REDIRECTS = 3
"""Hops a documented redirect may take (getFile: API -> storage) before it is refused."""
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ERROR_BODY_MAX = 64 * 1024
"""Bytes of an error answer read when downloading (the rest is not wanted)."""

_CLOSED = "the client is closed"
_EXEMPT: contextvars.ContextVar[bool] = contextvars.ContextVar("soracom_exempt", default=False)
"""Set for the client's own calls while it closes (`/auth/logout`): they may still be sent."""
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_ACCEPTED_BODIES = (
    "bytes, bytearray, memoryview, a binary file object (opened 'rb') or an async iterator of bytes"
)


@contextlib.contextmanager
def exempt_from_closing() -> Iterator[None]:
    """Let the calls made inside through while the client closes (for `/auth/logout`)."""
    token = _EXEMPT.set(True)
    try:
        yield
    finally:
        _EXEMPT.reset(token)


def check_headers(headers: Mapping[str, Any], where: str) -> None:
    """Refuse, before any I/O, a header the HTTP libraries would refuse (or worse, send): a
    name that is not a token, a value that is not a str or holds CR, LF or another control
    character. The error names the header, never its value (it may be a secret)."""
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise ConfigurationError(f"{where}: invalid header name {name!r}")
        if not isinstance(value, str):
            raise ConfigurationError(
                f"{where}: header {name!r} must be a str, got {type(value).__name__}"
            )
        if _BAD_VALUE.search(value):
            raise ConfigurationError(
                f"{where}: header {name!r} has a CR, LF or other control character in its value"
            )


# -- request bodies ----------------------------------------------------------------------------


class _Source:
    """A streamed request body: opened once per attempt."""

    __slots__ = ("error", "length", "replayable")

    def __init__(self, *, length: int | None, replayable: bool) -> None:
        self.length = length
        self.replayable = replayable
        self.error: TypeError | None = None
        """A bad chunk met while sending (reported instead of the transport's error)."""

    def open(self) -> AsyncIterator[bytes]:
        raise NotImplementedError


class _FileSource(_Source):
    """A sync binary file object, read in a worker thread chunk by chunk; replayed from its
    starting offset when it can seek."""

    __slots__ = ("_file", "_start", "_used")

    def __init__(self, file: IO[bytes]) -> None:
        start: int | None
        try:
            start = file.tell() if file.seekable() else None
        except (OSError, ValueError, AttributeError):
            start = None
        length: int | None = None
        try:
            if start is not None:
                length = os.fstat(file.fileno()).st_size - start
        except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
            length = None
        if length is None and isinstance(file, io.BytesIO) and start is not None:
            length = len(file.getbuffer()) - start
        super().__init__(length=length, replayable=start is not None)
        self._file = file
        self._start = start
        self._used = False

    def open(self) -> AsyncIterator[bytes]:
        if self._used and self._start is not None:
            self._file.seek(self._start)
        self._used = True
        return self._read()

    async def _read(self) -> AsyncIterator[bytes]:
        read = self._file.read
        while True:
            chunk = await anyio.to_thread.run_sync(read, CHUNK)
            if not chunk:
                return
            if not isinstance(chunk, (bytes, bytearray, memoryview)):
                self.error = TypeError(
                    f"a file body must be opened in binary mode ('rb'); read() gave "
                    f"{type(chunk).__name__}"
                )
                raise self.error
            yield bytes(chunk)


class _IterSource(_Source):
    """An async iterator of bytes: sent as it is produced, once (it cannot be replayed)."""

    __slots__ = ("_chunks",)

    def __init__(self, chunks: AsyncIterable[Any], length: int | None) -> None:
        super().__init__(length=length, replayable=False)
        self._chunks = chunks

    def open(self) -> AsyncIterator[bytes]:
        return self._read()

    async def _read(self) -> AsyncIterator[bytes]:
        async for chunk in self._chunks:
            if isinstance(chunk, bytes):
                yield chunk
            elif isinstance(chunk, (bytearray, memoryview)):
                yield bytes(chunk)
            else:
                self.error = TypeError(
                    f"an async iterator body must yield bytes, got {type(chunk).__name__}"
                )
                raise self.error


def _content_length(headers: Mapping[str, str]) -> int | None:
    for name, value in headers.items():
        if name.lower() == "content-length" and value.isdigit():
            return int(value)
    return None


def prepare_body(content: Any, headers: dict[str, str]) -> tuple[bytes | None, _Source | None]:
    """A raw body as the transports take it, or a TypeError naming what is accepted."""
    if content is None or isinstance(content, bytes):
        return content, None
    if isinstance(content, (bytearray, memoryview)):
        return bytes(content), None
    if isinstance(content, AsyncIterable):
        return None, _IterSource(content, _content_length(headers))
    if isinstance(content, io.TextIOBase) or "b" not in getattr(content, "mode", "b"):
        raise TypeError(f"a file body must be opened in binary mode ('rb'); {_ACCEPTED_BODIES}")
    if callable(getattr(content, "read", None)):
        source = _FileSource(cast("IO[bytes]", content))
        if source.length is not None:
            headers["Content-Length"] = str(source.length)
        return None, source
    raise TypeError(f"the body must be {_ACCEPTED_BODIES}; got {type(content).__name__}")


# -- the concurrency limit ---------------------------------------------------------------------


class _Waiter:
    __slots__ = ("cancelled", "event", "failed", "granted")

    def __init__(self) -> None:
        self.event = anyio.Event()
        self.granted = self.failed = self.cancelled = False


class Slots:
    """One slot per pooled connection: FIFO, cancellable, and closable (which fails every
    waiter at once). Taking a free slot costs two attribute updates (anyio's CapacityLimiter
    costs a checkpoint and more, on every call)."""

    __slots__ = ("_free", "_idle", "_waiters", "borrowed_tokens")

    def __init__(self, total: int) -> None:
        self._free = total
        self._waiters: deque[_Waiter] = deque()
        self._idle: anyio.Event | None = None
        self.borrowed_tokens = 0

    def try_acquire(self) -> bool:
        """Take a free slot without waiting (False: none is free)."""
        if self._free:  # free slots imply nobody waits: a released slot goes to a waiter
            self._free -= 1
            self.borrowed_tokens += 1
            return True
        return False

    async def acquire(self) -> None:
        if self.try_acquire():
            return
        waiter = _Waiter()
        self._waiters.append(waiter)
        try:
            await waiter.event.wait()
        except BaseException:
            waiter.cancelled = True
            if waiter.granted:
                self.release()
            raise
        if waiter.failed:
            raise ClientClosedError(_CLOSED + "; the call was not sent")

    def release(self) -> None:
        waiters = self._waiters
        while waiters:
            waiter = waiters.popleft()
            if not waiter.cancelled:
                waiter.granted = True  # the slot passes to it: borrowed_tokens is unchanged
                waiter.event.set()
                return
        self._free += 1
        self.borrowed_tokens -= 1
        if self.borrowed_tokens == 0 and self._idle is not None:
            self._idle.set()

    def fail_waiters(self) -> None:
        waiters, self._waiters = self._waiters, deque()
        for waiter in waiters:
            if not waiter.cancelled:
                waiter.failed = True
                waiter.event.set()

    async def wait_idle(self) -> None:
        """Until no slot is borrowed."""
        while self.borrowed_tokens:
            self._idle = anyio.Event()
            await self._idle.wait()


# -- event loop ownership ----------------------------------------------------------------------


def _running_loop() -> object:
    """The running event loop (asyncio's loop, or trio's token). asyncio is not imported for
    this: if nothing imported it, no asyncio loop runs."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            return asyncio.get_running_loop()
        except RuntimeError:
            pass
    import trio

    return trio.lowlevel.current_trio_token()


def _loop_closed(loop: object) -> bool:
    asyncio = sys.modules.get("asyncio")
    return asyncio is not None and isinstance(loop, asyncio.AbstractEventLoop) and loop.is_closed()


# -- requests ----------------------------------------------------------------------------------


class _Request:
    """One call's request, reused by each attempt (auth headers are added per attempt)."""

    __slots__ = ("body", "given_auth", "headers", "method", "query", "source", "timeout", "url")

    def __init__(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: bytes | None,
        source: _Source | None,
        timeout: Timeouts,
        credentials: Mapping[str, str] | None = None,
    ) -> None:
        self.given_auth = credentials
        """Auth headers given for this call (RequestOptions.auth_headers): the session is not
        asked for a token, and a 401 is final."""
        self.method = method
        self.url = url
        self.query = query
        self.headers = headers
        self.body = body
        self.source = source
        self.timeout = timeout

    def attempt_body(self) -> Body:
        return self.body if self.source is None else self.source.open()

    def scrub(self) -> None:
        """The call is over: drop the body (an /auth body holds the credentials)."""
        self.body = None
        self.source = None
        self.given_auth = None


class Held:
    """A 2xx answer being streamed to the caller, holding its connection slot until closed."""

    __slots__ = ("_release", "response")

    def __init__(self, response: StreamedResponse, release: Callable[[], None]) -> None:
        self.response = response
        self._release = release

    async def aclose(self) -> None:
        release, self._release = self._release, _nothing
        try:
            await self.response.aclose()
        finally:
            release()


def _nothing() -> None:
    return None


def _permanent(error: BaseException) -> bool:
    """Failures no retry policy may repeat: the same request fails the same way."""
    return isinstance(
        error,
        (
            CertificateVerificationError,
            ResponseTooLargeError,
            ClientClosedError,
            WrongEventLoopError,
        ),
    )


def _json_body(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


def _query_value(value: Any) -> str:
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _query_items(params: Mapping[str, Any] | None) -> QueryItems:
    """Query parameters as strings, as the API expects them (booleans as true/false)."""
    if not params:
        return []
    items: QueryItems = []
    for key, value in params.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            items.extend((key, _query_value(v)) for v in value)
        else:
            items.append((key, _query_value(value)))
    return items


class _Report:
    """The attempt of a call not yet reported to its listeners (it waits for the retry
    decision), and who they are: the client's hook and the observers around the call."""

    __slots__ = ("listeners", "pending")

    def __init__(self, listeners: tuple[AttemptHook, ...]) -> None:
        self.listeners = listeners
        self.pending: AttemptInfo | None = None

    def fail(self, error: BaseException) -> None:
        if self.pending is not None:
            self.pending.error = error


class Pipeline:
    """Sends requests for a client. Created and owned by `SoracomClient`."""

    telemetry: CallTelemetry | None = None
    """Wraps every call in a span and metrics (telemetry.py): set on the class by
    `telemetry.instrument()`, on a client's pipeline by its providers; None costs one check."""

    def __init__(
        self,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: Timeouts,
        retry: RetryPolicy,
        max_connections: int,
        transport: httpx.AsyncBaseTransport | None,
        backend_kind: BackendKind,
        auth: AuthProvider | None,
        rate_limiter: RateLimitScheduler,
        on_attempt: AttemptHook | None = None,
        pool_timeout: float | None = None,
        max_response_bytes: int | None = None,
        ssl_context: ssl.SSLContext | None = None,
        missing_credentials: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._headers = dict(headers)
        self._user_agent = {k: v for k, v in self._headers.items() if k.lower() == "user-agent"}
        self._timeout = timeout
        self.retry = retry
        self.retry_budget = RetryBudget(retry.retry_budget)
        self._max_connections = max_connections
        self._pool_timeout = pool_timeout
        self._max_response_bytes = max_response_bytes
        self._ssl_context = ssl_context
        self._transport = transport
        self._transport_kind = backend_kind
        self._backend: HttpBackend | None = None
        self.auth = auth
        self.missing_credentials = missing_credentials
        self.rate_limiter = rate_limiter
        self._on_attempt = on_attempt
        self._slots: Slots | None = None
        self._loop: object | None = None
        self._thread = ""
        self.open_streams: set[Closeable] = set()
        """Streamed answers being read (files.py's downloads register here): closed on close."""
        self._parked: set[anyio.CancelScope] = set()
        self._closing = False
        self._closed = False
        self._checked_token: int | None = None
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        """asyncio.sleep once the fast path is on: its checkpoint, without anyio's lookup of
        the running backend on each call."""
        self._fast = False
        """Whether calls may take the asyncio fast path (`_call_fast`): set once the backend
        is aiohttp's, which it only is on asyncio."""

    # -- lifecycle -------------------------------------------------------------------------

    def preload(self, *, anyio_backend: bool = True) -> None:
        """What the first call would otherwise do on the event loop, done now (in
        `SoracomClient()`): the backend's imports, and for httpx's own transport its TLS
        context (loading the certificates takes tens of milliseconds). `anyio_backend`:
        whether the first call will need anyio's (backends.py `preload`)."""
        self._ssl_context = preload(
            self._transport_kind,
            transport=self._transport,
            ssl_context=self._ssl_context,
            anyio_backend=anyio_backend,
        )

    def _check_loop(self) -> None:
        loop = _running_loop()
        if loop is self._loop:
            return
        if self._loop is None:
            self._loop = loop
            self._thread = threading.current_thread().name
            return
        if _loop_closed(self._loop):
            self._discard()
        raise WrongEventLoopError(
            "this client belongs to the event loop it first ran on (thread "
            f"{self._thread!r}"
            + (", now closed" if _loop_closed(self._loop) else "")
            + f") and was used from another one (thread {threading.current_thread().name!r}): "
            "create one client per event loop"
        )

    def _discard(self) -> None:
        """Drop a transport whose event loop is gone (nothing of it can be awaited)."""
        backend = self._backend
        discard = getattr(backend, "discard", None)
        if discard is not None:
            discard()

    def _open(self) -> tuple[HttpBackend, Slots]:
        if self._closed:
            raise ClientClosedError(_CLOSED)
        if self._backend is None:
            self._backend = create_backend(
                self._transport_kind,
                max_connections=self._max_connections,
                transport=self._transport,
                ssl_context=self._ssl_context,
            )
            self._fast = isinstance(self._backend, AiohttpBackend)
            if self._fast:  # aiohttp is only chosen on asyncio, which is running
                self._sleep = sys.modules["asyncio"].sleep
        if self._slots is None:
            self._slots = Slots(self._max_connections)
        return self._backend, self._slots

    @property
    def backend(self) -> HttpBackend | None:
        """How requests are sent (aiohttp or an httpx transport), once the first one was."""
        return self._backend

    @property
    def in_flight(self) -> int:
        """Requests holding a connection slot right now."""
        return 0 if self._slots is None else self._slots.borrowed_tokens

    @property
    def closing(self) -> bool:
        return self._closing

    def start_closing(self) -> None:
        """Refuse new calls and fail the queued ones at once; in-flight requests go on."""
        self._closing = True
        if self._slots is not None:
            self._slots.fail_waiters()
        for scope in self._parked:
            scope.cancel()

    async def drain(self) -> None:
        """Wait for the requests in flight; open downloads are closed."""
        for stream in list(self.open_streams):
            await stream.aclose()
        if self._slots is not None and self._loop is not None and not self._foreign():
            await self._slots.wait_idle()

    def _foreign(self) -> bool:
        try:
            return _running_loop() is not self._loop
        except Exception:  # no event loop we know of
            return True

    async def aclose(self) -> None:
        self.start_closing()
        self._closed = True
        backend = self._backend
        if backend is None:
            return
        if self._loop is not None and self._foreign():
            if _loop_closed(self._loop):
                self._discard()
                return
            raise WrongEventLoopError(
                "close the client from the event loop it runs on "
                f"(thread {self._thread!r}); it now refuses every call"
            )
        await backend.aclose()

    # -- building --------------------------------------------------------------------------

    def _build_request(
        self, spec: OperationSpec, parts: dict[str, Any], options: RequestOptions | None
    ) -> _Request:
        headers = self._headers.copy()
        extra = parts.get("headers")
        if extra:
            check_headers(extra, spec.operation_id)
            headers.update(extra)
        timeout = self._timeout
        credentials = None
        if options is not None:
            credentials = options.auth_headers
            if options.headers:
                check_headers(options.headers, spec.operation_id)
                headers.update(options.headers)
            if options.timeout is not None:
                timeout = Timeouts.of(options.timeout)
        source: _Source | None = None
        if "json" in parts:
            body: bytes | None = _json_body(parts["json"])
        else:
            body, source = prepare_body(parts.get("content"), headers)
        return _Request(
            spec.method,
            self.base_url + parts["url"],
            _query_items(parts.get("params")),
            headers,
            body,
            source,
            timeout,
            credentials,
        )

    # -- sending ---------------------------------------------------------------------------

    def stream_opener(
        self, spec: OperationSpec, parts: dict[str, Any], options: RequestOptions | None = None
    ) -> Callable[[], Awaitable[ApiResponse[Held]]]:
        """A function that sends the call and returns once the answer's headers arrived, its
        body left unread in a `Held` (files.py reads it as a stream)."""

        async def opening() -> ApiResponse[Held]:
            return await self.send(spec, parts, _as_held, options, streaming=True)

        return opening

    def url_opener(
        self, spec: OperationSpec, url: str
    ) -> Callable[[], Awaitable[ApiResponse[Held]]]:
        """Like `stream_opener`, for an absolute URL an answer gave (an export's presigned
        download, waiters.py): a GET sent as a documented redirect is followed, with nothing
        of the client's but its User-Agent, once (not retried); a non-2xx is the typed error."""

        async def opening() -> ApiResponse[Held]:
            answer = await self._hop(spec, "GET", url, self._timeout, None, True)
            if isinstance(answer, Held):
                held = answer.response
                return ApiResponse(answer, held.status_code, held.headers, spec.operation_id)
            raise SoracomApiError.from_response(
                answer.status_code, answer.content, answer.headers, operation_id=spec.operation_id
            )

        return opening

    async def send(
        self,
        spec: OperationSpec,
        parts: dict[str, Any],
        parse: Callable[[RawResponse], R],
        options: RequestOptions | None = None,
        *,
        streaming: bool = False,
    ) -> ApiResponse[R]:
        """Send one operation's request until it succeeds or the retry policy gives up."""
        telemetry = self.telemetry
        if telemetry is not None and telemetry.wraps(parts):  # it calls back for the rest
            return await telemetry.call(
                lambda: self.send(spec, parts, parse, options, streaming=streaming),
                spec,
                parts,
                self.base_url,
            )
        self._entering(spec)
        if self._fast and options is None and not streaming and self._plain(spec, parts):
            return cast("ApiResponse[R]", await self._call_fast(spec, parts, parse, True))
        return await self._send_general(spec, parts, parse, options, streaming)

    async def call(
        self,
        spec: OperationSpec,
        parts: dict[str, Any],
        parse: Callable[[RawResponse], R],
        options: RequestOptions | None = None,
    ) -> R:
        """`send(...).parsed`, without making the `ApiResponse` on the fast path."""
        if self.telemetry is not None:  # spans wrap `send`, the one entry they know
            return (await self.send(spec, parts, parse, options)).parsed
        self._entering(spec)
        if self._fast and options is None and self._plain(spec, parts):
            return cast("R", await self._call_fast(spec, parts, parse, False))
        return (await self._send_general(spec, parts, parse, options, False)).parsed

    def _entering(self, spec: OperationSpec) -> None:
        """A call may start: the client is not closing, and this is its event loop."""
        if self._closing and not _EXEMPT.get():
            raise ClientClosedError(f"{spec.operation_id}: {_CLOSED}; the call was not sent")
        if self._loop is not _running_loop():
            self._check_loop()
        if self._backend is None and not self._closed:
            self._open()  # now, so that the first call may take the fast path too

    def _plain(self, spec: OperationSpec, parts: dict[str, Any]) -> bool:
        """A call the fast path can take: no raw body (files, streams) and, if it needs
        credentials, a session to get them from."""
        return parts.get("content") is None and (self.auth is not None or not spec.auth)

    async def _send_general(
        self,
        spec: OperationSpec,
        parts: dict[str, Any],
        parse: Callable[[RawResponse], R],
        options: RequestOptions | None,
        streaming: bool,
    ) -> ApiResponse[R]:
        request = self._build_request(spec, parts, options)
        try:
            return await self._send(spec, request, parse, options, streaming)
        finally:
            request.scrub()
            parts.clear()

    # -- the asyncio fast path -------------------------------------------------------------

    async def _call_fast(  # noqa: PLR0915 (one coroutine, on purpose: see the docstring)
        self,
        spec: OperationSpec,
        parts: dict[str, Any],
        parse: Callable[[RawResponse], R],
        full: bool,
    ) -> R | ApiResponse[R]:
        """The first attempt of a plain call on asyncio, in this one coroutine: the same steps
        as `_send_once` + `_transmit` (rate-limit ticket, token, slot, send, read, release,
        report), without a `_Request`, closures, anyio's backend lookups, or an
        `ApiResponse` unless `full`. Anything but a 2xx that parses (an error status, a 401
        to renew, a redirect, a failure to retry) continues on the general path, which
        takes the attempt's outcome as its first attempt's."""
        extra = parts.get("headers")
        try:
            headers = self._headers.copy()
            if extra:
                check_headers(extra, spec.operation_id)
                headers.update(extra)
            body = _json_body(parts["json"]) if "json" in parts else None
            url = self.base_url + parts["url"]
            query = _query_items(parts.get("params"))
        finally:
            parts.clear()
        backend, limiter = self._open_for(spec)
        report = self._report()
        key = group_key(spec.group, spec.operation_id)
        scheduler = self.rate_limiter
        auth_headers: dict[str, str] = {}
        queued_from = started = time.monotonic()
        response: RawResponse | None = None
        failure: Exception | None = None
        ticket = scheduler.try_acquire(key)
        if ticket is None:
            ticket = await self._park(spec, key)
        admitted = time.monotonic()
        answered = may_have_reached = False
        try:
            if spec.auth:
                ready = self.auth.ready_headers() if self.auth is not None else None
                if ready is None:
                    await self._authorize(spec, None, auth_headers, headers)
                else:  # `_authorize` without its awaits: the token is at hand
                    self._take_token(ready, auth_headers, headers)
                    ready = None
            if self._closing and not _EXEMPT.get():
                raise ClientClosedError(f"{spec.operation_id}: {_CLOSED}; the call was not sent")
            auth = self.auth
            if limiter.try_acquire():  # a free slot: taken without yielding
                if spec.auth and auth is not None and not auth.is_current(headers):
                    limiter.release()  # the token changed meanwhile: the general way
                    await self._take_slot_current(limiter, spec, None, auth_headers, headers)
            else:
                await self._take_slot_current(
                    limiter, spec, None, auth_headers if spec.auth else None, headers
                )
            started = time.monotonic()
            may_have_reached = True
            try:
                # As in `_transmit`: a call cancelled on its way is not sent. (Measured: this
                # yield also lowers the CPU per call under concurrency, the sends of the tasks
                # made ready together going out together; asking anyio whether a checkpoint
                # would raise, and not yielding, cost more than the yield.)
                await self._sleep(0)
                response = await backend.send(
                    spec.method,
                    url,
                    query,
                    headers,
                    body,
                    self._timeout,
                    spec.operation_id,
                    self._max_response_bytes,
                )
            except SoracomConnectionError as exc:
                may_have_reached = exc.request_sent
                exc.method = spec.method
                raise
            finally:
                headers.clear()  # the token leaves this frame (and the transport's)
                limiter.release()
            answered = True
            scheduler.observe(
                key, ticket, response.status_code, response.headers, started, time.monotonic()
            )
        except Exception as exc:
            failure = exc
        except BaseException as exc:
            body = None  # out of this frame's locals (error reporters capture them)
            self._record(report, spec, 1, None, queued_from, admitted, started, exc)
            self._emit(report, None)
            raise
        finally:
            headers.clear()
            if not answered:
                scheduler.release(key, ticket, sent=may_have_reached)
        status = None if response is None else response.status_code
        self._record(report, spec, 1, status, queued_from, admitted, started, failure)
        if response is not None and 200 <= response.status_code < 300:
            self._accepted(self.auth, auth_headers)
            auth_headers.clear()
            try:
                parsed = self._parsed(spec, response, parse, report)
            except MalformedResponseError as exc:
                failure = exc
            else:
                self.retry_budget.earn(1)
                if not full:
                    return parsed
                return ApiResponse(
                    parsed, response.status_code, response.headers, spec.operation_id, 1
                )
        outcome: RawResponse | Exception
        if failure is not None:
            outcome = failure
            auth_headers.clear()  # a retry takes the token afresh
        else:
            assert response is not None
            outcome = response
        request = _Request(
            spec.method, url, query, {**self._headers, **(extra or {})}, body, None, self._timeout
        )
        body = None
        return await self._fall_through(
            spec, request, parse, full, outcome, auth_headers, key, report
        )

    async def _fall_through(
        self,
        spec: OperationSpec,
        request: _Request,
        parse: Callable[[RawResponse], R],
        full: bool,
        outcome: RawResponse | Exception,
        auth_headers: dict[str, str],
        key: str,
        report: _Report | None,
    ) -> R | ApiResponse[R]:
        """The general path from the fast path's first attempt on: its `outcome` (an answer
        that is not a parsed 2xx, or the failure) is that of the call's first attempt."""
        try:
            result = await self._send(
                spec,
                request,
                parse,
                None,
                False,
                first=outcome,
                first_auth=auth_headers,
                key=key,
                report=report,
            )
        finally:
            request.scrub()
            auth_headers.clear()
        return result if full else result.parsed

    async def _send(
        self,
        spec: OperationSpec,
        request: _Request,
        parse: Callable[[RawResponse], R],
        options: RequestOptions | None,
        streaming: bool,
        *,
        first: RawResponse | Exception | None = None,
        first_auth: dict[str, str] | None = None,
        key: str | None = None,
        report: _Report | None = None,
    ) -> ApiResponse[R]:
        """The call's attempts. `first`: the outcome of a first attempt already made (by the
        fast path; `key`, `report` and `first_auth`, the auth headers it was sent with, are
        then its own), taken as the first attempt's."""
        policy = options.retry if options is not None and options.retry is not None else self.retry
        if first is None:
            key = group_key(spec.group, spec.operation_id)
            report = self._report()
        assert key is not None
        # The first attempt runs without tenacity: most calls need nothing more.
        try:
            if isinstance(first, Exception):
                raise first
            result = await self._attempt(
                spec, key, request, parse, 1, report, streaming, first, first_auth
            )
        except Exception as exc:
            if (
                policy.max_attempts == 1
                # A streamed body can be sent once only.
                or (request.source is not None and not request.source.replayable)
                or _permanent(exc)
                or not policy.is_retryable(exc, spec.method)
            ):
                self._emit(report, None)
                raise
            first_error = exc
        except BaseException:
            self._emit(report, None)
            raise
        else:
            self.retry_budget.earn(1)
            return result
        return await self._retry(spec, key, request, parse, policy, first_error, report, streaming)

    async def _retry(
        self,
        spec: OperationSpec,
        key: str,
        request: _Request,
        parse: Callable[[RawResponse], R],
        policy: RetryPolicy,
        first_error: Exception,
        report: _Report | None,
        streaming: bool,
    ) -> ApiResponse[R]:
        """Attempts 2.. as the retry policy decides (retry.py: tenacity, seeded with the first
        attempt's failure)."""
        spent = 0

        async def attempt(number: int) -> ApiResponse[R]:
            return await self._attempt(spec, key, request, parse, number, report, streaming)

        def spend(cost: int) -> bool:
            nonlocal spent
            if not self.retry_budget.spend(cost):
                return False
            spent += cost
            return True

        def before_sleep(error: BaseException, attempt: int, seconds: float) -> None:
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s attempt=%d failed (%s); retrying in %.3fs",
                    spec.operation_id,
                    attempt,
                    type(error).__name__,
                    seconds,
                )
            self._emit(report, seconds)

        try:
            result = await policy.retry_after(
                spec.method,
                first_error,
                attempt,
                permanent=_permanent,
                spend=spend,
                refresh_in=lambda: self.rate_limiter.retry_hint(key),
                before_sleep=before_sleep,
            )
        except BaseException:
            self._emit(report, None)
            raise
        self.retry_budget.earn(spent or 1)
        return result

    def _report(self) -> _Report | None:
        """Where this call's attempts go; None (nothing is built) when nobody listens."""
        observers = current_observers()
        if self._on_attempt is None:
            return _Report(observers) if observers else None
        return _Report((self._on_attempt, *observers))

    def _emit(self, report: _Report | None, wait: float | None) -> None:
        if report is None or report.pending is None:
            return
        info, report.pending = report.pending, None
        info.wait = wait
        for listener in report.listeners:
            try:
                listener(info)
            except Exception:
                logger.exception("an attempt listener raised (ignored)")

    async def _attempt(
        self,
        spec: OperationSpec,
        key: str,
        request: _Request,
        parse: Callable[[RawResponse], R],
        attempt: int,
        report: _Report | None,
        streaming: bool,
        first: RawResponse | None = None,
        first_auth: dict[str, str] | None = None,
    ) -> ApiResponse[R]:
        """One attempt (and its replay after a token renewal). `first`: the answer to the
        attempt already sent (with `first_auth`) by the fast path."""
        replayed_auth = False
        # Credentials given for the call (the session's own switch-user request) bypass the
        # session: it is neither asked for a token nor told of a 401.
        auth = self.auth if request.given_auth is None else None
        if spec.auth and auth is None and request.given_auth is None:
            raise MissingCredentialsError(
                self.missing_credentials or "no credentials configured",
                operation_id=spec.operation_id,
            )
        auth_headers: dict[str, str] = {} if first_auth is None else first_auth
        try:
            while True:
                response: RawResponse | Held
                if first is not None:
                    response, first = first, None
                else:
                    response = await self._send_once(
                        spec,
                        key,
                        request,
                        attempt,
                        report,
                        auth_headers if spec.auth else None,
                        streaming,
                    )
                if isinstance(response, Held):
                    self._accepted(auth, auth_headers)
                    return self._success(spec, response, parse, attempt, report)
                status = response.status_code
                if 200 <= status < 300:
                    self._accepted(auth, auth_headers)
                    return self._success(spec, response, parse, attempt, report)
                if 300 <= status < 400 and spec.redirect and status in REDIRECT_STATUSES:
                    self._accepted(auth, auth_headers)
                    followed = await self._follow(spec, request, response, report, streaming)
                    if isinstance(followed, Held) or 200 <= followed.status_code < 300:
                        return self._success(spec, followed, parse, attempt, report)
                    response = followed
                    status = response.status_code
                # A 401 on a token that expired or was revoked early: renew once, replay once.
                elif (
                    status == 401
                    and spec.auth
                    and not replayed_auth
                    and auth is not None
                    and await auth.invalidate(auth_headers)
                ):
                    replayed_auth = True
                    self._emit(report, 0.0)
                    continue
                error = SoracomApiError.from_response(
                    status,
                    response.content,
                    response.headers,
                    operation_id=spec.operation_id,
                    attempts=attempt,
                )
                if report is not None:
                    report.fail(error)
                raise error
        finally:
            auth_headers.clear()

    @staticmethod
    def _accepted(auth: AuthProvider | None, auth_headers: Mapping[str, str]) -> None:
        """Tell the session its token worked (a fresh token refused at once is not renewed)."""
        if auth is not None and auth_headers:
            auth.accepted(auth_headers)

    def _success(
        self,
        spec: OperationSpec,
        response: RawResponse | Held,
        parse: Callable[[Any], R],
        attempt: int,
        report: _Report | None,
    ) -> ApiResponse[R]:
        if isinstance(response, Held):
            self._emit(report, None)
            held = response.response
            return ApiResponse(
                cast("R", response), held.status_code, held.headers, spec.operation_id, attempt
            )
        parsed = self._parsed(spec, response, parse, report)
        return ApiResponse(
            parsed, response.status_code, response.headers, spec.operation_id, attempt
        )

    def _parsed(
        self,
        spec: OperationSpec,
        response: RawResponse,
        parse: Callable[[Any], R],
        report: _Report | None,
    ) -> R:
        """The parsed 2xx answer (the attempt reported), or a `MalformedResponseError`."""
        try:
            parsed = parse(response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            failure: Exception = exc
        else:
            self._emit(report, None)
            return parsed
        # Raised here, not in the handler: the parser's exception is not chained.
        error = MalformedResponseError.from_parse_error(
            response.status_code, failure, operation_id=spec.operation_id
        )
        del failure
        if report is not None:
            report.fail(error)
        raise error

    # -- redirects -------------------------------------------------------------------------

    def _refuse(
        self, spec: OperationSpec, response: RawResponse | StreamedResponse, why: str
    ) -> UnexpectedRedirectError:
        return UnexpectedRedirectError(
            response.status_code,
            message=why,
            operation_id=spec.operation_id,
            headers=response.headers,
        )

    async def _follow(
        self,
        spec: OperationSpec,
        request: _Request,
        response: RawResponse,
        report: _Report | None,
        streaming: bool,
    ) -> RawResponse | Held:
        """Follow a documented redirect (getFile's 302 to the storage) with nothing of the
        client's but its User-Agent: no credentials, no default or custom headers."""
        current = request.url
        answer: RawResponse | Held = response
        for _ in range(MAX_REDIRECTS):
            assert isinstance(answer, RawResponse)
            location = answer.headers.get("location")
            if not location:
                raise self._refuse(spec, answer, "redirect without a Location")
            target = urljoin(current, location)
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise self._refuse(spec, answer, "refused: the redirect is not to an http(s) URL")
            if urlsplit(current).scheme == "https" and parts.scheme != "https":
                raise self._refuse(spec, answer, "refused: a redirect from https to plain http")
            method = request.method if request.method in ("GET", "HEAD") else "GET"
            answer = await self._hop(spec, method, target, request.timeout, report, streaming)
            if isinstance(answer, Held) or not 300 <= answer.status_code < 400:
                return answer
            current = target
        assert isinstance(answer, RawResponse)
        raise self._refuse(spec, answer, f"more than {MAX_REDIRECTS} redirects")

    async def _hop(
        self,
        spec: OperationSpec,
        method: str,
        url: str,
        timeouts: Timeouts,
        report: _Report | None,
        streaming: bool,
    ) -> RawResponse | Held:
        timeout = timeouts
        backend, limiter = self._open_for(spec)
        await self._take_slot(limiter, spec)
        headers = dict(self._user_agent)
        try:
            if not streaming:
                return await backend.send(
                    method,
                    url,
                    [],
                    headers,
                    None,
                    timeout,
                    spec.operation_id,
                    self._max_response_bytes,
                )
            return await self._held(
                await backend.open(method, url, [], headers, None, timeout, spec.operation_id),
                limiter,
            )
        except BaseException as exc:
            if report is not None:
                report.fail(exc)
            raise
        finally:
            if not streaming:
                limiter.release()

    async def _held(self, stream: StreamedResponse, limiter: Slots) -> RawResponse | Held:
        """A streamed answer: a 2xx is handed over holding its slot; anything else is read
        (the error body, bounded) and its connection released."""
        status = stream.status_code
        if 200 <= status < 300:
            held = Held(stream, limiter.release)
            return held
        try:
            content = await stream.read(ERROR_BODY_MAX)
        except ResponseTooLargeError:
            content = b""
        finally:
            await stream.aclose()
            limiter.release()
        return RawResponse(status, stream.headers, content)

    # -- one attempt on the wire -----------------------------------------------------------

    def _open_for(self, spec: OperationSpec) -> tuple[HttpBackend, Slots]:
        if self._closing and not _EXEMPT.get():
            raise ClientClosedError(f"{spec.operation_id}: {_CLOSED}; the call was not sent")
        return self._open()

    async def _take_slot(self, limiter: Slots, spec: OperationSpec) -> None:
        if limiter.try_acquire():
            return  # a free slot: no waiting, so no pool_timeout scope either
        if self._pool_timeout is None:
            await limiter.acquire()
            return
        try:
            with anyio.fail_after(self._pool_timeout):
                await limiter.acquire()
        except TimeoutError:
            error = PoolTimeoutError(
                f"no connection free within pool_timeout={self._pool_timeout}s",
                operation_id=spec.operation_id,
                request_sent=False,
            )
        else:
            return
        raise error

    async def _authorize(
        self,
        spec: OperationSpec,
        given_auth: Mapping[str, str] | None,
        auth_headers: dict[str, str],
        headers: dict[str, str],
    ) -> None:
        """Auth headers for this attempt, once the rate-limit budget admitted it (so a token
        is never picked up, then left to expire while the request waits for its window)."""
        current: Mapping[str, str] | None
        if given_auth is not None:
            current = given_auth
        else:
            try:
                current = await self._session_headers()
            except SoracomConnectionError as exc:
                raise _token_unavailable(spec, exc) from None
        if current is None:
            raise ClientClosedError(f"{spec.operation_id}: {_CLOSED}; the call was not sent")
        self._take_token(current, auth_headers, headers)

    def _take_token(
        self, current: Mapping[str, str], auth_headers: dict[str, str], headers: dict[str, str]
    ) -> None:
        """The attempt's auth headers are `current` (checked once per token)."""
        self._check_token(current)
        auth_headers.clear()
        auth_headers.update(current)
        headers.update(current)

    def _check_token(self, current: Mapping[str, str]) -> None:
        """`check_headers` for auth headers, once per distinct token (a hash is kept, never
        the token: it is checked again whenever it changes)."""
        mark = hash(tuple(current.items()))
        if mark != self._checked_token:
            check_headers(current, "the token")
            self._checked_token = mark

    async def _session_headers(self) -> Mapping[str, str] | None:
        """The session's auth headers; None when the client closed meanwhile."""
        auth = self.auth
        assert auth is not None
        try:
            return await auth.headers()
        except RuntimeError:
            if not self._closing:
                raise
            return None

    async def _send_once(
        self,
        spec: OperationSpec,
        key: str,
        request: _Request,
        attempt: int,
        report: _Report | None,
        auth_headers: dict[str, str] | None,
        streaming: bool,
    ) -> RawResponse | Held:
        """One HTTP attempt: rate-limit budget, auth headers, a connection slot, send, read,
        release. (Auth comes before the slot: a token refresh needs a connection itself.)"""
        backend, limiter = self._open_for(spec)
        scheduler = self.rate_limiter
        queued_from = time.monotonic()
        started = queued_from
        status: int | None = None
        error: BaseException | None = None
        headers = request.headers.copy()
        ticket = await self._admission(spec, key)
        admitted = time.monotonic()
        answered = False
        may_have_reached = False
        try:
            if auth_headers is not None:
                await self._authorize(spec, request.given_auth, auth_headers, headers)
            if self._closing and not _EXEMPT.get():
                raise ClientClosedError(f"{spec.operation_id}: {_CLOSED}; the call was not sent")
            await self._take_slot_current(limiter, spec, request.given_auth, auth_headers, headers)
            started = time.monotonic()
            may_have_reached = True
            try:
                response = await self._transmit(backend, limiter, spec, request, headers, streaming)
            except SoracomConnectionError as exc:
                may_have_reached = exc.request_sent
                exc.method = spec.method
                raise
            received = time.monotonic()
            if isinstance(response, Held):
                status = response.response.status_code
                answer_headers = response.response.headers
            else:
                status = response.status_code
                answer_headers = response.headers
            answered = True
            scheduler.observe(key, ticket, status, answer_headers, started, received)
            return response
        except BaseException as exc:
            if error is None:
                error = exc
            raise
        finally:
            headers.clear()
            if not answered:
                scheduler.release(key, ticket, sent=may_have_reached)
            self._record(report, spec, attempt, status, queued_from, admitted, started, error)

    @staticmethod
    def _record(
        report: _Report | None,
        spec: OperationSpec,
        attempt: int,
        status: int | None,
        queued_from: float,
        admitted: float,
        started: float,
        error: BaseException | None,
    ) -> None:
        """An attempt is over: its DEBUG line, and its `AttemptInfo` for the listeners."""
        elapsed = time.monotonic() - started
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s attempt=%d status=%s queued=%.3fs elapsed=%.3fs%s",
                spec.operation_id,
                spec.method,
                attempt,
                status,
                started - queued_from,
                elapsed,
                f" error={type(error).__name__}" if error else "",
            )
        if report is not None:
            report.pending = AttemptInfo(
                spec.operation_id,
                spec.group,
                attempt,
                status,
                elapsed,
                error,
                started - queued_from,
                paced=admitted - queued_from,
            )

    async def _take_slot_current(
        self,
        limiter: Slots,
        spec: OperationSpec,
        given_auth: Mapping[str, str] | None,
        auth_headers: dict[str, str] | None,
        headers: dict[str, str],
    ) -> None:
        """A connection slot, holding the token that is current once we have it."""
        await self._take_slot(limiter, spec)
        if given_auth is not None:
            return
        while auth_headers is not None and self.auth is not None:
            if self.auth.is_current(headers):
                return
            # The token changed while we queued (a 401 elsewhere, a refresh): take the new one,
            # without holding our slot, since a refresh needs a connection itself.
            limiter.release()
            await self._authorize(spec, given_auth, auth_headers, headers)
            await self._take_slot(limiter, spec)

    async def _admission(self, spec: OperationSpec, key: str) -> int:
        """The rate-limit scheduler's ticket; a call parked there fails at once on close (the
        cancel scope costs a few microseconds, so it is only made for a call that must wait)."""
        ticket = self.rate_limiter.try_acquire(key)
        if ticket is not None:
            return ticket
        return await self._park(spec, key)

    async def _park(self, spec: OperationSpec, key: str) -> int:
        """Wait in the rate-limit scheduler, in a scope `start_closing` cancels."""
        scope = anyio.CancelScope()
        parked = self._parked
        parked.add(scope)
        try:
            with scope:
                return await self.rate_limiter.acquire(key)
        finally:
            parked.discard(scope)
        raise ClientClosedError(f"{spec.operation_id}: {_CLOSED}; the call was not sent")

    async def _transmit(
        self,
        backend: HttpBackend,
        limiter: Slots,
        spec: OperationSpec,
        request: _Request,
        headers: dict[str, str],
        streaming: bool,
    ) -> RawResponse | Held:
        """Send on the slot just taken; it is released here unless a 2xx stream holds it."""
        handed_over = False
        try:
            # A call cancelled while it was let through (scheduler, token, slot: none of them
            # wait when they need not) is not sent: the cancellation arrives here, first.
            await anyio.lowlevel.checkpoint()
            if streaming:
                stream = await backend.open(
                    request.method,
                    request.url,
                    request.query,
                    headers,
                    request.attempt_body(),
                    request.timeout,
                    spec.operation_id,
                )
                handed_over = True  # _held releases the slot, or hands it to the download
                return await self._held(stream, limiter)
            return await backend.send(
                request.method,
                request.url,
                request.query,
                headers,
                request.attempt_body(),
                request.timeout,
                spec.operation_id,
                self._max_response_bytes,
            )
        except SoracomConnectionError:
            body_error = self._body_error(request)
            if body_error is not None:
                raise body_error from None
            raise
        finally:
            headers.clear()  # the token leaves this frame (and the transport's)
            if not handed_over:
                limiter.release()

    @staticmethod
    def _body_error(request: _Request) -> TypeError | None:
        """A bad chunk of the caller's body, which the transport reported as a lost
        connection."""
        source = request.source
        return None if source is None else source.error


def _token_unavailable(
    spec: OperationSpec, error: SoracomConnectionError
) -> SoracomConnectionError:
    """The call's own error when its token request failed without an answer. The call itself was
    not sent, whatever happened to `/auth`'s request: a POST must not read "outcome unknown"."""
    kind = SoracomTimeoutError if isinstance(error, SoracomTimeoutError) else SoracomConnectionError
    return kind(
        f"not sent: no token could be obtained ({error.operation_id or 'auth'} got no answer: "
        f"{type(error).__name__})",
        operation_id=spec.operation_id,
        request_sent=False,
    )


def _as_held(response: Any) -> Held:
    return cast("Held", response)
