"""The closed event vocabulary: which trigger lemmas evoke which event type, and how each type's arguments are named.

An event is evoked by a *trigger*:

- a verb predicate whose lemma is listed under a type ("позвонил" -> contact, "погибли" -> death);
- a *light-verb construction*: a semantically light verb whose object (or prepositional complement) is a listed
  event noun ("принес извинения" -> apology, "провели переговоры" -> meeting, "подверг критике" -> criticism,
  "ушел в отставку" -> resignation); the trigger spans verb and noun, the type comes from the noun;
- a fixed *phrase* of a verb and a noun that is not an event noun by itself ("подал в суд" -> lawsuit,
  "взяли под стражу" -> detention);
- a listed event noun that the text dates or places ("авиакатастрофа 25 декабря", "переговоры в Стамбуле"), or that
  is the subject of an occurrence verb ("состоялась встреча", "произошла авария").

Every type names the role its syntactic dependents take. The roles (ROLES) are:

==============  ==========================================================  ==========================================
role            meaning                                                     example
==============  ==========================================================  ==========================================
agent           who does it                                                 **Алиев** позвонил Путину
patient         who or what undergoes it / what is handled                  **самолет** был поврежден; выплатила
                                                                            **компенсацию**
recipient       to whom it is addressed                                     позвонил **Путину**; поздравил **его**
participant     who takes part on an equal footing                          **Путин и Алиев** виделись; встретился
                                                                            с **Рубио**
place           where                                                       разбился в **аэропорту ... Актау**
time            when: a date of the dates stage (EventArg.date)             **28 декабря 2024 года** позвонил
topic           what it is about                                            заявил о **подготовке исков**;
                                                                            поздравил с **днем рождения**
reason          what it is for / because of (за + Acc)                      подверг критике за **отказ**
cause           what brought it about (в результате, из-за, в связи с)      в результате **внешнего воздействия**
instrument      with what                                                   сбит **ракетой**
source          where words come from / who is asked (от, в + document)     говорится в **публикации**
position        the office in appointments and elections                    избрали **председателем**
==============  ==========================================================  ==========================================

Speech types (SPEECH_TYPES: statement and the speech acts demand, accusation, criticism, threat, promise, apology,
congratulation, thanks) are statements: every quote of the quotes stage yields one event of the statement family
linked to it (EventAnn.quote); its type is the cue's speech-act type when the cue is in this vocabulary
("потребовал" -> demand, "принес извинения" -> apology) and "statement" otherwise.

Lemmas are pymorphy3 normal forms with ё folded to е (see `fold`). The words themselves (each type's verbs and
nouns, the light, occurrence and undergoing verbs, the fixed phrases and collocations) are the language core's:
`pipeline/lang/lexicon.py`; this module gives them their types' roles, conditions and retypings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from pipeline.coref.lexicon import BODY_PART_NOUNS
from pipeline.lang.fold import fold, fold_words
from pipeline.lang.lexicon import (
    CASE_SENDING_PHRASES,
    CHAMBER_NOUNS,
    COMBAT_NOUNS,
    COURT_NOUNS,
    DURATION_NOUNS,
    EVENT_NOUNS,
    EVENT_PHRASES,
    EVENT_VERBS,
    HEARD_CLAIM_NOUNS,
    HEARING_VERBS,
    LEFT_CAREER_NOUNS,
    LEGAL_ACT_NOUNS,
    LEGAL_CLAIM_NOUNS,
    MEMBER_BODY_NOUNS,
    MEMBERSHIP_NOUNS,
    MEMBERSHIP_VERBS,
    MONEY_NOUNS,
    NOTIFYING_VERBS,
    OFFICE_NOUNS,
    OFFICE_SEAT_NOUNS,
    ORGANIZATION_NOUNS,
    PARLIAMENT_NOUNS,
    PUNISHMENT_NOUNS,
    RECEIVED_MONEY_NOUNS,
    REMOTE_CHANNEL_WORDS,
    RESTRAINT_CHOOSING_WORDS,
    RESTRAINT_NOUN,
    RETURN_VERBS,
    SEAT_COMING_VERBS,
    SEAT_NOUNS,
    SEAT_TAKING_VERBS,
    SPENDING_VERBS,
    TEAM_MEMBER_NOUNS,
    TERM_NOUNS,
    TERM_RECEIVING_VERBS,
    TRIAL_NOUNS,
    VEHICLE_NOUNS,
)

# the verb classes of the language core, under the names the events package has always used
from pipeline.lang.lexicon import LIGHT_VERBS as LIGHT_VERBS
from pipeline.lang.lexicon import SUPPORT_VERBS as SUPPORT_VERBS
from pipeline.lang.lexicon import UNDERGO_VERBS as UNDERGO_VERBS

ROLES = (
    "agent", "patient", "recipient", "participant", "place", "time", "topic", "reason", "cause", "instrument",
    "source", "position",
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class EventType:
    """One event type: its trigger lemmas and how its dependents map to roles.

    `subject`, `object`, `dative`, `instrumental` and `genitive` name the role of the active subject, the direct
    object (and the subject of a passive), the bare dative, the bare instrumental, and the genitive dependent of a
    nominal trigger ("крушение самолета", "визит Путина"); `animate_object` is the role of a person or an
    organization as object ("призвал стороны": recipient, where "потребовал отставки" has a topic);
    `thing_genitive` the genitive's role when it is a place or a thing ("штурм школы": patient, where "нападение
    боевиков" has an agent). `prepositions`
    overrides the default role of a prepositional dependent, keyed "prep+Case" or "prep" ("с+Ins": "topic" for
    congratulations). Types of joint action ("meeting") make their subjects participants.
    """

    name: str
    doc: str
    example: str
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    speech: bool = False
    subject: str = "agent"
    object: str = "patient"
    dative: str = "recipient"
    instrumental: str = "instrument"
    genitive: str = "patient"
    prepositions: Mapping[str, str] = field(default_factory=dict)
    animate_object: str = ""  # the object's role when it is a person or an organization, if not `object`
    thing_genitive: str = ""  # the genitive's role when it is a place or a thing, if not `genitive`


def _type(name: str, doc: str, example: str, **options) -> EventType:
    """A type whose trigger words are the language core's (EVENT_VERBS, EVENT_NOUNS of pipeline.lang.lexicon)."""
    prepositions = MappingProxyType(dict(options.pop("prepositions", {})))
    return EventType(name, doc, example, tuple(sorted(EVENT_VERBS[name])), tuple(sorted(EVENT_NOUNS[name])),
                     prepositions=prepositions, **options)


# What brings about a happening that befalls someone is its cause ("погибли из-за взрыва", "пострадали в связи с
# давкой"); for a deliberate act the same prepositions give its reason (DEFAULT_PREPOSITIONS of events.rules:
# "приняло решение в связи с выявлением вируса", "из-за кризиса сократило").
BEFALLING_CAUSES: Mapping[str, str] = MappingProxyType({"из-за": "cause", "в связи с": "cause"})
# "по" + Dat of a place is the ground that a trip or a march covers: "поездки по стране", "прогулялся по Багдаду",
# "протесты прошли по всей Украине" (a place only when it names one: `_checked_role`)
ROUTE_PLACES: Mapping[str, str] = MappingProxyType({"по+Dat": "place"})
# "из" + the genitive: the place one is let out of, the source of a release ("отпущенного из тюрьмы", "выпустили из
# изолятора"), and the weapon of an attack or a killing (the dev golds: instrument 3 of 3, "выстрелил из газового
# пистолета"; a weapon only, `rules.fired_from`). Not a visit's place of departure: the dev golds split 1 : 1
# ("прилетит в Волгоград из Тбилиси" source, "вылетает в Дублин из аэропорта Внуково" none).
LEFT_PLACE: Mapping[str, str] = MappingProxyType({"из+Gen": "source", "изо+Gen": "source"})
FIRED_FROM: Mapping[str, str] = MappingProxyType({"из+Gen": "instrument", "изо+Gen": "instrument"})

# Whom harm or a penalty befalls, in the bare dative, undergoes it (the patient, as the harmed object of a verb):
# "нанес себе телесные повреждения", "нанесли ущерб компании", "выстрелил Бочкову в спину", "членам команды будет
# вынесено предупреждение"; no recipient of a gift.
HARMED_DATIVE = "patient"

TYPES: tuple[EventType, ...] = (
    _type("statement", "someone says, writes or reports something", "Минтранс заявил, что ...",
          speech=True, genitive="agent"),
    _type("promise", "someone promises to do something", "Минфин пообещал выплатить долги",
          speech=True, genitive="agent"),
    _type("demand", "someone demands, calls for or asks for something", "Алиев потребовал от России признать вину",
          speech=True, object="topic", genitive="topic", animate_object="recipient",
          prepositions={"от+Gen": "recipient", "к+Dat": "recipient"}),
    _type("accusation", "someone accuses someone of something", "Баку обвиняет власти РФ во внесудебных расправах",
          speech=True, genitive="patient", prepositions={"в+Loc": "topic", "во+Loc": "topic"}),
    _type("criticism", "someone criticizes or condemns someone", "Алиев подверг критике власти России", speech=True),
    _type("threat", "someone threatens someone with something", "Баку пригрозил Москве исками",
          speech=True, instrumental="topic"),
    _type("apology", "someone apologizes to someone", "Путин принес извинения Алиеву", speech=True, genitive="agent",
          prepositions={"перед+Ins": "recipient", "в связи с": "topic"}),
    _type("congratulation", "someone congratulates someone on something", "Алиев поздравил Путина с днем рождения",
          speech=True, object="recipient", genitive="agent",
          prepositions={"с+Ins": "topic"}),
    _type("thanks", "someone thanks someone for something", "Путин поблагодарил за поздравления",
          speech=True, object="recipient", genitive="agent"),
    _type("contact", "a phone call, a letter, a conversation or a greeting", "Алиев позвонил Путину",
          genitive="agent",
          prepositions={"с+Ins": "participant", "в+Acc": "recipient", "во+Acc": "recipient",
                        "от+Gen": "agent"}),  # "письмо от избирателей", "уведомление от полиции": who sends it
    _type("meeting", "two or more parties meet or hold talks", "Путин и Алиев виделись в Пекине",
          subject="participant", object="participant", genitive="participant",
          prepositions={"с+Ins": "participant", "между+Ins": "participant", "у+Gen": "participant",
                        "по+Dat": "topic"}),  # "переговоры по ядерной программе": what the talks are about
    _type("invitation", "someone invites someone somewhere", "Лукашенко пригласил Путина в Минск",
          object="recipient", genitive="recipient",
          prepositions={"в+Acc": "place", "во+Acc": "place", "на+Acc": "topic"}),
    _type("exchange", "parties exchange prisoners or bodies", "Россия и Украина обменялись пленными",
          subject="participant", instrumental="patient", genitive="patient",
          prepositions={"с+Ins": "participant", "между+Ins": "participant"}),
    _type("discussion", "parties discuss a topic", "стороны обсудили торговлю",
          subject="participant", object="topic", instrumental="topic",
          genitive="participant", thing_genitive="topic",  # "заседание суда": who sits; "обсуждение проекта": what
          prepositions={"с+Ins": "participant", "по+Dat": "topic"}),  # "слушания по делу"
    _type("visit", "someone visits or arrives at a place", "Зеленский посетил Вашингтон",
          object="place", genitive="agent", thing_genitive="place",  # "посещение региона": the place visited
          prepositions={"в+Acc": "place", "во+Acc": "place", "на+Acc": "place", **ROUTE_PLACES}),
    _type("agreement", "parties agree on or sign an agreement", "стороны подписали соглашение о перемирии",
          subject="participant", object="topic", genitive="participant",
          prepositions={"с+Ins": "participant", "между+Ins": "participant", "по+Dat": "topic"}),  # "соглашение по газу"
    _type("decree", "an authority signs or issues a legal act", "президент подписал указ", genitive="agent"),
    _type("lawsuit", "someone sues or files a complaint", "Компания подала иск в суд против министерства",
          genitive="agent",  # "жалоба Лебедева", "кассация прокуратуры": who files it
          prepositions={"в+Acc": "recipient", "во+Acc": "recipient", "на+Acc": "patient", "к+Dat": "patient",
                       "в отношении": "patient"}),  # "иск в отношении компании": against whom
    _type("accident", "a crash or a disaster", "в аэропорту Актау разбился самолет", subject="patient",
          prepositions={"с+Ins": "participant", "со+Ins": "participant",  # "столкнулся с автобусом"
                        **BEFALLING_CAUSES}),
    _type("explosion", "something explodes", "в центре города взорвался автомобиль",
          subject="patient", prepositions=BEFALLING_CAUSES),
    _type("fire", "something catches fire", "загорелся склад",
          subject="patient", prepositions=BEFALLING_CAUSES),
    _type("attack", "an armed attack, a strike or a shelling", "Армия обстреляла Донецк",
          genitive="agent", thing_genitive="patient", dative=HARMED_DATIVE,
          prepositions={"по+Dat": "patient", "на+Acc": "patient", "в+Acc": "place", "во+Acc": "place",
                        **FIRED_FROM}),  # "обстреливают из минометов": the weapon, `rules.fired_from`
    _type("killing", "someone kills someone", "неизвестные застрелили бизнесмена", dative=HARMED_DATIVE,
          prepositions={"над+Ins": "patient", **FIRED_FROM}),  # "устроили над ними расправу": the killed
    _type("death", "someone dies or is killed", "погибли 38 человек",
          subject="patient", prepositions={"от+Gen": "cause", **BEFALLING_CAUSES}),
    _type("injury", "someone is injured", "пострадали пять человек",
          subject="patient", dative=HARMED_DATIVE, prepositions={"от+Gen": "cause", **BEFALLING_CAUSES}),
    _type("damage", "something is damaged or destroyed", "самолет был поврежден", dative=HARMED_DATIVE,
          prepositions={"от+Gen": "cause", **BEFALLING_CAUSES}),
    _type("payment", "someone pays or compensates someone", "Россия выплатила возмещение за самолет",
          genitive="patient",
          prepositions={"от+Gen": "agent"}),  # "получил деньги от спонсора": who pays
    _type("detention", "someone is detained or arrested", "Полиция задержала двух активистов",
          dative="patient",  # "избрал Ходорковскому меру пресечения", "продлил арест Иванову": who is held
          prepositions={"по+Dat": "reason", "в отношении": "patient"}),  # "мера пресечения в отношении X"
    _type("release", "someone is released or pardoned", "суд освободил журналиста",
          prepositions=LEFT_PLACE),  # "отпущенного из тюрьмы", "выпустили из изолятора": where from, the source
    _type("verdict", "a court sentences or fines someone", "Суд приговорил Ивана Петрова к пяти годам колонии",
          dative="patient", genitive="agent",  # "решение суда", "приговор Мосгорсуда": the court; the penalty
          # ("к пяти годам колонии") is no argument (EVENTS.md has no role for it; the realnews gold never marks it)
          prepositions={"по+Dat": "reason", "в+Loc": "reason", "во+Loc": "reason",
                        "в отношении": "patient"}),  # "приговор в отношении X": who is sentenced
    _type("investigation", "an investigation is opened", "СК возбудил дело", object="topic", animate_object="patient",
          dative="patient", prepositions={"в+Loc": "reason", "во+Loc": "reason",
                                          "по+Dat": "topic",  # "следствие по делу", "проверка по факту смерти"
                                          "в отношении": "patient"}),  # "дело возбуждено в отношении депутата"
    _type("election", "someone is elected or a vote is held", "Депутаты избрали Ивана Петрова председателем",
          genitive="patient", prepositions={"за+Acc": "topic", "против": "topic"}),
    _type("appointment", "someone is appointed to an office", "Петрова назначили министром",
          prepositions={"на+Acc": "position"}),
    _type("resignation", "someone resigns", "Министр обороны ушел в отставку"),  # who leaves office: patient
    _type("dismissal", "someone is dismissed from an office", "президент уволил министра"),
    _type("sanctions", "sanctions or an embargo are imposed", "ЕС ввел санкции против России",
          # "санкции WADA", "санкции США": who imposes them; "членам команды вынесено предупреждение": who is penalized
          genitive="agent", dative=HARMED_DATIVE,
          prepositions={"против+Gen": "patient", "в отношении": "patient"}),
    _type("protest", "people protest or strike", "Тысячи людей вышли на митинг в центре Тбилиси",
          genitive="agent", prepositions={"против+Gen": "topic",  # what is protested against is its topic
                                          **ROUTE_PLACES, "от+Gen": "place"}),  # "шествие от площади": its start
    _type("support", "someone expresses or gives support", "Баку выразил поддержку Украине", genitive="agent"),
    _type("admission", "someone admits guilt or responsibility", "Россия признала вину", object="topic",
          prepositions={"в+Loc": "topic", "во+Loc": "topic"}),
)

EVENT_TYPES: tuple[str, ...] = tuple(event_type.name for event_type in TYPES)
SPEECH_TYPES: frozenset[str] = frozenset(event_type.name for event_type in TYPES if event_type.speech)
# The types of gatherings one takes part in or joins (`joined_gathering`): talks, a congress, a rally, a hearing.
JOINED_GATHERING_TYPES: frozenset[str] = frozenset({"meeting", "protest", "discussion"})
# What an order, a decision or a measure does itself: its issuer detains, frees, charges, dismisses, appoints,
# sanctions, rules or sues (not gatherings, trips or payments others make on a decision): `rules.order_issuer` gives
# the issuer as the doer, and `detection.authorized_act` tells no event of the authorizing verb beside it.
ORDERED_TYPES: frozenset[str] = frozenset({"detention", "release", "investigation", "dismissal", "appointment",
                                           "sanctions", "verdict", "lawsuit"})

# Types whose verbs' subject undergoes them (unaccusative: "погиб журналист", "разбился самолет", "сгорел дом"): their
# perfective past active participle tells a done happening of the noun it describes, as a passive one does of a
# transitive verb's object ("погибший журналист" as "убитый журналист"; `_predicative_participle`).
UNDERGOER_SUBJECT_TYPES: frozenset[str] = frozenset(event_type.name for event_type in TYPES
                                                    if event_type.subject == "patient")
BY_NAME: Mapping[str, EventType] = MappingProxyType({event_type.name: event_type for event_type in TYPES})


def _index(attribute: str) -> Mapping[str, str]:
    index: dict[str, str] = {}
    for event_type in TYPES:
        for lemma in getattr(event_type, attribute):
            lemma = fold(lemma)
            if lemma in index:
                raise ValueError(f"trigger lemma {lemma!r} listed under {index[lemma]!r} and {event_type.name!r}")
            index[lemma] = event_type.name
    return MappingProxyType(index)


VERB_TYPES: Mapping[str, str] = _index("verbs")
NOUN_TYPES: Mapping[str, str] = _index("nouns")


# A court's hearing or trial is no talk between parties: the court hears (agent) a claim or a case (topic), the one
# tried undergoes it (patient: "судить юриста", "суд над покойником").
COURT_HEARING = replace(BY_NAME["discussion"], subject="agent", animate_object="patient", genitive="agent",
                        prepositions=MappingProxyType({**BY_NAME["discussion"].prepositions, "над+Ins": "patient"}))
COURT_HEARING_WORDS: frozenset[str] = HEARING_VERBS | TRIAL_NOUNS | frozenset({"судить"})
# A vehicle or its driver striking someone on a road (HITTING_VERBS retyped by `run_over`) does it: the subject is the
# agent, as the dev golds mark the vehicle whose driver is not named ("автомобиль Toyota врезался в «Газель»") and a
# driver ("водитель маршрутки"); an accident's subject is otherwise what undergoes it ("разбился самолет").
ROAD_STRIKE = replace(BY_NAME["accident"], subject="agent")


def roles_of(type_name: str, lemma: str) -> EventType:
    """The type whose roles a trigger's dependents take: its own, except talks or a meeting held over a telephone or a
    video link (retyped to contact by RETYPE_BY_COMPLEMENT: "провели телефонные переговоры"), whose sides stay
    participants, as in a meeting, a court's hearing or trial (COURT_HEARING_WORDS), whose court is its agent and
    whose tried person its patient, and a road accident by a striking verb (ROAD_STRIKE), whose subject strikes."""
    words = lemma.split()
    if type_name == "contact" and words and "meeting" in (VERB_TYPES.get(words[-1]), NOUN_TYPES.get(words[-1])):
        return BY_NAME["meeting"]
    if type_name == "discussion" and words and words[0] in COURT_HEARING_WORDS:
        return COURT_HEARING
    if type_name == "accident" and words and words[0] in HITTING_VERBS:
        return ROAD_STRIKE
    return BY_NAME[type_name]

# Verbs that evoke their type only with a suitable object (or passive subject): "задержали активистов" is a
# detention, "рейс задержали" is not; "признал вину" is an admission, "признал независимость" is not.
ANIMATE = "@animate"
AIRCRAFT = frozenset({"самолет", "вертолет", "беспилотник", "дрон", "ракета", "лайнер", "истребитель",
                      "бомбардировщик", "штурмовик", "перехватчик"})
# Who or what is struck on a road: "сбил пешехода", "сбила коляску с ребенком" is a road accident (`run_over`), as is
# any person struck ("машина сбила двух детей", "Жиров сбил беременную женщину"; the word "сбить" admits one as its
# object: OBJECT_CONDITIONS), except one knocked off his feet ("сбил женщину с ног": KNOCKED_OFF).
PEDESTRIAN_NOUNS: frozenset[str] = frozenset({"пешеход", "коляска"})
# "сбить с ног": knocking someone down, no vehicle striking him (`run_over`), by (preposition, noun lemma).
KNOCKED_OFF: tuple[str, str] = ("с", "нога")
# Players on a field: one who strikes or is struck by another with no vehicle fouls in a game ("защитник сбил
# нападающего в штрафной"), no road accident (`run_over`; the attack is then a game's, `extract.game_sense`).
FIELD_PLAYERS: frozenset[str] = (TEAM_MEMBER_NOUNS - frozenset({"болельщик", "фанат", "гонщик"})) | {"соперник"}
# "сбить с толку", "сбить с пути": confusing someone or leading him astray, no blow (`object_condition`), by the noun
# after "с".
ASTRAY_NOUNS: frozenset[str] = frozenset({"толк", "путь", "курс", "ритм", "мысль", "темп"})
SEIZED = VEHICLE_NOUNS | frozenset({"заложник", ANIMATE})
# what one takes the lead of: an organization, a team, a named body ("возглавил Минфин", "возглавил клуб"; not
# "возглавил рейтинг")
LED = ORGANIZATION_NOUNS | frozenset({ANIMATE, "лига", "сборная", "делегация", "кабинет", "отдел", "группа"})
# Verbs of taking the lead of a body (LED) whose body the parser may label the subject and whose leader the object
# in object-verb-subject order ("Банк «Траст» возглавит санатор"): `detection.led_body` reads which is which.
HEADING_VERBS: frozenset[str] = frozenset({"возглавить"})
DISPERSED = frozenset({ANIMATE}) | EVENT_NOUNS["protest"] | frozenset({"толпа", "акция", "собрание"})
NOTIFIED = ORGANIZATION_NOUNS | frozenset({ANIMATE, "общественность", "население", "руководство", "власть"})
# What one admits: guilt, a fault or a part in a deed ("признал вину", "признали провал"; `object_condition`,
# `avowal_sense`).
ADMITTED_NOUNS: frozenset[str] = frozenset({"вина", "ответственность", "ошибка", "провал", "причастность"})
# Offices and bodies filled by a vote (`object_condition` of "выбрать", whose other objects are a choice).
ELECTED_OFFICE_NOUNS: frozenset[str] = fold_words("""
    президент вице-президент мэр губернатор депутат парламентарий сенатор конгрессмен спикер парламент
""")
OBJECT_CONDITIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    "встретить": frozenset({ANIMATE}),
    **dict.fromkeys(NOTIFYING_VERBS, NOTIFIED),  # "уведомил ВОЗ", "были проинформированы", not "проинформировал он"
    "задержать": frozenset({ANIMATE}),
    "задерживать": frozenset({ANIMATE}),
    "поймать": frozenset({ANIMATE}),  # "поймали наркокурьеров", not "поймал мяч"
    "назначить": frozenset({ANIMATE}),
    "ранить": frozenset({ANIMATE}),
    # a person tried ("судить юриста"), not "судить матч", "судить о намерениях"; a claim heard ("рассматривает
    # иск"), not "рассматривает варианты" (a case or a bill heard is a phrase: EVENT_PHRASES)
    "судить": frozenset({ANIMATE}),
    **dict.fromkeys(HEARING_VERBS, HEARD_CLAIM_NOUNS),
    "назначать": frozenset({ANIMATE}),
    "проверить": frozenset({ANIMATE}),  # "проверили чиновников", not "проверили информацию"
    "проверять": frozenset({ANIMATE}),
    "признать": ADMITTED_NOUNS, "признавать": ADMITTED_NOUNS,  # "признают вину", not "признают правительство"
    "сбить": AIRCRAFT | PEDESTRIAN_NOUNS | {ANIMATE}, "сбивать": AIRCRAFT | PEDESTRIAN_NOUNS | {ANIMATE},
    # a person is released or acquitted: "выпустили активиста", not "выпустили книгу"; "оправдал подсудимого", not
    # "оправдал решение"
    "отпускать": frozenset({ANIMATE}), "выпустить": frozenset({ANIMATE}), "выпускать": frozenset({ANIMATE}),
    "оправдать": frozenset({ANIMATE}),
    # a hijacking is an attack: "пираты захватили танкер", not "захватил с собой документы"
    "захватить": SEIZED, "захватывать": SEIZED,
    "возглавить": LED,
    # a person struck: "ударил охранника", not "ударил по мячу", "мороз ударил"
    "ударить": frozenset({ANIMATE}), "ударять": frozenset({ANIMATE}),
    # money is transferred ("перечислил деньги", not "перечислил способы"); a court rules on a claim ("отклонил
    # иск", not "отклонил предложение"); a person is killed or removed ("ликвидировали боевиков", not
    # "ликвидировали последствия"; "сместил губернатора", not "сместил акцент")
    "перечислить": MONEY_NOUNS, "перечислять": MONEY_NOUNS,
    # a gift is a payment when it is money ("подарил промоутеру полмиллиона долларов", not "подарил шанс")
    "подарить": MONEY_NOUNS, "дарить": MONEY_NOUNS,
    "отклонить": LEGAL_CLAIM_NOUNS, "отклонять": LEGAL_CLAIM_NOUNS, "удовлетворить": LEGAL_CLAIM_NOUNS,
    "удовлетворять": LEGAL_CLAIM_NOUNS,
    "ликвидировать": frozenset({ANIMATE}), "сместить": frozenset({ANIMATE}), "смещать": frozenset({ANIMATE}),
    # people or their gathering are dispersed ("разогнали демонстрантов", "разогнать митинг"; not "разогнать
    # самолет")
    "разогнать": DISPERSED, "разгонять": DISPERSED,
    "погасить": MONEY_NOUNS, "погашать": MONEY_NOUNS,  # a debt paid off ("погасил долг"), not "погасил свет"
    # a ransom buys back what was seized ("выкупили заложников", "выкупить танкер у пиратов"); other things bought out
    # are a purchase, no payment (tests/data/realnews/README.md): "государство выкупит 40 тысяч квартир",
    # "апартаменты выкуплены", "выкупил права требования"
    "выкупить": SEIZED, "выкупать": SEIZED,
    # one chosen to an elected office is elected ("выбрали нового президента", "москвичи выберут парламентариев");
    # anyone or anything else chosen is a choice ("выбрать двоих нападающих", "болельщики выбрали шесть игроков",
    # "выбрать подарок")
    "выбрать": ELECTED_OFFICE_NOUNS, "выбирать": ELECTED_OFFICE_NOUNS,
})

# Verbs of OBJECT_CONDITIONS whose other sense is the common one: their passive needs its fitting subject too, where
# the others pass one whose subject the parser hung elsewhere ("в конце мая должны быть выбраны подрядчики": a choice).
# An admission is its doer's own act: a passive of admitting with no guilt as its subject tells what others recognized
# or named ("Был признан самым высокооплачиваемым футболистом мира", "В 1997 году признан «Человеком года»", "было
# признано, что предложение является приоритетным").
OBJECT_NEEDING_PASSIVES: frozenset[str] = frozenset({"выбрать", "выбирать", "признать", "признавать"}) | HEARING_VERBS

# Verbs of confirming an act or a person: with an office seat as complement they appoint (RETYPE_BY_COMPLEMENT).
CONFIRMING_VERBS: frozenset[str] = frozenset({"утвердить", "утверждать"})
# Objects that give a verb another sense than its event: time and effort spent ("потратил два часа", "тратит силы")
# is no payment.
SPENT_TIME = frozenset({"время", "час", "минута", "секунда", "день", "неделя", "месяц", "год", "жизнь", "сила",
                        "усилие", "нерв", "энергия", "вечер"})
SEIZED_PROPERTY = MONEY_NOUNS | frozenset({"имущество", "счет", "актив", "акция", "недвижимость", "объект", "квартира",
                                          "дом", "автомобиль", "машина", "доля", "пакет", "земля", "участок", "груз",
                                          "судно", "товар", "вклад", "капитал", "ценность", "бумага", "партия"})
CHOSEN_COURSES = frozenset({"политика", "путь", "тактика", "стратегия", "курс", "способ", "метод", "вариант", "модель",
                            "форма", "линия", "подход", "позиция", "профессия", "темп"})
OBJECT_EXCLUSIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    **{verb: SPENT_TIME for verb in SPENDING_VERBS},
    # property or money seized is no one held: "арестовал имущество", "арестованных средств"
    **{verb: SEIZED_PROPERTY for verb in ("арестовать", "арестовывать")},
    # a course chosen is no election: "ЦБ избрал политику сдерживания", "избрали другой путь"
    **{verb: CHOSEN_COURSES for verb in ("избрать", "избирать")},
    # a vessel or a car carried off by wind or water drifts, it is not demolished: "ветер сносит лодку"
    **{verb: VEHICLE_NOUNS for verb in ("снести", "сносить")},
    # money or property one disposes of is no order given: "распорядиться суммой по своему усмотрению",
    # "распорядился имуществом"
    "распорядиться": SEIZED_PROPERTY,
    # what is kept up is no support: "поддерживает отношения", "поддерживать порядок"; nor what a device or a
    # service works with or keeps running ("очки поддерживают смартфоны", "магазин будет поддерживать все способы
    # оплаты", "поддерживать базу данных", "поддерживает версию YouTube EDU"); not "формат", which news support as
    # a state supports a course ("Москва поддерживает нормандский формат переговоров")
    "поддерживать": frozenset({"отношение", "связь", "контакт", "порядок", "уровень", "форма", "работа", "жизнь",
                               "баланс", "состояние", "диалог", "температура", "огонь", "курс", "цена",
                               "дистанция", "скорость", "давление", "чистота", "тишина",
                               "способ", "стандарт", "функция", "технология", "база", "версия",
                               "смартфон", "устройство", "протокол", "приложение", "браузер",
                               # a property or a life kept up: "поддерживать ее эксклюзивность", "поддерживать
                               # существование людей на Марсе"
                               "эксклюзивность", "существование"}),
})

# Words of freeing that take a place as well as a person: a place freed is taken by force, an attack ("освобождать
# территории"), a person freed is released.
LIBERATING_WORDS: frozenset[str] = frozenset({"освободить", "освобождать", "освобождение"})

# Verbs of collapse that tell an accident of a vehicle or a building ("самолет рухнул", "крыша рухнула", "обрушился
# мост", "обвалился подъезд"), and a fall in value of a figure ("спрос рухнул на 54%", "акции обвалились на 8%").
COLLAPSE_VERBS: frozenset[str] = _words("рухнуть обрушиться обрушиваться обвалиться обваливаться")
# Of them, those that also tell something coming down upon someone ("ураган обрушился на город", "обрушился на
# блогера с критикой"; `falling_upon`).
FALLING_UPON_VERBS: frozenset[str] = _words("обрушиться обрушиваться")

# Verbs of suspecting that charge someone only with a person suspected or an offence ("подозревают чиновницу",
# "подозревается в краже", "в чем подозревают"); with a clause, a thing or nothing they tell a belief ("сам того не
# подозревая", "подозревает, что его обманули", "заподозрил неладное").
SUSPICION_VERBS: frozenset[str] = frozenset({"подозревать", "заподозрить"})

# Verbs that evoke their type only with a person or organization as subject: "министр пригрозил санкциями" is a
# threat, "ему грозит до двух лет лишения свободы" (a penalty as subject) is none.
ANIMATE_SUBJECT_VERBS: frozenset[str] = frozenset({"грозить", "угрожать", "пригрозить"})

# Types whose doer is a person, a body of people or a vehicle: a thing that comes is no visit ("посылка, прибывшая из
# Голландии", "Москву посетит циклон"), a thing that dies no death ("умерла главная интрига турнира").
TRAVELLER_TYPES: frozenset[str] = frozenset({"visit", "death"})

# Types whose undergoers a participle names as people ("погибшие", "пострадавшие", "задержанные", "убитые"): told to
# be there ("есть погибшие") they tell the happening (`detection.existing_casualties`).
CASUALTY_TYPES: frozenset[str] = frozenset({"death", "injury", "killing", "detention"})

# Types whose measures may freeze assets or pay, the phrase's noun being their patient ("заморозили счета",
# "заморозил зарплаты чиновников"): sanctions and decrees (rules.frozen_assets).
FROZEN_TYPES: frozenset[str] = frozenset({"sanctions", "decree"})

# Verbs of appointing that with "на" + a day of the calendar set a date, no one in an office: "назначенный на среду
# раунд переговоров", "заседание назначено на 12 марта".
SCHEDULING_SENSE_VERBS: frozenset[str] = frozenset({"назначить", "назначать", "назначаться"})

# Verbs of contact that with a thing as subject link it to something ("перемены связываются с президентом").
LINKING_VERBS: frozenset[str] = frozenset({"связаться", "связываться"})

# The bodies of members, with "состав" of one (`events.detection.body_membership`).
MEMBER_BODIES = MEMBER_BODY_NOUNS | CHAMBER_NOUNS | LEFT_CAREER_NOUNS | frozenset({"состав"})
# The trigger lemmas of membership taken or left, verb and body ("выйти совет", "попасть комитет", "уход совет"),
# with the preposition of their body ("из" out of it, "в" into it, "" for the direct object of "покинуть").
MEMBERSHIP_LEMMAS: Mapping[str, str] = MappingProxyType({
    f"{word} {body}": MEMBERSHIP_VERBS[MEMBERSHIP_NOUNS.get(word, word)][0]
    for word in (*MEMBERSHIP_VERBS, *MEMBERSHIP_NOUNS) for body in MEMBER_BODIES})
# Case frames of trigger lemmas whose prepositional complement has another role than their type gives it: one
# reaches whom one gets in touch with ("связался с российским коллегой": the recipient, as "позвонил коллеге"), where
# one talks with a partner ("поговорил с министром": participant).
LEMMA_PREPOSITIONS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    **{verb: MappingProxyType({"с+Ins": "recipient", "со+Ins": "recipient"}) for verb in LINKING_VERBS},
    # one deals with the killed, no party to it: "собирались расправиться со свидетелем" (patient)
    **{verb: MappingProxyType({"с+Ins": "patient", "со+Ins": "patient"}) for verb in ("расправиться", "расправляться")},
    # the body one goes into or out of is where the office is, its position (the dev gold: "попасть в комитет по
    # спорту", position; "отходил от оперативного управления", position)
    **{lemma: MappingProxyType({word: "position", f"{word}о": "position"})
       for lemma, word in MEMBERSHIP_LEMMAS.items() if word},
})

# Verbs that with an infinitive complement mean an intention, not their event: "мы собираемся дублировать работу
# парламента" is no meeting.
INTENTION_VERBS: frozenset[str] = frozenset({"собираться"})

# Reciprocal verbs that evoke their type only with a co-participant ("виделись с Путиным", "Путин и Алиев
# виделись", "лидеры встречались"): "будущее видится", "встречаются случаи" are no meetings.
RECIPROCAL_VERBS: frozenset[str] = frozenset({"видеться", "увидеться", "встречаться", "собраться", "собираться"})

# Verbs of contact that need an addressee, a person or an organization ("обратился к президенту", "обратились в
# полицию"): "режиссер обращается к наследию Шекспира", "обратился к теме" are no contact.
ADDRESSED_VERBS: frozenset[str] = frozenset({"обратиться", "обращаться", "пожаловаться", "жаловаться"})
# What one addresses someone with, "с" + Ins of a thing (not a person or a body, who goes with one: a participant):
# a written thing sent is the instrument ("обратились к министру с открытым письмом"), anything else (a request, a
# demand, an appeal, a complaint) what the contact is about, its topic ("обратилась к правительству с просьбой").
ADDRESSED_WITH_PREPOSITIONS: frozenset[str] = frozenset({"с+Ins", "со+Ins"})
SENT_WRITING_NOUNS: frozenset[str] = frozenset({"письмо", "послание", "записка", "телеграмма", "петиция", "открытка"})

# Verbs of becoming that are an appointment only with an office in the instrumental ("стал вице-президентом банка";
# not "стал чемпионом", "стало известно").
OFFICE_VERBS: Mapping[str, frozenset[str]] = MappingProxyType({"стать": OFFICE_NOUNS})

# The role of the direct object by trigger lemma, where it is not the type's: "возглавил клуб" names the office.
# "покинул Совет Федерации": the body left is the position, as "вышел из совета" (`body_membership`).
OBJECT_ROLES: Mapping[str, str] = MappingProxyType({"возглавить": "position",
                                                  **dict.fromkeys(NOTIFYING_VERBS, "recipient"),  # whom notified
                                                  **{lemma: "position" for lemma, word in MEMBERSHIP_LEMMAS.items()
                                                     if not word}})

# Verbs of receiving (light verbs otherwise: "принял решение") that meet a guest: someone named, an office, an envoy
# ("президент принял посла", "примет посредников", "не будет принимать Закаева"; not "принял закон", "принимает
# беженцев").
RECEIVING_VERBS: frozenset[str] = frozenset({"принять", "принимать"})

# Verbs of collision that are an accident only when vehicles collide ("грузовик столкнулся с автобусом"; not
# "столкнулся с трудностями").
COLLISION_VERBS: frozenset[str] = frozenset({"столкнуться", "сталкиваться"})
# Verbs of a vehicle's mishap: an accident when what overturns or crashes into something is a vehicle or people in
# one ("перевернулся автобус", "машина врезалась в столб", "он врезался в ограждение"), not another thing ("жизнь
# перевернулась", "фраза врезалась в память").
MISHAP_VERBS: frozenset[str] = frozenset({"перевернуться", "переворачиваться", "опрокинуться", "опрокидываться",
                                          "врезаться", "наехать", "наезжать"})
# Verbs of falling: an accident when a vehicle falls ("вертолет упал в тайге") or a person falls from somewhere
# ("турист упал со скалы": `detection.fall_from`); not "цены упали".
FALLING_VERBS: frozenset[str] = frozenset({"упасть", "падать"})
# Verbs of striking that a vehicle does to a pedestrian: an accident, not an attack ("автомобиль сбил пешехода";
# "сбили самолет" stays an attack).
HITTING_VERBS: frozenset[str] = frozenset({"сбить", "сбивать"})
# Their noun: with no vehicle, plural or "между" parties, it is a clash of people ("столкновения у суда").
COLLISION_NOUNS: frozenset[str] = frozenset({"столкновение"})

# Verbs of damage that with a bare dative mean harm to someone's interests ("повредить России").
HARM_VERBS: frozenset[str] = frozenset({"повредить", "повреждать"})

# Verbs of removal that are a dismissal only from an office (REMOVAL_NOUNS): "отстранили от должности".
REMOVAL_VERBS: frozenset[str] = frozenset({"отстранить", "отстранять"})

# Verbs of declaring that rule with a predicative adjective ("признал законным", "признали неудовлетворительной").
RULING_VERBS: frozenset[str] = frozenset({"признать", "признавать", "признаваться"})

# Verbs of going that are a trip only with a destination ("поехал в Китай", "вылетел в Москву"; not "отправился
# домой", "поезд направился к станции"); a return is a trip to where one comes back to ("должен вернуться в
# Санкт-Петербург", "возвращался в Краснодар"; not "вернуться к вопросу", "вернулся домой").
MOTION_VERBS: frozenset[str] = frozenset({"поехать", "отправиться", "направиться", "вылететь", "отправляться",
                                          "вылетать", "прийти", "приходить",
                                          "выехать", "выезжать", "лететь", "полететь"}) | RETURN_VERBS

# A complement (or an adjective of an event noun) that changes the type of a trigger type or lemma: "обменялись
# мнениями" is a discussion, not an exchange of prisoners.
RETYPE_BY_COMPLEMENT: Mapping[tuple[str, str], str] = MappingProxyType({
    ("exchange", "мнение"): "discussion",
    ("exchange", "взгляд"): "discussion",
    ("exchange", "информация"): "discussion",
    ("exchange", "опыт"): "discussion",
    ("exchange", "приветствие"): "contact",
    ("exchange", "рукопожатие"): "contact",
    ("exchange", "оценка"): "discussion",  # "Стороны обменялись оценками складывающейся ситуации"
    ("exchange", "письмо"): "contact",  # letters traded are a correspondence: "они обменивались письмами"
    ("damage", "телесный"): "injury",  # "нанес себе телесные повреждения" harms a person
    # talks over a telephone or a video link are a call ("телефонные переговоры", "встретились по видеосвязи")
    **{("meeting", word): "contact" for word in REMOTE_CHANNEL_WORDS},
    # approving a legal act is a decree ("одобрили законопроект"); a condemnation to a term is a sentence
    **{("support", noun): "decree" for noun in LEGAL_ACT_NOUNS},
    # signing a legal act is a decree ("подписание указа"), signing anything else an agreement
    **{("agreement", noun): "decree" for noun in LEGAL_ACT_NOUNS - {"договор", "соглашение", "конвенция"}},
    **{("criticism", noun): "verdict" for noun in PUNISHMENT_NOUNS},
    # a court's decision is a verdict ("решение районного суда", "постановление суда", "судебное решение")
    **{("decree", noun): "verdict" for noun in COURT_NOUNS | {"судебный"}},
    # by trigger lemma: a session of a court or a parliament is a hearing or a debate, a discussion ("в ходе
    # заседания суда", "судебное заседание", "на заседании Конгресса"); a board's or a jury's is a meeting
    **{("заседание", noun): "discussion" for noun in COURT_NOUNS | PARLIAMENT_NOUNS | {"судебный"}},
    # a session on a case is a court's hearing ("провести заседание по делу бывшего сотрудника", "заседание по делу
    # назначено на среду"), whoever holds it
    ("заседание", "дело"): "discussion",
    # choosing a measure of restraint is the custody a court orders, no election ("об избрании обвиняемому меры
    # пресечения", "об избрании ему в качестве меры пресечения содержания под стражей")
    **{(word, RESTRAINT_NOUN): "detention" for word in RESTRAINT_CHOOSING_WORDS},
    # confirming someone in an office is an appointment, no decree ("были утверждены в должности главных
    # судей-инспекторов", "Набиуллина утверждена в должности главы ЦБ", "Сенат утвердил Джину Хаспел на посту
    # директора ЦРУ"): events124
    **{(verb, seat): "appointment" for verb in CONFIRMING_VERBS for seat in OFFICE_SEAT_NOUNS},
})

# Verbs of backing: their support stays support whatever they back ("поддерживали проекты газопроводов"; approving a
# bill, "одобрили законопроект", is a decree).
BACKING_VERBS: frozenset[str] = frozenset({"поддержать", "поддерживать"})
# Their noun: backing named by a phrase stays support too ("законопроект получил поддержку правительства", "заручился
# поддержкой"); approval is no backing ("одобрение законопроекта" may be its passing).
BACKING_NOUNS: frozenset[str] = frozenset({"поддержка"})

# Types that the passive turns into another: "его обвинили в краже" is an accusation (a speech act), "он был обвинен в
# краже" reports a formal charge, a step of an investigation.
# By type or by trigger lemma: "был осужден" reports a conviction, a verdict, not a condemnation.
PASSIVE_TYPES: Mapping[str, str] = MappingProxyType({"accusation": "investigation", "осудить": "verdict",
                                                     "осуждать": "verdict"})

# Types that a thing as the undergoing subject turns into another: "здание пострадало" is damage, not an injury.
THING_TYPES: Mapping[str, str] = MappingProxyType({"injury": "damage"})

# Parts of the body (coref's BODY_PART_NOUNS and more): harm done to one is an injury of its owner, no damage to a
# thing ("повредил ногу", "повреждено веко", "к повреждению пальца ноги"; `harmed_body_part`).
HARMED_BODY_PART_NOUNS: frozenset[str] = BODY_PART_NOUNS | fold_words("""
    шея спина позвоночник ухо палец колено плечо бедро челюсть ребро веко кость череп мозг живот грудь кисть
    стопа локоть зуб лодыжка запястье печень почка легкое бровь скула сустав связка мениск мышца сухожилие губа
    щека лоб затылок висок голень ступня ключица нос
""")

# A part of the body broken is a wound received, an injury of the one who broke it ("упал с лошади и сломал руку",
# "споткнувшись, он сломал ногу"), as a fracture is (`detection.fracture_sense`); a thing broken tells no event
# ("сломав три алмазных бура").
BROKEN_PART_PHRASES: Mapping[tuple[str, str], str] = MappingProxyType({
    (verb, part): "injury" for verb in ("сломать", "ломать", "переломать") for part in HARMED_BODY_PART_NOUNS})

# Types that a person as what undergoes them turns into another: "боевики уничтожены" is a killing, "склад уничтожен"
# damage.
# By type or by trigger lemma: people seized are taken captive ("захватили в заложники полицейских", "захват
# Саддама"), a tanker seized is hijacked, an attack; a person confirmed is appointed ("утвердил Окруашвили
# генпрокурором", "был утвержден в должности"), a plan confirmed is a decree.
PERSON_TYPES: Mapping[str, str] = MappingProxyType({"damage": "killing", "захватить": "detention",
                                                   "захватывать": "detention", "захват": "detention",
                                                   "утвердить": "appointment"})



# Verbs of coming and taking whose phrases with an office tell that the subject takes it ("вошел в состав правления",
# "приняла бразды правления клубом").
OFFICE_TAKING_VERBS: frozenset[str] = frozenset({"войти", "вступить", "вступать", "занять", "прийти", "приходить",
                                                 "принять", "принимать", "взять", "брать"})
# Verbs of winning and getting in whose election phrases tell that the subject is the one elected ("в бундестаг прошли
# шесть партий", "выиграл выборы", "набрал большинство голосов"); not losing, nor voting, whose subject elects.
ELECTED_SUBJECT_VERBS: frozenset[str] = frozenset({"победить", "побеждать", "выиграть", "выигрывать", "набрать",
                                                   "набирать", "пройти", "проходить"})
# Things that can be elected beside people, parties and bodies: a party list gets into a parliament ("список
# «Яблока» прошел в Думу"); any other thing as subject tells no election (detection.passed_act: "законопроект прошел
# Госдуму", "законопроект набрал 300 голосов").
ELECTED_THINGS: frozenset[str] = frozenset({"список"})

# Triggers whose subject undergoes or receives the event whatever the type ("журналист вышел на свободу": the
# released; "стены пострадали": what was damaged), by trigger lemma.
UNDERGOER_SUBJECTS: Mapping[str, str] = MappingProxyType({
    "выйти свобода": "patient", "выходить свобода": "patient", "пострадать": "patient",
    # who receives a payment is its recipient: "певица получила деньги", "чиновник брал взятки"
    "получить деньга": "recipient", "получать деньга": "recipient", "получить взятка": "recipient",
    **{f"{verb} {noun}": "recipient" for verb in ("получить", "получать") for noun in RECEIVED_MONEY_NOUNS},
    "получать взятка": "recipient", "брать взятка": "recipient", "взять взятка": "recipient",
    # who serves a term is held, who is wanted is searched for, who ends up free is released
    "отбывать срок": "patient", "отбывать наказание": "patient", "отбыть срок": "patient",
    # who receives a term is the sentenced: "Дупак получил 8 лет" (`detection.term_received`)
    **{f"{verb} {noun}": "patient" for verb in TERM_RECEIVING_VERBS for noun in TERM_NOUNS},
    "находиться розыск": "patient", "оказаться свобода": "patient",
    # who runs into an ambush is attacked: "колонна попала в засаду"
    "попасть засада": "patient", "попадать засада": "patient", "угодить засада": "patient",
    "пойти дно": "patient",  # the sunk vessel: "судно пошло ко дну"
    # who breaks a part of the body is the injured: "упал с лошади и сломал руку" (events128)
    **{f"{verb} {part}": "patient" for verb, part in BROKEN_PART_PHRASES},
    # who resigns leaves the office, as the dismissed and the appointed undergo theirs: "министр ушел в отставку",
    # "отставка министра" (who gives the office up as the verb's object does it: `events.rules.office_leaver`)
    **{verb: "patient" for verb in EVENT_VERBS["resignation"]},
    **{f"{verb} {noun}": "patient" for (verb, noun), name in EVENT_PHRASES.items() if name == "resignation"},
    **{f"{verb} отставка": "patient" for verb in ("уйти", "уходить", "подать", "подавать")},  # not "отправить в"
    # who secures support receives it: "Каспаров заручился поддержкой либералов" (the liberals support him)
    "заручиться поддержка": "recipient", "получить поддержка": "recipient", "получать поддержка": "recipient",
    # who becomes or takes the lead is appointed: "брат премьера стал вице-президентом", "тренер возглавил клуб"
    "стать": "patient", "возглавить": "patient",
    # and so is who enters, takes or comes to an office (a verb of coming or taking, no one else's act): "вошел в
    # состав правления", "занял пост", "вступил в должность", "пришел к власти" ("ввел в состав" has an agent)
    **{f"{verb} {noun}": "patient" for (verb, noun), name in EVENT_PHRASES.items()
       if name == "appointment" and verb in OFFICE_TAKING_VERBS},
    # and who wins an election or gets into a parliament is elected: "в бундестаг прошли шесть партий" (events87)
    **{f"{verb} {noun}": "patient" for (verb, noun), name in EVENT_PHRASES.items()
       if name == "election" and verb in ELECTED_SUBJECT_VERBS},
    # and who takes or comes to a seat (`taken_seat`): "на его место пришел Абу Хавс", "место гендиректора занял X"
    **{f"{verb} {noun}": "patient" for verb in SEAT_TAKING_VERBS | SEAT_COMING_VERBS
       for noun in SEAT_NOUNS},
    # and who gets into a body of members (`body_membership`): "Шипулин планирует попасть в комитет"
    **{f"{verb} {body}": "patient" for verb, (_, name) in MEMBERSHIP_VERBS.items() if name == "appointment"
       for body in MEMBER_BODIES},
    # colliding vehicles are parties alike: "грузовик столкнулся с автобусом"
    "столкнуться": "participant", "сталкиваться": "participant",
    # what takes lives brought the deaths about: "циклон унес жизни двух человек" (events123)
    "унести жизнь": "cause",
})


# Fixed verb + noun phrases whose noun is not an event noun by itself (the language core's table, and the broken parts
# of the body).
PHRASES: Mapping[tuple[str, str], str] = MappingProxyType(EVENT_PHRASES | CASE_SENDING_PHRASES | BROKEN_PART_PHRASES)


# Time units: "за неделю до", "на два дня" measure time, they are no participants.
TIME_UNITS: frozenset[str] = DURATION_NOUNS | _words("век период время срок")  # the language core's and these

# Bare instrumentals of time ("вечером", "ночью", "летом") say when, they are no instrument.
TIME_INSTRUMENTALS: frozenset[str] = _words("утро день вечер ночь весна лето осень зима вечером утром ночью днем")

# Institutions whose "X of Y" names Y's authority: "власти России" acts for Россия.
INSTITUTION_HEADS: frozenset[str] = _words(
    "власть правительство руководство администрация армия войско сила силовик ведомство"
)

# Collisions are reciprocal: who or what collides is a party to it, its subject and its genitive alike ("грузовик
# столкнулся с автобусом", "столкновение трех автомобилей": participants).
# A fight of armed sides is reciprocal too ("бой с боевиками", "бои между силовиками и ополченцами": COMBAT_NOUNS).
RECIPROCAL_LEMMAS: frozenset[str] = _words("столкнуться сталкиваться столкновение") | COMBAT_NOUNS

# Bare-instrumental dependents of a passive that are agents, not instruments ("задержан полицией"); bodies of people
# that act and negotiate as one ("переговоры с руководством республики", "переговоры между сторонами",
# "столкновения между талибами и правоохранительными органами", "поддержку оказывают ВВС, авиация и артиллерия").
AGENTIVE_NOUNS: frozenset[str] = _words(
    "полиция суд армия войско сила власть правительство следователь силовик пво военный"
    " руководство сторона делегация оппозиция командование орган авиация артиллерия"
)
# Nouns that name bodies acting as one only in the plural ("силовые структуры", "между должностными лицами и
# структурами ООН"); the singular is how a thing is built ("обсуждение структуры нового министерства": a topic).
PLURAL_AGENTIVE_NOUNS: frozenset[str] = _words("структура")
