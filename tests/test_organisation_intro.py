"""Organisations the article names before they speak are what "the group", "the company"
or "it" refer back to (core.subjects.introduce_organisations). Sentences of our own."""

import pytest

from core.extract import attribute
from core.organisation_names import named_organisations

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


def test_a_name_that_issues_a_statement_is_a_body() -> None:
    text = (
        "March called off\n\nMoms Demand Safety issued a statement on Sunday saying it would "
        "not march.\n\n\u201cWe cannot ask our members to walk into danger,\u201d the group "
        "said.\n"
    )
    assert _speakers(text) == ["Moms Demand Safety"]


def test_a_web_domain_is_a_company() -> None:
    text = (
        "Listing pulled\n\nA notice posted on the website TradeHaven.com said the listing broke "
        "its rules.\n\n\u201cWe want no part in it,\u201d the company wrote.\n"
    )
    assert _speakers(text) == ["TradeHaven.com"]


def test_the_group_is_no_university() -> None:
    text = (
        "Ads\n\nThe ads centered on the now-defunct Lakeshore University. The dean resigned."
        "\n\n\u201cWe will keep going,\u201d the group said.\n"
    )
    assert _speakers(text)[-1] != "Lakeshore University"


def test_a_press_noun_fits_a_paper_and_no_other_body() -> None:
    """Every noun the attribution reads as a news outlet's ("the tabloid", "the daily")
    asks for a paper's name, as "the newspaper" does; "the group" never takes a paper."""
    from core.organisation_names import PRESS_NOUNS, body_fits

    for noun in PRESS_NOUNS:
        assert body_fits("New York Post", noun), noun
        assert not body_fits("Acme Holdings", noun), noun
    assert not body_fits("New York Post", "group")
