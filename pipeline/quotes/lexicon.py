"""The cue lexicon: Russian speech verbs, request and accusation verbs, speech nouns and source phrases.

Lemmas are pymorphy3 normal forms with ё folded to е (compare with `fold()`); both aspects are listed.
Entries name linguistic classes of reporting, never phrases of any particular article.
"""

from __future__ import annotations

from pipeline.lang.fold import fold, fold_words
from pipeline.lang.lexicon import (  # noqa: F401 (re-exported)
    ACCORDING_NOUNS,
    BELIEF_PREDICATES,
    DAY_PART_NOUNS,
    DEMAND_VERBS,
    DOCUMENT_NOUNS,
    DURATION_NOUNS,
    GENERIC_MODAL_WORDS,
    LATTER_WORDS,
    MEDIA_NOUNS,
    MONTH_LEMMAS,
    ORDER_VERBS,
    ORGANIZATION_NOUNS,
    PARTITIVE_PREPOSITIONS,
    POLITICAL_GROUP_NOUNS,
    ROLE_EQUIVALENTS,
    SERVICE_NOUNS,
    SITE_NOUNS,
    SPEAKER_ROLE_NOUNS,
    SPEECH_NOUNS,
    STATEMENT_NOUNS,
    TALK_NOUNS,
    TALK_WORDS,
    UNNAMED_SOURCES,
    WEEKDAY_LEMMAS,
)
from pipeline.lang.offices import (
    EMERGENCY_MINISTRY,
    FINANCE_MINISTRY,
    FOREIGN_MINISTRY,
    INTERIOR_MINISTRY,
    MINISTER_NOUN,
    MINISTRY_NAMES,
    MINISTRY_NOUN,
    portfolio_noun,
)

# Verbs that report a statement, an opinion or a belief; they take a "что"-clause (or are used with quotes).
SAY_VERBS = fold_words("""
    заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть подчеркивать
    добавить добавлять пояснить пояснять объяснить объяснять рассказать рассказывать уточнить уточнять
    признать признавать признаться признаваться считать полагать заверить заверять уверять утверждать
    указать указывать напомнить напоминать констатировать предупредить предупреждать пообещать обещать
    опровергнуть опровергать отрицать возразить возражать ответить отвечать написать писать
    высказаться высказываться посетовать сетовать пожаловаться жаловаться объявить объявлять
    озвучить озвучивать резюмировать подытожить настаивать настоять убеждать убедить доказывать доказать
    клясться поклясться докладывать доложить информировать проинформировать оповестить оповещать
    уведомить уведомлять известить извещать передать передавать цитировать процитировать
    подтвердить подтверждать прогнозировать спрогнозировать предсказать предсказывать допустить допускать
    исключить исключать надеяться рассчитывать верить опасаться подозревать сомневаться
    кричать крикнуть закричать выкрикнуть выкрикивать воскликнуть восклицать скандировать
    продолжить продолжать заключить
    парировать согласиться соглашаться возмутиться возмущаться пошутить шутить намекнуть намекать
    упомянуть упоминать отчитаться отчитываться акцентировать обратить анонсировать огласить оглашать
    пригрозить грозить угрожать предположить предполагать оценить оценивать охарактеризовать
    назвать называть призвать призывать потребовать требовать попросить просить предложить предлагать
    рекомендовать порекомендовать посоветовать советовать обвинить обвинять упрекнуть упрекать
    распорядиться поручить поручать разъяснить разъяснять сформулировать повторить повторять
    добавлять дополнить дополнять уведомить телеграфировать твитнуть написать опубликовать
    бросить обещать гарантировать выразить выражать высказать высказывать
    посчитать счесть установить устанавливать
""")

# Speech verbs gathered from a principled source, not from single examples: (1) the cue lemmas of the annotated
# dev sets (quotes-dev, tests/data/heldout*, the dev part of tests/data/realnews/quotes) that the list above
# lacked, and (2) the common reporting verbs of Russian news style (verbs of saying, answering, summing up,
# complaining, predicting and expecting), both aspects. Verbs of finding out ("доказал", "выяснил", "обнаружил")
# report findings, not statements: they stay out (FINDING_VERBS); "как установил суд" is an authority's ruling,
# a quote.
EXTRA_SAY_VERBS = fold_words("""
    отвергнуть отвергать осудить осуждать раскритиковать критиковать донести доносить
    приписать приписывать вспомнить вспоминать поделиться делиться рассудить рассуждать
    пояснить разъяснить растолковать изложить излагать поведать рапортовать отрапортовать провозгласить
    провозглашать декларировать задекларировать оговориться обмолвиться проговориться сознаться покаяться
    похвастаться хвастаться хвалиться похвалиться предостеречь предостерегать возмутиться посетовать
    сокрушаться негодовать посулить сулить пророчить напророчить предречь предрекать предвидеть
    ожидать прогнозировать спрогнозировать спорить поспорить оспорить оспаривать упорствовать
    засвидетельствовать свидетельствовать удостоверить
    объявить вещать возвестить огласить повторить подчеркнуть отметить уточнить уверить
    постановить постановлять
    заподозрить заговорить
""")
SAY_VERBS = SAY_VERBS | EXTRA_SAY_VERBS

# Verbs whose object is the one who spoke the quotation ("«…», — цитирует его ТАСС").
CITING_VERBS = fold_words("цитировать процитировать")

# "заметил" reports a remark only as an attribution ("как заметил X,", "«…», — заметил он", "<A>, заметил X");
# with a "что"-clause it is as often "noticed that", a perception. "заключил" likewise ("<A>, заключает издание",
# "В противном случае, заключил X, …": concluded); elsewhere it is as often "заключить договор / под стражу".
REMARK_VERBS = fold_words("заметить замечать заключить заключать")

# Verbs of finding out: "X доказал/выяснил/установил, что ..." reports a finding, not speech (QUOTES.md: the
# journalist's narration of facts; the realnews convention: "выяснилось" is no quote).
FINDING_VERBS = fold_words("""
    доказать доказывать выяснить выяснять обнаружить обнаруживать узнать узнавать выясниться выясняться
    обнаружиться подсчитать
""")
SAY_VERBS = SAY_VERBS - FINDING_VERBS

# Verbs of planning and intending ("компания планирует открыть завод"): a plan, not speech content. No rule takes
# them; `svodka explain` names them when they stand where a request verb would.
PLAN_VERBS = fold_words("планировать запланировать намереваться собираться готовиться")

# Impersonal phrases that report without a source ("стало известно, что", "принято считать, что"): pairs of a
# first word's lemma and the second word's form; they give quotes with speaker null (the realnews convention).
IMPERSONAL_PHRASES: frozenset[tuple[str, str]] = frozenset({
    ("стать", "известно"), ("принять", "считать"), ("принятый", "считать"), ("принять", "полагать"),
    ("принятый", "полагать"), ("принять", "думать"), ("принятый", "думать"),
})

# "появились сообщения о том, что", "появилась информация, что": reports that appeared, with no source named (an
# impersonal cue: speaker null); the verbs of appearing and the nouns of reports that are their subject.
APPEAR_VERBS = fold_words("появиться появляться")
# "Об этом, по данным «Интерфакса», сообщил X": the source-phrase nouns of what an outlet relays (not "по мнению X",
# a view: "Об этом, по мнению экспертов, говорит рост цен" is the experts' content)
RELAYING_NOUNS = fold_words("данные информация сведение сообщение")
APPEARED_REPORT_NOUNS = fold_words("сообщение информация сведение слух")

# Reflexive-passive forms used without a subject: "сообщается, что", "отмечается", "считается".
IMPERSONAL_VERBS = fold_words("""
    сообщаться отмечаться подчеркиваться говориться считаться предполагаться прогнозироваться
    утверждаться указываться уточняться заявляться ожидаться полагаться предлагаться допускаться
    подтверждаться напоминаться
""")

# Earlier reporting referred back to ("как сообщалось ранее", "как писал X"): not quotes. Past imperfective
# forms of these verbs after "как" are back-references; present or perfective ones ("как пишет X") are not.
BACK_REFERENCES = fold_words("сообщаться писаться")
BACK_REFERENCE_PAST = fold_words("писать сообщать")

# Impersonal verbs of what a text says, which name their source by the place they are said in: "как сообщается в
# пресс-релизе мэрии", "как отмечается на сайте X", "как подчеркивается в докладе" (not those of belief or
# expectation: "как считается", "как ожидается").
PLACED_REPORT_VERBS = BACK_REFERENCES | fold_words("""
    говориться отмечаться подчеркиваться утверждаться указываться уточняться заявляться напоминаться
    подтверждаться
""")

# Endings of action nouns (what is to be done): освобождение, расследование, прекращение, ратификация.
ACTION_NOUN_ENDINGS = ("ние", "тие", "ция")

# Verbs whose content is an infinitive (requests, demands, promises, advice, orders). An order with its content
# is a demand (QUOTES.md: "потребовал …"; the annotated sets mark "приказал", "велел", "распорядился" + infinitive):
# the order verbs (ORDER_VERBS, which the events lexicon's "decree" class lists too).
REQUEST_VERBS = ORDER_VERBS | fold_words("""
    потребовать требовать призвать призывать попросить просить предложить предлагать предлагаться
    рекомендовать порекомендовать посоветовать советовать пообещать обещать пригрозить грозить угрожать
    умолять упросить настоять уговаривать уговорить обязаться
""")

# Verbs whose content follows a fixed preposition: "призвал к ...", "настаивают на ...", "указал на ...".
# ("ссылаясь на X" names a source, never content: see REFERENCE_VERBS.)
PREPOSITION_VERBS: dict[str, frozenset[str]] = {
    fold(verb): frozenset(preps.split())
    for verb, preps in (
        ("призвать", "к ко"), ("призывать", "к ко"), ("настаивать", "на"), ("настоять", "на"),
        ("указать", "на"), ("указывать", "на"), ("пожаловаться", "на"), ("жаловаться", "на"),
        ("сетовать", "на"), ("посетовать", "на"),
        # a doubt or a hint voiced (the realnews convention): "усомнился в законности X", "намекнул на отставку";
        # not the state "сомневаться в" (a relative clause: "сыновья, которые сомневаются в ...")
        ("усомниться", "в во"), ("намекнуть", "на"), ("намекать", "на"),
        # a stated stance: "высказался за продление санкций", "выступили против реформы"
        ("высказаться", "за против"), ("высказываться", "за против"),
        # "обратил внимание на рост цен": what the speaker drew attention to
        ("обратить", "на"), ("обращать", "на"),
    )
}

# Verbs whose content is a noun phrase after "о/об": "сообщил о ...", "заявил о ...".
ABOUT_VERBS = fold_words("""
    заявить заявлять сообщить сообщать объявить объявлять предупредить предупреждать доложить докладывать
    оповестить оповещать уведомить уведомлять известить извещать напомнить напоминать проинформировать
    информировать отчитаться отчитываться высказаться высказываться
    говориться
""")

# Accusations and voiced suspicions: "обвинил X в ...", "эксперты заподозрили X в ..." (participles and
# passives, the accused or the suspect, are turned down by the rule). The imperfective "X подозревают в ..." is
# mostly an investigation's status, not speech: left out.
ACCUSE_VERBS = fold_words("обвинить обвинять упрекнуть упрекать уличить уличать заподозрить")

# Verbs whose speaker is their object: "«...», — цитирует агентство X".
QUOTING_VERBS = fold_words("цитировать процитировать")

# "ссылаясь на X", "сославшись на X": like "со ссылкой на X", the inner source of an outlet's report.
REFERENCE_VERBS = fold_words("сослаться ссылаться")
# The words of such a reference as written: "со ссылкой на X" and the gerunds of REFERENCE_VERBS (a tagger may
# lemmatise them otherwise).
REFERENCE_NOUN = "ссылкой"
REFERENCE_GERUNDS = frozenset({"ссылаясь", "сославшись"})

# "приводит слова X", "передает слова X": a verb that quotes someone's words (its object noun's genitive owner).
CITING_VERBS = fold_words("привести приводить передать передавать цитировать процитировать")
WORDS_NOUNS = fold_words("слово высказывание заявление цитата реплика")

# "связывают X с Y": a cause attributed by a source; the content is the object and its "с"-phrase.
CAUSE_VERBS = fold_words("связать связывать объяснить объяснять")

# Speech verbs whose noun-phrase object is their content when it is an evaluation ("отметил высокий уровень
# игры", "подчеркнул важность диалога"); nouns of occasions keep "отметить" in its sense "celebrate".
EVALUATIVE_VERBS = fold_words("отметить отмечать подчеркнуть подчеркивать")
OCCASION_NOUNS = fold_words("""
    день праздник юбилей годовщина дата рождение рождество новый год победа свадьба новоселье
    начало окончание завершение
""")

# Verbs of a stance on a claim whose noun-phrase object is the content (the realnews convention: "отрицает",
# "опроверг сведения"): "признал вмешательство в выборы", "отверг обвинения", "исключили «перезагрузку»
# отношений". Condemning and criticising ("осудил арест") and demands with a bare noun ("требует денег") are
# left out: the annotated sets count them only now and then. Announcing a step ("анонсировал отставку министра")
# and praising ("похвалил работу служб") are stances of the same kind; "подтвердил" is not listed, as its object
# is as often a stance reaffirmed ("подтвердил приверженность"), which the annotated sets do not count.
OBJECT_CONTENT_VERBS = fold_words("""
    признать признавать отвергнуть отвергать отрицать опровергнуть опровергать исключить исключать
    анонсировать похвалить хвалить
""")

# "подтвердил факт задержания", "подтвердили наличие сбоя", "подтвердил эти сведения": confirming a fact or a
# claim reports it; other objects are stances reaffirmed ("подтвердил приверженность курсу"), no quote.
CONFIRM_VERBS = fold_words("подтвердить подтверждать")
FACT_NOUNS = fold_words("факт наличие")
# Abstract nouns of a fact, a reason or a cause: a subject headed by one is no source of any cue ("Оптимизма им
# добавляет тот факт, что …", "наличие антител гарантирует …", "причина в том, что …"), whatever the verb.
FACT_REASON_NOUNS = FACT_NOUNS | fold_words("причина обстоятельство")

# Nouns of a claim: a stance verb takes them as content with no modifier ("отверг обвинения", "опровергли эти
# слухи"); other objects need one ("признал вмешательство в выборы").
CLAIM_NOUNS = fold_words("обвинение слух сведение утверждение информация версия данные домысел")

# "высоко оценил работу служб": a rating verb is an evaluation only with an adverb of a verdict ("оценили ущерб
# в миллион" is an estimate).
RATING_VERBS = fold_words("оценить оценивать")
RATING_ADVERBS = fold_words("высоко низко положительно позитивно отрицательно негативно критически скептически")

# "выразил несогласие с решением": feelings whose content is a "с"-phrase.
WITH_CONCERN_NOUNS = fold_words("несогласие")

# "расценили задержание как провокацию", "отметил X как надежду сборной": a verdict given with "как"; the content
# is the object and its "как"-phrase.
AS_VERBS = fold_words("расценить расценивать квалифицировать оценить оценивать отметить отмечать воспринять")

# "назвал X «...»": a quoted phrase that is the verb's complement.
NAMING_VERBS = fold_words("назвать называть охарактеризовать характеризовать")

# "считает X Y-ым": an opinion given as an object and its instrumental complement (like a naming, but "как
# считают эксперты" stays a source phrase, so these are not NAMING_VERBS).
CONSIDER_VERBS = fold_words("считать посчитать счесть полагать")

# Verbs that take no "что"-clause of reported content ("рассказал о том, как ..." is not a quote).
NO_ABOUT_HOW = fold_words("как где когда почему зачем куда откуда сколько ли")


# Praise and blame with a reason: "похвалил X за Y", "раскритиковала X за Y": the object and the reason are the
# content (the realnews convention, as for accusations).
REASON_VERBS = fold_words("похвалить хвалить раскритиковать критиковать упрекнуть упрекать")



# Results and counts that speak like documents: "согласно официальным результатам, X" (the results are the
# source); "по результатам опросов, X" (a result of a document or poll: the document is the source).
RESULT_NOUNS = fold_words("результат итог статистика")

# Source-phrase nouns of quotes beyond the shared ACCORDING_NOUNS (which coref and events read too): hearsay, "по
# слухам, X" (no source named: speaker null, the realnews convention's impersonal cues), and an authority's finding,
# "по заключению прокуратуры, X" (the body concluded it). "заключение" is also the act of concluding ("по заключению
# сделки", "по заключении договора"): the rule takes it only with an owner that can speak.
HEARSAY_NOUNS = fold_words("слух")
CONCLUSION_NOUNS = fold_words("заключение")

# "следует из отчета X", "как следует из материалов дела": a document (or data) that a conclusion follows from.
FOLLOWS_NOUNS = DOCUMENT_NOUNS | fold_words("данные материал сведение информация")

# Statements and reports whose "о том, что"-clause is their content: "слова X о том, что …", "репортаж X о том,
# что …" (the owner in the genitive is the source).
REPORT_NOUNS = STATEMENT_NOUNS | fold_words("статья репортаж колонка")

# Nouns of a request or a proposal whose infinitive is the content: "предложение X продлить договор", "призыв
# пожертвовать", "требование освободить".
REQUEST_NOUNS = fold_words("предложение призыв просьба требование поручение")

# "выразил обеспокоенность непрозрачными критериями": feelings whose object (in the instrumental or after
# "по поводу", "в связи с") is the content.
CONCERN_NOUNS = fold_words("""
    обеспокоенность озабоченность недовольство возмущение удовлетворение несогласие разочарование
""")

# Verbs of writing: a column's "— пишет журналист" (speakers._column_writer); their "о"-phrase reports content only
# right after the verb ("писали о возможной допэмиссии", not "написал книгу о войне").
WRITING_VERBS = fold_words("писать написать")
ABOUT_ADJACENT_VERBS = WRITING_VERBS


# Verb + noun phrases with reported content: "принес извинения ...", "дал понять, что".
PHRASE_NOUNS: dict[str, frozenset[str]] = {
    fold(verb): fold_words(nouns)
    for verb, nouns in (
        ("принести", "извинение"), ("приносить", "извинение"),
        ("выразить", "уверенность надежда сожаление мнение опасение сомнение обеспокоенность озабоченность"),
        ("выражать", "уверенность надежда сожаление мнение опасение сомнение обеспокоенность озабоченность"),
        ("дать", "объяснение понять гарантия обещание"), ("давать", "объяснение понять гарантия обещание"),
        ("сделать", "заявление вывод"), ("делать", "заявление вывод"),
        ("выступить", "заявление"), ("выступать", "заявление"),
        ("высказать", "мнение предположение"), ("высказывать", "мнение предположение"),
        ("сойтись", "мнение"), ("сходиться", "мнение"), ("прийти", "вывод"), ("приходить", "вывод"),
    )
}


# Speech verbs that mean "approve" with a noun object: "утверждал списки" is no speech, "утверждал, что …" is.
APPROVAL_SENSE_VERBS = fold_words("утверждать")

# Ordinals that pick one of a set named before: "во второй ноте" (of "две ноты МИД X").
ORDINAL_WORDS = fold_words("первый второй третий четвертый пятый последний")


# Titles of officials: "чиновник" refers back to a person introduced with any of them.
OFFICIAL_TITLES = fold_words("""
    чиновник губернатор вице-губернатор заместитель замглавы замминистра министр мэр вице-мэр глава руководитель
    замруководителя председатель зампред зампредседателя начальник префект вице-премьер премьер премьер-министр
    советник помощник секретарь уполномоченный
""")

# "глава МИД/Минфина/МВД/МЧС" and "глава министерства" are the minister; the reverse, "министр иностранных (внутренних)
# дел", is introduced as "глава МИД (МВД)". Read from `lang.offices`' ministry table for four ministries only: the
# table's other ministries are left out so that coref links what it linked before (core3, issue 14).
_MINISTER_PAIRS: tuple[tuple[str, str], ...] = (
    *((f"глава {name}", MINISTER_NOUN)
      for portfolio in (FOREIGN_MINISTRY, FINANCE_MINISTRY, INTERIOR_MINISTRY, EMERGENCY_MINISTRY)
      for name in sorted(MINISTRY_NAMES[portfolio])),
    (f"глава {MINISTRY_NOUN}", MINISTER_NOUN),
    *((f"{MINISTER_NOUN} {noun}", "глава")
      for noun in sorted({portfolio_noun(FOREIGN_MINISTRY), portfolio_noun(INTERIOR_MINISTRY)})),
)

# A compound title, its full form's head and the modifiers the full form has: a person introduced with the full form
# ("Генеральный прокурор России X", "генеральный директор Первого канала X", "главный государственный санитарный
# врач X") is introduced with the compound too (`descriptions._person_head`), and a compound refers back to nobody
# introduced with the bare head ("Директор школы X … по словам гендиректора": someone else; finalread-x1).
COMPOUND_TITLES: dict[str, tuple[str, frozenset[str]]] = {
    "генпрокурор": ("прокурор", fold_words("генеральный")), "гендиректор": ("директор", fold_words("генеральный")),
    "генконсул": ("консул", fold_words("генеральный")), "главсанврач": ("врач", fold_words("главный санитарный")),
}

# A role noun and the heads of the introductions it can refer back to, one way ("глава региона" -> "губернатор края");
# every role noun also stands for itself, and the pairs read both ways ("соавтор" / "автор") are
# `lang.lexicon.ROLE_SYNONYM_SETS`, joined in below.
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    fold(noun): fold_words(heads)
    for noun, heads in (
        ("глава", "губернатор мэр руководитель председатель президент премьер премьер-министр начальник"),
        ("председатель", "глава руководитель"),
        ("лидер", "президент премьер премьер-министр председатель руководитель глава"),
        ("губернатор", "глава"), ("мэр", "глава"), ("градоначальник", "глава"),
        ("парламентарий", "сенатор"), ("политик", "депутат сенатор министр"),
        # with the genitive that narrows them ("глава региона" is a governor, "глава города" a mayor)
        ("глава регион", "губернатор"), ("глава область", "губернатор"), ("глава край", "губернатор"),
        ("глава республика", "губернатор президент"), ("глава город", "мэр градоначальник"),
        # the head of a government is its premier, of a state its president
        ("глава правительство", "премьер премьер-министр председатель"), ("глава государство", "президент"),
        ("глава кабинет", "премьер премьер-министр"),
        # the head of a ministry is its minister (`_MINISTER_PAIRS`, from `lang.offices`' ministries)
        *_MINISTER_PAIRS,
        # "зампред" after "зампредседателя правления X"; the other compound titles are `COMPOUND_TITLES`
        ("зампред", "зампредседателя"),
    )
} | {"чиновник": OFFICIAL_TITLES}
# the role equivalence of the linguistic core (synonym sets read both ways, "представитель" for a press secretary)
ROLE_SYNONYMS |= {noun: ROLE_SYNONYMS.get(noun, frozenset()) | heads for noun, heads in ROLE_EQUIVALENTS.items()}

# A role noun of a wider class than the roles a person is introduced with, one way, and its narrower heads:
# "дипломат" after "Послу США в России Майклу Макфолу". Asked last, when no nearer step resolved the noun
# (`speakers._hypernym_role`): a salient speaker comes first ("убийству посла Андрея Карлова … заявил представитель
# Госдепа Джон Кирби. … — сообщил дипломат" is Кирби); not in ROLE_SYNONYMS, which introduction lookups and coref
# read first.
ROLE_HYPERNYMS: dict[str, frozenset[str]] = {
    "дипломат": fold_words("посол консул генконсул посланник атташе"),
}

# Parenthetical words set off by commas between a cue and its subject: "— возмутился, в частности, глава ведомства".
PARENTHETICAL_PHRASES = frozenset({"в частности", "например", "кстати", "впрочем", "в свою очередь", "однако",
                                   "тем не менее", "к тому же", "видимо", "по-видимому", "вероятно", "конечно"})

# The hypernym of every organization: "Организация, действующая под эгидой ООН, заявила" after "ЮНИСЕФ".
ANY_ORGANIZATION_NOUNS = fold_words("организация")

# Words that make a person noun someone new rather than someone named before: "один из пассажиров", "другая
# пассажирка", "некий бизнесмен", "ещё один свидетель".
INDEFINITE_MARKERS = fold_words("один другой некий некоторый какой-то какой-нибудь очередной еще")


# Words that mark an organization's name as a public body (besides all-capital acronyms and Рос-/Мин-/Гос- names).
BODY_NAME_WORDS = fold_words("""
    министерство служба агентство комитет управление инспекция надзор ведомство департамент прокуратура
    правительство администрация мэрия казначейство центробанк центральный дума совет комиссия
""")


# Nouns of a question put to someone: "ответила на вопросы журналистов".
QUESTION_NOUNS = fold_words("вопрос")
# Words that introduce an interview printed as dialogue lines: a talk with someone ("журналист поговорил с
# политологом X", "беседовал с X", "в беседе с X"; the core's TALK_WORDS) or an interview given or taken ("X дал
# интервью", "рассказал в интервью", "взял интервью у X"). An interview is a talk with the press by its word; another
# talk is one where the press is a party (`direct._press_party`).
INTERVIEW_NOUNS = fold_words("интервью")
CONVERSATION_NOUNS = INTERVIEW_NOUNS | TALK_NOUNS
CONVERSATION_VERBS = TALK_WORDS - TALK_NOUNS | fold_words("пообщаться")


# Verbs that attribute quoted words but take no reported "что"-clause of their own ("— спросил он").
DIRECT_ONLY_VERBS = fold_words("""
    спросить спрашивать поинтересоваться интересоваться переспросить усмехнуться вздохнуть рассмеяться
    улыбнуться констатировать гласить процитировать цитировать
    задаться задаваться прокомментировать комментировать отреагировать реагировать откликнуться отозваться
    удивиться удивляться изумиться возмутиться воскликнуть отрезать буркнуть пробормотать прошептать шепнуть
    выпалить съязвить иронизировать отшутиться огрызнуться поправить поправиться вставить подхватить
    поддеть съехидничать
    размышлять рассуждать недоумевать посетовать вздохнуть хмыкнуть фыркнуть подытожить резюмировать
    парировать возразить заключить заключать резюмировать написать твитнуть привести приводить
    анализировать проанализировать описывать описать восхищаться восхититься ужаснуться ужасаться
    обратиться обращаться произнести произносить
""") | REMARK_VERBS

# Short passive participles that report speech without a speaker: "было заявлено, что", "сообщено".
PASSIVE_CUES = fold_words("""
    заявить сообщить подтвердить объявить отметить подчеркнуть указать сказать уточнить признать обещать
    пообещать предложить рекомендовать опровергнуть
""")

# Pronoun subjects that are not sources: "это указывает на то, что ...".
NON_SOURCES = fold_words("это то что все всё это")

# Nouns that a parse error may offer as a subject but that never name a source (time, quantity).
# The time part: the language core's units of a span less "сутки", the parts of a day, and "время период срок
# момент".
NOT_SPEAKERS = WEEKDAY_LEMMAS | MONTH_LEMMAS | (DURATION_NOUNS - fold_words("сутки")) | DAY_PART_NOUNS | fold_words("""
    время период срок момент
    раз число процент сумма часть случай образ рубль доллар евро тысяча миллион миллиард штука половина треть
""")

# Verbs of an outlet's report ("сообщает Reuters", "передает «Интерфакс»", "пишет The Times"): the outlet is a
# copy's source, not the speaker of what it reports.
OUTLET_VERBS = frozenset({"сообщать", "сообщить", "передавать", "передать", "писать", "написать"})
# Verbs of making a document public or its author's (both aspects): the subject of one in a relative clause whose
# object is a document is its author ("в докладе, который подготовили эксперты", "в письме, которое направил
# губернатор", "в заявлении, которое распространил МИД"); a reader or a critic of it is not ("получил",
# "раскритиковали").
AUTHORING_VERBS = fold_words("""
    подготовить готовить составить составлять написать писать опубликовать публиковать распространить распространять
    направить направлять отправить отправлять подписать подписывать выпустить выпускать издать издавать обнародовать
    разместить размещать подать подавать сделать делать принять принимать разработать разрабатывать
    представить представлять
""")
# Speech, request, notice and accusation verbs whose short passive names whom the words were addressed to or what
# was said, never who said them ("Летный состав предупрежден о …", "ЦИК был уведомлен о …", "Восемнадцати из них
# было рекомендовано пройти тесты", "объявлен траур", "Юрист был признан виновным"): less the verbs of believing
# (BELIEF_PREDICATES: "убежден, что": the believer speaks), of authoring (AUTHORING_VERBS: "опубликована статья":
# the text itself is a source) and of quoting (QUOTING_VERBS: "Иванов был процитирован агентством: «…»": whom a
# quote cites is the one who said it).
PASSIVE_PATIENT_VERBS = (SAY_VERBS | REQUEST_VERBS | PASSIVE_CUES | ABOUT_VERBS | ACCUSE_VERBS
                         | frozenset(PREPOSITION_VERBS)) - BELIEF_PREDICATES - AUTHORING_VERBS - QUOTING_VERBS
# Verbs that issue a document named in "с" ("ХАМАС выступил с сообщением, в котором сказано …"): its subject is the
# document's author.
ISSUE_WITH_VERBS = fold_words("выступить выступать")
# Words of relaying another medium's text ("публикацию приводит портал InoPressa", "перевод на сайте Inopressa.ru",
# "цитирует «Интерфакс»", "издание The Guardian, на которое ссылается InoPressa.ru"): the relaying outlet published
# no article of its own.
RELAY_WORDS = frozenset({"цитировать", "процитировать", "приводить", "привести", "перевод", "перепечатывать",
                         "перепечатать", "ссылаться", "сослаться"})
# Relay words of referring to a source: a relay only when what is referred to ("на" X) is another medium, named or
# said before ("на которое ссылается InoPressa.ru"); "Reuters ссылается на источники" reports from its own sources.
CITING_RELAY_WORDS = fold_words("ссылаться сослаться")

# An organization's units that speak like an institution ("как сообщили в центральном офисе партии"; a newsroom:
# "как сообщили «5 каналу» в редакции «Урядового курьера»" -> the paper's newsroom), kept to the quote rules (coref
# and events read the shared ORGANIZATION_NOUNS).
BUREAU_NOUNS = fold_words("офис секретариат представительство редакция")

# Nouns of the person a medium talked to: "собеседник агентства", "собеседница Би-би-си" say only whom he told,
# not who he is, so with no more than the medium they go on with the source quoted just before (the agency's
# "представитель НЦБ", the earlier "источник Би-би-си"), as a bare "собеседник" does.
INTERLOCUTOR_NOUNS = fold_words("собеседник собеседница")

# Written signs: the words on them are nobody's speech, so a quotation after "высветится надпись:" or "на
# плакате написано:" takes no speaker from the context (direct_colon_context, direct_standalone).
SIGN_NOUNS = fold_words("надпись вывеска плакат баннер табличка транспарант растяжка стикер наклейка табло")

# Inanimate nouns that can still be a source (besides organizations, services, documents, media and sites):
# a subject like "его утрата грозит ...", "традиции требуют ...", "признаки указывают ..." is not one.
INANIMATE_SOURCES = fold_words("""
    власть сторона руководство командование следствие обвинение защита сми правительство кабмин страна
    государство сборная команда штаб статистика исследование опрос комментарий ресурс блог сайт портал канал
    аккаунт страница соцсеть сеть издание газета журнал агентство телеканал радиостанция радио телевидение
    администрация мэрия суд прокуратура полиция армия минобороны кремль парламент дума совет комиссия комитет
    профсоюз организация сообщество союз
    общественность кабинет аппарат орган ведомство министерство компания фирма банк фонд партия биржа клуб
    лига федерация ассоциация университет институт центр служба управление департамент инспекция отдел
    руководство совет директоров синод церковь епархия посольство консульство миссия делегация
""") | POLITICAL_GROUP_NOUNS  # "фракция", "оппозиция", "коалиция": groups that act as one

# Collectives that speak though the tagger reads them inanimate and `can_speak` finds no organization noun in them:
# the owner of a statement ("по сообщениям британской прессы", "по заявлению властей Египта", "заявление кабинета
# министров") is its source, as "по данным СМИ" is (speakers `_speaking_collective`).
# Four of them are INANIMATE_SOURCES above; the whole of that list would let "исследование", "опрос", "сайт" own a
# statement (finalread-z4), so only these.
SPEAKING_COLLECTIVE_NOUNS = (INANIMATE_SOURCES & fold_words("власть кабмин руководство командование")) \
    | fold_words("пресса кабинет общественность")

# Nouns of persons the grammar declines as inanimate ("официальные лица", "первые лица", "персона"): read by
# subjects' `_speechless`, which otherwise takes an inanimate noun for a thing.
INANIMATE_PERSON_NOUNS = fold_words("лицо персона личность")

# Nouns that can name a source although they name no person: INANIMATE_SOURCES and the lexicon's organizations,
# services, documents, speech, media, sites, unnamed sources and speaker roles (read by extract's `_object_phrase`
# and subjects' `_speechless`).
SPEAKING_NOUNS = (INANIMATE_SOURCES | ORGANIZATION_NOUNS | SERVICE_NOUNS | DOCUMENT_NOUNS | SPEECH_NOUNS | MEDIA_NOUNS
                  | SITE_NOUNS | UNNAMED_SOURCES | SPEAKER_ROLE_NOUNS)

# Cue verbs that have a sense without speech when their subject is a thing: "утрата грозит ослабить" (risks),
# "традиции требуют" (need), "признаки указывают на то, что" (indicate), "это говорит о том, что" (shows).
THING_SENSE_VERBS = fold_words("""
    грозить пригрозить угрожать требовать потребовать указать указывать говорить свидетельствовать
    предполагать предусматривать подразумевать означать обещать сулить предлагать
""")

# "грозит стать/обернуться ...": with an infinitive of becoming or happening, a threat verb (the language core's
# RISK_VERBS) names a risk.
CHANGE_VERBS = fold_words("""
    стать становиться оказаться обернуться превратиться привести вылиться затянуться сорваться обрушиться
    рухнуть исчезнуть перерасти подорожать подешеветь вырасти упасть сократиться закончиться
""")

# Cues of plain assertion or accusation: negated ("не заявил, что", "не обвиняли в") they report nothing said.
NEGATABLE_CUES = fold_words("""
    заявить заявлять сказать говорить сообщить сообщать утверждать уточнить уточнять пояснить пояснять
    объяснить объяснять обвинить обвинять упрекнуть упрекать
""")

# Site boilerplate that is set in quotation marks or stands alone like a quote ("Подпишитесь на наш канал",
# "Пишите грамотно"): imperatives addressed to readers; a quote without a cue that opens with one is none.
BOILERPLATE_IMPERATIVES = fold_words("""
    подпишитесь подписывайтесь читайте смотрите пишите присоединяйтесь следите ставьте делитесь оставляйте
    жмите нажмите нажимайте скачайте скачивайте переходите узнайте слушайте поделитесь
""")
# Words of a quoted name ("«Единая Россия»", "«Газпром нефть»"): a quoted name is short, a quotation longer.
NAME_WORDS = 3

# Words that make a verbless headline a statement ("Минздрав: прививку нужно сделать", "Песков: переговоров нет"):
# the impersonal predicates of need and possibility (the language core's GENERIC_MODAL_WORDS) and "нет", "пора",
# "жаль". A headline content with none of them, no verb, no short form and no dash between words is a topic.
HEADLINE_PREDICATIVES = GENERIC_MODAL_WORDS | fold_words("нет пора жаль")

# "Последний / последняя" standing for a noun: the last participant named before it (speakers._latter); the language
# core's LATTER_WORDS less "тот", which stands for the participant that is not the subject ("видит старика. …, —
# интересуется офицер. …, — объясняет тот": the old man), not the last named.
LAST_NAMED_WORDS = LATTER_WORDS - fold_words("тот")
