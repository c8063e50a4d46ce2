"""Shared Russian word lists: person roles, places, organizations, media, documents, speech nouns and pronouns.

Entries are lemmas folded with `fold()` (lowercase, ё -> е), so look up folded lemmas. They name general classes
of news vocabulary, never phrases of any particular article. Where a package needs a narrower or wider set than a
base one, the set is derived here, with the reason beside it.
"""

from __future__ import annotations

from pipeline.lang.fold import fold_words

# --- persons -------------------------------------------------------------------------------------------------

# A person's office, title or occupation: it heads a role in apposition ("президент Азербайджана Ильхам Алиев")
# and, alone, refers back to a person named earlier ("министр заявил").
ROLE_NOUNS = fold_words("""
    президент вице-президент премьер премьер-министр вице-премьер министр замминистра глава замглавы
    руководитель председатель зампред зампредседателя заместитель директор гендиректор замдиректора начальник
    командующий командир главнокомандующий губернатор вице-губернатор мэр вице-мэр градоначальник спикер депутат
    сенатор конгрессмен член пресс-секретарь представитель представительница полпред постпред посол консул
    генконсул советник помощник секретарь генсек канцлер король королева принц принцесса монарх император эмир
    шейх султан патриарх митрополит архиепископ епископ муфтий раввин папа лидер основатель сооснователь владелец
    совладелец акционер инвестор бизнесмен предприниматель миллиардер олигарх прокурор генпрокурор судья адвокат
    следователь омбудсмен уполномоченный чиновник парламентарий аналитик эксперт экономист политолог социолог
    историк юрист журналист корреспондент обозреватель редактор главред колумнист блогер блоггер писатель поэт
    автор соавтор режиссёр продюсер актёр актриса певец певица музыкант композитор дирижёр художник тренер
    наставник футболист хоккеист теннисист шахматист гроссмейстер спортсмен чемпион чемпионка игрок капитан
    нападающий защитник вратарь пилот гонщик астронавт космонавт учёный исследователь исследовательница профессор
    академик ректор декан врач главврач атташе дипломат политик активист правозащитник оппозиционер соратник
    кандидат претендент сопредседатель вице-спикер госсекретарь замгоссекретаря пресс-атташе шеф экс-президент
    экс-премьер экс-глава экс-министр генерал полковник майор лейтенант адмирал маршал сержант рядовой атаман
    аятолла генерал-лейтенант генерал-майор генерал-полковник контр-адмирал вице-адмирал подполковник
    генеральный
""")  # "генеральный" stands for "генеральный директор" when slovnet makes the adjective the phrase's head

# Family relations: "вдова X", "его сын" refer to a person by another one.
KINSHIP_NOUNS = fold_words("супруга супруг жена муж мать отец сын дочь брат сестра вдова")

# Person nouns that say nothing of a role: with modifiers of their own ("пожилая женщина из Зеленодольска") they
# introduce someone new; bare ("женщина рассказала") they refer back.
GENERIC_PERSON_NOUNS = fold_words("""
    женщина мужчина девушка юноша парень пенсионерка пенсионер человек старик старушка ребенок подросток
    школьник школьница студент студентка прохожий пассажир пассажирка водитель
""")

# Nouns of unnamed sources: kept as their noun phrase ("источник", "собеседник издания"); a singular one is
# resolved only to the named person quoted just before ("По мнению политолога X, ... . Эксперт отметил").
UNNAMED_SOURCES = fold_words("""
    источник эксперт аналитик очевидец свидетель собеседник собеседница специалист наблюдатель юрист
    политолог экономист житель жительница пользователь участник
""")

# Nouns general enough to refer back to any source quoted just before, named or not ("Об этом рассказал источник в
# министерстве. «…», — уточнил чиновник").
HYPERNYM_SOURCE_NOUNS = UNNAMED_SOURCES | fold_words("чиновник политик представитель")

# The roles a bare noun refers back with when it describes a quote's speaker ("министр заявил" -> the minister
# named before). The other role nouns ("корреспондент", "эксперт", "врач", "журналист") usually bring in someone
# new in news text: the outlet's own correspondent in an interview, an unnamed expert.
BACK_REFERRING_ROLE_NOUNS = ROLE_NOUNS & fold_words("""
    президент премьер премьер-министр министр глава руководитель директор председатель замглавы заместитель
    губернатор мэр посол спикер пресс-секретарь секретарь помощник советник лидер генсек генеральный канцлер
    король принц шейх император папа патриарх командир командующий соратник политик бизнесмен академик профессор
    певец певица актер актриса тренер нападающий защитник игрок капитан представитель представительница автор
    основатель владелец совладелец вице-президент вице-премьер генерал полковник адмирал маршал сенатор
    конгрессмен госсекретарь дипломат чиновник депутат парламентарий соавтор наставник градоначальник
    вице-губернатор вице-мэр замминистра ученый исследователь исследовательница
""")

# Person nouns a quote's speaker may be described by and that refer back to a person named before: a
# back-referring role, a family relation, a bare generic person noun ("женщина рассказала"), and "собеседница"
# (the interviewee). Wider than roles because a speaker, unlike an entity's role, is often a relative.
SPEAKER_ROLE_NOUNS = BACK_REFERRING_ROLE_NOUNS | KINSHIP_NOUNS | fold_words("""
    женщина мужчина девушка юноша пенсионерка пенсионер собеседница
""")

# --- places --------------------------------------------------------------------------------------------------

# Settlements and natural places: a name right after one is a place ("в городе Грозном", "река Волга").
PLACE_NAME_NOUNS = fold_words("""
    город село деревня посёлок станица хутор аул кишлак городок река озеро гора остров полуостров мыс залив
    пролив провинция пустыня долина море океан вулкан ущелье
""")

# Facilities and other man-made places: a name they head ("Дворец молодёжи") or follow ("аэропорт «Домодедово»")
# is a place, whatever slovnet thought.
FACILITY_NOUNS = fold_words("""
    аэропорт аэродром вокзал станция космодром стадион арена дворец бизнес-центр площадь улица проспект бульвар
    переулок шоссе набережная мост тоннель порт парк сквер кладбище собор храм мечеть синагога замок башня
    курорт метро
""")

# Nouns (lemmas) that denote a place: after a locative preposition they are places even without a LOC entity
# inside ("в районе", "на заводе"). Not used for typing names: "здание Госдумы" names an organization.
PLACE_NOUNS = PLACE_NAME_NOUNS | FACILITY_NOUNS | fold_words("""
    район область край республика страна столица регион штат округ трасса здание дом офис резиденция кремль
    больница школа тюрьма колония сизо граница территория пространство небо лагерь база центр окраина пригород
    квартал двор берег побережье посольство консульство завод предприятие склад рынок магазин кафе ресторан
    гостиница отель церковь вуз университет квартира окрестность
""")

# --- organizations, media, documents, speech -----------------------------------------------------------------

# Singular nouns that refer back to an organization named earlier. A hypernym matches an organization of its
# kind (a public body or a business); any other noun matches an organization whose name or introduction has it
# ("суд" -> "Кировский районный суд", "компания «X»").
BODY_NOUNS = fold_words("ведомство министерство регулятор служба агентство надзор инспекция")
BUSINESS_NOUNS = fold_words("""
    компания перевозчик авиаперевозчик авиакомпания фирма холдинг концерн корпорация оператор застройщик
    производитель ритейлер предприятие
""")
INSTITUTION_NOUNS = fold_words("""
    суд аэропорт банк университет вуз институт академия музей театр клуб команда завод комбинат фонд партия
    союз ассоциация федерация мэрия администрация правительство прокуратура полиция комитет комиссия управление
    департамент больница школа библиотека организация парламент дума совет издание газета журнал агентство
    телеканал радиостанция посольство консульство штаб
""")
ORGANIZATION_NOUNS = BODY_NOUNS | BUSINESS_NOUNS | INSTITUTION_NOUNS

# News outlets by kind: "агентство", "издание", "телеканал".
MEDIA_NOUNS = fold_words("агентство издание газета журнал телеканал радиостанция портал канал")

# Services that speak for an organization: "пресс-служба X", "пресс-центр X"; without X they refer back to the
# service named earlier.
SERVICE_NOUNS = fold_words("пресс-служба пресс-центр пресс-бюро пресс-секретариат пресс-офис канцелярия")

# Documents that state something: source phrases after "согласно"; they name their own source when no owner is
# given ("говорится в документе"); legal acts and treaties too ("согласно закону", "в договоре сказано").
DOCUMENT_NOUNS = fold_words("""
    заявление сообщение отчет доклад документ письмо постановление решение приговор публикация справка
    материал протокол пресс-релиз релиз бюллетень коммюнике опрос исследование обзор сводка записка
    отчетность текст отзыв заключение
    закон законопроект договор соглашение конституция устав указ распоряжение приказ кодекс резолюция
    декларация меморандум регламент
""")

# Documents named by their kind only: "в документе", "в тексте" may refer back to any document named before.
GENERIC_DOCUMENT_NOUNS = fold_words("документ текст материал")

# Nouns of statements: "выступил с заявлением: «...»", "по словам X", "согласно сообщению X".
SPEECH_NOUNS = fold_words("""
    слово заявление сообщение мнение данные сведение информация утверждение оценка версия высказывание
    подсчет заявка признание объяснение уверенность надежда опасение сожаление убеждение извинение
    требование призыв просьба предложение обещание предупреждение обвинение комментарий интервью
    обращение послание ответ цитата реплика лозунг фраза выступление прогноз
""")

# --- pronouns ------------------------------------------------------------------------------------------------

# Third-person personal pronoun forms -> (gender, number); "" gender: either ("они", "их").
THIRD_PERSON_PRONOUNS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("он", "него", "нему", "нем", "нём"), ("masc", "sing")),
    **dict.fromkeys(("его", "ему", "ним", "им"), ("masc", "sing")),
    **dict.fromkeys(("она", "её", "ее", "неё", "нее", "ей", "ней", "ею", "нею"), ("femn", "sing")),
    **dict.fromkeys(("оно",), ("neut", "sing")),
    **dict.fromkeys(("они", "их", "них", "ими", "ними"), ("", "plur")),
}
# Forms that are masculine or neuter alike: the antecedent may be "агентство" as well as "Алиев".
MASC_OR_NEUT_PRONOUNS = frozenset({"его", "него", "ему", "нему", "им", "ним", "нем", "нём"})
# The forms that name a quote's speaker (subject and possessive forms, ё folded): a subset of the third person.
SPEAKER_PRONOUNS: dict[str, tuple[str, str]] = {
    form: THIRD_PERSON_PRONOUNS[form] for form in ("он", "она", "они", "его", "ее", "их", "него", "нее", "них")
}
FIRST_PERSON_SINGULAR = frozenset({"я", "меня", "мне", "мной", "мною"})
FIRST_PERSON_PLURAL = frozenset({"мы", "нас", "нам", "нами"})
SECOND_PERSON = frozenset({"ты", "тебя", "тебе", "тобой", "вы", "вас", "вам", "вами"})
PERSONAL_PRONOUNS = frozenset(THIRD_PERSON_PRONOUNS) | FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL | SECOND_PERSON
# The nominative first- and second-person pronouns: a speaker speaking of themselves or their listener.
SPEECH_PARTICIPANT_PRONOUNS = frozenset({"я", "мы", "ты", "вы"})

# First-person possessives in every case form ("моего", "нашей"), ё forms kept beside their folded ones.
FIRST_PERSON_SINGULAR_POSSESSIVES = frozenset({
    "мой", "моя", "мое", "моё", "мои", "моего", "моей", "моему", "моим", "моих", "моем", "моём", "мою", "моими",
})
FIRST_PERSON_PLURAL_POSSESSIVES = frozenset({
    "наш", "наша", "наше", "наши", "нашего", "нашей", "нашему", "нашим", "наших", "нашем", "нашу", "нашими",
})
FIRST_PERSON_POSSESSIVE_PRONOUNS = FIRST_PERSON_SINGULAR_POSSESSIVES | FIRST_PERSON_PLURAL_POSSESSIVES
# First- and second-person possessives ("по нашим оценкам"): the speaker's own voice, no new source.
NON_THIRD_POSSESSIVE_PRONOUNS = fold_words("""
    мой моя мое мои наш наша наше наши ваш ваша ваше ваши твой твоя твое твои
""")

# Every first-person form, possessives included: words that show a passage is someone's own speech.
FIRST_PERSON_PRONOUNS = FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL | FIRST_PERSON_POSSESSIVE_PRONOUNS

REFLEXIVE_PRONOUNS = frozenset({"свой", "себя"})

# Relative pronouns (lemmas and forms) that open a relative clause.
RELATIVE_PRONOUNS = fold_words("который которая которое которые кто")
# The relative that refers back to a noun phrase of its own sentence ("министр, который ..."); "кто" stands for a
# whole group ("те, кто") and has no antecedent mention to link.
ANAPHORIC_RELATIVE_PRONOUNS = frozenset({"который"})
# Relative adverbs of place: "город, где ..." refers back to the place.
RELATIVE_PLACE_WORDS = frozenset({"где", "куда", "откуда"})

# Demonstratives and emphatic words that leave a description bare: "этот чиновник", "сам губернатор".
DEMONSTRATIVE_PRONOUNS = frozenset({"этот", "тот"})
