"""Dates on real news (issue 16): the anchor policy, datelines and agency stamps, clock times, week and fiscal spans.

Each case is (text, published_at, [(span, value, rule), ...]); the texts are made up in the style of scraped news.
Every table runs twice: segment + dates alone (tense from pymorphy3) and the default pipeline (tense from slovnet).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stages.test_dates import run

# The anchor policy (README, "Dates: anchor policy").
ANCHOR_POLICY = [
    # a background year said alone dates only its own sentence and never a day of the last two weeks
    ("В 2012 году суд впервые рассмотрел дело о хищении.\n2 марта Верховный суд отменил приговор.", "2019-03-04",
     [("2012 году", "2012", "year"), ("2 марта", "2019-03-02", "day_month")]),
    ("В 2012 году суд впервые рассмотрел дело о хищении. 2 марта Верховный суд отменил приговор.", "2019-03-04",
     [("2012 году", "2012", "year"), ("2 марта", "2019-03-02", "day_month")]),
    # ... but a year in the same sentence is a link
    ("В 2012 году суд рассмотрел дело, и 2 марта того же года вынес приговор.", "2019-03-04",
     [("2012 году", "2012", "year"), ("2 марта", "2012-03-02", "day_month"), ("того же года", "2012", "anaphor")]),
    # ... and so is a dated story: a day with its year dates the days that follow
    ("6 марта 2012 года суд вынес приговор. 9 марта адвокаты подали жалобу.", "2019-03-04",
     [("6 марта 2012 года", "2012-03-06", "day_month"), ("9 марта", "2012-03-09", "day_month")]),
    # a past-tense clause is never dated after publication; a plan told in the past ("была назначена") has no
    # direction of its own
    ("Встреча, которая была назначена на 20 февраля, сорвана.", "2019-02-21", [("20 февраля", "2019-02-20",
                                                                              "day_month")]),
    ("Выборы прошли 25 февраля.", "2019-02-21", [("25 февраля", "2018-02-25", "day_month")]),
    # a future day just before publication is stale text (written before it was published or crawled), not next year
    ("Выборы пройдут 20 февраля.", "2019-02-21", [("20 февраля", "2019-02-20", "day_month")]),
    ("Выборы пройдут 20 марта.", "2019-02-21", [("20 марта", "2019-03-20", "day_month")]),
    ("Выборы пройдут 20 ноября.", "2019-02-21", [("20 ноября", "2019-11-20", "day_month")]),
    ("Выборы пройдут 20 октября.", "2019-02-21", [("20 октября", "2019-10-20", "day_month")]),
    # a day that names a historic event after an event noun keeps the event's year and dates nothing else
    ("После терактов 11 сентября правила изменились. 11 сентября министр прилетел в Москву.", "2016-12-19",
     [("11 сентября", "2001-09-11", "day_month"), ("11 сентября", "2016-09-11", "day_month")]),
    # without a publication date, a past event said without its year happened in the latest year the text writes
    # out with a month or day; a coming one, or a year alone (often a target), dates nothing
    ("6 апреля прошел референдум. Доклад комиссия опубликовала в ноябре 2016 года.", None,
     [("6 апреля", "2016-04-06", "day_month"), ("ноябре 2016 года", "2016-11", "month_name")]),
    ("20 января состоится инаугурация. Доклад опубликовали в ноябре 2016 года.", None,
     [("20 января", None, "day_month"), ("ноябре 2016 года", "2016-11", "month_name")]),
    ("6 апреля прошел референдум. Цели поставлены к 2030 году.", None,
     [("6 апреля", None, "day_month"), ("2030 году", "2030", "year")]),
    # the narrator's verb tells a date outside a quote, not a verb inside it (however the parser attached the date)
    ("«Они заплатят цену, и это будет цена для их экономики», — заявил министр 17 сентября на встрече с "
     "избирателями.", "2021-02-01", [("17 сентября", "2020-09-17", "day_month")]),
    # intention and future decide a weekday: the coming one (2019-02-20 is a Wednesday)
    ("Глава МИД намерен объявить о решении в пятницу.", "2019-02-20", [("пятницу", "2019-02-22", "weekday")]),
    ("Министр планирует объявить о решении в пятницу.", "2019-02-20", [("пятницу", "2019-02-22", "weekday")]),
    ("Министр объявит о решении в пятницу.", "2019-02-20", [("пятницу", "2019-02-22", "weekday")]),
    ("Министр объявил о решении в пятницу.", "2019-02-20", [("пятницу", "2019-02-15", "weekday")]),
    # a day said again is the same day, whatever the tense of its second sentence
    ("Голосование прошло 8 ноября.\nРезультаты станут известны уже 8 ноября вечером.", "2021-02-01",
     [("8 ноября", "2020-11-08", "day_month"), ("8 ноября вечером", "2020-11-08", "merge_part_of_day")]),
    # a weekday that fixes the year of its date dates the story
    ("Байден победил в субботу, 7 ноября.\nРеспубликанцы требуют сократить срок до 9 ноября.", "2021-02-01",
     [("субботу, 7 ноября", "2020-11-07", "merge_weekday_date"), ("9 ноября", "2020-11-09", "day_month")]),
]

# Datelines and agency stamps with month abbreviations.
DATELINES = [
    ("БЕРЛИН, 12 мар — РИА Новости. Канцлер выступила в бундестаге.", "2019-03-12",
     [("12 мар", "2019-03-12", "day_month")]),
    ("КИЕВ, 3 окт ПРАЙМ. Курс гривны вырос.", "2019-10-03", [("3 окт", "2019-10-03", "day_month")]),
    ("МОСКВА, 12 сент — ТАСС. Рубль подешевел.", "2019-09-12", [("12 сент", "2019-09-12", "day_month")]),
    ("МИНСК, 28 дек — Sputnik. Итоги года подвели.", "2019-12-28", [("28 дек", "2019-12-28", "day_month")]),
    ("ВАШИНГТОН, 5 фев — РИА Новости.", "2020-02-05", [("5 фев", "2020-02-05", "day_month")]),
    ("ПАРИЖ, 1 июн — РИА Новости.", "2020-06-01", [("1 июн", "2020-06-01", "day_month")]),
    ("РИМ, 30 ноя — РИА Новости.", "2020-11-30", [("30 ноя", "2020-11-30", "day_month")]),
    ("09:41 REGNUM Курс вырос.", "2019-10-03", [("09:41", "2019-10-03T09:41", "clock_colon")]),
    # abbreviations are read only after a day number
    ("Мар и апр — сокращения.", "2019-10-03", []),
]

# Clock times, parts of day and ranges.
CLOCK_TIMES = [
    ("По данным на 16.30 мск, число заболевших выросло.", "2020-04-01", [("16.30", "2020-04-01T16:30", "clock_dot")]),
    ("Магазины работают с 9 до 21 часа.", "2020-04-01",
     [("9", "2020-04-01T09:00", "clock_range"), ("21 часа", "2020-04-01T21:00", "clock_range")]),
    ("Прием ведется с 14 по 18 часов.", "2020-04-01",
     [("14", "2020-04-01T14:00", "clock_range"), ("18 часов", "2020-04-01T18:00", "clock_range")]),
    ("Приём идёт с 2 до 5 дня.", "2020-04-01",
     [("2", "2020-04-01T14:00", "clock_range"), ("5 дня", "2020-04-01T17:00", "clock_range")]),
    # a part of day joins its day; alone it is no date (real-news gold: "times of day with no date")
    ("Сегодня утром он уехал, а вечером вернулся.", "2020-04-01",
     [("Сегодня утром", "2020-04-01", "merge_part_of_day")]),
    ("5 мая ночью прошел ливень.", "2020-06-01", [("5 мая ночью", "2020-05-05", "merge_part_of_day")]),
    # not times: a bare "с 14 по 18" (days or hours?), ages, percentages
    ("Прием ведется с 14 по 18.", "2020-04-01", []),
    ("Подростки с 14 до 18 лет.", "2020-04-01", []),
    ("Рост с 5 до 10 процентов.", "2020-04-01", []),
    ("На сегодня в Европе заражено более миллиона человек.", "2020-04-01", []),
    ("С каждым днем теплее.", "2020-04-01", []),
]

# Spans of a week, and fiscal quarters (no calendar value: a fiscal year's quarters depend on the company).
SPANS = [
    ("Решение примут в конце рабочей недели.", "2020-04-01", [("конце рабочей недели", "2020-W14", "period_part")]),
    ("На прошлой неделе он уехал.", "2020-04-01", [("прошлой неделе", "2020-W13", "relative_unit")]),
    ("Выручка во втором квартале 2019-2020 финансового года выросла.", "2020-04-01",
     [("втором квартале 2019-2020 финансового года", None, "quarter")]),
    ("Выручка в 2019-2020 финансовом году выросла.", "2020-04-01",
     [("2019-2020 финансовом году", None, "year")]),
    ("Выручка во втором квартале 2019 года выросла.", "2020-04-01", [("втором квартале 2019 года", "2019-Q2",
                                                                       "quarter")]),
]

# Years as reference works and scraped pages write them.
YEARS = [
    ("05/08/2008 10:35 БИШКЕК.", "2008-08-05", [("05/08/2008 10:35", "2008-08-05T10:35", "merge_date_time")]),
    ("Призёр Олимпийских игр (1984, 1988) и чемпион мира.", "2019-01-01",
     [("1984", "1984", "paren_years"), ("1988", "1988", "paren_years")]),
    ("Сериал (2004—2009) шёл долго.", "2019-01-01", [("2004", "2004", "paren_years"), ("2009", "2009", "paren_years")]),
    ("В 1986 Корасон Акино возглавила страну.", "2019-01-01", [("1986", "1986", "year")]),
    ("Корабль купили в 1998 году, а в 2002 он встал на якорь.", "2019-01-01",
     [("1998 году", "1998", "year"), ("2002", "2002", "year")]),
    ("Выборщики голосовали так в 1968, 1960, 1956 и 1948 годах.", "2021-02-01",
     [("1968", "1968", "year_list"), ("1960", "1960", "year_list"), ("1956", "1956", "year_list"),
      ("1948 годах", "1948", "year_list")]),
    ("Это было в 1972 и в 1984 годах.", "2021-02-01", [("1972", "1972", "year_list"), ("1984 годах", "1984",
                                                                                       "year_list")]),
    ("Соглашение готовили между 2007 и 2011 годами.", "2021-02-01",
     [("2007", "2007", "year"), ("2011 годами", "2011", "year")]),
    ("Так было в 1960 в Иллинойсе и в 1992 (19 %).", "2021-02-01",
     [("1960", "1960", "year"), ("1992", "1992", "year")]),
    # stamps of scraped pages and news feeds; razdel glues the comma to "2020,"
    ("Прививка \r 30 декабря 2020, 15:13Фото", "2021-02-01",
     [("30 декабря 2020, 15:13", "2020-12-30T15:13", "merge_date_time")]),
    ("Опубликовано: 12.12.20 , 15:10", "2021-02-01", [("12.12.20 , 15:10", "2020-12-12T15:10", "merge_date_time")]),
    ("подробнее \r 31.01, 20:56 В Минздраве заявили", "2021-02-01",
     [("31.01, 20:56", "2021-01-31T20:56", "merge_date_time")]),
    # not years: a count in parentheses, a bare number before a noun or a comparative, a decimal
    ("Пришли все (2003 человека).", "2019-01-01", []),
    ("Компания выполнила в 2000 рейсах.", "2019-01-01", []),
    ("Показатель вырос в 2000 и более раз.", "2019-01-01", []),
    ("Курс составил 31.01 рубля.", "2019-01-01", []),
]

# Conventions of the real-news gold (tests/data/realnews/README.md, beyond DATES.md).
CONVENTIONS = [
    ("Сегодня, 8 ноября, в штатах проходит голосование.", "2016-11-10",
     [("Сегодня, 8 ноября", "2016-11-08", "merge_today_date")]),
    ("Вакцина поступит в регионы уже после Нового года.", "2020-12-10", [("Нового года", "2021-01-01", "new_year")]),
    ("Вакцинация начнется до конца первого полугодия 2021 года.", "2020-12-30",
     [("конца первого полугодия 2021 года", "2021-H1", "period_part")]),
    ("Собор построили в 13 веке.", "2021-02-01", [("13 веке", "12XX", "century")]),
    ("Выручка выросла в последнем квартале 2023 года.", "2024-04-26", [("последнем квартале 2023 года", "2023-Q4",
                                                                          "quarter")]),
    ("Победитель выборов президента США-2020 объявлен.", "2021-02-01", [("2020", "2020", "hyphen_year")]),
    ("Выборы президента США 2016: кто лидирует.", "2016-11-08", [("2016", "2016", "named_year")]),
    ("Эти выборы не так важны, как выборы 2016 (на которых избрали Трампа).", "2020-11-08",
     [("2016", "2016", "named_year")]),
    ("Иммунизацию проведут в 2021-2022. Так сказано в плане.", "2021-02-01",
     [("2021", "2021", "year"), ("2022", "2022", "year")]),
    ("Вакцинация в Красноярске 2020-2021: где прививают.", "2021-02-01",
     [("2020", "2020", "year"), ("2021", "2021", "year")]),
    ("По состоянию на 00.30 Байден получил 302 голоса.", "2020-12-15", [("00.30", "2020-12-15T00:30", "clock_dot")]),
    # a video's chapter list is no time of day; an agenda is
    ("Разбираем фейки.\n\n0:45 - Кто штурмовал Капитолий?\n\n3:58 - Fight like hell.\n\n12:37 - Импичмент?",
     "2021-01-10", []),
    ("Разбираем фейки.\r \r 0:45 - Кто штурмовал Капитолий?\r \r 3:58 - Fight like hell.", "2021-01-10", []),
    ("Программа форума.\n\n10:00 - открытие.\n\n12:30 - пленарное заседание.", "2021-01-10",
     [("10:00", "2021-01-10T10:00", "clock_colon"), ("12:30", "2021-01-10T12:30", "clock_colon")]),
    # a rule of the calendar is no date
    ("Голосование проходит во вторник после первого понедельника ноября.", "2021-02-01", []),
    ("Выборщики собираются в первый понедельник после второй среды декабря.", "2021-02-01", []),
    # not years: a count after a name ("Спутник V" costs 1942 рублей), a number at the end of a sentence
    ("Стоимость вакцины Спутник составляет 1942 рублей.", "2021-02-01", []),
    ("В Бельгии заболевших уже свыше 2000.", "2021-02-01", []),
    # the eve of a coming event is no date; "накануне" in the past is the day before publication
    ("На вторую вакцинацию система запишет вас сама, а накануне на телефон придет СМС.", "2021-02-01", []),
    ("Накануне на телефон пришло СМС.", "2021-02-01", [("Накануне", "2021-01-31", "relative_day")]),
]

# One row or more per class of anchoring error on unseen news (issue 16): the turn of the year, weekdays by tense,
# background dates against the news of the last days, "в этом/прошлом году", ranges across the turn of the year.
ANCHOR_CLASSES = [
    # the turn of the year: a past day never lies after publication, a future one never before it
    ("28 декабря в городе прошла ярмарка.", "2021-01-05", [("28 декабря", "2020-12-28", "day_month")]),
    ("3 января в городе откроется каток.", "2020-12-28", [("3 января", "2021-01-03", "day_month")]),
    ("3 января в городе открылся каток.", "2020-12-28", [("3 января", "2020-01-03", "day_month")]),
    ("5 мая в городе пройдет парад.", "2021-01-05", [("5 мая", "2021-05-05", "day_month")]),
    ("5 мая в городе прошел парад.", "2021-01-05", [("5 мая", "2020-05-05", "day_month")]),
    # weekdays (2019-03-06 is a Wednesday): the tense of the governing verb, a plan or a forecast
    ("В пятницу суд рассмотрит иск.", "2019-03-06", [("пятницу", "2019-03-08", "weekday")]),
    ("В пятницу суд рассмотрел иск.", "2019-03-06", [("пятницу", "2019-03-01", "weekday")]),
    ("Министр сообщил, что в пятницу подаст в отставку.", "2019-03-06", [("пятницу", "2019-03-08", "weekday")]),
    ("Ожидается, что в пятницу министр уйдет в отставку.", "2019-03-06", [("пятницу", "2019-03-08", "weekday")]),
    # a background date of another sentence against the news of the last two weeks: a story told forward from a
    # dated day keeps its year (an anniversary), a step back to the days before publication is the news
    ("Фабрику в области закрыли 10 мая 2017 года. 4 марта министр посетил город.", "2019-03-06",
     [("10 мая 2017 года", "2017-05-10", "day_month"), ("4 марта", "2019-03-04", "day_month")]),
    ("Фабрику в области закрыли 10 мая 2017 года, а 4 марта министр посетил город.", "2019-03-06",
     [("10 мая 2017 года", "2017-05-10", "day_month"), ("4 марта", "2017-03-04", "day_month")]),
    ("6 марта 2014 года полуостров перешел под контроль. 9 марта прошел митинг.", "2019-03-12",
     [("6 марта 2014 года", "2014-03-06", "day_month"), ("9 марта", "2014-03-09", "day_month")]),
    ("Фабрику в области закрыли 10 мая 2017 года. 5 июня ее открыли снова.", "2019-03-06",
     [("10 мая 2017 года", "2017-05-10", "day_month"), ("5 июня", "2017-06-05", "day_month")]),
    # "в этом/прошлом году" count from the anchor: the publication date, or the page's own stamp
    ("В этом году завод открылся. В прошлом году он был закрыт.", "2019-03-06",
     [("этом году", "2019", "relative_unit"), ("прошлом году", "2018", "relative_unit")]),
    ("Заголовок\n\n15 декабря 2020 года\n\nВ этом году выручка выросла вдвое.", "2021-02-01",
     [("15 декабря 2020 года", "2020-12-15", "day_month"), ("этом году", "2020", "relative_unit")]),
    # ranges: the first end takes the year of the second, the year before it across the turn of the year
    ("Каникулы продлятся с 25 декабря по 10 января 2021 года.", "2020-12-01",
     [("25 декабря", "2020-12-25", "day_month"), ("10 января 2021 года", "2021-01-10", "day_month")]),
    ("Сезон длился с ноября по март 2020 года.", "2021-02-01",
     [("ноября", "2019-11", "month_name"), ("март 2020 года", "2020-03", "month_name")]),
    ("Сезон длился с марта по осень 2020 года.", "2021-02-01",
     [("марта", "2020-03", "month_name"), ("осень 2020 года", "2020-FA", "season")]),
    ("Музей был закрыт с 25 декабря по 10 января.", "2019-03-06",
     [("25 декабря", "2018-12-25", "day_month"), ("10 января", "2019-01-10", "day_month")]),
    ("Выставка пройдет с 28 декабря по 3 января.", "2020-12-20",
     [("28 декабря", "2020-12-28", "day_month"), ("3 января", "2021-01-03", "day_month")]),
    # a winter named by the two years it spans is one span, the winter that starts in the first
    ("Зимой 2020-2021 годов было холодно.", "2021-06-10", [("Зимой 2020-2021 годов", "2020-WI", "season")]),
    ("Зимой 2019/20 было холодно.", "2021-06-10", [("Зимой 2019/20", "2019-WI", "season")]),
]

# Event-tied and open-ended expressions are no dates (real-news gold: "event-anchored phrases" are not marked):
# "накануне" after a day said in its own sentence is that day's eve, "на следующий день" after "после" + an event is
# the day after that event, and "менее/более чем X назад" is an open interval, not a point.
EVENT_TIED = [
    ("Первый случай выявили 5 апреля 2020 года у туриста, который накануне прилетел из Праги.", "2021-02-01",
     [("5 апреля 2020 года", "2020-04-05", "day_month")]),
    ("Пациента выписали 12 мая, а накануне врачи сделали ему второй тест.", "2021-02-01",
     [("12 мая", "2020-05-12", "day_month")]),
    ("Накануне губернатор подписал указ о локдауне.", "2021-02-01", [("Накануне", "2021-01-31", "relative_day")]),
    ("Выставка откроется 12 марта. После открытия пройдет концерт, а на следующий день гостей ждет ярмарка.",
     "2021-02-01", [("12 марта", "2021-03-12", "day_month")]),
    ("Выборы назначены на 19 сентября. После выборов в парламент депутаты соберутся, а на следующий день изберут "
     "спикера.", "2021-02-01", [("19 сентября", "2021-09-19", "day_month")]),
    ("Суд состоялся 5 мая, а на следующий день адвокаты подали жалобу.", "2021-02-01",
     [("5 мая", "2020-05-05", "day_month"), ("следующий день", "2020-05-06", "anaphor")]),
    ("Суд ушел на перерыв после 5 мая, а на следующий день возобновил работу.", "2021-02-01",
     [("5 мая", "2020-05-05", "day_month"), ("следующий день", "2020-05-06", "anaphor")]),
    ("Прививку не делают тем, кто переболел гриппом менее чем месяц назад.", "2021-02-01", []),
    ("Донором может стать тот, кто сдавал кровь более чем два месяца назад.", "2021-02-01", []),
    ("Склад закрыли больше чем год назад.", "2021-02-01", []),
    ("Склад закрыли два года назад.", "2021-02-01", [("два года назад", "2019", "ago")]),
]

# Year inference under tense (README anchor policy, items 1 and 5): a verb that moves a date or an end point later
# sets a date ahead of the act; the date's own clause gives its tense before the reporting verb of the sentence;
# a day whose year was only guessed dates the rest of its sentence only when it lies close to it.
TENSE_CLASSES = [
    ("Карантин в области продлили до 20 марта.", "2021-02-01", [("20 марта", "2021-03-20", "day_month")]),
    ("Финал турнира отложили до 12 апреля.", "2021-02-01", [("12 апреля", "2021-04-12", "day_month")]),
    ("Карантин в области действовал до 20 марта.", "2021-02-01", [("20 марта", "2020-03-20", "day_month")]),
    ("Карантин продлили до 20 января.", "2021-02-01", [("20 января", "2021-01-20", "day_month")]),
    ("Губернатор сказал, что 10 апреля в область привезут вакцину.", "2021-02-01",
     [("10 апреля", "2021-04-10", "day_month")]),
    ("Губернатор сказал, что 10 апреля в область привезли вакцину.", "2021-02-01",
     [("10 апреля", "2020-04-10", "day_month")]),
    ("Лекарство одобрили 14 августа, а в аптеки оно поступит 1 января.", "2020-12-10",
     [("14 августа", "2020-08-14", "day_month"), ("1 января", "2021-01-01", "day_month")]),
    ("Лекарство одобрили 14 августа, а в аптеки оно поступило 1 января.", "2021-02-01",
     [("14 августа", "2020-08-14", "day_month"), ("1 января", "2021-01-01", "day_month")]),
    ("Лекарство одобрили 28 декабря, а в аптеки оно поступило 3 января.", "2021-03-01",
     [("28 декабря", "2020-12-28", "day_month"), ("3 января", "2021-01-03", "day_month")]),
    # a day whose year is relative ("прошлого года") counts from the writing day: it cannot set that day itself
    ("Склад закрылся 15 декабря прошлого года.", "2021-02-01",
     [("15 декабря прошлого года", "2020-12-15", "day_month")]),
    ("Склад закрылся 15 декабря прошлого года, сообщил директор. Вчера его открыли снова.", "2021-02-01",
     [("15 декабря прошлого года", "2020-12-15", "day_month"), ("Вчера", "2021-01-31", "relative_day")]),
    ("В среду, 16 декабря прошлого года, склад закрылся.", "2021-02-01",
     [("среду, 16 декабря прошлого года", "2020-12-16", "merge_weekday_date")]),
    ("Склад закрылся 15 декабря 2020 года. Вчера его открыли снова.", "2021-02-01",
     [("15 декабря 2020 года", "2020-12-15", "day_month"), ("Вчера", "2020-12-14", "relative_day")]),
    # a weekday in parentheses after its day names that day (never the last such weekday before publication)
    ("Склад закрылся 18 января (понедельник).", "2021-02-01",
     [("18 января", "2021-01-18", "day_month"), ("понедельник", "2021-01-18", "weekday")]),
    ("Прием начнется 27 января (среда) в 10:00.", "2021-01-20",
     [("27 января", "2021-01-27", "day_month"), ("среда", "2021-01-27", "weekday"),
      ("10:00", "2021-01-27T10:00", "clock_colon")]),
    # a future event counts from the story day, the day the text was written on (not from the crawl date)
    ("Минздрав 22 декабря 2020 года сообщил о начале вакцинации. В январе привьют 2000 человек.", "2021-02-01",
     [("22 декабря 2020 года", "2020-12-22", "day_month"), ("январе", "2021-01", "month_name")]),
    ("Минздрав 22 декабря 2020 года сообщил о начале вакцинации. До конца года привьют 2000 человек.", "2021-02-01",
     [("22 декабря 2020 года", "2020-12-22", "day_month"), ("конца года", "2020", "period_part")]),
    # a page's stamp in ISO form or with an abbreviated month and its period dates the page
    ("Новости региона\n\n2021-01-14 12:30\n\nВчера в область поступила партия вакцины.", "2021-02-01",
     [("2021-01-14 12:30", "2021-01-14T12:30", "merge_date_time"), ("Вчера", "2021-01-13", "relative_day")]),
    ("Новости региона\n\n14 янв. 2021\n\nВчера в область поступила партия вакцины.", "2021-02-01",
     [("14 янв. 2021", "2021-01-14", "day_month"), ("Вчера", "2021-01-13", "relative_day")]),
    ("Выставка откроется 3 дек. 2020 г. в центре города.", "2020-11-20",
     [("3 дек. 2020 г.", "2020-12-03", "day_month")]),
    # two day.month pairs of a range are days ("по"; "до" when one cannot be a clock time), not clock times
    ("С 18.01 по 24.01 склад не работал.", "2021-02-01",
     [("18.01", "2021-01-18", "numeric_date"), ("24.01", "2021-01-24", "numeric_date")]),
    ("С 28.12 до 10.01 склад не работал.", "2021-02-01",
     [("28.12", "2020-12-28", "numeric_date"), ("10.01", "2021-01-10", "numeric_date")]),
    ("С 10.05 до 12.30 склад не работает.", "2021-02-01",
     [("10.05", "2021-02-01T10:05", "clock_dot"), ("12.30", "2021-02-01T12:30", "clock_dot")]),
]

TABLE = (ANCHOR_POLICY + DATELINES + CLOCK_TIMES + SPANS + YEARS + CONVENTIONS + ANCHOR_CLASSES + EVENT_TIED
         + TENSE_CLASSES)


@pytest.mark.parametrize(("text", "published_at", "expected"), TABLE)
def test_news_dates(text, published_at, expected):
    assert [(d.text, d.value, d.rule) for d in run(text, published_at).dates] == expected


@pytest.mark.parametrize(("text", "published_at", "expected"), TABLE)
def test_news_dates_with_slovnet_tense(annotate, text, published_at, expected):
    assert [(d.text, d.value, d.rule) for d in annotate(text, published_at).dates] == expected


@pytest.mark.parametrize(("text", "published_at", "grain"), [
    ("БЕРЛИН, 12 мар — РИА Новости.", "2019-03-12", "day"),
    ("Решение примут в конце рабочей недели.", "2020-04-01", "week"),
    ("Выручка во втором квартале 2019-2020 финансового года выросла.", "2020-04-01", "quarter"),
    ("По данным на 16.30 мск, число заболевших выросло.", "2020-04-01", "time"),
])
def test_grain_is_the_one_the_text_names(text, published_at, grain):
    assert [d.grain for d in run(text, published_at).dates] == [grain]


# The article's own stamp or dateline anchors relative dates when published_at (a crawl date) is later than it.
STAMPS = [
    ("Заголовок новости\n\n30 декабря 2020, 14:48\n\nВчера вакцину доставили, вакцинация начнется в понедельник.",
     "2021-02-01", [("30 декабря 2020, 14:48", "2020-12-30T14:48", "merge_date_time"), ("Вчера", "2020-12-29",
                                                                                         "relative_day"),
                    ("понедельник", "2021-01-04", "weekday")]),
    ("Регистрация пройдена успешно!\n\nВАШИНГТОН, 15 дек – РИА Новости. Выборщики проголосовали в понедельник.",
     "2021-02-01", [("15 дек", "2020-12-15", "day_month"), ("понедельник", "2020-12-14", "weekday")]),
    ("Вакцина\n\nОбновлено: 14.10.2020\n\n14 октября было объявлено о регистрации. Испытания закончатся в ноябре.",
     "2021-02-01", [("14.10.2020", "2020-10-14", "numeric_date"), ("14 октября", "2020-10-14", "day_month"),
                    ("ноябре", "2020-11", "month_name")]),
    ("Заголовок\n\n18 января 2021 20:53 Анна Семенова, Вероника Богма\n\nВчера начали прививать.", "2021-02-01",
     [("18 января 2021 20:53", "2021-01-18T20:53", "merge_date_time"), ("Вчера", "2021-01-17", "relative_day")]),
    ("Заголовок\n\nвремя публикации: 24 ноября 2020 г., 19:49 | последнее обновление\n\nВчера Трамп заявил.",
     "2021-02-01", [("24 ноября 2020 г., 19:49", "2020-11-24T19:49", "merge_date_time"),
                    ("Вчера", "2020-11-23", "relative_day")]),
    ("Заголовок\n\nСанкт-Петербург, 5 января 2021, 10:26 — REGNUM Комитет сообщил, что вчера открыли запись.",
     "2021-02-01", [("5 января 2021, 10:26", "2021-01-05T10:26", "merge_date_time"),
                    ("вчера", "2021-01-04", "relative_day")]),
    # a translated page's stamp, the month first, with its clock time before it
    ("Выборщики подтвердили победу\n\n09:27, Декабрь 15, 2020 Голосование завершилось. В понедельник выборщики "
     "проголосовали.", "2021-02-01", [("09:27, Декабрь 15, 2020", "2020-12-15T09:27", "merge_time_date"),
                                      ("понедельник", "2020-12-14", "weekday")]),
    # a live page's first update stamp, anywhere in the page (the newest update first); a scraped copy glues the
    # year to the repeated clock ("201812:16 7 ноября 2018"): the stamp takes the year written next to it
    ("Хроника\n\nНакануне сторонники ворвались в здание.\n\nОтправлено в 9:21 7 января 2021\n\nКонгресс утвердил "
     "итоги в среду.", "2021-02-01", [("Накануне", "2021-01-06", "relative_day"),
                                      ("9:21 7 января 2021", "2021-01-07T09:21", "merge_time_date"),
                                      ("среду", "2021-01-06", "weekday")]),
    ("Хроника\n\nОпрос провели накануне.\n\nОтправлено в 12:16 7 ноября 201812:16 7 ноября 2018\n\nВо вторник "
     "прошли выборы.", "2021-02-01", [("накануне", "2018-11-06", "relative_day"),
                                      ("12:16 7 ноября", "2018-11-07T12:16", "merge_time_date"),
                                      ("7 ноября 2018", "2018-11-07", "day_month"),
                                      ("вторник", "2018-11-06", "weekday")]),
    # an archive page crawled years later: its stamp, a whole election cycle back, still dates it
    ("Выборы в США\n\nИван Петров (Вашингтон), 01.11.2004\n\nВ пятницу сенатор выписался из больницы.", "2021-02-01",
     [("01.11.2004", "2004-11-01", "numeric_date"), ("пятницу", "2004-10-29", "weekday")]),
    # a stamp after published_at, or none: published_at stays the anchor; "Напомним, 8 декабря" is no dateline
    ("Заголовок\n\n3 февраля 2021, 10:00\n\nВчера вакцину доставили.", "2021-02-01",
     [("3 февраля 2021, 10:00", "2021-02-03T10:00", "merge_date_time"), ("Вчера", "2021-01-31", "relative_day")]),
    ("Заголовок\n\nВчера вакцину доставили, а 30 мая 2020 года её испытали.", "2021-02-01",
     [("Вчера", "2021-01-31", "relative_day"), ("30 мая 2020 года", "2020-05-30", "day_month")]),
    ("Заголовок\n\nНапомним, 8 декабря медики начали прививаться. Вчера привились сто человек.", "2021-02-01",
     [("8 декабря", "2020-12-08", "day_month"), ("Вчера", "2021-01-31", "relative_day")]),
]


@pytest.mark.parametrize(("text", "published_at", "expected"), STAMPS)
def test_the_texts_own_stamp_anchors_relative_dates(text, published_at, expected):
    doc = run(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    anchored = not any(value == (dt.date.fromisoformat(published_at) - dt.timedelta(days=1)).isoformat()
                       for _, value, _ in expected)  # "вчера" counts from published_at only without a stamp
    assert [code for code, _ in doc.extras.get("warnings", [])] == (["W004"] if anchored else [])


# Pages without a stamp: a plan the text announces for a day before published_at (a crawl date) says when it was
# written, the day before that plan; relative dates count from then (W004). A deadline ("до 23 декабря"), a quote or
# a past clause says nothing of it, and neither does anything when the page has its own stamp.
WRITTEN_BEFORE = [
    # 2021-01-18 is a Monday: written by Sunday 17 January, "минувший вторник" is the 12th
    ("Заголовок\n\nС 18 января в области начнется массовая вакцинация. В минувший вторник завезли новые дозы.",
     "2021-02-01", [("18 января", "2021-01-18", "day_month"), ("минувший вторник", "2021-01-12", "weekday")], True),
    ("Заголовок\n\nВакцина поступит в регионы после Нового года. Партию доставят до конца года.",
     "2021-02-01", [("Нового года", "2021-01-01", "new_year"), ("конца года", "2020", "period_part")], True),
    ("Заголовок\n\nОтчеты отправят до 23 декабря. Вчера комиссия собралась.",
     "2021-02-01", [("23 декабря", "2020-12-23", "day_month"), ("Вчера", "2021-01-31", "relative_day")], False),
    ("Заголовок\n\n«Вакцинация начнется 18 января», — сказал министр. Вчера комиссия собралась.",
     "2021-02-01", [("18 января", "2021-01-18", "day_month"), ("Вчера", "2021-01-31", "relative_day")], False),
    ("Заголовок\n\nВакцинация началась 18 января. Вчера комиссия собралась.",
     "2021-02-01", [("18 января", "2021-01-18", "day_month"), ("Вчера", "2021-01-31", "relative_day")], False),
    # a day announced with its weekday in the present tense is a schedule (2021-01-04 is a Monday); "Сегодня, в
    # понедельник, 4 января" is the day itself, not a plan: it dates the text (see WEEKDAY_DATED)
    ("Заголовок\n\nВ понедельник, 4 января, в стране начинается вакцинация. О решении объявят в начале следующей "
     "недели.", "2021-02-01", [("понедельник, 4 января", "2021-01-04", "merge_weekday_date"),
                               ("начале следующей недели", "2021-W01", "period_part")], True),
    ("Заголовок\n\nСегодня, в понедельник, 4 января, в стране начинается вакцинация. Вчера завезли дозы.",
     "2021-02-01", [("Сегодня", "2021-01-04", "relative_day"),
                    ("понедельник, 4 января", "2021-01-04", "merge_weekday_date"),
                    ("Вчера", "2021-01-03", "relative_day")], True),
    # a past event dated on or after the plan: the plan is stale text, published_at stays the anchor
    ("Заголовок\n\nВакцинация начнется 18 января. 25 января привились первые сто человек. Вчера открыли запись.",
     "2021-02-01", [("18 января", "2021-01-18", "day_month"), ("25 января", "2021-01-25", "day_month"),
                    ("Вчера", "2021-01-31", "relative_day")], False),
    ("Заголовок\n\n7 января 2021, 10:42\n\nКонгресс соберется 6 января. Накануне прошли протесты.",
     "2021-02-01", [("7 января 2021, 10:42", "2021-01-07T10:42", "merge_date_time"),
                    ("6 января", "2021-01-06", "day_month"), ("Накануне", "2021-01-06", "relative_day")], True),
    # a plan with its year written out dates a reposted text years back (the year cannot be a wrong guess); the
    # story's "Сегодня, 8 октября" then lies in the year before the plan
    ("Заголовок\n\nСегодня, 8 октября, в стране проходит голосование. Итоги парламент утвердит 12 января 2015 года.",
     "2021-02-01", [("Сегодня, 8 октября", "2014-10-08", "merge_today_date"),
                    ("12 января 2015 года", "2015-01-12", "day_month")], True),
    ("Заголовок\n\nВчера в стране прошло голосование. Итоги парламент утвердит 12 января 2015 года.",
     "2021-02-01", [("Вчера", "2015-01-10", "relative_day"), ("12 января 2015 года", "2015-01-12", "day_month")], True),
    # ... but not a plan told in the past, quoted, or an event that happened ("Сегодня, 8 октября" then says only
    # which day it is, in the year before published_at)
    ("Заголовок\n\nСегодня, 8 октября, в стране проходит голосование. Итоги парламент должен был утвердить 12 января "
     "2015 года.", "2021-02-01", [("Сегодня, 8 октября", "2020-10-08", "merge_today_date"),
                                  ("12 января 2015 года", "2015-01-12", "day_month")], True),
    ("Заголовок\n\n«Итоги парламент утвердит 12 января 2015 года», — сказал спикер. Вчера прошло голосование.",
     "2021-02-01", [("12 января 2015 года", "2015-01-12", "day_month"), ("Вчера", "2021-01-31", "relative_day")],
     False),
    ("Заголовок\n\nИтоги парламент утвердил 12 января 2015 года. Вчера прошло голосование.",
     "2021-02-01", [("12 января 2015 года", "2015-01-12", "day_month"), ("Вчера", "2021-01-31", "relative_day")],
     False),
    # ... nor a future reported by a past verb: it was a plan when it was said, not when the text was written
    ("Заголовок\n\nВ декабре министр заявил, что закон вступит в силу 1 января 2025 года. Вчера депутаты обсудили "
     "поправки.", "2025-10-07", [("декабре", "2024-12", "month_name"),
                                 ("1 января 2025 года", "2025-01-01", "day_month"),
                                 ("Вчера", "2025-10-06", "relative_day")], False),
    ("Заголовок\n\nМинистр считает, что закон вступит в силу 1 января 2025 года. Вчера депутаты обсудили поправки.",
     "2025-10-07", [("1 января 2025 года", "2025-01-01", "day_month"), ("Вчера", "2024-12-30", "relative_day")], True),
    # a month planned in a future clause, in a year its paragraph writes out, that ended before published_at: the
    # text was written by its last day ("Вчера" is 30 January, not 31)
    ("Заголовок\n\nДо конца февраля 2021 года область получит 50 тысяч доз. В январе начнется вакцинация врачей. "
     "Вчера завезли первую партию.", "2021-02-01", [("конца февраля 2021 года", "2021-02", "period_part"),
                                      ("январе", "2021-01", "month_name"), ("Вчера", "2021-01-30", "relative_day")],
     True),
    ("Заголовок\n\nПрививки начнут делать в 2021 году: старт планируют на январь. Вчера завезли первую партию.",
     "2021-02-01", [("2021 году", "2021", "year"), ("январь", "2021-01", "month_name"),
                    ("Вчера", "2021-01-30", "relative_day")], True),
    # ... but a month with no such year is the coming one, and a year told in a past clause is background
    ("Заголовок\n\nВ декабре министр приедет в область. Вчера открыли школу.", "2021-01-10",
     [("декабре", "2021-12", "month_name"), ("Вчера", "2021-01-09", "relative_day")], False),
    ("Заголовок\n\nВ 2020 году завод закрыли. В декабре министр приедет в область. Вчера открыли школу.",
     "2021-01-10", [("2020 году", "2020", "year"), ("декабре", "2021-12", "month_name"),
                    ("Вчера", "2021-01-09", "relative_day")], False),
]


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), WRITTEN_BEFORE)
def test_a_plan_before_the_crawl_date_anchors_relative_dates(text, published_at, expected, warned):
    doc = run(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    assert [code for code, _ in doc.extras.get("warnings", [])] == (["W004"] if warned else [])


# A live report: a run of bare times in clock order closed by a time with its date is on that date, the day before
# for the clocks later than the closing one; one bare time is no run, and a run whose clocks go back restarts.
LIVE_REPORT = [
    ("Конгресс огласит итоги 6 января.\n\nПо состоянию на 21:30 проголосовали 32 штата.\n\nНа 23:10 проголосовали "
     "47 штатов.\n\nПо состоянию на 00.00 15 декабря у него 247 голосов.", "2020-12-20",
     [("6 января", "2021-01-06", "day_month"), ("21:30", "2020-12-14T21:30", "clock_colon"),
      ("23:10", "2020-12-14T23:10", "clock_colon"), ("00.00 15 декабря", "2020-12-15T00:00", "merge_time_date")]),
    ("Штаб собрался 10 декабря.\n\nНа 09:00 пришли 5 человек.\n\nНа 11:30 пришли все.\n\nВ 14:00 12 декабря "
     "начался съезд.", "2020-12-20",
     [("10 декабря", "2020-12-10", "day_month"), ("09:00", "2020-12-12T09:00", "clock_colon"),
      ("11:30", "2020-12-12T11:30", "clock_colon"), ("14:00 12 декабря", "2020-12-12T14:00", "merge_time_date")]),
    ("Штаб собрался 10 декабря.\n\nНа 11:30 пришли все.\n\nВ 14:00 12 декабря начался съезд.", "2020-12-20",
     [("10 декабря", "2020-12-10", "day_month"), ("11:30", "2020-12-10T11:30", "clock_colon"),
      ("14:00 12 декабря", "2020-12-12T14:00", "merge_time_date")]),
    ("Штаб собрался 10 декабря.\n\nНа 18:00 пришли 5 человек.\n\nНа 11:30 пришли все.\n\nВ 14:00 12 декабря "
     "начался съезд.", "2020-12-20",
     [("10 декабря", "2020-12-10", "day_month"), ("18:00", "2020-12-10T18:00", "clock_colon"),
      ("11:30", "2020-12-10T11:30", "clock_colon"), ("14:00 12 декабря", "2020-12-12T14:00", "merge_time_date")]),
]


@pytest.mark.parametrize(("text", "published_at", "expected"), LIVE_REPORT)
def test_a_live_report_takes_the_day_of_the_time_that_closes_it(text, published_at, expected):
    assert [(d.text, d.value, d.rule) for d in run(text, published_at).dates] == expected


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), WRITTEN_BEFORE)
def test_a_plan_before_the_crawl_date_with_slovnet_tense(annotate, text, published_at, expected, warned):
    assert [(d.text, d.value, d.rule) for d in annotate(text, published_at).dates] == expected


# "на следующий день", "того же дня" point back to a day or time said in their paragraph or the one before; far from
# any, they are the day of an event the text tells (not marked, as the real-news annotators settled).
ANAPHOR_REACH = [
    ("Врачи приехали 5 марта. На следующий день открыли пункт.", "2021-03-20",
     [("5 марта", "2021-03-05", "day_month"), ("следующий день", "2021-03-06", "anaphor")]),
    ("Самолет вылетел 7 марта.\n\nОн сел в 16:47.\n\nПассажиров отправили в Москву в тот же день.", "2021-03-20",
     [("7 марта", "2021-03-07", "day_month"), ("16:47", "2021-03-07T16:47", "clock_colon"),
      ("тот же день", "2021-03-07", "anaphor")]),
    ("Врачи приехали 5 марта.\n\nЗапись шла долго.\n\nМне предложили укол. На следующий день мне сделали инъекцию. "
     "Вечером того же дня поднялась температура.", "2021-03-20", [("5 марта", "2021-03-05", "day_month")]),
]


@pytest.mark.parametrize(("text", "published_at", "expected"), ANAPHOR_REACH)
def test_a_day_anaphor_needs_a_day_nearby(text, published_at, expected):
    assert [(d.text, d.value, d.rule) for d in run(text, published_at).dates] == expected


# Pages without a stamp: a report line in the lead ("Об этом 14 декабря сообщил CNN") more than two weeks before
# published_at (a crawl date) is the day the news was told; relative dates count from it (W004). Closer to
# published_at, or not opening its sentence with "Об этом", it anchors nothing.
REPORTED_ON = [
    ("Заголовок\n\nБайден опережает Трампа. Об этом 14 декабря сообщил телеканал CNN. Выборщики голосуют в этом году "
     "впервые так рано.", "2021-02-01",
     [("14 декабря", "2020-12-14", "day_month"), ("этом году", "2020", "relative_unit")], True),
    ("Заголовок\n\nБайден опережает Трампа. Об этом 25 января сообщил телеканал CNN. Вчера выборщики собрались.",
     "2021-02-01", [("25 января", "2021-01-25", "day_month"), ("Вчера", "2021-01-31", "relative_day")], False),
]


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), REPORTED_ON)
def test_a_report_line_in_the_lead_anchors_relative_dates(text, published_at, expected, warned):
    doc = run(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    assert [code for code, _ in doc.extras.get("warnings", [])] == (["W004"] if warned else [])


# A date written with its weekday near the top ("В среду, 4 ноября, …") dates the news: a weekday goes with a date
# only for the days around the writing day. Not in a future clause, not in a quote, not within two weeks of
# published_at (2020-11-04 and 2021-01-27 are Wednesdays).
WEEKDAY_DATED = [
    ("Заголовок\n\nВ среду, 4 ноября, штаб кандидата объявил о победе. Вчера подсчет голосов замедлился. На этой "
     "неделе ждут итогов.", "2021-02-01", [("среду, 4 ноября", "2020-11-04", "merge_weekday_date"),
                                          ("Вчера", "2020-11-03", "relative_day"),
                                          ("этой неделе", "2020-W45", "relative_unit")], True),
    # two weeks back is no longer the writing week (2021-01-18 is a Monday)
    ("Заголовок\n\nВ понедельник, 18 января, в области стартовала вакцинация. Сегодня ожидается новая партия.",
     "2021-02-01", [("понедельник, 18 января", "2021-01-18", "merge_weekday_date"),
                    ("Сегодня", "2021-01-18", "relative_day")], True),
    ("Заголовок\n\nВ среду, 27 января, штаб кандидата объявил о победе. Вчера подсчет голосов замедлился.",
     "2021-02-01", [("среду, 27 января", "2021-01-27", "merge_weekday_date"), ("Вчера", "2021-01-31", "relative_day")],
     False),
    ("Заголовок\n\nВ среду, 10 февраля, штаб кандидата объявит итоги. Вчера подсчет голосов замедлился.",
     "2021-02-01", [("среду, 10 февраля", "2021-02-10", "merge_weekday_date"), ("Вчера", "2021-01-31", "relative_day")],
     False),
    ("Заголовок\n\n«В среду, 4 ноября, мы объявили о победе», — сказал кандидат. Вчера подсчет голосов замедлился.",
     "2021-02-01", [("среду, 4 ноября", "2020-11-04", "merge_weekday_date"), ("Вчера", "2021-01-31", "relative_day")],
     False),
]


# "Сегодня, 8 ноября" (outside quotes) says which day the text was written on: relative dates count from it, after
# any other anchor found in the text has fixed its year.
TODAY_SAID = [
    ("Заголовок\n\nСегодня, 8 ноября, в штатах проходит голосование. Вчера кандидаты выступили с речами. В этом году "
     "явка высокая.", "2021-02-01", [("Сегодня, 8 ноября", "2020-11-08", "merge_today_date"),
                                    ("Вчера", "2020-11-07", "relative_day"), ("этом году", "2020", "relative_unit")],
     True),
    ("Заголовок\n\nСегодня, 28 января, в штатах проходит голосование. Вчера кандидаты выступили с речами.",
     "2021-02-01", [("Сегодня, 28 января", "2021-01-28", "merge_today_date"), ("Вчера", "2021-01-27", "relative_day")],
     True),
    ("Заголовок\n\nСегодня, 8 ноября, в штатах проходит голосование. Вчера кандидаты выступили. Выборщики "
     "проголосуют 19 декабря, а конгресс утвердит итоги 6 января 2017 года.", "2021-02-01",
     [("Сегодня, 8 ноября", "2016-11-08", "merge_today_date"), ("Вчера", "2016-11-07", "relative_day"),
      ("19 декабря", "2016-12-19", "day_month"), ("6 января 2017 года", "2017-01-06", "day_month")], True),
    ("Заголовок\n\nВ штатах проходит голосование. «Сегодня, 8 ноября, мы победим», — сказал кандидат. Вчера "
     "кандидаты выступили.", "2021-02-01", [("Сегодня, 8 ноября", "2020-11-08", "merge_today_date"),
                                           ("Вчера", "2021-01-31", "relative_day")], False),
]


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), TODAY_SAID)
def test_today_said_with_its_date_anchors_relative_dates(text, published_at, expected, warned):
    doc = run(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    assert [code for code, _ in doc.extras.get("warnings", [])] == (["W004"] if warned else [])


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), TODAY_SAID)
def test_today_said_with_slovnet_tense(annotate, text, published_at, expected, warned):
    assert [(d.text, d.value, d.rule) for d in annotate(text, published_at).dates] == expected


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), WEEKDAY_DATED)
def test_a_date_with_its_weekday_in_the_lead_anchors_relative_dates(text, published_at, expected, warned):
    doc = run(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    assert [code for code, _ in doc.extras.get("warnings", [])] == (["W004"] if warned else [])


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), WEEKDAY_DATED)
def test_a_date_with_its_weekday_in_the_lead_with_slovnet_tense(annotate, text, published_at, expected, warned):
    doc = annotate(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected


# A date with its year and clock alone on its line anywhere in the page (a reader's comment, a live update) dates
# what follows it: relative dates after it count from its day; a stamp after the anchor changes nothing.
BODY_STAMPS = [
    ("Вчера выборщики проголосовали. " + "Итоги подведены. " * 100 + "\n\nКомментарии\n\n14 Декабря 2020 21:46\n\n"
     "На этой неделе все решится. А вчера был спор.", "2021-02-01",
     [("Вчера", "2021-01-31", "relative_day"), ("14 Декабря 2020 21:46", "2020-12-14T21:46", "merge_date_time"),
      ("этой неделе", "2020-W51", "relative_unit"),
      ("вчера", "2020-12-13", "relative_day")]),
    ("Выборщики проголосовали.\n\nКомментарии\n\n3 Февраля 2021 10:00\n\nА вчера был спор.", "2021-02-01",
     [("3 Февраля 2021 10:00", "2021-02-03T10:00", "merge_date_time"), ("вчера", "2021-01-31", "relative_day")]),
]


@pytest.mark.parametrize(("text", "published_at", "expected"), BODY_STAMPS)
def test_a_stamp_line_in_the_body_dates_what_follows(text, published_at, expected):
    assert [(d.text, d.value, d.rule) for d in run(text, published_at).dates] == expected


# Pages with no stamp, plan or dated lead line: the lead's latest dated day, more than two weeks and less than half a
# year before published_at (a crawl date), is the earliest day the text was written on; relative dates count from it
# (W004), a weekday takes the nearest such day, and dates without a year keep published_at as their bound. A day
# whose year was inferred counts only as the lead's news (past clause, first 1000 characters, not retold background,
# more than a month back: a statement reported two weeks late is still the news of published_at).
STORY_DAY = [
    # 2020-11-03 is a Tuesday: "в среду" is the next day, "в этом году" the story's year
    ("Выборы в США\n\nГолосование на выборах президента завершилось 3 ноября. В среду штаб объявил о победе. В этом "
     "году явка была рекордной.", "2021-02-01",
     [("3 ноября", "2020-11-03", "day_month"), ("среду", "2020-11-04", "weekday"),
      ("этом году", "2020", "relative_unit")], True),
    ("Заголовок\n\nВчера вакцину доставили, а 30 декабря 2020 года её испытали.", "2021-02-01",
     [("Вчера", "2020-12-29", "relative_day"), ("30 декабря 2020 года", "2020-12-30", "day_month")], True),
    # a time with no day said before it is on that day too
    ("Заголовок\n\nПо данным на 9:40 у кандидата 220 голосов. Голосование завершилось 3 ноября.", "2021-02-01",
     [("9:40", "2020-11-03T09:40", "clock_colon"), ("3 ноября", "2020-11-03", "day_month")], True),
    ("Заголовок\n\nБайден опережает Трампа. CNN сообщил об этом 14 декабря. Вчера выборщики собрались.",
     "2021-02-01", [("14 декабря", "2020-12-14", "day_month"), ("Вчера", "2020-12-13", "relative_day")], True),
    # ... not a background day: retold, a document's date, long before published_at, or a lead that goes on to a later
    # month
    ("Заголовок\n\nВ воскресенье самолет сел в Сочи. Ранее в этом месяце, 11 июля, другой борт вернулся в аэропорт.",
     "2024-07-29", [("воскресенье", "2024-07-28", "weekday"), ("этом месяце", "2024-07", "relative_unit"),
                    ("11 июля", "2024-07-11", "day_month")], False),
    ("Заголовок\n\nМинистр подписал договор 5 мая. Вчера стороны обменялись нотами.", "2025-05-20",
     [("5 мая", "2025-05-05", "day_month"), ("Вчера", "2025-05-19", "relative_day")], False),
    ("Заголовок\n\nВчера суд вынес приговор. Преступление было совершено 5 мая 2017 года.", "2019-03-06",
     [("Вчера", "2019-03-05", "relative_day"), ("5 мая 2017 года", "2017-05-05", "day_month")], False),
    ("Заголовок\n\nДоступ к сайту ограничен по решению суда от 25.11.2020. Вчера сайт заработал.", "2021-02-01",
     [("25.11.2020", "2020-11-25", "numeric_date"), ("Вчера", "2021-01-31", "relative_day")], False),
    ("Заголовок\n\n28 декабря 2024 года министр позвонил коллеге. В июле 2025 года он заявил об иске. Сегодня министры "
     "созвонились снова.", "2025-10-07",
     [("28 декабря 2024 года", "2024-12-28", "day_month"), ("июле 2025 года", "2025-07", "month_name"),
      ("Сегодня", "2025-10-07", "relative_day")], False),
]


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), STORY_DAY)
def test_the_leads_latest_day_anchors_relative_dates(text, published_at, expected, warned):
    doc = run(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    assert [code for code, _ in doc.extras.get("warnings", [])] == (["W004"] if warned else [])


@pytest.mark.parametrize(("text", "published_at", "expected", "warned"), STORY_DAY)
def test_the_leads_latest_day_with_slovnet_tense(annotate, text, published_at, expected, warned):
    doc = annotate(text, published_at)
    assert [(d.text, d.value, d.rule) for d in doc.dates] == expected
    assert [code for code, _ in doc.extras.get("warnings", [])] == (["W004"] if warned else [])
