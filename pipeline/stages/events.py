"""events: link the parse, entities, dates and quotes into who-did-what-to-whom-when-where records."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.events.extract import extract_events
from pipeline.events.happenings import group_happenings, prepare
from pipeline.stage import Stage


class EventsStage(Stage):
    """One event per vocabulary trigger (verb, light-verb construction, dated or placed event noun) and per quote,
    with typed arguments linked to entities and dates; see pipeline/events/vocabulary.py for the types and roles."""

    name = "events"
    requires = ("tokens", "sentences", "morph", "syntax", "entities", "coref", "dates", "quotes")
    provides = ("events", "happenings")

    def setup(self) -> None:
        """Key the country and capital tables once, as the process sets up (the one-worker process, the parent of a
        forked pool, whose workers inherit them, or each worker of a spawned pool), not in its first document."""
        prepare()

    def process(self, doc: Document) -> None:
        doc.events = extract_events(doc)
        doc.happenings = group_happenings(doc)
