"""frag60: a quoted fragment inside a sentence that no speech cue governs is the words of
whoever the clause whose verb governs it has as subject (PolNeAR's convention: a phrase's
source is whoever uses it), read back through auxiliaries, coordinated verbs, gerunds and
infinitives: "That prompted the governor to make a joke and call Holt “...”". A clause
that is a verb's object, a preposition's object, two joined subjects, "they" and "it"
give no such subject. Sentences of our own."""

from __future__ import annotations

import pytest

from core import nlp
from core.phrases import fragment_subject
from tests.analyses import speaker_of


def _subject(words: str) -> str | None:
    tokens = nlp.tagged(words, 0, len(words))
    np = fragment_subject(tokens)
    return None if np is None else " ".join(t.text for t in tokens[np[0] : np[1]])


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        # the object of the controlling verb is the infinitive's subject; "and call"
        # joins the second verb to the first
        (
            "That prompted Governor Ray Ames to make a joke about the weather and call Holt",
            "Governor Ray Ames",
        ),
        ("Ames has vowed to end the", "Ames"),  # subject control: the vowing one
        # a clause that is a verb's object: the verb above it
        (
            "Judge Ellen Marsh ruled in March that the agency's handling of the files had "
            "created a",
            "Judge Ellen Marsh",
        ),
        (
            "Councilman Abe Ruiz spent the afternoon at the library, where he hosted a "
            "roundtable on",
            "he",
        ),
        (  # a subject with its modifiers, whole
            "The crowd at Grange Hall in the town of Elmore answered by loudly chanting",
            "The crowd at Grange Hall in the town of Elmore",
        ),
    ],
)
def test_the_governing_clause_subject(words: str, subject: str) -> None:
    assert _subject(words) == subject


@pytest.mark.parametrize(
    "words",
    [
        "Governor Ray Ames and Senator Dana Holt ended the night in a",  # two joined
        # "gathered in ...": the words before the verb end a modifier, not the subject
        "The volunteers gathered in the Elmore Grange Hall answered him by loudly chanting",
        "They later handed out leaflets about",  # "they": too often the wrong group
    ],
)
def test_no_subject_to_name(words: str) -> None:
    assert _subject(words) is None


def test_the_controlled_subject_speaks() -> None:
    text = (
        "Senator Dana Holt spoke first. That prompted Governor Ray Ames to make a joke "
        "about the weather and call Holt “a fair-weather friend,” a line the crowd loved."
    )
    assert speaker_of(text, "a fair-weather friend") == "Ray Ames"


def test_a_label_names_the_speaker_not_the_clause() -> None:
    text = (
        "Governor Ray Ames skipped the forum in Elmore. Dana Holt's verdict on Friday: "
        "Ames is “running scared” of a debate."
    )
    assert speaker_of(text, "running scared") != "Ray Ames"
