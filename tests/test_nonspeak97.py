"""Branch nonspeak97: words that open a sentence are no person's name. A question's
auxiliary before a name is no part of it ("Was Okafor pleased with the answer?"), as a
sentence adverb is not ("Meanwhile Oduya", tests/test_sources68.py), except where it is a
first name ("Will Doyle"); "Others" opening a sentence is a pronoun, no person, so the
"she" of the quotation's cue goes to the woman named before. Sentences written for these
forms, with near misses."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract
from core.person_names import sentence_adverb
from tests.test_sources68 import sources


@pytest.mark.parametrize(
    ("text", "name", "no_name"),
    [
        (
            "Grace Okafor, a nurse, asked the senator about wages.\n\nWas Okafor satisfied"
            " with his response? She said that she was not.",
            "Grace Okafor",
            "Was Okafor",
        ),
        (
            "Senator Lena Vance spoke first.\n\nDoes Vance accept the plan? She insisted that"
            " it needed work.",
            "Lena Vance",
            "Does Vance",
        ),
    ],
)
def test_a_questions_auxiliary_opens_no_name(text: str, name: str, no_name: str) -> None:
    found = sources(text)
    assert name in found
    assert no_name not in found


def test_a_questions_auxiliary_near_misses() -> None:
    assert sentence_adverb("It rained. Was Okafor there?", "Was", "Okafor")
    assert not sentence_adverb("Will Doyle said no.", "Will", "Doyle")  # a first name
    assert not sentence_adverb("May Chen said no.", "May", "Chen")  # a first name
    assert "Will Doyle" in sources("Will Doyle said that the vote was close.")


def test_others_opening_a_sentence_is_no_person() -> None:
    text = (
        "Big campaigns can afford it, said Mary Holt, the party's digital director. Others"
        " are <having to make do with far less money,> she said."
    )
    found = sources(text)
    assert "Others" not in found
    assert found.get("Mary Holt") == SpeakerKind.PERSON
    [quote] = extract(text.replace("<", "\u201c").replace(">", "\u201d")).quotes
    assert quote.speaker is not None and quote.speaker.name == "Mary Holt"
