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
