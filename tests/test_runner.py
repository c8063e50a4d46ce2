"""The runner: shards in input order, every line accounted for, resume, and equal results on 1 or 2 workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.reader import expand_inputs
from pipeline.runner import RunConfig, run

LINES = [
    {"id": "a", "text": "Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину.", "published_at": "2025-10-07"},
    "not json",
    {"id": "b", "text": "В Москве прошли переговоры России и Китая."},
    {"id": "c", "text": ""},
    {"id": "d", "text": "Мария Захарова ответила журналистам.", "source": "ТАСС", "lang": "ru"},
]


def write_input(directory: Path) -> Path:
    path = directory / "in.jsonl"
    rows = [line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in LINES]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def run_into(
    tmp_path: Path, out: str, workers: int = 1, keep_shards: bool = False
) -> tuple[list[dict], list[dict], dict]:
    source = tmp_path / "in.jsonl"
    if not source.exists():
        write_input(tmp_path)
    config = RunConfig(inputs=[str(source)], out_dir=str(tmp_path / out), workers=workers, shard_size=2,
                       progress=False, keep_shards=keep_shards)
    run(config, expand_inputs(config.inputs))
    out_dir = tmp_path / out
    records = [json.loads(x) for x in (out_dir / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(x) for x in (out_dir / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return records, errors, json.loads((out_dir / "stats.json").read_text(encoding="utf-8"))


def test_every_line_is_a_record_or_an_error(tmp_path):
    records, errors, stats = run_into(tmp_path, "out")
    assert [r["id"] for r in records] == ["a", "b", "d"]
    assert [(e["line"], e["error"]["code"]) for e in errors] == [(2, "E001"), (4, "E004")]
    assert errors[0]["input"] == "not json"
    assert stats["input_lines"] == 5 and stats["records"] + stats["errors"] == 5 and stats["accounted"]
    assert records[2]["meta"] == {"lang": "ru"} and records[2]["source"] == "ТАСС"
    names = {e["name"] for e in records[0]["entities"]}
    assert {"Ильхам Алиев", "Владимир Путин"} <= names


def test_rerun_resumes_and_a_lost_shard_is_redone(tmp_path):
    first = run_into(tmp_path, "out", keep_shards=True)  # as a run killed before its merge leaves them
    shard_dir = tmp_path / "out" / ".shards"
    (shard_dir / "000001.done").unlink()
    (shard_dir / "000001.records.jsonl").write_text("garbage from a killed run\n", encoding="utf-8")
    second = run_into(tmp_path, "out")
    assert second[0] == first[0] and second[1] == first[1]
    assert second[2]["shards_resumed"] == 2


@pytest.mark.parametrize("workers", [2])
def test_workers_give_the_same_output(tmp_path, workers):
    one = run_into(tmp_path, "one", workers=1)
    many = run_into(tmp_path, "many", workers=workers)
    assert many[0] == one[0] and many[1] == one[1]


def test_duplicate_ids_become_E012_errors(tmp_path):
    source = tmp_path / "in.jsonl"
    rows = [{"id": "same", "text": "Первый текст."}, {"id": "other", "text": "Второй."},
            {"id": "same", "text": "Третий текст."}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    records, errors, stats = run_into(tmp_path, "out")
    assert [r["id"] for r in records] == ["same", "other"]
    assert [(e["line"], e["error"]["code"]) for e in errors] == [(3, "E012")]
    assert json.loads(errors[0]["input"])["text"] == "Третий текст."
    assert stats["records"] == 2 and stats["errors"] == 1 and stats["error_codes"] == {"E012": 1}


def test_ray_missing_is_refused_before_a_finished_runs_outputs_are_touched(tmp_path, monkeypatch):
    import importlib.util

    from pipeline.engines import EngineError

    run_into(tmp_path, "out")
    kept = (tmp_path / "out" / "records.jsonl").read_bytes()
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *rest: None if name == "ray" else real_find_spec(name, *rest))
    config = RunConfig(inputs=[str(tmp_path / "in.jsonl")], out_dir=str(tmp_path / "out"), engine="ray",
                       progress=False)
    with pytest.raises(EngineError, match=r"\[E033\]"):
        run(config, expand_inputs(config.inputs))
    assert (tmp_path / "out" / "records.jsonl").read_bytes() == kept and (tmp_path / "out" / "stats.json").exists()


def _segment_run(source: Path, out: Path, workers: int, shard_size: int | None) -> dict:
    config = RunConfig(inputs=[str(source)], out_dir=str(out), workers=workers, shard_size=shard_size,
                       stages=["segment"], progress=False, keep_shards=True)
    run(config, expand_inputs(config.inputs))
    return json.loads((out / "stats.json").read_text(encoding="utf-8"))


def _numbered_input(tmp_path: Path, lines: int) -> Path:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": n, "text": f"Новость номер {n}. Она короткая."},
                                         ensure_ascii=False) + "\n" for n in range(lines)), encoding="utf-8")
    return source


def test_the_default_shard_size_comes_from_the_input_and_a_rerun_with_other_workers_resumes(tmp_path):
    source = _numbered_input(tmp_path, 40)
    reference = _segment_run(source, tmp_path / "reference", 2, None)
    assert (reference["shard_size"], reference["shard_size_from"], reference["shards"]) == (16, "input", 3)

    first = _segment_run(source, tmp_path / "out", 1, None)  # then "killed" before its second shard's marker
    assert (first["shard_size"], first["shards"]) == (16, 3)
    (tmp_path / "out" / ".shards" / "000001.done").unlink()
    second = _segment_run(source, tmp_path / "out", 2, None)
    assert (second["shard_size"], second["shards"], second["shards_resumed"]) == (16, 3, 2)
    for name in ("records.jsonl", "errors.jsonl"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "reference" / name).read_bytes()


def test_an_explicit_shard_size_is_kept_and_resumes_only_its_own_plan(tmp_path):
    source = _numbered_input(tmp_path, 40)
    given = _segment_run(source, tmp_path / "out", 2, 7)
    assert (given["shard_size"], given["shard_size_from"], given["shards"]) == (7, "option", 6)
    chosen = _segment_run(source, tmp_path / "out", 2, None)  # another plan: nothing of the 7-line shards is kept
    assert (chosen["shard_size"], chosen["shards"], chosen["shards_resumed"]) == (16, 3, 0)
    same = _segment_run(source, tmp_path / "out", 1, 16)  # the chosen size given explicitly: the same plan
    assert (same["shard_size_from"], same["shards"], same["shards_resumed"]) == ("option", 3, 3)
