"""Terminal-safe text: what an article says must never drive the terminal it is shown on."""

from __future__ import annotations

import re
from typing import Any

# C0 controls but tab and newline, DEL, and C1 controls (ESC starts colour, cursor and hyperlink sequences; CSI and
# OSC have one-byte C1 forms; CR and backspace overwrite what was printed).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode control pictures: ESC -> '␛'
    return "\u2421" if code == 0x7F else "\ufffd"


def terminal_safe(text: str) -> str:
    """`text` with every control character but tab and newline replaced by a visible sign, one for one.

    The length is kept, so character offsets into the text stay valid.
    """
    return _CONTROL.sub(_picture, text)


def terminal_safe_data(value: Any) -> Any:
    """A copy of JSON-like data with every string made terminal-safe (see `terminal_safe`)."""
    if isinstance(value, str):
        return terminal_safe(value)
    if isinstance(value, dict):
        return {key: terminal_safe_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [terminal_safe_data(item) for item in value]
    return value
