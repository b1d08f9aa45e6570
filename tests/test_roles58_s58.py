"""Branch roles58 (session 58): three kinds of role the invented batches and the train
samples found read wrong (issue 15), mended as grammar over tagged words.

- A relative clause after a role noun that names no role itself (what the person did,
  grows, or where they live) is left out: the role a reporter prints beside the name is
  the noun phrase ("a fourth-generation farmer | who grows corn ..."). The train samples
  take such clauses as optional, never as the role; a clause that names a role ("who
  chairs ...", "who is the director of ...") stays, as does a clause that is the only
  role ("Ann Lee, who volunteers as a poll worker").
- A kind of person no role list holds ("plaintiff") apposed with a complement naming a
  body or matter of its own ("a plaintiff in the lawsuit") names a role, as one with a
  modifier already did.
- A plural role noun set before two names ("Trump's state co-chairmen, X and Y,", "his press
  spokeswomen, X and Y,") gives each the singular: plurals in "-men" and hyphenated ones
  are read, and a possessive or a pronoun's owner may open the phrase.

Sentences written for this branch, people invented; "<" and ">" stand for curly quotes."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_SAID = "\n<We will appeal,> {} said on Monday.\n"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nell Barker, a fourth-generation farmer who grows corn and soybeans on 900 acres "
         "north of town, opened the meeting.", "fourth-generation farmer"),
        ("Nell Barker, a retired schoolteacher who has lived in Carroll since 1971, came.",
         "retired schoolteacher"),
        ("Nell Barker, a student at Rio State University who registered voters on campus "
         "this fall, came.", "student at Rio State University"),
        ("Nell Barker, a retired teacher who has worked the polls since 1992, came.",
         "retired teacher"),
        ("Nell Barker, a lawyer who represents the county, came.",
         "lawyer who represents the county"),  # a clause naming a role: kept
        ("Nell Barker, a Wisconsin Republican who chairs the ethics committee, came.",
         "Wisconsin Republican who chairs the ethics committee"),
        ("Nell Barker, an economist who is the director of the Hale Forecast, came.",
         "economist who is the director of the Hale Forecast"),
        ("Nell Barker, who volunteers as a poll worker at the library, came.",
         "poll worker at the library"),  # the clause is the only role
        ("Nell Barker, a bank teller and one of the thousands who live downtown, came.",
         "bank teller"),  # the clause gave the partitive its sense: both left out
    ],
)  # fmt: skip
def test_a_clause_naming_no_role_is_left_out_after_a_role_noun(text: str, role: str) -> None:
    assert roles_of(text + _SAID.format("Barker"))["Nell Barker"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("It was a good night for Nell Barker - the county clerk who faces a recall. ",
         "county clerk"),
        ("Nell Barker (the county's elections director who took office in May) spoke.",
         "county's elections director"),
        ("Nell Barker \u2014 a former Hale adviser who quit in May \u2014 spoke.",
         "former Hale adviser"),
    ],
)  # fmt: skip
def test_an_aside_closes_past_the_clause_left_out(text: str, role: str) -> None:
    assert roles_of(text + _SAID.format("Barker"))["Nell Barker"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("<It was wrong,> said Nell Barker, 34, a plaintiff in the lawsuit who waited in line"
         " for five hours.", "plaintiff in the lawsuit"),
        ("<It was wrong,> said Nell Barker, a plaintiff in the Hale case.",
         "plaintiff in the Hale case"),
        ("<It was wrong,> said Nell Barker, the guest of honor.", None),  # no body: no role
    ],
)  # fmt: skip
def test_a_kind_of_person_with_a_complement_is_a_role(text: str, role: str | None) -> None:
    assert roles_of(text)["Nell Barker"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Hale's state co-chairmen, Nell Barker and Tom Reed, met voters.",
         "state co-chairman"),
        ("His press spokeswomen, Nell Barker and Jo Fox, declined to comment.",
         "press spokeswoman"),
        ("Two objectors, Nell Barker and Jo Fox, challenged the ballot.", None),  # a plural
        ("He met his rivals, Nell Barker and Jo Fox.", None),  # alone must be a title
    ],
)  # fmt: skip
def test_a_plural_role_before_two_names_is_each_ones(text: str, role: str | None) -> None:
    roles = roles_of(text + _SAID.format("Barker"))
    assert roles["Nell Barker"] == role
