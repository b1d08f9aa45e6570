"""A title holding a body's name with "and" or commas inside ("House Ways and Means
Chairman") before its holder's name: the speaker is the person, the whole title the role;
two people joined by "and" stay two (sentences written for the test)."""

from __future__ import annotations

import pytest

from core.extract import extract

TITLED = [
    (
        '"We will not let this stand," said House Ways and Means Chairman Kent Bradley.',
        "Kent Bradley",
        "House Ways and Means Chairman",
    ),
    (
        '"The bill is dead," said Senate Health, Education, Labor and Pensions Committee '
        "Chairman Walter Pruitt.",
        "Walter Pruitt",
        "Senate Health, Education, Labor and Pensions Committee Chairman",
    ),
    (
        '"We need answers," said Senate Homeland Security and Governmental Affairs '
        "Committee Chair Nora Kessler on Monday.",
        "Nora Kessler",
        "Senate Homeland Security and Governmental Affairs Committee Chair",
    ),
    (
        '"That is a bad deal," said Senate Commerce, Science and Transportation Committee '
        "ranking member Dale Mercer.",
        "Dale Mercer",
        "Senate Commerce, Science and Transportation Committee ranking member",
    ),
    (
        '"Vaccines work," said Secretary of Health and Human Services Xavier Ruelas.',
        "Xavier Ruelas",
        "Secretary of Health and Human Services",
    ),
    (
        '"Every gun is traced," said Bureau of Alcohol, Tobacco, Firearms and Explosives '
        "Director Lena Ortiz.",
        "Lena Ortiz",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives Director",
    ),
    (
        'House Ways and Means Chairman Kent Bradley said, "We will not let this stand."',
        "Kent Bradley",
        "House Ways and Means Chairman",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), TITLED)
def test_body_title_gives_the_person(text: str, name: str, role: str) -> None:
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == name
    assert quote.role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"We agree," said Mark Dolan and Susan Price.', "Mark Dolan", None),
        (
            '"It passed," said Senate Democrats and House Speaker Nora Kessler.',
            "Senate Democrats",
            None,
        ),
        (
            '"It passed," said Senator Tom Reyes and Representative Ann Clay.',
            "Tom Reyes",
            "Senator",
        ),
        (
            'Senate Democrats and House Speaker Nora Kessler said, "It passed."',
            "Nora Kessler",
            "House Speaker",
        ),
        ('"It passed," said Trump and House Speaker Nora Kessler.', "Trump", None),
        (
            'Trump, Ryan and Republican Party Chairman Nora Kessler said, "It passed."',
            "Nora Kessler",
            "Republican Party Chairman",
        ),
        (
            'Trump and House Speaker Nora Kessler said, "It passed."',
            "Nora Kessler",
            "House Speaker",
        ),
        (
            'Dale Mercer and Acme News politics editor Nora Kessler said, "It passed."',
            "Nora Kessler",
            "Acme News politics editor",
        ),
    ],
)
def test_two_named_stay_two(text: str, name: str, role: str | None) -> None:
    """People or a group and a person listed with "and": no title read across it."""
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"Turnout is all," said former Ohio Gov. and Democratic National Committee '
            "Chairman Ted Strickland.",
            "Ted Strickland",
            "former Ohio Gov. and Democratic National Committee Chairman",
        ),
        (
            '"We will win," said former Texas senator and party chairman Bob Walters.',
            "Bob Walters",
            "former Texas senator and party chairman",
        ),
        (
            "Former Ohio Gov. and Democratic National Committee Chairman Ted Strickland said, "
            '"Turnout is all."',
            "Ted Strickland",
            "Former Ohio Gov. and Democratic National Committee Chairman",
        ),
    ],
)
def test_two_title_phrases_of_one_person(text: str, name: str, role: str) -> None:
    """Two title phrases joined by "and" before one name: the person, not the first title
    read as an unnamed speaker ("former Ohio Gov.")."""
    (quote,) = extract(text).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.role) == (name, role)
