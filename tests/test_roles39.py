"""Branch roles39: roles carried to a speaker row from another mention of the person (a
surname-only speaker's titled full naming, "FBI Director James Comey"; a surname others
share, read where the person was named last, "Clinton, a former first lady"), a gerund in a
title ("policy planning director"), an aside of saying ("Clinton, a top aide said, ...")
and a title after "a" ("a Republican Obama"). Sentences written for these forms, with
their near misses."""

from __future__ import annotations

import pytest

from tests.analyses import role_at, roles_of


def test_a_surname_speaker_reads_the_title_of_its_full_naming_in_a_quotation() -> None:
    text = (
        "Attorney General Loretta Lynch spoke on Wednesday. <Late this afternoon, I met with"
        " FBI Director James Comey and career prosecutors,> Lynch said.\n\n"
        "On Tuesday, Comey announced that Clinton was <extremely careless> with classified"
        " material."
    )
    roles = roles_of(text)
    assert "Comey" in roles
    assert roles["Comey"] == "FBI Director"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Bill Clinton won Kentucky in 1996, and the state gave Hillary Clinton a huge"
            " victory in 2008.\n\nThe race between Clinton, a former first lady and senator,"
            " and Sanders is close. <We just won Kentucky!> Hillary Clinton said.",
            "Hillary Clinton",
            "former first lady and senator",
        ),
        (  # the one named last is someone else: his appositive is not hers
            "Hillary Clinton won Kentucky in 2008, and the state gave Bill Clinton a huge"
            " victory in 1996.\n\nThe race between Clinton, a former governor of Arkansas,"
            " and Dole was close. <We just won Kentucky!> Hillary Clinton said.",
            "Hillary Clinton",
            None,
        ),
    ],
)
def test_a_shared_surname_names_the_person_named_last(
    text: str, name: str, role: str | None
) -> None:
    assert roles_of(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            "<Bravo!> former State policy planning director Anne-Marie Slaughter wrote.",
            "Anne-Marie Slaughter",
            ["former State policy planning director"],
        ),
        (
            "<We win,> said Clinton polling director Ann Lee.",
            "Ann Lee",
            ["Clinton polling director"],
        ),
        (  # a verb: no title
            "Lack of attention to Democratic race hurting rivals Sanders, O'Malley.",
            "Sanders",
            [],
        ),
        (  # the number ends an organisation's name, read whole (branch roles63)
            "<No,> Fight for $15 organizing director Kendall Fells told Fox News.",
            "Kendall Fells",
            ["Fight for $15 organizing director"],
        ),
        (
            "Clinton, a top aide said, <is very confident> in the contrast.",
            "Clinton",
            [],
        ),
        (  # the appositive's closing comma left out
            "Anthony Anton, president of the Washington Restaurant Association stated, <It is"
            " a math problem.>",
            "Anthony Anton",
            ["president of the Washington Restaurant Association"],
        ),
        (
            "For Mr. Rubio, who has been called a Republican Obama in praise and in scorn,"
            " it is hard.",
            "Obama",
            [],
        ),
        ("He said President Obama could see it.", "Obama", ["President"]),
    ],
)
def test_titles_and_appositives(text: str, name: str, roles: list[str]) -> None:
    assert role_at(text, name) == roles


def test_a_title_after_a_is_no_persons_title() -> None:
    text = (
        "Hillary Clinton had a good night Tuesday. Her agenda builds on the policies of"
        " President Obama. It's an agenda a President Clinton could actually hope to see"
        " work. <We will win,> Clinton said."
    )
    assert roles_of(text).get("Hillary Clinton") is None
