"""Interviews that go on over narration: a dialogue interrupted by a paragraph without a dash keeps its
participants, and that paragraph, told between an answer and the next question, is the answer continued.

An interview printed as "— Вопрос?" / "— Ответ." lines often breaks its run of dash lines: an answer goes on in a
paragraph of its own ("Важно: …", a second paragraph of the same answer), and the next question opens a new run of
dash lines. `pipeline.quotes.direct.dash_lines` finds the participants of a dialogue from the question noun before
its first line ("отвечает на вопросы вместе с иммунологом X"); these rules carry them over such a break."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from pipeline.lang.fold import fold
from pipeline.lang.marks import ALL_DASHES, INTERVIEW_TURN, QUOTE_MARKS, SENTENCE_ENDS
from pipeline.quotes.clauses import trim_span
from pipeline.quotes.context import Candidate, Context
from pipeline.rules import rule

Interview = tuple[int | None, int | None]  # the asker's token and the answerer's token, as dash_lines keeps them

_MARKS, _DASHES = re.escape(QUOTE_MARKS), re.escape(ALL_DASHES)
# a paragraph: a run of text between blank lines (or line breaks: many sources put one paragraph a line)
PARAGRAPH = re.compile(r"[^\n]+")
# a label that opens an answer's paragraph ("! Важно:", "Справка:"): not part of the interviewee's words
LABEL = re.compile(rf"[^\w{_MARKS}'{_DASHES}]*(?:(?:\w+[ \t]?){{1,2}}:[ \t]+)?")
QUOTE_OR_DASH_OPENING = re.compile(rf"[\s{_MARKS}'{_DASHES}]")
SENTENCE_END = SENTENCE_ENDS | {")"}  # a paragraph ending otherwise is a heading ("КСТАТИ")
TURN_LABEL_WORDS = 4
MAX_GAP_PARAGRAPHS = 3  # an answer continued over more paragraphs than this is more likely the article's narration


def opens_with_question(text: str, content_start: int, line_end: int) -> bool:
    """Whether a dialogue line is a question: its text ends with "?"."""
    return text[content_start:line_end].rstrip().endswith("?")


def interview_carried(ctx: Context, found: Interview, previous: Interview, gap: tuple[int, int]
                      ) -> Interview | None:
    """— Ответ. ⏎ Абзац. ⏎ — Вопрос?: a dialogue after an interview that names no participants of its own goes on
    with the participants of that interview when at most MAX_GAP_PARAGRAPHS paragraphs of text, and no separator
    line ("***"), stand between them (an interview's questions and answers come in runs of dash lines broken by
    paragraphs). Its answers are direct_answer_carried's."""
    if found != (None, None) or previous[1] is None:
        return None
    paragraphs = gap_paragraphs(ctx.doc.text, *gap)
    if len(paragraphs) > MAX_GAP_PARAGRAPHS or any(
            not any(char.isalpha() for char in ctx.doc.text[first:last]) for first, last in paragraphs):
        return None
    return previous


@rule("quotes")
def direct_answer_carried(ctx: Context, content_start: int, line_end: int, interviewee: int, group: int
                          ) -> Candidate | None:
    """— Ответ.: a dialogue line answering a question of an interview carried over a break (interview_carried) is
    the interviewee's, as direct_answer's is."""
    start, end = trim_span(ctx.doc.text, content_start, line_end)
    if end <= start or not any(char.isalpha() for char in ctx.doc.text[start:end]):
        return None
    return Candidate(start, end, "direct", direct_answer_carried.__name__, None, None, "", interviewee, "subject",
                     group)


def gap_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs between two dialogue lines, as (start, end) offsets."""
    return [(match.start(), match.end()) for match in PARAGRAPH.finditer(text, start, end)
            if match.group().strip()]


@rule("quotes")
def answer_continued(ctx: Context, start: int, end: int, group: int) -> Candidate | None:
    """— Ответ. ⏎ Абзац без тире. ⏎ — Вопрос?: a paragraph right after an answer (or a dialogue line attributed to
    its speaker), before the interviewer's next question, goes on with that answer: its speaker is the previous
    quote's (a label before a colon, "Важно:", is left out)."""
    text = ctx.doc.text
    last = text[start:end].rstrip()
    if QUOTE_OR_DASH_OPENING.match(text, start) or last.endswith("?") or last[-1:] not in SENTENCE_END:
        return None  # a quotation, a dialogue line, a question or a heading: not an answer's plain paragraph
    label = LABEL.match(text, start, end)
    if label is not None:
        start = label.end()
    start, end = trim_span(text, start, end)
    if end <= start or not any(char.isalpha() for char in text[start:end]):
        return None
    return Candidate(start, end, "direct", answer_continued.__name__, None, None, "", None, "inherit", group)


def continued_answers(ctx: Context, start: int, end: int) -> list[Candidate]:
    """The answer_continued quotes of the paragraphs that open the gap between two dialogue runs, up to the first
    paragraph that does not continue the answer (a heading, a quotation); at most MAX_GAP_PARAGRAPHS."""
    found: list[Candidate] = []
    for first, last in gap_paragraphs(ctx.doc.text, start, end)[:MAX_GAP_PARAGRAPHS]:
        candidate = answer_continued(ctx, first, last, -first - 1)
        if candidate is None:
            break
        found.append(candidate)
    return found


@dataclass(frozen=True)
class Turn:
    """One turn of an interview printed as "Label: words": its label's span, its words' span, its source token."""

    label: str
    content_start: int
    content_end: int
    source: int | None
    question: bool


def interview_turns(ctx: Context) -> list[Turn]:
    """The turns of an interview printed as "Label: words" lines: the turns of the labels that take part in an
    exchange (a turn that asks a question, "…?", answered by the next turn, of another label), a label's single
    turn only when it is in such an exchange; a label is a short verbless source phrase (the same test as
    headlines') or words only ("Корр", "Deutsche Welle"); a turn's words open with a capital letter."""
    from pipeline.quotes.headlines import source_head  # the headline source test; imported here: no import cycle

    text = ctx.doc.text
    turns = []
    for match in INTERVIEW_TURN.finditer(text):
        source = source_head(ctx, match.start("label"), match.end("label"), TURN_LABEL_WORDS)
        label = fold(match.group("label").strip())
        if source is None and not all(word.isalpha() for word in label.rstrip(".").split()):
            continue
        content = match.group("content")
        if not content[0].isupper():
            continue  # "Вакцинация: кого прививать?": a heading's subtitle; a turn opens with a capital
        turns.append(Turn(label, match.start("content"), match.end("content"), source, content.endswith("?")))
    exchanges = _exchanges(turns)
    taking_part = {turn.label for pair in exchanges for turn in pair}
    counts = Counter(turn.label for turn in turns)
    return [turn for turn in turns if turn.label in taking_part and (counts[turn.label] >= 2 or any(
        turn in pair for pair in exchanges))]


@rule("quotes")
def interview_turn(ctx: Context, turn: Turn) -> Candidate | None:
    """Голос Америки: Вопрос? ⏎ Мустафа Джемилев: Ответ.: in an interview printed as labelled turns
    (interview_turns), each turn's words are its label's (a question too: QUOTES.md counts a question whose text
    is given)."""
    start, end = trim_span(ctx.doc.text, turn.content_start, turn.content_end)
    if end <= start:
        return None
    mode = "subject" if turn.source is not None else "none"
    return Candidate(start, end, "direct", interview_turn.__name__, None, None, "", turn.source, mode,
                     -turn.content_start - 1)


def turn_interview(ctx: Context, turns: list[Turn]) -> tuple[Interview, int] | None:
    """The participants of a labelled-turn interview, for the dash lines that go on with it after its last turn
    (asker: the source of its last question turn; answerer: the source of the turn that answers it), and where
    its last turn ends."""
    pairs = [(first, second) for first, second in _exchanges(turns) if second.source is not None]
    if not pairs:
        return None
    asker, answerer = pairs[-1]
    return (asker.source, answerer.source), turns[-1].content_end


def _exchanges(turns: list[Turn]) -> list[tuple[Turn, Turn]]:
    """The pairs of successive turns where a question is answered by another label's turn."""
    return [(first, second) for first, second in pairwise(turns) if first.question and second.label != first.label]
