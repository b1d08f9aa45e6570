"""attrib52: documents and things as sources. A definite document noun ("the note said")
is the words of whoever wrote in it before ("Whitcomb, in a note to investors, cut her
rating"), not of one who only told of it ("workers learned of it from a memo")."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_the_note_is_the_words_of_who_wrote_in_it() -> None:
    text = (
        "Analyst Dana Whitcomb of Barclays covers the firm. Whitcomb, in a note to "
        "investors on Tuesday, cut her rating. “The margins are gone,” the note said."
    )
    assert _speaker(text, "margins are gone") == "Dana Whitcomb"


def test_a_column_written_in_her_own_name() -> None:
    text = (
        "Senator Ada Marsh wrote in her weekly column about the vote. “The bill is dead,” "
        "the column said."
    )
    assert _speaker(text, "bill is dead") == "Ada Marsh"


def test_a_memo_only_told_of_is_not_the_tellers() -> None:
    text = (
        "Union leader Ray Coyle said workers learned of the closure from a memo. "
        "“Production will end in June,” the memo said."
    )
    assert _speaker(text, "Production will end") == "memo"


def test_a_column_by_no_one_named_stays_the_column() -> None:
    text = (
        "Senator Ada Marsh spoke about the bill. A column in the Herald disagreed. “The "
        "bill is alive,” the column said."
    )
    assert _speaker(text, "bill is alive") == "column"


def test_an_organisations_policy_speaks_for_it() -> None:
    text = (
        "Critics have attacked Cloudcast, an app maker. Cloudcast’s privacy policy says the "
        "company may share “anonymized information” with partners."
    )
    assert _speaker(text, "anonymized information") == "Cloudcast"


def test_a_report_speaks_for_whoever_owns_it() -> None:
    text = (
        "Mayor Jane Holt spoke on Monday. The agency’s annual report states that the dam is "
        "“at risk of failure.”"
    )
    assert _speaker(text, "at risk of failure") == "agency"


def test_a_statement_attributed_to_a_person_is_theirs() -> None:
    """people57: a phrase of writing after the document noun names its writer."""
    text = (
        "Aides worked through the night on a reply. “We will not back down,” read the "
        "statement, which was attributed to Harriet Quill, the party’s spokeswoman."
    )
    assert _speaker(text, "not back down") == "Harriet Quill"


def test_a_memo_written_by_a_person_is_theirs() -> None:
    text = (
        "The memo was written by Carla Mendes, the agency’s deputy director. “Staff must "
        "report every contact,” the memo said."
    )
    assert _speaker(text, "report every contact") == "Carla Mendes"


def test_it_after_a_letter_signed_by_a_titled_person_is_theirs() -> None:
    text = (
        "The letter, signed by Mayor Tom Edwards, reached the council on Friday.\n\n"
        "“The budget is broken,” it read."
    )
    assert _speaker(text, "budget is broken") == "Tom Edwards"


def test_a_letter_signed_by_no_one_named_stays_the_letter() -> None:
    text = (
        "The letter, signed by dozens of residents, reached the council on Friday. "
        "“The budget is broken,” the letter said."
    )
    assert _speaker(text, "budget is broken") == "letter"


def test_a_statement_attributed_to_a_surname_is_the_person_named_before() -> None:
    text = (
        "Campaign spokesman Ron Adair drafted a reply overnight. “We stand by every word,” "
        "read the statement, which was attributed to Adair."
    )
    assert _speaker(text, "stand by every word") == "Ron Adair"


def test_an_email_from_a_persons_campaign_is_not_the_persons() -> None:
    text = (
        "Senator Lena Brook spoke in Ohio on Monday. Donors received an email from Brook’s "
        "campaign. “We need you now,” the email said."
    )
    assert _speaker(text, "We need you now") != "Lena Brook"
