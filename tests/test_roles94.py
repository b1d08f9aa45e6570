"""Branch roles56: roles in forms the role probes of batch 94 found the grammar missing
(issue 15). A role or title word with "-elect" or "-designate" after it ("Mayor-elect",
"Rep.-elect", "ambassador-designate") names an office as the word alone does, before a
name and apposed to one; "re-elect" and a name with "-elect" give none. Sentences written
for this branch, people invented."""

from __future__ import annotations

import pytest

from core.role_grammar import role_word
from tests.analyses import role_at


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("<We win,> said Mayor-elect Nell Barker of Fairfax.", "Mayor-elect"),
        ("<We win,> said County Auditor-elect Nell Barker.", "County Auditor-elect"),
        ("U.N. Ambassador-designate Nell Barker said <We win.>", "U.N. Ambassador-designate"),
        ("The city's safety director-designate, Nell Barker, said <We win.>",
         "city's safety director-designate"),
        ("Britain's ambassador-designate to Washington, Nell Barker, said <We win.>",
         "Britain's ambassador-designate to Washington"),
        ("State Rep.-elect Nell Barker (R-N.H.) said <We win.>", "State Rep.-elect (R-N.H.)"),
    ],
)  # fmt: skip
def test_an_office_with_elect_or_designate_is_a_role(text: str, role: str) -> None:
    assert role_at(text, "Nell Barker") == [role]


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Governor-elect", True),
        ("secretary-designate", True),
        ("Councilwoman-elect", True),
        ("re-elect", False),  # a verb, no office
        ("Trump-elect", False),  # a name, no office
        ("state-elect", False),  # no role word before the suffix
    ],
)
def test_elect_and_designate_make_a_role_only_of_a_role_word(word: str, role: bool) -> None:
    assert role_word(word) is role
