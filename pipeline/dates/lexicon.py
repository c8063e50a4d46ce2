"""Word tables of the date rules: lowercase word forms mapped to what they mean.

Word forms are listed explicitly (not lemmatized) because the hot loop of the rules is a dict lookup per token;
pymorphy3 is consulted only around a candidate (see rules.py and tense.py).
"""

from __future__ import annotations

import re

from pipeline.lang.fold import fold_words
from pipeline.lang.lexicon import (
    EVENT_NOUNS,
    INVESTITURE_WORDS,
    MONTH_ABBREVIATION_FORMS,
    MONTH_FORMS,
    OBLIGATION_MODALS,
    PLANNING_VERBS,
    RESCHEDULING_VERBS,
    SESSION_NOUNS,
    WEEKDAY_FORMS,
)
from pipeline.lang.marks import DASH_TOKENS


def _forms(table: dict[int | str, tuple[str, ...]]) -> dict[str, int | str]:
    return {form: key for key, forms in table.items() for form in forms}


MONTH_GENITIVE = frozenset(forms[1] for forms in MONTH_FORMS.values())  # what follows a day number: "5 мая"
MONTH_NOMINATIVE = frozenset(forms[0] for forms in MONTH_FORMS.values())  # a name's month: «Черный сентябрь»
MONTH_ABBREVIATIONS: dict[str, int] = _forms(MONTH_ABBREVIATION_FORMS)  # type: ignore[arg-type]

WEEKDAYS: dict[str, int] = _forms(WEEKDAY_FORMS)  # type: ignore[arg-type]
# "8-е число", "2-го числа", "к 15-му числу": a day of the month named by the noun "число"; the month comes from its
# sentence or the story. Not "числа каждого месяца" (a recurring day) nor "в числе" (among).
DAY_NOUNS = frozenset(("число", "числа", "числу", "числом"))
# "каждый день", "каждую среду": a recurring day, no date
FREQUENCY_WORDS = frozenset(("каждый", "каждую", "каждое", "каждого", "каждом", "каждой", "каждые"))
RECURRING_AFTER_DAY = FREQUENCY_WORDS | {"ежемесячно", "месяца"}
# A rule of the calendar places a weekday after or before the N-th weekday of a month ("вторник после первого
# понедельника ноября", "понедельник, следующий за второй средой декабря", "воскресенье перед первым понедельником"):
# the prepositions, and the participles that take "за" ("следующий за", "идущий за").
CALENDAR_RULE_LINKS = frozenset(("после", "перед"))
CALENDAR_RULE_PARTICIPLES = frozenset(("следующий", "следующая", "следующее", "следующего", "следующей", "следующую",
                                       "следующем", "следующим", "идущий", "идущая", "идущее", "идущего", "идущей",
                                       "идущую", "идущем", "идущим"))

# Seasons: adverbs are dates on their own; nouns need a preposition, a modifier or a year around them.
SEASON_ADVERBS: dict[str, str] = {"зимой": "WI", "зимою": "WI", "весной": "SP", "весною": "SP", "летом": "SU",
                                  "осенью": "FA"}
SEASON_NOUNS: dict[str, str] = _forms({  # type: ignore[assignment]
    "WI": ("зима", "зимы", "зиме", "зиму"),
    "SP": ("весна", "весны", "весне", "весну"),
    "SU": ("лето", "лета", "лету"),
    "FA": ("осень", "осени"),
})

# The same days as adjectives, read only in "с сегодняшнего дня", "со вчерашнего дня", "с завтрашнего дня" (a point
# the period starts at); "на сегодняшний день" is "as of now" and "сегодняшнего заседания" an event, not marked.
RELATIVE_DAY_ADJECTIVES: dict[str, int] = {"сегодняшнего": 0, "вчерашнего": -1, "завтрашнего": 1}
# The three Russian days of RELATIVE_DAYS that a series "вчера, сегодня и завтра" names as past, present, future.
DEICTIC_DAYS = frozenset(("вчера", "сегодня", "завтра"))
PARTS_OF_DAY = frozenset(("утром", "днем", "днём", "вечером", "ночью"))
# A part of day governing the day in the genitive ("до утра понедельника", "на вечер 5 мая", "к утру среды").
PARTS_OF_DAY_BEFORE = frozenset(("утро", "утра", "утру", "вечер", "вечера", "вечеру"))

# Modifiers of a calendar unit or weekday ("прошлой неделе", "этом году"): offset in units.
SHIFTS: dict[str, int] = _forms({  # type: ignore[assignment]
    -2: ("позапрошлый", "позапрошлого", "позапрошлом", "позапрошлая", "позапрошлой", "позапрошлую"),
    -1: ("прошлый", "прошлого", "прошлом", "прошлому", "прошлым", "прошлая", "прошлой", "прошлую", "прошлое",
         "минувший", "минувшего", "минувшем", "минувшая", "минувшей", "минувшую", "минувшее", "минувшим",
         "прошедший", "прошедшего", "прошедшем", "прошедшая", "прошедшей", "прошедшую", "прошедшее",
         "прошедшим"),
    0: ("этот", "этого", "этом", "эта", "этой", "эту", "это", "этим",
        "текущий", "текущего", "текущем", "текущая", "текущей", "текущую", "текущим",
        "нынешний", "нынешнего", "нынешнем", "нынешняя", "нынешней", "нынешнюю", "нынешним",
        "уходящий", "уходящего", "уходящем", "уходящая", "уходящей", "уходящим",
        "наступивший", "наступившего", "наступившем", "наступившим"),
    1: ("следующий", "следующего", "следующем", "следующая", "следующей", "следующую", "следующим",
        "будущий", "будущего", "будущем", "будущая", "будущей", "будущую", "будущим",
        "наступающий", "наступающего", "наступающем", "наступающей", "наступающим",
        "грядущий", "грядущего", "грядущем", "грядущей", "грядущую", "грядущим",
        "предстоящий", "предстоящего", "предстоящем", "предстоящей", "предстоящую", "предстоящим",
        "ближайший", "ближайшую", "ближайшей", "ближайшего", "ближайшем"),
})
# Units a shift modifier can go with, and the grain of the result.
UNITS: dict[str, str] = _forms({  # type: ignore[assignment]
    "year": ("год", "года", "году", "годом"),
    "month": ("месяц", "месяца", "месяце", "месяцем"),
    "week": ("неделя", "неделе", "неделю", "недели", "неделей"),
    "quarter": ("квартал", "квартала", "квартале", "кварталом"),
    "century": ("век", "века", "веке", "веком", "столетие", "столетия", "столетии", "столетием"),
})
YEAR_WORDS = frozenset(("год", "года", "году", "годом", "годах", "годы", "годов", "годами", "гг", "г",
                        "рік", "року", "році", "роках", "роки", "років"))  # Ukrainian: "у 2021-2022 роках"
CENTURY_WORDS = frozenset(("век", "века", "веке", "веку", "веком", "веков", "веках", "вв", "в",
                           "столетие", "столетия", "столетии", "столетию", "столетием", "столетий", "столетиях"))
# Centuries written as ordinal words ("двадцатого века", "в двадцать первом столетии"): every masculine and neuter
# singular form of the ordinals 1-20 (a compound "двадцать первом" takes its tens from TENS_WORDS).
_ORDINAL_STEMS = {1: "перв", 2: "втор", 4: "четверт", 5: "пят", 6: "шест", 7: "седьм", 8: "восьм", 9: "девят",
                  10: "десят", 11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
                  15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат", 19: "девятнадцат",
                  20: "двадцат"}
_STRESSED_ENDINGS = frozenset((2, 6, 7, 8))  # "второй", "шестой", "седьмой", "восьмой"
CENTURY_ORDINALS: dict[str, int] = {
    stem + ending: number
    for number, stem in _ORDINAL_STEMS.items()
    for ending in (("ой" if number in _STRESSED_ENDINGS else "ый"), "ого", "ом", "ому", "ым", "ое")
} | {"третий": 3, "третьего": 3, "третьем": 3, "третьему": 3, "третьим": 3, "третье": 3,
     "четвёртый": 4, "четвёртого": 4, "четвёртом": 4, "четвёртому": 4, "четвёртым": 4, "четвёртое": 4}

# "два года назад": units of an "ago" expression, and number words.
AGO_UNITS: dict[str, str] = _forms({  # type: ignore[assignment]
    "day": ("день", "дня", "дней", "сутки", "суток"),
    "week": ("неделю", "недели", "недель"),
    "month": ("месяц", "месяца", "месяцев"),
    "year": ("год", "года", "лет"),
})
HALF_YEAR_WORDS = frozenset(("полгода",))
SINGLE_UNITS = frozenset(("год", "неделю", "месяц", "день", "сутки"))  # "год назад": one unit, no number
AGO = "назад"
AHEAD = "через"  # "через две недели": the mirror of "две недели назад"
# what follows an interval counted from an event, not from the writing day: "через три дня после взрывов", "через 21
# день с момента", "через неделю от начала", "через год со дня"
AHEAD_FROM_EVENT = frozenset(("после", "с", "со", "от", "спустя"))
APPROXIMATELY = "около"  # "около года назад": a point about a year back, unlike "более года назад"
GENITIVE_HALF_YEAR = "полугода"
GENITIVE_UNITS = frozenset(("дня", "суток", "недели", "месяца", "года"))  # "около месяца назад": one unit
NIGHT_WORD = "ночью"  # "минувшей ночью": the night into the writing day

# Parts of a period: "начале марта", "конца 2020 года", "первой половине года".
WORKING = frozenset(("рабочей", "рабочая", "рабочую", "рабочий", "рабочего"))  # "конце рабочей недели"
FISCAL = frozenset(("финансового", "финансовом", "финансовый", "фискального", "фискальном"))
PERIOD_ENDS = frozenset(("конец", "конца", "конце", "концу"))  # "до конца января": its last days
PERIOD_PARTS = frozenset(("начало", "начала", "начале", "началу", "середина", "середины", "середине", "середину"))
PERIOD_PARTS |= PERIOD_ENDS
HALVES = frozenset(("половина", "половины", "половине", "половину"))
# "первые месяцы наступившего года", "последних числах декабря": the first or last days of a period are a part of it.
EDGE_WORDS = frozenset(("первые", "первых", "последние", "последних"))
EDGE_UNITS = frozenset(("дни", "днях", "дней", "недели", "неделях", "недель", "месяцы", "месяцах", "месяцев",
                        "числа", "числах", "чисел"))
HALF_ORDINALS = frozenset(("первая", "первой", "первую", "вторая", "второй", "вторую"))
# "первую неделю мая", "третьей декаде апреля", "последнюю неделю декабря": a week or ten days of a month are a part of
# the month, valued as the month like "конце марта" and "второй половине декабря" (dates43)
MONTH_PART_ORDINALS = HALF_ORDINALS | frozenset(("третья", "третьей", "третью", "четвертая", "четвёртая", "четвертой",
                                                 "четвёртой", "четвертую", "четвёртую", "последняя", "последней",
                                                 "последнюю"))
MONTH_PARTS = frozenset(("неделя", "недели", "неделе", "неделю", "декада", "декады", "декаде", "декаду"))
HALF_YEARS = frozenset(("полугодие", "полугодия", "полугодии", "полугодию"))

# Ordinals of quarters and days ("первом квартале", "первого мая").
ORDINALS: dict[str, int] = _forms({  # type: ignore[assignment]
    1: ("первый", "первого", "первом", "первое", "первая", "первой", "первую"),
    2: ("второй", "второго", "втором", "второе", "вторая", "вторую"),
    3: ("третий", "третьего", "третьем", "третье", "третья", "третьей", "третью"),
    4: ("четвертый", "четвёртый", "четвертого", "четвёртого", "четвертом", "четвёртом", "четвертое", "четвёртое"),
    5: ("пятого", "пятое"), 6: ("шестого", "шестое"), 7: ("седьмого", "седьмое"), 8: ("восьмого", "восьмое"),
    9: ("девятого", "девятое"), 10: ("десятого", "десятое"), 11: ("одиннадцатого", "одиннадцатое"),
    12: ("двенадцатого", "двенадцатое"), 13: ("тринадцатого", "тринадцатое"), 14: ("четырнадцатого",),
    15: ("пятнадцатого", "пятнадцатое"), 16: ("шестнадцатого",), 17: ("семнадцатого",), 18: ("восемнадцатого",),
    19: ("девятнадцатого",), 20: ("двадцатого", "двадцатое"), 30: ("тридцатого", "тридцатое"),
})
TENS_WORDS = {"двадцать": 20, "тридцать": 30}
LIFE_NOUNS = frozenset(("жизни",))  # "в первом полугодии жизни": an age, not a half of the calendar year
QUARTER_WORDS = frozenset(("квартал", "квартала", "квартале", "кварталу", "кварталом"))

# Decades written as words ("в девяностые годы", "нулевых"): the decade's first year.
DECADE_WORDS: dict[str, int] = _forms({  # type: ignore[assignment]
    2000: ("нулевые", "нулевых", "нулевыми"),
    1960: ("шестидесятые", "шестидесятых"), 1970: ("семидесятые", "семидесятых"),
    1980: ("восьмидесятые", "восьмидесятых"), 1990: ("девяностые", "девяностых"),
})
DECADE_SUFFIXES = frozenset(("е", "х", "ые", "ых", "ых", "ми", "ее", "ей"))
YEAR_SUFFIXES = frozenset(("й", "м", "го", "ом", "ый", "ого"))

# "тот день", "том же году": words that point back to the narrative's last date.
ANAPHORS = frozenset(("тот", "того", "том", "той", "ту", "этот", "этого", "этом"))
# The genitive of "тот день" after a time of day ("вечером того же дня", "в полдень этого дня").
ANAPHOR_GENITIVES = frozenset(("того", "этого"))
ANAPHOR_UNITS: dict[str, str] = _forms({  # type: ignore[assignment]
    "day": ("день", "дня", "дню"),
    "month": ("месяц", "месяце", "месяца"),
    "year": ("год", "году", "года"),
})
NEXT_DAY = frozenset(("следующий", "следующего", "следующему", "другой", "другого"))

# Fixed-date holidays as points in time ("после Рождества", "на период Рождества"): forms -> (month, day). Christmas
# is the Western 25 December (the foreign news the gold reads) unless "православное" says 7 January.
HOLIDAYS: dict[str, tuple[int, int]] = dict.fromkeys(
    ("рождество", "рождества", "рождеству", "рождеством", "рождестве"), (12, 25))
ORTHODOX = frozenset(("православное", "православного", "православному", "православным", "православном",
                      "православная", "православной", "православную", "православною"))
CATHOLIC = frozenset(("католическое", "католического", "католическому", "католическим", "католическом",
                      "католическая", "католической", "католическую", "католическою"))
# Movable holidays as points in time, counted from Easter (computus): forms -> (on the Orthodox calendar, days after
# Easter, grain). Easter is the Western one, as Christmas is, unless "православная" says otherwise; Масленица is the
# Orthodox week before Lent (its last day is 49 days before Orthodox Easter).
MOVABLE_HOLIDAYS: dict[str, tuple[bool, int, str]] = {
    **dict.fromkeys(("пасха", "пасхи", "пасхе", "пасху", "пасхой"), (False, 0, "day")),
    **dict.fromkeys(("масленица", "масленицы", "масленице", "масленицу", "масленицей"), (True, -49, "week")),
}
HOLIDAY_DAYS_ORTHODOX = {(12, 25): (1, 7)}
# What makes a holiday a point in time: a preposition or a noun of a period before it ("после Рождества", "на
# период Рождества"); not its celebration ("отпраздновать Рождество", "суть Рождества") nor a greeting ("с Рождеством").
HOLIDAY_LEADS = frozenset(("после", "до", "перед", "к", "ко", "накануне", "на", "в", "во", "по", "период",
                           "периода", "время"))

# Hours: "в 10 утра", "в 7 часов вечера"; the value adds 12 to afternoon hours.
HOUR_WORDS = frozenset(("час", "часа", "часов", "часам"))
MINUTE_STEM = "минут"  # "в 14 часов 30 минут": the minutes after the hour word
TIME_ZONES = frozenset(("мск", "msk", "utc", "gmt"))  # "на 16.30 мск": a clock whatever the preposition
DAY_PERIODS: dict[str, int] = {"утра": 0, "дня": 12, "вечера": 12, "ночи": 0}
# Hours written as words, after a preposition ("в шесть утра", "к семи вечера", "до десяти часов вечера").
HOUR_NUMBER_WORDS: dict[str, int] = _forms({  # type: ignore[assignment]
    2: ("два", "двух"), 3: ("три", "трех", "трёх"), 4: ("четыре", "четырех", "четырёх"), 5: ("пять", "пяти"),
    6: ("шесть", "шести"), 7: ("семь", "семи"), 8: ("восемь", "восьми"), 9: ("девять", "девяти"),
    10: ("десять", "десяти"), 11: ("одиннадцать", "одиннадцати"), 12: ("двенадцать", "двенадцати"),
})
# Noon and midnight, also in the cases a time preposition governs ("около полуночи", "до полудня", "к полудню",
# "после полуночи"); not "полдня", "полночи" (half a day, half the night: durations).
NAMED_TIMES: dict[str, tuple[int, int]] = {"полдень": (12, 0), "полудня": (12, 0), "полудню": (12, 0),
                                           "полуднем": (12, 0), "полночь": (0, 0), "полуночи": (0, 0),
                                           "полуночью": (0, 0)}
HALF_PAST = frozenset(("половине", "половины"))  # "в половине десятого", "около половины девятого"
ONE_HOUR = {"час": 1, "часа": 1}  # "в час ночи", "около часа дня"

# Range and list connectors between two dates ("с 1 по 3 мая", "25-26 июля", "в 2019 и 2020 годах").
CONNECTORS = frozenset(("по", "до", "и", "или")) | DASH_TOKENS
RANGE_OPENERS = frozenset(("с", "со", "от", "между"))
# "улица 8 Марта", "ул. 1 Мая": a date that names a street.
STREET_WORDS = frozenset(("улица", "улицы", "улице", "улицу", "улицей", "ул", "проспект", "проспекта", "проспекте",
                          "пр", "переулок", "переулка", "переулке", "площадь", "площади", "пл", "бульвар", "бульвара",
                          "бульваре", "набережная", "набережной", "шоссе", "микрорайон", "микрорайоне", "парк"))
# Nouns of a length of time: "в N час(ов)" after them is a duration ("по истечении периода в 1 час", "с перерывом в
# 2 часа"), not a clock time (a stem and its case ending; "периодически" is no noun).
DURATION_NOUN = re.compile(r"(?:период|срок|интервал|перерыв|промежут|отрез|разниц|задержк|продолжительност"
                           r"|длительност)\w{0,3}")
# A clip's length follows these words ("Смотреть видео 01:56", "ролик длительностью 02:15"): a duration, no time of
# day. Every case form of the nouns (a length follows "ролика", "длительностью" as well as "ролик").
MEDIA_WORDS = frozenset(("видео", "аудио")) | frozenset(
    stem + ending
    for stem, endings in (
        ("видеоролик", ("", "а", "у", "ом", "е")),
        ("ролик", ("", "а", "у", "ом", "е")),
        ("длительност", ("ь", "и", "ью")),
        ("продолжительност", ("ь", "и", "ью")),
        ("хронометраж", ("", "а", "у", "ем", "е")),
    )
    for ending in endings
)

# A weekday names a date after a preposition ("во вторник", "к пятнице", "с понедельника"); in the nominative without
# one it names the kind of day ("Суббота была рабочим днем", "днем выборов является вторник"): in the nominative, the
# weekday's lemma (pipeline.lang.lexicon.WEEKDAY_LEMMAS).
WEEKDAY_PREPOSITIONS = frozenset(("в", "во", "на", "к", "ко", "до", "с", "со", "по", "от", "через", "за", "после",
                                  "перед", "между", "около", "накануне", "под", "начиная", "вплоть", "("))
WEEKDAY_JOINERS = frozenset(("и", "или", "либо", ",")) | DASH_TOKENS  # between weekdays: "понедельник и вторник"
# Copulas of a sentence that says what kind of day a weekday is ("Суббота была рабочим днем", "днем выборов является
# вторник", "Оставался только вторник"); a dash plays the same part ("Суббота и воскресенье — сложные дни").
COPULAS = frozenset(("был", "была", "было", "были", "является", "являются", "являлся", "являлась", "являлось",
                     "являлись", "остается", "остаётся", "оставался", "оставалась", "оставалось", "оставались"))

# Prepositions that may stand before a bare year ("в 2019", "к 2030").
YEAR_PREPOSITIONS = frozenset(("в", "во", "с", "со", "до", "к", "по", "от", "после", "начиная"))
TIME_PREPOSITIONS = frozenset(("в", "во", "с", "со", "до", "к", "около", "после", "примерно", "начиная"))

# Verbs whose clause speaks of the future even in the past form ("встреча запланирована на пятницу"), and verbs
# that move a date or an end point later ("перенесли на 15 марта", "продлили до 15 марта", "отложили до весны"):
# the date they set lies ahead of the act. The passive of a plan verb plans too ("вылет планируется в воскресенье",
# "голосование намечается на пятницу": dates43).
FUTURE_LEMMAS = PLANNING_VERBS | RESCHEDULING_VERBS | frozenset(("намереваться", "собираться", "ожидаться",
                                                                 "предстоять", "намерен", "планироваться",
                                                                 "намечаться"))
TARGET_PREPOSITIONS = frozenset(("на", "до", "по"))
# Verbs that set a day only for the day after a target preposition: those that move a date ("в сентябре отложил"),
# and the plan verbs that also put a person into an office ("в апреле назначил генсека ОПЕК президентом компании",
# "10 августа суд назначил им меру пресечения": the act's own time; "назначил на 12 апреля рассмотрение")
TARGET_ONLY_PLANS = RESCHEDULING_VERBS | (PLANNING_VERBS & INVESTITURE_WORDS)
# What such a verb sets a day for, no office or measure: a sitting, a hearing, a meeting, a vote ("Суд назначил
# рассмотрение дела 15 июня", "Следующее заседание назначено 15 июня", "назначил публичные слушания 15 июня").
SCHEDULED_NOUNS = EVENT_NOUNS["meeting"] | EVENT_NOUNS["discussion"] | SESSION_NOUNS | fold_words(
    "рассмотрение оглашение выборы референдум голосование")
# "на период Рождества", "на время праздников": the period a measure holds for, set when it was taken.
VALIDITY_NOUNS = frozenset(("период", "время", "срок"))
FUTURE_AUX = frozenset(("будет", "будут", "буду", "будем", "будете", "будешь"))
# Parenthetical verbs of the writer ("Напомним, 3 сентября ..."): they say nothing of the event's tense.
DISCOURSE_VERBS = frozenset(("напомним", "отметим", "заметим", "добавим", "подчеркнем", "подчеркнём", "уточним",
                             "скажем", "допустим", "предположим", "напомню", "отмечу", "замечу", "повторим"))
# Sentence openers that retell the background ("Ранее в этом месяце, 11 июля, …", "Напомним, 8 декабря …").
BACKGROUND_OPENERS = DISCOURSE_VERBS | frozenset(("ранее", "прежде"))
# After "как" at a sentence's start: "Как сообщалось, …", "Как ранее сообщал ТАСС, …", "Как уже писали, …".
RETELLING_WORDS = frozenset(("сообщалось", "ранее", "уже", "писалось", "отмечалось", "известно"))
# Modal verbs in the present make the infinitive they govern a future event ("может пройти в марте").
MODAL_LEMMAS = OBLIGATION_MODALS | frozenset(("мочь", "хотеть", "обещать", "рассчитывать", "надеяться"))
MODAL_WORDS = frozenset(("должен", "должна", "должно", "должны", "может", "могут", "можем",
                         "намерен", "намерена", "намерено", "намерены"))

# Preceding words that make a weekday a name ("черная пятница").
WEEKDAY_NAMES_BEFORE = frozenset(("черная", "черную", "черной", "чёрная", "чёрную", "чёрной", "страстная",
                                  "страстную", "страстной", "чистый", "чистого", "чистом", "великая", "великую"))

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
# Cyrillic letters typed for Roman digits ("в Х веке", "ХХ век", "ХIХ века": Cyrillic Х, Ukrainian І).
ROMAN_LOOKALIKES = str.maketrans({"Х": "X", "І": "I"})

# Words whose infinitive complement is a plan, an obligation or a wish ("отказалась от планов провести ... в декабре",
# "договорились до конца мая сформировать", "заявил о желании оставить пост 1 января"): the date of that infinitive
# lies ahead, whatever the main verb's tense.
PROSPECTIVE_LEMMAS = frozenset(("план", "планы", "намерение", "решение", "предложение", "обещание", "цель", "задача",
                                "поручение", "договорённость", "договоренность", "обязательство", "срок",
                                "договориться", "решить", "обещать", "пообещать", "обязаться", "предложить",
                                "поручить", "потребовать", "призвать", "согласиться", "условиться", "планировать",
                                "запланировать", "намереваться", "собираться", "намерен", "намеренный",
                                "желание", "желать", "хотеть"))
# Prepositions of a deadline: "до конца мая", "к 1 июля", "не позднее 31 мая".
DEADLINE_WORDS = frozenset(("до", "к", "ко"))
LATEST_WORDS = frozenset(("позднее", "позже"))
# The prepositions of a day a past act set, not of the act's own time: a term ("арестовал до 28 февраля", "продлил с 5
# по 18 октября"), an appointment ("согласовали акцию на 20 июля"), a deadline ("к 8 Марта").
TERM_PREPOSITIONS = TARGET_PREPOSITIONS | DEADLINE_WORDS | frozenset(("с", "со"))
# The preposition of a term's end: "оставил в СИЗО до 24 июня". After a perfective past verb the term a point act set
# runs to that day, which may lie ahead; after an imperfective one a state lasted until it ("работала до 20 марта").
TERM_END_PREPOSITION = "до"
LATER_EARLIER = LATEST_WORDS | frozenset(("ранее", "раньше"))  # "не позднее чем через 180 дней": a bound

# Days that name a historic event when an event noun governs them ("теракты 11 сентября", "атак 11 сентября"):
# (month, day) -> the year, and the stems of those nouns.
HISTORIC_DAYS: dict[tuple[int, int], int] = {(9, 11): 2001}
HISTORIC_EVENT_STEMS = ("теракт", "атак", "атаке", "событи", "трагеди", "нападени")
# "после 11 сентября" without its year: the era since the historic day ("после 11 сентября он провозгласил стратегию"),
# not the last 11 September; "до" is left out, a term's end as often as not ("арестован до 11 сентября")
HISTORIC_ERA_LINKS = frozenset(("после",))
BIRTH_NOUN = "рождения"  # "1985 года рождения": a person's birth year, which dates no other date
BIRTH_ABBREVIATION = "р"  # "1999 г. р.", lower case only: "в 2007 г. Р. Кадыров" is an initial
# "родился 25 июня 1963 года", "(род. 28.07.1988)": a person's birth date, a trait of the person like the birth year
BIRTH_WORDS = frozenset(("родился", "родилась", "родились", "родилось", "род"))
# A year a noun governs in the genitive names the noun's edition ("выборы 2016 года", "чемпионата Европы 2015 года"),
# except after the nouns of a compound preposition of time ("в течение 2011 года", "в ходе 2017 года").
EDITION_YEAR_ENDINGS = (" года", " г.", " г")
TIME_PREPOSITION_NOUNS = frozenset(("течение", "ходе", "продолжение", "протяжении", "период", "конца", "начала",
                                    "середины"))
WHOLE_WORDS = frozenset(("всего", "всей", "целого"))  # "в течение всего 2017 года"
# Prepositions that make an event noun the time of its clause ("после победы Трампа на выборах в ноябре 2016 года
# Обама ввел санкции"): the event's date then dates the clause, not only the noun (`background_told`).
EVENT_TIME_LINKS = frozenset(("после", "перед", "до", "накануне"))

# The calendar of US federal elections: election day is the Tuesday after the first Monday of November (a Tuesday
# from 2 to 8 November) of an even year, a presidential one when the year divides by four, a midterm otherwise. A
# November day that an election noun stands next to, in a paragraph about the US, is that day of the election year
# it falls on ("8 ноября в США проходят президентские выборы" -> 2016, "промежуточных выборах в Конгресс 6 ноября"
# -> 2018): forms of the election nouns, of the words that name the US, and of those that name the race.
ELECTION_STEMS = ("выбор", "голосовани", "перевыбор")
ELECTION_NOT_STEMS = ("выборщик", "выборочн", "выбором")  # "выборщики проголосуют 14 декабря": not election day
US_STEMS = ("сша", "соединенн", "соединённ", "америк", "американ", "конгресс", "трамп", "байден", "клинтон",
            "обам", "ромни", "сенат")
PRESIDENTIAL_STEMS = ("президент",)
MIDTERM_STEMS = ("промежуточн", "конгресс", "сенат", "палат")
MIDTERM_NAMED_STEMS = ("промежуточн",)  # names the race outright: "выборы 6 ноября называются промежуточными, поскольку
# проходят между двумя президентскими" is a midterm whatever other race the sentence names
ELECTION_EVE_WORDS = frozenset(("накануне", "после", "спустя", "через", "перед", "до"))  # "Накануне дня выборов, 5
# ноября": a day beside election day, not election day
# Verbs that give an election its day ("8 ноября в США проходят выборы", "выборы, которые состоялись 6 ноября"): then
# the day is election day whatever year the story is in; a day merely next to the noun ("по итогам выборов 4 ноября")
# is election day only when it is not in the week after the election of the anchor's year.
ELECTION_HELD_STEMS = ("проход", "пройд", "прошли", "прошедш", "прошел", "прошёл", "прошло", "прошла", "состоя",
                       "состои", "провод", "провед", "назнач")
ELECTION_WEEK = 7  # days after an election that the news of that election fills
CLAUSE_OPENER_STEMS = ("котор", "когда")  # "Перед выборами, которые состоялись 6 ноября": the day is the election's
ELECTION_REACH = 8  # tokens between the day and the election noun, in its sentence

# Words of a site's legal footer line: a date there is the outlet's registration, not the story's
# ("Свидетельство о регистрации … выдано Роскомнадзором 21 декабря 2016 г.", "© 2020").
FOOTER_WORDS = ("регистрац", "роскомнадзор", "свидетельств", "издается", "издаётся", "©")

# A line that opens a block of links to the site's earlier items ("Смотрите также:" over a gallery of teasers): the
# items under it were published before the page, so a date said there without its year lies in the page's past.
RELATED_LINKS_HEADS = ("смотрите также", "читайте также", "см. также", "читайте по теме", "смотрите по теме")

# A time-bound title: "избранный президент США Дональд Трамп" names the president-elect, a title held only from the
# day after the election to the inauguration (US: the November election day before the term's first year, to 19
# January of that year; `lang.offices` gives the terms). An adverb before the participle makes it a trait, not the
# title ("законно избранный президент", "впервые избранным президентом"); "вновь"/"переизбранный" a later term.
ELECT_TITLE = re.compile(r"(?<![\w-])(?:новоизбранн|избранн)\w*\s+президент\w*\s+(?:сша\s+)?((?:[а-я]+\s+){0,1}[а-я]+)",
                         re.IGNORECASE)
ELECT_NOT_BEFORE = frozenset(("законно", "незаконно", "легитимно", "нелегитимно", "впервые", "дважды", "вновь",
                              "снова", "демократически", "всенародно", "повторно", "честно", "легально"))
# "тогда (еще) избранный президент США Дональд Трамп": a title the page retells from its time, not the writing days
ELECT_RETOLD = "тогда"

# The word before a date written out with its year that makes it the base of a comparison ("по сравнению с мартом
# 2019 года", "до уровня октября 1998 года", "против мая 2011 года"): `resolve.compared_base`.
COMPARISON_BASE_WORDS = frozenset(("уровня", "уровне", "уровню", "уровнем", "уровень", "сравнению", "сравнении",
                                   "против", "относительно"))
