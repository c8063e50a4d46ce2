"""svodka's date extraction: rules over razdel tokens (rules.py), merges (combine.py), ISO values (resolve.py).

See ../shared/DATES.md for what is marked and how values are written.
"""

from __future__ import annotations

from pipeline.dates.combine import combine_mentions
from pipeline.dates.resolve import resolve
from pipeline.dates.rules import find_mentions
from pipeline.dates.scan import Scan
from pipeline.dates.stamp import STAMP_WARNING, stamp_anchor
from pipeline.document import DateAnn, Document


def extract_dates(doc: Document) -> list[DateAnn]:
    """Every temporal expression of a segmented document, with its value, grain, kind and rule.

    When the text's own stamp or dateline lies before `published_at`, dates are resolved against the stamp and
    `doc.extras["warnings"]` gets a W004 entry (see pipeline/dates/stamp.py).
    """
    scan = Scan(doc)
    mentions = combine_mentions(scan, find_mentions(scan))
    anchor = stamp_anchor(doc, mentions)
    if anchor is not None:
        warnings = doc.extras.setdefault("warnings", [])
        if not any(code == STAMP_WARNING for code, _ in warnings):
            warnings.append((STAMP_WARNING, f"the text's own date stamp {anchor.isoformat()} is earlier than "
                                            f"published_at {doc.published_at}: relative dates count from the stamp"))
    return resolve(doc, mentions, anchor)


__all__ = ["extract_dates"]
