"""orgpeople: a campaign or office written as a person's by a possessive ("Delgado's
campaign said") is named as "the Delgado campaign" names it, so that the speaker list holds
one organisation however the article writes it."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

STORY = (
    "Sen. Marco Delgado of Ohio spoke at a rally in Akron on Monday. "
    "“We are building a campaign for every family,” Delgado\u2019s campaign said in a "
    "statement. Later that day the Delgado campaign issued a second statement. "
    "“The senator will debate in March,” the Delgado campaign said."
)


def test_a_possessive_campaign_is_named_as_the_campaign() -> None:
    assert _speaker(STORY, "building a campaign") == "Delgado campaign"
    assert _speaker(STORY, "will debate in March") == "Delgado campaign"


def test_an_office_after_a_title_and_full_name() -> None:
    text = (
        "Rep. Ann Lee of Iowa did not return calls on Friday. "
        "“The congresswoman is traveling,” Rep. Ann Lee's office said."
    )
    assert _speaker(text, "congresswoman is traveling") == "Lee office"


def test_an_owner_the_article_does_not_name_in_full_keeps_the_written_form() -> None:
    text = (
        "Members of the committee met on Tuesday. "
        "“We will publish the figures,” the DNC's office said."
    )
    assert _speaker(text, "publish the figures") == "DNC's office"
