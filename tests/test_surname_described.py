"""A surname alone, never written in full, that an appositive or "who" describes as a
person (an op-ed's way: "Halvorsen, the economist ..., disagrees") names that person, so
a later "he" or "she" and the surname alone find them (attrib91)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Ask Kettering, a county chairwoman near Akron. \u201cWe won this county twice,\u201d"
            " she said.\n\nRowntree, the pollster the party hires every cycle, disagrees. The"
            " county, he told me, is \u201cgone for good.\u201d",
            "gone for good",
            "Rowntree",
        ),
        (
            "Listen to Abernathy, who ran the field program in 2008: \u201cWe knocked on every"
            " door.\u201d\n\nOr to Quennell, who runs it now: \u201cThe doors are"
            " different now.\u201d\n\nAbernathy thinks it can be done. \u201cIt is not too"
            " late,\u201d he said.",
            "not too late",
            "Abernathy",
        ),
    ],
)
def test_a_described_surname_is_a_person(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "not_speaker"),
    [
        (
            "A nurse from Texas, who asked not to be named, was blunt. \u201cWe are"
            " exhausted,\u201d she said.",
            "exhausted",
            "Texas",
        ),
        (
            "The Swede, who has lived here for a decade, shrugged. \u201cIt is what it is,\u201d"
            " he said.",
            "what it is",
            "Swede",
        ),
        (
            "In Tamarac, the owner of the club, a builder, wants homes. \u201cIt is my land,\u201d"
            " he said.",
            "my land",
            "Tamarac",
        ),
    ],
)
def test_a_place_or_a_noun_is_no_surname(text: str, fragment: str, not_speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) != not_speaker
