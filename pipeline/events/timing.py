"""Time rules: which date of the dates stage an event happened on. Never invented: an event gets a date only from
a date of its own clause, a coordinated clause, its speaker's previous statement or the same event told elsewhere.

Each rule is a small function `(context, drafts) -> None` registered with `@rule("events")` (TIME_RULES, run in
order) that dates undated drafts and records its name on the event (`EventAnn.rule` "...|date:NAME") and on the
time argument; a date turned down (`deadline`, `date_of_speech_time`) is recorded as rejected, with the reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

from pipeline.document import Document, EventArg, nonempty_lines_end
from pipeline.events.detection import declares_day, lemma_of
from pipeline.events.draft import Draft
from pipeline.events.rules import (
    DEED_ACT_TYPES,
    Candidate,
    Context,
    clause_opening,
    date_tokens,
    in_result_of,
    infinitive_governor,
    is_frame,
    make_arg,
    place_dependent,
    taking_part,
)
from pipeline.events.syntax import base
from pipeline.events.vocabulary import JOINED_GATHERING_TYPES, NOUN_TYPES, SPEECH_TYPES, SUPPORT_VERBS
from pipeline.lang.fold import fold
from pipeline.lang.grammemes import forms_agree
from pipeline.lang.lexicon import (
    ANAPHORIC_RELATIVE_PRONOUNS,
    COMPOUND_AUXILIARY_VERBS,
    CONTRASTIVE_CONJUNCTIONS,
    IN_FORCE_PHRASES,
    PHASE_OF_HAPPENING_NOUNS,
    PLANNING_VERBS,
    RECORDING_VERBS,
    SEQUENCE_ADVERBS,
    STATE_VERBS,
    TELLING_VERBS,
    TOPIC_PREPOSITIONS,
    UNREALIZED_MODIFIERS,
)
from pipeline.lang.marks import CLOSING_QUOTE_MARKS
from pipeline.lang.tree import range_head
from pipeline.rules import fired, rejected, rule


def set_date(ctx: Context, draft: Draft, index: int, by: Callable[..., Any]) -> None:
    """Date a draft with date `index` by the time rule `by`; its time argument points at the date's text (at the
    whole range when the date opens one: `date_range`)."""
    date = ctx.doc.dates[index]
    end, label = date.end, by.__name__
    closing = date_range(ctx, index)
    if closing is not None:
        end, label = ctx.doc.dates[closing].end, f"{label}+{date_range.__name__}"
        fired("events", date_range, date.start, end, f"the range '{ctx.doc.text[date.start:end]}'")
    draft.args = [arg for arg in draft.args if arg.role != "time"]
    draft.args.append(EventArg("time", date.start, end, ctx.doc.text[date.start:end], None, index, label))
    draft.date, draft.value, draft.date_rule = index, date.value, by.__name__
    fired("events", by, date.start, date.end, f"dates '{draft.trigger.lemma}' at {draft.trigger.start}: {date.value}")


# between the two ends of a range: a dash ("21-23 сентября", "10 – 11 мая"), or "по"/"до" after an opening "с"/"со"
RANGE_DASH = re.compile(r"\s*[-\u2010-\u2015]\s*")
RANGE_CLOSING = re.compile(r"\s+(?:по|до)\s+", re.IGNORECASE)
RANGE_OPENING = re.compile(r"(?:^|\s)(?:с|со)\s+$", re.IGNORECASE)


@rule("events")
def date_range(ctx: Context, index: int) -> int | None:
    """A date that opens a range is the time of an event with the range's other end: "совещание пройдет 21-23
    сентября", "бастовали с 26 марта по 4 апреля" (the dates stage marks the two ends as two dates, DATES.md; the
    time argument is the whole date expression, EVENTS.md). The index of the closing date, or None."""
    dates, text = ctx.doc.dates, ctx.doc.text
    date = dates[index]
    starts, order = ctx.doc.derived("dates_by_start", _dates_by_start, (id(dates), len(dates)))  # dates are fixed here
    place = bisect_left(starts, date.end)
    if place == len(starts):
        return None
    closing = order[place]
    gap = text[date.end:dates[closing].start]
    if RANGE_DASH.fullmatch(gap) or (RANGE_CLOSING.fullmatch(gap)
                                     and RANGE_OPENING.search(text[max(0, date.start - 4):date.start])):
        return closing
    return None


def _dates_by_start(doc: Document) -> tuple[list[int], list[int]]:
    """The document's date starts in text order and, for each, the date's index (the first of equal starts)."""
    order = sorted(range(len(doc.dates)), key=lambda i: (doc.dates[i].start, i))
    return [doc.dates[i].start for i in order], order


def _crosses(ctx: Context, low: int, high: int) -> bool:
    """True when the arc low..high is non-projective: a token inside it hangs from outside (or is a root)."""
    tokens = ctx.doc.tokens
    return any(not (low <= tokens[k].head <= high) for k in range(low + 1, high))


def _quote_of(ctx: Context, offset: int) -> int | None:
    return ctx.quote_at(offset)


OCCURRENCE_PARTICIPLE_REACH = 8  # tokens after an occurrence participle in which its noun is looked for
# verbs whose participle dates the event it describes: occurring and scheduling ("назначенный на субботу митинг")
OCCURRENCE_VERBS = SUPPORT_VERBS | PLANNING_VERBS
# a date under these prepositions bounds a period or sets a deadline; the event did not happen on it
DEADLINE_PREPOSITIONS = frozenset({"до"})
PERIOD_START_PREPOSITIONS = frozenset({"с", "со"})  # a date under these opens a period ("с 1 января")


@rule("events")
def deadline(ctx: Context, top: int) -> bool:
    """A date under "до" bounds a period or sets a deadline ("арестованы до 17 мая", "заплатить до 1 июня"): the
    event did not happen on it."""
    if not _under_deadline(ctx, top):
        return False
    token = ctx.doc.tokens[top]
    rejected("events", deadline, token.start, token.end, "a date under 'до' is a deadline, not when it happened")
    return True


@rule("events")
def declared_date(ctx: Context, top: int) -> bool:
    """A date that is the day a verb of declaring makes something, or its month ("вторник объявлен днем траура", "Днем
    города объявили последнюю субботу августа": `detection.declares_day`), is what is declared, not when the decree
    was made: a date with no preposition of its own hung on the verb (or on its day's noun). Not an adverb of time,
    which tells when the verb's act was done ("Накануне губернатор объявил трехдневный траур")."""
    token = ctx.doc.tokens[top]
    day = token.head if base(token.rel) == "nmod" and token.head >= 0 else top  # "субботу августа": the month's day
    head = ctx.doc.tokens[day].head
    if head < 0 or token.pos == "ADV" or ctx.tree.preposition(day) is not None or not declares_day(ctx.tree, head):
        return False
    rejected("events", declared_date, token.start, token.end, "the day declared, not when it was declared")
    return True


def _under_deadline(ctx: Context, top: int) -> bool:
    """The date whose head is `top` stands under a deadline preposition (the test of `deadline`, which traces it)."""
    return ctx.tree.preposition(top) in DEADLINE_PREPOSITIONS


def date_owner(ctx: Context, index: int, event_tokens: set[int], predicates: list[int]) -> int | None:
    """The token a date modifies: its head in the parse (through at most one non-event noun), or, when the parse's
    arc crosses another clause, the first predicate after it (`predicates`: the verbs and event tokens of the
    document, in order); an event noun right before the date, or before its preposition ("после марша в конце 2007
    года"), owns it, and so does the event noun whose phrase ends right before a date hung inside a clause that opens
    after it (`date_before_clause`) or on a verb dated already (`second_date`)."""
    tokens = date_tokens(ctx.doc, ctx.doc.dates[index])
    if not tokens:
        return None
    top = range_head(ctx.doc, tokens)
    if deadline(ctx, top) or declared_date(ctx, top):
        return None
    previous = tokens[0] - 1
    if previous > 0 and ctx.doc.tokens[previous].pos == "ADP" and ctx.doc.tokens[previous].head in tokens:
        previous -= 1  # the date's own preposition: "марша в конце 2007 года"
    head = ctx.doc.tokens[top].head
    crossing = head >= 0 and _crosses(ctx, min(top, head), max(top, head))
    if head < 0:
        owner = None
    elif crossing:
        owner = _next_predicate(ctx, tokens[-1] + 1, predicates)
    else:
        owner = head
        if owner not in event_tokens and ctx.doc.tokens[owner].pos != "VERB":
            above = ctx.doc.tokens[owner].head
            owner = above if base(ctx.doc.tokens[owner].rel) == "obl" and above >= 0 else None
    adjacent_noun = previous >= 0 and previous in event_tokens and ctx.doc.tokens[previous].pos == "NOUN"
    if adjacent_noun and owner not in event_tokens:
        return previous
    if owner is not None and previous >= 0:
        closed = _phrase_before(ctx, previous, tokens[0], event_tokens)
        if closed is not None and (date_before_clause(ctx, tokens, owner, closed)
                                   or second_date(ctx, tokens, owner, closed)):
            return phrase_before_date(ctx, previous, tokens[0], event_tokens)
    if (owner not in event_tokens or crossing) and previous >= 0:  # a crossing arc's predicate is only a guess
        closed = phrase_before_date(ctx, previous, tokens[0], event_tokens)
        if closed is not None:
            return closed
    return occurrence_participle(ctx, owner, event_tokens) if owner is not None else None


@rule("events")
def date_before_clause(ctx: Context, tokens: list[int], owner: int, noun: int) -> bool:
    """A date that stands before the word opening its head's clause is outside that clause: "теракт у ресторана в
    Москве 19 октября 2002 года, когда 1 человек погиб" (the parser hangs the date on "погиб"; ", когда …" is a clause
    on the date, which names its time, and the date belongs to what precedes it: `phrase_before_date`); the opening
    word is `clause_opening`'s, between the date and the head."""
    if owner <= tokens[-1] or ctx.doc.tokens[owner].pos != "VERB":
        return False
    opening = clause_opening(ctx.tree, owner)
    if opening is None or opening <= tokens[-1]:
        return False
    date = ctx.doc.text[ctx.doc.tokens[tokens[0]].start:ctx.doc.tokens[tokens[-1]].end]
    fired("events", date_before_clause, ctx.doc.tokens[noun].start, ctx.doc.tokens[noun].end,
          f"'{date}' stands before '{ctx.doc.tokens[opening].text}' that opens the clause of "
          f"'{ctx.doc.tokens[owner].text}'")
    return True


@rule("events")
def second_date(ctx: Context, tokens: list[int], owner: int, noun: int) -> bool:
    """A verb happens on one date: a second date the parser hangs on a verb that owns an earlier one, right after the
    phrase of an event noun of the verb's complement, dates that noun ("26 июля Арутюнян был обвинен в попытке
    совершения теракта против президентов США и Грузии 10 мая": the attack's date, `phrase_before_date`); not a
    charge, a case, a verdict or a suit, whose phrase ends on the deed it is about ("в 2006 году возбуждено дело по
    обвинению в легализации … с 1998 по 2004 годы": the laundering's years, no event's; DEED_ACT_TYPES). The earlier
    date stands before the noun: one after it is the same date's start ("по поводу законопроекта о продлении
    "заморозки" взносов в 2017-2019 годах": "2017" is no date of "сказал" apart from "2019")."""
    earlier = ctx.date_owners.get(owner)
    if earlier is None or ctx.doc.tokens[owner].pos != "VERB" or not owner < noun < tokens[0] \
            or not ctx.tree.dominates(owner, noun):
        return False
    start, end = ctx.doc.tokens[tokens[0]].start, ctx.doc.tokens[tokens[-1]].end
    token = ctx.doc.tokens[noun]
    if ctx.doc.dates[earlier].end > token.start:
        rejected("events", second_date, start, end,
                 f"'{ctx.doc.dates[earlier].text}' stands after '{token.text}': no earlier date of "
                 f"'{ctx.doc.tokens[owner].text}'")
        return False
    if NOUN_TYPES.get(lemma_of(ctx.tree, noun)) in DEED_ACT_TYPES:
        rejected("events", second_date, start, end,
                 f"'{token.text}' is about a deed; the date after its phrase is the deed's")
        return False
    fired("events", second_date, token.start, token.end,
          f"'{ctx.doc.text[start:end]}' after its phrase: '{ctx.doc.tokens[owner].text}' is dated by "
          f"'{ctx.doc.dates[earlier].text}' already")
    return True


@rule("events")
def phrase_before_date(ctx: Context, previous: int, first: int, event_tokens: set[int]) -> int | None:
    """A date right after the noun phrase of an event noun, which the parse hangs elsewhere, dates that event noun:
    "переговорах между "Газпромом" и "Нафтогазом" 12 марта", "соглашении между Москвой и Киевом в 2009 году" (the
    innermost event noun whose phrase ends on the word before the date, its closing quotation mark or its
    preposition, in the date's sentence; never across a verb)."""
    noun = _phrase_before(ctx, previous, first, event_tokens)
    if noun is not None:
        fired("events", phrase_before_date, ctx.doc.tokens[noun].start, ctx.doc.tokens[noun].end,
              "the date follows its noun phrase")
    return noun


def _phrase_before(ctx: Context, previous: int, first: int, event_tokens: set[int]) -> int | None:
    """The test of `phrase_before_date`, which traces it."""
    tokens = ctx.doc.tokens
    ends = {tokens[previous].end}
    while previous > 0 and tokens[previous].pos == "PUNCT" and tokens[previous].text in CLOSING_QUOTE_MARKS:
        previous -= 1
        ends.add(tokens[previous].end)
    if tokens[previous].sentence != tokens[first].sentence:
        return None
    for noun in [previous, *ctx.tree.ancestors(previous)]:
        if tokens[noun].pos not in ("NOUN", "PROPN"):
            break
        if noun in event_tokens and ctx.tree.phrase_span(noun)[1] in ends:
            return noun
    return None


@rule("events")
def occurrence_participle(ctx: Context, owner: int, event_tokens: set[int]) -> int:
    """A date on the participle of an occurrence verb dates the event noun that the participle describes:
    "прошедшие в ноябре выборы", "состоявшейся 5 мая встречи" (the noun it modifies, or, when the parser hung the
    participle elsewhere, the next event noun in its case)."""
    token = ctx.doc.tokens[owner]
    occurrence = token.feats.get("VerbForm") == "Part" and fold(token.lemma or token.text) in OCCURRENCE_VERBS
    if owner in event_tokens or not occurrence:
        return owner
    sentence = ctx.doc.sentences[token.sentence]
    following = range(owner + 1, min(owner + 1 + OCCURRENCE_PARTICIPLE_REACH, sentence.token_end))
    nouns = [token.head, *following] if token.head >= 0 else list(following)
    for index in nouns:
        other = ctx.doc.tokens[index]
        if index in event_tokens and other.pos == "NOUN" and other.feats.get("Case") == token.feats.get("Case"):
            fired("events", occurrence_participle, other.start, other.end, f"dated through '{token.text}'")
            return index
    described = _described_event_noun(ctx, owner, event_tokens)
    if described is not None:
        other = ctx.doc.tokens[described]
        fired("events", occurrence_participle, other.start, other.end, f"dated through '{token.text}'")
        return described
    return owner


def _described_event_noun(ctx: Context, participle: int, event_tokens: set[int]) -> int | None:
    """The event noun a participial or relative clause of occurrence describes when the parser hung it on another
    word: only an event can be held or scheduled, so it is the nearest event noun before the clause that agrees with
    the participle in gender and number ("казни Тимоти Маквея, намеченной на 16 мая", "заседании жюри, которое
    намечено на 23 декабря")."""
    token = ctx.doc.tokens[participle]
    if base(token.rel) not in ("acl", "acl:relcl"):
        return None
    sentence = ctx.doc.sentences[token.sentence]
    for index in range(participle - 1, max(sentence.token_start, participle - OCCURRENCE_PARTICIPLE_REACH) - 1, -1):
        noun = ctx.doc.tokens[index]
        if index in event_tokens and noun.pos == "NOUN" and forms_agree(token.feats, noun.feats):
            return index
    return None


def _next_predicate(ctx: Context, start: int, predicates: list[int]) -> int | None:
    """The first verb or event token from token `start` on in the sentence of token `start - 1`: looked up in the
    sorted `predicates` (a sentence of thousands of dates and no verb is no walk per date)."""
    at = bisect_left(predicates, start)
    if at == len(predicates) or start < 1:
        return None
    index = predicates[at]
    return index if ctx.doc.tokens[index].sentence == ctx.doc.tokens[start - 1].sentence else None


def predicate_tokens(ctx: Context, event_tokens: set[int]) -> list[int]:
    """The document's verbs and event tokens, in order (what `_next_predicate` looks for)."""
    return [index for index, token in enumerate(ctx.doc.tokens) if token.pos == "VERB" or index in event_tokens]


@rule("events")
def date_in_clause(ctx: Context, drafts: list[Draft]) -> None:
    """A date attached to the predicate (or event noun): "28 декабря ... позвонил", "встреча 3 сентября"."""
    event_tokens = {token for draft in drafts for token in draft.trigger.tokens}
    by_token: dict[int, list[Draft]] = {}  # trigger token -> the drafts it triggers, in order
    for draft in drafts:
        for token in dict.fromkeys(draft.trigger.tokens):
            by_token.setdefault(token, []).append(draft)
    ctx.date_owners.clear()
    predicates = predicate_tokens(ctx, event_tokens)
    for index, date in enumerate(ctx.doc.dates):
        owner = date_owner(ctx, index, event_tokens, predicates)
        if owner is None:
            continue
        ctx.date_owners.setdefault(owner, index)
        for draft in by_token.get(owner, ()):
            if draft.date is None and _same_quote(ctx, draft, date.start):
                set_date(ctx, draft, index, date_in_clause)


def date_added(ctx: Context, drafts: list[Draft], added: list[Draft]) -> None:
    """Date the drafts `added` after the time rules ran (`incident_nouns`: "Инцидент произошел в пятницу") as
    `date_in_clause` would, over every draft's tokens: a date whose owner is an added trigger's token; the dates of
    the other drafts stay as they are."""
    if not added:
        return
    event_tokens = {token for draft in drafts + added for token in draft.trigger.tokens}
    predicates = predicate_tokens(ctx, event_tokens)
    for index, date in enumerate(ctx.doc.dates):
        owner = date_owner(ctx, index, event_tokens, predicates)
        for draft in added:
            if owner in draft.trigger.tokens and draft.date is None and _same_quote(ctx, draft, date.start):
                set_date(ctx, draft, index, date_in_clause)


def _same_quote(ctx: Context, draft: Draft, offset: int) -> bool:
    """A date inside a quote dates only events inside that quote, not the statement that reports it."""
    quote = _quote_of(ctx, offset)
    return quote is None or _quote_of(ctx, draft.trigger.start) == quote


def coordination_group(ctx: Context, predicate: int) -> list[int]:
    """Verbs coordinated with the predicate (conj links both ways) and the other roots of its sentence: worked out
    once per predicate and document (the time and place rules ask again for each draft; callers only read it)."""
    found = ctx.coordinations.get(predicate)
    if found is None:
        found = ctx.coordinations[predicate] = _coordination_group(ctx, predicate)
    return found


def _coordination_group(ctx: Context, predicate: int) -> list[int]:
    tokens, tree = ctx.doc.tokens, ctx.tree
    group, stack = {predicate}, [predicate]
    while stack:
        current = stack.pop()
        neighbours = tree.kids(current, "conj")
        if tokens[current].rel == "conj" and tokens[current].head >= 0:
            neighbours.append(tokens[current].head)
        for other in neighbours:
            if other not in group and tokens[other].pos == "VERB":
                group.add(other)
                stack.append(other)
    sentence = ctx.doc.sentences[tokens[predicate].sentence]
    if any(tokens[member].head < 0 for member in group):
        group.update(i for i in range(sentence.token_start, sentence.token_end)
                     if tokens[i].head < 0 and tokens[i].pos == "VERB")
    return sorted(group)


@rule("events")
def date_from_coordination(ctx: Context, drafts: list[Draft]) -> None:
    """A coordinated predicate shares the nearest preceding conjunct's date: "28 декабря Путин позвонил ... и принес
    извинения"; "разбился самолет ..., погибли 38 человек"; not one told as later or earlier ("задержан 25 марта и
    позже осужден": SEQUENCE_ADVERBS)."""
    owners = ctx.date_owners
    for draft in drafts:
        predicate = draft.trigger.predicate
        if draft.date is not None or ctx.doc.tokens[predicate].pos != "VERB":
            continue
        sequenced = [child for child in ctx.tree.kids(predicate, "advmod", "obl")
                     if fold(ctx.doc.tokens[child].text.lower()) in SEQUENCE_ADVERBS]
        if sequenced:
            token = ctx.doc.tokens[sequenced[0]]
            rejected("events", date_from_coordination, token.start, token.end,
                     f"'{token.text}': '{draft.trigger.lemma}' happened at another time than its conjunct")
            continue
        quote = _quote_of(ctx, draft.trigger.start)
        for member in reversed([m for m in coordination_group(ctx, predicate) if m < predicate]):
            if member in owners and _quote_of(ctx, ctx.doc.tokens[member].start) == quote:
                if not relative_clause_apart(ctx, predicate, member) and not contrasted_clause(ctx, predicate, member):
                    set_date(ctx, draft, owners[member], date_from_coordination)
                break


@rule("events")
def relative_clause_apart(ctx: Context, predicate: int, member: int) -> bool:
    """A predicate of a relative clause that the parser left as another root or conjunct of the sentence tells of
    its antecedent, at its own time, not at the date of the clause before the relative word: "Накануне она участвовала
    в концерте в поддержку писателя, который ... был приговорен к смерти", "памятник казакам, которые освобождали
    город" (a "который" between the dated verb and the predicate, whose first verb up is the predicate or a verb the
    predicate is coordinated with). A relative word with a preposition sets the scene of the clause in the
    happening or the document it stands for, and keeps its date: "Накануне состоялось собрание, на котором был
    утвержден капитан", "На этой неделе прошли переговоры, в ходе которых обсуждалось ..."."""
    tree, tokens = ctx.tree, ctx.doc.tokens
    clause = {predicate}
    current = predicate
    for head in tree.ancestors(predicate):  # the walk stops at a cycle of a broken parse
        if base(tokens[current].rel) != "conj" or head <= member:
            break
        clause.add(head)
        current = head
    for index in range(member + 1, predicate):
        if lemma_of(tree, index) not in ANAPHORIC_RELATIVE_PRONOUNS:
            continue
        path, verb = [index], -1  # the relative word and the nouns above it up to its verb
        for head in tree.ancestors(index):
            if tokens[head].pos in ("VERB", "AUX"):
                verb = head
                break
            path.append(head)
        if verb in clause and all(tree.preposition(word) is None for word in path):
            token = tokens[predicate]
            fired("events", relative_clause_apart, token.start, token.end,
                  f"told in the relative clause of '{tokens[index].text}', apart from '{tokens[member].text}'")
            return True
    return False


@rule("events")
def contrasted_clause(ctx: Context, predicate: int, member: int) -> bool:
    """A clause set against the one before by a contrastive conjunction (CONTRASTIVE_CONJUNCTIONS) and naming a
    subject of its own tells another happening, not at the date of the first: "Ким Чен Ир умер пять лет назад, а
    мировые лидеры вели переговоры с самозванцем", "строительство в 2012 году было прекращено, но компания подала
    иск" (not a shared subject's second deed: "задержан 25 марта, но вскоре отпущен" has no subject of its own). The
    subject opens the clause, the topic set against the first one's; a clause that opens with a place or a time and
    names its subject later goes on with the same scene elsewhere ("В 2017 году он приехал в Италию, но в аэропорту
    Болоньи его арестовали карабинеры", "Вчера в Донецке погибли три человека, а в Луганске ранены еще пятеро")."""
    tree, tokens = ctx.tree, ctx.doc.tokens
    joined = [child for child in tree.kids(predicate, "cc")
              if member < child < predicate and fold(tokens[child].text.lower()) in CONTRASTIVE_CONJUNCTIONS]
    if not joined or not any(joined[0] + 1 in tree.subtree(subject)
                             for subject in tree.kids(predicate, "nsubj", "nsubj:pass")):
        return False
    token = tokens[predicate]
    fired("events", contrasted_clause, token.start, token.end,
          f"a subject of its own after '{tokens[joined[0]].text}', apart from '{tokens[member].text}'")
    return True


@rule("events")
def date_from_governing_verb(ctx: Context, drafts: list[Draft]) -> None:
    """A gerund happens when its governing verb does: "вернувшись в Москву 5 мая, заявил"."""
    owners = ctx.date_owners
    for draft in drafts:
        token = ctx.doc.tokens[draft.trigger.predicate]
        if draft.date is None and token.feats.get("VerbForm") == "Conv" and token.head in owners:
            set_date(ctx, draft, owners[token.head], date_from_governing_verb)


@rule("events")
def date_of_compound_predicate(ctx: Context, drafts: list[Draft]) -> None:
    """An infinitive of a compound predicate happens when the date on its auxiliary says: "5 мая министр должен
    подписать соглашение", "в понедельник Сечин может поехать в Китай" (the parse hangs the date on the modal, phase
    or intention verb, COMPOUND_AUXILIARY_VERBS, or on a predicative, "должен", "намерен": `infinitive_governor`);
    not on a verb of speech, promise or decision ("вчера пообещал посетить"), nor a deadline ("до 1 марта") or the
    start of a period ("с 1 января граждане могут посещать": an ability from then on), nor a date whose arc crosses
    another clause (a parse that hangs two clauses' dates on one verb). A verb's date is the one `date_in_clause`
    found it owns (`ctx.date_owners`: no deadline there); a predicative owns none there, so its date is looked up."""
    for draft in drafts:
        governor = None if draft.date is not None else infinitive_governor(ctx.tree, draft.trigger.predicate)
        if governor is None:
            continue
        predicative = ctx.doc.tokens[governor].pos == "ADJ"
        if not predicative and lemma_of(ctx.tree, governor) not in COMPOUND_AUXILIARY_VERBS:
            continue
        index = _date_on(ctx, governor) if predicative else ctx.date_owners.get(governor)
        if index is not None and not _opens_period(ctx, index) \
                and _same_quote(ctx, draft, ctx.doc.dates[index].start):
            set_date(ctx, draft, index, date_of_compound_predicate)


def _date_top(ctx: Context, index: int) -> int | None:
    """The head token of a date (None for a date on no token)."""
    tokens = date_tokens(ctx.doc, ctx.doc.dates[index])
    return range_head(ctx.doc, tokens) if tokens else None


def _opens_period(ctx: Context, index: int) -> bool:
    """A date that opens a period ("с 1 января")."""
    top = _date_top(ctx, index)
    return top is not None and ctx.tree.preposition(top) in PERIOD_START_PREPOSITIONS


def _date_on(ctx: Context, governor: int) -> int | None:
    """The first date the parse hangs on `governor` within its clause, not a deadline (`deadline` traced those)."""
    for index in range(len(ctx.doc.dates)):
        top = _date_top(ctx, index)
        if top is None:
            continue
        head = ctx.doc.tokens[top].head
        if head == governor and not _under_deadline(ctx, top) and not _crosses(ctx, min(top, head), max(top, head)):
            return index
    return None


@rule("events")
def date_of_same_speaker(ctx: Context, drafts: list[Draft]) -> None:
    """A statement that continues the same speaker's dated statement in the next sentence shares its date:
    "..., — рассказал в тот день Путин. Он отметил, что ..."."""
    previous: Draft | None = None
    for draft in sorted(drafts, key=lambda d: d.trigger.start):
        if draft.type not in SPEECH_TYPES or draft.in_quote is not None:
            continue
        agents = draft.entities("agent")
        if (draft.date is None and previous is not None and previous.date is not None and agents
                and agents == previous.entities("agent") and 0 <= draft.sentence - previous.sentence <= 1):
            set_date(ctx, draft, previous.date, date_of_same_speaker)
        previous = draft


@rule("events")
def date_of_speech_time(ctx: Context, drafts: list[Draft]) -> None:
    """Inside a direct quote "сегодня", "вчера" count from when the words were said, not from publication. A relative
    date there stands as resolved when the quote was said on the publication day; "сегодня" said on another known day
    means that day (the statement's date); any other relative date is left undated rather than guessed (its words stay
    the event's time argument, with no date and no value)."""
    statements = {draft.quote: draft for draft in drafts if draft.quote is not None}
    published = ctx.doc.published_at.isoformat() if ctx.doc.published_at else None
    for draft in drafts:
        if draft.in_quote is None or draft.date is None or ctx.doc.dates[draft.date].kind != "relative":
            continue
        statement = statements.get(draft.in_quote)
        said = statement.value if statement is not None and statement.date is not None else None
        if said is not None and said == published:
            continue
        # the dates stage counts "сегодня" from the attribution's day when it follows the quote ("…», — сказал 5 мая")
        if said is not None and ctx.doc.dates[draft.date].value in (published, said):
            set_date(ctx, draft, statement.date, date_of_speech_time)  # type: ignore[union-attr,arg-type]
        else:
            date = ctx.doc.dates[draft.date]
            rejected("events", date_of_speech_time, date.start, date.end,
                     "a relative date inside a quote said on another day: left undated, not guessed")
            # the expression stays the event's time (EVENTS.md: the date expression), linked to no date and no value
            draft.args = [arg for arg in draft.args if arg.role != "time"]
            draft.args.append(EventArg("time", date.start, date.end, date.text, rule=date_of_speech_time.__name__))
            draft.date, draft.value, draft.date_rule = None, None, ""


def headline_end(text: str) -> int:
    """Where the title and the lead paragraph end: the end of the second non-empty line (the whole text if none)."""
    return nonempty_lines_end(text, 2)


def title_end(text: str) -> int:
    """Where the title ends: the end of the first non-empty line (the whole text if none)."""
    return nonempty_lines_end(text, 1)


@rule("events")
def date_of_same_event(ctx: Context, drafts: list[Draft]) -> None:
    """A headline event (title or lead) told again, dated, in the body takes that date: same type and trigger lemma,
    same agent entity, its other entities among the dated one's; only when every such telling agrees on the value."""
    dated = [draft for draft in drafts if draft.date is not None and draft.in_quote is None]
    end = headline_end(ctx.doc.text)
    for draft in drafts:
        agents = set(draft.entities("agent"))
        if draft.date is not None or not agents or draft.trigger.start >= end or draft.in_quote is not None:
            continue
        others = set(draft.entities()) - agents
        matches = [other for other in dated if other.type == draft.type and set(other.entities("agent")) == agents
                   and other.trigger.lemma == draft.trigger.lemma and others <= set(other.entities())]
        if matches and len({other.value for other in matches}) == 1 and matches[0].value is not None:
            set_date(ctx, draft, matches[0].date, date_of_same_event)  # type: ignore[arg-type]


def _frames(ctx: Context, drafts: list[Draft]) -> list[tuple[Draft, Draft]]:
    """(event, the event noun that frames it) pairs: "во время встречи", "в ходе визита", "на саммите"."""
    by_token = {draft.trigger.token: draft for draft in drafts if draft.trigger.nominal}
    pairs = []
    for draft in drafts:
        for owner in draft.trigger.tokens:
            for child in ctx.tree.kids(owner, "obl", "nmod"):
                frame = by_token.get(child)
                if frame is None or frame is draft or not is_frame(ctx, child):
                    continue
                pairs.append((draft, frame))
    return pairs


@rule("events")
def date_of_framing_event(ctx: Context, drafts: list[Draft]) -> None:
    """An undated event takes the date of the event noun that frames it: "во время встречи 5 мая стороны обсудили"."""
    for draft, frame in _frames(ctx, drafts):
        if draft.date is None and frame.date is not None:
            set_date(ctx, draft, frame.date, date_of_framing_event)


@rule("events")
def date_of_framed_event(ctx: Context, drafts: list[Draft]) -> None:
    """An undated framing event noun takes the date of the event it frames: "на саммите 12 мая договорились" dates
    the summit."""
    for draft, frame in _frames(ctx, drafts):
        if frame.date is None and draft.date is not None:
            set_date(ctx, frame, draft.date, date_of_framed_event)


@rule("events")
def date_of_venue(ctx: Context, drafts: list[Draft]) -> None:
    """An undated event noun that frames a clause that is no event, or that the clause takes part in, takes the
    clause's date: what is done at a meeting is done when the meeting is held ("звание присвоено в четверг на
    заседании совета", "выступая в пятницу на заседании форума"), taking part in a rally is when it is held ("приняли
    сегодня участие в акции")."""
    owners = ctx.date_owners
    for draft in drafts:
        if draft.date is not None or not draft.trigger.nominal or draft.trigger.verb is not None:
            continue
        token = ctx.doc.tokens[draft.trigger.token]
        if is_frame(ctx, draft.trigger.token) and base(token.rel) == "obl":
            clause = token.head
        else:
            clause = taking_part(ctx, draft.trigger.token)
        if clause is None or clause not in owners or not _same_quote(ctx, draft, token.start):
            continue
        if _inside_clause(ctx, owners[clause], clause):
            set_date(ctx, draft, owners[clause], date_of_venue)


# happenings that are scheduled when announced: "объявил о досрочных выборах", "сообщил о визите" name one to come
SCHEDULED_TYPES = JOINED_GATHERING_TYPES | frozenset({"election", "visit"})


@rule("events")
def date_of_telling(ctx: Context, drafts: list[Draft]) -> None:
    """An undated asserted event noun that a verb of telling has in "о/об" takes the telling's date, as the dev golds
    do (EVENTS.md, "Settled by the dev golds"): "Летом прошлого года СК сообщил о завершении расследования", "две
    недели назад объявил о своей отставке", "25 мая прокуратура объявила о завершении следствия" (TELLING_VERBS;
    through a phase noun, PHASE_OF_HAPPENING_NOUNS); not a date before the clause's conjunction (`_inside_clause`).
    Refused (`_untimed_telling`): a told event that is not asserted, or told as possible or coming ("о возможной
    отставке"), a gathering, a trip or an election (announced, they are to come: "объявил о досрочных выборах"),
    and a plural noun (a series, told at once: "сообщила об убийствах и задержаниях")."""
    owners = ctx.date_owners
    for draft in drafts:
        if draft.date is not None or not draft.trigger.nominal or draft.in_quote is not None:
            continue
        verb = telling_verb(ctx, draft.trigger.token)
        if verb is None or verb not in owners or not _same_quote(ctx, draft, ctx.doc.tokens[verb].start):
            continue
        reason = _untimed_telling(ctx, draft)
        if reason:
            token = ctx.doc.tokens[draft.trigger.token]
            rejected("events", date_of_telling, token.start, token.end,
                     f"'{draft.trigger.lemma}' {reason}: the telling's date is not its own")
        elif _inside_clause(ctx, owners[verb], verb):
            set_date(ctx, draft, owners[verb], date_of_telling)


def _untimed_telling(ctx: Context, draft: Draft) -> str:
    """Why the telling's date is not the told event's ("" when it is)."""
    if draft.modality != "asserted":
        return f"is told as {draft.modality}"
    modifiers = [kid for kid in ctx.tree.kids(draft.trigger.token, "amod", "acl")
                 if lemma_of(ctx.tree, kid) in UNREALIZED_MODIFIERS
                 or fold(ctx.doc.tokens[kid].text.lower()) in UNREALIZED_MODIFIERS]
    if modifiers:
        return f"is told as not yet real ('{ctx.doc.tokens[modifiers[0]].text}')"
    if draft.type in SCHEDULED_TYPES:
        return f"is a {draft.type}, scheduled when announced"
    if draft.plural:
        return "is plural, a series told at once"
    return ""


def telling_verb(ctx: Context, index: int) -> int | None:
    """The verb of telling whose "о/об" phrase the event noun is, or the genitive of a phase noun there ("о
    завершении расследования"); None otherwise."""
    tree = ctx.tree
    head = tree.head_of(index)
    if head is not None and base(tree.token(index).rel) == "nmod" and tree.preposition(index) is None \
            and lemma_of(tree, head) in PHASE_OF_HAPPENING_NOUNS:
        index, head = head, tree.head_of(head)
    if head is None or tree.preposition(index) not in TOPIC_PREPOSITIONS or base(tree.token(index).rel) != "obl" \
            or tree.token(head).pos != "VERB" or lemma_of(tree, head) not in TELLING_VERBS:
        return None
    return head


def _inside_clause(ctx: Context, date: int, predicate: int) -> bool:
    """The date stands inside the predicate's clause: not before the conjunction that opens it ("сообщил в четверг,
    что церемония состоится 24 февраля на заседании": Thursday is when it was said)."""
    start = ctx.doc.dates[date].start
    return not any(start < ctx.doc.tokens[mark].start for mark in ctx.tree.kids(predicate, "mark"))


TIME_RULES: tuple[Callable[[Context, list[Draft]], None], ...] = (
    date_in_clause, date_of_compound_predicate, date_from_coordination, date_from_governing_verb,
    date_of_framing_event, date_of_framed_event, date_of_venue, date_of_telling, date_of_same_speaker,
    date_of_speech_time, date_of_same_event,
)


@rule("events")
def place_from_coordination(ctx: Context, drafts: list[Draft]) -> None:
    """A coordinated event with no place of its own shares the nearest preceding conjunct's place."""
    _share_from_coordination(ctx, drafts, "place", place_from_coordination)


@rule("events")
def cause_from_coordination(ctx: Context, drafts: list[Draft]) -> None:
    """A coordinated event with no cause of its own shares the cause that the nearest preceding conjunct has from
    "в результате X" (`in_result_of`), which frames the whole coordination: "В результате теракта погибли около 60
    человек, около 200 получили ранения, а здание отеля получило сильные повреждения" (the injuries and the damage
    are the attack's too); not to a conjunct with a cause of its own ("погиб от ранений") or with a doer, whose act is
    no result ("В результате взрыва погибли двое рабочих, а пожар уничтожил склад": the fire destroyed it)."""
    _share_from_coordination(ctx, drafts, "cause", cause_from_coordination, in_result_of.__name__, ("agent",))


def _share_from_coordination(ctx: Context, drafts: list[Draft], role: str, sharing: Callable[..., None],
                             from_rule: str | None = None, blocking: tuple[str, ...] = ()) -> None:
    """Give each verb event with no `role` (nor a `blocking` role) of its own the `role` arguments of the nearest
    preceding conjunct that has any (only those found by `from_rule` when given), unless the event reports the other
    (`_reports`)."""
    by_predicate = {draft.trigger.predicate: draft for draft in drafts}
    for draft in drafts:
        predicate = draft.trigger.predicate
        if any(draft.has_role(own) for own in (role, *blocking)) or ctx.doc.tokens[predicate].pos != "VERB":
            continue
        for member in reversed([m for m in coordination_group(ctx, predicate) if m < predicate]):
            other = by_predicate.get(member)
            shared = [arg for arg in other.args if arg.role == role
                      and (from_rule is None or arg.rule.split("+")[0] == from_rule)] if other else []
            if shared and other is not None and _reports(ctx, draft, other):
                rejected("events", sharing, other.trigger.start, other.trigger.end,
                         f"what '{draft.trigger.lemma}' reports: its {role} is not where it was said")
                break
            if shared:
                draft.args += [EventArg(role, arg.start, arg.end, arg.text, arg.entity, None, sharing.__name__)
                               for arg in shared]
                for arg in shared:
                    fired("events", sharing, arg.start, arg.end, f"{role} of '{draft.trigger.lemma}' at "
                                                                 f"{draft.trigger.start}")
                break


def _reports(ctx: Context, draft: Draft, other: Draft) -> bool:
    """The draft is a statement whose quote holds the other conjunct: "в Москве произошел взрыв, сообщает
    Интерфакс" — the report's verb hangs on what it reports, and is said elsewhere."""
    if draft.type != "statement" or draft.quote is None:
        return False
    quote = ctx.doc.quotes[draft.quote]
    return quote.start <= other.trigger.start < quote.end


FRAME_ROLES = frozenset({"agent", "participant", "place", "time"})  # what coordinated event nouns share


@rule("events")
def frame_from_coordination(ctx: Context, drafts: list[Draft]) -> None:
    """An event noun coordinated with the trigger of an event of the same type shares that event's frame, the
    roles it does not state itself: "Шествия и митинги 1 мая в Москве проведут партии" (both are held on 1 May, in
    Moscow, by the parties)."""
    by_token: dict[int, Draft] = {}
    for draft in drafts:
        for token in draft.trigger.tokens:
            by_token.setdefault(token, draft)
    for draft in drafts:
        token = ctx.doc.tokens[draft.trigger.token]
        other = by_token.get(token.head) if draft.trigger.verb is None and token.rel == "conj" else None
        if other is None or other is draft or other.type != draft.type:
            continue
        if draft.date is None and other.date is not None:
            set_date(ctx, draft, other.date, frame_from_coordination)
        shared = [arg for arg in other.args if arg.role in FRAME_ROLES - {"time"} and not draft.has_role(arg.role)]
        draft.args += [EventArg(arg.role, arg.start, arg.end, arg.text, arg.entity, None,
                                frame_from_coordination.__name__) for arg in shared]
        for arg in shared:
            fired("events", frame_from_coordination, arg.start, arg.end,
                  f"{arg.role} of '{draft.trigger.lemma}' at {draft.trigger.start}")


# the relations of a noun that is its verb's subject; objects and clauses of the verb that make it tell its own act
SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
OWN_ACT_RELS = ("obj", "iobj", "ccomp", "xcomp")
QUANTIFIER_POS = frozenset({"NUM", "ADV"})  # what counts a genitive noun: "500 терактов", "более 500 терактов"


def subject_verb(ctx: Context, draft: Draft, event_tokens: set[int]) -> int | None:
    """The verb a kept event noun is the subject of, directly, as a later conjunct of its subject ("пройдут шествия и
    митинги") or through the number that counts it ("предотвращено более 500 терактов"), when that verb tells the
    noun's own course or outcome ("переговоры прервались", "пожар возник"): no event trigger, no object, no clause,
    no verb of being ("в больницах остаются 15 раненых"), no coming into force (IN_FORCE_PHRASES), and a passive
    only of recording or stopping (RECORDING_VERBS); None otherwise, and for a noun with its own occurrence or light
    verb."""
    tree, trigger = ctx.tree, draft.trigger
    noun = trigger.token if trigger.verb is None else trigger.verb  # a verbal noun's phrase: "блокировка счетов"
    if not trigger.nominal or tree.token(noun).pos != "NOUN":
        return None
    token = tree.token(noun)
    if token.rel == "conj" and token.head >= 0:
        noun, token = token.head, tree.token(token.head)
    if token.rel not in SUBJECT_RELS and token.feats.get("Case") == "Gen" and token.head >= 0 \
            and tree.token(token.head).pos in QUANTIFIER_POS:
        noun, token = token.head, tree.token(token.head)  # "более 500 терактов": the quantity is the subject
    verb = token.head
    if token.rel not in SUBJECT_RELS or verb < 0 or tree.token(verb).pos != "VERB" or verb in event_tokens \
            or tree.kids(verb, *OWN_ACT_RELS) or tree.lemma(verb) in STATE_VERBS:
        return None
    if (token.rel == "nsubj:pass" or tree.passive(verb)) and tree.lemma(verb) not in RECORDING_VERBS:
        return None  # a later act on the occurrence: "иск будет рассмотрен 17 июня", "пожар локализован в 15:45"
    if any((tree.lemma(verb), tree.lemma(child)) in IN_FORCE_PHRASES for child in tree.kids(verb, "obl")):
        return None  # the day of its effect: "соглашение вступит в силу весной"
    return verb


@rule("events")
def frame_of_subject_verb(ctx: Context, drafts: list[Draft]) -> None:
    """An event noun that is the subject of a verb telling its course or outcome happens when and where that verb
    says: "В России в нынешнем году предотвращено более 500 терактов" (this year, Russia), "Переговоры накануне
    прервались", "Пройдут сегодня в столице шествия" (`subject_verb`); only the roles the noun lacks, after the
    nouns kept are chosen (an anchor of the verb does not keep a bare noun)."""
    event_tokens = {token for draft in drafts for token in draft.trigger.tokens}
    for draft in drafts:
        verb = subject_verb(ctx, draft, event_tokens)
        if verb is None:
            continue
        date = ctx.date_owners.get(verb)
        if draft.date is None and date is not None and _same_quote(ctx, draft, ctx.doc.dates[date].start):
            set_date(ctx, draft, date, frame_of_subject_verb)
        if draft.has_role("place"):
            continue
        for child in ctx.tree.kids(verb, "obl"):
            if child not in event_tokens and place_dependent(ctx, child):
                arg = make_arg(ctx, Candidate("place", child, frame_of_subject_verb.__name__))
                draft.args.append(arg)
                fired("events", frame_of_subject_verb, arg.start, arg.end,
                      f"place of '{draft.trigger.lemma}' at {draft.trigger.start}")
                break
