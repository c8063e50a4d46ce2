"""The group a plural pronoun stands for, as a phrase: no entity mention is added.

The resolver links no plural pronoun ("они", "их"): most of them stand for an unnamed group ("жители района",
"сотрудники полиции"), which the coref golds and the entity records do not hold as mentions (coref100). A stage that
needs the group anyway, the quotes stage naming a speaker ("Задержать преступников помогла информация от жителей
района. Они сообщили, что …" -> "жители района"), asks `plural_antecedent` for the phrase's head token and names it
itself. Nothing here changes a coref link or an entity.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.document import Document
from pipeline.lang.fold import fold, fold_words
from pipeline.lang.lexicon import BOTH_WORDS, NAMELESS_SOURCE_NOUNS, THIRD_PERSON_PRONOUNS
from pipeline.lang.marks import open_at

PLURAL_REACH = 1  # sentences before the pronoun's that a plural antecedent may stand in
WHOLE_SET_WORDS = BOTH_WORDS | fold_words("все")  # "Все они", "Оба они": the whole set of those listed


def plural_antecedent(doc: Document, pronoun: int, speaks: Callable[[int], bool]) -> int | None:
    """The head token of the group a plural pronoun at `pronoun` stands for, or None: the nearest plural noun before
    it, in its sentence or the one before, that `speaks` accepts (a person noun or a body: the caller's test), in
    any case ("от жителей района … Они сообщили", "отвергаются израильтянами: они требуют", "просьбу глав 12
    телеканалов … Они призывали"), outside quotation marks (a quoted sentence is someone's words, not the story's
    groups); a noun that owns the found one is the group (`_owning_group`: "адвокаты обвиняемых"). An earlier
    plural pronoun that is a subject in that stretch is the same group going on, resolved in its turn first ("Они
    проводили демонстрацию у «Зеленой зоны», где находятся посольства. Они требовали": not "посольства"). A body
    that an indefinite-personal report names ("Как заявили в пресс-службе прокуратуры, они"; "В МВД сообщили …
    Они уточнили": a plural verb with no subject and the body in the locative after "в") is the group too, when it
    comes first going back. None after "все"/"оба" ("Все они утверждают": the whole set of those listed)."""
    tokens = doc.tokens
    if pronoun > 0 and tokens[pronoun - 1].text.lower() in WHOLE_SET_WORDS:
        return None  # "Все они утверждают": everyone just listed, which no one noun phrase before names
    sentence = tokens[pronoun].sentence
    first = doc.sentences[max(0, sentence - PLURAL_REACH)].token_start
    subject = next((index for index in range(pronoun - 1, first - 1, -1) if tokens[index].pos == "PRON"
                    and tokens[index].rel.startswith("nsubj") and _plural_pronoun(tokens[index].text)
                    and not open_at(doc.text, tokens[index].start)), None)
    if subject is not None:
        return plural_antecedent(doc, subject, speaks)  # "Они проводили … Они требовали": the same group goes on
    for index in range(pronoun - 1, first - 1, -1):
        token = tokens[index]
        if token.pos not in ("NOUN", "PROPN") or token.rel == "amod" or open_at(doc.text, token.start):
            continue  # an attribute the tagger took for a noun ("с ангольским коллегой") is no group
        if _reporting_body(doc, index) and speaks(index):
            return index
        if token.feats.get("Number") == "Plur" and speaks(index):
            return _owning_group(doc, index, speaks)
    return None


def _plural_pronoun(word: str) -> bool:
    """A third-person plural pronoun form ("они")."""
    return THIRD_PERSON_PRONOUNS.get(word.lower(), ("", ""))[1] == "plur"


def _owning_group(doc: Document, index: int, speaks: Callable[[int], bool]) -> int:
    """The noun that owns the group at `index`, up the tree, when it speaks too and is a person's (animate) or an
    unnamed "источник": a plural noun it depends on in the genitive ("главы 12 телеканалов"), or any such noun it
    depends on ("источник в спецслужбах … По их данным": the source, not the services, though the verb agrees in
    the plural); not a thing ("обвинения со стороны демократов")."""
    seen = {index}  # a broken parse may loop its heads
    while doc.tokens[index].rel.startswith("nmod"):
        owner = doc.tokens[index].head
        if owner < 0 or owner in seen or doc.tokens[owner].pos != "NOUN" or not speaks(owner) \
                or not _someone(doc, owner):
            break  # "обвинения со стороны демократов": the people, not what they say
        if doc.tokens[index].feats.get("Case") == "Gen" and doc.tokens[owner].feats.get("Number") != "Plur":
            break  # "родственники дипломата": the group is the genitive's owner only when plural
        index = owner
        seen.add(owner)
    return index


def _someone(doc: Document, index: int) -> bool:
    """An animate noun or an unnamed "источник" (NAMELESS_SOURCE_NOUNS): someone, not a thing."""
    return doc.tokens[index].feats.get("Animacy") == "Anim" or fold(doc.tokens[index].lemma) in NAMELESS_SOURCE_NOUNS


def _reporting_body(doc: Document, index: int) -> bool:
    """"заявили в пресс-службе", "в МВД сообщили": a noun in the locative after "в" under a plural verb that has no
    subject of its own, the indefinite-personal report of a body."""
    token = doc.tokens[index]
    if token.feats.get("Case") != "Loc" or not token.rel.startswith("obl") or token.head < 0:
        return False
    if not any(doc.tokens[child].rel == "case" and doc.tokens[child].text.lower() == "в"
               for child in range(max(0, index - 2), index) if doc.tokens[child].head == index):
        return False
    verb = doc.tokens[token.head]
    return verb.pos == "VERB" and verb.feats.get("Number") == "Plur" \
        and not any(other.head == token.head and other.rel.startswith("nsubj") for other in doc.tokens
                    [doc.sentences[verb.sentence].token_start:doc.sentences[verb.sentence].token_end])
