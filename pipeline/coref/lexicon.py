"""The coreference lexicon: pronoun forms and description nouns.

Person roles come from the entities stage's role lexicon and the quotes stage's role nouns; organization kinds
from the quotes stage's organization nouns; this module only adds what neither has (pronoun forms, place kinds).
"""

from __future__ import annotations

from pipeline.entities.lexicon import ROLE_NOUNS as ENTITY_ROLE_NOUNS
from pipeline.quotes.lexicon import (
    BODY_NOUNS,
    BUSINESS_NOUNS,
    GENERIC_PERSON_NOUNS,
    INDEFINITE_MARKERS,
    INSTITUTION_NOUNS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    UNNAMED_SOURCES,
    fold,
)

__all__ = ["BODY_NOUNS", "BUSINESS_NOUNS", "INDEFINITE_MARKERS", "ROLE_SYNONYMS", "fold"]

# Third-person pronoun forms -> (gender, number); "" gender: either masculine or neuter ("его", "им").
THIRD_PERSON: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("он", "него", "нему", "нем", "нём"), ("masc", "sing")),
    **dict.fromkeys(("его", "ему", "ним", "им"), ("masc", "sing")),
    **dict.fromkeys(("она", "её", "ее", "неё", "нее", "ей", "ней", "ею", "нею"), ("femn", "sing")),
    **dict.fromkeys(("оно",), ("neut", "sing")),
    **dict.fromkeys(("они", "их", "них", "ими", "ними"), ("", "plur")),
}
# Forms that are masculine or neuter alike: the antecedent may be "агентство" as well as "Алиев".
MASC_OR_NEUT = frozenset({"его", "него", "ему", "нему", "им", "ним", "нем", "нём"})
FIRST_PERSON_SINGULAR = frozenset({"я", "меня", "мне", "мной", "мною"})
REFLEXIVE_LEMMAS = frozenset({"свой", "себя"})
RELATIVE_LEMMAS = frozenset({"который"})
RELATIVE_PLACE_WORDS = frozenset({"где", "куда", "откуда"})

# Nouns that may describe a person named earlier; generic person nouns and unnamed sources introduce new people.
PERSON_ROLES = (ENTITY_ROLE_NOUNS | ROLE_NOUNS) - GENERIC_PERSON_NOUNS - UNNAMED_SOURCES - frozenset({
    "член", "кандидат", "претендент", "эксперт", "аналитик", "журналист", "корреспондент", "представитель",
    "представительница", "помощник", "заместитель", "советник", "акционер", "инвестор", "врач", "рядовой",
    "автор", "участник", "соавтор", "защитник", "генерал", "полковник", "майор", "лейтенант", "сержант",
    "капитан", "пилот", "судья", "адвокат", "следователь",
})
# Roles any named person may be called later without having been introduced with them.
GENERIC_ROLES = frozenset({"политик", "лидер", "бизнесмен", "предприниматель", "миллиардер", "дипломат"})

ORGANIZATION_KINDS = BODY_NOUNS | BUSINESS_NOUNS | INSTITUTION_NOUNS
PLACE_KINDS = frozenset({"страна", "государство", "столица", "город", "республика", "регион", "область", "край",
                         "держава", "королевство", "мегаполис"})
COUNTRY_KINDS = frozenset({"страна", "государство", "держава", "королевство", "республика"})
CITY_KINDS = frozenset({"столица", "город", "мегаполис"})
REGION_KINDS = frozenset({"регион", "область", "край", "республика"})

# Determiners that make a noun new, not a reference back ("один из", "другой", "любой", "каждый").
NEW_MARKERS = INDEFINITE_MARKERS | frozenset({"любой", "каждый", "всякий", "многие", "несколько", "такой",
                                               "какой", "ряд", "весь", "другой", "иной"})
