"""Failures are classified by what happened: every error is a SoracomError; a request that was
never sent is not "outcome unknown"; an answer that does not decode is a bad answer, not a
lost connection; a refused certificate is permanent; an answer's size is bounded."""

from __future__ import annotations

import gzip
import socket
from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async import models

from .rawserver import (
    RUN_IDS,
    RUNS,
    RawServer,
    Reply,
    Seen,
    Tls,
    json_response,
    response,
    token_client,
)

RETRYING = sa.RetryPolicy(max_attempts=4, backoff_base=0.001, backoff_max=0.002)


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_lying_content_encoding_is_a_malformed_answer_not_a_lost_connection(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    raw_server.script = lambda seen: Reply(
        response(200, b'{"simId": "8942"}', {"Content-Encoding": "gzip"})
    )

    async def main() -> BaseException:
        async with token_client(raw_server, transport) as client:
            with pytest.raises(sa.SoracomError) as caught:
                await client.sim.get_sim(sim_id="8942")
            return caught.value

    error = anyio.run(main, backend=backend)
    assert type(error) is sa.MalformedResponseError  # httpx's DecodingError no longer escapes
    assert error.status_code == 200 and "Content-Encoding" in str(error)


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
@pytest.mark.parametrize("where", ["client headers", "call headers", "content type"])
def test_cr_lf_in_a_header_is_a_configuration_error_before_any_io(
    backend: str, transport: str, where: str, raw_server: RawServer
) -> None:
    bad = "v1\r\nX-Injected: yes"
    attempts: list[sa.AttemptInfo] = []

    async def main() -> None:
        if where == "client headers":
            with pytest.raises(sa.ConfigurationError, match="X-Trace"):
                token_client(raw_server, transport, headers={"X-Trace": bad})
            return
        async with token_client(
            raw_server, transport, retry=RETRYING, on_attempt=attempts.append
        ) as client:
            with pytest.raises(sa.ConfigurationError) as caught:
                if where == "call headers":
                    await client.sim.get_sim.with_options(headers={"X-Trace": bad})(sim_id="1")
                else:
                    await client.file_entry.put_file(
                        scope=models.PutFileScope.PRIVATE,
                        path="a",
                        body=b"x",
                        content_type=bad,
                    )
            assert isinstance(caught.value, ValueError) and "CR, LF" in str(caught.value)
            assert bad not in str(caught.value)  # the value may be a secret: never shown

    anyio.run(main, backend=backend)
    assert raw_server.seen == [] and attempts == []  # nothing sent, nothing retried


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_post_whose_answer_times_out_says_the_outcome_is_unknown(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    raw_server.script = lambda seen: Reply(hang=True)

    async def main() -> sa.SoracomTimeoutError:
        async with token_client(raw_server, transport, retry=RETRYING, timeout=0.3) as client:
            with anyio.fail_after(20), pytest.raises(sa.SoracomTimeoutError) as caught:
                await client.sim.update_sim_speed_class(
                    sim_id="1",
                    body={"speedClass": "s1.fast"},
                )
            return caught.value

    error = anyio.run(main, backend=backend)
    assert error.request_sent is True and "outcome unknown" in str(error)
    assert len(raw_server.seen) == 1  # a POST with an unknown outcome is not replayed


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_refused_certificate_is_permanent(backend: str, transport: str, tls: Tls) -> None:
    server = RawServer(tls=tls.server).start()
    attempts: list[sa.AttemptInfo] = []
    try:

        async def main() -> sa.SoracomConnectionError:
            # The system trust store: the self-signed certificate is refused.
            async with token_client(
                server, transport, retry=RETRYING, on_attempt=attempts.append
            ) as client:
                with anyio.fail_after(20), pytest.raises(sa.SoracomConnectionError) as caught:
                    await client.sim.get_sim(sim_id="1")
                return caught.value

        error = anyio.run(main, backend=backend)
    finally:
        server.stop()
    assert isinstance(error, sa.CertificateVerificationError)
    assert error.request_sent is False and "certificate" in str(error).lower()
    assert len(attempts) == 1  # not retried
    assert server.seen == []


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_the_client_trusts_what_ssl_context_trusts(backend: str, transport: str, tls: Tls) -> None:
    server = RawServer(tls=tls.server).start()
    server.script = lambda seen: Reply(json_response(200, b'{"simId": "8942"}'))
    try:

        async def main() -> Any:
            async with token_client(server, transport, ssl_context=tls.client) as client:
                return (await client.sim.get_sim(sim_id="8942")).sim_id

        assert anyio.run(main, backend=backend) == "8942"
    finally:
        server.stop()


# -- what an answer may cost -------------------------------------------------------------------

LIMIT = 1 << 20  # 1 MiB, in the tests


def gzip_bomb(seen: Seen) -> Reply:
    body = gzip.compress(b"\0" * (16 << 20), compresslevel=9)  # 16 KiB that inflate to 16 MiB
    return Reply(response(200, body, {"Content-Encoding": "gzip"}))


def huge_length(seen: Seen) -> Reply:
    head = response(200, b"", {"Content-Type": "application/json"}, length=200 << 20)
    return Reply(head, chunks=[b"\0" * 65536] * 64)  # 4 MiB of a declared 200 MB, then stuck


def chunked_flood(seen: Seen) -> Reply:
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    piece = b"10000\r\n" + b"\0" * 0x10000 + b"\r\n"
    return Reply(head, chunks=[piece] * 64)  # 4 MiB, no end


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
@pytest.mark.parametrize("answer", [gzip_bomb, huge_length, chunked_flood])
def test_an_answer_over_max_response_bytes_is_refused_and_not_retried(
    backend: str, transport: str, answer: Any, raw_server: RawServer
) -> None:
    raw_server.script = answer

    async def main() -> sa.ResponseTooLargeError:
        async with token_client(
            raw_server, transport, retry=RETRYING, max_response_bytes=LIMIT
        ) as client:
            with anyio.fail_after(20), pytest.raises(sa.ResponseTooLargeError) as caught:
                await client.sim.get_sim(sim_id="1")
            assert client._pipeline.in_flight == 0
            return caught.value

    error = anyio.run(main, backend=backend)
    assert error.operation_id == "getSim" and f"max_response_bytes={LIMIT}" in str(error)
    assert isinstance(error, sa.MalformedResponseError)
    assert len(raw_server.seen) == 1  # a GET, yet not retried


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_an_answer_within_max_response_bytes_is_read_whole(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    page = b"[" + b",".join([b'{"simId": "8942"}'] * 20_000) + b"]"  # 380 KB
    raw_server.script = lambda seen: Reply(
        response(200, gzip.compress(page), {"Content-Encoding": "gzip"})
    )

    async def main() -> int:
        async with token_client(raw_server, transport, max_response_bytes=LIMIT) as client:
            return len(await client.sim.list_sims())

    assert anyio.run(main, backend=backend) == 20_000


def test_max_response_bytes_is_checked_at_construction() -> None:
    for bad in (0, -1, 1.5, "64M", True):
        with pytest.raises(sa.ConfigurationError, match="max_response_bytes"):
            sa.SoracomClient(max_response_bytes=bad)  # type: ignore[arg-type]
    sa.SoracomClient(max_response_bytes=None)


# -- timeouts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_an_upload_the_server_never_reads_hits_the_write_timeout(
    backend: str, transport: str
) -> None:
    server = RawServer(read_body=False).start()
    server.script = lambda seen: Reply(hang=True)
    try:

        async def main() -> sa.SoracomTimeoutError:
            async with token_client(server, transport, timeout=1.0) as client:
                with anyio.fail_after(30), pytest.raises(sa.SoracomTimeoutError) as caught:
                    await client.file_entry.put_file(
                        scope=models.PutFileScope.PRIVATE,
                        path="big.bin",
                        body=b"\0" * (64 << 20),
                    )
                return caught.value

        error = anyio.run(main, backend=backend)
    finally:
        server.stop()
    assert error.request_sent is True and "outcome unknown" in str(error)
    assert len(server.seen) == 1


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_server_that_never_accepts_hits_the_connect_timeout(backend: str, transport: str) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):  # fill the accept queue: further SYNs are dropped
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)

        async def main() -> sa.SoracomTimeoutError:
            async with sa.SoracomClient(
                credentials=sa.TokenCredentials(api_key="k", token="t"),
                base_url=f"http://127.0.0.1:{port}",
                http_backend=transport,  # type: ignore[arg-type]
                retry=sa.NO_RETRY,
                timeout=sa_timeout(connect=0.5),
            ) as client:
                with anyio.fail_after(20), pytest.raises(sa.SoracomTimeoutError) as caught:
                    await client.sim.get_sim(sim_id="1")
                return caught.value

        error = anyio.run(main, backend=backend)
    finally:
        for filler in fillers:
            filler.close()
        listener.close()
    assert error.request_sent is False and "connect" in str(error)


def sa_timeout(*, connect: float) -> Any:
    import httpx

    return httpx.Timeout(30.0, connect=connect)


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_pool_timeout_holds_on_every_transport(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    raw_server.script = lambda seen: Reply(hang=True)

    async def main() -> list[BaseException]:
        errors: list[BaseException] = []
        async with token_client(
            raw_server,
            transport,
            max_connections=1,
            pool_timeout=0.2,
            timeout=2.0,
            rate_limit_pacing=False,  # the scheduler would hold the second call back itself
        ) as client:

            async def call() -> None:
                try:
                    await client.sim.get_sim(sim_id="1")
                except sa.SoracomError as exc:
                    errors.append(exc)

            with anyio.fail_after(20):
                async with anyio.create_task_group() as tg:
                    tg.start_soon(call)
                    tg.start_soon(call)
        return errors

    errors = anyio.run(main, backend=backend)
    kinds = sorted(type(e).__name__ for e in errors)
    assert kinds == ["PoolTimeoutError", "SoracomTimeoutError"]
    assert len(raw_server.seen) == 1
