"""An organisation passing on its leader's words: "the agency said in a statement, quoting its
director, Jane Roe: “...”" quotes Jane Roe, the agency only passes her words on (as "the agency
quoted Jane Roe as saying" already did). Only a person named with a first name or a title:
"citing a report", "quoting an unnamed official", "citing Trump's appeal" or an organisation
quoted leave the words to the cue's subject. On sentences written for the test (orgs62)."""

from __future__ import annotations

import pytest

from core.extract import extract
from tests.test_pronouns import L, R

OPENING = (
    "Flood defences hold\n\n"
    "Water levels on the river fell on Sunday after a week of heavy rain, and most roads in "
    "the valley reopened.\n\n"
)


def speaker(sentence: str) -> str | None:
    quotes = extract(OPENING + sentence).quotes
    assert len(quotes) == 1, quotes
    return quotes[0].speaker.name if quotes[0].speaker else None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            f"The agency said in a statement, quoting its director, Jane Roe: {L}The walls did "
            f"what they were built to do.{R}",
            "Jane Roe",
        ),  # the name in an appositive, before a colon
        (
            f"{L}We expect a full recovery by spring,{R} the company said, quoting its "
            "chairman, Peter Hale.",
            "Peter Hale",
        ),  # after the quotation
        (
            f"The ministry said, citing Minister Ana Ruiz, that {L}the schools will open on "
            f"Monday.{R}",
            "Ana Ruiz",
        ),  # "citing", a title before the name
    ],
)
def test_the_named_person_quoted_speaks(sentence: str, name: str) -> None:
    assert speaker(sentence) == name


@pytest.mark.parametrize(
    "sentence",
    [
        f"{L}It was a close call,{R} the agency said, citing a report by its engineers.",
        f"{L}The damage is limited,{R} the agency said, quoting an unnamed official.",
        f"{L}The roads are open,{R} the agency said, citing the Transport Ministry.",
        f"{L}The damage is limited,{R} the agency said, citing Jane Roe's report.",
    ],
)
def test_no_person_named_leaves_the_cue_subject(sentence: str) -> None:
    assert speaker(sentence) == "agency"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (f"Barack Obama said, quoting Martin Luther King: {L}The arc is long.{R}", "Barack Obama"),
        (
            f"Mayor Tom Bell said, citing Minister Ana Ruiz, that {L}the border stays shut.{R}",
            "Tom Bell",
        ),
    ],
)
def test_a_person_quoting_someone_still_speaks(sentence: str, name: str) -> None:
    """A person who quotes another is the one speaking in the article: only an
    organisation passes its leader's words on."""
    assert speaker(sentence) == name
