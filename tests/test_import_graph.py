"""No import cycles among the modules of the `pipeline` and `models` packages, and the layers of a run and of the
views import only downwards, even inside functions."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "models")

# Cycles that exist today and need a larger refactor; the test fails if one is added (or if one of these is gone,
# so that the list is kept honest). Empty: there are none at module level.
KNOWN_CYCLES: set[frozenset[str]] = set()


def module_name(path: Path, root: Path) -> str:
    """`pipeline/coref/__init__.py` -> `pipeline.coref`, `pipeline/cli.py` -> `pipeline.cli`."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports run when the module is imported: not inside functions or classes, nor under `if TYPE_CHECKING`."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body]
        elif isinstance(node, ast.With):
            pending += node.body
    return found


def imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, modules: set[str]) -> set[str]:
    """The project modules an import statement loads; `from pkg import sub` counts `pkg.sub`, not `pkg`."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & modules
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        base = ".".join(package[: len(package) - node.level + 1] + ([node.module] if node.module else []))
    targets = set()
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        targets.add(submodule if submodule in modules else base)
    return targets & modules


@cache
def parsed_modules(root: Path, packages: tuple[str, ...]) -> dict[str, tuple[Path, ast.Module]]:
    """Module name -> its file and syntax tree, parsed once per test session."""
    paths = {module_name(path, root): path for package in packages for path in (root / package).rglob("*.py")}
    return {module: (path, ast.parse(path.read_text(encoding="utf-8"))) for module, path in paths.items()}


def every_import(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement of a module: inside functions and under `if TYPE_CHECKING` too."""
    return [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]


def import_graph(
    root: Path = ROOT, packages: tuple[str, ...] = PACKAGES, everywhere: bool = False
) -> dict[str, set[str]]:
    """Module -> the project modules it imports at module level (`everywhere`: wherever the import stands)."""
    trees = parsed_modules(root, packages)
    modules = set(trees)
    graph = {}
    find = every_import if everywhere else top_level_imports
    for module, (path, tree) in trees.items():
        edges = set().union(*(imported(node, module, path.name == "__init__.py", modules) for node in find(tree)))
        graph[module] = edges - {module}
    return graph


@cache
def project_graph(everywhere: bool) -> dict[str, set[str]]:
    """The import graph of `pipeline` and `models`, parsed once per test session (do not mutate it)."""
    return import_graph(everywhere=everywhere)


def cycles(graph: dict[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: set[frozenset[str]] = set()
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.add(frozenset(component))
    return found


def test_cycles_are_found_in_a_small_package(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from pkg.a import A\n")
    (package / "a.py").write_text("from pkg import b\nA = 1\n")
    (package / "b.py").write_text("import pkg.c\n")
    (package / "c.py").write_text("from .a import A\ndef late():\n    from pkg import d\n")
    (package / "d.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n")
    graph = import_graph(tmp_path, ("pkg",))
    assert graph["pkg"] == {"pkg.a"} and graph["pkg.a"] == {"pkg.b"} and graph["pkg.c"] == {"pkg.a"}
    assert graph["pkg.d"] == set()  # function-level and TYPE_CHECKING imports do not count
    assert cycles(graph) == {frozenset({"pkg.a", "pkg.b", "pkg.c"})}


def test_the_graph_covers_the_packages():
    graph = project_graph(False)
    assert "pipeline.stages.dates" in graph and "models.errors" in graph
    assert "pipeline.dates" in graph["pipeline.stages.dates"]


def test_no_import_cycles():
    assert cycles(project_graph(False)) == KNOWN_CYCLES


def test_function_level_imports_count_when_asked(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "low.py").write_text("def late():\n    from pkg import high\n")
    (package / "high.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.low\n")
    assert import_graph(tmp_path, ("pkg",))["pkg.low"] == set()
    assert import_graph(tmp_path, ("pkg",), everywhere=True)["pkg.low"] == {"pkg.high"}
    assert import_graph(tmp_path, ("pkg",), everywhere=True)["pkg.high"] == {"pkg.low"}




# The layers of a run, bottom up: shards (plan, run one shard with a given processor, merge, publish), engines (run
# shards, know nothing of NLP), the runner (builds the processor, the NLP pipeline, and hands it to an engine). Each
# module may import only these project modules, wherever the import stands; models.errors is the errors table and
# pipeline.reader reads input units, both below every layer.
LAYERS: dict[str, set[str]] = {
    "pipeline.shards": {"pipeline.reader", "models.errors"},
    "pipeline.engines": {"pipeline.shards"},
    "pipeline.ray_engine": {"pipeline.engines", "pipeline.shards", "models.errors"},
    "pipeline.runner": {"pipeline.engines", "pipeline.ray_engine", "pipeline.shards", "pipeline.pipeline",
                        "pipeline.worker", "pipeline.progress", "models"},
}
NLP_ENTRY = ("pipeline.worker", "pipeline.worker_state", "pipeline.pipeline")  # the processor and its pipeline
# What knows of NLP: the processor, the pipeline and its stages. Nothing below the runner reaches them.
NLP = ("pipeline.worker", "pipeline.worker_state", "pipeline.pipeline", "pipeline.stage", "pipeline.stages",
       "pipeline.document", "pipeline.record")


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module `start` imports, directly or through others."""
    found: set[str] = set()
    pending = [start]
    while pending:
        for target in graph.get(pending.pop(), ()):
            if target not in found:
                found.add(target)
                pending.append(target)
    return found


@pytest.mark.parametrize("module", sorted(LAYERS))
def test_each_run_layer_imports_only_the_layers_below_it(module):
    graph = project_graph(True)
    assert graph[module] <= LAYERS[module], f"{module} imports {graph[module] - LAYERS[module]}"


@pytest.mark.parametrize("module", ["pipeline.shards", "pipeline.engines", "pipeline.ray_engine"])
def test_shards_and_engines_reach_no_nlp_and_no_upper_layer(module):
    graph = project_graph(True)
    upper = {"pipeline.runner", "pipeline.cli"} | ({"pipeline.engines", "pipeline.ray_engine"}
                                                   if module == "pipeline.shards" else set())
    found = reachable(graph, module)
    assert not found & upper, f"{module} reaches {found & upper}"
    assert not {name for name in found if name.startswith(NLP)}, f"{module} reaches NLP modules"


def test_only_the_command_line_drives_the_runner_and_engines():
    graph = project_graph(True)
    for target, allowed in (("pipeline.runner", {"pipeline.cli"}),
                            ("pipeline.engines", {"pipeline.cli", "pipeline.runner", "pipeline.ray_engine"}),
                            ("pipeline.ray_engine", {"pipeline.runner"})):
        importers = {module for module, targets in graph.items() if target in targets}
        assert importers <= allowed, f"{target} is imported by {importers - allowed}"


# The views: one view model (pipeline.viewmodel) that the renderers draw (pipeline.html pages, pipeline.show in the
# terminal, pipeline.timeline as plain text); no renderer borrows from another, and no analysis module draws.
VIEW_MODEL = "pipeline.viewmodel"
RENDERERS = ("pipeline.html", "pipeline.show", "pipeline.timeline")


def test_the_view_model_knows_no_renderer_and_the_renderers_share_it():
    graph = project_graph(True)
    assert not reachable(graph, VIEW_MODEL) & {*RENDERERS, "pipeline.terminal", "pipeline.cli"}
    for renderer in RENDERERS:
        assert VIEW_MODEL in graph[renderer], f"{renderer} does not render the view model"
        assert not graph[renderer] & set(RENDERERS), f"{renderer} borrows from another renderer"


def test_no_analysis_module_imports_a_view():
    graph = project_graph(True)
    views = {VIEW_MODEL, *RENDERERS, "pipeline.terminal"}
    analysis = [module for module in graph if module.startswith(("pipeline.stages", *(
        f"pipeline.{package}" for package in ("entities", "coref", "dates", "quotes", "events"))))]
    assert analysis and not {module for module in analysis if graph[module] & views}


def test_no_cycle_through_the_layers_or_the_views_even_inside_functions():
    """A lazy import elsewhere may close a cycle on purpose (to keep a heavy package out of a process); none may
    pass through a run layer, the processor or a view."""
    layered = {*LAYERS, *NLP_ENTRY, VIEW_MODEL, *RENDERERS}
    assert not [cycle for cycle in cycles(project_graph(True)) if cycle & layered]
