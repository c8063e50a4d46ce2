"""The tense of the clause a date stands in: past events cannot lie after publication, future ones before it.

With the morph stage run before dates, slovnet's syntax gives the verb that governs the date and its Tense;
without it, the nearest finite verb of the sentence is read with pymorphy3. An infinitive is future when a plan or
modal verb governs it ("планируют провести в марте", "может пройти 3 марта"), and of unknown tense otherwise.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from pipeline.dates.lexicon import (
    DEADLINE_WORDS,
    DISCOURSE_VERBS,
    FUTURE_AUX,
    FUTURE_LEMMAS,
    LATEST_WORDS,
    MODAL_LEMMAS,
    MODAL_WORDS,
    PROSPECTIVE_LEMMAS,
    SCHEDULED_NOUNS,
    TARGET_ONLY_PLANS,
    TARGET_PREPOSITIONS,
    UNITS,
    VALIDITY_NOUNS,
    YEAR_WORDS,
)
from pipeline.document import Document
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import DOCUMENT_NOUNS, EVENT_NOUN_LEMMAS, MONTHS, OUTCOME_NOUNS
from pipeline.lang.marks import CLAUSE_MARKS, has_quote_mark, open_at
from pipeline.lang.tree import base
from pipeline.morphology import best_parse
from pipeline.rules import fired, is_tracing

PAST, PRESENT, FUTURE = "past", "pres", "fut"
UNKNOWN = "unknown"  # an infinitive with no plan or modal verb above it: no tense to go by
UD_TENSES = {"Past": PAST, "Pres": PRESENT, "Fut": FUTURE}
PYMORPHY_TENSES = {"past": PAST, "pres": PRESENT, "futr": FUTURE}
PAST_AUX = frozenset(("был", "была", "было", "были"))

# Per-document memo of the clause walks (see `memo`): a long comma-less sentence with hundreds of dates was walked
# whole once per date (quadratic); with the memo each sentence's verbs and each clause's plan words are found once.
_MEMO: ContextVar[tuple[Document, dict[Any, Any]] | None] = ContextVar("dates_tense_memo", default=None)


@contextmanager
def memo(doc: Document) -> Iterator[None]:
    """While active, the clause walks of `doc` are computed once and reused (the document must not change)."""
    token = _MEMO.set((doc, {}))
    try:
        yield
    finally:
        _MEMO.reset(token)


def _memoized(doc: Document, key: Any, compute: Callable[[], Any]) -> Any:
    """compute(), stored under `key` while `memo(doc)` is active; computed afresh otherwise."""
    active = _MEMO.get()
    if active is None or active[0] is not doc:
        return compute()
    store = active[1]
    if key not in store:
        store[key] = compute()
    return store[key]


def date_tense(doc: Document, index: int) -> str | None:
    """The tense a date without a year is placed by: past for a date right after a past participle
    (`after_past_participle`: "арестованного 17 января"), future for the date of a planned action, else the clause's.

    A document's date ("решение суда от 2 марта", `document_date`) is past too: the document exists already.
    An infinitive governed by a word of plan or obligation ("отказалась от планов провести ... в декабре",
    "договорились до конца мая сформировать") lies ahead of publication even under a past verb.
    """
    if after_past_participle(doc, index) or document_date(doc, index):
        return PAST
    if _memoized(doc, ("own_time", index), lambda: event_noun_date(doc, index)):
        return None
    if planned_infinitive(doc, index):
        return FUTURE
    tense = clause_tense(doc, index)
    return None if tense == PAST and validity_period(doc, index) else tense


def validity_period(doc: Document, index: int) -> bool:
    """True for a date after "на период", "на время", "на срок" ("послабления, введенные на период Рождества"): the
    period a measure holds for is set when the measure is taken, ahead of it as often as not, so a past verb gives it
    no direction."""
    return word_in_sentence(doc, index - 1, index) in VALIDITY_NOUNS and word_in_sentence(doc, index - 2, index) == "на"


def after_past_participle(doc: Document, index: int) -> bool:
    """True for a date right after a past participle ("арестованного 17 января Навального", "принятый в мае закон"):
    the date is the participle's act, which has happened, whatever the clause's verb ("потребовала освободить
    арестованного 17 января" is no plan for 17 January). A participle of plan or of moving a date ("запланированной
    11 ноября встрече", "назначенная на 20 марта") names a target date and is not read here."""
    j = index - 1
    if word_in_sentence(doc, j, index) in ("в", "во"):
        j -= 1
    word = word_in_sentence(doc, j, index)
    return word.isalpha() and _past_participle(word)


DOCUMENT_DATE_REACH = 5  # words from "от" back to its document noun ("постановление правительства Москвы № 12 от")
DOCUMENT_PHRASE_POS = frozenset(("NOUN", "ADJF", "NUMR"))  # the noun phrase's words before "от"


def document_date(doc: Document, index: int) -> bool:
    """True for a date right after "от" that dates a document (`DOCUMENT_NOUNS`: "решение суда от 2 марта", "указ
    президента № 12 от 5 мая", "письмо от 3 июля"): the document exists already, so the date is past whatever tense
    the verb above the phrase has ("Адвокаты постараются оспорить решение суда от 2 марта", said in June, is this
    March). Only the words of one noun phrase may stand between the noun and "от" (nouns, adjectives, numbers, "№",
    Latin names); a verb, a preposition or a mark ends the look ("документ вступает в силу от 1 января")."""
    if word_in_sentence(doc, index - 1, index) != "от":
        return False
    for k in range(index - 2, index - 2 - DOCUMENT_DATE_REACH, -1):
        word = word_in_sentence(doc, k, index)
        if not word:
            return False
        if word.isalpha():
            parse = best_parse(word)
            if fold(parse.normal_form) in DOCUMENT_NOUNS and parse.tag.POS == "NOUN":
                return True
            if parse.tag.POS not in DOCUMENT_PHRASE_POS and "LATN" not in parse.tag:  # "исследованию YouGov от"
                return False
        elif not (word.isdigit() or word == "№"):
            return False
    return False


DATE_WORD_LINKS = 3  # the date's own words above its first token ("3" -> "марта" -> "года")


def event_noun_date(doc: Document, index: int) -> bool:
    """True for a date that dates a happening noun inside another noun's phrase ("продолжат допрашивать свидетелей
    убийства 3 марта", "установил в качестве даты выборов 7 декабря"): the date is the noun's own time, and the verb
    above the phrase tells nothing of when that happening was or will be, so the date gets no direction from it.
    The happening noun (`EVENT_NOUN_LEMMAS`) must be the first word above the date's own words, take the date as
    "nmod", and itself hang on another noun ("nmod") that is no happening but of a person, a thing or a plan's
    content ("свидетелей", "даты", "решение о"): a noun that is the verb's
    subject or object ("Выборы 5 декабря пройдут", "провести выборы 5 декабря") happens when its verb says, and so
    may a happening inside another (`_happening_within`). Under a past verb only a happening set ahead
    (`SCHEDULED_NOUNS`: "установил в качестве даты выборов 7 декабря") is freed; what a past act's object names
    otherwise is over too ("допросили свидетелей убийства 5 декабря"); under a future verb a happening set ahead
    keeps the verb's direction ("представит список кандидатов на выборы 13 сентября": what a plan prepares is ahead
    too) unless its noun is an outcome's (`OUTCOME_NOUNS`: "утвердит итоги выборов 13 сентября")."""
    if not doc.tokens[index].rel:
        return False
    low, high = index, index
    for _ in range(DATE_WORD_LINKS):
        head = doc.tokens[high].head
        if not 0 <= head < len(doc.tokens) or not _date_word(doc, head):
            break
        high = head
    head = doc.tokens[high].head
    if not 0 <= head < len(doc.tokens) or base(doc.tokens[high].rel) != "nmod":
        return False
    noun = doc.tokens[head]
    lemma = fold(noun.lemma)
    if noun.pos != "NOUN" or base(noun.rel) != "nmod" or not _happening_noun(lemma) \
            or not 0 <= noun.head < len(doc.tokens) or _happening_within(fold(doc.tokens[noun.head].lemma)):
        return False
    if _verb_places_happening(doc, index, lemma, fold(doc.tokens[noun.head].lemma)):
        return False
    if is_tracing():
        token = doc.tokens[low]
        fired("dates", "event_noun_date", token.start, token.end,
              f"the date is the time of '{noun.text}', a happening inside another noun's phrase: no tense from the "
              "verb above it")
    return True


def _verb_places_happening(doc: Document, index: int, lemma: str, holder: str) -> bool:
    """True where the verb's tense places the happening after all: a past act's object that is over ("допросили
    свидетелей убийства 5 декабря"), or a happening set ahead (`SCHEDULED_NOUNS`) that a future act prepares
    ("представит список кандидатов на выборы 13 сентября") unless an outcome's noun holds it (`OUTCOME_NOUNS`:
    "обжалует результаты выборов 13 сентября")."""
    tense = clause_tense(doc, index)
    if lemma in SCHEDULED_NOUNS:
        return tense == FUTURE and holder not in OUTCOME_NOUNS
    return tense == PAST


def _date_word(doc: Document, j: int) -> bool:
    """True for a word of a date's own phrase: a number, a month, a unit of the calendar ("марта", "года")."""
    word = doc.tokens[j].text.lower()
    return word.isdigit() or word in MONTHS or word in UNITS or word in YEAR_WORDS


def _happening_within(outer: str) -> bool:
    """True when the noun the happening hangs on is a happening itself, not a plan's or a decision's content
    (`PROSPECTIVE_LEMMAS`): "голосование на выборах 3 ноября" is one happening's time, which the verb above may
    give ("завершилось голосование на выборах 3 ноября")."""
    return _happening_noun(outer) and outer not in PROSPECTIVE_LEMMAS


def _happening_noun(lemma: str) -> bool:
    """A noun of something that happens (`EVENT_NOUN_LEMMAS`: every event type's nouns). Nouns of action in general
    ("-ние") are not taken: "присутствие по многолетним наблюдениям в ноябре-марте" tells a habit, and the past verb
    above it keeps the nearest such winter."""
    return lemma in EVENT_NOUN_LEMMAS


def deadline(doc: Document, index: int) -> bool:
    """True when the date at token `index` is a deadline: "до конца мая", "к 05:40 субботы", "не позднее 31 мая"."""
    before = word_in_sentence(doc, index - 1, index)
    return before in DEADLINE_WORDS or (before in LATEST_WORDS and word_in_sentence(doc, index - 2, index) == "не")


def planned_infinitive(doc: Document, index: int) -> bool:
    """True when the clause of the date holds a word of plan before it and an infinitive after that word."""
    low, high = _clause(doc, index)
    plans, infinitives = _memoized(doc, ("plans", low, high), lambda: _plan_words(doc, low, high))
    first = bisect_left(plans, low)
    if first == len(plans) or plans[first] >= index:
        return False
    start, end = bisect_left(infinitives, plans[first] + 1), bisect_left(infinitives, high)
    return any(j != index for j in infinitives[start:end])


def _plan_words(doc: Document, low: int, high: int) -> tuple[list[int], list[int]]:
    """The words of plan and the infinitives among tokens [low, high), each in order."""
    plans = [j for j in range(low, high) if _lemma(doc, j) in PROSPECTIVE_LEMMAS]
    return plans, [j for j in range(low, high) if _is_infinitive(doc, j)]


def word_in_sentence(doc: Document, j: int, index: int) -> str:
    """The lowercase text of token `j` when it stands in token `index`'s sentence, else ""."""
    if j < 0 or doc.tokens[j].sentence != doc.tokens[index].sentence:
        return ""
    return doc.tokens[j].text.lower()


def _clause(doc: Document, index: int) -> tuple[int, int]:
    """The tokens of the comma-bounded part of the sentence around `index`."""
    number = doc.tokens[index].sentence
    sentence = doc.sentences[number]
    if _MEMO.get() is None:
        return _walk_clause(doc, index, sentence.token_start, sentence.token_end)
    starts, ends = _memoized(doc, ("runs", number), lambda: _runs(doc, sentence.token_start, sentence.token_end))
    low = starts[index - 1 - sentence.token_start] if index > sentence.token_start else index
    high = ends[index + 1 - sentence.token_start] if index + 1 < sentence.token_end else index + 1
    return (index if low is None else low), (index + 1 if high is None else high)


def past_verb_in_clause(doc: Document, index: int) -> bool:
    """True when the comma-bounded part of the sentence around `index` holds a finite past verb, whatever the parser
    hung the date on ("начали поступать в учреждения еще в понедельник", the date attached to a present verb of
    another clause)."""
    if not 0 <= doc.tokens[index].sentence < len(doc.sentences):
        return False
    low, high = _clause(doc, index)
    return any(_finite_past(doc, j) for j in range(low, high))


def past_participle_noun(doc: Document, index: int) -> bool:
    """True for a date that qualifies a noun a past participle describes ("в выпущенном в эфир телеобращении в четверг
    Мубарак выглядит", "заключенная сделка в понедельник меняет"): the date is that act's, which has happened, whatever
    the clause's verb. A participle of plan ("назначенном на понедельник матче") names a target and is not read here;
    without the parser's heads, False (finalread-zb1)."""
    token = doc.tokens[index]
    if not token.pos or not 0 <= token.head < len(doc.tokens) or doc.tokens[token.head].pos not in ("NOUN", "PROPN"):
        return False
    sentence = doc.sentences[token.sentence]
    return any(other.head == token.head and other.pos in ("VERB", "ADJ") and _past_participle(other.text)
               for other in doc.tokens[sentence.token_start : sentence.token_end])


def _past_participle(text: str) -> bool:
    """A past participle that names no plan (slovnet may tag it ADJ: "прозвучавшем обращении")."""
    parse = best_parse(text.lower())
    return parse.tag.POS == "PRTF" and parse.tag.tense == "past" and not _plans(parse.normal_form, True)


def _finite_past(doc: Document, j: int) -> bool:
    token = doc.tokens[j]
    if token.pos:
        return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin" \
            and token.feats.get("Tense") == "Past"
    word = token.text.lower()
    return word.isalpha() and best_parse(word).tag.POS == "VERB" and best_parse(word).tag.tense == "past"


def _walk_clause(doc: Document, index: int, start: int, end: int) -> tuple[int, int]:
    """`_clause` by walking out from `index` to the marks around it."""
    low, high = index, index + 1
    while low > start and doc.tokens[low - 1].text not in CLAUSE_MARKS:
        low -= 1
    while high < end and doc.tokens[high].text not in CLAUSE_MARKS:
        high += 1
    return low, high


def _runs(doc: Document, start: int, end: int) -> tuple[list[int | None], list[int | None]]:
    """For each token of [start, end) (by offset from `start`): the first token and the end of the run of tokens
    without a clause mark it stands in, None for a mark."""
    starts: list[int | None] = []
    run = start
    for k in range(start, end):
        if doc.tokens[k].text in CLAUSE_MARKS:
            starts.append(None)
            run = k + 1
        else:
            starts.append(run)
    ends: list[int | None] = [None] * (end - start)
    run = end
    for k in range(end - 1, start - 1, -1):
        if doc.tokens[k].text in CLAUSE_MARKS:
            run = k
        else:
            ends[k - start] = run
    return starts, ends


def _lemma(doc: Document, j: int) -> str:
    word = doc.tokens[j].text.lower()
    return best_parse(word).normal_form if word.isalpha() else ""


def _is_infinitive(doc: Document, j: int) -> bool:
    token = doc.tokens[j]
    if token.pos:
        return token.feats.get("VerbForm") == "Inf"
    return token.text.isalpha() and best_parse(token.text.lower()).tag.POS == "INFN"


def clause_tense(doc: Document, index: int) -> str | None:
    """"past", "pres", "fut" or None for the clause around token `index`.

    A verb on the other side of a quotation mark is not the date's: in "«Они заплатят цену», — заявил министр 17
    сентября" the date is told in the past however the parser attached it (see `_same_voice`)."""
    token = doc.tokens[index]
    if token.sentence < 0 or token.sentence >= len(doc.sentences):
        return None
    sentence = doc.sentences[token.sentence]
    low, high = sentence.token_start, sentence.token_end
    target = word_in_sentence(doc, index - 1, index) in TARGET_PREPOSITIONS
    if token.rel:
        tense = _governing_tense(doc, index, low, high, target)
        if tense is not None:
            return None if tense == UNKNOWN else tense
    reader = _ud_tense if token.pos else _pymorphy_tense
    clause_low, clause_high = _clause(doc, index)
    positions, tenses = _memoized(doc, ("verbs", token.sentence, reader, target),
                                  lambda: _verbs(doc, reader, low, high, target))
    # the date's own clause first: in "министр заявил, что 15 марта вакцина поступит" the date is "поступит"'s
    for at in _nearest_first(positions, index, clause_low, clause_high, low, high):
        j, tense = positions[at], tenses[at]
        if _same_voice(doc, j, index):
            return None if tense == UNKNOWN else tense
    return None


def _verbs(doc: Document, reader: Callable[..., str | None], low: int, high: int,
           target: bool) -> tuple[list[int], list[str]]:
    """The tokens of [low, high) that `reader` gives a tense, in order, and their tenses."""
    found = [(j, tense) for j in range(low, high) if (tense := reader(doc, j, low, high, target)) is not None]
    return [j for j, _ in found], [tense for _, tense in found]


def _nearest_first(positions: list[int], index: int, clause_low: int, clause_high: int, low: int,
                   high: int) -> Iterator[int]:
    """Indexes into the sorted `positions`: those inside [clause_low, clause_high) by distance from `index`, then
    those outside it (within [low, high)) by distance; at equal distance the earlier token first."""
    at = bisect_left(positions, index)
    inner_low, inner_high = bisect_left(positions, clause_low), bisect_left(positions, clause_high)
    yield from _outward(positions, index, range(at - 1, inner_low - 1, -1), range(at, inner_high))
    outer_low, outer_high = bisect_left(positions, low), bisect_left(positions, high)
    yield from _outward(positions, index, range(inner_low - 1, outer_low - 1, -1), range(inner_high, outer_high))


def _outward(positions: list[int], index: int, left: range, right: range) -> Iterator[int]:
    """Merge `left` (indexes going down) and `right` (going up) by distance of their positions from `index`, the left
    one first at equal distance."""
    lefts, rights = iter(left), iter(right)
    a, b = next(lefts, None), next(rights, None)
    while a is not None or b is not None:
        if b is None or (a is not None and index - positions[a] <= positions[b] - index):
            yield a  # type: ignore[misc]
            a = next(lefts, None)
        else:
            yield b
            b = next(rights, None)


def _same_voice(doc: Document, j: int, index: int) -> bool:
    """True when token j stands inside a quotation exactly when the date at token `index` does (the narrator's verb
    for a date the narrator tells, the speaker's for a date said in the quote). Only a quotation mark between them can
    change that, so the line is scanned only then."""
    low, high = sorted((doc.tokens[j].start, doc.tokens[index].start))
    if not has_quote_mark(doc.text, low, high):
        return True
    return open_at(doc.text, doc.tokens[j].start) == open_at(doc.text, doc.tokens[index].start)


def _governing_tense(doc: Document, index: int, low: int, high: int, target: bool = True) -> str | None:
    """Walk up the dependency tree from the date to the first verb that says its tense; None when the walk leaves
    the date's side of a quotation mark."""
    current, steps = index, 0
    while 0 <= current < len(doc.tokens) and steps < 12:
        tense = _ud_tense_once(doc, current, low, high, target)
        if tense is not None:
            return tense if _same_voice(doc, current, index) else None
        current, steps = doc.tokens[current].head, steps + 1
    return None


def _ud_tense_once(doc: Document, j: int, low: int, high: int, target: bool) -> str | None:
    """`_ud_tense`, memoized (it walks the sentence for the auxiliaries of a verb)."""
    return _memoized(doc, ("ud", j, low, high, target), lambda: _ud_tense(doc, j, low, high, target))


def _plans(lemma: str, target: bool) -> bool:
    """True for a verb of plan, and for a verb that moves a date or appoints when the date is where it moves it to
    (`target`: "перенесли на 15 марта", "назначил на 12 апреля", not "в сентябре отложил", "в апреле назначил
    генсека президентом": `TARGET_ONLY_PLANS`)."""
    return lemma in FUTURE_LEMMAS and (target or lemma not in TARGET_ONLY_PLANS)


SET_TIME_NOUNS = frozenset(("срок", "дата", "день", "время"))  # "назначен крайний срок - через семь дней"
SET_TIME_REACH = 3  # words after the verb where the time it sets is named


def _plans_at(doc: Document, j: int, lemma: str, target: bool) -> bool:
    """`_plans` for verb j: a verb of `TARGET_ONLY_PLANS` sets a day without a target preposition too when a noun of
    time follows it ("назначил дату", "назначен крайний срок - через семь дней") or a happening it schedules stands
    beside it ("Суд назначил рассмотрение дела 15 июня", "Следующее заседание назначено 15 июня")."""
    return _plans(lemma, target or (lemma in TARGET_ONLY_PLANS and (_sets_a_time(doc, j) or _schedules(doc, j))))


def _sets_a_time(doc: Document, j: int) -> bool:
    """True when a noun of time (`SET_TIME_NOUNS`) stands within SET_TIME_REACH words after token j."""
    return any(_lemma(doc, k) in SET_TIME_NOUNS for k in _reach(doc, j, range(j + 1, j + 1 + SET_TIME_REACH)))


def _schedules(doc: Document, j: int) -> bool:
    """True when a noun of a scheduled happening (`SCHEDULED_NOUNS`: a sitting, a hearing, a meeting, a vote) stands
    within SET_TIME_REACH words on either side of token j: what the verb sets a day for, not an office or a measure
    ("назначил генсека президентом", "назначил им меру пресечения")."""
    words = range(j - SET_TIME_REACH, j + 1 + SET_TIME_REACH)
    return any(_lemma(doc, k) in SCHEDULED_NOUNS for k in _reach(doc, j, words) if k != j)


def _reach(doc: Document, j: int, words: range) -> list[int]:
    """The tokens of `words` inside the document and in the sentence of token j."""
    return [k for k in words if 0 <= k < len(doc.tokens) and doc.tokens[k].sentence == doc.tokens[j].sentence]


def _ud_tense(doc: Document, j: int, low: int, high: int, target: bool = True) -> str | None:
    """The tense verb j (slovnet's UD tags) gives its clause, or None when token j is no verb; `target`: the date
    stands after "на"/"до"/"по" (see `_plans`)."""
    token = doc.tokens[j]
    word = token.text.lower()
    if (token.pos not in ("VERB", "AUX") and word not in MODAL_WORDS) or word in DISCOURSE_VERBS:
        return None
    if token.lemma in FUTURE_LEMMAS and _past_aux(doc, j, low, high):
        return UNKNOWN  # "встреча, которая была назначена на 20 февраля": a plan told in the past, no direction
    if _modal_told_in_past(doc, j):
        return UNKNOWN  # "матч должен был состояться 10 октября": a plan told in the past
    if _plans_at(doc, j, token.lemma, target) or word in FUTURE_AUX or word in MODAL_WORDS:
        return FUTURE
    if any(doc.tokens[k].head == j and doc.tokens[k].text.lower() in FUTURE_AUX for k in range(low, high)):
        return FUTURE
    if future_aux_before(doc, j, low):
        return FUTURE
    return _ud_form_tense(doc, j)


FUTURE_AUX_REACH = 2  # words before a participle or infinitive where its "будет" stands ("будет полностью закрыт")


def future_aux_before(doc: Document, j: int, low: int) -> bool:
    """True for a participle or infinitive right after "будет/будут" in its clause, whatever the parser hung the
    auxiliary on ("заявили, что строительство будет приостановлено 15 июня: после заморозки будут проведены …",
    where "будет" went to the later "проведены"): the analytic future is the word order's, as `_past_aux` reads a
    past "был" just before a verb."""
    if doc.tokens[j].feats.get("VerbForm") not in ("Part", "Inf"):
        return False
    for k in range(j - 1, max(low, j - 1 - FUTURE_AUX_REACH) - 1, -1):
        word = doc.tokens[k].text.lower()
        if word in CLAUSE_MARKS:
            return False
        if word in FUTURE_AUX:
            return doc.tokens[k].head != j
    return False


def _ud_form_tense(doc: Document, j: int) -> str | None:
    """The tense of verb j by its form: an infinitive or participle under a present plan or modal verb is future
    ("может быть принят"), without one of unknown tense; a finite verb has its own Tense."""
    token = doc.tokens[j]
    head = doc.tokens[token.head] if 0 <= token.head < len(doc.tokens) else None
    planned = head is not None and head.feats.get("Tense") != "Past" \
        and (head.lemma in FUTURE_LEMMAS | MODAL_LEMMAS or head.text.lower() in MODAL_WORDS)
    if planned and _modal_told_in_past(doc, token.head):
        return UNKNOWN  # "должен был состояться": a plan told in the past
    form = token.feats.get("VerbForm")
    if form == "Conv":
        return None  # "Выступая в конце августа, Трамп заявил": a converb takes the tense of the verb it serves
    if form == "Inf":
        return FUTURE if planned or _future_governor(head) else UNKNOWN
    if form == "Part" and planned:
        return FUTURE
    tense = UD_TENSES.get(token.feats.get("Tense", ""))
    return FUTURE if tense == PRESENT and token.lemma in MODAL_LEMMAS else tense


def _future_governor(head: Any) -> bool:
    """True for a finite future verb an infinitive depends on ("прекратит печатать с нового года", "начнут выпускать
    в марте"): the act it governs lies ahead with it."""
    return head is not None and head.feats.get("VerbForm") == "Fin" and head.feats.get("Tense") == "Fut"


def _modal_told_in_past(doc: Document, j: int) -> bool:
    """True when word j is a modal word followed by a past "был/была/было/были" ("должен был состояться")."""
    return doc.tokens[j].text.lower() in MODAL_WORDS and word_in_sentence(doc, j + 1, j) in PAST_AUX


def _past_aux(doc: Document, j: int, low: int, high: int) -> bool:
    """True when a past "был/была/было/были" serves verb j (as its dependent, or just before it)."""
    if any(doc.tokens[k].head == j and doc.tokens[k].text.lower() in PAST_AUX for k in range(low, high)):
        return True
    return any(doc.tokens[k].text.lower() in PAST_AUX for k in range(max(low, j - 2), j))


def _pymorphy_tense(doc: Document, j: int, low: int, high: int, target: bool = True) -> str | None:
    """The tense word j (read with pymorphy3) gives its clause, or None when it is no verb (`target`: see
    `_plans`)."""
    word = doc.tokens[j].text.lower()
    if not word.isalpha() or word in DISCOURSE_VERBS:
        return None
    if _modal_told_in_past(doc, j):
        return UNKNOWN  # "матч должен был состояться 10 октября": a plan told in the past
    if word in FUTURE_AUX or word in MODAL_WORDS:
        return FUTURE
    parse = best_parse(word)
    if parse.tag.POS not in ("VERB", "PRTS", "INFN"):
        return None
    before = [doc.tokens[k].text.lower() for k in range(max(low, j - 3), j)]
    if parse.normal_form in FUTURE_LEMMAS and any(w in PAST_AUX for w in before):
        return UNKNOWN  # "была назначена на 20 февраля": a plan told in the past, no direction
    if _plans_at(doc, j, parse.normal_form, target) or any(w in FUTURE_AUX for w in before):
        return FUTURE
    return _pymorphy_form_tense(parse, before)


def _pymorphy_form_tense(parse: Any, before: list[str]) -> str | None:
    """The tense of a verb by its form, given the up to three words before it (see `_ud_form_tense`)."""
    if parse.tag.POS == "INFN":
        return _pymorphy_infinitive_tense(before)
    if parse.tag.POS == "PRTS":
        modal = any(w in MODAL_WORDS for w in before) and not any(w in PAST_AUX for w in before)
        return FUTURE if modal else PAST  # "может быть принят", not "должен был быть принят"
    tense = PYMORPHY_TENSES.get(parse.tag.tense or "")
    return FUTURE if tense == PRESENT and parse.normal_form in MODAL_LEMMAS else tense


def _pymorphy_infinitive_tense(before: list[str]) -> str:
    """An infinitive is future under a plan or modal verb not in the past, or under a future verb ("прекратит
    печатать": `_future_governor`), the word before it; of unknown tense otherwise."""
    governor = best_parse(before[-1]) if before and before[-1].isalpha() else None
    if governor is None or governor.tag.tense == "past":
        return UNKNOWN
    planned = governor.normal_form in FUTURE_LEMMAS | MODAL_LEMMAS or governor.tag.tense == "futr"
    return FUTURE if planned else UNKNOWN


SUBORDINATORS = frozenset(("что", "чтобы", "будто"))


def reported_in_past(doc: Document, index: int) -> bool:
    """True when the date at token `index` stands in a clause reported by a past verb before it: "министр заявил,
    что закон вступит в силу 1 января 2025 года" (a future told as it was then, not a plan of the writing day)."""
    sentence = doc.sentences[doc.tokens[index].sentence]
    link = next((j for j in range(index - 1, sentence.token_start - 1, -1)
                 if doc.tokens[j].text.lower() in SUBORDINATORS), None)
    return link is not None and any(_past_verb(doc, j) for j in range(sentence.token_start, link))


def _past_verb(doc: Document, j: int) -> bool:
    token = doc.tokens[j]
    if token.pos:
        return token.pos in ("VERB", "AUX") and token.feats.get("Tense") == "Past"
    word = token.text.lower()
    if not word.isalpha():
        return False
    tag = best_parse(word).tag
    return tag.POS == "VERB" and tag.tense == "past"

