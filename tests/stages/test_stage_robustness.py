"""Rule stages on parses that real articles produce: a rule that reads an index from a parse must not crash on a
shape it did not expect (a crash costs the whole article, E020). Parses are hand-built, so the test does not
depend on what slovnet happens to output."""

from __future__ import annotations

from pipeline.document import Document, Sentence, Token
from pipeline.quotes.context import Context
from pipeline.quotes.subjects import find_subject

# A made-up sentence with the tree slovnet gave a real one (nerel-dev): a gerund ("объявив", advcl) whose head's
# sibling clause has a "что" but no speech verb before it, so the cue search finds nothing.
PARSE = [  # text, pos, feats, head, rel
    ("Опасаюсь", "VERB", "VerbForm=Fin", -1, "root"),
    (",", "PUNCT", "", 11, "punct"),
    ("что", "SCONJ", "", 6, "mark"),
    ("нашу", "DET", "Case=Acc", 4, "det"),
    ("просьбу", "NOUN", "Case=Acc", 6, "obj"),
    ("не", "PART", "", 6, "advmod"),
    ("учтут", "VERB", "VerbForm=Fin", 0, "ccomp"),
    (",", "PUNCT", "", 8, "punct"),
    ("заявив", "VERB", "VerbForm=Conv", 6, "advcl"),
    (",", "PUNCT", "", 11, "punct"),
    ("что", "SCONJ", "", 11, "mark"),
    ("опоздали", "VERB", "VerbForm=Fin", 0, "ccomp"),
    ("мы", "PRON", "Case=Nom", 11, "nsubj"),
    (".", "PUNCT", "", 0, "punct"),
]


def parsed_document() -> Document:
    """The sentence above as a Document with the hand-built parse."""
    tokens, text = [], ""
    for word, pos, marked, head, rel in PARSE:
        if text and word not in ",.":
            text += " "
        feats = dict(pair.split("=") for pair in marked.split("|") if pair)
        tokens.append(Token(len(text), len(text) + len(word), word, 0, pos, feats, word.lower(), head, rel))
        text += word
    return Document(id="parse", text=text, tokens=tokens, sentences=[Sentence(0, len(text), 0, len(tokens))])


def test_subject_search_survives_a_clause_without_a_cue() -> None:
    doc = parsed_document()
    verb = next(i for i, token in enumerate(doc.tokens) if token.text == "заявив")
    assert find_subject(Context(doc), verb) is None

