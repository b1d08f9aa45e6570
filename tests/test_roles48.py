"""Branch roles48: a lower-case noun that is also a verb's form ("state") qualifies the role
noun after it in a title before a name ("state attorney Ann Lee"); an adjective of
frequency made from a time noun, which the tagger reads as an adverb, opens a title
("the network's nightly news anchor Ann Lee"); and the copula after "He" or "She" is read
up to two sentences past the naming when each sentence between opens with the same
pronoun as its subject and names nobody else ("Ann Lee, 34, could ... . She has ... .
She is an executive ..."), an age set off after the naming no bar to its being the
subject. And a plural noun opening a sentence before "to", "of" or "for" and a name
("Aides to Mr. Ekland said") is the source, not the name, as in lower case. Sentences
written for these forms, with their near misses."""

from __future__ import annotations

import pytest

from core.extract import extract
from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "<It cannot be proved,> according to a motion filed by state attorney Mia Tovar.",
            "state attorney",
        ),
        ("<We need the votes,> said state senator Mia Tovar.", "state senator"),
        # a verb of the same form in the quotation is no title
        ("<We will state our case,> said Mia Tovar.", None),
    ],
)
def test_a_noun_that_is_also_a_verb_qualifies_the_role_noun(text: str, role: str | None) -> None:
    assert roles_of(text)["Mia Tovar"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The station's nightly news anchor Mia Tovar answered with a letter."
            " <I am worried,> she wrote.",
            "station's nightly news anchor",
        ),
        ("<I am worried,> said weekly columnist Mia Tovar.", "weekly columnist"),
    ],
)
def test_an_adjective_of_frequency_opens_a_title(text: str, role: str) -> None:
    assert roles_of(text)["Mia Tovar"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Mia Tovar, 41, could sway the undecided. She has defended the plan, calling it"
            " <a fair deal.> She is a senior partner at the family firm.",
            "senior partner at the family firm",
        ),
        (
            "<We will win,> Mia Tovar said. She left early. She drove home."
            " She is the county's chief prosecutor.",
            "county's chief prosecutor",
        ),
        (
            "Mia Tovar, 41, called it <a fair deal.> She is the county's chief prosecutor.",
            "county's chief prosecutor",
        ),
        # another pronoun, another person named between, or three sentences: no role
        (
            "<We will win,> Mia Tovar said. She left early. He is the county's chief prosecutor.",
            None,
        ),
        (
            "<We will win,> Mia Tovar said. She thanked Bo Ekland. She is the county's chief"
            " prosecutor. <Thanks,> Bo Ekland said.",
            None,
        ),
        (
            "<We will win,> Mia Tovar said. She left early. She drove home. She slept."
            " She is the county's chief prosecutor.",
            None,
        ),
    ],
)
def test_the_pronoun_copula_is_read_past_sentences_of_the_same_subject(
    text: str, role: str | None
) -> None:
    assert roles_of(text)["Mia Tovar"] == role


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aides to Mr. Ekland said, <It will fail.>", "Aides to Mr. Ekland"),
        ("Advisers to Sen. Ekland said the plan would fail.", "Advisers to Sen. Ekland"),
        # a singular title, or an organisation's name going on past the preposition: the name
        ("Secretary of State Bo Ekland said the plan would fail.", "Bo Ekland"),
        ("Americans for Prosperity president Bo Ekland said the plan would fail.", "Bo Ekland"),
    ],
)
def test_a_plural_opening_the_sentence_before_a_name_is_the_source(text: str, source: str) -> None:
    text = "Bo Ekland won the primary. " + text.replace("<", "\u201c").replace(">", "\u201d")
    analysis = extract(text)
    said = [*analysis.quotes, *analysis.statements]
    assert {s.speaker.name for s in said if s.speaker is not None} == {source}
