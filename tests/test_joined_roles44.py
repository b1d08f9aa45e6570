"""A speaker row's role joining two roles of one article (issue 14: at most 2% of person
rows show a role over 60 characters). A second role may run the row past 60 characters
(``roles.MAX_PLAIN``, up to ``MAX_SHORT``) only when it is an office, a noun phrase headed
by a title ("chairman of the European Union Military Committee"); a description ("son of
Colombian immigrants", "strong supporter of ...", "one of the few ...") joins only within
60 characters, and none joins after one was left out. Each quote keeps the article's
whole phrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.document import Metadata
from core.ingest import analyse
from core.library import Library
from core.person_roles import _first_conjunct, _office_headed, canonical_role
from core.roles import MAX_PLAIN


def row_and_phrase(tmp_path: Path, text: str) -> tuple[str | None, str]:
    """The role the one person row of a library holding ``text`` shows, and the role
    the article gives them."""
    with Library(tmp_path / "roles.db") as library:
        library.add_article(analyse(text, Metadata(title="t", published="2016-06-01")))
        (row,) = library.speakers(kinds=["person"])
        ((*_, phrase),) = library.speaker_roles(row.id)
    return row.role, phrase


def test_a_description_past_sixty_characters_is_cut_to_the_office(tmp_path: Path) -> None:
    text = (
        "Labor Secretary Tomas Perales spoke in Ohio on Monday. Perales, the"
        " Spanish-speaking son of Colombian immigrants, is the least-known name on the list."
        " \u201cWe will raise wages for every worker,\u201d Perales said."
    )
    role, phrase = row_and_phrase(tmp_path, text)
    assert phrase == "Labor Secretary, Spanish-speaking son of Colombian immigrants"
    assert role == "Labor Secretary"


def test_no_description_stands_in_for_one_left_out(tmp_path: Path) -> None:
    """ "sleeper in the Cabinet" would fit once "son of ..." is left out; the row shows
    the first role rather than a third one read as the second."""
    text = (
        "Labor Secretary Tomas Perales spoke in Ohio on Monday. Perales, the"
        " Spanish-speaking son of Colombian immigrants, is the least-known name on the list."
        " Perales, a sleeper in the Cabinet, has few enemies."
        " \u201cWe will raise wages for every worker,\u201d Perales said."
    )
    role, phrase = row_and_phrase(tmp_path, text)
    assert phrase.endswith(", sleeper in the Cabinet")
    assert role == "Labor Secretary"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Conservative icon Jane Korver spoke in Ohio on Monday. Korver had been a strong"
            " supporter of the senator\u2019s campaign. \u201cThe vote was a mistake,\u201d"
            " Korver said.",
            "Conservative icon",
        ),
        (
            "Sen. Paul Oden (R-Ga.) spoke on Monday. Oden, one of the few co-authors still on"
            " Capitol Hill, was angry. \u201cWe will win this state,\u201d Oden said.",
            "Senator (R-Ga.)",
        ),
    ],
)
def test_a_second_piece_not_headed_by_an_office_is_cut(
    tmp_path: Path, text: str, shown: str
) -> None:
    role, phrase = row_and_phrase(tmp_path, text)
    assert len(phrase) > MAX_PLAIN  # the article's phrase keeps both
    assert role == shown


def test_a_description_does_not_drop_the_place_a_title_serves(tmp_path: Path) -> None:
    """The place is dropped to make room for a second office, not for a description."""
    text = (
        "California Rep. Jared Holm spoke on Monday. Holm, a member of the progressive"
        " caucus board, was angry. \u201cWe will win this state,\u201d Holm said."
    )
    role, phrase = row_and_phrase(tmp_path, text)
    assert phrase == "California Rep., member of the progressive caucus board"
    assert role == "California Representative"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Austrian Army Gen. Rolf Haider, chairman of the European Union Military"
            " Committee, spoke on Monday. \u201cThe mission is no signal of war,\u201d Haider"
            " said.",
            "Austrian Army General, chairman of the European Union Military Committee",
        ),
        (
            "Libertarian presidential nominee Maria Lund spoke in Ohio on Monday. Lund, a"
            " two-term governor of New Mexico, has avoided the fringe label. \u201cWe will"
            " win this state,\u201d Lund said.",
            "Libertarian presidential nominee, two-term governor of New Mexico",
        ),
        (
            "Arizona Rep. Raul Vega spoke on Monday. Vega, co-chairman of the Congressional"
            " Progressive Caucus, was angry. \u201cWe will win this state,\u201d Vega said.",
            "Representative, co-chairman of the Congressional Progressive Caucus",
        ),
    ],
)
def test_a_second_office_joins_past_sixty_characters(tmp_path: Path, text: str, shown: str) -> None:
    role, _ = row_and_phrase(tmp_path, text)
    assert role == shown
    assert len(role) > MAX_PLAIN


def test_a_short_description_still_joins(tmp_path: Path) -> None:
    text = (
        "Iowa Sen. Ann Brody spoke in Ohio on Monday. Brody, a Clinton supporter, has"
        " avoided the fringe label. \u201cWe will win this state,\u201d Brody said."
    )
    assert row_and_phrase(tmp_path, text)[0] == "Iowa Senator, Clinton supporter"


def test_the_seed_articles_rank_and_office_stay_whole() -> None:
    given = "Austrian Army Gen., current chairman of the European Union Military Committee"
    shown = canonical_role([("2022-08-30", given)])
    assert shown == "Austrian Army General, chairman of the European Union Military Committee"
    assert len(shown) == 72


@pytest.mark.parametrize(
    ("role", "office"),
    [
        ("chairman of the European Union Military Committee", True),
        ("Democratic National Committee\u2019s chair", True),
        ("Senate Foreign Relations Committee Chairman (R-Tenn.)", True),
        ("co-chairman of the Congressional Progressive Caucus", True),
        ("state Representative", True),
        ("Spanish-speaking son of Dominican immigrants", False),
        ("strong supporter of the senator\u2019s campaign", False),
        ("one of the few co-authors still on Capitol Hill", False),
        ("then deputy national security adviser", False),
        ("influential activist", False),
    ],
)
def test_the_head_of_a_piece_tells_an_office(role: str, office: bool) -> None:
    assert _office_headed(role) is office


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Former Alaska Gov. and Republican vice presidential candidate Sara Pallin spoke"
            " on Monday. \u201cWe will win this state,\u201d Pallin said.",
            "Former Alaska Governor",
        ),
        (
            "Ray Hollister, an Illinois shipping-supplies manufacturer and conservative"
            " activist, spoke on Monday. \u201cWe will win this state,\u201d Hollister said.",
            "Illinois shipping-supplies manufacturer",
        ),
        (  # a second office stays
            "Wes Clarke, a retired four-star general and former supreme allied commander of"
            " NATO forces in Europe, spoke on Monday. \u201cWe will win this state,\u201d"
            " Clarke said.",
            "retired four-star general and former supreme allied commander",
        ),
    ],
)
def test_two_roles_joined_by_and_past_sixty_characters_keep_an_office_only(
    tmp_path: Path, text: str, shown: str
) -> None:
    role, phrase = row_and_phrase(tmp_path, text)
    assert len(phrase) > MAX_PLAIN
    assert role == shown


@pytest.mark.parametrize(
    "role",
    [
        "spokesman for the Committee on Science and Technology in Washington DC",  # a name
        "chairman and chief executive officer of the Westbay Residents Association",
    ],  # a complement both roles may share
)
def test_an_and_inside_a_name_or_before_a_complement_is_not_cut(role: str) -> None:
    assert _first_conjunct(role) == role
