"""Branch nominal97: a speaker whose only role is a noun alone ("candidate") takes a
qualified definite nominal of no office that opens a sentence as its subject going on
with the topic of the last sentence whose subject they are, in its paragraph or the one
before, nobody else named between ("Harlan Brisco, a candidate, would not be the
valley's first choice. Or its second.\n\nThe presumptive Republican nominee wants ...").
Not a year's or an owner's nominal, nor one of no one yet, nor where another is named
between, nor for one the article describes more. Sentences written for this branch; "<"
and ">" stand for curly quotes."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

SAID = "\n\n<We will win in the fall,> Brisco said in an email."


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the paragraph after the subject's, past a verbless fragment
        (
            "Harlan Brisco, a candidate, would not be the valley's first choice. Or its"
            " second.\n\nThe presumptive Republican nominee wants to cut taxes on factories.",
            "candidate, presumptive Republican nominee",
        ),
        # a subject the tagger may read as a plural noun's modifier ("wants")
        (
            "Harlan Brisco, a candidate, would not be the valley's first choice.\n\nThe"
            " Ohio billionaire wants to cut taxes on factories.",
            "candidate, Ohio billionaire",
        ),
    ],
)
def test_a_description_going_on_with_the_topic_is_theirs(text: str, role: str) -> None:
    assert roles_of(text + SAID)["Harlan Brisco"] == role


@pytest.mark.parametrize(
    "text",
    [
        # someone else named between: who is meant is unclear
        "Harlan Brisco, a candidate, toured a mill with Tom Aske. The retired dairy farmer"
        " told workers their jobs were safe.",
        # an owner's nominal: the office is another's
        "Harlan Brisco, a candidate, toured a mill in Dover on Monday. The retired dairy"
        " farmer's son told workers their jobs were safe.",
        # a year's, no one's
        "Harlan Brisco, a candidate, toured a mill in Dover on Monday. The 2014 farm"
        " subsidies ran out last spring.",
        # of no one yet
        "Harlan Brisco, a candidate, toured a mill in Dover on Monday. The next county"
        " treasurer will face the same budget.",
    ],
)
def test_no_description_where_it_may_be_another(text: str) -> None:
    assert roles_of(text + SAID)["Harlan Brisco"] == "candidate"


def test_one_described_more_than_a_noun_keeps_that_alone() -> None:
    text = (
        "Harlan Brisco, a Dover feed merchant, toured a mill on Monday. The retired dairy"
        " farmer told workers their jobs were safe."
    )
    assert roles_of(text + SAID)["Harlan Brisco"] == "Dover feed merchant"
