"""orgpeople: a document named by the organisation that put it out ("a Delgado campaign
memo", "an Associated Press report") speaks for that organisation, and so does "the report"
that refers back to it; a document named by a person ("one Edwards ad") is left as it was."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_a_campaign_memo_is_the_campaigns() -> None:
    text = (
        "Sen. Marco Delgado of Ohio lost the primary on Tuesday. A Delgado campaign memo, "
        "sent to donors on Friday, was blunt: “We ran out of money in October.”"
    )
    assert _speaker(text, "ran out of money") == "Delgado campaign"


def test_an_agency_report_speaks_for_the_agency() -> None:
    text = (
        "The inquiry into the mayor's office closed last week. “The investigation found no "
        "wrongdoing,” an Associated Press report said on Sunday."
    )
    assert _speaker(text, "found no wrongdoing") == "Associated Press"


def test_the_report_refers_back_to_the_body_that_put_it_out() -> None:
    text = (
        "A new Halvorsen Research Institute report compares eleven online panels with "
        "census figures.\n\nFrom the report: “Samples with longer field periods produced "
        "more accurate results.”"
    )
    assert _speaker(text, "longer field periods") == "Halvorsen Research Institute"


def test_a_persons_ad_is_not_read_as_a_body() -> None:
    text = "Mayor Tom Edwards spoke on Monday. “We will fix the roads,” one Edwards ad says."
    assert _speaker(text, "fix the roads") == "one Edwards ad"


def test_a_platform_is_no_author() -> None:
    text = (
        "Dana Ruiz, the ferry's captain, had sailed for 20 years. “I love the sea,” "
        "a Facebook post said. She had joined the line in 2004, according to her Facebook "
        "profile."
    )
    assert _speaker(text, "love the sea") == "a Facebook post"


def test_the_memo_is_the_words_of_who_wrote_just_before() -> None:
    text = (
        "Sen. Marco Delgado of Ohio lost the primary on Tuesday. A Delgado campaign memo "
        "went out to donors that night.\n\n“The map still favors us,” campaign manager "
        "Lena Ortiz wrote. “We have offices in every county,” the memo stated."
    )
    assert _speaker(text, "offices in every county") == "Lena Ortiz"
