"""Uploads (putFile): bytes, bytearray, memoryview, a binary file object or an async iterator
of bytes, the same on both transports; anything else is a TypeError before any I/O."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from hostile.rawserver import RUN_IDS, RUNS, RawServer, Reply, Seen, response, token_client

import soracom_async as sa
from soracom_async import models

DATA = bytes(range(256)) * 1024  # 256 KiB
SCOPE = models.PutFileScope.PRIVATE


async def chunks() -> AsyncIterator[bytes]:
    for start in range(0, len(DATA), 50_000):
        yield DATA[start : start + 50_000]


def created(seen: Seen) -> Reply:
    return Reply(response(201))


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_every_accepted_body_kind_uploads_the_same_bytes(
    backend: str, transport: str, api: RawServer, tmp_path: Path
) -> None:
    api.script = created
    on_disk = tmp_path / "upload.bin"
    on_disk.write_bytes(b"header" + DATA)

    async def main() -> None:
        async with token_client(api, transport) as client:
            bodies: list[Any] = [DATA, bytearray(DATA), memoryview(DATA), io.BytesIO(DATA)]
            for body in bodies:
                await client.file_entry.put_file(scope=SCOPE, path="f.bin", body=body)
            with on_disk.open("rb") as file:
                file.seek(len(b"header"))  # from where the file object stands
                # BinaryContent (generated) does not name IO[bytes] yet
                await client.file_entry.put_file(scope=SCOPE, path="f.bin", body=file)
            await client.file_entry.put_file(scope=SCOPE, path="f.bin", body=chunks())

    anyio.run(main, backend=backend)
    assert [seen.body == DATA for seen in api.seen] == [True] * 6
    file_uploads = api.seen[3:5]
    assert [seen.header("Content-Length") for seen in file_uploads] == [str(len(DATA))] * 2


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_file_body_is_replayed_from_its_start_when_retried(
    backend: str, transport: str, api: RawServer, tmp_path: Path
) -> None:
    answers = iter([response(503, b'{"code":"X","message":"busy"}'), response(201)])
    api.script = lambda seen: Reply(next(answers))
    on_disk = tmp_path / "upload.bin"
    on_disk.write_bytes(DATA)

    async def main() -> int:
        retry = sa.RetryPolicy(backoff_base=0.001, backoff_max=0.01)
        async with token_client(api, transport, retry=retry) as client:
            with on_disk.open("rb") as file:
                put = client.file_entry.put_file.with_response
                sent = await put(scope=SCOPE, path="f.bin", body=file)
                return sent.attempts

    assert anyio.run(main, backend=backend) == 2
    assert [seen.body == DATA for seen in api.seen] == [True, True]


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_other_bodies_are_a_type_error_naming_what_is_accepted(
    backend: str, transport: str, api: RawServer, tmp_path: Path
) -> None:
    api.script = created
    text_file = tmp_path / "text.txt"
    text_file.write_text("hello")

    async def texts() -> AsyncIterator[Any]:
        yield b"fine"
        yield "not bytes"

    async def main() -> list[str]:
        messages = []
        async with token_client(api, transport) as client:
            with text_file.open("r") as opened:
                for body in ("a str", [b"a", b"list"], {"a": 1}, 42, opened):
                    with pytest.raises(TypeError) as caught:
                        await client.file_entry.put_file(scope=SCOPE, path="f", body=body)  # type: ignore[arg-type]
                    messages.append(str(caught.value))
            with pytest.raises(TypeError, match="must yield bytes, got str"):
                await client.file_entry.put_file(scope=SCOPE, path="f", body=texts())
        return messages

    messages = anyio.run(main, backend=backend)
    for message in messages:
        assert "bytes, bytearray, memoryview" in message and "async iterator" in message
    assert "'rb'" in messages[-1]
    assert len(api.seen) <= 1  # only the async iterator started; nothing else was sent
