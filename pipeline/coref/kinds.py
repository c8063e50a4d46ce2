"""The kind of an organization ("team", "party", "bank", "court"), and the description rule that uses it.

A description noun of `lang.lexicon.ORGANIZATION_KIND_NOUNS` ("клуб", "команда", "партия", "банк", "суд") refers
back to an organization of its kind. What the text and the tables say of an organization's kind:

- its name's words ("Банк России", "Верховный суд", "Мосгорсуда": a compound ends in its head, in any case);
- the alias table's variants of its name ("ЛДПР": "Либерально-демократическая партия России");
- the kind noun or abbreviation right before any of its name mentions ("клуб «Реал»", "ФК «Зенит»", "партии
  «Яблоко»"), or the one it stands in apposition to;
- for a team, a member noun whose genitive it is ("тренер «Саутгемптона»", "нападающий «Реала»").
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.coref.lexicon import PERSON_ROLES
from pipeline.coref.mentions import CAPITAL_NOUNS, PLACE_ADJECTIVE_ENDINGS, Anaphor, lemma_of
from pipeline.coref.referents import mention_head
from pipeline.document import Document, Span
from pipeline.entities.forms import compound_names
from pipeline.entities.lexicon import ALIAS_TABLE, CAPITALS, COUNTRY_ADJECTIVES, AliasEntry, word_country
from pipeline.lang.fold import WORD, fold
from pipeline.lang.lexicon import (
    CHAMBER_NAME_WORDS,
    CHAMBER_NOUNS,
    GAME_NOUNS,
    LEAGUE_NOUNS,
    LEGISLATURE_COMPOUND_HEADS,
    LEGISLATURE_NAME_WORDS,
    ORGANIZATION_KIND_NOUNS,
    STORY_KIND_NOUNS,
    TEAM_MEMBER_NOUNS,
    UNION_LEGISLATURE_WORDS,
)
from pipeline.lang.marks import DASH_TOKENS, QUOTE_MARKS
from pipeline.lang.tree import word_before
from pipeline.morphology import parses
from pipeline.rules import rule

KIND_SENTENCES = 4  # a kind noun reaches this many story sentences back to an organization of its kind


@lru_cache(maxsize=512)
def name_kinds(name: str) -> frozenset[str]:
    """The kinds a name's own words give ("Банк России" -> bank, "Мосгорсуд" -> court, "ФК «Зенит»" -> team)."""
    kinds = set()
    for word in name.split():
        bare = fold(word.strip(QUOTE_MARKS + "()"))
        lemmas = {fold(parse.normal_form) for parse in parses(bare)} | {bare}
        for noun, kind in ORGANIZATION_KIND_NOUNS.items():
            if noun in lemmas or compound_names(bare, noun):
                kinds.add(kind)
        if legislature_word(bare, lemmas):
            kinds.add("parliament")
    return frozenset(kinds)


def legislature_word(bare: str, lemmas: set[str]) -> bool:
    """A word of a legislature's name (`LEGISLATURE_NAME_WORDS`: "Рада", "собрание", "Кнессет", "Бундестаг"), or a
    clipped compound ending in an unambiguous one ("Мосгордума"): a later "парламент" refers back to it."""
    return bool(lemmas & LEGISLATURE_NAME_WORDS) or any(compound_names(bare, head)
                                                         for head in LEGISLATURE_COMPOUND_HEADS)


@lru_cache(maxsize=512)
def alias_kinds(name: str) -> frozenset[str]:
    """The kinds the alias table's variants of an organization's name give ("ЛДПР" -> party)."""
    kinds: set[str] = set()
    for row in organization_aliases(name):
        for variant in (row.name, row.key_name, *row.variants):
            kinds |= name_kinds(variant)
    return frozenset(kinds)


def organization_aliases(name: str) -> list[AliasEntry]:
    """The alias table's organization rows of a name (by its name or its key name)."""
    return [row for row in ALIAS_TABLE if row.type == "ORG" and name in (row.name, row.key_name)]


def introducing_kind(doc: Document, mention: Span) -> str:
    """The kind of the noun or abbreviation right before a name mention, past its quotation marks ("клуба
    «Реал»", "ФК «Зенит»"), or of the noun the name stands in apposition to ("БК 'Динамо'"); "" when none."""
    index = word_before(doc, doc.token_at(mention.start), QUOTE_MARKS + "'")
    owner = doc.tokens[mention_head(doc, mention)]
    found = [index] if index >= 0 and doc.tokens[index].sentence == owner.sentence else []
    if owner.rel.startswith("appos") and 0 <= owner.head < len(doc.tokens):
        found.append(owner.head)
    for candidate in found:
        token = doc.tokens[candidate]
        for word in (lemma_of(token), fold(token.text)):
            if word in ORGANIZATION_KIND_NOUNS:
                return ORGANIZATION_KIND_NOUNS[word]
    return ""


def member_kind(doc: Document, mention: Span) -> str:
    """"team" when the name complements a team member noun or a game noun before it ("тренер «Саутгемптона»",
    "игроки «Реала»", "наставник 'Урал-Грейта'", "игры против «Локомотива»")."""
    head = mention_head(doc, mention)
    owner = doc.tokens[head].head
    if not 0 <= owner < head or not doc.tokens[head].rel.startswith(("nmod", "appos")):
        return ""
    return "team" if lemma_of(doc.tokens[owner]) in TEAM_MEMBER_NOUNS | GAME_NOUNS else ""


def own_kinds(doc: Document, entity_index: int) -> set[str]:
    """The kinds an organization's name, the alias table and the nouns introducing its name mentions give."""
    entity = doc.entities[entity_index]
    kinds = set(name_kinds(entity.name) | alias_kinds(entity.name))
    for mention in entity.mentions:
        if mention.kind == "name":
            kinds |= {introducing_kind(doc, mention), member_kind(doc, mention)} - {""}
    return kinds


def organization_kinds(doc: Document, entity_index: int) -> frozenset[str]:
    """The kinds of an organization entity from its name, the alias table, and how the text introduces it; a team
    by how the text places its name when nothing else gives a kind (`team_by_context`)."""
    entity = doc.entities[entity_index]
    if entity.type != "ORG":
        return frozenset()
    kinds = own_kinds(doc, entity_index)
    if not kinds and team_by_context(doc, entity_index):
        kinds.add("team")
    if league(entity.name):
        kinds.discard("team")  # "игрок НБА", "матч лиги": a league's players and games, no team
    return frozenset(kinds)


def team_by_context(doc: Document, entity_index: int) -> bool:
    """An organization of no known kind is a team when a name mention of it, in quotation marks, follows a city's
    adjective (`city_named_team`: "Мадридский «Реал»", "лондонского «Челси»") or is paired with a team's name by
    "и" or a dash (`paired_with_team`: "«Реала» и «Барселоны»", "«Челси» и итальянского «Милана»", "«Реал» –
    «Барселона»"): the news name clubs so, with no kind noun."""
    return any(mention.kind == "name" and (city_named_team(doc, mention)
                                           or paired_with_team(doc, mention, entity_index))
               for mention in doc.entities[entity_index].mentions)


def city_named_team(doc: Document, mention: Span) -> bool:
    """The name is quoted and the word before its marks is a place adjective of no country ("питерского «Зенита»",
    "миланского «Интера»"; not "российского «Газпрома»": a country's companies are named so too)."""
    index = doc.token_at(mention.start)
    before = word_before(doc, index, QUOTE_MARKS + "'")
    if before < 0 or before == index - 1:
        return False  # no quotation mark between: "Мадридский университет"
    token = doc.tokens[before]
    lemma = lemma_of(token)
    return token.pos == "ADJ" and lemma.endswith(PLACE_ADJECTIVE_ENDINGS) and lemma not in COUNTRY_ADJECTIVES


PAIRING_WORDS = frozenset({"и"}) | DASH_TOKENS  # "«Реала» и «Барселоны»", "«Реал» – «Барселона»"


def paired_with_team(doc: Document, mention: Span, entity_index: int) -> bool:
    """The name and another organization's name, one of a team by its own kinds (`own_kinds`), stand side by side
    joined by "и" or a dash, past quotation marks and the adjectives before the second ("«Челси» и итальянского
    «Милана»")."""
    skip = QUOTE_MARKS + "'"
    after = doc.token_at(mention.end - 1) + 1
    while after < len(doc.tokens) and doc.tokens[after].text in skip:
        after += 1
    following = -1
    if after < len(doc.tokens) and doc.tokens[after].text in PAIRING_WORDS:
        following = after + 1
        while following < len(doc.tokens) and (doc.tokens[following].text in skip
                                                or doc.tokens[following].pos == "ADJ"):
            following += 1
    joint = word_before(doc, doc.token_at(mention.start), skip)
    previous = word_before(doc, joint, skip) if joint >= 0 and doc.tokens[joint].text in PAIRING_WORDS else -1
    if following < 0 and previous < 0:
        return False
    others = [(doc.token_at(other.start), doc.token_at(other.end - 1), index)
              for index, entity in enumerate(doc.entities) if index != entity_index and entity.type == "ORG"
              for other in entity.mentions if other.kind == "name"]
    return any(((following >= 0 and start == following) or (previous >= 0 and end == previous))
               and "team" in own_kinds(doc, index) for start, end, index in others)


@lru_cache(maxsize=512)
def league(name: str) -> bool:
    """A league or a federation of teams by its name or its alias table's names ("НХЛ": "Национальная хоккейная
    лига", "Национальная баскетбольная ассоциация", "ФИФА")."""
    names = [name] + [variant for row in organization_aliases(name) for variant in (row.name, *row.variants)]
    return any(fold(parse.normal_form) in LEAGUE_NOUNS for text in names for word in text.split()
               for parse in parses(word.lower().strip(QUOTE_MARKS + "()"))[:1])


def counted_group(doc: Document, anaphor: Anaphor) -> bool:
    """"команда из семи человек", "команда из 12 спасателей": a group counted out, someone new."""
    after = doc.token_at(anaphor.end)
    return after + 1 < len(doc.tokens) and doc.tokens[after].text.lower() == "из" \
        and doc.tokens[after + 1].pos == "NUM"


def person_genitive(doc: Document, anaphor: Anaphor) -> bool:
    """"команды Валерия Карпина", "клуб Абрамовича": a kind noun whose next word begins a person's name in the
    genitive is that person's team or body, singled out by the person, not the organization most often named. Not
    when the noun complements a person noun, whose name it is ("главного тренера команды Дмитрия Аленичева")."""
    after = anaphor.head + 1
    if after >= len(doc.tokens) or doc.tokens[after].feats.get("Case") != "Gen":
        return False
    owner = doc.tokens[anaphor.head].head
    if 0 <= owner < anaphor.head and lemma_of(doc.tokens[owner]) in TEAM_MEMBER_NOUNS | PERSON_ROLES:
        return False
    start = doc.tokens[after].start
    return any(entity.type == "PER" and mention.kind == "name" and mention.start == start
               for entity in doc.entities for mention in entity.mentions)


@rule("coref")
def organization_of_kind(doc: Document, anaphor: Anaphor, before: list, counts: dict[int, int],
                         outlets: set[int]) -> int | None:
    """A kind noun ("клуб", "команда", "партия", "банк", "суд", "парламент") is the most often named organization of
    its kind named within KIND_SENTENCES story sentences, the latest of a tie ("ФК «Спартак» … «Спартак» … клуб"),
    when its adjective or "из" phrase of place fits it (`placed_alike`, `from_alike`);
    not a chamber for the whole it is part of (`chamber_whole`), nor a legislature named before for another
    country's the clause is set in (`foreign_setting`).

    An organization of unknown kind named more often (no news outlet) leaves it unlinked: it may be the one meant.
    `before`: the referents before the anaphor; `counts`: entity -> times named before it."""
    kind = ORGANIZATION_KIND_NOUNS.get(anaphor.lemma)
    if kind is None or counted_group(doc, anaphor):
        return None
    near: dict[int, int] = {}
    for ref in before:
        if ref.kind == "name" and anaphor.narrative - ref.narrative <= KIND_SENTENCES \
                and doc.entities[ref.entity].type == "ORG" and ref.entity not in outlets:
            near[ref.entity] = ref.start
    kinds = {entity: organization_kinds(doc, entity) for entity in near}
    ranked = [entity for entity in near if not kinds[entity] or kind in kinds[entity]]
    if not ranked:
        return None
    best = max(ranked, key=lambda entity: (counts.get(entity, 0), near[entity]))
    if any(entity != best and counts.get(entity, 0) == counts.get(best, 0) for entity in ranked):
        return None  # two of the kind named as often ("«Оттава» … «Айлендерс» … команда"): either may be meant
    return best if kind in kinds[best] and placed_alike(doc, anaphor, best) and from_alike(doc, anaphor, best) \
        and not chamber_whole(doc, anaphor, best) and not foreign_setting(doc, anaphor, best) else None


def story_kind_bodies(doc: Document, anaphor: Anaphor, before: list) -> tuple[dict[int, int], list[str]]:
    """For a noun of `STORY_KIND_NOUNS` ("парламент"), the organizations of its kind the story named before it,
    however far back ("Верховная Рада … <ten sentences> … парламент"), entity -> start of the latest name, and why
    the others of the kind were passed over (`chamber_whole`, `foreign_setting`); nothing for any other noun
    (`resolve.story_body` finds those by the noun in their name). `before`: the referents before."""
    kind = ORGANIZATION_KIND_NOUNS.get(anaphor.lemma)
    if anaphor.lemma not in STORY_KIND_NOUNS or kind is None:
        return {}, []
    found: dict[int, int] = {}
    passed: dict[int, str] = {}
    for ref in before:
        if ref.kind != "name" or doc.entities[ref.entity].type != "ORG" \
                or kind not in organization_kinds(doc, ref.entity):
            continue
        name = doc.entities[ref.entity].name
        if chamber_whole(doc, anaphor, ref.entity):
            passed[ref.entity] = f"'{name}' is a chamber, not the whole of '{anaphor.text(doc)}'"
        elif country := foreign_setting(doc, anaphor, ref.entity):
            passed[ref.entity] = f"'{country}' sets the clause: its own legislature, not '{name}'"
        else:
            found[ref.entity] = ref.start
    return found, list(passed.values())


def chamber_whole(doc: Document, anaphor: Anaphor, entity: int) -> bool:
    """"нижней палате парламента", "обеим палатам парламента": the legislature a chamber is part of is the whole
    (Федеральное собрание), never a chamber the story names by its own name ("Госдума", "Сенат": its words hold
    `CHAMBER_NAME_WORDS`); a whole that has chambers ("Конгресс") may be meant."""
    owner = doc.tokens[anaphor.head].head
    if anaphor.lemma not in STORY_KIND_NOUNS or not 0 <= owner < anaphor.head \
            or lemma_of(doc.tokens[owner]) not in CHAMBER_NOUNS:
        return False
    return bool(name_lemmas(doc.entities[entity].name) & CHAMBER_NAME_WORDS)


SETTING_PREPOSITIONS = frozenset({"в", "во"})  # "в Эстонии, где парламент …": the country a clause is set in


def foreign_setting(doc: Document, anaphor: Anaphor, entity: int) -> str:
    """A country a clause before the kind noun is set in with "в", in its own sentence, that the body's name shows
    nothing of ("в Эстонии, где парламент", "в Венгрии принят закон … без участия парламента"): that country's own
    legislature, unnamed, is meant, not `entity` named before. The country's word, "" otherwise. Only for the nouns
    of `STORY_KIND_NOUNS`."""
    if anaphor.lemma not in STORY_KIND_NOUNS:
        return ""
    own = name_countries(doc.entities[entity].name)
    start = doc.sentences[doc.tokens[anaphor.head].sentence].token_start
    for index in range(start + 1, anaphor.head):
        token = doc.tokens[index]
        if fold(doc.tokens[index - 1].text) not in SETTING_PREPOSITIONS or token.pos != "PROPN":
            continue
        country = word_country(lemma_of(token))
        if country and country not in own:
            return token.text
    return ""


def union_legislature(doc: Document, anaphor: Anaphor, entity: int) -> bool:
    """A union's legislature (`UNION_LEGISLATURE_WORDS`: "Европарламент", "Европейский парламент") is no story body
    of a bare "парламент" far from its name (`resolve.story_body`): the story names it so again, and the bare noun is
    a member state's parliament. Only for the nouns of `STORY_KIND_NOUNS`."""
    return anaphor.lemma in STORY_KIND_NOUNS and bool(name_lemmas(doc.entities[entity].name) & UNION_LEGISLATURE_WORDS)


def name_countries(name: str) -> set[str]:
    """The countries a name's words show ("МИД Франции", "Верховный суд Венесуэлы", "германское министерство")."""
    return {word_country(lemma) for lemma in name_lemmas(name)} - {""}


@lru_cache(maxsize=512)
def name_lemmas(name: str) -> frozenset[str]:
    """The folded normal forms of a name's words, every pymorphy3 reading."""
    return frozenset(fold(parse.normal_form) for word in name.split()
                     for parse in parses(word.lower().strip(QUOTE_MARKS + "()")))


STEM = 4  # "моск-овский" / "Моск-ва", "казан-ский" / "Казан-ь": a place adjective's stem
PLACE_CONTEXT = 40  # characters around a name where its place may be said ("Лондонский «Арсенал»", "«Рубин» (Казань)")


def placed_alike(doc: Document, anaphor: Anaphor, entity: int) -> bool:
    """A team noun with an adjective of place ("казанского клуба") fits a team named near a word of that place's
    stem ("«Рубин» (Казань)", "Лондонский «Арсенал»"); a bare noun fits any."""
    first = doc.token_at(anaphor.start)
    stems = {fold(doc.tokens[index].text)[:STEM] for index in range(first, anaphor.head)}
    return not stems or named_near(doc, entity, stems)


def named_near(doc: Document, entity: int, stems: set[str]) -> bool:
    """Some mention of the entity has, within PLACE_CONTEXT characters, a word of each stem."""
    for mention in doc.entities[entity].mentions:
        around = fold(doc.text[max(0, mention.start - PLACE_CONTEXT):mention.end + PLACE_CONTEXT])
        words = WORD.findall(around)
        if all(any(word.startswith(stem) for word in words) for stem in stems):
            return True
    return False


def from_alike(doc: Document, anaphor: Anaphor, entity: int) -> bool:
    """A kind noun followed by "из" and a place ("с клубом из Либереца", "клуб из Манчестера") fits an organization
    named near a word of that place's stem ("«Слован» (Либерец)", "«Манчестер Юнайтед»"), as `placed_alike` reads
    an adjective of place; a noun with no such phrase fits any."""
    after = anaphor.head + 1
    if after + 1 >= len(doc.tokens) or fold(doc.tokens[after].text) != "из" \
            or doc.tokens[after + 1].pos != "PROPN":
        return True
    return named_near(doc, entity, {fold(doc.tokens[after + 1].text)[:STEM]})


CAPITAL_CITIES = frozenset(fold(city) for city in CAPITALS.values())


@rule("coref")
def story_capital(doc: Document, anaphor: Anaphor, counts: dict[int, int]) -> int | None:
    """A bare "столица" with no city in reach is the story's capital: of the countries' capitals
    (`entities.lexicon.CAPITALS`) named before, the one named most often, the first of a tie ("КНР … в Пекине …
    122 случая в столице", "взрыв в Москве … правоохранительные органы столицы").

    `counts`: entity -> times named before the anaphor, in the order each is first named."""
    if anaphor.lemma not in CAPITAL_NOUNS:
        return None
    capitals = [entity for entity in counts if doc.entities[entity].type == "LOC"
                and fold(doc.entities[entity].name) in CAPITAL_CITIES]
    return max(capitals, key=lambda entity: counts[entity]) if capitals else None
