"""A paragraph that only names a record ("Partial transcript as follows:", "Video
Transcript:") heads the paragraphs of quotation after it: their mention is the record, as
PolNeAR names the Source, and the person the one who spoke (sieve "recorded"). In train, all
10 quotations under such a heading have the record as their Source (on sentences written for
the test)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import decided

SPEECH = (
    "Varga thanks Hartwell.\n\n"
    "Mayor Lena Varga spoke to supporters in Hartwell on Tuesday night after winning the "
    "county.\n\n"
    "{heading}\n\n"
    '"Tonight we came home to Hartwell, and the whole town came with us."\n\n'
    '"We will build the bridge, and we will pay for it."\n\n'
)


@pytest.mark.parametrize(
    ("heading", "mention"),
    [
        ("Partial transcript as follows:", "Partial transcript"),
        ("Video Transcript:", "Video Transcript"),
        ("A transcript of the speech:", "A transcript of the speech"),
    ],
)
def test_the_paragraphs_under_a_records_heading_are_the_records(heading: str, mention: str) -> None:
    text = SPEECH.format(heading=heading)
    for fragment in ("came home to Hartwell", "build the bridge"):
        assert decided(text, fragment) == (mention, "Lena Varga", "recorded")


def test_a_heading_that_names_no_record_is_no_source() -> None:
    text = SPEECH.format(heading="Her remarks as follows:")
    assert decided(text, "build the bridge")[2] != "recorded"


def test_a_paragraph_with_its_own_cue_or_narration_ends_the_record() -> None:
    text = SPEECH.format(heading="Transcript as follows:") + (
        '"The bridge will stand for a hundred years," Oskar Brandt said.\n\n'
        '"We will see," he added.\n\n'
        "The council meets again on Friday.\n\n"
        '"Not one dollar more," Varga said.\n\n'
    )
    assert decided(text, "build the bridge") == ("Transcript", "Lena Varga", "recorded")
    assert decided(text, "hundred years") == ("Oskar Brandt", "Oskar Brandt", "cue")
    assert decided(text, "We will see")[2] != "recorded"
    assert decided(text, "Not one dollar")[2] != "recorded"


def test_a_labelled_turn_in_marks_keeps_the_record_and_the_labels_person() -> None:
    text = (
        "Varga answers Brandt.\n\n"
        "Mayor Lena Varga and Oskar Brandt met in a debate in Hartwell on Tuesday.\n\n"
        "Partial transcript as follows:\n\n"
        '"BRANDT: Mayor, you promised the bridge two years ago. Where is it?\n\n'
        '"VARGA: The bridge is funded, and work starts in May.\n\n'
        '"BRANDT: That is what you said last year.\n\n'
        '"VARGA: And last year the council had not voted."\n\n'
    )
    assert decided(text, "Where is it") == ("Partial transcript", "Oskar Brandt", "recorded")
    assert decided(text, "work starts in May") == ("Partial transcript", "Lena Varga", "recorded")
