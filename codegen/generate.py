"""Generate soracom_async/_generated from the pinned, patched Soracom OpenAPI document.

    python -m codegen.generate            # regenerate in place
    python -m codegen.generate --check    # regenerate into build/ and fail on any drift

Steps: fetch + verify the pin (codegen/spec.py), apply openapi/patches.yaml, gather from the
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
"""

from __future__ import annotations

import argparse
import contextlib
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

try:  # the generator needs Python >= 3.11; the SDK it writes runs on 3.10
    from openapi_python_client.strings import snake_case
except ImportError:  # pragma: no cover - exercised on Python 3.10
    snake_case = None  # type: ignore[assignment,unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "soracom_async" / "_generated"
CODEGEN = ROOT / "codegen"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Files the stock generator writes that our layer replaces (client and its error type).
UNWANTED = ("client.py", "errors.py", "README.md", ".gitignore", "pyproject.toml")


class GenerationError(Exception):
    """The document or the generator produced something our layer cannot serve faithfully."""


@dataclass(frozen=True)
class Op:
    """What the document says of one operation that the stock generator keeps from templates."""

    operation_id: str
    tag: str
    method: str
    path: str
    paginated: bool
    auth: bool

    @property
    def attr(self) -> str:
        return str(snake_case(self.operation_id))

    @property
    def tag_attr(self) -> str:
        return str(snake_case(self.tag))


@dataclass(frozen=True)
class Group:
    """One tag: a rate-limit group, a facade class, a namespace of the client."""

    tag: str
    ops: tuple[Op, ...]

    @property
    def namespace(self) -> str:
        return str(snake_case(self.tag))

    @property
    def class_name(self) -> str:
        return "".join(part[:1].upper() + part[1:] for part in self.namespace.split("_")) + "Api"


def operations(doc: dict[str, Any]) -> list[Op]:
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
                )
            )
    return sorted(ops, key=lambda o: (o.tag_attr, o.attr))


def groups(ops: list[Op]) -> list[Group]:
    by_tag: dict[str, list[Op]] = {}
    for op in ops:
        by_tag.setdefault(op.tag, []).append(op)
    return [Group(tag, tuple(by_tag[tag])) for tag in sorted(by_tag, key=snake_case)]


def refuse(message: str) -> NoReturn:
    """Called by a template that meets what it must not emit: generation fails, loudly."""
    raise GenerationError(message)


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


def run_generator(patched: Path, out: Path, ops: list[Op]) -> Any:
    """Run the pinned openapi-python-client on `patched` into `out`, in this process so that
    our templates see the facts of `operations()`; return its template environment (our own
    templates render with the same loader and filters). Any warning fails the generation."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config_file = ConfigFile.load_from_path(CODEGEN / "config.yaml")
    meta = MetaType("none")  # the package only: no pyproject, README or hooks
    config = Config.from_sources(config_file, meta, patched, "utf-8", True, out)
    chatter = io.StringIO()  # the generator prints progress; its warnings are its errors
    with (
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
            soracom_spec_version=spec.pin()["version"],
            refuse=refuse,
        )
        errors = project.build()
    problems = [f"{e.level.value}: {e.header} {e.detail or ''}" for e in errors]
    problems += [f"{w.category.__name__}: {w.message}" for w in caught]
    if problems or "Warning" in chatter.getvalue() or "WARNING" in chatter.getvalue():
        sys.stderr.write(chatter.getvalue() + "\n".join(problems) + "\n")
        raise GenerationError("openapi-python-client reported warnings (zero are allowed)")
    return project.env


def emit_facades(env: Any, out: Path, ops: list[Op]) -> None:
    """The facade class of each tag and the namespaces mixin, from their templates."""
    for op in ops:
        module = out / "api" / op.tag_attr / f"{op.attr}.py"
        if not module.exists():
            raise GenerationError(f"{op.operation_id}: no generated module {module}")
    facade_dir = out / "facade"
    facade_dir.mkdir()
    tags = groups(ops)
    facade = env.get_template("facade.py.jinja")
    for group in tags:
        (facade_dir / f"{group.namespace}.py").write_text(facade.render(group=group))
    (facade_dir / "__init__.py").write_text(env.get_template("facade_init.py.jinja").render())
    namespaces = env.get_template("namespaces.py.jinja")
    (out / "namespaces.py").write_text(namespaces.render(groups=tags))


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
    out = out_parent / "_generated"
    env = run_generator(patched, out, ops)
    for name in UNWANTED:
        (out / name).unlink(missing_ok=True)
    emit_facades(env, out, ops)
    (out / "openapi.json").write_text(
        json.dumps(spec.compact(doc), sort_keys=True, separators=(",", ":")) + "\n"
    )
    (out / "py.typed").unlink(missing_ok=True)
    rewrite_models(out / "models")
    format_tree(out)
    modules = sorted((out / "api").glob("*/*.py"))
    modules = [m for m in modules if m.name != "__init__.py"]
    if len(modules) != len(ops):
        raise GenerationError(f"{len(modules)} endpoint modules for {len(ops)} operations")
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
        try:
            out = generate(Path(tmp))
        except GenerationError as exc:
            raise SystemExit(f"generation failed: {exc}") from exc
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
