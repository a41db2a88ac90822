"""Generate soracom_async/_generated from the pinned, patched Soracom OpenAPI document.

    python -m codegen.generate            # regenerate in place
    python -m codegen.generate --check    # regenerate into build/ and fail on any drift

Steps: fetch + verify the pin (codegen/spec.py), apply openapi/patches.yaml, run the pinned
openapi-python-client with our config and templates (zero warnings allowed), then emit what the
templates cannot see, read from the vendor extensions: one facade class per tag (the
`client.<tag>.<operation>` namespaces), the operation registry (pagination included) and a
prose-free copy of the document for the emulator. Everything is formatted with the pinned ruff,
so two runs give identical bytes.

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
  the pipeline (`redirect=True` in the facade) and its target's body returned as bytes.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import spec

try:  # the generator needs Python >= 3.11; the SDK it writes runs on 3.10
    from openapi_python_client.strings import snake_case
except ImportError:  # pragma: no cover - exercised on Python 3.10
    snake_case = None  # type: ignore[assignment,unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "soracom_async" / "_generated"
CODEGEN = ROOT / "codegen"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The 3xx answers that redirect (a 304 Not Modified is an answer, not a redirect).
REDIRECTS = ("301", "302", "303", "307", "308")
# Files the stock generator writes that our layer replaces (client and its error type).
UNWANTED = ("client.py", "errors.py", "README.md", ".gitignore", "pyproject.toml")


@dataclass(frozen=True)
class Op:
    operation_id: str
    tag: str
    method: str
    path: str
    paginated: bool
    auth: bool
    # For a paginated op whose page is an object: the attribute holding its items, or "" when
    # the page has no single list (each page is then one item).
    items_attr: str | None = None
    # The document declares a redirect (getFile's 302 to a presigned URL): the pipeline follows
    # it and hands the final answer to parse.
    redirect: bool = False

    @property
    def attr(self) -> str:
        return str(snake_case(self.operation_id))

    @property
    def tag_attr(self) -> str:
        return str(snake_case(self.tag))


def operations(doc: dict[str, Any]) -> list[Op]:
    global_security = doc.get("security")
    ops = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            security = op.get("security", global_security)
            items_attr = None
            if "x-soracom-cli-pagination" in op:
                items_attr = _items_attr(doc, op)
            ops.append(
                Op(
                    operation_id=op["operationId"],
                    tag=op["tags"][0],
                    method=method.upper(),
                    path=path,
                    paginated="x-soracom-cli-pagination" in op,
                    auth=security != [] and security is not None,
                    items_attr=items_attr,
                    redirect=any(str(code) in REDIRECTS for code in op["responses"]),
                )
            )
    return sorted(ops, key=lambda o: (o.tag_attr, o.attr))


def _items_attr(doc: dict[str, Any], op: dict[str, Any]) -> str | None:
    """None when a page is a JSON array; else the one array property of the page object."""
    ok = next(r for code, r in sorted(op["responses"].items()) if code.startswith("2"))
    schema = ok["content"]["application/json"]["schema"]
    if "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if schema.get("type") == "array":
        return None
    arrays = [k for k, v in schema.get("properties", {}).items() if v.get("type") == "array"]
    return str(snake_case(arrays[0])) if len(arrays) == 1 else ""


def run_generator(patched: Path, out_parent: Path) -> None:
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(patched),
        "--config", str(CODEGEN / "config.yaml"),
        "--custom-template-path", str(CODEGEN / "templates"),
        "--meta", "none",
        "--output-path", str(out_parent / "_generated"),
        "--overwrite",
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=out_parent)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0 or "Warning" in output or "WARNING" in output:
        sys.stderr.write(output)
        raise SystemExit("openapi-python-client reported warnings or failed (zero are allowed)")


def _class_name(tag: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake_case(tag).split("_")) + "Api"


def _paginated_item_ok(module: Path) -> bool:
    """A paginated op's parser must return a list (its items are what paginate() yields)."""
    text = module.read_text()
    return "def parse(response: ResponseLike) -> list[" in text


def emit_facades(out: Path, ops: list[Op]) -> None:
    facade_dir = out / "facade"
    facade_dir.mkdir()
    by_tag: dict[str, list[Op]] = {}
    for op in ops:
        by_tag.setdefault(op.tag, []).append(op)
    for tag, tag_ops in sorted(by_tag.items(), key=lambda kv: snake_case(kv[0])):
        lines = [
            f'"""The `{tag}` API group: one rate-limit group, one namespace on the client."""',
            "",
            "from ...operation import TagApi, operation, paginated_operation",
        ]
        for op in tag_ops:
            lines.append(f"from ..api.{op.tag_attr} import {op.attr} as _{op.attr}")
        lines += ["", "", f"class {_class_name(tag)}(TagApi):"]
        lines.append(
            f'    """Operations of the `{tag}` group, as `client.{snake_case(tag)}.<operation>`."""'
        )
        lines += ["", f"    group = {tag!r}", ""]
        for op in tag_ops:
            module = out / "api" / op.tag_attr / f"{op.attr}.py"
            if not module.exists():
                raise SystemExit(f"{op.operation_id}: no generated module {module}")
            factory = "operation"
            args = f"_{op.attr}.build, _{op.attr}.parse, "
            args += f"{op.operation_id!r}, {op.method!r}, {op.path!r}"
            if op.paginated:
                factory = "paginated_operation"
                if op.items_attr is None and not _paginated_item_ok(module):
                    raise SystemExit(f"{op.operation_id} is paginated but does not return a list")
                if op.items_attr:
                    args += f", items=lambda page: page.{op.items_attr} or []"
                elif op.items_attr == "":
                    args += ", items=lambda page: [page]"
            if not op.auth:
                args += ", auth=False"
            if op.redirect:
                args += ", redirect=True"
            lines.append(f"    {op.attr} = {factory}({args})")
        (facade_dir / f"{snake_case(tag)}.py").write_text("\n".join(lines) + "\n")
    (facade_dir / "__init__.py").write_text('"""One facade class per API group (tag)."""\n')

    tags = sorted(by_tag, key=snake_case)
    lines = [
        '"""The API groups as lazily created namespaces of the client (`client.sim`, ...)."""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from ..pipeline import Pipeline",
    ]
    for tag in tags:
        lines.append(f"    from .facade.{snake_case(tag)} import {_class_name(tag)}")
    lines += [
        "",
        "",
        "class TagNamespaces:",
        '    """Mixed into SoracomClient: each group is imported on first use."""',
        "",
        "    _pipeline: Pipeline",
    ]
    for tag in tags:
        cls = _class_name(tag)
        lines += [
            "",
            "    @cached_property",
            f"    def {snake_case(tag)}(self) -> {cls}:",
            f'        """The `{tag}` operations."""',
            f"        from .facade.{snake_case(tag)} import {cls}",
            "",
            f"        return {cls}(self._pipeline)",
        ]
    (out / "namespaces.py").write_text("\n".join(lines) + "\n")

    lines = [
        '"""Every operation of the pinned document, as data (read from its vendor extensions)."""',
        "",
        "from typing import NamedTuple",
        "",
        "",
        "class OperationInfo(NamedTuple):",
        "    operation_id: str",
        "    tag: str",
        "    namespace: str",
        "    attr: str",
        "    method: str",
        "    path: str",
        "    paginated: bool",
        "    auth: bool",
        "",
        "",
        f"SPEC_VERSION = {spec.pin()['version']!r}",
        "",
        "OPERATIONS: dict[str, OperationInfo] = {",
    ]
    for op in sorted(ops, key=lambda o: o.operation_id):
        lines.append(
            f"    {op.operation_id!r}: OperationInfo({op.operation_id!r}, {op.tag!r}, "
            f"{op.tag_attr!r}, {op.attr!r}, {op.method!r}, {op.path!r}, {op.paginated!r}, "
            f"{op.auth!r}),"
        )
    lines += ["}", ""]
    (out / "registry.py").write_text("\n".join(lines))


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


_UNSET_CHECK = re.compile(r"(not )?isinstance\(([\w.]+),\s*Unset\)")


def unset_checks_by_identity(text: str) -> str:
    """`x is UNSET` instead of `isinstance(x, Unset)` in the models' hot parse/serialize paths:
    UNSET is the only Unset there is, and the identity test is cheaper on every field."""
    return _UNSET_CHECK.sub(lambda m: f"{m.group(2)} is {'not ' if m.group(1) else ''}UNSET", text)


MODEL_REWRITES = (hoist_model_imports, portable_datetime_parsing, unset_checks_by_identity)


def rewrite_models(models_dir: Path) -> None:
    """Apply MODEL_REWRITES to every generated model module, in one read and write each."""
    for module in sorted(models_dir.glob("*.py")):
        text = original = module.read_text()
        for rewrite in MODEL_REWRITES:
            text = rewrite(text)
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


def generate(out_parent: Path) -> Path:
    out_parent = out_parent.resolve()
    doc = spec.load_patched(spec.fetch())
    ops = operations(doc)
    patched = out_parent / "patched.json"
    patched.write_text(json.dumps(doc, sort_keys=True))
    run_generator(patched, out_parent)
    out = out_parent / "_generated"
    for name in UNWANTED:
        (out / name).unlink(missing_ok=True)
    emit_facades(out, ops)
    (out / "openapi.json").write_text(
        json.dumps(spec.compact(doc), sort_keys=True, separators=(",", ":")) + "\n"
    )
    (out / "py.typed").unlink(missing_ok=True)
    rewrite_models(out / "models")
    format_tree(out)
    modules = sorted((out / "api").glob("*/*.py"))
    modules = [m for m in modules if m.name != "__init__.py"]
    if len(modules) != len(ops):
        raise SystemExit(f"{len(modules)} endpoint modules for {len(ops)} operations")
    return out


def _diff(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b, ignore=["__pycache__"])
    out = [f"only in committed: {cmp.left}/{n}" for n in cmp.left_only]
    out += [f"only in regenerated: {cmp.right}/{n}" for n in cmp.right_only]
    out += [f"differs: {cmp.left}/{n}" for n in cmp.diff_files]
    for sub in cmp.common_dirs:
        out += _diff(a / sub, b / sub)
    return out


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
        spec.fetch()
    except spec.SpecUnavailable as exc:
        if args.check:
            print(f"drift check skipped: {exc}", file=sys.stderr)
            return 0
        raise SystemExit(str(exc)) from exc
    build = ROOT / "build"
    build.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=build) as tmp:
        out = generate(Path(tmp))
        if args.check:
            drift = _diff(TARGET, out)
            if drift:
                print("generated layer drifted from the pin; run `make generate`:", file=sys.stderr)
                print("\n".join(drift[:50]), file=sys.stderr)
                return 1
            print(f"generated layer matches the pin ({spec.pin()['version']})")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(out, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
    print(f"generated {TARGET.relative_to(ROOT)} from {spec.pin()['version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
