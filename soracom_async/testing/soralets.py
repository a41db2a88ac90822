"""Soralets (Orbit): create, upload code as numbered versions, execute, read logs, delete.

Why hand-written: the derived family numbered uploaded versions by its own index (so the first
upload was not version 1), executing a soralet answered the soralet's own record, and deleting
a soralet left its versions behind. Here:

- `createSoralet` stores `soraletId` and `description` (an existing ID is 400); `getSoralet`,
  `listSoralets` (`sort`, paginated) and `deleteSoralet` (its versions and logs go with it;
  404 after) answer what exists.
- `uploadSoraletCode` stores the module as the next version (1, 2, ...), with its size, SHA-256
  hash and SRN; an empty module is 400. `listSoraletVersions` and `deleteSoraletVersion` act on
  those versions.
- `testSoralet` does not run WebAssembly: it checks the request (the version must exist, 404
  otherwise) and answers a deterministic echo: `resultCode` 200, the request's `payload` as
  `body`, its `contentType` and `encodingType` (`text` when absent). Each execution adds a
  `getSoraletLogs` entry naming the version, direction and payload size.
"""

from __future__ import annotations

import hashlib
import weakref
from dataclasses import dataclass, field
from typing import Any

from .context import RequestContext, Result
from .errors import ApiError
from .handlers import handler
from .pagination import next_headers, page, page_size
from .state import EmulatorState


@dataclass
class Soralet:
    record: dict[str, Any]
    versions: dict[int, dict[str, Any]] = field(default_factory=dict)
    logs: list[dict[str, Any]] = field(default_factory=list)
    next_version: int = 1


_SORALETS: weakref.WeakKeyDictionary[EmulatorState, dict[str, Soralet]] = (
    weakref.WeakKeyDictionary()
)


def soralets(state: EmulatorState) -> dict[str, Soralet]:
    """soraletId -> its soralet, for `state` (created on first use)."""
    found = _SORALETS.get(state)
    if found is None:
        found = _SORALETS[state] = {}
    return found


def _find(ctx: RequestContext) -> Soralet:
    soralet_id = str(ctx.params["soralet_id"])
    found = soralets(ctx.state).get(soralet_id)
    if found is None:
        raise ApiError(404, "SEM0001", resource="Soralet", ident=soralet_id)
    return found


def _bad(name: str, detail: str) -> ApiError:
    return ApiError(400, "COM0001", name=name, detail=detail)


def _paged(ctx: RequestContext, items: list[tuple[str, dict[str, Any]]]) -> Result:
    """`items` (key, record) in ascending order, served in the request's `sort` order."""
    if ctx.params.get("sort", "desc") == "desc":
        items = items[::-1]
    keys = [k for k, _ in items]
    limit = page_size(ctx.op, ctx.params.get("limit"), ctx.services.page_size)
    pg = page(keys, ctx.params.get("last_evaluated_key"), limit)
    headers = next_headers(ctx.path, ctx.query, "last_evaluated_key", pg.next_key)
    return Result(ctx.op.success.status, [r for _, r in items[pg.start : pg.end]], headers)


@handler("createSoralet")
def create_soralet(ctx: RequestContext) -> Result:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    soralet_id = body.get("soraletId")
    if not isinstance(soralet_id, str) or not soralet_id:
        raise _bad("body.soraletId", "soraletId is required")
    if soralet_id in soralets(ctx.state):
        raise ApiError(400, "SEM0005", resource="Soralet", ident=soralet_id)
    now = ctx.services.clock.now_ms()
    record: dict[str, Any] = {
        "soraletId": soralet_id,
        "operatorId": ctx.state.operator_id,
        "createdTime": now,
        "updatedTime": now,
    }
    if isinstance(body.get("description"), str):
        record["description"] = body["description"]
    soralets(ctx.state)[soralet_id] = Soralet(record)
    return Result(201, None, [], None)  # the document gives the 201 no body


@handler("getSoralet")
def get_soralet(ctx: RequestContext) -> Result:
    return Result(ctx.op.success.status, _find(ctx).record)


@handler("listSoralets")
def list_soralets(ctx: RequestContext) -> Result:
    found = sorted(soralets(ctx.state).items())
    return _paged(ctx, [(k, s.record) for k, s in found])


@handler("deleteSoralet")
def delete_soralet(ctx: RequestContext) -> Result:
    found = _find(ctx)
    del soralets(ctx.state)[found.record["soraletId"]]
    return Result(ctx.op.success.status, None, [], None)


@handler("uploadSoraletCode")
def upload_code(ctx: RequestContext) -> Result:
    found = _find(ctx)
    code = ctx.raw_body
    if not code:
        raise _bad("body", "the module is empty")
    version = found.next_version
    found.next_version += 1
    soralet_id = found.record["soraletId"]
    record = {
        "soraletId": soralet_id,
        "operatorId": ctx.state.operator_id,
        "version": version,
        "size": len(code),
        "hash": hashlib.sha256(code).hexdigest(),
        "srn": f"srn:soracom:{ctx.state.operator_id}::Soralet:{soralet_id}/{version}",
        "createdTime": ctx.services.clock.now_ms(),
    }
    found.versions[version] = record
    found.record["updatedTime"] = record["createdTime"]
    return Result(201, record)


@handler("listSoraletVersions")
def list_versions(ctx: RequestContext) -> Result:
    found = _find(ctx)
    return _paged(ctx, [(f"{v:012d}", r) for v, r in sorted(found.versions.items())])


@handler("deleteSoraletVersion")
def delete_version(ctx: RequestContext) -> Result:
    found = _find(ctx)
    version = int(ctx.params["version"])
    if version not in found.versions:
        raise ApiError(404, "SEM0001", resource="Soralet version", ident=str(version))
    del found.versions[version]
    return Result(ctx.op.success.status, None, [], None)


@handler("testSoralet")
def test_soralet(ctx: RequestContext) -> Result:
    """A deterministic echo of the payload (see the module docstring): no WebAssembly runs."""
    found = _find(ctx)
    body = ctx.body if isinstance(ctx.body, dict) else {}
    raw = body.get("version")
    if not str(raw).isdigit() or int(str(raw)) not in found.versions:
        raise ApiError(404, "SEM0001", resource="Soralet version", ident=str(raw))
    version = int(str(raw))
    payload = str(body.get("payload", ""))
    found.logs.append(
        {
            "soraletId": found.record["soraletId"],
            "operatorId": ctx.state.operator_id,
            "version": version,
            "createdTime": ctx.services.clock.now_ms(),
            "message": f"executed version {version} ({body.get('direction')}, "
            f"{len(payload.encode())} bytes of payload)",
        }
    )
    return Result(
        ctx.op.success.status,
        {
            "resultCode": 200,
            "body": payload,
            "contentType": str(body.get("contentType") or "application/json"),
            "encodingType": str(body.get("encodingType") or "text"),
        },
    )


@handler("getSoraletLogs")
def get_logs(ctx: RequestContext) -> Result:
    found = _find(ctx)
    return _paged(ctx, [(f"{i:012d}", log) for i, log in enumerate(found.logs)])


REGISTERED = (
    "createSoralet",
    "deleteSoralet",
    "deleteSoraletVersion",
    "getSoralet",
    "getSoraletLogs",
    "listSoraletVersions",
    "listSoralets",
    "testSoralet",
    "uploadSoraletCode",
)
"""The operations this module handles (importing it registers them)."""
