"""Branch roles57: a title hyphened to a prefix of time ("then-Mayor", "then-Gov.",
"then-Secretary of State") is one role, shown as the article writes it.

Decision (from the train role samples' gold): the role is the title as the article dates
it, "then-" kept: tests/data/train_roles_3.tsv expects "then-Secretary" for "then-Secretary
Clinton" (politico 2016-09-01), and the role probes 55 list "then-Gov." and "then-Mayor"
first. A reporter does not move the title to the quotation's date ("Secretary of State"
alone would say she holds it now). Before this branch "then-Mayor Ann Fisk" came out as
"Mayor, then-Mayor" (the role reader gave "then-Mayor", the speaker's name reading added
"Mayor" from the same title, and the role merge took the hyphen for a word's inside, as in
"five-justice"), and "then-Gov. Ann Fisk" as "Gov." alone (the one token "then-Gov." was no
role word). Sentences written for this branch; "<" and ">" stand for curly quotes."""

from __future__ import annotations

import pytest

from core.person import clean_role
from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("<We cut the levy twice,> said then-Mayor Ann Fisk at the time.", "then-Mayor"),
        ("<We cut the levy twice,> said then-Gov. Ann Fisk at the time.", "then-Gov."),
        ("<We cut the levy twice,> said then-Sen. Ann Fisk in 2009.", "then-Sen."),
        ("<We cut the levy twice,> said then-Secretary Ann Fisk.", "then-Secretary"),
        (
            "<We cut the levy twice,> said then-Secretary of State Ann Fisk.",
            "then-Secretary of State",
        ),
        # a title of today, and a place between the prefix and the title, as before
        ("<We cut the levy twice,> said Gov. Ann Fisk.", "Gov."),
        ("<We cut the levy twice,> said then-Texas Gov. Ann Fisk.", "then-Texas Gov."),
        # named outside the quotation's sentence, by the surname after the dated title
        (
            "Ann Fisk ran the state agency for four years. Records show then-Secretary Fisk"
            " met donors weekly. <We did well,> Fisk said.",
            "then-Secretary",
        ),
        (
            "Records show Secretary Ann Fisk met donors weekly. <We did well,> Fisk said.",
            "Secretary",
        ),
        # the title named again later without the prefix stays one role
        (
            "Under then-Gov. Ann Fisk, the state cut taxes.\n\n<We cut the levy twice,> Fisk said.",
            "then-Gov.",
        ),
    ],
)
def test_a_title_dated_by_then_is_one_role(text: str, role: str) -> None:
    assert roles_of(text)["Ann Fisk"] == role


@pytest.mark.parametrize(
    ("role", "cleaned"),
    [("then-Gov.", "then-Gov."), ("Gov.", "Gov."), ("self-made.", "self-made")],
)
def test_the_period_of_a_dated_abbreviated_title_is_its_own(role: str, cleaned: str) -> None:
    assert clean_role(role) == cleaned
