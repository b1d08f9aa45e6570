"""Branch roles52: role readers on sentences written for the forms train_roles_52.tsv
missed: a participle after a role noun, which opens a phrase after the head when the
noun it runs into names no role ("a Navy veteran | attending night school"), even with a
relative clause after it. With near misses."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "<We are tired of waiting,> says Dana Pruitt, 41, a nurse practitioner managing"
            " clinics in Toledo who took part in the survey.",
            "nurse practitioner",
        ),
        (
            "<We are tired of waiting,> says Dana Pruitt, an Army veteran studying law in"
            " Tucson who voted in every primary since 1992.",
            "Army veteran",
        ),
        # with no clause after it the participle's phrase is the tail, as the article gives it
        (
            "<We are tired of waiting,> says Dana Pruitt, an Army veteran studying law in Tucson.",
            "Army veteran studying law in Tucson",
        ),
        # a headline's bare noun before a participle is no appositive's head
        (
            "Dana Pruitt, husband expecting second child.\n\nDana Pruitt, a county judge,"
            " said Monday, <We are thrilled.>",
            "county judge",
        ),
        # a participle before a role noun stays inside the title
        (
            "<We are tired of waiting,> said Dana Pruitt, the chief operating officer of a"
            " hospital chain in Dayton.",
            "chief operating officer of a hospital chain in Dayton",
        ),
        (
            "<We are tired of waiting,> said Dana Pruitt, a senior managing editor at the"
            " Toledo Blade.",
            "senior managing editor at the Toledo Blade",
        ),
    ],
)
def test_a_participle_after_a_role_noun_opens_a_phrase_after_the_head(
    text: str, role: str | None
) -> None:
    assert roles_of(text)["Dana Pruitt"] == role
