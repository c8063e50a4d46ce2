"""Shared Russian word lists: person roles, places, organizations, media, documents, speech nouns and pronouns.

Entries are lemmas folded with `fold()` (lowercase, ё -> е), so look up folded lemmas. They name general classes
of news vocabulary, never phrases of any particular article. Where a package needs a narrower or wider set than a
base one, the set is derived here, with the reason beside it.
"""

from __future__ import annotations

import re

from pipeline.lang.fold import fold, fold_words

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
    конгрессвумен конгрессвумэн
""")  # "генеральный" stands for "генеральный директор" when slovnet makes the adjective the phrase's head

# Roles held over a territory: "мэр Грозного", "губернатор Кузбасса", "посол Франции" -- a one-word genitive
# after one names the territory (entities `role_territory`).
TERRITORY_ROLE_NOUNS = fold_words("""
    мэр вице-мэр губернатор вице-губернатор градоначальник аким посол президент вице-президент глава
""")
# "глава администрации Грозного": the body between the role noun and the territory's name
TERRITORY_BODY_NOUNS = fold_words("администрация мэрия")

# A territory's people and parts: a one-word genitive after one that the dictionary reads as a place names that
# place, whatever the surname reading ("жителей Грозного", "уроженка Грозного", "в районах Грозного"; entities
# `territory_noun_name`).
TERRITORY_PART_NOUNS = fold_words("житель жительница уроженец уроженка район округ")

# Whom one receives as a guest: holders of a role and envoys ("президент принял посла", "примет посредников").
GUEST_NOUNS = ROLE_NOUNS | fold_words("делегация гость посредник посланник делегат эмиссар визитер")

# Offices one is appointed or elected to: "стал вице-президентом банка" is an appointment, "стал чемпионом" none.
OFFICE_NOUNS = fold_words("""
    президент вице-президент премьер премьер-министр вице-премьер министр замминистра глава замглавы
    руководитель председатель зампред зампредседателя заместитель директор гендиректор замдиректора начальник
    командующий главнокомандующий губернатор вице-губернатор мэр вице-мэр спикер полпред постпред посол генсек
    канцлер ректор декан главврач госсекретарь сопредседатель вице-спикер главред генпрокурор омбудсмен
    уполномоченный
""")

# Lowercase particles of European and Arabic surnames ("фон Беттихер", "ван Гог", "де Голль", "бен Ладен"): they
# belong to the surname, also where it stands alone. "да" is also the Russian conjunction ("Иван да Марья"): it is read
# as a particle only where the document gives a name with it before that surname ("Леонардо да Винчи").
SURNAME_PARTICLES_ALONE = fold_words("фон ван дер дю де ди дель делла ла ле дос дас ду тер ибн бен бин цу")
SURNAME_PARTICLES = SURNAME_PARTICLES_ALONE | fold_words("да")

# One-syllable family names of Chinese, Korean and Vietnamese, which come first in the full name ("Ван И", "Ким Чен
# Ын", "Нгуен Фу Чонг") and never decline ("Ван Фэна", "Ким Чен Ына"): a shared first word is a shared surname, not
# one person. Several are Russian common words too ("Ван", "Пак", "Линь", "Сон"); the prepositions, conjunctions and
# pronouns among their spellings ("До", "Со", "Но", "Нам") are left out.
EAST_ASIAN_FAMILY_NAMES = fold_words("""
    ван ли чжан лю чэнь чень ян хуан чжао чжоу сюй сунь ма чжу ху го хэ гао линь ло чжэн лян сун тан хань фэн
    дэн цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду чэн вэй су люй дин жэнь шэнь яо лу цуй чжун тань фань
    цзинь ши цинь си вэнь кун мао цянь гу мэн хоу цю инь ся бай шао лэй мо кан
    ким пак чхве чон юн чан лим хан син квон хван сон мун пэ пэк мин рю
    нгуен фам хоанг фан ву данг буй нго зыонг
""")

# The syllables of Chinese names in Russian (the Palladius transcription): an initial consonant and a final, or a
# final alone ("Сяо|пин", "Цзи|вэй", "Чжэн|фэй"; э-finals also written with е: "Цзивей", "Чжен"). A word made
# only of such syllables is a Chinese given name after its family name ("Дэн Сяопин"); an English name has
# consonant clusters or finals the system has not ("Браун", "Скавино", "Соломон").
PALLADIUS_INITIALS = ("чж", "цз", "б", "п", "м", "ф", "д", "т", "н", "л", "г", "к", "х", "ц", "с", "ч", "ш", "ж",
                      "в", "")
PALLADIUS_FINALS = fold_words("""
    а ай ань ан ао э эй энь эн о оу у уа уай уань уан уй унь ун уо и я яо е ей ень ен янь ян ю инь ин юн юй юэ
    юань юнь ы
""") | {"эр"}

# Prepositions after "старший" / "младший" that make it a comparison among a group, no generation: "младший из
# братьев", "старший по званию", "старшая среди сестёр".
SENIORITY_PREPOSITIONS = fold_words("из по среди")

# Family relations: "вдова X", "его сын" refer to a person by another one.
KINSHIP_NOUNS = fold_words("супруга супруг жена муж мать отец сын дочь брат сестра вдова")
# Kin nouns of no one sex, mostly plural, that introduce relatives by name as KINSHIP_NOUNS do ("его родители Кирилл
# Голицын и Марина Де Энден", "её дети Зелим и Замира"): not sexed, so kept out of KINSHIP_NOUNS and its sexed uses.
KIN_GROUP_NOUNS = fold_words("родитель ребенок дети")
# Nouns of a person's relation to another person: a genitive name right after one is that other person ("преемника
# Родригеса", "заместитель Павленко", "убийцы Кирова", "матери Маркса"), not a name in apposition.
RELATION_NOUNS = KINSHIP_NOUNS | fold_words("""
    преемник преемница предшественник предшественница заместитель помощник помощница советник советница
    убийца соперник соперница противник противница сторонник сторонница союзник друг подруга коллега партнер
    партнерша подзащитный подопечный дед дедушка бабушка внук внучка дядя тетя племянник племянница
""")
# Person nouns that name one sex, whose grammatical gender is the person's: kin ("отец" is never a woman, "мать" never
# a man) and ranks of birth ("принц", "королева"). A masculine role noun tells nothing ("президент", "адвокат" name
# women too), a feminine one names a woman anyway.
SEXED_PERSON_NOUNS = KINSHIP_NOUNS | fold_words("""
    дед дедушка бабушка внук внучка дядя тетя племянник племянница отчим мачеха тесть теща свекор свекровь зять
    невестка жених невеста вдовец принц принцесса король королева царь царица князь княгиня граф графиня герцог
    герцогиня император императрица
""")
# Verbs and nouns of putting a person into an office, whose object is the person and whose instrumental the office
# ("избрания президентом | Михаила Саакашвили", "об объявлении избранным президентом Украины | Виктора Януковича",
# "назначить премьером | Ивана Петрова"): the name in the object's case is the instrumental role noun's holder, no
# case clash (entities `roles.elected_as`). Not verbs of being or naming ("является защитником", "назвал себя
# владельцем"), whose instrumental is the subject's own.
INVESTITURE_WORDS = fold_words("""
    избрать избирать переизбрать переизбирать выбрать выбирать назначить назначать утвердить утверждать
    объявить объявлять избрание переизбрание назначение утверждение объявление избранный назначенный
""")
# Nouns of a person who acts or speaks for another one ("адвокат Навального", "представитель Эрдогана",
# "пресс-секретарь президента"): like a relation noun, a person's name in the genitive after one is whom it acts for.
# Kept apart from RELATION_NOUNS, which the coref stage reads for its appositions (where "представитель" cost a link).
AGENT_NOUNS = fold_words("адвокат защитник представитель представительница пресс-секретарь пресс-атташе")

# An age adjective, folded ("64-летний", "57-летняя", "сорокалетнего"): it agrees with the person's noun or name in
# gender ("64-летний Тхара Уддин"), and a description with one is news about someone named.
AGE_ADJECTIVE = re.compile(r"^(?:\d+|(?!много|долго)[а-я]+)-?летн(?:ий|яя|его|ей|ему|им|юю|ем)$")
# The singular endings of an age adjective that show one gender ("-летний", "-летнего"; "-летняя", "-летней");
# "-летним" is also the plural dative, so it shows none.
AGE_ADJECTIVE_GENDER_ENDINGS = (("masc", ("ий", "его", "ему", "ем")), ("femn", ("яя", "юю", "ей")))
# The endings of an age adjective's lemma (or, where slovnet gives none, its form) for the entities stage's
# `age_adjectives` and the coref stage's `aged_name`: unlike AGE_ADJECTIVE they also take "многолетний".
AGE_ADJECTIVE_ENDINGS = ("летний", "летняя", "летнего", "летней")

# Person nouns that say nothing of a role: with modifiers of their own ("пожилая женщина из Зеленодольска") they
# introduce someone new; bare ("женщина рассказала") they refer back.
GENERIC_PERSON_NOUNS = fold_words("""
    женщина мужчина девушка юноша парень пенсионерка пенсионер человек старик старушка ребенок подросток
    школьник школьница студент студентка прохожий пассажир пассажирка водитель мальчик девочка
""")

# Nouns of unnamed sources: kept as their noun phrase ("источник", "собеседник издания"); a singular one is
# resolved only to the named person quoted just before ("По мнению политолога X, ... . Эксперт отметил").
UNNAMED_SOURCES = fold_words("""
    источник эксперт аналитик очевидец свидетель собеседник собеседница специалист наблюдатель юрист
    политолог экономист житель жительница пользователь участник
""")

# The unnamed-source nouns news calls whoever it is quoting at the moment ("Блохин уточняет, что … «…», — пояснил
# эксперт"), not the anonymous ones ("источник", "очевидец", "житель"), which are someone unnamed.
CURRENT_SOURCE_NOUNS = UNNAMED_SOURCES & fold_words("""
    эксперт аналитик собеседник собеседница специалист наблюдатель юрист политолог экономист
""")

# The unnamed-source noun a story never names: "источник" stays unnamed (that is its point), unlike "очевидец" or
# "эксперт", whom a story may introduce by name ("очевидец Иван Петров"); QUOTES.md keeps it as its noun phrase.
NAMELESS_SOURCE_NOUNS = UNNAMED_SOURCES & fold_words("источник")

# The unnamed-source nouns of someone present at what happened ("очевидец", "свидетель", "житель", "пользователь",
# "участник"): neither the source of the moment nor "источник"; they name someone the story has not named, unless it
# introduced the person so.
ANONYMOUS_SOURCE_NOUNS = UNNAMED_SOURCES - CURRENT_SOURCE_NOUNS - NAMELESS_SOURCE_NOUNS
# Nouns of a private person, a witness or a bystander: no official the story introduced with an office is called so.
PRIVATE_PERSON_NOUNS = ANONYMOUS_SOURCE_NOUNS | GENERIC_PERSON_NOUNS

# Nouns of an office, a post or an official who reports on a case ("начальник управления", "сотрудник дорожной
# полиции", "городской прокурор", "пресс-секретарь"): whom they introduce is not a witness of it.
OFFICIAL_NOUNS = OFFICE_NOUNS | AGENT_NOUNS | fold_words("""
    сотрудник сотрудница полицейский чиновник прокурор генпрокурор следователь судья
""")

# Nouns general enough to refer back to any source quoted just before, named or not ("Об этом рассказал источник в
# министерстве. «…», — уточнил чиновник").
HYPERNYM_SOURCE_NOUNS = UNNAMED_SOURCES | fold_words("чиновник политик представитель")

# "последний", "тот" as a subject (the latter): the person named last, not someone new nor the salient one.
LATTER_WORDS = fold_words("последний тот")

# The roles an office-filling verb chooses: the tagger may call a nominative plural inanimate ("выборщики
# назначаются"), so a title is known by its lemma too (`events.detection.office_by_rule`).
CHOSEN_ROLE_NOUNS = ROLE_NOUNS | fold_words("выборщик делегат кандидат")
# Those who vote, as a kind: "избиратели голосуют по почте" tells how a vote is cast (`office_by_rule`).
VOTER_NOUNS = fold_words("избиратель гражданин житель выборщик делегат")

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
    конгрессвумен конгрессвумэн
""")

# Person nouns a quote's speaker may be described by and that refer back to a person named before: a
# back-referring role, a family relation, a bare generic person noun ("женщина рассказала"), and "собеседница"
# (the interviewee). Wider than roles because a speaker, unlike an entity's role, is often a relative.
SPEAKER_ROLE_NOUNS = BACK_REFERRING_ROLE_NOUNS | KINSHIP_NOUNS | fold_words("""
    женщина мужчина девушка юноша пенсионерка пенсионер собеседница
""")

# Role equivalence, defined once (the quotes speaker step and the coref stage read it through
# `quotes.lexicon.ROLE_SYNONYMS`). Sets of role nouns that name one office or one side of a case: a description with
# one refers back to a person introduced with another ("омбудсмен" -> "уполномоченный по правам человека X",
# "защитник" -> "адвокат X"); read in every direction, so a pair is written once.
ROLE_SYNONYM_SETS: tuple[frozenset[str], ...] = tuple(fold_words(words) for words in (
    "омбудсмен омбудсман уполномоченный",
    "пресс-секретарь пресс-атташе",
    "конгрессмен конгрессвумен конгрессвумэн",
    "генсек секретарь",
    "мэр градоначальник",
    "соавтор автор",
    "депутат парламентарий",
    "наставник тренер",
    "гособвинитель обвинитель прокурор",
    "адвокат защитник",
    "ученый исследователь исследовательница",
    "форвард нападающий",  # a sport's two words for one position ("форвард" after "нападающий X", and back)
))
# Role nouns that stand for narrower ones, one way: a body's representative may be its press secretary
# ("представитель Кремля" -> "пресс-секретарь президента X"), a press secretary is not any representative.
ROLE_HYPONYMS: dict[str, frozenset[str]] = {
    "представитель": fold_words("пресс-секретарь пресс-атташе"),
}
# Bodies named by their seat, and the office they stand for in a role's introduction: "представитель Кремля" is the
# press secretary introduced as "пресс-секретарь президента" (a hyponym must be tied to the body: ROLE_HYPONYMS).
SEAT_METONYMS: dict[str, frozenset[str]] = {"кремль": fold_words("президент"),
                                             "белый дом": fold_words("президент")}  # a name, folded, lowercase
# Each role noun of the two tables and the introduction heads it can refer back to (itself left out).
ROLE_EQUIVALENTS: dict[str, frozenset[str]] = {
    noun: frozenset().union(*(group - {noun} for group in ROLE_SYNONYM_SETS if noun in group),
                            ROLE_HYPONYMS.get(noun, frozenset()))
    for noun in frozenset().union(*ROLE_SYNONYM_SETS, ROLE_HYPONYMS)
}
# Role nouns made of adjectives or participles ("уполномоченный по правам человека", "заведующий кафедрой"): a role
# phrase's head when no noun follows them in agreement ("уполномоченный представитель" is a representative).
SUBSTANTIVE_ROLE_ADJECTIVES = fold_words("уполномоченный управляющий заведующий поверенный")  # "временный поверенный"
# A whole state, unnamed ("страна", "государство"): "наша страна" is the story's country (coreference), "глава
# государства" leads the same body as "президент страны" (quotes `title_mismatch`).
UNNAMED_STATE_NOUNS = fold_words("государство страна")
# The bodies whose head is a country's leader: "глава государства", "глава правительства" may be "российский лидер",
# the head of any other body ("глава Минобороны", "руководитель партии") is not.
COUNTRY_LEVEL_BODIES = UNNAMED_STATE_NOUNS | fold_words("правительство кабинет")

# --- places --------------------------------------------------------------------------------------------------

# Settlements and natural places: a name right after one is a place ("в городе Грозном", "река Волга").
PLACE_NAME_NOUNS = fold_words("""
    город село деревня посёлок станица хутор аул кишлак городок река озеро гора остров полуостров мыс залив
    пролив провинция пустыня долина море океан вулкан ущелье
""")

# Settlements (coref's SETTLEMENT_KINDS, with its city words) and a federation's state (coref's STATE_KINDS): the
# core of ADMINISTRATIVE_PLACE_NOUNS below.
SETTLEMENT_NOUNS = fold_words("город село деревня посёлок станица аул")
STATE_NOUNS = fold_words("штат")

# Settlements and administrative units whose noun, written before a place's name in apposition, is no part of it
# ("Штат Аризона" is "Аризона", as "штат Аризона" is); a republic, region or province often is ("Республика Алтай"),
# and a river or island keeps its noun apart from a city ("Река Москва").
ADMINISTRATIVE_PLACE_NOUNS = SETTLEMENT_NOUNS | STATE_NOUNS | fold_words("хутор кишлак городок район")

# Administrative units whose name follows them in apposition, a foreign one often undeclined: "в округе
# Монтгомери", "шериф округа Харрис", "графство Кент" (entities `territory_noun_name`).
UNIT_APPOSITION_NOUNS = STATE_NOUNS | fold_words("округ графство район")

# Places that are polities: a settlement or an administrative unit speaks through its authorities ("южные штаты",
# "регионы", "столицы"); a facility, a vehicle or a natural place does not.
# A country's regions, named by an adjective before them ("Ставропольский край", "Закарпатская область"), whose short
# form is a noun in "-ье" of the adjective's stem ("Ставрополье", "Закарпатье": entities `merge_region_short_forms`).
REGION_NOUNS = fold_words("область край")
POLITY_NOUNS = ADMINISTRATIVE_PLACE_NOUNS | REGION_NOUNS | fold_words("республика страна столица регион округ "
                                                                      "провинция")

# Facilities and other man-made places: a name they head ("Дворец молодёжи") or follow ("аэропорт «Домодедово»")
# is a place, whatever slovnet thought, at every mention of the document (entities `facility_type`,
# `facility_names`). ENTITIES.md gives no type for a facility; BSNLP's golds type a building or a site LOC
# ("Капитолий", "Белый дом", "Мар-а-Лаго"), as this list does. An institution with staff that a building houses
# (театр, музей, больница, СИЗО, тюрьма, завод, лаборатория) is not here: NEREL's golds type those ORG.
FACILITY_NOUNS = fold_words("""
    аэропорт аэродром вокзал станция космодром стадион арена дворец бизнес-центр площадь улица проспект бульвар
    переулок шоссе набережная мост тоннель порт парк сквер кладбище собор храм мечеть синагога замок башня
    курорт метро спорткомплекс авиабаза аббатство
""")

# Places of a kind of their own, never a settlement, a region or a country: facilities and streets ("станция
# «Комсомольская»", "Кутузовский проспект", "стадион «Петровский»"), natural places ("гора Машук", "река Янцзы") and
# a region's districts ("Хасавюртовский район", "Сибирский федеральный округ"). A place one of them introduces, or
# whose name holds one, is no "город", "столица", "страна", "республика", "область" (coref's `own_place_kind`); an
# island or a province may be a country or a region ("остров Кипр"), a resort a city ("курорт Сочи").
OWN_KIND_PLACE_NOUNS = (FACILITY_NOUNS | PLACE_NAME_NOUNS | fold_words("район округ микрорайон")) - SETTLEMENT_NOUNS \
    - fold_words("остров полуостров провинция курорт хутор кишлак городок")

# Nouns (lemmas) that denote a place: after a locative preposition they are places even without a LOC entity
# inside ("в районе", "на заводе"). Not used for typing names: "здание Госдумы" names an organization.
PLACE_NOUNS = PLACE_NAME_NOUNS | FACILITY_NOUNS | POLITY_NOUNS | fold_words("""
    трасса здание дом офис резиденция кремль
    больница школа тюрьма колония сизо граница территория пространство небо лагерь база центр окраина пригород
    квартал двор берег побережье посольство консульство завод предприятие склад рынок магазин кафе ресторан бар
    гостиница отель церковь вуз университет квартира окрестность паром судно корабль теплоход танкер лайнер
    самолет поезд электричка автобус вагон палуба борт микрорайон ферма птицеферма кабинет помещение
""")

# Nouns made from verbs ("учредить" -> "учреждение") whose common sense in news is a thing, a body or a group, not
# the act: "учреждение «Дом ребенка»", "сооружение «Арка»", "покрытие «Тефлон»" name what they introduce.
THING_VERBAL_NOUNS = fold_words("""
    учреждение заведение отделение подразделение объединение соединение сооружение строение растение население
    помещение покрытие оборудование вооружение снаряжение изобретение произведение сочинение издание управление
    окружение месторождение телевидение сновидение
""")
# Nouns in -ние/-тие of acts and happenings made from no verb the dictionary knows ("участвовать" -> "участие").
VERBLESS_ACT_NOUNS = fold_words("участие событие мероприятие хищение окончание")

# Nouns of arriving under temporal "по" + Loc (Dat in speech): "по прибытии в Москву министр провел переговоры",
# "по приезду в Баку Брайза сообщил" -- whoever acts in the clause is who arrived.
UPON_ARRIVAL_NOUNS = fold_words("приезд прибытие прилет")

# --- organizations, media, documents, speech -----------------------------------------------------------------

# Singular nouns that refer back to an organization named earlier. A hypernym matches an organization of its
# kind (a public body or a business); any other noun matches an organization whose name or introduction has it
# ("суд" -> "Кировский районный суд", "компания «X»").
BODY_NOUNS = fold_words("ведомство министерство регулятор служба спецслужба агентство надзор инспекция")
BUSINESS_NOUNS = fold_words("""
    компания перевозчик авиаперевозчик авиакомпания фирма холдинг концерн корпорация оператор застройщик
    производитель ритейлер предприятие
""")
# News outlets by kind: "агентство", "издание", "телеканал".
MEDIA_NOUNS = fold_words("""
    агентство издание газета журнал телеканал радиостанция портал канал телекомпания телерадиокомпания
    информагентство телесеть
""")
# The outlet nouns that name an institution: all but "портал" and "канал", which name a site or a channel rather
# than the body behind it (INSTITUTION_NOUNS takes these; one list, so the two cannot drift apart).
INSTITUTION_MEDIA_NOUNS = MEDIA_NOUNS - fold_words("портал канал")
# The press as the other party of a talk: an outlet or one who works for it ("в беседе с журналистами", "в беседе с
# изданием"): such a talk is an interview, the frame of what is said (`events.extract.press_talk`).
PRESS_PARTY_NOUNS = MEDIA_NOUNS | fold_words("""
    журналист журналистка корреспондент корреспондентка репортер блогер блоггер интервьюер редакция пресса
""")
# Pages that publish a source's statements: "сообщается на сайте Кремля", "говорится на странице ведомства" (quotes);
# a site that relays another medium's text ("перевод на сайте Inopressa.ru") published no article of its own (coref
# `relaying_site`).
SITE_NOUNS = frozenset({"сайт", "портал", "страница", "страничка", "блог", "канал", "телеграм-канал", "аккаунт",
                        "веб-сайт", "интернет-портал", "микроблог"})
# Another medium's text as a site publishes it ("перевод которого публикует Inopressa.Ru", "выдержки из которого
# публикует сайт InoPressa"): the publisher relays, the paper wrote it (coref `relaying_site`).
TRANSLATED_TEXT_NOUNS = fold_words("перевод выдержка")
INSTITUTION_NOUNS = fold_words("""
    суд аэропорт банк университет вуз институт академия музей театр клуб команда завод комбинат фонд партия профсоюз
    союз ассоциация федерация мэрия администрация правительство прокуратура полиция комитет комиссия управление
    департамент больница школа библиотека организация парламент дума совет посольство консульство
    генконсульство дипмиссия диппредставительство штаб
""") | INSTITUTION_MEDIA_NOUNS
ORGANIZATION_NOUNS = BODY_NOUNS | BUSINESS_NOUNS | INSTITUTION_NOUNS


# Who decides for a body or a state: officials, lawmakers, members of a body, rulers and officers, and a body named
# by a noun the tagger may read as a person ("оператор" of a network); a decision of anyone else (a girl, a
# musician, pilots, organizers) is a private choice, no decree (`events.extract.private_decision`).
DECIDING_NOUNS = OFFICIAL_NOUNS | ORGANIZATION_NOUNS | fold_words("""
    депутат сенатор конгрессмен парламентарий член король королева принц монарх император эмир шейх
    султан патриарх аятолла генерал адмирал маршал полковник
""")

# Public bodies a story of one trial, inquiry or ruling follows by their bare noun however far from their name:
# "Измайловский суд … <ten sentences> … суд отказал", "Генпрокуратура … прокуратура считает" (coref `story_body`: the
# one body of the noun the story named before; two named, none).
STORY_BODY_NOUNS = fold_words("суд прокуратура министерство парламент")
# Of those, the nouns whose story body is found by its kind, not by the noun in its name: a story of one
# legislature names it "Верховная Рада", "Законодательное собрание" and goes on with "парламент" (coref
# `kinds.story_kind_bodies`).
STORY_KIND_NOUNS = fold_words("парламент")
# The words of a union's legislature ("Европарламент", "Европейский парламент"): a story calls it by that name; a
# bare "парламент" far from the name is a member state's ("ратификация в парламенте или референдум", "вето на
# решения парламента" in a Hungarian story: coref `kinds.union_legislature`).
UNION_LEGISLATURE_WORDS = fold_words("европарламент европейский")
# Courts that review another court's decision: a story of one ("Апелляционный суд отменил …") tells of the court
# below too, named or not, so a bare "суд" there may be either (coref `story_body`).
REVIEWING_COURT_WORDS = fold_words("апелляционный кассационный надзорный")
# Verbs by which a court reviews a ruling of the court below ("Мосгорсуд оставил приговор в силе", "Верховный суд
# отменил решение"), and the rulings and appeals they take as object: a court named as their subject is a court of
# review, whatever its name, and the story has the court below too (coref `story_body`).
REVIEWING_VERBS = fold_words("""
    отменить отменять оставить оставлять пересмотреть пересматривать смягчить смягчать ужесточить ужесточать
    изменить изменять
""")
REVIEWED_NOUNS = fold_words("решение приговор постановление определение вердикт апелляция кассация")
# Verbs of contesting or proving a claim: with no court named in reach their "в суде" is the institution where claims
# are tried, not the story's one court named far back ("такие решения оспариваются в суде", "защита намерена
# оспорить арест в суде"; coref `story_body`). A court named just before is the one meant ("Озерский городской суд
# … мэр опротестовал в суде решение").
CONTESTING_VERBS = fold_words("""
    оспорить оспаривать оспариваться опротестовать опротестовывать доказать доказывать доказываться отстоять
    отстаивать
""")
# Political groups of people that act as one, with no institution's noun: "фракция поддержала законопроект",
# "оппозиция выступила против".
POLITICAL_GROUP_NOUNS = fold_words("фракция оппозиция коалиция блок альянс движение объединение")

# Nouns of a happening's casualties: with a count they tell the deaths and injuries ("22 погибших, 40 раненых").
CASUALTY_NOUNS: dict[str, str] = {"раненый": "injury", "погибший": "death", "пострадавший": "injury"}
# Predicates that tell that people of a kind are there ("есть погибшие", "имеются пострадавшие", "пострадавших нет",
# "жертв не было"): with a casualty or a detained person as their subject they tell the happening
# (`events.detection.existing_casualties`); "быть" only as "есть" or negated ("пострадавших было больше" compares).
EXISTENTIAL_PREDICATES = fold_words("быть иметься нет")
EXISTENTIAL_BE_FORMS = fold_words("есть")

# Animals: the tagger calls them animate as it does persons, but an animal caught, held or let go is no one detained
# or released ("кот поймал 27 грызунов", "поймали кота специальной сетью", "поймать лосося"; `events.detection.
# object_condition`).
ANIMAL_NOUNS = fold_words("""
    животное зверь зверек кот кошка котенок собака пес щенок мышь крыса грызун птица рыба лосось медведь волк лиса
    олень лось кабан тигр лев слон обезьяна змея питон крокодил акула кит дельфин лошадь корова коза овца свинья
    курица утка гусь куропатка попугай енот белка заяц кролик
""")

# Vehicles: what collides, crashes and is hijacked ("грузовик столкнулся с автобусом").
VEHICLE_NOUNS = fold_words("""
    автомобиль автомашина машина грузовик фура автобус микроавтобус маршрутка иномарка легковушка внедорожник
    мотоцикл трамвай троллейбус поезд электричка локомотив тепловоз вагон состав самолет вертолет лайнер судно
    корабль теплоход танкер сухогруз паром катер лодка яхта автоцистерна бензовоз самосвал тягач
    авиалайнер авианосец крейсер эсминец фрегат корвет подлодка субмарина ледокол баржа траулер шхуна
    истребитель бомбардировщик штурмовик
""")  # warships and warplanes too: "авианосец прибыл на базу", "истребитель разбился"
# Bodies of people that travel, besides persons, organizations and vehicles: "делегация вылетела в Пекин".
TRAVELLING_NOUNS = fold_words("""
    делегация группа команда сборная экипаж бригада отряд колонна миссия войско армия подразделение клуб
""") | ORGANIZATION_NOUNS | VEHICLE_NOUNS


# What kind of news outlet a media noun names: an agency, a print outlet (newspaper, magazine) or a broadcaster;
# "издание" and "портал" (a publication, a web site) name any outlet but an agency or a broadcaster.
MEDIA_NOUN_KINDS = {
    **dict.fromkeys(fold_words("агентство информагентство"), "agency"),
    **dict.fromkeys(fold_words("газета журнал"), "print"),
    **dict.fromkeys(fold_words("телеканал радиостанция канал телекомпания телерадиокомпания телесеть"), "broadcast"),
}
# Name words of the world's news agencies, which a story names without the noun "агентство" ("сообщает Интерфакс",
# "передает Reuters"); a name that is "Новости" alone is РИА «Новости» cut short ("Московские новости" is a paper).
AGENCY_NAME_WORDS = fold_words("""
    интерфакс риа тасс итар-тасс прайм регнум regnum униан синьхуа reuters рейтер bloomberg блумберг
    франс-пресс france-presse afp ap dpa ansa kyodo киодо yonhap ренхап associated ассошиэйтед
""")
# News outlets whose name is a plural common noun ("Известия сообщили", "Ведомости пишут", "Вести"): a name the NER
# gave, even at a sentence start where a plural noun is otherwise a group (`entities.types._plural_common_noun`).
# Not "Новости": alone it is a page's section header ("Новости по теме") as often as РИА Новости cut short.
PLURAL_OUTLET_NAMES = fold_words("известия ведомости вести")
# Words that make an organization's name a news outlet's ("Fox News", "The New York Times", "Washington Post").
MEDIA_NAME_WORDS = fold_words("""
    news times post journal herald today daily tribune gazette telegraph guardian independent observer
    press tv radio media новости ньюс rt
""")

# Services that speak for an organization: "пресс-служба X", "пресс-центр X"; without X they refer back to the
# service named earlier.
SERVICE_NOUNS = fold_words("пресс-служба пресс-центр пресс-бюро пресс-секретариат пресс-офис канцелярия")
# Units inside an organization: "управление ГВП", "отдел кадров МИД", "пресс-служба Кремля" are a part of the
# organization their genitive names, not the organization itself.
UNIT_NOUNS = SERVICE_NOUNS | fold_words("управление отдел департамент подразделение филиал отделение дирекция")
# What a press service itself puts out ("сообщает пресс-служба X. «…», — говорится в публикации"): a letter, an
# order or a statement it only passes on has its own author.
PUBLICATION_NOUNS = fold_words("публикация сообщение пресс-релиз релиз")
# An organization's own release ("отмечается в сообщении" after "сообщает СБУ"), not a medium's "публикация".
RELEASE_NOUNS = PUBLICATION_NOUNS - fold_words("публикация")
# A medium's texts: a bare "в статье" / "в публикации" is the outlet's that published it ("пишет Bloomberg. …, —
# говорится в статье": Bloomberg), as the annotated dev sets name the outlet.
ARTICLE_NOUNS = fold_words("статья публикация материал заметка колонка репортаж")

# Documents that state something: source phrases after "согласно"; they name their own source when no owner is
# given ("говорится в документе"); legal acts and treaties too ("согласно закону", "в договоре сказано").
DOCUMENT_NOUNS = fold_words("""
    заявление сообщение отчет доклад документ письмо постановление решение приговор публикация справка
    материал протокол пресс-релиз релиз бюллетень коммюнике опрос исследование обзор сводка записка
    отчетность текст отзыв заключение
    закон законопроект договор соглашение конституция устав указ распоряжение приказ кодекс резолюция
    декларация меморандум регламент контракт конвенция инструкция нота
""")
# Statements made in writing that a later "в нем" may refer back to as to a document ("комментарий пресс-бюро X.
# В нем отмечается"): quotes `_pronoun_document`. Not "обращение": "ответ X на обращение Y, то в нем" is the answer's.
WRITTEN_SPEECH_NOUNS = fold_words("комментарий")
# Agreements: their genitive names the parties, not an author ("контракт X и Y"), so the document is the source.
AGREEMENT_NOUNS = fold_words("договор соглашение контракт конвенция меморандум")

# Documents named by their kind only: "в документе", "в тексте" may refer back to any document named before.
GENERIC_DOCUMENT_NOUNS = fold_words("документ текст материал")

# Nouns of statements: "выступил с заявлением: «...»", "по словам X", "согласно сообщению X".
SPEECH_NOUNS = fold_words("""
    слово заявление сообщение мнение данные сведение информация утверждение оценка версия высказывание
    подсчет заявка признание объяснение уверенность надежда опасение сожаление убеждение извинение
    требование призыв просьба предложение обещание предупреждение обвинение комментарий интервью
    обращение послание ответ цитата реплика лозунг фраза выступление прогноз
""")
# What a document or a statement is: "в заявлении …", "в документе …" (a noun that is no author itself).
STATEMENT_NOUNS = DOCUMENT_NOUNS | SPEECH_NOUNS
# "по словам X", "по мнению X": a source phrase (quotes: content is the rest of the sentence; events: no argument).
ACCORDING_NOUNS = fold_words("""
    слово мнение данные сведение сообщение информация утверждение оценка версия высказывание подсчет
    заявление признание прогноз расчет убеждение
""")
# Words of holding an opinion or of insisting, as the cue of a quote ("считает, что", "уверен, что", "настаивает,
# что") or the noun of a source phrase ("по его мнению"): what they frame is held or demanded, not told as a fact or a
# schedule ("по его мнению, Париж должен поддержать": events' `reported_ought`).
# "уверен/убеждена, что": belief predicates that slovnet may tag as ADJ (lemma: the adjective) or as a short passive
# participle (pymorphy3 lemma: the verb); quotes' cues of a held view.
BELIEF_PREDICATES = fold_words("уверенный убежденный уверить убедить согласный")
# Demand verbs whose content may be an action noun in the genitive: "потребовали освобождения X" (quotes).
DEMAND_VERBS = fold_words("потребовать требовать")
# Verbs of asking for an act: their object is the one act asked for ("потребовали отставки мэра", "похитители
# потребовали выкуп", "просил компенсации"); events' `demanded_happening`. The demand verbs of EVENT_VERBS["demand"]
# are these and the verbs of calling and insisting, which are built from them there: "призвать" takes the one called
# as its object ("призвал граждан"), "настаивать" the act after "на" ("настаивает на отставке"), so neither has an
# object that is the act asked for.
ASKING_VERBS = DEMAND_VERBS | fold_words("просить попросить")
OPINION_WORDS = BELIEF_PREDICATES | DEMAND_VERBS | fold_words("""
    считать посчитать полагать думать согласиться соглашаться настаивать настоять призвать призывать мнение
    убеждение взгляд
""")
# "по его данным", "по их информации": the source nouns of what an outlet itself found out; an outlet that reports
# ("сообщило агентство AP. По его данным, …") owns these, not another's words or opinion ("по его словам").
FINDINGS_NOUNS = fold_words("данные информация сведение")



# --- pronouns ------------------------------------------------------------------------------------------------

# Third-person personal pronoun forms -> (gender, number); "" gender: either ("они", "их").
THIRD_PERSON_PRONOUNS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("он", "него", "нему", "нем", "нём"), ("masc", "sing")),
    **dict.fromkeys(("его", "ему", "ним", "им"), ("masc", "sing")),
    **dict.fromkeys(("она", "её", "ее", "неё", "нее", "ей", "ней", "ею", "нею"), ("femn", "sing")),
    **dict.fromkeys(("оно",), ("neut", "sing")),
    **dict.fromkeys(("они", "их", "них", "ими", "ними"), ("", "plur")),
}
# Gerunds used as prepositions: their phrase is an aside of the speaker's, not an action of the clause's subject
# ("Рэтклифф, судя по его высказываниям, …": his own statements).
PREPOSITIONAL_GERUNDS = frozenset({"судя", "исходя", "учитывая", "включая", "начиная", "благодаря", "спустя",
                                   "несмотря", "невзирая", "говоря"})
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
# Third-person possessives, which do not decline (folded): "его брат", "её сестра", "их отец".
THIRD_PERSON_POSSESSIVES = frozenset({"его", "ее", "их"})
# The possessives of a person the text names (forms and the lemma "свой"): "его арест", "их встреча", "своего решения"
# (not a speaker's own "наше решение", "мой вердикт": an opinion or a plan in a quote as often).
PERSON_POSSESSIVES = THIRD_PERSON_POSSESSIVES | frozenset({"свой"})

# Relative pronouns (lemmas and forms) that open a relative clause.
RELATIVE_PRONOUNS = fold_words("который которая которое которые кто")
# Conjunctions that open an adverbial clause ("когда она приехала", "если верить", "хотя заявлял"): its subject is
# never the subject of the main clause's verb.
ADVERBIAL_CONJUNCTIONS = fold_words("когда если хотя пока поскольку")
# The relative that refers back to a noun phrase of its own sentence ("министр, который ..."); "кто" stands for a
# whole group ("те, кто") and has no antecedent mention to link.
ANAPHORIC_RELATIVE_PRONOUNS = frozenset({"который"})
# Relative adverbs of place: "город, где ..." refers back to the place.
RELATIVE_PLACE_WORDS = frozenset({"где", "куда", "откуда"})

# Demonstratives and emphatic words that leave a description bare: "этот чиновник", "сам губернатор".
DEMONSTRATIVE_PRONOUNS = frozenset({"этот", "тот"})
# Words that point back at what was just spoken of ("эта страна", "данная компания", "указанной организации"): coref
# takes the noun for the one of its kind named last (`resolve.pointed_latest`); "тот" points further back and is left
# out.
POINTING_WORDS = (DEMONSTRATIVE_PRONOUNS - frozenset({"тот"})) | frozenset({"данный", "указанный"})

# --- events: the words that evoke them -------------------------------------------------------------------------
#
# Trigger lemmas by event type (the contract's vocabulary; pipeline/events/vocabulary.py gives each type its roles).
# Every verb is listed in both aspects where both are used in news ("задержать/задерживать"), with the reflexive
# passive of the imperfective where news use it of the event ("обсуждается", "обвиняется", "подозревается");
# participles ("задержанный", "задержан") share their verb's lemma. Event nouns are the nouns derived from these
# verbs ("задержание", "арест") and the nouns that name such happenings outright ("теракт", "ДТП"). A word
# ambiguous between an event and something else is listed only when a condition of the events package tells the
# senses apart (the object: "задержали активиста" / "рейс задержали"; a co-participant: "встречались с ним" /
# "встречаются случаи"), or not at all ("акция": a rally or a share; "дело": a case or a matter). A noun derived from
# a listed one by a prefix or a verb's nominalization shares its type ("довыборы", "пикетирование", "травмирование").

# Verbs of notifying: a notice sent to someone is a contact ("Китай уведомил ВОЗ", "пилоты были проинформированы о
# ..."), only with whom it is sent to (`object_condition`): with none they tell a speech ("проинформировал он", "Об
# этом информирует ИТАР-ТАСС"). The imperfective "информировать" is left out: its participle tells a state ("хорошо
# информированный источник", "неправильно информированы о расходах"). Their nouns ("уведомление", "извещение") name
# the document more often than the act ("указано в уведомлении") and are not listed.
NOTIFYING_VERBS = fold_words("уведомить уведомлять известить извещать оповестить оповещать проинформировать")

# Verbs of giving an order: an order given is a decree event ("приказал отвести войска", "поручил правительству"),
# and an order with its content is a demand among reported speech (QUOTES.md: "приказал", "велел", "распорядился" +
# infinitive).
ORDER_VERBS = fold_words("приказать приказывать распорядиться велеть повелеть поручить поручать")

# Verbs of arson: a thing set on fire by someone is an attack, an assault like "взорвать" ("подожгли венки",
# "автомобиль был подожжен ракетой", "оппозиция подожгла участки"; the noun "поджог" too); not oneself or what one
# wears (SELF_IMMOLATION_WORDS: "поджег себя", "поджег на себе одежду"; clothes only one's own, not "подожгли
# одежду на рынке"), and not by a fire or lightning (FIRE_SOURCE_NOUNS: "олимпийский огонь поджег факелоносца"), a
# fire (`arson_sense`).
ARSON_VERBS = fold_words("поджечь поджигать")
SELF_IMMOLATION_WORDS = fold_words("себя одежда")
FIRE_SOURCE_NOUNS = fold_words("огонь пламя молния искра")

# Nouns of armed combat: a fight between armed sides is an attack ("в Неджефе вспыхнули бои", "в бою с боевиками
# погиб омоновец", "бои между силовиками и ополченцами", "завязалось боестолкновение"); reciprocal, its parties are
# participants (events' RECIPROCAL_LEMMAS). A bout of a combat sport is a game, no attack (BOUT_WORDS, `bout_sense`:
# "бой Кличко перенесли", "проиграл бой канадцу").
COMBAT_NOUNS = fold_words("бой сражение схватка боестолкновение побоище")
# Words of combat sports: a document with one, or with a word of sports reports (SPORTS_WORDS), tells bouts and
# fights of players ("боксер", "нокаут", "на ринге", "чемпион мира в трех весовых категориях"; "ледовое побоище" of
# a hockey report).
BOUT_WORDS = fold_words("бокс боксер боксерский ринг нокаут нокдаун кикбоксинг единоборство чемпион промоутер поединок")
# Words that tell a bout when they stand near a noun of combat (its phrase, its sentence, the sentences beside it in
# its paragraph), with BOUT_WORDS and SPORTS_WORDS: a round, a title, a weight class, a referee ("в четвертом раунде",
# "бой за титул", "экс-чемпион в трех весовых категориях", "рефери дисквалифицировал его в схватке";
# `events.extract.bout_sense`). Not read over the whole document: "раунд переговоров" of a war report.
BOUT_SIGN_WORDS = fold_words("раунд титул титульный весовой рефери дисквалификация дисквалифицировать нокаутировать")
# Words of war: near a noun of combat they tell armed combat, which a sports word elsewhere in the text does not undo
# ("бои между украинскими силовиками и отрядами сепаратистов", "в бою с боевиками", "в боях были убиты 25 солдат",
# "бои шли возле города"; `events.extract.bout_sense`): armed sides, troops, weapons, a front, casualties.
WAR_WORDS = fold_words("""
    боевик силовик военный военнослужащий солдат войско армия армейский ополченец сепаратист террорист талиб
    повстанец бандит отряд группировка фронт война воевать оружие автомат гранатомет артиллерия танк снаряд миномет
    плен пленный погибнуть погибший убить убитый ранить раненый уничтожить
""")
# Weapons one fires from ("обстреливают из минометов", "выстрелил из газового пистолета", "стрелять из ружья"):
# after "из" the instrument of an attack (`events.rules.fired_from`), not the place one fires from ("из гаража").
WEAPON_NOUNS = fold_words("""
    оружие автомат пистолет револьвер винтовка карабин ружье обрез дробовик пулемет гранатомет миномет пушка орудие
    гаубица танк установка арбалет базука огнемет
""")
# Nouns of a dedication: the war dead a "турнир памяти погибших солдат" or a "мемориал" honours tell no combat near a
# noun of combat outside it (`events.extract._first_war_word`).
MEMORIAL_NOUNS = fold_words("память мемориал")
# Verbs of winning and losing: a fight won or lost is a contest, of sports or a figure ("опасаются проиграть бой").
CONTEST_VERBS = fold_words("выиграть выигрывать проиграть проигрывать")
# What "бой" strikes or breaks in its other senses: a clock's or a bell's stroke, dishes or glass smashed ("бой
# курантов", "бой часов", "бой посуды"): a sound or a breakage, no fight (`events.extract.bout_sense`). The tagger
# lemmatizes "курантов" "курант" and "часов" "час".
STRUCK_THING_NOUNS = fold_words("куранты курант часы час колокол барабан литавры посуда стекло бутылка тарелка")

# Verbs of a device going off: an explosion only when what goes off is an explosive (`events.detection.device_sense`:
# "сработало взрывное устройство", "бомба сработала", "на изделии сработали пиропатроны"; not "сработала сигнализация",
# "меры не сработали", "сработали оперативно"). An explosive is a noun of DETONATED_NOUNS or any noun that an
# adjective of EXPLOSIVE_ADJECTIVES marks as one ("взрывное устройство", "боевая часть" of a missile).
DEVICE_TRIGGERING_VERBS = fold_words("сработать срабатывать")

# Verbs of going back: a trip when people go back to a place (`events.detection.returning_traveller`: "вернулся в
# Москву", "должен вернуться в Санкт-Петербург"); not a vehicle's or a thing's return ("самолет вернулся в аэропорт",
# "спад может вернуться"), nor a return home ("смогли вернуться в свои дома"), HOME_NOUNS.
RETURN_VERBS = fold_words("вернуться возвращаться")
HOME_NOUNS = fold_words("дом квартира жилье жилище")

EVENT_VERBS: dict[str, frozenset[str]] = {name: fold_words(words) for name, words in {
    "statement": """заявить заявлять сказать говорить сообщить сообщать отметить отмечать подчеркнуть подчеркивать
        рассказать рассказывать пояснить пояснять объяснить объяснять добавить добавлять уточнить уточнять указать
        указывать ответить отвечать возразить возражать подтвердить подтверждать опровергнуть опровергать
        прокомментировать комментировать высказаться написать утверждать предупредить предупреждать заверить
        говориться сообщаться отмечаться""",
    "promise": "пообещать обещать поклясться",
    "demand": " ".join(sorted(ASKING_VERBS)) + " призвать призывать настаивать настоять",  # see ASKING_VERBS
    "accusation": "обвинить обвинять",
    "criticism": "раскритиковать критиковать осудить осуждать",
    "threat": "пригрозить угрожать грозить",
    "apology": "извиниться извиняться",
    "congratulation": "поздравить поздравлять",
    "thanks": "поблагодарить благодарить",
    "contact": """позвонить звонить созвониться созваниваться поговорить переговорить поздороваться
        здороваться обратиться обращаться связаться связываться дозвониться дозваниваться пообщаться
        переписываться пожаловаться жаловаться перезвонить перезванивать
        обзвонить """ + " ".join(sorted(NOTIFYING_VERBS)),
    # a complaint addressed to someone; a notice sent to someone (NOTIFYING_VERBS)
    # a talk face to face is a meeting ("в беседе с премьером", "побеседовал с ним"); over a phone it is retyped to a
    # contact (REMOTE_CHANNEL_WORDS: "телефонная беседа", "побеседовали по телефону")
    "meeting": """встретиться встречаться встретить увидеться видеться собраться собираться совещаться
        заседать беседовать побеседовать""",
    "invitation": "пригласить приглашать приглашаться",
    "exchange": "обменяться обмениваться",
    # trying someone is a court hearing ("будут судить юриста посмертно"; a person tried), and so is hearing a claim
    # filed ("суд рассматривает иск"; the claim stays its own lawsuit): `object_condition`
    "discussion": """обсудить обсуждать обсуждаться обговорить обговаривать дискутировать дебатировать судить
        рассмотреть рассматривать""",
    "visit": """посетить посещать прибыть прибывать приехать приезжать прилететь прилетать побывать съездить
        наведаться поехать отправиться направиться вылететь прийти приходить выехать выезжать лететь полететь
        навестить навещать
        наведываться отправляться вылетать""" + " " + " ".join(sorted(RETURN_VERBS)),
    "agreement": "договориться договариваться согласовать согласовывать согласовываться условиться условливаться",
    "decree": """постановить постановлять утвердить ратифицировать ратифицироваться санкционировать запретить """
        + " ".join(sorted(ORDER_VERBS)),  # an order given (EVENTS.md: "an order")
    "lawsuit": "судиться обжаловать обжаловаться опротестовать опротестовывать",
    "accident": """разбиться разбиваться затонуть рухнуть обрушиться обрушиваться обвалиться обваливаться
        опрокинуться опрокидываться перевернуться
        переворачиваться врезаться наехать наезжать упасть падать столкнуться сталкиваться""",
    "explosion": "взорваться взрываться сдетонировать детонировать подорваться подрываться "
        + " ".join(sorted(DEVICE_TRIGGERING_VERBS)),  # only with an explosive as subject: `device_sense`
    "fire": "загореться загораться сгореть сгорать воспламениться воспламеняться выгореть выгорать",
    "attack": """атаковать напасть нападать обстрелять обстреливать сбить сбивать бомбить бомбардировать взорвать
        взрывать штурмовать штурмоваться захватить захватывать избить избивать обстреливаться атаковаться
        вторгнуться вторгаться стрелять выстрелить разогнать разгонять ударить
        ударять """ + " ".join(sorted(ARSON_VERBS)),
    "killing": """убить убивать застрелить застреливать расстрелять расстреливать зарезать казнить обезглавить
        обезглавливать задушить удушить ликвидировать расправиться расправляться пристрелить
        прирезать""",
    "death": """погибнуть погибать гибнуть умереть умирать помереть скончаться утонуть застрелиться
        застреливаться повеситься""",  # a suicide
    "injury": "пострадать ранить травмировать травмироваться покалечить искалечить",
    "damage": """повредить повреждать разрушить разрушать уничтожить уничтожать разгромить разрушаться
        уничтожаться повреждаться затопить затоплять подтопить подтоплять снести сносить""",
    "payment": """заплатить платить выплатить выплачивать выплачиваться оплатить оплачивать компенсировать
        возместить возмещать подарить дарить пожертвовать потратить тратить израсходовать перечислить перечислять
        выкупить выкупать уплатить уплачивать
        доплатить доплачивать оштрафовать штрафовать штрафоваться погасить погашать
        взыскать взыскивать""",  # a debt paid off,
    # money recovered by a court ("суд взыскал с него 250 тысяч"); a purchase is no
    # payment (tests/data/realnews/README.md: "not loans, investment, budget allocations or purchases")
    "detention": "задержать задерживать арестовать арестовывать арестовываться поймать",  # a person caught
    "release": """освободить освобождать освобождаться отпустить отпускать выпустить выпускать помиловать
        амнистировать""",
    "verdict": """приговорить приговаривать приговариваться оправдать отклонить отклонять удовлетворить
        удовлетворять отсудить отсуживать""",
    # what is won through a court is its ruling ("отсудил у налоговиков 1 млрд долларов")
    "investigation": """расследовать расследоваться заподозрить подозревать подозреваться обвиняться обыскать
        обыскивать обыскиваться допросить допрашивать допрашиваться проверить проверять проверяться
        разыскать разыскивать разыскиваться инкриминировать
        инкриминироваться вменить вменять вменяться""",
    "election": "избрать избирать избираться переизбрать переизбирать проголосовать голосовать выбрать выбирать",
    "appointment": "назначить назначать назначаться возглавить стать",
    "resignation": "уволиться увольняться",
    "dismissal": "уволить увольнять отстранить отстранять сместить смещать",
    "sanctions": "",
    "protest": "протестовать бастовать митинговать пикетировать прошествовать",
    "support": "поддержать поддерживать одобрить одобрять",
    "admission": "признать признавать признаться признаваться сознаться",
}.items()}

# Nouns of a public demonstration: a gathering that marches or stands for or against something. EVENT_NOUNS' protest
# nouns hold them, and ADVOCACY_WORDS takes them as words that stand for an act ("митинг за отставку"); one list, so
# the two cannot drift apart.
DEMONSTRATION_NOUNS = fold_words("акция митинг манифестация демонстрация шествие пикет марш")

EVENT_NOUNS: dict[str, frozenset[str]] = {name: fold_words(words) for name, words in {
    "statement": "заявление сообщение комментарий высказывание выступление интервью брифинг обращение",
    "promise": "обещание",
    "demand": "требование призыв просьба ультиматум",
    "accusation": "обвинение",
    "criticism": "критика осуждение",
    "threat": "угроза",
    "apology": "извинение",
    "congratulation": "поздравление",
    "thanks": "благодарность",
    "contact": "звонок разговор письмо переписка запрос записка",  # a letter, a memo, an inquiry sent
    "meeting": """беседа встреча переговоры саммит совещание заседание консультация конференция форум съезд собрание
        аудиенция конгресс""",
    "invitation": "приглашение",
    "exchange": "обмен",
    "discussion": "обсуждение дискуссия дебаты слушание прения разбирательство",
    "visit": "визит посещение поездка прибытие турне приезд командировка прилет",
    "agreement": """соглашение договор договоренность меморандум сделка перемирие контракт пакт подписание
        согласование""",
    "decree": """указ постановление распоряжение закон законопроект резолюция декрет поручение приказ директива
        ратификация решение указание ордер""",  # a warrant
    "lawsuit": "иск жалоба апелляция обжалование кассация",
    "accident": """авиакатастрофа катастрофа крушение авария дтп кораблекрушение землетрясение наводнение
        обрушение столкновение наезд""",
    "explosion": "взрыв",
    "fire": "пожар возгорание воспламенение",
    "attack": """атака нападение обстрел удар авиаудар авианалет теракт бомбардировка штурм налет покушение
        избиение стрельба перестрелка вторжение захват выстрел стычка наступление разгон драка потасовка
        дебош поджог артобстрел контрнаступление """ + " ".join(sorted(COMBAT_NOUNS)),
    "killing": "убийство расстрел казнь расправа",
    "death": "гибель смерть кончина самоубийство",
    "injury": "ранение травма увечье травмирование перелом",  # a fracture: `events.detection.fracture_sense`
    "damage": "повреждение разрушение уничтожение затопление подтопление снос",
    "payment": """выплата компенсация возмещение оплата взятка пожертвование подарок платеж выкуп перечисление
        штраф погашение""",
    # EVENTS.md: payment is "paid, fined, compensated"; no purchase ("покупка", "приобретение")
    "detention": "задержание арест облава поимка",  # a fugitive caught ("объявила о поимке пособников")
    "release": "освобождение помилование амнистия",
    "verdict": "приговор вердикт",
    "investigation": "расследование обыск допрос проверка розыск следствие экспертиза поиск",  # an expert probe;
    # a search for someone (`sought_person`: "поиски беглецов")
    "election": "выборы голосование референдум избрание переизбрание праймериз перевыборы довыборы",
    "appointment": "назначение",
    "resignation": "отставка",
    "dismissal": "увольнение отстранение смещение",
    "sanctions": "санкция эмбарго",
    "protest": "протест забастовка беспорядки волнение голодовка пикетирование "
               + " ".join(sorted(DEMONSTRATION_NOUNS)),
    "support": "поддержка одобрение",
    "admission": "",
}.items()}
# Every event noun, whatever its type: a happening's noun (coref's event mentions, dates' `event_noun_date`).
EVENT_NOUN_LEMMAS = frozenset().union(*EVENT_NOUNS.values())

# Nouns of searching: a search for someone, a step of an investigation, only in the plural with the person sought
# ("ведутся поиски беглецов", "его поиски"; not "поиск информации", "в поисках лучшей доли").
SEARCH_NOUNS = fold_words("поиск")
# Whom a search for the lost looks for: a rescue or a recovery, no investigation ("поиски жертв ледника", "поиски
# погибших").
RECOVERED_NOUNS = fold_words("жертва погибший тело останки")
# Hostages: seizing them, named as hostages, is a terrorist act, an attack, as taking them is ("взять в заложники",
# EVENT_PHRASES): "захват заложников", "захватили заложников"; the people seized, named by what they are, are taken
# captive, a detention ("захватили в заложники полицейских"; `events.detection.hostage_taking`).
HOSTAGE_NOUNS = fold_words("заложник")
# Nouns of a wound: one sense only, a wound someone received; bare, they still tell a particular injury ("находятся в
# больнице с огнестрельными ранениями", "скончался от ранений в голову", "следов ранений не видно"), where "травма"
# is also a kind or a mind's ("у них много травм", "психологическая травма"): `events.extract.wound_noun`.
WOUND_NOUNS = fold_words("ранение")
# Nouns of a fracture: a wound received where the text tells one, of a part of the body ("перелом ноги", "перелом
# костей черепа"), of a kind of fracture (FRACTURE_ADJECTIVES: "открытый перелом", "множественные переломы"), what one
# is taken to hospital with ("госпитализирован с переломом") or gets ("получил переломы"), or in a list of wounds
# ("травму, перелом носа"); else a turning point ("Перелом произошел после визита", "коренной перелом в войне"):
# `events.detection.fracture_sense`.
FRACTURE_NOUNS = fold_words("перелом")
FRACTURE_ADJECTIVES = fold_words("открытый закрытый множественный компрессионный оскольчатый двойной тяжелый")


# Steps of an investigation, each its own happening within the case it serves (EVENTS.md annotates "обыски",
# "допросили", "экспертиза" apart from "возбуждено уголовное дело", "расследование"): a search, an interrogation, an
# expert examination, a manhunt ("объявлен в розыск", "находится в розыске": the dev golds group them only with each
# other, never with "расследование" or "обвиняла" of the same person). Each names its kind by the stem of its words
# (`events.happenings._step`).
INVESTIGATION_STEP_STEMS: dict[str, str] = {"обыск": "search", "обыскать": "search", "обыскивать": "search",
                                           "допрос": "interrogation", "допросить": "interrogation",
                                           "допрашивать": "interrogation", "экспертиза": "examination",
                                           "розыск": "manhunt"}

# Words of one happening that share no stem of five letters (`events.happenings._same_word`): synonyms that tell one
# kind of happening ("умер" … "скончался" … "смерть"; "завели уголовное дело" … "возбуждено уголовное дело") and a
# verb with its noun where the stem alternates ("обсудить" / "обсуждение", "посетить" / "посещение"). Not
# "задержать" / "арестовать": a detention and the court's arrest that follows are two happenings.
SAME_HAPPENING_WORDS: tuple[frozenset[str], ...] = tuple(fold_words(words) for words in (
    "умереть умирать скончаться смерть кончина",
    "погибнуть погибать гибель",
    "возбудить возбуждать возбуждение завести заводить",  # a case opened: "возбудить дело", "завести дело"
    "обсудить обсуждение",  # "обсуждать" / "обсуждение" share their stem already
    "посетить посещение",
))

# Verbs of planning: their participle or clause puts an event or a date ahead ("запланированная на апрель встреча",
# "встречу назначили на пятницу").
PLANNING_VERBS = fold_words("запланировать планировать наметить намечать назначить назначать")
# Verbs of stopping a gathering or a trip under way, for a while or for good: "рабочие прекратили голодовку",
# "сотрудники приостановили голодовку", "прервал свой визит" (not phase light verbs: "прекратить огонь" is a
# ceasefire demanded, no happening).
STOPPING_VERBS = fold_words("прекратить прекращать приостановить приостанавливать прервать прерывать")
# Verbs whose subject holds, puts off, calls off or stops a gathering or a trip as its own: "оппозиция отменила
# митинг", "визит запланировал Якунин", "партия организовала шествие", "рабочие прекратили голодовку".
HOLDING_VERBS = PLANNING_VERBS | STOPPING_VERBS | fold_words("""
    отменить отменять перенести переносить организовать организовывать устроить устраивать
""")
# Verbs of a course toward a happening: their "к"+Dat complement is the one happening their subject prepares, turns
# to, comes near or calls for ("готовится к отставке", "перешли к согласованию", "ситуация подходит к соглашению",
# "призываем к освобождению коллег"), a prospective happening, no kind. Not verbs of inclining or resorting
# ("склонять к самоубийству", "прибегать к насилию"), whose goal is any act of its kind.
# Verbs of nearing a goal that is not reached yet ("ситуация подходит к соглашению"): the goal is hypothetical.
NEARING_VERBS = fold_words("подойти подходить приблизиться приближаться")
APPROACH_VERBS = NEARING_VERBS | fold_words("""
    готовиться подготовиться приготовиться перейти переходить приступить приступать призвать призывать
""")
# The prepositions of a course's goal: "готовится к отставке", "перешли ко второму туру".
GOAL_PREPOSITIONS = frozenset({"к", "ко"})
# The prepositions of a dative or a locative: a form that can only be one of those two after one is in that case
# ("к Кондолизе Райс", "о Кондолизе", "при Урсуле", "женился на Божене"; "в"/"на" govern an accusative too, but a
# form read only as a dative or locative is none); `linking.written_woman_first_name` reads them.
DATIVE_LOCATIVE_PREPOSITIONS = GOAL_PREPOSITIONS | frozenset({"по", "о", "об", "обо", "при", "в", "во", "на"})
# The prepositions of where and whence, by the case (OpenCorpora) in which they name a place: "в Иванове" (locative),
# "из Грозного" (genitive), "под Москвой" (instrumental); a person stands after them in these cases only rarely
# ("из Иванова" is the town). `types.preposition_place` reads them.
PLACE_PREPOSITION_CASES: dict[str, str] = {"в": "loct", "во": "loct", "из": "gent", "под": "ablt"}
# Words whose object is a person with "в" or "из", no place: an attitude to someone ("разочаровались в Иванове",
# "сомневаться в Королёве", "уверены в Орлове", "нуждается в Павлове") and a work taken out of its author or a thing
# made out of someone ("пьесу из Чехова", "цитата из Пушкина", "сделать из Королёва козла отпущения"); the name they
# govern is the person even where the dictionary knows a town of that name (`types.preposition_place`).
PERSON_PREPOSITION_GOVERNORS: dict[str, frozenset[str]] = dict.fromkeys(("в", "во"), fold_words("""
    разочароваться разочаровываться разочарование сомневаться усомниться сомнение уверенный уверить уверенность
    нуждаться потребность ошибиться ошибаться заинтересованный заинтересованность
""")) | {"из": fold_words("""
    цитата строка строчка отрывок фрагмент выдержка стих стихотворение пьеса роль монолог сцена сделать делать
""")}
# Nouns of a problem: the genitive object of "решение" in its sense of solving ("решение вопроса", "решению задачи",
# "для решения проблемы"), no decision taken; the nouns that take it in that sense.
PROBLEM_NOUNS = fold_words("вопрос проблема задача")
SOLVING_NOUNS = fold_words("решение")
# Words of taking part in an event: "приняли участие в акции", "участвовал в захвате".
PARTICIPATION_WORDS = fold_words("участие участвовать поучаствовать")
# Verbs of taking part in or joining a gathering, with the preposition of what they join: "в работе Конгресса примут
# участие 940 делегатов", "ожидается, что в ней (встрече) примет участие премьер", "к трудящимся (на митинге)
# присоединятся представители партии", "затем Тегеран присоединится к ним (к переговорам)". Taking part is a
# happening of the gathering's own type when what is joined refers to a gathering the text tells
# (`joined_gathering`); a gathering joined by its noun is that noun's event ("к забастовке примкнули водители",
# "приняли участие в акции протеста"); "принять" only with "участие" as its object.
TAKING_PART_VERBS: dict[str, str] = {
    **dict.fromkeys(fold_words("участвовать поучаствовать принять принимать"), "в"),
    **dict.fromkeys(fold_words("""
        присоединиться присоединяться примкнуть примыкать подключиться подключаться влиться вливаться
    """), "к"),
}
# The sitting of a gathering that one takes part in: "в работе съезда", "в работе форума" (the gathering named in the
# genitive).
GATHERING_WORK_NOUNS = fold_words("работа")
# Modal predicatives of obligation: with an occurrence verb they tell a schedule ("допрос должен состояться 9 марта").
OBLIGATION_MODALS = fold_words("должный должен")

# Verbs of postponing: what they put off lies ahead ("отложили встречу", "казнь была отложена", "перенесли на 15
# марта").
POSTPONING_VERBS = fold_words("отложить откладывать перенести переносить отсрочить отсрочивать")
# Verbs that move a date or an end point later: postponing, deferring and extending ("отсрочили выплату",
# "продлили до 15 марта").
RESCHEDULING_VERBS = POSTPONING_VERBS | fold_words("продлить продлевать")

# Transitive phase verbs: their event noun object is a happening under way or done, its phase told ("завершила
# проверку", "продолжили переговоры", "возобновить обстрел"); not "прекратить", whose object may never have begun
# ("прекратить огонь" is a ceasefire demanded).
# Of these, the ones that end or continue a happening already under way ("следствие будет завершено", "продолжат
# переговоры"): a future one tells that happening's phase ahead, not the happening itself (events' `future_clause`).
ONGOING_PHASE_VERBS = fold_words("завершить завершать закончить заканчивать продолжить продолжать")
TRANSITIVE_PHASE_VERBS = ONGOING_PHASE_VERBS | fold_words("возобновить возобновлять")
# Nouns of a trace or sign: a happening whose traces are not found did not happen, as far as is told ("следов
# ранений не видно", "признаков взлома не обнаружено"): events' `absent_event`.
TRACE_NOUNS = fold_words("след признак")

# Light verbs: the event is their object's ("провести переговоры", "принести извинения", "нанести удар", "достичь
# договоренности", "наложить санкции", "направить жалобу"), and the transitive phase verbs'.
LIGHT_VERBS = TRANSITIVE_PHASE_VERBS | fold_words("""
    принести приносить провести проводить нанести наносить совершить совершать подвергнуть подвергать выразить
    выражать высказать подать подавать выдвинуть предъявить потерпеть устроить устраивать организовать
    организовывать объявить объявлять ввести вводить начать начинать вести дать давать оказать оказывать заключить
    заключать подписать подписывать выйти уйти принять принимать сделать делать продлить продлевать
    вынести выносить выступить выступать достичь достигнуть достигать издать наложить накладывать применить
    осуществить осуществлять предпринять направить направлять отправить прислать разослать рассылать
    отдать отдавать выдать выдавать подвергнуться подвергаться произвести производить
""")  # "отдал приказ", "выдан ордер", "подвергся обстрелу", "арест был произведен", "произвели обыск"

# "подвергнуться", the undergoing of a subjecting, takes its event in the bare dative as "подвергнуть" does ("город
# подвергся обстрелу"; events' DATIVE_EVENT_VERBS).
SUBJECTED_VERBS = fold_words("подвергнуться подвергаться")
# Light verbs of undergoing: their subject suffers the event ("самолет потерпел крушение"), or is what a doer's act
# is done to ("город подвергся обстрелу": the shelled).
UNDERGO_VERBS = fold_words("потерпеть терпеть получить получать") | SUBJECTED_VERBS
# Light verbs of subjecting: their event is the dative noun, their object is who or what undergoes it ("подвергли
# законопроект критике", "подвергли город обстрелу").
SUBJECTING_VERBS = fold_words("подвергнуть подвергать")

# Occurrence verbs: their subject is the event ("состоялась встреча", "произошла авария", "идут переговоры").
SUPPORT_VERBS = fold_words("""
    состояться проходить пройти произойти происходить случиться начаться начинаться завершиться завершаться
    закончиться заканчиваться прогреметь раздаться вспыхнуть продолжиться продолжаться вестись проводиться
    возобновиться разразиться идти
    открыться открываться стартовать повториться повторяться возобновляться завязаться завязываться
    запланировать планироваться намечаться наметить ожидаться предстоять готовиться
""")
# Occurrence verbs whose subject is only ever an event, never a person ("встреча состоится", "он закончится
# освобождением"): not "проходить" ("он проходил курс лечения"), "идти", "стартовать", "готовиться", "ожидаться",
# "прогреметь", "разразиться", "вспыхнуть", "открыться", "раздаться", "наметить", "запланировать", "повториться",
# which people do too; with "продлиться", "длиться" ("матч продлится два часа").
EVENT_ONLY_VERBS = (SUPPORT_VERBS - fold_words("""
    проходить пройти идти стартовать готовиться ожидаться прогреметь разразиться вспыхнуть открыться открываться
    раздаться наметить запланировать повториться повторяться
""")) | fold_words("продлиться длиться")
# coref102: "пройти", "проходить" of an event taking place ("матч, который пройдет 27 января"), which a person does
# too with an object, a way, a role or a goal ("прошел курс лечения", "проходит по делу как свидетель", "прошла в
# парламент"): the event's verb only without any of those (`coref.rules.taking_place`).
TAKING_PLACE_VERBS = fold_words("пройти проходить")
# Prepositions of a way through or a role with which a person "проходит": "через КПП", "по делу", "как свидетель".
PASSING_PREPOSITIONS = fold_words("по через мимо сквозь вдоль как")
# Adverbs of a goal or a way on foot ("куда она прошла в 2011 году", "прошел туда", "который прошел вперед", "он
# прошел пешком до башни", "прошел полпути"): a person's way, no event's taking place. Not "назад" ("саммит, который
# прошел год назад").
GOAL_ADVERBS = fold_words("куда туда сюда вперед дальше пешком мимо полпути")
# Verbs whose passive participle puts an event ahead ("турнир намечен на 29 августа", "запуск запланирован на
# апрель"); not "назначить" ("назначен министром" is a person).
SCHEDULING_VERBS = PLANNING_VERBS - fold_words("назначить назначать")

# A fall from somewhere ("с лошади", "с моста", "с высоты") is a body's fall, an accident (`events.detection.fall_from`,
# `physical_fall`: "упал с лошади и сломал руку", "после падения с лошади"); a figure falls from a level or a time
# ("рейтинг упал с 63%", "цена упала с начала года"), a player or a team from a rank ("упал с третьего места на
# седьмое", "с пятой позиции", "с первой строчки рейтинга"): these words after "с" are no place to fall from.
FALL_NOUNS = fold_words("падение")
FALL_SOURCE_PREPOSITIONS = frozenset({"с", "со"})
FALL_NON_SOURCE_NOUNS = fold_words("""
    начало конец середина уровень отметка момент пик максимум минимум рекорд место позиция строчка строка
""")

# Verbs of throwing and the explosives whose throw is an attack ("бросил гранату"; not "бросил курить").
THROWING_VERBS = fold_words("бросить бросать метнуть метать швырнуть швырять забросать забрасывать сбросить сбрасывать")
EXPLOSIVE_NOUNS = fold_words("граната бомба снаряд бутылка коктейль взрывчатка взрывпакет петарда")
# What goes off in an explosion (DEVICE_TRIGGERING_VERBS): an explosive, or a noun an explosive adjective marks.
DETONATED_NOUNS = EXPLOSIVE_NOUNS | fold_words("заряд мина фугас пиропатрон детонатор боеприпас тротил сву")
EXPLOSIVE_ADJECTIVES = fold_words("взрывной самодельный боевой")

# Money that is received in a payment: "получил компенсацию", "получать зарплату" (not "получил письмо").
RECEIVED_MONEY_NOUNS = fold_words("""
    компенсация выплата зарплата пенсия пособие гонорар возмещение выкуп
""")

# What is paid regularly for work or by status: wages, pensions, grants, allowances, and work itself ("оплата
# труда"). Receiving or paying it in the imperfective tells an income, a state of affairs, no one payment
# ("получали самую большую зарплату", "будут продолжать получать пенсию"); a payment noun with it as its genitive names
# the kind ("средняя оплата труда", "выплата пенсий") (`regular_payment`, `regular_pay_noun`).
REGULARLY_PAID_NOUNS = fold_words("зарплата плата пенсия оклад стипендия жалованье пособие заработок труд")

# Parliaments: getting into one is being elected ("партия прошла в Госдуму").
PARLIAMENT_NOUNS = fold_words("""
    парламент дума госдума рада бундестаг сейм кнессет меджлис сенат конгресс
    заксобрание риксдаг стортинг хурал курултай
""")
# Verbs of approving what is put before one: with the confirming verbs ("утвердить", events' CONFIRMING_VERBS) a
# parliament's approving a candidate elects him (tests/data/realnews/README.md: "a parliament confirming a candidate
# is election"; `confirmed_by_parliament`).
APPROVING_VERBS = fold_words("одобрить одобрять")
# What a parliament confirms when it confirms a candidate: the candidacy, or a government's line-up
# ("одобрили кандидатуру Небензи", "утвердил состав правительства"), besides a person named.
CANDIDACY_NOUNS = fold_words("кандидатура состав")

# Verbs that set or change a penalty ("ввести штраф", "ужесточить наказание", "смягчить приговор").
NORM_SETTING_VERBS = fold_words("""
    ввести вводить ужесточить ужесточать ужесточаться утяжелить утяжелять смягчить смягчать смягчаться
""")

# Acts that a body adopts: adopting one is a decree ("Госдума приняла поправки", "принять программу действий",
# "приняв часть кодекса", "принятие закона"); an agreement adopted stays an agreement, a draft may be any project.
# The act is the verb's object, never a prepositional complement ("принял участие в программе" adopts nothing).
ADOPTING_VERBS = fold_words("принять принимать")
ADOPTED_ACT_NOUNS = fold_words("""
    закон законопроект поправка бюджет постановление резолюция указ кодекс программа обращение декларация
    конституция стратегия регламент устав концепция доктрина
""")
# Assets that are frozen or blocked in sanctions ("заморозили банковские счета", "блокировка счетов", "заморозить
# активы"); pay and prices frozen by a government are its decree ("заморозил на год зарплаты чиновников").
FROZEN_ASSET_NOUNS = fold_words("счет актив средство имущество вклад капитал")
FROZEN_PAY_NOUNS = fold_words("зарплата пенсия цена тариф индексация")
FREEZING_VERBS = fold_words("заморозить замораживать заблокировать блокировать")
# Emergency regimes: introducing or declaring one is a decree ("введено чрезвычайное положение", "объявлен карантин").
EMERGENCY_REGIME_NOUNS = fold_words("положение карантин режим")
# Disciplinary penalties: announcing one is a sanction on the employee ("объявлен выговор").
DISCIPLINARY_NOUNS = fold_words("выговор взыскание")
# Verbs that impose a disciplinary penalty ("объявил ему выговор", "вынес выговор", "наложить взыскание"), and the
# warning that only a body that rules hands down ("Роскомнадзор вынес предупреждения СМИ"; not "объявлено штормовое
# предупреждение", a weather warning announced).
PENALTY_IMPOSING_VERBS = fold_words("объявить объявлять вынести выносить наложить накладывать")

# Channels of talk at a distance: talks or a meeting held over one are a contact, a call ("телефонные переговоры",
# "переговоры по телефону", "встретились по видеосвязи").
REMOTE_CHANNEL_WORDS = fold_words("""
    телефонный телефон видеосвязь видеоконференция видеоконференцсвязь видеозвонок видеорежим видеоформат
""")

# Emergency services: calling one is a contact ("вызвали скорую помощь", "вызвал полицию"; "вызвать" alone is to
# cause: "вызвал критику"). "скорая помощь" is its noun "помощь"; the adjective said alone ("вызвали скорую") has
# the lemma "скорый".
EMERGENCY_SERVICE_NOUNS = fold_words("""
    скорый помощь полиция милиция подкрепление врач медик пожарный спасатель наряд реанимация
""")

# Levies set by a law: introducing one is a decree ("ввести налог на роскошь", "вводят пошлины").
LEVY_NOUNS = fold_words("налог пошлина акциз")

# Bans a decree imposes, lifts or extends: "ввели мораторий на смертную казнь", "сняли запрет на ввоз", "продлит
# мораторий"; the act is the trigger, the ban its topic. Not "ограничение", which news use of speed limits, power cuts
# and the content of a bill as often ("введены ограничения скорости", "введение ограничений в энергоснабжении").
RESTRICTION_NOUNS = fold_words("запрет мораторий")
# Verbs that impose, lift or extend a ban.
RESTRICTING_VERBS = fold_words("""
    ввести вводить объявить объявлять снять снимать отменить отменять продлить продлевать
""")

# Acts and norms in force that a body changes, extends, suspends or cancels: the change is a decree ("ужесточить
# закон", "продлить мораторий", "смягчить ограничения", "смягчить правила въезда"; `changed_act`), and sanctions
# changed are sanctions ("расширить санкции"). The act is the verb's object or passive subject; an act only named
# ("по закону", "согласно правилам") or one in force described is none. Not an agreement (a treaty is changed by its
# parties: agreement) nor a draft ("изменить проект" of a building); not "порядок", which is any body's procedure as
# often ("организаторы изменили порядок голосования" of a prize).
CHANGED_ACT_NOUNS = fold_words("""
    закон законопроект поправка постановление указ кодекс конституция регламент устав правило норма
    законодательство мораторий запрет ограничение санкция эмбарго требование
""")
CHANGED_SANCTION_NOUNS = fold_words("санкция эмбарго")
# Verbs that change, extend, tighten, ease, suspend or cancel an act in force ("ужесточили закон", "продлит
# ограничения", "приостановил действие указа" is `changed_act` on "действие": the act in its genitive).
ACT_CHANGING_VERBS = fold_words("""
    изменить изменять ужесточить ужесточать смягчить смягчать ослабить ослаблять расширить расширять продлить
    продлевать приостановить приостанавливать отменить отменять упростить упрощать пересмотреть пересматривать
    скорректировать корректировать усилить усиливать снять снимать
""")
# Verbal nouns of the act-changing verbs: with the act in their genitive they name its change ("смягчение санкций",
# "ужесточение закона", "продление ограничений"; `changed_act_noun`).
ACT_CHANGE_NOMINALIZATIONS: dict[str, str] = {
    "изменение": "изменить", "ужесточение": "ужесточить", "смягчение": "смягчить", "ослабление": "ослабить",
    "расширение": "расширить", "продление": "продлить", "приостановление": "приостановить",
    "приостановка": "приостановить", "отмена": "отменить", "упрощение": "упростить", "пересмотр": "пересмотреть",
    "корректировка": "скорректировать", "усиление": "усилить", "снятие": "снять",
}
# Amending verbs: "внести поправки (изменения) в закон" changes the act in its "в + Acc" complement.
AMENDING_VERBS = fold_words("внести вносить")
AMENDMENT_NOUNS = fold_words("поправка изменение дополнение")
# A noun of an act's force: "приостановить действие закона" changes the act in its genitive.
FORCE_NOUNS = fold_words("действие")

# Norms a decree sets, levies, bans and penalties: the act of setting one is the trigger ("ввести", "введение") and
# the norm what it is about, its topic ("власти могут ввести налог на ИИ", "допускает введение такого налога").
SET_NORM_NOUNS = LEVY_NOUNS | RESTRICTION_NOUNS | fold_words("штраф наказание ответственность")

# The noun of the act of voting (an election noun of NOUN_TYPES), whose genitive names who votes, as "визит Путина"
# names who visits ("голосование избирателей", "голосования коллегии выборщиков"), where "выборы президента",
# "избрание Байдена" name the office or the one elected.
VOTING_NOUNS = fold_words("голосование")

# A sentence or a penalty imposed on someone, and the verbs that change, lift or uphold one: "Мосгорсуд смягчил
# приговор активисту", "Верховный суд отменил приговор", "срок лишения свободы сокращен до 6,5 лет", "приговор
# оставлен в силе" tell a ruling on the sentenced, a verdict (`changed_sentence`). "срок" is a sentence only with a
# penalty in its genitive ("срок заключения"; not "сроки строительства"); a penalty changed for a class of offences is
# a norm a law sets ("ужесточили наказание за пьяную езду"), no verdict.
SENTENCE_NOUNS = fold_words("приговор наказание дисквалификация срок")
PENALTY_TERM_NOUNS = fold_words("заключение лишение наказание дисквалификация арест отбывание")
# Receiving a term is being sentenced to it, a verdict on who receives it: "получил условный срок", "получила два года
# колонии", "более сотни исламистов получили длительные сроки" (`events.detection.term_received`): the term as the
# verb's bare object, a year count with its numeral; with a preposition it is a time ("получил в 2010 году", "в аренду
# на 49 лет"), a deadline ("в установленный срок") or an age ("в возрасте 17 лет").
TERM_RECEIVING_VERBS = fold_words("получить получать")
TERM_NOUNS = fold_words("срок год")
SENTENCE_CHANGING_VERBS = fold_words("""
    смягчить смягчать ужесточить ужесточать утяжелить утяжелять сократить сокращать увеличить увеличивать заменить
    заменять отменить отменять изменить изменять пересмотреть пересматривать подтвердить подтверждать оставить
    оставлять
""")

# Courts: what they rule is a verdict ("суд признал решение законным"), what others rule a decree.
COURT_NOUNS = fold_words("суд облсуд горсуд райсуд мосгорсуд трибунал судья коллегия")
# Courts named by their abbreviation, read by the word's text (the tagger gives "ЕСПЧ" a made-up lemma): "по решению
# ЕСПЧ", "постановлением ЕСПЧ", "ордер МУС".
COURT_ABBREVIATIONS = fold_words("еспч мус")
# Bodies that sit in session, courts and parliaments: "в" + Loc of one is where a hearing, a ruling or a vote takes
# place ("приговор оглашен в Мосгорсуде", "законопроект поддержали в Думе"), never what a charge is about.
SITTING_BODY_NOUNS = (COURT_NOUNS - fold_words("судья коллегия")) | PARLIAMENT_NOUNS
# Verbs of sending: their directional complement is a purpose, no event they carry ("направлен на розыск").
SENDING_VERBS = fold_words("направить направлять отправить отправлять прислать присылать")
# Verbs of sending or handing over a case to a court: the case is brought there, a lawsuit ("направила в суд уголовное
# дело", "передать материалы дела в суд"; EVENT_PHRASES, with the court as the goal: `events.detection.court_goal`).
CASE_SENDING_VERBS = SENDING_VERBS | fold_words("передать передавать")
# A body's own sitting: a genitive after it names the body that sits, whose session it is ("заседание суда",
# "слушания МТБЮ", "съезд Единой России"); a summit, a forum, a conference or talks an organization names ("саммит
# НАТО", "форум АТЭС", "переговоры Газпрома и Нафтогаза") gather parties that speak there as themselves.
SESSION_NOUNS = fold_words("заседание слушание слушания съезд")
# An order, a decision or a measure whose content an event noun names ("постановление о привлечении Коршунова",
# "решение об аресте", "мера пресечения в виде заключения под стражу"): whoever issues it does what it orders
# (`events.rules.order_issuer`); the content stands after ORDER_CONTENT_PREPOSITIONS.
ISSUED_ORDER_NOUNS = fold_words("постановление решение приказ распоряжение определение мера")
ORDER_CONTENT_PREPOSITIONS = frozenset({"о", "об", "обо", "в виде"})
# An attempt on a goal ("покушение на убийство"): the goal, after ATTEMPT_GOAL_PREPOSITION, is what was tried and
# not done; the attempt is the happening (`events.detection.attempt_goal`).
ATTEMPT_NOUNS = fold_words("покушение")
ATTEMPT_GOAL_PREPOSITION = "на"
# Verbs of issuing such an order ("вынес постановление", "принято решение", "избрал меру"), not of seeing, reading or
# citing one ("я увидел постановление о возбуждении дела").
ORDER_ISSUING_VERBS = fold_words("""
    вынести выносить принять принимать издать издавать подписать подписывать избрать избирать утвердить утверждать
    выдать выдавать отдать отдавать
""")
# Verbs of authorizing an act: their subject orders the act their object names ("суд санкционировал его арест").
AUTHORIZING_VERBS = fold_words("санкционировать")
# A court's rulings, as what its decision does: "решение суда подтверждено" (upheld), "приговор оставлен в силе".
COURT_RULING_NOUNS = fold_words("решение приговор постановление определение вердикт")
# Verbs of telling news or commenting: a court that "сообщил", "пояснил" or "отметил" tells or comments, through its
# press office or its reasons, and rules on nothing (unlike "суд подтвердил законность ареста", "суд добавил шесть
# лет", "суд потребовал удалить").
PRESS_SPEECH_VERBS = fold_words("""
    заявить заявлять сказать говорить сообщить сообщать сообщаться рассказать рассказывать пояснить пояснять
    объяснить объяснять прокомментировать комментировать высказаться написать говориться отмечаться отметить
    отмечать указать указывать подчеркнуть подчеркивать
""")

# Verbs of being: a participle as their complement tells a state ("остается законно избранным"), no happening.
STATE_VERBS = fold_words("оставаться остаться являться считаться числиться казаться выглядеть")
# Verbs of recording or stopping an occurrence as it happens: their passive subject is the occurrence itself, and
# their time and place are its own ("землетрясение зафиксировано во вторник", "в России предотвращено 500 терактов"),
# unlike a later act on it ("иск будет рассмотрен 17 июня", "следствие закрыто 8 декабря").
# Verbs of preventing: what they prevent did not take place ("предотвращено более 200 терактов"; events'
# `cancelled`).
PREVENTING_VERBS = fold_words("предотвратить предотвращать")
RECORDING_VERBS = PREVENTING_VERBS | fold_words("""
    зафиксировать фиксировать зарегистрировать регистрировать пресечь пресекать
""")
# A norm or a deal coming into force: its day is the effect's, not the day it was made ("соглашение вступит в силу
# весной", "амнистия вступила в силу 7 июня").
IN_FORCE_PHRASES = frozenset({("вступить", "сила"), ("вступать", "сила")})

# What one is removed from in a dismissal: an office or its powers ("отстранили от должности"; not "отстранили от
# участия в конкурсе").
REMOVAL_NOUNS = fold_words("""
    должность пост работа власть обязанность руководство служба управление полномочие командование исполнение
""")

# Nouns of a degree or kind that, in the genitive with their adjective, tell a quality of the noun they follow
# (the genitive of quality): "травмы средней тяжести", "ранения различной степени тяжести", "пожар таких масштабов",
# "нарушения серьезного характера" (no participant of the happening the noun names).
QUALITY_NOUNS = fold_words("тяжесть степень масштаб характер")

# Seats of office and the verbs that give one up or take one, as their object: "уступил пост гендиректора",
# "оставил должность", "покинуть министерское кресло" are resignations, "занял кресло премьер-министра" an
# appointment; not "оставить на посту" (keeping someone in office) nor "место" (a place in a ranking: "занял первое
# место"). The imperfective "занимать пост" tells a state and is left out.
OFFICE_SEAT_NOUNS = fold_words("пост должность кресло")
# Heads whose office only their complement says ("глава Минобороны", "руководитель компании"): another role noun
# ("российский лидер") is not the same person by them alone (quotes: whom the article gives a role).
GENERIC_HEAD_NOUNS = fold_words("глава руководитель председатель лидер начальник")
# The nouns after which a role noun in the genitive names the office, not a person holding it: "пост губернатора",
# "на выборах губернатора" (quotes: whom the article gives a role).
OFFICE_HOLDING_NOUNS = OFFICE_SEAT_NOUNS | fold_words("выборы")
SEAT_LEAVING_VERBS = fold_words("покинуть покидать оставить оставлять уступить уступать")
SEAT_TAKING_VERBS = fold_words("занять")
# Verbs of coming to a seat of office, with "на" + the seat: "пришел на пост министра", "заступил на должность",
# "вернулся на пост", "на его место пришел Абу Хавс" (perfective only: "приходить на работу" tells a habit).
SEAT_COMING_VERBS = fold_words("прийти заступить вернуться")
# A place that is a seat of office when it is someone's or an office's (`events.detection.taken_seat`): "его место
# занял", "место гендиректора занял"; not a place in a ranking ("занял первое место", "заняла место Шараповой").
OWNED_SEAT_NOUNS = fold_words("место")
# Every seat of office: a post, an office, a chair, or a place that is someone's or an office's (events: `taken_seat`,
# `seat_office`, `handover`).
SEAT_NOUNS = OFFICE_SEAT_NOUNS | OWNED_SEAT_NOUNS
# What a place lies in, with "в"/"на", when it is a place in a ranking, a list or a team, no seat of office: "занял
# его место в рейтинге", "в стартовом составе его место занял", "ее место в сборной заняла" (`events.detection.
# taken_seat`). "состав" of a body is a board ("место в составе совета директоров") and stays a seat.
RANKING_NOUNS = fold_words("рейтинг список перечень таблица табель классификация зачет топ чарт хит-парад состав "
                           "сборная команда")

# Membership of a body taken or left (EVENTS.md: appointment, resignation, dismissal; `events.detection.
# body_membership`). A body of members is a government, a chamber, a council, a committee or a board
# (MEMBER_BODY_NOUNS), or "состав" of one ("вышел из состава совета"); a parliament's members come in by a vote
# (PARLIAMENT_NOUNS: "хочет попасть в Госдуму" is an election). Who goes out of a body steps down ("вышел из совета",
# "уходит из верхней палаты", "покинет Совет Федерации"), and so does who leaves politics ("уходит из большой
# политики"); who is put out of one is dismissed ("исключен из состава совета", "выведен из состава правительства");
# who gets into one or goes over to one is appointed ("попал в комитет", "перешел в правительство"). Not a party or
# a faction, whose members hold no office (the dev gold leaves "вступил в КПРФ, в 2013-м вышел из партии" out), not a
# team, a list or a ranking ("ушел из сборной", "исключить из списка"), not the imperfective "входить", which tells
# a state ("входит в совет"), and only when who moves is a person ("Россия вышла из Совета Европы", "Крым вошел в
# состав России" are no one's post).
MEMBER_BODY_NOUNS = PARLIAMENT_NOUNS | fold_words("""
    правительство совет совфед комитет комиссия коллегия правление президиум политбюро руководство
""")
# A chamber is a body only as a chamber of a parliament or a public chamber ("уходит из верхней палаты", "палата
# общин", "Общественная палата"), not a ward ("войти в палату"); "кабинет" is left out (a room: "покинуть кабинет").
CHAMBER_NOUNS = fold_words("палата")
CHAMBER_WORDS = fold_words("верхний нижний общественный счетный парламент община лорд представитель депутат")
# The words of a chamber whose members are voted in, as a parliament's ("попасть в Палату представителей", "прошел в
# палату общин" are an election; the upper, public or audit chamber is filled by appointment).
ELECTED_CHAMBER_WORDS = fold_words("нижний община представитель депутат")
LEFT_CAREER_NOUNS = fold_words("политика")
# By verb lemma: the preposition of the body ("" for a direct object: "покинул правительство") and the type.
MEMBERSHIP_VERBS: dict[str, tuple[str, str]] = {
    **{verb: ("из", "resignation") for verb in fold_words("уйти уходить выйти выходить")},
    **{verb: ("", "resignation") for verb in fold_words("покинуть покидать")},
    **{verb: ("из", "dismissal") for verb in fold_words("исключить исключать вывести выводить изгнать изгонять")},
    **{verb: ("в", "appointment") for verb in fold_words("войти попасть попадать перейти переходить")},
}
# Their verbal nouns, which keep the preposition ("уход из правительства", "выход из партии", "исключение из
# совета", "переход в правительство"); not "вхождение", used of lands (PHRASE_NOMINALIZATIONS).
MEMBERSHIP_NOUNS: dict[str, str] = {"уход": "уйти", "выход": "выйти", "исключение": "исключить",
                                    "переход": "перейти"}

# Opening a case ("открыть дело") is an investigation only when the case is a legal one: an adjective of its kind
# ("уголовное", "дисциплинарное") or whom or what it is against ("против Блаттера", "в отношении него", "по факту
# гибели", "по статье"); else it is a business started ("открыть свое дело", "открытия нового дела").
CASE_OPENING_VERBS = fold_words("открыть открывать открытие")
# The nouns of a case one opens: "дело", and Ukraine's "уголовное производство" ("По факту ДТП открыто уголовное
# производство"; "открыли производство автомобилей" is a business, as "открыть свое дело").
OPENED_CASE_NOUNS = fold_words("дело производство")
CASE_KIND_ADJECTIVES = fold_words("уголовный дисциплинарный административный судебный арбитражный")
CASE_TARGET_PREPOSITIONS = frozenset({"против", "в отношении"})
# After "по", only the ground of a case ("по факту гибели", "по статье о мошенничестве", "по подозрению в краже");
# "открыл дело по продаже одежды" is a business.
CASE_GROUND_NOUNS = fold_words("факт статья часть подозрение обвинение признак заявление жалоба")

# A court's choice of restraint: the verbs of choosing with "мера" (пресечения) name the custody the court orders
# ("избрал меру пресечения", "избрана мера пресечения"), and so does their verbal noun ("об избрании обвиняемому меры
# пресечения", "избрание меры пресечения происходило в закрытом режиме"), never an election (events
# `retype_by_complement`).
RESTRAINT_CHOOSING_VERBS = fold_words("избрать избирать")
RESTRAINT_CHOOSING_WORDS = RESTRAINT_CHOOSING_VERBS | fold_words("избрание")
RESTRAINT_NOUN = "мера"
# Genitives that make one legal term with their head ("мера пресечения"): the genitive names no participant of the
# event the term is part of ("об избрании обвиняемому меры пресечения": the accused is the patient, not "пресечения").
TERM_GENITIVES: frozenset[tuple[str, str]] = frozenset({(RESTRAINT_NOUN, "пресечение")})

# The ones an investigation identifies as who did it: a suspect, the perpetrator, the culprit, persons ("лицо", the
# word of procedure: "установлены лица, причастные к нападению"); with "установить" a step of an investigation
# (EVENT_PHRASES).
IDENTIFIED_DOER_NOUNS = fold_words("""
    подозреваемый исполнитель преступник виновник убийца злоумышленник нападавший лицо
    подозревать
""")  # "подозревать": the tagger's lemma of "подозреваемого" used as a noun

# Fixed verb + noun phrases whose noun is not an event noun by itself ("подал в суд", "взяли под стражу", "возбудили
# дело", "открыли огонь"), by (verb lemma, noun lemma), with the type they evoke.
EVENT_PHRASES: dict[tuple[str, str], str] = {
    ("подать", "суд"): "lawsuit",
    ("подавать", "суд"): "lawsuit",
    ("обратиться", "суд"): "lawsuit",
    ("взять", "стража"): "detention",
    ("заключить", "стража"): "detention",
    # a court turning a claim down rules ("суд отказал в удовлетворении иска"), as "отклонил иск" does
    ("отказать", "удовлетворение"): "verdict",
    ("отказывать", "удовлетворение"): "verdict",
    ("отправить", "отставка"): "dismissal",
    ("снять", "должность"): "dismissal",
    ("освободить", "должность"): "dismissal",
    ("сойти", "рельс"): "accident",
    ("пойти", "дно"): "accident",  # a vessel sunk: "судно пошло ко дну"
    ("возбудить", "дело"): "investigation",
    ("открыть", "огонь"): "attack",
    # fire kept up, a fight joined, an ambush run into: armed combat ("ведут огонь по американским военнослужащим",
    # "вступили в бой с боевиками", "колонна попала в засаду")
    ("вести", "огонь"): "attack",
    ("вступить", "бой"): "attack", ("вступать", "бой"): "attack",
    ("попасть", "засада"): "attack", ("попадать", "засада"): "attack", ("угодить", "засада"): "attack",
    ("принять", "отставка"): "dismissal",
    ("выйти", "улица"): "protest",
    ("дать", "согласие"): "agreement",
    ("давать", "согласие"): "agreement",
    ("заручиться", "поддержка"): "support",
    # support declared is support ("FIA заявляла о поддержке", "объявил о поддержке кандидата")
    ("заявить", "поддержка"): "support",
    ("заявлять", "поддержка"): "support",
    ("объявить", "поддержка"): "support",
    ("объявлять", "поддержка"): "support",
    ("брать", "взятка"): "payment",
    ("взять", "взятка"): "payment",
    ("получить", "взятка"): "payment",
    ("получать", "взятка"): "payment",
    ("признать", "виновный"): "verdict",  # "суд признал его виновным", "был признан виновным"
    ("признавать", "виновный"): "verdict",
    ("признать", "невиновный"): "verdict",  # an acquittal: "его признали невиновным"
    ("признавать", "невиновный"): "verdict",
    ("завести", "дело"): "investigation",
    ("выйти", "свобода"): "release",
    ("выходить", "свобода"): "release",
    ("уйти", "жизнь"): "death",
    # lives taken: deaths whose cause is the subject ("циклон унес жизни двух человек", "катастрофы, унесшей жизни
    # 143 человек", "взрывы унесли жизни 35 человек"); the perfective only: "уносит жизни" tells an ongoing toll
    # ("ковид по-прежнему уносит тысячи жизней"), no one happening
    ("унести", "жизнь"): "death",
    ("вступить", "должность"): "appointment",
    ("объявить", "розыск"): "investigation",
    ("победить", "выборы"): "election",
    ("сложить", "полномочие"): "resignation",
    ("снять", "санкция"): "sanctions",
    ("отменить", "санкция"): "sanctions",
    ("взять", "заложник"): "attack",
    ("получить", "ранение"): "injury",  # a verb of undergoing: its subject is the injured
    ("получать", "ранение"): "injury",
    ("получить", "травма"): "injury",
    ("получать", "травма"): "injury",
    ("получить", "перелом"): "injury",
    ("получать", "перелом"): "injury",
    ("причинить", "вред"): "injury",
    ("причинять", "вред"): "injury",
    ("причинить", "ущерб"): "damage",
    ("причинять", "ущерб"): "damage",
    ("нанести", "ущерб"): "damage",
    ("наносить", "ущерб"): "damage",
    ("получить", "повреждение"): "damage",  # a thing undergoing damage ("здание получило серьезные повреждения")
    ("получать", "повреждение"): "damage",
    ("получить", "деньга"): "payment",  # pymorphy's lemma of "деньги"
    ("получать", "деньга"): "payment",
    # both aspects of the phrases above, and more of the kind
    ("возбуждать", "дело"): "investigation",
    ("заводить", "дело"): "investigation",
    # a case opened ("открыто уголовное дело", "открыло дело против Блаттера"); not a business started ("открыть
    # свое дело": `opened_business` asks for a kind of case or whom it is against)
    ("открыть", "дело"): "investigation", ("открывать", "дело"): "investigation",
    # Ukraine's criminal procedure: "открыто уголовное производство" is a case opened (the same guard)
    ("открыть", "производство"): "investigation", ("открывать", "производство"): "investigation",
    ("предъявить", "обвинение"): "investigation",  # a formal charge, not a speech act ("выдвинул обвинения")
    ("предъявлять", "обвинение"): "investigation",
    ("брать", "стража"): "detention",
    ("заключать", "стража"): "detention",
    ("поместить", "сизо"): "detention",
    ("помещать", "сизо"): "detention",
    ("поместить", "изолятор"): "detention",
    ("отправить", "сизо"): "detention",
    ("отправлять", "отставка"): "dismissal",
    ("снимать", "должность"): "dismissal",
    ("освобождать", "должность"): "dismissal",
    ("освободить", "пост"): "dismissal",
    ("освобождать", "пост"): "dismissal",
    # a minister's portfolio is his office: "от портфеля освобожден министр" (not "обязанность": "не освобождает от
    # обязанности держаться в стороне" is an obligation)
    ("освободить", "портфель"): "dismissal",
    ("освобождать", "портфель"): "dismissal",
    ("снять", "пост"): "dismissal",
    ("уйти", "пост"): "resignation",
    ("уйти", "должность"): "resignation",
    ("уходить", "пост"): "resignation",
    ("слагать", "полномочие"): "resignation",
    ("вступать", "должность"): "appointment",
    ("выиграть", "выборы"): "election",
    ("проиграть", "выборы"): "election",
    ("побеждать", "выборы"): "election",
    ("набрать", "голос"): "election",
    ("вынести", "решение"): "verdict",  # a court's ruling
    ("выносить", "решение"): "verdict",
    ("назначить", "наказание"): "verdict",
    ("назначить", "штраф"): "verdict",
    ("открывать", "огонь"): "attack",
    ("брать", "заложник"): "attack",
    ("покончить", "себя"): "death",  # "покончил с собой"
    ("сходить", "рельс"): "accident",
    ("обращаться", "суд"): "lawsuit",
    ("выходить", "улица"): "protest",
    ("снимать", "санкция"): "sanctions",
    ("отменять", "санкция"): "sanctions",
    ("наносить", "вред"): "injury",
    ("нанести", "вред"): "injury",
    ("объявлять", "розыск"): "investigation",
    ("получить", "поддержка"): "support",  # its subject is whom the support goes to
    ("получать", "поддержка"): "support",
    ("находиться", "розыск"): "investigation",  # "находится в розыске": wanted
    ("находиться", "визит"): "visit",  # "находится с визитом в Москве": one trip, the verb's subject the visitor
    **{(verb, RESTRAINT_NOUN): "detention" for verb in RESTRAINT_CHOOSING_VERBS},  # "избрал меру пресечения": custody
    ("отбывать", "срок"): "detention",  # serving a term
    ("отбывать", "наказание"): "detention",
    ("отбыть", "срок"): "detention",
    ("признать", "законный"): "verdict",  # "суд признал решение законным"
    ("признать", "незаконный"): "verdict",
    ("провести", "акция"): "protest",  # "акция" alone is as often a share
    ("проводить", "акция"): "protest",
    ("устроить", "акция"): "protest",
    ("организовать", "акция"): "protest",
    ("прекратить", "дело"): "investigation",
    ("оказаться", "свобода"): "release",  # "на свободе оказались"
    # a bomber blowing himself up is an attack ("смертник подорвал себя в кафе")
    ("подорвать", "себя"): "attack", ("взорвать", "себя"): "attack",
    # a court hearing a case is its discussion ("суд рассмотрел дело", "рассматривает жалобу"), and so is a parliament
    # considering a bill ("Госдума рассматривает законопроект")
    ("рассмотреть", "дело"): "discussion", ("рассматривать", "дело"): "discussion",
    ("рассмотреть", "законопроект"): "discussion", ("рассматривать", "законопроект"): "discussion",
    # a bomb dropped is a strike ("сбросил бомбу на город", "бомба была сброшена")
    **{(verb, noun): "attack" for verb in ("сбросить", "сбрасывать") for noun in ("бомба", "снаряд", "боеприпас")},
    # an explosive thrown is an attack ("бросил гранату в толпу", "метнул бутылку с зажигательной смесью")
    **{(verb, noun): "attack" for verb in THROWING_VERBS for noun in EXPLOSIVE_NOUNS},
    # money received is a payment to the subject ("получил компенсацию", "не получили зарплату")
    **{(verb, noun): "payment" for verb in ("получить", "получать") for noun in RECEIVED_MONEY_NOUNS},
    # a party or a candidate getting into a parliament is elected ("в бундестаг прошли шесть партий")
    **{(verb, noun): "election" for verb in ("пройти", "проходить") for noun in PARLIAMENT_NOUNS},
    # calling an emergency service is a call, a contact ("вызвали скорую помощь", "вызвал подкрепление")
    **{(verb, noun): "contact" for verb in ("вызвать", "вызывать") for noun in EMERGENCY_SERVICE_NOUNS},
    # putting someone in prison is a detention ("заключены в тюрьму", "посадили в СИЗО")
    **{(verb, noun): "detention" for verb in ("заключить", "заключать", "посадить", "сажать", "поместить",
                                              "помещать", "отправить", "отправлять")
       for noun in ("тюрьма", "сизо", "изолятор")},
    # coming to power is taking an office ("с приходом к власти", "пришел к власти")
    ("прийти", "власть"): "appointment", ("приходить", "власть"): "appointment",
    # adopting an act is a decree ("приняла 4 обращения", "принять совместную программу"; `nominalized_phrase`:
    # "принятие нового кодекса"), freezing assets a sanction, freezing pay a decree, introducing an emergency regime
    # a decree, announcing a disciplinary penalty a sanction
    **{(verb, noun): "decree" for verb in ADOPTING_VERBS for noun in ADOPTED_ACT_NOUNS},
    **{(verb, noun): "sanctions" for verb in FREEZING_VERBS for noun in FROZEN_ASSET_NOUNS},
    **{(verb, noun): "decree" for verb in ("заморозить", "замораживать") for noun in FROZEN_PAY_NOUNS},
    **{(verb, noun): "decree" for verb in ("ввести", "вводить", "объявить", "объявлять")
       for noun in EMERGENCY_REGIME_NOUNS},
    **{(verb, noun): "sanctions" for verb in PENALTY_IMPOSING_VERBS for noun in DISCIPLINARY_NOUNS},
    ("вынести", "предупреждение"): "sanctions", ("выносить", "предупреждение"): "sanctions",
    # bringing someone to trial is a case in court ("арестовать их и предать суду", "предание суду"); taking the reins
    # of government is taking an office ("приняла бразды правления клубом")
    ("предать", "суд"): "lawsuit", ("предавать", "суд"): "lawsuit",
    **{(verb, "бразда"): "appointment"
       for verb in ("принять", "принимать", "взять", "брать", "передать", "передавать")},
    # identifying someone and splitting off a case are steps of an investigation ("установили личность водителя",
    # "дело выделено в отдельное производство"); filing for divorce is a suit ("подали на развод"); coming to an
    # agreement is one ("пришли к мировому соглашению")
    **{(verb, noun): "investigation" for verb in ("установить", "устанавливать")
       for noun in ("личность", "местонахождение")},
    # and so is identifying the one who did it (IDENTIFIED_DOER_NOUNS: "Следствие установило подозреваемого",
    # "установлен непосредственный исполнитель", "установили лиц, подозреваемых в причастности"), not a cause or
    # circumstances, which the golds split ("установлены причины", "установление обстоятельств взрыва")
    **{(verb, noun): "investigation" for verb in ("установить", "устанавливать") for noun in IDENTIFIED_DOER_NOUNS},
    ("выделить", "производство"): "investigation", ("выделять", "производство"): "investigation",
    ("подать", "развод"): "lawsuit", ("подавать", "развод"): "lawsuit",
    **{(verb, noun): "agreement" for verb in ("прийти", "приходить")
       for noun in ("соглашение", "договоренность", "компромисс")},
    # a penalty introduced or made harsher by a law is the law's, a decree ("ввели штрафы за ...", "ужесточено
    # наказание за ..."); a sentence made harsher or milder is a court's, a verdict ("утяжелил приговор")
    **{(verb, noun): "decree" for verb in NORM_SETTING_VERBS for noun in ("штраф", "наказание", "ответственность")},
    # and so is a tax or a duty ("власти могут ввести налог", "ввели пошлины")
    **{(verb, noun): "decree" for verb in ("ввести", "вводить") for noun in LEVY_NOUNS},
    # and so is a ban imposed, lifted or extended ("ввели мораторий", "снять запрет", "продлит мораторий")
    **{(verb, noun): "decree" for verb in RESTRICTING_VERBS for noun in RESTRICTION_NOUNS},
    **{(verb, "приговор"): "verdict" for verb in NORM_SETTING_VERBS - {"ввести", "вводить"}},
    # joining a governing body is an appointment ("вошел в состав правления", "введен в состав совета"), and so is
    # forming a government ("правительство было сформировано"); "входит в состав" tells a state
    **{(verb, "состав"): "appointment" for verb in ("войти", "ввести", "включить")},
    **{(verb, noun): "appointment" for verb in ("сформировать", "формировать")
       for noun in ("правительство", "кабинет")},
    # a seat of office given up or taken as the verb's object (OFFICE_SEAT_NOUNS; `phrase` refuses "на посту")
    **{(verb, noun): "resignation" for verb in SEAT_LEAVING_VERBS for noun in OFFICE_SEAT_NOUNS},
    **{(verb, noun): "appointment" for verb in SEAT_TAKING_VERBS for noun in OFFICE_SEAT_NOUNS},
}

# A case sent or handed over to a court is brought there, a lawsuit, as "предать суду" is ("прокуратура направила в
# суд уголовное дело", "дело направлено в Мосгорсуд", "планируют передать материалы дела в суд", "направление
# материалов в суд"): fixed phrases of the events (`events.vocabulary.PHRASES`), kept apart from EVENT_PHRASES, whose
# lawsuit verbs coref reads as turning to the court as an institution ("подать в суд"). The court is where the case
# goes, one court, and what goes there is the case or its file (CASE_FILE_NOUNS; `events.detection.court_goal`).
CASE_SENDING_PHRASES: dict[tuple[str, str], str] = {
    (verb, noun): "lawsuit" for verb in CASE_SENDING_VERBS for noun in SITTING_BODY_NOUNS - PARLIAMENT_NOUNS}
# What is sent to a court as a case: the case, its file or materials, the charge, the findings of a probe or an
# inspection ("направил в суд обвинительное заключение", "акт будет направлен в суд"); not a motion or a document in
# a case already there ("направил в суд ходатайство", "прислал в суд документ").
CASE_FILE_NOUNS = fold_words("дело материал материалы расследование иск обвинение заключение акт протокол")

# Verbal nouns of the verbs of fixed phrases, by noun: with the phrase's noun in the genitive they name its event
# ("введение налога" is "ввести налог", "возбуждение дела" is "возбудить дело").
PHRASE_NOMINALIZATIONS: dict[str, str] = {
    "введение": "ввести", "возбуждение": "возбудить", "предъявление": "предъявить", "взятие": "взять",
    "снятие": "снять", "отмена": "отменить", "объявление": "объявить", "вызов": "вызвать",
    # adopting an act, freezing assets ("принятие закона", "замораживание счетов", "блокировка счетов")
    "принятие": "принять", "замораживание": "заморозить", "заморозка": "заморозить", "блокировка": "заблокировать",
    "блокирование": "заблокировать",
    # a verbal noun keeps its verb's prepositional complement ("приход к власти", "заключение под стражу",
    # "помещение в СИЗО", "обращение в суд", "подача в суд", "снятие с должности", "освобождение от должности",
    # "отправка в отставку", "сход с рельсов", "приход к соглашению") and its object ("установление личности",
    # "открытие огня"); not "вхождение"/"включение в состав", which news use of a territory joining a state
    # ("вхождение Крыма в состав России") more than of a person joining a body
    "приход": "прийти", "уход": "уйти", "заключение": "заключить", "помещение": "поместить", "обращение": "обратиться",
    "подача": "подать", "освобождение": "освободить", "отправка": "отправить", "сход": "сойти",
    "установление": "установить", "открытие": "открыть", "предание": "предать",
    "направление": "направить", "передача": "передать",  # "направление материалов в суд", "передача дела в суд"
    "избрание": "избрать",  # "избрание меры пресечения" (RESTRAINT_CHOOSING_WORDS)
}

# Quantifiers of a class: a present-tense verb with one as subject tells what a class usually does ("большинство
# компаний платят налоги", "многие покупают жилье"), no happening.
CLASS_QUANTIFIERS = fold_words("большинство многие многое каждый любой всякий")

# Quantifiers of a whole set: a party told with one ("все партии", "многие депутаты") is several parties, and what it
# does may be several happenings ("Шествия и митинги проведут все партии": each party its own).
SET_QUANTIFIERS = CLASS_QUANTIFIERS | fold_words("весь")

# "оба"/"обе": two of a pair named before ("оба кандидата" speak as the two; "оба теракта" count as two, events
# `counted_happenings`).
BOTH_WORDS = fold_words("оба обе")
# "другой"/"иной" beside a noun: another one than told before ("двое других мужчин" are not the "двое мужчин";
# events `happenings._party`).
OTHER_ONE_WORDS = fold_words("другой иной")

# Adverbs of quantity: a present tense with one counts a class, what usually happens ("очень много приезжает
# пожилых людей", "немало платят за это"), no happening.
QUANTITY_ADVERBS = fold_words("много немало мало")

# Words of a share in per cent: as the subject of an imperfective they tell what part of a people thinks or does, a
# poll's figure, no happening ("80% израильтян поддерживают этот проект", "48% респондентов одобряли").
SHARE_WORDS = fold_words("% процент")
# Focus particles: they bear on the sentence, not on the noun phrase they stand before ("всего лишь 20% кадровиков
# сообщили", "ещё 10% признались", "даже эксперты признают"): no part of a source's name.
FOCUS_PARTICLES = fold_words("лишь всего только даже ещё также тоже именно")

# Adverbs of repetition: with them a verb tells what usually happens, not a happening ("ежегодно тратят",
# "обычно задерживают").
HABITUAL_ADVERBS = fold_words("""
    ежегодно ежемесячно еженедельно ежедневно ежесуточно обычно регулярно традиционно постоянно периодически
    систематически нередко часто иногда зачастую всегда неоднократно
""")
# Adverbs of a low frequency: with them a verb tells what happens now and then, no happening either ("Скат очень
# редко нападает на людей", "приезжает он сюда нечасто").
RARE_FREQUENCY_ADVERBS = fold_words("редко нечасто изредка порой подчас")
# The adjectives whose comparative is an adverb of frequency: "чаще", "реже" are lemmatized "частый", "редкий" (read
# with Degree=Cmp: "россияне все чаще жалуются", "приезжают реже").
COMPARED_FREQUENCY_ADJECTIVES = fold_words("частый редкий")

# The calendar's words, defined once. Month and weekday forms in every case are the dates rules' hot tables (a dict
# lookup per token: forms listed, not lemmatized); their lemmas are the nouns of time of the other rule packages.
# Month forms: the genitive is what follows a day number ("5 мая").
MONTH_FORMS: dict[int, tuple[str, ...]] = {
    1: ("январь", "января", "январе", "январю", "январем", "январём"),
    2: ("февраль", "февраля", "феврале", "февралю", "февралем", "февралём"),
    3: ("март", "марта", "марте", "марту", "мартом"),
    4: ("апрель", "апреля", "апреле", "апрелю", "апрелем"),
    5: ("май", "мая", "мае", "маю", "маем"),
    6: ("июнь", "июня", "июне", "июню", "июнем"),
    7: ("июль", "июля", "июле", "июлю", "июлем"),
    8: ("август", "августа", "августе", "августу", "августом"),
    9: ("сентябрь", "сентября", "сентябре", "сентябрю", "сентябрем", "сентябрём"),
    10: ("октябрь", "октября", "октябре", "октябрю", "октябрем", "октябрём"),
    11: ("ноябрь", "ноября", "ноябре", "ноябрю", "ноябрем", "ноябрём"),
    12: ("декабрь", "декабря", "декабре", "декабрю", "декабрем", "декабрём"),
}
# Weekday forms in the singular (plural "по пятницам" is a frequency, not a date); Monday is 0, the nominative first.
WEEKDAY_FORMS: dict[int, tuple[str, ...]] = {
    0: ("понедельник", "понедельника", "понедельнику"),
    1: ("вторник", "вторника", "вторнику"),
    2: ("среда", "среду", "среды", "среде"),
    3: ("четверг", "четверга", "четвергу"),
    4: ("пятница", "пятницу", "пятницы", "пятнице"),
    5: ("суббота", "субботу", "субботы", "субботе"),
    6: ("воскресенье", "воскресенья", "воскресенью"),
}
MONTHS: dict[str, int] = {form: month for month, forms in MONTH_FORMS.items() for form in forms}  # "мая" → 5
MONTH_LEMMAS = frozenset(forms[0] for forms in MONTH_FORMS.values())
# Month abbreviations of datelines and agency stamps ("БЕРЛИН, 12 мар — РИА Новости", "КИЕВ, 3 окт ПРАЙМ"): read
# only right after a day number, where they cannot be another word (the dates rules; entities' `dateline_place`).
MONTH_ABBREVIATION_FORMS: dict[int, tuple[str, ...]] = {
    1: ("янв",), 2: ("фев", "февр"), 3: ("мар",), 4: ("апр",), 6: ("июн",), 7: ("июл",), 8: ("авг",),
    9: ("сен", "сент"), 10: ("окт",), 11: ("ноя", "нояб"), 12: ("дек",),
}
WEEKDAY_LEMMAS = frozenset(forms[0] for forms in WEEKDAY_FORMS.values())
# Nouns of the calendar: the days of the week, the months, a date ("на среду", "на 12 марта", "на эту дату").
CALENDAR_NOUNS = WEEKDAY_LEMMAS | MONTH_LEMMAS | fold_words("число дата")
# Nouns of a span of time, and the parts of a period before one ("в конце августа", "в начале прошлой недели", "в
# середине 2011 года"): the heads of time adverbials (lemmas; the dates rules read the word forms, dates.lexicon).
# The one list of time nouns the areas' sets are built from: the units a span is measured in ("за неделю до", "на
# два дня", "в течение 24 часов") and the parts of a day ("в ночь на", "утром").
DURATION_NOUNS = fold_words("секунда минута час сутки день неделя месяц год")
DAY_PART_NOUNS = fold_words("ночь утро вечер")
TIME_UNIT_NOUNS = (DURATION_NOUNS - fold_words("секунда")) | DAY_PART_NOUNS | fold_words("полдень полночь")
PERIOD_PART_NOUNS = fold_words("начало середина конец исход")
# The nouns of time a text places things in (units, parts of a period, months): "в середине ноября", "2 ноября"
# name no thing a pronoun goes on with (`coref.rules.body_thing`).
TIME_PLACING_NOUNS = TIME_UNIT_NOUNS | PERIOD_PART_NOUNS | MONTH_LEMMAS

# Deictic day words: offset in days from the writing day ("вчера" -1); the dates rules resolve them, quotes read
# them as time words. Ukrainian forms too: Russian-language Ukrainian news quotes officials' posts as written
# ("Сьогодні підписав…").
RELATIVE_DAYS: dict[str, int] = {"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2,
                                 "накануне": -1, "сьогодні": 0, "вчора": -1, "учора": -1, "позавчора": -2,
                                 "післязавтра": 2}

# Cardinal number words and their values (None: an unstated count, "несколько", "полтора"): how many units a date
# counts back ("три дня назад") and how many happenings a noun counts ("двух терактов").
NUMBER_WORDS: dict[str, int | None] = {
    "один": 1, "одну": 1, "два": 2, "две": 2, "пару": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300,
    "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "несколько": None, "много": None, "пару-тройку": None, "полтора": None, "полторы": None,
}
# The numerals whose nominative takes a noun in the genitive singular ("два эксперта", "три человека", "оба
# кандидата", "полторы тысячи"); every other cardinal and every collective takes the genitive plural ("пять
# экспертов", "пятеро задержанных"), by their lemmas (pymorphy3's normal form: "двух", "две" -> "два").
PAUCAL_NUMERALS = fold_words("два три четыре оба полтора")

# Verbs of a legal status: their attributive participle tells the status in force, no act of banning, allowing or
# agreeing ("запрещенная в России группировка", "реестр запрещенных сайтов", "разрешенные препараты", "работа идет по
# согласованному графику", "согласованные действия сторон").
STATUS_VERBS = fold_words("запретить запрещать разрешить разрешать согласовать согласовывать")

# Nouns of works: a quoted name right after one is a title ("книга «Смерть диссидента»", "фильм «Взрыв»"), no
# person, place or organization, and its event words are no happening.
WORK_NOUNS = fold_words("""
    книга роман повесть рассказ пьеса поэма стихотворение статья очерк эссе монография сборник фильм кинофильм
    мультфильм картина лента документальный документалка сериал телесериал спектакль постановка опера балет мюзикл
    песня сингл альбом композиция клип шоу телешоу телепередача выставка
""")
# Periodicals, programmes and reports are titled like works ("доклад «Мир в 2030 году»"), but periodicals and
# programmes are named as the organizations that speak through them ("газета «Известия»", "в интервью программе
# «Итоги»").
TITLED_NOUNS = WORK_NOUNS | fold_words("доклад журнал газета программа передача")

# Event nouns whose event befalls a person, with another sense when a thing is in the genitive ("назначение
# объекта" its purpose, "освобождение территории" its liberation, "задержание рейса" a delay).
PERSON_EVENT_NOUNS = fold_words("назначение освобождение задержание арест собрание")

# Event nouns in a prepositional phrase of another sense, by the prepositions that make it: "попали в распоряжение
# издания", "в распоряжении следствия" (at someone's disposal, no order given).
IDIOM_PREPOSITIONS: dict[str, frozenset[str]] = {"распоряжение": frozenset({"в"})}

# Event nouns whose "в" + locative is a status the happening left, no happening: "майор в отставке", "офицеры в
# отставке и резервисты", "он давно в отставке" (retired); "ушел в отставку", "об отставке" tell the resignation.
STATUS_LOCATIVE_NOUNS = fold_words("отставка")
# Verbs that state where or how one is, a status: "находится в отставке", "остается в отставке".
STATE_BEING_VERBS = fold_words("находиться быть состоять оставаться пребывать")

# Where one goes to: places, the scene ("выехали на место", "прибыли на место происшествия") and one's own country
# ("вернулись на родину").
DESTINATION_NOUNS = PLACE_NOUNS | fold_words("место родина")

# The parts of a building where a happening takes place: "убит на лестничной площадке в подъезде", "пожар на
# третьем этаже", "в зале суда", "в подвале дома" (events: a place; not places for typing names or coreference).
BUILDING_PART_NOUNS = fold_words("подъезд этаж подвал площадка коридор холл зал крыша")

# Building parts that also name a forum figuratively: "обсудят на площадке ООН", "на международной площадке" (events
# `forum_platform`), as against "на лестничной площадке", "на площадке АЭС".
FORUM_NOUNS = fold_words("площадка")
# Adjectives that make such a noun a forum: "на международной площадке", "переговорная площадка".
FORUM_ADJECTIVES = fold_words("международный переговорный дискуссионный экспертный")

# Where things happen besides places one goes to: the points of a road ("на 36-м километре трассы", "на участке
# дороги", "на перекрестке"), a detention facility ("в следственном изоляторе") and a building's parts.
SCENE_NOUNS = DESTINATION_NOUNS | BUILDING_PART_NOUNS | fold_words("""
    километр км дорога автодорога магистраль участок перекресток развязка обочина изолятор
""")

# Parts of a place by the compass: with the place they are part of in the genitive they are a place themselves ("на
# северо-западе Москвы", "на юге страны", "на востоке Украины"); alone they may name a side of the world ("на Западе").
COMPASS_NOUNS = fold_words("""
    север юг запад восток северо-запад северо-восток юго-запад юго-восток
""")

# Pro-adverbs of place: an argument as they stand ("захватили там", "приезд туда"), like a pronoun.
PLACE_ADVERBS = fold_words("там туда здесь тут сюда")

# Nouns of one's own attempt or intention: their infinitive is done by whoever attempts or intends ("заявил о своих
# попытках связаться с министром": the one who tried gets in touch); so by whoever threatens or promises ("после
# угрозы властей разогнать демонстрантов", "дал обещание продлить соглашение"); not nouns of asking or ordering, whose
# addressee does it ("требование освободить", "просьба приехать").
SELF_INTENTION_NOUNS = fold_words("""
    попытка намерение желание готовность решимость стремление решение план отказ угроза обещание обязательство
""")

# Adverbs that set a clause after or before the one it is joined to ("задержан 25 марта и позже осужден"): the
# conjunct happened at another time than its neighbour's date.
SEQUENCE_ADVERBS = fold_words("позже позднее затем потом впоследствии ранее прежде вскоре")

# Conjunctions that set a clause against the one before ("..., а мировые лидеры вели переговоры", "..., но компания
# подала иск"): a clause so joined, with a subject of its own, tells another happening at its own time
# (events' `contrasted_clause`).
CONTRASTIVE_CONJUNCTIONS = fold_words("а но однако зато")

# The office one is appointed to act in ("назначен исполняющим обязанности главы управления"): the participle of the
# verb with its noun (events' `acting_office`).
ACTING_OFFICE_PHRASES = frozenset({("исполнять", "обязанность")})

# Figures of the economy that rise and fall: "спрос рухнул на 54%", "цены на нефть могут рухнуть" tell a fall in
# value, no accident.
FIGURE_NOUNS = fold_words("""
    цена спрос предложение поставка продажа курс рынок индекс акция рейтинг доход прибыль выручка производство
    экспорт импорт объем стоимость котировка капитализация показатель бюджет продажи
""")

# Parts of a building or a structure that fall down: what such a thing "обрушилась на" is what it fell on, an
# accident ("крыша обрушилась на посетителей", "стена обрушилась на рабочих"; `events.detection.falling_upon`).
COLLAPSING_STRUCTURE_NOUNS = fold_words("""
    крыша кровля потолок перекрытие стена балкон козырек навес лестница перрон трибуна сцена здание дом мост
    конструкция плита балка кран опора столб дерево
""")

# Collectives of people: what befalls one befalls persons ("вся его семья будет уничтожена" is a killing, "экипаж
# погиб", "часть боевиков уничтожена").
PEOPLE_COLLECTIVE_NOUNS = fold_words("""
    семья экипаж отряд банда взвод рота батальон бригада группировка формирование подразделение полк дивизия
""")

# Verbs of one's own course, going, staying, stepping down or running: deciding to do one of them is a choice of the
# decider's, no decree ("капитан принял решение повернуть назад", "приняла решение не ходить на допрос", "решение
# сложить полномочия").
OWN_COURSE_VERBS = fold_words("""
    повернуть поворачивать вернуться возвращаться идти пойти ходить ехать поехать уехать уйти уходить остаться
    оставаться прийти приходить приехать приезжать лететь полететь улететь отправиться развернуться
    сложить слагать баллотироваться стартовать участвовать покинуть уволиться
""")
# Nouns of stepping down from one's own post: a decision about one is the decider's own course too ("принял решение
# об отставке", "о своем уходе").
OWN_COURSE_NOUNS = fold_words("отставка уход")

# Declaring a day or a mourning ("вторник объявлен днем траура", "Днем индекса объявили четверг", "объявлен
# трехдневный траур") is an authority's act, a decree (EVENTS.md "Settled by the dev golds"); "объявил войну",
# "объявил о …" are other constructions.
DECLARING_VERBS = fold_words("объявить объявлять")
DECLARED_DAY_NOUNS = fold_words("день")  # in the instrumental, with what day it is made: "днем траура"
# the adjectives that say what day it is made by themselves: a day off ("объявлен выходным днем"); others only
# describe it ("объявили «черными днями»": a slogan, no act of an authority)
DAY_OFF_ADJECTIVES = fold_words("выходной нерабочий праздничный")
DECLARED_STATE_NOUNS = fold_words("траур")  # the object or the passive subject: "объявили траур"

# Verbs of joining a body by oneself ("вошел в состав правления"): an appointment only when a person joins.
JOINING_VERBS = fold_words("войти входить включить включать")

# Adverbs of the time of speaking: with them a present tense tells what is going on now ("сейчас их допрашивают"),
# not what is done as a rule.
NOW_ADVERBS = fold_words("сейчас сегодня теперь ныне нынче уже пока")

# Money itself and the currencies a sum is counted in ("6 миллионов рублей", "500 тысяч долларов").
CURRENCY_NOUNS = fold_words("деньга деньги рубль доллар евро копейка цент юань фунт гривна тенге")
# Number nouns that count a sum: "6 миллионов рублей", "2 млн".
SUM_NUMBER_NOUNS = fold_words("млн млрд миллион миллиард тысяча тыс")
# A sum's head noun: money, a currency or a number noun that counts one.
SUM_NOUNS = CURRENCY_NOUNS | SUM_NUMBER_NOUNS
# Nouns of money: what is transferred in a payment ("перечислил деньги", not "перечислил способы").
MONEY_NOUNS = SUM_NOUNS | fold_words("""
    сумма средство зарплата пенсия пособие компенсация взнос налог штраф долг кредит гонорар транш платеж
    выплата премия пожертвование взятка выкуп
""")
# Verbs of handing over and receiving: with a sum of money as their object they tell a payment ("получит еще 6
# миллионов рублей", "передал ему 500 тысяч долларов", "дали по три доллара"); with anything else no event
# ("получил письмо", "передал привет", "получил миллион просмотров"). Perfective only: an imperfective's sum is as
# often an income or a wage ("получал 2,5 миллиона долларов в год", "получают от 132 тыс. рублей").
MONEY_HANDOVER_VERBS = fold_words("получить дать передать выдать вручить выложить")

# What a court rules on: "отклонил иск", "удовлетворил жалобу" (not "отклонил предложение").
LEGAL_CLAIM_NOUNS = fold_words("иск жалоба апелляция ходатайство кассация протест требование заявление претензия")
# The claims a court hears ("суд рассматривает иск", "рассмотрел апелляцию": `object_condition`); not a demand, a
# statement or a protest, which anyone may consider ("рассмотрит заявление", "рассмотрел требования профсоюза").
HEARD_CLAIM_NOUNS = LEGAL_CLAIM_NOUNS - fold_words("протест требование заявление претензия")
# Verbs of hearing: with a claim as object a court hearing, with anything else a look ("рассматривает варианты").
HEARING_VERBS = fold_words("рассмотреть рассматривать")
# The markers of what a thing is taken as ("рассматривал апелляцию как последний шанс", "рассматривает жалобу в
# качестве крайней меры"): with them a verb of HEARING_VERBS regards, it hears nothing (events `regarded_as`).
TAKEN_AS_MARKERS = frozenset({"как", "в качестве"})

# Legal acts: approving one is a decree ("одобрили законопроект"), approving anything else is support.
LEGAL_ACT_NOUNS = fold_words("""
    закон законопроект поправка бюджет постановление резолюция указ кодекс проект договор соглашение конвенция
""")

# Terms of punishment: "осужден на пять лет" is a sentence, "осудил нападение" a condemnation.
PUNISHMENT_NOUNS = fold_words("год срок колония заключение лишение ограничение тюрьма штраф наказание условный")
# A reward offered for a deed is for a deed not yet done ("США объявили награду в пять миллионов долларов за поимку
# террориста": the capture is sought, events.modality.offered_reward); a reward received or given is for a deed done
# ("получил награду за спасение детей"), so only the verbs that offer one count
REWARD_NOUNS = fold_words("награда вознаграждение")
REWARD_OFFER_VERBS = fold_words("объявить объявлять назначить назначать предложить предлагать обещать пообещать")
REWARD_PREPOSITIONS = fold_words("за")
# A penalty someone risks: "Депутату грозит до двух лет лишения свободы", "ему угрожает штраф" (a possible verdict:
# detection's `threatened_penalty`; modality's `modal_head`). The verbs of risk, and the penalties they may have as
# their subject: the terms of punishment, the sentences, and a death sentence ("грозит смертная казнь").
RISK_VERBS = fold_words("грозить угрожать")  # also quotes' "грозит стать/обернуться ...": a risk, no statement
# Predicates of prediction, supposition, fear and likelihood: what they take is foreseen, supposed, feared or weighed,
# not told as done (events' modality `predicted`: hypothetical). The verbs of foreseeing take it as an event noun
# object or a content clause ("эксперты предсказали введение налога", "прогнозируют, что ЦБ снизит ставку"); the
# verbs of supposing, fearing and doubting and the nouns of expectation, fear and likelihood take it as a content clause
# only ("допустив, что речь может идти о введении штрафов", "на фоне ожиданий, что соглашение может привести к
# смягчению санкций", "вероятность того, что голландец подпишет контракт"): "ожидается, что он прибудет" (the
# impersonal "ожидаться") is a schedule, not a guess, and is not here.
FORESEEING_VERBS = fold_words("предсказать предсказывать прогнозировать спрогнозировать предрекать предречь")
SUPPOSING_VERBS = FORESEEING_VERBS | fold_words("""
    предположить предполагать допустить допускать опасаться сомневаться усомниться
""")
FORESEEING_NOUNS = fold_words("прогноз ожидание опасение сомнение вероятность предположение")
# Adjectives of likelihood that a verb of naming or deeming predicates of an event noun: "назвал маловероятным
# введение налога", "считает неизбежной войну" (weighed, not told as done).
LIKELIHOOD_ADJECTIVES = fold_words("вероятный маловероятный невероятный возможный невозможный неизбежный")
DEEMING_VERBS = fold_words("назвать называть считать счесть")
# The verbs of ruling out: negated they are a hedge, not a denial ("не исключил ужесточения законодательства", "не
# исключено, что он был убит": possible).
RULING_OUT_VERBS = fold_words("исключить исключать")
# Verbs that bring a charge, a measure, an examination or a penalty upon someone named in the bare dative: that dative
# undergoes the event noun the verb governs as its subject or object ("Ему назначена экспертиза", "обвинение им
# должны предъявить", "ему избрали меру пресечения в виде ареста", "Невзлину продлили арест", "ему грозит арест").
IMPOSING_VERBS = PENALTY_IMPOSING_VERBS | SENTENCE_CHANGING_VERBS | RISK_VERBS | fold_words("""
    назначить назначать предъявить предъявлять избрать избирать продлить продлевать вменить вменять присудить
    присуждать
""")
RISKED_PENALTY_NOUNS = PUNISHMENT_NOUNS | SENTENCE_NOUNS | fold_words("казнь")

# Nouns whose genitive names one particular happening: "причина пожара", "жертвы теракта", "место катастрофы",
# "тушение пожара", "итоги выборов", "организаторы митинга".
HAPPENING_ASPECT_NOUNS = fold_words("""
    причина последствие жертва место итог результат обстоятельство тушение ликвидация годовщина очевидец участник
    свидетель пострадавший момент ход подробность организатор исполнитель виновник зачинщик эпицентр очаг
    расследование следствие подготовка заключение подписание проведение введение нанесение возбуждение
    объявление отмена продление начало завершение окончание возобновление срыв
""")
# The nouns of those that carry a happening told in "о/об" by a verb of telling: its genitive is the happening told
# ("объявил о введении санкций", "сообщил о завершении расследования", "объявило о начале выкупа"); not those that
# undo it or only make it ready ("об отмене визита", "о срыве переговоров", "о подготовке к выборам").
TOLD_CARRIER_NOUNS = HAPPENING_ASPECT_NOUNS - fold_words("отмена срыв подготовка")

# The people of a happening ("участники митинга", "жертвы теракта"): with a bare plural ("участникам митингов") they
# are any such happening's people, and the plural names a kind.
HAPPENING_PEOPLE_NOUNS = fold_words("""
    жертва очевидец участник свидетель пострадавший организатор исполнитель виновник зачинщик
""")

# Nouns of a part in a happening that a link verb says of its subject: "виновником аварии стал водитель",
# "участниками ДТП стали две фуры", "причиной крушения стал сильный ветер" (the happening in their genitive). What
# part: its doer, a party to it (as "с участием" names one), or what brought it about. "жертва" is left to the death
# its noun stands for (events' `victims_of`).
HAPPENING_PART_NOUNS: dict[str, str] = {
    "виновник": "doer", "организатор": "doer", "инициатор": "doer", "исполнитель": "doer", "зачинщик": "doer",
    "заказчик": "doer", "участник": "party", "причина": "cause",
}
# Link verbs that say a noun in the instrumental of their subject: "стал виновником", "является причиной", "оказались
# участниками" (COPULAR_VERBS: also coref's predicative verbs, coref/mentions.py PREDICATIVE_VERBS); verbs of naming
# say it of their object, or of their subject in the passive ("СК назвал директора организатором", "признан
# виновником").
COPULAR_VERBS = fold_words("стать становиться являться")
# Link verbs that identify rather than change: after them news puts a new person ("Преступником оказался
# 52-летний мужчина"), not the one spoken of (coref's `_identified`).
IDENTIFYING_VERBS = fold_words("являться оказаться")
LINK_VERBS = COPULAR_VERBS | IDENTIFYING_VERBS | fold_words("оказываться")
NAMING_LINK_VERBS = fold_words("признать признавать назвать называть")

# Verbs that with an infinitive make one compound predicate, told at one time ("5 мая министр может подписать
# соглашение": the signing on 5 May); not verbs of speech, promise or decision, whose own time is not the deed's
# ("вчера пообещал посетить"). By what they say of the deed (events/modality.py reads them): ability and attempt
# leave it possible, intention planned, success and phase real.
ABILITY_AUXILIARY_VERBS = fold_words("мочь смочь пытаться попытаться стараться постараться")
INTENTION_AUXILIARY_VERBS = fold_words("собираться собраться намереваться")
ACHIEVEMENT_AUXILIARY_VERBS = fold_words("суметь успеть удаться удаваться начать начинать стать продолжить продолжать")
COMPOUND_AUXILIARY_VERBS = ABILITY_AUXILIARY_VERBS | INTENTION_AUXILIARY_VERBS | ACHIEVEMENT_AUXILIARY_VERBS

# Nouns of number: the phrase they head counts its genitive ("тысяч невинных людей", "десятков домов"), as a numeral
# does. "десятка": the tagger's lemma of "десятки" ("погибли десятки человек").
NUMBER_NOUNS = fold_words("десяток сотня тысяча миллион миллиард сотни десятки десятка")
# Prepositions of a part's whole: "большинство из опрошенных", "один из экспертов" name the source after them
# (quotes extract `_before_preposition`), "Большинство из опрошенных полагают" is a share's group (quotes subjects
# `counted_group_end`), "один из пострадавших погиб" picks one of the victims told before (events `_picked_out`).
PARTITIVE_PREPOSITIONS = fold_words("из среди")
# "один из": one member of a group, the numeral ("один", "одной"; the tagger's lemma may be "одна" or "одно") and
# "из" right after it: "один из экспертов" names a person of the group (quotes `one_of_group`, subjects' `_one_of`),
# "по одной из версий" one of the accounts (quotes `_one_of_many`), "Один из адвокатов Михаила Ходорковского Юрий
# Шмидт" a member by name (coref `member_apposition`), "у одного из депутатов, но он" someone new (coref
# `one_of_competitor`). The one definition of the phrase: read it through `one_of`.
ONE_OF_NUMERALS = fold_words("один одна одно")
ONE_OF_PARTITIVE = "из"


def one_of(lemma: str, following: str) -> bool:
    """"один из …": `lemma` (a folded lemma) is the numeral "один" and `following` (the next word, or its lemma,
    in lower case) the partitive "из" right after it."""
    return lemma in ONE_OF_NUMERALS and following == ONE_OF_PARTITIVE


# Words of a running or a total count: "ещё один скончался в больнице" adds one to a toll told before, "Всего
# погибли три человека", "итого" sum up deaths told one by one; neither tells a happening apart from the other
# (events `told_victims`). "в общей сложности" is read as a phrase there.
RUNNING_COUNT_WORDS = fold_words("ещё всего итого")
# Nouns of quantity: the counted noun in their genitive is what a phrase is about ("несколько десятков человек",
# "группа активистов", "ряд политиков"): the nouns of number, and others ("ряд", "часть", "группа") that only say
# that there are several.
QUANTITY_NOUNS = NUMBER_NOUNS | fold_words("""
    ряд группа часть большинство множество количество число половина треть четверть масса
""")
# Comparative quantifiers: with a genitive quantity after them they count a part of a group, the group's share that
# acts or speaks ("более трети россиян уверены", "больше половины избирателей считают", "свыше 60% опрошенных").
COMPARATIVE_QUANTIFIERS = fold_words("более больше менее меньше свыше")
# Words that make a count approximate ("около трети россиян", "почти половина населения", "примерно 40% опрошенных"):
# they open the share phrase they stand before.
APPROXIMATE_QUANTIFIERS = fold_words("около почти примерно приблизительно порядка")

# Words that report a fact: an event noun that is their topic reports a happening ("сообщили о задержании",
# "сообщения о взрыве", "объявил об отставке"), unlike the topic of other words ("закон о митингах", "говорил о
# выборах").
# Nouns of news about a happening: "сообщения о взрыве", "информация о задержании".
NEWS_NOUNS = fold_words("сообщение информация известие новость сведение данные")
REPORTING_WORDS = NEWS_NOUNS | fold_words("""
    сообщить сообщать сообщаться информировать проинформировать известно объявить объявлять доложить узнать
    рассказать
""")

# prepositions of a topic: what is told or written about ("сообщил о взрыве", "закон о митингах")
TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
# Verbs of telling that take what they tell in "о/об" ("СК сообщил о завершении расследования", "FIA заявляло о
# поддержке", "объявил о своей отставке"): the telling's date dates the told asserted event (`events.timing.
# date_of_telling`; EVENTS.md "Settled by the dev golds").
TELLING_VERBS = NOTIFYING_VERBS | fold_words("""
    сообщить сообщать объявить объявлять заявить заявлять рассказать рассказывать доложить докладывать информировать
""")
# Modifiers that tell a happening as not (yet) real: possible, coming, being prepared ("о возможной отставке", "о
# готовящемся законе", "о предстоящем визите"); the participles' lemmas as the tagger gives them.
UNREALIZED_MODIFIERS = LIKELIHOOD_ADJECTIVES | fold_words("""
    предстоящий грядущий будущий готовящийся планируемый намечаемый ожидаемый потенциальный
    предстоять готовиться планироваться намечаться ожидаться
""")
# Nouns of a happening's phase whose genitive names the happening ("о завершении расследования", "о начале
# переговоров"): told, the phase is the happening's.
PHASE_OF_HAPPENING_NOUNS = fold_words("начало завершение окончание возобновление прекращение продолжение")

# Verbs whose infinitive is done by their object or addressee, not their subject: "рекомендовала помиловать",
# "попросил уйти", "поручил проверить" (with "согласился встретиться" the subject meets).
OBJECT_CONTROL_VERBS = fold_words("""
    рекомендовать порекомендовать советовать посоветовать предложить предлагать просить попросить потребовать
    требовать призвать призывать поручить поручать приказать приказывать велеть разрешить разрешать позволить
    позволять обязать обязывать заставить заставлять вынудить вынуждать пригласить приглашать убедить уговорить
    помочь помогать запретить запрещать
""")

# Nouns of threat: a singular event noun in the genitive of one that arose is one possible happening ("из-за угрозы
# взрыва самолета"); a plural, or a threat in general, names a kind ("угроза терактов").
THREAT_NOUNS = fold_words("угроза")

# Nouns whose genitive event noun names a kind, not a happening: "случаи захвата судов", "угроза теракта", "борьба с
# коррупцией", "меры поддержки", "план выборов".
KIND_HEAD_NOUNS = fold_words("""
    случай угроза риск опасность вероятность возможность мера борьба программа практика опыт
    система механизм порядок процедура правило закон комиссия комитет служба отдел управление департамент
    волна серия рост число количество статистика профилактика
""")

# Verbs of fear and avoidance: the event noun they govern names what may happen, not a happening ("боится
# протеста", "не опасаясь ареста", "избежать наказания").
FEAR_VERBS = fold_words("бояться опасаться страшиться побаиваться избегать избежать остерегаться")

# Nouns of a tour: a trip of officials ("министр совершает турне по странам Латинской Америки") or a show's or a
# team's series of performances or games ("группа отменила турне"); `show_tour` in events tells them apart.
TOUR_NOUNS = fold_words("турне")
# Words of shows, concerts and exhibitions: a tour in a sentence with one of them is the show's ("концертом в
# Москве завершила свое европейское турне", "мировое гастрольное турне", "коллекция совершает мировое турне").
# The show's own tour among them ("приехала на гастроли") is never a show that someone visits (`_attended` in events).
SHOW_TOUR_WORDS = fold_words("гастроли гастроль гастрольный")
SHOW_WORDS = SHOW_TOUR_WORDS | fold_words("""
    концерт спектакль представление альбом вокалист певец певица музыкант рок-группа выставка экспозиция коллекция
""")
# Adjectives of a campaign's aim: an "акция" they name is a campaign of aid, prevention, promotion or celebration, no
# rally of protest (tests/data/realnews/README.md: campaigns are not marked; `campaign_action` in events):
# "провел три гуманитарные акции", "в рамках общероссийской антинаркотической акции", "в патриотической акции".
CAMPAIGN_ADJECTIVES = fold_words("""
    гуманитарный благотворительный антинаркотический профилактический просветительский патриотический рекламный
    маркетинговый донорский
""")
CAMPAIGN_NOUNS = fold_words("акция")
# "санкция" of one act, "санкция на арест", "с санкции суда": a court's or a prosecutor's leave for it, no sanctions
# imposed on anyone (`authorizing_sanction` in events); the plural "санкции" of a state are sanctions.
AUTHORIZATION_NOUNS = fold_words("санкция")
# Performances and games one goes to watch (tests/data/realnews/README.md: "concerts, matches … are not marked"):
# going to one, "побывает на концерте", "посещение матча", is attending the show, no trip that makes a visit
# (`attended_show` in events). Not an exhibition or a festival, which are places one visits ("посетил выставку").
ATTENDED_SHOW_NOUNS = fold_words("""
    концерт спектакль представление шоу опера балет матч игра турнир чемпионат соревнование
""")
# The visit words of being at a place, not of travelling to it: a show is what they attend ("посетил концерт",
# "побывал на матче"), where a verb of motion takes players or a team to play ("поедут в Дублин на матч").
ATTENDING_WORDS = fold_words("посетить посещать побывать бывать посещение")

# Words of sports reports: in their sentence, attacks, defeats and meetings are a game's ("дальним ударом отправил
# мяч", "разгромила соперника со счетом 4:0", "следующую встречу сборная играет").
SPORTS_WORDS = fold_words("""
    матч мяч гол тайм турнир чемпионат футбол футболист хоккей хоккеист баскетбол теннис теннисист сборная соперник
    нападающий полузащитник защитник вратарь кубок плей-офф шайба пенальти
""")

# The words of a game's score: "со счетом 2:10" is a score, no clock time (dates), and its sentence tells a game
# (events: "разгромила ее с рекордным счетом 10:0"); word forms, as the dates stage reads them.
SCORE_WORDS = frozenset(("счетом", "счётом", "счет", "счёт"))

# The meeting words that sports reports use of a game itself ("встреча завершилась со счетом 3:2", "больше с этой
# командой не встретятся"); talks ("переговоры") and "встречаться с кем-то" keep their own sense there.
GAME_MEETING_WORDS = fold_words("встреча встретиться")

# The words of attack and defeat that reports of games use of play itself, with no word of sports in their sentence
# ("турчанки перешли в наступление", "в следующей атаке поддержала ее точным броском", "несмотря на безупречную
# стрельбу", "Реал разгромил команду Гарри Рэднаппа"): in a document that reports games they tell play, no attack
# or defeat (`events.extract.game_report`). Not "удар", "драка", "нападение": fans and players also strike people.
PLAY_WORDS = fold_words("атака контратака наступление стрельба стрелять выстрелить разгромить громить")

# Impersonal words of need and possibility: an infinitive under them with no one who must or may do it tells what
# is done in general ("деньги нужно перечислить", "появилась возможность оплачивать кредиты").
GENERIC_MODAL_WORDS = fold_words("""
    нужно нужный надо можно нельзя необходимо необходимый следует возможность необходимость
""")

# Impersonal predicates of success, need, duty and prospect whose bare dative does the infinitive under them ("полиции
# удалось задержать", "нам нужно заплатить", "президенту предстоит подписать", "ему пришлось уйти", "Азербайджану
# следует освобождать"): GENERIC_MODAL_WORDS without its nouns, and the impersonal verbs of success and fate.
IMPERSONAL_DOER_WORDS = (GENERIC_MODAL_WORDS - fold_words("возможность необходимость")) | fold_words("""
    следовать удаться удаваться прийтись приходиться предстоять стоить понадобиться
""")

# Words of ability, permission and duty by a norm: an imperfective infinitive under one tells what may or must be
# done as a rule, a norm or a capacity ("граждане могут посещать без виз 116 стран", "клубы обязаны отпускать
# игроков", "следует обращаться к врачу"), no one happening; a perfective one may tell one ("может обратиться в
# суд"). Not "должен", whose imperfective often sets one party a course ("армия должна освобождать территории").
NORM_MODAL_WORDS = GENERIC_MODAL_WORDS | fold_words("""
    мочь смочь обязанный обязан вправе позволять позволить разрешать разрешить обязать обязывать право
""")

# Words of a right or a need in general: a demand under one is what anyone may or must ask for, no one act asked
# ("собственник будет вправе потребовать выкупа", "надо требовать компенсации"); events' `demanded_happening`.
# NORM_MODAL_WORDS without its verbs: "может потребовать", "смог потребовать" as often tell one party's act that may
# come or came ("Россия может потребовать компенсации"), and under "разрешить", "обязать", "позволить" the one
# permitted or obliged asks ("суд обязал компанию потребовать выплаты").
ENTITLEMENT_WORDS = NORM_MODAL_WORDS - fold_words("""
    мочь смочь позволять позволить разрешать разрешить обязать обязывать
""")

# Words that advocate a happening with "за" + accusative: what they stand, campaign or call for is one act wanted, not
# done ("выступили за отставку президента", "петиция за освобождение", "акция «За освобождение Козулина»"); not "за"
# of a reason ("задержан за митинг", "извинился за вторжение"). Events' `advocated`. Of the protest nouns only the
# demonstrations (DEMONSTRATION_NOUNS): not unrest ("беспорядки", "волнение"), nor "протест", which is against
# ("протест против"); a strike, a hunger strike or a picketing "за" an act ("забастовка за повышение зарплат") was
# never read here, and adding them would change what `advocated` finds, so they stay out.
ADVOCACY_WORDS = DEMONSTRATION_NOUNS | fold_words("""
    выступить выступать высказаться высказываться бороться агитировать ратовать
    петиция кампания борьба
""")

# Words that make an adjective a superlative: "признаны самыми богатыми" ranks, it rules on no status.
SUPERLATIVE_WORDS = fold_words("самый наиболее наименее")

# Nouns of organizing or taking part: an event noun in their genitive under a preposition of purpose names a kind of
# activity ("для проведения митинга", "к подготовке выборов", "для участия в переговорах").
ORGANIZING_NOUNS = fold_words("проведение организация подготовка участие обеспечение")

# Pronouns that stand for things or facts, never for a person: "это оправдано", "что произошло".
THING_PRONOUNS = fold_words("это этот то тот что ничто что-то нечто что-нибудь")

# Collocations whose noun is no event noun alone, or names another type alone, by (adjective lemma, noun lemma):
# "судебный процесс" is a trial, "военная операция" an attack, "предварительное следствие" an investigation.
EVENT_COLLOCATIONS: dict[tuple[str, str], str] = {
    ("судебный", "процесс"): "discussion",
    ("судебный", "следствие"): "discussion",
    ("судебный", "заседание"): "discussion",
    ("судебный", "решение"): "verdict",
    ("следственный", "действие"): "investigation",
    # the police's investigative measures (the law "Об оперативно-розыскной деятельности": "в ходе
    # оперативно-розыскных мероприятий")
    ("оперативно-розыскной", "мероприятие"): "investigation",
    # a prosecution brought against someone: "возобновить уголовное преследование юриста", "продолжение уголовного
    # преследования Магнитского" (not "преследование" alone: "преследование мусульман" is persecution)
    ("уголовный", "преследование"): "investigation",
    ("военный", "операция"): "attack",
    ("вооруженный", "столкновение"): "attack",  # a clash of armed men, not a collision of vehicles
    ("военный", "действие"): "attack",
    ("боевой", "действие"): "attack",
    ("контртеррористический", "операция"): "attack",
    ("протестный", "акция"): "protest",
    ("уличный", "акция"): "protest",
    ("массовый", "акция"): "protest",
    ("уличный", "противостояние"): "protest",
    ("кассационный", "представление"): "lawsuit",
    ("кассационный", "жалоба"): "lawsuit",
    # the full form of the contracted event noun "теракт" is an event as that is ("предотвращено 200 террористических
    # актов"); not "дорожно-транспортное происшествие", which news use of a kind ("число жертв ДТП") more than "ДТП"
    ("террористический", "акт"): "attack",
}

# Participles of the verbs that carry events: the noun they modify names a happening ("подписанный меморандум",
# "достигнутые договоренности", "проведенные переговоры").
CARRIED_EVENT_PARTICIPLES = fold_words("подписать заключить принять достичь достигнуть провести состояться")

# Event nouns with a common other sense: they count only where the text tells an event of their type otherwise
# ("акция" a rally or a share, "собрание" a meeting or a collection, "демонстрация" a rally or a showing, "удар" a
# strike or a blow, "атака" an assault or an attack in a match, "марш" a march or a piece of music).
AMBIGUOUS_EVENT_NOUNS = fold_words("акция собрание демонстрация удар атака марш волнение")

# The other sense of an event noun, marked by the word that governs it or by a modifier, wherever the text tells an
# event of its type (`other_sense`): "акция" counted in per cent, held, bought, sold or priced is a share ("15%
# акций", "пакет акций", "продажа акций", "владеет акциями", "привилегированные акции"); "конгресс" with members,
# chambers or seats, or of a country, is a legislature ("члены конгресса", "выборы в конгресс", "конгресс США").
SHARE_GOVERNORS = SHARE_WORDS | fold_words("""
    пакет продажа продать продавать покупка купить покупать выкуп выкупить выкупать приобретение
    приобрести приобретать владеть владелец держатель доля курс стоимость цена котировка эмиссия выпуск размещение
    разместить оплата платить заплатить возврат залог обмен конвертация дивиденд
""")
SHARE_MODIFIERS = fold_words("обыкновенный привилегированный голосующий именной казначейский")
# The talk words of a meeting or a contact ("в беседе с премьером", "побеседовал с ним", "в разговоре с министром"):
# with the press as the other party they are an interview (`events.extract.press_talk`).
TALK_NOUNS = fold_words("беседа разговор")
TALK_WORDS = TALK_NOUNS | fold_words("беседовать побеседовать разговаривать поговорить")
# Words of courtesy or offence that parties trade (`events.extract.exchanged_words`): "обмен оскорблениями",
# "обменялись любезностями", "обменявшихся претензиями" — speech, no exchange of prisoners or notes.
EXCHANGED_WORDS = fold_words("""
    оскорбление претензия упрек колкость любезность нежность комплимент выпад реплика шутка резкость
""")
LEGISLATURE_GOVERNORS = fold_words("""
    член палата выборы спикер комитет председатель сенатор конгрессмен депутат большинство меньшинство
""")
# The verbs and nouns of granting a permission: "суд выдал санкцию на арест", "решение о выдаче санкции".
PERMISSION_GOVERNORS = fold_words("выдать выдавать дать давать выдача")
# lemma: (its governors, its modifiers, whether a place named in its genitive marks it ("конгресс США"), the sense)
OTHER_SENSE_CUES: dict[str, tuple[frozenset[str], frozenset[str], bool, str]] = {
    "акция": (SHARE_GOVERNORS, SHARE_MODIFIERS, False, "a share"),
    "конгресс": (LEGISLATURE_GOVERNORS, frozenset(), True, "a legislature"),
    "санкция": (PERMISSION_GOVERNORS, frozenset(), False, "a permission"),
}

# An attack word (FIGURATIVE_ATTACK_WORDS) aimed at something that no weapon reaches, or of a kind that no weapon
# makes, is a figure of speech, no assault (`figurative_attack`): its target after "по"/"на" or as the object ("удар
# по экономике", "атака на ценности", "покушение на свободу слова", "атаковал репутацию") or its adjective
# ("дипломатический удар", "информационная атака").
ABSTRACT_TARGET_NOUNS = fold_words("""
    экономика имидж репутация интерес ценность демократия свобода право бюджет престиж авторитет доверие
    стабильность политика курс рубль доллар валюта бизнес карман кошелек самолюбие гордость психика нерв
    надежда принцип идея мораль честь достоинство конкуренция монополия сознание традиция культура суверенитет
""")
# What no blow can break or destroy (`figurative_damage`): harm done to it is a figure of speech, no damage ("разрушит
# монополию", "уничтожение института демократических выборов", "правило не пострадало", "разрушили возможность"):
# the abstract targets of attacks less money and the economy (a loss to a budget is told as damage: "причинил
# ущерб бюджету"), with norms, plans and relations.
INTANGIBLE_NOUNS = (ABSTRACT_TARGET_NOUNS - fold_words("экономика бюджет рубль доллар валюта бизнес карман кошелек")) \
    | fold_words("правило норма пространство возможность план отношение карьера единство институт")
# A blast of a feeling, a sound or a quantity is a surge, no explosion (`figurative_blast`): what explodes is a charge,
# a munition, gas or a vehicle; "взрыв гнева", "взрыв рождаемости", "демографический взрыв", "социальный взрыв".
SURGE_NOUNS = fold_words("""
    гнев ярость возмущение негодование недовольство ненависть эмоция чувство страсть смех хохот аплодисменты восторг
    радость энтузиазм интерес любопытство внимание энергия насилие рождаемость преступность активность популярность
    спрос предложение цена инфляция протест критика патриотизм национализм агрессия паника ажиотаж
""")
SURGE_ADJECTIVES = fold_words("""
    демографический социальный эмоциональный информационный ценовой инфляционный технологический культурный
    творческий народный общественный
""")
FIGURATIVE_ATTACK_WORDS = fold_words("удар атака атаковать покушение нападение")  # the words used so; not "обстрелять"
FIGURATIVE_ATTACK_ADJECTIVES = fold_words("""
    дипломатический политический информационный психологический моральный экономический финансовый
    пропагандистский словесный репутационный идеологический медийный критический
""")

# Nouns of a formal charge or suspicion: "по" + one with the offence in "в" names the ground of a detention, a trial or
# a sentence, a step of an investigation ("задержан по обвинению в хулиганстве", "по подозрению в убийстве").
CHARGE_NOUNS = fold_words("обвинение подозрение")

# Nouns of a trial: with "над" + the one tried in the instrumental they name the trial, a court hearing ("суд над
# покойником", "процесс над Ходорковским"; `trial_of`); alone they are the court or any process.
TRIAL_NOUNS = fold_words("суд процесс")

# Verbs of talking that are a conversation, a contact, with someone to talk with ("не хочет говорить с Хейгелом";
# "говорить" alone tells a statement).
TALKING_VERBS = fold_words("говорить")

# What one is let off, not let out of custody (`exemption_sense`): a duty, a payment or a penalty after "от" ("суд
# освободил его от наказания", "гражданин освобождается от ответственности", "с освобождением от выплаты",
# "освободить от футбольной деятельности"); not "от отбывания наказания" (out of prison: a release), nor an office
# ("от должности", "от обязанностей": a dismissal, EVENT_PHRASES).
EXEMPTED_NOUNS = fold_words("""
    ответственность наказание выплата уплата плата налог налогообложение пошлина сбор взнос штраф обязательство
    долг деятельность призыв экзамен
""")

# Verbs of spending money: money spent on an undertaking is allotted to it, no payment to anyone
# (`events.detection.allocated_spending`); time and effort spent are no money (`events.vocabulary.SPENT_TIME`).
SPENDING_VERBS = fold_words("тратить потратить израсходовать расходовать")
# Endings of nouns made from verbs that name an undertaking, an activity or a field: what money is allotted to
# ("на подготовку", "на строительство", "на развитие", "на реконструкцию", "на рассылки", "на энергетику"), where goods
# bought are counted things (`allocated_spending`).
UNDERTAKING_NOUN_ENDINGS = ("ние", "тие", "ство", "ция", "ка")
# Nouns of an office's own acts of deciding, filing and signing: as the bare plural object of an imperfective verb
# they name a kind of act done again and again, a competence or a habit ("ЦБ будет принимать решения о допусках",
# "служба возбуждала уголовные дела", "горсуд принимает неоднозначные решения"): `events.detection.repeated_acts`.
REPEATED_ACT_NOUNS = fold_words("""
    решение дело договор контракт соглашение иск жалоба приговор закон постановление указ распоряжение
""")
# A public: people at large, a nation, an audience or a following. Addressing one ("U2 обратились к фанатам с
# просьбой", "обратился к жителям Нью-Йорка", "РФС обратился к болельщикам с призывом") is a public appeal, a speech
# that quotes cover, no contact between parties (`events.detection.public_address`).
# The publics named by one collective noun in the singular: a share of one speaks for people ("79% населения
# полагают", "половина населения страны считают"; quotes' `subjects.counted_group_end`).
COLLECTIVE_PUBLIC_NOUNS = fold_words("народ нация общественность население")
PUBLIC_NOUNS = COLLECTIVE_PUBLIC_NOUNS | fold_words("""
    гражданин житель избиратель соотечественник болельщик фанат поклонник
    зритель читатель слушатель телезритель радиослушатель сторонник верующий горожанин россиянин
""")
# Words of driving a crowd off that also tell a vehicle's acceleration to a speed ("разгон до 100 км/ч", "разогнав
# его до скорости в 193 км в час"), with the nouns of the speed reached (`events.detection.acceleration_sense`).
DISPERSING_WORDS = fold_words("разогнать разгонять разгон")
SPEED_NOUNS = fold_words("скорость сотня")

# "наступление" is an offensive or an onset: with what sets in in its genitive (ONSET_NOUNS: a time, a season, the
# weather, a state) it is an onset, no attack (`onset_sense`: "с наступлением холодов", "до наступления темноты",
# "наступление кризиса"; not "наступление на Мосул", "наступление армии").
SETTING_IN_NOUNS = fold_words("наступление")
# A season's coming or end: with the season in its genitive it places what follows at that season ("с приходом
# осени", "к наступлению зимы", "до окончания лета"; dates' `season`).
SEASON_TURN_NOUNS = SETTING_IN_NOUNS | fold_words("приход приближение окончание завершение")
ONSET_NOUNS = TIME_UNIT_NOUNS | fold_words("""
    зима весна лето осень холод мороз жара тепло темнота тьма рассвет сумерки срок дата момент период сезон эпоха
    эра время кризис последствие случай смерть старость беременность праздник каникулы совершеннолетие событие
    явление
""")

# Event nouns that also name the body that does the event: as the subject of a verb of its own they are that body,
# no happening ("Следствие полагает, что ...", "следствие установило").
AGENCY_SENSE_NOUNS = fold_words("следствие")
# Nouns whose bare genitive is the body that owns them, a body's organ, member or motion, what it holds, thinks or
# does: with one of them an AGENCY_SENSE_NOUNS word names the body ("органы предварительного следствия",
# "руководитель следствия", "ходатайство следствия об аресте", "запрос следствия", "по мнению следствия", "жалоба на
# действия следствия", "в распоряжении следствия есть видеозаписи"); not a stage or a course of it ("ход следствия",
# "на стадии следствия", "в интересах следствия"), nor what it found ("по данным следствия", "по версии следствия":
# the dev golds mark one and leave one, events130).
AGENCY_OWNED_NOUNS = fold_words("""
    орган руководитель представитель сотрудник ходатайство запрос требование мнение действие распоряжение
""")

# Who brings charges: their accusation is a step of an investigation, not a speech act ("прокуратура обвиняла").
PROSECUTION_NOUNS = fold_words("""
    прокуратура генпрокуратура прокурор генпрокурор следствие следователь ск скр фсб мвд полиция обвинение
""")

# The sides of a court case or an inquiry, by their role nouns: "…, — сказал прокурор" after a defendant's words is
# the other side speaking, not the defendant under another word.
COURT_SIDE_NOUNS = fold_words("""
    прокурор генпрокурор гособвинитель обвинитель следователь судья адвокат защитник истец ответчик
""")

# Words of free choice: a noun they determine names any one of a kind ("любая акция", "всякие переговоры").
FREE_CHOICE_WORDS = fold_words("любой всякий какой-либо какой-нибудь никакой")

# Adjectives of what is in force: an event noun with one names a standing document or state, not a happening
# ("действующий контракт", "существующие санкции").
IN_FORCE_ADJECTIVES = fold_words("действующий существующий действовать существовать")  # a participle's lemma: its verb

# Verbs of enjoying or possessing: an event noun as their bare instrumental names a standing state, not a happening
# ("партия пользуется поддержкой избирателей", "обладает поддержкой большинства").
ENJOYING_VERBS = fold_words("пользоваться располагать обладать")

# Verbs of prohibition and permission: their short passive participle in the present tells a norm in force ("продажа
# лекарств запрещена законом", "лица, которым запрещен въезд"), not the act that set it ("ему был запрещен въезд").
DEONTIC_VERBS = fold_words("запретить запрещать разрешить разрешать обязать обязывать")
# Nouns of standing norms that a prohibition comes from ("запрещено международным правом", "запрещена правилами").
NORM_NOUNS = fold_words("право правило норма законодательство регламент")
# Laws and bills: the noun alone names the act in force or in the making ("в соответствии с Федеральным законом",
# "согласно закону", "противоречит Основному закону", "закон Мура"), not its signing; a verb carries that ("подписал
# закон", "принятый закон").
LAW_NOUNS = fold_words("закон законопроект")
# Prepositions of accordance: an agreement under them is cited as the ground of what its clause tells, the agreement
# in force, not its making ("по контракту получал два миллиона", "согласно договору поставит", "в соответствии с
# соглашением", "в рамках соглашения"); "по" only in the dative hung on a verb (`cited_agreement`).
ACCORDANCE_PREPOSITIONS = frozenset({"согласно", "в соответствии с", "в рамках", "по"})
# Nouns of a stage of a procedure or of a part of a text: an event noun in their genitive names the kind of
# procedure or the document's text, no happening ("на стадии предварительного следствия", "минуя стадию судебного
# следствия", "статьи закона о защите конкуренции", "пункт соглашения", "согласование рамок соглашения"); "в рамках"
# is a complex preposition ("задержаны в рамках расследования": a part of one investigation told).
STAGE_OR_CLAUSE_NOUNS = fold_words("стадия статья пункт параграф рамка")
# Acts that a body enacts by signing or passing them: the act is what the verb acts on ("подписал закон",
# "принято три постановления", "приняв кодекс"), where "принял решение", "принял резолюцию", "подписал указ" name the
# decision itself (the decree is the leader's own act, its content a topic: "указ о назначении").
ENACTED_ACT_NOUNS = LAW_NOUNS | fold_words("постановление кодекс поправка")
# Texts a body adopts by an adopting verb (ADOPTING_VERBS): the text is what the verb acts on, as an enacted act is
# ("Госдума приняла 4 обращения к правительству", "принять совместную программу действий", "приняли бюджет"); a
# resolution or an order adopted names the decision itself ("принял резолюцию о Сирии": its content a topic).
ADOPTED_TEXT_NOUNS = ADOPTED_ACT_NOUNS - fold_words("резолюция указ")
# Adverbs of a change just made: with them a present state reports the act that made it ("теперь женщинам запрещено").
CHANGE_ADVERBS = fold_words("теперь отныне впредь")

# Adjectives of a penalty: an event noun with one names the punishment a court may impose, not a happening ("смертная
# казнь": the death penalty, "грозит смертная казнь", "приговорен к смертной казни").
PENALTY_ADJECTIVES = fold_words("смертный")

# General nouns of incidents: they restate the happening the text tells ("Сильный пожар произошел на пароме … На
# месте происшествия работают пожарные"), and take its type.
INCIDENT_NOUNS = fold_words("инцидент происшествие трагедия чп")

# Nouns of investigating whose genitive is the happening investigated ("расследование теракта", "расследования ДТП с
# Меладзе"), and the nouns of its aspects they may reach it through ("расследование причин катастрофы", "обстоятельств
# гибели"): `events.detection.investigated_happening`.
INVESTIGATING_NOUNS = fold_words("расследование")
INVESTIGATED_ASPECT_NOUNS = fold_words("причина обстоятельство")

# Nouns of the matter a probe looks into besides a happening or an offence: "расследования уголовного дела",
# "проверку по факту", "расследованию причин пробки", "обстоятельств взрыва" (events: `investigated_deed`).
PROBED_MATTER_NOUNS = INVESTIGATED_ASPECT_NOUNS | fold_words("дело факт")

# Verbs that attend a process under way rather than carry it out: they help, supervise or further it ("будем помогать
# в расследовании преступления", "будет контролировать проведение расследования", "простимулируют поиск убийц"); a
# probe they take has begun, whatever their tense (`events.modality.attended_probe`).
ATTENDING_VERBS = fold_words("""
    помогать помочь содействовать посодействовать способствовать контролировать проконтролировать курировать
    стимулировать простимулировать ускорить ускорять
""")
# The noun of a process's course and the prepositions it makes with it: "в ходе расследования", "по ходу следствия"
# (as one compound preposition or as a noun with the process in its genitive).
COURSE_NOUNS = fold_words("ход")
COURSE_PREPOSITIONS = frozenset({"в ходе", "по ходу"})
# The nouns of a process's end and outcome: "до окончания проверки", "по итогам расследования", "по результатам
# проверки будет принято решение": the process whose end or outcome a future awaits is under way.
OUTCOME_NOUNS = fold_words("окончание завершение итог результат")

# Offences one confesses to ("признался в краже", "сознался в шпионаже"; `avowal_sense`), besides the event nouns of
# the vocabulary ("в убийстве", "в подрыве поезда").
OFFENCE_NOUNS = fold_words("""
    преступление правонарушение злодеяние кража хищение мошенничество растрата взятка взяточничество коррупция
    шпионаж измена грабеж разбой изнасилование подлог подделка плагиат контрабанда вымогательство терроризм
    экстремизм нарушение убийство насилие избиение халатность подрыв соучастие пособничество похищение
""")
# The stems of the words for a suspect, an accused or a convict (participles used as nouns, whatever lemma the tagger
# gives them): a bare "признался" of one is a confession ("Подозреваемый признался, но настаивает ..."; `avowal_sense`).
ACCUSED_STEMS = ("подозреваем", "обвиняем", "подсудим", "задержанн", "арестованн", "осужденн", "преступник",
                 "убийц")
# The stems of the words for one the police look for: an offender or a suspect (ACCUSED_STEMS), a fugitive, an
# attacker. A search for one is a search even in the singular ("направленные на розыск обвиняемого", "простимулируют
# поиск убийц"): `events.detection.wanted_search`. Not the missing: after a disaster their search is a rescue
# ("погибли двое, ведется поиск двоих пропавших").
WANTED_STEMS = (*ACCUSED_STEMS, "беглец", "похитител", "нападавш", "злоумышленник", "скрывш")
# Nouns of a search for someone wanted or missing: the nouns of searching (SEARCH_NOUNS) and "розыск".
WANTED_SEARCH_NOUNS = SEARCH_NOUNS | fold_words("розыск")
# The stems of the procedural status a person is brought into by a charge: "привлечь в качестве обвиняемого" is to
# charge him (`charged_as`); not a convict's or a detainee's.
CHARGED_STEMS = ACCUSED_STEMS[:2]
# Nouns after "в" that frame a charged one's deed or say where he is, not the offence he is charged with
# ("обвиняемые в составе организованной группы похитили", "в ходе следствия", "обвиняемые в зале суда"):
# `events.detection.charged_participle` reads no charge there (nor after a place noun or a name).
CHARGE_FRAME_NOUNS = fold_words("состав ход рамка качество течение период результат зал суд")
# The verb and its noun of bringing someone into a procedural status ("привлек в качестве обвиняемых", "постановление
# о привлечении его в качестве обвиняемого"); with anything else they attract or involve ("привлекли 216
# испытуемых", "привлечение инвестиций").
BRINGING_IN_WORDS = fold_words("привлечь привлекать привлечение")

# The stems of participles and adjectives used as nouns for a person in a state a happening left them in: accused or
# held (ACCUSED_STEMS), hurt or killed (CASUALTY_NOUNS), missing or wanted. Coref reads a bare one ("задержанный
# заявил", "тело погибшей") as the person the story put in that state (`coref.resolve.state_introduced`).
STATE_PERSON_STEMS = ACCUSED_STEMS[:6] + tuple(noun[:-2] for noun in CASUALTY_NOUNS) \
    + ("убит", "пропавш", "разыскиваем", "похищенн")

# Verbs of offences outside the vocabulary of events: a clause of one tells a deed confessed ("признался, что украл
# деньги"; `avowal_sense`; "поджечь" is an attack verb of the vocabulary, ARSON_VERBS).
OFFENCE_VERBS = fold_words("""
    украсть красть похитить похищать ограбить грабить отравить изнасиловать подделать подделывать
    обмануть присвоить растратить вымогать завербовать шпионить
""")

# Reflexive verbs whose "-ся" is no passive: "признался в убийстве" (confessed), not "was admitted".
TRUE_REFLEXIVE_VERBS = fold_words("признаться признаваться сознаться")

# Verbs of resulting: an event noun they lead to happens ("привела к уничтожению самолета", "может привести к
# смягчению санкций"; its modality is theirs).
RESULT_VERBS = fold_words("привести приводить")

# Adjectives that name a day, relative to the article's or of the week: on an event noun they say when it happens
# ("вчерашнее совещание", "сегодняшняя демонстрация", "субботняя встреча"), its time argument.
DAY_ADJECTIVES = fold_words("вчерашний сегодняшний завтрашний позавчерашний субботний воскресный понедельничный")

# Adjectives of a day or a recent time: an event noun with one is dated by it ("вчерашний штраф", "сегодняшняя
# встреча", "недавний визит", "прошлогодние выборы").
TIME_ADJECTIVES = DAY_ADJECTIVES | fold_words("недавний прошлогодний нынешний утренний вечерний ночной")

# Victims: their genitive incident names who died in it ("жертвы взрыва", "стали жертвами столкновений").
VICTIM_NOUNS = fold_words("жертва")

# A party to talks or a dispute named by its country's adjective ("иранская сторона", "белорусская сторона"): quotes
# name such a source by the phrase, coref links it to the country (`country_side`).
SIDE_NOUNS = frozenset({"сторона"})

# --- kinds of organizations and places (coreference: "клуб", "партия", "страна" refer back to an entity of the kind)

# The world's countries by their Russian short names (the UN member states with the common variant spellings, the
# states news name as countries though not all recognize them, "Палестина", "Тайвань", and "Англия"), folded, lower
# case; "Косово", "Абхазия", "Южная Осетия" are left out, as news call them "край", "республика" more often. A place
# of one of these names is a country: "страна", "государство" may refer back to it.
COUNTRY_NAMES = frozenset(name.replace("_", " ") for name in fold_words("""
    австралия австрия азербайджан албания алжир ангола андорра антигуа_и_барбуда аргентина армения афганистан
    багамы бангладеш барбадос бахрейн белоруссия беларусь белиз бельгия бенин болгария боливия босния_и_герцеговина
    ботсвана бразилия бруней буркина-фасо бурунди бутан вануату ватикан великобритания венгрия венесуэла вьетнам
    габон гаити гайана гамбия гана гватемала гвинея гвинея-бисау германия гондурас гренада греция грузия дания
    джибути доминика доминиканская_республика египет замбия зимбабве израиль индия индонезия иордания ирак иран
    ирландия исландия испания италия йемен кабо-верде казахстан камбоджа камерун канада катар кения кипр киргизия
    кыргызстан кирибати китай кнр кндр колумбия коморы конго коста-рика кот-д'ивуар куба кувейт лаос латвия лесото
    либерия ливан ливия литва лихтенштейн люксембург маврикий мавритания мадагаскар малави малайзия мали мальдивы
    мальта марокко мексика мозамбик молдавия молдова монако монголия мьянма бирма намибия науру непал нигер нигерия
    нидерланды голландия никарагуа новая_зеландия норвегия оаэ оман пакистан палау панама парагвай перу польша
    португалия россия рф руанда румыния сальвадор самоа сан-марино саудовская_аравия северная_корея
    северная_македония македония сейшелы сенегал сербия сингапур сирия словакия словения сомали судан южный_судан
    суринам сша сьерра-леоне таджикистан таиланд танзания того тонга тринидад_и_тобаго тувалу тунис туркмения
    туркменистан турция уганда узбекистан украина уругвай фиджи филиппины финляндия франция хорватия чад
    черногория чехия чили швейцария швеция шри-ланка эквадор экваториальная_гвинея эритрея эсватини свазиленд
    эстония эфиопия юар южная_корея ямайка япония палестина тайвань англия
"""))
# A country's names in the text by its key, the key among them ("РФ", "Соединённые Штаты", "Британия"), folded: the
# one table of country aliases (coref's country complements and sides, the home country, quotes' role places).
COUNTRY_NAME_VARIANTS: dict[str, frozenset[str]] = {
    country: frozenset(name.replace("_", " ") for name in fold_words(names))
    for country, names in (
        ("россия", "россия рф российская_федерация"),
        ("сша", "сша соединенные_штаты соединенные_штаты_америки америка"),
        ("великобритания", "великобритания британия англия соединенное_королевство"),
    )
}
# Each country's capitals, by display name: a row is the country's names, its preferred name first (as
# `entities.lexicon.COUNTRY_ADJECTIVES` names it) and then the other names news use ("Белоруссия|Беларусь"), and
# its capitals (the seat of government), the one a "белорусская столица" means first and then another name or seat
# news use ("Астана|Нур-Султан", "Сукре|Ла-Пас"). Countries whose capital bears their own name ("Алжир", "Сингапур",
# "Кувейт") need no row. Two views: COUNTRY_CAPITALS below, `entities.lexicon.CAPITALS` (the preferred names).
CAPITAL_TABLE: tuple[tuple[str, str], ...] = (
    ("Абхазия", "Сухуми"), ("Австралия", "Канберра"), ("Австрия", "Вена"), ("Азербайджан", "Баку"),
    ("Албания", "Тирана"), ("Ангола", "Луанда"), ("Аргентина", "Буэнос-Айрес"), ("Армения", "Ереван"),
    ("Афганистан", "Кабул"), ("Багамы", "Нассау"), ("Бангладеш", "Дакка"), ("Бахрейн", "Манама"),
    ("Белоруссия|Беларусь", "Минск"), ("Бельгия", "Брюссель"), ("Болгария", "София"), ("Боливия", "Сукре|Ла-Пас"),
    ("Босния и Герцеговина", "Сараево"), ("Бразилия", "Бразилиа"), ("Великобритания|Англия", "Лондон"),
    ("Венгрия", "Будапешт"), ("Венесуэла", "Каракас"), ("Вьетнам", "Ханой"), ("Гаити", "Порт-о-Пренс"),
    ("Гана", "Аккра"), ("Гвинея", "Конакри"), ("Германия", "Берлин"), ("Греция", "Афины"), ("Грузия", "Тбилиси"),
    ("Дания", "Копенгаген"), ("Доминиканская Республика", "Санто-Доминго"), ("Египет", "Каир"), ("Замбия", "Лусака"),
    ("Зимбабве", "Хараре"), ("Израиль", "Иерусалим"), ("Индия", "Дели|Нью-Дели"), ("Индонезия", "Джакарта"),
    ("Иордания", "Амман"), ("Ирак", "Багдад"), ("Иран", "Тегеран"), ("Ирландия", "Дублин"), ("Исландия", "Рейкьявик"),
    ("Испания", "Мадрид"), ("Италия", "Рим"), ("Йемен", "Сана"), ("Казахстан", "Астана|Нур-Султан"),
    ("Камбоджа", "Пномпень"), ("Камерун", "Яунде"), ("Канада", "Оттава"), ("Катар", "Доха"), ("Кения", "Найроби"),
    ("Кипр", "Никосия"), ("Киргизия|Кыргызстан", "Бишкек"), ("Китай|КНР", "Пекин"), ("КНДР|Северная Корея", "Пхеньян"),
    ("Колумбия", "Богота"), ("Конго", "Браззавиль"), ("Косово", "Приштина"), ("Куба", "Гавана"), ("Лаос", "Вьентьян"),
    ("Латвия", "Рига"), ("Либерия", "Монровия"), ("Ливан", "Бейрут"), ("Ливия", "Триполи"), ("Литва", "Вильнюс"),
    ("Мавритания", "Нуакшот"), ("Мадагаскар", "Антананариву"), ("Малайзия", "Куала-Лумпур"), ("Мали", "Бамако"),
    ("Мальта", "Валлетта"), ("Марокко", "Рабат"), ("Мексика", "Мехико"), ("Мозамбик", "Мапуту"),
    ("Молдавия|Молдова", "Кишинев"), ("Монголия", "Улан-Батор"), ("Мьянма|Бирма", "Нейпьидо"), ("Намибия", "Виндхук"),
    ("Непал", "Катманду"), ("Нигер", "Ниамей"), ("Нигерия", "Абуджа"), ("Нидерланды|Голландия", "Амстердам"),
    ("Никарагуа", "Манагуа"), ("Новая Зеландия", "Веллингтон"), ("Норвегия", "Осло"), ("ОАЭ", "Абу-Даби"),
    ("Оман", "Маскат"), ("Пакистан", "Исламабад"), ("Палестина", "Рамалла"), ("Парагвай", "Асунсьон"), ("Перу", "Лима"),
    ("Польша", "Варшава"), ("Португалия", "Лиссабон"), ("Россия|РФ", "Москва"), ("Руанда", "Кигали"),
    ("Румыния", "Бухарест"), ("Сальвадор", "Сан-Сальвадор"), ("Саудовская Аравия", "Эр-Рияд"),
    ("Северная Македония|Македония", "Скопье"), ("Сенегал", "Дакар"), ("Сербия", "Белград"), ("Сирия", "Дамаск"),
    ("Словакия", "Братислава"), ("Словения", "Любляна"), ("Сомали", "Могадишо"), ("Судан", "Хартум"),
    ("США", "Вашингтон"), ("Таджикистан", "Душанбе"), ("Таиланд", "Бангкок"), ("Тайвань", "Тайбэй"),
    ("Танзания", "Додома"), ("Туркмения|Туркменистан", "Ашхабад"), ("Турция", "Анкара"), ("Уганда", "Кампала"),
    ("Узбекистан", "Ташкент"), ("Украина", "Киев"), ("Уругвай", "Монтевидео"), ("Филиппины", "Манила"),
    ("Финляндия", "Хельсинки"), ("Франция", "Париж"), ("Хорватия", "Загреб"), ("Чад", "Нджамена"),
    ("Черногория", "Подгорица"), ("Чехия", "Прага"), ("Чили", "Сантьяго"), ("Швейцария", "Берн"),
    ("Швеция", "Стокгольм"), ("Шри-Ланка", "Коломбо"), ("Эквадор", "Кито"), ("Эритрея", "Асмэра"),
    ("Эстония", "Таллин"), ("Эфиопия", "Аддис-Абеба"), ("ЮАР", "Претория"), ("Южная Корея", "Сеул"),
    ("Южная Осетия", "Цхинвал"), ("Южный Судан", "Джуба"), ("Ямайка", "Кингстон"), ("Япония", "Токио"),
)
# Every name of a country, folded, lower case -> its capitals folded: a country contains its capital, so "в Египте"
# and "в Каире" do not place one happening in two places (events `contained_places`).
COUNTRY_CAPITALS: dict[str, frozenset[str]] = {
    fold(country): frozenset(fold(capital) for capital in capitals.split("|"))
    for countries, capitals in CAPITAL_TABLE for country in countries.split("|")
}
# Russia's names: Russian news call their own country "страна", "наша страна" (coref `home_country`, `our_country`).
HOME_COUNTRY = COUNTRY_NAME_VARIANTS["россия"]

# Description nouns that name a kind of organization, and the nouns and abbreviations that name or introduce an
# organization of that kind ("ФК «Зенит»", "клуб «Реал»", "Банк России", "Мосгорсуд", "партия «Яблоко»"): a
# description refers back to an organization of its kind whatever noun introduced it ("клуб «Реал»" … "команда").
# Kinds the hypernyms of the quotes' descriptions already cover (a public body for "ведомство", a business for
# "компания") are not repeated here.
ORGANIZATION_KIND_NOUNS: dict[str, str] = {
    **dict.fromkeys(fold_words("клуб команда сборная конюшня фк хк бк пфк пбк мфк вк гк"), "team"),
    **dict.fromkeys(fold_words("партия"), "party"),
    **dict.fromkeys(fold_words("банк"), "bank"),
    **dict.fromkeys(fold_words("суд трибунал"), "court"),
    **dict.fromkeys(fold_words("парламент"), "parliament"),
}
# The words of a legislature's name that make it of the "parliament" kind of ORGANIZATION_KIND_NOUNS: "Верховная
# Рада", "Законодательное собрание", "Национальная ассамблея", "Кнессет" are what a later "парламент" refers back to
# (coref `kinds.name_kinds`); as the last part of a clipped compound only the unambiguous heads ("Мосгордума",
# "Нарсобрание"; not "-рада" of "Эстрада").
LEGISLATURE_NAME_WORDS = PARLIAMENT_NOUNS | fold_words("собрание ассамблея")
LEGISLATURE_COMPOUND_HEADS = fold_words("дума собрание")
# The words of a chamber's own name ("Госдума", "Сенат", "Палата представителей"): a chamber, no whole legislature a
# "палата парламента" is part of (coref `kinds.chamber_whole`).
CHAMBER_NAME_WORDS = fold_words("дума госдума сенат палата")
# A party's nominee: "кандидат от демократов", "претендент от Республиканской партии" is the one person the story
# quotes in that part, like an office ("глава ведомства").
PARTY_ROLE_NOUNS = fold_words("кандидат претендент выдвиженец кандидатка")
# Members of a party named by their politics: "от демократов", "от республиканцев" is "от партии".
PARTY_MEMBER_NOUNS = fold_words("""
    демократ республиканец консерватор лейборист либерал либерал-демократ коммунист социалист социал-демократ
""")
# The words of a person's introduction that give the person's party, each to the member noun that describes its
# members ("кандидат от Демократической партии Джо Байден", "соперник из Демпартии", "президент-республиканец
# Дональд Трамп" are a "демократ", a "демократ", a "республиканец"): the member nouns themselves, the party's
# adjective and its short name.
PARTY_AFFILIATION_WORDS: dict[str, str] = {
    **{noun: noun for noun in PARTY_MEMBER_NOUNS},
    **dict.fromkeys(fold_words("демократический демпартия"), "демократ"),
    **dict.fromkeys(fold_words("республиканский"), "республиканец"),
    **dict.fromkeys(fold_words("лейбористский"), "лейборист"),
    **dict.fromkeys(fold_words("коммунистический компартия"), "коммунист"),
    **dict.fromkeys(fold_words("социалистический"), "социалист"),
    **dict.fromkeys(fold_words("социал-демократический"), "социал-демократ"),
    **dict.fromkeys(fold_words("либерально-демократический"), "либерал-демократ"),
}
# The country of a party-member noun that names one country's parties: a bare "демократ", "республиканец" in
# Russian news is a member of a US party (a person known to be of another country only is none: "Президент ДР Конго
# Чисекеди встретился с Трампом. …, — сказал республиканец"); "лейборист", "консерватор", "коммунист", "социалист",
# "либерал" are members of many countries' parties. Values are `lang.offices` country keys.
PARTY_COUNTRIES = {"демократ": "сша", "республиканец": "сша"}
# The nouns of a state's official form: a party's adjective agreeing with one names the state, no party
# ("Демократическая Республика Конго", "Корейская Народно-Демократическая Республика", "Союз Советских
# Социалистических Республик"). "союз" is left out: "Христианско-демократический союз" is a party.
STATE_FORM_NOUNS = fold_words("республика королевство федерация княжество эмират султанат джамахирия")
# Members, staff and fans of a team: an organization that is their genitive is a team ("тренер «Саутгемптона»",
# "нападающий «Реала»", "защитника «Айлендерс»", "пилотов «Феррари»" is a racing team's, "болельщики «Спартака»"),
# and so is the complement of a game ("игры против «Локомотива»", "поражение от «Милана»", "матч с «Зенитом»").
TEAM_MEMBER_NOUNS = fold_words("""
    тренер наставник игрок футболист хоккеист баскетболист волейболист гандболист нападающий полузащитник защитник
    вратарь голкипер форвард легионер воспитанник одноклубник болельщик фанат гонщик
""")
# Bodies of teams: a league's or a federation's players and games are its teams' ("игрок НБА", "матч лиги").
LEAGUE_NOUNS = fold_words("лига ассоциация федерация конфедерация союз")
GAME_NOUNS = fold_words("матч игра встреча поединок победа поражение ничья разгром финал полуфинал дерби")
# A role noun ("премьер", "министр") may refer to a person introduced this many sentences back: coref's
# descriptions and the quotes' role speakers look back the same distance.
ROLE_SENTENCES = 6

# --- segmentation ---------------------------------------------------------------------------------------------
# Prepositions and conjunctions that never end a sentence: a line whose last word is one runs on into the next
# whatever the next one starts with ("отмечают, что на\n\"КамАЗе\"", "реализовал в\nРоссии"), `segment.runs_on`.
CLAUSE_OPENING_WORDS = fold_words("""
    в во на с со к ко по о об обо от до из у за над под при для без про через между перед и а но или либо что
    чтобы если когда чем
""")

# Complex prepositions ("на фоне", "в ходе", "в рамках", "в течение"): their noun is never an argument itself
# (events), nor the first word of a phrase that names someone (coref: "в отношении | профессора Бабкина").
COMPOUND_PREPOSITIONS = frozenset({
    ("на", "фон"), ("в", "ход"), ("во", "время"), ("в", "время"), ("в", "рамка"), ("в", "течение"), ("в", "связь"),
    ("в", "случай"), ("за", "счет"), ("в", "целое"), ("в", "отношение"), ("в", "результат"), ("по", "итог"),
    ("в", "адрес"), ("в", "качество"), ("на", "основание"), ("по", "мера"), ("в", "ответ"), ("в", "смысл"),
    ("в", "число"), ("в", "интерес"), ("в", "польза"), ("по", "инициатива"),
    ("в", "сила"),  # "в силу обстоятельств": because of; "оставил в силе": kept in force
})
# Compound prepositions whose noun takes a preposition of its own before the person ("во главе с | генералом Ивановым"):
# the noun and that preposition open no phrase of the person either.
LEADING_COMPOUND_PREPOSITIONS: dict[tuple[str, str], str] = {("во", "глава"): "с", ("в", "глава"): "с"}

# --- a lawyer's client (coref94) --------------------------------------------------------------------------------
# Nouns of a lawyer's client ("его подзащитный", "моего доверителя"): the person whose defence the story names.
CLIENT_NOUNS = fold_words("подзащитный подзащитная доверитель доверительница")
# Nouns of a person's defence whose genitive name is the client ("адвокат Ходорковского", "защитники Пичугина",
# "защита Лебедева"); the lawyer's own nouns are AGENT_NOUNS' first two.
DEFENDER_NOUNS = fold_words("адвокат адвокатша защитник защитница защита")
# The parties of a lawsuit ("истец", "ответчица"): who filed it and against whom (coref94, `resolve.suing_party`).
PLAINTIFF_NOUNS = fold_words("истец истица")
DEFENDANT_NOUNS = fold_words("ответчик ответчица")
# The noun of a lawsuit whose genitive name is who filed it ("иск Навального", "иска Смыкова") and whose "к" or
# "против" phrase is whom it is against ("иск … к Путину", "иск против компании").
LAWSUIT_NOUNS = fold_words("иск")
AGAINST_PREPOSITIONS = frozenset({"к", "против"})
# Verbs of filing a suit, whose subject is the plaintiff ("Костенко подал иск"); a court "отклонил", "рассмотрел",
# "удовлетворил" one, and its subject is no party.
FILING_VERBS = fold_words("подать подавать предъявить предъявлять направить направлять инициировать выдвинуть")

# --- named kin (coref96) ----------------------------------------------------------------------------------------
# Kin nouns by side: "его жена", "ее муж", "его дочь" is the person the story named as that kin of the possessive's
# owner ("Сергей Скрипаль и его дочь Юлия"; `coref.resolve.named_kin`). A spouse is also read back: "Алла Бут, жена
# Виктора Бута … ее муж" (SPOUSE_SIDES).
# The spouses of KINSHIP_NOUNS split by side (and "вдовец", which that list lacks): a partition, not a second list.
WIFE_NOUNS = fold_words("жена супруга вдова")
HUSBAND_NOUNS = fold_words("муж супруг вдовец")
KIN_SIDES = {**dict.fromkeys(WIFE_NOUNS, "wife"), **dict.fromkeys(HUSBAND_NOUNS, "husband"), "сын": "son",
             "дочь": "daughter"}
KIN_SEX = {"wife": "femn", "husband": "masc", "son": "masc", "daughter": "femn"}
SPOUSE_SIDES = {"wife": "husband", "husband": "wife"}

# Places whose official form ("Республика Конго", STATE_FORM_NOUNS + a name) names another place than the name alone
# does in news: the Republic of the Congo is not the "Конго" news mostly mean (the Democratic Republic), "Республика
# Китай" is Taiwan, "Республика Корея" is South Korea, "на Алтае" is the Altai Krai or the mountains as often as the
# Republic of Altai (entities' `official_form_key` keys these as written).
OFFICIAL_FORM_OTHER_PLACES = fold_words("конго китай корея алтай")

# --- the story's figure (coref97) -------------------------------------------------------------------------------
# Occupations a person is known for in arts, sport, science and business ("актер", "спортсменка", "писатель",
# "бизнесмен"): a story about one such person calls them by it without having introduced them with it ("Марлон
# Брандо … знаменитый актер умер"; `coref.resolve.story_figure`). Offices ("президент", "министр") are left out:
# each has one holder the story names, found by the role rules. "чемпион" is left out: a title contested ("бой за
# звание чемпиона мира").
PUBLIC_OCCUPATION_NOUNS = fold_words("""
    актер актриса артист артистка певец певица музыкант композитор режиссер писатель писательница поэт поэтесса
    художник художница скульптор танцор балерина танцовщица спортсмен спортсменка игрок футболист футболистка
    хоккеист теннисист теннисистка форвард нападающий вратарь голкипер полузащитник боксер гонщик фигурист
    фигуристка лыжник лыжница биатлонист биатлонистка пловец пловчиха шахматист шахматистка бегун бегунья прыгун
    легкоатлет легкоатлетка гимнаст гимнастка конькобежец конькобежка ученый исследователь физик астроном
    бизнесмен предприниматель миллиардер олигарх банкир модельер дизайнер телеведущий шоумен рэпер рокер комик
    фотограф архитектор баскетболист волейболист велогонщик борец дзюдоист тяжелоатлет спринтер сноубордист
    горнолыжник горнолыжница бобслеист саночник путешественник альпинист космонавт астронавт
""")
# The masculine occupations of that list that have a feminine of their own ("актер" / "актриса"): the masculine
# then names a man ("спортсмена" is no Загитова), unlike "режиссер", "архитектор".
PAIRED_MASCULINE_OCCUPATIONS = fold_words("""
    актер артист певец писатель поэт художник танцор спортсмен футболист теннисист фигурист лыжник биатлонист
    пловец шахматист бегун легкоатлет гимнаст конькобежец горнолыжник
""")
# Nouns of a title, an award or a team position whose genitive names the title or the position, no one ("титул
# сильнейшего теннисиста", "в номинации «Лучшая актриса»", "на месте опорного полузащитника"; "звание" is
# `coref.rules.POST_NOUNS`').
TITLE_GOVERNOR_NOUNS = fold_words("титул номинация место позиция амплуа")

# --- a switched subject and the last named (coref99) -------------------------------------------------------------
# The demonstrative standing alone as a clause's subject picks up the last person or body named that is not the
# subject before it ("Иванов позвонил Петрову, и тот согласился": Петров; `coref.resolve.switched_subject`); the
# nominative only: the tagger reads "того", "тому", "том" as neuter, and "кроме того", "после того как" hold them.
SWITCH_DEMONSTRATIVE_FORMS = fold_words("тот та")
# Words after the demonstrative that make it no pronoun of its own: "тот же", "тот или иной", "та самая", "тот и
# другой".
DEMONSTRATIVE_CLOSERS = fold_words("же или и самый самая")
# "последний" standing for a noun ("Стехновского и Мусина. Последний скрывается"): the last one named
# (`coref.resolve.last_named`).
LAST_NAMED_LEMMAS = fold_words("последний")
