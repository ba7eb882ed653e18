"""No module of adhocq imports, directly or through others, a module that imports it: the
arrows point one way, inside functions too."""

import ast
from pathlib import Path

import pytest

import adhocq

ROOT = Path(adhocq.__file__).parent


def modules() -> dict[str, Path]:
    found = {}
    for file in sorted(ROOT.rglob("*.py")):
        parts = ["adhocq", *file.relative_to(ROOT).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = file
    return found


def imports(name: str, file: Path, known: set[str]) -> set[str]:
    """The adhocq modules `name` imports anywhere in it (inside functions and under
    TYPE_CHECKING too): `import adhocq.x`, `from adhocq.x import y` (y a submodule: adhocq.x.y,
    else adhocq.x), relative imports resolved."""
    package = name if file.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in known else base)
    return {module for module in found if module in known and module != name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, file, set(known)) for name, file in known.items()}


@pytest.fixture(scope="module")
def edges() -> dict[str, set[str]]:
    """The graph, read once for the tests below, which only look at it."""
    return graph()


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One circle of imports, as the modules along it (the first repeated at the end)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for other in sorted(edges[node]):
            if state.get(other) == 1:
                return [*path[path.index(other) :], other]
            if other not in state:
                found = visit(other)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_graph_sees_function_level_and_submodule_imports(edges: dict[str, set[str]]) -> None:
    assert "adhocq.model" in edges["adhocq.reading.loading"]
    assert "adhocq.cli.app" in edges["adhocq.cli.main"]  # imported inside a function


def test_cycle_names_a_circle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert cycle(edges) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": set()}) is None


def test_no_circle_of_imports(edges: dict[str, set[str]]) -> None:
    found = cycle(edges)
    assert found is None, "circle of imports: " + " -> ".join(found or [])


def test_the_arrows_point_one_way(edges: dict[str, set[str]]) -> None:
    """cli -> ask -> model <- reading: the loading layer answers no question, the model imports
    neither, the errors are types that say nothing, and nothing imports the command line."""
    below = {
        "adhocq.reading": ("adhocq.ask", "adhocq.cli"),
        "adhocq.model": ("adhocq.ask", "adhocq.reading", "adhocq.cli"),
        "adhocq.across": ("adhocq.ask", "adhocq.reading", "adhocq.cli"),
        "adhocq.ask": ("adhocq.cli",),
        "adhocq.errors": ("adhocq.output", "adhocq.cli", "adhocq.ask", "adhocq.reading"),
        "adhocq.output": ("adhocq.cli", "adhocq.ask", "adhocq.reading"),
    }
    wrong = [
        f"{name} -> {other}"
        for name, imported in edges.items()
        for layer, above in below.items()
        if name == layer or name.startswith(layer + ".")
        for other in imported
        if any(other == up or other.startswith(up + ".") for up in above)
    ]
    assert wrong == []
