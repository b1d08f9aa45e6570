"""Branch roles96: three forms roleprobes96 found read wrong, mended as grammar over the
tagged words (issue 15). A prefix of time hyphened to a capitalised word of a title
("then-Trade Minister") is read as that word, whatever tag the tagger gives the whole; a
word with a possessive after it is a noun even where the tagger reads an adjective ("the
local's president"); a pronoun subject ends an appositive's tail, a clause with no
relative pronoun ("the first-term Republican | she hopes to unseat"). Sentences written for
this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_QUOTED = "\n<We will appeal,> Barker said on Monday.\n"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("<We will not sign it,> then-Trade Minister Nell Barker said in Ottawa.",
         "then-Trade Minister"),
        ("<The numbers were bad,> then-Labor Secretary Nell Barker said in 2014.",
         "then-Labor Secretary"),
        ("<It was a mistake,> ex-Commerce Secretary Nell Barker told reporters.",
         "ex-Commerce Secretary"),
        ("<We were ready,> then-Gov. Nell Barker said.", "then-Gov."),
    ],
)  # fmt: skip
def test_a_dated_capitalised_word_opens_a_title(text: str, role: str) -> None:
    assert roles_of(text)["Nell Barker"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nell Barker, the local's treasurer, counted the votes." + _QUOTED, "local's treasurer"),
        ("Nell Barker, the local's president from 1998 to 2010, came to the hall." + _QUOTED,
         "local's president from 1998 to 2010"),
        ("Nell Barker, the union's president, came to the hall." + _QUOTED, "union's president"),
    ],
)  # fmt: skip
def test_an_owner_the_tagger_reads_as_an_adjective(text: str, role: str) -> None:
    assert roles_of(text)["Nell Barker"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nell Barker, the two-term Republican she hopes to beat, has raised $4 million."
         + _QUOTED, "two-term Republican"),
        ("Nell Barker, the lawyer they hired in March, filed the suit." + _QUOTED, "lawyer"),
        ("Nell Barker, a pollster working for the Lee campaign, saw the numbers." + _QUOTED,
         "pollster working for the Lee campaign"),  # a participle's tail is kept
    ],
)  # fmt: skip
def test_a_pronoun_subject_ends_an_appositive(text: str, role: str) -> None:
    assert roles_of(text)["Nell Barker"] == role
