"""svodka's date extraction: rules over razdel tokens (rules.py), merges (combine.py), ISO values (resolve.py).

See ../shared/DATES.md for what is marked and how values are written.
"""

from __future__ import annotations

from pipeline.dates.combine import combine_mentions
from pipeline.dates.resolve import resolve
from pipeline.dates.rules import find_mentions
from pipeline.dates.scan import Scan
from pipeline.document import DateAnn, Document


def extract_dates(doc: Document) -> list[DateAnn]:
    """Every temporal expression of a segmented document, with its value, grain, kind and rule."""
    scan = Scan(doc)
    return resolve(doc, combine_mentions(scan, find_mentions(scan)))


__all__ = ["extract_dates"]
