"""HTML in input: markup stripped with a real HTML parser (lxml), entities unescaped; whole pages via trafilatura.

The cleaned text is what the pipeline analyses, so the record keeps it in `text` and its offsets point into it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

# Tags, comments or character references that plain prose does not have.
HTML_LOOKING = re.compile(
    r"</?(?:p|div|br|span|a|b|i|u|em|strong|h[1-6]|li|ul|ol|table|tr|td|th|script|style|html|body|img|figure|"
    r"figcaption|section|article|blockquote|header|footer|nav|iframe|noscript|font|sup|sub|small|meta|link)\b[^<>]*>"
    r"|<!--|&(?:[a-zA-Z]{2,8}|#\d{2,7}|#x[0-9a-fA-F]{2,6});",
    re.IGNORECASE,
)
SKIPPED = {"script", "style", "noscript", "template", "iframe", "object", "svg", "head", "title", "meta", "link"}
BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "blockquote", "header", "footer", "nav", "figure", "figcaption", "pre", "hr", "dd", "dt", "dl", "main", "aside",
    "address", "body", "html",
}


def looks_like_html(text: str) -> bool:
    """Whether a text holds HTML tags, comments or character references."""
    return HTML_LOOKING.search(text) is not None


def _normalise(text: str) -> str:
    lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def clean_html(text: str) -> str:
    """The text of an HTML fragment or page: tags gone, script/style dropped, blocks on their own lines."""
    import lxml.etree as etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return _normalise(html.unescape(re.sub(r"<[^<>]*>", " ", text)))
    for element in list(root.iter()):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if (not tag or tag in SKIPPED) and element is not root and element.getparent() is not None:
            element.drop_tree()  # a comment, processing instruction, script or style: gone, its tail kept
    parts: list[str] = []
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            parts.append("\n" if tag in BLOCKS else "")
            parts.append(element.text or "")
        else:
            if tag in BLOCKS and tag != "br":
                parts.append("\n")
            if element is not root:
                parts.append(element.tail or "")
    return _normalise("".join(parts))


@dataclass(frozen=True)
class Page:
    """What trafilatura finds in a whole HTML page."""

    text: str
    title: str | None
    date: str | None
    url: str | None


def extract_page(page: str) -> Page:
    """Main text, title, date and canonical url of a scraped page (trafilatura; no network)."""
    import trafilatura

    found: Any = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    if found is None:
        return Page("", None, None, None)
    return Page(found.text or "", found.title or None, found.date or None, found.url or None)
