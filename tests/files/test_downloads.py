"""Downloads: `op.stream()` hands the body over in chunks with bounded memory, follows getFile's
redirect, and closes the connection when the caller leaves early or is cancelled."""

from __future__ import annotations

import io
from pathlib import Path

import anyio
import pytest
from hostile.rawserver import RUN_IDS, RUNS, RawServer, Reply, response, token_client

import soracom_async as sa
from soracom_async import models

CHUNK = bytes(range(256)) * 256  # 64 KiB
BIG_CHUNKS = 1024  # 64 MiB, far more than socket buffers hold


def get_file(client: sa.SoracomClient) -> sa.Operation[..., bytes]:
    """getFile, whose document declares its 302: the generated spec says redirect=True."""
    op = client.file_entry.get_file
    assert op.spec.redirect
    return op


def redirecting(api: RawServer, storage: RawServer) -> None:
    api.script = lambda seen: Reply(response(302, b"", {"Location": storage.origin + "/obj"}))


def streamed(chunks: int) -> Reply:
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/x-test\r\n"
        f"Content-Length: {len(CHUNK) * chunks}\r\n\r\n"
    ).encode()
    return Reply(head, chunks=[CHUNK] * chunks)


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_download_streams_in_chunks_and_saves_to_a_path_or_file(
    backend: str, transport: str, api: RawServer, storage: RawServer, tmp_path: Path
) -> None:
    redirecting(api, storage)
    storage.script = lambda seen: streamed(8)
    target = tmp_path / "saved.bin"
    into = io.BytesIO()

    async def main() -> tuple[list[int], int | None, str | None]:
        async with token_client(api, transport) as client:
            op = get_file(client)
            scope = models.GetFileScope.PRIVATE
            async with op.stream(scope=scope, path="a/b.bin") as download:
                sizes = [len(chunk) async for chunk in download.iter_bytes(16 * 1024)]
                length, kind = download.content_length, download.content_type
            assert client._pipeline.in_flight == 0  # the slot is back
            async with op.stream(scope=scope, path="a/b.bin") as download:
                assert await download.save(target) == 8 * len(CHUNK)
            async with op.stream(scope=scope, path="a/b.bin") as download:
                await download.save(into)
        return sizes, length, kind

    sizes, length, kind = anyio.run(main, backend=backend)
    assert sum(sizes) == 8 * len(CHUNK) and max(sizes) <= 16 * 1024
    assert (length, kind) == (8 * len(CHUNK), "application/x-test")
    assert target.read_bytes() == into.getvalue() == CHUNK * 8
    assert [seen.path for seen in api.seen] == ["/v1/files/private/a/b.bin"] * 3
    assert len(storage.seen) == 3


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
@pytest.mark.parametrize("how", ["break", "cancel"])
def test_leaving_a_download_early_closes_its_connection(
    backend: str, transport: str, how: str, api: RawServer, storage: RawServer
) -> None:
    redirecting(api, storage)
    storage.script = lambda seen: streamed(BIG_CHUNKS)

    async def main() -> int:
        async with token_client(api, transport) as client:
            op = get_file(client)
            got = 0
            with anyio.CancelScope() as scope:
                async with op.stream(scope=models.GetFileScope.PRIVATE, path="big") as download:
                    async for chunk in download:
                        got += len(chunk)
                        if how == "cancel":
                            scope.cancel()
                            await anyio.sleep(1)  # cancelled here
                        break
            assert client._pipeline.in_flight == 0
            with anyio.fail_after(10):  # hang guard: the server notices the closed socket
                while storage.disconnects == 0:  # noqa: ASYNC110 - polling another thread
                    await anyio.sleep(0.01)
        return got

    got = anyio.run(main, backend=backend)
    assert 0 < got < BIG_CHUNKS * len(CHUNK)
    assert storage.disconnects == 1  # the rest of the body was never drained


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_download_that_fails_before_its_body_raises_the_typed_error(
    backend: str, transport: str, api: RawServer, storage: RawServer
) -> None:
    redirecting(api, storage)
    storage.script = lambda seen: Reply(response(403, b"<Error>AccessDenied</Error>"))

    async def main() -> sa.SoracomApiError:
        async with token_client(api, transport) as client:
            with pytest.raises(sa.PermissionDeniedError) as caught:
                async with get_file(client).stream(
                    scope=models.GetFileScope.PRIVATE, path="x"
                ) as download:
                    await download.read()
            assert client._pipeline.in_flight == 0
            return caught.value

    error = anyio.run(main, backend=backend)
    assert error.status_code == 403 and error.operation_id == "getFile"


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_downloads_are_not_bounded_by_max_response_bytes(
    backend: str, transport: str, api: RawServer, storage: RawServer
) -> None:
    redirecting(api, storage)
    storage.script = lambda seen: streamed(32)  # 2 MiB, over the 1 MiB bound

    async def main() -> int:
        async with token_client(api, transport, max_response_bytes=1 << 20) as client:
            download = get_file(client).stream(scope=models.GetFileScope.PRIVATE, path="x")
            async with download:
                return sum([len(chunk) async for chunk in download])

    assert anyio.run(main, backend=backend) == 32 * len(CHUNK)


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_closing_the_client_closes_an_open_download(
    backend: str, transport: str, api: RawServer, storage: RawServer
) -> None:
    redirecting(api, storage)
    storage.script = lambda seen: streamed(BIG_CHUNKS)

    async def main() -> None:
        client = token_client(api, transport)
        download = get_file(client).stream(scope=models.GetFileScope.PRIVATE, path="big")
        async with download:
            chunks = download.iter_bytes()
            await chunks.__anext__()
            with anyio.fail_after(10):
                await client.aclose()  # does not wait for the caller to finish reading
            with pytest.raises(sa.ClientClosedError):
                async for _ in chunks:
                    pass
        assert client._pipeline.in_flight == 0

    anyio.run(main, backend=backend)
    assert len(storage.seen) == 1
