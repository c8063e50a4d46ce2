"""The shards layer: planning, running one shard with a given processor, resume markers, merge and atomic writes.

Every test here runs a processor without NLP (tests/toy_processor.py): the layer knows nothing of the pipeline.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from pipeline.shards import (
    atomic_write_lines,
    completed,
    count_units,
    merge_outputs,
    plan_shards,
    prepare_shard_dir,
    run_shard,
    shard_size_for,
)
from tests.toy_processor import Stop, ToyProcessor, write_lines


def test_shards_cover_every_line_in_order(tmp_path):
    shards = plan_shards([write_lines(tmp_path / "in.jsonl", ["a", "b", "c", "d", "e"])], 2)
    assert [(s.start, s.stop) for s in shards] == [(0, 2), (2, 4), (4, 5)]
    assert [s.index for s in shards] == [0, 1, 2] and len({s.digest for s in shards}) == 3


@pytest.mark.parametrize(("lines", "size", "shards"), [
    (1, 16, 1), (200, 16, 13), (1024, 16, 64),        # small inputs: one CPU batch a shard, at most 64 shards
    (1025, 32, 33), (1200, 32, 38), (4096, 32, 128),  # then the smallest doubling that makes at most 128
    (4097, 64, 65), (5000, 64, 79), (8192, 64, 128), (16384, 128, 128),
    (20000, 256, 79), (32768, 256, 128),
    (32769, 500, 66), (1_000_000, 500, 2000),          # at most 500, the size of before
])
def test_the_default_shard_size_follows_the_input_length(lines, size, shards):
    assert shard_size_for(lines) == size and -(-lines // size) == shards


def test_the_input_length_counts_every_file(tmp_path):
    files = [write_lines(tmp_path / "a.jsonl", ["a", "b", "c"]), write_lines(tmp_path / "b.jsonl", ["d", "e"])]
    assert count_units(files) == 5


def test_atomic_write_never_leaves_a_partial_file(tmp_path):
    target = tmp_path / "records.jsonl"

    def lines():
        yield "one\n"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        atomic_write_lines(target, lines())
    assert not target.exists()


def test_run_shard_runs_the_given_processor_and_writes_its_marker(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", ["a", "bad", "c", "d"])
    shard = plan_shards([source], 3)[0]
    shard_dir = prepare_shard_dir(tmp_path / "out", "f1")
    reported: list[int] = []
    counters = run_shard(shard, shard_dir, ToyProcessor(), reported.append)
    assert (counters.units, counters.records, counters.errors) == (3, 2, 1) and sum(reported) == 3
    records = [json.loads(line) for line in (shard_dir / "000000.records.jsonl").read_text().splitlines()]
    assert records == [{"id": "a", "line": 1}, {"id": "c", "line": 3}]
    assert (shard_dir / "000000.index").read_text() == '1\t"a"\n3\t"c"\n'
    assert json.loads((shard_dir / "000000.errors.jsonl").read_text())["line"] == 2
    assert completed(shard, shard_dir) == counters


def test_a_marker_is_trusted_only_for_the_same_input_bytes(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", ["a", "b"])
    shard = plan_shards([source], 2)[0]
    shard_dir = prepare_shard_dir(tmp_path / "out", "f1")
    run_shard(shard, shard_dir, ToyProcessor(), None)
    write_lines(source, ["a", "x"])  # same size, other bytes
    assert completed(plan_shards([source], 2)[0], shard_dir) is None
    assert completed(shard, shard_dir) is not None


def test_a_changed_fingerprint_clears_the_shard_directory(tmp_path):
    shard_dir = prepare_shard_dir(tmp_path, "f1")
    (shard_dir / "000000.done").write_text("{}")
    assert (prepare_shard_dir(tmp_path, "f1") / "000000.done").exists()
    assert not (prepare_shard_dir(tmp_path, "f2") / "000000.done").exists()


def test_a_stop_raised_by_the_processor_leaves_no_marker(tmp_path):
    shard = plan_shards([write_lines(tmp_path / "in.jsonl", ["a", "stop"])], 2)[0]
    shard_dir = prepare_shard_dir(tmp_path / "out", "f1")
    with pytest.raises(Stop):
        run_shard(shard, shard_dir, ToyProcessor(), None)
    assert completed(shard, shard_dir) is None and not list(shard_dir.glob("*.records.jsonl"))


def test_merge_keeps_input_order_and_turns_repeated_ids_into_E012(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", ["a", "b", "bad", "a", "c"])
    shards = plan_shards([source], 2)
    shard_dir = prepare_shard_dir(tmp_path, "f1")
    for shard in reversed(shards):  # shards finish in any order
        run_shard(shard, shard_dir, ToyProcessor(), None)
    duplicates, manifest = merge_outputs(shards, shard_dir, tmp_path)
    records = [json.loads(line)["id"] for line in (tmp_path / "records.jsonl.tmp").read_text().splitlines()]
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl.tmp").read_text().splitlines()]
    assert duplicates == 1 and records == ["a", "b", "c"]
    assert [(e["line"], e["error"]["code"]) for e in errors] == [(3, "E001"), (4, "E012")]
    assert manifest["records.jsonl"]["bytes"] == (tmp_path / "records.jsonl.tmp").stat().st_size


def test_merge_copies_the_shards_lines_byte_for_byte(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", ["ёж", "a\u2028b", "c\x85d", "«цитата»", "e\rf"])
    shards = plan_shards([source], 2)
    shard_dir = prepare_shard_dir(tmp_path, "f1")
    for shard in shards:
        run_shard(shard, shard_dir, ToyProcessor(), None)
    _, manifest = merge_outputs(shards, shard_dir, tmp_path)
    merged = (tmp_path / "records.jsonl.tmp").read_bytes()
    assert merged == b"".join((shard_dir / f"{shard.name}.records.jsonl").read_bytes() for shard in shards)
    assert [json.loads(line)["id"] for line in merged.split(b"\n")[:-1]] == ["ёж", "a\u2028b", "c\x85d", "«цитата»",
                                                                             "e\rf"]
    assert manifest["records.jsonl"] == {"bytes": len(merged),
                                         "blake2b": hashlib.blake2b(merged, digest_size=16).hexdigest()}
