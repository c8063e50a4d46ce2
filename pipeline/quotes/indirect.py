"""Indirect speech: a cue with a "что"-clause, an "о"-phrase, an infinitive or "в ..." of an accusation;
"по словам X, ...", "как сообщает X, ..."; and content followed by its attribution (", сообщает X")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.lang.fold import fold_words
from pipeline.lang.lexicon import (
    AGREEMENT_NOUNS,
    DAY_PART_NOUNS,
    DEMONSTRATIVE_PRONOUNS,
    DOCUMENT_NOUNS,
    DURATION_NOUNS,
    MONTH_LEMMAS,
    SEQUENCE_ADVERBS,
    WEEKDAY_LEMMAS,
    one_of,
)
from pipeline.lang.marks import ALL_DASHES, APOSTROPHES, CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, is_dash
from pipeline.morphology import parses
from pipeline.quotes.clauses import THAT, clause_end, embedded_quotation, is_speech_verb, phrase_noun, trim_span
from pipeline.quotes.context import Candidate, Context, per_document
from pipeline.quotes.descriptions import can_speak
from pipeline.quotes.lexicon import (
    ABOUT_ADJACENT_VERBS,
    ABOUT_VERBS,
    ACCORDING_NOUNS,
    ACCUSE_VERBS,
    ACTION_NOUN_ENDINGS,
    APPEAR_VERBS,
    APPEARED_REPORT_NOUNS,
    BACK_REFERENCE_PAST,
    BACK_REFERENCES,
    BELIEF_PREDICATES,
    CONCLUSION_NOUNS,
    DEMAND_VERBS,
    FINDING_VERBS,
    HEARSAY_NOUNS,
    IMPERSONAL_PHRASES,
    IMPERSONAL_VERBS,
    INANIMATE_SOURCES,
    NAMING_VERBS,
    NO_ABOUT_HOW,
    PASSIVE_CUES,
    PHRASE_NOUNS,
    PLACED_REPORT_VERBS,
    PLAN_VERBS,
    PREPOSITION_VERBS,
    QUESTION_NOUNS,
    QUOTING_VERBS,
    REFERENCE_NOUN,
    RELAYING_NOUNS,
    REMARK_VERBS,
    REQUEST_VERBS,
    RESULT_NOUNS,
    SAY_VERBS,
)
from pipeline.quotes.subjects import (
    addressee_name,
    find_subject,
    indefinite_plural,
    locative_source,
    number_agrees,
    participle_noun,
)
from pipeline.rules import fired, is_tracing, rejected, rule, rule_name

# An infinitive cue counts only under verbs of starting, hurrying or intending to speak ("поспешил заявить").
INFINITIVE_HEADS = frozenset({"начать", "начинать", "продолжить", "продолжать", "стать", "поспешить", "спешить",
                              "решить", "попытаться", "пытаться", "хотеть", "захотеть", "успеть", "не преминуть",
                              "стремиться", "постараться", "стараться"})
ABOUT = frozenset({"о", "об", "обо"})
BRIDGE_WORDS = frozenset({"то", "том", "тем", "в", "духе", "смысле", "плане", ","})
POSSESSIVES = frozenset({"его", "ее", "её", "их", "своим", "моим", "нашим"})
SCAN = 18
REQUEST_SCAN = 14
# Cues that add a detail to what was said before: they attribute only their own sentence.
CLAUSE_PREFIX_WORDS = 4
TIME_NOUNS = WEEKDAY_LEMMAS | fold_words("день") | DAY_PART_NOUNS
ADDRESSEE_CASES = frozenset({"Acc", "Dat", "Gen"})
# A news feed's time stamp that opens a line: "31.01, 20:45 ", "12.03.2021 10:15 ".
TIME_STAMP = re.compile(r"(?:\d{1,2}[.:/]\d{1,2}(?:[.:/]\d{2,4})?,?[ \t]+)+")
DEMONSTRATIVE_WORDS = DEMONSTRATIVE_PRONOUNS | {"это"}
# unions a rule asks of every token, made once
# the lemmas without which _is_cue_verb is False, and those without which _that_site finds no site (its impersonal
# phrase, speech phrase or cue verb): tests/stages/test_rule_gates.py runs the rules with these gates open too
CUE_VERB_LEMMAS = BELIEF_PREDICATES | PASSIVE_CUES | SAY_VERBS | IMPERSONAL_VERBS
THAT_SITE_LEMMAS = (CUE_VERB_LEMMAS | frozenset(first for first, _ in IMPERSONAL_PHRASES) | frozenset(PHRASE_NOUNS)
                    | APPEAR_VERBS)
ABOUT_CUE_VERBS = ABOUT_VERBS | ABOUT_ADJACENT_VERBS
ACCUSE_OR_REQUEST_VERBS = ACCUSE_VERBS | REQUEST_VERBS
DOCUMENT_LIKE_NOUNS = DOCUMENT_NOUNS | RESULT_NOUNS  # "согласно докладу", "согласно результатам"
ACCORDING_TO_NOUNS = ACCORDING_NOUNS | DOCUMENT_LIKE_NOUNS  # the nouns "согласно" takes as a source
TIME_ADVERBS = SEQUENCE_ADVERBS | fold_words("раньше уже также")  # "Ранее о …", "уже неоднократно", "также об этом"


def _cue(ctx: Context, first: int, last: int) -> tuple[object, str]:
    """The cue Span (with a preceding "не") and its lemma ("заявить", "принести извинение", "по словам")."""
    if ctx.tokens[first].pos in ("VERB", "AUX", "ADJ"):
        lemma = ctx.lemma(first) if first == last else f"{ctx.lemma(first)} {ctx.lemma(last)}"
    else:
        lemma = " ".join(ctx.word(i) for i in range(first, last + 1))
    if first > 0 and ctx.word(first - 1) == "не":
        first -= 1
    return ctx.span(first, last, "CUE"), lemma


def _is_cue_verb(ctx: Context, index: int) -> bool:
    lemma = ctx.lemma(index)
    if lemma not in CUE_VERB_LEMMAS:
        return False  # most tokens
    token = ctx.tokens[index]
    short = token.feats.get("Variant") == "Short"
    if lemma in BELIEF_PREDICATES and token.pos in ("ADJ", "VERB") and short:
        return True
    if short and token.feats.get("Voice") == "Pass":
        return lemma in PASSIVE_CUES
    return token.pos in ("VERB", "AUX") and (lemma in SAY_VERBS or lemma in IMPERSONAL_VERBS)


def _parenthetical_cue(ctx: Context, index: int) -> bool:
    """A cue of a parenthetical or trailing attribution ("как заметил X,", "<A>, заметил X"): a speech verb, or a
    verb of remarking (REMARK_VERBS), which reports speech only in these positions."""
    return _is_cue_verb(ctx, index) or (ctx.tokens[index].pos == "VERB" and ctx.lemma(index) in REMARK_VERBS)


def _usable_cue(ctx: Context, index: int) -> bool:
    """Drop infinitives under a modal ("стоит отметить, что": the journalist's voice) and back-references."""
    token = ctx.tokens[index]
    if token.feats.get("Person") == "1":
        return False  # "напомним, что", "отметим": the journalist's own voice
    if token.feats.get("VerbForm") == "Inf":
        head = token.head
        if head < 0 or ctx.lemma(head) not in INFINITIVE_HEADS:
            return False
    before = index - 1
    return not (before >= 0 and ctx.word(before) == "как" and ctx.lemma(index) in BACK_REFERENCES)


def _find_that(ctx: Context, after: int, limit: int) -> int | None:
    """The "что"/"чтобы" that opens the cue's complement clause, scanning a few tokens after the cue."""
    for index in range(after + 1, min(after + SCAN, limit)):
        word = ctx.word(index)
        text = ctx.tokens[index].text
        if word in THAT:
            if index + 1 < limit and ctx.lemma(index + 1) == "касаться":
                return None  # "что касается ...": "as for", not a content clause
            if word == "чтобы" and any(ctx.feats(i).get("VerbForm") == "Inf" for i in range(after + 1, index)):
                return None  # "попросил не включать обогреватели, чтобы ...": the purpose of a request
            previous = ctx.word(index - 1)
            if previous == "," and ctx.lemma(index - 2) in QUESTION_NOUNS:
                return None  # "отвечая на вопрос, что бы он посоветовал …": the question, not the answer
            if index == after + 1 or previous in BRIDGE_WORDS:
                return index
            return None
        if word in NO_ABOUT_HOW and ctx.word(index - 1) == ",":
            return None
        if text in (":", ";", "("):
            return None
        pair = ctx.quoted_opening_at(ctx.tokens[index].start)
        if pair is not None and len(ctx.doc.text[pair.start : pair.end].split()) > 3:
            return None  # a quotation, not a short name ("заявил "Известиям", что")
        if ctx.is_finite(index) or _is_cue_verb(ctx, index):
            return None
    return None


def _content_head(ctx: Context, that: int, limit: int) -> int | None:
    """The predicate of the clause that a "что" introduces."""
    token = ctx.tokens[that]
    if token.rel == "mark" and token.head > that:
        return token.head
    for index in range(that + 1, limit):
        if ctx.is_finite(index) or ctx.feats(index).get("VerbForm") == "Inf":
            return index
    return None


def turned_down(ctx: Context, by: Callable[..., object], first: int, last: int, reason: str) -> None:
    """Record that rule `by` turned down tokens first..last, and why (for `svodka explain`)."""
    rejected("quotes", by, ctx.tokens[first].start, ctx.tokens[last].end, reason)


def _make(ctx: Context, first: int, head: int | None, by: Callable[..., object], cue_first: int, cue_last: int,
          mode: str = "subject", source: int | None = None, stop: int | None = None,
          colon: bool = True) -> Candidate | None:
    """The candidate of rule `by` (its name is the label) whose content starts at token `first`."""
    start = ctx.tokens[first].start
    stop = _gerund_phrase_end(ctx, cue_first, first, stop)
    end = clause_end(ctx, first, head, stop, colon)
    start, end = trim_span(ctx.doc.text, start, end)
    if end - start < 3 or not any(char.isalpha() for char in ctx.doc.text[start:end]):
        return None
    cue, lemma = _cue(ctx, cue_first, cue_last)
    verb = cue_first
    return Candidate(start, end, "indirect", rule_name(by), verb, cue, lemma, source, mode)  # type: ignore[arg-type]


def _gerund_phrase_end(ctx: Context, cue: int, first: int, stop: int | None) -> int | None:
    """A gerund cue before its main clause ("Обвинив Россию в нарушениях, США вышли из договора", "Подчеркнув,
    что A, министр покинул зал"): its content ends at the last comma before the main clause's predicate."""
    head = ctx.tokens[cue].head
    if ctx.feats(cue).get("VerbForm") != "Conv" or head <= first or not ctx.is_finite(head):
        return stop
    subject = min([head, *(s for s in ctx.kids(head, "nsubj") if s > first)])
    for index in range(subject - 1, first, -1):
        if ctx.tokens[index].text == ",":
            return index if stop is None else min(stop, index)
    return stop


@dataclass(frozen=True, slots=True)
class ThatSite:
    """A cue with a "что"-clause: the cue token, the noun of a speech phrase ("выразил уверенность") or the last
    token of an impersonal phrase ("стало известно"), the "что" and the sentence's end."""

    cue: int
    noun: int | None
    phrase: int | None
    that: int
    limit: int


def _that_site(ctx: Context, index: int) -> ThatSite | None:
    _, limit = ctx.sentence_range(index)
    phrase = _impersonal_phrase(ctx, index, limit) or _appeared_report(ctx, index, limit)
    noun = phrase or (phrase_noun(ctx, index, limit) if ctx.tokens[index].pos == "VERB" else None)
    if noun is None and not (_is_cue_verb(ctx, index) and _usable_cue(ctx, index)):
        return None
    that = _find_that(ctx, noun if noun is not None else index, limit)
    if that is None or that + 1 >= limit or _indirect_question(ctx, that, limit):
        return None
    return ThatSite(index, noun, phrase, that, limit)


def _that_candidate(ctx: Context, site: ThatSite, by: Callable[..., object]) -> Candidate | None:
    last = site.noun if site.noun is not None else site.cue
    mode = "none" if site.phrase is not None else "subject"
    place = _appeared_place(ctx, site)
    if place is not None:
        return _make(ctx, site.that + 1, _content_head(ctx, site.that, site.limit), by, site.cue, last, "subject",
                     place)
    return _make(ctx, site.that + 1, _content_head(ctx, site.that, site.limit), by, site.cue, last, mode=mode)


def _appeared_place(ctx: Context, site: ThatSite) -> int | None:
    """"на сайте ua-tenders.com появилась информация, что": a report that appeared names its source by the place it
    appeared in, when that place can speak (`locative_source`); else the report has none."""
    if site.phrase is None or ctx.lemma(site.cue) not in APPEAR_VERBS:
        return None
    return locative_source(ctx, site.cue, places_only=True)


@rule("quotes")
def indirect_phrase_that(ctx: Context, site: ThatSite) -> Candidate | None:
    """X выразил уверенность / сошлись во мнении, что <content>: a speech phrase (verb and noun) with a что-clause."""
    if site.noun is None or site.phrase is not None:
        return None
    return _that_candidate(ctx, site, indirect_phrase_that)


@rule("quotes")
def indirect_impersonal_that(ctx: Context, site: ThatSite) -> Candidate | None:
    """Сообщается / стало известно / принято считать / появились сообщения, что <content>: an impersonal cue, no
    speaker (a report that appeared "на сайте X" has X)."""
    if site.phrase is None and ctx.lemma(site.cue) not in IMPERSONAL_VERBS:
        return None
    return _that_candidate(ctx, site, indirect_impersonal_that)


@rule("quotes")
def indirect_that(ctx: Context, site: ThatSite) -> Candidate | None:
    """X заявил / считает / уверен, что <content>: a speech verb or belief predicate with a что-clause."""
    return _that_candidate(ctx, site, indirect_that)


THAT_RULES = (indirect_phrase_that, indirect_impersonal_that, indirect_that)


def that_clauses(ctx: Context) -> list[Candidate]:
    """Every cue with a что-clause, labelled by the first rule of THAT_RULES that takes it."""
    found = []
    traced = is_tracing()  # a finding verb is traced on any token; otherwise only a site's lemma is looked at
    for index in range(len(ctx.tokens)) if traced else ctx.with_lemma(THAT_SITE_LEMMAS):
        site = _that_site(ctx, index) if ctx.lemma(index) in THAT_SITE_LEMMAS else None
        candidate = first_of(THAT_RULES, ctx, site) if site is not None else None
        if candidate is not None:
            found.extend(_coordinated_that(ctx, candidate))
        elif site is None and traced and ctx.lemma(index) in FINDING_VERBS:
            that = _find_that(ctx, index, ctx.sentence_range(index)[1])
            if that is not None:
                turned_down(ctx, indirect_that, index, that, "finding: a verb of finding out reports a finding, not "
                            "speech (FINDING_VERBS)")
    return found


COORDINATING = (("а", "также"), ("и",), ("а",))  # ", а также что", ", и что", ", а что"


def _coordinated_that(ctx: Context, candidate: Candidate) -> list[Candidate]:
    """"подчеркнул, что X, а также что Y": two что-clauses of one cue are two quotes, split at the comma before the
    coordinator; the parts keep the cue and its speaker ("а что касается Y" is "as for", no new clause). Only the
    document's coordinated "что" commas (`_coordinator_commas`, read once) inside the candidate are visited."""
    commas, thats = _coordinator_commas(ctx)
    parts = []
    while True:
        tokens = ctx.tokens_within(candidate.start, candidate.end)
        split = None
        for position in range(bisect_left(commas, tokens.start), bisect_left(commas, tokens.stop)):
            index, that = commas[position], thats[position]
            if ctx.tokens[that + 1].start < candidate.end and ctx.tokens[index].start > candidate.start:
                split = index, that
                break
        if split is None:
            return [*parts, candidate]
        parts.append(replace(candidate, end=ctx.tokens[split[0]].start))
        candidate = replace(candidate, start=ctx.tokens[split[1] + 1].start)


@per_document
def _coordinator_commas(ctx: Context) -> tuple[list[int], list[int]]:
    """The document's commas outside quotation marks followed by a coordinator and "что" (COORDINATING; not "а что
    касается", "а что до"), in order, and the index of each one's "что" (at most one pattern fits a comma)."""
    commas, thats = [], []
    count = len(ctx.tokens)
    for index, token in enumerate(ctx.tokens):
        if token.text != "," or ctx.quoted_at(token.start) is not None:
            continue
        for words in COORDINATING:
            that = index + 1 + len(words)
            if that < count and tuple(ctx.word(index + 1 + k) for k in range(len(words))) == words \
                    and ctx.word(that) == "что" and that + 1 < count and ctx.word(that + 1) not in ("касается", "до"):
                commas.append(index)
                thats.append(that)
                break
    return commas, thats


def first_of(rules: tuple[Callable[..., Candidate | None], ...], ctx: Context, *site: object) -> Candidate | None:
    """The candidate of the first rule in `rules` that gives one at `site` (a decision list)."""
    for each in rules:
        candidate = each(ctx, *site)
        if candidate is not None:
            return candidate
    return None


def _impersonal_phrase(ctx: Context, index: int, limit: int) -> int | None:
    """The last token of an impersonal reporting phrase that starts at `index` ("стало известно", "принято
    считать"; IMPERSONAL_PHRASES), or None."""
    following = index + 1
    if following >= limit or (ctx.lemma(index), ctx.word(following)) not in IMPERSONAL_PHRASES:
        return None
    return following


def _appeared_report(ctx: Context, index: int, limit: int) -> int | None:
    """"появились сообщения о том, что", "появилась информация, что": a report that appeared, with no source (an
    impersonal cue, speaker null): a verb of appearing (APPEAR_VERBS) right before its subject, a noun of reports
    (APPEARED_REPORT_NOUNS). Its index, or None."""
    following = index + 1
    if following >= limit or ctx.lemma(index) not in APPEAR_VERBS or ctx.lemma(following) not in APPEARED_REPORT_NOUNS:
        return None
    if ctx.feats(following).get("Case") not in (None, "Nom"):
        return None  # "появилось много сообщений": a count of reports, not the report
    return following


def _indirect_question(ctx: Context, that: int, limit: int) -> bool:
    """"объяснила, что делать", "не знает, что сказать": "что" as the object of a bare infinitive asks a question,
    it reports no statement."""
    if ctx.word(that) != "что":
        return False
    first = that + 1
    if first < limit and ctx.word(first) == "не":
        first += 1
    if first >= limit or ctx.feats(first).get("VerbForm") != "Inf":
        return False
    index = first + 1
    while index < limit:
        if ctx.tokens[index].text == "," and index + 1 < limit and ctx.feats(index + 1).get("VerbForm") == "Part":
            index = _participle_end(ctx, index + 1, limit)  # "что менять материал, раскритикованный X, сайт не будет"
            continue
        if ctx.tokens[index].pos == "PUNCT":
            break
        if ctx.is_finite(index) or _predicative(ctx, index):
            return False  # "что делать с этим будет решать суд", "что говорить о X рано": a clause after all
        index += 1
    return True


def _participle_end(ctx: Context, start: int, limit: int) -> int:
    """The token after the comma that closes a participial phrase opened at `start`, or `limit`."""
    for index in range(start, limit):
        if ctx.tokens[index].text == ",":
            return index + 1
        if ctx.tokens[index].pos == "PUNCT" or ctx.is_finite(index):
            return limit
    return limit


def _predicative(ctx: Context, index: int) -> bool:
    """A word that pymorphy3 reads as a predicative ("рано", "преждевременно", "нужно"): a clause's predicate."""
    if ctx.tokens[index].pos not in ("ADV", "ADJ"):
        return False
    readings = parses(ctx.tokens[index].text.lower())
    return any(r.tag.POS in ("PRED", "ADJS") or "Prdx" in r.tag.grammemes for r in readings)


@rule("quotes")
def indirect_apology(ctx: Context) -> list[Candidate]:
    """X принес извинения за <content> / "в связи с <content>"."""
    found = []
    for index in range(len(ctx.tokens)):
        if ctx.tokens[index].pos != "VERB":
            continue
        _, limit = ctx.sentence_range(index)
        noun = phrase_noun(ctx, index, limit)
        if noun is None or ctx.lemma(noun) != "извинение" or noun + 1 >= limit:
            continue
        first = noun + 1
        if ctx.word(first) == "перед" or ctx.feats(first).get("Case") == "Dat":  # to whom ("заявителям")
            while first < limit and ctx.tokens[first].text not in (",", ":") and ctx.word(first) not in ("за", "в"):
                first += 1
        if first >= limit or not (ctx.word(first) in ("за", "в") or ctx.tokens[first].text in OPENING_QUOTE_MARKS):
            continue
        candidate = _make(ctx, first, None, indirect_apology, index, noun)
        if candidate is not None:
            found.append(candidate)
    return found


def _fronted_that(ctx: Context, start: int, limit: int) -> int | None:
    """Index of the "что" of a sentence-initial "(Однако) о том, что ...", or None."""
    for first in range(start, min(start + 3, limit - 3)):
        if [ctx.word(i) for i in range(first, first + 4)] == ["о", "том", ",", "что"]:
            return first + 3
        if not ctx.is_word(first) or ctx.tokens[first].pos not in ("CCONJ", "ADV", "PART", "PUNCT"):
            return None
    return None


@rule("quotes")
def indirect_fronted_that(ctx: Context) -> list[Candidate]:
    """(Однако) о том, что <content>, заявил X."""
    found = []
    for sentence in ctx.doc.sentences:
        that = _fronted_that(ctx, sentence.token_start, sentence.token_end)
        if that is None:
            continue
        for index in range(that + 1, sentence.token_end - 1):
            verb = _final_cue_after(ctx, index, sentence.token_end) if ctx.tokens[index].text == "," else None
            if verb is not None:
                candidate = _make(ctx, that + 1, None, indirect_fronted_that, verb, verb, stop=index)
                if candidate is not None:
                    found.append(candidate)
                break
    return found


def _final_cue_after(ctx: Context, comma: int, limit: int) -> int | None:
    """The cue verb of the clause after `comma`: right after it (", заявил X"), or after its subject and adverbs
    (", президент России уже говорил") when it is the sentence's last clause (no comma or finite verb after)."""
    if _is_cue_verb(ctx, comma + 1) and ctx.is_finite(comma + 1):
        return comma + 1
    for index in range(comma + 1, min(comma + 6, limit)):
        if ctx.tokens[index].text in (",", ";", ":") or ctx.tokens[index].pos in ("SCONJ", "CCONJ"):
            return None
        if ctx.is_finite(index):
            rest = range(index + 1, limit)
            last = not any(ctx.tokens[i].text in (",", ";", ":") or ctx.is_finite(i) for i in rest)
            return index if last and _is_cue_verb(ctx, index) else None
    return None


@rule("quotes")
def indirect_about_fronted(ctx: Context) -> list[Candidate]:
    """О <content> (ранее) заявил X: a sentence that opens with the "о"-phrase of a later ABOUT_VERBS cue; the
    content is the phrase's noun with what depends on it, not the cue's own adverbials ("21 января", "ранее")."""
    found = []
    for sentence in ctx.doc.sentences:
        first = _fronted_start(ctx, sentence.token_start, sentence.token_end)
        if first + 2 >= sentence.token_end or ctx.word(first) not in ABOUT or ctx.word(first + 1) in ("том", "тем") \
                or ctx.tokens[first + 1].pos == "PRON":
            continue
        noun = ctx.tokens[first].head
        verb = ctx.tokens[noun].head if noun > first else -1
        if verb <= noun or ctx.lemma(verb) not in ABOUT_VERBS or not ctx.is_finite(verb) \
                or not _usable_cue(ctx, verb) or ctx.word(verb - 1) == "не":
            continue
        phrase = [i for i in ctx.subtree(noun) if first < i < verb]
        last = max(phrase)
        if any(ctx.is_finite(i) for i in range(first + 1, last + 1)) or set(range(noun, last + 1)) - set(phrase):
            continue  # the phrase holds a clause of its own or is not one stretch: not the plain fronted object
        candidate = _make(ctx, first + 1, noun, indirect_about_fronted, verb, verb, stop=last + 1)
        if candidate is not None:
            found.append(candidate)
    return found


def _fronted_start(ctx: Context, first: int, limit: int) -> int:
    """Where a fronted phrase may start: after the journalist's "Напомним, что" and time adverbs ("Ранее о …")."""
    if first + 3 < limit and ctx.tokens[first].pos == "VERB" and ctx.tokens[first + 1].text == "," \
            and ctx.word(first + 2) == "что":
        first += 3
    while first < limit and ctx.word(first) in TIME_ADVERBS:
        first += 1
    return first


def _about_target(ctx: Context, verb: int, limit: int) -> int | None:
    """The "о"/"об" that opens the content of "сообщил о ...", within a few tokens of the verb."""
    for index in range(verb + 1, min(verb + 8, limit - 1)):
        word = ctx.word(index)
        if word in ABOUT and ctx.tokens[index + 1].text == ".":
            continue  # "заявил и. о. министра": an abbreviation ("исполняющий обязанности"), no preposition
        if word in ABOUT and ctx.tokens[index].text.islower() and ctx.tokens[index + 1].text[:1] not in APOSTROPHES:
            if ctx.word(index + 1) in ("том", "тем") or ctx.tokens[index + 1].pos == "PRON":
                return None  # "о том, что" is indirect_that's; "об этом" refers back, no content
            if ctx.tokens[index + 1].pos == "DET" and ctx.lemma(index + 1) in DEMONSTRATIVE_WORDS:
                return None  # "сообщают об этом разговоре": a topic named before, no content of its own
            return index
        if ctx.tokens[index].text in (",", ":", ";", "(") or ctx.is_finite(index):
            return None
    return None


@rule("quotes")
def indirect_about(ctx: Context) -> list[Candidate]:
    """X сообщил/заявил/объявил о <content>."""
    found = []
    for index in ctx.with_lemma(ABOUT_CUE_VERBS):
        lemma = ctx.lemma(index)
        if ctx.tokens[index].pos != "VERB" or not _usable_cue(ctx, index):
            continue
        _, limit = ctx.sentence_range(index)
        about = _about_target(ctx, index, limit)
        if lemma not in ABOUT_VERBS and about != index + 1:
            continue  # "писали о допэмиссии", not "написал книгу о войне"
        if about is not None and index > 0 and ctx.word(index - 1) == "не":
            turned_down(ctx, indirect_about, index - 1, about, "negated: nothing was said")
        if about is None or (index > 0 and ctx.word(index - 1) == "не"):
            continue  # "их не предупредили об угрозе": nothing was said
        noun = ctx.tokens[about].head if ctx.tokens[about].rel == "case" else None
        attached_elsewhere = noun is not None and noun >= 0 and ctx.tokens[noun].head not in (index, -1)
        if attached_elsewhere and noun != index and not ctx.dominates(index, noun):
            continue
        candidate = _make(ctx, about + 1, noun, indirect_about, index, index)
        if candidate is not None:
            cut = _duration_adverbial(ctx, about + 1, ctx.token_at(candidate.end))
            if cut is not None:
                candidate.end = trim_span(ctx.doc.text, candidate.start, ctx.tokens[cut].start)[1]
            found.append(candidate)
    return found


def _duration_adverbial(ctx: Context, first: int, last: int) -> int | None:
    """Where an adverbial of elapsed time starts after an "о"-phrase ("доложил о запахе гари | примерно через
    40 минут после вылета", "объявил о посадке | лишь за несколько минут до снижения"): it dates the report,
    it is not what was reported."""
    for index in range(first + 1, last):
        token = ctx.tokens[index]
        modified = token.pos in ("ADV", "PART") and index + 1 < last and ctx.tokens[index + 1].pos == "ADP"
        if not (modified or ctx.word(index) in ("через", "спустя")):
            continue
        if any(ctx.lemma(i) in DURATION_NOUNS for i in range(index + 1, min(index + 5, last))):
            return index
    return None


def _infinitive_after(ctx: Context, verb: int, limit: int) -> int | None:
    for child in ctx.kids(verb, "xcomp", "ccomp", "obj", "advcl"):
        between = range(verb + 1, child)
        if child > verb and ctx.feats(child).get("VerbForm") == "Inf" and not any(
                ctx.tokens[i].text in (",", ":", ";") or ctx.word(i) in THAT for i in between):
            return child
    for index in range(verb + 1, min(verb + REQUEST_SCAN, limit)):
        if ctx.feats(index).get("VerbForm") == "Inf":
            return index
        if ctx.tokens[index].text in (",", ":", ";", "(") or ctx.is_finite(index):
            return None
    return None


def _after_addressee(ctx: Context, verb: int, infinitive: int) -> int:
    """Where a request's content starts: after the addressee ("призвал жителей района | в ближайшие дни не
    открывать окна"), so adverbials and a negation before the infinitive belong to it."""
    index = verb + 1
    while index < infinitive:
        if ctx.word(index) in ("и", "от", "у") and index + 1 < infinitive and _addressee_word(ctx, index + 1):
            index += 1  # "призвал Россию и Украину ...", "потребовал от России ..."
        if not _addressee_word(ctx, index):
            break
        index += 1
    return index


def _addressee_word(ctx: Context, index: int) -> bool:
    token = ctx.tokens[index]
    nominal = token.pos in ("NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM") or index in ctx.mention_of_token
    return nominal and token.feats.get("Case", "Acc") in ADDRESSEE_CASES


@rule("quotes")
def indirect_request(ctx: Context, index: int, limit: int) -> Candidate | None:
    """X потребовал / призвал / предложил <infinitive ...>: a request verb and its infinitive."""
    if ctx.lemma(index) not in REQUEST_VERBS:
        return None
    infinitive = _infinitive_after(ctx, index, limit)
    if infinitive is None:
        return None
    return _make(ctx, _after_addressee(ctx, index, infinitive), infinitive, indirect_request, index, index)


@rule("quotes")
def indirect_preposition(ctx: Context, index: int, limit: int) -> Candidate | None:
    """X призвал к <...> / настаивает на <...>: a verb and the preposition that opens its content."""
    lemma = ctx.lemma(index)
    if lemma not in PREPOSITION_VERBS:
        return None
    for position in range(index + 1, min(index + 6, limit - 1)):
        if ctx.word(position) in PREPOSITION_VERBS[lemma]:
            if ctx.word(position + 1) in ("том", "тому", "то"):
                return None
            head = ctx.tokens[position].head
            return _make(ctx, position + 1, head if head >= 0 else None, indirect_preposition, index, index)
        if ctx.tokens[position].text in (",", ":", ";") or ctx.is_finite(position):
            return None
    return None


@rule("quotes")
def indirect_demand(ctx: Context, index: int, limit: int) -> Candidate | None:
    """X потребовал (от Y) <отставки / освобождения Z>: a demand verb (DEMAND_VERBS) with an action noun in the
    genitive (-ние, -тие, -ция: what is to be done) and a subject that can speak ("проект требует внимания":
    a thing needs, nobody demands)."""
    if ctx.lemma(index) not in DEMAND_VERBS:
        return None
    objects = [child for child in ctx.kids(index, "obj", "obl") if child > index and _action_genitive(ctx, child)]
    if not objects and ctx.word(index + 1) == "от":  # "требует от X и Y соблюдения …" (the parse may hang it on Y)
        objects = [i for i in range(index + 2, min(index + 10, limit)) if _action_genitive(ctx, i)][:1]
    subjects = [child for child in ctx.kids(index, "nsubj") if child < index]
    if not objects or not subjects or not (can_speak(ctx, subjects[0]) or any(
            i in ctx.mention_of_token for i in ctx.subtree(subjects[0]))):  # "страны «Большой семерки»"
        return None
    return _make(ctx, index + 1, objects[0], indirect_demand, index, index)


def _action_genitive(ctx: Context, index: int) -> bool:
    """An action noun in the genitive with no preposition of its own ("освобождения", "соблюдения")."""
    return ctx.feats(index).get("Case") == "Gen" and ctx.tokens[index].pos == "NOUN" \
        and not ctx.kids(index, "case") and ctx.lemma(index).endswith(ACTION_NOUN_ENDINGS)


REQUEST_RULES = (indirect_request, indirect_preposition, indirect_demand)


def requests(ctx: Context) -> list[Candidate]:
    """Every request or prepositional cue, labelled by the first rule of REQUEST_RULES that takes it."""
    found = []
    for index in range(len(ctx.tokens)):
        if ctx.tokens[index].pos not in ("VERB", "AUX") or not _usable_cue(ctx, index):
            continue
        candidate = first_of(REQUEST_RULES, ctx, index, ctx.sentence_range(index)[1])
        if candidate is not None:
            found.append(candidate)
        elif is_tracing() and ctx.lemma(index) in PLAN_VERBS:
            infinitive = _infinitive_after(ctx, index, ctx.sentence_range(index)[1])
            if infinitive is not None:
                turned_down(ctx, indirect_request, index, infinitive, "plan: a plan or intention, no speech content "
                            "(PLAN_VERBS)")
    return found


@rule("quotes")
def indirect_accuse(ctx: Context) -> list[Candidate]:
    """X обвинил Y в <content>."""
    found = []
    for index in ctx.with_lemma(ACCUSE_VERBS):
        if ctx.tokens[index].pos != "VERB":
            continue
        passive = ctx.feats(index).get("Voice") == "Pass"
        agent = _passive_agent(ctx, index) if passive else None
        if passive and agent is None:
            turned_down(ctx, indirect_accuse, index, index, "passive or participle: the accused, not an accusation")
            continue  # "обвиняемого в ...": the accused, not an accusation
        # "нот, обвиняющих сторону в …": an active participle's noun accuses; "офицеров, обвиняемых властями в …":
        # a passive one's agent in the instrumental does
        _, limit = ctx.sentence_range(index)
        for position in range(index + 1, min(index + 8, limit - 1)):
            if ctx.word(position) in ("в", "во"):
                if ctx.word(position + 1) in ("том", "тем"):
                    break  # "обвинил X в том, что ...": indirect_that
                head = ctx.tokens[position].head
                stop = max(ctx.subtree(index)) + 1 if ctx.feats(index).get("VerbForm") == "Part" else None
                candidate = _make(ctx, position + 1, head if head >= 0 else None, indirect_accuse, index, index,
                                  source=agent, stop=stop)
                if candidate is not None:
                    accused = _accused(ctx, index, position, agent)
                    if accused is not None:  # "обвинил | Россию в нарушениях": the accused opens the span
                        candidate = replace(candidate, start=ctx.tokens[accused].start)
                    found.append(candidate)
                break
            if ctx.tokens[position].text in (",", ":", ";") or ctx.is_finite(position):
                break
    return found


ACCUSED_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _accused(ctx: Context, verb: int, preposition: int, agent: int | None) -> int | None:
    """The first token of the accused between an accusation verb and its "в" ("обвинил | Россию в нарушениях",
    "обвинил | российских шпионов в покушении"): a nominal in the accusative (or the genitive that slovnet gives
    an animate object) whose head is the verb, taken with its words after the verb; None when there is none
    (the accused before the verb: "Его обвиняли в …", a participle's noun, a passive agent)."""
    for position in range(verb + 1, preposition):
        if position == agent or ctx.tokens[position].pos not in ACCUSED_POS:
            continue
        if ctx.tokens[position].head != verb or ctx.feats(position).get("Case") not in ("Acc", "Gen"):
            continue
        return min(index for index in ctx.subtree(position) if index > verb)
    return None


def _passive_agent(ctx: Context, verb: int) -> int | None:
    """The agent of a passive accusation in the instrumental right after it ("обвиняемых властями Грузии"), a
    word that can name a source; None for the plain accused ("обвиняемый в убийстве")."""
    following = verb + 1
    if following < len(ctx.tokens) and ctx.feats(following).get("Case") == "Ins" \
            and ctx.tokens[following].pos in ("NOUN", "PROPN") \
            and (can_speak(ctx, following) or ctx.lemma(following) in INANIMATE_SOURCES):
        return following
    return None


def _phrase_close(ctx: Context, first: int, limit: int) -> int | None:
    """The comma that closes a parenthetical source phrase, skipping a relative clause ("..., которого цитирует X,")."""
    index = first
    while index < limit:
        if ctx.tokens[index].text == ",":
            following = index + 1
            if following < limit and _inserted_phrase(ctx, following, limit):
                index = following + 1
                continue
            return index
        text = ctx.tokens[index].text
        if (text in (":", ";") or is_dash(text, hyphen=False)) and ctx.quoted_at(ctx.tokens[index].start) is None:
            return None
        index += 1
    return None


def _inserted_phrase(ctx: Context, first: int, limit: int) -> bool:
    """A relative, participial or adjectival phrase set off by commas inside a source phrase (one that
    modifies a word before it: "источник, знакомый с ситуацией,", not "прошедшие выборы")."""
    if ctx.lemma(first) in ("который", "которые", "которая") or _named_apposition(ctx, first, limit):
        return True
    modifies_before = ctx.tokens[first].head < first
    if ctx.feats(first).get("VerbForm") == "Part":
        return modifies_before and ctx.feats(first).get("Variant") != "Short"  # "отчеканены": a predicate
    return ctx.tokens[first].pos == "ADJ" and modifies_before and _comma_before_predicate(ctx, first, limit)


def _named_apposition(ctx: Context, first: int, limit: int) -> bool:
    """More roles and the person's name set off by commas after a source's first role ("заместитель министра,
    генерал армии Иван X,"): nouns and adjectives up to a person's name that ends before the next comma."""
    index = first
    while index < limit and ctx.tokens[index].text != ",":
        found = ctx.mention_of_token.get(index)
        if found is not None and ctx.doc.entities[found[0]].type == "PER":
            end = found[1].end
            while index < limit and ctx.tokens[index].start < end:
                index += 1
            return index < limit and ctx.tokens[index].text == "," and index > first
        if ctx.tokens[index].pos not in ("NOUN", "ADJ", "PROPN") or ctx.is_finite(index):
            return False
        index += 1
    return False


def _comma_before_predicate(ctx: Context, first: int, limit: int) -> bool:
    """A comma closes the stretch from `first` before any finite verb ("источник, знакомый с ситуацией, ...")."""
    for index in range(first, limit):
        if ctx.tokens[index].text == ",":
            return True
        if ctx.is_finite(index):
            return False
    return False


def _source_of_noun(ctx: Context, noun: int, limit: int) -> int | None:
    """The owner of "словам X" / "мнению X": the first noun after it (its head word), else a possessive."""
    if noun > 0 and ctx.word(noun - 1) in POSSESSIVES:
        return noun - 1
    if noun > 1 and ctx.word(noun - 1) == "же" and ctx.word(noun - 2) in POSSESSIVES:
        return noun - 2
    for index in range(noun + 1, min(noun + 6, limit)):
        token = ctx.tokens[index]
        if _one_of_group(ctx, index, limit):
            return index  # "по словам одного из сотрудников": the counted one of the group
        if token.text in (",", ")", "(", ":", ";") or is_dash(token.text, hyphen=False) or token.pos == "ADP":
            break
        if token.pos in ("NOUN", "PROPN", "X") or index in ctx.mention_of_token:
            return index
    for child in ctx.kids(noun, "nmod", "det", "amod", "appos"):
        if ctx.word(child) in POSSESSIVES or (ctx.tokens[child].pos in ("NOUN", "PROPN", "PRON")
                                               and ctx.feats(child).get("Case") == "Gen"):
            return child
    return None


def _one_of_group(ctx: Context, index: int, limit: int) -> bool:
    """"одного из сотрудников милиции", "одной из участниц": a form of "один" and a partitive "из" with a noun of a
    group after it, which names the source as one of the group (QUOTES.md: an unnamed source is its phrase, "один
    из сотрудников"); traced `one_of_group`."""
    if index + 2 >= limit or not one_of(ctx.lemma(index), ctx.word(index + 1)):
        return False
    group = index + 2
    while group < limit - 1 and ctx.tokens[group].pos in ("ADJ", "DET"):
        group += 1
    if ctx.tokens[group].pos not in ("NOUN", "PROPN") or ctx.feats(group).get("Case") != "Gen":
        return False
    fired("quotes", "one_of_group", ctx.tokens[index].start, ctx.tokens[group].end,
          f"{ctx.word(index)} из {ctx.word(group)}: one of the group speaks")
    return True


def source_of_statement(ctx: Context, noun: int, limit: int) -> int:
    """The source a referenced noun names: a statement noun of a source phrase (ACCORDING_NOUNS: "со ссылкой на
    данные центра", "на слова министра", "на его слова") names its owner, as "по данным X" does
    (`_source_of_noun`); any other noun, or a statement noun with no owner, is the source itself."""
    if ctx.lemma(noun) not in ACCORDING_NOUNS or noun in ctx.mention_of_token:
        return noun
    owner = _source_of_noun(ctx, noun, limit)
    if owner is None or ctx.kids(owner, "case"):
        return noun  # "ссылаясь на данные из вакансий": where the data come from, not whose they are
    return owner


def _attach_content(ctx: Context, phrase_first: int, close: int | None, sentence: tuple[int, int],
                    by: Callable[..., object], cue_first: int, cue_last: int, mode: str, source: int | None
                    ) -> Candidate | None:
    """Content of a parenthetical source phrase: what follows it, or what precedes it at a sentence's end."""
    start, limit = sentence
    if close is not None and close + 1 < limit and any(ctx.is_word(i) for i in range(close + 1, limit)):
        first = close + 1
        comma = phrase_first - 1
        if comma > start and ctx.tokens[comma].text == "," and _subject_prefix(ctx, start, comma):
            first = start  # "Полиция, по данным газеты, отметила, что ...": the sentence is the report
        elif comma > start and ctx.tokens[comma].text == ",":
            first = _clause_prefix(ctx, start, comma) or first
        candidate = _make(ctx, close + 1, None, by, cue_first, cue_last, mode, source, colon=False)
        if candidate is None or first > close:
            return candidate
        # the words before the phrase open the report; it ends where the part after the phrase ends (the comma
        # that opens the phrase ends no clause: "Этот план, по мнению X, повторяет …")
        return replace(candidate, start=ctx.tokens[first].start)
    comma = phrase_first - 1
    if comma > start and ctx.tokens[comma].text == "," and ctx.word(comma - 1) not in CLOSING_QUOTE_MARKS:
        return _make(ctx, start, None, by, cue_first, cue_last, mode, source, stop=comma)
    return None


def _clause_prefix(ctx: Context, start: int, comma: int) -> int | None:
    """"..., и в клубе, по информации X, обсуждали ...", "останки, которые, по данным X, принадлежат ...": the
    source phrase sits inside a later clause, so the report starts with that clause (a few words without a
    predicate after the previous comma and its conjunction)."""
    first = comma - 1
    while first > start and ctx.tokens[first - 1].text != ",":
        first -= 1
    if first <= start:
        return None
    if ctx.word(first) in ("и", "а", "но", "однако"):
        first += 1
    words = [i for i in range(first, comma) if ctx.is_word(i)]
    if not words or len(words) > CLAUSE_PREFIX_WORDS or any(ctx.is_finite(i) for i in words):
        return None
    if ctx.word(words[0]) in THAT:
        return None  # "напомнила, что, по данным X, ...": the clause of another cue
    return first


def _subject_prefix(ctx: Context, start: int, comma: int) -> bool:
    """Words before a parenthetical that hold a nominative noun (a subject) and no predicate."""
    words = [i for i in range(start, comma) if ctx.is_word(i)]
    return bool(words) and not any(ctx.is_finite(i) for i in words) and any(
        ctx.tokens[i].pos in ("NOUN", "PROPN") and ctx.feats(i).get("Case") == "Nom" for i in words)


@rule("quotes")
def indirect_according(ctx: Context) -> list[Candidate]:
    """По словам / по мнению / по данным / согласно сообщению X / с точки зрения X, <content>."""
    found = []
    for index in range(len(ctx.tokens) - 1):
        word = ctx.word(index)
        if word == "с" and (candidate := _point_of_view(ctx, index)) is not None:
            found.append(candidate)
            continue
        if word not in ("по", "согласно") or _relays_about_this(ctx, index):
            continue
        sentence = ctx.sentence_range(index)
        noun = index + 1
        while noun < sentence[1] and (ctx.tokens[noun].pos in ("ADJ", "DET") or ctx.word(noun) == "же") \
                and noun < index + 4:
            noun += 1  # "по его же словам": the particle stands between the possessive and the noun
        noun = _one_of_many(ctx, noun, sentence[1])  # "по одной из версий": the noun after "одной из"
        if noun >= sentence[1]:
            continue
        lemma = ctx.lemma(noun)
        if word == "по" and lemma not in ACCORDING_NOUNS and _extra_source_phrase(ctx, index, noun, sentence):
            close = _phrase_close(ctx, noun + 1, sentence[1])
            source = _source_of_noun(ctx, noun, sentence[1]) if lemma in CONCLUSION_NOUNS else None
            candidate = _attach_content(ctx, index, close, sentence, indirect_according, index, noun,
                                        "none" if source is None else "subject", source)
            if candidate is not None:
                found.append(candidate)
            continue
        document = _document_genitive(ctx, noun, sentence[1])
        other = lemma not in ACCORDING_NOUNS and lemma not in DOCUMENT_NOUNS  # "тексту законопроекта": the old path
        if document is not None and (lemma in RESULT_NOUNS or (word == "согласно" and other)):
            # "по результатам опросов, ...", "согласно статье третьей устава X, ...": the document speaks
            close = _phrase_close(ctx, noun + 1, sentence[1])
            candidate = _attach_content(ctx, index, close, sentence, indirect_according, index, noun, "subject",
                                        document)
            if candidate is not None:
                found.append(candidate)
            continue
        if word == "по" and lemma not in ACCORDING_NOUNS:
            continue
        if word == "согласно" and lemma not in ACCORDING_TO_NOUNS:
            continue
        source = _source_of_noun(ctx, noun, sentence[1])
        if source is not None and lemma in DOCUMENT_NOUNS and (not can_speak(ctx, source) or lemma in AGREEMENT_NOUNS):
            source = noun  # "согласно тексту законопроекта", "согласно контракту X и Y": the document itself
        mode = "subject"
        if source is None:
            document_like = lemma in DOCUMENT_LIKE_NOUNS and word == "согласно"
            source, mode = (noun, "subject") if document_like else (None, "none")
        close = _phrase_close(ctx, noun + 1, sentence[1])
        candidate = _attach_content(ctx, index, close, sentence, indirect_according, index, noun, mode, source)
        if candidate is not None:
            found.append(candidate)
    return found


def _relays_about_this(ctx: Context, index: int) -> bool:
    """"Об этом, по данным «Интерфакса», сообщил X": a source phrase right after a sentence-opening "об этом" relays
    X's words about the sentence before (complements.indirect_about_this); what follows it is no content (traced)."""
    start = ctx.sentence_range(index)[0]
    relays = index - 3 >= start and ctx.tokens[index - 1].text == "," and ctx.word(index - 2) == "этом" \
        and ctx.word(index - 3) in ("об", "о") and index - 3 == after_time_adverbial(ctx, start, index) \
        and index + 1 < len(ctx.tokens) and ctx.lemma(index + 1) in RELAYING_NOUNS
    if relays:
        turned_down(ctx, indirect_according, index, index, "relayed attribution: 'об этом, по данным X, сообщил Y' "
                    "(the content is the sentence before)")
    return relays


CLAUSE_OPENERS = fold_words("и а но однако впрочем")  # "а по слухам, ...": a conjunction may open the phrase


def _one_of_many(ctx: Context, noun: int, limit: int) -> int:
    """"по одной из версий", "по одному из сообщений": the statement noun after "один из" (and its adjectives),
    else `noun` itself."""
    one = noun - 1 if ctx.word(noun) == "из" else noun  # the adjective loop may have stepped over "одной"
    if one + 2 >= limit or not one_of(ctx.lemma(one), ctx.word(one + 1)):
        return noun
    following = one + 2
    while following < limit - 1 and ctx.tokens[following].pos in ("ADJ", "DET") and following < noun + 4:
        following += 1
    return following if ctx.lemma(following) in ACCORDING_NOUNS else noun


def _extra_source_phrase(ctx: Context, preposition: int, noun: int, sentence: tuple[int, int]) -> bool:
    """"по слухам, X" (HEARSAY_NOUNS: an account with no source) and "по заключению прокуратуры, X"
    (CONCLUSION_NOUNS, in the dative, with an owner that can speak: not "по заключению сделки", "по заключении
    договора"), set off as a parenthetical: at the sentence's start, after a comma or a conjunction ("X по
    заключению прокуратуры признан ...": how a decision was taken, not whose account); traced when turned down."""
    lemma = ctx.lemma(noun)
    start, limit = sentence
    if lemma not in HEARSAY_NOUNS | CONCLUSION_NOUNS:
        return False
    before = preposition - 1
    while before >= start and not ctx.is_word(before) and ctx.tokens[before].text != ",":
        before -= 1  # a quotation mark or a dash that opens the sentence
    if before >= start and ctx.tokens[before].text != "," and ctx.word(before) not in CLAUSE_OPENERS:
        turned_down(ctx, indirect_according, preposition, noun, "inside a clause: the source phrase is not set off")
        return False
    if lemma in HEARSAY_NOUNS:
        return ctx.feats(noun).get("Case") in (None, "Dat")
    owner = _source_of_noun(ctx, noun, limit)
    if ctx.word(noun).endswith(("ю", "ям")) and owner is not None and can_speak(ctx, owner):
        return True
    turned_down(ctx, indirect_according, noun, noun, "conclusion: \"по заключению\" with no owner that can speak "
                "(a deal's conclusion, not a finding)")
    return False


POINT_OF_VIEW = ("с", "точки", "зрения")  # "с точки зрения X": X's view, as "по мнению X"
POINT_OF_VIEW_OPENERS = CLAUSE_OPENERS | fold_words("зато же при этом тем так")  # "Однако, с точки зрения X,"


def _point_of_view(ctx: Context, index: int) -> Candidate | None:
    """"С точки зрения Малека Дудакова, <content>": the phrase says whose view the content is, as "по мнению"
    does, when its genitive can speak (a person, an organization: `can_speak`) and the phrase opens its sentence
    (after a conjunction or a linking adverb at most: POINT_OF_VIEW_OPENERS) or closes it; "с точки зрения
    закона" names a field, no source, and "сомнительному, с точки зрения экспертов, видео" qualifies one word."""
    sentence = ctx.sentence_range(index)
    noun = index + 2
    if noun >= sentence[1] or tuple(ctx.word(i) for i in range(index, noun + 1)) != POINT_OF_VIEW:
        return None
    source = _source_of_noun(ctx, noun, sentence[1])
    if source is None or not can_speak(ctx, source):
        return None
    close = _phrase_close(ctx, noun + 1, sentence[1])
    opening = all(not ctx.is_word(i) or ctx.word(i) in POINT_OF_VIEW_OPENERS for i in range(sentence[0], index))
    closing = close is None or not any(ctx.is_word(i) for i in range(close + 1, sentence[1]))
    if not (opening or closing):
        return None
    return _attach_content(ctx, index, close, sentence, indirect_according, index, noun, "subject", source)


def _document_genitive(ctx: Context, noun: int, limit: int) -> int | None:
    """The document in the genitive right after a source phrase's noun ("статье устава", "результатам опросов")."""
    following = noun + 1
    while following < limit and ctx.tokens[following].pos in ("ADJ", "NUM", "DET"):
        following += 1  # "статье третьей устава", "результатам последних опросов"
    if following < limit and ctx.lemma(following) in DOCUMENT_NOUNS and ctx.feats(following).get("Case") == "Gen":
        return following
    return None


@rule("quotes")
def indirect_if_believe(ctx: Context) -> list[Candidate]:
    """Если верить X, <content> / <content>, если верить X: a source phrase of hedged attribution."""
    found = []
    for index in range(len(ctx.tokens) - 2):
        if ctx.word(index) != "если" or ctx.word(index + 1) != "верить":
            continue
        sentence = ctx.sentence_range(index)
        source = next((i for i in range(index + 2, min(index + 6, sentence[1]))
                       if ctx.tokens[i].pos in ("NOUN", "PROPN", "X") or i in ctx.mention_of_token), None)
        if source is None or ctx.feats(source).get("Case") not in ("Dat", None):
            continue  # "если верить в успех": no source
        close = _phrase_close(ctx, source, sentence[1])
        candidate = _attach_content(ctx, index, close, sentence, indirect_if_believe, index, index + 1, "subject",
                                    source)
        if candidate is not None:
            found.append(candidate)
    return found


@rule("quotes")
def indirect_as_says(ctx: Context) -> list[Candidate]:
    """Как сообщает / пишет / считают X, <content>."""
    found = []
    for index in range(len(ctx.tokens) - 2):
        if ctx.word(index) != "как":
            continue
        verb = _after_adverbs(ctx, index + 1)  # "как позже рассказал X,", "как неоднократно заявлял X,"
        placed = _placed_report(ctx, verb)
        lemma = ctx.lemma(verb)
        if (lemma in BACK_REFERENCES or lemma == "говориться") and placed is None:
            turned_down(ctx, indirect_as_says, index, verb, "back reference: the outlet's own earlier reporting")
            continue
        if not _parenthetical_cue(ctx, verb) or not (placed is not None or _usable_cue(ctx, verb)):
            continue
        if lemma in NAMING_VERBS or _back_reference(ctx, verb):
            continue
        if any(ctx.lemma(i) in ("вопрос", "спросить", "спрашивать") for i in range(max(0, index - 3), index)):
            continue
        sentence = ctx.sentence_range(index)
        close = _phrase_close(ctx, verb + 1, sentence[1])
        mode = "none" if lemma in IMPERSONAL_VERBS and placed is None else "subject"
        source = placed if placed is not None else _phrase_subject(ctx, verb, close) if mode == "subject" else None
        candidate = _attach_content(ctx, index, close, sentence, indirect_as_says, verb, verb, mode, source)
        if candidate is not None and _relayed_attribution(ctx, candidate, sentence):
            turned_down(ctx, indirect_as_says, index, verb, "relayed attribution: 'об этом, как передает X, заявил Y'"
                        " says who said the content before, it is no content of its own")
            continue
        if candidate is not None:
            found.append(_whole_quotation(ctx, candidate, close, sentence))
    return found


def _whole_quotation(ctx: Context, candidate: Candidate, close: int | None, sentence: tuple[int, int]) -> Candidate:
    """"Как заявил на суде Павлов, "избирателей пытаются ввести в заблуждение, предложив голосовать за …"": content
    that opens with a quotation mark right after the source phrase is the whole quotation, to its closing mark in
    the sentence, not the first clause of it (a comma inside the speaker's words ends nothing); traced
    `whole_quotation`."""
    if close is None or close + 1 >= sentence[1]:
        return candidate
    quoted = ctx.quoted_opening_at(ctx.tokens[close + 1].start)
    if quoted is None or candidate.start != quoted.open or not candidate.end <= quoted.close \
            or quoted.close >= ctx.tokens[sentence[1] - 1].end:
        return candidate
    fired("quotes", "whole_quotation", quoted.open, quoted.close + 1, "the content runs to the closing mark")
    return replace(candidate, end=quoted.close + 1)


def _relayed_attribution(ctx: Context, candidate: Candidate, sentence: tuple[int, int]) -> bool:
    """"Об этом, как передает ТАСС, заявил министр" / "Как сообщает Reuters, об этом премьер заявил на заседании":
    what follows the outlet's phrase only says who said the content named by "об этом" (said before), with no
    content of its own: "об этом" before the phrase or opening what follows it, no "что"/colon, and a speech verb
    its first finite predicate."""
    words = [i for i in range(*sentence) if candidate.start <= ctx.tokens[i].start < candidate.end]
    if not words:
        return False
    start, _ = sentence
    back = [i for i in range(start, words[0] + 1) if ctx.word(i) in ("об", "о") and ctx.word(i + 1) == "этом"]
    if not back:
        return False  # "при этом, как сообщает X, …", "…, как об этом сообщалось" are no back reference of the phrase
    if any(ctx.word(i) in ("что", "чтобы", ":") for i in words):
        return False
    finite = next((i for i in words if ctx.is_finite(i)), None)
    return finite is not None and is_speech_verb(ctx, finite)  # the content's own first predicate says it


def _after_adverbs(ctx: Context, index: int) -> int:
    """The token after up to two adverbs of time or manner at `index` ("уже неоднократно", "справедливо"); "как
    только", "как раз" are conjunctions and stay."""
    for _ in range(2):
        if index + 1 >= len(ctx.tokens):
            break
        word = ctx.word(index)
        if not (word in TIME_ADVERBS or (ctx.tokens[index].pos == "ADV" and word not in ("только", "раз", "бы"))):
            break
        index += 1
    return index


def _placed_report(ctx: Context, verb: int) -> int | None:
    """"Как сообщается в пресс-релизе мэрии, …", "Как отмечается на сайте X, …": an impersonal report verb
    (PLACED_REPORT_VERBS) with the place that speaks (not "как сообщалось ранее", the outlet's own earlier
    reporting): the place's token, else None."""
    if ctx.lemma(verb) not in PLACED_REPORT_VERBS or ctx.feats(verb).get("Tense") == "Past":
        return None
    return locative_source(ctx, verb, places_only=True)


def _phrase_subject(ctx: Context, verb: int, close: int | None) -> int | None:
    """The source inside "как утверждают соседи," / "как рассказал «Ъ» источник,": the verb's subject between it
    and the comma that closes the phrase (the parse's, else the first word marked nominative, else a name whose
    case is unknown when no place phrase follows). Looking only there keeps a subject of the content ("Как
    утверждают соседи, Петров сказал ...": Петров is the inner speaker) from being taken for it; None leaves the
    source to the usual resolution ("как сообщили «Ъ» в пресс-службе суда": the place)."""
    if close is None:
        return None
    nominal, named = [], []
    index = verb
    while index + 1 < close:
        index += 1
        token = ctx.tokens[index]
        addressee = addressee_name(ctx, verb, index)
        if addressee is not None:
            index = addressee[1]  # "как сообщили РИА «Новости» в ...": the outlet's name in apposition was told
            continue
        if token.pos == "ADP":
            return nominal[0] if nominal else None
        plural_verb = ctx.feats(verb).get("Number") == "Plur" and token.feats.get("Number") == "Sing"
        if token.rel.startswith(("iobj", "obj", "obl", "nmod")) or token.feats.get("Case", "Nom") != "Nom" \
                or plural_verb:
            continue  # "как рассказал «Ъ» источник", "как сообщили «Ъ» в ...": the outlet told is the addressee
        if token.rel.startswith("nsubj") and token.head == verb:
            following = ctx.tokens[index + 1] if index + 1 < close else None
            if following is not None and following.rel.startswith("nsubj") and following.head == verb:
                continue  # "главный внештатный гериатр": the parse made the adjective a subject too
            return participle_noun(ctx, verb, index)  # "как сообщает базирующееся в Салониках агентство MPA"
        if token.rel == "amod" and index < token.head < close:
            continue  # "главный внештатный | гериатр", "внештатный" tagged a noun: a modifier of the noun after it
        if token.pos in ("NOUN", "PROPN", "PRON") and token.feats.get("Case") == "Nom":
            nominal.append(index)
        elif ctx.entity_type_at(index) not in (None, "LOC"):
            named.append(index)
    return (nominal or named or [None])[0]


def _back_reference(ctx: Context, verb: int) -> bool:
    """"Как сообщалось ранее", "как писал «Узел», <content>": a past imperfective report refers back to earlier
    reporting (often the outlet's own); one that cites its sources ("как писал «Коммерсантъ» со ссылкой на
    участников рынка, <content>") reports their claims: a quote."""
    if ctx.lemma(verb) not in BACK_REFERENCE_PAST or ctx.feats(verb).get("Tense") != "Past":
        return False
    named = any(subject > verb for subject in ctx.kids(verb, "nsubj"))
    return not (named and any(ctx.word(kid) == REFERENCE_NOUN for kid in ctx.kids(verb, "obl")))


def _has_later_complement(ctx: Context, verb: int, limit: int) -> bool:
    return _find_that(ctx, verb, limit) is not None or _about_target(ctx, verb, limit) is not None


def trailing(ctx: Context) -> list[Candidate]:
    """<content>, — сообщает X. / <content>, указали юристы. / <A>, отмечает X, <B>."""
    found = []
    # `_parenthetical_cue` holds only on a cue verb's lemma or a remark verb's: the positions of either, in order
    lemma_positions = set(ctx.with_lemma(CUE_VERB_LEMMAS)).union(ctx.with_lemma(REMARK_VERBS))
    for index in sorted(lemma_positions - {0}):
        if not (_parenthetical_cue(ctx, index) and ctx.is_finite(index) and _usable_cue(ctx, index)):
            continue
        start, limit = ctx.sentence_range(index)
        before = index - 1
        if before > start and is_dash(ctx.tokens[before].text):
            before -= 1
        if before <= start or ctx.tokens[before].text != ",":
            continue
        if _closes_quotation(ctx, before - 1) or _has_later_complement(ctx, index, limit):
            continue
        if before + 1 < index and ctx.quoted_at(ctx.tokens[index].start) is not None:
            turned_down(ctx, indirect_trailing, before, index, "inside a quotation: a split direct quote's cue")
            continue  # «A, — пояснила она, — B»: a split direct quote
        subjects = [] if ctx.lemma(index) in IMPERSONAL_VERBS else ctx.kids(index, "nsubj")  # no subject to have
        if any(subject < index and number_agrees(ctx, index, subject) for subject in subjects) \
                or not _inverted_subject(ctx, index, limit):
            continue
        if index + 1 < limit and ctx.word(index + 1) == "ли":
            turned_down(ctx, indirect_trailing, index, index + 1, "question: an indirect question reports nothing")
            continue  # ", согласится ли он": an indirect question
        if any(ctx.word(i) == "как" for i in range(max(start, before - 1), before)):
            continue
        site = _trailing_site(ctx, index, before, (start, limit))
        candidate = first_of(TRAILING_RULES, ctx, site) if site is not None else None
        if candidate is not None:
            found.append(candidate)
    return found


def _closes_quotation(ctx: Context, index: int) -> bool:
    """Token `index` closes a quotation that direct_after attributes ("«…», — сказал X"), not a fragment that goes
    on from a word of its clause ("Сухуми начнет «пока с экономики», подчеркнул X": the clause is the content)."""
    if ctx.tokens[index].text not in CLOSING_QUOTE_MARKS:
        return False
    end = ctx.tokens[index].start
    quoted = ctx.quoted_at(end - 1) if end > 0 else None
    return quoted is None or quoted.close != end or not embedded_quotation(ctx, quoted)


def _fronted_object(ctx: Context, first: int, verb: int) -> bool:
    """The content opens with a noun in the instrumental that the trailing verb governs ("Рассуждениями о том, что
    …, поделился X"): the verb's own fronted object, no reported clause."""
    token = ctx.tokens[first]
    return token.head == verb and token.pos == "NOUN" and token.feats.get("Case") == "Ins"


def _after_other_cue(ctx: Context, start: int, comma: int) -> int:
    """"Баку обвиняет X в Y, а Z, говорится в справке": content starts after ", а" when a cue precedes it."""
    first = start
    seen_cue = False
    for index in range(start, comma - 1):
        if ctx.is_finite(index) and (_is_cue_verb(ctx, index) or ctx.lemma(index) in ACCUSE_OR_REQUEST_VERBS):
            seen_cue = True
        elif seen_cue and ctx.tokens[index].text == "," and ctx.word(index + 1) in ("а", "но", "однако"):
            first = index + 2
    return first


def _inverted_subject(ctx: Context, verb: int, limit: int) -> bool:
    """", сообщает X" / ", указали юристы" / ", говорится в ...": a subject right after the verb (or none
    needed), not an object ("..., написал письмо")."""
    if ctx.lemma(verb) in IMPERSONAL_VERBS:
        return True
    if indefinite_plural(ctx, verb) and locative_source(ctx, verb, places_only=True) is not None:
        return True  # ", сообщили «Интерфаксу» в пресс-службе суда"
    later = [s for s in ctx.kids(verb, "nsubj") if verb < s < limit and ctx.feats(s).get("Case") in ("Nom", None)]
    if later and not any(ctx.tokens[i].text in (",", ".", ";", ":") for i in range(verb + 1, later[0])):
        return True  # ", сообщил в ходе презентации проекта главный архитектор": the parse's subject after it
    index = verb + 1
    end = min(verb + 7, limit)
    while index < end:
        token = ctx.tokens[index]
        if token.pos in ("ADV", "PART", "PUNCT") and token.text not in (",", ".", ";", ":"):
            index += 1
            continue
        if token.pos == "ADP" and _time_phrase(ctx, index, limit):
            index += 2  # ", сообщила во вторник пресс-служба"
            continue
        if token.pos == "ADP" and (after := _oblique_phrase_end(ctx, index, limit)) > index + 1:
            end = min(end + after - index, limit)
            index = after  # ", заявил незадолго до открытия игр министр", ", передает из столицы журналист"
            continue
        if token.feats.get("Case") == "Dat" and (token.pos in ("NOUN", "PROPN") or index in ctx.mention_of_token):
            index += 1  # ", сообщил «Интерфаксу» главный архитектор": the addressee before the subject
            continue
        if token.rel in ("obj", "iobj") or token.text in (",", ".", ";", ":"):
            return False
        if token.pos in ("NOUN", "PROPN", "PRON", "X", "ADJ", "DET", "NUM") or index in ctx.mention_of_token:
            return token.feats.get("Case") in ("Nom", None) or index in ctx.mention_of_token
        return False
    return False


def _oblique_phrase_end(ctx: Context, preposition: int, limit: int) -> int:
    """The token after a prepositional phrase in an oblique case ("до открытия зимних игр", "из столицы"): its
    nouns and modifiers, none in the nominative, at most six words; `preposition` + 1 when none follow."""
    index = preposition + 1
    while index < min(preposition + 7, limit):
        token = ctx.tokens[index]
        if token.pos not in ("ADJ", "DET", "NOUN", "PROPN", "NUM", "ADP") or token.feats.get("Case") == "Nom":
            break
        index += 1
    return index


def _time_phrase(ctx: Context, preposition: int, limit: int) -> bool:
    """"во вторник", "в понедельник", "в среду": a preposition and a weekday or time noun in the accusative."""
    noun = preposition + 1
    return noun < limit and ctx.word(preposition) in ("в", "во") and ctx.feats(noun).get("Case") == "Acc" \
        and ctx.lemma(noun) in TIME_NOUNS


@dataclass(frozen=True, slots=True)
class TrailingSite:
    """A trailing or parenthetical attribution: its cue verb, the comma before it, the sentence, where the content
    may start, how the speaker is found, and the comma that closes the attribution (None: it ends the sentence)."""

    verb: int
    comma: int
    start: int
    limit: int
    first: int
    mode: str
    close: int | None

    def continues(self, ctx: Context) -> bool:
        """Words follow the attribution's closing comma: "<A>, отмечает X, <B>"."""
        return self.close is not None and any(ctx.is_word(i) for i in range(self.close + 1, self.limit))


def _trailing_site(ctx: Context, verb: int, comma: int, sentence: tuple[int, int]) -> TrailingSite | None:
    start, limit = sentence
    text = ctx.doc.text
    first_char = text.rfind("\n", 0, ctx.tokens[start].start) + 1
    while first_char < len(text) and text[first_char].isspace():  # the line's first non-blank character
        first_char += 1
    if _fronted_that(ctx, start, limit) is not None or (first_char < len(text) and text[first_char] in ALL_DASHES):
        return None  # indirect_fronted_that; a dialogue line (direct_dash_line)
    first = _after_other_cue(ctx, start, comma)
    if first >= comma:
        return None
    mode = "object" if ctx.lemma(verb) in QUOTING_VERBS else "subject"
    close = _phrase_close(ctx, verb + 1, limit)
    if close is not None and _source_modifier(ctx, close + 1, limit):
        close = None  # ", уточнил источник, знакомый с ходом дела": the rest describes the source
    return TrailingSite(verb, comma, start, limit, first, mode, close)


def _second_predicate(ctx: Context, verb: int, close: int) -> bool:
    """The attribution goes on with a second predicate of its speaker ("написал X и заверил, что …"): "и" and a
    finite verb between the cue and the comma that closes it, so the words after the comma are not the content."""
    return any(ctx.word(i) == "и" and ctx.is_finite(i + 1) for i in range(verb + 1, close - 1))


@rule("quotes")
def indirect_parenthetical(ctx: Context, site: TrailingSite) -> Candidate | None:
    """<A>, отмечает X, <B>: an attribution set off inside the sentence; the content is around it."""
    verb, first, comma, close = site.verb, site.first, site.comma, site.close
    if close is None or not site.continues(ctx):
        return None
    if _second_predicate(ctx, verb, close):  # "<A>, написал X в твиттере и заверил, что <B>": B is its own
        return _make(ctx, first, None, indirect_parenthetical, verb, verb, site.mode, stop=comma)
    prefix = [i for i in range(first, comma) if ctx.is_word(i)]
    has_predicate = any(ctx.is_finite(i) or ctx.tokens[i].pos == "AUX" for i in range(first, comma))
    if len(prefix) <= 3 and not has_predicate:
        return _make(ctx, close + 1, None, indirect_parenthetical, verb, verb, site.mode)
    candidate = _make(ctx, first, None, indirect_parenthetical, verb, verb, site.mode)
    if candidate is not None:
        candidate.end = trim_span(ctx.doc.text, candidate.start, _sentence_end(ctx, site.limit))[1]
    return candidate


# what opens "Вчера об этом …", "В минувшую пятницу об этом …": time adverbs and nouns of time (not NOT_SPEAKERS,
# which also holds currencies and quantities)
TIME_WORDS = TIME_ADVERBS | frozenset({"вчера", "сегодня", "накануне"})
TIME_NOUN_LEMMAS = TIME_NOUNS | MONTH_LEMMAS | (DURATION_NOUNS - fold_words("секунда минута сутки")) \
    | fold_words("время момент")

def after_time_adverbial(ctx: Context, start: int, limit: int) -> int:
    """The first token after a time adverbial that opens a sentence before "об этом" ("Вчера", "В минувший
    четверг", "Позднее"), or `start`: at most four words, no punctuation, no verb, and "об этом" right after."""
    for at in range(start + 1, min(start + 5, limit - 1)):
        if ctx.word(at) in ("об", "о") and ctx.word(at + 1) == "этом":
            words = range(start, at)
            timely = any(ctx.word(i) in TIME_WORDS or ctx.lemma(i) in TIME_NOUN_LEMMAS for i in words)
            plain = all(ctx.is_word(i) and ctx.tokens[i].pos not in ("VERB", "AUX") for i in words)
            return at if timely and plain else start
    return start


@rule("quotes")
def indirect_trailing(ctx: Context, site: TrailingSite) -> Candidate | None:
    """<content>, — сообщает X. / <content>, указали юристы.: the attribution ends the sentence."""
    if site.continues(ctx):
        return None  # indirect_parenthetical's
    verb, first, start = site.verb, site.first, site.start
    opened = ctx.quoted_at(ctx.tokens[first].start)
    if opened is not None and opened.close < ctx.tokens[site.comma].start:
        return None  # the sentence starts inside a quotation: a direct quote with its own attribution
    opening = after_time_adverbial(ctx, first, site.comma) if first == start else first
    if first == start and [ctx.word(opening), ctx.word(opening + 1)] in (["об", "этом"], ["о", "том"]):
        return None  # "(Вчера) об этом заявил X, передает ТАСС": no content of its own; the outlet reports X's
    if _fronted_object(ctx, first, verb):
        turned_down(ctx, indirect_trailing, first, verb, "fronted object: the verb's own instrumental, no content")
        return None
    inner = ctx.quoted_at(ctx.tokens[site.comma].start)
    if inner is not None and inner.start > ctx.tokens[first].start:
        # "X пишет: «A, заявил Y в интервью …»": Y's words start in the quotation
        return _make(ctx, ctx.token_at(inner.start), None, indirect_trailing, verb, verb, site.mode, stop=site.comma)
    # the reported clause is the attribution's own sentence, never the sentences before it ("Ан-2 нашли … .
    # Началась экспертиза, …, сообщила X": X said the last one; QUOTES.md and every gold agree)
    candidate = _make(ctx, first, None, indirect_trailing, verb, verb, site.mode, stop=site.comma)
    if candidate is not None:
        stamp = TIME_STAMP.match(ctx.doc.text, candidate.start, candidate.end)
        candidate.start = stamp.end() if stamp else candidate.start  # a news feed's "31.01, 20:45" before the line
    return candidate


TRAILING_RULES = (indirect_parenthetical, indirect_trailing)


def _source_modifier(ctx: Context, first: int, limit: int) -> bool:
    """The rest of the sentence is a participial, adjectival or gerund phrase with no predicate of its own
    ("знакомый с ходом расследования", "отказавшись назвать сумму"): it belongs to the attribution."""
    words = [i for i in range(first, limit) if ctx.is_word(i) and ctx.word(i) != "не"]
    if not words or any(ctx.is_finite(i) for i in words):
        return False
    lead = words[0]
    if _names_a_person(ctx, words):
        return True  # ", заявила главный гериатр, доктор наук, профессор Ольга X.": more roles and the name
    return ctx.feats(lead).get("VerbForm") in ("Part", "Conv") or ctx.tokens[lead].pos == "ADJ"


def _names_a_person(ctx: Context, words: list[int]) -> bool:
    """Words that are only roles (nouns, adjectives) and end with a person's name."""
    found = ctx.mention_of_token.get(words[-1])
    if found is None or ctx.doc.entities[found[0]].type != "PER":
        return False
    return all(ctx.tokens[i].pos in ("NOUN", "ADJ", "PROPN") or i in ctx.mention_of_token or ctx.word(i) == "и"
               for i in words)  # "министр спорта, туризма и молодежной политики X": a listed complement


def _sentence_end(ctx: Context, limit: int) -> int:
    return ctx.tokens[limit - 1].end


def _relative_cue(ctx: Context, comma: int, limit: int) -> tuple[int, int] | None:
    """For ", о чем заявил X" / ", о чем дал понять X": the cue verb and the cue's last word (a phrase's noun)."""
    if ctx.word(comma + 1) not in ("о", "об") or ctx.word(comma + 2) not in ("чем", "чём"):
        return None
    for index in range(comma + 3, min(comma + 8, limit)):
        if ctx.tokens[index].text in (",", ";", ":"):
            return None
        if ctx.is_finite(index):
            noun = phrase_noun(ctx, index, limit)
            return (index, noun if noun is not None else index) if _is_cue_verb(ctx, index) or noun else None
    return None


def _clause_before(ctx: Context, start: int, comma: int) -> tuple[int, int | None]:
    """The first token of the clause before `comma` (the nearest comma-separated stretch with a finite verb, and
    all after it) and that verb."""
    end = comma
    while end > start:
        first = end
        while first > start and ctx.tokens[first - 1].text != ",":
            first -= 1
        verbs = [i for i in range(first, end) if ctx.is_finite(i)]
        if verbs:
            return first, verbs[0]
        end = first - 1
    return start, None


@rule("quotes")
def indirect_about_which(ctx: Context) -> list[Candidate]:
    """<content>, о чем заявил X / о чем дал понять X: a relative attribution; the content is the clause before
    it, the speaker the cue's own subject, else the subject of that clause."""
    found = []
    for comma in range(1, len(ctx.tokens) - 3):
        if ctx.tokens[comma].text != ",":
            continue
        start, limit = ctx.sentence_range(comma)
        cue = _relative_cue(ctx, comma, limit)
        if cue is None:
            continue
        first, verb = _clause_before(ctx, start, comma)
        own = [s for s in ctx.kids(cue[0], "nsubj") if s > comma + 2]
        source = own[0] if own else (find_subject(ctx, verb) if verb is not None else None)
        candidate = _make(ctx, first, None, indirect_about_which, cue[0], cue[1], "subject", source, stop=comma)
        if candidate is not None:
            found.append(candidate)
    return found


INDIRECT_RULES: tuple[Callable[[Context], list[Candidate]], ...] = (
    that_clauses,
    indirect_apology,
    indirect_fronted_that,
    indirect_about,
    indirect_about_fronted,
    indirect_about_which,
    requests,
    indirect_accuse,
    indirect_according,
    indirect_if_believe,
    indirect_as_says,
    trailing,
)
