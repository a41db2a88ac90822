"""Retries through injected faults: reads recover, writes are never duplicated, one retry layer."""

from __future__ import annotations

import logging
import socket

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import Faults, SoracomEmulator

from .conftest import BACKENDS, FAST, client_for, speed
from .test_goodput import run_all


@pytest.mark.parametrize("backend", BACKENDS)
def test_reads_succeed_through_5xx_dropped_connections_and_latency(
    backend: str, emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    attempts: list[sa.AttemptInfo] = []
    n = 60
    # 40% of attempts fail: 12 attempts make a call's failure a 1-in-60,000 event.
    retry = sa.RetryPolicy(max_attempts=12, backoff_base=0.002, backoff_max=0.02)

    async def main() -> None:
        async with client_for(emu, retry=retry, on_attempt=attempts.append) as client:
            emu.set_faults(
                Faults(
                    error_rate=0.25,
                    drop_rate=0.15,
                    latency=0.002,
                    latency_jitter=0.01,
                    operation_ids=frozenset({"getSim"}),
                    seed=7,
                )
            )
            with anyio.fail_after(30):
                results = await run_all([client.sim.get_sim(sim_id=s) for s in sim_ids[:n]])
            assert [r for r in results if isinstance(r, BaseException)] == []
            assert [r.sim_id for r in results] == sim_ids[:n]

    anyio.run(main, backend=backend)
    requests = emu.request_count("getSim")
    assert requests > n  # faults were met, and retried
    # One retry layer: every request the server saw was an attempt of the pipeline (aiohttp's
    # hidden replay of idempotent requests on a failed connection is off).
    reads = [a for a in attempts if a.operation_id == "getSim"]
    assert len(reads) == requests
    assert {a.error is None for a in reads if a.status_code == 200} == {True}


@pytest.mark.parametrize("backend", BACKENDS)
def test_non_idempotent_writes_are_never_duplicated(
    backend: str, emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    n = 60

    async def main() -> list[object]:
        async with client_for(emu) as client:
            emu.set_faults(
                Faults(
                    error_rate=0.2,
                    drop_rate=0.2,
                    drop_after_apply=True,  # the change is made, the answer lost
                    operation_ids=frozenset({"updateSimSpeedClass"}),
                    seed=11,
                )
            )
            return await run_all(
                [
                    client.sim.update_sim_speed_class(sim_id=sim_ids[i], body=speed(i))
                    for i in range(n)
                ]
            )

    results = anyio.run(main, backend=backend)
    unknown = [r for r in results if isinstance(r, sa.SoracomConnectionError)]
    server = [r for r in results if isinstance(r, sa.ServerError)]
    ok = [r for r in results if not isinstance(r, BaseException)]
    assert unknown and server and len(ok) + len(unknown) + len(server) == n
    for error in unknown:
        assert error.request_sent and "outcome unknown" in str(error)
    assert emu.request_count("updateSimSpeedClass") == n  # a POST is sent once
    # Applied once for each success and each lost answer; never twice.
    assert emu.applied_count("updateSimSpeedClass") == len(ok) + len(unknown)


def test_unknown_outcome_is_replayed_only_when_asked(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    async def main() -> None:
        retry = sa.RetryPolicy(retry_unknown_outcome=True, backoff_base=0.01)
        async with client_for(emu, retry=retry) as client:
            emu.inject_fault("drop", operation_ids=["updateSimSpeedClass"], after_apply=True)
            response = await client.sim.update_sim_speed_class.with_response(
                sim_id=sim_ids[0], body=speed(0)
            )
            assert response.attempts == 2

    anyio.run(main)
    assert emu.applied_count("updateSimSpeedClass") == 2  # the documented cost of opting in


def test_a_dropped_read_is_replayed_and_counted(emu: SoracomEmulator, sim_ids: list[str]) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            emu.inject_fault("drop", count=2, operation_ids=["getSim"])
            response = await client.sim.get_sim.with_response(sim_id=sim_ids[0])
            assert response.attempts == 3

    anyio.run(main)
    assert emu.request_count("getSim") == 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_connect_failures_are_retried_for_every_method(backend: str) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    attempts: list[sa.AttemptInfo] = []

    async def main() -> None:
        retry = sa.RetryPolicy(max_attempts=3, backoff_base=0.01)
        async with sa.SoracomClient(
            base_url=f"http://127.0.0.1:{port}", retry=retry, on_attempt=attempts.append
        ) as client:
            with pytest.raises(sa.SoracomConnectionError) as caught:
                await client.auth.auth(body={"authKeyId": "keyId-x", "authKey": "secret-x"})
        assert caught.value.request_sent is False
        assert not isinstance(caught.value, sa.SoracomTimeoutError)

    anyio.run(main, backend=backend)
    assert [a.attempt for a in attempts] == [1, 2, 3]  # a POST, retried: nothing was sent
    assert [a.wait is not None for a in attempts] == [True, True, False]


def test_malformed_bodies_are_retried_for_reads_only(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            emu.inject_fault("malformed", operation_ids=["getSim"])
            response = await client.sim.get_sim.with_response(sim_id=sim_ids[0])
            assert response.attempts == 2 and response.parsed.sim_id == sim_ids[0]
            emu.inject_fault("malformed", operation_ids=["updateSimSpeedClass"])
            with pytest.raises(sa.MalformedResponseError):
                await client.sim.update_sim_speed_class(sim_id=sim_ids[0], body=speed(0))

    anyio.run(main)
    assert emu.request_count("updateSimSpeedClass") == 1


def test_the_retry_budget_stops_retrying_a_failing_server(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    async def main() -> None:
        retry = sa.RetryPolicy(max_attempts=10, retry_budget=10, retry_cost=5, backoff_base=0.001)
        async with client_for(emu, retry=retry) as client:
            emu.set_faults(error_rate=1.0, operation_ids=frozenset({"getSim"}))
            with pytest.raises(sa.ServerError) as first:
                await client.sim.get_sim(sim_id=sim_ids[0])
            assert first.value.attempts == 3  # two retries spent the 10 tokens
            with pytest.raises(sa.ServerError) as second:
                await client.sim.get_sim(sim_id=sim_ids[0])
            assert second.value.attempts == 1  # empty: raised at once, the server is spared
            emu.clear_faults()
            for _ in range(5):  # successes refill the bucket, one token each
                await client.sim.get_sim(sim_id=sim_ids[0])
            emu.set_faults(error_rate=1.0, operation_ids=frozenset({"getSim"}))
            with pytest.raises(sa.ServerError) as third:
                await client.sim.get_sim(sim_id=sim_ids[0])
            assert third.value.attempts == 2

    anyio.run(main)


def test_attempt_hook_and_with_response_report_every_attempt(
    emu: SoracomEmulator, sim_ids: list[str]
) -> None:
    attempts: list[sa.AttemptInfo] = []

    async def main() -> None:
        async with client_for(emu, on_attempt=attempts.append) as client:
            attempts.clear()
            emu.inject_fault("error", count=2, status=503, operation_ids=["getSim"])
            response = await client.sim.get_sim.with_response(sim_id=sim_ids[0])
            assert response.attempts == 3

    anyio.run(main)
    assert [(a.attempt, a.status_code) for a in attempts] == [(1, 503), (2, 503), (3, 200)]
    assert all(a.operation_id == "getSim" and a.group == "Sim" for a in attempts)
    assert [a.wait is not None and a.wait >= 0 for a in attempts] == [True, True, False]
    assert isinstance(attempts[0].error, sa.ServerError) and attempts[2].error is None
    assert all(a.queued >= 0 and a.elapsed > 0 for a in attempts)


def test_logs_go_to_the_package_logger_without_secrets(
    emu: SoracomEmulator, sim_ids: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    root_handlers = list(logging.getLogger().handlers)
    tokens: list[str] = []

    async def main() -> None:
        async with client_for(emu, retry=FAST) as client:
            session = client._session
            assert session is not None
            tokens.extend((await session.headers()).values())
            emu.inject_fault("error", count=1, operation_ids=["getSim"])
            emu.inject_fault("drop", count=1, operation_ids=["getSim"])
            await client.sim.get_sim(sim_id=sim_ids[0])

    with caplog.at_level(logging.DEBUG, logger="soracom_async"):
        anyio.run(main)
    records = [r for r in caplog.records if r.name.startswith("soracom_async")]
    assert any("retrying" in r.getMessage() for r in records)
    secrets = [emu.auth_key, *tokens]
    for record in records:
        text = record.getMessage() + str(record.args)
        assert not any(secret in text for secret in secrets)
    assert logging.getLogger().handlers == root_handlers  # the root logger is not configured
