"""The resolution rules, one small named function each.

Filters return a reason to reject a candidate ("" when it passes); scores add to a candidate's cost (lower is
better). A function registered with `@rule("coref")` is a rule: its name is the label the trace and the decision
record, its docstring's first line its description (`svodka explain --task coref`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pipeline.coref.kinds import CAPITAL_CITIES
from pipeline.coref.lexicon import (
    BODY_OBJECT_VERBS,
    BODY_OWNED_NOUNS,
    CITY_KINDS,
    COUNTRY_KINDS,
    MEMBERSHIP_PREPOSITIONS,
    PERSON_OWNED_NOUNS,
    PERSON_ROLES,
    PIERCING_SUBJECTS,
    REGION_KINDS,
    REGION_NAME_ENDINGS,
    SETTLEMENT_KINDS,
    STATE_KINDS,
    THING_PROCESS_NOUNS,
    THING_SUBJECT_VERBS,
)
from pipeline.coref.mentions import OUR_COUNTRY_NOUNS, UD_GENDER, Anaphor, lemma_of
from pipeline.coref.referents import EntityInfo, Referent
from pipeline.document import Document, Token
from pipeline.lang.fold import fold, fold_words
from pipeline.lang.grammemes import forms_agree
from pipeline.lang.lexicon import (
    ACCORDING_NOUNS,
    CALENDAR_NOUNS,
    EVENT_ONLY_VERBS,
    EVENT_PHRASES,
    FIRST_PERSON_PRONOUNS,
    GOAL_ADVERBS,
    MEDIA_NOUNS,
    OBJECT_CONTROL_VERBS,
    OWN_KIND_PLACE_NOUNS,
    PASSING_PREPOSITIONS,
    PERSON_POSSESSIVES,
    PREPOSITIONAL_GERUNDS,
    PROBLEM_NOUNS,
    REFLEXIVE_PRONOUNS,
    RELATIVE_PLACE_WORDS,
    SCHEDULING_VERBS,
    SELF_INTENTION_NOUNS,
    STORY_BODY_NOUNS,
    TAKING_PLACE_VERBS,
    THING_PRONOUNS,
    THIRD_PERSON_POSSESSIVES,
    TIME_PLACING_NOUNS,
    UNNAMED_SOURCES,
    one_of,
)
from pipeline.lang.marks import ALL_DASHES, CLAUSE_MARKS, DASH_TOKENS, QUOTE_MARKS, has_quote_mark
from pipeline.lang.tree import apposition_root, base, children, earlier_subject, main_subject
from pipeline.morphology import parses
from pipeline.quotes.lexicon import APPROVAL_SENSE_VERBS, CITING_VERBS, OUTLET_VERBS, PHRASE_NOUNS, SAY_VERBS
from pipeline.rules import rejected, rule

CLAUSE_BASES = frozenset({"ccomp", "advcl", "acl", "parataxis", "csubj", "conj", "root"})
PRONOUN_SENTENCES = 3  # a pronoun looks back this many sentences besides its own
OTHER_SENTENCES = 2  # for organizations and places
SUBJECT_BONUS = 0.6
PARALLEL_BONUS = 0.3
SALIENCE_STEP = 0.1
SALIENCE_CAP = 5
MAX_COST = 2.0  # a pronoun's best antecedent costing this much is too far or too weak to link
NAME_AHEAD = 8  # a role noun this many tokens before a person's name introduces it ("начальник управления ... X")
# Nouns whose genitive role is a post or someone else's title, not a person: "пост губернатора", "кандидатура мэра",
# "исполняющий обязанности губернатора", "заместитель командующего".
POST_NOUNS = frozenset({"пост", "должность", "кресло", "выборы", "кандидатура", "обязанность", "полномочие",
                        "вакансия", "заместитель", "помощник", "советник", "пресс-секретарь", "представитель",
                        "зам", "замглавы", "избрание", "переизбрание", "звание"})  # "к избранию главы Чечни": the
# office; "звания полковника": the rank
STATE_WORDS = frozenset({"федерация", "республика", "королевство", "штаты", "область", "край", "округ", "район",
                         "приморье", "подмосковье"})
# World regions and continents: never a city or a country ("Юго-Восточная Азия" is no "город").
MACRO_REGIONS = frozenset({"азия", "европа", "африка", "восток", "запад", "океания", "балканы",
                           "кавказ", "прибалтика", "скандинавия", "магриб"})


# syntax helpers ---------------------------------------------------------------------------------------------
def ancestors(doc: Document, index: int) -> Iterator[int]:
    """The token's heads up to the root (cycles cut; `Document.ancestors`)."""
    return doc.ancestors(index)


def clause_path(doc: Document, index: int) -> list[int]:
    """The token and its heads up to the head of its clause (the first token attached by a clause relation)."""
    path = [index]
    current = index
    while base(doc.tokens[current].rel) not in CLAUSE_BASES:
        head = doc.tokens[current].head
        if not 0 <= head < len(doc.tokens) or head in path:
            break
        path.append(head)
        current = head
    return path


def reflexive_owner(doc: Document, index: int) -> tuple[int | None, int | None]:
    """What a reflexive at `index` stands for: (the subject of its clause or of the clause it is an infinitive,
    conjunct or adverbial of, None) or (None, the participle whose phrase holds it, when that phrase has no
    subject); (None, None) when there is neither."""
    subject, participle, _ = reflexive_owner_via(doc, index)
    return subject, participle


def reflexive_owner_via(doc: Document, index: int) -> tuple[int | None, int | None, str]:
    """`reflexive_owner`, and the rule that carried the search past a clause without a subject of its own
    (`noun_infinitive`, `said_clause`; "" when none did)."""
    via = ""
    for ancestor in ancestors(doc, index):
        sentence = doc.sentences[doc.tokens[ancestor].sentence]
        subjects = [i for i in range(sentence.token_start, sentence.token_end) if doc.tokens[i].head == ancestor
                    and doc.tokens[i].rel.startswith("nsubj") and i != index]
        if subjects:
            return subjects[0], None, via
        controller = infinitive_controller(doc, ancestor)
        if controller is not None:
            return controller, None, via or "infinitive_controller"
        controller = purpose_controller(doc, ancestor)
        if controller is not None:
            return controller, None, via or "purpose_controller"
        if noun_infinitive(doc, ancestor):
            owner = _noun_owner(doc, doc.tokens[ancestor].head, ancestor)
            if owner is not None:
                return owner, None, via or "noun_infinitive"
            via = via or "noun_infinitive"
            continue
        if base(doc.tokens[ancestor].rel) == "acl" and place_clause(doc, ancestor):
            via = via or "place_clause"
            continue
        if base(doc.tokens[ancestor].rel) == "acl":
            return None, ancestor, via
        if said_clause(doc, ancestor, index):
            via = via or "said_clause"
            continue
        if base(doc.tokens[ancestor].rel) not in ("xcomp", "conj", "advcl") \
                and doc.tokens[ancestor].pos in ("VERB", "AUX"):
            adjacent = misattached_subject(doc, ancestor)
            if adjacent is not None:
                return adjacent, None, via or "misattached_subject"
            earlier = dropped_subject(doc, ancestor, index)
            return (earlier, None, via or "dropped_subject") if earlier is not None else (None, None, via)
    return None, None, via


@rule("coref")
def place_clause(doc: Document, verb: int) -> bool:
    """A finite clause opened by "где", "куда", "откуда" (`RELATIVE_PLACE_WORDS`) that has no subject of its own
    ("Буффон покинул «Ювентус», где провел 17 лет своей карьеры") goes on with the subject of the clause its noun
    stands in: the place is where the clause happens, not who does it. A reflexive in it is that subject's, as a
    participle's is the noun's (`reflexive_participle`)."""
    token = doc.tokens[verb]
    return token.feats.get("VerbForm") == "Fin" and any(
        fold(doc.tokens[child].text) in RELATIVE_PLACE_WORDS for child in children(doc)[verb] if child < verb)


@rule("coref")
def person_complement(doc: Document, head: int, index: int) -> bool:
    """A person's name in another case than the person noun it follows completes that noun, it does not name it
    ("адвокат | Удальцова Николай Полозов", "подопечные | Славена Билича обеспечили себе", "пресс-секретарь |
    Медведева опровергла сама себя"): a name in apposition agrees with its noun in case ("министр | Сергей Лавров",
    "президенту | Владимиру Путину"), so a reflexive whose subject is such a noun is another person's. Only an
    animate noun: a thing or a body owned by a person stands for them often enough ("Семья Сваровски выставила
    свое имение", "Желание Путина … усилить свои позиции"). Both cases must be known."""
    noun, name = doc.tokens[head].feats.get("Case"), doc.tokens[index].feats.get("Case")
    return doc.tokens[head].feats.get("Animacy") == "Anim" and bool(noun and name and noun != name)


@rule("coref")
def coordinated_subject(doc: Document, subject: int) -> str:
    """A reflexive whose subject is one of coordinated nouns ("Россия и Китай подтверждают свою позицию", "Как
    Airbus, так и Boeing обеспечили себе доступ", "Ни Вахаев, ни Дукузов не признают себя виновными") stands for
    them together, a group no entity is: the subject has a nominal conjunct and its verb is not singular."""
    conjuncts = [i for i in children(doc)[subject] if subject < i < subject + 12
                 and base(doc.tokens[i].rel) == "conj" and doc.tokens[i].pos in ("NOUN", "PROPN", "PRON")]
    verb = doc.tokens[subject].head
    if not conjuncts or (0 <= verb < len(doc.tokens) and doc.tokens[verb].feats.get("Number") == "Sing"):
        return ""
    return f"'{doc.tokens[subject].text}' and '{doc.tokens[conjuncts[0]].text}' together"


@rule("coref")
def misattached_subject(doc: Document, verb: int) -> int | None:
    """A finite verb the parse gave no subject, right after a nominative name or noun that the parse hung on
    something else as an apposition or a name's part ("бывшего шефа полиции Гази Джабали | Арафат назначил своего
    кузена"; "президент России Дмитрий | Медведев начал свое выступление"), has that phrase as its subject: a
    nominative phrase ending right before a finite verb (past adverbs and particles) that agrees with it is its
    subject. Not a phrase that is already a subject or an object, nor one across a punctuation mark."""
    token = doc.tokens[verb]
    if token.pos not in ("VERB", "AUX") or token.feats.get("VerbForm") != "Fin":
        return None
    before = verb - 1
    start = doc.sentences[token.sentence].token_start
    while before >= start and before >= verb - 3 and doc.tokens[before].pos in ("ADV", "PART"):
        before -= 1
    if before < start:
        return None
    phrase = before
    while base(doc.tokens[phrase].rel) == "flat" and start <= doc.tokens[phrase].head < phrase:
        phrase = doc.tokens[phrase].head
    head = doc.tokens[phrase]
    if head.pos not in ("NOUN", "PROPN") or head.feats.get("Case") != "Nom" \
            or base(head.rel) not in ("appos", "flat", "nmod") \
            or not forms_agree(token.feats, head.feats):
        return None
    return phrase


@rule("coref")
def dropped_subject(doc: Document, verb: int, index: int) -> int | None:
    """A finite main verb without a subject continues the subject of the clause before it in its sentence ("Она
    оставила теннис, рассталась со своим другом"; "С шести лет она начала брать уроки, в девять лет написала свои
    первые песни"): the latest subject of an earlier finite verb there that agrees with this one in number and, in
    the past, in gender, with no quotation mark between it and the word at `index` (a quote's words and the
    narrator's are two voices). A converb the parse left as a main verb ("…уступив итальянке") does the same: it
    shares the subject of the finite verb before it. None when no earlier clause of the sentence has one."""
    token = doc.tokens[verb]
    if token.pos != "VERB" or token.feats.get("VerbForm") not in ("Fin", "Conv") \
            or base(token.rel) not in ("root", "parataxis"):
        return None
    found = earlier_subject(doc, verb, doc.sentences[token.sentence].token_start)
    if found is None:
        return None
    start = doc.tokens[found[0]].start
    return None if has_quote_mark(doc.text, start, doc.tokens[index].start) else found[0]


@rule("coref")
def infinitive_controller(doc: Document, verb: int) -> int | None:
    """An infinitive without a subject of its own is done by its controller: the bare dative of the impersonal
    predicate whose clausal subject it is ("ему удалось обойти своего конкурента", "США придется искать место для
    своих ракет", "Сураеву не пришлось брать управление на себя"); the bare dative addressee of a verb of allowing,
    ordering or helping (OBJECT_CONTROL_VERBS) whose complement it is ("позволят Ирану защитить свои секреты",
    "запретила тренеру приближаться к своей дочери"); the bare dative of the verb whose object is the noun it
    completes ("дала Путину возможность укрепить свое положение"). Not an accusative object ("просить суд
    выпустить своего подзащитного", "призывает инвесторов участвовать в развитии своей республики"): there "свой"
    may be the asker's as well, so it stays with the subject. A reflexive is no controller ("позволил себе").
    None when the infinitive has no such controller (its clause's own subject is looked for first)."""
    token = doc.tokens[verb]
    head = token.head
    if token.pos != "VERB" or token.feats.get("VerbForm") != "Inf" or not 0 <= head < len(doc.tokens):
        return None
    rel = base(token.rel)
    if rel == "csubj":
        return _bare_dative(doc, head, verb)
    if rel == "xcomp" and lemma_of(doc.tokens[head]) in OBJECT_CONTROL_VERBS:
        dative = _bare_dative(doc, head, verb)
        return dative if dative is not None else thing_forced_object(doc, head, verb)
    noun = doc.tokens[head]
    if rel in ("nmod", "acl") and noun.pos == "NOUN" and lemma_of(noun) not in SELF_INTENTION_NOUNS \
            and base(noun.rel) == "obj" and 0 <= noun.head < len(doc.tokens):
        return _bare_dative(doc, noun.head, head)
    return None


def thing_forced_object(doc: Document, predicate: int, besides: int) -> int | None:
    """The accusative object of a verb of forcing or asking (OBJECT_CONTROL_VERBS) whose subject is a thing, not
    someone ("что-то заставило их изменить свое мнение", "это вынудило Петрова разместить свои активы",
    "законопроект обязывает предприятия передать свои общаги"), does its infinitive: a thing owns nothing "свой"
    names. With a person's subject the accusative stays out (`infinitive_controller`): "свой" is the asker's
    about as often ("призвал Трампа осудить своих сторонников" against "призывает инвесторов участвовать в
    развитии своей республики"; coref22, coref93's pool count 4 : 6)."""
    subject = next((kid for kid in children(doc)[predicate] if doc.tokens[kid].rel.startswith("nsubj")), None)
    if subject is None or not _thing(doc, subject):
        return None
    return next((kid for kid in children(doc)[predicate] if kid != besides and _is_argument(doc, kid)
                 and base(doc.tokens[kid].rel) == "obj" and doc.tokens[kid].feats.get("Case") == "Acc"), None)


def _thing(doc: Document, index: int) -> bool:
    """A common noun the tagger calls inanimate, or a demonstrative or indefinite pronoun ("это", "что-то")."""
    token = doc.tokens[index]
    if token.pos == "NOUN":
        return token.feats.get("Animacy") == "Inan"
    return token.pos == "PRON" and fold(token.text.lower()) in THING_PRONOUNS


@rule("coref")
def purpose_controller(doc: Document, verb: int) -> int | None:
    """An infinitive of purpose with "чтобы" and no subject of its own ("ей дали 10 минут на то, чтобы собрать
    свои вещи"; "Для того чтобы оформить себе участие…, подопечным Билича необходимо было…") is done by the bare
    dative of the predicate it serves (past a correlative "то": "на то, чтобы", "для того чтобы") when that
    predicate has no subject: an impersonal or indefinite-personal one (a predicate word "необходимо", "нужно", a
    neuter or plural finite verb "дали"). A singular finite verb without a subject continues an earlier subject
    (`dropped_subject`), and a predicate with a subject gives its subject (found first)."""
    token = doc.tokens[verb]
    if token.pos != "VERB" or token.feats.get("VerbForm") != "Inf" or base(token.rel) != "advcl" \
            or not any(fold(doc.tokens[kid].text) == "чтобы" and doc.tokens[kid].rel == "mark"
                       for kid in children(doc)[verb]):
        return None
    host = token.head
    if 0 <= host < len(doc.tokens) and fold(doc.tokens[host].text) in ("то", "того"):
        host = doc.tokens[host].head  # the correlative "на то, | чтобы", "для того | чтобы"
    if not 0 <= host < len(doc.tokens) or not _impersonal(doc, host):
        return None
    return _bare_dative(doc, host, verb)


def _impersonal(doc: Document, predicate: int) -> bool:
    """A predicate without a subject that no earlier subject continues: a predicate word ("необходимо") or a
    neuter or plural finite verb ("стало", "дали"); not a conjunct of a predicate with a subject, which shares it
    ("Депутаты обратились к президенту и направили ему письмо, чтобы защитить свои права": the deputies')."""
    token = doc.tokens[predicate]
    if any(doc.tokens[kid].rel.startswith("nsubj") for kid in children(doc)[predicate]):
        return False
    if base(token.rel) == "conj" and 0 <= token.head < len(doc.tokens) \
            and any(doc.tokens[kid].rel.startswith("nsubj") for kid in children(doc)[token.head]):
        return False
    if token.pos in ("ADJ", "ADV", "NOUN"):
        return token.pos != "NOUN" or base(token.rel) == "root"
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Fin" \
        and (token.feats.get("Number") == "Plur" or token.feats.get("Gender") == "Neut")


def _is_argument(doc: Document, index: int) -> bool:
    """A noun, name or pronoun that can be a controller (not a reflexive)."""
    token = doc.tokens[index]
    return token.pos in ("NOUN", "PROPN", "PRON") and lemma_of(token) not in REFLEXIVE_PRONOUNS \
        and fold(token.text) not in REFLEXIVE_PRONOUNS


def _bare_dative(doc: Document, predicate: int, besides: int) -> int | None:
    """The dative noun or pronoun without a preposition that depends on `predicate` ("ему | удалось")."""
    return next((child for child in children(doc)[predicate] if child != besides and _is_argument(doc, child)
                 and doc.tokens[child].feats.get("Case") == "Dat" and base(doc.tokens[child].rel) in ("iobj", "obl",
                                                                                                      "obj", "nsubj")
                 and not any(doc.tokens[kid].rel == "case" for kid in children(doc)[child])), None)


@rule("coref")
def noun_infinitive(doc: Document, verb: int) -> bool:
    """An infinitive that completes a noun of one's own intention or attempt (SELF_INTENTION_NOUNS: "объявил о
    своем решении сложить свои полномочия", "подтвердил намерение выставить свою кандидатуру") is done by whoever
    intends: the noun's own genitive owner ("намерения Болгарии разместить у себя"), else the subject of the noun's
    clause, so a reflexive in it looks further up. Not a noun of asking or offering, whose addressee does it
    ("просьба разместить у себя", "шанс проявить себя")."""
    token = doc.tokens[verb]
    head = token.head
    return token.pos == "VERB" and token.feats.get("VerbForm") == "Inf" \
        and base(token.rel) in ("acl", "nmod") and 0 <= head < len(doc.tokens) \
        and doc.tokens[head].pos == "NOUN" and lemma_of(doc.tokens[head]) in SELF_INTENTION_NOUNS


def _noun_owner(doc: Document, noun: int, verb: int) -> int | None:
    """The genitive noun or name that owns `noun` ("намерения | Болгарии"), before the infinitive `verb`."""
    return next((index for index in range(noun + 1, verb) if doc.tokens[index].head == noun
                 and doc.tokens[index].rel.startswith("nmod") and doc.tokens[index].pos in ("NOUN", "PROPN")
                 and doc.tokens[index].feats.get("Case") == "Gen"), None)


@rule("coref")
def said_clause(doc: Document, verb: int, index: int) -> bool:
    """A finite clause without a subject that a verb of saying or thinking introduces shares that verb's subject
    ("Стефания говорит, что считает себя счастливой", "лидер заявил, что будет защищать себя сам", "Али Азиз
    рассказал, что послал своих сыновей"): Russian leaves out a subject that repeats the main clause's. Only a
    singular verb of a person (a plural one may say "they" of unnamed people: "сказал, что его задержали за свои
    слова"; a neuter one is impersonal: "стало не по себе"), and no quotation mark between the saying verb and the
    word at `index` (a quote's words are another voice)."""
    token = doc.tokens[verb]
    head = token.head
    if not 0 <= head < len(doc.tokens) or base(token.rel) != "ccomp" or token.pos != "VERB":
        return False
    first, last = sorted((doc.tokens[head].start, doc.tokens[index].start))
    return _finite(doc, verb) and token.feats.get("Number") != "Plur" and token.feats.get("Gender") != "Neut" \
        and lemma_of(doc.tokens[head]) in SAY_VERBS and not has_quote_mark(doc.text, first, last)


def _finite(doc: Document, verb: int) -> bool:
    """A finite verb, or an infinitive with the future's "будет" ("будет защищать"), whose number it takes."""
    if doc.tokens[verb].feats.get("VerbForm") == "Fin":
        return True
    return any(token.head == verb and token.rel == "aux" and token.feats.get("VerbForm") == "Fin"
               and token.feats.get("Number") != "Plur" for token in doc.tokens[max(0, verb - 3):verb])


# filters: a reason to reject, or "" ------------------------------------------------------------------------
def agreement_number(anaphor: Anaphor, info: EntityInfo) -> str:
    """"они" needs a plural name (not a person: several persons are a split antecedent), "он" a singular one."""
    if anaphor.number == "plur":
        return "" if info.number == "plur" and info.type != "PER" else f"plural pronoun, {info.number} {info.type}"
    return "" if info.number != "plur" else "singular pronoun, plural name"


def agreement_gender(anaphor: Anaphor, info: EntityInfo) -> str:
    """The pronoun's gender against the person's natural or the name's grammatical gender ("его" is masculine or
    neuter; an unknown gender agrees with "он" and "она" but never with "оно")."""
    if anaphor.number == "plur" or not anaphor.gender:
        return ""
    wanted = {anaphor.gender, "neut"} if anaphor.either_gender else {anaphor.gender}
    if info.type == "PER":
        if "neut" in wanted and anaphor.gender == "neut":
            return "a person is never 'оно'"
        return "" if not info.gender or info.gender in wanted else f"{anaphor.gender} pronoun, {info.gender} person"
    if not info.gender:
        return "" if anaphor.gender != "neut" else "unknown gender for 'оно'"
    return "" if info.gender in wanted else f"{anaphor.gender} pronoun, {info.gender} name"


@rule("coref")
def agreement(anaphor: Anaphor, info: EntityInfo) -> str:
    """A personal pronoun agrees with its antecedent in number and gender (`agreement_number`, `agreement_gender`)."""
    return agreement_number(anaphor, info) or agreement_gender(anaphor, info)


@rule("coref")
def binding(doc: Document, anaphor: Anaphor, ref: Referent) -> str:
    """A personal pronoun is never the subject of its own clause ("Алиев поздравил его": not Алиев).

    Inside the subject's own phrase it may be ("Алиев и его жена")."""
    if ref.sentence != anaphor.sentence:
        return ""
    path = clause_path(doc, anaphor.head)
    if participle_owner(doc, path) in (ref.head, apposition_base(doc, ref.head)):
        return "who the participle is said of (use 'свой')"
    if not ref.subject:
        return ""
    subject = ref.head if doc.tokens[ref.head].rel.startswith("nsubj") else doc.tokens[ref.head].head
    predicate = doc.tokens[subject].head
    if subject in path:
        return ""
    if predicate in path:
        return "the clause's own subject (use 'свой')"
    clause = path[-1]  # "Лукашенко поблагодарил Путина и пригласил его": a conjoined verb shares the subject
    shared = doc.tokens[clause].rel == "conj" and doc.tokens[clause].head == predicate and not any(
        doc.tokens[i].head == clause and doc.tokens[i].rel.startswith("nsubj") for i in _sentence(doc, clause))
    return "the shared subject of a conjoined verb (use 'свой')" if shared else ""


def participle_owner(doc: Document, path: list[int]) -> int | None:
    """Who the participle phrase a pronoun stands in (`path`: the pronoun up to its clause's head) is said of: the
    noun an attributive participle modifies ("галерист Саатчи, представивший его": Саатчи), the subject of the verb
    an adverbial participle hangs on ("Путин назначил Белоусова, освободив его": Путин); None for any other clause.
    A pronoun in the phrase is not that one. Not through an infinitive, whose doer is someone else ("потребовав
    восстановить его на работе": himself), nor in a gerund used as a preposition ("судя по его словам")."""
    clause = path[-1]
    token = doc.tokens[clause]
    relation, form, head = base(token.rel), token.feats.get("VerbForm"), token.head
    if not 0 <= head < len(doc.tokens) or fold(token.text) in PREPOSITIONAL_GERUNDS \
            or any(doc.tokens[index].feats.get("VerbForm") == "Inf" for index in path[:-1]):
        return None
    if relation == "acl" and form == "Part":
        return head
    if relation == "advcl" and form == "Conv":
        return next((i for i in _sentence(doc, head) if doc.tokens[i].head == head
                     and doc.tokens[i].rel.startswith("nsubj")), None)
    return None


def _sentence(doc: Document, index: int) -> range:
    sentence = doc.sentences[doc.tokens[index].sentence]
    return range(sentence.token_start, sentence.token_end)


@rule("coref")
def window(anaphor: Anaphor, ref: Referent, info: EntityInfo) -> str:
    """A pronoun reaches persons PRONOUN_SENTENCES story sentences back, organizations and places OTHER_SENTENCES."""
    limit = PRONOUN_SENTENCES if info.type == "PER" else OTHER_SENTENCES
    return "" if anaphor.narrative - ref.narrative <= limit else "too far back"


QUOTED_SENTENCES = 1  # a pronoun inside quotation marks looks back this many sentences besides its own


@rule("coref")
def quoted_reach(anaphor: Anaphor, ref: Referent, quoted: bool) -> str:
    """A pronoun inside quotation marks reaches back QUOTED_SENTENCES sentences (quoted ones included), not the
    story's PRONOUN_SENTENCES: the speaker's "он" is someone their own words or the lead-in just named.

    "Петров … Иванов … Смирнов заявил: «Я с ним не согласен. Он ошибается»" reaches Смирнов's sentence, not the
    persons named before it (on dev, such quoted links two or more sentences back were right .31 of the time)."""
    return "too far back for a quoted pronoun" if quoted and anaphor.sentence - ref.sentence > QUOTED_SENTENCES \
        else ""


@rule("coref")
def plural_or_neuter(anaphor: Anaphor) -> str:
    """"они", "их", "оно" are left unlinked: a group nobody named or a thing.

    In news they mostly mean that ("они всегда так делают", "оно длилось час"); a group name ("власти") is rare and
    risky."""
    if anaphor.number == "plur":
        return "a plural pronoun (a group nobody named)"
    return "'оно' (a thing or a situation)" if anaphor.gender == "neut" else ""


@rule("coref")
def thing_process(doc: Document, anaphor: Anaphor) -> str:
    """"его", "ее" before a noun of carrying out or making something ("после его завершения", "в ходе ее
    реализации", `THING_PROCESS_NOUNS`) stand for the thing or event it is done to: left unlinked."""
    token = doc.tokens[anaphor.head]
    noun = token.head
    if not anaphor.head < noun < len(doc.tokens) or not token.rel.startswith(("det", "nmod")):
        return ""
    lemma = lemma_of(doc.tokens[noun])
    return f"the thing of '{doc.tokens[noun].text}'" if lemma in THING_PROCESS_NOUNS else ""


@rule("coref")
def event_subject(doc: Document, anaphor: Anaphor) -> str:
    """"он", "она" as the subject of a verb only events have (`EVENT_ONLY_VERBS`: "состоится", "закончится",
    "продлится") stand for an event ("Группа даст концерт в Нью-Йорке. Он состоится летом"), never a person,
    an organization or a place: left unlinked. The relative too (`resolve_relative`): "фотовыставка памяти
    Анны Орловой, которая продлится один день"."""
    token = doc.tokens[anaphor.head]
    verb = token.head
    if not token.rel.startswith("nsubj") or not 0 <= verb < len(doc.tokens):
        return ""
    return f"the event that '{doc.tokens[verb].text}'" if lemma_of(doc.tokens[verb]) in EVENT_ONLY_VERBS else ""


@rule("coref")
def taking_place(doc: Document, anaphor: Anaphor) -> str:
    """"который", "он", "она" as the subject of an event's taking place stand for the event, never a person, an
    organization or a place: left unlinked, as after `event_subject`'s verbs. "пройти", "проходить"
    (`TAKING_PLACE_VERBS`: "на матч «Всех звезд», который пройдет 27 января", "в турнире … где он пройдет - в
    Австралии") only when the verb takes nothing a person "проходит" (`_passing_arguments`); a scheduling verb's
    passive participle (`SCHEDULING_VERBS`: "финал турнира, который намечен на 29 августа") always."""
    token = doc.tokens[anaphor.head]
    verb = token.head
    if not token.rel.startswith("nsubj") or not 0 <= verb < len(doc.tokens):
        return ""
    lemma = lemma_of(doc.tokens[verb])
    feats = doc.tokens[verb].feats
    if lemma in SCHEDULING_VERBS and feats.get("VerbForm") == "Part" and feats.get("Voice") == "Pass":
        return f"the event that '{doc.tokens[verb].text}' (scheduled)"
    if lemma in TAKING_PLACE_VERBS and feats.get("VerbForm") != "Part" and not _passing_arguments(doc, verb):
        return f"the event that '{doc.tokens[verb].text}' (takes place)"
    return ""


PASSED_RELATIONS = frozenset({"obj", "iobj", "xcomp", "ccomp"})  # "прошел курс", "проходит подозреваемым"


def _passing_arguments(doc: Document, verb: int) -> bool:
    """What a person "проходит" that an event does not: an object or a clause ("прошел курс лечения"), a goal
    adverb (`GOAL_ADVERBS`: "парламента, куда она прошла в 2011 году"), an oblique
    in the instrumental ("проходит подозреваемым"), after a preposition of a way or a role (`PASSING_PREPOSITIONS`:
    "по делу", "как свидетель", "через КПП"), or a goal in the accusative ("прошла в парламент", "прошел в финал";
    not a date: "пройдет в субботу", `TIME_PLACING_NOUNS`, `CALENDAR_NOUNS`)."""
    kids = children(doc)
    for child in kids[verb]:
        token = doc.tokens[child]
        relation = base(token.rel)
        if relation in PASSED_RELATIONS or (relation == "advmod" and fold(token.text) in GOAL_ADVERBS):
            return True
        if relation != "obl":
            continue
        marks = {fold(doc.tokens[mark].text) for mark in kids[child] if base(doc.tokens[mark].rel) in ("case", "mark")}
        if marks & PASSING_PREPOSITIONS or token.feats.get("Case") == "Ins":
            return True
        if token.feats.get("Case") == "Acc" and lemma_of(token) not in TIME_PLACING_NOUNS | CALENDAR_NOUNS:
            return True
    return False


@rule("coref")
def non_person_reach(doc: Document, anaphor: Anaphor, ref: Referent, info: EntityInfo) -> str:
    """An organization or place is a pronoun's antecedent only as a subject of this or the previous sentence.

    "Сбербанк отчитался ... Его акции"; farther, "он"/"его" mean a person or a thing."""
    if info.type == "PER":
        return ""
    if not ref.subject or anaphor.sentence - ref.sentence > 1:
        return "an organization or place not in focus"
    if info.type == "ORG" and anaphor.sentence > ref.sentence and not main_subject(doc, ref.head):
        return "an organization not the main subject of the sentence before"
    return ""


def apposition_base(doc: Document, index: int) -> int:
    """The token a name in apposition or a name's later word stands beside ("министр | Иван Орлов", "Иван | Орлов"),
    whose relation to the clause is the name's; else the token itself: `apposition_root` one link up."""
    return apposition_root(doc, index, 1)


@rule("coref")
def reporting_outlet(doc: Document, ref: Referent, info: EntityInfo) -> str:
    """An organization named as the outlet that reports, in the inverted formula "сообщает Reuters", "передает
    «Интерфакс»", "как пишет X", is the story's source, not one of its actors: no antecedent of a pronoun.

    "Сбербанк сообщил о прибыли. Его акции…" (the subject before its verb) is an actor and stays a candidate. A media
    noun linked to the outlet is its mention in the formula too ("…, пишет американская газета": quotes75)."""
    media_noun = ref.kind == "description" and lemma_of(doc.tokens[ref.head]) in MEDIA_NOUNS
    if info.type != "ORG" or (ref.kind != "name" and not media_noun):
        return ""
    token = doc.tokens[apposition_base(doc, ref.head)]  # "сообщает телекомпания | ABC": the name beside the noun
    verb = token.head
    if not token.rel.startswith("nsubj") or not 0 <= verb < ref.head:
        return ""
    return f"the outlet that reports ('{doc.tokens[verb].text}')" if lemma_of(doc.tokens[verb]) in OUTLET_VERBS else ""


SPATIAL_PREPOSITIONS = frozenset({"в", "во", "на"})


@rule("coref")
def spatial_pronoun(doc: Document, anaphor: Anaphor, info: EntityInfo) -> str:
    """A pronoun in the locative after "в"/"на" ("в нем", "на ней") is a thing or a place, never a person.

    "Фильм вышел в прокат. В нем снялся …", "выставка …, на ней представлены …": a person is spoken of with "о нем",
    "у него", not as a place something is in. The relative too (`resolve_relative`): "разговор … Олега Смирнова, в
    котором", "встречу с Анной Орловой, на которой" stand for the talk and the meeting."""
    if info.type != "PER" or anaphor.head == 0 or doc.tokens[anaphor.head].feats.get("Case") != "Loc":
        return ""
    before = doc.tokens[anaphor.head - 1]
    return f"'{before.text} {doc.tokens[anaphor.head].text}': a thing or a place" \
        if before.text.lower() in SPATIAL_PREPOSITIONS else ""


def owner_or_oblique(doc: Document, index: int) -> bool:
    """A possessive pronoun that owns a noun ("его | выступление") or a pronoun after a preposition ("от | него",
    "с | ней"): neither a subject nor a bare dative or accusative object."""
    relation = base(doc.tokens[index].rel)
    return relation in ("det", "nmod") or any(doc.tokens[child].rel == "case" for child in children(doc)[index])


# scores: a cost, lower is better ---------------------------------------------------------------------------
def distance_cost(anaphor: Anaphor, ref: Referent) -> float:
    """One per story sentence between the mention and the pronoun (quoted sentences do not count)."""
    return float(anaphor.narrative - ref.narrative)


def subject_cost(doc: Document, anaphor: Anaphor, ref: Referent) -> float:
    """Subjects are the likelier antecedents, the more so for a subject pronoun (parallel roles)."""
    if not ref.subject:
        return SUBJECT_BONUS
    return -PARALLEL_BONUS if doc.tokens[anaphor.head].rel.startswith("nsubj") else 0.0


SPEAKER_BONUS = 1.5


def speaks(doc: Document, index: int) -> bool:
    """The token is the subject of a speech verb ("X заявил", "добавил он"; "выразил" only with a noun of speech,
    `expresses_speech`), the object of a citing verb (`cited`: "цитирует его ТАСС"), or the owner of a source noun
    (ACCORDING_NOUNS: "по словам X", "по оценке X", "по его мнению"); a name in apposition speaks with its noun,
    however many appositions deep ("министр | Иван Орлов заявил", "сказал директор центра | академик | Николай
    Кардашев")."""
    index = apposition_root(doc, index)
    head = doc.tokens[index].head
    if not 0 <= head < len(doc.tokens):
        return False
    lemma = fold((doc.tokens[head].lemma or doc.tokens[head].text).lower())
    if doc.tokens[index].rel.startswith("nsubj"):
        return lemma in SAY_VERBS and expresses_speech(doc, head, lemma)
    if cited(doc, index):
        return True
    return lemma in ACCORDING_NOUNS and (doc.tokens[index].feats.get("Case") == "Gen"
                                      or speech_owner(doc, index))


# What a verb of expressing says when it speaks: any noun of `quotes.lexicon.PHRASE_NOUNS` ("высказал надежду /
# опасение / сомнение" as surely as "выразил надежду"; the quotes table keeps "высказать" to the nouns whose
# "что"-clause it quotes).
EXPRESSED_NOUNS: frozenset[str] = frozenset().union(*PHRASE_NOUNS.values())


def expresses_speech(doc: Document, verb: int, lemma: str) -> bool:
    """A speech verb that says something only with a noun of what was said (a verb of `quotes.lexicon.PHRASE_NOUNS`:
    "выразил надежду / сожаление / мнение", "высказал мнение / опасения", EXPRESSED_NOUNS) speaks with one as its
    object; "Тони Блэр выразил ему доверие" is no speech. A verb of APPROVAL_SENSE_VERBS with a noun object approves
    ("Колокольцев списков не утверждал"): no speech. Other speech verbs speak as they are."""
    if lemma in APPROVAL_SENSE_VERBS:
        return not any(doc.tokens[child].rel == "obj" and doc.tokens[child].pos in ("NOUN", "PROPN")
                       for child in children(doc)[verb])
    if lemma not in PHRASE_NOUNS:
        return True
    return any(doc.tokens[child].rel == "obj" and lemma_of(doc.tokens[child]) in EXPRESSED_NOUNS
               for child in children(doc)[verb])


def cited(doc: Document, index: int) -> bool:
    """The object of a citing verb (CITING_VERBS) spoke the words cited: "«…», — цитирует его ТАСС", "цитирует
    Иванова агентство" (the outlet is the verb's subject and only reports)."""
    token = doc.tokens[index]
    head = token.head
    return token.rel == "obj" and 0 <= head < len(doc.tokens) \
        and fold((doc.tokens[head].lemma or doc.tokens[head].text).lower()) in CITING_VERBS


def speech_owner(doc: Document, index: int) -> bool:
    """A third-person possessive owns the words of "по его словам", "по ее мнению": the pronoun speaks (the parser
    tags "его", "ее", "их" DET without a case, so the genitive test of a name does not reach them)."""
    return fold(doc.tokens[index].text.lower()) in THIRD_PERSON_POSSESSIVES


def speaker_cost(doc: Document, anaphor: Anaphor, ref: Referent) -> float:
    """A pronoun that speaks ("— добавил он", "по его словам") is likelier the one who spoke last."""
    return -SPEAKER_BONUS if speaks(doc, anaphor.head) and speaks(doc, ref.head) else 0.0


PARAGRAPH_COST = 0.2  # a paragraph break between the mention and the pronoun: the story has moved on
QUOTED_MENTION_COST = 0.6  # a name inside someone's quotation, for a pronoun of the narration


def paragraph_cost(doc: Document, anaphor: Anaphor, ref: Referent) -> float:
    """A mention in an earlier paragraph is the less likely antecedent: a new paragraph often turns to someone
    else. Only orders candidates (`resolve.preference_cost`)."""
    return PARAGRAPH_COST if "\n" in doc.text[ref.end:anaphor.start] else 0.0


def quoted_mention_cost(ref_quoted: bool, anaphor_quoted: bool) -> float:
    """A person named only inside a quotation is someone the speaker talks about, a weaker antecedent for a pronoun
    of the narration than the persons the story itself names ("«Мы ждем Марию Кузнецову», — сообщили
    организаторы. Вечером она…" is more likely someone named before)."""
    return QUOTED_MENTION_COST if ref_quoted and not anaphor_quoted else 0.0


def persons_first(anaphor: Anaphor) -> bool:
    """"он", "она", "его": a person in reach wins over any organization or place (news name people far more
    often than they refer back to a place with "он")."""
    return anaphor.number == "sing" and anaphor.gender in ("masc", "femn")


def salience_cost(mentions_before: int) -> float:
    """An entity mentioned often is the likelier antecedent."""
    return -SALIENCE_STEP * min(mentions_before, SALIENCE_CAP)


# competitors ----------------------------------------------------------------------------------------------
@rule("coref")
def unnamed_competitor(doc: Document, anaphor: Anaphor, after: int, covered: set[int]) -> int | None:
    """An agreeing subject noun that names nobody, between the antecedent and the pronoun, leaves it unlinked.

    "мужчина", "водитель", "власти", "мэр Твери": the pronoun likelier means that one. A bare role noun ("министр")
    does not compete: it describes someone the story named. A thing competes only in focus (the pronoun's own
    sentence) and only with a pronoun that is no subject."""
    first = doc.token_at(after)
    subject = doc.tokens[anaphor.head].rel.startswith("nsubj")  # "— предупредил он": someone who speaks
    for index in range(first, anaphor.head):
        token = doc.tokens[index]
        if index in covered or token.pos != "NOUN" or not token.rel.startswith("nsubj"):
            continue
        if fold(token.lemma or token.text.lower()) in PERSON_ROLES and not _has_complement(doc, index):
            continue  # a bare "актер", "министр" names someone the story named, likely the antecedent itself
        plural = token.feats.get("Number") == "Plur"
        if anaphor.number == "plur":
            if plural:
                return index
            continue
        if plural:
            continue
        gender = UD_GENDER.get(token.feats.get("Gender", ""), "")
        animate = token.feats.get("Animacy") == "Anim" or speaking_source(doc, index)
        wanted = {anaphor.gender, "neut"} if anaphor.either_gender else {anaphor.gender}
        in_focus = doc.tokens[index].sentence == anaphor.sentence and not subject and not person_owned(doc, anaphor)
        if gender in wanted and (animate or in_focus):
            return index  # a person, or a thing in focus just before ("Автомобиль стал легче ... его разработке")
    return None


def speaking_source(doc: Document, index: int) -> bool:
    """An unnamed source noun (UNNAMED_SOURCES) that speaks is a person whatever its grammatical animacy: "источник"
    declines as a thing ("получил источник"), yet "Источник издания подтвердил, что … Он высказал надежду" means
    the source by "он" as surely as "Водитель сказал … Он" means the driver."""
    return lemma_of(doc.tokens[index]) in UNNAMED_SOURCES and speaks(doc, index)


@rule("coref")
def named_aside(doc: Document, index: int, anaphor: Anaphor) -> bool:
    """A role noun with a person's name in apposition ("новый глава МВД Борис Грызлов") is that named person, no
    unnamed competitor: the ranking already weighed the person. It still blocks as the story's focus when it is
    the subject of its sentence's main verb ("Адвокат Евгений Бару обратился к суду … его подзащитному"), unless
    the pronoun stands inside its own phrase ("герой его детективов Эраст Фандорин": a noun is never the antecedent
    of a pronoun it holds)."""
    if appositive_name(doc, index) is None:
        return False
    return not main_subject(doc, index) or index in set(ancestors(doc, anaphor.head))


def appositive_name(doc: Document, index: int) -> int | None:
    """The first name in apposition to a role noun ("глава МВД | Борис Грызлов"): the person the noun stands for;
    None when the noun has no name of its own."""
    for child in children(doc)[index]:
        if doc.tokens[child].pos == "PROPN" and doc.tokens[child].rel in ("appos", "flat:name", "flat"):
            return child
    return None


@rule("coref")
def thing_subject(doc: Document, anaphor: Anaphor, after: int, covered: set[int]) -> int | None:
    """A subject pronoun whose clause continues a thing's: an inanimate noun agreeing with it in gender and number,
    nearer than the antecedent, that is the subject of the previous sentence's main verb ("Робот РТ-1000 прибыл в
    район поиска. Он оборудован манипуляторами") or of a clause of its own sentence that the pronoun's clause
    depends on ("Риторика не полезна, поскольку она …", "Еда есть еда, как бы она ни выглядела"), is what the
    pronoun means. Only in a sentence after the antecedent's last mention: a thing of the person's own sentence
    ("у Петрова случился инсульт, и он …", "если настанет день, когда он …") leaves the person in focus. Not for a
    pronoun that speaks ("— сказал он"), nor for a thing that speaks ("Об этом сообщает телеканал"), a matter put
    to people (`PROBLEM_NOUNS`: "Кадровый вопрос обсудят на исполкоме. Пока же он изучает …", "Весь вопрос в том,
    как он поведет себя") or a thing that holds a person ("визит | министра", "его самолет был сбит, а сам он …").
    The index of the thing, None when there is none."""
    pronoun = doc.tokens[anaphor.head]
    if anaphor.number != "sing" or not pronoun.rel.startswith("nsubj") or speaks(doc, anaphor.head):
        return None
    wanted = {anaphor.gender, "neut"} if anaphor.either_gender else {anaphor.gender}
    named = doc.tokens[max(doc.token_at(after) - 1, 0)].sentence  # the antecedent's last sentence
    if named >= anaphor.sentence:
        return None
    first = doc.sentences[max(anaphor.sentence - 1, named + 1)].token_start
    own = doc.sentences[anaphor.sentence]
    above = set(ancestors(doc, anaphor.head))
    for index in range(anaphor.head - 1, first - 1, -1):
        token = doc.tokens[index]
        if index in covered or token.pos != "NOUN" or not token.rel.startswith("nsubj") \
                or token.feats.get("Animacy") != "Inan" or token.feats.get("Number") != "Sing" \
                or token.feats.get("Case") != "Nom" or UD_GENDER.get(token.feats.get("Gender", ""), "") not in wanted \
                or speaks(doc, index) or lemma_of(token) in PROBLEM_NOUNS:
            continue
        head = token.head
        leads = head in above if index >= own.token_start else 0 <= head < len(doc.tokens) \
            and doc.tokens[head].rel == "root"
        if leads and not _holds_person(doc, index, own.token_end) and not _owned(doc, index, own.token_end) \
                and not _names_nearby(doc, index, covered):
            return index
    return None


# The relations of a thing noun that competes with a body or a place for a pronoun: a subject, an object, a noun's
# complement ("обследуют стадион и прилегающую к нему территорию", "темы мирного договора, как бы она ни была
# сложна"); an adverbial ("в частности", "в скором времени") names nothing the story goes on with.
BODY_THING_RELATIONS = frozenset({"nsubj", "obj", "nmod"})
# The pronoun's own relations where it does: a possessive ("его дочерние компании") or a bare dative stays a body's.
BODY_THING_PRONOUN_RELATIONS = frozenset({"nsubj", "obj", "obl", "nmod"})


@rule("coref")
def body_thing(doc: Document, anaphor: Anaphor, after: int, named: int, covered: set[int]) -> int | None:
    """A pronoun ranked to an organization or a place is a thing among things: an inanimate common noun that agrees
    with it, names no entity and is a subject, object or noun complement, standing between the body's last mention
    (`after`: where it ends, a character offset; `named`: its head token) and the pronoun is the likelier
    antecedent ("кинологи обследуют стадион и прилегающую к нему территорию", "Подобная риторика не является
    полезной, поскольку она …", "сбили самолет, перепутав его с истребителем"), and the pronoun stays unlinked.
    Not for a person, whom the ranking puts first on purpose ("Петров купил дом, и теперь он …"), nor for a
    possessive or a bare dative, nor for a subject pronoun after a subject body (the pronoun goes on with the topic:
    "Еврокомиссия имеет права контроля. Она …"), nor over a noun of time ("в середине ноября",
    `TIME_PLACING_NOUNS`). The index of the nearest such thing, None when there is none."""
    pronoun = doc.tokens[anaphor.head]
    relation = base(pronoun.rel)
    if relation not in BODY_THING_PRONOUN_RELATIONS or (relation == "nmod" and pronoun.head > anaphor.head):
        return None  # a possessive the parse hangs as a complement ("сейчас ее кандидаты") stays the body's
    last = doc.token_at(max(after - 1, 0))
    if relation == "nsubj" and base(doc.tokens[apposition_root(doc, named)].rel) == "nsubj":
        return None  # a subject goes on with the body that was the subject ("CITIC играла важную роль …, она …")
    wanted = {anaphor.gender, "neut"} if anaphor.either_gender else {anaphor.gender}
    for index in range(anaphor.head - 1, last, -1):
        token = doc.tokens[index]
        if index in covered or token.pos != "NOUN" or not token.text[:1].islower() \
                or token.feats.get("Animacy") == "Anim" or base(token.rel) not in BODY_THING_RELATIONS \
                or lemma_of(token) in TIME_PLACING_NOUNS:
            continue
        plural = token.feats.get("Number") == "Plur"
        if plural != (anaphor.number == "plur"):
            continue
        if plural or UD_GENDER.get(token.feats.get("Gender", ""), "") in wanted:
            return index
    return None


@rule("coref")
def person_owned(doc: Document, anaphor: Anaphor, nouns: frozenset[str] = PERSON_OWNED_NOUNS) -> bool:
    """A possessive before a noun only a person has (`PERSON_OWNED_NOUNS`: "его жена", "по ее словам", "его лица")
    is a person's: a thing in focus ("Автомобиль стал легче … по его словам") is no competitor of it; before a
    kin or body noun (`PERSON_ONLY_NOUNS`: "его жены", "выражение его лица") no organization or place is its
    antecedent either (`resolve.screen`)."""
    token = doc.tokens[anaphor.head]
    noun = token.head
    return token.rel.startswith(("det", "nmod")) and anaphor.head < noun < len(doc.tokens) \
        and lemma_of(doc.tokens[noun]) in nouns


@rule("coref")
def body_owned(doc: Document, anaphor: Anaphor, info: EntityInfo) -> str:
    """A possessive before a noun only an organization or a place has (`BODY_OWNED_NOUNS`: "Центрального банка и
    его председателя", "холдинг … В его составе 16 заводов", "городке Хаттенхайм … Его главными
    достопримечательностями") is no person's: a person candidate is turned down (the mirror of `person_owned`)."""
    if info.type != "PER" or not person_owned(doc, anaphor, BODY_OWNED_NOUNS):
        return ""
    return f"'{doc.tokens[doc.tokens[anaphor.head].head].text}' is only a body's or a place's"


@rule("coref")
def body_selecting(doc: Document, anaphor: Anaphor, info: EntityInfo) -> str:
    """A pronoun that its verb takes as a body is no person's: the object of a verb of heading or founding
    (`BODY_OBJECT_VERBS`: "переименовал организацию …, возглавил его", "руководил им") or the whole one joins or
    leaves (`MEMBERSHIP_PREPOSITIONS`: "«Главстрой» и входящих в него ОАО", "призывал к выходу из него"). A person
    candidate is turned down (the verb's mirror of `body_owned`)."""
    if info.type != "PER":
        return ""
    token = doc.tokens[anaphor.head]
    if not 0 <= token.head < len(doc.tokens):
        return ""
    host = doc.tokens[token.head]
    word = lemma_of(host)
    prepositions = [doc.tokens[child].text.lower() for child in children(doc)[anaphor.head]
                    if doc.tokens[child].rel in ("case", "fixed")]
    if base(token.rel) == "obj" and not prepositions and word in BODY_OBJECT_VERBS:
        return f"'{host.text} {token.text}': headed or founded, a body"
    wanted = MEMBERSHIP_PREPOSITIONS.get(word)
    if wanted is not None and prepositions == [wanted] and doc.tokens[anaphor.head - 1].text.lower() == wanted \
            and not _pierced(doc, token.head):
        return f"'{host.text} {wanted} {token.text}': a whole one joins or leaves, a body"
    return ""


def _pierced(doc: Document, verb: int) -> bool:
    """True when the verb's subject is a thing that pierces (`PIERCING_SUBJECTS`: "пуля вошла в него"): the verb
    tells a wound, not a membership, and its pronoun may be a person's. A root pronoun (`verb` -1) has no verb."""
    return verb >= 0 and any(lemma_of(doc.tokens[child]) in PIERCING_SUBJECTS for child in children(doc)[verb]
               if base(doc.tokens[child].rel) == "nsubj")


@rule("coref")
def thing_predicate(doc: Document, anaphor: Anaphor, info: EntityInfo) -> str:
    """A subject pronoun of a verb whose subject is never a person (`THING_SUBJECT_VERBS`: "ремонтируется она или
    перестраивается", "всего он оценивается в 2 млрд", "Ресторан … Он пустует") is no person's: a person candidate
    is turned down (an organization or a place may still take it)."""
    token = doc.tokens[anaphor.head]
    if info.type != "PER" or not token.rel.startswith("nsubj") or not 0 <= token.head < len(doc.tokens):
        return ""
    verb = doc.tokens[token.head]
    return f"'{verb.text}': its subject is no person" if lemma_of(verb) in THING_SUBJECT_VERBS else ""


@rule("coref")
def object_thing(doc: Document, anaphor: Anaphor, last: Referent, covered: set[int]) -> int | None:
    """An object pronoun whose antecedent was named in an earlier sentence means the agreeing thing that an earlier
    verb of its own sentence takes as its accusative object (parallel objects): "Мэрия отказалась согласовать
    митинг, однако предложила провести его в парке", "Суд признал приговор законным и оставил его без изменений";
    not a thing with a person's complement ("оценил состояние предпринимателя…, поставив его на 34 место").

    `last`: the chosen antecedent's last mention before the pronoun; a mention in the pronoun's own sentence keeps
    the link. The index of the thing, None when there is none."""
    if not doc.tokens[anaphor.head].rel.startswith("obj") or anaphor.number != "sing" \
            or last.sentence == anaphor.sentence:
        return None
    wanted = {anaphor.gender, "neut"} if anaphor.either_gender else {anaphor.gender}
    sentence = doc.sentences[anaphor.sentence]
    for index in range(sentence.token_start, anaphor.head):
        token = doc.tokens[index]
        if index in covered or token.pos != "NOUN" or not token.rel.startswith("obj") \
                or token.feats.get("Case") != "Acc" or token.feats.get("Animacy") == "Anim" \
                or token.feats.get("Number") == "Plur" or _holds_person(doc, index, sentence.token_end):
            continue
        if UD_GENDER.get(token.feats.get("Gender", ""), "") in wanted:
            return index
    return None


def _holds_person(doc: Document, index: int, end: int) -> bool:
    """A noun with an animate complement of its own ("состояние | предпринимателя") keeps that one in focus."""
    return any(doc.tokens[child].head == index and doc.tokens[child].feats.get("Animacy") == "Anim"
               for child in range(index + 1, end))


def _names_nearby(doc: Document, index: int, covered: set[int]) -> bool:
    """The noun heads a name or stands in apposition to one ("телеканал | CBS", "компания | Sony"): an organization
    the story names, whose own rules decide."""
    head = doc.tokens[index].head
    return head in covered or any(doc.tokens[child].head == index and child in covered
                                  for child in range(index + 1, min(index + 4, len(doc.tokens))))


def _owned(doc: Document, index: int, end: int) -> bool:
    """A personal or possessive pronoun of the noun's own ("его самолет", "свой дом", "суд над ним"): a person's
    thing, that person in focus."""
    return any(doc.tokens[child].head == index and _person_pronoun(doc.tokens[child])
               for child in range(max(index - 3, 0), end) if child != index)


def _person_pronoun(token: Token) -> bool:
    """A third-person pronoun ("ним", "его", "их") or "свой" (`PERSON_POSSESSIVES`)."""
    if lemma_of(token) in PERSON_POSSESSIVES or fold(token.text) in PERSON_POSSESSIVES:
        return True
    return token.pos == "PRON" and token.feats.get("Person") == "3"


def _has_complement(doc: Document, index: int) -> bool:
    """The noun has a genitive complement right after it ("мэр | Твери"): someone else's role, not a reference."""
    following = index + 1
    return following < len(doc.tokens) and doc.tokens[following].head == index \
        and doc.tokens[following].feats.get("Case") == "Gen"


# descriptions ---------------------------------------------------------------------------------------------
def place_fits(lemma: str, info: EntityInfo, name: str) -> str:
    """"страна"/"государство" describe a country, "столица"/"город" a city, "регион"/"область" a region (one
    whose name says so, or any place that is no country)."""
    if info.type != "LOC":
        return "not a place"
    if own_place_kind(lemma, info):
        return "a place of a kind of its own"
    if (lemma in COUNTRY_KINDS or lemma in CITY_KINDS) and macro_region(name):
        return "a world region"
    if lemma in COUNTRY_KINDS and lemma != "республика":
        return "" if info.country else "not a country"
    if lemma in CITY_KINDS:
        return _city_fits(info, name)
    if lemma == "республика":  # a country or a region of one ("Чечня", "Южная Осетия"), never a world region
        if macro_region(name):
            return "a world region"
        return "" if info.country or region_name(name) else "a city"
    if lemma in STATE_KINDS:
        if info.country or macro_region(name):
            return "a country or a world region"
        return "" if not CITY_KINDS & info.name_words else "a city"
    if lemma in REGION_KINDS:
        if lemma in info.name_words or lemma in name.lower():
            return ""
        if info.country:
            return "a country"
        return "" if region_name(name) else "a city"
    return "no place noun"


def _city_fits(info: EntityInfo, name: str) -> str:
    """`place_fits` for "город", "столица": no country, no state or region by its words or its ending."""
    if info.country:
        return "a country"
    if any(word in STATE_WORDS for word in name.lower().split()):
        return "a state or a region"  # "Российская Федерация", "Приморский край": no city
    if region_ending(name) and not info.kinds & SETTLEMENT_KINDS and fold(name) not in CAPITAL_CITIES:
        return "a region's name"  # "Чечня", "Дагестан", "Шотландия": no "город", no "столица"; "София" is a capital
    # a city is named by capitalized words alone ("Нижний Новгород"), not "Сунженский хребет"
    return "" if all(word[:1].isupper() for word in name.replace("-", " ").split()) else "no city name"


REGION_DISTRICTS = frozenset({"округ"})  # "Ямало-Ненецкий автономный округ", "Сибирский федеральный округ": a "регион"


@rule("coref")
def own_place_kind(lemma: str, info: EntityInfo) -> str:
    """A place of a kind of its own is no "город", "страна", "республика", "область": one a facility, street,
    natural place or district noun introduces or its name holds (`OWN_KIND_PLACE_NOUNS`: "станции «Комсомольская»
    на северо-востоке столицы", "гора Машук", "Хасавюртовский район … власти республики"). "регион" may be a
    federal or autonomous district ("округ"). Of the name, only its head noun counts (`mentions.name_head_noun`,
    among `info.kinds`): "Порт Судан" is a city. A country, or a place introduced as a settlement, is none
    ("порт Сингапур", "станция Лиски" after "город Лиски")."""
    if info.country or info.kinds & SETTLEMENT_KINDS:
        return ""
    nouns = info.kinds & OWN_KIND_PLACE_NOUNS
    if lemma == "регион":
        nouns -= REGION_DISTRICTS
    return f"a place of its own kind ('{sorted(nouns)[0]}')" if nouns else ""


def region_name(name: str) -> bool:
    """A region's name, not a city's: a state word ("Приморский край"), an adjective before a noun ("Северная
    Осетия"), or a region's ending ("Чечня", "Мордовия", "Татарстан"; REGION_NAME_ENDINGS)."""
    words = name.lower().replace("-", " ").split()
    if not words:
        return False
    if any(word in STATE_WORDS for word in words) or region_ending(name):
        return True
    return len(words) > 1 and any(parse.tag.POS == "ADJF" for parse in parses(words[0])[:1])


def region_ending(name: str) -> bool:
    """A name whose last word ends as a region's does (REGION_NAME_ENDINGS: "Чечня", "Дагестан", "Шотландия"):
    no city's, unless a settlement noun introduced it ("город Аланья") or it is a country's capital ("София",
    `kinds.CAPITAL_CITIES`: `_city_fits`). Not `region_name`'s adjective test: many
    cities are named so ("Нижний Новгород", "Старый Оскол")."""
    words = name.lower().replace("-", " ").split()
    return bool(words) and words[-1].endswith(REGION_NAME_ENDINGS)


def macro_region(name: str) -> bool:
    """"A world region ("Юго-Восточная Азия", "Ближний Восток", "Латинская Америка"): never a city or a country."""
    return any(word in MACRO_REGIONS for word in name.lower().replace("-", " ").split())


@rule("coref")
def name_ahead(doc: Document, anaphor: Anaphor, persons: set[int]) -> str:
    """A role noun that a person's name follows within its phrase introduces that name: no reference back.

    Past genitives and ranks: "начальник управления ГВП генерал-майор юстиции Иван Петров", "актриса театра им.
    Вахтангова Анна Дубровская". A verb or a clause mark between ends the phrase."""
    sentence = doc.sentences[doc.tokens[anaphor.head].sentence]
    first = doc.token_at(anaphor.end)
    for index in range(first, min(sentence.token_end, first + NAME_AHEAD)):
        token = doc.tokens[index]
        if index in persons:
            return f"introduces the name '{token.text}'"
        if token.pos in ("VERB", "AUX") or token.text in CLAUSE_MARKS:
            return ""
    return ""


@rule("coref")
def name_inside(doc: Document, anaphor: Anaphor, persons: set[int]) -> int | None:
    """A role noun whose own phrase runs over a person's name after it, the name not in the genitive ("глава
    Республики Северная Осетия - Алания Александр Дзасохов", "мэра Москвы Елена Батурина") is that person's
    description or was cut past the name, no reference back to someone else: the name's first token, or None.
    `name_ahead` reads only the words after the phrase. A genitive name is the role's relatum ("адвокат
    Ходорковского")."""
    last = doc.token_at(max(anaphor.start, anaphor.end - 1))
    for index in range(anaphor.head + 1, last + 1):
        if index in persons and doc.tokens[index].feats.get("Case") != "Gen":
            return index
    return None


APPOSITION_MARKS = frozenset(",()")  # "министр спорта, туризма и молодежной политики РФ Виталий Мутко"


@rule("coref")
def apposed_name(doc: Document, anaphor: Anaphor, persons: set[int]) -> str:
    """A role noun opens a chain of appositions past commas or brackets that ends in a person's name, in the role's
    own case and hung on it by the parse ("главой РСПП (РСПП) Александром Шохиным", "знаменитому дирижеру, народному
    артисту СССР Геннадию Рождественскому"): like `name_ahead`, the role introduces that name, no reference back.
    A name in another case or in another phrase is someone else's ("По утверждению адвоката, … содержания Бута")."""
    sentence = doc.sentences[doc.tokens[anaphor.head].sentence]
    first = doc.token_at(anaphor.end)
    case = doc.tokens[anaphor.head].feats.get("Case")
    for index in range(first, min(sentence.token_end, first + NAME_AHEAD)):
        token = doc.tokens[index]
        if index in persons:
            if case and token.feats.get("Case") == case and hangs_on(doc, index, anaphor.head):
                return f"introduces the name '{token.text}' past its appositions"
            return ""
        if token.pos in ("VERB", "AUX") or token.text in CLAUSE_MARKS - APPOSITION_MARKS:
            return ""
    return ""


APPOSITION_CHAIN = frozenset({"appos", "conj", "flat", "nmod"})  # how a chain of appositions hangs on its noun
OTHER_CONJUNCTIONS = frozenset({"а", "или", "либо", "но"})  # a conjunct after them is another one ("а также мэру")


def hangs_on(doc: Document, index: int, noun: int) -> bool:
    """The parse hangs the word at `index` on `noun` through appositions, conjuncts and complements only (the
    name of "министр спорта, туризма … РФ | Виталий Мутко"; not "По утверждению адвоката, … условия содержания |
    Бута"). A conjunct of the noun itself joined by "а (также)", "или", "но" is a second person, no apposition
    ("Директору, а также мэру | Петру Сидорову"); one joined by "и" may be the same person's second role
    ("директор и художественный руководитель театра | Иван Орлов")."""
    for _ in range(NAME_AHEAD):
        token = doc.tokens[index]
        if base(token.rel) not in APPOSITION_CHAIN or not 0 <= token.head < len(doc.tokens):
            return False
        if token.head == noun and base(token.rel) == "conj" \
                and any(base(doc.tokens[child].rel) == "cc" and doc.tokens[child].text.lower() in OTHER_CONJUNCTIONS
                        for child in children(doc)[index]):
            return False
        index = token.head
        if index == noun:
            return True
    return False


CAPACITY_NOUNS = frozenset({"качестве", "роли", "ранге", "статусе"})  # "в качестве адвоката": a capacity


@rule("coref")
def capacity_phrase(doc: Document, anaphor: Anaphor) -> str:
    """A role after "в качестве", "в роли", "в ранге", "в статусе" names a capacity, no person ("выбрал мою
    кандидатуру в качестве ведущего адвоката", "соратники, которым в качестве лидера", "в своих выступлениях в
    качестве главы государства")."""
    first = doc.token_at(anaphor.start)
    if first < 2 or doc.tokens[first - 1].sentence != doc.tokens[first].sentence:
        return ""
    noun, preposition = fold(doc.tokens[first - 1].text), doc.tokens[first - 2].text.lower()
    return f"a capacity ('в {noun}')" if noun in CAPACITY_NOUNS and preposition == "в" else ""


@rule("coref")
def post_of_role(doc: Document, anaphor: Anaphor) -> str:
    """A role in the genitive of a post or of another's title names the office, not a person.

    "пост губернатора", "кандидатура мэра", "заместитель командующего"."""
    token = doc.tokens[anaphor.head]
    owner = token.head
    if token.feats.get("Case") != "Gen" or not 0 <= owner < len(doc.tokens):
        return ""
    lemma = (doc.tokens[owner].lemma or doc.tokens[owner].text).lower()
    return f"the office of '{doc.tokens[owner].text}'" if lemma in POST_NOUNS else ""


ATTRIBUTION_CHARS = 80  # "…», — считает Сатер": the speaker's name this close after the closing mark


@rule("coref")
def quoted_speaker(doc: Document, anaphor: Anaphor, quote: tuple[int, int], referents: list[Referent],
                   persons: set[int], refused: list[Referent] | None = None) -> int | None:
    """"он" in someone's direct quote is not the quote's speaker: the speaker is no candidate.

    The speaker: a person who is the subject right after the closing mark ("…, — считает Сатер"), else the person
    who is the subject just before the opening mark, in its sentence ("Ольмерт отметил: «…он…»"), or, when the
    quote speaks in the first person ("Я уверен, что он…"), in the sentence before. An attribution set inside the
    marks ("«Все началось, — рассказывает он, — с письма»") is the narrator's: no quote."""
    opening, closing = quote
    if interjected(doc, anaphor):
        return None
    after = [ref for ref in referents if closing < ref.start <= closing + ATTRIBUTION_CHARS and ref.subject
             and ref.kind == "name" and doc.token_at(ref.start) in persons]
    if refused is not None:
        refused.extend(ref for ref in after if not attribution_after(doc.text[closing + 1:ref.start]))
    after = [ref for ref in after if attribution_after(doc.text[closing + 1:ref.start])]
    if after:
        return min(after, key=lambda ref: ref.start).entity
    first = doc.token_at(opening)
    last = doc.token_at(closing)
    inside = range(first, min(last, len(doc.tokens)))
    first_person = any(doc.tokens[i].text.lower() in FIRST_PERSON_PRONOUNS or doc.tokens[i].feats.get("Person") == "1"
                       for i in inside)
    sentence = doc.tokens[min(first, len(doc.tokens) - 1)].sentence
    reach = sentence - 1 if first_person else sentence
    before = [ref for ref in referents if ref.end <= opening and ref.subject and reach <= ref.sentence
              and doc.token_at(ref.start) in persons]
    return max(before, key=lambda ref: ref.start).entity if before else None


@rule("coref")
def attribution_after(between: str) -> bool:
    """A name after the closing mark is the quote's speaker only from the attribution that follows the mark: a
    dash or a comma right after it ("«…», — считает Сатер", "«…», сообщил Иванов"), with no other quotation or
    paragraph between. A name in the next sentence or inside the next quotation ("«Лебедь … , он просто
    досиживает свой срок». По его мнению, «… если Лебедь останется»") is someone the speaker talks about, not the
    speaker; taking it for the speaker turned the pronoun's own antecedent down."""
    if any(mark in between for mark in QUOTE_MARKS + "\n"):
        return False
    rest = between.lstrip(" \u00a0")
    return rest.startswith(tuple(ALL_DASHES)) or rest.startswith(",")


def interjected(doc: Document, anaphor: Anaphor) -> bool:
    """The pronoun is the subject of a speech verb set off by dashes or commas inside the quotation marks
    ("«…, — говорит он, — …»")."""
    return interjected_subject(doc, anaphor.head)


def interjected_subject(doc: Document, index: int) -> bool:
    """The token is the subject of a speech verb set off by dashes or commas inside the quotation marks: "говорит
    он", "— считает Хедли. —" (the narrator's attribution, not the quoted words)."""
    token = doc.tokens[index]
    verb = token.head
    if not token.rel.startswith("nsubj") or not 0 < verb < len(doc.tokens) or abs(verb - index) > 2:
        return False
    if fold(doc.tokens[verb].lemma or doc.tokens[verb].text) not in SAY_VERBS:
        return False  # «Я думаю, он прав»: a clause of the quote, not an attribution
    first = min(verb, index)
    if first == 0:
        return False  # the document's first words: nothing sets them off (not the last token, at index -1)
    opening = doc.tokens[first - 1].text
    return opening in DASH_TOKENS or opening == ","


# "со своей стороны", "в свою очередь", "в свое время", "вести себя", "представлять собой", "взять на себя":
# fixed phrases, no reference (rule reflexive_idiom).
REFLEXIVE_IDIOM_NOUNS = frozenset({"сторона", "очередь", "время"})
REFLEXIVE_IDIOM_VERBS = frozenset({"вести", "повести", "представлять", "представить", "взять", "брать"})
# "несут службу", "срок службы", "прокурор по надзору": the activity, not the body (rule activity_sense).
ACTIVITY_HEADS = {"служба": frozenset({"нести", "срок", "прохождение", "проходить", "пройти", "место", "время"}),
                  "надзор": frozenset({"порядок"})}  # "во время службы", "в порядке надзора"
# The prepositions before a bare noun of `ACTIVITY_HEADS` that make it the activity: "поступил на службу", "уклонение
# от службы", "коллеги по службе", "прокурор по надзору" ("в службу", "в службе", "со службой" may be the body).
ACTIVITY_PREPOSITIONS = {"служба": fold_words("на от по"), "надзор": fold_words("по")}
# A complaint, a request or a reply and its verbs: "пожаловался на службу", "подал жалобу на службу", "ответ от
# службы" address the body named before, whatever the preposition (finalread-x1).
ADDRESSED_HEADS = fold_words("жалоба жаловаться пожаловаться ответ запрос претензия письмо иск уведомление")


def _lemma(doc: Document, index: int) -> str:
    token = doc.tokens[index]
    return (token.lemma or token.text).lower()


@rule("coref")
def reflexive_idiom(doc: Document, anaphor: Anaphor) -> str:
    """A reflexive inside a fixed phrase refers to nobody ("в свою очередь", "вел себя")."""
    head = doc.tokens[anaphor.head].head
    if not 0 <= head < len(doc.tokens):
        return ""
    if anaphor.lemma == "свой" and _lemma(doc, head) in REFLEXIVE_IDIOM_NOUNS:
        return f"fixed phrase with '{doc.tokens[head].text}'"
    if anaphor.lemma == "себя" and _lemma(doc, head) in REFLEXIVE_IDIOM_VERBS:
        return f"fixed phrase with '{doc.tokens[head].text}'"
    return ""


@rule("coref")
def activity_sense(doc: Document, anaphor: Anaphor) -> str:
    """"служба", "надзор" as an activity ("нести службу", "во время службы", "в порядке надзора") name no
    organization, nor after a preposition of the activity (`ACTIVITY_PREPOSITIONS`: "поступил на службу",
    "уклонение от службы", "по надзору")."""
    heads = ACTIVITY_HEADS.get(anaphor.lemma)
    if heads is None:
        return ""
    head = doc.tokens[anaphor.head].head
    if 0 <= head < len(doc.tokens) and _lemma(doc, head) in heads:
        return f"an activity of '{doc.tokens[head].text}'"
    previous = doc.token_at(anaphor.start) - 1  # before the noun's modifiers: "на военную службу"
    if previous >= 0 and fold(doc.tokens[previous].text) in ACTIVITY_PREPOSITIONS.get(anaphor.lemma, ()):
        if _addressed(doc, anaphor.head, previous):
            rejected("coref", "activity_sense", anaphor.start, anaphor.end,
                     f"'{doc.tokens[previous].text} {doc.tokens[anaphor.head].text}' after a complaint or a reply")
            return ""
        return f"'{doc.tokens[previous].text} {doc.tokens[anaphor.head].text}': an activity"
    return ""


def _addressed(doc: Document, noun: int, preposition: int) -> bool:
    """The noun after its preposition is what a complaint, a request or a reply (`ADDRESSED_HEADS`) is addressed to
    or comes from: the word right before the preposition or the noun's head is one ("пожаловался на службу")."""
    head = doc.tokens[noun].head
    return any(0 <= index < len(doc.tokens) and fold(_lemma(doc, index)) in ADDRESSED_HEADS
               for index in (preposition - 1, head))


# The institution one turns to, no particular one ("подать в суд"), and the heads of turning to it: the verbs of its
# lawsuit phrases in `lang.lexicon.EVENT_PHRASES` ("подать", "обратиться"), and the nouns and the verb that govern the
# same "в" ("иск в суд", "обращение в суд", "обжаловать в суде").
GENERIC_INSTITUTIONS = fold_words("суд")
TURNING_HEADS = frozenset(verb for (verb, noun), name in EVENT_PHRASES.items()
                          if name == "lawsuit" and noun in GENERIC_INSTITUTIONS) | fold_words("""
    обращение подача иск жалоба апелляция обжаловать
""")
# Prepositions before a bare "суд" that make it the institution or the trial, no particular court: "без суда", "через
# суд" (by way of the courts), "до суда" (before any trial).
INSTITUTION_PREPOSITIONS = fold_words("без через до")
# Words of awaiting: "в ожидании суда", "ждать суда" (a genitive) await the trial, no court ("в суде ожидают" is one).
AWAITING_HEADS = fold_words("ожидание ожидать ждать дожидаться")
# Plural nouns of a system of bodies: "органы прокуратуры", "система судов" are every body of the kind, none in
# particular.
BODY_SYSTEM_NOUNS = fold_words("орган система")


@rule("coref")
def generic_institution(doc: Document, anaphor: Anaphor) -> str:
    """"подать в суд", "обратиться в суд", "без суда и следствия", "через суд": the court as the institution one
    turns to or does without, no particular court (a bare noun after "в" that a verb or noun of turning governs, or
    after "без", "через", "до", or the genitive owner of a noun after "без": "без решения суда", "без санкции суда");
    "суд над ними", "в ожидании суда": the trial; "органы прокуратуры": a body noun completing a plural system noun
    is every body of its kind."""
    if anaphor.head == 0:
        return ""
    owner = doc.tokens[anaphor.head].head
    if anaphor.lemma in STORY_BODY_NOUNS and 0 <= owner < anaphor.head and _lemma(doc, owner) in BODY_SYSTEM_NOUNS \
            and doc.tokens[owner].feats.get("Number") == "Plur" and doc.tokens[anaphor.head].rel.startswith("nmod"):
        return f"'{doc.tokens[owner].text} {doc.tokens[anaphor.head].text}': every body of the kind"
    if anaphor.lemma not in GENERIC_INSTITUTIONS:
        return ""
    before = fold(doc.tokens[anaphor.head - 1].text)
    if before in INSTITUTION_PREPOSITIONS:
        return f"'{doc.tokens[anaphor.head - 1].text} {doc.tokens[anaphor.head].text}': the institution"
    if 0 < owner < anaphor.head and doc.tokens[anaphor.head].rel.startswith("nmod") \
            and fold(doc.tokens[owner - 1].text) == "без":
        return f"'без {doc.tokens[owner].text} {doc.tokens[anaphor.head].text}': no court's act, the institution"
    after = anaphor.head + 1
    if after < len(doc.tokens) and fold(doc.tokens[after].text) == "над" \
            and doc.tokens[doc.tokens[after].head].head == anaphor.head:
        return f"'{doc.tokens[anaphor.head].text} над …': the trial of someone, no court"
    if 0 <= owner < len(doc.tokens) and _lemma(doc, owner) in AWAITING_HEADS \
            and doc.tokens[anaphor.head].feats.get("Case") == "Gen" and before not in ("в", "во"):
        return f"'{doc.tokens[owner].text} {doc.tokens[anaphor.head].text}': the trial awaited, no court"
    if before in ("в", "во") and 0 <= owner < len(doc.tokens) and _lemma(doc, owner) in TURNING_HEADS:
        return f"'{doc.tokens[owner].text} в {doc.tokens[anaphor.head].text}': the institution one turns to"
    return ""


OWN_COMPLEMENT_WORDS = 5  # how far after the noun its own complement or name may stand
# "министерства внутренних дел", "по защите животных", "под названием"; not a locative: "клубом | в Лиге" is mostly the
# verb's place, attached to the noun by the parse
OWN_COMPLEMENT_CASES = frozenset({"Gen", "Dat", "Ins"})


@rule("coref")
def own_complement(doc: Document, anaphor: Anaphor, is_place: Callable[[int], bool] = lambda index: False) -> str:
    """An organization noun with a complement or a name of its own after it is a new, particular organization,
    no reference back: "организация по защите животных Viva International", "сотрудник министерства внутренних
    дел", "выдал компании Шмелценга разрешение", "Организация под названием «Наши»". A noun phrase that says
    which one it is needs no antecedent (the parse attaches the genitive, prepositional or named dependent to
    the noun itself). A country or place complement does not make it new: "правительство России", "правительство
    страны" still refer (as "президент | России" does, `mentions._names_follow`); `is_place` tells a place's token."""
    head = anaphor.head
    sentence = doc.tokens[head].sentence
    for index in range(head + 1, min(head + 1 + OWN_COMPLEMENT_WORDS, len(doc.tokens))):
        token = doc.tokens[index]
        if token.sentence != sentence or token.head != head or token.pos not in ("NOUN", "PROPN"):
            continue
        if _origin(doc, head, index) or is_place(index) or lemma_of(token) in OUR_COUNTRY_NOUNS:
            continue
        if token.rel.startswith(("appos", "flat")) or (token.rel.startswith("nmod")
                                                       and token.feats.get("Case") in OWN_COMPLEMENT_CASES):
            return f"'{doc.tokens[head].text} … {token.text}': a particular organization, named by its own words"
    return ""


def _origin(doc: Document, head: int, index: int) -> bool:
    """The dependent is an "из" phrase: a place of origin ("компания из Купертино", "клуб из Манчестера") is an
    epithet news use for an organization named before, not words that single out a new one."""
    return any(doc.tokens[child].head == index and fold(doc.tokens[child].text) == "из"
               for child in range(head + 1, index))


@rule("coref")
def one_of_competitor(doc: Document, anaphor: Anaphor, after: int) -> int | None:
    """"один из депутатов", "одна из участниц" between the antecedent and a singular pronoun introduce someone new
    whom the pronoun likelier means ("пытался отобрать машину у одного из депутатов, но он вернул ее себе"): the
    pronoun stays unlinked when "один"/"одна" stands in the pronoun's own sentence, agrees with it in gender and
    its "из" takes an animate plural. In an earlier sentence the story's subject stays in focus ("…не понравилось
    замечание одного из болельщиков. В ответ он прокричал"), unless "один" is the one who spoke there ("Один из
    участников встречи сказал, что … Он отметил"): the nearest speaker is the antecedent, named or not."""
    if anaphor.number != "sing" or anaphor.gender not in ("masc", "femn"):
        return None
    wanted = "Masc" if anaphor.gender == "masc" else "Fem"
    own = doc.sentences[anaphor.sentence].token_start  # in focus: the pronoun's own sentence
    for index in range(doc.token_at(after), anaphor.head - 2):
        token = doc.tokens[index]
        if not one_of(_lemma(doc, index), doc.tokens[index + 1].text.lower()) \
                or token.feats.get("Gender") != wanted or (index < own and not speaks(doc, index)):
            continue
        group = doc.tokens[index + 2]
        if group.feats.get("Number") == "Plur" and group.feats.get("Animacy") == "Anim" and group.pos == "NOUN":
            return index
    return None
