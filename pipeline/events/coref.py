"""Entities behind argument tokens: mentions, pronouns (agreement + recency) and first person inside quotes."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from pipeline.document import Document, Span
from pipeline.events.syntax import Tree, base
from pipeline.intervals import FirstContaining

# Third-person pronoun forms -> (gender, number) when the form alone tells; slovnet's features refine "его"/"им".
THIRD_PERSON: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("он", "него", "нему", "нем", "нём"), ("masc", "sing")),
    **dict.fromkeys(("его", "ему", "ним", "им"), ("masc", "sing")),
    **dict.fromkeys(("она", "её", "ее", "неё", "нее", "ей", "ней", "ею", "нею"), ("femn", "sing")),
    **dict.fromkeys(("оно",), ("neut", "sing")),
    **dict.fromkeys(("они", "их", "них", "ими", "ними"), ("", "plur")),
}
FIRST_PERSON_SINGULAR = frozenset({"я", "меня", "мне", "мной", "мною"})
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
WINDOW_SENTENCES = 3


@dataclass(slots=True)
class MentionRef:
    """One entity mention, with the gender and number of its head token."""

    entity: int
    span: Span
    type: str
    gender: str
    number: str
    sentence: int
    subject: bool


class Resolver:
    """Find the entity a token stands for."""

    def __init__(self, doc: Document, tree: Tree) -> None:
        self.doc = doc
        self.tree = tree
        self.by_token: dict[int, int] = {}
        self.mentions: list[MentionRef] = []
        for index, entity in enumerate(doc.entities):
            for mention in entity.mentions:
                tokens = _tokens_in(doc, mention.start, mention.end)
                for token in tokens:
                    self.by_token.setdefault(token, index)
                if tokens:
                    self.mentions.append(self._mention(index, mention, tokens))
        self.mentions.sort(key=lambda ref: ref.span.start)
        self._starts = [ref.span.start for ref in self.mentions]
        self._longest = max((ref.span.end - ref.span.start for ref in self.mentions), default=0)

    def _mention(self, entity: int, span: Span, tokens: list[int]) -> MentionRef:
        tokens_ = [self.doc.tokens[i] for i in tokens]
        head = next((i for i, token in zip(tokens, tokens_, strict=True)
                     if not (0 <= token.head < len(self.doc.tokens)) or token.head not in tokens), tokens[0])
        feats = self.doc.tokens[head].feats
        type_ = self.doc.entities[entity].type
        gender = self.doc.entities[entity].gender if type_ == "PER" else UD_GENDER.get(feats.get("Gender", ""), "")
        number = "plur" if feats.get("Number") == "Plur" else "sing"
        subject = any(base(self.doc.tokens[i].rel) == "nsubj" for i in tokens)
        return MentionRef(entity, span, type_, gender, number, self.doc.tokens[head].sentence, subject)

    def entity_of(self, token: int) -> int | None:
        """The entity whose mention covers the token."""
        return self.by_token.get(token)

    def entity_in(self, tokens: list[int], prefer: tuple[str, ...] = ("PER", "ORG", "LOC")) -> int | None:
        """The entity of the first mention inside `tokens`, by type preference."""
        found = [self.by_token[token] for token in tokens if token in self.by_token]
        for type_ in prefer:
            for entity in found:
                if self.doc.entities[entity].type == type_:
                    return entity
        return None

    def pronoun(self, token: int, exclude: set[int] | frozenset[int] = frozenset()) -> int | None:
        """The antecedent of a third-person pronoun: the nearest agreeing mention in the last few sentences.

        Persons come before places and organizations for "он"/"она"; a subject pronoun prefers the agreeing subject
        of the previous sentences; `exclude` holds entities the pronoun cannot be (the clause's own subject).
        """
        word = self.doc.tokens[token]
        form = word.text.lower()
        if form not in THIRD_PERSON:
            return None
        gender, number = THIRD_PERSON[form]
        if word.feats.get("Number") == "Plur":
            gender, number = "", "plur"
        elif word.feats.get("Gender") in UD_GENDER and number == "sing":
            gender = UD_GENDER[word.feats["Gender"]]
        candidates = [ref for ref in self._window(word.sentence - WINDOW_SENTENCES, word.start)
                      if ref.span.end <= word.start and ref.entity not in exclude
                      and word.sentence - WINDOW_SENTENCES <= ref.sentence <= word.sentence
                      and _agrees(ref, gender, number)]
        if not candidates:
            return None
        if number == "sing" and gender in ("masc", "femn"):
            persons = [ref for ref in candidates if ref.type == "PER"]
            candidates = persons or candidates
        if base(word.rel) == "nsubj":
            subjects = [ref for ref in candidates if ref.subject and ref.sentence < word.sentence]
            if subjects and subjects[-1].sentence == word.sentence - 1:
                return subjects[-1].entity
        return candidates[-1].entity

    def _window(self, sentence: int, end: int) -> list[MentionRef]:
        """The mentions (in order) that may lie in sentence `sentence` or later and start before offset `end`: a
        mention in that sentence ends after the sentence's first token starts, so starts at most its length
        before."""
        first = self.doc.sentences[max(sentence, 0)].token_start if self.doc.sentences else 0
        low = self.doc.tokens[first].start - self._longest if self.doc.tokens else 0
        return self.mentions[bisect_left(self._starts, low) : bisect_left(self._starts, end)]

    def speaker_pronoun(self, token: int) -> int | None:
        """A first-person singular pronoun inside a direct quote stands for the quote's speaker."""
        word = self.doc.tokens[token]
        if word.text.lower() not in FIRST_PERSON_SINGULAR:
            return None
        first = self._direct_at(word.start)  # the first direct quote over the word's start: usually the one
        if first is None:
            return None
        for quote in self.doc.quotes[first:]:
            if quote.kind == "direct" and quote.start <= word.start and word.end <= quote.end:
                return quote.speaker_entity
        return None

    @cached_property
    def _direct_at(self) -> FirstContaining:
        return FirstContaining([(quote.start, quote.end) if quote.kind == "direct" else (0, 0)
                                for quote in self.doc.quotes])


def _agrees(ref: MentionRef, gender: str, number: str) -> bool:
    if number == "plur":
        return ref.number == "plur" and ref.type != "PER"
    if ref.number == "plur":
        return False
    if ref.type == "PER":
        return ref.gender in ("", gender) and gender in ("masc", "femn")
    return ref.gender == gender


def _tokens_in(doc: Document, start: int, end: int) -> list[int]:
    tokens = []
    index = doc.token_at(start)
    while index < len(doc.tokens) and doc.tokens[index].end <= end:
        if doc.tokens[index].start >= start:
            tokens.append(index)
        index += 1
    return tokens
