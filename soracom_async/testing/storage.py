"""The storage origin behind Harvest Files downloads: a second listener, as S3 is for the API.

`getFile` answers `302` with a presigned-looking URL on this origin (another port on the same
host, served by the emulator's uvicorn on the same loop):

    http://127.0.0.1:<storage port>/soracom-harvest-files/<operatorId>/<scope>/<key>
        ?Expires=<unix seconds>&Signature=<hex HMAC-SHA256 of "GET\\n<path>\\n<expires>">

A client must follow it *without* the API's credentials: this origin records every request it
receives (method, path, query, all headers) so a test can assert that no `X-Soracom-API-Key`,
`X-Soracom-Token` or `Authorization` header ever arrived here. A missing, bad or expired
signature (by the emulator's clock) is `403` with an S3-style XML error; a deleted file `404`.
Files outside Harvest Files (an asynchronous export's result, jobs.py) are `publish`ed under
another bucket and served, signed, the same way.
Content is streamed in `CHUNK_SIZE` chunks under the server's flow control, so a large file is
downloaded with bounded memory on both ends.
"""

from __future__ import annotations

import email.utils
import hashlib
import hmac
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, quote, unquote

from starlette.types import Receive, Scope, Send

from .clock import Clock
from .files import FileObject

if TYPE_CHECKING:
    from .state import EmulatorState

BUCKET = "soracom-harvest-files"
URL_TTL_SECONDS = 900
CHUNK_SIZE = 256 * 1024
# Headers whose values a recorded request never shows in its repr.
SECRET_HEADERS = frozenset({"x-soracom-api-key", "x-soracom-token", "authorization"})


@dataclass(frozen=True)
class StorageRequest:
    """One request the storage origin received (header names lowercased, in arrival order)."""

    method: str
    path: str
    query: str
    headers: tuple[tuple[str, str], ...]

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers if k == wanted), None)

    def __repr__(self) -> str:
        shown = [(k, "<redacted>" if k in SECRET_HEADERS else v) for k, v in self.headers]
        return f"StorageRequest({self.method} {self.path}?{self.query} headers={shown})"


class RequestLog:
    """A thread-safe record of the storage origin's requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[StorageRequest] = []

    def add(self, item: StorageRequest) -> None:
        with self._lock:
            self._items.append(item)

    def snapshot(self) -> list[StorageRequest]:
        with self._lock:
            return list(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class Presigner:
    """Signs and checks download URLs with a per-emulator secret and the emulator's clock."""

    def __init__(self, *, secret: bytes, clock: Clock, ttl: int = URL_TTL_SECONDS) -> None:
        self._secret = secret
        self._clock = clock
        self._ttl = ttl

    def path(self, operator_id: str, scope: str, key: str, *, bucket: str = BUCKET) -> str:
        return (
            "/"
            + "/".join(quote(p, safe="") for p in (bucket, operator_id, scope))
            + ("/" + quote(key, safe="/"))
        )

    def _signature(self, path: str, expires: str) -> str:
        message = f"GET\n{path}\n{expires}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def url(
        self, base_url: str, operator_id: str, scope: str, key: str, *, bucket: str = BUCKET
    ) -> str:
        path = self.path(operator_id, scope, key, bucket=bucket)
        expires = str(int(self._clock.now()) + self._ttl)
        return f"{base_url}{path}?Expires={expires}&Signature={self._signature(path, expires)}"

    def check(self, path: str, query: str) -> str | None:
        """None when the URL is valid now, else why not (S3's wording)."""
        params = parse_qs(query)
        expires = (params.get("Expires") or [""])[-1]
        signature = (params.get("Signature") or [""])[-1]
        if not expires or not signature:
            return "Query-string authentication requires the Signature and Expires parameters"
        if not hmac.compare_digest(self._signature(path, expires), signature):
            return "The request signature we calculated does not match the signature you provided"
        if not expires.isdigit() or int(expires) < self._clock.now():
            return "Request has expired"
        return None


_PUBLISHED: weakref.WeakKeyDictionary[EmulatorState, dict[str, FileObject]] = (
    weakref.WeakKeyDictionary()
)


def publish(state: EmulatorState, path: str, obj: FileObject) -> None:
    """Serve `obj` at `path` (a `Presigner.path` of a bucket other than Harvest Files') from
    now on (call with the state lock held)."""
    _PUBLISHED.setdefault(state, {})[path] = obj


def _xml_error(code: str, message: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code>'
        f"<Message>{message}</Message></Error>"
    ).encode()


class StorageApp:
    """ASGI app of the storage origin (see the module docstring)."""

    def __init__(
        self,
        *,
        presigner: Presigner,
        log: RequestLog,
        operators: Callable[[str], EmulatorState | None],
    ) -> None:
        self._presigner = presigner
        self._log = log
        self._operators = operators  # the state of an operator ID (None: no such operator)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1")
        query = scope.get("query_string", b"").decode("latin-1")
        method: str = scope["method"]
        headers = tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"])
        self._log.add(StorageRequest(method, path, query, headers))
        if method not in ("GET", "HEAD"):
            await _send(send, 405, _xml_error("MethodNotAllowed", "Method not allowed"))
            return
        problem = self._presigner.check(path, query)
        if problem is not None:
            await _send(send, 403, _xml_error("AccessDenied", problem))
            return
        obj = self._lookup(path)
        if obj is None:
            await _send(send, 404, _xml_error("NoSuchKey", "The specified key does not exist."))
            return
        await _stream(send, obj, head=method == "HEAD")

    def _lookup(self, path: str) -> FileObject | None:
        parts = path.split("/", 4)  # "", bucket, operator, scope, key
        if len(parts) < 5:
            return None
        state = self._operators(unquote(parts[2]))
        if state is None:
            return None
        with state.lock:
            if parts[1] != BUCKET:
                return _PUBLISHED.get(state, {}).get(path)
            return state.files.get(unquote(parts[3]), unquote(parts[4]))


async def _send(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/xml"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _stream(send: Send, obj: FileObject, *, head: bool) -> None:
    modified = email.utils.formatdate(obj.modified_ms / 1000, usegmt=True)
    headers = [
        (b"content-type", obj.content_type.encode("latin-1")),
        (b"content-length", str(obj.size).encode()),
        (b"etag", obj.etag.encode()),
        (b"last-modified", modified.encode()),
        (b"accept-ranges", b"bytes"),
    ]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    if head or not obj.size:
        await send({"type": "http.response.body", "body": b""})
        return
    view = memoryview(obj.content)
    for start in range(0, obj.size, CHUNK_SIZE):
        end = min(start + CHUNK_SIZE, obj.size)
        await send(
            {
                "type": "http.response.body",
                "body": bytes(view[start:end]),
                "more_body": end < obj.size,
            }
        )
