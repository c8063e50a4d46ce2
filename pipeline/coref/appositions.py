"""Appositions: a name with the phrase that introduces it is one more mention of the named entity.

"Пресс-секретарь президента РФ Дмитрий Песков", "британской компании BAe Systems", "31-летний Усик": the noun
phrase that ends with a name refers to what the name names. When the name is less than half of that phrase, the
phrase is a mention of its own (kind "description"); a shorter phrase ("министр Иван Петров") is the name's.
"""

from __future__ import annotations

from pipeline.coref.lexicon import (
    APPOSED_PLACE_KINDS,
    ORGANIZATION_KINDS,
    PERSON_ROLES,
    PERSONAL_RELATION_NOUNS,
    PLACE_KINDS,
)
from pipeline.coref.mentions import Anaphor
from pipeline.coref.referents import COUNTRIES
from pipeline.coref.trace import Decision
from pipeline.document import Document, EntityAnn, Span
from pipeline.entities.patronymics import is_first_name
from pipeline.lang.fold import CYRILLIC, fold
from pipeline.lang.lexicon import (
    AGE_ADJECTIVE_ENDINGS,
    COMPOUND_PREPOSITIONS,
    KINSHIP_NOUNS,
    LEADING_COMPOUND_PREPOSITIONS,
    ONE_OF_NUMERALS,
    RELATION_NOUNS,
    THIRD_PERSON_POSSESSIVES,
    UNIT_NOUNS,
    one_of,
)
from pipeline.lang.marks import CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, QUOTE_MARKS
from pipeline.lang.tree import word_before
from pipeline.morphology import case_readings, gender_grammeme
from pipeline.rules import rule

APPOSITION_RELATIONS = ("appos", "flat")  # a name set beside the noun before it ("министр | Иван Петров")
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "ADP", "CCONJ", "X"})
APPOSED_TYPES = ("PER", "ORG")  # a place's phrase is mostly a complement ("в районе Грозного"): left out
MIN_NAMES = 2
MAX_SHARE = 0.5  # a name this large a part of the phrase is its mention already (IoU >= 0.5)
NAME_POS = frozenset({"PROPN", "X"})
STOP_LEMMAS = frozenset({"который", "это", "этот", "тот", "такой", "весь", "свой", "его", "ее", "их"})
# Nouns of a kind that a quoted or agreeing name names ("фракция СПС", "кинотеатр «Салют»", "город Юрмала").
NAMED_KIND_NOUNS = ORGANIZATION_KINDS | PLACE_KINDS | frozenset({
    "фракция", "движение", "группировка", "группа", "кинотеатр", "гостиница", "отель", "издательство", "канал",
    "сеть", "банк", "биржа", "село", "поселок", "деревня", "станица", "остров", "река", "озеро", "полуостров",
    "штат", "провинция", "округ", "район", "аэропорт", "порт", "площадь", "улица", "бренд", "марка", "альбом",
    "фильм", "сайт", "портал", "сервис", "соцсеть"})


def _lemma(doc: Document, index: int) -> str:
    token = doc.tokens[index]
    return fold((token.lemma or token.text).lower())


def _agree(doc: Document, one: int, other: int) -> bool:
    """Same case, and the noun is singular ("министра | Петрова"; not "соперники | Руцкого")."""
    noun, name = doc.tokens[one].feats, doc.tokens[other].feats
    return noun.get("Number") != "Plur" and bool(noun.get("Case")) and noun.get("Case") == name.get("Case")


def _top(doc: Document, entity: EntityAnn, mention: Span, head: int, first: int) -> int | None:
    """The noun the name stands in apposition to, left of it; the name itself when only modifiers precede it;
    None when the name is a complement ("высказывание Неверова", "президента России")."""
    token = doc.tokens[head]
    parent = token.head
    if not (0 <= parent < first and doc.tokens[parent].sentence == token.sentence):
        return head
    if entity.type == "PER" and member_apposition(doc, parent, head):
        return parent
    if doc.tokens[parent].pos not in ("NOUN", "PROPN"):
        return head
    quoted = mention.start > 0 and doc.text[mention.start - 1] in OPENING_QUOTE_MARKS
    beside = token.rel.split(":")[0] in APPOSITION_RELATIONS or _agree(doc, parent, head)
    if entity.type == "PER":
        beside = beside and not declined_apart(doc, parent, head)
        person = doc.tokens[parent].feats.get("Animacy") == "Anim" or _lemma(doc, parent) in PERSON_ROLES
        return parent if person and beside and doc.tokens[parent].feats.get("Number") != "Plur" \
            and not relation_complement(doc, parent, head, first) \
            and not personal_relatum(doc, parent, head, mention) else None
    if entity.type == "LOC":
        return parent if settlement_apposition(doc, entity, parent, beside) else None
    if _lemma(doc, parent) in UNIT_NOUNS and not quoted:
        return None  # "начальник управления ГВП": a unit of the organization, not the organization
    if doc.tokens[parent].feats.get("Number") == "Plur":
        return None  # "компаниям «Базэла»": the organization's units, not the organization
    if not quoted and declined_complement(doc, entity, parent, head):
        return None  # "комитета Госдумы", "совета Роскосмоса": the body's unit, not the body
    return parent if _lemma(doc, parent) in NAMED_KIND_NOUNS and (quoted or beside) else None


def declined_apart(doc: Document, noun: int, name: int) -> bool:
    """A person noun and a name the parse hangs on it whose forms share no case ("уступил должность председателя
    правления | Игорю Смирнову": "председателя" Gen/Acc, "Игорю" Dat): an apposition agrees in case with its noun, so
    the name is another argument of the verb, not the noun's name. The forms' readings, not the parse's one case
    each (an animate "прокурора | Святослава" may be tagged Gen and Acc); an indeclinable name fits every case, and
    a name that can be a nominative is the citation form news often leaves undeclined ("представителя МИД РФ |
    Александр Яковенко")."""
    noun_cases = case_readings(doc.tokens[noun].text)
    name_cases = case_readings(doc.tokens[name].text, gender_grammeme(doc.tokens[name]))
    return bool(noun_cases) and bool(name_cases) and "Nom" not in name_cases and not noun_cases & name_cases


@rule("coref")
def member_apposition(doc: Document, numeral: int, name: int) -> bool:
    """A person's name set beside "один из" and a plural of persons ("Один из адвокатов Михаила Ходорковского Юрий
    Шмидт", "одного из совладельцев НК ЮКОС Леонида Невзлина"): the name is that member, and the phrase from "один" to
    the name is the person's mention. The parse hangs the name on the numeral; the name is in its case."""
    if _lemma(doc, numeral) not in ONE_OF_NUMERALS or doc.tokens[numeral].pos not in ("NUM", "DET", "PRON", "ADJ") \
            or not same_case(doc, numeral, name):
        return False
    return any(_member_group(doc, numeral, index) for index in range(numeral + 2, name))


def same_case(doc: Document, one: int, other: int) -> bool:
    """Both words carry a case, the same one."""
    case = doc.tokens[one].feats.get("Case")
    return bool(case) and case == doc.tokens[other].feats.get("Case")


def _member_group(doc: Document, numeral: int, index: int) -> bool:
    """The word is the group "один из" takes: a plural of persons hanging on the numeral, with "из" of its own."""
    token = doc.tokens[index]
    return token.head == numeral and token.pos == "NOUN" and token.feats.get("Number") == "Plur" \
        and (token.feats.get("Animacy") == "Anim" or _lemma(doc, index) in PERSON_ROLES) \
        and any(doc.tokens[child].head == index and one_of(_lemma(doc, numeral), _lemma(doc, child))
                for child in range(numeral + 1, index))


@rule("coref")
def declined_complement(doc: Document, entity: EntityAnn, noun: int, name: int) -> bool:
    """An organization's name declined in the genitive after a noun, outside quotation marks, completes that noun:
    "комитета Госдумы", "научно-технического совета Роскосмоса", "общественного совета Минкульта" name a part of
    the body, no apposition ("компании «Роснефть»" keeps its quoted name in the nominative; "компании Audi",
    "комиссии МОК" have names that do not decline, and are left to the kind and unit nouns). The name's word is
    declined when its form is not its lemma; an abbreviation in capitals ("МОК", "РВСН") is not."""
    token = doc.tokens[name]
    word = fold(token.text)
    return entity.type == "ORG" and token.feats.get("Case") == "Gen" and not token.text.isupper() \
        and word != fold(token.lemma or "") and CYRILLIC.search(word) is not None \
        and doc.tokens[noun].pos in ("NOUN", "PROPN")


def relation_complement(doc: Document, noun: int, name: int, first: int) -> bool:
    """A genitive name right after a noun of relation is the other person of the relation ("Заместитель |
    Павленко", "преемника | Родригеса", "матери | Маркса"), no apposition; a role noun in the genitive too
    ("адвоката | Лебедева") may be either and stays one. A kinship noun is no role (`kinship_relatum`)."""
    if _lemma(doc, noun) not in RELATION_NOUNS or doc.tokens[name].feats.get("Case") != "Gen":
        return False
    if any(doc.tokens[i].pos != "PUNCT" for i in range(noun + 1, first)):
        return False
    return doc.tokens[noun].feats.get("Case") != "Gen" or _lemma(doc, noun) not in PERSON_ROLES \
        or kinship_relatum(doc, noun, first)


@rule("coref")
def personal_relatum(doc: Document, noun: int, name: int, mention: Span) -> bool:
    """A noun of a person who serves another or is close to one (`PERSONAL_RELATION_NOUNS`: "Менеджер | Пежича",
    "Водителя | Чубайса", "приятеля | Ишаева") right before a genitive surname names whom that person serves or is
    close to, in any case of the noun, as a kinship noun does (`kinship_relatum`): the phrase is another person, no
    apposition of the name. The surname is read as genitive when it is tagged so, or when its form is not its lemma
    and can be a genitive of the gender slovnet gives it (`case_readings`; slovnet tags a surname after a noun in
    the noun's case: "Менеджер | Пежича" comes tagged nominative). A first name after it is the person's own
    ("водитель | Иван Петров"), and so is any name of more than one word ("фотограф | Джоди Бибер": a first name
    the dictionary lacks), a surname in its lemma form ("водитель | Петров") and one whose form is no genitive: it
    agrees with the noun ("охраннику | Сидорову", "с водителем | Смирновым", a woman's "Менеджер | Иванова
    рассказала")."""
    first = doc.token_at(mention.start)
    if _lemma(doc, noun) not in PERSONAL_RELATION_NOUNS or first != noun + 1 \
            or doc.token_at(mention.end - 1) != first or is_first_name(doc.tokens[first].text):
        return False
    token = doc.tokens[name]
    return token.feats.get("Case") == "Gen" or (fold(token.text.lower()) != fold((token.lemma or token.text).lower())
                                                and "Gen" in case_readings(token.text, gender_grammeme(token)))


def personal_phrase(doc: Document, entity: EntityAnn, mention: Span, head: int) -> Anaphor | None:
    """The phrase from the noun of a personal relation to the end of the surname it is followed by, for the trace
    (`personal_relatum`); None when the name follows no such noun."""
    first = doc.token_at(mention.start)
    noun = doc.tokens[head].head
    if entity.type != "PER" or noun != first - 1 or not personal_relatum(doc, noun, head, mention):
        return None
    token = doc.tokens[noun]
    return Anaphor(noun, token.start, phrase_end(doc, mention), "description", "apposition", _lemma(doc, noun), "",
                   "sing", token.sentence)


def kinship_relatum(doc: Document, noun: int, first: int) -> bool:
    """A kinship noun in the genitive right before a genitive surname names that person's relative ("наделение
    дочери | Трампа", "супруги | Саркози"), though the speaker roles list it: unlike a role noun ("президента |
    Путина"), it is no title. A first name after it is the relative's own ("его сына | Андрея", "дочери |
    Иванки"), and so is a name past a quotation mark ("крестного отца" | Дона Корлеоне")."""
    return _lemma(doc, noun) in KINSHIP_NOUNS and first == noun + 1 and not is_first_name(doc.tokens[first].text)


def _dominated(doc: Document, index: int, top: int) -> bool:
    """Whether `top` is `index` or one of its heads."""
    return index == top or top in doc.ancestors(index)


def phrase_start(doc: Document, entity: EntityAnn, mention: Span, head: int) -> int | None:
    """The first token of the phrase the name ends: the contiguous tokens before it that the apposition's noun
    dominates, words of a noun phrase only (no verb, no clause mark); None when nothing precedes the name."""
    first = doc.token_at(mention.start)
    top = _top(doc, entity, mention, head, first)
    if top is None and modified_complement(doc, entity, mention, head):
        top = head  # the complement's own modifiers: "рулевой | питерского «Зенита»"
    if top is None or coordinated(doc, first):
        return None
    start = first
    index = first - 1
    sentence_start = doc.sentences[doc.tokens[first].sentence].token_start
    while index >= sentence_start:
        token = doc.tokens[index]
        if token.pos == "PUNCT" and token.text not in QUOTE_MARKS and not member_comma(doc, index, first, top):
            break
        if token.pos == "CCONJ" and index > sentence_start and doc.tokens[index - 1].pos in NAME_POS:
            break  # "министра Ципи Ливни и | госсекретаря Кондолизы Райс": another name's phrase ends there
        if token.pos != "PUNCT" and (token.pos not in PHRASE_POS or _lemma(doc, index) in STOP_LEMMAS):
            break
        if top == head and token.pos not in ("ADJ", "NUM", "PUNCT"):
            break  # a name with modifiers only: "31-летний Усик", "британской ITV"
        if place_noun_bound(doc, entity, index, top):
            break
        if not _dominated(doc, index, top) and token.pos != "PUNCT":
            break
        start = index
        index -= 1
    start = phrase_subtree(doc, start, first, top, mention)
    while start < first and doc.tokens[start].pos in ("PUNCT", "ADP", "CCONJ"):
        start += 1  # a phrase opens with a word, not a mark or a preposition
    start = past_compound_preposition(doc, start, first)
    if entity.type == "PER" and top != head and start < first:
        start = chained_role_start(doc, start, top, head)
    return start if start < first else None


CHAINED_ROLES = 3  # "A, B, C Name": a person's role phrases set one after another before the name, at most this many
CHAINED_RELATIONS = ("appos", "conj")  # how the parse hangs a role phrase after a comma on the one before it
ROLE_CONJUNCTION = "и"  # "режиссер и продюсер Игорь Крутой": two roles of one person joined


def chained_role_start(doc: Document, start: int, top: int, head: int) -> int:
    """A person's role phrase after a comma stands in apposition to another role phrase of the person before the
    comma ("Вице-премьер, | министр обороны РФ Сергей Иванов", "руководитель российской делегации, | генеральный
    секретарь РФС Владимир Радионов", "героя России, | экс-депутата Госдумы Руслана Ямадаева"), or two roles are
    joined by "и" ("продюсер и | композитор Игорь Крутой", "банкиру и | медиамагнату Александру Лебедеву"): RuCoCo's
    mention, and the person's, opens at the first role phrase. The phrase's start (`head`: the name's head) moved
    back over each such role phrase (`_role_before`), at most CHAINED_ROLES of them; `start` unchanged when none."""
    for _ in range(CHAINED_ROLES):
        found = _role_before(doc, start, top, head)
        if found is None:
            break
        start, top = found
    return start


def _role_before(doc: Document, start: int, top: int, head: int) -> tuple[int, int] | None:
    """The phrase start and the noun of the role phrase right before the comma or the "и" that opens the phrase at
    `start`, when the parse hangs the phrase's noun `top` on it (an apposition or a conjunct after a comma, a
    conjunct after "и") and it is a singular person noun in the same case; None when the words from that noun to
    the comma hold a verb, a person's name (a list of people: "вокалист Стинг, | ударник Стюарт Коупленд") or another
    person noun of that case after the noun, whose apposition the phrase may be ("руководителя секретариата
    вице-премьера, | министра финансов"), and, after "и", when the two roles are two people's (`_joined_apart`)."""
    joint = start - 1
    token = doc.tokens[top]
    noun = token.head
    relation = token.rel.split(":")[0]
    comma = doc.tokens[joint].text == "," and relation in CHAINED_RELATIONS
    joined = doc.tokens[joint].text.lower() == ROLE_CONJUNCTION and relation == "conj"
    if joint < 1 or not (comma or joined) or not 0 <= noun < joint or doc.tokens[noun].sentence != token.sentence:
        return None
    case = token.feats.get("Case", "")
    if not case or not _person_noun(doc, noun, case) or (joined and _joined_apart(doc, noun, joint, top, head)):
        return None
    first = _role_phrase_first(doc, noun)
    if doc.tokens[first].pos == "PROPN":
        return None  # a name, or a title the tagger takes for one ("Председатель ОБСЕ"): `apposition` reads no phrase
    others = _person_name_tokens(doc, first, joint)
    if others or any(doc.tokens[index].pos in ("VERB", "AUX") for index in range(first, joint)) \
            or any(_person_noun(doc, index, case) for index in range(noun + 1, joint)):
        return None
    return past_compound_preposition(doc, first, noun + 1), noun


def _joined_apart(doc: Document, noun: int, joint: int, top: int, head: int) -> bool:
    """Two role nouns joined by "и" before a name that are two people's, not one person's two roles: one in a list
    (a comma right before "и": "следователь, и | дочь Анастасия"), nouns of two genders ("Президент и | первая леди
    Мишель Обама"), one office and its deputy or former holder ("президента и | вице-президента США Джо Байдена"),
    a first noun with a name of its own ("певицу Lady GaGa и | красотку Изабель Гулар"), or a name in another case
    than the nouns, their complement ("агент и | менеджер Евгения Ари"). `joint`: the "и"."""
    one, other = doc.tokens[noun], doc.tokens[top]
    genders = {one.feats.get("Gender"), other.feats.get("Gender")}
    lemmas = (_lemma(doc, noun), _lemma(doc, top))
    case = doc.tokens[head].feats.get("Case")
    return doc.tokens[joint - 1].text == "," or (None not in genders and len(genders) > 1) \
        or lemmas[0].endswith(lemmas[1]) or lemmas[1].endswith(lemmas[0]) \
        or bool(case and case not in (other.feats.get("Case"), "Nom")) or _named_right_after(doc, noun)


def _named_right_after(doc: Document, noun: int) -> bool:
    """A name mention opens right after the noun, past an opening quotation mark ("певицу | Lady GaGa")."""
    index = noun + 1
    while index < len(doc.tokens) and doc.tokens[index].text in OPENING_QUOTE_MARKS:
        index += 1
    if index >= len(doc.tokens):
        return False
    begin = doc.tokens[index].start
    return any(mention.kind == "name" and mention.start == begin for entity in doc.entities
               for mention in entity.mentions)


def _role_phrase_first(doc: Document, noun: int) -> int:
    """The first word of the phrase a role noun heads: the contiguous words before it that it dominates, past
    quotation marks and brackets, each hanging on a word of the phrase (not on a participle before it: "избитый до
    | комы гитарист" opens at "гитарист"), not opening with a mark, a preposition or a conjunction."""
    sentence_start = doc.sentences[doc.tokens[noun].sentence].token_start
    first = noun
    index = noun - 1
    while index >= sentence_start:
        token = doc.tokens[index]
        if (token.pos == "PUNCT" and token.text not in QUOTE_MARKS and token.text not in BRACKETS) \
                or not _dominated(doc, index, noun) \
                or (token.pos != "PUNCT" and (token.pos not in PHRASE_POS or _lemma(doc, index) in STOP_LEMMAS)):
            break
        first = index
        index -= 1
    outside = [index for index in range(first, noun) if not first <= doc.tokens[index].head <= noun]
    while outside:
        first = outside[-1] + 1
        outside = [index for index in range(first, noun) if not first <= doc.tokens[index].head <= noun]
    while first < noun and doc.tokens[first].pos in ("PUNCT", "ADP", "CCONJ"):
        first += 1
    return first


def past_compound_preposition(doc: Document, start: int, first: int) -> int:
    """A phrase does not open with the noun of a compound preposition ("в отношении | профессора Бабкина", "в числе |
    генерала Догана", "во главе с | министром Сергеем Борисовым"): it opens past the noun (and the noun's own
    preposition), at the person's noun; the start unchanged when no such noun opens it."""
    if start == 0 or start >= first:
        return start
    key = (doc.tokens[start - 1].text.lower(), _lemma(doc, start))
    if key in COMPOUND_PREPOSITIONS:
        return start + 1
    after = LEADING_COMPOUND_PREPOSITIONS.get(key)
    if after is not None and start + 1 < first and doc.tokens[start + 1].text.lower() == after:
        return start + 2
    return start


def place_noun_bound(doc: Document, entity: EntityAnn, index: int, top: int) -> bool:
    """A place's settlement or state noun takes only its own modifiers before it ("в ключевом американском штате
    Висконсин"): a noun before it is another phrase's head, however the parse hangs it ("сельские районы | штата
    Западная Бенгалия", "несколько пересчетов бюллетеней | в штате Флорида")."""
    return entity.type == "LOC" and index < top and doc.tokens[index].pos not in ("ADJ", "NUM", "DET", "PUNCT")


def member_comma(doc: Document, index: int, first: int, top: int) -> bool:
    """The comma right before the name when "один из" heads the phrase ("одна из участниц Pussy Riot, Надежда
    Толоконникова"): the member's name set off, still the phrase's own."""
    return index == first - 1 and doc.tokens[index].text == "," and top < index \
        and _lemma(doc, top) in ONE_OF_NUMERALS


def phrase_subtree(doc: Document, start: int, first: int, top: int, mention: Span) -> int:
    """The phrase is one noun phrase: each of its words hangs on a word of the phrase (its noun and the words the
    noun hangs on excepted: "сценарист и | писатель Педро Альмодовар"), and no comparative opens it. The words
    before one that hangs outside belong to the clause, not to the phrase ("Игравший | белыми Ананд": "белыми" is
    the participle's; "Занимавший ранее эту | должность генерал-майор …": the participle's object; "не чувствует
    себя больше Штеффи": a comparative). The first token kept."""
    if top < start:
        return start  # the phrase's noun lies before it (the scan stopped past it): nothing of its own to check
    end = doc.token_at(phrase_end(doc, mention))
    above = set(doc.ancestors(top))  # "сценарист и | писатель Педро Альмодовар": the first conjunct heads the noun
    moved = True
    while moved:
        moved = False
        for index in range(first - 1, start - 1, -1):
            token = doc.tokens[index]
            if token.pos == "PUNCT" or index == top or index in above:
                continue
            if not start <= token.head < end or token.feats.get("Degree") == "Cmp":
                start, moved = index + 1, True
                break
    return start


def coordinated(doc: Document, first: int) -> bool:
    """The name right after "и", "или" (past an opening quotation mark) is a conjunct ("Правительство РФ и Банк
    России", "принца Чарльза и Камиллы"): the phrase before the conjunction is another entity's, not its own."""
    index = word_before(doc, first, OPENING_QUOTE_MARKS)
    return index >= 0 and doc.tokens[index].pos == "CCONJ"


def phrase_end(doc: Document, mention: Span) -> int:
    """The name's end, past the closing quotation mark of a quoted name ("кинотеатра «Салют»")."""
    end = mention.end
    quoted = mention.start > 0 and doc.text[mention.start - 1] in OPENING_QUOTE_MARKS
    if quoted and end < len(doc.text) and doc.text[end] in CLOSING_QUOTE_MARKS:
        end += 1
    return end


def modified_place(doc: Document, entity: int, mention: Span, head: int) -> bool:
    """A place's name with adjectives of its own before it ("современной России", "путинской России"): the phrase
    refers to the place (a place's noun before it is mostly a complement: "в районе Грозного")."""
    first = doc.token_at(mention.start)
    return doc.entities[entity].type == "LOC" and first > 0 and doc.tokens[first - 1].pos == "ADJ" \
        and doc.tokens[first - 1].head == head and _top(doc, doc.entities[entity], mention, head, first) == head


@rule("coref")
def settlement_apposition(doc: Document, entity: EntityAnn, noun: int, beside: bool) -> bool:
    """A place's name beside a settlement or state noun that agrees with it or that the parse sets in apposition
    ("в городе Мосул", "города Москвы", "иракском городе Неджеф", "штата Аризона", "в американском штате Флорида"):
    the phrase is the place's mention (`APPOSED_PLACE_KINDS`). Other place nouns take the name as a complement ("в
    районе Грозного"), and so does a settlement noun a country's name follows ("города США", "столицы Перу")."""
    return _lemma(doc, noun) in APPOSED_PLACE_KINDS and beside and doc.tokens[noun].feats.get("Number") != "Plur" \
        and fold(entity.name) not in COUNTRIES


@rule("coref")
def modified_complement(doc: Document, entity: EntityAnn, mention: Span, head: int) -> bool:
    """An organization's name with lowercase adjectives of its own before it, standing as the complement of a noun
    ("рулевой питерского «Зенита»", "представитель столичной ГИБДД", "игрок миланского «Интера»"): the adjectives
    and the name are a phrase of their own that refers to the organization, although the noun before is no
    apposition. A place's adjective often narrows it to a part or a time ("центральной Европы", "ночной Москвы"),
    and a person's marks someone else ("второго Ющенко"): those are left out."""
    if entity.type != "ORG" or not _modified(doc, mention):
        return False
    index = word_before(doc, doc.token_at(mention.start), OPENING_QUOTE_MARKS)  # an adjective: `_modified`
    return doc.tokens[index].head == head and _lemma(doc, index) not in STOP_LEMMAS


@rule("coref")
def apposition(doc: Document, entity: int, mention: Span, head: int) -> Anaphor | None:
    """A noun phrase ending in a name ("пресс-секретарь президента РФ Дмитрий Песков") is a mention of it."""
    if doc.entities[entity].type not in APPOSED_TYPES and not modified_place(doc, entity, mention, head) \
            and not _settlement(doc, doc.entities[entity], mention, head):
        return None
    first = phrase_start(doc, doc.entities[entity], mention, head)
    if first is None or doc.tokens[first].pos == "PROPN":
        return None  # a name before the name is another name ("Погребняк - Аршавин"), no phrase of this one
    start, end = doc.tokens[first].start, phrase_end(doc, mention)
    if (mention.end - mention.start) / (end - start) >= MAX_SHARE:
        return None
    token = doc.tokens[head]
    return Anaphor(head, start, end, "description", "apposition", fold((token.lemma or token.text).lower()), "",
                   "sing", token.sentence)


def apposition_decisions(doc: Document, heads: dict[tuple[int, int], int]) -> list[Decision]:
    """One decision per name mention that ends an apposition phrase (`heads`: each name mention's head token)."""
    decisions = []
    taken: set[tuple[int, int]] = set()
    for index, entity in enumerate(doc.entities):
        names = [mention for mention in entity.mentions if mention.kind == "name"]
        if len(names) < MIN_NAMES and entity.type != "PER":
            continue  # named once: the phrase anchors no chain (a person's becomes its name: `sole_name_phrase`)
        bare = [mention for mention in names if not _modified(doc, mention)]
        for mention in names:
            head = heads[(mention.start, mention.end)]
            if relatum_before_name(doc, entity, mention, head):  # "адвоката Лебедева | Евгения Бару": Бару's
                phrase = apposition(doc, index, mention, head) or role_phrase(doc, entity, mention, head)
                if phrase is not None and (phrase.start, phrase.end) not in taken:
                    reason = f"'{mention.text}' completes the noun before it, whose own name follows"
                    decisions.append(Decision(phrase).reject("relatum_before_name", reason))
                    taken.add((phrase.start, phrase.end))
                continue
            anaphor = apposition(doc, index, mention, head)
            if anaphor is None and (phrase := declined_phrase(doc, entity, mention, head)) is not None \
                    and (phrase.start, phrase.end) not in taken:
                reason = f"'{mention.text}' is declined in the genitive: a complement of the noun, not its name"
                decisions.append(Decision(phrase).reject("declined_complement", reason))
                taken.add((phrase.start, phrase.end))
                continue
            if anaphor is None and (phrase := personal_phrase(doc, entity, mention, head)) is not None \
                    and (phrase.start, phrase.end) not in taken:
                reason = f"'{mention.text}' is whom '{doc.tokens[phrase.head].text}' serves or is close to"
                decisions.append(Decision(phrase).reject("personal_relatum", reason))
                taken.add((phrase.start, phrase.end))
                continue
            if anaphor is None and (aged := aged_name(doc, entity, mention, head)) is not None \
                    and (aged.start, aged.end) not in taken:
                decisions.append(Decision(aged).link(index, "aged_name", f"an age before '{mention.text}'"))
                taken.add((aged.start, aged.end))
                continue
            if anaphor is None and (role := role_phrase(doc, entity, mention, head)) is not None \
                    and (role.start, role.end) not in taken:
                reason = f"'{doc.tokens[role.head].text}' agrees with '{mention.text}'"
                decisions.append(Decision(role).link(index, "role_phrase", reason))
                taken.add((role.start, role.end))
            if anaphor is None or (anaphor.start, anaphor.end) in taken:
                continue
            top = _top(doc, entity, mention, head, doc.token_at(mention.start))
            if top is None:  # the phrase of a complement's own modifiers
                if not bare:
                    continue  # named only with modifiers: the phrases are its mentions, none anchors a chain
                reason = f"'{mention.text}' with its own modifiers"
                decisions.append(Decision(anaphor).link(index, "modified_complement", reason))
            else:  # a settlement noun beside a place's name (`_settlement`), else an apposition
                label = "settlement_apposition" if entity.type == "LOC" and top != head \
                    else "member_apposition" if _lemma(doc, top) in ONE_OF_NUMERALS else "apposition"
                reason = f"'{doc.tokens[top].text} из …' ends with its member '{mention.text}'" \
                    if label == "member_apposition" else f"the phrase ends with '{mention.text}'"
                decisions.append(Decision(anaphor).link(index, label, reason))
            taken.add((anaphor.start, anaphor.end))
    return decisions


def declined_phrase(doc: Document, entity: EntityAnn, mention: Span, head: int) -> Anaphor | None:
    """The phrase from the noun a declined genitive name completes to the name's end, for the trace
    (`declined_complement`); None when the name completes no such noun."""
    first = doc.token_at(mention.start)
    noun = doc.tokens[head].head
    if entity.type != "ORG" or not 0 <= noun < first or doc.tokens[noun].sentence != doc.tokens[head].sentence \
            or (mention.start > 0 and doc.text[mention.start - 1] in OPENING_QUOTE_MARKS) \
            or _lemma(doc, noun) not in NAMED_KIND_NOUNS or not declined_complement(doc, entity, noun, head):
        return None
    token = doc.tokens[noun]
    return Anaphor(noun, token.start, phrase_end(doc, mention), "description", "apposition", _lemma(doc, noun), "",
                   "sing", token.sentence)


@rule("coref")
def relatum_before_name(doc: Document, entity: EntityAnn, mention: Span, head: int) -> bool:
    """A person's genitive name right after a genitive noun, with another person's name right after it ("по данным
    адвоката Лебедева | Евгения Бару", "заместителя Наздратенко | Константина Толстошеина"): the noun before is the
    second one's title and the first name its complement (whose lawyer, whose deputy), so no phrase of the first
    name. Only when the parse hangs a word of the second name (its first SECOND_NAME_WORDS) on that noun ("младший
    внук певицы Аллы Пугачевой | Дэни Байсаров": the second name is the grandson's, the first the singer's own)."""
    if entity.type != "PER" or doc.tokens[head].feats.get("Case") != "Gen":
        return False
    following = doc.token_at(mention.end)
    if following >= len(doc.tokens) or doc.tokens[following].start - mention.end > 1 \
            or doc.tokens[following].sentence != doc.tokens[head].sentence:
        return False
    if person_name_starts(doc).get(following) != doc.tokens[following].start:
        return False
    noun = word_before(doc, doc.token_at(mention.start), OPENING_QUOTE_MARKS)
    if noun < 0 or doc.tokens[noun].pos != "NOUN" or doc.tokens[noun].feats.get("Case") != "Gen":
        return False
    second = range(following, following + SECOND_NAME_WORDS)
    return any(index < len(doc.tokens) and doc.tokens[index].head == noun for index in second)


@rule("coref")
def aged_name(doc: Document, entity: EntityAnn, mention: Span, head: int) -> Anaphor | None:
    """A person's name right after an age adjective ("состояние здоровья 54-летнего Клинтона", "сыновьями,
    9-летним Юсефом"): the two are one mention of the person whatever the name complements or is coordinated with,
    when the name is under half of it. An age describes the person and picks out no other one, unlike an ordinal
    or a time ("второго Ющенко", left out of `modified_complement`)."""
    first = doc.token_at(mention.start)
    if entity.type != "PER" or first == 0:
        return None
    age = doc.tokens[first - 1]
    if not _lemma(doc, first - 1).endswith(AGE_ADJECTIVE_ENDINGS) or age.sentence != doc.tokens[first].sentence:
        return None
    if (mention.end - mention.start) / (mention.end - age.start) >= MAX_SHARE:
        return None  # "20-летняя Бритни Спирс": the name's own mention covers the phrase
    token = doc.tokens[head]
    return Anaphor(head, age.start, mention.end, "description", "apposition", fold((token.lemma or token.text).lower()),
                   "", "sing", token.sentence)


def _settlement(doc: Document, entity: EntityAnn, mention: Span, head: int) -> bool:
    """Whether the place's name stands beside a settlement noun before it ("городе | Мосул")."""
    if entity.type != "LOC":
        return False
    top = _top(doc, entity, mention, head, doc.token_at(mention.start))
    return top is not None and top != head


def _modified(doc: Document, mention: Span) -> bool:
    """Whether a lowercase adjective stands right before the name (past an opening quotation mark)."""
    index = word_before(doc, doc.token_at(mention.start), OPENING_QUOTE_MARKS)
    return index >= 0 and doc.tokens[index].pos == "ADJ" and doc.tokens[index].text[:1].islower()


SECOND_NAME_WORDS = 3  # the words of the second name `relatum_before_name` reads
ROLE_PHRASE_TOKENS = 14  # a role phrase before a name is at most this many words long
ROLE_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "ADP", "X", "PUNCT"})
BRACKETS = frozenset("()")


@rule("coref")
def role_phrase(doc: Document, entity: EntityAnn, mention: Span, head: int) -> Anaphor | None:
    """A person's name after a noun phrase whose head is a singular person noun in the name's case ("мэра города
    Озерск Сергея Чернышева", "губернатор Петербурга Полтавченко", "своей бывшей теще Алле Пугачевой"): the phrase
    is a mention of the person even where the parse attaches the name elsewhere (to the verb, to a complement).
    The head is the leftmost agreeing person noun of the words before the name (nouns, adjectives, prepositions of
    complements; no verb, no conjunction, no clause mark); a genitive name takes only the nearest role noun
    (`PERSON_ROLES`: "адвоката министра Петрова" is the minister's lawyer), never a noun of relation ("сына
    Петрова")."""
    first = doc.token_at(mention.start)
    if entity.type != "PER" or first == 0:
        return None
    case = doc.tokens[head].feats.get("Case")
    if not case:
        return None
    run = _role_run(doc, first)
    nouns = [index for index in run if _person_noun(doc, index, case)]
    if case == "Gen":  # a genitive name is often a complement ("фигуранта дела об убийстве Гонгадзе")
        nouns = [index for index in nouns if _lemma(doc, index) in PERSON_ROLES
                 and _lemma(doc, index) not in RELATION_NOUNS][-1:]
    if not nouns:
        return None
    noun = nouns[0]
    start = noun
    while start - 1 in run and doc.tokens[start - 1].pos in ("ADJ", "DET", "NUM") \
            and _lemma(doc, start - 1) not in STOP_LEMMAS:
        start -= 1
    if start > 0 and _possessive(doc, start - 1, doc.tokens[noun].feats.get("Case")):
        start -= 1  # "своей бывшей теще Алле Пугачевой", "его заместителя Олега Смирнова"
    begin, end = doc.tokens[start].start, phrase_end(doc, mention)
    if (mention.end - mention.start) / (end - begin) >= MAX_SHARE:
        return None
    token = doc.tokens[noun]
    return Anaphor(noun, begin, end, "description", "apposition", _lemma(doc, noun), "", "sing", token.sentence)


def _role_run(doc: Document, first: int) -> list[int]:
    """The words right before a name that may belong to a noun phrase ending in it, nearest last: nouns, full
    adjectives, numerals, prepositions, quotation marks and closed brackets, within the sentence. A conjunction
    ends it ("принца Чарльза и | Камиллы": the words before are another person's), and so does an opening bracket
    with no closing one after it ("(Нарзикулов")."""
    sentence_start = doc.sentences[doc.tokens[first].sentence].token_start
    others = _person_name_tokens(doc, sentence_start, first)
    run: list[int] = []
    depth = 0
    index = first - 1
    while index >= sentence_start and len(run) < ROLE_PHRASE_TOKENS:
        token = doc.tokens[index]
        if token.pos not in ROLE_PHRASE_POS or _lemma(doc, index) in STOP_LEMMAS \
                or token.feats.get("Variant") == "Short" or index in others:
            break  # a verb, a short adjective ("согласен"), another person's name
        if token.pos == "PUNCT" and token.text not in QUOTE_MARKS:
            depth += {")": 1, "(": -1}.get(token.text, -1)
            if token.text not in BRACKETS or depth < 0:
                break
        run.append(index)
        index -= 1
    return run[::-1]




def _possessive(doc: Document, index: int, case: str | None) -> bool:
    """A possessive determiner before a role phrase: "его", "ее", "их", or "свой" in the phrase's case ("своей |
    теще")."""
    token = doc.tokens[index]
    if token.pos not in ("DET", "PRON"):
        return False
    if fold(token.text) in THIRD_PERSON_POSSESSIVES:
        return True  # possessives that do not decline
    return _lemma(doc, index) == "свой" and token.feats.get("Case") == case


def _person_name_tokens(doc: Document, start: int, end: int) -> set[int]:
    """The tokens from `start` to `end` (exclusive) inside a person's name mention that begins at or after token
    `start` and before token `end`, among the last ROLE_PHRASE_TOKENS (all `_role_run` reads): looked up in the
    document's index of name tokens (`_person_name_starts`), so a name costs the few tokens before it, not a walk
    over every mention of the document."""
    begin, stop = doc.tokens[start].start, doc.tokens[end].start
    starts = person_name_starts(doc)
    window = range(max(start, end - ROLE_PHRASE_TOKENS), end)
    return {index for index in window if begin <= starts.get(index, -1) < stop}


def person_name_starts(doc: Document) -> dict[int, int]:
    """The document's index of person name tokens (`_person_name_starts`), built once for its entities and mentions
    (rebuilt when an entity or a mention is added)."""
    basis = (len(doc.entities), sum(len(entity.mentions) for entity in doc.entities))
    return doc.derived("person_name_starts", _person_name_starts, basis)


def _person_name_starts(doc: Document) -> dict[int, int]:
    """Token index -> the latest start (a character offset) of a person's name mention that holds the token."""
    starts: dict[int, int] = {}
    for entity in doc.entities:
        if entity.type != "PER":
            continue
        for mention in entity.mentions:
            if mention.kind == "name":
                for index in range(*doc.token_range(mention.start, mention.end)):
                    starts[index] = max(starts.get(index, -1), mention.start)
    return starts


def _person_noun(doc: Document, index: int, case: str) -> bool:
    """A singular noun of a person's role or an animate noun, in `case` (the name's)."""
    token = doc.tokens[index]
    if token.pos not in ("NOUN", "PROPN") or token.feats.get("Number") == "Plur" or token.feats.get("Case") != case:
        return False
    lemma = _lemma(doc, index)
    if token.pos == "PROPN" and not (lemma in PERSON_ROLES and token.text[:1].isupper()):
        return False
    return lemma in PERSON_ROLES or token.feats.get("Animacy") == "Anim"
