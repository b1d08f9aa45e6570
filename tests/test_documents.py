"""A document or speech owned by a person speaks for them ("Jennings' email notes"), on
sentences written for the test."""

from __future__ import annotations

from tests.test_pronouns import L, R, speaker_of

OPENING = "Senator Tom Jennings spoke on Monday. Mayor Ruth Alder answered him.\n\n"


def test_a_named_owners_document_is_the_owner() -> None:
    owners = ("Jennings’ fundraising email to his donors", "Jennings's email", "Jennings’ memo")
    for owner in owners:
        text = f"{OPENING}{owner} notes that the mayor {L}has fought for the harbour.{R}"
        assert speaker_of(text, "has fought") == "Tom Jennings", owner


def test_his_statement_is_his() -> None:
    text = (
        "Senator Tom Jennings spoke on Monday.\n\n"
        f"His statement said the mayor was {L}out of touch with the harbour.{R}"
    )
    assert speaker_of(text, "out of touch") == "Tom Jennings"


def test_what_the_owner_has_that_is_no_document_keeps_its_row() -> None:
    text = (
        f"{OPENING}Jennings's campaign said the mayor was {L}out of touch.{R} "
        f"Alder's lawyer said the claim was {L}baseless.{R} "
        f"An email to Jennings's donors said the mayor was {L}a friend of developers.{R}"
    )
    assert speaker_of(text, "out of touch") == "Jennings campaign"
    assert speaker_of(text, "baseless") == "Alder's lawyer"
    assert speaker_of(text, "a friend of") == "an email to Jennings's donors"


def test_the_email_an_organisation_sent_is_the_organisations() -> None:
    text = (
        "Senator Tom Jennings trails in the polls.\n\n"
        "The Jennings campaign sent a fundraising email on Monday. "
        f"{L}We can still win this race,{R} the email said.\n\n"
        "A separate statement issued by the Alder campaign on Tuesday was shorter. The "
        f"statement talked about giving voters the right to {L}choose their own mayor.{R}\n\n"
        f"Ann Lee sent an email to the board. {L}I resign,{R} the email read."
    )
    assert speaker_of(text, "We can still") == "Jennings campaign"
    assert speaker_of(text, "choose their") == "Alder campaign"
    assert speaker_of(text, "I resign") == "Ann Lee"


def test_every_verb_of_putting_out_credits_an_organisation_alike() -> None:
    """The document credits share one list of verbs of putting out: one that finds a
    person's ad ("is releasing a new ad") finds an organisation's too."""
    for verb in ("unveiled", "launched", "released", "sent out"):
        text = (
            "Senator Tom Jennings trails in the polls.\n\n"
            f"The Jennings campaign {verb} a new ad on Monday. "
            f"{L}We can still win this race,{R} the ad said."
        )
        assert speaker_of(text, "We can") == "Jennings campaign", verb
