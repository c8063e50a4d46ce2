"""Parse fixtures: documents with tokens, sentences, morphology, syntax and NER stored as CoNLL-U, so rule tests run
without slovnet.

A fixture file holds documents one after another. Each starts with `# newdoc id = ID` and `# text_json = "..."`
(the whole text as a JSON string, newlines included), optionally `# ner = TYPE START END; TYPE START END` (character
offsets), then one CoNLL-U block per sentence. Token offsets are not stored: the loader finds each token's form in
the text from left to right, as razdel's tokens are substrings of it. HEAD counts from 1 inside its sentence, as
CoNLL-U says; the loader turns it into a document-wide index (-1 for the root).

Make or refresh a fixture from made-up texts (one JSON object with "id" and "text" per line):

    .venv/bin/python -m tests.parses texts.jsonl tests/data/parses/NAME.conllu
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pipeline.document import Document, Sentence, Span, Token

PARSES = Path(__file__).parent / "data" / "parses"
PARSED = ("tokens", "sentences", "ner_spans", "morph", "syntax")  # what a fixture document carries


def run_stages(doc: Document, names: tuple[str, ...]) -> Document:
    """Run rule stages (entities, coref, dates, quotes, events) over a fixture document, without slovnet."""
    from pipeline.pipeline import build_pipeline

    failure = build_pipeline(names, given=PARSED).process_batch([doc])[0]
    if failure is not None:
        raise failure.error
    return doc


def _feats(column: str) -> dict[str, str]:
    if column == "_":
        return {}
    return dict(pair.split("=", 1) for pair in column.split("|"))


def _ner(column: str, text: str) -> list[Span]:
    spans = []
    for item in filter(None, (part.strip() for part in column.split(";"))):
        type_, start, end = item.split()
        spans.append(Span(int(start), int(end), type_, text[int(start) : int(end)]))
    return spans


class _Builder:
    """Accumulates one document while its lines are read."""

    def __init__(self, doc_id: str) -> None:
        self.doc = Document(id=doc_id, text="")
        self.cursor = 0
        self.sentence: list[list[str]] = []

    def token_line(self, columns: list[str]) -> None:
        self.sentence.append(columns)

    def close_sentence(self) -> None:
        if not self.sentence:
            return
        doc, first = self.doc, len(self.doc.tokens)
        for columns in self.sentence:
            form = columns[1]
            start = doc.text.index(form, self.cursor)
            self.cursor = start + len(form)
            head = int(columns[6])
            doc.tokens.append(Token(start, self.cursor, form, len(doc.sentences), pos=columns[3],
                                    feats=_feats(columns[5]), lemma=columns[2],
                                    head=first + head - 1 if head else -1, rel=columns[7]))
        doc.sentences.append(Sentence(doc.tokens[first].start, doc.tokens[-1].end, first, len(doc.tokens)))
        self.sentence = []


def read_parses(path: Path) -> dict[str, Document]:
    """Every document of a fixture file, by id."""
    docs: dict[str, Document] = {}
    builder: _Builder | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if line.startswith("# newdoc id = "):
            if builder is not None:
                builder.close_sentence()
            builder = _Builder(line.removeprefix("# newdoc id = "))
            if builder.doc.id in docs:  # two branches appending a document of one name: the first would be lost
                raise ValueError(f"{path.name}: two documents with id {builder.doc.id!r}")
            docs[builder.doc.id] = builder.doc
        elif builder is None or (line.startswith("#") and not line.startswith(("# text_json = ", "# ner = "))):
            continue
        elif line.startswith("# text_json = "):
            builder.doc.text = json.loads(line.removeprefix("# text_json = "))
        elif line.startswith("# ner = "):
            builder.doc.ner_spans = _ner(line.removeprefix("# ner = "), builder.doc.text)
        elif not line.strip():
            builder.close_sentence()
        else:
            builder.token_line(line.split("\t"))
    if builder is not None:
        builder.close_sentence()
    return docs


def load_parse(name: str, doc_id: str) -> Document:
    """One document of tests/data/parses/NAME.conllu (a fresh copy each call: rules may annotate it)."""
    return read_parses(PARSES / f"{name}.conllu")[doc_id]


def _conllu_block(doc: Document, index: int) -> list[str]:
    sentence = doc.sentences[index]
    lines = []
    for position, token in enumerate(doc.tokens[sentence.token_start : sentence.token_end], start=1):
        head = token.head - sentence.token_start + 1 if token.head >= 0 else 0
        feats = "|".join(f"{k}={v}" for k, v in sorted(token.feats.items())) or "_"
        lines.append("\t".join([str(position), token.text, token.lemma or "_", token.pos or "_", "_", feats,
                                str(head), token.rel or "_", "_", "_"]))
    return lines


def format_parse(doc: Document) -> str:
    """One document as fixture text (the inverse of read_parses)."""
    lines = [f"# newdoc id = {doc.id}", f"# text_json = {json.dumps(doc.text, ensure_ascii=False)}"]
    if doc.ner_spans:
        lines.append("# ner = " + "; ".join(f"{s.type} {s.start} {s.end}" for s in doc.ner_spans))
    for index in range(len(doc.sentences)):
        lines.extend([*_conllu_block(doc, index), ""])
    return "\n".join(lines) + "\n"


def write_parses(texts: list[dict], path: Path) -> None:
    """Parse made-up texts with the real segment, ner and morph stages and store them as a fixture file."""
    from pipeline.pipeline import build_pipeline

    pipeline = build_pipeline(("segment", "ner", "morph"))
    docs = [Document(id=item["id"], text=item["text"]) for item in texts]
    pipeline.process_batch(docs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(format_parse(doc) for doc in docs), encoding="utf-8")


if __name__ == "__main__":
    source, target = sys.argv[1:3]
    items = [json.loads(line) for line in Path(source).read_text(encoding="utf-8").splitlines() if line.strip()]
    write_parses(items, Path(target))
