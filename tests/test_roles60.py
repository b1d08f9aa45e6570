"""Branch rolesample60: a word of time written in a name's capitals ("USA TODAY", "One
Wisconsin Now") is the name's, not an adverb that ends a role; and a verb opening its
sentence as a command ("Enter President Trump.") is no word of the title after it.

Found by tests/data/train_roles_60.tsv: James Bovard, "the author of Public Policy Hooligan
and a member of USA TODAY's Board of Contributors", was shown "... and a member of USA"
(the role reader took "TODAY" for the adverb "today", as it rightly does in "a real estate
agent | today who ..."); and the speaker row's short form cut "executive director of One
Wisconsin Now" to "... of One Wisconsin". A lower-case word of time still ends a role.
The same sample's Donald Trump was given "Enter President" ("Enter President Trump."), and
whole train had "Take Idaho Republican Sen." for Mike Crapo ("Take Idaho Republican Sens.
Mike Crapo and Jim Risch."): the title reader took the verb, tagged NNP in the run of
capitals, for the title's first word.
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


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Enter Governor Dale Horner.", "Governor"),
        ("Take Oregon Republican Gov. Dale Horner.", "Oregon Republican Gov."),
        ("Consider Gov. Dale Horner.", "Gov."),
        # a title's own first word stays, a verb or not out of context
        ("Acting Gov. Dale Horner spoke.", "Acting Gov."),
        ("Support staffer Dale Horner spoke.", "Support staffer"),
        ("Watch commander Dale Horner spoke.", "Watch commander"),
    ],
)
def test_a_command_opening_the_sentence_is_no_title(sentence: str, role: str) -> None:
    text = f"Voters are tired. {sentence} <I will fix it,> Horner said."
    assert roles_of(text) == {"Dale Horner": role}
