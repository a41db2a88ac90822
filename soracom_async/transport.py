"""The HTTP transport under the pipeline, and how its failures map to our errors.

httpx is the API (requests, responses, pluggable transports); on asyncio the bytes go through
aiohttp (`httpx-aiohttp`), whose connection pool costs a fraction of httpx's own per call. On
trio, or when asked, httpx's native transport is used. aiohttp is imported only when the first
client opens a connection on asyncio, so `import soracom_async` stays light.

Neither transport retries anything: the pipeline's retry policy is the only retry layer
(httpx's transport runs with retries=0; aiohttp's hidden replay of idempotent requests on a
failed pooled connection is switched off, see `_aiohttp_transport`).
"""

from __future__ import annotations

from typing import Any, Literal

import httpx
import sniffio

from .errors import SoracomConnectionError, SoracomTimeoutError

TransportKind = Literal["auto", "aiohttp", "httpx"]


def create_transport(kind: TransportKind, *, max_connections: int) -> httpx.AsyncBaseTransport:
    """The transport for the running event loop: aiohttp on asyncio, httpx's own elsewhere."""
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    if kind == "auto":
        kind = "aiohttp" if sniffio.current_async_library() == "asyncio" else "httpx"
    if kind == "aiohttp":
        return _aiohttp_transport(limits)
    # retries=0: the pipeline is the only retry layer.
    return httpx.AsyncHTTPTransport(limits=limits, retries=0, trust_env=False)


def _aiohttp_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    from httpx_aiohttp import AiohttpTransport

    class Transport(AiohttpTransport):
        def get_client(self) -> Any:
            session = super().get_client()
            # aiohttp replays an idempotent request once, silently, when a pooled connection
            # fails (ClientOSError / ServerDisconnectedError), whether or not the request
            # reached the server. Off: every attempt must go through the pipeline's retry
            # policy, so that it is paced, counted against the rate-limit budget, backed off,
            # charged to the retry budget and reported to the hook. A stale keep-alive
            # connection is rare (aiohttp drops connections the server closed before reuse);
            # when it happens, an idempotent request is retried by the policy like any other
            # dropped connection, and a POST reports an unknown outcome.
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            return session

    return Transport(limits=limits, trust_env=False)


def _nothing_sent(exc: BaseException) -> bool:
    """True when the failure happened before the request could reach the server."""
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
        cause = exc.__cause__
        # httpx-aiohttp reports *every* aiohttp connection error as ConnectTimeout, a
        # server that dropped a sent request included; only a connector error means unsent.
        if cause is not None and type(cause).__module__.startswith("aiohttp"):
            import aiohttp

            return isinstance(cause, (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError))
        return True
    return False


def map_transport_error(exc: httpx.TransportError, operation_id: str) -> SoracomConnectionError:
    """Our error for a transport failure, telling whether the request may have been sent."""
    sent = not _nothing_sent(exc)
    cause = exc.__cause__ if exc.__cause__ is not None else exc
    reason = f"{type(cause).__name__}: {cause}" if str(cause) else type(cause).__name__
    if cause is not exc and type(cause).__module__.startswith("aiohttp"):
        # httpx-aiohttp's exception classes say little (a refused connection comes as
        # ConnectTimeout): aiohttp's own timeouts are TimeoutErrors.
        timed_out = isinstance(cause, TimeoutError)
    else:
        timed_out = isinstance(exc, httpx.TimeoutException)
    if timed_out:
        return SoracomTimeoutError(
            f"timed out ({reason})", operation_id=operation_id, request_sent=sent
        )
    what = (
        "connection lost after the request was sent; outcome unknown"
        if sent
        else "could not connect"
    )
    return SoracomConnectionError(
        f"{what} ({reason})", operation_id=operation_id, request_sent=sent
    )
