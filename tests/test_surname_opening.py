"""A surname the article gives someone, opening a sentence before a comma or a verb, is
a name even where the tagger puts the unknown word in a closed class ("Ortega-Baca/UH, the
granddaughter of Mexican immigrants, called that “…”": probe batch 14, p08). Sentences
written for the test; the people invented."""

from __future__ import annotations

from core import nlp
from tests.test_pronouns import L, R, speaker_of

DEBATE = (
    "Rivals spar in debate\n\n"
    "LAS VEGAS - Republican Rep. Dale Ames and Democrat Lucia Ortiz-Vega met on Tuesday.\n\n"
    "The Republican turned to taxes, accusing his opponent of wanting "
    f"{L}higher rates for everyone.{R} Ortiz-Vega, the daughter of farmworkers, called that "
    f"{L}a lie, and he knows it.{R}\n"
)


def test_an_opening_surname_before_an_aside_is_the_subject() -> None:
    """The cue after the appositive finds its subject (main: none)."""
    assert speaker_of(DEBATE, "a lie, and") == "Lucia Ortiz-Vega"


def test_an_opening_surname_is_tagged_a_name_only_as_the_articles() -> None:
    text = "Ortiz-Vega, the daughter of farmworkers, called that a lie."
    tokens = nlp.tokenize(text, 0, len(text))
    assert nlp.tag(tokens, surnames={"Ortiz-Vega"})[0].tag == "NNP"
    hastily = "Hastily, the board voted."
    tokens = nlp.tokenize(hastily, 0, len(hastily))
    assert nlp.tag(tokens, surnames={"Ortiz-Vega"})[0].tag != "NNP"
