"""Take a new vendor document in one command: `make bump-spec SRC=<file or URL> [DOC=main]`.

    python -m codegen.bump path/to/soracom-api.en.yaml            # the main API document
    python -m codegen.bump https://.../soracom-sandbox-api.en.yaml --document sandbox

1. Reads the document's `info.version` and sha256, rewrites its pin (openapi/pins/<doc>.json)
   and stages the document in build/spec/, where `make generate` finds it.
2. Checks every patch of the document (openapi/patches/<doc>.yaml) and prints one short table:
   applied; defect gone (its `test` failed: the vendor fixed or moved it, propose deleting the
   patch); broken (the defect is there, a change failed). Each failure names the JSON pointer;
   nothing of the document is printed. Any patch not applied stops the bump here.
3. Regenerates every layer (and openapi/facts.json); a generator warning stops it too, and
   each warning is listed as a candidate new patch.
4. Writes openapi/CHANGES-<version>.md from the committed layer (before) and the regenerated
   one (after), read as source (ast, nothing imported): operations added, removed and changed
   (method, path, pagination, auth, parameters, return: "unsetExpiryTime: 204 no body -> 200
   Sim"), models added and removed, breaking changes flagged.

Running it again after fixing the patches is the same command: the pin already says the new
version, and "before" is still the committed layer.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import tempfile
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen import generate, spec
from codegen.spec import Document

_RAW_GITHUB = re.compile(r"https://raw\.githubusercontent\.com/([^/]+/[^/]+)/([0-9a-f]{40})/(.+)")
METHODS = generate.METHODS


class BumpError(Exception):
    """The bump stopped; the message says why and what to do."""


def read_source(src: str) -> bytes:
    if re.match(r"https?://", src):
        try:
            with urllib.request.urlopen(src, timeout=60) as resp:  # noqa: S310 (given by the user)
                data: bytes = resp.read()
                return data
        except OSError as exc:
            raise BumpError(f"cannot download {src}: {exc}") from exc
    path = Path(src)
    if not path.is_file():
        raise BumpError(f"{src} is not a file")
    return path.read_bytes()


def new_pin(old: dict[str, Any], src: str, version: str, digest: str) -> dict[str, Any]:
    """The pin of the new document: where it came from, as far as that is known."""
    pin: dict[str, Any] = {"document": old["document"], "version": version, "sha256": digest}
    match = _RAW_GITHUB.fullmatch(src)
    if match:
        pin.update(repository=match[1], commit=match[2], path=match[3], url=src)
    elif re.match(r"https?://", src):
        pin["url"] = src
    else:
        pin["staged_from"] = Path(src).name  # a local file: no URL to download it again from
    return pin


# -- what a layer offers, read from its source ---------------------------------------------


@dataclass(frozen=True)
class Signature:
    operation_id: str
    method: str
    path: str
    paginated: bool
    auth: bool
    params: dict[str, str]
    """Python name -> annotation, with `= default` when it has one."""
    returns: str


def _module_signature(path: Path) -> Signature | None:
    tree = ast.parse(path.read_text())
    facts: dict[str, Any] = {}
    params: dict[str, str] = {}
    returns = ""
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "SPEC" for t in node.targets
        ):
            call = node.value
            if isinstance(call, ast.Call):
                facts = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
        elif isinstance(node, ast.FunctionDef) and node.name == "build":
            args = node.args.kwonlyargs
            for arg, default in zip(args, node.args.kw_defaults, strict=True):
                text = ast.unparse(arg.annotation) if arg.annotation else "Any"
                params[arg.arg] = text + (f" = {ast.unparse(default)}" if default else "")
        elif isinstance(node, ast.FunctionDef) and node.name == "parse" and node.returns:
            returns = ast.unparse(node.returns)
    if not facts:
        return None
    return Signature(
        facts["operation_id"],
        facts["method"],
        facts["path"],
        bool(facts.get("paginated")),
        bool(facts.get("auth", True)),
        params,
        returns,
    )


def signatures(package: Path) -> dict[str, Signature]:
    found = {}
    for module in sorted(package.glob("api/*/*.py")):
        if module.name != "__init__.py":
            sig = _module_signature(module)
            if sig is not None:
                found[sig.operation_id] = sig
    return found


def models(package: Path) -> set[str]:
    init = package / "models" / "__init__.py"
    if not init.exists():
        return set()
    for node in ast.parse(init.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def _schema_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return ref.rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list[{_schema_name(schema.get('items') or {})}]"
    return str(schema.get("type", "object"))


def responses(doc: dict[str, Any] | None) -> dict[str, str]:
    """operationId -> its 2xx answers as the document states them ("204 no body", "200 Sim")."""
    if doc is None:
        return {}
    found = {}
    for item in doc.get("paths", {}).values():
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            answers = []
            for code, response in sorted((op.get("responses") or {}).items()):
                if not str(code).startswith("2"):
                    continue
                content = (response or {}).get("content") or {}
                media = content.get("application/json") or next(iter(content.values()), None)
                body = _schema_name(media.get("schema") or {}) if media else "no body"
                answers.append(f"{code} {body}")
            found[op["operationId"]] = ", ".join(answers) or "no 2xx"
    return found


# -- the change report ---------------------------------------------------------------------


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    models_added: list[str] = field(default_factory=list)
    models_removed: list[str] = field(default_factory=list)
    breaking: list[str] = field(default_factory=list)


def _describe(sig: Signature) -> str:
    extras = [x for x, on in (("paginated", sig.paginated), ("no auth", not sig.auth)) if on]
    return f"{sig.method} {sig.path}" + (f" ({', '.join(extras)})" if extras else "")


def _param_changes(op: str, old: Signature, new: Signature, out: Changes) -> list[str]:
    notes = []
    for name in sorted(old.params.keys() - new.params.keys()):
        notes.append(f"parameter `{name}` removed")
        out.breaking.append(f"{op}: parameter `{name}` removed")
    for name in sorted(new.params.keys() - old.params.keys()):
        required = "=" not in new.params[name]
        notes.append(f"parameter `{name}` added ({'required' if required else 'optional'})")
        if required:
            out.breaking.append(f"{op}: new required parameter `{name}`")
    for name in sorted(old.params.keys() & new.params.keys()):
        before, after = old.params[name], new.params[name]
        if before == after:
            continue
        values = _enum_change(before, after)
        if values is None:
            notes.append(f"parameter `{name}`: `{before}` -> `{after}`")
            out.breaking.append(f"{op}: parameter `{name}` changed")
            continue
        added, removed = values
        notes.append(f"parameter `{name}`: values {_listed(added, removed)}")
        if removed:
            out.breaking.append(f"{op}: parameter `{name}` lost values {', '.join(removed)}")
    return notes


_LITERAL = re.compile(r"Literal\[([^\]]*)\]")


def _enum_change(before: str, after: str) -> tuple[list[str], list[str]] | None:
    """(values added, values removed) when two annotations differ only in their Literal."""
    if _LITERAL.sub("", before) != _LITERAL.sub("", after):
        return None
    old, new = _LITERAL.search(before), _LITERAL.search(after)
    if old is None or new is None:
        return None
    was = {str(v) for v in ast.literal_eval(f"[{old[1]}]")}
    now = {str(v) for v in ast.literal_eval(f"[{new[1]}]")}
    return sorted(now - was), sorted(was - now)


def _listed(added: list[str], removed: list[str]) -> str:
    parts = [f"+{v}" for v in added] + [f"-{v}" for v in removed]
    return " ".join(parts)


def _op_changes(
    op: str,
    old: Signature,
    new: Signature,
    answers: tuple[dict[str, str], dict[str, str]],
    out: Changes,
) -> None:
    notes = []
    if (old.method, old.path) != (new.method, new.path):
        notes.append(f"{old.method} {old.path} -> {new.method} {new.path}")
        out.breaking.append(f"{op}: method or path changed")
    if old.paginated != new.paginated:
        notes.append("now paginated" if new.paginated else "no longer paginated")
        if not new.paginated:
            out.breaking.append(f"{op}: no longer paginated")
    if old.auth != new.auth:
        notes.append("now needs auth" if new.auth else "no longer needs auth")
    notes += _param_changes(op, old, new, out)
    before, after = answers[0].get(op), answers[1].get(op)
    if old.returns != new.returns or (before and after and before != after):
        shown = (before, after) if before and after else (old.returns, new.returns)
        notes.append(f"{shown[0]} -> {shown[1]}")
        if old.returns not in (new.returns, "None"):
            out.breaking.append(f"{op}: returns `{new.returns}`, was `{old.returns}`")
    if notes:
        out.changed.append(f"{op}: " + "; ".join(notes))


def compare(
    old: dict[str, Signature],
    new: dict[str, Signature],
    old_models: set[str],
    new_models: set[str],
    answers: tuple[dict[str, str], dict[str, str]] = ({}, {}),
) -> Changes:
    out = Changes()
    for op in sorted(new.keys() - old.keys()):
        out.added.append(f"{op}: {_describe(new[op])} -> `{new[op].returns}`")
    for op in sorted(old.keys() - new.keys()):
        out.removed.append(f"{op}: {_describe(old[op])}")
        out.breaking.append(f"{op} removed")
    for op in sorted(old.keys() & new.keys()):
        _op_changes(op, old[op], new[op], answers, out)
    out.models_added = sorted(new_models - old_models)
    out.models_removed = sorted(old_models - new_models)
    out.breaking += [f"model {m} removed" for m in out.models_removed]
    return out


def facts_diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What the bump changed in the document's entry of openapi/facts.json."""
    out = []
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        if isinstance(was, list) and isinstance(now, list):
            moved = [f"+{v}" for v in now if v not in was] + [f"-{v}" for v in was if v not in now]
            out.append(f"{key}: {' '.join(moved)}")
        else:
            out.append(f"{key}: {was} -> {now}")
    return out


def report(
    doc: Document, old_version: str, new_version: str, changes: Changes, facts: list[str]
) -> str:
    def section(title: str, items: list[str]) -> str:
        body = "\n".join(f"- {item}" for item in items) if items else "- none"
        return f"## {title} ({len(items)})\n\n{body}\n"

    parts = [
        f"# {doc.name} document: {old_version} -> {new_version}\n",
        "Written by `make bump-spec` (codegen/bump.py) from the committed layer and the "
        "regenerated one.\n",
        section("Breaking changes", changes.breaking),
        section("Operations added", changes.added),
        section("Operations removed", changes.removed),
        section("Operations changed", changes.changed),
        section("Models added", changes.models_added),
        section("Models removed", changes.models_removed),
        section("Facts (openapi/facts.json)", facts),
    ]
    return "\n".join(parts)


def patch_table(doc: Document, version: str, outcomes: list[spec.PatchOutcome]) -> str:
    lines = [f"patches of {doc.patches_file.relative_to(spec.ROOT)} on {version}:"]
    width = max((len(o.name) for o in outcomes), default=0)
    for o in outcomes:
        if o.ok:
            lines.append(f"  {o.name:<{width}}  applied")
        elif o.status == "defect gone":
            where = f"{o.pointer} {o.detail}"
            lines.append(f"  {o.name:<{width}}  defect gone, propose deleting: {where}")
        else:
            lines.append(f"  {o.name:<{width}}  broken: {o.pointer} ({o.detail})")
    return "\n".join(lines)


# -- the command -----------------------------------------------------------------------------


def _old_document(doc: Document) -> dict[str, Any] | None:
    """The pinned document before the bump, if it can be had (for the answers' statuses)."""
    try:
        return spec.load(spec.fetch(doc))
    except spec.SpecError:
        return None


def bump(src: str, doc: Document) -> str:
    """Run the bump; returns what to print. Raises BumpError when it stops."""
    data = read_source(src)
    raw = spec.load_bytes(data)
    version = str((raw.get("info") or {}).get("version") or "")
    if not version:
        raise BumpError(f"{src} has no info.version")
    old_pin = spec.pin(doc)
    old_doc = _old_document(doc) if old_pin["version"] != version else None
    old_sigs, old_models = signatures(doc.target), models(doc.target)
    pin = new_pin(old_pin, src, version, spec.sha256(data))
    doc.pin_file.write_text(json.dumps(pin, indent=2) + "\n")
    spec.BUILD_SPEC_DIR.mkdir(parents=True, exist_ok=True)
    (spec.BUILD_SPEC_DIR / str(pin["document"])).write_bytes(data)
    lines = [f"{doc.name}: pin {old_pin['version']} -> {version} (sha256 {pin['sha256'][:12]}...)"]
    _, outcomes = spec.check_patches(raw, doc)
    table = patch_table(doc, version, outcomes)
    failed = [o for o in outcomes if not o.ok]
    if failed:
        names = ", ".join(o.name for o in failed)
        raise BumpError(
            "\n".join(
                [
                    *lines,
                    table,
                    f"{len(failed)} patches do not apply ({names}): fix or "
                    f"delete them in {doc.patches_file.relative_to(spec.ROOT)}, then run "
                    "`make bump-spec` again",
                ]
            )
        )
    lines.append(table)
    build = spec.ROOT / "build"
    build.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=build) as tmp:
        try:
            generate.generate(Path(tmp))
        except generate.GenerationError as exc:
            candidates = [f"  candidate patch: {w}" for w in exc.warnings]
            raise BumpError("\n".join([*lines, str(exc), *candidates])) from exc
        fresh = Path(tmp) / doc.package
        answers = (responses(old_doc), responses(raw))
        changes = compare(old_sigs, signatures(fresh), old_models, models(fresh), answers)
        before = json.loads(spec.FACTS_FILE.read_text()).get(doc.name, {})
        after = json.loads((Path(tmp) / "facts.json").read_text())[doc.name]
        text = report(doc, old_pin["version"], version, changes, facts_diff(before, after))
        generate.install(Path(tmp))
    out = spec.OPENAPI_DIR / f"CHANGES-{version}.md"
    out.write_text(text)
    lines.append(
        f"regenerated; {len(changes.added)} operations added, {len(changes.removed)} removed, "
        f"{len(changes.changed)} changed, {len(changes.breaking)} breaking: "
        f"{out.relative_to(spec.ROOT)}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", help="the new document: a file or an http(s) URL")
    parser.add_argument("--document", default=spec.MAIN.name, help="which pinned document")
    args = parser.parse_args(argv)
    if not generate.generator_available():
        raise SystemExit("make bump-spec needs openapi-python-client (Python >= 3.11)")
    try:
        print(bump(args.src, spec.document_named(args.document)))
    except (BumpError, spec.SpecError) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
