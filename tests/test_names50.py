"""Name readings mended in names50: an initial alone for a surname ("Mr. H.") keeps its
period, and a name right after a lede's dateline ("KIGALI, Rwanda — Tsegaye Alemu ...")
opens the sentence as an introduction, so a given name alone later is that person."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("\u201cI saw the fox again,\u201d said Ms. R.", "fox", "R."),
        (
            "Last spring a farmer I will call Mr. K. asked me to look at his well. "
            "\u201cIt tastes of iron,\u201d he said.",
            "iron",
            "K.",
        ),
        ("\u201cNot again,\u201d said Malcolm X.", "Not", "Malcolm X"),  # a name, no initial
    ],
)
def test_an_initial_alone_for_a_surname_keeps_its_period(
    text: str, fragment: str, speaker: str
) -> None:
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "KIGALI, Rwanda \u2014 Tsegaye Alemu has coached runners in this hill town for "
            "twenty years.\n\n\u201cThe hills do half the work,\u201d Tsegaye said.",
            "hills",
            "Tsegaye Alemu",
        ),
        (
            "LAGOS \u2014 Chidinma Okwuosa runs a clinic for market traders.\n\n"
            "\u201cThey come when the stall is closed,\u201d Chidinma said.",
            "stall",
            "Chidinma Okwuosa",
        ),
    ],
)
def test_a_name_right_after_a_dateline_is_introduced(
    text: str, fragment: str, speaker: str
) -> None:
    assert _speaker(text, fragment) == speaker
