"""Dashes that attribute speech: the em and en dashes, and what real news types instead of them (the minus
sign U+2212, the figure dash U+2012, the horizontal bar U+2015, a doubled hyphen "--")."""

from __future__ import annotations

# Single characters used as a long dash (not the hyphen).
LONG_DASHES = "—–−‒―"
# Every dash character, the hyphen included.
ALL_DASHES = LONG_DASHES + "-"
# Regex character classes for the two sets.
LONG = f"[{LONG_DASHES}]"
ANY = f"[{ALL_DASHES}]"


def is_dash(text: str, hyphen: bool = True) -> bool:
    """A token that is a dash: one long dash, a hyphen (when `hyphen`), or a doubled hyphen "--"."""
    if text == "--":
        return True
    return len(text) == 1 and text in (ALL_DASHES if hyphen else LONG_DASHES)
