"""Branch roles47: a relative clause that tells one past occasion ("a nurse who was at the
hospital that night", "a homemaker who attended a rally last week") is no part of the role
its noun gives; a one-word name that is also an organisation's ("Fox") is the surname of
the person the article names in full ("Ed Fox ... Fox said"), unless it opens a longer
name there ("Fox News"); a phrase set off after a name before its verb may run to 24
tokens ("Ann Lee, a retired navy captain and former commander of the fleet in the Pacific
Ocean, is a delegate ..."), where a copula gives the role. Sentences written for these
forms, with their near misses; and the sample's filter (scripts/draw_role_sample.py
--statements) on sentences written for it."""

from __future__ import annotations

import pytest

from core.extract import extract
from tests.analyses import draw_role_sample, roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("<We tried,> said Mia Tovar, a teacher who attended the rally on Saturday.", "teacher"),
        (
            "<It was chaos,> said Mia Tovar, a paramedic who was at the stadium that night.",
            "paramedic",
        ),
        (
            "<They listened,> said Mia Tovar, a retired welder who lined up to hear Mr. Hale"
            " here last week.",
            "retired welder",
        ),
        # how long, no occasion, or a second verb that says what the person is: kept
        (
            "<We tried,> said Mia Tovar, a teacher who has taught at the school since 2009.",
            "teacher who has taught at the school since 2009",
        ),
        (
            "<We tried,> said Mia Tovar, a lawyer who was in the room.",
            "lawyer who was in the room",
        ),
        (
            "<We tried,> said Mia Tovar, a lawyer who backed the mayor in 2012 and is now a"
            " delegate to the convention.",
            "lawyer who backed the mayor in 2012 and is now a delegate to the convention",
        ),
        (
            "<We tried,> said Mia Tovar, a Republican who served two terms as governor before"
            " leaving office in 2019.",
            "Republican who served two terms as governor",
        ),  # an office the clause names: "the former governor" is hers; "served two terms
        # as" is read as "served as" (roleprobes50), so the clause of time after the office
        # is cut as there ("who served as ... | before leaving office")
        # a clause of office is still the role
        (
            "<We tried,> said Mia Tovar, who was named police chief on Tuesday.",
            "police chief",
        ),
    ],
)
def test_a_clause_of_one_occasion_is_no_part_of_the_role(text: str, role: str) -> None:
    assert roles_of(text)["Mia Tovar"] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ruth Fox runs the county jail. <We are full,> Fox said.", "Ruth Fox"),
        ("Ruth Fox runs the jail. Fox News said it was hiring. <No,> Fox said.", "Fox"),
        ("<The jail is full,> Fox said.", "Fox"),  # no one named so
    ],
)
def test_a_surname_that_names_an_organisation_too(text: str, name: str) -> None:
    assert name in roles_of(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Ann Lee, a retired navy captain and former commander of the fleet in the Pacific"
            " Ocean, is a delegate to the convention. <No,> Lee said.",
            "retired navy captain and former commander of the fleet in the Pacific Ocean,"
            " delegate to the convention",
        ),
        (
            "Ann Lee, the maverick who backed the mayor with millions of dollars of her own"
            " money, is a city delegate. <No,> Lee said.",
            "city delegate",
        ),
    ],
)
def test_a_copula_past_a_long_insertion(text: str, role: str) -> None:
    assert roles_of(text)["Ann Lee"] == role


def test_an_aside_of_saying_is_no_insertion() -> None:
    text = "Ann Lee, Tom Reed's aide said, is the best candidate in the race. <No,> Lee said."
    assert roles_of(text)["Ann Lee"] is None  # the aide's claim, no role the article gives


def test_the_sample_filter_reads_the_sources_of_statements_alone() -> None:
    script = draw_role_sample()
    text = (
        "Mayor Ann Lee said the bridge would reopen in May. \u201cIt is safe,\u201d said"
        " Tom Reed, the city engineer."
    )
    analysis = extract(text)
    quoted, _ = script.sources_said(analysis)
    reported, _ = script.sources_said(analysis, statements=True)
    assert list(quoted) == ["Tom Reed"]
    assert list(reported) == ["Ann Lee"]
