"""Branch roles61: a series of three or more after a role's preposition ("advocate for
lower taxes, smaller schools, and tougher limits on state spending") goes on past its last
item's complement whatever preposition opens it ("on", "to", "in"), as it did after "of",
"for" and "at"; a time after it ("since 2010") is still no part of the role. Sentences
written for this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_SAID = " <We will win,> Lee said."


@pytest.mark.parametrize(
    ("appositive", "role"),
    [
        (
            "the fiercest advocate for lower taxes, smaller schools, and tougher limits on "
            "state spending",
            "fiercest advocate for lower taxes, smaller schools, and tougher limits on state "
            "spending",
        ),
        (
            "a campaigner for cleaner rivers, safer roads and better access to parks",
            "campaigner for cleaner rivers, safer roads and better access to parks",
        ),
        ("an organiser in Iowa, Ohio and Nevada since 2010", "organiser in Iowa, Ohio and Nevada"),
    ],
)
def test_a_series_goes_on_past_its_last_items_complement(appositive: str, role: str) -> None:
    assert roles_of(f"Ann Lee, {appositive}, agreed." + _SAID) == {"Ann Lee": role}
