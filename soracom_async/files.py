"""Harvest Files downloads as streams: `op.stream(...)` and what it yields.

    async with client.file_entry.get_file.stream(scope="private", path="logs/a.bin") as dl:
        print(dl.content_length, dl.content_type)
        async for chunk in dl:            # bytes, as they arrive (bounded memory)
            ...
    async with client.file_entry.get_file.stream(scope="private", path="big.bin") as dl:
        await dl.save("big.bin")          # or a binary file object opened "wb"

Entering the block sends the request (retried like any call until the answer's headers
arrive, following getFile's documented redirect to the storage without credentials); the body
is then read as the caller asks for it, holding one connection slot of the client until the
block is left. Leaving early, being cancelled, or `aclose()` closes the connection (an unread
body is never drained). A failure while reading is a `SoracomConnectionError` and is not
retried: the bytes already handed over cannot be taken back. The client's
`max_response_bytes` does not apply here: memory stays at one chunk whatever the file's size.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import IO, TYPE_CHECKING

import anyio

from .errors import ClientClosedError, SoracomConnectionError
from .transport import CHUNK

if TYPE_CHECKING:
    from .contracts import ApiResponse
    from .pipeline import Closeable, Held

__all__ = ["Download"]


class Download:
    """An answer being downloaded; use it with `async with` (see the module docstring)."""

    def __init__(
        self,
        opening: Callable[[], Awaitable[ApiResponse[Held]]],
        registry: set[Closeable],
        operation_id: str,
    ) -> None:
        self._opening: Callable[[], Awaitable[ApiResponse[Held]]] | None = opening
        self._registry = registry
        self._held: Held | None = None
        self._closed = False
        self.operation_id = operation_id
        self.status_code = 0
        self.headers: Mapping[str, str] = {}
        self.attempts = 0

    async def __aenter__(self) -> Download:
        opening, self._opening = self._opening, None
        if opening is None:
            raise RuntimeError("a Download can be entered once")
        response = await opening()
        self._held = response.parsed
        self._registry.add(self)
        self.status_code = response.status_code
        self.headers = response.headers
        self.attempts = response.attempts
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def content_length(self) -> int | None:
        """The declared size in bytes (None when the server did not say)."""
        value = self.headers.get("content-length")
        if value is None or not value.isdigit() or "content-encoding" in self.headers:
            return None
        return int(value)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.iter_bytes()

    async def iter_bytes(self, chunk_size: int = CHUNK) -> AsyncIterator[bytes]:
        """The body in chunks of at most `chunk_size` bytes, as they arrive."""
        held = self._held
        if held is None or self._closed:
            raise ClientClosedError(f"{self.operation_id}: the download is not open")
        try:
            async for chunk in held.response.chunks(chunk_size):
                yield chunk
        except SoracomConnectionError:
            if self._closed:  # closed under us (client.aclose())
                raise ClientClosedError(f"{self.operation_id}: the download was closed") from None
            raise

    async def save(self, target: str | os.PathLike[str] | IO[bytes]) -> int:
        """Write the body to a path or a binary file object (opened "wb"); returns the bytes
        written. Writes run in a worker thread, chunk by chunk."""
        written = 0
        if isinstance(target, (str, os.PathLike)):
            async with await anyio.open_file(target, "wb") as file:
                async for chunk in self.iter_bytes():
                    await file.write(chunk)
                    written += len(chunk)
            return written
        wrapped = anyio.wrap_file(target)
        async for chunk in self.iter_bytes():
            await wrapped.write(chunk)
            written += len(chunk)
        return written

    async def read(self) -> bytes:
        """The whole body at once (for small files; prefer iterating)."""
        return b"".join([chunk async for chunk in self.iter_bytes()])

    async def aclose(self) -> None:
        """Close the connection (dropped unless the body was read to the end). Idempotent."""
        self._closed = True
        held, self._held = self._held, None
        if held is not None:
            self._registry.discard(self)
            await held.aclose()

    def __repr__(self) -> str:
        state = "closed" if self._closed else f"HTTP {self.status_code}"
        return f"<Download {self.operation_id} {state}>"
