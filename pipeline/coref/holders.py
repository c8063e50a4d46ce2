"""Office nouns whose holder the text never introduces: "президент", "глава государства", "российский лидер",
"премьер", "канцлер", "госсекретарь" for a person the story names only by name ("Владимир Путин").

The world knowledge is the table of `pipeline.lang.offices` (who held which top office of which country, when).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.coref.mentions import PERSON_ROLES, Anaphor, lemma_of
from pipeline.entities.lexicon import COUNTRY_ADJECTIVES
from pipeline.lang.lexicon import COUNTRY_NAMES, EVENT_VERBS
from pipeline.lang.offices import (
    FOREIGN,
    FOREIGN_MINISTRY,
    LEADER_NOUNS,
    MINISTRY_NAMES,
    OFFICE_NOUN_COUNTRIES,
    PREMIER,
    PRESIDENT,
    TOP_OFFICE_NOUNS,
    Holder,
    country_key,
    leader_offices,
    terms_of,
)
from pipeline.lang.roles import role_reading
from pipeline.quotes.descriptions import (
    FORMER_PREFIX,
    described_former,
    introduction_phrases,
    names_of,
    word_lemmas,
)
from pipeline.quotes.lexicon import ROLE_SYNONYMS
from pipeline.rules import rejected, rule

if TYPE_CHECKING:
    from pipeline.coref.resolve import Resolution

# The foreign ministry's clipped names ("МИД"), from `lang.offices`' ministry table: "глава | МИД" is the foreign
# minister. The table's other ministries name no office of `OFFICE_HOLDERS`.
FOREIGN_BODIES = tuple(sorted(MINISTRY_NAMES[FOREIGN_MINISTRY]))
# A head noun whose genitive names the body a country's office heads ("глава | правительства", "глава | государства").
BODY_OFFICES: dict[str, str] = {"правительство": PREMIER, "кабинет": PREMIER, "государство": PRESIDENT,
                                **dict.fromkeys(FOREIGN_BODIES, FOREIGN)}
HEAD_NOUNS = frozenset({"глава", "председатель", "руководитель", "министр"})
# Genitives that leave the country open ("президент страны"); any other common noun narrows the role to some other
# body ("президент компании", "президент клуба", "президент республики": a region's).
OPEN_COMPLEMENTS = frozenset({"страна", "государство", "правительство", "кабинет", *FOREIGN_BODIES})


HEAD_OF_BODY = "глава"  # the noun whose genitive body names an office ("глава | правительства": a premier)
BODY_WINDOW = 2  # the words after "глава" its body may stand in ("глава | португальского | правительства")
# The bodies whose head is a country's premier or president. A ministry's head as its minister ("глава МИД" ->
# "министр") is left out here: measured over all ministries (core3, 16 new dev links, 15 right by reading) it lowers
# precision by the RuCoCo gold, which marks the ministry inside such a phrase rather than the person.
TOP_BODIES = frozenset(body for body, office in BODY_OFFICES.items() if office in (PREMIER, PRESIDENT))

ERA_PREPOSITION = "при"  # a time told by its ruler: "табель составлялся еще | при | Ельцине"
DEATH_VERBS = EVENT_VERBS["death"]  # "Только что | скончался | Борис Ельцин"
SUBJECT_RELATIONS = ("nsubj",)  # "nsubj", "nsubj:pass": the name is the one who died


def introduced_offices(state: Resolution, entity: int) -> frozenset[str]:
    """The office titles a person introduced as the head of a country's government or state holds (`ROLE_SYNONYMS`
    of "глава" with a `TOP_BODIES` genitive): "Глава правительства Швеции Йоран Перссон" is introduced as a
    "премьер" too, and "нынешнего премьера" is his; "глава государства X" as a "президент". Read once per person
    and document."""
    key = (introduced_offices.__qualname__, entity)
    if key not in state.ctx.memo:
        found: set[str] = set()
        for words in introduction_phrases(state.ctx, entity, HEAD_OF_BODY):
            found |= _body_office(words)
        state.ctx.memo[key] = frozenset(found)
    return state.ctx.memo[key]


def _body_office(words: list[str]) -> frozenset[str]:
    """The office titles of a "глава" + body phrase that runs up to the name, only names after its body ("Глава
    правительства Швеции |", "глава португальского правительства |"); none when a common word comes between ("главы
    правительства поведением | Белых": the head is someone else)."""
    for position, word in enumerate(words):
        if HEAD_OF_BODY not in word_lemmas(word):
            continue
        for offset, following in enumerate(words[position + 1:position + 1 + BODY_WINDOW], position + 1):
            body = next((lemma for lemma in sorted(word_lemmas(following)) if lemma in TOP_BODIES), None)
            if body is not None and all(rest[:1].isupper() for rest in words[offset + 1:]):
                return ROLE_SYNONYMS.get(f"{HEAD_OF_BODY} {body}", frozenset())
    return frozenset()


def anaphor_office(state: Resolution, anaphor: Anaphor) -> tuple[str, int | None] | None:
    """The office a role noun names and the token of the genitive that may name its country: "президент | России"
    (president), "глава правительства | РФ" (premier), "министр иностранных дел | Украины" (foreign)."""
    doc = state.doc
    lemma = anaphor.lemma.removeprefix(FORMER_PREFIX)
    complement = anaphor.complement
    if lemma in TOP_OFFICE_NOUNS or lemma in LEADER_NOUNS:
        return (TOP_OFFICE_NOUNS.get(lemma, "leader"), complement)
    if lemma not in HEAD_NOUNS or complement is None:
        return None
    body = lemma_of(doc.tokens[complement])
    adjective, noun = FOREIGN_MINISTRY.split()
    if body == noun and any(token.head == complement and lemma_of(token) == adjective for token in doc.tokens):
        body = FOREIGN_BODIES[0]  # "министр иностранных дел": the complement "дел" with its adjective
    office = BODY_OFFICES.get(body)
    if office is None or (lemma == "министр") != (office == FOREIGN):
        return None
    return (office, genitive_after(state, complement))


def genitive_after(state: Resolution, owner: int, *others: int) -> int | None:
    """The genitive noun or name within three tokens after a body's noun that depends on it ("правительства |
    России"), or on one of `others` (the role noun the parse often hangs it on instead: "министр иностранных дел |
    Сербии"), if any."""
    tokens = state.doc.tokens
    owners = (owner, *others)
    return next((i for i in range(owner + 1, min(owner + 4, len(tokens))) if tokens[i].head in owners
                 and tokens[i].feats.get("Case") == "Gen" and tokens[i].pos in ("NOUN", "PROPN")), None)


def anaphor_countries(state: Resolution, anaphor: Anaphor, complement: int | None) -> frozenset[str] | None:
    """The country a role names by its genitive ("президент России") or an adjective ("российский лидер",
    "глава российского правительства"): a one-key set; None when it names none ("президент", "президент страны");
    an empty set when its genitive names something else ("президент компании", "президент Татарстана")."""
    doc = state.doc
    heads = {anaphor.head} | ({anaphor.complement} if anaphor.complement is not None else set())
    for index in range(max(anaphor.head - 3, 0), min(anaphor.head + 4, len(doc.tokens))):
        token = doc.tokens[index]
        country = COUNTRY_ADJECTIVES.get(lemma_of(token)) if token.head in heads and token.pos == "ADJ" else None
        if country:
            return frozenset({country_key(country)})
    if complement is None:
        return None
    entity = state.by_token.get(complement)
    if entity is not None:
        if state.infos[entity].type != "LOC":
            return frozenset()
        return frozenset({country_key(doc.entities[entity].name), country_key(lemma_of(doc.tokens[complement]))})
    if lemma_of(doc.tokens[complement]) in OPEN_COMPLEMENTS:
        return None
    return frozenset({country_key(lemma_of(doc.tokens[complement]))})


def terms_held(state: Resolution, entity: int) -> list[Holder]:
    """The terms of office of `lang.offices` whose holder's name is the person's (none for others), in the table's
    order (`lang.offices.terms_of`); found once per entity and document (`Resolution.terms_held`)."""
    if entity not in state.terms_held:
        person = state.infos[entity].type == "PER"
        state.terms_held[entity] = terms_of(state.doc.entities[entity].name) if person else []
    return state.terms_held[entity]


def _holders_named(state: Resolution, offices: tuple[str, ...], countries: frozenset[str] | None,
                   year: int | None) -> dict[int, str]:
    """The persons the story names whose name is a holder's of the offices: entity -> the holder's country."""
    found: dict[int, str] = {}
    for entity, info in enumerate(state.infos):
        if info.type != "PER":
            continue
        terms = terms_held(state, entity)
        holder = next((holder for office in offices for holder in terms if holder.office == office
                       and (countries is None or holder.country in countries)
                       and (year is None or holder.held_in(year))), None)
        if holder is not None:
            found[entity] = holder.country
    return found


@rule("coref")
def office_holder(state: Resolution, anaphor: Anaphor, wanted: set[str]) -> int | None:
    """A top office's noun nobody is introduced with ("президент", "глава государства", "российский лидер",
    "премьер", "канцлер", "госсекретарь") is the one person the story names who held that office (of the country
    its genitive or adjective names, else of any country; in the article's year when it is known), by the table of
    `pipeline.lang.offices`. Not when two such holders are named, when a person is introduced in another of the
    offices ("премьер X" for "президент"), or when the noun heads another body ("президент компании")."""
    if anaphor.number == "plur":
        return None
    found = anaphor_office(state, anaphor)
    if found is None:
        return None
    office, complement = found
    countries = anaphor_countries(state, anaphor, complement)
    if countries is not None and not countries:
        return None
    if office == "leader":
        if countries is None:
            return None
        offices = leader_offices(next(iter(countries)))
    else:
        offices = (office,)
    lemma = anaphor.lemma.removeprefix(FORMER_PREFIX)
    if lemma in OFFICE_NOUN_COUNTRIES:
        countries = OFFICE_NOUN_COUNTRIES[lemma] if countries is None else countries & OFFICE_NOUN_COUNTRIES[lemma]
    former = anaphor.lemma.startswith(FORMER_PREFIX)
    year = state.doc.published_at.year if state.doc.published_at and not former else None
    named = _holders_named(state, offices, countries, year)
    others = {noun for noun, held in TOP_OFFICE_NOUNS.items() if held not in offices} - wanted
    named = {entity: country for entity, country in named.items() if not state.introduced(entity) & others}
    named = {entity: country for entity, country in named.items() if not past_holder(state, anaphor, entity)}
    same = {noun for noun, held in TOP_OFFICE_NOUNS.items() if held in offices} | (wanted & set(TOP_OFFICE_NOUNS))
    if len(named) != 1 or (countries is None and _introduced_other(state, same, set(named))):
        return None
    entity, country = next(iter(named.items()))
    if countries is None and _other_country(state, anaphor, country):
        return None
    if countries is None and office_of_written_country(state, anaphor, offices, country):
        return None
    return entity


def past_holder(state: Resolution, anaphor: Anaphor, entity: int) -> bool:
    """A present office noun (not "экс-президент", "бывший премьер") is not a holder the story tells only in the past:
    one told dead ("Только что скончался Борис Ельцин … Президент России выразил соболезнования") or named only as
    a time ("табель составлялся еще при Ельцине … портрет президента": the present president's). A refusal inside
    `office_holder`, traced by name (not a table rule: it ends no decision itself)."""
    tokens = range(*state.doc.token_range(anaphor.start, anaphor.end))
    if anaphor.lemma.startswith(FORMER_PREFIX) or described_former(state.ctx, anaphor.head, list(tokens)):
        return False
    names = names_of(state.doc.entities[entity])
    if any(_told_dead(state, mention.start, mention.end) for mention in names):
        why = "told dead"
    elif names and all(_named_as_time(state, mention.start) for mention in names):
        why = f"named only after {ERA_PREPOSITION}"
    else:
        return False
    rejected("coref", "past_holder", anaphor.start, anaphor.end,
             f"{state.doc.entities[entity].name} is {why}: a present office noun is not theirs")
    return True


def _told_dead(state: Resolution, start: int, end: int) -> bool:
    """The name is the subject of a verb of dying ("скончался Борис Ельцин", "Ниязов умер")."""
    tokens = state.doc.tokens
    first, last = state.doc.token_range(start, end)
    for index in range(first, last):
        head = tokens[index].head
        if first <= head < last or head < 0:
            continue
        if tokens[index].rel.startswith(SUBJECT_RELATIONS) and lemma_of(tokens[head]) in DEATH_VERBS:
            return True
    return False


def _named_as_time(state: Resolution, start: int) -> bool:
    """The name right after "при": the time of someone's rule ("при Ельцине", "еще при Брежневе")."""
    first = state.doc.token_at(start)
    return first > 0 and state.doc.tokens[first - 1].text.lower() == ERA_PREPOSITION


def office_of_written_country(state: Resolution, anaphor: Anaphor, offices: tuple[str, ...], country: str) -> bool:
    """A role that names no country ("нынешнего премьера") is not the table's holder of another country when the
    story writes the office with its country's genitive or adjective, and never with the holder's ("Глава
    правительства Швеции Йоран Перссон … "усталостью" от нынешнего премьера": not Тони Блэр, named in passing).
    A refusal inside `office_holder`, traced by name (not a table rule: it ends no decision itself)."""
    written = written_office_countries(state, anaphor, offices)
    if not written or country in written:
        return False
    rejected("coref", "office_of_written_country", anaphor.start, anaphor.end,
             f"the story writes the office of {sorted(written)}, not of {country}")
    return True


def written_office_countries(state: Resolution, anaphor: Anaphor, offices: tuple[str, ...]) -> frozenset[str]:
    """The countries whose office among `offices` the text writes with a genitive or an adjective anywhere
    ("Премьер-министр Швеции", "глава правительства Швеции", "шведский премьер"): `anaphor_office` and
    `anaphor_countries` read at each office noun of the text, kept when they name a country (`COUNTRY_NAMES`), not
    a genitive the parse hung there ("премьер-министра и кандидата": "кандидат")."""
    found: set[str] = set()
    for index, token in enumerate(state.doc.tokens):
        lemma = role_reading(token, PERSON_ROLES)
        if index == anaphor.head or (lemma not in TOP_OFFICE_NOUNS and lemma not in HEAD_NOUNS):
            continue
        probe = replace(anaphor, head=index, lemma=lemma, complement=genitive_after(state, index))
        office = anaphor_office(state, probe)
        if office is None or office[0] not in offices:
            continue
        found |= (anaphor_countries(state, probe, office[1]) or frozenset()) & COUNTRY_NAMES
    return frozenset(found)


def _other_country(state: Resolution, anaphor: Anaphor, country: str) -> bool:
    """A country other than the holder's is named in the sentence of a role that names none ("свержением президента
    … в Тунисе", "заявил премьер-министру и министру обороны Ливана"): the role may be that country's."""
    sentence = state.doc.sentences[anaphor.sentence]
    for entity, info in enumerate(state.infos):
        if info.type != "LOC":
            continue
        key = country_key(state.doc.entities[entity].name)
        if key in COUNTRY_NAMES and key != country and any(
                sentence.start <= mention.start < sentence.end for mention in state.doc.entities[entity].mentions):
            return True
    return False


def _introduced_other(state: Resolution, nouns: set[str], holders: set[int]) -> bool:
    """Someone the story introduces with a noun of the office ("президент компании X", "премьер-министр автономии
    X") who is no holder of the table: a role that names no country may be theirs."""
    return any(info.type == "PER" and entity not in holders and state.introduced(entity) & nouns
               for entity, info in enumerate(state.infos))
