"""Branch roles64: roles read right on the train role samples by general grammar (issue
15). Found in the train role-sample misses: "Trump's running mate, Indiana Gov. Mike
Pence," gave "Indiana Gov." alone, since "mate" names no role by itself. Sentences written
for this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import role_at


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("<No,> said Tidemark's running mate, Ohio Gov. Nell Barker.",
         ["Ohio Gov.", "Tidemark's running mate"]),
        ("Tidemark's running mate, Nell Barker, said the plan works.",
         ["Tidemark's running mate"]),
        ("The mayor's running mate, Nell Barker, spoke first.", ["mayor's running mate"]),
    ],
)  # fmt: skip
def test_a_two_word_person_noun_set_beside_a_name_is_its_role(text: str, roles: list[str]) -> None:
    assert role_at(text, "Nell Barker") == roles


@pytest.mark.parametrize(
    "text",
    [
        "Without a running mate, Nell Barker said the plan works.",  # a preposition's object
        "After meeting his running mate, Nell Barker said the plan works.",  # a verb's
    ],
)
def test_a_person_noun_in_a_phrase_fronted_before_a_name_is_no_role(text: str) -> None:
    assert role_at(text, "Nell Barker") == []
