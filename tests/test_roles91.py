"""Branch roles91: a role the article gives away from the name (issue 15). A speaker with
no role beside any naming takes a definite nominal of a public office that the
attribution's coreference resolves to them, though it stands sentences after their naming
or past another person's name ("the former secretary of state" for Clinton, "the Vermont
senator" for Sanders on the train role samples). Sentences written for this branch,
people invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_SAID = "Nell Barker spoke on Monday. <I did not send it,> Barker said. Later she revised it.\n"
_BETWEEN = "The inspectors are also looking at the matter.\n"


@pytest.mark.parametrize(
    "text",
    [
        _SAID + _BETWEEN + "As the paper reported, the former secretary of state was told.",
        "Nell Barker won the Ames primary. <We did it,> Barker said.\nBarker's wins help her,"
        " as Tom Reed's campaign manager said after she swept the South.\nMost of the"
        " party's brass had endorsed the former secretary of state's bid.",
    ],
)
def test_an_office_the_coreference_resolves_to_a_speaker_away_from_the_name_is_the_role(
    text: str,
) -> None:
    assert roles_of(text) == {"Nell Barker": "former secretary of state"}


@pytest.mark.parametrize(
    "text",
    [
        _SAID + _BETWEEN + "As the paper reported, the billionaire businessman was told.",
        _SAID + _BETWEEN + "As the paper reported, Tom Reed told the former secretary of state.",
    ],
)
def test_no_office_or_another_named_since_gives_no_role(text: str) -> None:
    assert roles_of(text) == {"Nell Barker": None}
