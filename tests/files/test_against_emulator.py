"""Harvest Files end to end against the emulator: its real store, and downloads redirected to
its second origin (the storage host), which records every request it receives."""

from __future__ import annotations

import hashlib
import io
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

RUNS = [("asyncio", "aiohttp"), ("asyncio", "httpx"), ("trio", "httpx")]
RUN_IDS = ["aiohttp", "httpx-asyncio", "httpx-trio"]
CREDENTIAL_HEADERS = ("x-soracom-api-key", "x-soracom-token", "authorization", "x-soracom-lang")


@pytest.fixture(scope="module")
def emulator() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=5, seed=3) as emu:
        yield emu


def client_for(emu: SoracomEmulator, transport: str) -> sa.SoracomClient:
    return sa.SoracomClient(
        credentials=sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key),
        base_url=emu.base_url,
        http_backend=transport,  # type: ignore[arg-type]
        lang="en",
        headers={"X-Team": "fleet"},
    )


async def _chunks(data: bytes, size: int) -> AsyncIterator[bytes]:
    for start in range(0, len(data), size):
        await anyio.lowlevel.checkpoint()
        yield data[start : start + size]


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_upload_every_body_kind_list_download_and_delete(
    emulator: SoracomEmulator, backend: str, transport: str, tmp_path: Path
) -> None:
    folder = f"run-{transport}-{backend}"
    small = b"hello harvest\n"
    medium = bytes(range(256)) * 4096  # 1 MiB
    on_disk = tmp_path / "upload.bin"
    on_disk.write_bytes(medium[::-1])

    async def main() -> None:
        async with client_for(emulator, transport) as client:
            files = client.file_entry
            await files.put_file(scope="private", path=f"{folder}/a.txt", body=small)
            with on_disk.open("rb") as handle:  # a binary file object, on both transports
                await files.put_file(
                    scope="private",
                    path=f"{folder}/sub/b.bin",
                    body=handle,
                    content_type="application/octet-stream",
                )
            await files.put_file(
                scope="private", path=f"{folder}/c.bin", body=_chunks(medium, 7000)
            )
            await files.put_file(scope="private", path=f"{folder}/a.txt", body=small * 2)  # 200

            metadata = await files.get_file_metadata(scope="private", path=f"{folder}/sub/b.bin")
            assert metadata.content_length == len(medium)
            assert metadata.etag == f'"{hashlib.md5(medium[::-1]).hexdigest()}"'
            assert metadata.content_type == "application/octet-stream"

            listed = await files.list_files(scope="private", path=folder)
            names = {(entry.filename, entry.is_directory) for entry in listed}
            assert names == {("a.txt", False), ("c.bin", False), ("sub", True)}
            root = {entry.filename for entry in await files.list_files(scope="private", path="/")}
            assert folder in root
            assert root == {e.filename for e in await files.list_files(scope="private", path="")}

            emulator.clear_storage_requests()
            assert await files.get_file(scope="private", path=f"{folder}/a.txt") == small * 2
            assert await files.get_file(scope="private", path=f"{folder}/c.bin") == medium
            saved = tmp_path / "saved.bin"
            async with files.get_file.stream(scope="private", path=f"{folder}/sub/b.bin") as dl:
                assert dl.content_length == len(medium)
                await dl.save(saved)
            assert saved.read_bytes() == medium[::-1]

            # Every download went to the storage origin, and no credential ever went with it.
            seen = emulator.storage_requests
            assert len(seen) == 3
            for request in seen:
                for name in CREDENTIAL_HEADERS:
                    assert request.header(name) is None, name
                assert request.header("x-team") is None  # nor the client's own headers

            await files.delete_file(scope="private", path=f"{folder}/a.txt")
            with pytest.raises(sa.NotFoundError):
                await files.get_file(scope="private", path=f"{folder}/a.txt")
            with pytest.raises(sa.NotFoundError):
                await files.delete_file(scope="private", path=f"{folder}/a.txt")

    anyio.run(main, backend=backend)


def test_a_body_of_the_wrong_kind_is_refused_before_sending(emulator: SoracomEmulator) -> None:
    async def main() -> None:
        async with client_for(emulator, "aiohttp") as client:
            sent = emulator.request_count("putFile")
            with pytest.raises(TypeError, match="bytes"):
                await client.file_entry.put_file(
                    scope="private",
                    path="x.txt",
                    body="text is not bytes",  # type: ignore[arg-type]
                )
            with pytest.raises(TypeError, match="bytes"):
                await client.file_entry.put_file(
                    scope="private",
                    path="x.txt",
                    body=io.StringIO("a text file"),  # type: ignore[arg-type]
                )
            assert emulator.request_count("putFile") == sent

    anyio.run(main, backend="asyncio")


def test_a_streamed_download_holds_one_chunk_not_the_file(
    emulator: SoracomEmulator, tmp_path: Path
) -> None:
    big = hashlib.sha256(b"seed").digest() * (8 * 1024 * 1024 // 32)  # 8 MiB
    emulator.put_file("big/blob.bin", big)

    async def main() -> None:
        async with client_for(emulator, "aiohttp") as client:
            largest = 0
            total = 0
            digest = hashlib.sha256()
            async with client.file_entry.get_file.stream(
                scope="private", path="big/blob.bin"
            ) as dl:
                async for chunk in dl:
                    largest = max(largest, len(chunk))
                    total += len(chunk)
                    digest.update(chunk)
            assert total == len(big)
            assert digest.digest() == hashlib.sha256(big).digest()
            assert largest <= 1024 * 1024  # chunks, never the whole body at once

    anyio.run(main, backend="asyncio")
