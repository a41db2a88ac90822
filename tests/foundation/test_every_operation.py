"""Every operation of the pinned document is reachable and sends the right method and path.

The operations come from the catalogue (soracom_async.catalog, derived from the facades at run
time); `test_the_catalogue_is_the_document` checks it against the document itself, so each
test here covers every operation the document has, not only those the facades declare.
"""

from __future__ import annotations

import enum
import importlib.resources
import inspect
import json
import re
import subprocess
import sys
import types
import typing
from importlib import import_module
from typing import Any
from urllib.parse import quote

import pytest

import soracom_async as sa
from codegen import spec
from soracom_async._generated.types import Unset
from soracom_async.catalog import SPEC_VERSION, OperationInfo, operations
from soracom_async.transport import BackendKind

from .conftest import RecordingServer

PIN = spec.pin(spec.MAIN)
FACTS = spec.facts(spec.MAIN)
OPERATIONS = operations()


def _sample(name: str, annotation: Any) -> Any:
    """A valid value for a required parameter of the given type."""
    args = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        options = [a for a in args if a is not Unset and a is not type(None)]
        if any(a is bytes for a in options):
            return b"payload"
        return _sample(name, options[0])
    origin = typing.get_origin(annotation)
    if origin is list:
        return []
    if origin is dict or annotation is dict:
        return {}
    if inspect.isclass(annotation):
        if issubclass(annotation, enum.Enum):
            return next(iter(annotation))
        if annotation is bool:
            return True
        if annotation is int:
            return 7
        if annotation is float:
            return 1.5
        if annotation is str:
            return "dir/file.txt" if name == "path" else f"v-{name}"
        if hasattr(annotation, "from_dict"):
            return {}
    raise AssertionError(f"no sample for {name}: {annotation!r}")


def _call_args(build: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(build)
    kwargs = {}
    for param in inspect.signature(build).parameters.values():
        if param.default is inspect.Parameter.empty:
            kwargs[param.name] = _sample(param.name, hints[param.name])
    return kwargs


def _python_name(name: str, kwargs: dict[str, Any]) -> str:
    """The argument the generator made of path parameter `name` (`type` -> `type_`, ...)."""

    def key(text: str) -> str:
        return text.replace("_", "").lower()

    (match,) = [arg for arg in kwargs if key(arg) == key(name)]
    return match


def _expected_path(template: str, kwargs: dict[str, Any]) -> str:
    def value_of(match: re.Match[str]) -> str:
        name = match.group(1)
        value = kwargs[_python_name(name, kwargs)]
        text = str(value.value if isinstance(value, enum.Enum) else value)
        return quote(text, safe="/" if name == "path" else "")

    return "/v1" + re.sub(r"\{(\w+)\}", value_of, template)


REDIRECTS = ("301", "302", "303", "307", "308")


def _documented() -> dict[str, OperationInfo]:
    """Every operation of the pinned document (the prose-free copy the generator ships), as
    the document states it: operationId, first tag, method, path, security, pagination,
    redirect. (`attr`, the Python name, is left empty: the facades choose it.)"""
    raw = importlib.resources.files("soracom_async._generated").joinpath("openapi.json")
    doc = json.loads(raw.read_bytes())
    out = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch", "head", "options"):
                continue  # path-level parameters, servers, ...
            tag = op["tags"][0]
            out[op["operationId"]] = OperationInfo(
                operation_id=op["operationId"],
                tag=tag,
                namespace=re.sub(r"(?<!^)(?=[A-Z])", "_", tag).lower(),
                attr="",
                method=method.upper(),
                path=path,
                paginated="x-soracom-cli-pagination" in op,
                auth=op.get("security") not in ([], None),
                redirect=any(str(code) in REDIRECTS for code in op["responses"]),
            )
    return out


def test_the_catalogue_is_the_document() -> None:
    """What the facades declare (through each endpoint's SPEC) is what the document says."""
    assert {key: info._replace(attr="") for key, info in OPERATIONS.items()} == _documented()
    for info in OPERATIONS.values():  # the attribute is the endpoint module's name
        import_module(f"soracom_async._generated.api.{info.namespace}.{info.attr}")


def test_the_catalogue_covers_the_pinned_document() -> None:
    assert PIN["version"] == SPEC_VERSION
    assert len(OPERATIONS) == FACTS["operations"]
    assert sum(op.paginated for op in OPERATIONS.values()) == FACTS["paginated"]
    assert {op.operation_id for op in OPERATIONS.values() if not op.auth} == set(FACTS["no_auth"])
    assert OPERATIONS["getFileMetadata"].method == "HEAD"
    assert OPERATIONS["getMFAStatus"].attr == "get_mfa_status"
    assert OPERATIONS["listSoraCamDevices"].namespace == "sora_cam"


async def test_every_operation_sends_its_method_and_path(server: RecordingServer) -> None:
    creds = sa.TokenCredentials(api_key="api-key-sample", token="token-sample")
    seen = 0
    async with sa.SoracomClient(
        credentials=creds, base_url=server.base_url, retry=sa.NO_RETRY
    ) as client:
        for info in OPERATIONS.values():
            op = getattr(getattr(client, info.namespace), info.attr)
            assert op.spec.operation_id == info.operation_id
            assert op.spec.group == info.tag
            module = import_module(f"soracom_async._generated.api.{info.namespace}.{info.attr}")
            kwargs = _call_args(module.build)
            server.requests.clear()
            with pytest.raises(sa.NotFoundError) as caught:
                await op(**kwargs)
            assert caught.value.operation_id == info.operation_id
            assert len(server.requests) == 1, info.operation_id
            sent = server.requests[0]
            assert sent.method == info.method, info.operation_id
            assert sent.raw_path.split("?")[0] == _expected_path(info.path, kwargs), (
                info.operation_id
            )
            has_token = bool(sent.header_values("X-Soracom-Token"))
            assert has_token == info.auth, info.operation_id
            assert len(sent.header_values("Content-Type")) <= 1, info.operation_id
            seen += 1
    assert seen == FACTS["operations"]


# Awkward but valid path values: each must arrive percent-encoded exactly as given (nothing
# decoded, no dot-segment removal), on both transports.
AWKWARD = ["a b", "a/b", "%2E%2E", "..x", "ü", "?#", ".x.", "a%2Fb"]
AWKWARD_FILE_PATHS = ["a b/%2E%2E/..x", "ü/?#/f.txt", "d/.x./e", "%2E/a%2Fb"]
REFUSED = ["", ".", "..", None]


def _path_params(info: Any, kwargs: dict[str, Any]) -> list[tuple[str, str]]:
    """(template name, argument name) of each path parameter of the operation."""
    return [(name, _python_name(name, kwargs)) for name in re.findall(r"\{(\w+)\}", info.path)]


def _awkward_args(info: Any, kwargs: dict[str, Any], seed: int) -> dict[str, Any]:
    awkward = dict(kwargs)
    for i, (name, arg) in enumerate(_path_params(info, kwargs)):
        if name == "path":
            awkward[arg] = AWKWARD_FILE_PATHS[(seed + i) % len(AWKWARD_FILE_PATHS)]
        elif isinstance(kwargs[arg], str) and not isinstance(kwargs[arg], enum.Enum):
            awkward[arg] = AWKWARD[(seed + i) % len(AWKWARD)]
    return awkward


def _exact_path(template: str, kwargs: dict[str, Any]) -> str:
    def value_of(match: re.Match[str]) -> str:
        name = match.group(1)
        value = kwargs[_python_name(name, kwargs)]
        text = str(value.value if isinstance(value, enum.Enum) else value)
        if name == "path":
            return "/".join(quote(segment, safe="") for segment in text.split("/"))
        return quote(text, safe="")

    return "/v1" + re.sub(r"\{(\w+)\}", value_of, template)


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_every_operation_sends_awkward_path_values_exactly(
    server: RecordingServer, transport: BackendKind
) -> None:
    creds = sa.TokenCredentials(api_key="api-key-sample", token="token-sample")
    sent_paths = 0
    async with sa.SoracomClient(
        credentials=creds, base_url=server.base_url, retry=sa.NO_RETRY, http_backend=transport
    ) as client:
        for seed, info in enumerate(OPERATIONS.values()):
            op = getattr(getattr(client, info.namespace), info.attr)
            module = import_module(f"soracom_async._generated.api.{info.namespace}.{info.attr}")
            kwargs = _awkward_args(info, _call_args(module.build), seed)
            server.requests.clear()
            with pytest.raises(sa.NotFoundError):
                await op(**kwargs)
            assert [r.method for r in server.requests] == [info.method], info.operation_id
            raw = server.requests[0].raw_path.split("?")[0]
            assert raw == _exact_path(info.path, kwargs), info.operation_id
            sent_paths += bool(_path_params(info, kwargs))

            for name, arg in _path_params(info, kwargs):
                lists_root = name == "path" and info.operation_id == "listFiles"
                for bad in REFUSED:
                    if lists_root and bad == "":
                        continue  # "" is the root (test_list_files_refuses_... covers the rest)
                    expected = TypeError if bad is None else ValueError
                    with pytest.raises(expected, match=arg):
                        await op(**{**kwargs, arg: bad})
            assert len(server.requests) == 1, info.operation_id  # refusals sent nothing
    assert sent_paths == 393  # every operation with a path parameter


async def test_list_files_refuses_none_and_dot_segments(server: RecordingServer) -> None:
    async with sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="k", token="t"), base_url=server.base_url
    ) as client:
        for bad in (None, ".", "..", "a/../b", "a//b"):
            with pytest.raises(TypeError if bad is None else ValueError, match="path"):
                await client.file_entry.list_files(scope="private", path=bad)  # type: ignore[arg-type]
    assert server.requests == []


# -- the declarations use each endpoint's SPEC as given ---------------------------------------


def test_a_declaration_must_match_its_spec() -> None:
    from soracom_async.operation import TagApi, lazy_operation, operation, paginated_operation

    get_sim = import_module("soracom_async._generated.api.sim.get_sim")
    list_sims = import_module("soracom_async._generated.api.sim.list_sims")
    with pytest.raises(TypeError, match="listSims must be declared with paginated_operation"):
        operation(list_sims.SPEC, list_sims.build, list_sims.parse)
    with pytest.raises(TypeError, match="getSim must be declared with operation"):
        paginated_operation(get_sim.SPEC, get_sim.build, get_sim.parse)
    with pytest.raises(TypeError, match="getSim is in group 'Sim', not 'Group'"):

        class Misfiled(TagApi):
            group = "Group"
            get_sim_here = operation(get_sim.SPEC, get_sim.build, get_sim.parse)

    class Mislabelled(TagApi):  # a lazy declaration states its group; its module is checked
        group = "Group"
        get_sim_here = lazy_operation(".api.sim.get_sim", "soracom_async._generated", group="Group")

    with pytest.raises(TypeError, match="getSim is in group 'Sim'"):
        _ = Mislabelled.get_sim_here.spec


def test_the_client_imports_an_operation_on_first_use_and_never_the_catalogue() -> None:
    code = (
        "import sys\n"
        "from soracom_async import SoracomClient\n"
        "def loaded():\n"
        "    return sorted(m for m in sys.modules if m.startswith(('soracom_async._generated.f',"
        " 'soracom_async._generated.api.', 'soracom_async.catalog')))\n"
        "print(loaded())\n"
        "client = SoracomClient(base_url='http://127.0.0.1:9')\n"
        "client.sim\n"
        "print(loaded())\n"
        "client.sim.get_sim\n"
        "print(loaded())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert out[0] == "[]"
    facade = ["soracom_async._generated.facade", "soracom_async._generated.facade.sim"]
    assert out[1] == str(facade)  # the group, none of its 46 operations
    used = ["soracom_async._generated.api.sim", "soracom_async._generated.api.sim.get_sim"]
    assert out[2] == str(sorted([*facade, *used]))
