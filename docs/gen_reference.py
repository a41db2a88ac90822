"""The API reference of the docs site, generated at build time from what the SDK itself holds.

Nothing of the reference is written by hand or committed: every page is made from

* the client's facades (`soracom_async.catalog.operations()` and each operation's declaration:
  its typed signature from `inspect.signature`, its docstring, its `OperationSpec`),
* the generated models (attrs classes: every field, its type and its documented meaning),
* the compact document the codegen emits beside them (`soracom_async/_generated/openapi.json`):
  the errors each operation documents, its soracom-cli command (`x-soracom-cli`), deprecation;
* the parameters' descriptions, which neither the generated docstrings nor the compact document
  carry (it drops all prose): read from the pinned document itself, patched as codegen patches
  it (`codegen.spec`: build/spec/, the shared copy, or the pinned URL, sha256-verified). When
  it cannot be had (a fresh clone offline), the pages say so and the build goes on without them.

So the reference cannot disagree with the SDK a user installs. It is an MkDocs hook (see
mkdocs.yml: `hooks:`): `on_config` adds the generated pages to the navigation and `on_files`
adds them to the build, in memory, so no generated file is ever written into docs/. Run
directly (`python docs/gen_reference.py OUT_DIR`) it writes the same pages to a directory, for
reading them or diffing two pins. The output is deterministic: everything is sorted, and
nothing depends on the clock, the machine or dictionary order.
"""

from __future__ import annotations

import enum
import functools
import inspect
import json
import re
import sys
import types
import typing
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from soracom_async import errors
from soracom_async._generated import SPEC_VERSION
from soracom_async._generated import models as generated_models
from soracom_async._generated.namespaces import TagNamespaces
from soracom_async.catalog import OperationInfo, operations
from soracom_async.operation import Declaration

VENDOR_DOCS = "https://developers.soracom.io"
"""Where the document's site-relative links (`/en/docs/...`) point."""

_QUALIFIED = re.compile(r"\b(?:soracom_async\.[\w.]*\.|typing\.|collections\.abc\.)(?=\w)")
_LINK = re.compile(r"\]\(\s*([^)\s]*(?:\s+[^)\s]+)*)\s*\)")
_OP_ANCHOR = re.compile(r"^#!?/(\w+)/(\w+)$")
_ARG = re.compile(r"^    (\w+) \(([^)]*)\):\s?(.*)$")
_WORD = re.compile(r"[A-Za-z_]\w*")
_DEFAULT_NOTE = re.compile(r"\s*Default: .*$")


@dataclass(frozen=True)
class Operation:
    """One operation as the reference shows it."""

    info: OperationInfo
    signature: inspect.Signature
    doc: str
    document: dict[str, Any]
    """The operation object of the compact document."""
    described: dict[str, str] = field(default_factory=dict)
    """Python parameter name -> its description in the pinned document."""


@dataclass
class Reference:
    """Every page of the reference: path (under docs/) -> Markdown."""

    pages: dict[str, str] = field(default_factory=dict)
    groups: list[tuple[str, str]] = field(default_factory=list)
    """(tag, page) of each API group, in tag order."""
    model_pages: list[tuple[str, str]] = field(default_factory=list)
    """(title, page) of each page of the models reference."""


# -- reading the SDK ---------------------------------------------------------------------------


def _declarations() -> dict[str, Declaration[..., object]]:
    """Each operation's declaration on its facade class, by operationId."""
    holder = TagNamespaces()
    holder._pipeline = None  # type: ignore[assignment]  # facades only store it
    found: dict[str, Declaration[..., object]] = {}
    for name, member in vars(TagNamespaces).items():
        if isinstance(member, cached_property):
            for value in vars(type(getattr(holder, name))).values():
                if isinstance(value, Declaration):
                    found[value.spec.operation_id] = value
    return found


def _document() -> dict[str, dict[str, Any]]:
    """The compact document's operation objects, by operationId."""
    text = resources.files("soracom_async._generated").joinpath("openapi.json").read_text()
    found: dict[str, dict[str, Any]] = {}
    for methods in json.loads(text)["paths"].values():
        for value in methods.values():
            if isinstance(value, dict) and "operationId" in value:
                found[value["operationId"]] = value
    return found


def python_name(name: str) -> str:
    """A document parameter's name as the generated signature spells it, minus the trailing
    `_` of names that would shadow a keyword or builtin: `tagName` -> `tag_name`."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"\W", "_", snake).lower()


def _pinned_descriptions() -> tuple[dict[str, dict[str, str]], str | None]:
    """operationId -> {python name: description} from the pinned, patched document (the body's
    as `body`), and None; or nothing and why the document could not be read."""
    try:
        from codegen import spec

        doc = spec.load_patched(spec.fetch(spec.MAIN), spec.MAIN)
    except (ImportError, OSError, RuntimeError) as exc:  # spec.SpecError is a RuntimeError
        return {}, f"{type(exc).__name__}: {exc}"
    found: dict[str, dict[str, str]] = {}
    for methods in doc["paths"].values():
        shared = methods.get("parameters", [])
        for value in methods.values():
            if not isinstance(value, dict) or "operationId" not in value:
                continue
            described: dict[str, str] = {}
            for param in [*shared, *value.get("parameters", [])]:
                text = param.get("description") if isinstance(param, dict) else None
                if text and "name" in param:
                    described[python_name(param["name"])] = " ".join(str(text).split())
            body = value.get("requestBody", {})
            if isinstance(body, dict) and body.get("description"):
                described["body"] = " ".join(str(body["description"]).split())
            found[value["operationId"]] = described
    return found, None


@functools.cache
def pinned_descriptions() -> tuple[dict[str, dict[str, str]], str | None]:
    return _pinned_descriptions()


def _operations() -> list[Operation]:
    declared = _declarations()
    document = _document()
    described, _ = pinned_descriptions()
    return [
        Operation(
            info=info,
            signature=inspect.signature(declared[op_id]),
            doc=declared[op_id].__doc__ or "",
            document=document.get(op_id, {}),
            described=described.get(op_id, {}),
        )
        for op_id, info in operations().items()
    ]


def _models() -> dict[str, type]:
    return {name: getattr(generated_models, name) for name in sorted(generated_models.__all__)}


# -- rendering helpers -------------------------------------------------------------------------


def _short(text: str) -> str:
    return _QUALIFIED.sub("", text)


def slug(name: str) -> str:
    """A page name of a group or model letter: `SoraCam` -> `sora_cam`."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


class Links:
    """Where each operation and model is documented, for links between pages."""

    def __init__(self, ops: list[Operation], models: dict[str, type]) -> None:
        self.models = models
        self.op_by_tag_id = {(op.info.tag, op.info.operation_id): op for op in ops}
        self.op_by_id = {op.info.operation_id: op for op in ops}

    def group_page(self, tag: str) -> str:
        return f"reference/{slug(tag)}.md"

    def model_page(self, name: str) -> str:
        return f"models/{name[0].lower()}.md"

    def model(self, name: str, *, here: str) -> str:
        return f"[{name}]({_relative(self.model_page(name), here)}#{name})"

    def operation(self, op: Operation, *, here: str) -> str:
        page = _relative(self.group_page(op.info.tag), here)
        return f"{page}#{op.info.attr}"

    def type_text(self, text: str, *, here: str) -> str:
        """A type as Markdown: model names linked, the rest escaped."""
        parts: list[str] = []
        last = 0
        for match in _WORD.finditer(text):
            parts.append(_escape(text[last : match.start()]))
            word = match.group()
            parts.append(self.model(word, here=here) if word in self.models else _escape(word))
            last = match.end()
        parts.append(_escape(text[last:]))
        return "".join(parts)


def _relative(target: str, here: str) -> str:
    """`target` (a path under docs/) as a link from the page `here` (both one folder deep)."""
    folder, _, name = target.partition("/")
    return name if here.startswith(folder + "/") else f"../{target}"


def _escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)


def _annotation(annotation: Any) -> str:
    if annotation is inspect.Parameter.empty:
        return "Any"
    return _short(inspect.formatannotation(annotation))


def allowed_values(annotation: Any) -> list[str]:
    """The values an annotation admits when it is (or contains) a Literal or an enum: the
    Literal's, in the document's order, else the enum's."""
    literals: list[str] = []
    members: list[str] = []
    stack = [annotation]
    while stack:
        current = stack.pop(0)
        origin = typing.get_origin(current)
        if origin is typing.Literal:
            literals.extend(repr(value) for value in typing.get_args(current))
        elif origin in (typing.Union, types.UnionType):
            stack.extend(typing.get_args(current))
        elif isinstance(current, type) and issubclass(current, enum.Enum):
            members.extend(repr(member.value) for member in current)
    return list(dict.fromkeys(literals or members))


def rewrite_links(text: str, links: Links, *, here: str) -> str:
    """The document's links made to work here: `#/Sim/getSim` to our page of the operation,
    site-relative `/en/docs/...` to the vendor's site."""

    def fix(match: re.Match[str]) -> str:
        target = re.sub(r"\s+", "", match.group(1))
        anchor = _OP_ANCHOR.match(target)
        if anchor:
            op = links.op_by_tag_id.get((anchor.group(1), anchor.group(2)))
            if op is None:
                op = links.op_by_id.get(anchor.group(2))
            if op is not None:
                return f"]({links.operation(op, here=here)})"
            return f"]({VENDOR_DOCS})"
        if target.startswith("/"):
            return f"]({VENDOR_DOCS}{target})"
        if target.startswith("#") or not re.match(r"^[a-z]+:", target):
            return f"]({VENDOR_DOCS})"  # a fragment of the vendor's own reference page
        return f"]({target})"

    return _LINK.sub(fix, text)


@dataclass(frozen=True)
class Docstring:
    summary: str
    description: str
    args: dict[str, str]


def parse_docstring(doc: str) -> Docstring:
    """An operation's docstring (operation.describe): the endpoint's summary, description and
    Args, before the part the SDK adds (`Returns:` ...)."""
    own = doc.rpartition("\n\nReturns:\n")[0] or doc
    head, _, args_text = own.partition("\n\nArgs:\n")
    summary, _, description = head.partition("\n\n")
    args: dict[str, str] = {}
    current = ""
    for line in args_text.splitlines():
        match = _ARG.match(line)
        if match:
            current = match.group(1)
            args[current] = match.group(3).strip()
        elif current and line.strip():
            args[current] = (args[current] + " " + line.strip()).strip()
    return Docstring(summary.strip(), description.strip(), args)


# -- operation pages ---------------------------------------------------------------------------


def _call(op: Operation) -> str:
    """The Python call, one parameter a line when it does not fit on one."""
    params = [_short(str(p)) for p in op.signature.parameters.values()]
    if op.signature.parameters and all(
        p.kind is inspect.Parameter.KEYWORD_ONLY for p in op.signature.parameters.values()
    ):
        params.insert(0, "*")
    returned = _annotation(op.signature.return_annotation)
    returned = "None" if returned in ("None", "NoneType") else returned
    head = f"await client.{op.info.namespace}.{op.info.attr}"
    one_line = f"{head}({', '.join(params)}) -> {returned}"
    if len(one_line) <= 96:
        return one_line
    body = "".join(f"    {p},\n" for p in params)
    return f"{head}(\n{body}) -> {returned}"


def _errors(op: Operation) -> list[str]:
    lines = []
    for status in sorted(op.document.get("responses", {})):
        code = int(status) if status.isdigit() else 0
        if code < 300:
            continue
        if 300 <= code < 400:
            if op.info.redirect:
                lines.append(f"{status}: followed (without credentials) to the file's storage")
            else:
                lines.append(f"{status}: `UnexpectedRedirectError`")
            continue
        cls = errors._STATUS_CLASSES.get(code)
        name = cls.__name__ if cls else ("ServerError" if code >= 500 else "SoracomApiError")
        lines.append(f"{status}: [`{name}`](../guides/errors.md#{name.lower()})")
    return lines


def _param_lines(op: Operation, parsed: Docstring, links: Links, here: str) -> list[str]:
    lines = []
    for param in op.signature.parameters.values():
        kind = _annotation(param.annotation)
        if param.default is inspect.Parameter.empty:
            default = "required"
        else:
            default = f"default `{_short(repr(param.default))}`"
        line = f"- `{param.name}`: {links.type_text(kind, here=here)}; {default}"
        values = allowed_values(param.annotation)
        if values:
            line += "; one of " + ", ".join(f"`{v}`" for v in values)
        # The pinned document's description; else the docstring's, less the default the
        # generator appends there (the line already shows it).
        own = _DEFAULT_NOTE.sub("", parsed.args.get(param.name, ""))
        description = op.described.get(param.name.rstrip("_")) or own
        if description:
            line += ". " + rewrite_links(description, links, here=here)
        lines.append(line)
    return lines


def heading(op: Operation) -> str:
    """The section heading: the Python name, the operationId and the CLI command(s), so that
    search (which ranks a section's title far above its text) finds the operation by any of
    the three; the table of contents shows the Python name alone."""
    info = op.info
    names = [info.attr, info.operation_id]
    names += [f"soracom {c}" for c in op.document.get("x-soracom-cli") or []]
    label = f'data-toc-label="{info.attr}"'
    return f"## {' · '.join(_escape(n) for n in names)} {{ #{info.attr} {label} }}"


def operation_section(op: Operation, links: Links) -> str:
    """One operation's section of its group page."""
    here = links.group_page(op.info.tag)
    info = op.info
    parsed = parse_docstring(op.doc)
    cli = op.document.get("x-soracom-cli") or []
    returned = _annotation(op.signature.return_annotation)
    out = [heading(op), ""]
    if parsed.summary:
        out += [rewrite_links(parsed.summary, links, here=here), ""]
    out += ["```python", _call(op), "```", ""]
    facts = [
        f"- Python: `client.{info.namespace}.{info.attr}`",
        f"- operationId: `{info.operation_id}`",
        f"- HTTP: `{info.method} {info.path}`",
    ]
    if cli:
        facts.append("- CLI: " + ", ".join(f"`soracom {c}`" for c in cli))
    returns = (
        "nothing" if returned in ("None", "NoneType") else links.type_text(returned, here=here)
    )
    facts.append(f"- Returns: {returns}")
    if info.paginated:
        facts.append(
            f"- Paginated: yes, `client.{info.namespace}.{info.attr}.paginate(...)` yields every"
            " item, `.pages(...)` each page ([pagination](../guides/pagination.md))"
        )
    else:
        facts.append("- Paginated: no")
    facts.append(f"- Rate-limit group: `{info.tag}`")
    facts.append(
        "- Auth: API key and token (the client's session)" if info.auth else "- Auth: none"
    )
    if op.document.get("deprecated"):
        facts.append("- **Deprecated** in the document")
    documented = _errors(op)
    if documented:
        facts.append("- Errors documented: " + "; ".join(documented))
    out += [*facts, ""]
    if parsed.description and parsed.description != parsed.summary:
        out += [rewrite_links(parsed.description, links, here=here), ""]
    params = _param_lines(op, parsed, links, here)
    out += ["**Parameters**", ""] + (params or ["None."]) + [""]
    return "\n".join(out)


def group_page(tag: str, ops: list[Operation], links: Links) -> str:
    namespace = ops[0].info.namespace
    out = [
        f"# {tag}",
        "",
        f"`client.{namespace}`: {len(ops)} operations of the `{tag}` group, which is also their"
        " rate-limit group. Generated from the SDK at build time.",
        "",
        "| Python | operationId | HTTP | summary |",
        "| --- | --- | --- | --- |",
    ]
    for op in ops:
        summary = parse_docstring(op.doc).summary.replace("|", "\\|")
        out.append(
            f"| [`{op.info.attr}`](#{op.info.attr}) | `{op.info.operation_id}` |"
            f" `{op.info.method} {op.info.path}` | {_escape_cell(summary)} |"
        )
    out.append("")
    out += [operation_section(op, links) for op in ops]
    return "\n".join(out)


def _escape_cell(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\]\([^)]*\)", "]", text)).replace("[", "").replace("]", "")


# -- model pages -------------------------------------------------------------------------------


def _attributes_doc(cls: type) -> dict[str, tuple[str, str]]:
    """name -> (type, description) from a model's `Attributes:` docstring section."""
    doc = inspect.cleandoc(cls.__doc__ or "")
    text = doc.partition("Attributes:\n")[2]
    found: dict[str, tuple[str, str]] = {}
    current = ""
    for line in text.splitlines():
        match = _ARG.match(line)
        if match:
            current = match.group(1)
            found[current] = (match.group(2), match.group(3).strip())
        elif current and line.startswith("        "):
            kind, description = found[current]
            found[current] = (kind, (description + "\n" + line[8:]).strip("\n"))
        elif current and not line.strip():
            kind, description = found[current]
            found[current] = (kind, description + "\n")
    return {name: (kind, desc.strip()) for name, (kind, desc) in found.items()}


def model_section(name: str, cls: type, links: Links, used_by: list[str]) -> str:
    here = links.model_page(name)
    out = [f"## {name} {{ #{name} }}", ""]
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        values = ", ".join(f"`{member.value}`" for member in cls)
        out += [
            f"An enum (`soracom_async.models.{name}`): {values}. A value the server adds"
            " later still parses, kept as its raw string.",
            "",
        ]
    elif attrs.has(cls):
        documented = _attributes_doc(cls)
        out += [f"`soracom_async.models.{name}`, fields:", ""]
        for attribute in attrs.fields(cls):
            if attribute.name == "additional_properties":
                continue
            kind, description = documented.get(attribute.name, (str(attribute.type), ""))
            line = f"- `{attribute.name}`: {links.type_text(kind, here=here)}"
            if description:
                text = rewrite_links(description, links, here=here)
                line += ". " + text.replace("\n", "\n    ")
            out.append(line)
        out += [
            "",
            "Fields the pin does not know are kept in `additional_properties`.",
            "",
        ]
    else:
        out += [f"`soracom_async.models.{name}`", ""]
    if used_by:
        out += ["Used by: " + ", ".join(sorted(set(used_by))), ""]
    return "\n".join(out)


def _model_uses(ops: list[Operation], links: Links) -> dict[str, list[str]]:
    """Model name -> links to the operations that return it or take it."""
    uses: dict[str, list[str]] = defaultdict(list)
    for op in ops:
        annotations = [op.signature.return_annotation] + [
            p.annotation for p in op.signature.parameters.values()
        ]
        names = set()
        for annotation in annotations:
            names.update(_WORD.findall(_annotation(annotation)))
        for name in names & links.models.keys():
            here = links.model_page(name)
            target = links.operation(op, here=here)
            uses[name].append(f"[`{op.info.namespace}.{op.info.attr}`]({target})")
    return uses


# -- the whole reference -----------------------------------------------------------------------


def _index(reference: Reference, ops: list[Operation]) -> str:
    paginated = sum(op.info.paginated for op in ops)
    out = [
        "# API reference",
        "",
        f"Every one of the {len(ops)} operations of the pinned document (version"
        f" `{SPEC_VERSION}`), generated at build time from the SDK itself: the signatures are"
        " `inspect.signature` of the operations, the texts their docstrings, the errors and"
        " CLI commands the compact document the code generator emits. {paginated} of them"
        " paginate.".replace("{paginated}", str(paginated)),
        "",
        "Search finds an operation by its Python name (`get_sim`), its operationId (`getSim`)"
        " or its soracom-cli command (`sims get`). The [models](../models/index.md) have every"
        " field.",
        "",
        _descriptions_note(),
        "",
        "| group | client attribute | operations |",
        "| --- | --- | --- |",
    ]
    counts: dict[str, int] = defaultdict(int)
    namespaces: dict[str, str] = {}
    for op in ops:
        counts[op.info.tag] += 1
        namespaces[op.info.tag] = op.info.namespace
    for tag, page in reference.groups:
        link = page.split("/", 1)[1]
        out.append(f"| [{tag}]({link}) | `client.{namespaces[tag]}` | {counts[tag]} |")
    return "\n".join(out) + "\n"


def _descriptions_note() -> str:
    _, missing = pinned_descriptions()
    if missing is None:
        return (
            "Parameter descriptions are the pinned document's own (read, patched, at build time)."
        )
    return (
        "This build has no parameter descriptions: the pinned document could not be read"
        f" ({_escape(missing)}). `make spec` fetches it; then `make docs` again."
    )


def _models_index(reference: Reference, count: int) -> str:
    letters = " · ".join(
        f"[{title}]({page.split('/', 1)[1]})" for title, page in reference.model_pages
    )
    return (
        "# Models\n\n"
        f"The {count} data models of the pinned document (`soracom_async.models`), every field"
        " with its type and meaning, generated at build time. Fields are `X | None | Unset`"
        " unless the API always returns them: `None` when the API sent `null`, `UNSET` when it"
        " sent nothing.\n\n" + letters + "\n"
    )


@functools.cache
def build_reference() -> Reference:
    """Every page of the reference (cached: MkDocs' live reload calls the hook again)."""
    ops = _operations()
    models = _models()
    links = Links(ops, models)
    reference = Reference()
    by_tag: dict[str, list[Operation]] = defaultdict(list)
    for op in ops:
        by_tag[op.info.tag].append(op)
    for tag in sorted(by_tag):
        group_ops = sorted(by_tag[tag], key=lambda op: op.info.attr)
        page = links.group_page(tag)
        reference.pages[page] = group_page(tag, group_ops, links)
        reference.groups.append((tag, page))
    uses = _model_uses(ops, links)
    by_letter: dict[str, list[str]] = defaultdict(list)
    for name in models:
        by_letter[links.model_page(name)].append(name)
    for page in sorted(by_letter):
        names = by_letter[page]
        title = page.split("/")[1][:-3].upper()
        sections = [model_section(n, models[n], links, uses.get(n, [])) for n in names]
        reference.pages[page] = f"# Models: {title}\n\n" + "\n".join(sections)
        reference.model_pages.append((title, page))
    reference.pages["reference/index.md"] = _index(reference, ops)
    reference.pages["models/index.md"] = _models_index(reference, len(models))
    changelog = Path(__file__).resolve().parents[1] / "CHANGELOG.md"
    reference.pages["changelog.md"] = changelog.read_text()  # one copy: the repository's
    return reference


def iter_pages() -> Iterator[tuple[str, str]]:
    yield from sorted(build_reference().pages.items())


# -- MkDocs hook -------------------------------------------------------------------------------


def on_config(config: Any) -> Any:
    """The generated pages in the navigation, in place of the `reference/index.md` and
    `models/index.md` entries of mkdocs.yml."""
    reference = build_reference()
    sections = {
        "reference/index.md": ["reference/index.md"]
        + [{tag: page} for tag, page in reference.groups],
        "models/index.md": ["models/index.md"]
        + [{title: page} for title, page in reference.model_pages],
    }
    nav = config["nav"] or []
    for position, entry in enumerate(nav):
        if isinstance(entry, dict):
            ((title, target),) = entry.items()
            if isinstance(target, str) and target in sections:
                nav[position] = {title: sections[target]}
    return config


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for path, text in iter_pages():
        files.append(File.generated(config, path, content=text))
    return files


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: python docs/gen_reference.py OUT_DIR\n")
        return 2
    out = Path(argv[1])
    for path, text in iter_pages():
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
