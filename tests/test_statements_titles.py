"""A quotation before a cue's source that the cue does not say (a show's title, a scare
quote) leaves the cue its own content: "Later on ''This Week,'' Sanders questioned Mr.
Trump's veracity" had no statement, because a quotation standing before the source made
the cue read as that quotation's ("“...,” said Borrell")."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.statements import StatementKind


def reported(sentence: str) -> list[tuple[str | None, str]]:
    """The cue and the content of each reported statement."""
    return [
        (s.cue, s.text) for s in extract(sentence).statements if s.kind is not StatementKind.DIRECT
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Later on ''This Week,'' Senator Bernie Sanders questioned Mr. Trump's veracity.",
            "questioned",
            "Mr. Trump's veracity",
        ),
        (
            "Speaking Sunday on ABC’s “This Week,” Carson admitted that the course name in"
            " his book was inaccurate.",
            "admitted",
            "that the course name in his book was inaccurate",
        ),
        (
            "“Daily Show” host Trevor Noah argued that the plan would fail.",
            "argued",
            "that the plan would fail",
        ),
    ],
)
def test_a_title_before_the_source_is_not_what_the_cue_says(
    sentence: str, cue: str, content: str
) -> None:
    assert (cue, content) in reported(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "“We are done with this,” the editorial board recently wrote.",
        "“We are done with this,” Grayson said, according to Frankel.",
        "“We are done with this,” the mayor told reporters.",
        "“We're still winning hearts and minds,” Mr. Pence said during the closed-door"
        " session, according to audio obtained by The Times.",
    ],
)
def test_a_cue_closing_its_clause_after_a_quotation_still_says_it(sentence: str) -> None:
    """What the cue says is the quotation: no reported statement of its own."""
    assert reported(sentence) == []


def sources(sentence: str) -> list[tuple[str | None, str, str | None]]:
    """The cue, the content and the speaker's name of each reported statement."""
    return [
        (s.cue, s.text, s.speaker and s.speaker.name)
        for s in extract(sentence).statements
        if s.kind is not StatementKind.DIRECT
    ]


def test_a_participle_clause_after_a_title_is_fronted() -> None:
    """ "Sunday, on CNN's “State of the Union,” while commenting on A, X said B": the title
    closing on its comma ends the phrase before, as a comma would; who comments is who
    says B."""
    sentence = (
        "Sunday, on CNN’s “State of the Union,” while commenting on the racial divide,"
        " Governor Mary Fallin said the candidate is trying."
    )
    assert sources(sentence) == [
        ("commenting on", "the racial divide", "Mary Fallin"),
        ("said", "the candidate is trying", "Mary Fallin"),
    ]


def test_when_asked_after_a_title_has_no_source_of_its_own() -> None:
    """ "Sunday on “Fareed Zakaria GPS,” when asked about A, X said B": the question is
    asked by no one named; X says B."""
    sentence = (
        "Sunday on CNN’s “Fareed Zakaria GPS,” when asked about the nominee, President"
        " Barack Obama said he expected voters to reject the plan."
    )
    assert sources(sentence) == [
        ("asked about", "the nominee", None),
        ("said", "he expected voters to reject the plan", "Barack Obama"),
    ]
