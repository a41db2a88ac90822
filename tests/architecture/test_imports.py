"""The hand-written layer's imports flow one way: no cycles, no private names across modules.

Walks the source with `ast` (nothing is imported), so a cycle hidden inside a function or under
TYPE_CHECKING counts too: a back stair is a back stair whenever it is climbed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "soracom_async"
PACKAGES = {
    "sdk": [p for p in ROOT.glob("*.py")],
    "emulator": [p for p in (ROOT / "testing").glob("*.py")],
}


def _module(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module imported, names taken from it, line) for every import in the file."""
    tree = ast.parse(path.read_text(), str(path))
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found: list[tuple[str, list[str], int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.append((target, [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((a.name, [], node.lineno) for a in node.names)
    return found


def _graph(files: list[Path]) -> dict[str, set[str]]:
    modules = {_module(p) for p in files}
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for path in files:
        me = _module(path)
        for target, names, _ in _imports(path):
            if target in modules and target != me:
                graph[me].add(target)
            for name in names:  # `from . import x` names a module
                sub = f"{target}.{name}"
                if sub in modules and sub != me:
                    graph[me].add(sub)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_no_import_cycles(package: str) -> None:
    graph = _graph(PACKAGES[package])
    assert _cycles(graph) == []


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_no_private_names_imported_across_modules(package: str) -> None:
    offences = []
    for path in PACKAGES[package]:
        for target, names, line in _imports(path):
            if not target.startswith("soracom_async") or "._generated" in target:
                continue
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private:
                offences.append(f"{path.relative_to(ROOT.parent)}:{line} {target}: {private}")
    assert offences == []
