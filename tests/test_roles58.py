"""Branch roles58: a speaker the article gives no role takes a qualified definite nominal
that refers to them anywhere outside quotations, not only where the nominal speaks or
opens a clause ("She went on to attack Donald Trump, saying the presumptive Republican
nominee ...", "a poll shows the New York billionaire maintaining his lead": roles the
train samples expect that were missed). The nominal refers, as a pronoun would, to the
person named last before it in its sentence or the one before; never to the subject its
clause stands past, and not where the attribution's coreference or the article shows it
is someone else's. Sentences written for this branch; "<" and ">" stand for curly quotes."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the subject of a report after another's verb: "she" is not the nominee
        (
            "Dana Whitcombe spoke in Dover on Monday. <Our schools come first,> Whitcombe"
            " said.\n\nShe went on to attack Harlan Brisco, saying the presumptive Republican"
            " nominee <has no plan for them.> <We will win in the fall,> Brisco said on"
            " Tuesday.",
            "Harlan Brisco",
            "presumptive Republican nominee",
        ),
        # a verb's object, the person named as an owner in the sentence before
        (
            "Nothing has dented Harlan Brisco's standing. A poll released Sunday shows the"
            " Ohio billionaire keeping his lead among voters.\n\n<We will win in the fall,>"
            " Brisco said on Tuesday.",
            "Harlan Brisco",
            "Ohio billionaire",
        ),
        # the subject's owner binds nothing: the nominal after "meant" is hers
        (
            "Tess Marlowe's bid was underscored when her poll standing meant the former"
            " Acme Foods CEO missed the debate. <I am staying in,> Marlowe said.",
            "Tess Marlowe",
            "former Acme Foods CEO",
        ),
    ],
)
def test_a_definite_nominal_elsewhere_gives_the_role(text: str, name: str, role: str) -> None:
    assert roles_of(text)[name] == role


@pytest.mark.parametrize(
    "text",
    [
        # the subject of its own clause: the Vermont senator is someone else
        "Harlan Brisco met voters in Dover. Brisco said the Vermont senator had no plan."
        "\n\n<We will win in the fall,> Brisco said on Tuesday.",
        # a relative clause between: it tells of the aides, the manager is another
        "Harlan Brisco kept his staff. <We will win in the fall,> Brisco said on Tuesday."
        " Aides to Brisco, who believed the campaign manager was leaking stories, pushed"
        " him out.",
    ],
)
def test_a_nominal_of_someone_else_gives_no_role(text: str) -> None:
    assert roles_of(text)["Harlan Brisco"] is None
