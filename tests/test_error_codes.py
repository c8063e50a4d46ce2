"""One errors table: every error or warning code in the product's source is in models/errors.py, and back."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from models.errors import ERROR_CODES, RETIRED_CODES, WARNING_CODES

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "models")
CODE = re.compile(r"\b[EW]\d{3}\b")


def strings(tree: ast.AST) -> list[str]:
    """Every string constant of a module, the literal parts of f-strings included (comments are not strings)."""
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def codes_in(path: Path, skip_tables: bool = False) -> set[str]:
    """The codes that a module's strings name; with `skip_tables`, not counting the keys of the tables themselves."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts = strings(tree)
    if skip_tables:
        keys = {key.value for node in ast.walk(tree) if isinstance(node, ast.Dict) for key in node.keys
                if isinstance(key, ast.Constant)}
        texts = [text for text in texts if text not in keys]
    return {code for text in texts for code in CODE.findall(text)}


@cache
def emitted_codes() -> dict[str, set[str]]:
    """Code -> the source files (outside the table) whose strings name it."""
    found: dict[str, set[str]] = {}
    table = ROOT / "models" / "errors.py"
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for code in codes_in(path, skip_tables=path == table):
                found.setdefault(code, set()).add(str(path.relative_to(ROOT)))
    return found


LINT = re.compile(r"#\s*noqa:[\sA-Z0-9,]*")  # a linter's suppression comment names its codes, not svodka's


def codes_in_text(root: Path) -> dict[str, set[str]]:
    """Code -> the files under `root` that name it anywhere: every file type, comments and docstrings included."""
    found: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        text = LINT.sub("", path.read_bytes().decode("utf-8", errors="replace"))
        for code in CODE.findall(text):
            found.setdefault(code, set()).add(str(path.relative_to(root.parent)))
    return found


def test_the_scanner_sees_codes_in_f_strings_and_not_in_comments(tmp_path):
    module = tmp_path / "m.py"
    module.write_text('x = 1  # noqa: E402\nraise ValueError(f"[E777] bad {x}: fix it")\nW = "W888"\n')
    assert codes_in(module) == {"E777", "W888"}


def test_every_emitted_code_is_in_the_table():
    table = ERROR_CODES | WARNING_CODES
    missing = {code: files for code, files in emitted_codes().items() if code not in table}
    assert not missing, f"codes used in the source but missing from models/errors.py: {missing}"


def test_every_table_entry_is_emitted_or_retired():
    emitted = emitted_codes()
    dead = sorted(code for code in ERROR_CODES | WARNING_CODES if code not in emitted and code not in RETIRED_CODES)
    assert not dead, f"codes in models/errors.py that nothing emits (mark them retired or remove them): {dead}"
    assert all(code in ERROR_CODES for code in RETIRED_CODES)


def test_codes_are_well_formed_and_messages_say_what_and_how_to_fix():
    assert all(re.fullmatch(r"E\d{3}", code) for code in ERROR_CODES)
    assert all(re.fullmatch(r"W\d{3}", code) for code in WARNING_CODES)
    for code, message in (ERROR_CODES | WARNING_CODES).items():
        what, _, fix = message.partition(": ")
        assert what.strip() and fix.strip(), f"{code}: message is not 'what happened: how to fix': {message!r}"


def test_the_text_scanner_sees_every_file_and_comment_but_not_lint_codes(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text('import os  # noqa: E402, F401\nx = 1  # emits "[E778] ...: fix it"\n')
    (package / "sub" / "table.tsv").write_text("code\tmessage\nW889\tsomething\n")
    assert codes_in_text(package) == {"E778": {"pkg/a.py"}, "W889": {"pkg/sub/table.tsv"}}


def test_every_code_anywhere_in_the_product_is_in_the_table():
    """Not only string literals: any "[E0..]" in any file of pipeline/ or models/ (data files and comments too)."""
    table = ERROR_CODES | WARNING_CODES
    for package in PACKAGES:
        missing = {code: files for code, files in codes_in_text(ROOT / package).items() if code not in table}
        assert not missing, f"codes named in {package}/ but missing from models/errors.py: {missing}"
    assert {"E001", "E020", "E043"} <= set(codes_in_text(ROOT / "pipeline"))
