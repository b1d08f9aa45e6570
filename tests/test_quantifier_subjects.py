"""A quantifier standing alone as a clause's subject ("many followed", "both oppose",
"most said") is the subject, whatever the tagger calls it (an adjective, a conjunction):
a quotation in its clause with no cue is theirs, as a pronoun's would be. The generic
"one" ("One would need") is no one. Invented sentences."""

from __future__ import annotations

import pytest

from core import nlp
from core.phrases import clause_subject
from tests.analyses import speaker_of


def _subject(sentence: str) -> str | None:
    tokens = nlp.tag(nlp.tokenize(sentence))
    found = clause_subject(tokens)
    return " ".join(t.text for t in tokens[found[0] : found[1]]) if found else None


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("During the drought, many followed the mayor's advice that rationing was a", "many"),
        ("On pensions, both oppose a rule known as the", "both"),
        ("And most also backed what the union called a", "most"),
    ],
)
def test_a_quantifier_is_the_subject(sentence: str, subject: str) -> None:
    assert _subject(sentence) == subject


def test_the_generic_one_is_no_subject() -> None:
    assert _subject("One would need the votes of half the board to pass a") != "One"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The two candidates for governor met union leaders in Toledo on Monday. On "
            "pensions, both oppose a formula known as the “rolling average” that would "
            "trim monthly checks.",
            "rolling average",
            "both",
        ),
        (
            "Fewer than half of the farmers in the county were insured. Still, many "
            "planted early in hopes of “a bumper year” for soy.",
            "a bumper year",
            "many",
        ),
    ],
)
def test_a_quantifier_subject_speaks_the_fragment(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker
