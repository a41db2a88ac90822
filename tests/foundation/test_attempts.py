"""Attempt observers: scoped around calls, context-local, beside the client's own hook."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable

import anyio
import pytest

import soracom_async as sa

from .conftest import RecordingServer


@pytest.mark.parametrize("http_backend", ["aiohttp", "httpx"])
async def test_observers_see_the_attempts_of_calls_inside_their_block_only(
    server: RecordingServer, http_backend: str
) -> None:
    server.respond_json(503, {"code": "SEM5030", "message": "busy"})
    hooked: list[int] = []
    outer: list[tuple[str, int]] = []
    inner: list[tuple[str, int]] = []
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="k-attempts", token="t-attempts"),
        base_url=server.base_url,
        retry=sa.RetryPolicy(max_attempts=2, backoff_base=0.001),
        http_backend=http_backend,  # type: ignore[arg-type]
        on_attempt=lambda info: hooked.append(info.attempt),
    ) as client:
        with sa.observe_attempts(lambda info: outer.append((info.operation_id, info.attempt))):
            with pytest.raises(sa.ServerError):
                await client.sim.get_sim(sim_id="1")
            with sa.observe_attempts(lambda i: inner.append((i.operation_id, i.attempt))):
                async with anyio.create_task_group() as tg:  # tasks inherit the observers
                    tg.start_soon(_swallow, client.sim.list_sims())
        with pytest.raises(sa.ServerError):
            await client.sim.get_sim(sim_id="2")  # outside every block: the hook only
    assert outer == [("getSim", 1), ("getSim", 2), ("listSims", 1), ("listSims", 2)]
    assert inner == [("listSims", 1), ("listSims", 2)]
    assert hooked == [1, 2, 1, 2, 1, 2]


async def _swallow(call: Awaitable[object]) -> None:
    with contextlib.suppress(sa.ServerError):
        await call


async def test_an_observer_that_raises_does_not_break_the_call(server: RecordingServer) -> None:
    server.respond_json(200, {"simId": "s-1"})

    def broken(info: sa.AttemptInfo) -> None:
        raise RuntimeError("observer bug")

    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="k-attempts", token="t-attempts"),
        base_url=server.base_url,
    ) as client:
        with sa.observe_attempts(broken):
            sim = await client.sim.get_sim(sim_id="s-1")
    assert sim.sim_id == "s-1"
