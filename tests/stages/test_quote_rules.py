"""The quote rule classes of the real-news work (issue "Quotes on real news"), one (text, expected quote, expected
speaker, expected rule) row or more per class. The sentences are made up for these tests.

Every row runs the rule stages (entities, coref, quotes) over its stored parse (tests/data/parses/quotes.conllu, so
no slovnet is needed) and looks for the quote with the expected text: it must exist, come from the expected rule
and name the expected speaker (None: no speaker). Every registered quote rule has a row (test_every_rule_has_a_row).

After adding or changing a row, refresh the parses (slovnet runs once, here):

    .venv/bin/python -m tests.stages.test_quote_rules > /tmp/quote-rows.jsonl
    .venv/bin/python -m tests.parses /tmp/quote-rows.jsonl tests/data/parses/quotes.conllu
"""

from __future__ import annotations

import copy
import json
from functools import cache

import pytest

from pipeline.document import Document, QuoteAnn
from pipeline.evaluation.common import annotate as annotate_articles
from pipeline.lang.marks import is_dash
from pipeline.quotes import RULE_NAMES
from pipeline.quotes.clauses import reference_source_at
from pipeline.quotes.confidence import quote_confidence
from pipeline.quotes.context import Candidate, Context
from pipeline.quotes.descriptions import is_outlet, latest_outlet
from pipeline.quotes.extract import _agrees, _whole_quoted
from pipeline.quotes.referents import Speaker
from pipeline.quotes.speakers import role_lemma
from pipeline.record import _quotes as record_quotes
from pipeline.rules import rules_of, tracing
from tests.parses import PARSES, read_parses, run_stages

# (class, text, expected quote, expected speaker, expected rule)
# eight sentences of one quotation: a person named before it is out of the salience window after it (quotes82)
_LONG_QUOTE = ("«Мы открыты к диалогу. Мы готовы слушать. Мы готовы говорить. Мы ждем ответа. Время не ждет. Вопросов "
               "много. Ответов пока мало. Работа продолжается»")

RULE_ROWS = [
    # dash variants as the attribution dash
    ("dash-minus", "«Мы готовы к переговорам», − сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-double-hyphen", "«Мы готовы к переговорам», -- сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-figure", "«Мы готовы к переговорам», ‒ сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-bar", "«Мы готовы к переговорам» ― сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-minus-split", "«Мы готовы, − сказал министр Иван Петров. − Но не сегодня».",
     "Но не сегодня", "Иван Петров", "direct_split"),
    # a no-break space before the attribution's dash, as many sources type it (quotes101: pool 58 quotes gained)
    ("dash-nbsp-after", "«Мы готовы к переговорам»,\u00a0— сказал министр Иван Петров.",
     "Мы готовы к переговорам", "Иван Петров", "direct_after"),
    ("dash-nbsp-split", "«Мы готовы,\u00a0— сказал министр Иван Петров,\u00a0— но не сегодня».",
     "но не сегодня", "Иван Петров", "direct_split"),
    ("dash-nbsp-line", "Министр ответил на вопросы журналистов.\n\n— Переговоры будут трудными,\u00a0— сказал Иван "
     "Петров.", "Переговоры будут трудными", "Иван Петров", "direct_dash_line"),
    # a quotation of several paragraphs marks each one and closes only the last: a paragraph opening with an unpaired
    # mark after an attributed quotation goes on with it (quotes101, direct_paragraph_continued)
    ("paragraph-continued", "«Власти не понимают, что происходит», — пишет политолог Иван Петров на своей странице в "
     "Facebook.\n\n«Следующий шаг приведет к новому кризису, и отвечать за него будет некому.\n\nВ этом году все "
     "повторится.", "Следующий шаг приведет к новому кризису, и отвечать за него будет некому", "Иван Петров",
     "direct_paragraph_continued"),
    # the excerpt opening a blog column under its title line, its mark unpaired: the column's author's
    ("paragraph-continued-column", "Иван Петров: «Почему проиграла реформа»\n\n«Реформа провалилась потому, что "
     "никто не хотел ее проводить.\n\nВ этом году все повторится.",
     "Реформа провалилась потому, что никто не хотел ее проводить", "Иван Петров", "direct_paragraph_continued"),
    # finalread-zb2: a paragraph with an attribution dash of its own is no paragraph going on with the speaker
    # before (direct_paragraph_continued's OWN_ATTRIBUTION guard): the next quotation goes on with Глушаков, not Кононов
    ("paragraph-continued-own-attribution", "«Мы будем бороться до конца», — сказал тренер Олег Кононов после "
     "матча.\n\n«Мы не согласны с судейством, — возразил капитан команды Денис Глушаков. — Нас засудили в "
     "концовке.\n\n«Следующий матч все решит».", "Следующий матч все решит", "Денис Глушаков", "direct_standalone"),
    # a quotation after a dash inside a sentence completes that sentence: the sentence's own quote, not a
    # direct_standalone going on with the speaker quoted before (quotes101, mid_sentence_dash)
    ("standalone-mid-sentence-dash", "«Реформа провалилась», — сказал политолог Иван Петров.\n\nАналитик Олег Сидоров "
     "считает, что возвращение министра маловероятно - «ему просто не на кого опереться».",
     "возвращение министра маловероятно - «ему просто не на кого опереться»", "Олег Сидоров", "indirect_that"),
    # speech verbs of the lexicon
    ("verb-complain", "«Это ошибка», — посетовал депутат Иван Козлов.", "Это ошибка", "Иван Козлов", "direct_after"),
    ("verb-retort", "«Это не так», — парировал адвокат Павел Зуев.", "Это не так", "Павел Зуев", "direct_after"),
    ("verb-sum-up", "«Мы сделали всё возможное», — резюмировал тренер Игорь Белов.",
     "Мы сделали всё возможное", "Игорь Белов", "direct_after"),
    ("verb-state", "«Спрос упал», — констатировал аналитик Пётр Рыбин.", "Спрос упал", "Пётр Рыбин", "direct_after"),
    ("verb-conclude-imperfective", "«Рынок восстановится не раньше весны», — заключает аналитик Ольга Дымова.",
     "Рынок восстановится не раньше весны", "Ольга Дымова", "direct_after"),
    ("verb-assure-perfective", "«Цены на хлеб не вырастут», — уверил министр экономики Антон Зорин.",
     "Цены на хлеб не вырастут", "Антон Зорин", "direct_after"),
    ("verb-needle", "«Нам жаль, что газета допустила такие ошибки», — поддел пресс-секретарь Олег Зимин известное "
     "издание.", "Нам жаль, что газета допустила такие ошибки", "Олег Зимин", "direct_after"),
    ("verb-ask-oneself", "«Кто за это заплатит?» — задался вопросом журналист Антон Орлов.",
     "Кто за это заплатит?", "Антон Орлов", "direct_after"),
    # attributed headlines
    ("headline-colon-quote",
     "Лавров: «Мы не будем отвечать на провокации»\nМинистр иностранных дел России Сергей Лавров выступил в Женеве.",
     "Мы не будем отвечать на провокации", "Сергей Лавров", "direct_headline"),
    ("headline-colon-plain",
     "Минфин: ставка налога на прибыль вырастет в следующем году\nМинистерство финансов России опубликовало проект.",
     "ставка налога на прибыль вырастет в следующем году", "Минфин", "indirect_headline"),  # the mention's name
    ("headline-time-stamp",
     "12.03, 10:15 Собянин: метро на юге Москвы закроют на выходные\nМэр Москвы Сергей Собянин сообщил об этом.",
     "метро на юге Москвы закроют на выходные", "Сергей Собянин", "indirect_headline"),
    ("headline-dash-source",
     "Переговоры о поставках газа зашли в тупик — источник\nСтороны не смогли договориться о цене.",
     "Переговоры о поставках газа зашли в тупик", "источник", "indirect_headline"),
    # a verbless headline content is a statement when a predicative word or a dash between words makes it one
    # (`has_predicate`); with none it is a topic (NOT_QUOTE_ROWS "headline-topic-noun-phrase")
    ("headline-verbless-predicative",
     "Минфин: никаких новых налогов в следующем году нет\nМинистерство финансов России опубликовало проект.",
     "никаких новых налогов в следующем году нет", "Минфин", "indirect_headline"),
    ("headline-verbless-dash",
     "Эксперты: выборы в парламент — начало конца эпохи\nАналитики обсудили итоги голосования.",
     "выборы в парламент — начало конца эпохи", "эксперты", "indirect_headline"),
    # a nominative adjective before the name leaves it the source (`oblique_source` turns down oblique ones only)
    ("headline-source-nominative-adjective",
     "Британская Globex: добыча нефти вырастет в следующем году\nКомпания опубликовала отчет.",
     "добыча нефти вырастет в следующем году", "британская Globex", "indirect_headline"),
    # oblique words after a person noun in the nominative are that person's complement, the name its apposition
    # (`oblique_source` guard `_person_before`); a full adjective after its noun is the headline's predicate
    # (`_adjective_predicate`) (finalread-v1)
    ("headline-source-role-complement",
     "Экс-президент Молдавии Иван Петров: меня преследуют по политическим мотивам\nПолитик живет в эмиграции.",
     "меня преследуют по политическим мотивам", "Иван Петров", "indirect_headline"),
    ("headline-verbless-adjective", "Минсельхоз: урожай зерна в этом году рекордный\nВедомство подвело итоги сезона.",
     "урожай зерна в этом году рекордный", "Минсельхоз", "indirect_headline"),
    # collective and evaluative cues
    ("collective", "Эксперты сошлись во мнении, что рынок восстановится к осени.",
     "рынок восстановится к осени", "эксперты", "indirect_phrase_that"),
    ("confidence-phrase", "Директор выразил уверенность, что завод будет запущен в срок.",
     "завод будет запущен в срок", "директор", "indirect_phrase_that"),
    ("naming-quoted", "Министр Анна Сидорова назвала переговоры «трудными и долгими».",
     "трудными и долгими", "Анна Сидорова", "direct_named"),
    ("naming-complement-first", "Председатель Думы Борис Грызлов назвал тяжелой утратой гибель президента.",
     "тяжелой утратой гибель президента", "Борис Грызлов", "indirect_naming"),
    ("considering", "Власти региона считают референдум нелегитимным.",
     "референдум нелегитимным", "власти региона", "indirect_naming"),
    ("stance-object", "Бывший министр Олег Гусев признал вмешательство в выборы.",
     "вмешательство в выборы", "Олег Гусев", "indirect_object"),
    ("stance-object-praise", "Министр Иван Петров похвалил российскую сборную за уверенную игру.",
     "российскую сборную за уверенную игру", "Иван Петров", "indirect_object"),
    ("stance-object-announce", "Мэр Сергей Орлов анонсировал отставку главы городского транспорта.",
     "отставку главы городского транспорта", "Сергей Орлов", "indirect_object"),
    ("about-this-after-time", "Переправу закрыли на ремонт. В минувшую пятницу об этом сообщил мэр Игорь Крылов.",
     "Переправу закрыли на ремонт", "Игорь Крылов", "indirect_about_this"),
    ("parenthetical-second-predicate", "Впереди много работы, написал мэр Игорь Крылов в своем блоге и пообещал, "
     "что дороги отремонтируют к осени.", "Впереди много работы", "Игорь Крылов", "indirect_parenthetical"),
    ("dash-line-broken", "Запись идёт по телефону.\n\n— Записаться можно заранее, — объяснила оператор Анна Титова. — "
     "Иногда ещё возникает\n\nпроблема с талонами.\n\nДругие новости.", "Иногда ещё возникает\n\nпроблема с талонами",
     "Анна Титова", "direct_dash_line"),
    ("as-verdict", "Профсоюз расценил увольнение водителей как месть за забастовку.",
     "увольнение водителей как месть за забастовку", "профсоюз", "indirect_as_verdict"),
    ("headline-quote-then-subject", "«Мы готовы к диалогу»: министр назвал условия переговоров\n\n"
     "Министр иностранных дел Олег Зорин выступил в парламенте.", "Мы готовы к диалогу", "Олег Зорин",
     "direct_headline_subject"),
    ("that-coordinated-first", "Директор завода напомнил, что «план выполнен», а также что смены сократят.",
     "«план выполнен»", "директор завода", "indirect_that"),
    ("that-coordinated-second", "Директор завода напомнил, что «план выполнен», а также что смены сократят.",
     "смены сократят", "директор завода", "indirect_that"),
    ("stance-object-claim", "В Кремле опровергли эти слухи.", "эти слухи", "Кремль", "indirect_object"),
    ("stance-object-rating", "Министр Иван Петров высоко оценил работу городских служб.",
     "работу городских служб", "Иван Петров", "indirect_object"),
    ("concern-with", "Совет директоров выразил несогласие с решением суда.", "с решением суда",
     "совет директоров", "indirect_concern"),
    ("accusation-suspicion", "Эксперты фонда заподозрили министерство в сокрытии данных о расходах.",
     "министерство в сокрытии данных о расходах", "эксперты фонда", "indirect_accuse"),
    # participle and gerund cues
    ("gerund-that", "Губернатор уехал в Москву, подчеркнув, что вопрос будет решён.",
     "вопрос будет решён", "губернатор", "indirect_that"),
    ("gerund-main-clause-after", "Подчеркнув, что бюджет будет исполнен, министр покинул зал.",
     "бюджет будет исполнен", "министр", "indirect_that"),
    ("gerund-accusation", "Обвинив Россию в нарушениях, США вышли из договора.", "Россию в нарушениях", "США",
     "indirect_accuse"),
    # source phrases
    ("by-estimate", "По оценке аналитика Сергея Волкова, цены вырастут на пять процентов.",
     "цены вырастут на пять процентов", "Сергей Волков", "indirect_according"),
    ("as-remarked", "Как заметил депутат Олег Смирнов, закон вступит в силу в мае.",
     "закон вступит в силу в мае", "Олег Смирнов", "indirect_as_says"),
    ("as-told-later", "Как позже рассказал бывший губернатор Олег Лапин, уволился он не по своей воле.",
     "уволился он не по своей воле", "Олег Лапин", "indirect_as_says"),
    ("trailing-addressee",
     "Новая станция метро появится у вокзала, сообщил в пятницу «Интерфаксу» архитектор Иван Зотов.",
     "Новая станция метро появится у вокзала", "Иван Зотов", "indirect_trailing"),
    # an organization the parse made the subject right after the cue is its addressee when an animate subject
    # follows: "рассказал ФБА «…» экономист X"
    ("trailing-outlet-addressee", "Идея остаётся популярной, рассказал ФБА «Экономика сегодня» социолог, сотрудник "
     "Института права Борис Ковальчук.", "Идея остаётся популярной", "Борис Ковальчук", "indirect_trailing"),
    ("trailing-outlet-addressee-role", "Налоги снизят не скоро, рассказал АБН «Экономика сегодня» экономист, "
     "профессор Института финансов Глеб Пряников.", "Налоги снизят не скоро", "Глеб Пряников", "indirect_trailing"),
    # a bare dative after the cue that the parse made its subject, with no nominative after it, is whom the speaker
    # told: the nominative before the cue speaks (quotes98, subjects._addressee_subject, traced `dative_addressee`);
    # guard: a nominative organization after the cue is the speaker itself
    ("speaker-dative-addressee-before", "Губернатор Кировской области Никита Белых, которого недавно публично отчитал "
     "премьер, заявил \"МК\", что перед ним никто никаких задач не ставил.",
     "перед ним никто никаких задач не ставил", "Никита Белых", "indirect_that"),
    ("speaker-dative-addressee-nominative", "Губернатор области Никита Белых прилетел в Москву, сообщило вчера ТАСС.",
     "Губернатор области Никита Белых прилетел в Москву", "ТАСС", "indirect_trailing"),
    ("remarked-trailing", "Закон вступит в силу в мае, заметил депутат Олег Смирнов.",
     "Закон вступит в силу в мае", "Олег Смирнов", "indirect_trailing"),
    # expectation verbs
    ("expectation", "Минск рассчитывает, что поставки нефти возобновятся в марте.",
     "поставки нефти возобновятся в марте", "Минск", "indirect_that"),
    ("expectation-expect", "Аналитики ожидают, что курс рубля стабилизируется.",
     "курс рубля стабилизируется", "аналитики", "indirect_that"),
    # impersonal cues: speaker null
    ("impersonal-expected", "Ожидается, что мост откроют до конца года.",
     "мост откроют до конца года", None, "indirect_impersonal_that"),
    ("impersonal-accepted", "Принято считать, что зима в этом году будет мягкой.",
     "зима в этом году будет мягкой", None, "indirect_impersonal_that"),
    ("impersonal-became-known", "Стало известно, что компания закрывает завод в Туле.",
     "компания закрывает завод в Туле", None, "indirect_impersonal_that"),
    # a report that appeared, with no source: "появились сообщения / появилась информация о том, что" (quotes85)
    ("impersonal-appeared-reports", "Накануне в прессе появились сообщения о том, что губернатор области подал в "
     "отставку.", "губернатор области подал в отставку", None, "indirect_impersonal_that"),
    ("impersonal-appeared-information", "Позже появилась информация, что погибли три человека.",
     "погибли три человека", None, "indirect_impersonal_that"),
    ("impersonal-appeared-on-site", "На сайте министерства обороны появилась информация, что учения пройдут в мае.",
     "учения пройдут в мае", "сайт министерства обороны", "indirect_impersonal_that"),
    # "<A>, заключает издание": "заключил" as an attribution, like "заметил" (REMARK_VERBS; quotes85)
    ("trailing-concludes", "Кризис в отрасли продлится еще два года, заключает газета «Ведомости».",
     "Кризис в отрасли продлится еще два года", "Ведомости", "indirect_trailing"),
    # hearsay and one of several versions: source phrases with no source (quotes85)
    ("according-hearsay", "По слухам, клуб уже нашел нового тренера.", "клуб уже нашел нового тренера", None,
     "indirect_according"),
    ("according-one-of-versions", "По одной из версий, пожар начался из-за неисправной проводки.",
     "пожар начался из-за неисправной проводки", None, "indirect_according"),
    # "Об этом, как передает X / по данным X, сообщил Y": the outlet's phrase relays Y's words about the sentence
    # before (complements._relaying_phrase_end); "Как и предполагали X, A" opens A with a source phrase (quotes85)
    ("about-this-relayed-outlet", "Цены на газ вырастут на десять процентов. Об этом, как передает ТАСС, заявил в "
     "среду министр энергетики Иван Петров.", "Цены на газ вырастут на десять процентов", "Иван Петров",
     "indirect_about_this"),
    ("about-this-relayed-according", "Стадион откроют в мае. Об этом, по данным «Интерфакса», сообщил на "
     "пресс-конференции мэр Олег Смирнов.", "Стадион откроют в мае", "Олег Смирнов", "indirect_about_this"),
    ("about-this-as-also", "Как и предполагали депутаты, президент решил обжаловать постановление. Об этом заявила "
     "представитель президента Анна Орлова.", "президент решил обжаловать постановление", "Анна Орлова",
     "indirect_about_this"),
    # an authority's finding set off as a parenthetical: the body that concluded it (quotes85)
    ("according-conclusion", "По заключению Генеральной прокуратуры, приговор был вынесен законно.",
     "приговор был вынесен законно", "Генеральная прокуратура", "indirect_according"),
    # nested sources: two quotes
    ("nested-outer", "Как утверждают соседи, Петров сказал, что уезжает навсегда.",
     "Петров сказал, что уезжает навсегда", "соседи", "indirect_as_says"),
    ("nested-inner", "Как утверждают соседи, Петров сказал, что уезжает навсегда.",
     "уезжает навсегда", "Петров", "indirect_that"),
    # an outlet and the person it quotes: two quotes
    ("outlet-words-of", "Суд вынес приговор. «Вина подсудимого полностью доказана», — приводит слова судьи ТАСС.",
     "Вина подсудимого полностью доказана", "ТАСС", "direct_after"),
    ("outlet-words-of-person",
     "Суд вынес приговор. «Вина подсудимого полностью доказана», — приводит слова судьи ТАСС.",
     "Вина подсудимого полностью доказана", "судья", "direct_quoting"),
    ("outlet-quotes-person",
     "Губернатор прибыл в город. «Мы восстановим мост за месяц», — цитирует губернатора агентство «Интерфакс».",
     "Мы восстановим мост за месяц", "Интерфакс", "direct_quoting"),
    ("outlet-quotes-named-person",
     "Мэр выступил по радио. «Записалось около полумиллиона человек», — цитирует РИА Новости Собянина.",
     "Записалось около полумиллиона человек", "РИА Новости", "direct_quoting"),
    ("outlet-passes-statement",
     "Агентство ТАСС так передает заявление Зеленского: «Нас вдохновляет стойкость демократических институтов».",
     "Нас вдохновляет стойкость демократических институтов", "ТАСС", "direct_quoting"),
    # the quoted words' owner is the person ("цитирует газета его слова", "слова источника"): subjects.words_owner
    ("outlet-quotes-possessive-words",
     "Министр Иван Петров выступил на форуме. «Мы не допустим повышения цен», — цитирует газета «Вестник» его слова.",
     "Мы не допустим повышения цен", "Иван Петров", "direct_after"),
    ("outlet-quotes-possessive-words-outlet",
     "Министр Иван Петров выступил на форуме. «Мы не допустим повышения цен», — цитирует газета «Вестник» его слова.",
     "Мы не допустим повышения цен", "Вестник", "direct_quoting"),
    ("outlet-quotes-words-of-source",
     "Решение отложили. «Санкции могут ужесточить уже в ноябре», — цитирует газета слова источника в правительстве.",
     "Санкции могут ужесточить уже в ноябре", "источник в правительстве", "direct_after"),
    ("outlet-words-possessive-person",
     "Депутат Анна Крылова выступила в парламенте. «Закон нужно отменить», — приводит ее слова агентство «Интерфакс».",
     "Закон нужно отменить", "Анна Крылова", "direct_quoting"),
    # an unnamed source is a person, however it declines ("источник"): not the outlet of its phrase, and what a
    # pronoun after it means (speakers._organization, coref's speaking_source)
    ("speaker-unnamed-source-outlet",
     "Источник издания Znak.com подтвердил, что решение завода связано со стагнацией на рынке. Он высказал надежду, "
     "что ситуация будет выправляться.", "решение завода связано со стагнацией на рынке",
     "источник издания Znak.com", "indirect_that"),
    ("speaker-unnamed-source-pronoun",
     "Источник издания Znak.com подтвердил, что решение завода связано со стагнацией на рынке. Он высказал надежду, "
     "что ситуация будет выправляться.", "ситуация будет выправляться", "источник издания Znak.com", "indirect_that"),
    ("speaker-unnamed-source-possessive",
     "Мэр Сергей Носов заявил, что завод не закроют. Источник в МВД сообщил, что задержанных отпустили. По его "
     "словам, их вызовут на допрос.", "их вызовут на допрос", "источник в МВД", "indirect_according"),
    # "источник" stays unnamed (QUOTES.md): never the person named or quoted before it, but the "источник" phrase
    # quoted before, else its own phrase (speakers._nameless_source)
    ("speaker-nameless-source-back",
     "Губернатор Олег Зимин заявил, что пойдет на выборы. Источник в администрации сообщил, что команда уже "
     "готовится. «Все исходят из того, что губернатор идет на новый срок», — пояснил источник.",
     "Все исходят из того, что губернатор идет на новый срок", "источник в администрации", "direct_after"),
    ("speaker-nameless-source-another-since",  # another source brought in since the one quoted: its own phrase
     "Источник РБК сообщил, что сделка отменена. Эту информацию подтвердил источник «Интерфакса». «Сделки не будет», "
     "— сказал источник.", "Сделки не будет", "источник", "direct_after"),
    ("speaker-nameless-source-after-person",
     "Министр Иван Петров заявил, что реформа будет продолжена. «Решение о сроках пока не принято», — уточнил "
     "источник.", "Решение о сроках пока не принято", "источник", "direct_after"),
    ("speaker-nameless-source-genitive",
     "Глава МИД Сергей Лавров прибыл в Минск. По сведениям источника агентства, переговоры продлятся два дня.",
     "переговоры продлятся два дня", "источник агентства", "indirect_according"),
    ("speaker-nameless-source-close-to",
     "Глава компании Олег Дерипаска заявил, что совет директоров соберется в среду. Решение о назначении нового "
     "директора пока не принято, уточняет источник, близкий к компании.",
     "Решение о назначении нового директора пока не принято", "источник", "indirect_trailing"),
    ("speaker-nameless-source-close-to-outlet",
     "Министр Олег Зимин заявил, что бюджет будет принят. Меры поддержки сохранятся, объяснил РБК источник, близкий "
     "к правительству.", "Меры поддержки сохранятся", "источник", "indirect_trailing"),
    # a bare "агентство" that reports is a news agency: a ministry is never called one (descriptions.of_kind)
    ("outlet-agency-later",
     "Сухогруз обнаружила китайская сторона, сообщил «Интерфакс» со ссылкой на МИД КНР. Однако позднее агентство "
     "сообщило, что сведения не подтвердились.", "сведения не подтвердились", "Интерфакс", "indirect_that"),
    ("outlet-agency-after-quoted-body",
     "«Под обстрел попал пожарный расчет», — рассказал «Интерфаксу» представитель МЧС ДНР. Эти районы находятся "
     "вблизи аэропорта, отмечает агентство.", "Эти районы находятся вблизи аэропорта", "Интерфакс",
     "indirect_trailing"),
    # with no medium in reach, a federal agency's clipped name is the "агентство" (descriptions.federal_name)
    ("outlet-agency-federal-name",
     "Росавиация ввела ограничения на полеты в южные аэропорты. «Ограничения продлятся до 10 марта», — сообщило "
     "агентство.", "Ограничения продлятся до 10 марта", "Росавиация", "direct_after"),
    # a ministry that only ever "сообщило" is no medium for a later "агентство" (descriptions._reporting_body)
    ("outlet-agency-after-reporting-body",
     "Минобороны сообщило о перехвате беспилотников. «Все цели уничтожены», — отмечает агентство.",
     "Все цели уничтожены", "агентство", "direct_after"),
    ("outlet-trailing",
     "Метро закроют на ремонт. Об этом заявил мэр Казани Иван Фомин в эфире радио, передает РИА Новости.",
     "Метро закроют на ремонт", "РИА Новости", "indirect_outlet"),
    # a trailing outlet after an inner source's cue reports that source's content: the outlet's quote takes the
    # inner content's span, not the whole sentence (quotes105, extract._on_inner_content, traced
    # `outlet_inner_content`); after "по словам X" the outlet's quote is kept beside X's (extract._outlet_of_inner);
    # guard: a person's trailing cue keeps the whole sentence
    # "по словам одного из сотрудников": one of a group named by a noun is the source, named "один из …" (QUOTES.md's
    # unnamed source; quotes105, indirect._one_of_group, traced `one_of_group`); guard: "одного из них" names no group
    ("according-one-of-group", "По словам одного из сотрудников полиции, задержанный не сопротивлялся.",
     "задержанный не сопротивлялся", "один из сотрудников полиции", "indirect_according"),
    ("according-one-of-pronoun-guard", "Рабочие вышли на площадь. По словам одного из них, зарплату не платят "
     "полгода.", "зарплату не платят полгода", None, "indirect_according"),
    ("outlet-inner-that", "Министр финансов Антон Силуанов заявил, что бюджет будет исполнен, передает ТАСС.",
     "бюджет будет исполнен", "ТАСС", "indirect_outlet"),
    ("outlet-inner-according", "По словам министра финансов Антона Силуанова, бюджет будет исполнен, сообщает "
     "«Интерфакс».", "бюджет будет исполнен", "Интерфакс", "indirect_outlet"),
    ("outlet-inner-person-guard", "Губернатор Олег Петров заявил, что мост откроют в мае, написал в своем блоге "
     "депутат Иван Смирнов.", "Губернатор Олег Петров заявил, что мост откроют в мае", "Иван Смирнов",
     "indirect_trailing"),
    # guards: an outlet told by a person in the dative is no outlet's trailing cue; a main clause before the inner
    # cue ("задержали …, где, по некоторым данным, …") leaves the outlet the whole sentence (extract._opens_content)
    ("outlet-inner-addressee-guard", "Губернатор Олег Петров заявил, что мост откроют в мае, сообщил «Интерфаксу» "
     "его помощник Иван Смирнов.", "Губернатор Олег Петров заявил, что мост откроют в мае", "Иван Смирнов",
     "indirect_trailing"),
    ("outlet-inner-main-clause-guard", "Полицейские задержали двух мужчин в пригороде Белграда, где, по некоторым "
     "данным, базировалась банда, сообщает ТАСС.", "Полицейские задержали двух мужчин в пригороде Белграда, где, по "
     "некоторым данным, базировалась банда", "ТАСС", "indirect_trailing"),
    # guards: a medium in a prepositional phrase of the verb (where the words were said) or owned by a person's noun
    # (an editor, a spokeswoman of an agency) is no subject of the verb: a person speaks (finalread-zc2,
    # extract._not_the_subject)
    ("outlet-inner-venue-guard", "Министр заявил, что бюджет будет исполнен, сообщил в эфире телеканала «Россия 24» "
     "депутат Иван Петров.", "Министр заявил, что бюджет будет исполнен", "Иван Петров", "indirect_trailing"),
    ("outlet-inner-editor-guard", "Мэр заявил, что метро откроют в декабре, сообщил главный редактор газеты «Вечерняя "
     "Москва» Иван Петров.", "Мэр заявил, что метро откроют в декабре", "Иван Петров", "indirect_trailing"),
    # a clause ending with a quoted fragment, then a trailing cue: the clause is the quote (quotes71)
    ("trailing-mixed-fragment", "Сближение с Россией Сухуми начнет «пока с экономики», подчеркнул Сергей Багапш.",
     "Сближение с Россией Сухуми начнет «пока с экономики»", "Сергей Багапш", "indirect_trailing"),
    # guard: a quotation opened after a word that runs on past a sentence end is one direct quote, no fragment of
    # its clause (finalread-s1; pool rucoco-2001_russia_otstavka)
    ("direct-after-passage-opened-mid-clause", "По этому поводу Владимир Путин заявил, что правительству необходимо "
     "«выйти со своими предложениями в Госдуму. Абсолютно уверен, что депутаты нас поддержат», — сказал президент.",
     "выйти со своими предложениями в Госдуму. Абсолютно уверен, что депутаты нас поддержат", "Владимир Путин",
     "direct_after"),
    # "счесть", the perfective of "считать", reports an opinion like it (quotes71)
    ("consider-perfective-that", "Столичный суд счел, что мигрантам в стране ничего не угрожало.",
     "мигрантам в стране ничего не угрожало", "столичный суд", "indirect_that"),
    ("consider-perfective-naming", "Эксперты сочли решение суда ошибочным.", "решение суда ошибочным", "эксперты",
     "indirect_naming"),
    ("outlet-referring-gerund",
     "Пожилые люди легче переносят прививку. Об этом пишет «Российская газета», ссылаясь на гериатра Ольгу Ткачеву.",
     "Пожилые люди легче переносят прививку", "Ольга Ткачева", "indirect_reference"),
    # an attribution a paragraph away
    ("colon-paragraph-before", "Заявление министра Ивана Петрова звучало так:\n\n«Мы не отступим от своих планов»",
     "Мы не отступим от своих планов", "Иван Петров", "direct_colon_noun"),
    ("colon-from-source", "Компания удалила аккаунты. Важное уточнение этой истории пришло от CNN: «Хотя аккаунты "
     "выдавали себя за американцев, многие были едины в своем мнении».",
     "Хотя аккаунты выдавали себя за американцев, многие были едины в своем мнении", "CNN", "direct_colon_subject"),
    # where the source is a page
    ("source-site", "Мост откроют в мае, сообщается в субботу на сайте мэрии Казани.",
     "Мост откроют в мае", "сайт мэрии Казани", "indirect_trailing"),
    # every registered rule, one row at least (test_every_rule_has_a_row)
    ("after", "«Налоги не вырастут», — сказал министр Олег Титов.", "Налоги не вырастут", "Олег Титов", "direct_after"),
    ("split", "«Налоги не вырастут, — сказал министр Олег Титов. — Но расходы сократятся».",
     "Но расходы сократятся", "Олег Титов", "direct_split"),
    ("continuation", "«Мы готовы к диалогу», — сказал министр Олег Титов. «Переговоры начнутся завтра утром».",
     "Переговоры начнутся завтра утром", "Олег Титов", "direct_continuation"),
    ("colon-verb", "Компания переехала в новый офис. Интересную подробность сообщил директор Павел Громов: «Офис стал "
     "вдвое больше прежнего».", "Офис стал вдвое больше прежнего", "Павел Громов", "direct_colon"),
    ("colon-infinitive", "Директор Павел Громов решил, что пора заявить прямо: «Завод ещё приносит прибыль».",
     "Завод ещё приносит прибыль", "Павел Громов", "direct_colon_infinitive"),
    ("colon-context", "Министр Олег Титов выступил на съезде. Итог был таким: «Мы выполнили все обещания».",
     "Мы выполнили все обещания", "Олег Титов", "direct_colon_context"),
    ("colon-context-named", "Министр Олег Титов выступил на съезде. Отклик нашелся и у пенсионерки Анны Ветровой: "
     "«Мы все давно ждали этих перемен».", "Мы все давно ждали этих перемен", "Анна Ветрова",
     "direct_colon_context"),
    ("colon-clause-title", "Министр Олег Титов выступил на съезде. Доволен и актер Павел Громов, знакомый по фильму "
     "«Старый дом»: «Это хорошая новость для всех нас».", "Это хорошая новость для всех нас", "Павел Громов",
     "direct_colon_subject"),
    ("colon-context-label", "Министр Олег Титов выступил на съезде.\n\n- Помощница министра Олега Титова: «Он "
     "очень устал за эти дни».", "Он очень устал за эти дни", None, "direct_colon_context"),
    ("list-first", "Министр Олег Титов заявил: «Мы снизим налоги», «Мы поддержим малый бизнес» и «Мы построим новые "
     "дороги».", "Мы снизим налоги", "Олег Титов", "direct_colon"),
    ("list-comma", "Министр Олег Титов заявил: «Мы снизим налоги», «Мы поддержим малый бизнес» и «Мы построим новые "
     "дороги».", "Мы поддержим малый бизнес", "Олег Титов", "direct_list"),
    ("list-and", "Министр Олег Титов заявил: «Мы снизим налоги», «Мы поддержим малый бизнес» и «Мы построим новые "
     "дороги».", "Мы построим новые дороги", "Олег Титов", "direct_list"),
    ("standalone", "Министр Олег Титов выступил перед депутатами. «Мы не отступим от своего курса!» Депутаты "
     "аплодировали.", "Мы не отступим от своего курса!", "Олег Титов", "direct_standalone"),
    ("named-quoted", "Мэр Игорь Лавров назвал ремонт моста «главной задачей этого года».",
     "главной задачей этого года", "Игорь Лавров", "direct_named"),
    ("dash-line", "— Мы выполним план, — сказал директор Павел Громов. — Но работать придется без выходных.",
     "Но работать придется без выходных", "Павел Громов", "direct_dash_line"),
    ("interview-question", "Интервью с тренером\nТренер Марина Белова ответила на вопросы журналистов.\n— Довольны "
     "ли вы игрой команды?\n— Да, ребята сыграли очень хорошо.", "Довольны ли вы игрой команды?", "журналисты",
     "direct_question"),
    ("interview-answer", "Интервью с тренером\nТренер Марина Белова ответила на вопросы журналистов.\n— Довольны "
     "ли вы игрой команды?\n— Да, ребята сыграли очень хорошо.", "Да, ребята сыграли очень хорошо", "Марина Белова",
     "direct_answer"),
    ("headline-quote", "Олег Титов: «Налоги не вырастут»\nМинистр выступил в Думе.", "Налоги не вырастут",
     "Олег Титов", "direct_headline"),
    ("outlet-after-direct", "«Мост откроют в мае», — заявил мэр Игорь Лавров в эфире радио, передает агентство "
     "«Интерфакс».", "Мост откроют в мае", "Интерфакс", "direct_outlet"),
    ("reference-direct", "«Цены на бензин не вырастут», — сообщило агентство со ссылкой на представителя "
     "министерства Анну Котову.", "Цены на бензин не вырастут", "Анна Котова", "direct_reference"),
    ("quoting-indirect", "Агентство «Вечерний город» передает слова министра Олега Титова о том, что налоги не "
     "вырастут.", "налоги не вырастут", "Олег Титов", "indirect_quoting"),
    ("that", "Министр Олег Титов заявил, что налоги не вырастут.", "налоги не вырастут", "Олег Титов",
     "indirect_that"),
    ("impersonal", "Сообщается, что мост откроют в мае.", "мост откроют в мае", None, "indirect_impersonal_that"),
    ("phrase-that", "Эксперты выразили уверенность, что спрос восстановится к осени.",
     "спрос восстановится к осени", "эксперты", "indirect_phrase_that"),
    ("fronted-that", "О том, что завод закроют, заявил директор Павел Громов.", "завод закроют", "Павел Громов",
     "indirect_fronted_that"),
    ("apology", "Министр Олег Титов принес извинения за задержку выплат.", "за задержку выплат", "Олег Титов",
     "indirect_apology"),
    ("about", "Министр Олег Титов объявил о повышении пенсий.", "повышении пенсий", "Олег Титов", "indirect_about"),
    ("about-this", "Завод закроют на ремонт. Об этом сообщил директор Павел Громов.", "Завод закроют на ремонт",
     "Павел Громов", "indirect_about_this"),
    ("conjoined", "Автобаза закрылась на карантин. Об этом рассказали два водителя и подтвердил диспетчер автобазы.",
     "Автобаза закрылась на карантин", "диспетчер автобазы", "indirect_conjoined"),
    ("request", "Губернатор Игорь Лавров потребовал проверить подрядчика.", "проверить подрядчика", "Игорь Лавров",
     "indirect_request"),
    ("preposition", "Депутат Олег Смирнов призвал к отставке правительства.", "отставке правительства",
     "Олег Смирнов", "indirect_preposition"),
    ("accuse", "Депутат Олег Смирнов обвинил мэрию в растрате бюджета.", "мэрию в растрате бюджета", "Олег Смирнов",
     "indirect_accuse"),
    # quotes20: a role adjective or participle used as a noun is put in the nominative and is a role ("поверенного")
    ("substantive-role-nominative", "По мнению заведующей отделением, больных стало больше.", "больных стало больше",
     "заведующая отделением", "indirect_according"),
    ("substantive-role-introduced", "Литва выразила протест в связи со словами американского временного поверенного "
     "в Вильнюсе Джона Смита. Как сообщил министр Олег Гусев, Смит был вызван в МИД. По словам временного "
     "поверенного в делах США, Вашингтон не изменит позицию.", "Вашингтон не изменит позицию", "Джон Смит",
     "indirect_according"),
    # a role with a bare hypernym ("представительница ведомства") named by a neighbouring quote's fuller description
    ("fuller-description", "Следователи изучают версии аварии. Представительница ведомства заявила, что версий "
     "осталось две. Экспертиза продолжится неделю, сообщила представительница Западного следственного управления "
     "на транспорте.", "версий осталось две", "представительница Западного следственного управления на транспорте",
     "indirect_that"),
    # ... or the person quoted last in the same paragraph
    ("hypernym-last-speaker", "Начальник военного комиссариата района Олег Сомов заявил, что солдат был в запасе. "
     "«Он не служил у нас», — заявил представитель ведомства.", "Он не служил у нас", "Олег Сомов", "direct_after"),
    # a trailing attribution covers its own sentence only, not the narration before it
    ("trailing-own-sentence", "Авария под Серовом.\n\nСледователи изучают версии аварии. Самолет нашли охотники "
     "из Серова. Началась экспертиза, сообщил следователь Иван Орлов.", "Началась экспертиза", "Иван Орлов",
     "indirect_trailing"),
    # the accused after the verb opens the span (QUOTES.md "обвинил ... в ..."; the realnews gold, 16 of 16)
    ("accused-opens-span", "Министр Иван Петров публично обвинил соседние страны в срыве переговоров.",
     "соседние страны в срыве переговоров", "Иван Петров", "indirect_accuse"),
    ("according", "По словам депутата Олега Смирнова, закон вступит в силу в мае.", "закон вступит в силу в мае",
     "Олег Смирнов", "indirect_according"),
    ("as-says", "Как заявил депутат Олег Смирнов, закон вступит в силу в мае.", "закон вступит в силу в мае",
     "Олег Смирнов", "indirect_as_says"),
    ("trailing", "Закон вступит в силу в мае, сообщил депутат Олег Смирнов.", "Закон вступит в силу в мае",
     "Олег Смирнов", "indirect_trailing"),
    ("parenthetical", "Смена руководства, сообщил директор Павел Громов, пройдет в мае.", "пройдет в мае",
     "Павел Громов", "indirect_parenthetical"),
    ("naming", "Мэр Игорь Лавров назвал ремонт моста главной задачей года.", "ремонт моста главной задачей года",
     "Игорь Лавров", "indirect_naming"),
    ("evaluation", "Тренер Марина Белова отметила высокий уровень подготовки команды.",
     "высокий уровень подготовки команды", "Марина Белова", "indirect_evaluation"),
    ("object", "Губернатор Игорь Лавров признал серьезные ошибки в работе мэрии.", "серьезные ошибки в работе мэрии",
     "Игорь Лавров", "indirect_object"),
    ("cause", "Экономисты связывают падение спроса с ростом ставок.", "падение спроса с ростом ставок", "экономисты",
     "indirect_cause"),
    ("concern", "Профсоюз выразил обеспокоенность задержками зарплат.", "задержками зарплат", "Профсоюз",
     "indirect_concern"),
    ("follows", "Цены на жилье выросли на 5%, следует из доклада министерства.", "Цены на жилье выросли на 5%",
     "министерство", "indirect_follows"),
    ("headline-plain", "Минфин: налоги не вырастут в следующем году\nМинистерство опубликовало проект бюджета.",
     "налоги не вырастут в следующем году", "Минфин", "indirect_headline"),
    ("reference-indirect", "Цены на бензин не вырастут. Об этом пишет газета «Вечерний город», ссылаясь на "
     "представителя министерства Анну Котову.", "Цены на бензин не вырастут", "Анна Котова", "indirect_reference"),
    # a statement noun after "со ссылкой на" ("данные", "слова", "информация") names its owner, as "по данным X" does
    ("reference-statement-owner", "Число самоубийств снизилось, передает агентство со ссылкой на данные "
     "государственного научного центра психиатрии.", "Число самоубийств снизилось",
     "государственный научный центр психиатрии", "indirect_reference"),
    # a reference phrase inside a source phrase ("Как сообщает X со ссылкой на Y, …", "По данным X со ссылкой на Y")
    ("reference-as-says", "Как сообщает НТВ со ссылкой на источник в МВД, задержаны трое подозреваемых.",
     "задержаны трое подозреваемых", "источник в МВД", "indirect_reference"),
    ("reference-according", "По данным Reuters со ссылкой на источники в Белом доме, визит президента отложен.",
     "визит президента отложен", "источники в Белом доме", "indirect_reference"),
    ("reference-as-says-nested", "Как передает агентство Kazinform со ссылкой на пресс-службу МИД, Астана предложила "
     "провести саммит осенью.", "Астана предложила провести саммит осенью", "пресс-служба МИД", "indirect_reference"),
    ("reference-words-owner", "«Цены на бензин не вырастут», — сообщило агентство со ссылкой на слова министра "
     "энергетики Анны Котовой.", "Цены на бензин не вырастут", "Анна Котова", "direct_reference"),
    # speakers that refer back: a bare "эксперт", a possessive the coref stage left unlinked, a pronoun that is no
    # outlet (issue "Quotes on real news": pronoun and description speakers, outlet vs quoted person)
    ("expert-refers-back", "«Число случаев снизилось за год», — сказал психиатр Борис Кольцов. По данным центра, "
     "больше всего случаев в городах. Средний возраст пациентов 40 лет, сказал эксперт.",
     "Средний возраст пациентов 40 лет", "Борис Кольцов", "indirect_trailing"),
    ("possessive-person", "Генеральный секретарь союза Вальтер Штерн выступил в Страсбурге на встрече с прессой.\n\n"
     "Штерн подчеркнул, что право на образование на родном языке остается главным принципом союза.\n\nПо его "
     "словам, вопрос о языке в школах должен решаться путем диалога.",
     "вопрос о языке в школах должен решаться путем диалога", "Вальтер Штерн", "indirect_according"),
    ("possessive-organization", "Военные не попадали под обстрел у границы, заявил Центр по примирению сторон. По их "
     "информации, рядом с колонной взорвалась мина.", "рядом с колонной взорвалась мина",
     "Центр по примирению сторон", "indirect_according"),
    ("possessive-against-gender", "«Цены вырастут», — сказала аналитик Анна Котова. По его словам, рынок "
     "восстановится.", "рынок восстановится", None, "indirect_according"),
    ("pronoun-is-no-outlet", "Мост закроют на ремонт, сообщает «Интерфакс» со ссылкой на представителя мэрии. Он "
     "отметил, что ремонт продлится месяц.", "ремонт продлится месяц", "представитель мэрии", "indirect_that"),
    ("pronoun-outlet-only", "Мост через реку закроют на ремонт, сообщает агентство «Интерфакс». Он отметил, что "
     "ремонт продлится месяц.", "ремонт продлится месяц", None, "indirect_that"),
    ("role-after-addressee", "Проект предусматривает новую станцию метро, сообщил в пятницу «Интерфаксу» главный "
     "архитектор Казани Павел Громов.\n\nГромов напомнил, что здание подлежит сносу.\n\nРанее главный архитектор "
     "Казани сообщил, что на месте рынка построят парк.", "на месте рынка построят парк", "Павел Громов",
     "indirect_that"),
    # a dative object of a speech verb is whom the speaker told, never the speaker (QUOTES.md), nor is the outlet's
    # name written in apposition to it (subjects.addressee_name): the place or person after it speaks, else no one
    ("speaker-addressee-outlet-apposition", "Главой фонда назначен Олег Зимин. Как сообщили РИА «Новости» в "
     "пресс-службе правительства, распоряжение подписал премьер.", "распоряжение подписал премьер",
     "пресс-служба правительства", "indirect_as_says"),
    ("speaker-addressee-outlet-club", "Как сообщили РИА «Новости» в московском клубе, тренер рекомендовал увеличить "
     "срок дисквалификации.", "тренер рекомендовал увеличить срок дисквалификации", "московский клуб",
     "indirect_as_says"),
    # a newsroom speaks like a press office ("редакция" a bureau noun, quotes63; pool: "сообщили «5 каналу» в редакции
    # «Урядового курьера»", "…, подчеркнули в редакции"); the outlet told stays the addressee
    ("speaker-addressee-outlet-dative-name", "Задержанных отпустили, сообщили «5 каналу» в редакции газеты.",
     "Задержанных отпустили", "редакция газеты", "indirect_trailing"),
    ("speaker-newsroom-after-outlet", "Как сообщили «Интерфаксу» в редакции газеты, главный редактор не подписывал "
     "номер.", "главный редактор не подписывал номер", "редакция газеты", "indirect_as_says"),
    ("speaker-newsroom-trailing", "Угрозы общественному порядку в данном случае не возникло, подчеркнули в редакции.",
     "Угрозы общественному порядку в данном случае не возникло", "редакция", "indirect_trailing"),
    # an indeclinable name tagged dative under a singular cue with no subject is its subject: nothing shows the case
    ("speaker-uninflected-outlet-subject", "Как сообщил ТАСС, переговоры в Женеве сорваны.",
     "переговоры в Женеве сорваны", "ТАСС", "indirect_as_says"),
    ("speaker-uninflected-outlet-told", "Как рассказали ТАСС в МВД, задержаны трое подозреваемых.",
     "задержаны трое подозреваемых", "МВД", "indirect_as_says"),  # a plural cue: ТАСС was told
    ("speaker-addressee-outlet-before-cue", "Агентству Reuters в полиции города сообщили, что задержанных отпустили.",
     "задержанных отпустили", "полиция города", "indirect_that"),  # the body by `place_before`, not the outlet
    ("as-says-adjective-subject", "Как подчеркнула главный внештатный гериатр, препарат эффективен для пожилых.",
     "препарат эффективен для пожилых", "гериатр", "indirect_as_says"),
    ("outlet-quotes-one-of", "Чиновники готовят уступку. «Это своего рода небольшая уступка, но не подарок»,— "
     "цитирует The Wall Street Journal одного из своих собеседников.", "Это своего рода небольшая уступка, но не "
     "подарок", "The Wall Street Journal", "direct_quoting"),
    ("document-of-press-service", "Губернатор подписал указ о новых выплатах, сообщает пресс-служба областной "
     "администрации. «Выплаты начнутся в марте», — говорится в публикации на сайте администрации.",
     "Выплаты начнутся в марте", "пресс-служба областной администрации", "direct_after"),
    ("outlet-quotes-one-of-person", "Министерство готовит реформу. «Это скорее шаг назад, чем шаг "
     "вперед»,— цитирует The Financial Times одного из своих собеседников.", "Это скорее шаг назад, чем шаг "
     "вперед", "один из собеседников The Financial Times", "direct_after"),
    ("outlet-relative-clause", "«Мы не позволим вмешиваться в выборы», - сказал Олег Титов, которого цитирует "
     "Bloomberg.", "Мы не позволим вмешиваться в выборы", "Bloomberg", "direct_outlet"),
    ("outlet-name-holds-person", "Об этом сообщил мэр города Игорь Лавров в эфире радио. «Записалось около тысячи "
     "человек, больше половины привилось», — цитирует РИА Новости Лаврова.", "Записалось около тысячи человек, "
     "больше половины привилось", "Игорь Лавров", "direct_after"),
    ("mistagged-speech-verb", "Салливан вернулся в Вашингтон.\n\n«Виновные в нападении должны быть наказаны», — "
     "твитнул Салливан.", "Виновные в нападении должны быть наказаны", "Салливан", "direct_after"),
    ("trailing-after-time-stamp", "31.01, 20:45 Пожилые легче переносят вакцинацию, заверила гериатр Минздрава\n\n"
     "Вакцинацию проще переносят пожилые люди.", "Пожилые легче переносят вакцинацию", "гериатр Минздрава",
     "indirect_trailing"),
    ("participle-agreement", "Компания представила новую концепцию обновления объекта, которая вызвала критику со "
     "стороны некоторых экспертов, настаивающих, что фасады нужно сохранить.", "фасады нужно сохранить",
     "некоторые эксперты", "indirect_that"),
    ("site-name-with-dot", "Экономика региона восстановится к осени, пишет bb.lv.",
     "Экономика региона восстановится к осени", "bb.lv", "indirect_trailing"),
    ("outlet-hypernym", "Журналист Анна Котова работала в газете «Вечерний город». По данным издания, завод "
     "закроют весной.", "завод закроют весной", "Вечерний город", "indirect_according"),
    ("pronoun-latest-agreeing-person", "Министр Иван Петров и его заместитель Анна Котова приехали в Казань. Петров "
     "выступил первым. «Всё будет хорошо», — сказала она.", "Всё будет хорошо", None, "direct_after"),
    # quotes30: the quotes stage names no person for a pronoun itself any more, and the coref stage leaves "она"
    # unlinked (its best antecedent costs too much). `_latest_person` fired 5 times on real news (every quotes gold
    # set, rucoco pool lines 600-900): 4 where coref links the same person now; see docs/devlog/2026-12-05/quotes30.md
    ("pronoun-after-long-quote", "Фотограф Олег Сомов уволился из редакции. О поездке на Алтай журналист сказал, "
     "что там было холодно. «Дорога была трудной. Мы ехали три дня. Кормили плохо. Но все добрались», — отметил "
     "он.", "Дорога была трудной. Мы ехали три дня. Кормили плохо. Но все добрались", "Олег Сомов", "direct_after"),
    ("role-at-named-organization", "Олег Сомов прилетел в Казань. Бывший директор склада компании «Прогресс» признал, "
     "что зарплату задерживают уже полгода.", "зарплату задерживают уже полгода",
     "бывший директор склада компании «Прогресс»", "indirect_that"),
    ("capitalized-plural-subject", "Министр Олег Сомов выступил на форуме. Помощники Сомова дали понять, что "
     "реформа будет отложена.", "реформа будет отложена", "помощники Сомова", "indirect_phrase_that"),
    # a name in the genitive after a role noun in another case is the role's owner, not its holder
    ("role-owner-in-genitive", "Пресс-секретарь губернатора Иван Котов ответил на вопросы. «Мост откроют в мае», "
     "— сказал пресс-секретарь Олега Сомова. «Работы идут по графику», — отметил пресс-секретарь.",
     "Работы идут по графику", "Иван Котов", "direct_after"),
    # "экс-" before a person noun pymorphy3 only guesses at ("экс-сотрудник") still makes a person noun
    ("former-person-noun", "Бывший сотрудник Минфина Иван Котов дал интервью газете. «Реформа провалилась», — "
     "сказал Котов. «Бюджет не выдержит», — добавил экс-сотрудник Минфина.", "Бюджет не выдержит", "Иван Котов",
     "direct_after"),
    # a press review: "пишет издание" is the outlet quoted last, however far back ("пишет Kurier": writes, so a
    # publication)
    ("press-review-outlet", "Армия испытывает трудности с призывом, пишет Kurier. Срок службы составляет два года. "
     "Призыв идет по плану. Многие юноши поступают в институты. Врачи выдают справки. Часть юношей служит в МЧС. "
     "Сроки службы сократят. Весенний призыв продлится до июля.\n\nСолдаты жалуются на питание, пишет издание.",
     "Солдаты жалуются на питание", "Kurier", "indirect_trailing"),
    # role equivalence (lang.lexicon.ROLE_SYNONYM_SETS, ROLE_HYPONYMS): a description with another noun of the same
    # office refers back; "представитель" stands for a press secretary of the body it names (by its seat too)
    ("role-synonym-set", "Уполномоченный по правам человека Анна Котова посетила колонию. Начальник колонии Мария "
     "Сомова показала ей столовую. «Условия содержания улучшились», — сказала омбудсмен.",
     "Условия содержания улучшились", "Анна Котова", "direct_after"),
    ("role-hyponym-tied-body", "Пресс-секретарь президента Иван Котов ответил на вопросы. «Решение пока не "
     "принято», — сказал представитель Кремля.", "Решение пока не принято", "Иван Котов", "direct_after"),
    ("role-hyponym-other-body", "Пресс-секретарь президента Иван Котов ответил на вопросы. «Решение пока не "
     "принято», — сказал представитель Белого дома.", "Решение пока не принято", "представитель Белого дома",
     "direct_after"),
    # the body of "представитель X" may stand in the introduction as an organization noun that refers to X
    # ("пресс-секретарь ведомства" after "МВД"); another body's press secretary stays apart
    ("role-hyponym-hypernym-body", "МВД России провело проверку в колонии. Пресс-секретарь ведомства Ирина Волкова "
     "рассказала о результатах. «Нарушений не выявлено», — сказала представитель МВД.", "Нарушений не выявлено",
     "Ирина Волкова", "direct_after"),
    ("role-hyponym-hypernym-other", "Минфин провело проверку в банке. Пресс-секретарь ведомства Ирина Волкова "
     "рассказала о результатах. «Нарушений не выявлено», — сказала представитель МВД.", "Нарушений не выявлено",
     "представитель МВД", "direct_after"),
    # a country-level role ("российский лидер") is not a head of a body ("глава Минобороны"), though "лидер" may
    # stand for "глава"
    ("country-level-role", "Президент Олег Сомов провел совещание. На нем выступил глава Минобороны России Иван "
     "Котов. «Армия готова ко всему», — заявил российский лидер.", "Армия готова ко всему", "Олег Сомов",
     "direct_after"),
    ("name-speaking-before-role", "На брифинге выступила пресс-секретарь мэрии Джен Уолш. Однако, добавила Уолш, "
     "губернатор поручил полиции проверить склады.", "проверить склады", "губернатор", "indirect_request"),
    ("merged-closing-mark", '"Новый поезд пойдет до станции "Парковая", - добавил министр Иван Петров.',
     'Новый поезд пойдет до станции "Парковая', "Иван Петров", "direct_after"),
    ("according-legal-act", "Согласно новому закону о связи, операторы обязаны хранить данные три года.",
     "операторы обязаны хранить данные три года", "новый закон о связи", "indirect_according"),
    ("about-fronted", "О решении правительства повысить пенсии 1 марта заявил министр финансов Иван Петров.",
     "решении правительства повысить пенсии", "Иван Петров", "indirect_about_fronted"),
    ("about-fronted-plural", "О победе сборной в финале ранее сообщали местные СМИ.",
     "победе сборной в финале", "местные СМИ", "indirect_about_fronted"),
    ("demand-action-noun", "Прокуратура требует от застройщика возмещения ущерба жильцам.",
     "от застройщика возмещения ущерба жильцам", "прокуратура", "indirect_demand"),
    ("content-before-concession", "Тренер Иван Петров настаивает, что судья ошибся, хотя повтор показал чистый "
     "отбор.", "судья ошибся", "Иван Петров", "indirect_that"),
    ("content-before-dash-aside", "Адвокат Иван Петров попросил суд отпустить подзащитного, — тот провел под "
     "стражей уже год.", "отпустить подзащитного", "Иван Петров", "indirect_request"),
    ("concession-of-the-speaker", "Министр Иван Петров сказал, что придет на встречу, хотя и опоздает.",
     "придет на встречу, хотя и опоздает", "Иван Петров", "indirect_that"),
    ("considered-quoted", "Профсоюз считает нового директора «могильщиком нашего завода».",
     "могильщиком нашего завода", "профсоюз", "direct_named"),
    ("naming-inside-a-quotation", '"Вчера министр Петров назвал переговоры трудными. Мы согласны", - сказал Иванов.',
     "переговоры трудными", "Петров", "indirect_naming"),
    ("headline-described-below", "Глава комитета по экологии: «Реку очистят к осени»\n\nПредседатель городской "
     "думы Олег Сомов открыл заседание. Глава комитета по экологии Анна Котова пообещала жителям чистую воду.",
     "Реку очистят к осени", "Анна Котова", "direct_headline"),
    ("described-before-introduction", "Министр Иван Лосев открыл новую больницу. Как подчеркнул главный "
     "гериатр, прививка безопасна.\n\nПрививки начались в понедельник. Главный гериатр Минздрава Олег Сомов "
     "рассказал о них.", "прививка безопасна", "Олег Сомов", "indirect_as_says"),
    ("described-before-someone-else", "Министр Иван Лосев открыл новую больницу. Как подчеркнул главный "
     "гериатр, прививка безопасна.\n\nПрививки начались в понедельник. Главный врач Олег Сомов рассказал о "
     "них.", "прививка безопасна", "главный гериатр", "indirect_as_says"),
    ("told-medium", "Губернатор Олег Сомов может уйти в отставку. По данным радиостанции «Волна», "
     "Сомов собирается перейти в банк. Об этом радиостанции сообщил осведомленный собеседник в правительстве "
     "области. «Решение еще не принято», — добавил чиновник.", "Сомов собирается перейти в банк",
     "осведомленный собеседник в правительстве области", "indirect_told_medium"),
    ("hypernym-goes-on-with-unnamed-source", "Губернатор Олег Сомов может уйти в отставку. По данным "
     "радиостанции «Волна», Сомов собирается перейти в банк. Об этом радиостанции сообщил осведомленный собеседник "
     "в правительстве области. «Решение еще не принято», — добавил чиновник.", "Решение еще не принято",
     "осведомленный собеседник в правительстве области", "direct_after"),
    ("group-including-a-name", "Весной депутаты, в том числе и Лосев, предупреждали, что цены на газ вырастут.",
     "цены на газ вырастут", "депутаты", "indirect_that"),
    ("own-source-of-outlet", "«Сделка почти готова», — цитирует газета «Вестник» одного из своих собеседников.",
     "Сделка почти готова", "один из собеседников Вестника", "direct_after"),
    ("verb-unknown-to-tagger", "Экономист Олег Сомов оценил рынок жилья. В ближайший год цены на квартиры вряд ли "
     "снизятся, подытожил Сомов.", "В ближайший год цены на квартиры вряд ли снизятся", "Олег Сомов",
     "indirect_trailing"),
    ("trailing-subject-after-adverbial", "Новый стадион \"Северный\" будет готов к осени, сообщил в ходе "
     "пресс-конференции главный инженер проекта Сергей Кузнецов.",
     "Новый стадион \"Северный\" будет готов к осени", "Сергей Кузнецов",
     "indirect_trailing"),
    ("naming-as-quoted", "Болельщики клуба охарактеризовали матч, как «позор всей нашей лиги».",
     "позор всей нашей лиги", "болельщики клуба", "direct_named"),
    ("if-believe-before", "Если верить аналитикам банка, инфляция замедлится к осени.",
     "инфляция замедлится к осени", "аналитики банка", "indirect_if_believe"),
    ("if-believe-after", "Инфляция замедлится к осени, если верить аналитикам банка.",
     "Инфляция замедлится к осени", "аналитики банка", "indirect_if_believe"),
    ("belief-predicate-after-quote", "«Бюджет будет сбалансирован», — убежден министр Антон Силуанов.",
     "Бюджет будет сбалансирован", "Антон Силуанов", "direct_after"),
    ("stance-for", "Президент Франции Эммануэль Макрон высказался за продление санкций.", "продление санкций",
     "Эммануэль Макрон", "indirect_preposition"),
    ("request-noun", "Предложение мэра Ивана Петрова закрыть рынок на ремонт удивило торговцев.",
     "закрыть рынок на ремонт", "Иван Петров", "indirect_request_noun"),
    ("nested-attempt-to-convey", "Пресс-секретарь Джен Уолш заявила, что министр Олег Сомов старался объяснить "
     "фермерам, что субсидии сохранятся.", "субсидии сохранятся",
     "Олег Сомов", "indirect_that"),
    ("trailing-impersonal-after-clause-subject", "Городская дума утвердила нового спикера. Он получил 52 голоса "
     "депутатов при необходимом минимуме в 40, тогда как его соперник - 18, говорится на сайте газеты.",
     "Он получил 52 голоса депутатов при необходимом минимуме в 40, тогда как его соперник - 18", "сайт газеты",
     "indirect_trailing"),
    ("dash-line-name-in-attribution", "Врачи обсудили прививки.\n\n— Работники могут отказаться от прививки, — "
     "говорит член Союза адвокатов Поволжья, партнер ООО «Право Плюс» Артём Котов. — Если они только устраиваются, "
     "их могут не брать.\n\nКонец.", "Если они только устраиваются, их могут не брать", "Артём Котов",
     "direct_dash_line"),
    ("nested-direct-speech", '«Я хотела начать быстро. Но тренер Олег Сомов сказал мне: "Не спеши, беги в своем '
     'темпе"», — рассказала лыжница Анна Котова.', "Не спеши, беги в своем темпе", "Олег Сомов", "direct_colon"),
    ("trailing-roles-then-name", "Зимой дети болеют чаще, заявила главный внештатный педиатр области, доктор "
     "медицинских наук, профессор Анна Котова.", "Зимой дети болеют чаще", "Анна Котова", "indirect_trailing"),
    ("as-says-roles-then-name", "Как отметил заместитель министра обороны, генерал армии Иван Сомов, учения пройдут "
     "в мае.", "учения пройдут в мае", "Иван Сомов", "indirect_as_says"),
    ("pronoun-no-agreeing-person", "Министр Иван Петров приехал в Казань. «Всё будет хорошо», — сказала она.",
     "Всё будет хорошо", None, "direct_after"),
    ("conjoined-verb-shares-subject", "Накануне днем Смит позвонил по телефону Котовой и посоветовал ей уйти в "
     "отставку.", "уйти в отставку", "Смит", "indirect_request"),
    ("as-reported-in-document", "Как сообщается в пресс-релизе мэрии, стороны обсудили продление договора.",
     "стороны обсудили продление договора", "мэрия", "indirect_as_says"),
    # dash-dialogue lines typed with a spaced hyphen
    ("dash-line-hyphen", "Директор школы Анна Смирнова показала новый спортзал.\n\n- Работы закончатся к сентябрю, "
     "- объяснила Анна Смирнова.", "Работы закончатся к сентябрю", "Анна Смирнова", "direct_dash_line"),
    # a pronoun after a quote is not a person the quoted words name
    ("pronoun-not-named-in-quote", "По словам тренера Олега Морозова, команда готова к сезону. «В нападении у нас "
     "Сергей Волков и Никита Зайцев», — сказал он.", "В нападении у нас Сергей Волков и Никита Зайцев",
     "Олег Морозов", "direct_after"),
    # an attribution pronoun coref leaves unlinked (its person named too far back) goes on with the person quoted
    # just before ("по словам руководителя X" resolved by the quotes stage)
    ("pronoun-goes-on-with-last-source", "Глава Росгидромета Александр Бедрицкий выступил на совещании в Москве. "
     "Совещание длилось три часа. Ученые представили доклад о паводках. Вечером прошел ужин. По словам руководителя "
     "Росгидромета, ущерб от паводков снизился. «Прогнозы стали точнее», — отметил он.", "Прогнозы стали точнее",
     "Александр Бедрицкий", "direct_after"),
    # a description nothing else resolves: the salient person, the latter, a capitalized noun
    ("description-salient-person", "Полковник Игорь Лебедев сказал, что вернулся в Москву в пятницу. «Нас держали "
     "в камере без окон», — отметил российский офицер.", "Нас держали в камере без окон", "Игорь Лебедев",
     "direct_after"),
    ("description-participle", "Иван Соколов заявил, что подал иск к страховой компании. «Мне нужна операция», — "
     "отметил пострадавший.", "Мне нужна операция", "Иван Соколов", "direct_after"),
    ("description-latter", "Анна Кузнецова встретилась с Петром Беловым. Последний заявил, что переговоры прошли "
     "успешно.", "переговоры прошли успешно", "Петр Белов", "indirect_that"),
    # a party's nominee ("кандидат от демократов", "претендент от республиканцев") is the one person the story
    # quotes in that part, like an office; a nominee from a place ("кандидат из Москвы") stays someone new
    ("description-party-nominee", "Джо Байден выступил в Пенсильвании. «Мы победим», — заявил Байден. Кандидат от "
     "демократов признал, что кампания идет тяжело.", "кампания идет тяжело", "Джо Байден", "indirect_that"),
    ("description-party-nominee-members", "Марк Стоун провел митинг в Огайо. «Налоги будут снижены», — пообещал "
     "Стоун. Претендент от республиканцев заявил, что рассчитывает на победу.", "рассчитывает на победу",
     "Марк Стоун", "indirect_that"),
    ("description-nominee-from-place", "Джо Байден выступил в Пенсильвании. «Мы победим», — заявил Байден. Кандидат "
     "из Москвы признал, что кампания идет тяжело.", "кампания идет тяжело", "кандидат из Москвы", "indirect_that"),
    # a one-word quoted label stays with its object; a role with a named complement is the one introduced so
    ("naming-one-word-quoted", "Депутат Олег Сидоров назвал новые правила «произволом».",
     "новые правила «произволом»", "Олег Сидоров", "indirect_naming"),
    ("role-with-named-complement", "Премьер Чехии Ян Новак встретился в Праге с премьером Словакии Петером Ковачем. "
     "«Мы договорились о поставках газа», — сказал Новак. Премьер Словакии также заявил, что переговоры прошли "
     "хорошо.", "переговоры прошли хорошо", "Петер Ковач", "indirect_that"),
    # a negated stance takes its object in the genitive; a doubt or a hint voiced has its content after a preposition
    ("negated-stance-genitive", "Министр финансов Олег Титов не исключил возможности повышения налогов.",
     "возможности повышения налогов", "Олег Титов", "indirect_object"),
    ("preposition-doubt", "Депутат Игорь Смолин усомнился в законности новых тарифов.",
     "законности новых тарифов", "Игорь Смолин", "indirect_preposition"),
    ("preposition-hint", "Губернатор Павел Орлов намекнул на скорую отставку мэра.", "скорую отставку мэра",
     "Павел Орлов", "indirect_preposition"),
    # documents: an instruction, a contract (its genitives are parties, so the contract itself is the source)
    ("according-to-instruction", "Согласно инструкции, препарат нельзя принимать детям до 12 лет.",
     "препарат нельзя принимать детям до 12 лет", "инструкция", "indirect_according"),
    ("according-to-agreement", "Согласно контракту Росатома и Минэнерго, поставки начнутся весной.",
     "поставки начнутся весной", "контракт Росатома и Минэнерго", "indirect_according"),
    # a media noun refers back to the outlet introduced as one (a compound "онлайн-газета" too)
    ("media-noun-outlet", "Итальянская онлайн-газета Il Foglio пишет о кризисе в коалиции. «Правительство не "
     "доживет до осени», — отмечает издание.", "Правительство не доживет до осени", "Il Foglio", "direct_after"),
    # content inside a dash-parenthetical ends at its closing dash
    ("dash-parenthetical-close", "Судя по видео — на это указывает качество съемки и тот факт, что мэр Олег Ветров "
     "попросил журналистов покинуть зал — запись сделана на телефон.", "покинуть зал", "Олег Ветров",
     "indirect_request"),
    # a quantity noun with a plural genitive takes a plural verb by sense
    ("quantity-subject-plural-verb", "Ряд губернаторов также потребовали отложить реформу.", "отложить реформу",
     "Ряд губернаторов", "indirect_request"),
    ("quantity-part-plural-verb", "Часть депутатов потребовали отправить министра в отставку.",
     "отправить министра в отставку", "часть депутатов", "indirect_request"),
    # a share in words ("процентов", as "%") of persons speaks, a substantivized participle ("опрошенных") counted too
    ("share-percent-words", "Около 40 процентов россиян считают, что страна движется в правильном направлении.",
     "страна движется в правильном направлении", "40 процентов россиян", "indirect_that"),
    ("share-percent-respondents", "При этом 12 процентов опрошенных сообщили, что готовы переехать.",
     "готовы переехать", "12 процентов опрошенных", "indirect_that"),
    # "Об этом сказал X" as a paragraph of its own reports the last sentence of the paragraph before
    ("about-this-own-paragraph", "Тарифы на проезд в метро вырастут на 5 процентов с марта.\n\nОб этом сообщил "
     "глава департамента транспорта Игорь Лаптев.", "Тарифы на проезд в метро вырастут на 5 процентов с марта",
     "Игорь Лаптев", "indirect_about_this"),
    # a quotation split by an attribution set off with spaced hyphens
    ("split-hyphen", "\"Склады заполнены на треть, - пояснил директор завода Олег Гусев. - Остальное привезут к "
     "зиме\".", "Остальное привезут к зиме", "Олег Гусев", "direct_split"),
    # "глава МИД" is the minister, not the president named since
    ("role-head-of-ministry", "Министр иностранных дел Латвии Карлис Озолс прибыл в Вильнюс. Его принял президент "
     "Литвы Томас Янкус. Глава МИД Латвии заявил, что визит прошел успешно.", "визит прошел успешно",
     "Карлис Озолс", "indirect_that"),
    # "как" and the verb may have adverbs between them
    ("as-says-adverbs", "Как уже неоднократно заявлял директор института Павел Дроздов, вакцина безопасна для "
     "пожилых.", "вакцина безопасна для пожилых", "Павел Дроздов", "indirect_as_says"),
    ("description-that-one", "Мэр Олег Щукин поспорил с губернатором Ильей Зотовым, и тот заявил, что бюджет не "
     "утвердят.", "бюджет не утвердят", "Илья Зотов", "indirect_that"),
    # a sentence end lost in scraping: a capitalized pronoun right after a word
    ("lost-sentence-break", "Генпрокуратура просит арестовать директора завода Его обвиняют в растрате.",
     "арестовать директора завода", "Генпрокуратура", "indirect_request"),
    ("description-sentence-initial", "Сенатор Джон Миллер пообещал выступить в Бостоне. Демократ заявил, что налоги "
     "вырастут.", "налоги вырастут", "Джон Миллер", "indirect_that"),
    # a person's gender from predicates that agree, over a dictionary first name of the other gender
    ("gender-agreed-predicates", "Ильхан Карими выступила на митинге в Детройте. Вечером Ильхан Карими дала "
     "интервью местному телеканалу. «Мы будем бороться за каждого», — сказала она.", "Мы будем бороться за каждого",
     "Ильхан Карими", "direct_after"),
    # a role phrase whose genitive complement is a list ("министр спорта, туризма и молодежной политики")
    ("role-coordinated-complement", "Министр науки, культуры и высшего образования Сергей Волков приехал в Томск. "
     "Там его встретил ректор Петр Лаптев. «Нам нужны новые общежития», — сказал Лаптев. Министр заявил, что "
     "деньги на общежития выделят весной.", "деньги на общежития выделят весной", "Сергей Волков", "indirect_that"),
    # "глава Мин...": the head of a ministry is its minister
    ("role-head-of-ministry-compound", "Министр образования Иван Сомов приехал в Томск. Там его встретил ректор Петр "
     "Лаптев. «Университет готов к проверке», — сказал Лаптев. Глава Минобрнауки отметил, что проверка начнется в "
     "мае.", "проверка начнется в мае", "Иван Сомов", "indirect_that"),
    # a noun the article introduced a person with refers back to that person, an organization noun too ("оператор")
    ("noun-introduced-person", "«Звонков стало вдвое больше», — рассказала оператор горячей линии Анна Седова. "
     "Линия работает круглосуточно. «Чаще всего спрашивают о записи», — объяснила оператор.",
     "Чаще всего спрашивают о записи", "Анна Седова", "direct_after"),
    # a substantivized adjective subject with a role and a name in apposition ("Другой задержанный, капитан X,")
    ("substantive-apposition", "Первый задержанный отказался от комментариев. Другой задержанный, капитан Олег "
     "Рыбин, заявил: «Все обвинения надуманы».", "Все обвинения надуманы", "Олег Рыбин", "direct_colon"),
    # "что" + infinitive is a clause when the infinitive is the subject of a later predicate, not a question
    ("that-infinitive-subject", "Директор театра Павел Зимин заверил, что переносить премьеру, объявленную в "
     "марте, театр не будет.", "переносить премьеру, объявленную в марте, театр не будет", "Павел Зимин",
     "indirect_that"),
    # "обратил внимание на <content>": what the speaker drew attention to
    ("attention-to", "Губернатор Олег Сидоров обратил внимание на рост цен на топливо.", "рост цен на топливо",
     "Олег Сидоров", "indirect_preposition"),
    # praise and blame with a reason: the object and the reason are the content
    ("praise-blame-reason", "Мэр Иван Петров раскритиковал подрядчика за срыв сроков ремонта.",
     "подрядчика за срыв сроков ремонта", "Иван Петров", "indirect_object"),
    # an outlet's or analyst's analysis attributes a direct quote; a court's ruling reports its content
    ("verb-analyze", "«Рынок ждет долгий спад», — анализирует экономист Олег Серов.", "Рынок ждет долгий спад",
     "Олег Серов", "direct_after"),
    ("verb-rule", "Верховный суд постановил, что компания должна выплатить штраф.",
     "компания должна выплатить штраф", "Верховный суд", "indirect_that"),
    # named persons conjoined as the subject are one plural source, and so is "они" after them
    ("coordinated-persons", "Министр Иван Петров и губернатор Олег Сидоров заявили, что договор подпишут в мае.",
     "договор подпишут в мае", "Иван Петров и Олег Сидоров", "indirect_that"),
    # named bodies and countries conjoined as the subject of a plural cue: all of them, as for persons
    # (speakers._coordinated_subject, traced coordinated_names); an unnamed head over named genitives stays a phrase
    ("coordinated-names-countries", "В Будапештском меморандуме Россия, США и Великобритания обязались быть "
     "гарантами территориальной целостности Украины.", "быть гарантами территориальной целостности Украины",
     "Россия, США и Великобритания", "indirect_request"),
    ("coordinated-names-bodies", "Газпром и Нафтогаз заявили, что контракт будет выполнен.",
     "контракт будет выполнен", "Газпром и Нафтогаз", "indirect_that"),
    ("coordinated-names-described", "Представители ЕС и США заявили, что санкции будут продлены.",
     "санкции будут продлены", "представители ЕС и США", "indirect_that"),
    ("coordinated-names-pronoun", "Россия и Китай заблокировали резолюцию в Совбезе ООН. Они заявили, что документ "
     "несбалансирован.", "документ несбалансирован", "Россия и Китай", "indirect_that"),
    ("coordinated-persons-pronoun", "Иван Петров и Олег Сидоров приехали в Казань на переговоры. Они заявили, что "
     "договор подпишут в мае.", "договор подпишут в мае", "Иван Петров и Олег Сидоров", "indirect_that"),
    # a pronoun whose antecedent is an office description ("глава государства") the roles do not resolve
    ("pronoun-office-description", "«Мы выиграли эти выборы», — заявил Майкл Грант. Накануне глава государства "
     "опубликовал в соцсети несколько сообщений. Таким образом он дал понять, что не признает итоги.",
     "не признает итоги", "Майкл Грант", "indirect_phrase_that"),
    # eighth round (issue 15): a short quoted name inside the attribution of a split quotation
    ("split-quoted-name", "\"Мы проверим все данные, - сказал Олег Гусев в интервью РИА \"Новости\". - Отчет будет "
     "готов в мае\".", "Отчет будет готов в мае", "Олег Гусев", "direct_split"),
    # a block quotation whose marks were lost: a paragraph ending with a comma, the dash line after it attributes it
    ("block-paragraph-dash", "Экономисты спорят о ценах.\n\nРынок жилья замедлится в следующем году, и "
     "застройщикам придется снижать цены,\n\n- заметил экономист Олег Гусев.\n\nДругие с ним не согласны.",
     "Рынок жилья замедлится в следующем году, и застройщикам придется снижать цены", "Олег Гусев",
     "direct_block"),
    # a trailing cue with a prepositional adverbial before its subject, and a role with a listed complement
    ("trailing-oblique-adverbial", "Сборная может рассчитывать на медали, заявил незадолго до открытия игр министр "
     "спорта, туризма и молодежной политики Иван Петров.", "Сборная может рассчитывать на медали", "Иван Петров",
     "indirect_trailing"),
    ("trailing-from-place", "В Вашингтоне люди вышли на улицы и стали праздновать победу кандидата-демократа, — "
     "передает из американской столицы журналист «Эха Москвы» Олег Гусев.",
     "В Вашингтоне люди вышли на улицы и стали праздновать победу кандидата-демократа", "Олег Гусев",
     "indirect_trailing"),
    ("trailing-listed-role", "Сборная может рассчитывать на медали, заявил министр спорта, туризма и молодежной "
     "политики Иван Петров.", "Сборная может рассчитывать на медали", "Иван Петров", "indirect_trailing"),
    # a gerund cue after a quotation's attribution: its subject is the attribution's, not the quotation's "мы"
    ("gerund-after-quotation", "\"Мы получили больше голосов, чем ожидали\", - сказал Олег Гусев, выступая в Казани, "
     "отметив, что он выиграл с большим перевесом.", "он выиграл с большим перевесом", "Олег Гусев", "indirect_that"),
    # a statement noun with its owner and a "о том, что"-clause
    ("noun-about-owner", "Отставку связывают со словами министра Олега Гусева о том, что бюджет не выполнен.",
     "бюджет не выполнен", "Олег Гусев", "indirect_noun_about"),
    ("noun-about-foreign-owner", "Но вот хороший репортаж Reuters о том, что это, возможно, просто иллюзия.",
     "это, возможно, просто иллюзия", "Reuters", "indirect_noun_about"),
    # a voiced suspicion with a "что"-clause; addressing someone with words; a speech phrase after a quotation
    ("verb-suspect-that", "Аналитик Олег Гусев заподозрил, что компания скрывает убытки.",
     "компания скрывает убытки", "Олег Гусев", "indirect_that"),
    ("verb-address", "\"Благодарю вас за мужество\", - обратился к офицерам министр обороны Иван Петров.",
     "Благодарю вас за мужество", "Иван Петров", "direct_after"),
    ("phrase-cue-after-quotation", "\"Так будут жить все жители края\", - сделал вывод политик Олег Гусев.",
     "Так будут жить все жители края", "Олег Гусев", "direct_after"),
    # speakers: a preposition the parse hung on the nominative subject past the noun it governs
    ("speaker-preposition-misattached", "Министр обороны Иван Петров встретил офицеров в аэропорту. \"Как вы могли "
     "это сделать?\", - обратился с риторическими вопросами к военным министр.", "Как вы могли это сделать?",
     "Иван Петров", "direct_after"),
    # "в котором говорится": the relative pronoun's antecedent, a statement, speaks for its owner
    ("speaker-relative-statement", "Министерство опубликовало комментарий Минфина России к докладу, в котором "
     "говорится, что бюджет будет исполнен.", "бюджет будет исполнен", "Министерство финансов России",
     "indirect_impersonal_that"),
    # a media noun with adjectives ("немецкая газета") is the outlet introduced with that noun
    ("speaker-described-medium", "Немецкая газета Die Welt пишет о кризисе. Министр Олег Гусев заявил, что налоги "
     "вырастут. «Кризис только начинается», - отмечает немецкая газета.", "Кризис только начинается", "Die Welt",
     "direct_after"),
    # ... and, when no outlet was introduced with that noun, the outlet named in the sentence before, one known as a
    # medium by its name ("Channel News")
    ("speaker-described-medium-by-name", "По мнению редактора Channel News Ивана Орлова, выборы прошли спокойно. "
     "«Явка была рекордной, а жалоб почти не было», - сообщает американский телеканал.",
     "Явка была рекордной, а жалоб почти не было", "Channel News", "direct_after"),
    # a body noun with adjectives ("латвийское внешнеполитическое ведомство", which the recognizer may take for a
    # name) is the public body named just before, and so is a bare "министерство" after it
    ("speaker-described-body", "В МИД Латвии отметили, что сроков нет. \"Речь идет о разумном сроке\", - сообщили "
     "журналистам в латвийском внешнеполитическом ведомстве.", "Речь идет о разумном сроке", "МИД Латвии",
     "direct_after"),
    ("speaker-body-after-description", "В МИД Грузии отметили, что сроков нет. \"Речь идет о разумном сроке\", - "
     "сообщили \"Интерфаксу\" в грузинском внешнеполитическом ведомстве. В министерстве уточнили, что ноты переданы "
     "послу.", "ноты переданы послу", "МИД Грузии", "indirect_that"),
    # a standalone quotation after a sentence whose subject speaks ("обратился с речью") is that person's
    ("standalone-after-speaking-subject", "\"Мы уходим из города\", - сказал полковник Олег Гусев. С речью к "
     "офицерам обратился министр обороны Иван Петров. \"Я благодарю вас за мужество и честь\".",
     "Я благодарю вас за мужество и честь", "Иван Петров", "direct_standalone"),
    # "экс-глава Меджлиса": a former role is the role, and its genitive complement narrows it to the person
    # introduced with it, not the president just named
    ("former-role-complement", "Экс-глава Меджлиса крымских татар Олег Гусев позвонил президенту. Президент Иван "
     "Петров долго говорил с ним. \"Петров затронул вопрос выборов\", - цитирует УНИАН экс-главу Меджлиса крымских "
     "татар.", "Петров затронул вопрос выборов", "Олег Гусев", "direct_after"),
    # "который" agrees with its antecedent; an apposition's relative clause is the named person's
    ("relative-pronoun-agreement", "Месяц назад произошла масштабная кибератака на американское правительство, в "
     "которой обвиняли Китай, а на выходных Москва арестовала Олега Гусева, лидера оппозиции, который обвинил "
     "российских шпионов в августовском покушении.", "российских шпионов в августовском покушении", "Олег Гусев",
     "indirect_accuse"),
    # "Об этом заявил Y" after a sentence with a source phrase of its own ("Как пишет пресса, A"): A is Y's too
    ("about-this-after-source-phrase", "Как пишет пресса, проблемы начались неделю назад. В минувший четверг об этом "
     "на брифинге заявила официальный представитель министерства Анна Петрова.", "проблемы начались неделю назад",
     "Анна Петрова", "indirect_about_this"),
    # a fronted "о том, что" clause and the subject before the cue ("…, президент уже говорил")
    ("fronted-that-subject-first", "О том, что \"мы ничего не продаем\", президент Иван Петров уже говорил после "
     "встречи с премьером.", "\"мы ничего не продаем\"", "Иван Петров", "indirect_fronted_that"),
    # "по его же словам": the particle between the possessive and the noun
    ("according-particle", "Скептики убеждены, что Петров не отдаст острова, которые, по его же словам, являются "
     "частью страны.", "которые, по его же словам, являются частью страны", "Петров", "indirect_according"),
    # a relative attribution: "<A>, о чем сообщил X" / "о чем дал понять" with the main clause's subject
    ("about-which", "Завод закроют до конца года, о чем сообщил губернатор Олег Гусев.",
     "Завод закроют до конца года", "Олег Гусев", "indirect_about_which"),
    ("about-which-main-subject", "Несмотря на решение суда, министр Олег Гусев не признал итоги проверки, о чем дал "
     "понять еще до заседания.", "министр Олег Гусев не признал итоги проверки", "Олег Гусев",
     "indirect_about_which"),
    # a trailing attribution inside a quotation an outlet gives: the content starts in the quotation
    ("trailing-inside-quotation", "Газета Times пишет: \"Компания предотвратила атаки хакеров, заявил директор Олег "
     "Гусев в интервью телеканалу\".", "Компания предотвратила атаки хакеров", "Олег Гусев", "indirect_trailing"),
    # an apology with its addressee in the dative before the reason
    ("apology-dative-addressee", "Губернатор Олег Гусев принес извинения жителям области за перебои с водой.",
     "за перебои с водой", "Олег Гусев", "indirect_apology"),
    # "в документе говорится о …" reports its content; "во второй ноте" is one of the notes named before with
    # their owner
    ("document-says-about", "В министерстве уточнили, что послу были переданы две ноты МИД Латвии. В первой ноте "
     "говорилось о закрытии консульства в Риге.", "закрытии консульства в Риге", "МИД Латвии", "indirect_about"),
    ("document-ordinal-owner", "В министерстве уточнили, что послу были переданы две ноты МИД Латвии. А во второй "
     "ноте говорилось, что консульство продолжит работу.", "консульство продолжит работу", "МИД Латвии",
     "indirect_impersonal_that"),
    # a demand with "от X и Y" before its action noun, which the parse hung on Y
    ("demand-from-whom", "Газопровод заполнен наполовину, поскольку Еврокомиссия требует от «Газпрома» и оператора "
     "газопровода соблюдения требований энергопакета.",
     "от «Газпрома» и оператора газопровода соблюдения требований энергопакета", "Еврокомиссия", "indirect_demand"),
    # a role phrase with a foreign name in it introduces the person; a role's genitive complement after adjectives
    ("role-phrase-foreign-name", "Исполнительный директор издательского дома News Media Олег Гусев заверил, что "
     "материал не изменят. Министр Иван Петров назвал публикацию ошибкой. Из видео, как уверил директор "
     "издательского дома, понятно, что там сидят все члены правительства.",
     "понятно, что там сидят все члены правительства", "Олег Гусев", "indirect_as_says"),
    ("role-complement-after-adjective", "Директор издательского дома Олег Гусев приехал в Москву. Там его встретил "
     "директор завода Иван Петров. Позже директор издательского дома заявил, что тираж вырастет.",
     "тираж вырастет", "Олег Гусев", "indirect_that"),
    # a long quotation's distance counts from its attribution, which stands after it: a bare "специалист" after it
    # is the person that attribution names
    ("distance-from-attribution", "«Ожидания тут сдержанные. Диалог будет трудным. Стороны не доверяют друг другу. "
     "Санкции останутся. Договор продлят», — посетовал политолог Игорь Блинов. Желание идти на переговоры не "
     "означает, что американцы перестанут «сдерживать Россию по всем фронтам», добавил специалист.",
     "Желание идти на переговоры не означает, что американцы перестанут «сдерживать Россию по всем фронтам»",
     "Игорь Блинов", "indirect_trailing"),  # a clause with a quoted fragment is the quote (quotes71)
    # unnamed sources conjoined as the subject of a plural cue: one source, the whole coordination; an example set
    # off with "в частности" inside it is not the subject
    ("coordinated-descriptions", "Спор вышел жарким. Бывший министр и губернатор на заседании обвиняли друг друга в "
     "срыве реформы.", "срыве реформы", "бывший министр и губернатор", "indirect_accuse"),
    ("coordinated-sources-example", "Профсоюзы, студенты и местные жители, в частности депутат Иван Орлов, заявили, "
     "что реформа провалилась.", "реформа провалилась", "профсоюзы, студенты и местные жители", "indirect_that"),
    # "лидер" refers back to a head of state, government or party ("российский лидер" -> the president introduced)
    ("role-leader", "Президент России Павел Жуков встретился с Олегом Гусевым. «Он обещал помочь», — утверждает "
     "Гусев. Российский лидер, по словам Гусева, обратил внимание собеседника на благополучие татар в Татарстане.",
     "благополучие татар в Татарстане", "Павел Жуков", "indirect_preposition"),
    # a role with a place complement nobody was introduced with is someone new, not the salient holder of the role
    # in another country
    ("role-other-place", "Президент России Павел Жуков провел переговоры с лидером оппозиции. Президент Франции "
     "попросил Жукова остановить войну, пока еще не поздно.", "остановить войну, пока еще не поздно",
     "президент Франции", "indirect_request"),
    # a role phrase naming an organization is someone new unless the salient person was introduced with that
    # organization (in a role or the role phrase before the name): being what its statement is about is not enough
    ("role-organization-not-topic", "Российское бюро Интерпола подтвердило, что Олег Рябов объявлен в розыск\n\n"
     "В Национальном центральном бюро Интерпола в РФ подтвердили факт объявления в розыск совладельца компании "
     "«Север» Олега Рябова.\n\n«Материалы направлены в Лион», - заявил в пятницу представитель НЦБ, передает "
     "«Интерфакс».", "Материалы направлены в Лион", "представитель НЦБ", "direct_after"),
    # a party named by its country's adjective keeps the phrase ("иранская сторона"), not the linked country
    ("side-by-adjective", "Переговоры в Вене продолжились. Делегация Ирана прибыла утром. Иранская сторона сообщила "
     "о прогрессе в переговорах.", "прогрессе в переговорах", "иранская сторона", "indirect_about"),
    # "собеседник" with no more than the medium he talked to ("собеседник агентства", "собеседник Reuters") goes on
    # with the unnamed source quoted just before, as a bare "собеседник" does; so does "он" after it
    ("interlocutor-of-medium", "«Материалы направлены в Лион», - заявил в пятницу представитель бюро, передает "
     "«Интерфакс». «Поручение мы получили в январе», - сказал собеседник агентства.",
     "Поручение мы получили в январе", "представитель бюро", "direct_after"),
    ("interlocutor-of-outlet", "Источник Reuters рассказал, что сделка почти готова. По словам собеседника Reuters, "
     "стороны подпишут договор в мае.", "стороны подпишут договор в мае", "источник Reuters", "indirect_according"),
    ("pronoun-after-interlocutor", "«Материалы направлены в Лион», - заявил в пятницу представитель бюро, передает "
     "«Интерфакс». «Поручение мы получили в январе», - сказал собеседник агентства. Он пояснил, что решение "
     "примут в марте.", "решение примут в марте", "представитель бюро", "indirect_that"),
    # a person speaker is named by the fullest form the article writes, not by the persons table's spelling the
    # entity takes ("Джозеф Байден" for "Джо Байден"); a name written only in an oblique case is not guessed at
    ("speaker-fullest-first-name", "Вице-президент США Джозеф Байден прилетел в Киев. «Мы поддержим реформы», — "
     "сказал Джо Байден журналистам.", "Мы поддержим реформы", "Джозеф Байден", "direct_after"),
    # the article's own spelling of the name, apostrophe included, over the persons table's ("О’Брайен")
    ("speaker-written-apostrophe", "Советник по нацбезопасности Роберт О'Брайен выступил в Вашингтоне. «Мы готовы "
     "ответить», — сказал О'Брайен.", "Мы готовы ответить", "Роберт О'Брайен", "direct_after"),
    # a name the article writes two ways ("Вулф", "Вульф": one entity by `lang.fold.spelling_skeleton`) is named
    # by the spelling written first, whichever spelling the quote's own mention has
    ("speaker-first-spelling", "Об этом заявил глава министерства Чед Вулф. «Мы готовы ответить», — сказал Чед "
     "Вульф журналистам.", "Мы готовы ответить", "Чед Вулф", "direct_after"),
    ("speaker-first-spelling-later", "Глава министерства Чед Вульф прилетел в Киев. «Мы готовы ответить», — сказал "
     "Чед Вулф журналистам.", "Мы готовы ответить", "Чед Вульф", "direct_after"),
    # a name right after a noun in a prepositional phrase owns that noun ("в комментарии RT"): not the subject
    ("subject-after-owned-venue", "В свою очередь, как отметил в комментарии RT политолог-американист Михаил Петров, "
     "пересмотр итогов голосования Трампу не грозит.", "пересмотр итогов голосования Трампу не грозит",
     "Михаил Петров", "indirect_as_says"),
    # a feminine person noun is never in apposition to a man's name: "Вдова Неймарка" (read as a nominative) is
    # the widow, the man her owner
    ("woman-noun-man-owner", "Стало известно о гибели в Сирии военнослужащего Марка Неймарка. Он подорвался на "
     "мине. Вдова Неймарка рассказала, что ее муж заключил контракт с ЧВК.", "ее муж заключил контракт с ЧВК",
     "вдова Неймарка", "indirect_that"),
    # a dative without a preposition is whom the speaker told, no part of the speaker's noun phrase (the case
    # decides: "москвич газете «Коммерсант»")
    ("speaker-phrase-without-dative", "Иван Котов вернулся домой. \"Я жив и здоров\", - рассказал москвич газете "
     "\"Коммерсант\".", "Я жив и здоров", "москвич", "direct_after"),
    # a site named by its address does not decline: right after the cue and before a nominative it is whom the
    # speaker told, not the speaker ("сообщила dp.ru депутат", "заявил Lenta.ru министр", "рассказал Znak.com один
    # из ..."); a nominative the parse hangs outside the cue's clause (a full stop left out) is no speaker
    ("addressee-site-address", "\"Решение примут в марте\", - сообщила dp.ru депутат Госдумы Галина Хованская.",
     "Решение примут в марте", "Галина Хованская", "direct_after"),
    ("addressee-site-name", "\"Мы готовы к переговорам\", - заявил Lenta.ru министр финансов Антон Силуанов.",
     "Мы готовы к переговорам", "Антон Силуанов", "direct_after"),
    ("addressee-site-one-of", "\"Ролики уже идут\", - рассказал Znak.com один из политтехнологов партии.",
     "Ролики уже идут", "один из политтехнологов партии", "direct_after"),
    ("addressee-site-next-clause", "А чуть позже появляется и новый президент США Дональд Трамп, пишет Cosmo.ru "
     "Ольга Серябкина и Полина Фаворская предстали в нарядах.",
     "А чуть позже появляется и новый президент США Дональд Трамп", "Cosmo.ru", "indirect_trailing"),
    # a medium that only ever reports ("сообщает CNN") is the outlet a bare media noun refers back to, whatever
    # noun introduced it; "телекомпания" is a media noun like "телеканал"
    ("media-noun-reporter-only", "Байден победил в штате Нью-Йорк, сообщает CNN. Как сообщает телекомпания, в "
     "голосовании участвовали 29 выборщиков.", "в голосовании участвовали 29 выборщиков", "CNN", "indirect_as_says"),
    # a quote before the description counts as one sentence of distance: its seven sentences are the speaker's
    # turn, not text between the named person and "пенсионер"
    ("salience-quote-one-sentence", "Иван Котов опроверг слухи о своей гибели. \"Я сам был в шоке от этой "
     "информации. Я даже не понимаю, зачем про меня написали. Я никак не связан с этой историей. Был удивлен "
     "сильно. Слава богу, я жив и здоров. Это мои армейские фотографии. Я служил в Алтайском крае\", - рассказал "
     "пенсионер журналистам.", "Я сам был в шоке от этой информации. Я даже не понимаю, зачем про меня написали. "
     "Я никак не связан с этой историей. Был удивлен сильно. Слава богу, я жив и здоров. Это мои армейские "
     "фотографии. Я служил в Алтайском крае", "Иван Котов", "direct_after"),
    # an organization or a country by the name its own mention writes, the owner after it and an adjective before
    # it included ("МИД РФ" where the entity is "МИД России", "украинский МИД", "КНР" for "Китай"); initials the
    # article spells out elsewhere stay the full name
    # a diplomatic mission by another noun than "посольство" speaks from the locative as the embassy does
    ("organization-mission-locative", "Лондон отказался от контактов. «Все это выглядит как политическое "
     "наперстничество», - указали в диппредставительстве.", "Все это выглядит как политическое наперстничество",
     "диппредставительство", "direct_after"),
    ("organization-written-owner", "МИД РФ объявил об эвакуации сотрудников посольства в Грузии.",
     "эвакуации сотрудников посольства в Грузии", "МИД РФ", "indirect_about"),
    ("organization-written-adjective", "Украинский МИД уверяет, что изменил политику во взаимоотношениях с Москвой.",
     "изменил политику во взаимоотношениях с Москвой", "украинский МИД", "indirect_that"),
    ("organization-written-initials", "КНР верит, что Россия выйдет из экономических затруднений. Китай готов "
     "помочь.", "Россия выйдет из экономических затруднений", "КНР", "indirect_that"),
    ("organization-initials-spelled-out", "Всемирная метеорологическая организация опубликовала доклад. ВМО "
     "заявила, что засуха усилится.", "засуха усилится", "Всемирная метеорологическая организация",
     "indirect_that"),
    # an organization named with a country in words the article never writes together (an alias row's "Генпрокуратура
    # России") by the fullest form the article writes with its country; a bare body keeps its name
    ("organization-written-country", "Генеральная прокуратура РФ завершила следствие. По данным Генпрокуратуры, "
     "обвиняемый скрылся за границей.", "обвиняемый скрылся за границей", "Генеральная прокуратура РФ",
     "indirect_according"),
    ("organization-written-country-russia", "Генеральная прокуратура России завершила следствие по делу Лебедева. В "
     "Генпрокуратуре считают, что обвиняемый мог скрыться.", "обвиняемый мог скрыться",
     "Генеральная прокуратура России", "indirect_that"),
    ("organization-unwritten-country", "В Генпрокуратуре считают, что обвиняемый мог скрыться от следствия.",
     "обвиняемый мог скрыться от следствия", "Генпрокуратура", "indirect_that"),
    # a body the article names only by a short form is named by that form, its owner or adjective with it, never by
    # the expansion the entities stage gives it (QUOTES.md: "the fullest form the article gives"; written_short_form)
    ("organization-short-form-owner", "Эксперты проверили видеозаписи Минобороны РФ. В Минобороны заявили, что "
     "удары нанесены по складам.", "удары нанесены по складам", "Минобороны РФ", "indirect_that"),
    ("organization-short-form-adjective", "Азербайджанский Минтранс заявил, что самолет был поврежден.",
     "самолет был поврежден", "азербайджанский Минтранс", "indirect_that"),
    ("organization-short-form-spelled", "Министерство обороны России провело учения. По данным Минобороны, учения "
     "завершены.", "учения завершены", "Министерство обороны России", "indirect_according"),
    ("speaker-fullest-oblique", "Журналисты встретили Джозефа Байдена в аэропорту. «Мы поддержим реформы», — "
     "сказал Джо Байден.", "Мы поддержим реформы", "Джо Байден", "direct_after"),
    # a bare noun of no organization class names again the organization the text introduced with it ("эксперты из
    # проекта Bellcheck" ... "сайт проекта", "активисты проекта")
    ("owner-introduced-by-noun", "Независимые эксперты из проекта Bellcheck изучат видеозаписи ударов. Активисты "
     "проекта также обвиняли министерство в подделке снимков.", "министерство в подделке снимков",
     "активисты проекта Bellcheck", "indirect_accuse"),
    ("owner-introduced-keeps-noun", "Эфиры радиостанции «Волна» обсуждают в сети. В группе «Волна» действуют "
     "строгие правила. Участники группы заявили, что правила слишком строгие.", "правила слишком строгие",
     "участники группы «Волна»", "indirect_that"),
    ("site-of-introduced-owner", "Независимые эксперты из проекта Bellcheck изучат видеозаписи ударов. Эксперты "
     "соберут дополнительную информацию, говорится на сайте проекта.", "Эксперты соберут дополнительную информацию",
     "сайт проекта Bellcheck", "indirect_trailing"),
    # a statement noun whose owner is a common noun with an organization's name after it ("данные авиационного
    # портала Flightradar24.com") is that organization's
    ("statement-of-named-owner", "Рейс S7157 развернулся над Румынией. Об этом свидетельствуют данные "
     "авиационного портала Flightradar24.com.", "Рейс S7157 развернулся над Румынией", "Flightradar24.com",
     "indirect_about_this"),
    # "на" with an organization's name is the place that speaks, as "в" is ("уточнили на «Звезде»"); "на" with a
    # place's name is not ("на Украине")
    ("locative-on-organization", "Предприятие «Звезда» разрабатывает скафандры. «Оба скафандра уже прошли "
     "испытания», - уточнили на «Звезде».", "Оба скафандра уже прошли испытания", "Звезда", "direct_after"),
    # "они": the nearest plural source, a subject of the sentence before rather than a quote's plural source two
    # sentences back; a subject is nominative (an accusative the parse made the subject is the object)
    ("plural-pronoun-nearest-subject", "Согласно официальным результатам, Петров получил 49% голосов. После "
     "выборов представители Сидорова подали иск в суд. Они настаивали на том, что часть бюллетеней не учли.",
     "часть бюллетеней не учли", "представители Сидорова", "indirect_that"),
    ("plural-pronoun-case-subject", "Ильхан Омар и Кэрол Мэй были кандидатами от партии. Теперь Омар и Мэй "
     "будут представлять штаты Мичиган и Миннесота в палате представителей. Они призывали упразднить "
     "иммиграционную полицию.", "упразднить иммиграционную полицию", "Ильхан Омар и Кэрол Мэй",
     "indirect_request"),
    # "как отмечается на сайте X," names its source by the place, as "как сообщается в …" does (PLACED_REPORT_VERBS)
    ("as-noted-on-site", "Эксперты изучили видеозаписи. Как отмечается на сайте Bellcheck, министерство выложило "
     "уже несколько видео.", "министерство выложило уже несколько видео", "Bellcheck", "indirect_as_says"),
    # a modifier the tagger read as a noun inside "как X," is no source ("главный внештатный | гериатр")
    ("as-says-modifier-noun", "Пожилые люди легко переносят прививку. Как подчеркнула главный внештатный гериатр, "
     "эффективен российский препарат и для пожилых.", "эффективен российский препарат и для пожилых",
     "главный внештатный гериатр", "indirect_as_says"),
    # "он" in an attribution is a person, never an organization phrase quoted before ("офис партии")
    ("pronoun-not-organization", "Как сообщили в центральном офисе либеральной партии, решение о выведении Петровой "
     "из состава теневого кабинета было принято с сожалением, поскольку она много работала. Когда репортеры спросили "
     "ее мужа, он ответил: «Я ничего не знаю об этом».", "Я ничего не знаю об этом", None, "direct_colon"),
    # a participle complement of "считать" the tagger read as a plural dative ("заниженным")
    ("naming-participle-case", "\"Нафтогаз Украины\" решил оспорить тарифы. Компания считает тариф на транзит "
     "российского газа по украинской территории заниженным в два раза.",
     "тариф на транзит российского газа по украинской территории заниженным в два раза", "Нафтогаз Украины",
     "indirect_naming"),
    # ninth round (dev3): results, polls and a document's article as sources; "согласно <noun> <document>"
    ("according-results", "Согласно официальным результатам, губернатор Иван Петров набрал 52% голосов.",
     "губернатор Иван Петров набрал 52% голосов", "официальные результаты", "indirect_according"),
    ("according-poll-results", "По результатам последних опросов, мэр Олег Гусев опережает соперника на 8%.",
     "мэр Олег Гусев опережает соперника на 8%", "последние опросы", "indirect_according"),
    ("according-document-article", "Судья пояснил, что, согласно статье третьей устава лиги, тренер сам выбирает "
     "состав.", "тренер сам выбирает состав", "третий устав лиги", "indirect_according"),
    # a document noun keeps its own path: the text of a bill is the source, not the bill
    ("according-document-text", "Согласно тексту законопроекта, работодатель не вправе звонить сотруднику в "
     "выходные.", "работодатель не вправе звонить сотруднику в выходные", "текст законопроекта",
     "indirect_according"),
    # a leading comma is no part of the content ("что, согласно X, …")
    ("that-leading-comma", "Судья пояснил, что, согласно статье третьей устава лиги, тренер сам выбирает состав.",
     "согласно статье третьей устава лиги, тренер сам выбирает состав", "судья", "indirect_that"),
    # words before a parenthetical source phrase open the report, which runs on after the phrase
    ("according-subject-prefix", "Этот план, по мнению политолога Ивана Петрова, повторяет движения, которые "
     "свергли режимы в Европе.", "Этот план, по мнению политолога Ивана Петрова, повторяет движения, которые "
     "свергли режимы в Европе", "Иван Петров", "indirect_according"),
    # an outlet's quote on a quotation and the inner source's report around it are two quotes
    ("outlet-and-inner-that", "Министр Иван Петров подчеркнул, что это \"самое существенное изменение для "
     "банковской системы в этом году\", передает ТАСС.", "это \"самое существенное изменение для банковской "
     "системы в этом году\"", "Иван Петров", "indirect_that"),
    # a cue conjoined with the attribution of a quotation: its subject is the attribution's, not the quotation's
    ("conjoined-cue-after-quote", "\"Я надеюсь на лучшее\", - заявил министр финансов Иван Петров и подчеркнул, "
     "что бюджет будет сбалансирован.", "бюджет будет сбалансирован", "Иван Петров", "indirect_that"),
    # a threat with an infinitive, like a promise
    ("threat-infinitive", "Министр Иван Петров угрожает закрыть завод.", "закрыть завод", "Иван Петров",
     "indirect_request"),
    # a request noun after "с": the request of the subject of the verb it goes with
    ("request-noun-with", "Республиканцы обратились в суд с требованием признать выборы недействительными.",
     "признать выборы недействительными", "республиканцы", "indirect_request_noun"),
    ("request-noun-with-statement", "Неделей ранее парламент принял заявление с призывом вывести войска из "
     "региона.", "вывести войска из региона", "парламент", "indirect_request_noun"),
    # a one-word quoted complement of "назвал" before its object
    # confirming a fact or a claim reports it ("подтвердил приверженность" stays no quote)
    ("confirm-fact", "Министр Иван Петров подтвердил факт задержания двух граждан России.",
     "факт задержания двух граждан России", "Иван Петров", "indirect_object"),
    # "заговорить", the inchoative of "говорить", takes a "что"-clause like it
    ("speech-verb-inchoative", "Республиканцы заговорили о том, что демократы готовят протесты.",
     "демократы готовят протесты", "республиканцы", "indirect_that"),
    # "Об этом" with adverbials and a date apposition before its cue
    ("about-this-date-apposition", "Цены на газ вырастут на треть. Об этом в понедельник, 2 ноября, в эфире "
     "телеканала НТВ заявила директор компании Анна Белова.", "Цены на газ вырастут на треть", "Анна Белова",
     "indirect_about_this"),
    # "Это сказала X": the object "это" of a perfective speech verb refers to the sentence before
    ("this-said", "Особенно директор любит сотрудников, которые спорят с ним. Это сказала еще первая жена "
     "директора — Анна Белова.", "Особенно директор любит сотрудников, которые спорят с ним", "Анна Белова",
     "indirect_about_this"),
    # a fronted "о"-phrase after the journalist's "Напомним, что" and "ранее"
    ("about-fronted-after-reminder", "Напомним, что ранее о своей поддержке технологических стартапов заявил "
     "губернатор Иван Петров.", "своей поддержке технологических стартапов", "Иван Петров",
     "indirect_about_fronted"),
    # a split quotation whose attribution lacks the period before the second dash
    ("split-no-period", "«Петров думал купить меня, — заявила тогда актриса Анна Белова — Меня деньги не "
     "интересуют».", "Меня деньги не интересуют", "Анна Белова", "direct_split"),
    # participle accusations: an active participle's noun accuses, a passive one's agent in the instrumental does
    ("accuse-participle-active", "Проблему усугубляло множество взаимных нот, обвиняющих противоположную сторону "
     "в неконструктивном подходе. Переговоры не велись.", "противоположную сторону в неконструктивном подходе",
     "взаимные ноты", "indirect_accuse"),
    ("accuse-participle-agent", "Шестеро офицеров, обвиняемых властями Грузии в шпионаже, прибыли в Москву.",
     "шпионаже", "власти Грузии", "indirect_accuse"),
    # a quotation right after a speech noun that a speech verb takes as object, and the quotations listed after it
    ("speech-noun-quotation", "Министр Иван Петров произнес фразу «Мы справимся с кризисом».",
     "Мы справимся с кризисом", "Иван Петров", "direct_speech_noun"),
    ("speech-noun-list", "Задержанный активист Олег Гусев выкрикивал лозунги «Долой войну!», «Свободу узникам!» и "
     "«Мы победим!».", "Мы победим!", "Олег Гусев", "direct_list"),
    ("naming-quoted-before-object", "Президент Иван Петров также назвал \"контрпродуктивными\" возможные поставки "
     "оружия.", "\"контрпродуктивными\" возможные поставки оружия", "Иван Петров", "indirect_naming"),
    # quotes7: no subject is taken from the content or against agreement; a place named before speaks for "там"
    ("accused-in-content", "Телешоу давно критикуют. Его обвиняли в эксплуатации интереса к сексу и в пошлости.",
     "эксплуатации интереса к сексу и в пошлости", None, "indirect_accuse"),
    ("accused-before-plural-cue", "Депутата Иванова недавно обвинили в плагиате докторской диссертации.",
     "плагиате докторской диссертации", None, "indirect_accuse"),
    ("there-organization-subject", "МИД России отреагировал на слова посла крайне резко. Там заявили, что оценки "
     "посла не соответствуют действительности.", "оценки посла не соответствуют действительности", "МИД России",
     "indirect_that"),
    ("conjoined-after-content", "Глава союза Виктор Зубакин напомнил, что в России не зарегистрировано ни одного "
     "случая болезни и призвал охотников не рисковать.", "не рисковать", "Виктор Зубакин", "indirect_request"),
    # a verb conjoined after a content clause goes with the cue when it has the cue's tense and not the clause
    # predicate's (subjects._clause_cue, `conjoined_tense`): "напомнила, что закон вступает …, и потребовала"
    ("conjoined-after-content-tense", "Депутат Анна Котова напомнила, что закон вступает в силу в июле, и "
     "потребовала подготовить разъяснения.", "подготовить разъяснения", "Анна Котова", "indirect_request"),
    # guard: one tense, so the content's subject may be the one who proposed ("мэр … посетил завод и предложил")
    ("conjoined-after-content-same-tense", "Министр Иван Петров сообщил, что мэр Олег Смирнов посетил завод и "
     "предложил увеличить выпуск.", "увеличить выпуск", "Олег Смирнов", "indirect_request"),
    # a verb the parse conjoined with one of another gender shares no subject with it (subjects._conjoined_gender,
    # `conjoined_gender`): "рассказал, что его дочь … и недавно заявила" is the daughter's, read in the text
    ("conjoined-gender-content-direct", "Олег Смирнов рассказал, что его дочь Анна Смирнова учится в Лондоне и "
     "недавно заявила: «Я вернусь домой».", "Я вернусь домой", "Анна Смирнова", "direct_colon"),
    ("conjoined-gender-content-client", "Адвокат Анна Котова сказала, что ее клиент Олег Смирнов невиновен и "
     "заявил: «Я буду бороться».", "Я буду бороться", "Олег Смирнов", "direct_colon"),
    ("conjoined-gender-content-director", "Учитель Анна Котова отметила, что директор школы Олег Смирнов ведет уроки "
     "сам и пообещал: «Учителя будут».", "Учителя будут", "Олег Смирнов", "direct_colon"),
    # a country adjective narrows a role as a genitive place complement does ("украинский лидер", "президент Украины")
    ("role-country-adjective", "Президент Украины Петр Порошенко рассказал о встречах с президентом США Бараком "
     "Обамой. Украинский лидер сообщил, что Вашингтон пообещал Киеву новые вооружения.",
     "Вашингтон пообещал Киеву новые вооружения", "Петр Порошенко", "indirect_that"),
    # an interviewee named with "(вместе) с X" after the question noun; an answer goes on over several dash lines
    ("interview-answer-with", "Чем активнее идет кампания, тем больше накапливается вопросов. Продолжаем отвечать "
     "на них вместе с иммунологом, кандидатом медицинских наук Николаем Крючковым.\n\n- Стоит ли делать тест?\n\n"
     "- Официально проходить такие исследования не требуется.\n\n- Если вы сдаете мазок, то нужно понимать сроки.",
     "Если вы сдаете мазок, то нужно понимать сроки", "Николай Крючков", "direct_answer"),
    # an interview goes on over a paragraph without a dash (interview_carried); the paragraph between an answer and
    # the next question is the answer continued, its label before the colon left out
    ("interview-carried", "Чем активнее идет кампания, тем больше накапливается вопросов. Продолжаем отвечать "
     "на них вместе с иммунологом, кандидатом медицинских наук Николаем Крючковым.\n\n- Стоит ли делать тест?\n\n"
     "- Официально проходить такие исследования не требуется.\n\nВажно: антитела проверяют через месяц после "
     "прививки.\n\n- Нужна ли прививка переболевшим?\n\n- Да, прививка нужна всем переболевшим.",
     "Да, прививка нужна всем переболевшим", "Николай Крючков", "direct_answer_carried"),
    ("interview-answer-continued", "Чем активнее идет кампания, тем больше накапливается вопросов. Продолжаем "
     "отвечать "
     "на них вместе с иммунологом, кандидатом медицинских наук Николаем Крючковым.\n\n- Стоит ли делать тест?\n\n"
     "- Официально проходить такие исследования не требуется.\n\nВажно: антитела проверяют через месяц после "
     "прививки.\n\n- Нужна ли прививка переболевшим?\n\n- Да, прививка нужна всем переболевшим.",
     "антитела проверяют через месяц после прививки", "Николай Крючков", "answer_continued"),
    # an interview printed as labelled turns: each turn is its label's; dash lines after it go on with it
    ("interview-turn-answer", "Мустафа Джемилев дал интервью радио.\n\nКорреспондент: Вы передали письмо президенту "
     "Турции?\n\nМустафа Джемилев: Да, всё верно. Мы обсудили помощь крымским татарам.\n\nКорреспондент: Какой "
     "была реакция?\n\nМустафа Джемилев: Реакция была положительной.",
     "Да, всё верно. Мы обсудили помощь крымским татарам", "Мустафа Джемилев", "interview_turn"),
    ("interview-turn-question", "Мустафа Джемилев дал интервью радио.\n\nКорреспондент: Вы передали письмо президенту "
     "Турции?\n\nМустафа Джемилев: Да, всё верно. Мы обсудили помощь крымским татарам.\n\nКорреспондент: Какой "
     "была реакция?\n\nМустафа Джемилев: Реакция была положительной.",
     "Какой была реакция?", None, "interview_turn"),
    # quotes92: an interview the paragraphs before introduce as a talk or an interview given ("X поговорил с Y",
    # "Y дал интервью X"): its answers are Y's, its questions X's; it opens with the interviewer's line, "?" or not
    ("interview-introduced-talk",
     "Журналист газеты «Вести» Иван Петров поговорил с американским политологом Майклом "
     "Томаски.\n\nМайкл Томаски — американский ученый и журналист. Сейчас он пишет книгу о выборах.\n\n— "
     "Со стороны кажется, что главная проблема праймериз — сложность самих процедур.\n\n— Безусловно, "
     "это очень несовершенная система, но она позволяет людям участвовать в выборах.\n\n— А как "
     "голосуют делегаты?\n\n— По-разному в каждом штате.",
     "Безусловно, это очень несовершенная система, но она позволяет людям участвовать в выборах",
     "Майкл Томаски", "interview_answer"),
    ("interview-introduced-given",
     "Министр транспорта Олег Сидоров дал интервью газете «Вести».\n\n— Когда откроется новый мост через "
     "реку?\n\n— Мост откроют в мае, работы идут по графику.",
     "Мост откроют в мае, работы идут по графику", "Олег Сидоров", "interview_answer"),
    ("interview-introduced-question",
     "Министр транспорта Олег Сидоров дал интервью журналисту Анне Котовой.\n\n— Когда откроется новый "
     "мост через реку?\n\n— Мост откроют в мае, работы идут по графику.",
     "Когда откроется новый мост через реку?", "Анна Котова", "direct_question"),
    # "Y рассказал в беседе с корреспондентом X": Y answers, the "с" person asks; "X взял интервью у Y": X asks
    ("interview-introduced-with-reporter", "Министр транспорта Олег Сидоров рассказал о планах в беседе с "
     "корреспондентом Иваном Петровым.\n\n— Когда откроется новый мост через реку?\n\n— Мост откроют в мае, "
     "работы идут по графику.", "Мост откроют в мае, работы идут по графику", "Олег Сидоров", "interview_answer"),
    ("interview-introduced-taken", "Корреспондент Иван Петров взял интервью у министра транспорта Олега "
     "Сидорова.\n\n— Когда откроется новый мост через реку?\n\n— Мост откроют в мае, работы идут по графику.",
     "Когда откроется новый мост через реку?", "Иван Петров", "direct_question"),
    # finalread-z1: a question noun's asker stays where it names no answerer and no talk introduces the dialogue
    # (`_dialogue_parties`); a talk of two others is no interview (`_press_party`): no asker, no answerer
    ("interview-question-owner-kept", "Редакция публикует ответы на вопросы читателей.\n\n— Когда откроют новый "
     "мост через реку?\n\n— Мост откроют в мае, сообщили в мэрии.",
     "Когда откроют новый мост через реку?", "читатели", "direct_question"),
    ("interview-talk-no-press", "Президент Владимир Путин провел телефонный разговор с канцлером Германии Ангелой "
     "Меркель.\n\nВечером в Кремле прошла пресс-конференция.\n\n— Когда состоится следующая встреча?\n\n— Сроки "
     "пока не определены.", "Когда состоится следующая встреча?", None, "direct_question"),
    # a dash with no comma or stop before it is the line's own sentence, not its attribution (`direct_dash_line`)
    ("interview-unmarked-dash",
     "Журналист Иван Петров побеседовал с политологом Майклом Томаски.\n\n— Как устроены праймериз?\n\n— "
     "Эта процедура долго всех устраивала — критики говорили, что выбирать кандидатов должно население.",
     "Эта процедура долго всех устраивала — критики говорили, что выбирать кандидатов должно население",
     "Майкл Томаски", "interview_answer"),
    # the paragraph after an answer goes on with the answer, not with a report inside it (`inherit_enclosing`)
    ("interview-continued-enclosing",
     "Журналист Иван Петров побеседовал с политологом Майклом Томаски.\n\n— Как устроены праймериз?\n\n— "
     "Эта процедура долго всех устраивала, но потом критики сказали, что выбирать кандидатов должно "
     "население.\n\nТак появились первичные выборы в каждой партии.\n\n— А что такое кокусы?\n\n— Это "
     "собрания избирателей.",
     "Так появились первичные выборы в каждой партии", "Майкл Томаски", "answer_continued"),
    # "ответил на вопрос: «…?»": the quotation is the question, its owner's or no one's, not the answerer's words
    ("colon-question-answered",
     "В ходе опроса россияне отвечали на вопрос: «Вы одобряете работу правительства?»",
     "Вы одобряете работу правительства?", None, "direct_colon_question"),
    ("colon-question-owner",
     "Министр Олег Сидоров долго не отвечал на вопрос журналистки Анны Котовой: «Когда откроют новый "
     "мост?»",
     "Когда откроют новый мост?", "Анна Котова", "direct_colon_question"),
    ("colon-question-asked",
     "На митинге выступил депутат Олег Орлов. Он задал традиционный вопрос: «Что делать?»",
     "Что делать?", "Олег Орлов", "direct_colon_subject"),
    ("colon-question-answer-text",
     "Министр Олег Сидоров ответил на вопрос: «Мост откроют в мае, работы идут по графику».",
     "Мост откроют в мае, работы идут по графику", "Олег Сидоров", "direct_colon"),
    # "организация" refers back to any organization; "председатель" to a "глава", "генсек" to a "генеральный секретарь"
    ("organization-hypernym", "В 2021 году почти 2 млрд доз вакцин будут отправлены бедным странам, заявила ЮНИСЕФ. "
     "Организация, действующая под эгидой ООН, заявила, что работает с 350 авиакомпаниями.",
     "работает с 350 авиакомпаниями", "ЮНИСЕФ", "indirect_that"),
    ("role-chair-head", "Лимонов не согласился с главой Мосгорсуда Ольгой Егоровой. Председатель Мосгорсуда "
     "накануне заявила, что милиция работает плохо.", "милиция работает плохо", "Ольга Егорова", "indirect_that"),
    ("role-secretary-general", "Встреча прошла в Нью-Йорке с генеральным секретарем ООН Кофи Аннаном. «Силы ООН "
     "будут содействовать правительству Ливана», — сказал генсек.", "Силы ООН будут содействовать правительству Ливана",
     "Кофи Аннан", "direct_after"),
    # a parenthetical ("в частности", "впрочем") between an inverted cue and its subject
    ("cue-parenthetical-subject", "«Иногда складывается парадоксальная ситуация», — возмутился, в частности, глава "
     "оборонного ведомства Сергей Иванов.", "Иногда складывается парадоксальная ситуация", "Сергей Иванов",
     "direct_after"),
    # a media noun means the outlet that reported the latest outlet's quote, when its name is further back
    ("media-noun-reporting-outlet", "Правозащитники раскритиковали доклад, пишет The Times.\n\nДоклад вышел в "
     "понедельник. Его готовили полгода. В нем сорок страниц. Авторы собрали показания беженцев. В докладе, пишет "
     "газета, мало новой информации.\n\nК докладу прилагаются видеозаписи. Министр выступил на конференции.\n\n"
     "Правозащитники обвинили власти в пропаганде, пишет газета в статье.",
     "Правозащитники обвинили власти в пропаганде", "The Times", "indirect_trailing"),
    # "в нем говорится": the document the pronoun refers back to, else nobody (never the pronoun itself)
    ("locative-pronoun-document", "Министерство опубликовало доклад о тюрьмах. «Это страшный доклад, в нем говорится "
     "о пытках», — сказал министр Джек Строу.", "пытках", "Министерство", "indirect_about"),
    ("locative-pronoun-no-document", "Власти выпустили видеоролик. В нем говорится о пользе прививок.",
     "пользе прививок", None, "indirect_about"),
    # a pronoun that refers back to a document whose own phrase names its owner speaks for the owner, as the
    # document named with its owner does (quotes96: speakers._referred_document_owner); no owner, or an agreement
    # (its genitives are parties): the document
    ("speaker-pronoun-document-owner", "В понедельник вышло заявление Министерства обороны. В нем говорится, что "
     "учения завершены.", "учения завершены", "Министерство обороны", "indirect_impersonal_that"),
    ("speaker-pronoun-document-unowned", "В понедельник вышло новое заявление. В нем говорится, что учения "
     "завершены.", "учения завершены", "новое заявление", "indirect_impersonal_that"),
    ("speaker-pronoun-document-agreement", "В понедельник вступил в силу договор России и Китая. В нем говорится, "
     "что граница неизменна.", "граница неизменна", "договор России и Китая", "indirect_impersonal_that"),
    # "в нем" after a written statement with its owner (quotes110, WRITTEN_SPEECH_NOUNS in `_pronoun_document`)
    ("speaker-pronoun-comment-owner", "«Работа ведется в штатном режиме», - говорится в комментарии пресс-службы "
     "завода. В нем отмечается, что поставки возобновятся в мае.", "поставки возобновятся в мае",
     "пресс-служба завода", "indirect_impersonal_that"),
    # a headline's quote whose source is a singular description or none takes the named source of the lead's quote
    # that restates it: the same cue, else three content words in common (quotes97: restated.headline_restated); a
    # plural description, an outlet relaying the news and a name the headline speaks of are no such source
    ("speaker-headline-restated-cue", "Известный педагог предложил отменить экзамены\n\nРектор Московского "
     "университета Иван Петров предложил отменить вступительные экзамены для победителей олимпиад.",
     "отменить экзамены", "Иван Петров", "indirect_request"),
    ("speaker-headline-restated-content", "Автор законопроекта надеется, что парламент примет закон до конца года\n\n"
     "Парламент может принять закон о связи до конца года. Об этом заявил автор документа, депутат Иван Петров.",
     "парламент примет закон до конца года", "Иван Петров", "indirect_that"),
    ("speaker-headline-restated-none", "Бизнесмена рекомендовали помиловать\n\nГосдума рекомендовала помиловать "
     "бизнесмена Ивана Петрова.", "помиловать", "Госдума", "indirect_request"),
    ("speaker-headline-restated-plural", "Эксперты считают, что цены на нефть вырастут до конца года\n\nЦены на "
     "нефть вырастут до конца года, считает аналитик Иван Петров.", "цены на нефть вырастут до конца года",
     "эксперты", "indirect_that"),
    ("speaker-headline-restated-outlet", "Министр пообещал снизить налоги для малого бизнеса\n\nНалоги для малого "
     "бизнеса снизят уже в этом году, сообщает ТАСС.", "снизить налоги для малого бизнеса", "министр",
     "indirect_request"),
    ("speaker-headline-restated-spoken-of", "Прокурор попросил приговорить Ивана Петрова к пяти годам\n\nИван "
     "Петров попросил суд оправдать его.", "приговорить Ивана Петрова к пяти годам", "прокурор", "indirect_request"),
    # the headline's role is another person's below it, not the lead source's: the other side of the story
    # (finalread-za1: restated._role_of_another)
    ("speaker-headline-restated-other-side", "Адвокат назвал приговор Ивану Сомову несправедливым\n\nПрокурор Андрей "
     "Белых заявил, что приговор Ивану Сомову был справедливым и обоснованным. Защиту Сомова в суде представляет "
     "адвокат Ольга Пыжова.", "приговор Ивану Сомову несправедливым", "адвокат", "indirect_naming"),
    # a short quoted title closing the clause of an outlet verb is its subject though its plural form disagrees, and
    # a title is no time or thing its nouns mean (quotes97: speakers.quoted_title_subject, quoted_title_at)
    ("speaker-quoted-title-plural", "Цены на жилье в Москве выросли на треть, пишет «Новые известия».",
     "Цены на жилье в Москве выросли на треть", "Новые известия", "indirect_trailing"),
    ("speaker-quoted-title-time-noun", "Депутаты вспомнили о памятнике только сейчас, пишет «Время новостей».",
     "Депутаты вспомнили о памятнике только сейчас", "Время новостей", "indirect_trailing"),
    # a subject after the cue behind a time adverbial, a bare dative addressee or a gerund clause, the tagger's
    # object case notwithstanding (quotes99: subjects.trailing_subject); an addressee's own name is no subject
    ("speaker-trailing-time", "Российское научно-исследовательское судно \"Академик Шокальский\", застрявшее 24 "
     "декабря во льдах Антарктиды, и китайский ледокол \"Сюэлун\" (\"Снежный дракон\") освободились от тяжелых "
     "льдов и самостоятельно продвигаются на север, сообщает в среду Австралийское управление морской безопасности "
     "(AMSA).",
     "Российское научно-исследовательское судно \"Академик Шокальский\", застрявшее 24 декабря во льдах "
     "Антарктиды, и китайский ледокол \"Сюэлун\" (\"Снежный дракон\") освободились от тяжелых льдов и "
     "самостоятельно продвигаются на север", "Австралийское управление морской безопасности", "indirect_trailing"),
    ("speaker-trailing-title", "Как сообщил в четверг вечером украинский \"5-й канал\", следствие по делу об убийстве "
     "журналиста Георгия Гонгадзе получило показания задержанных сотрудников милиции о возможном нахождении головы "
     "убитого.",
     "следствие по делу об убийстве журналиста Георгия Гонгадзе получило показания задержанных сотрудников "
     "милиции о возможном нахождении головы убитого", "5-й канал", "indirect_as_says"),
    ("speaker-trailing-gerund", "«Этот документ ясно указывает на проблему», — сообщила, представляя доклад, "
     "председатель организации Анна Петрова.",
     "Этот документ ясно указывает на проблему", "Анна Петрова", "direct_after"),
    ("speaker-trailing-addressee-name", "Издание Paris Match Belgique сообщает, что в его тюремной камере найдены "
     "Коран и молитвенный коврик.\n\nИсточник, близкий к расследованию, сообщил агентству AFP, что Херман, "
     "возможно, попал под влияние экстремистов в тюрьме.",
     "Херман, возможно, попал под влияние экстремистов в тюрьме", "источник", "indirect_that"),  # the source
    # past its adjective's aside (quotes109: `postposed_adjective`; null before), never the agency told
    # an inanimate noun before a conjoined cue's joiner is the first clause's, not the cue's subject (quotes99:
    # subjects.thing_before_joiner); one after the joiner is the conjunct's own
    ("speaker-thing-before-joiner", "В ответ адвокаты представили показания Рожковой, данные на предварительном "
     "следствии, которые противоречат ее нынешним показаниям, и предложили устроить очную ставку со свидетелями "
     "защиты.",
     "устроить очную ставку со свидетелями защиты", "адвокаты", "indirect_request"),
    ("speaker-thing-after-joiner", "Министр Иван Петров выступил на заседании, а данные проверки свидетельствуют о "
     "том, что нарушений не было.",
     "нарушений не было", None, "indirect_that"),
    # a subjectless cue goes on from the attribution of the quotation before it (quotes99:
    # subjects.previous_attribution); not when the attribution goes on with another predicate
    ("speaker-previous-attribution-dash", "Новый глава агентства поставил грандиозную задачу. \"Нам предстоит "
     "создать новую светскую этику, которая будет принята обществом!\" — объявил Киселев. И пояснил: \"Нет "
     "эффективного общества без этики\".",
     "Нет эффективного общества без этики", "Киселев", "direct_colon"),
    ("speaker-previous-attribution-colon", "На митинге в Вашингтоне Флинн дважды подряд повторил: \"Суды не решают, "
     "кто будет следующим президентом США\". После чего добавил: \"Мы, народ, решаем\".",
     "Мы, народ, решаем", "Флинн", "direct_colon"),
    ("speaker-previous-attribution-two", "\"Мы не отступим\", — сказал Петров, а Иванов возразил. Затем добавил: "
     "\"Решение за судом\".",
     "Решение за судом", None, "direct_colon"),
    # a subjectless plural cue speaks for the body it is said from, as for one it is said in (quotes99:
    # subjects.from_place_source); not a city
    ("speaker-from-place", "Трое обвиняемых признали себя виновными в соучастии в заговоре. Как сообщили из "
     "федеральной прокуратуры, суд над остальными начнется в марте.",
     "суд над остальными начнется в марте", "федеральная прокуратура", "indirect_as_says"),
    ("speaker-from-place-conjunct", "Сухроб Каримов последний раз выходил на связь 22 февраля. Через несколько дней "
     "родителям позвонили из Минобороны и рассказали, что Каримов находился в госпитале.",
     "Каримов находился в госпитале", "Минобороны", "indirect_that"),
    ("speaker-from-place-city", "Об отставке губернатора стало известно в пятницу. Как сообщили из Москвы, указ уже "
     "подписан.",
     "указ уже подписан", None, "indirect_as_says"),
    # a statement's genitive owner that is a speaking collective the tagger reads inanimate is its source, as "по
    # данным СМИ" is (quotes96: speakers._speaking_collective); not one with a preposition of its own
    ("speaker-collective-owner-press", "По сообщениям британской прессы, принц Гарри женится летом.",
     "принц Гарри женится летом", "британская пресса", "indirect_according"),
    ("speaker-collective-owner-authorities", "Самолет разбился над пустыней. По заявлению властей Египта, никто не "
     "выжил.", "никто не выжил", "власти Египта", "indirect_according"),
    ("speaker-collective-owner-preposition", "Согласно сообщению для печати, банк закрыл три филиала.",
     "банк закрыл три филиала", "сообщение для печати", "indirect_according"),
    # the venue "в эфире передачи «X»" is no subject; the nominative after it is (appositions agree in case)
    ("venue-before-subject", "Россияне не подпадают под обмен, так как \"они не являются ополченцами\", заявил в "
     "эфире передачи \"Шустер Live\" переговорщик центра содействия освобождению заложников при Службе безопасности "
     "Украины Юрий Тандит.", "Россияне не подпадают под обмен, так как \"они не являются ополченцами\"",
     "Юрий Тандит", "indirect_trailing"),  # the quotation goes on from "как": the clause is the quote (quotes71)
    # a prepositional aside set off by commas between the subject and its cue ("несмотря на …", "в свою очередь")
    # holds no subject: the subject is before it
    ("aside-prepositional-subject", "Канал при этом пишет, что в личных беседах со своими помощниками президент, "
     "несмотря на предпринимаемые попытки оспорить итоги голосования, указывал, что не останется во главе "
     "администрации на второй срок.", "не останется во главе администрации на второй срок", "президент",
     "indirect_that"),
    ("aside-fronted-adverbial-subject", "Напомним, после ссоры с руководством завода Иван Петров, которому "
     "принадлежит треть акций, сообщил партнерам, что директора воруют.", "директора воруют", "Иван Петров",
     "indirect_that"),
    # an adverbial clause ("когда она приехала") between the subject and its cue holds no subject; a possessive the
    # coref stage linked names its owner in the genitive ("сослуживцы ее брата" -> "сослуживцы брата Анны Смит")
    ("adverbial-clause-subject", "Сестра погибшего Анна сообщила в интервью газете, что сослуживцы ее брата в "
     "Лондоне, когда она приехала туда, сообщили ей, что Марк погиб в бою.", "Марк погиб в бою",
     "сослуживцы брата Анны в Лондоне", "indirect_that"),
    ("possessive-owner-service", "Министр Олег Кравцов вернулся из Пекина. Он подписал договор, сообщила его "
     "пресс-служба.", "Он подписал договор", "пресс-служба Олега Кравцова", "indirect_trailing"),
    # an unnamed source after a long quotation is the person quoted before it: the quotation's own sentences put no
    # distance between them (as for a pronoun)
    ("unnamed-source-after-long-quote", "Рейтинги не отражают реальность, говорит директор института Иван Петров. "
     "«Опросы врут. Люди молчат. Сторонники прячутся. Картина совсем иная», — говорит политолог.",
     "Опросы врут. Люди молчат. Сторонники прячутся. Картина совсем иная", "Иван Петров", "direct_after"),
    # a person's name right after a role noun is its apposition, wherever the parse attached it
    ("role-name-adjacent", "Как заявил на суде заявитель Павлов, \"избирателей пытаются ввести в заблуждение, "
     "предложив голосовать за несуществующую партию\".", "\"избирателей пытаются ввести в заблуждение, предложив "
     "голосовать за несуществующую партию\"", "Павлов", "indirect_as_says"),  # the whole quotation (quotes46)
    # a first name of either gender ("Рашида": hers, or the genitive of "Рашид") leaves the entity's own gender:
    # "она" may refer to her
    ("first-name-either-gender", "Депутат Рашида Тлаиб будет представлять Мичиган. «Я избиралась ради своих "
     "сыновей», - сказала она.", "Я избиралась ради своих сыновей", "Рашида Тлаиб", "direct_after"),
    # an aged generic person ("42-летняя женщина") refers back to the person named as the subject before (the
    # coref stage links it); a pronoun after it takes that person too
    ("aged-person-pronoun", "Депутат Анна Смит будет представлять Мичиган. 42-летняя женщина была старшей из детей "
     "в семье. Она говорит, что решила участвовать в выборах ради детей.", "решила участвовать в выборах ради детей",
     "Анна Смит", "indirect_that"),
    ("aged-person-subject", "Бизнесмен Олег Кравцов продал завод. 56-летний мужчина заявил, что уходит на покой.",
     "уходит на покой", "Олег Кравцов", "indirect_that"),
    ("first-name-either-gender-yana", "Аналитик Яна Смит выступила в Бостоне. Она отметила, что спрос на жилье "
     "упал.", "спрос на жилье упал", "Яна Смит", "indirect_that"),
    # a role of an organization named by a common noun ("представитель министерства") is someone new, not the
    # salient person, unless that person was introduced with an organization of the kind
    ("role-organization-noun-new", "Мэр Олег Кравцов объявил о новых мерах. «Мы усилим патрули», — сказал Кравцов. "
     "Представитель министерства транспорта заявил, что угрозы нет.", "угрозы нет",
     "представитель министерства транспорта", "indirect_that"),
    # a bare unnamed source goes on with the person the sentence just before introduces as its subject, not with the
    # person quoted before; it agrees with the person in the noun's own gender too ("собеседница")
    ("unnamed-source-introduced-subject", "«Пошлины ударят по фермерам», — сказал политолог Иван Петров. Схожей "
     "точки зрения придерживается директор института Олег Кравцов. В беседе с газетой эксперт заявил, что цены "
     "вырастут.", "цены вырастут", "Олег Кравцов", "indirect_that"),
    ("unnamed-source-noun-gender", "«Нужны новые испытания», - говорит вирусолог Олег Кравцов. «Документы в "
     "порядке», - указывает собеседница.", "Документы в порядке", "собеседница", "direct_after"),
    # "собеседник агентства" names no more than a bare "собеседник": the named person quoted just before, agreeing
    # in gender ("собеседница" is no man)
    ("interlocutor-of-medium-named", "«Цены вырастут», — сказал в беседе с РИА Новости экономист Иван Петров. "
     "«Рынок ждет решения», — добавил собеседник агентства.", "Рынок ждет решения", "Иван Петров", "direct_after"),
    ("interlocutor-of-medium-gender", "«Цены вырастут», — сказал в беседе с РИА Новости экономист Иван Петров. "
     "«Рынок ждет решения», — добавила собеседница агентства.", "Рынок ждет решения", "собеседница РИА Новости",
     "direct_after"),
    # a colon clause whose subject names a person as a role noun with the name in apposition, or as "он"/"она",
    # is that person's, not the speaker quoted before
    ("colon-subject-apposition", "«Изменения были ожидаемы», — сказал адвокат Иван Герасимов. Адвокат семьи "
     "Петрова Вадим Сомов, в свою очередь, оказался недоволен: «Следствие идет не туда».", "Следствие идет не туда",
     "Вадим Сомов", "direct_colon_subject"),
    ("colon-subject-pronoun", "«Это большой успех», — цитирует министра «Интерфакс». Режиссер Никита Орлов "
     "поздравил всех с открытием фестиваля. Он похвалил гостей за смелость: «Спасибо, что приехали к нам».",
     "Спасибо, что приехали к нам", "Никита Орлов", "direct_colon_subject"),
    # a blog column's page ("Имя Фамилия: «Заголовок»" as its first line): a paragraph in quotation marks and "пишет
    # журналист" are the author's (quotes91, column_author, column_writer); a page without such a line, a named writer
    ("speaker-column-paragraph", "Иван Петров: «Поражение»\n\n«Катастрофически низкая явка решила исход выборов. "
     "Власть мобилизовала всех, кого могла, а оппозиция не смогла привести даже своих сторонников».",
     "Катастрофически низкая явка решила исход выборов. Власть мобилизовала всех, кого могла, а оппозиция не смогла "
     "привести даже своих сторонников", "Иван Петров", "direct_standalone"),
    ("speaker-column-paragraph-no-column", "Итоги выборов в Москве: «явка решила всё»\n\nГлава штаба Анна Смирнова "
     "выступила перед сторонниками.\n\n«Катастрофически низкая явка решила исход выборов. Власть мобилизовала всех, "
     "кого могла».", "Катастрофически низкая явка решила исход выборов. Власть мобилизовала всех, кого могла",
     "Анна Смирнова", "direct_standalone"),
    ("speaker-column-writer", "Иван Петров: «Вы зачем его убили?»\n\nЖурналиста Павла Сидорова убили вчера вечером в "
     "центре Киева.\n\n«Я понимаю, когда убивают за журналистские расследования», — пишет журналист в Facebook.",
     "Я понимаю, когда убивают за журналистские расследования", "Иван Петров", "direct_after"),
    ("speaker-column-writer-named", "Иван Петров: «Вы зачем его убили?»\n\nЖурналиста Павла Сидорова убили вчера "
     "вечером в центре Киева.\n\n«Я понимаю, когда убивают за журналистские расследования», — пишет журналист Олег "
     "Орлов.", "Я понимаю, когда убивают за журналистские расследования", "Олег Орлов", "direct_after"),
    # "его слова:": a third-person possessive owner of the speech noun before the colon (quotes91, _noun_source)
    ("colon-noun-possessive", "Депутат Иван Козлов резко отреагировал на критику. В журнале «Итоги» приводятся его "
     "слова: «Такие сравнения недопустимы в политическом споре».", "Такие сравнения недопустимы в политическом споре",
     "Иван Козлов", "direct_colon_noun"),
    # a heading's label ("Очевидец об увиденном: «…»", "Очевидец: …") is the person the next paragraph names first
    # in the nominative, telling with a speech verb, when the genders agree (quotes91, label_named_next)
    ("speaker-label-named-next", "Самолет разбился в тайге.\n\nОчевидец об увиденном на месте катастрофы: «Кругом "
     "обломки. Люди лежали в одной куче»\n\nО том, что увидели первые очевидцы, рассказал газете «Вести» Иван Козлов, "
     "брат пилота.", "Кругом обломки. Люди лежали в одной куче", "Иван Козлов", "direct_colon_context"),
    ("speaker-label-named-next-gender", "Самолет разбился в тайге.\n\nОчевидица об увиденном на месте катастрофы: "
     "«Кругом обломки. Люди лежали в одной куче»\n\nО том, что увидели первые очевидцы, рассказал газете «Вести» Иван "
     "Козлов, брат пилота.", "Кругом обломки. Люди лежали в одной куче", None, "direct_colon_context"),
    ("speaker-label-named-next-headline", "Студенты устроили погром в общежитии.\n\nОчевидец: первокурсники требовали "
     "увольнения воспитателя\n\nСтудент третьего курса по имени Роман рассказал порталу «Вести» подробности "
     "происшествия.", "первокурсники требовали увольнения воспитателя", "Роман", "indirect_headline"),
    # a colon clause whose subject is no named person but can speak (a person noun, an outlet, a quoted group noun)
    # is that subject's (quotes91, direct_colon_speaker); a thing as the subject leaves the context's speaker
    ("colon-speaker-description", "Министр Олег Титов выступил на съезде. Депутаты слушали молча. Председатель "
     "комитета по бюджету поддержал министра: «Мы давно ждали этих перемен».", "Мы давно ждали этих перемен",
     "председатель комитета по бюджету", "direct_colon_speaker"),
    ("colon-speaker-outlet", "«Мы снизим налоги», — сказал министр Олег Титов. Газета «Вести» вышла с огромным "
     "заголовком: «Налоги снизят уже весной».", "Налоги снизят уже весной", "Вести", "direct_colon_speaker"),
    ("colon-speaker-quoted-noun", "«Мы снизим налоги», — сказал министр Олег Титов. «Стратеги» успокаивают: «У нас "
     "остается еще много резервов».", "У нас остается еще много резервов", "стратеги", "direct_colon_speaker"),
    ("colon-speaker-thing", "Министр Олег Титов выступил на съезде. Решение было однозначным и вошло в протокол: "
     "«Налоги снизят уже весной».", "Налоги снизят уже весной", "Олег Титов", "direct_colon_context"),
    # a subject the writer introduces with "у меня/у нас" is someone only the writer knows: the words are his, but
    # no person of the story's (finalread-y4)
    ("colon-speaker-writer-owned", "Кандидат в мэры Иван Смирнов обещал построить новые дороги.\n\nУ меня сосед "
     "когда-то голосовал по такой же логике: «Раз обещает дороги, значит будет толк»",
     "Раз обещает дороги, значит будет толк", None, "direct_colon_speaker"),
    # a person noun whose phrase names an organization ("сотрудник банка", "гендиректор ГАБТа") is the person quoted
    # before when that person was introduced with the organization; someone new when not
    ("tied-organization-description", "«Ставка останется прежней», — сказал главный экономист банка «Север» Иван "
     "Петров. «Инфляция замедлится», — добавил сотрудник банка.", "Инфляция замедлится", "Иван Петров",
     "direct_after"),
    ("untied-organization-description", "«Ставка останется прежней», — сказал главный экономист банка «Север» Иван "
     "Петров. «Инфляция замедлится», — добавил сотрудник министерства.", "Инфляция замедлится",
     "сотрудник министерства", "direct_after"),
    # a person the quote's own content names is not the salient person a bare role noun goes on with
    ("salient-person-named-in-content", "Певец Олег Кравцов подал заявление в полицию. «Меня шантажируют», — "
     "сказал Кравцов. Следователь указал, что обвиняемая может угрожать Кравцову.", "обвиняемая может угрожать "
     "Кравцову", "следователь", "indirect_that"),
    # the abbreviation "и. о." ("исполняющий обязанности") heads a role phrase: a name in apposition, else the
    # phrase as written, never the word "и"
    ("acting-role-abbreviation", "Деньги ушли на счет фирмы брата, сообщил и.о. прокурора района.",
     "Деньги ушли на счет фирмы брата", "и.о. прокурора района", "indirect_trailing"),
    ("acting-role-name", "Угроза минимальна, заявил и. о. министра обороны Иван Петров в интервью.",
     "Угроза минимальна", "Иван Петров", "indirect_trailing"),
    # a role described as former ("бывший", "экс-") goes to a holder introduced as former, a current one to a
    # holder introduced as current, when the article has both
    ("role-current-not-former", "Лидер партии Олег Кравцов выступил в Омске. Вчера задержали бывшего лидера партии "
     "Ивана Петрова. По словам лидера партии, задержание связано с выборами.", "задержание связано с выборами",
     "Олег Кравцов", "indirect_according"),
    ("role-former-not-current", "Бывший мэр города Иван Петров приехал на участок. Мэр города Олег Кравцов открыл "
     "участок. По словам бывшего мэра, выборы честные.", "выборы честные", "Иван Петров", "indirect_according"),
    ("role-organization-noun-tied", "Юрист телеканала Иван Петров выступил в суде. «Иск необоснован», — сказал "
     "Петров. Представитель телеканала также отметил, что решение законно.", "решение законно", "Иван Петров",
     "indirect_that"),
    # an order with its content is a demand: "распорядился / приказал / велел" + infinitive (REQUEST_VERBS)
    ("request-order-verb", "Губернатор Иван Петров распорядился выплатить семьям пострадавших по миллиону рублей.",
     "выплатить семьям пострадавших по миллиону рублей", "Иван Петров", "indirect_request"),
    ("request-order-addressee", "Министр обороны Олег Сомов приказал войскам вернуться в казармы.",
     "вернуться в казармы", "Олег Сомов", "indirect_request"),
    # a predicate coordinated after a comma with no subject of its own shares the previous predicate's
    # (subjects._coordinated_clause), not a relative clause's inside it
    ("subject-coordinated-clause", "Губернатор Мурманской области Иван Петров поддержал инициативу отставки мэра, но "
     "при этом отметил, что покинуть пост должен и председатель Городского совета Олег Сомов, вторая сторона "
     "конфликта, отмечает ТАСС.", "покинуть пост должен и председатель Городского совета Олег Сомов, вторая сторона "
     "конфликта", "Иван Петров", "indirect_that"),
    ("subject-coordinated-not-relative", "В заявлении глава Twitter Иван Петров сравнил свою компанию с площадью, где "
     "каждый выражает личное мнение, и отметил, что принимает на себя полную ответственность за последствия, пишет "
     "ТАСС.", "принимает на себя полную ответственность за последствия", "Иван Петров", "indirect_that"),
    # a bare unnamed-source noun goes on with the person quoted just before it, not with the one the article
    # introduced with that noun earlier (speakers._current_source)
    ("speaker-current-source", "По мнению эксперта по США Ивана Петрова, выборы пройдут спокойно.\n\nНаучный "
     "сотрудник института Олег Сомов уточняет, что позиции сторон разнятся.\n\n«Республиканцы осторожнее "
     "демократов», — пояснил эксперт.", "Республиканцы осторожнее демократов", "Олег Сомов", "direct_after"),
    # a role noun phrase no introduction resolves, the subject of a direct quote's cue right after a named person's
    # quote, goes on with that person (quotes88, speakers._current_role_holder, traced `current_role_holder`): a
    # blog's headline name, "по мнению X"; not a noun marked as new, one the person is the relatum
    # of, or an office the person's introduction rules out
    ("speaker-current-role-headline", "Иван Петров: «Очень полезная купюра»\n\n«Тщательно изучил новые купюры. Мой "
     "вердикт: одобряю», — пишет публицист и философ на своей странице в Facebook.",
     "Тщательно изучил новые купюры. Мой вердикт: одобряю", "Иван Петров", "direct_after"),
    ("speaker-current-role-opinion", "По мнению Ивана Петрова, переговоры зашли в тупик. «Это и есть "
     "псевдополитические решения», — считает спецпредставитель Масхадова.",
     "Это и есть псевдополитические решения", "Иван Петров", "direct_after"),
    ("speaker-current-role-headline-organization", "Иван Петров: «Суд работает на заказ»\n\n«Решения с таким "
     "номером на сайте суда нет», — пишет руководитель правозащитной группы «Агора» в своем канале.",
     "Решения с таким номером на сайте суда нет", "Иван Петров", "direct_after"),
    # an indirect quote whose own source the role noun is ("как считает X", "по словам X", "X заявил, что") goes
    # on with the person too (quotes94, speakers._reporting_role); not when its content names that person
    # (speakers._spoken_of: reported speech names its own source by a pronoun)
    ("speaker-current-role-indirect", "По мнению Ивана Петрова, переговоры зашли в тупик. Как считает "
     "спецпредставитель Масхадова, решение будет принято завтра.", "решение будет принято завтра",
     "Иван Петров", "indirect_as_says"),
    ("speaker-current-role-indirect-named", "По мнению Ивана Петрова, переговоры зашли в тупик. Как считает "
     "спецпредставитель Масхадова, Петрова ввели в заблуждение.", "Петрова ввели в заблуждение",
     "спецпредставитель Масхадова", "indirect_as_says"),
    ("speaker-current-role-new", "По мнению Ивана Петрова, переговоры зашли в тупик. «Это и есть "
     "псевдополитические решения», — считает другой спецпредставитель Масхадова.",
     "Это и есть псевдополитические решения", "другой спецпредставитель Масхадова", "direct_after"),
    ("speaker-current-role-relatum", "«Мы готовы к диалогу», — сказал президент Иван Петров. «Переговоры "
     "продолжатся», — добавил советник президента.", "Переговоры продолжатся", "советник президента",
     "direct_after"),
    ("speaker-current-role-office", "По мнению посла Ивана Петрова, переговоры зашли в тупик. «Это и есть "
     "псевдополитические решения», — считает президент Филиппин.", "Это и есть псевдополитические решения",
     "президент Филиппин", "direct_after"),
    # a headline quotes the person only on a first line "X: «…»": a lead opening with a quote and its cue gives no
    # exception from the organization guard (finalread-x1)
    ("speaker-current-role-lead-quote", "«Газ будет поставляться без перебоев», — сказал Иван Петров.\n\n«Мы не "
     "получили ни одной заявки», — возразил глава «Нафтогаза».", "Мы не получили ни одной заявки",
     "глава «Нафтогаза»", "direct_after"),
    # the first part of a quote the noun splits is no quote before it: its speaker (here a wrong one) is not carried
    # on to the second part (finalread-x1, speakers._attributed_to)
    ("speaker-current-role-split", "Президент Чечни Олег Сидоров прокомментировал убийство.\n\n\"Мы ранее были "
     "единомышленниками, - сказал Сидоров. - Но кто-то сильный работает против нас\".\n\n\"Один из братьев, Иван "
     "заявляет, что Сидоров причастен к убийству. Почему он до сих пор молчит? - сказал президент. - Кто-то ему так "
     "посоветовал\".\n\n\"Если бы к этому был причастен Сидоров, он никогда этого не скрывал бы, - подчеркнул "
     "руководитель республики. - За свои слова Иван Петров должен ответить сполна\".",
     "За свои слова Иван Петров должен ответить сполна", "Олег Сидоров", "direct_split"),
    # a compound title refers back to its full form's head (quotes88, lexicon.ROLE_SYNONYMS)
    ("speaker-compound-title-director", "Генеральный директор телеканала Иван Петров выступил на фестивале. По "
     "словам гендиректора, сезон откроется премьерой.", "сезон откроется премьерой", "Иван Петров",
     "indirect_according"),
    ("speaker-compound-title-bare-head", "Директор школы Иван Петров выступил на собрании. По словам гендиректора, "
     "компания выплатит премии.", "компания выплатит премии", "гендиректор", "indirect_according"),  # coref90:
    # one introduced with the bare head is no гендиректор (`lexicon.COMPOUND_TITLES`)
    ("speaker-compound-title-consul", "Генеральный консул России в Мюнхене Иван Петров сообщил о вылете. По словам "
     "генконсула РФ, спортсменка чувствует себя хорошо.", "спортсменка чувствует себя хорошо", "Иван Петров",
     "indirect_according"),
    # "с точки зрения X" at a sentence's start is a source phrase like "по мнению X" (indirect._point_of_view)
    ("according-point-of-view", "С точки зрения политолога Ивана Петрова, выборщики вряд ли проголосуют за "
     "президента.", "выборщики вряд ли проголосуют за президента", "Иван Петров", "indirect_according"),
    # a dash sets off an apposition as a comma does (speakers._dash_apposition, _named_by_apposition)
    ("speaker-dash-apposition", "Действующий глава страны — республиканец Иван Петров — объявил о своей победе на "
     "выборах.", "своей победе на выборах", "Иван Петров", "indirect_about"),
    ("speaker-dash-no-apposition", "Первые подсчеты отдавали победу Ивану Петрову — и ряд телеканалов уже "
     "объявил о его победе.", "его победе", "ряд телеканалов", "indirect_about"),
    # a role noun right after a sentence whose subject is a named person goes on with that person when the article
    # gives the person the role: introduced with it or a synonym, or the office ("кандидатом в губернаторы") and its
    # complement in a sentence naming the person (speakers._role_holder_before)
    ("speaker-role-holder-before", "Генеральный прокурор России Иван Петров не видит нарушений в работе суда. "
     "Генпрокурор, комментируя чтение показаний, сообщил, что не считает это нарушением закона.",
     "не считает это нарушением закона", "Иван Петров", "indirect_that"),
    ("speaker-role-holder-before-tied", "Избирком зарегистрировал Олега Сомова кандидатом в губернаторы области.\n\n"
     "Через год Олег Сомов неожиданно объявил о своей отставке. Свое решение губернатор области мотивировал "
     "волей избирателей. «Так получилось», — сказал он.", "Так получилось", "Олег Сомов", "direct_after"),
    ("speaker-dash-apposition-spaced-hyphen", "Об отставке губернатора сообщил сегодня председатель исполкома - "
     "исполнительный секретарь союза Олег Сомов.", "отставке губернатора", "Олег Сомов", "indirect_about_fronted"),
    # a comparative quantifier with the share it counts is the source as a whole, not the quantifier alone
    # (subjects.comparative_share, speakers._comparative_share)
    ("speaker-comparative-share", "Больше половины избирателей (63%) утверждают, что выборы пройдут честно.",
     "выборы пройдут честно", "больше половины избирателей", "indirect_that"),
    ("speaker-comparative-share-adverb", "По данным опроса, более трети россиян уверены, что цены вырастут.",
     "цены вырастут", "более трети россиян", "indirect_that"),
    ("speaker-comparative-no-share", "Более того, министр финансов Иван Петров заявил, что бюджет исполнен.",
     "бюджет исполнен", "Иван Петров", "indirect_that"),
    # a share of a group right before a cue the parse left without a subject: the quantity hung on the content
    # clause after a header line, or on a run-on headline before it (subjects._share_before,
    # speakers._share_group)
    ("speaker-share-after-header", "Зарегистрированные избиратели, голосующие за демократическую партию\n\nБольше "
     "половины избирателей (63%) утверждают, что на их выбор повлияет то, какая партия контролирует Конгресс.",
     "на их выбор повлияет то, какая партия контролирует Конгресс", "больше половины избирателей", "indirect_that"),
    ("speaker-share-run-on-headline", "Опрос: 79% американцев признают победу Байдена Большинство американцев "
     "полагают, что победу на состоявшихся выборах президента США одержал Джозеф Байден.",
     "победу на состоявшихся выборах президента США одержал Джозеф Байден", "большинство американцев",
     "indirect_that"),
    # a per cent with its numeral counting a group is the cue's subject where the parse hangs it elsewhere or reads
    # it as an inverted cue's object ("%" is a symbol with no case: subjects.counted_share); a focus particle before
    # it is no part of the source's name (phrases._focus_particle)
    ("speaker-counted-share-then", "Если 40% работников подтвердили получение серых зарплат, то всего лишь 20% "
     "кадровиков сообщили, что их предприятия выплачивают зарплаты в конвертах.",
     "их предприятия выплачивают зарплаты в конвертах", "20% кадровиков", "indirect_that"),
    ("speaker-counted-share-trailing", "Президент должен немедленно признать своё поражение на выборах, считают 46% "
     "американских избирателей.", "Президент должен немедленно признать своё поражение на выборах",
     "46% американских избирателей", "indirect_trailing"),
    ("speaker-counted-share-parsed", "По данным опроса, 20% кадровиков сообщили, что их предприятия выплачивают "
     "зарплаты в конвертах.", "их предприятия выплачивают зарплаты в конвертах", "20% кадровиков",
     "indirect_that"),
    # an aside in brackets or between a pair of dashes stands between the subject and its cue (subjects.aside_opening,
    # read by `_segments_before`): the bracketed one is passed over, the dashed one read for a nominative name in
    # apposition, else passed over too; an attribution dash after a quotation opens no aside
    ("speaker-aside-brackets", "В суде была показана видеозапись, на которой видно, что Петров не сопротивлялся во "
     "время задержания, и заслушаны показания свидетелей, однако судья Затонская (ранее носившая фамилию Борисова) "
     "заявила, что не может доверять свидетелям, так как их показания расходятся с показаниями полиции.",
     "не может доверять свидетелям, так как их показания расходятся с показаниями полиции", "Затонская",
     "indirect_that"),
    ("speaker-aside-dashes-name", "Ранее другая отраслевая организация - Ассоциация туроператоров России - сообщала, "
     "что по итогам первой половины года россияне совершили 13,2 млн зарубежных поездок, что на 13,1% меньше, чем за "
     "аналогичный период прошлого года.", "по итогам первой половины года россияне совершили 13,2 млн зарубежных "
     "поездок, что на 13,1% меньше, чем за аналогичный период прошлого года", "Ассоциация туроператоров России",
     "indirect_that"),  # the fullest form the article writes: the owner "России" with it (written_owned_name)
    ("speaker-aside-dashes-genitive", "При этом родственники одного из погибших - 31-летнего старшего лейтенанта "
     "Вадима Петрова - сообщили \"Коммерсанту\", что автомобиль, в котором он ехал вместе с сослуживцами, попал под "
     "огонь противника.", "автомобиль, в котором он ехал вместе с сослуживцами, попал под огонь противника",
     "родственники одного из погибших", "indirect_that"),
    # a description's country rules out a person known to be of another country (descriptions.country_mismatch:
    # `lang.offices` or the person's introduction): the salient US secretary is no "иранский министр", the table's
    # Russian president no "президент Франции" (someone new: the phrase); a description of the person's own country
    # still goes on with the person
    ("speaker-country-salient", "Глава МИД Ирана Мохаммад Зариф сообщил, что решения найдены. Государственный "
     "секретарь США Джон Керри заявил, что переговоры идут трудно. «Мы близки к соглашению», — сказал иранский "
     "министр.", "Мы близки к соглашению", "Мохаммад Зариф", "direct_after"),
    ("speaker-country-office", "Президент Владимир Путин провел переговоры в Кремле. Президент Франции попросил Путина "
     "остановить наступление.", "остановить наступление", "президент Франции", "indirect_request"),
    ("speaker-country-same", "Президент Владимир Путин провел совещание в Кремле. «Работа идет по плану», — сказал "
     "российский президент.", "Работа идет по плану", "Владимир Путин", "direct_after"),
    # a speaker's name that is a woman's nominative and a man's genitive alike is read by its apposition (entities
    # `feminine_agreement`, `apposed_role_case`; quotes35): the woman where the role's predicate is feminine, the man
    # beside a role noun in the genitive, whatever gender slovnet tags
    ("speaker-name-woman-role", "Спрос на вакансии снизился на 20%, рассказала руководитель проекта Евгения "
     "Ласточкина.", "Спрос на вакансии снизился на 20%", "Евгения Ласточкина", "indirect_trailing"),
    ("speaker-name-man-genitive", "По словам начальника отдела облпрокуратуры Валентина Дубикова, партия не уведомила "
     "службу о смене руководства.", "партия не уведомила службу о смене руководства", "Валентин Дубиков",
     "indirect_according"),
    # a counted description in the nominative (quotes37, `phrases.counted_nominative`): the numeral in the
    # nominative, the noun in the case it governs (genitive singular after два/три/четыре/оба, plural after the
    # others), "один" agreeing; a nominative count stays as it is
    ("speaker-counted-paucal", "По словам трех человек, знакомых с ситуацией, сделка сорвалась.", "сделка сорвалась",
     "три человека", "indirect_according"),
    ("speaker-counted-feminine", "По словам двух молодых женщин, пожар начался ночью.", "пожар начался ночью",
     "две молодых женщины", "indirect_according"),
    ("speaker-counted-plural", "По данным нескольких источников, встреча отменена.", "встреча отменена",
     "несколько источников", "indirect_according"),
    ("speaker-counted-one", "По словам одного собеседника агентства, переговоры отложены.", "переговоры отложены",
     "один собеседник агентства", "indirect_according"),
    ("speaker-counted-locative", "Как рассказали в обоих ведомствах, проверка продолжается.", "проверка продолжается",
     "оба ведомства", "indirect_as_says"),
    ("speaker-counted-nominative", "Как сообщили двое очевидцев, машина скрылась.", "машина скрылась", "двое очевидцев",
     "indirect_as_says"),
    # a count the dictionary knows only as an adjective agrees with its noun (quotes102, `phrases.agreeing_count`): the
    # whole phrase in the nominative; a figure with a case ending stays a count
    ("speaker-agreeing-count", "Но, по мнению многих специалистов, подобные операции крайне редко приводят к успеху.",
     "подобные операции крайне редко приводят к успеху", "многие специалисты", "indirect_according"),
    ("speaker-agreeing-count-age", "По словам 25-летнего аспиранта МГУ, его били и пытали в отделе полиции.",
     "его били и пытали в отделе полиции", "25-летний аспирант МГУ", "indirect_according"),
    ("speaker-counted-figure-ending", "По словам 3-х свидетелей, машина скрылась.", "машина скрылась",
     "3-х свидетелей", "indirect_according"),
    # a participle used as a noun in the nominative (quotes102, `phrases._substantive_participle`); a word the
    # dictionary has as a noun too goes the noun's way
    ("speaker-substantive-participle", "Те, по словам пострадавших, начали кому-то звонить и просить подъехать.",
     "начали кому-то звонить и просить подъехать", "пострадавшие", "indirect_according"),
    ("speaker-substantive-participle-singular", "По словам пострадавшего, нападавший был пьян.",
     "нападавший был пьян", "пострадавший", "indirect_according"),
    ("speaker-substantive-participle-noun", "По словам военных, удар нанесен ночью.", "удар нанесен ночью",
     "военные", "indirect_according"),
    # a conjunct counted with its head inflects only its own adjectives, in its own gender (mends7)
    ("speaker-counted-one-conjunct", "По словам одной опытной сотрудницы и молодого эксперта, сделка сорвалась.",
     "сделка сорвалась", "одна опытная сотрудница и молодой эксперт", "indirect_according"),
    ("speaker-counted-one-conjunct-gender", "По словам одного молодого эксперта и опытной сотрудницы, сделка "
     "сорвалась.", "сделка сорвалась", "один молодой эксперт и опытная сотрудница", "indirect_according"),
    # a conjunct of another number than its counted head is counted by nothing: the plain nominative (mends7)
    ("speaker-counted-singular-conjunct", "По словам трех экспертов и председателя, сделка сорвалась.",
     "сделка сорвалась", "три эксперта и председатель", "indirect_according"),
    ("speaker-counted-singular-conjunct-adjective", "По словам пяти молодых экспертов и опытного председателя, сделка "
     "сорвалась.", "сделка сорвалась", "пять молодых экспертов и опытный председатель", "indirect_according"),
    # a hyphenated noun whose two parts decline together is put in the nominative in both (quotes37,
    # `phrases.inflected_compound`; the number read from the last part, which the parser guesses for an unseen word);
    # a first part that does not decline stays ("генерал-губернатора" -> "генерал-губернатор")
    ("speaker-compound-both-parts", "По мнению экспертов-юристов, закон нарушен.", "закон нарушен", "эксперты-юристы",
     "indirect_according"),
    ("speaker-compound-first-fixed", "По словам генерал-губернатора, визит отложен.", "визит отложен",
     "генерал-губернатор", "indirect_according"),
    # subjects carried to a cue that has none of its own (quotes27): a gerund the parse hung on its own content
    # clause's predicate (subjects._gerund_own_clause); a cue in a relative clause opened by "в котором" under the
    # object of a publishing verb (subjects._relative_host); a bare "в сообщении" after an organization's statement
    # (speakers._issuing_organization), not when the release names its own page or owner
    ("speaker-gerund-own-clause", "\"Сейчас лишь 30 процентов покупателей могут себе позволить спрашивать о "
     "качестве\", - отметила Анна Котова, намекая на то, что низкая цена еще не определяет рост покупательской "
     "способности.", "низкая цена еще не определяет рост покупательской способности", "Анна Котова", "indirect_that"),
    ("speaker-relative-host", "Компания Visa опубликовала заявление, в котором указала, что работает с Центробанком "
     "над переводом транзакций.", "работает с Центробанком над переводом транзакций", "Visa", "indirect_that"),
    # the unsaid subject of a subordinate clause is its host clause's (quotes39): a cue in a "что"-clause with no
    # subject of its own (subjects._host_clause_subject), not when it disagrees with the host's subject; a relative
    # clause opened by a bare object relative ("которого попросил"), the host verb found before the noun when the
    # parse hung the noun elsewhere (subjects._relative_host), not when the clause names its own subject
    ("speaker-host-clause-subject", "Пресс-секретарь мэрии Олег Лаптев заметил, что не считает эти предложения "
     "достойными обсуждения.", "эти предложения достойными обсуждения", "Олег Лаптев", "indirect_naming"),
    ("speaker-host-clause-disagrees", "Губернатор Олег Лаптев сообщил, что в министерстве считают проект слишком "
     "дорогим.", "проект слишком дорогим", "министерство", "indirect_naming"),
    ("speaker-relative-object", "Премьер позвонил главе компании «Северный поток» Олегу Лаптеву, которого попросил "
     "ускорить ремонт трубы.", "ускорить ремонт трубы", "премьер", "indirect_request"),
    ("speaker-relative-object-own-subject", "Президент позвонил губернатору Олегу Лаптеву, которого мэр попросил "
     "ускорить ремонт дорог.", "ускорить ремонт дорог", "мэр", "indirect_request"),
    # a time adverbial is no source (quotes39, descriptions.time_phrase): a part of a period before a month read as
    # the place that speaks ("в конце августа" after an indefinite plural), a weekday the tagger lemmatizes
    # "воскресение" read as the subject; "в том, что" after it is no place either; not the place after the time
    # ("В воскресенье в МИД заявили")
    ("speaker-time-phrase-place", "В конце августа его обвинили в том, что он участвовал в боях.",
     "он участвовал в боях", None, "indirect_that"),
    ("speaker-time-phrase-correlative", "Депутат добился принятия в Петербурге закона о запрете рекламы. В конце "
     "августа его обвинили в том, что он участвовал в боях.", "он участвовал в боях", None, "indirect_that"),
    ("speaker-time-phrase-subject", "Мы приносим свои извинения заявителям, - цитировало в минувшее воскресенье ИА "
     "Новости - Казахстан текст сообщения.", "Мы приносим свои извинения заявителям", None, "indirect_trailing"),
    ("speaker-time-phrase-then-place", "В воскресенье в МИД заявили, что переговоры продолжатся.",
     "переговоры продолжатся", "МИД", "indirect_that"),
    # a person noun's genitive complement names whom the description relates to, never whom it stands for
    # (quotes40, descriptions.relatum_persons): "Представитель Эрдогана" is not the salient Эрдоган, "советник
    # Трампа" not Трамп; an apposed name stays the speaker, and a name the tagger reads as a genitive though its
    # words are the name's nominative ("министр Голикова") is no complement, nor a genitive after a noun in an
    # oblique case (an apposition in that case: "просьбу рядового Мэннинга")
    ("speaker-relatum-owner", "Президент Турции Реджеп Эрдоган выступил на митинге в Анкаре. Представитель Эрдогана "
     "назвал решение суда нарушением свободы слова.", "решение суда нарушением свободы слова",
     "представитель Эрдогана", "indirect_naming"),
    ("speaker-relatum-advisor", "Дональд Трамп провел встречу с губернаторами. Советник Трампа признал, что "
     "кампания проиграна.", "кампания проиграна", "советник Трампа", "indirect_that"),
    ("speaker-relatum-apposed", "Президент Турции Реджеп Эрдоган выступил на митинге. Представитель Эрдогана "
     "Ибрагим Калын заявил, что решение суда нарушает свободу слова.", "решение суда нарушает свободу слова",
     "Ибрагим Калын", "indirect_that"),
    ("speaker-relatum-nominative", "Министр здравоохранения Татьяна Голикова провела совещание. Министр Голикова "
     "заявила, что реформа продолжится.", "реформа продолжится", "Татьяна Голикова", "indirect_that"),
    ("speaker-relatum-oblique", "Рядовой Брэдли Мэннинг подал прошение. Суд удовлетворил просьбу рядового Мэннинга "
     "сменить имя.", "сменить имя", "Брэдли Мэннинг", "indirect_request_noun"),
    # in an oblique case only a relation noun's genitive person is a relatum, by coref's reading (quotes41,
    # descriptions.oblique_relatum): "по словам советника Трампа", "по словам отца Джексона"; an office title keeps
    # its name as an apposition ("по словам министра Лаврова", "президента Путина")
    ("speaker-relatum-oblique-advisor", "Дональд Трамп провел встречу в Белом доме. По словам советника Трампа, "
     "переговоры продолжатся.", "переговоры продолжатся", "советник Трампа", "indirect_according"),
    ("speaker-relatum-oblique-kin", "Майкл Джексон умер в 2009 году. По словам отца Джексона, певец много работал.",
     "певец много работал", "отец Джексона", "indirect_according"),
    ("speaker-relatum-oblique-title", "Министр иностранных дел Сергей Лавров прибыл в Анкару. По словам министра "
     "Лаврова, переговоры продолжатся.", "переговоры продолжатся", "Сергей Лавров", "indirect_according"),
    ("speaker-relatum-oblique-president", "Владимир Путин провел встречу с губернаторами. По словам президента "
     "Путина, реформа продолжится.", "реформа продолжится", "Владимир Путин", "indirect_according"),
    # a relation or agent noun never hands its speech to its owner (quotes57, issue 15): in an oblique case the
    # genitive of "адвокат", "представитель" is whom it acts for when the story named that person before with no
    # such title (descriptions.known_relatum; one introduced as "адвокат X" stays the speaker); a possessive's person
    # is the noun's owner (descriptions.possessive_relatum), named in the phrase (speakers._possessive_before); of
    # two names in a row after the noun the last is its apposition (speakers._apposed_name)
    ("speaker-relatum-oblique-lawyer", "Оппозиционер Алексей Навальный остается в колонии. По словам адвоката "
     "Навального, условия содержания ухудшились.", "условия содержания ухудшились", "адвокат Навального",
     "indirect_according"),
    ("speaker-relatum-oblique-representative", "Президент Турции Реджеп Тайип Эрдоган прибыл в Москву. По мнению "
     "представителя Эрдогана, переговоры продлятся два дня.", "переговоры продлятся два дня",
     "представитель Эрдогана", "indirect_according"),
    ("speaker-relatum-oblique-own-lawyer", "Адвокат Иван Петров подал жалобу в суд. По словам адвоката Петрова, "
     "суд нарушил закон.", "суд нарушил закон", "Иван Петров", "indirect_according"),
    ("speaker-relatum-possessive", "Оппозиционер Алексей Навальный остается в колонии. По словам его адвоката, "
     "условия содержания ухудшились.", "условия содержания ухудшились", "адвокат Алексея Навального",
     "indirect_according"),
    ("speaker-relatum-possessive-wife", "Бизнесмен Петр Петров задержан в Москве. Его супруга сказала, что муж ни в "
     "чем не виноват.", "муж ни в чем не виноват", "супруга Петра Петрова", "indirect_that"),
    ("speaker-relatum-named-relative", "Профессора Валерия Голубкина арестовали по делу о госизмене. Адвокат "
     "Голубкина Александр Тимошенко подтвердил РБК, что арест продлен.", "арест продлен", "Александр Тимошенко",
     "indirect_that"),
    # with its owner written, such a noun refers back only to a person introduced with it (quotes57,
    # descriptions.relative_mismatch; pool "ее отец" -> the court's press secretary, Flynn's "его пресс-секретарь"
    # -> Трамп): not the court's press secretary, not the president; "Ее отец Гарри X" stays the father
    ("speaker-owned-other-role", "Гонщицу Мару Багдасарян задержали в Москве, сообщил пресс-секретарь суда "
     "Константин Тимошенко. Однако ее отец заявил, что дочь здорова.", "дочь здорова", "отец Мары Багдасарян",
     "indirect_that"),
    ("speaker-owned-other-person", "Бывший советник Иван Петров ушел в отставку. Президент Олег Смирнов поддержал "
     "его. Сам Петров все отрицал, однако его пресс-секретарь заявил, что Петров не помнит этих бесед.",
     "Петров не помнит этих бесед", "пресс-секретарь Ивана Петрова", "indirect_that"),
    ("speaker-owned-introduced", "Гонщицу Мару Багдасарян задержали в Москве. Ее отец Гарри Багдасарян приехал в "
     "суд. Позже ее отец заявил, что дочь здорова.", "дочь здорова", "Гарри Багдасарян", "indirect_that"),
    ("speaker-owned-named-after", "Трамп восхищается Меланией. Особенно Трамп любит женщин, которые сначала ему "
     "отказывают. Это сказала еще первая жена Трампа — Ивана. Такое бывает.", "Особенно Трамп любит женщин, которые "
     "сначала ему отказывают", "Ивана", "indirect_about_this"),
    ("speaker-owned-untitled", "Экс-губернатор Александр Хорошавин арестован. Иван Миронов подтвердил информацию о "
     "новом деле. «Я подтверждаю, что он был допрошен», — сказал защитник Хорошавина.",
     "Я подтверждаю, что он был допрошен", "Иван Миронов", "direct_after"),
    ("speaker-relatum-named-relative-oblique", "Редактор Ольга Шушлебина пришла в суд. По мнению адвоката Ольги "
     "Шушлебиной Дениса Мартинкова, у его подзащитной нет вины.", "у его подзащитной нет вины", "Денис Мартинков",
     "indirect_according"),
    # a genitive person description after a person noun names whom the noun relates to too (quotes47,
    # descriptions.described_relatum; pool "друг актера" -> Панин, "по словам отца ребенка" -> the child): the
    # person coref links it to, else one introduced with that noun; not one introduced with the head's own role
    # ("Заместитель министра финансов Татьяна Нестеренко"), and a body's genitive is no person ("Глава министерства")
    # a nominative "который" is the subject of its clause and stands for its antecedent, which comes before it
    # (quotes58, subjects._relative_subject / _antecedent / _antecedent_before; pool sentences): not a noun after
    # the pronoun that the parse hung the clause on, not a thing when a person agrees further back, through a quoted
    # name, a demonstrative or "один из …"; also where the parse gave the cue no subject at all
    ("speaker-relative-noun-after",
     "После его завершения к журналистам вышел пресс-секретарь губернатора Алексей Казаков, "
     "который подтвердил, что Наздратенко после телефонного разговора с президентом принял решение "
     "добровольно сложить с себя полномочия.",
     "Наздратенко после телефонного разговора с президентом принял решение добровольно сложить с "
     "себя полномочия",
     "Алексей Казаков", "indirect_that"),
    ("speaker-relative-one-of",
     "Об этом стало известно от одного из считавшихся погибшим полицейских, который позвонил своей "
     "жене по мобильному телефону и сообщил, что он вместе с девятью коллегами находится под "
     "развалинами.",
     "он вместе с девятью коллегами находится под развалинами",
     "один из считавшихся погибшим полицейских", "indirect_that"),
    ("speaker-relative-unparsed",
     "Напомним, на прошлой неделе Следственный комитет начал доследственную проверку в отношении "
     "Адагамова по заявлению его бывшей жены Татьяны Дельсаль, которая в интервью телеканалу "
     "Russia Today заявила, что более 10 лет назад ее бывший супруг совершал некие насильственные "
     "действия сексуального характера по отношению к 12-летней девочке.",
     "более 10 лет назад ее бывший супруг совершал некие насильственные действия сексуального "
     "характера по отношению к 12-летней девочке",
     "Татьяна Дельсаль", "indirect_that"),
    ("speaker-relative-genitive-group",
     "Последние данные о сокращении бедности расходятся с выводами экспертов Всемирного банка "
     "(ВБ), которые в марте 2009 года сообщили, что \"число бедных в России может увеличиться на "
     "2,75 млн, что перечеркнет достижения по снижению уровня бедности, достигнутые в последние "
     "годы\".",
     "\"число бедных в России может увеличиться на 2,75 млн, что перечеркнет достижения по снижению "
     "уровня бедности, достигнутые в последние годы\"",
     "эксперты Всемирного банка", "indirect_that"),
    ("speaker-relative-quoted-name",
     "На финише предвыборной кампании происходит консолидация всех лидеров \"оранжевой революции\", "
     "которые заявили о готовности объединиться в новом составе парламента.",
     "готовности объединиться в новом составе парламента",
     "все лидеры \"оранжевой революции\"", "indirect_about"),
    ("speaker-relative-demonstrative",
     "По итогам прыжков со 120-метрового трамплина Лаюнен уходил на дистанцию первым, имея "
     "преимущество в 15 секунд над немцем Акерманном, тем самым, который недавно заявил, что ключ "
     "к его успеху - в сексуальном воздержании.",
     "ключ к его успеху - в сексуальном воздержании",
     "Акерманн", "indirect_that"),
    ("speaker-relative-acquaintance",
     "Потом встретил знакомого, который по секрету сообщил, что Чуркин давно и смертельно болен и "
     "что с ним всегда врачи.",
     "Чуркин давно и смертельно болен и что с ним всегда врачи",
     "знакомый", "indirect_that"),
    ("speaker-relative-parsed",
     "Министр финансов Антон Силуанов, который выступил в Госдуме, заявил, что бюджет будет "
     "сбалансирован.",
     "бюджет будет сбалансирован",
     "Антон Силуанов", "indirect_that"),
    ("speaker-relative-person-before",
     "В Москву прилетел посол США Джон Салливан, который сообщил, что переговоры пройдут в среду.",
     "переговоры пройдут в среду",
     "Джон Салливан", "indirect_that"),
    # a subjectless plural cue speaks for the body named by the "в"-phrase right before it, when the parse hung the
    # phrase on a noun before (quotes58, subjects._place_before; pool sentences); not a city, not past a subject
    ("speaker-place-before-service",
     "Как сообщает НТВ со ссылкой на \"Интерфакс\", в Управлении государственной противопожарной "
     "службы сообщили, что сигнал о незначительном возгорании в мусоропроводе здания вокзала "
     "поступил на пульт дежурного \"01\" около 1:00 по московскому времени.",
     "сигнал о незначительном возгорании в мусоропроводе здания вокзала поступил на пульт "
     "дежурного \"01\" около 1:00 по московскому времени",
     "Управление государственной противопожарной службы", "indirect_that"),
    ("speaker-place-before-body",
     "После завершения оперативно-следственных мероприятий в управлении внутренних дел МВД России "
     "по Чеченской республике сообщили, что причина взрыва - нарушения правил эксплуатации газовых "
     "приборов.",
     "причина взрыва - нарушения правил эксплуатации газовых приборов",
     "управление внутренних дел МВД России по Чеченской республике", "indirect_that"),
    ("speaker-place-before-city",
     "\"Бригады Абу Хафса аль-Масри\" также взяли на себя ответственность за теракты в Лондоне и "
     "заявили, что ближайшие дни \"ознаменуются более мощными акциями джихада против тех, кто "
     "объявил войну исламу и мусульманам\".",
     "ближайшие дни \"ознаменуются более мощными акциями джихада против тех, кто объявил войну "
     "исламу и мусульманам\"",
     "Бригады Абу Хафса аль-Масри", "indirect_that"),
    ("speaker-place-before-subject",
     "Со стороны они выглядели смешно: республиканец и демократ на слушаниях в комитете по "
     "национальной безопасности обвиняли друг друга в игре на стороне России.",
     "игре на стороне России",
     "республиканец и демократ", "indirect_accuse"),
    ("speaker-relatum-described-kin", "Школьник Сева Иванов сел в автобус после занятий. Кондуктор высадил мальчика "
     "на трассе. Отец школьника заявил, что будет добиваться наказания для кондуктора.",
     "будет добиваться наказания для кондуктора", "отец школьника", "indirect_that"),
    ("speaker-relatum-described-oblique", "Школьник Сева Иванов сел в автобус после занятий. Кондуктор высадил "
     "мальчика на трассе. По словам отца школьника, мальчик шел домой пешком три часа.",
     "мальчик шел домой пешком три часа", "отец школьника", "indirect_according"),
    ("speaker-relatum-described-deputy", "Заместитель министра финансов Татьяна Нестеренко выступила в Госдуме. "
     "Заместитель министра заявила, что бюджет будет сбалансирован.", "бюджет будет сбалансирован",
     "Татьяна Нестеренко", "indirect_that"),
    ("speaker-relatum-described-body", "Министр финансов Антон Силуанов выступил в Госдуме. Глава министерства "
     "заявил, что бюджет будет сбалансирован.", "бюджет будет сбалансирован", "Антон Силуанов", "indirect_that"),
    # a representative of a body is no person never introduced with that body ("body_mismatch"): not the salient
    # president, not another body's spokesman; a body's initials or a compound spelled in the introduction are it
    ("speaker-representative-body", "Президент Франции Николя Саркози выступил в Страсбурге и оговорился. "
     "Представитель Елисейского дворца позднее заверил, что оговорка президента была простой ошибкой.",
     "оговорка президента была простой ошибкой", "представитель Елисейского дворца", "indirect_that"),
    ("speaker-representative-other-body", "Официальный представитель ФСБ Сергей Игнатченко сообщил, что взрывное "
     "устройство было самодельным. Официальный представитель прокуратуры Москвы заявил, что возбуждено уголовное "
     "дело.", "возбуждено уголовное дело", "официальный представитель прокуратуры Москвы", "indirect_that"),
    ("speaker-representative-initials", "Официальный представитель Следственного комитета Владимир Маркин заявил, "
     "что следствие продолжается. Представитель СК добавил, что обвинение будет предъявлено в ближайшие дни.",
     "обвинение будет предъявлено в ближайшие дни", "Владимир Маркин", "indirect_that"),
    ("speaker-representative-compound", "Пресс-секретарь Мособлсуда Наталья Осипова сообщила о решении. "
     "Представитель суда уточнила, что арест наложен до 31 августа.", "арест наложен до 31 августа",
     "Наталья Осипова", "indirect_that"),
    # a pronoun right after a sentence whose report an outlet gives "со ссылкой на" a source is that cited source
    # ("cited_source"), not a person the report names; a source of the other gender leaves it to coref
    ("speaker-cited-source", "Глава агентства Анатолий Перминов провел переговоры с Чарльзом Болденом, сообщает "
     "ИТАР-ТАСС со ссылкой на начальника управления Алексея Краснова. По его словам, американские партнеры закрыли "
     "лунную программу.", "американские партнеры закрыли лунную программу", "Алексей Краснов", "indirect_according"),
    ("speaker-cited-source-described", "Основатель IKEA Ингвар Кампрад передал управление компанией сыновьям. Об "
     "этом сообщает издание Expressen со ссылкой на представителя IKEA. По его словам, Кампрад больше не будет "
     "участвовать в управлении.", "Кампрад больше не будет участвовать в управлении", "представитель IKEA",
     "indirect_according"),
    ("speaker-cited-source-gender", "Министр Иван Петров посетил завод, сообщает ТАСС со ссылкой на пресс-службу "
     "ведомства. По его словам, завод будет модернизирован.", "завод будет модернизирован", "Иван Петров",
     "indirect_according"),
    # … but where a person of the pronoun's gender gave the report the source is cited in, she goes on speaking
    # (finalread-w4, speakers._person_relays: the copy "со ссылкой на данные X" made by quotes85's relayed "об этом")
    ("speaker-cited-source-person-relays", "Продажи автомобилей в ноябре упали на 12%. Об этом, как сообщает ТАСС, "
     "заявила в среду пресс-секретарь ассоциации автопроизводителей Мария Лебедева со ссылкой на данные таможенной "
     "службы.\n\n\"Спрос восстановится не раньше весны\", - сказала она.", "Спрос восстановится не раньше весны",
     "Мария Лебедева", "direct_after"),
    # "По ее данным" right after "сообщает газета X", X the only agreeing entity, are X's findings (quotes65: coref
    # `reporting_findings` was tried only when some candidate was left; on main no speaker)
    ("speaker-outlet-findings", "Инвестор подал иск против крупного банка. Об этом сообщает деловая газета Financial "
     "Times. По ее данным, иск подан в среду.", "иск подан в среду", "Financial Times", "indirect_according"),
    # a speech pronoun after a subject phrase that holds a name in the genitive ("Представитель Эрдогана сказал",
    # "Адвокат Навального заявил") or after "один из" who spoke is that unnamed speaker's, not the name's (quotes66:
    # coref `relatum_subject`, `one_of_competitor`; on main the name)
    ("speaker-relatum-subject", "Президент Турции Реджеп Тайип Эрдоган прилетел в Москву. Представитель Эрдогана "
     "сказал журналистам, что переговоры прошли успешно. Он добавил, что стороны подпишут соглашение.",
     "стороны подпишут соглашение", "представитель Эрдогана", "indirect_that"),
    ("speaker-relatum-according", "Алексей Навальный находится в колонии. Адвокат Навального заявил, что жалобу "
     "отклонили. По его словам, защита обратится в Верховный суд.", "защита обратится в Верховный суд",
     "адвокат Навального", "indirect_according"),
    ("speaker-one-of-spoke", "Депутат Олег Петров провел встречу с жителями. Один из участников встречи сказал, что "
     "дома разрушаются. Он отметил, что ремонт не проводили десять лет.", "ремонт не проводили десять лет",
     "один из участников встречи", "indirect_that"),
    # the unnamed subject that spoke in the sentence before is the pronoun's, not a later subject of its "что"-clause
    # (quotes66: `_described_subjects`, SPOKEN_SUBJECT_LEAD; on main "заместитель прокурора")
    ("speaker-spoken-unnamed", "На заседании правительства обсудили коррупцию. Глава службы безопасности сообщил, "
     "что ведомство выясняет, почему заместитель прокурора остановил расследование. Он также сообщил, что есть "
     "договоренность с прокуратурой.", "есть договоренность с прокуратурой", "глава службы безопасности",
     "indirect_that"),
    # a role noun that falls back to the salient person is not one introduced with an office the noun cannot name
    # (quotes68: descriptions.introduced_otherwise, coref's `other_office`; on main "Владимир Путин" both), but the
    # same office under another word ("глава МЧС" -> "министр"), a generic role ("политик") and an activity the
    # person is not referred back by ("оппозиционер" -> "автор статьи") still name the person
    ("speaker-role-other-office", "Президент Владимир Путин провел совещание с членами правительства. «Сколько денег "
     "мы выделили регионам?» — спросил президент. Министр финансов пояснил, что регионы получили двадцать "
     "миллиардов рублей.", "регионы получили двадцать миллиардов рублей", "министр финансов", "indirect_that"),
    ("speaker-author-not-office", "Президент Владимир Путин подписал указ о новых санкциях. Газета The Times "
     "опубликовала статью об этом. «Санкции ударят по экономике Европы», — констатирует автор статьи.",
     "Санкции ударят по экономике Европы", "автор статьи", "direct_after"),
    ("speaker-role-same-office", "Глава МЧС Владимир Пучков прибыл в Крымск. «Там потери меньше, потому что "
     "сработали все силы», — отметил министр.", "Там потери меньше, потому что сработали все силы",
     "Владимир Пучков", "direct_after"),
    # a ministry's head is its minister (`lang.offices` ministries): "министр финансов" is the one introduced as
    # "глава Минфина", "глава военного ведомства" the one introduced as "министр обороны"; a deputy head is not
    ("speaker-minister-ministry-head", "Президент Владимир Путин поинтересовался у главы Минфина РФ Антона Силуанова "
     "объемом помощи. Министр финансов пояснил, что Украина получила три миллиарда долларов.",
     "Украина получила три миллиарда долларов", "Антон Силуанов", "indirect_that"),
    ("speaker-ministry-head-minister", "Министр обороны Сергей Шойгу провел совещание в Генштабе. «Армия готова», — "
     "заявил глава военного ведомства.", "Армия готова", "Сергей Шойгу", "direct_after"),
    # an official title runs long, "и" between two complements inside it: the name after it is its apposition, not
    # its relatum (quotes70, dev9 rucoco-2009_russia_noneed)
    ("speaker-long-title-apposed-name", "Определение границ начнется в этом году. Об этом заявил спецпредставитель "
     "президента РФ по делимитации и демаркации государственной границы с сопредельными государствами СНГ Александр "
     "Головин. «Предстоят также переговоры по морским пространствам», — добавил спецпредставитель президента РФ.",
     "Определение границ начнется в этом году", "Александр Головин", "indirect_about_this"),
    ("speaker-long-title-described-back", "Определение границ начнется в этом году. Об этом заявил спецпредставитель "
     "президента РФ по делимитации и демаркации государственной границы с сопредельными государствами СНГ Александр "
     "Головин. «Предстоят также переговоры по морским пространствам», — добавил спецпредставитель президента РФ.",
     "Предстоят также переговоры по морским пространствам", "Александр Головин", "direct_after"),
    # a position's other word refers back to its holder (quotes70, dev9 rucoco-2011_sport_vellit_001)
    ("speaker-position-synonym", "Нападающий «Спартака» Веллитон получил дисквалификацию на три матча. «Если бы я "
     "знал, что вратарь упадет, я постарался бы уйти от столкновения», — заявил форвард в интервью газете.",
     "Если бы я знал, что вратарь упадет, я постарался бы уйти от столкновения", "Веллитон", "direct_after"),
    ("speaker-generic-role-office", "Первый вице-премьер Игорь Шувалов выступил на совещании. «Нужно дождаться "
     "формирования нового правительства», — пояснил политик.", "Нужно дождаться формирования нового правительства",
     "Игорь Шувалов", "direct_after"),
    ("speaker-author-activity-role", "Оппозиционер Алексей Навальный написал статью для газеты «Ведомости». "
     "«Коррупция — главная проблема страны», — пишет автор статьи.", "Коррупция — главная проблема страны",
     "Алексей Навальный", "direct_after"),
    # a bare party-member noun is the person the article introduced with that party (quotes43,
    # speakers._party_member: "соперник из Демпартии Джо Байден" is the "демократ", "президент-республиканец Трамп"
    # the "республиканец"), never one introduced with another party only (descriptions.party_mismatch); with no one
    # introduced with the party the other steps decide
    ("speaker-party-member", "На дебатах президент Дональд Трамп спорил со своим соперником из Демпартии Джо "
     "Байденом. Трамп нередко перебивал Байдена, а демократ назвал своего оппонента клоуном.",
     "своего оппонента клоуном", "Джо Байден", "indirect_naming"),
    ("speaker-party-mismatch", "Голоса выборщиков получил кандидат от Демократической партии Джо Байден. Отрыв от "
     "президента-республиканца Дональда Трампа оказался большим. Байден напомнил, что республиканец называл такие "
     "итоги победой.", "такие итоги победой", "Дональд Трамп", "indirect_naming"),
    ("speaker-party-unknown", "Сенатор Джон Смит выступил в Сенате. Республиканец заявил, что закон будет принят.",
     "закон будет принят", "Республиканец", "indirect_that"),
    ("speaker-party-other", "Кандидат от Демократической партии Джо Байден заявил, что налоги вырастут. "
     "Республиканец ответил, что налоги снизятся.", "налоги снизятся", "Республиканец", "indirect_that"),
    # a description of an office of a body refers back only to a person whose introduced title fits every body
    # word of it (quotes56, descriptions.title_mismatch): not the "президент Франции" for "Президент Microsoft",
    # not Sberbank's head for "Председатель ВТБ", not the European Parliament's head for "глава украинского
    # государства", not a bare "президент" for "Глава ведомства"; initials, a ministry's stem, a seat's office
    # and a country for "государства" fit
    ("speaker-title-other-body", "Президент Франции Франсуа Дюпон посетил выставку в Лионе. Президент Microsoft "
     "призвал создать конвенцию о кибербезопасности.", "создать конвенцию о кибербезопасности",
     "президент Microsoft", "indirect_request"),
    ("speaker-title-other-bank", "Председатель Сбербанка Герман Греф выступил на форуме. Председатель ВТБ "
     "заявил, что ставки снизятся.", "ставки снизятся", "председатель ВТБ", "indirect_that"),
    ("speaker-title-state", "Председатель Европейского парламента Давид Сассоли поздравил Байдена с победой. Глава "
     "украинского государства подчеркнул, что дружба между странами крепнет.", "дружба между странами крепнет",
     "глава украинского государства", "indirect_that"),
    ("speaker-title-state-office", "Президент Иван Петров подписал указ о проверке. Глава ведомства заявил, что "
     "проверка продолжится.", "проверка продолжится", "глава ведомства", "indirect_that"),
    ("speaker-title-initials", "Министр иностранных дел России Сергей Лавров прибыл в Анкару. Глава МИД заявил, что "
     "переговоры будут трудными.", "переговоры будут трудными", "Сергей Лавров", "indirect_that"),
    ("speaker-title-ministry", "Министр обороны Японии Томоми Инада посетила базу. Глава Минобороны заявила, что "
     "ограничения будут отменены.", "ограничения будут отменены", "Томоми Инада", "indirect_that"),
    ("speaker-title-seat", "Президент США Дональд Трамп выступил на митинге. Глава Белого дома заявил, что "
     "экономика растет.", "экономика растет", "Дональд Трамп", "indirect_that"),
    # another name of the body by the alias table or a contracted word written out (quotes77,
    # entities.aliases.one_body) fits too; another body's acronym does not
    ("speaker-title-alias", "Председатель Еврокомиссии Мария Шульц прибыла в Прагу. Глава ЕК заявила, что "
     "переговоры продолжатся.", "переговоры продолжатся", "Мария Шульц", "indirect_that"),
    ("speaker-title-alias-full", "Председатель Европейской комиссии Мария Шульц прибыла в Прагу. Глава Еврокомиссии "
     "заявила, что переговоры продолжатся.", "переговоры продолжатся", "Мария Шульц", "indirect_that"),
    ("speaker-title-alias-other", "Председатель Еврокомиссии Мария Шульц прибыла в Прагу. Глава ЕЦБ заявила, что "
     "ставки вырастут.", "ставки вырастут", "глава ЕЦБ", "indirect_that"),
    ("speaker-title-country", "Президент России Иван Петров провел совещание. Глава государства заявил, что бюджет "
     "будет сбалансирован.", "бюджет будет сбалансирован", "Иван Петров", "indirect_that"),
    # "Как заявил X, «…»": content opening with a quotation mark is the whole quotation, a comma inside it ends
    # nothing (quotes46, indirect._whole_quotation)
    ("as-says-whole-quotation", "Суд отклонил иск партии. Как заявил на суде заявитель Олег Павлов, \"избирателей "
     "пытаются ввести в заблуждение, предложив голосовать за несуществующую партию\".", "\"избирателей пытаются "
     "ввести в заблуждение, предложив голосовать за несуществующую партию\"", "Олег Павлов", "indirect_as_says"),
    # only the words the name's own phrase governs give its party (quotes46, lang.tree.phrase_top): the party of
    # "критика со стороны Демократической партии в адрес Рона Десантиса" is the critic's; a coordinated role phrase
    # is the name's ("кандидат от Демократической партии и бывший вице-президент Джо Байден")
    ("speaker-party-phrase", "Губернатор Флориды Рон Десантис выступил на митинге в Тампе. Критика со стороны "
     "Демократической партии в адрес Рона Десантиса усилилась после выборов. «Я не отступлю», — заявил "
     "республиканец.", "Я не отступлю", "Рон Десантис", "direct_after"),
    ("speaker-party-coordinated", "Голоса выборщиков получил кандидат от Демократической партии и бывший "
     "вице-президент Джо Байден. Отрыв от соперника составил семь миллионов голосов. «Мы победили», — заявил "
     "демократ.", "Мы победили", "Джо Байден", "direct_after"),
    # a speaking "они"/"их" stands for a plural subject that can speak (quotes43, speakers._speaking_antecedent): a
    # thing is passed over ("элементы устройства"), its plural genitive that can speak taken ("опасения
    # экономистов"), a body or a polity kept ("южные штаты"), an adjective used as a person noun taken ("правые")
    ("speaker-thing-owner", "Причиной реформы стали опасения экономистов: они считали, что кризис продолжится.",
     "кризис продолжится", "экономисты", "indirect_that"),
    ("speaker-thing-passed", "На месте взрыва обнаружены элементы взрывного устройства. По их данным, бомба была "
     "самодельной.", "бомба была самодельной", None, "indirect_according"),
    # a thing subject with no speaking owner: the plural persons its sentence names after it in the genitive, the
    # people it concerns ("нарекания у членов комиссии"), in a sentence before the pronoun (quotes94,
    # speakers._persons_after_thing)
    ("speaker-thing-reacting", "Решения суда вызвали множество нареканий у членов комиссии. Они потребовали "
     "пересмотреть дело.", "пересмотреть дело", "члены комиссии", "indirect_request"),
    ("speaker-thing-body", "Против плана выступили южные штаты. Они считают, что закон уменьшит их влияние.",
     "закон уменьшит их влияние", "южные штаты", "indirect_that"),
    ("speaker-thing-adjective", "Кабинет одобрил строительство стены. Против проекта выступили израильские правые. "
     "По их мнению, стена опасна.", "стена опасна", "израильские правые", "indirect_according"),
    # a place that is no polity or institution does not speak as a body (quotes45, speakers.COLLECTIVE_SOURCES):
    # buses and shops are things; regions speak
    ("speaker-thing-vehicle", "Из-за снегопада на трассе застряли рейсовые автобусы. По их словам, дорогу не чистили "
     "трое суток.", "дорогу не чистили трое суток", None, "indirect_according"),
    ("speaker-thing-shop", "Закрылись все магазины в центре города. По их словам, торговли нет уже неделю.",
     "торговли нет уже неделю", None, "indirect_according"),
    ("speaker-thing-polity", "Против реформы выступили регионы. По их мнению, закон лишит их доходов.",
     "закон лишит их доходов", "регионы", "indirect_according"),
    # an outlet that cites a source is not that source's owner (quotes44, clauses.citing_entity): "сообщает РИА
    # Новости со ссылкой на пресс-службу министерства" is the ministry's service, and "По ее словам" goes on with it
    # (`cited_source`); a ministry named before is the owner
    ("speaker-cited-press-service", "Министр обороны Иван Петров посетил завод в Туле. Об этом сообщает РИА Новости "
     "со ссылкой на пресс-службу министерства. По ее словам, министр осмотрел новые цеха.",
     "министр осмотрел новые цеха", "пресс-служба министерства", "indirect_according"),
    ("speaker-cited-press-service-named", "Министерство обороны России провело учения. Об этом сообщает РИА Новости "
     "со ссылкой на пресс-службу министерства. По ее словам, в учениях участвовали тысячи военных.",
     "в учениях участвовали тысячи военных", "пресс-служба Министерства обороны России", "indirect_according"),
    # a news outlet is no public body's kind (quotes45, descriptions.of_kind: a news agency's name, `news_agency`,
    # or an outlet, `is_outlet`), so a bare "министерство"/"ведомство" is not the agency or channel that reported
    # (an outlet citing the source, "сообщает НТВ со ссылкой на …", stays `citing_owner`); a site named by its
    # address is an outlet ("Газета.ru": descriptions.site_address), so "издание" is that site, not the paper
    # named before
    ("speaker-agency-not-ministry", "Об учениях в Туле сообщило агентство ТАСС. В министерстве заявили, что учения "
     "завершены.", "учения завершены", "министерство", "indirect_that"),
    ("speaker-agency-not-body", "Губернатор посетил завод в Туле, передает ТАСС. В ведомстве заявили, что завод будет "
     "модернизирован.", "завод будет модернизирован", "ведомство", "indirect_that"),
    ("speaker-broadcaster-not-ministry", "Министр обороны Иван Петров посетил завод в Туле. Об этом сообщает "
     "телеканал НТВ. В министерстве заявили, что цеха будут обновлены.", "цеха будут обновлены", "министерство",
     "indirect_that"),
    ("speaker-cited-press-service-broadcaster", "Министр обороны Иван Петров посетил завод в Туле. Об этом сообщает "
     "НТВ со ссылкой на пресс-службу министерства. По ее словам, министр осмотрел новые цеха.",
     "министр осмотрел новые цеха", "пресс-служба министерства", "indirect_according"),
    ("speaker-site-outlet", "Об отставке губернатора сообщил «Коммерсант». Подобной информацией располагает и "
     "«Газета.ru». По данным издания, указ уже подписан.", "указ уже подписан", "Газета.ru", "indirect_according"),
    # a verb of referring relays only another medium's text (descriptions._cites_medium): an agency that refers to
    # its sources is the "издание" after it; one that refers to a paper ("на которую ссылается") relays the paper
    ("speaker-outlet-cites-sources", "Агентство Reuters ссылается на источники в правительстве Германии. По данным "
     "издания, отставка возможна до конца года.", "отставка возможна до конца года", "Reuters", "indirect_according"),
    ("speaker-outlet-relayed", "Газета The Guardian, на которую ссылается агентство Reuters, пишет о кризисе. По "
     "данным издания, отставка возможна до конца года.", "отставка возможна до конца года", "The Guardian",
     "indirect_according"),
    # a state's official name gives no party ("Демократической Республики Конго": descriptions._state_form_word);
    # a bare "демократ"/"республиканец" is of the USA (PARTY_COUNTRIES): a person known to be of another country is
    # turned down (`country_mismatch`), and the US person named in the sentence before in any role is taken
    # (`country_person`)
    ("speaker-party-state", "Президент Демократической Республики Конго Феликс Чисекеди встретился с Дональдом "
     "Трампом. «Мы обсудили торговлю», — сказал республиканец.", "Мы обсудили торговлю", "Дональд Трамп",
     "direct_after"),
    ("speaker-party-country", "Президент Франции Эмманюэль Макрон встретился с Джо Байденом. «Мы обсудили климат», "
     "— сказал демократ.", "Мы обсудили климат", "Джо Байден", "direct_after"),
    # a subjectless main predicate goes on from the sentence before (quotes40, subjects._previous_sentence_subject):
    # that sentence's subject, when it agrees; not a plural (indefinite-personal), not the narrator ("я"), not
    # across a paragraph break
    ("speaker-previous-sentence", "Губернатор Олег Лаптев выступил на митинге в Кирове. После чего добавил, что "
     "ремонт дорог начнется весной.", "ремонт дорог начнется весной", "Олег Лаптев", "indirect_that"),
    ("speaker-previous-sentence-colon", "Министр Иван Петров отверг обвинения. Впрочем, тут же оговорился: "
     "«Проверка еще не закончена».", "Проверка еще не закончена", "Иван Петров", "direct_colon"),
    ("speaker-previous-sentence-plural", "Министр Иван Петров отверг обвинения. Говорят, что проверка еще не "
     "закончена.", "проверка еще не закончена", None, "indirect_that"),
    ("speaker-previous-sentence-narrator", "Я даже подумал, что Сандерс может выиграть. И честно написал об этом: "
     "«Я недооценивал его»", "Я недооценивал его", None, "direct_colon"),
    ("speaker-previous-sentence-paragraph", "Министр Иван Петров отверг обвинения.\n\nПосле чего добавил, что "
     "проверка еще не закончена.", "проверка еще не закончена", None, "indirect_that"),
    # finalread-k2: not the subject of a sentence that is a quotation, nor a medium that reports the story
    ("speaker-previous-sentence-quotation", "Иванов выступил на собрании. «Кремль не отступит». Затем добавил: «Мы "
     "будем работать дальше».", "Мы будем работать дальше", None, "direct_colon"),
    ("speaker-previous-sentence-outlet", "Президент выступил с обращением. Об этом сообщает ТАСС. Также отметил, что "
     "реформа продолжится.", "реформа продолжится", None, "indirect_that"),
    # a subjectless main predicate joined by "и" or a comma to the one before it shares its subject (quotes49,
    # subjects._coordinated_predicate: the parse made both roots; "г." ends no sentence), through a chain of them;
    # a coordinated or gerund cue shares the speaking place of the plural verb it goes on from
    # (speakers._shared_place); a conjunct with a subject of its own keeps it
    ("speaker-coordinated-predicate", "Депутат Анна Петрова не поддержала проект бюджета и в июле 2018 г. "
     "призывала правительство сократить расходы на чиновников.", "сократить расходы на чиновников", "Анна Петрова",
     "indirect_request"),
    ("speaker-coordinated-predicate-chain", "Сенатор Иван Сидоров проиграл выборы. Он вводит своих сторонников в "
     "заблуждение, дает заведомо невыполнимые обещания, жалуется, что вся система против него.",
     "вся система против него", "Иван Сидоров", "indirect_that"),
    # (not "жители Перу и Чили": the relative clause's share speaks, quotes108's `_share_before`; it had none)
    ("speaker-coordinated-predicate-relative", "Наиболее пессимистично настроены жители Перу и Чили, где 79% "
     "населения полагают, что ситуация с коррупцией ухудшится.", "ситуация с коррупцией ухудшится", "79% населения",
     "indirect_that"),
    ("speaker-shared-place", "В правоохранительных органах сообщили, что девочка не может описать нападавших, и "
     "предположили, что её запугали.", "её запугали", "правоохранительные органы", "indirect_that"),
    ("speaker-shared-place-gerund", "Задержанных отпустили после допроса, сказали в МВД республики, добавив, что "
     "проверка продолжается.", "проверка продолжается", "МВД", "indirect_that"),
    ("speaker-shared-place-subject", "В полиции сообщили, что девочка не может описать нападавших, а врачи "
     "предположили, что её запугали.", "её запугали", "врачи", "indirect_that"),
    # a cue after a comma that follows a "что"-clause goes on from the clause's host, not from the clause's verb
    # (quotes51, subjects._content_clause_host): the clause's subject is no subject of a verb outside it
    # (subjects._content_clause_subject)
    ("speaker-content-clause-host", "Министр Иван Петров сообщил, что цены на хлеб выросли, отметил, что рост "
     "продолжится.", "рост продолжится", "Иван Петров", "indirect_that"),
    ("speaker-content-clause-host-object", "Министр Иван Петров сообщил, что губернатор уехал, отметил, что визит "
     "отложен.", "визит отложен", "Иван Петров", "indirect_that"),  # the parse hangs the clause on the cue
    # a role not marked as former is its present holder's, never one introduced only as a former holder
    # (quotes51, descriptions.present_holders; coref former_holder)
    ("speaker-former-holder-only", "Олег Смирнов выступил в Детройте вместе с бывшим президентом Иваном Петровым. "
     "Глава государства заявил, что штат останется за ним.", "штат останется за ним", "Олег Смирнов",
     "indirect_that"),  # the salient subject, not the only one introduced with the role, as a former holder
    ("speaker-former-holder", "Президент Олег Смирнов выступил в Детройте. Кампанию он провел вместе с бывшим "
     "президентом Иваном Петровым. Глава государства заявил, что штат останется за ним.",
     "штат останется за ним", "Олег Смирнов", "indirect_that"),
    # an unlinked pronoun goes on with the speaker this stage named for the unlinked pronoun of the quote before,
    # when it agrees (quotes78, speakers._described_source_goes_on, traced `pronoun_chain`)
    ("speaker-pronoun-chain",
     "Мария Смирнова назвала похороны отца скандальными. На церемонии было около тысячи человек. Гроб "
     "установили в доме. Дочь бывшего министра, живущая в Праге, заявила, что прервала все контакты с "
     "братом Олегом Смирновым. «Нигде так не хоронят», — сказала она. Она подтвердила, что будет "
     "добиваться перезахоронения тела отца в Праге, откуда происходит их семья. «Отец был для меня "
     "всем», — заявила она.",
     "Отец был для меня всем", "Мария Смирнова", "direct_after"),
    ("speaker-pronoun-chain-other-gender",
     "Мария Смирнова назвала похороны отца скандальными. На церемонии было около тысячи человек. Гроб "
     "установили в доме. Дочь бывшего министра, живущая в Праге, заявила, что прервала все контакты с "
     "семьей. «Нигде так не хоронят», — сказала она. Она подтвердила, что будет добиваться "
     "перезахоронения тела отца в Праге, откуда происходит их семья. «Отец был для нас всем», — "
     "заявил он.",
     "Отец был для нас всем", None, "direct_after"),  # "он" goes on with no woman
    # "дипломат" is a hypernym of the ambassador or consul introduced before (quotes82, speakers._hypernym_role,
    # lexicon.ROLE_HYPERNYMS, traced `hypernym_role`): asked when the salient person is too far back; "другой
    # дипломат" is someone new
    ("speaker-diplomat-ambassador", "Посол Франции в России Пьер Леви выступил в среду в университете. Он заявил: "
     f"{_LONG_QUOTE}. «Смена власти меняет политику», — добавил дипломат.", "Смена власти меняет политику",
     "Пьер Леви", "direct_after"),
    ("speaker-diplomat-consul", "Генеральный консул Германии в Петербурге Ханс Мюллер выступил в среду в "
     f"университете. Он заявил: {_LONG_QUOTE}. «Смена власти меняет политику», — добавил дипломат.",
     "Смена власти меняет политику", "Ханс Мюллер", "direct_after"),
    ("speaker-diplomat-other", "Посол Франции в России Пьер Леви выступил в среду в университете. Он заявил: "
     f"{_LONG_QUOTE}. «Смена власти меняет политику», — добавил другой дипломат.", "Смена власти меняет политику",
     "другой дипломат", "direct_after"),
    # an outlet whose quoted name the entities stage cut from its alias name ('РИА «Новости»' -> "Новости") is named
    # by the alias name where the article writes the cut words right before it (quotes83, extract.written_alias_name,
    # traced `written_alias_name`); the name written whole is the entity's own
    ("speaker-alias-prefix", "Цены на жилье выросли на пять процентов, сообщает РИА «Новости».",
     "Цены на жилье выросли на пять процентов", "РИА Новости", "indirect_trailing"),
    ("speaker-alias-apostrophe", "Цены на жилье выросли на пять процентов, сообщает РИА 'Новости'.",
     "Цены на жилье выросли на пять процентов", "РИА Новости", "indirect_trailing"),  # the apostrophe (finalread-w1)
    ("speaker-alias-whole", "Цены на жилье выросли на пять процентов, сообщает РИА Новости.",
     "Цены на жилье выросли на пять процентов", "РИА Новости", "indirect_trailing"),
    # a bare share whose counted group is left out counts the group of the share before it (quotes83,
    # speakers._elliptical_share, traced `elliptical_share`); a count ("2000 человек") is no share, and with no
    # share before the share stays bare
    ("speaker-elliptical-share", "Опрос провели в мае. 53% респондентов заявили, что поддерживают реформу. 47% "
     "ответили, что проголосуют против.", "проголосуют против", "47% респондентов", "indirect_that"),
    ("speaker-elliptical-count", "Опрос провели в мае. В нем участвовали 2000 человек. 47% ответили, что "
     "проголосуют против.", "проголосуют против", "47%", "indirect_that"),
    ("speaker-elliptical-none", "Опрос провели в мае. Реформу обсуждали долго. 47% ответили, что проголосуют "
     "против.", "проголосуют против", "47%", "indirect_that"),
    # The possessive pronoun of a source phrase set off after a subject ("Молодой человек, по его словам, решил")
    # gives someone else's account of that subject, never the subject's own (quotes84,
    # descriptions.comments_on_own_subject, traced turned down `own_subject_source`); a pronoun the coref stage left
    # unlinked goes on with the named person who spoke after its unnamed antecedent ("Казанцев заявил, что новый мэр
    # … будет назначен. По его словам", speakers._named_speaker_since), not when an unnamed person spoke last
    ("speaker-own-subject-source", "«Я был на обеде и тут вижу такую картину», — рассказал изданию очевидец "
     "происшествия Александр.\n\nМолодой человек, по его словам, решил остаться в машине и подождать.",
     "Молодой человек, по его словам, решил остаться в машине и подождать", "Александр", "indirect_according"),
    # … and only when someone else who agrees is quoted just before (finalread-w1, speakers._other_source_before):
    # after a woman's words or a quote of no known speaker, "Покупатель, по его словам" is the buyer's own account
    ("speaker-own-subject-described-before", "«Машина вылетела на встречную полосу», — рассказал сотрудник ГИБДД. "
     "Водитель, по его словам, не справился с управлением.", "Водитель, по его словам, не справился с управлением",
     "сотрудник ГИБДД", "indirect_according"),
    ("speaker-own-subject-other-gender", "«Мы вызвали скорую сразу», — сказала продавщица магазина. Покупатель, по его "
     "словам, почувствовал себя плохо еще на улице.", "Покупатель, по его словам, почувствовал себя плохо еще на улице",
     "покупатель", "indirect_according"),
    ("speaker-own-subject-unknown-before", "Следователи допросили водителя автобуса. «Тормоза отказали на спуске», — "
     "заявил он. Водитель, по его словам, пытался остановить машину.",
     "Водитель, по его словам, пытался остановить машину", "водитель", "indirect_according"),
    ("speaker-named-since", "Главе района предстоит решить кадровую проблему. Виктор Казанцев заявил, что новый мэр "
     "Грозного будет назначен до конца июня. По его словам, сейчас на этот пост подбирается кандидатура.",
     "сейчас на этот пост подбирается кандидатура", "Виктор Казанцев", "indirect_according"),
    ("speaker-named-since-unnamed", "Главе района предстоит решить кадровую проблему. Представитель администрации "
     "заявил, что новый мэр Грозного будет назначен до конца июня. По его словам, сейчас на этот пост подбирается "
     "кандидатура.", "сейчас на этот пост подбирается кандидатура", "представитель администрации",
     "indirect_according"),
    # a speaking pronoun the coref stage left unlinked (here for the thing "закон", closer) goes on with the named
    # speaker of the last quote (quotes100, speakers.quoted_source_goes_on); not past a person brought in since
    ("speaker-quoted-source", "«Решение суда сомнительно», — сказал юрист Иван Петров. При этом он отметил, что "
     "закон запрещает показ эротических программ, к которым, по его оценке, шоу не относится.",
     "к которым, по его оценке, шоу не относится", "Иван Петров", "indirect_according"),
    ("speaker-quoted-source-someone-since", "«Решение суда сомнительно», — сказал юрист Иван Петров. При этом он "
     "отметил, что закон запрещает показ эротических программ, к которым, по его оценке, шоу не относится. Адвокат "
     "подсудимого уже подал апелляцию. По его словам, приговор будет отменен.", "приговор будет отменен",
     "адвокат подсудимого", "indirect_according"),
    # finalread-zb2: not past another person named since (`_someone_since`; the row above is decided before it): a
    # prosecutor named as a subject between leaves "его" without Петров
    ("speaker-quoted-source-named-since", "«Решение суда сомнительно», — сказал юрист Иван Петров. Прокурор Олег "
     "Сидоров с этим не согласен. Закон запрещает показ эротических программ, к которым, по его оценке, шоу не "
     "относится.", "к которым, по его оценке, шоу не относится", None, "indirect_according"),
    # quotes106: a speaking pronoun or description outside the last quote, which the coref stage linked to a person
    # named only inside that quote's words, goes on with the quote's speaker (speakers.speaker_not_quoted_name):
    # a described speaker, a possessive after an abbreviated-role speaker; not for a speaker of the other gender,
    # nor when the person is named again outside the quote, and a named speaker coref links already is kept
    ("speaker-not-quoted-name", "«Никаких претензий к Ивану Сидорову у следствия нет», — подытожил собеседник "
     "агентства. Он добавил, что дело будет закрыто до конца месяца.", "дело будет закрыто до конца месяца",
     "собеседник агентства", "indirect_that"),
    ("speaker-not-quoted-name-possessive", "«Кроме того, Петров подписал распоряжение о выплатах», — сообщил "
     "исполняющий обязанности прокурора. По его словам, другие чиновники к распоряжению отношения не имеют.",
     "другие чиновники к распоряжению отношения не имеют", "исполняющий обязанности прокурора", "indirect_according"),
    ("speaker-not-quoted-name-named", "«Контракт с Иваном Сидоровым расторгнут», — сообщил Олег Петров. Он добавил, "
     "что новый тренер будет назначен в июне.", "новый тренер будет назначен в июне", "Олег Петров",
     "indirect_that"),
    ("speaker-not-quoted-name-gender", "«Никаких претензий к Ивану Сидорову у следствия нет», — подытожила "
     "собеседница агентства. Он добавил, что дело будет закрыто до конца месяца.",
     "дело будет закрыто до конца месяца", "Иван Сидоров", "indirect_that"),
    ("speaker-not-quoted-name-named-again", "«Никаких претензий к Ивану Сидорову у следствия нет», — подытожил "
     "собеседник агентства. Сидоров работал в клубе пять лет. Он заявил, что подаст в суд на клуб.",
     "подаст в суд на клуб", "Иван Сидоров", "indirect_that"),
    # a subject whose own verb tells no speech: the story of the one spoken of goes on (rejected)
    ("speaker-not-quoted-name-story", "Бывший помощник бизнесмена рассказал, что встречался в Лондоне с Иваном "
     "Сидоровым, который был восхищен выставкой. Он показывал снимки на компьютере и заявлял, что у выставки большое "
     "будущее.", "у выставки большое будущее", "Иван Сидоров", "indirect_that"),
    # an anaphor inside quotation marks itself is nested speech: left to coref (without the guard the nested quote
    # is lost, given to the minister who speaks the outer one)
    ("speaker-not-quoted-name-nested", "Министр сообщил, что утром говорил по телефону с губернатором Иваном "
     "Сидоровым. «Он информировал, что намерен уйти в отставку», — сказал министр.", "намерен уйти в отставку",
     "Иван Сидоров", "indirect_that"),
    # a plural pronoun no quote or subject before it explains: the group the coref stage's plural_antecedent finds,
    # named by its nominative (quotes103, speakers.plural_group): a group in an oblique case, a body of an
    # indefinite-personal report ("сообщили в пресс-службе"), a polity noun ("малых штатов", COLLECTIVE_SOURCES:
    # without it "США" further back), and an earlier subject "они" resolved first (without it "посольств")
    ("speaker-plural-group", "Задержать грабителей помогла информация, полученная от жителей соседнего поселка. Они "
     "сообщили, что видели у магазина подозрительную машину.", "видели у магазина подозрительную машину",
     "жители соседнего поселка", "indirect_that"),
    ("speaker-plural-group-body", "Приговор вступит в силу через десять дней, как сообщили в пресс-службе областной "
     "прокуратуры. Они уточнили, что осужденный намерен обжаловать решение.",
     "осужденный намерен обжаловать решение", "пресс-служба областной прокуратуры", "indirect_that"),
    ("speaker-plural-group-not-country", "Крайне важным для США остается вопрос прав штатов. Прямое голосование не "
     "нашло поддержки у малых штатов: они опасались, что крупные штаты получат слишком много власти.",
     "крупные штаты получат слишком много власти", "малые штаты", "indirect_that"),
    ("speaker-plural-group-goes-on", "Полиция разогнала акцию сторонников оппозиции. Они провели митинг у здания "
     "посольств. Они потребовали, чтобы правительство ушло в отставку.",
     "правительство ушло в отставку", "сторонники оппозиции", "indirect_that"),
    # the group goes before a plural source of an earlier sentence when it stands in the pronoun's own sentence
    # (speakers.nearer_group: "С руководителями администрации … беседовал, и они заверили"), not when both stand in
    # one sentence (the subject "Музыканты" over "фанатам"); "Все они" names no one group (plurals.WHOLE_SET_WORDS)
    ("speaker-nearer-group", "Жильцы аварийного дома давно ждут расселения. С руководителями администрации депутат "
     "беседовал на эту тему, и они заверили, что все жители получат новые квартиры.",
     "все жители получат новые квартиры", "руководители администрации", "indirect_that"),
    ("speaker-nearer-group-subject", "Музыканты группы обратились к фанатам с просьбой помочь пострадавшим. Они "
     "заявили, что все деньги пойдут в фонд помощи.", "все деньги пойдут в фонд помощи", "музыканты группы",
     "indirect_that"),
    ("speaker-plural-group-whole-set", "Суд начал слушания по делу пиратов. Возраст остальных пяти подсудимых - от 25 "
     "до 30 лет. Все они утверждают, что являются простыми рыбаками.", "являются простыми рыбаками", None,
     "indirect_that"),
    # A genitive description after a person noun relates the noun to someone else only through its own coref link,
    # not through the link of the whole phrase ("пресс-секретаря чеченского президента" linked whole to the
    # spokesman: quotes84, descriptions._own_link, traced `whole_phrase_link`); the person the complement names by
    # an introduction is still turned down ("пресс-секретарь российского президента" is not Путин)
    ("speaker-whole-phrase-link", "Пресс-секретарь главы Чечни Лема Гудаев выступил с заявлением. «Это ложные "
     "информационные вбросы», — отмечал Гудаев. Именно так, по мнению пресс-секретаря чеченского президента, "
     "следует рассматривать эти намеки.", "следует рассматривать эти намеки", "Лема Гудаев", "indirect_according"),
    ("speaker-whole-phrase-link-headline", "Тренер шведов требует отстранить Россию от участия в чемпионате мира."
     "\n\nТренер сборной Швеции по биатлону Вольфганг Пихлер заявил, что Россию нужно отстранить от чемпионата "
     "мира.", "отстранить Россию от участия в чемпионате мира", "Вольфганг Пихлер", "indirect_request"),
    ("speaker-whole-phrase-relatum", "Президент России Владимир Путин провел совещание. «Мы готовы к диалогу», — "
     "сказал пресс-секретарь российского президента.", "Мы готовы к диалогу", "пресс-секретарь президента России",
     "direct_after"),
    # The head of a country is no organization's office: "глава РФ" (a country's acronym) and "глава российского
    # государства" (a state noun) fit the title "президент" / "президент страны" (quotes84,
    # descriptions._organization_office, _fitting_title: no `title_mismatch`); "глава правительства" does not
    ("speaker-head-of-country-acronym", "В День чекиста президент Владимир Путин поздравил работников спецслужб. "
     "Также на торжественном вечере глава РФ призвал к защите государственной границы на арктических рубежах. "
     "«Нужно обустроить военную инфраструктуру», — сказал глава РФ.", "Нужно обустроить военную инфраструктуру",
     "Владимир Путин", "direct_after"),
    ("speaker-head-of-state-country", "Президент страны Владимир Путин выступил на энергетической неделе в Москве. "
     "«Мы закладываем существенный прирост добычи газа», — сказал глава российского государства.",
     "Мы закладываем существенный прирост добычи газа", "Владимир Путин", "direct_after"),
    ("speaker-head-of-government-country", "Президент страны Владимир Путин выступил на энергетической неделе в "
     "Москве. «Мы закладываем существенный прирост добычи газа», — сказал глава правительства.",
     "Мы закладываем существенный прирост добычи газа", "глава правительства", "direct_after"),
    # "последний / последняя" standing for a noun ("the latter") is the last participant named before it, of its
    # gender and number, a genitive complement skipped (quotes81, speakers._latter, traced `latter_pronoun`); "последний
    # из депутатов" is a phrase of its own
    ("speaker-latter-company", "Спор возник между руководством телеканала и компанией «Вектор». Последняя обвиняет "
     "телеканал в просрочке платежей.", "телеканал в просрочке платежей", "Вектор", "indirect_accuse"),
    ("speaker-latter-numeral", "Министр поспорил на заседании с одним из депутатов. Последний заявил, что закон "
     "нарушен.", "закон нарушен", "один из депутатов", "indirect_that"),
    ("speaker-latter-of-group", "Министр поспорил на заседании с депутатами. Последний из депутатов заявил, что "
     "закон нарушен.", "закон нарушен", "последний из депутатов", "indirect_that"),
    # an office of the state itself ("глава государства", "глава правительства") is not one introduced only as the
    # head of a body below the state, with the description's own head noun or not (quotes78,
    # descriptions._state_office_holders, traced `body_head`); an address before a name introduces no one
    ("speaker-state-office-body-head", "Президент Олег Смирнов встретился с главой ЦБ Иваном Петровым. Докладывая "
     "президенту о росте цен, Петров отметил, что инфляция замедлится. Глава государства заявил, что ставки "
     "снизят.", "ставки снизят", "Олег Смирнов", "indirect_that"),
    ("speaker-state-office-bank-head", "Президент Олег Смирнов встретился с председателем Центрального банка России "
     "Иваном Петровым. «Инфляция замедлится», — сказал глава ЦБ Иван Петров. «Вы уверены?» — уточнил глава "
     "государства.", "Вы уверены?", "Олег Смирнов", "direct_after"),
    ("speaker-state-office-ministry-head", "Президент Олег Смирнов провел совещание с главой Минфина Иваном "
     "Петровым. Петров рассказал о бюджете. Глава государства заявил, что расходы сократят.", "расходы сократят",
     "Олег Смирнов", "indirect_that"),
    ("speaker-state-office-government-head", "Председатель правительства Иван Петров провел совещание с главой ЦБ "
     "Олегом Смирновым. Смирнов рассказал о бюджете. Глава правительства заявил, что расходы сократят.",
     "расходы сократят", "Иван Петров", "indirect_that"),  # the government's chairman is its head
    ("speaker-body-office-body-head", "Президент Олег Смирнов встретился с главой ЦБ Иваном Петровым. Глава "
     "ведомства заявил, что ставки снизят.", "ставки снизят", "Иван Петров", "indirect_that"),  # a body's head
    ("speaker-publication-of-source", "Суд приговорил троих хакеров к пяти годам лишения свободы, сообщает Служба "
     "безопасности Украины. В числе осужденных - организатор группировки, отмечается в сообщении.",
     "В числе осужденных - организатор группировки", "Служба безопасности Украины", "indirect_trailing"),
    ("speaker-publication-owned", "Министерство обороны заявило, что учения завершены. «Войска вернулись в места "
     "дислокации», — говорится в сообщении на сайте округа.", "Войска вернулись в места дислокации",
     "сообщение на сайте округа", "direct_after"),
    # a document's owner named in its own phrase or in an earlier mention of it (speakers._document_owner): a
    # genitive, the agent of a passive participle, a possessive in the clause of the owner's speech verb
    ("speaker-document-owner-genitive", "Об этом говорится в письме Юрия Лужкова премьер-министру. «Ситуация с "
     "энергоснабжением критическая», — отмечается в письме.", "Ситуация с энергоснабжением критическая",
     "Юрий Лужков", "direct_after"),
    ("speaker-document-owner-possessive", "Министерство иностранных дел заявило, что его доклад основан на "
     "показаниях беженцев. В документе говорится, что в тюрьмах применяются пытки.",
     "в тюрьмах применяются пытки", "Министерство иностранных дел", "indirect_impersonal_that"),
    ("speaker-document-owner-agent", "В заявлении, сделанном иорданским королем, говорится, что ему необходимо "
     "время для переговоров.", "ему необходимо время для переговоров", "иорданский король",
     "indirect_impersonal_that"),
    ("speaker-document-owner-unowned", "Суд рассмотрел иск жителей города. В документе говорится, что дом "
     "построен с нарушениями.", "дом построен с нарушениями", "документ", "indirect_impersonal_that"),
    # a speech verb's own subject says it in the document, the document speaks only without one
    # (speakers._subject_over_document; the parse hangs "сотрудники" on the complement's "выделил")
    ("speaker-document-place-subject", "В докладе, критикующем экономическую политику республиканцев, сотрудники "
     "Комитета по ассигнованиям от партии демократов отметили, что Конгресс уже выделил 379 млрд долларов на "
     "войну.", "Конгресс уже выделил 379 млрд долларов на войну",
     "сотрудники Комитета по ассигнованиям от партии демократов",
     "indirect_that"),
    ("speaker-document-place-counted", "В докладе пятеро экспертов Комиссии ООН по правам человека указывают, что "
     "методы допросов в тюрьме равноценны пыткам.", "методы допросов в тюрьме равноценны пыткам",
     "пятеро экспертов Комиссии ООН по правам человека", "indirect_that"),
    # the subject of an authoring verb in a relative clause on the document is its author (quotes32:
    # speakers._author_in_relative, recorded as document_owner); a receiver is none
    ("speaker-document-place-relative", "В докладе, который подготовили независимые эксперты, говорится, что "
     "методы допросов в тюрьме равноценны пыткам.", "методы допросов в тюрьме равноценны пыткам",
     "независимые эксперты", "indirect_impersonal_that"),
    ("speaker-document-owner-relative", "В письме, которое направил губернатор Иван Петров, говорится, что завод "
     "закроют.", "завод закроют", "Иван Петров", "indirect_impersonal_that"),
    ("speaker-document-owner-receiver", "В письме, которое получил губернатор Иван Петров, говорится, что завод "
     "закроют.", "завод закроют", "письмо", "indirect_impersonal_that"),
    # the subject that issues a document in the clause a relative "в котором" refers back to is its author
    # (quotes72: speakers._issuer_of_antecedent, recorded as document_issuer); a receiver is none
    ("speaker-document-issuer-published", "В марте правительство Норвегии опубликовало доклад по энергетике, в "
     "котором говорилось о росте цен на газ в регионе.", "росте цен на газ в регионе", "правительство Норвегии",
     "indirect_about"),
    ("speaker-document-issuer-statement-with", "Министерство обороны выступило с заявлением, в котором сказано, "
     "что учения на полигоне завершены.", "учения на полигоне завершены", "Министерство обороны",
     "indirect_that"),
    ("speaker-document-issuer-received", "Директор завода получил письмо, в котором говорится, что цех закроют.",
     "цех закроют", "письмо", "indirect_impersonal_that"),
    # a bare "в сообщении" after a news outlet's own report is that outlet's message (quotes72:
    # speakers._own_report, recorded as outlet_own_report); not when the outlet refers to another source
    ("speaker-outlet-own-report", "Агентство Sakha.Ru передает, что уроженец села погиб в Сирии. «Он служил 14 "
     "лет», — отмечается в сообщении.", "Он служил 14 лет", "Sakha.Ru", "direct_after"),
    ("speaker-outlet-report-referring", "Агентство Sakha.Ru передает со ссылкой на полицию, что уроженец села "
     "погиб в Сирии. «Он служил 14 лет», — отмечается в сообщении.", "Он служил 14 лет", "сообщение",
     "direct_after"),
    # a phrase before the attribution dash of a direct quote is the quoted words', never the cue's place, whatever
    # the parse hung on the cue (quotes72: subjects._across_attribution_dash, traced as attribution_dash)
    ("speaker-attribution-dash-place", "«Сегодня к спасателям присоединится брат горняка Алексей Марьин, который "
     "накануне в интервью СМИ выражал недоверие к ходу операции, — сообщается на сайте компании «Алроса». — Он "
     "сможет спуститься в рудник».", "Он сможет спуститься в рудник", "Алроса", "direct_split"),
    ("speaker-attribution-dash-after", "«Спасатели работают круглые сутки», — сообщается на сайте компании "
     "«Алроса».", "Спасатели работают круглые сутки", "Алроса", "direct_after"),
    # a pair of dashes round an inserted remark is no attribution dash: the place keeps its source (finalread-s2)
    ("speaker-attribution-dash-parenthesis", "В заявлении МИД — его распространили в понедельник — говорится, что "
     "Россия ответит на санкции.", "Россия ответит на санкции", "МИД", "indirect_impersonal_that"),
    ("speaker-document-place-no-subject", "В докладе, критикующем экономическую политику республиканцев, "
     "отмечается, что Конгресс уже выделил 379 млрд долларов на войну.",
     "Конгресс уже выделил 379 млрд долларов на войну", "доклад", "indirect_impersonal_that"),
    # a bare article noun is the outlet that published it (speakers.article_outlet), one with an owner is not
    ("speaker-article-outlet", "Об этом пишет The Washington Post. Администрация готовит новые санкции против "
     "банков, говорится в статье.", "Администрация готовит новые санкции против банков", "The Washington Post",
     "indirect_trailing"),
    ("speaker-article-outlet-publication", "Об этом пишет The Washington Post. «Санкции будут введены до конца "
     "года», — отмечается в публикации.", "Санкции будут введены до конца года", "The Washington Post",
     "direct_after"),
    ("speaker-article-owned", "Об этом пишет The Washington Post. «Санкции не помогут», — говорится в статье "
     "Джона Смита.", "Санкции не помогут", "статья Джона Смита", "direct_after"),
    # a bare plural organization noun names the organizations conjoined before it
    # (descriptions.coordinated_organizations)
    # a title's "министр иностранных дел" is the person introduced below as "глава МИД" (lexicon ROLE_SYNONYMS)
    ("headline-minister-described-below", "Министр иностранных дел Германии: санкции против России сохранятся\n\n"
     "Глава МИД Германии Карл Штольц заявил в воскресенье, что санкции против России сохранятся.",
     "санкции против России сохранятся", "Карл Штольц", "indirect_headline"),
    # a time adverbial before the role phrase is no part of it (descriptions.leading_time_phrase): "В воскресенье |
    # глава МИД Германии X" is introduced as "глава", so the title's description is X
    ("speaker-time-before-role", "Министр иностранных дел Германии: санкции против России сохранятся\n\n"
     "В воскресенье глава МИД Германии Карл Штольц заявил, что санкции против России сохранятся.",
     "санкции против России сохранятся", "Карл Штольц", "indirect_headline"),
    ("speaker-date-before-role", "Министр обороны Германии: армия готова к учениям\n\n"
     "В минувшую субботу министр обороны Германии Карл Штольц сообщил, что армия готова к учениям.",
     "армия готова к учениям", "Карл Штольц", "indirect_headline"),
    # a word that governs a role phrase ends it (descriptions.governed_role_phrase): "По словам | следователя
    # Семенова" introduces Семенов as следователь, so the "следователь" who spoke before is he
    # (described_before_introduction); a nominative phrase is no complement: "Председатель комитета по обороне |
    # генерал X" keeps its whole title
    ("speaker-role-governed-by-noun", "Суд продлил арест студенту. Также следователь сообщил, что по делу допрошены "
     "более 350 свидетелей.\n\nПо словам следователя Ивана Семенова, вина подтверждается показаниями свидетелей.",
     "по делу допрошены более 350 свидетелей", "Иван Семенов", "indirect_that"),
    ("speaker-role-governed-nominative", "Армия готова к учениям. Председатель комитета по обороне генерал Иван "
     "Петров заявил, что учения пройдут летом.", "учения пройдут летом", "Иван Петров", "indirect_that"),
    # guard of `_relatum_reading`: a surname alone after an agent noun may be its client, so "По словам |
    # адвоката Лебедева" does not introduce Лебедев as адвокат
    ("speaker-role-governed-relatum", "Суд продлил арест Платону Лебедеву. По словам адвоката Лебедева, суд нарушил "
     "закон.", "суд нарушил закон", "адвокат Лебедева", "indirect_according"),
    # a dash apposes two role phrases of one person as a comma does (descriptions._dash_introduction):
    # "подозреваемого в убийстве - 24-летнего жителя Самары | Ивана Петрова" introduces Петров as подозреваемый,
    # whom the bare "Подозреваемый" then is; not when the name stands in another case ("сын архитектора | Ивана
    # Петрова")
    ("speaker-dash-introduction", "Полиция подтвердила арест подозреваемого в убийстве - 24-летнего жителя Самары "
     "Ивана Петрова.\n\nПодозреваемый признался, но настаивает, что это было ограбление.", "это было ограбление",
     "Иван Петров", "indirect_that"),
    ("speaker-dash-introduction-other-case", "Автор проекта - сын архитектора Ивана Петрова. Подозреваемый признался, "
     "но настаивает, что это было ограбление.", "это было ограбление", "подозреваемый", "indirect_that"),
    ("speaker-coordinated-organizations", "Министерство финансов и Центральный банк снизили прогноз роста. При этом "
     "ведомства призвали банки не повышать ставки.", "не повышать ставки",
     "Министерство финансов и Центральный банк", "indirect_request"),
    # a quantity noun stands for the group it counts: "большинство из опрошенных" is people, no thing
    ("speaker-share-of-a-group", "Большинство из опрошенных предлагают перенести голосование на осень.",
     "перенести голосование на осень", "большинство из опрошенных", "indirect_request"),
    # guard of `_before_preposition`: a source noun with a place ("штаб в Вашингтоне") stays a source
    ("speaker-source-noun-with-place", "Предвыборный штаб в Вашингтоне предлагает перенести голосование на осень.",
     "перенести голосование на осень", "предвыборный штаб в Вашингтоне", "indirect_request"),
    # the dot of "им." or of initials in an institution's dedication ends no phrase (phrases._dedication_dot;
    # quotes64, pool: "Как заявил директор центра им. Гамалеи Александр Гинцбург" gave "директор центра им"): the
    # name after the institution speaks
    ("speaker-dedication-abbreviation", "Актриса театра им. Вахтангова Анна Дубровская заявила, что спектакль "
     "перенесут.", "спектакль перенесут", "Анна Дубровская", "indirect_that"),
    ("speaker-dedication-according", "По оценкам главы центра им. Гамалеи Александра Гинцбурга, вакцина защищает "
     "от нового штамма.", "вакцина защищает от нового штамма", "Александр Гинцбург", "indirect_according"),
    ("speaker-dedication-as-says", "Как заявил директор института им. Склифосовского Сергей Петриков, число "
     "пациентов снизилось.", "число пациентов снизилось", "Сергей Петриков", "indirect_as_says"),
    ("speaker-dedication-pronoun", "Депутаты остались довольны им. Глава комиссии Иван Петров заявил, что проект "
     "примут весной.", "проект примут весной", "Иван Петров", "indirect_that"),
    # the parse hangs "им" on a later word: the dedication right after the phrase still goes with it
    # (phrases._past_dedication); a dedicated institution keeps its full name (QUOTES.md: the fullest form)
    ("speaker-dedication-misparsed", "Для этого разработчики используют технологию. По оценкам главы Центра им. "
     "Гамалеи Александра Гинцбурга, на вакцинацию бо́льшей части населения России, исходя из доступных мощностей, "
     "потребуется 9—12 месяцев.", "на вакцинацию бо́льшей части населения России, исходя из доступных мощностей, "
     "потребуется 9—12 месяцев", "Александр Гинцбург", "indirect_according"),
    ("speaker-dedication-institution", "Как заявил директор МГУ им. Ломоносова, прием документов продлят.",
     "прием документов продлят", "директор МГУ им. Ломоносова", "indirect_as_says"),
    # a name before a comma is a person noun's apposition only in the noun's case (speakers._apposition_case;
    # quotes67, pool: "Говоря о тематике программ Кинга, глава RT сообщила" gave Кинг, "О том, что будет
    # обсуждаться на встрече Коллинза и Мамедова, сотрудники миссии …" gave Мамедов): the name belongs to the
    # gerund or prepositional phrase before the subject, and the noun phrase speaks
    ("speaker-apposition-case-gerund", "Говоря о тематике программ Кинга, глава RT сообщила, что там будут и "
     "международные темы.", "там будут и международные темы", "глава RT", "indirect_that"),
    ("speaker-apposition-case-meeting", "После встречи с министром Петровым, сотрудники миссии заявили, что "
     "переговоры продолжатся.", "переговоры продолжатся", "сотрудники миссии", "indirect_that"),
    ("speaker-apposition-case-genitive", "По итогам визита Сергея Лаврова, представитель ведомства сообщил, что "
     "соглашение подписано.", "соглашение подписано", "представитель ведомства", "indirect_that"),
    # guard: a nominative name before the comma is the apposed noun's person
    ("speaker-apposition-case-nominative", "Марк Петров, рабочий завода, рассказал, что зарплату задерживают.",
     "зарплату задерживают", "Марк Петров", "indirect_that"),
    # an adjective used as a noun heads its phrase when the noun after it is in another case, its complement
    # (subjects._adjective_head, `substantive_adjective`): "Ведущая | передачи", "Дежурный | метрополитена",
    # "Заведующий | лабораторией" speak, not the programme, the metro or the lab
    ("speaker-substantive-adjective-host", "Новый сезон начнется в сентябре. Ведущая передачи «Утренний час» Анна "
     "Котова отметила, что зрители ждут новых выпусков.", "зрители ждут новых выпусков", "Анна Котова",
     "indirect_that"),
    ("speaker-substantive-adjective-duty", "Вечером на линии произошел сбой. Дежурный метрополитена сообщил, что "
     "движение поездов восстановлено.", "движение поездов восстановлено", "дежурный метрополитена",
     "indirect_that"),
    ("speaker-substantive-adjective-head", "Цены на жилье растут. Заведующий лабораторией Иван Петров подчеркнул, что "
     "спрос пока не падает.", "спрос пока не падает", "Иван Петров", "indirect_that"),
    # guard: an adjective the tagger read as a noun before a noun it agrees with modifies it ("главный внештатный |
    # гериатр")
    ("speaker-adjective-read-as-noun", "Пожилые люди легко переносят прививку, сообщила главный внештатный гериатр "
     "Минздрава Анна Котова.", "Пожилые люди легко переносят прививку", "Анна Котова", "indirect_trailing"),
    # a participle the parser made the subject opens a participial phrase before its noun: the noun after the
    # participle's complements that can speak is the subject (subjects.participle_noun, `participle_noun`)
    ("speaker-participle-phrase-before", "Присутствовавший на открытии врио губернатора Андрей Петров заявил, что "
     "парковка будет бесплатной.", "парковка будет бесплатной", "Андрей Петров", "indirect_that"),
    ("speaker-participle-as-says", "Как сообщает базирующееся в Самаре агентство «Волга», сделка уже закрыта.",
     "сделка уже закрыта", "Волга", "indirect_as_says"),
    ("speaker-participle-object-name", "Возмущенная увиденным Бэки Рейнолдс утверждает, что больше не пойдет в этот "
     "кинотеатр.", "больше не пойдет в этот кинотеатр", "Бэки Рейнолдс", "indirect_that"),
    ("speaker-participle-after-cue", "«Денег нет», — сказал опрошенный Интерфаксом житель Москвы.", "Денег нет",
     "житель Москвы", "direct_after"),
    # guards: a participle used as a noun keeps the subject: a prepositional phrase after it ("в аварии") holds no
    # noun of it, and the search ends at a comma
    ("speaker-participle-as-noun", "Пострадавший в аварии рассказал, что водитель грузовика скрылся.",
     "водитель грузовика скрылся", "пострадавший", "indirect_that"),
    ("speaker-participle-comma", "Как рассказали задержанные, деньги им передал знакомый.",
     "деньги им передал знакомый", "задержанные", "indirect_as_says"),
    # guard: an outlet's name after a participle used as a noun is whom it told (`_body_name`)
    ("speaker-participle-addressee", "«Я ничего не видел», — рассказал пострадавший РБК.", "Я ничего не видел",
     "пострадавший", "direct_after"),
    # guards: a role participle's phrase ("Заведующая сектором …", the acting title "Исполняющий обязанности …")
    # and a participle's object ("возглавлявший комитет") give no noun of it (test_participle_noun_guards)
    ("speaker-participle-role-noun", "Заведующая сектором внешней политики ИМЭМО РАН Виктория Журавлева отметила, что "
     "встреча ничего не изменит.", "встреча ничего не изменит", "Виктория Журавлева", "indirect_that"),
    ("speaker-participle-acting-title", "Исполняющий обязанности начальника Управления информации ГУВД Москвы Кирилл "
     "Мазурин сообщил, что погибли двое.", "погибли двое", "Кирилл Мазурин", "indirect_that"),
    ("speaker-participle-object-body", "Возглавлявший комитет Иван Петров заявил, что отчет будет готов к осени.",
     "отчет будет готов к осени", "Иван Петров", "indirect_that"),
    # a caseless name right after a transitive active participle is its object, not its noun (finalread-y1:
    # "Матвиенко" was printed; `_caseless_object`)
    ("speaker-participle-caseless-object", "Сменившая Матвиенко Ирина Петрова заявила, что город ждут перемены.",
     "город ждут перемены", "Ирина Петрова", "indirect_that"),
    # a participle the tagger read as a noun agrees by its form's gender ("ссылающееся" tagged Masc; finalread-y1,
    # `_participle_feats`)
    ("speaker-participle-tagged-noun", "Как сообщает ссылающееся на свои источники агентство Reuters, сделка "
     "сорвалась.", "сделка сорвалась", "Reuters", "indirect_as_says"),
    # a state named by its initials in the quote's mention keeps them, though the article spells the name out
    # elsewhere or the entity has another name (quotes93, extract.state_initials, traced `state_initials`); a body's
    # initials are still spelled out ("ФАС"), and initials never spelled out were kept already
    ("speaker-state-initials", "Посол Соединенных Штатов прибыл в Москву во вторник. США заявили, что не признают "
     "итоги выборов.", "не признают итоги выборов", "США", "indirect_that"),
    ("speaker-state-initials-alias", "Северная Корея в среду провела новые испытания ракеты. КНДР заявила, что "
     "продолжит ракетную программу.", "продолжит ракетную программу", "КНДР", "indirect_that"),
    ("speaker-state-initials-body", "Федеральная антимонопольная служба проверила цены на бензин. ФАС заявила, что "
     "цены завышены.", "цены завышены", "Федеральная антимонопольная служба", "indirect_that"),
    ("speaker-state-initials-unspelled", "Переговоры прошли в Женеве во вторник. США заявили, что не признают "
     "итоги выборов.", "не признают итоги выборов", "США", "indirect_that"),
    # a person's name word left oblique by the entities stage is printed as another name mention writes it in the
    # nominative (quotes93, referents.written_name_words, traced `written_name_word`); a word with a singular
    # nominative reading ("Иванова") stays
    ("speaker-written-name-word", "Решение поддержал совет директоров компании Олега Дерипаски. Дерипаска заявил, "
     "что завод продолжит работу.", "завод продолжит работу", "Олег Дерипаска", "indirect_that"),
    ("speaker-written-name-word-woman", "Премию вручили Анне Ивановой в четверг. Иванова заявила, что продолжит "
     "работу.", "продолжит работу", "Анна Иванова", "indirect_that"),
    # a plural cue whose nearest nominative is a name of the last conjunct's role noun: the coordination speaks, the
    # parse having hung it on the content's verb (quotes95, subjects.conjoined_name, traced `conjoined_name`); guard:
    # a coordination the parse gives the cue itself needs no rule
    ("speaker-conjoined-name", "Суд отложил заседание. В частности, светская львица Анна Хан и режиссер Кен Лоуч также "
     "подтвердили британскому изданию, что на более ранних слушаниях суд объявил, что предоставленные ими деньги будут "
     "возвращены.", "на более ранних слушаниях суд объявил, что предоставленные ими деньги будут возвращены",
     "Анна Хан и Кен Лоуч", "indirect_that"),
    ("speaker-conjoined-name-parsed", "В частности, известная певица Анна Хан и писатель Кен Лоуч также подтвердили "
     "британскому изданию, что на прошлых слушаниях судья объявил, что внесенный ими залог будет возвращен.",
     "на прошлых слушаниях судья объявил, что внесенный ими залог будет возвращен", "Анна Хан и Кен Лоуч",
     "indirect_that"),
    # only particles between a comma and the cue ("…, ранее заявила"): the subject is before the comma, past its
    # apposition (quotes95, subjects._particles_only, traced `particles_before_verb`); guard: another word there
    ("speaker-particles-before-verb", "По данным агентства, явка пока низкая. Главная оппозиционная партия страны, "
     "Народная партия (НП), ранее заявила о бойкоте выборов, так как президент Анна Ким не учредила временное "
     "правительство для их проведения.", "бойкоте выборов, так как президент Анна Ким не учредила временное "
     "правительство для их проведения", "Народная партия", "indirect_about"),
    ("speaker-particles-before-verb-other", "По данным агентства, явка пока низкая. Главная оппозиционная партия "
     "страны, Народная партия (НП), в пятницу заявила о бойкоте выборов.", "бойкоте выборов", "Народная партия",
     "indirect_about"),
    # a person's name closing a subject's role phrase the parse cut short, with no comma, is the phrase's person
    # (quotes98, speakers._closing_name, traced `closing_name`; guards in test_closing_name_guards)
    ("speaker-closing-name", "«Закон нужно принимать сейчас», - заявил \"Независимой газете\" член думского комитета "
     "по безопасности и противодействию коррупции депутат Олег Смирнов.", "Закон нужно принимать сейчас",
     "Олег Смирнов", "direct_after"),
    # a person's name closing a role phrase set off after the subject by a comma or a spaced dash, past the phrase
    # the comma-apposition step reads: "один из" of persons, a relatum's genitive name walked past (quotes104,
    # speakers._apposed_role_name, traced `apposed_role_name`); guards: a relatum's genitive name alone, a participle
    # opening a clause of its own
    # a subject before an aside the parse did not hang under it (quotes109, `subjects._linear_before`): a relative
    # clause whose pronoun owns its noun (`_owned_relative`), an adjective's prepositional aside
    # (`_postposed_adjective`), a relative clause going on past an inner aside (`_aside_continued`); guards: the
    # relative's own cue, a finite verb after a participle's phrase (the clause's own predicate)
    ("speaker-owned-relative",
     "«Посетители могли увидеть лишь картинку», - говорится в сообщении. Лидер ЛДПР вице-спикер Госдумы "
     "Жириновский, слова которого приводятся в сообщении, заявил: «Наш сайт очень популярен, и нам не раз "
     "приходилось отбивать атаки».",
     "Наш сайт очень популярен, и нам не раз приходилось отбивать атаки", "Жириновский", "direct_colon"),
    ("speaker-postposed-adjective",
     "Рынок относится к проекту скептически. В крупных компаниях отрасли комментировать интерес к проекту "
     "отказались, а источник, близкий к «Роснефти», который работает в регионе, пояснил, что интереса к "
     "активу нет.",
     "интереса к активу нет", "источник", "indirect_that"),
    ("speaker-aside-continued-passive",
     "Обвинения сняты. В интервью «Радио Свобода» Ахмед Мусаев, которого, по словам человека с "
     "видеозаписи, было приказано убить, заявил, что его заранее предупредили о покушении.",
     "его заранее предупредили о покушении", "Ахмед Мусаев", "indirect_that"),
    ("speaker-aside-continued-own-clause",
     "В Лондоне обеспокоены поставками. При этом действующий санкционный режим, введенный ООН в отношении "
     "страны, способствует укреплению стабильности в регионе, рассказали РБК в пресс-службе британского "
     "МИД.",
     "При этом действующий санкционный режим, введенный ООН в отношении страны, способствует укреплению "
     "стабильности в регионе", "пресс-служба британского МИД", "indirect_trailing"),
    ("speaker-owned-relative-own-clause",
     "Экономический кризис добрался до предприятия «Маяк», сотрудники которого в прошлом году обещали "
     "премьеру приехать в Москву и поддержать власть.",
     "приехать в Москву и поддержать власть", "сотрудники которого", "indirect_request"),
    # an aside whose stretch holds its own predicate is closed: the main clause's predicate after it does not go on
    # with it (finalread-zd2, `subjects._aside_goes_on`; 20 of the 25 pool firings of `aside_continued` at 911b6b60
    # were such main predicates, no speaker changed)
    ("speaker-aside-closed-relative",
     "Скандал в партии разгорелся накануне. Глава отделения партии Андрей Петров, который также считался главным "
     "кандидатом на выборах, ушел в отставку из-за скандала, сообщает газета «Вести».",
     "Глава отделения партии Андрей Петров, который также считался главным кандидатом на выборах, ушел в отставку "
     "из-за скандала", "Вести", "indirect_trailing"),
    ("speaker-aside-closed-participle",
     "Переговоры возобновятся в марте. Гильдия актеров, представляющая интересы тысяч человек, будет обсуждать "
     "новый контракт с продюсерами, передает агентство Reuters.",
     "Гильдия актеров, представляющая интересы тысяч человек, будет обсуждать новый контракт с продюсерами",
     "Reuters", "indirect_trailing"),
    # a subjectless plural cue set off inside its content speaks for the place after it, not for the content's
    # subject (quotes109, `speakers._set_off_attribution`)
    ("speaker-set-off-attribution",
     "Следствие по делу завершено. Также члены преступной группы, считают в СКР, похитили 3 млрд рублей у "
     "государственной компании.",
     "Также члены преступной группы, считают в СКР, похитили 3 млрд рублей у государственной компании", "СКР",
     "indirect_parenthetical"),
    ("speaker-set-off-attribution-b",
     "Проект заморожен. На объем работ, на который компания планировала нанять турецкую фирму, уже наняты "
     "российские субподрядчики, сообщили в министерстве, но не уточнили, какие.",
     "На объем работ, на который компания планировала нанять турецкую фирму, уже наняты российские "
     "субподрядчики, сообщили в министерстве, но не уточнили, какие", "министерство", "indirect_parenthetical"),
    # "один из" after the cue, its inverted subject (quotes109, `subjects._linear_subject`)
    ("speaker-one-of-after-cue",
     "Лондонский ресторан для натуристов переедет в Париж. Во французской столице уже в сентябре может открыться "
     "первый в стране ресторан без одежды. Об этом местной редакции The Local поведал один из источников на рынке.",
     "Во французской столице уже в сентябре может открыться первый в стране ресторан без одежды",
     "один из источников на рынке", "indirect_about_this"),
    ("speaker-apposed-role-name-one-of", "Выборы назначены на осень. Один из лидеров парламентской оппозиции, депутат "
     "Омар Тукеев заявил журналистам во вторник, что референдум проводить рано.", "референдум проводить рано",
     "Омар Тукеев", "indirect_that"),
    ("speaker-apposed-role-name-relatum", "Санкции не отменят до возврата Крыма, заявил официальный представитель "
     "Белого дома, пресс-секретарь президента США Дональда Трампа Шон Спайсер.",
     "Санкции не отменят до возврата Крыма", "Шон Спайсер", "indirect_trailing"),
    # the apposed name is kept against the tests of the description (`_apposed_found`: `relative_mismatch` turned
    # him down as "never introduced as друг")
    ("speaker-apposed-role-name-relative", "Афанасий Коссе давно собирал материалы о войне. «Он хотел издать книгу», - "
     "рассказал агентству его друг, председатель ассоциации выпускников вузов бывшего СССР и российских "
     "соотечественников в Греции Панайотис Ксантопулос.", "Он хотел издать книгу", "Панайотис Ксантопулос",
     "direct_after"),
    ("speaker-apposed-role-name-genitive", "Сделка сорвалась в последний момент, сообщил представитель министерства, "
     "помощник Олега Смирнова.", "Сделка сорвалась в последний момент", "представитель министерства",
     "indirect_trailing"),
    ("speaker-apposed-role-name-participle", "Как сообщил представитель полиции, задержанный водитель Иван Петров дал "
     "признательные показания.", "задержанный водитель Иван Петров дал признательные показания",
     "представитель полиции", "indirect_as_says"),
    # guard: ", и" opens a clause of its own with its own subject (finalread-zc2, speakers._comma_and)
    ("speaker-apposed-role-name-comma-and", "«Мы проиграли заслуженно», - сказал главный тренер «Зенита», и "
     "нападающий команды Иван Петров с ним согласился.", "Мы проиграли заслуженно", "главный тренер «Зенита»",
     "direct_after"),
    # a name whose form has no nominative reading, in an object's case, is the verb's addressee or object, no
    # subject read loosely (subjects._declined_oblique, `declined_oblique`): "«Ромашке» предложили" has no speaker
    ("speaker-object-name-dative", "Магазин сменил владельца. «Ромашке» предложили внести изменения в правила "
     "торговли.", "внести изменения в правила торговли", None, "indirect_request"),
    # guards: a woman's surname keeps its nominative reading; a body in "в" speaks
    ("speaker-surname-nominative-reading", "Главный врач Анна Котова рассказала о вакцине. «Очень хороший "
     "результат», – обратила внимание Котова.", "Очень хороший результат", "Анна Котова", "direct_after"),
    ("speaker-locative-body", "Вечером в Волжской епархии прокомментировали инцидент, отметив, что не видят в "
     "поведении священника ничего странного.", "не видят в поведении священника ничего странного",
     "Волжская епархия", "indirect_that"),
    # the subject of a speech verb's short passive is whom the words were addressed to or what was said, never the
    # speaker (speakers._passive_patient, `passive_patient`): the speaker is the place it was said in, or nobody
    ("speaker-passive-patient-warned", "Аэропорт ввел новые правила. Экипаж был предупрежден о штрафах за опоздание "
     "на рейс.", "штрафах за опоздание на рейс", None, "indirect_about"),
    ("speaker-passive-patient-informed", "На заводе произошла авария. Губернатор Иван Петров был немедленно "
     "проинформирован о пожаре в цехе.", "пожаре в цехе", None, "indirect_about"),
    ("speaker-passive-patient-order", "Комиссия собралась в понедельник. Новый устав поручено подготовить "
     "юридическому отделу к маю.", "подготовить юридическому отделу к маю", None, "indirect_request"),
    # guard: the passive of an authoring verb names the text, a source of its own ("опубликована статья")
    ("speaker-passive-authored", "Журнал вышел в среду. В нем была опубликована статья министра: «Реформа школы "
     "провалилась».", "Реформа школы провалилась", "статья министра", "direct_colon"),
    # guard: whom a quoting verb's passive cites said the words ("был процитирован изданием: «…»": QUOTING_VERBS)
    ("speaker-passive-quoted", "Газета вышла в среду. Министр Олег Иванов был процитирован изданием: «Реформа школы "
     "провалилась».", "Реформа школы провалилась", "Олег Иванов", "direct_colon"),
    # a past-tense singular cue agrees with its subject in gender: a common noun of another gender is no subject,
    # whichever step read it (subjects._gender_clash, `gender_clash`): "руководство … предложил", "группа …
    # попросил"
    ("speaker-gender-clash-request", "Мэр Олег Носов, комментируя решение, выразил уверенность в том, что "
     "руководство завода не допустит увольнений, и предложил рабочим немного подождать.", "немного подождать",
     "Олег Носов", "indirect_request"),
    ("speaker-gender-clash-group", "На задержание выехала группа во главе с полковником Иваном Сидоровым, но тот "
     "решил не рисковать и попросил начальство прислать подкрепление.", "прислать подкрепление", "Иван Сидоров",
     "indirect_request"),
    # guards: a masculine noun of a woman with a feminine verb agrees by sense; a noun of common gender fits both
    ("speaker-gender-role-feminine", "Врач Анна Котова осмотрела детей. Врач сказала, что опасности нет.",
     "опасности нет", "Анна Котова", "indirect_that"),
    ("speaker-gender-common-noun", "Глава района Петр Смирнов осмотрел дорогу. Глава отметил, что ремонт начнется "
     "весной.", "ремонт начнется весной", "Петр Смирнов", "indirect_that"),
    # a gerund or a coordinated cue whose subject another predicate gave is never a thing (subjects._speechless,
    # `speechless_subject`): "сообщил, что арест произведен …, и принес извинения", "вопрос … будет решен, но
    # признает, что …" (quotes87)
    ("speaker-speechless-conjoined", "Представитель полиции графства Кент сообщил, что арест произведен на основании "
     "закона о противодействии терроризму, и принес пассажирам извинения за задержку рейса.",
     "за задержку рейса", "представитель полиции графства Кент", "indirect_apology"),
    ("speaker-speechless-gerund", "Однако условия нерыночной сделки оказались слишком запутанными: фермеры считают, "
     "что участок принадлежит им, а мэрия придерживается другого мнения, считая, что договор недействителен.",
     "договор недействителен", "мэрия", "indirect_that"),
    ("speaker-speechless-gerund-passive", "Только в пятницу дорога для Ивана Белова была открыта, и он согласился "
     "избираться в совет, хотя до этого твердо стоял на своей позиции, считая, что негоже делать это в противовес "
     "коллеге.", "негоже делать это в противовес коллеге", "Иван Белов", "indirect_that"),
    # a gerund of speech after a subjectless plural verb of another act takes that verb's body
    # (speakers._acting_body, `acting_body`): "В Минобрнауки инициативу не поддержали, напомнив, что …" (quotes87)
    ("speaker-acting-body", "В Минздраве инициативу депутатов не поддержали, напомнив, что она противоречит закону.",
     "она противоречит закону", "Минздрав", "indirect_that"),
    # guard: a town the act happened in is no body that speaks
    ("speaker-acting-town", "В Твери задержали двух активистов, обвинив их в хулиганстве.", "их в хулиганстве",
     None, "indirect_accuse"),
    # a thing kept as a gerund's subject gives way to the body of the subjectless plural verb whose content clause
    # holds it (speakers._host_body, `host_body`): "В администрации пояснили, что таблички установлены …, обратив"
    ("speaker-host-body", "В мэрии Твери пояснили, что знаки установлены с целью повысить культуру вождения, "
     "обратив внимание на поведение водителей.", "поведение водителей", "мэрия Твери", "indirect_preposition"),
    # guards: a person or a body that can speak keeps the subject it shares with the content clause's predicate
    ("speaker-speechless-person-kept", "Мэр Олег Носов сообщил, что директор завода Иван Белов уволился и заявил, "
     "что уезжает в Москву.", "уезжает в Москву", "Иван Белов", "indirect_that"),
    ("speaker-speechless-person-inanimate", "Так, британские официальные лица исключили сближение двух стран, "
     "подчеркнув, что, несмотря на редкие встречи, видят в Иране противника.", "несмотря на редкие встречи",
     "британские официальные лица", "indirect_that"),  # "лица": a person noun declined as inanimate
    ("speaker-speechless-body-kept", "Министр Олег Носов сообщил, что комиссия рассмотрела жалобу и пообещала, что "
     "ответ будет дан в срок.", "ответ будет дан в срок", "комиссия", "indirect_that"),
    # a witness noun is not the official quoted before it (descriptions.official_mismatch, `official_mismatch`):
    # "Сотрудник дорожной полиции X говорит … По словам свидетеля" is someone the story leaves unnamed (quotes80)
    ("speaker-witness-official", "Сотрудник дорожной полиции Иван Петров рассказал журналистам об аварии на шоссе. "
     "По словам свидетеля, грузовик ехал на красный свет.", "грузовик ехал на красный свет", "свидетель",
     "indirect_according"),
    ("speaker-witness-prosecutor", "Нападавший ранил двух человек, заявил городской прокурор Иван Петров. По словам "
     "очевидца, полицейские окружили мужчину.", "полицейские окружили мужчину", "очевидец", "indirect_according"),
    # guards: a person with no role phrase, or introduced with the noun itself, may be the witness
    ("speaker-witness-untitled", "46-летний Иван Петров рассказал, что видел аварию. «Грузовик ехал на красный "
     "свет», — рассказал очевидец.", "Грузовик ехал на красный свет", "Иван Петров", "direct_after"),
    ("speaker-witness-introduced", "Очевидец аварии Иван Петров позвонил в полицию. По словам очевидца, грузовик "
     "ехал на красный свет.", "грузовик ехал на красный свет", "Иван Петров", "indirect_according"),
    # a private person's noun ("мужчина", "женщина") is not the official quoted before it either
    ("speaker-private-official", "Начальник отдела полиции Иван Петров сообщил о краже в магазине. По словам "
     "мужчины, вор убежал через окно.", "вор убежал через окно", "мужчина", "indirect_according"),
    ("speaker-private-pensioner", "Пенсионерка Анна Котова вышла на субботник. «Мне 80 лет, но я пришла», — "
     "рассказала женщина.", "Мне 80 лет, но я пришла", "Анна Котова", "direct_after"),
    # a private person's noun after a direct quotation refers back to the subject of the sentence told just before
    # it, an official or not (`_last_subject`, finalread-v1); another subject between leaves the noun unnamed
    ("speaker-private-official-subject", "Председатель ТСЖ Мария Котова показала подвал. «Трубы не меняли сорок "
     "лет», — возмущается женщина.", "Трубы не меняли сорок лет", "Мария Котова", "direct_after"),
    ("speaker-private-official-other-subject", "Начальник ГИБДД района Иван Петров сообщил о ДТП на трассе. Водитель "
     "грузовика уснул за рулем. «Я ничего не помню», — сказал мужчина.", "Я ничего не помню", "мужчина",
     "direct_after"),
    # a source phrase names no one its content names (speakers._named_in_content, `named_in_content`): "По данным
    # телекомпании, новым главой МВД станет X" is the channel's report, not the ministry's (quotes80)
    ("speaker-named-in-content", "Телекомпания BBC сообщила о перестановках в британском правительстве. По данным "
     "телекомпании, новым главой британского МВД станет Джон Рид.", "новым главой британского МВД станет Джон Рид",
     "BBC", "indirect_according"),
    ("speaker-named-in-content-person", "Машину обстреляли на шоссе. По словам представителя милиции, помимо "
     "автомобиля Ивана Петрова с номером серии АМР на дороге были еще две машины.", "помимо автомобиля Ивана Петрова "
     "с номером серии АМР на дороге были еще две машины", "представитель милиции", "indirect_according"),
    # guard: a name in apposition to the phrase's noun goes on with the phrase
    ("speaker-named-in-content-apposition", "Выборы назначены на март. По мнению политолога, эксперта по США Ивана "
     "Петрова, выборы пройдут спокойно.", "эксперта по США Ивана Петрова, выборы пройдут спокойно", "Иван Петров",
     "indirect_according"),
    # A name after a later conjunct of a coordinated subject that the parse hung on the first conjunct is apposed to
    # that later conjunct ("экс-президент X и мэр Y | Name": quotes86, speakers._conjunct_appositions, traced
    # `conjunct_apposition`): the coordination names both persons, and an unnamed coordination's phrase keeps the
    # last name; a parse that hangs the name right moves nothing. The -phrase row's stored parse hangs "Олег" on
    # "секретарь" by hand, as slovnet did for dev10's "… мэр Киева Леонид Черновецкий".
    ("speaker-conjunct-apposition", "Выборы назначены на октябрь. Напомним, что о своем желании участвовать в "
     "выборах заявили экс-президент Молдавии Иван Петров и одиозный мэр Кишинева Олег Сидоров.",
     "своем желании участвовать в выборах", "Иван Петров и Олег Сидоров", "indirect_about_fronted"),
    ("speaker-conjunct-apposition-attached", "Выборы назначены на октябрь. О своем желании участвовать в выборах "
     "заявили экс-мэр Самары Борис Петров и скандальный депутат Думы Олег Сидоров.",
     "своем желании участвовать в выборах", "Борис Петров и Олег Сидоров", "indirect_about_fronted"),
    ("speaker-conjunct-apposition-phrase", "Выборы назначены на октябрь. Напомним, что о своем желании участвовать в "
     "выборах заявили секретарь профсоюза Иван Петров и одиозный политик и активист Олег Сидоров.",
     "своем желании участвовать в выборах",
     "секретарь профсоюза Иван Петров и одиозный политик и активист Олег Сидоров", "indirect_about_fronted"),
    # finalread-w5: a person named only inside role phrases (coref `sole_name_phrase` makes them name mentions) is
    # still named by the name, not by the longest phrase (`referents._holds_name`)
    ("speaker-name-in-phrases-only", "Визит отложен. \"Мы рады вернуться в Москву\", - сообщил экс-министр "
     "Иван Петров. Ранее вице-премьер Иван Петров отменил поездку.", "Мы рады вернуться в Москву", "Иван Петров",
     "direct_after"),
    # guard: a name before the coordination that the parse hung on its first conjunct is none of its (stored parse
    # hangs "Анны" and "Олег" on "министр" by hand, as slovnet did for dev10's "… Хизер Нойерт говорится, что глава
    # МИД РФ Сергей Лавров и госсекретарь США Рекс Тиллерсон")
    ("speaker-conjunct-apposition-before", "Встреча прошла в Вене.\n\nВ свою очередь в заявлении главы пресс-службы "
     "министерства Анны Ивановой говорится, что министр финансов Австрии Иван Петров и посол Италии Олег Сидоров "
     "вновь заявили о приверженности сотрудничеству.", "приверженности сотрудничеству",
     "Иван Петров и Олег Сидоров", "indirect_about"),
    # "(цитата по X)": the outlet the words were taken from gets a copy of the quote (quotes89; golds: both quotes)
    ("outlet-quotation-note-direct", "«Мы откроем мост в мае», — сказал министр Олег Титов (цитата по ТАСС).",
     "Мы откроем мост в мае", "ТАСС", "direct_quoted_via"),
    ("outlet-quotation-note-speaker-kept", "«Мы откроем мост в мае», — сказал министр Олег Титов (цитата по ТАСС).",
     "Мы откроем мост в мае", "Олег Титов", "direct_after"),
    # the note is cut off the indirect content, and the copy names the outlet in the nominative
    ("outlet-quotation-note-indirect", "Министр Олег Титов заверил, что налоги не вырастут (цитата по «Интерфаксу»).",
     "налоги не вырастут", "Интерфакс", "indirect_quoted_via"),
    # the outlet's name after a medium's noun: the name
    ("outlet-quotation-note-medium-noun", "«Мы откроем мост в мае», — сказал министр Олег Титов (цитата по агентству "
     "«Комиинформ»).", "Мы откроем мост в мае", "Комиинформ", "direct_quoted_via"),
    # guard: a report nested inside the quotation gets no copy (the note relays the outer quote)
    ("outlet-quotation-note-nested", "«Вчера президент отмечал, что мост откроют в мае», — сказал министр Олег Титов "
     "(цитата по ТАСС).", "Вчера президент отмечал, что мост откроют в мае", "ТАСС", "direct_quoted_via"),
    # the note capitalized is cut off the content too, and gives the copy (finalread-x5)
    ("outlet-quotation-note-capital", "Министр Олег Титов заверил, что налоги не вырастут (Цитата по «Интерфаксу»).",
     "налоги не вырастут", "Интерфакс", "indirect_quoted_via"),
    # a note that names a document of an unnamed medium gives no copy (test_quotation_note_without_outlet)
    ("outlet-quotation-note-unnamed-medium", "«Мы откроем мост в мае», — сказал министр Олег Титов (цитата по "
     "расшифровке эфира телеканала).", "Мы откроем мост в мае", "Олег Титов", "direct_after"),
    # the note set as a sentence of its own after the quote's sentence (finalread-x5)
    ("outlet-quotation-note-own-sentence", "«Мы откроем мост в мае», — сказал министр Олег Титов. (Цитата по ТАСС.)",
     "Мы откроем мост в мае", "ТАСС", "direct_quoted_via"),
    # a name in the genitive under a relation noun of the phrase (RELATION_NOUNS) is the relation's owner, not the
    # speaker: the relative speaks, named by the description (quotes107, descriptions.relation_owner, traced
    # `relation_owner`); an office title keeps its apposed name ("министра Ивана Петрова"), and so does a relation
    # noun with a possessive that agrees with the name ("его бывшей жены Татьяны Дельсаль": she is the wife)
    ("speaker-relation-owner-one-of", "По словам одного из сыновей министра Ивана Петрова, решение уже принято.",
     "решение уже принято", "один из сыновей министра Ивана Петрова", "indirect_according"),
    ("speaker-relation-owner-friend", "По словам друга Андрея Панина, решение уже принято.", "решение уже принято",
     "друг Андрея Панина", "indirect_according"),
    ("speaker-relation-owner-title-guard", "По словам министра Ивана Петрова, решение уже принято.",
     "решение уже принято", "Иван Петров", "indirect_according"),
    ("speaker-relation-owner-possessive-guard", "По словам его бывшей жены Татьяны Дельсаль, решение уже принято.",
     "решение уже принято", "Татьяна Дельсаль", "indirect_according"),

    # a fixed parenthetical phrase ("в свою очередь": PARENTHETICAL_PHRASES) is no place a cue is said in: the
    # document after it names the source (quotes108, subjects.parenthetical_phrase, traced)
    ("speaker-parenthetical-not-place",
     "В свою очередь в заявлении МИД Франции говорится, что стороны договорились продолжить переговоры.",
     "стороны договорились продолжить переговоры", "МИД Франции", "indirect_impersonal_that"),
    ("speaker-parenthetical-not-place-owner",
     "Переговоры завершились в Женеве. В свою очередь в сообщении пресс-службы Кремля говорится, что стороны "
     "обсудили ситуацию в Сирии.",
     "стороны обсудили ситуацию в Сирии", "пресс-служба Кремля", "indirect_impersonal_that"),
    # a counted per cent of a public opens the clause of a cue the parse left without a subject, after "где" too
    # (quotes108, subjects._approximate_share, counted_group_end with COLLECTIVE_PUBLIC_NOUNS)
    ("speaker-share-per-cent-where",
     "Опрос проводился в Индии, где 79% населения полагают, что ситуация с коррупцией ухудшится.",
     "ситуация с коррупцией ухудшится", "79% населения", "indirect_that"),
    ("speaker-share-per-cent-words",
     "Согласно опросу, 70% процентов американцев считают положение дел в экономике отличным.",
     "положение дел в экономике отличным", "70% процентов американцев", "indirect_naming"),
    # a bare media noun with no outlet entity in reach is the source quoted last by its title, in quotation marks
    # or Latin letters (quotes108, descriptions.titled_source_before, traced `titled_source`); not a person's
    # Latin name, not one more than TITLED_SOURCE_SENTENCES back
    ("speaker-titled-source-quoted",
     "Обзор прессы\n\n«Время новостей» полагает, что открытие выставки в Эмиратах не случайно. Газета предполагает, "
     "что выставку инициировали политики.",
     "выставку инициировали политики", "Время новостей", "indirect_that"),
    ("speaker-titled-source-edition",
     "Обзор прессы\n\n«Новая жизнь» уверена, что реформа провалится. Издание отмечает, что министры молчат.",
     "министры молчат", "Новая жизнь", "indirect_that"),
    ("speaker-titled-source-person-guard",
     "Обзор прессы\n\nПрофессор John Smith уверен, что реформа провалится. Рынок стабилен, считает газета.",
     "Рынок стабилен", "газета", "indirect_trailing"),
    ("speaker-titled-source-far-guard",
     "Обзор прессы\n\n«Новая жизнь» уверена, что реформа провалится. Министры молчат. Депутаты уехали в отпуск. "
     "Парламент закрыт на ремонт. Страна ждет выборов. Издание отмечает, что цены растут.",
     "цены растут", "издание", "indirect_that"),
    # an agency's indeclinable initials the parse read as a dative after an outlet's present report verb are its
    # name, not whom it told (quotes108, subjects._outlet_read_dative, traced); not with a nominative after them
    ("speaker-outlet-read-dative",
     "Пожар в Твери\n\nВ центре Твери загорелся жилой дом, передает в понедельник РИА «Новости».",
     "В центре Твери загорелся жилой дом", "РИА Новости", "indirect_trailing"),
    ("speaker-outlet-read-dative-guard",
     "Пожар в Твери\n\nВ центре Твери загорелся жилой дом, сообщает в понедельник РИА «Новости» источник в МЧС.",
     "В центре Твери загорелся жилой дом", "источник в МЧС", "indirect_trailing"),
    # a medium's title in quotation marks right after its noun, which the parse left out of the phrase, is part of
    # the speaker (quotes108, speakers._quoted_title_after, traced); not a title after a comma
    ("speaker-quoted-title-after",
     "Лыжные гонки\n\nВ первую десятку вошла Мария Иванова, отстрелявшая без промаха, сообщает агентство \"Весь "
     "спорт\".",
     "В первую десятку вошла Мария Иванова, отстрелявшая без промаха", "агентство \"Весь спорт\"", "indirect_trailing"),
    ("speaker-quoted-title-after-guard",
     "Лыжные гонки\n\nСборная завоевала три медали, пишет газета, ссылаясь на «Вести».",
     "Сборная завоевала три медали", "газета", "indirect_trailing"),
    # ... after a compound media noun too (`descriptions.media_noun`: "интернет-издание")
    ("speaker-quoted-title-after-compound",
     "Лыжные гонки\n\nВ первую десятку вошла Мария Иванова, отстрелявшая без промаха, сообщает интернет-издание "
     "\"Весь спорт\".",
     "В первую десятку вошла Мария Иванова, отстрелявшая без промаха", "интернет-издание \"Весь спорт\"",
     "indirect_trailing"),
]

# (class, text, words no quote may start with)
NOT_QUOTE_ROWS = [
    # an unpaired mark opening a paragraph after narration, not after an attributed quotation: no quote
    ("paragraph-continued-narration", "Власти не понимают, что происходит, считает политолог Иван Петров.\n\n"
     "«Следующий шаг приведет к новому кризису, и отвечать за него будет некому.\n\nВ этом году все повторится.",
     "Следующий"),
    # finalread-zb2: an unpaired mark opening a paragraph of fewer than four words is a heading, not a quotation going
    # on with the speaker before (direct_paragraph_continued)
    ("paragraph-continued-heading", "«Мы будем бороться до конца», — сказал тренер Олег Кононов после матча.\n\n"
     "«Итоги сезона\n\nКоманда выиграла восемь матчей подряд.", "Итоги"),
    # a title after a dash inside a sentence is no quotation going on with the speaker before (mid_sentence_dash)
    ("standalone-mid-sentence-title", "«Мы готовы к переговорам», — сказал министр Иван Петров. Теперь в проекте "
     "кодекса появляется новая статья - «Особенности ответственности владельцев сайтов».", "Особенности"),
    # role phrases with a name after them and no speech, for test_closing_name_guards (quotes98): the name closes
    # the phrase; another person noun between, a plural verb after "и", a genitive head each keep it off
    ("speaker-closing-name-bare", "Бывший посол США на Украине и член Совета Джон Миллер прилетел в Москву.",
     "Бывший"),
    ("speaker-closing-name-relatum", "Пресс-секретарь президента Кении Ухуру Кениата прилетел в Москву.",
     "Пресс-секретарь"),
    ("speaker-closing-name-two-persons", "Глава МИД Франции и министр обороны страны Жан Дюран в понедельник "
     "прилетели в Москву.", "Глава"),
    ("speaker-closing-name-genitive", "Визит бывшего посла США на Украине Джона Миллера в Москву отложен.", "Визит"),
    # a colon opening a list of quoted names ("представители профсоюзов: «…», (Украина), …") is no quotation of the
    # subject's (finalread-y4: direct_colon_speaker's _listed)
    ("colon-speaker-list", "В форуме примут участие представители профсоюзов: «Независимого профсоюза горняков и "
     "металлургов», (Украина), Solidarnosc (Польша).", "Независимого"),
    # a news page whose title quotes a person its lead then names is no blog column: a standalone paragraph is not
    # the title person's (finalread-y4: column_author's _headline_person)
    ("column-headline-news", "Сергей Лавров: «Россия не допустит расширения НАТО»\n\nГлава МИД России Сергей Лавров "
     "выступил в Москве с лекцией.\n\nОтвет Вашингтона не заставил себя ждать.\n\n«Это заявление ничего не меняет в "
     "нашей позиции».", "Это заявление"),
    # a negated assertion closed by "(цитата по X)" gives the outlet no copy either (finalread-x5)
    ("outlet-quotation-note-negated", "Министр Олег Титов не говорил, что налоги вырастут (цитата по ТАСС).",
     "налоги"),
    # "по заключению" inside a clause (how a decision was taken) or of a deal (the act of concluding) is no source
    # phrase (indirect._extra_source_phrase)
    ("conclusion-inside-clause", "Иван Петров по заключению комиссии признан невиновным, сообщил суд.", "сообщил"),
    # the words after "Об этом, по данным X," are no content of X (indirect._relays_about_this)
    ("relayed-according", "Стадион откроют в мае. Об этом, по данным «Интерфакса», сообщил на пресс-конференции мэр "
     "Олег Смирнов.", "сообщил"),
    ("conclusion-of-deal", "По заключению сделки, стороны обменяются документами.", "стороны"),
    # a fragment that goes on from a word of its clause is no direct quote of the trailing outlet (quotes71)
    ("embedded-fragment-outlet", "Министр Иван Петров заявил, что борьба продолжится «с еще большей решимостью», "
     "передает РИА «Новости».", "с еще"),
    # "об этом, как передает X, заявил Y": the outlet's phrase attributes the content named before, the words after
    # it are no content (indirect._relayed_attribution)
    ("relayed-attribution", "Цены на газ вырастут на десять процентов. Об этом, как передает ТАСС, заявил в среду "
     "глава министерства Иван Петров.", "заявил"),
    ("relayed-attribution-fronted", "Цены на газ вырастут на десять процентов. Как сообщает агентство Reuters, об "
     "этом глава министерства заявил на заседании парламента.", "об этом"),
    # "с точки зрения" of a field, or inside a noun phrase, names no source (indirect._point_of_view)
    ("point-of-view-field", "С точки зрения закона, сделка была чистой.", "сделка"),
    ("point-of-view-inside-phrase", "Министерство опубликовало сомнительное, с точки зрения экспертов, видео атаки "
     "на склад.", "видео"),
    # a heading with a subtitle after a colon is no interview turn, though one asks and the next one answers
    ("interview-turn-heading", "Вакцинация: кого прививать в первую очередь?\n\nЛокдаун: закрыты клубы и "
     "спортзалы.\n\nВ городе открыли новые пункты вакцинации.", "кого"),
    # a separator line ends an interview: the dialogue after it is not the interviewee's (interview_carried)
    # a talk with no one to answer ("поговорил по телефону") introduces no interview: the line after the question
    # is no one's answer
    ("interview-introduced-no-person",
     "Президент поговорил по телефону.\n\n— Когда откроется новый мост через реку?\n\n— Мост откроют в "
     "мае, работы идут по графику.",
     "Мост"),
    # a talk of two others introduces no interview: the line after the question is no one's answer (finalread-z1)
    ("interview-talk-no-press-answer", "Президент Владимир Путин провел телефонный разговор с канцлером Германии "
     "Ангелой Меркель.\n\nВечером в Кремле прошла пресс-конференция.\n\n— Когда состоится следующая встреча?"
     "\n\n— Сроки пока не определены.", "Сроки"),
    # a talk cited, not printed ("— рассказал в интервью изданию «Труд»"), then a list of links: no line asks, so
    # there is no interview
    ("interview-introduced-no-question", "«Картина в целом уже ясна», — рассказал ученый Лев Десинов в интервью "
     "изданию «Труд».\n\n- Город восстановят быстро, обещают власти\n- В МЧС подтвердили: теория заговора "
     "несостоятельна\n- Полиция ищет распространителей слухов", "В МЧС подтвердили"),
    ("interview-not-carried-over-separator", "Тренер Марина Белова ответила на вопросы журналистов.\n— Довольны ли "
     "вы игрой?\n— Да, ребята сыграли хорошо.\n\n***\n\nПогода испортилась. Дожди идут неделю. Реки вышли из "
     "берегов. Синоптики не обещают улучшений.\n— Как у вас погода в Питере?\n— Дождь идет третий день.",
     "Дождь"),
    # a heading ends an answer continued: neither it nor the paragraphs after it are the interviewee's
    ("interview-heading-ends-answer", "Продолжаем отвечать на вопросы вместе с иммунологом Николаем Крючковым.\n\n- "
     "Стоит ли делать тест?\n\n- Официально такие исследования не требуются.\n\nКСТАТИ\n\nПункты вакцинации "
     "открыты во всех поликлиниках города.\n\n- Нужна ли прививка переболевшим?\n\n- Да, нужна.", "Пункты"),
    # a short quotation alone on its line, no sentence mark, no colon before it: a section heading (QUOTES.md: a
    # headline that is not attributed), not words of the speaker quoted before
    ("section-heading", "«Мы не отступим», — подчеркнул Иван Петров.\n\n«Намерен бороться до конца»\n\nПри этом "
     "аналитики считают, что шансы невелики.", "Намерен"),
    ("reference-is-no-content",
     "Пожилые люди легче переносят прививку. Об этом пишет «Российская газета», ссылаясь на гериатра Ольгу Ткачеву.",
     "гериатра"),
    ("boilerplate", "«Мы победим», — сказал Иван Петров. «Подпишитесь на наш канал и читайте новости первыми»",
     "Подпишитесь"),
    ("sign-text", "«Запись простая», — объяснила сотрудник центра Оксана Литвинова. Для записи нужно зайти на сайт, "
     "где высветится большая надпись: «Защитите себя и своих близких! Сделайте прививку».", "Защитите"),
    ("finding-proved", "Учёный Павел Орлов доказал, что гипотеза верна.", "гипотеза"),
    ("finding-found-out", "Полиция выяснила, что угонщик был пьян.", "угонщик"),
    ("plan", "Компания «Северсталь» планирует открыть завод в Казани.", "открыть"),
    ("headline-topic", "Запасной план Трампа: почему выборы в США превратились в фарс\nТекст статьи.", "почему"),
    # a headline content without a verb or predicate is a topic, whoever the line names (`has_predicate`)
    ("headline-topic-noun-phrase", "Петров и Сидоров: разногласия во внешней политике\nКандидаты придерживаются "
     "разных взглядов.", "разногласия"),
    # a "content — source" line that ends with a period is a sentence: an apposition or a gapped clause after the
    # dash, no headline (`sentence_tail`)
    ("headline-dash-sentence", "Его основателем стал Павел Котов, а продюсером — Олег Сидоров.\nКомпания "
     "работает с 2010 года.", "Его"),
    # a name after a word in an oblique case is inside another noun's phrase, no source (`oblique_source`): an
    # apposition after the dash, a complement of the line's topic noun
    ("headline-source-in-apposition", "Холдинг купил крупный пакет акций своего конкурента - британской Globex\n"
     "Сделка закрыта в пятницу.", "Холдинг"),
    ("headline-source-in-complement", "Дефицит новой вакцины Pfizer и Moderna: хватит не всем\nПроизводители не "
     "успевают выпускать препарат.", "хватит"),
    # an adjective before its noun is an attribute, no predicate (`_adjective_predicate`)
    ("headline-topic-adjective", "Петров и Сидоров: последние дебаты перед выборами\nКандидаты встретились в "
     "Нэшвилле.", "последние"),
    ("credit-line", "Пожар потушили к утру.\nИсточник: https://www.example.ru/news/123", "https"),
    ("noticed", "Пилот сказал, что во время посадки заметил, что двигатель дымит.", "двигатель"),
    ("thing-threatens", "Эксперт напомнил о договоре. Его утрата грозит ослабить контроль над вооружениями.",
     "ослабить"),
    ("risk-not-threat", "Аналитик считает, что под давлением санкций страна грозит стать менее предсказуемой.",
     "стать"),
    ("negated-assertion", "Суды не заявили, что нарушений на выборах не было.", "нарушений"),
    ("negated-accusation", "Москву в этот раз даже не пытались обвинять во вмешательстве в выборы.", "вмешательстве"),
    ("document-title", "«Мы готовы», — сказал сенатор Иван Лосев. Он предлагает воспользоваться указом, который "
     "подписал в 2018 году - «О санкциях за вмешательство в американские выборы». Если указ вступит в силу, "
     "голоса пересчитают.", "О санкциях"),
    ("own-words-nested", "«Госдума предупреждает, что ответственность ляжет на власти», — заявила Госдума.",
     "ответственность"),
    ("thing-indicates", "Разведка не нашла признаков, указывающих на то, что выборы были сорваны.", "выборы"),
    ("back-reference", "Как сообщалось ранее, завод закроют на ремонт.", "завод"),
    ("future-cue", "Производитель надеется, что испытания подтвердят, что вакцина безопасна.", "вакцина"),
    ("about-this-after-time-adverbial", "Как пишут местные газеты, цены на газ выросли на треть. В минувший четверг "
     "об этом на брифинге заявил министр Иван Петров, сообщает ТАСС.", "В минувший четверг"),
    ("demand-by-a-thing", "Строительство моста потребовало привлечения частных инвестиций.", "привлечения"),
    ("if-believe-in-something", "Если верить в успех, инфляция замедлится к осени.", "инфляция"),
    ("request-noun-without-owner", "В конце ролика появляется призыв пожертвовать несколько рублей на ремонт храма.",
     "пожертвовать"),
    ("about-fronted-negated", "О погоде министр на встрече не говорил.", "погоде"),
    ("about-demonstrative-topic", "Министр встретился с послом Франции. Агентства также сообщают об этой встрече, "
     "однако без подробностей.", "этой встрече"),
    ("question-clause", "Отвечая на вопрос, что бы он посоветовал выпускникам, ректор сказал: «Читать книги».",
     "бы он посоветовал"),
    ("headline-quote-no-source", "«Белые ночи в январе»: погода удивила жителей города\n\nТекст заметки.", "Белые"),
    ("noted-how-clause", "Министр отметил, как быстро растут цены на жильё.", "быстро"),
    ("that-as-for", "Мэр сказал, что мост откроют летом, а что касается тоннеля, работы затянутся.", "касается"),
    ("rating-estimate", "Страховщики оценили ущерб от наводнения в миллион рублей.", "ущерб"),
    ("suspect-status", "Директора завода подозревают в растрате бюджетных средств.", "растрате"),
    ("reaffirmed-stance", "Посол Игорь Данилов подтвердил приверженность своей страны прежнему курсу.",
     "приверженность"),
    ("according-schedule", "Согласно графику, поезд прибудет в полдень.", "поезд"),
    ("results-of-meeting", "По итогам встречи стороны подписали договор.", "стороны"),
    ("thing-threatens-to-destroy", "Наводнение угрожает разрушить мост.", "разрушить"),
    ("accused-participle", "Обвиняемый в убийстве бизнесмен Иван Петров вышел на свободу.", "убийстве"),
    ("book-title-object", "Журналист прочитал книгу «Война и мир».", "Война"),
    ("confirm-diagnosis", "Врач подтвердил диагноз пациента.", "диагноз"),
    ("this-shows", "Цены на газ вырастут. Это говорит о том, что рынок перегрет.", "рынок"),
    # "о." is an abbreviation ("и. о. министра"), no preposition opening an "о"-content
    ("acting-abbreviation-no-about", "Угроза минимальна, заявил и. о. министра обороны Иван Петров в интервью.",
     ". министра"),
    # a fact, a reason or a cause is no source, whatever the cue (`_fact_subject`)
    ("fact-subject", "Рынки растут. Оптимизма инвесторам добавляет тот факт, что вакцина помогает экономике.",
     "вакцина"),
    # a name in a thing's prepositional phrase makes it no source (`_before_preposition`)
    ("thing-with-place", "Нынешний политический кризис в Бразилии угрожает дестабилизировать экономику страны.",
     "дестабилизировать"),
]


def fixture_texts() -> list[dict[str, str]]:
    """The rows' texts as parse-fixture input: one {"id", "text"} per row class."""
    return [{"id": row[0], "text": row[1]} for row in RULE_ROWS + NOT_QUOTE_ROWS]


@cache
def _parses() -> dict[str, Document]:
    return read_parses(PARSES / "quotes.conllu")


def _parsed(class_id: str, text: str) -> Document:
    """The rule stages run over the stored parse of a row (a fresh copy)."""
    stored = _parses().get(class_id)
    assert stored is not None and stored.text == text, f"refresh tests/data/parses/quotes.conllu for {class_id!r}"
    return run_stages(copy.deepcopy(stored), ("entities", "coref", "quotes"))


def _checked(doc: Document) -> list[QuoteAnn]:
    for quote in doc.quotes:
        assert doc.text[quote.start : quote.end] == quote.text
        assert quote.rule in RULE_NAMES, quote.rule
        assert quote.confidence is not None and 0.0 <= quote.confidence <= 1.0
    spans = [(q.start, q.end, q.speaker) for q in doc.quotes]
    assert len(spans) == len(set(spans)), "one span emitted twice with one speaker"
    return doc.quotes


def _quotes(annotate, text: str) -> list[QuoteAnn]:
    return _checked(annotate(text))


@pytest.mark.parametrize(("class_id", "text", "content", "speaker", "rule"), RULE_ROWS,
                         ids=[row[0] for row in RULE_ROWS])
def test_rule_classes(class_id: str, text: str, content: str, speaker: str | None, rule: str) -> None:
    quotes = _checked(_parsed(class_id, text))
    found = [q for q in quotes if q.text == content and q.rule == rule]
    assert found, f"no {rule} quote {content!r} in {[(q.text, q.rule, q.speaker) for q in quotes]}"
    folded = [q.speaker.replace("ё", "е") if q.speaker else None for q in found]
    assert (speaker.replace("ё", "е") if speaker else None) in folded, folded


def test_quotation_note_without_outlet() -> None:
    """"(цитата по расшифровке эфира телеканала)": the medium's noun does not head the note, no outlet is named,
    so the quote gets no copy (finalread-x5)."""
    row = next(row for row in RULE_ROWS if row[0] == "outlet-quotation-note-unnamed-medium")
    quotes = _checked(_parsed(row[0], row[1]))
    assert [q.rule for q in quotes] == ["direct_after"], [(q.rule, q.speaker) for q in quotes]


def test_every_rule_has_a_row() -> None:
    """Every registered quote rule is some row's expected rule, and every expected rule is registered: a rule
    cannot die silently, and a row cannot name a label no rule gives."""
    assert {row[4] for row in RULE_ROWS} == set(rules_of("quotes"))


def test_row_classes_are_unique() -> None:
    ids = [row[0] for row in RULE_ROWS + NOT_QUOTE_ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("class_id", "text", "first_word"), NOT_QUOTE_ROWS, ids=[row[0] for row in NOT_QUOTE_ROWS])
def test_false_quote_classes(class_id: str, text: str, first_word: str) -> None:
    quotes = _checked(_parsed(class_id, text))
    assert not [q.text for q in quotes if q.text.startswith(first_word)]


def test_reference_is_not_copied_to_a_nested_cue() -> None:
    """"Как передает X со ссылкой на Y, Астана предложила провести …": the reference phrase attributes the outlet's
    report (Y's copy of it), not Астана's proposal inside it."""
    row = next(row for row in RULE_ROWS if row[0] == "reference-as-says-nested")
    quotes = _checked(_parsed(row[0], row[1]))
    assert [q.speaker for q in quotes if q.text == "провести саммит осенью"] == ["Астана"]


def test_nested_source_is_not_an_apposition(annotate) -> None:
    quotes = _quotes(annotate, "Как утверждают соседи, Петров сказал, что уезжает навсегда.")
    outer = next(q for q in quotes if q.rule == "indirect_as_says")
    assert outer.speaker == "соседи"


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the tagger's Anim, Masc "премьера" is the role (`pipeline.lang.roles.role_reading`, as entities and coref read it)
    ("По словам премьера Дмитрия Медведева, бюджет будет принят весной.", "премьера", "премьер"),
    # a feminine inanimate noun keeps its lemma: an outlet's name is no "политик" (quotes' old copy read it so)
    ("«Политика Сегодня» ранее писала о том, что администрация не планирует переговоров.", "Политика", ""),
])
def test_role_lemma_is_the_shared_role_reading(annotate, text: str, word: str, expected: str) -> None:
    doc = annotate(text)
    index = next(i for i, t in enumerate(doc.tokens) if t.text == word)
    assert role_lemma(Context(doc), index) == expected


def test_pronoun_against_gender_gets_no_speaker(annotate) -> None:
    """"она заявила" is never a man's: a resolution to a man is dropped (the speaker becomes null)."""
    doc = annotate("Министр Иван Петров приехал в Казань. «Всё будет хорошо», — сказала она.")
    ctx = Context(doc)
    verb = next(i for i, t in enumerate(doc.tokens) if t.text == "сказала")
    pronoun = next(i for i, t in enumerate(doc.tokens) if t.text == "она")
    man = next(i for i, e in enumerate(doc.entities) if e.name == "Иван Петров")
    candidate = Candidate(1, 5, "direct", "direct_after", verb, ctx.span(verb, verb), "сказать")
    assert not _agrees(ctx, candidate, Speaker("Иван Петров", man, ctx.span(pronoun, pronoun), "masc"))
    named = Speaker("Иван Петров", man, doc.entities[man].mentions[0], "masc")
    assert _agrees(ctx, candidate, named)  # a name in the subject is its own evidence
    assert all(q.speaker != "Иван Петров" for q in doc.quotes)


@pytest.mark.parametrize(("text", "expected"), [("—", True), ("−", True), ("‒", True), ("―", True), ("--", True),
                                                 ("-", True), ("a", False), ("---", False)])
def test_is_dash(text: str, expected: bool) -> None:
    assert is_dash(text) is expected


def test_is_dash_without_hyphen() -> None:
    assert not is_dash("-", hyphen=False) and is_dash("−", hyphen=False)


# confidence -----------------------------------------------------------------------------------------------
def test_confidence_ranks_evidence() -> None:
    strong = quote_confidence("direct_after", cue=True, speaker=True, entity=True, speaker_expected=True)
    inherited = quote_confidence("direct_standalone", cue=False, speaker=True, entity=True, speaker_expected=True)
    no_speaker = quote_confidence("indirect_that", cue=True, speaker=False, entity=False, speaker_expected=True)
    impersonal = quote_confidence("indirect_that", cue=True, speaker=False, entity=False, speaker_expected=False)
    disagreeing = quote_confidence("direct_after", cue=True, speaker=False, entity=False, speaker_expected=True,
                                   agrees=False)
    assert strong > inherited and strong > disagreeing
    assert impersonal > no_speaker
    for value in (strong, inherited, no_speaker, impersonal, disagreeing):
        assert 0.0 <= value <= 1.0


def test_confidence_in_the_record(annotate) -> None:
    doc = annotate("«Мы готовы к переговорам», — сказал министр Иван Петров. «Всё решится завтра»")
    values = [quote["confidence"] for quote in record_quotes(doc)]
    assert values and all(0.0 <= value <= 1.0 for value in values)
    by_rule = {q.rule: q.confidence for q in doc.quotes}
    assert by_rule["direct_after"] > by_rule.get("direct_continuation", by_rule.get("direct_standalone", 0.0))


def test_evaluation_runner_gives_confidence() -> None:
    docs = list(annotate_articles([{"id": "a", "text": "«Мы готовы», — сказал министр Иван Петров."}],
                                  ("segment", "ner", "morph", "entities", "coref", "quotes")))
    assert docs[0].quotes and docs[0].quotes[0].confidence is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("Минфин США сообщил, что санкции вступят в силу в понедельник.", "Минфин США"),
    ("Азербайджанский Минтранс заявил, что самолет был поврежден.", "азербайджанский Минтранс"),
])
def test_organization_named_as_the_article_does(annotate, text: str, expected: str) -> None:
    """An organization by the short form the article spells with its owner ("Минфин США") or its adjective: a bare
    "Минтранс" the article never expands is not named "Министерство транспорта ..." (QUOTES.md: "as the article
    identifies it, in the fullest form the article gives"; the entity's own name keeps the expansion)."""
    quotes = _quotes(annotate, text)
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.startswith(expected), quotes[0].speaker


def test_every_rule_has_a_confidence_base() -> None:
    from pipeline.quotes.confidence import RULE_BASE

    assert set(RULE_BASE) == set(RULE_NAMES)
    assert all(0.0 < base < 1.0 for base in RULE_BASE.values())


if __name__ == "__main__":
    for item in fixture_texts():
        print(json.dumps(item, ensure_ascii=False))


# the trace: what the filters dropped and why -----------------------------------------------------------------
@pytest.mark.parametrize(("class_id", "verdict"), [
    ("boilerplate", "boilerplate: "), ("finding-proved", "finding: "), ("finding-found-out", "finding: "),
    ("plan", "plan: "), ("negated-assertion", "negated: "), ("negated-accusation", "negated: "),
    ("own-words-nested", "own_words: "),
    ("thing-threatens", "thing_subject: "), ("risk-not-threat", "risk: "), ("thing-indicates", "thing_subject: "),
    ("back-reference", "back reference: "), ("future-cue", "future: "),
    ("fact-subject", "fact_subject: "), ("thing-with-place", "thing_subject: "),
    ("headline-topic-noun-phrase", "headline_topic: "), ("headline-dash-sentence", "headline_sentence: "),
    ("headline-source-in-apposition", "oblique_source: "), ("headline-source-in-complement", "oblique_source: "),
    ("headline-topic-adjective", "headline_topic: "),
])
def test_rejections_are_traced(class_id: str, verdict: str) -> None:
    """Each filter that drops a candidate records which filter and why while `svodka explain` runs."""
    text = next(row[1] for row in NOT_QUOTE_ROWS if row[0] == class_id)
    with tracing(("quotes",)) as tracer:
        doc = _parsed(class_id, text)
    reasons = [event.reason for event in tracer.of("quotes") if event.verdict == "rejected"]
    assert any(reason.startswith(verdict) for reason in reasons), reasons
    kept = [event for event in tracer.of("quotes") if event.verdict == "fired"]
    assert len(kept) == len(doc.quotes)
    assert all(event.rule in rules_of("quotes") for event in kept)


# Rows whose speaker comes from a traced speaker step: the step's label must fire (False: the guard row, where
# `publication_of_source` must not).
SPEAKER_STEP_ROWS = [
    ("outlet-inner-that", "outlet_inner_content", True),
    ("outlet-inner-person-guard", "outlet_inner_content", False),
    ("outlet-inner-addressee-guard", "outlet_inner_content", False),
    ("outlet-inner-main-clause-guard", "outlet_inner_content", False),
    ("outlet-inner-venue-guard", "outlet_inner_content", False),
    ("outlet-inner-editor-guard", "outlet_inner_content", False),
    ("according-one-of-group", "one_of_group", True),
    ("according-one-of-pronoun-guard", "one_of_group", False),
    ("speaker-gerund-own-clause", "gerund_own_clause", True),
    ("speaker-relative-host", "relative_host", True),
    ("speaker-host-clause-subject", "host_clause_subject", True),
    ("speaker-host-clause-disagrees", "host_clause_subject", False),
    ("speaker-relative-object", "relative_host", True),
    ("speaker-relative-object-own-subject", "relative_host", False),
    ("speaker-time-phrase-place", "time_phrase", True),
    ("speaker-minister-ministry-head", "ministry_head", True),
    ("speaker-ministry-head-minister", "ministry_head", True),
    ("speaker-time-phrase-subject", "time_phrase", True),
    ("speaker-host-clause-subject", "time_phrase", False),
    ("speaker-publication-of-source", "publication_of_source", True),
    ("speaker-publication-owned", "publication_of_source", False),
    ("speaker-document-owner-genitive", "document_owner", True),
    ("speaker-document-owner-possessive", "document_owner", True),
    ("speaker-document-owner-agent", "document_owner", True),
    ("speaker-document-owner-unowned", "document_owner", False),
    ("speaker-document-place-subject", "document_place_subject", True),
    ("speaker-document-place-counted", "document_place_subject", True),
    ("speaker-document-issuer-published", "document_issuer", True),
    ("speaker-document-issuer-statement-with", "document_issuer", True),
    ("speaker-document-issuer-received", "document_issuer", False),
    ("speaker-outlet-own-report", "outlet_own_report", True),
    ("speaker-outlet-report-referring", "outlet_own_report", False),
    ("speaker-attribution-dash-place", "attribution_dash", True),
    ("speaker-attribution-dash-after", "attribution_dash", False),
    ("speaker-attribution-dash-parenthesis", "attribution_dash", False),
    ("speaker-document-place-no-subject", "document_place_subject", False),
    ("speaker-document-place-relative", "document_place_subject", False),
    ("speaker-document-place-relative", "document_owner", True),
    ("speaker-document-owner-relative", "document_owner", True),
    ("speaker-document-owner-receiver", "document_owner", False),
    ("speaker-pronoun-document-owner", "pronoun_document_owner", True),
    ("speaker-pronoun-document-unowned", "pronoun_document_owner", False),
    ("speaker-pronoun-document-agreement", "pronoun_document_owner", False),
    ("speaker-pronoun-comment-owner", "pronoun_document_owner", True),
    ("speaker-collective-owner-press", "speaking_collective_owner", True),
    ("speaker-collective-owner-authorities", "speaking_collective_owner", True),
    ("speaker-collective-owner-preposition", "speaking_collective_owner", False),
    ("speaker-article-outlet", "article_outlet", True),
    ("speaker-article-outlet-publication", "article_outlet", True),
    ("speaker-article-owned", "article_outlet", False),
    ("speaker-counted-share-then", "counted_share_subject", True),
    ("speaker-counted-share-trailing", "counted_share_subject", True),
    ("speaker-counted-share-parsed", "counted_share_subject", False),
    ("speaker-aside-brackets", "aside_subject", True),
    ("speaker-aside-dashes-name", "aside_subject", True),
    ("speaker-aside-dashes-genitive", "aside_subject", True),
    ("dash-minus", "aside_subject", False),
    ("coordinated-names-countries", "coordinated_names", True),
    ("coordinated-names-bodies", "coordinated_names", True),
    ("coordinated-names-described", "coordinated_names", False),
    ("coordinated-names-pronoun", "coordinated_names", True),
    ("coordinated-persons", "coordinated_names", False),
    ("speaker-previous-sentence", "previous_sentence_subject", True),
    ("speaker-previous-sentence-colon", "previous_sentence_subject", True),
    ("speaker-previous-sentence-plural", "previous_sentence_subject", False),
    ("speaker-previous-sentence-narrator", "previous_sentence_subject", False),
    ("speaker-previous-sentence-paragraph", "previous_sentence_subject", False),
    ("speaker-previous-sentence-quotation", "previous_sentence_subject", False),
    ("speaker-previous-sentence-outlet", "previous_sentence_subject", False),
    ("speaker-coordinated-predicate", "coordinated_predicate", True),
    ("speaker-coordinated-predicate-chain", "coordinated_predicate", True),
    ("speaker-previous-sentence", "coordinated_predicate", False),
    ("speaker-coordinated-predicate-relative", "coordinated_predicate", False),  # "где": a relative clause
    ("speaker-shared-place", "shared_place", True),
    ("speaker-content-clause-host", "content_clause_host", True),
    ("speaker-content-clause-host-object", "content_clause_host", True),
    ("speaker-coordinated-predicate", "content_clause_host", False),  # "и" after a main clause: no content clause
    ("speaker-shared-place-gerund", "shared_place", True),
    ("speaker-shared-place-subject", "shared_place", False),
    ("speaker-acting-body", "acting_body", True),
    ("speaker-acting-town", "acting_body", False),
    ("speaker-host-body", "host_body", True),
    ("speaker-column-paragraph", "column_author", True),
    ("speaker-column-paragraph-no-column", "column_author", False),
    ("speaker-column-writer", "column_writer", True),
    ("speaker-column-writer-named", "column_writer", False),
    ("speaker-label-named-next", "label_named_next", True),
    ("speaker-label-named-next-gender", "label_named_next", False),
    ("speaker-label-named-next-headline", "label_named_next", True),
    ("speaker-speechless-gerund", "host_body", False),
    ("speaker-speechless-person-inanimate", "host_body", False),
    ("speaker-party-member", "party_member", True),
    ("speaker-party-mismatch", "party_member", True),
    ("speaker-party-unknown", "party_member", False),
    ("speaker-party-other", "party_member", False),
    ("speaker-role-governed-by-noun", "governed_role_phrase", True),
    ("speaker-role-governed-by-noun", "described_before_introduction", True),
    ("speaker-role-governed-nominative", "governed_role_phrase", False),
    ("speaker-role-governed-relatum", "governed_role_phrase", False),
    ("speaker-dash-introduction", "dash_introduction", True),
    ("speaker-dash-introduction-other-case", "dash_introduction", False),
    ("speaker-time-before-role", "leading_time_phrase", True),
    ("speaker-date-before-role", "leading_time_phrase", True),
    ("headline-minister-described-below", "leading_time_phrase", False),
    ("speaker-cited-source", "cited_source", True),
    ("speaker-cited-source-described", "cited_source", True),
    ("speaker-cited-source-gender", "cited_source", False),
    ("speaker-cited-source-person-relays", "cited_source", False),
    ("speaker-cited-press-service", "cited_source", True),
    ("speaker-party-state", "country_person", True),
    ("speaker-party-country", "country_person", True),
    ("speaker-party-member", "country_person", False),
    ("speaker-party-unknown", "country_person", False),
    ("organization-written-country", "written_body_name", True),
    ("organization-written-country-russia", "written_body_name", True),
    ("organization-unwritten-country", "written_body_name", False),
    ("organization-written-owner", "written_body_name", False),
    ("speaker-publication-of-source", "written_owned_name", True),  # "СБУ" -> "Служба безопасности Украины"
    ("organization-written-owner", "written_owned_name", False),  # "МИД РФ" is the article's own form
    ("organization-unwritten-country", "written_owned_name", False),  # no owner written after "Генпрокуратуре"
    ("organization-short-form-owner", "written_short_form", True),  # "Министерство обороны России" -> "Минобороны РФ"
    ("organization-short-form-adjective", "written_short_form", True),
    ("organization-short-form-spelled", "written_short_form", False),  # the article spells the full name
    ("organization-written-owner", "written_short_form", False),  # "МИД РФ": written_organization's own form
    ("outlet-quotes-possessive-words", "words_owner", True),
    ("outlet-quotes-words-of-source", "words_owner", True),
    ("outlet-quotes-person", "words_owner", False),  # "цитирует губернатора": the person, no words noun
    ("speaker-nameless-source-after-person", "nameless_source", True),  # "источник" given its own phrase
    ("speaker-nameless-source-back", "nameless_source", True),  # the "источник" phrase quoted before
    ("speaker-nameless-source-close-to", "nameless_source", True),
    ("outlet-quotes-person", "nameless_source", False),
    ("speaker-addressee-outlet-apposition", "addressee_name", True),  # "РИА «Новости»" was told
    ("speaker-addressee-outlet-before-cue", "place_before", True),  # the body said it; the outlet was told
    ("speaker-newsroom-after-outlet", "addressee_name", True),  # «Интерфаксу» was told; the newsroom said it
    ("as-remarked", "addressee_name", False),  # no dative after the cue
    ("speaker-uninflected-outlet-subject", "addressee_name", False),  # "Как сообщил ТАСС": the subject
    ("speaker-uninflected-outlet-told", "addressee_name", True),
    ("speaker-share-after-header", "share_subject", True),
    ("speaker-share-run-on-headline", "share_group", True),
    ("speaker-share-of-a-group", "share_subject", False),  # the parse gives the share as the cue's subject
    ("speaker-comparative-share", "share_subject", False),
    ("speaker-comparative-no-share", "share_subject", False),
    ("speaker-relative-unparsed", "relative_subject", True),  # the parse hung "которая" on another verb
    ("speaker-relative-acquaintance", "relative_subject", True),
    ("speaker-relative-parsed", "relative_subject", False),  # the parse gives the cue its subject
    ("speaker-relative-noun-after", "relative_subject", False),  # "который" parsed: `_antecedent` reads it
    ("speaker-place-before-body", "place_before", True),
    ("speaker-place-before-service", "place_before", True),
    ("speaker-place-before-city", "place_before", False),  # a city does not speak; the subject is the group's
    ("speaker-place-before-subject", "place_before", False),
    ("speaker-dedication-abbreviation", "dedication_dot", True),
    ("speaker-dedication-according", "dedication_dot", True),
    ("speaker-dedication-as-says", "dedication_dot", True),
    ("speaker-dedication-pronoun", "dedication_dot", False),  # a pronoun "им." ends its sentence
    ("speaker-dedication-misparsed", "dedication_dot", True),
    ("conjoined-after-content-tense", "conjoined_tense", True),
    ("conjoined-after-content-same-tense", "conjoined_tense", False),
    ("conjoined-after-content", "conjoined_tense", False),  # gender or number tells them apart already
    ("speaker-pronoun-chain", "pronoun_chain", True),
    ("speaker-pronoun-chain-other-gender", "pronoun_chain", False),
    ("speaker-latter-company", "latter_pronoun", True),
    ("speaker-latter-numeral", "latter_pronoun", True),
    ("speaker-latter-of-group", "latter_pronoun", False),
    ("speaker-diplomat-ambassador", "hypernym_role", True),
    ("speaker-diplomat-consul", "hypernym_role", True),
    ("speaker-diplomat-other", "hypernym_role", False),
    # a column's "пишет <role noun>" is the author's before any role step asks (quotes91: column_writer)
    ("speaker-current-role-headline", "column_writer", True),
    ("speaker-current-role-opinion", "current_role_holder", True),
    ("speaker-current-role-headline-organization", "column_writer", True),
    ("speaker-current-role-indirect", "current_role_holder", True),
    ("speaker-current-role-indirect-named", "current_role_holder", False),
    ("speaker-current-role-new", "current_role_holder", False),
    ("speaker-current-role-relatum", "current_role_holder", False),
    ("speaker-current-role-office", "current_role_holder", False),
    ("speaker-current-role-lead-quote", "current_role_holder", False),
    ("speaker-current-role-split", "current_role_holder", False),
    ("speaker-alias-prefix", "written_alias_name", True),
    ("speaker-alias-apostrophe", "written_alias_name", True),
    ("speaker-alias-whole", "written_alias_name", False),
    ("speaker-elliptical-share", "elliptical_share", True),
    ("speaker-elliptical-count", "elliptical_share", False),
    ("speaker-elliptical-none", "elliptical_share", False),
    ("speaker-named-since", "named_speaker_since", True),
    ("speaker-named-since-unnamed", "named_speaker_since", False),
    ("speaker-quoted-source", "quoted_source_goes_on", True),
    ("speaker-quoted-source-someone-since", "quoted_source_goes_on", True),  # fires on the first "его" only
    ("speaker-not-quoted-name", "speaker_not_quoted_name", True),
    ("speaker-not-quoted-name-possessive", "speaker_not_quoted_name", True),
    ("speaker-not-quoted-name-named", "speaker_not_quoted_name", False),
    ("speaker-not-quoted-name-gender", "speaker_not_quoted_name", False),
    ("speaker-not-quoted-name-named-again", "speaker_not_quoted_name", False),
    ("speaker-not-quoted-name-story", "speaker_not_quoted_name", False),
    ("speaker-not-quoted-name-nested", "speaker_not_quoted_name", False),
    ("speaker-plural-group", "plural_group", True),
    ("speaker-plural-group-body", "plural_group", True),
    ("speaker-plural-group-not-country", "plural_group", True),
    ("speaker-plural-group-goes-on", "plural_group", True),
    ("speaker-nearer-group", "nearer_group", True),
    ("speaker-nearer-group-subject", "nearer_group", False),
    ("speaker-plural-group-whole-set", "plural_group", False),
    ("speaker-whole-phrase-link", "whole_phrase_link", True),
    ("speaker-whole-phrase-link-headline", "whole_phrase_link", True),
    ("speaker-whole-phrase-relatum", "whole_phrase_link", False),
    ("speaker-conjunct-apposition", "conjunct_apposition", True),
    ("speaker-conjunct-apposition-attached", "conjunct_apposition", False),
    ("speaker-conjunct-apposition-phrase", "conjunct_apposition", True),
    ("speaker-conjunct-apposition-before", "conjunct_apposition", True),
    # the "(цитата по X)" note is cut off an indirect content that ran over it, and only there (quotes89)
    ("outlet-quotation-note-indirect", "quotation_note", True),
    ("outlet-quotation-note-direct", "quotation_note", False),
    # a participle the parser made the subject hands it to its noun (quotes90); a participle used as a noun does not
    ("speaker-participle-phrase-before", "participle_noun", True),
    ("speaker-participle-as-says", "participle_noun", True),
    ("speaker-participle-object-name", "participle_noun", True),
    ("speaker-participle-as-noun", "participle_noun", False),
    ("speaker-participle-comma", "participle_noun", False),
    ("speaker-participle-after-cue", "participle_noun", True),
    ("speaker-participle-addressee", "participle_noun", False),
    ("speaker-participle-caseless-object", "participle_noun", True),
    ("interview-continued-enclosing", "inherit_enclosing", True),
    ("interview-carried", "inherit_enclosing", False),
    ("speaker-participle-tagged-noun", "participle_noun", True),
    # a state's initials kept where the article spells them out (quotes93); a body's are not, nor unspelled ones
    ("speaker-state-initials", "state_initials", True),
    ("speaker-state-initials-alias", "state_initials", True),
    ("speaker-state-initials-body", "state_initials", False),
    ("speaker-state-initials-unspelled", "state_initials", False),
    # entities81: the entities stage now names "Олега Дерипаски" … "Дерипаска" as "Олег Дерипаска" itself
    # (`linking.velar_genitive_surname`), so the quotes step has no word left to rewrite in this row
    ("speaker-written-name-word", "written_name_word", False),
    ("speaker-written-name-word-woman", "written_name_word", False),
    # a coordination's name before a plural cue (quotes95); a coordination the parse gives the cue needs no rule
    ("speaker-conjoined-name", "conjoined_name", True),
    ("speaker-conjoined-name-parsed", "conjoined_name", False),
    # only particles between the comma and the cue (quotes95); another word there leaves the stretch read as before
    ("speaker-particles-before-verb", "particles_before_verb", True),
    ("speaker-particles-before-verb-other", "particles_before_verb", False),
    # a dative addressee the parse made the subject (quotes98); a nominative after the addressee needs no rule
    ("speaker-dative-addressee-before", "dative_addressee", True),
    ("trailing-addressee", "dative_addressee", False),
    ("speaker-dative-addressee-nominative", "dative_addressee", False),
    # a name closing a role phrase the parse cut short (quotes98); a name the phrase holds needs no rule
    ("speaker-closing-name", "closing_name", True),
    ("speaker-one-of-after-cue", "one_of_after_cue", True),
    ("speaker-set-off-attribution", "set_off_attribution", True),
    # a subject past an aside (quotes109); not the relative's own cue, not a clause's own predicate
    ("speaker-owned-relative", "owned_relative", True),
    ("speaker-postposed-adjective", "postposed_adjective", True),
    ("speaker-aside-continued-passive", "aside_continued", True),
    ("speaker-aside-continued-own-clause", "aside_continued", False),
    ("speaker-owned-relative-own-clause", "owned_relative", False),
    ("speaker-aside-closed-relative", "aside_continued", False),
    ("speaker-aside-closed-participle", "aside_continued", False),
    # a name closing a role phrase set off after the subject (quotes104); a genitive relatum or a clause is none
    ("speaker-apposed-role-name-one-of", "apposed_role_name", True),
    ("speaker-apposed-role-name-relatum", "apposed_role_name", True),
    ("speaker-apposed-role-name-relative", "apposed_role_name", True),
    ("speaker-apposed-role-name-genitive", "apposed_role_name", False),
    ("speaker-apposed-role-name-participle", "apposed_role_name", False),
    ("speaker-apposed-role-name-comma-and", "apposed_role_name", False),
    ("dash-minus", "closing_name", False),
    # a headline's source named by the lead's restatement (quotes97); not by an outlet relaying it
    ("speaker-headline-restated-cue", "headline_restated", True),
    ("speaker-headline-restated-content", "headline_restated", True),
    ("speaker-headline-restated-outlet", "headline_restated", False),
    ("speaker-headline-restated-other-side", "headline_restated", False),
    # a quoted title as the subject an outlet verb's parse did not give (quotes97); not where the parse gives one
    ("speaker-quoted-title-plural", "quoted_title_subject", True),
    ("speaker-quoted-title-time-noun", "quoted_title_subject", False),
    ("dash-minus", "quoted_title_subject", False),
    # a subject after the cue's adverbials (quotes99); not an addressee's name, nor where the parse gives a subject
    ("speaker-trailing-time", "trailing_subject", True),
    ("speaker-trailing-title", "trailing_subject", True),
    ("speaker-trailing-gerund", "trailing_subject", True),
    ("speaker-trailing-addressee-name", "trailing_subject", False),
    ("dash-minus", "trailing_subject", False),
    # the attribution of the quotation before (quotes99); not one that goes on with another predicate
    ("speaker-previous-attribution-dash", "previous_attribution", True),
    ("speaker-previous-attribution-colon", "previous_attribution", True),
    ("speaker-previous-attribution-two", "previous_attribution", False),
    # a count read as an agreeing adjective, a participle used as a noun (quotes102); not a numeral, not a noun
    ("speaker-agreeing-count", "agreeing_count", True),
    ("speaker-agreeing-count-age", "agreeing_count", True),
    ("speaker-counted-paucal", "agreeing_count", False),
    ("speaker-counted-figure-ending", "agreeing_count", False),
    ("speaker-substantive-participle", "substantive_participle", True),
    ("speaker-substantive-participle-singular", "substantive_participle", True),
    ("speaker-substantive-participle-noun", "substantive_participle", False),
    # the body a plural cue is said from (quotes99); not a city
    ("speaker-from-place", "from_place_source", True),
    ("speaker-from-place-conjunct", "from_place_source", True),
    ("speaker-from-place-city", "from_place_source", False),
    # quotes108
    ("speaker-share-per-cent-where", "share_subject", True),
    ("speaker-titled-source-quoted", "titled_source", True),
    ("speaker-titled-source-person-guard", "titled_source", False),
    ("speaker-titled-source-far-guard", "titled_source", False),
    ("speaker-outlet-read-dative", "outlet_read_dative", True),
    ("speaker-outlet-read-dative-guard", "outlet_read_dative", False),
    ("speaker-quoted-title-after", "quoted_title_after", True),
    ("speaker-quoted-title-after-guard", "quoted_title_after", False),
]


@pytest.mark.parametrize(("class_id", "label", "fires"), SPEAKER_STEP_ROWS, ids=[row[0] for row in SPEAKER_STEP_ROWS])
def test_speaker_steps_are_traced(class_id: str, label: str, fires: bool) -> None:
    """The carried-subject and release-owner steps record themselves for `svodka explain`, and only where they
    decide the speaker."""
    text = next(row[1] for row in RULE_ROWS if row[0] == class_id)
    with tracing(("quotes",)) as tracer:
        _parsed(class_id, text)
    labels = {event.rule for event in tracer.of("quotes") if event.verdict == "fired"}
    assert (label in labels) == fires, labels


# Steps that turn a candidate speaker down record why for `svodka explain`: (rule, RULE_ROWS class id, whether
# the rule records a rejection on that row).
REJECTION_TRACES: list[tuple[str, str, bool]] = [
    # a quotation after a dash inside a sentence is turned down as a sentence of its own (quotes101); not a
    # quotation that is one ("…, — сказал он. «…»")
    ("direct_standalone", "standalone-mid-sentence-dash", True),
    ("direct_standalone", "dash-nbsp-split", False),
    # a fixed parenthetical phrase is turned down as a cue's place (quotes108); not a place of its own
    ("parenthetical_phrase", "speaker-parenthetical-not-place", True),
    ("parenthetical_phrase", "speaker-share-per-cent-where", False),
    # a thing before a conjoined cue's joiner is turned down as its subject (quotes99); not one after it
    ("thing_before_joiner", "speaker-thing-before-joiner", True),
    ("thing_before_joiner", "speaker-thing-after-joiner", False),
    # a dialogue line's dash with no comma or stop before it is no attribution (quotes92)
    ("direct_dash_line", "interview-unmarked-dash", True),
    ("direct_dash_line", "dash-line-broken", False),
    # a role noun's indirect quote naming the person the noun would go on with is about that person (quotes94)
    ("spoken_of", "speaker-current-role-indirect-named", True),
    ("spoken_of", "speaker-current-role-indirect", False),
    # a report nested inside a quotation closed by "(цитата по X)" gets no copy of the outlet (quotes89)
    ("indirect_quoted_via", "outlet-quotation-note-nested", True),
    ("indirect_quoted_via", "outlet-quotation-note-indirect", False),
    ("direct_quoted_via", "outlet-quotation-note-own-sentence", False),
    # `cited_source` turned down where a person gave the report the source is cited in (finalread-w4)
    ("cited_source", "speaker-cited-source-person-relays", True),
    ("cited_source", "speaker-cited-source", False),
    # A body that "агентство" would have found by kind, turned down for the news agency, is recorded
    # (`reporting_agency`); a body found by name or none records nothing.
    ("reporting_agency", "outlet-agency-later", True),
    ("reporting_agency", "outlet-agency-after-quoted-body", True),
    ("reporting_agency", "outlet-quotes-person", False),
    # An unnamed source that the organization step turns down records why (`speaking_source`, turned down): a plural
    # one ("источники в Белом доме"); a singular "источник" is `nameless_source`'s, before that step.
    ("speaking_source", "reference-according", True),
    ("speaking_source", "speaker-unnamed-source-outlet", False),
    ("speaking_source", "outlet-quotes-person", False),
    # A named person `describe_person` found for "источник" is turned down (`nameless_source`; on the pool "По
    # сведениям источника агентства" -> the minister named before); an unnamed source found records nothing.
    ("nameless_source", "speaker-nameless-source-genitive", False),
    ("nameless_source", "speaker-nameless-source-back", False),
    # A person a description's country rules out is recorded (`country_mismatch`, turned down) for `svodka explain`; a
    # description of the person's own country records nothing.
    ("country_mismatch", "speaker-country-salient", True),
    ("country_mismatch", "speaker-country-office", True),
    ("country_mismatch", "speaker-country-same", False),
    # A person found for a relation or agent noun with its owner written ("ее отец", "его пресс-секретарь"), never
    # introduced with that noun, is recorded as turned down (`relative_mismatch`); "Ее отец Гарри X" records nothing.
    # A salient person a role noun falls back to, introduced with an office the noun cannot name, is recorded as
    # turned down (`introduced_otherwise`); the same office under another word and an activity record nothing.
    ("introduced_otherwise", "speaker-role-other-office", True),
    ("introduced_otherwise", "speaker-author-not-office", True),
    ("introduced_otherwise", "speaker-role-same-office", False),
    ("introduced_otherwise", "speaker-author-activity-role", False),
    ("relative_mismatch", "speaker-owned-other-role", True),
    ("relative_mismatch", "speaker-owned-other-person", True),
    ("relative_mismatch", "speaker-owned-introduced", False),
    ("relative_mismatch", "speaker-owned-named-after", False),
    ("relative_mismatch", "speaker-owned-untitled", False),
    # The person a description's genitive complement names, found for the description by a step, is recorded as turned
    # down (`relatum_owner`) for `svodka explain`; an apposed name or a nominative name records nothing.
    ("relatum_owner", "speaker-relatum-owner", True),
    ("relatum_owner", "speaker-relatum-advisor", True),
    ("relatum_owner", "speaker-relatum-apposed", False),
    ("relatum_owner", "speaker-relatum-nominative", False),
    ("relatum_owner", "speaker-relatum-oblique", False),
    ("relatum_owner", "speaker-relatum-oblique-advisor", True),
    ("relatum_owner", "speaker-relatum-oblique-kin", True),
    ("relatum_owner", "speaker-relatum-oblique-title", False),
    ("relatum_owner", "speaker-relatum-oblique-president", False),
    ("relatum_owner", "speaker-relatum-described-kin", True),
    ("relatum_owner", "speaker-relatum-described-oblique", True),
    ("relatum_owner", "speaker-relatum-described-deputy", False),
    ("relatum_owner", "speaker-relatum-described-body", False),
    # A name under a relation noun of the phrase is recorded as turned down (`relation_owner`, quotes107); an
    # office title's apposed name and a possessive relative's own name record nothing.
    ("relation_owner", "speaker-relation-owner-friend", True),
    ("relation_owner", "speaker-relation-owner-title-guard", False),
    ("relation_owner", "speaker-relation-owner-possessive-guard", False),
    # A person found for a representative of a body, never introduced with that body, is recorded as turned down
    # (`body_mismatch`) for `svodka explain`; one introduced with the body's initials or its compound records nothing.
    ("body_mismatch", "speaker-representative-body", True),
    ("body_mismatch", "speaker-representative-other-body", True),
    ("body_mismatch", "speaker-representative-initials", False),
    ("body_mismatch", "speaker-representative-compound", False),
    # A person found for a description of an office of a body, introduced only with titles of other bodies, is
    # recorded as turned down (`title_mismatch`) for `svodka explain`; a title that writes the body, its initials, a
    # ministry's stem, a seat's office or a country for "государства" records nothing.
    ("title_mismatch", "speaker-title-other-body", True),
    ("title_mismatch", "speaker-title-other-bank", True),
    ("title_mismatch", "speaker-title-state", True),
    ("title_mismatch", "speaker-title-state-office", True),
    ("title_mismatch", "speaker-title-initials", False),
    ("title_mismatch", "speaker-title-ministry", False),
    ("title_mismatch", "speaker-title-seat", False),
    ("title_mismatch", "speaker-title-alias", False),
    ("title_mismatch", "speaker-title-alias-other", True),
    ("title_mismatch", "speaker-title-country", False),
    # The owner of a relation or agent noun ("по словам адвоката Навального", "его адвоката", "Адвокат Голубкина
    # Александр Тимошенко") is recorded as turned down (`relatum_owner`) for `svodka explain`; a lawyer introduced as
    # one ("Адвокат Иван Петров", then "по словам адвоката Петрова") records nothing.
    ("relatum_owner", "speaker-relatum-oblique-lawyer", True),
    ("relatum_owner", "speaker-relatum-oblique-representative", True),
    ("relatum_owner", "speaker-relatum-possessive", True),
    ("relatum_owner", "speaker-relatum-named-relative", True),
    ("relatum_owner", "speaker-relatum-named-relative-oblique", True),
    ("relatum_owner", "speaker-relatum-oblique-own-lawyer", False),
    # The outlet that cites a source, passed over as the owner of a bare organization noun in it, is recorded as
    # turned down (`citing_owner`) for `svodka explain` ("сообщает НТВ со ссылкой на пресс-службу министерства": a
    # broadcaster's acronym reads as a public body's); an owner named before it, no bare noun, or a news agency ("РИА
    # Новости", "ТАСС": never a ministry's kind, `descriptions.news_agency`, quotes45) records nothing.
    ("citing_owner", "speaker-cited-press-service-broadcaster", True),
    ("citing_owner", "speaker-cited-press-service", False),
    ("citing_owner", "speaker-cited-source-gender", False),
    ("citing_owner", "speaker-cited-press-service-named", False),
    ("citing_owner", "speaker-cited-source", False),
    # A person introduced with another party, found for a party-member description by a step, is recorded as turned
    # down (`party_mismatch`) for `svodka explain`; the person introduced with the party records nothing.
    ("party_mismatch", "speaker-party-other", True),
    ("party_mismatch", "speaker-party-member", False),
    ("party_mismatch", "speaker-party-unknown", False),
    # A party word before a name that the name's phrase does not govern is recorded as left out (`party_phrase`) for
    # `svodka explain`; a party in the name's own phrase, coordinated or not, records nothing.
    ("party_phrase", "speaker-party-phrase", True),
    ("party_phrase", "speaker-party-coordinated", False),
    ("party_phrase", "speaker-party-mismatch", False),
    # A plural thing passed over as the antecedent of a speaking "они"/"их" is recorded as turned down
    # (`thing_antecedent`) for `svodka explain`; a body, a polity or a person adjective records nothing.
    ("thing_antecedent", "speaker-thing-owner", True),
    ("thing_antecedent", "speaker-thing-passed", True),
    ("thing_antecedent", "speaker-thing-reacting", True),
    ("thing_antecedent", "speaker-thing-body", False),
    ("thing_antecedent", "speaker-thing-adjective", False),
    ("thing_antecedent", "speaker-thing-vehicle", True),
    ("thing_antecedent", "speaker-thing-shop", True),
    ("thing_antecedent", "speaker-thing-polity", False),
    # A name before a comma in another case than the person noun after it is recorded as no apposition
    # (`apposition_case`); a nominative name records nothing.
    ("apposition_case", "speaker-apposition-case-gerund", True),
    ("apposition_case", "speaker-apposition-case-meeting", True),
    ("apposition_case", "speaker-apposition-case-nominative", False),
    # An adjective used as a noun, kept as the subject's head over a noun in another case after it, is recorded
    # (`substantive_adjective`); one that agrees with the noun after it records nothing.
    ("substantive_adjective", "speaker-substantive-adjective-host", True),
    ("substantive_adjective", "speaker-substantive-adjective-duty", True),
    ("substantive_adjective", "speaker-substantive-adjective-head", True),
    ("substantive_adjective", "speaker-adjective-read-as-noun", False),
    # A name in an object's case with no nominative reading, turned down as a loosely read subject, is recorded
    # (`declined_oblique`); a surname with a nominative reading and a body in "в" record nothing.
    ("declined_oblique", "speaker-object-name-dative", True),
    ("declined_oblique", "speaker-surname-nominative-reading", False),
    ("declined_oblique", "speaker-locative-body", False),
    # a speech verb's short passive: its subject is no speaker (`passive_patient`); an authoring verb's is kept
    ("passive_patient", "speaker-passive-patient-warned", True),
    ("passive_patient", "speaker-passive-patient-informed", True),
    ("passive_patient", "speaker-passive-patient-order", True),
    ("passive_patient", "speaker-passive-authored", False),
    ("passive_patient", "speaker-passive-quoted", False),
    # a common noun of another gender than a past-tense cue's is no subject (`gender_clash`); guards record none
    ("gender_clash", "speaker-gender-clash-request", True),
    ("gender_clash", "speaker-gender-clash-group", True),
    ("gender_clash", "speaker-gender-role-feminine", False),
    ("gender_clash", "speaker-gender-common-noun", False),
    # a thing another predicate gave a gerund or a coordinated cue is turned down (`speechless_subject`); a person
    # or a body that can speak records nothing
    ("speechless_subject", "speaker-speechless-conjoined", True),
    ("speechless_subject", "speaker-speechless-gerund", True),
    ("speechless_subject", "speaker-speechless-gerund-passive", True),
    ("speechless_subject", "speaker-speechless-person-kept", False),
    ("speechless_subject", "speaker-speechless-body-kept", False),
    # a witness noun turned down for an official introduced with an office (`official_mismatch`); guards record none
    ("official_mismatch", "speaker-witness-official", True),
    ("official_mismatch", "speaker-witness-prosecutor", True),
    ("official_mismatch", "speaker-witness-untitled", False),
    ("official_mismatch", "speaker-witness-introduced", False),
    ("official_mismatch", "speaker-private-official", True),
    ("official_mismatch", "speaker-private-pensioner", False),
    ("official_mismatch", "speaker-private-official-subject", False),
    ("official_mismatch", "speaker-private-official-other-subject", True),
    ("named_in_content", "speaker-named-in-content", True),
    ("named_in_content", "speaker-named-in-content-person", True),
    ("named_in_content", "speaker-named-in-content-apposition", False),
    # A holder of a body's office turned down for an office of the state is recorded (`body_head`); the head of the
    # government and the head of a body described as such record nothing.
    ("body_head", "speaker-state-office-body-head", True),
    ("body_head", "speaker-state-office-bank-head", True),
    ("body_head", "speaker-state-office-government-head", False),
    ("body_head", "speaker-body-office-body-head", False),
    # A verb conjoined with one of another gender is recorded as sharing no subject with it (`conjoined_gender`);
    # coordinated verbs that agree record nothing.
    ("conjoined_gender", "conjoined-gender-content-direct", True),
    ("conjoined_gender", "conjoined-gender-content-client", True),
    ("conjoined_gender", "conjoined-after-content-same-tense", False),
    ("conjoined_gender", "conjoined-after-content-tense", False),
    # The subject a source phrase's pronoun comments on is turned down as its antecedent (`own_subject_source`); a
    # subject of another sentence is not.
    ("own_subject_source", "speaker-own-subject-source", True),
    ("own_subject_source", "speaker-named-since-unnamed", False),
    ("own_subject_source", "speaker-own-subject-described-before", True),
    ("own_subject_source", "speaker-own-subject-other-gender", False),
    ("own_subject_source", "speaker-own-subject-unknown-before", False),
    # The head of a country fits a president's bare or "страны" title (no `title_mismatch`)
    ("title_mismatch", "speaker-head-of-country-acronym", False),
    ("title_mismatch", "speaker-head-of-state-country", False),
]


def test_speechless_reads_person_nouns_declined_inanimate() -> None:
    """`subjects._speechless` takes an inanimate common noun for a thing, but not a person noun the grammar declines
    as inanimate ("официальные лица": INANIMATE_PERSON_NOUNS) nor a noun that can speak."""
    from pipeline.quotes.subjects import _speechless

    doc = run_stages(copy.deepcopy(_parses()["speaker-speechless-person-inanimate"]), ("entities", "coref"))
    ctx = Context(doc)
    words = {token.text: index for index, token in enumerate(ctx.tokens)}
    assert not _speechless(ctx, words["лица"])
    assert _speechless(ctx, words["сближение"])
    assert not _speechless(ctx, words["стран"])


@pytest.mark.parametrize(("class_id", "participle", "expected"), [
    ("speaker-participle-phrase-before", "Присутствовавший", "врио"),  # past its complements ("на открытии")
    ("speaker-participle-object-body", "Возглавлявший", "Иван"),  # its object "комитет" is none of its nouns
    ("speaker-participle-role-noun", "Заведующая", "Заведующая"),  # a role noun: "ИМЭМО" is its complement's
    ("speaker-participle-acting-title", "Исполняющий", "Исполняющий"),  # the acting title, a role phrase
    ("speaker-participle-caseless-object", "Сменившая", "Ирина"),  # "Матвиенко": a caseless object comes first
    ("speaker-participle-caseless-noun", "Победивший", "Макгрегор"),  # a caseless word with no noun after it
], ids=lambda value: value if value.startswith("speaker-") else "")
def test_participle_noun_guards(class_id: str, participle: str, expected: str) -> None:
    """`subjects.participle_noun` asked with the participle for the cue's subject (as a misparse gives it): the noun
    after the participle's complements that can speak, and the participle itself for a role noun."""
    from pipeline.quotes.subjects import participle_noun

    doc = run_stages(copy.deepcopy(_parses()[class_id]), ("entities", "coref"))
    ctx = Context(doc)
    subject = next(index for index, token in enumerate(ctx.tokens) if token.text == participle)
    verb = next(index for index in range(subject + 1, len(ctx.tokens)) if ctx.is_finite(index))
    assert ctx.tokens[participle_noun(ctx, verb, subject)].text == expected


@pytest.mark.parametrize(("class_id", "verb", "addressee", "expected"), [
    ("speaker-dative-addressee-before", "заявил", "МК", "Белых"),  # a dative: the nominative before the cue
    ("speaker-dative-addressee-nominative", "сообщило", "ТАСС", None),  # a nominative: no addressee
])
def test_dative_addressee_guard(class_id: str, verb: str, addressee: str, expected: str | None) -> None:
    """`subjects._addressee_subject` asked with the cue and the word the parse made its subject: the speaker for a
    bare dative, nothing for a word in another case (an organization after the cue speaks itself)."""
    from pipeline.quotes.subjects import _addressee_subject

    doc = run_stages(copy.deepcopy(_parses()[class_id]), ("entities", "coref"))
    ctx = Context(doc)
    words = {token.text: index for index, token in enumerate(ctx.tokens)}
    found = _addressee_subject(ctx, words[verb], words[addressee], (0, 0))
    assert (ctx.tokens[found].text if found is not None else None) == expected


@pytest.mark.parametrize(("class_id", "head", "expected"), [
    ("speaker-closing-name-bare", "посол", "Джон"),  # over a prepositional phrase and a conjoined role noun
    ("speaker-closing-name-relatum", "Пресс-секретарь", None),  # "президента": the name is that person's
    ("speaker-closing-name-two-persons", "Глава", None),  # "и" under a plural verb: two persons
    ("speaker-closing-name-genitive", "посла", None),  # a genitive head: the name may be its relatum's
])
def test_closing_name_guards(class_id: str, head: str, expected: str | None) -> None:
    """`speakers._closing_name` asked with a phrase cut at its head (as a misparse leaves it): the first word of
    the name that closes the role phrase, or nothing where a guard keeps the name off."""
    from pipeline.quotes.speakers import _closing_name

    doc = run_stages(copy.deepcopy(_parses()[class_id]), ("entities", "coref"))
    ctx = Context(doc)
    index = next(index for index, token in enumerate(ctx.tokens) if token.text == head)
    found = _closing_name(ctx, index, [index])
    assert [ctx.tokens[i].text for i in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("rule_name", "class_id", "fires"), REJECTION_TRACES)
def test_rejection_is_traced(rule_name: str, class_id: str, fires: bool) -> None:
    """A rule that turns a speaker down on a row records a rejection there; its negative rows record none."""
    text = next(row[1] for row in RULE_ROWS if row[0] == class_id)
    with tracing(("quotes",)) as tracer:
        _parsed(class_id, text)
    reasons = [event.reason for event in tracer.of("quotes")
               if event.rule == rule_name and event.verdict == "rejected"]
    assert bool(reasons) == fires, reasons


@pytest.mark.parametrize(("class_id", "verdict"), [
    ("outlet-agency-federal-name", "fired"), ("outlet-agency-later", "rejected"),
    ("outlet-agency-after-reporting-body", "rejected"),
])
def test_reporting_agency_federal_name(class_id: str, verdict: str) -> None:
    """With no news medium in reach, "агентство" takes a federal agency's clipped name ("Росавиация"), traced as
    fired; a news agency in reach still wins over a body (turned down)."""
    text = next(row[1] for row in RULE_ROWS if row[0] == class_id)
    with tracing(("quotes",)) as tracer:
        _parsed(class_id, text)
    verdicts = {event.verdict for event in tracer.of("quotes") if event.rule == "reporting_agency"}
    assert verdicts == {verdict}, verdicts


def test_report_inside_a_whole_quotation_is_nested() -> None:
    """An indirect quote that is one whole quotation holds the speaker's words like a direct one: the gerund's
    request inside it ("предложив голосовать …", no speaker of its own) is dropped as `nested_unnamed`."""
    text = next(row[1] for row in RULE_ROWS if row[0] == "as-says-whole-quotation")
    quotes = _checked(_parsed("as-says-whole-quotation", text))
    assert [(q.rule, q.speaker) for q in quotes] == [("indirect_as_says", "Олег Павлов")]


@pytest.mark.parametrize(("text", "whole"), [
    ("«избирателей пытаются ввести в заблуждение, предложив голосовать»", True),
    ("«мы работаем с „Нафтогазом“ по всем направлениям»", True),  # a name quoted inside: still one quotation
    ("«мы работаем с \"Нафтогазом\" по всем направлениям»", True),
    ("«налоги вырастут» и «цены упадут»", False),  # two quotations
    ("\"налоги вырастут, а цены упадут\"", True),
    ("\"налоги вырастут\" и \"цены упадут\"", False),
])
def test_whole_quoted(text: str, whole: bool) -> None:
    """`extract._whole_quoted`: one quotation from the first mark to the last, a quotation inside it included."""
    assert _whole_quoted(text) == whole


@pytest.mark.parametrize(("class_id", "fires"), [
    ("as-says-whole-quotation", True), ("speaker-party-phrase", False),
])
def test_whole_quotation_is_traced(class_id: str, fires: bool) -> None:
    """A "как"-attribution's content widened to its whole quotation records `whole_quotation` for `svodka explain`."""
    text = next(row[1] for row in RULE_ROWS if row[0] == class_id)
    with tracing(("quotes",)) as tracer:
        _parsed(class_id, text)
    assert any(event.rule == "whole_quotation" for event in tracer.of("quotes")) == fires


@pytest.mark.parametrize(("class_id", "reason"), [
    ("speaker-previous-sentence-quotation", "a quotation"), ("speaker-previous-sentence-outlet", "a medium"),
    ("speaker-previous-sentence-narrator", "the narrator"), ("speaker-previous-sentence", None),
])
def test_previous_sentence_refusals_are_traced(class_id: str, reason: str | None) -> None:
    """A subject of the sentence before that does not go on as the cue's is recorded as turned down, with why
    (`previous_sentence_subject`), for `svodka explain`; a subject that goes on records no refusal."""
    text = next(row[1] for row in RULE_ROWS if row[0] == class_id)
    with tracing(("quotes",)) as tracer:
        _parsed(class_id, text)
    reasons = [event.reason for event in tracer.of("quotes")
               if event.rule == "previous_sentence_subject" and event.verdict == "rejected"]
    assert (any(reason in found for found in reasons) if reason else not reasons), reasons


def test_duplicates_are_traced() -> None:
    """A later rule's near-copy of a kept quote is dropped as a duplicate, under the later rule's name: the
    headline "Source: «…»" is direct_headline's, not direct_colon_subject's."""
    row = next(row for row in RULE_ROWS if row[0] == "headline-colon-quote")
    with tracing(("quotes",)) as tracer:
        doc = _parsed(row[0], row[1])
    duplicates = [e.rule for e in tracer.of("quotes") if e.verdict == "rejected" and e.reason.startswith("duplicate")]
    assert duplicates == ["direct_colon_subject"]
    assert [q.rule for q in doc.quotes if q.text == row[2]] == ["direct_headline"]


def test_reference_phrase_cut_by_the_documents_end(annotate) -> None:
    """A reference phrase starts its source right after "на"; one the document ends inside ("… со ссылкой") starts
    none (before finalread-m2 `reference_source_at` read past the last token and raised IndexError)."""
    doc = annotate("Об этом сообщил журнал со ссылкой на ТАСС")
    ctx = Context(doc)
    opening = next(index for index, token in enumerate(doc.tokens) if token.text == "со")
    assert reference_source_at(ctx, opening) == opening + 3
    doc = annotate("Об этом сообщил журнал со ссылкой")
    ctx = Context(doc)
    assert [reference_source_at(ctx, index) for index in range(len(doc.tokens))] == [None] * len(doc.tokens)


def test_media_noun_finds_the_latest_outlet() -> None:
    """"издание" describes the outlet introduced with a compound media noun ("онлайн-газета X"): found by the quote
    rules, not only through the coref stage's link (which the media-noun-outlet row also has)."""
    row = next(row for row in RULE_ROWS if row[0] == "media-noun-outlet")
    doc = _parsed(row[0], row[1])
    ctx = Context(doc)
    outlet = next(index for index, entity in enumerate(doc.entities) if entity.name == "Il Foglio")
    assert is_outlet(ctx, outlet)
    assert latest_outlet(ctx, doc.text.index("издание")) == outlet


@pytest.mark.parametrize(("class_id", "pronoun", "expected"), [
    ("speaker-plural-group", "Они", "жителей"),
    ("speaker-plural-group-body", "Они", "пресс-службе"),
    ("speaker-plural-group-goes-on", "потребовали", "сторонников"),
    ("speaker-plural-group-whole-set", "они", None),
])
def test_plural_antecedent_adds_no_mention(class_id: str, pronoun: str, expected: str | None) -> None:
    """coref.plurals.plural_antecedent answers the group's head token for a plural pronoun and leaves the coref
    records as they were: no entity mention is added for the group (quotes103)."""
    from pipeline.coref.plurals import plural_antecedent
    from pipeline.quotes.speakers import _group_speaks

    row = next(row for row in RULE_ROWS if row[0] == class_id)
    doc = _parsed(row[0], row[1])
    ctx = Context(doc)
    mentions = [list(entity.mentions) for entity in doc.entities]
    index = next(i for i, token in enumerate(doc.tokens) if token.text == pronoun)
    if pronoun == "потребовали":
        index -= 1  # the second "Они"
    head = plural_antecedent(doc, index, lambda at: _group_speaks(ctx, at))
    assert (doc.tokens[head].text if head is not None else None) == expected
    assert [list(entity.mentions) for entity in doc.entities] == mentions
