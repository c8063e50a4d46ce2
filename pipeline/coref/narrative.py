"""Narrative distance: sentences inside quotation marks are the speaker's, not the story's.

"Петров выступил. «A. B. C», — заявил он": the three sentences of the quotation do not separate "он" from
"Петров". A sentence that lies wholly inside a top-level pair of quotation marks keeps the narrative index of the
sentence before it, so the look-back windows and distance costs of the rules count story sentences only.
"""

from __future__ import annotations

from pipeline.document import Document
from pipeline.lang.marks import pair_quotes, top_level

CACHE_KEY = "coref_narrative"


def narrative_index(doc: Document) -> list[int]:
    """For each sentence, its index among the story's sentences (quoted sentences share the previous one's)."""
    cached = doc.extras.get(CACHE_KEY)
    if cached is not None and len(cached) == len(doc.sentences):
        return cached
    pairs = sorted((pair.open, pair.close) for pair in top_level(pair_quotes(doc.text)))
    found, current, pair = [], -1, 0
    for sentence in doc.sentences:
        start, end = doc.tokens[sentence.token_start].start, doc.tokens[sentence.token_end - 1].end
        while pair < len(pairs) and pairs[pair][1] < start:
            pair += 1
        inside = pair < len(pairs) and pairs[pair][0] <= start and end <= pairs[pair][1]
        if not inside or current < 0:
            current += 1
        found.append(current)
    doc.extras[CACHE_KEY] = found
    return found
