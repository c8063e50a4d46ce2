"""A temporal mention as the rules find it: its span and what the text says, before resolution to a value."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(slots=True)
class Mention:
    """What one rule read from the text; `resolve` turns it into a DateAnn.

    Fields left None were not said in the text; `explicit_year` is True when the year is written out.
    """

    start: int  # character offsets into doc.text
    end: int
    first: int  # token range [first, last)
    last: int
    rule: str
    grain: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    season: str | None = None  # "WI", "SP", "SU", "FA"
    quarter: int | None = None
    decade: int | None = None  # first year of the decade: 1990
    century: int | None = None  # 20 for the XX century
    explicit_year: bool = False
    year_shift: int | None = None  # "марте прошлого года": the year relative to publication
    unit_shift: tuple[str, int] | None = None  # ("week", -1) for "прошлой неделе", ("day", -1) for "вчера"
    weekday: int | None = None  # 0 is Monday
    weekday_shift: int | None = None  # -1 "прошлую пятницу", 0 "эту пятницу", +1 "следующую пятницу"
    ago: tuple[str, int | None] | None = None  # ("year", 2) "два года назад"; None count: "несколько лет назад"
    anaphor: tuple[str, int] | None = None  # ("day", 0) "тот день", ("day", 1) "на следующий день"
    vague_decade: bool = False  # "90-х": the century is guessed
    deictic: bool = False  # "сегодня"/"вчера"/...: shifts with the speaker inside direct speech
    half: int | None = None  # 1 or 2: "первом полугодии 2021 года" -> 2021-H1
    fiscal: bool = False  # "втором квартале 2019-2020 финансового года": no calendar value
    easter: tuple[bool, int] | None = None  # a movable holiday: (on the Orthodox calendar, days after Easter)
    anchors: bool = True  # False for "с 2015 года": a period's bound does not date the sentences after it
    season_counted: bool = False  # "будущей осенью": the shift counts seasons, not years ("осенью будущего года")

    def with_span(self, start: int, end: int, first: int, last: int, rule: str) -> Mention:
        """A copy over a wider span, naming the rule that widened it."""
        return replace(self, start=start, end=end, first=first, last=last, rule=rule)
