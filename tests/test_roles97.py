"""Branch roleprobes97: forms roleprobes97 (and train's role samples) found read wrong,
mended as grammar over the tagged words (issue 15). How long a role has been held is no
part of it after an appositive, as after a copula or a relative clause already ("the
elections administrator | since 2014", "close friend | since sixth grade at ...", "a
deacon | since his teens"), unless another role is joined after it, and
"since" with any noun phrase after a role is such a time; "until" with a noun phrase, or a
clause whose subject is one, dates a past post as "after" and "before" do ("who was Bush's
field director | until the former governor left the race"). Sentences written for this
branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_QUOTED = "\n<We will appeal,> Barker said on Monday.\n"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nell Barker, the county's elections director since 2014, counted the ballots."
         + _QUOTED, "county's elections director"),
        ("Nell Barker, a precinct captain since the Carter years, opened the doors." + _QUOTED,
         "precinct captain"),
        ("Nell Barker, her closest friend since third grade at Lincoln Elementary, came."
         + _QUOTED, "her closest friend"),
        ("Nell Barker, a welder at the shipyard for 23 years, lost her job." + _QUOTED,
         "welder at the shipyard"),
        ("Nell Barker, the local's president from 1998 to 2010, came to the hall." + _QUOTED,
         "local's president from 1998 to 2010"),  # when, not how long: a past post, kept
        ("Nell Barker, a spokeswoman for the Lee campaign, spoke first." + _QUOTED,
         "spokeswoman for the Lee campaign"),
        ("Nell Barker, a deacon since his teens, said it was over." + _QUOTED, "deacon"),
        ("Nell Barker, a waitress at the Golden Bear for nine years, said it was over."
         + _QUOTED, "waitress at the Golden Bear"),  # a description, whatever its noun
        ("Nell Barker, a fellow at the Hale Institute since 2010 and a former aide to Gov. "
         "Ann Lee, spoke." + _QUOTED,
         "fellow at the Hale Institute since 2010 and a former aide to Gov. Ann Lee"),  # the
        # role joined after it would be lost with the cut
    ],
)  # fmt: skip
def test_how_long_is_no_part_of_an_appositive(text: str, role: str) -> None:
    assert roles_of(text)["Nell Barker"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ed Fox has been the town's fire chief since high school friends elected him."
         "\n<We will rebuild,> Fox said.\n", "town's fire chief"),
        ("Ed Fox has been the county treasurer since 2009.\n<We are broke,> Fox said.\n",
         "county treasurer"),
    ],
)  # fmt: skip
def test_how_long_is_no_part_of_a_copulas_role(text: str, role: str) -> None:
    assert roles_of(text)["Ed Fox"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nell Barker, who was Lee's Ohio field director until the senator left the race in "
         "March, said she would stay home." + _QUOTED, "Lee's former Ohio field director"),
        ("Nell Barker, who was the party's treasurer until the merger, spoke." + _QUOTED,
         "party's former treasurer"),
        ("Nell Barker, who was the party's treasurer until 2012, spoke." + _QUOTED,
         "party's former treasurer"),
    ],
)  # fmt: skip
def test_until_dates_a_past_post(text: str, role: str) -> None:
    assert roles_of(text)["Nell Barker"] == role
