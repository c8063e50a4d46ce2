"""dates: temporal expressions with ISO values, resolved against the publication date (../shared/DATES.md)."""

from __future__ import annotations

from pipeline.dates import extract_dates
from pipeline.document import Document
from pipeline.stage import Stage


class DatesStage(Stage):
    """Find dates and times over razdel tokens and resolve them; uses slovnet morphology when present."""

    name = "dates"
    requires = ("tokens", "sentences")
    uses = ("morph", "syntax")  # with the morph stage before it; pymorphy3 without (`--stages segment,dates`)
    provides = ("dates",)

    def process(self, doc: Document) -> None:
        doc.dates = extract_dates(doc)
