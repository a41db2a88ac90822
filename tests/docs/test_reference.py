"""The generated API reference covers every operation and model, and its links resolve.

The pages are made in process by docs/gen_reference.py (the MkDocs hook), from the catalogue,
the operations' signatures and docstrings, the models and the compact document; these tests
read the same sources independently and check the pages against them. `make docs` builds the
site with --strict on top (broken links and anchors fail it there too).
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import re
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from soracom_async._generated import models
from soracom_async.catalog import operations

ROOT = Path(__file__).resolve().parents[2]
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING_ID = re.compile(r"^#+ .*\{ #([\w-]+)(?: [^}]*)? \}$", re.M)


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_reference", ROOT / "docs/gen_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_reference"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return dict(_load().iter_pages())


def _document() -> dict[str, dict[str, Any]]:
    text = resources.files("soracom_async._generated").joinpath("openapi.json").read_text()
    return {
        op["operationId"]: op
        for methods in json.loads(text)["paths"].values()
        for op in methods.values()
        if isinstance(op, dict)
    }


def _section(page: str, anchor: str) -> str:
    start = re.search(rf"\{{ #{re.escape(anchor)}[ }}]", page).start()  # type: ignore[union-attr]
    end = page.find("\n## ", start)
    return page[start : end if end != -1 else None]


def test_every_operation_has_its_section_with_its_facts(pages: dict[str, str]) -> None:
    document = _document()
    ops = operations()
    assert len(ops) == 482
    for op_id, info in ops.items():
        page = pages[f"reference/{_load().slug(info.tag)}.md"]
        section = _section(page, info.attr)
        assert f"operationId: `{op_id}`" in section
        assert f"`{info.method} {info.path}`" in section
        assert f"Rate-limit group: `{info.tag}`" in section
        assert ("Paginated: yes" in section) is info.paginated
        for command in document[op_id]["x-soracom-cli"]:
            assert f"`soracom {command}`" in section, (op_id, command)
        for status in document[op_id]["responses"]:
            if int(status) >= 400:
                assert f"{status}: [`" in section, (op_id, status)


def test_signatures_are_the_operations_own(pages: dict[str, str]) -> None:
    """Each parameter of the real signature is listed, with required ones marked."""
    from soracom_async._generated.facade.sim import SimApi

    signature = inspect.signature(SimApi.get_sim)
    section = _section(pages["reference/sim.md"], "get_sim")
    for name in signature.parameters:
        assert f"- `{name}`: str; required" in section
    stats = _section(pages["reference/stats.md"], "get_air_stats_of_sim")
    assert "one of `'month'`, `'day'`, `'minutes'`" in stats
    assert "[AirStatsResponse](../models/a.md#AirStatsResponse)" in stats


def test_every_model_and_field_is_documented(pages: dict[str, str]) -> None:
    import attrs

    for name in models.__all__:
        page = pages[f"models/{name[0].lower()}.md"]
        section = _section(page, name)
        cls = getattr(models, name)
        if attrs.has(cls):
            for attribute in attrs.fields(cls):
                if attribute.name != "additional_properties":
                    assert f"- `{attribute.name}`:" in section, (name, attribute.name)


def test_every_relative_link_and_anchor_resolves(pages: dict[str, str]) -> None:
    guides = {
        p.relative_to(ROOT / "docs").as_posix(): p.read_text() for p in ROOT.glob("docs/**/*.md")
    }
    every = {**guides, **pages}
    anchors = {path: set(_HEADING_ID.findall(text)) for path, text in every.items()}
    checked = 0
    for path, text in pages.items():
        for target in _LINK.findall(text):
            if re.match(r"^[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            resolved = (Path(path).parent / file).as_posix() if file else path
            resolved = str(Path(resolved)).replace("\\", "/")
            while "/../" in f"/{resolved}":
                resolved = re.sub(r"[^/]+/\.\./", "", resolved, count=1)
            assert resolved in every, (path, target)
            if anchor and resolved in pages:
                assert anchor in anchors[resolved], (path, target)
            checked += 1
    assert checked > 1000


def test_the_pages_are_deterministic() -> None:
    first = dict(_load().iter_pages())
    second = dict(_load().iter_pages())
    assert first == second


def _pinned_parameters(operation_id: str) -> dict[str, str]:
    """The operation's parameter descriptions, read from the pinned document here."""
    spec = pytest.importorskip("codegen.spec")
    try:
        doc = spec.load(spec.fetch(spec.MAIN))
    except spec.SpecError as exc:
        pytest.skip(f"the pinned document cannot be had: {exc}")
    for methods in doc["paths"].values():
        for op in methods.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return {p["name"]: " ".join(p["description"].split()) for p in op["parameters"]}
    raise AssertionError(operation_id)


def test_parameters_carry_the_pinned_document_s_descriptions(pages: dict[str, str]) -> None:
    described = _pinned_parameters("listSimStatusHistory")
    section = _section(pages["reference/sim.md"], "list_sim_status_history")
    for name, python in (("sim_id", "sim_id"), ("from", "from_"), ("limit", "limit")):
        line = next(x for x in section.splitlines() if x.startswith(f"- `{python}`:"))
        assert line.endswith(". " + described[name]), line
    assert "descriptions are the pinned document's own" in pages["reference/index.md"]


def test_without_the_pinned_document_the_reference_builds_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = pytest.importorskip("codegen.spec")

    def unavailable(*args: object, **kwargs: object) -> None:
        raise spec.SpecUnavailable("no copy here, no network")

    monkeypatch.setattr(spec, "fetch", unavailable)
    pages = dict(_load().iter_pages())
    assert "no parameter descriptions" in pages["reference/index.md"]
    assert "no copy here, no network" in pages["reference/index.md"]
    section = _section(pages["reference/sim.md"], "list_sim_status_history")
    assert "- `limit`: int \\| Unset; default `30`\n" in section + "\n"  # no description
