"""A capitalised common word or plural standing alone as a speaker ("Aides said",
"Pollsters tried") describes people without naming one: the speaker is anonymous, never a
person row. A surname that is also a common word stays a name where the article gives
it to someone ("Susan Rice", "Cornel West"). Sentences written for the test."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract

L, R = "\u201c", "\u201d"


def _source(text: str, content: str) -> tuple[str, SpeakerKind]:
    analysis = extract(text)
    for item in (*analysis.quotes, *analysis.statements):
        if content in item.text and item.speaker is not None:
            return item.speaker.name, item.speaker.kind
    raise AssertionError(f"no attributed statement holds {content!r}")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Aides said the governor was tired of the fight.", "tired of the fight"),
        ("Pollsters warned that the race was tighter than it looked.", "tighter than"),
        (f"{L}We will not fold,{R} Republicans said on Tuesday.", "We will not fold"),
        ("Two in three voters backed the levy. Many said the roads came first.", "roads came"),
        (
            "Senate Aides Say Levy Will Pass\n\nAides said the levy would pass by June.",
            "levy would pass",
        ),  # a headline's capitalised neighbour is no first name
        (
            "Dalgaard Warns Voters to Wait on the Levy\n\nMira Dalgaard warned voters on "
            "Monday. Voters said they would wait.",
            "they would wait",
        ),  # a headline whose minor words are in lower case is a headline too
    ],
)
def test_a_common_word_or_plural_alone_is_no_person(text: str, content: str) -> None:
    assert _source(text, content)[1] != SpeakerKind.PERSON


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Susan Rice arrived late. Rice said the talks had stalled.",
            "talks had stalled",
            "Susan Rice",
        ),
        (
            "The novelist Cornel West took the stage. West said the crowd was tired.",
            "crowd was tired",
            "West",
        ),
    ],
)
def test_a_surname_that_is_a_common_word_stays_a_name(text: str, content: str, name: str) -> None:
    found, kind = _source(text, content)
    assert kind == SpeakerKind.PERSON
    assert found.endswith(name)
