"""Names nested in an organization's name: "Олимпийский комитет России", "Компартия Украины", "Армия обороны
Израиля", "Организация по безопасности и сотрудничеству в Европе", "Санкт-Петербургские клиники".

An organization named after the country, city or body it belongs to holds that place's or body's name as its
complement (a genitive, or a prepositional phrase), or the place's relational adjective as its first word
("Санкт-Петербургских клиник", "кипрскому АЕК"); the text names the place there as well as the organization.
The organization's mention stays whole (its key, its span for quotes and events); the place or body the document
names on its own elsewhere gets one more name mention inside it, so coreference sees every time the text names it.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.document import Document, EntityAnn, Span
from pipeline.entities.aliases import country_of_adjective, lookup_alias
from pipeline.entities.forms import abbreviation_stem
from pipeline.entities.naming import DEDICATION
from pipeline.lang.fold import fold, is_abbreviation
from pipeline.lang.marks import QUOTE_TOKENS, SINGLE_QUOTE_MARKS, has_quote_mark
from pipeline.lang.tree import folded_lemmas
from pipeline.rules import fired, rejected, rule

# the types a nested name may be: a place ("Банк России") or another organization ("Агентство ООН по делам беженцев")
NESTED_TYPES = frozenset({"LOC", "ORG"})
LONGEST = 4  # words of a nested name
HEAD_POS = frozenset({"NOUN", "PROPN"})
# a relational adjective's lemma ending and the links between a place's stem and it: "кипр|ский", "туль|ский"
# ("Тула"), "льв|ов|ский" ("Львов" keeps its own stem), "санкт-петербург|ский"
RELATIONAL_ENDING = "ский"
STEM_LINKS = ("ь", "ов", "ев")
STEM_FINALS = "аяоеиыйь"  # a place's final vowel or soft sign, dropped before the suffix ("Тула" -> "тул")
# an adjective after the place's that makes it a region's: "Волгоградский областной театр" is the oblast's
REGION_ADJECTIVES = frozenset({"областной", "краевой", "окружной", "районный"})


def _span_tokens(doc: Document, span: Span) -> range:
    return range(*doc.token_range(span.start, span.end))


def _lemmas(doc: Document, indices: Sequence[int]) -> tuple[str, ...]:
    lemmas = folded_lemmas(doc)
    return tuple(lemmas[i] for i in indices)


def _own_names(doc: Document, entities: Sequence[EntityAnn]) -> dict[tuple[str, ...], int]:
    """The lemmas of each name mention of a place or organization -> its entity (a form two entities share: none)."""
    found: dict[tuple[str, ...], int] = {}
    shared: set[tuple[str, ...]] = set()
    for number, entity in enumerate(entities):
        if entity.type not in NESTED_TYPES:
            continue
        for mention in entity.mentions:
            lemmas = _lemmas(doc, _span_tokens(doc, mention))
            if lemmas and found.setdefault(lemmas, number) != number:
                shared.add(lemmas)
    return {lemmas: number for lemmas, number in found.items() if lemmas not in shared}


def _titled(doc: Document, span: Span) -> bool:
    """Whether the name is a title in quotation marks ("Единая Россия", РАО "ЕЭС России", "Эхо Москвы"): a proper
    name of its own whose words name nothing else."""
    text, before = doc.text, span.start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return (before > 0 and text[before - 1] in QUOTE_TOKENS) or has_quote_mark(text, span.start, span.end) \
        or not SINGLE_QUOTE_MARKS.isdisjoint(span.text)


def _qualified_body(doc: Document, indices: Sequence[int]) -> bool:
    """Whether the name is a letter abbreviation with its qualifier ("МИД России", "МИДа Нидерландов", "ЦБ РФ"): one
    mention of the body, as the entities stage keeps it (`qualified_bodies`); the place after the abbreviation is
    `qualified_body_place`'s."""
    word = doc.tokens[indices[0]].text
    return is_abbreviation(word) or abbreviation_stem(word) is not None


def _complement(doc: Document, index: int, span: Span) -> bool:
    """Whether the nested run is a complement: after a noun of the organization's name (after adjectives only it is
    the head itself: "областной АСС", "Московский Дом книги"), in an oblique case (a nominative, "Манчестер
    Юнайтед", "Совет Россия", or a Latin word that shows no case, "Google Street View", is a name side by side with
    the organization's) and not a dedication ("имени Склифосовского": a person's honour)."""
    if not any(doc.tokens[i].pos in HEAD_POS for i in range(doc.token_at(span.start), index)):
        return False
    if doc.tokens[index].feats.get("Case", "Nom") == "Nom":
        return False
    return DEDICATION.search(doc.text[span.start:doc.tokens[index].end]) is None


def _inner_names(doc: Document, span: Span, names: dict[tuple[str, ...], int], owner: int
                 ) -> list[tuple[int, int, int]]:
    """(first token, last token, entity) of each capitalized run of words after the organization's first word whose
    lemmas are another entity's own name, longest first, not overlapping."""
    indices = _span_tokens(doc, span)
    found: list[tuple[int, int, int]] = []
    if len(indices) < 2 or _titled(doc, span) or _qualified_body(doc, indices):
        return found
    taken: set[int] = set()
    for size in range(min(LONGEST, len(indices) - 1), 0, -1):
        for offset in range(1, len(indices) - size + 1):
            run = indices[offset:offset + size]
            if taken.intersection(run) or not doc.tokens[run[0]].text[:1].isupper():
                continue
            number = names.get(_lemmas(doc, run))
            if number is None or number == owner:
                continue
            if not _complement(doc, run[0], span):
                rejected("entities", "nested_names", doc.tokens[run[0]].start, doc.tokens[run[-1]].end,
                         "a name beside the organization's, not its complement")
                continue
            found.append((run[0], run[-1], number))
            taken.update(run)
    return found


def _qualifier_of_body(doc: Document, span: Span, entities: Sequence[EntityAnn],
                       names: dict[tuple[str, ...], int], owner: int) -> tuple[int, int, int] | None:
    """`qualified_body_place` where the mention is a body's abbreviation with its qualifier, no title; else None."""
    indices = _span_tokens(doc, span)
    if len(indices) < 2 or _titled(doc, span) or not _qualified_body(doc, indices):
        return None
    return qualified_body_place(doc, span, entities, names, owner)


def _alias_place(doc: Document, run: Sequence[int], entities: Sequence[EntityAnn]) -> int | None:
    """The one place entity whose key the alias table gives the words ("Петербурга" -> loc:санкт петербург, "РФ"
    -> loc:россия): the document names that place on its own by another of its names; else None."""
    alias = lookup_alias([doc.tokens[index].text for index in run])
    if alias is None or alias.type != "LOC":
        return None
    fits = [number for number, entity in enumerate(entities) if entity.type == "LOC" and entity.key == alias.key]
    return fits[0] if len(fits) == 1 else None


@rule("entities")
def qualified_body_place(doc: Document, span: Span, entities: Sequence[EntityAnn],
                         names: dict[tuple[str, ...], int], owner: int) -> tuple[int, int, int] | None:
    """A place the document names on its own is named again as the qualifier of a body's abbreviation: "Израиль …
    МВД Израиля", "ГУ МВД Петербурга", "ФСБ Чечни" -> (first token, last token, entity) of the place.

    `qualified_bodies` keeps the abbreviation and its qualifier one organization mention ("МВД Израиля": its key is
    the body's, `org:мвд израиля`); the place written out in the genitive after it is the place's name all the same,
    as in "Олимпийский комитет России". Only the words after the abbreviation (and a second one: "ГУ МВД"), whole,
    in an oblique case, only when they are the whole rest of the mention, and only a place ("НИИ Склифосовского",
    "МФО МЕНАТЕП" name an organization's namesake or owner); else None."""
    indices = _span_tokens(doc, span)
    first = next((offset for offset in range(1, len(indices))
                  if not _qualified_body(doc, [indices[offset]])), None)
    if first is None or not doc.tokens[indices[first]].text[:1].isupper():
        return None
    run = indices[first:]
    number = names.get(_lemmas(doc, run))
    namesake = entities[number] if number is not None and entities[number].type != "LOC" else None
    if number is None or namesake is not None:
        number = _alias_place(doc, run, entities)
    if number is None and namesake is not None:
        rejected("entities", qualified_body_place, doc.tokens[run[0]].start, doc.tokens[run[-1]].end,
                 f"names {namesake.name!r} ({namesake.type}), not a place: the body's namesake or owner")
        return None
    if number is None or number == owner:
        return None
    if doc.tokens[run[0]].feats.get("Case", "Nom") == "Nom":
        rejected("entities", qualified_body_place, doc.tokens[run[0]].start, doc.tokens[run[-1]].end,
                 "a nominative beside the abbreviation, not its qualifier")
        return None
    return run[0], run[-1], number


def _adjective_stems(lemma: str) -> frozenset[str]:
    """The stems of the places a relational adjective may come from: "санкт-петербургский" -> санкт-петербург,
    "тульский" -> туль, тул; "киевский" -> киев, ки; empty for any other adjective. A stem that changes before
    the suffix gives no match: "московский" -> москов, моск (not "Москва"'s москв), "курский" -> кур (not
    "Курск")."""
    if not lemma.endswith(RELATIONAL_ENDING) or len(lemma) < len(RELATIONAL_ENDING) + 3:
        return frozenset()
    stem = lemma[:-len(RELATIONAL_ENDING)]
    return frozenset({stem} | {stem[:-len(link)] for link in STEM_LINKS if stem.endswith(link)})


def _place_stem(name: tuple[str, ...]) -> str | None:
    """A one-word place name's stem before a suffix ("тула" -> тул, "кипр" -> кипр); None for a longer name."""
    if len(name) != 1:
        return None
    return name[0][:-1] if name[0][-1:] in STEM_FINALS else name[0]


def _adjective_place(doc: Document, span: Span, entities: Sequence[EntityAnn],
                     names: dict[tuple[str, ...], int], owner: int) -> tuple[int, int] | None:
    """(token, entity) of the place whose relational adjective begins the organization's name ("Санкт-Петербургских
    клиник", "кипрскому АЕК", "американского Зала славы"): a one-word place the document names on its own, by its
    stem or, for a country adjective, by the country's name; the one place that fits, else None."""
    indices = _span_tokens(doc, span)
    if len(indices) < 2 or _titled(doc, span) or not any(doc.tokens[i].pos in HEAD_POS for i in indices[1:]):
        return None
    lemma, after = _lemmas(doc, indices[:2])
    if after in REGION_ADJECTIVES:
        return None
    stems, country = _adjective_stems(lemma), country_of_adjective(lemma)
    country_name = tuple(fold(country).lower().split()) if country else ()
    fits = {number for name, number in names.items()
            if number != owner and entities[number].type == "LOC"
            and (name == country_name or (len(name) == 1 and (name[0] in stems or _place_stem(name) in stems)))}
    return (indices[0], fits.pop()) if len(fits) == 1 else None


@rule("entities")
def nested_names(doc: Document, entities: Sequence[EntityAnn]) -> None:
    """A place or organization the document names on its own is named again inside an organization's name: "Россия
    … Олимпийский комитет России" -> "России" is a mention of Россия too, and so is a place's relational adjective
    that begins the name: "Санкт-Петербург … Санкт-Петербургских клиник" (the organization keeps its whole span)."""
    names = _own_names(doc, entities)
    if not names:
        return
    added: list[tuple[int, Span]] = []
    for owner, entity in enumerate(entities):
        if entity.type != "ORG":
            continue
        for mention in entity.mentions:
            if mention.kind != "name":
                continue
            inner = _inner_names(doc, mention, names, owner)
            adjective = _adjective_place(doc, mention, entities, names, owner)
            if adjective is not None:
                inner.append((adjective[0], adjective[0], adjective[1]))
            found = [(nested_names, *run) for run in inner]
            place = _qualifier_of_body(doc, mention, entities, names, owner)
            if place is not None:
                found.append((qualified_body_place, *place))
            for by, first, last, number in found:
                start, end = doc.tokens[first].start, doc.tokens[last].end
                target = entities[number]
                added.append((number, Span(start, end, target.type, doc.text[start:end])))
                fired("entities", by, start, end,
                      f"{doc.text[start:end]!r} in {mention.text!r} names {target.name!r}")
    for number, span in added:
        mentions = entities[number].mentions
        if all((m.start, m.end) != (span.start, span.end) for m in mentions):
            mentions.append(span)
            mentions.sort(key=lambda m: m.start)
