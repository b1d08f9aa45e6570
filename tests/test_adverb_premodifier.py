"""A noun phrase read after "according to" (or an inverted cue) keeps an "-ly" adverb
between its determiner and the participle or adjective it modifies ("the recently
unsealed audit", "a newly obtained memo", "the widely shared court-ordered report"):
before, the phrase stopped at the adverb, and the document a quotation is cited from
was no candidate at all. Invented sentences."""

from __future__ import annotations

import pytest

from core import nlp
from core.extract import attribute
from core.phrases import np_after


def _phrase_after(sentence: str, k: int) -> str | None:
    tokens = nlp.tagged(sentence, 0, len(sentence))
    found = np_after(tokens, k)
    if found is None:
        return None
    return sentence[tokens[found[0]].span.start : tokens[found[1] - 1].span.end]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("according to the recently unsealed audit, the clerk", "the recently unsealed audit"),
        ("according to a newly obtained memo from the mayor", "a newly obtained memo"),
        (
            "according to the widely shared court-ordered report,",
            "the widely shared court-ordered report",
        ),
        ("according to his recently published memoir, the board", "his recently published memoir"),
    ],
)
def test_an_adverb_of_a_modifier_stays_in_the_phrase(sentence: str, phrase: str) -> None:
    assert _phrase_after(sentence, 2) == phrase


def test_an_adverb_of_a_verb_ends_the_phrase() -> None:
    """ "the plan quickly collapsed": the adverb belongs to the verb after the noun."""
    assert _phrase_after("according to the plan quickly collapsed", 2) == "the plan"


def test_a_document_cited_with_an_adverb_is_the_source() -> None:
    text = (
        "The county clerk resigned in March after months of questions about the ballots.\n\n"
        "According to the recently unsealed audit, the clerk was warned in writing that "
        "\u201cthe count cannot be certified as it stands.\u201d\n"
    )
    reading = attribute(text, model=None)
    (att,) = reading.attributions
    assert att.mention is not None
    assert text[att.mention.span.start : att.mention.span.end] == "the recently unsealed audit"
