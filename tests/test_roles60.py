"""Branch rolesample60: a word of time written in a name's capitals ("USA TODAY", "One
Wisconsin Now") is the name's, not an adverb that ends a role.

Found by tests/data/train_roles_60.tsv: James Bovard, "the author of Public Policy Hooligan
and a member of USA TODAY's Board of Contributors", was shown "... and a member of USA"
(the role reader took "TODAY" for the adverb "today", as it rightly does in "a real estate
agent | today who ..."); and the speaker row's short form cut "executive director of One
Wisconsin Now" to "... of One Wisconsin". A lower-case word of time still ends a role.
Sentences written for this branch; "<" and ">" stand for curly quotes."""

from __future__ import annotations

import pytest

from core.roles import short_role
from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("described", "role"),
    [
        (
            "the author of Quiet Rivers and a member of USA TODAY's Board of Contributors",
            "author of Quiet Rivers and a member of USA TODAY's Board of Contributors",
        ),
        ("a columnist for USA TODAY", "columnist for USA TODAY"),
        ("a member of the USA TODAY board", "member of the USA TODAY board"),
        # the adverb, lower-case, still ends the role
        ("a real estate agent today who sells homes", "real estate agent"),
    ],
)
def test_a_capitalised_word_of_time_stays_in_the_role(described: str, role: str) -> None:
    text = f"<We must act now,> said Karen Mabry. Karen Mabry is {described}."
    assert roles_of(text) == {"Karen Mabry": role}


@pytest.mark.parametrize(
    ("role", "short"),
    [
        ("executive director of One Wisconsin Now", "executive director of One Wisconsin Now"),
        ("columnist for USA TODAY", "columnist for USA TODAY"),
        ("reporter for NBC Today", "reporter for NBC Today"),
        ("real estate agent here", "real estate agent"),
        ("member of the board now", "member of the board"),
    ],
)
def test_the_short_role_keeps_a_name_s_word_of_time(role: str, short: str) -> None:
    assert short_role(role) == short
