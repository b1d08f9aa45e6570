"""An organisation whose name no list holds, read by its last word: a plural common noun
("Markets", "Ferries", "Strategies") names a business or a body, never a person, unless
a listed first name stands before it ("Maxine Waters", "Jeff Sessions", "Tyra Banks").
Sentences written for these tests."""

from __future__ import annotations

from core.document import SpeakerKind
from core.extract import extract
from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def _kind(text: str, fragment: str) -> SpeakerKind | None:
    """The kind of the speaker of the quotation holding ``fragment``."""
    analysis = extract("News\n\n" + text + "\n")
    quote = next(q for q in analysis.quotes if fragment in analysis.text[q.span.start : q.span.end])
    return quote.speaker.kind if quote.speaker else None


def test_a_name_ending_in_a_plural_noun_is_an_organisation() -> None:
    """ "Cedar Valley Strategies said": a consulting firm, no person (main: a person)."""
    text = (
        "Cedar Valley Strategies said on Monday that it had mailed the flyers."
        + " “They were accurate,” Cedar Valley Strategies said in a statement."
    )
    assert _kind(text, "accurate") == SpeakerKind.ORGANISATION


def test_a_first_name_before_a_plural_surname_keeps_a_person() -> None:
    """Guard: "Maxine Waters", "Jeff Sessions": a listed first name before the plural."""
    text = (
        "Rep. Maxine Waters spoke on the House floor on Tuesday."
        + " “This bill is wrong,” Maxine Waters said."
        + N
        + "Jeff Sessions answered the next question. “I have no comment,” Sessions said."
    )
    assert _kind(text, "bill is wrong") == SpeakerKind.PERSON
    assert _kind(text, "no comment") == SpeakerKind.PERSON
    assert _speaker(text, "no comment") == "Jeff Sessions"


def test_the_company_said_passes_over_a_thing_named_between() -> None:
    """ "Harbor Point Markets said ... after a county test found E. coli ...": "the company
    said" is the grocer, not stopped by the test described between (main: "company")."""
    text = (
        "Harbor Point Markets said on Wednesday that it had pulled all bagged spinach from"
        + " its 30 stores after a county test found E. coli in a bag from one of its growers."
        + N
        + "“We are not waiting for more results,” the company said in a statement."
    )
    assert _speaker(text, "not waiting") == "Harbor Point Markets"


def test_the_company_said_still_stops_at_people_described_between() -> None:
    """Guard: "A group of shoppers" between: the look-back for "the company" stops at
    people described and does not reach the grocer (what it gives instead is as on main)."""
    text = (
        "Harbor Point Markets opened a store in Tacoma on Wednesday."
        + " A group of shoppers said the prices were too high."
        + N
        + "“We are listening,” the company said in a statement."
    )
    assert _speaker(text, "listening") != "Harbor Point Markets"
