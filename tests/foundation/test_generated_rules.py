"""The generated layer's rules, over real loopback HTTP: JSON null, empty bodies, enum strings,
safe path parameters, the Harvest Files root, wrong JSON shapes, redirects and HEAD; and
request bodies the pipeline cannot send refused at generation time.

Each test scripts what the real API sends (or what a caller passes) and asserts what the SDK
returns, raises or put on the wire.
"""

from __future__ import annotations

import ast
import json
import typing
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest

import soracom_async as sa
from soracom_async import models
from soracom_async._generated.types import UNSET

from .conftest import RecordingServer

SIM = {"simId": "8942310022000012345", "status": "active", "speedClass": "s1.fast"}
TRANSPORTS = ["aiohttp", "httpx"]


def client(server: RecordingServer, transport: str = "aiohttp") -> sa.SoracomClient:
    return sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="api-key", token="token"),
        base_url=server.base_url,
        retry=sa.NO_RETRY,
        http_backend=transport,  # type: ignore[arg-type]
    )


def cause_of(error: BaseException) -> str:
    """What the parser said (kept as the error's reason; the parser's exception is not chained,
    see MalformedResponseError.from_parse_error)."""
    assert isinstance(error, sa.MalformedResponseError)
    assert error.__cause__ is None
    return error.reason


# -- 1. JSON null -------------------------------------------------------------------------

REAL_SIM = {
    **SIM,
    "groupId": None,
    "expiredAt": None,
    "expiryAction": None,
    "expiryTime": None,
    "lastPortMappingCreatedTime": None,
    "imeiLock": None,
    "localInfo": None,
    "serialNumber": None,
    "profiles": None,
}


async def test_null_optional_fields_parse_as_none_and_round_trip(server: RecordingServer) -> None:
    server.respond_json(200, REAL_SIM)
    async with client(server) as c:
        sim = await c.sim.get_sim(sim_id="1")
    assert sim.group_id is None and sim.expiry_action is None and sim.imei_lock is None
    assert sim.last_port_mapping_created_time is None and sim.profiles is None
    assert sim.ota_serial_number is UNSET  # absent stays distinguishable from null
    assert "expiredAt" in sim.additional_properties  # an undocumented field, kept as sent
    assert sim.to_dict() == REAL_SIM


async def test_a_page_of_sims_with_nulls_parses(server: RecordingServer) -> None:
    server.respond_json(200, [REAL_SIM, SIM])
    async with client(server) as c:
        sims = await c.sim.list_sims()
        streamed = [s async for s in c.sim.list_sims.paginate()]
    assert [s.group_id for s in sims] == [None, UNSET]
    assert [s.sim_id for s in streamed] == [SIM["simId"]] * 2


def test_null_in_nested_models_and_lists() -> None:
    group = models.Group.from_dict({"groupId": "G", "configuration": None, "tags": None})
    assert (group.configuration, group.tags) == (None, None)
    assert group.to_dict() == {"groupId": "G", "configuration": None, "tags": None}
    # simId is required (an identifier, codegen/identifiers.yaml): a SIM always has one.
    data = {"simId": "1", "imeiLock": {"imei": None}, "sessionStatus": {"dnsServers": None}}
    sim = models.Sim.from_dict(data)
    assert isinstance(sim.imei_lock, models.ImeiLock) and sim.imei_lock.imei is None
    assert isinstance(sim.session_status, models.SessionStatus)
    assert sim.session_status.dns_servers is None
    assert sim.to_dict() == data


def test_annotations_say_none_can_come() -> None:
    hints = typing.get_type_hints(models.Sim)
    for name in ("imei_lock", "expiry_action", "group_id", "created_time"):
        assert type(None) in typing.get_args(hints[name]), name


# -- 2. Empty bodies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "kwargs"),
    [
        ("order.register_ordered_sim", {"order_id": "o1"}),
        ("order.cancel_order", {"order_id": "o1"}),
    ],
)
async def test_a_204_is_bodyless_whatever_the_document_declares(
    server: RecordingServer, operation: str, kwargs: dict[str, Any]
) -> None:
    server.responder = lambda r: (204, {}, b"")
    namespace, attr = operation.split(".")
    async with client(server) as c:
        assert await getattr(getattr(c, namespace), attr)(**kwargs) is None
    parse = import_module(f"soracom_async._generated.api.{namespace}.{attr}").parse
    assert typing.get_type_hints(parse)["return"] is type(None)


async def test_an_empty_2xx_is_none_where_the_document_allows_a_bodyless_answer(
    server: RecordingServer,
) -> None:
    # getSoraCamDeviceAtomCamFirmwareUpdate documents 200 with a body and 204 without.
    server.responder = lambda r: (200, {"content-type": "application/json"}, b"")
    async with client(server) as c:
        got = await c.sora_cam.get_sora_cam_device_atom_cam_firmware_update(device_id="d")
    assert got is None


async def test_an_empty_body_where_one_is_documented_is_malformed(server: RecordingServer) -> None:
    server.responder = lambda r: (200, {"content-type": "application/json"}, b"")
    async with client(server) as c:
        with pytest.raises(sa.MalformedResponseError) as caught:
            await c.sim.get_sim(sim_id="1")
        with pytest.raises(sa.MalformedResponseError) as listing:
            await c.sim.list_sims()
    assert caught.value.operation_id == "getSim"
    assert cause_of(caught.value) == "expected a JSON body (Sim), got an empty one"
    assert cause_of(listing.value) == "expected a JSON body (list[Sim]), got an empty one"


def test_a_documented_304_is_an_answer_without_a_body() -> None:
    # assignSoraCamDeviceAtomCamLicense documents 304 Not Modified (not a redirect). Whether
    # the pipeline hands a 304 to parse is its business; if it does, the parse is None.
    from soracom_async._generated.api.sora_cam import assign_sora_cam_device_atom_cam_license
    from soracom_async.transport import RawResponse

    parse = assign_sora_cam_device_atom_cam_license.parse
    assert parse(RawResponse(304, {}, b"")) is None
    assert type(None) in typing.get_args(typing.get_type_hints(parse)["return"])


# -- 3. Enum strings ----------------------------------------------------------------------


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_enum_parameters_accept_the_documented_strings(
    server: RecordingServer, transport: str
) -> None:
    server.respond_json(200, [])
    async with client(server, transport) as c:
        await c.stats.get_air_stats_of_sim(sim_id="s", from_=1, to=2, period="day")
        await c.stats.get_air_stats_of_sim(
            sim_id="s", from_=1, to=2, period=models.GetAirStatsOfSimPeriod.MONTH
        )
        await c.stats.get_air_stats_of_sim(sim_id="s", from_=1, to=2, period="week")  # type: ignore[arg-type]
        await c.sim.get_data_from_sim(sim_id="s", sort="asc")
        server.responder = lambda r: (200, {}, b"[]")
        await c.file_entry.list_files(scope="private", path="")
    periods = [r.query.get("period") for r in server.requests[:3]]
    assert periods == ["day", "month", "week"]  # an unlisted value goes as is
    assert server.requests[3].query["sort"] == "asc"
    assert server.requests[4].raw_path.split("?")[0] == "/v1/files/private/"


async def test_enum_model_fields_accept_strings(server: RecordingServer) -> None:
    request = models.UpdateSpeedClassRequest(speed_class="s1.fast")
    assert request.to_dict() == {"speedClass": "s1.fast"}
    assert type(request.to_dict()["speedClass"]) is str
    member = models.UpdateSpeedClassRequest(
        speed_class=models.UpdateSpeedClassRequestSpeedClass.S1_SLOW
    )
    assert type(member.to_dict()["speedClass"]) is str
    server.respond_json(200, SIM)
    async with client(server) as c:
        await c.sim.update_sim_speed_class(sim_id="1", body=request)
    assert json.loads(server.requests[0].body) == {"speedClass": "s1.fast"}


# -- 4. Path, query, header and body arguments are checked before any I/O -----------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda c: c.group.delete_group_tag(group_id="G1", tag_name=".."), ValueError, "tag_name"),
        (lambda c: c.group.delete_group_tag(group_id="G1", tag_name="."), ValueError, "tag_name"),
        (lambda c: c.group.delete_group_tag(group_id="", tag_name="t"), ValueError, "group_id"),
        (lambda c: c.group.delete_group_tag(group_id=None, tag_name="t"), TypeError, "group_id"),
        (lambda c: c.group.delete_group_tag(group_id=7, tag_name="t"), TypeError, "group_id"),
        (lambda c: c.sim.get_sim(sim_id=b"89"), TypeError, "sim_id"),
        (
            lambda c: c.file_entry.delete_file(scope="private", path="../../groups/G1"),
            ValueError,
            "path",
        ),
        (lambda c: c.file_entry.delete_file(scope="private", path="a//b"), ValueError, "path"),
        (lambda c: c.file_entry.delete_file(scope="private", path="a/./b"), ValueError, "path"),
        (lambda c: c.file_entry.get_file(scope="private", path="dir/"), ValueError, "path"),
        (lambda c: c.file_entry.delete_file(scope=None, path="a"), TypeError, "scope"),
        (lambda c: c.file_entry.delete_directory(scope="private", path="/"), ValueError, "path"),
        (lambda c: c.stats.get_air_stats_of_sim(sim_id="s", from_=None, to=2, period="day"),
         TypeError, "from_"),
        (lambda c: c.stats.get_air_stats_of_sim(sim_id="s", from_=1, to=2, period=None),
         TypeError, "period"),
        (lambda c: c.sim.update_sim_speed_class(sim_id="1", body=None), TypeError, "body"),
    ],
)  # fmt: skip
async def test_bad_arguments_are_refused_before_any_request(
    server: RecordingServer, call: Callable[[Any], Any], error: type[Exception], message: str
) -> None:
    async with client(server) as c:
        with pytest.raises(error, match=rf"\b{message}\b") as caught:
            await call(c)
    assert server.requests == []
    assert "()" in str(caught.value)  # names the operation called


def test_path_errors_name_the_operation() -> None:
    from soracom_async._generated.api.group import delete_group_tag

    with pytest.raises(ValueError, match=r"delete_group_tag\(\): path parameter 'tag_name'"):
        delete_group_tag.build(group_id="G1", tag_name="..")


# -- 5. The Harvest Files root ------------------------------------------------------------


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_list_files_lists_the_root_and_subdirectories(
    server: RecordingServer, transport: str
) -> None:
    entry = {"filePath": "/a/b.txt", "filename": "b.txt", "isDirectory": False}
    server.respond_json(200, [entry])
    async with client(server, transport) as c:
        for path in ("/", "", "a/b", "/a/b", "a/b/"):
            files = await c.file_entry.list_files(scope="private", path=path)
            assert [f.filename for f in files] == ["b.txt"]
    assert [r.raw_path.split("?")[0] for r in server.requests] == [
        "/v1/files/private/",
        "/v1/files/private/",
        "/v1/files/private/a/b/",
        "/v1/files/private/a/b/",
        "/v1/files/private/a/b/",
    ]


# -- 6. Wrong JSON shapes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "body", "expected"),
    [
        ("list_sims", {}, "a JSON array"),
        ("list_sims", "sims", "a JSON array"),
        ("get_sim", [], "a JSON object"),
        ("get_sim", [["simId", "1"]], "a JSON object"),
        ("get_sim", "8942", "a JSON object"),
        ("get_sim", None, "a JSON object"),
    ],
)
async def test_a_body_of_the_wrong_shape_is_malformed(
    server: RecordingServer, operation: str, body: Any, expected: str
) -> None:
    server.respond_json(200, body)
    async with client(server) as c:
        op = getattr(c.sim, operation)
        with pytest.raises(sa.MalformedResponseError) as caught:
            await (op() if operation == "list_sims" else op(sim_id="1"))
    assert caught.value.operation_id == ("listSims" if operation == "list_sims" else "getSim")
    assert str(caught.value).endswith(f"({cause_of(caught.value)})")
    assert expected in cause_of(caught.value)


async def test_a_page_of_the_wrong_shape_is_malformed(server: RecordingServer) -> None:
    server.respond_json(200, {})
    async with client(server) as c:
        with pytest.raises(sa.MalformedResponseError) as caught:
            [s async for s in c.sim.list_sims.paginate()]
    assert "a JSON array" in cause_of(caught.value)


def test_nested_fields_of_the_wrong_shape_are_refused() -> None:
    with pytest.raises(TypeError, match="a JSON object"):
        models.Sim.from_dict({"simId": "1", "imeiLock": ["imei"]})
    with pytest.raises(TypeError, match="a JSON array"):
        models.SessionStatus.from_dict({"dnsServers": {}})


# -- 7. Redirects and HEAD ----------------------------------------------------------------


async def test_get_file_is_a_redirect_operation_returning_bytes(server: RecordingServer) -> None:
    from soracom_async.catalog import operations

    server.responder = lambda r: (200, {"content-type": "text/plain"}, b"file body")
    async with client(server) as c:
        assert c.file_entry.get_file.spec.redirect is True
        redirecting = [
            info.operation_id
            for info in operations().values()
            if getattr(getattr(c, info.namespace), info.attr).spec.redirect
        ]
        assert await c.file_entry.get_file(scope="private", path="a/b.txt") == b"file body"
    assert redirecting == ["getFile"]
    parse = import_module("soracom_async._generated.api.file_entry.get_file").parse
    assert typing.get_type_hints(parse)["return"] is bytes


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_head_gives_the_file_metadata(server: RecordingServer, transport: str) -> None:
    headers = {
        "Content-Type": "text/csv",
        "ETag": '"abc123"',
        "Last-Modified": "Wed, 21 Oct 2025 07:28:00 GMT",
        "Content-Length": "1234",
    }
    from soracom_async._generated.types import ResourceMetadata

    server.responder = lambda r: (200, headers, b"")
    async with client(server, transport) as c:
        meta = await c.file_entry.get_file_metadata(scope="private", path="d/x.csv")
    assert meta == ResourceMetadata(
        content_length=1234,
        content_type="text/csv",
        etag='"abc123"',
        last_modified="Wed, 21 Oct 2025 07:28:00 GMT",
    )
    assert server.requests[0].method == "HEAD"


# -- 8. Request bodies the pipeline does not send fail the generation ---------------------


def _generate_one(tmp_path: Path, content_type: str) -> Path:
    """Run our generator on a one-operation document whose body is `content_type`; the
    updateThing endpoint module it wrote."""
    generate = import_module("codegen.generate")
    if generate.snake_case is None:
        pytest.skip("openapi-python-client needs Python >= 3.11")
    thing = {"$ref": "#/components/schemas/Thing"}
    doc = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{thing_id}": {
                "post": {
                    "operationId": "updateThing",
                    "tags": ["Thing"],
                    "security": [{"api_key": []}],
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "requestBody": {"required": True, "content": {content_type: {"schema": thing}}},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": thing}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}},
            "securitySchemes": {"api_key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        },
    }
    source = tmp_path / "doc.json"
    source.write_text(json.dumps(doc))
    out = tmp_path / "_generated"
    generate.run_generator(source, out, generate.operations(doc))
    return out / "api" / "thing" / "update_thing.py"


def _spec_of(module: str) -> dict[str, Any]:
    """The keyword arguments of the module's `SPEC = OperationSpec(...)`, as values."""
    (call,) = [
        node.value
        for node in ast.parse(module).body
        if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["SPEC"]
    ]
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "OperationSpec"
    return {kw.arg or "": ast.literal_eval(kw.value) for kw in call.keywords}


def test_a_json_body_generates_its_spec_and_json_branch(tmp_path: Path) -> None:
    module = _generate_one(tmp_path, "application/json").read_text()
    assert _spec_of(module) == {
        "operation_id": "updateThing",
        "method": "POST",
        "path": "/things/{thing_id}",
        "group": "Thing",
        "auth": True,
        "redirect": False,
        "paginated": False,
    }
    assert '_kwargs["json"] = to_jsonable(body)' in module
    assert '"method"' not in module  # the pipeline takes the method from SPEC


@pytest.mark.parametrize(
    "content_type", ["application/x-www-form-urlencoded", "multipart/form-data"]
)
def test_a_form_or_multipart_body_fails_the_generation(tmp_path: Path, content_type: str) -> None:
    generate = import_module("codegen.generate")
    with pytest.raises(generate.GenerationError, match="which the pipeline does not send"):
        _generate_one(tmp_path, content_type)
    assert not any(tmp_path.glob("_generated/api/thing/update_thing.py"))
