"""A speaker phrase that is a thing of someone's ("His assumption was that “…”", "her
ads") gives its owner's words: before, each was a row of its own ("his assumption")
beside the owner's in the people table (issue 14). A possessive before a noun for people
("his chief aide", "her advisers") is someone else, and stays so. Sentences written for
the test."""

from __future__ import annotations

import pytest

from core.extract import extract
from tests.test_speaking_it import speakers


@pytest.mark.parametrize(
    "text",
    [
        (
            "Last spring, Marta Kellner told a radio host that the toll road was a mistake."
            " Her assumption, stated on air, was that \u201cthe drivers will simply go"
            " around it,\u201d and that the county would pay.\n"
        ),
        (
            "Tomas Reyve, whose uncle ran the ferry, remembers the harbour as a busy place."
            " His enduring image is of a crowded quay \u201cwith nets piled to the"
            " roof.\u201d\n"
        ),
    ],
)
def test_a_thing_of_the_owners_speaks_for_the_owner(text: str) -> None:
    names = speakers(text)
    assert names and names[0] in {"Marta Kellner", "Tomas Reyve"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Marta Kellner spent the week in the capital.\n\nHer chief aide said the"
            " county \u201cwill not pay another cent.\u201d\n",
            "Marta Kellner",
        ),
        (
            "Tomas Reyve spent the week in the capital.\n\nHis advisers said the"
            " county \u201cwill not pay another cent.\u201d\n",
            "Tomas Reyve",
        ),
        (
            "Tomas Reyve drove home at dawn.\n\nHis passenger said the road was"
            " \u201cempty all the way.\u201d\n",
            "Tomas Reyve",
        ),
        (
            "Tomas Reyve died on Sunday.\n\nHis family said he was \u201cthe kindest"
            " man in the valley.\u201d\n",
            "Tomas Reyve",
        ),
    ],
)
def test_a_person_of_the_owners_is_someone_else(text: str, owner: str) -> None:
    assert speakers(text) != [owner]


@pytest.mark.parametrize(
    "text",
    [
        (
            "\u201cThe bridge will not be finished this year,\u201d said Ilse Marron, a"
            " civil engineer and a longtime critic of the council who said she would not"
            " vote for the plan. \u201cNobody here believes the dates.\u201d\n"
        ),
        (
            "\u201cThe bridge will not be finished this year,\u201d said Ilse Marron, a"
            " civil engineer at the university and the author of two reports who has advised"
            " the council. \u201cNobody here believes the dates.\u201d\n"
        ),
    ],
)
def test_the_second_of_two_descriptions_beside_a_name_is_the_named(text: str) -> None:
    assert speakers(text) == ["Ilse Marron", "Ilse Marron"]


def test_a_description_after_a_closed_one_is_someone_else() -> None:
    """ "Name, a description, and a description": two people, not one described twice."""
    text = (
        "\u201cThe bridge will not be finished this year,\u201d said Ilse Marron, a civil"
        " engineer, and a longtime critic of the council who said she would not vote for"
        " the plan. \u201cNobody here believes the dates.\u201d\n"
    )
    assert speakers(text)[1] != "Ilse Marron"


def test_a_thing_of_the_owners_in_reported_speech_keeps_its_own_row() -> None:
    """Reported speech is a claim the thing makes, not its owner: "his credentials show
    that ..." is no statement of Tomas Reyve's (whole train: "his behavior", "her debate
    performance", "his job performance" were each given to the owner)."""
    text = (
        "Tomas Reyve wants the harbour job. His credentials show that he ran the ferry"
        " for ten years.\n"
    )
    sources = {s.text: s.speaker.name for s in extract(text).statements if s.speaker}
    assert sources.get("that he ran the ferry for ten years") == "his credentials"
