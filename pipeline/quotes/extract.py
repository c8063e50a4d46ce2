"""Run the quote rules over a document, drop duplicates, resolve speakers in reading order."""

from __future__ import annotations

from pipeline.document import Document, QuoteAnn
from pipeline.quotes.complements import COMPLEMENT_RULES
from pipeline.quotes.context import Candidate, Context
from pipeline.quotes.direct import direct_candidates
from pipeline.quotes.indirect import INDIRECT_RULES
from pipeline.quotes.lexicon import IMPERSONAL_VERBS
from pipeline.quotes.speakers import Said, resolve

DUPLICATE_IOU = 0.9

# Every value a QuoteAnn.rule can take (the rules record these names; `svodka quotes --explain` shows them).
RULE_NAMES = frozenset({
    "direct_after", "direct_colon", "direct_colon_context", "direct_colon_subject", "direct_continuation",
    "direct_dash_line", "direct_list", "direct_named", "direct_question", "direct_split", "direct_standalone",
    "indirect_about", "indirect_about_this", "indirect_according", "indirect_accuse", "indirect_apology",
    "indirect_as_says", "indirect_cause", "indirect_evaluation", "indirect_fronted_that", "indirect_impersonal_that",
    "indirect_naming", "indirect_parenthetical", "indirect_phrase_that", "indirect_preposition", "indirect_request",
    "indirect_that", "indirect_trailing",
})


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def candidates(ctx: Context) -> list[Candidate]:
    """All rule outputs, direct rules first, near-duplicates removed (the earlier rule wins)."""
    found = direct_candidates(ctx)
    for rule in INDIRECT_RULES + COMPLEMENT_RULES:
        found.extend(rule(ctx))
    kept: list[Candidate] = []
    for candidate in found:
        span = (candidate.start, candidate.end)
        if any(iou(span, (other.start, other.end)) >= DUPLICATE_IOU for other in kept):
            continue
        kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, -c.end))


def _inside_direct(ctx: Context, candidate: Candidate, quotes: list[QuoteAnn]) -> bool:
    offset = ctx.tokens[candidate.cue_token].start if candidate.cue_token is not None else candidate.start
    return any(q.kind == "direct" and q.start <= offset < q.end for q in quotes)


def _indefinite_cue(ctx: Context, candidate: Candidate) -> bool:
    """A cue that names no one by design: impersonal ("сообщается") or indefinite-personal, a plural verb
    without a subject ("«Нам говорили, что ...»", "утверждают, что"): its null speaker is the right one."""
    verb = candidate.cue_token
    if verb is None:
        return False
    if ctx.lemma(verb) in IMPERSONAL_VERBS:
        return True
    feats = ctx.feats(verb)
    return ctx.is_finite(verb) and feats.get("Number") == "Plur" and feats.get("Person") != "1" \
        and not ctx.kids(verb, "nsubj")


def extract_quotes(doc: Document) -> list[QuoteAnn]:
    """The quotes of a document, with speakers, cues and the rule that found each."""
    ctx = Context(doc)
    quotes: list[QuoteAnn] = []
    history: list[Said] = []
    for candidate in candidates(ctx):
        speaker = resolve(ctx, candidate, history)
        if speaker is None or speaker.first_person or speaker.not_source:
            continue
        nested = candidate.kind == "indirect" and _inside_direct(ctx, candidate, quotes)
        if nested and speaker.name is None and not _indefinite_cue(ctx, candidate):
            continue
        quote = QuoteAnn(candidate.start, candidate.end, doc.text[candidate.start : candidate.end], candidate.kind,
                         speaker.name, speaker.entity, speaker.mention, candidate.cue, candidate.cue_lemma,
                         candidate.rule)
        quotes.append(quote)
        sentence = ctx.tokens[ctx.token_at(candidate.start)].sentence
        history.append(Said(candidate.start, sentence, speaker, candidate.kind, candidate.end))
    return sorted(quotes, key=lambda q: (q.start, q.end))
