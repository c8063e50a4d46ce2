"""HTML view of records: one self-contained page per article (displaCy-style marks, quote and event tables) + index.

The text comes from the record's `text` when it carries one (`svodka run --with-text`, or a text that was
cleaned or given a title), else from the input given to `svodka run` (`pipeline.viewmodel.load_texts`). Every
piece of text that reaches a page is escaped: article text, names, ids, urls. What is shown (marks, pieces, table
rows) is the view model (pipeline.viewmodel), which the terminal view (pipeline.show) renders too.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from pipeline.viewmodel import Piece, event_rows, pieces, quote_rows, record_marks

COLORS = {"PER": "#aa9cfc", "LOC": "#ff9561", "ORG": "#7aecec", "DATE": "#bfe1d9", "CUE": "#e4e7d2"}
QUOTE_COLORS = {"direct": ("#fff4c2", "#e0a800"), "indirect": ("#e8f1ff", "#4a90d9")}

CSS = """
body { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; background: #fafafa;
  color: #222; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.5rem; margin: 0.3rem 0; } h2 { font-size: 1.15rem; margin-top: 2rem; }
.meta, .note { color: #666; font-size: 0.9rem; } nav a { font-size: 0.9rem; }
.text { white-space: pre-wrap; line-height: 2.5; font-size: 1.05rem; }
mark.ent { padding: 0.25em 0.45em; margin: 0 0.15em; line-height: 1; border-radius: 0.35em;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; color: #222; }
mark.ent .label, .speaker { font-size: 0.65em; font-weight: bold; line-height: 1; text-transform: uppercase;
  vertical-align: middle; margin-left: 0.4rem; white-space: nowrap; }
.quote { padding: 0.1em 0; }
.speaker { color: #fff; border-radius: 0.35em; padding: 0.15em 0.4em; text-transform: none; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #e5e5e5; text-align: left; padding: 0.35rem 0.5rem; vertical-align: top; }
th { background: #f3f3f3; } .legend mark.ent { margin-right: 0.5rem; } .legend .quote { margin-right: 0.5rem; }
.num { text-align: right; }
"""


def _stylesheet() -> str:
    rules = [f".ent-{kind} {{ background: {color}; }}" for kind, color in COLORS.items()]
    rules.append(".ent-ref { background-image: linear-gradient(#ffffff99, #ffffff99); }")  # coreference: lighter
    for kind, (fill, line) in QUOTE_COLORS.items():
        style = "dashed" if kind == "indirect" else "solid"
        rules.append(f".quote-{kind} {{ background: {fill}; border-bottom: 2px {style} {line}; }}")
        rules.append(f".speaker-{kind} {{ background: {line}; }}")
    return CSS + "\n".join(rules)


def _attr(value: Any) -> str:
    return escape(str(value), quote=True)


def _piece_html(text: str, piece: Piece) -> str:
    body = escape(text[piece.start:piece.end])
    if piece.mark is not None:
        label = f'<span class="label">{escape(piece.mark.label)}</span>' if piece.mark_ends else ""
        body = f'<mark class="ent {piece.mark.css}" title="{_attr(piece.mark.title)}">{body}{label}</mark>'
    if piece.quote_starts:
        assert piece.quote is not None
        body = f'<span class="{piece.quote.css}" title="{_attr(piece.quote.title)}">' + body
    if piece.quote_ends:
        assert piece.quote is not None
        kind = piece.quote.css.rsplit("-", 1)[-1]
        body += f'</span><span class="speaker speaker-{kind}">{escape(piece.quote.label)}</span>'
    return body


def marked_text_html(text: str, record: dict[str, Any]) -> tuple[str, int]:
    """The article text as HTML with entity, date, cue and quote marks; also the count of mismatched spans."""
    marks = record_marks(record, text)
    return "".join(_piece_html(text, piece) for piece in pieces(text, marks)), marks.mismatched


def _table(headers: Sequence[str], rows: Iterable[Sequence[Any]], empty: str) -> str:
    body = "".join("<tr>" + "".join(f"<td>{escape('' if cell is None else str(cell))}</td>" for cell in row)
                   + "</tr>" for row in rows)
    if not body:
        return f'<p class="note">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _legend() -> str:
    marks = "".join(f'<mark class="ent ent-{kind}">{kind}</mark>' for kind in COLORS)
    quotes = "".join(f'<span class="quote quote-{kind}">{kind} quote</span>' for kind in QUOTE_COLORS)
    return f'<p class="legend">{marks}{quotes}</p>'


def _title(record: dict[str, Any], text: str | None) -> str:
    if record.get("title"):
        return str(record["title"])
    first_line = (text or "").strip().split("\n", 1)[0]
    return first_line[:120] or str(record.get("id"))


def _meta_line(record: dict[str, Any]) -> str:
    parts = [f"id {escape(str(record.get('id')))}"]
    parts += [escape(str(record[key])) for key in ("published_at", "source") if record.get(key)]
    url = record.get("url")
    if url:
        # only http(s) links are clickable: a javascript: or data: url stays inert text
        is_web = re.match(r"https?://", str(url), re.IGNORECASE)
        parts.append(f'<a href="{_attr(url)}">{escape(str(url))}</a>' if is_web else escape(str(url)))
    return " · ".join(parts)


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_stylesheet()}</style></head>"
            f"<body><main>{body}</main></body></html>\n")


def _text_section(record: dict[str, Any], text: str | None) -> str:
    if text is None:
        return '<p class="note">The article text is not in the record nor in --articles: tables only.</p>'
    marked, mismatched = marked_text_html(text, record)
    section = _legend() + f'<div class="text">{marked}</div>'
    if mismatched:
        section += (f'<p class="note">{mismatched} span(s) do not match this text and are not shown: '
                    "is it the same input that was given to svodka run?</p>")
    return section


def _tables(record: dict[str, Any]) -> str:
    dates = [(d["id"], d["text"], d.get("value") or "—", d.get("grain"), d.get("kind"))
             for d in record.get("dates", [])]
    entities = [(e["id"], e["type"], e["name"], e["key"], len(e.get("mentions", [])), "; ".join(e.get("roles", [])))
                for e in record.get("entities", [])]
    return "".join((
        "<h2>Quotes</h2>" + _table(("id", "speaker", "cue", "kind", "text"), quote_rows(record), "No quotes."),
        "<h2>Events (timeline)</h2>" + _table(("date", "type", "trigger", "arguments", "id"), event_rows(record),
                                              "No events."),
        "<h2>Dates</h2>" + _table(("id", "text", "value", "grain", "kind"), dates, "No dates."),
        "<h2>Entities</h2>" + _table(("id", "type", "name", "key", "mentions", "roles"), entities, "No entities."),
    ))


def render_page(record: dict[str, Any], text: str | None, index_href: str | None = "index.html") -> str:
    """One self-contained page: marked text (when `text` is known), quote, event, date and entity tables."""
    title = _title(record, text)
    nav = f'<nav><a href="{_attr(index_href)}">← all articles</a></nav>' if index_href else ""
    header = f'<header><h1>{escape(title)}</h1><p class="meta">{_meta_line(record)}</p></header>'
    return _page(title, nav + header + _text_section(record, text) + _tables(record))


def page_name(record_id: str, used: set[str]) -> str:
    """A safe, unique file name for a record's page (ASCII slug plus a short hash of the id)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", record_id).strip("-.")[:60] or "article"
    base = f"{slug}-{hashlib.sha1(record_id.encode('utf-8')).hexdigest()[:8]}"
    name, counter = f"{base}.html", 1
    while name in used:
        counter += 1
        name = f"{base}-{counter}.html"
    used.add(name)
    return name


def index_entry(name: str, record: dict[str, Any], text: str | None) -> dict[str, Any]:
    """What the index shows of one article (the record itself need not stay in memory)."""
    counts = {key: len(record.get(key, [])) for key in ("entities", "dates", "quotes", "events")}
    return {"href": name, "title": _title(record, text), "published_at": record.get("published_at") or "",
            "source": record.get("source") or "", **counts}


def render_index(entries: Sequence[dict[str, Any]]) -> str:
    """The index page: one row per article (link, date, source, counts)."""
    columns = ("entities", "dates", "quotes", "events")
    rows = []
    for entry in entries:
        counts = "".join(f'<td class="num">{entry[key]}</td>' for key in columns)
        rows.append(f'<tr><td><a href="{_attr(entry["href"])}">{escape(entry["title"])}</a></td>'
                    f"<td>{escape(str(entry['published_at']))}</td><td>{escape(str(entry['source']))}</td>"
                    f"{counts}</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("article", "published", "source", *columns))
    body = (f"<h1>svodka: {len(entries)} articles</h1>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    return _page("svodka", body)


@dataclass
class SiteReport:
    """What `write_site` wrote and what it could not match."""

    pages: int = 0
    without_text: list[str] = field(default_factory=list)


def write_site(records: Iterable[dict[str, Any]], texts: dict[str, list[str]], out_dir: str | Path) -> SiteReport:
    """Write one page per record and index.html into `out_dir`; texts are matched by id, in order."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    queues = {key: list(values) for key, values in texts.items()}
    used: set[str] = {"index.html"}
    entries: list[dict[str, Any]] = []
    report = SiteReport()
    for record in records:
        record_id = str(record.get("id"))
        queue = queues.get(record_id)
        text = record["text"] if isinstance(record.get("text"), str) else (queue.pop(0) if queue else None)
        if text is None:
            report.without_text.append(record_id)
        name = page_name(record_id, used)
        (out / name).write_text(render_page(record, text), encoding="utf-8")
        entries.append(index_entry(name, record, text))
    (out / "index.html").write_text(render_index(entries), encoding="utf-8")
    report.pages = len(entries)
    return report
