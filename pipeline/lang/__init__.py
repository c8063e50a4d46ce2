"""The language core: the one home of the Russian basics every rule package shares.

- `fold`: the comparison form of words and lemmas (lowercase, ё folded to е; `fold_uncached` for whole documents);
- `marks`: quotation marks, dashes and the one quote-pairing algorithm;
- `lexicon`: role, place, organization, media, document and speech nouns, and pronouns by class;
- `grammemes`: the pymorphy3 grammeme sets that mark names;
- `roles`: the role noun a word is, where the tagger lemmatised it as a homonym (`role_reading`).

Rule packages import these instead of defining their own copies; tests/lang/test_one_source.py fails when a copy
appears elsewhere in pipeline/.
"""
