"""The events view of the dependency parse: `pipeline.lang.tree.Tree` (children, subtrees, prepositions, voice,
negation) plus what arguments need: the noun a quantifier heads, a noun phrase's span, the quote at an offset."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from pipeline.document import Document, Token
from pipeline.intervals import FirstContaining
from pipeline.lang.lexicon import ANAPHORIC_RELATIVE_PRONOUNS, QUANTITY_NOUNS
from pipeline.lang.marks import QUOTE_MARKS, unpaired_marks
from pipeline.lang.tree import Tree as LangTree
from pipeline.lang.tree import base
from pipeline.morphology import indeclinable

# Dependents that open a clause of their own: they are never part of an argument's noun phrase.
CLAUSE_RELS = frozenset({"acl", "advcl", "ccomp", "csubj", "parataxis", "xcomp", "discourse", "vocative"})


__all__ = ["CLAUSE_RELS", "Tree", "base", "dated"]

# what may stand between two coordinated verbs that share an object: the conjunction, a comma, an adverb ("задержали
# и затем допросили")
SHARING_GAP_RELS = frozenset({"cc", "punct", "advmod"})

# what a noun phrase's span leaves out: at its head, coordinated members, the preposition, punctuation and a
# subordinator; at any depth, clauses
_PHRASE_TOP_SKIP = frozenset({"conj", "cc", "case", "punct", "mark"})
_PHRASE_DEEP_SKIP = CLAUSE_RELS | {"acl:relcl"}


class Tree(LangTree):
    """The document's dependency tree with the queries of event arguments."""

    @cached_property
    def quote_at(self) -> FirstContaining:
        """offset -> index of the first quote of the document that contains it (or None)."""
        return FirstContaining([(quote.start, quote.end) for quote in self.doc.quotes])

    def in_name(self, index: int, entity_type: str | None = None) -> bool:
        """Whether the token lies inside a mention of an entity (of the type, if one is given: "в «Лукойле»" an ORG);
        one binary search on the document's mentions, built once per type."""
        lookup = self._names.get(entity_type)
        if lookup is None:
            lookup = self._names[entity_type] = FirstContaining(
                [(mention.start, mention.end) for entity in self.doc.entities
                 if entity_type is None or entity.type == entity_type for mention in entity.mentions])
        return lookup(self.tokens[index].start) is not None

    token: Callable[[int], Token]  # the token at an index (the token list's own lookup)

    def __init__(self, doc: Document) -> None:
        super().__init__(doc)
        self.token = self.tokens.__getitem__
        self._phrases: dict[int, tuple[int, int]] = {}  # phrase_span per head (several drafts share arguments)
        self._names: dict[str | None, FirstContaining] = {}  # in_name's lookups per entity type (None: any)
        self.dues: dict[tuple[int, ...], int | None] = {}  # modality's `_due` per predicate chain (two rules ask it)

    def case(self, index: int) -> str:
        """The case of a token: slovnet's, or for an indeclinable noun, whose form shows none ("в расположенном
        поблизости кафе", tagged genitive), the case of the first word that agrees with it (an adjective, a
        participle, a determiner); for a name's particle that heads it ("бен Ладеном"), its name's; "" when nothing
        says."""
        token = self.tokens[index]
        if not token.feats.get("Case") and token.pos in ("PART", "X", "ADP", "PROPN"):
            for child in self.children[index]:  # a name's particle heads it: "с бен Ладеном", "фон Брауна"
                if self.tokens[child].rel == "flat:name" and self.tokens[child].feats.get("Case"):
                    return self.tokens[child].feats["Case"]
        if token.pos != "NOUN" or not indeclinable(token.text, "NOUN"):
            return token.feats.get("Case", "")
        for child in self.children[index]:
            modifier = self.tokens[child]
            if base(modifier.rel) in ("amod", "det", "acl") and modifier.feats.get("Case") and child < index:
                return modifier.feats["Case"]
        return token.feats.get("Case", "")

    def noun_of(self, index: int) -> int:
        """The noun a quantifier heads ("более 30 человек" -> "человек", "несколько десятков человек" -> "человек",
        "группа активистов" -> "активистов"); the token itself otherwise."""
        for _ in range(3):
            token = self.tokens[index]
            if token.pos not in ("ADV", "NUM") and not (token.pos == "NOUN" and self.lemma(index) in QUANTITY_NOUNS):
                return index
            counted = [child for child in self.children[index] if self.tokens[child].pos in ("NOUN", "PROPN")
                       and base(self.tokens[child].rel) in ("obl", "nmod") and child > index]
            if not counted:
                return index
            index = counted[0]
        return index

    def relative_antecedent(self, index: int) -> int | None:
        """The noun that the relative clause of a "который" modifies ("ракета, которая была выпущена" -> "ракета"):
        the head of the clause that the pronoun's verb (or the pronoun's head's verb) opens."""
        for depth, ancestor in enumerate(self.ancestors(index)):
            if self.tokens[ancestor].rel in ("acl:relcl", "acl"):
                return self.head_of(ancestor)
            if depth >= 1:
                break
        return None

    def referent(self, index: int) -> int:
        """The noun a token stands for: the antecedent of a relative "который", the counted noun of a quantifier,
        the token itself otherwise."""
        if self.lemma(index) in ANAPHORIC_RELATIVE_PRONOUNS:
            antecedent = self.relative_antecedent(index)
            if antecedent is not None:
                return self.noun_of(antecedent)
        return self.noun_of(index)

    def shared_object(self, verb: int) -> list[int]:
        """The object a verb shares with the coordinated verb after it: two active verbs joined with nothing of the
        first's own between them (a conjunction, a comma, an adverb) act both on the object that follows the second
        ("задержали и допросили подозреваемого", "арестовать и выдать убийц"); none when the first has an object of
        its own or is passive."""
        token = self.tokens[verb]
        if token.pos != "VERB" or self.passive(verb) or self.kids(verb, "obj"):
            return []
        for other in self.kids(verb, "conj"):
            if other > verb and self.tokens[other].pos == "VERB" and not self.passive(other) and all(
                    base(self.tokens[index].rel) in SHARING_GAP_RELS and self.tokens[index].head in (verb, other)
                    for index in range(verb + 1, other)):
                return [child for child in self.kids(other, "obj") if child > other]
        return []

    def phrase_span(self, index: int) -> tuple[int, int]:
        """Character span of the noun phrase headed by `index`: its subtree without its preposition, coordinated
        members, clauses, a name in another case than its head (`case_apart`) and edge punctuation (computed once per
        head: the events stage does not change the parse)."""
        found = self._phrases.get(index)
        if found is None:
            tokens = self.subtree(index, top_skip=_PHRASE_TOP_SKIP, deep_skip=_PHRASE_DEEP_SKIP)
            tokens = self._without_names_apart(tokens, index)
            tokens = _trim(self.doc.text, self.tokens, _contiguous(tokens, index, self.tokens), index)
            found = self._phrases[index] = (self.tokens[tokens[0]].start, self.tokens[tokens[-1]].end)
        return found

    def _without_names_apart(self, tokens: list[int], index: int) -> list[int]:
        """A phrase's tokens less the subtree of every name in it that stands apart from its head (`case_apart`):
        "гендиректора Владиславу Соловьеву" -> "гендиректора"."""
        apart = [token for token in tokens if token != index and self.case_apart(token)]
        if not apart:
            return tokens
        dropped = {member for name in apart for member in self.subtree(name)}
        return [token for token in tokens if token not in dropped]


def _contiguous(indices: list[int], head: int, tokens: list[Token]) -> list[int]:
    """The unbroken run of indices around the head: a crossing arc must not stretch a phrase over other words. The
    period of an abbreviation inside the phrase does not break it ("по ч. 2 ст. 110 УК РФ": the parse hangs that
    period elsewhere), nor the period of an initial ("Д.Медведев", "В.В. Путина": `_initial_period`)."""
    members = set(indices)
    low = high = head
    while True:
        if low - 1 in members:
            low -= 1
        elif low - 2 in members and _short_form_period(tokens, low - 1):
            low -= 2
        else:
            break
    while True:
        if high + 1 in members:
            high += 1
        elif high + 2 in members and _short_form_period(tokens, high + 1):
            high += 2
        else:
            break
    return list(range(low, high + 1))


def _short_form_period(tokens: list[Token], index: int) -> bool:
    """The period of an abbreviation or of a name's initial."""
    return _abbreviation_period(tokens, index) or _initial_period(tokens, index)


def _initial_period(tokens: list[Token], index: int) -> bool:
    """A period written right after a single capital letter and before a capitalized word of the same sentence
    closes a name's initial ("Д.Медведев назначил А.Бастрыкина", "по распоряжению В.В. Путина"), which the parse
    hangs apart: the name's phrase goes on past it, where it stopped at the bare initial ("Д")."""
    if not 0 < index < len(tokens) - 1 or tokens[index].text != ".":
        return False
    letter, after = tokens[index - 1], tokens[index + 1]
    return letter.end == tokens[index].start and len(letter.text) == 1 and letter.text.isupper() \
        and after.text[:1].isupper() and after.sentence == letter.sentence


def _abbreviation_period(tokens: list[Token], index: int) -> bool:
    """A period written right after a short lower-case word ("ч.", "ст.", "п.") and before a word of the same
    sentence: it closes an abbreviation, not a sentence."""
    if not 0 < index < len(tokens) - 1 or tokens[index].text != ".":
        return False
    word, after = tokens[index - 1], tokens[index + 1]
    return word.end == tokens[index].start and word.text.isalpha() and word.text.islower() and len(word.text) <= 3 \
        and after.sentence == word.sentence


def _trim(text: str, tokens: list[Token], indices: list[int], head: int) -> list[int]:
    """Drop punctuation at both ends of a phrase, and a contiguous run that an unpaired quote mark would break."""
    while len(indices) > 1 and indices[0] != head and tokens[indices[0]].pos == "PUNCT" \
            and not _closing(text, tokens, indices[1:], indices[0]):
        indices = indices[1:]
    while len(indices) > 1 and indices[-1] != head and tokens[indices[-1]].pos == "PUNCT" \
            and not _closing(text, tokens, indices[:-1], indices[-1]):
        indices = indices[:-1]
    if len(indices) > 1 and unpaired_marks(text[tokens[indices[0]].start : tokens[indices[-1]].end]):
        # An unpaired quote mark inside: keep the head and what precedes the first mark only.
        kept = []
        for i in indices:
            if any(char in QUOTE_MARKS for char in tokens[i].text) and i != head:
                if i > head:
                    break
                kept = []
                continue
            kept.append(i)
        indices = kept or [head]
    return indices


def _closing(text: str, tokens: list[Token], rest: list[int], edge: int) -> bool:
    """A quote mark at the edge of a phrase that pairs a mark inside it: "из СПС и «Яблока»" keeps its closing mark
    (without it the name's opening mark would be unpaired)."""
    if not any(char in QUOTE_MARKS for char in tokens[edge].text):
        return False
    low, high = min(rest[0], edge), max(rest[-1], edge)
    return bool(unpaired_marks(text[tokens[rest[0]].start : tokens[rest[-1]].end])) and not unpaired_marks(
        text[tokens[low].start : tokens[high].end])


def dated(tree: Tree, index: int) -> bool:
    """A date of the dates stage hangs on the word: one of its children starts inside a date ("те, кто приедет
    завтра", "7 мая должен покинуть")."""
    date_at = tree.date_at  # `pipeline.lang.tree.Tree.date_at`: a date's words
    return any(child in date_at for child in tree.kids(index))
