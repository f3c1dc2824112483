"""The package's layering, read from the source (AST), so that it stays as designed.

Rules (issue 11): `model` imports nothing of the package; the engines import only the base
modules, the lexicon and the page-fact readers (`meta`); fetching and the readers of inputs
do not import each other's internals, the batch, the API or the CLI; the CLI goes through
the public API (the package root and the public `batch` / `discover` packages); and no
module of `extract` takes part in an import cycle.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "extract"
BASE = {"model", "options", "errors", "_version", "rawbytes", "dom", "lexicon", "deadline"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING" or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(path: Path) -> set[str]:
    """The `extract` modules a file imports, at any depth (lazy imports count), except
    under `if TYPE_CHECKING:` (annotations only, never run)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                if target.split(".")[0] == "extract":
                    found.add(target)
                    found.update(f"{target}.{alias.name}" for alias in child.names)
            elif isinstance(child, ast.Import):
                found.update(alias.name for alias in child.names if alias.name.split(".")[0] == "extract")
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    modules = {_module_name(p) for p in SRC.rglob("*.py")}
    return {name for name in found if name in modules and name != module}


GRAPH = {_module_name(path): _imports(path) for path in SRC.rglob("*.py")}


def _top(name: str) -> str:
    """The layer a module belongs to: `extract.html.select` -> `html`, the root -> ``."""
    return name.split(".")[1] if "." in name else ""


def _layers(module: str) -> set[str]:
    return {_top(name) for name in GRAPH[module]} - {_top(module)}


def _modules(layer: str) -> list[str]:
    return sorted(name for name in GRAPH if _top(name) == layer)


def test_model_imports_nothing_of_the_package() -> None:
    for module in _modules("model"):
        assert all(_top(name) == "model" for name in GRAPH[module]), module


@pytest.mark.parametrize("engine", ["html", "text"])
def test_engines_import_only_the_base_the_lexicon_and_the_fact_readers(engine: str) -> None:
    for module in _modules(engine):
        assert _layers(module) <= BASE | {"meta"}, module
        # The fact readers through their package's door (read_metadata, text_metadata...).
        assert {name for name in GRAPH[module] if _top(name) == "meta"} <= {"extract.meta"}, module


def test_fact_readers_import_only_the_base() -> None:
    for module in _modules("meta"):
        assert _layers(module) <= BASE, module


@pytest.mark.parametrize("layer", ["model", "options", "errors", "_version", "rawbytes", "lexicon", "formats", "decode"])
def test_base_modules_stay_below_the_pipeline(layer: str) -> None:
    for module in _modules(layer):
        assert _layers(module) <= BASE, module


def test_fetching_and_input_readers_do_not_reach_up() -> None:
    for module in _modules("fetch"):
        assert _layers(module) <= BASE, module
    for module in _modules("sources"):
        assert _layers(module) <= BASE | {"fetch"}, module


def test_the_command_line_goes_through_the_public_api() -> None:
    for module in _modules("cli"):
        assert GRAPH[module] <= {"extract", "extract.batch", "extract.discover", *_modules("cli")}, module


def test_no_import_cycles() -> None:
    visiting: list[str] = []
    done: set[str] = set()

    def walk(module: str) -> None:
        if module in done:
            return
        assert module not in visiting, "import cycle: " + " -> ".join(visiting[visiting.index(module):] + [module])
        visiting.append(module)
        for target in sorted(GRAPH[module]):
            # A package's own __init__ importing its modules is how packages are built.
            if not module.startswith(target + ".") and not target.startswith(module + "."):
                walk(target)
        visiting.pop()
        done.add(module)

    for module in sorted(GRAPH):
        walk(module)
