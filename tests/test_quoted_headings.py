"""Headings set in quotation marks (core.quotes.scan): a label over the links that follow
and a subhead in capitals are no quotation, and a statement before them does not run
into them. Paragraphs written for these tests."""

from __future__ import annotations

from core.extract import extract


def _quotes(text: str) -> list[tuple[str, str | None]]:
    analysis = extract(text)
    return [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]


def test_a_label_over_links_is_no_quotation() -> None:
    text = (
        "Council Votes On Budget.\n\n"
        "\u201cWe will not raise taxes this year,\u201d Mayor Rita Ortiz said on Monday.\n\n"
        '"See also:"\n\n'
        "City Council Delays Vote On Parking Fees.\n\n"
        "Ortiz Names New Police Chief.\n"
    )
    assert _quotes(text) == [("We will not raise taxes this year,", "Rita Ortiz")]


def test_a_subhead_in_capitals_is_no_quotation() -> None:
    text = (
        "Ortiz Rejects Parking Plan.\n\n"
        "Mayor Rita Ortiz said the parking plan was \u201cslow and costly\u201d and would"
        " be dropped.\n\n"
        "\u201cSLOW AND COSTLY\u201d\n\n"
        "The council will meet again in March.\n"
    )
    assert _quotes(text) == [("slow and costly", "Rita Ortiz")]
