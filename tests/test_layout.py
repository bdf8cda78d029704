"""The package's shape: folders that show the pipeline, no import cycle, a pure-string
layer, small modules, and tests that mirror the tree."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import analysis

PACKAGE = Path(analysis.__file__).parent
TESTS = Path(__file__).parent
FOLDERS = ["text", "files", "tokens", "stats", "extract", "corpus", "plot"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The package modules that ``path`` imports, at any depth (also inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # "from analysis.text import chars" imports the module analysis.text.chars
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        for name in names:
            if name in modules and name != "analysis" and not name.endswith("__init__"):
                found.add(name)
    # a package's __init__ is imported with any of its modules; it never imports back
    return {name for name in found if modules[name].name != "__init__.py"}


def test_every_folder_has_a_one_line_docstring():
    for folder in FOLDERS:
        doc = ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "\n" not in doc.strip(), folder


def test_import_graph_has_no_cycle():
    modules = _modules()
    graph = {name: _imports(path, modules) for name, path in modules.items()}
    visiting, done = [], set()

    def visit(name):
        if name in done:
            return
        assert name not in visiting, "import cycle: " + " -> ".join(visiting[visiting.index(name):] + [name])
        visiting.append(name)
        for target in sorted(graph[name]):
            visit(target)
        visiting.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_text_layer_imports_no_pandas():
    code = "import sys; import analysis.text; import pkgutil, importlib\n" \
           "for m in pkgutil.iter_modules(analysis.text.__path__): importlib.import_module('analysis.text.' + m.name)\n" \
           "heavy = sorted(n for n in ('pandas', 'matplotlib', 'polars') if n in sys.modules); print(heavy); sys.exit(bool(heavy))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_is_over_400_lines():
    long = {name: n for name, path in _modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400}
    assert not long, long


def test_tests_mirror_the_tree():
    """Every module of a folder has a test file named after it, in the same folder."""
    missing = []
    for folder in FOLDERS:
        for path in (PACKAGE / folder).glob("*.py"):
            if path.name != "__init__.py" and not (TESTS / folder / f"test_{path.name}").exists():
                missing.append(f"{folder}/{path.name}")
    assert not missing, missing


def test_no_test_imports_a_private_name():
    offenders = []
    for path in TESTS.rglob("test_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analysis"):
                offenders += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert not offenders, offenders
