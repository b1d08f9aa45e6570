"""Branch roles62: a noun in "-ly" that the tagger read as an adverb cut a role short.
Found on whole train by a trial that read a copula past a phrase holding a possessive (not
kept: see tests/test_role_probes62.py's Salinas): "Klein, an influential activist who did
not attend Thursday's summit, was an organizer of the September rally/RB against the Iran
nuclear deal" gave "organizer of the September". The same mend reads "according to a CNN
tally/RB," as a noun phrase. Sentences written for this branch."""

from __future__ import annotations

import pytest

from core.nlp import tag, tokenize
from tests.test_role_probes46 import said


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        ("Nell Barker was an organizer of the September rally against the deal.",
         "organizer of the September rally"),
        ("Nell Barker was an organizer of the Trump rally in Ames.",
         "organizer of the Trump rally in Ames"),
    ],
)  # fmt: skip
def test_a_noun_in_ly_after_a_noun_heads_its_phrase(middle: str, role: str) -> None:
    """A word in "-ly" that makes no adverb of an adjective, read as an adverb after a
    singular noun and before a preposition, is the noun the phrase ends with."""
    assert said(middle) == role


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The bill passed the Senate early on Tuesday.", "early"),
        ("The mayor spoke briefly on Tuesday.", "briefly"),
        ("She gripped his hands tensely, and left.", "tensely"),
    ],
)
def test_an_adjective_or_adverb_in_ly_after_a_noun_is_left_as_read(
    sentence: str, word: str
) -> None:
    assert {t.text: t.tag for t in tag(tokenize(sentence))}[word] != "NN"


def test_a_tally_after_a_name_is_a_noun() -> None:
    tags = {t.text: t.tag for t in tag(tokenize("He leads, according to a CNN tally, by 40."))}
    assert tags["tally"] == "NN"
