"""A headline's quote restated by the article's lead: the headline gives its source as a description or not at all
("Автор «списка Магнитского» надеется, что …", "Эдмонда Поупа рекомендовали помиловать"); the lead tells the same
news again with the source named ("Об этом заявил … сенатор Бенджамин Кардин", "Комиссия по помилованиям
рекомендовала помиловать …"). QUOTES.md names the source as the article identifies it: the lead's name."""

from __future__ import annotations

from dataclasses import replace

from pipeline.document import QuoteAnn, nonempty_lines_end
from pipeline.lang.fold import fold
from pipeline.lang.lexicon import NAMELESS_SOURCE_NOUNS
from pipeline.lang.tree import range_head
from pipeline.quotes.context import Context
from pipeline.quotes.descriptions import introduced_as, mention_role_heads, role_words
from pipeline.quotes.lexicon import OUTLET_VERBS
from pipeline.rules import fired, rejected

LEAD_PARAGRAPHS = 3  # the lead: the paragraphs after the headline line that retell it
SHARED_CONTENT_WORDS = 3  # content lemmas the two contents share when their cues differ
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _headline_end(text: str) -> int | None:
    """The end of the first line, the headline, when the text goes on after it."""
    end = text.find("\n")
    return end if end > 0 and text[end:].strip() else None


def _content_lemmas(ctx: Context, quote: QuoteAnn) -> set[str]:
    """The folded lemmas of the content words of a quote's span."""
    return {fold(ctx.lemma(index)) for index in ctx.tokens_within(quote.start, quote.end)
            if ctx.tokens[index].pos in CONTENT_POS}


def _wanted_type(ctx: Context, quote: QuoteAnn) -> str | None:
    """The entity type a headline's description may be named by: a singular animate noun a person ("автор",
    "ректор ВШЭ"), a singular inanimate one a body ("Российское бюро Интерпола"); "" for a quote with no speaker
    (any type); None for a speaker that stays as written: a plural ("эксперты", "СМИ", "власти Москвы": a group,
    not the one source the lead names), a name, an unnamed source ("источник")."""
    if quote.speaker is None:
        return ""
    mention = quote.speaker_mention
    if mention is None:
        return None
    tokens = [index for index in ctx.tokens_within(mention.start, mention.end) if ctx.is_word(index)]
    if not tokens:
        return None
    head = range_head(ctx.doc, tokens)
    feats = ctx.feats(head)
    if ctx.tokens[head].pos != "NOUN" or feats.get("Number") != "Sing" \
            or fold(ctx.lemma(head)) in NAMELESS_SOURCE_NOUNS:
        return None
    return "PER" if feats.get("Animacy") == "Anim" else "ORG"


def _restates(ctx: Context, headline: QuoteAnn, lead: QuoteAnn, wanted: str) -> bool:
    """The lead's quote tells the headline's news with a named source of the wanted type: the same cue lemma, or
    (for a described source) SHARED_CONTENT_WORDS content lemmas in common; an outlet relaying it ("сообщает",
    "передает") is no restatement of its source, nor a name the headline's content itself speaks of."""
    if lead.speaker_entity is None or lead.speaker is None:
        return False
    entity = ctx.doc.entities[lead.speaker_entity]
    if wanted and entity.type != wanted:
        return False
    if any(headline.start <= mention.start < headline.end for mention in entity.mentions):
        return False  # "Прокурор попросил приговорить Браудера": Браудер is spoken of, not the source
    if wanted == "PER" and _role_of_another(ctx, headline, lead.speaker_entity):
        return False
    same_cue = bool(headline.cue_lemma) and lead.cue_lemma == headline.cue_lemma
    if same_cue:
        return True
    if not wanted or lead.cue_lemma in OUTLET_VERBS:
        return False
    return len(_content_lemmas(ctx, headline) & _content_lemmas(ctx, lead)) >= SHARED_CONTENT_WORDS


def _role_of_another(ctx: Context, headline: QuoteAnn, entity_index: int) -> bool:
    """The headline's role noun ("Адвокат назвал приговор …") is the role the article below the headline gives
    another person ("адвокат Ольга Пыжова") and not the lead's source ("Прокурор Андрей Белых заявил, что
    приговор …"): the two sides of one story, not one person told twice."""
    mention = headline.speaker_mention
    words = [index for index in ctx.tokens_within(mention.start, mention.end) if ctx.is_word(index)] \
        if mention is not None else []
    if not words:
        return False
    wanted = role_words(fold(ctx.lemma(range_head(ctx.doc, words))))
    if introduced_as(ctx, entity_index) & wanted:
        return False
    return any(other != entity_index and entity.type == "PER" and any(
        name.start >= headline.end and mention_role_heads(ctx, name) & wanted for name in entity.names())
        for other, entity in enumerate(ctx.doc.entities))


def headline_restated(ctx: Context, quotes: list[QuoteAnn]) -> list[QuoteAnn]:
    """A quote on the headline line whose speaker is a singular description or none takes the named source of the
    first quote of the lead (LEAD_PARAGRAPHS) that restates it (`_restates`): a quote of the same cue lemma first,
    else one sharing content words. Traced `headline_restated` (fired with the name; turned down when the lead
    has named sources but none restates the headline)."""
    text = ctx.doc.text
    headline_end = _headline_end(text)
    if headline_end is None:
        return quotes
    lead_end = nonempty_lines_end(text, LEAD_PARAGRAPHS, headline_end)
    lead = [quote for quote in quotes if headline_end <= quote.start < lead_end]
    result = list(quotes)
    for position, quote in enumerate(quotes):
        if quote.start >= headline_end or quote.speaker_entity is not None:
            continue
        wanted = _wanted_type(ctx, quote)
        if wanted is None:
            continue
        same = [other for other in lead if other.cue_lemma == quote.cue_lemma and _restates(ctx, quote, other, wanted)]
        found = same or [other for other in lead if _restates(ctx, quote, other, wanted)]
        if not found:
            if any(other.speaker_entity is not None for other in lead):
                rejected("quotes", "headline_restated", quote.start, quote.end, "no quote of the lead restates it")
            continue
        named = found[0]
        fired("quotes", "headline_restated", quote.start, quote.end, f"speaker {quote.speaker} -> {named.speaker}")
        result[position] = replace(quote, speaker=named.speaker, speaker_entity=named.speaker_entity)
    return result
