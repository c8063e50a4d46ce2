"""Postposed appositions: a name with the noun phrase set after it by a comma or a dash is one mention of it.

"Дмитрий Чепчугов, начальник управления по борьбе с преступлениями", "Александр Лукашенко, президент Белоруссии",
"Станислава Новохатского - главного обвиняемого по делу": the phrase after the mark names the person the name
names, in its case, and the name with it is one noun phrase (RuCoCo marks the whole as one mention). Persons only:
after an organization's or a place's name a comma mostly goes on with a list. The preposed kind
("пресс-секретарь Дмитрий Песков") is `appositions.apposition`; this is its mirror image.
"""

from __future__ import annotations

from pipeline.coref.appositions import MAX_SHARE, MIN_NAMES, phrase_end
from pipeline.coref.lexicon import PERSON_ROLES
from pipeline.coref.mentions import Anaphor, lemma_of
from pipeline.coref.trace import Decision
from pipeline.document import Document, Span
from pipeline.lang.grammemes import NOMINAL_POS
from pipeline.lang.lexicon import one_of
from pipeline.lang.marks import CLAUSE_MARKS, DASH_TOKENS, QUOTE_MARKS
from pipeline.morphology import parses
from pipeline.rules import rule

# an organization's or a place's comma is mostly a list ("«Родина», семигинцы", "Москва, Россия")
POSTPOSED_TYPES = ("PER",)
COMMA = ","  # or a dash after an oblique name; after a nominative one a dash is a copula ("Тимо - лучшее приобретение")
# words before the apposition's noun ("известный", "ныне"); no determiner: "Ходорковский, | его интеллект" is a list
LEAD_POS = frozenset({"ADJ", "ADV", "NUM"})
LEAD_WORDS = 3  # at most this many of them
# Marks that end the apposition: a clause or list goes on after them ("начальник отдела, | сообщил").
APPOSITION_ENDS = CLAUSE_MARKS | DASH_TOKENS | frozenset(".!?…")
# words that end the phrase: a relative clause or a possessive opens another phrase ("Власов, бывший начальник | его
# штаба генерал Трухин"); "всех", "этого" stay inside ("один из величайших актеров всех времен")
PHRASE_STOPS = frozenset({"который", "его", "ее", "их", "свой", "это"})


def _apposition_noun(doc: Document, mark: int, name_head: int) -> int | None:
    """The head word of the phrase right after the mark: a lowercase singular common noun in the name's case
    (or "один из …"), after at most LEAD_WORDS modifiers; None when the words after the mark are no such phrase
    (a verb, another name, a number, a relative clause)."""
    case = doc.tokens[name_head].feats.get("Case")
    sentence = doc.tokens[mark].sentence
    for index in range(mark + 1, min(mark + 2 + LEAD_WORDS, len(doc.tokens))):
        token = doc.tokens[index]
        if token.sentence != sentence or not token.text[:1].islower():
            return None
        if index + 1 < len(doc.tokens) and one_of(lemma_of(token), lemma_of(doc.tokens[index + 1])):
            return index
        if token.pos == "NOUN":
            if token.feats.get("Number") == "Plur" or (case and token.feats.get("Case") != case) \
                    or not (token.feats.get("Animacy") == "Anim" or lemma_of(token) in PERSON_ROLES):
                return None  # "Кастро, | фиделизм": a list of things, not the person's apposition
            return index if _may_be_noun(token.text) else None
        if token.pos not in LEAD_POS:
            return None
    return None


def _may_be_noun(word: str) -> bool:
    """The dictionary knows the word as a noun or a word used as one, an adjective or a participle ("известный
    ведущий", "главного обвиняемого"); the parse may take a gerund for a noun ("Паниным - | повздорив с
    таксистом")."""
    return any(parse.tag.POS in NOMINAL_POS for parse in parses(word.lower()))


def _hangs_on_name(doc: Document, noun: int, first: int, last: int) -> bool:
    """The parse sets the noun beside the name: its head is a word of the name, or its relation is an apposition
    (an appositive noun the parse hung elsewhere still names the name's referent)."""
    token = doc.tokens[noun]
    return first <= token.head <= last or token.rel.split(":")[0] == "appos"


APPOSITION_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "CCONJ", "X"})  # words a noun phrase goes on with
LOOSE_END_POS = frozenset({"ADP", "CCONJ"})  # no phrase ends with a preposition or a conjunction


def _phrase_last(doc: Document, noun: int, name_head: int) -> int:
    """The last token of the apposition: the noun-phrase words after its noun (nouns, adjectives, prepositions,
    conjunctions: "морской биолог и директор Центра сохранения китов в Сантьяго") up to a closing mark, a verb, a
    pronoun or a participle's clause; a quotation mark inside it is the phrase's own ("директор компании «Вега»"),
    and so is the one closing it."""
    last = noun
    for index in range(noun + 1, len(doc.tokens)):
        token = doc.tokens[index]
        if token.sentence != doc.tokens[noun].sentence:
            break
        if token.text in QUOTE_MARKS:
            continue
        if token.text in APPOSITION_ENDS or token.pos == "PUNCT" or lemma_of(token) in PHRASE_STOPS:
            break
        noun_word = token.pos in APPOSITION_POS and token.feats.get("VerbForm") not in ("Part", "Conv")
        if not (noun_word or {noun, name_head} & set(doc.ancestors(index))):
            break  # else a word the noun or the name governs: "министр обороны и | временно исполняющий …"
        last = index
    while last > noun and doc.tokens[last].pos in LOOSE_END_POS:
        last -= 1
    marks = sum(doc.tokens[index].text in QUOTE_MARKS for index in range(noun + 1, last + 1))
    if marks % 2 and last + 1 < len(doc.tokens) and doc.tokens[last + 1].text in QUOTE_MARKS:
        last += 1  # "главный редактор журнала «Новый мир»": the name's closing mark
    return last


def _introduces_other(doc: Document, noun: int, last: int, own: set[int], persons: set[int]) -> bool:
    """The phrase introduces another person ("Путин, министр Лавров"): a person's name in it, in the noun's
    case, that is not the entity's own."""
    case = doc.tokens[noun].feats.get("Case")
    return any(index in persons and index not in own and doc.tokens[index].feats.get("Case") == case
               for index in range(noun + 1, last + 1))


def _name_after(doc: Document, last: int, persons: set[int]) -> bool:
    """A person's name right after the phrase, past its adjectives ("урожденная принцесса | датская Дагмара")."""
    index = last + 1
    while index < len(doc.tokens) and (doc.tokens[index].pos == "ADJ"
                                       or doc.tokens[index].feats.get("VerbForm") == "Part"):
        index += 1
    return index in persons


def _cut_short(doc: Document, noun: int, last: int) -> bool:
    """The noun's phrase goes on past a pronoun the scan stops at ("Власов, бывший начальник | его штаба генерал
    Трухин": a list of persons, or a phrase this one would only clip), or a dash sets another apposition after it
    ("Маркс Драуле, сын Леонида Николаева | - убийцы Кирова"): where the phrase ends is not clear."""
    after = last + 1
    if after >= len(doc.tokens):
        return False
    return doc.tokens[after].text in DASH_TOKENS or (lemma_of(doc.tokens[after]) in PHRASE_STOPS
                                                and noun in doc.ancestors(after))


@rule("coref")
def postposed_apposition(doc: Document, entity: int, mention: Span, head: int, persons: set[int]) -> Anaphor | None:
    """A person's name followed by a comma (or, after an oblique case, a dash) and a person noun phrase in its case
    that the parse sets beside it ("Дмитрий Чепчугов, начальник управления …", "Олега Петрова - главного инженера
    завода") is, with that phrase, one mention of the person (`persons`: the tokens of persons' names)."""
    if doc.entities[entity].type not in POSTPOSED_TYPES:
        return None
    first, end = doc.token_at(mention.start), phrase_end(doc, mention)
    mark = doc.token_at(end)
    while mark < len(doc.tokens) and doc.tokens[mark].end <= end:
        mark += 1
    if mark >= len(doc.tokens) or doc.tokens[mark].sentence != doc.tokens[head].sentence:
        return None
    text = doc.tokens[mark].text
    if text != COMMA and not (text in DASH_TOKENS and doc.tokens[head].feats.get("Case") not in ("Nom", None)):
        return None
    noun = _apposition_noun(doc, mark, head)
    if noun is None or not _hangs_on_name(doc, noun, first, mark - 1):
        return None
    last = _phrase_last(doc, noun, head)
    if _introduces_other(doc, noun, last, set(range(first, mark)), persons) or _name_after(doc, last, persons) \
            or _cut_short(doc, noun, last):
        return None  # "Мария Федоровна, урожденная принцесса | Дагмара": the phrase introduces another name
    start, stop = mention.start, doc.tokens[last].end
    if (mention.end - mention.start) / (stop - start) >= MAX_SHARE:
        return None
    return Anaphor(head, start, stop, "description", "apposition", lemma_of(doc.tokens[noun]), "", "sing",
                   doc.tokens[head].sentence)


def postposed_anaphors(doc: Document, heads: dict[tuple[int, int], int],
                       persons: set[int]) -> list[tuple[int, Anaphor]]:
    """(entity, phrase) for each name mention of an entity named at least MIN_NAMES times that a postposed
    apposition follows (`heads`: each name mention's head token)."""
    found = []
    for index, entity in enumerate(doc.entities):
        names = [mention for mention in entity.mentions if mention.kind == "name"]
        if len(names) < MIN_NAMES:
            continue  # named once: the phrase would be the chain's only name, and nothing anchors it
        for mention in names:
            head = heads.get((mention.start, mention.end))
            anaphor = postposed_apposition(doc, index, mention, head, persons) if head is not None else None
            if anaphor is not None:
                found.append((index, anaphor))
    return found


def postposed_decisions(doc: Document, heads: dict[tuple[int, int], int], persons: set[int]) -> list[Decision]:
    """One linked decision per postposed apposition of the document (`postposed_anaphors`); `persons` are the
    tokens of person names (`mentions.person_tokens`, found once per document by the resolver)."""
    decisions = []
    for entity, anaphor in postposed_anaphors(doc, heads, persons):
        reason = f"'{doc.tokens[anaphor.head].text}' followed by '{doc.text[anaphor.start:anaphor.end]}'"
        decisions.append(Decision(anaphor).link(entity, "postposed_apposition", reason))
    return decisions
