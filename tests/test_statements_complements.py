"""A passive cue's complement after its agent (sentences written for the tests): "Trump
has been criticized by some of his rivals [for failing to ...]" gave only the subject,
"Trump", where what the rivals say of him is both pieces; "for" and "as" right after the
agent open the rest. A break or an adjunct after the agent leaves the subject alone."""

from __future__ import annotations

import pytest

from tests.analyses import reported


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The governor has been criticized by some of his rivals for failing to spend"
            " enough time in the state.",
            [("criticized", "The governor … for failing to spend enough time in the state")],
        ),
        (
            "The senator will probably be remembered by historians as a champion of the"
            " working poor.",
            [("remembered", "The senator … as a champion of the working poor")],
        ),
    ],
)
def test_the_complement_after_the_agent_is_content(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The move was criticized by economists.", [("criticized", "The move")]),
        (
            "The move was criticized by economists on Tuesday at a hearing in Washington.",
            [("criticized", "The move")],
        ),
    ],
)
def test_no_complement_after_the_agent(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reported(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # "for" opening the rest of the agent's name is no complement
            "The law was struck down by a vote of the Court of Appeals for the Fifth Circuit.",
            [("struck down", "The law")],
        ),
        (  # the subject keeps the negation among its auxiliaries
            "The same could not be said for the other candidates.",
            [("said for", "The same could not … the other candidates")],
        ),
    ],
)
def test_agent_names_and_negations(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert reported(sentence) == expected
