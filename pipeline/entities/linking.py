"""Mentions -> entities: one entity per real-world referent of a document, under a canonical name and a key.

1. Each mention gets a canonical nominative name (pipeline.entities.naming) and a key: the alias table's key when the
   mention names a known referent in any variant ("РФ", "Российской Федерации" -> "loc:россия", named by the
   table's preferred name "Россия"), a country-scoped key for ministries and the like ("МИД России", "российский
   МИД" -> "org:мид россии"; "Минфин", "Министерство финансов" -> "org:министерство финансов"), else type + name.
2. Mentions with one key form one entity.
3. Entities are merged inside the document: names that differ only in their case endings, where naming could not
   tell the nominative ("Чжан Еп" and "Чжан Епа"), a shorter person name into the unique fuller name it is part
   of ("Алиевым", "Н. Кан" -> "Ильхам Алиев", "Наото Кан"), an acronym into the name it abbreviates or follows in
   brackets ("КЗЖ", "ФАС России", "Азербайджанские авиалинии (AZAL)"), an unqualified ministry into the one
   qualified one ("Минтранс" -> "Министерство транспорта Азербайджана"), a place's short form into the
   hyphenated name it begins ("Ростов" -> "Ростов-на-Дону").
4. Person entities get a gender (the name's own, else the predicate's agreement, else slovnet's tags) and
   collect the role phrases set in apposition to their mentions (pipeline.entities.roles).

An entity's name is its fullest mention's name, and among equally full ones a mention written in the nominative
(the document's own spelling of the nominative beats an inflected guess), then the most frequent name; its key is
that of its fullest keyed form, so that the same referent gets the same key in every document that names it fully.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise, product

from pipeline.document import Document, EntityAnn, Span, Token
from pipeline.entities.aliases import (
    alias_names,
    body_label,
    country_of_adjective,
    lookup_alias,
    lookup_persons,
    persons_by_surname,
    scoped_body,
    unmixed_alias,
)
from pipeline.entities.boundaries import span_tokens
from pipeline.entities.forms import first_name_genders, same_name_word, word_forms
from pipeline.entities.lexicon import (
    ALIAS_MARKERS,
    BODY_ABBREVIATIONS,
    CAST_NOUNS,
    COMPANY_FORMS,
    CONTRACTION_PREFIXES,
    COUNTRIES,
    EPONYM_MARKERS,
    FIRST_NAME_FORMS,
    HOME_VOICE_BODIES,
    NOT_HOME_BODIES,
    PERSON_TABLE,
    PLACE_SCOPED_BODIES,
    PUBLIC_NAME_MARKERS,
    RESEARCH_ABBREVIATION_PARTS,
    RESEARCH_INSTITUTION_NOUNS,
    RESEARCH_STEMS,
    SCIENCE_GENITIVE_ENDING,
    SEATS_OF_POWER,
    SPACED_ALIAS_MARKERS,
    UKRAINIAN_FIRST_NAMES,
    UNION_BODY_HEADS,
    UNQUALIFIED_AS_WRITTEN,
    UNQUALIFIED_BODY_HEADS,
    Alias,
    PersonEntry,
)
from pipeline.entities.naming import (
    FEMININE_OBLIQUE_SURNAME,
    INITIAL_LETTER,
    INITIALS,
    RUSSIAN_FEMININE_SURNAME,
    VELAR_OR_HUSHING,
    adjective_word,
    canonical_name,
    dative_first_name,
    dictionary_first_name_gender,
    entity_key,
    foreign_family_name,
    inflect_name,
    is_consonant,
    join_tokens,
    lone_adjectives,
    name_gender,
    paradigm_nominatives,
    parse_case,
    tagged_gender,
    woman_dative_first_name,
    woman_or_man_oblique,
)
from pipeline.entities.nested import nested_names
from pipeline.entities.patronymics import (
    addressed_patronymic,
    full_first_name,
    generation,
    is_first_name,
    is_patronymic,
    is_surname,
    key_words,
    match_words,
    named_patronymic,
    without_generation,
)
from pipeline.entities.roles import attach_roles
from pipeline.entities.types import (
    genitive_parent,
    genitive_place,
    is_given_name_word,
    nominative_place,
    owner_then_relative,
)
from pipeline.lang.fold import (
    CYRILLIC,
    LATIN_LOOKALIKES,
    cyrillic_readings,
    fold,
    is_latin,
    spelling_skeleton,
    unmix_name_scripts,
)
from pipeline.lang.grammemes import (
    ADJECTIVAL_POS,
    MODIFIER_POS,
    NAME_KIND_GRAMMEMES,
    PERSON_NAME_GRAMMEMES,
    PROPER_NAME_GRAMMEMES,
)
from pipeline.lang.lexicon import (
    AGE_ADJECTIVE,
    AGE_ADJECTIVE_GENDER_ENDINGS,
    AGENT_NOUNS,
    DATIVE_LOCATIVE_PREPOSITIONS,
    KIN_GROUP_NOUNS,
    KINSHIP_NOUNS,
    OFFICIAL_FORM_OTHER_PLACES,
    ORGANIZATION_NOUNS,
    PLACE_NOUNS,
    REFLEXIVE_PRONOUNS,
    REGION_NOUNS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    STATE_FORM_NOUNS,
    THIRD_PERSON_POSSESSIVES,
)
from pipeline.lang.marks import (
    ALL_DASHES,
    CLOSING_QUOTE_MARKS,
    DASH_TOKENS,
    OPENING_QUOTE_MARKS,
    QUOTE_TOKENS,
    SINGLE_QUOTE_MARKS,
)
from pipeline.lang.tree import apposition_root, base, finite_verb, folded_words, range_head, word_before
from pipeline.morphology import (
    UD_CASE_TO_OPENCORPORA,
    UD_GENDER_TO_OPENCORPORA,
    UD_GENDERS,
    case_readings,
    dictionary_parses,
    form_gender,
    from_dictionary,
    inflect,
    parses,
    token_case,
    token_gender,
)
from pipeline.rules import fired, is_tracing, rejected, rule

CLOSING_NAME_MARKS = CLOSING_QUOTE_MARKS | SINGLE_QUOTE_MARKS
# Function words an acronym leaves out: "Организация по безопасности и сотрудничеству в Европе" -> ОБСЕ, "Фонд
# борьбы с коррупцией" -> ФБК, "общество с ограниченной ответственностью" -> ООО (entities85: "с" spelled "ФБСК", a key
# no article writes, apart from the "ФБК" the same articles give). "без" stays a letter: "Репортёры без границ" -> РБГ.
ACRONYM_SKIP = frozenset({"и", "по", "в", "во", "за", "против", "при", "для", "на", "о", "об", "с", "со", "of", "and",
                          "the", "for", "de"})


@dataclass
class Mention:
    """A mention with what linking needs: its tokens, canonical name and key."""

    span: Span
    tokens: list[Token]
    name: str
    key: str
    keyed: bool = False  # the key comes from the alias table or a country scope, not from the name alone
    canonical: str = ""  # the alias table's full name of the referent, if any
    nominative: bool = False  # written in the nominative: the canonical name is the mention's own text
    alias: bool = False  # another name given for a referent named just before it (`merge_named_aliases`)
    parent: tuple[str, str] | None = None  # (key, canonical) of a country's body written inside it (`parent_scope`)


@dataclass
class Group:
    """Mentions that refer to one entity (so far)."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    _best: tuple[tuple[int, int], Mention] | None = field(default=None, repr=False)

    @property
    def best(self) -> Mention:
        """The fullest mention: a name the article goes by over a birth name, former name or pseudonym it adds
        (`merge_named_aliases`: "Пеле", not "Эдсон Арантис ду Насименту"), then keyed, then a Russian name of two
        words or more (or of the group's most) over a Latin one however long ("Элис Манро", not "Alice Ann
        Munro"), then most words, then in Cyrillic ("Джошуа Вольф", not "Joshua Wolf"), then a first name in full
        over its everyday form ("Алексей Тихонов", not "Лёша Тихонов"), then a name with a surname over a first
        name and patronymic (`addressed_name`: "Михаил Лесин", not "Михаил Юрьевич"), then a name not kept as
        written in an oblique case that the group reads otherwise (`oblique_read_otherwise`: "Берлиоз", not
        "Берлиоза"), then the name the others decline from ("Ларри Пейдж" for "Ларри Пейджу", "Пейджем"; see
        `_declension_support`), then one written in the nominative, then the most frequent name, then the one
        whose last word is its own lemma ("Гарри Бейдж", not "Гарри Бейджу" that slovnet misread as nominative),
        then the longest, the earliest (cached until the mentions change)."""
        state = (len(self.mentions), id(self.mentions[-1]) if self.mentions else 0)
        if self._best is None or self._best[0] != state:
            names = Counter(mention.name for mention in self.mentions)
            support = _declension_support(self.mentions)
            # per distinct name, read once (a group repeats its names): not Latin, word count, not an everyday form
            facts = {name: (not is_latin(name), _word_count(name),
                            self.type != "PER" or not _everyday_first_name(name),
                            self.type != "PER" or not addressed_name(name)) for name in names}
            fullest = min(2, max(count for _, count, _, _ in facts.values()))
            read_otherwise = oblique_read_otherwise(self.type, self.mentions)
            best = max(self.mentions, key=lambda m: (not m.alias, m.keyed,
                                                     facts[m.name][0] and facts[m.name][1] >= fullest,
                                                     facts[m.name][1], facts[m.name][0], facts[m.name][2],
                                                     facts[m.name][3], m.name not in read_otherwise,
                                                     support.get(m.name, 0), m.nominative, names[m.name],
                                                     _lemma_words(m), len(m.name), -m.span.start))
            self._best = (state, best)
        return self._best[1]


def _everyday_first_name(name: str) -> bool:
    """The name begins with a Russian everyday form of a first name, in -а/-я ("Лёша Тихонов":
    `lexicon.FIRST_NAME_FORMS`), or with a first name's Ukrainian spelling ("Володимир Гройсман":
    `lexicon.UKRAINIAN_FIRST_NAMES`), which the full Russian form the article also gives ("Алексей Тихонов",
    "Владимир Гройсман") outranks as the entity's name. An English short form is often the person's public name
    ("Джо Байден", "Билл Клинтон") and ranks as a full one."""
    words = name.split()
    first = fold(words[0]) if len(words) > 1 else ""
    return (first in FIRST_NAME_FORMS and first.endswith(("а", "я"))) or first in UKRAINIAN_FIRST_NAMES


def addressed_name(name: str) -> bool:
    """A person's name of a first name and patronymic alone ("Михаил Юрьевич", `patronymics.addressed_patronymic`):
    the polite form news use for a person named in full before ("Михаил Лесин … Михаил Юрьевич сказал"), no
    surname, so never the entity's name where a mention gives one (`Group.best`, `surname_over_address`)."""
    return addressed_patronymic(name.split()) is not None


@rule("entities")
def surname_over_address(group: Group) -> None:
    """A person addressed by first name and patronymic is named by the name with a surname: "Михаил Лесин".

    Russian news name a person in full once and then by first name and patronymic ("Михаил Лесин … Михаил Юрьевич
    очень доволен"); the patronymic is no surname, so a group that holds both is named by the name with the surname
    (`Group.best` ranks `addressed_name` below it), whichever of them the text writes in the nominative. Only the
    trace is written here: the verdict for each addressed mention the group's name leaves out."""
    if group.type != "PER" or not is_tracing() or addressed_name(group.best.name):
        return
    for mention in group.mentions:
        if addressed_name(mention.name):
            fired("entities", surname_over_address, mention.span.start, mention.span.end,
                  f"{mention.name!r} addresses {group.best.name!r}: named by the surname")


OBLIQUE_CASES = ("gent", "datv", "accs", "ablt", "loct")


def _declension_support(mentions: Sequence[Mention]) -> dict[str, int]:
    """For each name the text writes as it is (some mention's own words), how many names of the group are its case
    forms word by word by the regular paradigms of names ("Ларри Пейджу" of "Ларри Пейдж", "Мамуке Бахтадзе" of
    "Мамука Бахтадзе"): slovnet often tags a declined foreign name nominative, and the document's other forms show
    which one is. A name no mention writes ("Пела", guessed from "Пеле") gets nothing, nor do names none declines
    from."""
    names = list(dict.fromkeys(mention.name for mention in mentions))
    if len(names) < 2:
        return {}
    written = {mention.name for mention in mentions if mention.name == mention.span.text}
    split = {name: name.split() for name in names}
    return {name: sum(1 for other in names if other != name and len(split[other]) == len(split[name])
                      and all(map(_declines_from, split[other], split[name])))
            for name in names if name in written}


@rule("entities")
def oblique_read_otherwise(type_: str, mentions: Sequence[Mention]) -> frozenset[str]:
    """Names kept as written in an oblique case of another name of the group, where the language confirms it: the
    dictionary knows the written last word only as an oblique case of that name as a name of the entity's kind (a
    person's surname or first name, a place's, an organization's: "оперу Берлиоза" kept as "Берлиоза" where slovnet
    tagged it nominative, "Берлиоз" where the genitive was read), or, for one written form that the group reads two
    ways, the text writes yet another form of the other nominative ("Медиазоны" beside "Медиазону", both of
    "Медиазона"). The text's one form cannot be both: such a name gives way to the reading (`Group.best`),
    however slovnet tagged it. An unknown word ("Пеле", read once as a dative of "Пела"), one the dictionary also
    knows as a nominative ("Ведомости") or as a common noun's case ("Ваката"), and a person's surname in a place's
    or an organization's name ("остров Беринга", "университет имени Лобачевского": the complement stays in the
    genitive) keep theirs."""
    readings: dict[str, set[str]] = {}
    for mention in mentions:
        readings.setdefault(mention.span.text, set()).add(mention.name)
    names = {mention.name for mention in mentions}
    voided: dict[str, str] = {}
    kept: dict[str, str] = {}
    for mention in mentions:
        words = mention.name.split()
        if mention.name != mention.span.text or not words:
            continue
        same_text = readings[mention.span.text]
        # any name of the group that differs in the last word only: the dictionary may tell which is the case form
        for other in same_text | {other for other in names if other.split()[:-1] == words[:-1]
                                  and len(other.split()) == len(words)}:
            if fold(other) == fold(mention.name):
                continue
            if _oblique_of_name(words[-1], other.split()[-1], type_):
                voided[mention.name] = f"the dictionary knows {words[-1]!r} only as a case of {other!r}"
            elif other in same_text and any(m.name == other and m.span.text != mention.span.text for m in mentions):
                voided[mention.name] = f"{other!r} is also written in another form"
            elif other in same_text:
                kept.setdefault(mention.name, other)
    if is_tracing():
        first = mentions[0].span
        for name, why in sorted(voided.items()):
            fired("entities", oblique_read_otherwise, first.start, first.end, f"{name!r} gives way: {why}")
        for name, other in sorted(kept.items()):
            if name not in voided:
                rejected("entities", oblique_read_otherwise, first.start, first.end,
                         f"{name!r} stays beside {other!r}: no {type_} name's oblique case in the dictionary, no other "
                         "written form of it")
    return frozenset(voided)


def _oblique_of_name(word: str, nominative: str, type_: str) -> bool:
    """The dictionary reads the word only in oblique cases, one of them as the case form of the nominative as a
    name of the entity's kind (`NAME_KIND_GRAMMEMES`: "Берлиоза" of the surname "Берлиоз"; not "Ваката", a common
    noun's genitive; not "Ведомости", a plural nominative too)."""
    readings = dictionary_parses(word.lower())
    kind = NAME_KIND_GRAMMEMES.get(type_, frozenset())
    return bool(readings) and all(parse_case(p) != "nomn" for p in readings) \
        and any(p.normal_form == fold(nominative) and kind & p.tag.grammemes for p in readings)


def _declines_from(form: str, nominative: str) -> bool:
    """The word is the nominative itself or one of its oblique case forms by the regular paradigms of names (letter
    case aside: "О’Рурка" of "О’Рурк")."""
    if form == nominative:
        return True
    return any(fold(nominative) in map(fold, paradigm_nominatives(form, case, None)) for case in OBLIQUE_CASES)


def _shared_nominative(group: Group, name: str) -> str:
    """A person's name, or a one-word place's, whose last word stays as the text wrote it takes the one nominative
    that all the different forms the document writes of that word decline from by the regular paradigms of names:
    "Энтони Рэппа" with "Рэппу" and "Рэппом" -> "Энтони Рэпп" (slovnet tagged the full name nominative). One form,
    or forms that several nominatives fit ("Иванова", "Иванову"), decide nothing."""
    words = name.split()
    if group.type not in ("PER", "LOC") or not words or (group.type == "LOC" and len(words) > 1):
        return name
    last = words[-1]
    forms = {mention.tokens[-1].text for mention in group.mentions
             if mention.tokens and mention.tokens[-1].text.isalpha() and len(mention.tokens[-1].text) > 3
             and fold(mention.tokens[-1].text)[:3] == fold(last)[:3]}
    if last not in forms or len(forms) < 2:
        return name
    shared = set.intersection(*({form} | {nominative for case in OBLIQUE_CASES
                                          for nominative in paradigm_nominatives(form, case, None)}
                                for form in forms))
    if len(shared) != 1 or last in shared:
        return velar_genitive_surname(group, name, forms) if group.type == "PER" else name
    return " ".join([*words[:-1], shared.pop()])


@rule("entities")
def subject_surname(doc: Document, group: Group, name: str) -> str:
    """A person's surname declined from the form the document writes stays as written where the document writes that
    form as the subject of a past verb in the singular: "Франсуа Байру", read as the accusative of "Байра", is
    indeclinable, as "В последние дни Байру сделал …" shows (a subject stands in the nominative). As
    `nominative_first_name` for the first word. Only a form in -у/-ю (an accusative or dative, never a subject's
    case; a genitive in -а/-ы/-я slovnet tags as a subject, "Жигунова", "Шигемуры", stays read as one) that declines
    from the name's last word by the regular paradigms (`_declines_from`), where that word is written nowhere in the
    person's mentions (a written nominative, "Кристофер Кубасик", is the text's own). A form the dictionary reads
    as a name only in an oblique case ("Путину", "Лаврову") is no subject, whatever the parse says."""
    words = name.split(" ")
    last = words[-1]
    if not last.isalpha() or len(last) < 4:
        return name
    written = {fold(token.text) for mention in group.mentions for token in mention.tokens}
    if fold(last) in written:  # "Кристофер Кубасик" is written: the nominative is the text's own
        return name
    forms = {mention.tokens[-1].text for mention in group.mentions if mention.tokens
             and mention.tokens[-1].text.isalpha() and mention.tokens[-1].text.lower().endswith(("у", "ю"))
             and _declines_from(mention.tokens[-1].text, last)}
    subjects = {form for form in forms if _subject_form(doc, form)}
    if not subjects:
        return name
    span = group.best.span
    oblique = sorted(form for form in subjects if _only_oblique(form))
    if oblique or len(subjects) > 1:
        rejected("entities", subject_surname, span.start, span.end,
                 f"{name!r}: the dictionary reads {oblique} only in an oblique case" if oblique
                 else f"{name!r}: {sorted(subjects)} all stand as a subject")
        return name
    subject = subjects.pop()
    fired("entities", subject_surname, span.start, span.end, f"{name!r}: {subject!r} is a subject, a nominative")
    return " ".join([*words[:-1], subject])


GENDERED = ("Masc", "Fem")  # a past verb's gender: agreement a subject shows, a dative or accusative cannot


def _subject_form(doc: Document, form: str) -> bool:
    """The document writes the word as the subject of a finite past verb in the singular, a man's or a woman's: not
    a neuter one (a dative slovnet tags as the subject of an impersonal verb: "Кинчеву исполнилось 60 лет"), nor a
    present one, which shows no gender (a dative before it: "Кердпу доверяет руководство клуба")."""
    for token in doc.tokens:
        if token.text == form and base(token.rel) == "nsubj" and 0 <= token.head < len(doc.tokens):
            verb = doc.tokens[token.head]
            if finite_verb(verb) and verb.feats.get("Number") == "Sing" and verb.feats.get("Gender") in GENDERED:
                return True
    return False


def _only_oblique(word: str) -> bool:
    """The dictionary knows the word as a person's name, and only in oblique cases ("Путину"; not "Белью", a common
    noun's dative to it)."""
    readings = [p for p in dictionary_parses(word.lower()) if PERSON_NAME_GRAMMEMES & p.tag.grammemes]
    return bool(readings) and all(parse_case(p) != "nomn" for p in readings)


# A word of initials in Latin capitals that all have a Cyrillic twin (the capitals of LATIN_LOOKALIKES: "P.", "B.",
# "P.P."): typed in a Cyrillic name with the Latin keyboard layout.
LOOKALIKE_INITIALS = re.compile(f"(?:[{''.join(chr(code) for code in LATIN_LOOKALIKES if chr(code).isupper())}]\\.-?)+")


@rule("entities")
def cyrillic_lookalike_initials(group: Group, name: str) -> str:
    """A person's initials typed in Latin look-alike capitals beside a Cyrillic name take the Cyrillic letters:
    "Закиров P. P." -> "Закиров Р. Р.", "Халимон B. Л." -> "Халимон В. Л." (`unmix_scripts` mends a word only where
    both scripts meet inside it). A name all in Latin letters ("John P. Smith") keeps them, and so does a foreign
    name's middle initial between its first name and surname ("Уильям H. Мэйси", "Майкл B. Джордан")."""
    words = name.split(" ")
    latin = [word for word in words if LOOKALIKE_INITIALS.fullmatch(word)]
    if not latin:
        return name
    span = group.best.span
    full = [index for index, word in enumerate(words) if not word.endswith(".")]
    cyrillic = any(CYRILLIC.search(word) for word in words)
    middle = bool(full) and any(full[0] < index < full[-1] for index, word in enumerate(words) if word in latin)
    if not cyrillic or middle:
        rejected("entities", cyrillic_lookalike_initials, span.start, span.end,
                 f"{name!r}: a middle initial between the first name and the surname" if cyrillic
                 else f"{name!r}: no Cyrillic word beside them")
        return name
    mended = " ".join(word.translate(LATIN_LOOKALIKES) if word in latin else word for word in words)
    fired("entities", cyrillic_lookalike_initials, span.start, span.end, f"{name!r} -> {mended!r}")
    return mended


@rule("entities")
def shared_first_name(group: Group, name: str) -> str:
    """A person's first name takes the one nominative that every form the document writes of it before the
    surname declines from by the regular paradigms of names, where the name's first word is not that one:
    "Халифа Хафтара", "Халифой Хафтаром", "Халифу Хафтара" -> "Халифа Хафтар" (the genitive read of a man's "Халиф"
    gives no "Халифой", a man's name in -а declines as a woman's). As `_shared_nominative` for the last word: one
    written form, or forms that several nominatives fit ("Карла", "Карле": of "Карл" or of "Карла"), decide
    nothing; nor do they against a first word the dictionary knows as a first name's nominative ("Павел": the
    paradigms, for names it lacks, read "Павла", "Павлом", "Павлу" as of "Павл")."""
    words = name.split(" ")
    if len(words) < 2 or not words[0].isalpha():
        return name
    first, last = words[0], fold(words[-1])[:3]
    forms = {mention.tokens[0].text for mention in group.mentions
             if len(mention.tokens) > 1 and mention.tokens[0].text.isalpha() and mention.tokens[0].text[:1].isupper()
             and fold(mention.tokens[-1].text)[:3] == last and fold(mention.tokens[0].text)[:3] == fold(first)[:3]}
    if len(forms) < 2:
        return name
    declined = {form: [nominative for case in OBLIQUE_CASES for nominative in paradigm_nominatives(form, case, None)]
                for form in forms}
    spelled = {fold(nominative): nominative for nominatives in declined.values() for nominative in nominatives} \
        | {fold(form): form for form in forms}
    shared = set.intersection(*({fold(form)} | {fold(nominative) for nominative in nominatives}
                                for form, nominatives in declined.items()))
    span = group.best.span
    if len(shared) != 1 or fold(first) in shared:
        if fold(first) not in shared:
            rejected("entities", shared_first_name, span.start, span.end,
                     f"{name!r}: the forms {sorted(forms)} share {len(shared)} nominatives")
        return name
    nominative = spelled[shared.pop()]
    if _nominative_first_name_gender(first) is not None:  # "Павел": the paradigms read "Павла" as of "Павл"
        rejected("entities", shared_first_name, span.start, span.end,
                 f"{name!r}: {first!r} is a first name's nominative by the dictionary, not {nominative!r}")
        return name
    fired("entities", shared_first_name, span.start, span.end, f"{name!r}: {sorted(forms)} decline from {nominative!r}")
    return " ".join([nominative, *words[1:]])


@rule("entities")
def velar_genitive_surname(group: Group, name: str, forms: set[str]) -> str:
    """A person's name whose last word is a genitive in -и after a velar or hushing consonant ("Олега Дерипаски" ->
    "Олег Дерипаски") takes the nominative in -а that the article writes of the same word, where every other form it
    writes declines from that nominative: "Дерипаска", "Дерипаске", "Дерипаску" -> "Олег Дерипаска", as the articles
    that write the full name in the nominative name him. The regular paradigms give a man's name no genitive in -и
    (`naming.paradigm_nominatives`: "Хироки" may be a nominative), so without the article's own "-а" form the name
    stays as it is."""
    words = name.split()
    last = words[-1]
    nominative = f"{last[:-1]}а"
    span = group.best.span
    if len(last) < 4 or not last.endswith("и") or fold(last[-2]) not in VELAR_OR_HUSHING:
        return name
    if nominative not in forms:
        rejected("entities", velar_genitive_surname, span.start, span.end,
                 f"{name!r}: the article writes no {nominative!r}")
        return name
    if not all(form in (last, nominative) or any(nominative in paradigm_nominatives(form, case, None)
                                                 for case in OBLIQUE_CASES) for form in forms):
        rejected("entities", velar_genitive_surname, span.start, span.end,
                 f"{name!r}: not every written form declines from {nominative!r}")
        return name
    fired("entities", velar_genitive_surname, span.start, span.end, f"{name!r} -> {nominative!r}")
    return " ".join([*words[:-1], nominative])


def _lemma_words(mention: Mention) -> bool:
    """The last word of the mention is written as its lemma (the head of a name declines: "Бейдж", not "Бейджу")."""
    words = [token for token in mention.tokens if token.text.isalpha()]
    return bool(words) and bool(words[-1].lemma) and fold(words[-1].text) == fold(words[-1].lemma)


def _word_count(name: str) -> int:
    return sum(1 for word in name.split() if len(word.strip(".")) > 1)


def _words(tokens: Sequence[Token]) -> list[str]:
    return [token.text for token in tokens if token.text.isalnum() or any(map(str.isalnum, token.text))]


def build_entities(doc: Document, spans: Sequence[Span]) -> list[EntityAnn]:
    """Group a document's mentions into entities (see the module docstring): key each mention (`KEY_RULES`), group
    the mentions by key, merge the groups that name one referent (`MERGE_RULES`), attach the roles."""
    at = _first_at(spans)
    mentions = [_mention(doc, span, at) for span in spans]
    keyed: dict[str, Group] = {}
    for mention in mentions:
        if mention is not None:
            # by type too: a seat of power's place and body share a key and stay two entities
            key = f"{mention.span.type} {mention.key}"
            group = keyed.get(key)
            if group is None:  # not `setdefault`: it would build a Group for every mention
                group = keyed[key] = Group(mention.span.type)
            group.mentions.append(mention)
    groups = list(keyed.values())
    for merge in MERGE_RULES:
        owners = {id(m): id(group) for group in groups for m in group.mentions} if is_tracing() else None
        groups = merge(doc, groups)
        if owners is not None:
            _record_merges(merge, groups, owners)
    places = {m.span.start: m for group in groups if group.type == "LOC" for m in group.mentions}
    country = story_country(groups)
    persons = [group for group in groups if group.type == "PER"]
    entities = [_entity(doc, group, places, groups if country else None, persons, country) for group in groups]
    entities.sort(key=lambda entity: entity.mentions[0].start)
    attach_roles(doc, entities)
    nested_names(doc, entities)
    return entities


def _record_merges(merge: MergeRule, groups: list[Group], owners: dict[int, int]) -> None:
    """Record a "fired" verdict of `merge` for each mention that it moved into another group."""
    for group in groups:
        stayed = [mention.name for mention in group.mentions if owners[id(mention)] == id(group)]
        for mention in group.mentions:
            if owners[id(mention)] != id(group):
                fired("entities", merge, mention.span.start, mention.span.end,
                      f"{mention.name!r} joins {stayed[0] if stayed else group.best.name!r}")


SpanIndex = dict[tuple[str, int], tuple[int, Span]]


def _first_at(spans: Sequence[Span]) -> SpanIndex:
    """(type, start) -> (position, span) of the first span of that type starting there: what the rules below
    look up, instead of scanning all spans for each mention."""
    found: SpanIndex = {}
    for position, span in enumerate(spans):
        found.setdefault((span.type, span.start), (position, span))
    return found


@dataclass(frozen=True)
class Draft:
    """A mention before its key is chosen: its span and tokens, its canonical name, whether the text writes it in
    the nominative, and the document's spans by (type, start)."""

    span: Span
    tokens: list[Token]
    name: str
    nominative: bool
    spans: SpanIndex


@rule("entities")
def alias_table_key(doc: Document, draft: Draft) -> Mention | None:
    """A name in the alias table takes its referent's key, whatever variant: "ФРГ", "Германии" -> loc:германия.

    In the article the referent keeps the form the article gives ("Коммерсантъ", "ФРГ": quote speakers take it);
    the record names it by the table's canonical name. A seat of power that the text speaks of as a place ("в
    Кремле прошла встреча", `types.seats_of_power`) stays a place named as written, under the key of the body it
    houses, so that every document's "Кремль" shares one key whichever way a sentence uses it."""
    alias = lookup_alias(_words(draft.tokens)) or _quoted_alias(doc, draft) or _qualified_alias(doc, draft) \
        or _unqualified_body(doc, draft) or unmixed_alias(draft.name.split())
    if alias is None or _body_of_written_country(doc, draft, alias) or _plural_of_one_body(draft, alias):
        return None
    if alias.type != draft.span.type:
        if alias.key not in SEATS_OF_POWER:
            return None
        return Mention(draft.span, draft.tokens, draft.name, alias.key, keyed=True, nominative=draft.nominative)
    return Mention(draft.span, draft.tokens, unmix_name_scripts(draft.name), alias.key,
                   keyed=True, nominative=True, canonical=alias.canonical)


def _body_of_written_country(doc: Document, draft: Draft, alias: Alias) -> bool:
    """A table row of a Russian body that every country has ("Генпрокуратура", "МЧС": key org:генпрокуратура
    россии), written with a country right after it ("в Генеральную прокуратуру | Украины"): the country written
    decides, so the mention is keyed as that country's body (`country_scoped_key`), not by the row."""
    words = _words(draft.tokens)
    if alias.type != "ORG" or draft.span.type != "ORG" or scoped_body(words) is None \
            or _following_place(doc, draft.span, draft.spans) is None:
        return False
    rejected("entities", alias_table_key, draft.span.start, draft.span.end,
             f"{' '.join(words)!r} is followed by its country: keyed as that country's body")
    return True


def _plural_of_one_body(draft: Draft, alias: Alias) -> bool:
    """The mention names several bodies, in the plural, where every name the alias table gives its organization is
    singular: "европейские ЦБ" (the central banks of Europe, not the ECB's "Европейский ЦБ"), "Центробанки Японии и
    Швейцарии" (not Банк России's "Центробанк"). The first word, the head or an adjective agreeing with it, tells
    it where the dictionary reads it only in the plural (an indeclinable "ЦБ" shows no number; a genitive after the
    head is no number of the body: "Совета Федераций"); a row with such a word of its own ("Вооружённые силы",
    "Известия") keeps every form, and places ("Штаты") are not read."""
    words = _words(draft.tokens)
    if alias.type != "ORG" or not words or not _plural_only(words[0]) \
            or any(_plural_only(word) for name in alias_names(alias.key) for word in name.split()):
        return False
    rejected("entities", alias_table_key, draft.span.start, draft.span.end,
             f"{draft.name!r} is a plural: several bodies, not {alias.name!r}")
    return True


def _plural_only(word: str) -> bool:
    """The dictionary reads the word only in the plural, and not as a noun that has no singular ("Нидерланды"); an
    abbreviation shows no number ("ИГ" is no genitive of "иго")."""
    if word.isupper():
        return False
    readings = dictionary_parses(word.lower())
    return bool(readings) and all(p.tag.number == "plur" and "Pltm" not in p.tag.grammemes for p in readings)


def _unqualified_body(doc: Document, draft: Draft) -> Alias | None:
    """The body a capitalized head noun written alone names in news (`lexicon.UNQUALIFIED_BODY_HEADS`: "Конгресс"
    -> Конгресс США), where the document names no other body with that head: "Конгресс Перу … Конгресс
    проголосовал" keeps the bare "Конгресс" apart (`merge_head_nouns` then joins it to "Конгресс Перу")."""
    words = _words(draft.tokens)
    if draft.span.type != "ORG" or len(words) != 1 or not words[0][:1].isupper():
        return None
    head = next((head for head in UNQUALIFIED_BODY_HEADS if head in word_forms(words[0])), None)
    if head is None:
        head = next((head for head in UNION_BODY_HEADS if head in word_forms(words[0])), None)
        return union_body(doc, draft, head) if head is not None else None
    alias = lookup_alias(UNQUALIFIED_BODY_HEADS[head].split())
    return alias if _sole_body_of_head(doc, draft, head, alias) else None


def _sole_body_of_head(doc: Document, draft: Draft, head: str, alias: Alias | None) -> bool:
    """No other body of the document has this head noun ("Конгресс Перу", "Европейский совет")."""
    for _, span in draft.spans.values():
        other = _words(span_tokens(doc, span)) if span.type == "ORG" else []
        following = _following_mention(doc, span, draft.spans, ("LOC",)) if len(other) == 1 else None
        place = _words(span_tokens(doc, following)) if following is not None else []
        other += place if place and _may_be_genitive(place[-1]) else []
        if len(other) > 1 and any(head in word_forms(word) for word in other) and lookup_alias(other) != alias:
            rejected("entities", alias_table_key, draft.span.start, draft.span.end,
                     f"the document names another body with this head: '{' '.join(other)}'")
            return False
    return True


@rule("entities")
def union_body(doc: Document, draft: Draft, head: str) -> Alias | None:
    """The union's body a capitalized head noun written alone names where the document speaks of the union
    (`lexicon.UNION_BODY_HEADS`): "Европейский парламент и Совет" beside the Commission -> Совет Европейского союза,
    the Council of the EU. Not where no mention names the union or its institutions (a city's or a company's
    "Совет"), nor where a name follows the head as its owner ("Совета | ООН по правам человека": a cut name)."""
    body, institutions = UNION_BODY_HEADS[head]
    union = next((found for _, span in draft.spans.values() if span.type == "ORG"
                  and (found := lookup_alias(_words(span_tokens(doc, span)))) is not None
                  and found.name in institutions), None)
    if union is None:
        return None
    if _following_mention(doc, draft.span, draft.spans, ("ORG", "LOC")) is not None:
        rejected("entities", union_body, draft.span.start, draft.span.end, "a name follows it: its owner")
        return None
    alias = lookup_alias(body.split())
    if not _sole_body_of_head(doc, draft, head, alias):
        return None
    fired("entities", union_body, draft.span.start, draft.span.end,
          f"the document names {union.name!r}: {draft.name!r} is its {body!r}")
    return alias


def _may_be_genitive(word: str) -> bool:
    """A place's word that can qualify a body in the genitive: an abbreviation ("США"), a word the dictionary reads
    as a genitive or as indeclinable ("Перу"), or one it does not know; not a nominative only ("Конгресса | Америка
    превратится": the next clause's subject)."""
    readings = dictionary_parses(word.lower())
    return word.isupper() or not readings or any(p.tag.case == "gent" or "Fixd" in p.tag.grammemes for p in readings)


def _quoted_alias(doc: Document, draft: Draft) -> Alias | None:
    """The referent a quoted name names together with the word before its opening mark, where the alias table knows
    the two together ("РИА «Новости»": the mention is «Новости», as factRuEval marks it; the referent is РИА
    Новости, not any "Новости")."""
    index = doc.token_at(draft.span.start)
    if index < 2 or doc.tokens[index - 1].text not in QUOTE_TOKENS:
        return None
    before = doc.tokens[index - 2]
    if before.sentence != draft.tokens[0].sentence or not before.text[:1].isupper():
        return None
    return lookup_alias([before.text, *_words(draft.tokens)])


def _qualified_alias(doc: Document, draft: Draft) -> Alias | None:
    """The body an organization's name and the union or country that qualifies it name together, where the alias
    table knows the two and slovnet split them ("Комиссия | ЕС", "Совет Безопасности | ООН": the mention that
    follows), or where a country adjective stands for the country ("американский Конгресс" = "Конгресс США")."""
    if draft.span.type != "ORG":
        return None
    words = _words(draft.tokens)
    following = _following_mention(doc, draft.span, draft.spans, ("ORG", "LOC"))
    alias = lookup_alias(words + _words(span_tokens(doc, following))) if following is not None else None
    if alias is None and len(draft.tokens) > 1 and draft.tokens[0].pos == "ADJ":
        country = country_of_adjective(draft.tokens[0].lemma)
        alias = lookup_alias(words[1:] + inflect_name(country, "gent").split()) if country else None
    return alias if alias is not None and alias.type == "ORG" else None


@rule("entities")
def country_scoped_key(doc: Document, draft: Draft) -> Mention | None:
    """A country's body takes the body's and the country's key: "МИД России", "российского МИДа" -> org:мид россии."""
    if draft.span.type != "ORG":
        return None
    scoped = _scoped(doc, draft.span, _words(draft.tokens), draft.spans)
    if scoped is None:
        return None
    return Mention(draft.span, draft.tokens, scoped[0], scoped[1], keyed=True, nominative=draft.nominative,
                   canonical=scoped[2])


@rule("entities")
def name_as_key(doc: Document, draft: Draft) -> Mention:
    """A name no table knows is keyed by its type and nominative name: "Москвы" -> loc:москва (see `name_key`)."""
    return Mention(draft.span, draft.tokens, draft.name, name_key(draft.span.type, draft.name),
                   nominative=draft.nominative)


def _read_gender(tokens: list[Token], shown: Sequence[tuple[list[Token], list[Token]]]) -> list[Token]:
    """The mention's tokens with the case and gender its context showed, so that the entity's gender is read from
    them as its name is: `shown` holds the input and output of `apposed_role_case` (a man's genitive) and of
    `feminine_agreement` (a woman's nominative), and where one of them changed a word's gender, its output's case and
    gender are taken (the later one's last); no other rule's retagging is. Else the tokens as tagged."""
    read = tokens
    for before, after in shown:
        if len(after) != len(read) or len(before) != len(read) or all(
                new.feats.get("Gender") == old.feats.get("Gender") for new, old in zip(after, before, strict=True)):
            continue
        read = [replace(old, feats={**old.feats, **{key: new.feats[key] for key in ("Case", "Gender")
                                                    if key in new.feats}})
                for new, old in zip(after, read, strict=True)]
    return read


@rule("entities")
def nominative_first_name(doc: Document, tokens: Sequence[Token]) -> bool:
    """A first name whose form the dictionary knows only as a man's dative ("Исаму", "Ахмаду": datives of Исам,
    Ахмад) is written as it stands where the document writes the same name, first name and next word, as a
    sentence's subject elsewhere: "Исаму Акасаки получил премию … вручили писателю Исаму Акасаки" is the Japanese
    Исаму, not Исам. slovnet tags such a name dative even as the subject ("Ахмаду/Dat Ахиджо был президентом"), so
    the relation, not the case tag, tells the nominative (the subject mention itself included). Not where the next
    word ends in -у/-ю and may show the dative itself ("Ивану Петрову"). A name written only in dative positions is
    read by its form ("Иштвану Саваи" -> "Иштван Саваи", `naming.dative_first_name`)."""
    if len(tokens) < 2 or not dative_first_name(tokens[0].text, None) or tokens[1].text.lower().endswith(("у", "ю")):
        return False  # "Ивану Петрову": the next word shows the dative itself
    pair = (tokens[0].text.lower(), tokens[1].text.lower())
    for position, token in enumerate(doc.tokens[:-1]):
        if base(token.rel) == "nsubj" and (token.text.lower(), doc.tokens[position + 1].text.lower()) == pair:
            fired("entities", nominative_first_name, tokens[0].start, tokens[-1].end,
                  f"{tokens[0].text!r} is the subject at {token.start}: a nominative, not a dative")
            return True
    rejected("entities", nominative_first_name, tokens[0].start, tokens[-1].end,
             f"{tokens[0].text!r} is no subject anywhere: read by its form, a dative")
    return False


@rule("entities")
def written_woman_first_name(doc: Document, tokens: Sequence[Token]) -> bool:
    """A first name the dictionary knows only as a woman's dative or locative (`naming.woman_dative_first_name`:
    "Кондолизе", "Беате", "Сабине") is kept as written unless the text shows an oblique case around the name: many
    European women's names end in -е in the nominative ("Беате Цшепе заявила", "Сабине Лойтхойссер-Шнарренбергер"),
    so the form alone, or slovnet's tag on it, is no dative. An oblique case is shown by a declined word of the name
    (`_declined_name_word`: "Божене Рынской", "Аманде Кокоевой", even where slovnet makes the name a subject), by a
    dative or locative preposition before it ("к Кондолизе Райс", "женился на Божене"), or by the oblique case of
    the noun the name stands in apposition to ("помощнику/Dat … Кондолизе Райс", "украинки/Gen Оксане Баюл"); there
    the form is read as before (`naming._first_name_case`), or by a government without a preposition: slovnet's
    indirect object or oblique argument ("Поддержку Тамаре Крылешко оказали", "вручили Кондолизе Райс"). A later
    conjunct reads what shows around the first (`_first_conjunct`: "вручили Кондолизе Райс и Сабине Мюллер"). The
    subject of a clause, a name after another preposition or beside a nominative keeps its written form."""
    if len(tokens) < 2 or not woman_dative_first_name(tokens[0].text, None):
        return False
    positions = range(doc.token_at(tokens[0].start), doc.token_at(tokens[-1].start) + 1)
    shown = _oblique_around_name(doc, tokens, positions)
    if shown:
        rejected("entities", written_woman_first_name, tokens[0].start, tokens[-1].end,
                 f"{tokens[0].text!r} read as a dative: {shown}")
        return False
    fired("entities", written_woman_first_name, tokens[0].start, tokens[-1].end,
          f"{tokens[0].text!r} kept as written: no oblique case shown around the name")
    return True


def _oblique_around_name(doc: Document, tokens: Sequence[Token], positions: range) -> str | None:
    """What shows an oblique case around a person's name (see `written_woman_first_name`), or None."""
    declined = next((token.text for token in tokens[1:] if _declined_name_word(token.text)), None)
    if declined:
        return f"the name's word {declined!r} is declined"
    root_at = range_head(doc, positions)
    first = _first_conjunct(doc, root_at)
    if first != root_at:  # "вручили Кондолизе Райс и Сабине Мюллер": the list's first name shows the case
        shown = _oblique_around_name(doc, [doc.tokens[first]], range(first, first + 1))
        return f"as of its first conjunct {doc.tokens[first].text!r}: {shown}" if shown else None
    root = doc.tokens[root_at]
    if base(root.rel) == "nsubj":
        return None
    before = word_before(doc, positions[0])
    if before >= 0 and doc.tokens[before].sentence == root.sentence \
            and doc.tokens[before].text.lower() in DATIVE_LOCATIVE_PREPOSITIONS:
        return f"the preposition {doc.tokens[before].text!r}"
    if not 0 <= root.head < len(doc.tokens):
        return None
    if base(root.rel) == "iobj" or (base(root.rel) == "obl" and not _has_preposition(doc, positions)):
        return f"it is governed by {doc.tokens[root.head].text!r} without a preposition"  # "Поддержку Тамаре"
    if base(root.rel) != "appos":
        return None
    head = doc.tokens[root.head]
    case = head.feats.get("Case")
    if head.sentence == root.sentence and head.pos in ("NOUN", "PROPN", "ADJ") and case not in (None, "Nom"):
        return f"it stands in apposition to {head.text!r}/{case}"
    return None


def _first_conjunct(doc: Document, index: int) -> int:
    """The first conjunct of the coordination whose later conjunct is token `index` ("Кондолизе Райс и Сабине
    Мюллер": "Кондолизе" for "Сабине"), in its sentence, else `index`: conjuncts share their case and government."""
    token = doc.tokens[index]
    while base(token.rel) == "conj" and 0 <= token.head < index and doc.tokens[token.head].sentence == token.sentence:
        index = token.head  # the head lies before: the walk ends
        token = doc.tokens[index]
    return index


def _has_preposition(doc: Document, positions: range) -> bool:
    """A preposition depends on one of the name's words (its `case` child)."""
    inside = set(positions)
    return any(token.head in inside and base(token.rel) == "case" and token.pos == "ADP"
               for token in doc.tokens[max(0, positions[0] - 3):positions[-1] + 1])


def _declined_name_word(word: str) -> bool:
    """A word of a woman's name the dictionary reads as a dative or locative singular and never as a nominative
    (a first name's "Анне"), or a Russian feminine surname's oblique form ("Петровой", "Рынской")."""
    lower = word.lower()
    if lower.endswith((*FEMININE_OBLIQUE_SURNAME, "ской", "цкой")) and len(lower) > 6:
        return True
    readings = [p for p in parses(lower) if from_dictionary(p) and PERSON_NAME_GRAMMEMES & p.tag.grammemes]
    return bool(readings) and any(p.tag.case in ("datv", "loct") for p in readings) \
        and not any(p.tag.case == "nomn" for p in readings)


# The key rules, tried in order for each mention; the last one keys every mention the others leave.
KEY_RULES: tuple[Callable[[Document, Draft], Mention | None], ...] = (alias_table_key, country_scoped_key, name_as_key)


def _mention(doc: Document, span: Span, spans: SpanIndex) -> Mention | None:
    tokens = span_tokens(doc, span)
    if not tokens:
        return None
    tokens = _russian_part(tokens)
    agreed = agreeing_case(doc, span, locative_needs_preposition(doc, span, tokens))
    cased = apposed_subject_case(doc, span, apposed_role_case(doc, span, agreed))
    gendered = agreeing_gender(doc, span, coordinated_case(doc, span, spans, cased))
    named = feminine_agreement(doc, span, gendered)
    read = _read_gender(tokens, ((agreed, cased), (gendered, named)))
    head = _elided_head(doc, span, tokens, spans)
    if head:  # the adjectives are the head's modifiers in its case, whatever slovnet tags them
        case = head[-1].feats.get("Case")
        named = [replace(token, pos="ADJ", feats={**token.feats, "Case": case}) if case else token for token in named]
    retagged = named[0].feats.get("Case") != tokens[0].feats.get("Case")  # its case read from the context
    kept_first = span.type == "PER" and (nominative_first_name(doc, tokens) or written_woman_first_name(doc, tokens))
    name = canonical_name(span.type, named + head, retagged or _governed(doc, tokens[0]), kept_first)
    name = bracketed_given_name(doc, span, spans, fleeting_vowel_surname(span, tokens, name))
    draft = Draft(span, read, name, _written_nominative(tokens, name), spans)
    for key_rule in KEY_RULES:
        mention = key_rule(doc, draft)
        if mention is not None:
            fired("entities", key_rule, span.start, span.end, f"key {mention.key}, name {mention.name!r}")
            mention.parent = parent_scope(doc, span, spans)
            return mention
    raise AssertionError("name_as_key keys every mention")


INSERTION_BRACKETS = {"]": "[", ")": "("}  # an editor's insertion into a quote: its closing mark -> its opening one


@rule("entities")
def bracketed_given_name(doc: Document, span: Span, spans: SpanIndex, name: str) -> str:
    """A surname written right after an editor's insertion that ends in the person's given name is named with it:
    "[президента России Владимира] Путина" -> "Владимир Путин", "(России Владимиром) Путиным", "(Бадри)
    Патаркацишвили" -> "Бадри Патаркацишвили".

    A translated quote names a person by surname and the editor adds the role and the given name in brackets;
    slovnet reads one name across the bracket, which `boundaries.split_at_separators` cuts, so the surname alone
    would key apart from the person's full name and the given name stand alone. Where the bracket opens earlier in
    the sentence and closes right before the surname (one word, no first name), and the word before the closing mark
    is a person mention of that one word, a first name by the dictionary and no surname, the surname's name is the
    two words as one name (`canonical_name`: their shared case); the given name's own mention then joins it
    (`merge_partial_names`)."""
    first = doc.token_at(span.start)
    given = first - 2
    if span.type != "PER" or given < 0 or doc.tokens[first - 1].text not in INSERTION_BRACKETS \
            or len(span_tokens(doc, span)) != 1 or is_first_name(doc.tokens[first].text):  # the bracket first: cheap
        return name
    mark, before = doc.tokens[first - 1], doc.tokens[given]
    found = spans.get(("PER", before.start))
    if found is None or found[1].end != before.end or before.sentence != doc.tokens[first].sentence \
            or not is_first_name(before.text) or is_surname(before.text):
        return name
    if not _opened_before(doc, given, mark.text):
        rejected("entities", bracketed_given_name, before.start, span.end,
                 f"no {INSERTION_BRACKETS[mark.text]!r} opens an insertion before {before.text!r}")
        return name
    joined = canonical_name("PER", [before, doc.tokens[first]])
    fired("entities", bracketed_given_name, before.start, span.end,
          f"{before.text!r} closes the insertion before {span.text!r}: {joined!r}")
    return joined


def _opened_before(doc: Document, index: int, closing: str) -> bool:
    """An opening bracket of this closing mark stands before token `index` in its sentence, not closed since."""
    opening, sentence = INSERTION_BRACKETS[closing], doc.tokens[index].sentence
    while index > 0 and doc.tokens[index - 1].sentence == sentence:
        index -= 1
        if doc.tokens[index].text == closing:
            return False
        if doc.tokens[index].text == opening:
            return True
    return False


@rule("entities")
def descriptive_adjective_prefix(group: Group, name: str) -> str:
    """The record's name of an organization the text writes after lowercase adjectives begins at its first
    capitalized word where the article itself names it so: the adjectives describe it, as a Russian name's first
    word is capitalized. The article writes the capitalized part alone as another mention of the entity ("голландский
    ПСВ" … "ПСВ" -> "ПСВ", "московским ЦСКА" … "ЦСКА", "тюменской ГИБДД" … "ГИБДД"), or it is a name in Latin
    letters, a brand's own ("японский Nissan" -> "Nissan", "южнокорейская Hyundai").

    Elsewhere the adjectives stay: a place's adjective scopes a generic body as a country's genitive does
    ("московском ГУВД", "советских ВВС", "краевой Думы": no such body of the country; entities44 found a third of
    such names generic), and which capitalized names are generic is knowledge, not form. The key, made before, keeps
    them in any case (`country_scoped_key` keys a country's bodies so). The country's bodies the scope table knows
    never reach here ("российского Минфина" -> "Министерство финансов России"). Not where a lowercase word is no
    adjective ("мыс Антиб", "имени Н. Н. Бурденко"), nor where a lowercase word follows them (one phrase)."""
    best = group.best
    words, tokens = name.split(" "), best.tokens
    lead = 0
    while lead < min(len(tokens), len(words)) - 1 and _lowercase_adjective(tokens[lead]) \
            and words[lead] == words[lead].lower():
        lead += 1
    if group.type != "ORG" or not lead:
        return name
    span, described, kept = best.span, " ".join(words[:lead]), " ".join(words[lead:])
    if not (kept[:1].isupper() or kept[:1].isdigit()):
        rejected("entities", descriptive_adjective_prefix, span.start, span.end,
                 f"{kept!r} after {described!r} begins in lowercase: one phrase")
        return name
    if fold(kept) in PLACE_SCOPED_BODIES:
        rejected("entities", descriptive_adjective_prefix, span.start, span.end,
                 f"{described!r} scopes {kept!r}, a body every place has")
        return name
    if not is_latin(kept) and fold(kept) not in {fold(mention.name) for mention in group.mentions}:
        rejected("entities", descriptive_adjective_prefix, span.start, span.end,
                 f"{described!r} may scope {kept!r}, which the article never writes alone")
        return name
    fired("entities", descriptive_adjective_prefix, span.start, span.end,
          f"{described!r} describes {kept!r}, a name the article writes alone or in Latin letters")
    return kept


def _lowercase_adjective(token: Token) -> bool:
    """A word in lowercase letters (a hyphen may join two: "нью-йоркский") that is an adjective or participle."""
    return token.text.replace("-", "").isalpha() and token.text.islower() and adjective_word(token)


# The consonants before a word-final "ц" or "к" that end no nominative of a name, Russian or foreign, with the
# fleeting vowel the nominative puts between them ("ец", "ок"). After "л", "н", "р", "с" such clusters end many foreign
# nominatives ("Шульц", "Лоренц", "Шварц", "Франк", "Кларк", "Фриск"), so those are not listed.
FLEETING_VOWEL_CLUSTERS = {"ц": ("е", frozenset("бвдзмптфх")), "к": ("о", frozenset("бвдзмптф"))}


@rule("entities")
def fleeting_vowel_surname(span: Span, tokens: Sequence[Token], name: str) -> str:
    """A person's surname declined from an oblique form by stripping its ending to a consonant cluster no nominative
    ends in (`FLEETING_VOWEL_CLUSTERS`) takes back the fleeting vowel the oblique forms drop: "Анатолия Бышовца" ->
    "Анатолий Бышовец" (not "Бышовц"), "Виктором Коваленком" is left ("нк" ends "Франк"), "Сергея Цапка" -> "Сергей
    Цапок". Slavic surnames in -ец and -ок lose the vowel in every oblique case, and the dictionary knows few of them,
    so the regular paradigms (`naming.paradigm_nominatives`) give the bare stem."""
    words = name.split(" ")
    last, written = words[-1], tokens[-1].text if tokens else ""
    lower = last.lower()
    if span.type != "PER" or len(lower) < 4 or not last.isalpha() or lower == written.lower() \
            or not written.lower().startswith(lower):
        return name
    vowel, before = FLEETING_VOWEL_CLUSTERS.get(lower[-1], ("", frozenset()))
    if lower[-2] not in before:
        if vowel and is_consonant(lower[-2]):
            rejected("entities", fleeting_vowel_surname, span.start, span.end,
                     f"{last!r}: foreign nominatives end in {lower[-2:]!r} too ('Шульц', 'Франк')")
        return name
    restored = last[:-1] + vowel + last[-1]
    fired("entities", fleeting_vowel_surname, span.start, span.end,
          f"{last!r} ends in {lower[-2:]!r}, which no nominative ends in: {restored!r}")
    return " ".join([*words[:-1], restored])


@rule("entities")
def parent_scope(doc: Document, span: Span, spans: SpanIndex) -> tuple[str, str] | None:
    """(key, canonical name) of the country's body a subordinate body names as its parent: "ГУ МВД Украины" ->
    org:мвд украины, "Министерство внутренних дел Украины"; else None.

    A body's abbreviation before its parent (`lexicon.BODY_ABBREVIATIONS`, `types.parent_body`) makes one name of
    the two, but the parent is still written there: "ГУ МВД Украины" names the Ukrainian МВД as plainly as "МВД
    Украины" alone would. `merge_scoped_bodies` counts it as a scoped mention of the parent, so that the document's
    bare "МВД" takes that parent's key. Only a parent scoped by its country or place counts: "ГУ МВД" says whose
    МВД it is no more than "МВД" does."""
    tokens = span_tokens(doc, span)
    if span.type != "ORG" or len(tokens) < 2 or tokens[0].text not in BODY_ABBREVIATIONS:
        return None
    parent = doc.span(tokens[1].start, span.end, "ORG")
    words = _words(tokens[1:])
    scoped = _scoped(doc, parent, words, spans)
    if scoped is None:
        return None
    if scoped[1] in {entity_key("ORG", body) for cut in range(1, len(words) + 1) if (body := scoped_body(words[:cut]))}:
        rejected("entities", parent_scope, span.start, span.end, f"parent {parent.text!r}: no country or place")
        return None
    fired("entities", parent_scope, span.start, span.end, f"parent {parent.text!r}: key {scoped[1]}")
    return scoped[1], scoped[2]


def name_key(type_: str, name: str, transliterated: bool = False) -> str:
    """The key of a name the alias table and the country scopes do not know: type and name (`naming.entity_key`),
    a person's without the patronymic and first name first (`patronymics.key_words`), an organization's without its
    legal form ("ПАО Северлес" and "Северлес" share org:северлес)."""
    if type_ == "PER":
        name = " ".join(key_words(name.split()))
    elif type_ == "ORG":
        name = latin_domain_suffix(_without_legal_form(name))
    return entity_key(type_, name, transliterated)


# The Latin domain suffix a site's name spells in Cyrillic letters ("Фонтанка.ру", "Лента.ру" for ".ru"): one address,
# which other articles write "Фонтанка.ru"; a real Cyrillic domain (".рф") stays.
CYRILLIC_DOMAIN_SUFFIXES = {".ру": ".ru"}
_CYRILLIC_DOMAIN = re.compile(rf"(?<=\w)({'|'.join(map(re.escape, CYRILLIC_DOMAIN_SUFFIXES))})$", re.IGNORECASE)


def latin_domain_suffix(name: str) -> str:
    """A site's name with its Cyrillic-spelled Latin domain suffix written in Latin letters: "Фонтанка.ру" ->
    "Фонтанка.ru" (so both spellings share a key); any other name as it is."""
    return _CYRILLIC_DOMAIN.sub(lambda match: CYRILLIC_DOMAIN_SUFFIXES[match.group(1).lower()], name)


def _without_legal_form(name: str) -> str:
    """An organization's name without the legal forms at its ends: "АКБ Северлес АО" -> "Северлес"."""
    words = name.split()
    while len(words) > 1 and fold(words[0]) in COMPANY_FORMS:
        words = words[1:]
    while len(words) > 1 and fold(words[-1]) in COMPANY_FORMS:
        words = words[:-1]
    return " ".join(words)


def _elided_head(doc: Document, span: Span, tokens: list[Token], spans: SpanIndex) -> list[Token]:
    """The head noun an adjective-only mention shares with the coordinated mentions after it: "Томской | и
    Новосибирской областей" -> [областей] (so the name is "Томская область"), "Самарской (88), Свердловской (80) и
    Новосибирской (64) областях" (bracketed counts between, the place noun outside the last mention), "Северной | и
    Южной Америки"; or the plural common noun a list of them follows (`_head_before`); else []."""
    if span.type == "PER" or not _adjectives_only(tokens):
        return []
    return _head_after(doc, span, tokens, spans) or _head_before(doc, span, tokens)


def _adjectives_only(tokens: Sequence[Token]) -> bool:
    """The mention's words are adjectives (`adjective_word`), and there is one at least ("Нью-Йорке" is none)."""
    words = [token for token in tokens if token.text.isalpha()]
    return bool(words) and all(map(adjective_word, words))


def _head_after(doc: Document, span: Span, tokens: list[Token], spans: SpanIndex) -> list[Token]:
    """The head noun at the end of the coordinated mentions after an adjective-only mention (see `_elided_head`):
    a plural noun, or a singular one the adjective agrees with in case and gender ("Северной и Южной Америки")."""
    first = tokens
    for _ in range(LIST_LENGTH):
        if not _adjectives_only(tokens):
            return []
        after = _after_brackets(doc, doc.token_at(span.end))
        if after >= len(doc.tokens) or doc.tokens[after].sentence != tokens[-1].sentence:
            return []
        token = doc.tokens[after]
        chain = head_after_adjectives(doc, tokens, after) if tokens is first else []
        if chain:
            fired("entities", head_after_adjectives, span.start, span.end,
                  f"{' '.join(t.text for t in chain)!r} after it: the noun it and the adjectives between modify")
            return chain
        if elided_head(tokens, token):
            fired("entities", elided_head, span.start, span.end,
                  f"{token.text!r} after the coordinated adjectives is their head")
            return [token]
        if token.pos == "NOUN" and fold(token.lemma) in PLACE_NOUNS:
            rejected("entities", elided_head, span.start, span.end,
                     f"{span.text!r} has no adjective's reading: {token.text!r} is not its head")
            return []
        if token.text not in COORDINATION:
            return []
        while after + 1 < len(doc.tokens) and doc.tokens[after + 1].text in COORDINATION:
            after += 1  # "либо Республиканской, либо Демократической партии"
        if after + 1 >= len(doc.tokens):
            return []
        following = spans.get((span.type, doc.tokens[after + 1].start), (0, None))[1]
        if following is None:
            return []
        following_tokens = span_tokens(doc, following)
        head = following_tokens[-1]
        if head.pos == "NOUN" and head.feats.get("Number") == "Plur":
            fired("entities", elided_head, following.start, following.end,
                  f"{head.text!r} ends the coordinated names: their head")
            return [*_shared_modifiers(following_tokens), head]
        if head.pos in ("NOUN", "PROPN") and len(following_tokens) > 1 and _adjectives_only(following_tokens[:-1]) \
                and _agree_in_singular(first, head):  # "Северной | и Южной Америки", not "Моховой, | Петровке"
            return [head]
        span, tokens = following, span_tokens(doc, following)
    return []


@rule("entities")
def head_after_adjectives(doc: Document, adjectives: Sequence[Token], after: int) -> list[Token]:
    """An adjective tagged alone as a name heads nothing: the noun after the lowercase adjectives that follow it is
    the head of them all, and the name is the whole phrase: "Актанышского | нефтяного месторождения" -> "Актанышское
    нефтяное месторождение", "Петербургского | международного экономического форума" -> "Петербургский
    международный экономический форум".

    slovnet tags a relational adjective that begins a longer name alone ("Козельского ракетного соединения",
    "Исфаганского ядерного центра"), and the mention was named "Козельское". Russian stacks a relational adjective
    before the other modifiers of its noun, so the words after it belong to the same phrase when each lowercase
    adjective agrees with it (one case, singular, one gender) and the noun after them agrees with the adjective in
    the singular (`_agree_in_singular`). The tokens returned are the adjectives between and the noun; [] where the
    next word is no lowercase adjective (the plain "adjective | noun" is `elided_head`'s) or the phrase does not
    agree ("Московской | областной думы и" agrees, "Красной | армией" is no chain)."""
    first = adjectives[-1]
    case, gender = first.feats.get("Case"), first.feats.get("Gender")
    chain: list[Token] = []
    index = after
    while index < len(doc.tokens) and len(chain) < CHAIN_ADJECTIVES \
            and _chain_adjective(doc.tokens[index], case, gender):
        chain.append(doc.tokens[index])
        index += 1
    if not chain or index >= len(doc.tokens):
        return []
    noun = doc.tokens[index]
    if noun.pos != "NOUN" or not noun.text.islower() or noun.sentence != first.sentence \
            or noun.feats.get("Number") != "Sing" or noun.feats.get("Case") != case \
            or not _agree_in_singular(adjectives, noun):
        rejected("entities", head_after_adjectives, adjectives[0].start, noun.end,
                 f"{noun.text!r} after the adjectives is no singular noun that agrees with them")
        return []
    return [*chain, noun]


# The most lowercase adjectives between a name's relational adjective and its noun ("Петербургского | международного
# экономического | форума")
CHAIN_ADJECTIVES = 3


def _chain_adjective(token: Token, case: str | None, gender: str | None) -> bool:
    """A lowercase singular adjective in the case and gender given: a modifier in the name's phrase."""
    return token.pos == "ADJ" and token.text.isalpha() and token.text.islower() and case is not None \
        and token.feats.get("Case") == case and token.feats.get("Number") == "Sing" \
        and token.feats.get("Gender") == gender


# The most conjuncts a list of adjective-only names may have before its head: "в Белгородской, Брянской, …, Тульской
# и Ярославской областях" names 18 of Russia's regions (a limit of 8 left the list's first ten without their head).
LIST_LENGTH = 40


@rule("entities")
def elided_head(adjectives: Sequence[Token], noun: Token) -> bool:
    """Coordinated adjectives share the plural noun after the last of them: "Мамонтовского и Майского месторождений".

    The noun right after an adjective-only mention is its head (and the head of the adjectives coordinated before
    it): a place noun ("Московской | области", "Томской и Новосибирской | областей"), or any other common noun in the
    plural that the last adjective agrees with in the singular, in a case the noun stands in; a singular adjective
    modifies a plural noun only as one of a list ("Мамонтовского и Майского месторождений" -> "Майское
    месторождение", "на Московской и Сибирской биржах" -> "Московская биржа"). A word the dictionary never reads
    as an adjective heads nothing ("Наньпине/ADJ | провинции": a city's locative, not "Наньпиная провинция")."""
    if noun.pos != "NOUN" or not any(p.tag.POS in ADJECTIVAL_POS for p in parses(adjectives[-1].text.lower())):
        return False
    if fold(noun.lemma) in PLACE_NOUNS:
        return True
    if not noun.text.islower() or noun.feats.get("Number") != "Plur":
        return False
    cases = {token_case(token) for token in (adjectives[-1], noun)} - {None}
    return any(_agree_in_singular(adjectives, noun, case) and _plural_in(noun, case) for case in cases)


def _plural_in(noun: Token, case: str) -> bool:
    """The dictionary reads the noun as a plural in the case ("месторождений": gent plur)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == case and p.tag.number == "plur" for p in parses(noun.text.lower()))


def _shared_modifiers(tokens: Sequence[Token]) -> list[Token]:
    """The plural adjectives right before a mention's plural head, which the coordinated names share with it:
    [народных] of "Луганской народных республик" (after "Донецкой и")."""
    index = len(tokens) - 1
    while index > 0 and tokens[index - 1].pos == "ADJ" and tokens[index - 1].feats.get("Number") == "Plur":
        index -= 1
    return list(tokens[index:-1])


# What joins coordinated names: "Северной и Южной", "либо Республиканской, либо Демократической"
COORDINATION = frozenset({",", "и", "или", "либо"})
# What may stand between a plural noun and the adjective-only names it heads: "партий — Демократической и
# Республиканской", "партий (Зелёной, Либертарианской, Конституционной)", "партий: «Зелёной» или ..."
LIST_GLUE = frozenset({",", "и", "или", "либо", "то", "(", ":"}) | DASH_TOKENS | QUOTE_TOKENS


def _head_before(doc: Document, span: Span, tokens: list[Token]) -> list[Token]:
    """The plural common noun an adjective-only mention and the ones before it follow, set off by a mark: "от двух
    партий — Демократической и Республиканской" -> [партий] (so the name is "Демократическая партия"), in the
    adjectives' case and a gender they can have; a noun of another gender ("в субъектах РФ — Брянской, Курской") and
    a noun right before the first name, which governs it ("бойцов Ленинградского и Волховского фронтов"), head
    nothing. The noun goes after the adjectives, where a name's head stands."""
    index = doc.token_at(span.start) - 1
    sentence = tokens[0].sentence
    marked = False  # a mark sets the list off from the noun; without one the noun governs the first name
    while index >= 0 and doc.tokens[index].sentence == sentence and span.start - doc.tokens[index].start < 200:
        token = doc.tokens[index]
        if token.text in LIST_GLUE or (token.text[:1].isupper() and adjective_word(token)):
            marked = marked or not token.text.isalpha() if token.text in LIST_GLUE else False
            index -= 1
            continue
        if marked and token.pos == "NOUN" and token.text.islower() and token.feats.get("Number") == "Plur" \
                and _agree_in_singular(tokens, token, token_case(token)):
            start = tokens[-1].end + 1
            return [replace(token, start=start, end=start + len(token.text))]
        return []
    return []


def _agree_in_singular(adjectives: Sequence[Token], noun: Token, case: str | None = None) -> bool:
    """The last adjective has a singular reading in the case (by default its own) and in a gender of the noun's
    singular."""
    case = case or token_case(adjectives[-1])
    genders = {p.tag.gender for p in parses(noun.text.lower()) if p.tag.POS == "NOUN" and p.tag.gender}
    return case is not None and any(p.tag.POS in ADJECTIVAL_POS and p.tag.number == "sing" and p.tag.case == case
                                    and p.tag.gender in genders for p in parses(adjectives[-1].text.lower()))


def _after_brackets(doc: Document, index: int) -> int:
    """The index of the first token after a bracketed group that starts at `index` (or `index` itself)."""
    if index < len(doc.tokens) and doc.tokens[index].text == "(":
        close = next((i for i in range(index, min(index + 8, len(doc.tokens))) if doc.tokens[i].text == ")"), None)
        if close is not None:
            return close + 1
    return index


def _russian_part(tokens: list[Token]) -> list[Token]:
    """Of a name given in two languages side by side, the Russian one: "European Parliament Европейский
    парламент" -> "Европейский парламент" (a glossary's way; each part two words or more); any other name whole."""
    words = [token for token in tokens if any(char.isalpha() for char in token.text)]
    latin = [is_latin(token.text) for token in words]
    if not any(latin) or all(latin):
        return tokens
    switches = sum(1 for a, b in pairwise(latin) if a != b)
    russian = [token for token, is_latin_word in zip(words, latin, strict=True) if not is_latin_word]
    if switches != 1 or len(russian) < 2 or len(words) - len(russian) < 2:  # "BBC Русская служба" is one name
        return tokens
    return tokens[tokens.index(russian[0]): tokens.index(russian[-1]) + 1]


# the words that may stand between a preposition and the name it governs: the nouns, adjectives, numerals and
# conjunctions and particles of the noun phrases before it ("о президенте США Дональде Трампе", "в Москве, Казани и
# Сочи", "в том же районе"), and the point of an abbreviation ("ЦПКО им. Горького")
NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "PART", "X"})
NOUN_PHRASE_MARKS = frozenset({",", ".", "[", "]", "(", ")"}) | DASH_TOKENS | QUOTE_TOKENS
PREPOSITION_REACH = 60  # tokens back from the mention: a long list of places after one preposition fits


@rule("entities")
def locative_needs_preposition(doc: Document, span: Span, tokens: list[Token]) -> list[Token]:
    """A word slovnet tags locative with no preposition before it reads as written: the Russian locative stands
    only after a preposition ("в Неваде", "о Трампе"), so in "семьи Коломбо и Луккезе", "университета Ла Сапиенца"
    the tag is a guess at a foreign word's ending, and the regular paradigms must not strip its "-е" ("Луккез").
    Only words the dictionary does not know as a locative: its own readings decide the others ("предоставить
    Украине"). The preposition may stand before the noun phrases that lead to the name ("в римском университете Ла
    Сапиенце", "о президенте США Дональде Трампе", "в руководимом им «Гоголь-центре»") or inside the mention."""
    if not any(token.feats.get("Case") == "Loc" for token in tokens) or _after_preposition(doc, tokens[0]):
        return tokens
    retagged = []
    for token in tokens:
        if token.feats.get("Case") == "Loc" and not _dictionary_locative(token.text) \
                and not _after_preposition(doc, token):
            fired("entities", locative_needs_preposition, token.start, token.end,
                  f"{token.text!r} tagged locative with no preposition: read as written")
            token = replace(token, feats={**token.feats, "Case": "Nom"})
        retagged.append(token)
    return retagged


def _dictionary_locative(word: str) -> bool:
    """The dictionary knows the form as a locative (so also as the dative or genitive of that lexeme: "Украине",
    "Корее"): its own readings decide its nominative, whatever the tag."""
    return any(from_dictionary(p) and p.tag.case in ("loct", "loc2") for p in parses(word.lower()))


def _after_preposition(doc: Document, token: Token) -> bool:
    """A preposition stands before the token in its sentence, with only noun phrases (`NOUN_PHRASE_POS`, commas,
    dashes, quotation marks) between."""
    position = doc.token_at(token.start)
    for index in range(position - 1, max(-1, position - 1 - PREPOSITION_REACH), -1):
        before = doc.tokens[index]
        if before.sentence != token.sentence:
            return False
        if before.pos == "ADP":
            return True
        if before.pos not in NOUN_PHRASE_POS and before.text not in NOUN_PHRASE_MARKS and not _inside_phrase(before):
            return False
    return False


def _inside_phrase(token: Token) -> bool:
    """A participle, an adverb or an oblique pronoun, which may stand inside a noun phrase between a preposition
    and its noun ("в руководимом им «Гоголь-центре»", "в наиболее известном ...")."""
    return token.feats.get("VerbForm") == "Part" or token.pos == "ADV" \
        or (token.pos == "PRON" and token.feats.get("Case") not in (None, "Nom"))


# the oblique cases a word before a name shows by agreement (an inanimate accusative looks like a nominative)
AGREEMENT_CASES = {case: UD_CASE_TO_OPENCORPORA[case] for case in ("Gen", "Dat", "Ins", "Loc")}


def agreeing_case(doc: Document, span: Span, tokens: list[Token]) -> list[Token]:
    """A place's or person's words that slovnet tags nominative take the oblique case of the common adjective or
    noun right before the mention that the syntax links to it (an adjective modifying the name, a noun the name
    stands in apposition to) when their own gender and number agree with it and their ending fits that case's
    regular paradigm: "в мексиканском Канкуне", "в германском городе Розенхайме", "курортного города Мармариса",
    "кинорежиссёра Арно Деплешена" (so the names are "Канкун", "Розенхайм", "Мармарис", "Арно Деплешен").
    Organizations stay as tagged: "компании Тойота" is an apposition in the nominative."""
    index = doc.token_at(span.start) - 1
    if span.type == "PER" and _instrumental_by_syntax(doc, span, tokens):
        return [replace(token, feats={**token.feats, "Case": "Ins"}) for token in tokens]
    if span.type not in ("LOC", "PER") or index < 0:
        return tokens
    before = doc.tokens[index]
    case = AGREEMENT_CASES.get(before.feats.get("Case", ""))
    if case is None or before.sentence != tokens[0].sentence or before.pos not in ("ADJ", "NOUN") \
            or not before.text.isalpha() or not before.text.islower() or before.feats.get("Number") != "Sing":
        return tokens
    first = index + 1
    inside = range(first, first + len(tokens))
    root = next((i for i in inside if doc.tokens[i].head not in inside), first)
    linked = before.head in inside if before.pos == "ADJ" else \
        doc.tokens[root].head == index and not doc.tokens[root].rel.startswith("nsubj")
    if not linked:  # "в начале июня Мандела попал": the noun heads another phrase
        return tokens
    gender = before.feats.get("Gender")
    return [replace(token, feats={**token.feats, "Case": before.feats["Case"]})
            if _agrees_in(token, case, gender) else token for token in tokens]


# the cases a role noun passes on to the person's name in apposition to it: the oblique cases, and the accusative of
# an animate noun, whose name has the accusative's own ending ("назначил министра Сэйдзи Маэхару")
APPOSITION_CASES = {**AGREEMENT_CASES, "Acc": UD_CASE_TO_OPENCORPORA["Acc"]}


@rule("entities")
def apposed_role_case(doc: Document, span: Span, tokens: list[Token]) -> list[Token]:
    """A person's name in apposition to a common noun in an oblique case (a role: "министра", "пресс-секретарю")
    stands in that noun's case, as an apposition agrees with its noun, also where the noun's own phrase stands
    between them: "бывшего министра иностранных дел Сэйдзи Маэхару/Nom" -> "Сэйдзи Маэхара", "пресс-секретарю
    экс-президента США Билла Клинтона Джо Локхарту/Nom" -> "Джо Локхарт". The noun is the syntactic head of the
    name's root (`appos`), every word between them belongs to the noun's phrase, and only the words slovnet tags
    nominative whose gender is the noun's and whose ending fits the case's regular paradigm take the case
    (`_agrees_in`); an accusative counts for an animate noun only. A name that is a woman's nominative and a man's
    genitive alike (`woman_or_man_genitive`) beside a genitive or accusative noun is the man's, in that case, whatever
    gender slovnet tags ("начальника отдела Валентина Бибикова" -> "Валентин Бибиков"). An inanimate
    noun is no person's role: where the parse hangs the name on one ("контролер иновещания Всемирной службы ВВС Тарик
    Кафала", "Руководили аукционом … Александра Бабенко"), its case says nothing of the name's."""
    if span.type != "PER" or not tokens:
        return tokens
    noun_at = _apposition_head(doc, tokens)
    if noun_at is None:
        return tokens
    noun = doc.tokens[noun_at]
    if _inanimate(noun):  # "контролер иновещания | … Тарик Кафала": the parse's apposition is wrong
        rejected("entities", apposed_role_case, span.start, span.end,
                 f"{noun.text!r} is inanimate: a person's name stands in apposition to a person noun only")
        return tokens
    if noun.feats["Case"] in ("Gen", "Acc") and woman_or_man_genitive(tokens):
        fired("entities", apposed_role_case, span.start, span.end,
              f"in apposition to {noun.text!r} ({noun.feats['Case']}): a man's name in its case")
        return [replace(token, feats={**token.feats, "Case": noun.feats["Case"], "Gender": "Masc"})
                for token in tokens]
    case, gender = APPOSITION_CASES[noun.feats["Case"]], noun.feats.get("Gender")
    agreeing = [_takes_case(token, case, gender) for token in tokens]
    if not any(agreeing):
        return tokens
    fired("entities", apposed_role_case, span.start, span.end,
          f"in apposition to {noun.text!r} ({noun.feats['Case']}): read in its case")
    return [replace(token, feats={**token.feats, "Case": noun.feats["Case"]}) if agrees else token
            for token, agrees in zip(tokens, agreeing, strict=True)]


@rule("entities")
def apposed_subject_case(doc: Document, span: Span, tokens: list[Token]) -> list[Token]:
    """A person's name in apposition to the subject, a singular animate role noun in the nominative, stands in the
    nominative, as an apposition agrees with its noun: "заявил лидер Всеобщего народного конгресса Файка/Gen
    аль-Саид" -> "Файка аль-Саид", "пояснил контролер иновещания … Тарик Кафала/Gen" -> "Тарик Кафала" (not "Файк",
    "Кафал": slovnet reads an unknown word in -а as a genitive of a consonant stem). Only where the name cannot be a
    genitive that the noun's phrase governs instead (`_apposed_subject_noun`), and each word tagged with an oblique
    case reads as a nominative by its form (`_may_be_nominative`); a word the dictionary knows only in oblique cases
    ("Сергея") or a consonant stem the text writes elsewhere ("Байдена" beside "Байден") leaves the tags, and so
    does a man's verb over a name that is a man's genitive as much as a woman's nominative (`_man_predicate`)."""
    if span.type != "PER" or not tokens:
        return tokens
    noun_at = _apposed_subject_noun(doc, tokens)
    oblique = [token for token in tokens if token.feats.get("Case") not in (None, "Nom") and token.text.isalpha()]
    if noun_at is None or not oblique:
        return tokens
    if woman_or_man_genitive(tokens) and _man_predicate(doc, noun_at):
        rejected("entities", apposed_subject_case, span.start, span.end,
                 f"a woman's nominative or a man's genitive, and {doc.tokens[noun_at].text!r}'s verb is a man's: "
                 "the man's genitive that the noun's phrase governs ('тренер сборной Вадима Евсеева')")
        return tokens
    written = set(folded_words(doc))
    stuck = next((token.text for token in oblique if not _may_be_nominative(token.text, written)), None)
    if stuck is not None:
        rejected("entities", apposed_subject_case, span.start, span.end,
                 f"{stuck!r} reads as no nominative: the name keeps its tags")
        return tokens
    fired("entities", apposed_subject_case, span.start, span.end,
          f"in apposition to the subject {doc.tokens[noun_at].text!r} (Nom): read in the nominative")
    return [replace(token, feats={**token.feats, "Case": "Nom"}) if token in oblique else token for token in tokens]


def _apposed_to(doc: Document, tokens: list[Token]) -> int | None:
    """The index of the word before the mention that the mention's root stands in apposition to, or None."""
    first = doc.token_at(tokens[0].start)
    inside = range(first, first + len(tokens))
    root = next((i for i in inside if doc.tokens[i].head not in inside), first)
    noun_at = doc.tokens[root].head
    return noun_at if doc.tokens[root].rel == "appos" and 0 <= noun_at < first else None


def _apposed_subject_noun(doc: Document, tokens: list[Token]) -> int | None:
    """The index of the subject noun before the mention that the mention's root stands in apposition to: a lowercase
    singular animate noun tagged nominative, no noun of a relation to another person ("сын", "адвокат": the parse's
    apposition is often that person's genitive), whose phrase fills every word between them: its own genitive
    complement, so that the name is no second one ("ученик Анатолия Бышовца" is the teacher's name), and no singular
    animate noun ("сын бывшего лидера Северной Кореи Ким Чен Ира": the name is "лидера"'s); else None."""
    noun_at, first = _apposed_to(doc, tokens), doc.token_at(tokens[0].start)
    if noun_at is None:
        return None
    noun = doc.tokens[noun_at]
    if noun.pos != "NOUN" or not noun.rel.startswith("nsubj") or noun.sentence != tokens[0].sentence \
            or not noun.text.replace("-", "").isalpha() or not noun.text.islower() \
            or noun.feats.get("Case") != "Nom" or noun.feats.get("Number") != "Sing" \
            or noun.feats.get("Animacy") != "Anim" or fold(noun.lemma or noun.text) in RELATION_NOUNS | AGENT_NOUNS:
        return None
    between = [doc.tokens[i] for i in range(noun_at + 1, first)]
    if any(noun_at not in doc.ancestors(i) for i in range(noun_at + 1, first)) \
            or not any(token.feats.get("Case") == "Gen" and token.pos in ("NOUN", "PROPN") for token in between) \
            or any(token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" and token.feats.get("Number") == "Sing"
                   for token in between):
        return None
    return noun_at


def _man_predicate(doc: Document, noun_at: int) -> bool:
    """The subject noun's predicate shows a man by its ending ("рассказал"; `_predicate_form_gender`): a woman named
    in apposition to a role noun takes a feminine verb ("заявила юрисконсульт Александра Герасимова")."""
    head = doc.tokens[noun_at].head
    return 0 <= head < len(doc.tokens) and _predicate_form_gender(doc.tokens[head]) == "masc"


def _may_be_nominative(word: str, written: set[str]) -> bool:
    """A name word that reads as a nominative singular by its form: the dictionary knows it so (or as indeclinable),
    or, unknown to it, it ends in "-а"/"-я" like a nominative of that stem ("Кафала", "Файка") and the text writes no
    form of the consonant stem the other reading makes of it ("Байдена" beside "Байден", "Байденом")."""
    lower = word.lower()
    readings = dictionary_parses(lower)
    if readings:
        return any((p.tag.case == "nomn" and p.tag.number != "plur") or "Fixd" in p.tag.grammemes for p in readings)
    stem = fold(lower[:-1])
    return lower.endswith(("а", "я")) and not {stem, stem + "ом", stem + "ем"} & written


def _inanimate(noun: Token) -> bool:
    """slovnet tags the noun inanimate and the dictionary has no animate reading of its form ("иновещания",
    "аукционом"; not "титане", which is a Titan as well as the metal)."""
    return noun.feats.get("Animacy") == "Inan" and not any(
        p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in dictionary_parses(noun.text.lower()))


def woman_or_man_genitive(tokens: list[Token]) -> bool:
    """A name every word of which has the shape of a woman's nominative and of a man's genitive (or animate
    accusative) alike: a first name `naming.woman_or_man_oblique` reads so ("Валентина", "Евгения") and Russian
    surnames in -ова/-ина ("Бибикова"). Only its case tells them apart: in an oblique case the phrase is a man's
    ("начальника отдела Валентина Бибикова" -> "Валентин Бибиков"; a woman's genitive is "Валентины Бибиковой"),
    in the nominative a woman's, whatever gender slovnet tags."""
    if not tokens or not woman_or_man_oblique(tokens[0].text):
        return False
    return all(token.text[:1].isupper() and token.text.isalpha()
               and (woman_or_man_oblique(token.text) or token.text.lower().endswith(RUSSIAN_FEMININE_SURNAME))
               for token in tokens[1:])


def _takes_case(token: Token, case: str, gender: str | None) -> bool:
    """`_agrees_in`, for a word tagged nominative or with an oblique case its own form does not show
    (`_shows_case`: "Локхарту" is no genitive)."""
    tagged = token.feats.get("Case", "")
    if tagged in AGREEMENT_CASES or tagged == "Acc":
        if not token.text.isalpha() or _shows_case(token.text, UD_CASE_TO_OPENCORPORA[tagged]):
            return False
        token = replace(token, feats={**token.feats, "Case": "Nom"})
    return _agrees_in(token, case, gender)


def _apposition_head(doc: Document, tokens: list[Token]) -> int | None:
    """The index of the lowercase singular common noun in `APPOSITION_CASES` (an animate one in the accusative)
    before the mention that the mention's root stands in apposition to, whose own phrase fills every word between
    them; else None."""
    noun_at, first = _apposed_to(doc, tokens), doc.token_at(tokens[0].start)
    if noun_at is None:
        return None
    noun = doc.tokens[noun_at]
    case = noun.feats.get("Case", "")
    if noun.pos != "NOUN" or noun.sentence != tokens[0].sentence or not noun.text.replace("-", "").isalpha() \
            or not noun.text.islower() or noun.feats.get("Number") != "Sing" or case not in APPOSITION_CASES \
            or (case == "Acc" and noun.feats.get("Animacy") != "Anim"):
        return None
    if any(noun_at not in doc.ancestors(i) for i in range(noun_at + 1, first)):
        return None
    return noun_at


# the oblique cases a conjunct shares with the earlier conjunct it is coordinated with (an animate accusative has
# the genitive's form, so it is read as one)
COORDINATED_CASES = {"Gen": "Gen", "Dat": "Dat", "Ins": "Ins", "Loc": "Loc", "Acc": "Gen"}


@rule("entities")
def coordinated_case(doc: Document, span: Span, spans: SpanIndex, tokens: list[Token]) -> list[Token]:
    """A place's or person's name that slovnet tags nominative in a list, coordinated with an earlier name in an
    oblique case, stands in that case (conjuncts share their case): "ограничившись Джорджией/Ins, Невадой/Nom" ->
    "Невада", "назвал Билла Клинтона/Acc, … Гарри Трумена/Nom" -> "Гарри Трумен". Only the words whose ending fits
    that case's regular paradigm (`naming.paradigm_nominatives`) and that the dictionary does not know as that
    nominative; an accusative counts for an animate earlier name only (its form is the genitive's). The earlier
    name must be a mention of the same type: in "супруги президентов Армении и Болгарии Бэлла Кочарян и Зорка
    Пырванова" slovnet may make the woman a conjunct of the country."""
    if span.type not in ("LOC", "PER"):
        return tokens
    case = _conjunct_case(doc, tokens, [other for _, other in spans.values() if other.type == span.type])
    if case is None:
        return tokens
    retagged = []
    for token in tokens:
        genders = _coordinated_genders(token, UD_CASE_TO_OPENCORPORA[case])
        if not genders and _only_indeclinable_nominative(token) and len(tokens) > 1:  # "Гарри" of "Гарри Трумена"
            token = replace(token, feats={**token.feats, "Case": case})
        elif genders:
            fired("entities", coordinated_case, token.start, token.end,
                  f"{token.text!r} tagged nominative, coordinated with a name in the case {case}: read in it")
            gender = token.feats.get("Gender") if len(genders) > 1 else UD_GENDERS[genders[0]]
            token = replace(token, feats={**token.feats, "Case": case, **({"Gender": gender} if gender else {})})
        retagged.append(token)
    return retagged


def _conjunct_case(doc: Document, tokens: list[Token], names: list[Span]) -> str | None:
    """The oblique case of the earlier capitalized name (inside one of these mentions) that the mention's root is
    coordinated with (`COORDINATED_CASES`): the conjunct it hangs on, or the nearest earlier conjunct of the same
    head where slovnet hangs the list's names on another word ("правления Барака Обамы, …, Гарри Трумена"); else
    None."""
    positions = range(doc.token_at(tokens[0].start), doc.token_at(tokens[-1].start) + 1)
    root = next((i for i in positions if doc.tokens[i].head not in positions), None)
    if root is None or doc.tokens[root].rel != "conj" or not 0 <= doc.tokens[root].head < positions[0]:
        return None
    head_at = doc.tokens[root].head
    if not _inside(doc.tokens[head_at], names):
        head_at = next((i for i in range(positions[0] - 1, head_at, -1)
                        if doc.tokens[i].rel == "conj" and doc.tokens[i].head == head_at), head_at)
    head = doc.tokens[head_at]
    case = head.feats.get("Case", "")
    if head.sentence != tokens[0].sentence or head.pos not in ("PROPN", "NOUN") or not head.text[:1].isupper() \
            or case not in COORDINATED_CASES or (case == "Acc" and head.feats.get("Animacy") != "Anim") \
            or not _inside(head, names) or not _shows_case(head.text, UD_CASE_TO_OPENCORPORA[COORDINATED_CASES[case]]):
        return None
    return COORDINATED_CASES[case]


def _shows_case(word: str, case: str) -> bool:
    """The word's own form shows the case (OpenCorpora): a declined dictionary reading in it, or for a word the
    dictionary does not know, a regular paradigm's ending; an indeclinable ("Коломбо") shows none."""
    readings = dictionary_parses(word.lower())
    if readings:
        return any(parse_case(p) == case and "Fixd" not in p.tag.grammemes for p in readings)
    return any(fold(nominative) != fold(word) for gender in ("masc", "femn")
               for nominative in paradigm_nominatives(word, case, gender))


def _inside(token: Token, names: list[Span]) -> bool:
    """The token lies inside one of the mentions."""
    return any(name.start <= token.start < name.end for name in names)


def _only_indeclinable_nominative(token: Token) -> bool:
    """A capitalized word tagged nominative that the dictionary knows only as indeclinable ("Гарри", "Жозе"): every
    dictionary reading Fixd, unlike `morphology.indeclinable`, which asks the one best reading as a noun."""
    readings = dictionary_parses(token.text.lower())
    return token.feats.get("Case") == "Nom" and token.text[:1].isupper() and bool(readings) \
        and all("Fixd" in p.tag.grammemes for p in readings)


def _coordinated_genders(token: Token, case: str) -> list[str]:
    """The genders (OpenCorpora) in which a capitalized word tagged nominative declines regularly to the case with
    another nominative, where the dictionary does not know the word as a nominative; none otherwise."""
    word = token.text
    if token.feats.get("Case") != "Nom" or not word[:1].isupper() or not word.isalpha() \
            or any(p.tag.case == "nomn" for p in dictionary_parses(word.lower())):
        return []
    return [gender for gender in ("masc", "femn") if any(fold(nominative) != fold(word)
                                                         for nominative in paradigm_nominatives(word, case, gender))]


def agreeing_gender(doc: Document, span: Span, tokens: list[Token]) -> list[Token]:
    """Adjectives alone (`naming.lone_adjectives`) take the gender of the noun outside the mention that the syntax
    makes their head, through coordinated adjectives, where it stands in their case: "Садового/Masc кольца/Neut" ->
    Neut ("Садовое"), "Мамонтовского/Masc и Майского месторождений/Neut" -> Neut; slovnet's own Gender tag on a
    masculine-and-neuter form is a guess. A plural adjective keeps its tags."""
    if not lone_adjectives(tokens):
        return tokens
    first = doc.token_at(tokens[0].start)
    inside = range(first, first + len(tokens))
    modifier, seen = inside[-1], set()
    while doc.tokens[modifier].head >= 0 and modifier not in seen:
        seen.add(modifier)
        head = doc.tokens[modifier].head
        if head not in inside and doc.tokens[head].pos != "ADJ":
            break
        modifier = head
    index = doc.tokens[modifier].head
    if index < 0 or index in inside or doc.tokens[modifier].rel != "amod":
        return tokens
    noun = doc.tokens[index]
    gender = noun.feats.get("Gender")
    if noun.pos not in ("NOUN", "PROPN") or noun.sentence != tokens[0].sentence or gender is None \
            or noun.feats.get("Case") != tokens[-1].feats.get("Case"):
        return tokens
    return [replace(token, feats={**token.feats, "Gender": gender}) if token.feats.get("Number") != "Plur" else token
            for token in tokens]


@rule("entities")
def feminine_agreement(doc: Document, span: Span, tokens: list[Token]) -> list[Token]:
    """A person's name whose first word is a woman's nominative and a man's genitive or accusative alike ("Ивана",
    "Яна", "Александра": `naming.woman_or_man_oblique`) names the woman where a word agrees with it in the feminine
    (`_feminine_agreement`): its words are read as nominative and feminine then ("Ивана заявила" -> "Ивана", not
    "Иван"). Only such agreement counts, never a surname's ending ("Сергея Гориных" stays a man's genitive), and
    a last word in -а/-я that is no woman's Russian surname ("Ивана Трампа") is a man's genitive whatever agrees."""
    if span.type != "PER" or not tokens or not woman_or_man_oblique(tokens[0].text) \
            or all(token.feats.get("Case") == "Nom" and token.feats.get("Gender") == "Fem" for token in tokens):
        return tokens  # tagged as the woman's nominative already
    if any(_masculine_genitive_surname(token.text) for token in tokens[1:]):
        rejected("entities", feminine_agreement, span.start, span.end, "a man's genitive surname beside it")
        return tokens
    shown = _feminine_agreement(doc, tokens)
    if shown is None:
        rejected("entities", feminine_agreement, span.start, span.end, "no word agrees with it in the feminine")
        return tokens
    fired("entities", feminine_agreement, span.start, span.end, f"agrees with {shown!r}")
    return [replace(token, feats={**token.feats, "Case": "Nom", "Gender": "Fem"}) for token in tokens]


def _masculine_genitive_surname(word: str) -> bool:
    """A name's later word in -а/-я that is not a Russian woman's surname (-ова, -ина; an adjectival -ая/-яя:
    "Рудковская", "Толстая"): a man's genitive ("Трампа")."""
    lower = word.lower()
    return lower.endswith(("а", "я")) and not lower.endswith(RUSSIAN_FEMININE_SURNAME + FEMININE_ADJECTIVE_ENDINGS)


def _feminine_agreement(doc: Document, tokens: list[Token]) -> str | None:
    """The word that shows the name is a woman's by agreeing with it in the feminine, else None: a past-tense verb
    or short adjective whose subject the name is ("Ивана заявила", "Яна была счастлива"; one slovnet makes the
    name's head as its object counts where the name stands before it and it has no subject of its own), or an
    animate feminine noun in the nominative in apposition to it ("первая жена Трампа — Ивана", "его дочь Ивана"), or
    the feminine predicate of a role noun it is in apposition to (`_feminine_role_predicate`: "рассказала
    руководитель проекта Евгения Костицына")."""
    first = doc.token_at(tokens[0].start)
    inside = range(first, first + len(tokens))
    root = next((index for index in inside if doc.tokens[index].head not in inside), None)
    if root is None or doc.tokens[root].head < 0:
        return None
    token, head = doc.tokens[root], doc.tokens[doc.tokens[root].head]
    if head.sentence != token.sentence:
        return None
    if head.pos in ("VERB", "AUX", "ADJ") and _subject_of(doc, root):
        return head.text if _predicate_form_gender(head) == "femn" else None
    nouns = [token.head] if token.rel == "appos" else []
    nouns += [index for index in _sentence_range(doc, root) if doc.tokens[index].head == root
              and doc.tokens[index].rel == "appos"]
    shown = next((doc.tokens[noun].text for noun in nouns if _feminine_person_noun(doc, noun)), None)
    if shown is None and token.rel == "appos":
        return _feminine_role_predicate(doc, token.head)
    return shown


def _feminine_role_predicate(doc: Document, index: int) -> str | None:
    """The feminine past-tense verb or short adjective (named with the noun) whose subject is the role noun at `index`
    (`lang.lexicon.ROLE_NOUNS`, not one of a relation to another person: "заместитель", "сын"), a singular
    lowercase nominative: the predicate agrees with the person the role names, so a name in apposition to it is a
    woman's nominative whatever gender the noun has ("рассказала руководитель проекта Евгения Костицына", not
    "Евгений Костицын"); else None."""
    noun = doc.tokens[index]
    lemma = fold(noun.lemma or noun.text)
    if noun.pos != "NOUN" or not noun.text.islower() or noun.feats.get("Case") != "Nom" \
            or noun.feats.get("Number") != "Sing" or lemma not in ROLE_NOUNS or lemma in RELATION_NOUNS \
            or noun.head < 0 or not _subject_of(doc, index):
        return None
    head = doc.tokens[noun.head]
    if head.sentence != noun.sentence:
        return None
    return f"{head.text}, the predicate of {noun.text}" if _predicate_form_gender(head) == "femn" else None


def _predicate_form_gender(predicate: Token) -> str | None:
    """The gender a predicate's ending shows (`form_gender`): a past-tense verb's or a short adjective's ("рассказала",
    "счастлива"); None for any other word (a long adjective, a noun) and where the ending does not tell."""
    if predicate.pos in ("VERB", "AUX") or (predicate.pos == "ADJ" and predicate.feats.get("Variant") == "Short"):
        return form_gender(predicate.text)
    return None


def _subject_of(doc: Document, index: int) -> bool:
    """The token is its head's subject: tagged so, or its object before it where the head has no subject."""
    token = doc.tokens[index]
    if token.rel.startswith("nsubj"):
        return True
    return token.rel == "obj" and index < token.head and not any(
        doc.tokens[other].head == token.head and doc.tokens[other].rel.startswith("nsubj")
        for other in _sentence_range(doc, index))


def _sentence_range(doc: Document, index: int) -> range:
    """The indices of the tokens of the sentence of the token at `index`."""
    sentence = doc.sentences[doc.tokens[index].sentence]
    return range(sentence.token_start, sentence.token_end)


def _feminine_person_noun(doc: Document, index: int) -> bool:
    """An animate common noun in the nominative whose gender is feminine ("жена", "дочь", "актриса")."""
    noun = doc.tokens[index]
    return noun.pos == "NOUN" and noun.feats.get("Animacy") == "Anim" and noun.feats.get("Case") == "Nom" \
        and token_gender(doc, index) == "femn"


# the instrumental's endings of a man's name ("Хейноненом", "Трумэном", "Игорем")
INSTRUMENTAL_ENDINGS = ("ом", "ем", "ём")
# prepositions that govern the instrumental ("за" also the accusative, which has no such ending)
INSTRUMENTAL_PREPOSITIONS = frozenset({"с", "со", "за", "над", "под", "перед", "между"})


def _instrumental_by_syntax(doc: Document, span: Span, tokens: list[Token]) -> bool:
    """A person's name whose last word has an instrumental's ending after a consonant that the dictionary knows as
    no nominative, governed as an instrumental: in apposition to (or a complement or conjunct of) a word tagged
    instrumental ("с заместителем гендиректора Олли Хейноненом", "с исследователями — Беном Уилсоном и Лэрри
    Диллом", "президентом Трумэном"), or after a preposition that governs it ("за Джо Байденом"). slovnet often
    tags such a name nominative or genitive; its words are then read as instrumentals (so "Олли Хейнонен")."""
    last = tokens[-1].text
    lower = last.lower()
    if not last[:1].isupper() or not last.isalpha() or len(lower) < 5 or not lower.endswith(INSTRUMENTAL_ENDINGS) \
            or not is_consonant(lower[-3]) or any(p.tag.case == "nomn" for p in parses(lower) if from_dictionary(p)):
        return False
    positions = range(doc.token_at(tokens[0].start), doc.token_at(tokens[-1].start) + 1)
    root = next((i for i in positions if doc.tokens[i].head not in positions), None)
    if root is None:
        return False
    token = doc.tokens[root]
    if any(doc.tokens[i].head == root and doc.tokens[i].rel == "case"
           and doc.tokens[i].text.lower() in INSTRUMENTAL_PREPOSITIONS for i in range(max(0, root - 3), root)):
        return True
    head = token.head
    return token.rel in ("appos", "nmod", "conj") and 0 <= head < len(doc.tokens) \
        and doc.tokens[head].sentence == token.sentence and doc.tokens[head].feats.get("Case") == "Ins" \
        and doc.tokens[head].pos in ("NOUN", "PROPN")


def _agrees_in(token: Token, case: str, gender: str | None) -> bool:
    """A capitalized word tagged nominative in the gender given whose form fits the oblique case's paradigm; a
    word in -ия has a nominative's shape whatever gender slovnet gives it ("города Павия")."""
    return token.feats.get("Case") == "Nom" and token.text[:1].isupper() and token.text.isalpha() \
        and not token.text.endswith("ия") \
        and gender is not None and token.feats.get("Gender") == gender and token.feats.get("Number", "Sing") == "Sing" \
        and bool(paradigm_nominatives(token.text, case, UD_GENDER_TO_OPENCORPORA[gender]))


def _governed(doc: Document, first: Token) -> bool:
    """A word (not punctuation, a bullet or the sentence start) stands right before the mention, or a quoted name
    closes right before it (the sentence goes on through it: "автора книги «Код капиталиста» Бена Стайна"), or a
    short parenthetical does ("главу бюро (НАБУ) Артема Сытника": `_closes_parenthetical`), or
    the mention is a conjunct in the case of an earlier conjunct that is governed ("присудили Питеру Даймонду,
    Дэйлу Мортенсону": one verb governs both)."""
    position = doc.token_at(first.start)
    if position < 1:
        return False
    before = doc.tokens[position - 1]
    if before.sentence != first.sentence:
        return False
    if before.text[:1].isalnum() or _closes_quoted_name(doc, before) or _closes_parenthetical(doc, before) \
            or _apposition_after_colon(doc, before, first):
        return True
    head = doc.tokens[first.head] if first.rel == "conj" and 0 <= first.head < position else None
    return head is not None and head.sentence == first.sentence and first.feats.get("Case") is not None \
        and _same_case(head, first) and _governed(doc, head)


def _apposition_after_colon(doc: Document, colon: Token, first: Token) -> bool:
    """A colon before the mention, whose syntactic head is a noun before the colon in the oblique case of the
    mention: names listed after a colon stand in apposition to that noun and share its case ("увидеть коллег Месси
    по «Барселоне»: Луиса Суареса, Неймара")."""
    if colon.text != ":" or not 0 <= first.head < doc.token_at(colon.start):
        return False
    noun = doc.tokens[first.head]
    return noun.pos == "NOUN" and noun.sentence == first.sentence and first.feats.get("Case") not in (None, "Nom") \
        and _same_case(noun, first)


def _same_case(first: Token, second: Token) -> bool:
    """The two tokens are tagged with one case, or with the accusative and genitive of animate words, which have one
    form ("коллег/Acc: Луиса/Acc Суареса, Неймара/Gen": slovnet tags them either way)."""
    cases = {first.feats.get("Case"), second.feats.get("Case")}
    return len(cases) == 1 or (cases == {"Acc", "Gen"} and "Anim" in (first.feats.get("Animacy"),
                                                                       second.feats.get("Animacy")))


def _closes_quoted_name(doc: Document, mark: Token) -> bool:
    """A closing quotation mark written against the quoted name's last word (a straight mark too: no space
    before it), with a word of the sentence before that."""
    position = doc.token_at(mark.start)
    return mark.text in CLOSING_QUOTE_MARKS and position > 1 and doc.text[mark.start - 1 : mark.start].isalnum() \
        and doc.tokens[position - 1].sentence == mark.sentence


# How many tokens a parenthetical between a governing word and a name may hold ("(НАБУ)", "(Here Comes the Boom)").
PARENTHETICAL_TOKENS = 12


def _closes_parenthetical(doc: Document, mark: Token) -> bool:
    """A closing bracket of a short parenthetical that opens after a word of the sentence: the sentence goes on
    through it, and the word before it governs the name after it ("главу Национального антикоррупционного бюро
    Украины (НАБУ) Артема Сытника" -> "Артём Сытник", not "Артём Сытника"). A bracket that closes a list number
    ("1) Ивана") opens nothing and governs nothing."""
    if mark.text != ")":
        return False
    position = doc.token_at(mark.start)
    for opening in range(position - 1, max(0, position - PARENTHETICAL_TOKENS - 1) - 1, -1):
        token = doc.tokens[opening]
        if token.sentence != mark.sentence or token.text == ")":
            return False
        if token.text == "(":
            return opening > 0 and doc.tokens[opening - 1].sentence == mark.sentence \
                and doc.tokens[opening - 1].text[:1].isalnum()
    return False


def _written_nominative(tokens: Sequence[Token], name: str) -> bool:
    """Slovnet reads every word of the mention as nominative and naming left it as written."""
    return name == join_tokens(tokens, [token.text for token in tokens]) \
        and all(token.feats.get("Case", "Nom") == "Nom" for token in tokens if token.text.isalpha())


def _scoped(doc: Document, span: Span, words: list[str], spans: SpanIndex) -> tuple[str, str, str] | None:
    """(name, key, canonical name) of a country's body: "МИД России", "МИД РФ", "японского МИДа" -> "МИД Японии",
    "российского Минфина" -> "Министерство финансов России", "Центрального банка России" -> "Банк России".

    The key is the body's canonical name and the country's ("org:министерство финансов россии"), whichever way the
    text writes them. The name is the body as the text writes it, in the nominative, with the country in the
    genitive: an abbreviation stays one ("МИД России"), a full name stays full ("Министерство иностранных дел
    Казахстана"), and a contraction becomes the full name where a country qualifies it ("азербайджанский
    Минтранс" -> "Министерство транспорта Азербайджана") and stays as written where none does ("Минфин"). The
    canonical name, which the record gives, is the full name as Wikidata labels it (`aliases.body_label`)."""
    qualifier = _following_place(doc, span, spans)
    qualifier_tokens = span_tokens(doc, qualifier) if qualifier is not None else []
    if qualifier_tokens:
        alias = lookup_alias(words + _words(qualifier_tokens))
        if alias is not None and alias.type == "ORG":
            return alias.name, alias.key, alias.canonical
    tokens = [token for token in span_tokens(doc, span) if any(char.isalnum() for char in token.text)]
    country = None
    while len(tokens) > 1 and tokens[0].pos == "ADJ" \
            and (tokens[0].text[:1].islower() or country_of_adjective(tokens[0].lemma)):  # "японского МИДа"
        country = country or country_of_adjective(tokens[0].lemma)
        tokens = tokens[1:]
    words = [token.text for token in tokens]
    for cut in range(len(tokens), 0, -1):
        body = scoped_body(words[:cut])
        if body is None:
            continue
        if not all(token.text[:1].isupper() for token in tokens[cut:]):
            return None  # a longer name: "Министерство сельского хозяйства и пищевой промышленности"
        place = tokens[cut:] or qualifier_tokens
        country = _place_name(place) if place else country or _country_before(doc, span)
        written = canonical_name("ORG", tokens[:cut])
        written = written[:1].upper() + written[1:]  # "в российском министерстве финансов"
        contraction = cut == 1 and not written.isupper()
        if country is None:
            if body in UNQUALIFIED_AS_WRITTEN:
                return None  # "ВВС", "советские ВВС" alone: the BBC or an air force, a name like any other
            return written, entity_key("ORG", body), body_label(body, None)
        genitive = inflect_name(country, "gent")
        return f"{body if contraction else written} {genitive}", scoped_key(body, country), body_label(body, country)
    return None


def scoped_key(body: str, country: str) -> str:
    """The key of a country's body with its country: the body's canonical name and the country's genitive ("МИД",
    "Россия" -> "org:мид россии"), one formula for `_scoped` and `home_country_scope`."""
    return entity_key("ORG", f"{body} {inflect_name(country, 'gent')}")


def _following_place(doc: Document, span: Span, spans: SpanIndex) -> Span | None:
    """The LOC mention right after an ORG mention ("МИД | России")."""
    return _following_mention(doc, span, spans, ("LOC",))


def _following_mention(doc: Document, span: Span, spans: SpanIndex, types: Sequence[str]) -> Span | None:
    """The mention of one of these types right after the mention, after nothing but whitespace ("МИД | России")."""
    found = []
    start = span.end
    while True:  # a mention starting after nothing but whitespace; the first one in the list wins
        for type_ in types:
            if (type_, start) in spans:
                found.append(spans[(type_, start)])
        if start >= len(doc.text) or not doc.text[start].isspace():
            break
        start += 1
    return min(found, key=lambda item: item[0])[1] if found else None


def _place_name(tokens: Sequence[Token]) -> str:
    """A place's preferred name: the alias table's, else its canonical nominative name."""
    alias = lookup_alias(_words(tokens))
    return alias.name if alias is not None and alias.type == "LOC" else canonical_name("LOC", tokens)


def _country_before(doc: Document, span: Span) -> str | None:
    """The country of a country adjective right before the mention: "японского МИДа" -> "Япония"."""
    index = doc.token_at(span.start) - 1
    if index < 0:
        return None
    token = doc.tokens[index]
    return country_of_adjective(token.lemma) if token.pos == "ADJ" else None


def _is_initial(word: str) -> bool:
    """A first name's initial ("В.", "В"), or initials in one word ("Дж.", "Ж.-К.")."""
    return (len(word.strip(".")) == 1 and word[:1].isupper()) or INITIALS.fullmatch(word) is not None


def _initial_fits(initial: str, name: str) -> bool:
    """The initial begins the name ("Дж." and "Д." of "Джеймс"), or each initial of a hyphenated pair begins its
    part ("Ж.-К." of "Жан-Клод")."""
    letters = INITIAL_LETTER.findall(initial) or [initial[:1]]
    parts = [part for part in name.split("-") if part]
    return (len(letters) == 1 and name.startswith(letters[0])) \
        or (len(letters) == len(parts) and all(map(str.startswith, parts, letters)))


def _person_words(group: Group) -> list[str]:
    """The words of a person's best name, an initial glued to the next word apart ("В.Путин"), a hyphenated pair of
    initials one word ("Ж.-К.")."""
    return AFTER_INITIAL_DOT.sub(". ", group.best.name).split()


AFTER_INITIAL_DOT = re.compile(r"\.(?!-)")


def _match_forms(word: str, lookup: bool = False) -> frozenset[str]:
    """What a name word is indexed (or, with `lookup`, looked up) by: its forms (`word_forms`) and, for a long word,
    the first letter and length of its spelling skeleton, lengths one apart matching (`spelling_variants`)."""
    forms = word_forms(word) | word_forms(full_first_name(word) or word)
    if not lookup:  # a part of a hyphenated surname finds it: "Пайпер" -> "Стефанишин-Пайпер"
        forms |= {form for part in word.split("-")[1:] if len(part) > 2 for form in word_forms(part)}
        forms |= word_forms(without_generation([word])[0])  # "Буш" finds "Буш-младший"
    skeleton = spelling_skeleton(word)
    if len(word) >= MIN_FUZZY_WORD:  # a short skeleton still finds its equal: "Буффье" -> "Буфье" ("буфе")
        forms |= {f"={skeleton}"}
    if len(skeleton) < MIN_FUZZY_WORD:
        return forms
    lengths = (len(skeleton) - 1, len(skeleton), len(skeleton) + 1) if lookup else (len(skeleton),)
    return forms | {f"~{skeleton[0]}{length}" for length in lengths}


def _same_person_word(word: str, candidate: str) -> bool:
    """One word of a name in two case forms, an everyday and a full first name ("Юля", "Юлия"), the last part of a
    hyphenated surname ("Пайпер", "Стефанишин-Пайпер"), or two spellings of a long word ("Кэмерсли", "Камерсли")."""
    if word_forms(word) & word_forms(candidate) or full_first_name(word) == fold(candidate):
        return True
    if "-" in candidate and "-" not in word and word_forms(word) & word_forms(candidate.rsplit("-", 1)[1]):
        return True
    return min(len(word), len(candidate)) >= MIN_FUZZY_WORD and spelling_variants(word, candidate)


def _covers(short: list[str], full: list[str]) -> bool:
    """Every word of the short name is a word of the full name, in any case form or spelling, or its initial; the
    full name says more (more words, or a word where the short one has an initial) or gives the words in another
    order ("Арсланов Айрат", the official surname-first style, for "Айрат Арсланов"). A patronymic's initial
    after the first name's is left out where the full name gives no patronymic ("Арсланов А. Г.")."""
    short = _without_patronymic_initial(short, full)
    initials = sum(map(_is_initial, short)) - sum(map(_is_initial, full))
    reordered = len(short) == len(full) > 1 and initials == 0 \
        and not all(map(_same_person_word, short, full))
    if len(short) > len(full) or (len(short) == len(full) and initials <= 0 and not reordered):
        return False
    remaining = list(full)
    for word in short:
        for candidate in remaining:
            if (_is_initial(word) and _initial_fits(word, candidate) and not _is_initial(candidate)) \
                    or (not _is_initial(word) and _same_person_word(word, candidate)):
                remaining.remove(candidate)
                break
        else:
            return False
    return True


def _without_patronymic_initial(short: list[str], full: list[str]) -> list[str]:
    """A name with two initials in a row ("И. Ф. Михальчук", "Михальчук И. Ф.") without the second, the
    patronymic's, where the full name has no patronymic to match it ("Илья Михальчук")."""
    at = [index for index, word in enumerate(short) if _is_initial(word)]
    if len(at) != 2 or at[1] != at[0] + 1 or len(short) != len(full) + 1 or any(map(is_patronymic, full)):
        return short
    return short[: at[1]] + short[at[1] + 1 :]


@rule("entities")
def merge_inflected(doc: Document, groups: list[Group]) -> list[Group]:
    """Names that differ only in their case endings are one entity: "Чжан Еп", "Чжан Епа".

    Merge groups of one type whose names have the same words up to their case endings ("Чжан Еп" and "Чжан
    Епа", "Тусон" and "Тусоне"), persons only of one gender: where naming could not tell the nominative of an
    unknown name, the document's other mentions decide (`Group.best`). A hyphen is a space here: "ДЖЕЙ-ЗИ" is
    "Джей Зи"."""
    absorbed = _merge_in_buckets(doc, _inflection_buckets(groups, lambda group: group.best.name),
                                 same_name_word, merge_inflected)
    groups = [group for group in groups if id(group) not in absorbed]
    absorbed = _merge_in_buckets(doc, _inflection_buckets([group for group in groups if group.type == "PER"],
                                                          _written_name), same_name_word, merge_inflected)
    return [group for group in groups if id(group) not in absorbed]


def _inflection_buckets(groups: list[Group], words_of: Callable[[Group], str]) -> list[list[tuple[Group, list[str]]]]:
    """Groups with the words `words_of` gives them (a hyphen is a space), bucketed by type, word count and first
    letter: case forms share the first letter of every word, so only a bucket's groups are compared."""
    buckets: dict[tuple[str, int, str], list[tuple[Group, list[str]]]] = {}
    for group in groups:
        words = words_of(group).replace("-", " ").split()
        if words and not any(mention.keyed for mention in group.mentions):
            buckets.setdefault((group.type, len(words), fold(words[0])[:1]), []).append((group, words))
    return list(buckets.values())


def _written_name(group: Group) -> str:
    """A person's fullest mention as the text writes it: its case forms match another group's nominative where the
    dictionary gave it another nominative ("Бени Ганца", named "Беня Ганец", is a form of the document's "Бени
    Ганц"); the merged group then takes the name the others decline from (`Group.best`)."""
    return " ".join(token.text for token in group.best.tokens if token.text[:1].isalnum())


def _merge_in_buckets(doc: Document, buckets: Iterable[list[tuple[Group, list[str]]]],
                      same_word: Callable[[str, str], bool], merge: MergeRule) -> set[int]:
    """Within each bucket, merge into a group every later group whose name words match its own word by word
    (`same_word`), never a man and a woman; the ids of the absorbed groups (`merge`: the rule, for the trace)."""
    absorbed: set[int] = set()
    for bucket in buckets:
        for index, (group, words) in enumerate(bucket):
            if id(group) in absorbed:
                continue
            for other, other_words in bucket[index + 1 :]:
                if id(other) in absorbed or not all(map(same_word, words, other_words)):
                    continue
                if group.type == "PER" and _genders_clash(doc, group, other):
                    span = other.best.span
                    rejected("entities", merge, span.start, span.end, f"a man and a woman: not {group.best.name!r}")
                    continue
                group.mentions.extend(other.mentions)
                absorbed.add(id(other))
    return absorbed


def _genders_clash(doc: Document, first: Group, second: Group) -> bool:
    """A man and a woman: both genders shown by the names or predicates, or one so shown and the other tagged so
    by slovnet, whose tags on unknown foreign names ("Кэссиди Вулф") are weak evidence against a strong one."""
    strong = {_gender(doc, first, tags=False), _gender(doc, second, tags=False)} - {""}
    if len(strong) == 2:
        return True
    return not strong and {_gender(doc, first), _gender(doc, second)} == {"masc", "femn"}


MIN_FUZZY_WORD = 5


def _one_edit_apart(a: str, b: str) -> bool:
    """True when one substitution, insertion or deletion turns `a` into `b`."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def spelling_variants(first: str, second: str) -> bool:
    """Two name words are spellings of one name: the same skeleton, or long words one edit apart that start alike
    ("Камерон" / "Кэмерон", "Николас" / "Николаус"); a feminine "-а" is never a spelling ("Иванов" / "Иванова")."""
    a, b = spelling_skeleton(first), spelling_skeleton(second)
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_WORD or a[0] != b[0] or {a + "а", b + "а"} & {a, b}:
        return False
    return _one_edit_apart(a, b)


@rule("entities")
def merge_spelling_variants(doc: Document, groups: list[Group]) -> list[Group]:
    """Two transliterations of one full person name are one person: "Майкл Хэммонд", "Майкл Хаммонд".

    Merge person groups whose full names (two words or more) are spellings of each other word by word: one
    person whom the article transliterates two ways ("Майкл Хэммонд" and "Майкл Хаммонд"), gender permitting.
    Spellings share every word's first letter, so only names with the same initials are compared. A place or an
    organization no table keys joins another of its type whose words have the same spelling skeletons, words of
    five letters or more ("Теннесси", "Тенесси")."""
    buckets: dict[tuple[str, ...], list[tuple[Group, list[str]]]] = {}
    others: dict[tuple[str, ...], list[tuple[Group, list[str]]]] = {}
    for group in groups:
        words = _person_words(group)
        if group.type == "PER" and len(words) >= 2:
            buckets.setdefault(tuple(spelling_skeleton(word)[:1] for word in words), []).append((group, words))
        elif group.type != "PER" and words and all(len(word) >= MIN_FUZZY_WORD for word in words) \
                and not any(mention.keyed for mention in group.mentions):
            others.setdefault((group.type, *map(spelling_skeleton, words)), []).append((group, words))
    absorbed = _merge_in_buckets(doc, [*buckets.values(), *others.values()], spelling_variants,
                                 merge_spelling_variants)
    return [group for group in groups if id(group) not in absorbed]


@rule("entities")
def merge_partial_names(doc: Document, groups: list[Group]) -> list[Group]:
    """A shorter person name joins the fuller name that covers it: "Алиевым", "И. Алиев" -> "Ильхам Алиев".

    Merge each shorter person name into the unique fuller name that covers it (gender permitting). Where two
    fuller names cover it ("Алла Бут", "Виктор Бут"), each mention that shows its own gender ("Бут рассказала",
    "Бута") goes to the one of that gender; the rest follow the group's gender."""
    persons = [group for group in groups if group.type == "PER"]
    index = _NameIndex(persons)
    absorbed: set[int] = set()
    for short in sorted(persons, key=_shorter_marked_first):
        words = match_words(_person_words(short))  # "Эдуард Васильевич" is matched as "Эдуард"
        marker = generation(_person_words(short))  # "Буш-младший" is matched as "Буш"
        found = index.candidates(words)  # asked once: nothing changes the index before the second reading
        owners = [full for full in found if full is not short and id(full) not in absorbed
                  and _covers(words, without_generation(_person_words(full)) if marker else _person_words(full))]
        owners = _same_generation(doc, short, owners, marker) if marker \
            else [*owners, *bare_name_of_generation(short, found, [short, *owners], absorbed)]
        index.changed(short, *owners)  # they may gain or lose mentions below, and so their names
        owners = _known_owners(doc, short, owners)
        owners = address_after_name(doc, short, _same_patronymic(short, owners))
        if len(_outermost(owners)) > 1:
            _distribute_by_gender(doc, short, _outermost(owners))
            if not short.mentions:
                absorbed.add(id(short))
                continue
        if len(owners) > 1:
            owners = _owners_of_gender(doc, short, owners)
        owners = _outermost(owners)
        if len(owners) == 1 and (_predicates_clash(doc, short, owners[0])
                                 or _woman_form_of_man(doc, short, owners[0])):
            rejected("entities", merge_partial_names, short.best.span.start, short.best.span.end,
                     f"a man and a woman: not {owners[0].best.name!r}")
            continue
        if len(owners) == 1:
            owners[0].mentions.extend(short.mentions)
            absorbed.add(id(short))
        elif len(owners) > 1:
            _distribute_by_recency(doc, short, relatives_give_way(doc, short, owners))
            absorbed.add(id(short))
    return [group for group in groups if id(group) not in absorbed]


def _shorter_marked_first(group: Group) -> tuple[int, bool]:
    """Shorter names first, and of one length a "-младший" / "-старший" one before a bare one: "Бандера-младший" has
    joined "Степан Бандера-младший" when a bare "Бандера" looks for the person named last."""
    words = _person_words(group)
    return len(words), generation(words) is None


@rule("entities")
def bare_name_of_generation(short: Group, candidates: Iterable[Group], known: list[Group],
                            absorbed: set[int]) -> list[Group]:
    """A bare name may be the "-младший" / "-старший" person's: "Бандера" after "Степан Бандера-младший".

    A name without a generation marker is also owned by a fuller name that covers it once its "-младший" /
    "-старший" is cut off ("Бандера" by "Степан Бандера-младший", "Буш" by "Джордж Буш-младший"): the text names
    that person by surname too. Where the document also names the other generation ("Степан Бандера", the
    grandfather), each mention goes to the one named last before it (`_distribute_by_recency`); where it names only
    the marked one, the bare name joins it. `known`: the short name and the owners already found."""
    words = match_words(_person_words(short))
    found = []
    for full in candidates:
        if any(full is group for group in known) or id(full) in absorbed or not full.mentions:
            continue
        full_words = _person_words(full)
        if generation(full_words) is None or not _covers(words, without_generation(full_words)):
            continue
        fired("entities", bare_name_of_generation, short.best.span.start, short.best.span.end,
              f"{short.best.name!r} may be {full.best.name!r}")
        found.append(full)
    return found


def _same_generation(doc: Document, short: Group, owners: list[Group], marker: str) -> list[Group]:
    """"-младший" and "-старший" tell persons of one surname apart: a short name with one (`marker`) joins a fuller
    name of its own generation where the document has one ("Бандера-младший" -> "Степан Бандера-младший", not his
    grandfather "Степан Бандера"; "Буш-младший" -> "Джордж Буш-младший", not "Джеб Буш"), else a fuller name without
    one ("Марина Уилкинс" ... "Уилкинс-младшая"), never one of the other generation, nor a name without one that
    has taken the other generation's mentions ("Бодров Сергей", which "Сергей Бодров-старший" joined, is not
    "Сергей Бодров-младший"), nor one of the other gender than "-младший" / "-младшая" shows ("Савельева-младшего"
    is not "Людмила Савельева")."""
    generations = {id(owner): generation(_person_words(owner)) for owner in owners}
    same = [owner for owner in owners if generations[id(owner)] == marker]
    gender = "femn" if short.best.name.endswith("ая") else "masc"  # `naming` writes the marker in the nominative
    kept = same or [owner for owner in owners if generations[id(owner)] is None
                    and {generation(mention.name.split()) for mention in owner.mentions} <= {None, marker}
                    and _gender(doc, owner) in (gender, "")]
    kept_ids = {id(owner) for owner in kept}
    for owner in owners:
        if id(owner) not in kept_ids:
            rejected("entities", merge_partial_names, short.best.span.start, short.best.span.end,
                     f"{short.best.name!r} and {owner.best.name!r}: another generation or gender, another person")
    return kept


def _same_patronymic(short: Group, owners: list[Group]) -> list[Group]:
    """A person addressed by first name and patronymic ("Владимир Кириллович") is matched by the first name alone
    (`match_words`), but a patronymic tells namesakes apart: a fuller name whose patronymic is known otherwise, from
    the document ("Владимир Ильич Ленин") or the persons table ("Владимир Владимирович Путин"), is another person.
    A fuller name with no known patronymic may still be the one addressed."""
    addressed = addressed_patronymic(_person_words(short))
    if addressed is None:
        return owners
    kept, known_here = [], []
    for owner in owners:
        known = _known_patronymics(owner)
        if known and addressed not in known:
            rejected("entities", merge_partial_names, short.best.span.start, short.best.span.end,
                     f"{short.best.name!r} and {owner.best.name!r}: another patronymic, another person")
        else:
            kept.append(owner)
            if known:
                known_here.append(owner)
    if known_here and len(known_here) < len(kept):  # "Владимир Владимирович": Путин, whose patronymic it is, not Чуров
        rejected("entities", merge_partial_names, short.best.span.start, short.best.span.end,
                 f"{short.best.name!r}: the patronymic of {known_here[0].best.name!r}, not of a person whose "
                 f"patronymic is unknown")
        return known_here
    return kept


@rule("entities")
def address_after_name(doc: Document, short: Group, owners: list[Group]) -> list[Group]:
    """Of the persons a name of a first name and patronymic alone may address ("Михаил Юрьевич"), those the text
    names before it: news address a person so after naming him in full ("Михаил Лесин … Михаил Юрьевич сказал"). A
    first name and a patronymic-shaped word written before the fuller name is another person's first name and
    surname ("в убийстве Галины Старовойтовой и Михаила Маневича" before "Михаил Никифоров"; "Операторами выступили
    Михаил Агранович и Михаил Хасая"): many surnames in -вич are patronymics by the dictionary too. A person whose
    patronymic it is, by the document or the persons table, may be addressed first ("я глубоко уважаю Владимира
    Владимировича", a quote before the article names Путин)."""
    addressed = addressed_patronymic(_person_words(short))
    if not owners or addressed is None:
        return owners
    first = min(mention.span.start for mention in short.mentions)
    kept = [owner for owner in owners if min(mention.span.start for mention in owner.mentions) < first
            or addressed in _known_patronymics(owner)]
    if len(kept) < len(owners):
        dropped = next(owner for owner in owners if all(owner is not other for other in kept))
        rejected("entities", address_after_name, short.best.span.start, short.best.span.end,
                 f"{short.best.name!r} is written before {dropped.best.name!r}: no address of that person")
    return kept


def _known_patronymics(group: Group) -> set[str]:
    """The patronymics a person's names give (folded): its mentions' own, then the persons table's full names; only
    where neither gives one and the table does not know the person, a first name's second word with a patronymic's
    ending that the document never writes alone (`unknown_patronymic`): a person has one patronymic, so beside a
    known one ("Игорь Маркович Рабинович") or a person of the table ("Аркадий Дворкович") that word is the
    surname."""
    own = [mention.name.split() for mention in group.mentions]
    table = [name.split() for entry in lookup_persons(_person_words(group))
             for name in (entry.key_name, *entry.variants)]
    found = {patronymic for words in own + table
             if (patronymic := named_patronymic(words) or addressed_patronymic(words))}
    if found or table:
        return found
    return {patronymic for words in own if (patronymic := unknown_patronymic(group, words))}


def unknown_patronymic(group: Group, words: Sequence[str]) -> str | None:
    """The second word of a first name and a word with a patronymic's ending that the dictionary knows neither as
    a patronymic nor as a surname ("Олегу Мееровичу"), folded, where no mention of the person writes that word
    but after a first name: a surname is repeated alone ("Аркадий Дворкович … Дворкович сказал") or ends a full
    name ("Игорь Маркович Рабинович"), a patronymic never, so it is the patronymic of a person addressed by first
    name and patronymic, and "Олег Аронович" is another person. Most such words of news are surnames the dictionary
    lacks ("Дворкович", "Рабинович", "Гайдукевич"): `_known_patronymics` asks this only of a person with no other
    patronymic whom the persons table does not know."""
    if len(words) != 2 or not is_first_name(words[0]) or not is_patronymic(words[1]) or is_surname(words[1]) \
            or addressed_patronymic(words) is not None:
        return None
    alone = fold(words[1])
    for mention in group.mentions:
        written = [fold(word) for word in mention.name.split()]
        if alone in written and written.index(alone) != 1:
            return None
    return alone


def _known_owners(doc: Document, short: Group, owners: list[Group]) -> list[Group]:
    """A surname alone that the persons table gives one well-known person ("Трамп", "Байден") goes to that person's
    full name only, never to a relative's ("Фред Трамп", "Хантер Байден": news name the relative in full and the
    well-known person by surname), unless its own words or predicates show the other gender ("Обама сказала" after
    "Мишель Обама"). Owners of any other short name stay as they are, and so do those of a surname several rows
    give ("Клинтон") or a row marked "namesakes" (an official: "Дмитрий Орешкин ... Орешкин" is the article's
    man)."""
    words = _person_words(short)
    entries = lookup_persons(words) if len(words) == 1 and owners else []
    if len(entries) != 1 or entries[0].yields_to_namesakes \
            or _gender(doc, short, tags=False) not in ("", entries[0].gender):
        return owners  # "Клинтон", which two rows give, goes by the document's names and genders
    known = [owner for owner in owners if entries[0] in lookup_persons(_person_words(owner))]
    if len(known) < len(owners):
        rejected("entities", merge_partial_names, short.best.span.start, short.best.span.end,
                 f"{short.best.name!r} is {entries[0].key_name}, not a namesake")
    return known


def _gender_evidence(doc: Document, group: Group) -> set[str]:
    """Every gender the person's mentions show by their words (a first name, a patronymic, a declined surname) or
    their predicates: a foreign first name the dictionary reads for the other gender ("Эммануэль") shows both."""
    shown = {name_gender(m.tokens) for m in group.mentions} | {_predicate_gender(doc, m.span) for m in group.mentions}
    return shown & {"masc", "femn"}


def _predicates_clash(doc: Document, short: Group, full: Group) -> bool:
    """A short name whose verbs show one gender ("Трамп всегда лгал") and a full name whose verbs show only the other
    ("Мэри Трамп написала"): two people. Only a mention in the nominative counts as a verb's subject (a parse that
    makes the genitive "Поповой"/"Попова" a subject is wrong), and the words of a foreign first name are no evidence
    here: the dictionary reads "Эммануэль" as a woman's. Where the full name's own words show the gender the short
    name's verbs show ("Джон Макафи", "Макафи объявил"), a verb of the other gender is a parse that made the name
    another verb's subject: no clash."""
    short_shown, full_shown = ({_predicate_gender(doc, m.span, verbs_only=True) for m in group.mentions
                                if m.tokens[-1].feats.get("Case", "Nom") == "Nom"}  # a subject's case
                               & {"masc", "femn"} for group in (short, full))
    if len(short_shown) != 1 or len(full_shown) != 1 or short_shown == full_shown:
        return False
    return not any(name_gender(m.tokens) in short_shown for m in full.mentions)


def _woman_form_of_man(doc: Document, short: Group, full: Group) -> bool:
    """A surname alone in a woman's Russian form (-ова, -ева, -ина), the subject of a feminine past verb in every
    mention that has one ("Панфилова уточнила"), and a full name whose words show a man ("Александр Панфилов") with
    no feminine predicate: a woman of the man's family, not the man (a man's genitive "Панфилова" is no subject)."""
    if any(len(mention.tokens) != 1 for mention in short.mentions) \
            or not all(fold(mention.tokens[0].text).endswith(RUSSIAN_FEMININE_SURNAME) for mention in short.mentions):
        return False
    shown = {_predicate_gender(doc, mention.span, verbs_only=True) for mention in short.mentions} - {None}
    full_shown = {_predicate_gender(doc, mention.span, verbs_only=True) for mention in full.mentions} - {None}
    return shown == {"femn"} and "femn" not in full_shown and _gender_of_words(doc, full, tags=False) == "masc"


def _owners_of_gender(doc: Document, short: Group, owners: list[Group]) -> list[Group]:
    """The owners of the short name's gender (or of none shown). A gender only slovnet's tags give, which no owner
    has, is no evidence: its tags on a foreign surname are weak ("Макаллоу" tagged masculine after two women
    "Колин Маккалоу" and "Лора Маккалоу"), and the owners stay as they were. Nor are the word and tags of a surname
    in a consonant in the nominative (`_genderless_surname`): only its predicates show whose it is, else the owner
    named most recently before it (`_distribute_by_recency`)."""
    def genderless(mention: Mention) -> bool:
        return _genderless_surname(mention, owners)

    gender = _gender(doc, short, unread=genderless)
    if not gender:
        return owners
    matching = [owner for owner in owners if _gender(doc, owner) in (gender, "")]
    return matching if matching or _gender(doc, short, tags=False, unread=genderless) else owners


def _genderless_surname(mention: Mention, owners: list[Group]) -> bool:
    """A surname alone in a consonant, in the nominative, that ends the owners' names as written ("Остин" of "Джейн
    Остин" and "Джордж Остин"; a Russian woman's would be "Остина"): a man's or a woman's, as a woman's such surname
    never declines, so neither its dictionary reading (the first name "Остин") nor slovnet's tags (a guess on an
    undeclined word) show the gender; a predicate does ("Остин упоминала")."""
    if len(mention.tokens) != 1 or mention.tokens[0].feats.get("Case", "Nom") != "Nom":
        return False
    word = fold(mention.tokens[0].text)
    return is_consonant(word[-1:]) and all(fold(_person_words(owner)[-1]) == word for owner in owners)


def _declined_surname_gender(mention: Mention, owners: list[Group]) -> str | None:
    """'masc' for a surname alone that declines the owners' shared surname in a consonant ("Чинавата" of "Таксин
    Чинават" and "Йинглак Чинават", "Остина"): a woman's such surname never declines, so the declined form is a
    man's; else None."""
    surnames = {fold(_person_words(owner)[-1]) for owner in owners}
    if len(mention.tokens) != 1 or len(surnames) != 1:
        return None
    surname, word = surnames.pop(), fold(mention.tokens[0].text)
    return "masc" if word != surname and is_consonant(surname[-1:]) and _declines_from(word, surname) else None


def _distribute_by_recency(doc: Document, short: Group, owners: list[Group]) -> None:
    """Give each mention of an ambiguous short name ("Кастро" after "Фидель Кастро" and "Рауль Кастро") to the
    owner named most recently before it: news names a person in full, then by surname until the next one is
    introduced. A mention before every owner goes to the owner named first."""
    starts = sorted((m.span.start, index) for index, owner in enumerate(owners) for m in owner.mentions)
    offsets = [start for start, _ in starts]
    first = starts[0][1]
    for mention in short.mentions:
        before = bisect.bisect_left(offsets, mention.span.start)
        owner = owners[starts[before - 1][1] if before else first]
        subject_parallelism(doc, mention, owner, owners).mentions.append(mention)
    short.mentions.clear()


@rule("entities")
def subject_parallelism(doc: Document, mention: Mention, owner: Group, owners: list[Group]) -> Group:
    """A bare surname that is its clause's subject goes to the namesake the text has made a subject before, not to
    one named more recently only as an object: "Степан Бандера-младший согласился … присвоил звание Степану Бандере
    (the grandfather) … — добавил Бандера" is the grandson. The subject of earlier clauses is the one the text
    speaks about; a person only ever mentioned in an oblique role (the award's recipient, the one spoken of) is not
    taken up again by a bare subject.

    A subject is the mention's head word as slovnet's nsubj, or apposed to a subject noun ("Князь Голицын
    поддерживал"). Only where the owner named last (`_distribute_by_recency`) has no subject mention before this one
    and exactly one other owner has, and was named before that owner's last mention: a person the text introduces
    after the other one was last named is the new topic, whom a bare subject takes up ("жалобу Патрика Кеннеди … Кеннеди
    является" after "судья Энтони Кеннеди"); otherwise the recency owner stays."""
    if not _clause_subject(doc, mention) or _subject_before(doc, owner, mention):
        return owner
    subjects = [other for other in owners if other is not owner and _subject_before(doc, other, mention)]
    if len(subjects) != 1:
        return owner
    introduced = min(found.span.start for found in owner.mentions)
    if introduced > max(found.span.start for found in subjects[0].mentions if found.span.start < mention.span.start):
        rejected("entities", subject_parallelism, mention.span.start, mention.span.end,
                 f"{owner.best.name!r} is introduced after {subjects[0].best.name!r} was last named: the new topic")
        return owner
    fired("entities", subject_parallelism, mention.span.start, mention.span.end,
          f"{mention.name!r}, a subject, is {subjects[0].best.name!r}, a subject before, not {owner.best.name!r}")
    return subjects[0]


def _clause_subject(doc: Document, mention: Mention) -> bool:
    """A mention whose head word is a clause's subject (slovnet's nsubj), or in apposition to a singular subject noun
    right before it ("Князь Голицын поддерживал"; not "его родители Кирилл Голицын и Марина", two people)."""
    if any(token.rel.startswith("nsubj") for token in mention.tokens):
        return True
    before = doc.token_at(mention.span.start) - 1
    return before >= 0 and doc.tokens[before].rel.startswith("nsubj") and doc.tokens[before].pos in ("NOUN", "PROPN") \
        and doc.tokens[before].feats.get("Number") == "Sing" \
        and any(token.head == before and token.rel in ("appos", "flat:name") for token in mention.tokens)


def _subject_before(doc: Document, group: Group, mention: Mention) -> bool:
    """The group has a subject mention before `mention`."""
    return any(other.span.start < mention.span.start and _clause_subject(doc, other) for other in group.mentions)


KIN_MODIFIER_POS = MODIFIER_POS | {"PRON"}  # "её старшая сестра", "его родной брат"


@rule("entities")
def relatives_give_way(doc: Document, short: Group, owners: list[Group]) -> list[Group]:
    """A surname alone goes to the person the article is about, not to a relative introduced as one.

    Of the full names a bare surname could belong to, one the text introduces by a possessive and a kinship noun in
    apposition ("её сестра Винус Уильямс", "его жена Алисия Нэш") names a relative of the article's person, who keeps
    the surname ("Уильямс выиграла" is Серена Уильямс, though Винус was named last). Where every owner is so
    introduced, or none, the owners stay as they are (`_distribute_by_recency` decides)."""
    kin = [owner for owner in owners if _introduced_as_kin(doc, owner)]
    if not kin or len(kin) == len(owners):
        return owners
    for owner in kin:
        span = min((m.span for m in owner.mentions), key=lambda found: found.start)
        fired("entities", relatives_give_way, span.start, span.end,
              f"{owner.best.name!r} is introduced as a relative: {short.best.name!r} is not theirs")
    return [owner for owner in owners if owner not in kin]


def _introduced_as_kin(doc: Document, owner: Group) -> bool:
    """The person's first mention follows a kinship noun (`KINSHIP_NOUNS`, or one of no sex, `KIN_GROUP_NOUNS`: "его
    родители Кирилл Голицын и …") with a possessive before it, in the name's own case, with only modifiers between
    ("её сестра Винус Уильямс", "своему 75-летнему брату Раулю Кастро"): the kin of someone
    the text speaks of. A genitive name after one is whose kin it is ("вдова Джона Нэша", "Мать Наамы Иссахар")."""
    first = min(owner.mentions, key=lambda mention: mention.span.start)
    if not first.tokens:
        return False
    index = doc.token_at(first.span.start) - 1
    for _ in range(3):
        if index < 0 or doc.tokens[index].sentence != first.tokens[0].sentence:
            return False
        token = doc.tokens[index]
        if fold(token.lemma or token.text) in KINSHIP_NOUNS | KIN_GROUP_NOUNS and token.pos == "NOUN":
            case = token.feats.get("Case")
            return case is not None and case != "Gen" and first.tokens[0].feats.get("Case") == case \
                and _possessive_before(doc, index)
        if token.pos not in KIN_MODIFIER_POS:
            return False
        index -= 1
    return False


def _possessive_before(doc: Document, index: int, reflexive_only: bool = False) -> bool:
    """A third-person or reflexive possessive (with `reflexive_only`, a reflexive one: "свой") stands before the
    token, with at most two modifiers between ("его брат", "её старшая сестра", "своему 75-летнему брату")."""
    for back in range(index - 1, max(-1, index - 4), -1):
        token = doc.tokens[back]
        if fold(token.lemma or "") in REFLEXIVE_PRONOUNS \
                or (not reflexive_only and fold(token.text) in THIRD_PERSON_POSSESSIVES):
            return True
        if token.pos not in KIN_MODIFIER_POS:
            return False
    return False


class _NameIndex:
    """Word form -> the person groups whose name (now or before a change) has a word of that form: the groups
    that can cover a short name (`_covers`), instead of every group."""

    def __init__(self, persons: list[Group]) -> None:
        self.persons = persons
        self.position = {id(group): index for index, group in enumerate(persons)}
        self.by_form: dict[str, set[int]] = {}
        self.pending = list(persons)

    def changed(self, *groups: Group) -> None:
        """Index these groups again (under their names as they will be) before the next lookup."""
        self.pending.extend(groups)

    def candidates(self, words: list[str]) -> list[Group]:
        """The groups that may cover a name of these words, in list order."""
        for group in self.pending:
            for word in _person_words(group) if group.mentions else ():  # an emptied group is absorbed
                for form in _match_forms(word):
                    self.by_form.setdefault(form, set()).add(self.position[id(group)])
        self.pending.clear()
        word = next((word for word in words if not _is_initial(word)), None)
        if word is None:
            return list(self.persons)
        found = set().union(*(self.by_form.get(form, ()) for form in _match_forms(word, lookup=True)))
        return [self.persons[index] for index in sorted(found)]


def _distribute_by_gender(doc: Document, short: Group, owners: list[Group]) -> None:
    """Move each mention of `short` whose own words or predicate show a gender to the one owner of that gender."""
    kept = []
    for mention in short.mentions:
        words = _declined_surname_gender(mention, owners) or (
            None if _genderless_surname(mention, owners) else name_gender(mention.tokens))
        gender = words or _predicate_gender(doc, mention.span)
        matching = [owner for owner in owners if gender and _gender(doc, owner) == gender]
        if len(matching) == 1:
            matching[0].mentions.append(mention)
        else:
            kept.append(mention)
    short.mentions[:] = kept


def _outermost(owners: list[Group]) -> list[Group]:
    """Of nested candidates ("Владимир Путин" within "Владимир Владимирович Путин"), keep the fullest."""
    return [owner for owner in owners
            if not any(other is not owner and _covers(_person_words(owner), _person_words(other)) for other in owners)]


AGREED_PREDICATES = 2  # predicates that agree, all one way, outweigh a dictionary's first name


def agreed_gender(doc: Document, group: Group, apposed: bool = False) -> str:
    """The gender that AGREED_PREDICATES or more predicates of the person's mentions show, all alike ("Ильхан X
    заявила", "X сказала"): a foreign first name the dictionary lists for the other gender says less; else ''.
    With `apposed` (the record's gender), a role noun's predicate counts too (`_predicate_gender`), and so does the
    agreement inside the name's own phrase (`_described_gender`: "64-летний Тхара Уддин", "его вдова Дорит
    Ревентлов"); one such, with no vote the other way, is enough: it is the name's phrase, not a subject the
    parse chose."""
    votes = [_predicate_gender(doc, m.span, verbs_only=True, apposed=apposed) for m in group.mentions]
    described = [_described_gender(doc, m.span) for m in group.mentions] if apposed else []
    shown = [gender for gender in votes + described if gender]
    if not shown or len(set(shown)) > 1:
        return ""
    return shown[0] if len(shown) >= AGREED_PREDICATES or any(described) else ""


def _described_gender(doc: Document, span: Span) -> str | None:
    """The gender the name's own phrase shows: an age adjective's ending (`aged_name_gender`), else the sex of the
    noun the name stands in apposition to (`apposed_noun_gender`)."""
    return aged_name_gender(doc, span) or apposed_noun_gender(doc, span)


@rule("entities")
def aged_name_gender(doc: Document, span: Span) -> str | None:
    """The gender of an age adjective right before the name, which agrees with it ("64-летний Тхара Уддин", "30-летняя
    Арзу", "44-летняя Дон Стерджесс скончалась"), as its ending shows it (`AGE_ADJECTIVE_GENDER_ENDINGS`; slovnet may
    tag "64-летний" after a foreign name feminine): an attribute of the name itself, surer than a dictionary's
    first name of the other gender ("Дон", "Арзу") or the guesser's reading of an unknown one ("Тхара")."""
    first = doc.token_at(span.start)
    if first == 0 or doc.tokens[first - 1].sentence != doc.tokens[first].sentence:
        return None
    word = fold(doc.tokens[first - 1].text.lower())
    if not AGE_ADJECTIVE.match(word):
        return None
    gender = next((gender for gender, endings in AGE_ADJECTIVE_GENDER_ENDINGS if word.endswith(endings)), None)
    if gender and is_tracing():
        fired("entities", aged_name_gender, span.start, span.end, f"{doc.tokens[first - 1].text!r} agrees: {gender}")
    return gender


@rule("entities")
def apposed_noun_gender(doc: Document, span: Span) -> str | None:
    """The sex of the person noun before the name that the name stands in apposition to, both nominative: a kinship
    noun's ("его вдова Дорит Ревентлов", "первый сын Джоли Мэддокс", "супруга президента США Мишель Обама") or a
    woman's noun's (`_woman_noun`: "чемпионка мира Ляйсан Утяшева", "28-летняя немка Мартина Биг"). A masculine
    role noun tells nothing ("её заместитель", "президент"). A relation noun counts only where its owner stands
    before the name, a possessive or a genitive ("его", "Джоли", "президента"): after a bare one slovnet's
    apposition is often that owner's genitive ("брат Аль Капоне")."""
    first = doc.token_at(span.start)
    inside = range(first, doc.token_at(span.end))
    if not any(doc.tokens[i].feats.get("Case") == "Nom" for i in inside):
        return None
    for index in inside:
        token = doc.tokens[index]
        if token.rel != "appos" or token.head in inside or not 0 <= token.head < first:
            continue
        noun = doc.tokens[token.head]
        if noun.pos != "NOUN" or noun.feats.get("Case") != "Nom" or noun.feats.get("Number") == "Plur":
            return None
        word = fold(noun.text.lower())  # the nominative itself: slovnet lemmatizes "супруга" as "супруг"
        gender = _kin_noun_gender(word) if word in KINSHIP_NOUNS else "femn" if _woman_noun(word) else None
        if gender is None:
            return None
        if word in RELATION_NOUNS and not _owner_before(doc, token.head, first):
            if is_tracing():
                rejected("entities", apposed_noun_gender, span.start, span.end,
                         f"{noun.text!r} has no owner before the name: the name may be the owner's genitive")
            return None
        if is_tracing():
            fired("entities", apposed_noun_gender, span.start, span.end, f"in apposition to {noun.text!r}: {gender}")
        return gender
    return None


def _kin_noun_gender(word: str) -> str | None:
    """The gender of a kinship noun ("вдова" femn, "сын" masc): its nominative singular dictionary readings'."""
    genders = {str(p.tag.gender) for p in dictionary_parses(word)
               if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "sing"}
    return genders.pop() if len(genders) == 1 and genders <= {"masc", "femn"} else None


def _woman_noun(word: str) -> bool:
    """A noun that names a woman: its every nominative singular dictionary reading is an animate feminine noun
    ("чемпионка", "певица", "немка", "вдова"); not one with an inanimate reading too ("звезда", "модель", "жертва"),
    nor one of common gender ("коллега", "глава")."""
    readings = [p.tag for p in dictionary_parses(word) if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                and p.tag.number == "sing"]
    return bool(readings) and all(tag.gender == "femn" and tag.animacy == "anim" for tag in readings)


def _owner_before(doc: Document, noun: int, start: int) -> bool:
    """The relation noun has its owner before the name that starts at `start`: a possessive or a genitive noun or name
    that depends on it ("его вдова", "сын Джоли", "супруга президента")."""
    return any(doc.tokens[child].head == noun and doc.tokens[child].rel in ("nmod", "det", "nmod:poss")
               and (doc.tokens[child].feats.get("Case") == "Gen" or fold(doc.tokens[child].text.lower())
                    in THIRD_PERSON_POSSESSIVES or fold(doc.tokens[child].lemma or "") in REFLEXIVE_PRONOUNS)
               for child in range(max(0, noun - 6), start) if child != noun)


def _gender(doc: Document, group: Group, tags: bool = True,
            unread: Callable[[Mention], bool] | None = None) -> str:
    """A person's gender from the strongest evidence any mention gives: predicates that agree (`agreed_gender`),
    else the name's own words (a first name, a patronymic, a declined surname), else the agreement of a predicate
    ("Сябренко рассказала"), else (with `tags`) slovnet's Gender tags; the majority where mentions disagree. The
    words and tags of the mentions `unread` picks say nothing."""
    return agreed_gender(doc, group) or _gender_of_words(doc, group, tags, unread)


def _gender_of_words(doc: Document, group: Group, tags: bool = True,
                     unread: Callable[[Mention], bool] | None = None, apposed: bool = False) -> str:
    """`_gender` without the predicates that agree: the name's words, a predicate's agreement (with `apposed`, a
    role noun's too), slovnet's tags."""
    def read(mention: Mention) -> bool:
        return unread is None or not unread(mention)

    readings = [lambda m: _mention_gender(doc, m, apposed) if read(m) else None,
                lambda m: _predicate_gender(doc, m.span, apposed=apposed)]
    if tags:
        readings.append(lambda m: tagged_gender(m.tokens, animate=True) if read(m) else None)
    for reading in readings:
        votes = Counter(gender for gender in map(reading, group.mentions) if gender in ("masc", "femn"))
        if votes:
            ranked = votes.most_common()
            if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
                return ranked[0][0]
    return ""


def _mention_gender(doc: Document, mention: Mention, apposed: bool = False) -> str | None:
    """The gender a mention's name words show (`name_gender`), unless the mention is the subject of a past-tense verb
    or short adjective of the other gender (with `apposed`, through the role noun it stands in apposition to) and the
    words' reading rests on no dictionary first name (`verb_over_name_words`), or on one known only as indeclinable
    where the mention is plainly the verb's subject (`plain_subject`)."""
    words = name_gender(mention.tokens)
    if words is None or words == dictionary_first_name_gender(mention.tokens, declined=True):
        return words
    if words == dictionary_first_name_gender(mention.tokens) and not plain_subject(doc, mention, apposed):
        return words
    return verb_over_name_words(doc, mention, words, apposed) or words


@rule("entities")
def plain_subject(doc: Document, mention: Mention, apposed: bool = False) -> bool:
    """The mention (with `apposed`, the role noun it stands in apposition to) is plainly its verb's subject: slovnet
    tags the subject word nominative, no finite verb stands between it and its predicate, nor a comma where the
    predicate comes first (an inverted subject follows its verb directly: "заявил министр X"). Asked before the verb
    outranks an indeclinable dictionary first name (`verb_over_name_words`), as a misparse there gives the woman's
    "Йоко Оно" the verb of another ("вместе с Йоко Оно" tagged a subject), the man's "Висенте дель Боске" a
    feminine predicate past his own ("Висенте дель Боске впервые привёл ..."), or the man's "Джо Бельфиоре" the
    verb of the clause before ("прошла конференция, в ходе которой вице-президент Microsoft Джо Бельфиоре ...")."""
    first = doc.token_at(mention.span.start)
    inside = range(first, doc.token_at(mention.span.end))
    for index in inside:
        token = doc.tokens[index]
        if token.head in inside or token.head < 0:
            continue
        subject = index if token.rel.startswith("nsubj") else apposition_root(doc, index) if apposed else None
        if subject is None or not doc.tokens[subject].rel.startswith("nsubj") or doc.tokens[subject].head < 0:
            continue
        predicate = doc.tokens[subject].head
        low, high = sorted((subject, predicate))
        between = any(finite_verb(doc.tokens[i]) or (predicate < subject and doc.tokens[i].text == ",")
                      for i in range(low + 1, high))
        if doc.tokens[subject].feats.get("Case") == "Nom" and not between:
            return True
        if is_tracing():
            rejected("entities", plain_subject, mention.span.start, mention.span.end,
                     f"{doc.tokens[subject].text!r} is no plain subject of {doc.tokens[predicate].text!r}")
        return False
    return False


@rule("entities")
def verb_over_name_words(doc: Document, mention: Mention, words: str, apposed: bool = False) -> str | None:
    """The agreement of the verb whose subject is the mention itself ("Срджа Попович сказал") over the gender its name
    words show where no dictionary first name gives that (the guesser's "Срджа", a case-agreement reading, a
    surname's ending): the verb's ending is grammar, the reading a guess. A dictionary first name still decides
    ("Елена"), unless it is one the dictionary knows only as indeclinable (`forms.indeclinable_first_name`: the
    woman's "Эммануэль" of "Эммануэль Макрон прибыл", the man's "Джошуа"): a foreign spelling either sex may bear.
    With `apposed`, the verb of the role noun the name stands in apposition to counts ("Основатель "Отпор" Срджа
    Попович сказал": slovnet makes the noun the subject). None where the verb shows no other gender."""
    verb = _predicate_gender(doc, mention.span, verbs_only=True, apposed=apposed)
    if verb not in ("masc", "femn") or verb == words:
        return None
    if is_tracing():
        fired("entities", verb_over_name_words, mention.span.start, mention.span.end,
              f"its verb reads {verb}, its name words only {words} (no declined dictionary first name)")
    return verb


def _predicate_gender(doc: Document, span: Span, verbs_only: bool = False, apposed: bool = False) -> str | None:
    """The gender of the past-tense verb or short adjective the mention is the subject of ("Сябренко рассказала"),
    as its ending shows it (`form_gender`) or else slovnet tags it; with `verbs_only`, not a noun predicate's
    grammatical gender ("X — звезда"); with `apposed`, also the predicate of the person noun the name stands in
    apposition to (`apposed_subject`: "заявила комиссар ЕС Марианн Фишер Боел")."""
    first = doc.token_at(span.start)
    inside = range(first, doc.token_at(span.end))
    for index in inside:
        token = doc.tokens[index]
        if token.head in inside or token.head < 0:
            continue
        if not token.rel.startswith("nsubj"):
            token = apposed_subject(doc, index, inside) if apposed else None
            if token is None:
                continue
        predicate = doc.tokens[token.head]
        if verbs_only and predicate.pos not in ("VERB", "AUX", "ADJ"):
            return None
        shown = _predicate_form_gender(predicate)
        if shown is not None:  # the ending's gender: slovnet may tag "развёлся" feminine after "Малашенко"
            return shown if shown in ("masc", "femn") else None
        return token_gender(doc, token.head) or None
    return None


@rule("entities")
def apposed_subject(doc: Document, index: int, name: range) -> Token | None:
    """The person noun a name (a word of it nominative) stands in apposition to, where that noun is the subject
    ("заявила комиссар ЕС Марианн Фишер Боел", "Премьер-министр Марьян Шарец подал"): its predicate agrees with the
    person, as a masculine role noun's predicate does with a woman. Not a noun of a relation to another person
    ("брат Аль Капоне", "дочь Ван Бин": the parse's apposition is often that person's genitive), nor an inanimate
    one ("газета"). Slovnet may tag an indeclinable first name oblique ("Марианн" Gen): any nominative word will do."""
    top = apposition_root(doc, index)
    noun = doc.tokens[top]
    if top in name or not noun.rel.startswith("nsubj") or noun.head < 0 or noun.pos != "NOUN" \
            or noun.feats.get("Animacy") != "Anim" or fold(noun.lemma or noun.text) in RELATION_NOUNS \
            or not any(doc.tokens[i].feats.get("Case") == "Nom" for i in name):
        return None
    if is_tracing():
        fired("entities", apposed_subject, doc.tokens[index].start, doc.tokens[index].end,
              f"the gender of the predicate of {noun.text!r}, which the name stands in apposition to")
    return noun


def person_gender(tokens: Sequence[Token]) -> str:
    """'masc' or 'femn' from the name's words (`naming.name_gender`), else slovnet's Gender tags, else ''."""
    return name_gender(tokens) or tagged_gender(tokens) or ""


ACRONYM_TYPES = ("ORG", "LOC")  # a person's initials are no acronym of the person


def _acronym_of(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word.lower() not in ACRONYM_SKIP).upper()


@rule("entities")
def merge_acronyms(doc: Document, groups: list[Group]) -> list[Group]:
    """Merge an acronym into the name it abbreviates, and a bracketed variant into the name before it."""
    absorbed: set[int] = set()
    by_span = {(m.span.start, m.span.end): group for group in groups for m in group.mentions}
    by_end: dict[int, Group] = {}  # mention end -> the group of the first such mention in by_span
    for (start, stop), owner in by_span.items():
        if start < stop:
            by_end.setdefault(stop, owner)
    acronyms = _AcronymIndex(groups, _qualified_acronyms(doc, groups))
    for group in groups:
        target = _bracket_owner(doc, group, by_end) or _acronym_owner(group, groups, acronyms)
        if target is not None and target is not group and id(target) not in absorbed:
            target.mentions.extend(group.mentions)
            acronyms.add(target)
            absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


def _rstripped(text: str, end: int) -> int:
    """len(text[:end].rstrip()), reading back only over the whitespace."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _bracket_owner(doc: Document, group: Group, by_end: dict[int, Group]) -> Group | None:
    """"Азербайджанские авиалинии (AZAL)": the group of the mention right before the bracket."""
    for mention in group.mentions:
        before = _rstripped(doc.text, mention.span.start)
        if before == 0 or doc.text[before - 1] != "(":
            continue
        end = _rstripped(doc.text, before - 1)
        while end > 0 and doc.text[end - 1] in CLOSING_NAME_MARKS:  # "'Стив Ирвин' (Steve Irwin)"
            end -= 1
        owner = by_end.get(end)
        if owner is not None and owner.type == group.type and not any(m.keyed for m in group.mentions) \
                and _variant_in_brackets(owner.best, mention):
            return owner
    return None


def _variant_in_brackets(name: Mention, bracketed: Mention) -> bool:
    """A bracketed mention that gives the same referent: another script ("Джоэл Саймон (Joel Simon)") or another
    name of an organization: its acronym or its full name ("Азербайджанские авиалинии (AZAL)", "AZAL (Azerbaijan
    Airlines)"); not a place or person beside it ("Гуантанамо (Куба)", "Хитли (Гецлаф)")."""
    if is_latin(name.name) != is_latin(bracketed.name):
        return True
    if name.span.type != "ORG" or name.keyed:
        return False
    return (_word_count(name.name) > 1 and bracketed.name.isupper()) \
        or (name.name.isupper() and _word_count(bracketed.name) > 1)


def _qualified_acronyms(doc: Document, groups: list[Group]) -> dict[int, set[str]]:
    """Group id -> the acronyms of an organization's name with the place written right after one of its mentions:
    national bodies' acronyms end in their country's initial ("Служба безопасности | Украины" -> "СБУ")."""
    places = {m.span.start: m.name for group in groups if group.type == "LOC" for m in group.mentions}
    found: dict[int, set[str]] = {}
    for group in groups:
        if group.type != "ORG" or group.best.keyed:
            continue
        for mention in group.mentions:
            start = mention.span.end
            while start < len(doc.text) and doc.text[start] == " ":
                start += 1
            place = places.get(start) if start > mention.span.end else None
            if place is not None and _word_count(mention.name) > 1:
                found.setdefault(id(group), set()).add(_acronym_of(f"{mention.name} {place}"))
    return found


class _AcronymIndex:
    """Acronym -> the organization groups whose name (now or before a merge) spells it, or spells it with the place
    written after it (`_qualified_acronyms`): the candidates `_acronym_owner` checks, instead of every group."""

    def __init__(self, groups: list[Group], qualified: dict[int, set[str]] | None = None) -> None:
        self.groups = groups
        self.qualified = qualified or {}
        self.position = {id(group): index for index, group in enumerate(groups)}
        self.by_acronym: dict[str, set[int]] = {}
        for group in groups:
            self.add(group)

    def add(self, group: Group) -> None:
        """Index the group under the acronyms of its current name (and those with its place)."""
        if group.type in ACRONYM_TYPES:
            for acronym in _acronyms(group.best.name) | self.qualified.get(id(group), set()):
                self.by_acronym.setdefault(acronym, set()).add(self.position[id(group)])

    def spells(self, group: Group, acronym: str) -> bool:
        """The group's name spells the acronym, alone or with its place."""
        return acronym in _acronyms(group.best.name) or acronym in self.qualified.get(id(group), set())

    def candidates(self, acronym: str) -> list[Group]:
        """The groups indexed under `acronym`, in list order."""
        return [self.groups[index] for index in sorted(self.by_acronym.get(acronym, ()))]


def _acronym_owner(group: Group, groups: list[Group], index: _AcronymIndex | None = None) -> Group | None:
    """The one multi-word organization whose initials the group's acronym spells, a qualifying place aside:
    "КЗЖ" -> "Комитет защиты журналистов", "ФАС России" -> "Федеральная антимонопольная служба", or with the place
    written after it: "СБУ" -> "Служба безопасности | Украины"; so for a place's acronym and the place's name
    ("ЦАО" -> "Центральный административный округ", "ДФО" -> "Дальневосточный федеральный округ"), whichever of
    the two types each was tagged ("ЦВО"/ORG -> "Центральный военный округ"/LOC: the full name's type wins)."""
    best = group.best
    acronym = _unqualified(best.name)
    if group.type not in ACRONYM_TYPES or best.keyed or not acronym.isupper() or not 2 <= len(acronym) <= 6:
        return None
    candidates = index.candidates(acronym) if index is not None else groups
    owners = [other for other in candidates if other is not group and other.type in ACRONYM_TYPES
              and _word_count(other.best.name) > 1
              and (index.spells(other, acronym) if index is not None else acronym in _acronyms(other.best.name))]
    return owners[0] if len(owners) == 1 else None


def _unqualified(name: str) -> str:
    """A name without the place that qualifies it: "ФАС России" -> "ФАС" (the alias table's or a capitalized
    genitive word after an acronym)."""
    first, _, rest = name.partition(" ")
    if first in BODY_ABBREVIATIONS:  # "ЦК ВЛКСМ": the body of its parent, no acronym of "ЦК КПСС"
        return name
    if rest and first.isupper() and (lookup_alias(rest.split()) or rest[:1].isupper()):
        return first
    return name


def _acronyms(name: str) -> set[str]:
    """The acronyms of a name, with and without a final capitalized word (a place: "... службы России")."""
    words = name.split()
    found = {_acronym_of(name)}
    if len(words) > 2 and words[-1][:1].isupper():
        found.add(_acronym_of(" ".join(words[:-1])))
    return found


_MARKERS = "|".join(ALIAS_MARKERS)
# What comes between a name and another name of its referent: a bracket or a comma and an alias marker, perhaps
# a few words and a dash ("также в некоторых источниках — Карсон Юнг"), perhaps an opening bracket or quotation
# mark; or a space and a marker that follows a name directly ("по прозвищу").
_SPACED_MARKERS = "|".join(SPACED_ALIAS_MARKERS)
_OPENING = f"[{re.escape(''.join(sorted(OPENING_QUOTE_MARKS)))}]"
_DASH_OR_COLON = f"[{re.escape(ALL_DASHES)}:]"
ALIAS_LEAD = re.compile(rf"(?:[(,]\s*(?:{_MARKERS})(?:(?:\s+[^\W\d_]+){{0,3}}\s*{_DASH_OR_COLON})?"
                        rf"|\s(?:{_SPACED_MARKERS}))\s*{_DASH_OR_COLON}?\s*\(?\s*{_OPENING}?\s*$")
ALIAS_LOOKBACK = 80
PUBLIC_NAME = re.compile("|".join(PUBLIC_NAME_MARKERS))
ALIAS_LIST = re.compile(rf"^\s*[,;]\s*(?:или\s+)?{_OPENING}?$")  # "(также Ли Чже Ен, Ли Чже Ён)": the list goes on
NICKNAME_BEFORE = re.compile(rf"\s(?:{_SPACED_MARKERS})\s*\S*\s*$")  # "Фрэнка Кали по прозвищу | Фрэнки Бой"


@rule("entities")
def merge_named_aliases(doc: Document, groups: list[Group]) -> list[Group]:
    """A name that a marker gives as another name of the referent just named joins it, and does not name it.

    "Пеле (настоящее имя Эдсон Арантис ду Насименту)", "Табмен (урождённая Араминта Росс)", "Челси Мэннинг (ранее
    Брэдли Мэннинг)", "Шон Картер, известный как Джей Зи", "Фрэнк Кали по прозвищу Фрэнки Бой", "Ли Джэён (также Ли
    Чже Ен, Ли Чже Ён)": a birth name, a former name, a pseudonym or a nickname (`lexicon.ALIAS_MARKERS`) after a
    name of the same type, across a bracket or a comma, is one referent with it, and so are the names listed after
    it inside the bracket and a bracketed name right after it ("Зайгер (Цайгер)"); the name the article goes by
    stays the entity's name and key (`Group.best`). A name the article gave before the marker, and gives more often
    than the name before it (counting the mentions that are no words of the other's name: `_own_count`), is no
    alias the marker introduces: joining it would cost most if wrong; unless the marker says the name after it is
    the one the referent is publicly known by (`lexicon.PUBLIC_NAME_MARKERS`: "Шон Картер, известный как Джей Зи"
    after a title "Jay-Z"); such a name, where the article uses it at least as often as the name before the
    marker, is the one it goes by and names the entity, as Wikidata labels such people ("Jay-Z", "Пеле"); "Игорь
    Гиркин, известный под псевдонимом Стрелков", then "Гиркин" twice, stays Гиркин."""
    owner_of: dict[int, Group] = {}

    def final(group: Group) -> Group:
        while id(group) in owner_of:
            group = owner_of[id(group)]
        return group

    by_end: dict[int, Group] = {}
    placed = sorted(((m, g) for g in groups for m in g.mentions), key=lambda pair: pair[0].span.start)
    for mention, group in placed:
        by_end.setdefault(_rstripped(doc.text, mention.span.end), group)
    aliases: dict[int, tuple[Group, bool]] = {}  # end of an alias -> its owner, and whether a list may go on
    for mention, group in placed:
        owner, listing, public = _alias_owner(doc, mention, by_end, aliases)
        if owner is None or final(owner) is final(group) or final(owner).type != group.type:
            continue
        target, alias = final(owner), final(group)
        if _subject_of_verb(doc, mention):
            rejected("entities", merge_named_aliases, mention.span.start, mention.span.end,
                     f"{mention.name!r} is the subject of the verb after it, not another name of {target.best.name!r}")
            continue
        earlier = any(m.span.start < mention.span.start for m in alias.mentions)
        if earlier and _own_count(alias, target) > _own_count(target, alias) and not public:
            rejected("entities", merge_named_aliases, mention.span.start, mention.span.end,
                     f"{alias.best.name!r}, named before and more often than {target.best.name!r}, is no alias")
            continue
        goes_by = public and _own_count(alias, target) >= _own_count(target, alias)
        others = _other_bearers(doc, mention, alias, target)
        moving = [m for m in alias.mentions if not any(m is other for other in others)]
        for joined in moving:
            joined.alias = not goes_by
        for named in target.mentions if goes_by else ():
            named.alias = True
        target.mentions.extend(moving)
        if others:
            alias.mentions[:] = others
            rejected("entities", merge_named_aliases, mention.span.start, mention.span.end,
                     f"{mention.name!r} joins {target.best.name!r} alone: {others[0].name!r} is another bearer "
                     f"of the surname")
        else:
            owner_of[id(alias)] = target
        aliases[_rstripped(doc.text, mention.span.end)] = (target, listing)
    return [group for group in groups if id(group) not in owner_of]


def _other_bearers(doc: Document, mention: Mention, alias: Group, target: Group) -> list[Mention]:
    """The mentions of the alias's group that name another person than the referent, where the alias is a surname
    alone ("Кинчев (настоящая фамилия Панфилов)"): a family shares a surname, so the group that surname joined may
    hold a relative — a full name whose first name is not the referent's ("Александра Панфилова, жена Кинчева") or
    a mention of the other gender by its words or its predicate ("Панфилова уточнила"). They stay out of the
    referent; a multi-word alias ("Пеле (настоящее имя Эдсон Арантис ду Насименту)") brings its whole group."""
    if target.type != "PER" or len(mention.name.split()) != 1:
        return []
    words = _person_words(target)
    first = fold(words[0]) if len(words) > 1 else ""
    gender = _gender(doc, target, tags=False)

    def another(other: Mention) -> bool:
        named = other.name.split()
        if len(named) > 1 and first:
            given = fold(named[0])  # an initial ("А.") stands for any first name it begins
            if not (first.startswith(given[:-1]) if given.endswith(".") else given == first):
                return True
        shown = name_gender(other.tokens) or _predicate_gender(doc, other.span)
        return bool(gender) and shown in ("masc", "femn") and shown != gender

    return [other for other in alias.mentions if other is not mention and another(other)]


def _own_count(group: Group, other: Group) -> int:
    """How many of the group's mentions name it by words the other group's name does not share: a surname both
    full names end with ("Мэннинг" of "Челси Мэннинг" and "Брэдли Мэннинг", given to one of them by recency) says
    nothing about which name the article uses more."""
    shared = {fold(word) for word in other.best.name.split()}
    return sum(1 for mention in group.mentions if not {fold(word) for word in mention.name.split()} <= shared)


def _subject_of_verb(doc: Document, mention: Mention) -> bool:
    """A finite verb follows the name, and no nickname marker precedes it: the name starts a clause ("Как заявил
    Песков, ранее Путин говорил ..."), it gives no second name ("Фрэнка Кали по прозвищу Фрэнки Бой застрелили"
    keeps its nickname)."""
    after = doc.token_at(mention.span.end)
    if after >= len(doc.tokens) or doc.tokens[after].pos not in ("VERB", "AUX") \
            or doc.tokens[after].feats.get("VerbForm") != "Fin":
        return False
    before = fold(doc.text[max(0, mention.span.start - ALIAS_LOOKBACK) : mention.span.start])
    return not NICKNAME_BEFORE.search(before)


def _alias_owner(doc: Document, mention: Mention, by_end: dict[int, Group],
                 aliases: dict[int, tuple[Group, bool]]) -> tuple[Group | None, bool, bool]:
    """The group of the name that `mention` gives another name of: the name before an alias marker, or the owner of
    the alias right before it (a bracket after the alias, or the next item of a list the bracket holds); whether
    the mention stands in a bracket, where a list may go on; and whether the marker gives the mention as the name
    the referent is publicly known by (`PUBLIC_NAME`)."""
    start = mention.span.start
    opening = _rstripped(doc.text, start)
    while opening > 0 and doc.text[opening - 1] in OPENING_QUOTE_MARKS:
        opening = _rstripped(doc.text, opening - 1)
    if opening > 0 and doc.text[opening - 1] == "(":
        bracketed = _name_end_before(doc.text, opening - 1)
        if bracketed in aliases:
            return aliases[bracketed][0], True, False  # "Зайгер (Цайгер) (Lawrence Zeiger)"
    for end, (owner, listing) in aliases.items():
        if listing and end < start and ALIAS_LIST.match(doc.text[end:start]):
            return owner, True, False
    text = doc.text[max(0, start - ALIAS_LOOKBACK) : start]
    found = ALIAS_LEAD.search(fold(text))
    if found is None:
        return bracketed_full_name(doc, mention, by_end), False, False
    lead = start - len(text) + found.start()
    before = doc.text[max(0, lead - ALIAS_LOOKBACK) : lead + 1]
    public = PUBLIC_NAME.search(found.group()) is not None
    return by_end.get(_name_end_before(doc.text, lead)), before.rfind("(") > before.rfind(")"), public


@rule("entities")
def bracketed_full_name(doc: Document, mention: Mention, by_end: dict[int, Group]) -> Group | None:
    """The group of the person's name right before a bracket that holds nothing but a person's full name, which is
    another name of that person: a real name behind a pseudonym, a birth name, a nom de guerre with no marker
    ("рэперу Басте (Василий Вакуленко)", "Айвазовский (Ованес Геворкович Айвазян)", "Махмуд Аббас (Абу Мазен)").

    A name of one word in the bracket is another person as often ("Хитли (Гецлаф)": a goal and its assist; "Ким
    Клийстерс (Бельг)", a country), so is a list ("Трампа (Майкла Флинна и других)"); a first name alone before the
    bracket is a character and the bracket its actor ("встречает Эмму (Леа Сейду)"), and so is any name in a sentence
    of a work's story or cast (`lexicon.CAST_NOUNS`: "по сюжету картины ведущий Дэвид Скайларк (Джеймс Франко)"). A
    name in the genitive that depends on a noun, before a bracket in another case, leaves the bracket to name the
    noun's referent ("сын Иосифа Кобзона (Андрей Кобзон)"), and two such brackets in a sentence are a list of pairs
    ("Александр Кокорин (Артем Дзюба), … Федор Смолов (Алексей Миранчук)": goals and assists)."""
    if mention.span.type != "PER":
        return None
    opening = _rstripped(doc.text, mention.span.start)
    if opening == 0 or doc.text[opening - 1] != "(" or not doc.text[mention.span.end:].lstrip().startswith(")"):
        return None
    end = _name_end_before(doc.text, opening - 1)
    owner = by_end.get(end)
    if owner is None or owner.type != "PER":
        return None
    before = next((m for m in owner.mentions if _rstripped(doc.text, m.span.end) == end), owner.best)
    if any(m is mention for m in owner.mentions) or is_latin(mention.name) != is_latin(before.name):
        return None  # one group already, or a name in another script (`merge_acronyms`)
    why = _not_an_alias(doc, mention, before)
    if why:
        rejected("entities", bracketed_full_name, mention.span.start, mention.span.end, why)
        return None
    fired("entities", bracketed_full_name, mention.span.start, mention.span.end,
          f"{mention.name!r} in a bracket after {before.name!r}: another name of that person")
    return owner


def _not_an_alias(doc: Document, bracketed: Mention, before: Mention) -> str:
    """Why a person's bracketed name after another person's name is no other name of that person (see
    `bracketed_full_name`), or ""."""
    if _word_count(bracketed.name) < 2:
        return f"{bracketed.name!r}: a name of one word in a bracket names another person as often"
    words = before.name.split()
    if len(words) == 1 and is_first_name(words[0]):
        return f"{before.name!r}, a first name alone: a character, the bracket its actor"
    cast = next((t.text for t in doc.sentence_tokens(bracketed.tokens[0].sentence) if fold(t.lemma) in CAST_NOUNS),
                None)
    if cast:
        return f"{cast!r} in the sentence: a character and the actor who plays it"
    governor = _genitive_governor(doc, before.span)
    if governor and not any(token_case(token) == "gent" for token in bracketed.tokens):
        return f"{before.name!r} depends on {governor!r} in the genitive, the bracket in another case names the " \
               f"{governor!r}"
    if _bracketed_pairs(doc, bracketed) > 1:
        return "another person's name in a bracket after a person's name in the sentence: a list of pairs (a goal " \
               "and its assist, a character and its actor)"
    return ""


def _genitive_governor(doc: Document, span: Span) -> str:
    """The noun a name in the genitive depends on ("сын | Иосифа Кобзона", "помощник | Владимира Путина", where
    slovnet attaches some as an apposition; "против команды | Михаила Кожевникова"), or "": not a noun in the
    genitive the name stands in apposition to ("концерт рэпера | Басты")."""
    first, last = doc.token_range(span.start, span.end)
    if last <= first:
        return ""
    head = doc.tokens[range_head(doc, range(first, last))]
    if token_case(head) != "gent" or not 0 <= head.head < len(doc.tokens):
        return ""
    governor = doc.tokens[head.head]
    apposition = token_case(governor) == "gent" and base(head.rel) != "nmod"
    return governor.text if governor.pos == "NOUN" and not apposition else ""


def _bracketed_pairs(doc: Document, bracketed: Mention) -> int:
    """How many person names of the bracketed name's sentence stand alone in a bracket right after a person's
    name ("Александр Кокорин (Артем Дзюба), … Федор Смолов (Алексей Миранчук)": 2)."""
    sentence = doc.sentences[bracketed.tokens[0].sentence]
    persons = [span for span in doc.ner_spans if span.type == "PER" and sentence.start <= span.start < sentence.end]
    ends = {_rstripped(doc.text, span.end) for span in persons}
    count = 0
    for span in persons:
        opening = _rstripped(doc.text, span.start)
        if opening > 0 and doc.text[opening - 1] == "(" and doc.text[span.end:].lstrip().startswith(")") \
                and _name_end_before(doc.text, opening - 1) in ends:
            count += 1
    return count


def _name_end_before(text: str, position: int) -> int:
    """Where the name before `position` ends: back over spaces, closing quotation marks and up to two bracketed
    remarks ("Ларри Кинг (Larry King), настоящее имя — ...")."""
    end = _rstripped(text, position)
    for _ in range(2):
        while end > 0 and text[end - 1] in CLOSING_NAME_MARKS:
            end -= 1
        if end == 0 or text[end - 1] != ")":
            break
        opening = text.rfind("(", 0, end - 1)
        if opening < 0:
            break
        end = _rstripped(text, opening)
    while end > 0 and text[end - 1] in CLOSING_NAME_MARKS:
        end -= 1
    return end


@rule("entities")
def merge_scoped_bodies(doc: Document, groups: list[Group]) -> list[Group]:
    """An unqualified "МИД" joins the document's one qualified "МИД ..." (none or several: it stays apart).

    So does any organization the text names once with its qualifier and once without, where only the qualified
    mention is keyed ("Совбез ООН", "Совбеза": `_qualified_alias`; "РИА «Новости»", "Новости"), and the bare name of
    an alias row of Russia's body ("Генпрокуратура", keyed org:генпрокуратура россии) where the document names that
    body of one other country and not Russia's ("Генпрокуратура Киргизии … Генпрокуратура обратилась"). A bare name
    coordinated with a qualified body ("МЧС Казахстана и МЧС") is a second body: it stays apart
    (`_coordinated_home`)."""
    absorbed: set[int] = set()
    keyed_names: dict[str, list[Group]] = {}
    for group in groups:
        if group.type == "ORG":
            for name in {fold(m.name) for m in group.mentions if m.keyed and m.key != name_key("ORG", m.name)}:
                keyed_names.setdefault(name, []).append(group)
    all_parents = {mention.parent for group in groups for mention in group.mentions if mention.parent is not None}
    for group in groups:
        best = group.best
        body = scoped_body(best.name.split()) if group.type == "ORG" and best.keyed else None
        if body is not None and best.key == scoped_key(body, "Россия"):  # a row of Russia's body, named bare
            if _written_with_country(group):
                rejected("entities", merge_scoped_bodies, best.span.start, best.span.end,
                         f"{best.name!r} is also written with its country: Russia's body, no other country's")
                continue
            prefix = entity_key("ORG", body) + " "
            owners = [other for other in groups if other.best.key.startswith(prefix) and other.best.key != best.key]
        elif body is None or best.key != entity_key("ORG", body):
            if group.type == "ORG" and not best.keyed:
                owners = [other for other in keyed_names.get(fold(best.name), [])
                          if other is not group and id(other) not in absorbed]
            else:
                continue
        else:
            prefix = best.key + " "
            owners = [other for other in groups if other.best.key.startswith(prefix)]
            parents = {parent for parent in all_parents if parent[0].startswith(prefix)}
            if _owned_by_parent(group, owners, parents):
                continue
        coordinated = next((other for other in owners if _coordinated(doc, group, other)), None)
        if coordinated is not None:
            _coordinated_home(group, owners, coordinated, body)
        elif len(owners) > 1:
            rejected("entities", merge_scoped_bodies, best.span.start, best.span.end,
                     f"{len(owners)} qualified bodies could own it")
        elif len(owners) == 1:
            owners[0].mentions.extend(group.mentions)
            absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


def _mention_positions(doc: Document, mention: Mention) -> range:
    """The document-wide token indexes of a mention."""
    return range(doc.token_at(mention.tokens[0].start), doc.token_at(mention.tokens[-1].start) + 1)


def _coordinated(doc: Document, group: Group, owner: Group) -> bool:
    """A mention of the group and one of the owner are conjuncts of one list: the root of one is parsed as a
    conjunct of a word inside the other ("МЧС Казахстана и МЧС", slovnet hanging the bare "МЧС" on "Казахстана").
    Coordination names two bodies: the bare name is not the qualified one beside it."""
    owned = [_mention_positions(doc, mention) for mention in owner.mentions]
    owned_conjuncts = [root.head for root in (doc.tokens[range_head(doc, other)] for other in owned)
                       if root.rel == "conj"]  # the owner's mentions parsed as conjuncts, by the word they hang on
    for mention in group.mentions:
        positions = _mention_positions(doc, mention)
        root = doc.tokens[range_head(doc, positions)]
        if root.rel == "conj" and any(root.head in other for other in owned):
            return True
        if any(head in positions for head in owned_conjuncts):
            return True
    return False


def _coordinated_home(group: Group, owners: list[Group], owner: Group, body: str | None) -> None:
    """The bare body coordinated with another country's (`owner`: "МИД Японии и МИД", "МЧС Казахстана, МЧС
    Киргизии и МЧС") stays apart, traced, and is the home country's, Russia's (as `home_country_scope` reads a bare
    body of Russian news): its unqualified mentions take the key of "МИД России" and its label ("МЧС", an alias row
    of Russia's body, has that key already). Not a body Russia has under another name (`NOT_HOME_BODIES`: "ВМС"),
    nor where one of the qualified `owners` is Russia's own."""
    best = group.best
    home = scoped_key(body, "Россия") if body is not None and body not in NOT_HOME_BODIES else None
    if home is None or any(other.best.key == home for other in owners):
        rejected("entities", merge_scoped_bodies, best.span.start, best.span.end,
                 f"{best.name!r} is coordinated with {owner.best.name!r}: two bodies")
        return
    unscoped = entity_key("ORG", body)
    for mention in group.mentions:  # in place, as `_owned_by_parent`
        if mention.key == unscoped:
            mention.key, mention.canonical = home, body_label(body, "Россия")
    rejected("entities", merge_scoped_bodies, best.span.start, best.span.end,
             f"{best.name!r} is coordinated with {owner.best.name!r}: two bodies, the bare one Russia's ({home})")


def _written_with_country(group: Group) -> bool:
    """A mention of the group names the body with its country ("МЧС России", "Генпрокуратура РФ"): the group is that
    country's body as written, not a bare alias-row name that `merge_scoped_bodies` may give to another country."""
    return any(mention.keyed and scoped_body(mention.name.split()) is None for mention in group.mentions)


def _owned_by_parent(group: Group, owners: list[Group], parents: set[tuple[str, str]]) -> bool:
    """Where no group names the unqualified body with its country, count the parents written inside subordinate
    bodies (`parent_scope`: "ГУ МВД Украины") as its scoped mentions: where they name one body, the unqualified
    mentions take its key and canonical name, their names as written ("МВД" -> org:мвд украины); where they name
    several, it stays unqualified. A qualified group decides as before: it is the body the text names on its own.
    True when the parents settled the group."""
    if owners or not parents:
        return False
    best = group.best
    keys = {key for key, _ in parents}
    if len(keys) > 1:
        rejected("entities", merge_scoped_bodies, best.span.start, best.span.end,
                 f"{len(keys)} parents inside bodies could own it")
        return True
    key, canonical = min(parents)
    unscoped = best.key
    for mention in group.mentions:  # in place: the merge record follows the mentions themselves
        if mention.key == unscoped:
            mention.key, mention.canonical = key, canonical
    fired("entities", merge_scoped_bodies, best.span.start, best.span.end, f"{best.name!r}: parent's key {key}")
    return True


FEMININE_ADJECTIVE_ENDINGS = ("ая", "яя")  # "Рудковская", "Толстая"
ADJECTIVE_ENDINGS = ("ый", "ий", "ой", *FEMININE_ADJECTIVE_ENDINGS, "ое", "ее", "ые", "ие")


def _heads(name: str) -> list[str]:
    """The head nouns a name may be shortened to: the last word after adjectives ("Европейская комиссия" ->
    "комиссия"), else the first word after the adjectives ("Совет Федерации" -> "совет", "Международное агентство
    по атомной энергии" -> "агентство"), and the noun a contraction ends in ("Госдума" -> "дума", "Еврокомиссия" ->
    "комиссия")."""
    words = [word for word in fold(name).split() if word.isalpha()]
    if len(words) == 1:
        prefix = next((p for p in CONTRACTION_PREFIXES if words[0].startswith(p) and len(words[0]) > len(p) + 3), "")
        return [words[0][len(prefix):]] if prefix else []
    if not words:
        return []
    return next(([word] for word in words if not word.endswith(ADJECTIVE_ENDINGS)), [words[-1]])


HEAD_NOUN_TYPES = ("ORG", "LOC")


def _head_names(group: Group) -> set[str]:
    """The names a group's head nouns come from: its best name and canonical name, and for a place every name the
    alias table gives it ("Россия" is also "Российская Федерация")."""
    names = {group.best.name, group.best.canonical} - {""}
    if group.type == "LOC" and group.best.keyed:
        names.update(alias_names(group.best.key))
    return names


def _common_noun(word: str) -> bool:
    """A word the dictionary knows only as a common noun ("Федерации", "Королевство"), never as a name or a place
    ("Корея", "Новгород"): a place's lone head noun, not a short form of its own."""
    analyses = parses(fold(word))
    return bool(analyses) and all(from_dictionary(p) and p.tag.POS == "NOUN"
                                  and not PROPER_NAME_GRAMMEMES & p.tag.grammemes for p in analyses)


CLIPPED_STEM = 6  # the longest clipped stem of a compound abbreviation: "мин", "гос", "соц", "избир", "регион"
ENDING_SLACK = 2  # the last word of a compound abbreviation may differ from the name's in so many final letters


def clips(short: str, full: str) -> bool:
    """`short` is a compound abbreviation of `full`: every word of `full` but function words gives it, in order, a
    clipped stem of at most CLIPPED_STEM letters, shorter than the word ("Мос|гор|суд": "Московский городской
    суд", "Центр|избир|ком": "Центральная избирательная комиссия"), and the last word its beginning or itself up to
    its ending ("Мин|экономики": "Министерство экономики", "Соц|партии": "Социалистическая партия"); a last part of
    one letter follows only an initial or a two-letter stem ("Ур|Ф|О"; "Иваново" is no "Иванов|о" of "Ивановская
    область"). A capitalized
    last word of three or more is the body's scope and may be left out ("Мин|обороны": "Министерство обороны
    России"). A short name that begins with the whole first word is that word's own name ("Динамо", not "Дина|мо"
    of "Динамо-Москва")."""
    letters = fold(short.lower())
    written = [word for word in full.replace("-", " ").split() if word.lower() not in ACRONYM_SKIP]
    words = [fold(word.lower()) for word in written]
    if len(words) < 2 or len(letters) < 4 or not letters.isalpha() or not all(word.isalpha() for word in words) \
            or letters.startswith(words[0]):
        return False
    scoped = len(words) >= 3 and written[-1][:1].isupper()
    return _clipped_from(letters, words) or (scoped and _clipped_from(letters, words[:-1]))


def _clipped_from(letters: str, words: list[str]) -> bool:
    """`letters` is clipped stems of `words[:-1]` followed by the last word's beginning or ending variant."""
    if len(words) == 1:
        last = words[0]
        shared = len(last) if letters == last else next(
            (i for i, (a, b) in enumerate(zip(letters, last, strict=False)) if a != b), min(len(letters), len(last)))
        return letters == last[: len(letters)] or (shared >= 3 and len(letters) - shared <= ENDING_SLACK
                                                   and len(last) - shared <= ENDING_SLACK)
    word = words[0]
    return any(letters[:size] == word[:size] and _clipped_from(letters[size:], words[1:])
               and (size <= 2 or len(words) > 2 or len(letters) - size > 1)
               for size in range(1, min(CLIPPED_STEM, len(word) - 1, len(letters) - 1) + 1))


def _keyed_form(keyed: list[Group], group: Group, name: str) -> bool:
    """Another case form of the short name is one the tables key ("Совбез" -> org:совбез оон): the table's
    entity takes it, not the long name the text also gives. `keyed` is the groups with a keyed mention."""
    return any(other is not group and other.type == group.type
               and same_name_word(name, other.best.name.split()[-1]) for other in keyed)


@rule("entities")
def merge_clipped_compounds(doc: Document, groups: list[Group]) -> list[Group]:
    """A compound abbreviation joins the one name it clips: "Минэкономики" -> "Министерство экономики",
    "Мосгорсуд" -> "Московский городской суд", "Совбез" -> "Совет Безопасности".

    Russian shortens an organization's or place's name by clipping its words to their first letters or syllables and
    writing them as one word (`clips`). A one-word name no table keys (lowercase descriptors before it aside:
    "российского Совбеза") joins the one longer name of its type that it clips; where two could own it, it stays
    apart. Every word of the long name must give a part: "Красноярск" does
    not clip "Красноярский край", "Динамо" not "Динамо-Москва"."""
    absorbed: set[int] = set()
    # read once: a group absorbed below has no keyed mention, so no group gains or loses one in the loop
    keyed = [group for group in groups if any(m.keyed for m in group.mentions)]
    keyed_ids = {id(group) for group in keyed}
    for group in groups:
        *descriptors, name = group.best.name.split() or [""]
        if group.type not in ACRONYM_TYPES or not all(word.islower() for word in descriptors) \
                or id(group) in keyed_ids or _keyed_form(keyed, group, name):
            continue
        owners = [other for other in groups if other is not group and other.type == group.type
                  and id(other) not in absorbed and clips(name, other.best.name)]
        if len(owners) == 1:
            owners[0].mentions.extend(group.mentions)
            absorbed.add(id(group))
        elif owners:
            best = group.best.span
            rejected("entities", merge_clipped_compounds, best.start, best.end, f"{len(owners)} names it clips")
    return [group for group in groups if id(group) not in absorbed]


@rule("entities")
def merge_head_nouns(doc: Document, groups: list[Group]) -> list[Group]:
    """A lone head noun joins the one organization or place it heads: "Комиссия" -> "Европейская комиссия".

    A lone head noun ("Комиссия", "Дума") joins the document's one organization it heads ("Европейская
    комиссия", "Госдума"); where several could own it, it stays apart. A name the tables key joins only a name
    whose proper part it begins ("Google" -> "Google Mail", "Сенат" -> "республиканский Сенат"), never one a
    capitalized adjective begins: "Конгресса | США" is no "Континентальный конгресс". A place's lone head noun is
    a common noun ("Королевство" -> "Королевство Эсватини", "субъектов Федерации" -> Россия, which the alias table
    also names "Российская Федерация"; "Корея" is a name of its own)."""
    heads: dict[tuple[str, str], list[Group]] = {}
    for group in groups:
        if group.type in HEAD_NOUN_TYPES:
            for head in {head for name in _head_names(group) for head in _heads(name)}:
                for form in word_forms(head):
                    heads.setdefault((group.type, form), []).append(group)
    absorbed: set[int] = set()
    for group in groups:
        words = group.best.name.split()
        if group.type not in HEAD_NOUN_TYPES or len(words) != 1 or not words[0].isalpha() \
                or (group.type == "LOC" and not _common_noun(words[0])):
            continue
        forms = word_forms(words[0])
        owners = {id(other): other for form in forms for other in heads.get((group.type, form), ())
                  if other is not group and id(other) not in absorbed
                  and words[0] not in (other.best.name, other.best.canonical)
                  and (not group.best.keyed or _begins_proper_name(other.best.name, forms))}
        branches = [other for other in owners.values() if _regional_branch(other.best.name, words[0])]
        for branch in branches:
            del owners[id(branch)]
            best = group.best.span
            rejected("entities", merge_head_nouns, best.start, best.end,
                     f"'{branch.best.name}' is a regional branch: its Latin words name a place")
        coordinated = next((other for other in owners.values() if _coordinated(doc, group, other)), None)
        if coordinated is not None:  # a conjunct of one of the names it heads: one more referent of the list
            best = group.best.span
            rejected("entities", merge_head_nouns, best.start, best.end,
                     f"coordinated with {coordinated.best.name!r}: two referents")
        elif len(owners) == 1:
            next(iter(owners.values())).mentions.extend(group.mentions)
            absorbed.add(id(group))
        elif owners:
            best = group.best.span
            rejected("entities", merge_head_nouns, best.start, best.end, f"{len(owners)} names could own it")
    return [group for group in groups if id(group) not in absorbed]


SHORT_NAME_WORDS = 2  # a single word is `merge_head_nouns`' (a lone proper word often names a city or a brand)
BRANCH_PREPOSITIONS = frozenset({"в", "во", "на"})  # "Эхо Москвы в Пскове", "Аль-Каида на Аравийском полуострове"


@rule("entities")
def merge_short_org_names(doc: Document, groups: list[Group]) -> list[Group]:
    """An organization named by the first words of one longer organization name of the document joins it, where
    the rest of that name is its scope or remit: "Совет Безопасности" -> "Совет Безопасности ООН", "Hermitage
    Capital" -> "Hermitage Capital Management", "Европейский суд" -> "Европейский суд по правам человека"; so does
    one that only lowercase descriptors precede there ("Верховный суд" -> "федеральный Верховный суд").

    It stays apart where the rest is no scope (`_scope_rest`: a place in the nominative or a Latin one, a regional
    branch, "Бургер Кинг Россия", "NBC New York"; a word with no genitive reading, "Русская православная церковь
    заграницей"); where a place or organization stands right after one of its own mentions, its own owner
    ("Центральным банком | Швеции" is no "Центральный банк Российской Федерации"); where it is coordinated with
    the longer name; where two names could own it. A name of one word (`SHORT_NAME_WORDS`) joins only a name of
    two that a city begins (`team_after_city`: "Гэлакси" -> "Лос-Анджелес Гэлакси"; a lone word also names a city or
    a brand, "Шанхай", "Samsung", so other one-word names are `merge_head_nouns`'); names the alias table keys are
    `merge_scoped_bodies`'; a capitalized word before the run makes another body ("Земельный суд", "Высший
    земельный суд")."""
    orgs = [group for group in groups if group.type == "ORG"]
    starts = {mention.span.start for group in groups if group.type in HEAD_NOUN_TYPES for mention in group.mentions}
    absorbed: set[int] = set()
    for group in orgs:
        best = group.best
        words = fold(best.name).split()
        if best.keyed:
            continue
        if len(words) < SHORT_NAME_WORDS:
            owners = [other for other in orgs if other is not group and id(other) not in absorbed
                      and team_after_city(best.name, other.best.name)]
        else:
            owners = [other for other in orgs if other is not group and id(other) not in absorbed
                      and _name_run_rest(words, best.name, other.best.name) is not None]
        reason = _short_name_reason(doc, group, owners, starts, words)
        if reason:
            rejected("entities", merge_short_org_names, best.span.start, best.span.end, reason)
        elif owners:
            owners[0].mentions.extend(group.mentions)
            absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


def team_after_city(word: str, name: str) -> bool:
    """The name is a place's name in the nominative and then the word, a team or brand after its city: "Лос-Анджелес
    Гэлакси" for "Гэлакси", "Бруклин Нетс" for "Нетс", "Volga Siber" (not "Группа АСТ", "Google Street View")."""
    written = name.split()
    if len(written) != 2 or fold(written[1]) != fold(word) or not word[:1].isupper():
        return False
    return _latin_place((written[0],)) if is_latin(written[0]) else nominative_place(written[0])


def _name_run_rest(words: list[str], short: str, name: str) -> list[str] | None:
    """The words of `name` after the run of `words` (folded) that begins it, or after lowercase descriptors only
    ([] then): None where the name holds no such run."""
    full = fold(name).split()
    if len(full) <= len(words):
        return None
    if full[:len(words)] == words:
        return name.split()[len(words):]
    written = name.split()
    if full[-len(words):] == words and all(word.islower() for word in written[:-len(words)]) and short[:1].isupper():
        return []
    return None


def _short_name_reason(doc: Document, group: Group, owners: list[Group], starts: set[int],
                       words: list[str]) -> str:
    """Why the short organization name stays apart from its `owners` (see `merge_short_org_names`); "" where it
    joins the one owner (or has none)."""
    if not owners:
        return ""
    names = [owner.best.name for owner in owners]
    if len(owners) > 1:
        return f"{len(owners)} names could own it: {names}"
    rest = _name_run_rest(words, group.best.name, names[0]) or []
    reason = _scope_rest(rest)
    if reason:
        return f"{names[0]!r}: {reason}"
    for mention in group.mentions:
        after = OWNER_AFTER_BODY.match(doc.text, mention.span.end)
        if after is not None and after.end() > mention.span.end and after.end() in starts:
            return f"a name follows {mention.span.text!r}: its own owner, not {names[0]!r}"
    if _coordinated(doc, group, owners[0]):
        return f"coordinated with {names[0]!r}: two referents"
    return ""


def _scope_rest(rest: Sequence[str]) -> str:
    """Why the words after a short name's run in a longer name are no scope or remit of it ("" where they are: a
    genitive, "ООН", "Великобритании"; a preposition or eponym marker, "по правам человека", "имени"; Latin words
    that name no place, "Management"; a conjunction that such words follow, "и инфраструктурной безопасности"). A
    place after "в"/"на" makes a branch (`BRANCH_PREPOSITIONS`); a conjunction that ends the name is no word of it."""
    if not rest:
        return ""
    first = rest[0]
    if any(parse.tag.POS == "CONJ" for parse in parses(fold(first))):  # the remit goes on: "… и науки"
        return _scope_rest(rest[1:]) if len(rest) > 1 else f"{first!r} after it is no word of a name"
    if len(first) < 2:
        return f"{first!r} after it is no word of a name"
    if fold(first) in BRANCH_PREPOSITIONS:
        return f"{' '.join(rest)!r} places it: a branch"
    if is_latin(first):
        return "its Latin words name a place: a regional branch" if _latin_place(tuple(rest)) else ""
    if fold(first) in EPONYM_MARKERS or first.isupper() or any(parse.tag.POS == "PREP" for parse in parses(
            fold(first))):
        return ""
    if "Gen" in case_readings(first):
        return ""
    return f"{first!r} after it has no genitive reading: no scope of it"


def _regional_branch(name: str, brand: str) -> bool:
    """The name is a Latin brand followed by Latin words that spell a place, a regional branch of the brand, which
    is another referent: "RT America", "NBC New York" (not "KIA Motors", "Google Mail"). The place is read from the
    words' Cyrillic transcription (`fold.cyrillic_readings`), hyphenated when there are several ("нью-йорк"), as a
    dictionary place (Geox)."""
    words = name.split()
    if len(words) < 2 or words[0] != brand or not is_latin(name):
        return False
    return _latin_place(tuple(words[1:]))


@lru_cache(maxsize=1024)
def _latin_place(words: tuple[str, ...]) -> bool:
    """Latin words whose Cyrillic transcription the dictionary knows as a place in its lemma form ("America",
    "New York", "London"), a doubled letter read also as single ("Missouri" -> "миссури" or "мисури")."""
    readings = [cyrillic_readings(word) for word in words]
    if not all(readings):
        return False
    for joined in ("-".join(parts) for parts in product(*readings)):
        for reading in {joined, re.sub(r"(.)\1", r"\1", joined)}:
            if any(from_dictionary(parse) and "Geox" in parse.tag.grammemes and parse.normal_form == reading
                   for parse in parses(reading)):
                return True
    return False


def _begins_proper_name(name: str, forms: frozenset[str]) -> bool:
    """The word (in one of these forms) begins the name's proper part: it is the first word, or only lowercase
    words stand before it ("Google Mail", "республиканский Сенат"; not "Континентальный конгресс", a body of its
    own)."""
    words = name.split()
    at = next((index for index, word in enumerate(words) if word_forms(word) & forms), None)
    return at is not None and all(word.islower() for word in words[:at])


@rule("entities")
def merge_place_short_forms(doc: Document, groups: list[Group]) -> list[Group]:
    """A place's short form joins the one hyphenated name it begins: "Ростов" -> "Ростов-на-Дону", "Рио" ->
    "Рио-де-Жанейро" (where two names begin with it, it stays apart)."""
    by_start: dict[str, list[Group]] = {}
    for group in groups:
        first, hyphen, _ = group.best.name.partition("-")
        if group.type == "LOC" and hyphen and " " not in first and len(first) > 2:
            by_start.setdefault(fold(first), []).append(group)
    absorbed: set[int] = set()
    for group in groups:
        name = group.best.name
        owners = by_start.get(fold(name), []) if group.type == "LOC" and name.isalpha() else []
        if len(owners) == 1 and owners[0] is not group:
            owners[0].mentions.extend(group.mentions)
            absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


REGION_SHORT_ENDING = "ье"  # "Забайкалье", "Ставрополье", "Приморье"
REGION_ADJECTIVE_ENDINGS = ("ский", "ская", "ское")


@rule("entities")
def merge_region_short_forms(doc: Document, groups: list[Group]) -> list[Group]:
    """A region's one-word short form in "-ье" joins the document's one place named by an adjective of the same stem
    and a region noun (`lang.lexicon.REGION_NOUNS`): "Забайкалье" -> "Забайкальский край", "Ставрополье" ->
    "Ставропольский край", "Закарпатье" -> "Закарпатская область"; not another kind of place of that stem
    ("Полесье", "Полесский район"), and where two regions could own it, it stays apart."""
    places: dict[str, list[Group]] = {}  # by the adjective's stem: "забайкал" -> "Забайкальский край"
    for group in groups:
        words = fold(group.best.name).split()
        if group.type == "LOC" and len(words) == 2 and words[0].endswith(REGION_ADJECTIVE_ENDINGS):
            places.setdefault(words[0][:-len("ский")].removesuffix("ь"), []).append(group)
    absorbed: set[int] = set()
    for group in groups:
        name = fold(group.best.name)
        if group.type != "LOC" or not name.isalpha() or not name.endswith(REGION_SHORT_ENDING):
            continue
        stem_places = [other for other in places.get(name[:-len(REGION_SHORT_ENDING)], []) if other is not group]
        owners = [other for other in stem_places if fold(other.best.name).split()[1] in REGION_NOUNS]
        best = group.best.span
        if len(owners) == 1:
            owners[0].mentions.extend(group.mentions)
            absorbed.add(id(group))
        elif stem_places:
            names = [other.best.name for other in stem_places]
            rejected("entities", merge_region_short_forms, best.start, best.end,
                     f"{len(owners)} regions could own it: {names}" if owners else f"no region: {names}")
    return [group for group in groups if id(group) not in absorbed]


@rule("entities")
def known_person_key(doc: Document, group: Group) -> str | None:
    """A well-known person takes the persons table's key whatever part of the name the article gives: "Обаму" ->
    per:барак обама, as "Барак Обама" in another article (`persons.tsv`).

    The person's fullest name in the document must be the row's name or one of its variants, in any case form, and
    the person's gender (names, predicates, slovnet's tags) must not contradict the row's: "Меркель заявила" is Ангела
    Меркель, and a "Трамп" who "заявила" is no Дональд Трамп."""
    best = group.best
    words = [word for word in best.name.split() if any(char.isalpha() for char in word)]
    entries = lookup_persons(words) or known_person_middle_names(group, words)
    evidence = _gender_evidence(doc, group) or {_gender(doc, group)} - {""}
    fitting = [entry for entry in entries if not evidence or entry.gender in evidence]
    if not fitting:
        surname = gendered_surname_key(doc, group)
        if surname or not entries:
            return surname
    gender = "/".join(sorted(evidence))
    if len(fitting) != 1:
        rejected("entities", known_person_key, best.span.start, best.span.end,
                 f"{len(fitting)} well-known persons of gender {gender or '?'} fit {best.name!r}")
        return None
    namesake = namesake_in_document(doc, group, fitting[0])
    if namesake:
        rejected("entities", known_person_key, best.span.start, best.span.end,
                 f"{best.name!r}: the article names {namesake!r}, not {fitting[0].key_name}")
        return None
    key = name_key("PER", fitting[0].key_name, transliterated=True)
    fired("entities", known_person_key, best.span.start, best.span.end, f"{best.name!r} is {fitting[0].key_name}")
    return key


@rule("entities")
def known_person_middle_names(group: Group, words: Sequence[str]) -> list[PersonEntry]:
    """The well-known person whose first name and surname a fuller name gives with middle given names between
    ("Жак Рене Ширак" -> the row "Жак Ширак"), where every middle word is a dictionary first name
    (`patronymics.is_first_name`): the table lists the names news use most, and an article that gives the full birth
    name once names the same person (a patronymic is left out of every person's key already). [] where the name
    without them names no row or several, or where a middle word is no first name (a glued word, a maiden name:
    "Хиллари Дайан Родэм Клинтон" stays as written unless the row lists it)."""
    if len(words) < 3:
        return []
    middle, span = words[1:-1], group.best.span
    found = lookup_persons([words[0], words[-1]])
    if not found:
        return []
    if len(found) != 1 or not all(is_first_name(word) for word in middle):
        rejected("entities", known_person_middle_names, span.start, span.end,
                 f"{' '.join(words)!r}: {' '.join(middle)!r} is no given name of one well-known person")
        return []
    fired("entities", known_person_middle_names, span.start, span.end,
          f"{' '.join(words)!r} is {found[0].key_name}")
    return found


@rule("entities")
def known_person_gender(group: Group, key: str) -> str:
    """The persons table's gender for a person keyed by its row ("Кучма" -> masc, "Тихановская" -> femn) whose
    words, predicates and tags show none; "" for any other key."""
    entry = _rows_by_key().get(key)
    if entry is None:
        return ""
    fired("entities", known_person_gender, group.best.span.start, group.best.span.end,
          f"{group.best.name!r} is {entry.key_name}: {entry.gender}")
    return entry.gender


@cache
def _rows_by_key() -> dict[str, PersonEntry]:
    """The persons table's rows under the keys they give (`known_person_key`)."""
    return {name_key("PER", entry.key_name, transliterated=True): entry for entry in PERSON_TABLE}


def namesake_in_document(doc: Document, group: Group, entry: PersonEntry) -> str:
    """The name of another person of the row's surname that the article gives in full ("Дмитрий Орешкин", "Борис
    Касьянов"), for a row marked "namesakes" (`PersonEntry.yields_to_namesakes`) that a surname alone would name:
    then the surname alone is the article's own person, not the row's; "" where the article names none, the row
    is not so marked or the person's own name is longer than the surname."""
    words = group.best.name.split()
    if not entry.yields_to_namesakes or len(words) != 1:
        return ""
    forms = word_forms(words[0])
    for span in doc.ner_spans:
        named = [word for word in doc.text[span.start:span.end].split() if any(char.isalpha() for char in word)]
        if span.type == "PER" and len(named) >= 2 and forms & word_forms(named[-1]) \
                and entry not in lookup_persons(named):
            return " ".join(named)
    return ""


@rule("entities")
def gendered_surname_key(doc: Document, group: Group) -> str | None:
    """A surname alone that no row gives as a variant for the person's gender takes the key of the one well-known
    person of that surname and gender (`aliases.persons_by_surname`), when the person's own words or predicates show
    the gender: "Харрис заявила" -> per:камала харрис, "Обама сказала" -> per:мишель обама (the variant "Обама" is
    Барак Обама's, a man's), "Шарона" (премьера) -> per:ариэль шарон. The table leaves out a surname that several
    well-known people share; the gender shown tells the one of them the table knows from the others. Without
    evidence, or with two rows of that gender ("Трамп заявила": Мелания, Иванка), the surname keys as written. The
    verbs decide before the word (`_surname_evidence`); slovnet's gender tags are no evidence here: on a foreign
    surname they are guesses."""
    best = group.best
    words = best.name.split()
    evidence = _surname_evidence(doc, group)
    if len(words) != 1 or len(evidence) != 1:
        return None
    fitting = [entry for entry in persons_by_surname(words[0]) if entry.gender in evidence]
    if len(fitting) != 1:
        return None
    namesake = namesake_in_document(doc, group, fitting[0])
    if namesake:
        rejected("entities", gendered_surname_key, best.span.start, best.span.end,
                 f"{best.name!r}: the article names {namesake!r}, not {fitting[0].key_name}")
        return None
    fired("entities", gendered_surname_key, best.span.start, best.span.end,
          f"{best.name!r} ({'/'.join(evidence)}) is {fitting[0].key_name}")
    return name_key("PER", fitting[0].key_name, transliterated=True)


KIN_REACH = 3  # modifiers between a kinship noun and the name it introduces: "его старший брат Фидель"
# A spouse is of the other gender than the person whose spouse they are ("с вдовой Людмилой" is no woman's widow)
SPOUSE_NOUNS = frozenset({"супруга", "супруг", "жена", "муж", "вдова"}) & KINSHIP_NOUNS
# A widow's husband is dead: a person who acts in her sentence is no husband of hers unless a possessive says whose
# she is ("Следователь Андрей Козлов допросил вдову Наталью", but "его вдова Наталья")
WIDOW_NOUNS = frozenset({"вдова"}) & KINSHIP_NOUNS
# A child bears the father's surname: a mother's may be her own or a stage name ("сын Кристины Орбакайте Никита" is
# Никита Пресняков), so a woman named as the owner of a son or daughter gives the child no surname
CHILD_NOUNS = frozenset({"сын", "дочь"}) & KINSHIP_NOUNS


@rule("entities")
def kin_surname_key(doc: Document, group: Group, persons: Sequence[Group]) -> str | None:
    """A relative named by a first name alone, right after a kinship noun, shares the surname of the person whose
    relative they are: "Барак Обама с женой Мишель" -> per:мишель обама, "Николай Лазукин застрелил жену Наталью"
    -> per:наталья лазукина, "Беседа Дональда Трампа и его дочери Иванки" -> per:иванка трамп, so that the relative
    is one key with the article that names them in full. Only the key changes: the name stays as written.

    The first name must be a dictionary first name of the kinship noun's gender, in the singular noun's case
    (apposition; a genitive noun needs a possessive before it: "матери Маркса" is Marx's mother, "его дочери Иванки"
    his daughter); the relative's owner is the nearest person before the noun in its sentence (`_kin_owner`) whose
    name of two words or more has a surname (`_family_name`), of the other gender for a spouse (`SPOUSE_NOUNS`),
    no woman for a son or daughter (`CHILD_NOUNS`: a mother's surname may be her own); a widow needs a possessive
    (`WIDOW_NOUNS`: "допросил вдову Наталью"). The surname takes the relative's gender (`_surname_of_gender`:
    "Лазукин" -> "Лазукина"); a foreign one stays ("Обама", "Трамп").

    The owner's genitive name may also stand between the noun and the given name ("сын Джо Байдена Хантер" ->
    per:хантер байден, "дочь Виктора Ющенко Виталина" -> per:виталина ющенко: `_kin_noun_before_owner`); there
    the given name may be a word the dictionary lacks ("Хантер", "Джилл"), the shape itself showing it a name."""
    best = group.best
    words = best.name.split()
    if len(words) != 1 or not is_given_name_word(words[0]):
        return None
    for mention in sorted(group.mentions, key=lambda found: found.span.start):
        kin, owner = _kin_noun_before(doc, mention), None
        if kin is None:
            between = _kin_noun_before_owner(doc, mention, group, persons)
            if between is None:
                continue
            kin, owner = between
        elif not is_first_name(words[0]):
            continue  # a word the dictionary lacks is a given name only in the owner's shape
        gender = token_gender(doc, kin)
        genders = first_name_genders(words[0])
        if gender not in genders and (owner is None or genders):
            rejected("entities", kin_surname_key, mention.span.start, mention.span.end,
                     f"{best.name!r} is no first name of the kinship noun's gender ({gender or '?'})")
            return None
        noun = fold(doc.tokens[kin].lemma or doc.tokens[kin].text)
        if noun in WIDOW_NOUNS and not _possessive_before(doc, kin):
            rejected("entities", kin_surname_key, mention.span.start, mention.span.end,
                     f"{doc.tokens[kin].text!r} with no possessive: the sentence does not say whose widow")
            return None
        owner = owner or _kin_owner(doc, kin, group, persons)
        if owner is None or not _family_name(owner):
            rejected("entities", kin_surname_key, mention.span.start, mention.span.end,
                     f"no person with a surname before {doc.tokens[kin].text!r} in its sentence")
            return None
        owner_gender = _gender(doc, owner)
        if owner_gender == gender and noun in SPOUSE_NOUNS:
            rejected("entities", kin_surname_key, mention.span.start, mention.span.end,
                     f"{doc.tokens[kin].text!r} is no spouse of {owner.best.name!r}, of the same gender")
            return None
        if owner_gender == "femn" and noun in CHILD_NOUNS:
            rejected("entities", kin_surname_key, mention.span.start, mention.span.end,
                     f"{doc.tokens[kin].text!r} of a woman, {owner.best.name!r}: a child bears the father's surname")
            return None
        surname = _surname_of_gender(_family_name(owner) or "", owner_gender, gender)
        full = f"{best.name} {surname}"
        entries = lookup_persons(full.split())
        fired("entities", kin_surname_key, mention.span.start, mention.span.end,
              f"{best.name!r}, {doc.tokens[kin].text} of {owner.best.name!r}, is {full}")
        if len(entries) == 1:
            return name_key("PER", entries[0].key_name, transliterated=True)
        return name_key("PER", full, transliterated=True)
    return None


FAMILY_PLURAL_ENDINGS = ("ы", "ие", "ых", "их")  # "Тумановы", "Политковские", "Путиных", "Толстых": not "Стоянов"


def _family_surname(word: str) -> str | None:
    """The masculine singular of a family's plural surname, which the dictionary reads only as a plural
    ("Политковские" -> "Политковский", "Путиных" -> "Путин", "Тумановы" -> "Туманов"), in the word's own spelling
    of ё; None for any other word."""
    readings = [parse for parse in parses(word.lower()) if "Surn" in parse.tag.grammemes]
    if not word.lower().endswith(FAMILY_PLURAL_ENDINGS) or not readings \
            or any(parse.tag.number != "plur" for parse in readings):
        return None
    surname = readings[0].normal_form.capitalize()
    return surname if "ё" in word.lower() else surname.replace("ё", "е")


def _nominative_first_name_gender(word: str) -> str | None:
    """The one gender of a first name's singular nominative readings ("Марина" a woman's, though "Марина" is also
    the genitive of the man's "Марин"); None where there are two or none."""
    genders = {parse.tag.gender for parse in parses(word.lower()) if "Name" in parse.tag.grammemes
               and parse.tag.case == "nomn" and parse.tag.number == "sing"} & {"masc", "femn"}
    return genders.pop() if len(genders) == 1 else None


def _singular_surname(surname: str, gender: str) -> str:
    """A family's surname (masculine singular) in the singular of `gender`, in its own spelling of ё."""
    single = _surname_of_gender(surname, "masc", gender)
    return single if "ё" in surname.lower() else single.replace("ё", "е")


@rule("entities")
def plural_surname(doc: Document, group: Group, name: str) -> str:
    """A first name before a family's plural surname ("Вера и Илья Политковские", "Владимира и Людмилы Путиных",
    "сестры Настя и Маша Толмачевы") is one person of that family: the name takes the surname in the singular of the
    first name's gender ("Илья Политковский", "Людмила Путина", "Маша Толмачева"); any other name stays. The surname
    is read as written where the name's nominative lost its plural ("Анна и Сергей Петровы": "Сергей Петрова"). A
    foreign surname in a consonant is the plural's stem for either gender (`foreign_family_name`: "Аркадий и Борис
    Ротенберги" -> "Борис Ротенберг")."""
    words = name.split()
    surname = (_family_surname(words[-1]) or _written_family_surname(group, words[0])) if len(words) == 2 else None
    foreign = foreign_family_name(words[-1]) if len(words) == 2 and surname is None else None
    gender = _nominative_first_name_gender(words[0]) if surname else None
    if (surname is None or gender is None) and foreign is None:  # a foreign surname is one form for both genders
        return name
    if not any(_after_coordinated_first_name(doc, mention) for mention in group.mentions):
        rejected("entities", plural_surname, group.best.span.start, group.best.span.end,
                 f"{name!r}: no first name coordinated before it (\"Владик Крутских\": a surname in -их of one person)")
        return name
    single = f"{words[0]} {foreign or _singular_surname(surname, gender)}"  # "Борис Ротенберги": "Ротенберг"
    fired("entities", plural_surname, group.best.span.start, group.best.span.end, f"{name!r} is {single!r}")
    return single


def _written_family_surname(group: Group, first: str) -> str | None:
    """The family surname (`_family_surname`) that ends a two-word mention of the group as the text writes it, after
    the first name in the nominative (`first`): "Сергей Петровы", not the genitive "Франциска Скорины"."""
    written = (mention.span.text.split() for mention in group.mentions)
    return next((found for words in written if len(words) == 2 and words[0] == first
                 and (found := _family_surname(words[-1]))), None)


def _after_coordinated_first_name(doc: Document, mention: Mention) -> bool:
    """A first name and "и" stand right before the mention ("Вера и | Илья Политковские")."""
    index = doc.token_at(mention.span.start)
    return index >= 2 and fold(doc.tokens[index - 1].text) == "и" and is_first_name(doc.tokens[index - 2].text)


@rule("entities")
def shared_plural_surname(doc: Document, group: Group, persons: Sequence[Group]) -> str | None:
    """A first name alone coordinated with a first name and a family's plural surname shares the surname: "Вера и
    Илья Политковские" -> per:вера политковская, "Сергея и Анастасии Удальцовых" -> per:сергей удальцов. A singular
    surname after two first names is not shared: "принц Уильям и Кейт Миддлтон" are two families. Only the key
    changes: the name stays as written."""
    words = group.best.name.split()
    if len(words) != 1 or not is_first_name(words[0]):
        return None
    gender = _nominative_first_name_gender(words[0])
    starts = {m.span.start: other for other in persons if other is not group for m in other.mentions}
    for mention in group.mentions:
        index = doc.token_at(mention.span.end)
        if index + 1 >= len(doc.tokens) or fold(doc.tokens[index].text) != "и":
            continue
        other = starts.get(doc.tokens[index + 1].start)
        partner = next((m for m in other.mentions if m.span.start == doc.tokens[index + 1].start), None) if other \
            else None
        written = partner.span.text.split() if partner else []
        surname = _family_surname(written[-1]) if len(written) == 2 else None
        foreign = foreign_family_name(written[-1]) if len(written) == 2 and surname is None else None
        if (surname is None or gender is None) and foreign is None:
            continue
        full = f"{words[0]} {foreign or _singular_surname(surname, gender)}"
        fired("entities", shared_plural_surname, mention.span.start, mention.span.end,
              f"{group.best.name!r} and {partner.span.text!r} are one family: {full}")
        return name_key("PER", full, transliterated=True)
    return None


def _kin_noun_before(doc: Document, mention: Mention) -> int | None:
    """The index of the kinship noun a first name stands in apposition to: before it in its sentence, with at most
    `KIN_REACH` modifiers between, in the name's case; a genitive one only after a possessive ("его дочери
    Иванки"; "матери Маркса" is Marx's mother)."""
    if not mention.tokens:
        return None
    first = mention.tokens[0]
    index = doc.token_at(mention.span.start) - 1
    for _ in range(KIN_REACH + 1):
        if index < 0 or doc.tokens[index].sentence != first.sentence:
            return None
        token = doc.tokens[index]
        if token.pos == "NOUN" and fold(token.lemma or token.text) in KINSHIP_NOUNS:
            case = token.feats.get("Case")
            if case is None or case != first.feats.get("Case") or token.feats.get("Number") == "Plur":
                return None  # "сыновья Илья, Андрей": a list of relatives, each may have a name of their own
            return index if case != "Gen" or _possessive_before(doc, index) else None
        if token.pos not in KIN_MODIFIER_POS:
            return None
        index -= 1
    return None


def _kin_noun_before_owner(doc: Document, mention: Mention, group: Group,
                           persons: Sequence[Group]) -> tuple[int, Group] | None:
    """The kinship noun and the owner where the owner's genitive name stands between them and the relative's given
    name: "сын Джо Байдена Хантер", "жена Бориса Джонсона Кэрри" (`types.owner_then_relative`: the kinship noun not
    in the genitive, the owner's words read as a genitive ending in a surname, the given name in the noun's case and
    gender). The owner's mention must end right before the relative's; None for any other shape."""
    for owner in persons:
        if owner is group:
            continue
        for found in owner.mentions:
            if found.span.end <= mention.span.start and not doc.text[found.span.end:mention.span.start].strip() \
                    and owner_then_relative(doc, found.span, mention.span):
                return word_before(doc, doc.token_at(found.span.start)), owner
    return None


def _kin_owner(doc: Document, kin: int, group: Group, persons: Sequence[Group]) -> Group | None:
    """The nearest person mentioned before the kinship noun in its sentence, when that person's fullest name has a
    surname (`_family_name`). After a reflexive possessive the nearest one in the nominative, the subject the
    possessive refers to ("Остин упоминала имя Томаса Лефроя в письмах к своей сестре Кассандре": Остин's sister)."""
    sentence = doc.sentences[doc.tokens[kin].sentence]
    start = doc.tokens[kin].start
    subject = _possessive_before(doc, kin, reflexive_only=True)
    before = [(mention.span.end, owner) for owner in persons if owner is not group for mention in owner.mentions
              if sentence.start <= mention.span.start and mention.span.end <= start
              and (not subject or (mention.tokens and mention.tokens[0].feats.get("Case") == "Nom"))]
    if not before:
        return None
    end, owner = max(before, key=lambda found: found[0])
    nearest = next(m for m in owner.mentions if m.span.end == end)
    return owner if _family_name(owner) and not _after_kin_noun(doc, nearest) else None


def _after_kin_noun(doc: Document, mention: Mention) -> bool:
    """A kinship noun stands shortly before the mention in its sentence (`KIN_REACH` + 1 words: "Ее мать, актриса
    Блит Дэннер и брат Джейк"): the person is a relative too, whose surname may be their own, not the family's."""
    index = doc.token_at(mention.span.start)
    sentence = doc.tokens[index].sentence if index < len(doc.tokens) else -1
    for back in range(index - 1, max(-1, index - KIN_REACH - 2), -1):
        token = doc.tokens[back]
        if token.sentence != sentence:
            return False
        if token.pos == "NOUN" and fold(token.lemma or token.text) in KINSHIP_NOUNS:
            return True
    return False


def _family_name(person: Group) -> str | None:
    """The surname of a person's fullest name of two words or more (`key_words`: "Туманов Глеб Аркадьевич" ->
    "Туманов"), or None where the name has none: one word, initials, a regnal number ("Бенедикт XVI"), a
    generation."""
    words = person.best.name.split()
    if len(words) == 1:  # "Кот в сапогах ... жена Фиона": a one-word name may be no surname at all
        return None
    surname = key_words(words)[-1]
    letters = surname.replace("-", "")
    if not letters.isalpha() or not surname[:1].isupper() or surname.isupper() or generation(words):
        return None
    return surname


# A Russian surname's man's and woman's endings, for a surname the dictionary does not know ("Малеев" -> "Малеева")
RUSSIAN_SURNAME_GENDERS = [("ский", "ская"), ("цкий", "цкая"), ("ов", "ова"), ("ев", "ева"), ("ёв", "ёва"),
                           ("ин", "ина"), ("ын", "ына")]


def _surname_of_gender(surname: str, owner_gender: str, gender: str) -> str:
    """The owner's surname for a relative of `gender`: the same where the genders are one or the owner's is
    unknown ("Джейн Остин" -> "Кассандра Остин"), else the dictionary's surname of the owner's gender declined into
    the other ("Алиев" -> "Алиева", "Захарова" -> "Захаров", "Волконский" -> "Волконская"); a surname the dictionary
    does not know as one stays ("Обама")."""
    if owner_gender not in ("masc", "femn") or owner_gender == gender:
        return surname
    for parse in parses(surname.lower()):
        tag = parse.tag
        if "Surn" in tag.grammemes and tag.case == "nomn" and tag.number != "plur" and tag.gender == owner_gender:
            form = inflect(parse, {gender, "nomn", "sing"})
            return form.word.capitalize() if form else surname
    pairs = RUSSIAN_SURNAME_GENDERS if gender == "femn" else [(f, m) for m, f in RUSSIAN_SURNAME_GENDERS]
    return next((surname[: -len(ending)] + other for ending, other in pairs if surname.endswith(ending)), surname)


def _surname_evidence(doc: Document, group: Group) -> set[str]:
    """The gender a surname alone shows: its verbs' where they show one ("Харрис заявила": the dictionary's
    masculine reading of the foreign word is a guess), else its words' ("Гором", "Захаровой")."""
    shown = {_predicate_gender(doc, mention.span) for mention in group.mentions} & {"masc", "femn"}
    if len(shown) == 1:
        return shown
    return shown or {name_gender(mention.tokens) for mention in group.mentions} & {"masc", "femn"}


@cache
def _person_rows_by_key() -> dict[str, frozenset[str]]:
    """Key -> the folded key names of the persons table's rows that have it: each row keyed once per process, not
    every row once per person entity."""
    rows: dict[str, set[str]] = {}
    for entry in PERSON_TABLE:
        rows.setdefault(name_key("PER", entry.key_name, transliterated=True), set()).add(fold(entry.key_name))
    return {key: frozenset(names) for key, names in rows.items()}


def _row_spelling(group: Group, key: str, name: str) -> str:
    """Of the spellings the article gives a well-known person's full name, the persons table's key name ("Дэвид
    Кэмерон" where the article writes both it and "Дэвид Камерон"); else the name as chosen."""
    rows = _person_rows_by_key().get(key, frozenset())
    return next((m.name for m in group.mentions if fold(m.name) in rows and _word_count(m.name) == _word_count(name)),
                name)  # the fullest form stays: "Владимир Владимирович Путин" is no spelling of "Владимир Путин"


def _entity(doc: Document, group: Group, places: dict[int, Mention] | None = None,
            home: Sequence[Group] | None = None, persons: Sequence[Group] = (),
            country: str | None = None) -> EntityAnn:
    best = group.best
    canonical = ""
    mentions = sorted((m.span for m in group.mentions), key=lambda span: span.start)
    name = best.name if best.keyed else _shared_nominative(group, unmix_name_scripts(best.name))
    if group.type == "PER" and not best.keyed:
        name = cyrillic_lookalike_initials(group, subject_surname(doc, group, shared_first_name(group, name)))
    key = best.key if best.keyed else name_key(group.type, name, transliterated=True)
    scoped = written_scope(group) if group.type == "ORG" and best.keyed else None
    if scoped is not None:
        key = scoped.key
    elif group.type == "ORG" and best.keyed:
        key = home_country_scope(doc, group, home, country or HOME_COUNTRY_NAME) or key
    if group.type == "ORG" and not best.keyed:
        key = dedicated_institute_key(group) or acronym_key(doc, group, places or {}) or latin_brand_key(group) or key
        canonical = spelled_body(doc, group, name)
        described = descriptive_adjective_prefix(group, name)
        key = described_name_key(group, name, described, key) if described != name else key
        name = described
    if group.type == "LOC" and not best.keyed:
        key = official_form_key(group, name) or key
    if group.type == "PER" and not best.keyed:
        surname_over_address(group)
        known = known_person_key(doc, group)
        name = _row_spelling(group, known, name) if known else name
        if not known and persons:
            name = plural_surname(doc, group, name)
            key = name_key(group.type, name, transliterated=True)
            known = shared_plural_surname(doc, group, persons) or kin_surname_key(doc, group, persons)
        key = known or initials_key(group, name) or key
        name = initial_dot_name(doc, group, name)
    canonical = (scoped or best).canonical if best.keyed else canonical
    entity = EntityAnn(group.type, name, key, mentions, canonical=canonical)
    if group.type == "PER":
        agreed = agreed_gender(doc, group, apposed=True)  # the record's gender only: merges read the subjects alone
        entity.gender = agreed or _gender_of_words(doc, group, apposed=True) or known_person_gender(group, key)
        entity.gender_agreed = bool(agreed)
    return entity



@rule("entities")
def described_name_key(group: Group, name: str, described: str, key: str) -> str:
    """An organization whose describing adjectives the record's name leaves out (`descriptive_adjective_prefix`:
    "московский ЦСКА" … "ЦСКА" -> "ЦСКА", "японский Nissan" -> "Nissan") takes the key of that name, as an article
    that writes the name alone does: "org:цска", not "org:московский цска"; an alias table row's key where the row
    knows the name. A key another rule gave the entity (`acronym_key`, `latin_brand_key`) stays."""
    span = group.best.span
    if key != name_key("ORG", name, transliterated=True):
        rejected("entities", described_name_key, span.start, span.end, f"{name!r} keyed by another rule: {key}")
        return key
    alias = lookup_alias(described.split())
    described_key = alias.key if alias is not None and alias.type == "ORG" else \
        name_key("ORG", described, transliterated=True)
    fired("entities", described_name_key, span.start, span.end, f"{name!r} -> {described_key}")
    return described_key


@rule("entities")
def official_form_key(group: Group, name: str) -> str | None:
    """A place the article names by its official form, a state noun before the name ("Республика Бурятия",
    "Республика Кипр", "Королевство Испания": `lang.lexicon.STATE_FORM_NOUNS`), takes the key of the name alone, as
    the articles that write "Бурятия", "Кипр" do (an alias table row's key where the row knows the name). None where
    the name alone is another place (`OFFICIAL_FORM_OTHER_PLACES`: "Республика Конго" is not the Congo that news
    call "Конго", "Республика Китай" is Taiwan), or where what follows is no name: an adjective alone ("Республика
    Сербская", the Bosnian entity), a lowercase word."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) not in STATE_FORM_NOUNS:
        return None
    rest, span = words[1:], group.best.span
    reason = "" if rest[0][:1].isupper() else f"{rest[0]!r} begins in lowercase"
    tokens = [token for token in group.best.tokens if token.text.replace("-", "").isalpha()]
    if not reason and len(rest) == 1 and len(tokens) == 2 and adjective_word(tokens[1]):
        reason = f"{rest[0]!r} is an adjective: part of the state's name"
    if not reason and fold(" ".join(rest)) in OFFICIAL_FORM_OTHER_PLACES:
        reason = f"{' '.join(rest)!r} alone names another place"
    if reason:
        rejected("entities", official_form_key, span.start, span.end, f"{name!r}: {reason}")
        return None
    alias = lookup_alias(rest)
    key = alias.key if alias is not None and alias.type == "LOC" else name_key("LOC", " ".join(rest), True)
    fired("entities", official_form_key, span.start, span.end, f"{name!r} -> {key}")
    return key


@rule("entities")
def initials_key(group: Group, name: str) -> str | None:
    """A person the article names by initials and a surname alone takes the key of the initials, then the surname,
    each initial written "С." apart: "С.Б. Тарасов", "С. Б. Тарасов", "Тарасов С. Б." and "Тарасов С.Б" (the last
    dot lost at a sentence's end) -> per:с. б. тарасов. News print such a name in either order and either spacing
    (lists of officials and court reports write the surname first), and a key of the words as written
    (`name_key`) gives one person as many keys as there are ways of printing him.

    Every initial stays: "С. Тарасов" keeps its own key, since a second initial that differs tells two persons apart
    and one left out tells nothing. None where the name is not one surname with its initials on one side of it
    ("Санкт-Петербург В. Степанов", initials alone "В.О.", a first name: "Джон Ф. Кеннеди"), or where no initial
    has its dot ("Николай I": a regnal number), or where one letter follows a dictionary first name that is no
    surname ("Николай I." at a sentence's end: a regnal number with the full stop; "Анна В.": a surname's initial)."""
    words = AFTER_INITIAL_DOT.sub(". ", name).split()
    marks = [_is_initial(word) for word in words]
    if not any(marks):
        return None
    reason = _not_initials_and_surname(words, marks)
    if reason:
        rejected("entities", initials_key, group.best.span.start, group.best.span.end, f"{name!r}: {reason}")
        return None
    surname = words[marks.index(False)]
    initials = [word if word.endswith(".") else f"{word}." for word in words if _is_initial(word)]
    key = name_key("PER", " ".join([*initials, surname]), transliterated=True)
    if key != name_key("PER", name, transliterated=True):
        fired("entities", initials_key, group.best.span.start, group.best.span.end, f"{name!r}: key {key}")
    return key


@rule("entities")
def initial_dot_name(doc: Document, group: Group, name: str) -> str:
    """A person's name that ends in an initial whose dot the text writes, but that the full stop took ("Главный
    редактор: Симоньян М. С.", "возложить на Тарасова С. Б." — the tokenizer gives the last dot to the sentence, and
    the mention rightly ends before it) is named with the dot, as the article spells it: "Симоньян М. С.", not
    "Симоньян М. С". Only where another initial of the name has its dot (initials, not a regnal number: "Николай I.")
    and a name mention ending in that letter is followed by the dot."""
    words = AFTER_INITIAL_DOT.sub(". ", name).split()
    last = words[-1] if words else ""
    if len(last) != 1 or not last.isupper():
        return name
    dotted = next((mention.span for mention in group.mentions if doc.text[mention.span.end:][:1] == "."
                   and doc.text[mention.span.start:mention.span.end].endswith(last)), None)
    if dotted is None:
        return name
    if len(words) < 3 or not _is_initial(words[-2]) or not words[-2].endswith("."):
        rejected("entities", initial_dot_name, dotted.start, dotted.end + 1,
                 f"{name!r}: no initial with its dot before {last!r} (a regnal number, a name cut short)")
        return name
    fired("entities", initial_dot_name, dotted.start, dotted.end + 1, f"{name!r} -> {name + '.'!r}")
    return f"{name}."


def _not_initials_and_surname(words: list[str], marks: list[bool]) -> str:
    """Why words with an initial among them (`marks`) are no surname with its initials on one side; "" where they
    are one."""
    if marks.count(False) != 1 or marks[1:-1].count(False):
        return "not one surname with its initials on one side: a first name or other words"
    if not any(word.endswith(".") for word, mark in zip(words, marks, strict=True) if mark):
        return "no initial has its dot: a regnal number"
    surname = words[marks.index(False)]
    if len(surname) < 2 or not surname.replace("-", "").isalpha() or not surname[:1].isupper() or surname.isupper():
        return f"{surname!r} is no surname"
    if marks.count(True) == 1 and is_first_name(surname) and not is_surname(surname):
        return f"{surname!r} is a first name with one letter: a regnal number or a surname's initial ('Николай I.')"
    return ""


@rule("entities")
def latin_brand_key(group: Group) -> str | None:
    """A foreign organization that the article names both by its own Latin name and by a Cyrillic rendering of the
    sound of it ("Pfizer" and "Пфайзер", "BioNTech" and "Байонтек") takes the Latin name's key, as an article that
    writes the Latin name alone does: a rendering of the sound varies from outlet to outlet ("Пфайзер", "Файзер"),
    the brand's own letters do not. The record's name stays the Cyrillic one (`Group.best`).

    A rendering, not a translation or a Russian name: the Cyrillic name has as many words as the Latin one, each
    begins with a letter the Latin word's reading begins with (`fold.cyrillic_readings`), and none is a word the
    dictionary knows ("Спутник" for "Sputnik", "Милан" for "Milan" and "Фонд прав человека" for "Human Rights
    Foundation" keep their Cyrillic key: Russian news write them so). None where the group holds no such pair."""
    best = group.best
    words = best.name.split()
    if is_latin(best.name) or not words:
        return None
    latin = Counter(m.name for m in group.mentions if is_latin(m.name) and len(m.name.split()) == len(words))
    for name, _ in latin.most_common():
        if not all(_renders(word, cyrillic) for word, cyrillic in zip(name.split(), words, strict=True)):
            continue
        known = [word for word in words if dictionary_parses(fold(word))]
        if known:
            rejected("entities", latin_brand_key, best.span.start, best.span.end,
                     f"{best.name!r} for {name!r}: {known[0]!r} is a Russian word, a translation or its own name")
            return None
        key = name_key("ORG", name)
        fired("entities", latin_brand_key, best.span.start, best.span.end, f"{best.name!r} renders {name!r}: key {key}")
        return key
    return None


def _renders(latin: str, cyrillic: str) -> bool:
    """The Cyrillic word may render the Latin one's sound: it begins with a letter that a reading of the Latin word
    begins with ("Pfizer" -> "пфизер": "Пфайзер"); an abbreviation or a word with no reading renders nothing."""
    readings = cyrillic_readings(latin)
    return bool(readings) and cyrillic[:1].isupper() and not cyrillic.isupper() \
        and any(reading[:1] == fold(cyrillic[:1]) for reading in readings)


@rule("entities")
def spelled_body(doc: Document, group: Group, name: str) -> str:
    """The record's name of a subordinate body written as its abbreviation before its parent: the abbreviation
    spelled out ("ЦК КПСС" -> "Центральный комитет КПСС", "ГУ МВД России" -> "Главное управление МВД России";
    `lexicon.BODY_ABBREVIATIONS`), as Wikidata labels such bodies; "" for any other name. "ЦК" and "ГУ" are a
    committee's and a department's common nouns clipped, not the body's own name: the parent names it. The key
    stays the written name's. Only where what follows the abbreviation is a parent as `types.parent_body` reads
    it (`types.genitive_parent`: an abbreviation or a genitive, no quote): "ГУ «Центр занятости населения»" (a state
    institution, государственное учреждение) and "ГУ и ЧС" stay as written."""
    words = name.split(" ")
    spelled = BODY_ABBREVIATIONS.get(words[0]) if len(words) > 1 else None
    if spelled is None:
        return ""
    tokens = span_tokens(doc, group.best.span)
    if not tokens or tokens[0].text != words[0] or not genitive_parent(tokens[1:]):
        rejected("entities", spelled_body, group.best.span.start, group.best.span.end,
                 f"{words[0]} before no parent in the genitive: {' '.join(words[1:])!r}")
        return ""
    fired("entities", spelled_body, group.mentions[0].span.start, group.mentions[0].span.end,
          f"{words[0]} spelled out: {spelled}")
    return " ".join([spelled, *words[1:]])


@rule("entities")
def written_scope(group: Group) -> Mention | None:
    """A country's body the document names once with its country and once without takes the country's key, however
    much longer the unqualified name is: "МИД России … Министерство иностранных дел сообщило" -> org:мид россии
    (the group's fullest name, "Министерство иностранных дел", keys as org:мид), as "МИД России … МИД" does.

    The group's fullest name must key as the body alone (`aliases.scoped_body`: "Министерство иностранных дел" ->
    org:мид), and its mentions must give that body with one country ("org:мид россии"); two countries ("МИД России",
    "МИД Японии") leave it as it is. Returns the scoped mention whose key and canonical name the entity takes."""
    best = group.best
    body = scoped_body(best.name.split())
    if body is None or best.key != entity_key("ORG", body):
        return None
    scoped: dict[str, Mention] = {}
    for mention in group.mentions:
        if mention.keyed and mention.key.startswith(best.key + " "):
            scoped.setdefault(mention.key, mention)
    if len(scoped) != 1:
        if scoped:
            rejected("entities", written_scope, best.span.start, best.span.end,
                     f"{best.name!r} is written with {len(scoped)} countries: {', '.join(sorted(scoped))}")
        return None
    mention = next(iter(scoped.values()))
    fired("entities", written_scope, best.span.start, best.span.end,
          f"{best.name!r} is {mention.name!r} of the same document: key {mention.key}")
    return mention


HOME_COUNTRY_NAME = "Россия"
HOME_COUNTRY_KEY = name_key("LOC", HOME_COUNTRY_NAME)


FOREIGN_STORY_MENTIONS = 2  # a foreign country named once is a story's aside, not where it is told


def story_country(groups: Sequence[Group]) -> str | None:
    """The country whose unqualified bodies a story names (`home_country_scope`), by the name a body's qualifier
    gives it (`_place_name`: "Россия", "США", "Грузия"), or None: Russia where the story names it more often than any
    other country (`lexicon.COUNTRIES`), as Russian news name their own state's bodies; another country where the
    story is told from there: named at least twice and more often than all other countries together, and Russia
    named once at most (a round-up of several countries' news, a Russian story that names Georgia once, or an American
    ambassador's visit to "МИД" in Moscow names no other country's bodies)."""
    counts: Counter[str] = Counter()
    named: dict[str, Group] = {}
    for group in groups:
        if group.type == "LOC" and fold(group.best.name) in COUNTRIES:
            counts[group.best.key] += len(group.mentions)
            named.setdefault(group.best.key, group)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    top, count = ranked[0]
    if top == HOME_COUNTRY_KEY:
        return HOME_COUNTRY_NAME
    if count < FOREIGN_STORY_MENTIONS or count <= sum(counts.values()) - count \
            or counts[HOME_COUNTRY_KEY] >= FOREIGN_STORY_MENTIONS:
        return None  # not told from there; or Russia is more than an aside, and a bare "МИД" may be its own
    return _place_name(named[top].best.tokens)


@rule("entities")
def home_country_scope(doc: Document, group: Group, home: Sequence[Group] | None,
                       country: str = HOME_COUNTRY_NAME) -> str | None:
    """A country's body named without its country ("МИД", "Минобороны", "министерство внутренних дел") is the body
    of the country the story is told from (`story_country`): Russian news call their own state's
    bodies so, as they call Russia "страна" (coref `our_country`), and a story told from another country calls that
    country's bodies so ("Минюст" in a story on the United States, "МВД" in one on Georgia). The key is that of
    "МИД России", "Минюст США" (`_scoped`), so a document that writes the country and one that does not share a key;
    the name stays as the article gives it.

    `home`: the document's groups where the story is told from one country, else None; `country`: that country. Not
    where no one country is (two named equally often, a round-up, Russia more than an aside of a foreign story), nor
    where the document names another country's body of that kind ("МИД Японии … МИД"), nor in a Russian story a
    body whose bare name is not Russia's (`NOT_HOME_BODIES`: "ВМС", Russia's navy is the ВМФ; "Нацбанк"), which a
    story told from abroad names as its country's ("Нацполиция" in a Ukrainian one), nor a bare "МИД" in a foreign
    story, as often Russia's reaction to it (`HOME_VOICE_BODIES`), nor a body written with an international
    organization after it, its owner ("ВМС Евросоюза", `_name_after`). Returns the key, or None."""
    best = group.best
    body = scoped_body(best.name.split())
    unscoped = entity_key("ORG", body) if body is not None else ""
    if body is None or any(mention.key != unscoped for mention in group.mentions):
        return None  # no body, or a qualified mention keys the group: "МИД Японии"
    key = scoped_key(body, country)
    foreign = [other.best.name for other in home or () if other.type == "ORG"
               and other.best.key.startswith(unscoped + " ") and other.best.key != key]
    owner = _name_after(doc, group, home or ())
    why = "the story is told from no one country" if home is None \
        else f"written with its owner: {owner!r}" if owner \
        else "a bare name of it is not Russia's (NOT_HOME_BODIES)" if country == HOME_COUNTRY_NAME \
        and body in NOT_HOME_BODIES \
        else "Russia's own voice on another country's news" if country != HOME_COUNTRY_NAME \
        and body in HOME_VOICE_BODIES \
        else f"the document names another country's: {foreign[0]!r}" if foreign else ""
    if why:
        rejected("entities", home_country_scope, best.span.start, best.span.end, f"{best.name!r}: {why}")
        return None
    fired("entities", home_country_scope, best.span.start, best.span.end,
          f"{best.name!r}: the story's country is {country}, key {key}")
    return key


OWNER_AFTER_BODY = re.compile(rf"\s*(?:[{re.escape(ALL_DASHES)}]\s*)?")  # "ВМС | Евросоюза", "ВМС - | НАТО"


def _name_after(doc: Document, group: Group, groups: Sequence[Group]) -> str:
    """The name of an international organization written right after one of the group's mentions, or after a dash
    there: the owner of the body ("ВМС Евросоюза": the Union's naval force), an organization of the alias table that
    is no country's body. A place right after it is read by the country scope (`_scoped`); a country's body after
    it is the body's parent, of the story's country as well ("Генштаба Вооружённых сил"). "" where none is."""
    starts = {mention.span.start: other.best.name for other in groups if other is not group
              and other.type == "ORG" and other.best.keyed and scoped_body(other.best.name.split()) is None
              for mention in other.mentions}
    for mention in group.mentions:
        after = OWNER_AFTER_BODY.match(doc.text, mention.span.end)
        if after is not None and after.end() in starts:
            return starts[after.end()]
    return ""


ACRONYM_KEY_LETTERS = range(3, 7)  # two letters name too many bodies (ВС: Верховный суд, Вооружённые силы)
SCOPE_LINK = re.compile(r"\s+(?:по\s+)?")  # "ЦИК | России", "ГУВД по | Москве": the place that scopes a body


@rule("entities")
def dedicated_institute_key(group: Group) -> str | None:
    """A research institution named for a person keys by that person alone, whatever kind word the article gives it:
    "Центр Гамалеи", "Институт им. Н.Ф. Гамалеи", "НИИ Гамалеи", "НИЦЭМ им. Н. Ф. Гамалеи" and "Национальный
    исследовательский центр эпидемиологии и микробиологии имени Гамалеи" -> org:институт гамалея; "Институт
    Склифосовского" and "НИИ скорой помощи им. Склифосовского" -> org:институт склифосовский. Russian news name such
    an institute by any of its kind words and the dedication, as its official name changes (НИИЭМ, НИЦЭМ, ФНИЦЭМ),
    so the person is what stays. Only a research institution's name (`_research_name`) that ends in a dictionary
    person's name in the genitive or after "им."/"имени": "Театр имени Пушкина", "Фонд Карнеги", "Космический центр
    имени Кеннеди" and "Институт США и Канады" keep their keys."""
    best = group.best
    if not _research_name(_before_dedicatee(best.name.split())):
        return None
    key = _dedicated_key(best.name)
    if key is None:
        rejected("entities", dedicated_institute_key, best.span.start, best.span.end,
                 f"{best.name!r}: a research institution's name that ends in no person's name")
        return None
    fired("entities", dedicated_institute_key, best.span.start, best.span.end, f"{best.name!r}: key {key}")
    return key


def _dedicated_key(name: str) -> str | None:
    """`dedicated_institute_key`'s key of an organization's name, untraced: "org:институт" and the dedicatee's
    nominative surname, or None where the name is no research institution's named for a person."""
    words = name.split()
    if len(words) < 2 or not _research_name(_before_dedicatee(words)):
        return None
    dedicatee = _dedicatee(words)
    return entity_key("ORG", f"институт {dedicatee}") if dedicatee else None


def _before_dedicatee(words: Sequence[str]) -> list[str]:
    """The words of an institution's name before its dedication: before "им."/"имени" where the name has it, else
    all but the last; a lowercase word before the first capitalized one is the article's, not the name's
    ("немецкий Институт имени Роберта Коха")."""
    marker = next((index for index, word in enumerate(words) if fold(word) in ("им.", "имени")), len(words) - 1)
    before = list(words[:marker])
    while before and not before[0][:1].isupper():
        before.pop(0)
    return before


def _research_name(words: Sequence[str]) -> bool:
    """Whether the words before a dedication name a research institution: a kind word alone ("Центр", "Институт",
    an abbreviation such as "НИИ" or "НИЦЭМ"), or a kind word with a word that says research (`RESEARCH_STEMS`, a
    science in the genitive, a research abbreviation: "Национальный исследовательский центр эпидемиологии и
    микробиологии", "НИИ скорой помощи", "ФГБНУ ФНЦИРИП"). The first word that names a kind of organization
    decides: "Театр", "Фонд" or "Музей" before it is another kind."""
    if not words or not _research_kind(words):
        return False
    if len(words) == 1:
        return True
    return any(_research_abbreviation(word) or fold(word).startswith(RESEARCH_STEMS)
               or fold(word).endswith(SCIENCE_GENITIVE_ENDING) for word in words)


def _research_abbreviation(word: str) -> bool:
    """An abbreviation of a research institution's name: "НИИ", "ЦНИИ", "НИЦЭМ", "ФНЦИРИП", "НМИЦ"."""
    return word.isupper() and word.isalpha() and any(part in word for part in RESEARCH_ABBREVIATION_PARTS)


def _research_kind(words: Sequence[str]) -> bool:
    """Whether the first word of a name that names a kind of organization is a research institution's ("институт",
    "центр" in any case, or a research abbreviation), not another kind ("театр", "фонд", "музей")."""
    for word in words:
        if _research_abbreviation(word):
            return True
        lemmas = {parse.normal_form for parse in parses(word.lower()) if parse.tag.POS == "NOUN"}
        if lemmas & RESEARCH_INSTITUTION_NOUNS:
            return True
        if lemmas & ORGANIZATION_NOUNS:
            return False
    return False


def _dedicatee(words: Sequence[str]) -> str | None:
    """The nominative surname an institution's name ends in, folded: a capitalized last word that the dictionary reads
    as a person's name in the genitive ("Гамалеи", "Коха"), or in any case after "им."/"имени" ("им. Гамалея", as
    articles also write it); None for any other last word ("Канады", "изучению") and for a word only the guesser
    reads as a name (an unknown word's guess is no evidence of a person)."""
    last = words[-1]
    if not last[:1].isupper() or last.isupper() or not last.isalpha():
        return None
    dedicated = any(fold(word) in ("им.", "имени") for word in words[:-1])
    for parse in dictionary_parses(last.lower()):
        if PERSON_NAME_GRAMMEMES & parse.tag.grammemes and (dedicated or parse.tag.case == "gent"):
            return fold(parse.normal_form)
    return None


@rule("entities")
def merge_dedicated_institutes(doc: Document, groups: list[Group]) -> list[Group]:
    """An article's names of one research institution named for a person are one organization, whatever kind word
    each gives it ("Центр им. Гамалеи" ... "НИЦЭМ им. Н. Ф. Гамалеи" ... "Национальный центр микробиологии и
    эпидемиологии им. Н. Ф. Гамалеи"): the groups whose fullest names share `_dedicated_key` join the first."""
    first: dict[str, Group] = {}
    absorbed: set[int] = set()
    for group in groups:
        key = _dedicated_key(group.best.name) if group.type == "ORG" else None
        if key is None:
            continue
        owner = first.setdefault(key, group)
        if owner is not group:
            owner.mentions.extend(group.mentions)
            absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


@rule("entities")
def acronym_key(doc: Document, group: Group, places: dict[int, Mention]) -> str | None:
    """An organization named by its acronym and one named by the full name the acronym abbreviates share one key,
    the acronym's, with the place that scopes it: "Центральная избирательная комиссия России", "ЦИК России",
    "российский ЦИК" and "ЦИК РФ" -> org:цик россии, "Главное управление внутренних дел по Москве" and "ГУВД
    Москвы" -> org:гувд москвы; "ЦИК" and "Центральная избирательная комиссия" with no place -> org:цик; "ЦИК
    Украины" stays apart from "ЦИК России".

    The acronym is spelled by the initial letters of the full name's words (`_spelled_acronym`: function words
    aside, an acronym inside it kept whole: "Главное управление МВД" -> ГУМВД, as "ГУ МВД"); a group that gives
    both the acronym and its full name takes that acronym; where the acronym ends in the initial of the place
    after the full name, that letter is the place's ("Национальное антикоррупционное бюро Украины" with "НАБУ" ->
    org:наб украины, as the full name alone); a full name alone takes the acronym of its words before the place.
    Only acronyms of three to six letters (before a place's initial): fewer name too many bodies. The scope is the
    place written right after a mention (alone or after "по"), inside its name, or a country adjective before it, as
    for a country's ministries (`_scoped`, `_country_before`)."""
    scope = _group_scope(doc, group, places)
    acronym = _group_acronym(doc, group, scope)
    best = group.best
    if acronym is None:
        words = best.name.split()
        if len(words) > 1 and not any(_acronym_words(m.name) for m in group.mentions):
            why = _no_acronym_reason(doc, group, words)
            rejected("entities", acronym_key, best.span.start, best.span.end, f"{best.name!r} spells no acronym: {why}")
        return None
    if scope is None and all(_acronym_words(m.name) for m in group.mentions):
        return None  # an acronym alone keys as written
    key = entity_key("ORG", f"{acronym} {scope}" if scope else acronym)
    fired("entities", acronym_key, best.span.start, best.span.end, f"{best.name!r}: key {key}")
    return key


def _no_acronym_reason(doc: Document, group: Group, words: list[str]) -> str:
    """Why a full name with no acronym among its group's mentions keys by none (`acronym_key`'s trace): its letters
    spelled as `_group_acronym` spells them, from the words before the place."""
    if any(_quoted(doc, m) for m in group.mentions):
        return "quoted, a proper name"
    letters = _spelled_acronym(words[:-1] if _place_word(words[-1]) else words)
    if letters is None:
        return "a number, a Latin or a capitalized word in it"
    if len(letters) < ACRONYM_KEY_LETTERS.start:
        return f"{letters or 'no letter'}: fewer than three letters name too many bodies"
    if len(letters) >= ACRONYM_KEY_LETTERS.stop:
        return f"{letters}: more than six letters, no acronym in use"
    if not words[0][:1].isupper():
        return f"{letters}: a lowercase first word describes, names no body"
    return f"{letters}: not the group's acronym"


def _spelled_acronym(words: Sequence[str]) -> str | None:
    """The acronym the Cyrillic words of a body's full name spell: each word's initial letter, an acronym among
    them whole, the words `ACRONYM_SKIP` lists (prepositions, conjunctions) left out ("Организация Договора о
    коллективной безопасности" -> ОДКБ); None for a name with a digit, an initial, a quotation mark, a Latin word,
    or a capitalized word after the first other than a common noun (a body's name capitalizes its first word only,
    or a title: "Управление делами Президента"; "Институт имени Роберта Коха" is named after a person)."""
    letters = []
    for index, word in enumerate(word for word in words if word.strip(ALL_DASHES)):  # "стран - экспортёров"
        parts = [part for part in word.split("-") if part]
        if not parts or not all(part.isalpha() and not is_latin(part) for part in parts):
            return None
        acronym = _acronym_word(word)
        if index and word[:1].isupper() and acronym is None and not _common_noun(word):
            return None  # a proper name inside ("Исследовательский центр Пью"): no body's acronym spells it
        if acronym is not None:
            letters.append(acronym)
        elif word.lower() not in ACRONYM_SKIP:
            letters.extend(part[0].upper() for part in parts)
    return "".join(letters)


def _acronym_word(word: str) -> str | None:
    """A word written as an acronym, in capitals: "ЦИК", or with a lowercase letter for a word's part ("СдПГ":
    Социал-демократическая партия Германии) but never two in a row ("МинФин", "КамАЗ" are clipped words)."""
    if not word.isalpha() or sum(char.isupper() for char in word) < 2 or not word[:1].isupper() \
            or any(a.islower() and b.islower() for a, b in pairwise(word)):
        return None
    return word.upper()


def _acronym_words(name: str) -> str | None:
    """The acronym a mention gives as such: one word, or words all in capitals ("ГУ МВД"), with the place after it
    left out ("ЦИК России" -> ЦИК; "BBC News" is no acronym)."""
    words = name.split()
    if len(words) > 1 and _place_word(words[-1]):
        words = words[:-1]
    acronyms = [_acronym_word(word) for word in words]
    return "".join(acronyms) if acronyms and all(acronyms) else None


def _group_acronym(doc: Document, group: Group, scope: str | None) -> str | None:
    """The acronym that keys the group: the one its mentions give where one of its full names spells it, alone or
    with the initial of the place that scopes it ("НАБУ" of "Национальное антикоррупционное бюро | Украины": НАБ,
    as the full name alone gives it); an acronym alone; else the acronym of the fullest name's words before its
    place. The letters before a place's initial count. A Latin acronym ("NYMEX") and a quoted full name (a brand:
    «Ак Барс») spell none."""
    given = Counter(acronym for m in group.mentions
                    if (acronym := _acronym_words(m.name)) is not None and not is_latin(acronym))  # not "NYMEX"
    full = [tuple(m.name.split()) for m in group.mentions
            if _acronym_words(m.name) is None and len(m.name.split()) > 1 and not _quoted(doc, m)]
    spelled = {words: _spelled_acronym(words[:-1] if _place_word(words[-1]) else words) for words in full
               if words[0][:1].isupper()}  # "американское военное ведомство" describes, names no body
    if given:
        acronym = given.most_common(1)[0][0]
        if scope and any(acronym == f"{letters}{scope[0].upper()}" for letters in spelled.values() if letters):
            acronym = acronym[:-1]
        elif full and acronym not in spelled.values():
            return None
    else:
        acronym = spelled.get(tuple(group.best.name.split()))
        if acronym is None:
            return None
    return acronym if len(acronym) in ACRONYM_KEY_LETTERS else None


def _quoted(doc: Document, mention: Mention) -> bool:
    """The mention stands in quotation marks: a proper name (a brand, a team: «Ак Барс»), no body's description."""
    before = _rstripped(doc.text, mention.span.start)
    return before > 0 and doc.text[before - 1] in OPENING_QUOTE_MARKS


def _place_word(word: str) -> bool:
    """A capitalized last word of an organization's name that names a place: one the alias table knows ("России",
    "РФ") or the dictionary reads as a place in the genitive ("Москвы", `types.genitive_place`)."""
    if not word[:1].isupper():
        return False
    alias = lookup_alias([word])
    return (alias is not None and alias.type == "LOC") or genitive_place(word)


def _scope_genitive(word: str) -> str:
    """A place word at the end of a body's name as the scope of its key: the alias table's name in the genitive
    ("РФ" -> "России"), else as written (the name's genitive: "Москвы")."""
    alias = lookup_alias(word.split())
    return inflect_name(alias.name, "gent") if alias is not None and alias.type == "LOC" else word


def _group_scope(doc: Document, group: Group, places: dict[int, Mention]) -> str | None:
    """The place that scopes the group's body, in the genitive, under the alias table's name where it has one: the
    last word of a mention's name ("ЦИК России", "Центральная избирательная комиссия РФ"), a place mention written
    right after one (alone or after "по": "ГУВД по Москве"), or a country adjective before one ("российский
    ЦИК"). The first found in the text wins."""
    for mention in sorted(group.mentions, key=lambda m: m.span.start):
        words = mention.name.split()
        if len(words) > 1 and _place_word(words[-1]):
            return _scope_genitive(words[-1])
        after = SCOPE_LINK.match(doc.text, mention.span.end)
        place = places.get(after.end()) if after is not None else None
        if place is not None and after.group().strip():  # "по Москве": the place's name in the genitive
            return inflect_name(_place_name(place.tokens), "gent")
        if place is not None and _may_be_genitive(place.tokens[-1].text):  # "ЦИК | России", not "ФСЭГ | Россия
            return _scope_genitive(" ".join(_words(place.tokens)))  # представит"; the alias table's name in it
        country = _country_before(doc, mention.span)
        if country is not None:
            return inflect_name(country, "gent")
    return None


@rule("entities")
def merge_gender_readings(doc: Document, groups: list[Group]) -> list[Group]:
    """One written name read as a woman's in one place and as a man's in another names one person, of the gender
    the person's predicates and apposed nouns show: "Валерия Адамова" (her nominative, his genitive), "Евгению
    Медведеву" (her accusative, his dative).

    A woman's and a man's name (`_reading_gender`) share most written forms: an -а first name or -ова surname is her
    nominative and his genitive, -у/-ю her accusative and his dative. Each mention is read by its own clause, so the
    same words may land in two groups of the two genders. The group whose every mention is written as the other
    group writes one of its mentions, or as the other's name (`_written_forms`), joins it where the person's
    mentions together show the other's gender (`_shown_gender`: agreeing predicates, apposed nouns, a woman's noun
    before an oblique name, "чемпионку мира Евгению Медведеву"), and its mentions take that reading word by word
    ("Валерий Адамов" -> "Валерия Адамова"). No gender shown, or both about alike, or the group's own mentions show
    its own reading ("Александра Панфилова выступила" beside her father's "Александр Панфилов заявил"): the two stay
    apart (a father and a daughter write one surname's forms too: "Александра Панфилова" his genitive and her
    name)."""
    persons = [group for group in groups if group.type == "PER"]
    written = {id(group): _written_forms(group) for group in persons}
    absorbed: set[int] = set()
    for group, other in product(persons, persons):
        if group is other or id(group) in absorbed or id(other) in absorbed \
                or not written[id(group)] <= written[id(other)] | {fold(other.best.name.lower())}:
            continue
        own, others = _reading_gender(group.best.name), _reading_gender(other.best.name)
        if not own or not others or own == others:
            continue
        best = group.best
        shown = _shown_gender(doc, group.mentions + other.mentions)
        if shown != others:
            rejected("entities", merge_gender_readings, best.span.start, best.span.end,
                     f"{best.name!r} and {other.best.name!r}: the person's gender is not shown as {others!r}")
            continue
        if _shown_gender(doc, group.mentions) == own:  # "Александра Панфилова выступила": his daughter, not him
            rejected("entities", merge_gender_readings, best.span.start, best.span.end,
                     f"{best.name!r}: its own mentions show {own!r}, another person than {other.best.name!r}")
            continue
        words = _reading_words(best.name, other.best.name)
        for mention in group.mentions:
            name = " ".join(words.get(word, word) for word in mention.name.split())
            fired("entities", merge_gender_readings, mention.span.start, mention.span.end,
                  f"{mention.name!r} -> {name!r}: the same written words as {other.best.name!r}; the person "
                  f"shows {others}")
            gender = {"femn": "Fem", "masc": "Masc"}[others]
            mention.name, mention.key = name, name_key("PER", name)
            mention.tokens = [replace(token, feats={**token.feats, "Gender": gender}) for token in mention.tokens]
        other.mentions.extend(group.mentions)
        written[id(other)] |= written[id(group)]
        absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


def _shown_gender(doc: Document, mentions: Sequence[Mention]) -> str | None:
    """The gender most of a person's mentions show, at least twice as many as the other: a predicate that agrees
    (`_predicate_gender`, a role noun's too), the name's own phrase (`_described_gender`: "его вдова X") or a woman's
    noun in the name's oblique case right before it (`_apposed_woman_noun`: "соотечественницу Евгению
    Медведеву"); None where none shows, or both about alike."""
    votes = Counter(gender for mention in mentions
                    for gender in (_predicate_gender(doc, mention.span, verbs_only=True, apposed=True),
                                   _described_gender(doc, mention.span) or _apposed_woman_noun(doc, mention.span))
                    if gender)
    ranked = votes.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _apposed_woman_noun(doc: Document, span: Span) -> str | None:
    """"femn" where the word right before the name, or before a genitive after it ("чемпионку мира X"), is a noun
    every dictionary reading of whose form is an animate feminine noun ("соотечественницу", "чемпионку", "певицей"):
    the name stands in apposition to a woman's noun, whatever its case; else None. Not a relation noun ("дочь
    Евгения Медведева": his daughter, the name its owner's genitive), and no man's noun tells as much (a masculine
    role noun names women too: "президента")."""
    first = doc.token_at(span.start)
    for index in (first - 1, first - 2):
        if index < 0 or doc.tokens[index].sentence != doc.tokens[first].sentence:
            return None
        analyses = dictionary_parses(fold(doc.tokens[index].text.lower()))
        if analyses and all(p.tag.POS == "NOUN" and p.tag.gender == "femn" and p.tag.animacy == "anim"
                            and p.tag.number == "sing" and p.normal_form not in RELATION_NOUNS for p in analyses):
            return "femn"
        if index == first - 1 and doc.tokens[index].feats.get("Case") != "Gen":
            return None
    return None


def _written_forms(group: Group) -> set[str]:
    """How the group's mentions are written, letter case and ё aside: a group all of whose forms another group writes
    too, or writes as its name, reads the same words as that group (`merge_gender_readings`)."""
    return {fold(mention.span.text.lower()) for mention in group.mentions}


def _reading_gender(name: str) -> str | None:
    """The gender a person's name in the nominative carries ("Валерия Адамова" femn, "Валерий Адамов" masc), by its
    first name, patronymic or surname (`naming.name_gender`); None where nothing shows it."""
    return name_gender([Token(0, len(word), word, feats={"Case": "Nom"}) for word in name.split()])


def _reading_words(name: str, other: str) -> dict[str, str]:
    """Each word of a name paired with the word of the other reading of the same written words: by position where
    the two have as many words, else by the first three letters ("Воеводина" -> "Воеводин")."""
    words, others = name.split(), other.split()
    if len(words) == len(others):
        return dict(zip(words, others, strict=True))
    return {word: match for word in words
            for match in [next((o for o in others if fold(o.lower())[:3] == fold(word.lower())[:3]), word)]}


@rule("entities")
def feminine_group_names(doc: Document, groups: list[Group]) -> list[Group]:
    """A woman's name read as a man's oblique one where its own clause showed no gender is read again by the
    person's other mentions: where at least `AGREED_PREDICATES` predicates of the person agree, all in the feminine
    ("Александра отказалась", "Панфилова уточнила"), a mention whose first word is a woman's nominative and a man's
    genitive alike ("Пресс-секретарь группы Александра Панфилова, жена Кинчева": `woman_or_man_oblique`) and was
    named as the man's ("Александр Панфилов") names the woman: "Александра Панфилова". Not beside a last word that is
    a man's genitive surname ("Ивана Трампа")."""
    for group in groups:
        if group.type != "PER" or agreed_gender(doc, group) != "femn":
            continue
        for mention in group.mentions:
            tokens = mention.tokens
            if not woman_or_man_oblique(tokens[0].text) or fold(mention.name.split()[0]) == fold(tokens[0].text) \
                    or any(_masculine_genitive_surname(token.text) for token in tokens[1:]):
                continue
            feminine = [replace(token, feats={**token.feats, "Case": "Nom", "Gender": "Fem"}) for token in tokens]
            name = canonical_name("PER", feminine, True)
            fired("entities", feminine_group_names, mention.span.start, mention.span.end,
                  f"{mention.name!r} -> {name!r}: the person's predicates agree in the feminine")
            mention.name, mention.key, mention.tokens = name, name_key("PER", name), feminine
    return groups


MergeRule = Callable[[Document, list[Group]], list[Group]]

# The merge rules, in order: each joins the groups of mentions that name one referent.
MERGE_RULES: tuple[MergeRule, ...] = (merge_inflected, merge_spelling_variants, merge_partial_names, merge_acronyms,
                                      merge_clipped_compounds,
                                      merge_named_aliases, merge_scoped_bodies, merge_head_nouns,
                                      merge_short_org_names,
                                      merge_place_short_forms, merge_region_short_forms, merge_dedicated_institutes,
                                      merge_gender_readings,
                                      feminine_group_names)
