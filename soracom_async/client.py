"""SoracomClient: configuration, lifecycle, and the API groups as attributes.

    async with SoracomClient(credentials=AuthKeyCredentials(...), coverage="g") as client:
        sim = await client.sim.get_sim(sim_id="8942...")

Each group (`client.sim`, `client.group`, ... one per tag of the API) is created on first use;
every operation in it is sent through the client's single pipeline (pipeline.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, Literal

import httpx

from ._generated.namespaces import TagNamespaces
from .auth import (
    DEFAULT_TOKEN_TIMEOUT,
    AuthSession,
    Credentials,
    validate_token_timeout,
)
from .endpoints import coverage_base_url, normalize_base_url
from .errors import ConfigurationError
from .pipeline import AttemptHook, Pipeline
from .ratelimit import RateLimitScheduler
from .retry import RetryPolicy
from .transport import TransportKind

__version__ = "0.1.0"

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s to read or write, 10 s to connect. Waiting for a free connection is not a timeout:
calls queue on the client's concurrency limit instead."""
DEFAULT_MAX_CONNECTIONS = 100


class SoracomClient(TagNamespaces):
    """An async client for the Soracom API. Use it as an async context manager.

    Args:
        credentials: how to authenticate; see auth.py.
        base_url: the API root, e.g. "https://g.api.soracom.io/v1" (a URL without a path gets
            "/v1"). Wins over `coverage` and `sandbox`.
        coverage: "jp" (default) or "g", selecting the API endpoint.
        sandbox: use the API sandbox endpoints.
        lang: "en" or "ja": the language of error messages (`X-Soracom-Lang`).
        token_timeout: requested token TTL in seconds (180..172800).
        timeout: per-request timeout (seconds or an httpx.Timeout).
        max_connections: pooled connections, which is also the number of requests in flight;
            further calls wait for a free one.
        retry: the retry policy (retry.py).
        transport: an httpx transport to send through (e.g. for tests); by default aiohttp
            on asyncio, httpx's own on trio (`http_transport` chooses explicitly).
        headers: extra headers sent with every request.
        on_attempt: called after every HTTP attempt with an `AttemptInfo` (for metrics).
    """

    def __init__(
        self,
        *,
        credentials: Credentials | None = None,
        base_url: str | None = None,
        coverage: Literal["jp", "g"] | None = None,
        sandbox: bool = False,
        lang: Literal["en", "ja"] | None = None,
        token_timeout: int = DEFAULT_TOKEN_TIMEOUT,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_transport: TransportKind = "auto",
        headers: Mapping[str, str] | None = None,
        on_attempt: AttemptHook | None = None,
    ) -> None:
        validate_token_timeout(token_timeout)
        if max_connections < 1:
            raise ConfigurationError(f"max_connections must be >= 1, got {max_connections}")
        if lang not in (None, "en", "ja"):
            raise ConfigurationError(f'lang must be "en" or "ja", got {lang!r}')
        if base_url is not None:
            url = normalize_base_url(base_url)
        else:
            url = coverage_base_url(coverage or "jp", sandbox=sandbox)
        default_headers = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": f"soracom-async/{__version__}",
        }
        if lang is not None:
            default_headers["X-Soracom-Lang"] = lang
        default_headers.update(headers or {})
        self._credentials = credentials
        self._pipeline = Pipeline(
            base_url=url,
            headers=default_headers,
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            retry=retry or RetryPolicy(),
            max_connections=max_connections,
            transport=transport,
            transport_kind=http_transport,
            auth=None,
            rate_limiter=RateLimitScheduler(),
            on_attempt=on_attempt,
        )
        self._session: AuthSession | None = None
        if credentials is not None:
            self._session = AuthSession(
                credentials, self._authenticate, token_timeout=token_timeout
            )
            self._pipeline.auth = self._session

    async def _authenticate(self, body: dict[str, Any]) -> tuple[str, str, str | None]:
        result = await self.auth.auth(body=body)
        api_key, token = result.api_key, result.token
        if not isinstance(api_key, str) or not isinstance(token, str):
            raise ConfigurationError("the /auth response carried no API key or token")
        operator_id = result.operator_id if isinstance(result.operator_id, str) else None
        return api_key, token, operator_id

    @property
    def base_url(self) -> str:
        """The API root in use, e.g. "https://api.soracom.io/v1"."""
        return self._pipeline.base_url

    @property
    def coverage_types(self) -> tuple[str, ...] | None:
        """Coverage types of the operator, from the token (None before the first auth)."""
        return self._session.coverage_types if self._session else None

    async def aclose(self) -> None:
        """Close pooled connections. The client cannot be used afterwards."""
        await self._pipeline.aclose()

    async def __aenter__(self) -> SoracomClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        kind = type(self._credentials).__name__ if self._credentials else "no credentials"
        return f"<SoracomClient {self.base_url} {kind}>"
