"""A raw loopback HTTP server that misbehaves on purpose (hostile-edge and Harvest Files tests).

`RawServer` is a socket server in its own threads (so one instance serves asyncio and trio
tests alike). Each request is parsed by hand and recorded as the server saw it; a script
decides the answer as raw bytes, so the tests can send what no well-behaved framework would:
bad status lines, over-long headers, truncated or lying bodies, redirects, a body never read,
an answer never sent. `tls=True` serves HTTPS with a self-signed certificate made for the run.

Tests run on both transports: aiohttp on asyncio, httpx on asyncio (`http_backend="httpx"`)
and httpx on trio (`RUNS`).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import soracom_async as sa

API_KEY = "api-key-SECRET-1f2e3d"
TOKEN = "token-SECRET-9a8b7c"
AUTH_KEY_ID = "keyId-test-0001"
AUTH_KEY = "secret-AUTHKEY-55aa66"
PASSWORD = "secret-PASSWORD-77bb88"
SECRETS = (API_KEY, TOKEN, AUTH_KEY, PASSWORD)

RUNS = [("asyncio", "aiohttp"), ("asyncio", "httpx"), ("trio", "httpx")]
RUN_IDS = ["aiohttp", "httpx-asyncio", "httpx-trio"]


@dataclass
class Seen:
    """A request as the server read it."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


@dataclass
class Reply:
    """What to do with a request: bytes to write, then close / keep the connection, or hang
    (never answer, until the server stops), or drop it without answering."""

    data: bytes = b""
    close: bool = False
    hang: bool = False
    chunks: list[bytes] | None = None
    """Written one after the other (a streamed body); stops when the client goes away."""


Script = Callable[[Seen], Reply]


def response(
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    *,
    reason: str = "X",
    length: int | None = None,
) -> bytes:
    head = [f"HTTP/1.1 {status} {reason}"]
    all_headers = {"Content-Length": str(len(body) if length is None else length)}
    all_headers.update(headers or {})
    head += [f"{k}: {v}" for k, v in all_headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def json_response(status: int, body: bytes, headers: dict[str, str] | None = None) -> bytes:
    return response(status, body, {"Content-Type": "application/json", **(headers or {})})


@dataclass
class RawServer:
    script: Script = field(default=lambda seen: Reply(json_response(200, b"{}")))
    read_body: bool = True
    """False: read the request line and headers, never the body."""
    tls: ssl.SSLContext | None = None
    seen: list[Seen] = field(default_factory=list)
    connections: int = 0
    disconnects: int = 0
    """Streamed answers cut short because the client closed the connection."""
    _sock: socket.socket | None = None
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def port(self) -> int:
        assert self._sock is not None
        return int(self._sock.getsockname()[1])

    @property
    def origin(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.origin + "/v1"

    def start(self) -> RawServer:
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        sock.settimeout(0.1)
        self._sock = sock
        self._spawn(self._accept)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        if self._sock is not None:
            self._sock.close()

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (TimeoutError, OSError):
                continue
            with self._lock:
                self.connections += 1
            self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        try:
            if self.tls is not None:
                conn.settimeout(5)
                conn = self.tls.wrap_socket(conn, server_side=True)
            conn.settimeout(0.2)
            buffer = b""
            while not self._stop.is_set():
                seen, buffer = self._read_request(conn, buffer)
                if seen is None:
                    return
                with self._lock:
                    self.seen.append(seen)
                reply = self.script(seen)
                if not self._answer(conn, reply):
                    return
        except (OSError, ssl.SSLError):
            return
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    def _recv(self, conn: socket.socket) -> bytes | None:
        while not self._stop.is_set():
            try:
                return conn.recv(65536)
            except TimeoutError:
                continue
        return None

    def _read_request(self, conn: socket.socket, buffer: bytes) -> tuple[Seen | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            data = self._recv(conn)
            if not data:
                return None, b""
            buffer += data
        head, buffer = buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = [tuple(line.split(":", 1)) for line in lines[1:] if ":" in line]
        headers_list = [(k.strip(), v.strip()) for k, v in headers]
        seen = Seen(method, target, headers_list, b"")
        if not self.read_body:
            return seen, b""
        length = seen.header("content-length")
        if length is not None:
            while len(buffer) < int(length):
                data = self._recv(conn)
                if not data:
                    return None, b""
                buffer += data
            seen.body, buffer = buffer[: int(length)], buffer[int(length) :]
        elif (seen.header("transfer-encoding") or "").lower() == "chunked":
            body, buffer = self._read_chunked(conn, buffer)
            if body is None:
                return None, b""
            seen.body = body
        return seen, buffer

    def _read_chunked(self, conn: socket.socket, buffer: bytes) -> tuple[bytes | None, bytes]:
        body = b""
        while True:
            while b"\r\n" not in buffer:
                data = self._recv(conn)
                if not data:
                    return None, b""
                buffer += data
            size_line, buffer = buffer.split(b"\r\n", 1)
            size = int(size_line.split(b";")[0], 16)
            while len(buffer) < size + 2:
                data = self._recv(conn)
                if not data:
                    return None, b""
                buffer += data
            body += buffer[:size]
            buffer = buffer[size + 2 :]
            if size == 0:
                return body, buffer

    def _answer(self, conn: socket.socket, reply: Reply) -> bool:
        """Write the reply; False when the connection is done."""
        if reply.hang:
            self._stop.wait()
            return False
        try:
            if reply.data:
                conn.sendall(reply.data)
            for chunk in reply.chunks or ():
                conn.sendall(chunk)
        except OSError:
            with self._lock:
                self.disconnects += 1
            return False
        return not reply.close


def token_client(server: RawServer, transport: str, **kwargs: Any) -> sa.SoracomClient:
    kwargs.setdefault("retry", sa.NO_RETRY)
    return sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key=API_KEY, token=TOKEN),
        base_url=kwargs.pop("base_url", server.base_url),
        http_backend=transport,  # type: ignore[arg-type]
        **kwargs,
    )


# -- TLS -------------------------------------------------------------------------------------


def self_signed(directory: Path) -> tuple[Path, Path] | None:
    """A self-signed certificate for 127.0.0.1 (cryptography if installed, else the openssl
    command); None when neither is available."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    try:
        _with_cryptography(cert, key)
        return cert, key
    except ImportError:
        pass
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def _with_cryptography(cert_path: Path, key_path: Path) -> None:
    import datetime
    import ipaddress

    from cryptography import x509  # type: ignore[import-not-found, unused-ignore]
    from cryptography.hazmat.primitives import hashes, serialization  # type: ignore[import-not-found, unused-ignore]
    from cryptography.hazmat.primitives.asymmetric import ec  # type: ignore[import-not-found, unused-ignore]
    from cryptography.x509.oid import NameOID  # type: ignore[import-not-found, unused-ignore]

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )


@dataclass
class Tls:
    server: ssl.SSLContext
    client: ssl.SSLContext
    """Trusts the certificate (what a user with a corporate CA passes as `ssl_context=`)."""
