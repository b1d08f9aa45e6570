"""Branch roles54: the role a reporter prints when the article's words for the person are
descriptions of what they are to others or in a race (issue 15). A speaker whose roles
are a relation or a candidacy alone ("Rival", "Democratic presidential front-runner")
still takes a definite nominal of a public office that the attribution's coreference
resolves to them, as one with no role does ("Rival" and "the former secretary of state"
for Clinton on the train role samples); an occupation or an office of their own stands.
Sentences written for this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_SAID = " <I did not send it,> Barker said. Later she revised it.\n"
_BETWEEN = "The inspectors are also looking at the matter.\n"
_OFFICE = "As the paper reported, the former secretary of state was told."


@pytest.mark.parametrize(
    "opening",
    ["Rival Nell Barker spoke on Monday.", "Nell Barker, the Democratic front-runner, spoke."],
)
def test_an_office_the_coreference_resolves_is_added_to_a_relation_or_a_race(
    opening: str,
) -> None:
    role = roles_of(opening + _SAID + _BETWEEN + _OFFICE)["Nell Barker"]
    assert role is not None and role.endswith(", former secretary of state")


@pytest.mark.parametrize(
    "opening",
    [
        "CNBC moderator Nell Barker spoke on Monday.",  # an occupation
        "Sen. Nell Barker spoke on Monday.",  # an office already
        "Nell Barker (D-Iowa) spoke on Monday.",  # a party tag, which says one
    ],
)
def test_an_occupation_an_office_or_a_tag_takes_no_further_office(opening: str) -> None:
    role = roles_of(opening + _SAID + _BETWEEN + _OFFICE)["Nell Barker"]
    assert "secretary" not in (role or "")


@pytest.mark.parametrize(
    "last",
    [
        "As the paper reported, the billionaire businessman was told.",
        "As the paper reported, Tom Reed told the former secretary of state.",
    ],
)
def test_a_relation_takes_no_description_and_no_office_of_someone_named_since(
    last: str,
) -> None:
    assert roles_of("Rival Nell Barker spoke on Monday." + _SAID + _BETWEEN + last) == {
        "Nell Barker": "Rival"
    }
