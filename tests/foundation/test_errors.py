"""Errors keep the answer's headers case-insensitively, whatever spelling the server used."""

from __future__ import annotations

import pytest

import soracom_async as sa

from .conftest import RecordingServer


def test_api_error_headers_ignore_case() -> None:
    error = sa.SoracomApiError.from_response(
        429,
        b'{"code":"COM0008","message":"slow down"}',
        {"X-Soracom-RateLimit-Seconds-Before-Refresh": "3", "Retry-After": "4"},
    )
    assert isinstance(error, sa.RateLimitError)
    assert error.headers["x-soracom-ratelimit-seconds-before-refresh"] == "3"
    assert error.headers.get("RETRY-AFTER") == "4"
    assert error.seconds_before_refresh == 3.0


@pytest.mark.parametrize("http_backend", ["aiohttp", "httpx"])
async def test_a_429_from_the_wire_reports_its_refresh_on_both_transports(
    server: RecordingServer, http_backend: str
) -> None:
    server.respond_json(
        429,
        {"code": "COM0008", "message": "slow down"},
        {"X-Soracom-RateLimit-Seconds-Before-Refresh": "2", "X-Soracom-RateLimit-Remaining": "0"},
    )
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="k-errors", token="t-errors"),
        base_url=server.base_url,
        retry=sa.NO_RETRY,
        rate_limit_pacing=False,
        http_backend=http_backend,  # type: ignore[arg-type]
    ) as client:
        with pytest.raises(sa.RateLimitError) as raised:
            await client.sim.get_sim(sim_id="1")
    assert raised.value.seconds_before_refresh == 2.0
    assert raised.value.headers["x-soracom-ratelimit-remaining"] == "0"
