"""names52: a sentence-opening "Will" the tagger takes for a modal is a first name before a
capitalised word and a finite verb ("Will Hurd said"), not before a modal's bare verb ("Will
Democrats win?"), issue 15's name boundaries. Sentences written for the tests; the people
invented."""

from __future__ import annotations

import pytest

from core import nlp
from tests.test_attribution_probes import speaker_in_a_story as _speaker


def _tags(sentence: str) -> list[str]:
    return [t.tag for t in nlp.tag(nlp.tokenize(sentence, 0, len(sentence)))]


@pytest.mark.parametrize(
    "sentence",
    ["Will Hurd said the plan was sound.", "Will Pardoe told reporters the plan was sound."],
)
def test_an_opening_will_before_a_surname_and_a_verb_is_a_name(sentence: str) -> None:
    assert _tags(sentence)[:2] == ["NNP", "NNP"]
    story = sentence.replace("the plan was sound", "“the plan is sound”")
    assert _speaker(story, "plan is sound") == " ".join(sentence.split()[:2])


@pytest.mark.parametrize(
    "sentence",
    ["Will Democrats win the seat?", "Will Obama sign it?", "Will voters care?"],
)
def test_an_opening_will_before_a_bare_verb_stays_a_modal(sentence: str) -> None:
    assert _tags(sentence)[0] == "MD"
