"""Answers of the operations without a stateful handler, built from the document.

The body is the document's example when it validates against the response schema, else a
value synthesized from the schema (deterministic). Paginated operations page over a
deterministic list of `list_size` synthesized items. Some optional properties are then null,
as the real API sends them (`nulls.NullSprinkler`, at the emulator's `null_share`). Path
parameters are echoed into same-named top-level string fields (`device_id` -> `deviceId`), so
`getX(id)` answers about `id`.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from typing import Any

from .context import RequestContext, Result
from .nulls import DEFAULT_NULL_SHARE, NullSprinkler
from .pagination import next_headers, page, page_size
from .spec import Operation
from .synth import Synthesizer
from .validation import response_validator

OCTET_BODY = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00emulated-binary-body\xff\xd9"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _list_location(schema: Any) -> str | None:
    """ "" when the schema is an array, the property name when it wraps a single array."""
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "array":
        return ""
    props = schema.get("properties") or {}
    arrays = [
        name for name, sub in props.items() if isinstance(sub, dict) and sub.get("type") == "array"
    ]
    return arrays[0] if len(arrays) == 1 else None


class SyntheticResponses:
    """Caches one synthesized body (or item list) per operation."""

    def __init__(
        self,
        *,
        hints: Mapping[str, str],
        list_size: int,
        null_share: float = DEFAULT_NULL_SHARE,
        documented_nulls: Mapping[int, frozenset[str]] | None = None,
    ) -> None:
        self._synth = Synthesizer(hints=hints)
        self._nulls = NullSprinkler(null_share, documented_nulls)
        self._list_size = list_size
        self._bodies: dict[str, Any] = {}
        self._lock = threading.Lock()

    def body(self, op: Operation) -> Any:
        cached = self._bodies.get(op.operation_id)
        if cached is None:
            with self._lock:
                cached = self._bodies.get(op.operation_id)
                if cached is None:
                    cached = self._build(op)
                    self._bodies[op.operation_id] = cached
        return cached

    def _build(self, op: Operation) -> Any:
        paged = op.paginated and op.limit_param is not None
        where = _list_location(op.success_schema) if paged else None
        # The wrapper's list, and the fields that echo path parameters, are never null.
        echoed = {n for p in op.path_params for n in (p.name, _camel(p.name))}
        keep = frozenset({where, *echoed} if where else echoed)
        return self._nulls.apply(op.success_schema, self._value(op), op.operation_id, keep)

    def _value(self, op: Operation) -> Any:
        schema = op.success_schema
        where = _list_location(schema) if op.paginated and op.limit_param is not None else None
        if where is not None:
            assert isinstance(schema, dict)
            list_schema = schema if where == "" else schema["properties"][where]
            items = [
                self._synth.value(list_schema.get("items") or {}, "item", i)
                for i in range(self._list_size)
            ]
            if where == "":
                return items
            wrapper = self._synth.value(schema)
            wrapper[where] = items
            return wrapper
        if op.success.has_example and response_validator(op).is_valid(op.success.example):
            return op.success.example
        return self._synth.value(schema)


def _echo(op: Operation, schema: Any, value: Any, params: dict[str, Any]) -> Any:
    """Copy `value` with path parameters written into same-named string properties."""
    if not isinstance(value, dict) or not isinstance(schema, dict):
        return value
    props = schema.get("properties") or {}
    updates = {}
    for param in op.path_params:
        for field in {_camel(param.name), param.name}:
            sub = props.get(field)
            if (
                isinstance(sub, dict)
                and sub.get("type") == "string"
                and "enum" not in sub
                and field in value
                and isinstance(params.get(param.name), str)
            ):
                updates[field] = params[param.name]
    if not updates:
        return value
    return {**value, **updates}


def synthesized(ctx: RequestContext) -> Result:
    op = ctx.op
    success = op.success
    headers: list[tuple[str, str]] = []
    if success.status in (301, 302, 303, 307):
        target = ctx.path.removeprefix("/v1")
        headers.append(("location", f"http://{ctx.host}/_emulator/download{target}"))
        return Result(success.status, None, headers, None)
    if success.content_type == "application/octet-stream":
        return Result(success.status, OCTET_BODY, headers, "application/octet-stream")
    if success.content_type is None or op.success_schema is None or success.status == 204:
        if success.header_names:  # HEAD getFileMetadata
            headers += [
                ("content-type", "application/octet-stream"),
                ("etag", '"emulated-etag"'),
                ("content-length", str(len(OCTET_BODY))),
            ]
        return Result(success.status, None, headers, None)
    body = ctx.services.responses.body(op)
    schema = op.success_schema
    where = _list_location(schema) if op.paginated and op.limit_param is not None else None
    if where is not None:
        items: list[Any] = body if where == "" else body[where]
        keys = [str(i) for i in range(len(items))]
        limit = page_size(op, ctx.params.get("limit"), ctx.services.page_size)
        pg = page(keys, ctx.params.get("last_evaluated_key"), limit)
        headers += next_headers(ctx.path, ctx.query, "last_evaluated_key", pg.next_key)
        item_schema = (schema if where == "" else schema["properties"][where]).get("items")
        chunk = [_echo(op, item_schema, item, ctx.params) for item in items[pg.start : pg.end]]
        body = chunk if where == "" else {**body, where: chunk}
        return Result(success.status, body, headers)
    return Result(success.status, copy.copy(_echo(op, schema, body, ctx.params)), headers)
