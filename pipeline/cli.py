"""The `svodka` command line: run, schema, eval, and the tools where users meet the results."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.engines import EngineError
from pipeline.pipeline import DEFAULT_STAGES, PipelineOrderError
from pipeline.reader import DEFAULT_MAX_CHARS, InputError, expand_inputs
from pipeline.runner import DEFAULT_SHARD_SIZE, RunConfig, default_workers, eprint, run
from pipeline.worker import DEFAULT_DOC_TIMEOUT, FailFast, WorkerOptions

# Exit codes: bad input lines never fail a run (they become error records); these do.
EXIT_OK, EXIT_USAGE, EXIT_IO, EXIT_FAIL_FAST = 0, 2, 3, 4

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[Callable[[argparse._SubParsersAction], None], Command]] = {}


def command(configure: Callable[[argparse._SubParsersAction], None]) -> Callable[[Command], Command]:
    """Register a sub-command: `configure` adds its parser, the decorated function runs it."""

    def register(function: Command) -> Command:
        COMMANDS[function.__name__.removeprefix("cmd_")] = (configure, function)
        return function

    return register


def _configure_run(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "run", help="process articles into records", description=(
            "Process articles (.jsonl, .jsonl.gz, .txt files, directories of them, or - for stdin) into "
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
    parser.add_argument("--address", metavar="ADDR",
                        help="with --engine ray: the cluster address (default: start a local Ray)")
    parser.add_argument("--stages", default=",".join(DEFAULT_STAGES), metavar="S1,S2",
                        help="comma-separated stages to run (default: %(default)s)")
    parser.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE, metavar="N",
                        help="input lines per shard, the unit of distribution and resume (default: %(default)s)")
    parser.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, metavar="N",
                        help="texts longer than this become E011 errors (default: %(default)s)")
    parser.add_argument("--doc-timeout", type=float, default=DEFAULT_DOC_TIMEOUT, metavar="SECONDS",
                        help="a document still running after this becomes an E021 error; 0: no limit "
                             "(default: %(default)s)")
    parser.add_argument("--fail-fast", action="store_true",
                        help="stop at the first input line that becomes an error (exit code 4)")
    parser.add_argument("--no-validate", action="store_true", help="skip validating each record against the schema")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    parser.add_argument("--profile", action="store_true", help="print the time spent in each stage")


def _stdin_to_file(directory: Path) -> str:
    path = directory / "stdin.jsonl"
    with path.open("wb") as handle:
        shutil.copyfileobj(sys.stdin.buffer, handle)
    return str(path)


@command(_configure_run)
def cmd_run(args: argparse.Namespace) -> int:
    """svodka run: process input into records, errors and stats."""
    to_stdout = args.out == "-"
    scratch = Path(tempfile.mkdtemp(prefix="svodka-")) if to_stdout or "-" in args.inputs else None
    try:
        inputs = [_stdin_to_file(scratch) if raw == "-" else raw for raw in args.inputs]  # type: ignore[arg-type]
        files = expand_inputs(inputs)
        out_dir = str(scratch / "out") if to_stdout else args.out  # type: ignore[operator]
        options = WorkerOptions(args.max_chars, not args.no_validate, args.doc_timeout or None, args.fail_fast)
        config = RunConfig(
            inputs=inputs, out_dir=out_dir, stages=[s for s in args.stages.split(",") if s],
            workers=max(1, args.workers), shard_size=max(1, args.shard_size), engine=args.engine,
            ray_address=args.address, options=options, progress=not args.no_progress,
        )
        result = run(config, files)
        if to_stdout:
            _copy_to(Path(out_dir) / "records.jsonl", sys.stdout)
            _emit_errors(Path(out_dir) / "errors.jsonl", args.errors)
        _print_summary(result.stats(), None if to_stdout else out_dir, args.profile)
        return EXIT_OK
    except (InputError, PipelineOrderError, EngineError) as error:
        eprint(f"svodka: {error}")
        return EXIT_USAGE
    except FailFast as stop:
        eprint(f"svodka: --fail-fast: stopped at {stop.error['file']} line {stop.error['line']}: {stop}")
        return EXIT_FAIL_FAST
    except OSError as error:
        eprint(f"svodka: [E042] cannot read or write: {error}: check the paths, permissions and free disk space")
        return EXIT_IO
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


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
    parser.add_argument("--articles", required=True, metavar="A", help="articles JSONL file")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--part", choices=("all", "dev", "validation"), default="all",
                        help="coref only: the part of rucoco-dev to score (pipeline/evaluation/coref.py)")


def _eval_ner(articles: list, gold: list) -> tuple[dict, str]:
    from pipeline.evaluation.ner import evaluate_ner, format_ner_report

    result = evaluate_ner(articles, gold)
    return result, format_ner_report(result)


def _eval_dates(articles: list, gold: list) -> tuple[dict, str]:
    from pipeline.evaluation.dates import evaluate_dates, format_dates_report

    result = evaluate_dates(articles, gold)
    return result, format_dates_report(result)


def _eval_quotes(articles: list, gold: list) -> tuple[dict, str]:
    from pipeline.evaluation.quotes import evaluate_quotes, format_quotes_report

    result = evaluate_quotes(articles, gold)
    return result, format_quotes_report(result)


def _eval_coref(articles: list, gold: list, part: str = "all") -> tuple[dict, str]:
    from pipeline.evaluation.coref import evaluate_coref, format_coref_report

    result = evaluate_coref(articles, gold, part)
    return result, format_coref_report(result)


EVALUATIONS: dict[str, Callable[..., tuple[dict, str]]] = {
    "ner": _eval_ner, "dates": _eval_dates, "quotes": _eval_quotes, "coref": _eval_coref}


@command(_configure_eval)
def cmd_eval(args: argparse.Namespace) -> int:
    """svodka eval TASK: print scores against gold."""
    from pipeline.evaluation.common import read_objects  # JSONL, or one JSON object/array (data/seed/*.json)

    try:
        articles, gold = read_objects(args.articles), read_objects(args.gold)
    except OSError as error:
        eprint(f"svodka: [E042] cannot read: {error}: check the paths")
        return EXIT_IO
    options = {"part": args.part} if args.task == "coref" else {}
    result, report = EVALUATIONS[args.task](articles, gold, **options)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else report)
    return EXIT_OK


def _configure_quotes(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("quotes", help="list the quotes found in articles", description=(
        "Run the pipeline up to the quotes stage over FILE (articles as .jsonl, or one JSON object) and print "
        "each quote with its kind, speaker and cue; --explain adds the rule that produced it, the speaker's "
        "mention and the cue's lemma."))
    parser.add_argument("file", metavar="FILE", help="articles: .jsonl (one article per line) or a .json object")
    parser.add_argument("--explain", action="store_true", help="show the rule, speaker mention and cue lemma")
    parser.add_argument("--id", dest="article_id", metavar="ID", help="only the article with this id")


@command(_configure_quotes)
def cmd_quotes(args: argparse.Namespace) -> int:
    """svodka quotes FILE [--explain]: who said what, article by article."""
    from pipeline.evaluation.common import annotate, read_objects
    from pipeline.evaluation.quotes import QUOTE_STAGES
    from pipeline.quotes.explain import format_quotes

    def show() -> int:
        articles = [a for a in read_objects(args.file) if args.article_id in (None, str(a.get("id")))]
        if not articles:
            wanted = f" with id '{args.article_id}'" if args.article_id else ""
            raise ValueError(f"no article{wanted} in {args.file}: check the file and the --id")
        for doc in annotate(articles, QUOTE_STAGES):
            print(format_quotes(doc, args.explain))
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
        eprint(f"svodka: [E042] cannot read or write: {error}: check the paths, permissions and free disk space")
        return EXIT_IO


def _configure_show(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("show", help="show one article in the terminal", description=(
        "Show one article: the text with highlighted entities, dates and quotes, a quotes table and the events as "
        "a timeline. FILE is an input of `svodka run` (the article is processed on the spot) or its records "
        "(records.jsonl or the output directory; then --articles gives the text)."))
    parser.add_argument("file", metavar="FILE",
                        help="articles (.jsonl, .jsonl.gz, .txt, a directory) or records; - reads stdin")
    parser.add_argument("--id", dest="article_id", metavar="ID", help="the article's id (default: the first)")
    parser.add_argument("--articles", nargs="+", metavar="A", help="with a records FILE: the input given to svodka run")
    parser.add_argument("--width", type=int, metavar="N", help="terminal width (default: detected)")
    parser.add_argument("--timeline", action="store_true",
                        help="print only the events as a plain-text timeline (entities by canonical name)")


@command(_configure_show)
def cmd_show(args: argparse.Namespace) -> int:
    """svodka show FILE: one article in the terminal."""
    from rich.console import Console

    from pipeline.events.timeline import render_timeline
    from pipeline.show import find_record, is_records_file, process_article, render

    def show() -> int:
        with tempfile.TemporaryDirectory(prefix="svodka-") as scratch:
            path = _stdin_to_file(Path(scratch)) if args.file == "-" else args.file
            if is_records_file(path):
                record, text = find_record(path, args.article_id, args.articles)
            else:
                record, text = process_article([path], args.article_id)
        if args.timeline:
            print(render_timeline(record))
        else:
            render(record, text, Console(width=args.width))
        return EXIT_OK

    return _guarded(show)


def _configure_html(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("html", help="write HTML pages of records", description=(
        "Write one self-contained HTML page per article (entity, date and quote marks; quote and event tables) "
        "and DIR/index.html. Records carry offsets, not text: --articles gives the input of svodka run."))
    parser.add_argument("records", metavar="RECORDS", help="records.jsonl, a svodka run output directory, or -")
    parser.add_argument("--articles", nargs="+", required=True, metavar="A",
                        help="the input given to svodka run (files or directories), matched to records by id")
    parser.add_argument("-o", "--out", required=True, metavar="DIR", help="output directory")


@command(_configure_html)
def cmd_html(args: argparse.Namespace) -> int:
    """svodka html RECORDS --articles A -o DIR: HTML pages."""
    from pipeline.export import read_records
    from pipeline.html import load_texts, write_site

    def html() -> int:
        records = list(read_records(args.records))
        texts = load_texts(args.articles, {str(record.get("id")) for record in records})
        report = write_site(records, texts, args.out)
        if report.without_text:
            eprint(f"svodka: {len(report.without_text)} record(s) without text in --articles (tables only): "
                   + ", ".join(report.without_text[:5]))
        eprint(f"svodka: {report.pages} pages -> {Path(args.out) / 'index.html'}")
        return EXIT_OK

    return _guarded(html)


def _configure_export(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export quotes, entities, events or dates as a flat table",
                                   description="Write one row per item, with the article's id, url and published_at.")
    parser.add_argument("records", metavar="RECORDS", help="records.jsonl, a svodka run output directory, or -")
    parser.add_argument("--to", required=True, choices=("quotes", "entities", "events", "dates"),
                        help="which items become rows")
    parser.add_argument("--format", default="parquet", choices=("parquet", "csv", "jsonl"),
                        help="table format (default: %(default)s)")
    parser.add_argument("-o", "--out", required=True, metavar="FILE", help="output file, or - for stdout")


@command(_configure_export)
def cmd_export(args: argparse.Namespace) -> int:
    """svodka export RECORDS --to T --format F -o FILE: a flat table."""
    from pipeline.export import export, read_records

    def run_export() -> int:
        count = export(read_records(args.records), args.to, args.format, args.out)
        eprint(f"svodka: {count} {args.to} rows -> {args.out}")
        return EXIT_OK

    return _guarded(run_export)


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
    args = build_parser().parse_args(argv)
    return COMMANDS[args.command][1](args)


if __name__ == "__main__":
    sys.exit(main())
