"""The rule stages end on any parse: slovnet sometimes gives a token itself, or a cycle of tokens, as heads.

Two such parses hung real runs (a conjunct walk in the events stage, a coordination walk in the quotes stage: bsnlp-dev
`bsnlp-ec-257` sat there until the document timeout). Here every walk over heads meets broken trees on purpose: the
stored parses of the rule tables, with their heads rewired into self-loops, two-token cycles, one ring per sentence
and seeded random heads with chain relations (conj, appos, flat), must all run through every rule stage without an
error and within a few seconds each.
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

import pytest

from pipeline.document import Document
from tests.parses import PARSES, read_parses, run_stages

RULE_STAGES = ("entities", "coref", "dates", "quotes", "events")
CHAIN_RELATIONS = ("conj", "appos", "flat", "flat:name", "nsubj", "obj", "nmod", "amod", "acl:relcl", "parataxis")
SECONDS_PER_DOCUMENT = 10
SAMPLE_EVERY = 1  # every stored document of each fixture file


def sentence_ranges(doc: Document) -> Iterator[range]:
    for sentence in doc.sentences:
        yield range(sentence.token_start, sentence.token_end)


def self_loops(doc: Document, _rng: random.Random) -> None:
    for index, token in enumerate(doc.tokens):
        token.head = index


def two_cycles(doc: Document, _rng: random.Random) -> None:
    for tokens in sentence_ranges(doc):
        for index in tokens:
            partner = index + 1 if (index - tokens.start) % 2 == 0 else index - 1
            doc.tokens[index].head = partner if partner in tokens else index


def rings(doc: Document, _rng: random.Random) -> None:
    for tokens in sentence_ranges(doc):
        for index in tokens:
            doc.tokens[index].head = index + 1 if index + 1 in tokens else tokens.start


def random_chains(doc: Document, rng: random.Random) -> None:
    for tokens in sentence_ranges(doc):
        for index in tokens:
            doc.tokens[index].head = rng.choice(tokens)
            doc.tokens[index].rel = rng.choice(CHAIN_RELATIONS)


REWIRINGS: dict[str, Callable[[Document, random.Random], None]] = {
    "self_loops": self_loops, "two_cycles": two_cycles, "rings": rings, "random_chains": random_chains}


def sampled_documents() -> list[Document]:
    docs = []
    for path in sorted(PARSES.glob("*.conllu")):
        docs += list(read_parses(path).values())[::SAMPLE_EVERY]
    return docs


def run_rewired(rewiring: str, progress: Connection) -> None:
    """In a child process: rewire and run every sampled document, sending each id before its run, then "done" (or
    the error a stage raised)."""
    rng = random.Random(20261203)
    try:
        for doc in sampled_documents():
            REWIRINGS[rewiring](doc, rng)
            progress.send(doc.id)
            run_stages(doc, RULE_STAGES)
            assert all(0 <= event.trigger.start < event.trigger.end <= len(doc.text) for event in doc.events)
    except Exception as error:  # reported to the parent, which fails the test with it
        progress.send(f"error: {type(error).__name__}: {error}")
        return
    progress.send("done")


@pytest.mark.parametrize("rewiring", sorted(REWIRINGS))
def test_rule_stages_end_on_broken_trees(rewiring: str) -> None:
    assert len(sampled_documents()) > 500
    receiving, sending = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=run_rewired, args=(rewiring, sending), daemon=True)
    child.start()
    last = "(before the first document)"
    try:
        while receiving.poll(SECONDS_PER_DOCUMENT):
            message = receiving.recv()
            if message == "done" or message.startswith("error: "):
                break
            last = message
        else:
            pytest.fail(f"{last} with {rewiring}: the rule stages ran over {SECONDS_PER_DOCUMENT} s; a walk over heads "
                        "does not end")
    finally:
        child.kill()
        child.join()
    assert message == "done", f"{last} with {rewiring}: {message}"
