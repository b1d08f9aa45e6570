"""orgs58: a document "from" an organisation speaks for it ("a letter from the Marlow
Foundation ... “...,” the letter said"), and so does one "from" a noun that refers back to
the organisation named before ("Thursday's memo from the panel ... “...,” it stated")."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_a_letter_from_a_named_organisation() -> None:
    text = (
        "Gov. Ellen Marsh signed the bill on Monday. A March 2 letter from the Marlow "
        "Foundation had urged her to veto it.\n\n"
        "\u201cThe bill will close rural clinics,\u201d the letter said."
    )
    assert _speaker(text, "close rural clinics") == "Marlow Foundation"


def test_a_memo_from_the_panel_named_before() -> None:
    text = (
        "The House Oversight Committee says the Interior Department withheld records.\n\n"
        "Thursday\u2019s memo from the panel lays out the dispute. \u201cThe department "
        "has produced a third of what we asked for,\u201d the memo said."
    )
    assert _speaker(text, "produced a third") == "House Oversight Committee"


def test_a_memo_from_a_person_is_still_theirs() -> None:
    text = (
        "A memo from Rep. Dale Ortiz, sent to colleagues on Friday, set out the plan.\n\n"
        "\u201cWe will vote in June,\u201d the memo said."
    )
    assert _speaker(text, "vote in June") == "Dale Ortiz"
