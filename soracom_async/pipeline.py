"""The one request pipeline: every operation of every group goes through `Pipeline.send`.

build request (base URL, default headers, per-call options)
retry loop (policy in retry.py; tenacity only once the first attempt failed):
    auth headers (auth.py: proactive, single-flight refresh)
    wait for the group's rate-limit budget (ratelimit.py: paced into the server's window)
    concurrency limit (one slot per pooled connection; queueing here is not a timeout)
    transport exchange, body read, connection released (even when cancelled)
    2xx -> parse; 401 -> refresh the token and replay once; else typed error (errors.py)
    each attempt -> `on_attempt` hook (metrics) and DEBUG log under "soracom_async"
Retries are paid from the client's retry budget (retry.py `RetryBudget`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import anyio
import httpx

from .errors import (
    AuthenticationError,
    MalformedResponseError,
    PoolTimeoutError,
    SoracomApiError,
    SoracomConnectionError,
)
from .operation import ApiResponse, OperationSpec, RequestOptions, parse_failure
from .ratelimit import group_key
from .retry import RetryBudget, RetryPolicy
from .transport import Body, Exchange, QueryItems, RawResponse, TransportKind, create_exchange

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
    def __call__(self, info: AttemptInfo, /) -> None: ...


class AttemptInfo:
    """One HTTP attempt, as reported to `SoracomClient(on_attempt=...)` (no secrets in it).

    `queued` is the time the attempt waited before it was sent (for the rate-limit budget and a
    free connection); `elapsed` the exchange itself; `wait` the seconds the pipeline sleeps
    before the next attempt of the same call (0.0 for an immediate replay after a token
    refresh, None when there is no next attempt: success, or the error is raised).
    """

    __slots__ = (
        "attempt",
        "elapsed",
        "error",
        "group",
        "operation_id",
        "queued",
        "status_code",
        "wait",
    )

    def __init__(
        self,
        operation_id: str,
        group: str,
        attempt: int,
        status_code: int | None,
        elapsed: float,
        error: BaseException | None,
        queued: float = 0.0,
        wait: float | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.group = group
        self.attempt = attempt
        self.status_code = status_code
        self.elapsed = elapsed
        self.error = error
        self.queued = queued
        self.wait = wait

    def __repr__(self) -> str:
        wait = "" if self.wait is None else f", wait={self.wait:.3f}"
        error = "" if self.error is None else f", error={type(self.error).__name__}"
        return (
            f"AttemptInfo({self.operation_id!r}, attempt={self.attempt}, "
            f"status={self.status_code}, queued={self.queued:.3f}, "
            f"elapsed={self.elapsed:.3f}{wait}{error})"
        )


class _Request:
    """One call's request, reused by each attempt (auth headers are refreshed per attempt)."""

    __slots__ = ("body", "headers", "method", "query", "timeout", "url")

    def __init__(
        self,
        method: str,
        url: str,
        query: QueryItems,
        headers: dict[str, str],
        body: Body,
        timeout: httpx.Timeout,
    ) -> None:
        self.method = method
        self.url = url
        self.query = query
        self.headers = headers
        self.body = body
        self.timeout = timeout


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
    """The attempt of a call not yet reported to the hook (it waits for the retry decision)."""

    __slots__ = ("pending",)

    def __init__(self) -> None:
        self.pending: AttemptInfo | None = None


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
        pool_timeout: float | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._headers = dict(headers)
        self._timeout = timeout
        self.retry = retry
        self.retry_budget = RetryBudget(retry.retry_budget)
        self._max_connections = max_connections
        self._pool_timeout = pool_timeout
        self._transport = transport
        self._transport_kind = transport_kind
        self._exchanger: Exchange | None = None
        self.auth = auth
        self.rate_limiter = rate_limiter
        self._on_attempt = on_attempt
        self._limiter: anyio.CapacityLimiter | None = None
        self._closed = False

    # -- lifecycle -------------------------------------------------------------------------

    def _open(self) -> tuple[Exchange, anyio.CapacityLimiter]:
        if self._closed:
            raise RuntimeError("the client is closed")
        if self._exchanger is None:
            self._exchanger = create_exchange(
                self._transport_kind,
                max_connections=self._max_connections,
                transport=self._transport,
            )
        if self._limiter is None:
            # One slot per pooled connection: the pool itself never makes anyone wait.
            self._limiter = anyio.CapacityLimiter(self._max_connections)
        return self._exchanger, self._limiter

    @property
    def exchange(self) -> Exchange | None:
        """How requests are sent (aiohttp or an httpx transport), once the first one was."""
        return self._exchanger

    @property
    def in_flight(self) -> int:
        """Requests holding a connection slot right now."""
        return 0 if self._limiter is None else int(self._limiter.borrowed_tokens)

    async def aclose(self) -> None:
        self._closed = True
        exchanger, self._exchanger = self._exchanger, None
        if exchanger is not None:
            await exchanger.aclose()

    # -- sending ---------------------------------------------------------------------------

    def _build_request(
        self, spec: OperationSpec, parts: dict[str, Any], options: RequestOptions | None
    ) -> _Request:
        headers = self._headers.copy()
        if "headers" in parts:
            headers.update(parts["headers"])
        timeout = self._timeout
        if options is not None:
            headers.update(options.headers)
            if options.timeout is not None:
                timeout = httpx.Timeout(options.timeout)
        body: Body = parts.get("content")
        if "json" in parts:
            body = json.dumps(
                parts["json"], ensure_ascii=False, separators=(",", ":"), allow_nan=False
            ).encode()
        return _Request(
            spec.method,
            self.base_url + parts["url"],
            _query_items(parts.get("params")),
            headers,
            body,
            timeout,
        )

    async def send(
        self,
        spec: OperationSpec,
        parts: dict[str, Any],
        parse: Callable[[RawResponse], R],
        options: RequestOptions | None = None,
    ) -> ApiResponse[R]:
        """Send one operation's request until it succeeds or the retry policy gives up."""
        request = self._build_request(spec, parts, options)
        policy = options.retry if options is not None and options.retry is not None else self.retry
        key = group_key(spec.group, spec.operation_id)
        report = _Report() if self._on_attempt is not None else None
        # The first attempt runs without tenacity: most calls need nothing more.
        try:
            result = await self._attempt(spec, key, request, parse, 1, report)
        except Exception as exc:
            if (
                policy.max_attempts == 1
                # A streamed body can be sent once only.
                or isinstance(parts.get("content"), AsyncIterable)
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
        return await self._retry(spec, key, request, parse, policy, first_error, report)

    async def _retry(
        self,
        spec: OperationSpec,
        key: str,
        request: _Request,
        parse: Callable[[RawResponse], R],
        policy: RetryPolicy,
        first_error: Exception,
        report: _Report | None,
    ) -> ApiResponse[R]:
        """Attempts 2.. under tenacity; its first "attempt" re-raises the first one's error."""
        pending: list[Exception] = [first_error]
        attempts = 1
        spent = 0

        async def attempt() -> ApiResponse[R]:
            nonlocal attempts
            if pending:
                raise pending.pop()
            attempts += 1
            return await self._attempt(spec, key, request, parse, attempts, report)

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

        retrying = policy.retrying(
            spec.method,
            spend=spend,
            refresh_in=lambda: self.rate_limiter.retry_hint(key),
            before_sleep=before_sleep,
        )
        try:
            result: ApiResponse[R] = await retrying(attempt)
        except BaseException:
            self._emit(report, None)
            raise
        self.retry_budget.earn(spent or 1)
        return result

    def _emit(self, report: _Report | None, wait: float | None) -> None:
        if report is None or report.pending is None or self._on_attempt is None:
            return
        info, report.pending = report.pending, None
        info.wait = wait
        try:
            self._on_attempt(info)
        except Exception:
            logger.exception("the on_attempt hook raised (ignored)")

    async def _attempt(
        self,
        spec: OperationSpec,
        key: str,
        request: _Request,
        parse: Callable[[RawResponse], R],
        attempt: int,
        report: _Report | None,
    ) -> ApiResponse[R]:
        replayed_auth = False
        auth = self.auth
        if spec.auth and auth is None:
            raise AuthenticationError(
                401,
                message="no credentials: pass credentials= or set up a profile",
                operation_id=spec.operation_id,
            )
        auth_headers: dict[str, str] = {}

        async def authorize() -> None:
            # Called once the rate-limit budget admits the request, so a token is never
            # picked up, then left to expire while the request waits for the next window.
            assert auth is not None
            auth_headers.clear()
            auth_headers.update(await auth.headers())
            request.headers.update(auth_headers)

        while True:
            response = await self._exchange(
                spec, key, request, attempt, report, authorize if spec.auth else None
            )
            status = response.status_code
            if status < 400:
                result = self._success(spec, response, parse, attempt, report)
                self._emit(report, None)
                return result
            # A 401 on a token that expired or was revoked early: renew once and replay once.
            if (
                status == 401
                and spec.auth
                and not replayed_auth
                and self.auth is not None
                and await self.auth.invalidate(auth_headers)
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
            if report is not None and report.pending is not None:
                report.pending.error = error
            raise error

    def _success(
        self,
        spec: OperationSpec,
        response: RawResponse,
        parse: Callable[[RawResponse], R],
        attempt: int,
        report: _Report | None,
    ) -> ApiResponse[R]:
        try:
            parsed = parse(response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            error = MalformedResponseError(
                response.status_code, operation_id=spec.operation_id, reason=parse_failure(exc)
            )
            if report is not None and report.pending is not None:
                report.pending.error = error
            raise error from exc
        return ApiResponse(
            parsed, response.status_code, response.headers, spec.operation_id, attempt
        )

    async def _take_slot(self, limiter: anyio.CapacityLimiter, spec: OperationSpec) -> None:
        if self._pool_timeout is None:
            await limiter.acquire()
            return
        try:
            with anyio.fail_after(self._pool_timeout):
                await limiter.acquire()
        except TimeoutError:
            raise PoolTimeoutError(
                f"no connection free within pool_timeout={self._pool_timeout}s",
                operation_id=spec.operation_id,
                request_sent=False,
            ) from None

    async def _exchange(
        self,
        spec: OperationSpec,
        key: str,
        request: _Request,
        attempt: int,
        report: _Report | None,
        authorize: Callable[[], Awaitable[None]] | None = None,
    ) -> RawResponse:
        """One HTTP exchange: rate-limit budget, auth headers, a connection slot, send, read,
        release. (Auth comes before the slot: a token refresh needs a connection itself.)"""
        exchanger, limiter = self._open()
        scheduler = self.rate_limiter
        queued_from = time.monotonic()
        started = queued_from
        status: int | None = None
        error: BaseException | None = None
        ticket = await scheduler.acquire(key)
        answered = False
        may_have_reached = False
        try:
            if authorize is not None:
                await authorize()
            await self._take_slot(limiter, spec)
            try:
                started = time.monotonic()
                may_have_reached = True
                try:
                    response = await exchanger.send(
                        request.method,
                        request.url,
                        request.query,
                        request.headers,
                        request.body,
                        request.timeout,
                        spec.operation_id,
                    )
                except SoracomConnectionError as exc:
                    may_have_reached = exc.request_sent
                    error = exc
                    raise
            finally:
                limiter.release()
            received = time.monotonic()
            status = response.status_code
            answered = True
            scheduler.observe(key, ticket, status, response.headers, started, received)
            return response
        except BaseException as exc:
            if error is None:
                error = exc
            raise
        finally:
            if not answered:
                scheduler.release(key, ticket, sent=may_have_reached)
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
                )
