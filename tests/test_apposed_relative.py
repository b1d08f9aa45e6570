"""orgs58: a relative pronoun after an organisation's appositive stands for the
organisation's name ("Lumen Trust, a foundation that says ...": Lumen Trust, not a row "a
foundation")."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker

BEFORE = "Dana Hale and her husband live in Ohio. The couple started Lumen Trust, a foundation "


@pytest.mark.parametrize("clause", ["that says it wants", "which says it wants"])
def test_the_relative_is_the_named_organisation(clause: str) -> None:
    text = BEFORE + clause + " \u201cclean water for every town.\u201d"
    assert _speaker(text, "clean water") == "Lumen Trust"


def test_a_person_described_keeps_the_relative() -> None:
    text = (
        "The board hired Maria Okafor, a lawyer who says she wants "
        "\u201ca clean start for the city.\u201d"
    )
    assert _speaker(text, "clean start") == "Maria Okafor"


def test_a_name_joined_by_for_is_read_whole() -> None:
    text = (
        "Rep. Jo Lind founded Justice for Farmers, an organization that says it wants "
        "\u201cfair prices at every elevator.\u201d"
    )
    assert _speaker(text, "fair prices") == "Justice for Farmers"
