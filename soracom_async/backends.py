"""Which HTTP backend sends a client's requests, and preparing it before the first call.

aiohttp's (transport.py) on asyncio, httpx's own pool elsewhere or when asked for, or the
httpx transport a caller passes (httpx_backend.py). The choice is made here, apart from both,
so that a backend's module is imported only when it is the one chosen: an asyncio program
never imports httpx, a large share of its start-up.
"""

from __future__ import annotations

import contextlib
import importlib
import ssl
import sys
from typing import TYPE_CHECKING

import anyio
import sniffio

from .transport import AiohttpBackend, BackendKind, HttpBackend

if TYPE_CHECKING:
    import httpx


def create_backend(
    kind: BackendKind,
    *,
    max_connections: int,
    transport: httpx.AsyncBaseTransport | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> HttpBackend:
    """The backend for the running event loop: aiohttp on asyncio, httpx's own elsewhere."""
    if transport is None and kind == "auto":
        kind = "aiohttp" if sniffio.current_async_library() == "asyncio" else "httpx"
    if transport is None and kind == "aiohttp":
        return AiohttpBackend(max_connections, ssl_context=ssl_context)
    from .httpx_backend import HttpxBackend

    if transport is not None:
        return HttpxBackend(transport, owned=False)
    return HttpxBackend.pooled(max_connections, ssl_context=ssl_context)


def preload(
    kind: BackendKind,
    *,
    transport: httpx.AsyncBaseTransport | None,
    ssl_context: ssl.SSLContext | None,
    anyio_backend: bool = True,
) -> ssl.SSLContext | None:
    """Import what the first call's backend will need, so that no call blocks the event loop
    doing it: called by `SoracomClient()`. For aiohttp: aiohttp and yarl, and with them
    aiohttp's default TLS context (which loads the system's certificates). For httpx's own
    pool: httpx, and its TLS context unless one was given (loading the certificates takes
    tens of milliseconds). Nothing for a given transport. Returns the TLS context the backend
    is to be created with.

    anyio's primitives and asyncio backend (about 20 ms of imports) are skipped only where the
    first call runs on the asyncio fast path (aiohttp, no transport) and `anyio_backend` is
    False: the client says whether its first call will use them (a token to request: the
    flight runs on anyio's primitives). Whatever later does (a retry, a renewal, closing)
    imports them then, once. Everywhere else (trio, httpx) every call uses them."""
    if transport is None and kind == "auto":
        kind = "aiohttp" if _asyncio_likely() else "httpx"
    fast_path = transport is None and kind == "aiohttp"
    _preload_anyio(anyio_backend or not fast_path)
    if transport is not None:
        return ssl_context
    if kind == "aiohttp":
        import aiohttp  # noqa: F401
        import yarl  # noqa: F401

        return ssl_context
    from .httpx_backend import default_ssl_context

    return ssl_context or default_ssl_context()


def _preload_anyio(needed: bool) -> None:
    """anyio imports its parts on first use (a lazy importer): the parts a call uses, now.
    Its primitives (scopes, events, deadlines) and, on asyncio, its backend, only if the first
    call will use them (`needed`); the asyncio fast path uses none of them."""
    importlib.import_module("anyio.lowlevel")
    if not needed:
        return
    for name in ("CancelScope", "Event", "fail_after", "current_effective_deadline"):
        getattr(anyio, name)
    if _asyncio_likely():
        with contextlib.suppress(ImportError):  # what anyio loads on asyncio's first use
            importlib.import_module("anyio._backends._asyncio")


def _asyncio_likely() -> bool:
    """Whether the client will run on asyncio: asyncio runs now, or nothing runs and trio is
    not imported (constructed outside any event loop, as in a script's setup)."""
    try:
        return sniffio.current_async_library() == "asyncio"
    except sniffio.AsyncLibraryNotFoundError:
        return "trio" not in sys.modules
