"""Antecedent candidates: the mentions of each entity, and what agreement needs to know of each entity."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipeline.coref.lexicon import ORGANIZATION_KINDS, PLACE_KINDS, SUBDIVISION_NOUNS
from pipeline.coref.mentions import UD_GENDER, lemma_of
from pipeline.coref.narrative import narrative_index
from pipeline.document import Document, EntityAnn, Span
from pipeline.entities.forms import entity_person_gender as person_gender
from pipeline.entities.lexicon import COUNTRIES
from pipeline.lang.fold import fold
from pipeline.lang.marks import OPENING_QUOTE_MARKS, QUOTE_MARKS
from pipeline.lang.tree import range_head, word_before
from pipeline.morphology import parses

KIND_NOUNS = ORGANIZATION_KINDS | PLACE_KINDS
PLURAL_NAMES = frozenset({"сша", "оаэ", "нидерланды", "филиппины", "мальдивы", "власти"})


@dataclass(slots=True)
class Referent:
    """One mention of an entity that an anaphor after it may point to."""

    entity: int
    start: int
    end: int
    head: int  # token index of the mention's head
    sentence: int
    subject: bool  # the mention is (in apposition to) its clause's subject
    kind: str  # "name" | "pronoun" | "description"
    narrative: int = -1  # the sentence's index among the story's sentences (pipeline/coref/narrative.py)


@dataclass(slots=True)
class EntityInfo:
    """What agreement and description rules know of an entity."""

    type: str
    gender: str  # natural gender for persons, grammatical for organizations and places ("" unknown)
    number: str
    roles: frozenset[str]  # role head lemmas ("президент" for "президент Азербайджана")
    name_words: frozenset[str]  # lemmas of the name's words
    country: bool
    kinds: frozenset[str] = frozenset()  # the kind nouns that introduce its name ("станция | «Мир»")


def mention_head(doc: Document, span: Span) -> int:
    """The head token of a span: the token whose parse head lies outside it."""
    first = doc.token_at(span.start)
    tokens = []
    index = first
    while index < len(doc.tokens) and doc.tokens[index].start < span.end:
        tokens.append(index)
        index += 1
    if not tokens:
        return min(first, len(doc.tokens) - 1)
    return range_head(doc, tokens)


def is_subject(doc: Document, head: int) -> bool:
    """The token is a subject, or a name in apposition to one ("министр Х заявил")."""
    token = doc.tokens[head]
    if token.rel.startswith("nsubj"):
        return first_subject(doc, head)
    parent = token.head
    return token.rel.startswith(("appos", "flat")) and 0 <= parent < len(doc.tokens) \
        and doc.tokens[parent].rel.startswith("nsubj") and first_subject(doc, parent)


def first_subject(doc: Document, index: int) -> bool:
    """Of two subjects the parse gives one verb ("Путин позвонил Лукашенко": both nsubj), only the first is one."""
    verb = doc.tokens[index].head
    sentence = doc.sentences[doc.tokens[index].sentence]
    return not any(doc.tokens[i].head == verb and doc.tokens[i].rel.startswith("nsubj")
                   for i in range(sentence.token_start, index))


def referent(doc: Document, entity: int, span: Span) -> Referent:
    """The Referent of one entity mention."""
    head = mention_head(doc, span)
    sentence = doc.tokens[head].sentence
    return Referent(entity, span.start, span.end, head, sentence, is_subject(doc, head), span.kind,
                    narrative_index(doc)[sentence])


def collect_referents(doc: Document) -> list[Referent]:
    """Every entity mention as a Referent, in text order."""
    found = [referent(doc, index, span) for index, entity in enumerate(doc.entities) for span in entity.mentions]
    return sorted(found, key=lambda ref: (ref.start, ref.end))


def adjective_mention(doc: Document, ref: Referent) -> bool:
    """The mention is one adjective: a place's relational adjective inside an organization's name
    ("Санкт-Петербургских клиник", "кипрскому АЕК": `entities.nested.nested_names`). It names the place for linking
    but is no antecedent a pronoun or description takes up ("…клиник. Там" is the clinics')."""
    token = doc.tokens[ref.head]
    return token.pos == "ADJ" and (token.start, token.end) == (ref.start, ref.end)


def entity_info(doc: Document, entity: EntityAnn, kinds: frozenset[str] = frozenset()) -> EntityInfo:
    """Gender, number, roles and name words of an entity; `kinds`: the nouns that introduce its name
    (`mentions.introducing_nouns`)."""
    words = _name_lemmas(entity.name)
    roles = frozenset(lemma_of_role(role) for role in entity.roles) - {""}
    if entity.type == "PER":
        gender, number = person_gender(entity), "sing"
    else:
        gender, number = _introduced_gender(doc, entity) or _grammatical(doc, entity)
    country = entity.type == "LOC" and fold(entity.name) in COUNTRIES and not _subdivision(doc, entity)
    return EntityInfo(entity.type, gender, number, roles, words, country, kinds)


@lru_cache(maxsize=2048)
def _name_lemmas(name: str) -> frozenset[str]:
    """The folded normal forms of a name's words, each word's first pymorphy3 reading (cached: a reading's normal
    form is worked out by pymorphy3 on every ask, and a name recurs in every document that names it)."""
    return frozenset(fold(parse.normal_form) for word in name.split()
                     for parse in parses(word.lower().strip(QUOTE_MARKS + "()"))[:1])


@lru_cache(maxsize=512)
def lemma_of_role(role: str) -> str:
    """The head lemma of a role phrase ("президента Азербайджана" -> "президент")."""
    for word in role.split():
        for parse in parses(word.lower()):
            if parse.tag.POS == "NOUN":
                return fold(parse.normal_form)
    return ""


def _introduced_gender(doc: Document, entity: EntityAnn) -> tuple[str, str] | None:
    """The gender of the kind noun that introduces an organization's or place's name ("компания «Содэксим»" ->
    feminine: "она должна была…"), None when no mention has one."""
    for mention in entity.mentions:
        index = word_before(doc, doc.token_at(mention.start), OPENING_QUOTE_MARKS)
        if index < 0 or doc.tokens[index].pos != "NOUN" or lemma_of(doc.tokens[index]) not in KIND_NOUNS:
            continue
        feats = doc.tokens[index].feats
        if feats.get("Number") != "Plur" and feats.get("Gender") in UD_GENDER:
            return UD_GENDER[feats["Gender"]], "sing"
    return None


def _subdivision(doc: Document, entity: EntityAnn) -> bool:
    """A place a subdivision noun introduces in apposition ("округ Колумбия", "штат Джорджия"): no country, whatever
    its name (a genitive complement, "в штате США", is the country the part is of)."""
    for mention in entity.mentions:
        index = doc.token_at(mention.start) - 1
        if index < 0 or doc.tokens[index].pos != "NOUN" or lemma_of(doc.tokens[index]) not in SUBDIVISION_NOUNS:
            continue
        head = doc.tokens[mention_head(doc, mention)]  # "округ | Колумбия", not a complement: "в штате | США"
        if head.head == index and head.rel.startswith(("appos", "flat")):
            return True
    return False


def _grammatical(doc: Document, entity: EntityAnn) -> tuple[str, str]:
    """The grammatical gender and number of an organization's or a place's name: its first noun in the
    nominative (pymorphy3), else the features of its mentions' heads."""
    if fold(entity.name) in PLURAL_NAMES:
        return "", "plur"
    for word in entity.name.split():
        for parse in parses(word.lower().strip(QUOTE_MARKS + "()")):
            if parse.tag.POS == "NOUN" and parse.tag.case == "nomn":
                if parse.tag.number == "plur":
                    return "", "plur"
                if parse.tag.gender:
                    return parse.tag.gender, "sing"
        break  # only the first word heads a name ("Министерство ...", "Газпром")
    for mention in entity.mentions:
        feats = doc.tokens[mention_head(doc, mention)].feats
        if feats.get("Number") == "Plur":
            return "", "plur"
        if feats.get("Gender") in UD_GENDER:
            return UD_GENDER[feats["Gender"]], "sing"
    return "", "sing"


__all__ = ["EntityInfo", "Referent", "adjective_mention", "collect_referents", "entity_info", "lemma_of", "referent"]
