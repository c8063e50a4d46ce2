"""`svodka show`: one article in the terminal (rich) — highlighted text, quotes table, events as a timeline.

FILE is either an input that `svodka run` reads (the chosen article is processed on the spot) or a records file
(`records.jsonl`, or a run's output directory); a record without `text` takes it from `--articles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from models import ErrorRecord
from pipeline.export import read_records, records_path
from pipeline.inputs import is_records_file as _is_records_file
from pipeline.pipeline import DEFAULT_STAGES, build_pipeline
from pipeline.reader import ReadOptions, expand_inputs, max_bytes_for, parse_unit, read_units
from pipeline.terminal import terminal_safe, terminal_safe_data
from pipeline.viewmodel import Piece, chronological, event_args, load_texts, pieces, quote_rows, record_marks
from pipeline.worker import WorkerOptions, process_batch

STYLES = {
    "PER": "bold black on medium_purple1", "LOC": "bold black on light_salmon1",
    "ORG": "bold black on dark_slate_gray2", "DATE": "black on pale_turquoise1", "CUE": "bold underline",
}
QUOTE_STYLES = {"direct": "underline", "indirect": "italic underline"}
# pronouns and descriptions (coreference): the entity's colour, lighter
REF_STYLES = {"PER": "black on thistle1", "LOC": "black on navajo_white1", "ORG": "black on light_cyan1"}


class ShowError(ValueError):
    """The article to show cannot be found or its text is unknown."""


def is_records_file(path: str) -> bool:
    """Whether `path` holds records (output of `svodka run`) rather than input articles."""
    if Path(path).is_dir():
        return Path(records_path(path)).is_file()
    return _is_records_file(path)


def process_article(inputs: Sequence[str], article_id: str | None, stages: Sequence[str] = DEFAULT_STAGES,
                    read: ReadOptions | None = None) -> tuple[dict[str, Any], str]:
    """Find an article in `svodka run` inputs (the first when `article_id` is None) and process it: (record, text)."""
    first_error = ""
    options = WorkerOptions(read=read or ReadOptions())
    for path in expand_inputs(list(inputs)):
        for raw in read_units(path, max_bytes=max_bytes_for(options.max_chars)):
            article = parse_unit(raw, options=options.read)
            if isinstance(article, ErrorRecord):
                first_error = first_error or f" (line {article.line}: {article.error.message})"
                continue
            if article_id is not None and article.id != article_id:
                continue
            pipeline = build_pipeline(stages)
            outcome = process_batch(pipeline, [raw], options)[0]
            if outcome.record is None:
                raise ShowError(outcome.error["error"]["message"])
            return outcome.record, article.text
    raise ShowError(_not_found(article_id, "articles") + first_error)


def _not_found(article_id: str | None, what: str) -> str:
    return f"no article with id '{article_id}' in the {what}" if article_id else f"no valid article in the {what}"


def find_record(path: str, article_id: str | None, articles: Sequence[str] | None,
                read: ReadOptions | None = None) -> tuple[dict[str, Any], str]:
    """A record from a records file and its text: the record's own, or from `articles` (the inputs of the run)."""
    record = next((r for r in read_records(path) if article_id is None or str(r.get("id")) == article_id), None)
    if record is None:
        raise ShowError(_not_found(article_id, "records"))
    if isinstance(record.get("text"), str):
        return record, record["text"]
    if not articles:
        raise ShowError("this record carries no text: give the input of `svodka run` with --articles "
                        "(or run it with --with-text)")
    texts = load_texts(articles, {str(record["id"])}, read).get(str(record["id"]))
    if not texts:
        raise ShowError(f"article '{record['id']}' is not in --articles")
    return record, texts[0]


# --- rendering ------------------------------------------------------------------------------------------------
# Article text and everything taken from it go into rich.text.Text (never parsed as markup) and through
# terminal_safe (no escape sequences reach the terminal).


def _cell(value: Any, style: str = "") -> Text:
    return Text(terminal_safe(str(value)), style=style)


def _piece_text(text: str, piece: Piece) -> Text:
    style = QUOTE_STYLES.get(piece.quote.css.rsplit("-", 1)[-1], "") if piece.quote else ""
    result = Text(text[piece.start:piece.end], style=style)
    if piece.mark is not None:
        styles = REF_STYLES if "ent-ref" in piece.mark.css else STYLES
        result.stylize(styles.get(piece.mark.kind, "reverse"))
        if piece.mark_ends:
            result.append(f" {piece.mark.label}", style="dim bold")
    if piece.quote_starts and piece.quote is not None:
        result = Text(f"[{piece.quote.label.split(' ', 1)[0]} ", style="bold yellow") + result
    if piece.quote_ends and piece.quote is not None:
        result.append(f" ◂ {piece.quote.label}]", style="bold yellow")
    return result


def marked_text(record: dict[str, Any], text: str) -> tuple[Text, int]:
    """The article text with highlighted entities (by type), dates (with values), cues and quotes."""
    marks = record_marks(record, text)
    result = Text()
    for piece in pieces(text, marks):
        result.append_text(_piece_text(text, piece))
    return result, marks.mismatched


def quotes_table(record: dict[str, Any]) -> Table:
    """The quotes: id, speaker, cue, kind, text."""
    table = Table(title="Quotes", expand=True, show_lines=True)
    for name, ratio in (("id", None), ("speaker", 2), ("cue", 2), ("kind", None), ("text", 6)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for row in quote_rows(record):
        table.add_row(*(_cell(cell) for cell in row))
    return table


def events_timeline(record: dict[str, Any]) -> Table:
    """The events sorted by date value; those without a value are listed after, in text order."""
    table = Table(title="Events (timeline)", expand=True)
    for name, ratio in (("date", 2), ("type", 2), ("trigger", 2), ("arguments", 6)):
        table.add_column(name, ratio=ratio, overflow="fold")
    for event in chronological(record.get("events", [])):
        value = event.get("value")
        table.add_row(_cell(value or "—", style="bold" if value else "dim"), _cell(event["type"]),
                      _cell(f"{event['trigger']['text']} ({event['trigger'].get('lemma', '')})"),
                      _cell(event_args(event)))
    return table


def entities_table(record: dict[str, Any]) -> Table:
    """The entities: id, type, canonical name, key, mention count, roles."""
    table = Table(title="Entities", expand=True)
    for name in ("id", "type", "name", "key", "mentions", "roles"):
        table.add_column(name, overflow="fold")
    for entity in record.get("entities", []):
        table.add_row(_cell(entity["id"]), _cell(entity["type"], style=STYLES.get(entity["type"], "")),
                      _cell(entity["name"]), _cell(entity["key"]), _cell(len(entity.get("mentions", []))),
                      _cell("; ".join(entity.get("roles", []))))
    return table


def _header(record: dict[str, Any]) -> Text:
    parts = [str(record.get(key)) for key in ("id", "published_at", "source", "url") if record.get(key)]
    counts = ", ".join(f"{len(record.get(key, []))} {key}" for key in ("entities", "dates", "quotes", "events"))
    header = Text(str(record.get("title") or ""), style="bold")
    header.append(("\n" if record.get("title") else "") + " · ".join(parts) + f"\n{counts}", style="dim")
    return header


def render(record: dict[str, Any], text: str, console: Console) -> None:
    """Print one article: header, marked text, quotes table, events timeline, entities table.

    Nothing from the article is read as rich markup, and control characters are shown as visible signs.
    """
    record, text = terminal_safe_data(record), terminal_safe(text)
    body, mismatched = marked_text(record, text)
    legend = Text("legend: ")
    for kind, style in STYLES.items():
        legend.append(f" {kind} ", style=style)
        legend.append(" ")
    legend.append("[q1 direct quote ◂ speaker]", style="bold yellow underline")
    parts: list[Any] = [_header(record), legend, Panel(body, title="text")]
    if mismatched:
        parts.append(Text(f"{mismatched} span(s) do not match this text and are not shown", style="red"))
    console.print(Group(*parts))
    for table in (quotes_table(record), events_timeline(record), entities_table(record)):
        console.print(table if table.row_count else Text(f"{table.title}: none", style="dim"))
