"""One view of a document's dependency parse: children lists and the queries every rule package asks of them.

slovnet's heads are not guaranteed to form a tree (a cycle between two tokens happens), so every walk keeps a
visited set; the walk up is `Document.ancestors`. Relations are UD's, optionally with a subtype ("nsubj:pass"):
a query for "nsubj" matches both, a query for "nsubj:pass" only the subtype.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Container, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from itertools import compress
from operator import attrgetter

from pipeline.document import Document, Token
from pipeline.lang.fold import fold_many
from pipeline.lang.grammemes import forms_agree
from pipeline.lang.lexicon import ORGANIZATION_NOUNS
from pipeline.morphology import case_readings, gender_grammeme


def base(rel: str) -> str:
    """The universal part of a relation: "nsubj:pass" -> "nsubj"."""
    return rel.split(":", 1)[0]


_HEAD, _REL, _TEXT, _LEMMA = attrgetter("head"), attrgetter("rel"), attrgetter("text"), attrgetter("lemma")
_BASES: dict[str, str] = {}  # relation -> its universal part, for the few dozen relations the parser has
_MAX_BASES = 1024


def _base_shared(rel: str) -> str:
    """`base(rel)`, one string object per relation (a Tree keeps one per token)."""
    found = _BASES.get(rel)
    if found is None:
        found = base(rel)
        if len(_BASES) < _MAX_BASES:
            _BASES[rel] = found
    return found


def finite_verb(token: Token) -> bool:
    """A finite verb or auxiliary ("привёл", "был"), as slovnet tags it (VerbForm=Fin)."""
    return token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin"


def _active_finite(token: Token) -> bool:
    """A finite verb without the reflexive "-ся/-сь": active in Russian, whatever a tagger's Voice says."""
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Fin" \
        and not token.text.lower().endswith(("ся", "сь"))


def range_head(doc: Document, tokens: Sequence[int]) -> int:
    """The head of a non-empty run of tokens: the first whose parse head lies outside the run (the first token when
    the parse gives none, as in a cycle)."""
    inside = set(tokens)
    return next((index for index in tokens if doc.tokens[index].head not in inside), tokens[0])


def word_before(doc: Document, index: int, skip: Container[str] = ()) -> int:
    """The token before token `index`, past the tokens whose text is in `skip` (the quotation marks that open a name:
    "питерского «Зенита»" -> "питерского"; "со ссылкой на «МИД»" -> "на"): the word a rule reads left of a name for
    its preposition, conjunction or kind noun; -1 when there is none."""
    tokens = doc.tokens
    index -= 1
    while index >= 0 and tokens[index].text in skip:
        index -= 1
    return index


APPOSITION_LINKS = 4  # "председатель фракции | Фридрих | Мерц": a surname, its first name, the role they name


def main_subject(doc: Document, index: int) -> bool:
    """The token is, or stands in apposition to (up APPOSITION_LINKS appos/flat links, cycles cut), the subject of
    its sentence's main verb ("Enel давно работает в России": not "…, если «Рейнджерс» заинтересован", a subject of
    a subordinate clause)."""
    tokens = doc.tokens
    token = tokens[apposition_root(doc, index)]
    return token.rel.startswith("nsubj") and 0 <= token.head < len(tokens) and tokens[token.head].rel == "root"


def apposition_root(doc: Document, index: int, links: int = APPOSITION_LINKS) -> int:
    """The token a name stands in apposition to, up `links` appos/flat links ("директор центра | академик |
    Николай | Кардашев": "директор"), whose relation to the clause is the name's; else the token itself."""
    tokens = doc.tokens
    for _ in range(links):
        if not tokens[index].rel.startswith(("appos", "flat")) or not 0 <= tokens[index].head < len(tokens):
            break
        index = tokens[index].head
    return index


def phrase_top(doc: Document, index: int) -> int:
    """The head of the noun phrase a name closes: the token it stands in apposition to (`apposition_root`), then up
    conj links to the first conjunct ("кандидат от Демократической партии и бывший вице-президент | Джо Байден":
    "кандидат"); a name the parse hangs as a genitive on the noun right before it, in that noun's case, is that
    noun's apposition ("от президента-республиканца | Дональда Трампа"). The words before the name that this token
    dominates describe the person; the ones it does not belong to another phrase ("критика со стороны
    Демократической партии в адрес | Рона Десантиса": "Рона" heads its own phrase, and the party is the critic's)."""
    tokens = doc.tokens
    top = apposition_root(doc, index)
    role = tokens[top].head
    if index > 0 and role == index - 1 and tokens[top].rel.startswith("nmod") and tokens[role].pos == "NOUN" \
            and tokens[role].feats.get("Case") == tokens[top].feats.get("Case") is not None:
        top = apposition_root(doc, role)  # an apposition parsed as a genitive: "президента-республиканца | Дональда"
    seen = {top}
    while tokens[top].rel.startswith("conj") and 0 <= tokens[top].head < len(tokens) and tokens[top].head not in seen:
        top = tokens[top].head
        seen.add(top)
    return top


def earlier_subject(doc: Document, verb: int, start: int,
                    predicate_ok: Callable[[int], bool] | None = None) -> tuple[int, int] | None:
    """A finite predicate with no subject of its own takes the earlier clause's subject ("Она оставила теннис,
    рассталась со своим другом"; "Губернатор поддержал инициативу, но при этом отметил"): the latest subject (nsubj)
    between the sentence's first token `start` and `verb` of a finite verb before `verb` (one `predicate_ok` accepts,
    when given), returned with that verb, when the two verbs agree in number and, where both show it, in gender
    (`forms_agree`). None when the latest such subject's verb disagrees, or there is none. Callers keep their own
    guards (coref: no quotation mark in between; quotes: a coordinated clause with no noun of its own)."""
    tokens = doc.tokens
    for earlier in range(verb - 1, start - 1, -1):
        subject = tokens[earlier]
        predicate = subject.head
        if not subject.rel.startswith("nsubj") or not 0 <= predicate < verb \
                or tokens[predicate].feats.get("VerbForm") != "Fin" \
                or (predicate_ok is not None and not predicate_ok(predicate)):
            continue
        return (earlier, predicate) if forms_agree(tokens[verb].feats, tokens[predicate].feats) else None
    return None


def brought_in(doc: Document, index: int, quoted: Callable[[], bool], speech_verbs: Container[str] = ()) -> bool:
    """A person's name at token `index` brings the person in as the story's new subject, whom a speaking pronoun
    after it ("— заявил он") means rather than the person quoted before (coref `new_subject`): the subject of its
    sentence's main verb (`main_subject`) or of a trailing attribution (`attribution_subject`, with `speech_verbs`:
    "…, считает адвокат X. Он пояснил"), outside quotation marks (`quoted`, asked only of such a subject: the name
    stands in a direct quote, whose subjects belong to the quoted speech: in "«Мерц выступил против», — заявил он"
    the speaker is not Мерц)."""
    return (main_subject(doc, index) or attribution_subject(doc, index, speech_verbs)) and not quoted()


def attribution_subject(doc: Document, index: int, speech_verbs: Container[str]) -> bool:
    """The token is, or stands in apposition to, the subject of a speech verb (`speech_verbs`, folded lemmas) that the
    parse hangs as a parataxis on its sentence's root: a trailing attribution ("Заявление … не повлияет на ход
    кампании, считает адвокат, специалист по избирательному праву Вячеслав Плахотнюк": the reported clause is the
    root), by sense the sentence's main clause."""
    tokens = doc.tokens
    token = tokens[apposition_root(doc, index)]
    verb = token.head
    return token.rel.startswith("nsubj") and 0 <= verb < len(tokens) and tokens[verb].rel == "parataxis" \
        and 0 <= tokens[verb].head < len(tokens) and tokens[tokens[verb].head].rel == "root" \
        and folded_lemmas(doc)[verb] in speech_verbs


def acts_aside(doc: Document, index: int, quoted: Callable[[], bool]) -> bool:
    """A person's name at token `index` that acts in its sentence without being its main verb's subject (coref
    `acting_newcomer`): the agent of a passive verb or participle ("теории, описанные политологом Джином Шарпом": the
    person did the describing) or the genitive owner of a main subject that is a body (ORGANIZATION_NOUNS:
    "Администрация Трампа заключила соглашение": the person's administration acted; not a thing of the person's,
    "Машина Кудрина попала в аварию", "Смерть Навального вызвала протесты"), outside quotation marks (`quoted`, asked
    last)."""
    tokens = doc.tokens
    root = apposition_root(doc, index)
    token = tokens[root]
    if token.rel == "obl:agent":  # not a noun its own participle modifies: "с назначенным омбудсменом Титовым"
        return 0 <= token.head < len(tokens) and tokens[token.head].head != root and not quoted()
    owner = token.head
    return (token.rel.startswith("nmod") and token.feats.get("Case") == "Gen" and 0 <= owner < len(tokens)
            and folded_lemmas(doc)[owner] in ORGANIZATION_NOUNS and main_subject(doc, owner) and not quoted())


_Parts = tuple[list[list[int]], list[str], list[str], list[str], list[str]]


class _Fixed(threading.local):
    """(document, its token list, their count, the parts) while `parse_fixed(document)` holds, per thread: the
    parts once asked. Thread-local so that documents processed on threads of one process never share it."""

    def __init__(self) -> None:
        self.state: list = [None, None, 0, None]


_FIXED = _Fixed()


@contextmanager
def parse_fixed(doc: Document) -> Iterator[None]:
    """While inside, the document's parse (tokens' heads, relations, texts, lemmas) is not changed in place, so
    `_parts` compares it with what its lists were built from once, not at every call (~16 calls per document). A
    rule stage's processing of one document runs inside it (`pipeline.stage.Stage.process_batch`); the token list
    replaced or changing length is still noticed."""
    kept = _FIXED.state
    _FIXED.state = [doc, None, 0, None]
    try:
        yield
    finally:
        _FIXED.state = kept


def _parts(doc: Document) -> _Parts:
    """A Tree's per-token lists (children, relations, their universal parts, folded lemmas, folded words), built once
    per document and shared by the Trees of its stages (quotes, coref, events) while the tokens' heads, relations,
    texts and lemmas stay what they were built from (compared list by list: a parse changed in place builds them
    again; inside `parse_fixed` compared once). They are read through a Tree and, the folded lemmas and words,
    through `folded_lemmas` and `folded_words` (coref and entities); no reader changes them."""
    tokens = doc.tokens
    fixed = _FIXED.state
    if fixed[0] is doc and fixed[1] is tokens and fixed[2] == len(tokens):
        return fixed[3]
    heads, rels = list(map(_HEAD, tokens)), list(map(_REL, tokens))
    texts, lemmas = list(map(_TEXT, tokens)), list(map(_LEMMA, tokens))
    parts = doc.derived("tree", lambda _: _build_parts(heads, rels, texts, lemmas), (heads, rels, texts, lemmas))
    if fixed[0] is doc:
        fixed[1:] = [tokens, len(tokens), parts]
    return parts


def children(doc: Document) -> list[list[int]]:
    """Each token's dependents, in text order: `Tree`'s children lists, built once per document and shared with its
    Trees (read only)."""
    return _parts(doc)[0]


def folded_lemmas(doc: Document) -> list[str]:
    """Each token's folded lemma (its folded text when it has none): `Tree.lemma`'s list, built once per document
    and shared with its Trees (read only)."""
    return _parts(doc)[3]


def folded_words(doc: Document) -> list[str]:
    """Each token's folded text: `Tree.word`'s list, shared like `folded_lemmas`."""
    return _parts(doc)[4]


def folded_words_and_lemmas(doc: Document) -> tuple[list[str], list[str]]:
    """`folded_words` and `folded_lemmas` from one look at the shared lists (each look compares their basis)."""
    parts = _parts(doc)
    return parts[4], parts[3]


def _build_parts(heads: list[int], rels: list[str], texts: list[str], lemmas: list[str]) -> _Parts:
    count = len(heads)
    children: list[list[int]] = [[] for _ in heads]
    for index, head in enumerate(heads):
        if 0 <= head < count and head != index:
            children[head].append(index)
    # per token, a relation and its universal part (`kids`)
    known = _BASES.get
    bases = [known(rel) or _base_shared(rel) for rel in rels]
    if not all(lemmas):  # a token without a lemma is looked up by its text
        lemmas = [lemma or text for lemma, text in zip(lemmas, texts, strict=True)]
    return children, rels, bases, fold_many(lemmas), fold_many(texts)


# the links inside a noun phrase: genitives and prepositional modifiers, conjuncts, appositions, parts of a name
NOUN_PHRASE_RELS = frozenset({"nmod", "conj", "appos", "flat", "flat:name"})
# the links by which the parser hangs a name on a person noun as its apposition (`Tree.case_apart`)
APPOSITION_RELS = frozenset({"appos", "flat", "nmod"})


class Tree:
    """Children lists over a document's tokens, with cycle-safe walks.

    `tokens` is the document's token list; `lemma(index)` is a token's folded lemma (its folded text when it has
    none), the form lexicon lookups use; `word(index)` its folded text. The rules ask for these hundreds of thousands
    of times per article, so they are a list's own lookups, with no Python call in between."""

    tokens: list[Token]
    lemma: Callable[[int], str]
    word: Callable[[int], str]

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.children, self._rels, self._bases, self._lemmas, words = _parts(doc)
        self.lemma = self._lemmas.__getitem__
        self.word = words.__getitem__

    @cached_property
    def date_at(self) -> dict[int, int]:
        """A date's words: token -> index of the first date of the dates stage its start lies in (built once per
        Tree; empty before the dates stage). The one reading of "a word of a date": a token a date splits keeps the
        date its start is in ("8-9 | мая", "январе-сентябре", "2021-2022"), and a word that only ends in a year is
        no date's word ("ЧМ-2018", "выборах-2020"); events read it (`syntax.dated`, `date_not_argument`), quotes
        too (a time word names no source)."""
        starts = [token.start for token in self.tokens]
        found: dict[int, int] = {}
        for number, date in enumerate(self.doc.dates):
            for index in range(bisect_left(starts, date.start), bisect_left(starts, date.end)):
                found.setdefault(index, number)
        return found

    def with_lemma(self, lexicon: Container[str]) -> Iterator[int]:
        """The positions, in order, whose folded lemma (`lemma`) is in `lexicon`: for a rule that looks only at a
        lexicon's words, one pass in C over the document instead of a test per token in Python. The lexicon is read
        at the call (the gate test opens it)."""
        return compress(range(len(self._lemmas)), map(lexicon.__contains__, self._lemmas))

    def lemmas(self, start: int, end: int) -> list[str]:
        """The folded lemmas (`lemma`) of tokens [start, end): a slice of the shared list, for a rule that reads a
        sentence's lemmas in one pass."""
        return self._lemmas[start:end]

    def feats(self, index: int) -> dict[str, str]:
        """slovnet's morphological features of a token."""
        return self.doc.tokens[index].feats

    def is_finite(self, index: int) -> bool:
        """A finite verb, or a short participle/adjective used as a predicate ("задержан", "готов")."""
        token = self.doc.tokens[index]
        if token.pos in ("VERB", "AUX") and token.feats.get("VerbForm") == "Fin":
            return True
        return token.pos in ("VERB", "ADJ") and token.feats.get("Variant") == "Short"

    def head_of(self, index: int) -> int | None:
        """The head of a token; None for the root, a head outside the document or the token itself."""
        head = self.doc.tokens[index].head
        return head if 0 <= head < len(self.doc.tokens) and head != index else None

    def kids(self, index: int, *rels: str) -> list[int]:
        """Children of `index`, optionally only those whose relation (full or universal part) is in `rels`."""
        children = self.children[index]
        if not rels or not children:  # a leaf, most tokens: no comprehension to run
            return list(children)
        rel_of, base_of = self._rels, self._bases
        found = []  # a loop, not a comprehension: Python 3.11 runs a comprehension as a call of its own (~30% here)
        for child in children:
            if rel_of[child] in rels or base_of[child] in rels:
                found.append(child)
        return found

    def ancestors(self, index: int) -> list[int]:
        """The heads above `index`, nearest first; stops at the root or at a cycle (`Document.ancestors`)."""
        return list(self.doc.ancestors(index))

    def dominates(self, ancestor: int, index: int) -> bool:
        """True when `ancestor` is `index` or one of its heads."""
        return ancestor == index or ancestor in self.doc.ancestors(index)

    def subtree(self, index: int, top_skip: frozenset[str] = frozenset(),
                deep_skip: frozenset[str] = frozenset()) -> list[int]:
        """`index` and its descendants in text order; children of `index` whose relation is in `top_skip` and
        descendants at any depth whose relation is in `deep_skip` are left out with their own subtrees."""
        result, stack, seen = [], [index], {index}
        children, rels, bases = self.children, self._rels, self._bases
        skip = top_skip | deep_skip if top_skip else deep_skip
        while stack:
            current = stack.pop()
            result.append(current)
            for child in children[current]:
                if child in seen or rels[child] in skip or bases[child] in skip:
                    continue
                seen.add(child)
                stack.append(child)
            skip = deep_skip  # `top_skip` applies to the children of `index` only
        return sorted(result)

    def phrase_nouns(self, index: int, through: frozenset[str] = NOUN_PHRASE_RELS, depth: int = 3) -> list[int]:
        """`index` and the nouns its noun phrase holds below it through `through` without a preposition (genitives,
        conjuncts, appositions: never a clause, nor a prepositional phrase's own noun: "с людьми на борту"), nearest
        first, at most `depth` links down: the nouns a modifier the parser hung inside the phrase may hang on
        ("участок в провинции", "задержания участников марша в Минске", "президентов США и Грузии")."""
        found, layer, seen = [index], [index], {index}
        for _ in range(depth):
            layer = [child for current in layer for child in self.kids(current, *through)
                     if child not in seen and self.tokens[child].pos in ("NOUN", "PROPN")
                     and self.preposition(child) is None]
            seen.update(layer)
            found += layer
        return found

    def case_apart(self, index: int) -> bool:
        """A person's name (an animate PROPN) that the parser hung on a noun as its apposition or a part of its name
        (appos, flat), or on a person noun as a bare modifier (nmod without a preposition), in a case its head cannot
        share: an apposition agrees in case with its head ("министра Сергея Лаврова", "министру Ивановой"), so
        "назначил на пост гендиректора Владиславу Соловьеву" is two phrases, the office and the verb's dative. Apart
        when the two are tagged in different cases and neither's tag is a reading of the other's form, the name's of
        its tagged gender (`case_readings`: "гендиректора Анну" share the accusative, masculine "Владиславу" is only a
        dative), nor may the name agree with a declined word above its head (`_phrase_heads`), and nothing but
        the head's own phrase stands between them (a name hung across other words is a misparse). Never apart: a
        genitive name after its noun, its owner ("пост Иванова"), nor a nominative one, the naming form that stands
        in any case ("по прозвищу Голландец", "клуба «Васко да Гама»")."""
        token = self.doc.tokens[index]
        if token.pos != "PROPN" or token.feats.get("Animacy") != "Anim" or self._bases[index] not in APPOSITION_RELS \
                or self.preposition(index) is not None:
            return False
        head = self.head_of(index)
        if head is None or head > index or self.doc.tokens[head].pos != "NOUN":
            return False
        noun = self.doc.tokens[head]
        case, noun_case = token.feats.get("Case"), noun.feats.get("Case")
        if not case or not noun_case or case in (noun_case, "Gen", "Nom"):
            return False
        if self._bases[index] == "nmod" and noun.feats.get("Animacy") != "Anim":
            return False  # a thing's noun governs a dative of its own: "письмо Путину", "памятник Пушкину"
        if not all(self.dominates(head, between) for between in range(head + 1, index)):
            return False  # hung across other words ("иск редактора … к мэру … Юрию Хорошенькову"): the parse says none
        readings = case_readings(token.text, gender_grammeme(token))
        return not any(self._may_agree(other, case, readings) for other in self._phrase_heads(head))

    def _phrase_heads(self, index: int) -> list[int]:
        """A noun and the declined words above it, up to APPOSITION_LINKS links and not past a word without a case
        (a finite verb, an infinitive): the words an apposition may stand beside, as the parser may hang it one noun
        too low ("мэру Урюпинска Юрию Хорошенькову", "фермеру из Кентукки Фрэнсису Флурной", "с исполняющим
        обязанности премьер-министра Израиля Эхудом Ольмертом")."""
        found = [index]
        for head in self.ancestors(index)[:APPOSITION_LINKS]:
            if not self.doc.tokens[head].feats.get("Case"):
                break
            found.append(head)
        return found

    def _may_agree(self, noun: int, case: str, readings: frozenset[str]) -> bool:
        """A name tagged `case`, whose form can have `readings`, may agree with the noun: the noun is tagged in one
        of them, or some reading of its form has the name's tagged case."""
        noun_case = self.doc.tokens[noun].feats.get("Case")
        return not noun_case or noun_case in readings or case in case_readings(self.doc.tokens[noun].text)

    def preposition(self, index: int) -> str | None:
        """The lowercased preposition of a noun ("в", "в связи с", "во время"), or None."""
        rel_of, children = self._rels, self.children
        for child in children[index]:
            if rel_of[child] != "case":
                continue
            token = self.doc.tokens[child]
            if token.pos == "ADP" or token.text.isalpha():
                fixed = [kid for kid in children[child] if rel_of[kid] == "fixed" or self._bases[kid] == "fixed"]
                if not fixed:  # most prepositions: one word ("в"), no `kids` call
                    return token.text.lower()
                return " ".join([token.text.lower()] + [self.doc.tokens[kid].text.lower() for kid in fixed])
        return None

    def negated(self, index: int) -> bool:
        """True when the predicate has a negating "не"/"ни" particle."""
        return any(self.doc.tokens[child].text.lower() in ("не", "ни") for child in self.kids(index, "advmod"))

    def conditional(self, index: int) -> bool:
        """True when the predicate carries the subjunctive particle "бы"."""
        return any(self.doc.tokens[child].text.lower() in ("бы", "б") for child in self.children[index])

    def passive(self, index: int) -> bool:
        """True for a passive predicate: "был поврежден", "задержаны", a verb with a nsubj:pass dependent. A finite
        verb without "-ся" is active whatever its Voice tag says ("прокуратура опротестовывала решение" tagged
        Voice=Pass): Russian finite passives are reflexive, the others are participles."""
        token = self.doc.tokens[index]
        if token.feats.get("Voice") == "Pass" and not _active_finite(token):
            return True
        return bool(self.kids(index, "aux:pass", "nsubj:pass"))
