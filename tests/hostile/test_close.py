"""aclose() stops queued calls at once, lets the requests in flight complete, and nothing is
sent or opened afterwards; a closed client refuses every use with ClientClosedError."""

from __future__ import annotations

import gc
import threading
import warnings

import anyio
import pytest

import soracom_async as sa
from soracom_async import models

from .rawserver import RUN_IDS, RUNS, RawServer, Reply, Seen, json_response, token_client

SIM = b'{"simId": "8942", "status": "active"}'


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
@pytest.mark.parametrize("queued_at", ["connections", "rate limit"])
def test_closing_fails_the_queued_calls_at_once_and_lets_the_in_flight_complete(
    backend: str, transport: str, queued_at: str, raw_server: RawServer
) -> None:
    """200 calls, 20 connections: 20 in flight, 180 queued for a connection. With pacing, the
    scheduler probes a group it knows nothing of (the raw server sends no rate-limit headers)
    with one request and parks the other 199 until the answer comes."""
    in_flight = 20 if queued_at == "connections" else 1
    gate = threading.Event()

    def held(seen: Seen) -> Reply:
        gate.wait(20)  # answers once the test opens the gate
        return Reply(json_response(200, SIM))

    raw_server.script = held
    outcomes: list[object] = []

    async def main() -> None:
        client = token_client(
            raw_server,
            transport,
            max_connections=20,
            rate_limit_pacing=queued_at == "rate limit",
        )

        async def call() -> None:
            try:
                outcomes.append(await client.sim.get_sim(sim_id="8942"))
            except Exception as exc:
                outcomes.append(exc)

        with anyio.fail_after(20):  # hang guard
            async with anyio.create_task_group() as tg:
                for _ in range(200):
                    tg.start_soon(call)
                while len(raw_server.seen) < in_flight:  # noqa: ASYNC110 - the server's thread
                    await anyio.sleep(0.01)
                tg.start_soon(client.aclose)
                while len(outcomes) < 200 - in_flight:  # noqa: ASYNC110
                    await anyio.sleep(0.01)
                # Every queued call failed while those in flight are still unanswered.
                assert all(isinstance(o, sa.ClientClosedError) for o in outcomes)
                gate.set()
        assert len(outcomes) == 200
        with pytest.raises(sa.ClientClosedError, match="closed"):
            await client.sim.get_sim(sim_id="8942")
        with pytest.raises(sa.ClientClosedError):
            async with client:
                pass

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        anyio.run(main, backend=backend)
        gc.collect()
    closed = [o for o in outcomes if isinstance(o, sa.ClientClosedError)]
    answered = [o for o in outcomes if isinstance(o, models.Sim)]
    assert (len(closed), len(answered)) == (200 - in_flight, in_flight)
    assert all(isinstance(e, sa.SoracomError) and "not sent" in str(e) for e in closed)
    assert len(raw_server.seen) == in_flight  # nothing was sent after aclose()
    assert raw_server.connections == in_flight  # and no new connection (or session) opened
    assert [str(w.message) for w in caught if "nclosed" in str(w.message)] == []


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_retry_after_close_is_not_sent(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    gate = threading.Event()

    def failing(seen: Seen) -> Reply:
        gate.wait(20)
        return Reply(json_response(503, b'{"code":"X","message":"busy"}'))

    raw_server.script = failing

    async def main() -> BaseException:
        retry = sa.RetryPolicy(backoff_base=0.001, backoff_max=0.002)
        client = token_client(raw_server, transport, retry=retry, rate_limit_pacing=False)
        result: list[BaseException] = []

        async def call() -> None:
            try:
                await client.sim.get_sim(sim_id="8942")
            except Exception as exc:
                result.append(exc)

        with anyio.fail_after(20):
            async with anyio.create_task_group() as tg:
                tg.start_soon(call)
                while not raw_server.seen:  # noqa: ASYNC110
                    await anyio.sleep(0.01)
                tg.start_soon(client.aclose)
                await anyio.sleep(0.05)
                gate.set()
        return result[0]

    error = anyio.run(main, backend=backend)
    assert isinstance(error, sa.ClientClosedError)
    assert len(raw_server.seen) == 1


def test_a_call_on_a_closed_client_never_raises_a_bare_runtime_error(
    raw_server: RawServer,
) -> None:
    async def main() -> None:
        client = token_client(raw_server, "aiohttp")
        await client.aclose()
        for _ in range(2):
            with pytest.raises(sa.ClientClosedError):
                await client.sim.get_sim(sim_id="8942")
        with pytest.raises(sa.ClientClosedError):
            await client.__aenter__()

    anyio.run(main)
    assert raw_server.seen == []
