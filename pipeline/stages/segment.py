"""segment: razdel sentences and tokens, with offsets into the original text."""

from __future__ import annotations

from razdel import sentenize, tokenize

from pipeline.document import Document, Sentence, Token
from pipeline.stage import Stage


class SegmentStage(Stage):
    """Split text into sentences and tokens with razdel; every offset points into `doc.text`."""

    name = "segment"
    requires = ("text",)
    provides = ("sentences", "tokens")

    def process(self, doc: Document) -> None:
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        for sentence in sentenize(doc.text):
            first = len(tokens)
            for token in tokenize(sentence.text):
                start = sentence.start + token.start
                tokens.append(Token(start, start + len(token.text), token.text, len(sentences)))
            if len(tokens) > first:
                sentences.append(Sentence(sentence.start, sentence.stop, first, len(tokens)))
        doc.tokens = tokens
        doc.sentences = sentences
