"""attrib51: the wire form "the agency quoted X as saying “…”" (the quotation straight
after "saying") and companies the article names without listing them."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The state agency quoted Ali Karimi as saying “We will respond in kind.”",
            "We will respond",
            "Ali Karimi",
        ),
        (
            "Tasnim quoted Leyla Farahani, the deputy minister, as saying: “Nothing is agreed.”",
            "Nothing is agreed",
            "Leyla Farahani",
        ),
        (
            "The newspaper quoted a senior official as saying, “The talks are over.”",
            "The talks are over",
            "a senior official",
        ),
    ],
)
def test_quoted_as_saying_then_the_quotation(text: str, fragment: str, speaker: str) -> None:
    """The one quoted speaks, not the agency that quotes him, when the quotation opens
    right after "saying" (main: the learnt model chose the agency)."""
    assert _speaker(text, fragment) == speaker


def test_quoted_by_an_agency_is_still_the_subject() -> None:
    """ "Karimi was quoted by the agency as saying “…”": the subject, as before."""
    text = "Ali Karimi was quoted by the agency as saying “We will respond in kind.”"
    assert _speaker(text, "We will respond") == "Ali Karimi"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The vaccine was developed by its maker, Ostrava Biologics. In a statement, the "
            "company called the data “a milestone for children.”",
            "a milestone",
            "Ostrava Biologics",
        ),
        (
            "Brannock Dynamics unveiled a new drone on Monday. The company said it would be "
            "“the safest craft in the sky.”",
            "safest craft",
            "Brannock Dynamics",
        ),
        (
            "Quellmark Robotics on Tuesday showed an arm it says can lift a car.\n\n"
            "The arm will ship next year, the firm said in a release that called it "
            "“the strongest hand in the industry.”",
            "strongest hand",
            "Quellmark Robotics",
        ),
    ],
)
def test_the_company_is_the_one_named_before(text: str, fragment: str, speaker: str) -> None:
    """ "the company" or "the firm" refers back to a name no list holds, read as no
    person (main: the bare nominal "company")."""
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Reince Priebus met donors on Monday, and he thanked them. The company said the "
            "meeting was “a waste of time.”",
            "a waste of time",
            "company",
        ),
        (
            "Voters in New Hampshire went to the polls. The company said turnout was "
            "“stronger than expected.”",
            "stronger than expected",
            "company",
        ),
    ],
)
def test_the_company_is_no_person_and_no_place(text: str, fragment: str, speaker: str) -> None:
    """A person ("he" after him) or a place is no company "the company" means."""
    assert _speaker(text, fragment) == speaker
