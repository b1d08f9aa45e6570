"""roles54: relative clauses in roles, and roles given after the naming (issue 15).

An appositive's relative clause stays in the role only where it names a position: a verb
of holding a post with its object or a named body ("who teaches at Georgetown
University", "who heads the state bar association", "who is now advising X's campaign"),
an office after "as"; a clause that tells what the person did or is like ("who has
surveyed the state for two decades", "who waited four hours to vote", "who has never held
office") is cut, and the noun phrase before it is the role. A roleless speaker takes a
role from a definite nominal that opens the next sentence as its subject ("But the
58-year-old former schoolteacher has spent ...") or from "Now she chairs ..." after it.
All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from core.extract import extract

QUOTE = "\u201cIt was very close tonight in the county,\u201d"


def role_of(story: str, name: str) -> str | None:
    """The role shown for ``name`` among the speakers of ``story``."""
    roles = {s.name: s.role for s in extract("News\n\n" + story + "\n").speakers}
    assert name in roles, roles
    return roles[name]


def appositive(phrase: str) -> str | None:
    """The role of Ann Lee, quoted after ``phrase`` set off after her name."""
    return role_of(f"Ann Lee, {phrase}, said, {QUOTE[:-2]}.\u201d", "Ann Lee")


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        # what the person did, or is like: cut
        ("a Columbia pollster who has surveyed the state for two decades", "Columbia pollster"),
        ("a Dayton car dealer who has never held office", "Dayton car dealer"),
        ("a retired nurse who waited four hours to vote", "retired nurse"),
        ("a Republican who has refused to endorse Mr. Hart", "Republican"),
        ("a lobbyist who has worked on four campaigns", "lobbyist"),
        ("a bank employee and one of the thousands who now live downtown", "bank employee"),
        # a position: kept
        ("a professor who teaches at Georgetown University",
         "professor who teaches at Georgetown University"),
        ("who teaches at Georgetown University", "teaches at Georgetown University"),
        ("a lawyer who heads the state bar association",
         "lawyer who heads the state bar association"),
        ("a former Bush official who also sits on the board of the Jewish Council",
         "former Bush official who also sits on the board of the Jewish Council"),
        ("an economist who studies cyber issues at the Council on Foreign Relations",
         "economist who studies cyber issues at the Council on Foreign Relations"),
        ("a Democratic strategist who is now advising Mr. Hart's campaign",
         "Democratic strategist who is now advising Mr. Hart's campaign"),
        ("a Democratic pollster who is working with Priorities USA",
         "Democratic pollster who is working with Priorities USA"),
        ("a pollster who is running for Congress", "pollster who is running for Congress"),
        ("a Democrat who ran for the U.S. Senate in 2008",
         "Democrat who ran for the U.S. Senate in 2008"),
        ("who ran for governor in 2010", "ran for governor in 2010"),
        # nothing named after the progressive: no post
        ("a pollster who is advising caution", "pollster"),
        ("a nurse who lobbied for the bill", "nurse"),
        ("a teacher who has taught at the school since 2009",
         "teacher who has taught at the school"),
    ],
)  # fmt: skip
def test_relative_clause_kept_only_for_a_position(phrase: str, role: str) -> None:
    assert appositive(phrase) == role


def test_a_cut_clause_keeps_the_dash_that_closes_the_appositive() -> None:
    story = (
        "It was the perfect stage for Lee - the first-term senator from Ohio who is facing a "
        f"tough race against Hart. {QUOTE} Lee said."
    )
    assert role_of(story, "Lee") == "first-term senator from Ohio"


STORY = (
    "On a cold morning in Dover, Ann Kessel is talking to a church group. {quote} she says."
    "\n\nKessel doesn't look like a power broker. But the 58-year-old former schoolteacher "
    "has spent ten years in the state Senate.{now}"
)


def test_now_she_chairs_after_a_definite_nominal() -> None:
    story = STORY.format(quote=QUOTE, now=" Now she chairs the Senate Finance Committee.")
    assert role_of(story, "Ann Kessel") == "chairs the Senate Finance Committee"


def test_the_definite_nominal_alone() -> None:
    assert role_of(STORY.format(quote=QUOTE, now=""), "Ann Kessel") == "former schoolteacher"


def test_now_he_chairs_right_after_the_naming() -> None:
    story = f"{QUOTE} Tom Abers said.\n\nNow he chairs the Senate Finance Committee."
    assert role_of(story, "Tom Abers") == "chairs the Senate Finance Committee"


def test_no_nominal_role_when_another_bears_the_surname() -> None:
    story = STORY.format(quote=QUOTE, now="") + " Her husband, Don Kessel, drives her."
    assert role_of(story, "Ann Kessel") is None


def test_no_nominal_role_when_a_sentence_without_the_person_stands_between() -> None:
    story = f"{QUOTE} Tom Abers said.\n\nThe weather was cold. Now he chairs the Senate panel."
    assert role_of(story, "Tom Abers") is None
