"""Stress test: a hostile corpus through the CLI (`python -m pipeline run`), as a nightly run would do it.

The corpus is tests/data/bad: bad.jsonl (expected.json) and hostile.jsonl (hostile.json, written by hostile.py),
more than 100 cases with the outcome each line must give. Checked: records + errors == input lines, each line's
outcome, every output line strict JSON (no NaN/Infinity), an E011 error keeps a prefix of a huge line, not all of
it, and no run past its time limit. By default the corpus runs once; `--stress` runs it three times over (distinct
ids), adds a 20 MB line, and checks that a 1 MB article takes at most 15x a 100 KB one (issue 12).

Cases that other branches fix are listed in FIXED_ON_OTHER_BRANCHES: they run apart from the rest (one of them can
stop a whole run today) and are expected to fail here; empty the set once those branches are merged.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

BAD = Path(__file__).parent / "data" / "bad"
MAX_CHARS = 20_000  # hostile.py builds its max-chars cases around this; bad.jsonl too
DOC_TIMEOUT = 60.0  # the per-document budget the runs get
RATIO_GOAL = 15.0

# Case names (hostile.json) known to fail, run apart from the rest: empty since the issue 12 fixes landed.
FIXED_ON_OTHER_BRANCHES: set[str] = set()
SLOW_CASE = "slow-document-in-a-batch"  # built in its test, not a line of the corpus


@dataclass(frozen=True)
class Case:
    """One input line and the outcome it must give."""

    name: str
    expect: str
    body: bytes


def corpus() -> list[Case]:
    """bad.jsonl and hostile.jsonl as cases (bad.jsonl's are named after their line)."""
    cases = []
    bad_expected = json.loads((BAD / "expected.json").read_text(encoding="utf-8"))
    for number, body in enumerate((BAD / "bad.jsonl").read_bytes().split(b"\n")[:-1], 1):
        cases.append(Case(f"bad-{number}", bad_expected[str(number)], body))
    hostile = json.loads((BAD / "hostile.json").read_text(encoding="utf-8"))
    bodies = (BAD / "hostile.jsonl").read_bytes().split(b"\n")[:-1]
    assert len(bodies) == len(hostile), "regenerate: .venv/bin/python tests/data/bad/hostile.py"
    cases += [Case(item["name"], item["expect"], body) for item, body in zip(hostile, bodies, strict=True)]
    return cases


def strict_json(text: str) -> object:
    """json.loads that refuses NaN, Infinity and -Infinity (what strict readers do)."""

    def refuse(constant: str) -> object:
        raise ValueError(f"non-standard JSON constant {constant}")

    return json.loads(text, parse_constant=refuse)


@dataclass
class Run:
    """What one CLI run over some cases gave."""

    cases: list[Case]
    returncode: int
    stderr: str
    seconds: float
    out: Path

    def lines(self, name: str) -> list[str]:
        path = self.out / name
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []

    def outcomes(self) -> dict[int, str] | None:
        """Input line -> "record" or its error code; None when the run did not finish."""
        if self.returncode != 0:
            return None
        errors = {strict_json(line)["line"]: strict_json(line)["error"]["code"] for line in self.lines("errors.jsonl")}
        return {number: errors.get(number, "record") for number in range(1, len(self.cases) + 1)}


def run_cases(cases: list[Case], directory: Path, limit: float) -> Run:
    """Run the CLI over the cases, as one input file, on 2 workers."""
    source = directory / "in.jsonl"
    source.write_bytes(b"".join(case.body + b"\n" for case in cases))
    out = directory / "out"
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(out), "--workers", "2",
             "--shard-size", "7", "--max-chars", str(MAX_CHARS), "--doc-timeout", str(DOC_TIMEOUT), "--no-progress"],
            capture_output=True, text=True, timeout=limit)
        returncode, stderr = result.returncode, result.stderr
    except subprocess.TimeoutExpired:
        returncode, stderr = -1, f"the run took more than {limit:.0f}s"
    return Run(cases, returncode, stderr, time.monotonic() - started, out)


def time_limit(cases: list[Case]) -> float:
    """Past this a run hangs: model loading, one document at twice its budget, 2 s for each of the others."""
    return 120 + 2 * DOC_TIMEOUT + 2.0 * len(cases)


def repeated(cases: list[Case], times: int) -> list[Case]:
    """The cases `times` over; later rounds repeat the lines that give records and have string ids, each round's
    ids made distinct (a repeated error line could change its error: an empty id would no longer be empty)."""
    rounds = list(cases)
    for round_ in range(1, times):
        for case in cases:
            body = case.body.replace(b'"id": "', f'"id": "r{round_}-'.encode())
            if body != case.body and case.expect == "record":
                rounds.append(Case(f"{case.name}#{round_}", case.expect, body))
    return rounds


@pytest.fixture(scope="module")
def runs(request, tmp_path_factory) -> dict[str, Run]:
    """The corpus run in two groups: the cases this branch handles, and those fixed on other branches."""
    cases = corpus()
    main = [case for case in cases if case.name not in FIXED_ON_OTHER_BRANCHES]
    elsewhere = [case for case in cases if case.name in FIXED_ON_OTHER_BRANCHES]
    if request.config.getoption("--stress"):
        main = repeated(main, 3)
        huge = '{"id": "huge-20mb", "text": "' + "word " * 4_000_000 + '"}'
        main.append(Case("huge-20mb", "E011", huge.encode()))
    groups = {"main": main, "elsewhere": elsewhere}
    return {name: run_cases(group, tmp_path_factory.mktemp(name), time_limit(group))
            for name, group in groups.items()}


def test_corpus_is_large_and_named():
    cases = corpus()
    assert len(cases) >= 100
    names = [case.name for case in cases]
    assert len(set(names)) == len(names)
    assert FIXED_ON_OTHER_BRANCHES - {SLOW_CASE} <= set(names)


@pytest.mark.parametrize("group", ["main", "elsewhere"])
def test_every_line_is_accounted_for_in_strict_json(runs, group):
    run = runs[group]
    if group == "elsewhere" and FIXED_ON_OTHER_BRANCHES:
        pytest.xfail("cases fixed on other branches (FIXED_ON_OTHER_BRANCHES) may stop this run")
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.seconds <= time_limit(run.cases)
    records, errors = run.lines("records.jsonl"), run.lines("errors.jsonl")
    assert len(records) + len(errors) == len(run.cases)
    for line in records + errors:
        strict_json(line)
    stats = strict_json((run.out / "stats.json").read_text(encoding="utf-8"))
    assert stats["accounted"] and stats["input_lines"] == len(run.cases)


def test_main_corpus_outcomes(runs):
    run = runs["main"]
    outcomes = run.outcomes()
    assert outcomes is not None, run.stderr[-3000:]
    wrong = {case.name: (outcomes[number], case.expect) for number, case in enumerate(run.cases, 1)
             if outcomes[number] != case.expect}
    assert wrong == {}


def test_huge_lines_keep_a_prefix(runs):
    if "huge-line-prefix" in FIXED_ON_OTHER_BRANCHES:
        pytest.xfail("E011 with a prefix of the line is fixed on another branch")
    for group in ("main", "elsewhere"):
        run = runs[group]
        for line in run.lines("errors.jsonl"):
            error = strict_json(line)
            case = run.cases[error["line"] - 1]
            if error["error"]["code"] == "E011":
                assert len(error["input"]) < len(case.body), case.name


def test_a_slow_document_costs_at_most_twice_its_budget(tmp_path):
    """A document over its time budget, batched with quick ones, becomes E021 and holds the run up by no more than
    twice its budget (the same run without it is the baseline)."""
    from bench.synthetic import synthetic_article

    budget = 2.0
    quick = [json.dumps({"id": f"quick-{n}", "text": f"Министр {n} заявил, что всё идёт по плану."},
                        ensure_ascii=False) for n in range(15)]
    slow = json.dumps({"id": "slow", "text": synthetic_article(200_000)}, ensure_ascii=False)
    elapsed = {}
    for name, lines in (("baseline", quick), ("slow", [slow, *quick])):
        source = tmp_path / f"{name}.jsonl"
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(tmp_path / name), "--workers", "1",
             "--shard-size", "16", "--max-chars", "200000", "--doc-timeout", str(budget), "--no-progress"],
            capture_output=True, text=True, timeout=600)
        elapsed[name] = time.monotonic() - started
        assert result.returncode == 0, result.stderr[-3000:]
    errors = [strict_json(line) for line in (tmp_path / "slow" / "errors.jsonl").read_text().splitlines()]
    held_up = elapsed["slow"] - elapsed["baseline"]
    if SLOW_CASE in FIXED_ON_OTHER_BRANCHES and (len(errors) != 1 or held_up > 2 * budget + 10):
        pytest.xfail(f"{SLOW_CASE}: held the run up {held_up:.0f}s (fixed on another branch)")
    assert [error["error"]["code"] for error in errors] == ["E021"]
    assert held_up <= 2 * budget + 10  # 10 s: process start and scheduling noise


@pytest.mark.parametrize("name", sorted(FIXED_ON_OTHER_BRANCHES - {SLOW_CASE}))
def test_case_fixed_on_another_branch(runs, name):
    run = runs["elsewhere"]
    outcomes = run.outcomes()
    number = next(number for number, case in enumerate(run.cases, 1) if case.name == name)
    got = None if outcomes is None else outcomes[number]
    if got != run.cases[number - 1].expect:
        pytest.xfail(f"{name}: gives {got or 'no finished run'} here, {run.cases[number - 1].expect} is due "
                     "(fixed on another branch)")


def test_one_megabyte_is_at_most_15_times_100_kilobytes(request, tmp_path):
    """--stress only: the stages' time on a 1 MB article against a 100 KB one, through the CLI."""
    if not request.config.getoption("--stress"):
        pytest.skip("the 1 MB / 100 KB ratio runs with --stress (several minutes)")
    from bench.synthetic import synthetic_article

    seconds = {}
    for size in (100_000, 1_000_000):
        source = tmp_path / f"article-{size}.jsonl"
        source.write_text(json.dumps({"id": f"a{size}", "text": synthetic_article(size),
                                      "published_at": "2025-01-01"}, ensure_ascii=False) + "\n", encoding="utf-8")
        out = tmp_path / f"out-{size}"
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "run", str(source), "-o", str(out), "--workers", "1",
             "--max-chars", str(size), "--doc-timeout", "0", "--no-progress"],
            capture_output=True, text=True, timeout=3600)
        assert result.returncode == 0, result.stderr[-3000:]
        stats = strict_json((out / "stats.json").read_text(encoding="utf-8"))
        assert stats["records"] == 1
        seconds[size] = sum(stats["stage_seconds"].values())
    assert seconds[1_000_000] / seconds[100_000] <= RATIO_GOAL, seconds
