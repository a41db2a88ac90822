"""Closing: revoke_on_close, best effort and shielded; tokens forgotten; no use after close."""

from __future__ import annotations

import logging

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

from .conftest import client_for, get_operator


async def token_of(client: sa.SoracomClient) -> sa.TokenCredentials:
    headers = client._session.revocable_headers()  # type: ignore[union-attr]
    assert headers is not None
    return sa.TokenCredentials(headers["X-Soracom-API-Key"], headers["X-Soracom-Token"])


async def test_revoke_on_close_logs_the_token_out(emulator: SoracomEmulator) -> None:
    async with client_for(emulator, revoke_on_close=True) as client:
        await get_operator(client, emulator)
        token = await token_of(client)
    assert emulator.request_count("logout") == 1
    async with client_for(emulator, credentials=token) as other:
        with pytest.raises(sa.AuthenticationError) as caught:
            await get_operator(other, emulator)
    assert caught.value.code == "AUM0004"  # revoked


async def test_without_revoke_on_close_the_token_stays_valid(emulator: SoracomEmulator) -> None:
    async with client_for(emulator) as client:
        await get_operator(client, emulator)
        token = await token_of(client)
    assert client._session.revocable_headers() is None  # type: ignore[union-attr]  # forgotten
    assert emulator.request_count("logout") == 0
    async with client_for(emulator, credentials=token) as other:
        await get_operator(other, emulator)


async def test_nothing_to_revoke_sends_nothing(emulator: SoracomEmulator) -> None:
    async with client_for(emulator, revoke_on_close=True):
        pass
    assert emulator.request_count() == 0


async def test_a_failed_revocation_does_not_fail_close(
    emulator: SoracomEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.inject_fault("error", status=500, count=5, operation_ids=["logout"])
    client = client_for(emulator, revoke_on_close=True, retry=sa.NO_RETRY)
    async with client:
        await get_operator(client, emulator)
    assert emulator.request_count("logout") == 1
    assert "could not revoke the token on close (ServerError)" in caplog.text


async def test_revocation_is_shielded_from_cancellation(emulator: SoracomEmulator) -> None:
    client = client_for(emulator, revoke_on_close=True)
    await get_operator(client, emulator)
    token = await token_of(client)
    with anyio.CancelScope() as scope:
        scope.cancel()
        await client.aclose()
    assert emulator.request_count("logout") == 1
    async with client_for(emulator, credentials=token) as other:
        with pytest.raises(sa.AuthenticationError):
            await get_operator(other, emulator)


async def test_a_closed_client_refuses_calls_and_close_is_idempotent(
    emulator: SoracomEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    client = client_for(emulator, revoke_on_close=True)
    await get_operator(client, emulator)
    await client.aclose()
    await client.aclose()
    assert emulator.request_count("logout") == 1
    with pytest.raises(RuntimeError, match="closed"):
        await get_operator(client, emulator)
    assert emulator.auth_calls == 1  # no token requested for a closed client
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
