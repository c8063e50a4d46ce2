"""segment: razdel sentences and tokens, with offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from razdel.rule import JOIN, SPLIT, FunctionRule
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.sentenize import RULES, SentSegmenter, SentSplit, SentSplitter
from razdel.segmenters.tokenize import ATOM, SMILE, Atom, TokenSegmenter, TokenSplit, TokenSplitter

from pipeline.document import Document, Sentence, Token
from pipeline.lang.fold import fold
from pipeline.lang.grammemes import ADJECTIVAL_POS, agrees_with_noun
from pipeline.lang.lexicon import CLAUSE_OPENING_WORDS
from pipeline.lang.marks import (
    ALL_DASHES,
    CLAUSE_MARKS,
    CLOSING_QUOTE_MARKS,
    QUOTE_MARKS,
    SINGLE_QUOTE_MARKS,
    last_open_quote,
)
from pipeline.morphology import UD_CASES, UD_GENDERS, UD_NUMBERS, parses, participle_readings
from pipeline.rules import fired, is_tracing, rejected, rule
from pipeline.stage import Stage

_SEGMENTER = TokenSegmenter()
_WINDOW = TokenSplitter().window
_SENTENCE_WINDOW = SentSplitter().window  # characters razdel's sentence split holds on each side

# razdel's atom: (start, stop, type, text); the types are RU, LAT, INT (letter or digit runs), PUNCT (one mark), OTHER
_Atom = tuple[int, int, str, str]
_WORD_ATOMS = frozenset({"RU", "LAT", "INT"})


def razdel_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """razdel's tokens of `text` as (start, stop, text), exactly as `razdel.tokenize` gives them.

    razdel builds an Atom object for every letter run or mark, a TokenSplit for every pair of neighbouring atoms,
    and finds each token's offset again with str.find, but its segmenter consults its rules only for atoms with
    nothing between them. This reads razdel's own atom pattern into tuples, decides most adjoining pairs from the
    two atoms (`_plain_verdict`), asks razdel's rules about the others, and takes the offsets from the atoms.
    """
    atoms = [(match.start(), match.end(), match.lastgroup or "", match.group()) for match in ATOM.finditer(text)]
    if not atoms:
        return
    start, stop, _, buffer = atoms[0]
    for index in range(1, len(atoms)):
        atom_start, atom_stop, _, atom_text = atoms[index]
        if atom_start == stop and _joins(atoms, index, buffer):
            stop, buffer = atom_stop, buffer + atom_text
            continue
        yield start, stop, buffer
        start, stop, buffer = atom_start, atom_stop, atom_text
    yield start, stop, buffer


def _plain_verdict(atoms: list[_Atom], index: int, buffer: str) -> bool | None:
    """razdel's verdict on the adjoining atoms before and at `index` (`buffer`: the token built so far) where it
    follows from the atoms' types and texts alone, else None (an OTHER atom, "!", "_", "/").

    razdel's rules, in order: a delimiter joins the atoms on its two sides unless one is a mark (dash, underscore),
    or when both are numbers ("." and ",", "/"); two marks join in a smiley, in "?!" or "...", in "--" and "**";
    an OTHER atom joins its neighbours; "yahoo!" joins. A word and a mark that is no delimiter join by none of
    them; a word and a following "." or "," only by the float rule; a word and a dash when a word follows the dash.
    """
    _, _, left_type, left = atoms[index - 1]
    _, _, right_type, right = atoms[index]
    if left_type in _WORD_ATOMS:
        if right_type in _WORD_ATOMS:
            return False
        if right_type != "PUNCT" or right in "!_/\\":
            return None
        following = atoms[index + 1][2] if index + 1 < len(atoms) else None
        if right in DASHES:
            return following is not None and following != "PUNCT"
        if right in ".,":
            return left_type == "INT" and following == "INT"
        return False
    if left_type != "PUNCT" or right_type == "OTHER" or left in "_/\\" or right == "!":
        return None
    if right_type in _WORD_ATOMS:
        preceding = atoms[index - 2][2] if index > 1 else None
        if left in DASHES:
            return preceding is not None and preceding != "PUNCT"
        if left in ".,":
            return preceding == "INT" and right_type == "INT"
        return False
    # two marks: only razdel's `punct` rule can join them (the delimiter rules need a word or number on each side)
    return bool(SMILE.match(buffer + right)) or (left in ENDINGS and right in ENDINGS) or left + right in ("--", "**")


def _joins(atoms: list[_Atom], index: int, buffer: str) -> bool:
    """razdel's verdict on the adjoining atoms before and at `index`, `buffer` being the token built so far."""
    verdict = _plain_verdict(atoms, index, buffer)
    if verdict is not None:
        return verdict
    window = [Atom(*atom) for atom in atoms[max(0, index - _WINDOW):index + _WINDOW]]
    cut = index - max(0, index - _WINDOW)
    split = TokenSplit(window[:cut], "", window[cut:])
    split.buffer = buffer
    return bool(_SEGMENTER.join(split))


def lines(text: str) -> list[tuple[int, str]]:
    """Non-blank lines of the text with their start offsets: in news a line break ends a sentence (a title, a
    paragraph, a dialogue turn), which razdel alone does not assume; `runs` joins the lines of a hard wrap."""
    found, start = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found.append((start, line))
        start += len(line)
    return found


# A hard-wrapped text breaks its lines inside a sentence ("позитивно\nоценил его"). A line runs on into the next
# when it ends in a letter, a digit, a comma or a dash (never in sentence-final punctuation or a closing quote) and
# the next line starts with a lowercase letter, or when it ends in a preposition or conjunction. The run must end
# as a sentence ends, or hold a line of a hard-wrapped paragraph's length, so a list of unpunctuated items
# ("длина 38,2 м\nширина 6,5 м") stays lines. A word hyphenated at a wrap ("вице-\nпремьер") stays two tokens:
# a token is its text's slice, and the hyphen may be the compound's own.
RUN_ON_ENDINGS = frozenset(",") | frozenset(ALL_DASHES)
SENTENCE_ENDINGS = frozenset(".!?…:;")
TRAILING_CLOSERS = "".join(sorted(CLOSING_QUOTE_MARKS | SINGLE_QUOTE_MARKS)) + ")] \t\r\n"
WRAPPED_LINE_LENGTH = 50  # a line this long without final punctuation is a hard wrap, not a list item
MARKUP_START = re.compile(r"\w+\|")  # a wiki image line after a caption: "мини|слева|…"
LABEL_START = re.compile(r"[^\W\d_]+\s?:")  # a label line under a title: "фото: РИА Новости", "автор: …", "источник: …"
LAST_WORD = re.compile(r"(?<![\w.-])\w+$")  # the line's last word, a word alone (not "АИ-в", not "т.в")


def runs_on(line: str, following: str) -> bool:
    """Whether the sentence of `line` continues on the next line `following` (a hard wrap, not a line's end):
    the line ends in a preposition or conjunction, or it ends in no sentence-final mark and the next one starts
    with a lowercase letter, unless that line opens with a label ("фото: ТАСС" under a title: `LABEL_START`)."""
    end, start = line.rstrip(), following.lstrip()
    if not end or not start or MARKUP_START.match(start):
        return False
    if _ends_in_clause_opening_word(end):
        return True
    return start[0].isalpha() and start[0].islower() and (end[-1].isalnum() or end[-1] in RUN_ON_ENDINGS) \
        and not LABEL_START.match(start)


def _ends_in_clause_opening_word(end: str) -> bool:
    """Whether the line's last word is a preposition or conjunction as a sentence writes one: lowercase, or one
    capital letter that opens a sentence ("). В"), never an abbreviation in capitals ("ОТ", "ПРО") nor a letter
    that names ("Группа А", "витамин С")."""
    last = LAST_WORD.search(end)
    if last is None:
        return False
    word = last.group()
    if not word.islower() and (len(word) > 1 or not _opens_sentence(end[: last.start()])):
        return False  # "ОТ", "ПРО"; a group's or a vitamin's letter: "Группа А", "витамин С"
    return fold(word) in CLAUSE_OPENING_WORDS


def _opens_sentence(before: str) -> bool:
    """Whether a word after the text `before` (its line up to the word) opens a sentence: the line starts there, or
    sentence-final punctuation ends what precedes ("). В")."""
    return not before.strip() or _ends_sentence(before)


def _ends_sentence(line: str) -> bool:
    """Whether the line ends in sentence-final punctuation (closing quotes and brackets after it allowed)."""
    end = line.rstrip(TRAILING_CLOSERS)
    return bool(end) and end[-1] in SENTENCE_ENDINGS


def _is_wrapped_run(run: list[tuple[int, str]]) -> bool:
    """Whether lines that each run on into the next make one stretch of prose: the last ends a sentence, or one
    is as long as a hard-wrapped paragraph's lines (an unpunctuated list of short items is neither)."""
    return _ends_sentence(run[-1][1]) or any(len(line.strip()) >= WRAPPED_LINE_LENGTH for _, line in run)


def runs(text: str) -> list[tuple[int, str]]:
    """The text's `lines`, each hard-wrapped stretch (lines that `runs_on` into the next) joined into one run with
    its line breaks kept, so every offset still points into the text."""
    found: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []
    for start, line in lines(text):
        if run and run[-1][0] + len(run[-1][1]) == start:
            if runs_on(run[-1][1], line):
                run.append((start, line))
                continue
            if is_tracing():
                _trace_line_end(run[-1], (start, line))
        found.extend(wrapped_line(text, run))
        run = [(start, line)]
    found.extend(wrapped_line(text, run))
    return found


@rule("segment")
def wrapped_line(text: str, run: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join lines that each run on into the next into one line (a hard wrap inside a sentence), unless they are a list.

    `run`: consecutive lines of `text` where `runs_on` holds for each pair. They become one line, their line breaks
    kept, when `_is_wrapped_run` holds; otherwise (an unpunctuated list of short items) they stay lines as they are.
    """
    if len(run) < 2:
        return run
    if not _is_wrapped_run(run):
        rejected("segment", wrapped_line, run[0][0], run[-1][0] + len(run[-1][1].rstrip()),
                 f"{len(run)} lines kept apart as a list: none is {WRAPPED_LINE_LENGTH}+ characters long and the last "
                 "ends no sentence")
        return run
    start, (last_start, last) = run[0][0], run[-1]
    for (line_start, line), (following, next_line) in pairwise(run):
        fired("segment", wrapped_line, *_seam(line_start, line, following, next_line),
              "the sentence runs on across a hard wrap")
    return [(start, text[start : last_start + len(last)])]


def _seam(line_start: int, line: str, following: int, next_line: str) -> tuple[int, int]:
    """The span from the last word of a line to the first word of the next one (what a join or a refusal is about)."""
    last = re.search(r"\S+\s*$", line)
    first = re.match(r"\s*\S+", next_line)
    return (line_start + (last.start() if last else len(line)), following + (first.end() if first else 0))


def _trace_line_end(previous: tuple[int, str], current: tuple[int, str]) -> None:
    """Record why a line was not joined to the next one that starts with a lowercase letter (a wrap it looks like)."""
    (line_start, line), (following, next_line) = previous, current
    end, start = line.rstrip(), next_line.lstrip()
    if not end or not start or not start[0].isalpha() or not start[0].islower():
        return
    if MARKUP_START.match(start):
        reason = "the next line is wiki markup"
    elif _ends_sentence(end):
        reason = f"the line ends a sentence ({end.rstrip(TRAILING_CLOSERS)[-1]!r})"
    elif LABEL_START.match(start):
        reason = "the next line opens with a label"
    else:
        reason = f"the line ends in {end[-1]!r}, not a letter, digit, comma or dash"
    rejected("segment", wrapped_line, *_seam(line_start, line, following, next_line), reason)


# razdel reads "г.", "р.", "с.", "см.", "стр." as a head abbreviation ("г. Москва", "р. Волга", "с. Кляшево",
# "см. рис."), which never ends a sentence, so "в начале 2016 г. Григорий Родченков …" stays one sentence. Right
# after a number the same letters are a unit ("2016 г." a year, "5 р." roubles, "20 см." centimetres), which ends a
# sentence like any word: the period before a capitalized word is a boundary. A full participle earlier in the
# clause that agrees with that word keeps the join: the date closes a participial phrase before its noun
# ("подписанный 26 февраля 2001 г. Ниццкий договор вступил в силу").
NUMBER_UNIT_ABBREVIATIONS = frozenset({"г", "р", "с", "см", "стр"})  # razdel's HEAD_SOKRS that are units after a number
NUMBER_UNIT_END = re.compile(r"\d\s*(?:{})$".format("|".join(sorted(NUMBER_UNIT_ABBREVIATIONS))))
CAPITALIZED_WORD = re.compile(r"\s+([А-ЯЁ][а-яё-]*)")
# the clause of the unit: the text after the last comma, semicolon, colon, bracket or long dash
CLAUSE_START = re.compile(".*(?:{})".format("|".join(re.escape(mark) for mark in sorted(CLAUSE_MARKS))))
AGREEING_POS = ADJECTIVAL_POS | {"NOUN"}  # the word a participial phrase before its noun may precede
FOLLOWING_WINDOW = 40  # characters after the period given to `ends_at_number_unit` (razdel's split holds 10)


def ends_at_number_unit(before: str, after: str) -> bool:
    """Whether a sentence ends at the period after a unit abbreviation that follows a number (`before`: the text up to
    the unit, `after`: the text after its period): a capitalized word follows, and no participle of the clause
    awaits it as its noun."""
    word = CAPITALIZED_WORD.match(after)
    if not NUMBER_UNIT_END.search(before) or word is None:
        return False
    clause = CLAUSE_START.sub("", before)
    return _awaiting_participle(clause, word.group(1)) is None


def _awaiting_participle(clause: str, word: str) -> str | None:
    """The last full participle of the clause that agrees with `word` read as an adjective, participle or noun
    ("подписанный … | Ниццкий", "открывшейся … | Межправительственной"), else None: the unit then closes a
    participial phrase."""
    readings = _agreeing_readings(word)
    if not readings:
        return None
    return next((token for token in reversed(re.findall(r"[а-яё]+", clause.lower()))
                 if any(agrees_with_noun(participle, reading) for participle in participle_readings(token)
                        for reading in readings)), None)


def _agreeing_readings(word: str) -> list[dict[str, str]]:
    """UD case, gender and number of the word's readings as an adjective, participle or noun, none when its likeliest
    reading is another part of speech ("По", "Он"); a name's adjective ("Ниццкий") may be a guess."""
    readings = parses(word.lower())
    if not readings or readings[0].tag.POS not in AGREEING_POS:
        return []
    return [{feat: value for feat, value in (("Case", UD_CASES.get(str(p.tag.case))),
                                             ("Gender", UD_GENDERS.get(str(p.tag.gender))),
                                             ("Number", UD_NUMBERS.get(str(p.tag.number)))) if value}
            for p in readings if p.tag.POS in AGREEING_POS]


class _FollowingSplitter(SentSplitter):
    """razdel's sentence splitter, each split also holding `FOLLOWING_WINDOW` characters after the delimiter."""

    def __call__(self, text: str) -> Iterator[str | SentSplit]:
        previous = 0
        for match in self.re.finditer(text):
            start, stop = match.start(), match.end()
            yield text[previous:start]
            split = SentSplit(text[max(0, start - self.window):start], match.group(1), text[stop:stop + self.window])
            split.following = text[stop:stop + FOLLOWING_WINDOW]
            yield split
            previous = stop
        yield text[previous:]


@rule("segment")
def number_unit_end(split: SentSplit) -> str | None:
    """Split at a unit's period after a number ("2013 г.") before a capitalized word, unless a participle awaits it.

    A razdel rule, consulted before razdel's `sokr_left` (`ends_at_number_unit`); no verdict otherwise, so razdel's
    own rules decide."""
    if split.delimiter == "." and ends_at_number_unit(split.buffer, split.following):
        return SPLIT
    return None


# An editor's note in brackets names its source after "Прим." or a dash: "(против РФ. - Прим. NEWSru.com)", "(Прим.
# NEWSru.com: одна из участниц …)", "(COVID-19. — RT)", "(от коронавируса. - Ред.)", "(… - прим. RuBaltic.Ru)".
# razdel splits at the note text's period before the dash, and at "Прим." before a capitalized source (its "прим"
# joins only before a lowercase word), so one sentence falls into three. The note is a parenthesis: neither period
# ends the sentence around it.
NOTE_MARKER = "прим"  # "Прим." (примечание) before the note's source
NOTE_SOURCE = r"[\w.-]*\w\.?"  # "NEWSru.com", "RuBaltic.Ru", "RT", "ред.", "Ред", "пер."
# the text after a note's period: a dash, an optional "Прим.", the source and the closing bracket
NOTE_ATTRIBUTION = re.compile(rf"\s*[{re.escape(''.join(sorted(ALL_DASHES)))}]\s*(?:{NOTE_MARKER}\.\s*)?"
                              rf"{NOTE_SOURCE}\)", re.IGNORECASE)
# the text after "Прим.": the source, then the bracket's close or the colon before the note
NOTE_SOURCE_AFTER_MARKER = re.compile(rf"\s*{NOTE_SOURCE}\s*[):]", re.IGNORECASE)
NOTE_MARKER_END = re.compile(rf"(?<!\w){NOTE_MARKER}$", re.IGNORECASE)


def inside_editor_note(before: str, after: str) -> bool:
    """Whether the period between `before` (the sentence up to it) and `after` lies inside an editor's note in
    brackets: it ends the note's "Прим." before the source ("(Прим. NEWSru.com: …)", "- Прим. NEWSru.com)"), or it
    ends the note's text inside an open bracket before a dash, the source and the closing bracket ("(против РФ. -
    Прим. NEWSru.com)", "(COVID-19. — RT)")."""
    if NOTE_MARKER_END.search(before):
        return bool(NOTE_SOURCE_AFTER_MARKER.match(after))
    return before.count("(") > before.count(")") and bool(NOTE_ATTRIBUTION.match(after))


@rule("segment")
def editor_note(split: SentSplit) -> str | None:
    """Keep an editor's note in brackets inside its sentence ("(против РФ. - Прим. NEWSru.com)", "(COVID-19. — RT)").

    A razdel rule, consulted first among razdel's own (`inside_editor_note`); no verdict otherwise."""
    if split.delimiter == "." and inside_editor_note(split.buffer, split.following):
        return JOIN
    return None


# razdel ends a sentence at ";" as at a period; inside brackets the mark only separates alternatives or parts of
# one parenthesis: "(Бавария; Германия)", "(Wellington; Новый Южный Уэльс)", "(Кэссиди Вулф; Cassidy Wolf)",
# "(National Emergencies Act; 1976)". When the sentence so far holds an open bracket that closes a few words on,
# before any other bracket or sentence-final mark, the ";" ends nothing.
BRACKET_CLOSE_AHEAD = re.compile(r"[^().!?…\n]*\)")  # the open bracket closes before any other bracket or final mark


def inside_open_bracket(before: str, after: str) -> bool:
    """Whether a mark between `before` (the sentence up to it) and `after` (`FOLLOWING_WINDOW` characters after it)
    lies inside a bracket: the sentence so far leaves a bracket open, and it closes in `after` before any other
    bracket or sentence-final mark."""
    return before.count("(") > before.count(")") and bool(BRACKET_CLOSE_AHEAD.match(after))


@rule("segment")
def bracket_semicolon(split: SentSplit) -> str | None:
    """Keep a ";" inside brackets within its sentence ("в Розенхайме (Бавария; Германия) в кругу семьи").

    A razdel rule, consulted before razdel's `sokr_left` (`inside_open_bracket`); no verdict otherwise."""
    if split.delimiter == ";" and inside_open_bracket(split.buffer, split.following):
        return JOIN
    return None


# A short quotation opened inside a sentence, after a word, a comma or a bracket, is a name or a title: a programme
# «Москва. Кремль. Путин», a film «Звёздные войны. Эпизод IV: Новая надежда», a show «Голос. Дети», a banner
# "Продается Исландия. Стоимость €2,1 млрд", a cry «Ня! Пока!», a film «Не может быть!» (1975). razdel ends the
# sentence at its inner period or final mark, or at its closing mark after "!" or "?". When the quotation closes a
# few words on and the sentence goes on after it (a lowercase word, a comma, a bracket, a dash, a period), neither
# ends the sentence. A quotation after a colon or a dash, or at the sentence's start, is speech, whose sentences
# end as any do; a capitalized word after the closing mark ("группы «Экозащита!» Владимир Сливяк", "«Я убью его!»
# Но все …") leaves razdel's split.
QUOTED_TITLE_WORDS = 6  # at most this many words on each side of the mark inside the quotation
# a word or a comma and a space, or a bracket, before the opening mark: a '"' right after a letter closes a quotation
TITLE_OPENING_CONTEXT = re.compile(r"(?:(?:[^\W_]|,)\s|\()$")
# the rest of the quotation and its closing mark, right after a word or a mark (a '"' after a space opens another one)
TITLE_CLOSE = re.compile(rf"(?P<rest>[^{QUOTE_MARKS}]*?\S)[{re.escape(''.join(sorted(CLOSING_QUOTE_MARKS)))}]+"
                         rf"(?P<after>.*)", re.DOTALL)
TITLE_CONTINUATION = re.compile(rf"\s*(?:$|[^\W\d_A-ZА-ЯЁ]|[,;:().{re.escape(ALL_DASHES)}])")
FINAL_MARKS = ".!?…"


def inside_quoted_title(before: str, delimiter: str, after: str) -> bool:
    """Whether the mark `delimiter` between `before` (the sentence up to it) and `after` lies inside a short quotation
    opened mid-sentence, or closes one after its final mark, and the sentence goes on after the quotation."""
    opening = last_open_quote(before)
    if opening < 0 or not TITLE_OPENING_CONTEXT.search(before[:opening]):
        return False
    quoted = before[opening + 1 :]
    if not quoted[:1].strip() or len(quoted.split()) > QUOTED_TITLE_WORDS:
        return False
    if delimiter in CLOSING_QUOTE_MARKS:  # «Не может быть!» (1975): the closing mark after a final mark
        return bool(quoted) and quoted[-1] in FINAL_MARKS and bool(TITLE_CONTINUATION.match(after))
    closing = TITLE_CLOSE.match(after)
    return closing is not None and len(closing.group("rest").split()) <= QUOTED_TITLE_WORDS \
        and bool(TITLE_CONTINUATION.match(closing.group("after")))


@rule("segment")
def quoted_title(split: SentSplit) -> str | None:
    """Keep a final mark inside a short quoted title within its sentence ("программы «Москва. Кремль. Путин» на").

    A razdel rule, consulted before razdel's `sokr_left` (`inside_quoted_title`); no verdict otherwise."""
    if (split.delimiter in FINAL_MARKS or split.delimiter in CLOSING_QUOTE_MARKS) \
            and inside_quoted_title(split.buffer, split.delimiter, split.following):
        return JOIN
    return None


# the joining razdel rules of ours the trace credits: the marks each one reads, and the reason it records
_JOINING_RULES = ((editor_note, ".", "a period inside an editor's note in brackets ends no sentence"),
                  (bracket_semicolon, ";", "a semicolon inside brackets ends no sentence"),
                  (quoted_title, FINAL_MARKS + "".join(sorted(CLOSING_QUOTE_MARKS)),
                   "a final mark inside a short quoted title ends no sentence"))


def _trace_joins(line_start: int, line: str, sentence) -> None:
    """Record each mark inside a sentence of the line that `editor_note` (a period), `bracket_semicolon` (a ";") or
    `quoted_title` (a final or closing quotation mark) kept there: razdel's rules before it gave no verdict (a
    lowercase word after the period, "Прим. ред.", joins by razdel's own rule), it joined, and razdel alone would
    have split there."""
    for joining_rule, marks, reason in _JOINING_RULES:
        for found in re.finditer(f"[{re.escape(marks)}]", sentence.text):
            at, mark = sentence.start + found.start(), found.group()
            split = SentSplit(line[max(0, at - _SENTENCE_WINDOW) : at], mark, line[at + 1 : at + 1 + _SENTENCE_WINDOW])
            split.buffer, split.following = line[sentence.start : at], line[at + 1 : at + 1 + FOLLOWING_WINDOW]
            if _deciding_rule(split) == joining_rule.__name__ and _razdel_splits(split):
                fired("segment", joining_rule, line_start + at, line_start + at + 1, reason)


def _deciding_rule(split: SentSplit) -> str | None:
    """The name of the first rule of `sentenize` that gives a verdict on the split, None when none does."""
    return next((rule.name for rule in sentenize.rules if rule(split)), None)


def _razdel_splits(split: SentSplit) -> bool:
    """Whether razdel's own rules, without ours, end a sentence at the split: a join of ours that razdel would make
    anyway ("«Портрет А. П. Остроумовой»": its initials rule) changed nothing and is not credited."""
    return next((verdict for verdict in (rule(split) for rule in RULES) if verdict), SPLIT) != JOIN


def _with_rule_before(rules: list[FunctionRule], rule: FunctionRule, name: str) -> list[FunctionRule]:
    """razdel's rule list with `rule` inserted before the rule called `name`."""
    index = next(i for i, existing in enumerate(rules) if existing.name == name)
    return [*rules[:index], rule, *rules[index:]]


def _with_rules_before(rules: list[FunctionRule], added: list[FunctionRule], name: str) -> list[FunctionRule]:
    """razdel's rule list with each of `added`, in order, inserted before the rule called `name`."""
    for function_rule in added:
        rules = _with_rule_before(rules, function_rule, name)
    return rules


# razdel's sentenizer with `number_unit_end`, `editor_note`, `bracket_semicolon` and `quoted_title` consulted before its
# abbreviation rule (`sokr_left`)
sentenize = SentSegmenter(_FollowingSplitter(), _with_rules_before(
    RULES, [FunctionRule(number_unit_end), FunctionRule(editor_note), FunctionRule(bracket_semicolon),
            FunctionRule(quoted_title)], "sokr_left"))


def _trace_number_unit_ends(line_start: int, line: str, sentences: list) -> None:
    """Record each boundary `number_unit_end` made between consecutive sentences of a line, each unit before a
    capitalized word that its participle guard kept inside a sentence and each mark `editor_note`, `bracket_semicolon`
    or `quoted_title` kept inside one (`_trace_joins`); nothing to do when no tracer listens."""
    if not is_tracing():
        return
    for left, right in pairwise(sentences):
        before = left.text[:-1]
        if left.text.endswith(".") and ends_at_number_unit(before, line[left.stop:left.stop + FOLLOWING_WINDOW]):
            fired("segment", number_unit_end, line_start + left.stop - 1, line_start + right.start,
                  "a unit abbreviation after a number ends the sentence before a capitalized word")
    for sentence in sentences:
        _trace_participle_guard(line_start + sentence.start, sentence.text)
        _trace_joins(line_start, line, sentence)


def _trace_participle_guard(sentence_start: int, sentence: str) -> None:
    """Record each period of a unit after a number, before a capitalized word, that a participle kept inside the
    sentence ("подписанный 26 февраля 2001 г. Ниццкий договор")."""
    for period in re.finditer(r"\.", sentence):
        before, after = sentence[: period.start()], sentence[period.end() : period.end() + FOLLOWING_WINDOW]
        word = CAPITALIZED_WORD.match(after)
        if not NUMBER_UNIT_END.search(before) or word is None:
            continue
        participle = _awaiting_participle(CLAUSE_START.sub("", before), word.group(1))
        if participle is not None:
            rejected("segment", number_unit_end, sentence_start + period.start(),
                     sentence_start + period.end() + word.end(),
                     f"the participle {participle} awaits {word.group(1)} as its noun: the date closes a "
                     "participial phrase")


class SegmentStage(Stage):
    """Split text into lines (a hard-wrapped stretch joined into one), lines into sentences and tokens with razdel;
    every offset points into `doc.text`."""

    name = "segment"
    requires = ("text",)
    provides = ("sentences", "tokens")

    def process(self, doc: Document) -> None:
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        for line_start, line in runs(doc.text):
            line_sentences = list(sentenize(line))
            _trace_number_unit_ends(line_start, line, line_sentences)
            for sentence in line_sentences:
                first, begin, number = len(tokens), line_start + sentence.start, len(sentences)
                for start, stop, text in razdel_tokens(sentence.text):
                    tokens.append(Token(begin + start, begin + stop, text, number))
                if len(tokens) > first:
                    sentences.append(Sentence(begin, line_start + sentence.stop, first, len(tokens)))
        doc.tokens = tokens
        doc.sentences = sentences
