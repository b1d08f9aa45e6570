"""people51: "the statement said" with no statement told of before is the words of the
organisation (or person) whose announcement the sentences just before report ("Fox News
confirmed that ... “...,” the statement read"), not a row of its own; and "the ad says"
is the words of whoever the sentence that introduced it has putting it out ("Sanders is
releasing a new ad", "the Republican National Committee published a report")."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_the_statement_of_an_organisation_that_confirmed() -> None:
    text = (
        "Fox News confirmed that the anchor met the candidate. “The meeting was about a "
        "special airing in May,” the statement read."
    )
    assert _speaker(text, "meeting was about") == "Fox News"


def test_every_use_refers_back_to_the_announcement() -> None:
    text = (
        "The Harlow campaign on Tuesday responded that it had moved to a larger office. "
        "According to the statement, the lease is short. “The rent is paid in full,” the "
        "statement said."
    )
    assert _speaker(text, "rent is paid") == "Harlow campaign"


def test_a_statement_after_no_announcement_stays_the_statement() -> None:
    text = (
        "The factory closed in June after a long strike. Workers gathered outside. “The "
        "plant will not reopen,” the statement said."
    )
    assert _speaker(text, "plant will not") == "statement"


def test_a_statement_told_of_keeps_its_author() -> None:
    text = (
        "Senator Ada Marsh issued a statement on the vote. The Harlow campaign said nothing. "
        "“The bill is dead,” the statement said."
    )
    assert _speaker(text, "bill is dead") == "Ada Marsh"


def test_the_ad_of_the_candidate_releasing_it() -> None:
    text = (
        "Senator Ada Marsh is releasing a new 30-second ad that urges voters to turn out. "
        "The ad says “nothing will change until we vote.”"
    )
    assert _speaker(text, "nothing will change") == "Ada Marsh"


def test_the_report_an_organisation_published() -> None:
    text = (
        "Three years ago, the Republican National Committee published a report on the "
        "changes. “The nation is changing,” the report stated."
    )
    assert _speaker(text, "nation is changing") == "Republican National Committee"


def test_a_document_only_handed_over_stays_the_document() -> None:
    text = (
        "One worker provided a document about the benefits. “Leave is unpaid,” the document states."
    )
    assert _speaker(text, "Leave is unpaid") == "document"
