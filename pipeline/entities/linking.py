"""Mentions -> entities: one entity per real-world referent of a document, under a canonical name and a key.

1. Each mention gets a canonical nominative name (pipeline.naming) and a key: the alias table's key when the
   mention names a known referent in any variant ("РФ", "Российской Федерации" -> "loc:россия"), a country-scoped
   key for ministries and the like ("МИД России", "российский МИД" -> "org:мид россии"), else type + name.
2. Mentions with one key form one entity.
3. Entities are merged inside the document: a shorter person name into the unique fuller name it is part of
   ("Алиевым", "Н. Кан" -> "Ильхам Алиев", "Наото Кан"), an acronym into the name it abbreviates or follows in
   brackets ("КЗЖ", "Азербайджанские авиалинии (AZAL)"), an unqualified ministry into the one qualified one.
4. Person entities collect the role phrases set in apposition to their mentions (pipeline.entities.roles).

An entity's name is its fullest mention's name; its key is that of its fullest keyed form, so that the same
referent gets the same key in every document that names it fully.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.document import Document, EntityAnn, Span, Token
from pipeline.entities.aliases import country_of_adjective, lookup_alias, scoped_body
from pipeline.entities.boundaries import span_tokens
from pipeline.entities.forms import word_forms
from pipeline.entities.roles import attach_roles
from pipeline.naming import canonical_name, entity_key, inflect_name

ACRONYM_SKIP = frozenset({"и", "по", "в", "во", "за", "против", "при", "для", "на", "о", "об", "of", "and", "the",
                          "for", "de"})


@dataclass
class Mention:
    """A mention with what linking needs: its tokens, canonical name and key."""

    span: Span
    tokens: list[Token]
    name: str
    key: str
    keyed: bool = False  # the key comes from the alias table or a country scope, not from the name alone


@dataclass
class Group:
    """Mentions that refer to one entity (so far)."""

    type: str
    mentions: list[Mention] = field(default_factory=list)

    @property
    def best(self) -> Mention:
        """The fullest mention: keyed first, then most words, then the longest, then the earliest."""
        return max(self.mentions, key=lambda m: (m.keyed, _word_count(m.name), len(m.name), -m.span.start))


def _word_count(name: str) -> int:
    return sum(1 for word in name.split() if len(word.strip(".")) > 1)


def _words(tokens: Sequence[Token]) -> list[str]:
    return [token.text for token in tokens if any(char.isalnum() for char in token.text)]


def build_entities(doc: Document, spans: Sequence[Span]) -> list[EntityAnn]:
    """Group a document's mentions into entities (see the module docstring)."""
    mentions = [_mention(doc, span, spans) for span in spans]
    groups: dict[str, Group] = {}
    for mention in mentions:
        if mention is not None:
            groups.setdefault(mention.key, Group(mention.span.type)).mentions.append(mention)
    merged = _merge_scoped(_merge_acronyms(doc, _merge_persons(list(groups.values()))))
    entities = [_entity(group) for group in merged]
    entities.sort(key=lambda entity: entity.mentions[0].start)
    attach_roles(doc, entities)
    return entities


def _mention(doc: Document, span: Span, spans: Sequence[Span]) -> Mention | None:
    tokens = span_tokens(doc, span)
    if not tokens:
        return None
    name = canonical_name(span.type, tokens)
    words = _words(tokens)
    alias = lookup_alias(words)
    if alias is not None and alias.type == span.type:
        return Mention(span, tokens, name, alias.key, keyed=True)
    if span.type == "ORG":
        scoped = _scoped(doc, span, words, spans)
        if scoped is not None:
            return Mention(span, tokens, scoped[0], scoped[1], keyed=True)
    return Mention(span, tokens, name, entity_key(span.type, name))


def _scoped(doc: Document, span: Span, words: list[str], spans: Sequence[Span]) -> tuple[str, str] | None:
    """(name, key) of a country's body: "МИД России", "МИД РФ", "японского МИДа", "Центрального банка России"."""
    qualifier = _following_place(doc, span, spans)
    qualifier_tokens = span_tokens(doc, qualifier) if qualifier is not None else []
    if qualifier_tokens:
        alias = lookup_alias(words + _words(qualifier_tokens))
        if alias is not None and alias.type == "ORG":
            return alias.name, alias.key
    tokens = [token for token in span_tokens(doc, span) if any(char.isalnum() for char in token.text)]
    country = None
    while len(tokens) > 1 and tokens[0].pos == "ADJ" \
            and (tokens[0].text[:1].islower() or country_of_adjective(tokens[0].lemma)):  # "японского МИДа"
        country = country or country_of_adjective(tokens[0].lemma)
        tokens = tokens[1:]
    words = [token.text for token in tokens]
    for cut in range(len(tokens), 0, -1):
        body = scoped_body(words[:cut])
        if body is None:
            continue
        place = tokens[cut:] or qualifier_tokens
        country = _place_name(place) if place else country or _country_before(doc, span)
        if country is None:
            return body, entity_key("ORG", body)
        name = f"{body} {inflect_name(country, 'gent')}"
        return name, entity_key("ORG", name)
    return None


def _following_place(doc: Document, span: Span, spans: Sequence[Span]) -> Span | None:
    """The LOC mention right after an ORG mention ("МИД | России")."""
    for other in spans:
        if other.type == "LOC" and other.start >= span.end and not doc.text[span.end : other.start].strip():
            return other
    return None


def _place_name(tokens: Sequence[Token]) -> str:
    """A place's preferred name: the alias table's, else its canonical nominative name."""
    alias = lookup_alias(_words(tokens))
    return alias.name if alias is not None and alias.type == "LOC" else canonical_name("LOC", tokens)


def _country_before(doc: Document, span: Span) -> str | None:
    """The country of a country adjective right before the mention: "японского МИДа" -> "Япония"."""
    index = doc.token_at(span.start) - 1
    if index < 0:
        return None
    token = doc.tokens[index]
    return country_of_adjective(token.lemma) if token.pos == "ADJ" else None


def _is_initial(word: str) -> bool:
    return len(word.strip(".")) == 1 and word[:1].isupper()


def _person_words(group: Group) -> list[str]:
    return group.best.name.replace(".", ". ").split()


def _covers(short: list[str], full: list[str]) -> bool:
    """Every word of the short name is a word of the full name, in any case form, or its initial; the full
    name says more (more words, or a word where the short one has an initial)."""
    initials = sum(map(_is_initial, short)) - sum(map(_is_initial, full))
    if len(short) > len(full) or (len(short) == len(full) and initials <= 0):
        return False
    remaining = list(full)
    for word in short:
        for candidate in remaining:
            if (_is_initial(word) and candidate[:1] == word[:1] and not _is_initial(candidate)) \
                    or (not _is_initial(word) and word_forms(word) & word_forms(candidate)):
                remaining.remove(candidate)
                break
        else:
            return False
    return True


def _merge_persons(groups: list[Group]) -> list[Group]:
    """Merge each shorter person name into the unique fuller name that covers it (gender permitting)."""
    persons = [group for group in groups if group.type == "PER"]
    absorbed: set[int] = set()
    for short in sorted(persons, key=lambda group: len(_person_words(group))):
        words = _person_words(short)
        owners = [full for full in persons if full is not short and id(full) not in absorbed
                  and _covers(words, _person_words(full))]
        gender = _gender(short)
        if len(owners) > 1 and gender:
            owners = [owner for owner in owners if _gender(owner) in (gender, "")]
        owners = _outermost(owners)
        if len(owners) == 1:
            owners[0].mentions.extend(short.mentions)
            absorbed.add(id(short))
    return [group for group in groups if id(group) not in absorbed]


def _outermost(owners: list[Group]) -> list[Group]:
    """Of nested candidates ("Владимир Путин" within "Владимир Владимирович Путин"), keep the fullest."""
    return [owner for owner in owners
            if not any(other is not owner and _covers(_person_words(owner), _person_words(other)) for other in owners)]


def _gender(group: Group) -> str:
    for mention in group.mentions:
        gender = person_gender(mention.tokens)
        if gender:
            return gender
    return ""


def person_gender(tokens: Sequence[Token]) -> str:
    """'masc' or 'femn' from slovnet's Gender feature of the name's tokens, else ''."""
    for token in reversed(tokens):
        gender = token.feats.get("Gender")
        if gender == "Masc":
            return "masc"
        if gender == "Fem":
            return "femn"
    return ""


def _acronym_of(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word.lower() not in ACRONYM_SKIP).upper()


def _merge_acronyms(doc: Document, groups: list[Group]) -> list[Group]:
    """Merge an acronym into the name it abbreviates, and a bracketed variant into the name before it."""
    absorbed: set[int] = set()
    by_span = {(m.span.start, m.span.end): group for group in groups for m in group.mentions}
    for group in groups:
        target = _bracket_owner(doc, group, by_span) or _acronym_owner(group, groups)
        if target is not None and target is not group and id(target) not in absorbed:
            target.mentions.extend(group.mentions)
            absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


def _bracket_owner(doc: Document, group: Group, by_span: dict[tuple[int, int], Group]) -> Group | None:
    """"Азербайджанские авиалинии (AZAL)": the group of the mention right before the bracket."""
    for mention in group.mentions:
        before = doc.text[: mention.span.start].rstrip()
        if not before.endswith("("):
            continue
        end = len(before[:-1].rstrip())
        owner = next((g for (start, stop), g in by_span.items() if stop == end and start < end), None)
        if owner is not None and owner.type == group.type and not any(m.keyed for m in group.mentions) \
                and _variant_in_brackets(owner.best, mention):
            return owner
    return None


def _variant_in_brackets(name: Mention, bracketed: Mention) -> bool:
    """A bracketed mention that gives the same referent: another script ("Джоэл Саймон (Joel Simon)") or the
    acronym of a multi-word organization ("Азербайджанские авиалинии (AZAL)"); not a place or person beside
    it ("Гуантанамо (Куба)", "Хитли (Гецлаф)")."""
    if _is_latin(name.name) != _is_latin(bracketed.name):
        return True
    return name.span.type == "ORG" and not name.keyed and _word_count(name.name) > 1 and bracketed.name.isupper()


def _is_latin(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all("a" <= char.lower() <= "z" for char in letters)


def _acronym_owner(group: Group, groups: list[Group]) -> Group | None:
    best = group.best
    if group.type != "ORG" or best.keyed or not best.name.isupper() or not 2 <= len(best.name) <= 6:
        return None
    owners = [other for other in groups if other is not group and other.type == "ORG"
              and _word_count(other.best.name) > 1 and _acronym_of(other.best.name) == best.name]
    return owners[0] if len(owners) == 1 else None


def _merge_scoped(groups: list[Group]) -> list[Group]:
    """An unqualified "МИД" joins the document's one qualified "МИД ..." (none or several: it stays apart)."""
    absorbed: set[int] = set()
    for group in groups:
        best = group.best
        if group.type != "ORG" or not best.keyed or scoped_body([best.name]) != best.name:
            continue
        prefix = best.key + " "
        owners = [other for other in groups if other.best.key.startswith(prefix)]
        if len(owners) == 1:
            owners[0].mentions.extend(group.mentions)
            absorbed.add(id(group))
    return [group for group in groups if id(group) not in absorbed]


def _entity(group: Group) -> EntityAnn:
    best = group.best
    mentions = sorted((m.span for m in group.mentions), key=lambda span: span.start)
    key = best.key if best.keyed else entity_key(group.type, best.name)
    entity = EntityAnn(group.type, best.name, key, mentions)
    if group.type == "PER":
        entity.gender = _gender(group)
    return entity

