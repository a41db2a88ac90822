"""The asyncio fast path (pipeline.py `_call_fast`) keeps every promise of the general path.

On asyncio with aiohttp a plain call's first attempt runs in one coroutine, taking a free
connection slot without yielding and skipping the checkpoint when nothing is cancelled. These
tests hold it (and the general path on trio and httpx, for comparison) to what the server sees
and what the listeners are told: never more requests in flight than `max_connections`, every
attempt reported to `on_attempt` and to `observe_attempts` observers, a call cancelled before
it is sent never sent, and what follows a first attempt that is not a parsed 2xx (a retry, a
token renewal, an error, a refusal to retry a POST) as on the general path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from functools import partial
from typing import Any

import anyio
import pytest
from hostile.rawserver import (
    API_KEY,
    AUTH_KEY,
    AUTH_KEY_ID,
    RUN_IDS,
    RUNS,
    TOKEN,
    RawServer,
    Reply,
    Seen,
    json_response,
    token_client,
)

import soracom_async as sa
from soracom_async import models
from soracom_async.testing import SoracomEmulator

SIM = b'{"simId": "8942"}'
AUTH_OK = f'{{"apiKey": "{API_KEY}", "token": "{TOKEN}", "operatorId": "OP0012345678"}}'.encode()
FAST = sa.RetryPolicy(backoff_base=0.01, backoff_max=0.02)


@pytest.fixture
def raw_server() -> Any:
    server = RawServer().start()
    yield server
    server.stop()


def fast_path_expected(backend: str, transport: str) -> bool:
    return backend == "asyncio" and transport == "aiohttp"


def auth_key_client(server: RawServer, transport: str, **kwargs: Any) -> sa.SoracomClient:
    return sa.SoracomClient(
        credentials=sa.AuthKeyCredentials(auth_key_id=AUTH_KEY_ID, auth_key=AUTH_KEY),
        base_url=server.base_url,
        http_backend=transport,  # type: ignore[arg-type]
        **kwargs,
    )


class Holding:
    """A script that holds each request until `limit` are in flight (or a while passes), so
    the most the server ever has at once is exactly what the client lets through."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.in_flight = 0
        self.most = 0
        self.changed = threading.Condition()
        self.client: sa.SoracomClient | None = None
        self.client_most = 0
        """The most calls holding a slot of the client's, seen while requests were held (the
        HTTP library's own pool limit alone would hold the server's count too)."""

    def __call__(self, seen: Seen) -> Reply:
        with self.changed:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            if self.client is not None:
                self.client_most = max(self.client_most, self.client._pipeline.in_flight)
            self.changed.notify_all()
            self.changed.wait_for(lambda: self.in_flight >= self.limit, timeout=2)
            self.in_flight -= 1
        return Reply(json_response(200, SIM))


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_the_server_never_sees_more_than_max_connections_in_flight(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    holding = Holding(limit=3)
    raw_server.script = holding

    async def main() -> tuple[int, bool, int]:
        async with token_client(raw_server, transport, max_connections=3) as client:
            holding.client = client
            results: list[object] = []

            async def one() -> None:
                results.append(await client.sim.get_sim(sim_id="8942"))

            async with anyio.create_task_group() as tg:
                for _ in range(12):
                    tg.start_soon(one)
            return len(results), client._pipeline._fast, client._pipeline.in_flight

    done, fast, left = anyio.run(main, backend=backend)
    assert fast is fast_path_expected(backend, transport)
    assert done == 12 and len(raw_server.seen) == 12
    assert holding.most == 3  # every slot used, never one more
    assert holding.client_most == 3  # and the client's slots said so
    assert left == 0  # every slot given back


def scripted(answers: list[bytes]) -> Any:
    """/v1/auth always answers a token; the other requests get `answers` in turn."""
    queue = list(answers)

    def script(seen: Seen) -> Reply:
        if seen.path == "/v1/auth":
            return Reply(json_response(200, AUTH_OK))
        return Reply(queue.pop(0))

    return script


def run_observed(
    backend: str, transport: str, server: RawServer, answers: list[bytes], method: str = "get"
) -> tuple[list[sa.AttemptInfo], list[sa.AttemptInfo], object, bool]:
    """One call with the answers scripted; what on_attempt and an observer saw, the outcome
    (result or error), and whether the client had the fast path on."""
    hooked: list[sa.AttemptInfo] = []
    observed: list[sa.AttemptInfo] = []

    async def main() -> tuple[object, bool]:
        async with auth_key_client(server, transport, retry=FAST, on_attempt=hooked.append) as c:
            await c.group.list_groups()  # the token first, and the backend open
            hooked.clear()
            server.script = scripted(answers)
            outcome: object
            with sa.observe_attempts(observed.append):
                try:
                    if method == "get":
                        outcome = await c.sim.get_sim(sim_id="8942")
                    else:
                        outcome = await c.sim.update_sim_speed_class(
                            sim_id="8942", body={"speedClass": "s1.fast"}
                        )
                except sa.SoracomError as exc:
                    outcome = exc
            return outcome, c._pipeline._fast

    server.script = lambda seen: Reply(
        json_response(200, AUTH_OK if seen.path == "/v1/auth" else b"[]")
    )
    outcome, fast = anyio.run(main, backend=backend)
    return hooked, observed, outcome, fast


def summary(attempts: list[sa.AttemptInfo]) -> list[tuple[int, int | None, bool, str | None]]:
    return [
        (
            a.attempt,
            a.status_code,
            a.wait is not None and a.wait > 0,
            None if a.error is None else type(a.error).__name__,
        )
        for a in attempts
    ]


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_plain_success_is_one_attempt_seen_by_hook_and_observer(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    hooked, observed, outcome, fast = run_observed(
        backend, transport, raw_server, [json_response(200, SIM)]
    )
    assert fast is fast_path_expected(backend, transport)
    assert isinstance(outcome, models.Sim) and outcome.sim_id == "8942"
    assert summary(hooked) == summary(observed) == [(1, 200, False, None)]
    assert hooked[0].wait is None  # nothing follows


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_retried_first_attempt_is_reported_then_the_retry(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    busy = json_response(503, b'{"code": "SEM0001", "message": "busy"}')
    hooked, observed, outcome, _ = run_observed(
        backend, transport, raw_server, [busy, json_response(200, SIM)]
    )
    assert isinstance(outcome, models.Sim)
    assert (
        summary(hooked)
        == summary(observed)
        == [(1, 503, True, "ServerError"), (2, 200, False, None)]
    )
    sims = [s for s in raw_server.seen if s.path == "/v1/sims/8942"]
    assert len(sims) == 2


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_401_renews_the_token_and_replays_once(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    refused = json_response(401, b'{"code": "AUM0001", "message": "expired"}')
    hooked, observed, outcome, _ = run_observed(
        backend, transport, raw_server, [refused, json_response(200, SIM)]
    )
    assert isinstance(outcome, models.Sim)
    # the replay after a renewal waits for nothing (wait=0.0), and is the same attempt number;
    # the token request in between is an attempt of its own (`auth`)
    calls = [(a.attempt, a.status_code, a.wait) for a in hooked if a.operation_id == "getSim"]
    assert calls == [(1, 401, 0.0), (1, 200, None)]
    assert [a.operation_id for a in hooked] == ["getSim", "auth", "getSim"]
    assert summary([a for a in observed if a.operation_id == "getSim"]) == summary(
        [a for a in hooked if a.operation_id == "getSim"]
    )
    assert [s.path for s in raw_server.seen[-3:]] == ["/v1/sims/8942", "/v1/auth", "/v1/sims/8942"]


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_an_error_status_is_a_typed_error_reported_once(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    missing = json_response(404, b'{"code": "SEM0004", "message": "no such SIM"}')
    hooked, observed, outcome, _ = run_observed(backend, transport, raw_server, [missing])
    assert isinstance(outcome, sa.NotFoundError) and outcome.attempts == 1
    assert summary(hooked) == summary(observed) == [(1, 404, False, "NotFoundError")]


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_post_answered_503_is_not_retried(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    busy = json_response(503, b'{"code": "SEM0001", "message": "busy"}')
    hooked, _, outcome, _ = run_observed(backend, transport, raw_server, [busy], method="post")
    assert isinstance(outcome, sa.ServerError)
    assert summary(hooked) == [(1, 503, False, "ServerError")]
    assert len([s for s in raw_server.seen if s.method == "POST" and "speed" in s.path]) == 1


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_with_response_on_the_fast_path_tells_status_headers_and_attempts(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    raw_server.script = lambda seen: Reply(json_response(200, SIM, {"X-Marker": "m1"}))

    async def main() -> sa.ApiResponse[Any]:
        async with token_client(raw_server, transport) as client:
            return await client.sim.get_sim.with_response(sim_id="8942")

    answer = anyio.run(main, backend=backend)
    assert answer.status_code == 200 and answer.attempts == 1
    assert answer.headers["x-marker"] == "m1" and answer.operation_id == "getSim"
    assert answer.parsed.sim_id == "8942"


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_call_cancelled_before_it_is_sent_is_not_sent(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    """A free slot, a token at hand and no pacing: nothing on the way yields, so only the check
    before sending (a checkpoint, or on the fast path the question a checkpoint would answer)
    stops a call already cancelled: in a cancelled scope, or started in a task group that
    was cancelled before the task first ran (which anyio does not interrupt until it yields)."""
    raw_server.script = lambda seen: Reply(json_response(200, SIM))

    async def main() -> tuple[int, int]:
        async with token_client(raw_server, transport) as client:
            await client.sim.get_sim(sim_id="warm")  # the connection and the backend open
            with anyio.CancelScope() as scope:
                scope.cancel()
                await client.sim.get_sim(sim_id="in-a-cancelled-scope")
            async with anyio.create_task_group() as tg:
                tg.start_soon(partial(client.sim.get_sim, sim_id="started-then-cancelled"))
                tg.cancel_scope.cancel()
            with anyio.move_on_after(-1):  # a deadline already past
                await client.sim.get_sim(sim_id="past-deadline")
            await client.sim.get_sim(sim_id="after")
            snapshot = client._pipeline.rate_limiter.snapshot("Sim")
            return client._pipeline.in_flight, int(snapshot.get("inflight") or 0)

    left, admitted = anyio.run(main, backend=backend)
    assert [s.path for s in raw_server.seen] == ["/v1/sims/warm", "/v1/sims/after"]
    assert left == 0 and admitted == 0  # the slot and the rate-limit ticket were given back


FIRST_CALL = r"""
import asyncio, json, os, sys
import soracom_async as sa

env = json.loads(os.environ["FIRST_CALL_EMULATOR"])


async def main():
    creds = sa.AuthKeyCredentials(auth_key_id=env["auth_key_id"], auth_key=env["auth_key"])
    client = sa.SoracomClient(credentials=creds, base_url=env["base_url"])
    before = set(sys.modules)
    await client.sim.get_sim(sim_id=env["sim_id"])
    await client.sim.list_sims(limit=1)
    await client.aclose()
    print(json.dumps(sorted(set(sys.modules) - before)))


asyncio.run(main())
"""


def test_the_first_call_after_the_constructor_imports_only_its_operation(
    emulator: SoracomEmulator, sim_ids: list[str]
) -> None:
    """Importing on the event loop blocks it (aiohttp alone is ~100 ms): whatever the first
    call, its token request and its connection need is imported by `SoracomClient()`; the
    call imports its own endpoint module and models only (operation.lazy_operation), never
    its group's other operations. A fresh interpreter, so that nothing was imported before."""
    env = {
        "base_url": emulator.base_url,
        "auth_key_id": emulator.auth_key_id,
        "auth_key": emulator.auth_key,
        "sim_id": sim_ids[0],
    }
    done = subprocess.run(
        [sys.executable, "-c", FIRST_CALL],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "FIRST_CALL_EMULATOR": json.dumps(env)},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    imported = json.loads(done.stdout.splitlines()[-1])
    endpoints = [m for m in imported if m.startswith("soracom_async._generated.api")]
    assert endpoints == [
        "soracom_async._generated.api.sim",
        "soracom_async._generated.api.sim.get_sim",
        "soracom_async._generated.api.sim.list_sims",
    ]
    others = [m for m in imported if m not in endpoints]
    rest = [m for m in others if not m.startswith("soracom_async._generated.models.")]
    assert rest == ["soracom_async._generated.facade.sim"]  # the group: no operation of its own
    assert "soracom_async._generated.models.sim" in others
