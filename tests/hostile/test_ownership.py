"""A client belongs to the event loop it first ran on: used from another loop or thread it
raises WrongEventLoopError at once (never a hang, never an aiohttp internal error); calls that
need credentials when none are configured fail before any I/O saying what to set."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
from pathlib import Path

import anyio
import pytest

import soracom_async as sa

from .rawserver import RUN_IDS, RUNS, RawServer, Reply, json_response, token_client

SIM = b'{"simId": "8942"}'


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_client_used_on_a_second_event_loop_says_so(
    transport: str, raw_server: RawServer
) -> None:
    """The pytest-per-test-loop pattern: a client made once, used by two asyncio.run()s."""
    raw_server.script = lambda seen: Reply(json_response(200, SIM))
    client = token_client(raw_server, transport)

    async def call() -> object:
        return await client.sim.get_sim(sim_id="8942")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(call())
        with pytest.raises(sa.WrongEventLoopError, match="one client per event loop"):
            asyncio.run(call())
        asyncio.run(client.aclose())  # quietly: the first loop's connections are dropped
        gc.collect()
    assert isinstance(sa.WrongEventLoopError("x"), sa.SoracomError)
    assert len(raw_server.seen) == 1
    # aiohttp's session and connector are not left for the garbage collector to complain
    # about (the first loop's sockets are: it closed with the client still open on it).
    noise = [str(w.message) for w in caught]
    assert [m for m in noise if "Unclosed client session" in m or "Unclosed connector" in m] == []
    assert [m for m in noise if "Event loop is closed" in m] == []


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_client_shared_by_two_threads_refuses_the_second_at_once(
    backend: str, transport: str, raw_server: RawServer
) -> None:
    raw_server.script = lambda seen: Reply(json_response(200, SIM))
    client = token_client(raw_server, transport)
    first_done = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    async def owner() -> None:
        await client.sim.get_sim(sim_id="8942")
        first_done.set()
        await anyio.to_thread.run_sync(release.wait, 20)
        await client.sim.get_sim(sim_id="8942")  # still works on its own loop
        await client.aclose()

    async def intruder() -> None:
        with anyio.fail_after(10):  # hang guard
            try:
                await client.sim.get_sim(sim_id="8942")
            except BaseException as exc:
                errors.append(exc)

    thread = threading.Thread(target=anyio.run, args=(owner,), kwargs={"backend": backend})
    thread.start()
    try:
        assert first_done.wait(20)
        other = "trio" if backend == "asyncio" else "asyncio"
        anyio.run(intruder, backend=other)
        anyio.run(intruder, backend=backend)
    finally:
        release.set()
        thread.join(20)
    assert [type(e) for e in errors] == [sa.WrongEventLoopError] * 2
    assert "thread" in str(errors[0])
    assert len(raw_server.seen) == 2  # the owner's two calls; nothing from the intruder


@pytest.fixture
def nowhere(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No SORACOM_* variable and an empty profile directory: no credentials anywhere."""
    for name in (
        "SORACOM_AUTH_KEY_ID",
        "SORACOM_AUTH_KEY",
        "SORACOM_EMAIL",
        "SORACOM_PASSWORD",
        "SORACOM_OPERATOR_ID",
        "SORACOM_USER_NAME",
        "SORACOM_PROFILE",
        "SORACOM_ENDPOINT",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_no_credentials_is_a_configuration_error_before_any_io(
    backend: str, transport: str, raw_server: RawServer, nowhere: Path
) -> None:
    async def main() -> sa.ConfigurationError:
        async with sa.SoracomClient(
            base_url=raw_server.base_url,
            http_backend=transport,  # type: ignore[arg-type]
        ) as client:
            with pytest.raises(sa.ConfigurationError) as caught:
                await client.sim.get_sim(sim_id="8942")
            return caught.value

    error = anyio.run(main, backend=backend)
    message = str(error)
    assert "HTTP 401" not in message
    for needed in ("credentials=", "SORACOM_AUTH_KEY_ID", "SORACOM_AUTH_KEY", "'default'"):
        assert needed in message
    assert str(nowhere / "default.json") in message
    assert raw_server.seen == []


def test_credentials_of_the_wrong_type_are_a_type_error_at_construction() -> None:
    for wrong in ({"authKeyId": "keyId-x", "authKey": "secret-x"}, "keyId-x", ("a", "b")):
        with pytest.raises(TypeError, match="AuthKeyCredentials") as caught:
            sa.SoracomClient(credentials=wrong)  # type: ignore[arg-type]
        assert "secret-x" not in str(caught.value)
        assert type(wrong).__name__ in str(caught.value)
