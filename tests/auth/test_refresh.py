"""The token lifecycle under load: proactive refresh, single flight, 401 replay, a week-long bot.

The client's clock (`ManualClock`) and the emulator's are advanced together, as real time would
pass for both; advancing only the emulator's simulates a token the server expired early.
"""

from __future__ import annotations

import logging
import random
from typing import Any

import anyio
import pytest
import trio

import soracom_async as sa
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.errors import ApiError

from .conftest import (
    ManualClock,
    RecordingTransport,
    advance_both,
    client_for,
    eventually,
    get_operator,
)

# Token deadlines for a 3600 s TTL: advisory from 2700 s (min(15 min, 25 %) before expiry),
# mandatory from 3480 s (min(2 min, 10 %) before expiry).
TTL = 3600


async def run_calls(client: sa.SoracomClient, emulator: SoracomEmulator, n: int) -> list[Any]:
    results: list[Any] = []

    async def one() -> None:
        try:
            results.append(await get_operator(client, emulator))
        except Exception as exc:  # collected: the test asserts there are none
            results.append(exc)

    async with anyio.create_task_group() as tg:
        for _ in range(n):
            tg.start_soon(one)
    return results


async def in_flight(emulator: SoracomEmulator, n: int) -> None:
    """Wait until `n` getOperator requests have reached the server."""
    await eventually(lambda: emulator.request_count("getOperator") >= n)


def failures(results: list[Any]) -> list[BaseException]:
    return [r for r in results if isinstance(r, BaseException)]


async def test_1000_calls_in_flight_across_expiry_make_exactly_one_auth(
    emulator: SoracomEmulator, clock: ManualClock
) -> None:
    async with client_for(emulator, token_timeout=TTL, clock=clock) as client:
        await get_operator(client, emulator)
        assert emulator.auth_calls == 1
        # Keep requests in flight: each getOperator spends 50 ms in the server before its
        # token is checked, so the ones under way when time jumps arrive with an expired token.
        emulator.set_faults(latency=0.05, operation_ids={"getOperator"})
        async with anyio.create_task_group() as tg:
            results: list[Any] = []

            async def calls() -> None:
                results.extend(await run_calls(client, emulator, 1000))

            tg.start_soon(calls)
            await in_flight(emulator, 50)  # sent with the old token, not yet checked
            advance_both(clock, emulator, TTL + 10)
        assert len(results) == 1000
        assert failures(results) == []
        assert emulator.auth_calls == 2  # exactly one refresh for everyone


async def test_a_token_the_server_expired_early_is_renewed_once_for_1000_calls(
    emulator: SoracomEmulator,
) -> None:
    async with client_for(emulator, token_timeout=TTL) as client:
        await get_operator(client, emulator)
        emulator.clock.advance(TTL + 1)  # the server's clock only: the client cannot know
        results = await run_calls(client, emulator, 1000)
        assert failures(results) == []
        assert emulator.auth_calls == 2
        assert emulator.counters.unauthorized >= 1  # found out by 401s, then replayed


async def test_advisory_refresh_makes_nobody_wait(
    emulator: SoracomEmulator, clock: ManualClock
) -> None:
    transport = RecordingTransport()
    async with client_for(emulator, token_timeout=TTL, clock=clock, transport=transport) as client:
        await get_operator(client, emulator)
        old_token = transport.sent[-1].headers["X-Soracom-Token"]
        advance_both(clock, emulator, 2800)  # advisory window; the token is valid 800 s more
        emulator.inject_fault("latency", operation_ids=["auth"], latency=3.0)
        results = await run_calls(client, emulator, 100)
        assert failures(results) == []
        session = client._session
        assert session is not None
        # Order, not wall time: every caller was answered while the slow refresh was still out.
        assert (session.expires_in or 0) < 3000, "a caller waited for the slow /auth"
        calls = [r for r in transport.sent if r.url.path.startswith("/v1/operators/")]
        assert len(calls) == 101
        assert {r.headers["X-Soracom-Token"] for r in calls} == {old_token}
        await eventually(lambda: (session.expires_in or 0) > 3000)
        await get_operator(client, emulator)
        assert transport.sent[-1].headers["X-Soracom-Token"] != old_token
    assert emulator.auth_calls == 2


async def test_mandatory_window_callers_wait_for_one_refresh_and_never_send_an_expired_token(
    emulator: SoracomEmulator, clock: ManualClock
) -> None:
    async with client_for(emulator, token_timeout=TTL, clock=clock) as client:
        await get_operator(client, emulator)
        advance_both(clock, emulator, TTL - 30)
        results = await run_calls(client, emulator, 300)
        assert failures(results) == []
        assert emulator.auth_calls == 2
        assert emulator.counters.unauthorized == 0


async def test_revocation_mid_flight_is_healed_by_one_refresh(
    emulator: SoracomEmulator,
) -> None:
    async with client_for(emulator) as client:
        await get_operator(client, emulator)
        sent = client._session.revocable_headers()  # type: ignore[union-attr]
        assert sent is not None
        stolen = sa.TokenCredentials(sent["X-Soracom-API-Key"], sent["X-Soracom-Token"])
        emulator.set_faults(latency=0.05, operation_ids={"getOperator"})
        async with anyio.create_task_group() as tg:
            results: list[Any] = []

            async def calls() -> None:
                results.extend(await run_calls(client, emulator, 1000))

            tg.start_soon(calls)
            await in_flight(emulator, 50)
            # Someone logs the token out (POST /auth/logout) while calls are under way.
            async with client_for(emulator, credentials=stolen) as other:
                await other.auth.logout()
        assert len(results) == 1000
        assert failures(results) == []
        assert emulator.counters.unauthorized >= 1
        assert emulator.auth_calls == 2


async def test_a_second_401_raises_authentication_error(
    emulator: SoracomEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    def reject(api_key: str | None, token: str | None) -> Any:
        raise ApiError(401, "AUM0004")

    async with client_for(emulator) as client:
        await get_operator(client, emulator)
        monkeypatch.setattr(emulator.core.tokens, "verify", reject)  # every token is revoked
        with pytest.raises(sa.AuthenticationError) as caught:
            await get_operator(client, emulator)
    assert caught.value.code == "AUM0004"
    assert emulator.auth_calls == 2  # one refresh
    assert emulator.counters.unauthorized == 2  # the call and its one replay


async def test_a_failing_early_refresh_keeps_the_current_token(
    emulator: SoracomEmulator, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    async with client_for(emulator, token_timeout=TTL, clock=clock, retry=sa.NO_RETRY) as client:
        await get_operator(client, emulator)
        advance_both(clock, emulator, 2800)
        emulator.inject_fault("error", status=503, operation_ids=["auth"])
        with caplog.at_level(logging.WARNING, logger="soracom_async"):
            results = await run_calls(client, emulator, 20)
            await eventually(lambda: "early token refresh failed" in caplog.text)
        assert failures(results) == []
        assert emulator.auth_calls == 2  # the early refresh, answered 503
        await get_operator(client, emulator)  # the old token; no new attempt for a while
        assert emulator.auth_calls == 2
        advance_both(clock, emulator, 700)  # mandatory window: must refresh now, and can
        await get_operator(client, emulator)
        assert emulator.auth_calls == 3
        assert emulator.counters.unauthorized == 0


async def test_a_week_long_bot_never_fails_and_never_sends_an_expired_token(
    emulator: SoracomEmulator, clock: ManualClock
) -> None:
    rng = random.Random(4)
    week = 7 * 86_400
    elapsed = 0.0
    calls = 0
    async with client_for(emulator, clock=clock) as client:  # the default 24 h TTL
        while elapsed < week:
            await get_operator(client, emulator)
            calls += 1
            step = rng.uniform(60, 1200)
            advance_both(clock, emulator, step)
            elapsed += step
    assert calls > 900
    assert emulator.counters.unauthorized == 0
    assert emulator.counters.statuses.keys() == {200}
    # One token a day, renewed 15 min before expiry: 7 days -> 8 tokens.
    assert 7 <= emulator.auth_calls <= 9


def test_refresh_on_trio(emulator: SoracomEmulator) -> None:
    """Off asyncio there is no background task: the caller that starts an early refresh makes
    it, the others carry on; past the mandatory deadline everyone waits for one /auth."""
    clock = ManualClock()

    async def main() -> None:
        async with client_for(emulator, token_timeout=TTL, clock=clock) as client:
            await get_operator(client, emulator)
            advance_both(clock, emulator, 2800)
            results = await run_calls(client, emulator, 100)
            assert failures(results) == []
            assert emulator.auth_calls == 2
            advance_both(clock, emulator, TTL - 30)
            results = await run_calls(client, emulator, 100)
            assert failures(results) == []
            assert emulator.auth_calls == 3
            assert emulator.counters.unauthorized == 0

    trio.run(main)


async def test_a_cancelled_caller_does_not_strand_the_others_waiting_for_its_refresh(
    emulator: SoracomEmulator,
) -> None:
    emulator.inject_fault("latency", operation_ids=["auth"], latency=0.3)
    async with client_for(emulator) as client:
        async with anyio.create_task_group() as tg:
            first = anyio.CancelScope()

            async def impatient() -> None:
                with first:
                    await get_operator(client, emulator)  # makes the /auth request itself

            tg.start_soon(impatient)
            await eventually(lambda: emulator.auth_calls == 1)
            results: list[Any] = []

            async def patient() -> None:
                results.extend(await run_calls(client, emulator, 20))

            tg.start_soon(patient)
            await anyio.sleep(0.05)
            first.cancel()  # the flight's owner gives up; its waiters must not
        assert first.cancelled_caught
        assert len(results) == 20
        assert failures(results) == []
    assert emulator.auth_calls == 2  # the abandoned request, then one for all the others


async def test_a_failing_refresh_past_the_mandatory_deadline_is_tried_once_not_per_caller(
    emulator: SoracomEmulator, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    async with client_for(emulator, token_timeout=TTL, clock=clock, retry=sa.NO_RETRY) as client:
        await get_operator(client, emulator)
        advance_both(clock, emulator, TTL - 100)  # 100 s left: callers must wait for a refresh
        emulator.inject_fault("error", status=503, count=100, operation_ids=["auth"])
        results = await run_calls(client, emulator, 200)
        assert failures(results) == []  # the token is still valid: it is used
        assert emulator.auth_calls == 2  # one failed refresh, not one per caller
        assert caplog.text.count("using the current token for its last") == 1
        advance_both(clock, emulator, 10)
        await get_operator(client, emulator)
        assert emulator.auth_calls == 2  # backing off: min(30 s, 100 s / 4)
        advance_both(clock, emulator, 20)
        await get_operator(client, emulator)
        assert emulator.auth_calls == 3  # tried again, failed again, still served
        emulator.clear_faults()
        advance_both(clock, emulator, 30)
        await get_operator(client, emulator)
        assert emulator.auth_calls == 4
        assert (client._session.expires_in or 0) > 3000  # type: ignore[union-attr]
        assert emulator.counters.unauthorized == 0


async def test_the_fast_path_takes_a_current_token_at_once_and_refreshes_in_the_advisory_window(
    emulator: SoracomEmulator, clock: ManualClock
) -> None:
    """On asyncio's fast path (aiohttp, no transport given) a token before its advisory
    deadline is taken without awaiting the session (`ready_headers`); inside the advisory
    window the call goes through `headers()`, which starts the one background refresh."""
    async with client_for(emulator, token_timeout=TTL, clock=clock) as client:
        session = client._session
        assert session is not None
        await get_operator(client, emulator)
        assert client._pipeline._fast  # the path under test
        assert session.ready_headers() is not None
        await get_operator(client, emulator)
        assert emulator.auth_calls == 1
        advance_both(clock, emulator, 2800)  # advisory window; the token is valid 800 s more
        assert session.ready_headers() is None  # the fast path must ask headers() now
        await get_operator(client, emulator)
        await eventually(lambda: emulator.auth_calls == 2)
        await eventually(lambda: session.ready_headers() is not None)
        await get_operator(client, emulator)
    assert emulator.auth_calls == 2
