"""Direct speech: quoted passages attributed after ("«…», — сказал X"), before ("X заявил: «…»"), split
("«A, — сказал он. — B»"), continued, listed, named ("назвал … «…»"), standalone, and dash-dialogue lines."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import accumulate

from pipeline.lang.fold import WORD, fold
from pipeline.lang.grammemes import PROPER_NAME_GRAMMEMES
from pipeline.lang.lexicon import (
    FIRST_PERSON_PLURAL,
    FIRST_PERSON_SINGULAR,
    PRESS_PARTY_NOUNS,
    SPEECH_NOUNS,
    THIRD_PERSON_POSSESSIVES,
)
from pipeline.lang.marks import (
    ALL_DASHES,
    ANY,
    CLOSING_QUOTE_MARKS,
    LONG,
    LONG_DASHES,
    OPENING_QUOTE_MARKS,
    QUOTE_MARKS,
    SPACE,
    Quoted,
    has_quote_mark,
    is_dash,
)
from pipeline.morphology import parses
from pipeline.quotes.clauses import TITLE_WORDS, embedded_quotation, phrase_noun, short_quoted_name, trim_span
from pipeline.quotes.context import Candidate, Context, per_document
from pipeline.quotes.descriptions import can_speak
from pipeline.quotes.dialogues import (
    continued_answers,
    direct_answer_carried,
    gap_paragraphs,
    interview_carried,
    interview_turn,
    interview_turns,
    opens_with_question,
    turn_interview,
)
from pipeline.quotes.lexicon import (
    BELIEF_PREDICATES,
    CONSIDER_VERBS,
    CONVERSATION_NOUNS,
    CONVERSATION_VERBS,
    DIRECT_ONLY_VERBS,
    IMPERSONAL_VERBS,
    INTERVIEW_NOUNS,
    NAMING_VERBS,
    OUTLET_VERBS,
    QUESTION_NOUNS,
    QUOTING_VERBS,
    SAY_VERBS,
    SIGN_NOUNS,
)
from pipeline.quotes.speakers import column_author, label_named_next
from pipeline.quotes.subjects import can_be_nominative, find_subject
from pipeline.rules import rejected, rule

AFTER_GAP = re.compile(rf"[,.!?…]*{SPACE}*(?:{ANY}{{1,2}}{SPACE}*)?")
BEFORE_COLON = re.compile(rf":{SPACE}*(?:{ANY}{{1,2}}{SPACE}*)?$")
# "«A», «B»", "«A», а также «B»", "«A» и «B»": a comma, a conjunction, or both
LIST_GAP = re.compile(rf"^{SPACE}*(?:,{SPACE}*(?:(?:а также|и){SPACE}+)?|(?:а также|и){SPACE}+)$")
CONTINUATION_GAP = re.compile(rf"^{SPACE}*[.,:]?{SPACE}*(?:{ANY}{{1,2}})?{SPACE}*$")
# a spaced hyphen counts as the dash after a comma or a stop ("A, - сказал он. - B"), as typed in many newsrooms
# a short quoted name may stand in the attribution ("- сказал Мутко в интервью РИА "Новости". - B")
OPENERS = re.escape("".join(sorted(OPENING_QUOTE_MARKS)))
CLOSERS = re.escape("".join(sorted(CLOSING_QUOTE_MARKS)))
QUOTED_NAME = rf"[{OPENERS}][^{QUOTE_MARKS}\n]{{1,40}}[{CLOSERS}]"  # a short quoted segment, marks included
# the period before the second dash may be missing: "«A, — заявила тогда X — Меня …»", a long dash and a capital
INNER_ATTRIBUTION = re.compile(
    rf"[,.!?…]?{SPACE}+(?:{LONG}|--|-(?<=[,!?…]{SPACE}-)){SPACE}+"
    rf"(?P<attr>(?:[^{LONG_DASHES}{QUOTE_MARKS}\n]|{QUOTED_NAME}){{2,90}}?)"
    rf"(?:{SPACE}*[,.:]{SPACE}+(?:{LONG}|--|-)|{SPACE}+{LONG}(?={SPACE}+[А-ЯЁA-Z])){SPACE}+")
NAME_IN_ATTRIBUTION = re.compile(QUOTED_NAME)  # the same segments, found one by one in an attribution
DASH_LINE = re.compile(rf"^{SPACE}*(?:{ANY}|--){SPACE}+", re.MULTILINE)
# the same in a dialogue line ("- A, - объяснила она.")
LINE_ATTRIBUTION = re.compile(rf"(?P<sep>[,!?….]?){SPACE}+(?:{LONG}|--|-(?<=[,!?…]{SPACE}-)){SPACE}+")
SENTENCE_BREAK = frozenset(".!?…")
AFTER_QUOTE_COORDINATORS = frozenset({"и", "а", "но", "однако"})


@dataclass
class Attribution:
    """A cue found next to a quotation: its verb token, how to find the speaker, where its clause ends."""

    cue_token: int | None
    mode: str
    end: int
    source: int | None = None
    rule: str = ""


def _attributing(ctx: Context, index: int) -> bool:
    """A speech verb (or an impersonal or direct-only cue) that can attribute a quotation next to it."""
    lemma = ctx.lemma(index)
    belief = lemma in BELIEF_PREDICATES and ctx.feats(index).get("Variant") == "Short"  # "«…», — убежден X"
    if not (lemma in SAY_VERBS or lemma in IMPERSONAL_VERBS or lemma in DIRECT_ONLY_VERBS or belief
            or phrase_noun(ctx, index, len(ctx.tokens), reach=2) is not None):  # "«…», — сделал вывод X"
        return False
    return ctx.tokens[index].pos in ("VERB", "AUX", "ADJ") or _mistagged_verb(ctx, index)


def _mistagged_verb(ctx: Context, index: int) -> bool:
    """A rare speech verb the tagger took for a noun ("— твитнул Салливан"): a finite past form by pymorphy3."""
    token = ctx.tokens[index]
    return token.pos == "NOUN" and any(reading.tag.POS == "VERB" and "past" in reading.tag
                                       for reading in parses(token.text.lower()))


def _clause_stop(ctx: Context, first: int) -> int:
    """Offset where an attribution clause that starts at token `first` ends."""
    _, limit = ctx.sentence_range(first)
    for index in range(first, limit):
        text = ctx.tokens[index].text
        stop = text in (".", "!", "?", "…", ";", ":") or is_dash(text, hyphen=False)
        quoted = ctx.quoted_opening_at(ctx.tokens[index].start)
        if quoted is not None and short_quoted_name(ctx.doc.text[quoted.start : quoted.end]):
            quoted = None  # "партнер ООО «Легес Бюро» X": a name in the attribution, not a quotation after it
        if stop or quoted is not None:
            return ctx.tokens[index].start
    return ctx.tokens[limit - 1].end


def _mode_of(ctx: Context, verb: int) -> str:
    return "object" if ctx.lemma(verb) in QUOTING_VERBS else "subject"


def attribution_after(ctx: Context, close: int) -> Attribution | None:
    """"…», — сказал X" / "…», говорится в …": a cue verb among the first words after the closing mark."""
    text = ctx.doc.text
    gap = AFTER_GAP.match(text, close + 1)
    if gap is None or not any(char in gap.group(0) for char in "," + ALL_DASHES):
        return None
    first = ctx.token_at(gap.end())
    for index in range(first, min(first + 3, len(ctx.tokens))):
        token = ctx.tokens[index]
        if not ctx.is_word(index) or "\n" in text[close:token.start] or ctx.word(index) in AFTER_QUOTE_COORDINATORS:
            return None  # "…», и попросил ...": a verb coordinated with the clause before, no attribution
        if _attributing(ctx, index):
            return Attribution(index, _mode_of(ctx, index), _clause_stop(ctx, index + 1))
    return None


def _noun_source(ctx: Context, noun: int) -> tuple[int | None, int | None]:
    """For "слова X:", "требования, выдвигаемые X:", "выступил с заявлением:": (source token, verb token); "его
    слова:" (a third-person possessive the parse hangs on the noun as a determiner) names its owner as "слова X" does:
    "В журнале приводятся его слова: «…»" is his, not the impersonal verb's nobody's."""
    for child in ctx.kids(noun, "nmod"):
        if ctx.feats(child).get("Case") == "Gen" and ctx.tokens[child].pos in ("NOUN", "PROPN", "PRON"):
            return child, None
    for child in ctx.kids(noun, "det", "nmod:poss"):
        if child < noun and fold(ctx.word(child)) in THIRD_PERSON_POSSESSIVES:
            return child, None
    for child in ctx.kids(noun, "acl", "amod"):
        for agent in ctx.kids(child, "obl"):
            if ctx.feats(agent).get("Case") == "Ins":
                return agent, None
    head = ctx.tokens[noun].head
    if head >= 0 and ctx.tokens[head].pos in ("VERB", "AUX"):
        return None, head
    return None, None


@dataclass(frozen=True, slots=True)
class ColonClause:
    """The clause before a colon that opens a quotation: its first token and the colon's."""

    first: int
    colon: int


def _colon_clause(ctx: Context, quote: Quoted) -> ColonClause | None:
    """The clause that ends in the colon before the quotation ("X заявил: «…»"), or None."""
    text = ctx.doc.text
    line_start = text.rfind("\n", 0, quote.open) + 1
    if not BEFORE_COLON.search(text, line_start, quote.open) and not _colon_paragraph_before(text, quote):
        return None
    colon = ctx.token_before(quote.open)
    while colon >= 0 and ctx.tokens[colon].text != ":":
        colon -= 1
    if colon < 0:
        return None
    start, _ = ctx.sentence_range(colon)
    first = start
    index = colon - 1
    while index >= start:
        title = _title_closing(ctx, index, start)
        if title is not None:
            index = title - 1  # "знакомый по фильму «Когда Гарри встретил Салли»: «…»": a title inside the clause
            continue
        if ctx.tokens[index].text in CLOSING_QUOTE_MARKS | {".", "!", "?", ";"}:
            first = index + 1
            break
        index -= 1
    return ColonClause(first, colon)


def _title_closing(ctx: Context, index: int, start: int) -> int | None:
    """The token of the opening mark, when token `index` closes a quoted name or title that opens within the
    sentence from `start` (an NER mention or a document title covers it: `_is_entity_name`); None otherwise. Such
    a segment is part of the clause, not the end of an earlier quotation."""
    if ctx.tokens[index].text not in CLOSING_QUOTE_MARKS:
        return None
    quoted = ctx.quoted_at(ctx.tokens[index].start - 1)
    if quoted is None or quoted.close != ctx.tokens[index].start or quoted.open < ctx.tokens[start].start:
        return None
    return ctx.token_at(quoted.open) if _is_entity_name(ctx, quoted) or _inline_title(ctx, quoted) else None


def _inline_title(ctx: Context, quoted: Quoted) -> bool:
    """A short quoted segment inside running text, after a word and with no attribution dash after it ("по фильму
    «Когда Гарри встретил Салли»:"): a title, not a quotation of its own."""
    text = ctx.doc.text
    before = text[max(0, quoted.open - 2):quoted.open].strip()
    after = text[quoted.close + 1:quoted.close + 4].lstrip(" ,")
    return _content_words(text, quoted) <= TITLE_WORDS and bool(before) and before[-1].isalpha() \
        and not (after and is_dash(after[0]))


def _infinitive_cue(ctx: Context, clause: ColonClause, index: int) -> bool:
    """"считает, что говорить рано: «…»": a speech infinitive inside a что-clause is a fallback cue only."""
    return _attributing(ctx, index) and ctx.feats(index).get("VerbForm") == "Inf" \
        and any(ctx.word(i) in ("что", "чтобы") for i in range(clause.first, index))


@rule("quotes")
def direct_colon_question(ctx: Context, quote: Quoted, clause: ColonClause, index: int) -> Attribution | None:
    """Россияне отвечали на вопрос: «Вы одобряете …?»: the quotation after "на вопрос:" is the question's text, not
    the answerer's words: its speaker is the question's owner ("на вопрос журналиста:"), else none."""
    if ctx.lemma(index) not in QUESTION_NOUNS or ctx.tokens[index].pos != "NOUN" \
            or "на" not in (ctx.word(c) for c in ctx.kids(index, "case")) \
            or not ctx.doc.text[quote.open + 1 : quote.close].rstrip().endswith("?") \
            or not set(range(index + 1, clause.colon)) <= set(ctx.subtree(index)):
        return None  # the noun's phrase ends at the colon ("на вопрос журналиста:")
    asker = next((child for child in ctx.kids(index, "nmod") if ctx.feats(child).get("Case") == "Gen"
                  and _can_answer(ctx, child)), None)
    return Attribution(None, "subject" if asker is not None else "none", quote.open, asker,
                       direct_colon_question.__name__)


@rule("quotes")
def direct_colon(ctx: Context, quote: Quoted, clause: ColonClause, index: int) -> Attribution | None:
    """X заявил: «…»: a speech verb in the clause before the colon (the one nearest the colon)."""
    if not _attributing(ctx, index) or _infinitive_cue(ctx, clause, index):
        return None
    return Attribution(index, _mode_of(ctx, index), quote.open, rule=direct_colon.__name__)


@rule("quotes")
def direct_colon_noun(ctx: Context, quote: Quoted, clause: ColonClause, index: int) -> Attribution | None:
    """Слова X: «…» / выступил с заявлением: «…»: a speech noun before the colon, its owner or its verb the source."""
    if ctx.lemma(index) not in SPEECH_NOUNS or ctx.tokens[index].pos != "NOUN":
        return None
    source, verb = _noun_source(ctx, index)
    if source is not None:
        return Attribution(index, "subject", quote.open, source, direct_colon_noun.__name__)
    if verb is not None:
        return Attribution(verb, "subject", quote.open, rule=direct_colon_noun.__name__)
    return None


@rule("quotes")
def direct_colon_infinitive(ctx: Context, quote: Quoted, clause: ColonClause) -> Attribution | None:
    """Считает, что говорить рано: «…»: no finite cue before the colon, a speech infinitive in a что-clause."""
    for index in range(clause.colon - 1, clause.first - 1, -1):
        if _infinitive_cue(ctx, clause, index):
            return Attribution(index, _mode_of(ctx, index), quote.open, _main_subject(ctx, clause, index),
                               direct_colon_infinitive.__name__)
    return None


def _main_subject(ctx: Context, clause: ColonClause, infinitive: int) -> int | None:
    """The subject of the main clause's verb before the "что" that holds the infinitive ("Директор решил, что пора
    заявить: «…»" -> "Директор"): who is to say it; the parse often hangs the infinitive on a predicative ("пора")."""
    that = max(i for i in range(clause.first, infinitive) if ctx.word(i) in ("что", "чтобы"))
    verbs = [i for i in range(clause.first, that) if ctx.is_finite(i)]
    return find_subject(ctx, verbs[-1]) if verbs else None


@rule("quotes")
def direct_colon_subject(ctx: Context, quote: Quoted, clause: ColonClause) -> Attribution | None:
    """Сам X оказался дипломатичнее: «…»: no cue before the colon, a person as the clause's subject."""
    if clause.first >= clause.colon or _content_words(ctx.doc.text, quote) < 2:
        return None
    person = _person_subject(ctx, clause.first, clause.colon)
    if person is None:
        return None
    return Attribution(None, "subject", quote.open, person, direct_colon_subject.__name__)


@rule("quotes")
def direct_colon_speaker(ctx: Context, quote: Quoted, clause: ColonClause) -> Attribution | None:
    """Друг актера прервал молчание: «…» / Bild вышла с заголовком: «…»: no cue before the colon, and the clause's
    subject names no person by name but can name a source (`can_speak`: a person noun, a body, an outlet's name):
    the words are that subject's, not those of the speaker quoted before (what direct_colon_context would give)."""
    if clause.first >= clause.colon or _content_words(ctx.doc.text, quote) < 2 \
            or _sign_before(ctx, clause.first, clause.colon) or _listed(ctx.doc.text, quote):
        return None
    subject = _speaking_subject(ctx, clause.first, clause.colon)
    if subject is None:
        return None
    if _writer_owned(ctx, clause.first, clause.colon):  # "У меня сосед голосовал: «…»": his, but he has no name
        return Attribution(None, "none", quote.open, rule=direct_colon_speaker.__name__)
    return Attribution(None, "subject", quote.open, subject, direct_colon_speaker.__name__)


def _listed(text: str, quote: Quoted) -> bool:
    """The quotation is the first item of a list the colon opens ("представители организаций: «Международной
    организации по борьбе с пытками», (Швейцария), Amnesty International, …"): a comma after the closing mark and
    then another item (a quoted or capitalized name, a bracket), not a quotation's attribution ("…», — сказал")."""
    after = text[quote.close + 1 :].lstrip(" \t")
    if not after.startswith(","):
        return False
    item = after[1:].lstrip(" \t")[:1]
    return bool(item) and (item in OPENING_QUOTE_MARKS or item == "(" or item.isupper())


def _writer_owned(ctx: Context, first: int, colon: int) -> bool:
    """The clause introduces its subject through the writer with the possessor "у меня"/"у нас" ("У меня сосед
    когда-то голосовал: «…»", "У нас в подъезде одна соседка говорит так: «…»"): someone new whom only the writer
    knows, not a person of the story, whom `describe` would resolve the bare noun to ("мой сосед" stays bare there)."""
    return any(fold(ctx.word(index)) == "у" and fold(ctx.word(index + 1)) in FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL
               for index in range(first, colon - 1))


def _speaking_subject(ctx: Context, first: int, colon: int) -> int | None:
    """The subject of the main verb of the clause before the colon (a verb whose own head lies outside the clause)
    when it is a noun or a name in the nominative that can speak ("опрашиваемым задавали вопрос:" is whom it was
    asked, however the parse hangs it); a pronoun is `_person_subject`'s ("он", "она") or nobody's. A
    subject in quotation marks right before the clause ("«Полковник» отбирает сотовый:", where the clause starts
    after the closing mark) counts when the marks hold a short name, not a quotation."""
    for verb in range(first, colon):
        if ctx.tokens[verb].pos not in ("VERB", "AUX") or first <= ctx.tokens[verb].head < colon:
            continue
        for index in ctx.kids(verb, "nsubj"):
            if index < colon and ctx.tokens[index].pos in ("NOUN", "PROPN") and can_speak(ctx, index) \
                    and can_be_nominative(ctx, index) \
                    and (index >= first or _quoted_name_before(ctx, index, first)):
                return index
    return None


def _quoted_name_before(ctx: Context, index: int, first: int) -> bool:
    """Token `index` stands inside a short quoted name whose closing mark ends right before token `first`."""
    quoted = ctx.quoted_at(ctx.tokens[index].start)
    text = ctx.doc.text
    return quoted is not None and short_quoted_name(text[quoted.start : quoted.close]) \
        and not text[quoted.close + 1 : ctx.tokens[first].start].strip()


@rule("quotes")
def direct_colon_context(ctx: Context, quote: Quoted, clause: ColonClause) -> Attribution | None:
    """Заявление звучало так: «…»: no cue and no person before the colon; the speaker comes from the context."""
    if clause.first >= clause.colon or _content_words(ctx.doc.text, quote) < 2:
        return None
    if _sign_before(ctx, clause.first, clause.colon):
        return None  # "где высветится большая надпись: «…»": a sign's words, nobody's speech
    named = _person_named(ctx, clause.first, clause.colon)
    if named is not None:  # "твит певицы Рианны: «…»": hers, not the speaker quoted before
        return Attribution(None, "subject", quote.open, named, direct_colon_context.__name__)
    if _unnamed_person_label(ctx, clause.first, clause.colon):
        label = next(index for index in range(clause.first, clause.colon) if ctx.is_word(index))
        if label_named_next(ctx, label) is not None:  # "Очевидец: «…»" and the paragraph after it names him
            return Attribution(None, "subject", quote.open, label, direct_colon_context.__name__)
        return Attribution(None, "none", quote.open, rule=direct_colon_context.__name__)
    return Attribution(None, "inherit", quote.open, rule=direct_colon_context.__name__)


def _person_named(ctx: Context, first: int, colon: int) -> int | None:
    """The head token of the person the clause before the colon names by name, when it is no subject ("твит
    певицы Рианны:", "Ностальгия осталась и у жительницы Юллы:"): the words are that person's, not those of the
    speaker quoted before. Only a name with no other person noun above it other than its own title right before
    it ("помощница принца Чарльза:" is the aide's, not Charles's); the one nearest the root when there are
    several."""
    found: list[tuple[int, int]] = []
    for index in range(first, colon):
        mention = ctx.mention_of_token.get(index)
        if mention is None or ctx.doc.entities[mention[0]].kind_of(mention[1]) != "name" \
                or ctx.doc.entities[mention[0]].type != "PER":
            continue
        head = ctx.tokens[index].head
        if first <= head < colon and ctx.mention_of_token.get(head) == mention:
            continue  # not the mention's head word
        above = _ancestors_within(ctx, index, first, colon)
        title = ctx.token_at(mention[1].start) - 1
        if any(_person_word(ctx, node) for node in above if node != title):
            return None
        found.append((len(above), index))
    return min(found)[1] if found else None


def _unnamed_person_label(ctx: Context, first: int, colon: int) -> bool:
    """The clause before the colon opens with a person noun and holds no verb ("- Помощница принца Чарльза:
    «…»"): a label naming an unnamed source, never the speaker quoted before."""
    words = [index for index in range(first, colon) if ctx.is_word(index)]
    return bool(words) and _person_word(ctx, words[0]) and not any(ctx.is_finite(index) for index in words)


def _person_word(ctx: Context, index: int) -> bool:
    """A common noun for a person, also one the tagger took for a name ("Помощница" capitalized as a label):
    every pymorphy3 reading an animate noun that is no name."""
    token = ctx.tokens[index]
    if token.pos not in ("NOUN", "PROPN") or index in ctx.mention_of_token:
        return False
    readings = parses(token.text.lower())
    return bool(readings) and all(r.tag.POS == "NOUN" and "anim" in r.tag
                                  and not PROPER_NAME_GRAMMEMES & r.tag.grammemes for r in readings)


def _ancestors_within(ctx: Context, index: int, first: int, colon: int) -> list[int]:
    """The tokens above `index` in the parse, as far as they stay inside the clause [first, colon)."""
    found: list[int] = []
    node = ctx.tokens[index].head
    while first <= node < colon and node not in found:
        found.append(node)
        node = ctx.tokens[node].head
    return found


def _sign_before(ctx: Context, first: int, colon: int) -> bool:
    """The clause before the colon names a written sign (SIGN_NOUNS: "высветится надпись", "на плакате
    написано"): what follows is the sign's text."""
    return any(ctx.lemma(index) in SIGN_NOUNS for index in range(first, colon))


# At each word before the colon, nearest first; then, when none took a word, the clause as a whole.
COLON_WORD_RULES = (direct_colon_question, direct_colon, direct_colon_noun)
COLON_CLAUSE_RULES = (direct_colon_infinitive, direct_colon_subject, direct_colon_speaker, direct_colon_context)


def attribution_before(ctx: Context, quote: Quoted) -> Attribution | None:
    """"X заявил: «…»", "Слова X: «…»": the cue of the clause before a colon; no cue -> inherit a speaker."""
    clause = _colon_clause(ctx, quote)
    if clause is None:
        return None
    for index in range(clause.colon - 1, clause.first - 1, -1):
        for each in COLON_WORD_RULES:
            found = each(ctx, quote, clause, index)
            if found is not None:
                return found
    for each in COLON_CLAUSE_RULES:
        found = each(ctx, quote, clause)
        if found is not None:
            return found
    return None


def _colon_paragraph_before(text: str, quote: Quoted) -> bool:
    """"… заявление звучало так:⏎⏎«…»": a quotation that opens its paragraph right after a paragraph ending in a
    colon (at most one blank line between)."""
    before = text[: quote.open]
    stripped = before.rstrip()
    gap = before[len(stripped) :]
    return stripped.endswith(":") and "\n" in gap and gap.count("\n") <= 2 and not gap.strip()


def _person_subject(ctx: Context, first: int, colon: int) -> int | None:
    """"Сам X оказался более дипломатичным: «…»": the subject of the clause before the colon when it names
    a person (`_names_person`); "… пришло от CNN: «…»": the name after "от" right before the colon."""
    for index in range(first, colon):
        if ctx.tokens[index].rel.startswith("nsubj") and _names_person(ctx, index, first, colon):
            return index
    if colon - 1 > first and ctx.word(colon - 2) == "от" and colon - 1 in ctx.mention_of_token:
        return colon - 1  # "Важное уточнение пришло от CNN: «…»": the source the words came from
    return None


def _names_person(ctx: Context, index: int, first: int, colon: int) -> bool:
    """The subject names a person: by name, or as a person noun with the name in apposition ("Адвокат семьи
    Немцова Вадим Прохоров оказался недоволен:")."""
    if index in ctx.mention_of_token:
        return ctx.entity_type_at(index) == "PER"
    if ctx.tokens[index].pos == "PRON" and ctx.word(index) in ("он", "она"):
        return True  # "Он похвалил гостей за смелость: «…»": whom "он" refers to, not the speaker quoted before
    return _person_word(ctx, index) and any(
        first <= child < colon and ctx.entity_type_at(child) == "PER" for child in ctx.kids(index, "appos"))


def _content_words(text: str, quote: Quoted) -> int:
    return len(WORD.findall(text, quote.start, quote.end))


def _is_entity_name(ctx: Context, quote: Quoted) -> bool:
    """A quoted name: an NER mention covers the quoted content, or the title of a document ("«О санкциях за
    вмешательство в выборы»": "О/Об" and a noun phrase, no verb)."""
    starts, furthest = _ner_reach(ctx)
    reach = bisect_right(starts, quote.start + 1)
    if reach > 0 and furthest[reach - 1] >= quote.end - 1:
        return True
    words = WORD.findall(ctx.doc.text, quote.start, quote.end)
    if not words or words[0] not in ("О", "Об", "Обо"):
        return False
    first, last = ctx.token_at(quote.start), ctx.token_at(quote.end)
    return not any(ctx.tokens[i].pos in ("VERB", "AUX") for i in range(first, min(last, len(ctx.tokens))))


@per_document
def _ner_reach(ctx: Context) -> tuple[list[int], list[int]]:
    """The NER mentions' starts, sorted, and for each prefix of them the furthest end."""
    spans = sorted(ctx.doc.ner_spans, key=lambda span: span.start)
    return [span.start for span in spans], list(accumulate((span.end for span in spans), max))


def _sentence_initial(ctx: Context, quote: Quoted) -> bool:
    text = ctx.doc.text
    before = text[text.rfind("\n", 0, quote.open) + 1 : quote.open].rstrip()
    return not before or before[-1] in SENTENCE_BREAK or before[-1] in ":" + ALL_DASHES


def _sentence_final(ctx: Context, quote: Quoted) -> bool:
    text = ctx.doc.text
    after = text[quote.close + 1 : quote.close + 4]
    stripped = after.lstrip(" \t")
    if not stripped or stripped[0] in "\n.!?…":
        return True
    return after[:1].isspace() and (stripped[0].isupper() or stripped[0] in OPENING_QUOTE_MARKS)


def _clause_like(ctx: Context, quote: Quoted) -> bool:
    content = ctx.doc.text[quote.start : quote.end].rstrip()
    if _content_words(ctx.doc.text, quote) >= 4:
        return True
    return bool(content) and content[-1] in "!?…" and _content_words(ctx.doc.text, quote) >= 1


def _candidate(ctx: Context, start: int, end: int, rule: str, attribution: Attribution,
               group: int | None = None) -> Candidate | None:
    start, end = trim_span(ctx.doc.text, start, end)
    if end <= start or not any(char.isalpha() for char in ctx.doc.text[start:end]):
        return None
    cue = lemma = None
    if attribution.cue_token is not None:
        index = attribution.cue_token
        first = index - 1 if index > 0 and ctx.word(index - 1) == "не" else index
        cue, lemma = ctx.span(first, index, "CUE"), ctx.lemma(index)
    return Candidate(start, end, "direct", rule, attribution.cue_token, cue, lemma or "", attribution.source,
                     attribution.mode, group)


@rule("quotes")
def direct_split(ctx: Context, quote: Quoted, group: int) -> list[Candidate]:
    """«A, — сказал он. — B»: a quotation split by its attribution gives A and B, both attributed by the inner cue."""
    text = ctx.doc.text
    position = quote.start
    while (match := INNER_ATTRIBUTION.search(text, position, quote.end)) is not None:
        # a dash inside the quoted words ("семьи — по 500 тысяч, — сказал он. — B") must not hide the attribution
        # after it: a failed match resumes at its attribution, not after it
        position = match.start("attr")
        first = ctx.token_at(match.start("attr"))
        verbs = [i for i in range(first, min(first + 3, len(ctx.tokens)))
                 if ctx.tokens[i].start < match.end("attr") and _attributing(ctx, i)]
        if not verbs or not _names_only(match.group("attr")):
            continue
        attribution = Attribution(verbs[0], _mode_of(ctx, verbs[0]), match.end())
        head_end = match.start()
        while head_end > quote.start and text[head_end - 1] == ",":
            head_end -= 1
        parts = [_candidate(ctx, quote.start, head_end, direct_split.__name__, attribution, group),
                 _candidate(ctx, match.end(), quote.end, direct_split.__name__, attribution, group)]
        return [part for part in parts if part is not None]
    return []


def _names_only(attribution: str) -> bool:
    """Every quoted segment in a split quotation's attribution is a short name ("РИА «Новости»"), no quotation."""
    return all(short_quoted_name(found.group()[1:-1]) for found in NAME_IN_ATTRIBUTION.finditer(attribution))


def _naming_verb(ctx: Context, quote: Quoted) -> Attribution | None:
    """"назвал посещение «в высшей степени достойным сожаления»", "назвал инициативу «избыточным
    регулированием»": a quoted complement of a naming verb, of two words or more; a short one that starts with a
    capital letter is a name given ("назвали компанию «Северный путь»")."""
    words = _content_words(ctx.doc.text, quote)
    if words < 2 or (words < 3 and not ctx.doc.text[quote.start : quote.start + 1].islower()):
        return None
    start, _ = ctx.sentence_range(ctx.token_at(quote.open))
    for index in range(ctx.token_before(quote.open), max(start, ctx.token_before(quote.open) - 12) - 1, -1):
        if ctx.tokens[index].text == "," and ctx.word(index + 1) == "как":
            continue  # "охарактеризовали диалог, как «…»"
        if ctx.word(index) in ("что", "чтобы") or ctx.tokens[index].text in (":", ";", ".", ","):
            return None
        considered = ctx.lemma(index) in CONSIDER_VERBS and _instrumental_start(ctx, quote)  # "считает «агентом …»"
        if (ctx.lemma(index) in NAMING_VERBS or considered) and ctx.tokens[index].pos == "VERB":
            if ctx.feats(index).get("VerbForm") == "Part":
                return None  # "островов, называемых в Японии «северными территориями»": a name in use
            return Attribution(index, "subject", quote.open)
    return None


def _instrumental_start(ctx: Context, quote: Quoted) -> bool:
    """The quotation opens with a word in the instrumental (the complement of "считать X «кем-то»")."""
    first = ctx.token_at(quote.start)
    return first is not None and ctx.feats(first).get("Case") == "Ins"


def direct_candidates(ctx: Context) -> list[Candidate]:
    """Every direct quote among the outermost quoted segments, plus dash-dialogue lines."""
    found: list[Candidate] = []
    previous: tuple[Quoted, Attribution] | None = None
    text = ctx.doc.text
    for group, quote in enumerate(ctx.outer_quoted):
        if not any(char.isalpha() for char in text[quote.start : quote.end]):
            continue
        split = direct_split(ctx, quote, group)
        if split:
            found.extend(split)
            previous = None
            continue
        site = QuoteSite(quote, previous, _is_entity_name(ctx, quote))
        attributed = _attribution_for(ctx, site)
        if attributed is None:
            why = "a name or a title (an NER mention covers it, or it opens with О)" if site.named else \
                "no cue before or after it, and not a sentence of its own"
            rejected("quotes", "quotation", quote.start, quote.end, f"no rule of QUOTATION_RULES attributes it: {why}")
            previous = None
            continue
        attribution, label = attributed
        candidate = _candidate(ctx, quote.start, quote.end, label, attribution, group)
        if candidate is not None:
            found.append(candidate)
        previous = (quote, attribution)
    found.extend(continued_paragraphs(ctx, found))
    found.extend(nested_colon_quotes(ctx))
    found.extend(dash_lines(ctx))
    return found


# a paragraph that opens with a quotation mark (spaces before it allowed)
PARAGRAPH_MARK = re.compile(rf"^{SPACE}*(?P<mark>[{OPENERS}])", re.MULTILINE)
# an attribution dash inside a paragraph ("…, — подчеркнул он. — …"): its own cue, read by the split and trailing rules
OWN_ATTRIBUTION = re.compile(rf"[,.!?…]{SPACE}+(?:{ANY}|--){SPACE}")
ATTRIBUTED_RULES = frozenset({"direct_after", "direct_split"})
ATTRIBUTION_TAIL = 200  # characters: how far an attribution may run after the quotation that ends a paragraph


def continued_paragraphs(ctx: Context, found: list[Candidate]) -> list[Candidate]:
    """The paragraphs direct_paragraph_continued reads as a quotation going on, in text order: each one right after
    a paragraph that ends with an attributed quotation or with another such paragraph, or right after the title line
    of a blog column's page ("Автор: «Заголовок»", `column_author`: the excerpt that opens the column)."""
    text = ctx.doc.text
    paired = {offset for pair in ctx.quoted for offset in (pair.open, pair.close)}
    continued: list[Candidate] = []
    for match in PARAGRAPH_MARK.finditer(text):
        mark = match.start("mark")
        if mark in paired:
            continue
        previous_end = len(text[:mark].rstrip())
        previous_start = text.rfind("\n", 0, previous_end) + 1
        before = [*continued, *(each for each in found if each.rule in ATTRIBUTED_RULES)]
        if not any(previous_start <= each.end <= previous_end and previous_end - each.end <= ATTRIBUTION_TAIL
                   and not has_quote_mark(text, each.end + 1, previous_end) for each in before) \
                and not (previous_start == 0 and column_author(ctx) is not None):
            continue
        candidate = direct_paragraph_continued(ctx, mark, _line_end(text, mark))
        if candidate is not None:
            continued.append(candidate)
    return continued


@rule("quotes")
def direct_paragraph_continued(ctx: Context, mark: int, end: int) -> Candidate | None:
    """«…», — пишет X в Facebook.⏎⏎«Следующий абзац …: a paragraph that opens with a quotation mark left unpaired
    (a quotation of several paragraphs opens each one with a mark and closes only the last), right after a paragraph
    that ends with an attributed quotation, goes on with it: the speaker quoted before. Not a paragraph with an
    attribution dash of its own ("«A, — подчеркнул он. — B"), nor one of fewer than four words (a heading)."""
    text = ctx.doc.text
    if OWN_ATTRIBUTION.search(text, mark, end) or len(WORD.findall(text, mark, end)) < 4:
        return None
    return _candidate(ctx, mark + 1, end, direct_paragraph_continued.__name__, Attribution(None, "inherit", end),
                      -mark - 1)


def nested_colon_quotes(ctx: Context) -> list[Candidate]:
    """Direct speech reported inside a quotation ("«… Но тренер сказал мне: "Беги, как умеешь", — сказала она"): a
    nested quotation that a speech verb and a colon attribute is a quote of its own (QUOTES.md); other nested
    quotations (titles, scare quotes) are left alone."""
    found = []
    outer = {(pair.open, pair.close) for pair in ctx.outer_quoted}
    text = ctx.doc.text
    for pair in ctx.quoted:
        if (pair.open, pair.close) in outer or not any(char.isalpha() for char in text[pair.start : pair.end]):
            continue
        before = attribution_before(ctx, pair)
        if before is None or before.cue_token is None or not before.rule.startswith("direct_colon") \
                or _is_entity_name(ctx, pair):
            continue
        candidate = _candidate(ctx, pair.start, pair.end, before.rule, before, -2 * len(text) - pair.open)
        if candidate is not None:
            found.append(candidate)
    return found


@dataclass(frozen=True, slots=True)
class QuoteSite:
    """A quotation to attribute: the quoted segment, the previous one and its attribution (None after a gap), and
    whether the quotation is a name (an NER mention or a document title) rather than words said."""

    quote: Quoted
    previous: tuple[Quoted, Attribution] | None
    named: bool


Attributed = tuple[Attribution, str]  # an attribution and the label of the rule that gave it


def _outlet_after_colon(ctx: Context, site: QuoteSite) -> Attributed | None:
    """"X заявил: «…», — сообщает ТАСС": X said it; the colon rule that finds X labels the quote."""
    after = attribution_after(ctx, site.quote.close)
    if after is None or after.cue_token is None or ctx.lemma(after.cue_token) not in OUTLET_VERBS:
        return None
    before = attribution_before(ctx, site.quote)
    return (before, before.rule) if before is not None and before.cue_token is not None else None


def _finite_active(ctx: Context, cue: int | None) -> bool:
    """A finite cue that is not a short passive ("подчеркнул", "сообщает", not "сказано в инструкции"): the cues a
    trailing attribution (indirect_trailing) takes."""
    return cue is not None and ctx.is_finite(cue) and ctx.feats(cue).get("Variant") != "Short"


@rule("quotes")
def direct_after(ctx: Context, site: QuoteSite) -> Attributed | None:
    """«…», — сказал X / «…», говорится в …: a cue verb right after the closing mark."""
    after = attribution_after(ctx, site.quote.close)
    if after is None:
        return None
    if _finite_active(ctx, after.cue_token) and embedded_quotation(ctx, site.quote):
        rejected("quotes", direct_after.__name__, site.quote.open, site.quote.close + 1,
                 "embedded: a fragment that goes on from a word of its clause; indirect_trailing takes the clause")
        return None
    if _sentence_initial(ctx, site.quote) or (_content_words(ctx.doc.text, site.quote) >= 4 and not site.named):
        return after, direct_after.__name__
    return None


@rule("quotes")
def direct_list(ctx: Context, site: QuoteSite) -> Attributed | None:
    """X заявил: «A», «B» и «C»: a quotation listed after one that a colon (or a speech noun) attributes."""
    if site.previous is None:
        return None
    prior, attribution = site.previous
    listed = attribution.rule.startswith("direct_colon") or attribution.rule == "direct_speech_noun"
    if LIST_GAP.match(ctx.doc.text[prior.close + 1 : site.quote.open]) and listed:
        return attribution, direct_list.__name__
    return None


@rule("quotes")
def direct_continuation(ctx: Context, site: QuoteSite) -> Attributed | None:
    """«A», — сказал X. «B»: a quotation that follows the previous one's attribution with nothing between."""
    if site.previous is None:
        return None
    _, attribution = site.previous
    gap = ctx.doc.text[attribution.end : site.quote.open]
    if attribution.end <= site.quote.open and CONTINUATION_GAP.match(gap) and gap.strip():
        return attribution, direct_continuation.__name__
    return None


def _colon_before(ctx: Context, site: QuoteSite) -> Attributed | None:
    """The colon rules (COLON_WORD_RULES, COLON_CLAUSE_RULES) label the quote: "X заявил: «…»"."""
    before = attribution_before(ctx, site.quote)
    if before is None or site.named or (before.cue_token is None and not _clause_like(ctx, site.quote)):
        return None
    return before, before.rule


@rule("quotes")
def direct_speech_noun(ctx: Context, site: QuoteSite) -> Attributed | None:
    """Выкрикивал лозунги «…» / произнес фразу «…»: a quotation right after a speech noun that a speech verb takes
    as its object; the verb's subject is the source."""
    if site.named:
        return None
    noun = ctx.token_before(site.quote.open)
    if noun < 1 or ctx.lemma(noun) not in SPEECH_NOUNS or ctx.tokens[noun].pos != "NOUN" \
            or ctx.feats(noun).get("Case") != "Acc":
        return None
    verb = ctx.tokens[noun].head
    if verb < 0 or verb > noun or ctx.tokens[verb].pos != "VERB" or not ctx.is_finite(verb):
        return None
    lemma = ctx.lemma(verb)
    if lemma not in SAY_VERBS and lemma not in DIRECT_ONLY_VERBS:
        return None
    return Attribution(verb, "subject", site.quote.open, rule=direct_speech_noun.__name__), direct_speech_noun.__name__


@rule("quotes")
def direct_named(ctx: Context, site: QuoteSite) -> Attributed | None:
    """Назвал переговоры «трудными и долгими»: a quoted complement of a naming verb, of two words or more."""
    named_by = None if site.named else _naming_verb(ctx, site.quote)
    return (named_by, direct_named.__name__) if named_by is not None else None


@rule("quotes")
def direct_standalone(ctx: Context, site: QuoteSite) -> Attributed | None:
    """A clause-like quotation that is a sentence of its own: the speaker of the quotes before."""
    quote = site.quote
    if site.named or not (_sentence_initial(ctx, quote) and _sentence_final(ctx, quote) and _clause_like(ctx, quote)):
        return None
    clause = _colon_clause(ctx, quote)
    if clause is not None and _sign_before(ctx, clause.first, clause.colon):
        return None  # "где высветится большая надпись: «…»": direct_colon_context's refusal holds here too
    if mid_sentence_dash(ctx.doc.text, quote):
        rejected("quotes", direct_standalone.__name__, quote.open, quote.close + 1,
                 "mid_sentence_dash: the dash before it stands inside a sentence, after a word of it: the "
                 "quotation completes that sentence (part of its own quote, or a name), no sentence of its own")
        return None
    if _heading(ctx.doc.text, quote):
        return None  # a section heading in quotation marks: a headline no one is said to have said (QUOTES.md)
    return Attribution(None, "inherit", quote.close), direct_standalone.__name__


def mid_sentence_dash(text: str, quote: Quoted) -> bool:
    """The quotation follows a dash that stands inside a sentence, right after a word of it on the same line
    ("Макаркин считает, что возвращение маловероятно - «…»", "По мнению МИДа, все перечисленное - «…»", "в проекте
    появляется новая статья - «…»", "16:51 - «…»"): the dash links the quotation to the words before it, so it is no
    sentence of its own that goes on with the speaker quoted before. A dialogue dash opening its line and a dash
    after a sentence's end ("— сказал он. — «…»") are not inside a sentence."""
    line_start = text.rfind("\n", 0, quote.open) + 1
    before = text[line_start : quote.open].rstrip()
    if not before or before[-1] not in ALL_DASHES:
        return False
    words = before.rstrip(ALL_DASHES).rstrip()
    return bool(words) and words[-1].isalnum()


HEADING_WORDS = 8


def _heading(text: str, quote: Quoted) -> bool:
    """A short quotation that is a line of its own between paragraphs, with no sentence mark at its end and no colon
    ending the line before it ("…, — подчеркнул Путин.\n\n«Намерен бороться до конца»\n\nПри этом …"): a section
    heading, not words attributed to the speaker quoted before."""
    line_start = text.rfind("\n", 0, quote.open) + 1
    line_end = text.find("\n", quote.close)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:quote.open].strip() or text[quote.close + 1 : line_end].strip():
        return False
    content = text[quote.start : quote.end].rstrip()
    if not content or content[-1] in ".!?…" or len(WORD.findall(content)) > HEADING_WORDS:
        return False
    before = text[:line_start].rstrip()
    return bool(before) and not before.endswith(":")


# How a quotation is attributed, tried in order.
QUOTATION_RULES: tuple[Callable[[Context, QuoteSite], Attributed | None], ...] = (
    _outlet_after_colon, direct_after, direct_list, direct_continuation, _colon_before, direct_speech_noun,
    direct_named, direct_standalone)


def _attribution_for(ctx: Context, site: QuoteSite) -> Attributed | None:
    for each in QUOTATION_RULES:
        found = each(ctx, site)
        if found is not None:
            return found
    return None


def _line_end(text: str, start: int) -> int:
    """The end of the line at `start`; a line broken inside a sentence (web markup: it ends without a sentence
    mark and the next non-blank line opens in lower case) goes on over the break."""
    while True:
        end = text.find("\n", start)
        if end < 0:
            return len(text)
        following = end
        while following < len(text) and text[following].isspace():
            following += 1
        last = text[start:end].rstrip()
        if following >= len(text) or not text[following].islower() or not last or last[-1] in ".!?…:;" + QUOTE_MARKS:
            return end
        start = following


def dash_lines(ctx: Context) -> list[Candidate]:
    """Dialogue lines: "— A, — сказал он. — B"; in an interview without attributions ("X ответил на вопросы
    корреспондента" and then "— Вопрос?" / "— Ответ."), a question line is the interviewer's (QUOTES.md: a
    question is a quote when its text is given) and the line that answers it the interviewee's."""
    found: list[Candidate] = []
    text = ctx.doc.text
    interview: tuple[int | None, int | None] = (None, None)
    previous_end = -1
    asked = spoke = False  # spoke: the last line was an answer or a line attributed to its speaker
    answer_rule = direct_answer
    turns = interview_turns(ctx)
    found.extend(candidate for candidate in map(partial(interview_turn, ctx), turns) if candidate is not None)
    seed = turn_interview(ctx, turns)  # dash lines that go on with an interview printed as labelled turns
    opening = False  # the first line of an interview the paragraphs before introduce: the interviewer's
    for line in DASH_LINE.finditer(text):
        line_end = _line_end(text, line.end())
        if previous_end < 0 or text[previous_end : line.start()].strip():  # a new dialogue
            named, introduced = _dialogue_parties(ctx, line.start())
            gap = (max(previous_end, 0), line.start())
            if interview[1] is None and seed is not None and seed[1] <= line.start():
                gap, interview = (seed[1], line.start()), seed[0]
            carried = interview_carried(ctx, named, interview, gap)
            if carried is not None and spoke and opens_with_question(text, line.end(), line_end):
                found.extend(continued_answers(ctx, previous_end, line.start()))
            opening = introduced and named != interview
            interview = carried if carried is not None else named
            asked = spoke = False
            answer_rule = (_carried_answer if carried is not None else interview_answer if introduced
                           else direct_answer)
        previous_end = line_end
        block = direct_block(ctx, line)
        if block is not None:
            found.append(block)
            continue
        attributed = direct_dash_line(ctx, line, line_end)
        if attributed:
            found.extend(attributed)
            asked, spoke = False, True
            continue
        question = direct_question(ctx, line.start(), line.end(), line_end, interview[0])
        answer = None
        if question is not None:
            found.append(question)
        elif asked and interview[1] is not None:
            answer = answer_rule(ctx, line, line_end, interview[1])
            if answer is not None:
                found.append(answer)
        # an answer may go on over several lines; an interview opens with the interviewer's line, "?" or not
        asked = question is not None or answer is not None or opening
        spoke, opening = answer is not None, False
    return found


def _carried_answer(ctx: Context, line: re.Match[str], line_end: int, interviewee: int) -> Candidate | None:
    """direct_answer_carried called as dash_lines calls direct_answer (a dialogue line's match)."""
    return direct_answer_carried(ctx, line.end(), line_end, interviewee, -line.start() - 1)


@rule("quotes")
def direct_answer(ctx: Context, line: re.Match[str], line_end: int, interviewee: int) -> Candidate | None:
    """— Ответ.: an unattributed dialogue line right after an interviewer's question is the interviewee's."""
    attribution = Attribution(None, "subject", line_end, interviewee)
    return _candidate(ctx, line.end(), line_end, direct_answer.__name__, attribution, -line.start() - 1)


@rule("quotes")
def interview_answer(ctx: Context, line: re.Match[str], line_end: int, interviewee: int) -> Candidate | None:
    """— Ответ.: in an interview the paragraphs before introduce as a talk with someone ("X поговорил с Y", "Y дал
    интервью": `_introduced_interview`), an unattributed dialogue line after the interviewer's is the
    interviewee's."""
    attribution = Attribution(None, "subject", line_end, interviewee)
    return _candidate(ctx, line.end(), line_end, interview_answer.__name__, attribution, -line.start() - 1)


@rule("quotes")
def direct_block(ctx: Context, line: re.Match[str]) -> Candidate | None:
    """<абзац>,⏎⏎— пишет X.: a paragraph that ends with a comma, attributed by the dash line after it."""
    text = ctx.doc.text
    paragraph_end = line.start()
    while paragraph_end and text[paragraph_end - 1].isspace():  # a walk back, not a copy of the text before
        paragraph_end -= 1
    if paragraph_end == 0 or text[paragraph_end - 1] != "," or "\n" not in text[paragraph_end : line.start()]:
        return None  # a block quotation whose marks were lost: no narration paragraph ends with a comma
    first = ctx.token_at(line.end())
    verbs = [i for i in range(first, min(first + 2, len(ctx.tokens))) if _attributing(ctx, i)]
    if not verbs:
        return None
    attribution = Attribution(verbs[0], _mode_of(ctx, verbs[0]), _clause_stop(ctx, verbs[0] + 1))
    start = text.rfind("\n", 0, paragraph_end) + 1
    return _candidate(ctx, start, paragraph_end - 1, direct_block.__name__, attribution, -line.start() - 1)


@rule("quotes")
def direct_dash_line(ctx: Context, line: re.Match[str], line_end: int) -> list[Candidate]:
    """— A, — сказал он. — B: the parts of a dialogue line around its attribution (a comma or a stop before its
    dash: a dash with none, "— … устраивать — критики говорили, что …", is the line's own sentence going on)."""
    text = ctx.doc.text
    for match in LINE_ATTRIBUTION.finditer(text, line.end(), line_end):
        first = ctx.token_at(match.end())
        verbs = [i for i in range(first, min(first + 2, len(ctx.tokens))) if _attributing(ctx, i)]
        if not verbs:
            continue
        if not match.group("sep"):  # "— …, эта процедура не устраивала — критики говорили, что …"
            rejected("quotes", direct_dash_line, match.start(), ctx.tokens[verbs[0]].end,
                     "unmarked_dash: no comma or stop before the dash; a dash inside the line's own sentence")
            continue
        stop = _clause_stop(ctx, verbs[0] + 1)
        attribution = Attribution(verbs[0], _mode_of(ctx, verbs[0]), stop)
        end = match.start() + len(match.group("sep").replace(",", "").replace(".", ""))  # keep "?", "!"
        parts = [_candidate(ctx, line.end(), end, direct_dash_line.__name__, attribution, -line.start() - 1)]
        rest = re.match(rf"{SPACE}*[.,]{SPACE}*(?:{LONG}|--|-){SPACE}+", text[stop:line_end])
        if rest:
            parts.append(_candidate(ctx, stop + rest.end(), line_end, direct_dash_line.__name__, attribution,
                                    -line.start() - 1))
        return [part for part in parts if part is not None]
    return []


@rule("quotes")
def direct_question(ctx: Context, line_start: int, content_start: int, line_end: int,
                    interviewer: int | None) -> Candidate | None:
    """— Довольны ли вы игрой?: a question line followed by another dialogue line is the interviewer's question.

    Blank lines between are allowed; its speaker is the owner of "вопросы" in the lines before ("ответила на
    вопросы журналистов"), else none."""
    text = ctx.doc.text
    if not text[content_start:line_end].rstrip().endswith("?"):
        return None
    following = line_end
    while following < len(text) and text[following] in " \t\r\n":
        following += 1
    if following >= len(text) or not DASH_LINE.match(text, following):
        return None
    attribution = Attribution(None, "subject" if interviewer is not None else "none", line_end, interviewer)
    return _candidate(ctx, content_start, line_end, direct_question.__name__, attribution, -line_start - 1)


INTRODUCTION_PARAGRAPHS = 2  # an interview's lead and the interviewee's biography stand before its first line
INTRODUCTION_SENTENCES = 8
INTRODUCTION_REACH = 3000  # characters: an introduction is read only this far back (a bounded scan per dialogue)
# "взял интервью у Y", "провел беседу с Y": the subject asks, the interviewee comes after "у" or "с"
INTERVIEW_TAKING_VERBS = frozenset({"взять", "брать", "провести", "проводить", "записать", "записывать"})


def _interview(ctx: Context, line_start: int) -> tuple[int | None, int | None]:
    """Who asks and who answers in a dialogue: from a question noun in the three sentences before its first line,
    its owner ("вопросы журналистов") and the subject of its verb ("тренер ответила на вопросы")."""
    last = ctx.token_before(line_start)
    if last < 0:
        return None, None
    first = ctx.doc.sentences[max(0, ctx.tokens[last].sentence - 3)].token_start
    for index in range(last, first - 1, -1):
        if ctx.lemma(index) not in QUESTION_NOUNS:
            continue
        asker = next((child for child in ctx.kids(index, "nmod") if child > index and ctx.feats(child).get("Case")
                      == "Gen" and ctx.tokens[child].pos in ("NOUN", "PROPN")), None)
        verb = ctx.tokens[index].head
        answerer = find_subject(ctx, verb) if verb >= 0 and ctx.tokens[verb].pos == "VERB" else None
        if answerer is None or not _can_answer(ctx, answerer):
            answerer = _answering_with(ctx, index, last)
        return asker, answerer
    return None, None


def _dialogue_parties(ctx: Context, line_start: int) -> tuple[tuple[int | None, int | None], bool]:
    """Who asks and who answers in a dialogue, and whether a talk the paragraphs before tell introduces it: a
    question noun's parties (`_interview`), else the introduction's (`_introduced_interview`). A question noun's
    asker with no answerer stays where no introduction names one ("Редакция публикует ответы на вопросы читателей":
    the questions are the readers')."""
    named = _interview(ctx, line_start)
    if named[1] is not None:
        return named, False
    introduced = _introduced_interview(ctx, line_start)
    return (introduced, True) if introduced[1] is not None else (named, False)


def _introduced_interview(ctx: Context, line_start: int) -> tuple[int | None, int | None]:
    """Who asks and who answers in a dialogue the paragraphs before introduce as a talk or an interview
    ("журналист «Медузы» X поговорил с политологом Y", "беседовал с Y", "Y дал интервью", "рассказал в интервью
    Y", "взял интервью у Y"), in the INTRODUCTION_PARAGRAPHS paragraphs before its first line (a lead, then the
    interviewee's biography): the last such word with a person who answers; the asker is the talk's subject."""
    last = ctx.token_before(line_start)
    if last < 0:
        return None, None
    window = max(0, line_start - INTRODUCTION_REACH)
    paragraphs = gap_paragraphs(ctx.doc.text, window, line_start)[-INTRODUCTION_PARAGRAPHS:]
    sentence = max(ctx.tokens[ctx.token_at(paragraphs[0][0])].sentence,
                   ctx.tokens[last].sentence - INTRODUCTION_SENTENCES)
    first = max(ctx.doc.sentences[sentence].token_start, ctx.token_at(window))
    for index in range(last, first - 1, -1):
        lemma = ctx.lemma(index)
        if lemma in CONVERSATION_VERBS and ctx.tokens[index].pos == "VERB":
            answerer, asker = _answering_with(ctx, index, last), find_subject(ctx, index)
        elif lemma in CONVERSATION_NOUNS and ctx.tokens[index].pos == "NOUN":
            asker, answerer = _interviewee(ctx, index, last)
        else:
            continue
        if answerer is None:
            continue
        if lemma not in INTERVIEW_NOUNS and asker is not None and ctx.tokens[asker].pos != "PRON" \
                and not _press_party(ctx, asker):
            rejected("quotes", interview_answer, ctx.tokens[index].start, ctx.tokens[index].end,
                     f"a talk of {ctx.word(asker)} with {ctx.word(answerer)}: no press party, not an interview")
            continue
        if _last_question_line(ctx) < line_start:
            rejected("quotes", interview_answer, ctx.tokens[index].start, ctx.tokens[index].end,
                     "no question: no dialogue line after it asks anything (a list of links, not an interview)")
            return None, None
        if asker is not None and (ctx.tokens[asker].pos == "PRON" or not _can_answer(ctx, asker)
                                  or asker == answerer):
            asker = None
        return asker, answerer
    return None, None


def _press_party(ctx: Context, index: int) -> bool:
    """The one who asks in a talk is the press: a word of it in the phrase or the noun the name is apposed to
    ("журналист «Медузы» X", "с корреспондентом Иваном Петровым", "редакция"). A talk of two others ("Путин провел
    телефонный разговор с Меркель") is no interview: the dialogue lines after it are another's."""
    words = list(ctx.subtree(index))
    for _ in range(3):  # "корреспондентом | Иваном | Петровым": up a name's words to the noun (a bounded walk)
        token = ctx.tokens[index]
        if token.head < 0 or not token.rel.startswith(("appos", "flat")):
            break
        index = token.head
        words.append(index)
    return any(ctx.lemma(word) in PRESS_PARTY_NOUNS for word in words)


@per_document
def _last_question_line(ctx: Context) -> int:
    """Where the document's last dialogue line that asks ("— …?") starts; -1 if none does. A talk introduces a
    printed interview only when questions follow ("— Расскажите про делегатов. … Как так выходит?")."""
    text = ctx.doc.text
    return max((line.start() for line in DASH_LINE.finditer(text)
                if text[line.end() : _line_end(text, line.end())].rstrip().endswith("?")), default=-1)


def _interviewee(ctx: Context, noun: int, last: int) -> tuple[int | None, int | None]:
    """The asker and the person an interview or a talk is with. A verb of taking one ("X взял интервью у Y", "провел
    беседу с Y") has the asker as its subject and Y after "у" or "с"; another verb's subject is the one who answers
    ("Y дал интервью журналисту X", "Y рассказал в беседе с корреспондентом X": the dative or the "с" person asks);
    a noun with no such verb is the talk with the person after "с" ("Интервью с Y")."""
    with_person = _answering_with(ctx, noun, last)
    verb = ctx.tokens[noun].head
    if verb < 0 or ctx.tokens[verb].pos != "VERB":
        return None, with_person
    subject = find_subject(ctx, verb)
    if ctx.lemma(verb) in INTERVIEW_TAKING_VERBS:
        taken = next((child for child in ctx.kids(verb, "obl") if _can_answer(ctx, child)
                      and "у" in (ctx.word(c) for c in ctx.kids(child, "case"))), with_person)
        return (subject, taken) if taken is not None else (None, None)
    if subject is None or not _can_answer(ctx, subject):
        return None, with_person
    asker = next((child for child in ctx.kids(verb, "iobj", "obl") + ctx.kids(noun, "iobj", "nmod")
                  if ctx.feats(child).get("Case") == "Dat" and not ctx.kids(child, "case")
                  and _can_answer(ctx, child)), with_person)
    return asker, subject


def _can_answer(ctx: Context, index: int) -> bool:
    """A person can answer questions: a person's name or an animate noun (not "накапливается вопросов" of a
    campaign)."""
    kind = ctx.entity_type_at(index)
    if kind is not None:
        return kind == "PER"
    return ctx.feats(index).get("Animacy") == "Anim" or ctx.tokens[index].pos == "PRON"


def _answering_with(ctx: Context, first: int, last: int) -> int | None:
    """The person the questions are answered with or put to, named in the instrumental after "с" between the
    question noun and the dialogue ("Продолжаем отвечать на вопросы вместе с иммунологом X", "беседуем с X"): the
    last such person's name."""
    found = None
    for index in range(first, last + 1):
        entity = ctx.mention_of_token.get(index)
        if entity is None or ctx.doc.entities[entity[0]].type != "PER" or ctx.feats(index).get("Case") != "Ins":
            continue
        head = index
        for _ in range(6):  # "иммунологом, кандидатом наук, … Николаем Крючковым"; a bounded walk (broken trees)
            if not ctx.tokens[head].rel.startswith(("flat", "appos", "conj")) or ctx.tokens[head].head < 0:
                break
            head = ctx.tokens[head].head
        if "с" in (ctx.word(c) for c in ctx.kids(head, "case")) or ctx.word(index - 1) == "с":
            found = index
    return found
