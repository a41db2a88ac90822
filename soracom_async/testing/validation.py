"""Request validation against the pinned document.

Path and query parameters arrive as strings and are coerced per their schema type (integer,
number, boolean, array of those), then checked for enum, bounds, length and pattern. JSON bodies
are validated with jsonschema (Draft 4, the dialect of OpenAPI 3.0 schemas). Every failure is an
`ApiError` 400 whose message names the offending parameter or body field.

The document validated against is the one codegen generated from, our named patches
(openapi/patches/*.yaml) applied: where the vendor document is wrong, the patch is what lets
the emulator accept what the real API accepts. Beyond those patches the emulator has only the
named rules of `LENIENCIES`; a new leniency is a patch (or a rule here) with its reason, never
a special case in a handler.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from .errors import ApiError
from .spec import ONE_OF_MATCHES_ANY, Operation, Param

_TRUE = frozenset({"true", "True", "TRUE", "1"})
_FALSE = frozenset({"false", "False", "FALSE", "0"})
_MISSING = object()


def _invalid(name: str, detail: str) -> ApiError:
    return ApiError(400, "COM0001", name=name, detail=detail)


def _coerce_scalar(name: str, kind: str, raw: str) -> Any:
    if kind == "integer":
        try:
            return int(raw, 10)
        except ValueError:
            raise _invalid(name, f"{raw!r} is not an integer") from None
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            raise _invalid(name, f"{raw!r} is not a number") from None
    if kind == "boolean":
        if raw in _TRUE:
            return True
        if raw in _FALSE:
            return False
        raise _invalid(name, f"{raw!r} is not a boolean")
    return raw


@functools.lru_cache(maxsize=256)
def _pattern(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


def _check(name: str, schema: dict[str, Any], value: Any) -> None:
    enum = schema.get("enum")
    if enum is not None and value not in enum:
        allowed = ", ".join(str(e) for e in enum)
        raise _invalid(name, f"{value!r} is not one of [{allowed}]")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and value < low:
            raise _invalid(name, f"{value} is less than the minimum of {low}")
        if high is not None and value > high:
            raise _invalid(name, f"{value} is greater than the maximum of {high}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            raise _invalid(name, f"{value!r} is too short")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise _invalid(name, f"{value!r} is too long")
        pattern = schema.get("pattern")
        if pattern is not None and _pattern(pattern).search(value) is None:
            raise _invalid(name, f"{value!r} does not match {pattern!r}")


def coerce_param(param: Param, raw_values: list[str]) -> Any:
    """Coerce one parameter's raw string value(s) and check them against its schema."""
    schema = param.schema
    kind = param.kind
    if kind == "array":
        items: dict[str, Any] = schema.get("items") or {}
        item_kind = items.get("type", "string")
        values = [_coerce_scalar(param.name, item_kind, raw) for raw in raw_values]
        for value in values:
            _check(param.name, items, value)
        if "maxItems" in schema and len(values) > schema["maxItems"]:
            raise _invalid(param.name, "too many values")
        return values
    value = _coerce_scalar(param.name, kind, raw_values[-1])
    _check(param.name, schema, value)
    return value


def validate_params(
    op: Operation,
    path_values: dict[str, str],
    query: dict[str, list[str]],
    headers: dict[str, str],
) -> dict[str, Any]:
    """Coerce and check every documented parameter; returns {name: value} (defaults applied)."""
    out: dict[str, Any] = {}
    for param in op.params:
        raw_list: list[str] | None
        if param.location == "path":
            raw = path_values.get(param.name)
            raw_list = None if raw is None else [raw]
        elif param.location == "query":
            raw_list = query.get(param.name)
        elif param.location == "header":
            raw_h = headers.get(param.name.lower())
            raw_list = None if raw_h is None else [raw_h]
        else:
            continue
        if not raw_list:
            if param.required:
                raise ApiError(400, "COM0002", name=param.name)
            default = param.schema.get("default", _MISSING)
            if default is not _MISSING:
                out[param.name] = default
            continue
        out[param.name] = coerce_param(param, raw_list)
    return out


@functools.lru_cache(maxsize=1024)
def _body_validator(op: Operation) -> Any:
    from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]

    return Draft4Validator(op.body_schema)


def _location(path: Any) -> str:
    out = "body"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def parse_body(op: Operation, content_type: str, raw: bytes) -> Any:
    """Decode and validate the request body; returns the JSON value, raw bytes, or None."""
    if not op.body_content_types:
        return None
    if not raw:
        if op.body_required and op.validates_json_body:
            raise ApiError(400, "COM0005")
        return None
    if not op.validates_json_body:
        if "json" in content_type:
            try:
                return json.loads(raw)
            except ValueError:
                return raw
        return raw
    try:
        body = json.loads(raw)
    except ValueError:
        raise ApiError(400, "COM0004") from None
    validator = _body_validator(op)
    errors = list(validator.iter_errors(body))
    if errors:
        from jsonschema.exceptions import best_match  # type: ignore[import-untyped,unused-ignore]

        error = best_match(errors)
        path = list(error.absolute_path)
        # Point at the missing property itself for `required` failures.
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = [n for n in error.validator_value if n not in error.instance]
            if missing:
                path.append(missing[0])
        raise ApiError(400, "COM0003", name=_location(path), detail=error.message)
    return body


# -- response validation -----------------------------------------------------------------------
#
# Rule OPTIONAL_MAY_BE_NULL: in a response, any property an object schema does not list as
# `required` may be JSON `null`.
#
# Why: the real API sends `null` for optional fields it has no value for (Sim.groupId outside a
# group, Sim.expiryAction/expiryTime without an expiry, Sim.lastPortMappingCreatedTime before
# Napter was used, SessionStatus.imei, a virtual SIM's serialNumber, ...), while the document
# marks exactly one property `nullable` and says "null" only in prose. A validator that took the
# document literally would reject what production sends. Required properties and every
# non-null value are still checked strictly (types, enums, `oneOf`, ...). This is the only
# place the leniency exists: the emulator's example vetting and the schema sweep both use it.

OPTIONAL_MAY_BE_NULL = "optional-may-be-null"

LENIENCIES: dict[str, str] = {
    OPTIONAL_MAY_BE_NULL: (
        "answers: an optional property may be null, as the real API sends nulls the document "
        "only mentions in prose (see the rule above)"
    ),
    ONE_OF_MATCHES_ANY: (
        "requests: oneOf is read as anyOf, as the document's alternatives overlap and a body "
        "the real API takes can match two of them (spec.py)"
    ),
}
"""Every way the emulator is more lenient than the patched document, by name, with why."""


def allow_null_optionals(schema: Any) -> Any:
    """A copy of a resolved schema in which every optional object property also admits null."""
    if isinstance(schema, list):
        return [allow_null_optionals(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _SCHEMA_DATA:
            out[key] = value
        elif key == "properties" and isinstance(value, dict):
            required = set(schema.get("required") or ())
            out[key] = {
                name: allow_null_optionals(sub) if name in required else _or_null(sub)
                for name, sub in value.items()
            }
        elif isinstance(value, (dict, list)):
            out[key] = allow_null_optionals(value)
        else:
            out[key] = value
    return out


_SCHEMA_DATA = frozenset({"example", "examples", "default", "enum", "const", "required"})


def _or_null(schema: Any) -> Any:
    inner = allow_null_optionals(schema)
    if not isinstance(inner, dict):
        return inner
    kind = inner.get("type")
    if isinstance(kind, str) and not any(k in inner for k in ("oneOf", "anyOf", "allOf")):
        enum = inner.get("enum")
        widened: dict[str, Any] = {**inner, "type": [kind, "null"]}
        if isinstance(enum, list) and None not in enum:
            widened["enum"] = [*enum, None]
        return widened
    if isinstance(kind, list):
        return inner if "null" in kind else {**inner, "type": [*kind, "null"]}
    return {"anyOf": [{"type": "null"}, inner]}


@functools.lru_cache(maxsize=1024)
def response_validator(op: Operation) -> Any:
    """A Draft 4 validator of the op's success body under rule OPTIONAL_MAY_BE_NULL."""
    from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]

    return Draft4Validator(allow_null_optionals(op.success_schema))
