"""things65: a speech act owned by "his" or "her" ("his reply", "her response") speaks
for its owner, as "her Twitter account" does: the speaker shown is the person the
pronoun refers to, not an anonymous row named by the noun. A body part ("his eyes")
is no speech act and stays as it was. A source that is "his" alone is its owner."""

from __future__ import annotations

import pytest

from core import lexicons
from tests.analyses import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Mayor Tom Baxter faced the council on Monday. His reply, read from a card, "
            "called the audit “a partisan stunt.”",
            "a partisan stunt",
            "Tom Baxter",
        ),
        (
            "Governor Ruth Anders spoke to reporters after the vote. Her response, "
            "delivered twice, was that the bill “would never survive a court.”",
            "would never survive",
            "Ruth Anders",
        ),
        (
            "Governor Ruth Anders spoke to reporters after the vote. Her explanation, "
            "delivered twice, was that the bill “would never survive a court.”",
            "would never survive",
            "Ruth Anders",
        ),
    ],
)
def test_an_owned_speech_act_speaks_for_its_owner(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


def test_an_owned_body_part_is_not_its_owner() -> None:
    text = (
        "Mayor Tom Baxter faced the council on Monday. His eyes, red from a long night, "
        "said “enough.”"
    )
    assert speaker_of(text, "enough") != "Tom Baxter"


@pytest.mark.parametrize(
    ("noun", "act"),
    [
        ("response", True),
        ("reply", True),
        ("warning", True),
        ("explanation", True),
        ("eyes", False),
        ("image", False),
    ],
)
def test_speech_acts_are_cue_verbs_made_nouns(noun: str, act: bool) -> None:
    assert lexicons.speech_act(noun) is act


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Governor Dan Reilly has spent the month campaigning in Ohio, but his guilty "
            "pleasure is “Barn Wars.” He watches it every night.",
            "Barn Wars",
            "Dan Reilly",
        ),
        (
            "Mayor Paul Grant toured the mill. With his harsh tone toward “outsiders,” he "
            "has lost the suburbs.",
            "outsiders",
            "Paul Grant",
        ),
    ],
)
def test_a_lone_his_as_source_is_its_owner(text: str, fragment: str, speaker: str) -> None:
    """A statement's source read as the possessive alone ("his ... tone toward “…”")
    is the person "his" refers to, not a row named "his"."""
    assert speaker_of(text, fragment) == speaker


def test_a_lone_his_reaches_its_owner_in_the_paragraph() -> None:
    text = (
        "The governor, Tom Ford, spoke for an hour. While many agreed with the substance "
        "of the speech, the decision to read from cards and his repeated mispronunciations "
        "of “Qatar” only reinforced the doubts of the room."
    )
    assert speaker_of(text, "Qatar") == "Tom Ford"


def test_a_lone_his_does_not_reach_a_person_of_another_paragraph() -> None:
    """Only a person named before it in its paragraph: the one quoted in the paragraph
    before is not whom "his" means here."""
    text = (
        "“Neither of them helped much,” said Tom Ford, a lobbyist who attended the dinner."
        "\n\nWhile many agreed with the substance of the speech, the governor’s decision to "
        "read from cards and his repeated mispronunciations of “Qatar” only reinforced the "
        "doubts of the room."
    )
    assert speaker_of(text, "Qatar") != "Tom Ford"
