"""Fixtures of the hostile-edge tests: raw loopback servers (rawserver.py), two origins (an
"API" and a "storage" host), and a TLS certificate made for the run."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import pytest

from .rawserver import RawServer, Tls, self_signed


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    server = RawServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def storage() -> Iterator[RawServer]:
    """A second origin (the file storage a redirect points to)."""
    server = RawServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Tls:
    made = self_signed(tmp_path_factory.mktemp("tls"))
    if made is None:
        pytest.skip("neither the cryptography package nor openssl: no certificate for TLS tests")
    cert, key = made
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return Tls(server, client)
