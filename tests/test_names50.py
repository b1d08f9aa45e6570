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


def test_a_given_name_owning_a_relative_of_its_surname_is_a_person() -> None:
    """ "Yuval's mother, Miriam Bar-Lev" shows "Yuval", written before "Bar-Lev" too, to be
    a given name of that family, though no list holds it and the mother's listed first
    name keeps "Bar-Lev" off the unlisted surnames."""
    text = (
        "Yuval Bar-Lev was nine when he won the regional spelling bee on Sunday.\n\n"
        "\u201cI studied every night,\u201d Yuval said.\n\n"
        "Yuval's mother, Miriam Bar-Lev, said the family was proud. "
        "\u201cHe taught himself,\u201d she said."
    )
    assert _speaker(text, "studied") == "Yuval Bar-Lev"
