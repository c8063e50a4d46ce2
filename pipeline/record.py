"""Document -> Record: the carrier's annotations become the contract's output (ids assigned here)."""

from __future__ import annotations

from typing import Any

from models import SCHEMA_VERSION, Article
from pipeline.document import Document, Span


def document_from_article(article: Article) -> Document:
    """The carrier for one input article."""
    return Document(id=article.id, text=article.text, published_at=article.publication_date)


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def _entities(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "id": f"e{i + 1}",
            "type": entity.type,
            "name": entity.name,
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
             "speaker_mention": _span(quote.speaker_mention), "cue": cue}
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
                     "entity": _ref("e", arg.entity), "date": _ref("d", arg.date)}
                    for arg in event.args
                ],
                "date": _ref("d", event.date),
                "value": event.value,
                "quote": _ref("q", event.quote),
                "sentence": {"start": sentence.start, "end": sentence.end},
            }
        )
    return events


def record_dict(article: Article, doc: Document) -> dict[str, Any]:
    """The output record of one article as a plain dict (validated against models.Record at the edge)."""
    published = article.published_at.isoformat() if article.published_at is not None else None
    return {
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
    }
