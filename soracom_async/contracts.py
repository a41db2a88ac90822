"""The request contracts every layer shares: what an operation is, per-call options, a result.

The pipeline, the operations and pagination all speak these types, and this module imports
nothing of ours at run time, so the dependencies between them flow one way (the retry policy
is named for type checking only).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

if TYPE_CHECKING:
    import httpx

    from .retry import RetryPolicy

R = TypeVar("R")


@attrs.frozen
class OperationSpec:
    """What the pipeline needs to know about an operation besides its request."""

    operation_id: str
    method: str
    path: str
    group: str
    """The rate-limit group: the operation's tag."""
    auth: bool = True
    redirect: bool = False
    """The document declares a 3xx answer (Harvest Files' getFile): the pipeline follows it,
    without credentials; any other 3xx is an `UnexpectedRedirectError`."""
    paginated: bool = False
    """Pages follow `x-soracom-next-key` (the document's `x-soracom-cli-pagination`)."""


@attrs.frozen(cache_hash=True)
class Timeouts:
    """The timeouts of one request, in seconds (None: no limit): `connect`, `read` (each wait
    for the answer's bytes), `write` (each write of the body) and `pool`.

    Ours rather than `httpx.Timeout`, which callers may still pass (`Timeouts.of`): the aiohttp
    path, the default on asyncio, then never imports httpx, which is a large share of a
    process's start-up. Frozen and hashable, its hash cached: a backend looks up what it
    derives from one on every call.
    """

    connect: float | None
    read: float | None
    write: float | None
    pool: float | None

    @classmethod
    def of(
        cls, value: float | Timeouts | httpx.Timeout | None, *, name: str = "timeout"
    ) -> Timeouts:
        """Timeouts from what a caller passes: seconds for every phase, an `httpx.Timeout`, or
        None (no limit). A number that is not > 0 is a `ConfigurationError`, anything else a
        TypeError, each naming the argument."""
        if isinstance(value, Timeouts):
            return value
        if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
            if value is not None and not value > 0:  # also NaN
                from .errors import ConfigurationError

                raise ConfigurationError(f"{name} must be > 0 seconds or None, got {value!r}")
            seconds = None if value is None else float(value)
            return cls(seconds, seconds, seconds, seconds)
        httpx = sys.modules.get("httpx")  # a caller holding an httpx.Timeout imported httpx
        if httpx is not None and isinstance(value, httpx.Timeout):
            return cls(value.connect, value.read, value.write, value.pool)
        raise TypeError(
            f"{name} must be seconds (a number), an httpx.Timeout or None, "
            f"got {type(value).__name__}"
        )

    def as_dict(self) -> dict[str, float | None]:
        """The shape httpx's transports read from a request's `timeout` extension."""
        return {"connect": self.connect, "read": self.read, "write": self.write, "pool": self.pool}


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-call overrides of the client's settings (see `Operation.with_options`)."""

    timeout: float | None = None
    retry: RetryPolicy | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    auth_headers: Mapping[str, str] | None = attrs.field(default=None, repr=False)
    """Auth headers to send instead of the client session's (the session's own requests made
    with another token, e.g. switching users with the source token): the session is not asked
    for a token and a 401 is final. Kept out of reprs: they are secrets."""

    @classmethod
    def merge(
        cls,
        base: RequestOptions | None,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        auth_headers: Mapping[str, str] | None = None,
    ) -> RequestOptions:
        """`base` with the settings given here laid over it (None: keep `base`'s)."""
        if base is None:
            return cls(
                timeout=timeout, retry=retry, headers=dict(headers or {}), auth_headers=auth_headers
            )
        return cls(
            timeout=base.timeout if timeout is None else timeout,
            retry=base.retry if retry is None else retry,
            headers={**base.headers, **(headers or {})},
            auth_headers=base.auth_headers if auth_headers is None else auth_headers,
        )


@attrs.frozen
class ApiResponse(Generic[R]):
    """A successful response: the parsed body plus what a caller may want to inspect."""

    parsed: R
    status_code: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    """Case-insensitive response headers."""
    operation_id: str
    attempts: int = 1
    """How many HTTP attempts the call took (1 when nothing was retried)."""
