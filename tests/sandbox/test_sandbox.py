"""client.sandbox and SoracomClient.sandbox_session, end to end over loopback on the emulator.

The emulator is a sandbox-capable endpoint (loopback): what the sandbox operations create
shows up in the normal operations. A non-sandbox endpoint refuses them before any I/O (a
recording transport proves nothing was sent).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest

import soracom_async as sa
from codegen import spec
from soracom_async.catalog import sandbox_operations
from soracom_async.endpoints import is_sandbox_endpoint
from soracom_async.testing import SoracomEmulator

BACKENDS = ["asyncio", "trio"]
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sandbox.py"
DAY = 1_699_920_000  # 2023-11-14T00:00:00Z


@pytest.fixture
def emu() -> Iterator[SoracomEmulator]:
    with SoracomEmulator(sim_count=5) as emulator:
        yield emulator


def _key(emu: SoracomEmulator) -> sa.AuthKeyCredentials:
    return sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)


class Recording(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(599)


@pytest.mark.parametrize(
    ("url", "capable"),
    [
        ("https://api-sandbox.soracom.io/v1", True),
        ("https://g.api-sandbox.soracom.io/v1", True),
        ("http://127.0.0.1:8080/v1", True),
        ("http://localhost:1/v1", True),
        ("http://[::1]:9/v1", True),
        ("https://api.soracom.io/v1", False),
        ("https://g.api.soracom.io/v1", False),
        ("https://api-sandbox.soracom.io.evil.example/v1", False),
        ("http://10.0.0.1/v1", False),
    ],
)
def test_which_endpoints_take_sandbox_operations(url: str, capable: bool) -> None:
    assert is_sandbox_endpoint(url) is capable


def test_the_sandbox_namespace_has_the_eight_operations_without_prefix() -> None:
    ops = sandbox_operations()
    assert len(ops) == spec.facts(spec.SANDBOX)["operations"]
    assert {info.attr for info in ops.values()} == {
        "initialize_operator",
        "create_subscriber",
        "insert_air_stats",
        "insert_beam_stats",
        "ship_order",
        "create_coupon",
        "get_signup_token",
        "delete_operator",
    }
    assert all(info.namespace == "sandbox" for info in ops.values())
    assert {op for op, info in ops.items() if not info.auth} == set(
        spec.facts(spec.SANDBOX)["no_auth"]
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_production_endpoint_refuses_before_sending(backend: str) -> None:
    anyio.run(_production_refuses, backend=backend)


async def _production_refuses() -> None:
    transport = Recording()
    creds = sa.TokenCredentials(api_key="k", token="t")
    async with sa.SoracomClient(credentials=creds, coverage="g", transport=transport) as client:
        with pytest.raises(sa.ConfigurationError, match="nothing was sent"):
            await client.sandbox.create_coupon(body={"amount": 1})
        with pytest.raises(sa.ConfigurationError):
            await client.sandbox.initialize_operator.with_response(
                body={"email": "a@b.c", "password": "p", "authKeyId": "i", "authKey": "k"}
            )
    assert transport.requests == []


async def test_a_session_on_a_production_endpoint_is_refused(emu: SoracomEmulator) -> None:
    with pytest.raises(sa.ConfigurationError, match=r"api\.soracom\.io"):
        async with sa.SoracomClient.sandbox_session(
            base_url="https://api.soracom.io", credentials=_key(emu)
        ):
            pytest.fail("entered")
    assert emu.request_count() == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_session_creates_uses_and_deletes_its_operator(
    backend: str, emu: SoracomEmulator
) -> None:
    seeded_email = emu.email
    before = [o.operator_id for o in emu.operators]
    anyio.run(_whole_session, emu, backend=backend)
    assert emu.email == seeded_email  # the emulator's own operator was never touched
    assert [o.operator_id for o in emu.operators] == before  # the sandbox operator is gone


async def _whole_session(emu: SoracomEmulator) -> None:
    async with sa.SoracomClient.sandbox_session(
        base_url=emu.base_url, credentials=_key(emu), email="me@example.com"
    ) as client:
        assert await client.sim.list_sims() == []  # a new operator: no SIMs yet
        created = await client.sandbox.create_subscriber(body={"subscription": "plan-D"})
        assert created.imsi and created.status == "ready"
        imsi = created.imsi
        listed = [s.imsi async for s in client.subscriber.list_subscribers.paginate()]
        assert imsi in listed
        sub = await client.subscriber.get_subscriber(imsi=imsi)
        assert (sub.subscription, sub.operator_id) == ("plan-D", client.operator_id)
        for hour, up in ((0, 100), (1, 200)):
            await client.sandbox.insert_air_stats(
                imsi=imsi,
                body={
                    "unixtime": DAY + hour * 3600,
                    "dataTrafficStatsMap": {"s1.fast": {"uploadByteSizeTotal": up}},
                },
            )
        with pytest.raises(sa.BadRequestError):  # same timestamp twice, as documented
            await client.sandbox.insert_air_stats(
                imsi=imsi, body={"unixtime": DAY, "dataTrafficStatsMap": {}}
            )
        minutes = await client.stats.get_air_stats(
            imsi=imsi, from_=DAY, to=DAY + 7200, period="minutes"
        )
        assert [m.unixtime for m in minutes] == [DAY, DAY + 3600]
        days = await client.stats.get_air_stats_of_sim(
            sim_id=str(sub.sim_id), from_=DAY, to=DAY + 7200, period="day"
        )
        assert len(days) == 1 and days[0].data_traffic_stats_map
        fast = days[0].data_traffic_stats_map.additional_properties["s1.fast"]
        assert fast.upload_byte_size_total == 300
        await client.sandbox.insert_beam_stats(
            imsi=imsi, body={"unixtime": DAY, "beamStatsMap": {"inHttp": {"count": 7}}}
        )
        beam = await client.stats.get_beam_stats(imsi=imsi, from_=DAY, to=DAY, period="minutes")
        assert beam[0].beam_stats_map
        assert beam[0].beam_stats_map.additional_properties["inHttp"].count == 7
        operator_id = client.operator_id
        assert operator_id is not None and operator_id != emu.operator_id  # its own operator
        with pytest.raises(sa.BadRequestError):  # "Order does not exist", as documented
            await client.sandbox.ship_order(body={"orderId": "o-1", "operatorId": operator_id})
        coupon = await client.sandbox.create_coupon(body={"amount": 300})
        assert coupon.amount == 300 and coupon.coupon_code
        held = client.operator_id
    assert held is not None
    # Deleted on exit: its tokens are revoked and the emulator's operator has its login back.
    async with sa.SoracomClient(
        credentials=sa.EmailCredentials(email="me@example.com", password="x"), base_url=emu.base_url
    ) as stale:
        with pytest.raises(sa.AuthenticationError):
            await stale.operator.get_operator(operator_id=held)


async def test_keep_leaves_the_operator(emu: SoracomEmulator) -> None:
    async with sa.SoracomClient.sandbox_session(
        base_url=emu.base_url, credentials=_key(emu), email="kept@example.com", password="Pw-1234"
    ) as client:
        await client.sandbox.create_subscriber()
    async with sa.SoracomClient.sandbox_session(
        base_url=emu.base_url,
        credentials=_key(emu),
        keep=True,
        email="kept@example.com",
        password="Pw-1234",
    ) as client:
        await client.sandbox.create_subscriber()
        kept = client.operator_id
    async with sa.SoracomClient(
        credentials=sa.EmailCredentials(email="kept@example.com", password="Pw-1234"),
        base_url=emu.base_url,
    ) as again:
        assert again.operator_id is None
        assert len(await again.sim.list_sims()) == 1  # the kept operator's one SIM
        assert again.operator_id == kept != emu.operator_id


async def test_a_wrong_production_key_fails_without_leaking_it(
    emu: SoracomEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="soracom_async")
    wrong = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key="secret-not-this-one")
    with pytest.raises(sa.BadRequestError) as caught:
        async with sa.SoracomClient.sandbox_session(base_url=emu.base_url, credentials=wrong):
            pytest.fail("entered")
    shown = f"{caught.value!r} {caught.value} {caplog.text}"
    assert "secret-not-this-one" not in shown


async def test_the_production_key_comes_from_the_usual_resolution(
    emu: SoracomEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", emu.auth_key_id)
    monkeypatch.setenv("SORACOM_AUTH_KEY", emu.auth_key)
    monkeypatch.delenv("SORACOM_ENDPOINT", raising=False)
    async with sa.SoracomClient.sandbox_session(base_url=emu.base_url) as client:
        assert (await client.sandbox.create_subscriber()).imsi


async def test_without_a_production_key_the_session_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in list(os.environ):
        if name.startswith("SORACOM_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SORACOM_PROFILE_DIR", str(tmp_path))
    with pytest.raises(sa.ConfigurationError, match="SORACOM_AUTH_KEY_ID"):
        async with sa.SoracomClient.sandbox_session(base_url="http://127.0.0.1:9/v1"):
            pytest.fail("entered")


def test_the_sandbox_example_runs_end_to_end() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SORACOM_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("created subscriber ")
    imsi = lines[0].split()[2]
    assert lines[1] == f"getSubscriber sees it: {imsi} ready"
    assert lines[2] == f"day {DAY}: 6000 bytes up"
    assert lines[-1] == "sandbox operator deleted"
