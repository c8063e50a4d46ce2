"""Whether an offset lies inside quotation marks: deictic words there ("сегодня") belong to the speaker's day."""

from __future__ import annotations


def in_quotes(text: str, offset: int) -> bool:
    """True when `offset` lies inside an open quotation in its paragraph (« », „ “, “ ”, or straight quotes)."""
    paragraph = text[text.rfind("\n", 0, offset) + 1 : offset]
    if paragraph.count("«") > paragraph.count("»"):
        return True
    low_opened = paragraph.count("„")
    opened = low_opened + (0 if low_opened else paragraph.count("“"))
    closed = paragraph.count("”") + (paragraph.count("“") if low_opened else 0)
    if opened > closed:
        return True
    return paragraph.count('"') % 2 == 1
