"""Mentions -> DateAnn: ISO values resolved against the publication date and the article's narrative.

Relative expressions ("вчера", "в пятницу", "в прошлом году") count from the anchor: `doc.published_at`, or the
day the text says it was written on (its stamp, a plan, a report line, a weekday date or "Сегодня, 8 ноября": see
`written_before`, `reported_on`, `weekday_dated`, `today_said` and pipeline/dates/__init__.py), and stay null
without one. A date without a year ("3 сентября") takes the year of the narrative: the last day or month said
before it (rolling over a year boundary, "28 декабря 2024 года ... 6 января" -> 2025), or a year said alone in its
paragraph (see Narrative), else the publication year; a past-tense event never lands after publication (then the
previous year), a future or planned one ("планы провести в декабре", "до конца мая сформировать") never before
it. A time without a date takes the day the narrative is on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from pipeline.dates.lexicon import (
    BACKGROUND_OPENERS,
    BIRTH_ABBREVIATION,
    BIRTH_NOUN,
    BIRTH_WORDS,
    CLAUSE_OPENER_STEMS,
    COMPARISON_BASE_WORDS,
    EDITION_YEAR_ENDINGS,
    ELECT_NOT_BEFORE,
    ELECT_RETOLD,
    ELECT_TITLE,
    ELECTION_EVE_WORDS,
    ELECTION_HELD_STEMS,
    ELECTION_NOT_STEMS,
    ELECTION_REACH,
    ELECTION_STEMS,
    ELECTION_WEEK,
    EVENT_TIME_LINKS,
    FOOTER_WORDS,
    HISTORIC_DAYS,
    HISTORIC_ERA_LINKS,
    HISTORIC_EVENT_STEMS,
    MIDTERM_NAMED_STEMS,
    MIDTERM_STEMS,
    PERIOD_ENDS,
    PRESIDENTIAL_STEMS,
    RELATED_LINKS_HEADS,
    RETELLING_WORDS,
    TERM_END_PREPOSITION,
    TERM_PREPOSITIONS,
    TIME_PREPOSITION_NOUNS,
    US_STEMS,
    WHOLE_WORDS,
)
from pipeline.dates.mention import Mention
from pipeline.dates.stamp import MAX_GAP, is_feed_stamp, is_stamp_line, line_around, line_start_of
from pipeline.dates.tense import (
    FUTURE,
    PAST,
    PAST_AUX,
    PRESENT,
    after_past_participle,
    date_tense,
    deadline,
    past_participle_noun,
    past_verb_in_clause,
    reported_in_past,
    word_in_sentence,
)
from pipeline.document import DateAnn, Document
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import OBJECT_CONTROL_VERBS, RELATIVE_PRONOUNS
from pipeline.lang.marks import (
    ALL_DASHES,
    ANY,
    CLAUSE_MARKS,
    QUOTE_MARKS,
    TEASER_CUT,
    TEASER_END,
    dialogue_at,
    dialogue_speech_end,
    feed_item_ends,
    has_quote_mark,
    is_dash,
    line_breaks,
    open_at,
)
from pipeline.lang.offices import OFFICE_HOLDERS, PRESIDENT, Holder, name_words
from pipeline.lang.tree import base, children, range_head
from pipeline.morphology import best_parse
from pipeline.rules import fired, is_tracing, rejected

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
HALF_YEAR = dt.timedelta(days=183)
ROLLOVER = dt.timedelta(days=92)
PLAN_REACH = dt.timedelta(days=10 * 366)  # a plan with its year written out dates the text this far back
RECENT_DAYS = dt.timedelta(days=14)  # a day this close before publication is the news itself
LATE_REPORT = dt.timedelta(days=31)  # news told up to a month late ("сказал 5 мая", published 20 May) is still news
COMING_DAYS = dt.timedelta(days=31)  # a day this close after the writing day is the coming one, even in a past clause
TERM_END_DAYS = ROLLOVER  # a term a past perfective act set ("оставил в СИЗО до 24 июня") may end this far ahead
WEEKDAY_DAYS = dt.timedelta(days=7)  # a date is written with its weekday only in the week around the writing day
VERB_POS = frozenset(("VERB", "AUX"))  # the parser's tags of a verb
CONJUNCTION_POS = frozenset(("CCONJ", "SCONJ"))  # the parser's tags of a conjunction
DIRECT_OBJECT = "obj"  # the parser's relation of a verb's direct object
PYMORPHY_VERB_POS = frozenset(("VERB", "PRTS", "PRTF", "GRND"))  # a finite verb or a verb form, without the parse
TREE_STEPS = 12  # how far up the parse tree a date's verb is looked for (as the tense walk does)
LEAD_CHARS = 1000  # the lead, where a day said without its year is the news
STORY_REACH = HALF_YEAR  # a crawl date lies within half a year of the story (background lies further)
REPORT_HEAD = 1500  # a report line ("Об этом 14 декабря сообщил CNN") stands in the lead
WEEKDAY_YEARS = 12  # a day of the year falls on each weekday within this many years
ELECTION_YEARS_OFF = 2  # without a publication date: how far the election may lie from the text's latest year
RELATED_LINKS_LINE = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(h) for h in RELATED_LINKS_HEADS)
                                + r")[ \t]*:?[ \t\r]*$", re.IGNORECASE | re.MULTILINE)
US_WORD = re.compile(r"\b(?:" + "|".join(US_STEMS) + ")", re.IGNORECASE)
RACE_LEAD_SENTENCES = 3  # the title and the first sentences: where a page names the race it tells (`race_lived`)
# The US races `race_lived` reads: the words that name one, with the remainder of its years modulo PRESIDENTIAL_CYCLE
RACE_KINDS = ((MIDTERM_NAMED_STEMS, 2), (PRESIDENTIAL_STEMS, 0))  # a midterm named outright is one, whatever else
RACE_NAMES = {0: "presidential", 2: "midterm"}
PRESIDENTIAL_CYCLE = 4  # US presidential elections fall in the years divisible by four
LEAD_DATE_CHARS = 300  # where a Wikinews-style lead writes out the day of its news (`lead_year`)
LEAD_LINE_WORDS = 3  # words the lead date's line goes on with after it: a photo caption ends with its date
RACE_PHRASE_POS = frozenset({"NOUN", "ADJF"})  # the words of an election noun's phrase before it (`_race_as_statement`)
OLD_DATES_SEEN = 3  # a page that writes out this many dates, all long before published_at, was written long before
STORY_DAY_REACH = 3  # days: a text dated by its story day was written on it or this many days after


@dataclass
class Narrative:
    """What the article has dated so far: the anchors for years left out, and the last day/month/year said.

    Only a day or a month whose year is known ("6 марта 2024 года", "в июле 2025 года", "вчера") dates the whole
    story that follows, until a year said alone names another year; a day or month whose year was guessed dates
    only its own sentence; a year
    said alone ("в 2019 году") dates its own paragraph, and not even that when it lies after publication (a plan,
    "в 2026 году театр отметит юбилей", says nothing of the months named next to it). Without a publication date
    the last year said dates everything after it.
    """

    published: dt.date | None
    story_day: dt.date | None = None  # the story's latest dated day: relative dates count from it (see resolve)
    text_year: int | None = None  # without any anchor: the latest year the text writes out, for past events
    anchor: tuple[int, int | None, int | None] | None = None  # the last day or month said
    anchor_sentence: int = -1
    year_anchor: int | None = None  # a year said alone after that day or month
    local_anchor: tuple[int, int | None, int | None] | None = None  # a day or month whose year was inferred
    local_sentence: int = -1
    local_guessed: bool = False  # the local anchor's year is a guess (not the year the same day was said with before)
    year_sentence: int = -1
    year_paragraph: int = -1
    year_quoted: bool = False  # the year said alone stands inside a quote: it dates nothing outside it
    year_told: bool = False  # the year said alone stands in a past clause (see `year_source`)
    year_edition: bool = False  # the year said alone names a noun's edition, "выборы 2016 года" (see `year_source`)
    year_winter: bool = False  # the year said alone is a past winter's, not written out: its months lie around January
    winter_anchor: tuple[int, int | None, int | None] | None = None  # the January `year_point` gave for that winter
    last_day: dt.date | None = None
    last_day_token: int = -1  # the first token of the mention that said the last day of the story
    last_day_end: int | None = None  # where the last day or time said ends
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    current_day: dt.date | None = None  # the day the narrative is on; None once a later date is not a day
    frame_day: dt.date | None = None  # the story's last day, not moved by "вчера"/"сегодня" inside quotes
    days_said: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) -> the year it was given
    days_written: dict[tuple[int, int], int] = field(default_factory=dict)  # ... written out anywhere in the text
    lived_year: int | None = None  # the year before the anchor, when it is the last year the text writes out
    writing_year: int | None = None  # the text tells its last year as still to come: written then, not on the anchor
    written_long_before: bool = False  # the writing year is the latest year of a text whose dates all lie long before
    weekdays_written: dict[int, tuple[dt.date, int]] = field(default_factory=dict)  # weekday -> its dated day, sentence
    dated_later: dict[int, list[tuple[int, dt.date]]] = field(default_factory=dict)  # sentence -> (token, dated point)
    own_anchor: bool = False  # the anchor is the text's own day (its stamp, URL day, dateline), not `published_at`
    anchor_background: bool = False  # the anchor was told of a noun, not of its clause (`background_told`)
    year_background: bool = False  # ... the year said alone was
    story_years: frozenset[int] = frozenset()  # the years the text writes out in dates told of their clause

    def remember(self, value: str | None, grain: str, sentence: int, paragraph: int, kind: str = "absolute",
                 quoted: bool = False, guessed: bool = False, token: int = -1, background: bool = False) -> None:
        """Move the narrative to a resolved value said in `sentence` of `paragraph` by the mention starting at
        `token`.

        A day or month whose year was itself inferred (kind "partial") dates only the rest of its sentence
        ("17-19 августа", "подал 15 января, итоги подведут не позднее 31 мая"): a guess must not spread further.
        A year said alone that differs from the story's year ends the dated story: the dates after it no longer
        take the story's year. `guessed`: the inferred year is the publication's or the story's, not the year the
        same day was said with before (see `local_guess`). `background`: the date was told of a noun, not of its
        clause (`background_told`).
        """
        if value is None or not value[:4].isdecimal():
            return
        year = int(value[:4])
        anchors = kind != "partial"
        if anchors and grain in ("day", "time", "month"):
            self.anchor_background = background
        if grain in ("day", "time") and len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            self.days_said.setdefault((day.month, day.day), day.year)
            self._anchor_at((day.year, day.month, day.day), sentence, anchors, guessed)
            self.last_day, self.last_month, self.last_year = day, (day.year, day.month), day.year
            self.last_day_token = token
        elif grain == "month":
            self._anchor_at((year, int(value[5:7]), None), sentence, anchors, guessed)
            self.last_month, self.last_year = (year, int(value[5:7])), year
        elif grain in ("year", "season", "quarter"):
            if self.anchor is not None and self.anchor[0] != year:
                self.anchor, self.anchor_sentence = None, -1
            self.year_anchor, self.year_sentence, self.year_paragraph = year, sentence, paragraph
            self.year_quoted, self.year_background = quoted, background
            self.year_winter = grain == "season" and value.endswith("-WI") and kind != "absolute"
            self.last_year = year

    def _anchor_at(self, point: tuple[int, int | None, int | None], sentence: int, story: bool,
                   guessed: bool = False) -> None:
        if story:
            self.anchor, self.anchor_sentence, self.year_anchor, self.local_anchor = point, sentence, None, None
        else:
            self.local_anchor, self.local_sentence, self.local_guessed = point, sentence, guessed

    def local_guess(self, anchor: tuple[int, int | None, int | None] | None) -> bool:
        """True when `anchor` is the local anchor and its year is a guess: it dates the days near it in its sentence,
        but it does not outweigh the tense of their clause ("Вакцину зарегистрировали 12 января, а массовая
        вакцинация начнется в ноябре", published 2021-01-20: the coming November, not the one before 12 January)."""
        return anchor is not None and anchor is self.local_anchor and self.local_guessed

    def follow(self, value: str | None, mention: Mention, quoted: bool, bound: bool = False,
               frames: Callable[[], bool] | None = None) -> None:
        """Track the day the narrative is on (for bare times) and the story's day (for deictic words in quotes).

        A deadline ("к 05:40 субботы", "до утра понедельника") is where the story ends, not where it is: the
        narrative stays on its day. `frames` says whether the day can be the day of a speech quoted after it
        (`speech_frame`): asked only for a day.
        """
        day = dt.date.fromisoformat(value[:10]) if value and mention.grain in ("day", "time") and len(value) >= 10 \
            else None
        if bound and day is not None:
            return
        self.current_day = day
        if day is not None and not (mention.deictic and quoted) and (frames is None or frames()):
            self.frame_day = day

    def year_source(self, sentence: int, paragraph: int, quoted: bool = False, coming: bool = False,
                    checked: bool = False) -> tuple[tuple[int, int | None, int | None] | None, int]:
        """The anchor a year left out comes from, and the sentence it was said in; a year said inside a quote dates
        nothing outside it ("«В следующем году мы привьем всех», — сказал министр 22 декабря"). Without a
        publication date any year said before is the guess, except a year told as a past clause's time: that
        background dates only its own paragraph, as with one (item 4), and never a `coming` event (a future
        clause) of another sentence ("премия учреждена в 1968 году … Награды будут вручены 10 декабря": the plan
        lies after the writing day); a year that names a noun's edition ("вмешательство в выборы 2016 года",
        `year_edition`) dates only its own paragraph too. A day `checked` by its weekday still takes it as the year
        to start from."""
        year = self.year_anchor if self.year_quoted <= quoted else None
        if year is not None:
            if self.published is None:
                if not checked and self.background_elsewhere(sentence, paragraph, coming):
                    return self.anchor, self.anchor_sentence
                return self.year_point(year), self.year_sentence
            plan = year > self.published.year
            if sentence == self.year_sentence or (paragraph == self.year_paragraph and not plan):
                return self.year_point(year), self.year_sentence
        if self.local_anchor is not None and self.local_sentence == sentence:
            return self.local_anchor, sentence
        return self.anchor, self.anchor_sentence

    def background_elsewhere(self, sentence: int, paragraph: int, coming: bool) -> bool:
        """On a page without a publication date: True when the year said alone is background that does not reach
        `sentence` of `paragraph` (see `year_source`): a past clause's year outside its paragraph or before a
        `coming` event of another sentence, an edition's year outside its paragraph ("в выборы 2016 года. ¶ 27
        января": the story's day)."""
        if self.year_told:
            return paragraph != self.year_paragraph or (coming and sentence != self.year_sentence)
        return self.year_edition and paragraph != self.year_paragraph

    def year_point(self, year: int) -> tuple[int, int | None, int | None]:
        """The anchor the year said alone gives: the year, or for a winter told in a past clause whose year the
        text did not write ("убитого зимой", "прошлой зимой": YYYY-WI, December YYYY to February YYYY+1) the January
        in its middle, so that the months told after it fall in the year the winter ends in ("зимой … в конце мая"
        -> the May after it), except its own December (`winter_story`). A coming winter ("до зимы") is a plan's
        end, told after the months before it: it keeps its year. The January is remembered (`winter_point`)."""
        if not self.year_winter:
            return year, None, None
        self.winter_anchor = (year + 1, 1, None)
        return self.winter_anchor

    def winter_point(self, anchor: tuple[int, int | None, int | None] | None) -> bool:
        """True when `anchor` is the winter's January that `year_point` gave (that very anchor, not a January of the
        next year said in the text: "в январе 2021 года" after a winter 2020-WI is a month said, not the winter)."""
        return self.year_winter and anchor is not None and anchor is self.winter_anchor


def _paragraph(doc: Document, offset: int) -> int:
    return bisect_left(line_breaks(doc.text), offset)  # the line breaks before `offset`, without a rescan


def resolve(doc: Document, mentions: list[Mention], anchor: dt.date | None = None,
            story_day: dt.date | None = None) -> list[DateAnn]:
    """Values, grains and kinds for every mention, in text order; times without a date come last.

    `anchor` is the day relative dates count from: the publication date unless a stamp in the text says otherwise.
    `story_day` (see `latest_story_day`) is the earliest day the text can have been written on, well before the
    anchor: relative dates count from it instead (a weekday takes the nearest such day), while dates without a year
    keep the anchor as their bound. A mention left without a value tuple (an anaphor far from any day, the eve of a
    coming event) is no date.
    """
    return resolve_story(doc, mentions, anchor, story_day)[0]


def resolve_story(doc: Document, mentions: list[Mention], anchor: dt.date | None = None,
                  story_day: dt.date | None = None, crawled: int | None = None) -> tuple[list[DateAnn], Narrative]:
    """`resolve`, with the narrative it built (its `writing_year` is what the W004 warning reports). `crawled`: the
    year the page was written in when `published_at` is a crawl date by `written_long_before`, or when a page without
    any day of its own is dated by its lead's date (`lead_year`)."""
    own = _own_anchor(doc, anchor)
    anchor = anchor or doc.published_at
    lived = _lived_year(doc, mentions, anchor) if story_day is None else None
    writing = crawled or year_told_coming(doc, mentions, anchor, lived)
    old = crawled is not None
    narrative = Narrative(anchor, story_day, _text_year(doc, mentions) if anchor is None else None,
                          days_written=_days_written(doc, mentions),
                          weekdays_written=_weekdays_written(doc, mentions, anchor),
                          dated_later=_dated_points(doc, mentions),
                          lived_year=lived, writing_year=writing, written_long_before=old, own_anchor=own,
                          story_years=_story_years(doc, mentions, anchor))
    values: list[tuple[str | None, str] | None] = [None] * len(mentions)
    days_before: dict[int, dt.date | None] = {}
    for index, mention in enumerate(mentions):
        if _counted_from_an_event(doc, mention, narrative):
            continue
        if mention.grain in ("day", "time"):
            narrative.last_day_end = mention.end
        if is_bare_time(mention):
            days_before[index] = _bare_time_day(doc, mention, narrative.current_day, anchor)
        else:
            values[index] = _resolve_in_story(doc, mention, narrative, anchor)
    _attributed_days(doc, mentions, values, anchor)
    _apposed_days(doc, mentions, values)
    _range_ends(doc, mentions, values)
    days_before.update(_entry_stamp_days(doc, mentions, values, days_before))
    days_before.update(_live_report_days(doc, mentions, values, days_before))
    _resolve_bare_times(doc, mentions, values, days_before, story_day or anchor)
    _zone_equivalents(doc, mentions, values, days_before)
    _feed_teasers(doc, mentions, values)
    if anchor is None and story_day is None:
        _weekdays_of_days_told(doc, mentions, values)
    _times_of_weekdays(doc, mentions, values, days_before)
    return [
        DateAnn(m.start, end, doc.text[m.start : end], value[0], m.grain, value[1], m.rule)
        for m, value in zip(mentions, values, strict=True)
        if value is not None
        for end in (trim_comma(doc.text, m.start, m.end),)
    ], narrative


def _own_anchor(doc: Document, anchor: dt.date | None) -> bool:
    """True when the anchor is the text's own day (its stamp, URL day or dateline), not `published_at`."""
    return anchor is not None and (doc.published_at is None or anchor < doc.published_at)


def _counted_from_an_event(doc: Document, m: Mention, narrative: Narrative) -> bool:
    """True (and traced) for a mention that counts from an event rather than a day: "На следующий день мне сделали
    укол" far from any day said, "через неделю" that is not ahead of the writing day (`_ahead_of_writing`)."""
    if m.anaphor is not None and m.anaphor[0] == "day" and not _within_reach(doc.text, narrative.last_day_end, m.start):
        rejected("dates", m.rule, m.start, m.end, "no day said in this paragraph or the last")
        return True
    return m.rule == "ahead" and not _ahead_of_writing(doc, m)


def _ahead_of_writing(doc: Document, m: Mention) -> bool:
    """True when "через две недели" counts from the writing day: a future clause the narrator tells. Not in a past or
    routine clause ("Через неделю он вернулся", "через три недели второй укол": from the event told), nor in a clause
    reported by a past verb ("заявила, что итоги подведут через неделю": from the statement's day)."""
    if date_tense(doc, m.first) != FUTURE:
        rejected("dates", m.rule, m.start, m.end, "not a future clause: counted from an event")
        return False
    if reported_in_past(doc, m.first):
        rejected("dates", m.rule, m.start, m.end, "reported by a past verb: counted from the statement's day")
        return False
    return True


def _text_year(doc: Document, mentions: list[Mention]) -> int | None:
    """The latest year a text without a publication date writes out with a month or day ("в ноябре 2016 года"; a year
    alone is often a target, "к 2030 году"), outside quotes and future clauses and off the site's legal footer: a
    past event said without its year ("6 апреля прошел референдум") happened in it."""
    years = [m.year for m in mentions
             if m.explicit_year and m.year is not None and m.month is not None and not open_at(doc.text, m.start)
             and date_tense(doc, m.first) != FUTURE and not _on_footer(doc, m) and not _birth_date(doc, m)]
    return max(years, default=None)


def _lived_year(doc: Document, mentions: list[Mention], anchor: dt.date | None) -> int | None:
    """The year before `anchor` when it is the latest year the text writes out (alone or in a date, outside quotes
    and off the site's legal footer; a plan's later year aside) and the text writes out nothing of the anchor's year:
    a text that has not yet lived in the anchor's year (see `_this_year_lived`)."""
    if anchor is None or anchor != doc.published_at:
        return None
    years = {m.year for m in mentions if m.explicit_year and m.year is not None and m.year <= anchor.year
             and not open_at(doc.text, m.start) and not _on_footer(doc, m)}
    return anchor.year - 1 if years and max(years) == anchor.year - 1 else None


def year_told_coming(doc: Document, mentions: list[Mention], anchor: dt.date | None, lived: int | None) -> int | None:
    """The year the text was written in when `published_at` cannot be: the latest year the text writes out is the
    year before the anchor's and nothing of the anchor's year is written (`lived`, from `_lived_year`), and the text
    tells that year, outside quotes, as still to come ("выборы, которые пройдут 3 ноября 2020 года", "в 2020 году
    Трамп будет добиваться переизбрания", crawled 2021-02-01): the text was written before that year was over, so
    its "today" is not `published_at`. None otherwise. Relative dates then count from that year where they name a
    year ("в этом году", "в следующем году", "два года назад") and are withheld (null: DATES.md, a value that cannot
    be determined) where they need the writing day ("сегодня", "на прошлой неделе", "в пятницу")."""
    if lived is None:
        return None
    for m in mentions:
        if m.explicit_year and m.year == lived and not open_at(doc.text, m.start) and not _on_footer(doc, m) \
                and date_tense(doc, m.first) == FUTURE:
            fired("dates", "year_told_coming", m.start, m.end, f"the text tells {lived} as still to come: it was "
                                                               f"written in {lived}, not on {anchor}")
            return lived
    return None


def written_long_before(doc: Document, mentions: list[Mention], anchor: dt.date | None) -> int | None:
    """The year a page was written in when its `published_at` is a crawl date by the text's own evidence: the text
    writes out at least OLD_DATES_SEEN periods with their year, a day or month among them, and every one ends more
    than HALF_YEAR before the anchor (`_dates_written_out`), and its lead dates no news by the anchor's days
    (`_lead_counts_from_anchor`), and it counts no years from the anchor to a year it writes out ("75 лет назад, 22
    июня 1941 года": `_years_counted_from_anchor`). A page whose lead tells news of a day ("суд вчера признал") and
    whose written dates are all old is ordinary news with background (a verdict on a 2019 bribe); a page that tells
    no such day and writes out only old dates is an explainer or feature of its latest year, crawled later; a short
    note ("Закон был принят 15 марта 2015 года. Депутаты рассмотрят поправки в апреле") says too little to doubt its
    date. The page was then written in the latest year it writes out (a plan's later year aside): relative dates
    that name a year count from it ("в прошлом году"), those that need the day ("сегодня", "две недели назад") are
    withheld (null, W004), and a date without its year takes that year or its story's, with no tense bound
    (`_crawled_year`). None otherwise."""
    if anchor is None or anchor != doc.published_at:
        return None
    written = _dates_written_out(doc, mentions)
    if len(written) < OLD_DATES_SEEN or not any(m.month is not None for m, _ in written) \
            or anchor - max(end for _, end in written) <= HALF_YEAR \
            or _counts_from_anchor(doc, mentions, written, anchor):
        return None
    told = [(end, m) for m, end in written if date_tense(doc, m.first) != FUTURE] or [(e, m) for m, e in written]
    end, m = max(told, key=lambda item: item[0])
    fired("dates", "written_long_before", m.start, m.end, f"every date the text writes out lies by {end}, more than "
                                                          f"half a year before {anchor}: written in {end.year}")
    return end.year


def lead_year(doc: Document, mentions: list[Mention]) -> int | None:
    """The year a page without `published_at` and without a day of its own (no URL day, stamp, dateline or
    president-elect's window) was written in, by the full date a Wikinews-style lead tells its news on ("5 августа 2016
    года ФК «Спартак» объявил об отставке", "В пятницу, 15 июля 2016 года, Мик Джаггер подтвердил …"): the first date
    with its day, month and year among the first LEAD_DATE_CHARS characters, outside quotes, not a term's bound
    (`_term_day`: "С 25 ноября 2011 года Паршов пребывал в розыске"), not in a future clause ("оставить пост 1 января
    2013 года"), not a birth date, nor a date told of a noun (`background_told`: "после изнасилования 22 декабря 2012
    года"), nor a count back's day (`_counted_back`: "Ровно 2 года назад, 16 июля 2003 года"), whose line goes on for
    LEAD_LINE_WORDS words after it (a photo caption ends with its date: "Иван Голунов в зале суда, 8 июня 2019 года").
    Relative dates that name a year count from it ("в прошлом году", "в декабре прошлого года"); those that need the
    day stay null, as on a crawl-dated page (`_counted_from_writing_year`). None otherwise."""
    for m in mentions:
        if m.start >= LEAD_DATE_CHARS or not m.explicit_year or m.year is None or m.day is None or m.month is None:
            continue
        if open_at(doc.text, m.start) or _term_day(doc, m) or date_tense(doc, m.first) == FUTURE \
                or _birth_date(doc, m) or background_told(doc, m) or not _line_goes_on(doc.text, m.end) \
                or _counted_back(doc, mentions, m):
            continue
        fired("dates", "lead_year", m.start, m.end, f"the lead tells its news on a day of {m.year}, on a page without "
                                                    "a day of its own: written in that year")
        return m.year
    return None


def _term_day(doc: Document, m: Mention) -> bool:
    """True for a date after a preposition of a term, a deadline or an appointment in its sentence (TERM_PREPOSITIONS:
    "С 25 ноября 2011 года Паршов пребывал в розыске", "казнь назначили на 29 января 2013 года"): a bound, not the
    news day (`lead_year`), a day a past act set (`_set_day`)."""
    return m.first > 0 and doc.tokens[m.first - 1].sentence == doc.tokens[m.first].sentence \
        and doc.tokens[m.first - 1].text.lower() in TERM_PREPOSITIONS


def _counted_back(doc: Document, mentions: list[Mention], m: Mention) -> bool:
    """True when a count back from the writing day stands just before the date, set off by a comma or a dash ("Ровно 2
    года назад, 16 июля 2003 года, Ходорковский вернулся"): the date is that count's day, not the news day."""
    return any(other.ago is not None and other.end <= m.start and APPOSITION_GAP.fullmatch(doc.text, other.end, m.start)
               for other in mentions)


def _line_goes_on(text: str, end: int) -> bool:
    """True when at least LEAD_LINE_WORDS words follow `end` on its line."""
    line_end = text.find("\n", end)
    return len(text[end : len(text) if line_end < 0 else line_end].split()) >= LEAD_LINE_WORDS


def race_lived(doc: Document, mentions: list[Mention], dates: list[DateAnn], anchor: dt.date | None) -> int | None:
    """The year of the US race a page tells as its news when `published_at` is a crawl date in a later year: its lead
    (RACE_LEAD_SENTENCES: the title and first sentences) names a presidential race, or a midterm named outright
    ("промежуточные выборы в Конгресс США", RACE_KINDS), as its statement (an election noun outside a prepositional
    phrase, or told as held now or ahead: `_race_as_statement`, `_race_held_ahead`; the race's word and the US in one
    sentence: "Впервые результаты выборов президента США неизвестны на протяжении нескольких дней"; not "после выборов
    президента США"), the anchor's year holds no such race, the text writes out neither the race's year (then
    `_lived_year` and `year_told_coming` judge it) nor a later one (the anchor's year, or a later race's: "выборы 2024
    года" is news of that race) and tells no day or month without its year that lies after the race year
    (`_told_since_race`), and its lead counts no day from the anchor (`_lead_counts_from_anchor`) other than the
    race's own day in the sentence that names it ("выборах, которые проходят сегодня", "Через две недели пройдут
    промежуточные выборы": the race's day counted from the writing day). Calendar knowledge, like
    `_election_this_year`: the page lives in the race's year, so relative dates that name a year count from it
    ("Четыре года назад" -> 2016, "В этом году Трамп сразу вырвался вперед" -> 2020) and those that need the day ("Уже
    сегодня, когда штат обработал 96% бюллетеней") are withheld (null, W004). A page of January 2021 about the race's
    end ("6 января Конгресс утвердил") tells a day of the anchor's year and keeps the anchor. None otherwise."""
    if anchor is None or anchor != doc.published_at:
        return None
    named = _race_named_in_lead(doc)
    if named is None:
        return None
    start, end, remainder, held_ahead = named
    race = anchor.year - (anchor.year - remainder) % PRESIDENTIAL_CYCLE
    counted = [m for m in mentions if not (held_ahead and start <= m.start < end)]  # not the race's own day
    if race == anchor.year or _told_since_race(doc, mentions, dates, race, anchor) \
            or _lead_counts_from_anchor(doc, counted, anchor):
        return None
    fired("dates", "race_lived", start, end, f"the lead tells the US {RACE_NAMES[remainder]} race of {race} as its "
                                             f"news, on a page crawled on {anchor}: written in {race}")
    return race


def _told_since_race(doc: Document, mentions: list[Mention], dates: list[DateAnn], race: int, anchor: dt.date) -> bool:
    """True when the text writes out the race's year or a later one (outside quotes, off the legal footer), or tells
    a day or month without its year that lies after the race year (`dates` as read against the anchor). Against an
    anchor more than a year after the race (a midterm of 2018 crawled in 2021), every such date read against the
    anchor lies after the race year, whenever the page was written: then only one of the anchor's own year outside a
    future clause counts ("6 января Конгресс утвердил"; a plan "встреча должна состояться в ноябре" is read forward
    from the anchor, into its year, whatever year the page lives in)."""
    if any(m.explicit_year and m.year is not None and m.year >= race and not open_at(doc.text, m.start)
           and not _on_footer(doc, m) for m in mentions):
        return True
    since = race + 1 if anchor.year - race <= 1 else anchor.year
    by_start = {m.start: m for m in mentions}
    return any(_partial_since(doc, by_start.get(date.start), date, since, plans=since == race + 1) for date in dates)


def _partial_since(doc: Document, m: Mention | None, date: DateAnn, since: int, plans: bool) -> bool:
    """True for a date without its year (kind partial) read in `since` or later; unless `plans`, not one in a future
    clause (`_told_since_race`)."""
    if date.kind != "partial" or date.value is None or not date.value[:4].isdigit() or int(date.value[:4]) < since:
        return False
    return plans or m is None or date_tense(doc, m.first) != FUTURE


def _race_named_in_lead(doc: Document) -> tuple[int, int, int, bool] | None:
    """The span of the first of the lead's sentences (RACE_LEAD_SENTENCES) that names a US race of RACE_KINDS as its
    news, with the remainder of its years modulo PRESIDENTIAL_CYCLE and whether it tells the race as held now or ahead
    (`_race_held_ahead`): an election noun (not "выборщики") that is the sentence's statement (`_race_as_statement`)
    or that a relative clause tells as held now or ahead, a word of the race ("промежуточные" for a midterm, else a
    presidential word) and the US; None when none does."""
    for sentence in doc.sentences[:RACE_LEAD_SENTENCES]:
        words = [t.text.lower() for t in doc.tokens[sentence.token_start : sentence.token_end]]
        statement = any(w.startswith(ELECTION_STEMS) and not w.startswith(ELECTION_NOT_STEMS)
                        and _race_as_statement(words, position) for position, w in enumerate(words))
        relative = _race_held_ahead(words, relative=True)
        if not (statement or relative) or US_WORD.search(doc.text, sentence.start, sentence.end) is None:
            continue
        for stems, remainder in RACE_KINDS:
            if any(w.startswith(stems) for w in words):
                return sentence.start, sentence.end, remainder, relative or _race_held_ahead(words, relative=False)
    return None


def _race_held_ahead(words: list[str], relative: bool) -> bool:
    """True when a verb of holding in the present or future tense tells the race as held now or ahead: "Через две
    недели пройдут промежуточные выборы"; with `relative`, only in a relative clause ("На промежуточных выборах в
    Конгресс США, которые проходят сегодня"), which makes a race in a prepositional phrase the sentence's news, not
    the past setting of other news ("победивший на выборах", "после выборов, которые прошли в ноябре")."""
    return any(w.startswith(ELECTION_HELD_STEMS) and best_parse(w).tag.tense in ("pres", "futr")
               and (not relative or (i > 0 and fold(words[i - 1]) in RELATIVE_PRONOUNS))
               for i, w in enumerate(words))


def race_day_said(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                  anchor: dt.date | None) -> dt.date | None:
    """The writing day a lead's race says: the sentence that names the race (`_race_named_in_lead`) tells it as held
    now or ahead with a day word counted from the writing day ("На промежуточных выборах в Конгресс США, которые
    проходят сегодня", "Через две недели пройдут промежуточные выборы"), and the text gives that race's day further
    on, read as US election day ("Речь идет о промежуточных выборах в Конгресс 6 ноября" -> 2018-11-06,
    `_election_cycle`): the text was written that many days before it. Like `day_said`, it counts where there is no
    anchor or where the day lies before it; None otherwise."""
    named = _race_named_in_lead(doc)
    if named is None or not named[3]:
        return None
    start, end, remainder, _ = named
    words = [(m, offset) for m in mentions if start <= m.start < end and not open_at(doc.text, m.start)
             and (offset := _days_ahead(m)) is not None]
    race = _race_day_given(doc, mentions, dates, remainder) if len(words) == 1 else None
    if race is None:
        return None
    (word, offset), (day, date) = words[0], race
    written = day - dt.timedelta(days=offset)
    if anchor is not None and written >= anchor:
        return None
    fired("dates", "day_said", word.start, word.end,
          f"the lead tells the race of {date.value} ({doc.text[date.start:date.end]}) as held "
          f"{doc.text[word.start:word.end].lower()!r}: it was written on {written}")
    return written


def _days_ahead(m: Mention) -> int | None:
    """How many days after the writing day a day word puts its day ("сегодня" 0, "завтра" 1, "через две недели"
    14); None for any other mention or a day before it."""
    if m.anaphor is not None or m.weekday is not None:
        return None
    if m.unit_shift is not None and m.unit_shift[0] == "day" and m.unit_shift[1] >= 0:
        return m.unit_shift[1]
    if m.ago is not None and m.ago[1] is not None and m.ago[1] <= 0 and m.ago[0] in ("day", "week"):
        return -m.ago[1] * (7 if m.ago[0] == "week" else 1)
    return None


def _race_day_given(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                    remainder: int) -> tuple[dt.date, DateAnn] | None:
    """The first US election day the text gives outside quotes (`_election_cycle`) for a race whose years leave
    `remainder` modulo PRESIDENTIAL_CYCLE, with its date; None when it gives none. Not a day told in a past clause:
    a lead that tells its race as held now or ahead gives that race's day as to come, and a past one is another,
    earlier race ("Четыре года назад выборы президента США прошли 8 ноября" on a page of election day 2020)."""
    by_start = {m.start: m for m in mentions}
    for date in dates:
        m = by_start.get(date.start)
        if m is None or not _calendar_value(date) or open_at(doc.text, m.start):
            continue
        cycle = _election_cycle(doc, m)
        day = dt.date.fromisoformat(date.value[:10])  # type: ignore[index]
        if cycle is None or cycle[:2] not in ((PRESIDENTIAL_CYCLE, remainder), (2, 0)) \
                or day.year % PRESIDENTIAL_CYCLE != remainder:
            continue
        if date_tense(doc, m.first) == PAST:
            rejected("dates", "day_said", date.start, date.end,
                     "a race's day told in a past clause: an earlier race, not the one the lead tells as held now")
            continue
        return day, date
    return None


def _race_as_statement(words: list[str], position: int) -> bool:
    """True when the election noun at `position`, with the nouns and adjectives of its phrase before it ("результаты
    выборов", "президентские выборы"), follows no preposition: the race is what the sentence tells ("Впервые
    результаты выборов президента США неизвестны"). A race in a prepositional phrase is the past setting of other
    news, as a page of the next year tells it ("после выборов президента США", "победивший на выборах", "расследует
    вмешательство в выборы"), and no sign that `published_at` is a crawl date."""
    before = position - 1
    while before >= 0 and best_parse(words[before]).tag.POS in RACE_PHRASE_POS:
        before -= 1
    return before < 0 or best_parse(words[before]).tag.POS != "PREP"


def _dates_written_out(doc: Document, mentions: list[Mention]) -> list[tuple[Mention, dt.date]]:
    """The mentions that write out a period with its year ("19 декабря 2016 года", "в июне 2020 года", "в 2017 году",
    "в первом квартале 2027 года"), outside quotes, off the site's legal footer and not a birth date, each with the
    last day of its period."""
    return [(m, end) for m in mentions if (end := _written_end(m)) is not None and not open_at(doc.text, m.start)
            and not _on_footer(doc, m) and not _birth_date(doc, m) and not _birth_year(doc, m)]


def _written_end(m: Mention) -> dt.date | None:
    """The last day of the period a mention writes out with its year (a day, month, season, quarter or year); None
    without a written year, for a decade or century, or outside the calendar."""
    if not m.explicit_year or m.year is None or m.grain not in ("time", "day", "month", "season", "quarter", "year"):
        return None
    try:
        if m.month is not None:
            return dt.date(m.year, m.month, m.day or calendar.monthrange(m.year, m.month)[1])
        if m.season is not None:
            return _season_end(m.season, m.year)
        if m.quarter is not None:
            return dt.date(m.year, 3 * m.quarter, calendar.monthrange(m.year, 3 * m.quarter)[1])
        return dt.date(m.year, 12, 31)
    except ValueError:
        return None


def _counts_from_anchor(doc: Document, mentions: list[Mention], written: list[tuple[Mention, dt.date]],
                        anchor: dt.date) -> bool:
    """True when the text counts from the anchor after all: its lead tells a day by it
    (`_lead_counts_from_anchor`), it counts years from it to a year it writes out (`_years_counted_from_anchor`), or
    it plans a day without its year just after it and long after its latest written date (`_plan_near_anchor`)."""
    return _lead_counts_from_anchor(doc, mentions, anchor) \
        or _years_counted_from_anchor(doc, mentions, written, anchor) \
        or _plan_near_anchor(doc, mentions, max(end for _, end in written), anchor)


def _plan_near_anchor(doc: Document, mentions: list[Mention], latest: dt.date, anchor: dt.date) -> bool:
    """True when a future clause outside quotes plans a day without its year ("Голосование пройдет 3 ноября") whose
    next occurrence after the anchor lies within ROLLOVER of it, while its next one after the latest written date
    lies more than HALF_YEAR after that: a plan without its year is said a few weeks or months ahead, so an
    explainer of 2020 that retells 2016 and announces "3 ноября" was written near the anchor ("Это должно произойти
    6 января" after "19 декабря 2016 года", crawled 2021-02-01, is the story's plan: 18 days after it)."""
    for m in mentions:
        if m.explicit_year or m.month is None or m.day is None or m.year_shift is not None \
                or open_at(doc.text, m.start) or date_tense(doc, m.first) != FUTURE:
            continue
        after_anchor, after_latest = _next_day(m, anchor), _next_day(m, latest)
        if after_anchor is not None and after_latest is not None and after_anchor - anchor <= ROLLOVER \
                and after_latest - latest > HALF_YEAR:
            rejected("dates", "written_long_before", m.start, m.end, f"a plan for {after_anchor}, just after "
                                                                     f"{anchor} and long after {latest}: written then")
            return True
    return False


def _next_day(m: Mention, since: dt.date) -> dt.date | None:
    """The first day on or after `since` that is the mention's month and day (None for a 29 February never met)."""
    for year in range(since.year, since.year + 2):
        day = _day_in_month((year, m.month), m.day)  # type: ignore[arg-type]
        if day is not None and day >= since:
            return day
    return None


def _lead_counts_from_anchor(doc: Document, mentions: list[Mention], anchor: dt.date) -> bool:
    """True when the lead (LEAD_CHARS), outside quotes, tells a day counted from the anchor: a relative day, week,
    month or weekday ("вчера", "в пятницу", "на прошлой неделе", "в прошлом месяце"), or a day without its year
    that lies within STORY_REACH before it (`_recent_day_without_year`: "Санкции появились на сайте Минфина 11
    января")."""
    return any(m.start < LEAD_CHARS and not open_at(doc.text, m.start)
               and (_counts_days(m) or _recent_day_without_year(doc, m, anchor)) for m in mentions)


def _years_counted_from_anchor(doc: Document, mentions: list[Mention], written: list[tuple[Mention, dt.date]],
                               anchor: dt.date) -> bool:
    """True when the text, outside quotes, counts years back from the anchor to a year its sentence writes out ("75
    лет назад, 22 июня 1941 года", published 2016): an anniversary piece of the anchor's year, however old its
    dates."""
    years = {(doc.tokens[m.first].sentence, m.year) for m, _ in written}
    for m in mentions:
        if m.ago is not None and m.ago[0] == "year" and m.ago[1] is not None and not open_at(doc.text, m.start) \
                and (doc.tokens[m.first].sentence, anchor.year - m.ago[1]) in years:
            rejected("dates", "written_long_before", m.start, m.end, f"counted from {anchor}, it lands on the year "
                                                                     "its sentence writes out: written then")
            return True
    return False


def _counts_days(m: Mention) -> bool:
    """True for a relative day, week, month or weekday ("вчера", "на прошлой неделе", "два дня назад", "в пятницу",
    "в прошлом месяце", "месяц назад"): what the crawl-date policy would withhold as needing the writing day
    (`_counted_from_writing_year`), so a lead that says one counts from the anchor."""
    if not _is_relative(m) or m.anaphor is not None:
        return False
    unit = m.unit_shift or m.ago
    return unit is None or unit[0] in ("day", "week", "month")


def _recent_day_without_year(doc: Document, m: Mention, anchor: dt.date) -> bool:
    """True for a day without its year, not in a future clause, that read in the anchor's year (or the year before,
    when that lies after the anchor) lies within STORY_REACH before the anchor."""
    if m.explicit_year or m.month is None or m.day is None or m.year_shift is not None \
            or date_tense(doc, m.first) == FUTURE:
        return False
    day = _day_in_month((anchor.year, m.month), m.day)
    if day is not None and day > anchor:
        day = _day_in_month((anchor.year - 1, m.month), m.day)
    return day is not None and anchor - day <= STORY_REACH


def _days_written(doc: Document, mentions: list[Mention]) -> dict[tuple[int, int], int]:
    """(month, day) -> year for the days the text writes out with their year, off the site's legal footer and not a
    historic day, when that day has only one year in the text: a day said without its year before or after it ("7
    июня закончились праймериз" … "Избиратели на праймериз, 7 июня 2016 года") is that day."""
    years: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        if m.explicit_year and m.year is not None and m.month is not None and m.day is not None \
                and not _on_footer(doc, m):
            years.setdefault((m.month, m.day), set()).add(m.year)
    return {day: next(iter(found)) for day, found in years.items() if len(found) == 1}


def _dated_points(doc: Document, mentions: list[Mention]) -> dict[int, list[tuple[int, dt.date]]]:
    """sentence -> (first token, first day) of the days and months it writes out with their year, off the site's
    legal footer (see `_year_written_after`)."""
    points: dict[int, list[tuple[int, dt.date]]] = {}
    for m in mentions:
        if m.explicit_year and m.year is not None and m.month is not None and not _on_footer(doc, m) \
                and not compared_base(doc, m):
            try:
                point = _period(m, m.year)[0]
            except ValueError:
                continue
            points.setdefault(doc.tokens[m.first].sentence, []).append((m.first, point))
    return points


def compared_base(doc: Document, m: Mention) -> bool:
    """True for a date written out with its year as the base a figure is compared against ("в марте спрос вырос в
    2,3 раза по сравнению с мартом 2019 года", "в октябре упали до уровня октября 1998 года", "выросли на 11,1% к
    маю 2011 года"): another period than the one the sentence tells of, so it lends its year to no date said before
    it (`_year_written_after`). The cue is the word before it (`COMPARISON_BASE_WORDS`, "с" skipped: "уровня",
    "сравнению с", "против"), or "к" right after an amount ("на 11,1% к", "в 2 раза к")."""
    before = word_in_sentence(doc, m.first - 1, m.first)
    if before in ("с", "со"):
        before = word_in_sentence(doc, m.first - 2, m.first - 1)
    if before in COMPARISON_BASE_WORDS:
        reason = f"'{before}': the base of a comparison"
    elif before in ("к", "ко") and _amount_before(doc, m.first - 1):
        reason = "'к' after an amount: the base of a comparison"
    else:
        return False
    if is_tracing():
        rejected("dates", "compared_base", m.start, m.end, f"{reason} dates no day said before it")
    return True


def _amount_before(doc: Document, index: int) -> bool:
    """True when the word before token `index` ends an amount: a number, "%", "раза"."""
    word = word_in_sentence(doc, index - 1, index)
    return word == "%" or word.replace(",", "").replace(".", "").isdigit() or word in ("раз", "раза")


def _year_written_after(doc: Document, m: Mention, narrative: Narrative) -> int | None:
    """The year of a day, month or season said without one when its sentence goes on to write out a day or month with
    its year within ROLLOVER of it ("не допустить повторения выборов в Джорджии 5 января и фарса с сертификацией 6
    января 2021 года" -> 2021-01-05; "в декабре и 6 января 2021 года" -> 2020-12; "Летом, 20 августа 2010 года суд
    постановил" -> 2010-SU): the two dates are one stretch of time. A date further from it ("приняли 5 мая, а 6
    января 2021 года он вступил в силу") is no link."""
    if (m.month is None or m.grain not in ("day", "time", "month")) and not (m.grain == "season" and m.season):
        return None
    for first, point in narrative.dated_later.get(doc.tokens[m.first].sentence, ()):
        if first <= m.first:
            continue
        for year in (point.year, point.year - 1, point.year + 1):
            try:
                start = _period(m, year)[0]
            except ValueError:
                continue
            if abs(start - point) <= ROLLOVER:
                if is_tracing():
                    _note(m, "year_written_after", f"{year}: its sentence goes on to write out {point} with its year")
                return year
    return None


def _weekdays_written(doc: Document, mentions: list[Mention], anchor: dt.date | None) -> dict[int, tuple[dt.date, int]]:
    """weekday -> (day, sentence) for the weekdays the text writes out with their date ("в понедельник, 14 декабря",
    the year written out or fixed by the weekday near `anchor`), when the text dates that weekday only once: the
    same weekday said alone elsewhere is that day (see `_weekday_written`)."""
    days: dict[int, set[tuple[dt.date, int]]] = {}
    for m in mentions:
        if m.weekday is None or m.day is None or m.month is None or (anchor is None and m.year is None):
            continue
        year = m.year if m.explicit_year and m.year is not None else _year_of_weekday(m, anchor.year, anchor)  # type: ignore[union-attr]
        if _is_weekday_of(m, year):
            days.setdefault(m.weekday, set()).add((dt.date(year, m.month, m.day), doc.tokens[m.first].sentence))
    return {weekday: next(iter(found)) for weekday, found in days.items()
            if len({day for day, _ in found}) == 1 and len(found) == 1}


def _on_footer(doc: Document, m: Mention) -> bool:
    """True on the site's legal footer line ("зарегистрировано Роскомнадзором 21 декабря 2016 г.")."""
    line = doc.text[line_start_of(doc.text, m.start) : m.start].lower()
    return any(word in line for word in FOOTER_WORDS)


def _bare_time_day(doc: Document, m: Mention, day: dt.date | None, anchor: dt.date | None) -> dt.date | None:
    """The day a time without a date takes: the day the narrative is on, except a day still to come for a time told
    in the past ("В пятницу жителей эвакуируют. «Сирену включили в половине третьего ночи», — сказал он": the
    siren sounded before the writing day's end, not on the coming Friday); None leaves the anchor's day."""
    if day is None or anchor is None or day <= anchor or date_tense(doc, m.first) != PAST:
        return day
    _note(m, "past_time_not_ahead", f"{anchor}: a time told in the past cannot lie on {day}, after the writing day")
    return None


def _resolve_bare_times(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                        days_before: dict[int, dt.date | None], anchor: dt.date | None) -> None:
    """Fill in the values of the times without a date, once every dated mention has its value."""
    for index, day in days_before.items():
        try:
            values[index] = _bare_time(doc, mentions[index], mentions, values, day or anchor), "partial"
        except (OverflowError, ValueError):
            values[index] = None, "partial"


ZONE_OPEN = re.compile(r"[^()\d]{0,40}\(\s*(?:в\s*)?")  # "18:00 по восточному времени (" before the equivalent
ZONE_TAIL = re.compile(r"\s*(?:по\s|мск)", re.IGNORECASE)  # "(02:00 по московскому)", "(03:00 мск)"
RANGE_FROM = re.compile(r"(?:^|[\s(])с\s*$", re.IGNORECASE)  # "с " before the start of a time range
# " до ", "–" between the start of a time range and its end
RANGE_TO = re.compile(r"\s*(?:до|[" + re.escape(ALL_DASHES) + r"])\s*", re.IGNORECASE)
ZONE_RANGE_OPEN = re.compile(r"[^()\d]{0,40}\(\s*с\s*", re.IGNORECASE)  # "четверга (с " before the equivalent range
HALF_DAY = 12 * 60
DAY_MINUTES = 24 * 60


def _time_range_at(doc: Document, mentions: list[Mention], first: int) -> bool:
    """True when mentions first and first + 1 are the start and the end of one range of times ("с 18:00 среды до
    06:00 четверга", "с 23:00 до 11:00")."""
    start, end = mentions[first], mentions[first + 1]
    return start.grain == end.grain == "time" and RANGE_TO.fullmatch(doc.text[start.end : end.start]) is not None \
        and RANGE_FROM.search(doc.text[max(0, start.start - 3) : start.start]) is not None


def _zone_pairs(doc: Document, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The (time, equivalent) index pairs of the bracketed times that give a time in another zone: the bare time
    in parentheses right after a time ("в 18:00 по восточному времени (02:00 по московскому)"), and a bracketed
    range after a range, start with start and end with end ("с 18:00 среды до 06:00 четверга (с 23:00 до 11:00 по
    Гринвичу)": 23:00 is 18:00 on Wednesday, 11:00 is 06:00 on Thursday)."""
    pairs: list[tuple[int, int]] = []
    for index in range(1, len(mentions)):
        m, main = mentions[index], mentions[index - 1]
        if ZONE_OPEN.fullmatch(doc.text[main.end : m.start]) is not None and ZONE_TAIL.match(doc.text, m.end):
            pairs.append((index - 1, index))
        elif 2 <= index < len(mentions) - 1 and _time_range_at(doc, mentions, index - 2) \
                and _time_range_at(doc, mentions, index) and ZONE_TAIL.match(doc.text, mentions[index + 1].end) \
                and ZONE_RANGE_OPEN.fullmatch(doc.text[main.end : m.start]) is not None:
            pairs += [(index - 2, index), (index - 1, index + 1)]
    return pairs


def _zone_equivalents(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                      bare: dict[int, dt.date | None]) -> None:
    """A bare time in parentheses that gives a time before it in another zone (`_zone_pairs`: "в 18:00 по
    восточному времени (02:00 по московскому)", "в 16:30 по местному времени (00:30 мск)") is the same moment: it
    takes that time's day, the next day when the clock moved forward past midnight, the day before when it moved
    back past it (zones lie less than half a day apart: 18:00 -> 02:00 is eight hours on, 02:00 -> 18:00 eight
    hours back)."""
    for main_index, index in _zone_pairs(doc, mentions):
        m, main, value = mentions[index], mentions[main_index], values[main_index]
        if index not in bare or not _dated_time(main, value) or main.hour is None or values[index] is None:
            continue
        ahead = (_clock(m) - _clock(main)) % DAY_MINUTES
        shift = (1 if _clock(m) < _clock(main) else 0) if ahead <= HALF_DAY else (-1 if _clock(m) > _clock(main) else 0)
        day = dt.date.fromisoformat(value[0][:10]) + dt.timedelta(days=shift)  # type: ignore[index]
        values[index] = _with_time(m, day.isoformat()), "partial"
        if shift or main_index != index - 1:
            _note(m, "zone_equivalent", f"{day}: the time {doc.text[main.start : main.end]} in another zone")




def _feed_teasers(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None]) -> None:
    """Withhold the relative dates of the teasers of a news feed: on a page that carries a feed
    (`marks.feed_item_ends`: cut-off teasers, no interview turns), a line that a cut ends, or that holds the " … " set
    after a teaser (`TEASER_END`), is an item of the site's feed, published on a day of its own that the page does not
    tell ("Сенат и Палата представителей Конгресса США в четверг на совместном заседании утвердили победу … 3 н …" on a
    page of 15 December: the Thursday is 7 January, not 10 December). A weekday or "в прошлом году" there counts from
    no day the page gives: its value is null. A line of a dialogue is no teaser (`dialogue_at`): an interview's
    question trailing off ("— Вы много критикуете Берни Сандерса…") is the author's ellipsis."""
    if not feed_item_ends(doc.text):  # the page's feed gate, the one coref's `teaser_boundary` asks
        return
    for index, m in enumerate(mentions):
        if values[index] is None or values[index][1] != "relative" or values[index][0] is None:  # type: ignore[index]
            continue
        end = doc.text.find("\n", m.end)
        end = len(doc.text) if end < 0 else end + 1
        if dialogue_at(doc.text, m.start):
            continue
        if TEASER_CUT.search(doc.text, m.start, end) or TEASER_END.search(doc.text, m.end, end):
            values[index] = None, "relative"
            _note(m, "feed_teaser", "a teaser of the site's news feed, cut off with an ellipsis: published on a day "
                                    "of its own, not counted from the page's anchor")


APPOSITION_GAP = re.compile(rf"[\s,{ALL_DASHES}]{{1,4}}")  # "во вторник — 13 сентября", "в понедельник, вечером 28"


def _weekdays_of_days_told(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None]) -> None:
    """On a page that gives no day to count from (no publication date, no dateline), a weekday said alone names the
    day the text gives it: the date set beside it ("во вторник — 13 сентября 2016 года", "в понедельник, вечером 28
    ноября") or, outside a future clause, the story's day told last before it ("21 мая 2013 года … застрелился. …
    Веннер во вторник застрелился" -> 2013-05-21), when that day falls on the weekday. Only a weekday left without a
    value is dated (fills `values` in place)."""
    for index, m in enumerate(mentions):
        value = values[index]
        if m.weekday is None or m.day is not None or m.weekday_shift is not None or value is None \
                or value[0] is not None:
            continue
        found = _apposed_weekday_day(doc, mentions, values, index)
        reason = "the date set beside it"
        if found is None and date_tense(doc, m.first) != FUTURE:
            found, reason = _narrative_day_told(doc, mentions, values, index), "the story's day told last before it"
        if found is None or found.weekday() != m.weekday:
            continue
        values[index] = _with_time(m, found.isoformat()), "relative"
        if is_tracing():
            _note(m, "weekday_of_day_told", f"{found}: {reason}, a {calendar.day_name[m.weekday]}")


# the words between a clock time and the weekday of its clause: "в 6 часов вечера во вторник", "около 21.00 по
# местному времени в субботу", "в четверг примерно в 22:30" (letters and spaces only: no digit, no punctuation)
TIME_WEEKDAY_GAP = re.compile(r"\s+(?:[^\W\d]+\s+){0,4}", re.IGNORECASE)


def _times_of_weekdays(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                       bare: dict[int, dt.date | None]) -> None:
    """A clock time said with a weekday (`_weekday_of_time`: "в 6 часов вечера во вторник") is on that weekday's
    day (the step `time_of_weekday`): it takes the weekday's day when the weekday has one ("в четверг примерно в
    22:30" -> the Thursday's date), and is left null when the weekday has none and the day the time took from the
    narrative bears another weekday name ("13 мая 2018 года … около 21.00 в субботу": 13 May is a Sunday). Fills
    `values` in place; only the bare times of `bare` are touched."""
    for index in bare:
        m, value = mentions[index], values[index]
        weekday = _weekday_of_time(doc, mentions, index)
        if weekday is None or value is None:
            continue
        own, day, said = _day_value(values[weekday]), _day_value(value), mentions[weekday]
        name = doc.text[said.start : said.end]
        if own is not None and own != day:
            values[index] = _with_time(m, own.isoformat()), "partial"
            if is_tracing():
                _note(m, "time_of_weekday", f"{own}: the day of the weekday {name} it is said with")
        elif own is None and day is not None and day.weekday() != said.weekday:
            values[index] = None, "partial"
            if is_tracing():
                _note(m, "time_of_weekday", f"null: {day} is no {calendar.day_name[said.weekday]}, the weekday "
                                            f"{name} it is said with, which has no day")


def _weekday_of_time(doc: Document, mentions: list[Mention], index: int) -> int | None:
    """The index of the weekday said alone (no day, no "прошлый/следующий") next to the clock time at `index`, in the
    same sentence with at most a few words between them (`TIME_WEEKDAY_GAP`); the nearer one when there are two."""
    found: list[tuple[int, int]] = []
    for near in (index - 1, index + 1):
        if not 0 <= near < len(mentions):
            continue
        other = mentions[near]
        if other.weekday is None or other.day is not None or other.weekday_shift is not None or other.grain != "day":
            continue
        first, second = sorted((mentions[index], other), key=lambda x: x.start)
        gap = doc.text[first.end : second.start]
        if TIME_WEEKDAY_GAP.fullmatch(gap) and doc.tokens[first.first].sentence == doc.tokens[second.first].sentence:
            found.append((len(gap), near))
    return min(found)[1] if found else None


# the words between the two ends of a range: a dash ("24-26 мая", "январь-ноябрь"), or "по"/"до" after "с" ("с 19
# октября по 3 ноября", "с сегодняшнего дня по 31 мая")
RANGE_END_DASH = re.compile(rf"\s*{ANY}\s*")
RANGE_END_WORD = re.compile(r"\s+(?:по|до)\s+", re.IGNORECASE)
RANGE_FROM_WORDS = frozenset(("с", "со"))  # the preposition before the start of a range said with "по"/"до"
RANGE_GRAINS = frozenset(("day", "month"))


def _range_ends(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None]) -> None:
    """The end of a range lies on or after its start (the step `range_end`): "с 19 октября по 3 ноября", "в январе -
    ноябре", "24-26 мая" name one stretch of time, so an end said without its year that was resolved before its start
    (a tense check or a turn of the year moved that end alone: "согласовано в период с 19 октября по 3 ноября",
    written 30 October, gave 3 November of the year before) takes the start's year, or the next one where it lies
    earlier in the year ("с 28 декабря по 5 января"). Fills `values` in place."""
    for index in range(1, len(mentions)):
        start, end = mentions[index - 1], mentions[index]
        first, last = values[index - 1], values[index]
        if first is None or last is None or first[0] is None or last[0] is None or not _range_pair(doc, start, end):
            continue
        size = min(len(first[0]), len(last[0]), 10)
        if last[0][:size] >= first[0][:size] or not first[0][:4].isdecimal():
            continue
        since = (int(first[0][5:7]), int(first[0][8:10]) if size == 10 else 0)
        year = int(first[0][:4]) + ((end.month, end.day or 0) < since)  # type: ignore[operator]
        value = _compose(end, year)
        if value is None:
            continue
        values[index] = value, last[1]
        if is_tracing():
            _note(end, "range_end", f"{last[0]} -> {value}: the end of the range that starts on {first[0]}")


def _range_pair(doc: Document, start: Mention, end: Mention) -> bool:
    """True when `start` and `end` are the two ends of one range of days or months (see `_range_ends`) and the end is a
    calendar day or month said without its year (nor "прошлого года")."""
    if start.grain not in RANGE_GRAINS or end.grain not in RANGE_GRAINS or end.month is None or end.explicit_year \
            or end.year_shift is not None or end.weekday is not None or end.unit_shift is not None:
        return False
    gap = doc.text[start.end : end.start]
    if RANGE_END_DASH.fullmatch(gap):
        if not _two_clauses(doc, start, end):
            return True
        if is_tracing():
            rejected("dates", "range_end", end.start, end.end, "the dash joins two clauses, each with its own verb")
        return False
    return RANGE_END_WORD.fullmatch(gap) is not None and start.first > 0 \
        and doc.tokens[start.first - 1].text.lower() in RANGE_FROM_WORDS


def _two_clauses(doc: Document, start: Mention, end: Mention) -> bool:
    """True when a dash between two dates joins two clauses, not the ends of one range: a finite verb stands in the
    start's clause before it and another in the end's clause after it ("Митинг прошел 5 января — 28 декабря его
    согласовала мэрия"). A range is one phrase of one clause ("Продажи в январе - ноябре выросли")."""
    tokens = doc.tokens
    sentence = tokens[start.first].sentence
    before = range(start.first - 1, -1, -1)
    after = range(end.last, len(tokens))
    return all(any(_finite_verb(doc, j) for j in _clause_run(doc, side, sentence)) for side in (before, after))


def _clause_run(doc: Document, side: range, sentence: int) -> Iterator[int]:
    """The tokens of `side` up to the first clause mark, conjunction (`_conjunction`: "пройдет 24 мая — 2 июня и
    соберет", a second predicate of the range's own clause) or the end of `sentence`."""
    for j in side:
        token = doc.tokens[j]
        if token.sentence != sentence or token.text in CLAUSE_MARKS or _conjunction(doc, j):
            return
        yield j


def _conjunction(doc: Document, j: int) -> bool:
    """True for a conjunction (the parse's CCONJ or SCONJ, else pymorphy3's CONJ)."""
    token = doc.tokens[j]
    if token.pos:
        return token.pos in CONJUNCTION_POS
    return token.text.isalpha() and best_parse(token.text).tag.POS == "CONJ"


def _finite_verb(doc: Document, j: int) -> bool:
    """True for a finite verb (the parse's VerbForm, else pymorphy3's VERB)."""
    token = doc.tokens[j]
    if token.pos:
        return token.pos in VERB_POS and token.feats.get("VerbForm") == "Fin"
    return token.text.isalpha() and best_parse(token.text).tag.POS == "VERB"


DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")  # the day of a day or time value: "2013-05-21", "2013-05-21T18:00"


def _day_value(value: tuple[str | None, str] | None) -> dt.date | None:
    """The day of a resolved day or time value ("2013-05-21", "2013-05-21T18:00"), else None."""
    if value is None or value[0] is None or not DAY_VALUE.match(value[0]):
        return None
    return dt.date.fromisoformat(value[0][:10])


def _apposed_weekday_day(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                         index: int) -> dt.date | None:
    """The day of the date that follows the weekday at `index` with only a comma or a dash between them."""
    if index + 1 >= len(mentions) or mentions[index + 1].day is None:
        return None
    if not APPOSITION_GAP.fullmatch(doc.text[mentions[index].end : mentions[index + 1].start]):
        return None
    return _day_value(values[index + 1])


def _days_told_before(mentions: list[Mention], values: list[tuple[str | None, str] | None],
                      index: int) -> Iterator[tuple[Mention, dt.date]]:
    """The days and times resolved before the mention at `index` (a weekday's own date included) with their day,
    nearest first."""
    for before in range(index - 1, -1, -1):
        if mentions[before].grain in ("day", "time") and (day := _day_value(values[before])) is not None:
            yield mentions[before], day


NARRATIVE_REACH = 4  # sentences: the lead's day dates a weekday up to 4 sentences on (nerel pool, dates34)
DOCUMENT_DATE_PREPOSITION = "от"  # "указ от 5 мая", "письмо от 3 марта": the date of a document a noun names


def _narrative_day_told(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                        index: int) -> dt.date | None:
    """The story's day told last before the weekday at `index` (the guard `narrative_day_told`): the nearest day told
    at most `NARRATIVE_REACH` sentences back that is not a background day (`_background_day`: "Он родился 21 мая 1913
    года. В среду …" passes over the birth date). None when no such day is within reach; each day passed over is
    traced."""
    weekday = mentions[index]
    for told, day in _days_told_before(mentions, values, index):
        if doc.tokens[weekday.first].sentence - doc.tokens[told.first].sentence > NARRATIVE_REACH:
            _pass_over(weekday, day, f"told more than {NARRATIVE_REACH} sentences before")
            return None
        why = _background_day(doc, told)
        if why is None:
            return day
        _pass_over(weekday, day, why)
    return None


def _pass_over(weekday: Mention, day: dt.date, why: str) -> None:
    """Trace a day told before `weekday` that `_narrative_day_told` does not take (only a day of its weekday)."""
    if is_tracing() and day.weekday() == weekday.weekday:
        rejected("dates", "narrative_day_told", weekday.start, weekday.end, f"{day} is {why}, not the story's day")


def _background_day(doc: Document, told: Mention) -> str | None:
    """Why a day told is no day the story happens on, or None: a person's birth date (`_birth_date`), a document's
    date in a noun phrase ("указ от 5 мая"), a day inside a quotation. A day a plan is set for ("Суд перенес казнь
    на 3 апреля") is the story's: the weekday after it must be that day's or stays null."""
    if _birth_date(doc, told):
        return "a birth date"
    if told.first > 0 and doc.tokens[told.first - 1].text.lower() == DOCUMENT_DATE_PREPOSITION:
        return "a document's date inside a noun phrase"
    if open_at(doc.text, told.start):
        return "a day inside a quotation"
    return None


def _resolve_in_story(doc: Document, mention: Mention, narrative: Narrative,
                      anchor: dt.date | None) -> tuple[str | None, str] | None:
    """The value and kind of one mention, moving the narrative on; None when the mention is no date after all."""
    quoted = mention.deictic and open_at(doc.text, mention.start)
    if quoted and _told_on_the_story_day(mention, narrative, anchor):
        return _speaker_day(mention, narrative.frame_day, anchor), "relative"  # type: ignore[arg-type]
    if mention.unit_shift == ("day", -1) and doc.text[mention.start : mention.end].lower() == "накануне" \
            and date_tense(doc, mention.first) == FUTURE:
        rejected("dates", mention.rule, mention.start, mention.end, "the eve of a coming event, not yesterday")
        return None
    told = _counted_from_day_told(doc, mention, narrative, anchor)
    value, kind = (told.isoformat(), "relative") if told is not None else _safe_resolve(doc, mention, narrative)
    narrative.follow(value, mention, quoted, deadline(doc, mention.first), lambda: speech_frame(doc, mention))
    if not quoted:  # the speaker's "сегодня" in a quote is not the narrator's day: it dates nothing else
        _remember(doc, mention, narrative, value, kind)
    if anchor is not None and value is not None and _is_stamp_line(doc, mention):
        _stamp_line(mention, dt.date.fromisoformat(value[:10]), narrative, max(anchor, doc.published_at or anchor))
    return value, kind


def _counted_from_day_told(doc: Document, m: Mention, narrative: Narrative, anchor: dt.date | None) -> dt.date | None:
    """The day of "накануне" counted from the past day the narration just told (`_eve_of_day_told`); None when it
    counts from the anchor as usual."""
    try:
        return _eve_of_day_told(doc, m, narrative, anchor)
    except OverflowError:  # a told day at the edge of the calendar (year 1 or 9999)
        return None


EVE_TOLD_GAP = dt.timedelta(days=2)  # a told day nearer the anchor leaves "накануне" the eve of the writing day


def _day_told_before(doc: Document, m: Mention, narrative: Narrative, anchor: dt.date | None) -> dt.date | None:
    """The story's last day when a past clause told it in the sentence before m's, in m's paragraph, at least
    EVE_TOLD_GAP ahead of the anchor, and m stands in a past clause outside quotes; else None. A day after a past
    participle ("арестованного 17 января активиста") is the participle's act, not the story's day."""
    told, said = narrative.last_day, narrative.last_day_token
    if told is None or said < 0 or (anchor is not None and anchor - told < EVE_TOLD_GAP):
        return None
    if doc.tokens[m.first].sentence - doc.tokens[said].sentence != 1 \
            or _paragraph(doc, m.start) != _paragraph(doc, doc.tokens[said].start) or open_at(doc.text, m.start):
        return None
    in_past = date_tense(doc, m.first) == PAST and date_tense(doc, said) == PAST
    return told if in_past and not after_past_participle(doc, said) else None


def _eve_of_day_told(doc: Document, m: Mention, narrative: Narrative, anchor: dt.date | None) -> dt.date | None:
    """The eve of the day the previous sentence of the paragraph told in the past, for "накануне" in past
    narration: "3 марта 2020 года суд вынес приговор. Накануне адвокаты подали жалобу" -> 2 March 2020, not the day
    before publication.
    Only a past clause outside quotes, and only a told day at least two days before the anchor (a lead's "вчера" or
    "сегодня" keeps "накануне" the day before the writing day); without an anchor the told day is all there is."""
    if m.unit_shift != ("day", -1) or doc.tokens[m.first].text.lower() != "накануне":
        return None
    told = _day_told_before(doc, m, narrative, anchor)
    if told is None:
        return None
    eve = told - dt.timedelta(days=1)
    _note(m, "eve_of_day_told", f"{eve}: the eve of {told}, the day the sentence before told")
    return eve


def _remember(doc: Document, mention: Mention, narrative: Narrative, value: str | None, kind: str) -> None:
    """Move the narrative to the mention's value when it dates the story (see `_dates_the_story`)."""
    if not _dates_the_story(doc, mention):
        if is_tracing() and _born(doc, mention):
            _note(mention, "birth_year", "a person's birth year or date: a trait of the person, it dates no other date")
        _name_bound(mention, narrative, value)
        return
    confirmed = mention.weekday is not None and mention.day is not None  # "субботу, 7 ноября": year checked
    confirmed = confirmed or (mention.day is not None and value is not None and narrative.days_written.get(
        (mention.month, mention.day)) == int(value[:4]))  # type: ignore[arg-type]  # "7 июня" … "7 июня 2016"
    said = mention.day is not None and value is not None and narrative.days_said.get(
        (mention.month, mention.day)) == int(value[:4])  # type: ignore[arg-type]  # "18 декабря" said again
    narrative.remember(value, mention.grain, doc.tokens[mention.first].sentence, _paragraph(doc, mention.start),
                       "absolute" if confirmed else kind, open_at(doc.text, mention.start),
                       kind == "partial" and not said, mention.first,
                       narrative.published is not None and background_told(doc, mention))
    _note_year_told(doc, mention, narrative)
    if narrative.year_winter and date_tense(doc, mention.first) != PAST:
        narrative.year_winter = False  # a coming winter ("обещают обеспечить до зимы") is where a plan ends


def _name_bound(mention: Mention, narrative: Narrative, value: str | None) -> None:
    """A month with its year that bounds a period dates no other day, but it is still the year "того же года" points
    back to ("с июля 2018 года … в сентябре того же года")."""
    if mention.grain == "month" and mention.explicit_year and value is not None and not mention.anchors:
        narrative.last_month, narrative.last_year = (int(value[:4]), int(value[5:7])), int(value[:4])


def _note_year_told(doc: Document, mention: Mention, narrative: Narrative) -> None:
    """Without a publication date, record whether the year the narrative now holds was told as a past clause's time
    (see `Narrative.year_source`)."""
    if mention.grain in ("year", "season", "quarter") and narrative.published is None:
        narrative.year_told = mention.rule == "year" and _told_in_year(doc, mention)
        narrative.year_edition = mention.rule == "year" and not narrative.year_told and _edition_year(doc, mention)


def _told_in_year(doc: Document, mention: Mention) -> bool:
    """True for a year said alone as the time of a past clause ("премия учреждена в 1968 году"), not a year that
    names a noun's edition ("в бюджете 2016 года", "Олимпиады-2016") or a part of a year ("в начале 2018 года"):
    the background that dates only its own paragraph on a page without a publication date."""
    before = doc.tokens[mention.first - 1].text.lower() if mention.first > 0 else ""
    return before in ("в", "во") and date_tense(doc, mention.first) == PAST


def _edition_year(doc: Document, mention: Mention) -> bool:
    """True for a year in the genitive that a noun governs ("вмешательство в выборы 2016 года", "золото чемпионата
    Европы 2015 года", "Олимпийские игры в Сочи 2014 года", "лауреат премии по литературе 1997 года"): it names which
    election, championship or prize, an edition of the noun, not the time of the clause ("в течение 2011 года",
    "на протяжении всего 2017 года" are), except in the page's lead (`_lead_sentence`). On a page without a
    publication date it dates only its own paragraph, like a past clause's year (`Narrative.year_source`), where it
    may still date a plan ("в бюджете 2016 года … до конца года")."""
    if not doc.text[mention.start : mention.end].lower().endswith(EDITION_YEAR_ENDINGS) or mention.first < 1:
        return False
    at = mention.first - 1
    if doc.tokens[at].text.lower() in WHOLE_WORDS and at > 0:
        at -= 1  # "на протяжении всего 2017 года": the noun before "весь"
    before = doc.tokens[at]
    if before.sentence != doc.tokens[mention.first].sentence or not before.text.isalpha():
        return False
    word = before.text.lower()
    if word in TIME_PREPOSITION_NOUNS or _lead_sentence(doc, mention):
        return False
    if best_parse(word).tag.POS in ("NOUN", "ADJF", "PRTF"):
        return True
    # a capital inside the sentence is a name's ("Евро 2016 года"); the first word's says nothing ("Около 2014 года")
    return not before.text.islower() and at > 0 and doc.tokens[at - 1].sentence == before.sentence


def background_told(doc: Document, mention: Mention) -> bool:
    """True for a date told of a noun rather than of its clause: the date a noun governs ("страх повторения дефолта
    1998 года", "в Соглашении от 31 мая 1997 года", "в период с января 1999 года по июнь 2002 года") unless the
    noun's event is the clause's time (`_event_time`), or a date in a participle's or a relative clause's phrase
    ("Путин, избранный на эту должность в 2000 году, … 7 мая должен покинуть пост", "турки, переселившиеся после
    погромов в 1989 году"): background that says nothing of the year of the story's other days. Read on the parse
    (the walk up stops at the clause's own verb; `Document.ancestors` is cycle-safe)."""
    head = range_head(doc, range(mention.first, mention.last))
    governor = doc.tokens[head].head
    if not 0 <= governor < len(doc.tokens):
        return False
    noun = doc.tokens[governor]
    if base(doc.tokens[head].rel) == "nmod" and noun.pos in NOUN_HEADS:
        return not _event_time(doc, governor)
    for index in (governor, *doc.ancestors(governor)):
        token = doc.tokens[index]
        if base(token.rel) == "acl":
            return True
        if token.pos in ("VERB", "AUX"):
            return False
    return False


def _event_time(doc: Document, noun: int) -> bool:
    """True when the noun, or a noun it hangs on below the clause's verb, stands after a preposition of time
    (`EVENT_TIME_LINKS`): the event the date belongs to is the time of the clause ("после победы Трампа на выборах в
    ноябре 2016 года уходящий президент ввел санкции")."""
    below = children(doc)
    for index in (noun, *doc.ancestors(noun)):
        token = doc.tokens[index]
        if token.pos not in NOUN_HEADS:
            return False
        if any(doc.tokens[k].rel == "case" and doc.tokens[k].text.lower() in EVENT_TIME_LINKS for k in below[index]):
            return True
    return False


def _story_years(doc: Document, mentions: list[Mention], anchor: dt.date | None) -> frozenset[int]:
    """The years the text writes out in dates told of their clause (not `background_told`): the story's own years,
    which a background date's year may share (none are needed without an anchor)."""
    return frozenset(m.year for m in mentions if anchor is not None
                     and m.explicit_year and m.year is not None and not background_told(doc, m))


def _background_said(doc: Document, m: Mention, said: tuple[int, int | None, int | None], narrative: Narrative,
                     anchor: tuple[int, int | None, int | None] | None) -> bool:
    """True when the anchor a day or a month would take its year from was told as background (`background_told`) in
    a year the story tells nothing else in, on a page dated by its own publication date, while the day read in the
    publication year lies within HALF_YEAR of publication: the year of the noun's past is not the story's ("страх
    повторения дефолта 1998 года … с ноября количество таких респондентов снизилось", published 2008-12-22 ->
    2008-11). A year written in the day's own clause dates it ("Чемпионат мира 2018 года пройдет 14 июня"). A past
    clause's day or month that falls within HALF_YEAR after a background day or month in that day's
    year goes on from it ("Казначеева, призванного на военную службу в мае 2007 года, в июле неоднократно избивал
    командир": July 2007). The tense check still moves the year after this where the background date stands in
    another sentence (in its own sentence the tense reader may read the background clause's verb)."""
    published = narrative.published
    if published is None or narrative.written_long_before or said[0] == published.year \
            or said[0] in narrative.story_years:
        return False
    background = narrative.anchor_background if anchor is narrative.anchor else \
        said[1] is None and said[0] == narrative.year_anchor and narrative.year_background
    if not background:
        return False
    period = _this_year(m, published)
    if period is None or abs(period[0] - published) > HALF_YEAR or _year_in_clause(doc, m, said[0]):
        return False
    return not (said[1] is not None and date_tense(doc, m.first) == PAST and _goes_on_from(m, said))


def _goes_on_from(m: Mention, said: tuple[int, int | None, int | None]) -> bool:
    """True when the mention, read in the year of the day or month `said` or across the turn of that year
    (`_closest_year`: "уволенные в декабре 2005 года, в феврале вышли на акцию" is February 2006), falls after it
    within HALF_YEAR."""
    try:
        told = _period(m, _closest_year(m, said))[0]
    except ValueError:  # 29 February of another year
        return False
    return dt.timedelta(0) < told - dt.date(said[0], said[1] or 1, said[2] or 1) <= HALF_YEAR


def _lead_sentence(doc: Document, mention: Mention) -> bool:
    """True for a mention in the title or the first sentence after it: there an edition is the page's news ("Ковальчук
    после бронзы чемпионата мира 2019 года дал интервью"), which the rest of the page still takes its year from."""
    title_end = doc.text.find("\n")
    if title_end < 0 or mention.start < title_end:
        return True
    first = next((t.sentence for t in doc.tokens if t.start > title_end), None)
    return first is not None and doc.tokens[mention.first].sentence <= first


def _dates_the_story(doc: Document, mention: Mention) -> bool:
    """False for a period's bound ("с 2015 года"), a historic day ("теракты 11 сентября"), a time ago told by a
    participle ("изобретенная 100 лет назад вакцина": the noun's past, not the story's time) and a person's birth
    year ("Игорь Акимов, 1985 года рождения": a trait of the person): they date no other date."""
    if mention.ago is not None and after_past_participle(doc, mention.first):
        return False
    if _born(doc, mention):
        return False
    return mention.anchors and _historic_year(doc, mention) is None


def _born(doc: Document, mention: Mention) -> bool:
    """True for a person's birth year (`_birth_year`) or birth date (`_birth_date`)."""
    return (mention.grain == "year" and _birth_year(doc, mention)) or _birth_date(doc, mention)


def _birth_date(doc: Document, mention: Mention) -> bool:
    """True for a date with its year next to a birth verb in its sentence ("Джордж Майкл родился 25 июня 1963 года",
    "1 февраля 1931 года родился Борис Ельцин", "Паршов (род. 28.07.1988)"): the person's trait, which neither dates
    the story nor tells the text's year."""
    if not mention.explicit_year:
        return False
    sentence = doc.tokens[mention.first].sentence
    near = doc.tokens[max(0, mention.first - 3) : mention.first] + doc.tokens[mention.last : mention.last + 1]
    return any(t.sentence == sentence and t.text.lower() in BIRTH_WORDS for t in near)


def _birth_year(doc: Document, mention: Mention) -> bool:
    """True for "1985 года рождения", "1948 г. рождения", "1999 г. р.": a year that names when a person was born.
    The "р." of birth is lower case: "В 2007 г. Р. Кадыров стал президентом" is an initial, and the year the story's."""
    after = [t.text for t in doc.tokens[mention.last : mention.last + 2]]
    return bool(after) and (after[0].lower() == BIRTH_NOUN
                            or (doc.text[mention.end - 1] == "." and after == [BIRTH_ABBREVIATION, "."]))


def _is_stamp_line(doc: Document, mention: Mention) -> bool:
    """A comment's, an update's or a feed item's stamp inside the page (see `is_stamp_line`, `is_feed_stamp`)."""
    return is_stamp_line(doc.text, mention) or is_feed_stamp(doc.text, mention)


def _stamp_line(mention: Mention, day: dt.date, narrative: Narrative, bound: dt.date) -> None:
    """A comment's, an update's or a feed item's stamp inside the page, on or before `bound` (the crawl date):
    relative dates after it count from its day."""
    if bound - MAX_GAP <= day <= bound:
        narrative.published = day
        _note(mention, "stamp_line", f"relative dates after it count from {day}")


def _attributed_days(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                     anchor: dt.date | None) -> None:
    """"«Сегодня мы получили вакцину», — сказал министр 22 января": "сегодня", "вчера", "на прошлой неделе" and a
    weekday ("- В субботу мы получили дозы, – сообщил министр 10 декабря": the Saturday before it) inside a quote or
    a dialogue line count from the day its attribution names after it, outside the quote in the same sentence, also
    when that day is the anchor's and the story's day had moved them ("Глава 11 февраля уволил министра. «Сегодня
    коллективу представлен новый министр», — сообщили 17 февраля", stamped 17 February: the 17th)."""
    for index, mention in enumerate(mentions):
        if not (_speaker_relative(mention) and values[index] is not None and _in_speech(doc.text, mention.start)):
            continue
        day = _attribution_day(doc, mentions, values, index)
        if day is None:
            continue
        value = _with_time(mention, _shifted(mention, day) if mention.unit_shift else _weekday(doc, mention, day))
        told = values[index]
        if told is not None and (day != anchor or value != told[0]):  # the anchor's day beats the story's
            values[index] = value, "relative"
            _note(mention, "speaker_day", f"said in a quote attributed to {day}: counted from that day ({value}), "
                                          f"not {told[0]}")


# what sets a day off beside its day word: a comma, a dash or an opening parenthesis, with "в"/"во" before a
# weekday ("сегодня (в четверг, 15 ноября)", "Вчера (в четверг)", "завтра - 25 июля 2014 года", "завтра, 22 августа")
APPOSED_DAY_GAP = re.compile(rf"\s*(?:[,(]|[{ALL_DASHES}])\s*(?:во?\s+)?", re.IGNORECASE)
APPOSED_DAY_REACH = WEEKDAY_DAYS  # the apposed day lies this close to the day the word counted to (a guessed year)
# what closes a day set off by a comma: a comma, a bracket, a sentence mark, a dash, a quotation mark or the line end
# ("Накануне, 14 августа, представитель"); without one the day opens the next clause ("сегодня, во вторник его
# одобрил парламент": finalread-zb1)
APPOSED_DAY_CLOSE = re.compile(rf"[^\S\n]*(?:[,;:.!?)\n{QUOTE_MARKS}]|[{ALL_DASHES}]|$)")


def _apposed_days(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None]) -> None:
    """A day word with its day set off beside it ("сегодня (в четверг, 15 ноября)", "Вчера (в четверг)", "завтра -
    25 июля 2014 года") means that day, whatever day the word counted from (`apposed_day`): the text names it. In a
    quote the apposed day also fixes the speaker's day, and the other day words of the same quote count from it
    ("«Вчера (в четверг) Даша поступила … и сегодня отправлена»": Friday). A day the word counted to more than
    `APPOSED_DAY_REACH` away is a guessed year's, not the word's: left alone (fills `values` in place)."""
    for index, word in enumerate(mentions[:-1]):
        day = _apposed_day(doc, mentions, values, index)
        if day is None:
            continue
        value = _with_time(word, day.isoformat())
        told = _day_value(values[index])
        if told is not None and abs(told - day) > APPOSED_DAY_REACH:
            rejected("dates", "apposed_day", word.start, word.end,
                     f"the day set beside it, {day}, lies far from {told}: a guessed year, not this word's day")
            continue
        if value != (values[index] or (None,))[0]:
            values[index] = value, "relative"
            _note(word, "apposed_day", f"{day}: the day set beside it")
        if _in_speech(doc.text, word.start):
            _speaker_days_from(doc, mentions, values, index, day - dt.timedelta(days=word.unit_shift[1]))  # type: ignore[index]


def _apposed_day(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                 index: int) -> dt.date | None:
    """The calendar day of the date or weekday set off right after the day word at `index` (`APPOSED_DAY_GAP`; after
    a comma, closed again: `APPOSED_DAY_CLOSE`), or None."""
    word, date = mentions[index], mentions[index + 1]
    if word.unit_shift is None or word.unit_shift[0] != "day" or word.anaphor is not None or not word.deictic:
        return None
    if date.deictic or date.grain != "day" or (date.day is None and date.weekday is None):
        return None
    if not APPOSED_DAY_GAP.fullmatch(doc.text, word.end, date.start):
        return None
    if doc.text[word.end : date.start].lstrip().startswith(",") and not APPOSED_DAY_CLOSE.match(doc.text, date.end):
        rejected("dates", "apposed_day", word.start, word.end,
                 "nothing closes the day after the comma: it opens the next clause, no apposition")
        return None
    return _day_value(values[index + 1])


def _speaker_days_from(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                       index: int, speaker: dt.date) -> None:
    """Count the other day words of the quote that holds mention `index` (no quotation mark between them, one
    paragraph) from the `speaker`'s day."""
    word = mentions[index]
    paragraph = _paragraph(doc, word.start)
    for other, m in enumerate(mentions):
        if other in (index, index + 1) or m.unit_shift is None or m.unit_shift[0] != "day" or not m.deictic \
                or m.anaphor is not None or values[other] is None or _paragraph(doc, m.start) != paragraph:
            continue
        low, high = sorted((word.start, m.start))
        if has_quote_mark(doc.text, low, high) or not _in_speech(doc.text, m.start):
            continue
        value = _with_time(m, (speaker + dt.timedelta(days=m.unit_shift[1])).isoformat())
        if value != values[other][0]:  # type: ignore[index]
            values[other] = value, "relative"
            _note(m, "apposed_day", f"counted from the speaker's day {speaker}, which the day set beside "
                                    f"{doc.text[word.start:word.end]!r} gives")


def _speaker_relative(m: Mention) -> bool:
    """A date counted from the speaker's day: "сегодня", "на прошлой неделе", a weekday without its date."""
    return bool(m.unit_shift) or (m.weekday is not None and m.day is None and m.anaphor is None)


def _in_speech(text: str, offset: int) -> bool:
    """Inside quotation marks or in the speech of a dialogue line ("- В субботу мы получили…, – сообщил он")."""
    return open_at(text, offset) or dialogue_speech_end(text, offset) is not None


def _attribution_day(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                     index: int) -> dt.date | None:
    """The day of the first day-grain date after mention `index`, outside quotes, in its paragraph and in the
    attribution clause that follows the quote (", — сказал министр 22 января", not "…, добавив, что 25 января" or
    "». Министр 22 января сказал"); the quote or the dialogue line may hold several sentences."""
    mention = mentions[index]
    paragraph = _paragraph(doc, mention.start)
    speech_end = dialogue_speech_end(doc.text, mention.start)
    for later, value in zip(mentions[index + 1 :], values[index + 1 :], strict=True):
        if _paragraph(doc, later.start) != paragraph:
            return None
        if later.grain == "day" and not later.deictic and value is not None and value[0] is not None \
                and len(value[0]) >= 10 and not _in_speech(doc.text, later.start):
            between = doc.text[mention.end : later.start]
            closing = max(between.rfind(mark) for mark in QUOTE_MARKS)
            if speech_end is not None and speech_end < later.start:
                closing = max(closing, speech_end - mention.end + 1)
            clause = between[closing + 1 :].lstrip(" ," + ALL_DASHES)
            return dt.date.fromisoformat(value[0][:10]) if closing >= 0 and not any(c in clause for c in ",;:.!?") \
                else None
    return None


def _told_on_the_story_day(mention: Mention, narrative: Narrative, anchor: dt.date | None) -> bool:
    """True for "сегодня", "вчера" … in a quote of a text with an anchor whose story is on another day (see
    `_speaker_day`), a day before the anchor (`speech_after_writing`)."""
    return anchor is not None and narrative.frame_day is not None and narrative.frame_day != anchor \
        and bool(mention.unit_shift) and not speech_after_writing(mention, narrative.frame_day, anchor)


def speech_after_writing(mention: Mention, frame_day: dt.date, anchor: dt.date) -> bool:
    """True when the story's day lies after the anchor: a speech quoted in the text was made before the text was
    written, so its "сегодня" is not that day ("Все палестинские группировки сегодня объединились", published on
    7 May after a day of 9 May: the anchor's day)."""
    if frame_day <= anchor:
        return False
    if is_tracing():
        rejected("dates", "speech_after_writing", mention.start, mention.end,
                 f"the story's day {frame_day} lies after the writing day {anchor}: no speech quoted in the text was "
                 "made on it")
    return True


def speech_frame(doc: Document, m: Mention) -> bool:
    """True when a day the text tells can be the day of a speech quoted after it (the story's day, `_speaker_day`):
    not a day said inside quotation marks (`quoted_day`), since a speaker calls his own day "сегодня" and a day he
    names is another one ("Евгений вернулся еще вчера, 16 июля. Сегодня вечером мы встретимся": the 17th). A planned
    day still is one: dates42 measured leaving days of future clauses out too (pool: 0 values right, 5 wrong beyond
    what `speech_after_writing` does already)."""
    if not open_at(doc.text, m.start):
        return True
    if is_tracing():
        rejected("dates", "quoted_day", m.start, m.end,
                 "a day the speaker names is not the day he speaks on: it is no speaker's day for a quote after it")
    return False


def _speaker_day(mention: Mention, frame_day: dt.date, anchor: dt.date | None) -> str:
    """"сегодня" in a quote told about another day is the speaker's day: the story's day. Only in a text with an
    anchor: without one the narrator's "сегодня" is null, and the last day a text without a date names is as often a
    plan or a retold day as the day of the speech ("мы выполним задачу, о которой сегодня сказал Путин" after "эта
    норма заработает 28 ноября"; "Ни сегодня, ни в ближайшее время" after "ровно 2 года назад, 16 июля 2003 года"):
    the quote's own attribution may still date it (`_attributed_days`)."""
    day = frame_day + dt.timedelta(days=mention.unit_shift[1])  # type: ignore[index]
    _note(mention, "speaker_day", f"said in a quote about {frame_day}: counted from the story's day, not {anchor}")
    return day.isoformat()


def _note(m: Mention, step: str, reason: str) -> None:
    """Record a resolution step for `m` (only while `svodka explain` traces; the reason is built by the caller)."""
    fired("dates", step, m.start, m.end, reason)


def written_before(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                   anchor: dt.date | None) -> dt.date | None:
    """The last day the text can have been written on, when a plan it announces lies before the anchor: the earliest
    day told in a future clause of the narrative ("с 18 января начнется вакцинация", "поступит после Нового года"),
    outside quotes and not a deadline ("до 23 декабря"), in the ROLLOVER before the anchor (then the day before it);
    or a month planned the same way that ended in the ROLLOVER before the anchor, in a year the text names
    ("в течение января поступит" next to "февраль 2021-го", crawled 2021-02-01: then its last day, see
    `_month_plan`). `published_at` was then a crawl or update date, and relative dates count from that day. A plan
    for a day the text calls today ("Сегодня 8 ноября … результаты станут известны 8 ноября") is for later that day."""
    if anchor is None:
        return None
    by_start = {m.start: m for m in mentions}
    plans: list[tuple[dt.date, DateAnn]] = []  # the last day the text can have been written on, and the plan
    past: list[tuple[dt.date, bool]] = []  # past days, and whether their year is fixed (written out, by a weekday)
    years = _years_named(doc, mentions)
    today = _days_called_today(doc, by_start, dates)
    for date in dates:
        m = by_start.get(date.start)
        if m is None:
            continue
        bound = _month_plan(doc, m, date, anchor, years)
        if bound is not None:
            plans.append((bound, date))
        if not _calendar_day(doc, m, date):
            continue
        day = dt.date.fromisoformat(date.value[:10])  # type: ignore[index]
        tense = date_tense(doc, m.first)
        if tense == PAST:
            past.append((day, _fixed_by_text(doc, m)))
        elif _announced(doc, m, tense) and dt.timedelta(days=1) <= anchor - day <= _plan_reach(doc, m) \
                and day not in today:  # "Сегодня 8 ноября … результаты станут известны 8 ноября": later that day
            plans.append((day - dt.timedelta(days=1), date))
    if not plans:
        return None
    bound, plan = min(plans, key=lambda pair: pair[0])
    if _told_after(past, bound, _fixed_by_text(doc, by_start[plan.start])):  # a past event after the plan: no bound
        return None
    fired("dates", "written_before", plan.start, plan.end,
          f"a plan for {plan.value}, before the anchor {anchor}: the text was written by {bound}")
    return bound


def _days_called_today(doc: Document, by_start: dict[int, Mention], dates: list[DateAnn]) -> set[dt.date]:
    """The days the text calls today ("Сегодня, 8 ноября", outside quotes): a plan for such a day is for later that
    day, not a sign that the text was written before it."""
    return {dt.date.fromisoformat(date.value[:10]) for date in dates  # type: ignore[index]
            if date.value is not None and len(date.value) >= 10 and date.start in by_start
            and _is_today_said(doc, by_start[date.start], date)}


def _years_named(doc: Document, mentions: list[Mention]) -> set[tuple[int, int]]:
    """(paragraph, year) for the years the text writes out with a month or a day ("февраль 2021-го"), or alone
    outside a past clause ("ждут в начале 2021 года"; not "в 2020 году завод закрыли")."""
    return {(_paragraph(doc, m.start), m.year) for m in mentions
            if m.explicit_year and m.year is not None and (m.month is not None or date_tense(doc, m.first) != PAST)}


def _month_plan(doc: Document, m: Mention, date: DateAnn, anchor: dt.date,
                years: set[tuple[int, int]]) -> dt.date | None:
    """The last day of a month announced in a future clause ("в январе начнется", "планируют на январь"), outside
    quotes and not a deadline, when that month, in a year its paragraph writes out (see `_years_named`), ended in
    the ROLLOVER before the anchor: the text was written before that month was over. None otherwise (a month said
    without such a year may be the next one: "в декабре он приедет", said on 10 January)."""
    if date.grain != "month" or m.month is None or m.year_shift is not None or open_at(doc.text, m.start):
        return None
    year = m.year if m.year is not None else anchor.year - (m.month >= anchor.month)
    last = dt.date(year, m.month, calendar.monthrange(year, m.month)[1])
    if (_paragraph(doc, m.start), year) not in years or not dt.timedelta(days=1) <= anchor - last <= ROLLOVER:
        return None
    return last if _announced(doc, m, date_tense(doc, m.first)) else None


def _fixed_by_text(doc: Document, m: Mention) -> bool:
    """True for a day whose year the text fixes: written out, by its weekday ("во вторник, 8 ноября") or as a US
    election day ("8 ноября состоятся выборы президента США", see `_election_cycle`)."""
    return m.explicit_year or (m.weekday is not None and m.day is not None) or _election_cycle(doc, m) is not None


def _told_after(past: list[tuple[dt.date, bool]], bound: dt.date, plan_fixed: bool) -> bool:
    """True when a past event lies after the plan's bound: then the plan is stale text, not the writing day. Against a
    plan whose year the text fixes, a past day whose year was guessed counts only within the ROLLOVER after it: a
    guess further on was counted from `published_at`, the very date the plan shows to be a crawl date (a 2016 page
    crawled in 2021: "во вторник, 8 ноября, пройдут выборы" and "досрочно голосуют с 8 сентября")."""
    return any(day > bound and (fixed or not plan_fixed or day - bound <= ROLLOVER) for day, fixed in past)


def _plan_reach(doc: Document, m: Mention) -> dt.timedelta:
    """How far before the anchor a plan can date the text: a day with its year written out ("конгресс утвердит
    результаты 6 января 2017 года") up to PLAN_REACH, unless a past auxiliary tells the plan in the past ("должен был
    утвердить") or a past verb reports it ("заявил, что закон вступит в силу 1 января 2025 года"); a day whose year was
    inferred only within the ROLLOVER (its year may be the guess that is wrong). A day written with its weekday ("во
    вторник, 8 ноября") has its year fixed by the weekday (see `_year_of_weekday`), as good as written out."""
    if _fixed_by_text(doc, m) and not _past_aux_before(doc, m.first) and not reported_in_past(doc, m.first):
        return PLAN_REACH
    return ROLLOVER


def _past_aux_before(doc: Document, index: int) -> bool:
    """True when "был/была/было/были" stands in the clause before token `index`."""
    sentence = doc.sentences[doc.tokens[index].sentence]
    return any(doc.tokens[j].text.lower() in PAST_AUX for j in range(sentence.token_start, index))


def _calendar_day(doc: Document, m: Mention, date: DateAnn) -> bool:
    """A day the text names by its calendar date, outside quotes (not "вчера", "тот день", "в пятницу", a bare
    time, nor "15 декабря прошлого года": its year counts from the writing day, which it cannot then set)."""
    if date.value is None or len(date.value) < 10 or date.grain not in ("day", "time"):
        return False
    if _is_relative(m) or is_bare_time(m) or m.year_shift is not None:
        return False
    return not open_at(doc.text, m.start)


def _announced(doc: Document, m: Mention, tense: str | None) -> bool:
    """A plan: a future clause or a present-tense schedule with its weekday, and not a deadline ("до 23 декабря")."""
    return (tense == FUTURE or (tense == PRESENT and _announced_weekday(doc, m))) and not deadline(doc, m.first)


def _live_report_days(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                      bare: dict[int, dt.date | None]) -> dict[int, dt.date]:
    """A live report: a run of at least two bare times in clock order ("По состоянию на 21:30 … На 23:10 …") closed
    by a time with its date ("По состоянию на 00.00 15 декабря") is on that date, the day before for the clocks later
    than the closing one (the report went past midnight). Days said between them are background; a later time must
    not close the run before a bare time of the run. A day heading (`_day_heading`) that the clock turns back after
    ("23:51 – …", "7 января", "00:05 – …") closes the report's day: every bare time since the last heading or dated
    time is on the day before it."""
    days: dict[int, dt.date] = {}
    run: list[int] = []
    pending: list[int] = []  # the bare times since the last day heading or dated time
    for index, mention in enumerate(mentions):
        if index in bare:
            if run and _clock(mentions[run[-1]]) > _clock(mention):
                run = []  # the clocks went back: a new run
            run.append(index)
            pending.append(index)
            continue
        heading = _day_heading(doc, mention, values[index])
        if heading is not None:
            days.update(_before_heading(mentions, bare, pending, index, heading))
            run, pending = [], []
            continue
        if mention.grain != "time":
            continue
        pending = []
        value = values[index]
        if len(run) >= 2 and mention.hour is not None and value is not None and value[0] is not None \
                and len(value[0]) >= 16:
            closing = dt.date.fromisoformat(value[0][:10])
            for member in run:
                late = _clock(mentions[member]) > _clock(mention)
                days[member] = closing - dt.timedelta(days=1) if late else closing
        run = []
    return days


ENTRY_LABEL = re.compile(r"(?:(?:обновлено|обновление|upd)\s*:?\s*(?:в\s*)?)?", re.IGNORECASE)  # "Обновлено в 13:23"
ENTRY_TAIL = re.compile(rf"(?:[.:]|{ANY})?")


def _is_entry_stamp(doc: Document, m: Mention) -> bool:
    """A live page's entry stamp: a bare clock time alone on its line ("16:27", "Обновлено в 13:23")."""
    before, after = line_around(doc.text, m.start, m.end)
    return ENTRY_LABEL.fullmatch(before.strip()) is not None and ENTRY_TAIL.fullmatch(after.strip()) is not None


def _entry_stamp_days(doc: Document, mentions: list[Mention], values: list[tuple[str | None, str] | None],
                      bare: dict[int, dt.date | None]) -> dict[int, dt.date]:
    """The days of a live page's entry stamps (`_is_entry_stamp`, two or more): the first takes the day the narrative
    is on, each next one the day of the one before it, a day later when the clock goes back in a page told forward
    ("23:51", "00:05": past midnight), a day earlier when it goes forward in a page told newest first
    (`_told_direction`). Days said inside the entries ("а завтра мы покажем…") do not move the page's day; a day
    heading or a dated time does."""
    stamps = [index for index in bare if _is_entry_stamp(doc, mentions[index])]
    if len(stamps) < 2:
        return {}
    clocks = [_clock(mentions[index]) for index in stamps]
    stamped = frozenset(stamps)
    rising = _told_direction(clocks)
    days: dict[int, dt.date] = {}
    previous: int | None = None
    day: dt.date | None = None
    for index, mention in enumerate(mentions):
        if index not in bare:
            if _day_heading(doc, mention, values[index]) is not None or _dated_time(mention, values[index]):
                previous = None
            continue
        if index not in stamped:
            continue
        day = bare[index] if previous is None or day is None else _next_stamp_day(doc, mentions[previous], mention,
                                                                                 day, rising)
        previous = index
        if day is not None:
            days[index] = day
    return days


def _next_stamp_day(doc: Document, previous: Mention, stamp: Mention, day: dt.date, rising: int) -> dt.date:
    """The day of an entry stamp after `previous` (on `day`) in a page told in direction `rising`."""
    turned = _clock(stamp) < _clock(previous) if rising > 0 else _clock(stamp) > _clock(previous)
    if not rising or not turned:
        return day
    day += dt.timedelta(days=rising)
    _note(stamp, "entry_stamp", f"{day}: the clock passed midnight after {doc.text[previous.start : previous.end]}")
    return day


def _told_direction(clocks: list[int]) -> int:
    """1 for stamps told forward, -1 for stamps told newest first, 0 when the order is unclear: three stamps or more
    whose clock, read around the dial in one direction, covers less than a day in all (16:08, 18:37, 23:40, 00:15
    forward; 01:10, 00:20, 23:50 back)."""
    if len(clocks) < 3:
        return 0
    forward = sum((b - a) % DAY_MINUTES for a, b in pairwise(clocks))
    back = sum((a - b) % DAY_MINUTES for a, b in pairwise(clocks))
    return 1 if forward < DAY_MINUTES else -1 if back < DAY_MINUTES else 0


def _dated_time(m: Mention, value: tuple[str | None, str] | None) -> bool:
    """A clock time with its own date ("00.00 15 декабря")."""
    return m.grain == "time" and value is not None and value[0] is not None and len(value[0]) >= 16


def _day_heading(doc: Document, m: Mention, value: tuple[str | None, str] | None) -> dt.date | None:
    """The day of a date that stands on a line of its own ("7 января" between the entries of a live report)."""
    if m.grain != "day" or value is None or value[0] is None or len(value[0]) < 10:
        return None
    before, after = line_around(doc.text, m.start, m.end)
    said = doc.text[m.start : m.end]
    return dt.date.fromisoformat(value[0][:10]) if (before + said + after).strip() == said else None


def _before_heading(mentions: list[Mention], bare: dict[int, dt.date | None], pending: list[int], index: int,
                    heading: dt.date) -> dict[int, dt.date]:
    """The day before `heading` for the bare times `pending` before it, when there are two or more and the first bare
    time after the heading lies earlier on the clock than the last of them: the report went past midnight."""
    after = next((j for j in range(index + 1, len(mentions)) if j in bare), None)
    if len(pending) < 2 or after is None or _clock(mentions[after]) >= _clock(mentions[pending[-1]]) \
            or heading == dt.date.min:
        return {}
    return dict.fromkeys(pending, heading - dt.timedelta(days=1))


def _clock(m: Mention) -> int:
    return (m.hour or 0) * 60 + (m.minute or 0)


def _announced_weekday(doc: Document, m: Mention) -> bool:
    """"В понедельник, 4 января, начинается вакцинация": a day announced with its weekday in the present tense is a
    schedule (not "Сегодня, в понедельник, 4 января": that is the day itself)."""
    return m.weekday is not None and m.day is not None and m.rule != "merge_today_date" \
        and "сегодня" not in doc.text[max(0, m.start - 20) : m.start].lower()


def _within_reach(text: str, end: int | None, start: int) -> bool:
    """True when a day or time said up to `end` lies in the paragraph of `start` or the one before: no paragraph
    with text lies between them."""
    if end is None:
        return False
    lines = text[end:start].replace("\r", "\n").split("\n")
    return not any(line.strip() for line in lines[1:-1])


def _earliest_said_day(doc: Document, mentions: list[Mention], dates: list[DateAnn], anchor: dt.date | None,
                       says_the_day: Callable[[Document, Mention, DateAnn], bool], margin: dt.timedelta,
                       rule: str, reason: str) -> dt.date | None:
    """The day of the first dated mention for which `says_the_day` holds, when it lies more than `margin` before the
    anchor (then `published_at` is a crawl or update date); None when there is none or it is recent. The shared loop
    of the text anchors below; `reason` is formatted with the day and the anchor for the trace."""
    if anchor is None:
        return None
    by_start = {m.start: m for m in mentions}
    for date in dates:
        m = by_start.get(date.start)
        if m is None or date.value is None or not says_the_day(doc, m, date):
            continue
        day = dt.date.fromisoformat(date.value[:10])
        if anchor - day <= margin:  # not `day >= anchor - margin`: no overflow at the calendar's start
            return None
        fired("dates", rule, date.start, date.end, reason.format(day=day, anchor=anchor))
        return day
    return None


def _is_report_line(doc: Document, m: Mention, date: DateAnn) -> bool:
    """A day date in the lead that a sentence "Об этом <date> сообщил …" opens, outside quotes."""
    if date.start >= REPORT_HEAD or len(date.value or "") < 10 or date.grain != "day" \
            or m.unit_shift is not None or m.weekday is not None or m.year_shift is not None:
        return False
    sentence = doc.sentences[doc.tokens[m.first].sentence]
    opening = [doc.tokens[j].text.lower() for j in range(sentence.token_start, m.first)]
    return opening == ["об", "этом"] and not open_at(doc.text, m.start)


def _is_today_said(doc: Document, m: Mention, date: DateAnn) -> bool:
    """"Сегодня, 8 ноября" outside quotes."""
    return m.rule == "merge_today_date" and not open_at(doc.text, m.start)


def _is_weekday_dated(doc: Document, m: Mention, date: DateAnn) -> bool:
    """A day near the top written with its weekday, outside quotes and not in a future clause."""
    return (date.start < REPORT_HEAD and m.weekday is not None and m.day is not None and m.year_shift is None
            and not open_at(doc.text, m.start) and date_tense(doc, m.first) != FUTURE)


def reported_on(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                anchor: dt.date | None) -> dt.date | None:
    """The day of a report line near the top, "Об этом 14 декабря сообщил телеканал CNN": the day the news was told,
    when it lies more than RECENT_DAYS before the anchor (then `published_at` is a crawl or update date)."""
    return _earliest_said_day(doc, mentions, dates, anchor, _is_report_line, RECENT_DAYS, "reported_on",
                              f"the lead reports the news on {{day}}, more than {RECENT_DAYS.days} days before "
                              "{anchor}")


def today_said(doc: Document, mentions: list[Mention], dates: list[DateAnn], anchor: dt.date | None) -> dt.date | None:
    """The day of "Сегодня, 8 ноября" (outside quotes) when it lies before the anchor: the text says which day it was
    written on, so `published_at` is a crawl or update date."""
    return _earliest_said_day(doc, mentions, dates, anchor, _is_today_said, dt.timedelta(0), "today_said",
                              "the text says today is {day}, not {anchor}")


def day_said(doc: Document, mentions: list[Mention], dates: list[DateAnn], anchor: dt.date | None) -> dt.date | None:
    """The writing day a day word with its date apposed says, outside speech: "вчера, 16 июля" (then the text was
    written on 17 July), "позавчера, 14 июля", "завтра, 22 августа", and on a page without `published_at` also
    "сегодня, 8 ноября" (`today_said` reads it where there is one). The date's year comes from the rules any date
    without a year follows; a date left without a value dates nothing. Like `today_said`, it counts where there is
    no anchor or where the day lies before it (`published_at` is then a crawl or update date). A day word can also
    date the race its lead tells as held then, whose day the text gives further on (`race_day_said`)."""
    said = _apposed_day_said(doc, mentions, dates, anchor)
    return said if said is not None else race_day_said(doc, mentions, dates, anchor)


def _apposed_day_said(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                      anchor: dt.date | None) -> dt.date | None:
    """`day_said` for a day word with its date apposed ("вчера, 16 июля")."""
    by_start = {d.start: d for d in dates}
    for word, m in pairwise([None, *mentions]):
        date = by_start.get(m.start)  # type: ignore[union-attr]
        shift = _apposed_day_shift(doc, word, m)
        if shift is None or (shift == 0 and anchor is not None) or date is None or not _calendar_value(date):
            continue
        day = _said_day(m, date, shift, anchor)  # type: ignore[arg-type]
        if day is None or (anchor is not None and day >= anchor):
            return None
        if _written_out_after(doc, mentions, by_start, day):
            rejected("dates", "day_said", date.start, date.end, f"the text writes out a day after {day}")
            return None
        start = date.start if shift == 0 or word is None else word.start
        fired("dates", "day_said", start, date.end,
              f"the text calls {date.value} {doc.text[start:date.end].lower()!r}: it was written on {day}")
        return day
    return None


def _apposed_day_shift(doc: Document, word: Mention | None, m: Mention) -> int | None:
    """The day shift of a day word ("вчера", "позавчера", "завтра", "послезавтра") that the day date `m` follows,
    set off by a comma, a dash ("завтра - 25 июля 2014 года", dates43) or nothing ("вчера, 16 июля"), outside
    speech; 0 for a merged "сегодня, 8 ноября"; None for anything else."""
    if _in_speech(doc.text, m.start):
        return None
    if m.rule == "merge_today_date":
        return 0
    if word is None or word.unit_shift is None or word.unit_shift[0] != "day" or word.unit_shift[1] == 0 \
            or word.anaphor is not None:
        return None
    if m.grain != "day" or m.day is None or m.month is None or m.weekday is not None:
        return None
    between = doc.text[word.end : m.start].strip()
    if not (between in ("", ",") or is_dash(between)) or "\n" in doc.text[word.end : m.start]:
        return None
    return word.unit_shift[1]


def _said_day(m: Mention, date: DateAnn, shift: int, anchor: dt.date | None) -> dt.date | None:
    """The writing day "вчера, 16 июля" says. Against an anchor, a date without its year gives the latest such day
    up to it, as DATES.md reads a past date without a year (the value resolved beside "вчера" takes its year from
    the anchor's "вчера", not from the date: "вчера, 16 июля" said on 1 February would be next July's)."""
    if anchor is None or m.explicit_year or shift == 0 or m.month is None or m.day is None:
        return dt.date.fromisoformat(date.value[:10]) - dt.timedelta(days=shift)  # type: ignore[index]
    for year in (anchor.year, anchor.year - 1):
        if m.month == 2 and m.day == 29 and not calendar.isleap(year):
            continue
        day = dt.date(year, m.month, m.day) - dt.timedelta(days=shift)
        if day <= anchor:  # on the anchor itself: the page agrees with it (the caller finds nothing)
            return day
    return None


def _written_out_after(doc: Document, mentions: list[Mention], by_start: dict[int, DateAnn], day: dt.date) -> bool:
    """True when the text writes out, with its year and outside a future clause, a day after `day` ("5.06.2013"
    beside "завтра, 22 августа" whose year was guessed as 2012): the guessed year is wrong, so `day` dates nothing."""
    for m in mentions:
        date = by_start.get(m.start)
        if m.explicit_year and date is not None and _calendar_value(date) and date_tense(doc, m.first) != FUTURE \
                and dt.date.fromisoformat(date.value[:10]) > day:  # type: ignore[index]
            return True
    return False


def _calendar_value(date: DateAnn) -> bool:
    """A value that names a calendar day ("2019-05-09", with or without a time)."""
    return date.value is not None and len(date.value) >= 10 and date.value[4] == "-" and date.value[7] == "-"


def _is_story_day(doc: Document, m: Mention, date: DateAnn) -> bool:
    """A calendar day the story tells of: outside quotes, not in a future clause, not a document's date ("решение от
    25.07.2019") and not on the site's legal footer line ("зарегистрировано Роскомнадзором 21 декабря 2016 г.")."""
    if not _calendar_day(doc, m, date) or date_tense(doc, m.first) == FUTURE or _historic_year(doc, m) is not None:
        return False
    if m.first > 0 and doc.tokens[m.first - 1].text.lower() == "от":
        return False
    return not _on_footer(doc, m)


def _lead_news(doc: Document, m: Mention, day: dt.date, year: int | None) -> bool:
    """A day whose year was inferred that the lead tells as news: in the first LEAD_CHARS, in a past clause, in the
    year of the lead's written-out years (if any), not in a sentence that retells the background ("Ранее в этом
    месяце, 11 июля, …", "Напомним, 8 декабря …")."""
    if m.start >= LEAD_CHARS or year not in (None, day.year) or date_tense(doc, m.first) != PAST:
        return False
    start = doc.sentences[doc.tokens[m.first].sentence].token_start
    opening = [token.text.lower() for token in doc.tokens[start : min(start + 3, m.first)]]
    if opening[:1] and opening[0] in BACKGROUND_OPENERS:
        return False
    # "Как сообщалось, 28 декабря …", "Как ранее сообщал ТАСС, …": the news formula of a retold report
    return not (opening[:1] == ["как"] and any(word in RETELLING_WORDS for word in opening[1:]))


def _later_month(doc: Document, mentions: list[Mention], dates: list[DateAnn], day: dt.date,
                 anchor: dt.date) -> bool:
    """True when the lead names a month with its year after `day` and before the anchor ("В июле 2025 года Алиев
    заявил…" after "28 декабря 2024 года"): the story goes on past its last day, which then dates nothing."""
    by_start = {m.start: m for m in mentions}
    return any(d.grain == "month" and d.start < REPORT_HEAD and d.value is not None and d.start in by_start
               and by_start[d.start].explicit_year and day < dt.date.fromisoformat(d.value + "-01") <= anchor
               for d in dates)


def latest_story_day(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                     anchor: dt.date | None) -> dt.date | None:
    """The latest day the lead (the first REPORT_HEAD characters) tells of (see `_is_story_day`) in the half year up
    to the anchor, when it lies more than RECENT_DAYS before it (LATE_REPORT for a day whose year was inferred: a
    statement is often reported a few weeks late) and the lead names no later month: then `published_at`
    is a crawl date, and the text was written on that day or shortly after (a background date told further down or
    long before dates nothing). A day whose year was inferred ("завершилось голосование 3 ноября") counts only as the
    lead's news (`_lead_news`)."""
    if anchor is None:
        return None
    told = _lead_days(doc, mentions, dates, anchor)
    if not told:
        return None
    day, m, date = max(told, key=lambda item: item[0])
    margin = RECENT_DAYS if m.explicit_year else LATE_REPORT
    if anchor - day <= margin or _later_month(doc, mentions, dates, day, anchor):
        return None
    fired("dates", "latest_story_day", date.start, date.end, f"the story's latest dated day {day}, more than "
                                                              f"{margin.days} days before {anchor}")
    return day


def _lead_days(doc: Document, mentions: list[Mention], dates: list[DateAnn],
               anchor: dt.date) -> list[tuple[dt.date, Mention, DateAnn]]:
    """The story days of the lead in the STORY_REACH before the anchor: those with their year written out, and the
    lead's news among those whose year was inferred."""
    by_start = {m.start: m for m in mentions}
    told = [(dt.date.fromisoformat(d.value[:10]), by_start[d.start], d)  # type: ignore[index]
            for d in dates
            if d.start < REPORT_HEAD and d.start in by_start and _is_story_day(doc, by_start[d.start], d)]
    told = [item for item in told if dt.timedelta(0) <= anchor - item[0] <= STORY_REACH]
    explicit = [day for day, m, _ in told if m.explicit_year]
    year = max(explicit).year if explicit else None
    return [(day, m, d) for day, m, d in told if m.explicit_year or _lead_news(doc, m, day, year)]


def weekday_dated(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                  anchor: dt.date | None) -> dt.date | None:
    """The day of the first date near the top written with its weekday ("В среду, 4 ноября, стало известно"),
    outside quotes and not in a future clause, when it lies more than WEEKDAY_DAYS before the anchor: a weekday is
    written next to a date only for the days around the writing day, so `published_at` is then a crawl date."""
    return _earliest_said_day(doc, mentions, dates, anchor, _is_weekday_dated, WEEKDAY_DAYS, "weekday_dated",
                              "a date with its weekday near the top: the text was written around {day}, not on "
                              "{anchor}")


def weekday_dateline(doc: Document, mentions: list[Mention], dates: list[DateAnn]) -> dt.date | None:
    """On a page without `published_at`, the day of the first full date near the top written with its weekday and
    its year ("В пятницу, 3 июня 2016 года, …"), outside quotes and not in a future clause, when the weekday is that
    day's: a weekday goes with a date only for the days around the writing day, so the page was written on that day
    or within WEEKDAY_DAYS after it (`extract_dates` counts relative dates from it and bounds past dates without a
    year by the week after it).
    A weekday that is not the day's (a typo: which of the two is meant?) or a day more than WEEKDAY_DAYS later that
    the text writes out with its year outside a future clause (a retrospective written afterwards) dates nothing."""
    by_start = {m.start: m for m in mentions}
    dated = {d.start: d for d in dates}
    for date in dates:
        m = by_start.get(date.start)
        if m is None or not m.explicit_year or not _calendar_value(date) or not _is_weekday_dated(doc, m, date):
            continue
        day = dt.date.fromisoformat(date.value[:10])  # type: ignore[index]
        if day.weekday() != m.weekday:
            rejected("dates", "weekday_dateline", date.start, date.end, f"{day} is no {calendar.day_name[m.weekday]}")
            return None
        if _written_out_after(doc, mentions, dated, day + WEEKDAY_DAYS):
            rejected("dates", "weekday_dateline", date.start, date.end,
                     f"the text writes out a day more than {WEEKDAY_DAYS.days} days after {day}")
            return None
        fired("dates", "weekday_dateline", date.start, date.end,
              f"a full date with its weekday near the top of a page without published_at: written around {day}")
        return day
    return None


def elect_window(doc: Document, mentions: list[Mention]) -> tuple[dt.date, dt.date] | None:
    """On a page without `published_at`, the days it was written between when it calls a US president by the title
    he holds only between his election and his inauguration ("Избранный президент США Дональд Трамп намерен …",
    ELECT_TITLE): from the day after the November election day before his term's first year (`lang.offices`) to 19
    January of that year. A holder elected more than once (Трамп: 2016, 2024) has the first window that ends in or
    after the latest year the page writes out outside quotes, future clauses and the site's footer (a page that
    writes out no year: the first one). None when no title names a holder, or every window ends before that year."""
    if doc.published_at is not None:
        return None
    windows = {_elect_days(holder.first): match.span() for match in ELECT_TITLE.finditer(doc.text)
               if not _title_as_trait(doc.text, match.start()) for holder in _elect_holders(match.group(1))}
    if not windows:
        return None
    latest = _latest_told_year(doc, mentions)
    fitting = sorted(window for window in windows if latest is None or window[1].year >= latest)
    if not fitting:
        return None
    start, end = fitting[0]
    fired("dates", "elect_window", *windows[fitting[0]],
          f"the page names the US president-elect: written between {start} and {end}")
    return start, end


def _latest_told_year(doc: Document, mentions: list[Mention]) -> int | None:
    """The latest year the text writes out (alone or in a date) outside quotes, future clauses, the site's footer
    and birth dates."""
    return max((m.year for m in mentions if m.explicit_year and m.year is not None
                and not open_at(doc.text, m.start) and date_tense(doc, m.first) != FUTURE
                and not _on_footer(doc, m) and not _birth_date(doc, m)), default=None)


def _title_as_trait(text: str, start: int) -> bool:
    """An adverb before "избранный" makes it a trait, not the title ("законно избранный президент"); "тогда" one of
    the two words before makes it a title retold from its time ("тогда еще избранный президент", ELECT_RETOLD)."""
    before = [fold(word.lower()).strip(",.;:" + QUOTE_MARKS) for word in text[max(0, start - 30):start].split()[-2:]]
    if before and (before[-1] in ELECT_NOT_BEFORE or ELECT_RETOLD in before):
        rejected("dates", "elect_window", start, start + len(text[start:].split(maxsplit=1)[0]),
                 f"'{' '.join(before)}' before the title: a trait or a title retold, not the writing days")
        return True
    return False


def _elect_holders(name: str) -> list[Holder]:
    """The US presidents whose (inflected) name the words after the title are: "Дональд Трамп", "Джо Байдену",
    "Трампа"; a given name before the surname must be the holder's."""
    words = name_words(name)
    found = []
    for holder in OFFICE_HOLDERS:
        if holder.country != "сша" or holder.office != PRESIDENT:
            continue
        for i, word in enumerate(words):
            if _inflects(word, holder.surname) and all(
                    any(_inflects(given, names) for names in holder.given) for given in words[:i]):
                found.append(holder)
                break
    return found


def _inflects(word: str, forms: frozenset[str]) -> bool:
    """The word is one of the forms with a case ending: "трампа" of "трамп", "обамы" of "обама", "джо" of "джо"."""
    return any(word == form or (word.startswith(form.rstrip("аяоь")) and len(word) - len(form) <= 2
                                and len(form.rstrip("аяоь")) >= 3)
               for form in forms)


def _elect_days(first_year: int) -> tuple[dt.date, dt.date]:
    """The days a US president whose term begins in `first_year` is president-elect: after the election day of the
    year before (the Tuesday after the first Monday of November) to 19 January."""
    election = next(day for day in range(2, 9) if dt.date(first_year - 1, 11, day).weekday() == 1)
    return dt.date(first_year - 1, 11, election + 1), dt.date(first_year, 1, 19)


def trim_comma(text: str, start: int, end: int) -> int:
    """The end of a span without the comma razdel glued to its last number ("2020," in "2020, 15:13")."""
    return end - 1 if end - start > 1 and text[end - 1] == "," else end


def is_bare_time(mention: Mention) -> bool:
    """A clock time with no date of its own."""
    return mention.grain == "time" and mention.month is None and mention.unit_shift is None \
        and mention.weekday is None


def _safe_resolve(doc: Document, m: Mention, narrative: Narrative) -> tuple[str | None, str]:
    """`_resolve`, with null for a value outside the calendar (a publication date in year 1 or 9999, issue 12)."""
    relative = m.unit_shift is not None or m.ago is not None or m.anaphor is not None or m.weekday is not None
    try:
        value, kind = _movable_holiday(doc, m, narrative) if m.easter is not None else _resolve(doc, m, narrative)
    except (OverflowError, ValueError):
        return None, "relative" if relative else "partial"
    return (value, kind) if value is None or _in_calendar(value) else (None, kind)


def _in_calendar(value: str) -> bool:
    """True for a value whose year is 0001-9999 ("0000", "-001" and "10000" are shifts past the calendar)."""
    head = value[:4]
    return len(head) == 4 and head[0].isdecimal() and all(c.isdecimal() or c == "X" for c in head) \
        and head != "0000" and not value[4:5].isdecimal()


def _resolve(doc: Document, m: Mention, narrative: Narrative) -> tuple[str | None, str]:
    published = narrative.published
    if m.fiscal:
        return None, "absolute"  # a fiscal year's quarters depend on the company's calendar
    if _is_relative(m):
        return _relative(doc, m, narrative), "relative"
    if m.grain == "decade":
        return f"{m.decade // 10}X", "partial" if m.vague_decade else "absolute"  # type: ignore[operator]
    if m.grain == "century":
        return _century(m, narrative), "absolute" if m.century is not None else "partial"
    if m.grain in ("month", "day") and m.month is None:
        return _month_of_story(doc, m, narrative), "partial"
    if m.year_shift is not None and narrative.writing_year is not None:
        return _compose(m, None if m.season_counted else narrative.writing_year + m.year_shift), "relative"
    if m.year_shift is not None:
        return _compose(m, _past_this_year(doc, m, _shifted_year(m, narrative.story_day or published),
                                           published)), "relative"
    if m.year is not None:
        return _compose(m, m.year), "absolute"
    return _compose(m, _narrative_year(doc, m, narrative)), "partial"


def _month_of_story(doc: Document, m: Mention, narrative: Narrative) -> str | None:
    """A month, or a day of a month ("8-е число"), whose month the text leaves out: the story's last month, else the
    publication month, the one before it for a past day that would lie after publication ("Аттестация началась
    25-го числа", published on the 10th) and the one after it for a coming day that would lie before it."""
    published = narrative.published
    month = narrative.last_month or (published and (published.year, published.month))
    if not month:
        return None
    if m.grain == "month":
        return f"{month[0]:04d}-{month[1]:02d}"
    day = _day_in_month(month, m.day)  # type: ignore[arg-type]
    if day is None or narrative.last_month or published is None or day == published:
        return day.isoformat() if day else None
    tense = date_tense(doc, m.first)
    if tense == PAST and day > published:
        day = _day_in_month(_add_months(*month, -1), m.day)  # type: ignore[arg-type]
    elif tense == FUTURE and day < published:
        day = _day_in_month(_add_months(*month, 1), m.day)  # type: ignore[arg-type]
    return day.isoformat() if day else None


def _day_in_month(month: tuple[int, int], day: int) -> dt.date | None:
    """The day of (year, month), or None when the month is shorter ("31-го числа" of April)."""
    try:
        return dt.date(month[0], month[1], day)
    except ValueError:
        return None


def _movable_holiday(doc: Document, m: Mention, narrative: Narrative) -> tuple[str | None, str]:
    """A holiday counted from Easter ("к Пасхе", "на Масленицу"): its year written out, else the narrative's year for
    that holiday as it falls in the anchor's year (or the text's latest year), then that year's day or ISO week."""
    orthodox, offset = m.easter  # type: ignore[misc]
    year = m.year
    if year is None:
        probe = narrative.published.year if narrative.published is not None else narrative.text_year
        if probe is None:
            return None, "partial"
        near = easter_day(probe, orthodox) + dt.timedelta(days=offset)
        year = _narrative_year(doc, replace(m, month=near.month, day=near.day, easter=None), narrative)
        if year is None:
            return None, "partial"
    day = easter_day(year, orthodox) + dt.timedelta(days=offset)
    value = day.isoformat() if m.grain == "day" else _iso_week(day)
    return value, "absolute" if m.year is not None else "partial"


def easter_day(year: int, orthodox: bool) -> dt.date:
    """Easter Sunday of `year`: the Gregorian computus (the anonymous algorithm), or the Julian one moved onto the
    Gregorian calendar for Orthodox Easter (13 days from 1900 to 2099, one day more each century after)."""
    if orthodox:
        a, b, c = year % 4, year % 7, year % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        month, day = divmod(d + e + 114, 31)
        return dt.date(year, month, day + 1) + dt.timedelta(days=year // 100 - year // 400 - 2)
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def _shifted_year(m: Mention, now: dt.date | None) -> int | None:
    """The year of "марте прошлого года", "июле этого года": counted from `now` (None without it); "будущей
    осенью", "прошлой зимой" count seasons (`_season_counted_year`)."""
    if now is None or m.year_shift is None:
        return None
    if m.season_counted and m.season is not None:
        return _season_counted_year(m, m.season, m.year_shift, now)
    return now.year + m.year_shift


def _season_counted_year(m: Mention, season: str, shift: int, now: dt.date) -> int:
    """The year of a season named with a shift word before it, counted in seasons from `now`: "будущей/следующей
    осенью" is the first such season that starts after `now` (said in February 2021: 2021-FA, not 2022-FA),
    "прошлой/минувшей осенью" the last one that ended before it (said in December 2020: 2020-FA), "этой зимой" the
    winter of the current season year (said in January 2021: the winter that began in December 2020)."""
    start = SEASON_START[season]
    current = now.year - 1 if season == "WI" and now.month < SEASON_START["SP"] else now.year
    if shift > 0:
        year = now.year if dt.date(now.year, start, 1) > now else now.year + 1
    elif shift < 0:
        year = current
        while _season_end(season, year) >= now:
            year -= 1
    else:
        year = current
    if is_tracing() and year != now.year + shift:
        _note(m, "season_counted", f"{year}-{season}: the shift counts seasons from {now}, not years")
    return year


def _season_end(season: str, year: int) -> dt.date:
    """The last day of a season (a winter ends on the last day of February of the next year, the 29th in a leap
    year)."""
    start = SEASON_START[season]
    year_after, month_after = _add_months(year, start, 3)
    return dt.date(year_after, month_after, 1) - dt.timedelta(days=1)


def _past_this_year(doc: Document, m: Mention, year: int | None, published: dt.date | None) -> int | None:
    """The year of "в июле этого года" told in a past clause: when this year's July still lies after publication,
    `published_at` is not the writing day (a crawl date) and the text was written the year before; a past event is
    never dated after publication, "этого года" included ("в июле этого года суд постановил", crawled 2021-02-01 ->
    2020-07)."""
    if year is None or published is None or m.year_shift != 0 or m.month is None:
        return year
    if _period(m, year)[0] <= published or date_tense(doc, m.first) != PAST:
        return year
    if is_tracing():
        _note(m, "tense_direction", f"{year} -> {year - 1}: a past clause cannot lie after {published}; 'этого года' "
                                    f"is the year the text was written in, before it was published or crawled")
    return year - 1


def _is_relative(m: Mention) -> bool:
    """True for "вчера", "два года назад", "в пятницу", "тот день": a mention counted from a day, not a calendar."""
    return m.anaphor is not None or m.ago is not None or m.unit_shift is not None \
        or (m.weekday is not None and m.day is None)


def _relative(doc: Document, m: Mention, narrative: Narrative) -> str | None:
    """The value of a relative mention: from the last date said for "тот день", else from the anchor (None
    without one)."""
    published = narrative.story_day or narrative.published
    if narrative.writing_year is not None and m.anaphor is None:
        return _counted_from_writing_year(m, narrative.writing_year)
    if m.anaphor is not None:
        value = _anaphor(m, narrative)
        if is_tracing():
            _note(m, "last_date_said", f"{value}: the {m.anaphor[0]} the text last named, shifted by {m.anaphor[1]}")
        return value
    if m.ago is not None:
        value = _ago(m, published)
    elif (election := _election_this_year(doc, m, narrative)) is not None:
        value = f"{election:04d}"
    elif _this_year_lived(doc, m, narrative):
        value = f"{narrative.lived_year:04d}"
    elif m.unit_shift is not None:
        value = _with_time(m, _shifted(m, _writing_day(doc, m, narrative) or published))
    elif (written := _weekday_written(doc, m, narrative)) is not None:
        value = _with_time(m, written)
    elif narrative.story_day is not None and m.weekday_shift is None:
        value = _with_time(m, _nearest_weekday(doc, m, narrative.story_day))
    else:
        value = _with_time(m, _weekday(doc, m, published))
    if is_tracing():
        _note(m, "relative_to_anchor", f"{value}: counted from {published}")
    return value


def _counted_from_writing_year(m: Mention, year: int) -> str | None:
    """A relative mention on a page whose writing year is known and its writing day is not (`year_told_coming`,
    `written_long_before`): a shift or a count of years counts from that year ("в этом году", "в следующем году",
    "два года назад"); any other (a day, week, month, weekday, season) needs the day and is withheld (None)."""
    if m.ago is not None:
        value = f"{year - m.ago[1]:04d}" if m.ago[0] == "year" and m.ago[1] is not None else None
    elif m.unit_shift is not None and m.unit_shift[0] in ("year", "century"):
        value = _shifted(m, dt.date(year, 7, 1))
    else:
        value = None
    if is_tracing():
        _note(m, "writing_year", f"{value}: counted from the writing year {year}; published_at is not the writing day")
    return value


def _compose(m: Mention, year: int | None) -> str | None:
    """The ISO value of a calendar mention once its year is known."""
    if year is None:
        return None
    if m.grain in ("day", "time"):
        try:
            day = dt.date(year, m.month, m.day).isoformat()  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
        return _with_time(m, day)
    if m.grain == "month":
        return f"{year:04d}-{m.month:02d}"
    if m.grain == "season":
        return f"{year:04d}-{m.season}"
    if m.grain == "quarter":
        return f"{year:04d}-Q{m.quarter}"
    if m.half is not None:
        return f"{year:04d}-H{m.half}"
    return f"{year:04d}"


def _with_time(m: Mention, day: str | None) -> str | None:
    if day is None or m.hour is None:
        return day
    return f"{day[:10]}T{m.hour:02d}:{m.minute or 0:02d}"


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    """(year, month) moved by `count` months."""
    total = year * 12 + month - 1 + count
    return total // 12, total % 12 + 1


def _shifted(m: Mention, published: dt.date | None) -> str | None:
    """"вчера", "на прошлой неделе", "в этом месяце", "в следующем году", "в прошлом веке"."""
    if published is None:
        return None
    unit, count = m.unit_shift  # type: ignore[misc]
    if unit == "day":
        return (published + dt.timedelta(days=count)).isoformat()
    if unit == "week":
        return _iso_week(published + dt.timedelta(weeks=count))
    if unit == "month":
        year, month = _add_months(published.year, published.month, count)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = _add_months(published.year, published.month, 3 * count)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "century":
        return f"{(published.year - 1) // 100 + count:02d}XX"
    return f"{published.year + count:04d}"


def _ago(m: Mention, published: dt.date | None) -> str | None:
    """"два года назад" -> publication year - 2; "несколько лет назад" -> None."""
    unit, count = m.ago  # type: ignore[misc]
    if published is None or count is None:
        return None
    if unit == "day":
        return (published - dt.timedelta(days=count)).isoformat()
    if unit == "week":
        return _iso_week(published - dt.timedelta(weeks=count))
    if unit == "month":
        year, month = _add_months(published.year, published.month, -count)
        return f"{year:04d}-{month:02d}"
    return f"{published.year - count:04d}"


def _anaphor(m: Mention, narrative: Narrative) -> str | None:
    """"тот день" -> the last day said; "на следующий день" -> the day after it."""
    unit, offset = m.anaphor  # type: ignore[misc]
    if unit == "day":
        return (narrative.last_day + dt.timedelta(days=offset)).isoformat() if narrative.last_day else None
    if unit == "month":
        month = narrative.last_month
        return f"{month[0]:04d}-{month[1]:02d}" if month else None
    return f"{narrative.last_year:04d}" if narrative.last_year else None


def _weekday(doc: Document, m: Mention, published: dt.date | None) -> str | None:
    """A weekday: the last such day on or before publication, the next on or after it in a future clause."""
    if published is None:
        return None
    if m.weekday_shift == 0:  # "в эту пятницу": the publication week, unless the clause's tense says otherwise
        return _this_weekday(doc, m, published).isoformat()
    if m.weekday_shift == -1:  # "в минувшую пятницу": the last one before publication
        return (published - dt.timedelta(days=(published.weekday() - m.weekday - 1) % 7 + 1)).isoformat()  # type: ignore[operator]
    if m.weekday_shift == 1:  # "в следующую пятницу": the next one after publication
        return (published + dt.timedelta(days=(m.weekday - published.weekday() - 1) % 7 + 1)).isoformat()  # type: ignore[operator]
    tense = date_tense(doc, m.first)
    if tense == FUTURE:
        return (published + dt.timedelta(days=(m.weekday - published.weekday()) % 7)).isoformat()  # type: ignore[operator]
    back = (published.weekday() - m.weekday) % 7  # type: ignore[operator]
    if tense == PRESENT and back > PRESENT_WEEKDAY_BACK and _present_weekday(doc, m, back):
        return (published + dt.timedelta(days=WEEKDAY_DAYS.days - back)).isoformat()
    return (published - dt.timedelta(days=back)).isoformat()


PRESENT_WEEKDAY_BACK = 3  # days: a weekday told in the present lies this far back at most, else it is the coming one
PRESENT_WEEKDAY_PREPOSITIONS = frozenset(("в", "во", "на"))  # "стартует во вторник", "прогнозы на пятницу"


def _present_weekday(doc: Document, m: Mention, back: int) -> bool:
    """True (and traced, `present_weekday`) for a weekday said with "в"/"на" in a present clause whose last such
    day lies more than PRESENT_WEEKDAY_BACK days back: the present names the current days ("сообщает в пятницу"
    said on a Thursday, "чемпионат стартует во вторник", "в пятницу и субботу проходят выпускные балы" said on a
    Friday), so the coming one (dates43). A state since a day ("с субботы рыдает") keeps its past day, and so does a
    weekday whose own clause holds a past verb (the present came from a verb the parser hung it on elsewhere) or
    that qualifies a noun a past participle describes ("в выпущенном в эфир телеобращении в четверг Мубарак
    выглядит": `past_participle_noun`)."""
    if word_in_sentence(doc, m.first - 1, m.first) not in PRESENT_WEEKDAY_PREPOSITIONS \
            or past_verb_in_clause(doc, m.first) or past_participle_noun(doc, m.first):
        return False
    if is_tracing():
        _note(m, "present_weekday", f"told in the present, {back} days back: the coming {calendar.day_name[m.weekday]}")  # type: ignore[index]
    return True


def _this_weekday(doc: Document, m: Mention, published: dt.date) -> dt.date:
    """"этот вторник", "в эту пятницу": the day of the publication week; but a past clause is never dated after
    publication and a future one never before it, as for a weekday alone ("этот вторник выпал на Мартовские иды",
    published on a Monday -> the Tuesday before; "в эту пятницу пройдут выборы", published on a Saturday -> the
    coming Friday)."""
    day = published + dt.timedelta(days=m.weekday - published.weekday())  # type: ignore[operator]
    tense = date_tense(doc, m.first) if day != published else None
    if tense == PAST and day > published:
        day -= WEEKDAY_DAYS
    elif tense == FUTURE and day < published:
        day += WEEKDAY_DAYS
    if is_tracing() and tense in (PAST, FUTURE):
        _note(m, "tense_direction", f"{day}: the {'past' if tense == PAST else 'future'} clause's side of "
                                    f"{published}")
    return day


def _this_year_lived(doc: Document, m: Mention, narrative: Narrative) -> bool:
    """True for "в этом году" in a past clause of a text that writes out the year before `published_at` and nothing
    of its year ("выборы 2020 года" … "в этом году американцы стали свидетелями", crawled 2021-02-01): what happened
    "this year" happened in the year the text lives in, so `published_at` is a crawl date and that is the year."""
    if narrative.lived_year is None or m.unit_shift != ("year", 0) or date_tense(doc, m.first) != PAST:
        return False
    if is_tracing():
        _note(m, "lived_year", f"{narrative.lived_year}: the last year the text writes out; nothing of "
                               f"{narrative.published} is")
    return True


def _election_this_year(doc: Document, m: Mention, narrative: Narrative) -> int | None:
    """The year of "в этом году" said of a US election (an election noun near it, its sentence or the page's title
    naming the US) when it counts from a year without US federal elections (an odd year): the text lives in the last
    year of the race its words name (`_race_cycle`), and the anchor is a later crawl date ("на выборах президента
    США в текущем году", crawled 2021-02-01 -> 2020). Calendar knowledge, like `_election_year`. Not in a future
    clause: a race still to come in an odd year is a state's or a city's ("в этом году пройдут выборы губернатора")."""
    base = narrative.story_day or narrative.published
    if m.unit_shift != ("year", 0) or base is None or base.year % 2 == 0 or date_tense(doc, m.first) == FUTURE:
        return None
    words = _election_words(doc, m)
    if words is None or not _names_us(doc, m):
        return None
    modulus, remainder = _race_cycle(words)
    year = next(y for y in range(base.year - 1, base.year - 1 - modulus, -1) if y % modulus == remainder)
    if is_tracing():
        _note(m, "election_year", f"{year}: no US federal election is held in {base.year}; the last one of the "
                                  f"race its words name")
    return year


def _weekday_written(doc: Document, m: Mention, narrative: Narrative) -> str | None:
    """The day of a weekday said alone ("в понедельник") that the text writes out with its date in another sentence
    ("в понедельник, 14 декабря, состоится заседание"), the only date it gives that weekday: the same day, unless
    "прошлый"/"следующий" says otherwise or a past clause would put it after publication. None otherwise."""
    found = narrative.weekdays_written.get(m.weekday) if m.day is None and m.weekday_shift is None else None  # type: ignore[arg-type]
    if found is None or found[1] == doc.tokens[m.first].sentence:
        return None
    day = found[0]
    published = narrative.published
    if published is not None and day > published and date_tense(doc, m.first) == PAST:
        return None
    if is_tracing():
        _note(m, "weekday_written_out", f"{day}: the text writes the same weekday out with its date")
    return day.isoformat()


def _writing_day(doc: Document, m: Mention, narrative: Narrative) -> dt.date | None:
    """The day "на прошлой неделе" counts from in a text dated by its story day: the text was written on that day or
    up to STORY_DAY_REACH days after it (the reach `_nearest_weekday` gives weekdays). When that reach ends in the
    next week (a story day from Friday to Sunday), last week's news is the story's own week: "9 декабря мы получили 400
    доз, 12 декабря еще 600 … На прошлой неделе поставлена 1000 доз" is the week of 12 December. None otherwise."""
    story_day = narrative.story_day
    if story_day is None or m.unit_shift != ("week", -1) or date_tense(doc, m.first) != PAST:
        return None
    if story_day > dt.date.max - dt.timedelta(days=STORY_DAY_REACH):  # at the calendar's end: no next week
        return None
    reach = story_day + dt.timedelta(days=STORY_DAY_REACH)
    if reach.isocalendar()[:2] == story_day.isocalendar()[:2]:
        return None
    if is_tracing():
        _note(m, "story_week", f"the text was written on {story_day} or up to {STORY_DAY_REACH} days after it, in "
                               "the next week: last week is the story day's week")
    return reach


def _nearest_weekday(doc: Document, m: Mention, story_day: dt.date) -> str:
    """A weekday told in a text written on or shortly after `story_day`: the next such day in a future clause, else
    the such day nearest to it (up to three days after it: "завершилось голосование 3 ноября … в среду" -> 4 ноября)."""
    ahead = (m.weekday - story_day.weekday()) % 7  # type: ignore[operator]
    if date_tense(doc, m.first) == FUTURE:
        return (story_day + dt.timedelta(days=ahead or 7)).isoformat()
    return (story_day + dt.timedelta(days=ahead if ahead <= STORY_DAY_REACH else ahead - 7)).isoformat()


def _century(m: Mention, narrative: Narrative) -> str | None:
    if m.century is not None:
        return f"{m.century - 1:02d}XX"
    year = narrative.last_year or (narrative.published.year if narrative.published else None)
    return f"{(year - 1) // 100:02d}XX" if year else None


def _period(m: Mention, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a calendar mention in `year`."""
    if m.grain in ("day", "time") and m.month and m.day:
        day = dt.date(year, m.month, min(m.day, calendar.monthrange(year, m.month)[1]))
        return day, day
    if m.grain == "month" and m.month:
        return dt.date(year, m.month, 1), dt.date(year, m.month, calendar.monthrange(year, m.month)[1])
    if m.grain == "season" and m.season:
        return dt.date(year, SEASON_START[m.season], 1), _season_end(m.season, year)
    if m.grain == "quarter" and m.quarter:
        last_month = 3 * m.quarter
        return dt.date(year, last_month - 2, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _narrative_year(doc: Document, m: Mention, narrative: Narrative) -> int | None:
    """The year of a date written without one (the steps are the README's anchor policy, traced by name)."""
    published = narrative.published
    sentence = doc.tokens[m.first].sentence
    anchor, anchor_sentence = _year_source(doc, m, narrative, sentence)
    fixed = _linked_year(doc, m, narrative, anchor, anchor_sentence != sentence)
    if fixed is not None:
        return fixed
    year, step, why = _story_year(doc, m, narrative, anchor, anchor_sentence != sentence)
    if year is None and published is None and narrative.text_year is not None and date_tense(doc, m.first) == PAST:
        year, step, why = narrative.text_year, "text_year", "no publication date: the latest year the text writes out"
    if year is None:
        return None
    if is_tracing():
        _note(m, step, f"{year}: {why}")
    if narrative.written_long_before:
        year = _crawled_year(m, narrative, year, step)
    elif published is not None and (anchor_sentence != sentence or narrative.local_guess(anchor)):
        year = _tense_year(doc, m, year, _tense_bound(doc, m, published), narrative.story_day)
    if m.weekday is not None and m.day is not None and m.month is not None:
        year = _year_of_weekday(m, year, published)
    return year


def _story_year(doc: Document, m: Mention, narrative: Narrative, anchor: tuple[int, int | None, int | None] | None,
                elsewhere: bool) -> tuple[int | None, str, str]:
    """`_base_year`, with a later year of the story skipped for a day still coming in the publication year
    (`_coming_this_year`)."""
    year, step, why = _base_year(doc, m, narrative, anchor, elsewhere)
    if step == "story_anchor" and _coming_this_year(doc, m, narrative, year):
        published = narrative.published
        return published.year, "coming_this_year", f"the later year {year} is skipped: the day still lies ahead " \
            f"of {published} in its own year"  # type: ignore[union-attr]
    return year, step, why


def _coming_this_year(doc: Document, m: Mention, narrative: Narrative, year: int | None) -> bool:
    """True for a day said without its year, in a clause that is not past, whose story anchor lies in a later year
    than publication while the day still lies ahead in the publication year, within ROLLOVER: the coming day is
    meant, a later one would be written with its year ("БАК не возобновит работу раньше весны 2009 года, хотя
    церемония открытия состоится в намеченный срок - 21 октября", said 25 September 2008; "Первые матчи состоятся
    10 августа" said 28 July after a final of May 2007). A year written in the day's own clause dates it
    ("Чемпионат мира 2018 года пройдет 14 июня", said in May 2017)."""
    published = narrative.published
    if published is None or year is None or year <= published.year or narrative.written_long_before \
            or m.day is None or m.month is None or m.explicit_year:
        return False
    try:
        day = dt.date(published.year, m.month, m.day)
    except ValueError:
        return False
    if not published < day <= published + ROLLOVER or date_tense(doc, m.first) == PAST:
        return False
    return not _year_in_clause(doc, m, year)


def _year_in_clause(doc: Document, m: Mention, year: int) -> bool:
    """True when `year` is written in the clause of the mention (`_clause_run` on either side)."""
    sentence = doc.tokens[m.first].sentence
    around = [*_clause_run(doc, range(m.first - 1, -1, -1), sentence),
              *_clause_run(doc, range(m.last, len(doc.tokens)), sentence)]
    return any(doc.tokens[j].text.startswith(str(year)) for j in around)


def _crawled_year(m: Mention, narrative: Narrative, year: int, step: str) -> int:
    """On a page whose `published_at` is a crawl date (`written_long_before`) the writing year stands for the
    publication year, and a crawl date bounds no tense: the story's year stays ("19 декабря 2016 года … Это должно
    произойти 6 января" -> 2017), a date with no dated anchor takes the writing year."""
    if step != "publication_year" or narrative.writing_year is None:
        return year
    if is_tracing():
        _note(m, "writing_year", f"{narrative.writing_year}: the year the page was written in; published_at is a "
                                 "crawl date")
    return narrative.writing_year


def _tense_bound(doc: Document, m: Mention, published: dt.date) -> dt.date:
    """The day the tense check counts from: the anchor, or `published_at` when it is later for a feed item's stamp.
    (The check runs unless a year said in the date's own sentence dates it: an inferred day's guessed year does not
    count as one, `Narrative.local_guess`.)"""
    return max(published, doc.published_at or published) if is_feed_stamp(doc.text, m) else published


def _year_source(doc: Document, m: Mention, narrative: Narrative,
                 sentence: int) -> tuple[tuple[int, int | None, int | None] | None, int]:
    """The narrative's anchor for the mention; a guessed year reaches only the days close to its own day ("17-19
    августа"), not "зарегистрировали 11 августа, а в продажу она поступит 1 января"."""
    coming = narrative.published is None and narrative.year_told and date_tense(doc, m.first) == FUTURE
    checked = m.weekday is not None and m.day is not None
    paragraph, quoted = _paragraph(doc, m.start), open_at(doc.text, m.start)
    anchor, anchor_sentence = narrative.year_source(sentence, paragraph, quoted, coming, checked)
    if narrative.published is None and is_tracing() and not checked and narrative.year_anchor is not None \
            and narrative.year_quoted <= quoted and narrative.background_elsewhere(sentence, paragraph, coming):
        _note_background(m, narrative)  # only where `year_source` passed the year said alone over
    if anchor is not None and anchor is narrative.local_anchor and not _near(m, anchor):
        if is_tracing():
            _note(m, "guess_too_far", "the inferred day said before it in its sentence lies too far to date it")
        return narrative.anchor, narrative.anchor_sentence
    return anchor, anchor_sentence


def _note_background(m: Mention, narrative: Narrative) -> None:
    """Trace why the year said alone did not date `m` on a page without a publication date."""
    if narrative.year_told:
        _note(m, "background_year", "a year told as a past clause's time dates only its own paragraph and no "
                                    "coming event of another sentence")
    elif narrative.year_edition:
        _note(m, "edition_year", f"the year {narrative.year_anchor} names a noun's edition: it dates only its own "
                                 "paragraph")


def _linked_year(doc: Document, m: Mention, narrative: Narrative,
                 anchor: tuple[int, int | None, int | None] | None, elsewhere: bool) -> int | None:
    """`_fixed_year`, else, when no year said before in its sentence dates it (`elsewhere`, or only a guessed day
    does), the year of a date its sentence goes on to write out (`_year_written_after`)."""
    fixed = _fixed_year(doc, m, narrative, elsewhere)
    if fixed is None and (elsewhere or narrative.local_guess(anchor)):
        fixed = _year_written_after(doc, m, narrative)
    return fixed


def _fixed_year(doc: Document, m: Mention, narrative: Narrative, elsewhere: bool) -> int | None:
    """A year no anchor can move: a historic day's ("теракты 11 сентября"), or the year a day said before in another
    sentence was given ("8 ноября" said again is the same day)."""
    historic = _historic_year(doc, m)
    if historic is not None:
        if is_tracing():
            _note(m, "historic_day", f"{historic}: the day names a historic event")
        return historic
    election = _election_year(doc, m, narrative)
    if election is not None:
        if is_tracing():
            _note(m, "election_day", f"{election}: the US election that fell on this day")
        return election
    said = _same_day(m, narrative.days_said)
    if said is not None and elsewhere:
        if is_tracing():
            _note(m, "day_said_before", f"{said}: the same day was said before with that year")
        return said
    written = _same_day(m, narrative.days_written)
    if written is not None and elsewhere:
        if is_tracing():
            _note(m, "day_written_out", f"{written}: the text writes the same day out with that year")
        return written
    return None


def _same_day(m: Mention, years: dict[tuple[int, int], int]) -> int | None:
    """The year `years` gives the mention's day and month; a day with its weekday ("во вторник, 8 ноября" said
    again) only when that year's day falls on that weekday."""
    if m.day is None or m.month is None:
        return None
    year = years.get((m.month, m.day))
    return year if year is not None and (m.weekday is None or _is_weekday_of(m, year)) else None


def _historic_year(doc: Document, m: Mention) -> int | None:
    """The year of a day that names a historic event after an event noun ("теракты 11 сентября" -> 2001), or after
    "после" without a year of its own: the era since the event ("система применялась десятки раз после 11
    сентября", "угрозами, возникшими после 11 сентября": `HISTORIC_ERA_LINKS`), told of as a past or a state, not
    as a plan ("мост закроют после 11 сентября" is the coming September)."""
    year = HISTORIC_DAYS.get((m.month, m.day)) if m.month is not None and m.day is not None else None  # type: ignore[arg-type]
    if year is None or m.first == 0:
        return None
    before = doc.tokens[m.first - 1].text.lower()
    if before.startswith(HISTORIC_EVENT_STEMS):
        return year
    era = before in HISTORIC_ERA_LINKS and not m.explicit_year
    return year if era and date_tense(doc, m.first) != FUTURE else None


def _election_year(doc: Document, m: Mention, narrative: Narrative) -> int | None:
    """The year of the US election that fell on this November day (see `_election_cycle`): the latest such year up
    to a year after the anchor, within MAX_GAP of it ("8 ноября в США проходят президентские выборы", crawled
    2021-02-01 -> 2016); without a publication date the one nearest the latest year the text writes out, if any."""
    cycle = _election_cycle(doc, m)
    if cycle is None:
        return None
    modulus, remainder, held = cycle
    fits = [y for y in range(1900, 2100, 2) if dt.date(y, 11, m.day).weekday() == 1  # type: ignore[arg-type]
            and y % modulus == remainder]
    published = narrative.published
    if published is not None:
        if not held and _week_after_election(m.day, published, modulus, remainder):  # type: ignore[arg-type]
            return None
        return next((y for y in reversed(fits) if published - MAX_GAP <= dt.date(y, 11, m.day)  # type: ignore[arg-type]
                     <= published + dt.timedelta(days=366)), None)
    if narrative.text_year is None:
        return None
    near = min(fits, key=lambda y: (abs(y - narrative.text_year), y))  # type: ignore[operator]
    return near if abs(near - narrative.text_year) <= ELECTION_YEARS_OFF else None  # type: ignore[operator]


def _week_after_election(day: int, published: dt.date, modulus: int, remainder: int) -> bool:
    """True when 2-8 November `day`, in the last year it fell on or before `published`, lies in the ELECTION_WEEK
    after that year's election of the cycle (`modulus`, `remainder`): "по итогам выборов 4 ноября", said of 2020, is
    the day after election day 2020, not election day 2008."""
    year = published.year if dt.date(published.year, 11, day) <= published else published.year - 1
    if year % modulus != remainder:
        return False
    election = next(d for d in range(2, 9) if dt.date(year, 11, d).weekday() == 1)
    return 0 < day - election <= ELECTION_WEEK


def _election_cycle(doc: Document, m: Mention) -> tuple[int, int, bool] | None:
    """For a November day without its year, from 2 to 8 and not named another weekday than Tuesday, that an election
    noun stands next to in its sentence while that sentence (or the page's title) names the US: US election day, the
    Tuesday after the first Monday of November of an even year: (modulus, remainder) of its years, (4, 0) for a
    presidential race, (4, 2) for a midterm, (2, 0) when the sentence says neither, and whether a verb of holding
    gives the election this day (ELECTION_HELD_STEMS); None otherwise."""
    if m.month != 11 or m.day is None or not 2 <= m.day <= 8 or m.year is not None or m.weekday not in (None, 1):
        return None
    words = _election_words(doc, m)
    if words is None or not _names_us(doc, m):
        return None
    held = any(w.startswith(ELECTION_HELD_STEMS) for w in words)
    return (*_race_cycle(words), held)


def _race_cycle(words: list[str]) -> tuple[int, int]:
    """(modulus, remainder) of the years of the US race the words name: a midterm named outright ("промежуточные"),
    else a presidential race (4, 0), else a race for Congress (4, 2), else any federal election (2, 0)."""
    if any(w.startswith(MIDTERM_NAMED_STEMS) for w in words):
        return 4, 2
    if any(w.startswith(PRESIDENTIAL_STEMS) for w in words):
        return 4, 0
    return (4, 2) if any(w.startswith(MIDTERM_STEMS) for w in words) else (2, 0)


def _election_words(doc: Document, m: Mention) -> list[str] | None:
    """The lower-cased words of the day's sentence within ELECTION_REACH of it, when an election noun is among
    them and no word of a day beside election day is ("накануне дня выборов, 5 ноября"), unless a relative clause
    gives the election its day after it ("Перед выборами, которые состоялись 6 ноября"); else None."""
    sentence = doc.tokens[m.first].sentence
    lo, hi = max(0, m.first - ELECTION_REACH), min(len(doc.tokens), m.last + ELECTION_REACH)
    words = [t.text.lower() for t in doc.tokens[lo:hi] if t.sentence == sentence]
    if not any(w.startswith(ELECTION_STEMS) and not w.startswith(ELECTION_NOT_STEMS) for w in words):
        return None
    before = [t.text.lower() for t in doc.tokens[lo : m.first] if t.sentence == sentence]
    eve = max((k for k, w in enumerate(before) if w in ELECTION_EVE_WORDS), default=None)
    if eve is not None and not any(w.startswith(CLAUSE_OPENER_STEMS) for w in before[eve:]):
        return None
    return words


def _names_us(doc: Document, m: Mention) -> bool:
    """True when the sentence of the mention, or the page's title line, names the US."""
    sentence = doc.sentences[doc.tokens[m.first].sentence]
    breaks = line_breaks(doc.text)
    title_end = breaks[0] if breaks else len(doc.text)
    return US_WORD.search(doc.text, 0, title_end) is not None \
        or US_WORD.search(doc.text, sentence.start, sentence.end) is not None


def _tense_year(doc: Document, m: Mention, year: int, published: dt.date, story_day: dt.date | None) -> int:
    """`_keep_tense`, traced."""
    moved = _keep_tense(doc, m, year, published, story_day)
    if moved != year and is_tracing():
        _note(m, "tense_direction", f"{year} -> {moved}: a {date_tense(doc, m.first) or 'unmarked'} clause "
                                    f"cannot lie on that side of {published}")
    return moved


def _base_year(doc: Document, m: Mention, narrative: Narrative, anchor: tuple[int, int | None, int | None] | None,
               elsewhere: bool) -> tuple[int | None, str, str]:
    """The year before the tense check, the step that chose it and why. A past winter's year said alone stands as the
    January in its middle (`Narrative.year_point`): `_recent_news` reads the year as said, and a year taken from it
    is traced as `winter_story`."""
    published = narrative.published
    winter = narrative.winter_point(anchor)
    said = (anchor[0] - 1, None, None) if winter else anchor  # type: ignore[index]
    skipped = _background_skipped(doc, m, narrative, anchor, said, elsewhere) if said is not None else None
    if skipped is not None:
        return skipped
    if said is not None and story_goes_on(m, said, elsewhere, narrative):
        return published.year, "story_goes_on", f"told after {said[0]}-{said[1]:02d} of the year before, the " \
            f"story goes on into {published.year}, not back: the day lies before {published} in that year"  # type: ignore[union-attr]
    if anchor is not None:
        year = _closest_year(m, anchor)
        if winter:
            return year, "winter_story", f"the winter {anchor[0] - 1}-WI said before it ends in {anchor[0]}: " \
                "the months told after it lie around that January"
        written = "-".join(f"{part:02d}" for part in anchor if part is not None)
        where = "another sentence" if elsewhere else "this sentence"
        across = "" if year == anchor[0] else ", across the turn of the year"
        return year, "story_anchor", f"the nearest dated anchor {written} ({where}{across})"
    if published is not None:
        return published.year, "publication_year", f"no dated anchor before it: the anchor date {published}"
    return None, "", ""


def _background_skipped(doc: Document, m: Mention, narrative: Narrative,
                        anchor: tuple[int, int | None, int | None] | None, said: tuple[int, int | None, int | None],
                        elsewhere: bool) -> tuple[int, str, str] | None:
    """The publication year, its step and why, when the year `said` is background the day must not take
    (`_recent_news`, `_background_said`); None otherwise."""
    published = narrative.published
    if anchor is not None and _recent_news(m, said, elsewhere, published):
        return published.year, "recent_news", f"the background year {said[0]} is skipped: read in the " \
            f"publication year the day lies in the {RECENT_DAYS.days} days before {published}"  # type: ignore[union-attr]
    if _background_said(doc, m, said, narrative, anchor):
        return published.year, "background_told", f"the year {said[0]} was told of a noun (a participle's or a " \
            f"relative clause's act, a noun's date), not of the story: read in {published.year} the date lies " \
            f"within half a year of {published}"  # type: ignore[union-attr]
    return None


def _recent_news(m: Mention, anchor: tuple[int, int | None, int | None], elsewhere: bool,
                 published: dt.date | None) -> bool:
    """True when a background date said in another sentence must not date a day or a month: read in the
    publication year, it falls in (a month: reaches into) the RECENT_DAYS before publication, and the background is a
    year said alone ("В 2012 году суд впервые рассмотрел дело. 2 марта Верховный суд отменил приговор", published
    2019-03-04 -> 2019-03-02) or a day the story would have to step back from ("Завод закрыли 10 мая 2017 года. 4
    марта министр посетил город", published 2019-03-06 -> 2019-03-04; "Испытания завершились 1 августа 2020 года. На
    начало января привились 1 млн человек", stamped 2021-01-12 -> 2021-01), or, for a day, a month said with its
    year ("Болельщики подрались в апреле 2010 года. 8 июня задержали четверых", published 2012-06-11 -> 2012-06-08: a
    month fixes no day to tell the story forward from): news reports what just happened, and a story told forward
    from a dated day (an anniversary: "6 марта 2014 года … 9 марта …") keeps its year."""
    if not elsewhere or published is None or anchor[0] == published.year:
        return False
    period = _this_year(m, published)
    if period is None or not (period[0] <= published and published - period[1] <= RECENT_DAYS):
        return False
    if anchor[1] is None or (anchor[2] is None and m.day is not None):
        return True
    story_day = _period(m, _closest_year(m, anchor))[0]
    return story_day < dt.date(anchor[0], anchor[1], anchor[2] or 1)


def story_goes_on(m: Mention, anchor: tuple[int, int | None, int | None], elsewhere: bool,
                  narrative: Narrative) -> bool:
    """True when a day or a month said in another sentence after a dated day or month of the year before
    publication would, in that year, lie before it, while in the publication year it lies before publication: the
    story goes on forward into the publication year rather than stepping back ("Бровцев был назначен в августе
    прошлого года. Кампания против него началась в марте", published 2010-04-30 -> 2010-03; "Непомнящих осужден в
    конце декабря 2015 года. Бученков 10 августа пожаловался в ЕСПЧ", published 2016-08-29 -> 2016-08-10). A day
    after the anchor's day in its year ("16 октября 2005 года … 23 сентября", a chronicle told backwards, published
    in March 2006), or one still ahead in the publication year, keeps the anchor's year. Only where the anchor is
    the text's own day (`Narrative.own_anchor`): a `published_at` may be a crawl date, and a page written in the
    anchor's year steps back ("завершились 1 августа 2020 года … В январе склад закрыли", crawled 2021-02-20 ->
    2020-01)."""
    published = narrative.published
    if not (elsewhere and narrative.own_anchor) or published is None or anchor[1] is None \
            or anchor[0] != published.year - 1:
        return False
    period = _this_year(m, published)
    if period is None or period[0] > published:
        return False
    try:
        told = _period(m, anchor[0])[0]
    except ValueError:
        return False
    return told < dt.date(anchor[0], anchor[1], anchor[2] or 1)


def _this_year(m: Mention, published: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a day-month or a month mention in the publication year (None for other grains or
    an impossible day)."""
    if m.grain not in ("day", "time", "month") or m.month is None or (m.day is None and m.grain != "month"):
        return None
    try:
        return _period(m, published.year)
    except ValueError:
        return None


def _near(m: Mention, anchor: tuple[int, int | None, int | None]) -> bool:
    """True when the mention lies within half a year of the anchor in its year, or across the turn of the year
    within ROLLOVER of it (the test `_closest_year` makes)."""
    year, month, day = anchor
    if month is None or m.month is None:
        return True
    point = dt.date(year, month, day or 15)
    return any(abs(_period(m, other)[0] - point) <= reach
               for other, reach in ((year, HALF_YEAR), (year + 1, ROLLOVER), (year - 1, ROLLOVER)))


def _closest_year(m: Mention, anchor: tuple[int, int | None, int | None]) -> int:
    """The anchor's year, or the next/previous one across a year boundary ("28 декабря 2024" -> "6 января")."""
    year, month, day = anchor
    if month is None or m.month is None:
        return year
    point = dt.date(year, month, day or 15)
    same = abs(_period(m, year)[0] - point)
    if same <= HALF_YEAR:
        return year
    for other in (year + 1, year - 1):
        if abs(_period(m, other)[0] - point) <= ROLLOVER:
            return other
    return year


def _keep_tense(doc: Document, m: Mention, year: int, published: dt.date, story_day: dt.date | None = None) -> int:
    """A past (or unmarked, far future) event moves back before publication; a future one after it, unless it is a
    day in the ROLLOVER before publication and its next occurrence is more than half a year away: then the text was
    written before it was published or crawled ("вакцинация начнется с 18 января", crawled 2021-02-01). A future
    event counts from the story day when the text has one (it was written then, "22 декабря 2020 года … в январе
    привьют" is January 2021 even when crawled in February); a past one keeps the later bound."""
    start, end = _period(m, year)
    written = story_day or published
    if _under_related_links(doc, m):
        return _past_year(m, year, published)
    if start > published:
        tense = date_tense(doc, m.first)
        if tense == PAST and (_coming_day(doc, m, start, published) or _term_end(doc, m, start, published)):
            return year
        if tense == PAST or (tense != FUTURE and start > published + HALF_YEAR):
            year = _past_year(m, year, published)
        elif start > published + HALF_YEAR and _just_before(m, year - 1, published, _month_end(doc, m)):
            year -= 1
    elif end < written and date_tense(doc, m.first) == FUTURE:
        year = _future_year(doc, m, year, written)
    elif _coming_in_present(doc, m, year, published):
        year += 1
    return year


NOUN_HEADS = frozenset(("NOUN", "PROPN"))  # a date whose phrase hangs on a noun dates that noun, not the clause's verb
# A noun in the locative after "на" ("на выборах 4 марта победил Путин", "на саммите 5 мая договорились") names the
# event at which the past act happened: a date on it is the act's own time, not a day the act set
SCENE_CASE = "Loc"
SCENE_PREPOSITION = "на"
SCENE_REACH = 4  # tokens: how far before its noun the preposition may stand ("на президентских выборах")


def _coming_day(doc: Document, m: Mention, start: dt.date, published: dt.date) -> bool:
    """True for a day said without its year that lies within COMING_DAYS after the writing day and names a day a past
    act set, not the act's own time (`_set_day`): the step `coming_day`. In a past clause it is then the coming day
    (a term a court set, an appointment, a schedule: "суд арестовал его до 28 февраля", "мэрия отказала в проведении
    митинга 31 января", "продлил каникулы с 5 по 18 октября", said days before), not the same day eleven months back,
    which news would date with its year (DATES.md moves a past event back only where it would lie far in the future).
    The act's own time still moves back ("Выборы прошли 25 февраля", said on 21 February), as do months and longer
    periods ("в марте" told in the past on 20 February is last March)."""
    if m.grain not in ("day", "time") or m.day is None or start - published > COMING_DAYS or not _set_day(doc, m):
        return False
    if is_tracing():
        _note(m, "coming_day", f"{start}: {(start - published).days} days after {published}, a day the past act set")
    return True


def _set_day(doc: Document, m: Mention) -> bool:
    """True when the day at `m` is one a past act set rather than the act's time: after a preposition of a term, an
    appointment or a deadline (TERM_PREPOSITIONS: "до 28 февраля", "с 5 по 18 октября", "на 20 июля"), or, with the
    syntax of the morph stage, in a phrase that hangs on a noun ("в проведении митинга 31 января", "к президентским
    выборам 4 марта") other than the scene of the act (`_scene`: "на выборах 4 марта победил")."""
    if _term_day(doc, m):
        return True
    span = range(m.first, m.last)
    tops = {doc.tokens[j].head for j in span} - set(span)
    return (len(tops) == 1 and all(_noun_day(doc, m, top) for top in tops)) or _asked_day(doc, m)


def _asked_day(doc: Document, m: Mention) -> bool:
    """True for a day under a verb whose act another is asked, invited or obliged to do (`OBJECT_CONTROL_VERBS`:
    "пригласил Дудя 21 февраля на круглый стол", "обязал явиться 3 марта"): the day of that act, set by the verb,
    not the verb's own time (dates43)."""
    verb = _governing_verb(doc, m.first)
    if verb is None:
        return False
    token = doc.tokens[verb]
    lemma = token.lemma or best_parse(token.text.lower()).normal_form
    return lemma in OBJECT_CONTROL_VERBS


def _scene(doc: Document, j: int, date: int) -> bool:
    """True for a noun in the locative after "на" (SCENE_PREPOSITION, SCENE_CASE: "на выборах", "на саммите") that
    the date at token `date` follows within its phrase (words only between them): the event at which the clause's act
    happened, not the content of the act ("отказала в проведении митинга")."""
    if doc.tokens[j].feats.get("Case") != SCENE_CASE or not j < date \
            or not all(doc.tokens[k].text.isalpha() for k in range(j + 1, date)):
        return False
    return any(doc.tokens[k].head == j and doc.tokens[k].text.lower() == SCENE_PREPOSITION
               for k in range(max(0, j - SCENE_REACH), j))


def _noun_day(doc: Document, m: Mention, top: int) -> bool:
    """True when the date's phrase hangs on the noun at `top` and that noun is no scene of the act (`_scene`);
    traced as `coming_day` turned down when it is one."""
    if not 0 <= top < len(doc.tokens) or doc.tokens[top].pos not in NOUN_HEADS:
        return False
    if not _scene(doc, top, m.first):
        return True
    if is_tracing():
        rejected("dates", "coming_day", m.start, m.end, f"the date hangs on the noun {doc.tokens[top].text}, the "
                                                          "scene of the past act: the act's own time")
    return False


def _term_end(doc: Document, m: Mention, start: dt.date, published: dt.date) -> bool:
    """True for the end of a term that a past perfective act set, within TERM_END_DAYS after the writing day: the
    step `term_end`. "Суд оставил его в СИЗО до 24 июня" (said 27 April), "заключения под стражу до 9 июня",
    "отдал игрока в аренду до конца февраля": a perfective verb tells a point act, and "до" the end of the term that
    act set on something (`_acts_on_something`), which runs ahead of it (pre-trial detention is set two months at a
    time). An imperfective verb tells a state that lasted until the day ("выставка работала до 20 марта", "занимал
    должность до мая"), as does an intransitive perfective ("проработал на заводе до 20 марта"): it moves back."""
    if start - published > TERM_END_DAYS or not ((m.grain in ("day", "time") and m.day is not None)
                                                  or _month_end(doc, m)):
        return False
    if m.first == 0 or doc.tokens[m.first - 1].text.lower() != TERM_END_PREPOSITION:
        return False
    verb = _governing_verb(doc, m.first)
    if verb is None or not _perfective(doc, verb) or not _acts_on_something(doc, verb):
        return False
    if is_tracing():
        _note(m, "term_end", f"{start}: {(start - published).days} days after {published}, the end of a term the "
                             f"perfective verb {doc.tokens[verb].text} set")
    return True


def _governing_verb(doc: Document, index: int) -> int | None:
    """The verb that governs the date at token `index`: up the morph stage's tree, or without it the nearest verb
    form before it in its sentence (pymorphy3)."""
    tokens = doc.tokens
    if not 0 <= tokens[index].sentence < len(doc.sentences):
        return None
    if tokens[index].rel:
        current = tokens[index].head
        for _ in range(TREE_STEPS):
            if not 0 <= current < len(tokens) or tokens[current].sentence != tokens[index].sentence:
                return None
            if tokens[current].pos in VERB_POS:
                return current
            current = tokens[current].head
        return None
    for j in range(index - 1, doc.sentences[tokens[index].sentence].token_start - 1, -1):
        if tokens[j].text.isalpha() and best_parse(tokens[j].text).tag.POS in PYMORPHY_VERB_POS:
            return j
    return None


def _acts_on_something(doc: Document, j: int) -> bool:
    """True for a verb that sets a term on something: a passive form ("арестованы до 8 сентября", "дано время до 1
    июня") or, with the parse, a verb with a direct object ("оставил Савельева в СИЗО", "санкционировал его арест";
    without the parse, pymorphy3's transitivity). An intransitive perfective with "до" tells how long its subject's
    own state lasted ("проработал на заводе до 20 марта", "снег пролежал до 20 марта"): a past day."""
    tag = best_parse(doc.tokens[j].text).tag
    if doc.tokens[j].feats.get("Voice") == "Pass" or tag.voice == "pssv":
        return True
    if doc.tokens[j].rel:
        sentence = doc.sentences[doc.tokens[j].sentence]
        return any(doc.tokens[k].head == j and doc.tokens[k].rel == DIRECT_OBJECT
                   for k in range(sentence.token_start, sentence.token_end))
    return tag.transitivity == "tran"


def _perfective(doc: Document, j: int) -> bool:
    """True for a verb form of the perfective aspect (the parse's Aspect, else pymorphy3's)."""
    aspect = doc.tokens[j].feats.get("Aspect")
    if aspect is not None:
        return aspect == "Perf"
    return best_parse(doc.tokens[j].text).tag.aspect == "perf"


def _past_year(m: Mention, year: int, published: dt.date) -> int:
    """The latest year, `year` or before, in which the mention's period does not start after `published`."""
    while year > 1 and _period(m, year)[0] > published:
        year -= 1
    return year


def _under_related_links(doc: Document, m: Mention) -> bool:
    """True for a date below a line of its own that opens a block of links to earlier items ("Смотрите также:",
    RELATED_LINKS_HEADS): a teaser of an item published before the page, whatever its tense ("Цифровые пропуска
    начнут проверять с 15 апреля" under it, crawled 2021-02-01 -> 2020-04-15)."""
    return m.start > _related_links_start(doc.text)


@lru_cache(maxsize=8)
def _related_links_start(text: str) -> int:
    """Where the first line opening a block of related links (RELATED_LINKS_LINE) starts; past the text's end when
    there is none. Cached: the tense check asks for every date of the text."""
    found = RELATED_LINKS_LINE.search(text)
    return found.start() if found else len(text)


def _future_year(doc: Document, m: Mention, year: int, written: dt.date) -> int:
    """The first year that puts a future event on or after the writing day, unless it was planned just before it
    and its next occurrence is more than half a year away (see `_keep_tense`)."""
    later = year
    while _period(m, later)[1] < written:
        later += 1
    if _just_before(m, year, written, _month_end(doc, m)) and _period(m, later)[0] > written + HALF_YEAR:
        return year
    return later


def _coming_in_present(doc: Document, m: Mention, year: int, published: dt.date) -> bool:
    """True for a date in a present-tense clause (a schedule: "Третьего января заканчиваются полномочия конгресса",
    said on 19 November) more than half a year before publication whose next occurrence lies in the ROLLOVER after
    it: the present tells what is coming, not what happened most of a year ago."""
    if _period(m, year)[1] >= published - HALF_YEAR or date_tense(doc, m.first) != PRESENT:
        return False
    return dt.timedelta(0) <= _period(m, year + 1)[0] - published <= ROLLOVER


def _month_end(doc: Document, m: Mention) -> bool:
    """True for the end of a month ("до конца января", "в конце декабря"): its last days, a point like a day."""
    words = doc.text[m.start : m.end].lower().split()
    return m.grain == "month" and bool(words) and words[0] in PERIOD_ENDS


def _just_before(m: Mention, year: int, published: dt.date, month_end: bool = False) -> bool:
    """True for a day (or a month's end, `month_end`) that, in `year`, lies within ROLLOVER before publication (a
    month or season never: "в декабре он приедет", said on 10 January, is the next December; but "до конца января
    откроют", crawled on 1 February, was written before that end)."""
    if m.grain not in ("day", "time") and not month_end:
        return False
    end = _period(m, year)[1]
    return end < published and published - end <= ROLLOVER


def _year_of_weekday(m: Mention, year: int, published: dt.date | None = None) -> int:
    """"четверг, 26 июля": the nearby year in which that date is that weekday. When none is near, the latest earlier
    year in which it is, up to WEEKDAY_YEARS back and not after `published` by more than WEEKDAY_DAYS: a date is
    written with its weekday only around the writing day, and the text was written before it was published or
    crawled ("во вторник, 8 ноября, пройдут выборы", crawled 2021-02-01 -> 2016-11-08, not a Sunday of 2020)."""
    for candidate in (year, year - 1, year + 1):
        if _is_weekday_of(m, candidate):
            return candidate
    if published is None:
        return _nearest_weekday_year(m, year)
    latest = published + WEEKDAY_DAYS if published <= dt.date.max - WEEKDAY_DAYS else dt.date.max
    for candidate in range(latest.year, latest.year - WEEKDAY_YEARS, -1):
        if _is_weekday_of(m, candidate) and _period(m, candidate)[0] <= latest:
            return candidate
    return year


def _nearest_weekday_year(m: Mention, year: int) -> int:
    """Without a publication date: the first year after `year` (the story's, said before) in which the date falls on
    its weekday, within WEEKDAY_YEARS, else the latest before it: a date is written with its weekday around the
    writing day, and a text is written after the years it tells of ("В апреле 2001 года Мельниченко получил убежище.
    В среду, 2 марта, прокурор предложил…" -> 2005-03-02, not 2 March 2001, a Friday); `year` itself when none is."""
    later = range(year + 2, year + WEEKDAY_YEARS)
    earlier = range(year - 2, year - WEEKDAY_YEARS, -1)
    found = next((candidate for candidate in (*later, *earlier) if _is_weekday_of(m, candidate)), year)
    if is_tracing():
        _note(m, "weekday_year", f"{found}: no year next to {year} has this weekday; the first later one that has")
    return found


def _is_weekday_of(m: Mention, year: int) -> bool:
    """True when the mention's day of `year` falls on its weekday."""
    try:
        return dt.date(year, m.month, m.day).weekday() == m.weekday  # type: ignore[arg-type]
    except ValueError:
        return False


def _bare_time(doc: Document, m: Mention, mentions: list[Mention], values: list[tuple[str | None, str] | None],
               day_before: dt.date | None) -> str | None:
    """A time without a date takes the nearest dated day of its sentence, else the day the narrative is on (the
    last date said was that day), else the publication date."""
    sentence = doc.tokens[m.first].sentence
    best: tuple[int, str] | None = None
    for other, value in zip(mentions, values, strict=True):
        if value is None or value[0] is None or len(value[0]) < 10 or other.grain not in ("day", "time"):
            continue
        if doc.tokens[other.first].sentence == sentence:
            distance = abs(other.first - m.first)
            if best is None or distance < best[0]:
                best = (distance, value[0][:10])
    if best is not None:
        return _with_time(m, best[1])
    return _with_time(m, day_before.isoformat()) if day_before else None


RECENT_CUE_SHIFTS = (("day", 0), ("day", -1), ("week", 0))  # "сегодня", "вчера", "на этой неделе"
RECENT_CUE_WEEKDAY_SHIFTS = (None, -1, 0)  # "во вторник", "в минувший вторник", "в этот вторник"
RECENT_CUE_REACH = 1  # sentences: the old day is told in the cue's sentence or the next one


def told_as_recent(doc: Document, mentions: list[Mention], dates: list[DateAnn],
                   anchor: dt.date | None) -> dt.date | None:
    """The page's writing day estimated from its own text, when the text contradicts the anchor: every day or month
    it writes out with its year lies more than HALF_YEAR before the anchor, and the lead tells its news as recent ("На
    этой неделе Клинтон стала кандидатом. После праймериз 7 июня …": a cue of the writing week in a past clause,
    `_recent_cue`) with a day without its year, in the cue's sentence or the next one of its line, that lies more
    than LATE_REPORT before the anchor but within the ROLLOVER of the latest written day ("7 июня 2016 года" in a
    caption). The page was then written on the latest of those days (a page of 2016 crawled in 2021), and relative
    dates count from it."""
    pairs = [(m, written_day) for m in mentions for written_day in [_day_written(m)] if written_day is not None]
    written = [written_day for _, written_day in pairs]
    if anchor is None or not written or anchor - max(written) <= HALF_YEAR:
        return None
    found = _old_day_told_as_recent(doc, mentions, dates, anchor, max(written))
    if found is None:
        return None
    day, date = found
    estimate = max([day] + [d for m, d in pairs if m.day is not None])
    fired("dates", "told_as_recent", date.start, date.end,
          f"the lead tells {date.text!r} as recent news, and every date written out lies by {max(written)}, long "
          f"before {anchor}: the page was written around {estimate}")
    return estimate


def _day_written(m: Mention) -> dt.date | None:
    """The day a mention with its year written out names, or the last day of its month ("июне 2016 года"); None
    without a written year or month, or outside the calendar ("30 февраля 2023 года")."""
    if not m.explicit_year or m.year is None or m.month is None:
        return None
    try:
        return dt.date(m.year, m.month, m.day or calendar.monthrange(m.year, m.month)[1])
    except ValueError:
        return None


def _old_day_told_as_recent(doc: Document, mentions: list[Mention], dates: list[DateAnn], anchor: dt.date,
                            latest: dt.date) -> tuple[dt.date, DateAnn] | None:
    """The latest day of `_lead_day_in_year` told in a cue's sentence or the next one of its line, with its date."""
    by_start = {m.start: m for m in mentions}
    cues = {(_paragraph(doc, date.start), doc.tokens[by_start[date.start].first].sentence) for date in dates
            if _recent_cue(doc, by_start.get(date.start), date)}
    days = []
    for date in dates:
        m = by_start.get(date.start)
        if m is None or not _next_to_cue(doc, m, cues):
            continue
        day = _lead_day_in_year(doc, m, date, anchor, latest)
        if day is not None:
            days.append((day, date))
    return max(days, key=lambda pair: pair[0]) if days else None


def _next_to_cue(doc: Document, m: Mention, cues: set[tuple[int, int]]) -> bool:
    """True when m stands on a cue's line, in its sentence or up to RECENT_CUE_REACH sentences after it."""
    line, sentence = _paragraph(doc, m.start), doc.tokens[m.first].sentence
    return any(line == cue_line and 0 <= sentence - cue_sentence <= RECENT_CUE_REACH for cue_line, cue_sentence in cues)


def _recent_cue(doc: Document, m: Mention | None, date: DateAnn) -> bool:
    """"Сегодня", "вчера", "на этой неделе", "в минувший вторник" in a past clause of the lead, outside quotes: the
    news is of the writing week."""
    if m is None or m.start >= LEAD_CHARS or date.value is None or open_at(doc.text, m.start):
        return False
    weekday = m.weekday is not None and m.day is None and m.weekday_shift in RECENT_CUE_WEEKDAY_SHIFTS
    return (m.unit_shift in RECENT_CUE_SHIFTS or weekday) and date_tense(doc, m.first) == PAST


def _lead_day_in_year(doc: Document, m: Mention, date: DateAnn, anchor: dt.date, latest: dt.date) -> dt.date | None:
    """A day without its year that the lead tells in a past clause, outside quotes and not as a past participle's
    act ("задержанного 7 июня"), lying more than LATE_REPORT before the anchor (too old for news of the writing
    week): the same day in the year of the latest written day, when that lies within the ROLLOVER of it; else None."""
    if m.start >= LEAD_CHARS or m.explicit_year or m.day is None or m.month is None or m.weekday is not None \
            or not _calendar_day(doc, m, date) or date_tense(doc, m.first) != PAST:
        return None
    if after_past_participle(doc, m.first):
        return None
    told = dt.date.fromisoformat(date.value[:10])  # type: ignore[index]
    try:
        day = dt.date(latest.year, m.month, m.day)
    except ValueError:
        return None
    return day if anchor - told > LATE_REPORT and abs(day - latest) <= ROLLOVER else None
