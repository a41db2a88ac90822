"""`op.with_options(...)` composes: later settings win, earlier ones stay where unset."""

from __future__ import annotations

import pytest

import soracom_async as sa

from .conftest import RecordingServer

API_KEY = "api-key-options-test"
TOKEN = "token-options-test"


async def test_chained_with_options_keep_the_earlier_settings(server: RecordingServer) -> None:
    server.respond_json(503, {"code": "SEM5030", "message": "busy"})
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key=API_KEY, token=TOKEN),
        base_url=server.base_url,
        retry=sa.RetryPolicy(max_attempts=3, backoff_base=0.001),
    ) as client:
        first = client.sim.get_sim.with_options(retry=sa.NO_RETRY, headers={"X-Trace": "t-1"})
        chained = first.with_options(headers={"X-Span": "s-2"})
        with pytest.raises(sa.ServerError) as raised:
            await chained(sim_id="1")
        # NO_RETRY from the first call survived the second: one attempt, not the client's 3.
        assert raised.value.attempts == 1
        assert len(server.requests) == 1
        (request,) = server.requests
        assert request.header_values("X-Trace") == ["t-1"]
        assert request.header_values("X-Span") == ["s-2"]

        server.requests.clear()
        overridden = chained.with_options(
            retry=sa.RetryPolicy(max_attempts=2, backoff_base=0.001), headers={"X-Trace": "t-3"}
        )
        with pytest.raises(sa.ServerError) as again:
            await overridden(sim_id="1")
        assert again.value.attempts == 2
        assert [r.header_values("X-Trace") for r in server.requests] == [["t-3"], ["t-3"]]
        assert [r.header_values("X-Span") for r in server.requests] == [["s-2"], ["s-2"]]
        # The operations it was derived from are unchanged.
        assert first._options is not None and first._options.headers == {"X-Trace": "t-1"}


async def test_auth_headers_per_call_bypass_the_session(server: RecordingServer) -> None:
    server.respond_json(401, {"code": "AUM0001", "message": "no"})
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key=API_KEY, token=TOKEN),
        base_url=server.base_url,
    ) as client:
        other = {"X-Soracom-API-Key": "api-key-other", "X-Soracom-Token": "token-other"}
        with pytest.raises(sa.AuthenticationError):
            await client.sim.get_sim.with_options(auth_headers=other)(sim_id="1")
        # Sent once with the given headers, none of the session's; the 401 is final.
        (request,) = server.requests
        assert request.header_values("X-Soracom-Token") == ["token-other"]
        assert request.header_values("X-Soracom-API-Key") == ["api-key-other"]
        assert "token-other" not in repr(client.sim.get_sim.with_options(auth_headers=other))
