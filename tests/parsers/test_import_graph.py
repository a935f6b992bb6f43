"""The parsers import one another without a cycle (issue 9 item 4).

The shared types (``Sources``, ``Block``, ``Candidate``, ``Evidence`` ...) live in
``parsers/types.py``, so a finder module never imports an orchestrator: before, ``extract.py``,
``fields.py`` and ``organizer.py`` imported each other (behind ``TYPE_CHECKING``). Every import
counts here, including those behind ``TYPE_CHECKING`` and inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

PARSERS = Path(__file__).resolve().parents[2] / "parsers"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("parsers"):
            names = [node.module] if node.module != "parsers" else []
            names += [f"parsers.{a.name}" for a in node.names if node.module == "parsers"]
            found.update(n.split(".")[1] for n in names if "." in n)
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("parsers."))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {p.stem: p for p in PARSERS.glob("*.py") if p.stem != "__init__"}
    return {name: _imports(path) & set(modules) - {name} for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        stack.pop()
        return []

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return []


def test_no_import_cycle_among_parsers_modules() -> None:
    """No chain of imports among parsers/*.py leads back to where it started."""
    assert _cycle(_graph()) == []


def test_finders_do_not_import_the_orchestrators() -> None:
    """Field finders and types import neither extract.py nor fields.py."""
    graph = _graph()
    finders = ("organizer", "title", "types", "evidence", "candidates", "location", "when")
    for finder in (*finders, "where", "blocks", "links", "values"):
        assert not graph[finder] & {"extract", "fields"}, finder


def test_cycle_finder_sees_a_cycle() -> None:
    """The check itself reports a cycle when there is one."""
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
