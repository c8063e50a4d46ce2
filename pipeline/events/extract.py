"""From an annotated Document to its events: triggers, arguments, quotes, dates, places."""

from __future__ import annotations

from bisect import bisect_left, insort

from pipeline.document import Document, EventAnn, EventArg, QuoteAnn, Span
from pipeline.events.detection import Trigger, detect, lemma_of
from pipeline.events.draft import Draft
from pipeline.events.modality import modality_of
from pipeline.events.rules import (
    Candidate,
    Context,
    arguments,
    link_entity,
    make_arg,
    subject_role,
    true_subjects,
)
from pipeline.events.timing import TIME_RULES, coordination_group, place_from_coordination
from pipeline.events.vocabulary import BY_NAME, SPEECH_TYPES, VERB_TYPES
from pipeline.lang.tree import range_head

SUBJECT_RULES = ("subject", "subject+conj")


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
    for rule in TIME_RULES:
        rule(ctx, drafts)
    drafts = [draft for draft in drafts if _kept(draft)]
    place_from_coordination(ctx, drafts)
    drafts.sort(key=lambda draft: (draft.trigger.start, -1 if draft.quote is None else draft.quote))
    return [draft.annotation(doc.text) for draft in drafts]


def _kept(draft: Draft) -> bool:
    """A bare event noun counts only when the text dates or places it, or names who took part in it ("выборы
    президента", "переговоры Путина и Алиева", "арест Петрова"): an event noun with nothing of its own is as often a
    kind as a happening ("меры поддержки", "подготовка к выборам")."""
    if draft.trigger.rule != "dated_or_placed_noun" or draft.quote is not None:
        return True
    if draft.date is not None or draft.has_role("place") or bool(draft.entities()):
        return True
    return draft.type in HAPPENING_NOUN_TYPES and not draft.topic_noun  # "закон о митингах" is about a kind


TOPIC_PREPOSITIONS = frozenset({"о", "об", "обо", "про"})
# types whose nouns name a happening even bare: news write "выборы", "теракт", "убийство", "митинг" about one
HAPPENING_NOUN_TYPES = frozenset({"election", "attack", "killing", "protest", "detention"})


def _draft(ctx: Context, trigger: Trigger) -> Draft:
    event_type = BY_NAME[trigger.type]
    candidates = arguments(ctx, trigger, event_type)
    if not any(candidate.rule in SUBJECT_RULES for candidate in candidates):
        candidates = _shared_subject(ctx, trigger) + candidates
    draft = Draft(trigger, trigger.type, ctx.doc.tokens[trigger.token].sentence)
    draft.topic_noun = trigger.nominal and ctx.tree.preposition(trigger.token) in TOPIC_PREPOSITIONS
    draft.modality, draft.modality_rule = modality_of(ctx.tree, trigger.verb if trigger.verb is not None
                                                      else trigger.token)
    draft.in_quote = ctx.direct_quote_at(trigger.start)
    draft.args = _build_args(ctx, candidates)
    return draft


def _build_args(ctx: Context, candidates: list[Candidate]) -> list[EventArg]:
    """The arguments of the candidates, one per role and referent (pronouns were resolved by the coref stage,
    which keeps a pronoun off its own clause's subject: "Алиев поздравил его" is not Алиев)."""
    return _distinct([make_arg(ctx, c) for c in candidates])


def _distinct(args: list[EventArg]) -> list[EventArg]:
    """One argument per role and referent: a second mention of the same entity in the same role adds nothing."""
    seen: set[tuple[str, int]] = set()
    kept = []
    for arg in args:
        if arg.entity is not None:
            if (arg.role, arg.entity) in seen:
                continue
            seen.add((arg.role, arg.entity))
        kept.append(arg)
    return kept


def _shared_subject(ctx: Context, trigger: Trigger) -> list[Candidate]:
    """A predicate without a subject shares that of the nearest preceding coordinated verb, or, for a gerund, of its
    governing verb: "Алиев позвонил Путину и поздравил его" -> Алиев congratulates."""
    tree, predicate = ctx.tree, trigger.predicate
    token = tree.token(predicate)
    if token.pos != "VERB":
        return []
    sources = []
    if token.feats.get("VerbForm") == "Conv" and token.head >= 0:
        sources.append(token.head)
    if token.rel == "conj":
        sources += reversed([m for m in coordination_group(ctx, predicate) if m < predicate])
    event_type = BY_NAME[trigger.type]
    for source in sources:
        subjects = true_subjects(tree, tree.kids(source, "nsubj"))
        if subjects:
            found = []
            for subject in subjects:
                role = subject_role(event_type, trigger, "nsubj")
                found.append(Candidate(role, subject, "shared_subject"))
                found += [Candidate(role, conj, "shared_subject+conj") for conj in tree.kids(subject, "conj")
                          if tree.token(conj).pos in ("NOUN", "PROPN", "PRON")]
            return found
    return []


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
    _set_speaker(ctx, draft, quote)


def _copy(draft: Draft) -> Draft:
    return Draft(draft.trigger, draft.type, draft.sentence, list(draft.args), None, draft.in_quote)


def _quote_draft(ctx: Context, quote: QuoteAnn) -> Draft:
    """A statement for a quote whose cue evokes no event yet: triggered by the cue, or, with no cue, by the speaker's
    mention (or, with no speaker either, by the quote's first word)."""
    doc, cue = ctx.doc, quote.cue
    if cue is not None:
        first = doc.token_at(cue.start)
        tokens = list(range(first, doc.token_at(cue.end))) or [first]  # the tokens that end by the cue's end
        head = next((i for i in tokens if doc.tokens[i].pos == "VERB"), tokens[0])
        lemma = quote.cue_lemma or lemma_of(ctx.tree, head)
        trigger = Trigger(VERB_TYPES.get(lemma_of(ctx.tree, head), "statement"), head, cue.start, cue.end, lemma,
                          "quote_cue", passive=ctx.tree.passive(head))
        if trigger.type not in SPEECH_TYPES:
            trigger.type = "statement"
        draft = _draft(ctx, trigger)
        draft.in_quote = None
        return draft
    anchor = quote.speaker_mention
    if anchor is None and quote.speaker_entity is not None:
        anchor = _nearest_mention(ctx, quote.speaker_entity, quote.start)
    if anchor is None:
        first = doc.token_at(quote.start)
        anchor = doc.span(doc.tokens[first].start, doc.tokens[first].end)
    head = doc.token_at(anchor.start)
    trigger = Trigger("statement", head, anchor.start, anchor.end, "", "quote_without_cue")
    return Draft(trigger, "statement", doc.tokens[min(head, len(doc.tokens) - 1)].sentence)


def _set_speaker(ctx: Context, draft: Draft, quote: QuoteAnn) -> None:
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
                               None, "quote_speaker"))


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

