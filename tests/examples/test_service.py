"""examples/service.py: one client shared by every request, SDK errors as HTTP answers.

In process through httpx.ASGITransport (the lifespan driven as a server drives it), on both
event loops; and as a process under uvicorn on loopback, stopped with SIGTERM."""

from __future__ import annotations

import importlib.util
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from types import ModuleType
from typing import Any

import anyio
import httpx
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

from .conftest import EXAMPLES, ROOT, example_env

BACKENDS = ["asyncio", "trio"]


def load_service() -> ModuleType:
    spec = importlib.util.spec_from_file_location("service_example", EXAMPLES / "service.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


service = load_service()


@pytest.fixture(scope="module")
def emulator() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=20) as emu:
        yield emu


@pytest.fixture
def emu(emulator: SoracomEmulator) -> Iterator[SoracomEmulator]:
    emulator.clear_faults()
    emulator.set_rate_limit("Sim", 1_000_000)
    emulator.reset_counters()
    yield emulator
    emulator.clear_faults()
    emulator.set_rate_limit("Sim", 1_000_000)


@pytest.fixture
def sim_id(emulator: SoracomEmulator) -> str:
    with emulator.state.lock:
        return str(
            next(s["simId"] for s in emulator.state.sims.values() if s["status"] == "active")
        )


@asynccontextmanager
async def served(emu: SoracomEmulator, **options: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan entered, and an HTTP client to it."""
    options.setdefault(
        "credentials", sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
    )
    app = service.create_app(base_url=emu.base_url, **options)
    async with app.router.lifespan_context(app) as state:
        asgi = httpx.ASGITransport(app=_with_state(app, state))
        async with httpx.AsyncClient(transport=asgi, base_url="http://service") as http:
            yield http
    with pytest.raises(sa.ClientClosedError):  # the lifespan's end closed the shared client
        await state["soracom"].sim.get_sim(sim_id="any")


def _with_state(app: Any, state: dict[str, Any]) -> Callable[..., Awaitable[None]]:
    """What a server does with the lifespan's state: a copy in every request's scope."""

    async def asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await app({**scope, "state": dict(state)}, receive, send)

    return asgi


def run(backend: str, body: Callable[[], Awaitable[None]]) -> None:
    anyio.run(body, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_concurrent_requests_share_one_client_and_one_sign_in(
    backend: str, emu: SoracomEmulator
) -> None:
    with emu.state.lock:
        sim_ids = list(emu.state.sims)

    async def body() -> None:
        async with served(emu) as http:
            answers: list[httpx.Response] = []

            async def get(sim: str) -> None:
                answers.append(await http.get(f"/sims/{sim}"))

            async with anyio.create_task_group() as tg:
                for i in range(100):
                    tg.start_soon(get, sim_ids[i % len(sim_ids)])
        assert [a.status_code for a in answers] == [200] * 100
        assert {a.json()["simId"] for a in answers} == set(sim_ids)

    run(backend, body)
    assert emu.auth_calls == 1
    assert emu.request_count("getSim") == 100


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_speed_class_change_reaches_the_api(
    backend: str, emu: SoracomEmulator, sim_id: str
) -> None:
    async def body() -> None:
        async with served(emu) as http:
            answer = await http.post(
                f"/sims/{sim_id}/speed-class", json={"speedClass": "s1.4xfast"}
            )
            assert answer.status_code == 200, answer.text
            assert answer.json()["speedClass"] == "s1.4xfast"

    run(backend, body)
    with emu.state.lock:
        assert emu.state.sim(sim_id)["speedClass"] == "s1.4xfast"


@pytest.mark.parametrize("backend", BACKENDS)
def test_sdk_errors_become_http_answers(backend: str, emu: SoracomEmulator, sim_id: str) -> None:
    async def body() -> None:
        async with served(emu) as http:
            missing = await http.get("/sims/no-such-sim")
            assert missing.status_code == 404
            assert missing.json()["error"] == "not_found"
            assert missing.json()["upstream"]["status"] == 404

            for bad in ({}, {"speedClass": 5}, "not an object"):
                answer = await http.post(f"/sims/{sim_id}/speed-class", json=bad)
                assert answer.status_code == 422 and answer.json()["error"] == "invalid"
            rejected = await http.post(f"/sims/{sim_id}/speed-class", json={"speedClass": "warp"})
            assert rejected.status_code == 422, rejected.text  # the API's 400, the caller's fault
            assert rejected.json()["upstream"]["status"] == 400

            emu.inject_fault("error", count=2, operation_ids=["getSim"], status=503)
            failing = await http.get(f"/sims/{sim_id}")  # both attempts of RETRY fail
            assert failing.status_code == 502 and failing.json()["error"] == "upstream_error"

            emu.set_rate_limit("Sim", 0, window_seconds=1.0)  # every Sim request is a 429
            limited = await http.get(f"/sims/{sim_id}")
            assert limited.status_code == 503 and limited.json()["error"] == "rate_limited"
            assert int(limited.headers["retry-after"]) >= 1

    run(backend, body)
    assert emu.request_count("updateSimSpeedClass") == 1  # the invalid bodies never left
    with emu.state.lock:
        assert emu.state.sim(sim_id)["speedClass"] != "warp"


@pytest.mark.parametrize("backend", BACKENDS)
def test_wrong_credentials_are_the_service_s_problem_not_the_caller_s(
    backend: str, emu: SoracomEmulator, sim_id: str
) -> None:
    wrong = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key="secret-wrong-key")

    async def body() -> None:
        async with served(emu, credentials=wrong) as http:
            answer = await http.get(f"/sims/{sim_id}")
        assert answer.status_code == 502
        assert answer.json()["error"] == "upstream_auth"
        assert "secret-wrong-key" not in answer.text

    run(backend, body)


def test_under_uvicorn_it_serves_and_stops_cleanly_on_sigterm() -> None:
    process = subprocess.Popen(
        [sys.executable, str(EXAMPLES / "service.py"), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=example_env(),
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # Soracom emulator at ...; try /sims/<id>
        url = process.stdout.readline().split()[-1]  # service at http://127.0.0.1:<port>
        sim_path = first.split()[-1]
        answer = httpx.get(url + sim_path, timeout=30)
        assert answer.status_code == 200, answer.text
        assert httpx.get(url + "/sims/none", timeout=30).status_code == 404
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert stdout.strip().endswith("service stopped"), stdout
    assert "Traceback" not in stderr and "Unclosed" not in stderr, stderr
