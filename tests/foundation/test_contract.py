"""The public contract of the foundation: calls, bodies, responses, typed errors, laziness."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from collections.abc import AsyncIterator

import pytest

import soracom_async as sa
from soracom_async import models

from .conftest import RecordingServer

SIM = {
    "simId": "8942310022000012345",
    "status": "active",
    "speedClass": "s1.fast",
    "tags": {"name": "pump-7"},
}
API_KEY = "api-key-secret-value"
TOKEN = "token-secret-value"


def client(server: RecordingServer, **kwargs: object) -> sa.SoracomClient:
    return sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key=API_KEY, token=TOKEN),
        base_url=server.base_url,
        retry=sa.NO_RETRY,
        **kwargs,  # type: ignore[arg-type]
    )


async def test_get_sim_returns_the_model_and_with_response_the_details(
    server: RecordingServer,
) -> None:
    server.respond_json(200, SIM, headers={"x-soracom-ratelimit-remaining": "41"})
    async with client(server) as c:
        sim = await c.sim.get_sim(sim_id="8942310022000012345")
        resp = await c.sim.get_sim.with_response(sim_id="8942310022000012345")
    assert isinstance(sim, models.Sim)
    assert sim.sim_id == "8942310022000012345"
    assert sim.speed_class == "s1.fast"
    assert resp.status_code == 200
    assert resp.attempts == 1
    assert resp.headers["x-soracom-ratelimit-remaining"] == "41"
    assert isinstance(resp.parsed, models.Sim)
    sent = server.requests[0]
    assert sent.method == "GET"
    assert sent.raw_path == "/v1/sims/8942310022000012345"
    assert sent.header_values("X-Soracom-API-Key") == [API_KEY]
    assert sent.header_values("X-Soracom-Token") == [TOKEN]


async def test_body_as_dict_or_model_sends_the_same_json_with_one_content_type(
    server: RecordingServer,
) -> None:
    server.respond_json(200, {**SIM, "speedClass": "s1.slow"})
    async with client(server) as c:
        a = await c.sim.update_sim_speed_class(sim_id="1", body={"speedClass": "s1.slow"})
        model = models.UpdateSpeedClassRequest.from_dict({"speedClass": "s1.slow"})
        await c.sim.update_sim_speed_class(sim_id="1", body=model)
    assert a.speed_class == "s1.slow"
    first, second = server.requests
    assert json.loads(first.body) == json.loads(second.body) == {"speedClass": "s1.slow"}
    for sent in (first, second):
        assert sent.header_values("Content-Type") == ["application/json"]
        assert sent.raw_path == "/v1/sims/1/update_speed_class"


async def test_query_parameters_are_encoded(server: RecordingServer) -> None:
    server.respond_json(200, [SIM])
    async with client(server) as c:
        sims = await c.sim.list_sims(limit=5, last_evaluated_key="894231")
    assert [s.sim_id for s in sims] == [SIM["simId"]]
    assert server.requests[0].query == {"limit": "5", "last_evaluated_key": "894231"}


async def test_unknown_enum_values_and_fields_are_kept(server: RecordingServer) -> None:
    server.respond_json(200, {**SIM, "status": "hibernating", "newField": {"x": 1}})
    async with client(server) as c:
        sim = await c.sim.get_sim(sim_id="1")
    assert isinstance(sim.status, models.SimStatus)
    assert sim.status == "hibernating"
    assert sim.status.value == "hibernating"
    assert sim.additional_properties["newField"] == {"x": 1}
    assert sim.to_dict()["status"] == "hibernating"


async def test_harvest_files_path_keeps_slashes_and_binary_bodies(
    server: RecordingServer,
) -> None:
    server.responder = lambda r: (201, {}, b"")

    async def chunks() -> AsyncIterator[bytes]:
        yield b"hello "
        yield b"stream"

    async with client(server) as c:
        put = await c.file_entry.put_file.with_response(
            scope=models.PutFileScope.PRIVATE,
            path="/logs/2026/a b.txt",
            body=b"hello bytes",
            content_type="text/plain",
        )
        assert (put.status_code, put.parsed) == (201, None)
        await c.file_entry.put_file(
            scope=models.PutFileScope.PRIVATE, path="logs/stream.bin", body=chunks()
        )
    by_bytes, by_stream = server.requests
    assert by_bytes.raw_path == "/v1/files/private/logs/2026/a%20b.txt"
    assert by_bytes.body == b"hello bytes"
    assert by_bytes.header_values("Content-Type") == ["text/plain"]
    assert by_stream.raw_path == "/v1/files/private/logs/stream.bin"
    assert by_stream.body == b"hello stream"
    assert by_stream.header_values("Content-Type") == ["application/octet-stream"]


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, sa.BadRequestError),
        (401, sa.AuthenticationError),
        (403, sa.PermissionDeniedError),
        (404, sa.NotFoundError),
        (409, sa.ConflictError),
        (422, sa.UnprocessableEntityError),
        (429, sa.RateLimitError),
        (500, sa.ServerError),
        (503, sa.ServerError),
        (418, sa.SoracomApiError),
    ],
)
async def test_every_non_2xx_raises_its_typed_error(
    server: RecordingServer, status: int, error_type: type[sa.SoracomApiError]
) -> None:
    server.respond_json(status, {"code": "SEM0001", "message": "it went wrong"})
    async with client(server) as c:
        with pytest.raises(error_type) as caught:
            await c.sim.get_sim(sim_id="1")
    error = caught.value
    assert isinstance(error, sa.SoracomError)
    assert (error.status_code, error.code, error.message) == (status, "SEM0001", "it went wrong")
    assert error.operation_id == "getSim"
    assert TOKEN not in repr(error) and API_KEY not in str(error)


@pytest.mark.parametrize("body", [b"", b"<html>gateway</html>", b"[1,2]", b'{"code": 5}'])
async def test_error_bodies_that_are_not_the_unified_shape_are_tolerated(
    server: RecordingServer, body: bytes
) -> None:
    server.responder = lambda r: (502, {"content-type": "text/html"}, body)
    async with client(server) as c:
        with pytest.raises(sa.ServerError) as caught:
            await c.sim.get_sim(sim_id="1")
    assert caught.value.status_code == 502
    assert caught.value.code is None
    assert caught.value.message is None


async def test_a_2xx_body_that_does_not_parse_raises_malformed_response(
    server: RecordingServer,
) -> None:
    server.responder = lambda r: (200, {"content-type": "application/json"}, b'{"simId": ')
    async with client(server) as c:
        with pytest.raises(sa.MalformedResponseError) as caught:
            await c.sim.get_sim(sim_id="1")
    assert caught.value.status_code == 200
    assert caught.value.operation_id == "getSim"


async def test_connect_failure_is_a_connection_error_with_nothing_sent() -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key=API_KEY, token=TOKEN),
        base_url=f"http://127.0.0.1:{port}",
        retry=sa.NO_RETRY,
    ) as c:
        with pytest.raises(sa.SoracomConnectionError) as caught:
            await c.sim.get_sim(sim_id="1")
    assert caught.value.request_sent is False
    assert TOKEN not in str(caught.value)


async def test_wrong_arguments_name_the_operation(server: RecordingServer) -> None:
    async with client(server) as c:
        with pytest.raises(TypeError, match=r"get_sim\(\) got an unexpected keyword argument"):
            await c.sim.get_sim(simid="1")  # type: ignore[call-arg]
    assert server.requests == []


def test_configuration_is_validated_before_any_io() -> None:
    with pytest.raises(ValueError, match="token_timeout must be between 180 and 172800"):
        sa.SoracomClient(credentials=sa.AuthKeyCredentials("keyId-x", "secret-x"), token_timeout=60)
    with pytest.raises(sa.ConfigurationError, match="lang"):
        sa.SoracomClient(lang="fr")  # type: ignore[arg-type]
    with pytest.raises(sa.ConfigurationError, match="absolute"):
        sa.SoracomClient(base_url="api.soracom.io")


def test_base_url_selection() -> None:
    assert sa.SoracomClient(base_url="http://127.0.0.1:8080").base_url == "http://127.0.0.1:8080/v1"
    assert sa.SoracomClient(base_url="https://g.api.soracom.io/v1/").base_url == (
        "https://g.api.soracom.io/v1"
    )


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout


def test_imports_are_lazy() -> None:
    out = _run(
        "import sys, soracom_async\n"
        "print(sorted(m for m in ('httpx', 'aiohttp', 'soracom_async._generated.models.sim')"
        " if m in sys.modules))\n"
        "import soracom_async._generated.api.sim.get_sim\n"
        "print(sum(m.startswith('soracom_async._generated.models.') for m in sys.modules))\n"
        "from soracom_async.models import SimStatus\n"
        "print(SimStatus.ACTIVE.value, 'aiohttp' in sys.modules)\n"
    ).split("\n")
    assert out[0] == "[]"  # importing the package loads neither httpx nor aiohttp
    assert 0 < int(out[1]) < 40  # one endpoint loads its own models, not all ~730
    assert out[2] == "active False"


def test_utc_timestamps_parse_on_every_supported_python() -> None:
    # Python 3.10's datetime.fromisoformat rejects the trailing Z the API writes.
    model = models.DeviceObjectModel.from_dict({"createdTime": "2024-01-01T12:30:00Z"})
    assert isinstance(model.created_time, datetime.datetime)
    assert model.created_time.utcoffset() == datetime.timedelta(0)
    assert model.created_time.hour == 12


async def test_with_options_sets_retry_timeout_and_headers_per_call(
    server: RecordingServer,
) -> None:
    server.respond_json(503, {"code": "SEM5030", "message": "busy"})
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key=API_KEY, token=TOKEN),
        base_url=server.base_url,
        retry=sa.RetryPolicy(max_attempts=3, backoff_base=0.001),
    ) as c:
        with pytest.raises(sa.ServerError) as retried:
            await c.sim.get_sim(sim_id="1")
        assert retried.value.attempts == 3
        assert len(server.requests) == 3

        server.requests.clear()
        once = c.sim.get_sim.with_options(retry=sa.NO_RETRY, headers={"X-Trace": "t-1"})
        with pytest.raises(sa.ServerError) as single:
            await once(sim_id="1")
        assert single.value.attempts == 1
        assert [r.header_values("X-Trace") for r in server.requests] == [["t-1"]]

        server.respond_json(200, [SIM])
        listing = c.sim.list_sims.with_options(timeout=5.0)
        assert isinstance(listing, sa.PaginatedOperation)
        pages = [page async for page in listing.pages(limit=1)]
        assert [[s.sim_id for s in page] for page in pages] == [[SIM["simId"]]]
        assert c.sim.get_sim._options is None  # the client's own operation is unchanged
