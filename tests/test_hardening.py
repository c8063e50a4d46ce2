"""Issue 12, runner side: no id breaks the merge, no run hangs, no run loses or mixes another's output.

Each test fails on the code before the fix (see the README's Reliability section).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline.runner as runner
from pipeline.reader import expand_inputs
from pipeline.runner import RunConfig, run
from pipeline.worker import FailFast
from tests.conftest import ROOT

SEGMENT = ["segment"]


def write_jsonl(path: Path, rows: list) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def articles(count: int, prefix: str = "a") -> list[dict]:
    return [{"id": f"{prefix}{i}", "text": f"Статья номер {i}. Москва."} for i in range(count)]


def run_dir(inputs: list[Path], out: Path, **options) -> dict:
    config = RunConfig(inputs=[str(p) for p in inputs], out_dir=str(out), progress=False,
                       **{"stages": SEGMENT, "shard_size": 2, **options})
    run(config, expand_inputs(config.inputs))
    return json.loads((out / "stats.json").read_text(encoding="utf-8"))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def svodka(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tests.hostile", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


# --- ids ---------------------------------------------------------------------------------------------------------


def test_ids_with_line_breaks_and_tabs_survive_the_merge(tmp_path):
    ids = ["a\nb", "c\rd", "e\tf", "g\u2028h", "a\nb"]
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": "Мир."} for i in ids])
    stats = run_dir([source], tmp_path / "out")
    records = read_jsonl(tmp_path / "out" / "records.jsonl")
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert [r["id"] for r in records] == ids[:4]
    assert [(e["line"], e["error"]["code"], e["id"]) for e in errors] == [(5, "E012", "a\nb")]
    assert stats["accounted"] and stats["records"] == 4


# --- fail-fast ---------------------------------------------------------------------------------------------------


def test_fail_fast_survives_pickling():
    error = {"line": 3, "file": "x.jsonl", "error": {"code": "E001", "message": "[E001] bad"}}
    copy = pickle.loads(pickle.dumps(FailFast(error)))
    assert isinstance(copy, FailFast) and copy.error == error and str(copy) == "[E001] bad"


def test_fail_fast_with_a_process_pool_exits_4(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [*articles(3), "{broken", *articles(3, "b")])
    result = svodka("run", str(source), "-o", str(tmp_path / "out"), "--fail-fast", "--workers", "2",
                    "--shard-size", "2", "--stages", "segment", "--no-progress", timeout=90)
    assert result.returncode == 4, result.stderr
    assert "line 4" in result.stderr and "[E001]" in result.stderr and "Traceback" not in result.stderr


# --- signals and dying parents -------------------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _default_sigint() -> None:
    # A process started with SIGINT ignored keeps it ignored (Python honours that, as it should): give the run the
    # default, whatever the test runner's own state.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _start_sleepy_run(tmp_path: Path) -> tuple[subprocess.Popen, set[int]]:
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": f"s{i}", "text": f"sleep {i}"} for i in range(4)])
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.hostile", "run", str(source), "-o", str(tmp_path / "out"), "--workers", "2",
         "--shard-size", "1", "--stages", "segment,sleepy", "--no-progress", "--doc-timeout", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_default_sigint)
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = {pid for pid in _children(process.pid) if "python" in Path(f"/proc/{pid}/cmdline").read_text()}
    assert len(workers) >= 2, "the pool should have started"
    time.sleep(1.0)  # let the workers reach the sleeping stage
    return process, workers


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigint_exits_130_with_one_line_and_stops_the_workers(tmp_path):
    process, workers = _start_sleepy_run(tmp_path)
    try:
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole foreground group
        try:
            _, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            masks = [line for line in Path(f"/proc/{process.pid}/status").read_text().splitlines()
                     if line.startswith(("SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt"))]
            os.kill(process.pid, signal.SIGUSR1)  # tests.hostile prints every thread's stack
            time.sleep(1)
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"still running 30 s after SIGINT ({masks}):\n" + process.communicate()[1][-6000:])
        assert process.returncode == 130
        assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
        assert [line for line in stderr.splitlines() if line.strip()] == [
            "svodka: interrupted (SIGINT): finished shards are kept; rerun the same command to resume"]
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers)
    finally:
        os.killpg(process.pid, signal.SIGKILL) if _alive(process.pid) else None
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_the_main_process_leaves_no_workers(tmp_path):
    process, workers = _start_sleepy_run(tmp_path)
    try:
        os.kill(process.pid, signal.SIGKILL)  # the main process only, as an OOM killer or `kill -9 PID` would
        process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers), "pool workers outlived the main process"
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


# --- --doc-timeout values ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "1e300", "soon"])
def test_nonsense_doc_timeout_is_a_usage_error(tmp_path, value):
    source = write_jsonl(tmp_path / "in.jsonl", articles(1))
    result = svodka("run", str(source), "-o", str(tmp_path / "out"), "--doc-timeout", value, "--workers", "1")
    assert result.returncode == 2
    assert "--doc-timeout" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_huge_budget_is_no_overflow():
    from pipeline.budget import time_budget

    for seconds in (1e12, float("inf"), float("nan")):
        with time_budget(seconds):
            pass


# --- the output directory ----------------------------------------------------------------------------------------


def test_a_second_run_into_a_locked_output_refuses_at_once(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", articles(2))
    out = tmp_path / "out"
    out.mkdir()
    with (out / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        started = time.monotonic()
        with pytest.raises(runner.RunError, match=r"\[E043\].*in use by another svodka run"):
            run_dir([source], out)
        assert time.monotonic() - started < 5
        result = svodka("run", str(source), "-o", str(out), "--workers", "1", "--stages", "segment")
    assert result.returncode == 2 and "[E043]" in result.stderr and "choose another -o" in result.stderr
    assert not (out / "records.jsonl").exists()
    run_dir([source], out)  # released: the next run goes ahead
    assert len(read_jsonl(out / "records.jsonl")) == 2


def test_an_in_place_edit_that_keeps_size_and_mtime_is_redone(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", articles(6))
    out = tmp_path / "out"
    run_dir([source], out, keep_shards=True)  # as a run killed before its merge leaves them
    stat = source.stat()
    edited = source.read_text(encoding="utf-8").replace("номер 3.", "номер 9.")
    assert len(edited) == len(source.read_text(encoding="utf-8"))
    source.write_text(edited, encoding="utf-8")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # what cp -p and rsync -t do
    assert source.stat().st_size == stat.st_size and source.stat().st_mtime_ns == stat.st_mtime_ns
    stats = run_dir([source], out, keep_shards=True)
    assert stats["shards"] == 3 and stats["shards_resumed"] == 2
    fresh = tmp_path / "fresh"
    run_dir([source], fresh)
    assert (out / "records.jsonl").read_bytes() == (fresh / "records.jsonl").read_bytes()


def test_an_output_inside_an_input_directory_is_never_read_back(tmp_path):
    inputs = tmp_path / "in"
    write_jsonl(inputs / "a.jsonl", articles(3))
    out = inputs / "out"
    first = run_dir([inputs], out, keep_shards=True)
    second = run_dir([inputs], out)
    assert first["input_lines"] == second["input_lines"] == 3 and second["errors"] == 0
    with pytest.raises(runner.RunError, match=r"\[E044\]"):
        run_dir([out / "records.jsonl"], out)


def test_shards_are_removed_after_a_successful_merge_unless_kept(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", articles(3))
    run_dir([source], tmp_path / "gone")
    assert not (tmp_path / "gone" / ".shards").exists()
    run_dir([source], tmp_path / "kept", keep_shards=True)
    assert len(list((tmp_path / "kept" / ".shards").glob("*.done"))) == 2


# --- the output set ----------------------------------------------------------------------------------------------


def test_a_failed_run_with_a_changed_command_leaves_no_complete_looking_output(tmp_path, monkeypatch):
    source = write_jsonl(tmp_path / "in.jsonl", articles(4))
    out = tmp_path / "out"
    run_dir([source], out)
    assert (out / "stats.json").exists()

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the run dies mid-way (Ctrl-C, or think kill -9)

    monkeypatch.setattr("pipeline.engines.run_shard", killed)
    with pytest.raises(KeyboardInterrupt):
        run_dir([source], out, stages=["segment", "ner"], workers=1)
    assert not (out / "stats.json").exists() and not (out / "records.jsonl").exists()
    assert not (out / "errors.jsonl").exists()


def test_outputs_are_published_as_one_set_with_stats_last(tmp_path, monkeypatch):
    source = write_jsonl(tmp_path / "in.jsonl", [*articles(3), "{bad"])
    out = tmp_path / "out"
    real_replace = os.replace

    def dies_before_errors(source_path, target):
        if Path(target).name == "errors.jsonl":
            raise OSError("killed between the renames")
        real_replace(source_path, target)

    monkeypatch.setattr(runner.os, "replace", dies_before_errors)
    with pytest.raises(OSError, match="between the renames"):
        run_dir([source], out)
    assert not (out / "stats.json").exists(), "a half-published set must not look complete"
    monkeypatch.setattr(runner.os, "replace", real_replace)
    stats = run_dir([source], out)
    for name in ("records.jsonl", "errors.jsonl"):
        data = (out / name).read_bytes()
        assert stats["outputs"][name] == {"bytes": len(data),
                                          "blake2b": hashlib.blake2b(data, digest_size=16).hexdigest()}


# --- time budget ---------------------------------------------------------------------------------------------------


def test_one_slow_document_costs_its_own_budget_not_a_batchs():
    from pipeline.pipeline import Pipeline
    from pipeline.reader import RawLine
    from pipeline.stages.segment import SegmentStage
    from pipeline.worker import Counters, WorkerOptions, process_stream
    from tests.hostile import SleepyStage

    texts = [f"Документ {i}." for i in range(15)] + ["sleep forever"]
    units = [RawLine("in.jsonl", i + 1, json.dumps({"id": str(i), "text": t}).encode()) for i, t in enumerate(texts)]
    counters = Counters()
    started = time.perf_counter()
    outcomes = list(process_stream(Pipeline([SegmentStage(), SleepyStage()]), units, WorkerOptions(doc_timeout=0.25),
                                   counters))
    elapsed = time.perf_counter() - started
    assert [o.error["error"]["code"] for o in outcomes if o.error] == ["E021"] and counters.records == 15
    assert elapsed < 2 * 0.25 + 2.0, f"one slow document held its batch for {elapsed:.1f}s"  # was 16 × 0.25 s + more


class NapStage:
    """40 ms per document; records which calls the time budget cut short."""

    name = "nap"
    requires = ("tokens",)
    provides = ("nap",)

    def __init__(self) -> None:
        self.cut: list[int] = []

    def ensure_setup(self) -> None:
        pass

    def process_batch(self, docs) -> None:
        try:
            time.sleep(0.04 * len(docs))
        except BaseException:
            self.cut.append(len(docs))
            raise

    def process(self, doc) -> None:
        self.process_batch([doc])


def test_heavy_batches_of_ordinary_documents_shrink_instead_of_timing_out_again():
    from pipeline.pipeline import Pipeline
    from pipeline.reader import RawLine
    from pipeline.stages.segment import SegmentStage
    from pipeline.worker import Counters, WorkerOptions, process_stream

    nap = NapStage()
    units = [RawLine("in.jsonl", i + 1, json.dumps({"id": str(i), "text": "Мир."}).encode()) for i in range(64)]
    counters = Counters()
    list(process_stream(Pipeline([SegmentStage(), nap]), units, WorkerOptions(doc_timeout=0.45), counters))
    assert counters.records == 64 and counters.errors == 0
    # 16 documents take 0.64 s > 0.45 s: cut once, then chunks of 8 (0.32 s) fit; without shrinking, 4 cuts
    assert len(nap.cut) <= 2, f"batches cut short: {nap.cut}"


# --- terminal safety -----------------------------------------------------------------------------------------------

HOSTILE = "[link=https://evil.example]жми[/link] [/bold] \x1b[2J\x1b]8;;https://evil.example\x1b\\тут\x1b]8;;\x1b\\"


def test_show_prints_article_strings_as_text_never_as_markup_or_escapes():
    from io import StringIO

    from rich.console import Console

    from pipeline.show import render
    from tests.sample_record import TEXT, sample_record

    record = sample_record()
    record["quotes"][0]["speaker"] = HOSTILE
    record["entities"][0]["roles"] = [HOSTILE]
    record["events"][0]["args"][0]["text"] = HOSTILE
    screen = StringIO()
    render(record, TEXT + "\n" + HOSTILE, Console(file=screen, force_terminal=True, color_system="truecolor",
                                                  width=200))
    shown = screen.getvalue()
    assert "[/bold]" in shown and "[link=https://evil.example]" in shown  # shown as typed
    assert "\x1b]8;" not in shown, "a terminal hyperlink came from article text"
    assert "\x1b[2J" not in shown and "␛[2J" in shown


def test_terminal_safe_keeps_length_and_shows_controls():
    from pipeline.terminal import terminal_safe

    text = "a\x1b[31mb\rc\x07\x9bd\te\nf"
    safe = terminal_safe(text)
    assert len(safe) == len(text) and "\t" in safe and "\n" in safe
    assert not any((ord(ch) < 32 and ch not in "\t\n") or 0x7F <= ord(ch) <= 0x9F for ch in safe)
    assert safe.startswith("a␛[31mb␍c")


def test_quotes_command_prints_no_control_characters(tmp_path):
    article = {"id": "x\x1b[2J", "text": "«Мы \x1b[31mдоговорились\x1b]8;;https://evil.example\x07 о встрече», — "
                                          "заявил Ильхам Алиев журналистам."}
    source = write_jsonl(tmp_path / "in.jsonl", [article])
    result = subprocess.run([sys.executable, "-m", "pipeline", "quotes", str(source)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 quote(s)" in result.stdout and "␛[31mдоговорились" in result.stdout
    assert not any(ord(ch) < 32 and ch != "\n" for ch in result.stdout)
