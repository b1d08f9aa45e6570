"""A thing pronoun that is a clause's subject ("Nothing really changed", "Something has
to give") names no one: no group is made of it, so a later "they" or "the crowd" cannot
come to mean it, and no speaker row is called "nothing". Invented sentences."""

from __future__ import annotations

import pytest

from core.extract import extract
from tests.analyses import speaker_of

TEXTS = [
    "Nothing really changed in last night\u2019s debate in Reno, even if Walt kept his warmest "
    "passion for the cause of \u201cfair tax reform.\u201d\n\nAs they say about the old judge, "
    "\u201csteady hands, short memory.\u201d",
    "Something had to give in the budget talks, even if the governor kept asking for "
    "\u201ca clean bill.\u201d\n\nAs they like to put it in Albany, \u201cthe money is never "
    "where the votes are.\u201d",
]


@pytest.mark.parametrize("text", TEXTS)
def test_no_one_is_called_by_a_thing_pronoun(text: str) -> None:
    names = {q.speaker.name.lower() for q in extract(text).quotes if q.speaker is not None}
    names |= {s.speaker.name.lower() for s in extract(text).statements if s.speaker}
    assert not names & {"nothing", "something"}


def test_a_person_named_after_it_still_speaks() -> None:
    text = (
        "Nothing was settled on Monday, Councilwoman Dora Pike said. "
        "\u201cWe will be back here next week,\u201d she said."
    )
    assert speaker_of(text, "We will be back") == "Dora Pike"
