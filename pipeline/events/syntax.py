"""Walking slovnet's dependency parse: children, subtrees, prepositions, voice, negation.

slovnet's heads are not guaranteed to form a tree (a cycle between two tokens happens), so every walk here keeps a
visited set.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from pipeline.document import Document, Token
from pipeline.intervals import FirstContaining
from pipeline.lang.marks import QUOTE_MARKS, unpaired_marks

# Dependents that open a clause of their own: they are never part of an argument's noun phrase.
CLAUSE_RELS = frozenset({"acl", "advcl", "ccomp", "csubj", "parataxis", "xcomp", "discourse", "vocative"})


def base(rel: str) -> str:
    """The universal part of a relation: "nsubj:pass" -> "nsubj"."""
    return rel.split(":", 1)[0]


class Tree:
    """Children lists over a document's tokens, with cycle-safe walks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.children: list[list[int]] = [[] for _ in doc.tokens]
        for index, token in enumerate(doc.tokens):
            if 0 <= token.head < len(doc.tokens) and token.head != index:
                self.children[token.head].append(index)

    @cached_property
    def quote_at(self) -> FirstContaining:
        """offset -> index of the first quote of the document that contains it (or None)."""
        return FirstContaining([(quote.start, quote.end) for quote in self.doc.quotes])

    def token(self, index: int) -> Token:
        """The token at `index`."""
        return self.tokens[index]

    def kids(self, index: int, *rels: str) -> list[int]:
        """Children of `index`, optionally only those whose relation (full or universal part) is in `rels`."""
        if not rels:
            return list(self.children[index])
        return [child for child in self.children[index]
                if self.tokens[child].rel in rels or base(self.tokens[child].rel) in rels]

    def ancestors(self, index: int) -> Iterator[int]:
        """The heads above `index`, nearest first; stops at the root or at a cycle (`Document.ancestors`)."""
        return self.doc.ancestors(index)

    def subtree(self, index: int, top_skip: frozenset[str] = frozenset(),
                deep_skip: frozenset[str] = frozenset()) -> list[int]:
        """`index` and its descendants in text order; children of `index` whose relation is in `top_skip` and
        descendants at any depth whose relation is in `deep_skip` are left out with their own subtrees."""
        result, stack, seen = [], [index], {index}
        while stack:
            current = stack.pop()
            result.append(current)
            skip = top_skip | deep_skip if current == index else deep_skip
            for child in self.children[current]:
                rel = self.tokens[child].rel
                if child in seen or rel in skip or base(rel) in skip:
                    continue
                seen.add(child)
                stack.append(child)
        return sorted(result)

    def preposition(self, index: int) -> str | None:
        """The lowercased preposition of a noun ("в", "в связи с", "во время"), or None."""
        for child in self.children[index]:
            token = self.tokens[child]
            if token.rel == "case" and (token.pos == "ADP" or token.text.isalpha()):
                words = [token.text.lower()]
                words += [self.tokens[fixed].text.lower() for fixed in self.kids(child, "fixed")]
                return " ".join(words)
        return None

    def negated(self, index: int) -> bool:
        """True when the predicate has a negating "не"/"ни" particle."""
        return any(self.tokens[child].text.lower() in ("не", "ни") for child in self.kids(index, "advmod"))

    def conditional(self, index: int) -> bool:
        """True when the predicate carries the subjunctive particle "бы"."""
        return any(self.tokens[child].text.lower() in ("бы", "б") for child in self.children[index])

    def passive(self, index: int) -> bool:
        """True for a passive predicate: "был поврежден", "задержаны", a verb with a nsubj:pass dependent."""
        token = self.tokens[index]
        if token.feats.get("Voice") == "Pass":
            return True
        return bool(self.kids(index, "aux:pass", "nsubj:pass"))

    def noun_of(self, index: int) -> int:
        """The noun a quantifier heads ("более 30 человек" -> "человек"); the token itself otherwise."""
        if self.tokens[index].pos in ("ADV", "NUM"):
            for child in self.children[index]:
                if self.tokens[child].pos in ("NOUN", "PROPN") and base(self.tokens[child].rel) in ("obl", "nmod"):
                    return child
        return index

    def phrase_span(self, index: int) -> tuple[int, int]:
        """Character span of the noun phrase headed by `index`: its subtree without its preposition, coordinated
        members, clauses and edge punctuation."""
        tokens = self.subtree(index, top_skip=frozenset({"conj", "cc", "case", "punct", "mark"}),
                              deep_skip=CLAUSE_RELS | {"acl:relcl"})
        tokens = _trim(self.doc.text, self.tokens, _contiguous(tokens, index), index)
        return self.tokens[tokens[0]].start, self.tokens[tokens[-1]].end


def _contiguous(indices: list[int], head: int) -> list[int]:
    """The unbroken run of indices around the head: a crossing arc must not stretch a phrase over other words."""
    members = set(indices)
    low = high = head
    while low - 1 in members:
        low -= 1
    while high + 1 in members:
        high += 1
    return list(range(low, high + 1))


def _trim(text: str, tokens: list[Token], indices: list[int], head: int) -> list[int]:
    """Drop punctuation at both ends of a phrase, and a contiguous run that an unpaired quote mark would break."""
    while len(indices) > 1 and indices[0] != head and tokens[indices[0]].pos == "PUNCT":
        indices = indices[1:]
    while len(indices) > 1 and indices[-1] != head and tokens[indices[-1]].pos == "PUNCT":
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
