"""Coreference: pronouns, descriptions and name variants linked to the entities the article names.

One resolver for every stage: the coref stage adds the mentions it links to `EntityAnn.mentions` (with `kind`
"pronoun" or "description"), and the quotes and events stages read speakers and arguments from them.

- `lexicon`: pronoun forms and the description nouns (shared with the quotes and entities lexicons).
- `mentions`: the anaphors of a document (pronouns, reflexives, relatives, descriptions) and their features.
- `referents`: the antecedent candidates (entity mentions) and the features of each entity.
- `rules`: small named rules; each links, rejects or scores a candidate and says why.
- `resolve`: the resolver, in text order, with a trace of every decision (`explain`).
- `trace`: a decision and its steps, handed to the common tracer (`svodka explain --task coref`).
- `speakers`: first person inside a direct quote (run by the quotes stage once speakers are known).
- `first_person`: first person inside the quotation marks that hold a person's quote (called from `speakers`).

Every rule is a function registered with `@rule("coref")` (pipeline/rules.py): its name is the label a decision
and the trace record.
"""

from pipeline.coref import first_person, speakers  # noqa: F401  (register the first-person rules)
from pipeline.coref.resolve import Decision, explain, resolve_document

__all__ = ["Decision", "explain", "resolve_document"]
