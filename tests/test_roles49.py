"""Branch roles49: two forms of words qualifying a role noun before it that were cut. A
lower-case noun compound opened by an adjective qualifies the capitalised office after it
where the two open the subject ("...,> federal highway Administrator Ann Lee said", as
"police Chief Ann Lee" was read; not "the sort of unilateral action President Ann Lee
took");
and a list of lower-case fields closed by "and" qualifies the role noun after it in a
phrase set beside a name ("the farm, fisheries and forestry minister, Ann Lee,"). Sentences
written for these forms, with their near misses."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "<The bridge is safe,> federal highway Administrator Mia Tovar said.",
            "federal highway Administrator",
        ),
        ("<Rates will hold,> said central bank Governor Mia Tovar.", "central bank Governor"),
        # closing another phrase, the adjective and noun are no part of the title
        (
            "It is the sort of unilateral action President Mia Tovar took."
            " <We are ready,> Tovar said.",
            "President",
        ),
        # the noun alone, as before
        ("<We are ready,> fire Chief Mia Tovar said.", "fire Chief"),
        # a capitalised word after the noun names no office: no title
        ("<It is over,> said the angry crowd Mia Tovar faced.", None),
    ],
)
def test_an_adjective_and_a_noun_qualify_a_capitalised_office(text: str, role: str | None) -> None:
    assert roles_of(text).get("Mia Tovar") == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Peru's farm, fisheries and forestry minister, Mia Tovar, spoke on Monday."
            " <The catch is down,> she said.",
            "Peru's farm, fisheries and forestry minister",
        ),
        (
            "The energy and water minister, Mia Tovar, spoke on Monday."
            " <The dams will hold,> she said.",
            "energy and water minister",
        ),
        # a list of people is no list of fields: the nurses are not her role
        (
            "Doctors, nurses and hospital staff, Mia Tovar said, are tired."
            " <We need help,> she said.",
            None,
        ),
    ],
)
def test_a_list_of_fields_qualifies_the_role_noun_set_beside_a_name(
    text: str, role: str | None
) -> None:
    assert roles_of(text).get("Mia Tovar") == role
