"""Issue 15 (people34): a person's campaign, office or team is one organisation however
its owner is written ("Mrs. Lindqvist's campaign", "Hana Lindqvist's campaign", "the
Lindqvist campaign"), in an article and across the library; an organisation's own team
or office is not folded to a surname. Names invented."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract
from core.person_names import library_key

ORG = SpeakerKind.ORGANISATION


def key(name: str, article: str = "a") -> str:
    return library_key(ORG, name, article, bound=False)


@pytest.mark.parametrize(
    "written",
    ["Mrs. Lindqvist's campaign", "Hana Lindqvist's campaign", "Hana Lindqvist campaign",
     "Hana J. Lindqvist campaign", "Lindqvist’s campaign", "Lindqvist campaign",
     "Northern Ohio Sen. Hana Lindqvist’s campaign"],
)  # fmt: skip
def test_a_persons_campaign_is_keyed_by_the_owners_surname(written: str) -> None:
    assert key(written, "b") == key("Lindqvist campaign") == "organisation:lindqvist campaign"


@pytest.mark.parametrize(
    "written", ["White House team", "Justice Department office", "Treasury Department office"]
)
def test_an_organisations_team_or_office_keeps_its_name(written: str) -> None:
    assert key(written) == "organisation:" + written.lower()


def test_one_office_in_an_article_however_its_owner_is_written() -> None:
    text = (
        "Congresswoman Mara Okafor’s office called the complaint “meritless” on Monday.\n\n"
        "The committee will meet next week. Okafor’s office said the filing was "
        "“improper from the start.”\n"
    )
    keys = {q.speaker.key for q in extract(text).quotes if q.speaker is not None}
    assert keys == {"organisation:okafor office"}


def test_initials_are_the_organisation_the_article_spelt_out() -> None:
    """An organisation's initials where the article wrote its name in full before, listed
    or not ("the Northfield Farmers Association ... the NFA"): one row; initials the article
    never spelt out, or that spell no organisation, stay as written."""
    text = (
        "The Northfield Farmers Association called the bill “a disgrace” on Monday.\n\n"
        "Lawmakers met on Tuesday. The NFA said it would “fight it in every county.”\n\n"
        "The board hired a chief executive officer. The CEO said it was “a new day.”\n\n"
        "The QRX said the vote was “rigged.”\n"
    )
    names = [q.speaker.name for q in extract(text).quotes if q.speaker is not None]
    assert names == [
        "Northfield Farmers Association",
        "Northfield Farmers Association",
        "CEO",
        "QRX",
    ]
