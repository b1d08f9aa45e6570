"""orgs58: the complaint or lawsuit of one who sued speaks for them ("His campaign sued the
party on Friday. The complaint says ...": the campaign), as an announcement's statement
speaks for the announcer."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_his_campaign_sued() -> None:
    text = (
        "Sen. Ray Okafor blamed the party for the breach.\n\n"
        "His campaign sued the state party on Friday. The complaint, filed in Denver, "
        "says the party \u201cacted without any notice at all.\u201d"
    )
    assert _speaker(text, "without any notice") == "Okafor campaign"


def test_a_group_filed_a_lawsuit() -> None:
    text = (
        "DENVER \u2014 The Mountain Voters Alliance filed a lawsuit against the county "
        "on Monday.\n\n"
        "\u201cThe county purged 4,000 eligible voters,\u201d the lawsuit says."
    )
    assert _speaker(text, "purged 4,000") == "Mountain Voters Alliance"


def test_a_complaint_nobody_is_said_to_have_filed() -> None:
    text = (
        "Lena Ortiz spoke to reporters on Monday.\n\n"
        "\u201cThe county purged 4,000 eligible voters,\u201d the complaint says."
    )
    assert _speaker(text, "purged 4,000") != "Lena Ortiz"


# docs61: a suit filed by a person, or owned by one's name, speaks for its plaintiff under
# any of the suit's nouns ("a lawsuit filed by ... The suit says")


def test_a_lawsuit_filed_by_a_person_is_the_suits_words() -> None:
    text = (
        "A lawsuit filed by a former aide named Mara Lindqvist accuses the mayor of fraud.\n\n"
        "The suit says the mayor \u201clied to the council for years.\u201d"
    )
    assert _speaker(text, "lied to the council") == "Mara Lindqvist"


def test_one_who_sued_speaks_in_the_suit() -> None:
    text = (
        "Owen Marsh sued the firm on Tuesday in state court. The suit accuses the firm of "
        "\u201cbullying Mr. Marsh into silence.\u201d"
    )
    assert _speaker(text, "bullying Mr. Marsh") == "Owen Marsh"


def test_a_named_owners_lawsuit_is_theirs_when_named_again() -> None:
    text = (
        "Mara Lindqvist sued the city in May.\n\nLindqvist\u2019s lawsuit was filed in "
        "Denver.\n\n\u201cThe mayor lied to the council for years,\u201d the suit says."
    )
    assert _speaker(text, "lied to the council") == "Mara Lindqvist"


def test_a_complaint_that_has_been_filed_by_a_person() -> None:
    text = (
        "A complaint has been filed by Omar Haddad, a tenant.\n\n\u201cThe boiler has been "
        "broken since October,\u201d the complaint says."
    )
    assert _speaker(text, "boiler has been") == "Omar Haddad"


def test_a_suit_filed_against_a_person_is_not_theirs() -> None:
    text = (
        "A lawsuit filed against Mara Lindqvist accuses her of fraud.\n\n"
        "\u201cThe mayor lied to the council for years,\u201d the suit says."
    )
    assert _speaker(text, "lied to the council") != "Mara Lindqvist"


def test_a_named_owners_emails_are_not_all_theirs() -> None:
    text = (
        "A review of Mara Lindqvist\u2019s emails was released on Monday.\n\n"
        "\u201cThe mayor knew,\u201d the emails say."
    )
    assert _speaker(text, "mayor knew") != "Mara Lindqvist"
