"""Definite descriptions: a common noun that refers back to a source the article named earlier.

- A person noun ("чиновник", "губернатор", "режиссер", "председатель жюри") is the person introduced in that
  role or one it stands for ("бывший чиновник" -> "заместитель губернатора X", "глава региона" -> "губернатор
  X"; EntityAnn.roles and the role phrase before a mention), else the most salient person before it: the latest
  speaker or named subject that agrees in gender. Only a role noun keeps that reading with modifiers of its own
  ("глава ведомства"); any other noun with modifiers ("пожилая женщина из Зеленодольска", "государственный
  обвинитель") and any noun marked as new ("один из пассажиров", "другая пассажирка") introduces someone new; a
  bare "мужчина" may refer back to such an unnamed speaker.
- An organization noun ("суд", "ведомство", "перевозчик") is the latest organization of that name or kind:
  one whose name or introduction holds the noun ("Кировский районный суд", "компания «X»"), else for a hypernym
  the latest public body ("ведомство") or business ("перевозчик").
- A service noun without its owner ("в сообщении пресс-службы") is the service named earlier ("пресс-служба суда").
Genuinely unnamed sources ("источник", "эксперты", "собеседник издания") are not descriptions (lexicon).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import islice, takewhile

from pipeline.dates.lexicon import YEAR_WORDS
from pipeline.document import Document, EntityAnn, Span
from pipeline.entities.aliases import one_body
from pipeline.entities.boundaries import DOMAIN_SUFFIXES
from pipeline.entities.forms import compound_names
from pipeline.entities.lexicon import ADJECTIVE_COUNTRIES, COUNTRY_ADJECTIVES, word_country
from pipeline.entities.roles import apposed_start, genitive_name
from pipeline.lang.fold import all_capitals, fold, fold_words
from pipeline.lang.grammemes import ADJECTIVAL_POS, GOVERNING_CASES, MODIFIER_POS, PROPER_NAME_GRAMMEMES
from pipeline.lang.lexicon import (
    ACCORDING_NOUNS,
    ACCUSED_STEMS,
    AGENCY_NAME_WORDS,
    AGENT_NOUNS,
    BACK_REFERRING_ROLE_NOUNS,
    BODY_NOUNS,
    BOTH_WORDS,
    BUSINESS_NOUNS,
    COUNTRY_LEVEL_BODIES,
    COUNTRY_NAME_VARIANTS,
    DEMONSTRATIVE_PRONOUNS,
    GENERIC_PERSON_NOUNS,
    HYPERNYM_SOURCE_NOUNS,
    KIN_GROUP_NOUNS,
    KINSHIP_NOUNS,
    LATTER_WORDS,
    MEDIA_NAME_WORDS,
    MEDIA_NOUNS,
    MONTH_LEMMAS,
    MONTHS,
    OFFICIAL_NOUNS,
    ORGANIZATION_KIND_NOUNS,
    ORGANIZATION_NOUNS,
    PARTY_AFFILIATION_WORDS,
    PARTY_MEMBER_NOUNS,
    PARTY_ROLE_NOUNS,
    PERIOD_PART_NOUNS,
    POLITICAL_GROUP_NOUNS,
    POLITY_NOUNS,
    PRIVATE_PERSON_NOUNS,
    PUBLICATION_NOUNS,
    RELATION_NOUNS,
    RELATIVE_DAYS,
    RELATIVE_PRONOUNS,
    ROLE_HYPONYMS,
    ROLE_NOUNS,
    SEAT_METONYMS,
    SERVICE_NOUNS,
    SPEAKER_ROLE_NOUNS,
    STATE_FORM_NOUNS,
    STATEMENT_NOUNS,
    THIRD_PERSON_POSSESSIVES,
    TIME_UNIT_NOUNS,
    UNNAMED_SOURCES,
    UNNAMED_STATE_NOUNS,
    WEEKDAY_LEMMAS,
)
from pipeline.lang.marks import DASH_TOKENS, QUOTE_MARKS
from pipeline.lang.offices import (
    FOREIGN,
    LEADER_NOUNS,
    MINISTRY_HEAD_NOUNS,
    TOP_OFFICE_NOUNS,
    countries_held,
    minister_title,
    ministry_after,
)
from pipeline.lang.tree import phrase_top, word_before
from pipeline.morphology import UD_CASE_TO_OPENCORPORA, parse_case, parses, substantive_role, token_gender
from pipeline.morphology import inflect as inflect_form
from pipeline.quotes.clauses import citing_entity
from pipeline.quotes.context import Candidate, Context, per_document, per_phrase
from pipeline.quotes.dialogues import gap_paragraphs
from pipeline.quotes.lexicon import (
    ANY_ORGANIZATION_NOUNS,
    BODY_NAME_WORDS,
    CITING_RELAY_WORDS,
    COMPOUND_TITLES,
    INDEFINITE_MARKERS,
    INTERLOCUTOR_NOUNS,
    NOT_SPEAKERS,
    OUTLET_VERBS,
    RELAY_WORDS,
    ROLE_SYNONYMS,
)
from pipeline.quotes.phrases import genitive_phrase, np_tokens
from pipeline.quotes.referents import (
    ROLE_SENTENCES,
    Said,
    Speaker,
    enclosing_speaker,
    inside_other_quote,
    is_subject_mention,
    person_agrees,
    person_gender,
    recent,
)
from pipeline.rules import fired, rejected

FEDERAL_PREFIX = "рос"  # a federal body's clipped name: "Росавиация", "Ростуризм", "Росимущество"
BODY_PREFIXES = (FEDERAL_PREFIX, "мин", "гос")
FORMER_PREFIX = "экс-"
ROLE_PUNCT = frozenset(",") | frozenset(QUOTE_MARKS)
SPEAKER_BARE_MODIFIERS = DEMONSTRATIVE_PRONOUNS | frozenset({"сам", "же", "также", "тоже"})
NOT_PERSON_NOUNS = NOT_SPEAKERS | ORGANIZATION_NOUNS  # nouns is_person_noun turns down, united once
BODY_OR_SERVICE_NOUNS = ORGANIZATION_NOUNS | SERVICE_NOUNS  # an organization or its press service, united once


def names_of(entity: EntityAnn) -> list[Span]:
    """An entity's name mentions (not the pronouns and descriptions the coref stage added: `EntityAnn.names`)."""
    return entity.names()


def word_lemmas(word: str) -> set[str]:
    """The folded normal forms pymorphy3 gives a word (noun and adjective readings)."""
    return {fold(parse.normal_form) for parse in parses(word.lower().strip(QUOTE_MARKS))}


def is_person_noun(ctx: Context, index: int) -> bool:
    """A common noun for a person: a role noun, or a noun pymorphy3 reads as animate and not as a name; a former
    one ("экс-сотрудник", which pymorphy3 only guesses at) is a person when the noun without "экс-" is."""
    token = ctx.tokens[index]
    if token.pos != "NOUN" or index in ctx.mention_of_token or ctx.lemma(index) in NOT_PERSON_NOUNS:
        return False  # "перевозчик", "оператор" are animate nouns for businesses
    if ctx.lemma(index) in SPEAKER_ROLE_NOUNS:
        return True
    lemma = ctx.lemma(index).removeprefix(FORMER_PREFIX)
    text = token.text.lower().removeprefix(FORMER_PREFIX)
    readings = [p for p in parses(text) if p.tag.POS == "NOUN" and fold(p.normal_form) == lemma]
    return bool(readings) and all("anim" in p.tag and not PROPER_NAME_GRAMMEMES & p.tag.grammemes for p in readings)


def can_speak(ctx: Context, index: int) -> bool:
    """A word that can name a source: a name, a pronoun, a person, an organization or a service ("отчет
    компании"), not a thing ("текст законопроекта", "данные исследования")."""
    token = ctx.tokens[index]
    lemma = ctx.lemma(index)
    acronym = all_capitals(token.text)  # "СМИ", "ООН"
    return (index in ctx.mention_of_token or token.pos in ("PRON", "DET", "PROPN", "X") or acronym
            or ctx.feats(index).get("Animacy") == "Anim" or lemma in BODY_OR_SERVICE_NOUNS
            or is_person_noun(ctx, index))


def comments_on_own_subject(ctx: Context, pronoun: int, subject: int) -> bool:
    """"Молодой человек, по его словам, решил остаться": the possessive pronoun of a source phrase ("по его
    словам", "по её мнению": ACCORDING_NOUNS with "по") that hangs on the very verb whose subject `subject` is gives
    someone else's account of what the subject did: had the subject said it, the text would attribute it to the
    subject ("решил, по его словам" is the witness's word about the young man). Traced `own_subject_source`."""
    noun = ctx.tokens[pronoun].head
    by = [child for child in ctx.kids(noun, "case") if ctx.word(child) == "по"] if noun >= 0 else []
    if not by or ctx.lemma(noun) not in ACCORDING_NOUNS or subject > by[0]:
        return False
    verb = ctx.tokens[subject].head
    phrase = set(ctx.subtree(subject))  # "Молодой человек, | по его словам": set off right after the subject
    apposed = ctx.tokens[by[0] - 1].text == "," \
        and all(index in phrase or ctx.tokens[index].text == "," for index in range(subject + 1, by[0]))
    if not apposed and (verb < 0 or ctx.tokens[noun].head != verb):
        return False
    rejected("quotes", "own_subject_source", ctx.tokens[subject].start, ctx.tokens[pronoun].end,
             f"{ctx.word(subject)}: the subject of the clause '{ctx.word(pronoun)}' comments on, not its source")
    return True


def is_bare(ctx: Context, head: int, tokens: list[int], modifiers: frozenset[str] = SPEAKER_BARE_MODIFIERS) -> bool:
    """The phrase is its noun alone, or with a demonstrative ("этот чиновник"): no word but the noun outside
    `modifiers` (PLURAL_BARE_MODIFIERS for a plural noun, "оба ведомства")."""
    return all(index == head or ctx.word(index) in modifiers or not ctx.is_word(index) for index in tokens)


def interlocutor_of_medium(ctx: Context, head: int, tokens: list[int]) -> bool:
    """"собеседник агентства", "собеседник Би-би-си": the person a medium talked to, with nothing more than the
    medium (a media noun or an organization's name: whom he talked to) after the noun (INTERLOCUTOR_NOUNS)."""
    rest = [index for index in tokens if index != head and ctx.is_word(index)]
    return ctx.lemma(head) in INTERLOCUTOR_NOUNS and bool(rest) and all(
        ctx.lemma(index) in MEDIA_NOUNS
        or ctx.entity_type_at(index) == "ORG"
        for index in rest)


def gender_of(ctx: Context, head: int, candidate: Candidate) -> str:
    """The gender the cue imposes (a past-tense verb), else a feminine noun's ("актриса")."""
    verb = candidate.cue_token
    gender = token_gender(ctx.doc, verb)
    return gender or ("femn" if ctx.feats(head).get("Gender") == "Fem" else "")


# persons ----------------------------------------------------------------------------------------------------
def role_words(lemma: str, complement: str = "") -> frozenset[str]:
    """The introduction heads a role noun can refer back to: itself and its synonyms or hyponyms, narrowed by
    its genitive `complement` where that says more ("глава региона": a governor)."""
    lemma = lemma.removeprefix(FORMER_PREFIX)
    if _ministry(complement):
        complement = "министерство"  # "глава Минспорттуризма", "руководитель Минздрава": a ministry's head
    narrowed = ROLE_SYNONYMS.get(f"{lemma} {complement}")
    return frozenset({lemma}) | (narrowed if narrowed is not None else ROLE_SYNONYMS.get(lemma, frozenset()))


def _ministry(word: str) -> bool:
    """A "Мин-" compound that names a ministry ("минфин", "минспорттуризм"): pymorphy3 tags it as an organization
    or does not know it; not "Минск" or "минута"."""
    if len(word) < 6 or not word.startswith("мин") or word.startswith("минист"):
        return False
    readings = parses(word)
    return any("Orgn" in reading.tag for reading in readings) or not any(reading.is_known for reading in readings)


def first_noun(words: list[str]) -> set[str]:
    """The lemmas of the first word of a name that pymorphy3 reads as a noun and not as an adjective ("Южное
    территориальное управление X" -> управление)."""
    for word in words:
        readings = parses(word.lower().strip(QUOTE_MARKS + "()"))
        if any(r.tag.POS == "NOUN" for r in readings) and not any(r.tag.POS in ADJECTIVAL_POS for r in readings):
            return {fold(r.normal_form) for r in readings if r.tag.POS == "NOUN"}
    return set()


def _person_head(words: list[str]) -> set[str]:
    """The role noun of a phrase given as words: the lemmas of its first noun that pymorphy3 reads as a person
    (animate, not a name, not an abbreviation): "по мнению директора института" -> директор; with none, an
    accused participle used as a noun (`_accused_person`)."""
    for position, word in enumerate(words):
        bare = word.lower().strip(QUOTE_MARKS + "()")
        if len(bare) < 3 or not bare.replace("-", "").isalpha():
            continue
        role = _substantive_role(bare, words[position + 1:position + 2])
        if role:
            return {role}
        readings = [r for r in parses(bare) if r.tag.POS == "NOUN" and "anim" in r.tag
                    and not (PROPER_NAME_GRAMMEMES | {"Abbr"}) & r.tag.grammemes]
        if readings:
            heads = {fold(r.normal_form).removeprefix(FORMER_PREFIX) for r in readings}
            return _with_compounds(heads, words[:position])
    # no person noun: an accused participle ("подозреваемого в убийстве"), not one whose complement names the
    # person ("подозреваемых в убийстве журналиста | X" introduces X as журналист)
    return next((accused for word in words if (accused := _accused_person(word.lower().strip(QUOTE_MARKS + "()")))),
                set())


def _with_compounds(heads: set[str], before: list[str]) -> set[str]:
    """The role nouns of a phrase and the compound titles (`COMPOUND_TITLES`) whose full form it spells: "генеральный
    директор" is a гендиректор too, "директор школы" is not."""
    lemmas = {lemma for word in before for lemma in word_lemmas(word)}
    return heads | {compound for compound, (head, modifiers) in COMPOUND_TITLES.items()
                    if head in heads and modifiers <= lemmas}


# the participles among ACCUSED_STEMS ("подозреваемого", "задержанного"): used as nouns, a person's role
ACCUSED_PARTICIPLE_STEMS = tuple(stem for stem in ACCUSED_STEMS if stem not in ("преступник", "убийц"))


def _accused_person(word: str) -> set[str]:
    """A participle of a suspect, an accused or a held person used as a noun ("подозреваемого в убийстве",
    ACCUSED_PARTICIPLE_STEMS): its masculine singular nominative and its lemma (the verb pymorphy3 gives it, which
    a bare "Подозреваемый" speaker is read with), folded; else nothing."""
    if not fold(word).startswith(ACCUSED_PARTICIPLE_STEMS):
        return set()
    readings = [r for r in parses(word) if r.tag.POS in ADJECTIVAL_POS]
    forms = {base.word for r in readings if (base := r.inflect({"masc", "sing", "nomn"})) is not None}
    return {fold(form) for form in forms} | {fold(r.normal_form) for r in readings} if readings else set()


def _substantive_role(word: str, after: list[str]) -> str:
    """The role an adjective or participle used as a noun names ("уполномоченный | по правам человека",
    "заведующая кафедрой": SUBSTANTIVE_ROLE_ADJECTIVES), or "": not when the next word is a noun in its case (by
    the likeliest reading), which it then modifies ("уполномоченный представитель")."""
    readings = [r for r in parses(word) if r.tag.POS in ADJECTIVAL_POS]
    lemmas = {role for r in readings if (role := substantive_role(r)) is not None}
    following = [parses(next_word.lower())[:1] for next_word in after]
    if not lemmas or any(best and best[0].tag.POS == "NOUN" and best[0].tag.case in {r.tag.case for r in readings}
                         for best in following):
        return ""
    return min(lemmas)


def _noun_heads(words: list[str]) -> set[str]:
    """The role nouns of a role phrase given as words, one per comma-separated part, read from its end: a part
    without a person noun ends the phrase ("Соавтор работы, генетик из ... X" -> соавтор, генетик)."""
    heads: set[str] = set()
    parts = " ".join(words).split(",")
    for number, part in reversed(list(enumerate(parts))):
        if number > 0 and _genitive_only(part.split()):
            continue  # "министр спорта, | туризма и молодежной политики России": the complement goes on
        head = _person_head(part.split())
        if not head or _adverbial(part.split()):
            break
        heads |= head
    return heads


def _genitive_only(words: list[str]) -> bool:
    """A part that opens with a word pymorphy3 reads in the genitive and never as a person in the nominative
    ("туризма и молодежной политики", "культуры и высшего образования"): a coordinated complement of the role
    before it, not a role of its own."""
    readings = parses(words[0].lower()) if words else []
    return any(reading.tag.case == "gent" for reading in readings) and not any(
        reading.tag.case == "nomn" and "anim" in reading.tag for reading in readings)


def _adverbial(words: list[str]) -> bool:
    """A part that opens with a preposition is an adverbial, not a role ("По словам адвоката, господин X")."""
    return bool(words) and _may_be_preposition(words[0])


def _may_be_preposition(word: str) -> bool:
    """pymorphy3 reads the word as a preposition, among its readings ("после", also a form of "посол")."""
    return any(reading.tag.POS == "PREP" for reading in parses(word.lower()))


# Tokens read back from a name for its role phrase (`_read_phrase_before`), and, while no role noun in the name's
# case has come, up to ROLE_PHRASE_WINDOW: an official title runs long ("спецпредставитель президента РФ по
# делимитации и демаркации государственной границы с сопредельными государствами СНГ | Александр Головин": its
# head 13 words before the name). ROLE_PHRASE_WINDOW also bounds a role noun's apposed name after it.
PHRASE_BEFORE_WINDOW = 12
ROLE_PHRASE_WINDOW = 16


def _phrase_before(ctx: Context, mention: Span) -> list[str]:
    """The words right before a mention that may be its role phrase ("бывшего заместителя губернатора области |
    Игоря X", "соавтор работы, генетик из Университета Хельсинки | X"), read back to a word of another kind; read
    once per mention and document (every description asks it of every person's names)."""
    key = (_phrase_before.__qualname__, mention.start, mention.end)
    if key not in ctx.memo:
        ctx.memo[key] = tuple(_read_phrase_before(ctx, mention))
    return list(ctx.memo[key])


def _read_phrase_before(ctx: Context, mention: Span) -> list[str]:
    """`_phrase_before`, uncached."""
    first = ctx.token_at(mention.start)
    start, _ = ctx.sentence_range(first)
    indices: list[int] = []
    index = first - 1
    dative_name = ctx.feats(first).get("Case") == "Dat"
    headed = False  # a role noun in the name's case read: the phrase's head, past which the window stays short
    head_part = False  # a role head read and only its modifiers since: the next word may govern the phrase
    governor: int | None = None  # the first word read that may govern the phrase (`_governed_part`)
    while index >= start and len(indices) < (PHRASE_BEFORE_WINDOW if headed else ROLE_PHRASE_WINDOW):
        token = ctx.tokens[index]
        kind = ctx.entity_type_at(index)
        if kind == "PER":
            break
        if head_part and governor is None and _governs_role_phrase(ctx, index, first):
            governor = index
        head_part = _role_head_of_name(ctx, index, first) or (head_part and token.pos in MODIFIER_POS)
        if not (token.pos in ("NOUN", "ADJ", "ADP", "PROPN", "NUM", "X") or token.text in ROLE_PUNCT
                or _coordinated_complements(ctx, index, "Gen" if headed else None)
                or _dash_introduction(ctx, index, indices, start, mention)):
            break  # past its head, only genitives joined: "работа президента по развитию и | укреплению … с коллегой"
        if kind is not None and token.feats.get("Case") == "Dat" and not dative_name:
            break  # "сообщил «Интерфаксу» главный архитектор X": the named addressee, not the role
        indices.insert(0, index)
        headed = headed or _role_head_of_name(ctx, index, first)
        index -= 1
    indices = _governed_part(ctx, indices, governor, first)
    indices = indices[leading_time_phrase(ctx, mention, indices):]
    words = ["," if ctx.tokens[index].text in DASH_TOKENS else ctx.tokens[index].text
             for index in _apposed_part(ctx, mention, indices)]  # an apposing dash parts the phrase as a comma
    while words and not any(char.isalnum() for char in words[0]):
        words.pop(0)  # the addressee's closing quotation mark
    return words


# how many words before a dash its role noun may stand ("подозреваемого в убийстве | -": its complement between)
DASH_INTRODUCTION_WINDOW = 4


def _dash_introduction(ctx: Context, dash: int, after: list[int], start: int, name: Span) -> bool:
    """A dash between two role phrases of one person, read as the comma of an apposition ("арест подозреваемого в
    убийстве - 24-летнего жителя провинции X"): the first person noun after it, the nearest one before it (within
    DASH_INTRODUCTION_WINDOW words of nouns, adjectives and prepositions) and a word of the name may all stand in one
    case (traced `dash_introduction`); not a dash that opens a clause or ends a dateline ("Москва - министр X"), nor one
    before the phrase of a name in another case ("автор проекта - сын архитектора | Адольфа Гитлера")."""
    if ctx.tokens[dash].text not in DASH_TOKENS:
        return False
    role_after = next((index for index in after if _person_noun_word(ctx, index)), None)
    case = ctx.feats(role_after).get("Case") if role_after is not None else None
    words = range(ctx.token_at(name.start), ctx.token_at(name.end - 1) + 1)
    if case is None or not any(_may_be_in_case(ctx, word, case) for word in words):
        return False
    for index in range(dash - 1, max(start, dash - DASH_INTRODUCTION_WINDOW) - 1, -1):
        if ctx.tokens[index].pos not in ("NOUN", "ADJ", "ADP"):
            return False
        if _person_noun_word(ctx, index):
            if ctx.feats(index).get("Case") != case:
                return False
            fired("quotes", "dash_introduction", ctx.tokens[index].start, ctx.tokens[role_after].end,
                  f"{ctx.tokens[index].text} - {ctx.tokens[role_after].text}: one person's apposed roles")
            return True
    return False


def _may_be_in_case(ctx: Context, index: int, case: str) -> bool:
    """The token is tagged with the UD `case`, or tagged a nominative (where the tagger leaves a foreign name it
    does not know: "Анучита Ламлерта") that pymorphy3 reads in `case`."""
    tagged = ctx.feats(index).get("Case")
    return tagged == case or (tagged in (None, "Nom") and any(
        parse_case(reading) == UD_CASE_TO_OPENCORPORA.get(case) for reading in parses(ctx.tokens[index].text.lower())))


def _person_noun_word(ctx: Context, index: int) -> bool:
    """A noun token that reads as a person's role (`_person_head`: "жителя", "подозреваемого")."""
    return ctx.tokens[index].pos == "NOUN" and bool(_person_head([ctx.tokens[index].text]))


# the cases of a role phrase that a noun before it may govern ("По словам | следователя X", "арестом | фигурантов")
GOVERNED_CASES = frozenset({"Gen"})
# the cases of a noun that governs a genitive role phrase before its head (the owner-governing cases of lang,
# GOVERNING_CASES): not a genitive, which may end a title before the head ("Генштаба ВС РФ | генерал-лейтенант X"),
# an accusative, which the tagger gives an animate genitive form ("убить бывшего охранника | президента Чечни X"),
# nor here a nominative ("Дебаты | кандидатов X", where "Дебаты" may be read as the role's own)
PHRASE_GOVERNING_CASES = GOVERNING_CASES - {"Nom"}


def _governed_part(ctx: Context, indices: list[int], governor: int | None, name: int) -> list[int]:
    """The words of a role phrase after the word that governs it (`_governs_role_phrase`: "По словам | следователя
    X"), unless a role noun in the name's case stands before that word: then it was a complement inside a longer
    title ("уполномоченного по правам | человека по региону X"), and the phrase keeps every word; it keeps them too
    when the name may be whom the phrase's person serves (`_relatum_reading`: "По словам адвоката | Лебедева")."""
    cases = {ctx.feats(name).get("Case")}
    if cases == {"Gen"}:
        cases.add("Acc")  # an animate genitive form the tagger reads as an object ("кандидата от | демократов X")
    if governor is None or any(index < governor and ctx.feats(index).get("Case") in cases
                               and _person_head([ctx.tokens[index].text]) for index in indices):
        return indices
    if _relatum_reading(ctx, [index for index in indices if index > governor], name):
        return indices
    fired("quotes", "governed_role_phrase", ctx.tokens[governor].start, ctx.tokens[name].end,
          f"{ctx.tokens[governor].text}: governs the role phrase, no part of it")
    return [index for index in indices if index > governor]


def _relatum_reading(ctx: Context, phrase: list[int], name: int) -> bool:
    """A name right before another name is whom the phrase's person serves or is related to ("адвоката Ольги
    Шушлебиной | Дениса Мартинкова"), and so may be a surname alone after a genitive role phrase ("По словам
    адвоката | Лебедева", "защитника | Пичугина", "родственников солдата | Рудакова"), rather than the person the
    phrase names: when the phrase's first person noun is a relation or agent noun (OWNED_PERSON_NOUNS), or the
    phrase holds two person nouns. A name with a first name is the phrase's own ("следователя | Семенова" is
    read as its own too: a surname after a noun of neither kind)."""
    mention = ctx.mention_of_token.get(name)
    if mention is not None and ctx.entity_type_at(ctx.token_at(mention[1].end - 1) + 1) == "PER":
        return True  # "адвоката Ольги Шушлебиной | Дениса Мартинкова": the next name is the phrase's own
    if ctx.feats(name).get("Case") != "Gen" or mention is None or ctx.token_at(mention[1].end - 1) != name:
        return False  # not a genitive, or a name of more than one word
    persons = [index for index in phrase if ctx.tokens[index].pos == "NOUN" and is_person_noun(ctx, index)]
    return len(persons) > 1 or bool(persons and ctx.lemma(persons[0]) in OWNED_PERSON_NOUNS)


def _governs_role_phrase(ctx: Context, index: int, name: int) -> bool:
    """A word right before a role phrase's head (only the head's modifiers between) that governs the phrase with its
    name rather than belongs to it: for an oblique phrase a preposition ("против | российского президента X", "у |
    губернатора X"), for a genitive one also an oblique noun ("По словам | следователя Семенова", "арестом |
    фигурантов дела X"). A nominative phrase is no complement ("Министр по обороне | генерал X"; "Кандидат в |
    президенты США X" reads a complement as the head), and a genitive noun may end a title before the head
    ("Генштаба ВС РФ | генерал-лейтенант X")."""
    token = ctx.tokens[index]
    case = ctx.feats(name).get("Case")
    if case is None or case == "Nom":
        return False
    if token.pos == "ADP":
        return True
    return token.pos == "NOUN" and case in GOVERNED_CASES and ctx.feats(index).get("Case") in PHRASE_GOVERNING_CASES


def _role_head_of_name(ctx: Context, index: int, name: int) -> bool:
    """A person noun in the case of the name after it: the head a role phrase before the name may have ("министр
    спорта … | Виталий Мутко"); a genitive complement ("президента РФ") is none."""
    return ctx.tokens[index].pos == "NOUN" and ctx.feats(index).get("Case") == ctx.feats(name).get("Case") \
        and is_person_noun(ctx, index)


def leading_time_phrase(ctx: Context, mention: Span, indices: list[int]) -> int:
    """A time adverbial that opens the words before a name is no part of its role phrase ("В воскресенье | глава
    МИД Германии X", "12 марта | министр X", "Накануне | глава МИД X"): the number of leading `indices` that are
    prepositions, numerals and adjectives ending in a weekday or month name, a relative day
    (RELATIVE_DAYS) or a word of one of the document's dates, all of them where the words are a date alone ("14
    февраля | Трамп"); traced as `leading_time_phrase`."""
    length = 0
    for position, index in enumerate(indices):
        if _time_word(ctx, index):
            length = position + 1
        elif ctx.tokens[index].pos not in ("ADP", "NUM", "ADJ"):
            break
    if length:
        fired("quotes", "leading_time_phrase", ctx.tokens[indices[0]].start, ctx.tokens[indices[length - 1]].end,
              f"not the role of {ctx.doc.text[mention.start:mention.end]}")
    return length


_CALENDAR_NAMES = WEEKDAY_LEMMAS | MONTH_LEMMAS  # CALENDAR_NOUNS less "число", "дата": "в том числе", "о дате"


def _time_word(ctx: Context, index: int) -> bool:
    """A weekday or month name, a relative day ("накануне", "вчера") or a word of one of the document's dates
    (`Tree.date_at`)."""
    token = ctx.tokens[index]
    lemmas = {ctx.lemma(index)} | word_lemmas(token.text)  # the tagger's "воскресение" for "воскресенье"
    return bool(_CALENDAR_NAMES & lemmas) or token.text.lower() in RELATIVE_DAYS or index in ctx.date_at


def time_phrase(ctx: Context, index: int) -> bool:
    """A noun that heads a time adverbial and so names no source: a time word (`_time_word`) or a unit of time
    (TIME_UNIT_NOUNS), by the tagger's lemma or the dictionary's ("минувшее воскресенье": the tagger's
    "воскресение"), or a part of a period whose genitive is one ("в конце августа", "в начале прошлой недели")."""
    if _time_noun(ctx, index):
        return True
    return ctx.lemma(index) in PERIOD_PART_NOUNS and any(
        ctx.feats(kid).get("Case") == "Gen" and _time_noun(ctx, kid) for kid in ctx.kids(index, "nmod"))


def _time_noun(ctx: Context, index: int) -> bool:
    token = ctx.tokens[index]
    if token.pos not in ("NOUN", "PROPN") or index in ctx.mention_of_token:
        return False
    return _time_word(ctx, index) or bool(({ctx.lemma(index)} | word_lemmas(token.text)) & TIME_UNIT_NOUNS)


def _apposed_part(ctx: Context, mention: Span, indices: list[int]) -> list[int]:
    """The part of a role phrase that stands in apposition to a name in the genitive (`entities.roles.apposed_start`,
    the one reading of this grammar): "пресс-секретарь Владимира Путина" says nothing of Путин's role (he is the
    owner), "пресс-секретарь президента Владимира Путина" that he is the президент; a name in another case keeps the
    whole phrase ("пресс-секретарь президента Дмитрий Песков"), as does a name that may be a nominative ("мать
    троих детей Ильхан Омар": an indeclinable or ambiguous name the tagger read as a genitive)."""
    if not indices or not _genitive_name_mention(ctx, mention):
        return indices
    start = apposed_start(ctx.doc, indices)
    return indices if start is None else [index for index in indices if index >= start]


def _genitive_name_mention(ctx: Context, mention: Span) -> bool:
    """`entities.roles.genitive_name` with the gender of the person the mention names."""
    found = ctx.mention_of_token.get(ctx.token_at(mention.start))
    return genitive_name(ctx.doc, mention, person_gender(ctx, found[0]) if found is not None else "")


def _coordinated_complements(ctx: Context, index: int, case: str | None = None) -> bool:
    """"и" between two words of one oblique case (`case`, when given) inside a role phrase: genitives ("министр
    спорта, туризма | и | молодежной политики"), or two nouns or adjectives of another case ("спецпредставитель по
    делимитации | и | демаркации границы")."""
    if ctx.word(index) != "и" or index < 1 or index + 1 >= len(ctx.tokens):
        return False
    before = ctx.feats(index - 1).get("Case")
    if before in (None, "Nom") or case not in (None, before) or ctx.feats(index + 1).get("Case") != before:
        return False
    return before == "Gen" or all(ctx.tokens[side].pos in ("NOUN", "ADJ", "PROPN") for side in (index - 1, index + 1))


def someone_new_at(ctx: Context, head: int, tokens: list[int], person: int) -> bool:
    """A role phrase that names an organization after its head ("бывший глава отдела холдинга Leonardo",
    "директор завода «Маяк»", "представитель телеканала"; not "советник главы Еврокомиссии", a person's adviser) is
    someone new rather than the salient person, when the article gave that person no role and never named them
    beside the organization (or one of the noun's kind)."""
    for index in tokens:
        if index <= head:
            continue
        if is_person_noun(ctx, index) or ctx.lemma(index) in SPEAKER_ROLE_NOUNS:
            return False
        found = ctx.mention_of_token.get(index)
        if found is not None and ctx.doc.entities[found[0]].type == "ORG":
            return not _tied_to(ctx, person, found[0])
        if _organization_genitive(ctx, index):
            return not _tied_to_kind(ctx, person, ctx.lemma(index))
    return False


def _tied_salient(ctx: Context, head: int, tokens: list[int], gender: str, history: list[Said],
                  content: tuple[int, int]) -> Speaker | None:
    """"экс-сотрудник Госдепа", "аналитик банка": a person noun whose phrase names an organization after it is the
    salient person, already quoted, when that person was introduced with that organization (`_tied_to`,
    `_tied_to_kind`): the article goes on describing its speaker by the body he works for."""
    organization = _named_organization(ctx, head, tokens)
    if organization is None:
        return None
    speaker = salient_person(ctx, ctx.tokens[head].start, gender, history, content)
    if speaker is None or speaker.entity is None or someone_new_at(ctx, head, tokens, speaker.entity) \
            or not any(said.speaker.entity == speaker.entity for said in history):
        return None
    return speaker


def _named_organization(ctx: Context, head: int, tokens: list[int]) -> int | None:
    """The first organization the phrase names after its head, by name or by a common noun in the genitive."""
    for index in tokens:
        if index <= head:
            continue
        if is_person_noun(ctx, index):
            return None  # "адвокат жены директора": another person's
        if ctx.entity_type_at(index) == "ORG" or _organization_genitive(ctx, index):
            return index
    return None


def _organization_genitive(ctx: Context, index: int) -> bool:
    """A common organization noun in the genitive, no name ("представитель | телеканала", "министерства")."""
    return (ctx.lemma(index) in ORGANIZATION_NOUNS and ctx.feats(index).get("Case") == "Gen"
            and index not in ctx.mention_of_token)


def _tied_to_kind(ctx: Context, person: int, lemma: str) -> bool:
    """The person was introduced with an organization of the noun's kind: the noun stands in the person's roles or
    introductions ("представитель телеканала X" for "представитель телеканала"), or an organization the noun
    names ("компания" for "Газпром", "суд" for "Мосгорсуд") is tied to the person (`_tied_to`)."""
    roles = {lemma for role in ctx.doc.entities[person].roles for word in role.split() for lemma in word_lemmas(word)}
    if lemma in roles | introduction_lemmas(ctx, person):
        return True
    return any(_tied_to(ctx, person, index) for index, entity in enumerate(ctx.doc.entities)
               if entity.type == "ORG" and (of_kind(ctx, index, lemma) or _names_noun(entity.name, lemma)
                                            or any(_introduced_as(ctx, m, lemma) for m in names_of(entity))))


def _tied_to(ctx: Context, person: int, organization: int) -> bool:
    """The person was introduced with the organization: its name's words stand in one of the person's roles or
    in the role phrase before a mention ("глава НЦБ Иван X"). Being named in the same sentence is not enough: the
    person may be what the organization's statement is about ("В НЦБ подтвердили розыск X")."""
    words = {lemma for word in ctx.doc.entities[organization].name.split() for lemma in word_lemmas(word)}
    roles = {lemma for role in ctx.doc.entities[person].roles for word in role.split() for lemma in word_lemmas(word)}
    if words & (roles | introduction_lemmas(ctx, person)):
        return True
    names = names_of(ctx.doc.entities[person])
    return any(_role_phrase_between(ctx, org, name) for org in names_of(ctx.doc.entities[organization])
               for name in names if org.end <= name.start)


def _role_phrase_between(ctx: Context, organization: Span, name: Span) -> bool:
    """The organization stands in the role phrase before the name: same sentence, no finite verb between
    ("директора по стратегии Philips в России, на Украине и в Белоруссии Елену X")."""
    first, last = ctx.token_at(organization.end), ctx.token_at(name.start)
    return ctx.tokens[first - 1].sentence == ctx.tokens[last].sentence and not any(
        ctx.is_finite(index) for index in range(first, last))


# How far below a description in the body its cataphoric introduction may stand: the same or the next paragraph.
NEXT_PARAGRAPH = 1


def paragraph_breaks(text: str, start: int, end: int) -> int:
    """The paragraph breaks (line breaks, blank lines counted once) between two offsets: the paragraphs that begin
    after `start` (`dialogues.gap_paragraphs`)."""
    first = text.find("\n", start, end)
    return 0 if first < 0 else len(gap_paragraphs(text, first, end))


def _unnamed_source_before(ctx: Context, position: int, gender: str, history: list[Said]) -> Speaker | None:
    """The unnamed source ("высокопоставленный источник в министерстве") of the latest quote before `position`, in
    its sentence or the two before, when that quote is the latest one and its source agrees in gender: a bare
    hypernym ("чиновник", "собеседник") goes on with that source rather than a person named further back."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    before = [said for said in history if said.start < position and sentence - said.sentence <= 2]
    latest = max((said.start for said in before), default=None)
    for said in before:  # the quotes of the latest content (an outlet's copy and its source's share it)
        speaker = said.speaker
        if said.start != latest or speaker.entity is not None or not speaker.name:
            continue
        words = {fold(word) for word in speaker.name.split()}
        unnamed = speaker.person or bool(words & UNNAMED_SOURCES)
        if unnamed and speaker.number == "sing" and (not gender or speaker.gender in (gender, "")):
            return speaker
    return None


def _introduced_below(ctx: Context, head: int, tokens: list[int], role: str, gender: str) -> int | None:
    """A headline's description ("Глава комитета Думы: «…»") is the person the article introduces below it with
    the same role and the same nouns after it ("Глава международного комитета Государственной Думы X"): the
    first such person named after the headline."""
    complement = genitive_complement(ctx, head, tokens)
    wanted = role_words(role, complement)
    nouns = {ctx.lemma(i) for i in tokens if i > head and ctx.tokens[i].pos == "NOUN"}
    if f"{role} {complement}" in ROLE_SYNONYMS:
        nouns.discard(complement)  # "Глава МИД Украины" introduced below as "министр иностранных дел Украины"
    start = ctx.tokens[head].start
    for entity_index, entity in sorted(enumerate(ctx.doc.entities), key=lambda pair: min(
            (m.start for m in pair[1].mentions), default=0)):
        if entity.type != "PER" or not person_agrees(ctx, entity_index, gender):
            continue
        for mention in entity.names():
            if mention.start > start \
                    and _fitting_introduction(ctx, mention, wanted, nouns) is not None:
                return entity_index
    return None


def _fitting_introduction(ctx: Context, mention: Span, wanted: frozenset[str], nouns: set[str]) -> set[str] | None:
    """The lemmas of the role phrase before a person's name, when its head is one of `wanted` and it holds every
    noun of `nouns` (a description's words after its head), else None."""
    words = _phrase_before(ctx, mention)
    lemmas = {lemma for word in words for lemma in word_lemmas(word)}
    return lemmas if _noun_heads(words) & wanted and nouns <= lemmas else None


def role_heads(entity: EntityAnn) -> frozenset[str]:
    """The role nouns of the roles the entities stage gave a person (its appositions: "журналист New York Times |
    Чжао Янь", "Райков, | член ЦИК"), without the words before its other mentions."""
    return frozenset(head for role in entity.roles for head in _person_head(role.split()))


@per_document
def introduced_as(ctx: Context, entity_index: int) -> frozenset[str]:
    """The role nouns a person was introduced with: of the roles the entities stage gives and of the role
    phrases right before its mentions."""
    entity = ctx.doc.entities[entity_index]
    heads: set[str] = set(role_heads(entity))
    for mention in entity.names():
        heads |= mention_role_heads(ctx, mention)
    return frozenset(heads)


def mention_role_heads(ctx: Context, mention: Span) -> set[str]:
    """The role nouns of the role phrase right before one name mention ("бывшего заместителя губернатора | X" ->
    заместитель): what `introduced_as` gathers over a person's mentions."""
    return _noun_heads(_phrase_before(ctx, mention))


def by_role(ctx: Context, lemma: str, position: int, gender: str, complement: str = "",
            required: bool = True, former: bool | None = None, country: tuple[str, Span] | None = None) -> int | None:
    """The person the article introduced with the role noun `lemma` or one it stands for ("чиновник" for
    "заместитель губернатора"), agreeing in gender: the latest one named before `position` (or later in the same
    sentence: "Председатель жюри, актриса X, ..."); a description never points to a later sentence. `former`
    (the description says "бывший"/"экс-", or not): holders introduced the same way are preferred. `country`: the
    description's country and its mention; no holder known to be of other countries only (`country_mismatch`)."""
    wanted = role_words(lemma, complement)
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    starts, owners = _introduced_mentions(ctx, frozenset(wanted), gender)
    ministry = described_ministry(ctx, lemma, ctx.token_at(position))
    heads = _ministry_holders(ctx, ministry, gender) if ministry is not None else ([], [])
    if heads[0]:  # "министр финансов": the one introduced as that ministry's head ("главы Минфина X")
        starts, owners = heads
        fired("quotes", "ministry_head", position, ctx.tokens[ctx.token_at(position)].end,
              f"{minister_title(ministry)}: the persons introduced as its head")
    if country is not None:  # once a holder is ruled out, only one known to be of the country is meant
        kept = {owner for owner in set(owners) if not country_mismatch(ctx, owner, *country)}
        if len(kept) < len(set(owners)):
            kept = {owner for owner in kept if of_country(ctx, owner, country[0])}
        starts, owners = _keep_owners(starts, owners, kept)
    if complement and not heads[0]:  # "президент Анголы": the one introduced with that complement, if any
        kept = {owner for owner in set(owners) if place_words(complement) & introduction_lemmas(ctx, owner)}
        if not kept and _holder_elsewhere(ctx, frozenset(owners), complement):
            return None  # "президент Франции": someone new, not the "президент России" introduced before
        if not required:  # "украинский лидер": not one introduced with another country only
            kept = {owner for owner in set(owners) if not _holder_elsewhere(ctx, frozenset({owner}), complement)}
        if kept:
            starts, owners = _keep_owners(starts, owners, kept)
    starts, owners = _tied_hyponyms(ctx, starts, owners, lemma, complement)
    starts, owners = _level_holders(ctx, starts, owners, lemma, complement, frozenset(wanted), position)
    if former is False:
        starts, owners = present_holders(ctx, starts, owners, frozenset(wanted), position)
    if former is not None:
        starts, owners = _same_tense(ctx, starts, owners, frozenset(wanted), former)
    cut = bisect_left(starts, position)
    if cut > 0:  # the latest mention before `position` wins; at one offset, the first entity
        return min(owner for start, owner in zip(starts, owners, strict=True) if start == starts[cut - 1])
    after = []  # none named before: one named later in the same sentence
    for start, owner in zip(starts, owners, strict=True):
        later = ctx.tokens[ctx.token_at(start)].sentence
        if later > sentence:
            break
        if later == sentence:
            after.append((start - position, owner))
    return min(after)[1] if after else None


# the words after a role noun that may name its ministry ("глава | российского Министерства финансов")
MINISTRY_WINDOW = 4


def described_ministry(ctx: Context, lemma: str, head: int) -> str | None:
    """The ministry (`lang.offices` portfolio) a description of its head names by the words after its role noun
    `lemma` in its sentence: "министр | финансов", "глава | Минфина", "руководитель | внешнеполитического ведомства";
    None for any other description."""
    lemma = lemma.removeprefix(FORMER_PREFIX)
    if lemma not in MINISTRY_HEAD_NOUNS:
        return None
    end = min(head + 1 + MINISTRY_WINDOW, ctx.sentence_range(head)[1])
    return ministry_after(lemma, [word_lemmas(ctx.tokens[index].text) for index in range(head + 1, end)])


@per_document
def introduced_ministries(ctx: Context, entity_index: int) -> frozenset[str]:
    """The ministries a person was introduced as the head of, by a part of a role phrase whose person noun is a
    ministry head's (`introduction_phrases`): "главы Минфина РФ | Антона Силуанова", "Лавров, министр иностранных
    дел" -> its portfolio; not "заместитель главы Минфина | X" (the phrase's person noun is "заместитель")."""
    found: set[str] = set()
    for head in MINISTRY_HEAD_NOUNS:
        for words in introduction_phrases(ctx, entity_index, head):
            lemmas = [word_lemmas(word) for word in words]
            for position, word in enumerate(lemmas):
                if head in word:
                    ministry = ministry_after(head, lemmas[position + 1:position + 1 + MINISTRY_WINDOW])
                    found |= {ministry} if ministry is not None else set()
                    break
    return frozenset(found)


def _ministry_holders(ctx: Context, ministry: str, gender: str) -> tuple[list[int], list[int]]:
    """The starts of the mentions of the persons introduced as the head of `ministry` (`introduced_ministries`),
    agreeing with `gender`, sorted, and the entity of each: "министр финансов" is the one introduced as "глава
    Минфина", "глава МИД" the one introduced as "министр иностранных дел"."""
    found = sorted((mention.start, index) for index, entity in enumerate(ctx.doc.entities)
                   if entity.type == "PER" and person_agrees(ctx, index, gender)
                   and ministry in introduced_ministries(ctx, index) for mention in entity.mentions)
    return [start for start, _ in found], [owner for _, owner in found]


def _keep_owners(starts: list[int], owners: list[int], kept: set[int]) -> tuple[list[int], list[int]]:
    """The mention starts and owners (parallel lists, in text order) of the owners in `kept` only."""
    pairs = [(start, owner) for start, owner in zip(starts, owners, strict=True) if owner in kept]
    return [start for start, _ in pairs], [owner for _, owner in pairs]


def _tied_hyponyms(ctx: Context, starts: list[int], owners: list[int], lemma: str,
                   complement: str) -> tuple[list[int], list[int]]:
    """The mentions of the holders a role noun with narrower ones (ROLE_HYPONYMS: "представитель" for a press
    secretary) may mean: one introduced only with a narrower noun counts when the description's body is in that
    introduction, itself or by its seat ("представитель Кремля" -> "пресс-секретарь президента": SEAT_METONYMS);
    "представитель Белого дома", "представитель ЛДПР" are not the Kremlin's press secretary."""
    own = lemma.removeprefix(FORMER_PREFIX)
    narrower = ROLE_HYPONYMS.get(own, frozenset())
    if not narrower:
        return starts, owners
    body = frozenset({complement}) | SEAT_METONYMS.get(complement, frozenset()) if complement else frozenset()
    kept = {owner for owner in set(owners) if introduced_as(ctx, owner) & (role_words(own) - narrower)
            or _narrower_of_body(ctx, owner, narrower, body)}
    return _keep_owners(starts, owners, kept)


def _narrower_of_body(ctx: Context, entity_index: int, narrower: frozenset[str], body: frozenset[str]) -> bool:
    """A role phrase before one of the person's names has a `narrower` role noun with a `body` word after it
    ("пресс-секретарь президента | X"); "пресс-секретарь президента | Владимира Путина" is not Путин's."""
    for mention in names_of(ctx.doc.entities[entity_index]):
        lemmas = [word_lemmas(word) for word in _phrase_before(ctx, mention)]
        for position, word in enumerate(lemmas):
            if not {lemma.removeprefix(FORMER_PREFIX) for lemma in word} & narrower:
                continue
            later = lemmas[position + 1:]
            if any(words & body for words in later) or _hypernym_of_body(ctx, mention.start, later, body):
                return True
    return False


def _hypernym_of_body(ctx: Context, position: int, later: list[frozenset[str]], body: frozenset[str]) -> bool:
    """An organization noun after the narrower one ("пресс-секретарь ведомства | X") that refers to the body the
    description names ("представитель МВД"): the organization of that kind named last before the introduction
    (`latest_organization`) has the body's word in a name of it."""
    if not body:
        return False
    for lemma in {lemma for words in later for lemma in words} & ORGANIZATION_NOUNS:
        found = latest_organization(ctx, lemma, position)
        if found is not None and any(body & word_lemmas(word) for named in names_of(ctx.doc.entities[found])
                                     for word in named.text.split()):
            return True
    return False


def _country_level(ctx: Context, starts: list[int], owners: list[int], lemma: str,
                   wanted: frozenset[str]) -> tuple[list[int], list[int]]:
    """The mentions of the holders a bare or country-level role ("российский лидер", "лидер") may mean: not those
    it matches only through a head noun with a body after it ("лидер" is a "глава", but "глава Минобороны РФ" heads
    a ministry, not the country; "глава государства", "глава правительства" stay: COUNTRY_LEVEL_BODIES)."""
    own = lemma.removeprefix(FORMER_PREFIX)
    dropped = {owner for owner in set(owners) if _heads_body_only(ctx, owner, own, wanted - {own})}
    return _keep_owners(starts, owners, set(owners) - dropped)


def _level_holders(ctx: Context, starts: list[int], owners: list[int], lemma: str, complement: str,
                   wanted: frozenset[str], position: int) -> tuple[list[int], list[int]]:
    """The mentions of the holders a role may mean by the level its complement names: a bare or country-level role
    (`_country_level`: "лидер", "российский лидер"), an office of the state (`_state_office_holders`: "глава
    государства"); any other complement keeps them all."""
    if not complement or complement in _place_lemmas(ctx) | ADJECTIVE_COUNTRIES:
        return _country_level(ctx, starts, owners, lemma, wanted)
    if complement in COUNTRY_LEVEL_BODIES:
        return _state_office_holders(ctx, starts, owners, wanted, position)
    return starts, owners


def _state_office_holders(ctx: Context, starts: list[int], owners: list[int], wanted: frozenset[str],
                          position: int) -> tuple[list[int], list[int]]:
    """The mentions of the holders an office of the state itself ("глава государства", "глава правительства",
    "руководитель страны": a COUNTRY_LEVEL_BODIES complement) may mean: not those introduced with its role nouns
    only as the head of a body below the state, the description's own head noun included ("Глава ЦБ РФ X",
    "глава Минобороны X" is no head of state; "председатель правительства X", "президент России X" stay:
    `_heads_body_only`). Each one dropped is traced turned down (`body_head`)."""
    dropped = {owner for owner in set(owners) if _heads_body_only(ctx, owner, "", wanted)}
    for owner in sorted(dropped):
        rejected("quotes", "body_head", position, position,
                 f"{ctx.doc.entities[owner].name}: introduced as the head of a body, not of the state")
    return _keep_owners(starts, owners, set(owners) - dropped) if dropped else (starts, owners)


def _heads_body_only(ctx: Context, entity_index: int, own: str, synonyms: frozenset[str]) -> bool:
    """Every introduction of the person with one of `synonyms` is a head noun (OFFICE_HEADS) followed by a body
    in the genitive ("глава Минобороны РФ", "председатель комитета"), and none has the description's `own` noun.
    Words before a name with no role noun of their own (`_noun_heads`) introduce nothing ("Докладывая президенту о
    показателях, | X": the addressee), as for `introduced_as`."""
    found = False
    for mention in names_of(ctx.doc.entities[entity_index]):
        words = _phrase_before(ctx, mention)
        if not _noun_heads(words):
            continue
        for position, word in enumerate(words):
            lemmas = {lemma.removeprefix(FORMER_PREFIX) for lemma in word_lemmas(word)}
            if own in lemmas:
                return False  # introduced with the description's own noun too ("лидер партии X", "президент X")
            if lemmas & synonyms:
                if not (lemmas & OFFICE_HEADS and _body_word(words[position + 1:position + 2])):
                    return False
                found = True
    return found


def _body_word(words: list[str]) -> bool:
    """A word that names a body other than a country's government: a "Мин-" compound ("Минобороны"), an acronym
    ("МИД", "ФСБ"), an organization noun ("комитета", "партии")."""
    if not words:
        return False
    word = fold(words[0].strip(QUOTE_MARKS))
    lemmas = word_lemmas(words[0])
    if lemmas & COUNTRY_LEVEL_BODIES or word in ADJECTIVE_COUNTRIES:
        return False
    return _ministry(word) or all_capitals(words[0]) or bool(lemmas & ORGANIZATION_NOUNS)


YEAR_WORD = re.compile(r"(?:1[89]|20)\d\d(?:-(\w+))?")  # "2011", "2008-м", "2011-2012", "2000-х"
COUNTED_POS = frozenset({"NOUN", "ADJF", "PRTF"})  # the words a number counts: "2011 участках", "2000 бесланских"
COUNTED_CASES = frozenset({"plur", "gent"})  # what a count's noun takes: "участках", "человек", "рубля"


def dated_sentence(doc: Document, sentence: int) -> bool:
    """The sentence names a year ("в 2011 году немецкого министра обвинили", "В том же 2008-м чиновник ушел"): a
    role in it is read at that time, when a former holder held it (`present_holders`, coref `former_holder`)."""
    span = doc.sentences[sentence]
    return any(_year_at(doc, index, span.token_end) for index in range(span.token_start, span.token_end))


def _year_at(doc: Document, index: int, end: int) -> bool:
    """The token is a year: a four-digit number from 1800 to 2099 ("в 1993 после", "(1986, …)", "выборы 2016", a year's
    suffix or a second year: "2008-м", "2011-2012"; after a month: "января 2021") but one that counts the word right
    after it, a plural or a genitive (`COUNTED_CASES`: "на 2011 участках", "до 2000 человек", "1820 пунктов"), not a
    year noun ("2011 году": YEAR_WORDS)."""
    found = YEAR_WORD.fullmatch(doc.tokens[index].text)
    if found is None:
        return False
    if found.group(1) is not None or index + 1 >= end or (index > 0 and doc.tokens[index - 1].text.lower() in MONTHS):
        return True  # a suffix, the sentence's end, a month before it: "7 января 2021 | Возражений не осталось"
    after = doc.tokens[index + 1].text.lower()
    return after in YEAR_WORDS or not any(
        p.tag.POS in COUNTED_POS and COUNTED_CASES & p.tag.grammemes and "Fixd" not in p.tag.grammemes
        for p in parses(after))  # an indeclinable's every-case reading counts nothing ("2014 Сочи")


def present_holders(ctx: Context, starts: list[int], owners: list[int], wanted: frozenset[str],
                    position: int) -> tuple[list[int], list[int]]:
    """The mentions of the holders of a role noun not marked as former ("президент", "глава государства") without
    those introduced with the role only as former holders ("вместе с бывшим президентом Бараком Обамой"): the
    role is its holder's in the story's present (coref's `former_holder`), even when no other holder is named; not
    in a sentence that names a year (`dated_sentence`)."""
    if dated_sentence(ctx.doc, ctx.tokens[ctx.token_at(position)].sentence):
        return starts, owners
    former = {owner for owner in set(owners) if role_tenses(ctx, owner, wanted) == {True}}
    for owner in sorted(former):
        rejected("quotes", "former_holder", position, position,
                 f"{ctx.doc.entities[owner].name}: introduced only as a former {sorted(wanted)}")
    return _keep_owners(starts, owners, set(owners) - former) if former else (starts, owners)


def _same_tense(ctx: Context, starts: list[int], owners: list[int], wanted: frozenset[str],
                former: bool) -> tuple[list[int], list[int]]:
    """The mentions of the holders introduced with the role as a former one ("экс-глава X", "бывший кандидат X")
    when the description is `former`, else of those introduced with it as a current one: "российский лидер" is not
    the "экс-глава" of the story, "бывший кандидат" not a current one. When no holder is introduced that way, all."""
    kept = {owner for owner in set(owners) if former in role_tenses(ctx, owner, wanted)}
    if not kept or len(kept) == len(set(owners)):
        return starts, owners
    return _keep_owners(starts, owners, kept)


def role_tenses(ctx: Context, entity_index: int, wanted: frozenset[str]) -> set[bool]:
    """How the person was introduced with one of the `wanted` role nouns: True for a former role ("бывший глава",
    "экс-глава"), False for a current one, both when the article does both."""
    tenses: set[bool] = set()
    for mention in names_of(ctx.doc.entities[entity_index]):
        words = _phrase_before(ctx, mention)
        for position, word in enumerate(words):
            lemmas = {lemma.removeprefix(FORMER_PREFIX) for lemma in word_lemmas(word)}
            if lemmas & wanted:
                tenses.add(_former_word(word) or any(_former_word(before) for before in words[:position]))
    return tenses


def _former_word(word: str) -> bool:
    """"бывший" in any form, or a word with the prefix "экс-" ("экс-глава", "экс-президента")."""
    return fold(word).startswith(FORMER_PREFIX) or "бывший" in word_lemmas(word)


def described_former(ctx: Context, head: int, tokens: list[int]) -> bool:
    """The description names a former role: "бывший кандидат", "экс-глава ведомства"."""
    return any(_former_word(ctx.tokens[index].text) for index in tokens if index <= head)


def _holder_elsewhere(ctx: Context, owners: frozenset[int], complement: str) -> bool:
    """A role with a place complement ("президент Франции") whose holders in the text were all introduced with
    another place ("президент России X"): it names someone new. A holder introduced with no place ("президент X")
    may be the one meant."""
    places = _place_lemmas(ctx)
    same = place_words(complement)
    if not same & places or not owners:
        return False
    return all(introduction_lemmas(ctx, owner) & places - same for owner in owners)


OFFICE_HEADS = frozenset({"глава", "руководитель", "председатель"})


@cache
def country_aliases() -> dict[str, frozenset[str]]:
    """Other words for a country in role phrases, its other one-word names (lang.COUNTRY_NAME_VARIANTS): "президент
    РФ" is "президент России", "премьер Англии" "премьер Великобритании". The head of a name of several words does
    not name the country alone: "федерация", "королевство", "штат" are a sports federation's, another kingdom's, a
    US state's ("президент федерации", "губернатор штата")."""
    return {country: frozenset(fold(parses(name)[0].normal_form) for name in names if " " not in name) - {country}
            for country, names in COUNTRY_NAME_VARIANTS.items()}


def place_words(complement: str) -> frozenset[str]:
    """The lemmas that name the same country as a role's place `complement` ("россия": also "рф"); any other
    complement only itself. Adjectives do not count: the words before a name often hold another country's
    ("украинского кризиса президент РФ X")."""
    return frozenset({complement}) | country_aliases().get(complement, frozenset())


def adjective_country(ctx: Context, head: int, tokens: list[int]) -> str:
    """The country of a country adjective before a role noun ("украинский лидер" -> "украина"), or "": like a
    genitive place complement it says whose role it is, but only to rule out holders of other countries (the words
    before a name hold other countries' adjectives too often to require its own)."""
    for index in tokens:
        country = COUNTRY_ADJECTIVES.get(ctx.lemma(index)) if index < head else None
        if country is not None and ctx.tokens[index].pos == "ADJ":
            return fold(country)
    return ""


@per_phrase
def description_country(ctx: Context, head: int, tokens: list[int]) -> str:
    """The one country a person description names anywhere in its phrase, by a country adjective or a country's
    name in the genitive ("украинский политик", "иранского министра", "президент Франции", "министр иностранных дел
    Германии", "глава украинского государства"): its key in `lang.offices`; "" for none, or for several ("посол
    России в США")."""
    found = set()
    for index in tokens:
        token = ctx.tokens[index]
        if index == head:
            continue
        adjective = token.pos == "ADJ" and ctx.lemma(index) in COUNTRY_ADJECTIVES
        genitive = token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Gen"
        country = word_country(ctx.lemma(index)) if adjective or genitive else ""
        if country:
            found.add(country)
    return next(iter(found)) if len(found) == 1 else ""


@per_document
def known_countries(ctx: Context, entity_index: int) -> frozenset[str]:
    """The countries a person is known to be of: those whose offices in `lang.offices` the name held ("Владимир
    Путин": Russia, though the story calls him only "президент"), else the countries of the adjectives and country
    names in the role phrases right before the person's names ("глава МИД Ирана X", "российский боксер X"); empty
    when neither tells."""
    held = countries_held(ctx.doc.entities[entity_index].name)
    if held:
        return held
    found: set[str] = set()
    for mention in names_of(ctx.doc.entities[entity_index]):
        words = list(takewhile(lambda word: any(char.isalnum() for char in word),
                               reversed(_phrase_before(ctx, mention))))
        first = ctx.token_at(mention.start)
        if sum(is_person_noun(ctx, index) for index in range(first - len(words), first)) > 1:
            continue  # "кум российского президента | X": the country is the other person's
        countries = {word_country(lemma) for word in words for lemma in word_lemmas(word)} - {""}
        if len(countries) == 1:  # the role phrase from its last punctuation mark on, of one country
            found |= countries  # "глава МИД Ирана | X"; not "обвинения грузинской стороной, полковник | X"
    return frozenset(found)


def of_country(ctx: Context, entity_index: int, country: str) -> bool:
    """The person is known to be of the country (`known_countries`)."""
    return ctx.doc.entities[entity_index].type == "PER" and country in known_countries(ctx, entity_index)


def country_mismatch(ctx: Context, entity_index: int, country: str, mention: Span | None = None) -> bool:
    """A description of one country (`description_country`: "президент Франции", "украинский политик") is no
    person known to be of other countries only (`known_countries`): "Президент Франции попросил Путина" is not
    Путин, "иранского министра" not the US secretary of state the story quoted last. True for such a person (turned
    down, traced at the description's `mention`); False when the countries fit, or either is unknown."""
    person = ctx.doc.entities[entity_index].type == "PER"
    known = known_countries(ctx, entity_index) if country and person else frozenset()
    if not known or country in known:
        return False
    if mention is not None:
        rejected("quotes", "country_mismatch", mention.start, mention.end,
                 f"{ctx.doc.entities[entity_index].name}: a description of {country}, "
                 f"known as of {', '.join(sorted(known))}")
    return True


def relatum_persons(ctx: Context, head: int) -> frozenset[int]:
    """The persons a person noun relates to by its genitive complement ("Представитель Эрдогана", "советник
    Дональда Трампа", "адвокат Навального"): whom the description is about, never the person it stands for. Only a
    complement the parse hangs on the noun, in the genitive, whose words are no nominative form of the person's
    name ("министр Голикова": an apposed name the tagger may read as a genitive). A noun in an oblique case may
    have its name in apposition in that case ("просьбу рядового Мэннинга", "по словам министра Лаврова"), so
    there only coref's reading of a relation noun counts (`oblique_relatum`: "по словам советника Трампа"). A
    genitive person description instead of a name gives the persons it may stand for (`described_relatum`: "друг
    актера", "отец школьника")."""
    case = ctx.feats(head).get("Case")
    if case is None or not (is_person_noun(ctx, head) or person_word(ctx, head)):
        return frozenset()
    found: set[int] = set()
    for child in ctx.kids(head, "nmod"):
        mention = ctx.mention_of_token.get(child)
        if child < head or ctx.feats(child).get("Case") != "Gen":
            if child > head and mention is not None and _animate_accusative(ctx, head, child) \
                    and ctx.doc.entities[mention[0]].type == "PER" and known_relatum(ctx, head, mention[0], mention[1]):
                found.add(mention[0])  # "со ссылкой на представителя | Байдена": the genitive form read as Acc
            continue
        if mention is None:
            found |= described_relatum(ctx, head, child)
            continue
        entity = ctx.doc.entities[mention[0]]
        name_words = fold(entity.name).split()
        words = fold(mention[1].text).split()
        nominative = any(name_words[i : i + len(words)] == words for i in range(len(name_words)))
        if entity.type == "PER" and not nominative and (case == "Nom" or oblique_relatum(ctx, head, child, mention[1])
                                                        or known_relatum(ctx, head, mention[0], mention[1])):
            found.add(mention[0])
    return frozenset(found | possessive_relatum(ctx, head) | _relation_owners(ctx, head))


def _relation_owners(ctx: Context, head: int) -> set[int]:
    """The persons named in the phrase of `head` as the owner of a relation noun in it (`relation_owner`)."""
    found = set()
    for index in np_tokens(ctx, head):
        mention = ctx.mention_of_token.get(index)
        if mention is not None and ctx.doc.entities[mention[0]].type == "PER" and relation_owner(ctx, head, index):
            found.add(mention[0])
    return found


def relation_owner(ctx: Context, head: int, index: int) -> bool:
    """A name in the genitive in the phrase of `head` that is the owner of a relation noun, not the noun's name: right
    after the relation noun by coref's one reading (`appositions.relation_complement`: "по словам друга Андрея
    Панина", "Друг Панина"; a kinship noun keeps a first name: "сына Ивана Петрова" is left the son's name), or
    apposed to a title that a kinship noun governs ("одного из сыновей министра Ивана Петрова": the minister is
    Петров). The relative speaks, named by the description. Not a relative's own name: a relation noun agreeing
    with it in the genitive with a possessive or in the plural ("его бывшей жены Татьяны Дельсаль", "супругов
    Гориных"), a name of the kinship noun's gender against the title's ("дочери народного артиста Екатерины
    Дуровой"). A staff noun keeps a name past its title ("помощника президента Аркадия Дворковича")."""
    from pipeline.coref.appositions import relation_complement  # coref reads the quotes stage's lexicon

    if index == head or ctx.feats(index).get("Case") != "Gen" or index not in ctx.mention_of_token:
        return False
    first = ctx.token_at(ctx.mention_of_token[index][1].start)
    noun = first - 1
    if noun >= 0 and ctx.lemma(noun) in RELATION_NOUNS:
        return relation_complement(ctx.doc, noun, index, first) and not _possessed_relative(ctx, noun, first)
    title = ctx.tokens[first].head if ctx.tokens[first].head == noun else -1
    kin = ctx.tokens[title].head if title >= 0 and ctx.feats(title).get("Case") == "Gen" else -1
    if kin < 0 or ctx.lemma(kin) not in KINSHIP_NOUNS | KIN_GROUP_NOUNS or kin > title \
            or any(ctx.tokens[between].pos not in ("ADJ", "DET") for between in range(kin + 1, title)):
        return False
    gender = ctx.feats(first).get("Gender")  # "дочери народного артиста Екатерины Дуровой": the daughter's name
    return not (gender and gender == ctx.feats(kin).get("Gender") != ctx.feats(title).get("Gender"))


def _possessed_relative(ctx: Context, noun: int, first: int) -> bool:
    """A relation noun in the genitive agreeing with the name after it in number, with a possessive before it ("его
    бывшей жены Татьяны Дельсаль") or in the plural ("пропавших супругов Гориных": a family's name): the name is
    the relatives' own."""
    feats = ctx.feats(noun)
    return feats.get("Case") == "Gen" and feats.get("Number") == ctx.feats(first).get("Number") \
        and (feats.get("Number") == "Plur" or any(
            ctx.feats(kid).get("Poss") == "Yes" or fold(ctx.word(kid)) in THIRD_PERSON_POSSESSIVES
            for kid in ctx.kids(noun, "det", "nmod") if kid < noun))


# Person nouns that name someone by another person: a relation ("сын", "советник") or someone acting for one
# ("адвокат", "представитель"); whoever the genitive or the possessive names is the other one.
OWNED_PERSON_NOUNS = RELATION_NOUNS | AGENT_NOUNS


def known_relatum(ctx: Context, head: int, entity_index: int, mention: Span) -> bool:
    """A genitive name after a relation or agent noun in an oblique case (OWNED_PERSON_NOUNS: "по словам адвоката
    | Навального", "по мнению представителя | Эрдогана", "со ссылкой на представителя | Байдена") names whom it
    relates to when the article named that person before with no such title: the noun's own name would be
    apposed in its case too ("по словам адвоката Иванова" for the lawyer Иванов), so only a person the story
    knows otherwise is the relatum (`_introduced_with_noun`: never one introduced with the noun or its synonym
    elsewhere). Traced by `relatum_mismatch`."""
    lemma = ctx.lemma(head).removeprefix(FORMER_PREFIX)
    if lemma not in OWNED_PERSON_NOUNS:
        return False
    start = ctx.tokens[head].start
    others = [other for other in names_of(ctx.doc.entities[entity_index]) if other.start != mention.start]
    if not any(other.start < start for other in others):
        return False
    return not _introduced_with_noun(ctx, others, role_words(lemma))


def _animate_accusative(ctx: Context, head: int, child: int) -> bool:
    """A name the tagger read as accusative after an accusative animate noun ("на представителя | Байдена"): an
    animate accusative has the genitive's form, and a name hung on a noun as `nmod` is its complement."""
    return ctx.feats(head).get("Case") == "Acc" and ctx.feats(child).get("Case") == "Acc" \
        and ctx.feats(child).get("Animacy") == "Anim"


def _introduced_with_noun(ctx: Context, mentions: list[Span], nouns: frozenset[str]) -> bool:
    """Whether one of a person's name mentions has one of `nouns` in its role phrase ("адвокат | Иван Петров")."""
    return any({lemma for word in _phrase_before(ctx, mention) for lemma in word_lemmas(word)} & nouns
               for mention in mentions)


def relative_mismatch(ctx: Context, entity_index: int, head: int, mention: Span) -> bool:
    """A relation or agent noun with its owner written (OWNED_PERSON_NOUNS with a third-person possessive or a
    genitive person: "ее отец заявил", "его пресс-секретарь", "сын Петрова") names that owner's relative, someone
    the story named with that noun or a synonym ("отец Мары Гарри X", "его пресс-секретарь Иван X") or with no
    title at all ("Иван Миронов подтвердил", then "защитник Хорошавина"): a person introduced with other titles
    only (the press secretary of a court for "ее отец", the president for Flynn's "его пресс-секретарь") is
    turned down, traced at `mention`; never one the description
    names or introduces ("первая жена Трампа — Ивана": `_introduces`)."""
    lemma = ctx.lemma(head).removeprefix(FORMER_PREFIX)
    if lemma not in OWNED_PERSON_NOUNS or not _owner_written(ctx, head):
        return False
    titles = introduced_as(ctx, entity_index)
    if not titles or titles & role_words(lemma) or _introduces(ctx, entity_index, mention) \
            or any(mention.start <= named.start < mention.end for named in names_of(ctx.doc.entities[entity_index])):
        return False  # "первая жена Трампа — Ивана": the description introduces her
    rejected("quotes", "relative_mismatch", mention.start, mention.end,
             f"{ctx.doc.entities[entity_index].name}: never introduced as {lemma}, the noun names someone's relative")
    return True


def official_mismatch(ctx: Context, entity_index: int, head: int, mention: Span) -> bool:
    """A noun of someone present at what happened (ANONYMOUS_SOURCE_NOUNS: "очевидец", "свидетель", "житель",
    "пользователь", "участник") or of a private person (GENERIC_PERSON_NOUNS: "мужчина", "женщина", "человек")
    names someone the story leaves unnamed, not a person it introduced with an office or a post (OFFICIAL_NOUNS:
    "Сотрудник дорожной полиции Иван Букацык говорит … По словам свидетеля", "заявил городской прокурор Франсуа
    Мулен. По словам очевидца", "уполномоченный Павел Астахов … нашли мужчину, который рассказал"): the official
    who reports on a case is neither its witness nor "a man". A person introduced with the noun itself or a synonym
    ("местный житель X"), with a person noun of another kind ("пенсионерка X") or with none ("46-летний Тод Шук
    рассказал, что видел …, — рассказал очевидец") may be, one the description names is ("очевидец
    происшествия Александр"), and a demonstrative points back at anyone ("Это тот самый парень, который сказал
    вам …": the president). A private person's noun (GENERIC_PERSON_NOUNS) naming the speaker of a direct quotation
    told just after a sentence whose subject is the person refers back to them ("Председатель ТСЖ Мария Иванова
    показала подвал. «…», — возмущается женщина"; `_last_subject`). Rule `official_mismatch`, traced turned down
    at `mention`."""
    lemma = ctx.lemma(head)
    if lemma not in PRIVATE_PERSON_NOUNS or _pointed_back(ctx, head, mention) \
            or any(mention.start <= named.start < mention.end for named in names_of(ctx.doc.entities[entity_index])) \
            or (lemma in GENERIC_PERSON_NOUNS and _last_subject(ctx, entity_index, head)):
        return False
    introduced = introduction_lemmas(ctx, entity_index) | introduced_as(ctx, entity_index)
    offices = introduced & OFFICIAL_NOUNS
    if not offices or introduced & role_words(lemma):
        return False
    rejected("quotes", "official_mismatch", mention.start, mention.end,
             f"{ctx.doc.entities[entity_index].name}: introduced as '{sorted(offices)[0]}', not a {lemma}")
    return True


def _last_subject(ctx: Context, entity_index: int, head: int) -> bool:
    """"Председатель ТСЖ Мария Иванова показала подвал. «…», — возмущается женщина": the noun names the speaker of a
    direct quotation that opens its sentence, and the subject of the last sentence told before that quotation is a
    mention of the entity, the person the story just spoke of."""
    sentences = ctx.doc.sentences
    own = ctx.tokens[head].sentence
    if not _opens_quoted(ctx, sentences[own].token_start):
        return False
    for sentence in sentences[max(0, own - 3):own][::-1]:
        if _opens_quoted(ctx, sentence.token_start):
            continue
        subjects = [index for index in range(sentence.token_start, sentence.token_end)
                    if ctx.tokens[index].rel.startswith("nsubj")
                    and (root := ctx.head_of(index)) is not None and ctx.tokens[root].rel == "root"]
        spans = [ctx.subtree(index) for index in subjects]
        return any(ctx.tokens[words[0]].start <= mention.start < ctx.tokens[words[-1]].end
                   for words in spans for mention in ctx.doc.entities[entity_index].mentions)
    return False


def _opens_quoted(ctx: Context, first: int) -> bool:
    """Whether the sentence whose first token is `first` opens with a quotation mark or inside a quotation."""
    return ctx.tokens[first].text[:1] in QUOTE_MARKS or ctx.quoted_at(ctx.tokens[first].start) is not None


def _pointed_back(ctx: Context, head: int, mention: Span) -> bool:
    """A demonstrative before the noun in its mention ("тот самый парень", "этот человек"): it refers back."""
    return any(ctx.lemma(index) in DEMONSTRATIVE_PRONOUNS
               for index in range(ctx.token_at(mention.start), head))


def _owner_written(ctx: Context, head: int) -> bool:
    """A third-person possessive on the noun ("ее | отец") or a genitive person it relates to (`relatum_persons`)."""
    possessive = any(child < head and fold(ctx.word(child)) in THIRD_PERSON_POSSESSIVES
                     for child in ctx.kids(head, "det", "nmod:poss", "nmod"))
    return possessive or bool(relatum_persons(ctx, head))


def possessive_relatum(ctx: Context, head: int) -> frozenset[int]:
    """The person a third-person possessive on a person noun refers to, as the coref stage linked it ("по словам
    его адвоката", "его супруга сказала", "ее отец"): whom the noun relates to, never the person it names."""
    found = set()
    for child in ctx.kids(head, "det", "nmod:poss", "nmod"):
        if child > head or fold(ctx.word(child)) not in THIRD_PERSON_POSSESSIVES:
            continue
        linked = ctx.coref_of_token.get(child)
        if linked is not None and ctx.doc.entities[linked[0]].type == "PER":
            found.add(linked[0])
    return frozenset(found)


def described_relatum(ctx: Context, head: int, child: int) -> frozenset[int]:
    """The persons a genitive person description after a person noun may stand for ("друг | актера", "по словам
    отца | ребенка", "представитель | губернатора"): the one coref linked it to, else every person introduced with
    that role noun or one it stands for (`introduced_as`: "Школьник Сева" for "отец школьника"), but not one
    introduced with both (`_introduced_with_both`) nor one named in the phrase itself ("заместитель командующего
    войсками ВКО генерал-майор Кирилл Макаров"), nor one of the other gender ("жена российского бизнесмена" is
    no relative of Алла Бут, whatever coref linked "бизнесмена" to). A description in the genitive is never the
    apposed name of the noun it hangs on, so the person it names is whom the noun relates to, in any case of the
    noun (a name there may be an apposition: `oblique_relatum`). Empty for a non-person ("глава | ведомства",
    "министр | финансов")."""
    if ctx.tokens[child].pos != "NOUN" or not is_person_noun(ctx, child):
        return frozenset()
    linked = _own_link(ctx, child, head)
    wanted, own = role_words(ctx.lemma(child)), role_words(ctx.lemma(head))
    gender = token_gender(ctx.doc, child)  # a man's noun is no woman's: coref's slips
    persons = [index for index, entity in enumerate(ctx.doc.entities) if person_agrees(ctx, index, gender)
               and (index == linked[0] if linked is not None else bool(introduced_as(ctx, index) & wanted))]
    apposed = _apposed_person(ctx, head)
    return frozenset(index for index in persons
                     if index != apposed and not _introduced_with_both(ctx, index, own, wanted))


def _own_link(ctx: Context, child: int, head: int) -> tuple[int, Span] | None:
    """The coref stage's link of the genitive description at `child` itself: not a mention that also holds the noun
    it hangs on ("пресс-секретаря чеченского президента", "Тренер шведов" linked whole to the spokesman, the
    coach), which names the described person, not whom the description relates to (traced `whole_phrase_link`)."""
    linked = ctx.coref_of_token.get(child)
    if linked is None or not linked[1].start <= ctx.tokens[head].start < linked[1].end:
        return linked
    fired("quotes", "whole_phrase_link", linked[1].start, linked[1].end,
          f"{ctx.word(child)}: the link of the whole phrase, not of the complement")
    return None


APPOSITION_WINDOW = ROLE_PHRASE_WINDOW  # tokens after a role noun within which its apposed name may come
APPOSED_MARKS = frozenset("()-")  # the marks a role noun's phrase may hold before its name: "(ВКО)", "генерал-майор"


def _apposed_person(ctx: Context, head: int) -> int | None:
    """The person named right after a role noun's phrase, with only nouns, adjectives, names, prepositions, brackets
    and hyphens between, and "и" between two complements of one case (`_coordinated_complements`), within
    APPOSITION_WINDOW tokens ("заместитель командующего войсками Воздушно-космической обороны (ВКО) генерал-майор
    Кирилл Макаров", "спецпредставитель президента РФ по делимитации и демаркации государственной границы …
    Александр Головин"): the person the phrase names, never its relatum. None where a verb or a clause comes first,
    or the first name is in another case ("отец школьника Севы": the genitive is the relatum)."""
    last = min(head + APPOSITION_WINDOW, ctx.sentence_range(head)[1])
    for index in range(head + 1, last):
        found = ctx.mention_of_token.get(index)
        if found is not None and ctx.doc.entities[found[0]].type == "PER":  # in the head's case, not a genitive
            return found[0] if ctx.feats(index).get("Case") == ctx.feats(head).get("Case") else None
        inside = ctx.tokens[index].pos in ("NOUN", "ADJ", "PROPN", "ADP") or ctx.tokens[index].text in APPOSED_MARKS
        if not inside and not _coordinated_complements(ctx, index):  # "по делимитации | и | демаркации границы"
            return None
    return None


def _introduced_with_both(ctx: Context, index: int, own: frozenset[str], wanted: frozenset[str]) -> bool:
    """A person introduced with the whole relation the description spells, its head's role and its genitive's, in
    one phrase before one name ("Заместитель министра финансов Татьяна Нестеренко" for "заместитель министра"):
    the one it names. Not one introduced with each apart ("актер Андрей Панин", then "друг и директор Панина
    Геннадий Русин": the phrase before the genitive "Панина" is Русин's)."""
    for mention in names_of(ctx.doc.entities[index]):
        lemmas = {lemma for word in _phrase_before(ctx, mention) for lemma in word_lemmas(word)}
        if lemmas & own and lemmas & wanted:
            return True
    return False


def oblique_relatum(ctx: Context, head: int, child: int, mention: Span) -> bool:
    """A person noun in an oblique case whose genitive name is the other person of a relation, by coref's one
    reading (`appositions.relation_complement`): a relation noun ("по словам советника | Трампа", "со ссылкой на
    помощника | Байдена"), a kinship noun before a surname ("по словам отца | Джексона"); an office title keeps
    its name as an apposition ("по словам министра | Лаврова", "президента | Путина"), and so does a genitive
    role that is a relation noun too ("адвоката | Лебедева": either, left one). Traced by `relatum_mismatch`."""
    from pipeline.coref.appositions import relation_complement  # coref reads the quotes stage's lexicon

    return relation_complement(ctx.doc, head, child, ctx.token_at(mention.start))


def relatum_mismatch(ctx: Context, entity_index: int, owners: frozenset[int], mention: Span) -> bool:
    """The person found for a description is the one its genitive complement names (`relatum_persons`):
    "Представитель Эрдогана" is not Эрдоган. True for such a person (turned down, traced at `mention`)."""
    if entity_index not in owners:
        return False
    rejected("quotes", "relatum_owner", mention.start, mention.end,
             f"{ctx.doc.entities[entity_index].name}: the person the description relates to, not the one it names")
    return True


# A body's spokesmen: "представитель Елисейского дворца", "пресс-секретарь МВД" (ROLE_HYPONYMS' narrower nouns).
REPRESENTATIVE_NOUNS = fold_words("представитель представительница") | ROLE_HYPONYMS["представитель"]
INTRODUCTION_WINDOW = 12  # tokens before a name read as its introduction by `_introduced_with_body`


def represented_body(ctx: Context, head: int, tokens: list[int]) -> tuple[frozenset[str], frozenset[int]]:
    """The body a representative noun speaks for, as lemmas and entities: the nouns and names after the head in its
    phrase ("представитель | Елисейского дворца" -> дворец, "официальный представитель | СК" -> СК and its entity,
    "представитель | МВД Грузии" -> МВД: a place after the first noun only says whose body it is), with the office
    a seat stands for (SEAT_METONYMS: "представитель Кремля" may be the president's press secretary). Empty for
    another noun, for a body named only by a hypernym ("представитель ведомства": the organization quoted last,
    `_hypernym_of_last_speaker`), and for a person's representative ("пресс-секретарь бизнесмена", "представитель
    Эрдогана": `relatum_persons`)."""
    if ctx.lemma(head).removeprefix(FORMER_PREFIX) not in REPRESENTATIVE_NOUNS:
        return frozenset(), frozenset()
    after = [index for index in tokens if index > head]
    nouns = [index for index in after if ctx.tokens[index].pos in ("NOUN", "PROPN")]
    if not nouns or ctx.entity_type_at(nouns[0]) == "PER" or is_person_noun(ctx, nouns[0]):
        return frozenset(), frozenset()
    bodies = [index for position, index in enumerate(nouns) if ctx.lemma(index) not in HYPERNYM_ORGANIZATION_NOUNS
              and ctx.entity_type_at(index) not in (("PER",) if position == 0 else ("LOC", "PER"))]
    words = {lemma for index in bodies for lemma in {ctx.lemma(index)} | word_lemmas(ctx.tokens[index].text)}
    words |= {ACRONYM_MARK + fold(ctx.tokens[index].text) for index in bodies if all_capitals(ctx.tokens[index].text)}
    if words:
        seat = " ".join(ctx.lemma(index) for index in after[: after.index(nouns[0]) + 1])
        words |= SEAT_METONYMS.get(seat, frozenset()) | SEAT_METONYMS.get(ctx.lemma(nouns[0]), frozenset())
    entities = {ctx.mention_of_token[index][0] for index in bodies if index in ctx.mention_of_token}
    return frozenset(words), frozenset(entities)


ACRONYM_MARK = "#"  # a body word that is initials, matched against the initials of the words of an introduction
BODY_STEM = 5  # letters two body words share at least to be one body ("прокуратура", "прокурор")


def body_mismatch(ctx: Context, entity_index: int, body: tuple[frozenset[str], frozenset[int]],
                  mention: Span) -> bool:
    """The person found for a representative of a body was never introduced with that body
    (`represented_body`): "Представитель Елисейского дворца заверил" is not the salient Саркози, "представитель
    прокуратуры Москвы" not the FSB's spokesman quoted before, "представитель МВД Грузии" not a photographer of
    EPA. True for such a person (turned down, traced at `mention`: the phrase, or the next step, answers)."""
    words, entities = body
    entity = ctx.doc.entities[entity_index]
    if not words or entity.type != "PER" or any(mention.start <= named.start < mention.end for named in
                                                 names_of(entity)) \
            or _introduced_with_body(ctx, entity_index, words, entities):
        return False  # a name in the phrase is its own ("представитель МИД Ирана | Хамид Реза Асефи")
    rejected("quotes", "body_mismatch", mention.start, mention.end,
             f"{entity.name}: introduced with no word of the body ({', '.join(sorted(words))})")
    return True


def _introduced_with_body(ctx: Context, entity_index: int, words: frozenset[str], entities: frozenset[int]) -> bool:
    """A role the entities stage gives the person, or the words before one of its names in their sentence (at most
    INTRODUCTION_WINDOW tokens), name the body: one of its words or a word of the same stem ("прокуратуры" for
    "прокурора", "суда" in "Мособлсуда"), its entity, its initials spelled out ("Следственного комитета" for "СК"),
    or a representative of a body named by a hypernym ("официального представителя ведомства | Владимира
    Маркина": `_hypernym_body`)."""
    entity = ctx.doc.entities[entity_index]
    lemmas = frozenset(word for word in words if not word.startswith(ACRONYM_MARK))
    acronyms = [word.removeprefix(ACRONYM_MARK) for word in words if word.startswith(ACRONYM_MARK)]
    if any(_same_body(lemmas, word_lemmas(word)) for role in entity.roles for word in role.split()):
        return True
    for mention in names_of(entity):
        first = ctx.token_at(mention.start)
        start, _ = ctx.sentence_range(first)
        for index in range(max(start, first - INTRODUCTION_WINDOW), first):
            named = ctx.mention_of_token.get(index)
            found = {ctx.lemma(index)} | word_lemmas(ctx.tokens[index].text)
            if _same_body(lemmas, found) or _hypernym_body(ctx, index, found) \
                    or (named is not None and named[0] in entities) \
                    or any(_spelled_from(ctx, index, first, acronym) for acronym in acronyms):
                return True
    return False


def _hypernym_body(ctx: Context, index: int, found: set[str]) -> bool:
    """A representative noun's complement that names its body by a hypernym ("официального представителя |
    ведомства"): any body may be meant."""
    return bool(found & HYPERNYM_ORGANIZATION_NOUNS) and index > 0 \
        and ctx.lemma(index - 1).removeprefix(FORMER_PREFIX) in REPRESENTATIVE_NOUNS


def _same_body(words: frozenset[str], found: set[str]) -> bool:
    """A body word and a word of an introduction are one: equal, of one stem (BODY_STEM letters), or the word inside
    a compound ("суд" in "мособлсуд")."""
    return any(word == other or (len(word) >= BODY_STEM and other[:BODY_STEM] == word[:BODY_STEM])
               or (len(word) >= 3 and word in other) for word in words for other in found)


def _spelled_from(ctx: Context, index: int, end: int, acronym: str) -> bool:
    """The words from `index` on, prepositions and conjunctions skipped, begin with the initials' letters
    ("следственного управления" for "СУ", "Министерства по чрезвычайным ситуациям" for "МЧС")."""
    letters = ""
    while index < end and len(letters) < len(acronym):
        token = ctx.tokens[index]
        if not token.text.isalpha():
            return False
        if token.pos not in ("ADP", "CCONJ"):
            letters += fold(token.text[0])
        index += 1
    return letters == acronym


def role_complements(ctx: Context, head: int, tokens: list[int]) -> tuple[str, str]:
    """A role noun's genitive complement ("президент | Анголы"), and, when it has none, its country adjective's
    country ("украинский лидер"); "" for what it lacks."""
    complement = genitive_complement(ctx, head, tokens)
    return complement, "" if complement else adjective_country(ctx, head, tokens)


def role_by_complement(ctx: Context, role: str, head: int, tokens: list[int], gender: str) -> int | None:
    """`by_role` for a role noun with its genitive complement ("президент | Анголы") or country adjective."""
    complement, country = role_complements(ctx, head, tokens)
    return by_role(ctx, role, ctx.tokens[head].start, gender, complement or country, required=not country,
                   former=described_former(ctx, head, tokens),
                   country=(description_country(ctx, head, tokens), ctx.span(tokens[0], tokens[-1])))


@per_document
def _place_lemmas(ctx: Context) -> frozenset[str]:
    """The lemmas of the words of the places the document names ("Франции" -> франция)."""
    return frozenset(lemma for entity in ctx.doc.entities if entity.type == "LOC"
                     for word in entity.name.split() for lemma in word_lemmas(word))


@per_document
def introduction_lemmas(ctx: Context, entity_index: int) -> frozenset[str]:
    """Every lemma of the role phrases right before a person's name mentions ("президентом Анголы X")."""
    return frozenset(lemma for mention in names_of(ctx.doc.entities[entity_index])
                     for word in _phrase_before(ctx, mention) for lemma in word_lemmas(word))


def introduction_phrases(ctx: Context, entity_index: int, head: str) -> list[list[str]]:
    """The words of each part of a role phrase a person was introduced with whose role noun is `head`: of the
    roles the entities stage gave it ("глава правительства Швеции" of "Перссон, глава правительства Швеции") and of
    the words right before its name mentions ("Глава правительства Швеции | Йоран Перссон"); not a part headed by
    another person noun ("супруга главы государства | Людмила Путина")."""
    entity = ctx.doc.entities[entity_index]
    phrases = [role.split() for role in entity.roles] + [_phrase_before(ctx, mention) for mention in names_of(entity)]
    return [part.split() for words in phrases for part in " ".join(words).split(",")
            if head in _person_head(part.split())]


@per_document
def _introduced_mentions(ctx: Context, wanted: frozenset[str], gender: str) -> tuple[list[int], list[int]]:
    """The starts of the mentions of the persons introduced with one of the `wanted` role nouns and agreeing with
    `gender`, sorted, and the entity of each."""
    found = sorted((mention.start, index) for index, entity in enumerate(ctx.doc.entities)
                   if entity.type == "PER" and person_agrees(ctx, index, gender) and introduced_as(ctx, index) & wanted
                   for mention in entity.mentions)
    return [start for start, _ in found], [owner for _, owner in found]


def genitive_complement(ctx: Context, head: int, tokens: list[int]) -> str:
    """The lemma of the noun or name in the genitive right after a role noun ("глава | региона", "президент |
    Анголы"), or ""."""
    following = head + 1
    while following in tokens and ctx.tokens[following].pos == "ADJ" and ctx.feats(following).get("Case") == "Gen":
        following += 1  # "директор | издательского | дома"
    genitive = ctx.feats(following).get("Case") == "Gen" if following < len(ctx.tokens) else False
    attached = following in tokens or (genitive and ctx.tokens[following].head == head)  # any relation the parse gave
    if attached and ctx.tokens[following].pos in ("NOUN", "PROPN") and genitive:
        return ctx.lemma(following)
    return ""


def is_indefinite(ctx: Context, head: int, tokens: list[int]) -> bool:
    """"один из пассажиров", "другая пассажирка", "некий бизнесмен": someone new, never someone named before."""
    return any(ctx.lemma(index) in INDEFINITE_MARKERS for index in tokens if index <= head)


def salient_person(ctx: Context, position: int, gender: str, history: list[Said],
                   content: tuple[int, int] = (0, 0), unnamed: bool = False,
                   country: tuple[str, Span] | None = None) -> Speaker | None:
    """The most salient person before `position`: the latest quoted speaker or named subject within a few
    sentences, agreeing in gender, never the speaker of a quote that encloses `position` nor someone the quote's
    own `content` names ("Джексон совершил переворот ..., считает маэстро"). `unnamed`: a speaker described
    without a name counts too, in the sentence before ("Один из пассажиров рассказал ... По словам мужчины").
    A quote before `position` counts as one sentence (`_quote_sentence`). `country`: a description's country and
    its mention; no person known to be of other countries only (`country_mismatch`)."""
    sentence = _quote_sentence(ctx, position, content)
    enclosing = enclosing_speaker(ctx, position, history)
    options: list[tuple[float, int, Speaker]] = []
    for said in recent(history, sentence - ROLE_SENTENCES):
        speaker = said.speaker
        distance = sentence - said.sentence
        if said.start >= position or distance > ROLE_SENTENCES or speaker.name == enclosing:
            continue
        if speaker.entity is None:
            agrees = not gender or speaker.gender in (gender, "")
            if unnamed and speaker.person and speaker.name and distance <= 1 and agrees:
                options.append((distance, said.start, speaker))
        elif person_agrees(ctx, speaker.entity, gender) and not named_within(ctx, speaker.entity, content):
            options.append((distance, said.start, speaker))
    for entity_index, span in ctx.mentions_in_entity_order(ctx.sentences_start(sentence - ROLE_SENTENCES), position):
        entity = ctx.doc.entities[entity_index]
        if entity.type != "PER" or entity.name == enclosing or not person_agrees(ctx, entity_index, gender) \
                or named_within(ctx, entity_index, content):
            continue
        if span.end > position or inside_other_quote(ctx, span.start, position) \
                or content[0] <= span.start < content[1]:
            continue
        first = ctx.token_at(span.start)
        distance = sentence - ctx.tokens[first].sentence
        if distance <= ROLE_SENTENCES and is_subject_mention(ctx, first, span):
            options.append((distance, span.start, Speaker(entity.name, entity_index, None, entity.gender)))
    if country is not None:  # one known to be of the country first, never one known to be of another
        options = [option for option in options
                   if option[2].entity is None or not country_mismatch(ctx, option[2].entity, *country)]
        fitting = [option for option in options
                   if option[2].entity is not None and of_country(ctx, option[2].entity, country[0])]
        options = fitting or options
    if not options:
        return None
    return min(options, key=lambda option: (option[0], -option[1]))[2]


def country_person_before(ctx: Context, head: int, candidate: Candidate, history: list[Said], country: str,
                          mention: Span) -> Speaker | None:
    """For a description of `country` whose salient person was turned down as of another country, the latest
    person known to be of that country (`of_country`) named in any role in the description's sentence or the one
    before ("Президент ДР Конго Чисекеди встретился с Дональдом Трампом. …, — сказал республиканец": Трамп, an
    object, not the subject from Congo); traced as `country_person`."""
    position = ctx.tokens[head].start
    sentence = _quote_sentence(ctx, position, (candidate.start, candidate.end))
    enclosing = enclosing_speaker(ctx, position, history)
    gender = gender_of(ctx, head, candidate)
    found = [(sentence - ctx.tokens[ctx.token_at(span.start)].sentence, span.start, entity_index)
             for entity_index, span in ctx.mentions_in_entity_order(ctx.sentences_start(sentence - 1), position)
             if span.end <= position and ctx.doc.entities[entity_index].type == "PER"
             and ctx.doc.entities[entity_index].name != enclosing and person_agrees(ctx, entity_index, gender)
             and of_country(ctx, entity_index, country) and not inside_other_quote(ctx, span.start, position)]
    if not found:
        return None
    entity_index = min(found, key=lambda item: (item[0], -item[1]))[2]
    entity = ctx.doc.entities[entity_index]
    fired("quotes", "country_person", mention.start, mention.end, f"-> {entity.name}, of {country}")
    return Speaker(entity.name, entity_index, mention, entity.gender)


def _quote_sentence(ctx: Context, position: int, content: tuple[int, int]) -> int:
    """The sentence salience is counted back from: when the quote comes before `position`, its sentences count as
    one (they are the speaker's words, one turn, not text between the speaker's last mention and the description:
    "Нуруллин опроверг ... «Я сам был в шоке. … (seven sentences) …», - рассказал казанец"); else `position`'s."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    if content[0] < content[1] <= position:
        return min(sentence, ctx.tokens[ctx.token_at(content[0])].sentence + 1)
    return sentence


def named_within(ctx: Context, entity_index: int, content: tuple[int, int]) -> bool:
    """The person is named inside the quote's own content ("Следователь указал, что обвиняемая может угрожать
    Киркорову"): whom the words are about, not who says them. Pronouns do not count: "Президент отметил, что он
    …" may well be the speaker's own."""
    return any(content[0] <= mention.start < content[1] for mention in ctx.doc.entities[entity_index].names())


def describe_person(ctx: Context, head: int, tokens: list[int], role: str, candidate: Candidate,
                    history: list[Said]) -> Speaker | None:
    """A person noun as a definite description: the person introduced in that role (or one it stands for),
    else, for a bare noun, the most salient person before it; else the person introduced with the same noun just
    below it (`described_before_introduction`). None: a new, unnamed person (the noun phrase names it): one marked
    as new ("один из", "другая"), or a noun with modifiers that matches no introduction."""
    gender = gender_of(ctx, head, candidate)
    speaker = _describe_back(ctx, head, tokens, role, candidate, gender, history)
    if speaker is not None or is_indefinite(ctx, head, tokens) or ctx.tokens[head].sentence == 0:
        return speaker
    return described_before_introduction(ctx, head, tokens, role, gender)


def described_before_introduction(ctx: Context, head: int, tokens: list[int], role: str,
                                  gender: str) -> Speaker | None:
    """A description that names no one before it is the person named next, in the same or the next paragraph,
    whom the article introduces with its noun and the words after it ("Как подчеркнула главный внештатный
    гериатр, «…», — обратила внимание Ткачева. … главный внештатный гериатр Минздрава Ольга Ткачева"): a lead or a
    news item describes before it names."""
    wanted = role_words(role or ctx.lemma(head), genitive_complement(ctx, head, tokens))
    start = ctx.tokens[tokens[-1]].end
    later = sorted((mention.start, index) for index, entity in enumerate(ctx.doc.entities)
                   for mention in names_of(entity) if mention.start >= start)
    for position, index in later:
        if paragraph_breaks(ctx.doc.text, start, position) > NEXT_PARAGRAPH:
            break
        if person_agrees(ctx, index, gender) and _introduced_alike(ctx, index, head, tokens, wanted):
            mention = ctx.span(tokens[0], tokens[-1])
            entity = ctx.doc.entities[index]
            fired("quotes", "described_before_introduction", mention.start, mention.end, f"-> {entity.name}")
            return Speaker(entity.name, index, mention, entity.gender)
    return None


def _introduced_alike(ctx: Context, entity_index: int, head: int, tokens: list[int], wanted: frozenset[str]) -> bool:
    """One role phrase before one of the person's names has a `wanted` head and every noun and name the description
    has after its head, its country ("белорусский лидер") and its tense ("бывшая жена")."""
    nouns = {ctx.lemma(i) for i in tokens if i > head and ctx.tokens[i].pos in ("NOUN", "PROPN")}
    country = role_complements(ctx, head, tokens)[1]
    if described_former(ctx, head, tokens) and True not in role_tenses(ctx, entity_index, wanted):
        return False
    for mention in names_of(ctx.doc.entities[entity_index]):
        lemmas = _fitting_introduction(ctx, mention, wanted, nouns)
        if lemmas is not None and (not country or place_words(country) & lemmas):
            return True
    return False


def _describe_back(ctx: Context, head: int, tokens: list[int], role: str, candidate: Candidate, gender: str,
                   history: list[Said]) -> Speaker | None:
    """`describe_person` by the introductions and the salient persons before the description (of `gender`)."""
    position = ctx.tokens[head].start
    mention = ctx.span(tokens[0], tokens[-1])
    if is_indefinite(ctx, head, tokens):
        return None
    if (is_bare(ctx, head, tokens) or interlocutor_of_medium(ctx, head, tokens)) \
            and (role or ctx.lemma(head)) in HYPERNYM_SOURCE_NOUNS:
        unnamed = _unnamed_source_before(ctx, position, gender, history)
        if unnamed is not None:
            return Speaker(unnamed.name, None, mention, unnamed.gender or gender)
    complement, country = role_complements(ctx, head, tokens)
    former = described_former(ctx, head, tokens)
    described = (description_country(ctx, head, tokens), mention)
    found = by_role(ctx, role, position, gender, complement or country, required=not country,
                    former=former, country=described) if role else None
    complement = complement or country
    if found is None and role and ctx.tokens[head].sentence == 0:
        found = _introduced_below(ctx, head, tokens, role, gender)
    if found is not None:
        entity = ctx.doc.entities[found]
        return Speaker(entity.name, found, mention, entity.gender)
    holders = frozenset(_introduced_mentions(ctx, role_words(role, complement), gender)[1]) if role else frozenset()
    if role and (_holder_elsewhere(ctx, holders, complement)
                 or (holders and all(country_mismatch(ctx, holder, *described) for holder in holders))):
        return None  # "Президент Франции" introduces no one yet: not the salient "президент России"
    noun = role or ctx.lemma(head)
    if noun not in SPEAKER_ROLE_NOUNS and not is_bare(ctx, head, tokens):
        tied = _tied_salient(ctx, head, tokens, gender, history, (candidate.start, candidate.end))
        if tied is not None:
            return Speaker(tied.name, tied.entity, mention, tied.gender)
    if noun in UNNAMED_SOURCES or (
            noun not in SPEAKER_ROLE_NOUNS - GENERIC_PERSON_NOUNS and not is_bare(ctx, head, tokens)):
        return None  # "пожилая женщина из ...", "государственный обвинитель": someone new
    unnamed = noun in GENERIC_PERSON_NOUNS and is_bare(ctx, head, tokens)
    speaker = salient_person(ctx, position, gender, history, (candidate.start, candidate.end), unnamed, described)
    if speaker is None or (speaker.entity is not None and someone_new_at(ctx, head, tokens, speaker.entity)
                           and not _hypernym_of_last_speaker(ctx, head, tokens, speaker, history)):
        return None
    if role and not former and speaker.entity is not None and not present_holders(
            ctx, [position], [speaker.entity], frozenset(role_words(role, complement)), position)[1]:
        return None  # the salient person held the role only before: "Глава Белого дома" is not the ex-president
    if role and speaker.entity is not None \
            and introduced_otherwise(ctx, speaker.entity, head, tokens, (role, complement), mention):
        return None  # "Министр финансов пояснил" is not the salient "президент" who asked him
    return Speaker(speaker.name, speaker.entity, mention, speaker.gender)


def introduced_otherwise(ctx: Context, entity_index: int, head: int, tokens: list[int], described: tuple[str, str],
                         mention: Span) -> bool:
    """The salient person a role noun would fall back to was introduced with an office the noun cannot name
    (coref's one check, `coref.resolve.other_office`): "автор статьи" is not the "президент" the article is about,
    "Министр финансов пояснил" not the "президент" who asked. Only an office a person is referred back by counts
    (PERSON_ROLES & BACK_REFERRING_ROLE_NOUNS: "президент", "министр", "губернатор"), not an activity
    ("оппозиционер", "музыкант", "адвокат": Навальный is still the "автор статьи" he wrote, Николаев the "певец");
    a generic role (`coref.lexicon.GENERIC_ROLES`: "политик", "лидер") or a party's member ("республиканец": the
    "губернатор Флориды") names anyone; a relation noun with its owner written is `relative_mismatch`'s, a body's
    representative `body_mismatch`'s. `described`: the role lemma and its genitive complement. True when so (rule
    `introduced_otherwise`, traced turned down at `mention`)."""
    from pipeline.coref.lexicon import GENERIC_ROLES, PERSON_ROLES  # coref reads the quotes stage's lexicon
    from pipeline.coref.resolve import other_office

    role, complement = described
    if role in GENERIC_ROLES or _party_word(role):
        return False  # "политик", "республиканец": anyone, whatever office
    if role in OWNED_PERSON_NOUNS and _owner_written(ctx, head):
        return False  # "его пресс-секретарь": someone's relative, `relative_mismatch` reads it
    if any(represented_body(ctx, head, tokens)):
        return False  # "представитель Елисейского дворца": the body's, `body_mismatch` reads it
    office = other_office(ctx, entity_index, role, role_words(role, complement),
                          offices=PERSON_ROLES & BACK_REFERRING_ROLE_NOUNS)
    if office:
        rejected("quotes", "introduced_otherwise", mention.start, mention.end,
                 f"{ctx.doc.entities[entity_index].name}: introduced as '{office}', which '{role}' does not name")
    return bool(office)


HYPERNYM_ORGANIZATION_NOUNS = BODY_NOUNS | BUSINESS_NOUNS | fold_words("организация")


def _hypernym_of_last_speaker(ctx: Context, head: int, tokens: list[int], speaker: Speaker,
                              history: list[Said]) -> bool:
    """"— заявил представитель ведомства" right after "начальник военного комиссариата X заявил, что …" in the same
    paragraph: a role noun whose only complement is a bare hypernym of an organization (ведомство, компания,
    организация) names no organization of its own, so it goes on describing the person quoted last, when that
    person is the salient one and no paragraph break stands between that quote and the role noun."""
    after = [index for index in tokens if index > head]
    if len(after) != 1 or ctx.lemma(after[0]) not in HYPERNYM_ORGANIZATION_NOUNS \
            or not _organization_genitive(ctx, after[0]) or not history:
        return False
    last = history[-1]
    return last.speaker.entity == speaker.entity and "\n" not in ctx.doc.text[last.start : ctx.tokens[head].start]


def person_word(ctx: Context, head: int) -> bool:
    """A person noun, or an adjective or participle used as one as the subject ("пострадавший отметил"); a
    capitalized person noun opening a sentence, which the tagger may take for a name ("Демократ заявил")."""
    token = ctx.tokens[head]
    if token.pos in ("ADJ", "VERB") and token.rel.startswith("nsubj"):
        return token.pos == "ADJ" or token.feats.get("VerbForm") == "Part"
    if token.pos == "NOUN" and token.rel.startswith("nsubj") and token.feats.get("Animacy") == "Anim" \
            and any(p.tag.POS in ADJECTIVAL_POS for p in parses(token.text.lower())):
        return True  # a participle the tagger made an animate noun ("пострадавший")
    if token.pos == "PROPN" and ctx.sentence_range(head)[0] == head and head not in ctx.mention_of_token:
        readings = parses(token.text.lower())
        return bool(readings) and all(p.tag.POS == "NOUN" and "anim" in p.tag
                                      and not PROPER_NAME_GRAMMEMES & p.tag.grammemes for p in readings)
    return is_person_noun(ctx, head)


def _latest_named_person(ctx: Context, head: int, gender: str) -> Speaker | None:
    """"последний" (the latter): the person named last before it, in its sentence or the one before."""
    sentence = ctx.tokens[head].sentence
    for start, entity_index, _, _ in ctx.mentions_back_from(ctx.tokens[head].start):
        if sentence - ctx.tokens[ctx.token_at(start)].sentence > 1:
            return None
        entity = ctx.doc.entities[entity_index]
        if entity.type == "PER":
            return Speaker(entity.name, entity_index, ctx.span(head, head), entity.gender) \
                if person_agrees(ctx, entity_index, gender) else None
    return None


def salient_description(ctx: Context, head: int, tokens: list[int], candidate: Candidate,
                        history: list[Said]) -> Speaker | None:
    """A singular person description that names no one and matches no introduction, with modifiers only before
    its noun ("российский офицер", "42-летняя женщина", "пострадавший"): the most salient person before it (the
    latest quoted speaker or named subject agreeing in gender) when the article has quoted that person already,
    as news goes on about the person it quotes.
    Not an unnamed source ("источник"), one marked as new ("другой пассажир") or one with a phrase after its noun
    ("женщина из Зеленодольска")."""
    if ctx.lemma(head) in LATTER_WORDS and ctx.tokens[head].pos in ("ADJ", "DET", "PRON"):
        return _latest_named_person(ctx, head, gender_of(ctx, head, candidate))
    lemma = ctx.lemma(head)
    if not person_word(ctx, head) or lemma in UNNAMED_SOURCES or is_indefinite(ctx, head, tokens):
        return None
    party = _party_role(ctx, head, tokens)
    if lemma in ROLE_NOUNS - BACK_REFERRING_ROLE_NOUNS and not party:
        return None  # "корреспондент", "эксперт", "врач": usually someone new (lexicon)
    if any(index > head and ctx.is_word(index) for index in tokens) and not _office_of(ctx, head, tokens) \
            and not party:
        return None
    before = [index for index in tokens if index < head and ctx.is_word(index)]
    if any(ctx.tokens[index].pos not in ("ADJ", "NUM") and ctx.word(index) not in DEMONSTRATIVE_PRONOUNS
           for index in before):
        return None  # "наш корреспондент": the outlet's own, not the person just quoted
    gender = gender_of(ctx, head, candidate)
    position = ctx.tokens[head].start
    described = (description_country(ctx, head, tokens), ctx.span(tokens[0], tokens[-1]))
    speaker = salient_person(ctx, position, gender, history, (candidate.start, candidate.end), country=described)
    if speaker is None or speaker.entity is None or someone_new_at(ctx, head, tokens, speaker.entity):
        return None
    if not any(said.speaker.entity == speaker.entity and said.start < position for said in history):
        return None  # only someone already quoted: "Бывший чиновник X вину не признал. Государственный обвинитель"
    return Speaker(speaker.name, speaker.entity, ctx.span(tokens[0], tokens[-1]), speaker.gender)


def _office_of(ctx: Context, head: int, tokens: list[int]) -> bool:
    """"глава государства", "глава Минспорттуризма", "руководитель ведомства": a head noun whose only words after
    it are its genitive complement (no preposition): an office one person holds, so a definite description like a
    bare role; "женщина из Зеленодольска" stays someone new."""
    after = [index for index in tokens if index > head and ctx.is_word(index)]
    return ctx.lemma(head) in OFFICE_HEADS and bool(after) and all(
        ctx.tokens[index].pos in ("NOUN", "PROPN", "ADJ") and ctx.feats(index).get("Case") == "Gen"
        for index in after)


def _party_role(ctx: Context, head: int, tokens: list[int]) -> bool:
    """A party's nominee or spokesperson (`lang.lexicon.PARTY_ROLE_NOUNS`) whose only words after the noun name the
    party: "кандидат от демократов", "кандидат от Республиканской партии", "представитель Демпартии" (a party by
    `coref.kinds` data: a word of the "party" kind of ORGANIZATION_KIND_NOUNS, or a member noun of
    PARTY_MEMBER_NOUNS). One person the story goes on quoting, like an office; "кандидат из Москвы" stays new."""
    after = [index for index in tokens if index > head and ctx.is_word(index)]
    if ctx.lemma(head) not in PARTY_ROLE_NOUNS or not after:
        return False
    if ctx.word(after[0]) == "от":
        after = after[1:]
    return bool(after) and all(ctx.tokens[index].pos in ("NOUN", "PROPN", "ADJ") for index in after) \
        and ctx.tokens[after[-1]].pos != "ADJ" and _party_word(ctx.lemma(after[-1]))


PARTY_KIND_NOUNS = tuple(noun for noun, kind in ORGANIZATION_KIND_NOUNS.items() if kind == "party")


def _party_word(lemma: str) -> bool:
    """"партия", "демпартия", "компартия", "демократ": a party or its members."""
    return lemma in PARTY_MEMBER_NOUNS or lemma.endswith(PARTY_KIND_NOUNS)


PARTY_MEMBER_SELF = {noun: noun for noun in PARTY_MEMBER_NOUNS}  # each member noun to itself (`described_party`)


def _member_noun(lemma: str, words: dict[str, str]) -> str:
    """The member noun `words` maps a lemma to, read whole and then by the parts of a hyphenated compound
    ("сенатор-республиканец", "президент-республиканец": "республиканец"; "социал-демократ" stays whole); ""."""
    if lemma in words:
        return words[lemma]
    parts = [words[part] for part in lemma.split("-") if part in words]
    return parts[-1] if parts else ""


def described_party(ctx: Context, head: int, tokens: list[int]) -> str:
    """The party a bare party-member description names ("демократ", "республиканец", "сенатор-республиканец"):
    its member noun (PARTY_MEMBER_NOUNS), or "" for any other phrase (one with words after its noun, "демократ из
    Калифорнии", is someone new)."""
    if any(index > head and ctx.is_word(index) for index in tokens):
        return ""
    return _member_noun(ctx.lemma(head), PARTY_MEMBER_SELF)


PARTY_PHRASE_WORDS = 12  # how far back from a name its party phrase is read


@per_document
def introduced_parties(ctx: Context, entity_index: int) -> frozenset[str]:
    """The parties the phrases right before a person's names give the person (PARTY_AFFILIATION_WORDS: "кандидат
    от Демократической партии и бывший вице-президент Джо Байден", "соперника из Демпартии Джо Байдена" a
    "демократ", "президента-республиканца Дональда Трампа" a "республиканец"): nouns, adjectives, prepositions and
    "и" read back in the sentence to any other word or another person's name, and only while the name's own phrase
    governs them (`lang.tree.phrase_top`; traced as `party_phrase`): in "критика со стороны Демократической партии в
    адрес Рона Десантиса" the party is the critic's, not Десантис's."""
    parties = set()
    for mention in names_of(ctx.doc.entities[entity_index]):
        first = ctx.token_at(mention.start)
        start, _ = ctx.sentence_range(first)
        top = phrase_top(ctx.doc, first)
        low = max(start, first - PARTY_PHRASE_WORDS)
        for index in range(first - 1, low - 1, -1):
            token = ctx.tokens[index]
            if ctx.entity_type_at(index) == "PER" or not (token.pos in ("NOUN", "ADJ", "ADP", "PROPN")
                                                         or ctx.word(index) == "и"):
                break
            if not ctx.dominates(top, index):
                _outside_party_phrase(ctx, index, low, mention)
                break
            if not _state_form_word(ctx, index):
                parties.update(party for lemma in word_lemmas(token.text)
                               if (party := _member_noun(lemma, PARTY_AFFILIATION_WORDS)))
    return frozenset(parties)


def _outside_party_phrase(ctx: Context, index: int, low: int, mention: Span) -> None:
    """Trace `party_phrase` where `introduced_parties` stops at a word the name's phrase does not govern and a party
    word lies there or before it in the window ("Демократической партии в адрес | Рона Десантиса")."""
    if any(_member_noun(lemma, PARTY_AFFILIATION_WORDS) for at in range(low, index + 1)
           for lemma in word_lemmas(ctx.tokens[at].text)):
        rejected("quotes", "party_phrase", mention.start, mention.end,
                 f"'{ctx.tokens[index].text}' and the words before it lie outside the name's phrase")


def _state_form_word(ctx: Context, index: int) -> bool:
    """An adjective of a state's official name: it agrees with a STATE_FORM_NOUNS noun, its head or the word right
    after it ("Демократической | Республики Конго", "Народно-Демократической | Республики"): a state, no party."""
    if ctx.tokens[index].pos != "ADJ":
        return False
    nouns = {ctx.tokens[index].head, index + 1} - {-1}
    return any(noun < len(ctx.tokens) and ctx.lemma(noun) in STATE_FORM_NOUNS for noun in nouns)


def party_mismatch(ctx: Context, entity_index: int, party: str, mention: Span) -> bool:
    """A person introduced with another party only is no `party` member a description names ("республиканец" is
    not the Байден introduced "от Демократической партии"); traced as turned down."""
    known = introduced_parties(ctx, entity_index) if party else frozenset()
    if not known or party in known:
        return False
    rejected("quotes", "party_mismatch", mention.start, mention.end,
             f"{ctx.doc.entities[entity_index].name}: introduced as {', '.join(sorted(known))}, not {party}")
    return True


# organizations ----------------------------------------------------------------------------------------------
# A description's title against the titles its persons were introduced with ("Президент Microsoft" is not the
# "президент Франции" X; "глава украинского государства" not the "председатель Европейского парламента" Y).
# Kind nouns stand for any body or place of their kind ("глава ведомства", "мэр столицы"); a country-level body
# ("глава государства") only for an introduction that names a country.
BODY_KIND_NOUNS = (ORGANIZATION_NOUNS | frozenset(ORGANIZATION_KIND_NOUNS) | POLITY_NOUNS | POLITICAL_GROUP_NOUNS
                   | HYPERNYM_ORGANIZATION_NOUNS | BODY_NAME_WORDS)
BODY_WORD_NOUNS = BODY_KIND_NOUNS | COUNTRY_LEVEL_BODIES  # a description's body words (`_body_complement`)
SUB_STATE_KIND_NOUNS = BODY_KIND_NOUNS - COUNTRY_LEVEL_BODIES  # any body's kind but a state's ("ведомства")
ORGANIZATION_KIND_WORDS = SUB_STATE_KIND_NOUNS - POLITY_NOUNS  # an organization's kind, no polity ("компании")
ORGANIZATION_MARK = "@"  # a description's body word that is an organization's name
NAME_MARK = "="  # a description's body name as written, matched by `one_body` against a title's words
# A state's top offices, which head no agency or company: "президент", "премьер", "канцлер", "лидер".
STATE_OFFICE_NOUNS = frozenset(noun for noun, office in TOP_OFFICE_NOUNS.items() if office != FOREIGN) | LEADER_NOUNS
MINISTRY_MARK = "+"  # a description's "Мин-" compound, matched by the stem after "мин" (`_ministry_of`)
MINISTRY_STEM = 3  # letters of a "Мин-" compound's rest that begin the word it clips ("обр" of "образования")
SHORT_BODY_WORD = 4  # letters a body word needs at least to be read inside a compound ("область" in "Ленобласть")


@per_phrase
def described_office(ctx: Context, head: int, tokens: list[int]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The body words of a person description: each noun or name after its head in the genitive that names a body
    or a polity (`_body_complement`: "Президент | Microsoft", "глава украинского | государства"), as its lemma
    and the words it may be written as in an introduction (its one-word country names, the office of a seat:
    "Кремля" -> президент). Empty for a bare noun, for a complement that is a person ("советник Трампа",
    "представитель губернатора": `relatum_persons`) and for a former holder ("экс-глава ЦИК": another time)."""
    complement = genitive_complement(ctx, head, tokens)
    if not complement or described_former(ctx, head, tokens):
        return ()
    found = []
    for index in tokens:
        token = ctx.tokens[index]
        if index <= head or token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Gen":
            continue
        if ctx.entity_type_at(index) == "PER" or is_person_noun(ctx, index):
            return ()  # a relation to a person: whom the description is about
        lemma = ctx.lemma(index)
        named = ctx.mention_of_token.get(index)
        if not _body_complement(ctx, index, lemma) or _cited_outlet(ctx, index, named):
            continue  # "автор | статьи": a work, seldom in an introduction; "слова председателя … | РИА Новости"
        seat = fold(ctx.doc.entities[named[0]].name).lower() if named is not None else lemma  # "Белого дома"
        words = place_words(lemma) | SEAT_METONYMS.get(seat, SEAT_METONYMS.get(lemma, frozenset()))
        if _ministry(lemma):  # "Минобороны" is written "министр обороны": the stem after "мин"
            words |= {MINISTRY_MARK + lemma.removeprefix("мин")}
        if all_capitals(token.text):
            words |= {ACRONYM_MARK + fold(token.text)}
        if ctx.entity_type_at(index) == "ORG":
            words |= {ORGANIZATION_MARK}
        if named is not None or _ministry(lemma):  # the name as written, for `one_body` ("ЕК", "Минобороны")
            words |= {NAME_MARK + (named[1].text if named is not None else token.text)}
        found.append((lemma, frozenset(words)))
    return tuple(found)


def _cited_outlet(ctx: Context, index: int, named: tuple[int, Span] | None) -> bool:
    """A news outlet's name the parse hung on a description ("приводит слова председателя палестинской
    администрации | РИА «Новости»": the outlet that cites him), by its entity or an agency's word: no body of the
    person's office."""
    if fold(ctx.tokens[index].text.strip(QUOTE_MARKS)) in AGENCY_NAME_WORDS:
        return True
    if named is None or ctx.doc.entities[named[0]].type != "ORG":
        return False
    return is_outlet(ctx, named[0]) or news_agency(ctx.doc.entities[named[0]].name)


def _body_complement(ctx: Context, index: int, lemma: str) -> bool:
    """A word of a description that names a body or a polity: a name of an organization or a place, an acronym, a
    "Мин-" compound, a kind noun of a body or place ("ведомства", "государства", "компании")."""
    return ctx.entity_type_at(index) in ("ORG", "LOC") or all_capitals(ctx.tokens[index].text) or _ministry(lemma) \
        or lemma in BODY_WORD_NOUNS or bool(word_country(lemma))


def title_mismatch(ctx: Context, entity_index: int, head: int, office: tuple[tuple[str, frozenset[str]], ...],
                   mention: Span) -> bool:
    """The person found for a description of an office of a body (`described_office`) was introduced only with
    titles of other bodies (`_fitting_title`): "Президент Microsoft" is not the "президент Франции" X, "Председатель
    ВТБ" not the "Председатель Сбербанка" Y. A person introduced with no title, or with a bare title (`_bare_title`)
    of the description's own office ("президент X" for "президент Microsoft") may be meant. True for such a
    person (turned down, traced at the description's `mention`)."""
    entity = ctx.doc.entities[entity_index]
    if not office or entity.type != "PER" or any(mention.start <= named.start < mention.end
                                                 for named in names_of(entity)):
        return False
    if _introduces(ctx, entity_index, mention):
        return False
    titles = _introduction_titles(ctx, entity_index)
    initials = _initials_of(ctx, head, mention)
    nouns = _phrase_nouns(ctx, head, mention)
    if not titles or any(_bare_title(ctx, head, office, words) or _shares_noun(nouns, words)
                         or _fitting_title(ctx, office, words, initials) for words in titles):
        return False
    rejected("quotes", "title_mismatch", mention.start, mention.end,
             f"{entity.name}: introduced as {'; '.join(' '.join(words) for words in titles[:3])}, "
             f"not of {' '.join(lemma for lemma, _ in office)}")
    return True


@per_document
def _introduction_titles(ctx: Context, entity_index: int) -> tuple[tuple[str, ...], ...]:
    """Each title a person was introduced with, from each of its role nouns on: of the phrase before one of its
    names ("заместитель главы МИД | Сергей X" -> заместитель главы МИД, главы МИД) and of each role the entities
    stage gives it ("Райков, член ЦИК"); the role noun alone for a bare title ("президент X"); no entry for a
    phrase with no role noun."""
    entity = ctx.doc.entities[entity_index]
    phrases = [_phrase_before(ctx, mention) for mention in names_of(entity)] + [role.split() for role in entity.roles]
    found = []
    for words in phrases:
        heads = _noun_heads(words)
        roles = [position for position, word in enumerate(words)
                 if {lemma.removeprefix(FORMER_PREFIX) for lemma in word_lemmas(word)} & heads
                 and not _may_be_preposition(word)]  # "после" (посол)
        found.extend(tuple(words[position:]) for position in roles)
    return tuple(found)


def _phrase_nouns(ctx: Context, head: int, mention: Span) -> frozenset[str]:
    """The lemmas of the description's nouns after its head, but countries ("директор | издательского дома «X»" ->
    дом)."""
    last = ctx.token_at(mention.end - 1)
    return frozenset(ctx.lemma(index) for index in range(head + 1, last + 1)
                     if ctx.tokens[index].pos == "NOUN" and not word_country(ctx.lemma(index)))


def _shares_noun(nouns: frozenset[str], words: tuple[str, ...]) -> bool:
    """The title writes a noun of the description's after its role noun ("издательского дома News Media" for
    "директор издательского дома «X»"): one body named two ways, the name that differs its brand or owner."""
    return any(nouns & word_lemmas(word) for word in words[1:])


def _initials_of(ctx: Context, head: int, mention: Span) -> str:
    """The first letters of the description's words from its head on, prepositions and conjunctions skipped
    ("министр иностранных дел" -> мид): an acronym a title writes may stand for them."""
    last = ctx.token_at(mention.end - 1)
    return "".join(fold(ctx.tokens[index].text[0]) for index in range(head, last + 1)
                   if ctx.tokens[index].text[0].isalpha() and ctx.tokens[index].pos not in ("ADP", "CCONJ"))


def _introduces(ctx: Context, entity_index: int, mention: Span) -> bool:
    """The description is itself the person's introduction: one of its names comes right after it in its sentence,
    with only role words and marks between ("Действующий глава страны — республиканец | Иван Петров")."""
    last = ctx.token_at(mention.end - 1)
    end = min(last + 1 + APPOSITION_WINDOW, ctx.sentence_range(last)[1])
    starts = {ctx.token_at(named.start) for named in names_of(ctx.doc.entities[entity_index])}
    for index in range(last + 1, end):
        if index in starts:
            return True
        if ctx.tokens[index].pos not in ("NOUN", "ADJ", "PROPN", "ADP", "PUNCT"):
            return False
    return False


def _bare_title(ctx: Context, head: int, office: tuple[tuple[str, frozenset[str]], ...],
                words: tuple[str, ...]) -> bool:
    """A title that is a role noun alone, the description's head or one it stands for, either way ("президент",
    "глава" for "глава государства"): it names no body, so it may be the description's office; not a state's top
    office (STATE_OFFICE_NOUNS) for another noun's organization ("глава ведомства"), but for its seat ("глава
    Белого дома")."""
    if len(words) != 1:
        return False
    own = ctx.lemma(head).removeprefix(FORMER_PREFIX)
    lemmas = {lemma.removeprefix(FORMER_PREFIX) for lemma in word_lemmas(words[0])}
    if own not in lemmas and _state_office_only(office, lemmas):
        return False  # "Глава ведомства" is not the "президент X": a state's top office heads no agency
    return bool(lemmas & role_words(own)) or any(own in role_words(lemma) for lemma in lemmas)


def _state_office_only(office: tuple[tuple[str, frozenset[str]], ...], lemmas: set[str]) -> bool:
    """A bare title of a state's top office (STATE_OFFICE_NOUNS) for a description of an organization's head
    (`_organization_office`) that is no seat of that office ("Белого дома" is the president's)."""
    return bool(lemmas & STATE_OFFICE_NOUNS) and _organization_office(office) \
        and not any(lemmas & forms for _, forms in office)


def _organization_office(office: tuple[tuple[str, frozenset[str]], ...]) -> bool:
    """The description's body is an organization, not a state or a place: an organization's name, an acronym, a
    "Мин-" compound or an organization's kind noun ("ведомства", "компании")."""
    return any(not word_country(lemma) and (ORGANIZATION_MARK in forms or MINISTRY_MARK in "".join(forms)
                                             or any(form.startswith(ACRONYM_MARK) for form in forms)
                                             or lemma in ORGANIZATION_KIND_WORDS) for lemma, forms in office)


def _fitting_title(ctx: Context, office: tuple[tuple[str, frozenset[str]], ...], words: tuple[str, ...],
                   initials: str) -> bool:
    """Every body word of the description fits the title: the title writes it (a word of one stem, one inside the
    other, its initials either way: "МИД" and "министр иностранных дел", the description's `initials` for the
    title's acronym; a ministry's stem: "Минобороны" in "министр обороны"; a seat's office: "Кремля" in
    "пресс-секретарь президента"), or it is a kind noun that any body or place of its kind fills ("ведомства",
    "столицы"); a country-level body ("государства", "правительства") only where the title names a country; a
    country is left to `country_mismatch`. A title with a kind noun of its own ("директор компании") may be any
    body but a state; a lone state office (`_state_office_only`) no organization's."""
    lemmas = {lemma for word in words for lemma in word_lemmas(word)}
    if len(words) == 1 and _state_office_only(office, lemmas):
        return False
    kind = bool(lemmas & SUB_STATE_KIND_NOUNS)
    acronyms = [fold(word) for word in words if len(word) > 1 and all_capitals(word)]
    for lemma, forms in office:
        if not word_country(lemma) and any(acronym in initials for acronym in acronyms):
            continue  # "министр иностранных дел" for the title "глава МИД"
        plain = frozenset(form for form in forms if not form.startswith((ACRONYM_MARK, MINISTRY_MARK)))
        if any(form.startswith(MINISTRY_MARK) and _ministry_of(form.removeprefix(MINISTRY_MARK), lemmas)
               for form in forms):
            continue
        if plain & lemmas or _same_body(plain, lemmas) or any(
                len(other) >= SHORT_BODY_WORD and other in lemma for other in lemmas):
            continue
        if any(form.startswith(ACRONYM_MARK) and _initials(words, form.removeprefix(ACRONYM_MARK)) for form in forms):
            continue
        if any(form.startswith(NAME_MARK) and one_body(form.removeprefix(NAME_MARK).split(), words) for form in forms):
            continue  # "глава ЕК" for the title "Председатель Еврокомиссии": the alias table's one body
        if lemma in COUNTRY_LEVEL_BODIES:
            if any(word_country(other) for other in lemmas) \
                    or (lemma in UNNAMED_STATE_NOUNS and lemmas & UNNAMED_STATE_NOUNS):
                continue  # "глава государства" for the title "президент страны": one state, unnamed both ways
            return False
        if word_country(lemma) or lemma in BODY_KIND_NOUNS or kind:
            continue
        return False
    return True


def _ministry_of(rest: str, lemmas: set[str]) -> bool:
    """The part of a "Мин-" compound after "мин" begins a word of a title, by its first MINISTRY_STEM letters
    ("обороны": "министр обороны", "фин": "министр финансов", "обрнауки": "министр образования"): the ministry
    that title names."""
    stem = rest[:MINISTRY_STEM]
    return len(stem) == MINISTRY_STEM and any(lemma.startswith(stem) for lemma in lemmas)


def _initials(words: tuple[str, ...], acronym: str) -> bool:
    """Consecutive words of a title, prepositions and conjunctions skipped, spell the acronym ("министр
    иностранных дел" for "МИД", "Федерального бюро расследований" for "ФБР")."""
    letters = "".join(fold(word[0]) for word in words if word and word[0].isalpha()
                      and not any(reading.tag.POS in ("PREP", "CONJ") for reading in parses(word.lower())))
    return acronym in letters


def is_public_body(name: str) -> bool:
    """A ministry, service, agency, committee...: by its words, an acronym, or a Рос-/Мин-/Гос- name."""
    for word in name.split():
        bare = word.strip(QUOTE_MARKS + "()")
        if all_capitals(bare) and bare.isalpha() and not bare.isascii():
            return True
        if bare[:1].isupper() and bare.lower().startswith(BODY_PREFIXES) and len(bare) > 5:
            return True
        if word_lemmas(bare) & BODY_NAME_WORDS:
            return True
    return False


def federal_name(name: str) -> bool:
    """A federal body's clipped one-word name, "Рос-" and a capital ("Росавиация", "Ростуризм", "Роснедра"): the
    agencies the news names this way rather than "Федеральное агентство …"; not an acronym ("РОСНАНО")."""
    bare = name.strip(QUOTE_MARKS + "()")
    return " " not in bare and bare[:1].isupper() and not all_capitals(bare) and len(bare) > 5 \
        and bare.lower().startswith(FEDERAL_PREFIX)


def _names_noun(name: str, lemma: str) -> bool:
    """The name holds the noun, as a word or as a clipped compound's head ("Мосгорсуда" for "суд", "Сбербанк" for
    "банк", "Минфин" for "министерство": `entities.forms.compound_names`)."""
    return any(lemma in word_lemmas(word) or compound_names(word.strip(QUOTE_MARKS + "()"), lemma)
               for word in name.split())


def introducing_noun(ctx: Context, mention: Span) -> int | None:
    """The token of the common noun right before a mention ("компании «X»", "аэропорт Сочи"), if any."""
    index = word_before(ctx.doc, ctx.token_at(mention.start), QUOTE_MARKS)
    if index < 0 or ctx.tokens[index].pos != "NOUN":
        return None
    common = ctx.tokens[index].text.islower() or ctx.sentence_range(index)[0] == index  # "Агентство Reuters"
    return index if common else None


def _introduced_as(ctx: Context, mention: Span, lemma: str) -> bool:
    """The mention follows the noun: "компании «X»", "аэропорт Сочи"."""
    noun = introducing_noun(ctx, mention)
    return noun is not None and ctx.lemma(noun) == lemma


def _named_by(ctx: Context, entity_index: int, mention: Span, lemma: str) -> bool:
    """The organization's name holds the noun or the noun introduces it."""
    entity = ctx.doc.entities[entity_index]
    return entity.type == "ORG" and (_names_noun(entity.name, lemma) or _introduced_as(ctx, mention, lemma))


@per_document
def of_kind(ctx: Context, entity_index: int, lemma: str) -> bool:
    """A hypernym's organization: a public body for "ведомство", never a news outlet (`is_outlet`: "телеканал
    НТВ"; `news_agency`: "ТАСС", "РИА Новости", whose acronyms read as a body's), a business for "перевозчик"
    — no news agency nor an outlet that only reports ("…, пишет The Local. … пилотов компании": quotes75) —
    (also asked by the coref stage)."""
    entity = ctx.doc.entities[entity_index]
    if entity.type != "ORG" or _line_broken(entity):
        return False
    if lemma in BODY_NOUNS and lemma not in MEDIA_NOUNS:  # "ведомство", "министерство": no outlet's acronym
        return is_public_body(entity.name) and not is_outlet(ctx, entity_index) and not news_agency(entity.name)
    if lemma in BODY_NOUNS:  # "агентство": a public body's or a news agency's ("РИА Новости")
        return is_public_body(entity.name)
    if lemma in BUSINESS_NOUNS:
        return not is_public_body(entity.name) and not is_outlet(ctx, entity_index) \
            and not news_agency(entity.name) and not reports_only(ctx, entity_index)
    return lemma in ANY_ORGANIZATION_NOUNS and not is_outlet(ctx, entity_index)  # any body, business or society


@per_document
def is_outlet(ctx: Context, entity_index: int) -> bool:
    """A news outlet, no business a story is about: only ever addressed ("сообщили «Интерфаксу»") or introduced
    as a medium ("агентство Kyodo", "телеканал X")."""
    mentions = names_of(ctx.doc.entities[entity_index])
    if all(ctx.feats(ctx.token_at(m.start)).get("Case") == "Dat" for m in mentions):
        return True
    if {word.lower() for word in ctx.doc.entities[entity_index].name.split()} & MEDIA_NAME_WORDS:
        return True  # "Fox News", "Washington Post": a medium by its name
    return any(media_noun(ctx, noun) for m in mentions if (noun := introducing_noun(ctx, m)) is not None)


def media_noun(ctx: Context, index: int) -> bool:
    """A media noun (MEDIA_NOUNS), a compound's last part too ("онлайн-газета", "интернет-издание")."""
    return ctx.lemma(index).rsplit("-", 1)[-1] in MEDIA_NOUNS


def news_agency(name: str) -> bool:
    """A news agency's name: one of its words is an agency's (AGENCY_NAME_WORDS: "ТАСС", "РИА Новости",
    "Интерфакс")."""
    return any(fold(word.strip(QUOTE_MARKS + "()")) in AGENCY_NAME_WORDS for word in name.split())


def site_address(name: str) -> bool:
    """A name written as a site's address: words joined by dots, a top-level domain last ("Газета.ru",
    "NEWSru.com", "Фонтанка.ру"; `entities.boundaries.DOMAIN_SUFFIXES`)."""
    stem, dot, suffix = name.strip(QUOTE_MARKS).rpartition(".")
    return bool(dot) and bool(stem) and " " not in stem and suffix.lower() in DOMAIN_SUFFIXES


@per_document
def reports_only(ctx: Context, entity_index: int) -> bool:
    """An organization whose every name mention is the subject of an outlet verb ("сообщает «Интерфакс»",
    "передает ТАСС", "пишет CNN"): the medium that reports, whatever noun introduced it."""
    names = names_of(ctx.doc.entities[entity_index])
    heads = [ctx.tokens[ctx.token_at(m.start)].head for m in names]
    return bool(names) and all(head >= 0 and ctx.lemma(head) in OUTLET_VERBS for head in heads)


@per_document
def _description_entity(ctx: Context, entity_index: int) -> bool:
    """An "organization" the recognizer made of a lower-case phrase only ("грузинское внешнеполитическое
    ведомство"): a description of a body, not the body a later noun refers back to."""
    names = names_of(ctx.doc.entities[entity_index])
    return bool(names) and all(m.text.islower() and len(m.text.split()) > 1 for m in names)


@per_document
def _entity_line_broken(ctx: Context, entity_index: int) -> bool:
    return _line_broken(ctx.doc.entities[entity_index])


def _line_broken(entity: EntityAnn) -> bool:
    """Every mention runs over a line break: a recognizer error (a headline glued to the lead), no name."""
    return all("\n" in mention.text for mention in names_of(entity))


def latest_organization(ctx: Context, lemma: str, position: int, sentences: int = ROLE_SENTENCES,
                        kinds: tuple[bool, ...] = (False, True), excluded: int | None = None) -> int | None:
    """The organization entity a noun `lemma` describes, latest before `position`: one whose name holds the noun
    or that the noun introduced, else (within `sentences`) the latest one of its kind. `kinds` picks the passes
    (False: by name, True: by kind); `excluded`, an entity the noun cannot describe, is passed over."""
    for by_kind in kinds:
        fitting = organizations_described(ctx, lemma, position, sentences, by_kind)
        fitting.pop(excluded, None)
        if fitting:
            return max(fitting, key=lambda entity_index: fitting[entity_index])  # the first of a tie
    return None


def organizations_described(ctx: Context, lemma: str, position: int, sentences: int,
                            by_kind: bool = False) -> dict[int, int]:
    """Each organization a noun `lemma` can describe (by name: its name holds the noun or the noun introduced it;
    `by_kind`: one of the noun's kind) with the start of its latest mention before `position`, within
    `sentences`, in the order of a loop over the entities (`latest_organization` takes the latest of them)."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    window = ctx.mentions_in_entity_order(ctx.sentences_start(sentence - sentences), position)
    fitting: dict[int, int] = {}
    for entity_index, span in window:
        if _entity_line_broken(ctx, entity_index) or _description_entity(ctx, entity_index):
            continue
        fits = of_kind(ctx, entity_index, lemma) if by_kind else _named_by(ctx, entity_index, span, lemma)
        if span.end > position or not fits:
            continue
        distance = sentence - ctx.tokens[ctx.token_at(span.start)].sentence
        if distance <= sentences and span.start > fitting.get(entity_index, -1):
            fitting[entity_index] = span.start
    return fitting


def earlier_organization(ctx: Context, lemma: str, position: int, history: list[Said],
                         speaking: bool = False) -> Speaker | None:
    """The latest organization before `position` that a noun `lemma` can describe, first by name, then by kind.
    A source quoted before comes first in each: one whose phrase starts with the noun, or, when the noun owns a
    statement (`speaking`: "в сообщении аэропорта"), holds it ("пресс-служба аэропорта Сочи": it speaks for the
    airport); by kind, a service or body of a public body for "ведомство" ("в пресс-службе МЧС")."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    quoted = [said.speaker for said in reversed(recent(history, sentence - ROLE_SENTENCES))
              if said.speaker.name and said.speaker.entity is None
              and said.start < position and sentence - said.sentence <= ROLE_SENTENCES]
    for by_kind in (False, True):
        for speaker in quoted:
            name = speaker.name or ""
            if by_kind:  # "агентство", a media noun too, is by kind a news agency (`_reporting_agency`)
                fits = lemma in BODY_NOUNS and lemma not in MEDIA_NOUNS \
                    and first_noun(name.split()) & BODY_OR_SERVICE_NOUNS and is_public_body(name)
            else:
                fits = lemma in word_lemmas(name.split()[0]) or (speaking and _names_noun(name, lemma))
            if fits:
                return Speaker(name, None, None, speaker.gender)
        found = _reporting_agency(ctx, lemma, position) if by_kind and lemma in BODY_NOUNS & MEDIA_NOUNS \
            else latest_organization(ctx, lemma, position, kinds=(by_kind,))
        if found is not None:
            return Speaker(ctx.doc.entities[found].name, found, None, "")
    read = lemma in BODY_NOUNS  # "агентство": `_reporting_agency` has read the outlets and turned bodies down
    found = latest_outlet(ctx, position) if lemma in MEDIA_NOUNS and not read else None
    if found is None and lemma in MEDIA_NOUNS:
        found = _outlet_quoted_before(ctx, position, history)
    if found is None and lemma in MEDIA_NOUNS:
        return titled_source_before(ctx, lemma, position, history)
    return Speaker(ctx.doc.entities[found].name, found, None, "") if found is not None else None


# How many sentences back a bare media noun may refer to a source quoted by its title (`titled_source_before`).
TITLED_SOURCE_SENTENCES = 3


def titled_source_before(ctx: Context, lemma: str, position: int, history: list[Said]) -> Speaker | None:
    """A bare media noun ("газета", "издание": MEDIA_NOUNS) with no outlet entity in reach is the source quoted last
    within TITLED_SOURCE_SENTENCES by a name the article writes as a title, in quotation marks or in Latin letters
    (an organization's, or one the entities stage left no entity), that no outlet rule took for a medium (an opinion
    verb's subject is no reporting one: `is_outlet`, `reports_only`): "«Время новостей» полагает, что … Газета
    предполагает", "— продолжает тему Die Welt. … считает газета": a press review names its outlet once and goes on
    with the noun (QUOTES.md: the speaker as the article identifies it). Traced `titled_source`."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    for said in reversed(recent(history, sentence - TITLED_SOURCE_SENTENCES)):
        mention = said.speaker.mention
        if said.start >= position or sentence - said.sentence > TITLED_SOURCE_SENTENCES or mention is None:
            continue
        entity = said.speaker.entity
        if said.speaker.name and (entity is None or ctx.doc.entities[entity].type == "ORG") \
                and _written_title(ctx, mention):
            fired("quotes", "titled_source", mention.start, position + len(lemma),
                  f"{lemma} -> {said.speaker.name}: the source quoted last by its title")
            return Speaker(said.speaker.name, entity, None, said.speaker.gender)
    return None


def _written_title(ctx: Context, mention: Span) -> bool:
    """A mention written as a title: its words in quotation marks ("«Время новостей»") or a capitalized name in
    Latin letters ("Die Welt", "Le Temps"); not a name that a common noun inside a noun phrase introduces as
    another kind of source ("прогнозу фирмы Capital Economics", "по информации интернет-ресурса Delfi": no medium a
    "газета" means; a media noun may: "данным газеты «Труд»"). A verb's own object before the name is no such noun
    ("продолжает тему Die Welt")."""
    noun = introducing_noun(ctx, mention)
    first = ctx.token_at(mention.start)
    if noun is not None and ctx.tokens[noun].sentence == ctx.tokens[first].sentence \
            and ctx.tokens[noun].rel.startswith("nmod") \
            and not media_noun(ctx, noun):
        return False
    text = ctx.doc.text[max(0, mention.start - 1) : mention.end + 1]
    words = mention.text.split()
    if not words or not words[0][:1].isupper():
        return False
    quoted = text[:1] in QUOTE_MARKS and text[-1:] in QUOTE_MARKS
    return quoted or all(word.strip(QUOTE_MARKS + ".,").isascii() and word.strip(QUOTE_MARKS + ".,").isalpha()
                         for word in words)


def _reporting_agency(ctx: Context, lemma: str, position: int) -> int | None:
    """"агентство" by kind, a body's noun and a medium's: the latest news agency or outlet named within
    ROLE_SENTENCES ("сообщил «Интерфакс» со ссылкой на МИД КНР. Однако позднее агентство сообщило" -> Интерфакс),
    never a ministry or another public body found by kind, not even one that only ever reports (`_reporting_body`:
    "Минобороны сообщило … — отмечает агентство"), as the coref stage's `media_outlet` turns a body down (rule
    `reporting_agency`, traced). A public agency is found by its name ("Агентство по страхованию вкладов", the
    by-name pass before), or, with no medium in reach, by its clipped federal name (`federal_name`: "Росавиация
    ввела ограничения … — сообщило агентство")."""
    found = latest_outlet(ctx, position, agencies=True)
    body = latest_organization(ctx, lemma, position, kinds=(True,))
    if found is not None and found == body and _reporting_body(ctx, found):
        found = None  # "Минобороны сообщило …": a body that reports its own news, no medium
    if found is None and body is not None and federal_name(ctx.doc.entities[body].name):
        fired("quotes", "reporting_agency", position, position + len(lemma),
              f"{ctx.doc.entities[body].name}: a federal agency's clipped name, no news medium in reach")
        return body
    if body is not None and body != found:
        rejected("quotes", "reporting_agency", position, position + len(lemma),
                 f"{ctx.doc.entities[body].name}: a body of the kind, no news agency")
    return found


def _outlet_quoted_before(ctx: Context, position: int, history: list[Said]) -> int | None:
    """The outlet that reported the latest quote by an outlet within ROLE_SENTENCES, even when its name was written
    further back ("пишет The Times … В документе, пишет газета, … — пишет газета в статье"): the story's reporting
    outlet stays the one a media noun means."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    for said in reversed(recent(history, sentence - ROLE_SENTENCES)):
        if said.start < position and _quoted_outlet(ctx, said) is not None:
            return said.speaker.entity
    return _reviewed_outlet(ctx, position, history)


def _quoted_outlet(ctx: Context, said: Said) -> int | None:
    """The outlet a quote is attributed to (`is_outlet`, or a site named by its address: "Как отмечает «Газета
    GZT.ru»"), or None."""
    entity = said.speaker.entity
    if entity is None or ctx.doc.entities[entity].type != "ORG":
        return None
    return entity if is_outlet(ctx, entity) or site_address(ctx.doc.entities[entity].name) else None


def _writing_organization(ctx: Context, said: Said) -> bool:
    """An organization quoted as the subject of "писать" ("…, пишет Süddeutsche Zeitung"): a publication, whatever
    its name."""
    entity, mention = said.speaker.entity, said.speaker.mention
    if entity is None or mention is None or ctx.doc.entities[entity].type != "ORG":
        return False
    verb = ctx.tokens[ctx.token_at(mention.start)].head
    return verb >= 0 and ctx.lemma(verb) == "писать"


def _reviewed_outlet(ctx: Context, position: int, history: list[Said]) -> int | None:
    """The outlet quoted last before `position` at any distance, when no outlet is named between: a press review
    retells one outlet's article paragraph after paragraph and refers back to it with "пишет издание",
    "заключает газета" however far its name stands."""
    quoted = [said for said in history if said.start < position
              and (_quoted_outlet(ctx, said) is not None or _writing_organization(ctx, said))]
    if not quoted:
        return None
    entity = quoted[-1].speaker.entity
    named = latest_outlet(ctx, position, sentences=ctx.tokens[ctx.token_at(position)].sentence)
    return entity if named in (None, entity) else None


def _reporting_body(ctx: Context, entity_index: int) -> bool:
    """A public body `latest_outlet` took for a medium only because every mention of it reports (`reports_only`:
    "Минобороны сообщило", "МЧС ДНР сообщает"): no outlet by its introduction or name (`is_outlet`), no news agency's
    name (`news_agency`), no site's address."""
    name = ctx.doc.entities[entity_index].name
    return is_public_body(name) and not (is_outlet(ctx, entity_index) or news_agency(name) or site_address(name))


def latest_outlet(ctx: Context, position: int, sentences: int = ROLE_SENTENCES, agencies: bool = False
                  ) -> int | None:
    """"издание", "газета": the latest news outlet (`news_outlet`: `is_outlet`, one introduced as a medium,
    "онлайн-газета X"; `reports_only`, one that only ever reports, "сообщает СNN"; a site's address) named within
    `sentences` before `position`, by a mention that relays no other medium's text (`relaying_mention`: "пишет
    Süddeutsche Zeitung (перевод на сайте Inopressa.ru)" -> the paper). `agencies`: a news agency by its name
    counts too (`news_agency`: "Интерфакс", "ТАСС"), for "агентство"."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    best: tuple[int, int] | None = None
    for entity_index, span in ctx.mentions_in_entity_order(ctx.sentences_start(sentence - sentences), position):
        outlet = news_outlet(ctx, entity_index) or (agencies and news_agency(ctx.doc.entities[entity_index].name))
        if span.end <= position and outlet \
                and (best is None or span.start > best[0]) and not relaying_mention(ctx, span.start):
            best = (span.start, entity_index)
    return best[1] if best is not None else None


def news_outlet(ctx: Context, entity_index: int) -> bool:
    """An organization a bare "издание" or "в статье" may mean: a news outlet (`is_outlet`), one that only
    reports (`reports_only`) or a site named by its address (`site_address`: "располагает «Газета.ru»"; quotes
    only: the coref stage's `is_outlet` leaves addresses out, as aggregators' notes name them, "Прим. NEWSru.com")."""
    entity = ctx.doc.entities[entity_index]
    return entity.type == "ORG" and (is_outlet(ctx, entity_index) or reports_only(ctx, entity_index)
                                     or site_address(entity.name))


def relaying_mention(ctx: Context, start: int) -> bool:
    """An outlet's mention at character `start` that relays another medium's text: RELAY_WORDS among its three
    nearest heads ("публикацию приводит портал InoPressa", "перевод на сайте Inopressa.ru"), a verb of referring
    only when it refers to a medium (`_cites_medium`: "на которое ссылается InoPressa.ru", not "Reuters ссылается на
    источники")."""
    heads = islice(ctx.doc.ancestors(ctx.token_at(start)), 3)
    return any(ctx.lemma(head) in RELAY_WORDS
               and (ctx.lemma(head) not in CITING_RELAY_WORDS or _cites_medium(ctx, head)) for head in heads)


def _cites_medium(ctx: Context, verb: int) -> bool:
    """A verb of referring (CITING_RELAY_WORDS) whose "на" complement is a medium: a relative pronoun (the medium
    named before it: "издание The Guardian, на которое ссылается"), an organization's name or a media or publication
    noun ("ссылается на публикацию"); not a source ("ссылается на источники", "на данные полиции")."""
    for kid in ctx.kids(verb, "obl"):
        if any(ctx.lemma(case) == "на" for case in ctx.kids(kid, "case")):
            lemma = ctx.lemma(kid)
            if lemma in RELATIVE_PRONOUNS or lemma in MEDIA_NOUNS or lemma in PUBLICATION_NOUNS \
                    or ctx.entity_type_at(kid) == "ORG":
                return True
    return False


def describe_organization(ctx: Context, head: int, tokens: list[int], history: list[Said]) -> Speaker | None:
    """A bare singular organization noun ("ведомство", "суд", "перевозчик") as the organization named before; a
    bare plural one as the organizations conjoined before it (`coordinated_organizations`)."""
    lemma = ctx.lemma(head)
    if lemma not in ORGANIZATION_NOUNS:
        return None
    if ctx.feats(head).get("Number") == "Plur":
        bare = is_bare(ctx, head, tokens, PLURAL_BARE_MODIFIERS)
        return coordinated_organizations(ctx, head, tokens) if bare else None
    if not is_bare(ctx, head, tokens):
        found = described_organization(ctx, head, tokens)
        if found is None:
            return None
        return Speaker(ctx.doc.entities[found].name, found, ctx.span(tokens[0], tokens[-1]), "")
    owned = ctx.tokens[head].head
    speaking = owned >= 0 and ctx.lemma(owned) in STATEMENT_NOUNS
    found = earlier_organization(ctx, lemma, ctx.tokens[head].start, history, speaking)
    if found is not None:
        found.mention = ctx.span(tokens[0], tokens[-1])
    return found


PLURAL_BARE_MODIFIERS = SPEAKER_BARE_MODIFIERS | BOTH_WORDS  # a bare plural noun: "эти ведомства", "оба ведомства"
COORDINATED_ORGANIZATION_SENTENCES = 10  # how far back a plural organization noun looks for the organizations
ORGANIZATION_JOINT = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:и|,)\s*")  # "ФБР и", "Агентство … (CISA) и"


def coordinated_organizations(ctx: Context, head: int, tokens: list[int]) -> Speaker | None:
    """"ФБР и Агентство кибербезопасности (CISA) не выявили … Об этом говорится в совместном заявлении ведомств",
    "ведомства призвали": a bare plural organization noun ("ведомства", "обе компании", "спецслужбы") names the
    organizations conjoined latest before it, within COORDINATED_ORGANIZATION_SENTENCES (inside a quotation too:
    "«… Агентство (CISA) и ФБР не зафиксировали …» … ведомства призвали"): two or more names of distinct
    organizations joined by "и" or commas (an abbreviation in parentheses after a name allowed). The speaker is
    their names joined as the text joins them; None when there are none."""
    position = ctx.tokens[head].start
    sentence = ctx.tokens[head].sentence
    low = ctx.sentences_start(sentence - COORDINATED_ORGANIZATION_SENTENCES)
    found = [(span, entity_index) for _, entity_index, _, span in ctx.mentions_from(low, position)
             if ctx.doc.entities[entity_index].type == "ORG" and span.end <= position]
    best: list[int] = []
    group: list[int] = []
    last_end = -1
    for span, entity_index in found:
        gap = ctx.doc.text[last_end : span.start] if last_end >= 0 else "?"
        if group and gap.strip() == "(":
            last_end = span.end + 1  # "Агентство кибербезопасности (CISA)": the abbreviation, the same organization
            continue
        group = [*group, entity_index] if ORGANIZATION_JOINT.fullmatch(gap) else [entity_index]
        last_end = span.end
        if len(set(group)) >= 2 and len(set(group)) == len(group):
            best = group
    if not best:
        return None
    names = [ctx.doc.entities[index].name for index in best]
    name = ", ".join(names[:-1]) + " и " + names[-1]
    fired("quotes", "coordinated_organizations", position, ctx.tokens[head].end, f"-> {name}")
    return Speaker(name, None, ctx.span(tokens[0], tokens[-1]), "", "plur")


def described_organization(ctx: Context, head: int, tokens: list[int]) -> int | None:
    """An organization described by adjectives before its noun only, none marking it as new: a media noun
    ("израильская газета", "американский телеканал") is the outlet introduced with that noun; a body noun
    ("грузинское внешнеполитическое ведомство") the public body named within the two sentences before."""
    words = [index for index in tokens if index != head and ctx.is_word(index)]
    if not all(index < head and ctx.tokens[index].pos == "ADJ" for index in words) or is_indefinite(ctx, head, tokens):
        return None
    lemma, position = ctx.lemma(head), ctx.tokens[head].start
    if lemma in MEDIA_NOUNS:  # "американский телеканал": introduced as one, else the outlet named just before
        found = latest_organization(ctx, lemma, position, kinds=(False,))
        return found if found is not None else latest_outlet(ctx, position, sentences=1)
    if lemma in BODY_NOUNS:
        return latest_organization(ctx, lemma, position, sentences=2)
    return None


def owner_entity(ctx: Context, index: int) -> int | None:
    """For a bare organization noun in the genitive ("пресс-служба суда", "пресс-служба перевозчика"), the
    organization entity it describes, named before it; for another bare noun ("сайт проекта"), the organization
    the text introduced with that noun (`introduced_by_noun`: "эксперты из проекта Bellingcat"). Never the outlet
    that cites the phrase's source (`citing_entity`: "сообщает РИА Новости со ссылкой на пресс-службу
    министерства" is the ministry's service, not the agency's); traced as `citing_owner` when that outlet was
    the latest fitting one."""
    lemma = ctx.lemma(index)
    if index in ctx.mention_of_token or ctx.kids(index, "amod", "nmod", "appos"):
        return None
    if lemma not in ORGANIZATION_NOUNS:
        return introduced_by_noun(ctx, lemma, ctx.tokens[index].start) if ctx.tokens[index].pos == "NOUN" else None
    citing = citing_entity(ctx, index)
    found = latest_organization(ctx, lemma, ctx.tokens[index].start, excluded=citing)
    if citing is not None and found != (unexcluded := latest_organization(ctx, lemma, ctx.tokens[index].start)):
        rejected("quotes", "citing_owner", ctx.tokens[index].start, ctx.tokens[index].end,
                 f"{ctx.doc.entities[unexcluded].name}: cites the source, so does not own it")
    if found is None or _names_noun(ctx.doc.entities[found].name, lemma) or _typed(ctx, found):
        return found
    return None  # a name of the right kind but never introduced as an organization: too weak to name an owner


def introduced_by_noun(ctx: Context, lemma: str, position: int) -> int | None:
    """An organization the text introduced with a noun of no organization class ("эксперты из проекта Bellingcat")
    that the bare noun names again ("сайт проекта", "активисты проекта"): the latest one mentioned within
    ROLE_SENTENCES before `position` that any of its earlier name mentions follows that noun."""
    sentence = ctx.tokens[ctx.token_at(position)].sentence
    best: tuple[int, int] | None = None
    for entity_index, span in ctx.mentions_in_entity_order(ctx.sentences_start(sentence - ROLE_SENTENCES), position):
        if span.end > position or ctx.doc.entities[entity_index].type != "ORG" or (best and span.start < best[0]):
            continue
        if any(m.start < position and _introduced_as(ctx, m, lemma) for m in names_of(ctx.doc.entities[entity_index])):
            best = (span.start, entity_index)
    return best[1] if best is not None else None


def _typed(ctx: Context, entity_index: int) -> bool:
    """An organization the text introduced as one ("авиакомпании «X»") or a public body by its name."""
    entity = ctx.doc.entities[entity_index]
    return is_public_body(entity.name) or any(
        (noun := introducing_noun(ctx, mention)) is not None and ctx.lemma(noun) in ORGANIZATION_NOUNS
        for mention in names_of(entity))


def owner_words(ctx: Context, index: int, entity_index: int) -> str | None:
    """The owner noun at `index` named in full, in the genitive: the name when it holds the noun ("суда" ->
    "Кировского районного суда"), else the name after the noun that introduced it ("перевозчика" ->
    "авиакомпании «Северный путь»"), else after the noun itself; a noun of no organization class that introduced the
    organization stays ("группы" -> "группы Эхо Москвы", not the "радиостанции" of another mention)."""
    entity = ctx.doc.entities[entity_index]
    lemma = ctx.lemma(index)
    if _names_noun(entity.name, lemma) or is_public_body(entity.name):
        return genitive_phrase(entity.name)
    noun_word = ctx.tokens[index].text
    quoted = False
    for mention in names_of(entity):
        quoted = quoted or ctx.doc.text[max(0, mention.start - 1) : mention.start] in QUOTE_MARKS
        introducing = introducing_noun(ctx, mention)
        if introducing is not None and lemma in ORGANIZATION_NOUNS and ctx.lemma(introducing) in ORGANIZATION_NOUNS:
            noun_word = _genitive_noun(ctx.tokens[introducing].text) or noun_word
            break
    return f"{noun_word} «{entity.name}»" if quoted else f"{noun_word} {entity.name}"


def _genitive_noun(word: str) -> str | None:
    for parse in parses(word.lower()):
        if parse.tag.POS == "NOUN":
            inflected = inflect_form(parse, {"gent", "sing"})
            return inflected.word if inflected is not None else None
    return None


# services ---------------------------------------------------------------------------------------------------
def earlier_service(ctx: Context, head: int) -> int | None:
    """For a service noun without an owner ("в сообщении пресс-службы"), the same noun with its owner earlier
    in the article ("пресс-служба суда"): its token index."""
    lemma = ctx.lemma(head)
    for index in range(head - 1, -1, -1):
        if ctx.lemma(index) == lemma and ctx.kids(index, "nmod", "appos"):
            return index
    return None


def is_service(ctx: Context, head: int) -> bool:
    """A press service or the like, which speaks for its owner."""
    return ctx.lemma(head) in SERVICE_NOUNS
