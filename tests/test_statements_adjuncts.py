"""A passive cue's source and subject (sentences written for the tests).

- "for" opening an adjunct after the agent ("Trump has been rebuked by opponents [for his
  proposal]") is no part of the agent's phrase: before, the source was "opponents for his
  proposal" and the complement was lost; "a spokesman for his campaign" keeps its "for".
- A passive cue with an "as" complement and no agent ("Atkinson was identified as the
  protester") says what its subject is seen as: the subject is what is talked of, not the
  source, whatever the verb; "X was quoted as saying" keeps X.
"""

from __future__ import annotations

import pytest

from core.extract import extract
from core.statements import StatementKind


def reported(sentence: str) -> list[tuple[str | None, str | None, str]]:
    """The cue, the source's name and the content of each statement with no quotation."""
    return [
        (s.cue, s.speaker.name if s.speaker else None, s.text)
        for s in extract(sentence).statements
        if s.kind is not StatementKind.DIRECT
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The senator has been rebuked by opponents for his proposal to close the base.",
            [("rebuked", "opponents", "The senator … for his proposal to close the base")],
        ),
        (
            "The governor was praised by critics for her handling of the storm.",
            [("praised", "critics", "The governor … for her handling of the storm")],
        ),
        (
            "The mayor was criticized by a spokesman for his campaign for the delay.",
            [
                (
                    "criticized",
                    "a spokesman for his campaign",
                    "The mayor … for the delay",
                )
            ],
        ),
    ],
)
def test_for_opening_an_adjunct_ends_the_agent(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert reported(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The delay was criticized by a spokesman for the Bank of America.",
            "a spokesman for the Bank of America",
        ),
        ("The plan was attacked by Democrats for failing to cover the poor.", "Democrats"),
    ],
)
def test_the_agents_own_for_stays(sentence: str, source: str) -> None:
    assert [name for _, name, _ in reported(sentence)] == [source]


def test_a_quotation_speaker_keeps_the_employer() -> None:
    found = extract('"We will win," said a spokesman for his campaign.')
    assert [q.speaker.name for q in found.quotes if q.speaker] == ["a spokesman for his campaign"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kelsey Atkinson was identified as the protester who rushed the stage.",
            [("identified as", None, "Kelsey Atkinson … the protester who rushed the stage")],
        ),
        (
            "Sanders was written off as a fringe candidate when he launched his bid.",
            [("written off", None, "Sanders … a fringe candidate when he launched his bid")],
        ),
    ],
)
def test_an_as_complement_passive_names_no_source(
    sentence: str, expected: list[tuple[str, None, str]]
) -> None:
    assert reported(sentence) == expected


def test_quoted_as_saying_keeps_its_speaker() -> None:
    assert reported("Smith was quoted as saying the plan would fail.") == [
        ("quoted as saying", "Smith", "the plan would fail")
    ]


def test_an_adjective_before_as_keeps_its_source() -> None:
    """The whole-train diff: "polls were entirely unclear as to who would win the state"
    (gold: the polls' statement) is no passive; its source stays."""
    found = reported("Before the vote, polls were entirely unclear as to who would win the state.")
    assert [name for _, name, _ in found] == ["polls"]


def test_an_adverb_before_the_participle() -> None:
    """The whole-train diff: an adverb the model counts as a cue word ("increasingly")
    opens the cue; the participle ending it decides."""
    assert reported("Twitter is increasingly seen as a source of news.") == [
        ("increasingly seen as", None, "Twitter … a source of news")
    ]
