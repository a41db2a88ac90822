"""The one request pipeline: every operation of every group goes through `Pipeline.send`.

build request (base URL, default headers, per-call options)
retry loop (tenacity, policy in retry.py):
    auth headers (auth.py: proactive, single-flight refresh)
    wait for the group's rate-limit budget (ratelimit.py)
    concurrency limit (one slot per pooled connection)
    transport exchange, body read, connection released (even when cancelled)
    2xx -> parse; 401 -> refresh the token and replay once; else typed error (errors.py)
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import anyio
import httpx

from .errors import AuthenticationError, MalformedResponseError, SoracomApiError
from .operation import ApiResponse, OperationSpec, RequestOptions
from .retry import RetryPolicy
from .transport import TransportKind, create_transport, map_transport_error

if TYPE_CHECKING:
    from .ratelimit import RateLimitScheduler

R = TypeVar("R")

logger = logging.getLogger("soracom_async")


class AuthProvider(Protocol):
    """What the pipeline needs from auth.py's session."""

    async def headers(self) -> Mapping[str, str]: ...

    async def invalidate(self, rejected: Mapping[str, str]) -> bool:
        """Forget `rejected` (sent and refused with 401); True if a retry may succeed."""
        ...


class AttemptHook(Protocol):
    def __call__(self, info: AttemptInfo) -> None: ...


class AttemptInfo:
    """One HTTP attempt, as reported to `SoracomClient(on_attempt=...)` (no secrets in it)."""

    __slots__ = ("attempt", "elapsed", "error", "group", "operation_id", "status_code")

    def __init__(
        self,
        operation_id: str,
        group: str,
        attempt: int,
        status_code: int | None,
        elapsed: float,
        error: BaseException | None,
    ) -> None:
        self.operation_id = operation_id
        self.group = group
        self.attempt = attempt
        self.status_code = status_code
        self.elapsed = elapsed
        self.error = error

    def __repr__(self) -> str:
        return (
            f"AttemptInfo({self.operation_id!r}, attempt={self.attempt}, "
            f"status={self.status_code}, elapsed={self.elapsed:.3f})"
        )


class Pipeline:
    """Sends requests for a client. Created and owned by `SoracomClient`."""

    def __init__(
        self,
        *,
        base_url: str,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
        retry: RetryPolicy,
        max_connections: int,
        transport: httpx.AsyncBaseTransport | None,
        transport_kind: TransportKind,
        auth: AuthProvider | None,
        rate_limiter: RateLimitScheduler,
        on_attempt: AttemptHook | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._headers = dict(headers)
        self._timeout = timeout
        self.retry = retry
        self._max_connections = max_connections
        self._transport = transport
        self._owns_transport = transport is None
        self._transport_kind = transport_kind
        self.auth = auth
        self.rate_limiter = rate_limiter
        self._on_attempt = on_attempt
        self._limiter: anyio.CapacityLimiter | None = None
        self._closed = False

    # -- lifecycle -------------------------------------------------------------------------

    def _open(self) -> tuple[httpx.AsyncBaseTransport, anyio.CapacityLimiter]:
        if self._closed:
            raise RuntimeError("the client is closed")
        if self._transport is None:
            self._transport = create_transport(
                self._transport_kind, max_connections=self._max_connections
            )
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(self._max_connections)
        return self._transport, self._limiter

    async def aclose(self) -> None:
        self._closed = True
        transport, self._transport = self._transport, None
        if transport is not None and self._owns_transport:
            with anyio.CancelScope(shield=True):
                await transport.aclose()

    # -- sending ---------------------------------------------------------------------------

    def _build_request(
        self, spec: OperationSpec, parts: dict[str, Any], options: RequestOptions | None
    ) -> httpx.Request:
        headers = self._headers.copy()
        if "headers" in parts:
            headers.update(parts["headers"])
        timeout = self._timeout
        if options is not None:
            headers.update(options.headers)
            if options.timeout is not None:
                timeout = httpx.Timeout(options.timeout)
        return httpx.Request(
            spec.method,
            self.base_url + parts["url"],
            params=parts.get("params"),
            headers=headers,
            json=parts.get("json"),
            content=parts.get("content"),
            extensions={"timeout": timeout.as_dict()},
        )

    async def send(
        self,
        spec: OperationSpec,
        parts: dict[str, Any],
        parse: Callable[[httpx.Response], R],
        options: RequestOptions | None = None,
    ) -> ApiResponse[R]:
        """Send one operation's request until it succeeds or the retry policy gives up."""
        request = self._build_request(spec, parts, options)
        policy = options.retry if options is not None and options.retry is not None else self.retry
        attempts = 0

        async def attempt() -> ApiResponse[R]:
            nonlocal attempts
            attempts += 1
            return await self._attempt(spec, request, parse, attempts)

        if policy.max_attempts == 1:
            return await attempt()
        # A streamed body can be sent once only.
        replayable = not isinstance(parts.get("content"), AsyncIterable)
        return await policy.retrying(spec.method, replayable=replayable)(attempt)

    async def _attempt(
        self,
        spec: OperationSpec,
        request: httpx.Request,
        parse: Callable[[httpx.Response], R],
        attempt: int,
    ) -> ApiResponse[R]:
        replayed_auth = False
        while True:
            auth_headers: Mapping[str, str] = {}
            if spec.auth:
                if self.auth is None:
                    raise AuthenticationError(
                        401,
                        message="no credentials: pass credentials= or set up a profile",
                        operation_id=spec.operation_id,
                    )
                auth_headers = await self.auth.headers()
                request.headers.update(auth_headers)
            await self.rate_limiter.acquire(spec.group)
            response = await self._exchange(spec, request, attempt)
            status = response.status_code
            self.rate_limiter.observe(spec.group, status, response.headers)
            if status < 400:
                return self._success(spec, response, parse, attempt)
            # A 401 on a token that expired or was revoked early: renew once and replay once.
            if (
                status == 401
                and spec.auth
                and not replayed_auth
                and self.auth is not None
                and await self.auth.invalidate(auth_headers)
            ):
                replayed_auth = True
                continue
            raise SoracomApiError.from_response(
                status,
                response.content,
                response.headers,
                operation_id=spec.operation_id,
                attempts=attempt,
            )

    def _success(
        self,
        spec: OperationSpec,
        response: httpx.Response,
        parse: Callable[[httpx.Response], R],
        attempt: int,
    ) -> ApiResponse[R]:
        try:
            parsed = parse(response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise MalformedResponseError(
                response.status_code, operation_id=spec.operation_id, reason=type(exc).__name__
            ) from exc
        return ApiResponse(
            parsed, response.status_code, response.headers, spec.operation_id, attempt
        )

    async def _exchange(
        self, spec: OperationSpec, request: httpx.Request, attempt: int
    ) -> httpx.Response:
        transport, limiter = self._open()
        started = time.monotonic()
        status: int | None = None
        error: BaseException | None = None
        try:
            async with limiter:
                try:
                    response = await transport.handle_async_request(request)
                    try:
                        await response.aread()
                    finally:
                        with anyio.CancelScope(shield=True):
                            await response.aclose()
                except httpx.TransportError as exc:
                    error = map_transport_error(exc, spec.operation_id)
                    raise error from exc
            status = response.status_code
            return response
        finally:
            elapsed = time.monotonic() - started
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug(
                    "%s %s attempt=%d status=%s elapsed=%.3fs%s",
                    spec.operation_id,
                    spec.method,
                    attempt,
                    status,
                    elapsed,
                    f" error={type(error).__name__}" if error else "",
                )
            if self._on_attempt is not None:
                self._on_attempt(
                    AttemptInfo(spec.operation_id, spec.group, attempt, status, elapsed, error)
                )
