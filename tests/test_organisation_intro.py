"""Organisations the article names before they speak are what "the group", "the company"
or "it" refer back to (core.subjects.introduce_organisations). Sentences of our own."""

import pytest

from core.extract import attribute
from core.speakers import named_organisations

pytestmark = pytest.mark.slow


def _speakers(text: str) -> list[str | None]:
    reading = attribute(text, model=None)
    return [
        a.mention.person.name if a.mention and a.mention.person else None
        for a in reading.attributions
    ]


def test_named_organisations_by_their_head() -> None:
    text = "On Monday Acme Holdings CEO Dana Pike met the Clean Rivers Alliance."
    found = [n for _, n, _ in named_organisations(text)]
    assert found == ["Acme Holdings", "Clean Rivers Alliance"]


def test_the_group_named_before_it_speaks() -> None:
    text = (
        "Rally held\n\nThe Clean Rivers Alliance filed a lawsuit against the county on Tuesday."
        "\n\n\u201cThe water is poisoned,\u201d the group said.\n"
    )
    assert _speakers(text) == ["Clean Rivers Alliance"]


def test_a_name_inside_a_quotation_is_no_antecedent() -> None:
    text = (
        "Rally held\n\nResidents filed a lawsuit on Tuesday.\n\n"
        "\u201cWe asked the Clean Rivers Alliance for help,\u201d one resident said.\n\n"
        "\u201cThe water is poisoned,\u201d the group said.\n"
    )
    assert _speakers(text)[-1] != "Clean Rivers Alliance"
