"""Bylines as they come from pages, files and reporters, read into authors."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from core.byline import Author, authors_text, parse_byline


def person(given: str, family: str, suffix: str = "") -> Author:
    return Author(given=given, family=family, suffix=suffix)


def org(name: str) -> Author:
    return Author(literal=name)


@pytest.mark.parametrize(
    ("byline", "outlet", "authors"),
    [
        ("By JAMES B. STEWART", None, [person("James B.", "Stewart")]),
        ("David Jackson, @djusatoday, USA TODAY", None, [person("David", "Jackson")]),
        ("David Jackson, @djusatoday, USA TODAY", "USA TODAY", [person("David", "Jackson")]),
        ("Breitbart News", None, [org("Breitbart News")]),
        ("Sean Sullivan,Sari Horwitz", None,
         [person("Sean", "Sullivan"), person("Sari", "Horwitz")]),
        ("Jane Doe and John Roe", None, [person("Jane", "Doe"), person("John", "Roe")]),
        ("Jill Colvin, Zeke Miller & Darlene Superville", None,
         [person("Jill", "Colvin"), person("Zeke", "Miller"), person("Darlene", "Superville")]),
        ("By Jill Colvin, Associated Press", None, [person("Jill", "Colvin")]),
        ("By Jane Doe, Staff Writer", None, [person("Jane", "Doe")]),
        ("Jane Doe | Reuters", "Reuters", [person("Jane", "Doe")]),
        ("Reuters", "Reuters", [org("Reuters")]),
        ("The Associated Press", None, [org("The Associated Press")]),
        ("Martin Luther King, Jr.", None, [person("Martin Luther", "King", "Jr.")]),
        ("MARY MCDONALD; PAT O'NEIL", None, [person("Mary", "McDonald"), person("Pat", "O'Neil")]),
        ("Ursula von der Leyen", None, [person("Ursula", "von der Leyen")]),
        ("Written by: Vivienne Machi (vmachi@defensenews.com)", None,
         [person("Vivienne", "Machi")]),
        ("Emily Post", None, [person("Emily", "Post")]),
        ("Editorial Board", "The Washington Post", [org("Editorial Board")]),
        ("", None, []),
        ("By", None, []),
    ],
)  # fmt: skip
def test_parse_byline(byline: str, outlet: str | None, authors: list[Author]) -> None:
    assert list(parse_byline(byline, outlet)) == authors


@pytest.mark.parametrize(
    ("byline", "stored"),
    [
        ("By JAMES B. STEWART", "James B. Stewart"),
        ("Sean Sullivan,Sari Horwitz", "Sean Sullivan and Sari Horwitz"),
        ("Jill Colvin; Zeke Miller; Darlene Superville",
         "Jill Colvin, Zeke Miller and Darlene Superville"),
        ("Martin Luther King, Jr.", "Martin Luther King Jr."),
        ("bell hooks", "bell hooks"),  # a name written in lower case on purpose stays so
    ],
)  # fmt: skip
def test_authors_text_is_what_is_stored(byline: str, stored: str) -> None:
    assert authors_text(parse_byline(byline)) == stored


NAME = st.sampled_from(
    ["Jane Doe", "JAMES B. STEWART", "Ursula von der Leyen", "Reuters", "Breitbart News",
     "@handle", "Martin Luther King, Jr.", "Zoë Åsa", "Staff Writer", "USA TODAY", "x", ""]
)  # fmt: skip
SEPARATOR = st.sampled_from([", ", ",", " and ", " & ", "; ", " | ", " / "])


@given(st.lists(st.tuples(NAME, SEPARATOR), max_size=5), st.text(max_size=12))
@example([], "AA. \U00018cd6 \u00b5")  # a code point Unicode leaves unassigned: no name's
@example([("Jane Doe", ", ")], "\ue800")  # an icon font's private glyph
def test_reading_a_stored_byline_again_changes_nothing(parts: list, noise: str) -> None:
    byline = "".join(name + sep for name, sep in parts) + noise
    once = authors_text(parse_byline(byline))
    assert authors_text(parse_byline(once)) == once
