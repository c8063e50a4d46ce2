"""Modality: whether an event is reported as having happened, as not having happened, as possible or as planned.

"asserted" (it happened or happens), "negated" ("не признала вину", "не удалось задержать"), "hypothetical"
("если парламент проголосует", "может быть задержан", "якобы встретился", "потребовал освободить") or "planned"
("будет задержан", "намерен посетить", "встреча пройдет в пятницу", "предстоящие переговоры").

The rules are small functions over the dependency tree registered with `@rule("events")`, tried in order
(MODALITY_RULES, each with the modality it gives; its name is recorded as "...|modality:NAME"); the first that
recognizes its marker on the trigger's predicate or on the verbs that govern it through infinitive complements
("не удалось задержать": "задержать" <- xcomp "удалось", which is negated) decides. A predicate's chain stops at a
finite clause boundary: "Он заявил, что суд отменил приговор" reports the verdict as asserted, whatever "заявил" is.
A rule may also decide "asserted" where a later rule's marker does not bear on the event ("будем помогать в
расследовании": the probe is under way, `attended_probe`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pipeline.document import QuoteAnn
from pipeline.events.syntax import Tree, base, dated
from pipeline.events.vocabulary import NOUN_TYPES, SCHEDULING_SENSE_VERBS, SUPPORT_VERBS
from pipeline.lang.fold import fold, fold_words
from pipeline.lang.lexicon import (
    ABILITY_AUXILIARY_VERBS,
    ACHIEVEMENT_AUXILIARY_VERBS,
    ADVOCACY_WORDS,
    APPROACH_VERBS,
    ASKING_VERBS,
    ATTENDING_VERBS,
    CALENDAR_NOUNS,
    COMPARATIVE_QUANTIFIERS,
    COURSE_NOUNS,
    COURSE_PREPOSITIONS,
    DEEMING_VERBS,
    EVENT_VERBS,
    FORESEEING_NOUNS,
    FORESEEING_VERBS,
    GOAL_PREPOSITIONS,
    INTENTION_AUXILIARY_VERBS,
    LIKELIHOOD_ADJECTIVES,
    NEARING_VERBS,
    NEWS_NOUNS,
    OBLIGATION_MODALS,
    OFFENCE_NOUNS,
    ONGOING_PHASE_VERBS,
    OPINION_WORDS,
    ORGANIZING_NOUNS,
    OUTCOME_NOUNS,
    PLANNING_VERBS,
    POSTPONING_VERBS,
    PREVENTING_VERBS,
    PROBED_MATTER_NOUNS,
    REWARD_NOUNS,
    REWARD_OFFER_VERBS,
    REWARD_PREPOSITIONS,
    RISK_VERBS,
    RISKED_PENALTY_NOUNS,
    RULING_OUT_VERBS,
    SPEECH_PARTICIPANT_PRONOUNS,
    STOPPING_VERBS,
    SUPPOSING_VERBS,
    TRACE_NOUNS,
    TRANSITIVE_PHASE_VERBS,
)
from pipeline.morphology import participle_readings, perfective_future
from pipeline.rules import fired, rejected, rule

Modality = str
ModalityRule = Callable[[Tree, list[int]], bool]

# governing verbs and predicatives (lemmas) through which an infinitive event is not (yet) a fact (the auxiliaries
# of ability and attempt: lang/lexicon.py ABILITY_AUXILIARY_VERBS)
HYPOTHETICAL_HEADS = ABILITY_AUXILIARY_VERBS | frozenset({
    "можно", "возможно", "должный", "должен", "следовать", "надо", "нужно", "необходимо",
    "потребовать", "требовать", "призвать", "призывать", "предложить",
    "предлагать", "просить", "попросить", "угрожать", "пригрозить", "грозить", "хотеть", "захотеть", "желать",
    "рассчитывать", "надеяться", "предполагать", "допускать", "стремиться",
    "поручить", "поручать", "распорядиться", "приказать", "велеть", "рекомендовать", "порекомендовать",
    "советовать", "посоветовать", "вправе", "разрешить", "разрешать", "позволить", "позволять", "обязать",
    "обязывать", "предстоит", "нужный", "обязанный",
    # nouns of attempt, possibility and demand with an infinitive: "попытка задержать", "требование освободить"
    "попытка", "возможность", "требование", "угроза", "призыв", "предложение", "желание", "просьба", "приказ",
    "поручение", "указание",
}) | NEARING_VERBS  # nearing a goal, not reached: "ситуация подходит к соглашению"
PLANNED_HEADS = INTENTION_AUXILIARY_VERBS | frozenset({  # the auxiliaries of intention: INTENTION_AUXILIARY_VERBS
    "намеренный", "намерен", "планировать", "запланировать", "готовиться", "готовить",
    "готовый", "обещать", "пообещать", "обязаться", "решить", "предстоять", "договориться", "условиться",
    "согласиться", "соглашаться", "предполагаться", "планироваться", "намечаться", "вызваться",
    # nouns of intention with an infinitive: "намерение посетить", "планы провести выборы"
    "намерение", "план", "решение", "обещание", "готовность", "решимость", "подготовка",
})
# predicatives of what is due: with an infinitive it is planned, ahead as a schedule or a duty (`due_head`)
DUE_HEADS = frozenset({"должный", "должен"})
# verbs whose infinitive complement is a real event, with the modality the chain gives ("удалось задержать":
# asserted; "не стал подписывать": negated); the auxiliaries of success and phase: ACHIEVEMENT_AUXILIARY_VERBS
ACHIEVEMENT_HEADS = ACHIEVEMENT_AUXILIARY_VERBS | frozenset({
    "решить", "помочь", "помогать", "вынудить", "вынужденный", "приступить", "сметь",
})
# verbs whose infinitive complement did not happen: "отказался платить", "не стал", "воздержался от"
REFUSAL_HEADS = frozenset({"отказаться", "отказываться", "отказать", "отказывать"})
MODAL_GOVERNORS = HYPOTHETICAL_HEADS | PLANNED_HEADS | ACHIEVEMENT_HEADS | REFUSAL_HEADS
# nouns whose genitive event is planned or possible, not told as done ("план вторжения", "требование отставки"; not
# "попытка покушения": an attempt did happen)
MODAL_NOUNS = frozenset({"план", "подготовка", "возможность", "требование", "призыв", "предложение", "просьба",
                         "намерение", "решение", "обещание", "угроза"})
# an infinitive hangs on a noun of intention through these relations ("намерения причинить": nmod)
NOUN_COMPLEMENT_RELS = frozenset({"nmod", "acl"})
HYPOTHETICAL_ADVERBS = frozenset({"возможно", "якобы", "вероятно", "предположительно", "видимо", "будто"})
CONDITIONAL_MARKS = frozenset({"если", "ежели", "коли", "ли"})
# Nouns of condition, each with the prepositions that make it one: "в случае нападения", "на случай отмены
# моратория", "при условии отставки" (the event noun is their genitive: a condition, not what happened).
CONDITION_NOUNS: dict[str, frozenset[str]] = {"случай": frozenset({"в", "на"}), "условие": frozenset({"при"})}
# Nouns through which the event noun is still the condition ("в случае начала военных действий", "в случае
# проведения выборов"); not one that ends or changes it ("в случае разрыва контракта": the contract is real).
CONDITION_HOP_NOUNS = ORGANIZING_NOUNS | fold_words("начало возникновение возобновление")
# What a fixed "в случае" never has: a determiner, an adjective or a number ("в этом случае", "в трех случаях"), a
# comparative mark or a copula of its own ("как это было в случае убийства").
CONDITION_FOREIGN_RELS = frozenset({"amod", "det", "nummod", "mark", "cop", "nsubj"})
COMPARATIVE_MARKS = fold_words("как")
THREAT_VERBS = EVENT_VERBS["threat"]  # their bare instrumental is the act threatened ("грозил Армении войной")
COMPARED_KIND_WORDS = fold_words("такой подобный")  # "таких масштабов", "подобных терактов": a kind compared
# the particle of a yes/no question, as the parser hangs it on the questioned predicate: "проверить, находится ли он
# в розыске" (asked, not told)
QUESTION_PARTICLES = frozenset({"ли"})
# A condition as the last word of a fixed mark ("в случае если"), not the "ли" of "то ли … то ли" (either … or).
FIXED_CONDITIONAL_MARKS = CONDITIONAL_MARKS - QUESTION_PARTICLES
QUESTION_PARTICLE_RELS = frozenset({"advmod", "discourse", "mark"})
PURPOSE_MARKS = frozenset({"чтобы", "дабы"})
# an event noun that names what something is for is aimed at, not done: "оружие предназначалось для убийства пилотов"
# (the noun itself under "для": "этапированы для проведения следственных действий" tells what was then done, as the
# gold marks it); so is one under a noun of purpose with its preposition: "сговор с целью убийства", "в целях
# задержания"
UNREAL_PURPOSE_PREPOSITIONS = frozenset({"для"})
PURPOSE_NOUNS = frozenset({"цель"})
PURPOSE_NOUN_PREPOSITIONS = frozenset({"с", "со", "в"})
# verbs of scheduling (vocabulary.SCHEDULING_SENSE_VERBS): an event noun they set a day for is ahead ("оглашение
# приговора назначено на 12 марта", "назначила дату слушаний"), through the nouns above it; "назначена экспертиза"
# (ordered) is not scheduled
MAX_NOUN_HOPS = 3  # nouns between an event noun and the verb that schedules it ("дату оглашения приговора")
UNTIL_MARKS = frozenset({"пока"})  # "пока не задержали": until it happened
CANCELLED_RELS = frozenset({"obj", "nsubj:pass"})  # what is cancelled: "отменили митинг", "митинг отменен"
# "отменили митинг"; and prevented: "предотвращено более 200 терактов" (lexicon.PREVENTING_VERBS)
CANCEL_VERBS = frozenset({"отменить", "отменять", "сорвать", "срывать", "запретить"}) | PREVENTING_VERBS
# adverbs that with a fixed "не" tell a near miss, something that did not happen ("едва не был убит", "чуть не погиб")
NEAR_MISS_ADVERBS = frozenset({"едва", "чуть", "чуть-чуть"})
# prepositions through which a noun of plan or demand governs its event ("призыв к освобождению", "требование об
# отставке", "подготовка к выборам")
MODAL_NOUN_PREPOSITIONS = frozenset({"к", "о", "об"})
# occurrence verbs that put their event ahead: "запланирована встреча", "ожидается визит", "предстоят переговоры"
PLANNED_OCCURRENCE = SUPPORT_VERBS & frozenset({
    "запланировать", "планироваться", "намечаться", "наметить", "ожидаться", "предстоять", "готовиться",
})
PLANNED_MODIFIERS = frozenset({"предстоящий", "запланированный", "будущий", "грядущий", "планируемый"})
MAX_MODIFIER_GAP = 6  # words between an attributive participle and its noun ("запланированной на последнюю декаду
# апреля встречи")
# verbs of denial: an event noun they take, or the topic of a report they take, did not happen ("опроверг
# информацию о взрыве", "опровергли сообщения о задержании"); a denied part in it ("отрицает причастность к
# убийству") says nothing of the happening
DENIAL_VERBS = frozenset({"опровергнуть", "опровергать", "опровергаться"})
DENIABLE_REPORT_NOUNS = NEWS_NOUNS | fold_words("слух")  # "опровергли слухи об аресте"
# the conjunctions of a content clause: what one says, confesses, foresees or supposes ("предсказал, что …")
CONTENT_MARKS = frozenset({"что", "будто"})
# relations through which an event climbs to the head of its own clause: what the clause tells of it as new (its
# object, a complement; "речь может идти о введении": an oblique of topic or goal, MODAL_NOUN_PREPOSITIONS; the
# subject of an occurrence verb, SUPPORT_VERBS: "что встреча состоится"). The subject of another predicate or a frame
# is what the supposition takes as given ("предполагала, что убийство стало местью", "предположили, что протесты были
# спровоцированы", "предположение, что за убийством посла стоят …": it happened), and so is a genitive ("предположил,
# что отмена приговора может совпасть": the verdict was passed).
CLAUSE_INNER_RELS = frozenset({"obj", "iobj", "xcomp", "conj"})
CONTENT_CLAUSE_RELS = frozenset({"ccomp", "acl", "csubj"})  # a content clause under its predicate
MAX_CLAUSE_CLIMB = 6  # heads between an event and the head of its clause
PRONOUN_OF_CLAUSE = fold_words("то тот")  # "вероятность того, что …": the clause hangs on "того"
PRONOUN_OF_CLAUSE_PREPOSITIONS = frozenset({None, "о", "об"})  # "того, что", "о том, что", not "из того, что"
MAX_GOVERNOR_HOPS = 2  # nouns between a content clause's comma and its predicate ("ожиданий инвесторов, что")
# the event type of a probe: its nouns ("расследование", "поиск", "следствие", "проверка") run once begun
PROBE_TYPE = "investigation"
# relations through which an attending verb takes the probe it helps or furthers ("помогать в расследовании",
# "контролировать проведение расследования")
ATTENDED_RELS = frozenset({"obj", "obl", "iobj"})
FUTURE_AUXILIARIES = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})
# the chain from an event to the verbs that govern it runs through these relations only
COMPLEMENT_RELS = frozenset({"xcomp", "csubj"})
# "в обмен на освобождение": the noun of exchange under its preposition, and the preposition of what is given for it
EXCHANGE_NOUN, EXCHANGE_PREPOSITION, PRICE_PREPOSITION = "обмен", "в", "на"


def first_conjunct(tree: Tree, index: int) -> int:
    """The first of coordinated infinitives ("представить" for "обсудить" in "представить проект и обсудить его");
    the token itself otherwise."""
    seen = {index}
    while _infinitive(tree, index) and tree.token(index).rel == "conj":
        head = tree.head_of(index)
        if head is None or head in seen or not _infinitive(tree, head):
            break
        seen.add(head)
        index = head
    return index


def governed_noun(tree: Tree, index: int) -> int:
    """The noun through which an event noun is governed: the first of coordinated nouns ("роспуска парламента и
    проведения выборов": "роспуска"), and the noun of organizing whose genitive it is ("проведение выборов",
    "о проведении митинга"), in turn; the token itself otherwise."""
    seen = {index}
    while tree.token(index).pos == "NOUN":
        token, head = tree.token(index), tree.head_of(index)
        if head is None or head in seen or tree.token(head).pos != "NOUN":
            break
        organized = base(token.rel) == "nmod" and token.feats.get("Case") == "Gen" \
            and tree.lemma(head) in ORGANIZING_NOUNS
        if not (organized or base(token.rel) == "conj"):
            break
        seen.add(head)
        index = head
    return index


def _infinitive(tree: Tree, index: int) -> bool:
    token = tree.token(index)
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Inf"


def predicate_chain(tree: Tree, predicate: int) -> list[int]:
    """The predicate and the verbs above it through infinitive complements, nearest first ("задержать" <-
    "удалось"; a coordinated infinitive through its first conjunct), plus, for an event noun, the verb it is the
    object of or the occurrence verb it is the subject of ("встреча пройдет")."""
    chain = [predicate]
    current = governed_noun(tree, first_conjunct(tree, predicate))
    if current != predicate:
        chain.append(current)
    while True:
        token = tree.token(current)
        head = tree.head_of(current)
        if head is None or head in chain:
            return chain
        rel = base(token.rel)
        if rel in COMPLEMENT_RELS or _event_noun_hop(tree, current, rel) or intention_noun(tree, current):
            chain.append(head)
            current = head
            continue
        deal = exchange_deal(tree, current)
        if deal is not None and deal not in chain:  # "потребовали … в обмен на освобождение": the deal's verb
            chain.append(deal)
            current = deal
            continue
        return chain


def exchange_deal(tree: Tree, index: int) -> int | None:
    """The word a deal hangs on when the event noun is what is given in exchange ("в обмен на их освобождение" under
    "потребовали", "может вернуться в Россию в обмен на освобождение Ходорковского"): the happening is as real as the
    deal — demanded, possible, or done ("был освобожден в обмен на …") — so the chain climbs to the deal's word;
    None for any other noun."""
    head = tree.head_of(index)
    if head is None or tree.token(index).pos != "NOUN" or tree.preposition(index) != PRICE_PREPOSITION \
            or tree.lemma(head) != EXCHANGE_NOUN or tree.preposition(head) != EXCHANGE_PREPOSITION:
        return None
    return tree.head_of(head)


def intention_noun(tree: Tree, index: int) -> bool:
    """An infinitive that complements a noun of intention, attempt or demand ("не имел намерения причинить вред",
    "попытка задержать"): the event is that noun's, and takes the modality of the verb above it."""
    token = tree.token(index)
    if token.feats.get("VerbForm") != "Inf" or base(token.rel) not in NOUN_COMPLEMENT_RELS:
        return False
    if tree.head_of(index) is None:
        return False
    return tree.token(token.head).pos == "NOUN" and tree.lemma(token.head) in MODAL_GOVERNORS


def _event_noun_hop(tree: Tree, index: int, rel: str) -> bool:
    """An event noun takes the modality of the verb it is the object of ("просила включить встречу") or of the
    occurrence verb it is the subject of ("встреча пройдет", "переговоры не состоялись"), or of a verb of threat whose
    bare instrumental it is ("пригрозил уголовным преследованием": threatened), or of the verb of a course whose goal it
    is ("готовится к отставке": planned, "призываем к освобождению": demanded); another verb of which it is the subject
    says something else about it ("арест может быть связан с ..."). A noun of people (a participle used as a noun:
    "отказался экстрадировать обвиняемого в убийстве", "признала виновными шестерых обвиняемых") names whom the
    happening befell, and the verb above tells what is done to them, not whether it happened."""
    token, head = tree.token(index), tree.token(tree.token(index).head)
    if token.pos == "NOUN" and token.feats.get("Animacy") == "Anim":
        return False
    if token.pos == "NOUN" and rel == "nmod" and head.pos == "NOUN" and (
            token.feats.get("Case") == "Gen" or tree.preposition(index) in MODAL_NOUN_PREPOSITIONS):
        return tree.lemma(token.head) in MODAL_NOUNS  # "план вторжения", "призыв к освобождению"
    if token.pos not in ("NOUN", "PROPN") or head.pos not in ("VERB", "AUX"):
        return False
    if rel in ("obl", "iobj") and token.feats.get("Case") == "Ins" and tree.preposition(index) is None:
        # the threatened act: "пригрозил уголовным преследованием", "угрожали расправой экипажу" (iobj)
        return tree.lemma(token.head) in THREAT_VERBS
    if rel in ("obl", "iobj") and tree.preposition(index) in GOAL_PREPOSITIONS:
        return tree.lemma(token.head) in APPROACH_VERBS
    return rel == "obj" or (rel == "nsubj" and tree.lemma(token.head) in SUPPORT_VERBS)


def _lemmas(tree: Tree, chain: list[int]) -> Iterator[str]:
    for index in chain:
        yield tree.lemma(index)


@rule("events")
def negation(tree: Tree, chain: list[int]) -> bool:
    """"не"/"ни" on the predicate or a verb above it: "не признала вину", "не удалось задержать", or a refusal above
    it: "отказался платить"; not the "не" of
    "пока не" (until), which tells that it did happen: "протестовал, пока не был застрелен"."""
    if any(lemma in REFUSAL_HEADS for lemma in list(_lemmas(tree, chain))[1:]):
        return True
    return any((tree.negated(index) and not _until(tree, index)) or _near_miss(tree, index) for index in chain)


def _near_miss(tree: Tree, index: int) -> bool:
    """"едва не", "чуть не" on the predicate: it nearly happened, and did not ("едва не был убит")."""
    return any(tree.word(child) in NEAR_MISS_ADVERBS
               and any(tree.word(kid) == "не" for kid in tree.kids(child, "fixed"))
               for child in tree.kids(index, "advmod"))


def _until(tree: Tree, index: int) -> bool:
    """"пока" (as the parser hangs it: a mark or an adverb) on a negated predicate means "until" ("протестовал,
    пока не был застрелен"), except on the main clause of a sentence, where "пока не" is "not yet" ("решение пока
    не принято")."""
    main = tree.token(index).rel == "root"
    return any(tree.token(child).text.lower() in UNTIL_MARKS and not (main and tree.token(child).rel == "advmod")
               for child in tree.kids(index, "mark", "advmod"))


@rule("events")
def absent_event(tree: Tree, chain: list[int]) -> bool:
    """An event noun in the genitive of negation, the object of a negated predicate or the subject of "нет" or of a
    negated impersonal one (`_impersonal`), itself, as one of coordinated nouns or through a noun of traces
    (TRACE_NOUNS): "огнестрельных ранений нет", "у пострадавшего нет ранений", "следов ранений не видно", "следов
    взлома и ранений не выявила", "запросов не поступало" — its existence is denied; not a kind compared ("пожара
    таких масштабов не было", `_compared_kind`)."""
    noun = chain[0]
    if _compared_kind(tree, noun):
        token = tree.token(noun)
        rejected("events", absent_event, token.start, token.end, "a kind compared, not this happening denied")
        return False
    while tree.token(noun).pos == "NOUN" and tree.token(noun).feats.get("Case") == "Gen":
        head, rel = tree.head_of(noun), base(tree.token(noun).rel)
        if head is None:
            return False
        if rel == "obj" or (rel == "nsubj" and _impersonal(tree, head)):
            return tree.lemma(head) == "нет" or tree.negated(head)
        if rel != "conj" and not (rel == "nmod" and tree.lemma(head) in TRACE_NOUNS):
            return False
        noun = head
    return False


def _impersonal(tree: Tree, verb: int) -> bool:
    """A predicate that agrees with no subject, as one with a subject in the genitive of negation does ("запросов не
    поступало", "ранений нет"): not plural, not masculine or feminine ("столкновения не прекращаются": a nominative
    the tagger read as a genitive)."""
    feats = tree.token(verb).feats
    return feats.get("Number") != "Plur" and feats.get("Gender") not in ("Masc", "Fem")


def _compared_kind(tree: Tree, noun: int) -> bool:
    """A noun of a kind compared with the story's happening ("пожара таких масштабов не было около полувека",
    "подобных терактов не было"): it says the like did not happen before, not that this one did not."""
    near = [noun, *tree.children[noun]]
    return any(tree.lemma(kid) in COMPARED_KIND_WORDS for index in near for kid in tree.children[index])


@rule("events")
def phase_object(tree: Tree, chain: list[int]) -> bool:
    """An event noun that a verb of phase takes as its object (TRANSITIVE_PHASE_VERBS, STOPPING_VERBS: "возобновить
    уголовное преследование", "прекратить уголовное преследование", "продолжить переговоры") is under way or was: the
    verb's own modality ("решение возобновить", "просят прекратить", "не продолжили") tells its phase, not whether it
    happened (the golds assert "решение … возобновить уголовное преследование", "потребовал … прекратить дебош")."""
    noun = chain[0]
    if tree.token(noun).pos != "NOUN" or base(tree.token(noun).rel) != "obj":
        return False
    head = tree.head_of(noun)
    return head is not None and tree.lemma(head) in TRANSITIVE_PHASE_VERBS | STOPPING_VERBS


@rule("events")
def conditional(tree: Tree, chain: list[int]) -> bool:
    """A subjunctive "бы" or a condition ("если", "в случае если", "ли") on the predicate's clause: "если парламент
    проголосует"; a finite clause of "чтобы" is a subjunctive too ("желает, чтобы оружие было уничтожено")."""
    for index in chain:
        if tree.conditional(index) or _has_mark(tree, index, CONDITIONAL_MARKS, FIXED_CONDITIONAL_MARKS) \
                or _questioned(tree, index):
            return True
        if tree.token(index).feats.get("VerbForm") != "Inf" and _has_mark(tree, index, PURPOSE_MARKS):
            return True
        if any(_has_mark(tree, clause, CONDITIONAL_MARKS, FIXED_CONDITIONAL_MARKS)
               for clause in tree.kids(index, "advcl")):
            return True  # the consequence of a condition: "если …, министр уйдет в отставку"
    return False


def _questioned(tree: Tree, index: int) -> bool:
    """A yes/no question's particle on the predicate: "проверить, находится ли он в розыске"."""
    return any(tree.token(child).text.lower() in QUESTION_PARTICLES
               for child in tree.kids(index, *QUESTION_PARTICLE_RELS))


def _has_mark(tree: Tree, index: int, marks: frozenset[str], fixed_marks: frozenset[str] = frozenset()) -> bool:
    """A mark of `marks` on the clause, or one of `fixed_marks` as a word of a fixed mark ("в случае если": the
    parser hangs "случае если" on "в" as fixed)."""
    return any(tree.token(child).text.lower() in marks
               or any(tree.token(kid).text.lower() in fixed_marks for kid in tree.kids(child, "fixed"))
               for child in tree.kids(index, "mark"))


def _bare_condition(tree: Tree, noun: int) -> bool:
    """The noun of condition as the fixed "в случае", "при условии": singular, with no word of its own but its
    preposition and its genitive; not a case compared ("Как и в случае теракта в Беслане, власти скрывали…": the
    siege was real) nor cases counted or singled out ("в трех случаях нападения", "в этом случае")."""
    return tree.token(noun).feats.get("Number") != "Plur" and not any(
        base(tree.token(kid).rel) in CONDITION_FOREIGN_RELS or fold(tree.token(kid).text) in COMPARATIVE_MARKS
        for kid in tree.kids(noun))


@rule("events")
def condition_noun(tree: Tree, chain: list[int]) -> bool:
    """An event noun that is the condition of something else: the genitive of "в случае", "на случай", "при
    условии" ("ответить в случае нападения", "резерв на случай отмены моратория", "при условии отставки"), also
    through a noun of holding or onset between them (CONDITION_HOP_NOUNS: "в случае начала военных действий")."""
    index = chain[0]
    for _ in range(MAX_NOUN_HOPS):
        token, head = tree.token(index), tree.head_of(index)
        if head is None or token.pos != "NOUN" or base(token.rel) != "nmod" or token.feats.get("Case") != "Gen" \
                or tree.token(head).pos != "NOUN":
            return False
        if tree.preposition(head) in CONDITION_NOUNS.get(tree.lemma(head), ()):
            return _bare_condition(tree, head)
        if tree.lemma(head) not in CONDITION_HOP_NOUNS:
            return False
        index = head
    return False


@rule("events")
def modal_head(tree: Tree, chain: list[int]) -> bool:
    """A modal, attempt or demand verb above the event ("может быть задержан", "потребовал освободить"), a
    hedge on its predicate ("якобы встретился", "возможно, погиб"), or a penalty risked (`risked_penalty`: "ему
    грозит до двух лет лишения свободы")."""
    if any(lemma in HYPOTHETICAL_HEADS for lemma in list(_lemmas(tree, chain))[1:]):
        return True
    if risked_penalty(tree, chain[0]) is not None:
        return True
    words = tree.word  # the folded text of a token (`Tree.word`: `fold` of the text, read from the shared list)
    return any(words(child) in HYPOTHETICAL_ADVERBS for index in chain for child in tree.children[index])


def risked_penalty(tree: Tree, index: int) -> int | None:
    """The penalty that a verb of risk (RISK_VERBS) has as its subject, a sentence someone may get ("ему грозит
    штраф", "Депутату грозит до двух лет лишения свободы": the parser makes "лет" the subject, or an oblique with
    "до"), or None; a year counts only with a number or a penalty in its genitive ("грозит трудный год" risks none)."""
    if tree.lemma(index) not in RISK_VERBS:
        return None
    for child in tree.kids(index, "nsubj", "obl"):
        if base(tree.token(child).rel) == "obl" and tree.preposition(child) != "до":
            continue
        lemma = tree.lemma(child)
        if lemma not in RISKED_PENALTY_NOUNS:
            continue
        if lemma == "год" and not (tree.kids(child, "nummod", "nummod:gov")
                                   or any(tree.lemma(kid) in RISKED_PENALTY_NOUNS for kid in tree.kids(child, "nmod"))):
            continue
        return child
    return None


def _due(tree: Tree, chain: list[int]) -> int | None:
    """The place in the chain of a "должен" that is the nearest governor of mood over a perfective infinitive, not a
    past due ("должен был") nor an exhortation ("мы должны", "вы должны"); None otherwise (`due_head`). Found once per
    chain: `reported_ought` and `due_head` both ask it."""
    key = tuple(chain)
    if key not in tree.dues:
        tree.dues[key] = _find_due(tree, chain)
    return tree.dues[key]


def _find_due(tree: Tree, chain: list[int]) -> int | None:
    """`_due`, computed."""
    position = next((place for place, index in enumerate(chain) if place and tree.lemma(index) in MODAL_GOVERNORS),
                    None)
    if position is None or tree.lemma(chain[position]) not in DUE_HEADS \
            or tree.token(chain[position - 1]).feats.get("Aspect") != "Perf" \
            or any(tree.lemma(child) in SPEECH_PARTICIPANT_PRONOUNS for child in tree.children[chain[position]]
                   if base(tree.token(child).rel) == "nsubj"):
        return None
    if any(tree.token(aux).feats.get("Tense") == "Past" for aux in tree.children[chain[position]]
           if base(tree.token(aux).rel) in ("cop", "aux")):
        return None
    return position


@rule("events")
def reported_ought(tree: Tree, chain: list[int]) -> bool:
    """"должен" + a perfective infinitive in words of opinion or insistence (a quote whose cue is one of OPINION_WORDS,
    "считает, что", "уверен, что", a source phrase "по его мнению", or a person's own words in quotation marks) with
    no date and no "будет" is what the speaker holds ought to be or demands, hypothetical, not a schedule: "по его
    мнению, Париж должен поддержать действия Вашингтона", "родственники согласны с тем, что Руф должен быть
    приговорен"; a dated one is a schedule ("считает, что 7 мая он должен покинуть пост": `due_head`), and so is one
    in neutral words ("сообщил, что делегация должна прилететь")."""
    position = _due(tree, chain)
    if position is None:
        return False
    due = chain[position]
    if _timed(tree, due) or _timed(tree, chain[position - 1]):
        return False
    if any(tree.lemma(child) in OPINION_WORDS and tree.preposition(child) == "по" for child in tree.kids(due)):
        return True  # "по его мнению" as an oblique or a parenthetical of "должен"
    quote = tree.quote_at(tree.token(due).start)
    return quote is not None and _held_or_demanded(tree, tree.doc.quotes[quote])


def _held_or_demanded(tree: Tree, quote: QuoteAnn) -> bool:
    """A quote of an opinion (its cue, a word or a phrase, has one of OPINION_WORDS: "считать", "по его мнению") or
    a person's own words in quotation marks ("«Мендоза должен принести извинения»", - сказал он), not a release
    quoted with no person ("«…», - отмечается в сообщении")."""
    if any(word in OPINION_WORDS for word in fold(quote.cue_lemma).split()):
        return True
    return quote.kind == "direct" and quote.speaker_entity is not None \
        and tree.doc.entities[quote.speaker_entity].type == "PER"


def _timed(tree: Tree, index: int) -> bool:
    """A date of the dates stage or a future "будет" hangs on the verb ("7 мая должен покинуть", "должен будет
    оплатить")."""
    return dated(tree, index) or any(tree.token(child).text.lower() in FUTURE_AUXILIARIES
                                     for child in tree.kids(index))


@rule("events")
def due_head(tree: Tree, chain: list[int]) -> bool:
    """"должен" + an infinitive tells what is due to happen, a schedule or a duty still ahead: planned (EVENTS.md:
    future or intended), not a mere possibility: "завтра Адвокат должен вернуться в Санкт-Петербург и встретиться с
    руководством", "в КНР должна лететь делегация", "обвинение им должны предъявить в течение 10 дней". Only when
    "должен" is the nearest governor of mood ("должны попытаться задержать" is an attempt), and not a past due
    ("должен был прилететь": whether it happened is untold), and only for a perfective infinitive, one act due; an
    imperfective tells a standing duty, which is demanded ("армия должна освобождать территории": hypothetical), and
    "мы должны", "вы должны" exhort (demanded: "Вы должны арестовать людей"); in someone's words with no date it is
    demanded (`reported_ought`)."""
    return _due(tree, chain) is not None


@rule("events")
def purpose(tree: Tree, chain: list[int]) -> bool:
    """An infinitive of purpose ("связаться с пиратами, чтобы обсудить выкуп"), or an event noun of purpose
    ("предназначалось для убийства", "сговор с целью убийства"): aimed at, not done."""
    token = tree.token(chain[0])
    if token.feats.get("VerbForm") == "Inf" and _has_mark(tree, chain[0], PURPOSE_MARKS):
        return True
    if token.pos != "NOUN":
        return False
    return tree.preposition(chain[0]) in UNREAL_PURPOSE_PREPOSITIONS \
        or _noun_of_purpose(tree, governed_noun(tree, chain[0]))


@rule("events")
def advocated(tree: Tree, chain: list[int]) -> bool:
    """An event noun after "за" + accusative of a word of advocacy (ADVOCACY_WORDS) or of asking (ASKING_VERBS) is
    the act stood or asked for, not done: "выступили за отставку президента", "петиция за освобождение", "акция «За
    освобождение Козулина»", "потребовали 5 млн долларов за освобождение журналистов" (a price asked); not "за" of a
    reason ("задержан за митинг", "извинился за вторжение"); coordinated nouns through the first ("за отмену и
    отставку")."""
    return advocacy(tree, governed_noun(tree, chain[0]))


def advocacy(tree: Tree, index: int) -> bool:
    """The noun is what a word of advocacy or asking is for: "за" + accusative under ADVOCACY_WORDS or
    ASKING_VERBS ("выступили за отставку", "потребовали выкуп за освобождение"); not an offence (OFFENCE_NOUNS),
    which after "за" is what someone is punished for ("попросил для подсудимого 12 лет колонии за убийство")."""
    token, head = tree.token(index), tree.head_of(index)
    if head is None or token.pos != "NOUN" or token.feats.get("Case") != "Acc" or tree.preposition(index) != "за" \
            or tree.lemma(index) in OFFENCE_NOUNS:
        return False
    return tree.lemma(head) in ADVOCACY_WORDS or tree.lemma(head) in ASKING_VERBS


def _noun_of_purpose(tree: Tree, index: int) -> bool:
    """An event noun (or the noun of organizing that governs it) in the genitive of "цель" with its preposition
    ("с целью задержания", "в целях проведения расследования")."""
    head = tree.head_of(index)
    return head is not None and base(tree.token(index).rel) == "nmod" and tree.token(index).feats.get("Case") == "Gen" \
        and tree.lemma(head) in PURPOSE_NOUNS and tree.preposition(head) in PURPOSE_NOUN_PREPOSITIONS


@rule("events")
def offered_reward(tree: Tree, chain: list[int]) -> bool:
    """An event noun under "за" of a reward that is offered, not given: "объявили награду за поимку террориста",
    "объявили награду в пять миллионов долларов за поимку" (the parser hangs "за поимку" on the verb): the deed is
    sought, not done."""
    index = chain[0]
    head = tree.head_of(index)
    if head is None or tree.token(index).pos != "NOUN" or tree.preposition(index) not in REWARD_PREPOSITIONS:
        return False
    if tree.lemma(head) in REWARD_NOUNS:  # "награду за поимку": the reward's own complement
        return base(tree.token(head).rel) == "obj" and _offers(tree, tree.head_of(head))
    return _offers(tree, head) and any(tree.lemma(child) in REWARD_NOUNS for child in tree.kids(head, "obj"))


def _offers(tree: Tree, index: int | None) -> bool:
    """A verb of offering a reward ("объявить", "назначить", "предложить", "пообещать")."""
    return index is not None and tree.lemma(index) in REWARD_OFFER_VERBS


@rule("events")
def plan_head(tree: Tree, chain: list[int]) -> bool:
    """A plan or promise above the event ("намерен посетить", "пообещал выплатить"), an occurrence verb of plans
    ("запланирована встреча", "предстоят переговоры"), or a planned-for modifier of an event noun ("предстоящие
    переговоры")."""
    lemmas = list(_lemmas(tree, chain))
    if lemmas[0] in PLANNED_OCCURRENCE or any(lemma in PLANNED_HEADS for lemma in lemmas[1:]):
        return True
    if _postponed(tree, chain[0]):
        return True
    if any(tree.lemma(child) in PLANNED_MODIFIERS for child in tree.children[chain[0]]):
        return True
    return _planning_participle(tree, chain[0]) or _scheduled(tree, chain[0]) or _set_for_a_date(tree, chain[0])


def _set_for_a_date(tree: Tree, index: int) -> bool:
    """An event noun that a verb of scheduling governs, itself or through the nouns above it, is ahead:
    "оглашение приговора назначено на 12 марта", "судья назначила дату слушаний"."""
    if tree.token(index).pos != "NOUN":
        return False
    current, dated = index, False
    for _ in range(MAX_NOUN_HOPS):
        head = tree.head_of(current)
        if head is None or tree.token(head).sentence != tree.token(index).sentence:
            return False
        if tree.token(head).pos in ("VERB", "AUX"):
            return tree.lemma(head) in SCHEDULING_SENSE_VERBS and (dated or any(
                tree.preposition(child) == "на" and calendar_day(tree, child) for child in tree.kids(head, "obl")))
        if tree.token(head).pos != "NOUN":
            return False
        dated = dated or tree.lemma(head) in CALENDAR_NOUNS
        current = head
    return False


@rule("events")
def planning_participle_after(tree: Tree, chain: list[int]) -> bool:
    """An event noun with a participle of planning after it ("казни Маквея, намеченной на 16 мая", "встреча,
    запланированная на пятницу") is ahead. The parser may hang the participle on the noun's genitive ("Маквея"), so
    what decides is agreement: some dictionary reading of the participle (`participle_readings`: the tagger's case
    may be wrong) has the event noun's case, number and, in the singular, gender."""
    index = chain[0]
    if tree.token(index).pos != "NOUN":
        return False
    hosts = [index, *(kid for kid in tree.kids(index, "nmod") if tree.token(kid).feats.get("Case") == "Gen")]
    return any(participle > index and _planning_participle_of(tree, participle, index)
               for host in hosts for participle in tree.kids(host, "acl"))


def _planning_participle_of(tree: Tree, participle: int, noun: int) -> bool:
    """A participle of PLANNING_VERBS that can agree with the noun (`planning_participle_after`)."""
    token = tree.token(participle)
    if token.feats.get("VerbForm") != "Part" or tree.lemma(participle) not in PLANNING_VERBS:
        return False
    feats = tree.token(noun).feats
    wanted = {"Case": feats.get("Case"), "Number": feats.get("Number")}
    if feats.get("Number") != "Plur":
        wanted["Gender"] = feats.get("Gender")
    return any(all(reading.get(name) == value for name, value in wanted.items())
               for reading in participle_readings(token.text))


def calendar_day(tree: Tree, index: int) -> bool:
    """A day of the calendar: a weekday, a month ("на 12 марта": the number, which the tagger may call an adjective,
    may head the month), a date."""
    if tree.lemma(index) in CALENDAR_NOUNS:
        return True
    return tree.token(index).text.isdigit() and any(tree.lemma(kid) in CALENDAR_NOUNS for kid in tree.kids(index))


def _planning_participle(tree: Tree, index: int) -> bool:
    """A participle of planning that agrees with the event noun after it in case, number and gender, with no verb
    or punctuation between ("запланированной на последнюю декаду апреля встречи"), wherever the parse hung it."""
    noun = tree.token(index)
    if noun.pos != "NOUN":
        return False
    agreement = [noun.feats.get(name) for name in ("Case", "Number", "Gender")]
    for before in range(index - 1, max(-1, index - 1 - MAX_MODIFIER_GAP), -1):
        token = tree.token(before)
        if token.sentence != noun.sentence or token.pos == "PUNCT":
            return False
        if token.feats.get("VerbForm") == "Part" and tree.lemma(before) in PLANNING_VERBS:
            return [token.feats.get(name) for name in ("Case", "Number", "Gender")] == agreement
        if token.pos in ("VERB", "AUX"):
            return False
    return False


def _scheduled(tree: Tree, index: int) -> bool:
    """An event noun that is the subject of "должен" with an occurrence verb is scheduled ("допрос должен
    состояться", "процесс должен начаться 9 марта"), not obliged."""
    head = tree.head_of(index)
    if tree.token(index).pos != "NOUN" or base(tree.token(index).rel) != "nsubj" or head is None:
        return False
    return tree.lemma(head) in OBLIGATION_MODALS and any(
        tree.lemma(child) in SUPPORT_VERBS for child in tree.kids(head, "xcomp"))


def _postponed(tree: Tree, index: int) -> bool:
    """An event noun that a verb of postponing governs in its own clause has not happened yet: "казнь была
    отложена", "перенесли встречу" (no conjunction between them: "слушания созваны, как казнь была отложена")."""
    verb = _governing_verb(tree, index)
    if verb is None or tree.lemma(verb) not in POSTPONING_VERBS:
        return False
    low, high = sorted((index, verb))
    return not any(tree.token(between).pos == "SCONJ" for between in range(low + 1, high))


def _probe_noun(tree: Tree, index: int) -> bool:
    """A noun of the vocabulary's probes: "расследование", "поиск", "розыск", "следствие", "проверка"."""
    return tree.token(index).pos == "NOUN" and NOUN_TYPES.get(tree.lemma(index)) == PROBE_TYPE


@rule("events")
def attended_probe(tree: Tree, chain: list[int]) -> bool:
    """A probe that a verb helps, supervises or furthers (ATTENDING_VERBS: "будем помогать в расследовании
    преступления", "будет контролировать проведение расследования", "простимулируют поиск убийц"), or in whose course
    something is done ("будет установлена в ходе предварительного расследования"), or whose end or outcome is
    awaited (OUTCOME_NOUNS: "комментариев не будет до окончания проверки", "по результатам проверки будет принято
    решение"), is under way: the future of that
    verb tells a step within it, not its start, so the probe is asserted. A verb that carries it out does not attend
    it ("будут проводить следственные действия", "будет проведено расследование": planned)."""
    index = chain[0]
    if not _probe_noun(tree, index):
        return False
    noun = governed_noun(tree, index)  # "проведение расследования": through the noun of organizing
    head = tree.head_of(noun)
    if tree.preposition(noun) in COURSE_PREPOSITIONS:
        return True  # "в ходе расследования" as one compound preposition
    if head is None:
        return False
    if tree.lemma(head) in COURSE_NOUNS | OUTCOME_NOUNS:  # "в ходе расследования", "до окончания проверки"
        return base(tree.token(noun).rel) == "nmod" and tree.token(noun).feats.get("Case") == "Gen"
    return tree.lemma(head) in ATTENDING_VERBS and base(tree.token(noun).rel) in ATTENDED_RELS


@rule("events")
def future_tense(tree: Tree, chain: list[int]) -> bool:
    """The future: a perfective or "будет" future on the predicate or the verb that governs it ("будет задержан",
    "встреча пройдет")."""
    for index in chain:
        token = tree.token(index)
        if token.feats.get("Tense") == "Fut":
            return True
        if any(tree.token(child).feats.get("Tense") == "Fut" or tree.token(child).text.lower() in FUTURE_AUXILIARIES
               for child in tree.kids(index, "aux", "aux:pass", "cop")):
            return True
    return False


@rule("events")
def perfective_form(tree: Tree, chain: list[int]) -> bool:
    """A finite verb the tagger calls present whose form the dictionary knows only as a perfective future
    (`morphology.perfective_future`: "профсоюзы прошествуют по Тверской", tagged an imperfective present) on the
    predicate, on a verb above it, or as the verb that governs an event noun ("проведут митинг"): a perfective
    verb has no present, so the event is ahead."""
    verb = _governing_verb(tree, chain[0])
    return any(_present_tagged_future(tree, index) for index in [*chain, *([verb] if verb is not None else [])])


def _present_tagged_future(tree: Tree, index: int) -> bool:
    """A finite indicative verb tagged present (or with no tense) whose form is a perfective future."""
    token = tree.token(index)
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Fin" and token.feats.get("Tense") != "Fut" \
        and token.feats.get("Mood", "Ind") == "Ind" and perfective_future(token.text)


def _governing_verb(tree: Tree, index: int) -> int | None:
    """The verb an event noun is an argument of, through at most one noun above it ("отменила митинг", "итоги
    голосования будут учтены"); None for a verb or a noun under no verb."""
    if tree.token(index).pos != "NOUN":
        return None
    current = index
    for _ in range(2):
        head = tree.head_of(current)
        if head is None or tree.token(current).sentence != tree.token(head).sentence:
            return None
        if tree.token(head).pos in ("VERB", "AUX"):
            return head
        if tree.token(head).pos != "NOUN":
            return None
        current = head
    return None


@rule("events")
def cancelled(tree: Tree, chain: list[int]) -> bool:
    """An event noun that a verb of cancelling takes as its object (itself or through a noun of organizing) did not
    take place: "отменила митинг", "сорвали переговоры", "отменили проведение акции", "предотвращено более 200
    терактов" (through a comparative quantifier; a prevention only as done, `_prevention_told`); a noun that only
    frames the cancelling says nothing of it ("в преддверии забастовки отменила рейсы")."""
    if tree.token(chain[0]).pos != "NOUN":
        return False
    noun = governed_noun(tree, chain[0])
    verb = tree.head_of(noun)
    if verb is not None and tree.lemma(verb) in COMPARATIVE_QUANTIFIERS:
        noun, verb = verb, tree.head_of(verb)  # "предотвращено более 200 актов": the parser's head is "более"
    if verb is None or tree.token(noun).rel not in CANCELLED_RELS or tree.lemma(verb) not in CANCEL_VERBS:
        return False
    return tree.lemma(verb) not in PREVENTING_VERBS or _prevention_told(tree, verb)


def _prevention_told(tree: Tree, verb: int) -> bool:
    """A prevention told as done, not one tried, demanded, aimed at or failed ("пытаясь предотвратить столкновения",
    "чтобы предотвратить катастрофу", "не смогла предотвратить смерть": an infinitive), nor denied."""
    return not _infinitive(tree, verb) and not tree.negated(verb)


@rule("events")
def denied(tree: Tree, chain: list[int]) -> bool:
    """An event noun that a verb of denial takes, itself or as the topic of a report, did not happen: "опроверг
    информацию о взрыве", "опровергли слухи об аресте"."""
    index = chain[0]
    if tree.token(index).pos != "NOUN":
        return False
    head = tree.head_of(index)
    if head is not None and tree.lemma(head) in DENIABLE_REPORT_NOUNS and base(tree.token(index).rel) == "nmod":
        index, head = head, tree.head_of(head)
    return head is not None and base(tree.token(index).rel) == "obj" and tree.lemma(head) in DENIAL_VERBS


@rule("events")
def predicted(tree: Tree, chain: list[int]) -> bool:
    """An event foreseen, supposed, feared or weighed, not told as done: an event noun a verb of foreseeing takes
    ("эксперты предсказали введение налога"), one named likely or unlikely ("назвал маловероятным введение налога"),
    one not ruled out ("не исключил ужесточения законодательства": a hedge, not a denial), or an event in the content
    clause of such a predicate ("допустив, что речь может идти о введении штрафов", "на фоне ожиданий, что
    соглашение может привести к смягчению санкций", "вероятность того, что он подпишет контракт")."""
    if any(_ruled_out(tree, index) for index in chain[1:]):
        return True  # "не исключил провести": the infinitive's verb above is a hedge
    noun = governed_noun(tree, chain[0])
    if tree.token(noun).pos == "NOUN" and _foreseen_object(tree, noun):
        return True
    clause = _content_clause(tree, noun)
    return clause is not None and any(_supposes(tree, governor) for governor in _clause_governors(tree, clause))


def _ruled_out(tree: Tree, index: int) -> bool:
    """A negated verb of ruling out: "не исключил", "не исключено"."""
    return tree.lemma(index) in RULING_OUT_VERBS and tree.negated(index)


def _foreseen_object(tree: Tree, noun: int) -> bool:
    """The event noun is the object of a verb of foreseeing, of a negated verb of ruling out, or of a verb of deeming
    with an adjective of likelihood ("назвал маловероятным введение")."""
    head = tree.head_of(noun)
    if head is None or base(tree.token(noun).rel) != "obj":
        return False
    if (tree.lemma(head) in FORESEEING_VERBS and not tree.negated(head)) or _ruled_out(tree, head):
        return True  # "никто не предсказывал кризис": it came
    return tree.lemma(head) in DEEMING_VERBS and any(
        tree.lemma(kid) in LIKELIHOOD_ADJECTIVES for kid in tree.kids(head, "xcomp", "obl", "advmod"))


def _content_clause(tree: Tree, index: int) -> int | None:
    """The head of the content clause ("что …", "будто …") the event is in, climbing through the arguments and
    complements of its own clause; None when its clause has no such mark."""
    for _ in range(MAX_CLAUSE_CLIMB):
        if _has_mark(tree, index, CONTENT_MARKS):
            return index
        head = tree.head_of(index)
        if head is None or not _inside_clause(tree, index):
            return None
        index = head
    return None


def _inside_clause(tree: Tree, index: int) -> bool:
    """The token is what its clause tells as new: a core object or complement of its head, the subject of an
    occurrence verb ("что встреча состоится"), or an oblique of topic or goal ("о введении", "к смягчению")."""
    rel = base(tree.token(index).rel)
    if rel == "obl":
        return tree.preposition(index) in MODAL_NOUN_PREPOSITIONS
    if rel == "nsubj":
        head = tree.head_of(index)
        return head is not None and tree.lemma(head) in SUPPORT_VERBS
    return rel in CLAUSE_INNER_RELS


def _clause_governors(tree: Tree, clause: int) -> list[int]:
    """The words a content clause may complement: its head ("предсказал, что": "предсказал"; through "того":
    "вероятность того, что"), or, where the parser made the clause a root of its own, the word before its comma and
    the nouns it is the genitive of ("ожиданий инвесторов, что …": "инвесторов", "ожиданий")."""
    rel = base(tree.token(clause).rel)
    if rel in CONTENT_CLAUSE_RELS:
        head = tree.head_of(clause)
    elif rel == "root":
        marks = [kid for kid in tree.kids(clause, "mark") if tree.word(kid) in CONTENT_MARKS]
        head = min(marks) - 2 if marks else -1  # the word before ", что"
        if head < 0 or tree.token(head).sentence != tree.token(clause).sentence \
                or tree.token(head + 1).text != ",":
            return []
    else:
        return []
    if head is not None and tree.lemma(head) in PRONOUN_OF_CLAUSE:
        if base(tree.token(head).rel) != "nmod" or tree.preposition(head) not in PRONOUN_OF_CLAUSE_PREPOSITIONS:
            return []  # "вероятность того, что", "опасения о том, что"; not a frame "на том, что", "из того, что"
        head = tree.head_of(head)
    if head is None or head > clause:
        return []  # a content clause follows its head: not "Исходя из того, что взрывы …, возникли предположения"
    governors = [head]
    for _ in range(MAX_GOVERNOR_HOPS if rel == "root" else 0):
        head = tree.head_of(governors[-1])
        if head is None or base(tree.token(governors[-1]).rel) != "nmod":
            break
        governors.append(head)
    return governors


def _supposes(tree: Tree, index: int) -> bool:
    """A predicate of supposing or foreseeing, not negated ("не сомневался, что Валленберг был ликвидирован" is sure;
    "не предполагал, что его уволят": it happened), a noun of expectation or likelihood, or a negated verb of ruling
    out."""
    if tree.lemma(index) in SUPPOSING_VERBS:
        return not tree.negated(index)
    return tree.lemma(index) in FORESEEING_NOUNS or _ruled_out(tree, index)


@rule("events")
def future_clause(tree: Tree, chain: list[int]) -> bool:
    """An event noun in a clause in the future is ahead: "акция будет посвящена ...", "итоги голосования будут
    учтены", "главной темой переговоров станет ..."; not a noun that clause does not tell (`_future_tells`)."""
    verb = _governing_verb(tree, chain[0])
    if verb is None or not future_tense(tree, [verb]):
        return False
    refusal = _future_untold(tree, chain[0], verb)
    if refusal:
        token = tree.token(chain[0])
        rejected("events", future_clause, token.start, token.end, f"'{tree.token(verb).text}' {refusal}")
    return not refusal


def _future_untold(tree: Tree, noun: int, verb: int) -> str:
    """Why the future verb does not tell the event noun ("" when it does): the noun only frames it beside the clause
    ("Согласно решению думы, памятник будет открыт": parataxis), the verb ends or continues it (ONGOING_PHASE_VERBS:
    "следствие будет завершено" is under way), or the parser hung it across another clause, whose verb tells it and
    is not in the future (`_other_clause_verbs`: "Гон во время встречи с Брауном объявил, что … будет
    производиться")."""
    below = next((index for index in [noun, *tree.ancestors(noun)] if tree.head_of(index) == verb), noun)
    if probed_happening(tree, noun):
        return "tells the probe of the happening, which happened"
    if base(tree.token(below).rel) == "parataxis":
        return "has the event noun only as a frame beside its clause"
    if tree.lemma(verb) in ONGOING_PHASE_VERBS:
        return "ends or continues an event under way"
    others = _other_clause_verbs(tree, noun, verb)
    if others and not any(future_tense(tree, [other]) for other in others):
        return f"is in another clause than the noun, which '{tree.token(others[0]).text}' tells"
    return ""


@rule("events")
def probed_happening(tree: Tree, noun: int) -> bool:
    """An event noun in the genitive of a probe or of what a probe looks into (PROBED_MATTER_NOUNS: "причина
    дорожно-транспортного происшествия будет установлена", "обстоятельства гибели будут выяснены", "будет начато
    расследование убийства") is the happening probed: it happened, and the future that governs the probe says
    nothing of it (`future_clause` is refused). Not a matter noun in the instrumental, a copula's predicate: "станет
    причиной массовых протестов" names a cause of what is to come, no matter a probe looks into."""
    head = tree.head_of(noun)
    token = tree.token(noun)
    if head is None or token.pos != "NOUN" or base(token.rel) != "nmod" or token.feats.get("Case") != "Gen" \
            or tree.preposition(noun) is not None:
        return False
    if tree.lemma(head) not in PROBED_MATTER_NOUNS and not _probe_noun(tree, head):
        return False
    if tree.lemma(head) in PROBED_MATTER_NOUNS and tree.case(head) == "Ins":
        rejected("events", probed_happening, token.start, token.end,
                 f"'{tree.token(head).text}' is a predicate: a cause of what is to come, no probed matter")
        return False
    fired("events", probed_happening, token.start, token.end, f"the happening '{tree.token(head).text}' probes")
    return True


def _other_clause_verbs(tree: Tree, noun: int, verb: int) -> list[int]:
    """The finite verbs of the stretch of text between punctuation marks that holds the noun, when that stretch does
    not hold the future verb; not a verb of the noun's own relative clause: the noun is their clause's ("сказал
    шахматист в ходе визита"), whatever head the parser gave it."""
    sentence = tree.token(noun).sentence
    start = end = noun
    while start > 0 and tree.token(start - 1).sentence == sentence and tree.token(start - 1).pos != "PUNCT":
        start -= 1
    while end + 1 < len(tree.tokens) and tree.token(end + 1).sentence == sentence \
            and tree.token(end + 1).pos != "PUNCT":
        end += 1
    if start <= verb <= end:
        return []
    return [index for index in range(start, end + 1)
            if tree.token(index).pos == "VERB" and tree.is_finite(index) and not tree.dominates(noun, index)]


MODALITY_RULES: tuple[tuple[ModalityRule, Modality], ...] = (
    (cancelled, "negated"),
    (denied, "negated"),
    (phase_object, "asserted"),  # before the modals: "просят прекратить уголовное преследование" (under way)
    (predicted, "hypothetical"),  # before negation: "не исключил ужесточения" is a hedge; "опасения, что не оплатит"
    (conditional, "hypothetical"),  # before negation: "если он не убьет сына" is a condition, not a denial
    (negation, "negated"),
    (absent_event, "negated"),  # after predicted: "не исключила назначения" is a hedge
    (condition_noun, "hypothetical"),  # "в случае нападения", "на случай отмены моратория"
    (reported_ought, "hypothetical"),  # before due_head: "говорится, что он должен уволиться" is demanded
    (due_head, "planned"),  # before modal_head: "должен вернуться" is due, not merely possible
    (modal_head, "hypothetical"),
    (purpose, "hypothetical"),
    (advocated, "hypothetical"),
    (offered_reward, "hypothetical"),
    (plan_head, "planned"),
    (planning_participle_after, "planned"),
    (attended_probe, "asserted"),  # before the future: "будем помогать в расследовании" tells a probe under way
    (future_tense, "planned"),
    (future_clause, "planned"),
    (perfective_form, "planned"),  # after the tagger's own future: a perfective "present" it got wrong
)


def modality_of(tree: Tree, predicate: int) -> tuple[Modality, str]:
    """The modality of the event whose predicate (or event noun) is token `predicate`, and the rule that decided
    ("" for the default "asserted")."""
    chain = predicate_chain(tree, predicate)
    for modality_rule, modality in MODALITY_RULES:
        if modality_rule(tree, chain):
            token = tree.token(predicate)
            fired("events", modality_rule, token.start, token.end, modality)
            return modality, modality_rule.__name__
    return "asserted", ""
