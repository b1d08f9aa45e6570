"""An executive's office written as letters ("CEO", "CFO", "COO", "VP") is a title, as "MP"
is, not an organisation's acronym: "the company's new CFO said" is someone unnamed, not an
organisation's row, and "Trump's potential VP then revealed" (train,
west-journal_2016-08-03_pence-endorses-p, Mike Pence's quotation in an organisation row;
issue 14, people54) a description of a person. Sentences written for the test; the people
and companies invented."""

from __future__ import annotations

from core.document import SpeakerKind
from tests.test_attribution_probes import quotes_of

STORY = (
    "News\n\nGovernor Dana Pike endorsed the senator on Monday. \u201cHe is the best,\u201d "
    "Pike said.\n\n"
)


def _speaker(text: str, fragment: str) -> tuple[str, SpeakerKind] | None:
    quote = next(q for q in quotes_of(STORY + text + "\n") if fragment in q.text)
    return (quote.speaker.name, quote.speaker.kind) if quote.speaker else None


def test_an_owned_office_in_letters_is_someone_unnamed() -> None:
    found = _speaker(
        "The company\u2019s new CFO said the results were \u201cvery strong.\u201d", "strong"
    )
    assert found is not None and found[1] == SpeakerKind.ANONYMOUS


def test_a_running_mate_called_vp_is_no_organisation() -> None:
    found = _speaker(
        "The nominee\u2019s potential VP then revealed that the nominee \u201casked me to do "
        "it.\u201d",
        "asked me",
    )
    assert found is not None and found[1] != SpeakerKind.ORGANISATION


def test_the_office_before_a_name_is_still_the_persons() -> None:
    text = (
        "Acme CEO Jane Roe called the results \u201cfine.\u201d\n\n"
        "The CEO later said they were \u201cgood enough.\u201d"
    )
    assert _speaker(text, "fine") == ("Jane Roe", SpeakerKind.PERSON)
    assert _speaker(text, "good enough") == ("Jane Roe", SpeakerKind.PERSON)
