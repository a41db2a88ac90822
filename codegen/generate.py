"""Generate the SDK's endpoint layers from the pinned, patched Soracom OpenAPI documents.

    python -m codegen.generate            # regenerate in place
    python -m codegen.generate --check    # regenerate into build/ and fail on any drift

Every document of codegen.spec.DOCUMENTS (the main API into soracom_async/_generated, the API
Sandbox into soracom_async/_generated_sandbox) goes through the same steps, with its own pin,
patches and output package; one drift check covers them all and openapi/facts.json (the
counts tests and the README read instead of hard-coding them), and zero generator warnings
are allowed for any. A document with a `namespace` (the sandbox) gets one facade holding all
its operations, named without the document's prefix (`client.sandbox.create_coupon`), and its
`types.py` re-exports the main layer's helpers, so there is one UNSET for the whole SDK.

Steps: fetch + verify the pin (codegen/spec.py), apply openapi/patches/<name>.yaml, gather from the
document what the stock generator does not hand its templates (each operation's operationId,
tag, security and pagination, from the vendor extensions), run the pinned openapi-python-client
in this process with our config and templates (zero warnings allowed), those facts available to
the templates, then render the templates only we use: one facade class per tag (the
`client.<tag>.<operation>` namespaces) and the namespaces mixin. This script gathers data; every
line of Python it produces comes from a template in codegen/templates. It also writes a
prose-free copy of the document for the emulator. Everything is formatted with the pinned ruff,
so two runs give identical bytes.

One owner per fact: each endpoint module exports `SPEC` (contracts.OperationSpec: operationId,
method, path, group, auth, redirect, paginated), and `items(page)` when it is paginated; the
facades name the module once and nothing else repeats those facts. The operation catalogue
(soracom_async/catalog.py) is derived from the facades at run time, not generated.

Rules our templates (codegen/templates) add to the stock generator, because the real API and
real callers are less tidy than the document:
- JSON null: every optional (non-required) property of every model, nested or not, lists
  included, may be `null`; it parses as None, distinct from an absent field (UNSET), and
  to_dict writes None back as null and omits UNSET. Annotations say `X | None | Unset`. This is
  done in the templates (property_templates/property_macros.py.jinja), not by marking the
  document `nullable`: the generator turns a nullable schema into a union, which renames
  inline models and enums and parses each field through a nested function.
- Shapes: a model's from_dict refuses anything but a JSON object and a list property anything
  but a JSON array (TypeError naming the expected shape), instead of making `[]` or `{}`
  an empty result.
- Enums: a member and its plain string (or int) work everywhere (fields, path, query and
  header parameters); values this pin does not list are sent, and parsed, as they are.
- Arguments (types.py helpers, called by build()): path parameters are single
  percent-encoded segments, never None, empty, `.` or `..`; the Harvest Files `path` keeps
  `/` between checked segments; required query/header parameters and bodies are never None.
- Bodies (endpoint_module.py.jinja): a 204 is body-less whatever the document declares; an
  empty 2xx body is None where a body-less 2xx is documented, else a ValueError; HEAD answers
  are their headers (types.ResourceMetadata); a documented redirect (getFile) is followed by
  the pipeline (`SPEC.redirect`) and its target's body returned as bytes.
- Request bodies are JSON or raw bytes only, the two kinds the pipeline sends: a form or
  multipart body in the document fails the generation (`refuse`) instead of emitting a branch
  the pipeline would silently drop.

The typed surface (what an editor, mypy and pyright see):
- Enum members have readable names (`RuleConfigType.DAILY_TOTAL_TRAFFIC_RULE`, the value's
  words in snake case; the stock generator upper-cases the value and loses the word breaks).
- Wherever a caller passes an enum (parameters, model constructors), the type is the enum or
  `Literal[...]` of its documented values, written out where it is used (`literal_type`), so
  `period="day"` checks and `period="week"` does not; the server's unlisted values still parse.
- Model constructors (model.py.jinja) take a nested model as the model or a plain mapping
  (its API JSON) and a list of them as any sequence, converted at construction; from_dict
  fills the instance without running them (the parse path stays as fast as before).
- Identifiers the API always returns are required (`require_identifiers`, with the data of
  codegen/identifiers.yaml): the id property of every resource with a get-by-id operation.
  A required field absent or null in an answer is a MissingFieldError naming it.
- Each facade's docstring lists its operations with their one-line summaries; a paginated
  endpoint module also exports `paging()`, the typed signature of its `pages()`/`paginate()`,
  naming the item model's from_dict when its page is a JSON array of models (paginate()
  then builds each item as it is handed out).

Parsing speed (a page of SIMs makes thousands of objects): a known enum value is one dict
lookup in the enum's value -> member map, a nested model's from_dict is called through a name
bound once per module (`bind_parsers`: `_by_value_<Enum>`, `_from_dict_<Model>`, defined at
the end of the module, after the imports that resolve model cycles), a list of models is a
list comprehension, every UNSET check is an identity check (`check_unset_identity` fails the
generation on one that is not), and an emptied copy of the answer is replaced by a fresh
`{}`, which the garbage collector does not track. Those lines, and the hoisted imports, are
the only Python written here rather than by a template.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import filecmp
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from codegen import spec
from codegen.spec import Document

try:  # the generator needs Python >= 3.11; the SDK it writes runs on 3.10
    from openapi_python_client.strings import snake_case
except ImportError:  # pragma: no cover - exercised on Python 3.10
    snake_case = None  # type: ignore[assignment,unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Files the stock generator writes that our layer replaces (client and its error type).
UNWANTED = ("client.py", "errors.py", "README.md", ".gitignore", "pyproject.toml")


class GenerationError(Exception):
    """The document or the generator produced something our layer cannot serve faithfully.

    `warnings` holds the generator's own warnings when those are the cause: each is a
    candidate patch of the document."""

    def __init__(self, message: str, warnings: list[str] | None = None) -> None:
        super().__init__(message)
        self.warnings = warnings or []


@dataclass(frozen=True)
class Op:
    """What the document says of one operation that the stock generator keeps from templates."""

    operation_id: str
    tag: str
    method: str
    path: str
    paginated: bool
    auth: bool
    summary: str = ""
    strip_prefix: str = ""

    @property
    def attr(self) -> str:
        """The endpoint module's name: the snake_case operationId."""
        return str(snake_case(self.operation_id))

    @property
    def name(self) -> str:
        """Its attribute on its facade: `attr` without the document's prefix."""
        return self.attr.removeprefix(self.strip_prefix)

    @property
    def tag_attr(self) -> str:
        return str(snake_case(self.tag))


@dataclass(frozen=True)
class Group:
    """One tag: a rate-limit group, a facade class, a namespace of the client."""

    tag: str
    ops: tuple[Op, ...]
    name: str | None = None
    """The client attribute when it is not the tag's (a document's single namespace)."""

    @property
    def namespace(self) -> str:
        return self.name or str(snake_case(self.tag))

    @property
    def tags(self) -> list[str]:
        return sorted({op.tag for op in self.ops})

    @property
    def class_name(self) -> str:
        return "".join(part[:1].upper() + part[1:] for part in self.namespace.split("_")) + "Api"


def operations(doc: dict[str, Any], *, strip_prefix: str = "") -> list[Op]:
    global_security = doc.get("security")
    ops = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            security = op.get("security", global_security)
            ops.append(
                Op(
                    operation_id=op["operationId"],
                    tag=op["tags"][0],
                    method=method.upper(),
                    path=path,
                    paginated="x-soracom-cli-pagination" in op,
                    auth=security != [] and security is not None,
                    summary=" ".join(str(op.get("summary") or "").split()),
                    strip_prefix=strip_prefix,
                )
            )
    return sorted(ops, key=lambda o: (o.tag_attr, o.attr))


def groups(ops: list[Op], document: Document = spec.MAIN) -> list[Group]:
    if document.namespace is not None:
        title = "".join(w[:1].upper() + w[1:] for w in document.namespace.split("_"))
        return [Group(f"API {title}", tuple(sorted(ops, key=lambda o: o.name)), document.namespace)]
    by_tag: dict[str, list[Op]] = {}
    for op in ops:
        by_tag.setdefault(op.tag, []).append(op)
    return [Group(tag, tuple(by_tag[tag])) for tag in sorted(by_tag, key=snake_case)]


def refuse(message: str) -> NoReturn:
    """Called by a template that meets what it must not emit: generation fails, loudly."""
    raise GenerationError(message)


def generator_available() -> bool:
    """Whether openapi-python-client could be imported (it needs Python >= 3.11)."""
    return snake_case is not None


def _facts_lookup(ops: list[Op]) -> Callable[[str, str], Op]:
    """The templates' `soracom_operation(name, method)`: the document's facts of the endpoint
    the generator named `name` (the snake_case operationId, also its module's name)."""
    by_name = {op.attr: op for op in ops}
    if len(by_name) != len(ops):
        raise GenerationError("two operationIds have the same snake_case name")

    def lookup(name: str, method: str) -> Op:
        op = by_name.get(str(name))
        if op is None or op.method != method.upper():
            raise GenerationError(f"the generator made {method} {name}, not in the document")
        return op

    return lookup


IDENTIFIERS_FILE = CODEGEN / "identifiers.yaml"
_TRAILING_PARAMETER = re.compile(r"/\{(\w+)\}$")


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


def _json_schema_ref(response: dict[str, Any]) -> str | None:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def derived_identifiers(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(schema, property) of each resource identifier the rule finds: for every GET whose
    path ends in a parameter (`/sims/{sim_id}`) and whose 200 answer is a component schema,
    the schema's property named after that parameter (camelCase `simId`, or as written:
    `imsi`, `device_id`). Fetching a resource by that value answers the resource, so the value
    is in it: the property is the resource's identity, present in every answer."""
    schemas = doc["components"]["schemas"]
    found: set[tuple[str, str]] = set()
    for path, item in doc["paths"].items():
        get, match = item.get("get"), _TRAILING_PARAMETER.search(path)
        if get is None or match is None:
            continue
        name = _json_schema_ref(get.get("responses", {}).get("200", {}))
        if name is None:
            continue
        properties = schemas[name].get("properties", {})
        for key in (_camel(match.group(1)), match.group(1)):
            if key in properties:
                found.add((name, key))
                break
    return found


def _request_body_schemas(doc: dict[str, Any]) -> set[str]:
    names = set()
    for item in doc["paths"].values():
        for method in METHODS:
            body = (item.get(method) or {}).get("requestBody")
            if body:
                for content in body.get("content", {}).values():
                    ref = content.get("schema", {}).get("$ref")
                    if isinstance(ref, str):
                        names.add(ref.rsplit("/", 1)[-1])
    return names


def require_identifiers(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """Mark the identifiers the API always returns as required (in `doc`, in place).

    The rule is `derived_identifiers`, with codegen/identifiers.yaml's `add` (identifiers the
    rule cannot see, each with its reason) and `skip` (derived ones that are not always there,
    each with its reason). A stale entry, or a schema that is also sent as a request body
    (the caller would then have to invent the id), fails the generation."""
    import yaml

    data = yaml.safe_load(IDENTIFIERS_FILE.read_text())
    derived = derived_identifiers(doc)
    schemas = doc["components"]["schemas"]
    add = {(e["schema"], e["property"]) for e in data.get("add") or []}
    skip = {(e["schema"], e["property"]) for e in data.get("skip") or []}
    for entry in sorted(add & derived):
        raise GenerationError(f"identifiers.yaml adds {entry}, which the rule already finds")
    for entry in sorted(skip - derived):
        raise GenerationError(f"identifiers.yaml skips {entry}, which the rule does not find")
    chosen = sorted((derived | add) - skip)
    bodies = _request_body_schemas(doc)
    for name, key in chosen:
        schema = schemas.get(name)
        if schema is None or key not in schema.get("properties", {}):
            raise GenerationError(f"identifiers.yaml: {name}.{key} is not in the document")
        if name in bodies:
            raise GenerationError(f"{name} is also a request body: {key} cannot be required")
        required = schema.setdefault("required", [])
        if key not in required:
            required.append(key)
    return chosen


_ENUM = "enum_property.py.jinja"
_MODEL = "model_property.py.jinja"
_LIST = "list_property.py.jinja"


def _code(value: Any) -> str:
    return str(value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else value)


def literal_type(prop: Any) -> str | None:
    """`Literal[...]` of an enum property's documented values (None for any other property):
    written where the enum is accepted, so an editor offers the values and a checker refuses
    an undocumented one."""
    if prop.template != _ENUM:
        return None
    if prop.value_type is int:
        return "Literal[" + ", ".join(str(v) for v in prop.values.values()) + "]"
    return "Literal[" + ", ".join(f'"{v}"' for v in prop.values.values()) + "]"


def accepted_type(prop: Any) -> str:
    """What a caller may pass for a property (neither None nor Unset included): an enum or
    its values, a model or its JSON object, and sequences of those; else the stock type."""
    base = _code(prop.get_type_string(no_optional=True))
    if prop.template == _ENUM:
        return f"{base} | {literal_type(prop)}"
    if prop.template == _MODEL:
        return f"{base} | Mapping[str, Any]"
    if prop.template == _LIST and prop.inner_property.template in (_ENUM, _MODEL):
        return f"Sequence[{accepted_type(prop.inner_property)}]"
    return base


def parameter_declaration(prop: Any) -> str:
    """A build() parameter: the stock declaration, with the accepted type for an enum, and
    any sequence for a list (the pipeline sends a list or tuple as repeated values, a str as
    one)."""
    if literal_type(prop) is None and prop.template != _LIST:
        return _code(prop.to_string())
    if prop.template == _LIST:
        inner = prop.inner_property
        items = accepted_type(inner) if inner.template == _ENUM else inner.get_type_string(True)
        annotation = f"Sequence[{_code(items)}]"
    else:
        annotation = accepted_type(prop)
    if not prop.required:
        annotation += " | Unset"
    if prop.default is not None:
        return f"{prop.python_name}: {annotation} = {_code(prop.default.python_code)}"
    return f"{prop.python_name}: {annotation}" + ("" if prop.required else " = UNSET")


def _readable_enum_values(stock: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """The generator's enum member naming, with the value's word breaks kept: `DailyTotal
    TrafficRule` is DAILY_TOTAL_TRAFFIC_RULE (stock: DAILYTOTALTRAFFICRULE). A value that
    does not start with a letter, or whose readable name two values share, keeps the stock
    name."""

    def values_from_list(values: list[Any], class_info: Any, var_names: list[str]) -> Any:
        output = stock(values, class_info, var_names)
        if len(var_names) == len(values) or any(not isinstance(v, str) for v in values):
            return output
        names = [
            snake_case(v).upper() if v[:1].isalpha() and snake_case(v) else key
            for key, v in zip(output, values, strict=True)
        ]
        if len(set(names)) != len(names) or not all(n.isidentifier() for n in names):
            return output
        return dict(zip(names, output.values(), strict=True))

    return values_from_list


def run_generator(patched: Path, out: Path, ops: list[Op], document: Document = spec.MAIN) -> Any:
    """Run the pinned openapi-python-client on `patched` into `out`, in this process so that
    our templates see the facts of `operations()`; return its template environment (our own
    templates render with the same loader and filters). Any warning fails the generation."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from openapi_python_client.parser.properties.enum_property import EnumProperty

    config_file = ConfigFile.load_from_path(CODEGEN / "config.yaml").model_copy(
        update={"package_name_override": document.package}
    )
    meta = MetaType("none")  # the package only: no pyproject, README or hooks
    config = Config.from_sources(config_file, meta, patched, "utf-8", True, out)
    chatter = io.StringIO()  # the generator prints progress; its warnings are its errors
    stock_values = EnumProperty.values_from_list
    with (
        _patched(EnumProperty, "values_from_list", _readable_enum_values(stock_values)),
        warnings.catch_warnings(record=True) as caught,
        contextlib.redirect_stdout(chatter),
        contextlib.redirect_stderr(chatter),
    ):
        warnings.simplefilter("always")
        openapi = GeneratorData.from_dict(json.loads(patched.read_text()), config=config)
        if isinstance(openapi, GeneratorError):
            raise GenerationError(f"openapi-python-client: {openapi.header} {openapi.detail}")
        project = Project(
            openapi=openapi, config=config, custom_template_path=CODEGEN / "templates"
        )
        project.env.filters["pyrepr"] = repr
        project.env.globals.update(
            soracom_operation=_facts_lookup(ops),
            soracom_spec_version=spec.pin(document)["version"],
            soracom_document=document,
            soracom_literal=literal_type,
            soracom_accepted=accepted_type,
            soracom_parameter=parameter_declaration,
            refuse=refuse,
        )
        errors = project.build()
    problems = [f"{e.level.value}: {e.header} {e.detail or ''}" for e in errors]
    # A ResourceWarning is the garbage collector finding something unclosed that was never the
    # generator's (a socket of the same process, e.g. in a test run): not one of its warnings.
    problems += [
        f"{w.category.__name__}: {w.message}"
        for w in caught
        if not issubclass(w.category, ResourceWarning)
    ]
    output = chatter.getvalue()
    if "warning" in output.lower():  # its warnings are printed, with their details
        problems += [line.strip() for line in output.splitlines() if line.strip()]
    if problems:
        raise GenerationError(
            f"{document.name}: openapi-python-client reported warnings (zero are allowed)",
            problems,
        )
    return project.env


@contextlib.contextmanager
def _patched(owner: Any, name: str, function: Callable[..., Any]) -> Any:
    """`owner.name` replaced by the static method `function` for the generator's run."""
    original = owner.__dict__[name]
    setattr(owner, name, staticmethod(function))
    try:
        yield
    finally:
        setattr(owner, name, original)


def emit_facades(env: Any, out: Path, ops: list[Op], document: Document = spec.MAIN) -> None:
    """The facade class of each group and the namespaces mixin, from their templates."""
    for op in ops:
        module = out / "api" / op.tag_attr / f"{op.attr}.py"
        if not module.exists():
            raise GenerationError(f"{op.operation_id}: no generated module {module}")
    facade_dir = out / "facade"
    facade_dir.mkdir()
    tags = groups(ops, document)
    name = "namespace_facade.py.jinja" if document.namespace else "facade.py.jinja"
    facade = env.get_template(name)
    for group in tags:
        (facade_dir / f"{group.namespace}.py").write_text(facade.render(group=group))
    (facade_dir / "__init__.py").write_text(env.get_template("facade_init.py.jinja").render())
    namespaces = env.get_template("namespaces.py.jinja")
    mixin = "TagNamespaces" if document.namespace is None else f"{tags[0].class_name[:-3]}Namespace"
    (out / "namespaces.py").write_text(namespaces.render(groups=tags, mixin=mixin))


def share_types(env: Any, out: Path, main_types: Path) -> None:
    """A non-main layer's types.py: the main layer's helpers, re-exported (one UNSET, one
    Unset, one set of argument checks for the whole SDK)."""
    import ast

    tree = ast.parse(main_types.read_text())
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    public = sorted(n for n in names if not n.startswith("_"))
    text = env.get_template("types_shared.py.jinja").render(names=public)
    (out / "types.py").write_text(text)


def facts(ops: list[Op], doc: dict[str, Any], document: Document) -> dict[str, Any]:
    """The counts and sets tests and the README quote, as the document has them."""
    return {
        "version": spec.pin(document)["version"],
        "operations": len(ops),
        "paths": len(doc["paths"]),
        "schemas": len(doc.get("components", {}).get("schemas", {})),
        "tags": len({op.tag for op in ops}),
        "paginated": len([op for op in ops if op.paginated]),
        "no_auth": sorted(op.operation_id for op in ops if not op.auth),
    }


_LAZY_MODEL_IMPORT = re.compile(
    r"^[ \t]+(from \.\.models\.\w+ import \w+)[ \t]*# noqa: PLC0415[ \t]*\n", re.M
)


def hoist_model_imports(text: str) -> str:
    """Move a model's per-call imports of other models to the end of its module.

    The stock templates import referenced models inside to_dict/from_dict (they may form
    cycles), which costs an import-statement lookup per nested object parsed. Importing them
    once, after the class is defined, keeps cycles working and parses 2-3x faster; loading a
    model still loads only the models it can reach.
    """
    imports = sorted(set(_LAZY_MODEL_IMPORT.findall(text)))
    if not imports:
        return text
    text = _LAZY_MODEL_IMPORT.sub("", text).rstrip("\n") + "\n\n"
    text += "# Referenced models, imported after the class so that cycles resolve.\n"
    return text + "".join(f"{line}  # noqa: E402\n" for line in imports)


def portable_datetime_parsing(text: str) -> str:
    """Parse timestamps with types.parse_datetime, which accepts a trailing `Z` on Python 3.10
    (whose datetime.fromisoformat does not; the API writes UTC times that way)."""
    if "datetime.datetime.fromisoformat(" not in text:
        return text
    text = text.replace("datetime.datetime.fromisoformat(", "parse_datetime(")
    return text.replace(
        "from __future__ import annotations\n",
        "from __future__ import annotations\n\nfrom ..types import parse_datetime\n",
        1,
    )


_UNSET_CHECK = re.compile(r"(not\s+)?isinstance\(\s*([\w.]+)\s*,\s*Unset\s*\)")
_ANY_UNSET_ISINSTANCE = re.compile(r"isinstance\([^()]*\bUnset\b")


def unset_checks_by_identity(text: str) -> str:
    """`x is UNSET` instead of `isinstance(x, Unset)` in the models' hot parse/serialize paths:
    UNSET is the only Unset there is, and the identity test is cheaper on every field. Any
    spacing is matched (the stock templates write `isinstance(_x,  Unset)` in places); one the
    pattern still misses fails the generation (see `check_unset_identity`)."""
    return _UNSET_CHECK.sub(lambda m: f"{m.group(2)} is {'not ' if m.group(1) else ''}UNSET", text)


def check_unset_identity(module: Path, text: str) -> None:
    """Every UNSET check in generated code is an identity check: an `isinstance(..., Unset)`
    left after the rewrite is a new spelling of it, which must not slip through silently."""
    found = _ANY_UNSET_ISINSTANCE.search(text)
    if found:
        raise GenerationError(f"{module}: an isinstance check of Unset survived: {found.group(0)}")


_BOUND_PARSER = re.compile(r"\b_(from_dict|by_value)_([A-Za-z]\w*)\b")


def bind_parsers(text: str) -> str:
    """Define, at the very end of a module, the parsers its code calls per object:
    `_from_dict_<Model>` (the model's bound from_dict) and `_by_value_<Enum>` (the enum's
    value -> member map), which the property templates emit instead of `Model.from_dict(...)`
    and `Enum(value)`. A global lookup replaces an attribute lookup and a method binding (or
    the enum metaclass's call) per parsed object. At the end, after the imports that
    hoist_model_imports moves there, so that models referring to each other still load."""
    used = sorted({(m.group(1), m.group(2)) for m in _BOUND_PARSER.finditer(text)})
    if not used:
        return text
    lines = [
        f"_from_dict_{name} = {name}.from_dict\n"
        if kind == "from_dict"
        else f"_by_value_{name} = {name}._value2member_map_\n"
        for kind, name in used
    ]
    text = text.rstrip("\n") + "\n\n# Parsers called per object, bound once (after every import).\n"
    return text + "".join(lines)


Rewrite = Callable[[str], str]
MODEL_REWRITES: tuple[Rewrite, ...] = (
    hoist_model_imports,
    portable_datetime_parsing,
    unset_checks_by_identity,
    bind_parsers,
)
ENDPOINT_REWRITES: tuple[Rewrite, ...] = (unset_checks_by_identity, bind_parsers)


def rewrite_models(models_dir: Path) -> None:
    """Apply MODEL_REWRITES to every generated model module and ENDPOINT_REWRITES to every
    endpoint module (its parse() builds models too), in one read and write each."""
    modules = [(m, MODEL_REWRITES) for m in sorted(models_dir.glob("*.py"))]
    modules += [(m, ENDPOINT_REWRITES) for m in sorted(models_dir.parent.glob("api/*/*.py"))]
    for module, rewrites in modules:
        text = original = module.read_text()
        for rewrite in rewrites:
            text = rewrite(text)
        check_unset_identity(module, text)
        if text != original:
            module.write_text(text)


def format_tree(path: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--isolated", "--line-length", "100", "--target-version", "py310"]
    subprocess.run(
        [*ruff, "check", *common, "--select", "F401,I,UP", "--fix-only", "--quiet", str(path)],
        check=False,  # --fix-only exits 0 unless ruff itself fails
    )
    subprocess.run([*ruff, "format", *common, "--quiet", str(path)], check=True)


def generate_document(out_parent: Path, document: Document) -> tuple[Path, dict[str, Any]]:
    """One document's layer in `out_parent/<package>`, and its facts."""
    doc = spec.load_patched(spec.fetch(document), document)
    ops = operations(doc, strip_prefix=document.strip_prefix)
    # The identifiers the API always returns are required for the emulator too (its copy is
    # openapi.json): it must never send a null or absent ID that the SDK would refuse. None of
    # those schemas is a request body (require_identifiers checks), so requests are unchanged.
    typed = copy.deepcopy(doc)
    if document.identifiers:
        require_identifiers(typed)
    patched = out_parent / f"patched-{document.name}.json"
    patched.write_text(json.dumps(typed, sort_keys=True))
    out = out_parent / document.package
    env = run_generator(patched, out, ops, document)
    for name in UNWANTED:
        (out / name).unlink(missing_ok=True)
    emit_facades(env, out, ops, document)
    if document != spec.MAIN:
        share_types(env, out, out_parent / spec.MAIN.package / "types.py")
    (out / "openapi.json").write_text(
        json.dumps(spec.compact(typed), sort_keys=True, separators=(",", ":")) + "\n"
    )
    (out / "py.typed").unlink(missing_ok=True)
    rewrite_models(out / "models")
    format_tree(out)
    modules = sorted((out / "api").glob("*/*.py"))
    modules = [m for m in modules if m.name != "__init__.py"]
    if len(modules) != len(ops):
        raise GenerationError(f"{len(modules)} endpoint modules for {len(ops)} operations")
    return out, facts(ops, doc, document)


def generate(out_parent: Path) -> dict[str, Any]:
    """Every document's layer in `out_parent` (the main one first: the others share its
    types), and `out_parent/facts.json`; returns the facts."""
    out_parent = out_parent.resolve()
    found = {}
    for document in spec.DOCUMENTS:
        _, found[document.name] = generate_document(out_parent, document)
    (out_parent / "facts.json").write_text(facts_text(found))
    return found


def facts_text(found: dict[str, Any]) -> str:
    header = {"_": "Written by `make generate` from the pinned documents; never edit by hand."}
    return json.dumps({**header, **found}, indent=2, sort_keys=True) + "\n"


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in committed: {cmp.left}/{n}" for n in cmp.left_only]
    out += [f"only in regenerated: {cmp.right}/{n}" for n in cmp.right_only]
    out += [f"differs: {cmp.left}/{n}" for n in cmp.diff_files]
    for sub in cmp.common_dirs:
        out += _diff(a / sub, b / sub)
    return out


def drift(out_parent: Path) -> list[str]:
    """What differs between the committed layers (and facts.json) and a fresh generation."""
    found = []
    for document in spec.DOCUMENTS:
        if not document.target.exists():
            found.append(f"missing: {document.target}")
            continue
        found += _diff(document.target, out_parent / document.package)
    if not filecmp.cmp(spec.FACTS_FILE, out_parent / "facts.json", shallow=False):
        found.append(f"differs: {spec.FACTS_FILE}")
    return found


def install(out_parent: Path) -> None:
    """The fresh generation in `out_parent` replaces the committed layers and facts.json."""
    for document in spec.DOCUMENTS:
        if document.target.exists():
            shutil.rmtree(document.target)
        shutil.copytree(
            out_parent / document.package,
            document.target,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    shutil.copyfile(out_parent / "facts.json", spec.FACTS_FILE)


def versions() -> str:
    return ", ".join(f"{d.name} {spec.pin(d)['version']}" for d in spec.DOCUMENTS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed layer drifted")
    args = parser.parse_args()
    if snake_case is None:
        version = sys.version.split()[0]
        why = f"openapi-python-client is not installed (it needs Python >= 3.11; this is {version})"
        if args.check:
            print(f"drift check skipped: {why}", file=sys.stderr)
            return 0
        raise SystemExit(why)
    try:
        for document in spec.DOCUMENTS:
            spec.fetch(document)
    except spec.SpecUnavailable as exc:
        if args.check:
            print(f"drift check skipped: {exc}", file=sys.stderr)
            return 0
        raise SystemExit(str(exc)) from exc
    except spec.SpecError as exc:  # a copy that does not match the pin, a bad setting
        raise SystemExit(f"{'drift check' if args.check else 'generation'} failed: {exc}") from exc
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=build) as tmp:
        try:
            generate(Path(tmp))
        except GenerationError as exc:
            for warning in exc.warnings:
                print(f"  {warning}", file=sys.stderr)
            raise SystemExit(f"generation failed: {exc}") from exc
        except spec.SpecError as exc:
            raise SystemExit(f"generation failed: {exc}") from exc
        if args.check:
            found = drift(Path(tmp))
            if found:
                print("generated layer drifted from the pin; run `make generate`:", file=sys.stderr)
                print("\n".join(found[:50]), file=sys.stderr)
                return 1
            print(f"generated layers match the pins ({versions()})")
            return 0
        install(Path(tmp))
    print(f"generated {', '.join(d.package for d in spec.DOCUMENTS)} from {versions()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
