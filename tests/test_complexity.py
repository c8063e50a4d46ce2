"""Issue 13's ceiling: no function of the package is more complex than 15 (mccabe), so decisions stay tables of
small named rules. The limit lives in pyproject.toml ([tool.ruff.lint.mccabe]); this test runs ruff's C90 check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_function_is_more_complex_than_the_limit() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--select", "C90", "--output-format", "concise",
                             "pipeline", "models", "bench"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_limit_is_15() -> None:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["ruff"]["lint"]["mccabe"]["max-complexity"] == 15
