"""Small curated word lists for the entity rules: generic descriptors, organization head nouns, aliases.

Everything here is general Russian news vocabulary and well-known international abbreviations, not names taken
from any evaluation set.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.lang.fold import fold, fold_words
from pipeline.lang.lexicon import CAPITAL_TABLE, COUNTRY_NAMES, HOME_COUNTRY, SEAT_METONYMS, WORK_NOUNS
from pipeline.lang.offices import country_key

# Legal forms and media-type abbreviations that precede a quoted name: ОАО «Газпром», РИА «Новости».
LEGAL_FORMS = frozenset({
    "ао", "оао", "зао", "пао", "ооо", "нао", "ип", "гуп", "фгуп", "муп", "мунп", "гбу", "фгбу", "гку", "ано", "нко",
    "ноу", "чоп", "тоо", "ук", "нпо", "нпп", "нии", "фк", "пфк", "хк", "бк", "ск", "ия", "иа", "риа", "ид", "тк",
    "трк", "гтрк", "тд", "кб", "окб", "llc", "ltd", "inc", "corp", "ag", "gmbh", "plc", "sa",
})

# Conjunctions that close a list of coordinated words: "по вопросам семьи, молодежи и спорта".
LIST_CONJUNCTIONS = frozenset({"и", "или"})
# The words before the person an institution is named for: "центр имени Гамалеи", "им. Бурденко".
EPONYM_MARKERS = frozenset({"имени", "им."})

# The legal forms of companies (a subset of LEGAL_FORMS, with "акб" and "нк"), which an organization's key leaves
# out: "АКБ Северлес", "Северлес" and "Северлес АО" are one company; descriptors such as "РИА" or "ФК" stay in the key.
COMPANY_FORMS = frozenset({
    "ао", "оао", "зао", "пао", "ооо", "нао", "акб", "гуп", "фгуп", "муп", "тоо", "нк", "llc", "ltd", "inc", "corp",
    "ag", "gmbh", "plc",
})

# Research institutions that Russian news name by their kind and the person they are named for, with any kind word:
# "Центр Гамалеи", "Институт Гамалеи", "НИИ им. Гамалеи", "НИЦЭМ им. Н. Ф. Гамалеи", "Национальный исследовательский
# центр эпидемиологии и микробиологии имени Гамалеи" are one institute (`linking.dedicated_institute_key`). The
# nouns (lemmas) of such a name's head; an abbreviation heads one where it holds "НИ", "НЦ" or "ИЦ" (научно-
# исследовательский, научный центр, исследовательский центр: НИИ, ЦНИИ, НИЦЭМ, ФНЦИРИП, НМИЦ). A longer name must
# say that it is research: an adjective of one of the stems ("исследовательский", "научно-практический") or a
# science in the genitive ("эпидемиологии", "гематологии"); "Космический центр имени Кеннеди", "Центр искусств
# имени Кеннеди" and "Литературный институт имени Горького" are no such institutes and keep their own keys.
RESEARCH_INSTITUTION_NOUNS = frozenset({"институт", "центр"})
RESEARCH_ABBREVIATION_PARTS = ("НИ", "НЦ", "ИЦ")
RESEARCH_STEMS = ("исследовательск", "научн")
SCIENCE_GENITIVE_ENDING = "логии"

# Generic nouns (lemmas) that describe an organization without naming it: «концерн "Майкрософт"».
DESCRIPTOR_NOUNS = frozenset({
    "компания", "концерн", "корпорация", "холдинг", "группа", "агентство", "информагентство", "агенство",
    "газета", "журнал", "издание", "еженедельник", "ежедневник", "телеканал", "канал", "радиостанция", "радио",
    "телекомпания", "издательство", "студия", "банк", "фонд", "завод", "фабрика", "комбинат", "предприятие",
    "фирма", "клуб", "команда", "движение", "партия", "организация", "объединение", "общество", "ассоциация",
    "оператор", "производитель", "ретейлер", "ритейлер", "сеть", "магазин", "ресторан", "кафе", "портал", "сайт",
    "сервис", "ресурс", "интернет-издание", "интернет-портал", "интернет-магазин", "авиакомпания", "автоконцерн",
    "госкорпорация", "медиахолдинг", "телерадиокомпания", "футбольный", "хоккейный", "баскетбольный", "российский",
    "американский", "немецкий", "британский", "французский", "японский", "китайский", "украинский", "государственный",
    "нефтяной", "газовый", "энергетический", "страховой", "инвестиционный", "частный", "крупный", "крупнейший",
    "известный", "новый", "мобильный", "сотовый", "телекоммуникационный", "издательский", "лоукостер", "ансамбль",
    "группировка", "коллектив", "оркестр", "хор", "театр", "кинотеатр", "музей", "галерея", "стадион", "аэропорт",
})


@dataclass(frozen=True, slots=True)
class Alias:
    """One real-world referent of the alias table: its key, the name the text works with (the short form news use,
    which quote speakers take), its type, and the canonical full name the record gives the entity."""

    key: str
    name: str
    type: str
    canonical: str = ""
    typed_only: bool = False  # names the referent only in a mention that already has its type (never retypes)


# The alias table lives in aliases.tsv beside this file (data, not code): the world's common short forms of
# well-known countries, unions, international and Russian federal bodies, agencies and media.
ALIAS_FILE = Path(__file__).with_name("aliases.tsv")


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One row of the alias table: the key name (what the key is made of), the canonical name and the variants."""

    type: str
    key_name: str
    name: str
    variants: tuple[str, ...]
    typed_only: bool = False


def _table_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """The line number and tab-separated fields of each row of a table file; blank lines and lines starting with "#"
    (comments) are skipped."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            yield number, line.split("\t")


def _variants(field: str) -> tuple[str, ...]:
    """A table field's variants, separated by "|"."""
    return tuple(variant for variant in field.split("|") if variant)


def read_alias_table(path: Path = ALIAS_FILE) -> tuple[AliasEntry, ...]:
    """The rows of an alias table file: tab-separated type, key name, canonical name ("-": the key name), variants
    separated by "|" and, optionally, "typed" (the row names its referent only in a mention that already has the
    row's type); lines starting with "#" are comments."""
    entries = []
    for number, fields in _table_rows(path):
        if len(fields) not in (4, 5) or fields[0] not in ("PER", "LOC", "ORG") or fields[4:] not in ([], ["typed"]):
            raise ValueError(f"{path}:{number}: expected type, key name, name, variants [, typed] separated by tabs")
        type_, key_name, name, variants = fields[:4]
        entries.append(AliasEntry(type_, key_name, key_name if name == "-" else name, _variants(variants),
                                  typed_only=len(fields) == 5))
    return tuple(entries)


ALIAS_TABLE: tuple[AliasEntry, ...] = read_alias_table()

# The well-known persons table lives in persons.tsv beside this file (data, not code): the names news give the
# world's most reported people, so that "Обама" and "Барак Обама" share a key across articles.
# Alias table rows whose name is also the building the body sits in ("Кремль", "Белый дом"): the place where the text
# speaks of the place ("в Кремле прошла встреча"), the body where the body acts ("Кремль заявил", "пресс-служба
# Кремля", "в Кремле считают"): the seats of lang.lexicon.SEAT_METONYMS, keyed as alias rows are.
SEATS_OF_POWER = frozenset(f"org:{seat}" for seat in SEAT_METONYMS)

PERSON_FILE = Path(__file__).with_name("persons.tsv")


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """One row of the well-known persons table: the key name, the gender ("masc" / "femn") and the variants."""

    key_name: str
    gender: str
    variants: tuple[str, ...]
    yields_to_namesakes: bool = False  # "namesakes" in a fourth column: the article's own full name comes first


def read_person_table(path: Path = PERSON_FILE) -> tuple[PersonEntry, ...]:
    """The rows of a persons table file: tab-separated key name, gender ("m" / "f"), variants separated by "|" and,
    optionally, "namesakes" (`PersonEntry.yields_to_namesakes`); lines starting with "#" are comments."""
    entries = []
    for number, fields in _table_rows(path):
        if len(fields) not in (3, 4) or fields[1] not in ("m", "f") or fields[3:] not in ([], ["namesakes"]):
            raise ValueError(f"{path}:{number}: expected key name, gender (m or f), variants and optionally "
                             "'namesakes', separated by tabs")
        key_name, gender, variants = fields[:3]
        entries.append(PersonEntry(key_name, "masc" if gender == "m" else "femn", _variants(variants),
                                   yields_to_namesakes=len(fields) == 4))
    return tuple(entries)


PERSON_TABLE: tuple[PersonEntry, ...] = read_person_table()

# Ministries and similar bodies that every country has, under their canonical name, qualified by the country the
# text names: "МИД России", "российский МИД" -> "МИД России"; "азербайджанский Минтранс" -> "Министерство транспорта
# Азербайджана". Letter abbreviations (МИД, МВД, МЧС) are how Russian news names these bodies and stay the name;
# the contractions (Минфин, Минтранс, Минобороны...) are expanded to the full name, so that "Минфин",
# "Министерство финансов" and "российский Минфин" share one key in every document.
COUNTRY_SCOPED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("МИД", ("Министерство иностранных дел",)),
    ("МВД", ("Министерство внутренних дел",)),
    ("МЧС", ("Министерство по чрезвычайным ситуациям",)),
    ("Министерство обороны", ("Минобороны",)),
    ("Министерство финансов", ("Минфин",)),
    ("Министерство юстиции", ("Минюст",)),
    ("Министерство здравоохранения", ("Минздрав",)),
    ("Министерство энергетики", ("Минэнерго",)),
    ("Министерство сельского хозяйства", ("Минсельхоз",)),
    ("Министерство экономического развития", ("Минэкономразвития",)),
    ("Министерство транспорта", ("Минтранс",)),
    ("Министерство культуры", ("Минкультуры",)),
    ("Министерство образования и науки", ("Минобрнауки",)),
    ("Министерство просвещения", ("Минпросвещения",)),
    ("Министерство труда", ("Минтруд",)),
    ("Министерство промышленности и торговли", ("Минпромторг",)),
    ("Министерство природных ресурсов", ("Минприроды",)),
    ("Министерство спорта", ("Минспорт",)),
    ("Министерство строительства", ("Минстрой",)),
    ("Министерство цифрового развития", ("Минцифры",)),
    ("Генеральный штаб", ("Генштаб",)),
    ("Генпрокуратура", ("Генеральная прокуратура",)),
    # clipped compounds of a country's bodies, named in full as the labels name them ("кубинский Госсовет" ->
    # "Государственный совет Кубы", "Нацполиция" -> "Национальная полиция")
    ("Государственный совет", ("Госсовет",)),
    ("Национальная полиция", ("Нацполиция",)),
    ("Национальный банк", ("Нацбанк",)),
    ("Коммунистическая партия", ("Компартия",)),
    # a country's armed services, named by their letters as the ministries are ("ВВС" too, but only with its country:
    # Russian news write the BBC so as often as the air force, "сообщает ВВС"; `UNQUALIFIED_AS_WRITTEN`)
    ("ВМС", ("Военно-морские силы",)),
    ("ВМФ", ("Военно-морской флот",)),
    ("ВКС", ("Воздушно-космические силы",)),
    ("ВДВ", ("Воздушно-десантные войска",)),
    ("ВВС", ("Военно-воздушные силы",)),
)
# Every name COUNTRY_SCOPED writes a country's body by, folded: as the table writes it, each is the nominative (a
# mention written so is already nominative, quotes' `_short_form`: "Минприроды", "Минобороны" do not decline), and
# each is a body every country has (PLACE_SCOPED_BODIES).
COUNTRY_SCOPED_FORMS = frozenset(fold(name) for body, variants in COUNTRY_SCOPED for name in (body, *variants))
# Bodies every region or country has, named by their kind: a service's or a force's letters or a clipped name. A
# place adjective before one scopes it ("тюменская ГИБДД", "краевое ГУВД", "краснодарский ЗАГС", "сирийские ПВО"):
# the bare name is the whole service, or another body ("ВС": armed forces or a supreme court), so the adjective stays
# in the record's name (`linking.descriptive_adjective_prefix`); the country's bodies of COUNTRY_SCOPED are such too.
PLACE_SCOPED_BODIES = fold_words("""
    ГИБДД ГАИ ДПС Госавтоинспекция ГУВД УВД ОВД УМВД ГУМВД ОМОН СОБР ФСБ УФСБ УФСИН УФМС УФНС СК СКР ГСУ СУ СИЗО
    ЗАГС ОНК ЦИК Избирком Облизбирком Горизбирком Дума Гордума Облдума Горсовет Прокуратура ВС ПВО ОПК ВПК Нацгвардия
""") | COUNTRY_SCOPED_FORMS
# Bodies whose letters name something else as well when no country qualifies them: a bare "ВВС" is the BBC as often
# as the air force ("сообщает ВВС"), so it keeps its letters as its name; "ВВС США", "израильские ВВС" are air forces.
UNQUALIFIED_AS_WRITTEN = frozenset({"ВВС"})
# Bodies Russia has under another name: "ВМС" in Russian news is a foreign navy (Russia's is the ВМФ); an unqualified
# one is no Russian body (linking's `home_country_scope`). Nor are the clipped bodies that Russia has not
# ("Нацполиция", "Нацбанк": the Банк России) or that its republics have too ("Госсовет республики" is Chechnya's or
# Tatarstan's as often as the president's), nor "Компартия" (the КПРФ or the КПСС).
NOT_HOME_BODIES = frozenset({"ВМС", "ВВС", "Государственный совет", "Национальная полиция", "Национальный банк",
                             "Коммунистическая партия"})
# The body that speaks for Russia on other countries' news: a bare "МИД" in a story told from abroad is as often
# Russia's reaction to it ("А вот МИД отреагировал…" on a Ukrainian law) as that country's own ministry, so the story
# alone does not make it another country's (linking's `home_country_scope`).
HOME_VOICE_BODIES = frozenset({"МИД"})

# Everyday forms of first names -> the full name (folded, ё as е), for persons' keys: "Джо Байден" and "Джозеф
# Байден", "Юля Осокина" and "Юлия Осокина" share a key. Only forms that name one full name (not "Саша",
# "Женя": a man's or a woman's; not "Слава": Вячеслав, Ярослав, Святослав; not "Макс", "Алекс", "Сэм", "Джерри";
# not "Тома", also the French Thomas, nor "Бен", also the Arabic "son of"); the usual Russian hypocorisms and English
# short forms as Russian news write them (in any spelling of their letters: "Тэд" is "Тед",
# `patronymics.full_first_name`).
FIRST_NAME_FORMS: dict[str, str] = {
    "юля": "юлия", "лиза": "елизавета", "катя": "екатерина", "маша": "мария", "наташа": "наталья",
    "таня": "татьяна", "оля": "ольга", "лена": "елена", "света": "светлана", "настя": "анастасия",
    "аня": "анна", "даша": "дарья", "ира": "ирина", "люда": "людмила", "галя": "галина", "надя": "надежда",
    "леша": "алексей", "алеша": "алексей", "дима": "дмитрий", "миша": "михаил", "коля": "николай",
    "петя": "петр", "вася": "василий", "ваня": "иван", "володя": "владимир", "сережа": "сергей",
    "андрюша": "андрей", "паша": "павел", "костя": "константин", "боря": "борис", "гриша": "григорий",
    "джо": "джозеф", "билл": "уильям", "боб": "роберт", "берни": "бернард", "майк": "майкл", "дейв": "дэвид",
    "дэйв": "дэвид", "джим": "джеймс", "джимми": "джеймс", "том": "томас", "тони": "энтони", "ник": "николас",
    "тед": "эдвард", "дик": "ричард", "крис": "кристофер", "стив": "стивен", "мэтт": "мэтью", "дэн": "дэниел",
    "вова": "владимир", "толя": "анатолий", "гена": "геннадий", "витя": "виктор", "юра": "юрий", "рома": "роман",
    "стас": "станислав", "эдик": "эдуард", "жора": "георгий", "гоша": "георгий", "митя": "дмитрий", "леня": "леонид",
    "федя": "федор", "сева": "всеволод", "лева": "лев", "вадик": "вадим", "ксюша": "ксения", "вика": "виктория",
    "зина": "зинаида", "рита": "маргарита", "люба": "любовь", "тоня": "антонина", "лида": "лидия", "поля": "полина",
    "варя": "варвара", "маруся": "мария", "катюша": "екатерина",
    "джен": "дженнифер", "рон": "рональд", "рик": "ричард", "пит": "питер", "чак": "чарльз",
    "билли": "уильям", "бобби": "роберт", "энди": "эндрю", "тим": "тимоти", "ларри": "лоуренс", "джонни": "джон",
    "лиз": "элизабет", "мэгги": "маргарет", "катерина": "екатерина",
}

# Ukrainian spellings of East Slavic first names, in texts quoted from Ukrainian ("Володимир Гройсман"): the
# Russian spelling, which the key uses and the entity's name prefers where the article gives both.
UKRAINIAN_FIRST_NAMES: dict[str, str] = {
    "володимир": "владимир", "олександр": "александр", "олексій": "алексей", "олексий": "алексей",
    "юрій": "юрий", "сергій": "сергей", "андрій": "андрей", "микола": "николай", "петро": "петр",
    "віктор": "виктор", "дмитро": "дмитрий", "михайло": "михаил", "василь": "василий", "григорій": "григорий",
    "анатолій": "анатолий", "євген": "евгений", "ігор": "игорь", "віталій": "виталий", "валерій": "валерий",
    "арсеній": "арсений", "павло": "павел", "олена": "елена", "юлія": "юлия", "тетяна": "татьяна",
    "ірина": "ирина", "наталія": "наталья",
}

# Transliterations of one foreign first name that Russian news spell two ways, beyond what the spelling skeleton
# folds (э/е, й/и, soft signs, doubled letters: `lang.fold.spelling_skeleton`): a different first vowel, -ья for
# -ия, Arabic vowels, Finnish "Jy-" -> the one spelling persons' keys use ("Антони" / "Энтони Блинкен" share a key;
# the name keeps the article's spelling). Only variants that name no other first name.
# A spelling that maps to itself stands for its skeleton's other spellings ("Джэб" -> "джеб").
FIRST_NAME_SPELLINGS: dict[str, str] = {
    "антони": "энтони", "меланья": "мелания", "ирки": "юрки", "осама": "усама", "абдалла": "абдулла",
    "эмманюэль": "эммануэль", "гэбриэл": "габриэль", "гэбриэль": "габриэль", "джеб": "джеб",
    "резерфорд": "ратерфорд",
    # entities81 (one person under two keys across the pools' articles): the Arabic Ahmad as "Ахмед" / "Ахмат",
    # Saeb, the Tatar "Рустем"/"Рустэм", the Catalan "Карлес", Liam, the French "Николя", the Persian Manouchehr,
    # Fethullah, the Russian "Наталия", a doubled "тт" ("Скот Макклеллан": "скот" is also a word). Not the French
    # "Альбер": news tell Albert II of Monaco ("Альбер II") from Albert II of Belgium ("Альберт II") by it
    "ахмед": "ахмад", "ахмат": "ахмад", "саиб": "саеб", "рустем": "рустам", "карлес": "карлос", "лайам": "лиам",
    "николя": "николас", "манучер": "манучехр", "фетхуллах": "фетхулла", "наталия": "наталья", "скотт": "скотт",
    **UKRAINIAN_FIRST_NAMES,
}

# The letter abbreviations of a subordinate body that Russian news write before the organization it belongs to, in
# the genitive, and the words they stand for: "ЦК КПСС" (Центральный комитет), "ГУ МВД России" (Главное управление),
# "ГСУ СК", "СУ СКР". The two are one name (`types.parent_body`), and the record spells the body out as Wikidata
# labels it (`linking.spelled_body`: "Центральный комитет КПСС").
BODY_ABBREVIATIONS: dict[str, str] = {"ЦК": "Центральный комитет", "ГУ": "Главное управление",
                                      "ГСУ": "Главное следственное управление", "СУ": "Следственное управление"}

# Titles of clergy and nobility that take a see's or a land's adjective before the name ("Патриарх Московский
# Кирилл", "герцог Брабантский Филипп"): the adjective is part of the title, not a place.
TITLE_NOUNS = frozenset({"патриарх", "митрополит", "архиепископ", "епископ", "герцог", "герцогиня", "князь",
                         "княгиня", "граф", "графиня", "принц", "принцесса", "король", "королева", "эмир"})

# The official name a country's bodies are labelled with where it is not the country's preferred name: Wikidata
# labels Russia's ministries "Министерство иностранных дел Российской Федерации" (`aliases.body_label`).
BODY_COUNTRY_NAMES: dict[str, str] = {"Россия": "Российская Федерация"}

# Country adjectives (lemmas) -> the country's preferred name: "японский МИД" -> "МИД Японии".
COUNTRY_ADJECTIVES: dict[str, str] = {
    "российский": "Россия", "американский": "США", "британский": "Великобритания", "английский": "Великобритания",
    "китайский": "Китай", "японский": "Япония", "немецкий": "Германия", "германский": "Германия",
    "французский": "Франция", "итальянский": "Италия", "испанский": "Испания", "украинский": "Украина",
    "белорусский": "Белоруссия", "казахстанский": "Казахстан", "азербайджанский": "Азербайджан",
    "армянский": "Армения", "грузинский": "Грузия", "турецкий": "Турция", "иранский": "Иран",
    "израильский": "Израиль", "индийский": "Индия", "канадский": "Канада", "польский": "Польша",
    "сирийский": "Сирия", "египетский": "Египет", "молдавский": "Молдавия", "латвийский": "Латвия",
    "литовский": "Литва", "эстонский": "Эстония", "финский": "Финляндия", "шведский": "Швеция",
    "норвежский": "Норвегия", "австрийский": "Австрия", "швейцарский": "Швейцария", "венгерский": "Венгрия",
    "чешский": "Чехия", "сербский": "Сербия", "греческий": "Греция", "бразильский": "Бразилия",
    "мексиканский": "Мексика", "пакистанский": "Пакистан", "афганский": "Афганистан", "иракский": "Ирак",
    "саудовский": "Саудовская Аравия", "катарский": "Катар", "узбекский": "Узбекистан", "киргизский": "Киргизия",
    "таджикский": "Таджикистан", "туркменский": "Туркмения", "северокорейский": "КНДР",
    "южнокорейский": "Южная Корея", "австралийский": "Австралия", "нидерландский": "Нидерланды",
    "голландский": "Нидерланды", "бельгийский": "Бельгия", "датский": "Дания", "румынский": "Румыния",
    "болгарский": "Болгария", "словацкий": "Словакия", "хорватский": "Хорватия", "кипрский": "Кипр",
    "ливанский": "Ливан", "иорданский": "Иордания", "ливийский": "Ливия", "кубинский": "Куба",
    "венесуэльский": "Венесуэла", "аргентинский": "Аргентина", "чилийский": "Чили", "вьетнамский": "Вьетнам",
    "индонезийский": "Индонезия", "таиландский": "Таиланд", "тайский": "Таиланд", "монгольский": "Монголия",
    "абхазский": "Абхазия", "эмиратский": "ОАЭ",
    # States news name as countries, the partially recognized ones included as "абхазский" is (recognized by a UN
    # member: Палестина, Тайвань, Косово, Южная Осетия); not peoples without a state ("курдский", "арабский"), not a
    # people's adjective beside its state's ("казахский" / "казахстанский"), not one shared by two states ("корейский").
    "палестинский": "Палестина", "тайваньский": "Тайвань", "косовский": "Косово",
    "южноосетинский": "Южная Осетия", "югоосетинский": "Южная Осетия", "португальский": "Португалия",
    "ирландский": "Ирландия", "исландский": "Исландия", "албанский": "Албания", "малайзийский": "Малайзия",
    "сингапурский": "Сингапур", "филиппинский": "Филиппины", "сомалийский": "Сомали", "алжирский": "Алжир",
    "марокканский": "Марокко", "тунисский": "Тунис", "нигерийский": "Нигерия", "южноафриканский": "ЮАР",
    "йеменский": "Йемен", "кувейтский": "Кувейт", "эквадорский": "Эквадор", "боливийский": "Боливия",
    "перуанский": "Перу", "колумбийский": "Колумбия", "новозеландский": "Новая Зеландия",
}
# The countries of COUNTRY_ADJECTIVES and Russia's one-word names ("РФ"), folded: the countries a role's adjective or
# genitive names ("российский лидер", "президент РФ"; quotes), the base of COUNTRIES.
ADJECTIVE_COUNTRIES = frozenset(fold(country) for country in COUNTRY_ADJECTIVES.values()) \
    | frozenset(name for name in HOME_COUNTRY if " " not in name)
# The names of countries, folded: those of the country adjectives and the world's countries (lang.COUNTRY_NAMES) ...
COUNTRIES = ADJECTIVE_COUNTRIES | COUNTRY_NAMES
# ... and a country's other names as the alias table gives them ("Китайская Народная Республика", "Соединённые Штаты").
COUNTRIES |= frozenset(fold(name) for row in ALIAS_TABLE
                       if row.type == "LOC" and fold(row.key_name) in COUNTRIES
                       for name in (row.name, *row.variants))


def word_country(word: str) -> str:
    """The country a word (a lemma) names as a country adjective or a country's name ("иранский", "иран" -> "иран",
    "рф" -> "россия"): its key in `lang.offices`, or "" when the key is none of COUNTRIES. What coref's and quotes'
    `known_countries` and quotes' `description_country` read a word's country by."""
    country = country_key(COUNTRY_ADJECTIVES.get(word) or word)
    return country if country in COUNTRIES else ""


# A country's preferred name (as in COUNTRY_ADJECTIVES) -> its preferred capital's, the view of
# lang.CAPITAL_TABLE the coref capitals read: "испанская столица" is Madrid.
CAPITALS: dict[str, str] = {countries.split("|")[0]: capitals.split("|")[0] for countries, capitals in CAPITAL_TABLE}
# A preferred capital's folded name -> its country's preferred name ("москва" -> "Россия"): CAPITALS read backwards.
CAPITAL_COUNTRIES: dict[str, str] = {fold(capital): country for country, capital in CAPITALS.items()}

# Nouns (lemmas) for things that are named but are neither persons, places nor organizations: a quoted or
# Latin-script name right after one ("корабль «Союз»", "фильм «Брат»", "конкурс The BOBs") is a vehicle, a work
# (lang.WORK_NOUNS) or an event.
ARTIFACT_NOUNS = WORK_NOUNS | frozenset({
    "корабль", "шаттл", "челнок", "спутник", "ракета", "ракета-носитель", "зонд", "марсоход", "луноход", "телескоп",
    "модуль", "самолёт", "самолет", "лайнер", "вертолёт", "вертолет", "истребитель", "бомбардировщик", "беспилотник",
    "судно", "танкер", "сухогруз", "ледокол", "яхта", "крейсер", "авианосец", "подлодка", "субмарина", "эсминец",
    "фрегат", "корвет", "танк", "автомобиль", "внедорожник", "седан", "смартфон", "игра", "операция", "учение",
    "конкурс", "фестиваль", "турнир", "премия", "форум", "законопроект", "доктрина", "ураган", "тайфун", "шторм",
    "циклон",
})

# Nouns of a work's story and cast (lemmas): a person's name in brackets after a name in a sentence with one of them
# (or with a work noun, lang.WORK_NOUNS) is the actor who plays the character, no second name of one person ("по
# сюжету картины ведущий ток-шоу Дэвид Скайларк (Джеймс Франко)", `linking.bracketed_full_name`).
CAST_NOUNS = WORK_NOUNS | frozenset({"сюжет", "роль", "персонаж", "герой", "героиня", "экранизация", "актёр", "актер",
                                     "актриса", "сыграть", "играть"})

# Common abbreviations that are not names: "по сообщениям СМИ".
GENERIC_ABBREVIATIONS = frozenset({
    "сми", "вуз", "вузы", "ссуз", "нко", "аэс", "гэс", "тэц", "жкх", "ввп", "ндс", "дтп",
})


# Lowercase words that end a person's hyphenated name as its own part, not as a common noun's compound
# ("Гасан-заде", "Чингис-хан", "Мамед-оглы", "Ахмед-паша", "Туркмен-баши"): `types.common_noun_compounds` keeps
# them; Turkic, Persian and Arabic titles and patronymic affixes.
NAME_AFFIX_NOUNS = frozenset({
    "заде", "хан", "шах", "паша", "бей", "бек", "ага", "оглы", "кызы", "улы", "хаджи", "мирза", "баши", "ата",
    "бай", "эфенди", "ханум", "хатун",
})


# Relational adjectives (lemmas) that belong to an organization's name when they precede it in lowercase
# ("государственной Комиссии по атомной энергии"), besides every "-ский/-цкий" adjective ("японского МИДа").
RELATIONAL_ADJECTIVES = frozenset({
    "государственный", "международный", "национальный", "федеральный", "региональный", "муниципальный",
    "областной", "краевой", "республиканский", "синодальный", "патриарший", "императорский",
})

# Lowercase heads of a government body that a country adjective turns into an organization mention
# ("российское министерство финансов", "японского дипломатического ведомства").
GOVERNMENT_BODY_NOUNS = frozenset({"министерство", "ведомство", "мид", "минфин", "минобороны", "госдеп"})


# a body's contracted name begins with one of these, a noun after it ("Госдума", "Еврокомиссия", "Росрезерв")
CONTRACTION_PREFIXES = ("гос", "евро", "мин", "мос", "нац", "рос", "фед")
# Of these, the prefix whose compound keeps its complement's genitive as its own nominative ("Минобороны",
# "Минспорттуризма"): such a compound's last part is no head to decline (`naming.compound_tail_nominative`).
GENITIVE_COMPLEMENT_PREFIXES = ("мин",)

# Phrases that introduce another name of the referent just named: a birth name, a former name, a pseudonym or a
# nickname ("Пеле (настоящее имя Эдсон Арантис ду Насименту)", "Табмен (урождённая Араминта Росс)", "Челси Мэннинг
# (ранее Брэдли Мэннинг)", "Шон Картер, известный как Джей Зи", "Фрэнк Кали по прозвищу Фрэнки Бой"). Regular
# expression fragments over lowercased text with ё folded to е; `linking.merge_named_aliases` reads them.
ALIAS_MARKERS: tuple[str, ...] = (
    r"настоящ(?:ее|ая|ие) (?:имя|фамилия|имя и фамилия)",
    r"урожденн\w*",
    r"в девичестве",
    r"при рождении",
    r"до замужества",
    r"(?:ранее|прежде|в прошлом)(?: носивш\w+ (?:имя|фамилию|название))?",  # not "ранее называвший Трампа ..."
    r"бывш(?:ий|ая|ее|ие)",
    r"(?:также|он же|она же|оно же|они же)(?: известн\w+ (?:как|под (?:именем|псевдонимом|названием)))?",
    r"(?:более |также |широко )?известн\w+ (?:как|под (?:именем|псевдонимом|прозвищем|названием))",
    r"(?:по )?(?:прозвищу|кличке)",
    r"(?:сценический |творческий )?псевдоним",
)
# Of the markers, those that say the name after them is the one the referent is publicly known by, a pseudonym or a
# stage name ("Шон Картер, известный как Джей Зи", "Луиза Ленуар, известная как Одетта", "Василий Вакуленко
# (псевдоним Баста)"), not a birth name, a former name or a nickname beside the name it goes by: the article may
# well have named it first and most. Regular expression fragments searched in the text of the marker.
PUBLIC_NAME_MARKERS: tuple[str, ...] = (
    r"известн\w* (?:как|под (?:именем|псевдонимом|прозвищем|названием))",
    r"псевдоним",
)
# Of the markers, those that may follow a name after a plain space ("Фрэнк Кали по прозвищу Фрэнки Бой"); the others
# open a bracket or follow a comma.
SPACED_ALIAS_MARKERS: tuple[str, ...] = (r"по (?:прозвищу|кличке)",)

# A body's head noun that Russian news write alone, capitalized, for one country's body: "Конгресс" is the US
# Congress (the alias table's row under this key name) unless the article names another body with that head
# ("Конгресс Перу", "Национальный конгресс"). Folded head -> the alias table's key name.
UNQUALIFIED_BODY_HEADS: dict[str, str] = {"конгресс": "Конгресс США"}
# A body's head noun that news write alone, capitalized, for a union's body where the article speaks of the union:
# beside the European Union or its Commission or Parliament, "Совет" ("Европейский парламент и Совет примут
# предложение", "в Совете решение будут принимать квалифицированным большинством") is the Council of the European
# Union, as the union's treaties name it, unless the article names another council. Folded head -> (the alias
# table's key name of the body, the key names of the union and its institutions that show the union's story).
UNION_BODY_HEADS: dict[str, tuple[str, frozenset[str]]] = {
    "совет": ("Совет Европейского союза", frozenset({"Европейский союз", "Еврокомиссия", "Европарламент"})),
}
