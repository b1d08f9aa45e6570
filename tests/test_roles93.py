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
