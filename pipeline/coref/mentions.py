"""The anaphors of a document: pronouns, reflexives, relatives and descriptions, with their agreement features."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.coref.lexicon import (
    AGED_PERSON_NOUNS,
    NEW_MARKERS,
    ORGANIZATION_KINDS,
    PERSON_ROLES,
    PLACE_KINDS,
)
from pipeline.coref.narrative import narrative_index
from pipeline.document import Document, Span, Token
from pipeline.entities.lexicon import CAPITALS, COUNTRY_ADJECTIVES
from pipeline.lang.fold import fold
from pipeline.lang.grammemes import MODIFIER_POS
from pipeline.lang.lexicon import (
    AGE_ADJECTIVE,
    ANAPHORIC_RELATIVE_PRONOUNS,
    CLIENT_NOUNS,
    COPULAR_VERBS,
    DEFENDANT_NOUNS,
    DEMONSTRATIVE_CLOSERS,
    DEMONSTRATIVE_PRONOUNS,
    EVENT_NOUN_LEMMAS,
    GAME_NOUNS,
    GENERIC_PERSON_NOUNS,
    HYPERNYM_SOURCE_NOUNS,
    KINSHIP_NOUNS,
    LAST_NAMED_LEMMAS,
    MASC_OR_NEUT_PRONOUNS,
    MONTHS,
    NAMING_LINK_VERBS,
    ORGANIZATION_KIND_NOUNS,
    ORGANIZATION_NOUNS,
    PLACE_NOUNS,
    PLAINTIFF_NOUNS,
    POINTING_WORDS,
    REFLEXIVE_PRONOUNS,
    RELATION_NOUNS,
    RELATIVE_PLACE_WORDS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    SIDE_NOUNS,
    SPEAKER_ROLE_NOUNS,
    STATE_PERSON_STEMS,
    SWITCH_DEMONSTRATIVE_FORMS,
    THING_VERBAL_NOUNS,
    THIRD_PERSON_PRONOUNS,
    UNNAMED_STATE_NOUNS,
    VERBLESS_ACT_NOUNS,
)
from pipeline.lang.marks import CLOSING_QUOTE_MARKS, DASH_TOKENS, NAME_OPENING_MARKS, OPENING_QUOTE_MARKS
from pipeline.lang.roles import role_reading
from pipeline.lang.tree import children, folded_words_and_lemmas, range_head, word_before
from pipeline.morphology import UD_GENDER_TO_OPENCORPORA, token_gender, verbal_noun
from pipeline.rules import rule

# the forms and lemmas without which pronoun_at finds no pronoun
PRONOUN_FORMS = frozenset(THIRD_PERSON_PRONOUNS) | RELATIVE_PLACE_WORDS | SWITCH_DEMONSTRATIVE_FORMS
PRONOUN_LEMMAS = REFLEXIVE_PRONOUNS | ANAPHORIC_RELATIVE_PRONOUNS | LAST_NAMED_LEMMAS
PERSON_CATEGORIES = ("person", "person_noun", "introduced_person")
UD_GENDER = UD_GENDER_TO_OPENCORPORA  # slovnet Gender -> pymorphy3 gender (the one table is morphology's)
COMPLEMENT_REACH = 3  # words of a genitive complement kept in a description ("глава | российского МИД")
APPOSITION_PUNCT = frozenset({",", "("}) | DASH_TOKENS
BARE_MODIFIERS = DEMONSTRATIVE_PRONOUNS | POINTING_WORDS | frozenset({"сам"})
# "это" is the lemma the morphology gives the determiner's masculine and neuter oblique forms ("этого ведомства", "в
# этом городе"): a lexicon's description takes it as "этот". Not `kind_noun_at` nor `resolve.pointing`: there it
# added more wrong links than right ones on the rucoco dev part (coref51).
DESCRIPTION_MODIFIERS = BARE_MODIFIERS | frozenset({"это"})
PREDICATIVE_VERBS = COPULAR_VERBS | NAMING_LINK_VERBS | frozenset({
    "быть", "назначить", "назначать", "избрать", "избирать", "работать", "служить", "остаться", "оставаться",
    "считать", "считаться", "выбрать", "утвердить"})


@dataclass(slots=True)
class Anaphor:
    """A mention that may refer to an entity: where it is, what it is and the features agreement checks."""

    head: int  # token index
    start: int
    end: int
    kind: str  # "pronoun" | "description"
    category: str  # "personal" | "reflexive" | "relative" | "place_relative" | "person" | "person_noun" |
    #                "introduced_person" | "country_side" | "organization" | "place" | "introduced_kind" |
    #                "apposition" | "first_person" | "our_country" | "owned_country" | "capital"
    lemma: str
    gender: str  # "masc" | "femn" | "neut" | "" (unknown)
    number: str  # "sing" | "plur"
    sentence: int
    either_gender: bool = False  # "его": masculine or neuter
    complement: int | None = None  # the genitive noun of a description ("президент | России")
    narrative: int = -1  # the sentence's index among the story's sentences (pipeline/coref/narrative.py)

    def text(self, doc: Document) -> str:
        """The anaphor's text."""
        return doc.text[self.start : self.end]


def lemma_of(token: Token) -> str:
    """A token's folded lemma."""
    return fold(token.lemma or token.text.lower())


def covered_tokens(doc: Document) -> set[int]:
    """Tokens inside a name mention: never anaphors of their own."""
    return set(name_types(doc))


def name_types(doc: Document) -> dict[int, str]:
    """Token index -> the type of the entity whose name mention holds it."""
    types: dict[int, str] = {}
    for entity in doc.entities:
        for mention in entity.mentions:
            index = doc.token_at(mention.start)
            while index < len(doc.tokens) and doc.tokens[index].start < mention.end:
                types.setdefault(index, entity.type)
                index += 1
    return types


def role_tokens(doc: Document) -> set[int]:
    """Tokens inside the role phrases the entities stage attached to persons ("президент Азербайджана | Ильхам
    Алиев", "Алиев, | глава государства"): an introduction, no reference of its own."""
    found: set[int] = set()
    for entity in doc.entities:
        for role in entity.role_spans:
            found.update(range(doc.token_at(role.start), doc.token_at(role.end)))
    return found


def person_tokens(doc: Document) -> set[int]:
    """Tokens inside a person's name mention."""
    found: set[int] = set()
    for entity in doc.entities:
        if entity.type == "PER":
            for mention in entity.mentions:
                found.update(range(doc.token_at(mention.start), doc.token_at(mention.end)))
    return found


def find_anaphors(doc: Document, kinds: dict[str, list[tuple[int, int]]] | None = None) -> list[Anaphor]:
    """Every anaphor of the document, in text order; `kinds` is the document's `introducing_nouns` when the caller
    has built it (the resolution, which reads it again), else it is built here."""
    types = name_types(doc)
    covered = set(types)
    persons = person_tokens(doc)
    roles = role_tokens(doc)
    story = narrative_index(doc)
    if kinds is None:
        kinds = introducing_nouns(doc)
    found = []
    # the tokens any of the three can take: a pronoun's form or lemma (pronoun_at), "сторона" (country_side_at), a
    # noun (description_at); the folded words and lemmas are the document's shared ones (`lemma_of` of each token)
    pronoun_forms, pronoun_lemmas = PRONOUN_FORMS, PRONOUN_LEMMAS  # read here, where the gate test opens them
    words = zip(doc.tokens, *folded_words_and_lemmas(doc), strict=True)
    for index, (token, word, lemma) in enumerate(words):
        if index in covered or (token.pos != "NOUN" and word not in pronoun_forms and lemma not in pronoun_lemmas
                                and lemma not in SIDE_NOUNS and not word.startswith(STATE_PERSON_STEMS)
                                and not (token.pos == "PROPN" and _sentence_first_noun(doc, index))):
            continue
        anaphor = pronoun_at(doc, index) or country_side_at(doc, index) or country_place_at(doc, index) \
            or description_at(doc, index, types, covered) or client_noun_at(doc, index, types, covered) \
            or person_noun_at(doc, index, types, covered) \
            or newcomer_noun_at(doc, index, types, covered) or kind_noun_at(doc, index, types, covered, kinds) \
            or state_person_at(doc, index)
        if anaphor is not None and anaphor.category in PERSON_CATEGORIES \
                and (index in roles or _beside_name(doc, anaphor, persons)):
            continue  # the role introduces a name; a place or body inside it still refers ("глава | республики")
        if anaphor is not None:
            anaphor.narrative = story[anaphor.sentence]
            found.append(anaphor)
    return found


def country_side_at(doc: Document, index: int) -> Anaphor | None:
    """"российская сторона", "украинской стороны": a country's side in talks, the country itself (lemma: the
    country's name, from the adjective)."""
    token = doc.tokens[index]
    if lemma_of(token) not in SIDE_NOUNS or token.feats.get("Number") == "Plur" or index == 0:
        return None
    adjective = doc.tokens[index - 1]
    country = COUNTRY_ADJECTIVES.get(lemma_of(adjective))
    if country is None or adjective.head != index:
        return None
    return Anaphor(index, adjective.start, token.end, "description", "country_side", country, "femn", "sing",
                   token.sentence)


OUR_COUNTRY_NOUNS = UNNAMED_STATE_NOUNS
CAPITAL_NOUNS = frozenset({"столица"})
COUNTRY_ANAPHOR_NOUNS = OUR_COUNTRY_NOUNS | CAPITAL_NOUNS
OWNED_COUNTRY_NOUNS = frozenset({"страна"})  # "свою страну", "его страна": the owner's country ("государство" is
# as often the institution)
OWNER_FORMS = frozenset({"его", "ее", "их"})  # the possessive forms before "страна" (folded: "её" is "ее")


def country_place_at(doc: Document, index: int) -> Anaphor | None:
    """"наша страна" (category "our_country"), "свою страну", "его страна" (category "owned_country") and a
    capital by its country's adjective, "испанская столица" (category "capital", lemma: the capital's name),
    singular, the modifier right before the noun."""
    token = doc.tokens[index]
    if token.pos != "NOUN" or token.feats.get("Number") == "Plur" or index == 0:
        return None
    lemma = lemma_of(token)
    if lemma not in COUNTRY_ANAPHOR_NOUNS:
        return None
    if lemma in CAPITAL_NOUNS and (named := _capital_of_named_country(doc, index)) is not None:
        return named
    modifier = doc.tokens[index - 1]
    if modifier.head != index or modifier.sentence != token.sentence:
        return None
    if lemma in OUR_COUNTRY_NOUNS and lemma_of(modifier) == "наш":
        return Anaphor(index, modifier.start, token.end, "description", "our_country", lemma, "", "sing",
                       token.sentence)
    if lemma in OWNED_COUNTRY_NOUNS and (lemma_of(modifier) == "свой" or fold(modifier.text.lower()) in OWNER_FORMS):
        return Anaphor(index, modifier.start, token.end, "description", "owned_country", lemma, "", "sing",
                       token.sentence)
    capital = CAPITALS.get(COUNTRY_ADJECTIVES.get(lemma_of(modifier), ""))
    if lemma in CAPITAL_NOUNS and capital:
        return Anaphor(index, modifier.start, token.end, "description", "capital", capital, "femn", "sing",
                       token.sentence)
    return None


def _capital_of_named_country(doc: Document, index: int) -> Anaphor | None:
    """"столица Китая", "столицы Южной Кореи": the noun and the country's name right after it, as a capital; not
    with an adjective of its own ("летняя столица России", "северная столица": another city so called)."""
    if index + 1 >= len(doc.tokens) or doc.tokens[index + 1].feats.get("Case") != "Gen" \
            or (doc.tokens[index - 1].pos == "ADJ" and doc.tokens[index - 1].head == index):
        return None
    start = doc.tokens[index + 1].start
    for entity in doc.entities:
        capital = CAPITALS.get(entity.name) if entity.type == "LOC" else None
        mention = next((m for m in entity.mentions if m.start == start and m.kind == "name"), None)
        if capital and mention is not None:
            token = doc.tokens[index]
            return Anaphor(index, token.start, mention.end, "description", "capital", capital, "femn", "sing",
                           token.sentence)
    return None


def pronoun_at(doc: Document, index: int) -> Anaphor | None:
    """A third-person, reflexive or relative pronoun at token `index`."""
    token = doc.tokens[index]
    form = fold(token.text)
    lemma = lemma_of(token)
    if form not in PRONOUN_FORMS and lemma not in PRONOUN_LEMMAS:
        return None  # most tokens: no pronoun below can match
    number = "plur" if token.feats.get("Number") == "Plur" else "sing"
    gender = UD_GENDER.get(token.feats.get("Gender", ""), "")
    if form in THIRD_PERSON_PRONOUNS and token.pos in ("PRON", "DET"):
        gender, number = THIRD_PERSON_PRONOUNS[form]
        if token.feats.get("Number") == "Plur" and form not in ("его", "ее", "её"):
            gender, number = "", "plur"
        return Anaphor(index, token.start, token.end, "pronoun", "personal", form, gender, number, token.sentence,
                       either_gender=form in MASC_OR_NEUT_PRONOUNS)
    if lemma in REFLEXIVE_PRONOUNS and token.pos in ("PRON", "DET"):
        return Anaphor(index, token.start, token.end, "pronoun", "reflexive", lemma, "", "", token.sentence)
    if lemma in ANAPHORIC_RELATIVE_PRONOUNS:
        return Anaphor(index, token.start, token.end, "pronoun", "relative", lemma, gender, number, token.sentence)
    if form in RELATIVE_PLACE_WORDS and token.rel != "root":
        return Anaphor(index, token.start, token.end, "pronoun", "place_relative", form, "", "", token.sentence)
    return demonstrative_at(doc, index, form, lemma)


# the relations of a demonstrative or "последний" that stands for a noun of its own ("тот | согласился", "по словам
# | последнего"); "det" and "amod" hang it on a noun ("тот | случай", "последний | раз")
STANDING_RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod")
PLURAL_ADJECTIVE_ENDINGS = ("ие", "их", "ими")  # "последние", "последних", "последними": the tagger says Sing at times
DEMONSTRATIVE_CLAUSE_OPENERS = RELATIVE_PRONOUNS | frozenset({"что", "чей", "какой", "кого", "чтобы", "как"})


def _elided_time(doc: Document, index: int) -> bool:
    """A time with its noun left out: an accusative after "в" or "на" ("не в последний [раз]") or "до последнего"
    (to the end)."""
    case = doc.tokens[index].feats.get("Case")
    return any(doc.tokens[child].rel == "case" and ((case == "Acc" and lemma_of(doc.tokens[child]) in ("в", "на"))
                                                    or lemma_of(doc.tokens[child]) == "до")
               for child in children(doc)[index])


def demonstrative_at(doc: Document, index: int, form: str, lemma: str) -> Anaphor | None:
    """A demonstrative subject standing alone ("и тот согласился": category "switched", `resolve.switched_subject`)
    or "последний" standing for a noun ("Последний скрывается": category "last_named", `resolve.last_named`);
    singular, masculine or feminine. Not "тот же", "тот или иной", nor a relative clause's head ("тот, кто")."""
    token = doc.tokens[index]
    if token.feats.get("Number") == "Plur" or token.feats.get("Gender") not in ("Masc", "Fem"):
        return None
    if form in SWITCH_DEMONSTRATIVE_FORMS and token.rel.startswith("nsubj"):
        category = "switched"
    elif lemma in LAST_NAMED_LEMMAS and token.rel in STANDING_RELATIONS and token.feats.get("Case") != "Ins" \
            and not form.endswith(PLURAL_ADJECTIVE_ENDINGS) and not _elided_time(doc, index):
        category = "last_named"  # not "последним покинул" (a predicate), "последних" (plural) nor "не в последний"
    else:
        return None
    following = [doc.tokens[i] for i in range(index + 1, min(index + 3, len(doc.tokens)))]
    if following and (fold(following[0].text) in DEMONSTRATIVE_CLOSERS or following[0].pos in ("NOUN", "PROPN")
                      or (following[0].text == "," and len(following) > 1
                          and lemma_of(following[1]) in DEMONSTRATIVE_CLAUSE_OPENERS)):
        return None
    if any(doc.tokens[child].rel.startswith(("acl", "nmod", "obl")) for child in children(doc)[index]):
        return None  # "тот, кто звонил", "последний из них": no one named before
    gender = UD_GENDER.get(token.feats["Gender"], "")
    return Anaphor(index, token.start, token.end, "pronoun", category, lemma, gender, "sing", token.sentence)


def description_at(doc: Document, index: int, types: dict[int, str], covered: set[int]) -> Anaphor | None:
    """A definite description headed by token `index`: a role, organization or place noun, singular, not new
    (`types`: the entity type of each token inside a name; `covered`: those tokens, `set(types)`, built once by
    `find_anaphors`)."""
    token = doc.tokens[index]
    if token.pos != "NOUN" and not _sentence_first_noun(doc, index):
        return None  # most tokens
    first = doc.sentences[token.sentence].token_start == index
    if not (token.text[:1].islower() or first) or token.feats.get("Number") == "Plur":
        return None
    lemma = role_reading(token, PERSON_ROLES)
    aged = lemma in AGED_PERSON_NOUNS and aged_noun(doc, index)
    if lemma in PERSON_ROLES or aged:
        category = "person"
    elif lemma in ORGANIZATION_KINDS:
        category = "organization"
    elif lemma in PLACE_KINDS:
        category = "place"
    else:
        return None
    # a role in the genitive of another person noun is still a reference ("сын бывшего президента Франции", "жена
    # экс-министра", "пресс-секретарь губернатора"); a post's or deputy's genitive names the office (`post_of_role`)
    if _is_new(doc, index) or _names_follow(doc, index, types, category) or _predicative(doc, index):
        return None
    start = _first_modifier(doc, index, covered)
    if category == "person" and counted(doc, start, index):
        return None  # "два депутата", "оба президента": several people, no one named before
    complement, last = _complement(doc, index, covered)
    if category == "person" and lemma in KINSHIP_NOUNS and complement is not None:
        return None  # "сын архитектора": someone related to the genitive, no reference back
    if category != "person" and (complement is not None or not (_bare(doc, start, index, DESCRIPTION_MODIFIERS)
                                                              or place_modified_team(doc, start, index)
                                                              or country_modified_organization(doc, start, index)
                                                              or field_modified_organization(doc, start, index))):
        return None  # "служба безопасности", "Московская область": a name or a new body, no reference back
    # a masculine role noun may name a woman ("президент"), a feminine one never a man ("актриса"); a generic
    # person noun has its own gender ("мужчина")
    own = UD_GENDER.get(token.feats.get("Gender", ""), "") if aged else ""
    gender = subject_verb_gender(doc, index) or own or ("femn" if token.feats.get("Gender") == "Fem" else "")
    return Anaphor(index, doc.tokens[start].start, doc.tokens[last].end, "description", category, lemma, gender,
                   "sing", token.sentence, complement=complement)


# the relations of a participle or adjective that stands for a noun ("задержанный | заявил", "тело | погибшей",
# "защите и | обвиняемому"); "amod" and "acl" hang it on a noun of its own ("задержанный | мужчина")
STATE_NOUN_RELATIONS = ("nsubj", "obj", "iobj", "obl", "nmod", "conj")
STATE_WORD_POS = frozenset({"ADJ", "VERB", "NOUN"})  # the tagger takes "обвиняемого" for a noun at times


def state_person_at(doc: Document, index: int) -> Anaphor | None:
    """A participle or adjective used as a noun for someone a happening left in a state (STATE_PERSON_STEMS:
    "задержанный", "обвиняемого", "погибшей", "пострадавшую"), singular, not neuter (a thing: "похищенное",
    "ранение"), in a noun's slot and with no noun of its own: it may stand for the person the story put in that state
    ("задержан Иванов … задержанный заявил"); category "state_person", lemma the word's verb lemma, gender its own."""
    token = doc.tokens[index]
    first = doc.sentences[token.sentence].token_start == index
    if token.pos not in STATE_WORD_POS or not (token.text[:1].islower() or first) \
            or not fold(token.text.lower()).startswith(STATE_PERSON_STEMS) or token.feats.get("Number") != "Sing" \
            or token.feats.get("Variant") == "Short" or not token.rel.startswith(STATE_NOUN_RELATIONS) \
            or token.feats.get("Gender") == "Neut":
        return None  # a neuter one is a thing: "Похищенное не найдено", and the noun "Ранение оказалось тяжелым"
    if any(doc.tokens[child].pos in ("NOUN", "PROPN") and doc.tokens[child].rel.startswith(("appos", "flat"))
           for child in children(doc)[index]):
        return None  # "задержанный Иванов": the name is the mention
    if any(doc.tokens[child].pos == "NUM" or lemma_of(doc.tokens[child]) in NEW_MARKERS
           for child in children(doc)[index]):
        return None  # "ходатайства одного обвиняемого", "каждый задержанный", "другой арестованный": not the one told
    return Anaphor(index, token.start, token.end, "description", "state_person", lemma_of(token),
                   UD_GENDER.get(token.feats.get("Gender", ""), ""), "sing", token.sentence)


# a party's noun -> its category: a lawyer's client, a lawsuit's plaintiff or defendant
PARTY_CATEGORIES = {**dict.fromkeys(CLIENT_NOUNS, "client"), **dict.fromkeys(PLAINTIFF_NOUNS, "plaintiff"),
                    **dict.fromkeys(DEFENDANT_NOUNS, "defendant")}


def client_noun_at(doc: Document, index: int, types: dict[int, str], covered: set[int]) -> Anaphor | None:
    """A lawyer's client ("своего подзащитного", "его подзащитный", "моего доверителя"; CLIENT_NOUNS), singular, with
    its possessive ("его", "моего") and adjectives, not new, not before a name ("его подзащитному Платону Лебедеву":
    the name's phrase), not a predicate: the person whose defence the story names (`resolve.defended_client`);
    category "client", gender the noun's own ("подзащитная" is a woman, "подзащитный" says nothing: a masculine
    noun may name a woman, as "клиент" does). `covered`: `set(types)`, as in `description_at`. A lawsuit's party
    ("истец", "ответчица"; PLAINTIFF_NOUNS, DEFENDANT_NOUNS) is found the same way, category "plaintiff" or
    "defendant" (`resolve.suing_party`)."""
    token = doc.tokens[index]
    first = doc.sentences[token.sentence].token_start == index
    category = PARTY_CATEGORIES.get(lemma_of(token))
    if token.pos != "NOUN" or not (token.text[:1].islower() or first) or token.feats.get("Number") == "Plur" \
            or category is None:
        return None
    if _is_new(doc, index) or _names_follow(doc, index, types, "person") or _predicative(doc, index):
        return None
    start = _first_modifier(doc, index, covered)
    if start > 0 and doc.tokens[start - 1].head == index and doc.tokens[start - 1].sentence == token.sentence \
            and fold(doc.tokens[start - 1].text.lower()) in POSSESSIVE_LEMMAS:
        start -= 1  # "его | подзащитный": the possessive says whose client, and the mention holds it
    gender = "femn" if token.feats.get("Gender") == "Fem" else ""
    return Anaphor(index, doc.tokens[start].start, token.end, "description", category, lemma_of(token), gender,
                   "sing", token.sentence)


# Person nouns of the lexicons: roles, generic persons and unnamed sources have rules of their own (or none).
LEXICON_PERSON_NOUNS = ROLE_NOUNS | SPEAKER_ROLE_NOUNS | GENERIC_PERSON_NOUNS | HYPERNYM_SOURCE_NOUNS


def person_noun_at(doc: Document, index: int, types: dict[int, str], covered: set[int]) -> Anaphor | None:
    """An animate common noun of no person lexicon ("американец", "россиянка", "боевик", "банкир"), singular, bare
    or with adjectives only (no genitive complement: "сын президента" is someone else), not new, not before a
    name: it may stand for the person the story introduced with that very noun ("американца Джона Макинроя …
    для американца"); category "person_noun", gender the noun's own (a masculine demonym is no woman). `covered`:
    `set(types)`, as in `description_at`."""
    token = doc.tokens[index]
    first = doc.sentences[token.sentence].token_start == index
    if token.pos != "NOUN" or not (token.text[:1].islower() or first) or token.feats.get("Number") == "Plur" \
            or token.feats.get("Animacy") != "Anim" or role_reading(token, PERSON_ROLES) in LEXICON_PERSON_NOUNS:
        return None
    if _is_new(doc, index) or _names_follow(doc, index, types, "person") or _predicative(doc, index) \
            or _owned_by_role(doc, index) or _complement(doc, index, covered)[0] is not None \
            or _related(doc, index):
        return None
    start = _first_modifier(doc, index, covered)
    if counted(doc, start, index):
        return None  # "52 лыжницы", "оба боксера": several people
    gender = UD_GENDER.get(token.feats.get("Gender", ""), "")
    return Anaphor(index, doc.tokens[start].start, token.end, "description", "person_noun", lemma_of(token),
                   gender if gender != "neut" else "", "sing", token.sentence)


# Person nouns the lexicons keep from referring back by themselves ("эксперт", "журналист", "судья", "водитель",
# "представитель"): they mostly bring in someone new. Each may still repeat the noun the story introduced a person
# with (`resolve.repeated_introduction`); not a generic person noun ("права человека", "загадочную девушку"), which
# refers back only with an age (`AGED_PERSON_NOUNS`).
NEWCOMER_PERSON_NOUNS = LEXICON_PERSON_NOUNS - PERSON_ROLES - AGED_PERSON_NOUNS


def newcomer_noun_at(doc: Document, index: int, types: dict[int, str], covered: set[int]) -> Anaphor | None:
    """A person noun of NEWCOMER_PERSON_NOUNS, singular, not new, not before a name, no predicate and no one's own
    ("его помощник"), with adjectives and a genitive complement of its own ("член | ЦИК", "представитель | штаба");
    category "introduced_person": it refers back only to a person introduced with that very noun. Gender: its
    verb's ("отметила эксперт"), else a feminine noun's ("представительница")."""
    token = doc.tokens[index]
    first = doc.sentences[token.sentence].token_start == index
    if token.pos != "NOUN" or not (token.text[:1].islower() or first) or token.feats.get("Number") == "Plur" \
            or lemma_of(token).removeprefix("экс-") not in NEWCOMER_PERSON_NOUNS:
        return None
    if _is_new(doc, index) or _names_follow(doc, index, types, "person") or _predicative(doc, index) \
            or _owned_by_role(doc, index) or _owned_or_predicate(doc, index):
        return None
    start = _first_modifier(doc, index, covered)
    if counted(doc, start, index):
        return None  # "два эксперта": several people
    complement, last = _complement(doc, index, covered)
    gender = subject_verb_gender(doc, index) or ("femn" if token.feats.get("Gender") == "Fem" else "")
    return Anaphor(index, doc.tokens[start].start, doc.tokens[last].end, "description", "introduced_person",
                   lemma_of(token).removeprefix("экс-"), gender, "sing", token.sentence, complement=complement)


def _owned_or_predicate(doc: Document, head: int) -> bool:
    """A possessive's noun or a predicate ("его помощник", "был водителем"): `_related` without the nouns of
    relation, which `repeated_introduction` lets repeat an introduction ("представитель штаба")."""
    token = doc.tokens[head]
    return token.feats.get("Case") == "Ins" or any(
        is_possessive(doc, child) or doc.tokens[child].rel == "cop" for child in children(doc)[head])


# the appositive relations of a name to the noun of its kind before it ("станция | «Мир»", "остров | Кипр")
APPOSITIVE_RELATIONS = ("appos", "flat")


def introducing_nouns(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """lemma -> (entity, noun token) for each inanimate common noun that introduces an organization's or place's name
    right after it, past its quotation marks, as the name's kind: "станция «Мир»", "корабль «Прогресс»", "портал
    Lenta.ru", "остров Кипр". The name hangs on the noun as its apposition in the noun's case, or is a quoted name
    in the nominative ("на станции «Мир»"); a genitive is a complement, no introduction ("бюджет | Пенсионного
    фонда", "затмение | Солнца")."""
    found: dict[str, list[tuple[int, int]]] = {}
    for number, entity in enumerate(doc.entities):
        if entity.type not in ("ORG", "LOC"):
            continue
        for mention in entity.mentions:
            if mention.kind != "name":
                continue
            for noun in (_introducing_noun(doc, mention), name_head_noun(doc, mention)):
                if noun is not None:
                    found.setdefault(lemma_of(doc.tokens[noun]), []).append((number, noun))
    return found


@rule("coref")
def name_head_noun(doc: Document, mention: Span) -> int | None:
    """The common noun heading an organization's or place's name of several words is its kind noun.

    As a noun before a name is ("станция «Мир»"), so the name's own head is what the bare noun later refers back
    with: "Международная космическая станция … на станции", "Североатлантический альянс … альянс", "Черное море …
    на море". A lowercase singular inanimate noun, the one token of the name the parse hangs outside it (a
    capitalized head, "Ближний Восток", is a name of its own; the name's first word, "Гильдия актеров", heads it
    only when a genitive of the name completes it); no event noun. None when the name has no such head."""
    first, last = doc.token_at(mention.start), doc.token_at(mention.end)
    if last - first < 2:
        return None
    inside = range(first, last)
    index = range_head(doc, inside)
    if doc.tokens[index].head in inside \
            or any(doc.tokens[other].head not in inside for other in range(index + 1, last)):
        return None  # no head, or more than one
    head = doc.tokens[index]
    if head.pos != "NOUN" or head.feats.get("Number") == "Plur" or head.feats.get("Animacy") == "Anim" \
            or not (head.text[:1].islower() or (index == first and _completed_in_name(doc, first, last))) \
            or happening_noun(lemma_of(head)):
        return None
    return index


def _completed_in_name(doc: Document, first: int, last: int) -> bool:
    """The name's first word has a genitive noun of the name after it ("Гильдия | актеров", "Служба | занятости")."""
    return any(doc.tokens[index].head == first and doc.tokens[index].feats.get("Case") == "Gen"
               and doc.tokens[index].pos == "NOUN" for index in range(first + 1, last))


def _introducing_noun(doc: Document, mention: Span) -> int | None:
    """The kind noun right before a name mention (see `introducing_nouns`), None when there is none."""
    first = doc.token_at(mention.start)
    index = word_before(doc, first, NAME_OPENING_MARKS)
    if index < 0 or first - index > 2:
        return None
    noun, name = doc.tokens[index], doc.tokens[first]
    if noun.pos != "NOUN" or noun.feats.get("Animacy") == "Anim" or noun.sentence != name.sentence \
            or not (noun.text[:1].islower() or doc.sentences[noun.sentence].token_start == index) \
            or happening_noun(lemma_of(noun)):
        return None
    heads = [i for i in range(first, doc.token_at(mention.end)) if doc.tokens[i].head == index]
    case = name.feats.get("Case", "")
    appositive = any(doc.tokens[i].rel.startswith(APPOSITIVE_RELATIONS) for i in heads) \
        and case in ("", noun.feats.get("Case"))
    quoted = first - index == 2 and bool(heads) and case in ("", "Nom")
    return index if appositive or quoted else None


HAPPENING_NOUNS = EVENT_NOUN_LEMMAS | GAME_NOUNS
THING_NOUNS = THING_VERBAL_NOUNS | PLACE_NOUNS | ORGANIZATION_NOUNS
ACTION_ENDINGS = ("ние", "тие")  # "соглашение", "название", "расследование": a deverbal noun of an act


def happening_noun(lemma: str) -> bool:
    """A noun of an event, a game or an act ("саммит", "матч", "поражение", "соглашение", "название"): a name beside
    it is what the event involves or how it is called ("саммит G7", "под названием «РосПил»"), not its kind. A noun
    in -ние/-тие is an act only when made from a verb the dictionary knows (`verbal_noun`: not "здание",
    "предприятие") and its common sense is no thing, body or place (THING_VERBAL_NOUNS, PLACE_NOUNS,
    ORGANIZATION_NOUNS: "учреждение", "помещение", "издание")."""
    return lemma in HAPPENING_NOUNS or (lemma.endswith(ACTION_ENDINGS) and lemma not in THING_NOUNS
                                        and (lemma in VERBLESS_ACT_NOUNS or verbal_noun(lemma)))


# Nouns with rules of their own: the lexicons' organization, place and person nouns.
OWN_RULE_NOUNS = ORGANIZATION_KINDS | PLACE_KINDS | PERSON_ROLES | frozenset(ORGANIZATION_KIND_NOUNS)


def kind_noun_at(doc: Document, index: int, types: dict[int, str], covered: set[int],
                 kinds: dict[str, list[tuple[int, int]]]) -> Anaphor | None:
    """A bare singular inanimate noun of no lexicon that an organization's or place's name was introduced with
    before it ("станция «Мир» … станция", "корабль «Прогресс» … корабль"; `kinds`: `introducing_nouns`): category
    "introduced_kind". Not new, not before a name of its own, no predicate, no genitive complement. `covered`:
    `set(types)`, as in `description_at`."""
    token = doc.tokens[index]
    lemma = lemma_of(token)
    first = doc.sentences[token.sentence].token_start == index
    if token.pos != "NOUN" or lemma not in kinds or lemma in OWN_RULE_NOUNS \
            or not (token.text[:1].islower() or first) \
            or token.feats.get("Number") == "Plur" or token.feats.get("Animacy") == "Anim" \
            or all(noun >= index for _, noun in kinds[lemma]):
        return None
    if index + 1 in covered or _is_new(doc, index) or _predicative(doc, index) \
            or _complement(doc, index, covered)[0] is not None:
        return None
    following = index + 1
    while following < len(doc.tokens) and doc.tokens[following].text in NAME_OPENING_MARKS:
        following += 1
    if following in covered or following > index + 1 or (following < len(doc.tokens)
                                                         and doc.tokens[following].text[:1].isupper()):
        return None  # it introduces a name of its own ("автомобилем Skoda Octavia", "гостиницы «Интурист»")
    if _measure(doc, index):
        return None
    start = _first_modifier(doc, index, covered)
    if not _bare(doc, start, index):
        return None
    return Anaphor(index, doc.tokens[start].start, token.end, "description", "introduced_kind", lemma, "", "sing",
                   token.sentence)


def _measure(doc: Document, index: int) -> bool:
    """An instrumental kind noun with a number after it, right after it or past one preposition or adverb, gives a
    size and refers to no place: "участок площадью 500 кв. м" (not "Красная площадь"), "помещений площадью в 711
    метров", "двигался со скоростью 100 км/ч". In another case the number is not the noun's ("на борту самолета
    298 человек", "выделить альянсу 24 тысячи тонн", "перенос миссии на 2020 год"). A number a month name or
    "год" follows is a date, no size: "удары, нанесённые альянсом 24 марта"."""
    if doc.tokens[index].feats.get("Case") != "Ins":
        return False
    following = index + 1
    if following < len(doc.tokens) and doc.tokens[following].pos in ("ADP", "ADV"):
        following += 1
    if following + 1 < len(doc.tokens) and (doc.tokens[following + 1].text.lower() in MONTHS
                                            or lemma_of(doc.tokens[following + 1]) == "год"):
        return False
    return following < len(doc.tokens) and doc.tokens[following].sentence == doc.tokens[index].sentence \
        and (doc.tokens[following].pos == "NUM" or doc.tokens[following].text[:1].isdigit())


COUNTING_WORDS = frozenset({"оба", "обе", "два", "две", "три", "четыре"})
POSSESSIVE_LEMMAS = frozenset({"его", "ее", "их", "свой", "мой", "наш", "твой", "ваш"})


def is_possessive(doc: Document, index: int) -> bool:
    """The token is a possessive ("его", "ее", "своего", "моей"): by its lemma or its folded form."""
    return lemma_of(doc.tokens[index]) in POSSESSIVE_LEMMAS or fold(doc.tokens[index].text) in POSSESSIVE_LEMMAS


def counted(doc: Document, start: int, head: int) -> bool:
    """A numeral or a counting word among a person noun's modifiers ("52 лыжницы", "два депутата", "оба
    президента"): several people, no one person's mention. Not an age or a year the tagger takes for a numeral
    ("78-летний глава правительства", "в 2008-м чиновник"): a hyphenated word counts no one."""
    return any((doc.tokens[i].pos == "NUM" and "-" not in doc.tokens[i].text)
               or lemma_of(doc.tokens[i]) in COUNTING_WORDS for i in range(start, head))


def _related(doc: Document, head: int) -> bool:
    """A person noun that says how someone stands to another person or is a predicate, no description of its own:
    a noun of relation ("преемник", "соперница", "коллега"), a possessive's ("его подзащитный", "мой зять"), an
    instrumental or a copula's predicate ("был агентом MI6", "работал инструктором")."""
    token = doc.tokens[head]
    if lemma_of(token) in RELATION_NOUNS or token.feats.get("Case") == "Ins":
        return True
    return any(is_possessive(doc, child) or doc.tokens[child].rel == "cop" for child in children(doc)[head])


def aged_noun(doc: Document, head: int) -> bool:
    """An age adjective modifies the noun ("42-летняя | женщина", "сорокалетний | мужчина")."""
    return age_adjective(doc, head) is not None


def age_adjective(doc: Document, head: int) -> str | None:
    """The folded age adjective among the three words before the noun that modifies it ("42-летняя"), or None."""
    return next((word for i in range(max(0, head - 3), head)
                 if doc.tokens[i].head == head and AGE_ADJECTIVE.match(word := fold(doc.tokens[i].text))), None)


def _sentence_first_noun(doc: Document, index: int) -> bool:
    """A capitalized common noun opening a sentence that the tagger took for a name ("Полпред объявил…",
    "Правительство склоняется…"): PROPN, first in its sentence, and a noun of the description lexicons."""
    token = doc.tokens[index]
    return token.pos == "PROPN" and doc.sentences[token.sentence].token_start == index \
        and lemma_of(token).lower() in PERSON_ROLES | ORGANIZATION_KINDS | PLACE_KINDS


def subject_verb_gender(doc: Document, index: int) -> str:
    """The gender a subject's past-tense verb shows ("политик поздравил" -> masc), "" when it shows none."""
    token = doc.tokens[index]
    if not token.rel.startswith("nsubj") or not 0 <= token.head < len(doc.tokens):
        return ""
    return token_gender(doc, token.head)


def _bare(doc: Document, start: int, head: int, modifiers: frozenset[str] = BARE_MODIFIERS) -> bool:
    """Nothing before the head but demonstratives ("этот суд", "сама компания"); `modifiers`: the words allowed."""
    return all(lemma_of(doc.tokens[i]) in modifiers for i in range(start, head))


PLACE_ADJECTIVE_ENDINGS = ("ский", "цкий", "ской")  # "казанский", "мадридский", "немецкий": of a place


def place_modified_team(doc: Document, start: int, head: int) -> bool:
    """A team noun whose modifiers are adjectives of a place only ("казанского клуба", "мадридская команда",
    "греческого клуба"): the news name a team by its city or country, the phrase refers back as the bare noun does."""
    if start >= head or ORGANIZATION_KIND_NOUNS.get(lemma_of(doc.tokens[head])) != "team":
        return False
    return all(doc.tokens[index].pos == "ADJ" and lemma_of(doc.tokens[index]).endswith(PLACE_ADJECTIVE_ENDINGS)
               for index in range(start, head))


def country_modified_organization(doc: Document, start: int, head: int) -> bool:
    """An organization noun whose modifiers are a pointing word and country adjectives only ("итальянская газета",
    "британской авиакомпании", "этой японской корпорации"): the news name a body they spoke of by its country, the
    phrase refers back as the bare noun does; `resolve.country_unshown` links it only to a body the text shows to
    be of that country."""
    if start >= head or lemma_of(doc.tokens[head]) not in ORGANIZATION_KINDS:
        return False
    adjectives = [index for index in range(start, head) if lemma_of(doc.tokens[index]) not in DESCRIPTION_MODIFIERS]
    return bool(adjectives) and all(doc.tokens[index].pos == "ADJ" and lemma_of(doc.tokens[index]) in COUNTRY_ADJECTIVES
                                    for index in adjectives)


def description_adjectives(doc: Document, start: int, head: int) -> list[int] | None:
    """The adjectives before an organization noun, past pointing words ("этой | нефтяной компании"); None when
    another word stands there."""
    adjectives = [index for index in range(start, head) if lemma_of(doc.tokens[index]) not in DESCRIPTION_MODIFIERS]
    return adjectives if all(doc.tokens[index].pos == "ADJ" for index in adjectives) else None


def field_modified_organization(doc: Document, start: int, head: int) -> bool:
    """An organization noun with adjectives, not of a country only ("нефтяной компании", "государственного банка",
    "частной клиники"; not a team's city, `place_modified_team`): it refers back only to a body the text introduced
    with that very phrase ("нефтяная компания «ЮКОС» … нефтяной компании"; `resolve.repeated_organization`); else it
    names a new body or a kind."""
    if start >= head or lemma_of(doc.tokens[head]) not in ORGANIZATION_KINDS:
        return False
    return bool(description_adjectives(doc, start, head)) and not country_modified_organization(doc, start, head) \
        and not place_modified_team(doc, start, head)


def introduction_adjectives(doc: Document, noun: int) -> set[str]:
    """The adjectives' lemmas of the noun that introduced or heads an organization's name ("нефтяная | компания
    «ЮКОС»", "Международная космическая | станция")."""
    return {lemma_of(doc.tokens[child]) for child in children(doc)[noun]
            if doc.tokens[child].pos == "ADJ" and doc.tokens[child].rel.startswith("amod")}


def _is_new(doc: Document, head: int) -> bool:
    """"один из министров", "другая компания", "любой город": someone or something new."""
    markers = NEW_MARKERS - WHOLE_PLACE if lemma_of(doc.tokens[head]) in PLACE_KINDS else NEW_MARKERS
    for child in children(doc)[head]:
        if lemma_of(doc.tokens[child]) in markers:
            return True
    previous = doc.tokens[head - 1] if head > 0 else None
    return previous is not None and lemma_of(previous) in markers \
        and previous.sentence == doc.tokens[head].sentence


# "вся страна", "по всей стране", "всего региона": the whole of a place named before, no new one (a singular place
# noun; "все страны", "любой город" stay new).
WHOLE_PLACE = frozenset({"весь"})


def _beside_name(doc: Document, anaphor: Anaphor, persons: set[int]) -> bool:
    """A role in apposition to a name: right after it ("Аслан Абашидзе — глава автономии") or before it past its
    own genitive ("глава государственной компании Анатолий Чубайс")."""
    before = word_before(doc, doc.token_at(anaphor.start), APPOSITION_PUNCT)
    after = doc.token_at(anaphor.end)
    while after < len(doc.tokens) and doc.tokens[after].text in OPENING_QUOTE_MARKS:
        after += 1
    return before in persons or after in persons


def _predicative(doc: Document, head: int) -> bool:
    """"стал главой", "назначен командующим", "был признан лучшим актером", "известна как певица": a role given,
    not a reference."""
    token = doc.tokens[head]
    if _as_phrase(doc, head):
        return True
    if token.feats.get("Case") == "Nom" and _own_subject(doc, head):
        return True
    if token.feats.get("Case") != "Ins" and not token.rel.startswith("xcomp"):
        return False
    verb = token.head
    return token.rel.startswith("xcomp") or (0 <= verb < len(doc.tokens)
                                             and lemma_of(doc.tokens[verb]) in PREDICATIVE_VERBS) \
        or _copular(doc, head)


AS_WORDS = frozenset({"как"})
SERIES_POS = frozenset({"PUNCT", "CCONJ"})  # the commas and conjunctions of a series of modifiers
SERIES_MODIFIER_POS = MODIFIER_POS | SERIES_POS  # a modifier of a noun or a comma or conjunction between two


def _as_phrase(doc: Document, head: int) -> bool:
    """A noun that "как" introduces says in what role someone acts or is known: "известна как певица", "развернулся
    как тренер", "Как президент я не могу…" (the parse hangs "как" on the noun; only the noun's own modifiers
    between, with their conjuncts: "воспринимали как значимого, серьезного и влиятельного политика"). "Как сообщил
    президент" ("как" is the verb's) is a reference."""
    index = head - 1
    while index >= 0 and _noun_modifier(doc, index, head):
        index -= 1
    return index >= 0 and doc.tokens[index].head == head and fold(doc.tokens[index].text) in AS_WORDS


def _noun_modifier(doc: Document, index: int, head: int) -> bool:
    """A modifier of the noun `head` before it, or a conjunct, comma or conjunction of one ("значимого , серьезного и
    влиятельного политика"): its heads lead to the noun through tokens before it."""
    if doc.tokens[index].pos not in SERIES_MODIFIER_POS:
        return False
    current = index
    for _ in range(head):  # bounded: a cycle of heads ends the walk
        current = doc.tokens[current].head
        if not 0 <= current < head:
            break
    return current == head


def _copular(doc: Document, head: int) -> bool:
    """An instrumental noun with a copula of its own is the clause's predicate: "Дерипаска был гендиректором",
    "Кучма, будучи президентом, …", "быть актрисой нелегко", "кто будет главным тренером" say what someone is or
    was, they refer back to no one (the parse makes the noun the clause's head and the copula its child)."""
    sentence = doc.sentences[doc.tokens[head].sentence]
    return any(doc.tokens[index].head == head and doc.tokens[index].rel == "cop"
               for index in range(sentence.token_start, sentence.token_end))


def _own_subject(doc: Document, head: int) -> bool:
    """A nominative noun with a subject of its own is the predicate of a clause with no verb: "Россия — страна
    большая", "Она настоящая актриса", "«Евроцемент» — холдинг по производству цемента" say what the subject is,
    they refer back to nothing."""
    sentence = doc.sentences[doc.tokens[head].sentence]
    return any(doc.tokens[index].head == head and doc.tokens[index].rel.startswith("nsubj")
               and doc.tokens[index].pos in ("NOUN", "PROPN", "PRON")
               for index in range(sentence.token_start, sentence.token_end))


def _owned_by_role(doc: Document, head: int) -> bool:
    """"заместитель гендиректора": the genitive role belongs to someone else's title."""
    owner = doc.tokens[head].head
    return doc.tokens[head].feats.get("Case") == "Gen" and 0 <= owner < len(doc.tokens) \
        and lemma_of(doc.tokens[owner]) in PERSON_ROLES


NAMED_TYPE = {"person": "PER", "organization": "ORG", "place": "LOC"}


def _names_follow(doc: Document, head: int, types: dict[int, str], category: str) -> bool:
    """"президент Ильхам Алиев", "компания «Газпром»", "город Актау": the noun introduces the name of its kind
    right after it (the roles of the entities stage); it is no reference back. A name of another kind is its
    complement ("президент | России"): the noun still refers."""
    following = head + 1
    while following < len(doc.tokens) and doc.tokens[following].text in NAME_OPENING_MARKS:
        following += 1
    return following - head <= 2 and types.get(following) == NAMED_TYPE[category]


def _first_modifier(doc: Document, head: int, covered: set[int]) -> int:
    """The first token of the adjectives and numerals right before the head ("49-летний политик", "российский
    лидер"), within the sentence and outside names."""
    first = head
    while first > 0:
        previous = doc.tokens[first - 1]
        if previous.sentence != doc.tokens[head].sentence or first - 1 in covered:
            break
        if previous.pos not in MODIFIER_POS or previous.head != head or lemma_of(previous) in NEW_MARKERS:
            break
        first -= 1
    return first


def _attribute(token: Token) -> bool:
    """An adjective, a determiner or a participle used as one ("командующего | Объединенной | группировки", which
    the tagger takes for a verb) before a genitive complement."""
    return token.pos in ("ADJ", "DET") or (token.pos == "VERB" and token.feats.get("VerbForm") == "Part"
                                           and token.rel == "amod")


def _complement(doc: Document, head: int, covered: set[int]) -> tuple[int | None, int]:
    """The genitive noun right after the head and the last token of its short phrase ("глава | ведомства",
    "президент | России"; a name in quotation marks up to its closing mark, `_quoted_complement`); (None, head)
    when there is none."""
    index = head + 1
    while index < len(doc.tokens) and _attribute(doc.tokens[index]) and index - head < COMPLEMENT_REACH:
        index += 1
    if index >= len(doc.tokens) or index - head > COMPLEMENT_REACH:
        return None, head
    token = doc.tokens[index]
    if token.text in OPENING_QUOTE_MARKS:
        return _quoted_complement(doc, head, index)
    if token.pos not in ("NOUN", "PROPN") or token.feats.get("Case") != "Gen" or token.head != head \
            or token.sentence != doc.tokens[head].sentence:
        return None, head
    last = index
    while index in covered and last + 1 in covered and doc.tokens[last + 1].start - doc.tokens[last].end <= 1:
        last += 1  # the rest of a name: "президента | Российской Федерации"
    return index, last


QUOTED_COMPLEMENT_REACH = 6  # words of a quoted name read as a description's complement ("лидер «Единой России»")


def _quoted_complement(doc: Document, head: int, opening: int) -> tuple[int | None, int]:
    """A genitive complement that is a name in quotation marks right after the head ("лидер «Единой России»",
    "главы «Роснано»", "экс-капитан «Зенита»"): its noun and the closing quotation mark, which the gold's mention
    spans too; (None, head) when no genitive noun inside the marks hangs on the head or the marks do not close
    within QUOTED_COMPLEMENT_REACH words of the sentence ("Президент «Матрицу» не оценил": an object, no
    complement)."""
    sentence = doc.tokens[head].sentence
    noun = None
    for index in range(opening + 1, min(opening + 2 + QUOTED_COMPLEMENT_REACH, len(doc.tokens))):
        token = doc.tokens[index]
        if token.sentence != sentence:
            return None, head
        if token.text in CLOSING_QUOTE_MARKS:
            return (noun, index) if noun is not None else (None, head)
        if noun is None and token.head == head and token.pos in ("NOUN", "PROPN") \
                and token.feats.get("Case") == "Gen":
            noun = index
    return None, head
