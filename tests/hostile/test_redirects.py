"""A 3xx is not success: only a documented redirect (getFile's 302) is followed, and without
anything of the client's but its User-Agent; every other 3xx is an UnexpectedRedirectError."""

from __future__ import annotations

from typing import Any

import anyio
import attrs
import pytest

import soracom_async as sa
from soracom_async import models
from soracom_async._generated.api.file_entry import get_file
from soracom_async.operation import OperationSpec
from soracom_async.transport import RawResponse

from .rawserver import (
    API_KEY,
    RUN_IDS,
    RUNS,
    SECRETS,
    TOKEN,
    RawServer,
    Reply,
    Seen,
    Tls,
    json_response,
    response,
    token_client,
)

FAST = sa.RetryPolicy(backoff_base=0.001, backoff_max=0.01)
GET_FILE = OperationSpec("getFile", "GET", "/files/{scope}/{path}", "FileEntry", redirect=True)
FILE = b"\x00\x01binary file body\xff" * 100


def redirect_to(location: str, status: int = 302) -> Reply:
    return Reply(response(status, b"", {"Location": location}))


def file_answer(seen: Seen) -> Reply:
    return Reply(response(200, FILE, {"Content-Type": "application/octet-stream"}))


async def fetch(client: sa.SoracomClient, path: str = "logs/a.bin") -> sa.ApiResponse[bytes]:
    """The pipeline with getFile's documented redirect, parsing the body as bytes (what the
    generated parser does once the codegen change lands)."""

    def content(raw: RawResponse) -> bytes:
        return raw.content

    parts = get_file.build(scope=models.GetFileScope.PRIVATE, path=path)
    return await client._pipeline.send(GET_FILE, parts, content)


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_undocumented_redirects_are_errors_and_are_not_followed(
    backend: str, transport: str, raw_server: RawServer, storage: RawServer
) -> None:
    elsewhere = storage.origin + "/elsewhere"

    def script(seen: Seen) -> Reply:
        status = 307 if seen.method == "DELETE" else 302
        body = b'{"simId": "8942"}'
        return Reply(json_response(status, body, {"Location": elsewhere}))

    raw_server.script = script

    async def main() -> list[sa.UnexpectedRedirectError]:
        errors = []
        async with token_client(raw_server, transport, retry=FAST) as client:
            with pytest.raises(sa.UnexpectedRedirectError) as deleted:
                await client.sim.delete_sim_tag(sim_id="8942", tag_name="x")
            errors.append(deleted.value)
            with pytest.raises(sa.UnexpectedRedirectError) as got:
                await client.sim.get_sim(sim_id="8942")
            errors.append(got.value)
        return errors

    deleted, got = anyio.run(main, backend=backend)
    assert (deleted.status_code, deleted.location, deleted.operation_id) == (
        307,
        elsewhere,
        "deleteSimTag",
    )
    assert (got.status_code, got.location) == (302, elsewhere)
    assert isinstance(got, sa.SoracomApiError) and got.attempts == 1
    assert len(raw_server.seen) == 2  # not retried, although the policy retries reads
    assert storage.seen == []  # and not followed


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_documented_redirect_is_followed_without_credentials_or_sdk_headers(
    backend: str, transport: str, raw_server: RawServer, storage: RawServer
) -> None:
    raw_server.script = lambda seen: redirect_to(storage.origin + "/bucket/a.bin?sig=abc%2Fdef")
    storage.script = file_answer

    async def main() -> tuple[sa.ApiResponse[bytes], bytes]:
        async with token_client(
            raw_server, transport, lang="ja", headers={"X-Custom": "custom-value"}
        ) as client:
            fetched = await fetch(client)
            # The public operation, once its spec says what the document says.
            op = client.file_entry.get_file
            op.spec = attrs.evolve(op.spec, redirect=True)
            async with op.stream(scope=models.GetFileScope.PRIVATE, path="logs/a.bin") as dl:
                streamed = await dl.read()
        return fetched, streamed

    fetched, streamed = anyio.run(main, backend=backend)
    assert fetched.parsed == FILE and streamed == FILE
    assert fetched.status_code == 200
    api, stored = raw_server.seen[0], storage.seen[0]
    assert api.header("X-Soracom-API-Key") == API_KEY and api.header("X-Soracom-Token") == TOKEN
    assert api.header("X-Custom") == "custom-value" and api.header("X-Soracom-Lang") == "ja"
    assert stored.target == "/bucket/a.bin?sig=abc%2Fdef"  # the signed URL exactly as given
    for seen in storage.seen:
        names = {name.lower() for name, _ in seen.headers}
        assert not names & {"x-soracom-api-key", "x-soracom-token", "x-soracom-lang", "x-custom"}
        assert seen.header("Accept") != "application/json"
        assert (seen.header("User-Agent") or "").startswith("soracom-async/")
        assert not any(secret in value for _, value in seen.headers for secret in SECRETS)
    assert len(storage.seen) == 2


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_redirect_loops_and_bad_locations_are_refused(
    backend: str, transport: str, raw_server: RawServer, storage: RawServer
) -> None:
    storage.script = lambda seen: redirect_to(storage.origin + "/again")
    locations = iter([storage.origin + "/loop", "ftp://127.0.0.1/file", ""])
    raw_server.script = lambda seen: redirect_to(next(locations))

    async def main() -> list[sa.UnexpectedRedirectError]:
        errors = []
        async with token_client(raw_server, transport) as client:
            for _ in range(3):
                with pytest.raises(sa.UnexpectedRedirectError) as caught:
                    await fetch(client)
                errors.append(caught.value)
        return errors

    loop, ftp, empty = anyio.run(main, backend=backend)
    assert "more than 3 redirects" in str(loop) and loop.status_code == 302
    assert len(storage.seen) == 3  # the hops allowed, then refused
    assert "http(s)" in str(ftp) and ftp.location == "ftp://127.0.0.1/file"
    assert "Location" in str(empty)


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_redirect_from_https_to_http_is_refused(
    backend: str, transport: str, tls: Tls, storage: RawServer
) -> None:
    api = RawServer(tls=tls.server).start()
    api.script = lambda seen: redirect_to(storage.origin + "/bucket/a.bin")
    storage.script = file_answer
    try:

        async def main() -> Any:
            async with token_client(api, transport, ssl_context=tls.client) as client:
                with pytest.raises(sa.UnexpectedRedirectError) as caught:
                    await fetch(client)
                return caught.value

        error = anyio.run(main, backend=backend)
    finally:
        api.stop()
    assert (
        "https to plain http" in str(error) and error.location == storage.origin + "/bucket/a.bin"
    )
    assert len(api.seen) == 1
    assert storage.seen == []
