"""Run the quote rules over a document, drop duplicates, resolve speakers in reading order."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from pipeline.document import Document, EntityAnn, QuoteAnn, Span
from pipeline.entities.lexicon import COUNTRY_SCOPED_FORMS, word_country
from pipeline.entities.naming import canonical_name
from pipeline.lang.fold import WORD, all_capitals, fold, fold_uncached, mixed_scripts
from pipeline.lang.lexicon import (
    MEDIA_NOUNS,
    ORGANIZATION_NOUNS,
    QUANTITY_NOUNS,
    RISK_VERBS,
    ROLE_SENTENCES,
    SPEAKER_PRONOUNS,
)
from pipeline.lang.marks import (
    CLOSING_GUILLEMET,
    CLOSING_QUOTE_MARKS,
    NAME_OPENING_MARKS,
    OPENING_GUILLEMET,
    OPENING_QUOTE_MARKS,
    SINGLE_QUOTE_MARKS,
    is_dash,
)
from pipeline.morphology import parses, token_gender
from pipeline.quotes.clauses import reference_sites, reference_source_at
from pipeline.quotes.complements import QUOTE_COMPLEMENT_RULES, about_this_cue
from pipeline.quotes.confidence import quote_confidence
from pipeline.quotes.context import Candidate, Context, per_document
from pipeline.quotes.descriptions import is_outlet, news_agency, reports_only, word_lemmas
from pipeline.quotes.direct import direct_candidates
from pipeline.quotes.headlines import headline_candidates
from pipeline.quotes.indirect import INDIRECT_RULES, source_of_statement
from pipeline.quotes.lexicon import (
    BOILERPLATE_IMPERATIVES,
    CHANGE_VERBS,
    CITING_VERBS,
    FACT_REASON_NOUNS,
    IMPERSONAL_VERBS,
    NEGATABLE_CUES,
    OUTLET_VERBS,
    PARTITIVE_PREPOSITIONS,
    SAY_VERBS,
    SPEAKING_NOUNS,
    THING_SENSE_VERBS,
    WORDS_NOUNS,
)
from pipeline.quotes.referents import fuller_written_name, person_gender
from pipeline.quotes.restated import headline_restated
from pipeline.quotes.speakers import Said, Speaker, resolve
from pipeline.quotes.subjects import words_owner
from pipeline.rules import REGISTRY, fired, rejected, rule

DUPLICATE_IOU = 0.9


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _reported_again(ctx: Context, candidate: Candidate, cues: list[int | None]) -> bool:
    """"Как пишет пресса, A. Об этом заявила X": the "Об этом" sentence gives A a source of its own (its cue is in
    another sentence than the cues of the quotes on A's span), not a duplicate."""
    if candidate.rule != "indirect_about_this" or candidate.cue_token is None:
        return False
    sentence = ctx.tokens[candidate.cue_token].sentence
    return all(cue is not None and ctx.tokens[cue].sentence != sentence for cue in cues)


def _inner_source(ctx: Context, candidate: Candidate, cues: list[int | None]) -> bool:
    """"Он подчеркнул, что это «…», передает ТАСС" / "По словам X, «…», передает ТАСС": the outlet's quote on the
    quotation and the inner source's report around it are two quotes (an outlet and its source, QUOTES.md), not
    a duplicate: every quote on the span is an outlet's, cued after it, and this one's cue stands before it."""
    verb = candidate.cue_token
    if verb is None or ctx.tokens[verb].end > candidate.start or ctx.lemma(verb) in OUTLET_VERBS:
        return False
    return all(cue is not None and ctx.lemma(cue) in OUTLET_VERBS and ctx.tokens[cue].start >= candidate.end
               for cue in cues)


def _outlet_verb_after(ctx: Context, candidate: Candidate) -> bool:
    """A trailing attribution by a news medium after the content (an OUTLET_VERBS verb and `_medium_after`):
    "<content>, передает ТАСС", not "<content>, сообщил Мустафа Джемилев"."""
    verb = candidate.cue_token
    return candidate.rule == "indirect_trailing" and candidate.kind == "indirect" and verb is not None \
        and ctx.lemma(verb) in OUTLET_VERBS and ctx.tokens[verb].start >= candidate.end and _medium_after(ctx, verb)


def _medium_after(ctx: Context, verb: int) -> bool:
    """The words after the verb to its sentence's end name a news medium: an outlet's mention (`is_outlet`,
    `reports_only`, an agency's name) or a medium's noun ("агентство", "издание"), as the verb's subject, not whom
    or where the words were told (`_not_the_subject`)."""
    _, limit = ctx.sentence_range(verb)
    for index in range(verb + 1, limit):
        if _not_the_subject(ctx, index, verb):
            continue  # "сообщил «Интерфаксу» председатель": the outlet told, a person speaks
        mention = ctx.mention_of_token.get(index)
        if mention is not None and (is_outlet(ctx, mention[0]) or reports_only(ctx, mention[0])
                                    or news_agency(ctx.doc.entities[mention[0]].name)):
            return True
        if ctx.lemma(index) in MEDIA_NOUNS:
            return True
    return False


def _not_the_subject(ctx: Context, index: int, verb: int) -> bool:
    """The word is under the verb by a dative ("сообщил «Интерфаксу» председатель", "сообщил изданию «Медуза»
    депутат": whom the speaker told), a preposition ("сообщил в эфире телеканала «Россия 24» депутат", "пишет на
    сайте издания обозреватель": where) or a person's noun ("сообщил главный редактор газеты X", "пресс-секретарь
    агентства"): the medium is no subject of the verb, a person speaks (finalread-zc2)."""
    for node in (index, *ctx.ancestors(index)):
        if node == verb:
            return False
        feats = ctx.feats(node)
        if feats.get("Case") == "Dat" or ctx.kids(node, "case") \
                or (node != index and ctx.tokens[node].pos == "NOUN" and feats.get("Animacy") == "Anim"):
            return True
    return False


def _outlet_of_inner(ctx: Context, candidate: Candidate, cues: list[int | None]) -> bool:
    """"По словам X, <content>, сообщает «Интерфакс»": the outlet's trailing quote and the inner source's quote on
    nearly one span are two quotes (an outlet and its source, QUOTES.md), not a duplicate: this one is an outlet's,
    cued after the span, and every quote on the span is cued before its end (`_inner_source` read the other way
    round)."""
    return _outlet_verb_after(ctx, candidate) and all(
        cue is not None and ctx.tokens[cue].start < candidate.end for cue in cues)


def _on_inner_content(ctx: Context, candidate: Candidate, kept: list[Candidate]) -> Candidate:
    """"X заявил, что <content>, передает ТАСС" / "По словам X, <content>, сообщает «Интерфакс»": the outlet reports
    the inner source's content, so its trailing quote takes that content's span, not the whole sentence (the
    outlet's copy with one span, QUOTES.md; the gold gives both sources one span 92 times in 110 on the dev
    parts). The inner quote is one of a reported clause (CLAUSE_CONTENT_RULES) with another cue in the outlet's
    sentence, before the outlet, no trailing outlet's, whose content ends where the trailing content ends; the
    earliest such content wins ("По словам X, согласно данным Y, <content>, передает ТАСС": X's). Relabelled
    `indirect_outlet`, traced `outlet_inner_content`."""
    if not _outlet_verb_after(ctx, candidate):
        return candidate
    outlet = candidate.cue_token
    assert outlet is not None
    sentence = ctx.tokens[outlet].sentence
    text = ctx.doc.text
    inner = [other for other in kept if other is not candidate and other.rule in CLAUSE_CONTENT_RULES
             and other.cue_token is not None and ctx.tokens[other.cue_token].sentence == sentence
             and ctx.tokens[other.cue_token].start < candidate.end and not _outlet_verb_after(ctx, other)
             and other.start < candidate.end and _same_end(text, other.end, candidate.end)]
    if not inner:
        return candidate
    content = min(inner, key=lambda other: other.start)
    if (content.start, content.end) == (candidate.start, candidate.end) or not _opens_content(ctx, candidate, content):
        return candidate
    cue = content.cue.text if content.cue is not None else ""
    fired("quotes", "outlet_inner_content", content.start, content.end,
          f"{ctx.word(outlet)}: the outlet reports the content of {cue}")
    return replace(candidate, start=content.start, end=content.end, rule=indirect_outlet.__name__)


def _opens_content(ctx: Context, candidate: Candidate, content: Candidate) -> bool:
    """The inner cue opens what the outlet reports: between the trailing content's start and the inner content no
    finite verb but the inner cue and its auxiliaries ("X заявил, что", "По словам X,", "Как сообщили в …,", "X был
    уверен, что"); "Задержаны в Земуне, где, по некоторым данным, <…>" / "суд отклонил иск …, за то, что <…>": the
    outlet reports the whole sentence. An inner cue before the trailing content opens it only when its content
    covers the trailing one ("назвал <A, B>, сообщает X" with the trailing rule's content "B")."""
    cue = content.cue_token
    assert cue is not None
    if ctx.tokens[cue].start < candidate.start:
        return content.start <= candidate.start
    first, begin = ctx.token_at(candidate.start), ctx.token_at(content.start)
    return not any(ctx.is_finite(index) and index != cue and ctx.tokens[index].head != cue
                   for index in range(first, begin))


# The indirect rules whose content is a reported clause ("заявил, что <…>", "по словам X, <…>", "назвал <…>"), which
# an outlet after it reports whole; a request's or a preposition's object ("жалуются на питание, пишет издание") is
# a part of what the outlet reports, and its sentence stays the outlet's content.
CLAUSE_CONTENT_RULES = frozenset({"indirect_that", "indirect_according", "indirect_as_says", "indirect_phrase_that",
                                  "indirect_naming", "indirect_impersonal_that"})


# What may stand between two contents that end at one place (`_same_end`).
CONTENT_END_MARKS = " \n.,!?…" + "".join(sorted(CLOSING_QUOTE_MARKS | SINGLE_QUOTE_MARKS))


def _same_end(text: str, one: int, other: int) -> bool:
    """Two contents end at one place: only quotation marks, spaces and punctuation between their ends."""
    return not text[min(one, other) : max(one, other)].strip(CONTENT_END_MARKS)


def candidates(ctx: Context) -> list[Candidate]:
    """All rule outputs, direct rules first, near-duplicates removed (the earlier rule wins), then the copies that
    give one content a second source (COPY_RULES)."""
    found = headline_candidates(ctx) + direct_candidates(ctx)
    for scan in INDIRECT_RULES + QUOTE_COMPLEMENT_RULES:
        found.extend(scan(ctx))
    found = [_without_quotation_note(ctx, candidate) for candidate in found]
    kept: list[Candidate] = []
    spans: list[tuple[int, int]] = []  # the kept spans, sorted
    cues: dict[tuple[int, int], int | None] = {}  # the cue token of each kept span
    for candidate in found:
        span = (candidate.start, candidate.end)
        # a span that overlaps this one by DUPLICATE_IOU starts at most |span| / DUPLICATE_IOU before its end
        low = bisect_left(spans, (span[1] - int((span[1] - span[0]) / DUPLICATE_IOU) - 1,))
        near = spans[low : bisect_left(spans, (span[1],))]
        covering = [other for other in near if iou(span, other) >= DUPLICATE_IOU]
        covering_cues = [cues[other] for other in covering]
        if covering and not _reported_again(ctx, candidate, covering_cues) \
                and not _inner_source(ctx, candidate, covering_cues) \
                and not _outlet_of_inner(ctx, candidate, covering_cues):
            rejected("quotes", candidate.rule, *span, f"duplicate: an earlier rule's quote covers it (IoU >= "
                     f"{DUPLICATE_IOU})")
            continue
        kept.append(candidate)
        insort(spans, span)
        cues[span] = candidate.cue_token
    kept = [_on_inner_content(ctx, candidate, kept) for candidate in kept]
    for copy_rules in COPY_RULES:
        before = list(kept)  # each family of copies looks at the quotes found before it, not at its own copies
        for copy_rule in copy_rules:
            kept.extend(copy_rule(ctx, before))
    return sorted(kept, key=lambda c: (c.start, -c.end))


# "(цитата по ТАСС)", "(Цитата по «Интерфаксу»)", "(цитаты по …)": the forms `_quotation_outlet` takes by lemma
QUOTATION_NOTE = re.compile(r"\s*\(\s*цитат[аы] по [^()]{1,60}\)\s*$", re.IGNORECASE)


def _without_quotation_note(ctx: Context, candidate: Candidate) -> Candidate:
    """An indirect content that runs to its sentence's end stops before a closing "(цитата по ТАСС)": the note names
    the outlet the words were taken from (`direct_quoted_via`), no part of what was said."""
    note = QUOTATION_NOTE.search(ctx.doc.text, candidate.start, candidate.end)
    if note is None or note.start() <= candidate.start:
        return candidate
    fired("quotes", "quotation_note", note.start(), candidate.end, "the outlet's note is no part of the content")
    return replace(candidate, end=len(ctx.doc.text[: note.start()].rstrip()))


# Rules whose source is the phrase of their cue ("Как сообщает X, …", "По данным X, …"): a reference phrase in that
# phrase ("Как сообщает НТВ со ссылкой на источник в МВД, …") names the inner source of the same content.
SOURCE_PHRASE_RULES = frozenset({"indirect_as_says", "indirect_according"})


def _references(ctx: Context, found: list[Candidate], kind: str, by: Callable[..., object]) -> list[Candidate]:
    copies = []
    for candidate in found:
        verb = candidate.cue_token
        named = candidate.source is not None and candidate.rule not in SOURCE_PHRASE_RULES
        if verb is None or named or candidate.kind != kind:
            continue
        start, limit = ctx.sentence_range(verb)
        references, afters = _reference_phrases(ctx)
        for position in range(bisect_left(references, start), bisect_left(references, limit - 2)):
            index, after = references[position], afters[position]
            source = _referenced(ctx, after, limit)
            inside = candidate.start <= ctx.tokens[index].start < candidate.end
            if source is None or inside or _cue_between(ctx, index, verb) \
                    or _nested_cue(ctx, verb, candidate, found, index):
                continue
            copies.append(replace(candidate, rule=by.__name__, source=source, mode="subject"))
    return copies


@per_document
def _reference_phrases(ctx: Context) -> tuple[list[int], list[int]]:
    """The document's reference phrases (`reference_source_at`: "со ссылкой на", "ссылаясь на"), in order, and where
    each one's source starts: read once, so that each candidate of a long sentence visits only these, not every token
    of its sentence (quadratic on a sentence of thousands of cues)."""
    starts, afters = [], []
    for index in reference_sites(ctx):  # the tokens where a phrase may start; `reference_source_at` is None elsewhere
        after = reference_source_at(ctx, index)
        if after is not None:
            starts.append(index)
            afters.append(after)
    return starts, afters


def _nested_cue(ctx: Context, verb: int, candidate: Candidate, found: list[Candidate], reference: int) -> bool:
    """The candidate's cue stands inside another quote's content and the reference phrase outside it: the phrase
    attributes that outer quote ("Как передает X со ссылкой на Y, Астана предложила провести …": Y's report, not
    Y's copy of Астана's proposal)."""
    cue, offset = ctx.tokens[verb].start, ctx.tokens[reference].start
    return any(other is not candidate and other.start <= cue < other.end and not other.start <= offset < other.end
               for other in found)


@rule("quotes")
def direct_reference(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """«…», — сообщило агентство со ссылкой на представителя Y: the direct quote is Y's too (a copy with Y)."""
    return _references(ctx, found, "direct", direct_reference)


@rule("quotes")
def indirect_reference(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Агентство X со ссылкой на представителя Y сообщило, что <content>: the content is Y's too (a copy with Y).

    QUOTES.md: an outlet's quote and the inner speaker's overlap. One copy per cue whose clause holds "со ссылкой
    на" (or "ссылаясь на") outside the content, a source phrase's cue too ("Как сообщает НТВ со ссылкой на
    источник в МВД, <content>": SOURCE_PHRASE_RULES)."""
    return _references(ctx, found, "indirect", indirect_reference)


def _quoting(ctx: Context, found: list[Candidate], kind: str, by: Callable[..., object]) -> list[Candidate]:
    copies = []
    for candidate in found:
        verb = candidate.cue_token
        if candidate.kind != kind:
            continue
        if verb is not None and candidate.source is not None and ctx.lemma(verb) in WORDS_NOUNS:
            head = ctx.tokens[verb].head  # "ТАСС передает заявление X: «…»": the cue was the noun
            if head >= 0 and ctx.lemma(head) in CITING_VERBS and ctx.tokens[head].pos == "VERB":
                cue = ctx.span(head, head, "CUE")
                copies.append(replace(candidate, rule=by.__name__, cue_token=head, cue=cue,
                                      cue_lemma=ctx.lemma(head), source=None, mode="subject", group=None))
            continue
        if verb is None or candidate.source is not None or ctx.lemma(verb) not in CITING_VERBS:
            continue
        if candidate.mode == "object":
            copies.append(replace(candidate, rule=by.__name__, mode="subject", source=_outlet_after(ctx, verb)))
            continue
        owner = _words_owner(ctx, verb)
        if owner is not None and candidate.mode == "subject":
            copies.append(replace(candidate, rule=by.__name__, source=owner))
    return copies


@rule("quotes")
def direct_quoting(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """«…», — цитирует ТАСС губернатора / приводит слова судьи ТАСС: the outlet's copy of a person's quote.

    An outlet that quotes a person gives two quotes with the same span (the realnews convention): the person's
    (the object, or the owner of "слова") and the outlet's (the verb's subject)."""
    return _quoting(ctx, found, "direct", direct_quoting)


@rule("quotes")
def indirect_quoting(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """ТАСС передает слова X о том, что …: the outlet's (or the person's) copy of an indirect quote it cites."""
    return _quoting(ctx, found, "indirect", indirect_quoting)


def _outlets(ctx: Context, found: list[Candidate], kind: str, by: Callable[..., object]) -> list[Candidate]:
    cues = {candidate.cue_token for candidate in found}
    copies = []
    for candidate in found:
        verb = candidate.cue_token
        if verb is None or candidate.source is not None or candidate.mode != "subject" or candidate.kind != kind:
            continue
        _, limit = ctx.sentence_range(verb)
        commas, outlets = _outlet_verbs(ctx)
        for position in range(bisect_left(commas, verb + 2), bisect_left(commas, limit)):
            outlet = outlets[position]
            if outlet >= limit or outlet in cues:
                continue
            if not candidate.start <= ctx.tokens[outlet].start < candidate.end:
                cue = ctx.span(outlet, outlet, "CUE")
                copies.append(replace(candidate, rule=by.__name__, cue_token=outlet, cue=cue,
                                      cue_lemma=ctx.lemma(outlet), group=None))
                break
    return copies


@per_document
def _outlet_verbs(ctx: Context) -> tuple[list[int], list[int]]:
    """The tokens after a comma where an outlet's verb stands (", передает ТАСС") or opens after a dash or a relative
    pronoun (", — сообщает ТАСС", ", которого цитирует Bloomberg"), in order, and that verb (a finite REPORTING_VERBS
    verb): read once, so that each candidate of a long sentence visits only these, not every comma after its cue."""
    indices, outlets = [], []
    for index in range(1, len(ctx.tokens)):
        if ctx.tokens[index - 1].text != ",":  # only after a comma (most tokens: no dash or pronoun test)
            continue
        outlet = index + 1 if is_dash(ctx.tokens[index].text) or _relative_who(ctx, index) else index
        if outlet < len(ctx.tokens) and ctx.lemma(outlet) in REPORTING_VERBS and ctx.is_finite(outlet):
            indices.append(index)
            outlets.append(outlet)
    return indices, outlets


# What an outlet does when it reports a speaker's words: ", передает ТАСС", ", которого цитирует Bloomberg".
REPORTING_VERBS = OUTLET_VERBS | frozenset({"цитировать", "процитировать"})


def _relative_who(ctx: Context, index: int) -> bool:
    """", которого цитирует Bloomberg": the relative pronoun that opens a clause about the speaker."""
    return ctx.word(index) in ("которого", "которую", "которых") and ctx.lemma(index + 1) in REPORTING_VERBS \
        if index + 1 < len(ctx.tokens) else False


@rule("quotes")
def direct_outlet(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """«…», — заявил мэр, передает РИА Новости / сказал X, которого цитирует Bloomberg: the outlet gets a copy."""
    return _outlets(ctx, found, "direct", direct_outlet)


@rule("quotes")
def indirect_outlet(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Об этом заявил мэр X в эфире телеканала, передает РИА Новости: the trailing outlet reports the same content.

    The outlet gets a quote with the same span (the realnews convention on outlets and inner sources)."""
    return _outlets(ctx, found, "indirect", indirect_outlet)


def _outlet_after(ctx: Context, verb: int) -> int | None:
    """The outlet that "цитирует" names after it ("цитирует РИА Новости Собянина"): its first organization or
    medium, when the parse may have taken it for the object."""
    _, limit = ctx.sentence_range(verb)
    for index in range(verb + 1, min(verb + 8, limit)):
        if ctx.entity_type_at(index) == "ORG" or ctx.lemma(index) in MEDIA_NOUNS:
            return index
        if ctx.tokens[index].text in (",", ".", ";", ":"):
            return None
    return None


def _words_owner(ctx: Context, verb: int) -> int | None:
    """The owner of the words a citing verb takes as its object: "приводит слова судьи" -> "судьи", "приводит его
    слова агентство" -> "его" (`subjects.words_owner`)."""
    _, limit = ctx.sentence_range(verb)
    for index in range(verb + 1, min(verb + 6, limit)):
        if ctx.lemma(index) in WORDS_NOUNS and ctx.tokens[index].pos == "NOUN":
            return words_owner(ctx, index)
        if ctx.tokens[index].text in (",", ".", ";", ":"):
            return None
    return None


# What a conjoined cue may hold besides its subject and still share its neighbour's content.
BARE_CUE_RELATIONS = frozenset({"nsubj", "cc", "punct", "advmod", "iobj", "obl"})


@rule("quotes")
def indirect_conjoined(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Об этом рассказали два источника и подтвердил представитель: a conjoined speech verb reports the same content.

    The verb is conjoined to an indirect quote's cue, with a subject of its own and no content of its own."""
    cues = {candidate.cue_token for candidate in found}
    copies = []
    for candidate in found:
        verb = candidate.cue_token
        if candidate.kind != "indirect" or verb is None or candidate.source is not None or candidate.mode != "subject":
            continue
        for other in ctx.kids(verb, "conj"):
            if other in cues or not _bare_speech_verb(ctx, other):
                continue
            cue = ctx.span(other - 1 if ctx.word(other - 1) == "не" else other, other, "CUE")
            copies.append(replace(candidate, rule=indirect_conjoined.__name__, cue_token=other, cue=cue,
                                  cue_lemma=ctx.lemma(other), group=None))
    return copies


def _bare_speech_verb(ctx: Context, verb: int) -> bool:
    """A finite speech verb with a subject after it and only adjuncts besides ("и подтвердил представитель")."""
    kids = ctx.children[verb]
    if ctx.lemma(verb) not in SAY_VERBS or not ctx.is_finite(verb):
        return False
    if not any(kid > verb and ctx.tokens[kid].rel == "nsubj" for kid in kids):
        return False
    if any(ctx.tokens[kid].rel.split(":")[0] not in BARE_CUE_RELATIONS for kid in kids):
        return False
    return not any(ctx.tokens[kid].rel == "obl" and any(ctx.word(c) in ("о", "об", "про") for c in ctx.children[kid])
                   for kid in kids)


# Families of copies, in order; each family sees the quotes found before it.
@rule("quotes")
def indirect_told_medium(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """По информации газеты X, <content>. Об этом изданию рассказал Y: the medium's content is Y's too (a copy
    with the cue of the next sentence, whose subject is the source that told the medium, named in the dative)."""
    copies = []
    for candidate in found:
        verb = candidate.cue_token
        if candidate.kind != "indirect" or verb is None or ctx.word(verb) not in ("по", "согласно"):
            continue
        _, end = ctx.sentence_range(verb)
        if end >= len(ctx.tokens) or "\n" in ctx.doc.text[ctx.tokens[end - 1].end : ctx.tokens[end].start]:
            continue
        cue = about_this_cue(ctx, end, ctx.sentence_range(end)[1])
        told = cue is not None and any(ctx.feats(child).get("Case") == "Dat" and ctx.lemma(child) in MEDIA_NOUNS
                                       for child in ctx.kids(cue, "iobj", "obl", "obj"))
        if told and cue is not None and ctx.kids(cue, "nsubj"):
            copies.append(replace(candidate, rule=indirect_told_medium.__name__, cue_token=cue,
                                  cue=ctx.span(cue, cue, "CUE"), cue_lemma=ctx.lemma(cue), source=None,
                                  mode="subject", group=None))
    return copies


# "(цитата по ТАСС)": the noun and the preposition of a parenthetical that names the outlet a quote was taken from.
QUOTATION_NOUN, QUOTATION_PREPOSITION = "цитата", "по"
QUOTATION_OUTLET_WORDS = 6  # "(цитата по агентству «Комиинформ»)": how far the outlet's name may stand after "по"


def _quoted_via(ctx: Context, found: list[Candidate], kind: str, by: Callable[..., object]) -> list[Candidate]:
    """The outlet's copy of each `kind` quote a "(цитата по X)" follows; none for a negated assertion ("не говорил,
    что …": nothing was said to relay) nor for speech reported inside another quote (`_nested`)."""
    copies, spans = [], set()
    for candidate in found:
        span = (candidate.start, candidate.end)
        if candidate.kind != kind or candidate.cue_token is None or span in spans:
            continue
        via = _quotation_outlet(ctx, candidate)
        if via is None:
            continue
        if _negated_assertion(ctx, candidate):
            rejected("quotes", by.__name__, *span, "a negated assertion (\"не говорил, что\"): the outlet relays "
                     "no words of it")
            continue
        if _nested(candidate, found):
            rejected("quotes", by.__name__, *span, "speech reported inside another quote: the outlet relays the "
                     "outer quote")
            continue
        noun, outlet = via
        spans.add(span)
        copies.append(replace(candidate, rule=by.__name__, cue_token=noun, cue=ctx.span(noun, noun + 1, "CUE"),
                              cue_lemma=QUOTATION_NOUN, source=outlet, mode="subject", group=None))
    return copies


def _nested(candidate: Candidate, found: list[Candidate]) -> bool:
    """Another quote's content holds the candidate's ("«Вчера Путин отмечал, что …», — сказал Песков")."""
    return any(other.start <= candidate.start and candidate.end <= other.end
               and (other.start, other.end) != (candidate.start, candidate.end) for other in found)


def _quotation_outlet(ctx: Context, candidate: Candidate) -> tuple[int, int] | None:
    """The "(цитата по X)" that closes the candidate's sentence after its content, or stands as the next sentence
    of its own ("…интерес". (Цитата по "Интерфаксу".)"), as (the noun "цитата", X's token): X is an
    organization's name or a medium's noun ("по агентству «Комиинформ»": the name first) within the parenthesis;
    None when no such parenthetical follows the content."""
    after = ctx.token_at(candidate.end)
    if after >= len(ctx.tokens):
        return None
    _, limit = ctx.sentence_range(after)
    for index in range(after, limit - 2):
        if _opens_note(ctx, index):
            return _parenthetical_outlet(ctx, index + 3, limit, index + 1)
    if _opens_note(ctx, limit):
        return _parenthetical_outlet(ctx, limit + 3, ctx.sentence_range(limit)[1], limit + 1)
    return None


def _opens_note(ctx: Context, index: int) -> bool:
    """Tokens from `index` read "( цитата по"."""
    return index + 2 < len(ctx.tokens) and ctx.tokens[index].text == "(" and ctx.lemma(index + 1) == QUOTATION_NOUN \
        and ctx.word(index + 2) == QUOTATION_PREPOSITION


def _parenthetical_outlet(ctx: Context, first: int, limit: int, noun: int) -> tuple[int, int] | None:
    """The outlet named in "(цитата по | X)" from token `first` to the closing parenthesis: an organization's
    name first, else a medium's noun that heads the phrase after "по" ("по изданию"; not "по расшифровке сайта
    телеканала": a document of an unnamed channel names no outlet)."""
    last = min(first + QUOTATION_OUTLET_WORDS, limit)
    close = next((index for index in range(first, last) if ctx.tokens[index].text == ")"), last)
    words = range(first, close)
    named = next((index for index in words if ctx.entity_type_at(index) == "ORG"), None)
    head = next((index for index in words if ctx.tokens[index].pos in ("NOUN", "PROPN")), None)
    medium = head if head is not None and ctx.lemma(head) in MEDIA_NOUNS else None
    outlet = named if named is not None else medium
    return (noun, outlet) if outlet is not None else None


@rule("quotes")
def direct_quoted_via(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """«…», — сказал Песков (цитата по «Интерфаксу»): the outlet the quotation was taken from gets a copy.

    An outlet that relays a speaker's words gives a second quote with the same span (the realnews convention on
    outlets and inner sources, as `direct_outlet`'s ", передает ТАСС")."""
    return _quoted_via(ctx, found, "direct", direct_quoted_via)


@rule("quotes")
def indirect_quoted_via(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """Песков добавил, что «это разные измерения» (цитата по «Интерфаксу»): the outlet gets a copy of the content."""
    return _quoted_via(ctx, found, "indirect", indirect_quoted_via)


COPY_RULES: tuple[tuple[Callable[[Context, list[Candidate]], list[Candidate]], ...], ...] = (
    (direct_reference, indirect_reference), (indirect_conjoined,), (direct_quoting, indirect_quoting),
    (direct_outlet, indirect_outlet), (indirect_told_medium,), (direct_quoted_via, indirect_quoted_via))


def _referenced(ctx: Context, first: int, limit: int) -> int | None:
    """The source noun after "со ссылкой на": its first noun or name; for a statement noun of a source phrase
    (ACCORDING_NOUNS: "со ссылкой на данные центра", "на слова министра") its owner, as "по данным X" reads it
    (`source_of_statement`)."""
    for index in range(first, min(first + 4, limit)):
        if ctx.tokens[index].pos in ("NOUN", "PROPN", "X") or index in ctx.mention_of_token:
            return source_of_statement(ctx, index, limit)
        if ctx.tokens[index].pos not in ("ADJ", "DET", "PUNCT"):
            return None
    return None


def _cue_between(ctx: Context, reference: int, verb: int) -> bool:
    """Another finite verb between the phrase and the cue: the phrase belongs to another clause."""
    low, high = sorted((reference, verb))
    return any(ctx.is_finite(i) for i in range(low + 1, high))


def _whole_quoted(text: str) -> bool:
    """The text opens with a quotation mark and ends with a closing one, and no mark closes the opening one before
    its end: one quotation ("«избирателей пытаются …, предложив голосовать …»", "«мы работаем с „Нафтогазом“»": a
    name quoted inside), not two ("«A» и «B»")."""
    if len(text) < 3 or text[0] not in OPENING_QUOTE_MARKS or text[-1] not in CLOSING_QUOTE_MARKS:
        return False
    inner = text[1:-1]
    if text[0] == OPENING_GUILLEMET and text[-1] == CLOSING_GUILLEMET:  # other inner marks quote inside it
        depth = 0
        for char in inner:
            depth += (char == OPENING_GUILLEMET) - (char == CLOSING_GUILLEMET)
            if depth < 0:
                return False
        return depth == 0
    if text[0] in CLOSING_QUOTE_MARKS:  # a straight or English mark opens and closes alike
        return text[0] not in inner
    return not any(mark in inner for mark in CLOSING_QUOTE_MARKS)


class _Found:
    """The quotes found so far, which come in text order, with what the checks ask of them without a rescan: does a
    direct quote contain an offset, whose is it, was this span already given this speaker?"""

    def __init__(self) -> None:
        self.quotes: list[QuoteAnn] = []
        self.starts: list[int] = []  # of the direct quotes
        self.reach: list[int] = []  # the furthest end of the direct quotes up to each one
        self.directs: list[QuoteAnn] = []
        self.spans: set[tuple[int, int, str | None]] = set()

    def add(self, quote: QuoteAnn) -> None:
        """Record a quote (no earlier start than the direct ones before). An indirect quote that is one whole
        quotation, marks included ("Как заявил X, «…»"), holds the speaker's own words like a direct one does: what
        is reported inside it is checked as nested (`_nested_unnamed`, `_own_words`)."""
        self.quotes.append(quote)
        self.spans.add((quote.start, quote.end, quote.speaker))
        if quote.kind == "direct" or _whole_quoted(quote.text):
            self.starts.append(quote.start)
            self.reach.append(max(quote.end, self.reach[-1] if self.reach else quote.end))
            self.directs.append(quote)

    def covers(self, offset: int) -> bool:
        """A direct quote so far has start <= offset < end."""
        count = bisect_right(self.starts, offset)
        return count > 0 and self.reach[count - 1] > offset

    def enclosing_speaker(self, offset: int) -> str | None:
        """The speaker of the first direct quote so far that contains the offset."""
        count = bisect_right(self.starts, offset)
        inside = [q for q in reversed(self.directs[:count]) if q.end > offset] if self.covers(offset) else []
        return inside[-1].speaker if inside else None


def _enclosing(candidate: Candidate, found: _Found) -> str | None:
    """The speaker of the direct quote that contains the candidate."""
    return found.enclosing_speaker(candidate.start)


def _inside_direct(ctx: Context, candidate: Candidate, found: _Found) -> bool:
    offset = ctx.tokens[candidate.cue_token].start if candidate.cue_token is not None else candidate.start
    return found.covers(offset)


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


def _article_form(ctx: Context, speaker: Speaker) -> Speaker:
    """An organization by the name the article gives it (QUOTES.md: the fullest form the article gives): when its
    canonical name is an expansion the text never spells ("Министерство финансов США" for "Минфин США"), the
    longest nominative mention of two words or more, with the owner words that follow it ("Минфин США")."""
    if speaker.entity is None or ctx.doc.entities[speaker.entity].type != "ORG":
        return speaker
    entity = ctx.doc.entities[speaker.entity]
    if _spelled(ctx, entity):
        return speaker  # the article spells the name, perhaps declined ("Российского союза промышленников")
    forms = [_with_owner(ctx, m, entity.name) for m in entity.mentions
             if ctx.feats(ctx.token_at(m.start)).get("Case") in ("Nom", None)]
    forms = [form for form in forms if len(form.split()) >= 2]
    if not forms:
        return speaker  # a bare short form ("Минтранс"): named after all quotes are found (`written_short_form`)
    return replace(speaker, name=max(forms, key=len))


def _spelled(ctx: Context, entity: EntityAnn) -> bool:
    """The article writes the entity's canonical name, perhaps declined: the name itself, or a mention of as many
    words ("Российского союза промышленников")."""
    words = len(entity.name.split())
    return fold(entity.name) in _folded_text(ctx) or any(len(m.text.split()) >= words for m in entity.mentions)


@per_document
def _folded_text(ctx: Context) -> str:
    """The document's text folded, once per document (each organization speaker asks `_spelled`)."""
    return fold_uncached(ctx.doc.text)


def written_organization(ctx: Context, mention: Span | None, entity: EntityAnn) -> str | None:
    """An organization speaker by the name its own mention writes, when that is another name than the canonical
    one (the annotators' convention, QUOTES.md "as the article identifies it"): "Еврокомиссия требует" ->
    "Еврокомиссия" (not "Европейская комиссия"), "КНР верит" -> "КНР" (not "Китай"), "Украинский МИД уверяет".
    Only one of the entity's name mentions, in the nominative or indeclinable (initials, Latin), with the owner
    named right after it in the genitive ("МИД РФ", "Госдепартамент США"). None when the mention is a pronoun or
    a description, says no more than the canonical name ("Госдума" of "Госдума"), has no word of a canonical name
    the article never writes (an expansion of "Азербайджанский Минтранс": `written_short_form` names it), or is
    initials the article spells out elsewhere ("ВМО" after "Всемирной метеорологической организации": the full form, as
    `expanded_acronym` takes it), unless they name a state (`state_initials`)."""
    if mention is None or not any(m == mention for m in entity.names()) or not _written_name(ctx, mention):
        return None
    kept_initials = _spelled_out(mention, entity)
    if kept_initials and not state_initials(entity):
        return None
    text = _with_adjective(ctx, mention) + _with_genitive_owner(ctx, mention)
    written, canonical = frozenset(fold(text).split()), frozenset(fold(entity.name).split())
    if written <= canonical or not (written & canonical or _spelled(ctx, entity)):
        return None  # an expansion the article never writes ("Министерство транспорта"): `written_short_form`
    if kept_initials:
        fired("quotes", "state_initials", mention.start, mention.end, f"{text}, not {entity.name}")
    return text


NAME_MARKS = "".join(sorted(NAME_OPENING_MARKS)) + " "  # what may stand between a name and the words before it


def written_alias_name(ctx: Context, quote: QuoteAnn, entity: EntityAnn) -> str | None:
    """An organization speaker named by a mention the entities stage cut from a name the alias table holds whole:
    the words before a quoted name went as a descriptor ('РИА "Новости"' -> "Новости") while the alias name has
    them ("РИА Новости"). Where the article writes those words right before a name mention of the entity (an
    opening quotation mark, the apostrophe of "РИА 'Новости'" too, or a space between: NAME_MARKS), the alias
    name is the fullest form the article gives (QUOTES.md; the dev golds write "РИА Новости"). Only when the
    speaker is the entity's name and that name ends the alias name; the entity's own name (its key, the record's
    name) is unchanged. Traced as `written_alias_name`."""
    alias = entity.canonical.split()
    name = entity.name.split()
    cut = len(alias) - len(name)
    if quote.speaker is None or fold(quote.speaker) != fold(entity.name) or cut <= 0 \
            or [fold(word) for word in alias[cut:]] != [fold(word) for word in name]:
        return None
    words = fold(" ".join(alias[:cut]))
    for mention in entity.names():
        before = fold(ctx.doc.text[max(0, mention.start - len(words) - 3) : mention.start].rstrip(NAME_MARKS))
        if before.endswith(words) and not before[: -len(words)][-1:].isalpha():
            fired("quotes", "written_alias_name", mention.start, mention.end,
                  f"{quote.speaker} -> {entity.canonical}: the words before its mention")
            return entity.canonical
    return None


def written_body_name(ctx: Context, quote: QuoteAnn, entity: EntityAnn) -> str | None:
    """An organization speaker named with a country in words the article never writes together (an alias row's or
    a country scope's name: "Генпрокуратура России", "МВД России") is named by the fullest name the article writes of
    it with its country, in the nominative, the owner as written right after it: "Генеральной прокуратуры РФ" ->
    "Генеральная прокуратура РФ", "Генеральная прокуратура России" (QUOTES.md: "as the article identifies it, in the
    fullest form the article gives"). Only when that form names a country too (a written "МИД" of "МИД Японии" for
    "японский МИД" keeps the name) and the name's other words are the article's ("немецкий Институт имени Роберта
    Коха" is not its "RKI"). Traced as `written_body_name`."""
    forms = list(dict.fromkeys(form for mention in entity.names()
                               for form in [_nominative_with_owner(ctx, mention)] if form))
    name = _name_words(entity.name)
    if not forms or not any(map(_country_word, name)) or any(_name_words(form) == name for form in forms):
        return None
    fullest = max(forms, key=len)  # the first of the longest: "Министерство здравоохранения", not "Минздрав Украины"
    written = frozenset().union(*map(_name_words, forms))
    if not any(map(_country_word, _name_words(fullest))) \
            or not {word for word in name if not _country_word(word)} <= written:
        return None
    fired("quotes", "written_body_name", quote.start, quote.end, f"{entity.name} -> {fullest}: the article's form")
    return fullest


def written_owned_name(ctx: Context, quote: QuoteAnn, entity: EntityAnn) -> str | None:
    """An organization speaker whose name the article writes only with more words (a name mention cut before its
    genitive owner: "Главного управления | Национального банка Украины" -> "Главное управление") or not at all (an
    alias row's key: "СБУ" where the article writes "Служба безопасности Украины") is named by the fullest form the
    article writes of it: a name mention with the genitive owner that depends on it written right after it, in the
    nominative ("Служба безопасности" + "Украины" -> "Служба безопасности Украины"; QUOTES.md: "as the article
    identifies it, in the fullest form the article gives"). The quote's own name mention decides when it has one
    (one entity can join two owners: "Вооруженные силы РФ", "Вооруженные силы Турции"; a bare "данные Счетной
    палаты" keeps its name); else the first such form the article writes ("Посольство США" of a headline before
    "Посольство Соединенных Штатов Америки"). Only a form that holds every word of the speaker's name or stands for
    a name the article never writes. Traced as `written_owned_name`."""
    if quote.speaker is None:
        return None
    named = sorted(entity.names(), key=lambda m: m.start)
    if quote.speaker_mention is not None and any(mention == quote.speaker_mention for mention in named):
        named = [quote.speaker_mention]
    forms = [form for mention in named if _owned(ctx, mention) for form in [_nominative_with_owner(ctx, mention)]
             if form]
    if not forms:
        return None
    fullest = forms[0]
    speaker = _name_words(quote.speaker)
    if len(fullest) <= len(quote.speaker) or _name_words(fullest) == speaker \
            or not (speaker < _name_words(fullest) or _unwritten(ctx, quote.speaker, entity)):
        return None
    fired("quotes", "written_owned_name", quote.start, quote.end, f"{quote.speaker} -> {fullest}: the article's form")
    return fullest


def written_short_form(ctx: Context, quote: QuoteAnn, entity: EntityAnn) -> str | None:
    """An organization speaker named by an expansion the article never writes, of a short form it writes alone
    ("Министерство обороны России" where the article writes only "Минобороны" / "Минобороны РФ"; "Министерство
    транспорта" of a bare "Азербайджанский Минтранс") is named by the fullest form the article writes of it
    (QUOTES.md: "as the article identifies it, in the fullest form the article gives"; every dev gold names such a
    body by the article's short form: "Минздрав", "Минобороны РФ", "Минсвязи"): the name mention with the most words
    in the nominative, its genitive owner ("Минобороны РФ") or its nominative adjective ("Азербайджанский Минтранс")
    with it, the quote's own mention or the first in the text among equals (one entity can join two owners). Only
    when the speaker is the entity's name, shares no word but a country's with any name the article writes of it,
    and the article does not write that name (a full form written anywhere keeps the other steps' choice). The
    entity's own name (its key, its Wikidata link) is unchanged. Traced as `written_short_form`."""
    if quote.speaker is None or _name_words(quote.speaker) != _name_words(entity.name) \
            or fold(entity.name) in _folded_text(ctx):
        return None
    named = sorted(entity.names(), key=lambda m: m.start)
    forms = [form for mention in named for form in [_short_form(ctx, mention)] if form]
    body = {word for word in _name_words(quote.speaker) if not _country_word(word)}
    written = frozenset().union(*(_name_words(mention.text) for mention in named), *map(_name_words, forms))
    if not forms or body & written:  # "Минобороны России" shares only its country with "Министерство обороны России"
        return None
    own = [_short_form(ctx, mention) for mention in named if mention == quote.speaker_mention]
    fullest = max(own + forms, key=lambda form: len(_name_words(form)))  # the quote's own, else the first
    fired("quotes", "written_short_form", quote.start, quote.end, f"{quote.speaker} -> {fullest}: the article's form")
    return fullest


def _short_form(ctx: Context, mention: Span) -> str:
    """A written name mention in the nominative with its genitive owner (`_nominative_with_owner`), or, for a
    nominative mention, with the adjective before it as written (`_with_adjective`: "Азербайджанский Минтранс"); a
    body's form of the entities stage's table as written (`COUNTRY_SCOPED_FORMS`, nominatives: "Минприроды"); "" for
    a mention that is no written name or mixes scripts ("СNN": a typo the canonical name mends)."""
    if any(mixed_scripts(word) for word in mention.text.split()):
        return ""
    owned = _with_genitive_owner(ctx, mention)
    written = mention.text[:1].isupper() and fold(mention.text) in COUNTRY_SCOPED_FORMS  # "Минприроды РФ" as written
    form = owned if written else _nominative_with_owner(ctx, mention)
    if form and form == owned and _written_name(ctx, mention):
        return _with_adjective(ctx, mention) + form
    return form


def _unwritten(ctx: Context, name: str, entity: EntityAnn) -> bool:
    """The article never writes the name, in any case: no name mention of the entity, put in the nominative with or
    without its owner, has its words ("СБУ" of "Службы безопасности Украины"; "Посольства США" writes
    "Посольство США"), and the text has no such string."""
    words = _name_words(name)
    if fold(name) in _folded_text(ctx):
        return False
    for mention in entity.names():
        first, last = ctx.doc.token_range(mention.start, mention.end)
        bare = canonical_name("ORG", ctx.tokens[first:last]) if first < last else ""
        if words in (_name_words(bare), _name_words(_nominative_with_owner(ctx, mention))):
            return False
    return True


def _owned(ctx: Context, mention: Span) -> bool:
    """A genitive owner is written right after the mention (`_with_genitive_owner`: "Службы безопасности" +
    "Украины") and depends on it in the parse ("данных Счетной палаты | РБК подтвердил": РБК is the subject)."""
    text = _with_genitive_owner(ctx, mention)
    if text == mention.text:
        return False
    first, last = ctx.doc.token_range(mention.start, mention.end)
    owner_first, owner_last = ctx.doc.token_range(mention.end, mention.start + len(text))
    return any(first <= ctx.tokens[i].head < last for i in range(owner_first, owner_last))


def _name_words(name: str) -> frozenset[str]:
    """A name's words, folded, without quotation marks and punctuation."""
    return frozenset(WORD.findall(fold(name)))


def _country_word(word: str) -> bool:
    """A word that names a country in any case ("россии", "рф", "сша"; `entities.lexicon.word_country`)."""
    return any(word_country(lemma) for lemma in word_lemmas(word) | {word})


def _nominative_with_owner(ctx: Context, mention: Span) -> str:
    """A capitalized name mention put in the nominative (`entities.naming.canonical_name`), with a genitive owner
    written right after it as it stands ("Генпрокуратуре" + "РФ" -> "Генпрокуратура РФ"); "" for a mention that is
    no written name (lower case: "прокуратура")."""
    first, last = ctx.doc.token_range(mention.start, mention.end)
    if first >= last or not mention.text[:1].isupper():
        return ""
    owned = _with_genitive_owner(ctx, mention)
    return canonical_name("ORG", ctx.tokens[first:last]) + owned[len(mention.text):]


def _spelled_out(mention: Span, entity: EntityAnn) -> bool:
    """The mention is initials ("ВМО", "NYT", "BfR") and the entity's name or a name mention of it has more words
    without them (a spelled-out form, not the initials with an owner: "МИД Украины")."""
    words = mention.text.split()
    names = [entity.name] + [other.text for other in entity.names()]
    return all(word.isupper() or _initials_word(word) for word in words) \
        and any(len(name.split()) > len(words) and not set(words) & set(name.split()) for name in names)


def state_initials(entity: EntityAnn) -> bool:
    """A state named by its initials where its mention writes them ("США", "КНР", "КНДР", "ДНР") keeps them, though
    the article spells the name out elsewhere ("Соединенных Штатов") or the entity is named by another form ("Северная
    Корея"): a state's initials are a name of its own, which the article's mention gives the source (the dev golds
    write "США", "КНР" for such mentions, never the expansion), unlike a body's initials, which the golds spell out
    ("ФАС" -> "Федеральная антимонопольная служба"). Only a place entity (LOC): a body keeps `_spelled_out`. Traced
    as `state_initials` (in `written_organization`, where the initials are printed)."""
    return entity.type == "LOC"


def _initials_word(word: str) -> bool:
    """A short word with two capitals or more: initials with a lower-case letter among them ("BfR")."""
    return len(word) <= 5 and sum(char.isupper() for char in word) >= 2 and word[:1].isupper()


def _written_name(ctx: Context, mention: Span) -> bool:
    """Every word of the mention is capitalized, and read as nominative unless it is indeclinable (initials, a
    Latin name); a word that mixes the scripts ("СNN" with a Cyrillic "С") is a typo the canonical name mends."""
    first, last = ctx.doc.token_range(mention.start, mention.end)
    words = [index for index in range(first, last) if ctx.tokens[index].text.isalpha()]
    if not words or any(mixed_scripts(word) for word in mention.text.split()):
        return False
    return all(ctx.tokens[i].text[:1].isupper()
               and (_initials_or_latin(ctx.tokens[i].text) or ctx.feats(i).get("Case", "Nom") == "Nom") for i in words)


def _initials_or_latin(word: str) -> bool:
    """Initials ("КНР", "ЕС") and Latin names do not decline: any case shows the name as written (unlike
    `morphology.indeclinable`, no dictionary reading is asked)."""
    return all_capitals(word) or word.isascii()


def _with_adjective(ctx: Context, mention: Span) -> str:
    """A nominative adjective right before the mention that modifies it ("Украинский" + "МИД"), with a space, in
    lower case unless it is a name's word; else ""."""
    index = ctx.token_before(mention.start)
    first, last = ctx.doc.token_range(mention.start, mention.end)
    token = ctx.tokens[index] if index >= 0 else None
    if token is None or token.pos != "ADJ" or token.rel != "amod" or not first <= token.head < last \
            or ctx.feats(index).get("Case") != "Nom" or ctx.doc.text[token.end : mention.start] != " ":
        return ""
    start, _ = ctx.sentence_range(index)
    word = token.text[:1].lower() + token.text[1:] if index == start and token.lemma[:1].islower() else token.text
    return word + " "


def _with_genitive_owner(ctx: Context, mention: Span) -> str:
    """The mention and a place or organization named right after it as its owner: a genitive word or initials
    ("МИД" + "РФ", "Госдепартамент" + "США")."""
    index = ctx.token_at(mention.end)
    if index >= len(ctx.tokens) or ctx.tokens[index].start != mention.end + 1 or not ctx.is_word(index):
        return mention.text
    owner = ctx.mention_of_token.get(index)
    if owner is None or ctx.doc.entities[owner[0]].type not in ("LOC", "ORG") \
            or owner[1].start != ctx.tokens[index].start:
        return mention.text
    last = ctx.token_at(owner[1].end - 1)
    if not all(_initials_or_latin(ctx.tokens[i].text) or ctx.feats(i).get("Case") == "Gen"
               for i in range(index, last + 1) if ctx.tokens[i].text.isalpha()):
        return mention.text
    return ctx.doc.text[mention.start : owner[1].end]


def _with_owner(ctx: Context, mention: Span, name: str) -> str:
    """A mention and the words right after it that the canonical name has too ("Минфин" + "США")."""
    words = {fold(word)[:4] for word in name.split()}
    end = mention.end
    index = ctx.token_at(end)
    while index < len(ctx.tokens) and ctx.is_word(index) and ctx.word(index)[:4] in words \
            and not ctx.doc.text[end : ctx.tokens[index].start].strip():
        end = ctx.tokens[index].end
        index += 1
    return ctx.doc.text[mention.start : end]


def _object_phrase(ctx: Context, speaker: Speaker) -> bool:
    """A speaker that is a thing, not a source: a noun phrase with no entity, no animate word and no noun that
    can speak (an organization, a service, a document, a medium: INANIMATE_SOURCES and the lexicon's source
    nouns), or a bare number."""
    if speaker.entity is not None or speaker.mention is None or not speaker.name:
        return False
    tokens = _before_preposition(ctx, _mention_tokens(ctx, speaker.mention))
    nouns = [i for i in tokens if ctx.tokens[i].pos in ("NOUN", "PROPN", "PRON", "NUM", "X")]
    if not nouns or any(i in ctx.mention_of_token for i in tokens):
        return False
    if all(ctx.tokens[i].pos == "NUM" for i in nouns):
        return True
    nouns = _counted_nouns(ctx, nouns)
    if not nouns:
        return False  # "большинство из опрошенных": a share of a group named by a participle, people
    if any(ctx.tokens[i].pos in ("PRON", "PROPN", "X") or ctx.feats(i).get("Animacy") != "Inan" for i in nouns):
        return False
    return not any(ctx.lemma(i) in SPEAKING_NOUNS or ctx.lemma(i).startswith("пресс-") for i in nouns)


def _mention_tokens(ctx: Context, mention: Span) -> list[int]:
    """The tokens of a mention, in order (`Document.token_range`: two binary searches, no walk to the document's
    end)."""
    return list(range(*ctx.doc.token_range(mention.start, mention.end)))


def _before_preposition(ctx: Context, tokens: list[int]) -> list[int]:
    """The head part of a noun phrase: its tokens before the first preposition after its first noun. A prepositional
    phrase in a subject says where or about what ("кризис в Бразилии", "динамика на валютных рынках в Европе"),
    never who the source is, so a name in it makes no thing a source."""
    nouns = [n for n, i in enumerate(tokens) if ctx.tokens[i].pos in ("NOUN", "PROPN", "PRON", "NUM", "X")]
    if not nouns:
        return tokens
    cut = next((n for n in range(nouns[0] + 1, len(tokens)) if ctx.tokens[tokens[n]].pos == "ADP"
                and ctx.word(tokens[n]) not in PARTITIVE_PREPOSITIONS), len(tokens))
    return tokens[:cut]


def _counted_nouns(ctx: Context, nouns: list[int]) -> list[int]:
    """The nouns of a phrase but its quantity nouns (QUANTITY_NOUNS: "большинство", "ряд", "часть"): a quantity
    stands for the part of the group it counts, so the group's nouns say whether the phrase is a thing."""
    return [i for i in nouns if ctx.lemma(i) not in QUANTITY_NOUNS]


def _fact_head(ctx: Context, speaker: Speaker) -> int | None:
    """The head noun of a speaker phrase when it is an abstract noun of a fact, a reason or a cause
    (FACT_REASON_NOUNS: "тот факт, что …", "наличие антител"), no entity's mention; else None."""
    if speaker.entity is not None or speaker.mention is None or not speaker.name:
        return None
    nouns = [i for i in _mention_tokens(ctx, speaker.mention) if ctx.tokens[i].pos in ("NOUN", "PROPN")]
    if not nouns or nouns[0] in ctx.mention_of_token:
        return None
    return nouns[0] if ctx.lemma(nouns[0]) in FACT_REASON_NOUNS else None


def _boilerplate(ctx: Context, candidate: Candidate) -> bool:
    """Site boilerplate taken for a quote: no cue of its own, and it opens with a call to readers ("Подпишитесь на наш
    канал", "Пишите грамотно"; BOILERPLATE_IMPERATIVES)."""
    if candidate.cue is not None and candidate.rule != "direct_continuation":
        return False
    words = WORD.findall(ctx.doc.text, candidate.start, candidate.end)
    return bool(words) and fold(words[0]) in BOILERPLATE_IMPERATIVES


def _agrees(ctx: Context, candidate: Candidate, speaker: Speaker) -> bool:
    """Gender agreement of a past-tense cue with the person a pronoun subject was resolved to ("она заявила" ->
    a woman): False only when both genders are known and differ. A name in the subject is its own evidence (the
    gender of a foreign first name is often unknown to morphology); "по словам", "цитирует X" have no agreeing
    verb."""
    verb = candidate.cue_token
    if verb is None or candidate.source is not None or candidate.mode != "subject" or speaker.entity is None:
        return True
    mention = speaker.mention
    if mention is None or fold(mention.text) not in SPEAKER_PRONOUNS:
        return True
    if ctx.doc.entities[speaker.entity].type != "PER" or ctx.feats(verb).get("Number") == "Plur":
        return True
    cue_gender, known = token_gender(ctx.doc, verb), person_gender(ctx, speaker.entity)
    return not cue_gender or not known or cue_gender == known


def _checked_speaker(ctx: Context, candidate: Candidate, history: list[Said], found: _Found) -> Speaker | None:
    """The candidate's speaker after the checks, or None when the candidate is no quote (SPEAKER_CHECKS; each
    drop is recorded with its reason while `svodka explain` runs)."""
    if _boilerplate(ctx, candidate):
        return _drop(candidate, "boilerplate", "a call to readers without a cue (site boilerplate)")
    speaker = resolve(ctx, candidate, history)
    if speaker is None:
        return _drop(candidate, "no_speaker", "the cue needs a speaker and none was found before it")
    speaker = _article_form(ctx, speaker)
    for check in SPEAKER_CHECKS:
        reason = check(ctx, candidate, speaker, found)
        if reason is not None:
            return _drop(candidate, check.__name__.lstrip("_"), reason)
    return speaker


def _drop(candidate: Candidate, check: str, reason: str) -> None:
    rejected("quotes", candidate.rule, candidate.start, candidate.end, f"{check}: {reason}")
    return None


def _first_person_source(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    if speaker.first_person:
        return "the source is first person (the journalist's or the outlet's own voice)"
    return "the subject is no source (\"это\", \"что\")" if speaker.not_source else None


def _repeated(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    if (candidate.start, candidate.end, speaker.name) in found.spans:
        return f"this span was already given to {speaker.name or 'no speaker'} (one span, one speaker)"
    return None  # a copy for a second source that resolved to the first one


def _nested_unnamed(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    nested = candidate.kind == "indirect" and _inside_direct(ctx, candidate, found)
    if nested and speaker.name is None and not _indefinite_cue(ctx, candidate):
        return "a report without a speaker inside a direct quote"
    return None


def _own_words(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    nested = candidate.kind == "indirect" and _inside_direct(ctx, candidate, found)
    if nested and speaker.name is not None and speaker.name == _enclosing(candidate, found):
        return "the speaker's own words inside the speaker's quote"
    return None


def _thing_subject(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    if candidate.cue_lemma in THING_SENSE_VERBS and _object_phrase(ctx, speaker):
        return f"a thing ({speaker.name}) as the subject of \"{candidate.cue_lemma}\": no speech"
    return None


def _fact_subject(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    """"Оптимизма им добавляет тот факт, что …", "наличие антител гарантирует …": a source headed by an abstract
    noun of a fact, a reason or a cause is no source, whatever the cue, so no quote."""
    if _fact_head(ctx, speaker) is not None:
        return f"a fact ({speaker.name}) as the subject of \"{candidate.cue_lemma}\": no source"
    return None


def _risk(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    if candidate.cue_lemma in RISK_VERBS and ctx.lemma(ctx.token_at(candidate.start)) in CHANGE_VERBS:
        return "a risk, not a threat uttered (\"грозит стать\")"
    return None


def _negated(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    if _negated_assertion(ctx, candidate):
        return "a negated assertion (\"не заявил, что\"): nothing was asserted"
    return None


def _future(ctx: Context, candidate: Candidate, speaker: Speaker, found: _Found) -> str | None:
    """"Исследования подтвердят, что …", "министр заявит, что …": an indirect quote whose cue, outside any
    quotation, is a finite verb that pymorphy3 reads only in the future tense reports nothing said yet."""
    verb = candidate.cue_token
    if verb is None or candidate.kind != "indirect" or not ctx.is_finite(verb) or ctx.quoted_at(ctx.tokens[verb].start):
        return None
    readings = [reading for reading in parses(ctx.word(verb)) if reading.tag.POS == "VERB"]
    if readings and all(reading.tag.tense == "futr" for reading in readings):
        return "a cue in the future tense (\"подтвердят, что\"): nothing said yet"
    return None


# What drops a candidate once its speaker is known, in order; each gives its reason (None: the check passes).
SPEAKER_CHECKS: tuple[Callable[[Context, Candidate, Speaker, _Found], str | None], ...] = (
    _first_person_source, _repeated, _nested_unnamed, _own_words, _thing_subject, _fact_subject, _risk, _negated,
    _future)


def _negated_assertion(ctx: Context, candidate: Candidate) -> bool:
    """A cue of plain assertion or accusation under negation ("не заявил, что", "не пытались обвинять в"): the
    content is not what anyone said. Negated stances ("не исключил, что", "не сомневается") stay quotes."""
    verb = candidate.cue_token
    if verb is None or ctx.lemma(verb) not in NEGATABLE_CUES:
        return False
    start, _ = ctx.sentence_range(verb)
    index = verb - 1
    while index >= start and ctx.tokens[index].pos == "VERB" and ctx.lemma(index) in ("пытаться", "попытаться",
                                                                                       "стать", "хотеть"):
        index -= 1  # "не пытались обвинять"
    while index >= start and ctx.word(index) in ("даже", "так", "и"):
        index -= 1
    return index >= start and ctx.word(index) in ("не", "ни")


def extract_quotes(doc: Document) -> list[QuoteAnn]:
    """The quotes of a document, with speakers, cues, the rule that found each and its confidence."""
    ctx = Context(doc)
    found = _Found()
    history: list[Said] = []
    for candidate in candidates(ctx):
        speaker = _checked_speaker(ctx, candidate, history, found)
        if speaker is None:
            continue
        agrees = _agrees(ctx, candidate, speaker)
        if not agrees:
            rejected("quotes", candidate.rule, candidate.start, candidate.end,
                     f"agreement: speaker {speaker.name} dropped, the cue's gender differs (the quote is kept)")
            speaker = Speaker(None)  # "она заявила" is never a man's quote: no speaker rather than a wrong one
        confidence = quote_confidence(
            candidate.rule, cue=candidate.cue is not None, speaker=speaker.name is not None,
            entity=speaker.entity is not None, agrees=agrees,
            speaker_expected=candidate.mode != "none" and not _indefinite_cue(ctx, candidate))
        cue = candidate.cue.text if candidate.cue else "none"
        fired("quotes", candidate.rule, candidate.start, candidate.end,
              f"{candidate.kind}, speaker {speaker.name or 'none'}, cue {cue}, confidence {confidence:.2f}")
        found.add(QuoteAnn(candidate.start, candidate.end, doc.text[candidate.start : candidate.end],
                           candidate.kind, speaker.name, speaker.entity, speaker.mention, candidate.cue,
                           candidate.cue_lemma, candidate.rule, confidence))
        history.append(_said(ctx, candidate, speaker))
    quotes = sorted(map(partial(_fullest_name, ctx), found.quotes), key=lambda q: (q.start, q.end))
    return headline_restated(ctx, fuller_description(ctx, quotes))


def _generic_description(ctx: Context, quote: QuoteAnn) -> bool:
    """A speaker written as a role noun and a bare organization noun in the genitive, nothing else, and named by no
    entity: "представительница ведомства", "представитель компании"."""
    mention = quote.speaker_mention
    if quote.speaker_entity is not None or mention is None or quote.speaker is None:
        return False
    tokens = [i for i in range(ctx.token_at(mention.start), ctx.token_at(mention.end - 1) + 1) if ctx.is_word(i)]
    return len(tokens) == 2 and ctx.tokens[tokens[0]].pos == "NOUN" and ctx.lemma(tokens[1]) in ORGANIZATION_NOUNS \
        and ctx.feats(tokens[1]).get("Case") == "Gen" and ctx.tokens[tokens[1]].text.islower() \
        and ctx.feats(tokens[0]).get("Animacy") == "Anim"


def _fuller_of(ctx: Context, quote: QuoteAnn, other: QuoteAnn) -> bool:
    """`other`'s speaker is the same role written in full: no entity, the same first word (so the same role noun
    in the same form, gender included) and more words, one of them capitalized (a name: "представительница
    Уральского следственного управления"), its mention within ROLE_SENTENCES sentences of `quote`'s."""
    if other.speaker_entity is not None or other.speaker is None or other.speaker_mention is None:
        return False
    words, fuller = fold(quote.speaker or "").split(), fold(other.speaker).split()
    if len(fuller) <= len(words) or fuller[0] != words[0] or not any(w[:1].isupper() for w in other.speaker.split()):
        return False
    here = ctx.tokens[ctx.token_at(quote.speaker_mention.start)].sentence  # type: ignore[union-attr]
    there = ctx.tokens[ctx.token_at(other.speaker_mention.start)].sentence
    return abs(here - there) <= ROLE_SENTENCES


def fuller_description(ctx: Context, quotes: list[QuoteAnn]) -> list[QuoteAnn]:
    """A generic description speaker ("представительница ведомства", `_generic_description`) named by the fuller
    description of the same role that a neighbouring quote's speaker writes ("представительница Уральского
    следственного управления на транспорте"): the nearest quote before or after, passing over quotes of the same
    generic speaker only; any other speaker between them ends the search (the role may be someone else's)."""
    result = list(quotes)
    for position, quote in enumerate(quotes):
        if not _generic_description(ctx, quote):
            continue
        for step in (-1, 1):
            index = position + step
            while 0 <= index < len(quotes) and quotes[index].speaker == quote.speaker:
                index += step
            if 0 <= index < len(quotes) and _fuller_of(ctx, quote, quotes[index]):
                fired("quotes", "fuller_description", quote.start, quote.end,
                      f"speaker {quote.speaker} -> {quotes[index].speaker}")
                result[position] = replace(quote, speaker=quotes[index].speaker)
                break
    return result


def _fullest_name(ctx: Context, quote: QuoteAnn) -> QuoteAnn:
    """The quote with its person speaker named by the fullest form the article writes (`fuller_written_name`),
    an organization or a country by the name its own mention writes (`written_organization`), an organization
    by the article's form of it (`written_body_name`, `written_owned_name`, `written_short_form`), once all quotes
    are found: the checks and the history compare the entities' own names."""
    if quote.speaker_entity is None or quote.speaker is None:
        return quote
    entity = ctx.doc.entities[quote.speaker_entity]
    if entity.type in ("ORG", "LOC"):
        written = written_organization(ctx, quote.speaker_mention, entity)
        if written is None and entity.type == "ORG":
            written = written_alias_name(ctx, quote, entity) or written_body_name(ctx, quote, entity) \
                or written_owned_name(ctx, quote, entity) or written_short_form(ctx, quote, entity)
        return quote if written is None else replace(quote, speaker=written)
    return replace(quote, speaker=fuller_written_name(ctx, quote.speaker_entity, quote.speaker))


def _said(ctx: Context, candidate: Candidate, speaker: Speaker) -> Said:
    """What the quote leaves for the ones after it: where it starts, and the sentence where it and its
    attribution end (the end of the quotation, or the speaker's mention after it: "«A. B. C», — сказал X")."""
    first = ctx.tokens[ctx.token_at(candidate.start)].sentence
    ends = [candidate.end] + ([speaker.mention.end] if speaker.mention is not None else [])
    last = ctx.tokens[min(len(ctx.tokens) - 1, ctx.token_at(max(ends) - 1))].sentence
    return Said(candidate.start, first, speaker, candidate.kind, candidate.end, last)


# Every value a QuoteAnn.rule can take: the names of the registered quote rules (all imported above).
RULE_NAMES = frozenset(REGISTRY["quotes"])
