"""The resolver: every anaphor of a document, in text order, linked to an entity or left unlinked, with a trace.

Linked anaphors become antecedents themselves ("Воробьев ... Он ... его"): a pronoun may reach a name through an
earlier pronoun or description. Reflexives come last, once their clause's subject is resolved; apposition phrases
("пресс-секретарь министерства Ирина Соколова") are added at the end (pipeline/coref/appositions.py).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from pipeline.coref import rules
from pipeline.coref.appositions import MIN_NAMES, NAMED_KIND_NOUNS, apposition_decisions, same_case
from pipeline.coref.glosses import glossed_introductions, glossed_roles
from pipeline.coref.holders import anaphor_countries, genitive_after, introduced_offices, office_holder, terms_held
from pipeline.coref.kinds import (
    KIND_SENTENCES,
    name_countries,
    organization_kinds,
    organization_of_kind,
    own_kinds,
    person_genitive,
    story_capital,
    story_kind_bodies,
    union_legislature,
)
from pipeline.coref.lexicon import (
    AGED_PERSON_NOUNS,
    COMMON_GENDER_PERSON_NOUNS,
    CONTINUING_SPEECH_VERBS,
    COUNTRY_KINDS,
    GENERIC_ROLES,
    HYPERNYM_BODY_NOUNS,
    ORGANIZATION_KINDS,
    PERSON_ONLY_NOUNS,
    PERSON_ROLES,
    PERSON_SUBJECT_VERBS,
    PLACE_KINDS,
    RELATION_NOUNS,
)
from pipeline.coref.mentions import (
    APPOSITIVE_RELATIONS,
    AS_WORDS,
    LEXICON_PERSON_NOUNS,
    OUR_COUNTRY_NOUNS,
    UD_GENDER,
    Anaphor,
    age_adjective,
    country_modified_organization,
    covered_tokens,
    description_adjectives,
    field_modified_organization,
    find_anaphors,
    happening_noun,
    introducing_nouns,
    introduction_adjectives,
    is_possessive,
    lemma_of,
    person_tokens,
)
from pipeline.coref.postposed import postposed_decisions
from pipeline.coref.referents import (
    COUNTRIES,
    EntityInfo,
    Referent,
    adjective_mention,
    collect_referents,
    entity_info,
    lemma_of_role,
    mention_head,
    referent,
)
from pipeline.coref.trace import Decision, record
from pipeline.document import Document, EntityAnn, Span, Token
from pipeline.entities.aliases import one_body
from pipeline.entities.forms import entity_person_gender
from pipeline.entities.lexicon import ARTIFACT_NOUNS, CAPITAL_COUNTRIES, COUNTRY_ADJECTIVES, LEGAL_FORMS, word_country
from pipeline.lang.fold import CYRILLIC, LATIN, WORD, fold, fold_uncached, fold_words
from pipeline.lang.lexicon import (
    ACCORDING_NOUNS,
    AGAINST_PREPOSITIONS,
    AGENCY_NAME_WORDS,
    BUSINESS_NOUNS,
    CLIENT_NOUNS,
    CONTESTING_VERBS,
    COUNTRY_NAME_VARIANTS,
    COURT_SIDE_NOUNS,
    CURRENT_SOURCE_NOUNS,
    DEFENDER_NOUNS,
    FILING_VERBS,
    FINDINGS_NOUNS,
    GENERIC_PERSON_NOUNS,
    HOME_COUNTRY,
    IDENTIFYING_VERBS,
    KIN_SEX,
    KIN_SIDES,
    LAWSUIT_NOUNS,
    MEDIA_NOUN_KINDS,
    MEDIA_NOUNS,
    ORGANIZATION_NOUNS,
    PAIRED_MASCULINE_OCCUPATIONS,
    PLACE_NOUNS,
    POINTING_WORDS,
    PUBLIC_OCCUPATION_NOUNS,
    REFLEXIVE_PRONOUNS,
    REVIEWED_NOUNS,
    REVIEWING_COURT_WORDS,
    REVIEWING_VERBS,
    ROLE_SENTENCES,
    SEAT_METONYMS,
    SITE_NOUNS,
    SPOUSE_SIDES,
    STATE_PERSON_STEMS,
    STORY_BODY_NOUNS,
    TITLE_GOVERNOR_NOUNS,
    TRANSLATED_TEXT_NOUNS,
    UNNAMED_SOURCES,
    one_of,
)
from pipeline.lang.marks import (
    ALL_DASHES,
    CLAUSE_MARKS,
    CLOSING_QUOTE_MARKS,
    NAME_OPENING_MARKS,
    OPENING_QUOTE_MARKS,
    QUOTE_MARKS,
    feed_item_ends,
    has_quote_mark,
    is_dash,
)
from pipeline.lang.offices import Holder, body_head_titles
from pipeline.lang.roles import noun_sex
from pipeline.lang.tree import acts_aside, apposition_root, brought_in, children, earlier_subject, word_before
from pipeline.morphology import parses
from pipeline.quotes.clauses import is_speech_verb
from pipeline.quotes.context import Context
from pipeline.quotes.descriptions import (
    BODY_STEM,
    FORMER_PREFIX,
    HYPERNYM_ORGANIZATION_NOUNS,
    body_mismatch,
    dated_sentence,
    described_former,
    introducing_noun,
    introduction_lemmas,
    introduction_phrases,
    is_outlet,
    is_public_body,
    latest_organization,
    mention_role_heads,
    of_kind,
    organizations_described,
    relaying_mention,
    represented_body,
    role_heads,
    role_tenses,
    word_lemmas,
)
from pipeline.quotes.lexicon import INTERLOCUTOR_NOUNS, REFERENCE_GERUNDS, REFERENCE_NOUN, ROLE_SYNONYMS
from pipeline.rules import fired, rejected, rule

GENERIC_ROLE_SENTENCES = 1
AGED_SENTENCES = 3  # an age description ("34-летний гонщик") reaches this far back to the one person named
NOT_AGE_PREFIXES = ("мало", "несовершенно", "совершенно")  # "малолетний", "несовершеннолетний": a category
TYPICAL_MODIFIERS = frozenset({"обычный", "простой", "рядовой", "типичный"})  # "обычного чиновника": a type
NAME_AFTER = 8  # a person's name this close after a description ends its phrase ("украинская певица … Джамала")
NAMED_ORGANIZATION_SENTENCES = 4  # "компания" reaches this far back to an organization whose name holds it
NO_RELATIVE_CLAUSE = "no relative clause"  # relative_head's reason when it finds none; where_after_name goes on


class Resolution:
    """The state of one document's resolution: entities' features, antecedents so far, and the decisions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.ctx = Context(doc)
        # `mentions.introducing_nouns`, built once: `find_anaphors` reads the same (the doc's entities do not change)
        self.kind_nouns: dict[str, list[tuple[int, int]]] = introducing_nouns(doc)
        kinds: dict[int, set[str]] = {}
        for lemma, introduced in self.kind_nouns.items():
            for entity, _ in introduced:
                kinds.setdefault(entity, set()).add(lemma)
        self.infos: list[EntityInfo] = [entity_info(doc, entity, frozenset(kinds.get(index, ())))
                                        for index, entity in enumerate(doc.entities)]
        self.referents: list[Referent] = collect_referents(doc)
        self.antecedents = [ref for ref in self.referents if not adjective_mention(doc, ref)]
        self.covered = covered_tokens(doc)
        self.persons = person_tokens(doc)
        self.by_token: dict[int, int] = {}
        for ref in self.referents:
            for index in self._tokens(ref.start, ref.end):
                self.by_token.setdefault(index, ref.entity)
        self.decisions: list[Decision] = []
        self.spoken_roles: set[tuple[int, int]] = set()  # spans of the role nouns `speaking_role` linked
        self.quotes = [(pair.open, pair.close) for pair in self.ctx.outer_quoted]  # top_level(pair_quotes(text))
        self._introduced: dict[int, set[str]] = {}
        # fixed for the document (its entities, names and mentions do not change while it is resolved), found once:
        self.outlet_kinds: dict[int, str] = {}  # entity -> `outlet_kind`
        self.named_places: dict[str, list[int]] = {}  # place noun -> `story_country`'s entities it fits
        self.entity_countries: dict[int, set[str]] = {}  # entity -> `known_countries`
        self.terms_held: dict[int, list[Holder]] = {}  # entity -> `holders.terms_held`
        self.feed_ends = feed_item_ends(doc.text)  # where a news feed's teasers end (`teaser_boundary`)

    def _tokens(self, start: int, end: int) -> range:
        return range(self.doc.token_at(start), self.doc.token_at(end))

    def add(self, decision: Decision) -> None:
        """Keep a decision; a linked anaphor becomes an antecedent for what follows."""
        self.decisions.append(decision)
        record(self.doc, decision)
        if decision.entity is not None:
            self._hold(decision.anaphor, decision.entity)
            if decision.rule == "speaking_role":
                self.spoken_roles.add((decision.anaphor.start, decision.anaphor.end))

    def _hold(self, anaphor: Anaphor, entity: int) -> None:
        """A linked anaphor becomes an antecedent of `entity` for what follows."""
        span = self.doc.span(anaphor.start, anaphor.end)
        span.kind = anaphor.kind
        held = referent(self.doc, entity, span)
        self.referents.append(held)
        self.antecedents.append(held)
        for index in self._tokens(anaphor.start, anaphor.end):
            self.by_token.setdefault(index, entity)

    def relink_description(self, head: int, entity: int, rule_name: str, reason: str) -> None:
        """A description anaphor headed by `head` that its own rules left unlinked is resolved after all, by what
        a later rule learnt (its reflexive's `described_subject`): the decision now links it to `entity`."""
        decision = next((decision for decision in self.decisions if decision.anaphor.head == head
                         and decision.entity is None and decision.anaphor.kind == "description"), None)
        if decision is None:
            return
        recorded = len(decision.steps)
        decision.link(entity, rule_name, reason)
        record(self.doc, decision, since=recorded)
        self._hold(decision.anaphor, entity)

    def type_at(self, index: int) -> str | None:
        """The type of the entity whose mention covers the token ("LOC" for "России"); None outside mentions."""
        entity = self.by_token.get(index)
        return None if entity is None else self.doc.entities[entity].type

    def is_place(self, index: int) -> bool:
        """The token is part of a place's name ("России" in "правительство России")."""
        return self.type_at(index) == "LOC"

    def entity_of_phrase(self, head: int) -> int | None:
        """The entity a noun phrase names: its head's mention, or a name in apposition to it ("Министр | Сергей
        Лавров")."""
        if head in self.by_token:
            return self.by_token[head]
        sentence = self.doc.sentences[self.doc.tokens[head].sentence]
        for index in range(head + 1, min(head + 4, sentence.token_end)):
            token = self.doc.tokens[index]
            if token.head == head and token.rel.startswith(("appos", "flat", "nmod")) and index in self.by_token \
                    and self.named_by_kind(head, self.by_token[index]) and not self.completes(head, index):
                return self.by_token[index]
        return self.apposed_person(head)

    def apposed_person(self, head: int) -> int | None:
        """The person whose name ends a chain of appositions the person noun at `head` opens, past commas
        ("чемпион мира по боксу в супертяжелом весе, британец | Леннокс Льюис": `rules.apposed_name`)."""
        doc = self.doc
        if doc.tokens[head].feats.get("Animacy") != "Anim":
            return None
        end = doc.sentences[doc.tokens[head].sentence].token_end
        for index in range(head + 1, min(head + rules.NAME_AHEAD + 1, end)):
            entity = self.by_token.get(index)
            if entity is not None and self.infos[entity].type == "PER" \
                    and doc.tokens[index].feats.get("Case") == doc.tokens[head].feats.get("Case") \
                    and rules.hangs_on(doc, index, head):
                return entity
        return None

    def completes(self, head: int, index: int) -> bool:
        """The person's name at `index` is the complement of the noun at `head`, not its name
        (`rules.person_complement`)."""
        return self.infos[self.by_token[index]].type == "PER" and self.doc.tokens[index].rel.startswith("nmod") \
            and rules.person_complement(self.doc, head, index)

    def named_by_kind(self, head: int, entity: int) -> bool:
        """A name set beside a noun is the phrase's entity when it is a person's, or when the noun is the kind of
        the organization or place it names ("компания | Earth Watch", "организация | «Аль-Каида»", "группа |
        «Несчастный случай»", "город | Грозный"; not "офицер | Японии", "счета | «Медиа-Моста»")."""
        info = self.infos[entity]
        if info.type == "PER":
            return True
        lemma = lemma_of(self.doc.tokens[head])
        return info.type == "ORG" and lemma in NAMED_KIND_NOUNS and self.doc.tokens[head].feats.get("Number") != "Plur"

    def before(self, anaphor: Anaphor) -> list[Referent]:
        """Antecedent candidates: mentions ending before the anaphor, but a lone adjective (`adjective_mention`)."""
        return [ref for ref in self.antecedents if ref.end <= anaphor.start]

    def persons_before(self, anaphor: Anaphor, reach: int) -> list[Referent]:
        """The person mentions before the anaphor at most `reach` sentences back whose entity does not disagree with
        it in gender: the candidates of the description rules (`introduced_role`, `demonym_person`, `aged_person`)."""
        found = []
        for ref in self.before(anaphor):
            info = self.infos[ref.entity]
            if info.type != "PER" or anaphor.narrative - ref.narrative > reach:
                continue
            if anaphor.gender and info.gender and anaphor.gender != info.gender:
                continue
            found.append(ref)
        return found

    def quote_of(self, start: int, end: int) -> tuple[int, int] | None:
        """The direct quote (top-level marks) a span stands in."""
        return next((quote for quote in self.quotes if quote[0] < start and end <= quote[1]), None)

    def speaker_of(self, anaphor: Anaphor, refused: list[Referent] | None = None) -> int | None:
        """The speaker of the direct quote the anaphor stands in (None: outside quotes or unknown); `refused`
        gathers the names after the quote that `attribution_after` kept from being its speaker."""
        for quote in self.quotes:
            if quote[0] < anaphor.start and anaphor.end <= quote[1]:
                return rules.quoted_speaker(self.doc, anaphor, quote, self.before(anaphor) + [
                    ref for ref in self.referents if ref.start > quote[1]], self.persons, refused)
        return None

    def introduced(self, entity: int) -> set[str]:
        """The role nouns a person was introduced with (roles of the entities stage and role phrases)."""
        if entity not in self._introduced:
            self._introduced[entity] = introduced_roles(self.ctx, entity)
        return self._introduced[entity]


# pronouns ---------------------------------------------------------------------------------------------------
def resolve_relative(state: Resolution, anaphor: Anaphor) -> Decision:
    """"который" stands for the name right before its comma, else the noun its relative clause modifies; never for
    a person in the locative after "в"/"на" ("разговор Ивана Петрова с министром, в котором …": `spatial_pronoun`,
    the personal pronoun's rule, holds for the relative too), nor for any entity when it is the subject of a verb
    only events have ("встрече «Красной группы», которая состоится", "саммита Ким Чен Ира и Ким Дэ Чжуна, который
    состоялся": `event_subject`, the personal pronoun's rule)."""
    decision = _relative_decision(state, anaphor)
    if decision.entity is not None:
        event = rules.event_subject(state.doc, anaphor)
        if event:
            return decision.reject("event_subject", event)
        happening = rules.taking_place(state.doc, anaphor)
        if happening and not named_happening(state, decision.entity):
            return decision.reject("taking_place", happening)
        spatial = rules.spatial_pronoun(state.doc, anaphor, state.infos[decision.entity])
        argument = verb_person_relative(state, anaphor, decision.entity) if spatial else ""
        if argument:
            return decision.link(decision.entity, "verb_person_relative", argument)
        if spatial:
            return decision.reject("spatial_pronoun", spatial)
    return decision


def named_happening(state: Resolution, entity: int) -> bool:
    """The entity is itself an event or a named thing by the noun its name was introduced with ("турнира «ВТБ Кубок
    Кремля», который проходит в эти дни": `happening_noun`, the entities stage's ARTIFACT_NOUNS): a relative
    `taking_place` stands for it."""
    return any(happening_noun(kind) or kind in ARTIFACT_NOUNS for kind in state.infos[entity].kinds)


# The relations that keep a relative's name one phrase while its head is sought (`verb_person_relative`): "Кучмы и
# … Юрия Кравченко", "Ивана Петрова".
NAME_PHRASE_RELATIONS = frozenset({"conj", "flat", "appos"})
# The heads a name complements as part of a noun phrase: anything else (a verb, an adjective, "рядом с") takes it as
# its own argument.
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@rule("coref")
def verb_person_relative(state: Resolution, anaphor: Anaphor, entity: int) -> str:
    """"в котором", "на которой" after a person's name that a verb, an adjective or an adverb governs stands for the
    person despite `spatial_pronoun`: with no noun before the name for the clause to be about, the locative is the
    person's in an idiom of trust, marriage or reliance ("встретил Ивана Петрова, в котором я уверен", "Анна
    Орлова, на которой он женился", "Сергея Козлова, на котором держится оборона", "рядом с Анной Орловой, на
    которой он был женат"). A name that complements a noun leaves the relative to that noun ("разговор … с Олегом
    Смирновым, в котором", "письмо президенту России, в котором"), and so does an agreeing thing between the verb
    and the name ("дал интервью Олегу Смирнову, в котором"). Why it holds; "" when the name hangs on a noun, follows
    such a thing or is no name before the relative's comma."""
    doc = state.doc
    index = _relative_opening(doc, anaphor) - 1
    ref = next((ref for ref in state.referents if ref.entity == entity
                and doc.token_at(ref.start) <= index < doc.token_at(ref.end)), None)
    if ref is None:
        return ""
    first, last = doc.token_at(ref.start), doc.token_at(ref.end)
    for _ in range(len(doc.tokens)):
        head = doc.tokens[index].head
        if not 0 <= head < len(doc.tokens):
            return ""
        if not first <= head < last and doc.tokens[index].rel.split(":")[0] not in NAME_PHRASE_RELATIONS:
            break
        index = head
    governor = doc.tokens[head]
    if governor.pos in NOUN_POS:
        return ""
    thing = next((k for k in range(head + 1, first) if doc.tokens[k].pos == "NOUN"
                  and doc.tokens[k].feats.get("Animacy") != "Anim" and _complement_agrees(doc, anaphor, k)), None)
    if thing is not None:
        return ""  # "дал интервью Олегу Смирнову, в котором": the clause is the thing's
    return f"'{doc.entities[entity].name}' is an argument of '{governor.text}', no noun's complement"


def _relative_decision(state: Resolution, anaphor: Anaphor) -> Decision:
    """`resolve_relative`'s choice before the person check."""
    decision = Decision(anaphor)
    if anaphor.category == "place_relative":
        return where_after_name(state, anaphor, relative_head(state, anaphor))
    named = relative_after_name(state, anaphor)
    reason = f"right after '{state.doc.entities[named].name}'{_short_form_note(state, anaphor)}" \
        if named is not None else ""
    if named is not None and state.infos[named].type == "PER":
        return decision.link(named, "relative_after_name", reason)
    outer = outer_name(state, anaphor, named) if named is not None else None
    if outer is not None:
        return decision.link(outer, "outer_name", f"'{state.doc.entities[named].name}' completes the name of "
                                                  f"'{state.doc.entities[outer].name}', which agrees with it")
    governor = complement_name(state, anaphor, named) if named is not None else None
    decision = relative_head(state, anaphor)
    if governor is not None and decision.entity is None and decision.rule != "person_host":
        return decision.reject("complement_name", f"'{state.doc.entities[named].name}' complements "
                                                  f"'{state.doc.tokens[governor].text}', which agrees with it")
    if decision.entity is None and named is not None and decision.rule != "person_host":
        host = person_host(state, anaphor, _name_root(state, named, anaphor))
        if host:
            return decision.reject("person_host", host)
        return decision.link(named, "relative_after_name", reason)
    return decision


@rule("coref")
def relative_after_name(state: Resolution, anaphor: Anaphor) -> int | None:
    """"который" right after a name and its comma stands for that name, whatever the parse says.

    "Эдмонд Поуп, который …", "Лесин, с которым …", "фонд «Вега», глава которого …" (a genitive "которого" may
    close a short noun phrase of its own; the name may close its own quotation marks, "с «Зенитом», который …"):
    a person always, an organization or place when the parse finds no other noun."""
    doc = state.doc
    entity, completes = _name_before_comma(state, anaphor, _relative_opening(doc, anaphor))
    if entity is None or completes:
        return None
    info = state.infos[entity]
    if anaphor.number == "plur":
        return entity if info.number == "plur" and info.type != "PER" else None
    if info.number == "plur" or (anaphor.gender and info.gender and anaphor.gender != info.gender):
        return None
    if not anaphor.gender or (info.type != "PER" and not info.gender):
        return None
    return entity


def _name_before_comma(state: Resolution, anaphor: Anaphor, comma: int) -> tuple[int | None, bool]:
    """The entity whose name ends right before the comma at token `comma`, in the relative's sentence, or None;
    and whether that name completes a noun the relative stands for instead (then it is no antecedent).

    A closing quotation mark right after the name belongs to it when the name opens with its pair ("«Зенитом»,",
    ""Первый канал","): a short quoted name, not the end of a quotation; such a name, and any name before "где",
    must not complete a common noun the relative may stand for (`completed_noun`)."""
    doc = state.doc
    if comma < 1 or doc.tokens[comma].text != ",":
        return None, False
    last, quoted = bracketed_short_name(state, comma - 1), False
    if doc.tokens[last].text in CLOSING_QUOTE_MARKS and last - 1 in state.by_token \
            and doc.tokens[last - 1].end == doc.tokens[last].start:
        last, quoted = last - 1, True
    if last not in state.by_token or doc.tokens[last].sentence != doc.tokens[comma].sentence:
        return None, False
    entity = state.by_token[last]
    ref = next((ref for ref in state.referents if ref.entity == entity
                and doc.token_at(ref.start) <= last <= doc.token_at(ref.end - 1)), None)
    first = doc.token_at(ref.start) if ref is not None else last
    if quoted and (first < 1 or doc.tokens[first - 1].text not in OPENING_QUOTE_MARKS):
        return None, False
    return entity, (quoted or anaphor.category == "place_relative") and completed_noun(state, anaphor, first, last)


SHORT_NAME_TOKENS = 3  # "(ФЕМА)", "(АРКО)", "(БДТ)": a short form in brackets after the full name


def bracketed_short_name(state: Resolution, last: int) -> int:
    """The last token of a name that a bracketed short form of the same entity follows before the relative's comma
    ("Федеральное агентство … (ФЕМА), которое", "Правозащитного центра Казани (ПЦК), юрист которого"): the
    relative's antecedent is the full name with its short form. `last`: the token before the comma; returned
    unchanged when it closes no such brackets."""
    doc = state.doc
    if last < 3 or doc.tokens[last].text != ")" or last - 1 not in state.by_token:
        return last
    entity = state.by_token[last - 1]
    opening = last - 1
    while opening > 0 and last - opening <= SHORT_NAME_TOKENS and state.by_token.get(opening) == entity:
        opening -= 1
    if doc.tokens[opening].text != "(" or state.by_token.get(opening - 1) != entity \
            or doc.tokens[opening - 1].sentence != doc.tokens[last].sentence:
        return last
    return opening - 1


def _short_form_note(state: Resolution, anaphor: Anaphor) -> str:
    """The trace's note when the name is followed by its short form in brackets (`bracketed_short_name`)."""
    before = _relative_opening(state.doc, anaphor) - 1
    return " and its short form in brackets" if bracketed_short_name(state, before) != before else ""


def _found_no_clause(decision: Decision) -> bool:
    """`relative_head` found no relative clause to take a noun from (its last step, NO_RELATIVE_CLAUSE)."""
    last = decision.steps[-1] if decision.steps else None
    return last is not None and last.rule == "relative_head" and last.reason == NO_RELATIVE_CLAUSE


@rule("coref")
def where_after_name(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision:
    """"где" right after a place's or an organization's name and its comma stands for it when the parse hangs its
    clause on no noun ("прибыл в Дарфур, где …", "в Таллинский аэропорт, где …", "в БДТ, где …"); `decision`:
    `relative_head`'s, kept whenever the parse found a noun."""
    if decision.entity is not None or not _found_no_clause(decision):
        return decision
    entity, completes = _name_before_comma(state, anaphor, _relative_opening(state.doc, anaphor))
    if entity is None or state.infos[entity].type not in ("LOC", "ORG") \
            or state.doc.tokens[anaphor.head - 1].text != ",":
        return decision
    if completes:
        return decision.reject("completed_noun", f"'{state.doc.entities[entity].name}' completes a noun before it")
    return decision.link(entity, "where_after_name", f"right after '{state.doc.entities[entity].name}'")


@rule("coref")
def completed_noun(state: Resolution, anaphor: Anaphor, first: int, last: int) -> bool:
    """The name at tokens `first`..`last` completes a common noun before it that agrees with the relative, which
    then stands for the noun: the name's head ("на юго-западе | Сирии, где", "интервью | «Спорт-Экспрессу», в
    котором"), or, for "который", the noun before its preposition ("матча с | «Шинником», в котором"); a place
    with a preposition of its own is where "где" is ("к отелю в | Мармарисе, где", "органов в | Андижане, где"),
    and a name in apposition to its kind noun ("корпорации «Рэнд», где") completes nothing."""
    doc = state.doc
    inside = range(first, last + 1)
    base = next((index for index in inside if doc.tokens[index].head not in inside), last)
    head = doc.tokens[base].head
    governed = any(token.head == base and token.pos == "ADP" for token in doc.tokens[max(0, first - 3):first])
    if 0 <= head < first and not doc.tokens[base].rel.startswith(APPOSITIVE_RELATIONS) \
            and not (governed and anaphor.category == "place_relative") and _agreeing_noun(state, anaphor, head):
        return True
    if anaphor.category == "place_relative":
        return False
    index, preposition = first - 1, False
    while index >= 0 and doc.tokens[index].pos in ("ADJ", "DET", "ADP", "PUNCT") \
            and doc.tokens[index].text != ",":
        preposition = preposition or doc.tokens[index].pos == "ADP"
        index -= 1
    return preposition and index >= 0 and _agreeing_noun(state, anaphor, index)


def _agreeing_noun(state: Resolution, anaphor: Anaphor, index: int) -> bool:
    """Token `index` is a common noun of no entity that the relative may stand for: any such noun for "где", one
    agreeing in number (and gender, where both have one) for "который"; an oblique masculine "который" is also
    the neuter's form ("котором", "которого", "которому", "которым"), so it agrees with either."""
    token = state.doc.tokens[index]
    if token.pos != "NOUN" or not token.text[:1].islower() or index in state.by_token:
        return False
    if anaphor.category == "place_relative":
        return True
    number = "plur" if token.feats.get("Number") == "Plur" else "sing"
    gender = UD_GENDER.get(token.feats.get("Gender", ""), "")
    wanted = relative_genders(state.doc, anaphor)
    return number == anaphor.number and (number == "plur" or not gender or not anaphor.gender or gender in wanted)


def relative_genders(doc: Document, anaphor: Anaphor) -> set[str]:
    """The genders the anaphor's form may have: an oblique masculine "который" is also the neuter's form
    ("котором", "которого", "которому", "которым": "правительства …, по данным которого"), as "его" is either;
    any other form its own gender only."""
    oblique = doc.tokens[anaphor.head].feats.get("Case") not in ("Nom", "Acc", None)
    either = anaphor.either_gender or (oblique and anaphor.gender in ("masc", "neut"))
    return {anaphor.gender, "masc", "neut"} if either else {anaphor.gender}


@rule("coref")
def complement_name(state: Resolution, anaphor: Anaphor, entity: int) -> int | None:
    """"который" after an organization's or place's name that is the genitive complement of a noun agreeing with
    the relative in gender and number stands for that noun, not for the name: "решение апелляционного суда Перу,
    который …", "правительства Ирака, которое …", "резолюция ООН, которая …", "сборной России, которая
    состоялась" (a person's name is kept: "адвокат Ивана Петрова, который" is mostly the person). The noun's index,
    None when the name is no such complement. An oblique masculine relative is also the neuter's
    (`relative_genders`: "руководства Сбербанка, по данным которого")."""
    doc = state.doc
    for noun in _complement_chain(state, anaphor, entity):
        if doc.tokens[noun].pos == "NOUN" and noun not in state.by_token and _complement_agrees(doc, anaphor, noun):
            return noun
    return None


def _complement_chain(state: Resolution, anaphor: Anaphor, entity: int) -> Iterator[int]:
    """The nouns up the chain of genitive complements from the entity's name just before the relative "который"
    (at most COMPLEMENT_CHAIN, each through its apposition base): "решение | апелляционного суда | Перу, который"
    gives "суда", then "решение". Nothing when the name is not there or completes no noun."""
    doc = state.doc
    index = _relative_opening(doc, anaphor) - 1
    ref = next((ref for ref in state.referents if ref.entity == entity and ref.kind == "name"
                and doc.token_at(ref.start) <= index < doc.token_at(ref.end)), None)
    if ref is None:
        return
    base = rules.apposition_base(doc, ref.head)
    for _ in range(COMPLEMENT_CHAIN):
        noun = doc.tokens[base].head
        if not doc.tokens[base].rel.startswith("nmod") or not 0 <= noun < base \
                or doc.tokens[noun].pos not in ("NOUN", "PROPN"):
            return
        yield noun
        base = rules.apposition_base(doc, noun)


@rule("coref")
def outer_name(state: Resolution, anaphor: Anaphor, entity: int) -> int | None:
    """"который" after a place's or body's name that completes the name of another organization agreeing with the
    relative stands for that organization: "постановление Верховного суда России, который", "допрос в
    Генпрокуратуре Украины, которая", "Федерация еврейских общин России, которая" (`complement_name`'s chain, where
    the agreeing noun is another entity's name, not a common noun). The organization, None when the chain meets an
    agreeing common noun first (`complement_name`'s) or no agreeing name at all."""
    for noun in _complement_chain(state, anaphor, entity):
        other = state.by_token.get(noun)
        if _complement_agrees(state.doc, anaphor, noun) and other != entity and _name_head(state, noun):
            return other if other is not None and state.infos[other].type == "ORG" else None
    return None


def _name_head(state: Resolution, noun: int) -> bool:
    """The noun is a common noun of no name or the head of the name it stands in: "Безопасности" in "Совета
    Безопасности ООН" is an inner word, and agreeing with it is no agreement with the body."""
    return noun not in state.by_token or any(ref.head == noun for ref in state.referents if ref.kind == "name"
                                              and ref.start <= state.doc.tokens[noun].start < ref.end)


# How many nouns up a chain of genitive complements the relative's noun may stand: "катастрофы | танкера | у
# берегов | Испании, которую", "отделение при изоляторе | ФСБ | в Лефортово, которое".
COMPLEMENT_CHAIN = 3


def _complement_agrees(doc: Document, anaphor: Anaphor, noun: int) -> bool:
    """The common noun at `noun` agrees with the relative in number, and a singular one in gender."""
    token = doc.tokens[noun]
    number = "plur" if token.feats.get("Number") == "Plur" else "sing"
    gender = UD_GENDER.get(token.feats.get("Gender", ""), "")
    return number == anaphor.number and (number == "plur" or gender in relative_genders(doc, anaphor))


OWNED_RELATIVE_WORDS = 4  # "глава которого", "в подвале которого", "срок полномочий которого"
OWNED_RELATIVE_POS = frozenset({"NOUN", "ADJ", "ADP", "DET", "NUM"})


def _relative_opening(doc: Document, anaphor: Anaphor) -> int:
    """The token before a relative clause's first word: before the relative or its preposition, or, for a
    genitive "которого", before the short noun phrase it closes ("…, бойцы которого")."""
    index = anaphor.head - 1
    if index >= 0 and doc.tokens[index].pos == "ADP":
        return index - 1
    if anaphor.category != "relative" or doc.tokens[anaphor.head].feats.get("Case") != "Gen":
        return index
    first = index
    while first >= 0 and anaphor.head - first <= OWNED_RELATIVE_WORDS and doc.tokens[first].pos in OWNED_RELATIVE_POS:
        first -= 1
    return first if first < index else index


@rule("coref")
def relative_head(state: Resolution, anaphor: Anaphor) -> Decision:
    """"который", "где" stand for the noun the parse attaches their relative clause to."""
    decision = Decision(anaphor)
    doc = state.doc
    for depth, ancestor in enumerate(rules.ancestors(doc, anaphor.head)):
        token = doc.tokens[ancestor]
        if token.rel.startswith("acl") and 0 <= token.head < len(doc.tokens):
            noun = token.head
            if noun > anaphor.head:  # a misparse ("совладельцами которого являются миллиардер X": not X)
                return decision.reject("relative_head", f"the clause hangs on '{doc.tokens[noun].text}', after the "
                                                        "relative: a relative never looks ahead")
            entity = state.entity_of_phrase(noun)
            named, refused = introduced_head(state, anaphor, noun) if entity is None else (None, "")
            body = named is not None or (entity is not None and state.infos[entity].type in ("ORG", "LOC"))
            host = person_host(state, anaphor, noun) if body else ""
            if host:
                return decision.reject("person_host", host)
            if named is not None:
                return decision.link(named, "introduced_head", f"modifies '{doc.tokens[noun].text}', the kind noun "
                                                               f"that introduces '{doc.entities[named].name}'")
            if entity is None:
                return decision.reject("relative_head", f"modifies '{doc.tokens[noun].text}', no entity{refused}")
            wanted = anaphor.category == "relative" or state.infos[entity].type in ("LOC", "ORG")
            if not wanted:
                return decision.reject("relative_head", "'где' needs a place")
            reason = head_agreement(state, anaphor, noun, entity)
            if reason:
                return decision.reject("relative_head", reason)
            agreed = f", agrees with it, not with the name ({disagreement})" \
                if (disagreement := relative_number(anaphor, state.infos[entity])) else ""
            return decision.link(entity, "relative_head", f"modifies '{doc.tokens[noun].text}'{agreed}")
        if depth >= 1:
            break
    return decision.reject("relative_head", NO_RELATIVE_CLAUSE)


@rule("coref")
def introduced_head(state: Resolution, anaphor: Anaphor, noun: int) -> tuple[int | None, str]:
    """A relative clause hung on the kind noun that introduces a name right after it stands for the named body or
    place: "в городе Тверь, где", "ЗАО «Содэксим», которое", "за рекой Мтквари, которая", "в штате Канзас, где".
    The name hangs on the noun (`kind_introduced_name`). The relative agrees with the noun the parse hangs its
    clause on, not with the name ("ООО «Евразия», которое"): a "который" of another number or gender than the noun
    is not its relative. The entity, or None and why the name it introduces is refused ("" when there is none)."""
    entity = kind_introduced_name(state, noun)
    if entity is None:
        return None, ""
    name = state.doc.entities[entity].name
    if not _name_closes_before(state, anaphor, entity, noun):
        return None, f"; '{name}' does not end right before the clause"
    if _inside_place(state, noun):
        kind, host = state.doc.tokens[noun], state.doc.tokens[state.doc.tokens[noun].head]
        return None, f"; '{kind.text} {name}' completes the place '{host.text}'"
    if anaphor.category != "relative":
        return entity, ""
    token = state.doc.tokens[noun]
    if not _agrees(anaphor, token, False):
        return None, f"; the relative does not agree with '{token.text}'"
    return entity, ""


PERSON_HOST_STEPS = 3  # name -> kind noun -> person noun ("представитель | банка | ВТБ"), and one more link


@rule("coref")
def person_host(state: Resolution, anaphor: Anaphor, noun: int) -> str:
    """A "который" on a body or place named inside a phrase a person noun heads ("глава района Марьино, который
    возглавил управу", "сотрудница компании Google, которая родилась …") is the person's when it agrees with the
    person noun and either not with the noun the name hangs on or is the subject of a verb only a person is the
    subject of (PERSON_SUBJECT_VERBS): agreement alone cannot tell "глава" from "район", "представитель" from
    "банк". The reason, or "" when the clause stays the body's or the place's ("где" always does)."""
    doc = state.doc
    if anaphor.category != "relative":
        return ""
    host, kind = _person_noun_above(state, noun)
    if host is None or kind is None:
        return ""
    person, body = doc.tokens[host], doc.tokens[kind]
    if not _agrees(anaphor, person, lemma_of(person) in COMMON_GENDER_PERSON_NOUNS):
        return ""
    if not _agrees(anaphor, body, False):
        return f"'{person.text} {body.text} …': the relative agrees with '{person.text}', not '{body.text}'"
    verb = _subject_of(doc, anaphor.head)
    if verb is not None and lemma_of(doc.tokens[verb]) in PERSON_SUBJECT_VERBS:
        return f"'{person.text} {body.text} …': '{doc.tokens[verb].text}' takes a person subject"
    return ""


def _person_noun_above(state: Resolution, noun: int) -> tuple[int | None, int | None]:
    """The person noun (a lexicon person noun or an animate common noun, not a business noun) whose genitive
    complement holds `noun`, walking up through appositions, flat names and genitive complements to the left, and
    the noun of that complement (the kind noun or the name): ("представитель", "банка") for "ВТБ"."""
    doc = state.doc
    index = noun
    for _ in range(PERSON_HOST_STEPS):
        token = doc.tokens[index]
        host = token.head
        if not 0 <= host < index or not token.rel.startswith(("nmod", "appos", "flat")):
            return None, None
        above = doc.tokens[host]
        if token.rel.startswith("nmod") and token.feats.get("Case") == "Gen" and _is_person_noun(state, host):
            return host, index
        if above.pos not in ("NOUN", "PROPN") or above.sentence != token.sentence:
            return None, None
        index = host
    return None, None


def _is_person_noun(state: Resolution, index: int) -> bool:
    """A common noun for a person that names no one itself: a lexicon person noun, or an animate noun that is no
    business noun ("оператор", "перевозчик" are companies)."""
    token = state.doc.tokens[index]
    lemma = lemma_of(token)
    if token.pos != "NOUN" or index in state.by_token or lemma in ORGANIZATION_NOUNS:
        return False
    return lemma in LEXICON_PERSON_NOUNS or token.feats.get("Animacy") == "Anim"


def _agrees(anaphor: Anaphor, token: Token, either_gender: bool) -> bool:
    """"который" may stand for the noun: same number, and in the singular the same gender (any for a noun of
    either gender, or a noun without one)."""
    number = token.feats.get("Number", "").lower()
    if number and number != anaphor.number:
        return False
    gender = UD_GENDER.get(token.feats.get("Gender", ""), "")
    return anaphor.number != "sing" or either_gender or not gender or not anaphor.gender or gender == anaphor.gender


def _subject_of(doc: Document, index: int) -> int | None:
    """The verb the relative is the subject of (active or passive), or None."""
    token = doc.tokens[index]
    return token.head if token.rel.startswith("nsubj") and 0 <= token.head < len(doc.tokens) else None


def _name_root(state: Resolution, entity: int, anaphor: Anaphor) -> int:
    """The token of the name right before the relative clause that hangs outside the name (its root)."""
    doc = state.doc
    last = _relative_opening(doc, anaphor)
    while last > 0 and state.by_token.get(last) != entity:
        last -= 1
    first = last
    while first > 0 and state.by_token.get(first - 1) == entity:
        first -= 1
    return next((i for i in range(first, last + 1) if not first <= doc.tokens[i].head <= last), last)


def _name_closes_before(state: Resolution, anaphor: Anaphor, entity: int, noun: int) -> bool:
    """The name after the kind noun ends right before the relative clause, past only its closing quotation mark and
    comma ("ЗАО «Содэксим», которое"): a clause the parse hangs on a kind noun far back is its error."""
    doc = state.doc
    first = next(i for i in range(noun + 1, len(doc.tokens)) if state.by_token.get(i) == entity)
    end = next((i for i in range(first, len(doc.tokens)) if state.by_token.get(i) != entity), len(doc.tokens))
    return all(doc.tokens[i].pos == "PUNCT" for i in range(end, _relative_opening(doc, anaphor) + 1))


def _inside_place(state: Resolution, noun: int) -> bool:
    """The kind noun is the complement of a place or institution noun that names nothing ("в больницу | города
    Купавна, где", "тюрьмы на | острове Роббен, где", "в школе-интернате … | города Ижевска, где"): the clause
    after the name is as likely that place's."""
    doc = state.doc
    host = doc.tokens[noun].head
    if not doc.tokens[noun].rel.startswith("nmod") or not 0 <= host < len(doc.tokens) or host in state.by_token:
        return False
    return doc.tokens[host].pos == "NOUN" and any(part in PLACE_NOUNS for part in lemma_of(doc.tokens[host]).split("-"))


def kind_introduced_name(state: Resolution, noun: int) -> int | None:
    """The organization or place whose name follows a singular kind noun (NAMED_KIND_NOUNS, or a legal form for an
    organization: "ЗАО | «Вектор»"), past an opening quotation mark, and hangs on it: as its apposition in its case
    or left in the nominative ("на реке | Мтквари"), or as any dependent left in the nominative after an oblique
    noun. A genitive name after another case is the noun's complement ("в районе | Москвы"), none of this."""
    doc = state.doc
    token = doc.tokens[noun]
    lemma = lemma_of(token)
    legal = fold(token.text) in LEGAL_FORMS
    if token.feats.get("Number") == "Plur" or not (lemma in NAMED_KIND_NOUNS or legal):
        return None
    first = noun + 1
    if first < len(doc.tokens) and doc.tokens[first].text in NAME_OPENING_MARKS:
        first += 1
    entity = state.by_token.get(first) if first < len(doc.tokens) else None
    if entity is None or doc.tokens[first].sentence != token.sentence \
            or state.infos[entity].type not in (("ORG",) if legal else ("ORG", "LOC")):
        return None
    name = range(first, next((i for i in range(first, len(doc.tokens)) if state.by_token.get(i) != entity),
                             len(doc.tokens)))
    hanging = next((i for i in name if doc.tokens[i].head == noun), None)
    if hanging is None:
        return None
    case, own = doc.tokens[hanging].feats.get("Case", ""), token.feats.get("Case", "")
    apposed = doc.tokens[hanging].rel.startswith(("appos", "flat")) and case in ("", own, "Nom")
    unchanged = case in ("", "Nom") and own not in ("", "Nom")
    return entity if apposed or unchanged else None


def _names_entity(state: Resolution, noun: int, entity: int) -> bool:
    """The noun is a word of one of the entity's names ("Египта", "Благовещенского городского суда") or the kind noun
    that introduces its name right after it ("группа «Несчастный случай»": `kind_introduced_name`)."""
    doc = state.doc
    inside = any(ref.entity == entity and ref.kind == "name" and doc.token_at(ref.start) <= noun < doc.token_at(ref.end)
                 for ref in state.referents)
    return inside or kind_introduced_name(state, noun) == entity


def relative_number(anaphor: Anaphor, info: EntityInfo) -> str:
    """"который" agrees in number and gender with the entity it stands for: "которые", "которых" never mean one
    person ("… и Анна Орлова, которые"), "которое" never a person, "в котором" never "Москва" (the parse agrees the
    relative with the noun its clause really modifies)."""
    if anaphor.category != "relative":
        return ""
    if anaphor.number == "plur":
        return "" if info.number == "plur" else f"plural relative, one {info.type}"
    if info.number == "plur":
        return "singular relative, plural name"
    if anaphor.gender and info.gender and anaphor.gender != info.gender:
        return f"{anaphor.gender} relative, {info.gender} name"
    return "a person is never 'которое'" if info.type == "PER" and anaphor.gender == "neut" else ""


def head_agreement(state: Resolution, anaphor: Anaphor, noun: int, entity: int) -> str:
    """"который" agrees with the noun its clause hangs on, not with the gender guessed for the whole name of a body
    or place: "группа «Несчастный случай», которая", "движение «Этнокасериста», в которое", "Общественного
    телевидения Грузии, которое", "Дании, солдаты которой"; an oblique masculine form is also the neuter's
    ("Агентству …, под управлением которого"). The noun must name the entity (`_names_entity`); a person keeps
    `relative_number` (natural gender: "в доме Роулинг, который" is the house's). The reason the relative does not
    agree, "" when it does."""
    reason = relative_number(anaphor, state.infos[entity])
    if not reason or anaphor.category != "relative" or state.infos[entity].type == "PER":
        return reason
    if not _names_entity(state, noun, entity):
        return reason  # a description the entity was linked to may be a wrong link: "ведомства", "корпорации"
    token = state.doc.tokens[noun]
    russian = token.pos == "NOUN" or (token.pos == "PROPN" and CYRILLIC.search(token.text) is not None)
    number = token.feats.get("Number", "")
    if not russian or not number or (number == "Sing" and "Gender" not in token.feats):
        return reason  # a Latin name's gender ("плана Microsoft, цель которого") is the parser's guess
    gender = UD_GENDER.get(token.feats.get("Gender", ""), "")
    if anaphor.number == "sing" == number.lower() and gender in relative_genders(state.doc, anaphor) - {""}:
        return ""
    return "" if _agrees(anaphor, token, False) else reason


@rule("coref")
def reflexive_subject(state: Resolution, anaphor: Anaphor) -> Decision:
    """"свой", "себя" stand for the subject of their clause (or of the clause they are an infinitive of)."""
    decision = Decision(anaphor)
    doc = state.doc
    reason = rules.reflexive_idiom(doc, anaphor)
    if reason:
        return decision.reject("reflexive_idiom", reason)
    subject, participle, via = rules.reflexive_owner_via(doc, anaphor.head)
    reason = rules.coordinated_subject(doc, subject) if subject is not None else ""
    if reason:
        return decision.reject("coordinated_subject", reason)
    if subject is not None:
        entity = state.entity_of_phrase(subject)
        if entity is None and (named := subject_name_ahead(state, subject)) is not None:
            return decision.link(named[0], "subject_name_ahead",
                                 f"subject '{doc.tokens[subject].text}' introduces the name '{named[1]}'")
        if entity is None and via not in ("dropped_subject", "infinitive_controller", "purpose_controller") \
                and (ref := described_subject(state, anaphor, subject, decision)) is not None:
            reason = f"subject '{doc.tokens[subject].text}' describes {doc.entities[ref.entity].name}"
            if ref.end <= doc.tokens[subject].start:  # a name after the noun is its own apposition's
                state.relink_description(subject, ref.entity, "described_subject", reason)
            return decision.link(ref.entity, "described_subject", reason)
        if entity is None and (complement := completed_subject(state, subject)) is not None:
            return decision.reject("person_complement", f"subject '{doc.tokens[subject].text}' is not "
                                                        f"'{doc.tokens[complement].text}', its complement")
        if entity is None:
            return decision.reject(via or "reflexive_subject", f"subject '{doc.tokens[subject].text}' names no one")
        return decision.link(entity, via or "reflexive_subject", f"subject '{doc.tokens[subject].text}'")
    if participle is not None:
        return reflexive_participle(state, anaphor, participle, decision)
    found = subjectless_reflexive(state, anaphor)
    if found is not None:
        return decision.link(found[0], "subjectless_reflexive",
                             f"its verb has no subject; the latest subject before is '{doc.tokens[found[1]].text}'")
    return decision.reject("reflexive_subject", "no subject")


ZERO_SUBJECT_SENTENCES = 1  # a zero subject goes on with a subject of its own sentence or the one before
POSTPOSED_SUBJECT_CASES = (None, "Nom", "Gen")  # the cases the tagger gives an undeclined foreign name


@rule("coref")
def subjectless_reflexive(state: Resolution, anaphor: Anaphor) -> tuple[int, int] | None:
    """A reflexive whose finite verb has no subject in the parse, nor any clause above it, goes on with the latest
    subject of a main clause before that verb (`_main_predicate`: not a subordinate clause's, "сообщил, что Бирюков
    покинул пост"), in its sentence or the one before, when that verb agrees with the verb of the
    reflexive in number and gender (`tree.earlier_subject`) and the subject names an entity that agrees with it:
    Russian drops the subject that continues the topic ("Нассо утверждает, что его заставили пойти на низость, и
    заявил о своей невиновности"; "Иван Петров вернулся домой. Позвонил Анне Орловой, чтобы узнать свое
    расписание"). Not a verb in the first or second person, an imperative, an impersonal neuter ("Удалось
    восстановить свое здоровье"), a verb with a subject of its own that the walk up did not reach, a person named
    after the verb in the nominative, or in the genitive the tagger gives undeclined foreign names (a postposed
    subject; "Позвонил Анне Орловой" is an object), a sentence with another nominative noun or name the parse did
    not make a subject (`_other_nominative`), a subject of no entity (the latest subject is someone unnamed:
    "исламисты заявили, что не изменят своих позиций"), nor across a quotation mark. Returns the entity and the
    subject's token."""
    doc = state.doc
    verb = next((index for index in rules.ancestors(doc, anaphor.head) if doc.tokens[index].pos in ("VERB", "AUX")
                 and doc.tokens[index].feats.get("VerbForm") == "Fin"), None)
    if verb is None:
        return None
    feats = doc.tokens[verb].feats
    if feats.get("Person") in ("1", "2") or feats.get("Mood") == "Imp" or feats.get("Gender") == "Neut" \
            or any(doc.tokens[child].rel.startswith("nsubj") for child in children(doc)[verb]):
        return None  # a subject the walk up did not pass ("он сидит, привязанный к своей лодке"): not a zero one
    sentence = doc.tokens[verb].sentence
    if any(index in state.persons and doc.tokens[index].feats.get("Case") in POSTPOSED_SUBJECT_CASES
           for index in range(verb + 1, doc.sentences[sentence].token_end)):
        return None  # "ведет свою родословную Кейт Миддлтон": a person named after the verb, its subject misread
    found = earlier_subject(doc, verb, doc.sentences[max(0, sentence - ZERO_SUBJECT_SENTENCES)].token_start,
                            lambda predicate: _main_predicate(doc, predicate))
    if found is None or _other_nominative(doc, sentence, found[0]):
        return None
    subject = found[0]
    entity = state.entity_of_phrase(subject)
    if entity is None or has_quote_mark(doc.text, doc.tokens[subject].start, anaphor.start):
        return None
    info = state.infos[entity]
    plural = feats.get("Number") == "Plur"
    if plural != (info.number == "plur" and info.type != "PER"):
        return None
    gender = UD_GENDER.get(feats.get("Gender", ""), "")
    return None if gender and info.gender and gender != info.gender else (entity, subject)


MAIN_CONJUNCTS = 4  # the most conj or parataxis links from a main clause's verb up to its sentence's root
MAIN_CLAUSE_RELATIONS = ("conj", "parataxis")  # "Петров вернулся и позвонил"; "«…», — сказал он": main clauses


def _main_predicate(doc: Document, predicate: int) -> bool:
    """The predicate heads its sentence's main clause: the root, or a verb joined to it by conjunction or parataxis
    ("Петров вернулся и позвонил", an attribution after a quote "«…», — сказал он"). A zero subject goes on with the
    main clause's subject, not with a subordinate clause's: "Мэр Сергей Собянин сообщил, что Петр Бирюков покинул
    пост. Поблагодарил своего заместителя" is the mayor's thanks."""
    tokens = doc.tokens
    for _ in range(MAIN_CONJUNCTS):
        if tokens[predicate].rel == "root":
            return True
        if rules.base(tokens[predicate].rel) not in MAIN_CLAUSE_RELATIONS \
                or not 0 <= tokens[predicate].head < len(tokens):
            return False
        predicate = tokens[predicate].head
    return False


def _other_nominative(doc: Document, sentence: int, subject: int) -> bool:
    """The sentence holds a nominative noun or name besides `subject` and the words of its name: a subject the parse
    hung elsewhere ("ведет свою родословную Кейт Миддлтон", "Олланд задолго до поездки поручил своим
    сотрудникам"), so the clause's own subject is not known to be missing."""
    bounds = doc.sentences[sentence]
    for index in range(bounds.token_start, bounds.token_end):
        token = doc.tokens[index]
        if index == subject or token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Nom":
            continue
        if not (token.head == subject and rules.base(token.rel) in APPOSITIVE_RELATIONS):
            return True
    return False


INTRODUCING_RULES = ("name_ahead", "apposed_name")  # a role noun's own decision: it introduces the name after it


@rule("coref")
def subject_name_ahead(state: Resolution, subject: int) -> tuple[int, str] | None:
    """A reflexive's subject noun whose own description was turned down because it introduces the person's name
    after it (`rules.name_ahead`, `rules.apposed_name`: "Чемпион мира по автогонкам в классе «Формула-1» Михаэль
    Шумахер продолжит сотрудничество со своей командой", "Лидер партии «Народ за демократию и справедливость»
    (НДС) Михаил Касьянов подтвердил свое намерение") is one phrase with that name: the reflexive is the named
    person's. The name must be in the subject's case (a genitive name completes the noun: "отец Ивана Петрова")."""
    doc = state.doc
    own = next((decision for decision in state.decisions if decision.anaphor.head == subject
                and decision.entity is None and decision.rule in INTRODUCING_RULES), None)
    if own is None:
        return None
    case = doc.tokens[subject].feats.get("Case")
    end = doc.sentences[doc.tokens[subject].sentence].token_end
    for index in range(doc.token_at(own.anaphor.end), min(end, doc.token_at(own.anaphor.end) + rules.NAME_AHEAD)):
        if index in state.persons:
            entity = state.by_token.get(index)
            same_case = doc.tokens[index].feats.get("Case") in (None, case)
            return (entity, doc.tokens[index].text) if entity is not None and same_case else None
    return None


def completed_subject(state: Resolution, subject: int) -> int | None:
    """The person's name right after a reflexive's subject noun that only completes it (`person_complement`)."""
    doc = state.doc
    end = doc.sentences[doc.tokens[subject].sentence].token_end
    return next((index for index in range(subject + 1, min(subject + 4, end)) if doc.tokens[index].head == subject
                 and index in state.by_token and state.completes(subject, index)), None)


@rule("coref")
def described_subject(state: Resolution, anaphor: Anaphor, subject: int, decision: Decision) -> Referent | None:
    """A reflexive whose subject is a bare person noun no rule linked ("американка обыграла свою соотечественницу",
    "34-летний гонщик заявил о своем желании") stands for the person that noun describes: the person who is the
    subject just before, as for a generic role, not of another gender than a feminine noun's ("теннисистка"). Not
    a generic person noun, a noun with a person for its complement ("подруга певицы"; a place's or body's is kept:
    "представитель Сербии"), a counted noun ("231 избиратель"), and no person named inside a quote the subject is
    not in, nor a person of other countries than the one the noun's complement or adjective names
    (`country_mismatch`: "Сергей Лавров провел переговоры. Министр иностранных дел Сербии рассказал о своих
    планах"; each refusal noted in `decision`). The subject noun is resolved with its reflexive
    (`Resolution.relink_description`) when the person was named before it."""
    token = state.doc.tokens[subject]
    if state.quote_of(anaphor.start, anaphor.end) != state.quote_of(token.start, token.end):
        return None  # "«… у себя на даче?» - пишет публицист": the quote's own clause, not the attribution's
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or token.feats.get("Number") == "Plur" \
            or lemma_of(token) in GENERIC_PERSON_NOUNS or person_completed(state.doc, subject):
        return None  # "мужчина", "молодой человек": someone new; "подруга певицы": someone else
    if counted(state.doc, subject):
        return None  # "231 избиратель", "три руководителя": several people
    gender = "femn" if token.feats.get("Gender") == "Fem" else ""
    own_quote = state.quote_of(token.start, token.end)
    own = next((known.anaphor for known in state.decisions if known.anaphor.head == subject), None)
    for ref in reversed(state.before(anaphor)):
        info = state.infos[ref.entity]
        if anaphor.narrative - ref.narrative > GENERIC_ROLE_SENTENCES:
            break
        if state.quote_of(ref.start, ref.end) not in (None, own_quote):
            continue  # "«… Путин хочет править всегда …», - пишет общественный деятель": quoted, not the subject
        if info.type == "PER" and ref.subject and not (gender and info.gender and info.gender != gender) \
                and not _former_subject_holder(state, subject, ref.entity):
            reason = country_mismatch(state, own, ref.entity) if own is not None else ""
            if not reason:
                return ref
            decision.note("country_mismatch", "reject", ref.entity, f"subject '{token.text}': {reason}")
    return None


def _former_subject_holder(state: Resolution, subject: int, entity: int) -> bool:
    """`introduced_only_as_former` for a subject noun that is a role ("Глава государства планировал сохранить за
    собой…" after "Бывший президент Иван Петров"): the role is its present holder's, as for `former_holder`."""
    doc = state.doc
    token = doc.tokens[subject]
    modifiers = [index for index in children(doc)[subject] if index < subject]
    lemma = lemma_of(token)
    complement = lemma_of(doc.tokens[subject + 1]) if rules._has_complement(doc, subject) else ""
    return introduced_only_as_former(state, lemma, token.sentence, subject, [*modifiers, subject], entity,
                                     _role_and_synonyms(lemma.removeprefix(FORMER_PREFIX), complement))


def counted(doc: Document, noun: int) -> bool:
    """The noun is counted by a number: one of its dependents, or the word right before it, whatever the parse hung
    it on ("231 избиратель" with "231" an adjective of "протоколу")."""
    words = [doc.tokens[child] for child in children(doc)[noun]] + ([doc.tokens[noun - 1]] if noun > 0 else [])
    return any(word.rel.startswith("nummod") or word.pos == "NUM" or word.text.isdigit() for word in words)


def person_completed(doc: Document, noun: int) -> bool:
    """The person noun has a genitive complement right after it that is animate, a person ("подруга | певицы",
    "пресс-секретарь | Медведева"): a relation to someone else. A place, body or thing ("губернатор | Кузбасса",
    "представитель | Сербии", "глава | Twitter") keeps it a description of the person in focus."""
    following = noun + 1
    return rules._has_complement(doc, noun) and doc.tokens[following].feats.get("Animacy") == "Anim"


@rule("coref")
def reflexive_participle(state: Resolution, anaphor: Anaphor, participle: int, decision: Decision) -> Decision:
    """A reflexive in a participle phrase without a subject stands for the noun the participle modifies
    ("Бирму, уважающую права своих граждан", "Милонов, известный своей борьбой")."""
    noun = state.doc.tokens[participle].head
    entity = state.entity_of_phrase(noun) if 0 <= noun < len(state.doc.tokens) else None
    if entity is None:
        return decision.reject("reflexive_participle", f"'{state.doc.tokens[participle].text}' modifies no name")
    return decision.link(entity, "reflexive_participle", f"'{state.doc.tokens[participle].text}' modifies it")


@rule("coref")
def quoted_pronoun(state: Resolution, anaphor: Anaphor, ref: Referent, own_quote: tuple[int, int] | None) -> str:
    """A pronoun inside someone's quote is no antecedent outside it ("«…он понимает…», — сказал он")."""
    if ref.kind == "pronoun" and state.quote_of(ref.start, ref.end) not in (None, own_quote):
        return "a pronoun inside another quote"
    return ""


Candidates = dict[int, tuple[float, int, Referent]]  # entity -> (cost, -start, its best mention)
CANDIDATE_FILTERS = ("quoted_speaker", "quoted_pronoun", "window", "quoted_reach", "agreement", "spatial_pronoun",
                     "non_person_reach", "reporting_outlet", "binding", "person_owned", "body_owned",
                     "body_selecting", "thing_predicate")


def screen(state: Resolution, anaphor: Anaphor, ref: Referent, speaker: int | None,
           own_quote: tuple[int, int] | None) -> tuple[str, str]:
    """The first candidate filter that turns `ref` down and its reason (("", "") when it passes)."""
    info = state.infos[ref.entity]
    checks = (
        ("quoted_speaker", lambda: "the speaker of the quote it stands in" if ref.entity == speaker else ""),
        ("quoted_pronoun", lambda: quoted_pronoun(state, anaphor, ref, own_quote)),
        ("window", lambda: rules.window(anaphor, ref, info)),
        ("quoted_reach", lambda: rules.quoted_reach(anaphor, ref, own_quote is not None)),
        ("agreement", lambda: rules.agreement(anaphor, info)),
        ("spatial_pronoun", lambda: rules.spatial_pronoun(state.doc, anaphor, info)),
        ("non_person_reach", lambda: rules.non_person_reach(state.doc, anaphor, ref, info)),
        ("reporting_outlet", lambda: rules.reporting_outlet(state.doc, ref, info)),
        ("binding", lambda: rules.binding(state.doc, anaphor, ref)),
        ("person_owned", lambda: "a noun only a person has" if info.type != "PER"
         and rules.person_owned(state.doc, anaphor, PERSON_ONLY_NOUNS) else ""),
        ("body_owned", lambda: rules.body_owned(state.doc, anaphor, info)),
        ("body_selecting", lambda: rules.body_selecting(state.doc, anaphor, info)),
        ("thing_predicate", lambda: rules.thing_predicate(state.doc, anaphor, info)),
    )
    for name, check in checks:
        reason = check()
        if reason:
            return name, reason
    return "", ""


def candidates(state: Resolution, anaphor: Anaphor, decision: Decision) -> Candidates:
    """Every entity mentioned before the pronoun that passes the filters, with the cost of its best mention.

    Of each other entity in reach, the nearest turned-down mention is noted with the filter and its reason, in text
    order."""
    doc = state.doc
    best: Candidates = {}
    counts: dict[int, int] = {}
    turned_down: dict[int, tuple[int, str, str]] = {}  # entity -> its nearest turned-down mention's (start, rule, why)
    refused: list[Referent] = []
    speaker = state.speaker_of(anaphor, refused)
    for ref in refused[:1]:
        decision.note("attribution_after", "score", ref.entity, "named after the quotation outside its attribution: "
                                                                "not its speaker")
    own_quote = narration_quote(state, anaphor, decision)
    before = state.before(anaphor)
    verb = doc.tokens[anaphor.head].head
    going_on = 0 <= verb < len(doc.tokens) and lemma_of(doc.tokens[verb]) in CONTINUING_SPEECH_VERBS
    newcomers = [] if going_on else [
        (ref.sentence, ref.entity) for ref in before if newcomer_kind(state, ref)
        and brought_in(doc, ref.head, lambda ref=ref: state.quote_of(ref.start, ref.end) is not None,
                       rules.SAY_VERBS)]
    actors = [] if going_on else [
        (ref.sentence, ref.entity) for ref in before if ref.kind == "name" and state.infos[ref.entity].type == "PER"
        and ref.sentence < anaphor.sentence
        and acts_aside(doc, ref.head, lambda ref=ref: state.quote_of(ref.start, ref.end) is not None)]
    framers = [] if going_on or not rules.speaks(doc, anaphor.head) else sentence_framers(
        state, anaphor, [ref for ref in before if ref.sentence == anaphor.sentence and ref.kind == "name"
                         and not screen(state, anaphor, ref, speaker, own_quote)[0]])
    newcomers, actors = agreeing_newcomers(state, anaphor, newcomers, decision), \
        agreeing_newcomers(state, anaphor, actors, decision)
    bound = bound_entity(state, anaphor, before)
    for ref in before:
        counts[ref.entity] = counts.get(ref.entity, 0) + 1
        name, reason = screen(state, anaphor, ref, speaker, own_quote)
        if not name and ref.entity in bound:
            name, reason = "bound_entity", bound[ref.entity]
        if name:
            if turned_down.get(ref.entity, (0, "", ""))[1] != "bound_entity":  # the mention binding let pass says it
                turned_down[ref.entity] = (ref.start, name, reason)
            continue
        spoke = rules.speaker_cost(doc, anaphor, ref)
        if spoke and new_subject(ref, newcomers):
            spoke = 0.0
            decision.note("new_subject", "reject", ref.entity, "another person was brought in as a subject since")
        elif spoke and acting_newcomer(ref, actors):
            spoke = 0.0
            decision.note("acting_newcomer", "reject", ref.entity,
                          "another person acted since, as an agent or through the body that is the subject")
        elif spoke and sentence_newcomer(ref, framers):
            spoke = 0.0
            decision.note("sentence_newcomer", "reject", ref.entity,
                          "another person named before the pronoun in its sentence, outside its clause")
        cost = (rules.distance_cost(anaphor, ref) + rules.subject_cost(doc, anaphor, ref)
                + rules.salience_cost(counts[ref.entity] - 1) + spoke
                + preference_cost(state, anaphor, ref))
        key = (cost, -ref.start)
        if ref.entity not in best or key < best[ref.entity][:2]:
            best[ref.entity] = (cost, -ref.start, ref)
    for entity, (_, name, reason) in sorted(turned_down.items(), key=lambda item: item[1][0]):
        if entity not in best and name != "window":  # what lies out of reach was never a candidate
            decision.note(name, "reject", entity, reason)
    return best


@rule("coref")
def bound_entity(state: Resolution, anaphor: Anaphor, before: list[Referent]) -> dict[int, str]:
    """A person the pronoun's own clause names as its subject is no antecedent through any of its mentions: "Трамп
    постоянно перебивал Байдена. … когда Трамп в очередной раз перебил его, он заявил" — "его" is not Трамп (that
    would be "себя"), so his mention of the sentence before may not bring him back in past `binding`, which turns
    down only the bound mention itself. Only a bare object or indirect object (`ARGUMENT_RELATIONS`) of the very
    verb whose subject the person is: a possessive or a pronoun in a verb's other phrases is often the subject's
    own in news ("прятался неподалеку от места жительства его матери"). The entities so bound, with the reason."""
    doc = state.doc
    token = doc.tokens[anaphor.head]
    subjects = [i for i in children(doc)[token.head] if doc.tokens[i].rel.startswith("nsubj")] \
        if 0 <= token.head < len(doc.tokens) else []
    if rules.base(token.rel) not in ARGUMENT_RELATIONS or token.pos != "PRON" or len(subjects) != 1:
        return {}  # a possessive "её" (DET) owns a noun; two subjects of one verb are a misparse ("как ему явилось
        # видение" under "Гальгано")
    bound: dict[int, str] = {}
    for ref in before:
        if ref.sentence == anaphor.sentence and ref.entity not in bound \
                and (ref.kind == "name" or pronoun_subject(doc, ref, anaphor)) \
                and doc.tokens[ref.head].rel.startswith("nsubj") and doc.tokens[ref.head].head == token.head \
                and doc.tokens[ref.head].feats.get("Case", "Nom") == "Nom":
            linked = " (a pronoun linked to it)" if ref.kind == "pronoun" else ""
            bound[ref.entity] = f"'{doc.text[ref.start:ref.end]}'{linked} is the subject of its verb (use 'себя')"
    return bound


def pronoun_subject(doc: Document, ref: Referent, anaphor: Anaphor) -> bool:
    """`bound_entity` for a subject pronoun linked before ("Минфин … и теперь он направит его", "Хадлину, и он
    дал его почитать"): whatever "он" stands for, "его" of the same verb is someone or something else. Only when
    no clause mark stands between the subject and the object pronoun: "он приободрился - его успокаивает" is two
    clauses the parse may join under one verb."""
    if ref.kind != "pronoun" or not ref.head < anaphor.head:
        return False
    return not any(doc.tokens[index].text in CLAUSE_MARKS for index in range(ref.head + 1, anaphor.head))


def narration_quote(state: Resolution, anaphor: Anaphor, decision: Decision | None = None) -> tuple[int, int] | None:
    """The quotation the pronoun speaks in, for the candidate filters; None for one of the narration, and for an
    attribution set inside the marks (`interjected_attribution`)."""
    quote = state.quote_of(anaphor.start, anaphor.end)
    if quote is not None and interjected_attribution(state, anaphor):
        if decision is not None:
            decision.note("interjected_attribution", "score", None, "an attribution inside the marks: the narration's")
        return None
    return quote


@rule("coref")
def interjected_attribution(state: Resolution, anaphor: Anaphor) -> bool:
    """"«Хотела начать быстро, — сказала она. — Постаралась…»": the attribution set inside the marks is the
    narrator's (`rules.interjected`), not the speaker's words, so the pronoun reaches back as one of the story does
    (not `quoted_reach`'s one sentence) and a name the story itself gave costs no more than a quoted one."""
    return rules.interjected(state.doc, anaphor)


def newcomer_kind(state: Resolution, ref: Referent) -> bool:
    """A name that can bring a new subject in (`new_subject`): a person's, or an organization's that acts rather
    than reports ("Минюст США обвинил …", not "сообщает ТАСС": `rules.reporting_outlet`)."""
    info = state.infos[ref.entity]
    if ref.kind != "name" or info.type not in ("PER", "ORG"):
        return False
    return info.type == "PER" or not rules.reporting_outlet(state.doc, ref, info)


@rule("coref")
def new_subject(ref: Referent, newcomers: list[tuple[int, int]]) -> bool:
    """A speaking pronoun ("— говорил он") prefers the one who spoke last (`speaker_cost`), unless another person
    was brought in (`lang.tree.brought_in`) in a later sentence ("Салливан заявил, что … .
    Другой советник Байдена, Майкл Карпентер, известен как «ястреб». «…», — говорил он": Карпентер);
    `newcomers`: (sentence, entity) of such names before the pronoun (none for a verb of going on, "добавил он":
    CONTINUING_SPEECH_VERBS)."""
    return any(sentence > ref.sentence and entity != ref.entity for sentence, entity in newcomers)


@rule("coref")
def agreeing_newcomers(state: Resolution, anaphor: Anaphor, newcomers: list[tuple[int, int]],
                       decision: Decision) -> list[tuple[int, int]]:
    """Of the persons brought in or acting since the last speaker (`new_subject`, `acting_newcomer`), only those
    the pronoun can mean (`rules.agreement`) take the speaker's preference away: "— сказала Бонами. … Тернер
    демонстрировался в России … Она также рассказала": a man brought in as a subject is no one "она" goes on
    with, so the woman who spoke keeps it. A person of the other gender or number is traced as turned down. An
    organization brought in keeps taking it away whatever its grammatical gender: an outlet or a body that acts
    turns the story to a new source ("Издание Pravda.Ru опубликовало отзыв некоего чеченца … «…», — заявил он":
    the Chechen, not the man who spoke before the outlet). Not for a passive subject, which is what is said or
    handed on ("протокол … Он будет передан в суд": `rules.speaks` reads "передать" as a verb of speech)."""
    if state.doc.tokens[anaphor.head].rel == "nsubj:pass":
        return newcomers  # "Он будет передан в суд": a thing handed on, whatever `speaks` reads in "передать"
    kept = []
    for sentence, entity in newcomers:
        reason = rules.agreement(anaphor, state.infos[entity]) if state.infos[entity].type == "PER" else ""
        if not reason:
            kept.append((sentence, entity))
        elif not any(step.rule == "agreeing_newcomers" and step.entity == entity for step in decision.steps):
            decision.note("agreeing_newcomers", "reject", entity,
                          f"brought in since, but the pronoun cannot mean it: {reason}")
    return kept


@rule("coref")
def acting_newcomer(ref: Referent, actors: list[tuple[int, int]]) -> bool:
    """A speaking pronoun goes on with the last speaker (`speaker_cost`) only across sentences in which no other
    person acted: besides a new main subject (`new_subject`), a person brought in as the agent of a passive or a
    participle ("теории, описанные политологом Джином Шарпом. В своем труде он утверждает": Шарп) or as the owner of
    a main subject that is a body ("Администрация Трампа заключила соглашение. В октябре он написал": Трамп), in a
    later sentence than the speaker's and an earlier one than the pronoun's (`lang.tree.acts_aside`; a person in
    the pronoun's own sentence is `sentence_newcomer`'s or belongs to what the pronoun says: "начатую Петром
    Сидоровым реформу он считает полезной"), takes the preference away; the ranking decides. `actors`: (sentence,
    entity) of such names before the pronoun (none for a verb of going on, "добавил он")."""
    return new_subject(ref, actors)


def sentence_framers(state: Resolution, anaphor: Anaphor, kept: list[Referent]) -> list[tuple[int, int]]:
    """(sentence, entity) of the persons (`sentence_newcomer`) named by name before the pronoun in its own sentence,
    outside the pronoun's clause, among the candidates the filters kept: the clause they stand in frames the
    pronoun's ("письмо Дадина, в котором он сообщил": the relative clause hangs on Дадин's letter)."""
    doc = state.doc
    clause = rules.clause_path(doc, anaphor.head)[-1]
    return [(ref.sentence, ref.entity) for ref in kept
            if ref.sentence == anaphor.sentence and ref.kind == "name" and state.infos[ref.entity].type == "PER"
            and state.quote_of(ref.start, ref.end) is None  # a quoted name is the quoted speech's, not the story's
            and ref.head != clause and clause not in rules.ancestors(doc, ref.head)]


@rule("coref")
def sentence_newcomer(ref: Referent, framers: list[tuple[int, int]]) -> bool:
    """A speaking pronoun ("он сообщил", "по его словам") goes on with the last speaker (`speaker_cost`) only across
    sentences that bring no one else in: a person named in the pronoun's own sentence, before it and outside its
    clause (`sentence_framers`: "Каляпин и Чиков заявили …. 11 ноября было опубликовано второе письмо Дадина, в
    котором он сообщил о пытках": Дадин; "Трамп обвинил соперника …. В итоге Байдену пришлось оправдываться, он
    поспешно указал": Байден) is the one that sentence is about, so a speaker named only in earlier sentences loses
    the preference. A person inside the pronoun's clause ("начатую Зёдером дискуссию он считает преждевременной")
    belongs to what the pronoun says, and frames nothing."""
    return new_subject(ref, framers)


def preference_cost(state: Resolution, anaphor: Anaphor, ref: Referent) -> float:
    """The costs that only order the candidates, never push the best one out of reach: a paragraph break, a name
    inside a quotation for a pronoun of the narration (a lone candidate stays the antecedent)."""
    return rules.paragraph_cost(state.doc, anaphor, ref) + rules.quoted_mention_cost(
        quoted_words(state, ref), narration_quote(state, anaphor) is not None)


@rule("coref")
def interjected_speaker(state: Resolution, ref: Referent) -> bool:
    """A name inside the quotation marks that is the subject of an attribution set inside them ("«Нас заверили …,
    — сказал генеральный консул Игорь Голубовский. — Чиновник …»") is the narrator's, the one who speaks the
    words, not someone the words name (`rules.interjected_subject`, through its appositions: "консул | Игорь
    Голубовский"); `latest_quoted` reads it so. Such a name pays no `rules.quoted_mention_cost` (`quoted_words`),
    and a pronoun of the narration linked to it is traced under this rule ("По его словам, …" after the
    quotation: the consul, not a person named before it)."""
    return rules.interjected_subject(state.doc, apposition_root(state.doc, ref.head))


def interjected_link(state: Resolution, anaphor: Anaphor, best: Candidates, chosen: Referent) -> bool:
    """The ranking's choice for a pronoun of the narration is an interjected attribution's subject
    (`interjected_speaker`) that would have lost to another candidate had it paid the quoted-name cost."""
    if narration_quote(state, anaphor) is not None or state.quote_of(chosen.start, chosen.end) is None \
            or not interjected_speaker(state, chosen):
        return False
    cost = best[chosen.entity][0] + rules.QUOTED_MENTION_COST
    return any(item[0] < cost for entity, item in best.items() if entity != chosen.entity)


def quoted_words(state: Resolution, ref: Referent) -> bool:
    """The mention lies inside quotation marks as part of the quoted words: not an interjected attribution's
    subject (`interjected_speaker`)."""
    return state.quote_of(ref.start, ref.end) is not None and not interjected_speaker(state, ref)


def unlinked_rule(decision: Decision) -> str:
    """The rule that left a pronoun without candidates: binding or the quote's speaker when either turned one
    down, else the filter that turned down the nearest candidate ("window" when there was none)."""
    bound = [step.rule for step in decision.steps if step.rule in ("binding", "quoted_speaker")]
    if bound:
        return bound[-1]
    return decision.steps[-1].rule if decision.steps else "window"


@rule("coref")
def ranking(state: Resolution, anaphor: Anaphor, best: Candidates, decision: Decision) -> Referent:
    """A personal pronoun is the agreeing candidate of least cost (distance, subject preference, salience).

    For "он", "она" a person in reach wins over any organization or place."""
    ranked = sorted(best.values(), key=lambda item: item[:2])
    persons = [item for item in ranked if state.infos[item[2].entity].type == "PER"]
    if persons and rules.persons_first(anaphor):
        ranked = persons
    for cost, _, ref in ranked[:3]:
        decision.note("ranking", "score", ref.entity, f"cost {cost:.2f} at '{state.doc.text[ref.start:ref.end]}'")
    return ranked[0][2]


@rule("coref")
def reach(cost: float) -> str:
    """A pronoun whose best antecedent costs MAX_COST or more (too far, too weak) stays unlinked."""
    return f"the best antecedent costs {cost:.2f}" if cost >= rules.MAX_COST else ""


def thing_rejection(state: Resolution, anaphor: Anaphor, entity: int, last: Referent, covered: set[int],
                    decision: Decision) -> Decision | None:
    """The pronoun left unlinked for a thing nearer than the chosen entity's last mention `last`: a subject thing
    (`rules.thing_subject`), or for an organization or place any agreeing thing in an argument role
    (`rules.body_thing`); None when no thing stands between."""
    thing = rules.thing_subject(state.doc, anaphor, last.end, covered)
    if thing is not None:
        return decision.reject("thing_subject", f"'{state.doc.tokens[thing].text}' is a subject thing, closer")
    thing = rules.body_thing(state.doc, anaphor, last.end, last.head, covered) \
        if state.infos[entity].type in ("ORG", "LOC") else None
    if thing is not None:
        return decision.reject("body_thing", f"'{state.doc.tokens[thing].text}' is a thing, closer than "
                                             f"'{state.doc.entities[entity].name}'")
    return None


def _plural_decision(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision | None:
    """A plural or neuter pronoun's decision: linked to the plural-named conjunct before it
    (`plural_conjoined_owner`), else unlinked (`rules.plural_or_neuter`); None for "он", "она", "его"."""
    owner = plural_conjoined_owner(state, anaphor)
    if owner is not None:
        return decision.link(owner, "plural_conjoined_owner", f"'{state.doc.tokens[anaphor.head - 2].text} и "
                                                              f"{anaphor.text(state.doc)} …'")
    subject = plural_named_subject(state, anaphor, decision) if anaphor.number == "plur" else None
    if subject is not None:
        return decision.link(subject.entity, "plural_named_subject",
                             f"'{state.doc.text[subject.start:subject.end]}' is its sentence's plural-named subject")
    reason = rules.plural_or_neuter(anaphor)
    return decision.reject("plural_or_neuter", reason) if reason else None


BRACKET_WORDS = 4  # at most this many words between a pronoun's brackets ("он (В. Мостовщиков)")


@rule("coref")
def bracketed_name(state: Resolution, anaphor: Anaphor) -> int | None:
    """A pronoun followed by a name in brackets is the entity the brackets name: the writer's gloss says whom a
    quoted or reported pronoun means ("«Он (Деркач) сказал …»", "«отмазывала его (Лукашенко)»", "«Если он
    (Израиль) хочет мира»"), whoever was named last. Every word inside the brackets must be a mention of that one
    entity, and the entity must agree with the pronoun ("него ($36 224)", "они (фанаты)" gloss nothing named)."""
    doc = state.doc
    opening = anaphor.head + 1
    if opening >= len(doc.tokens) or doc.tokens[opening].text != "(" \
            or doc.tokens[opening].sentence != doc.tokens[anaphor.head].sentence:
        return None
    closing = next((index for index in range(opening + 1, min(opening + BRACKET_WORDS + 2, len(doc.tokens)))
                    if doc.tokens[index].text == ")"), None)
    if closing is None or closing == opening + 1:
        return None
    inside = {state.by_token.get(index) for index in range(opening + 1, closing)
              if doc.tokens[index].pos != "PUNCT"}
    if len(inside) != 1 or None in inside:
        return None
    entity = inside.pop()
    return None if rules.agreement(anaphor, state.infos[entity]) else entity


def _glossed_decision(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision | None:
    """The decision a personal pronoun gets before any ranking: linked to the name its brackets gloss
    (`bracketed_name`), else a plural or neuter pronoun's (`_plural_decision`); None when neither applies."""
    glossed = bracketed_name(state, anaphor)
    if glossed is not None:
        return decision.link(glossed, "bracketed_name", f"'({state.doc.entities[glossed].name})' after it")
    return _plural_decision(state, anaphor, decision)


def _thing_or_event(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision | None:
    """The pronoun left unlinked before any candidate is weighed when what its noun or verb says of it fits only a
    thing or an event (`rules.thing_process`, `rules.event_subject`, `rules.taking_place`); None otherwise."""
    for name, check in (("thing_process", rules.thing_process), ("event_subject", rules.event_subject),
                        ("taking_place", rules.taking_place)):
        reason = check(state.doc, anaphor)
        if reason:
            return decision.reject(name, reason)
    return None


def resolve_personal(state: Resolution, anaphor: Anaphor) -> Decision:
    """"он", "его", "она": the best agreeing entity mentioned shortly before, unless an unnamed subject between is
    the likelier antecedent; one a name in brackets glosses is that name's (`bracketed_name`)."""
    decision = Decision(anaphor)
    early = _glossed_decision(state, anaphor, decision)
    if early is not None:
        return early
    early = _thing_or_event(state, anaphor, decision)
    if early is not None:
        return early
    best = candidates(state, anaphor, decision)
    best = {entity: item for entity, item in best.items() if not _past_spoken_role(state, anaphor, item[2], decision)}
    if not best:
        return only_outlet(state, anaphor, decision)
    owner = conjoined_owner(state, anaphor, best)
    if owner is not None:
        return decision.link(owner, "conjoined_owner", f"'{state.doc.tokens[anaphor.head - 2].text} и "
                                                       f"{anaphor.text(state.doc)} …'")
    kept = quote_content(state, anaphor, best, decision)
    chosen = ranking(state, anaphor, kept, decision)
    reason = reach(best[chosen.entity][0] - preference_cost(state, anaphor, chosen))
    if reason:
        return beyond_reach(state, anaphor, kept, decision, reason)
    last = max((ref for ref in state.before(anaphor) if ref.entity == chosen.entity), key=lambda ref: ref.end)
    thing = rules.object_thing(state.doc, anaphor, last, state.covered | set(state.by_token))
    if thing is not None:
        return decision.reject("object_thing", f"'{state.doc.tokens[thing].text}' is the object before it")
    covered = state.covered | set(state.by_token) | quotation_tokens(state, anaphor, chosen)
    rejected_for_thing = thing_rejection(state, anaphor, chosen.entity, last, covered, decision)
    if rejected_for_thing is not None:
        return rejected_for_thing
    body = named_thing_subject(state, anaphor, last) if state.infos[chosen.entity].type == "PER" else None
    if body is not None:
        return decision.reject("named_thing_subject", f"'{state.doc.entities[body.entity].name}' is a subject, closer")
    governor, after = scan_start(state.doc, chosen, covered)
    competitor = unheld_competitor(state.doc, anaphor, after, covered, decision)
    if competitor is not None and introduced_competitor(state, chosen.entity, competitor):
        return decision.link(chosen.entity, "introduced_competitor",
                             f"'{state.doc.tokens[competitor].text}' is the role it was introduced with")
    if competitor is not None and rules.named_aside(state.doc, competitor, anaphor):
        return decision.link(chosen.entity, "named_aside",
                             f"'{state.doc.tokens[competitor].text}' is a named person, outside the focus")
    if competitor is not None and competitor != governor and described_topic(state.doc, anaphor, competitor, covered):
        return decision.link(chosen.entity, "described_topic",
                             f"'{state.doc.tokens[competitor].text}' was an earlier sentence's subject")
    one_of = rules.one_of_competitor(state.doc, anaphor, chosen.end) if competitor is None else None
    if one_of is not None:
        return decision.reject("one_of_competitor", f"'{state.doc.tokens[one_of].text} из …' is someone new, closer")
    if competitor is not None:
        return competitor_rejection(state.doc, decision, competitor, chosen if competitor == governor else None)
    return ranked_link(state, anaphor, decision, (best, kept), chosen)


def _all_genitive(doc: Document, chosen: Referent) -> bool:
    """Every word of the name that has a case is genitive: "Эрдогана", "Алексея Навального"; not a name the parse
    hung on the noun though it is nominative, the noun's own name ("адвокат Чваски Джетро Эйзенштейн")."""
    words = doc.tokens[doc.token_at(chosen.start):doc.token_at(chosen.end - 1) + 1]
    cases = [token.feats.get("Case") for token in words if token.feats.get("Case")]
    return bool(cases) and all(case == "Gen" for case in cases)


def scan_start(doc: Document, chosen: Referent, covered: set[int]) -> tuple[int | None, int]:
    """Where the scan for a closer unnamed subject starts: at the subject noun whose genitive complement the chosen
    name is (`relatum_subject`, returned first), else right after the name (None first)."""
    governor = relatum_subject(doc, chosen, covered)
    return governor, doc.tokens[governor].start if governor is not None else chosen.end


@rule("coref")
def relatum_subject(doc: Document, chosen: Referent, covered: set[int]) -> int | None:
    """The head noun of the subject phrase that holds the chosen name as its genitive complement: "Представитель
    Эрдогана сказал … Он добавил", "Адвокат Навального заявил … По его словам", "пресс-секретарь Путина сообщил".
    The subject is the representative, an unnamed person who stands before the name inside its own phrase, so the
    scan for a closer unnamed subject (`rules.unnamed_competitor`) starts at that noun, not after the name. The
    noun's index; None when the name is no complement of a subject noun before it, or that noun is a mention of
    its own (`covered`), or no person ("включение Кадырова в список является подтверждением его политики"); only
    for a name (not a description the chosen entity was given), all of it genitive (`_all_genitive`)."""
    token = doc.tokens[chosen.head]
    governor = token.head
    if chosen.kind != "name" or not 0 <= governor < chosen.head or governor in covered \
            or rules.base(token.rel) != "nmod" or not _all_genitive(doc, chosen):
        return None
    noun = doc.tokens[governor]
    person = noun.feats.get("Animacy") == "Anim" or rules.speaking_source(doc, governor)  # not "включение Кадырова"
    return governor if noun.pos == "NOUN" and noun.rel.startswith("nsubj") and person else None


@rule("coref")
def held_competitor(doc: Document, competitor: int, anaphor: Anaphor) -> bool:
    """A subject noun whose own phrase holds the pronoun, within the pronoun's clause ("Дело в отношении него
    выделено", "контакт с ним очень важен", "вопрос о его аресте будет решаться"), is no competitor of it: a noun is
    never the antecedent of a pronoun it holds (as in `rules.named_aside`). Not across a clause boundary: "больной,
    которого не отправили…, так как он был нетранспортабельным" is that noun."""
    return competitor in rules.clause_path(doc, anaphor.head)


ARGUMENT_RELATIONS = frozenset({"obj", "iobj"})  # a verb's own object pronouns, bound by its subject


@rule("coref")
def bound_thing(doc: Document, competitor: int, anaphor: Anaphor) -> bool:
    """An inanimate subject noun is no competitor of a pronoun inside its own clause ("суд признал его виновным",
    "шторм гонит его обратно", "закон ему позволяет", "суд санкционировал его арест"): the subject's own object or
    possession would be "себя", "свой" (binding), so the pronoun means someone else, the person before. Only for the
    subject of the very verb whose clause holds the pronoun. A bare object or indirect object (`ARGUMENT_RELATIONS`)
    is always bound; a possessive or a pronoun after a preposition ("в его болезни", "для него") only when no
    agreeing thing stands between (`nearer_thing`) and the verb has no other subject (a misparse of two clauses:
    "репетиция была закрытой и приглашения на нее распространялись"). Not when the verb has a person or a pronoun
    as another subject ("Элемент демонтирован, но мы его восстановим")."""
    others = _other_subjects(doc, competitor, anaphor)
    if others is None:
        return False
    if rules.base(doc.tokens[anaphor.head].rel) in ARGUMENT_RELATIONS:
        return not any(other.pos == "PRON" or other.feats.get("Animacy") == "Anim" for other in others)
    return not others and nearer_thing(doc, anaphor, competitor) is None


def _other_subjects(doc: Document, competitor: int, anaphor: Anaphor) -> list[Token] | None:
    """The other subjects of the verb when `competitor` is an inanimate subject of the very verb whose clause holds
    the pronoun (`bound_thing`'s case), else None."""
    noun = doc.tokens[competitor]
    if noun.feats.get("Animacy") == "Anim":
        return None
    path = rules.clause_path(doc, anaphor.head)
    if noun.head != path[-1] or competitor in path:
        return None
    return [doc.tokens[child] for child in children(doc)[noun.head]
            if doc.tokens[child].rel.startswith("nsubj") and child != competitor]


def blocking_thing(doc: Document, competitor: int, anaphor: Anaphor) -> int | None:
    """The nearer agreeing thing that alone kept `bound_thing` from passing a subject thing (a possessive or
    prepositional pronoun, the verb with no other subject: `nearer_thing`); None in every other case, where the
    competitor blocks for its own reasons (another clause's subject, a person)."""
    if rules.base(doc.tokens[anaphor.head].rel) in ARGUMENT_RELATIONS:
        return None
    if _other_subjects(doc, competitor, anaphor) != []:  # not the clause's subject thing, or beside another subject
        return None
    return nearer_thing(doc, anaphor, competitor)


@rule("coref")
def nearer_thing(doc: Document, anaphor: Anaphor, after: int) -> int | None:
    """A possessive or prepositional pronoun means a thing when a singular inanimate noun or name that agrees with
    it stands between `after` (a subject thing) and the pronoun: "признание законности действий российского
    государства в его борьбе", "волна мигрантов убедила Россию в правильности ее курса", "комплекс, включающий
    один терминал, работает…, поскольку его мощность". The nearer thing is the likelier antecedent, so the subject
    thing before keeps blocking (`bound_thing` does not pass it). The index of that thing, None when there is none."""
    wanted = {anaphor.gender, "neut"} if anaphor.either_gender else {anaphor.gender}
    for index in range(anaphor.head - 1, after, -1):
        token = doc.tokens[index]
        if token.pos in ("NOUN", "PROPN") and token.feats.get("Animacy") != "Anim" \
                and token.feats.get("Number") != "Plur" and UD_GENDER.get(token.feats.get("Gender", ""), "") in wanted:
            return index
    return None


def competitor_rejection(doc: Document, decision: Decision, competitor: int,
                         relatum: Referent | None = None) -> Decision:
    """The pronoun left unlinked for the unnamed competitor: by `relatum_subject` when the competitor heads the
    subject phrase of the chosen name (`relatum`), by `nearer_thing` when a nearer agreeing thing kept a subject
    thing blocking, else by `unnamed_competitor`."""
    if relatum is not None:
        return decision.reject("relatum_subject", f"'{doc.tokens[competitor].text} "
                                                  f"{doc.text[relatum.start:relatum.end]}' is someone else, closer")
    reason = f"'{doc.tokens[competitor].text}' is closer and names no one"
    if decision.steps and decision.steps[-1].rule == "nearer_thing":
        return decision.reject("nearer_thing", f"{reason}; {decision.steps[-1].reason}")
    return decision.reject("unnamed_competitor", reason)


def unheld_competitor(doc: Document, anaphor: Anaphor, after: int, covered: set[int],
                      decision: Decision) -> int | None:
    """`rules.unnamed_competitor`, passing over the subject nouns that hold the pronoun (`held_competitor`) and the
    subject things that bind it (`bound_thing`); each one passed over is noted in the trace, and so is a nearer
    thing that keeps a subject thing blocking (`nearer_thing`)."""
    passed = set(covered)
    competitor = rules.unnamed_competitor(doc, anaphor, after, passed)
    while competitor is not None:
        if held_competitor(doc, competitor, anaphor):
            decision.note("held_competitor", "pass", None, f"'{doc.tokens[competitor].text}' holds the pronoun")
        elif bound_thing(doc, competitor, anaphor):
            decision.note("bound_thing", "pass", None, f"'{doc.tokens[competitor].text}' is its clause's subject, "
                                                       "a thing")
        else:
            thing = blocking_thing(doc, competitor, anaphor)
            if thing is not None:
                decision.note("nearer_thing", "score", None, f"'{doc.tokens[thing].text}' agrees and is nearer")
            break
        passed.add(competitor)
        competitor = rules.unnamed_competitor(doc, anaphor, after, passed)
    return competitor


@rule("coref")
def named_thing_subject(state: Resolution, anaphor: Anaphor, last: Referent) -> Referent | None:
    """A subject pronoun after a named organization or place that agrees with it and is the subject of its own or
    the previous sentence, nearer than the person ("«Восточный порт» - крупнейший на Дальнем Востоке, ежегодно он
    пропускает…", "Официально EADS не стал подтверждать эту информацию - он обязан…"): the pronoun goes on with
    that subject, not with the person `persons_first` would prefer; left unlinked (`thing_subject` for a named
    one). Not for a pronoun that speaks ("— добавил он"), nor for a body that speaks ("Кремль заявляет, что он"): the
    person its words are about stays in focus."""
    doc = state.doc
    pronoun = doc.tokens[anaphor.head]
    if anaphor.number != "sing" or not pronoun.rel.startswith("nsubj") or rules.speaks(doc, anaphor.head):
        return None
    for ref in state.before(anaphor):
        info = state.infos[ref.entity]
        if ref.start > last.end and ref.kind == "name" and ref.subject and info.type != "PER" \
                and anaphor.sentence - ref.sentence <= 1 and not rules.agreement(anaphor, info) \
                and not rules.speaks(doc, ref.head):
            return ref
    return None


def beyond_reach(state: Resolution, anaphor: Anaphor, best: Candidates, decision: Decision, reason: str) -> Decision:
    """A pronoun whose best antecedent is out of reach: the organization that spoke (`speaking_organization`), the
    outlet whose findings it owns (`reporting_findings`), else unlinked (`reach`)."""
    body = speaking_organization(state, anaphor, best)
    if body is not None:
        return decision.link(body, "speaking_organization", "its persons out of reach, the organization spoke")
    outlet = reporting_findings(state, anaphor)
    if outlet is not None:
        return decision.link(outlet, "reporting_findings", "the findings of the outlet that reported")
    return decision.reject("reach", reason)


def only_outlet(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision:
    """A pronoun with no candidate left: the outlet whose findings it owns when `reporting_outlet` turned down the
    only agreeing one ("Об этом сообщает газета Financial Times. По ее данным, …": `reporting_findings`), else
    unlinked by the filter that turned down the nearest candidate."""
    outlet = reporting_findings(state, anaphor, paragraph=True)
    if outlet is not None and not rules.agreement(anaphor, state.infos[outlet]) \
            and not cites_source(state.doc, outlet, anaphor):
        return decision.link(outlet, "reporting_findings", "the findings of the outlet that reported, the only "
                                                           "agreeing entity in reach")
    return decision.reject(unlinked_rule(decision), "no agreeing entity in reach")


REFERENCE_WORDS = REFERENCE_GERUNDS | {REFERENCE_NOUN}  # "со ссылкой на", "ссылаясь на", "сославшись на"


def cites_source(doc: Document, entity: int, anaphor: Anaphor) -> bool:
    """The outlet's last mention before the pronoun reports with a reference ("передает ТАСС со ссылкой на агентство
    Рёнхап. По его информации, …"): the findings are the cited source's, not the outlet's."""
    mention = max((m for m in doc.entities[entity].mentions if m.end <= doc.tokens[anaphor.head].start),
                  key=lambda m: m.end, default=None)
    if mention is None:
        return False
    first = doc.token_at(mention.start)
    end = doc.sentences[doc.tokens[first].sentence].token_end
    return any(doc.tokens[index].text.lower() in REFERENCE_WORDS for index in range(first, min(end, anaphor.head)))


@rule("coref")
def speaking_organization(state: Resolution, anaphor: Anaphor, best: Candidates) -> int | None:
    """"Минюст США 19 октября обвинил … . По его данным, …": a possessive that speaks ("по его данным", "по его
    словам"), when every person is out of reach, is the organization in reach that spoke (`rules.speaks`: the
    subject of a speech verb, the owner of a source noun), the cheapest; `ranking` puts persons first for "его",
    so without this it would stay unlinked."""
    doc = state.doc
    if not rules.persons_first(anaphor) or not rules.speech_owner(doc, anaphor.head) \
            or not rules.speaks(doc, anaphor.head):
        return None
    bodies = [(cost - preference_cost(state, anaphor, ref), start, entity)
              for entity, (cost, start, ref) in best.items()
              if state.infos[entity].type == "ORG" and rules.speaks(doc, ref.head)]
    bodies = [body for body in bodies if body[0] < rules.MAX_COST]
    return min(bodies)[2] if bodies else None


@rule("coref")
def reporting_findings(state: Resolution, anaphor: Anaphor, paragraph: bool = False) -> int | None:
    """"Об этом сообщило агентство Associated Press. По его данным, …": the findings ("по его данным", "по их
    информации": FINDINGS_NOUNS) of the outlet that reported in the sentence before or the pronoun's own, which
    `reporting_outlet` keeps out of the candidates (an outlet that reports is no one's "он", and "по его словам"
    after "сообщает ТАСС" is the person quoted). With `paragraph` (no other candidate left: `only_outlet`), also
    FINDINGS_SENTENCES back within the pronoun's paragraph ("Как сообщает телеканал BFMTV, … . Он ранил … . По
    его данным, …")."""
    doc = state.doc
    source = doc.tokens[anaphor.head].head
    if not 0 <= source < len(doc.tokens) or lemma_of(doc.tokens[source]) not in FINDINGS_NOUNS:
        return None
    outlets = [ref for ref in state.before(anaphor) if _findings_reach(state, anaphor, ref, paragraph)
               and ref.kind in ("name", "description") and state.infos[ref.entity].type == "ORG"
               and rules.speaks(doc, ref.head)
               and rules.reporting_outlet(doc, ref, state.infos[ref.entity])]
    return max(outlets, key=lambda ref: ref.start).entity if outlets else None


FINDINGS_SENTENCES = 2  # how far back an outlet's findings reach within one paragraph when nothing else agrees


def _findings_reach(state: Resolution, anaphor: Anaphor, ref: Referent, paragraph: bool) -> bool:
    """The outlet's mention is in the pronoun's sentence or the one before; with `paragraph`, up to
    FINDINGS_SENTENCES back with no paragraph break between."""
    distance = anaphor.sentence - ref.sentence
    if distance <= 1:
        return True
    return paragraph and distance <= FINDINGS_SENTENCES and "\n" not in state.doc.text[ref.end:anaphor.start]


SPOKE_REASONS = {"interjected_speaker": "named in an attribution inside the marks, not by the quoted words",
                 "last_speaker": "it spoke before the pronoun"}


def ranked_link(state: Resolution, anaphor: Anaphor, decision: Decision, candidates: tuple[Candidates, Candidates],
                chosen: Referent) -> Decision:
    """The link to the ranking's choice, under the rule that decided it: `held_competitor` when it let the pronoun
    past a subject noun that holds it, `quote_content` when it turned candidates down, `attribution_after` when it
    kept the chosen one from being taken for the quote's speaker, `new_subject` when it took the last speaker's
    preference away (`sentence_newcomer` likewise), `agreeing_newcomers` when it kept it for want of an agreeing
    newcomer, `last_speaker` when that preference won,
    `interjected_attribution` when the pronoun, inside the marks, reached back as one of the narration,
    `interjected_speaker` when the choice won as an attribution's subject inside the marks (`interjected_link`)."""
    best, kept = candidates
    if len(kept) < len(best):
        return decision.link(chosen.entity, "quote_content", f"best of {len(kept)} named outside the quotation")
    if chosen.entity in {step.entity for step in decision.steps if step.rule == "attribution_after"}:
        return decision.link(chosen.entity, "attribution_after", f"best of {len(best)}, named after the quotation "
                                                                  "outside its attribution, so not its speaker")
    newcomer = newcomer_rule(state, anaphor, decision, best, chosen)
    if newcomer:
        return decision.link(chosen.entity, newcomer, f"best of {len(best)}, {NEWCOMER_REASONS[newcomer]}")
    spoke = "interjected_speaker" if interjected_link(state, anaphor, kept, chosen) \
        else "last_speaker" if last_speaker(state, anaphor, kept, chosen) else ""
    if spoke:
        return decision.link(chosen.entity, spoke, f"best of {len(best)}, {SPOKE_REASONS[spoke]}")
    if any(step.rule == "interjected_attribution" for step in decision.steps):
        return decision.link(chosen.entity, "interjected_attribution", f"best of {len(best)}, reached as narration")
    topic = subordinate_object(state, anaphor, kept, chosen)
    if topic is not None:
        return decision.link(topic.entity, "subordinate_object", f"'{state.doc.text[topic.start:topic.end]}' in the "
                             f"clause before, whose subject is {state.doc.entities[chosen.entity].name}")
    nearer = nearest_in_sentence(state, anaphor, kept, chosen)
    if nearer is not None:
        return decision.link(nearer.entity, "nearest_in_sentence",
                             f"named after {state.doc.entities[chosen.entity].name} in the pronoun's sentence")
    own = sentence_person(state, anaphor, kept, chosen)
    if own is not None:
        return decision.link(own.entity, "sentence_person", f"named in the pronoun's sentence, "
                                                            f"{state.doc.entities[chosen.entity].name} only before it")
    rival = close_call(state, anaphor, kept, chosen)
    if rival is not None:
        return decision.reject("close_call", f"'{state.doc.entities[rival].name}' ranks as high")
    if any(step.rule == "held_competitor" for step in decision.steps):
        return decision.link(chosen.entity, "held_competitor", f"best of {len(best)}, the subject noun before it "
                                                               "holds it")
    if any(step.rule == "bound_thing" for step in decision.steps):
        return decision.link(chosen.entity, "bound_thing", f"best of {len(best)}, the subject thing before it "
                                                           "binds it")
    if any(step.rule == "bound_entity" for step in decision.steps):
        return decision.link(chosen.entity, "bound_entity", f"best of {len(best)}, the person its verb's subject "
                                                            "names turned down")
    return decision.link(chosen.entity, "ranking", f"best of {len(best)}")


NEWCOMER_REASONS = {"new_subject": "brought in after the last speaker",
                    "acting_newcomer": "another person acted after the last speaker",
                    "sentence_newcomer": "named in the pronoun's sentence after the last speaker",
                    "agreeing_newcomers": "the last speaker: no one brought in since agrees"}


def newcomer_rule(state: Resolution, anaphor: Anaphor, decision: Decision, best: Candidates,
                  chosen: Referent) -> str:
    """The newcomer rule that decided the ranking's choice: one that took the last speaker's preference away from
    another candidate (`new_subject`, `acting_newcomer`, `sentence_newcomer`), or `agreeing_newcomers` when the
    chosen one kept it because no one brought in since agrees and without it would have lost (to another
    candidate, or out of reach); "" when none did."""
    for name in ("new_subject", "acting_newcomer", "sentence_newcomer"):
        taken = {step.entity for step in decision.steps if step.rule == name}
        if taken and chosen.entity not in taken:
            return name
    if not any(step.rule == "agreeing_newcomers" for step in decision.steps) \
            or not rules.speaker_cost(state.doc, anaphor, chosen):
        return ""
    bare = best[chosen.entity][0] + rules.SPEAKER_BONUS
    lost = bare - preference_cost(state, anaphor, chosen) >= rules.MAX_COST \
        or any(item[0] < bare for entity, item in best.items() if entity != chosen.entity)
    return "agreeing_newcomers" if lost else ""


@rule("coref")
def subordinate_object(state: Resolution, anaphor: Anaphor, best: Candidates, chosen: Referent) -> Referent | None:
    """"Когда Трамп в очередной раз перебил его, он заявил": a subject pronoun whose own clause has, hanging on its
    verb, a clause before it with the ranking's person as subject and a pronoun that (by `binding`) means another
    person goes on with that pronoun's person: the pronoun chain carries the topic through the sentence, the person
    named in the subordinate clause only acts on it. The earlier pronoun's mention, None when there is none."""
    doc = state.doc
    token = doc.tokens[anaphor.head]
    if not token.rel.startswith("nsubj") or state.infos[chosen.entity].type != "PER":
        return None
    own = [ref for ref in state.before(anaphor) if ref.sentence == anaphor.sentence]
    subjects = {doc.tokens[ref.head].head for ref in own if ref.entity == chosen.entity
                and doc.tokens[ref.head].rel.startswith("nsubj")}
    for ref in reversed(own):
        if ref.kind != "pronoun" or ref.entity == chosen.entity or ref.entity not in best \
                or state.infos[ref.entity].type != "PER":
            continue
        clause = rules.clause_path(doc, ref.head)[-1]
        if clause in subjects and clause != token.head and doc.tokens[clause].head == token.head:
            return ref
    return None


@rule("coref")
def nearest_in_sentence(state: Resolution, anaphor: Anaphor, best: Candidates, chosen: Referent) -> Referent | None:
    """A possessive ("его", "её" owning a noun) or a pronoun after a preposition ("от него", "с ней") whose own
    sentence names the ranking's person and, after it, another agreeing person goes to the later, nearer one
    ("Буш сказал, что разочарован Шароном: его последнее выступление …", "Лесин потребовал уволить Плющева после
    того, как в его микроблоге …", "Фидель обменивается рукопожатиями с Чавесом, принимает от него подарки"): the
    subject preference carries a topic from sentence to sentence, but inside one sentence an owner or a
    prepositional object is the person just named (the clause's own subject is never one: `binding`). Not a
    subject or a dative ("он", "ему" go on with the subject: "Путин встретился с Лукашенко, и он заявил"), nor
    across a quotation's edge. The nearer person's mention, None when there is none."""
    doc = state.doc
    if not rules.owner_or_oblique(doc, anaphor.head) or state.infos[chosen.entity].type != "PER":
        return None
    own = [ref for ref in state.before(anaphor) if ref.sentence == anaphor.sentence]
    last = max((ref.end for ref in own if ref.entity == chosen.entity), default=None)
    quote = state.quote_of(anaphor.start, anaphor.end)
    later = [ref for ref in own if last is not None and ref.start >= last and ref.entity in best
             and ref.entity != chosen.entity and state.infos[ref.entity].type == "PER"
             and state.quote_of(ref.start, ref.end) == quote]
    return max(later, key=lambda ref: ref.start) if later else None


@rule("coref")
def sentence_person(state: Resolution, anaphor: Anaphor, best: Candidates, chosen: Referent) -> Referent | None:
    """A pronoun whose own sentence names, before it, exactly one agreeing person goes to that person, not to the
    ranking's choice named only in earlier sentences ("Интерес Кадырова очевиден. Если Масхадов перестанет
    твердить, что он законно избранный…", "Михаил Ходорковский просил дать ему восемь недель", "Когда военные
    пытались ловить Шамиля Басаева…, полтора дня он скрывался"): the later clauses of a sentence go on with the
    persons that sentence is about; salience and a subject carried over from the sentence before only order the
    candidates when the sentence itself names none. Not a name inside another quotation than the pronoun's, nor the
    source of "по словам X" (the words told may be of someone else: "По словам адвоката истца Роберта Хантмана, он
    не стремится…"), nor a name a subject pronoun stands above in its own clause (`_below_subject`: "Выслушав
    доклад Сергея Шойгу, он поручил…"); the clause's own subject is no candidate (`binding`). The person's mention,
    None when the sentence names the ranking's choice, none or two agreeing persons."""
    doc = state.doc
    if state.infos[chosen.entity].type != "PER":
        return None
    own = [ref for ref in state.before(anaphor) if ref.sentence == anaphor.sentence]
    if any(ref.entity == chosen.entity for ref in own):
        return None
    quote = state.quote_of(anaphor.start, anaphor.end)
    people: dict[int, Referent] = {}
    for ref in own:
        if ref.entity in best and state.infos[ref.entity].type == "PER" \
                and state.quote_of(ref.start, ref.end) == quote and not _according_source(doc, ref.head) \
                and not _below_subject(doc, anaphor, ref.head):
            people[ref.entity] = ref
    return next(iter(people.values())) if len(people) == 1 else None


def _below_subject(doc: Document, anaphor: Anaphor, index: int) -> bool:
    """The pronoun is its clause's subject and the token hangs in that clause below its predicate, through no clause
    with a subject of its own: an adjunct or object of the pronoun's verb, or of a gerund whose doer the pronoun is
    ("По приглашению Ивана Жданова он записал видео", "Благодаря пасу Луиса Суареса он открыл счет", "Выслушав
    доклад Сергея Шойгу, он поручил"). A name there is not who the pronoun is: the pronoun stands above it. A clause
    with its own subject lets it be ("Когда военные пытались ловить Шамиля Басаева…, полтора дня он скрывался")."""
    token = doc.tokens[anaphor.head]
    if not token.rel.startswith("nsubj"):
        return False
    predicate, below = token.head, children(doc)
    for ancestor in (index, *doc.ancestors(index)):
        if ancestor == predicate:
            return True
        if any(doc.tokens[child].rel.startswith("nsubj") for child in below[ancestor]):
            return False
    return False


def _according_source(doc: Document, index: int) -> bool:
    """The mention is the source of an attribution noun: "по словам | X", "по мнению | адвоката X"."""
    head = doc.tokens[apposition_root(doc, index)].head
    return 0 <= head < len(doc.tokens) and lemma_of(doc.tokens[head]) in ACCORDING_NOUNS


TIE_MARGIN = 0.15  # less than two salience steps: the ranking found nothing that tells the two apart


@rule("coref")
def close_call(state: Resolution, anaphor: Anaphor, best: Candidates, chosen: Referent) -> int | None:
    """Two agreeing candidates of one type whose costs lie within TIE_MARGIN: neither is nearer, more a subject
    nor more salient by more than one mention ("Дементьева … 14 выигранных против 16 у Мыскиной, - однако на
    задней линии она была лучше"; "Драуле обратился с просьбой признать его жертвой … Фридинский"), so the text
    gives the pronoun no antecedent the ranking can tell: left unlinked. The rival's entity, None when the choice
    is clear. Only for the plain ranking: a speaker, a quotation or a conjoined owner decides otherwise."""
    cost = best[chosen.entity][0]
    kind = state.infos[chosen.entity].type
    rivals = [(item[0], entity) for entity, item in best.items() if entity != chosen.entity
              and state.infos[entity].type == kind and item[2].sentence == chosen.sentence]
    if not rivals:
        return None
    rival_cost, rival = min(rivals)
    return rival if rival_cost - cost < TIE_MARGIN else None


@rule("coref")
def last_speaker(state: Resolution, anaphor: Anaphor, best: Candidates, chosen: Referent) -> bool:
    """A pronoun that speaks ("по его словам", "— добавил он", "он считает") goes on with the one who spoke last
    (`rules.speaker_cost`: a subject of a speech verb, the owner of "по словам X", "по оценке X", "по его мнению"),
    over a nearer person who did not speak ("… — констатировал российский лидер в интервью Павлу Зарубину. По его
    словам, …": Путин). True when that bonus decided the ranking: without it another candidate would come first."""
    doc = state.doc
    if not rules.speaks(doc, anaphor.head) or not rules.speaks(doc, chosen.head):
        return False
    cost = best[chosen.entity][0] + rules.SPEAKER_BONUS
    persons = rules.persons_first(anaphor) and state.infos[chosen.entity].type == "PER"
    return any(item[0] < cost for entity, item in best.items() if entity != chosen.entity
               and not (persons and state.infos[entity].type != "PER"))


def attributed_quote(state: Resolution, anaphor: Anaphor) -> tuple[int, int] | None:
    """The quotation a subject pronoun attributes, when it stands in the attribution right after the closing mark
    ("«…», — сказал он"), or the object of a citing verb there ("«…», — цитирует его ТАСС": `rules.cited`)."""
    doc = state.doc
    if state.quote_of(anaphor.start, anaphor.end) is not None or not (
            doc.tokens[anaphor.head].rel.startswith("nsubj") or rules.cited(doc, anaphor.head)):
        return None
    for opening, closing in state.quotes:
        between = doc.text[closing + 1:anaphor.start]
        if closing < anaphor.start and len(between) <= rules.ATTRIBUTION_CHARS \
                and between.lstrip(" ,.!?…").startswith(tuple(ALL_DASHES)) \
                and not any(mark in between for mark in QUOTE_MARKS + "\n"):
            return opening, closing
    return None


def quotation_tokens(state: Resolution, anaphor: Anaphor, chosen: Referent) -> set[int]:
    """The tokens of the quotation an attribution pronoun attributes, when its antecedent stands before it: the
    speaker's words hold no competitor ("«Бобслеист … выиграет», — сказал он")."""
    quote = attributed_quote(state, anaphor)
    if quote is None or chosen.end > quote[0]:
        return set()
    return set(state._tokens(quote[0], quote[1]))


@rule("coref")
def quote_content(state: Resolution, anaphor: Anaphor, best: Candidates, decision: Decision) -> Candidates:
    """"«…», — сказал он": a person last named inside quotation marks (`latest_quoted`: the quotation the pronoun
    attributes or an earlier one) is what a speaker talks about, not the one who speaks it; no candidate while a
    person last named outside them is one."""
    quote = attributed_quote(state, anaphor)
    if quote is None:
        return best
    before = state.before(anaphor)
    inside = {entity for entity in best if state.infos[entity].type == "PER" and latest_quoted(
        state, [ref for ref in before if ref.entity == entity and ref.kind != "pronoun"])}
    if not inside or not any(state.infos[entity].type == "PER" and entity not in inside for entity in best):
        return best
    for entity in sorted(inside):
        decision.note("quote_content", "reject", entity, "last named inside quotation marks")
    return {entity: item for entity, item in best.items() if entity not in inside}


def latest_quoted(state: Resolution, refs: list[Referent]) -> bool:
    """The latest of an entity's names and descriptions lies inside quotation marks: someone quoted words name, not
    the one who says them ("«…Шарипов и Чиао установят…», — добавил он": Шарипов is what the speaker talks about,
    whoever was named before); a name in an attribution set inside the marks ("…, — считает Хедли. — …") is the
    narration's."""
    if not refs:
        return False
    last = max(refs, key=lambda ref: ref.start)
    return state.quote_of(last.start, last.end) is not None and not rules.interjected_subject(state.doc, last.head)


@rule("coref")
def introduced_competitor(state: Resolution, entity: int, competitor: int) -> bool:
    """An unnamed subject in between competes with no one it describes: the role the chosen person was introduced
    with ("Представитель комиссии Иван Петров… — подчеркнул представитель комиссии. По его оценке…")."""
    return lemma_of(state.doc.tokens[competitor]) in state.introduced(entity)


POSSESSOR_COORDINATORS = frozenset({"и", "или"})  # one token before the possessive ("Брауна и его …")


@rule("coref")
def conjoined_owner(state: Resolution, anaphor: Anaphor, best: Candidates) -> int | None:
    """A possessive right after a person and a coordinating "и" is that person's: "Караме и его кабинет",
    "Брауна и его предшественника", "Ремчукова и его супруги" (the owner is the conjunct just named, however far
    the story's subject is). The person must be a candidate (agreeing, not bound); None when the pattern is not
    there."""
    if not _conjoined_possessive(state.doc, anaphor, "sing"):
        return None
    owner = state.by_token.get(anaphor.head - 2)
    if owner is None or owner not in best or state.infos[owner].type != "PER":
        return None
    return owner


def _conjoined_possessive(doc: Document, anaphor: Anaphor, number: str) -> bool:
    """True when the possessive `anaphor`, of `number`, stands right after a coordinating "и" and modifies the noun
    conjoined to the word before it: "Караме и его кабинет", "США и их союзники" (the owner is that word)."""
    token = doc.tokens[anaphor.head]
    noun = token.head
    return anaphor.number == number and token.rel.startswith(("det", "nmod")) \
        and anaphor.head < noun < len(doc.tokens) and doc.tokens[noun].rel == "conj" \
        and 0 <= doc.tokens[noun].head < anaphor.head and anaphor.head >= 2 \
        and fold(doc.tokens[anaphor.head - 1].text) in POSSESSOR_COORDINATORS


@rule("coref")
def plural_conjoined_owner(state: Resolution, anaphor: Anaphor) -> int | None:
    """A plural possessive right after an organization or place whose name is plural and a coordinating "и" is
    that entity's: "США и их союзники", "Соединенными Штатами и их союзниками", "«Тремя дорогами» и их
    территорией" — the conjunct just named owns the conjunct after it, as in `conjoined_owner` ("Караме и его
    кабинет"). Only a conjunct in the name's own case: "Санкции США и их последствия" joins "последствия" to
    "санкции" (the parse may hang it on "США"), and "их" is the sanctions'. A plural pronoun is otherwise left
    unlinked (`rules.plural_or_neuter`); a person is never plural."""
    doc = state.doc
    if not _conjoined_possessive(doc, anaphor, "plur") \
            or not conjunct_case(doc, anaphor.head - 2, doc.tokens[anaphor.head].head):
        return None
    owner = state.by_token.get(anaphor.head - 2)
    if owner is None or state.infos[owner].type not in ("ORG", "LOC") or state.infos[owner].number != "plur":
        return None
    return owner


@rule("coref")
def plural_named_subject(state: Resolution, anaphor: Anaphor, decision: Decision) -> Referent | None:
    """A plural personal pronoun after the subject of its own sentence that names an organization or a place by a
    plural name takes that subject up in another clause: "если США решат атаковать Иран, они могут …", "«Сибиряки»
    жалуются главе Росстата — их насильно записывают «русскими»". Only the sentence's last named subject before the
    pronoun, of the plural number (`EntityInfo.number`; a person is never plural: several persons are a split
    antecedent), in the pronoun's own quotation or outside any (the marks of a name alone are no quotation,
    `_quote_around`). Refused (noted in `decision`): a plural noun or another entity's
    conjoined name between them, the nearer group ("США, которые являются инициаторами размещения ракет, готовы
    убрать их", "США и Великобритания заявили, что они"); a pronoun the subject's own clause binds (`rules.binding`:
    "США укрепляют их позиции" is someone else's, the subject's own would be "свои"), or that stands in that clause
    by the words between (`_same_clause`, where the parse hung the subject elsewhere). Plural pronouns are otherwise
    left unlinked (`rules.plural_or_neuter`): in news they mostly stand for groups nobody names (coref100: 2,150 of
    2,537 plural pronouns of the dev part fall on chains no record name anchors)."""
    doc = state.doc
    subject = next((ref for ref in reversed(state.before(anaphor)) if ref.sentence == anaphor.sentence
                    and ref.subject and ref.kind == "name"), None)
    if subject is None:
        return None
    info = state.infos[subject.entity]
    if info.type not in ("ORG", "LOC") or info.number != "plur" \
            or _quote_around(state, subject) != state.quote_of(anaphor.start, anaphor.end):
        return None
    between = _nearer_group(state, subject, anaphor)
    reason = f"'{doc.tokens[between].text}' is a nearer group" if between is not None \
        else rules.binding(doc, anaphor, subject) or _same_clause(doc, subject, anaphor)
    if reason:
        decision.note("plural_named_subject", "reject", subject.entity, reason)
        return None
    return subject


def _quote_around(state: Resolution, ref: Referent) -> tuple[int, int] | None:
    """The direct quote a mention stands in, None for the marks of a name alone ("«Сибиряки» жалуются …")."""
    quote = state.quote_of(ref.start, ref.end)
    if quote is None or state.doc.text[quote[0] + 1:quote[1]].strip() == state.doc.text[ref.start:ref.end]:
        return None
    return quote


def _same_clause(doc: Document, subject: Referent, anaphor: Anaphor) -> str:
    """The pronoun stands in the subject's own clause: no finite verb after the subject followed by a clause mark or
    a conjunction before the pronoun ("поскольку США не будут вытеснять их производителей", where the parse hung
    the subject elsewhere and `rules.binding` cannot see it). A plural pronoun takes the subject up only in
    another clause ("если США решат атаковать Иран, они могут …")."""
    verb_seen = False
    for index in range(doc.token_at(subject.end), anaphor.head):
        token = doc.tokens[index]
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            verb_seen = True
        elif verb_seen and (token.text in CLAUSE_MARKS or is_dash(token.text) or token.pos in ("CCONJ", "SCONJ")):
            return ""
    return "in the subject's own clause"


def _nearer_group(state: Resolution, subject: Referent, anaphor: Anaphor) -> int | None:
    """A plural noun outside any name, or a name conjoined to another, between the subject and the pronoun: the
    group a plural pronoun likelier takes up."""
    doc = state.doc
    for index in range(doc.token_at(subject.end), anaphor.head):
        token = doc.tokens[index]
        if index in state.covered and rules.base(token.rel) == "conj" and state.by_token.get(index) != subject.entity:
            return index
        if index not in state.covered and token.pos == "NOUN" and token.feats.get("Number") == "Plur":
            return index
    return None


def conjunct_case(doc: Document, name: int, noun: int) -> bool:
    """The noun after "и" is in the name's case, as a conjunct is; an animate plural's accusative is its genitive
    ("поддерживать США и их союзников": slovnet tags one Acc, the other Gen)."""
    if same_case(doc, name, noun):
        return True
    cases = {doc.tokens[name].feats.get("Case"), doc.tokens[noun].feats.get("Case")}
    return cases == {"Acc", "Gen"} and doc.tokens[noun].feats.get("Animacy") == "Anim"


@rule("coref")
def described_topic(doc: Document, anaphor: Anaphor, competitor: int, covered: set[int]) -> bool:
    """An unnamed person noun that was the subject of an earlier sentence competes with no subject pronoun: it
    re-describes the named person the story is about ("Елена Дементьева … Серебряная призерка Олимпиады в хорошей
    форме. Во всяком случае она …", "Аленичев … полузащитник сборной заработал пенальти. … он"). A role noun with
    a complement ("мэр Твери") and any competitor in the pronoun's own sentence still compete."""
    token = doc.tokens[competitor]
    if not doc.tokens[anaphor.head].rel.startswith("nsubj") or token.sentence >= anaphor.sentence \
            or token.feats.get("Animacy") != "Anim" or lemma_of(token) in PERSON_ROLES:
        return False
    own = doc.tokens[doc.sentences[anaphor.sentence].token_start].start
    return rules.unnamed_competitor(doc, anaphor, own, covered) is None


# descriptions -----------------------------------------------------------------------------------------------
def _office_or_name_ahead(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision | None:
    """The rejection of a person noun that names an office ("на должность представителя": `post_of_role`), a
    capacity ("в качестве адвоката": `capacity_phrase`) or
    introduces the name after it (`name_ahead`, past appositions `apposed_name`); None when it does neither."""
    reason = rules.post_of_role(state.doc, anaphor)
    if reason:
        return decision.reject("post_of_role", reason)
    reason = rules.capacity_phrase(state.doc, anaphor)
    if reason:
        return decision.reject("capacity_phrase", reason)
    reason = rules.name_ahead(state.doc, anaphor, state.persons)
    if reason:
        return decision.reject("name_ahead", reason)
    reason = rules.apposed_name(state.doc, anaphor, state.persons)
    return decision.reject("apposed_name", reason) if reason else None


def resolve_person(state: Resolution, anaphor: Anaphor) -> Decision:
    """A role noun: the person introduced in that role, else for a generic role the subject just before; never
    another person than the one whose name its own phrase runs over (`own_name_inside`), nor one of the other sex
    than a noun of one sex names (`sexed_noun`)."""
    if lemma_of(state.doc.tokens[anaphor.head]) in KIN_SIDES:
        kin = named_kin(state, anaphor)
        if kin.entity is not None:
            return kin
    return sexed_noun(state, own_name_inside(state, resolve_role(state, anaphor)))


@rule("coref")
def sexed_noun(state: Resolution, decision: Decision) -> Decision:
    """A person noun of one sex (`lang.lexicon.SEXED_PERSON_NOUNS`: kin and ranks of birth, "отец", "мать",
    "принц") names a person of its grammatical gender only: a link to a person of the other gender is turned down
    ("Гвинет Пэлтроу … сообщением о смерти отца": not Гвинет). A masculine role noun ("президент", "адвокат")
    names women too and is not read."""
    if decision.entity is None:
        return decision
    token = state.doc.tokens[decision.anaphor.head]
    sex = noun_sex(token)
    gender = state.infos[decision.entity].gender
    if not sex or not gender or gender == sex:
        return decision
    linked = state.doc.entities[decision.entity].name
    return decision.reject("sexed_noun", f"'{token.text}' names a person of {sex} gender, not {linked} ({gender})")


def own_name_inside(state: Resolution, decision: Decision) -> Decision:
    """`rules.name_inside`: a role phrase cut over a person's name ("глава Республики Северная Осетия - Алания
    Александр Дзасохов") describes that person; a link to anyone else is turned down. A link to that person
    stays ("профессор МВТУ им. Баумана Анатолий Бабкин" -> Бабкин)."""
    if decision.entity is None:
        return decision
    inside = rules.name_inside(state.doc, decision.anaphor, state.persons)
    owner = state.by_token.get(inside) if inside is not None else None
    if inside is None or owner == decision.entity:
        return decision
    linked = state.doc.entities[decision.entity].name
    return decision.reject("name_inside", f"its own phrase runs over the name '{state.doc.tokens[inside].text}', "
                                          f"not {linked}'s")


def resolve_role(state: Resolution, anaphor: Anaphor) -> Decision:
    """`resolve_person` before its own-name check."""
    decision = Decision(anaphor)
    doc = state.doc
    if (rejected := _office_or_name_ahead(state, anaphor, decision)) is not None:
        return rejected
    wanted = role_lemmas(doc, anaphor)
    found, former = present_holders(state, anaphor, introduced_role(state, anaphor, wanted), wanted, decision)
    found, other_heads = same_office_heads(state, anaphor, found, wanted, decision)
    complement = Complement(state, anaphor)
    entity = role_complement(state, found, complement, wanted)
    if entity is not None and not _fitting_country(state, anaphor, [entity], decision):
        found = [other for other in found if not country_mismatch(state, anaphor, other)]
        entity = role_complement(state, found, complement, wanted)
    if entity is not None:
        titles = (state.introduced(entity) | introduced_offices(state, entity)) & wanted
        return decision.link(entity, "introduced_role", f"introduced as {sorted(titles)}")
    if complement.turned_down:
        return decision.reject("organization_head", f"{state.doc.entities[complement.turned_down[0]].name} was "
                                                    f"introduced with another title, not as head of "
                                                    f"'{complement.lemma}'")
    if found:
        entity = office_holder(state, anaphor, wanted) if complement.entity is not None or complement.country else None
        if entity is not None:
            return decision.link(entity, "office_holder", "the one holder of the office the story names")
        return decision.reject("role_complement", f"nobody introduced as {sorted(wanted)} of "
                                                  f"'{complement.lemma or complement.consumed}'")
    found = generic_role(state, anaphor, decision)
    if found is not None:
        return decision.link(found.entity, "generic_role", f"subject '{doc.text[found.start:found.end]}'")
    entity = headline_role(state, anaphor)
    if entity is not None:
        return decision.link(entity, "headline_role", f"introduced as '{anaphor.lemma}'")
    entity = office_holder(state, anaphor, wanted)
    if entity is not None and not present_holders(state, anaphor, [entity], wanted, decision)[0]:
        entity, former = None, former or [entity]
    if entity is not None:
        return decision.link(entity, "office_holder", "the one holder of the office the story names")
    if (spoken := speaking_role(state, anaphor, wanted, decision)) is not None:
        return _speaking_role_link(state, decision, spoken)
    if (turned := _turned_down(state, decision, other_heads, former, wanted)) is not None:
        return turned
    if any(step.rule == "country_mismatch" for step in decision.steps):
        return decision.reject("country_mismatch", "every candidate is of another country")
    if (described := _described_person(state, anaphor, decision)) is not None:
        return described
    return decision.reject("introduced_role", f"nobody introduced as {sorted(wanted)}")


def _described_person(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision | None:
    """A role noun nobody was introduced with: the person its age or country describes (`aged_person`), else the
    story's figure for an occupation (`story_figure`); None when neither."""
    entity = aged_person(state, anaphor, decision)
    if entity is not None:
        return decision.link(entity, "aged_person", f"the one {anaphor.gender or 'agreeing'} person named before it")
    if (figure := story_figure(state, anaphor, decision)) is not None:
        return decision.link(figure, "story_figure", "the story's figure: latest, most mentioned, first named")
    return None


def _turned_down(state: Resolution, decision: Decision, other_heads: list[int], former: list[int],
                 wanted: set[str]) -> Decision | None:
    """The rejection of a role noun whose only candidates headed another office (`head_of_other_office`) or held
    the role before (`former_holder`); None when there were none."""
    if other_heads:
        return decision.reject("head_of_other_office", f"{state.doc.entities[other_heads[0]].name} was introduced "
                                                       f"as the head of another office")
    if former:
        return decision.reject("former_holder", f"{state.doc.entities[former[0]].name} was introduced only as a "
                                                f"former {sorted(wanted)}: the role is its present holder's")
    return None


@rule("coref")
def former_holder(state: Resolution, anaphor: Anaphor, entity: int, wanted: set[str]) -> bool:
    """A role noun the text does not mark as former ("президент", "глава Белого дома", not "экс-президент",
    "бывший глава") names the role's holder in the story's present: a person introduced with the role only as a
    former holder ("вместе с бывшим президентом Бараком Обамой … Глава Белого дома планировал") is not it; unless
    the sentence names a year, the time the role is read at ("в 2011 году немецкого министра обвинили")."""
    return introduced_only_as_former(state, anaphor.lemma, anaphor.sentence, anaphor.head,
                                     _anaphor_tokens(state, anaphor), entity, wanted)


def introduced_only_as_former(state: Resolution, lemma: str, sentence: int, head: int, tokens: list[int],
                              entity: int, wanted: set[str] | frozenset[str]) -> bool:
    """True when a role noun (`lemma` headed at `head`, its `tokens`) not marked as former, in a sentence that names
    no year, is one of the `wanted` roles the person `entity` was introduced with only as a former holder."""
    if lemma.startswith(FORMER_PREFIX) or dated_sentence(state.doc, sentence) \
            or described_former(state.ctx, head, tokens):
        return False
    return role_tenses(state.ctx, entity, frozenset(wanted)) == {True}


def _anaphor_tokens(state: Resolution, anaphor: Anaphor) -> list[int]:
    """The token indices of the anaphor's span, with the head's own modifiers before it ("бывший | президент")."""
    own = range(*state.doc.token_range(anaphor.start, anaphor.end))  # binary searches, no walk over the document
    return sorted(set(own) | {index for index in children(state.doc)[anaphor.head] if index < anaphor.head})


def present_holders(state: Resolution, anaphor: Anaphor, found: list[int], wanted: set[str],
                    decision: Decision) -> tuple[list[int], list[int]]:
    """`found` without the persons `former_holder` turns down (each noted on the decision), and those persons."""
    kept, former = [], []
    for entity in found:
        if former_holder(state, anaphor, entity, wanted):
            decision.note("former_holder", "reject", entity, f"introduced only as a former {sorted(wanted)}")
            former.append(entity)
        else:
            kept.append(entity)
    return kept, former


def same_office_heads(state: Resolution, anaphor: Anaphor, found: list[int], wanted: set[str],
                      decision: Decision) -> tuple[list[int], list[int]]:
    """`found` without the persons `head_of_other_office` turns down (each noted on the decision), and those persons."""
    kept, turned = [], []
    for entity in found:
        if head_of_other_office(state, anaphor, entity, wanted):
            decision.note("head_of_other_office", "reject", entity,
                          f"introduced as the head of another office, not as {sorted(wanted - {anaphor.lemma})}")
            turned.append(entity)
        else:
            kept.append(entity)
    return kept, turned


MINISTER = "министр"  # the office "глава МВД", "глава министерства" name (`ROLE_SYNONYMS`)


@rule("coref")
def head_of_other_office(state: Resolution, anaphor: Anaphor, entity: int, wanted: set[str]) -> bool:
    """A "глава" whose genitive names an office other than a ministry ("глава государства": a president,
    `ROLE_SYNONYMS`) is not a person introduced as a minister or the head of a ministry ("главой МВД - Руслан
    Цакаев", "бывший глава МВД Украины Юрий Кравченко") and never with that office's title or genitive (True:
    turned down). Only a ministry: the press swaps the heads of state and of government ("глава литовского
    правительства Валдас Адамкус" for the president), never a minister for either."""
    doc = state.doc
    if anaphor.complement is None:
        return False
    role, consumed = anaphor.lemma.removeprefix(FORMER_PREFIX), lemma_of(doc.tokens[anaphor.complement])
    if f"{role} {consumed}" not in ROLE_SYNONYMS or MINISTER in wanted or state.introduced(entity) & (wanted - {role}):
        return False
    words = introduced_words(state.ctx, entity)
    return consumed not in words and (MINISTER in words or any(ROLE_SYNONYMS.get(f"{role} {word}") == {MINISTER}
                                                               for word in words))


def role_lemmas(doc: Document, anaphor: Anaphor) -> set[str]:
    """The role noun and the roles it stands for ("глава правительства" -> премьер), by its genitive."""
    complement = lemma_of(doc.tokens[anaphor.complement]) if anaphor.complement is not None else ""
    return _role_and_synonyms(anaphor.lemma.removeprefix(FORMER_PREFIX), complement)


def _role_and_synonyms(lemma: str, complement: str) -> set[str]:
    """The role lemma and the roles it stands for with its genitive complement's lemma ("глава" + "правительство");
    a body's head stands for its own head titles too ("глава ОПЕК": its генсек, `offices.body_head_titles`)."""
    paired = ROLE_SYNONYMS.get(f"{lemma} {complement}")
    if paired:
        return {lemma} | set(paired)
    return {lemma} | set(ROLE_SYNONYMS.get(lemma, frozenset())) | body_head_titles(lemma, complement)


class Complement:
    """What narrows a role noun: the name after it ("президент | Анголы"), the entity that name mentions, and the
    genitive a role synonym consumed ("глава | МИД" is a minister: "мид")."""

    def __init__(self, state: Resolution, anaphor: Anaphor) -> None:
        doc = state.doc
        self.consumed = ""
        self.entity: int | None = None
        self.lemma = ""
        self.country = ""  # the country a country adjective of the role names ("французский лидер": франция)
        self.noun = ""  # a common noun that narrows it and names no entity ("глава | комитета", "лидер | фракции")
        self.role = anaphor.lemma.removeprefix("экс-")  # the role noun itself ("глава" of "экс-глава ЮКОСа")
        self.turned_down: list[int] = []  # persons `organization_head` turned down
        index = anaphor.complement
        if index is None:
            self.country = country_modifier(state, anaphor)
            return
        if f"{anaphor.lemma.removeprefix('экс-')} {lemma_of(doc.tokens[index])}" in ROLE_SYNONYMS:
            self.consumed, owner = lemma_of(doc.tokens[index]), index
            index = next((i for i in range(owner + 1, min(owner + 4, len(doc.tokens))) if doc.tokens[i].head == owner
                          and doc.tokens[i].feats.get("Case") == "Gen" and doc.tokens[i].pos in ("NOUN", "PROPN")), -1)
            if index < 0:
                return
        entity = state.by_token.get(index)
        if entity is not None and state.infos[entity].type in ("LOC", "ORG"):
            self.entity, self.lemma = entity, lemma_of(doc.tokens[index])
        elif entity is None and _narrowing_noun(doc.tokens[index]) \
                and not _dative_after_genitive(doc.tokens[anaphor.head], doc.tokens[index]):
            self.noun = lemma_of(doc.tokens[index])
            if self.noun in ORGANIZATION_KINDS:  # "глава холдинга": the organization the noun refers to
                self.entity = latest_organization(state.ctx, self.noun, anaphor.start,
                                                  sentences=NAMED_ORGANIZATION_SENTENCES)

    def forms(self, state: Resolution) -> list[list[set[str]]]:
        """The word lemmas of each name the complement's entity goes by ("Россия", "РФ")."""
        if self.country:
            aliases = COUNTRY_NAME_VARIANTS.get(self.country, frozenset({self.country}))
            return [[{word} for word in alias.split()] for alias in aliases]
        if self.entity is None:
            return []
        aliases = next((names for names in COUNTRY_NAME_VARIANTS.values() if fold(self.lemma) in names
                        or fold(state.doc.entities[self.entity].name) in names), frozenset())
        return [[{self.lemma}], *_name_forms(state, self.entity), *[[{word} for word in alias.split()]
                                                                   for alias in aliases]]


def country_modifier(state: Resolution, anaphor: Anaphor) -> str:
    """A country adjective of a role noun ("французский лидер", "российского президента") narrows it like a
    genitive country does ("президент Франции"): the country's lemma, or "" when the role has none."""
    doc = state.doc
    for index in range(max(anaphor.head - 3, 0), anaphor.head):
        token = doc.tokens[index]
        country = COUNTRY_ADJECTIVES.get(lemma_of(token)) if token.head == anaphor.head and token.pos == "ADJ" else None
        if country:
            return fold(country)
    return ""


COMPLEMENT_STEM = 5  # the shortest stem a name and its adjective may share ("украин-а", "украин-ский")


def _same_stem(first: str, second: str) -> bool:
    """A name's lemma and a word of the same name: equal, the country a country adjective names ("французский" ->
    Франция), or the name without its final vowel opening the other word ("Украина" / "украинский"; not "Австрия" /
    "Австралия")."""
    first, second = fold(first), fold(second)
    if not first or not second:  # a name's quotation mark or dash folds to nothing and names nothing
        return False
    if first == second or fold(COUNTRY_ADJECTIVES.get(first, "")) == second \
            or fold(COUNTRY_ADJECTIVES.get(second, "")) == first:
        return True
    short, longer = sorted((first, second), key=len)
    stem = short[:-1] if short[-1:] in "аяеиоуыюь" else short
    return len(stem) >= COMPLEMENT_STEM and longer.startswith(stem)


def _names_in(words: set[str], forms: list[list[set[str]]]) -> bool:
    """One of the names (each a list of its words' lemmas) has all its words among `words`."""
    return any(form and all(any(_same_stem(lemma, word) for lemma in part for word in words) for part in form)
               for form in forms)


@rule("coref")
def role_complement(state: Resolution, found: list[int], complement: Complement, wanted: set[str]) -> int | None:
    """A role with a named complement ("президент Анголы", "глава МИД Украины", "кубинский лидер") is not a person
    introduced with another place or organization of its type ("президент России X"): the latest of `found`
    (latest first) introduced with that complement, else the latest introduced with no other such name. A "глава" a
    synonym narrows ("глава МИД": a minister) is not a person introduced as another kind of head ("президент")."""
    if complement.consumed:
        others = ROLE_SYNONYMS.get("глава", frozenset()) - wanted
        found = [entity for entity in found if state.introduced(entity) & (wanted - {"глава"})
                 or not state.introduced(entity) & others]
    if complement.noun:
        return common_complement(state, found, complement)
    forms = complement.forms(state)
    if not forms:
        return found[0] if found else None
    kind = state.infos[complement.entity].type if complement.entity is not None else "LOC" if complement.country \
        else ""
    acronyms = {fold(mention.text) for mention in state.doc.entities[complement.entity].mentions
                if mention.text.isupper()} if complement.entity is not None else set()
    others = [_name_forms(state, entity) for entity in range(len(state.doc.entities)) if entity != complement.entity
              and state.infos[entity].type == kind and not _expands(state.doc.entities[entity].name, acronyms)
              and not (complement.country and _names_in(_words(_name_forms(state, entity)), forms))]
    loose = None
    for entity in found:
        words = complement_words(state.ctx, entity)
        if _names_in(words, forms):
            return entity
        if loose is None and not any(_names_in(words, other) for other in others):
            if organization_head(state, entity, complement, kind):
                complement.turned_down.append(entity)
                continue
            loose = entity
    return loose


@rule("coref")
def organization_head(state: Resolution, entity: int, complement: Complement, kind: str) -> bool:
    """A role whose complement names an organization ("глава Минтранса", "экс-глава ЮКОСа", "главой Верховного
    суда") heads that organization: a person introduced neither with it nor with the role noun itself, only with
    another title ("президент X", "премьер-министр X", a synonym of "глава"), is someone else (True: turned down).
    A body named by its seat stands for its office ("глава Белого дома": a "президент X"; `SEAT_METONYMS`). A
    country's or region's role keeps the looser reading ("президент Анголы" for a "президент X" named before)."""
    if kind != "ORG" or complement.entity is None or complement.role in state.introduced(entity):
        return False
    seat = SEAT_METONYMS.get(fold(state.doc.entities[complement.entity].name.lower()),
                             SEAT_METONYMS.get(complement.lemma, frozenset()))
    return not state.introduced(entity) & seat  # "глава Белого дома" is the president introduced before


def _narrowing_noun(token: Token) -> bool:
    """A common noun that narrows a role to an office ("комитета", "фракции"): no place noun, which refers to a
    place of its own ("президент страны"), and no person ("адвокат потерпевшего": someone's lawyer)."""
    return token.pos == "NOUN" and lemma_of(token) not in PLACE_KINDS and lemma_of(token) not in PERSON_ROLES \
        and token.feats.get("Animacy") != "Anim"


def _dative_after_genitive(role: Token, noun: Token) -> bool:
    """A genitive role followed by a noun whose form is also a dative ("указом президента | комиссии дано время"):
    the noun may be the dative of a word after it, no complement of the role, so it narrows nothing."""
    return role.feats.get("Case") == "Gen" and any(parse.tag.case == "datv" for parse in parses(noun.text.lower()))


def common_complement(state: Resolution, found: list[int], complement: Complement) -> int | None:
    """A role narrowed by a common noun that names no entity ("глава комитета", "лидер фракции", "руководитель
    отдела") is someone introduced with that noun ("председатель комитета Госдумы Иван Петров") or, for an
    organization noun, with the organization it refers to ("глава РАО ЕЭС X … глава холдинга"): the latest of
    `found`. A person introduced in another office of the same title is someone else ("глава правительства X" is
    no "глава комитета"). A place noun ("президент страны") refers to a place of its own and does not narrow."""
    forms = _name_forms(state, complement.entity) if complement.entity is not None else []
    for entity in found:
        words = complement_words(state.ctx, entity)
        if complement.noun in words or (forms and _names_in(words, forms)):
            return entity
    return None


def _words(forms: list[list[set[str]]]) -> set[str]:
    """Every word lemma of the names."""
    return {word for form in forms for part in form for word in part}


def _expands(name: str, acronyms: set[str]) -> bool:
    """The name is what an acronym stands for ("Российский футбольный союз" for "РФС")."""
    initials = fold("".join(word[0] for word in name.split() if len(word) > 1)).upper()
    return any(initials.startswith(acronym.upper()) for acronym in acronyms if len(acronym) > 1)


def introduced_words(ctx: Context, entity: int) -> set[str]:
    """Every lemma of the role phrases a person was introduced with (and of its roles)."""
    return set(introduction_lemmas(ctx, entity)) | {lemma for role in ctx.doc.entities[entity].roles
                                                     for word in role.split() for lemma in word_lemmas(word)}


def complement_words(ctx: Context, entity: int) -> set[str]:
    """`introduced_words` and the words of the person's glossed role phrases (`glosses.glossed_introductions`:
    "Президент Международной федерации футбола (ФИФА) | Зепп Блаттер"), which a role's complement is read against
    ("глава ФИФА"); only there: a glossed phrase narrows no other rule's match."""
    glossed = {lemma for gloss in glossed_introductions(ctx, entity) for lemma in gloss.lemmas}
    return introduced_words(ctx, entity) | glossed


def _name_forms(state: Resolution, entity: int) -> list[list[set[str]]]:
    """The names an entity goes by, each as its words' lemmas."""
    names = {mention.text for mention in state.doc.entities[entity].mentions if mention.kind == "name"}
    return [[word_lemmas(word) | {fold(word)} for word in name.split()] for name in names]


@rule("coref")
def introduced_role(state: Resolution, anaphor: Anaphor, wanted: set[str]) -> list[int]:
    """A role noun ("президент", "глава правительства") is the latest person introduced with it.

    Or with a role it stands for, within ROLE_SENTENCES and agreeing in gender: those persons, latest first. A
    person introduced as the head of a country's body is introduced with its office too ("Глава правительства Швеции
    Йоран Перссон" for "премьер": `introduced_offices`), for this match only: the office does not set the person
    apart from another office's holder (the press swaps "глава правительства" and "глава государства"); so is a person
    whose role phrase a bracketed gloss parts from the name ("Президент … (ФИФА) Зепп Блаттер": `glossed_roles`)."""
    candidates = []
    for ref in state.persons_before(anaphor, ROLE_SENTENCES):
        if state.introduced(ref.entity) & wanted:
            candidates.append((ref.start, ref.entity))
        elif offices := introduced_offices(state, ref.entity) & wanted:
            fired("coref", "introduced_office", ref.start, ref.end,
                  f"introduced as the head of a body: {sorted(offices)}")
            candidates.append((ref.start, ref.entity))
        elif glossed := glossed_roles(state.ctx, ref.entity) & wanted:
            fired("coref", "glossed_role", ref.start, ref.end, f"introduced across a gloss as {sorted(glossed)}")
            candidates.append((ref.start, ref.entity))
    return list(dict.fromkeys(entity for _, entity in sorted(candidates, reverse=True)))


@rule("coref")
def introduced_noun(state: Resolution, anaphor: Anaphor) -> Decision:
    """A person noun of no role lexicon ("американец", "россиянка", "боевик", "банкир") is the latest person
    introduced with that very noun ("американца Джона Макинроя … для американца"), within ROLE_SENTENCES and
    agreeing in gender: no synonym and no person in focus stands in for the introduction."""
    decision = Decision(anaphor)
    if (rejected := _office_or_name_ahead(state, anaphor, decision)) is not None:  # "должность спецпредставителя"
        return rejected
    country = country_modifier(state, anaphor)  # "канадский боксер": no boxer introduced as Russian
    introduced = introduced_role(state, anaphor, {anaphor.lemma})
    found = [entity for entity in introduced
             if not country or any(_same_stem(country, word) for word in introduced_words(state.ctx, entity))]
    people = demonym_of_introduction(state, anaphor) if not found else []
    if people:
        return decision.link(people[0], "demonym_of_introduction", f"a '{anaphor.lemma}' introduced by a country")
    # a person introduced with the noun but not of this country is set apart, not described: no `aged_person`
    entity = aged_person(state, anaphor, decision) if not introduced else None
    if entity is not None:
        return decision.link(entity, "aged_person", f"the one {anaphor.gender or 'agreeing'} person named before it")
    if not found and not introduced and (figure := story_figure(state, anaphor, decision)) is not None:
        return decision.link(figure, "story_figure", "the story's figure: latest, most mentioned, first named")
    if not found:
        return decision.reject("introduced_noun", f"nobody introduced as '{anaphor.lemma}'")
    return decision.link(found[0], "introduced_noun", f"introduced as '{anaphor.lemma}'")


@rule("coref")
def repeated_introduction(state: Resolution, anaphor: Anaphor) -> Decision:
    """A person noun that mostly brings in someone new ("эксперт", "журналист", "судья", "водитель") repeats the
    noun the story introduced a person with ("журналист New York Times Чжао Янь … Журналиста обвинили", "член ЦИК
    Геннадий Райков … по словам члена ЦИК"): the earlier apposition is what the text tells of that person. The latest
    such person within ROLE_SENTENCES, agreeing in gender, introduced with the noun or a synonym of it ("защитник" for
    the "адвокат" named last); a country adjective or a genitive complement of the noun must be among the
    introduction's words ("эксперт «НИ»", not an expert of another body), and a person noun after it is not the
    person's own role ("представителя беглого предпринимателя" is not the businessman)."""
    decision = Decision(anaphor)
    if (rejected := _office_or_name_ahead(state, anaphor, decision)) is not None:  # "на должность представителя"
        return rejected
    if _name_follows(state, anaphor):  # "представитель так называемой «ДНР» Денис Пушилин": it introduces him
        return decision.reject("repeated_introduction", "a name follows in its phrase: it introduces that one")
    modifier = _own_modifier(state.doc, anaphor.head)
    if modifier is not None:
        return decision.reject("repeated_introduction", f"'{state.doc.tokens[modifier].text}' after it narrows it to "
                                                        "someone of its own")
    narrowing = country_modifier(state, anaphor)
    relatum = ""  # "представителя беглого предпринимателя": a person noun after it names whose the noun is
    if anaphor.complement is not None:
        narrowing = lemma_of(state.doc.tokens[anaphor.complement])
        relatum = narrowing if state.doc.tokens[anaphor.complement].feats.get("Animacy") == "Anim" else ""
    wanted = role_lemmas(state.doc, anaphor)  # "защитник": the "адвокат" named last is meant too
    found = [entity for entity in introduced_role(state, anaphor, wanted) if apposed_role(state, entity, wanted)
             and (not narrowing or any(_same_stem(narrowing, word) for word in introduced_words(state.ctx, entity))
                  or _body_named_otherwise(state, anaphor, entity, wanted))
             and relatum not in state.introduced(entity)]  # no one is his own representative
    if not found and (spoken := speaking_role(state, anaphor, wanted, decision)) is not None:
        return _speaking_role_link(state, decision, spoken)
    if not found:
        return decision.reject("repeated_introduction", f"nobody introduced as '{anaphor.lemma}'"
                                                        + (f" of '{narrowing}'" if narrowing else ""))
    return decision.link(found[0], "repeated_introduction", f"introduced as '{anaphor.lemma}'")


def _body_named_otherwise(state: Resolution, anaphor: Anaphor, entity: int, wanted: set[str]) -> bool:
    """The noun's genitive complement names the body the person was introduced with by another of its names
    (`entities.aliases.one_body`: "представитель Минобороны" for "Представитель Министерства обороны X", "глава
    ЕК" for "Председатель Еврокомиссии Y")."""
    if anaphor.complement is None:
        return False
    named = state.ctx.mention_of_token.get(anaphor.complement)
    name = (named[1].text if named is not None else state.doc.tokens[anaphor.complement].text).split()
    return any(one_body(name, words) for head in wanted for words in introduction_phrases(state.ctx, entity, head))


ANONYMOUS_SOURCES = UNNAMED_SOURCES - CURRENT_SOURCE_NOUNS  # "очевидец", "источник": someone unnamed, not the last
# Nouns `speaking_role` never reads as the last speaker: an unnamed source, or someone's relation ("его сын сказал").
NOT_SPEAKING_ROLES = ANONYMOUS_SOURCES | RELATION_NOUNS
SPEAKER_TURN_SENTENCES = 2  # a speaking role noun reaches this far back (or to its paragraph's start) to a speaker
HEAD_ROLES = frozenset({"глава", "руководитель", "председатель", "начальник"})  # offices named by their complement


@rule("coref")
def speaking_role(state: Resolution, anaphor: Anaphor, wanted: set[str], decision: Decision) -> Referent | None:
    """A role noun nobody was introduced with, the subject of a speech verb outside quotes ("…, — сказал генерал.",
    "Министр добавил, что…", "представитель фонда пояснил", "защитник Хорошавина заявил") or the owner of a source
    phrase (`_speaking_slot`: "По словам министра, …"), is the person who spoke
    just before under another word: the latest speaking mention (`rules.speaks`: a speech verb's subject, "по
    словам X", a pronoun linked to one) outside quotes, within its paragraph or SPEAKER_TURN_SENTENCES sentences
    back. Only when that person agrees in gender and country, was introduced with the body a representative noun
    names (`body_mismatch`), is not the noun's own relatum ("защитник Хорошавина" is not Хорошавин), holds no other
    office (`_other_office`), and no person introduced in that role is named between them."""
    doc = state.doc
    if apposition_root(doc, anaphor.head) != anaphor.head or not _speaking_slot(doc, anaphor.head) \
            or not rules.speaks(doc, anaphor.head) or state.quote_of(anaphor.start, anaphor.end) is not None \
            or anaphor.lemma in NOT_SPEAKING_ROLES or _phrase_names_person(state, anaphor):
        return None
    speaker = _last_named_speaker(state, anaphor, wanted)
    if speaker is None:
        return None
    entity = speaker.entity
    info = state.infos[entity]
    reason = ""
    if anaphor.lemma in COURT_SIDE_NOUNS:
        reason = "a side of a court case or inquiry: the other side, not the last speaker"
    elif _description_only(state, speaker, anaphor):
        reason = "spoke only as a description an earlier link reached"
    elif _within_speakers_words(state, speaker, anaphor):
        reason = "inside the speaker's own reported words: someone the speaker spoke of"
    elif source := _unnamed_source_between(state, speaker, anaphor):
        reason = f"an unnamed source ('{source}') spoke after"
    elif anaphor.gender and info.gender and anaphor.gender != info.gender:
        reason = f"of the other gender ({info.gender})"
    elif doc.tokens[speaker.head].feats.get("Number") == "Plur":
        reason = "spoke in the plural ('Симпсоны предсказали'): no one person"
    elif _relatum_of(state, anaphor, entity):
        reason = "the noun's own relatum: someone else's role"
    elif body := _unintroduced_body(state, anaphor, entity):
        reason = f"introduced with no word of '{body}'"
    elif not _fitting_country(state, anaphor, [entity], decision):
        reason = "of another country"
    elif body_mismatch(state.ctx, entity, represented_body(state.ctx, anaphor.head, _anaphor_tokens(state, anaphor)),
                       doc.span(anaphor.start, anaphor.end)):
        reason = "introduced with no word of the body it represents"
    elif other := _other_office(state, anaphor, entity, wanted):
        reason = f"introduced as '{other}'"
    if reason:
        decision.note("speaking_role", "reject", entity, f"the last speaker: {reason}")
        return None
    return speaker


def _speaking_slot(doc: Document, index: int) -> bool:
    """The noun stands where a speaker does: a verb's subject ("сказал министр") or the genitive owner of a source
    noun (ACCORDING_NOUNS) in a source phrase, under its preposition ("по словам министра", "по мнению эксперта")
    or cited ("передает слова министра": `rules.cited`); the source noun of another verb ("учитывать мнение
    лечащего врача") names no speaker."""
    token = doc.tokens[index]
    if token.rel.startswith("nsubj"):
        return True
    head = token.head
    return token.rel.startswith("nmod") and 0 <= head < len(doc.tokens) \
        and lemma_of(doc.tokens[head]) in ACCORDING_NOUNS \
        and (any(doc.tokens[child].rel == "case" for child in children(doc)[head]) or rules.cited(doc, head))


def _past_spoken_role(state: Resolution, anaphor: Anaphor, ref: Referent, decision: Decision) -> bool:
    """A personal pronoun in a later paragraph whose best mention of a person is a role noun `speaking_role` linked
    ("…, — рассказал собеседник. ¶ Фотографию отправили биологу … Он распознал"): the guessed link carries no
    further; the owner of "по его словам" (who speaks) still reaches it."""
    if (ref.start, ref.end) not in state.spoken_roles or "\n" not in state.doc.text[ref.end:anaphor.start] \
            or rules.speaks(state.doc, anaphor.head):
        return False
    decision.note("speaking_role", "reject", ref.entity, "a pronoun past the paragraph of a speaking role noun")
    return True


def _speaking_role_link(state: Resolution, decision: Decision, speaker: Referent) -> Decision:
    """The link `speaking_role` found, with the speaking mention in its reason."""
    return decision.link(speaker.entity, "speaking_role",
                         f"the last speaker '{state.doc.text[speaker.start:speaker.end]}'")


def _description_only(state: Resolution, speaker: Referent, anaphor: Anaphor) -> bool:
    """The speaking mention is a description ("как предполагает бывший министр Грузии") with no name of its
    entity in apposition: it reached the person only through an earlier coref link, too weak to carry another;
    except a role noun `speaking_role` linked with no other person named since (`_chained_speaker`)."""
    if speaker.kind != "description" or _chained_speaker(state, speaker, anaphor):
        return False
    root = apposition_root(state.doc, speaker.head)
    return not any(ref.entity == speaker.entity and ref.kind == "name"
                   and apposition_root(state.doc, ref.head) == root for ref in state.referents)


def _chained_speaker(state: Resolution, speaker: Referent, anaphor: Anaphor) -> bool:
    """The speaking mention is a role noun `speaking_role` itself linked ("— сказал дипломат. … — подчеркнул
    собеседник агентства"), and no other person is named outside quotes between it and the noun that reaches it:
    the same voice goes on. A person named between ("С точки зрения Малека Дудакова, … считает эксперт") may be
    the new voice, which `rules.speaks` does not read."""
    if (speaker.start, speaker.end) not in state.spoken_roles:
        return False
    return not any(ref.entity != speaker.entity and state.infos[ref.entity].type == "PER"
                   and ref.start >= speaker.end and state.quote_of(ref.start, ref.end) is None
                   for ref in state.before(anaphor))


def _within_speakers_words(state: Resolution, speaker: Referent, anaphor: Anaphor) -> bool:
    """The noun, not itself a subject (a speaking subject is an attribution of its own: "…, отмечал эксперт"),
    stands in what the last speaker said: the speaker's speech verb governs it ("Ходорковский добавил, что, по
    словам | начальника колонии, …"). The speaker speaks of someone else there."""
    doc = state.doc
    if doc.tokens[anaphor.head].rel.startswith("nsubj"):
        return False
    verb = doc.tokens[apposition_root(doc, speaker.head)].head
    return 0 <= verb < len(doc.tokens) and verb in rules.ancestors(doc, anaphor.head)


def _unnamed_source_between(state: Resolution, speaker: Referent, anaphor: Anaphor) -> str:
    """An unnamed source (ANONYMOUS_SOURCES: "по словам источника РБК", "сообщил очевидец") that speaks outside
    quotes between the speaker and the noun: the last words were that source's; "" when none did."""
    doc = state.doc
    for index in range(speaker.head + 1, anaphor.head):
        token = doc.tokens[index]
        if token.start >= speaker.end and lemma_of(token) in ANONYMOUS_SOURCES and rules.speaks(doc, index) \
                and state.quote_of(token.start, token.end) is None:
            return token.text
    return ""


def _phrase_names_person(state: Resolution, anaphor: Anaphor) -> bool:
    """A person's name hangs on the noun further on in its sentence ("Командующий Смешанными силами … генерал
    Марат Кулахметов"): the phrase introduces that one."""
    doc = state.doc
    end = doc.sentences[anaphor.sentence].token_end
    return any(index in state.persons and anaphor.head in rules.ancestors(doc, index)
               for index in range(anaphor.head + 1, end))


def _unintroduced_body(state: Resolution, anaphor: Anaphor, entity: int) -> str:
    """The body the noun's genitive names ("замглавы | Минэкономразвития", "член правления"), when the person was
    introduced with no word of it (a word of BODY_STEM letters in common): "" when it was, or when the genitive is
    a place (the country test's), a person, a hypernym ("руководитель ведомства") or the medium an interlocutor
    spoke to ("собеседник агентства")."""
    complement = _genitive_of(state, anaphor)
    if complement is None or anaphor.lemma in INTERLOCUTOR_NOUNS or state.is_place(complement):
        return ""
    token = state.doc.tokens[complement]
    lemma = lemma_of(token)
    if token.feats.get("Animacy") == "Anim" or lemma in HYPERNYM_ORGANIZATION_NOUNS:
        return ""
    words = {fold(lemma)} | {fold(word) for word in word_lemmas(token.text)}
    named = state.by_token.get(complement)
    if named is not None:
        words |= {fold(word) for word in state.doc.entities[named].name.split()}
    known = {fold(word) for word in introduced_words(state.ctx, entity)}
    known |= {fold(word) for mention in state.doc.entities[entity].mentions for word in mention.text.split()}
    if any(word[:BODY_STEM] == other[:BODY_STEM] if min(len(word), len(other)) >= BODY_STEM else word == other
           for word in words for other in known):
        return ""
    return token.text


def _genitive_of(state: Resolution, anaphor: Anaphor) -> int | None:
    """The noun's genitive complement: the description's own (`Anaphor.complement`), or else the first genitive
    noun the tree hangs on it further on in its sentence, past a participle or a quotation mark ("владелец |
    обстрелянного дома", "председатель | «Народа свободы»", "колумнист | «Ежедневного журнала»"), or an
    organization's name of any case ("Корреспондент | «7x7»")."""
    doc = state.doc
    if anaphor.complement is not None:
        return anaphor.complement
    end = doc.sentences[anaphor.sentence].token_end
    return next((index for index in range(anaphor.head + 1, end) if doc.tokens[index].head == anaphor.head
                 and _genitive_or_organization(state, index)), None)


def _genitive_or_organization(state: Resolution, index: int) -> bool:
    """A genitive noun hanging on its head ("владелец | дома"), or an organization's name in any case hanging on it
    or in apposition ("Корреспондент | «7x7»")."""
    token = state.doc.tokens[index]
    if token.rel.startswith("nmod") and token.pos in ("NOUN", "PROPN") and token.feats.get("Case") == "Gen":
        return True
    return (token.rel.startswith("nmod") or token.rel == "appos") and state.type_at(index) == "ORG"


def _relatum_of(state: Resolution, anaphor: Anaphor, entity: int) -> bool:
    """The person is the one the noun's genitive names, by name ("защитник | Хорошавина") or by a person noun
    he was introduced with ("адвокат | бизнесмена" for the "бизнесмен Петр Хорошавин"): no one is his own lawyer."""
    complement = anaphor.complement
    if complement is None:
        return False
    token = state.doc.tokens[complement]
    return state.by_token.get(complement) == entity \
        or (token.feats.get("Animacy") == "Anim" and lemma_of(token) in state.introduced(entity))


def _last_named_speaker(state: Resolution, anaphor: Anaphor, wanted: set[str]) -> Referent | None:
    """The latest person mention outside quotes that speaks (`rules.speaks`) within the anaphor's paragraph or
    SPEAKER_TURN_SENTENCES sentences before it; None past one or when a person introduced with one of `wanted`
    (or the noun's stem) is named between them."""
    doc = state.doc
    between: set[int] = set()
    for ref in sorted(state.before(anaphor), key=lambda ref: ref.start, reverse=True):
        if anaphor.narrative - ref.narrative > SPEAKER_TURN_SENTENCES and "\n" in doc.text[ref.end:anaphor.start]:
            return None
        if state.infos[ref.entity].type != "PER" or (state.quote_of(ref.start, ref.end) is not None
                                                     and not interjected_speaker(state, ref)):
            continue
        if rules.speaks(doc, ref.head):
            return None if between - {ref.entity} else ref
        if state.introduced(ref.entity) & wanted or any(_same_stem(anaphor.lemma, role)
                                                        for role in state.introduced(ref.entity)):
            between.add(ref.entity)
    return None


def _other_office(state: Resolution, anaphor: Anaphor, entity: int, wanted: set[str]) -> str:
    """`other_office` of the anaphor's role noun, with the resolver's cached introductions."""
    return other_office(state.ctx, entity, anaphor.lemma, wanted, state.introduced(entity))


def other_office(ctx: Context, entity: int, lemma: str, wanted: set[str] | frozenset[str],
                 introduced: set[str] | None = None, offices: frozenset[str] = PERSON_ROLES) -> str:
    """An office (of `offices`, PERSON_ROLES unless told) the person was introduced with that the role noun `lemma`
    cannot name: not one of `wanted` (the noun and the roles it stands for), not of its stem ("генерал-майор" for
    "генерал"), not a head named by its complement ("глава министерства" may be a "министр"); "" when none, or when
    one fits. The one check of a role noun against a person's introduction: coref's `speaking_role` and the quotes
    stage's salient fallback (`quotes.descriptions.introduced_otherwise`) both ask it. `introduced`: the person's
    introduction nouns (`introduced_roles`), when the caller has them cached."""
    introduced = introduced_roles(ctx, entity) if introduced is None else introduced
    held = {role for role in introduced if role in offices and role not in GENERIC_ROLES}
    if not held or held & (set(wanted) | HEAD_ROLES) \
            or any(_same_stem(lemma, word) for word in introduced_words(ctx, entity)):
        return ""
    return sorted(held)[0]


def introduced_roles(ctx: Context, entity: int) -> set[str]:
    """The role nouns a person was introduced with: the role phrases before its names and its roles' heads; not a
    phrase whose plural role noun governs the name as its genitive (`governed_name`: "ходатайство адвокатов …
    Платона Лебедева" does not introduce Лебедев as a lawyer)."""
    person = ctx.doc.entities[entity]
    roles = {lemma_of_role(role) for role in person.roles} - {""}
    heads = set(role_heads(person))
    for mention in person.names():
        found = mention_role_heads(ctx, mention)
        if found and not governed_name(ctx.doc, person, mention, found):
            heads |= found
    return heads | roles


GOVERNED_WINDOW = 16  # a role phrase's noun stands at most this many tokens before the name (ROLE_PHRASE_WINDOW)


@rule("coref")
def governed_name(doc: Document, person: EntityAnn, mention: Span, heads: set[str]) -> bool:
    """A genitive name after a plural role noun is the role's complement, the one those role holders work for or
    belong to, not a holder: one person is never in apposition to a plural ("Один из защитников Лебедева",
    "ходатайство адвокатов бывшего главы ЮКОСа Платона Лебедева" do not introduce Лебедев as a lawyer). Not a name
    a nominative of the person's gender could be ("Иванова" of a woman), nor a plural family ("братьев
    Ямадаевых"), one of names joined ("адвокатов Падвы и Дреля": the lawyers themselves), one a comma or a dash
    right after the plural sets off ("военнослужащих, майора Каримова"), or one "один из" in its case counts out
    ("одного из акционеров ЮКОСа Леонида Невзлина")."""
    first = doc.token_at(mention.start)
    name = doc.tokens[first]
    if name.feats.get("Case") != "Gen" or _nominative_reading(mention.text, entity_person_gender(person)) \
            or _coordinated_name(doc, mention):
        return False
    role = next((index for index in range(first - 1, max(first - GOVERNED_WINDOW, 0) - 1, -1)
                 if doc.tokens[index].sentence == name.sentence and doc.tokens[index].pos == "NOUN"
                 and lemma_of(doc.tokens[index]) in heads), None)
    if role is None or doc.tokens[role].feats.get("Number") != "Plur" or name.feats.get("Number") == "Plur" \
            or doc.tokens[role + 1].text == "," or is_dash(doc.tokens[role + 1].text) \
            or _one_of_in_case(doc, role, name):
        return False
    fired("coref", "governed_name", mention.start, mention.end,
          f"'{doc.tokens[role].text}' is plural: the name is its complement, not its holder")
    return True


def _one_of_in_case(doc: Document, role: int, name: Token) -> bool:
    """"одного из крупнейших акционеров ЮКОСа Леонида Невзлина": the plural is counted out by "один из" in the
    name's own case, so the name may be in apposition to "один", one of the holders."""
    opening = role - 1
    while opening >= 0 and (doc.tokens[opening].pos in ("ADJ", "ADV", "DET", "NUM")
                            or doc.tokens[opening].text in QUOTE_MARKS) and doc.tokens[opening].text != "из":
        opening -= 1
    return opening >= 1 and one_of(lemma_of(doc.tokens[opening - 1]), doc.tokens[opening].text.lower()) \
        and doc.tokens[opening - 1].feats.get("Case") == name.feats.get("Case")


def _nominative_reading(name: str, gender: str) -> bool:
    """A word of the name reads as a nominative of the person's gender ("Иванова" of a woman): its case is open."""
    return any(reading.tag.case == "nomn" and reading.tag.gender == gender
               for word in name.split() for reading in parses(word.lower()))


def _coordinated_name(doc: Document, mention: Span) -> bool:
    """The name is one of names joined by a conjunction ("адвокатов Падвы и Дреля", "президентов РФ и Франции
    Владимира Путина и Франсуа Олланда"): a plural noun may stand for them all. By the parse, or by "и" or a comma
    right after the name and a person's name next."""
    head = mention_head(doc, mention)
    if doc.tokens[head].rel == "conj" or any(doc.tokens[child].rel == "conj" for child in children(doc)[head]):
        return True
    after = doc.token_at(mention.end - 1) + 1
    return after + 1 < len(doc.tokens) and doc.tokens[after].text in ("и", ",") \
        and any(m.kind == "name" and m.start == doc.tokens[after + 1].start
                for entity in doc.entities if entity.type == "PER" for m in entity.mentions)


NARROWING_RELATIONS = ("acl", "nmod")  # "генерала, | служившего …", "у представителя | в аэропорте"


def _own_modifier(doc: Document, head: int) -> int | None:
    """A participle or relative clause or a prepositional phrase hanging on the noun after it ("под командованием
    генерала, служившего еще в Республиканской гвардии", "в пользу кандидата от единороссов"): it picks out someone
    the noun alone does not, no one introduced before. The modifier's first word, or None."""
    for child in children(doc)[head]:
        token = doc.tokens[child]
        if child < head or not token.rel.startswith(NARROWING_RELATIONS):
            continue
        if token.rel.startswith("acl") or any(doc.tokens[grand].rel == "case" for grand in children(doc)[child]):
            return child
    return None


def apposed_role(state: Resolution, entity: int, wanted: set[str]) -> bool:
    """The person's own role phrases (the entities stage's roles: "журналист New York Times | Чжао Янь", "Райков, |
    член ЦИК") have one of `wanted` for their head, not only a word before one of its names ("убийство журналиста |
    X")."""
    return bool(wanted & role_heads(state.doc.entities[entity]))


DEMONYM_STEM = 5  # "росси-янин" / "росси-йский", "канад-ец" / "канад-ский", "англи-чанин" / "англи-йский"


def _adjectives_by_stem() -> dict[str, tuple[str, ...]]:
    by_stem: dict[str, list[str]] = {}
    for word in COUNTRY_ADJECTIVES:
        if len(word) > DEMONYM_STEM:
            by_stem.setdefault(fold_uncached(word)[:DEMONYM_STEM], []).append(word)
    return {stem: tuple(words) for stem, words in by_stem.items()}


# The country adjectives longer than DEMONYM_STEM letters by their first DEMONYM_STEM letters, folded, in
# COUNTRY_ADJECTIVES's order: the stem a people's noun shares with its country's adjective, built once, not per noun.
ADJECTIVES_BY_DEMONYM_STEM: dict[str, tuple[str, ...]] = _adjectives_by_stem()


@rule("coref")
def demonym_of_introduction(state: Resolution, anaphor: Anaphor) -> list[int]:
    """A people's noun ("россиянин", "американца", "канадец") is the latest person introduced with that country's
    adjective ("российский боксер Олег Маскаев … россиянин не смог подняться"), within ROLE_SENTENCES and agreeing
    in gender: the noun and a country adjective of the introduction share their first DEMONYM_STEM letters."""
    lemma = fold(anaphor.lemma)
    adjectives = set(ADJECTIVES_BY_DEMONYM_STEM.get(lemma[:DEMONYM_STEM], ()))
    if not adjectives:
        return []
    found = []
    for ref in sorted(state.persons_before(anaphor, ROLE_SENTENCES), key=lambda ref: ref.start, reverse=True):
        if ref.entity not in found and introduced_words(state.ctx, ref.entity) & adjectives:
            found.append(ref.entity)
    return found


def description_country(state: Resolution, anaphor: Anaphor) -> str:
    """The one country a description names by an adjective or a genitive ("украинский политик", "глава
    французского МИД", "премьер Израиля", "глава МИД Украины", "министр иностранных дел Сербии": the genitive after
    a complement that names no country, hung on it or on the role noun: `holders.genitive_after`): its key in
    `lang.offices`, or "" for none."""
    complement = anaphor.complement
    countries = anaphor_countries(state, anaphor, complement)
    found = {country for country in countries or () if country in COUNTRIES}
    if not found and complement is not None:  # "глава МИД | Украины", "министр иностранных дел | Сербии"
        countries = anaphor_countries(state, anaphor, genitive_after(state, complement, anaphor.head))
        found = {country for country in countries or () if country in COUNTRIES}
    return next(iter(found)) if len(found) == 1 else ""


def known_countries(state: Resolution, entity: int) -> set[str]:
    """The countries the document shows a person or organization to be of (empty: unknown): the country of each
    office of `lang.offices` a person's name held, else each country adjective or name in the introduction or
    roles ("российский бизнесмен X", "министр Украины X") or in an organization's name ("МИД Украины"). Found once
    per entity and document (`Resolution.entity_countries`)."""
    if entity not in state.entity_countries:
        state.entity_countries[entity] = _known_countries(state, entity)
    return state.entity_countries[entity]


def _known_countries(state: Resolution, entity: int) -> set[str]:
    """`known_countries`, computed."""
    if state.infos[entity].type == "PER":
        held = {holder.country for holder in terms_held(state, entity)}
        if held:  # the table's knowledge: an introduction's phrase may hold a coordinated person's country
            return held
    words = introduced_words(state.ctx, entity)
    if state.infos[entity].type != "PER":
        words |= {lemma for word in state.doc.entities[entity].name.split() for lemma in word_lemmas(word)}
    return {word_country(word) for word in words} - {""}


@rule("coref")
def country_mismatch(state: Resolution, anaphor: Anaphor, entity: int) -> str:
    """A description with a country ("украинский политик", "российский лидер", "премьер Израиля") is no person or
    organization the document shows to be of other countries only (introduced with another country, a holder of
    another country's office): the reason, or "" when the countries fit or one is unknown."""
    country = description_country(state, anaphor)
    if not country:
        return ""
    known = known_countries(state, entity)
    if not known or country in known:
        return ""
    return f"a description of {country}, known as of {', '.join(sorted(known))}"


def _fitting_country(state: Resolution, anaphor: Anaphor, found: list[int], decision: Decision) -> list[int]:
    """The candidates `country_mismatch` does not refuse; each refusal is noted in the decision."""
    kept = []
    for entity in found:
        reason = country_mismatch(state, anaphor, entity)
        if reason:
            decision.note("country_mismatch", "reject", entity, reason)
        else:
            kept.append(entity)
    return kept


@rule("coref")
def aged_person(state: Resolution, anaphor: Anaphor, decision: Decision) -> int | None:
    """A singular person description with an age or a country ("34-летний гонщик", "18-летний юноша", "британский
    боксер", "американский моряк") that no introduction resolves is the one person of its gender the story named
    within AGED_SENTENCES before it, and only in earlier sentences: news gives the age or the country of someone it
    has named. None when two such persons are in reach, when the person is named in the description's own sentence
    ("Он … поднял руку на 65-летнего доктора": someone else) or only inside quotation marks, when a name follows it
    in its sentence ("украинская певица крымскотатарского происхождения Джамала": it introduces that one), for a
    relative ("семилетнюю дочь": someone's kin), for a predicate's identification ("Задержанным оказался 40-летний
    москвич": someone new), for a category rather than an age ("малолетней девочки", "обычного российского
    чиновника"), or for a person of another country (`country_mismatch`)."""
    doc = state.doc
    if anaphor.number == "plur" or not (_aged(doc, anaphor.head) or country_modifier(state, anaphor)):
        return None
    reason = _not_named_before(state, anaphor)
    if reason:
        decision.note("aged_person", "reject", None, reason)
        return None
    latest: dict[int, int] = {}
    outside: set[int] = set()
    for ref in state.persons_before(anaphor, AGED_SENTENCES):
        latest[ref.entity] = max(ref.narrative, latest.get(ref.entity, ref.narrative))
        if state.quote_of(ref.start, ref.end) is None:
            outside.add(ref.entity)
    if len(latest) != 1:
        if latest:
            decision.note("aged_person", "reject", None, f"{len(latest)} persons of its gender named in reach")
        return None
    entity, last = next(iter(latest.items()))
    if last >= anaphor.narrative or entity not in outside:
        reason = "named in its own sentence" if last >= anaphor.narrative else "named only inside quotation marks"
        decision.note("aged_person", "reject", entity, reason)
        return None
    return entity if _fitting_country(state, anaphor, [entity], decision) else None


AS_PHRASE_POS = frozenset({"ADJ", "ADV", "PART", "PRON", "DET"})  # "как ничем не выдающийся игрок" (and participles)


@rule("coref")
def story_figure(state: Resolution, anaphor: Anaphor, decision: Decision) -> int | None:
    """A singular occupation noun of arts, sport, science or business (`lang.lexicon.PUBLIC_OCCUPATION_NOUNS`:
    "актер", "спортсменка", "писатель", "бизнесмен") that no introduction resolves is the story's figure: the person
    of its gender (a man for a masculine that has a feminine of its own, `PAIRED_MASCULINE_OCCUPATIONS`) who is at
    once the latest named before it, the most mentioned so far (names and links), and the
    subject of the story's first sentence (else the first person that sentence names) — "Умер Марлон Брандо …
    знаменитый актер умер в больнице". None when the three differ (a story of several people: on dev the figure
    so chosen was right 77 of 99 times before the guards below, the most mentioned alone 94 of 136; the rule as
    built 75 of 84), for a relative, a type, an
    identification or a name that follows (`_not_named_before`), inside the clause the figure is the subject of
    ("Петров сообщил, что суд отклонил жалобу бизнесмена": `_commanded_by_subject`), or for a use that names no
    one (`_figure_guard`)."""
    doc = state.doc
    if anaphor.number == "plur" or anaphor.lemma not in PUBLIC_OCCUPATION_NOUNS:
        return None
    reason = _not_named_before(state, anaphor) or _figure_guard(state, anaphor)
    if reason:
        decision.note("story_figure", "reject", None, reason)
        return None
    persons = state.persons_before(anaphor, len(doc.sentences))
    if not persons:
        return None
    mentions: dict[int, int] = {}
    last: dict[int, int] = {}
    for ref in persons:
        mentions[ref.entity] = mentions.get(ref.entity, 0) + 1
        last[ref.entity] = max(ref.end, last.get(ref.entity, ref.end))
    latest = max(last, key=last.__getitem__)
    most = max(mentions, key=lambda entity: (mentions[entity], last[entity]))
    first = [ref for ref in persons if ref.sentence == 0]
    opener = next((ref.entity for ref in first if ref.subject), first[0].entity if first else None)
    if latest == most == opener and anaphor.lemma in PAIRED_MASCULINE_OCCUPATIONS \
            and state.infos[latest].gender == "femn":
        decision.note("story_figure", "reject", latest, "a woman: the masculine has a feminine of its own")
        return None
    if latest == most == opener and any(ref.entity == latest and _commanded_by_subject(doc, ref, anaphor)
                                        for ref in persons):
        decision.note("story_figure", "reject", latest, "the subject of the clause it stands in: someone else")
        return None
    if latest == most == opener:
        return latest
    names = sorted({doc.entities[entity].name for entity in (latest, most, opener) if entity is not None})
    decision.note("story_figure", "reject", None, f"latest, most mentioned and first named differ: {names}")
    return None


def _figure_guard(state: Resolution, anaphor: Anaphor) -> str:
    """Why an occupation noun names no one (`story_figure`), "" when nothing says so: inside quotation marks (an
    award's name, "в номинации «Лучшая актриса»"), a title's genitive ("титул чемпиона", "звания народного
    артиста"), or a definition after a dash with no verb between ("Дарио Фо — итальянский драматург, режиссёр")."""
    doc = state.doc
    if state.quote_of(anaphor.start, anaphor.end) is not None:
        return "inside quotation marks"
    if counted(doc, anaphor.head):
        return "counted: several people"
    governor = doc.tokens[anaphor.head].head
    if 0 <= governor < len(doc.tokens) and lemma_of(doc.tokens[governor]) in TITLE_GOVERNOR_NOUNS:
        return f"the genitive of '{doc.tokens[governor].text}': a title or a position"
    first = doc.sentences[anaphor.sentence].token_start
    index = doc.token_at(anaphor.start) - 1
    while index >= first and (doc.tokens[index].pos in AS_PHRASE_POS
                              or doc.tokens[index].feats.get("VerbForm") == "Part"):
        index -= 1
    if index >= first and fold(doc.tokens[index].text.lower()) in AS_WORDS:
        return "a 'как' phrase: a capacity"
    for index in range(doc.token_at(anaphor.start) - 1, first - 1, -1):
        token = doc.tokens[index]
        if token.pos in ("VERB", "AUX"):
            return ""
        if is_dash(token.text, hyphen=False):
            return "a definition after a dash"
    return ""


def _not_named_before(state: Resolution, anaphor: Anaphor) -> str:
    """Why an age, country or occupation description is no one the story named before (`aged_person`,
    `story_figure`), "" when nothing says so."""
    doc = state.doc
    if anaphor.lemma in RELATION_NOUNS:
        return "a relative: someone's kin"
    if _identified(doc, anaphor.head):
        return "the subject of an identification after its verb: someone new"
    if _typical(doc, anaphor.head):
        return "a type, not someone"
    if _name_follows(state, anaphor):
        return "a name follows in its phrase: it introduces that one"
    return ""


def _typical(doc: Document, head: int) -> bool:
    """A modifier makes the noun a type, not someone ("обычного российского чиновника", "простой американец")."""
    return any(doc.tokens[i].head == head and lemma_of(doc.tokens[i]) in TYPICAL_MODIFIERS
               for i in range(max(0, head - 4), head))


def _name_follows(state: Resolution, anaphor: Anaphor) -> bool:
    """A person's name inside the description's phrase follows it within NAME_AFTER tokens: the phrase introduces
    that name."""
    doc = state.doc
    end = doc.sentences[anaphor.sentence].token_end
    return any(index in state.persons and anaphor.head in rules.ancestors(doc, index)
               for index in range(anaphor.head + 1, min(anaphor.head + 1 + NAME_AFTER, end)))


def _aged(doc: Document, head: int) -> bool:
    """An age adjective that gives an age ("34-летний", "семилетнюю"), not a category ("малолетний",
    "несовершеннолетний")."""
    word = age_adjective(doc, head)
    return word is not None and not word.startswith(NOT_AGE_PREFIXES)


def _identified(doc: Document, head: int) -> bool:
    """The noun is the subject of an identification, after its verb as news puts the new person ("Задержанным
    оказался …", "Преступником оказался …"); a subject before the verb is the one spoken of ("34-летний гонщик
    является двукратным чемпионом", "… оказался быстрее всех")."""
    governor = doc.tokens[head].head
    if governor is None or governor < 0:
        return False
    verbs = [governor] + [child for child in children(doc)[governor] if doc.tokens[child].rel == "cop"]
    return any(lemma_of(doc.tokens[verb]) in IDENTIFYING_VERBS and verb < head for verb in verbs)


def _commanded_by_subject(doc: Document, ref: Referent, anaphor: Anaphor) -> bool:
    """The description is inside the clause whose subject the candidate is, in the same sentence: a full noun
    phrase does not restate a subject that governs it ("Харитонов сообщил, что … о привлечении бизнесмена",
    "Алтынташ … выстрелил в спину дипломату"): it names someone else. Not for a subject description: the parse
    hangs a conjoined or following clause on the first one's verb ("…, однако российский миллиардер не так уж
    мил соседям" goes on about Абрамович)."""
    if ref.sentence != doc.tokens[anaphor.head].sentence \
            or doc.tokens[apposition_root(doc, anaphor.head)].rel.startswith("nsubj"):
        return False
    verb = doc.tokens[apposition_root(doc, ref.head)].head
    return verb is not None and verb >= 0 and verb in (anaphor.head, *doc.ancestors(anaphor.head))


@rule("coref")
def generic_role(state: Resolution, anaphor: Anaphor, decision: Decision | None = None) -> Referent | None:
    """A generic role ("политик", "лидер", "49-летний бизнесмен") is the person who is the subject just before.

    Only a bare one: a complement makes it an office of its own ("лидер оппозиции", "лидер «Атланты»"). An aged
    generic person ("42-летняя женщина", AGED_PERSON_NOUNS) only as a subject of its own, of the person's gender,
    for the subject of a sentence before it: within its own sentence it is someone else ("X сообщил, что
    42-летняя женщина погибла")."""
    aged = anaphor.lemma in AGED_PERSON_NOUNS
    if (anaphor.lemma.removeprefix("экс-") not in GENERIC_ROLES and not aged) or anaphor.complement is not None \
            or state.doc.text[anaphor.end:anaphor.end + 2].strip()[:1] in OPENING_QUOTE_MARKS:
        return None
    if aged and (not anaphor.gender or not state.doc.tokens[anaphor.head].rel.startswith("nsubj")):
        return None
    if _identified(state.doc, anaphor.head):  # "Виновником аварии оказался 34-летний водитель": someone new
        if decision is not None:
            decision.note("generic_role", "reject", None, "the subject of an identification after its verb")
        return None
    # latest first by position: the anaphors linked so far are appended to the referents after the names
    for ref in sorted(state.before(anaphor), key=lambda ref: ref.start, reverse=True):
        info = state.infos[ref.entity]
        if anaphor.narrative - ref.narrative > GENERIC_ROLE_SENTENCES:
            break
        if aged and (ref.narrative == anaphor.narrative or info.gender != anaphor.gender):
            continue
        if info.type == "PER" and ref.subject and not (anaphor.gender and info.gender != anaphor.gender):
            if decision is not None and not _fitting_country(state, anaphor, [ref.entity], decision):
                continue  # "Российский лидер … украинский политик": someone else
            if _commanded_by_subject(state.doc, ref, anaphor):
                if decision is not None:
                    decision.note("generic_role", "reject", ref.entity,
                                  "inside its own sentence's subject's clause: someone else (_commanded_by_subject)")
                return None
            return ref
    return None


@rule("coref")
def organization_kind(state: Resolution, anaphor: Anaphor) -> Decision:
    """An organization noun ("компания", "ведомство") is the latest organization of that name or kind.

    One whose name or introduction holds the noun, else the latest one of its kind ("ведомство" -> a public body)."""
    decision = Decision(anaphor)
    reason = rules.activity_sense(state.doc, anaphor)
    if reason:
        return decision.reject("activity_sense", reason)
    reason = rules.generic_institution(state.doc, anaphor)
    if reason:
        return decision.reject("generic_institution", reason)
    reason = rules.own_complement(state.doc, anaphor, state.is_place)
    if reason:
        return decision.reject("own_complement", reason)
    pointed = None
    named = organizations_described(state.ctx, anaphor.lemma, anaphor.start, NAMED_ORGANIZATION_SENTENCES)
    found = max(named, key=lambda entity: named[entity]) if named else None  # `latest_organization` by name
    subject = subject_organization(state, anaphor, found, named) if found is not None \
        and anaphor.lemma not in MEDIA_NOUNS else None
    if subject is not None:
        decision.note("subject_organization", "score", subject,
                      f"a subject, not '{state.doc.entities[found].name}' named inside a noun's phrase since")
        found = subject
    if found is not None and not _fitting_country(state, anaphor, [found], decision):
        return decision.reject("country_mismatch", "the organization named is of another country")
    if found is None and (of_kind_found := kind_of_organization(state, anaphor, decision)) is not None:
        if not _fitting_country(state, anaphor, [of_kind_found], decision):
            return decision.reject("country_mismatch", "the organization of the kind is of another country")
        return decision.link(of_kind_found, "organization_of_kind", state.doc.entities[of_kind_found].name)
    if found is None:
        found = latest_organization(state.ctx, anaphor.lemma, anaphor.start, sentences=rules.OTHER_SENTENCES,
                                    kinds=(True,))
        near = of_kind_in_reach(state, anaphor, found) if found is not None else {}
        found = salient_of_kind(state, anaphor, found, near)
        if found is not None and pointing(state.doc, anaphor) \
                and (latest := pointed_latest(state, anaphor, near)) not in (None, found):
            decision.note("pointed_latest", "score", latest, f"named last, over '{state.doc.entities[found].name}'")
            found = pointed = latest
        reason = media_outlet(state, anaphor, found)
        if reason:
            return outlet_instead(state, anaphor, decision.reject("media_outlet", reason), found)
    if found is not None and not _fitting_country(state, anaphor, [found], decision):
        return decision.reject("country_mismatch", "the organization named is of another country")
    if found is not None:
        rule_name = "subject_organization" if found == subject else "pointed_latest" if found == pointed \
            else "organization_kind"
        refused = _found_refused(state, anaphor, decision, found, rule_name)
        if refused is not None:
            return refused
        return decision.link(found, rule_name, state.doc.entities[found].name)
    outlet = outlet_instead(state, anaphor, decision)
    if outlet.entity is not None:
        return outlet
    return _far_organization(state, anaphor, decision)


HYPERNYM_SENTENCES = 1  # a body's hypernym takes up a body mentioned in its own or the sentence before


@rule("coref")
def far_hypernym(state: Resolution, anaphor: Anaphor, found: int) -> str:
    """A hypernym of bodies ("ведомство", "организация": `HYPERNYM_BODY_NOUNS`) is the body `organization_kind` found
    only when that body was last mentioned (by name or not) at most HYPERNYM_SENTENCES sentences before: farther
    back, the vaguest noun means a body the story names another way or not at all ("Также в ведомстве отметили…"
    of a ministry named by its head, "по данным ведомства" of the traffic police; on dev 4 of 24 such links right,
    against 106 of 140 within a sentence)."""
    if anaphor.lemma not in HYPERNYM_BODY_NOUNS:
        return ""
    last = max((ref.sentence for ref in state.before(anaphor) if ref.entity == found), default=-1)
    if last >= 0 and anaphor.sentence - last <= HYPERNYM_SENTENCES:
        return ""
    return f"'{state.doc.entities[found].name}' last mentioned {anaphor.sentence - last} sentences back" \
        if last >= 0 else f"'{state.doc.entities[found].name}' not mentioned before"


def _found_refused(state: Resolution, anaphor: Anaphor, decision: Decision, found: int,
                   rule_name: str) -> Decision | None:
    """The decision, unlinked, when a guard refuses the organization `organization_kind` found (`far_hypernym` for
    its own by-kind link, `business_of_other_kind`); None when no guard refuses it."""
    reason = far_hypernym(state, anaphor, found) if rule_name == "organization_kind" else ""
    if reason:
        return decision.reject("far_hypernym", reason)
    reason = business_of_other_kind(state, anaphor, found)
    return decision.reject("business_of_other_kind", reason) if reason else None


# The kinds (`coref.kinds.organization_kinds`) no business noun describes: a court, a legislature or a party is never
# "компания", "фирма", "предприятие", "авиакомпания" (`lang.lexicon.BUSINESS_NOUNS`). A bank is a business: "решение
# принято из-за добровольной ликвидации компании" of the bank "ГПБ-Ипотека".
NON_BUSINESS_KINDS = frozenset({"court", "parliament", "party"})


@rule("coref")
def business_of_other_kind(state: Resolution, anaphor: Anaphor, found: int) -> str:
    """A business noun ("компания", "фирма", "предприятие", "авиакомпания") does not take up an organization whose
    own name, alias or introduction makes it a court, a legislature or a party (NON_BUSINESS_KINDS): the business
    meant is another one, the court's party or the legislature's guest, named before or not at all ("Савеловский
    суд … признал олигарха виновным в хищении у авиакомпании"; "выступал перед членами Конгресса. … представителя
    Google, но компания отказалась"). The noun is left unlinked: passing on to the latest other business in reach
    was right 3 times of 6 on dev and the pool ("эквадорская фирма" of an unrecognized company went to АвтоВАЗ, "в
    эту же компанию попали" — a group of people — to a site). "" when the noun is no business noun or the
    organization is of no such kind."""
    if fold(anaphor.lemma) not in BUSINESS_NOUNS:
        return ""
    clash = organization_kinds(state.doc, found) & NON_BUSINESS_KINDS
    if not clash:
        return ""
    return f"'{state.doc.entities[found].name}' is a {sorted(clash)[0]}, no business"


def _far_organization(state: Resolution, anaphor: Anaphor, decision: Decision) -> Decision:
    """An organization noun with none in reach: the headline's (`headline_organization`), else the story's one body
    of the noun (`story_body`), else unlinked."""
    found = headline_organization(state, anaphor)
    if found is not None:
        return decision.link(found, "headline_organization", state.doc.entities[found].name)
    found = story_body(state, anaphor, decision)
    if found is not None:
        return decision.link(found, "story_body", f"{state.doc.entities[found].name}, the one body of its noun "
                                                  "the story named")
    return decision.reject("organization_kind", f"no organization named or of kind '{anaphor.lemma}'")


@rule("coref")
def story_body(state: Resolution, anaphor: Anaphor, decision: Decision) -> int | None:
    """A bare "суд", "прокуратура", "министерство" with no body in reach (`organization_kind`) is the one body of
    that noun the story named before it, however far back: a story of one trial or inquiry follows one court, one
    prosecutor's office ("Измайловский суд … <ten sentences> … суд отказал в удовлетворении ходатайства"). By name
    only (its name holds the noun or the noun introduced it, `organizations_described`); two such bodies named
    before: none ("Басманный суд … Мосгорсуд … суд"), nor when the one named reviews another court's decision
    ("Апелляционный суд …": the court below is in the story too, `REVIEWING_COURT_WORDS`) or an earlier phrase
    tells another body of the noun apart (`_body_described`)."""
    if anaphor.lemma not in STORY_BODY_NOUNS:
        return None
    contested = _contested_in(state.doc, anaphor)
    if contested:
        decision.note("story_body", "reject", None, f"'{contested}': the institution claims are tried in, no court")
        return None
    of_kind, passed = story_kind_bodies(state.doc, anaphor, state.before(anaphor))
    for reason in passed:
        decision.note("story_body", "reject", None, reason)
    named = {**organizations_described(state.ctx, anaphor.lemma, anaphor.start, anaphor.sentence + 1), **of_kind}
    if len(named) > 1:
        decision.note("story_body", "reject", None,
                      f"{len(named)} bodies of '{anaphor.lemma}' named before: "
                      + ", ".join(state.doc.entities[entity].name for entity in sorted(named)))
        return None
    if not named:
        return None
    body = next(iter(named))
    name = state.doc.entities[body].name
    if any(lemma in REVIEWING_COURT_WORDS for word in name.split() for lemma in word_lemmas(word)) \
            or _reviews_ruling(state.doc, body):
        decision.note("story_body", "reject", body, f"'{name}' reviews another court's decision: either may be meant")
        return None
    if union_legislature(state.doc, anaphor, body):
        decision.note("story_body", "reject", body, f"'{name}' is a union's parliament: a bare "
                      f"'{anaphor.text(state.doc)}' far from its name is a member state's")
        return None
    foreign = _other_country(state.doc, anaphor, body)
    if foreign:
        decision.note("story_body", "reject", body, f"'{foreign}': a body of another country than '{name}'")
        return None
    described = _body_described(state, anaphor, body)
    if described:
        decision.note("story_body", "reject", body, f"'{described}' before it tells another body of the kind, unnamed")
        return None
    return body


def _contested_in(doc: Document, anaphor: Anaphor) -> str:
    """"оспорить в суде", "оспариваются в суде": the anaphor after "в" governed by a verb of contesting or proving a
    claim (CONTESTING_VERBS), the institution where claims are tried; "" otherwise."""
    head = doc.tokens[anaphor.head].head
    if anaphor.head == 0 or fold(doc.tokens[anaphor.head - 1].text) not in ("в", "во") \
            or not 0 <= head < len(doc.tokens) or lemma_of(doc.tokens[head]) not in CONTESTING_VERBS:
        return ""
    return f"{doc.tokens[head].text} в {doc.tokens[anaphor.head].text}"


def _reviews_ruling(doc: Document, body: int) -> bool:
    """A name of the body is the subject of a verb of reviewing a ruling ("Мосгорсуд оставил приговор в силе",
    "Верховный суд отменил решение": REVIEWING_VERBS with a REVIEWED_NOUNS object): a court of review, so the court
    below is in the story too, named or not."""
    kids = children(doc)
    for mention in doc.entities[body].mentions:
        if mention.kind != "name":
            continue
        for index in range(doc.token_at(mention.start), doc.token_at(max(mention.start, mention.end - 1)) + 1):
            token = doc.tokens[index]
            verb = token.head
            if not token.rel.startswith("nsubj") or not 0 <= verb < len(doc.tokens) \
                    or lemma_of(doc.tokens[verb]) not in REVIEWING_VERBS:
                continue
            if any(doc.tokens[kid].rel == "obj" and lemma_of(doc.tokens[kid]) in REVIEWED_NOUNS for kid in kids[verb]):
                return True
    return False


def _other_country(doc: Document, anaphor: Anaphor, body: int) -> str:
    """The anaphor's own country adjective when the body's name shows no such country ("Британский суд" after
    "Арбитражный суд Москвы", "германское министерство" after "Министерство финансов Франции"), or, as a subject, a
    place in "в" of its verb in another country than the one the body's name shows ("В Москве министерство
    ответило" after "МИД Франции"): a body of another country, no mention of the named one. "" otherwise
    ("венесуэльский суд" of "Верховный суд Венесуэлы")."""
    own = name_countries(doc.entities[body].name)
    kids = children(doc)
    for kid in kids[anaphor.head]:
        word = doc.tokens[kid]
        country = word_country(lemma_of(word))
        if word.rel.startswith("amod") and country and country not in own:
            return word.text
    verb = doc.tokens[anaphor.head].head
    if not own or not doc.tokens[anaphor.head].rel.startswith("nsubj") or not 0 <= verb < len(doc.tokens):
        return ""
    for kid in kids[verb]:  # "В Москве министерство ответило" after "МИД Франции": the place's country is another
        word = doc.tokens[kid]
        if not word.rel.startswith("obl") or not any(fold(doc.tokens[case].text) in ("в", "во")
                                                     for case in kids[kid] if doc.tokens[case].rel == "case"):
            continue
        country = word_country(lemma_of(word)) or word_country(fold(CAPITAL_COUNTRIES.get(lemma_of(word), "")))
        if country and country not in own:
            return f"в {word.text}"
    return ""


SAME_BODY_WORDS = POINTING_WORDS | fold_words("тот такой весь сам самый")  # "тот же суд": the one spoken of


def _body_described(state: Resolution, anaphor: Anaphor, body: int) -> str:
    """The text of an earlier phrase of the anaphor's noun, outside every name, that a modifier of its own tells
    apart from the named `body` ("суд первой инстанции города Вантаа", "нижестоящего суда", "суд южного округа штата
    Техас"): the story has a body of the kind besides the named one. "" when there is none. A pointing word ("тот
    же суд"), a country's adjective ("венесуэльский суд") or a word of the body's own name ("арбитражным судом" of
    "Арбитражный суд Москвы") tells no other body."""
    doc = state.doc
    kids = children(doc)
    stems = {fold(word)[:COMPLEMENT_STEM] for word in WORD.findall(doc.entities[body].name)}
    for index in range(doc.token_at(anaphor.start)):
        token = doc.tokens[index]
        if index in state.covered or token.pos != "NOUN" or lemma_of(token) != anaphor.lemma:
            continue
        for child in kids[index]:
            word = doc.tokens[child]
            lemma = lemma_of(word)
            if lemma in SAME_BODY_WORDS or word_country(lemma) or fold(word.text)[:COMPLEMENT_STEM] in stems:
                continue
            own = word.rel.startswith("amod") \
                or (word.rel.startswith("nmod") and child > index and word.feats.get("Case") == "Gen"
                    and not any(doc.tokens[i].rel == "case" for i in kids[child]))
            if own:
                low, high = min(index, child), max(index, child)
                return doc.text[doc.tokens[low].start:doc.tokens[high].end]
    return ""


def organization_description(state: Resolution, anaphor: Anaphor) -> Decision:
    """`organization_kind`, then `country_unshown` for a noun with country adjectives ("итальянская газета");
    `repeated_organization` for a noun with other adjectives ("нефтяной компании")."""
    if field_modified_organization(state.doc, state.doc.token_at(anaphor.start), anaphor.head):
        return repeated_organization(state, anaphor)
    decision = organization_kind(state, anaphor)
    if decision.entity is not None:
        reason = country_unshown(state, anaphor, decision.entity)
        if reason:
            return decision.reject("country_unshown", reason)
    return decision


@rule("coref")
def repeated_organization(state: Resolution, anaphor: Anaphor) -> Decision:
    """An organization noun with adjectives of the body's field or kind ("нефтяной компании", "государственного
    банка") repeats the phrase the story introduced an organization with: "нефтяная компания «ЮКОС» … нефтяной
    компании", "Международная космическая станция … космической станции". The noun must have introduced or head
    the organization's name (`mentions.introducing_nouns`) with every adjective of the description among its own;
    of such organizations the one named last, within NAMED_ORGANIZATION_SENTENCES. Without that introduction the
    phrase is the reader's knowledge ("опальной нефтяной компании") or a new body: no link."""
    decision = Decision(anaphor)
    doc = state.doc
    for check in (rules.activity_sense, rules.generic_institution):
        reason = check(doc, anaphor)
        if reason:
            return decision.reject(check.__name__, reason)
    after = anaphor.head + 1
    while after < len(doc.tokens) and doc.tokens[after].text in OPENING_QUOTE_MARKS:
        after += 1
    if after in state.covered and anaphor.head in rules.ancestors(doc, after):
        # "переименован в международный аэропорт | Красноярск": a name of its own phrase, which it introduces
        return decision.reject("repeated_organization", "a name follows in its phrase: the phrase introduces it")
    before = doc.token_at(anaphor.start) - 1
    if before >= 0 and doc.tokens[before].head == anaphor.head and doc.tokens[before].rel.startswith("amod") \
            and lemma_of(doc.tokens[before]) not in POINTING_WORDS:
        # "нижестоящего федерального суда": a participle before the adjectives picks out another body of the kind
        return decision.reject("repeated_organization", f"'{doc.tokens[before].text}' before it narrows it to "
                                                        "another body")
    wanted = {lemma_of(doc.tokens[index])
              for index in description_adjectives(doc, doc.token_at(anaphor.start), anaphor.head) or ()}
    introduced = {entity for entity, noun in state.kind_nouns.get(anaphor.lemma, ())
                  if noun < doc.token_at(anaphor.start) and wanted <= introduction_adjectives(doc, noun)}
    refs = [ref for ref in state.before(anaphor) if ref.entity in introduced
            and anaphor.sentence - ref.sentence <= NAMED_ORGANIZATION_SENTENCES]
    if not refs:
        return decision.reject("repeated_organization", f"no organization introduced as '{' '.join(sorted(wanted))} "
                                                        f"{anaphor.lemma}' nearby")
    found = max(refs, key=lambda ref: ref.start).entity
    return decision.link(found, "repeated_organization", f"introduced as '{' '.join(sorted(wanted))} {anaphor.lemma}'")


HOME_DOMAINS = (".ru", ".su", ".рф")  # a site's name with these ends is a Russian body, whatever its script


@rule("coref")
def country_unshown(state: Resolution, anaphor: Anaphor, entity: int) -> str:
    """An organization noun with country adjectives only ("японская корпорация", "немецкой газеты":
    `mentions.country_modified_organization`) is a body the text shows to be of that country: its name,
    introduction or roles hold the country (`known_countries`), or, for a foreign country, its name is written in
    Latin letters ("Toyota", "Süddeutsche Zeitung": a Russian text keeps a foreign body's own script) and is no site
    of a Russian domain ("Inopressa.ru" is no "американская газета"). "The
    Times" is no "российская газета", "Коммерсант" no "финская газета". The reason, or "" when the body is
    shown to be of that country or the noun has no country adjective."""
    doc = state.doc
    if not country_modified_organization(doc, doc.token_at(anaphor.start), anaphor.head):
        return ""
    country = description_country(state, anaphor)
    if country and country in known_countries(state, entity):
        return ""
    name = doc.entities[entity].name
    if country and country not in HOME_COUNTRY and LATIN.search(name) and not CYRILLIC.search(name) \
            and not fold(name).endswith(HOME_DOMAINS):
        return ""
    return f"'{name}' is not shown to be of {country or 'one country'}"


@rule("coref")
def subject_organization(state: Resolution, anaphor: Anaphor, found: int, fitting: dict[int, int]) -> int | None:
    """Of the organizations an organization noun names ("суд", "компания"), the one last named as a subject, when
    the latest named stands after it only inside another noun's phrase: "В понедельник Мосгорсуд признал законным
    постановление Басманного суда … Таким образом, суд отклонил …" (Мосгорсуд), "ЮКОС … иска о признании
    недействительным аукциона по продаже акций «Юганскнефтегаза». Компания подала апелляцию" (ЮКОС). A name that
    completes a noun ("постановление | Басманного суда", "консоли | Xbox") is what the subject acts on, not what the
    story goes on about. None when the latest one is itself a subject, or no other is. `fitting`: the
    organizations the noun names by name (`organizations_described`), of which `found` is the latest."""
    doc = state.doc
    refs = [ref for ref in state.before(anaphor)
            if ref.entity in fitting and anaphor.sentence - ref.sentence <= NAMED_ORGANIZATION_SENTENCES]
    last = max((ref for ref in refs if ref.entity == found), key=lambda ref: ref.start, default=None)
    if last is None or last.subject or not _complement_name(doc, last.head):
        return None
    subjects = [ref for ref in refs if ref.subject]
    latest = max(subjects, key=lambda ref: ref.start, default=None)
    return latest.entity if latest is not None and latest.entity != found else None


def _complement_name(doc: Document, head: int) -> bool:
    """The name completes another noun ("решение | Хамовнического суда", "акций | «Юганскнефтегаза»")."""
    index = apposition_root(doc, head)
    token = doc.tokens[index]
    if not token.rel.startswith("nmod") or not 0 <= token.head < len(doc.tokens) \
            or doc.tokens[token.head].pos not in ("NOUN", "PROPN"):
        return False
    sentence = doc.sentences[token.sentence]
    return not any(doc.tokens[i].head == index and doc.tokens[i].rel == "case"
                   for i in range(sentence.token_start, index))  # "хищение | из «Мособлбанка»": no complement


def kind_of_organization(state: Resolution, anaphor: Anaphor, decision: Decision) -> int | None:
    """The organization of the kind noun's kind (`kinds.organization_of_kind`), None when no kind is known; the
    decision notes a team known by how the text places its name (`kinds.team_by_context`) and a noun a person's
    genitive singles out (`kinds.person_genitive`), both under `organization_of_kind`."""
    if person_genitive(state.doc, anaphor):
        decision.note("organization_of_kind", "reject", None, "a person's genitive singles out the organization "
                                                              "(kinds.person_genitive)")
        return None
    before = state.before(anaphor)
    outlets = {ref.entity for ref in before
               if state.infos[ref.entity].type == "ORG" and is_outlet(state.ctx, ref.entity)}
    found = organization_of_kind(state.doc, anaphor, before, times_named(ref for ref in before if ref.kind == "name"),
                                 outlets)
    if found is not None and not own_kinds(state.doc, found):
        decision.note("organization_of_kind", "score", found, f"'{state.doc.entities[found].name}' is a team by how "
                                                              "the text places its name (kinds.team_by_context)")
    return found


def salient_of_kind(state: Resolution, anaphor: Anaphor, found: int | None, near: dict[int, int]) -> int | None:
    """Of the organizations of the noun's kind in reach (`near`: `of_kind_in_reach` of `found`), the one the story
    names most often, the latest of a tie ("ЮКОС … «Юганскнефтегаз» … компания": the story's company, not the one
    named last)."""
    if found is None:
        return None
    counts = times_named(ref for ref in state.before(anaphor) if ref.kind == "name")
    return max(near, key=lambda entity: (counts.get(entity, 0), near[entity]))


def of_kind_in_reach(state: Resolution, anaphor: Anaphor, found: int) -> dict[int, int]:
    """The organizations of the noun's kind named in reach (and `found`, the latest one): entity -> where last."""
    near = {ref.entity: ref.start for ref in state.before(anaphor) if ref.kind == "name"
            and anaphor.narrative - ref.narrative <= rules.OTHER_SENTENCES and state.infos[ref.entity].type == "ORG"
            and of_kind(state.ctx, ref.entity, anaphor.lemma)}
    near[found] = max(near.get(found, -1), 0)
    return near


HEADLINE_SENTENCES = 3  # a headline's "Суд" is named this many sentences into the story


def in_headline(doc: Document, anaphor: Anaphor) -> bool:
    """The anaphor is the subject of the first sentence, and a line break ends that sentence (the headline's topic:
    "Суд отказал блогеру"; an object, "задержали активиста", may be anyone the story names)."""
    end = doc.tokens[doc.sentences[0].token_end - 1].end
    return anaphor.sentence == 0 and "\n" in doc.text[anaphor.end:end + 2] \
        and doc.tokens[anaphor.head].rel.startswith("nsubj")


@rule("coref")
def headline_role(state: Resolution, anaphor: Anaphor) -> int | None:
    """A role noun in the headline ("Президент посетил завод") is the first person the story introduces with that
    very noun, within HEADLINE_SENTENCES sentences ("Президент Кении Олег Смирнов …"; a synonym is not enough:
    "Глава комитета" is not the "председатель думы" named first)."""
    def fits(entity: int, info: EntityInfo) -> bool:
        return info.type == "PER" and not (anaphor.gender and info.gender and anaphor.gender != info.gender) \
            and anaphor.lemma in state.introduced(entity)

    return _story_entity_after_headline(state, anaphor, fits)


@rule("coref")
def headline_organization(state: Resolution, anaphor: Anaphor) -> int | None:
    """A bare organization noun in the headline ("Суд отказал критику") is the organization the story names right
    after it with that noun in its name ("Тверской суд"), within HEADLINE_SENTENCES sentences."""
    return _story_entity_after_headline(
        state, anaphor, lambda _entity, info: info.type == "ORG" and anaphor.lemma in info.name_words)


def _story_entity_after_headline(state: Resolution, anaphor: Anaphor,
                                 fits: Callable[[int, EntityInfo], bool]) -> int | None:
    """The first entity named after a headline anaphor, within HEADLINE_SENTENCES sentences, that `fits`."""
    if not in_headline(state.doc, anaphor):
        return None
    for ref in state.referents:
        if ref.start <= anaphor.end or ref.kind != "name":
            continue
        if ref.sentence > HEADLINE_SENTENCES:
            break
        if fits(ref.entity, state.infos[ref.entity]):
            return ref.entity
    return None


REPORTING_LEMMAS = frozenset({"сообщать", "сообщить", "писать", "написать", "передавать", "передать", "публиковать",
                              "опубликовать", "цитировать", "процитировать", "выяснить", "узнать", "данные",
                              "информация", "версия", "сведения", "источник", "собеседник", "корреспондент",
                              "журналист", "публикация", "материал", "статья", "сайт", "эфир", "интервью"})
MEDIA_SENTENCES = 4


def outlet_instead(state: Resolution, anaphor: Anaphor, decision: Decision, refused: int | None = None) -> Decision:
    """A media noun that found no news outlet by name or kind (none, or a public body of kind "агентство": МИД,
    МЧС, `refused`) is the outlet reported as a source in reach (`media_source`), else the one outlet of the story
    (`story_outlet`); otherwise `decision` stands as it is."""
    found = media_source(state, anaphor)
    if found is not None and found != refused:
        return decision.link(found, "media_source", state.doc.entities[found].name)
    found = attributed_outlet(state, anaphor)
    if found is not None and found != refused:
        return decision.link(found, "attributed_outlet", state.doc.entities[found].name)
    found = story_outlet(state, anaphor)
    if found is not None and found != refused:
        return decision.link(found, "story_outlet", state.doc.entities[found].name)
    return decision


def source_outlet(state: Resolution, ref: Referent) -> bool:
    """An organization's name mention reported as a source ("сообщает «Вестник»", "по данным «Вестника»", "в
    интервью «Вестнику»"), or an organization known as a news outlet (`is_outlet`); not a site that relays another
    medium's text (`relaying_site`)."""
    if ref.kind != "name" or state.infos[ref.entity].type != "ORG" or relaying_site(state, ref):
        return False
    doc = state.doc
    head = doc.tokens[ref.head].head
    reported = 0 <= head < len(doc.tokens) and lemma_of(doc.tokens[head]) in REPORTING_LEMMAS \
        and not _reported_from(doc, ref)
    return reported or is_outlet(state.ctx, ref.entity) or outlet_kind(state, ref.entity) != ""


def relaying_site(state: Resolution, ref: Referent) -> bool:
    """A site named as the one that relays another medium's text ("пишет The Times (перевод на сайте Inopressa.ru)",
    "цитаты из российских газет приводит сайт Заголовки.ru": `relaying_mention`, the name set on a site noun,
    SITE_NOUNS) published no article of its own: no outlet a later "издание", "газета" may mean (the paper it
    translates is). Traced as a rejection of the mention."""
    doc = state.doc
    head = doc.tokens[ref.head].head
    site = apposition_root(doc, ref.head)
    on_site = lemma_of(doc.tokens[site]) in SITE_NOUNS or (0 <= head < len(doc.tokens)
                                                           and lemma_of(doc.tokens[head]) in SITE_NOUNS)
    if not (on_site and relaying_mention(state.ctx, ref.start)) and not _publishes_translation(doc, site):
        return False
    rejected("coref", "relaying_site", ref.start, ref.end,
             f"'{doc.entities[ref.entity].name}' relays another medium's text: no outlet of its own")
    return True


def _publishes_translation(doc: Document, subject: int) -> bool:
    """The name (or the site noun it stands beside) is the subject of a verb whose object is another medium's text
    in translation or in excerpts (TRANSLATED_TEXT_NOUNS: "перевод которого публикует Inopressa.Ru", "выдержки из
    которого публикует сайт InoPressa")."""
    verb = doc.tokens[subject].head
    if not doc.tokens[subject].rel.startswith("nsubj") or not 0 <= verb < len(doc.tokens):
        return False
    return any(lemma_of(doc.tokens[kid]) in TRANSLATED_TEXT_NOUNS and doc.tokens[kid].rel.startswith("obj")
               for kid in children(doc)[verb])


def cites_as_outlet(state: Resolution, ref: Referent) -> bool:
    """An organization's name mention as the source of reported content the way news cite each other: the subject of
    a speech verb that follows the content ("…, отмечает «Коммерсант»", "— задается вопросом швейцарская Le Temps")
    or the genitive of an attribution noun ("по мнению французской Le Figaro": ACCORDING_NOUNS); no public body,
    which speaks for itself ("…, заявил Минфин")."""
    doc = state.doc
    head = doc.tokens[ref.head].head
    if ref.kind != "name" or state.infos[ref.entity].type != "ORG" or not 0 < head < len(doc.tokens) \
            or is_public_body(doc.entities[ref.entity].name):
        return False
    rel = doc.tokens[ref.head].rel
    if lemma_of(doc.tokens[head]) in ACCORDING_NOUNS and rel.startswith("nmod"):
        return doc.tokens[head - 1].text.lower() == "по"
    before = doc.tokens[head - 1].text
    return head < ref.head and rel.startswith("nsubj") and is_speech_verb(state.ctx, head) \
        and (before == "," or is_dash(before))


FROM_PREPOSITIONS = frozenset({"в", "во", "у", "из", "от", "на"})  # "сообщили «Интерфаксу» в МЧС": the body asked


def _reported_from(doc: Document, ref: Referent) -> bool:
    """The mention is the body a report comes from or is about, behind a preposition ("сообщили «Вестнику» в МЧС",
    "со ссылкой на МИД"), not the outlet that reports."""
    index = word_before(doc, doc.token_at(ref.start), QUOTE_MARKS)
    return index >= 0 and doc.tokens[index].text.lower() in FROM_PREPOSITIONS


def outlet_kind(state: Resolution, entity: int) -> str:
    """The kind of news outlet (MEDIA_NOUN_KINDS) an organization is by its name ("Новая газета", "Первый канал",
    "Интерфакс": AGENCY_NAME_WORDS) or by the media noun that introduces it ("телеканал «Звезда»"); "" if unknown.
    Found once per entity and document (`Resolution.outlet_kinds`)."""
    kind = state.outlet_kinds.get(entity)
    if kind is None:
        kind = state.outlet_kinds[entity] = _outlet_kind(state, entity)
    return kind


def _outlet_kind(state: Resolution, entity: int) -> str:
    words = {fold(word) for word in state.doc.entities[entity].name.lower().replace("-", " - ").split()}
    words |= {fold(word) for word in state.doc.entities[entity].name.lower().split()}
    if words & AGENCY_NAME_WORDS or words == {"новости"}:
        return "agency"
    for word in words:
        if word in MEDIA_NOUN_KINDS:
            return MEDIA_NOUN_KINDS[word]
    for mention in state.doc.entities[entity].mentions:
        noun = introducing_noun(state.ctx, mention) if mention.kind == "name" else None
        if noun is not None and (kind := MEDIA_NOUN_KINDS.get(state.ctx.lemma(noun).rsplit("-", 1)[-1], "")):
            return kind
    return ""


def outlet_fits(state: Resolution, anaphor: Anaphor, entity: int) -> bool:
    """A media noun fits an outlet of its kind or of none known: "агентство" no newspaper, "газета" no agency nor
    broadcaster; "издание" any outlet but an agency or a broadcaster."""
    kind = outlet_kind(state, entity)
    wanted = MEDIA_NOUN_KINDS.get(anaphor.lemma, "")
    if not kind or kind == wanted:
        return True
    return not wanted and kind not in ("agency", "broadcast")


@rule("coref")
def media_source(state: Resolution, anaphor: Anaphor) -> int | None:
    """"издание", "газета", "агентство" is the latest organization reported as a source ("сообщает «Вестник»",
    "по данным «Вестника»", "в интервью «Вестнику»") or known as an outlet, within MEDIA_SENTENCES; one of another
    kind is passed over (`outlet_fits`: "пресс-служба телеканала" is no agency)."""
    return _latest_outlet(state, anaphor, source_outlet)


@rule("coref")
def attributed_outlet(state: Resolution, anaphor: Anaphor) -> int | None:
    """"издание", "газета" with no outlet reported in reach (`media_source`) is the latest organization cited as a
    source within MEDIA_SENTENCES the way news cite each other (`cites_as_outlet`: "…, отмечает «Коммерсант». Издание
    напоминает, что …", "По мнению французской Le Figaro, … , напоминает издание"), of the noun's kind
    (`outlet_fits`)."""
    return _latest_outlet(state, anaphor, cites_as_outlet)


def _latest_outlet(state: Resolution, anaphor: Anaphor,
                   cited: Callable[[Resolution, Referent], bool]) -> int | None:
    """The entity of the latest reference within MEDIA_SENTENCES before a media noun that `cited` takes for an
    outlet and that fits the noun's kind (`outlet_fits`); None for any other noun."""
    if anaphor.lemma not in MEDIA_NOUNS:
        return None
    for ref in sorted(state.before(anaphor), key=lambda ref: -ref.start):
        if anaphor.sentence - ref.sentence > MEDIA_SENTENCES:
            break
        if cited(state, ref) and outlet_fits(state, anaphor, ref.entity):
            return ref.entity
    return None


@rule("coref")
def story_outlet(state: Resolution, anaphor: Anaphor) -> int | None:
    """"издание", "газета", "агентство" with no outlet in reach is the one news outlet the story named before it,
    however far back ("пишет «Вестник» … <ten sentences> … отмечает издание": the story retells one outlet).
    Only outlets of the noun's kind count (`outlet_fits`: "газета" is no agency); two of them named before: none."""
    if anaphor.lemma not in MEDIA_NOUNS:
        return None
    outlets = {ref.entity for ref in state.before(anaphor) if source_outlet(state, ref)}
    fitting = {entity for entity in outlets if outlet_fits(state, anaphor, entity)}
    return fitting.pop() if len(fitting) == 1 else None


@rule("coref")
def media_outlet(state: Resolution, anaphor: Anaphor, found: int | None) -> str:
    """"агентство", "издание" found only by kind must be a news outlet ("передает агентство" is no public body)."""
    if found is None or anaphor.lemma not in MEDIA_NOUNS or is_outlet(state.ctx, found):
        return ""
    return f"'{state.doc.entities[found].name}' is no news outlet"


@rule("coref")
def place_kind(state: Resolution, anaphor: Anaphor) -> Decision:
    """A place noun ("страна", "столица", "регион") is the most salient place of its kind in reach.

    "страна" -> the country named most often, then latest; "столица" a city, "регион" a region."""
    decision = Decision(anaphor)
    before = state.before(anaphor)
    counts = times_named(before)
    fitting: dict[int, int] = {}
    own_kind: set[int] = set()  # places of a kind of their own turned down (traced once each)
    for ref in before:
        if anaphor.narrative - ref.narrative > rules.OTHER_SENTENCES:
            continue
        name = state.doc.entities[ref.entity].name
        if not rules.place_fits(anaphor.lemma, state.infos[ref.entity], name):
            fitting[ref.entity] = ref.start
        elif ref.entity not in own_kind and state.infos[ref.entity].type == "LOC" \
                and (own := rules.own_place_kind(anaphor.lemma, state.infos[ref.entity])):
            own_kind.add(ref.entity)
            decision.note("own_place_kind", "reject", ref.entity, own)
    if not fitting:
        decision = salient_place(state, anaphor, decision, counts)
        capital = story_capital(state.doc, anaphor, counts) if decision.entity is None else None
        if capital is None and decision.entity is None and own_kind:
            return decision.reject("own_place_kind", "the places in reach are of a kind of their own")
        return decision if capital is None else decision.link(capital, "story_capital",
                                                              state.doc.entities[capital].name)
    entity = max(fitting, key=lambda index: (counts[index], fitting[index]))
    latest = pointed_latest(state, anaphor, fitting)  # the latest of those left once co-arguments are dropped
    if latest is None and pointing(state.doc, anaphor):  # all dropped: "власти Перу … с этой страной" is no Перу
        return decision.reject("pointed_latest", "the places of the kind in reach are co-arguments of the "
                                                 "pointing noun")
    if latest is not None and latest != entity:
        return decision.link(latest, "pointed_latest", f"{state.doc.entities[latest].name}, named last, over "
                                                       f"{state.doc.entities[entity].name} named more often")
    own = sentence_place(state, anaphor, fitting, entity) if latest is None else None
    if own is not None:
        return decision.link(own, "sentence_place", f"{state.doc.entities[own].name}, named in the noun's sentence, "
                                                    f"over {state.doc.entities[entity].name} named more often")
    return decision.link(entity, "place_kind", f"{state.doc.entities[entity].name}, named {counts[entity]} times")


@rule("coref")
def pointed_latest(state: Resolution, anaphor: Anaphor, fitting: dict[int, int]) -> int | None:
    """A place or organization noun with a pointing word ("этой стране", "эта компания", "данной организации") is
    the one of its kind named last, not the one named most often: "этот" points at what was just spoken of
    ("Китай … поставки в Ирландию. Эта страна" is Ирландия). `fitting`: entity -> where it was last named in
    reach; None without a pointing word."""
    if not pointing(state.doc, anaphor):
        return None
    last = {ref.entity: ref for ref in state.before(anaphor) if ref.entity in fitting}
    kept = {entity: start for entity, start in fitting.items()
            if entity not in last or not _co_argument(state, anaphor, last[entity])}
    return max(kept, key=lambda entity: kept[entity]) if kept else None


@rule("coref")
def sentence_place(state: Resolution, anaphor: Anaphor, fitting: dict[int, int], chosen: int) -> int | None:
    """A country noun ("страна", "государство") takes the country its own sentence named before it, over one named
    more often outside the sentence ("Если Турция запретит ВВС США использовать свои базы на востоке страны",
    "президент Филиппин сделала выбор в пользу национальных интересов страны"): the latest such country, unless
    the chosen one is named in the sentence too, or the country is the subject of the noun's own clause
    (`rules.binding`: "Россия оккупировала страну" is no Россия). Not after a pointing word (`pointed_latest`),
    nor for "республика", "регион", "город", nor a role's complement: "глава государства" is a person, whose country
    is his own, not the one his sentence names ("упрекнул Трампа в попустительстве Северной Корее, выделив
    отношение главы государства к Киму")."""
    if anaphor.lemma not in COUNTRY_KINDS or anaphor.lemma == "республика" or pointing(state.doc, anaphor) \
            or _completes_role(state.doc, anaphor):
        return None
    named: dict[int, int] = {}
    for ref in state.before(anaphor):
        if ref.entity in fitting and ref.sentence == anaphor.sentence and ref.end <= anaphor.start:
            named[ref.entity] = -1 if _apart_from(state, anaphor, ref) else ref.start
    if chosen in named:
        return None
    kept = {entity: start for entity, start in named.items() if start >= 0}
    return max(kept, key=lambda entity: kept[entity]) if kept else None


def _completes_role(doc: Document, anaphor: Anaphor) -> bool:
    """The noun is the genitive complement of a person's role noun ("глава государства", "президент страны")."""
    owner = doc.tokens[anaphor.head].head
    return owner >= 0 and lemma_of(doc.tokens[owner]) in PERSON_ROLES


def _apart_from(state: Resolution, anaphor: Anaphor, ref: Referent) -> bool:
    """The country mention cannot be what the country noun of its sentence means: the subject of the noun's clause
    (`rules.binding`), a conjunct of the noun joined by a conjunction ("между Россией и этим государством"; "в
    Литве, стране" is an apposition), or a mention inside a quote the noun is not in ("«… статуса Абхазии …»,
    добавил глава государства")."""
    tokens, below = state.doc.tokens, children(state.doc)
    conjoined = any(tokens[one].head == other and tokens[one].rel == "conj"
                    and any(tokens[kid].rel == "cc" for kid in below[one])  # "и", not "Литве, стране"
                    for one, other in ((ref.head, anaphor.head), (anaphor.head, ref.head)))
    return bool(rules.binding(state.doc, anaphor, ref)) or conjoined \
        or state.quote_of(ref.start, ref.end) != state.quote_of(anaphor.start, anaphor.end)


def pointing(doc: Document, anaphor: Anaphor) -> bool:
    """A pointing word ("этот", "данный", "указанный") stands before the anaphor's head."""
    return any(lemma_of(doc.tokens[index]) in POINTING_WORDS
               for index in range(doc.token_at(anaphor.start), anaphor.head))


def _co_argument(state: Resolution, anaphor: Anaphor, ref: Referent) -> bool:
    """The mention is a co-argument of the pointing noun in its own clause, which "этот" does not point at: the
    clause's subject or the genitive that completes it ("Альфа-банк требует с этой компании", "власти Перу
    закрыли границу с этой страной": `rules.binding`), or the noun the pointing noun completes ("на заседании
    Исполнительного комитета этой организации")."""
    doc = state.doc
    if ref.sentence != anaphor.sentence:
        return False
    governor = doc.tokens[anaphor.head].head
    if 0 <= governor < len(doc.tokens) and ref.start <= doc.tokens[governor].start < ref.end:
        return True
    if _complement_name(doc, ref.head) and doc.tokens[doc.tokens[apposition_root(doc, ref.head)].head].rel \
            .startswith("nsubj"):
        ref = replace(ref, head=doc.tokens[apposition_root(doc, ref.head)].head, subject=True)  # "власти | Перу"
    return bool(rules.binding(doc, anaphor, ref))


SALIENT_PLACE_MENTIONS = 2  # a place named this often before is the story's place for "страна" far back


@rule("coref")
def salient_place(state: Resolution, anaphor: Anaphor, decision: Decision, counts: dict[int, int]) -> Decision:
    """With no place of the kind in reach, the story's place of that kind when no other place is in reach.

    The story's place: the one fitting place named before at least twice and more often than any other fitting
    one ("Наводнение в Ирландии … Спасательные службы страны")."""
    fitting = [entity for entity in counts if not rules.place_fits(anaphor.lemma, state.infos[entity],
                                                                    state.doc.entities[entity].name)]
    ranked = sorted(fitting, key=lambda entity: -counts[entity])
    if not ranked or counts[ranked[0]] < SALIENT_PLACE_MENTIONS \
            or (len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]):
        home = home_country(state, anaphor, counts)
        if home is not None:
            return decision.link(home, "home_country", state.doc.entities[home].name)
        if (only := story_country(state, anaphor)) is not None:
            return decision.link(only, "story_country", state.doc.entities[only].name)
        return decision.reject("place_kind", f"no place of kind '{anaphor.lemma}' in reach")
    entity = ranked[0]
    near = {ref.entity for ref in state.before(anaphor) if anaphor.narrative - ref.narrative <= rules.OTHER_SENTENCES
            and state.infos[ref.entity].type == "LOC" and ref.entity != entity}
    if near and (home := home_country(state, anaphor, counts)) == entity:
        return decision.link(home, "home_country", state.doc.entities[home].name)  # Russia: the story's own country
    if near and story_country(state, anaphor) == entity:  # the places in reach are no countries: the country's own
        return decision.link(entity, "story_country", state.doc.entities[entity].name)
    if near:  # another place in reach that is not of the kind ("Мозамбик" unknown as a country): too risky
        return decision.reject("salient_place", f"'{state.doc.entities[min(near)].name}' is in reach")
    return decision.link(entity, "salient_place", f"{state.doc.entities[entity].name}, named {counts[entity]} times")


@rule("coref")
def country_side(state: Resolution, anaphor: Anaphor) -> Decision:
    """"российская сторона", "американской стороны" is the country the adjective names, when the story names it."""
    decision = Decision(anaphor)
    entity = named_country(state, anaphor)
    if entity is None:
        return decision.reject("country_side", f"{anaphor.lemma} is not named before")
    return decision.link(entity, "country_side", state.doc.entities[entity].name)


def named_country(state: Resolution, anaphor: Anaphor) -> int | None:
    """The place entity named before the anaphor by the country its lemma holds (or an alias: "РФ", "Америка"),
    the most often named one. `owned_country` finds its country otherwise, on purpose: its country is a key that
    the owner's description gives, not the anaphor's word, so it reads the country every word of a place's name
    shows (`kinds.name_countries`: "Республика Беларусь") in the whole document (the owner was resolved before; the
    country may be named after), and wants one place, where a most-named one would guess."""
    country = fold(anaphor.lemma)
    names = COUNTRY_NAME_VARIANTS.get(country, frozenset({country}))
    counts: dict[int, int] = {}
    for ref in state.before(anaphor):
        if state.infos[ref.entity].type == "LOC" and fold(state.doc.entities[ref.entity].name) in names:
            counts[ref.entity] = counts.get(ref.entity, 0) + 1
    return max(counts, key=lambda index: counts[index]) if counts else None


@rule("coref")
def home_country(state: Resolution, anaphor: Anaphor, counts: dict[int, int]) -> int | None:
    """"страна", "государство" with no country in reach is Russia when the story names it: Russian news call their
    own country so ("главный выпускной вечер страны")."""
    if anaphor.lemma not in COUNTRY_KINDS or anaphor.lemma == "республика":
        return None
    return _most_named_home(state, counts)


STORY_COUNTRY_NOUNS = OUR_COUNTRY_NOUNS  # "страна", "государство"; not "королевство", "республика" of a region


@rule("coref")
def story_country(state: Resolution, anaphor: Anaphor) -> int | None:
    """"страна", "государство" with no country in reach is the one country the whole story names, before or after
    it ("Во всех школах страны … в России", headline "Туркменбаши пригрозил главам регионов страны"), when the
    story names no other country, no numeral counts the noun ("на рынках 131 страны") or genitive qualifies it,
    and no adjective or people's noun of another country stands in its sentence ("Россиянам эпидемия не грозит:
    большинство жителей страны" with only Германия named is no German's)."""
    if anaphor.lemma not in STORY_COUNTRY_NOUNS or _counted(state.doc, anaphor.head):
        return None
    doc = state.doc
    countries = state.named_places.get(anaphor.lemma)
    if countries is None:
        countries = state.named_places[anaphor.lemma] = _named_places(state, anaphor.lemma)
    if len(countries) != 1:
        return None
    only = countries[0]
    names = COUNTRY_NAME_VARIANTS.get(fold(doc.entities[only].name), frozenset({fold(doc.entities[only].name)}))
    sentence = doc.sentences[anaphor.sentence]
    for token in doc.tokens[sentence.token_start:sentence.token_end]:
        country = _country_word(token)
        if country and country not in names and not names & COUNTRY_NAME_VARIANTS.get(country, frozenset()):
            return None
    return only


def _named_places(state: Resolution, lemma: str) -> list[int]:
    """The entities named by a name (not only referred to) that the place noun fits (`rules.place_fits`)."""
    return [index for index, entity in enumerate(state.doc.entities)
            if any(mention.kind == "name" for mention in entity.mentions)
            and not rules.place_fits(lemma, state.infos[index], entity.name)]


def _country_word(token: Token) -> str:
    """The folded country a word names: a country adjective ("японской"), or a people's noun sharing the first
    DEMONYM_STEM letters with one ("россиянам", "американец"); "" for any other word."""
    lemma = lemma_of(token)
    country = COUNTRY_ADJECTIVES.get(lemma)
    if country:
        return fold(country)
    if token.pos != "NOUN" or token.feats.get("Animacy") != "Anim" or len(lemma) <= DEMONYM_STEM:
        return ""
    adjectives = ADJECTIVES_BY_DEMONYM_STEM.get(fold(lemma)[:DEMONYM_STEM])
    return fold(COUNTRY_ADJECTIVES[adjectives[0]]) if adjectives else ""


def _counted(doc: Document, head: int) -> bool:
    """A numeral counts the noun ("131 страны", "двух государств": several, no one referent), or a genitive noun
    after it makes it a periphrasis of its own ("в стране двойных чизбургеров", "страна восходящего солнца")."""
    before = doc.tokens[head - 1] if head > 0 else None
    return (before is not None and before.pos == "NUM") \
        or any(token.head == head and token.pos == "NUM" for token in doc.tokens[max(0, head - 3):head]) \
        or any(token.head == head and token.pos == "NOUN" and token.feats.get("Case") == "Gen"
               and token.text[:1].islower() for token in doc.tokens[head + 1:head + 4])


def times_named(refs: Iterable[Referent]) -> dict[int, int]:
    """entity -> how many of `refs` name it, in the order each is first named (ties go to the first)."""
    counts: dict[int, int] = {}
    for ref in refs:
        counts[ref.entity] = counts.get(ref.entity, 0) + 1
    return counts


def _most_named_home(state: Resolution, counts: dict[int, int]) -> int | None:
    """The entity named Russia (HOME_COUNTRY) that `counts` (entity -> times named) counts most, the first of a
    tie; None when none is."""
    homes = [entity for entity in counts if fold(state.doc.entities[entity].name) in HOME_COUNTRY]
    return max(homes, key=lambda entity: counts[entity]) if homes else None


@rule("coref")
def our_country(state: Resolution, anaphor: Anaphor) -> Decision:
    """"наша страна", "нашего государства" is Russia when the story names it: Russian news, and the Russians they
    quote, call their own country so ("население нашей страны")."""
    decision = Decision(anaphor)
    counts = times_named(state.before(anaphor))
    entity = _most_named_home(state, counts)
    if entity is None:
        return decision.reject("our_country", "the story names no Russia before")
    return decision.link(entity, "our_country", f"{state.doc.entities[entity].name}, named {counts[entity]} times")


@rule("coref")
def owned_country(state: Resolution, anaphor: Anaphor) -> Decision:
    """"свою страну", "его страна", "их страну" is the country of the one its possessive or reflexive stands for,
    resolved before it ("Обама заявил, что его стране не удалось победить расизм", "Ильвес, сравнивая свою
    страну с другими"): the one country the document shows that person or body to be of (`known_countries`) that
    the document also names. Unlinked when the owner is unresolved, a place itself, of no known country or of
    several, or when that country is not named. Not `named_country` (the country of the anaphor's own word, named
    before it): see there."""
    decision = Decision(anaphor)
    owner = state.by_token.get(anaphor.head - 1)
    if owner is None or state.infos[owner].type == "LOC":
        return decision.reject("owned_country", "the owner is unresolved" if owner is None else "the owner is a place")
    countries = known_countries(state, owner)
    if len(countries) != 1:
        return decision.reject("owned_country", f"{state.doc.entities[owner].name} is of {len(countries)} countries")
    country = next(iter(countries))
    named = [entity for entity, item in enumerate(state.doc.entities)
             if item.type == "LOC" and country in name_countries(item.name)]
    if len(named) != 1:
        return decision.reject("owned_country", f"'{country}' is named as {len(named)} places")
    return decision.link(named[0], "owned_country", f"the country of {state.doc.entities[owner].name}")


@rule("coref")
def capital(state: Resolution, anaphor: Anaphor) -> Decision:
    """A capital by its country's adjective ("испанская столица", "датской столицы") is that country's capital
    (`entities.lexicon.CAPITALS`) when the story names it before."""
    decision = Decision(anaphor)
    wanted = fold(anaphor.lemma)
    for ref in reversed(state.before(anaphor)):
        if state.infos[ref.entity].type == "LOC" and fold(state.doc.entities[ref.entity].name) == wanted:
            return decision.link(ref.entity, "capital", f"the capital named '{anaphor.lemma}'")
    return decision.reject("capital", f"'{anaphor.lemma}' not named before")


@rule("coref")
def brand_of_many(doc: Document, nouns: list[int]) -> bool:
    """A name introduced only by a plural kind noun names the maker or the line of many things ("автомобили
    Chevrolet", "в смартфонах Samsung", "компьютеры IBM", "жилые комплексы «Александрийский Маяк»"): a singular
    kind noun after it ("автомобиль", "смартфоном") is one of those things, not the company named. `introduced_kind`
    leaves it unlinked; one introduced in the singular ("станция «Мир»", "автомобиль Bentley") stays its entity."""
    return bool(nouns) and all(doc.tokens[noun].feats.get("Number") == "Plur" for noun in nouns)


@rule("coref")
def introduced_kind(state: Resolution, anaphor: Anaphor) -> Decision:
    """A noun of no lexicon that introduced an organization's or place's name ("станция «Мир»", "корабль
    «Прогресс»", "остров Кипр") is that entity when it is named within KIND_SENTENCES story sentences before it, and
    no other entity introduced with the same noun is: "станция «Мир» … Станция сошла с орбиты". When the noun only
    heads the entity's own name (`mentions.name_head_noun`: "Североатлантический альянс … альянс"), the link is
    name_head_noun's and needs the entity named at least MIN_NAMES times (on dev, an entity named once is rarely
    referred to again, and its chain is seldom anchored)."""
    decision = Decision(anaphor)
    introduced = {entity for entity, noun in state.kind_nouns.get(anaphor.lemma, []) if noun < anaphor.head}
    near = {ref.entity for ref in state.before(anaphor)
            if ref.entity in introduced and anaphor.narrative - ref.narrative <= KIND_SENTENCES}
    if len(near) != 1:
        return decision.reject("introduced_kind", f"{len(near)} entities introduced as '{anaphor.lemma}' in reach")
    entity = near.pop()
    nouns = [noun for owner, noun in state.kind_nouns[anaphor.lemma] if owner == entity and noun < anaphor.head]
    if brand_of_many(state.doc, nouns):
        return decision.reject("brand_of_many", f"'{state.doc.entities[entity].name}' introduced only as "
                                                f"'{state.doc.tokens[nouns[0]].text}': a brand of many")
    if all(noun in state.covered for noun in nouns):
        named = sum(mention.kind == "name" for mention in state.doc.entities[entity].mentions)
        if named < MIN_NAMES:
            return decision.reject("name_head_noun", f"'{state.doc.entities[entity].name}' named {named} times, "
                                                     f"under {MIN_NAMES}")
        return decision.link(entity, "name_head_noun", f"the head of its name '{state.doc.entities[entity].name}'")
    return decision.link(entity, "introduced_kind", f"introduced as '{anaphor.lemma}'")


# the relations that put a person in the state of its verb: "задержали | Иванова", "Иванов | погиб", "был задержан |
# Иванов"
STATE_RELATIONS = ("nsubj", "obj")
STATE_STEM = 5  # letters of the verb lemma a participle shares with its verb's other aspect ("обвин-ять/-ить")


ACTIVE_STATE_ENDING = "ш"  # the stem of an active participle: "погибш-", "пострадавш-", "пропавш-"


STEM_SUFFIX = 3  # letters of a state stem past its verb's root: "пострадавш" / "пострада-ть", "обвиняем" / "обвин-ить"


def _state_stem(doc: Document, anaphor: Anaphor) -> str:
    """The stem of STATE_PERSON_STEMS the anaphor's word begins with ("" for none)."""
    word = fold(doc.tokens[anaphor.head].text.lower())
    return next((stem for stem in STATE_PERSON_STEMS if word.startswith(stem)), "")


def _active_state(stem: str) -> bool:
    """The anaphor's stem is an active participle's (ACTIVE_STATE_ENDING: "погибший", "пострадавшая",
    "пропавший"), whose person is its verb's subject; the others are passive ("задержанный", "убитый",
    "обвиняемый", "раненый"), whose person is its verb's object."""
    return stem.endswith(ACTIVE_STATE_ENDING)


def _voice_fits(doc: Document, token: Token, active: bool) -> bool:
    """The mention's relation to its verb puts it in the state by the participle's voice: an active participle's
    person is the subject of an active verb ("Иванов | погиб"); a passive one's is the object ("задержали |
    Иванова") or the subject of a passive ("был задержан | Иванов", "Иванов ранен"), never the subject of an active
    verb ("Инспектор Иванов задержал | водителя", "Иванов убил соседа": the one who did it)."""
    if token.rel.startswith("obj"):
        return not active
    verb = doc.tokens[token.head]
    passive = token.rel.startswith("nsubj:pass") or verb.feats.get("Voice") == "Pass" \
        or verb.feats.get("Variant") == "Short"
    return passive != active


def _state_verb(doc: Document, ref: Referent, active: bool) -> int | None:
    """The verb or participle the person's mention (or the noun it is set beside: "задержала художницу | Мегуми
    Игараси") is the subject or object of ("задержан | Иванов"), in the slot the participle's voice gives
    (`_voice_fits`), or the participle set on the mention ("задержанного | Иванова"); None when there is none."""
    token = doc.tokens[apposition_root(doc, ref.head)]  # "задержала художницу из Токио | Мегуми Игараси"
    if token.rel.startswith(STATE_RELATIONS) and token.head >= 0 and doc.tokens[token.head].pos in ("VERB", "ADJ") \
            and _voice_fits(doc, token, active):
        return token.head
    return next((child for child in children(doc)[ref.head]
                 if doc.tokens[child].rel.startswith("amod") and doc.tokens[child].pos in ("VERB", "ADJ")), None)


def _same_state(doc: Document, verb: int, anaphor: Anaphor, stem: str) -> bool:
    """The verb and the anaphor's participle share their verb lemma, one aspect or the other, or its stem (an
    adjective's lemma: "погибший" / "погибнуть"), and the verb has the root of the participle's state stem (all of
    it but STEM_SUFFIX letters): "построил" shares "постр-" with "пострадавший", but is no "пострада-ть")."""
    word, lemma = lemma_of(doc.tokens[verb]), anaphor.lemma
    if not word.startswith(stem[:len(stem) - STEM_SUFFIX]):
        return False
    return word == lemma or (len(word) > STATE_STEM and word[:STATE_STEM] == lemma[:STATE_STEM])


@rule("coref")
def state_introduced(state: Resolution, anaphor: Anaphor) -> Decision:
    """A participle or adjective used as a noun ("задержанный", "погибшей", "обвиняемому") is the person named
    last, within ROLE_SENTENCES and agreeing in gender, of those the story put in that state: the subject or object
    of the same verb ("задержан Иванов … задержанный заявил", "убит Абу Умар … убитый являлся") or a person named
    with the participle ("задержанного Иванова … задержанный"). Nobody else: a bare "пострадавший" may be someone
    new."""
    decision = Decision(anaphor)
    persons = state.persons_before(anaphor, ROLE_SENTENCES)
    stem = _state_stem(state.doc, anaphor)
    verbs = {ref.entity: verb for ref in persons if (verb := _state_verb(state.doc, ref, _active_state(stem)))
             is not None and _same_state(state.doc, verb, anaphor, stem)}
    # of several put in that state, the one named last ("ранее был арестован Губанов … Адвокат Голубкина
    # подтвердил, что арестованный": Голубкин, arrested before that)
    latest = next((ref for ref in reversed(persons) if ref.entity in verbs), None)
    if latest is None:
        return decision.reject("state_introduced", f"nobody put in the state of '{anaphor.lemma}' before it")
    rival = next((ref for ref in persons if ref.sentence == anaphor.sentence and ref.entity not in verbs), None)
    if rival is not None:  # "Адвокат Голубкина подтвердил, что арестованный …": it may be Голубкин, whose arrest
        return decision.reject("state_introduced", f"'{state.doc.entities[rival.entity].name}' named in its "
                                                   "sentence, not said to be in that state")
    return decision.link(latest.entity, "state_introduced",
                         f"put in that state by '{state.doc.tokens[verbs[latest.entity]].text}'")


@rule("coref")
def defended_client(state: Resolution, anaphor: Anaphor) -> Decision:
    """A lawyer's client ("его подзащитный", "своего подзащитного", "моего доверителя") is the person whose defence
    the story named before it: the genitive name of a defender noun ("адвокат Ходорковского Юрий Шмидт", "защитники
    Пичугина", "защита Лебедева"; DEFENDER_NOUNS) or the name a client noun introduced ("его подзащитному Платону
    Лебедеву"), not of another gender. Where the story defends several people, the client of the lawyer its
    possessive stands for ("адвокат Лебедева Евгений Бару … адвокат Ходорковского Юрий Шмидт … его подзащитного"
    of Шмидт is Ходорковский), else none. Unlinked when the story names no one so: "Адвокат мужчины … попросила суд
    не лишать ее подзащитного свободы" leaves the client unnamed, and "По словам адвоката Ивана Петрова, его
    подзащитный …" names only the lawyer (`_defender_own_name`)."""
    decision = Decision(anaphor)
    doc = state.doc
    named = [ref for ref in state.before(anaphor) if ref.kind == "name" and state.infos[ref.entity].type == "PER"
             and not (anaphor.gender and state.infos[ref.entity].gender not in ("", anaphor.gender))
             and _defended(doc, ref)]
    lawyers = [ref for ref in named if _defender_own_name(state, ref)]
    if not named or len(lawyers) == len(named):
        return decision.reject("defended_client", "the story names nobody's defence before it" + "".join(
            f"; '{doc.entities[ref.entity].name}' is the lawyer's own name" for ref in lawyers[:1]))
    people = {ref.entity for ref in named}  # a lawyer named beside a client still makes several: his own client
    if len(people) > 1:  # may be one the parse hides ("уведомил защитника Михаила Ходорковского")
        owner = _possessive_owner(state, anaphor)
        people = {ref.entity for ref in named if owner is not None and _lawyer(state, ref) == owner}
        if len(people) != 1:
            return decision.reject("defended_client", "the story defends several people, none by its possessive's "
                                                      "lawyer")
    client = people.pop()
    return decision.link(client, "defended_client", f"the defence of {doc.entities[client].name}")


def _possessive_owner(state: Resolution, anaphor: Anaphor) -> int | None:
    """Whose client: the entity the possessive inside the anaphor was linked to ("его | подзащитный"), or for "свой",
    which is resolved later, the named subject of the nearest clause above it with one, or the name in apposition
    to that subject ("адвокат Алексея Пешкуна Александр Шишин заявил о самооговоре со стороны своего подзащитного":
    Шишин); None when neither is known."""
    doc = state.doc
    first = doc.token_at(anaphor.start)
    owner = next((state.by_token[index] for index in range(first, anaphor.head) if index in state.by_token), None)
    if owner is not None or first == anaphor.head or lemma_of(doc.tokens[first]) not in REFLEXIVE_PRONOUNS:
        return owner
    kids = children(doc)
    for above in doc.ancestors(anaphor.head):
        subject = next((child for child in kids[above] if doc.tokens[child].rel.startswith("nsubj")), None)
        if subject is not None:  # "адвокат … Александр Шишин заявил": the subject noun's own name, if unnamed
            named = rules.appositive_name(doc, subject) if subject not in state.by_token else subject
            return state.by_token.get(named) if named is not None else None
    return None


def _defender(doc: Document, ref: Referent) -> int | None:
    """The defender noun whose genitive the person's name is ("адвокат | Ходорковского"), None when there is none."""
    name = doc.tokens[ref.head]
    governor = name.head
    if 0 <= governor < ref.head and name.feats.get("Case") == "Gen" \
            and lemma_of(doc.tokens[governor]) in DEFENDER_NOUNS:
        return governor
    return None


def _defended(doc: Document, ref: Referent) -> bool:
    """The person's name is the genitive of a defender noun before it ("адвокат | Ходорковского") or follows a client
    noun ("подзащитному | Платону Лебедеву")."""
    if _defender(doc, ref) is not None:
        return True
    before = word_before(doc, doc.token_at(ref.start), QUOTE_MARKS)
    return before >= 0 and lemma_of(doc.tokens[before]) in CLIENT_NOUNS


def _person_named_after(state: Resolution, ref: Referent) -> int | None:
    """Another person whose name follows the name right after it ("адвокат Ходорковского | Юрий Шмидт"), else None."""
    after = state.doc.token_at(ref.end)
    entity = state.by_token.get(after, ref.entity) if after < len(state.doc.tokens) else ref.entity
    return entity if entity != ref.entity and state.infos[entity].type == "PER" else None


def _defender_own_name(state: Resolution, ref: Referent) -> bool:
    """"По словам адвоката Ивана Петрова, его подзащитный …", "своих адвокатов Марка Фейгина": a name in the genitive
    after a defender noun in the genitive agrees with it, so it is the lawyer's own name, when it names the person
    for the first time and no other person's name follows it ("адвоката Ольги Шушлебиной Дениса Мартинкова": the
    lawyer's name comes after the client's); a person the story named before is the client ("Ходорковский … по
    словам адвоката Ходорковского")."""
    noun = _defender(state.doc, ref)
    if noun is None or state.doc.tokens[noun].feats.get("Case") != "Gen" or _person_named_after(state, ref) is not None:
        return False
    return not any(other.entity == ref.entity and other.kind == "name" and other.end <= ref.start
                   for other in state.antecedents)


def _lawyer(state: Resolution, ref: Referent) -> int | None:
    """The person whose name stands in apposition to the defender noun of a client's name: right after the client's
    name ("адвокат Ходорковского | Юрий Шмидт", however the parse hangs it), else as the parse sets it ("Юрий Шмидт,
    | адвокат Ходорковского"); None when the noun has no name of its own."""
    doc = state.doc
    noun = _defender(doc, ref)
    if noun is None:
        return None
    after = _person_named_after(state, ref)
    if after is not None:
        return after
    named = rules.appositive_name(doc, noun)
    if named is None and doc.tokens[noun].rel.startswith("appos"):
        named = doc.tokens[noun].head
    return state.by_token.get(named) if named is not None and named != ref.head else None


@rule("coref")
def suing_party(state: Resolution, anaphor: Anaphor) -> Decision:
    """A lawsuit's party ("истец", "истица", "ответчик") is the person or body the story named before it as filing
    the suit — the genitive name of "иск" ("иск Навального", "в удовлетворении иска Смыкова") or the subject of the
    verb whose object is the suit ("Костенко подал иск", "Нассо предъявил … иск") — or, for a defendant, as the one
    it is against ("иск Навального к Путину", "подал иск в суд против компании", "предъявил звезде Голливуда иск"),
    a person of the noun's gender ("истица" is a woman). Unlinked when no suit with a named party of that side is
    told before it, or when suits of several are ("иск «Юганска» … «Роснефть» подала иск … По мнению истца")."""
    decision = Decision(anaphor)
    doc = state.doc
    side = "plaintiff" if anaphor.category == "plaintiff" else "defendant"
    parties = [ref for ref in state.before(anaphor) if ref.kind == "name"
               and state.infos[ref.entity].type in ("PER", "ORG")
               and not (anaphor.gender and state.infos[ref.entity].gender not in ("", anaphor.gender))
               and _suit_side(doc, ref.head) == side]
    named = {ref.entity for ref in parties}
    if len(named) != 1:
        return decision.reject("suing_party", f"no suit with a named {side} before it" if not named
                               else f"suits with {len(named)} named {side}s before it")
    party = named.pop()
    return decision.link(party, "suing_party", f"the {side} of a suit: {doc.entities[party].name}")


def _suit_side(doc: Document, name: int) -> str:
    """"plaintiff" when a name's head token files a suit (the genitive of "иск", or the subject of a filing verb whose
    object is one: FILING_VERBS, not "Верховный суд отклонил иск"), "defendant" when the suit is against it (its
    "к"/"против" phrase, or the dative of the filing verb), "" otherwise."""
    token = doc.tokens[name]
    governor = token.head
    if 0 <= governor < name and token.rel.startswith("appos") and doc.tokens[governor].pos == "NOUN" \
            and lemma_of(doc.tokens[governor]) not in LAWSUIT_NOUNS:
        name, token = governor, doc.tokens[governor]  # "к компании | «Вектор»": the kind noun's phrase is the party
        governor = token.head
    if not 0 <= governor < len(doc.tokens):
        return ""
    kids = children(doc)
    against = any(lemma_of(doc.tokens[child]) in AGAINST_PREPOSITIONS for child in kids[name])
    suit = lemma_of(doc.tokens[governor]) in LAWSUIT_NOUNS
    filed = lemma_of(doc.tokens[governor]) in FILING_VERBS and any(
        lemma_of(doc.tokens[child]) in LAWSUIT_NOUNS and doc.tokens[child].rel.startswith("obj")
        for child in kids[governor])
    if (suit and against) or (filed and (against or token.rel.startswith("iobj"))):
        return "defendant"
    if (suit and token.feats.get("Case") == "Gen") or (filed and token.rel.startswith("nsubj")):
        return "plaintiff"
    return ""


@rule("coref")
def named_kin(state: Resolution, anaphor: Anaphor) -> Decision:
    """A possessive's spouse or child ("ее муж", "его жена", "своей супруги", "его дочь") is the one person the story
    named before it as that kin of the possessive's owner — a name beside a kin noun of the same side whose
    possessor is the owner ("Сергей Скрипаль и его дочь Юлия … его дочь" is Юлия); a spouse also the other way
    round ("Алла Бут, жена Виктора Бута … ее муж" is Бут). Of the noun's sex. Unlinked when the owner is unknown
    or the story names no such kin of it, or several ("его сын Тарас … его сын Андрей")."""
    decision = Decision(anaphor)
    doc = state.doc
    owner = _kin_owner(state, anaphor)
    if owner is None:
        return decision.reject("named_kin", "no possessive says whose kin, or it is unlinked")
    side = _kin_side(doc.tokens[anaphor.head])
    sex = KIN_SEX[side]
    kin = set()
    for ref in state.before(anaphor):
        if ref.kind != "name" or state.infos[ref.entity].type != "PER":
            continue
        stated = _named_kin_of(state, ref)
        if stated is None or state.infos[ref.entity].gender not in ("", KIN_SEX[stated[0]]):
            continue
        if stated == (side, owner):
            kin.add(ref.entity)
        elif ref.entity == owner and SPOUSE_SIDES.get(stated[0]) == side \
                and state.infos[stated[1]].gender in ("", sex):
            kin.add(stated[1])  # "Алла Бут, жена Виктора Бута … ее муж": the relation read back
    if len(kin) != 1:
        return decision.reject("named_kin", f"no {side} of its owner named before it" if not kin
                               else f"{len(kin)} {side}s of its owner named before it")
    person = kin.pop()
    return decision.link(person, "named_kin", f"the {side} of {doc.entities[owner].name}")


def _kin_owner(state: Resolution, anaphor: Anaphor) -> int | None:
    """Whose kin: the entity of the possessive that opens the anaphor or stands right before it ("его | жена": the
    description may leave it out of its span), through `_possessive_owner` for "свой"; None without one."""
    doc = state.doc
    first = doc.token_at(anaphor.start)
    if first != anaphor.head and is_possessive(doc, first):
        return _possessive_owner(state, anaphor)
    before = first - 1
    if before >= 0 and doc.tokens[before].head == anaphor.head and is_possessive(doc, before):
        return state.by_token.get(before)
    return None


def _named_kin_of(state: Resolution, ref: Referent) -> tuple[str, int] | None:
    """(side, person) when a name is said to be that kin of another person: the name follows a kin noun ("его
    супруга | Софья Ежова", "дочь | Юлия") or stands in apposition to one ("Мильда Драуле, жена убийцы Кирова
    Николаева"), and the noun's possessor — its possessive or genitive name — is linked to another person."""
    doc = state.doc
    kids = children(doc)
    before = word_before(doc, doc.token_at(ref.start), QUOTE_MARKS)
    nouns = [before] if before >= 0 and lemma_of(doc.tokens[before]) in KIN_SIDES else []
    governor = doc.tokens[ref.head].head
    if 0 <= governor < len(doc.tokens) and lemma_of(doc.tokens[governor]) in KIN_SIDES:
        nouns.append(governor)
    nouns.extend(child for child in kids[ref.head] if lemma_of(doc.tokens[child]) in KIN_SIDES
                 and doc.tokens[child].rel.startswith("appos"))
    for noun in nouns:
        for child in kids[noun]:
            other = state.by_token.get(child)
            rel = doc.tokens[child].rel
            owned = (child < noun and is_possessive(doc, child)) \
                or (rel.startswith("nmod") and doc.tokens[child].feats.get("Case") == "Gen")
            if owned and other is not None and other != ref.entity and state.infos[other].type == "PER":
                return _kin_side(doc.tokens[noun]), other
    return None


def _kin_side(token: Token) -> str:
    """The side a kin noun names: KIN_SIDES by its lemma, a spouse by the noun's own gender where the tagger gives
    one ("супруга" is lemmatized "супруг" as often as not)."""
    side = KIN_SIDES[lemma_of(token)]
    if side in SPOUSE_SIDES and token.feats.get("Gender") in ("Fem", "Masc"):
        return "wife" if token.feats["Gender"] == "Fem" else "husband"
    return side


@rule("coref")
def switched_subject(state: Resolution, anaphor: Anaphor) -> Decision:
    """A demonstrative subject standing alone ("Иванов позвонил Петрову, и тот согласился", "слова Медведева, но тот
    продолжил") is the last person named before it that agrees in gender and is not a subject the demonstrative's
    clause hangs from ("Гайрат не исключил, что тот укрылся": not Гайрат) nor the subject of the sentence before:
    "тот" switches from the subject to another, and from every mention of the subject's entity. A body or place
    only where no person agrees ("помощь Ливану, заявив, что тот"). This sentence and the one before only; unlinked
    when a person noun that names no one stands between ("оценили нового босса, тот")."""
    decision = Decision(anaphor)
    switched = {ref.entity for ref in state.before(anaphor) if _switched_from(state, anaphor, ref)}
    found = _agreeing_before(state, anaphor, lambda ref: ref.entity not in switched, persons_first=True)
    if found is None:
        return decision.reject("switched_subject", "nobody but the subject agrees in this or the sentence before")
    noun = _unnamed_person_after(state, anaphor, found)
    if noun is not None:
        return decision.reject("switched_subject", f"'{state.doc.tokens[noun].text}' names someone nearer")
    return decision.link(found.entity, "switched_subject", "the last one named who is not the subject")


@rule("coref")
def last_named(state: Resolution, anaphor: Anaphor) -> Decision:
    """"последний" standing for a noun ("граждан Стехновского и Мусина. Последний скрывается", "по словам
    последнего") is the last name before it that agrees in gender, in this sentence or the one before, when the
    story named another of its type before it in that sentence (the last of several) and no person noun that names
    no one stands between ("со своим сверстником … последний")."""
    decision = Decision(anaphor)
    found = _agreeing_before(state, anaphor, lambda ref: ref.kind == "name")
    if found is None:
        return decision.reject("last_named", "no name agrees in this or the sentence before")
    if not _named_among_others(state, found):
        return decision.reject("last_named", f"{state.doc.entities[found.entity].name} is named with no other")
    noun = _unnamed_person_after(state, anaphor, found)
    if noun is not None:
        return decision.reject("last_named", f"'{state.doc.tokens[noun].text}' names someone nearer")
    return decision.link(found.entity, "last_named", "the last one named")


def _named_among_others(state: Resolution, ref: Referent) -> bool:
    """"последний" is the last of several: another entity of the mention's type is mentioned before it in its
    sentence ("ЛДПР и «Единая Россия»", "Санторумом и Гингричем", "она … с главой агентства Витман")."""
    kind = state.infos[ref.entity].type
    return any(other.sentence == ref.sentence and other.end <= ref.start and other.entity != ref.entity
               and state.infos[other.entity].type == kind for other in state.antecedents)


def _agreeing_before(state: Resolution, anaphor: Anaphor, keep: Callable[[Referent], bool],
                     persons_first: bool = False) -> Referent | None:
    """The nearest mention before the anaphor, in its sentence or the one before, of a singular person, body or
    place of the anaphor's gender (a person of unknown gender agrees) that `keep` accepts; with `persons_first` a
    body or place only where no person agrees."""
    best: dict[bool, Referent] = {}
    for ref in state.before(anaphor):
        info = state.infos[ref.entity]
        if anaphor.narrative - ref.narrative > 1 or info.number == "plur" or info.type not in ("PER", "ORG", "LOC"):
            continue
        if info.gender != anaphor.gender and (info.gender or info.type != "PER"):
            continue
        person = persons_first and info.type == "PER"
        if keep(ref) and (person not in best or ref.end > best[person].end):
            best[person] = ref
    return best.get(True) or best.get(False)


def _unnamed_person_after(state: Resolution, anaphor: Anaphor, ref: Referent) -> int | None:
    """A singular person noun of the anaphor's gender between the mention and the anaphor that is no one's mention
    ("оценили нового босса, тот", "в сопровождении бабушки. Та", "избранному главе государства, когда тот"; a
    noun of common gender either way): the demonstrative likelier means that one."""
    doc = state.doc
    gender = "Fem" if anaphor.gender == "femn" else "Masc"
    for index in range(doc.token_at(ref.end), anaphor.head):
        token = doc.tokens[index]
        if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Number") != "Plur" \
                and (token.feats.get("Gender") == gender or lemma_of(token) in COMMON_GENDER_PERSON_NOUNS) \
                and index not in state.by_token:
            return index  # "глава" is feminine by its form and names a man as often
    return None


def _switched_from(state: Resolution, anaphor: Anaphor, ref: Referent) -> bool:
    """The mention is a subject "тот" switches away from: of a clause the anaphor's clause hangs from, or of the
    sentence before's main clause."""
    if not ref.subject:
        return False
    doc = state.doc
    verb = doc.tokens[ref.head].head
    if ref.sentence == anaphor.sentence:
        return verb in set(rules.ancestors(doc, anaphor.head))
    return anaphor.narrative - ref.narrative == 1 and 0 <= verb < len(doc.tokens) and doc.tokens[verb].rel == "root"


RESOLVERS: dict[str, Callable[[Resolution, Anaphor], Decision]] = {
    "relative": resolve_relative, "place_relative": resolve_relative, "reflexive": reflexive_subject,
    "personal": resolve_personal, "person": resolve_person, "person_noun": introduced_noun,
    "introduced_person": repeated_introduction, "state_person": state_introduced,
    "organization": organization_description,
    "place": place_kind, "introduced_kind": introduced_kind,
    "country_side": country_side, "our_country": our_country, "owned_country": owned_country, "capital": capital,
    "client": defended_client, "plaintiff": suing_party, "defendant": suing_party,
    "switched": switched_subject, "last_named": last_named,
}


SELF_NAMING_RULES = frozenset({"office_holder"})  # links that need no earlier mention of the entity


@rule("coref")
def teaser_boundary(state: Resolution, decision: Decision) -> Decision:
    """An anaphor in a teaser of a news feed (a page of cut-off leads, each ending in "…": `marks.feed_item_ends`)
    is no mention of an entity its own teaser has not named before it: the feed's earlier teasers are other stories
    ("…У нового X … ⏎ В Кремле высоко оценили речь Путина … ⏎ Apple никогда не бросает продукт, если видит, что он
    пользуется спросом. Поэтому очевидно, что компания …": neither "он" is Путин nor "компания" Кремль). The link
    any resolver made is undone, the anaphor left unlinked; a teaser that names the entity keeps it. Not an office
    named with its country (`office_holder`: "Глава украинского государства подчеркнул"), which names its holder
    by itself."""
    if decision.entity is None or not state.feed_ends or decision.rule in SELF_NAMING_RULES:
        return decision
    anaphor = decision.anaphor
    found = bisect_right(state.feed_ends, anaphor.start)
    start = state.feed_ends[found - 1] if found else 0
    if not start or any(ref.entity == decision.entity and start <= ref.start and ref.end <= anaphor.start
                        for ref in state.referents):
        return decision
    return decision.reject("teaser_boundary", f"'{state.doc.entities[decision.entity].name}' is named only in an "
                                              "earlier teaser of the feed")


LATE_CATEGORIES = ("reflexive", "owned_country")  # resolved after the rest, in this order


def resolve_document(doc: Document) -> list[Decision]:
    """Resolve every anaphor of the document (the doc is not changed); decisions in text order."""
    state = Resolution(doc)
    heads = {(ref.start, ref.end): ref.head for ref in state.referents if ref.kind == "name"}
    anaphors = find_anaphors(doc, state.kind_nouns)
    # a reflexive waits for its clause's subject, which may come after it ("Свою кампанию она начала ...")
    # and an owned country waits for its owner's possessive or reflexive ("свою страну")
    for anaphor in sorted(anaphors, key=lambda a: LATE_CATEGORIES.index(a.category) + 1
                          if a.category in LATE_CATEGORIES else 0):
        state.add(teaser_boundary(state, RESOLVERS[anaphor.category](state, anaphor)))
    state.decisions.sort(key=lambda decision: decision.anaphor.start)
    linked = {(d.anaphor.start, d.anaphor.end) for d in state.decisions if d.entity is not None}
    for decision in apposition_decisions(doc, heads) + postposed_decisions(doc, heads, state.persons):
        if (decision.anaphor.start, decision.anaphor.end) not in linked:
            state.decisions.append(decision)
            record(doc, decision)
    return state.decisions


def explain(doc: Document, decisions: list[Decision]) -> str:
    """A readable trace: each anaphor, what it was linked to by which rule, and the steps that led there."""
    lines = []
    for decision in decisions:
        anaphor = decision.anaphor
        target = doc.entities[decision.entity].name if decision.entity is not None else "-"
        lines.append(f"{anaphor.start}:{anaphor.end} '{anaphor.text(doc)}' ({anaphor.kind}/{anaphor.category}) "
                     f"-> {target} [{decision.rule}]")
        for step in decision.steps:
            who = doc.entities[step.entity].name if step.entity is not None else ""
            lines.append(f"    {step.rule}: {step.verdict} {who} {step.reason}".rstrip())
    return "\n".join(lines)
