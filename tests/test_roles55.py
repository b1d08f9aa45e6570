"""roles55: a relative clause that tells only what a person did, after a noun phrase that
already names their role, is no part of it ("a speechwriter | who worked for two
presidents"): train's hand samples never require such a clause (450 rows list one as
optional), and the invented role batches written by different developers (50, 53, 55,
90, 92, 93) count it no role."""

from __future__ import annotations

import pytest

from tests.test_role_probes46 import said


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        ("Nell Barker, a pollster who has advised Senate candidates, spoke first.", "pollster"),
        ("Nell Barker, a speechwriter who drafted the budget address, spoke.", "speechwriter"),
        ("Nell Barker, a steelworker who has never missed a shift, spoke.", "steelworker"),
        (
            "Nell Barker, an economist at Delmont Bank who advised the Hale campaign, spoke.",
            "economist at Delmont Bank",
        ),
    ],
)
def test_a_deed_after_a_role_is_cut(middle: str, role: str) -> None:
    assert said(middle) == role


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        (  # a post held, not a deed
            "Nell Barker, a lawyer who was a spokeswoman for the Hale campaign, spoke.",
            "lawyer who was a spokeswoman for the Hale campaign",
        ),
        (
            "Nell Barker, a Democrat who chaired the finance committee, spoke.",
            "Democrat who chaired the finance committee",
        ),
        (
            "Nell Barker, a lawyer who served as a county judge, spoke.",
            "lawyer who served as a county judge",
        ),
        (  # what she does now
            "Nell Barker, a lawyer who worked for the mayor and now teaches law, spoke.",
            "lawyer who worked for the mayor and now teaches law",
        ),
        (  # a present tense: what she does, kept as the article gives it
            "Nell Barker, a lawyer who teaches at Delmont College, spoke.",
            "lawyer who teaches at Delmont College",
        ),
    ],
)
def test_a_post_or_what_is_done_now_is_kept(middle: str, role: str) -> None:
    assert said(middle) == role


def test_a_clause_alone_still_gives_the_role() -> None:
    """With no role noun before it, the clause is what the article says of the person."""
    assert said("Nell Barker, who chaired the finance committee, spoke.") == (
        "chaired the finance committee"
    )
