"""The pinned OpenAPI document as the emulator sees it: operations, routes and schemas.

The document (`soracom_async/_generated/openapi.json`, build output of `make generate`, with the
API Sandbox's operations of `soracom_async/_generated_sandbox/openapi.json` merged in: the
emulator is a sandbox-capable endpoint) is loaded once per process with importlib.resources.
`$ref`s are inlined (the document has no reference cycles), `nullable` is turned into a
JSON-schema `null` type, and each operation is described by an `Operation`: its route,
parameters, request body, documented responses and rate-limit group (its first tag).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from dataclasses import dataclass
from typing import Any

Schema = dict[str, Any]

SPEC_PACKAGE = "soracom_async._generated"
SANDBOX_SPEC_PACKAGE = "soracom_async._generated_sandbox"
SPEC_RESOURCE = "openapi.json"
API_PREFIX = "/v1"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Operations the usage guide rate-limits per caller IP address rather than per API group.
IP_LIMITED_OPERATIONS = frozenset(
    {
        "auth",
        "issuePasswordResetToken",
        "verifyPasswordResetToken",
        "issueMFARevokingToken",
        "verifyMFARevokingToken",
        "verifyAddEmailToken",
    }
)
# Path parameters that take the rest of the path, slashes included.
GREEDY_PATH_PARAMS = frozenset({"path"})
# Rule ONE_OF_MATCHES_ANY: requests are validated with every `oneOf` read as `anyOf` (the
# lenient resolver); answers keep `oneOf` (the strict one). Why: the document's alternatives
# overlap (action and rule configs, credentials: objects of optional properties), so a body the
# real API takes matches two alternatives and a literal `oneOf` would refuse it. Registered,
# with the others, in validation.LENIENCIES.
ONE_OF_MATCHES_ANY = "one-of-matches-any"
# Keywords whose values are data, not schemas: never walk into them when resolving.
_DATA_KEYWORDS = frozenset({"example", "examples", "default", "enum", "const", "required"})


@functools.cache
def load_document() -> dict[str, Any]:
    """The pinned OpenAPI document (parsed once per process)."""
    raw = importlib.resources.files(SPEC_PACKAGE).joinpath(SPEC_RESOURCE).read_bytes()
    document: dict[str, Any] = json.loads(raw)
    sandbox = importlib.resources.files(SANDBOX_SPEC_PACKAGE).joinpath(SPEC_RESOURCE)
    extra = json.loads(sandbox.read_bytes())
    document["paths"].update(extra["paths"])  # its schemas are the main ones or its own
    for name, schema in extra["components"]["schemas"].items():
        document["components"]["schemas"].setdefault(name, schema)
    return document


class Resolver:
    """Inlines `#/components/...` references; `lenient` relaxes `oneOf` into `anyOf`
    (rule ONE_OF_MATCHES_ANY)."""

    def __init__(self, document: dict[str, Any], *, lenient: bool) -> None:
        self._document = document
        self._lenient = lenient
        self._cache: dict[str, Any] = {}

    def resolve(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.resolve(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            cached = self._cache.get(ref)
            if cached is None:
                cached = self.resolve(self._lookup(ref))
                self._cache[ref] = cached
            return cached
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DATA_KEYWORDS:
                out[key] = value
            elif key == "properties" and isinstance(value, dict):
                out[key] = {name: self.resolve(sub) for name, sub in value.items()}
            else:
                out[key] = self.resolve(value)
        if out.pop("nullable", False) is True:
            kind = out.get("type")
            if isinstance(kind, str):
                out["type"] = [kind, "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        if self._lenient and "oneOf" in out:
            out["anyOf"] = out.pop("oneOf")
        return out

    def _lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"unsupported $ref {ref!r}")
        node: Any = self._document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # "path" | "query" | "header"
    required: bool
    schema: Schema

    @property
    def kind(self) -> str:
        kind = self.schema.get("type", "string")
        return kind if isinstance(kind, str) else "string"


@dataclass(frozen=True)
class ResponseSpec:
    status: int
    content_type: str | None
    schema: Any  # unresolved (may hold $refs); resolve with Spec.strict
    example: Any
    has_example: bool
    header_names: tuple[str, ...]


class Operation:
    """One documented operation."""

    def __init__(self, spec: Spec, path: str, method: str, raw: dict[str, Any]) -> None:
        self.spec = spec
        self.path = path
        self.method = method.upper()
        self.raw = raw
        self.operation_id: str = raw["operationId"]
        tags = raw.get("tags") or ["default"]
        self.group: str = tags[0]
        self.auth_required = bool(raw.get("security"))
        self.ip_limited = self.operation_id in IP_LIMITED_OPERATIONS
        self.paginated = "x-soracom-cli-pagination" in raw
        self.is_write = self.method not in READ_METHODS
        params = [spec.lenient.resolve(p) for p in raw.get("parameters", [])]
        self.params: tuple[Param, ...] = tuple(
            Param(p["name"], p["in"], bool(p.get("required")), p.get("schema") or {})
            for p in params
        )
        self.path_params = tuple(p for p in self.params if p.location == "path")
        self.query_params = tuple(p for p in self.params if p.location == "query")
        self.param_by_name = {p.name: p for p in self.params}
        body = raw.get("requestBody")
        if isinstance(body, dict) and "$ref" in body:
            body = spec.lenient.resolve(body)
        content: dict[str, Any] = (body or {}).get("content") or {}
        self.body_content_types: tuple[str, ...] = tuple(content)
        self.body_required = bool(body and body.get("required"))
        self.body_schema_raw: Any = (content.get("application/json") or {}).get("schema")
        self.body_example: Any = (content.get("application/json") or {}).get("example")
        # A JSON body is validated unless the op also takes raw bytes (then the JSON schema is a
        # vendor approximation such as `type: string`).
        self.validates_json_body = (
            self.body_schema_raw is not None and "application/octet-stream" not in content
        )
        self.responses: dict[int, ResponseSpec] = {}
        for status_text, response in raw.get("responses", {}).items():
            if not status_text.isdigit():
                continue
            rcontent: dict[str, Any] = response.get("content") or {}
            ctype = next(iter(rcontent), None)
            media: dict[str, Any] = rcontent.get(ctype, {}) if ctype else {}
            self.responses[int(status_text)] = ResponseSpec(
                status=int(status_text),
                content_type=ctype,
                schema=media.get("schema"),
                example=media.get("example"),
                has_example="example" in media,
                header_names=tuple(response.get("headers") or ()),
            )
        self.documented_statuses = frozenset(self.responses)
        successes = sorted(s for s in self.responses if 200 <= s < 400)
        self.success = (
            self.responses[successes[0]]
            if successes
            else ResponseSpec(200, None, None, None, False, ())
        )
        self.limit_param = self.param_by_name.get("limit") if self.paginated else None

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id} {self.method} {self.path}>"

    @functools.cached_property
    def body_schema(self) -> Any:
        """The JSON request-body schema, resolved leniently (None when there is none)."""
        if self.body_schema_raw is None:
            return None
        return self.spec.lenient.resolve(self.body_schema_raw)

    @functools.cached_property
    def success_schema(self) -> Any:
        """The success response schema, resolved strictly (None when there is no body)."""
        if self.success.schema is None:
            return None
        return self.spec.strict.resolve(self.success.schema)

    def fallback_status(self, *preferred: int) -> int:
        """The first of `preferred` that the document lists for this op, else 400."""
        for status in preferred:
            if status in self.documented_statuses:
                return status
        return 400


@dataclass(frozen=True)
class _Route:
    operation: Operation
    pattern: re.Pattern[str]
    names: tuple[str, ...]


class RouteNotFound(Exception):
    pass


class MethodNotAllowed(Exception):
    pass


class Router:
    """Maps (method, path below /v1) to an operation and its raw path parameters.

    Literal segments beat parameters, and the greedy `{path}` of the file APIs comes last, so
    `/sims/{sim_id}/tags` never shadows `/sims/{sim_id}/tags/{tag_name}` and vice versa. A
    greedy `{path}` before a trailing "/" may be empty (the root directory of listFiles is
    `/files/private/`, as the vendor's own tools send it).
    """

    def __init__(self, operations: list[Operation]) -> None:
        self._static: dict[tuple[str, str], Operation] = {}
        self._static_paths: set[str] = set()
        buckets: dict[str, list[tuple[tuple[int, ...], _Route]]] = {}
        for op in operations:
            if "{" not in op.path:
                self._static[(op.method, op.path)] = op
                self._static_paths.add(op.path)
                continue
            segments = op.path.strip("/").split("/")
            trailing = "/" if op.path.endswith("/") else ""
            regex, names, codes = [], [], []
            for seg in segments:
                m = re.fullmatch(r"\{([^}]+)\}", seg)
                if m is None:
                    regex.append("/" + re.escape(seg))
                    codes.append(0)
                elif m.group(1) in GREEDY_PATH_PARAMS:
                    # Before a trailing "/" it may be empty, its own "/" too: the root of
                    # listFiles is `/files/private/` (what clients send; `//` works as well).
                    regex.append("(?:/(.*?))?" if trailing else "/(.+?)")
                    names.append(m.group(1))
                    codes.append(2)
                else:
                    regex.append("/([^/]+)")
                    names.append(m.group(1))
                    codes.append(1)
            pattern = re.compile("".join(regex) + trailing + r"\Z")
            key = (max(codes), 0 if trailing else 1, *codes)
            buckets.setdefault(segments[0], []).append((key, _Route(op, pattern, tuple(names))))
        self._dynamic = {
            first: [route for _, route in sorted(items, key=lambda item: item[0])]
            for first, items in buckets.items()
        }

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        op = self._static.get((method, path))
        if op is not None:
            return op, {}
        path_seen = path in self._static_paths
        first = path[1:].split("/", 1)[0]
        for route in self._dynamic.get(first, ()):
            m = route.pattern.match(path)
            if m is None:
                continue
            if route.operation.method != method:
                path_seen = True
                continue
            values = (value or "" for value in m.groups())  # an empty root path is None
            return route.operation, dict(zip(route.names, values, strict=True))
        if path_seen:
            raise MethodNotAllowed(path)
        raise RouteNotFound(path)


class Spec:
    """All operations of the pinned document, indexed by id and by route."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.strict = Resolver(document, lenient=False)
        self.lenient = Resolver(document, lenient=True)
        self.operations: dict[str, Operation] = {}
        for path, item in document["paths"].items():
            for method, raw in item.items():
                if method in HTTP_METHODS:
                    op = Operation(self, path, method, raw)
                    self.operations[op.operation_id] = op
        self.router = Router(list(self.operations.values()))
        self.groups = frozenset(op.group for op in self.operations.values())

    def schema(self, name: str) -> Any:
        """A component schema by name, resolved strictly."""
        return self.strict.resolve({"$ref": f"#/components/schemas/{name}"})


@functools.cache
def get_spec() -> Spec:
    """The process-wide `Spec` (built on first use, shared by every emulator)."""
    return Spec(load_document())
