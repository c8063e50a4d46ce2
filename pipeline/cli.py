"""The `svodka` command line: run, schema, eval, and the tools where users meet the results."""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.budget import MAX_BUDGET_SECONDS
from pipeline.engines import START_METHODS, EngineError
from pipeline.inputs import ConfigError, add_input_options, read_options
from pipeline.onnx_runtime import DEVICES, DeviceError, check_device
from pipeline.pipeline import DEFAULT_STAGES, PipelineOrderError
from pipeline.process import apply_process_settings
from pipeline.reader import DEFAULT_MAX_CHARS, INPUT_SUFFIXES, InputError, expand_inputs
from pipeline.runner import RunConfig, RunError, RunResult, default_workers, eprint, run
from pipeline.shards import SHARD_SIZES, SHARDS_WANTED
from pipeline.worker import DEFAULT_DOC_TIMEOUT, Counters, FailFast, WorkerOptions

if TYPE_CHECKING:
    from pipeline.document import Document

# Exit codes: bad input lines never fail a run (they become error records); these do.
EXIT_OK, EXIT_USAGE, EXIT_IO, EXIT_FAIL_FAST = 0, 2, 3, 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[Callable[[argparse._SubParsersAction], None], Command]] = {}


def command(configure: Callable[[argparse._SubParsersAction], None]) -> Callable[[Command], Command]:
    """Register a sub-command: `configure` adds its parser, the decorated function runs it."""

    def register(function: Command) -> Command:
        COMMANDS[function.__name__.removeprefix("cmd_")] = (configure, function)
        return function

    return register


def doc_timeout(value: str) -> float:
    """--doc-timeout: seconds, finite, from 0 (no limit) to MAX_BUDGET_SECONDS."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of seconds") from None
    if not math.isfinite(seconds) or not 0 <= seconds <= MAX_BUDGET_SECONDS:
        raise argparse.ArgumentTypeError(
            f"'{value}' is out of range: give seconds from 0 (no limit) to {MAX_BUDGET_SECONDS:g}")
    return seconds


def _configure_run(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run", help="process articles into records", description=(
            "Process articles (" + ", ".join(INPUT_SUFFIXES) + " files, optionally .gz/.bz2/.zst compressed, "
            "directories of them, or - for JSON Lines on stdin, streamed) into "
            "OUT/records.jsonl (one record per article, in input order), OUT/errors.jsonl (one line per input "
            "that could not become a record) and OUT/stats.json. Rerunning the same command resumes."))
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="input files or directories; - reads stdin")
    parser.add_argument("-o", "--out", required=True, metavar="OUT",
                        help="output directory, or - to write records to stdout (errors then go to --errors or stderr)")
    parser.add_argument("--errors", metavar="FILE", help="with -o -: where to write error records (default: stderr)")
    parser.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                        help="worker processes (default: all cores, here %(default)s)")
    parser.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local processes (default) or a Ray cluster")
    parser.add_argument("--start-method", choices=START_METHODS, default=None,
                        help="with --engine local and several workers: how worker processes start; fork (the "
                             "default where the platform has it) sets the models up once in this process and shares "
                             "them (in each worker instead where they run on a GPU or with several ONNX Runtime "
                             "threads), spawn sets them up in every worker")
    parser.add_argument("--address", metavar="ADDR",
                        help="with --engine ray: the cluster address (default: start a local Ray)")
    parser.add_argument("--stages", default=",".join(DEFAULT_STAGES), metavar="S1,S2",
                        help="comma-separated stages to run (default: %(default)s)")
    parser.add_argument("--shard-size", type=int, default=None, metavar="N",
                        help="input lines per shard, the unit of distribution and resume (default: chosen from the "
                             f"input's length alone, not --workers: {SHARD_SIZES[0]} to {SHARD_SIZES[-1]} lines, "
                             f"at most {SHARDS_WANTED} shards below {SHARD_SIZES[-1]})")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                        help="texts longer than this become E011 errors (default: %(default)s)")
    parser.add_argument("--doc-timeout", type=doc_timeout, default=DEFAULT_DOC_TIMEOUT, metavar="SECONDS",
                        help="a document still running after this becomes an E021 error; 0: no limit "
                             "(default: %(default)s)")
    parser.add_argument("--fail-fast", action="store_true",
                        help="stop at the first input line that becomes an error (exit code 4)")
    parser.add_argument("--no-validate", action="store_true", help="skip validating each record against the schema")
    parser.add_argument("--keep-shards", action="store_true",
                        help="keep OUT/.shards after a successful run (default: removed once merged)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--profile", action="store_true", help="print the time spent in each stage")
    parser.add_argument("--device", choices=DEVICES, default=None,
                        help="where the networks run: auto (a CUDA GPU when onnxruntime-gpu sees one, else the CPU), "
                             "cpu or cuda (fails with E050 without onnxruntime-gpu and a GPU); default: "
                             "$SVODKA_DEVICE or auto")
    parser.add_argument("--with-text", action="store_true",
                        help="put the analysed text into every record (always there when it differs from the input)")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl",
                        help="parquet: also write OUT/records.parquet, one row per record with nested columns "
                             "(default: %(default)s)")
    add_input_options(parser)


def _stdin_to_file(directory: Path) -> str:
    path = directory / "stdin.jsonl"
    with path.open("wb") as handle:
        shutil.copyfileobj(sys.stdin.buffer, handle)
    return str(path)


def _run_config(args: argparse.Namespace, inputs: list[str], out_dir: str, skipped: list[str]) -> RunConfig:
    options = WorkerOptions(args.max_chars, not args.no_validate, args.doc_timeout or None, args.fail_fast,
                            read_options(args), args.with_text)
    return RunConfig(
        inputs=inputs, out_dir=out_dir, stages=[s for s in args.stages.split(",") if s],
        workers=max(1, args.workers), shard_size=None if args.shard_size is None else max(1, args.shard_size),
        engine=args.engine,
        ray_address=args.address, start_method=args.start_method, options=options, progress=not args.no_progress,
        skipped_inputs=skipped,
        keep_shards=args.keep_shards,
    )


@command(_configure_run)
def cmd_run(args: argparse.Namespace) -> int:
    """svodka run: process input into records, errors and stats."""
    to_stdout = args.out == "-"
    scratch = Path(tempfile.mkdtemp(prefix="svodka-")) if to_stdout or "-" in args.inputs else None
    try:
        apply_process_settings(device=args.device)
        check_device()
        if args.format == "parquet" and to_stdout:
            raise InputError("--format parquet needs an output directory: give -o OUT")
        if args.inputs == ["-"]:
            return _run_stdin(args, scratch)  # type: ignore[arg-type]
        if "-" in args.inputs:
            raise InputError("- (stdin) must be the only input: run the files and stdin separately")
        skipped: list[str] = []
        files = expand_inputs(list(args.inputs), skipped)
        _warn_skipped(skipped)
        out_dir = str(scratch / "out") if to_stdout else args.out  # type: ignore[operator]
        config = _run_config(args, list(args.inputs), out_dir, skipped)
        result = run(config, files)
        if to_stdout:
            _copy_to(Path(out_dir) / "records.jsonl", sys.stdout)
            _emit_errors(Path(out_dir) / "errors.jsonl", args.errors)
        _write_dataset(args, out_dir)
        _print_summary(result.stats(), None if to_stdout else out_dir, args.profile)
        return EXIT_OK
    except (InputError, PipelineOrderError, EngineError, RunError, ConfigError, DeviceError) as error:
        eprint(f"svodka: {error}")
        return EXIT_USAGE
    except FailFast as stop:
        eprint(f"svodka: --fail-fast: stopped at {stop.error['file']} line {stop.error['line']}: {stop}")
        return EXIT_FAIL_FAST
    except OSError as error:
        eprint(_io_message(error))
        return EXIT_IO
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def _io_message(error: OSError) -> str:
    if str(error).startswith("[E042]"):  # a corrupt input says so itself
        return f"svodka: {error}"
    return f"svodka: [E042] cannot read or write: {error}: check the paths, permissions and free disk space"


def _warn_skipped(skipped: list[str]) -> None:
    if skipped:
        eprint(f"svodka: warning: {len(skipped)} file(s) in the input directories are not a kind svodka reads "
               f"(listed in stats.json as inputs_skipped): " + ", ".join(skipped[:5])
               + (" ..." if len(skipped) > 5 else ""))


def _write_dataset(args: argparse.Namespace, out_dir: str) -> None:
    if args.format != "parquet":
        return
    from pipeline.dataset import write_records_parquet
    from pipeline.export import read_records

    count = write_records_parquet(read_records(out_dir), Path(out_dir) / "records.parquet")
    eprint(f"svodka: {count} records -> {Path(out_dir) / 'records.parquet'}")


def _run_stdin(args: argparse.Namespace, scratch: Path) -> int:
    """JSON Lines on stdin, streamed: read in chunks of shard-size × workers lines (without --shard-size, 500 ×
    workers, each chunk's shards sized from its length), each processed (and its output written) before the next is
    read, so an endless input neither waits for its end nor fills the disk."""
    from pipeline.inputs import StreamSeen, fsync_close, stdin_chunks

    started = time.perf_counter()
    to_stdout = args.out == "-"
    out_dir = Path(args.out) if not to_stdout else scratch / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    records = sys.stdout if to_stdout else (out_dir / "records.jsonl.tmp").open("w", encoding="utf-8")
    errors = _error_sink(args, out_dir)
    base = _run_config(args, ["-"], str(scratch / "chunk"), [])
    total, offset, chunks, shards, seen = Counters(), 0, 0, 0, StreamSeen()
    sizes: set[int] = set()
    for path, count in stdin_chunks(sys.stdin.buffer, scratch, (base.shard_size or SHARD_SIZES[-1]) * base.workers):
        chunk_out = scratch / f"chunk-{chunks}"
        result = run(replace(base, inputs=[str(path)], out_dir=str(chunk_out), progress=False), [path])
        total.merge(result.counters)
        sizes.add(result.shard_size)
        shards += result.shards  # stats.json counts shards, as a file's run does, not chunks
        seen.copy_chunk(path, chunk_out, offset, base.options, records, errors, total)
        records.flush()
        shutil.rmtree(chunk_out, ignore_errors=True)
        offset, chunks = offset + count, chunks + 1
    stats = RunResult(total, shards, 0, time.perf_counter() - started, out_dir, [], max(sizes, default=0),
                      "option" if base.shard_size is not None else "input").stats()
    if not to_stdout:
        fsync_close(records)
        os.replace(out_dir / "records.jsonl.tmp", out_dir / "records.jsonl")
        fsync_close(errors)
        os.replace(out_dir / "errors.jsonl.tmp", out_dir / "errors.jsonl")
        (out_dir / "stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        _write_dataset(args, str(out_dir))
    elif errors is not sys.stderr:
        errors.close()
    _print_summary(stats, None if to_stdout else str(out_dir), args.profile)
    return EXIT_OK


def _error_sink(args: argparse.Namespace, out_dir: Path):  # type: ignore[no-untyped-def]
    if args.out != "-":
        return (out_dir / "errors.jsonl.tmp").open("w", encoding="utf-8")
    return open(args.errors, "w", encoding="utf-8") if args.errors else sys.stderr



def _copy_to(path: Path, stream) -> None:
    with path.open(encoding="utf-8") as handle:
        shutil.copyfileobj(handle, stream)
    stream.flush()


def _emit_errors(path: Path, target: str | None) -> None:
    if target:
        shutil.copyfile(path, target)
    else:
        _copy_to(path, sys.stderr)


def _print_summary(stats: dict, out_dir: str | None, profile: bool) -> None:
    where = f" -> {out_dir}" if out_dir else ""
    eprint(
        f"svodka: {stats['input_lines']} input lines: {stats['records']} records, {stats['errors']} errors"
        f" in {stats['wall_seconds']:.1f}s ({stats['docs_per_second']:.1f} docs/s,"
        f" {stats['chars_per_second'] / 1000:.1f} kchar/s){where}"
    )
    if stats["shard_size_from"] == "input":
        eprint(f"svodka: shards of {stats['shard_size']} lines, chosen from the input's length (--shard-size sets it)")
    if stats["error_codes"]:
        eprint("svodka: errors by code: " + ", ".join(f"{k}×{v}" for k, v in stats["error_codes"].items()))
    if profile:
        total = sum(stats["stage_seconds"].values()) or 1.0
        for stage, seconds in stats["stage_seconds"].items():
            eprint(f"  {stage:10} {seconds:8.2f}s {100 * seconds / total:5.1f}%")


def _configure_schema(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("schema", help="print the JSON Schema of the output record (or of errors/input)")
    parser.add_argument("--of", choices=("record", "error", "article"), default="record",
                        help="which model's schema to print (default: %(default)s)")


@command(_configure_schema)
def cmd_schema(args: argparse.Namespace) -> int:
    """svodka schema: print a model's JSON Schema."""
    from models import Article, ErrorRecord, Record

    model = {"record": Record, "error": ErrorRecord, "article": Article}[args.of]
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _configure_eval(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("eval", help="score svodka against gold files",
                                   description="Score svodka against gold annotations (see ../shared/*.md).")
    parser.add_argument("task", choices=sorted(EVALUATIONS), help="what to evaluate")
    parser.add_argument("--gold", required=True, metavar="G", help="gold JSONL file")
    parser.add_argument("--articles", required=True, nargs="+", metavar="A",
                        help="articles JSONL file(s); only the documents the gold names are scored, so the whole "
                             "source set can be given (../shared/data/rucoco-dev/docs.jsonl)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--part", choices=("all", "dev", "validation"), default="all",
                        help="linking, names, coref: only the documents of this fixed part (default: all)")
    parser.add_argument("--errors", type=int, nargs="?", const=5, default=0, metavar="N",
                        help="quotes, dates: print the first N examples (default 5) of each error class; "
                             "linking, names: the N largest errors of each class; events: the first N restatements "
                             "left apart, distinct happenings merged and events with argument errors (never on the "
                             "validation part)")
    parser.add_argument("--limit", type=int, default=0, metavar="N",
                        help="coref: only the first N documents of the part, a fixed subset for quick error analysis "
                             "(default: all)")


@dataclass(frozen=True)
class Evaluation:
    """One `svodka eval` task: its scorer module (imported only when run), the evaluate and report functions, and
    which command-line option, if any, it takes besides gold and articles."""

    module: str
    evaluate: str
    report: str
    options: tuple[str, ...] = ()  # "part", "errors", in the evaluate function's order
    limited: bool = False  # also takes --limit

    def __call__(self, articles: list, gold: list, args: argparse.Namespace) -> tuple[dict, str]:
        scorer = importlib.import_module(f"pipeline.evaluation.{self.module}")
        extra = tuple(getattr(args, option) for option in self.options)
        extra += (args.limit,) if self.limited else ()
        result = getattr(scorer, self.evaluate)(articles, gold, *extra)
        return result, getattr(scorer, self.report)(result)


EVALUATIONS: dict[str, Evaluation] = {
    "ner": Evaluation("ner", "evaluate_ner", "format_ner_report"),
    "dates": Evaluation("dates", "evaluate_dates", "format_dates_report", ("errors",)),
    "dates-recall": Evaluation("dates_recall", "evaluate_dates_recall", "format_dates_recall_report"),
    "quotes": Evaluation("quotes", "evaluate_quotes", "format_quotes_report", ("errors",)),
    "linking": Evaluation("entities", "evaluate_linking", "format_linking_report", ("part", "errors")),
    "names": Evaluation("entities", "evaluate_names", "format_names_report", ("part", "errors")),
    "events": Evaluation("events", "evaluate_events", "format_events_report", ("errors",)),
    "coref": Evaluation("coref", "evaluate_coref", "format_coref_report", ("part",), limited=True),
}


@command(_configure_eval)
def cmd_eval(args: argparse.Namespace) -> int:
    """svodka eval TASK: print scores against gold."""
    from pipeline.evaluation.common import read_objects  # JSONL, or one JSON object/array (data/seed/*.json)

    try:
        articles = [article for path in args.articles for article in read_objects(path)]
        gold = read_objects(args.gold)
    except OSError as error:
        eprint(f"svodka: [E042] cannot read: {error}: check the paths")
        return EXIT_IO
    result, report = EVALUATIONS[args.task](articles, gold, args)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else report)
    return EXIT_OK


def _configure_quotes(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("quotes", help="list the quotes found in articles", description=(
        "Run the pipeline up to the quotes stage over FILE (any input of svodka run: a file, a directory, or - "
        "for JSON Lines on stdin) and print each quote with its kind, speaker and cue; --explain adds the rule "
        "that produced it, the speaker's mention and the cue's lemma."))
    parser.add_argument("file", metavar="FILE", help="articles: any input of svodka run, or - for stdin")
    parser.add_argument("--explain", action="store_true", help="show the rule, speaker mention and cue lemma")
    parser.add_argument("--id", dest="article_id", metavar="ID", help="only the article with this id")
    add_input_options(parser)


@command(_configure_quotes)
def cmd_quotes(args: argparse.Namespace) -> int:
    """svodka quotes FILE [--explain]: who said what, article by article."""
    from pipeline.evaluation.quotes import QUOTE_STAGES
    from pipeline.quotes.explain import format_quotes
    from pipeline.terminal import terminal_safe

    def show() -> int:
        for doc in _processed(args, QUOTE_STAGES):
            print(terminal_safe(format_quotes(doc, args.explain)))
        return EXIT_OK

    return _guarded(show)


def _processed(args: argparse.Namespace, stages: Sequence[str]) -> Iterator[Document]:
    """The articles of args.file (only args.article_id when given), each run through `stages`."""
    from pipeline.inputs import read_articles
    from pipeline.pipeline import build_pipeline
    from pipeline.record import document_from_article

    with tempfile.TemporaryDirectory(prefix="svodka-") as scratch:
        path = _stdin_to_file(Path(scratch)) if args.file == "-" else args.file
        articles = [a for a in read_articles([path], read_options(args)) if args.article_id in (None, a.id)]
    if not articles:
        wanted = f" with id '{args.article_id}'" if args.article_id else ""
        raise ValueError(f"no article{wanted} in {args.file}: check the file and the --id")
    pipeline = build_pipeline(stages)
    for article in articles:
        doc = document_from_article(article)
        failure = pipeline.process_batch([doc])[0]
        if failure is not None:
            raise failure.error
        yield doc


def _configure_explain(subparsers: argparse._SubParsersAction) -> None:
    from pipeline.rules import TASKS

    parser = subparsers.add_parser("explain", help="show which rules fired or were rejected, and why",
                                   description=(
                                       "Run the pipeline up to a task's stage over FILE (any input of svodka run, "
                                       "or - for JSON Lines on stdin) and print, per article, what the task found "
                                       "with the rule that made each item, then every rule verdict in text order: "
                                       "'+ rule' fired, '- rule: reason' rejected."))
    parser.add_argument("--task", required=True, choices=TASKS, help="whose rules to trace")
    parser.add_argument("file", metavar="FILE", help="articles: any input of svodka run, or - for stdin")
    parser.add_argument("--id", dest="article_id", metavar="ID", help="only the article with this id")
    add_input_options(parser)


@command(_configure_explain)
def cmd_explain(args: argparse.Namespace) -> int:
    """svodka explain --task T FILE: the rules' verdicts, article by article."""
    from pipeline.explain import EXPLAIN_TASKS, explain_document
    from pipeline.rules import tracing
    from pipeline.terminal import terminal_safe

    def show() -> int:
        with tracing([args.task]) as tracer:
            for doc in _processed(args, EXPLAIN_TASKS[args.task].stages):
                print(terminal_safe(explain_document(doc, args.task, tracer)))
                tracer.events.clear()
        return EXIT_OK

    return _guarded(show)


def _guarded(action: Callable[[], int]) -> int:
    """Run a viewing/export command: bad input exits with the usage code, unreadable files with the I/O code."""
    try:
        return action()
    except BrokenPipeError:  # the reader closed the pipe (`| head`): nothing is wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115  (keeps the exit-time flush from failing again)
        return EXIT_OK
    except (InputError, ValueError) as error:
        eprint(f"svodka: {error}")
        return EXIT_USAGE
    except OSError as error:
        eprint(_io_message(error))
        return EXIT_IO


def _configure_show(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("show", help="show one article in the terminal", description=(
        "Show one article: the text with highlighted entities, dates and quotes, a quotes table and the events as "
        "a timeline. FILE is an input of `svodka run` (the article is processed on the spot) or its records "
        "(records.jsonl or the output directory; records without text take it from --articles)."))
    parser.add_argument("file", metavar="FILE",
                        help="articles (any input of svodka run: a file or a directory) or records; - reads stdin")
    parser.add_argument("--id", dest="article_id", metavar="ID", help="the article's id (default: the first)")
    parser.add_argument("--articles", nargs="+", metavar="A", help="with a records FILE: the input given to svodka run")
    parser.add_argument("--width", type=int, metavar="N", help="terminal width (default: detected)")
    parser.add_argument("--timeline", action="store_true",
                        help="print only the events as a plain-text timeline (entities by canonical name)")
    add_input_options(parser)


@command(_configure_show)
def cmd_show(args: argparse.Namespace) -> int:
    """svodka show FILE: one article in the terminal."""
    from rich.console import Console

    from pipeline.show import find_record, is_records_file, process_article, render
    from pipeline.terminal import terminal_safe
    from pipeline.timeline import render_timeline

    def show() -> int:
        with tempfile.TemporaryDirectory(prefix="svodka-") as scratch:
            path = _stdin_to_file(Path(scratch)) if args.file == "-" else args.file
            if is_records_file(path):
                record, text = find_record(path, args.article_id, args.articles, read_options(args))
            else:
                record, text = process_article([path], args.article_id, read=read_options(args))
        if args.timeline:
            print(terminal_safe(render_timeline(record)))
        else:
            render(record, text, Console(width=args.width))
        return EXIT_OK

    return _guarded(show)


def _configure_html(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("html", help="write HTML pages of records", description=(
        "Write one self-contained HTML page per article (entity, date and quote marks; quote and event tables) "
        "and DIR/index.html. RECORDS are records (the text comes from the records' `text` or from --articles) "
        "or articles in any input of svodka run (processed on the spot)."))
    parser.add_argument("records", metavar="RECORDS",
                        help="records.jsonl, a svodka run output directory, - (records on stdin), or articles")
    parser.add_argument("--articles", nargs="+", metavar="A",
                        help="for records without text: the input given to svodka run, matched to records by id")
    parser.add_argument("-o", "--out", required=True, metavar="DIR", help="output directory")
    add_input_options(parser)


@command(_configure_html)
def cmd_html(args: argparse.Namespace) -> int:
    """svodka html RECORDS --articles A -o DIR: HTML pages."""
    from pipeline.html import write_site
    from pipeline.inputs import records_from
    from pipeline.viewmodel import load_texts

    def html() -> int:
        counters = Counters()
        records = list(records_from(args.records, _view_options(args), counters))
        wanted = {str(record.get("id")) for record in records if record.get("text") is None}
        texts = load_texts(args.articles, wanted, read_options(args)) if args.articles and wanted else {}
        report = write_site(records, texts, args.out)
        _report_errors(counters)
        if report.without_text:
            eprint(f"svodka: {len(report.without_text)} record(s) without text (tables only; give the input of "
                   "svodka run with --articles, or run it with --with-text): " + ", ".join(report.without_text[:5]))
        eprint(f"svodka: {report.pages} pages -> {Path(args.out) / 'index.html'}")
        return EXIT_OK

    return _guarded(html)


def _configure_export(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export quotes, entities, events or dates as a flat table",
                                   description=(
                                       "Write one row per item, with the article's id, title, url, source and "
                                       "published_at. RECORDS may also be articles in any input of svodka run "
                                       "(processed on the spot)."))
    parser.add_argument("records", metavar="RECORDS",
                        help="records.jsonl, a svodka run output directory, - (records on stdin), or articles")
    parser.add_argument("--to", required=True,
                        choices=("quotes", "entities", "mentions", "events", "happenings", "dates"),
                        help="which items become rows")
    add_input_options(parser)
    parser.add_argument("--format", default="parquet", choices=("parquet", "csv", "jsonl"),
                        help="table format (default: %(default)s)")
    parser.add_argument("-o", "--out", required=True, metavar="FILE", help="output file, or - for stdout")


@command(_configure_export)
def cmd_export(args: argparse.Namespace) -> int:
    """svodka export RECORDS --to T --format F -o FILE: a flat table."""
    from pipeline.export import export
    from pipeline.inputs import records_from

    def run_export() -> int:
        counters = Counters()
        count = export(records_from(args.records, _view_options(args), counters), args.to, args.format, args.out)
        _report_errors(counters)
        eprint(f"svodka: {count} {args.to} rows -> {args.out}")
        return EXIT_OK

    return _guarded(run_export)


def _view_options(args: argparse.Namespace) -> WorkerOptions:
    return WorkerOptions(read=read_options(args), with_text=True)


def _report_errors(counters: Counters) -> None:
    if counters.errors:
        codes = ", ".join(f"{k}×{v}" for k, v in sorted(counters.error_codes.items()))
        eprint(f"svodka: {counters.errors} input item(s) could not become records ({codes}): "
               "run svodka run on them to see errors.jsonl")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="svodka", description="svodka: entities, dates, quotes and events from Russian news, as JSON lines.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for configure, _ in COMMANDS.values():
        configure(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `svodka` command."""
    apply_process_settings()
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command][1](args)
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not break the clean-up
        eprint("svodka: interrupted (SIGINT): finished shards are kept; rerun the same command to resume")
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
