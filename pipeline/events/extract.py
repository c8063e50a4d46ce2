"""From an annotated Document to its events: triggers, arguments, quotes, dates, places."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import compress
from operator import attrgetter

from pipeline.document import Document, EntityAnn, EventAnn, EventArg, QuoteAnn, Span, Token
from pipeline.events.detection import (
    DECISION_NOUNS,
    Trigger,
    acceleration_sense,
    bare_genitives,
    counted,
    dated_or_placed_noun,
    detect,
    exemption_sense,
    fracture_sense,
    habitual,
    habitual_sentence,
    lemma_of,
    occasional,
    occurrence_verb,
    onset_sense,
    other_sense,
    party,
    penalty_sense,
    regular_pay_noun,
    seized_thing,
    sought_person,
    stage_or_clause,
)
from pipeline.events.draft import Draft
from pipeline.events.happenings import family, noun_count
from pipeline.events.modality import (
    MODAL_NOUN_PREPOSITIONS,
    advocacy,
    conditional,
    exchange_deal,
    first_conjunct,
    governed_noun,
    modality_of,
    predicate_chain,
)
from pipeline.events.rules import (
    FRAME_PREPOSITIONS,
    Candidate,
    Context,
    agent_like,
    arguments,
    is_frame,
    link_entity,
    make_arg,
    person_object_role,
    subject_role,
    true_subjects,
    with_conjuncts,
)
from pipeline.events.timing import (
    TIME_RULES,
    cause_from_coordination,
    coordination_group,
    date_added,
    frame_from_coordination,
    frame_of_subject_verb,
    place_from_coordination,
)
from pipeline.events.vocabulary import NOUN_TYPES, SPEECH_TYPES, VERB_TYPES, roles_of
from pipeline.lang.fold import fold, fold_words
from pipeline.lang.grammemes import forms_agree
from pipeline.lang.lexicon import (
    ABSTRACT_TARGET_NOUNS,
    ACCORDANCE_PREPOSITIONS,
    AGENCY_NAME_WORDS,
    AGENCY_OWNED_NOUNS,
    AGENCY_SENSE_NOUNS,
    AGREEMENT_NOUNS,
    AMBIGUOUS_EVENT_NOUNS,
    APPROACH_VERBS,
    ASKING_VERBS,
    ATTENDED_SHOW_NOUNS,
    ATTENDING_WORDS,
    AUTHORIZATION_NOUNS,
    BOUT_SIGN_WORDS,
    BOUT_WORDS,
    CAMPAIGN_ADJECTIVES,
    CAMPAIGN_NOUNS,
    CARRIED_EVENT_PARTICIPLES,
    COMBAT_NOUNS,
    CONTEST_VERBS,
    CONTRASTIVE_CONJUNCTIONS,
    DECIDING_NOUNS,
    DEMONSTRATIVE_PRONOUNS,
    DOCUMENT_NOUNS,
    ENJOYING_VERBS,
    ENTITLEMENT_WORDS,
    EVENT_NOUNS,
    EVENT_VERBS,
    EXCHANGED_WORDS,
    FEAR_VERBS,
    FIGURATIVE_ATTACK_ADJECTIVES,
    FIGURATIVE_ATTACK_WORDS,
    FRACTURE_NOUNS,
    FREE_CHOICE_WORDS,
    GAME_MEETING_WORDS,
    GOAL_PREPOSITIONS,
    HAPPENING_ASPECT_NOUNS,
    HAPPENING_PEOPLE_NOUNS,
    IDIOM_PREPOSITIONS,
    IMPERSONAL_DOER_WORDS,
    IN_FORCE_ADJECTIVES,
    INCIDENT_NOUNS,
    INTANGIBLE_NOUNS,
    KIND_HEAD_NOUNS,
    LAW_NOUNS,
    MEDIA_NAME_WORDS,
    MEMORIAL_NOUNS,
    OBJECT_CONTROL_VERBS,
    OFFICE_NOUNS,
    ORGANIZATION_NOUNS,
    ORGANIZING_NOUNS,
    PARLIAMENT_NOUNS,
    PARTICIPATION_WORDS,
    PERSON_EVENT_NOUNS,
    PERSON_POSSESSIVES,
    PERSONAL_PRONOUNS,
    PLAY_WORDS,
    PRESS_PARTY_NOUNS,
    PROBLEM_NOUNS,
    QUANTITY_NOUNS,
    REFLEXIVE_PRONOUNS,
    REPORTING_WORDS,
    RESULT_VERBS,
    SCORE_WORDS,
    SELF_INTENTION_NOUNS,
    SHOW_TOUR_WORDS,
    SHOW_WORDS,
    SOLVING_NOUNS,
    SPORTS_WORDS,
    STATE_BEING_VERBS,
    STATUS_LOCATIVE_NOUNS,
    STRUCK_THING_NOUNS,
    SUPPORT_VERBS,
    SURGE_ADJECTIVES,
    SURGE_NOUNS,
    TALK_WORDS,
    TELLING_VERBS,
    THREAT_NOUNS,
    TIME_ADJECTIVES,
    TITLED_NOUNS,
    TOLD_CARRIER_NOUNS,
    TOPIC_PREPOSITIONS,
    TOUR_NOUNS,
    WAR_WORDS,
    WOUND_NOUNS,
)
from pipeline.lang.marks import CLAUSE_MARKS, CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, QUOTE_MARKS, last_open_quote
from pipeline.lang.tree import Tree, base, range_head
from pipeline.rules import fired, rejected, rule

SUBJECT_RULES = ("subject", "subject+conjunct")


def extract_events(doc: Document) -> list[EventAnn]:
    """All events of a document, in text order (a quote's statement after the event its cue evokes)."""
    ctx = Context.build(doc)
    triggers = [trigger for sentence in doc.sentences
                for trigger in detect(ctx.tree, sentence.token_start, sentence.token_end)]
    ctx.claimed = {trigger.token for trigger in triggers if trigger.verb is not None}
    drafts = [_draft(ctx, trigger) for trigger in triggers]
    by_trigger = _Triggers(drafts)
    for index, quote in enumerate(doc.quotes):
        _link_quote(ctx, by_trigger, index, quote)
    for time_rule in TIME_RULES:
        time_rule(ctx, drafts)
    bouts = _tells_bouts(ctx, drafts)  # no bout, nothing absent tells a happening of its type (`told`)
    drafts = [draft for draft in drafts
              if not bout_sense(ctx.tree, draft, bouts) and not absent_happening(ctx.tree, draft)]
    told = frozenset(draft.type for draft in drafts
                     if _told(draft) and draft.trigger.lemma not in AMBIGUOUS_EVENT_NOUNS)
    sporting = _sports_sentences(ctx)
    beside = _games_beside(ctx, sporting)
    showing = _show_sentences(ctx) | sporting | beside
    war = _war_sentences(ctx) if len(sporting) >= MIN_GAME_SENTENCES else frozenset()  # read only where needed
    reports_games = _reports_games(sporting, war)
    drafts = [draft for draft in drafts
              if _kept(draft, told, ctx.tree) and not game_sense(draft, sporting, beside, ctx.tree)
              and not (reports_games and game_report(draft, ctx.tree, war))
              and not show_tour(draft, ctx.tree, showing) and not attended_show(draft, ctx.tree)
              and not campaign_action(draft, ctx.tree) and not authorizing_sanction(draft, ctx.tree)]
    drafts = [draft for draft in drafts if not part_of_event(ctx.tree, draft, drafts)]
    incidents = incident_nouns(ctx, drafts, told)
    date_added(ctx, drafts, incidents)
    drafts += incidents
    place_from_coordination(ctx, drafts)
    cause_from_coordination(ctx, drafts)
    frame_from_coordination(ctx, drafts)
    frame_of_subject_verb(ctx, drafts)
    drafts.sort(key=lambda draft: (draft.trigger.start, -1 if draft.quote is None else draft.quote))
    return [draft.annotation(doc.text) for draft in drafts]


# the types whose words a sports report uses of a game: "дальним ударом", "разгромила", "следующая встреча"
GAME_TYPES = frozenset({"attack", "killing", "damage", "meeting"})


_SENTENCE = attrgetter("sentence")


def _sentences_with(ctx: Context, words: frozenset[str]) -> frozenset[int]:
    """The sentences with a token whose lemma is one of the words."""
    tokens = ctx.doc.tokens
    lemmas = map(ctx.tree.lemma, range(len(tokens)))  # `lemma_of`, as the Tree's own list lookups: no frame per token
    return frozenset(map(_SENTENCE, compress(tokens, map(words.__contains__, lemmas))))


def _sports_sentences(ctx: Context) -> frozenset[int]:
    """The sentences with a word of sports reports (SPORTS_WORDS: "матч", "мяч", "сборная", ...) or a game's score
    (`_score_at`: "разгромила ее с рекордным счетом 10:0")."""
    tokens = ctx.doc.tokens
    # `_score_at` is False unless the word is a score word: that test first, over the document in C (no call per token)
    lowered = map(str.lower, map(attrgetter("text"), tokens))
    score_words = compress(range(len(tokens)), map(SCORE_WORDS.__contains__, lowered))
    scored = (tokens[index].sentence for index in score_words if _score_at(tokens, index))
    return _sentences_with(ctx, SPORTS_WORDS) | frozenset(scored)


def _score_at(tokens: list[Token], index: int) -> bool:
    """A word of a score (SCORE_WORDS) followed by a tally "N:M" in its sentence ("со счетом 3:2", "счет 1:1"); not
    "счет" of money ("на счет компании") nor a clock time alone ("в 10:00")."""
    if tokens[index].text.lower() not in SCORE_WORDS:
        return False
    tally = [token.text for token in tokens[index + 1:index + 4] if token.sentence == tokens[index].sentence]
    return (len(tally) == 3 and tally[0].isdigit() and tally[1] == ":" and tally[2].isdigit()) \
        or (bool(tally) and _TALLY.fullmatch(tally[0]) is not None)


_TALLY = re.compile(r"\d{1,3}:\d{1,3}")


def _games_beside(ctx: Context, sporting: frozenset[int]) -> frozenset[int]:
    """The sentences right before and after a sentence of a sports report in its paragraph: a report goes on about
    the game it named, or names it right after ("Матч в Шкодере станет третьей игрой сборной. Россияне этой встречей
    прощаются с албанцами"; "Вторая половина встречи осталась за «Реалом». Команда забила три мяча")."""
    sentences, text = ctx.doc.sentences, ctx.doc.text
    joined = [index for index in range(len(sentences) - 1)
              if "\n" not in text[sentences[index].end:sentences[index + 1].start]]
    return frozenset([index + 1 for index in joined if index in sporting]
                     + [index for index in joined if index + 1 in sporting])


@rule("events")
def part_of_event(tree: Tree, draft: Draft, drafts: list[Draft]) -> bool:
    """An event noun in the genitive of another event noun of its family names the same happening, told once by the
    head: "акция протеста", "заседание форума", "сессия переговоров"."""
    head = tree.head_of(draft.trigger.token)
    if draft.trigger.verb is not None or head is None or base(tree.token(draft.trigger.token).rel) != "nmod" \
            or tree.token(draft.trigger.token).feats.get("Case") != "Gen":
        return False
    if not any(other.trigger.token == head and other.trigger.nominal and family(other.type) == family(draft.type)
               for other in drafts):
        return False
    rejected("events", part_of_event, draft.trigger.start, draft.trigger.end,
             f"the genitive of '{tree.token(head).text}', an event noun of its family")
    return True


@rule("events")
def game_sense(draft: Draft, sporting: frozenset[int], beside: frozenset[int] = frozenset(),
               tree: Tree | None = None) -> bool:
    """An attack, a defeat or a meeting in a sentence of a sports report is the game's, no happening of its type:
    "Дзагоев дальним ударом отправил мяч в сетку", "клуб разгромил соперника", "следующую встречу сборная играет",
    "разгромила ее с рекордным счетом 10:0" (a score); so is a meeting told by a word of games (GAME_MEETING_WORDS)
    in the sentence right before or after one in its paragraph (`_games_beside`: "Матч в Шкодере станет третьей
    игрой сборной. Россияне этой встречей прощаются с албанцами", "Теперь ждем следующей встречи. Я не считаю этот
    матч …"; not "В итоге переговоров с тренером …", nor officials who meet (`_officials_meet`: "Президенты и
    генеральные секретари ассоциаций УЕФА встретились в Ньоне" before a sentence of national teams)."""
    if draft.quote is not None:
        return False
    if draft.type in GAME_TYPES and draft.sentence in sporting:
        reason = "a game's word in a sports report"
    elif draft.type == "meeting" and draft.sentence in beside and draft.trigger.lemma in GAME_MEETING_WORDS \
            and (tree is None or not _officials_meet(tree, draft.trigger.token)):
        reason = "a meeting beside a sentence of a game, in its paragraph: the game"
    else:
        return False
    rejected("events", game_sense, draft.trigger.start, draft.trigger.end, reason)
    return True


# a document reports games when at least this many of its sentences are of sports (`_sports_sentences`), and more of
# them than of war (`_reports_games`)
MIN_GAME_SENTENCES = 2
# how an attack's target is attached: "удар по экономике", "атака на ценности", "атаковал репутацию" (None: a direct
# object); `figurative_attack`. Not "в": an attack "в" is where ("атака в Кабуле") or a shot ("выстрел в голову"),
# never an abstract target.
ATTACK_TARGET_PREPOSITIONS = frozenset({"по", "на", None})
# prepositions of a target that an attack word of play reaches (`game_report`): the attack's and "в" of a shot, which
# may hit a person ("стреляли в людей", "атака на полицейских", "удар по колонне"); the direct and indirect objects
# `game_report` takes by their relation.
PLAY_TARGET_PREPOSITIONS = (ATTACK_TARGET_PREPOSITIONS - {None}) | {"в"}


def _war_sentences(ctx: Context) -> frozenset[int]:
    """The sentences with a word of war (WAR_WORDS: "боевик", "солдат", "оружие", "погибнуть", "ранить")."""
    return _sentences_with(ctx, WAR_WORDS)


def _reports_games(sporting: frozenset[int], war: frozenset[int]) -> bool:
    """Whether a document reports games: MIN_GAME_SENTENCES sentences of sports or more, and more of them than
    sentences of war (a war report that names a match, or a fan killed at a stadium, is no report of play)."""
    return len(sporting) >= MIN_GAME_SENTENCES and len(sporting) > len(war)


@rule("events")
def game_report(draft: Draft, tree: Tree, war: frozenset[int]) -> bool:
    """In a document that reports games (`_reports_games`), a word of attack or defeat that sports reports use of play
    (PLAY_WORDS) tells play even where its sentence names no sport: "турчанки перешли в наступление", "в следующей
    атаке поддержала ее точным броском", "несмотря на безупречную стрельбу", "все стреляют не очень - ветер дует",
    "«Реал» разгромил команду Гарри Рэднаппа"; not where its sentence has a word of war ("боевики перешли в
    наступление") or where it reaches a person ("стреляли в болельщиков", "атака на судью": people were hit). So does
    a meeting noun of no one (`_game_meeting`): "Последние минуты встречи прошли на очень высоких скоростях"."""
    if draft.type not in GAME_TYPES or draft.quote is not None or draft.sentence in war:
        return False
    play = next((index for index in draft.trigger.tokens if lemma_of(tree, index) in PLAY_WORDS), None)
    if play is None:
        play = _game_meeting(tree, draft)
    if play is None:
        return False
    targets = [child for index in draft.trigger.tokens for child in tree.kids(index, "obj", "obl", "nmod", "iobj")
               if base(tree.token(child).rel) in ("obj", "iobj")
               or tree.preposition(child) in PLAY_TARGET_PREPOSITIONS]
    if any(tree.token(tree.referent(child)).feats.get("Animacy") == "Anim" for child in targets):
        return False  # "стреляли в болельщиков": people were hit
    rejected("events", game_report, draft.trigger.start, draft.trigger.end,
             f"'{tree.token(play).text}' in a report of games, no word of war in its sentence: play, no {draft.type}")
    return True


def _game_meeting(tree: Tree, draft: Draft) -> int | None:
    """A meeting noun (GAME_MEETING_WORDS) with no person as its party or owner that frames no clause: in a report of
    games, the game ("Последние минуты встречи прошли на очень высоких скоростях", "Третья, смешанная встреча также
    осталась за командой США", "Результат предстоящей встречи"); not a gathering ("На встрече присутствовали Лужков и
    Матвиенко", "Встречи с представителями правительства убедили нас", "встреча министров")."""
    index = draft.trigger.token
    if draft.type != "meeting" or draft.trigger.verb is not None or not draft.trigger.nominal or draft.frame_noun \
            or lemma_of(tree, index) not in GAME_MEETING_WORDS:
        return None
    parties = tree.kids(index, "nmod", "obl")
    if any(tree.token(tree.referent(child)).feats.get("Animacy") == "Anim" for child in parties):
        return None
    return index


def _officials_meet(tree: Tree, index: int) -> bool:
    """The meeting word's subject (or a noun's genitive) is an office (OFFICE_NOUNS), alone or first of its
    conjuncts: "Президенты и генеральные секретари ассоциаций УЕФА встретились", "встреча министров"; teams and
    players meet in a game, officials in a meeting."""
    return any(lemma_of(tree, child) in OFFICE_NOUNS for child in tree.kids(index, "nsubj", "nmod"))


_SPORTING_WORDS = SPORTS_WORDS | BOUT_WORDS
_BOUT_SIGNS = _SPORTING_WORDS | BOUT_SIGN_WORDS  # read near a noun of combat only
# what of a combat noun's phrase tells a bout or a battle: its dependents, not a clause or a conjunct of its own
_PHRASE_SKIP = frozenset({"conj", "parataxis", "acl", "advcl"})


@dataclass(frozen=True, slots=True)
class Bouts:
    """What tells a bout from a battle in a document (`bout_sense`): per sentence, its first word of sports
    (`_BOUT_SIGNS`) and of war (WAR_WORDS), or None; which sentences go on the paragraph of the one before; and
    whether the document has a word of sports at all and tells sports more than war (`told`)."""

    sport: tuple[int | None, ...]
    war: tuple[int | None, ...]
    joined: tuple[bool, ...]  # joined[i]: sentence i + 1 is in sentence i's paragraph
    sporting: bool
    told: bool


def _word_in(tree: Tree, index: int, words: frozenset[str]) -> bool:
    """A token whose lemma is in `words`, or a common noun's or adjective's hyphenated compound with a part in it
    ("экс-чемпион", "боксер-супертяжеловес", "промоутер-должник"; not a name's: "на Халхин-Голе" is no "гол")."""
    lemma = tree.lemma(index)
    if lemma in words:
        return True
    return "-" in lemma and tree.token(index).pos != "PROPN" and not words.isdisjoint(lemma.split("-"))


def _first_word(tree: Tree, tokens: list[int], words: frozenset[str]) -> int | None:
    """The first of `tokens` whose lemma (or a part of its compound) is in `words`, or None."""
    return next((index for index in tokens if _word_in(tree, index, words)), None)


def _first_war_word(tree: Tree, tokens: list[int], noun: int | None = None) -> int | None:
    """The first of `tokens` that is a word of war (WAR_WORDS) told outside a dedication (MEMORIAL_NOUNS: "турнир
    памяти погибших солдат", "Бой памяти погибшего солдата Иванов проиграл": the war dead it honours tell no combat
    here), unless the noun of combat (`noun`) lies in that dedication itself ("митинг памяти погибших в бою с
    боевиками": the past battle it honours)."""
    return next((index for index in tokens if _word_in(tree, index, WAR_WORDS)
                 and not any(tree.lemma(above) in MEMORIAL_NOUNS and (noun is None or not tree.dominates(above, noun))
                             for above in tree.ancestors(index))), None)


def _tells_bouts(ctx: Context, drafts: list[Draft]) -> Bouts | None:
    """The evidence of bouts and battles in a document with a noun of combat among the drafts (None without one):
    each sentence's first word of sports and of war (`_first_war_word`), its paragraph, and the document's balance
    (`Bouts`)."""
    if not any(ctx.tree.lemma(draft.trigger.token) in COMBAT_NOUNS for draft in drafts):
        return None
    tree, sentences, text = ctx.tree, ctx.doc.sentences, ctx.doc.text
    spans = [list(range(sentence.token_start, sentence.token_end)) for sentence in sentences]
    sport = tuple(_first_word(tree, tokens, _BOUT_SIGNS) for tokens in spans)
    war = tuple(_first_war_word(tree, tokens) for tokens in spans)
    joined = tuple("\n" not in text[sentences[index].end:sentences[index + 1].start]
                   for index in range(len(sentences) - 1))
    sporting = any(_first_word(tree, tokens, _SPORTING_WORDS) is not None for tokens in spans)
    told = sporting and sum(index is not None for index in sport) > sum(index is not None for index in war)
    return Bouts(sport, war, joined, sporting, told)


def _near_sentences(bouts: Bouts, sentence: int) -> list[int]:
    """The sentences right before and after `sentence` in its paragraph."""
    before = [sentence - 1] if sentence > 0 and bouts.joined[sentence - 1] else []
    after = [sentence + 1] if sentence < len(bouts.joined) and bouts.joined[sentence] else []
    return before + after


def _bout_or_battle(tree: Tree, draft: Draft, bouts: Bouts) -> tuple[bool, str] | None:
    """Whether a noun of combat is a bout (True) or armed combat (False), with the word that tells it, read ring by
    ring: the noun's phrase ("бой с экс-чемпионом", "бои между силовиками и отрядами"), its sentence, the sentences
    beside it in its paragraph; the first ring with words of one side only decides. None: nothing near decides."""
    token = draft.trigger.token
    phrase = tree.subtree(token, top_skip=_PHRASE_SKIP)
    near = _near_sentences(bouts, draft.sentence)
    rings = (("its phrase", _first_word(tree, phrase, _BOUT_SIGNS), _first_war_word(tree, phrase, token)),
             ("its sentence", bouts.sport[draft.sentence], bouts.war[draft.sentence]),
             ("the sentence beside it", next((bouts.sport[i] for i in near if bouts.sport[i] is not None), None),
              next((bouts.war[i] for i in near if bouts.war[i] is not None), None)))
    for where, sport, war in rings:
        if (sport is None) != (war is None):
            word = tree.token(sport if war is None else war).text
            return war is None, f"'{word}' in {where}"
    return None


@rule("events")
def bout_sense(tree: Tree, draft: Draft, bouts: Bouts | None) -> bool:
    """A noun of combat (COMBAT_NOUNS: "бой", "схватка", "побоище") is a bout or a fight of players, no attack, when
    what stands near it tells sports and nothing of war (`_bout_or_battle`: "Кинг задолжал Тринидаду 500 тысяч за бой
    с экс-чемпионом мира", "с самого начала боя … в четвертом раунде"), or, with nothing near it of either, in a text
    that tells sports more than war (`Bouts.told`: "после ледового побоища" in a hockey report); a word of war near
    it keeps armed combat in a text that mentions sports ("бои между украинскими силовиками и отрядами" of a war
    report whose one paragraph says "сын - боксер"). So is a fight won or lost (CONTEST_VERBS: "опасаются проиграть
    бой"); and "бой" of a thing it strikes or breaks (STRUCK_THING_NOUNS in the bare genitive: "бой курантов", "бой
    посуды") is a sound or a breakage, no fight in any text. "В бою с боевиками погиб омоновец" stays an attack."""
    token = draft.trigger.token  # the noun, also of a light verb's trigger ("провели рейтинговый бой")
    if tree.lemma(token) not in COMBAT_NOUNS or draft.quote is not None:
        return False
    head = tree.head_of(token)
    struck = _struck_thing(tree, token)
    sense = None if bouts is None else _bout_or_battle(tree, draft, bouts)
    if struck is not None:
        reason = f"'{tree.token(struck).text}': a stroke or a breakage, no fight"
    elif sense is not None and not sense[0]:
        if bouts is not None and bouts.sporting:  # the override of a text's sports: say so
            fired("events", bout_sense, draft.trigger.start, draft.trigger.end, f"{sense[1]}: armed combat")
        return False
    elif sense is not None:
        reason = f"{sense[1]}: a bout or a players' fight"
    elif bouts is not None and bouts.told:
        reason = "a bout or a players' fight in a text of sports, nothing of war near it"
    elif bouts is not None and bouts.sporting and not _contested(tree, token, head):
        fired("events", bout_sense, draft.trigger.start, draft.trigger.end,
              "nothing near it decides, and the text tells war as often as sports: armed combat")
        return False
    elif _contested(tree, token, head):
        reason = f"the object of '{tree.token(head).text}': a contest won or lost"
    else:
        return False
    rejected("events", bout_sense, draft.trigger.start, draft.trigger.end, reason)
    return True


def _contested(tree: Tree, token: int, head: int | None) -> bool:
    """A noun of combat that is the object of a verb of winning or losing (CONTEST_VERBS: "проиграть бой")."""
    return head is not None and base(tree.token(token).rel) == "obj" and tree.lemma(head) in CONTEST_VERBS


def _struck_thing(tree: Tree, token: int) -> int | None:
    """The bare dependent of "бой" that names what it strikes or breaks (STRUCK_THING_NOUNS: "бой курантов", "бой
    посуды"; its genitive, which the tagger may take for a verb: "курантов"/VERB), uncounted ("бой часов", not a
    span "боя 24 часов"), or None."""
    if tree.lemma(token) != "бой":
        return None
    return next((child for child in tree.kids(token, "nmod") if tree.preposition(child) is None
                 and tree.case(child) in ("Gen", "") and lemma_of(tree, child) in STRUCK_THING_NOUNS
                 and not tree.kids(child, "nummod", "nummod:gov")), None)


@rule("events")
def absent_happening(tree: Tree, draft: Draft) -> bool:
    """An event noun under "без" names what did not happen, no happening: "Масхадова взяли без боя", "задержан без
    сопротивления" (a bare noun of its own, not a light verb's: "провели без боя" keeps nothing either)."""
    if draft.trigger.verb is not None or not draft.trigger.nominal or draft.quote is not None \
            or tree.preposition(draft.trigger.token) != "без":
        return False
    rejected("events", absent_happening, draft.trigger.start, draft.trigger.end, "under 'без': it did not happen")
    return True


def _show_sentences(ctx: Context) -> frozenset[int]:
    """The sentences with a word of shows, concerts or exhibitions (SHOW_WORDS: "концерт", "гастроли", ...), but a
    show that a visit verb goes to (`_attended`)."""
    tree, tokens = ctx.tree, ctx.doc.tokens
    return frozenset(tokens[index].sentence for index in tree.with_lemma(SHOW_WORDS) if not _attended(tree, index))


def _attended(tree: Tree, index: int) -> bool:
    """True for a show someone goes to, the object or oblique of a visit verb ("президент в рамках турне посетил
    выставку", "побывал на концерте"): the tour in its sentence is the visitor's. A show's own tour is never one
    ("группа приехала на гастроли", SHOW_TOUR_WORDS)."""
    head = tree.head_of(index)
    return head is not None and tree.lemma(index) not in SHOW_TOUR_WORDS \
        and base(tree.tokens[index].rel) in ("obj", "obl") and tree.lemma(head) in EVENT_VERBS["visit"]


@rule("events")
def show_tour(draft: Draft, tree: Tree, showing: frozenset[int]) -> bool:
    """A tour (TOUR_NOUNS) in a sentence of a show, a concert, an exhibition (not one a visit verb goes to:
    `_show_sentences`) or a game, or right after a game's in its paragraph, is the show's or the team's series of
    performances, no trip that makes a visit: "Metallica концертом в Москве завершила свое европейское турне",
    "решили совершить мировое гастрольное турне", "предстоит начинать выездное турне" after a match; a minister's
    "совершает турне по странам Латинской Америки" stays a visit, and so does a president's "в рамках турне посетил
    выставку"."""
    if draft.type != "visit" or draft.sentence not in showing \
            or not any(tree.lemma(token) in TOUR_NOUNS for token in draft.trigger.tokens):
        return False
    rejected("events", show_tour, draft.trigger.start, draft.trigger.end,
             "a tour in a sentence of a show or a game: its performances, no visit")
    return True


# the prepositions of what one goes to watch: "посетит концерт", "посещение матча" (none), "побывает на концерте"
SHOW_DESTINATION_PREPOSITIONS = frozenset({None, "на"})


@rule("events")
def attended_show(draft: Draft, tree: Tree) -> bool:
    """A visit whose destination is a performance or a game (ATTENDED_SHOW_NOUNS: its object, its genitive, or "на" +
    it) after a word of being there (ATTENDING_WORDS) is going to watch the show, no trip that makes a visit
    (tests/data/realnews/README.md: concerts and matches are not marked): "королева посетит концерт", "президент
    побывает на концерте", "заявок на посещение матча"; not a trip with a show beside its destination ("посетила с
    концертами множество городов"), nor players travelling to play ("поедут в Дублин на матч"), nor a visit to an
    exhibition or a festival, which are places one visits."""
    if draft.type != "visit" or draft.trigger.lemma not in ATTENDING_WORDS:
        return False
    show = next((child for token in draft.trigger.tokens for child in tree.kids(token, "obj", "obl", "nmod")
                 if tree.lemma(child) in ATTENDED_SHOW_NOUNS
                 and tree.preposition(child) in SHOW_DESTINATION_PREPOSITIONS), None)
    if show is None:
        return False
    rejected("events", attended_show, draft.trigger.start, draft.trigger.end,
             f"goes to watch '{tree.token(show).text}': a show attended, no visit")
    return True


@rule("events")
def campaign_action(draft: Draft, tree: Tree) -> bool:
    """An "акция" that an adjective of a campaign's aim names (CAMPAIGN_ADJECTIVES: "гуманитарная",
    "антинаркотическая", "патриотическая") is a campaign of aid, prevention or celebration, no rally of protest
    (tests/data/realnews/README.md: campaigns are not marked): "провел три гуманитарные акции", "в рамках
    общероссийской антинаркотической акции"; not one of protest for all its adjective ("благотворительная акция
    протеста")."""
    if draft.type != "protest":
        return False
    noun = next((token for token in draft.trigger.tokens if tree.lemma(token) in CAMPAIGN_NOUNS), None)
    if noun is None or any(tree.lemma(child) in EVENT_NOUNS["protest"] for child in tree.kids(noun, "nmod")):
        return False
    aim = next((child for child in tree.kids(noun, "amod") if tree.lemma(child) in CAMPAIGN_ADJECTIVES), None)
    if aim is None:
        return False
    rejected("events", campaign_action, draft.trigger.start, draft.trigger.end,
             f"'{tree.token(aim).text}' names a campaign's aim: no protest")
    return True


@rule("events")
def authorizing_sanction(draft: Draft, tree: Tree) -> bool:
    """A singular "санкция" (AUTHORIZATION_NOUNS) for one act ("на" + it) or from a court or a prosecutor ("с санкции
    суда") is leave given for that act, no sanctions imposed: "суд вынес санкцию на арест", "была взята санкция на
    весь комплекс мероприятий", "заключен под стражу с санкции городского суда"; the plural "санкции против России",
    "санкции на ввоз" are sanctions."""
    if draft.type != "sanctions":
        return False
    noun = next((token for token in draft.trigger.tokens if tree.lemma(token) in AUTHORIZATION_NOUNS
                 and tree.token(token).feats.get("Number") == "Sing"), None)
    if noun is None:
        return False
    granted = any(tree.preposition(child) == "на" for token in draft.trigger.tokens
                  for child in tree.kids(token, "nmod", "obl"))
    if not granted and tree.preposition(noun) != "с":
        return False
    rejected("events", authorizing_sanction, draft.trigger.start, draft.trigger.end,
             "a singular 'санкция' for one act or from a court: leave given, no sanctions")
    return True


# the types a general incident noun may restate
RESTATED_INCIDENT_TYPES = frozenset({"accident", "explosion", "fire", "attack"})


@rule("events")
def incident_nouns(ctx: Context, drafts: list[Draft], told: frozenset[str]) -> list[Draft]:
    """A general noun of incidents (INCIDENT_NOUNS: "инцидент", "происшествие", "трагедия") restates an incident
    the text tells and takes its type ("пожар произошел на пароме … на месте происшествия"); when the text tells
    incidents of two types, it refers back to the nearest one the narrative tells before it (outside a quote, no
    bare blast noun: `_referred_incident`: "Под газопроводом прогремел взрыв … неизвестные попытались
    взорвать газопровод. Инцидент произошел в пятницу" is the explosion, not the attempted attack), or, with none
    before it (a title), to the first one after it; never a counted one ("два инцидента с самолетами": several
    others); nothing when every told one is negated ("чуть не устроили взрыв … Инцидент произошел" restates no
    blast)."""
    types = told & RESTATED_INCIDENT_TYPES
    if not types:
        return []
    incidents = sorted((draft for draft in drafts
                        if draft.type in types and draft.modality == "asserted" and _told(draft)),
                       key=lambda draft: draft.trigger.start)
    if len(types) > 1 and not incidents:
        return []  # none took place, or the told ones were dropped since (a game's "удар")
    told_ones = [draft for draft in drafts if draft.type in types and _told(draft)]
    # "чуть не устроили взрыв … Инцидент произошел": no blast took place to restate
    none_took_place = bool(told_ones) and all(draft.modality == "negated" for draft in told_ones)
    taken = {index for draft in drafts for index in draft.trigger.tokens}
    found = []
    for index, token in enumerate(ctx.doc.tokens):
        if token.pos != "NOUN" or index in taken or lemma_of(ctx.tree, index) not in INCIDENT_NOUNS:
            continue
        event_type, how = (next(iter(types)), "the") if len(types) == 1 else \
            _referred_incident(incidents, token.start, ctx.direct_quote_at(token.start))
        trigger = Trigger(event_type, index, token.start, token.end, lemma_of(ctx.tree, index),
                          incident_nouns.__name__, verb=occurrence_verb(ctx.tree, index), nominal=True)
        draft = _draft(ctx, trigger)
        if draft.kind_noun or draft.kind_head or draft.plural or draft.topic_noun or noun_count(ctx.doc, index):
            continue  # "два инцидента": several happenings, not the one told
        if none_took_place:
            rejected("events", incident_nouns, token.start, token.end,
                     f"every {event_type} the text tells is negated: none took place to restate")
            continue
        fired("events", incident_nouns, token.start, token.end, f"restates {how} {event_type} the text tells")
        found.append(draft)
    return found


def _referred_incident(incidents: list[Draft], start: int, quote: int | None) -> tuple[str, str]:
    """The type of the incident a general incident noun at `start` refers to, and how it was chosen (for the trace;
    `incidents`: the asserted ones, in text order, not empty). A noun inside a direct quote (`quote`) refers to one
    its speaker tells in the same quote, the nearest before it, else the next («Там производились взрывы, это был
    инцидент»). Otherwise: among those the narrative itself tells
    (`_narrated_incident`: outside a direct quote, no bare blast noun), the nearest before it, else the next after
    it (a title); only with none such, the same among all of them ("Произошло затопление шахты … «производились
    взрывы» … ЧП": the flood, not the blasts of a quote; "обстреляли … после первого взрыва … На месте
    происшествия": the shelling, not the bare blast). The nearest, not the first: a digest tells several stories
    ("прогремело 10 взрывов … сгорело здание … причиной происшествия" is the fire)."""
    quoted = [draft for draft in incidents if quote is not None and draft.in_quote == quote]
    narrated = [draft for draft in incidents if _narrated_incident(draft)]
    told, which = (quoted, "same-quote") if quoted else \
        (narrated, "narrated") if narrated else (incidents, "quoted or bare")
    before = [draft for draft in told if draft.trigger.start < start]
    return (before[-1].type, f"the nearest {which}") if before else (told[0].type, f"the next {which}")


# the types of a happening that is as often a part or the means of another one (the blasts of a shelling, of a fire
# at a depot, of work in a mine): bare, their noun is no incident a general incident noun restates
PART_HAPPENING_TYPES = frozenset({"explosion"})


def _narrated_incident(draft: Draft) -> bool:
    """An incident the narrative tells outside a direct quote: by a verb, or by a noun, unless it is a bare noun of
    a happening that is as often a part of another (PART_HAPPENING_TYPES: "слышали взрывы", "после первого
    взрыва", kept for its type alone) with no date, place or participant of its own (`_anchored`)."""
    if draft.in_quote is not None:
        return False
    return draft.trigger.rule != dated_or_placed_noun.__name__ or draft.type not in PART_HAPPENING_TYPES \
        or _anchored(draft)


@rule("events")
def anchored_noun(draft: Draft) -> str | None:
    """A bare event noun counts only when the text dates or places it, or names who took part in it ("выборы
    президента", "переговоры Путина и Алиева", "арест Петрова"); an event noun with nothing of its own is as often a
    kind as a happening ("меры поддержки", "подготовка к выборам"), except a happening noun that is no topic and a
    meeting that frames its clause ("на совещании министр сказал", "в ходе переговоров стороны договорились"), and a
    happening that a word of reporting has as its topic ("сообщили о массовых арестах", "объявил об отставке")."""
    return _unanchored_reason(draft, participant_counts=True)


def _unanchored_reason(draft: Draft, participant_counts: bool) -> str | None:
    """Why `anchored_noun` drops the draft's noun, None when it keeps it; without `participant_counts` a participant
    named only by a common noun (`concrete_participant`) anchors nothing (`_told`)."""
    if draft.trigger.rule != dated_or_placed_noun.__name__ or draft.quote is not None:
        return None
    if draft.kind_head and draft.date is None:
        return "the genitive of a noun of kinds (\"случаи захвата\", \"угроза теракта\")"
    if _anchored(draft):
        return None  # also "Харьковские соглашения", "привела к уничтожению самолета"
    if participant_counts and draft.concrete_participant:
        fired("events", concrete_participant, draft.trigger.start, draft.trigger.end,
              "its own participant is particular people or things, named by a common noun")
        return None
    if participant_counts and draft.comitative_participant:
        fired("events", comitative_participant, draft.trigger.start, draft.trigger.end,
              "its other party is named after 'с', people or an institution")
        return None
    if draft.type in HAPPENING_NOUN_TYPES and not draft.topic_noun and not draft.for_purpose:
        return None
    if wound_noun(draft):
        return None
    if draft.type in GATHERING_TYPES and draft.frame_noun:
        return None
    if told_topic(draft):
        return None
    if draft.topic_noun:
        return "the topic of another word, with no date, place or participant (\"закон о митингах\")"
    if draft.for_purpose:
        return "a purpose, with no date, place or participant (\"для проведения митинга\")"
    return f"a bare '{draft.trigger.lemma}' with no date, place or participant"


@rule("events")
def told_topic(draft: Draft) -> bool:
    """A bare event noun that a word of reporting or telling tells ("сообщили о задержании", "полиция заявила о
    задержании", "объявил о введении санкций": `told_through_carrier`) is the happening told, of a type whose bare
    noun restates one (RESTATED_TYPES; EVENTS.md "Settled by the dev golds"), unlike the topic of other words ("закон
    о митингах", "говорил о выплатах")."""
    if not draft.reported or draft.type not in RESTATED_TYPES:
        return False
    fired("events", told_topic, draft.trigger.start, draft.trigger.end, "the happening a word of telling tells")
    return True


@rule("events")
def wound_noun(draft: Draft) -> bool:
    """A bare noun of a wound (WOUND_NOUNS: "ранение") tells a particular injury, as a happening noun does: it has
    one sense, a wound someone received ("в больнице с огнестрельными ранениями", "скончался от ранений в голову"),
    and so does a fracture that `fracture_sense` let through ("госпитализирован с открытым переломом"); not as another
    word's topic or a purpose ("статистика ранений" stays with `anchored_noun`)."""
    if draft.trigger.lemma not in WOUND_NOUNS | FRACTURE_NOUNS or draft.topic_noun or draft.for_purpose:
        return False
    fired("events", wound_noun, draft.trigger.start, draft.trigger.end, "a wound noun: one sense, a wound received")
    return True


def _anchored(draft: Draft) -> bool:
    """An event noun with a date, a place, a named participant, an acting institution, a place's or a time's
    adjective, or a verb of resulting of its own."""
    return draft.date is not None or draft.has_role("place") or bool(draft.entities()) or draft.by_institution \
        or draft.named_by_adjective or draft.resulted


# a demonstrative or the participle of a verb that carries the happening: "этот визит", "подписанный меморандум"
REFERRING_MODIFIERS = DEMONSTRATIVE_PRONOUNS | CARRIED_EVENT_PARTICIPLES

# prepositions that place a happening in time or as a cause: "после катастрофы", "в результате взрыва"
HAPPENING_PREPOSITIONS = (FRAME_PREPOSITIONS - {"на", "в рамках"}) | frozenset({
    "после", "до", "накануне", "при", "в результате", "из-за", "по итогам", "по итогу", "в день", "в момент",
    "вследствие"})


def _definite(ctx: Context, index: int) -> bool:
    """An event noun that refers to one happening: with a demonstrative or the participle of a verb that carries it
    ("этот визит", "подписанный меморандум"), after a preposition of time
    or cause ("после катастрофы", "в результате взрыва"), as the genitive of a noun of its aspects ("причина
    пожара", "жертвы теракта"), or the subject of a past or passive clause ("катастрофа
    была вызвана ошибкой пилота"; not a generic present: "смерть наступает от ...")."""
    tree = ctx.tree
    if any(lemma_of(tree, child) in REFERRING_MODIFIERS
           for child in tree.kids(index, "det", "amod", "acl")):
        return True  # "этот визит", "подписанный меморандум"
    if tree.preposition(index) in HAPPENING_PREPOSITIONS:
        return True
    token = tree.token(index)
    if base(token.rel) == "nmod" and token.feats.get("Case") == "Gen" and tree.head_of(index) is not None \
            and lemma_of(tree, token.head) in HAPPENING_ASPECT_NOUNS:
        # "участники митинга"; "участники митингов" is any rally, but "в результате взрывов" names the blasts told
        return token.feats.get("Number") != "Plur" or _complex_preposition(tree, token.head)
    if base(token.rel) != "nsubj" or tree.head_of(index) is None:
        return False
    head = tree.token(token.head)
    return head.feats.get("Tense") == "Past" or head.feats.get("Voice") == "Pass" or any(
        tree.token(aux).feats.get("Tense") == "Past" for aux in tree.kids(token.head, "aux", "aux:pass", "cop"))


def _by_institution(tree: Tree, index: int) -> bool:
    """A singular event noun whose genitive names the institution that acts: "решение суда", "постановление
    правительства", "проверка прокуратуры" (a participant named by its kind, not by a name)."""
    if tree.token(index).feats.get("Number") == "Plur":
        return False
    return any(tree.token(child).feats.get("Case") == "Gen" and lemma_of(tree, child) in ORGANIZATION_NOUNS
               for child in tree.kids(index, "nmod"))


def _named_by_adjective(tree: Tree, index: int) -> bool:
    """An event noun with a capitalized adjective inside its sentence, a place's ("Харьковские соглашения",
    "Ялтинская конференция", "Минские договоренности"), or with an adjective of a day or a recent time ("вчерашний
    штраф", "недавний визит"): it names one happening."""
    token = tree.token(index)
    for child in tree.kids(index, "amod"):
        adjective = tree.token(child)
        if lemma_of(tree, child) in TIME_ADJECTIVES:
            return True
        first = child == 0 or tree.token(child - 1).sentence != adjective.sentence \
            or tree.token(child - 1).pos == "PUNCT"  # after a quotation mark: a sentence's or a quote's first word
        if adjective.pos == "ADJ" and adjective.text[:1].isupper() and not first \
                and adjective.sentence == token.sentence:
            return True
    return False


def _concrete(tree: Tree, index: int) -> bool:
    """A participant noun phrase that names particular people or things, not a kind: people (an animate noun:
    "водителя", "заложников"), a counted phrase ("двух самолетов"), one with a demonstrative ("этого судна"), or a
    personal pronoun ("него"); a noun of quantity is as concrete as its genitive ("тысяч людей", "группы
    активистов"; not "ряда статей")."""
    token = tree.token(index)
    if token.pos == "PRON":
        return lemma_of(tree, index) in PERSONAL_PRONOUNS or token.text.lower() in PERSONAL_PRONOUNS
    if token.pos != "NOUN":
        return False
    if lemma_of(tree, index) in QUANTITY_NOUNS:
        return any(tree.token(child).feats.get("Case") == "Gen" and tree.preposition(child) is None
                   and _concrete(tree, child) for child in tree.kids(index, "nmod"))
    return token.feats.get("Animacy") == "Anim" or counted(tree, index) \
        or any(lemma_of(tree, child) in DEMONSTRATIVE_PRONOUNS for child in tree.kids(index, "det"))


def _conditioned(tree: Tree, index: int) -> bool:
    """The verb an event noun hangs on is under a condition through its first conjunct: "Если подстрекательство
    сопровождалось призывами … и обернулось смертью двух несовершеннолетних" (a law's case, not a happening)."""
    verb, seen = tree.head_of(index), set()
    while verb is not None and verb not in seen and tree.token(verb).pos == "VERB":
        if conditional(tree, predicate_chain(tree, verb)):
            return True
        seen.add(verb)
        verb = tree.head_of(verb) if base(tree.token(verb).rel) == "conj" else None  # "сопровождалось … и обернулось"
    return False


@rule("events")
def concrete_participant(tree: Tree, index: int) -> bool:
    """A bare event noun names one happening when its own participant is a concrete noun phrase, though no named
    entity: a bare genitive of people, counted or with a demonstrative ("гибель тысяч невинных людей", "задержание
    водителя", "освобождение заложников", "уничтожение двух самолетов", "захват этого судна") or a possessive of
    persons ("его арест", "их встреча"). A kind genitive names no participant ("меры поддержки", "угроза
    теракта": the event noun is the genitive there), nor does a goal ("подготовка к выборам"). A plural event noun
    ("аресты журналистов") is any of its kind unless its participant is counted or pointed at."""
    token = tree.token(index)
    plural = token.feats.get("Number") == "Plur" and lemma_of(tree, index) not in PLURALE_TANTUM
    if not plural and any(fold(tree.token(child).text) in PERSON_POSSESSIVES
                          or lemma_of(tree, child) in PERSON_POSSESSIVES for child in tree.kids(index, "det", "nmod")):
        return True
    for child in tree.kids(index, "nmod"):
        if tree.token(child).feats.get("Case") != "Gen" or tree.preposition(child) is not None:
            continue
        if plural and not (counted(tree, child) or any(lemma_of(tree, kid) in DEMONSTRATIVE_PRONOUNS
                                                        for kid in tree.kids(child, "det"))):
            continue
        if _concrete(tree, child):
            return True
    return False


@rule("events")
def comitative_participant(tree: Tree, index: int) -> bool:
    """A singular bare event noun names one happening when it names its other party after "с" (`party`: people, an
    institution, a name, a pronoun) — "к объективному и конструктивному разговору с американскими партнерами",
    "переговоры с правительством"; not a thing or a field ("борьба с коррупцией"), nor a plural, which is any of its
    kind ("встречи с избирателями")."""
    token = tree.token(index)
    if token.feats.get("Number") == "Plur" and lemma_of(tree, index) not in PLURALE_TANTUM:
        return False
    return any(tree.preposition(child) in ("с", "со") and tree.token(child).feats.get("Case") == "Ins"
               and party(tree, child) for child in tree.kids(index, "nmod"))


def _resulted(tree: Tree, index: int) -> bool:
    """The event noun is what a verb of resulting leads to: "привела к уничтожению самолета"."""
    head = tree.head_of(index)
    return head is not None and tree.preposition(index) == "к" and lemma_of(tree, head) in RESULT_VERBS


def _complex_preposition(tree: Tree, index: int) -> bool:
    """The noun is the nominal part of a preposition of time or cause: "результате" of "в результате"."""
    preposition = tree.preposition(index)
    return preposition is not None and f"{preposition} {tree.word(index)}" in HAPPENING_PREPOSITIONS


def _in_name(ctx: Context, start: int, end: int) -> bool:
    """The span lies inside a named mention that is longer than it (an organization's or a place's name), or it is
    the short name of a body the text names in full ("Конгресс" of "Конгресс США": the congress is the body)."""
    return any(mention.start <= start and end <= mention.end
               and ((mention.start, mention.end) != (start, end) or _short_name(entity))
               for entity in ctx.doc.entities if entity.type in ("ORG", "LOC")
               # `names()` is a subset of the mentions: an entity none of whose mentions holds the span is skipped
               if any(other.start <= start and end <= other.end for other in entity.mentions)
               for mention in entity.names())


def _short_name(entity: EntityAnn) -> bool:
    """An organization whose key has more words than one: its one-word mentions are short names of a body known in
    full ("конгресс сша"), not event nouns the tagger took for a name."""
    return entity.type == "ORG" and len(entity.key.split(":", 1)[-1].split()) > 1


def _quoted_name(ctx: Context, trigger: Trigger) -> bool:
    """The event noun opens a short quoted name with a proper name after it and no verb: "закон Магнитского"
    in quotation marks, "Акт Магнитского" (a law's or a campaign's name, not a happening)."""
    text, start = ctx.doc.text, trigger.start
    if trigger.verb is not None or start == 0 or text[start - 1] not in OPENING_QUOTE_MARKS:
        return False
    close = next((i for i in range(trigger.end, min(len(text), trigger.end + 60)) if text[i] in CLOSING_QUOTE_MARKS),
                 None)
    if close is None or "\n" in text[start:close]:
        return False
    inside = [token for token in ctx.doc.tokens if start <= token.start and token.end <= close]
    return 1 < len(inside) <= 4 and all(token.pos != "VERB" for token in inside) \
        and any(token.text[:1].isupper() for token in inside[1:])


def _work_title(ctx: Context, start: int) -> bool:
    """The event noun lies inside a quoted name right after a noun of works ("книга «Смерть диссидента»", "фильм
    «Взрыв»"): a title, no happening."""
    text = ctx.doc.text
    opening = _last_opening_mark(text, start)
    if opening is None or opening == 0 or not text[opening - 1].isspace() or text[opening + 1].isspace() \
            or "\n" in text[opening:start] \
            or any(mark in text[opening + 1:start] for mark in CLOSING_QUOTE_MARKS - OPENING_QUOTE_MARKS):
        return False  # an opening mark stands after a space, before a word (a straight one may close a name)
    last = ctx.doc.token_at(opening) - 1  # the last token that ends by the opening mark
    return last >= 0 and ctx.doc.tokens[last].end == opening - 1 and ctx.tree.lemma(last) in TITLED_NOUNS


def _last_opening_mark(text: str, start: int) -> int | None:
    """The offset of the last opening quotation mark among the TITLE_WINDOW characters before `start`, or None: one
    `rfind` per mark in C, not a Python step per character."""
    found = max(text.rfind(mark, max(0, start - TITLE_WINDOW), start) for mark in OPENING_QUOTE_MARKS)
    return found if found >= 0 else None


TITLE_OPENING = re.compile(r"Об?о?\s")  # the title of an act: "О внесении изменений ...", "Об амнистии"
TITLE_WINDOW = 150  # characters back to the opening quotation mark of a title


def _in_title(text: str, start: int, end: int) -> bool:
    """The event noun lies inside the quoted title of an act, which opens with "О"/"Об" ("закон "О внесении изменений
    в закон об амнистии"", "постановление "Об объявлении амнистии""): a name, no happening."""
    opening = max(text.rfind(mark, max(0, start - TITLE_WINDOW), start) for mark in OPENING_QUOTE_MARKS)
    if opening < 0 or not TITLE_OPENING.match(text, opening + 1) or "\n" in text[opening:start]:
        return False
    if any(mark in text[opening + 1:start] for mark in CLOSING_QUOTE_MARKS - OPENING_QUOTE_MARKS):
        return False
    return any(text[i] in CLOSING_QUOTE_MARKS for i in range(end, min(len(text), end + 2 * TITLE_WINDOW)))


def _purpose(ctx: Context, index: int) -> bool:
    """An event noun of purpose or field: "комиссия по расследованию", "для обсуждения", "склонение к
    самоубийству", "деньги на выплату" ("на" + Acc; "на совещании" frames a clause), also through a noun of
    organizing ("для проведения митинга")."""
    tree = ctx.tree
    token = tree.token(index)
    if _organized(tree, index):
        index = token.head  # "для проведения митинга": the noun of organizing carries the purpose
    preposition = tree.preposition(index)
    accusative = ctx.doc.tokens[index].feats.get("Case") == "Acc"
    return preposition in KIND_PREPOSITIONS or (preposition == "на" and accusative)


def _organized(tree: Tree, index: int) -> bool:
    """The event noun is the genitive of a noun of organizing or taking part ("проведения митинга")."""
    token = tree.token(index)
    return base(token.rel) == "nmod" and token.feats.get("Case") == "Gen" and tree.head_of(index) is not None \
        and lemma_of(tree, token.head) in ORGANIZING_NOUNS


def _for_purpose(ctx: Context, index: int) -> bool:
    """An event noun that names what something is for: "для митинга", "для проведения митинга", "к проведению
    выборов" (a purpose, not a happening told)."""
    tree = ctx.tree
    if _organized(tree, index):
        return tree.preposition(tree.token(index).head) in ORGANIZED_PURPOSE_PREPOSITIONS
    return tree.preposition(index) == "для"


def _under_kind_noun(ctx: Context, index: int) -> bool:
    """The event noun is the genitive of a noun of kinds ("случаи захвата", "угроза теракта", "меры поддержки"), or
    any one of its kind ("любой акции", "всякие переговоры"), or what is feared or avoided ("боится протеста", "не
    опасаясь ареста"), or the bare plural genitive of a noun of a happening's people ("участники митингов"); also
    through a noun of organizing ("процедура организации переговоров", "порядок проведения выборов")."""
    token = ctx.tree.token(index)
    if any(lemma_of(ctx.tree, child) in FREE_CHOICE_WORDS for child in ctx.tree.kids(index, "det", "amod")):
        return True
    if base(token.rel) in ("obj", "obl") and ctx.tree.head_of(index) is not None \
            and lemma_of(ctx.tree, token.head) in FEAR_VERBS:
        return True
    if token.feats.get("Number") == "Plur" and lemma_of(ctx.tree, index) not in PLURALE_TANTUM \
            and ctx.tree.preposition(index) is None and base(token.rel) == "nmod" \
            and ctx.tree.head_of(index) is not None and lemma_of(ctx.tree, token.head) in HAPPENING_PEOPLE_NOUNS:
        return True  # "участникам митингов": any rally's participants
    if _organized(ctx.tree, index):
        index, token = token.head, ctx.tree.token(token.head)  # "процедура организации переговоров": the kind's
    return base(token.rel) == "nmod" and token.feats.get("Case") == "Gen" and ctx.tree.head_of(index) is not None \
        and lemma_of(ctx.tree, token.head) in KIND_HEAD_NOUNS and not _threat_of_one(ctx.tree, index)


# prepositions under which a threat is one that arose ("эвакуированы из-за угрозы взрыва", "под угрозой увольнения")
THREAT_FRAME_PREPOSITIONS = frozenset({"из-за", "под", "ввиду", "в связи с"})


def _threat_of_one(tree: Tree, index: int) -> bool:
    """A singular event noun in the genitive of a singular threat (THREAT_NOUNS) that arose, as a cause or a state
    someone is in ("эвакуированы из-за угрозы взрыва", "оказался под угрозой увольнения") or as the subject of a past
    clause ("угроза взрыва оказалась ложной"): one possible happening, which modality gives as hypothetical; not a
    threat in general ("угроза терактов", "угроза теракта сохраняется")."""
    head = tree.head_of(index)
    if head is None or lemma_of(tree, head) not in THREAT_NOUNS or tree.token(index).feats.get("Number") != "Sing" \
            or tree.token(head).feats.get("Number") != "Sing":
        return False
    if tree.preposition(head) in THREAT_FRAME_PREPOSITIONS:
        return True
    clause = tree.head_of(head)
    if base(tree.token(head).rel) != "nsubj" or clause is None:
        return False
    return tree.token(clause).feats.get("Tense") == "Past" or any(
        tree.token(aux).feats.get("Tense") == "Past" for aux in tree.kids(clause, "aux", "cop"))


@rule("events")
def threatened_happening(draft: Draft, tree: Tree) -> bool:
    """A singular event noun that a threat that arose has in its genitive (`_threat_of_one`) is one possible
    happening even bare (EVENTS.md: "hypothetical (conditional, possible …)"): "эвакуированы из-за угрозы взрыва",
    "оказался под угрозой увольнения"."""
    return draft.trigger.verb is None and not draft.topic_noun and not draft.for_purpose \
        and _threat_of_one(tree, draft.trigger.token)


@rule("events")
def approached_happening(draft: Draft, tree: Tree) -> bool:
    """A singular event noun that is the goal of a verb of a course toward it (APPROACH_VERBS, with "к"+Dat) is the
    one prospective happening its subject prepares, turns to, comes near or calls for, even bare: "Слуцкий
    готовится к отставке", "участники переговоров должны перейти к согласованию технических аспектов", "ситуация
    подходит к соглашению", "Мы призываем к немедленному освобождению наших коллег". A plural is any of its kind
    ("призывают к протестам"), as is the goal of a noun ("склонение к самоубийству", which `_purpose` reads as a
    kind) or a topic, a purpose or the genitive of a noun of kinds."""
    if draft.trigger.verb is not None or not draft.trigger.nominal or draft.plural or draft.topic_noun \
            or draft.kind_head or draft.for_purpose:
        return False
    index = draft.trigger.token
    head = tree.head_of(index)
    return head is not None and tree.preposition(index) in GOAL_PREPOSITIONS \
        and base(tree.token(index).rel) in ("obl", "iobj") and tree.token(head).pos == "VERB" \
        and lemma_of(tree, head) in APPROACH_VERBS


@rule("events")
def demanded_happening(draft: Draft, tree: Tree) -> bool:
    """A singular event noun that a demand asks for is the one act demanded, even bare (EVENTS.md: "hypothetical
    (… demanded …)"; modality gives it so): what is advocated or asked for with "за" (`modality.advocacy`:
    "выступили за отставку", "за освобождение потребовали выкуп"), the object of a verb of asking (ASKING_VERBS:
    "потребовали отставки", "похитители потребовали выкуп", "требовали выплаты выкупа") or the genitive or
    "о/об/к" complement of a noun of demand ("с требованием расследования", "просьба об отставке", "призыв об
    отставке … и расследовании"), through the first of coordinated nouns and a noun of organizing ("потребовали
    проведения расследования"). Not a plural (any of its kind), nor a demand under a word of a right or a need in
    general (ENTITLEMENT_WORDS: "собственник вправе потребовать выкупа", "надо требовать компенсации"), a negated or
    an absent one ("не требовал компенсации", "без требования о выплате"), nor a noun of speech, which in a
    demand's genitive is as often its author ("исковые требования музыкального критика"), nor a decree's noun, which
    a demand asks for in its other sense ("вопрос требует решения": a solving; "требуя указания первоисточников": a
    citing)."""
    if draft.trigger.verb is not None or not draft.trigger.nominal or draft.plural or draft.kind_head \
            or draft.for_purpose or draft.type in SPEECH_TYPES \
            or draft.type == "decree":  # "требования критика": the critic who demands; "требует решения": solving
        return False
    index = governed_noun(tree, draft.trigger.token)
    token, head = tree.token(index), tree.head_of(index)
    if head is None or token.pos != "NOUN":
        return False
    if advocacy(tree, index):
        return True  # "выступили за отставку", "за освобождение потребовали выкуп"
    rel, preposition, word = base(token.rel), tree.preposition(index), lemma_of(tree, head)
    if word in EVENT_NOUNS["demand"] and tree.token(head).pos == "NOUN":
        if tree.preposition(head) == "без":
            return False  # "освобождены без требования о выплате выкупа": no demand made
        return rel == "nmod" and (preposition in MODAL_NOUN_PREPOSITIONS
                                  or (preposition is None and token.feats.get("Case") == "Gen"))
    if word not in ASKING_VERBS or tree.token(head).pos != "VERB" or rel != "obj" or preposition is not None \
            or tree.negated(head):  # "не требовал компенсации": nothing asked
        return False
    governor = tree.head_of(head)
    return not (governor is not None and base(tree.token(head).rel) in ("xcomp", "csubj")
                and lemma_of(tree, governor) in ENTITLEMENT_WORDS)


@rule("events")
def exchanged_happening(draft: Draft, tree: Tree) -> bool:
    """A singular event noun given in exchange ("в обмен на их возможное освобождение", "снятие санкций в обмен на
    подписание соглашения") is the one act a deal offers or asks for, even bare; modality gives it the deal's
    (`modality.exchange_deal`: demanded, possible or done)."""
    if draft.trigger.verb is not None or not draft.trigger.nominal or draft.plural:
        return False
    return exchange_deal(tree, draft.trigger.token) is not None


def _reported(ctx: Context, index: int) -> bool:
    """The event noun is the topic of a word of reporting or telling ("сообщается о взрыве", "сообщения об аресте",
    "заявило о поддержке")."""
    head = ctx.tree.head_of(index)
    return head is not None and lemma_of(ctx.tree, head) in REPORTING_WORDS | TELLING_VERBS


@rule("events")
def told_through_carrier(ctx: Context, index: int) -> bool:
    """An event noun in the genitive of a noun that carries it (TOLD_CARRIER_NOUNS), that noun being what a word of
    reporting or telling tells in "о/об": the happening told ("МИД объявил о введении санкций против 50 россиян",
    "СК сообщил о завершении расследования"; EVENTS.md "Settled by the dev golds"), as the bare topic is
    ("сообщили о задержании")."""
    tree = ctx.tree
    token = tree.token(index)
    carrier = tree.head_of(index)
    if carrier is None or base(token.rel) != "nmod" or token.feats.get("Case") != "Gen" \
            or tree.token(carrier).pos != "NOUN" or lemma_of(tree, carrier) not in TOLD_CARRIER_NOUNS \
            or tree.preposition(carrier) not in TOPIC_PREPOSITIONS or not _reported(ctx, carrier):
        return False
    fired("events", told_through_carrier, token.start, token.end,
          f"told through '{tree.token(carrier).text}', the topic of '{lemma_of(tree, tree.head_of(carrier))}'")
    return True


def _told(draft: Draft) -> bool:
    """The text tells this event itself: a verb, a light verb or an occurrence verb, or an event noun anchored by a
    date, a place or a named participant (one whose participant is only a common noun, `concrete_participant`, may
    be a law's or a plan's case: "обернулось смертью двух несовершеннолетних")."""
    if draft.quote is not None:
        return False
    if draft.trigger.rule != dated_or_placed_noun.__name__:
        return True  # a noun kept by its common-noun participant alone keeps no other bare noun of its type
    return _unanchored_reason(draft, participant_counts=False) is None


@rule("events")
def told_twice(draft: Draft) -> bool:
    """A bare event noun that carries a happening an order or an attempt beside it tells again ("принято решение о
    задержании", "обвиняется в покушении на убийство": `detection.told_once` dropped the other) is that happening,
    told by the text, never a kind."""
    return draft.trigger.carries


@rule("events")
def told_happening(draft: Draft, told: frozenset[str]) -> bool:
    """A bare event noun restates a happening of its type that the document tells elsewhere: "Самолет разбился при
    посадке … Катастрофа была вызвана ошибкой пилота", "министры встретились в Минске … После встречи". Only for
    types whose nouns name a happening once one is told (RESTATED_TYPES: no laws or payments, whose nouns name
    documents and kinds as often); a plural only when it refers ("после этих встреч"), since a bare plural names a
    kind as often ("участники митингов"); never as the purpose or field of another noun ("комиссия по
    расследованию", "для обсуждения", "деньги на выплату", "склонение к самоубийству") or as a topic ("закон о
    митингах")."""
    if draft.type not in told or draft.type not in RESTATED_TYPES or draft.topic_noun or draft.kind_noun \
            or draft.kind_head or (draft.trigger.lemma in DOCUMENT_NOUNS and draft.type not in RECORDED_TYPES):
        return False  # a letter: a document as often as a happening (a sentence is its verdict's own record, a
        # deal's paper its agreement's: "соглашение" restates the agreement the text tells)
    return draft.trigger.verb is None and (draft.definite or not draft.plural)


# incidents whose singular noun, once it refers by form, tells one happening even when the text tells it no other way
REFERRING_INCIDENT_TYPES = frozenset({"accident", "explosion", "fire", "death", "injury", "damage"})
# prepositions that only order the text's time around a happening ("после авиакатастрофы"): a cross-reference to one
# told elsewhere as often as a telling
CROSS_REFERENCE_PREPOSITIONS = frozenset({"после", "до", "накануне", "в день"})


@rule("events")
def referring_incident(draft: Draft, tree: Tree) -> bool:
    """A singular incident noun that refers by its form tells a happening even when nothing else in the text tells
    one of its type: as the cause or the moment of what the sentence tells ("В результате взрыва погибли 168
    человек", "в момент взрыва", "при пожаре"), with a demonstrative, as the genitive of a noun of its aspects
    ("причина пожара") or as the subject of a past clause ("катастрофа была вызвана ошибкой пилота"); never a topic,
    a purpose or a kind, nor after a preposition that only orders time ("после авиакатастрофы")."""
    if draft.type not in REFERRING_INCIDENT_TYPES or draft.trigger.verb is not None or not draft.definite \
            or draft.plural or draft.topic_noun or draft.kind_noun or draft.kind_head or draft.for_purpose:
        return False
    return tree.preposition(draft.trigger.token) not in CROSS_REFERENCE_PREPOSITIONS


ATTITUDE_TYPES = frozenset({"support"})  # "поддержка", "одобрение": a level of backing as often as an act of it


@rule("events")
def past_subject(draft: Draft, tree: Tree) -> bool:
    """A singular event noun that is the subject of a past clause tells the one happening the clause says something
    of, whatever its type ("Проверка показала, что ...", "Заседание было долгим", "был удовлетворен иск"); not a
    present one ("звонок не считается междугородным": any call), a document ("ордер не был действующим"), a noun of
    attitude ("одобрение деятельности снизилось": a rating), a topic, a purpose or a kind."""
    if draft.trigger.verb is not None or draft.plural or draft.topic_noun or draft.kind_noun or draft.kind_head \
            or draft.for_purpose or draft.trigger.lemma in DOCUMENT_NOUNS or draft.type in ATTITUDE_TYPES:
        return False
    token = tree.token(draft.trigger.token)
    if base(token.rel) != "nsubj" or tree.head_of(draft.trigger.token) is None:
        return False
    head = tree.token(token.head)
    auxiliaries = [tree.token(aux).feats.get("Tense") for aux in tree.kids(token.head, "aux", "aux:pass", "cop")]
    if head.feats.get("VerbForm") == "Part" or auxiliaries:  # a participle's own tense is no clause's: "будет
        return "Past" in auxiliaries  # увеличена оплата" is ahead, "был удовлетворен иск" past
    return head.feats.get("Tense") == "Past"


@rule("events")
def inside_name(draft: Draft) -> str | None:
    """An event noun inside a name is part of the name, no event: "Международная амнистия", "Центр поддержки НПО",
    "Организация Североатлантического договора", a quoted name ("закон Магнитского" in quotation marks), the quoted
    title of an act ("закон "О внесении изменений в закон об амнистии"") or of a work ("книга "Смерть диссидента"")."""
    if not draft.trigger.nominal or draft.trigger.verb is not None or not draft.in_name:
        return None
    return "part of a name"


# an article of a code cited by number: "статьи 105", "ст. 264 УК РФ", "части 2 статьи 111 УК", with its part or
# point after the number ("ст. 105 ч. 2", "ст.162 ч.4 п "а""), a comma typed for the abbreviation's point ("ст,
# 216"), further articles or parts joined by "и" or a comma ("ст. 295 и 222 УК РФ", "ст. 30 и ч. 1 ст. 105"), and
# the code named with its state ("УК России", "УК Украины") or in words ("Уголовного кодекса")
_ARTICLE_NUMBER = r"(?:\d[\d.]*(?:-\d+)?[а-я]?|\"[а-я]\")"
CITED_ARTICLE = re.compile(rf"(?:стать[яиеюй]|ст[.,])\s*{_ARTICLE_NUMBER}"
                           rf"(?:\s*(?:,|и)?\s*(?:(?:ч|част[ьию]|п|пункт[а]?|ст|стать[яиеюй])\.?\s*)?{_ARTICLE_NUMBER})*"
                           r"(?:\s+(?:УК|КоАП|ГК|НК|АПК|ГПК|УПК|Уголовного\s+кодекса)(?:\s+[а-яё]+)?)?\s*$",
                           re.IGNORECASE)
# one of several articles listed by number after "статьям": "по трем статьям УК РФ: 206 (захват заложников), 105
# (убийство) и 317 (...)", each number with its offence in parentheses
LISTED_ARTICLE = re.compile(r"(?:стать(?:ям|ями|ях|и)|ст\.)[^()\n]*?(?:\([^()\n]*\)[^()\n]*?)*\b\d[\d.]*\s*$",
                            re.IGNORECASE)
CITATION_WINDOW = 200  # characters back to look for the parenthesis of a citation


def _cited_offence(text: str, start: int) -> bool:
    """The offset lies inside a parenthesis that follows a cited article: "по части 2 статьи 105 (убийство двух или
    более лиц)" names the offence the article defines, a kind, not the happening; so does one after each number of
    articles listed ("по статьям УК РФ: 206 (захват заложников), 105 (убийство)"), and an offence named in quotes
    (`_quoted_offence`)."""
    if _quoted_offence(text, start):
        return True
    before = text[max(0, start - CITATION_WINDOW):start]
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:] or "\n" in before[opening:]:
        return False
    return CITED_ARTICLE.search(before[:opening]) is not None or LISTED_ARTICLE.search(before[:opening]) is not None


# a law's article cited before the quoted name of its offence: by its number ("статьи 137 УК РФ", "ст. 212") or as
# what a case is brought under ("по статье", "по двум статьям УК РФ -"); not a newspaper's article ("за статью",
# "в статье")
QUOTING_ARTICLE = re.compile(r"(?:\bпо\s+(?:[а-яё]+\s+)?(?:стать(?:е|ям)|ст\.)\s*(?:\d[\d.]*\s*)?"
                             r"|(?:\bстать(?:я|е|и|ю|ей|ям|ями|ях)|\bст\.)\s*\d[\d.]*\s*)"
                             r"(?:(?:УК|КоАП|ГК|НК|АПК|ГПК|УПК)(?:\s+РФ)?\s*)?[^\w\s]?\s*$", re.IGNORECASE)
# offence names quoted before the current one in a list: '"Убийство", "Покушение на убийство" и '
QUOTED_BEFORE = re.compile(f"(?:[{re.escape(QUOTE_MARKS)}][^{re.escape(QUOTE_MARKS)}\\n]{{1,150}}"
                           f"[{re.escape(QUOTE_MARKS)}]\\s*(?:,|и|или|а также)\\s*)*$")
# an article in parentheses right after a quoted name: '"умышленное убийство" (ст. 105)'
ARTICLE_AFTER = re.compile(r"\s*\(\s*(?:ст\.|стать|ч\.\s*\d)", re.IGNORECASE)


def _quoted_offence(text: str, start: int) -> bool:
    """An event word inside quotes that name a cited article's offence: after the article ('возбуждено дело по
    статьям "Убийство", "Покушение на убийство"', 'по статье "халатность"') or before its number in parentheses
    ('по статьям "терроризм" и "умышленное убийство" (ст. 105)'): the name of a crime, no happening."""
    line = text.rfind("\n", 0, start) + 1
    opening = last_open_quote(text[line:start])
    if opening < 0:
        return False
    prefix = text[max(line, start - CITATION_WINDOW):line + opening]
    listed = QUOTED_BEFORE.search(prefix)
    if QUOTING_ARTICLE.search(prefix[:listed.start()] if listed else prefix):
        return True
    closing = min((index for index in (text.find(mark, start) for mark in CLOSING_QUOTE_MARKS) if index >= 0),
                  default=-1)
    return closing >= 0 and "\n" not in text[start:closing] and ARTICLE_AFTER.match(text, closing + 1) is not None


@rule("events")
def cited_offence(draft: Draft) -> str | None:
    """An event word in the parenthesis after a cited article names the offence the article defines, no happening:
    "возбуждено дело по статье 105 (убийство)", "статьи 264 УК РФ (нарушение правил, повлекшее смерть человека)"."""
    if not draft.cited_offence or draft.quote is not None:
        return None
    return "names the offence of a cited article"


@rule("events")
def thing_undergoer(draft: Draft, tree: Tree) -> str | None:
    """A noun whose event sense befalls a person names something else with a thing in the genitive
    (PERSON_EVENT_NOUNS): "назначение министра" is an appointment, "целевое назначение объекта" a purpose;
    "освобождение заложников" a release, "освобождение территории" no release of anyone."""
    if not draft.trigger.nominal or draft.trigger.verb is not None or draft.trigger.lemma not in PERSON_EVENT_NOUNS:
        return None
    head = tree.head_of(draft.trigger.token)
    if draft.type == "detention" and (seized := seized_thing(tree, draft.trigger.token if head is None else head,
                                                             draft.trigger.token)) is not None:
        return f"'на {tree.token(seized).text}': property or money seized, no one held"  # "арест наложен на счета"
    for child in tree.kids(draft.trigger.token, "nmod"):
        token = tree.token(child)
        if token.feats.get("Case") == "Gen" and token.pos == "NOUN" and token.feats.get("Animacy") == "Inan" \
                and tree.preposition(child) is None and lemma_of(tree, child) not in ORGANIZATION_NOUNS:
            return f"'{token.text}' is a thing: another sense of '{draft.trigger.lemma}'"
    return None


@rule("events")
def idiom_sense(draft: Draft, tree: Tree) -> str | None:
    """An event noun in a prepositional phrase of another sense (IDIOM_PREPOSITIONS): "варианты попали в распоряжение
    издания" is at its disposal, no order."""
    if not draft.trigger.nominal or draft.trigger.verb is not None:
        return None
    preposition = tree.preposition(draft.trigger.token)
    if preposition in IDIOM_PREPOSITIONS.get(draft.trigger.lemma, frozenset()):
        return f"'{preposition} {tree.token(draft.trigger.token).text}': another sense of '{draft.trigger.lemma}'"
    return None


@rule("events")
def status_locative(draft: Draft, tree: Tree) -> str | None:
    """An event noun of STATUS_LOCATIVE_NOUNS in "в" + the locative is the status its happening left, no happening:
    "захвачен группой во главе с майором в отставке", "офицеры в отставке и резервисты" (retired); the accusative
    ("ушел в отставку"), other prepositions ("заявил об отставке") and a locative under another verb ("обвинил в
    отставке губернатора") tell the resignation; the status is a person's ("майор в отставке") or is stated by a verb
    of being (STATE_BEING_VERBS: "давно находится в отставке"), or a person noun stands right before it, wherever the
    parser hangs it ("во главе с майором в отставке Антауро Умалой")."""
    index = draft.trigger.token
    if not draft.trigger.nominal or draft.trigger.verb is not None or draft.trigger.lemma not in STATUS_LOCATIVE_NOUNS:
        return None
    if tree.preposition(index) not in ("в", "во") or tree.token(index).feats.get("Case") != "Loc":
        return None
    if _whose_happening(tree, index):
        return None  # "президент в отставке министра видит выход": the minister's resignation
    head, before = tree.head_of(index), tree.token(index - 2) if index >= 2 else None
    person_before = before is not None and before.pos in ("NOUN", "PROPN") and before.feats.get("Animacy") == "Anim"
    if head is not None and tree.token(head).pos not in ("NOUN", "PROPN") \
            and tree.lemma(head) not in STATE_BEING_VERBS and not person_before:
        return None  # "видит в отставке сигнал": the resignation itself; "майором в отставке" hung on the verb stays
    return f"'в {tree.token(index).text}': a status, no happening"


# prepositions of custody and the case of a detention noun under them that names the state of being held
# (`custody_status`): "под домашним арестом", "из-под ареста"; the accusative after "под" is the act ("под арест")
CUSTODY_PREPOSITIONS: dict[str, str] = {"под": "Ins", "из-под": "Gen"}


@rule("events")
def custody_status(draft: Draft, tree: Tree) -> str | None:
    """A detention noun in the instrumental after "под" is the custody one is in, a state, no happening of
    detention: "находится под домашним арестом", "содержался под арестом", "суд оставил акции под арестом"; so is
    one after "из-под", whose release is the happening ("освобожден из-под ареста", "бежавший из-под домашнего
    ареста"). The accusative tells the act ("поместили под домашний арест", "отправил под арест"), and so does a
    light verb's phrase ("взят под стражу")."""
    if draft.type != "detention" or not draft.trigger.nominal or draft.trigger.verb is not None:
        return None
    index = draft.trigger.token
    preposition = tree.preposition(index)
    if preposition not in CUSTODY_PREPOSITIONS or tree.token(index).feats.get("Case") != \
            CUSTODY_PREPOSITIONS[preposition]:
        return None
    return f"'{preposition} {tree.token(index).text}': the custody one is in, a state, no detention"


@rule("events")
def legislature_seat(draft: Draft, tree: Tree) -> str | None:
    """A meeting noun that also names a legislature (PARLIAMENT_NOUNS: "конгресс") after "в"/"во" is the body one
    sits in, is sent to or speaks in — a gathering is "на" ("на конгрессе в Берлине", "прибытие на Конгресс") — and
    in the bare dative the body one reports to: "представителей в конгрессе", "выступление Коми в конгрессе",
    "выдвинул в конгресс возражения", "подтвердил конгрессу"; not one taken part in ("участие в конгрессе", "в
    конгрессе приняли участие": PARTICIPATION_WORDS), nor a group's congress (`_group_gathering`: "в конгрессе
    партии", "в конгрессе нейрохирургов"), nor an election's phrase ("прошли в бундестаг" is no meeting)."""
    index = draft.trigger.token
    if draft.type != "meeting" or not draft.trigger.nominal or lemma_of(tree, index) not in PARLIAMENT_NOUNS:
        return None
    word, preposition = tree.token(index).text, tree.preposition(index)
    if _group_gathering(tree, index):
        return None
    if preposition in ("в", "во"):
        head = tree.head_of(index)
        if head is not None and (lemma_of(tree, head) in PARTICIPATION_WORDS
                                 or any(lemma_of(tree, kid) in PARTICIPATION_WORDS for kid in tree.kids(head, "obj"))):
            return None
        return f"'{preposition} {word}': a legislature one sits in or is sent to, no gathering"
    if preposition is None and tree.token(index).feats.get("Case") == "Dat":
        return f"'{word}' in the dative: a legislature addressed, no gathering"
    return None


def _group_gathering(tree: Tree, index: int) -> bool:
    """The meeting noun has a bare genitive of people or of an organization: the congress of a group, a gathering
    ("в конгрессе партии", "в конгрессе кардиологов"), not a legislature, whose genitive is a place ("в конгрессе
    США", "в конгрессе штата")."""
    for kid in tree.kids(index, "nmod"):
        token = tree.token(kid)
        if tree.preposition(kid) is None and token.feats.get("Case") == "Gen" and token.pos == "NOUN" \
                and (token.feats.get("Animacy") == "Anim" or lemma_of(tree, kid) in ORGANIZATION_NOUNS):
            return True
    return False


# the names of outlets: a talk with one is an interview (`press_talk`: "в беседе с RT", "в беседе с AP")
PRESS_NAME_WORDS = AGENCY_NAME_WORDS | MEDIA_NAME_WORDS


@rule("events")
def press_talk(draft: Draft, tree: Tree) -> str | None:
    """A talk (TALK_WORDS) whose other party after "с" is the press — a journalist, a correspondent, an outlet
    (PRESS_PARTY_NOUNS) or an outlet's name (PRESS_NAME_WORDS) — is an interview: the frame of what is said, which
    quotes tell, no meeting or contact (as "в интервью" is none): "заявил в беседе с журналистами", "В беседе с
    агентством AP оппозиционер выразил уверенность", "пояснил в беседе с RT", "беседуя с репортерами", "подвел итог в
    разговоре с журналистами"; not "в беседе с премьером Путиным", "побеседовал с ним", "беседа с небольшой группой
    боевиков"."""
    index = draft.trigger.token
    if draft.type not in ("meeting", "contact") or lemma_of(tree, index) not in TALK_WORDS:
        return None
    for child in tree.kids(index, "nmod", "obl"):
        if tree.preposition(child) in ("с", "со") and _press(tree, child):
            return f"'{tree.token(index).text} с {tree.token(child).text}': an interview, the frame of a quote, " \
                "no meeting or contact"
    return None


def _press(tree: Tree, index: int) -> bool:
    """The noun is the press: a word of it ("журналистами", "изданием") or an outlet's name, on the noun or in its
    name ("с RT", "с агентством AP", "с РИА «Новости»")."""
    if lemma_of(tree, index) in PRESS_PARTY_NOUNS:
        return True
    return any(fold(tree.token(word).text.strip(QUOTE_MARKS)) in PRESS_NAME_WORDS
               for word in (index, *tree.kids(index, "flat", "appos", "nmod")))


@rule("events")
def exchanged_words(draft: Draft, tree: Tree) -> str | None:
    """An exchange is of prisoners, bodies or notes; what parties trade in the bare instrumental that is itself a
    happening's noun — a statement, an accusation, a blow (NOUN_TYPES) — is that happening, which its noun or a
    quote tells, and so is a word of courtesy or offence (EXCHANGED_WORDS), which is speech: no exchange in
    "обменялись резкими заявлениями", "обмен обвинениями", "произошел обмен ударами", "обменявшихся взаимными
    претензиями", "Обмен оскорблениями"; an exchange in "обменялись пленными", "обмен заключенными" ("обменялись
    мнениями" is a discussion, "обменивались письмами" a contact: RETYPE_BY_COMPLEMENT)."""
    if draft.type != "exchange":
        return None
    index = draft.trigger.token
    for child in tree.kids(index, "obl", "nmod", "iobj", "obj"):
        if tree.preposition(child) is not None or tree.token(child).feats.get("Case") != "Ins":
            continue
        lemma = lemma_of(tree, child)
        if lemma in NOUN_TYPES or lemma in EXCHANGED_WORDS:
            return f"'{tree.token(index).text} {tree.token(child).text}': a happening or words traded, no exchange"
    return None


def _whose_happening(tree: Tree, index: int) -> bool:
    """A bare genitive noun right after the event noun, or hung on it, names whose happening it is ("в отставке
    министра", "в отставке правительства"): a status has no owner ("майор в отставке Иванов"). A proper name after a
    person noun before the preposition is that person's name, whatever case the parser gives it ("интервью
    полковника в отставке Иванова", "во главе с майором в отставке Антауро Умалой")."""
    ranked = index >= 2 and tree.token(index - 2).pos == "NOUN" and tree.token(index - 2).feats.get("Animacy") == "Anim"
    following = [index + 1] if index + 1 < len(tree.tokens) else []
    return any(tree.token(at).feats.get("Case") == "Gen" and tree.preposition(at) is None
               and (tree.token(at).pos == "NOUN" or (tree.token(at).pos == "PROPN" and not ranked))
               for at in [*following, *tree.kids(index, "nmod")])


@rule("events")
def solving_sense(draft: Draft, tree: Tree) -> str | None:
    """"Решение" with a noun of a problem in its genitive (PROBLEM_NOUNS) is the solving of it, no decision taken:
    "приступят к решению задачи восстановления", "для решения вопросов безопасности" (not "решение суда")."""
    index = draft.trigger.token
    if not draft.trigger.nominal or draft.trigger.verb is not None or lemma_of(tree, index) not in SOLVING_NOUNS:
        return None
    for child in tree.kids(index, "nmod"):
        if tree.token(child).feats.get("Case") == "Gen" and lemma_of(tree, child) in PROBLEM_NOUNS:
            return f"'{tree.token(index).text} {tree.token(child).text}': the solving of a problem, no decision"
    return None


@rule("events")
def figurative_attack(draft: Draft, tree: Tree) -> str | None:
    """An attack word (FIGURATIVE_ATTACK_WORDS) whose target no weapon reaches (ABSTRACT_TARGET_NOUNS) or whose
    adjective names a kind no weapon makes (FIGURATIVE_ATTACK_ADJECTIVES) is a figure of speech, no assault: "удар
    по экономике", "атака на ценности", "покушение на свободу слова", "дипломатический удар" (not "удар по позициям
    боевиков")."""
    if draft.type != "attack" or draft.quote is not None \
            or not any(lemma_of(tree, index) in FIGURATIVE_ATTACK_WORDS for index in draft.trigger.tokens):
        return None
    for index in draft.trigger.tokens:
        for child in tree.kids(index, "amod"):
            if lemma_of(tree, child) in FIGURATIVE_ATTACK_ADJECTIVES:
                return f"'{tree.token(child).text}': an attack of words or money, no assault"
    targets = [child for index in draft.trigger.tokens for child in tree.kids(index, "obj", "obl", "nmod")
               if tree.preposition(child) in ATTACK_TARGET_PREPOSITIONS
               and (tree.preposition(child) is not None or base(tree.token(child).rel) == "obj")]
    if any(tree.token(child).feats.get("Animacy") == "Anim" for child in targets):
        return None  # "атака на людей, на нашу свободу": people were hit
    for child in targets:
        if lemma_of(tree, child) in ABSTRACT_TARGET_NOUNS:
            return f"'{tree.token(child).text}': a target no weapon reaches, a figure of speech"
    return None


@rule("events")
def figurative_blast(draft: Draft, tree: Tree) -> str | None:
    """An explosion noun whose genitive is a feeling, a sound or a quantity (SURGE_NOUNS), or whose adjective names
    such a kind (SURGE_ADJECTIVES), is a surge, no blast: "вызвало у чиновника взрыв гнева", "взрыв рождаемости",
    "демографический взрыв", "опасаются социального взрыва" (not "взрыв газа", "взрыв боеприпасов")."""
    if draft.type != "explosion" or draft.quote is not None or not draft.trigger.nominal:
        return None
    index = draft.trigger.token
    for child in tree.kids(index, "amod"):
        if lemma_of(tree, child) in SURGE_ADJECTIVES:
            return f"'{tree.token(child).text}': a surge of a kind no charge makes, no blast"
    for child in tree.kids(index, "nmod"):
        if tree.preposition(child) is None and tree.case(child) == "Gen" and lemma_of(tree, child) in SURGE_NOUNS:
            return f"'{tree.token(child).text}': a surge of a feeling or a quantity, no blast"
    return None


@rule("events")
def figurative_damage(draft: Draft, tree: Tree) -> str | None:
    """Damage done to what no blow can break (INTANGIBLE_NOUNS) is a figure of speech, no damage: "разрушит монополию
    Путина", "полное уничтожение института демократических выборов", "ключевое спортивное правило не пострадало",
    "наносит ущерб демократическим институтам" (not "разрушен дом", nor a person: "уничтожение Басаева")."""
    if draft.type != "damage":
        return None
    harmed = _harmed(tree, draft.trigger)
    if any(_animate_or_named(tree, index) for index in harmed):
        return None
    for index in harmed:
        if lemma_of(tree, index) in INTANGIBLE_NOUNS:
            return f"'{tree.token(index).text}': nothing a blow can break, a figure of speech"
    return None


def _harmed(tree: Tree, trigger: Trigger) -> list[int]:
    """What a damage trigger harms: a verb's object, its passive subject or, with no object, its subject ("правило не
    пострадало"), the noun its participle describes ("разрушенное хозяйство"), a bare dative ("нанести ущерб
    институтам") or genitive ("уничтожение института"); an active verb's subject with an object is its doer."""
    found = []
    for index in trigger.tokens:
        token = tree.token(index)
        undergoing_subject = tree.passive(index) or not tree.kids(index, "obj")
        for child in tree.kids(index, "obj", "nsubj", "nsubj:pass", "iobj", "nmod", "obl"):
            rel = base(tree.token(child).rel)
            bare = tree.preposition(child) is None and tree.case(child) in ("Gen", "Dat")
            if rel == "obj" or (rel == "nsubj" and undergoing_subject) or (rel in ("nmod", "iobj", "obl") and bare):
                found.append(tree.referent(tree.noun_of(child)))
        if token.feats.get("VerbForm") == "Part" and base(token.rel) in ("acl", "amod") and token.head >= 0:
            found.append(token.head)
    return found


def _animate_or_named(tree: Tree, index: int) -> bool:
    """A person, a pronoun or a name: what may be harmed in body or in property."""
    token = tree.token(index)
    return token.pos in ("PROPN", "PRON") or token.feats.get("Animacy") == "Anim"


@rule("events")
def standing_kind(draft: Draft, tree: Tree) -> str | None:
    """An event noun with a free-choice word names any one of its kind ("принять любое решение"), one with an
    adjective of what is in force a standing document or state ("действующий контракт", "существующие санкции"), one
    in the bare instrumental of a verb of enjoying (ENJOYING_VERBS) a state enjoyed ("пользуется поддержкой
    губернатора"): no happening, whatever verb carries it."""
    if not draft.trigger.nominal or draft.quote is not None:
        return None
    for child in tree.kids(draft.trigger.token, "det", "amod"):
        word = lemma_of(tree, child)
        if word in FREE_CHOICE_WORDS or word in IN_FORCE_ADJECTIVES:
            return f"'{tree.token(child).text}': a kind or a standing state, no happening"
    token, head = tree.token(draft.trigger.token), tree.head_of(draft.trigger.token)
    if head is not None and lemma_of(tree, head) in ENJOYING_VERBS and token.feats.get("Case") == "Ins" \
            and tree.preposition(draft.trigger.token) is None:
        return f"'{tree.token(head).text} {token.text}': a state enjoyed, no happening"
    return None




@rule("events")
def standing_law(draft: Draft, tree: Tree) -> str | None:
    """A law or a bill named by its noun alone, with no date, is the act in force or in the making, no decree
    happening: "в соответствии с Федеральным законом «О …»", "согласно закону об акционерных обществах",
    "противоречит Основному закону", "закон Мура гласит"; not what a law does in a passive clause ("законом
    увеличены сроки": the act that made the change), nor a dated law ("закон от 28 июля 2012 года")."""
    if draft.trigger.rule != dated_or_placed_noun.__name__ or draft.trigger.lemma not in LAW_NOUNS \
            or draft.date is not None or draft.quote is not None:
        return None
    token, head = tree.token(draft.trigger.token), tree.head_of(draft.trigger.token)
    if token.feats.get("Case") == "Ins" and tree.preposition(draft.trigger.token) is None and head is not None \
            and tree.passive(head):
        return None  # "законом также увеличены сроки"
    return f"'{token.text}' names a law in force or a bill, not its signing"


def _phrase_preposition(tree: Tree, index: int) -> str | None:
    """The preposition of a noun with the complex prepositions whose noun the parser made the head: "в соответствии
    с" ("с" on the noun, "в" on "соответствии") and "в рамках" (the noun in the genitive of "рамках")."""
    preposition, head = tree.preposition(index), tree.head_of(index)
    if head is None or tree.preposition(head) != "в":
        return preposition
    if preposition == "с" and lemma_of(tree, head) == "соответствие":
        return "в соответствии с"
    if preposition is None and lemma_of(tree, head) == "рамка" and tree.token(index).feats.get("Case") == "Gen":
        return "в рамках"
    return preposition


@rule("events")
def cited_agreement(draft: Draft, tree: Tree) -> str | None:
    """An agreement (AGREEMENT_NOUNS) with no date under a preposition of accordance (ACCORDANCE_PREPOSITIONS) is
    the agreement in force cited as the ground of what its clause tells, no agreement happening (EVENTS.md: states are
    no events): "по контракту с клубом получал два миллиона", "по договору с союзом клуб получил шесть тысяч
    билетов", "согласно договору компания поставит", "в соответствии с соглашением завод переходит"; "по" only in
    the dative hung on a verb ("переговоры по соглашению": the talks' topic, left to the anchors); not a dated one
    ("согласно соглашению от 5 марта"), nor one a demonstrative restates ("в рамках этого соглашения")."""
    if draft.trigger.rule != dated_or_placed_noun.__name__ or draft.trigger.lemma not in AGREEMENT_NOUNS \
            or draft.date is not None or draft.quote is not None:
        return None
    index = draft.trigger.token
    preposition = _phrase_preposition(tree, index)
    if preposition not in ACCORDANCE_PREPOSITIONS:
        return None
    if preposition == "по":
        head = tree.head_of(index)
        if tree.token(index).feats.get("Case") != "Dat" or head is None or tree.token(head).pos not in ("VERB", "AUX"):
            return None
    holders = [index] if preposition in ("по", "согласно") else [index, tree.head_of(index)]  # or "рамках"
    if any(lemma_of(tree, child) in REFERRING_MODIFIERS or (tree.token(child).pos == "DET" and lemma_of(tree, child)
                                                           == "это")  # slovnet's lemma of "этого"
           for holder in holders if holder is not None for child in tree.kids(holder, "det", "amod")):
        return None  # "в рамках этого соглашения": the agreement just told, restated
    return f"'{preposition} {tree.token(index).text}': the agreement in force cited as a ground, not its making"


# the types of acts a body issues again and again: its decisions, rulings and decrees ("решения ЕСПЧ")
ISSUED_ACT_TYPES = frozenset({"decree", "verdict"})
# adjectives that single out some of a body's acts by their time or turn: "последние решения ЦИК", "новые указы
# президента", "недавние постановления суда" (TIME_ADJECTIVES)
SINGLING_ADJECTIVES = TIME_ADJECTIVES | fold_words("последний новый очередной прошлый")


@rule("events")
def private_decision(draft: Draft, tree: Tree) -> str | None:
    """A decision ("принять решение") is a decree only when a body or one who acts for it takes it: one whose
    taker is a person of no office (an animate common noun outside DECIDING_NOUNS, with no body in its genitive:
    "девушка приняла решение прервать путешествие", "Такое решение организаторы приняли", "командир принял решение
    совершить посадку", "специалистами было принято решение") is a private choice; one whose own maker, a person,
    stands in its genitive is accepted, not taken ("Мы должны только принять решение Шипулина"). A name or a pronoun
    is known by its entity: a person none of whose role phrases names an office ("Виссарион Джугашвили рассказал,
    что он принял такое решение", "подобное решение также приняли Марсель Десайи, Лилиан Тюрам") chooses privately;
    "мною принято решение" of a person the text calls "президент РФ" is a decree."""
    trigger = draft.trigger
    if draft.type != "decree" or trigger.verb is None or lemma_of(tree, trigger.token) not in DECISION_NOUNS:
        return None
    noun, takers = tree.token(trigger.token).text, _decision_takers(tree, trigger.verb, trigger.token)
    makers = bare_genitives(tree, trigger.token)
    for maker in makers:
        if tree.token(maker).pos not in ("NOUN", "PROPN") or tree.token(maker).feats.get("Animacy") != "Anim":
            return None  # "неудовольствие решением правительства": the body's own decision
        if maker not in takers:
            return f"'{noun} {tree.token(maker).text}': another's decision accepted, no decree"
    for taker in takers:
        if _private_person(tree, taker):
            return f"'{tree.token(taker).text}' takes '{noun}': a private choice, no decree"
    agents = [arg for arg in draft.args if arg.role == "agent"]
    people = [tree.doc.entities[entity] for arg in agents for entity in arg.entities()]
    if people and all(person.type == "PER" for person in people) \
            and not _deciding_role([arg.text for arg in agents] + [role for person in people for role in person.roles]):
        return f"'{people[0].name}', who holds no office the text names, takes '{noun}': a private choice, no decree"
    return None


def _deciding_role(phrases: list[str]) -> bool:
    """Whether one of the phrases that name a person ("президент РФ", "глава судебной власти Ирана аятолла Садек
    Лариджани", "французский президент") names an office (DECIDING_NOUNS)."""
    return any(fold(word) in DECIDING_NOUNS for phrase in phrases for word in phrase.split())


def _private_person(tree: Tree, index: int) -> bool:
    """A person named by a common noun of no office (DECIDING_NOUNS) and of no body in its genitive ("члены
    комиссии", "руководство клуба" act for one)."""
    token = tree.token(index)
    return token.pos == "NOUN" and token.feats.get("Animacy") == "Anim" \
        and lemma_of(tree, index) not in DECIDING_NOUNS \
        and not bare_genitives(tree, index)


def _decision_takers(tree: Tree, verb: int, noun: int) -> list[int]:
    """Who takes a decision: the subject of its light verb that agrees with it ("решение об отказе проекту «Родные»
    принимал министр": not the title), or the bare instrumental agent of its passive."""
    takers = [kid for kid in tree.kids(verb, "nsubj") if kid != noun
              and forms_agree(tree.token(verb).feats, tree.token(kid).feats)]
    return takers + [kid for kid in tree.kids(verb, "obl", "obl:agent") if tree.preposition(kid) is None
                     and tree.case(kid) == "Ins" and tree.token(kid).pos == "NOUN"]


@rule("events")
def acts_as_kind(draft: Draft, tree: Tree) -> str | None:
    """Acts of a body in the plural with nothing that singles some out (no date, count, demonstrative, participle,
    relative clause or preposition of what they are about or in, only the body whose they are) are its acts as a kind,
    no happening: "Решения ЕСПЧ обязательны для исполнения", "средств принуждения к исполнению решений ЕСПЧ",
    "касаются решений КС РФ", "соблюдать резолюции ООН"; not "решения Верховной Рады, принятые после 21 февраля",
    "эти решения", "последние решения ЦИК" (SINGLING_ADJECTIVES), "ряд кадровых решений", "вердикты ЕСПЧ по делу
    ЮКОСа", "по постановлениям суда о назначении обязательных работ"."""
    if draft.type not in ISSUED_ACT_TYPES or draft.trigger.verb is not None or not draft.trigger.nominal \
            or draft.date is not None or draft.quote is not None:
        return None
    index = draft.trigger.token
    token, head = tree.token(index), tree.head_of(index)
    if token.feats.get("Number") != "Plur" or (head is not None and lemma_of(tree, head) in QUANTITY_NOUNS):
        return None
    after = tree.subtree(index)[-1] + 1  # a topic right after the phrase, wherever the parser hung it
    if after < len(tree.tokens) and tree.token(after).sentence == token.sentence \
            and fold(tree.token(after).text) in TOPIC_PREPOSITIONS:
        return None  # "по постановлениям суда о назначении обязательных работ"
    modifiers = tree.kids(index) + [kid for body in tree.kids(index, "nmod") for kid in tree.kids(body, "nmod", "obl")]
    for child in modifiers:
        kid, rel = tree.token(child), base(tree.token(child).rel)
        if rel in ("nummod", "acl") or (rel in ("nmod", "obl") and tree.preposition(child) is not None) \
                or lemma_of(tree, child) in REFERRING_MODIFIERS or lemma_of(tree, child) in SINGLING_ADJECTIVES \
                or kid.feats.get("VerbForm") == "Part":
            return None
    return f"'{token.text}' in the plural, singled out by nothing but whose they are: acts as a kind, no happening"


@rule("events")
def ambiguous_noun(draft: Draft, told: frozenset[str]) -> str | None:
    """A noun with a common other sense (AMBIGUOUS_EVENT_NOUNS: "акция" a rally or a share, "собрание" a meeting or
    a collection) is an event only where the text tells an event of its type otherwise."""
    if draft.trigger.verb is not None or draft.trigger.lemma not in AMBIGUOUS_EVENT_NOUNS or draft.type in told:
        return None
    return f"'{draft.trigger.lemma}' has another sense, and the text tells no {draft.type}"


@rule("events")
def agency_sense(draft: Draft, tree: Tree) -> str | None:
    """An event noun that also names its doers (AGENCY_SENSE_NOUNS) is that body as the subject of a verb other than
    one of occurrence, in the active: "Следствие полагает, что ...", "следствие установило" (the investigators), not
    "следствие продолжается", "следствие будет завершено"; and as a party outside the subject (`_agency_role`:
    "помогает следствию", "у следствия нет данных", "следствием установлено", "без суда и следствия")."""
    if draft.trigger.rule != dated_or_placed_noun.__name__ or draft.trigger.lemma not in AGENCY_SENSE_NOUNS:
        return None
    token, head = tree.token(draft.trigger.token), tree.head_of(draft.trigger.token)
    role = _agency_role(tree, draft.trigger.token)
    if role:
        return f"'{token.text}' {role}: the body, no happening"
    if token.rel != "nsubj" or head is None or tree.passive(head) or tree.lemma(head) in SUPPORT_VERBS:
        return None  # "следствие будет завершено", "следствие продолжается": the investigation itself
    return f"'{token.text}' as the subject of '{tree.token(token.head).text}': the body, no happening"


# prepositions that make a noun a party, not a happening: "у следствия нет данных", "скрыться от следствия"; and the
# idiom "без суда и следствия"
PARTY_PREPOSITIONS = frozenset({"у", "от", "без"})


def _agency_role(tree: Tree, index: int) -> str:
    """How a noun stands for its doers outside the subject: a bare dative ("помогает следствию", "передать
    следствию пленку", "близкий к следствию"), a bare instrumental agent ("следствием были установлены связи",
    "неустановленное следствием лицо"), a party's preposition (PARTY_PREPOSITIONS), a partner's "с" + instrumental
    ("сотрудничество со следствием") or the bare genitive of a noun it owns (AGENCY_OWNED_NOUNS: "ходатайство
    следствия", "скрывается от органов следствия"); "" otherwise ("в ходе следствия", "срок следствия", "под
    следствием")."""
    token, preposition = tree.token(index), tree.preposition(index)
    case = token.feats.get("Case")
    if preposition in PARTY_PREPOSITIONS:
        return f"after '{preposition}'"
    if preposition in ("с", "со") and case == "Ins":
        return "after 'с' as a partner"
    head = tree.head_of(index)
    if case == "Gen" and preposition is None and base(token.rel) == "nmod" and head is not None \
            and tree.lemma(head) in AGENCY_OWNED_NOUNS:
        return f"the genitive of '{tree.token(head).text}', which it owns"
    if case == "Dat" and preposition in (None, "к"):
        return "in the dative"
    if case == "Ins" and preposition is None:
        return "as the instrumental agent"
    return ""


@rule("events")
def habitual_clause(draft: Draft, tree: Tree) -> str | None:
    """A bare event noun in a clause that tells what usually happens names a kind: "Как правило, ответственность за
    нападения берут на себя боевики", "ежегодно проводятся выборы" (the `habitual` filter of the clause's verb, then
    `occasional`: "время от времени трагедии подобного рода происходят", then `habitual_sentence`: "повышает интерес
    к выборам и создает интригу на каждом этапе"); not a singular one that frames the clause in time, which is one
    happening ("Незадолго до убийства шейха 27% палестинцев одобряли ...")."""
    if draft.trigger.verb is not None or not draft.trigger.nominal or draft.quote is not None:
        return None
    token = tree.token(draft.trigger.token)
    if tree.preposition(draft.trigger.token) in HAPPENING_PREPOSITIONS and token.feats.get("Number") == "Sing":
        return None
    verb, steps = tree.head_of(draft.trigger.token), 0
    while verb is not None and tree.token(verb).pos != "VERB" and steps < 3:
        verb, steps = tree.head_of(verb), steps + 1
    if verb is None or tree.token(verb).pos != "VERB":
        return None
    return habitual(tree, verb, lemma_of(tree, verb)) or occasional(tree, verb, lemma_of(tree, verb)) \
        or habitual_sentence(tree, verb, lemma_of(tree, verb))


def _noun_sense(check: Callable[[Tree, int], str | None], draft: Draft, tree: Tree) -> str | None:
    """A noun-sense check of detection (`regular_pay_noun`, `other_sense`, `sought_person`) on the draft's event noun,
    whichever trigger rule found it: "средняя оплата труда", "ведут поиски решения", "пакет акций"."""
    return check(tree, draft.trigger.token) if draft.trigger.nominal else None


def _kept(draft: Draft, told: frozenset[str], tree: Tree) -> bool:
    """Whether a draft survives the noun filters (each refusal recorded under the filter that says so)."""
    checks = ((regular_pay_noun, lambda: _noun_sense(regular_pay_noun, draft, tree)),
              (other_sense, lambda: _noun_sense(other_sense, draft, tree)),
              (legislature_seat, lambda: legislature_seat(draft, tree)),
              (sought_person, lambda: _noun_sense(sought_person, draft, tree)),
              (exemption_sense, lambda: _noun_sense(exemption_sense, draft, tree)),
              (fracture_sense, lambda: _noun_sense(fracture_sense, draft, tree)),
              (onset_sense, lambda: _noun_sense(onset_sense, draft, tree)),
              (acceleration_sense, lambda: _noun_sense(acceleration_sense, draft, tree)),
              (stage_or_clause, lambda: stage_or_clause(tree, draft.trigger)),
              (inside_name, lambda: inside_name(draft)), (ambiguous_noun, lambda: ambiguous_noun(draft, told)),
              (cited_offence, lambda: cited_offence(draft)), (standing_kind, lambda: standing_kind(draft, tree)),
              (thing_undergoer, lambda: thing_undergoer(draft, tree)), (idiom_sense, lambda: idiom_sense(draft, tree)),
              (status_locative, lambda: status_locative(draft, tree)),
              (custody_status, lambda: custody_status(draft, tree)),
              (press_talk, lambda: press_talk(draft, tree)), (exchanged_words, lambda: exchanged_words(draft, tree)),
              (solving_sense, lambda: solving_sense(draft, tree)),
              (habitual_clause, lambda: habitual_clause(draft, tree)),
              (figurative_attack, lambda: figurative_attack(draft, tree)),
              (figurative_damage, lambda: figurative_damage(draft, tree)),
              (figurative_blast, lambda: figurative_blast(draft, tree)),
              (agency_sense, lambda: agency_sense(draft, tree)),
              (standing_law, lambda: standing_law(draft, tree)),
              (cited_agreement, lambda: cited_agreement(draft, tree)),
              (acts_as_kind, lambda: acts_as_kind(draft, tree)),
              (private_decision, lambda: private_decision(draft, tree)),
              (penalty_sense, lambda: penalty_sense(tree, draft.trigger)))
    for check, verdict in checks:  # stops at the first refusal: the later checks walk the tree
        reason = verdict()
        if reason is not None:
            rejected("events", check, draft.trigger.start, draft.trigger.end, reason)
            return False
    reason = anchored_noun(draft)
    if reason is None:
        return True
    keepers = (  # what keeps a bare noun after all, tried in order: (rule, its test, why, in the trace)
        (told_happening, lambda: told_happening(draft, told), "a bare '{lemma}' restates a {type} the text tells"),
        (told_twice, lambda: told_twice(draft), "'{lemma}' carries the {type} an order or an attempt beside it tells"),
        (referring_incident, lambda: referring_incident(draft, tree), "'{lemma}' refers to one {type} by its form"),
        (past_subject, lambda: past_subject(draft, tree), "'{lemma}' is the subject of a past clause: one {type} told"),
        (threatened_happening, lambda: threatened_happening(draft, tree),
         "'{lemma}' is what a threat that arose threatens: one possible {type}"),
        (approached_happening, lambda: approached_happening(draft, tree),
         "'{lemma}' is the goal its verb's subject moves toward: one prospective {type}"),
        (demanded_happening, lambda: demanded_happening(draft, tree),
         "'{lemma}' is what a demand asks for: one {type}"),
        (exchanged_happening, lambda: exchanged_happening(draft, tree),
         "'{lemma}' is what a deal gives in exchange: one {type}"),
    )
    for keeper, keeps, why in keepers:
        if keeps():
            fired("events", keeper, draft.trigger.start, draft.trigger.end,
                  why.format(lemma=draft.trigger.lemma, type=draft.type))
            return True
    rejected("events", anchored_noun, draft.trigger.start, draft.trigger.end, reason)
    return False


# prepositions of purpose and field: an event noun under them names a kind of activity ("комиссия по
# расследованию", "для обсуждения", "по вопросам помилования")
KIND_PREPOSITIONS = frozenset({"по", "для", "к"})
ORGANIZED_PURPOSE_PREPOSITIONS = frozenset({"для", "к"})  # "для проведения митинга", "к подготовке выборов"
# event nouns that are plural in form only: a plural of these may name one happening ("выборы прошли")
PLURALE_TANTUM = frozenset({"выборы", "переговоры", "дебаты", "беспорядки", "прения", "праймериз", "перевыборы"})
# types whose bare nouns restate a happening once the text tells one of the type
RESTATED_TYPES = frozenset({
    "agreement", "contact", "meeting", "exchange", "discussion", "visit", "accident", "explosion", "fire", "attack",
    "killing", "death", "injury", "damage", "detention", "release", "verdict", "investigation", "election",
    "appointment", "resignation", "dismissal", "protest", "lawsuit", "sanctions",
})
# types whose record names the happening: a sentence its verdict, a deal's paper its agreement ("соглашение")
RECORDED_TYPES = frozenset({"verdict", "agreement"})
# types whose nouns name a happening even bare: news write "выборы", "теракт", "убийство", "митинг" about one, and
# "взрыв" of a blast heard or felt ("слышали пять взрывов", "от взрывов пострадали 29 человек"; a surge is
# `figurative_blast`'s)
HAPPENING_NOUN_TYPES = frozenset({"election", "attack", "killing", "protest", "detention", "explosion"})
# types whose nouns name a particular happening when they frame a clause: "на совещании", "в ходе переговоров"
GATHERING_TYPES = frozenset({"meeting", "discussion"})


def _draft(ctx: Context, trigger: Trigger) -> Draft:
    event_type = roles_of(trigger.type, trigger.lemma)
    candidates = arguments(ctx, trigger, event_type)
    if not any(candidate.rule in SUBJECT_RULES for candidate in candidates):
        taken = {candidate.token for candidate in candidates}  # a count already the patient: "двое ранены"
        candidates = [found for found in shared_subject(ctx, trigger) if found.token not in taken] + candidates
    draft = Draft(trigger, trigger.type, ctx.doc.tokens[trigger.token].sentence)
    place = shared_position(ctx, trigger) if trigger.nominal else trigger.token
    draft.topic_noun = trigger.nominal and ctx.tree.preposition(place) in TOPIC_PREPOSITIONS
    draft.frame_noun = trigger.nominal and is_frame(ctx, place)
    draft.in_name = trigger.nominal and (_in_name(ctx, trigger.start, trigger.end) or _quoted_name(ctx, trigger)
                                         or _in_title(ctx.doc.text, trigger.start, trigger.end)
                                         or _work_title(ctx, trigger.start))
    draft.kind_noun = trigger.nominal and _purpose(ctx, place)
    draft.for_purpose = trigger.nominal and trigger.verb is None and _for_purpose(ctx, place)
    draft.plural = trigger.nominal and ctx.doc.tokens[trigger.token].feats.get("Number") == "Plur" \
        and trigger.lemma not in PLURALE_TANTUM
    draft.reported = trigger.nominal and ((draft.topic_noun and _reported(ctx, place))
                                          or told_through_carrier(ctx, place))
    draft.kind_head = trigger.nominal and trigger.verb is None and _under_kind_noun(ctx, place)
    draft.definite = trigger.nominal and _definite(ctx, trigger.token)
    draft.cited_offence = _cited_offence(ctx.doc.text, trigger.start)
    draft.by_institution = trigger.nominal and _by_institution(ctx.tree, trigger.token)
    draft.named_by_adjective = trigger.nominal and trigger.verb is None and _named_by_adjective(ctx.tree, trigger.token)
    draft.resulted = trigger.nominal and trigger.verb is None and _resulted(ctx.tree, place)
    draft.modality, draft.modality_rule = modality_of(ctx.tree, trigger.verb if trigger.verb is not None
                                                      else trigger.token)
    draft.in_quote = ctx.direct_quote_at(trigger.start)
    # a bare noun of the narration's asserted, unconditioned clause, no topic or purpose: its common-noun party counts
    narrated = trigger.nominal and trigger.verb is None and not draft.topic_noun and not draft.for_purpose \
        and draft.modality == "asserted" and draft.in_quote is None and not _conditioned(ctx.tree, trigger.token)
    draft.concrete_participant = narrated and not draft.kind_noun and trigger.type not in ATTITUDE_TYPES \
        and concrete_participant(ctx.tree, trigger.token)
    draft.comitative_participant = narrated and not draft.kind_noun and comitative_participant(ctx.tree, trigger.token)
    draft.args = _build_args(ctx, trigger, candidates)
    return draft


@rule("events")
def shared_position(ctx: Context, trigger: Trigger) -> int:
    """A coordinated event noun with no preposition of its own stands where its first conjunct stands: "законы о
    выборах и референдумах" (both topics), "участникам митингов и демонстраций" (both kinds). The token whose
    position (preposition, governor) the noun's filters read."""
    tree, index = ctx.tree, trigger.token
    if trigger.verb is not None:
        return index
    seen = {index}
    while tree.token(index).rel == "conj" and tree.preposition(index) is None:
        head = tree.head_of(index)
        if head is None or head in seen or tree.token(head).pos != "NOUN":
            break
        index = head
        seen.add(index)
    if index != trigger.token:
        fired("events", shared_position, trigger.start, trigger.end,
              f"stands where '{tree.token(index).text}' stands")
    return index


def _build_args(ctx: Context, trigger: Trigger, candidates: list[Candidate]) -> list[EventArg]:
    """The arguments of the candidates, one per role and referent (pronouns were resolved by the coref stage,
    which keeps a pronoun off its own clause's subject: "Алиев поздравил его" is not Алиев)."""
    args = _distinct(_coordinations(ctx, [make_arg(ctx, c) for c in candidates]))
    for arg in args:
        fired("events", arg.rule.rsplit("+", 1)[-1], arg.start, arg.end, f"{arg.role} of '{trigger.lemma}'")
    return args


# what may stand between two conjuncts of one coordinated phrase: "Путин и Алиев", "Москве, Киеве и Минске"
COORDINATION_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:и|или|либо|а также|а|да и)\s+)?", re.IGNORECASE)


@rule("events")
def coordinated_phrase(text: str, head: EventArg, conj: EventArg) -> str | None:
    """A conjunct joins the argument before it as one coordinated phrase, as written ("встретились Путин и Алиев":
    one participant "Путин и Алиев" naming both); the conjuncts' entities stay the argument's `members`. None when
    it joins, else why not."""
    if head.role != conj.role or conj.start < head.end:
        return "not the same role right after its head"
    if COORDINATION_GAP.fullmatch(text[head.end:conj.start]) is None:
        return "more than a conjunction between the conjuncts"
    return None


def _joined(text: str, head: EventArg, conj: EventArg) -> EventArg:
    members = list(dict.fromkeys(head.entities() + conj.entities()))
    single = members[0] if len(members) == 1 else None
    return EventArg(head.role, head.start, conj.end, text[head.start:conj.end], single, head.date,
                    f"{conj.rule}+{coordinated_phrase.__name__}", [] if len(members) <= 1 else members)


@rule("events")
def equal_parties(head: EventArg, conj: EventArg) -> bool:
    """Coordinated participants are the event's equal parties, each an argument of its own: "встретились Путин и
    Алиев" gives participant "Путин" and participant "Алиев" (EVENTS.md: "both sides of talks"), while a coordinated
    doer or undergoer stays one phrase, a group that acts or undergoes together ("задержаны Орлова и Зайцева")."""
    return head.role == conj.role == "participant"


def _coordinations(ctx: Context, args: list[EventArg]) -> list[EventArg]:
    """Conjuncts joined to the argument they are coordinated with (`coordinated_phrase`), but parties
    (`equal_parties`)."""
    text, kept = ctx.doc.text, []
    for arg in args:
        if "+conjunct" in arg.rule and kept:
            reason = coordinated_phrase(text, kept[-1], arg)
            if reason is None and equal_parties(kept[-1], arg):
                fired("events", equal_parties, arg.start, arg.end, "participant: a party of its own")
                kept.append(replace(arg, rule=f"{arg.rule}+{equal_parties.__name__}"))
                continue
            if reason is None:
                fired("events", coordinated_phrase, kept[-1].start, arg.end, f"{arg.role}: one coordinated phrase")
                kept[-1] = _joined(text, kept[-1], arg)
                continue
            rejected("events", coordinated_phrase, arg.start, arg.end, reason)
        kept.append(arg)
    return [trailing_name(ctx, arg) if arg.rule.endswith(coordinated_phrase.__name__) else arg for arg in kept]


# the relations of a name apposed to a role word ("писатель Доминик Веннер"), and of a name's further words
APPOSED_NAME_RELS = frozenset({"appos", "flat:name"})
NAME_WORD_RELS = frozenset({"flat:name", "flat"})


@rule("events")
def trailing_name(ctx: Context, arg: EventArg) -> EventArg:
    """A name right after a coordinated phrase of role words, apposed to a word inside it, names the one they
    describe: "французский писатель и историк Доминик Веннер застрелился", "польский композитор и дирижёр Кшиштоф
    Пендерецкий" — the parse hangs the name on the first conjunct, past the last, so the phrase stopped before it;
    it goes on to the name's end (EVENTS.md: a name with its title), and names the name's entity where its words
    named none (a coordination of named people keeps its members: "режиссер Александр Сокуров, … директор
    Пушкинского дома Всеволод Багно")."""
    tokens = ctx.doc.tokens
    after = bisect_left(tokens, arg.end, key=attrgetter("start"))
    first = bisect_left(tokens, arg.start, key=attrgetter("start"))
    if after >= len(tokens) or ctx.doc.text[arg.end:tokens[after].start].strip():
        return arg
    name = tokens[after]
    if name.pos != "PROPN" or name.rel not in APPOSED_NAME_RELS or not first <= name.head < after \
            or name.sentence != tokens[after - 1].sentence:
        return arg
    end, last = name.end, after + 1
    while last < len(tokens) and tokens[last].pos == "PROPN" and tokens[last].rel in NAME_WORD_RELS \
            and not ctx.doc.text[end:tokens[last].start].strip():
        end, last = tokens[last].end, last + 1  # the name's own words, a surname the parse hung elsewhere too
        # ("канцлер Германии Ангела Меркель"), not a place or a bracket after it ("Кшиштоф Пендерецкий в Кракове")
    fired("events", trailing_name, arg.start, end, f"{arg.role}: the name '{ctx.doc.text[name.start:end]}' apposed")
    longer = replace(arg, end=end, text=ctx.doc.text[arg.start:end], rule=f"{arg.rule}+{trailing_name.__name__}")
    return longer if arg.entities() else replace(longer, entity=ctx.resolver.entity_of(after))


@rule("events")
def one_role_per_entity(arg: EventArg, seen: set[tuple[str, int]]) -> str | None:
    """An entity fills a role once: a second mention of it in the same role adds nothing."""
    if arg.entity is None or (arg.role, arg.entity) not in seen:
        return None
    return f"its entity is already the {arg.role}"


def _distinct(args: list[EventArg]) -> list[EventArg]:
    """One argument per role and referent."""
    seen: set[tuple[str, int]] = set()
    kept = []
    for arg in args:
        reason = one_role_per_entity(arg, seen)
        if reason is not None:
            rejected("events", one_role_per_entity, arg.start, arg.end, reason)
            continue
        if arg.entity is not None:
            seen.add((arg.role, arg.entity))
        kept.append(arg)
    return kept


@rule("events")
def shared_subject(ctx: Context, trigger: Trigger) -> list[Candidate]:
    """A predicate without a subject shares that of the nearest preceding coordinated verb, or, for a gerund, of its
    governing verb: "Алиев позвонил Путину и поздравил его" -> Алиев congratulates; so does a finite clause set
    beside another without a subject of its own, when it agrees with the other's ("ударил им о стойку, после чего
    выстрелил"); the infinitive of a noun of attempt or intention takes who attempts it (`_intending`: "заявил о своих
    попытках связаться"), and a subjectless "что" clause the subject of the verb it completes when they agree
    (`_content_clause_doer`: "он признался, что бросил гранату"). Not a clause whose own subject is the trigger's
    noun or pronoun ("Переговоры прервались, они возобновятся утром", "прошли выборы, и стартовали переговоры"):
    its subject is the event itself, not a party of it."""
    tree, predicate = ctx.tree, trigger.predicate
    token = tree.token(predicate)
    if token.pos != "VERB":
        return []
    sources = []
    if token.feats.get("VerbForm") == "Conv" and token.head >= 0:
        sources.append(token.head)
    if _subject_controlled(tree, predicate) or _purpose_infinitive(tree, predicate):
        sources.append(token.head)
    if token.rel == "conj":
        sources += reversed([m for m in coordination_group(ctx, predicate) if m < predicate])
    if _subjectless_clause(tree, predicate):
        sources += reversed([m for m in coordination_group(ctx, token.head) if m <= token.head])
    if _subject_is_trigger(tree, trigger, bool(sources)):
        return []
    event_type = roles_of(trigger.type, trigger.lemma)
    role = subject_role(event_type, trigger, "nsubj", tree)
    own = _own_or_controlled(ctx, predicate, role, bool(sources))
    if own:
        return own
    for source in sources:
        governed = source == token.head and token.rel not in ("parataxis", "conj")  # a gerund's, an infinitive's
        subjects, label = _source_subjects(ctx, predicate, source, governed)
        if not subjects:
            continue
        if governed or (_agrees_with(tree, predicate, subjects[0]) and (
                token.rel != "parataxis" or forms_agree(token.feats, tree.token(subjects[0]).feats))):
            return with_conjuncts(ctx, [Candidate(person_object_role(ctx, event_type, role, found), found, label)
                                        for found in subjects])
        subject = tree.token(subjects[0])
        rejected("events", shared_subject, subject.start, subject.end,
                 f"'{token.text}' does not agree with '{subject.text}'")
    doers, label = _content_clause_doer(ctx, predicate)
    return with_conjuncts(ctx, [Candidate(role, found, label) for found in doers])


def _source_subjects(ctx: Context, predicate: int, source: int, governed: bool) -> tuple[list[int], str]:
    """The subjects `shared_subject` takes from one source and the label it gives them: the source's own subjects
    (under a passive of forcing, `passive_controller`'s), else for an infinitive the subject its governor shares as
    a conjunct (`conjunct_doer`) or the doer of a governing gerund or describing word (`governor_doer`), else for a
    coordinated infinitive its conjunct's controller (`conjoined_infinitive`)."""
    tree, token = ctx.tree, ctx.tree.token(predicate)
    subjects, label = true_subjects(tree, tree.kids(source, "nsubj")), shared_subject.__name__
    if governed and lemma_of(tree, source) in OBJECT_CONTROL_VERBS:  # under a passive only
        label = f"{label}+{passive_controller.__name__}"
    infinitive = governed and token.feats.get("VerbForm") == "Inf"
    if not subjects and infinitive:
        subjects, label = conjunct_doer(ctx, source), f"{label}+{conjunct_doer.__name__}"
    if not subjects and infinitive:
        subjects, label = governor_doer(ctx, source), f"{shared_subject.__name__}+{governor_doer.__name__}"
    if not subjects and not governed and token.rel == "conj":
        subjects, label = conjoined_infinitive(ctx, predicate, source), conjoined_infinitive.__name__
    return subjects, label


def _own_or_controlled(ctx: Context, predicate: int, role: str, shared: bool) -> list[Candidate]:
    """A subjectless predicate's doer found before any subject is shared (`shared_subject`): a counted subject of
    its own (`own_counted_subject`, where a subject could be `shared`), who intends it (`_intending`), or the object
    or dative of its controlling verb (`object_controller`, `dative_controller`)."""
    counted = own_counted_subject(ctx, predicate) if shared else None
    if counted is not None:
        return [Candidate(role, counted, own_counted_subject.__name__)]
    intending = _intending(ctx, predicate)
    if intending:
        return with_conjuncts(ctx, [Candidate(role, found, shared_subject.__name__) for found in intending])
    controllers = object_controller(ctx, predicate)
    if controllers:
        return with_conjuncts(ctx, [Candidate(role, found, object_controller.__name__) for found in controllers])
    datives = dative_controller(ctx, predicate)
    return with_conjuncts(ctx, [Candidate(role, found, dative_controller.__name__) for found in datives])


# The words that open a clause set beside another: a clause mark, "и" and the contrastive conjunctions.
COUNT_CLAUSE_OPENERS = CLAUSE_MARKS | fold_words("и") | CONTRASTIVE_CONJUNCTIONS
# The parts of speech of a counted phrase: the count, a quantifier ("более", "еще"), the counted noun, its adjectives.
COUNTED_PHRASE_POS = frozenset({"NUM", "ADV", "NOUN", "ADJ", "DET"})
# The cases of a counted subject: its noun in the nominative, or in the genitive after the count.
COUNTED_SUBJECT_CASES = frozenset({"Nom", "Gen", ""})


@rule("events")
def own_counted_subject(ctx: Context, predicate: int) -> int | None:
    """A clause set beside another by a comma or a conjunction has its own subject when a counted phrase stands
    between the word that opens it and its verb, though the parser hung the count elsewhere (on the other clause's
    subject, or made its quantifier the subject): "Погибли три человека, более 260 получили ранения", "двое погибли и
    еще 11 человек получили ранения", "18 человек погибли, свыше 150 ранены", "Один человек погиб, двое ранены".
    That count is the clause's subject, and no other clause's subject is shared (`shared_subject`); the counted noun
    (else the number nearest the verb) stands for it. Not a date ("..., 6 декабря задержаны"), nor a phrase with a
    preposition or in a case no subject takes, nor a count of many before a singular verb (`_count_agrees`: "Компания
    уволила 200 сотрудников, и еще 50 уволит в марте" counts the object); fired, or rejected on the verb's number."""
    tree = ctx.tree
    first = ctx.doc.sentences[tree.token(predicate).sentence].token_start
    index = predicate - 1
    while index >= first and tree.token(index).pos == "AUX":  # "двое были ранены"
        index -= 1
    phrase = []
    while index >= first and tree.token(index).pos in COUNTED_PHRASE_POS:
        phrase.append(index)
        index -= 1
    if index < first or fold(tree.token(index).text.lower()) not in COUNT_CLAUSE_OPENERS:
        return None
    numbers = [token for token in phrase if tree.token(token).pos == "NUM"]
    nouns = [token for token in phrase if tree.token(token).pos == "NOUN"]
    if not numbers or any(token in tree.date_at for token in phrase) \
            or any(tree.token(token).feats.get("Case", "") not in COUNTED_SUBJECT_CASES for token in nouns + numbers):
        return None
    found = nouns[0] if nouns else numbers[0]
    token = tree.token(found)
    if not _count_agrees(tree, predicate, numbers[0]):
        rejected("events", own_counted_subject, token.start, token.end,
                 f"a count of many before the singular '{tree.token(predicate).text}': its object's count")
        return None
    fired("events", own_counted_subject, token.start, token.end,
          f"a count of its own before '{tree.token(predicate).text}': its subject")
    return found


def _count_agrees(tree: Tree, predicate: int, number: int) -> bool:
    """A count can be the subject of its verb by number: a count of many takes a plural verb or a neuter past
    ("двое ранены", "погибло 11 человек"), a count ending in one ("один", "21") a singular; a count of many before a
    singular verb of another gender or person is its object's ("еще 50 уволит")."""
    feats = tree.token(predicate).feats
    if feats.get("Number") != "Sing" or feats.get("Gender") == "Neut":
        return True
    text = tree.token(number).text
    return lemma_of(tree, number) == "один" or (text.isdigit() and text.endswith("1") and not text.endswith("11"))


def _subject_is_trigger(tree: Tree, trigger: Trigger, shared: bool) -> bool:
    """The trigger's noun or pronoun is the subject of its own clause ("они возобновятся", "стартовали переговоры"),
    so `shared_subject` gives it none of another verb's; the verdict is said only where one was there to take
    (`shared`)."""
    predicate = trigger.predicate
    if trigger.token == predicate or trigger.token not in tree.kids(predicate, "nsubj"):
        return False
    if shared:
        rejected("events", shared_subject, trigger.start, trigger.end,
                 f"'{tree.token(trigger.token).text}' is the subject of '{tree.token(predicate).text}': the event, "
                 "no party of it")
    return True


def _purpose_infinitive(tree: Tree, index: int) -> bool:
    """An infinitive of purpose under "чтобы", whose doer is its governing verb's subject: "королева направилась в
    парламент, чтобы обратиться к депутатам", "Виталий встретился с Сулейманом, чтобы обсудить ситуацию" (not "о
    том, чтобы стрелять", which hangs on a noun)."""
    token = tree.token(index)
    if token.feats.get("VerbForm") != "Inf" or base(token.rel) != "advcl" or tree.head_of(index) is None:
        return False
    return tree.token(token.head).pos == "VERB" and any(lemma_of(tree, mark) == "чтобы"
                                                        for mark in tree.kids(index, "mark"))


@rule("events")
def conjunct_doer(ctx: Context, verb: int) -> list[int]:
    """The subject of a governing verb that has none of its own, taken from the verb coordinated before it when they
    agree: "Участники рынка опасаются потерь, но готовы поддержать меру", "Представители Бюро получили визы и готовы
    вылететь в Москву" (who is ready does what the infinitive says)."""
    tree, token = ctx.tree, ctx.tree.token(verb)
    if token.rel != "conj" or tree.kids(verb, "nsubj", "nsubj:pass", "expl"):
        return []
    for member in reversed([m for m in coordination_group(ctx, verb) if m < verb]):
        subjects = true_subjects(tree, tree.kids(member, "nsubj"))
        if subjects and _agrees_with(tree, verb, subjects[0]) and _names_someone(tree, subjects[0]):
            subject = tree.token(subjects[0])
            fired("events", conjunct_doer, subject.start, subject.end, f"the subject of '{token.text}'")
            return subjects
        if subjects:
            return []
    return []



@rule("events")
def conjoined_infinitive(ctx: Context, verb: int, source: int) -> list[int]:
    """An infinitive coordinated with an infinitive that its governor's subject does is done by that subject too:
    "Адвокат должен вернуться в Петербург и встретиться с руководством", "участники планируют обсудить ситуацию и
    принять программу" (one controller for both conjuncts; the governor's own subject, or the one it shares as a
    conjunct, `conjunct_doer`)."""
    tree = ctx.tree
    if tree.token(verb).feats.get("VerbForm") != "Inf" or not _subject_controlled(tree, source):
        return []
    governor = tree.token(source).head
    subjects = true_subjects(tree, tree.kids(governor, "nsubj")) or conjunct_doer(ctx, governor)
    if subjects:
        subject = tree.token(subjects[0])
        fired("events", conjoined_infinitive, subject.start, subject.end,
              f"the controller of '{tree.token(source).text}' and '{tree.token(verb).text}'")
    return subjects


@rule("events")
def governor_doer(ctx: Context, governor: int) -> list[int]:
    """The doer of a governing word with no subject of its own, whose infinitive it does: a gerund's is its verb's
    subject ("СКК заседала всю ночь, пытаясь прийти к компромиссу"), a participle's or an adjective's the noun it
    describes ("с молодыми людьми, готовыми отправиться на Марс"); who can act (`agent_like`)."""
    tree, token = ctx.tree, ctx.tree.token(governor)
    head = tree.head_of(governor)
    if head is None:
        return []
    if token.feats.get("VerbForm") == "Conv" and base(token.rel) == "advcl":
        found = true_subjects(tree, tree.kids(head, "nsubj"))
    elif base(token.rel) == "acl" and token.pos in ("ADJ", "VERB") and token.feats.get("Voice") != "Pass" \
            and tree.token(head).pos in ("NOUN", "PROPN") and forms_agree(token.feats, tree.token(head).feats):
        found = [head]
    else:
        return []
    found = [child for child in found if agent_like(ctx, tree.noun_of(child))]
    if found:
        doer = tree.token(found[0])
        fired("events", governor_doer, doer.start, doer.end, f"the doer of '{token.text}' and of its infinitive")
    return found


def _names_someone(tree: Tree, index: int) -> bool:
    """A noun, a name or a personal pronoun: no "что" or "который" taken for a subject."""
    token = tree.token(index)
    return token.pos in ("NOUN", "PROPN") or (token.pos == "PRON" and token.text.lower() in PERSONAL_PRONOUNS)


def _content_clause_doer(ctx: Context, index: int) -> tuple[list[int], str]:
    """The subject of the verb that a subjectless "что" clause completes, when the clause's verb agrees with it in
    gender and number: who tells or admits it did it ("он признался в том, что бросил гранату", "он заявил, что хотел
    убить": "он"; an infinitive through the verb that controls it)."""
    tree = ctx.tree
    verb = tree.token(index).head if _subject_controlled(tree, index) else index
    token, label = tree.token(verb), shared_subject.__name__
    if token.feats.get("VerbForm") != "Fin" and verb != index and predicative_clause(tree, verb):
        label = f"{label}+{predicative_clause.__name__}"
    elif token.feats.get("VerbForm") != "Fin":
        return [], label
    if tree.kids(verb, "nsubj", "nsubj:pass", "expl") \
            or not any(lemma_of(tree, mark) == "что" for mark in tree.kids(verb, "mark")):
        return [], label
    governor = tree.head_of(verb)
    if governor is not None and base(token.rel) == "acl" and lemma_of(tree, governor) == "тот":
        governor = tree.head_of(governor)  # "признался в том, что ..."
    elif base(token.rel) != "ccomp":
        return [], label
    if governor is None or tree.token(governor).pos != "VERB":
        return [], label
    return [child for child in true_subjects(tree, tree.kids(governor, "nsubj"))
            if forms_agree(token.feats, tree.token(child).feats) and _agrees_with(tree, verb, child)], label


@rule("events")
def predicative_clause(tree: Tree, verb: int) -> bool:
    """A short adjective or participle that governs the trigger's infinitive heads a subjectless "что" clause as a
    finite verb does, and the infinitive is done by the subject of the verb the clause completes
    (`_content_clause_doer`): "Мельниченко заявил, что готов вернуться", "Кастро заявил, что готов обсуждать",
    "парламентарий заявил, что вынужден сложить с себя полномочия"; not a short participle that is the trigger
    itself ("полиция сообщила, что задержан": the police detain, they are not detained)."""
    token = tree.token(verb)
    return token.pos in ("ADJ", "VERB") and token.feats.get("Variant") == "Short"


@rule("events")
def object_controller(ctx: Context, index: int) -> list[int]:
    """Who does an infinitive under a verb of asking, ordering or allowing (OBJECT_CONTROL_VERBS): the verb's
    object or bare dative, when it can act ("попросила Генпрокурора расследовать", "рекомендовала Путину
    помиловать", "обязали компанию выплатить", "им предложили оплатить"); not a reflexive ("позволить себе")."""
    tree, token = ctx.tree, ctx.tree.token(index)
    if token.feats.get("VerbForm") != "Inf" or base(token.rel) != "xcomp" or token.head < 0 \
            or lemma_of(tree, token.head) not in OBJECT_CONTROL_VERBS:
        return []
    found = []
    for child in tree.kids(token.head, "obj", "iobj", "obl"):
        child_token = tree.token(child)
        addressed = (base(child_token.rel) in ("obj", "iobj") and child_token.feats.get("Case") != "Ins") or (
            tree.preposition(child) is None and child_token.feats.get("Case") == "Dat")  # not "приказал силой"
        if addressed and child != index and lemma_of(tree, child) not in REFLEXIVE_PRONOUNS \
                and agent_like(ctx, tree.noun_of(child)):
            found.append(child)
    return found[:1]


@rule("events")
def dative_controller(ctx: Context, index: int) -> list[int]:
    """Who does an infinitive under an impersonal predicate of success, need, duty or prospect
    (IMPERSONAL_DOER_WORDS): the predicate's bare dative, whom it falls to ("полиции удалось задержать", "президенту
    предстоит подписать", "им нужно заплатить"), also through a predicative adjective between them ("Азербайджану
    следует быть готовым освобождать") and for an infinitive coordinated with the governed one ("удалось обезвредить
    и задержать"); not when the predicate has a subject of its own ("из этого следует"), nor for an infinitive the
    parser hung on the predicate after an infinitive of asking or persuading ("удалось убедить группировки заключить
    перемирие": the persuaded conclude it)."""
    tree, token = ctx.tree, ctx.tree.token(index)
    if token.feats.get("VerbForm") != "Inf" or tree.kids(index, "nsubj", "nsubj:pass"):
        return []
    governor = _impersonal_governor(tree, index)
    if governor is None or tree.kids(governor, "nsubj", "nsubj:pass"):
        return []
    asker = next((other for other in tree.kids(governor, "csubj", "xcomp") if other < index
                  and lemma_of(tree, other) in OBJECT_CONTROL_VERBS), None)
    if asker is not None:  # "удалось убедить группировки заключить перемирие": the parser's second clausal subject
        rejected("events", dative_controller, token.start, token.end,
                 f"'{token.text}' completes '{tree.token(asker).text}', whose object does it")
        return []
    for child in tree.kids(governor, "iobj", "obl", "nmod"):
        child_token = tree.token(child)
        if tree.preposition(child) is None and child_token.feats.get("Case") == "Dat" and child != index \
                and lemma_of(tree, child) not in REFLEXIVE_PRONOUNS and _may_do(ctx, child):
            fired("events", dative_controller, child_token.start, child_token.end,
                  f"the one '{tree.token(governor).text}' falls to does '{token.text}'")
            return [child]
    return []


def _impersonal_governor(tree: Tree, index: int) -> int | None:
    """The impersonal predicate (IMPERSONAL_DOER_WORDS) whose clausal subject or complement the infinitive is, from
    its first conjunct and through a predicative adjective ("следует быть готовым освобождать")."""
    index = first_conjunct(tree, index)
    token = tree.token(index)
    governor = tree.head_of(index)
    if governor is None or base(token.rel) not in ("csubj", "xcomp"):
        return None
    above = tree.token(governor)
    if above.pos == "ADJ" and lemma_of(tree, governor) not in IMPERSONAL_DOER_WORDS \
            and base(above.rel) in ("csubj", "xcomp") and tree.head_of(governor) is not None:
        governor = above.head  # "быть готовым освобождать": the adjective's own governor
    return governor if lemma_of(tree, governor) in IMPERSONAL_DOER_WORDS else None


def _may_do(ctx: Context, index: int) -> bool:
    """A dative that can be a doer: who can act (`agent_like`), a name or a body named by an entity (a country
    acts through its government: "Азербайджану следует")."""
    noun = ctx.tree.noun_of(index)
    return agent_like(ctx, noun) or ctx.tree.token(noun).pos == "PROPN" or ctx.resolver.entity_of(noun) is not None


def _intending(ctx: Context, index: int) -> list[int]:
    """Who attempts or intends the infinitive a noun of one's own attempt or intention governs (SELF_INTENTION_NOUNS):
    the noun's genitive ("попытка полиции задержать"), else the subject of the verb the noun hangs on ("Хейгел
    заявил о своих попытках связаться с Шойгу")."""
    tree, token = ctx.tree, ctx.tree.token(index)
    noun = tree.head_of(index)
    if token.feats.get("VerbForm") != "Inf" or base(token.rel) not in ("nmod", "acl") or noun is None \
            or lemma_of(tree, noun) not in SELF_INTENTION_NOUNS:
        return []
    owners = [child for child in tree.kids(noun, "nmod") if tree.preposition(child) is None
              and tree.token(child).feats.get("Case") == "Gen" and agent_like(ctx, tree.noun_of(child))]
    if owners:
        return owners[:1]
    verb = tree.head_of(noun)  # the verb the noun itself hangs on, not one above another noun ("уведомлений о желании")
    if verb is None or tree.token(verb).pos != "VERB":
        return []
    return [child for child in true_subjects(tree, tree.kids(verb, "nsubj")) if agent_like(ctx, tree.noun_of(child))]


def _agrees_with(tree: Tree, verb: int, subject: int) -> bool:
    """A finite verb or a short participle agrees in number with the subject it would share, a coordinated subject
    counting as plural ("Путин и Алиев встретились и обсудили"), a counted one either way; "Первый был арестован, а
    второму обвинения предъявили" shares none. (Gender may differ: "Мэр Анна Иванова встретилась".)"""
    number = tree.token(verb).feats.get("Number")
    if tree.kids(subject, "nummod", "nummod:gov") or tree.token(subject).pos == "NUM" or not number:
        return True  # a counted noun agrees either way: "Оба мужчины были взяты", "погиб 21 человек"
    if tree.kids(subject, "conj"):
        return number == "Plur"
    return tree.token(subject).feats.get("Number", number) == number


def _subjectless_clause(tree: Tree, index: int) -> bool:
    """A finite verb set beside another clause (parataxis) with no subject of its own: a sequence told of one doer
    ("..., после чего выстрелил")."""
    token = tree.token(index)
    return (token.rel == "parataxis" and token.feats.get("VerbForm") == "Fin" and token.head >= 0
            and tree.token(token.head).pos == "VERB" and not tree.kids(index, "nsubj", "nsubj:pass", "expl"))


def _subject_controlled(tree: Tree, index: int) -> bool:
    """An infinitive whose doer is its governor's subject: "Арафат согласился встретиться", "компания отказалась
    платить", a passive one whose undergoer it is ("Сын Тэтчер может быть арестован"); not under a verb whose object
    or addressee does it ("рекомендовала помиловать", "попросил уйти")."""
    token = tree.token(index)
    if not (token.feats.get("VerbForm") == "Inf" or _passive_infinitive(tree, index)) or base(token.rel) != "xcomp" \
            or tree.head_of(index) is None:
        return False
    if lemma_of(tree, token.head) in OBJECT_CONTROL_VERBS:
        return passive_controller(tree, index)
    return not tree.kids(token.head, "obj", "iobj")


@rule("events")
def passive_controller(tree: Tree, index: int) -> bool:
    """An infinitive under the passive of a verb of asking, ordering or forcing (OBJECT_CONTROL_VERBS) is done by the
    passive's subject, the one the active's object would name: "он будет вынужден уйти в отставку", "делегация
    приглашена принять участие", "компания обязана выплатить" (the active "вынудили его уйти" gives the object,
    `object_controller`). The infinitive's own subject is `shared_subject`'s, as under any verb it is."""
    return tree.passive(tree.token(index).head)


def _passive_infinitive(tree: Tree, index: int) -> bool:
    """A short passive participle with the infinitive "быть", a passive infinitive: "может быть арестован", "должен
    быть освобожден" (its governor's subject undergoes it)."""
    return tree.token(index).feats.get("Variant") == "Short" \
        and any(lemma_of(tree, child) == "быть" for child in tree.kids(index, "aux:pass", "aux"))


class _Triggers:
    """The drafts, with their triggers indexed by offset, so that the draft of a cue is found by binary search."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.drafts = drafts
        self.starts: list[tuple[int, int]] = []  # (trigger start, position in drafts), sorted
        self.longest = 0
        for position, draft in enumerate(drafts):
            self._index(position, draft)

    def _index(self, position: int, draft: Draft) -> None:
        insort(self.starts, (draft.trigger.start, position))
        self.longest = max(self.longest, draft.trigger.end - draft.trigger.start)

    def append(self, draft: Draft) -> None:
        """Add a draft at the end of the list."""
        self.drafts.append(draft)
        self._index(len(self.drafts) - 1, draft)

    def first_free_over(self, start: int, end: int) -> Draft | None:
        """The first draft (in list order) not inside a quote whose trigger overlaps [start, end)."""
        low = bisect_left(self.starts, (start - self.longest,))
        high = bisect_left(self.starts, (end,))
        found = [position for trigger_start, position in self.starts[low:high]
                 if start < self.drafts[position].trigger.end and self.drafts[position].in_quote is None]
        return self.drafts[min(found)] if found else None


def _link_quote(ctx: Context, drafts: _Triggers, index: int, quote: QuoteAnn) -> None:
    """Every quote yields one statement-family event: the event its cue evokes (typed by the cue when the cue is a
    speech act, "statement" otherwise), a copy of it when the cue already carries another quote, or a new one."""
    cue = quote.cue
    draft = None
    if cue is not None:
        draft = drafts.first_free_over(cue.start, cue.end)
    if draft is not None and (draft.quote is not None or draft.type not in SPEECH_TYPES):
        # One quote per event; and a cue that is an action ("договорился") keeps its event beside the statement.
        draft = _copy(draft)
        drafts.append(draft)
    if draft is None:
        draft = _quote_draft(ctx, quote)
        drafts.append(draft)
    draft.quote = index
    if draft.type not in SPEECH_TYPES:
        draft.type = "statement"
    quote_speaker(ctx, draft, quote)


def _copy(draft: Draft) -> Draft:
    return Draft(draft.trigger, draft.type, draft.sentence, list(draft.args), None, draft.in_quote)


def _quote_draft(ctx: Context, quote: QuoteAnn) -> Draft:
    """A statement for a quote whose cue evokes no event yet."""
    return quote_cue(ctx, quote) if quote.cue is not None else quote_without_cue(ctx, quote)


@rule("events")
def quote_cue(ctx: Context, quote: QuoteAnn) -> Draft:
    """A quote whose cue evokes no event yet is a statement triggered by its cue ("считает, что ..."), typed as a
    speech act when the cue's verb is one ("потребовал")."""
    doc, cue = ctx.doc, quote.cue
    if cue is None:
        return quote_without_cue(ctx, quote)
    first = doc.token_at(cue.start)
    tokens = list(range(first, doc.token_at(cue.end))) or [first]  # the tokens that end by the cue's end
    head = next((i for i in tokens if doc.tokens[i].pos == "VERB"), tokens[0])
    lemma = quote.cue_lemma or lemma_of(ctx.tree, head)
    trigger = Trigger(VERB_TYPES.get(lemma_of(ctx.tree, head), "statement"), head, cue.start, cue.end, lemma,
                      quote_cue.__name__, passive=ctx.tree.passive(head))
    if trigger.type not in SPEECH_TYPES:
        trigger.type = "statement"
    fired("events", quote_cue, cue.start, cue.end, f"{trigger.type} for the quote at {quote.start}")
    draft = _draft(ctx, trigger)
    draft.in_quote = None
    return draft


@rule("events")
def quote_without_cue(ctx: Context, quote: QuoteAnn) -> Draft:
    """A quote without a cue is a statement triggered by its speaker's mention (or, with no speaker either, by the
    quote's first word)."""
    doc = ctx.doc
    anchor = quote.speaker_mention
    if anchor is None and quote.speaker_entity is not None:
        anchor = _nearest_mention(ctx, quote.speaker_entity, quote.start)
    if anchor is None:
        first = doc.token_at(quote.start)
        anchor = doc.span(doc.tokens[first].start, doc.tokens[first].end)
    head = doc.token_at(anchor.start)
    trigger = Trigger("statement", head, anchor.start, anchor.end, "", quote_without_cue.__name__)
    fired("events", quote_without_cue, anchor.start, anchor.end, f"statement for the quote at {quote.start}")
    return Draft(trigger, "statement", doc.tokens[min(head, len(doc.tokens) - 1)].sentence)


@rule("events")
def quote_speaker(ctx: Context, draft: Draft, quote: QuoteAnn) -> None:
    """The quote's speaker is the statement's agent (replacing the parse's subject when the quotes stage knows
    better); a pronoun speaker without an entity is resolved here."""
    mention = quote.speaker_mention
    entity = quote.speaker_entity
    if mention is None and entity is not None:
        mention = _nearest_mention(ctx, entity, draft.trigger.start)
    if mention is None:
        return
    if entity is None:
        entity = _speaker_entity(ctx, mention.start, mention.end)
    draft.args = [arg for arg in draft.args if arg.role != "agent" and not _overlaps(arg, mention.start, mention.end)]
    draft.args.append(EventArg("agent", mention.start, mention.end, ctx.doc.text[mention.start:mention.end], entity,
                               None, quote_speaker.__name__))
    fired("events", quote_speaker, mention.start, mention.end, "agent: the quotes stage's speaker")


def _nearest_mention(ctx: Context, entity: int, offset: int) -> Span:
    """The entity's last mention before `offset` (its first mention when none precedes)."""
    mentions = ctx.doc.entities[entity].mentions
    before = [mention for mention in mentions if mention.start <= offset]
    return before[-1] if before else mentions[0]


def _speaker_entity(ctx: Context, start: int, end: int) -> int | None:
    """The entity a speaker mention names: a pronoun's antecedent, or what its head word links to."""
    tokens = list(range(ctx.doc.token_at(start), ctx.doc.token_at(end)))
    if not tokens:
        return None
    head = range_head(ctx.doc, tokens)
    if ctx.doc.tokens[head].pos == "PRON":
        return ctx.resolver.entity_of(head)
    return link_entity(ctx, head, "agent")


def _overlaps(arg: EventArg, start: int, end: int) -> bool:
    return arg.start < end and start < arg.end

