"""A name the article gives someone as an alias ("Dorin Vasile Maru, the hacker known as
\u201cNightjar,\u201d ...  Nightjar said") is that person: before, the alias was a row of
its own beside the full name's in the people table (issue 14), as no rule of the name's
own words joins "Nightjar" to Maru. Sentences written for the test."""

from __future__ import annotations

import pytest

from core.person_names import alias_of
from tests.test_speaking_it import speakers

HACKER = (
    "In a prison interview, Dorin Vasile Maru, the hacker known as \u201cNightjar,\u201d"
    " said he had read the mayor's mail. \u201cThe server was open to anyone,\u201d he said."
    "\n\nNightjar said that \u201cnobody ever changed the password.\u201d\n"
)


def test_an_alias_speaks_as_the_person_it_names() -> None:
    assert speakers(HACKER) == ["Dorin Vasile Maru", "Dorin Vasile Maru"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Petra Lindqvist, who goes by \u201cPip,\u201d ran the shop.", "Pip", "Petra Lindqvist"),
        ("Oskar Brand, better known as Ozzy, sang.", "Ozzy", "Oskar Brand"),
        # two people given the same alias: neither is sure
        (
            "Ann Roe, known as \u201cRed,\u201d met Bea Lund, known as \u201cRed,\u201d today.",
            "Red",
            None,
        ),
        ("But Oskar Brand, nicknamed Ozzy, sang.", "Ozzy", "Oskar Brand"),
        # no person's name: an organisation's other name
        ("The Harbour Guild, known as \u201cHG,\u201d met.", "HG", None),
        # an alias no one is given
        ("Oskar Brand sang. Ozzy clapped.", "Ozzy", None),
        ("Oskar Brand, known as Ozzy, met Pip.", "Pip", None),  # a cue, another word after
        ("Petra Lindqvist, known as\xa0'Pip', ran the shop.", "Pip", "Petra Lindqvist"),
    ],
)
def test_the_one_full_name_an_alias_is_given(text: str, word: str, expected: str | None) -> None:
    assert alias_of(text, word) == expected
