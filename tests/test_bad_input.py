"""Nasty input through the CLI: every line becomes one record or one coded error, nothing crashes or hangs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.checks import record_problems

BAD = Path(__file__).parent / "data" / "bad"


def test_every_bad_line_is_accounted_for(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(BAD / "bad.jsonl"), "-o", str(out), "--workers", "2",
         "--shard-size", "5", "--max-chars", "20000", "--doc-timeout", "60", "--no-progress"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    expected = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
    records = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert stats["input_lines"] == len(expected) == len(records) + len(errors)
    assert stats["accounted"]
    got = {str(e["line"]): e["error"]["code"] for e in errors}
    want_errors = {line: code for line, code in expected.items() if code != "record"}
    assert got == want_errors
    raw_lines = (BAD / "bad.jsonl").read_bytes().split(b"\n")
    for error in errors:
        whole = raw_lines[error["line"] - 1].decode("utf-8", errors="backslashreplace")
        if error["error"]["code"] == "E011":  # an over-long input keeps a prefix; the message gives the size
            assert whole.startswith(error["input"]) and len(error["input"]) <= 1000
        else:
            assert error["input"] == whole
    texts = {}
    for line in raw_lines:
        try:
            data = json.loads(line.decode("utf-8").removeprefix("\ufeff"))
            texts[str(data["id"])] = data["text"]
        except (ValueError, KeyError, TypeError):
            continue
    for record in records:
        # offsets point into the record's text when it carries one (HTML cleaned), else into the input's
        assert record_problems(record, record.get("text") or texts[record["id"]]) == [], record["id"]
