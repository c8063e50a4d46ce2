"""How sure the rules are of a quote: a score in 0..1 from the rule that fired and the evidence it had.

The score starts from the rule's base (a cue verb next to paired quotation marks is the surest; a quotation
taken over from the speaker of a previous one, or a colon headline without a cue, the least), then gains or
loses for the evidence: a speech verb was found (+), the speaker is a named entity (+) or only a noun phrase
(0) or none although the cue asks for one (-), the cue agrees with the speaker in gender (- when it doesn't).
The numbers rank quotes for filtering (``confidence >= 0.6`` keeps the well-evidenced ones); they are not
calibrated probabilities.
"""

from __future__ import annotations

# Base score of each rule family: how often such a rule is right on the annotated dev sets, roughly, in steps.
RULE_BASE: dict[str, float] = {
    "direct_after": 0.8, "direct_split": 0.8, "direct_colon": 0.8, "direct_colon_noun": 0.8,
    "direct_colon_infinitive": 0.8, "direct_dash_line": 0.75, "direct_block": 0.7, "direct_outlet": 0.7,
    "direct_list": 0.7, "direct_continuation": 0.7, "direct_named": 0.65, "direct_reference": 0.7,
    "direct_speech_noun": 0.65,
    "direct_colon_subject": 0.6, "direct_answer": 0.55, "interview_answer": 0.5, "direct_answer_carried": 0.5,
    "answer_continued": 0.45, "direct_paragraph_continued": 0.45,
    "direct_colon_speaker": 0.55, "direct_colon_question": 0.6,
    "interview_turn": 0.6,
    "direct_question": 0.5, "direct_colon_context": 0.45,
    "direct_standalone": 0.4, "direct_headline": 0.55, "direct_quoting": 0.7,
    "indirect_that": 0.7, "indirect_according": 0.7, "indirect_as_says": 0.7, "indirect_phrase_that": 0.65,
    "indirect_impersonal_that": 0.65, "indirect_fronted_that": 0.7, "indirect_about_this": 0.65,
    "indirect_reference": 0.6, "indirect_conjoined": 0.6, "indirect_trailing": 0.6, "indirect_parenthetical": 0.6,
    "indirect_about": 0.55, "indirect_request": 0.55, "indirect_accuse": 0.55, "indirect_follows": 0.55,
    "indirect_naming": 0.5, "indirect_evaluation": 0.45, "indirect_cause": 0.45, "indirect_concern": 0.5,
    "indirect_apology": 0.55, "indirect_preposition": 0.5, "indirect_headline": 0.5, "indirect_object": 0.45,
    "indirect_quoting": 0.6, "indirect_outlet": 0.6, "indirect_about_fronted": 0.55,
    "indirect_demand": 0.5, "indirect_told_medium": 0.55, "indirect_if_believe": 0.6,
    "indirect_request_noun": 0.45, "indirect_noun_about": 0.5, "indirect_about_which": 0.55,
    "direct_headline_subject": 0.55,
    "indirect_as_verdict": 0.45, "direct_quoted_via": 0.7, "indirect_quoted_via": 0.6,
}
DEFAULT_BASE = 0.5
CUE_BONUS = 0.05
ENTITY_BONUS = 0.1
NO_SPEAKER_PENALTY = 0.15
DISAGREEMENT_PENALTY = 0.25


def quote_confidence(rule: str, *, cue: bool, speaker: bool, entity: bool, speaker_expected: bool,
                     agrees: bool = True) -> float:
    """The confidence of a quote found by `rule`: `cue` a cue word was found, `speaker` a speaker was named,
    `entity` it is a document entity, `speaker_expected` the cue wants one (not impersonal, not a question),
    `agrees` the cue's gender or number does not contradict the speaker."""
    score = RULE_BASE.get(rule, DEFAULT_BASE)
    if cue:
        score += CUE_BONUS
    if speaker and entity:
        score += ENTITY_BONUS
    elif not speaker and speaker_expected:
        score -= NO_SPEAKER_PENALTY
    if not agrees:
        score -= DISAGREEMENT_PENALTY
    return round(min(1.0, max(0.05, score)), 2)
