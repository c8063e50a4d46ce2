"""The svodka command line, run as users run it."""

from __future__ import annotations

import json
import subprocess
import sys

from pipeline.cli import build_parser


def svodka(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True, text=True,
                          timeout=300)


def test_help_documents_every_command_and_option():
    parser = build_parser()
    help_text = parser.format_help()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in subparsers.choices.items():
        assert name in help_text
        for action in sub._actions:
            assert action.help, f"svodka {name}: option {action.dest} has no help"


def test_schema_prints_the_record_json_schema():
    result = svodka("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Record" and "quotes" in schema["properties"]


def test_stdin_to_stdout_keeps_order_and_reports_errors():
    lines = [json.dumps({"id": "x", "text": "Алиев позвонил Путину."}, ensure_ascii=False), "{bad",
             json.dumps({"id": "y", "text": "Песков ответил."}, ensure_ascii=False)]
    result = svodka("run", "-", "-o", "-", "--workers", "1", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["x", "y"]
    assert '"E001"' in result.stderr
    assert "3 input lines: 2 records, 1 errors" in result.stderr


def test_stdin_stats_count_shards_not_chunks(tmp_path):
    """finalread-z3: 40 lines on stdin are one chunk (500 x 1 worker) cut into shards of 16: stats.json says 3 shards
    of 16 lines, as a file's run does, not the one chunk."""
    lines = [json.dumps({"id": str(n), "text": "Песков ответил."}, ensure_ascii=False) for n in range(40)]
    result = svodka("run", "-", "-o", str(tmp_path / "out"), "--workers", "1", "--stages", "segment", "--no-progress",
                    stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    stats = json.loads((tmp_path / "out" / "stats.json").read_text(encoding="utf-8"))
    assert (stats["shards"], stats["shard_size"], stats["shard_size_from"]) == (3, 16, "input")


def test_missing_input_exits_with_usage_code(tmp_path):
    result = svodka("run", str(tmp_path / "absent.jsonl"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "[E041]" in result.stderr


def test_fail_fast_exits_4(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Мир."}\n{broken\n', encoding="utf-8")
    result = svodka("run", str(source), "-o", str(tmp_path / "out"), "--fail-fast", "--workers", "1")
    assert result.returncode == 4
    assert "line 2" in result.stderr and "[E001]" in result.stderr


def test_unwritable_output_exits_3_with_a_clear_message(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Мир."}\n', encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = svodka("run", str(source), "-o", str(blocker / "out"), "--workers", "1")
    assert result.returncode == 3
    assert "[E042]" in result.stderr


def test_unknown_stage_exits_2(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Мир."}\n', encoding="utf-8")
    result = svodka("run", str(source), "-o", str(tmp_path / "out"), "--stages", "segment,bogus")
    assert result.returncode == 2 and "[E031]" in result.stderr


def test_start_method_spawn_writes_the_same_records_as_the_default(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": f"Глава {i} заявил, что мир близок."}, ensure_ascii=False)
             for i in range(4)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    common = ("--workers", "2", "--shard-size", "1", "--stages", "segment", "--no-progress")
    default = svodka("run", str(source), "-o", str(tmp_path / "default"), *common)
    spawned = svodka("run", str(source), "-o", str(tmp_path / "spawn"), *common, "--start-method", "spawn")
    assert default.returncode == 0 and spawned.returncode == 0, spawned.stderr
    assert (tmp_path / "spawn" / "records.jsonl").read_text(encoding="utf-8") == \
        (tmp_path / "default" / "records.jsonl").read_text(encoding="utf-8")


def test_start_method_with_the_ray_engine_exits_2_with_e032(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Мир."}\n', encoding="utf-8")
    result = svodka("run", str(source), "-o", str(tmp_path / "out"), "--engine", "ray", "--start-method", "fork")
    assert result.returncode == 2 and "[E032]" in result.stderr and "--start-method" in result.stderr
    assert not (tmp_path / "out").exists()  # refused before the output directory is touched


def test_an_engine_usage_error_keeps_a_finished_runs_outputs(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Мир."}\n', encoding="utf-8")
    out = tmp_path / "out"
    common = ("--stages", "segment", "--workers", "1", "--no-progress")
    assert svodka("run", str(source), "-o", str(out), *common).returncode == 0
    records = (out / "records.jsonl").read_text(encoding="utf-8")
    result = svodka("run", str(source), "-o", str(out), *common, "--engine", "ray", "--start-method", "fork")
    assert result.returncode == 2 and "[E032]" in result.stderr
    assert (out / "records.jsonl").read_text(encoding="utf-8") == records and (out / "stats.json").exists()


def test_an_unknown_start_method_is_refused_by_the_parser(tmp_path):
    result = svodka("run", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"), "--start-method", "forkserver")
    assert result.returncode == 2 and "--start-method" in result.stderr
