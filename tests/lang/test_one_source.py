"""One source for the language basics: quotation marks, dashes, role/place nouns, pronouns, grammemes, fold(), and
the dependency tree's children lists.

An AST scan of pipeline/ outside pipeline/lang fails when a rule package defines a basic of its own again: a
string constant holding a quotation mark, a function named `fold` (or fold written inline), a constant named like a
shared lexicon, or children lists of the parse built again.
A second scan fails when two modules of pipeline/ define the same upper-case constant name (one name, two
contents).
What is allowed is listed below, each with its reason.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[2] / "pipeline"
LANG = PIPELINE / "lang"

TYPOGRAPHIC_QUOTES = frozenset("«»„“”‘’")
LONG_DASH_CHARS = frozenset("—–−‒―")
SHARED_SUFFIXES = ("ROLE_NOUNS", "PLACE_NOUNS", "PRONOUNS", "GRAMMEMES", "QUOTE_MARKS", "DASHES")

# Modules whose f-strings write quotation marks into output: a quote or a name shown between « » (display, not a
# lexicon), and html.py's markup (class="...": straight marks of HTML, not quotation).
DISPLAY_MODULES = frozenset({
    "evaluation/quotes.py", "timeline.py", "quotes/explain.py", "rules.py", "quotes/descriptions.py", "html.py",
    "explain.py",
})
# Modules that show a long dash as a placeholder for a missing value ("—"): display, not a dash set.
PLACEHOLDER_DASH_MODULES = frozenset({"quotes/explain.py", "timeline.py", "viewmodel.py", "show.py", "html.py"})
# Constants outside pipeline/lang allowed a shared-lexicon name, (module, name) -> why. None today: every narrower
# or wider set is derived in pipeline/lang itself.
ALLOWED_NAMES: dict[tuple[str, str], str] = {}


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PIPELINE.rglob("*.py")):
        if LANG not in path.parents:
            yield path.relative_to(PIPELINE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _docstrings(tree: ast.Module) -> set[int]:
    nodes = [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))]
    return {id(node.body[0].value) for node in nodes
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


def _f_string_parts(tree: ast.Module) -> set[int]:
    return {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}


def mark_literals(name: str, tree: ast.Module) -> list[str]:
    """String constants of a module that hold a quotation mark: a typographic one anywhere, or a straight one in a
    constant without letters or digits (a set of marks, not a text that happens to contain a quote)."""
    skip = _docstrings(tree)
    if name in DISPLAY_MODULES:
        skip |= _f_string_parts(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in skip:
            continue
        value = node.value
        straight = '"' in value and not any(char.isalnum() for char in value)
        if TYPOGRAPHIC_QUOTES & set(value) or straight:
            found.append(f"{name}:{node.lineno} {value[:40]!r}")
    return found


def _inline_fold(node: ast.AST) -> bool:
    """`x.lower().replace("ё", "е")`: fold() written out again."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
            and [getattr(arg, "value", None) for arg in node.args] == ["ё", "е"]
            and isinstance(node.func.value, ast.Call) and isinstance(node.func.value.func, ast.Attribute)
            and node.func.value.func.attr == "lower")


def _children_lists(node: ast.AST) -> bool:
    """`[[] for _ in doc.tokens]`: a dependency tree's children lists built again (pipeline.lang.tree.Tree has them)."""
    return (isinstance(node, ast.ListComp) and isinstance(node.elt, ast.List) and not node.elt.elts
            and isinstance(node.generators[0].iter, ast.Attribute) and node.generators[0].iter.attr == "tokens")


def dash_literals(name: str, tree: ast.Module) -> list[str]:
    """String constants of a module that hold a long dash (a dash set or regex class written again)."""
    if name in PLACEHOLDER_DASH_MODULES:
        return []
    skip = _docstrings(tree)
    return [f"{name}:{node.lineno} {node.value[:40]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and LONG_DASH_CHARS & set(node.value)]


def shared_definitions(name: str, tree: ast.Module) -> list[str]:
    """Functions named fold (or fold written inline) and constants named like a shared lexicon, in this module."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "fold":
            found.append(f"{name}:{node.lineno} def fold")
        if _inline_fold(node):
            found.append(f"{name}:{node.lineno} inline fold")
        if _children_lists(node):
            found.append(f"{name}:{node.lineno} children lists")
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.endswith(SHARED_SUFFIXES) \
                    and (name, target.id) not in ALLOWED_NAMES:
                found.append(f"{name}:{node.lineno} {target.id}")
    return found


def test_no_quotation_mark_literals_outside_lang() -> None:
    found = [hit for name, tree in _modules() for hit in mark_literals(name, tree)]
    assert found == [], "use pipeline.lang.marks instead of:\n" + "\n".join(found)


def test_no_dash_literals_outside_lang() -> None:
    found = [hit for name, tree in _modules() for hit in dash_literals(name, tree)]
    assert found == [], "use pipeline.lang.marks (DASH_TOKENS, is_dash, ...) instead of:\n" + "\n".join(found)


def test_no_shared_lexicon_defined_outside_lang() -> None:
    found = [hit for name, tree in _modules() for hit in shared_definitions(name, tree)]
    assert found == [], "import these from pipeline.lang instead:\n" + "\n".join(found)


@pytest.mark.parametrize(("source", "expected"), [
    ('MARKS = frozenset("«»")\n', ["m.py:1 '«»'"]),
    ('def f(t):\n    return t in ("»", \'"\')\n', ["m.py:2 '»'", "m.py:2 '\"'"]),
    ('CLASS = \'class="x"\'\n', []),
    ('def f():\n    """Quotes «like this» in a docstring."""\n', []),
])
def test_mark_literals_finds_copies(source: str, expected: list[str]) -> None:
    assert mark_literals("m.py", ast.parse(source)) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ('SEPARATORS = frozenset({",", "—"})\n', ["m.py:1 '—'"]),
    ('PATTERN = r"[—–-]"\n', ["m.py:1 '[—–-]'"]),
    ('HYPHENS = frozenset({"-", "--"})\n', []),
])
def test_dash_literals_finds_copies(source: str, expected: list[str]) -> None:
    assert dash_literals("m.py", ast.parse(source)) == expected


@pytest.mark.parametrize(("source", "expected"), [
    ("def fold(text):\n    return text.lower()\n", ["m.py:1 def fold"]),
    ('key = name.lower().replace("ё", "е")\n', ["m.py:1 inline fold"]),
    ('word = form.replace("ё", "е")\n', []),
    ("children = [[] for _ in doc.tokens]\n", ["m.py:1 children lists"]),
    ("rows = [[] for _ in range(3)]\n", []),
    ('ROLE_NOUNS = frozenset({"мэр"})\n', ["m.py:1 ROLE_NOUNS"]),
    ('SPEAKER_PRONOUNS: dict = {}\n', ["m.py:1 SPEAKER_PRONOUNS"]),
    ('ALL_DASHES = "-"\n', ["m.py:1 ALL_DASHES"]),
    ("from pipeline.lang.lexicon import ROLE_NOUNS\nFOLDED = ROLE_NOUNS\n", []),
])
def test_shared_definitions_finds_copies(source: str, expected: list[str]) -> None:
    assert shared_definitions("m.py", ast.parse(source)) == expected


# The scorers keep their own tokenization, as the spec they score by defines it (ENTITIES.md's word matching).
WORD_PATTERN_ALLOWED = frozenset({"evaluation/entities.py"})


def word_patterns(name: str, tree: ast.Module) -> list[str]:
    """Module-level `re.compile(r"\\w+")` constants: the word pattern `lang.fold.WORD` defines once."""
    if name in WORD_PATTERN_ALLOWED:
        return []
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and node.value.args:
            first = node.value.args[0]
            compiled = ast.unparse(node.value.func) == "re.compile"
            if compiled and isinstance(first, ast.Constant) and first.value == r"\w+":
                found.append(f"{name}:{node.lineno}")
    return found


def test_no_word_pattern_outside_lang() -> None:
    assert [hit for name, tree in _modules() for hit in word_patterns(name, tree)] == []


@pytest.mark.parametrize(("source", "expected"), [
    ('import re\nWORD = re.compile(r"\\w+")\n', ["m.py:2"]),
    ('import re\nWORDS = re.compile(r"\\w+-\\w+")\n', []),
])
def test_word_patterns_finds_copies(source: str, expected: list[str]) -> None:
    assert word_patterns("m.py", ast.parse(source)) == expected


# Upper-case module constants that two modules of pipeline/ may both define, name -> why. Each is local to its module
# (a module's own registry, limit or scorer table, read through the module) and says nothing about the language.
SHARED_NAME_ALLOWED: dict[str, str] = {
    "BATCH_ROWS": "dataset.py and export.py each size their own Arrow batches",
    "ERROR_TITLES": "each scorer (evaluation/quotes.py, evaluation/entities.py) titles its own error classes",
    "FORMATS": "export.py lists what it writes, formats.py what it reads",
    "REGISTRY": "stages/__init__.py registers stages, rules.py registers rules",
    "TASK": "each package's tracer names its own task (coref/trace.py, entities/verdicts.py)",
    "TYPES": "evaluation/ner.py's entity types, events/vocabulary.py's event types",
    "WORD": "the entities scorer keeps the word matching ENTITIES.md defines (see WORD_PATTERN_ALLOWED)",
}
CONSTANT_NAME = re.compile(r"_?[A-Z][A-Z0-9_]*")


def module_constants(tree: ast.Module) -> set[str]:
    """The upper-case names a module assigns at its top level (`NAME = …`, `NAME: type = …`)."""
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        names |= {target.id for target in targets
                  if isinstance(target, ast.Name) and CONSTANT_NAME.fullmatch(target.id)}
    return names


def same_named_constants(modules: dict[str, ast.Module]) -> dict[str, list[str]]:
    """Constant names defined in more than one module, with the modules, less the allowed ones."""
    defined: dict[str, list[str]] = {}
    for name, tree in modules.items():
        for constant in module_constants(tree):
            defined.setdefault(constant, []).append(name)
    return {constant: sorted(where) for constant, where in sorted(defined.items())
            if len(where) > 1 and constant not in SHARED_NAME_ALLOWED}


def test_no_constant_name_defined_in_two_modules() -> None:
    """A thing is defined once: one constant imported where it is used, or two constants whose names say how they
    differ (PREPOSED_PARTICIPLE_REACH, OCCURRENCE_PARTICIPLE_REACH), never one name with two contents."""
    modules = {path.relative_to(PIPELINE).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
               for path in sorted(PIPELINE.rglob("*.py"))}
    found = same_named_constants(modules)
    assert found == {}, "define once (pipeline/lang when several packages use it) or rename:\n" + "\n".join(
        f"{constant}: {', '.join(where)}" for constant, where in found.items())


@pytest.mark.parametrize(("sources", "expected"), [
    ({"a.py": "REACH = 6\n", "b.py": "REACH = 8\n"}, {"REACH": ["a.py", "b.py"]}),
    ({"a.py": "REACH: int = 6\n", "b.py": "from a import REACH\n"}, {}),
    ({"a.py": "SAY = {1}\nSAY = SAY | {2}\n", "b.py": "SAYING = {1}\n"}, {}),
    ({"a.py": "def f():\n    REACH = 6\n", "b.py": "REACH = 8\n"}, {}),
    ({"a.py": "_LIMIT = 2\n", "b.py": "_LIMIT = 3\n"}, {"_LIMIT": ["a.py", "b.py"]}),
    ({"a.py": "TASK = 'a'\n", "b.py": "TASK = 'b'\n"}, {}),
    ({"a.py": "Speaker = int\n", "b.py": "Speaker = str\n"}, {}),
])
def test_same_named_constants_finds_copies(sources: dict[str, str], expected: dict[str, list[str]]) -> None:
    assert same_named_constants({name: ast.parse(source) for name, source in sources.items()}) == expected
