"""Plain-text listing of a document's quotes, for `svodka quotes FILE [--explain]`."""

from __future__ import annotations

from pipeline.document import Document, QuoteAnn

PREVIEW = 160


def _preview(text: str, limit: int = PREVIEW) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_quote(doc: Document, number: int, quote: QuoteAnn, explain: bool) -> list[str]:
    """The lines that present one quote: kind, speaker, cue, the text, and with `explain` the rule,
    the speaker's mention and the cue's lemma."""
    speaker = quote.speaker or "—"
    if quote.speaker_entity is not None:
        speaker += f" (e{quote.speaker_entity + 1})"
    cue = quote.cue.text if quote.cue else "—"
    head = f"q{number} [{quote.kind}] speaker: {speaker} | cue: {cue}"
    if explain:
        head += f" | rule: {quote.rule or '?'}"
        if quote.confidence is not None:
            head += f" | confidence: {quote.confidence:.2f}"
    lines = [head, f"    «{_preview(quote.text)}» [{quote.start}:{quote.end}]"]
    if explain:
        mention = quote.speaker_mention
        where = f"'{mention.text}' [{mention.start}:{mention.end}]" if mention else "—"
        lines.append(f"    speaker mention: {where} | cue lemma: {quote.cue_lemma or '—'}")
    return lines


def format_quotes(doc: Document, explain: bool = False) -> str:
    """All quotes of a document, one block per quote, under a header with the document's id."""
    lines = [f"== {doc.id}: {len(doc.quotes)} quote(s)"]
    for number, quote in enumerate(doc.quotes, start=1):
        lines.extend(describe_quote(doc, number, quote, explain))
    return "\n".join(lines)
