"""Morphology-aware repair of NER mentions and document-level consistency (the entities stage runs this).

slovnet decides each occurrence from a local window, so the same name may get different types, or be missed,
at its other occurrences. The rules here are small functions (Document, list[Span]) -> list[Span] registered with
`@rule("entities")`; `repair_mentions` applies them in the order of the table `TYPE_RULES` and records what each
changed (`svodka explain --task entities`):

- `split_two_names`: two full names tagged as one person are two ("Нелли Крылешко | Лиза Осокина");
- `split_at_case_break`: two names glued into one person split where the words stop agreeing ("Моше Кацавом |
  Ольмерт");
- `split_outlet_and_person`: a known outlet's name does not swallow the person after it ("РИА Новости | Собянина");
- `cut_at_predicates`: a name ends before a verb or short adjective it swallowed ("Комиссия | недостижима");
- `age_adjectives`: an age adjective is no part of a name ("Шестидесятилетняя | Осокина");
- `title_adjectives`: an adjective between a title and a name is the title's ("Патриарх Московский Кирилл");
- `attributive_adjectives`: a capitalized adjective that agrees with the lowercase noun after it is no person
  ("Федералистская партия", "Маастрихтским договором");
- `alias_types`: well-known names and abbreviations take the type of the alias table (ЕС is an organization);
- `seats_of_power`: "Кремль", "Белый дом" are the place where the text speaks of the place, the body where it acts;
- `person_or_place`: pymorphy3's dictionary decides PER vs LOC where it clearly knows the words
  ("Эфиопия" tagged PER -> LOC; "о Свиридове" tagged LOC -> PER);
- `role_territory`: a one-word genitive after a territory's role noun that the dictionary reads as a place in the
  genitive is the territory, not a person ("мэр Грозного", "глава администрации Грозного");
- `territory_noun_name`: a one-word genitive after a territory's people or parts that the dictionary reads as a
  place, or a name in apposition to an administrative unit, is the territory ("жителей Грозного", "в округе
  Монтгомери");
- `preposition_place`: a one-word name after "в", "из", "под" that the dictionary reads as a place in the case the
  preposition governs is the place, not a person ("Школьник из Иванова");
- `facility_type`: facilities and settlements are places ("аэропорт «Домодедово»", "в городе Грозном");
- `drop_sentence_initial_words`: a common word capitalized only because it starts a sentence is not a name;
- `teaser_cut_words`: a word a teaser cut at "…" that the dictionary does not know is no name ("Междун …");
- `capitalized_role_nouns`: a role noun capitalized inside a sentence is a title, no person ("выборов Президента");
- `common_noun_compounds`: a common noun's hyphenated compound names no person ("Экс-кандидат", "мРНК-вакцина");
- `join_adjacent_persons`: person mentions with only a space between them, in one case, are one name;
- `drop_non_names`: generic abbreviations ("СМИ") and names of vehicles and works ("корабль «Союз»");
- `extend_relational_adjectives`: "японского МИДа", "государственной Комиссии" are the organization's name;
- `government_bodies`: lowercase ministries qualified by a country ("в российском министерстве финансов");
- `dictionary_places`: capitalized words the dictionary knows only as places ("чемпион Европы");
- `qualified_bodies`: a body's abbreviation and the place that qualifies it are one name ("МИД | России");
- `parent_body`: a body's abbreviation and the organization it belongs to are one name ("ЦК | КПСС", "ГУ | МВД");
- `route_places`: a one-word "person" dashed to a place is the other end of a route ("рейса Баку - Грозный");
- `dateline_place`: a news agency's dateline in capitals is the place the story is filed from ("ВАШИНГТОН, 14 дек");
- `majority_type`: one type per normalized name in a document (majority vote over its mentions);
- `facility_names`: a name a facility noun introduces once is a place at every mention, whatever the vote
  ("аэропорт «Домодедово»" … "в «Домодедово»");
- `surname_type`: a lone word that is part of a person's name mentioned in the document is that person;
- `propagate_names`: a name recognized once is recognized at its other occurrences (any case form), and a
  longer known name wins over shorter mentions inside it ("Голос Америки" over "Америки");
- `surname_particles`: a surname's lowercase particles belong to it where it stands alone ("фон | Беттихер").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from typing import Any

from pipeline.document import Document, Span, Token
from pipeline.entities.aliases import country_of_adjective, lookup_alias, lookup_persons
from pipeline.entities.boundaries import span_tokens
from pipeline.entities.forms import forms_match, same_name_word, word_forms
from pipeline.entities.lexicon import (
    ARTIFACT_NOUNS,
    BODY_ABBREVIATIONS,
    CONTRACTION_PREFIXES,
    GENERIC_ABBREVIATIONS,
    GOVERNMENT_BODY_NOUNS,
    LEGAL_FORMS,
    NAME_AFFIX_NOUNS,
    PERSON_TABLE,
    RELATIONAL_ADJECTIVES,
    SEATS_OF_POWER,
    TITLE_NOUNS,
)
from pipeline.entities.naming import (
    ADJECTIVE_FORM_ENDINGS,
    VOWELS,
    dictionary_case,
    parse_case,
    undeclined_middle_name,
)
from pipeline.entities.patronymics import (
    GENERATION_STEMS,
    generation_word_cases,
    is_first_name,
    is_patronymic,
    is_surname,
)
from pipeline.entities.verdicts import record_changes
from pipeline.lang.fold import fold, is_abbreviation, is_latin
from pipeline.lang.grammemes import ADJECTIVAL_POS, PERSON_NAME_GRAMMEMES, PROPER_NAME_GRAMMEMES
from pipeline.lang.lexicon import (
    ADMINISTRATIVE_PLACE_NOUNS,
    AGE_ADJECTIVE_ENDINGS,
    EAST_ASIAN_FAMILY_NAMES,
    FACILITY_NOUNS,
    KINSHIP_NOUNS,
    MONTH_ABBREVIATION_FORMS,
    MONTHS,
    ORGANIZATION_NOUNS,
    PERSON_PREPOSITION_GOVERNORS,
    PLACE_NAME_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITION_CASES,
    PLURAL_OUTLET_NAMES,
    ROLE_NOUNS,
    SENIORITY_PREPOSITIONS,
    SURNAME_PARTICLES,
    SURNAME_PARTICLES_ALONE,
    TERRITORY_BODY_NOUNS,
    TERRITORY_PART_NOUNS,
    TERRITORY_ROLE_NOUNS,
    UNIT_APPOSITION_NOUNS,
)
from pipeline.lang.marks import DASH_TOKENS, NAME_OPENING_MARKS, has_quote_mark, is_dash
from pipeline.lang.tree import folded_lemmas, word_before
from pipeline.morphology import (
    UD_CASES,
    UD_PERSON_GENDER_TO_OPENCORPORA,
    case_readings,
    dictionary_parses,
    from_dictionary,
    parses,
    token_case,
)
from pipeline.rules import rejected, rule

Rule = Callable[[Document, list[Span]], list[Span]]

RARE_NAME_READING = 0.2  # pymorphy3's score below which a word's place/organization readings prove no name
LOCATIVE_PREPOSITIONS = frozenset({"в", "во", "на", "из", "под", "до", "через", "над"})
MAN_OBLIQUE_ENDINGS = ("а", "я", "ом", "ем", "ём")  # a man's surname in the genitive, accusative or instrumental
SENTENCE_OPENERS = frozenset({"•", "·", "(", ":", "*"}) | DASH_TOKENS


@lru_cache(maxsize=2048)  # the bench articles: ~1.1k words per pass
def person_place_scores(word: str) -> tuple[float, float]:
    """pymorphy3's probability mass for the word as a personal name part and as a geographic name
    (dictionary parses only: the guesser's readings of unknown words are no evidence)."""
    person = place = 0.0
    for parse in parses(word.lower()):
        if not from_dictionary(parse):
            continue
        grammemes = parse.tag.grammemes
        if PERSON_NAME_GRAMMEMES & grammemes:
            person += parse.score
        if "Geox" in grammemes:
            place += parse.score
    return person, place


def organization_score(word: str) -> float:
    """pymorphy3's probability mass for the word as an organization's name (Orgn; dictionary parses only); 1 for a
    body's contracted name: a contraction prefix and a common noun the dictionary knows ("Росрезерв", "Росалкоголь")."""
    readings = parses(word.lower())
    score = sum(parse.score for parse in readings if from_dictionary(parse) and "Orgn" in parse.tag.grammemes)
    return score or float(_contracted_body(word))


def _contracted_body(word: str) -> bool:
    """A contraction prefix and, after it, a singular common noun of four letters or more that the dictionary knows
    as no name ("Рос|резерв"; not "Фед|оров", whose "оров" is a genitive plural: a surname's "-ов")."""
    folded = fold(word)
    prefix = next((p for p in CONTRACTION_PREFIXES if folded.startswith(p)), "")
    rest = folded[len(prefix):]
    return bool(prefix) and len(rest) > 3 and any(_singular_common_noun(parse) for parse in parses(rest))


def _singular_common_noun(parse: Any) -> bool:
    """A dictionary reading as a singular common noun whose lemma has four letters or more."""
    tag = parse.tag
    return from_dictionary(parse) and tag.POS == "NOUN" and "sing" in tag.grammemes \
        and not PROPER_NAME_GRAMMEMES & tag.grammemes and len(parse.normal_form) > 3


def _person_place(words: Sequence[Token]) -> tuple[float, float]:
    """The summed person and place scores of a name's words."""
    scores = [person_place_scores(token.text) for token in words]
    return sum(person for person, _ in scores), sum(place for _, place in scores)


def _words(tokens: Sequence[Token]) -> list[Token]:
    return [token for token in tokens if token.text.isalpha() or any(map(str.isalpha, token.text))]


def norm_key(tokens: Sequence[Token]) -> tuple[str, ...]:
    """A case-insensitive key of a mention: its words' lemmas (their text where there is no lemma)."""
    return tuple(fold(token.lemma or token.text) for token in _words(tokens))


def is_capitalized(token: Token) -> bool:
    """A token that starts with an upper-case letter (or is a digit-bearing name like "3Com")."""
    return token.text[:1].isupper()


def _retyped(span: Span, type_: str) -> Span:
    return span if span.type == type_ else Span(span.start, span.end, type_, span.text)


@rule("entities")
def alias_types(doc: Document, mentions: list[Span]) -> list[Span]:
    """A name in the alias table takes the table's type: ЕС, Евросоюз, Европейский союз -> ORG (not by a "typed"
    row: "Ленинград" is the city only where the mention is a place; the band stays an organization). A table
    organization hyphenated with a place, tagged as a person, is its regional edition, an organization:
    "РБК-Украина" (a place tagged so is more often a pair: "на саммите ЕС-Россия")."""
    result = []
    for span in mentions:
        words = _words(span_tokens(doc, span))
        entry = lookup_alias([token.text for token in words])
        seat = entry is not None and entry.key in SEATS_OF_POWER  # `seats_of_power` types these
        if entry is None and span.type == "PER" and _regional_edition(words):
            span = _retyped(span, "ORG")  # "РБК-Украина", "ИТАР-ТАСС-Урал"; a place stays: "саммит ЕС-Россия"
        result.append(_retyped(span, entry.type) if entry is not None and not seat and not entry.typed_only
                      else span)
    return result


def _regional_edition(words: Sequence[Token]) -> bool:
    """One hyphenated word: an organization of the alias table, then a place (the table's or the dictionary's, in
    the nominative): an outlet's or agency's regional edition, "РБК-Украина", "ИТАР-ТАСС-Урал", "Интерфакс-Россия"
    ("Интерфакс-Юг" is left as tagged: "юг" is no place's name)."""
    if len(words) != 1 or "-" not in words[0].text.strip("-"):
        return False
    head, _, place = words[0].text.rpartition("-")
    entry = lookup_alias([head])
    if entry is None or entry.type != "ORG" or not place[:1].isupper():
        return False
    place_entry = lookup_alias([place])
    if place_entry is not None:
        return place_entry.type == "LOC"
    return any("Geox" in p.tag.grammemes and p.tag.case == "nomn" for p in dictionary_parses(place.lower()))


AROUND_PREPOSITIONS = LOCATIVE_PREPOSITIONS | frozenset({"у", "около", "возле", "близ", "рядом"})


@rule("entities")
def seats_of_power(doc: Document, mentions: list[Span]) -> list[Span]:
    """A seat of power is a place where the text speaks of the place and the body it houses where the body acts:
    "в Кремле прошла встреча", "у стен Кремля" LOC; "Кремль заявил", "пресс-служба Кремля", "в Кремле считают"
    (a plural verb with no subject: the people of the place act) ORG (lexicon.SEATS_OF_POWER)."""
    result = []
    for span in mentions:
        entry = lookup_alias([token.text for token in _words(span_tokens(doc, span))])
        if entry is None or entry.key not in SEATS_OF_POWER:
            result.append(span)
            continue
        result.append(_retyped(span, "LOC" if _stands_for_place(doc, span) else "ORG"))
    return result


def _stands_for_place(doc: Document, span: Span) -> bool:
    """The mention names a place: after a locative preposition in a clause with a subject of its own ("Обама
    выступал в Белом доме"), or as the genitive of a place noun ("у стен Кремля", "территория Кремля")."""
    first, end = doc.token_at(span.start), doc.token_at(span.end)
    head = next((index for index in range(first, end) if not first <= doc.tokens[index].head < end), first)
    before = doc.tokens[first - 1] if first > 0 and doc.tokens[first - 1].sentence == doc.tokens[first].sentence \
        else None
    if before is not None and fold(before.text) in AROUND_PREPOSITIONS:
        verb = next((index for index in doc.ancestors(head) if doc.tokens[index].pos in ("VERB", "AUX")), None)
        if verb is None:
            return True
        subject = any(token.head == verb and token.rel.startswith("nsubj") for token in doc.tokens
                      if token.sentence == doc.tokens[verb].sentence)
        return subject or doc.tokens[verb].feats.get("Number") != "Plur"
    governor = doc.tokens[head].head
    return 0 <= governor < len(doc.tokens) and doc.tokens[governor].pos == "NOUN" \
        and fold(doc.tokens[governor].lemma or doc.tokens[governor].text) in PLACE_NOUNS


@rule("entities")
def person_or_place(doc: Document, mentions: list[Span]) -> list[Span]:
    """PER <-> LOC where pymorphy3 clearly prefers the other reading of every word of the mention; a name the
    alias table types stays ("Вирджиния": the state, not the first name); a one-word name between a role noun and a
    person's full name is what the role is of, a place or an organization ("президент Сальвадора Франсиско Флорес",
    "артист Ленкома Павел Смеян": `_whose_role`): such a place after a role noun stays a place, and a person mention
    becomes one where the dictionary has no person reading of the word ("Ленкома"; "соратник Кирова Сергей Миронов"
    stays a person); a place after a territory's noun stays a place ("в округе Монтгомери": `_names_territory`)."""
    result = []
    persons_at = {span.start: span for span in mentions if span.type == "PER"}
    for span in mentions:
        words = _words(span_tokens(doc, span))
        if span.type not in ("PER", "LOC") or not words or not all(is_capitalized(token) for token in words) \
                or _alias_type(words) == span.type:
            result.append(span)
            continue
        person, place = _person_place(words)
        whose = _whose_role(doc, span, words, persons_at)
        if span.type == "PER" and whose and not person:
            span = _retyped(span, whose)
        elif span.type == "PER" and place > person and place >= 0.5 * len(words) and _place_words(words):
            span = _retyped(span, "LOC")
        elif span.type == "LOC" and person > place and person >= 0.5 * len(words) and not _after_locative(doc, words):
            if whose and _is_role_noun(doc.tokens[doc.token_at(span.start) - 1]):
                rejected("entities", person_or_place, span.start, span.end, "the place a role is of, before a person")
            elif _names_territory(doc, span):
                rejected("entities", person_or_place, span.start, span.end, "a territory's name after its noun")
            else:
                span = _retyped(span, "PER")
        result.append(span)
    return result


@rule("entities")
def role_territory(doc: Document, mentions: list[Span]) -> list[Span]:
    """A one-word person mention in the genitive right after a role noun held over a territory ("мэр",
    "губернатор", "посол", "президент", "глава администрации": lexicon.TERRITORY_ROLE_NOUNS) is the territory
    where the dictionary has a place reading of the form in the genitive: "мэр Грозного" (pymorphy3 prefers the
    surname "Грозный"), "мэра Грозного Бислана Гантамирова". A surname the document gives a person's full name
    for stays a person ("губернатора Орлова" after "Александр Орлов")."""
    surnames = _named_surname_forms(doc, mentions)

    def territory(span: Span) -> bool:
        words = _words(span_tokens(doc, span))
        return span.type == "PER" and len(words) == 1 and is_capitalized(words[0]) \
            and _after_territory_role(doc, doc.token_at(span.start)) and genitive_place(words[0].text)

    def named_in_full(span: Span) -> bool:
        return bool(word_forms(_words(span_tokens(doc, span))[0].text) & surnames)

    return _places_unless_persons(mentions, territory, named_in_full, role_territory,
                                  "the surname of a person named in full")


@rule("entities")
def territory_noun_name(doc: Document, mentions: list[Span]) -> list[Span]:
    """A one-word person mention right after a territory's noun is the territory: in the genitive after a noun of
    its people or parts (lexicon.TERRITORY_PART_NOUNS) where the dictionary reads the form as a place's genitive
    ("жителей Грозного", "в районах Грозного"; pymorphy3 prefers the surname "Грозный"), or in apposition to an
    administrative unit's noun (lexicon.UNIT_APPOSITION_NOUNS), in a case of the noun ("в округе Монтгомери",
    "шерифа округа Харрис": undeclined, any case; not "губернатор штата Шварценеггер", nominative after a
    genitive), or in the nominative after such a noun that follows a preposition ("в стамбульском районе Фатих").
    A surname the document gives a person's full name for stays a person, and so does a name with a nominative
    reading after a unit a nominative role noun governs (`_role_holder`: "Губернатор штата Браун подписал", "Глава
    района Петрова заявила", "Сенатор от штата Маккейн")."""
    surnames = _named_surname_forms(doc, mentions)

    def named_in_full(span: Span) -> bool:
        return bool(word_forms(_words(span_tokens(doc, span))[0].text) & surnames)

    return _places_unless_persons(mentions, lambda span: span.type == "PER" and _names_territory(doc, span)
                                  and not _role_holder(doc, span),
                                  named_in_full, territory_noun_name, "the surname of a person named in full")


@rule("entities")
def preposition_place(doc: Document, mentions: list[Span]) -> list[Span]:
    """A one-word person mention right after a preposition of where or whence ("в", "из", "под":
    lexicon.PLACE_PREPOSITION_CASES) is a place where the dictionary reads the form as a place's name in the case the
    preposition governs: "Школьник из Иванова" (pymorphy3 prefers the surname "Иванов"), "В Сальвадоре" (not the
    first name). A surname the document gives a person's full name for stays a person ("в Пушкине" after
    "Александр Пушкин")."""
    surnames = _named_surname_forms(doc, mentions)

    def named_in_full(span: Span) -> bool:
        return bool(word_forms(_words(span_tokens(doc, span))[0].text) & surnames)

    def is_place(span: Span) -> bool:
        if span.type != "PER" or not _place_after_preposition(doc, span, governed=True):
            return False
        governor = _person_governor(doc, doc.token_at(span.start))
        if governor:
            rejected("entities", preposition_place, span.start, span.end,
                     f"'{governor}' governs a person with the preposition, no place")
        return not governor

    return _places_unless_persons(mentions, is_place, named_in_full, preposition_place,
                                  "the surname of a person named in full")


def _place_after_preposition(doc: Document, span: Span, governed: bool = False) -> bool:
    """One capitalized word right after a preposition of where or whence, which the dictionary reads as a place's
    name in the case the preposition governs (`preposition_place`), and whose head is no word that takes a person
    with that preposition ("разочаровались в Иванове", "пьесу из Чехова": `_person_governor`; `governed`: leave
    that test to the caller)."""
    words = _words(span_tokens(doc, span))
    index = doc.token_at(span.start)
    if len(words) != 1 or words[0].start != span.start or not is_capitalized(words[0]) or index < 1 \
            or doc.tokens[index - 1].sentence != doc.tokens[index].sentence:
        return False
    case = PLACE_PREPOSITION_CASES.get(doc.tokens[index - 1].text.lower())
    return case is not None and any(from_dictionary(p) and "Geox" in p.tag.grammemes and parse_case(p) == case
                                    for p in parses(words[0].text.lower())) \
        and (governed or not _person_governor(doc, index))


def _person_governor(doc: Document, index: int) -> str:
    """The lemma of the name's syntactic head where that word takes a person with the preposition before the name
    (lexicon.PERSON_PREPOSITION_GOVERNORS: "разочаровались | в Иванове", "пьесу | из Чехова"), else ""."""
    head = doc.tokens[index].head
    governors = PERSON_PREPOSITION_GOVERNORS.get(doc.tokens[index - 1].text.lower(), frozenset())
    if head < 0 or not governors:
        return ""
    lemma = _lemma(doc.tokens[head])
    return lemma if lemma in governors else ""


def _names_territory(doc: Document, span: Span) -> bool:
    """One capitalized word right after a territory's noun that names the territory (`territory_noun_name`)."""
    words = _words(span_tokens(doc, span))
    if len(words) != 1 or not is_capitalized(words[0]):
        return False
    noun = _territory_noun_before(doc, doc.token_at(span.start))
    if noun is None:
        return False
    if _lemma(noun) in TERRITORY_PART_NOUNS and genitive_place(words[0].text):
        return True
    if _lemma(noun) not in UNIT_APPOSITION_NOUNS:
        return False
    cases = case_readings(words[0].text)
    return noun.feats.get("Case", "") in cases \
        or ("Nom" in cases and _after_preposition(doc, doc.token_at(span.start) - 1))


def _role_holder(doc: Document, span: Span) -> bool:
    """A one-word person mention after an administrative unit's noun that a nominative role noun governs, with a
    nominative reading, is the role's holder in apposition, not the unit's name (`_nominative_role_before`); traced
    as `territory_noun_name` turned down. A place slovnet tagged stays one (`person_or_place`: "Шериф округа
    Харрис сообщил")."""
    words = _words(span_tokens(doc, span))
    unit = doc.token_at(span.start) - 1
    if len(words) != 1 or unit < 0 or _lemma(doc.tokens[unit]) not in UNIT_APPOSITION_NOUNS \
            or "Nom" not in case_readings(words[0].text):
        return False
    role = _nominative_role_before(doc, unit)
    if role is not None:
        rejected("entities", territory_noun_name, span.start, span.end,
                 f"the apposition of the nominative role noun {role.text!r}: its holder, not the unit's name")
    return role is not None


def _nominative_role_before(doc: Document, unit: int) -> Token | None:
    """The nominative role noun that the unit's noun at `unit` completes, across its adjectives and a preposition
    ("Губернатор | штата", "Глава | района", "Сенатор | от | штата"), or None: a name with a nominative reading
    after it is the role's holder in apposition ("Губернатор штата Браун подписал", "Глава района Петрова
    заявила"), as an oblique role noun's undeclined name is the unit's ("шерифа округа Харрис")."""
    index = _before_adjectives(doc, unit - 1)
    if index >= 0 and doc.tokens[index].pos == "ADP":
        index -= 1
    if index < 0 or doc.tokens[index].sentence != doc.tokens[unit].sentence:
        return None
    token = doc.tokens[index]
    return token if _is_role_noun(token) and token.feats.get("Case") == "Nom" else None


def _after_preposition(doc: Document, index: int) -> bool:
    """The token at `index` follows a preposition, across adjectives: "в стамбульском районе" (a place's own noun,
    whose name stands in the nominative after it: "в районе Фатих"), not "губернатор штата"."""
    index = _before_adjectives(doc, index - 1)
    return index >= 0 and doc.tokens[index].pos == "ADP"


def _before_adjectives(doc: Document, index: int) -> int:
    """The first token at or before `index` that is no adjective (-1 at the document's start)."""
    while index >= 0 and doc.tokens[index].pos == "ADJ":
        index -= 1
    return index


def _territory_noun_before(doc: Document, index: int) -> Token | None:
    """The word right before the token, in its sentence, or None; the callers read its lemma, not slovnet's tag,
    which may be ADJ or PROPN for a capitalized noun at a sentence start ("Округ Монтгомери – одна из…")."""
    if index < 1 or doc.tokens[index - 1].sentence != doc.tokens[index].sentence:
        return None
    before = doc.tokens[index - 1]
    return before if before.text.isalpha() else None


def _places_unless_persons(mentions: list[Span], is_place: Callable[[Span], bool], is_person: Callable[[Span], bool],
                           by: Callable[..., Any], reason: str) -> list[Span]:
    """The mentions, each that `is_place` holds for retyped LOC unless `is_person` holds for it too (rejected by the
    rule `by` with `reason`): the one loop of the rules that read a place from the words around a mention."""
    result = []
    for span in mentions:
        if is_place(span):
            if is_person(span):
                rejected("entities", by, span.start, span.end, reason)
            else:
                span = _retyped(span, "LOC")
        result.append(span)
    return result


def _after_territory_role(doc: Document, index: int) -> bool:
    """The token before is a territory's role noun, or a body noun after one ("глава администрации |")."""
    before = [doc.tokens[i] for i in (index - 1, index - 2) if i >= 0
              and doc.tokens[i].sentence == doc.tokens[index].sentence]
    if before and _lemma(before[0]) in TERRITORY_BODY_NOUNS:
        before = before[1:]
    return bool(before) and _lemma(before[0]) in TERRITORY_ROLE_NOUNS


def genitive_place(word: str) -> bool:
    """The dictionary reads the form as a place's name in the genitive ("Грозного", "Кузбасса")."""
    return _place_in_case(word, "gent")


def nominative_place(word: str) -> bool:
    """The dictionary reads the form as a place's name in the nominative ("Денвер", "Лос-Анджелес")."""
    return _place_in_case(word, "nomn")


def _place_in_case(word: str, case: str) -> bool:
    return any(from_dictionary(p) and {"Geox", case} <= p.tag.grammemes for p in parses(word.lower()))


def _named_surname_forms(doc: Document, mentions: Sequence[Span]) -> set[str]:
    """The folded forms of the last words of the person mentions of two words or more (any case form)."""
    surnames: set[str] = set()
    for span in mentions:
        words = _words(span_tokens(doc, span))
        if span.type == "PER" and len(words) > 1:
            surnames |= {fold(form) for form in word_forms(words[-1].text)}
    return surnames


def _whose_role(doc: Document, span: Span, words: Sequence[Token], persons_at: dict[int, Span]) -> str:
    """The type of a one-word name in the genitive (slovnet's tag, or the only case the dictionary reads the form in)
    between a person noun and a person's full name: the place or the
    organization the role is of ("президент Сальвадора Франсиско Флорес", "артист Ленкома Павел Смеян"), as the
    dictionary reads the word ("LOC" for a place, "ORG" for an organization); else ""."""
    index = doc.token_at(span.start)
    if len(words) != 1 or index < 1 or "gent" not in (token_case(words[0]),
                                                       dictionary_case(words[0].text)) \
            or not _person_noun(doc.tokens[index - 1]):
        return ""
    following = persons_at.get(span.end + 1) if doc.text[span.end : span.end + 1] == " " else None
    if following is None or len(_words(span_tokens(doc, following))) < 2:
        return ""
    grammemes = {g for parse in parses(words[0].text.lower()) if from_dictionary(parse) for g in parse.tag.grammemes}
    return "LOC" if "Geox" in grammemes else "ORG" if "Orgn" in grammemes else ""


def _place_words(words: Sequence[Token]) -> bool:
    """Every word of a name of several words can be part of a place's name: a place in the dictionary ("Новгород")
    or a dictionary word that is no name ("Нижний"). A word the dictionary does not know is a foreign first name as
    likely as not, so "Лино Овьедо" and "Франсиско Флорес" stay persons though their surnames are also towns."""
    return len(words) == 1 or all(person_place_scores(token.text)[1] > 0 or _dictionary_non_name(token.text)
                                  for token in words)


def _dictionary_non_name(word: str) -> bool:
    analyses = parses(word.lower())
    return bool(analyses) and all(from_dictionary(p) and not PROPER_NAME_GRAMMEMES & p.tag.grammemes
                                  for p in analyses)


def _alias_type(words: Sequence[Token]) -> str | None:
    entry = lookup_alias([token.text for token in words])
    return entry.type if entry is not None else None


def _after_locative(doc: Document, words: Sequence[Token]) -> bool:
    index = doc.token_at(words[0].start)
    return index > 0 and doc.tokens[index - 1].text.lower() in LOCATIVE_PREPOSITIONS


def _sentence_initial(doc: Document, index: int) -> bool:
    if index == 0:
        return True
    previous = doc.tokens[index - 1]
    return previous.sentence != doc.tokens[index].sentence or previous.text in SENTENCE_OPENERS


def _words_inside(doc: Document) -> frozenset[str]:
    """The words that stand inside a sentence somewhere in the document (not `_sentence_initial` there): a capital
    such a word has there is the document's own spelling, not the sentence start's. Built once per document."""
    return doc.derived("words_inside", lambda _: frozenset(
        token.text for previous, token in itertools.pairwise(doc.tokens)
        if previous.sentence == token.sentence and previous.text not in SENTENCE_OPENERS))


def _is_common_word(doc: Document, token: Token) -> bool:
    """A dictionary word that pymorphy3 does not know as any kind of name, or a role noun ("Замглавы"); initials
    and quoted words aren't."""
    if len(token.text) < 2 or not token.text.isalpha() or doc.text[token.start - 1 : token.start] in NAME_OPENING_MARKS:
        return False
    if _is_role_noun(token):
        return True
    analyses = parses(token.text.lower())
    if not analyses or not all(from_dictionary(p) for p in analyses):
        return False
    if any(PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in analyses):  # "Песков": a surname at any score
        return False
    # a rare place or organization reading does not make a common word a name ("Усы": a river's genitive at 0.125)
    return sum(p.score for p in analyses if PROPER_NAME_GRAMMEMES & p.tag.grammemes) < RARE_NAME_READING


def _plural_common_noun(doc: Document, token: Token) -> bool:
    """A common word (`_is_common_word`) that pymorphy3 reads as a plural nominative noun ("Иорданцы требуют",
    "Газеты пишут", "Эпидемиологи предрекают"), that the alias table does not know ("Штаты") and that the document
    never writes capitalized inside a sentence: a group of people or things, no organization's or place's name.
    A singular noun may be one ("Сбербанк", "Почта"); a plural one at a sentence start is capitalized only there,
    but an outlet's (PLURAL_OUTLET_NAMES: "Известия сообщили", "Ведомости пишут")."""
    if token.text in _words_inside(doc) or lookup_alias([token.text]) is not None \
            or fold(token.text) in PLURAL_OUTLET_NAMES:
        return False
    return any(p.tag.POS == "NOUN" and {"plur", "nomn"} <= p.tag.grammemes and not {"Pltm", "Fixd"} & p.tag.grammemes
               for p in parses(token.text.lower()))  # not an indeclinable's every-case reading ("Метро", "Фото")


def _person_noun(token: Token) -> bool:
    """A role noun, or any animate common noun ("артист", "хавбек"), but a kinship noun: "сестра Софии Анна
    Смит" names a person in the genitive."""
    if fold(token.lemma or token.text) in KINSHIP_NOUNS:
        return False
    return _is_role_noun(token) or (token.pos == "NOUN" and token.feats.get("Animacy") == "Anim")


def _is_role_noun(token: Token) -> bool:
    return fold(token.lemma or token.text) in ROLE_NOUNS or fold(token.text) in ROLE_NOUNS


@rule("entities")
def drop_sentence_initial_words(doc: Document, mentions: list[Span]) -> list[Span]:
    """Drop a common word capitalized at a sentence start: "Поддержку Кирсану Илюмжинову", "Супруга", "Судом".

    A person's name rarely starts with a common word, so it goes from a person's mention where it is lowercase,
    starts the sentence or stands in another case than the name ("Поддержку/Acc Кирсану/Dat"); it stays where the
    document writes it capitalized inside a sentence, there or elsewhere: a name the dictionary happens to hold as
    a rare word ("Хван Чжан Еп"). A one-word mention goes only at a sentence start (elsewhere the capital is
    evidence of a name: "Мороз", "Почта России"), and only if it is a person (not part of one named in the
    document: "Макрон" of "Эммануэль Макрон") or no noun ("Воскресное"): dictionary nouns name organizations too
    ("Сбербанк").
    """
    any_part = frozenset().union(*_person_parts(doc, mentions))  # a form shared with any part is in the union
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if not tokens or not _is_common_word(doc, tokens[0]):
            result.append(span)
            continue
        if len(tokens) == 1:
            known_name = bool(word_forms(tokens[0].text) & any_part)  # "Макрон" of "Эммануэль Макрон"
            # dictionary nouns name organizations and places too ("Сбербанк"): only a person's or a non-noun goes
            noun_name = span.type != "PER" and tokens[0].pos in ("NOUN", "PROPN") and not _is_role_noun(tokens[0])
            initial = _sentence_initial(doc, doc.token_at(tokens[0].start))
            if noun_name and initial and _plural_common_noun(doc, tokens[0]):
                rejected("entities", "drop_sentence_initial_words", span.start, span.end,
                         f"a plural common noun at a sentence start ({tokens[0].text}): no name")
                continue
            if known_name or noun_name or not initial:
                result.append(span)
            continue
        if span.type == "PER" and (_name_word_in_place(doc, tokens) or _east_asian_family_name(span, tokens)
                                   or _capitalized_particle(span, tokens)):
            result.append(span)
        elif span.type == "PER" and is_capitalized(tokens[1]):
            result.append(doc.span(tokens[1].start, tokens[-1].end, span.type))
        elif span.type != "PER":
            result.append(span)
    return result


TEASER_CUT_MARKS = ("…", "...")  # a teaser's list cuts its last words there: "В письме Междун …"


@rule("entities")
def teaser_cut_words(doc: Document, mentions: list[Span]) -> list[Span]:
    """Drop a person mention whose last word a teaser cut at "…": "В письме Междун …", "кандидат от Демократи …",
    "Президентс …". The word is no dictionary word and the document writes it nowhere else; a known name before
    "…" stays ("Соломон…"), and so does an unknown one the document also writes whole ("Байден…" beside
    "Байден заявил"). A Latin word is no evidence (the dictionary knows none: "Haber Turk …"), and a place or an
    organization cut so keeps its mention ("Костромской област …": the name is cut, the place is still named)."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if span.type == "PER" and tokens and doc.text[span.end:span.end + 4].lstrip().startswith(TEASER_CUT_MARKS) \
                and not is_latin(tokens[-1].text) and _cut_word(doc, tokens[-1]):
            continue
        result.append(span)
    return result


def _cut_word(doc: Document, token: Token) -> bool:
    """A word the dictionary does not know (pymorphy3 only guesses it) that stands nowhere else in the document."""
    if any(from_dictionary(parse) for parse in parses(token.text.lower())):
        return False
    others = sum(1 for other in doc.tokens if other.text == token.text)
    if others > 1:
        rejected("entities", "teaser_cut_words", token.start, token.end, f"{token.text} stands whole elsewhere")
        return False
    return True


@rule("entities")
def capitalized_role_nouns(doc: Document, mentions: list[Span]) -> list[Span]:
    """Drop a one-word person mention that is a role noun written with a capital inside a sentence: a title,
    no name ("выборов Президента США", "от Генпрокурора немедленно", "если в это время Император захочет").
    `drop_sentence_initial_words` drops one at a sentence start; a title before a capitalized word stays (the
    name or epithet it opens: "Папа Римский", "Папа Бенедикт"), but a place's genitive is the title's own
    ("Президент России"); a quoted one is a nickname (по кличке "Эмир")."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if span.type == "PER" and len(tokens) == 1 and _is_role_noun(tokens[0]) \
                and not any(PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in parses(tokens[0].text.lower())) \
                and _bare_title(doc, span, tokens[0]):
            continue
        result.append(span)
    return result


def _bare_title(doc: Document, span: Span, token: Token) -> bool:
    """The role noun opens no name (no capitalized word but a place's genitive after it) and is not quoted; the
    reason it stays is traced as the rule's rejection."""
    if doc.text[span.start - 1 : span.start] in NAME_OPENING_MARKS:
        rejected("entities", "capitalized_role_nouns", span.start, span.end, f"a quoted nickname ({token.text})")
        return False
    index = doc.token_at(token.start)
    following = doc.tokens[index + 1] if index + 1 < len(doc.tokens) else None
    if following is not None and following.sentence == token.sentence and is_capitalized(following) \
            and following.text.isalpha() and not genitive_place(following.text):
        rejected("entities", "capitalized_role_nouns", span.start, span.end,
                 f"a title before a capitalized word ({following.text})")
        return False
    return True

@rule("entities")
def common_noun_compounds(doc: Document, mentions: list[Span]) -> list[Span]:
    """A common noun's hyphenated compound names no person: "Экс-кандидат", "ТВ-знаменитость", "мРНК-вакцина".

    A word whose part after the hyphen is a lowercase dictionary common noun is a compound of common words
    ("Антиковидная мРНК-вакцина", "Оппозиционеры-демократы"), where a person's hyphenated name writes every part
    capitalized ("Жан-Поль", "Стросс-Кан") or ends in an adjective ("Буш-младший") or a name's own affix
    (`NAME_AFFIX_NOUNS`: "Гасан-заде", "Чингис-хан"). A person's mention loses such a word and every word before
    it; what follows stays where it is a capitalized word, not a number ("Экс-президент Глеб Туманов" -> "Глеб
    Туманов"; "Шталаг-люфт III" goes), else the mention goes. Only persons: organizations take such words
    ("Гоголь-центр").
    """
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        compounds = [i for i, token in enumerate(tokens) if _common_noun_compound(token)
                     and not _syllable_given_name(span, tokens, i)] if span.type == "PER" else []
        if not compounds:
            result.append(span)
            continue
        rest = tokens[compounds[-1] + 1:]
        word = tokens[compounds[-1]].text
        if rest and is_capitalized(rest[0]) and not rest[0].text.isupper():  # not a number: "Шталаг-люфт III"
            result.append(doc.span(rest[0].start, rest[-1].end, span.type))
            continue
        rejected("entities", "common_noun_compounds", span.start, span.end,
                 f"a common noun's compound ({word}) and no capitalized word after it: no person's name")
    return result


def _common_noun_compound(token: Token) -> bool:
    """A hyphenated word of a common word or abbreviation ("Экс", "ТВ", "мРНК", "Оппозиционеры") and a lowercase
    dictionary common noun read first as a noun ("кандидат", "знаменитость"), no generation ("Бушу-старшему") or
    name's own affix; a head the dictionary does not know stays a name ("Муджахид-одиночка", a nickname)."""
    if "-" not in token.text:
        return False
    head, tail = token.text.partition("-")[0], token.text.rpartition("-")[2]
    if not head.isalpha() or not tail.isalpha() or not tail[0].islower() \
            or fold(tail) in NAME_AFFIX_NOUNS or fold(tail).startswith(GENERATION_STEMS):
        return False
    analyses = parses(tail)
    if not analyses or analyses[0].tag.POS != "NOUN" or not all(from_dictionary(p) for p in analyses) \
            or any(PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in analyses):
        return False
    return _common_head(head)


def _syllable_given_name(span: Span, tokens: list[Token], i: int) -> bool:
    """The hyphenated word at i is a Korean or Chinese given name of two syllables after its surname, not a common
    noun's compound: one vowel in each part, a capitalized word of the mention before it ("Ким Сон-ми", "Пак
    Бок-сон", whose parts "сон", "ми", "бок" the dictionary also reads as common words; traced). "Экс-мэр", first in
    its mention, stays a compound."""
    parts = tokens[i].text.lower().split("-")
    if not (i > 0 and is_capitalized(tokens[i - 1]) and len(parts) == 2
            and all(sum(letter in VOWELS for letter in part) == 1 for part in parts)):
        return False
    rejected("entities", "common_noun_compounds", span.start, span.end,
             f"{tokens[i].text!r} after {tokens[i - 1].text!r}: a given name of two syllables, no compound")
    return True


def _common_head(word: str) -> bool:
    """The first part of a hyphenated word is a common one: lowercase, an abbreviation ("ТВ", "мРНК") or a dictionary
    word with no name reading ("Экс", "Конгрессмены")."""
    if not word[:1].isupper() or sum(letter.isupper() for letter in word) >= 2:
        return True
    analyses = parses(word.lower())
    return bool(analyses) and all(from_dictionary(p) for p in analyses) \
        and not any((PERSON_NAME_GRAMMEMES | PROPER_NAME_GRAMMEMES) & p.tag.grammemes for p in analyses)


@rule("entities")
def person_noun_before_body(doc: Document, mentions: list[Span]) -> list[Span]:
    """A person noun that starts an organization's or place's mention, with the body in the genitive after it, is no
    part of the name: it names a person, and the body is its complement ("Главы Ивановской митрополии" -> "Ивановской
    митрополии", "Председателя Европейского Совета" -> "Европейского Совета", "Обитатель Белгравии" -> "Белгравии").
    Such a noun comes into slovnet's span only capitalized: a role noun (`lexicon.ROLE_NOUNS`) anywhere, as official
    texts capitalize "Глава" and "Председатель", and any other animate common noun only at a sentence start. The
    mention keeps what slovnet tags with the noun lowercase: the words after it where the first of them is
    capitalized, and nothing where it is lowercase ("Сотрудники милиции", "Корреспондент газеты": no organization is
    named). Not a kinship noun; not after a quotation mark or bracket (a name: «Эксперт РА»); not where the next word
    is no genitive (an office: "Уполномоченный по правам человека"; "Врачи без границ") or a person's name (a place
    named after a title and a name: "улица Академика Королёва"); and an animate noun that is no role noun stays
    where the document writes it capitalized inside a sentence ("Слуга народа")."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if span.type == "PER" or len(tokens) < 2 or not _person_noun_before_genitive(doc, tokens):
            result.append(span)
        elif is_capitalized(tokens[1]):
            result.append(doc.span(tokens[1].start, tokens[-1].end, span.type))
    return result


def _person_noun_before_genitive(doc: Document, tokens: Sequence[Token]) -> bool:
    """The mention's first word is a person noun (`_person_noun_word`) before a genitive, where slovnet takes it in
    only for its capital (see `person_noun_before_body`)."""
    first, second = tokens[0], tokens[1]
    if second.feats.get("Case") != "Gen" or not second.text.isalpha() or not _person_noun_word(first) \
            or doc.text[max(0, first.start - 1) : first.start] in NAME_OPENING_MARKS | {"("} \
            or any(PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in dictionary_parses(second.text.lower())):
        return False  # a place named after a person's title and name: "улица Академика Королёва"
    return _is_role_noun(first) or (_sentence_initial(doc, doc.token_at(first.start))
                                    and first.text not in _words_inside(doc))


def _person_noun_word(token: Token) -> bool:
    """A capitalized role noun ("Глава", "Председатель"), or a word the dictionary reads only as an animate common
    noun ("Обитатель", "Сотрудники"), never a kinship noun ("Сестра") or a name's reading."""
    if not token.text.isalpha() or not is_capitalized(token) or fold(token.lemma or token.text) in KINSHIP_NOUNS:
        return False
    readings = dictionary_parses(token.text.lower())
    if not readings or any(p.tag.POS != "NOUN" or (PROPER_NAME_GRAMMEMES | PERSON_NAME_GRAMMEMES) & p.tag.grammemes
                           for p in readings):
        return False  # "Генеральной" (slovnet's lemma "генерал"), "Глеба"
    return _is_role_noun(token) or all(p.tag.animacy == "anim" for p in readings)


def _name_word_in_place(doc: Document, tokens: Sequence[Token]) -> bool:
    """The first word of a person's mention belongs to the name: capitalized in the case of the next word, and
    inside its sentence (here or at another occurrence of the word: `_words_inside`)."""
    first, second = tokens[0], tokens[1]
    if not is_capitalized(first) or _is_role_noun(first) or first.feats.get("Case") != second.feats.get("Case"):
        return False
    return first.text in _words_inside(doc)


def _east_asian_family_name(span: Span, tokens: Sequence[Token]) -> bool:
    """The first word of a person's mention is a Chinese, Korean or Vietnamese family name (EAST_ASIAN_FAMILY_NAMES)
    before a capitalized given name: it belongs to the name, though the dictionary knows it as a common word ("Ван",
    "Пак", "Сон") and though it shows no case of the given name after it, as it never declines ("Ван Фэна"); a
    capitalized Dutch "Ван" keeps so too ("Ван Гога")."""
    first, second = tokens[0], tokens[1]
    if not (is_capitalized(first) and first.text[1:].islower() and is_capitalized(second)
            and fold(first.text) in EAST_ASIAN_FAMILY_NAMES):
        return False
    rejected("entities", "drop_sentence_initial_words", span.start, span.end,
             f"{first.text!r} before {second.text!r}: a family name that does not decline, no common word")
    return True


def _capitalized_particle(span: Span, tokens: Sequence[Token]) -> bool:
    """The first word of a person's mention is a surname particle capitalized at a sentence start (one of
    `lang.lexicon.SURNAME_PARTICLES_ALONE`) before a lowercase particle: "Фон | дер Ляйен добавила", "Ван | дер Сар",
    "Де | ла Гарде" — it belongs to the name, though the dictionary knows "фон" as a noun."""
    first, second = tokens[0], tokens[1]
    if not (is_capitalized(first) and fold(first.text) in SURNAME_PARTICLES_ALONE and second.text in SURNAME_PARTICLES
            and len(tokens) > 2):
        return False
    rejected("entities", "drop_sentence_initial_words", span.start, span.end,
             f"{first.text!r} before {second.text!r}: a surname's particle capitalized at a sentence start")
    return True


@rule("entities")
def place_descriptor_nouns(doc: Document, mentions: list[Span]) -> list[Span]:
    """A settlement's or state's noun before a place's name is no part of it: "Штат Аризона" -> "Аризона".

    Lowercase, "штат Аризона", the noun stays out of slovnet's span; capitalized at a sentence start or after a
    headline run on into its lead ("победу Байдена Штат Аризона сертифицировал") it comes in, and the key would
    differ from the place's. Only a noun of `ADMINISTRATIVE_PLACE_NOUNS` goes, and only before a capitalized name
    in its own case (an apposition; "Город Солнца" is a name)."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if span.type == "LOC" and len(tokens) > 1 and is_capitalized(tokens[0]) and is_capitalized(tokens[1]) \
                and _lemma(tokens[0]) in ADMINISTRATIVE_PLACE_NOUNS \
                and tokens[0].feats.get("Case") == tokens[1].feats.get("Case"):
            span = doc.span(tokens[1].start, span.end, span.type)
        result.append(span)
    return result


@rule("entities")
def join_adjacent_persons(doc: Document, mentions: list[Span]) -> list[Span]:
    """Two person mentions with only a space between them, in one case, are one name: "Хвана | Чжан Епа".

    Two person mentions with only a space between them, in one case, are one name that slovnet cut: "Хвана |
    Чжан Епа"; in different cases they are two people ("отец Кима Чен Ира | Ким Ир Сен"), and so are a kinship
    noun's owner and the relative's given name after it ("супруга Чабуева | Оксана", `owner_then_relative`)."""
    result: list[Span] = []
    for span in sorted(mentions, key=lambda span: (span.start, span.end)):
        previous = result[-1] if result else None
        if previous is not None and previous.type == span.type == "PER" and doc.text[previous.end : span.start] == " ":
            if owner_then_relative(doc, previous, span):
                rejected("entities", join_adjacent_persons, previous.start, span.end,
                         "a kinship noun's owner in the genitive, then the relative's given name")
            elif _joinable_persons(doc, previous, span):
                result[-1] = doc.span(previous.start, span.end, "PER")
                continue
            else:
                rejected("entities", join_adjacent_persons, previous.start, span.end,
                         "two people, not one name cut in two")
        result.append(span)
    return result


def owner_then_relative(doc: Document, first: Span, second: Span) -> bool:
    """A kinship noun, the owner's genitive name, then the relative's given name (a dictionary first name or a word
    the dictionary lacks) in the kinship noun's case and gender: "супруга Чабуева | Оксана", "жена Джо Байдена |
    Джилл" (`owner_and_relative`)."""
    before, after = _words(span_tokens(doc, first)), _words(span_tokens(doc, second))
    if not before or not after:
        return False
    kin = _kinship_before(doc, before[0])
    return kin is not None and is_given_name_word(after[0].text) and owner_and_relative(before, after, *kin)


def is_given_name_word(word: str) -> bool:
    """A first name by the dictionary, or a word it lacks ("Джилл", "Хантер"): what may begin a relative's name."""
    return is_first_name(word) or not dictionary_parses(word.lower())


def _joinable_persons(doc: Document, first: Span, second: Span) -> bool:
    before, after = span_tokens(doc, first), span_tokens(doc, second)
    if not before or not after or len(_words(before)) + len(_words(after)) > 4:
        return False
    if (len(_words(before)) > 1 or len(_words(after)) > 1) and is_first_name(_words(after)[0].text) \
            and not _lone_first_name(_words(before)):
        return False  # another person's first name after a name: "врач Нелли Крылешко | Лиза Осокина", "X | Пол Y"
    first, last = _words(before)[0].text, _words(before)[-1].text
    if len(_words(before)) > 1 and is_first_name(first) and is_surname(last):
        return False  # a complete name, then another person: "дочь Глеба Туманова | Гульнару"
    if len(_words(before)) > 1 and _well_known_name([t.text for t in _words(before)], [t.text for t in _words(after)]):
        return False  # a well-known person's full name, then another person: "сына Джо Байдена | Хантера"
    if case_break([*_words(before), *_words(after)]) == len(_words(before)):
        return False  # the words stop agreeing between them: "Моше Кацавом | Ольмерт" (`split_at_case_break`)
    case = before[-1].feats.get("Case")
    return case is not None and case == after[0].feats.get("Case") and not _case_clash(before[-1], after[-1])


def _lone_first_name(words: Sequence[Token]) -> bool:
    """One word, a first name and no surname by the dictionary: what stands before a full name as the same person's
    first given name ("преемнику Уильяму | Говарду Тафту": William Howard Taft), not another person (who would be
    named by a surname or a full name: "Трамп | Пол Манафорт"). The case check after it still parts two people."""
    return len(words) == 1 and is_first_name(words[0].text) and not is_surname(words[0].text)


CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _case_clash(last_before: Token, last_after: Token) -> bool:
    """The first name is declined ("Томпсона") while the second ends in a bare consonant that would decline in the
    same case ("Брукс"): two people in different cases, whatever slovnet's tags say ("После отставки Томпсона Брукс
    возглавил клуб")."""
    declined = last_before.text.lower() != last_before.lemma
    bare = last_after.text.lower() == last_after.lemma and last_after.text[-1:].lower() in CONSONANTS
    return declined and bare


@rule("entities")
def drop_non_names(doc: Document, mentions: list[Span]) -> list[Span]:
    """Drop generic abbreviations and the names of vehicles, works and events: "СМИ", "корабль «Союз»".

    Drop generic abbreviations ("СМИ", a lone "ОАО") and the names of vehicles, works and events: a name
    that somewhere in the document stands quoted in apposition to such a noun ("корабль «Союз»", "фильма
    «Брат»", not the owner in "самолёт «Аэрофлота»") is dropped at all its occurrences."""
    index = doc.derived("form_index", form_index)
    patterns = {mention_pattern(doc, span) for span in mentions}
    artifacts = [pattern for pattern in patterns
                 if any(_after_artifact_noun(doc, doc.span(doc.tokens[start].start, doc.tokens[end - 1].end))
                        for start, end in occurrences(doc, pattern, index))]
    return [
        span for span in mentions
        if not any(_same_name(doc, span, pattern) for pattern in artifacts)
        and not (fold(span.text) in _GENERIC_NAMES and len(_words(span_tokens(doc, span))) == 1)
    ]


_GENERIC_NAMES = GENERIC_ABBREVIATIONS | LEGAL_FORMS  # `drop_non_names`' one-word names, joined once


def _same_name(doc: Document, span: Span, pattern: Pattern) -> bool:
    return forms_match([token.text for token in span_tokens(doc, span)], pattern)


def _index_before_marks(doc: Document, span: Span) -> tuple[int, bool]:
    """The index of the token right before a mention and its opening quotation marks (-1 at the text's start), and
    whether there were such marks."""
    index = doc.token_at(span.start) - 1
    quoted = False
    while index >= 0 and doc.tokens[index].text in NAME_OPENING_MARKS:
        index, quoted = index - 1, True
    return index, quoted


def _noun_before(doc: Document, span: Span) -> tuple[Token | None, bool]:
    """The noun right before a mention (skipping opening quotation marks), and whether the mention is quoted."""
    index, quoted = _index_before_marks(doc, span)
    if index < 0 or doc.tokens[index].pos not in ("NOUN", "PROPN"):
        return None, quoted
    return doc.tokens[index], quoted


def _lemma(token: Token) -> str:
    return fold(token.lemma or token.text)


def _after_artifact_noun(doc: Document, span: Span) -> bool:
    noun, quoted = _noun_before(doc, span)
    if noun is None or not quoted or _lemma(noun) not in ARTIFACT_NOUNS:
        return False
    return not _genitive_owner(span_tokens(doc, span))


def _genitive_owner(tokens: Sequence[Token]) -> bool:
    """A name in a declined genitive form: the owner of the thing ("самолёт «Аэрофлота»"), not its name."""
    words = _words(tokens)
    if not words or words[-1].feats.get("Case") != "Gen":
        return False
    return not any(p.tag.case == "nomn" for p in parses(words[-1].text.lower()))


@rule("entities")
def facility_type(doc: Document, mentions: list[Span]) -> list[Span]:
    """A facility or a settlement is a place: "аэропорт «Домодедово»", "в городе Грозном".

    A facility or a settlement is a place: "аэропорт «Домодедово»", "во Дворце молодёжи" (ORG -> LOC),
    "в городе Грозном" (PER or ORG -> LOC); not a person named by first name and surname ("мэра города Андрея
    Кудрявцева")."""
    return _places_unless_persons(mentions, lambda span: span.type != "LOC" and _facility_context(doc, span),
                                  lambda span: _full_person_name(doc, span), facility_type,
                                  "a person named by first name and surname")


def _facility_context(doc: Document, span: Span) -> bool:
    """A settlement noun before the mention, or (for an organization) a facility noun before it or as its head."""
    noun, _ = _noun_before(doc, span)
    if noun is not None and _lemma(noun) in PLACE_NAME_NOUNS:
        return True
    return span.type == "ORG" and (_after_facility_noun(doc, span) or _facility_head(doc, span))


def _after_facility_noun(doc: Document, span: Span) -> bool:
    """A facility noun right before the mention, quotation marks skipped ("аэропорт «Домодедово»")."""
    noun, _ = _noun_before(doc, span)
    return noun is not None and _facility_noun(noun)


def _facility_head(doc: Document, span: Span) -> bool:
    """The mention's first noun is a facility noun ("Вестминстерское аббатство")."""
    heads = [token for token in span_tokens(doc, span) if token.pos in ("NOUN", "PROPN")][:1]
    return any(_facility_noun(head) for head in heads)


def _facility_noun(token: Token) -> bool:
    """The token is a facility noun: by its lemma, or by a dictionary noun reading where the lemmatizer chose another
    noun of the same form ("парке" lemmatized "парка", the garment)."""
    if _lemma(token) in FACILITY_NOUNS:
        return True
    return token.pos == "NOUN" and any(parse.tag.POS == "NOUN" and fold(parse.normal_form) in FACILITY_NOUNS
                                       for parse in dictionary_parses(token.text.lower()))


def _full_person_name(doc: Document, span: Span) -> bool:
    """A person's mention of two or more words that starts with a first name the dictionary knows."""
    words = _words(span_tokens(doc, span))
    if span.type != "PER" or len(words) < 2:
        return False
    return any("Name" in parse.tag.grammemes and from_dictionary(parse) for parse in parses(words[0].text.lower()))


@rule("entities")
def dictionary_places(doc: Document, mentions: list[Span]) -> list[Span]:
    """A capitalized word the dictionary knows only as a place is one: "чемпион Европы".

    A capitalized word that pymorphy3's dictionary knows only as a place is one, where slovnet missed it
    ("чемпион Европы"); not at a sentence start or in quotation marks, where the capital proves nothing."""
    covered = {position for span in mentions for position in range(*doc.token_range(span.start, span.end))}
    added = []
    for position, token in enumerate(doc.tokens):
        text = token.text  # `is_capitalized`, inline and first: every token of every document comes here
        if not text[:1].isupper() or len(text) < 3 or not text.isalpha() or position in covered:
            continue
        if _sentence_initial(doc, position) or doc.text[token.start - 1 : token.start] in NAME_OPENING_MARKS:
            continue
        known = [parse for parse in parses(token.text.lower()) if from_dictionary(parse)]
        if known and all("Geox" in parse.tag.grammemes for parse in known):
            added.append(doc.span(token.start, token.end, "LOC"))
    return sorted(mentions + added, key=lambda span: (span.start, span.end)) if added else mentions


# after a dateline's place: a comma, the day and its month, a whole month word or an agency's abbreviation of it
# ("ВАШИНГТОН, 14 дек", "МОСКВА, 3 марта"; not "НАТО, 12 сенаторов": no word that only begins as a month)
DATELINE_DATE = re.compile(r"\s*,\s*\d{1,2}\s+(\w+)")
DATELINE_MONTHS = frozenset(MONTHS) | frozenset(form for forms in MONTH_ABBREVIATION_FORMS.values() for form in forms)


@rule("entities")
def dateline_place(doc: Document, mentions: list[Span]) -> list[Span]:
    """A news agency's dateline names the place the story is filed from: "ВАШИНГТОН, 14 дек - РИА Новости",
    "МОСКВА, 3 марта. /ТАСС/". A name written in capitals that opens a line and is followed by a comma and a date
    (a day's number and its month) is that place, whatever slovnet read in the capitals (an abbreviation's ORG, a
    person): typed LOC before the document's vote, so that it neither keys apart from the article's other mentions
    of the city nor joins a person of that name (George Washington)."""
    result = []
    for span in mentions:
        if span.type != "LOC" and _dated(doc.text, span.end) and _line_opening_capitals(doc, span):
            span = _retyped(span, "LOC")
        result.append(span)
    return result


def _line_opening_capitals(doc: Document, span: Span) -> bool:
    """The mention opens its line and is written in capitals, words of three letters or more ("НЬЮ-ЙОРК")."""
    words = _words(span_tokens(doc, span))
    return bool(words) and all(token.text.isupper() and token.text.replace("-", "").isalpha() and len(token.text) > 2
                               for token in words) \
        and not doc.text[doc.text.rfind("\n", 0, span.start) + 1 : span.start].strip()


def _dated(text: str, end: int) -> bool:
    """A comma, a day's number and a month follow the position: "…, 14 дек", "…, 3 марта"."""
    found = DATELINE_DATE.match(text, end)
    return found is not None and found.group(1).lower() in DATELINE_MONTHS


@rule("entities")
def extend_relational_adjectives(doc: Document, mentions: list[Span]) -> list[Span]:
    """A lowercase relational adjective before an organization is part of its name: "японского МИДа".

    Take a lowercase relational adjective before an organization into its name: "японского МИДа",
    "российского Минсельхоза", "государственной Комиссии" (qualitative ones stay out: "нового Конгресса")."""
    result = []
    for span in mentions:
        first = doc.token_at(span.start)
        start = first
        while span.type == "ORG" and start > 0 and start - first < 2 \
                and _relational_adjective(doc.tokens[start - 1], doc.tokens[first]):
            start -= 1
        result.append(span if start == first else doc.span(doc.tokens[start].start, span.end, span.type))
    return result


def _relational_adjective(token: Token, head: Token) -> bool:
    if token.pos != "ADJ" or not token.text[:1].islower() or token.feats.get("Case") != head.feats.get("Case"):
        return False
    lemma = _lemma(token)
    return lemma.endswith(("ский", "цкий")) or lemma in RELATIONAL_ADJECTIVES


@rule("entities")
def government_bodies(doc: Document, mentions: list[Span]) -> list[Span]:
    """A lowercase ministry qualified by a country adjective is an organization: "российское министерство финансов".

    A lowercase ministry qualified by a country adjective is an organization mention: "в российском
    министерстве финансов", "японского дипломатического ведомства", "европейское антимонопольное ведомство"."""
    covered = {position for span in mentions for position in range(*doc.token_range(span.start, span.end))}
    added = []
    lemmas = folded_lemmas(doc)  # `_lemma` of every token; only the ministry nouns' positions are looked at
    for head in itertools.compress(range(len(lemmas)), map(GOVERNMENT_BODY_NOUNS.__contains__, lemmas)):
        token = doc.tokens[head]
        if head in covered or not token.text.islower():
            continue
        start = head
        while start > 0 and start - 1 not in covered and doc.tokens[start - 1].pos == "ADJ" \
                and doc.tokens[start - 1].text.islower() and _agrees(doc.tokens[start - 1], token):
            start -= 1
        if start == head or not _country_like(doc.tokens[start]):
            continue
        end = head + 1
        while end < len(doc.tokens) and end - head <= 3 and end not in covered and doc.tokens[end].text.islower() \
                and doc.tokens[end].pos in ("NOUN", "ADJ") and doc.tokens[end].feats.get("Case") == "Gen":
            end += 1
        added.append(doc.span(doc.tokens[start].start, doc.tokens[end - 1].end, "ORG"))
    return sorted(mentions + added, key=lambda span: (span.start, span.end)) if added else mentions


def _agrees(modifier: Token, head: Token) -> bool:
    return modifier.feats.get("Case") == head.feats.get("Case")


def _country_like(token: Token) -> bool:
    return country_of_adjective(_lemma(token)) is not None or _lemma(token) == "европейский"


@rule("entities")
def majority_type(doc: Document, mentions: list[Span]) -> list[Span]:
    """Every mention of one normalized name gets the name's most frequent type in the document (a tie: a place
    where one of its place mentions follows a territory's noun, "в районе Фатих" against a caption's "Фатих на
    карте": `_names_territory`; a place against a person where one of its place mentions follows a preposition of
    where or whence in the place's case, "клуб из Грозного" against "от Грозного": `_place_after_preposition`; else
    see `_tie_break`)."""
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    keys = [norm_key(span_tokens(doc, span)) for span in mentions]
    for key, span in zip(keys, mentions, strict=True):
        votes[key][span.type] += 1
    first: dict[tuple[str, ...], Span] = {}
    for key, span in zip(keys, mentions, strict=True):
        first.setdefault(key, span)
    territories = {key for key, span in zip(keys, mentions, strict=True)
                   if span.type == "LOC" and _names_territory(doc, span)}
    # a place against a person only: a club named by its city ("Питтсбург" against "в Питтсбурге") stays a tie
    whence = {key for key, span in zip(keys, mentions, strict=True)
              if span.type == "LOC" and _place_after_preposition(doc, span)}
    result = []
    for key, span in zip(keys, mentions, strict=True):
        ranked = votes[key].most_common(2)
        if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
            span = _retyped(span, ranked[0][0])
        elif len(ranked) > 1:
            tied = {type_ for type_, count in votes[key].items() if count == ranked[0][1]}
            chosen = "LOC" if "LOC" in tied and (key in territories or (tied == {"LOC", "PER"} and key in whence)) \
                else _tie_break(doc, first[key], tied)
            rejected("entities", majority_type, span.start, span.end,
                     f"a tie: {ranked[0][0]} and {ranked[1][0]}" + (f", broken for {chosen}" if chosen else ""))
            span = _retyped(span, chosen) if chosen else span
        result.append(span)
    return result


@rule("entities")
def facility_names(doc: Document, mentions: list[Span]) -> list[Span]:
    """A name that a facility noun introduces once is a place at every mention: "аэропорт «Домодедово»" … "в
    «Домодедово»".

    `facility_type` makes the mention after a facility noun ("аэропорта «Домодедово»", "на арене «Лужники»",
    "в парке «Сокольники»") a place; the document's other mentions of the name, quoted with no noun and tagged ORG by
    slovnet, outvoted it in `majority_type`, so one facility was a place in one article and an organization in
    another. The facility noun is the cue the name's type follows in the whole document. Not where the document
    also gives the name a legal form or an organization's noun ("ОАО «Лужники»", "клуб «Спартак»": the name is a
    company's or a club's too) or the alias table knows it as an organization ("башня «Сбербанк»"); not from a
    declined genitive or a bare abbreviation after the noun, the facility's owner ("стадион «Спартака»", "на
    политической арене Европейского союза", "авиабазы ВВС"); a person's mention keeps its type (`facility_type`
    decides those with its guard)."""
    keys = [norm_key(span_tokens(doc, span)) for span in mentions]
    named = {key for key, span in zip(keys, mentions, strict=True)
             if span.type in ("LOC", "ORG") and (_facility_head(doc, span) or _facility_after_noun(doc, span))}
    if not named:
        return mentions
    organizations = {key for key, span in zip(keys, mentions, strict=True)
                     if key in named and (_organization_named(doc, span) or _table_organization(doc, span))}
    result = []
    for key, span in zip(keys, mentions, strict=True):
        if key in named and span.type == "ORG":
            if key in organizations:
                rejected("entities", facility_names, span.start, span.end,
                         "a legal form or an organization's noun names it too, or the alias table's organization")
            else:
                span = _retyped(span, "LOC")
        result.append(span)
    return result


def _facility_after_noun(doc: Document, span: Span) -> bool:
    """The facility's own name after its noun: not a declined genitive ("стадион «Спартака»") nor a bare abbreviation
    ("авиабазы ВВС"), both the owner."""
    if not _after_facility_noun(doc, span):
        return False
    tokens = span_tokens(doc, span)
    _, quoted = _noun_before(doc, span)
    return not _genitive_owner(tokens) and (quoted or not is_abbreviation(span.text))


def _table_organization(doc: Document, span: Span) -> bool:
    """The alias table knows the name as an organization ("башня «Сбербанк»": the bank's name)."""
    entry = lookup_alias([token.text for token in _words(span_tokens(doc, span))])
    return entry is not None and entry.type == "ORG"


def _organization_named(doc: Document, span: Span) -> bool:
    """A legal form ("ОАО") or an organization's noun that is no facility noun ("клуб", "компания") right before the
    mention, quotation marks skipped."""
    index, _ = _index_before_marks(doc, span)
    if index < 0:
        return False
    token = doc.tokens[index]
    return fold(token.text) in LEGAL_FORMS or _lemma(token) in _NON_FACILITY_ORGANIZATION_NOUNS


_NON_FACILITY_ORGANIZATION_NOUNS = ORGANIZATION_NOUNS - FACILITY_NOUNS  # "аэропорт" is both: a facility here


def _tie_break(doc: Document, first: Span, tied: set[str]) -> str | None:
    """The type a name tagged as often one way as another takes where the dictionary reads its words as a name of
    one of the tied types more than the other ("Грозного": the city; "Ювентус", "Госсовета" tagged ORG and LOC or PER:
    the dictionary's Orgn reading, an organization); None where it reads them as neither or as both alike, and for
    an organization against a place the dictionary knows ("Манчестер": the club or the city)."""
    words = _words(span_tokens(doc, first))
    scores = {"PER": 0.0, "LOC": 0.0, "ORG": 0.0}
    for token in words:
        person, place = person_place_scores(token.text)
        scores["PER"] += person
        scores["LOC"] += place
        scores["ORG"] += organization_score(token.text)
    ranked = sorted(((scores.get(type_, 0.0), type_) for type_ in tied), reverse=True)
    if len(ranked) < 2 or ranked[0][0] == ranked[1][0]:
        return None
    # a club's or a body's place name ("Манчестер" Фергюсона, "в Манчестере") is both: only a place and a person
    # are told apart by the place's reading, and an organization's own name (Orgn) from either
    return ranked[0][1] if ranked[0][1] == "ORG" or "ORG" not in tied else None


def _person_parts(doc: Document, mentions: Sequence[Span]) -> list[frozenset[str]]:
    """Word forms of the name parts (no initials) of the multi-word person mentions."""
    parts = []
    for span in mentions:
        words = _words(span_tokens(doc, span))
        if span.type == "PER" and len(words) > 1:
            parts.extend(word_forms(token.text) for token in words if len(token.text) > 1 and is_capitalized(token))
    return parts


@rule("entities")
def surname_type(doc: Document, mentions: list[Span]) -> list[Span]:
    """A one-word LOC/ORG mention that is a part of a person named in the document is that person."""
    parts = _person_parts(doc, mentions)
    if not parts:
        return mentions
    any_part = frozenset().union(*parts)  # a form shared with any part is one shared with the union
    result = []
    for span in mentions:
        words = _words(span_tokens(doc, span))
        if span.type != "PER" and len(words) == 1 and word_forms(words[0].text) & any_part:
            span = _retyped(span, "PER")
        result.append(span)
    return result


Pattern = tuple[frozenset[str], ...]
# The longest name looked for at its other occurrences, in tokens: the longest names of real news are bodies' names of
# about a dozen words ("Национальный исследовательский центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи");
# a longer mention is a tagger's run over a list of names, and matching it at every word costs its length each time.
NAME_PATTERN_TOKENS = 24


def mention_pattern(doc: Document, span: Span) -> Pattern:
    """The word forms of each token of a mention: what its other occurrences must share."""
    return tuple(word_forms(token.text) for token in span_tokens(doc, span))


def form_index(doc: Document) -> dict[str, list[int]]:
    """Word form -> indices of the capitalized tokens that have it (names are only looked for there); built once
    per document (`Document.derived`: drop_non_names and propagate_names read it)."""
    index: dict[str, list[int]] = defaultdict(list)
    for position, token in enumerate(doc.tokens):
        if token.text[:1].isupper():  # `is_capitalized`, inline: every token of every document comes here
            for form in word_forms(token.text):
                index[form].append(position)
    return dict(index)


def occurrences(doc: Document, pattern: Pattern, index: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Token ranges [start, end) where the pattern occurs, in any case form, not glued to a longer word."""
    if not pattern:
        return []
    starts = sorted({position for form in pattern[0] for position in index.get(form, ())})
    found = []
    for start in starts:
        end = start + len(pattern)
        if end > len(doc.tokens):
            continue
        if all(word_forms(doc.tokens[start + offset].text) & slot for offset, slot in enumerate(pattern[1:], 1)):
            if end < len(doc.tokens) and _continues_name(doc.tokens[end - 1], doc.tokens[end]):
                continue
            found.append((start, end))
    return found


MAX_SURNAME_PARTICLES = 3  # "фон дер", "де ла", "ван дер"


@rule("entities")
def surname_particles(doc: Document, mentions: list[Span]) -> list[Span]:
    """The lowercase particles before a surname are part of the name: "фон | Беттихер" -> "фон Беттихер", "ван дер |
    Сар" -> "ван дер Сар".

    A person mention that starts with a capitalized word takes the lowercase particles right before it (up to three
    of `lang.lexicon.SURNAME_PARTICLES`, in its sentence, a space between). "да", also the Russian conjunction ("Иван
    да Марья"), counts only where the document has a person mention with the same particles before a case form of
    that word ("Леонардо да Винчи" ... "да Винчи"); "фон", "ван", "де", "бен" … count by themselves
    (`SURNAME_PARTICLES_ALONE`)."""
    named = [_words(span_tokens(doc, span)) for span in mentions if span.type == "PER"]
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if span.type != "PER" or not tokens or not is_capitalized(tokens[0]):
            result.append(span)
            continue
        first = doc.token_at(span.start)
        start = first
        while first - start < MAX_SURNAME_PARTICLES and start > 0:
            before = doc.tokens[start - 1]
            if before.sentence != tokens[0].sentence or before.text not in SURNAME_PARTICLES \
                    or doc.text[before.end:doc.tokens[start].start] != " ":
                break
            start -= 1
        if start == first:
            result.append(span)
            continue
        particles = [token.text for token in doc.tokens[start:first]]
        if _named_without_particles(named, tokens[0].text):
            rejected("entities", surname_particles, span.start, span.end,
                     f"'{' '.join(particles)}' before '{tokens[0].text}': the document names him or her without it")
            result.append(span)
            continue
        if not any(particle in SURNAME_PARTICLES_ALONE for particle in particles) \
                and not _named_with_particles(named, particles, tokens[0].text):
            rejected("entities", surname_particles, span.start, span.end,
                     f"'{' '.join(particles)}' before '{tokens[0].text}': no name in the document has it")
            result.append(span)
            continue
        result.append(doc.span(doc.tokens[start].start, span.end, "PER"))
    return result


@rule("entities")
def generation_word_apart(doc: Document, mentions: list[Span]) -> list[Span]:
    """A generation word written apart after a person's name belongs to it: "Джорджем Бушем | старшим" -> "Джорджем
    Бушем старшим", "Ричард Готти | младший" -> "Ричард Готти младший" (named "Ричард Готти-младший"): "младший" and
    "старший" tell a son from his father as the hyphenated "Буш-старший" does.

    The lowercase word right after a person mention (a space between, in its sentence) is a singular form of
    "младший" / "старший" (`patronymics.generation_word_cases`) in a case the name's last word can have, and no word
    follows that it could be an attribute or a head of ("Иванов старший сержант", "Сидоров старший группы"), nor a
    preposition of a comparison (`lang.lexicon.SENIORITY_PREPOSITIONS`: "Петров младший из братьев", "старший по
    званию"), nor one the parser makes a predicate (PREDICATIVE_RELS: "Кравченко старшим назначен"): those stay out,
    traced."""
    result = []
    for span in mentions:
        extended = _generation_after(doc, span) if span.type == "PER" else None
        result.append(extended or span)
    return result


# A generation word the parser makes a verb's predicative complement ("Кравченко старшим назначен", "назначило
# Петрову старшей") or the clause's predicate ("Врач Сидорова старшая, ей доверяют смены") says what rank the person
# holds, as "старший" of a team does; a name's generation is its attribute ("Джорджем Бушем старшим", appos/amod).
PREDICATIVE_RELS = frozenset({"xcomp", "root"})


def _generation_after(doc: Document, span: Span) -> Span | None:
    """The person mention with the generation word written apart after it, or None (`generation_word_apart`)."""
    tokens = span_tokens(doc, span)
    if not tokens or not is_capitalized(tokens[-1]):
        return None
    last = doc.token_range(span.start, span.end)[1]
    if last >= len(doc.tokens):
        return None
    word = doc.tokens[last]
    cases = generation_word_cases(word.text)
    if not cases or word.sentence != tokens[-1].sentence or doc.text[tokens[-1].end:word.start] != " ":
        return None
    name_cases = {case for case, ud in UD_CASES.items() if ud in case_readings(tokens[-1].text)}
    if not cases & name_cases:
        rejected("entities", generation_word_apart, span.start, word.end,
                 f"{word.text!r} after {tokens[-1].text!r}: no case of the name")
        return None
    if word.rel in PREDICATIVE_RELS:
        rejected("entities", generation_word_apart, span.start, word.end,
                 f"{word.text!r} is a predicate ({word.rel}): a rank, no generation")
        return None
    after = doc.tokens[last + 1] if last + 1 < len(doc.tokens) else None
    if after is not None and after.sentence == word.sentence and doc.text[word.end:after.start] == " " \
            and (fold(after.text) in SENIORITY_PREPOSITIONS or _nominal_in(after.text, cases | {"gent"})):
        rejected("entities", generation_word_apart, span.start, after.end, f"{word.text!r} before {after.text!r}: "
                 "a comparison, or an attribute or head of the word after it, no generation")
        return None
    return doc.span(span.start, word.end, "PER")


def _nominal_in(word: str, cases: frozenset[str] | set[str]) -> bool:
    """A lowercase noun or adjective with a reading in one of `cases` (what a generation word before it modifies or
    governs: "старший сержант", "старший группы")."""
    return word.islower() and any(p.tag.POS in ("NOUN", "ADJF", "PRTF") and parse_case(p) in cases
                                  for p in parses(word))


def _named_without_particles(named: Sequence[Sequence[Token]], surname: str) -> bool:
    """Some person mention writes a case form of `surname` right after another capitalized word that is no particle
    ("Володимир Зеленський"): the person's name has no particle, so a word before the bare surname is none of it
    (the Ukrainian "де" = "where": "Харків, де Зеленський заявив")."""
    return any(same_name_word(words[index].text, surname) and fold(words[index - 1].text) not in SURNAME_PARTICLES
               and is_capitalized(words[index - 1])
               for words in named for index in range(1, len(words)))


def _named_with_particles(named: Sequence[Sequence[Token]], particles: Sequence[str], surname: str) -> bool:
    """Some person mention's words have `particles` (in any letter case) right before a case form of `surname`
    ("Роберт Де Ниро")."""
    size = len(particles)
    return any([fold(token.text) for token in words[index - size:index]] == list(particles)
               and same_name_word(words[index].text, surname)
               for words in named for index in range(size, len(words)))


@rule("entities")
def propagate_names(doc: Document, mentions: list[Span]) -> list[Span]:
    """A name the document has is tagged at its other occurrences, in any case form.

    Tag the untagged occurrences of names the document already has (any case form, capitalized); a longer
    name wins over shorter mentions inside its occurrence ("Голос Америки" over a lone "Америки"). A one-word
    name's occurrence that is an adjective of the noun after it is none ("Федералистская | партия":
    `attributive_adjectives`)."""
    patterns = _name_patterns(doc, mentions)
    if not patterns:
        return mentions
    owner: dict[int, int] = {}  # token index -> index of the mention that covers it
    for number, span in enumerate(mentions):
        for position in range(doc.token_at(span.start), len(doc.tokens)):
            if doc.tokens[position].start >= span.end:
                break
            owner[position] = number
    index = doc.derived("form_index", form_index)
    kept = dict(enumerate(mentions))
    fresh = itertools.count(len(mentions))
    for pattern, type_ in patterns:
        for start, end in occurrences(doc, pattern, index):
            inside = {owner[position] for position in range(start, end) if position in owner}
            if inside and (len(pattern) < 2 or not all(_within(doc, kept.get(n), start, end) for n in inside)):
                continue
            if not inside and end - start == 1 and _modifies_next_noun(doc, start):
                rejected("entities", propagate_names, doc.tokens[start].start, doc.tokens[start].end,
                         "an adjective that agrees with the noun after it (attributive_adjectives), no name")
                continue
            for number in inside:
                kept.pop(number, None)
            number = next(fresh)
            kept[number] = doc.span(doc.tokens[start].start, doc.tokens[end - 1].end, type_)
            owner.update(dict.fromkeys(range(start, end), number))
    return sorted(kept.values(), key=lambda span: (span.start, span.end))


def _within(doc: Document, span: Span | None, start: int, end: int) -> bool:
    """A mention strictly inside the token range [start, end)."""
    if span is None:
        return False
    inner = (span.start, span.end)
    outer = (doc.tokens[start].start, doc.tokens[end - 1].end)
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != outer


def _name_patterns(doc: Document, mentions: Sequence[Span]) -> list[tuple[Pattern, str]]:
    """(word forms per token, type) for each name, and each name part of multi-word persons; longest first."""
    types: dict[Pattern, Counter[str]] = defaultdict(Counter)
    for span in mentions:
        tokens = span_tokens(doc, span)
        if not tokens or len(tokens) > NAME_PATTERN_TOKENS \
                or not all(token.text.isalnum() or "-" in token.text for token in tokens):
            continue  # no name, or the tagger's run over a list or a repeated word: looking for it costs its length
        types[tuple(word_forms(token.text) for token in tokens)][span.type] += 1
        words = _words(tokens)
        if span.type == "PER" and len(words) > 1:
            for token in words:
                if len(token.text) > 2 and is_capitalized(token) and not token.text.isupper():
                    types[(word_forms(token.text),)]["PER"] += 1
    patterns = [(forms, counter.most_common(1)[0][0]) for forms, counter in types.items()]
    return sorted(patterns, key=lambda pattern: -len(pattern[0]))


def _continues_name(last: Token, following: Token) -> bool:
    """The next token glues to the match ("Москва" in "Москва-река" is not a match)."""
    return following.start == last.end and following.text[:1].isalnum()


def _route_dash(gap: str) -> bool:
    """The gap between a route's two ends: a dash, alone or with one space on each side ("Баку - Грозный")."""
    dash = gap.strip(" ")
    return is_dash(dash) and gap in (dash, f" {dash} ")


@rule("entities")
def route_places(doc: Document, mentions: list[Span]) -> list[Span]:
    """A one-word person name dashed to a place is the other end of a route: "рейса Баку - Грозный".

    A one-word person name joined by a dash to a place ("рейса Баку - Грозный", "трасса Москва — Тверь") is the
    other end of a route, a place, when the dictionary knows the word as a place name."""
    ordered = sorted(mentions, key=lambda span: span.start)
    retyped = {}
    for first, second in itertools.pairwise(ordered):
        if not _route_dash(doc.text[first.end : second.start]) or {first.type, second.type} != {"LOC", "PER"}:
            continue
        person = first if first.type == "PER" else second
        words = _words(span_tokens(doc, person))
        if len(words) == 1 and any("Geox" in parse.tag.grammemes for parse in parses(words[0].text.lower())):
            retyped[(person.start, person.end)] = _retyped(person, "LOC")
    return [retyped.get((span.start, span.end), span) for span in mentions]


@rule("entities")
def qualified_bodies(doc: Document, mentions: list[Span]) -> list[Span]:
    """A body's abbreviation and the place that qualifies it are one name: "МИД России", "МВД Украины".

    slovnet tags the two apart ("МИД" ORG, "России" LOC); news use the pair as the body's name, NEREL and BSNLP
    annotate it as one organization, and the key needs it (org:мид россии, not the country's key). Only a letter
    abbreviation joins ("МИД", "ГУ МВД"), and only a place in the genitive written out: a spelled-out body
    ("Министерства обороны Германии") and an abbreviated place ("МИД РФ") stay a body and a place, as factRuEval
    annotates them."""
    ordered = sorted(mentions, key=lambda span: (span.start, span.end))
    result: list[Span] = []
    for span in ordered:
        body = result[-1] if result else None
        if body is not None and body.type == "ORG" and span.type == "LOC" and doc.text[body.end : span.start] == " " \
                and _qualifies(doc, body, span):
            result[-1] = doc.span(body.start, span.end, "ORG")
            continue
        result.append(span)
    return result


def _qualifies(doc: Document, body: Span, place: Span) -> bool:
    """A letter abbreviation of a body, then a place written out in the genitive ("МИД | России", not "МИД | РФ")."""
    body_words = [token.text for token in _words(span_tokens(doc, body))]
    place_words = _words(span_tokens(doc, place))
    if not body_words or not place_words or not all(map(is_abbreviation, body_words)):
        return False
    last = place_words[-1]
    return last.feats.get("Case") == "Gen" and not is_abbreviation(last.text)


@rule("entities")
def parent_body(doc: Document, mentions: list[Span]) -> list[Span]:
    """A subordinate body's abbreviation and the organization it belongs to, in the genitive, are one name: "ЦК |
    КПСС", "ГУ | МВД России".

    A department or committee is named relative to its parent: "ГУ" (главное управление), "ЦК" (центральный
    комитет) name nothing on their own, and the genitive after them is part of the body's name (NEREL annotates
    "ЦК КПСС", "ГУ МВД России" as one organization; factRuEval "ГУ МЧС России по Санкт-Петербургу"). slovnet often
    tags the two apart, and the abbreviation is left an organization named "ГУ". The body is one of
    `lexicon.BODY_ABBREVIATIONS` tagged as an organization; the parent is the organization mention right after it,
    a space between, whose first word is a genitive or an abbreviation, which does not decline. A spelled-out body
    before an organization stays apart ("Института Дальнего Востока | РАН": NEREL links the two), and a place after
    a body is `qualified_bodies`' work."""
    ordered = sorted(mentions, key=lambda span: (span.start, span.end), reverse=True)
    result: list[Span] = []  # right to left, so that a body's parent may be a body of its own ("ГСУ | ГУ МВД")
    for body in ordered:
        parent = result[-1] if result else None
        if parent is not None and body.type == "ORG" and parent.type == "ORG" \
                and doc.text[body.end : parent.start] == " " and body.text in BODY_ABBREVIATIONS:
            if genitive_parent(span_tokens(doc, parent)):
                result[-1] = doc.span(body.start, parent.end, "ORG")
                continue
            rejected("entities", parent_body, body.start, parent.end, "an abbreviation before a name in no genitive")
        result.append(body)
    return result[::-1]


def genitive_parent(tokens: Sequence[Token]) -> bool:
    """The tokens after a body's abbreviation name the organization it belongs to (`parent_body`,
    `linking.spelled_body`): an organization in the genitive, its first word a genitive, or an abbreviation, which
    does not decline ("КПСС", "МВД России"); no Latin-script name ("BBC"), and no name in quotes: "ГУ «Центр
    занятости населения»" is a state institution (государственное учреждение) named by its own name."""
    if not tokens or not any(map(str.isalpha, tokens[0].text)):
        return False  # a quote mark or no word: not a parent in the genitive
    first = tokens[0]
    if is_latin(first.text):
        return False
    return is_abbreviation(first.text) or first.feats.get("Case") == "Gen"


@rule("entities")
def split_two_names(doc: Document, mentions: list[Span]) -> list[Span]:
    """Two full names that slovnet tagged as one person are two: "Нелли Крылешко Лиза Осокина" -> two people.

    A person's mention of four words or more splits before its last two words when they start with a first name
    the dictionary knows, of four letters or more ("Гай Юлий Цезарь", "Хесус Рубен Гомес", "Эссам Абд Эль Фатах"
    and "Кима Чен Ира Ким Ир Сен" stay whole). A well-known person's full name (`persons.tsv`) followed by one
    more first name ends before it ("сына Джо Байдена | Хантера"), and two surnames the dictionary knows only
    as surnames, in cases that no reading shares, are two people ("Собянин | Путину: ..."; "Толстой Лев" stays);
    so are two words that end full names of two people the document gives, the first beginning no name there
    ("об убийстве Грегори Фолла ... Фолла | Макафи предложил", with "Джона Макафи" named)."""
    pairs = _full_name_surnames(doc, mentions)

    def second_name(span: Span, words: list[Token]) -> int | None:
        if span.type != "PER":
            return None
        cut = len(words) - 2  # the second name is a first name and a surname
        if len(words) >= 4 and len(words[cut].text) >= 4 and is_first_name(words[cut].text):
            return cut
        if len(words) == 3 and words[2].text[:1].isupper() \
                and _well_known_name([w.text for w in words[:2]], [words[2].text]):
            return 2
        if len(words) == 2 and (_surnames_in_two_cases(words[0].text, words[1].text)
                                or _two_named_surnames(pairs, words[0].text, words[1].text)):
            return 1
        return None

    return _split_mentions(doc, mentions, second_name, "PER")


def _full_name_surnames(doc: Document, mentions: list[Span]) -> set[tuple[str, str]]:
    """The first and last words (folded) of the document's person mentions of two or three capitalized words, no
    initials among them."""
    pairs = set()
    for span in mentions:
        words = [token.text for token in _words(span_tokens(doc, span))] if span.type == "PER" else []
        if 2 <= len(words) <= 3 and all(word[:1].isupper() and word.isalpha() and len(word) > 1 for word in words):
            pairs.add((fold(words[0]), fold(words[-1])))  # no initials: "Попов В. А."
    return pairs


def _two_named_surnames(pairs: set[tuple[str, str]], first: str, second: str) -> bool:
    """Both words end full names the document gives with other first words (as written, letter case aside), and
    the first word begins no other person's name there: two surnames, two people. Initials are no surnames ("В. А."
    after "Попов В. А.")."""
    one, two = fold(first), fold(second)
    if min(len(one), len(two)) < 2:
        return False
    return (any(last == one and head != two for head, last in pairs)
            and any(last == two and head != one for head, last in pairs)
            and not any(head == one and last != two for head, last in pairs))


def _well_known_name(name: list[str], rest: list[str]) -> bool:
    """The words are one well-known person's full name (`persons.tsv`), and with the words after them no one's; the
    words after are first names ("сына Джо Байдена | Хантера"; "Николаса Мадуро Герра" is the son's full name), no
    adjective ("Дональд Трамп Младший" is one man)."""
    if not all(map(_given_name, rest)) or any(p.tag.POS in ("ADJF", "ADJS") for word in rest
                                               for p in dictionary_parses(word.lower())):
        return False
    return len(lookup_persons(name)) == 1 and not lookup_persons(name + rest)


@cache
def _table_first_names() -> frozenset[str]:
    """The first names of the well-known persons' full names (`persons.tsv`), folded: first names the dictionary may
    not know ("Хантер")."""
    return frozenset(fold(name.split()[0]) for entry in PERSON_TABLE for name in (entry.key_name, *entry.variants)
                     if len(name.split()) >= 2 and name[:1].isupper())


def _given_name(word: str) -> bool:
    """A first name: by the dictionary, or a well-known person's first name in any case form ("Хантера"); never a
    patronymic."""
    return not is_patronymic(word) and (is_first_name(word) or bool(word_forms(word) & _table_first_names()))


def _surnames_in_two_cases(first: str, second: str) -> bool:
    """Both words are surnames by the dictionary and nothing else a name is made of (no first name or patronymic
    reading), and no case is one both can be in: two people ("Собянин Путину")."""
    cases = []
    for word in (first, second):
        readings = dictionary_parses(word)
        if not readings or any({"Name", "Patr"} & p.tag.grammemes for p in readings):
            return False
        surnames = [p for p in readings if "Surn" in p.tag.grammemes]
        if not surnames:
            return False
        cases.append({p.tag.case for p in surnames})
    return not cases[0] & cases[1]


@rule("entities")
def split_at_case_break(doc: Document, mentions: list[Span]) -> list[Span]:
    """Two people's names glued into one span split where an oblique name ends: "с Моше Кацавом | Ольмерт".

    The words of one person's name share one case and one gender. A person mention of two to five capitalized name
    words (each a Name, Surn or Patr of pymorphy3's dictionary, or unknown to it) that no (case, gender) reading fits
    as a whole splits at the one cut where the words before fit only oblique readings and the words after may be a
    nominative: "Моше Кацавом | Ольмерт" (a man's instrumental, then a nominative), "в пользу Вайнштока | Козак".
    Readings come from the dictionary (name readings first) or, for an unknown word, from its ending and slovnet's
    case (`_case_gender_readings`). Guards: a word in a consonant that may be a man's nominative may be a woman's
    undeclined surname ("Чанду Рубин", "Ангелы Меркель"); a man's name in -а declines like a woman's ("Барака Обамы");
    a short word, an unknown word in a vowel or in a vowel and -а ("Тапиа"), and an unknown first word not tagged in
    a declined case fit every case ("Кима Чен Ына", "Цзян Цзэминем", "Абдул Рашида Достума"); a lowercase particle
    ("бен", "де") keeps the mention whole; so does a left part that may be a nominative ("Хосе Мария Аснар")."""
    def cut_of(span: Span, words: list[Token]) -> int | None:
        return case_break(words) if span.type == "PER" else None

    return _split_mentions(doc, mentions, cut_of, "PER")


@rule("entities")
def split_owner_and_relative(doc: Document, mentions: list[Span]) -> list[Span]:
    """A kinship noun, its owner's name in the genitive, then the relative's own given name: "жена Джо Байдена |
    Джилл", "супруга Чабуева | Оксана".

    After "жена", "сын", "вдова", "супруга" … (`KINSHIP_NOUNS`, not itself in the genitive) a person mention of two
    to five name words splits where the owner's genitive ends and a given name (pymorphy3's Name or a word it lacks)
    agreeing with the kinship noun in case and gender begins (`owner_end`): the owner's words share a genitive
    reading, one of them with a read case (an indeclinable "Джо" takes the case of the surname it stands with; a
    word that fits every case proves nothing: "мать Сеоким | Ким Ли" stays whole; an owner ending in a first name
    is no owner: "жена Алисия Нэш"). The relative keeps only the name the text gives ("Хантер", not "Хантер
    Байден": wives and sons by a mother's name bear other surnames)."""
    def cut_of(span: Span, words: list[Token]) -> int | None:
        if span.type != "PER" or not words:
            return None
        kin = _kinship_before(doc, words[0])
        return None if kin is None else owner_end(words, *kin)

    return _split_mentions(doc, mentions, cut_of, "PER")


def _kinship_before(doc: Document, first: Token) -> tuple[str, str] | None:
    """The (case, gender) of the kinship noun right before a mention's first word, where it is one and is not in
    the genitive (a genitive relative would agree with the owner's genitive: "сына Ким Чен Ира"); else None."""
    before = word_before(doc, doc.token_at(first.start))
    if before < 0:
        return None
    token = doc.tokens[before]
    if fold(token.lemma or token.text) not in KINSHIP_NOUNS:
        return None
    case, gender = token_case(token), UD_PERSON_GENDER_TO_OPENCORPORA.get(token.feats.get("Gender", ""))
    if case is None or case == "gent" or gender is None:
        return None
    return case, gender


def owner_end(words: Sequence[Token], case: str, gender: str) -> int | None:
    """The number of words of the owner's genitive name before the relative's given name in (`case`, `gender`):
    the longest prefix that `owner_and_relative` accepts before a given name (`is_given_name_word`); else None."""
    if not 2 <= len(words) <= 5 or not all(_plain_name_word(token.text) for token in words):
        return None
    return next((cut for cut in range(len(words) - 1, 0, -1) if is_given_name_word(words[cut].text)
                 and owner_and_relative(words[:cut], words[cut:], case, gender)), None)


def owner_and_relative(owner: Sequence[Token], relative: Sequence[Token], case: str, gender: str) -> bool:
    """The owner's words end in a surname or patronymic, not a first name, and share a genitive reading, one of them
    with its case read (`_reads_genitive`), and the relative's words share the kinship noun's (`case`, `gender`).
    The owner's words are read as declined ones (slovnet often tags the owner a nominative woman: "супруга Чабуева
    Оксана")."""
    if is_first_name(owner[-1].text):
        return False  # a first name, then a surname: "жена Алисия Нэш" is one woman
    owned = [_case_gender_readings(token.text) for token in owner]
    related = [_case_gender_readings(token.text, (token_case(token) or "")) for token in relative]
    return (any(_reads_genitive(reading) for reading in owned) and any(pair[0] == "gent" for pair in _common(owned))
            and (case, gender) in _common(related))


def _reads_genitive(reading: frozenset[tuple[str, str]]) -> bool:
    """A genitive in a gender whose other cases the word does not all fit: "Байдена", "Чабуева"; not "Джо", not
    a woman's undeclined "Сеоким"."""
    return any(("gent", gender) in reading and not all((other, gender) in reading for other in CASES)
               for gender in PERSON_GENDERS)


CASES = tuple(UD_CASES)  # the six main cases as pymorphy3's grammemes: "nomn", "gent", … (defined in morphology)
PERSON_GENDERS = tuple(UD_PERSON_GENDER_TO_OPENCORPORA.values())  # "masc", "femn"
ALL_READINGS = frozenset((case, gender) for case in CASES for gender in PERSON_GENDERS)


def case_break(words: Sequence[Token]) -> int | None:
    """The one cut where an oblique name ends and a nominative one begins, each side fitting one (case, gender)
    reading while the whole fits none; else None."""
    if not 2 <= len(words) <= 5 or not all(_plain_name_word(token.text) for token in words):
        return None
    readings = [_case_gender_readings(token.text, (token_case(token) or ""),
                                      index == 0) for index, token in enumerate(words)]
    readings[0] |= _woman_a_stem_cases(words)
    if _common(readings):
        return None
    cuts = [cut for cut in range(1, len(words)) if _oblique(_common(readings[:cut]))
            and any(case == "nomn" for case, _ in _common(readings[cut:]))
            and not undeclined_middle_name(words, cut - 1)]  # "Тедрос Аданом | Гебрейесус": one name
    if len(cuts) > 1:  # the second name begins with a first name: "Ингвара Кампрада | Петер"
        cuts = [cut for cut in cuts if is_first_name(words[cut].text)]
    return cuts[0] if len(cuts) == 1 else None


# A man's first name in a consonant declines like "Мартин": its "-е" and "-у" forms are also a foreign woman's name in
# "-а" ("Мартина", "Камала") declined like "Марина": her dative and locative, her accusative.
WOMAN_A_STEM_CASES = {"е": frozenset({("datv", "femn"), ("loct", "femn")}), "у": frozenset({("accs", "femn")})}


def _woman_a_stem_cases(words: Sequence[Token]) -> frozenset[tuple[str, str]]:
    """The cases of a foreign woman's first name in "-а" that the dictionary lacks, where it reads the first word
    only as a man's consonant-stem first name in an oblique case ("Камале", "Мартине": dative or locative;
    "Камалу", "Мартину": accusative) and every word after it is a surname it knows as a woman's undeclined one
    ("Харрис", "Браун"): "Камале Харрис", "Камалу Харрис" are one woman's name, as the nominative "Камала Харрис"
    already is, not a man's dative and another person. A Russian surname ("Глебу | Туманов") shows no woman."""
    lower = words[0].text.lower()
    found = WOMAN_A_STEM_CASES.get(lower[-1:], frozenset())
    if not found:  # most first words: no dictionary look-up
        return found
    named = [p for p in dictionary_parses(lower) if p.tag.POS == "NOUN" and "Name" in p.tag.grammemes]
    if not named or any(p.tag.gender != "masc" or p.normal_form[-1:] in VOWELS for p in named):
        return frozenset()
    undeclined = all(any({"Surn", "Fixd", "femn"} <= p.tag.grammemes for p in dictionary_parses(token.text.lower()))
                     for token in words[1:])
    return found if undeclined else frozenset()


def _oblique(readings: frozenset[tuple[str, str]]) -> bool:
    """Some reading, none of them a nominative."""
    return bool(readings) and all(case != "nomn" for case, _ in readings)


def _plain_name_word(word: str) -> bool:
    """A capitalized word of letters (hyphens allowed), not an initial, that the dictionary knows as a name part
    (Name, Surn, Patr) or does not know: no common word ("Поддержку Тамаре Крылешко" is left to
    `drop_sentence_initial_words`)."""
    if len(word) < 2 or not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    known = dictionary_parses(word.lower())
    return not known or any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in known)


def _common(readings: Sequence[frozenset[tuple[str, str]]]) -> frozenset[tuple[str, str]]:
    common = ALL_READINGS
    for reading in readings:
        common &= reading
    return common


WOMAN_UNDECLINED = frozenset(pair for pair in ALL_READINGS if pair[1] == "femn")


@lru_cache(maxsize=2048)  # bench.memory: 20,000 entries took ~3 MiB of the per-worker budget
def _case_gender_readings(word: str, tagged_case: str = "", first: bool = False) -> frozenset[tuple[str, str]]:
    """The (case, gender) pairs a singular name word can be in: pymorphy3's dictionary noun readings (its name
    readings where it has any), else the word's ending (`tagged_case`: slovnet's case, opencorpora's name); every
    pair for a short word. A word in a consonant that may be a man's nominative may be a woman's undeclined
    surname in any case ("Саши Грей", "Чанду Рубин")."""
    lower = word.lower()
    if len(lower) <= 3:
        return ALL_READINGS
    known = [p for p in dictionary_parses(lower) if p.tag.POS == "NOUN" and p.tag.number != "plur"]
    named = [p for p in known if {"Name", "Surn", "Patr"} & p.tag.grammemes]
    if not known:
        return _ending_readings(lower, tagged_case, first)
    readings = named or known
    undeclined = all("Fixd" in p.tag.grammemes for p in readings)  # only indeclinable: either gender ("Фиорентино")
    pairs = {pair for p in readings for pair in _pairs(p, bool(named), undeclined)}
    if lower.endswith(("а", "я")) and any("Name" in p.tag.grammemes for p in named):
        pairs.add(("nomn", "femn"))  # a foreign woman's first name the dictionary lacks: "Мартина Мюллер"
    if (lower[-1:] not in VOWELS or lower.endswith(("ей", "эй", "ай"))) and ("nomn", "masc") in pairs:
        pairs |= WOMAN_UNDECLINED
    return frozenset(pairs)


def _pairs(parse: Any, name_reading: bool, undeclined: bool) -> list[tuple[str, str]]:
    """A noun reading's (case, gender) pairs; a common noun in -а/-я, an indeclinable or a common-gender name fits
    either gender."""
    gender = parse.tag.gender
    if gender not in ("masc", "femn") or undeclined \
            or (not name_reading and parse.normal_form.endswith(("а", "я"))):
        return [(parse.tag.case, "masc"), (parse.tag.case, "femn")]
    return [(parse.tag.case, gender)]


def _ending_readings(lower: str, tagged_case: str, first: bool) -> frozenset[tuple[str, str]]:
    """An unknown word's readings by its ending, in the regular noun paradigms (`DECLINED_ENDINGS`: "Кацавом" a
    man's instrumental, "Пауэлла" a man's genitive or a nominative in -а), its declined readings alone where slovnet
    tags the word in one of their oblique cases, else with its undeclined ones ("Лалит Брансом" tagged Nom is a
    nominative): -а/-я after a consonant a nominative of either gender, a consonant a man's nominative or a woman's
    undeclined surname, anything else indeclinable ("Тапиа", "Трише", "Берлускони"). An unknown first word not tagged
    in a declined case may stay undeclined ("Цзян Цзэминем", "Абдул Рашида Достума")."""
    if (lower[-1:] in VOWELS and lower[-1:] not in "аяу") or (lower[-2:-1] in VOWELS and lower[-1:] in "ая") \
            or (lower.endswith(ADJECTIVE_FORM_ENDINGS) and not lower.endswith(("ом", "ем"))):  # "Маскаевым", "Гориных"
        return ALL_READINGS
    pairs = frozenset(pair for ending, readings in DECLINED_ENDINGS.items() if lower.endswith(ending)
                      for pair in readings)
    if tagged_case != "nomn" and any(case == tagged_case for case, _ in pairs):
        return pairs
    if first:
        return ALL_READINGS
    if lower.endswith(("а", "я")):
        return pairs | {("nomn", "masc"), ("nomn", "femn")}
    if lower[-1:] not in VOWELS:
        return pairs | {("nomn", "masc")} | WOMAN_UNDECLINED
    return pairs


def _either(case: str) -> tuple[tuple[str, str], ...]:
    return (case, "masc"), (case, "femn")


# the oblique readings of a name's regular endings: a man's consonant stem ("Пауэлл-а") and the -а stem of either
# gender ("Обам-ы", "Мандел-ой")
DECLINED_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "а": (("gent", "masc"), ("accs", "masc")), "я": (("gent", "masc"), ("accs", "masc")),
    "у": (("datv", "masc"), *_either("accs")), "ю": (("datv", "masc"), *_either("accs")),
    "ом": (("ablt", "masc"),), "ем": (("ablt", "masc"),), "ём": (("ablt", "masc"),),
    "ы": _either("gent"),
}


@rule("entities")
def split_outlet_and_person(doc: Document, mentions: list[Span]) -> list[Span]:
    """A known organization's name does not run on into the person after it: "цитирует РИА Новости Собянина" ->
    ORG "РИА Новости" + PER "Собянина".

    An organization mention that begins with a name of the alias table and goes on with one or two capitalized
    words slovnet reads as animate proper nouns, each a name part by the dictionary or a word of a person the
    document names, splits there (the reader's object of "цитирует", "передаёт" is the person)."""
    def outlet_end(span: Span, words: list[Token]) -> int | None:
        return _outlet_end(doc, words) if span.type == "ORG" and len(words) > 1 else None

    return _split_mentions(doc, mentions, outlet_end, "ORG")


def _split_mentions(doc: Document, mentions: list[Span], cut_of: Callable[[Span, list[Token]], int | None],
                    first_type: str) -> list[Span]:
    """Each mention cut in two before the word `cut_of` names (a `first_type` part, then a person); the others as
    they are. Only a mention of `first_type` is cut (every `cut_of` reads only those), so no other is read."""
    result = []
    for span in mentions:
        if span.type != first_type:
            result.append(span)
            continue
        words = _words(span_tokens(doc, span))
        cut = cut_of(span, words)
        if cut is None:
            result.append(span)
            continue
        result.append(doc.span(span.start, words[cut - 1].end, first_type))
        result.append(doc.span(words[cut].start, span.end, "PER"))
    return result


def _outlet_end(doc: Document, words: list[Token]) -> int | None:
    """The number of words of the alias-table organization the mention begins with, where what follows is a
    person's name; else None."""
    for cut in range(len(words) - 1, max(0, len(words) - 3), -1):
        entry = lookup_alias([token.text for token in words[:cut]])
        if entry is not None and entry.type == "ORG" and all(_person_word(doc, token) for token in words[cut:]):
            return cut
    return None


def _person_word(doc: Document, token: Token) -> bool:
    """A capitalized animate proper noun that is a name part by the dictionary or a word of one of the document's
    person mentions (any case form)."""
    if not is_capitalized(token) or token.pos != "PROPN" or token.feats.get("Animacy") != "Anim":
        return False
    if person_place_scores(token.text)[0] > 0:
        return True
    forms = word_forms(token.text)
    return any(word_forms(word) & forms for span in doc.ner_spans if span.type == "PER" for word in span.text.split())


@rule("entities")
def cut_at_predicates(doc: Document, mentions: list[Span]) -> list[Span]:
    """A name ends before a lowercase verb, short adjective or adverb it swallowed: "Комиссия | недостижима".

    A person's name also ends before a last word that cannot be a part of it (`_stray_last_word`): "победу
    Байдена и Харрис | Вернуться" (a headline run on into the next line), "выиграет ли Байден | Пенсильванию" (the
    place stays, a place).

    slovnet sometimes runs a name on into its predicate; a finite verb or a short-form adjective or participle
    never belongs to a name, so the mention keeps the words before it (and goes if none is left). A verb that
    starts a mention goes too (not a participle: "Объединённые Арабские Эмираты"), and the mention with it unless
    a capitalized word is left ("Сохраняйте новости": a website's button)."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if tokens and tokens[0].pos == "VERB" and tokens[0].feats.get("VerbForm") not in ("Part", None):
            tokens = tokens[1:]  # a button or a headline's verb: "Сохраняйте новости", "Читайте X"
            if not any(is_capitalized(token) for token in _words(tokens)):
                continue
            span = doc.span(tokens[0].start, span.end, span.type)
        cut = next((index for index, token in enumerate(tokens) if index > 0 and _predicate_word(token)), None)
        if cut is None and span.type == "PER" and len(tokens) > 1 and _stray_last_word(tokens[-2], tokens[-1]):
            cut = len(tokens) - 1  # a headline run on into the next line: "победу Байдена и Харрис | Вернуться"
            if _dictionary_place(tokens[-1]):
                result.append(doc.span(tokens[-1].start, tokens[-1].end, "LOC"))  # "выиграет ли Байден | Пенсильванию"
        if cut is None:
            result.append(span)
        elif _words(tokens[:cut]):
            result.append(doc.span(tokens[0].start, tokens[cut - 1].end, span.type))
    return sorted(result, key=lambda span: (span.start, span.end))


@rule("entities")
def cut_unagreeing_noun(doc: Document, mentions: list[Span]) -> list[Span]:
    """A name ends before a lowercase noun it swallowed that neither agrees with the name's last word nor can be its
    genitive complement: "уточнили Интерфаксу | источники", "наделив Европейский Парламент | правом", "поддержать в
    Коллегии | волю".

    A lowercase noun belongs to a name as its head after adjectives ("Мёртвое море") or as a complement in the
    genitive ("Палата представителей", "Коллегия выборщиков"); after a capitalized noun whose case slovnet tags, a
    noun in another case that the dictionary never reads as a genitive is the next phrase (the verb's object or
    subject). Not in a title in quotation marks ("«Слуга народа»"), nor after a capitalized word that cannot be in the
    case slovnet gives it ("Лайки банк", "Лайки" tagged instrumental): that tag shows no case to disagree with."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if len(tokens) < 2 or not _unagreeing_last_noun(tokens[-2], tokens[-1]) \
                or has_quote_mark(doc.text, max(0, span.start - 1), min(len(doc.text), span.end + 1)):
            result.append(span)
            continue
        if not _has_case(parses(fold(tokens[-2].text)), token_case(tokens[-2]) or ""):
            rejected("entities", cut_unagreeing_noun, tokens[-1].start, tokens[-1].end,
                     f"{tokens[-2].text!r} cannot be in the case slovnet gives it: no case to disagree with")
            result.append(span)
            continue
        if _has_case(dictionary_parses(tokens[-1].text.lower()), "gent"):
            rejected("entities", cut_unagreeing_noun, tokens[-1].start, tokens[-1].end,
                     f"{tokens[-1].text!r} may be the name's genitive complement")
            result.append(span)
            continue
        result.append(doc.span(tokens[0].start, tokens[-2].end, span.type))
    return sorted(result, key=lambda span: (span.start, span.end))


def _unagreeing_last_noun(before: Token, last: Token) -> bool:
    """A lowercase dictionary noun after a capitalized noun or proper noun, in another case than slovnet tags either
    with, the genitive aside (`cut_unagreeing_noun`, which then asks whether the capitalized word can be in the case
    slovnet gives it: "Интерфаксу" a dative; not "Лайки" of "Лайки банк" tagged instrumental, nor
    "Киево-Святошинский" tagged genitive)."""
    if not last.text.isalpha() or not last.text[:1].islower() or last.pos != "NOUN" \
            or before.pos not in ("NOUN", "PROPN") or not is_capitalized(before):
        return False
    case, own = token_case(before), token_case(last)
    return case is not None and own is not None and case != own and own != "gent" \
        and bool(dictionary_parses(last.text.lower()))


def _stray_last_word(before: Token, last: Token) -> bool:
    """A person's last word that is no part of the name: a capitalized word the dictionary knows only as an
    infinitive (the next line's first word: "победу Байдена и Харрис | Вернуться в ...") or only as a place and only
    in an oblique case after a nominative (a name's words agree: "выиграет ли Байден | Пенсильванию"), or a common
    word with no reading in the oblique case of the surname before it (a headline run on into its lead: "победу
    Байдена | Неизвестный британец ...", "победу Байдена | Штат Аризона ..."; after a woman's first name it may be
    her surname that does not decline, "Ирины Волк", "Дезире Вашингтон", and a word ending in a vowel may be an
    indeclinable surname, "Росса Перо"). A surname that is also a common word's form stays ("Василий
    Шумов", "Андреас Кёпке"), and so does a place's name that can be a nominative ("Уитни Хьюстон", "Джек Лондон"),
    whatever slovnet tags the first name."""
    case = token_case(before)
    if case is None or len(last.text) < 3 or not last.text.isalpha() or not last.text[:1].isupper():
        return False
    analyses = parses(fold(last.text))
    if not analyses or not all(from_dictionary(p) for p in analyses) \
            or any(PERSON_NAME_GRAMMEMES & p.tag.grammemes for p in analyses):
        return False
    if all(p.tag.POS == "INFN" for p in analyses):
        return True
    if case != "nomn" and _declined_man_surname(before) and fold(last.text)[-1:] not in VOWELS \
            and not _has_case(analyses, case):  # a surname ending in a vowel may not decline: "Росса Перо"
        return True  # after a surname in an oblique case: "победу Байдена | Неизвестный британец поставил"
    return case == "nomn" and _dictionary_place(last) and not any(p.tag.case == "nomn" for p in analyses)


def _declined_man_surname(token: Token) -> bool:
    """A word with a man's oblique ending that is no first name: "Байдена", "Туманова", "Байденом" (a woman's
    oblique first name, "Ирины", or an indeclinable one, "Дезире", may stand before her surname that does not
    decline: "Ирины Волк", "Дезире Вашингтон")."""
    return fold(token.text).endswith(MAN_OBLIQUE_ENDINGS) and not is_first_name(token.text)


def _has_case(analyses: Sequence[Any], case: str) -> bool:
    """Whether one of a word's dictionary readings is in `case` (its second genitive, accusative or locative too)."""
    return any(parse_case(p) == case for p in analyses)


def _dictionary_place(token: Token) -> bool:
    """A word the dictionary knows only as a place ("Пенсильванию")."""
    analyses = parses(fold(token.text))
    return bool(analyses) and all("Geox" in p.tag.grammemes for p in analyses)


def _predicate_word(token: Token) -> bool:
    """A lowercase finite verb, short-form adjective or participle ("входили", "недостижима"), or an adverb that
    goes with the predicate ("Совет | скоро примет"): no name ends on or runs through one."""
    if not token.text[:1].islower():
        return False
    return token.feats.get("VerbForm") == "Fin" or token.feats.get("Variant") == "Short" or token.pos == "ADV"


@rule("entities")
def age_adjectives(doc: Document, mentions: list[Span]) -> list[Span]:
    """An age adjective is no part of a name: "Шестидесятилетняя Осокина" -> "Осокина" (anywhere in a sentence)."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if span.type == "PER" and len(tokens) > 1 and _lemma(tokens[0]).endswith(AGE_ADJECTIVE_ENDINGS):
            span = doc.span(tokens[1].start, span.end, "PER")
        result.append(span)
    return result


@rule("entities")
def title_adjectives(doc: Document, mentions: list[Span]) -> list[Span]:
    """An adjective between a title and a name is part of the title: "Патриарх Московский Кирилл", "герцога
    Брабантского Филиппа" (no place, and no word of the person's name); so is one after a title with no name after
    it ("герцогиня Кембриджская", "в семье герцога и герцогини Йоркских": a title, no place); a place in an oblique
    case there is a place of its own, not the first word of the name ("короля Тонги Тауфаахау Тупу IV")."""
    persons = {doc.token_at(span.start) for span in mentions if span.type == "PER"}
    places = frozenset().union(*(word_forms(span.text) for span in mentions if span.type == "LOC" and " " not in
                                 span.text))
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        index = doc.token_at(span.start)
        if tokens and _title_adjective(doc, index):
            if len(tokens) == 1 and span.type != "PER":
                rejected("entities", title_adjectives, span.start, span.end, "an adjective of the title before a name"
                         if index + 1 in persons else "an adjective of the title, no place")
                continue
            if len(tokens) == 1 and index + 1 not in persons and _adjective_not_surname(tokens[0].text):
                rejected("entities", title_adjectives, span.start, span.end, "an adjective of the title, no person")
                continue  # "герцогини Кембриджской", "принцем Уэльским"; "князь Оболенский" is a surname
            if span.type == "PER" and len(tokens) > 1 and is_first_name(tokens[1].text):
                span = doc.span(tokens[1].start, span.end, "PER")
        elif span.type == "PER" and len(_words(tokens)) > 2 and _title_place(doc, index, places):
            result.append(doc.span(tokens[0].start, tokens[0].end, "LOC"))  # "короля | Тонги | Тауфаахау Тупу IV"
            span = doc.span(tokens[1].start, span.end, "PER")
        result.append(span)
    return result


@rule("entities")
def attributive_adjectives(doc: Document, mentions: list[Span]) -> list[Span]:
    """A capitalized adjective that agrees with the lowercase noun after it is no person: "Федералистская партия".

    slovnet tags a capitalized adjective as a one-word person ("созданное Маастрихтским договором", "Внефракционный
    депутат", "Пиндоские выборы", "фильме Волшебное таинственное путешествие"). Where pymorphy3 reads the word only
    as an adjective or a participle, never as a name (the surnames "Зеленский", "Толстая", "Коломойский" have a
    surname reading), and the next word, after any lowercase adjectives, is a lowercase noun that agrees with it in
    case, number and gender, the word modifies that noun: the mention goes."""
    result = []
    for span in mentions:
        tokens = span_tokens(doc, span)
        if span.type == "PER" and len(tokens) == 1 and _modifies_next_noun(doc, doc.token_at(tokens[0].start)):
            rejected("entities", attributive_adjectives, span.start, span.end,
                     "an adjective that agrees with the noun after it, no person")
            continue
        result.append(span)
    return result


AdjectiveReading = tuple[str, str, str]  # case, number, gender ("" in the plural)


def _agreement_readings(word: str, pos: frozenset[str]) -> frozenset[AdjectiveReading]:
    """The (case, number, gender) readings pymorphy3 gives a word as one of the parts of speech `pos`."""
    return frozenset((str(p.tag.case), str(p.tag.number), "" if p.tag.number == "plur" else str(p.tag.gender))
                     for p in parses(word.lower()) if p.tag.POS in pos)


def _only_adjective(word: str) -> bool:
    """The word has an adjective's ending, and pymorphy3 reads it as an adjective or participle and never as any kind
    of proper name (a foreign indeclinable it guesses as an adjective has no such ending: "Акихито")."""
    analyses = parses(word.lower())
    return word.lower().endswith(ADJECTIVE_FORM_ENDINGS) and any(p.tag.POS in ADJECTIVAL_POS for p in analyses) \
        and not any(PROPER_NAME_GRAMMEMES & p.tag.grammemes for p in analyses) and not is_surname(word)


def _modifies_next_noun(doc: Document, index: int) -> bool:
    """The capitalized word at `index` is an adjective only (`_only_adjective`) and the next word, after any lowercase
    adjectives that agree with it, is a lowercase noun (slovnet's tag) that agrees with it: "Маастрихтским |
    договором", "Волшебное | таинственное | путешествие" (not a verb with a noun's reading: "Акихито | начал")."""
    token = doc.tokens[index]
    if not is_capitalized(token) or not token.text.isalpha() or not _only_adjective(token.text):
        return False
    readings = _agreement_readings(token.text, ADJECTIVAL_POS)
    for following in doc.tokens[index + 1 : index + 4]:
        if following.sentence != token.sentence or not following.text.isalpha() or not following.text.islower():
            return False
        if following.pos == "NOUN" and readings & _agreement_readings(following.text, frozenset({"NOUN"})):
            return True
        if following.pos != "ADJ":
            return False
        readings &= _agreement_readings(following.text, ADJECTIVAL_POS)
        if not readings:
            return False
    return False


def _adjective_not_surname(word: str) -> bool:
    """The dictionary reads the word as an adjective and never as a surname: "Кембриджская", "Уэльским" (not
    "Оболенский", "Вяземский", which are surnames too)."""
    return any(p.tag.POS == "ADJF" for p in dictionary_parses(word.lower())) and not is_surname(word)


def _title_place(doc: Document, index: int, places: frozenset[str]) -> bool:
    """A place right after a title noun, the first word of a longer person mention: "короля Иордании Абдаллы II",
    "короля Тонги Тауфаахау Тупу IV" (a place the dictionary knows only in oblique cases, or a form of a one-word
    place the document names)."""
    token = doc.tokens[index]
    if index == 0 or not is_capitalized(token) or _lemma(doc.tokens[index - 1]) not in TITLE_NOUNS:
        return False
    readings = dictionary_parses(token.text.lower())
    return bool(word_forms(token.text) & places) or (
        bool(readings) and all("Geox" in p.tag.grammemes and p.tag.case != "nomn" for p in readings))


def _title_adjective(doc: Document, index: int) -> bool:
    """A capitalized adjective right after a title noun ("Патриарх | Московский", "герцога | Брабантского")."""
    token = doc.tokens[index]
    if index == 0 or token.pos not in ("ADJ", "PROPN") or not is_capitalized(token) \
            or not _lemma(token).endswith(("ский", "цкий")):
        return False
    return _lemma(doc.tokens[index - 1]) in TITLE_NOUNS


TYPE_RULES: tuple[Rule, ...] = (
    split_two_names, split_at_case_break, split_owner_and_relative, split_outlet_and_person,
    cut_at_predicates, cut_unagreeing_noun, age_adjectives, title_adjectives, attributive_adjectives,
    alias_types, seats_of_power, person_or_place, role_territory, territory_noun_name, preposition_place,
    facility_type,
    drop_sentence_initial_words, teaser_cut_words, capitalized_role_nouns, common_noun_compounds,
    person_noun_before_body, place_descriptor_nouns,
    join_adjacent_persons,
    drop_non_names, extend_relational_adjectives, government_bodies, dictionary_places, qualified_bodies,
    parent_body, route_places, dateline_place, majority_type, facility_names, surname_type, propagate_names,
    surname_particles, generation_word_apart,
)


def repair_mentions(doc: Document, mentions: Sequence[Span], rules: Sequence[Rule] = TYPE_RULES) -> list[Span]:
    """Apply the type and consistency rules in order; each change is recorded as a trace verdict (`svodka explain
    --task entities`) and logged in doc.extras["ner_rules"]."""
    log = doc.extras.setdefault("ner_rules", [])
    current = list(mentions)
    for repair in rules:
        repaired = repair(doc, current)
        if repaired is current or repaired == current:  # most rules change nothing in most documents
            continue
        before = {(span.start, span.end, span.type) for span in current}
        after = {(span.start, span.end, span.type) for span in repaired}
        added = [f"+{span.text}/{span.type}" for span in repaired if (span.start, span.end, span.type) not in before]
        removed = [f"-{span.text}/{span.type}" for span in current if (span.start, span.end, span.type) not in after]
        if added or removed:
            record_changes(repair, current, repaired)
            log.append((repair.__name__, removed + added))
        current = repaired
    return current
