"""Branch roles53: roles in forms the role probes of batch 93 found the grammar missing
(issue 15). A time's possessive opening the phrase before a name ("This year's headliner,
X,", "Last month's winner of the straw poll, X,") owns the role as "The network's" does;
"This" there is no reference back ("that candidate, X"). Sentences written for this
branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import role_at


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("This year's headliner, Nell Barker, said <We win.>", "This year's headliner"),
        ("This year's keynote speaker, Nell Barker, told the crowd <We win.>",
         "This year's keynote speaker"),
        ("Next year's host, Nell Barker, said <We win.>", "Next year's host"),
        ("Last month's winner of the county straw poll, Nell Barker, said <We win.>",
         "Last month's winner of the county straw poll"),
        ("This year's winner, Nell Barker, said <We win.>", "This year's winner"),
    ],
)  # fmt: skip
def test_a_times_possessive_before_an_apposed_name_owns_its_role(text: str, role: str) -> None:
    assert role_at(text, "Nell Barker") == [role]


@pytest.mark.parametrize(
    "text",
    [
        "That candidate, Nell Barker, said <We win.>",  # a reference back, no role
        "This week's news, Nell Barker said, <is bad.>",  # no role noun: what she speaks of
        "In last month's poll, Nell Barker said <We win.>",
        "After this week's debate, Nell Barker said <We win.>",
    ],
)
def test_a_times_possessive_gives_no_role_without_a_role_noun(text: str) -> None:
    assert role_at(text, "Nell Barker") == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The campaign should give Vance and this year's entertainer, Nell Barker, plenty of "
         "material.", "this year's entertainer"),
        ("The mayor thanked Vance and last year's winner, Nell Barker, on Monday.",
         "last year's winner"),
        ("The mayor thanked Vance and the next day, Nell Barker, on Monday.", None),
        ("The mayor thanked Vance and the press, Nell Barker, on Monday.", None),
    ],
)  # fmt: skip
def test_a_phrase_after_a_name_and_and_is_set_beside_the_next_name(
    text: str, role: str | None
) -> None:
    assert role_at(text, "Nell Barker") == ([role] if role else [])
