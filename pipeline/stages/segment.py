"""segment: razdel sentences and tokens, with offsets into the original text."""

from __future__ import annotations

from razdel import sentenize, tokenize

from pipeline.document import Document, Sentence, Token
from pipeline.stage import Stage


def lines(text: str) -> list[tuple[int, str]]:
    """Non-blank lines of the text with their start offsets: in news a line break always ends a sentence
    (a title, a paragraph, a dialogue turn), which razdel alone does not assume."""
    found, start = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found.append((start, line))
        start += len(line)
    return found


class SegmentStage(Stage):
    """Split text into lines, lines into sentences and tokens with razdel; every offset points into `doc.text`."""

    name = "segment"
    requires = ("text",)
    provides = ("sentences", "tokens")

    def process(self, doc: Document) -> None:
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        for line_start, line in lines(doc.text):
            for sentence in sentenize(line):
                first, begin, number = len(tokens), line_start + sentence.start, len(sentences)
                for token in tokenize(sentence.text):
                    start = begin + token.start
                    tokens.append(Token(start, start + len(token.text), token.text, number))
                if len(tokens) > first:
                    sentences.append(Sentence(begin, line_start + sentence.stop, first, len(tokens)))
        doc.tokens = tokens
        doc.sentences = sentences
