"""Document -> Record: the carrier's annotations become the contract's output (ids assigned here)."""

from __future__ import annotations

from typing import Any

from models import SCHEMA_VERSION, WARNING_CODES, Article
from pipeline.document import Document, Span


def document_from_article(article: Article) -> Document:
    """The carrier for one input article."""
    year_only = article.published_at is not None and article.published_precision is not None
    return Document(id=article.id, text=article.text, published_at=article.publication_date,
                    url=article.url, published_year=article.published_at.year if year_only else None)


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def _entities(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "id": f"e{i + 1}",
            "type": entity.type,
            "name": entity.canonical or entity.name,
            "key": entity.key,
            "mentions": [{**_span(mention), "kind": mention.kind} for mention in entity.mentions],
            "roles": list(entity.roles),
        }
        for i, entity in enumerate(doc.entities)
    ]


def _dates(doc: Document) -> list[dict[str, Any]]:
    return [
        {"id": f"d{i + 1}", "start": date.start, "end": date.end, "text": date.text, "value": date.value,
         "grain": date.grain, "kind": date.kind}
        for i, date in enumerate(doc.dates)
    ]


def _ref(prefix: str, index: int | None) -> str | None:
    return None if index is None else f"{prefix}{index + 1}"


def _quotes(doc: Document) -> list[dict[str, Any]]:
    quotes = []
    for i, quote in enumerate(doc.quotes):
        cue = None
        if quote.cue is not None:
            cue = {**_span(quote.cue), "lemma": quote.cue_lemma}
        quotes.append(
            {"id": f"q{i + 1}", "start": quote.start, "end": quote.end, "text": quote.text, "kind": quote.kind,
             "speaker": quote.speaker, "speaker_entity": _ref("e", quote.speaker_entity),
             "speaker_mention": _span(quote.speaker_mention), "cue": cue, "confidence": quote.confidence}
        )
    return quotes


def _events(doc: Document) -> list[dict[str, Any]]:
    events = []
    for i, event in enumerate(doc.events):
        sentence = doc.sentences[event.sentence]
        events.append(
            {
                "id": f"v{i + 1}",
                "type": event.type,
                "trigger": {**_span(event.trigger), "lemma": event.trigger_lemma},
                "args": [
                    {"role": arg.role, "start": arg.start, "end": arg.end, "text": arg.text,
                     "entity": _ref("e", arg.entity), "date": _ref("d", arg.date),
                     **({"entities": [_ref("e", member) for member in arg.members]} if arg.members else {})}
                    for arg in event.args
                ],
                "date": _ref("d", event.date),
                "value": event.value,
                "quote": _ref("q", event.quote),
                "sentence": {"start": sentence.start, "end": sentence.end},
                "modality": event.modality,
            }
        )
    return events


def _happenings(doc: Document) -> list[dict[str, Any]]:
    return [
        {"id": f"h{i + 1}", "type": happening.type, "key": happening.key,
         "events": [f"v{index + 1}" for index in happening.events], "date": _ref("d", happening.date),
         "value": happening.value, "participants": [f"e{index + 1}" for index in happening.participants]}
        for i, happening in enumerate(doc.happenings)
    ]


def _stage_warnings(doc: Document) -> list[dict[str, str]]:
    """Warnings the stages left in doc.extras["warnings"] as (code, detail) pairs."""
    return [{"code": code, "message": f"[{code}] {WARNING_CODES[code]} ({detail})"}
            for code, detail in doc.extras.get("warnings", ())]


def record_dict(article: Article, doc: Document, with_text: bool = False) -> dict[str, Any]:
    """The output record of one article as a plain dict (validated against models.Record at the edge).

    The record carries `text` when asked (`with_text`) or when the analysed text is not the input's (HTML cleaned,
    title prepended), so that its offsets always point into a text the reader has. `warnings` joins what reading
    `published_at`, the reader and the stages noted.
    """
    published = article.published_iso
    record = {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "published_at": published,
        "source": article.source,
        "meta": article.meta,
        "entities": _entities(doc),
        "dates": _dates(doc),
        "quotes": _quotes(doc),
        "events": _events(doc),
        "happenings": _happenings(doc),
        "warnings": [warning.model_dump() for warning in article.warnings] + article.reader_warnings
        + _stage_warnings(doc),
    }
    if with_text or article.text_changed:
        record["text"] = article.text
    return record
