"""Titles written only abbreviated ("Del.", "Supt.", "Atty."): the period is the title's
before a capitalised name, and a title word that is a given name too ("Del") is a title
only with its period ("Del Toro", "Del Rio" are names)."""

from __future__ import annotations

import pytest

from core import lexicons, nlp


@pytest.mark.parametrize(
    "text",
    [
        "said Del. Mary Beth Kessling, a Republican.",
        "said Supt. Amy Ross of the district.",
        "Then Atty. Gen. Ken Paxton spoke.",
    ],
)
def test_title_keeps_its_period_and_the_sentence(text: str) -> None:
    title = text.split()[1]
    assert title in [t.text for t in nlp.tokenize(text)]
    assert len(nlp.split_sentences(text)) == 1


def test_title_word_that_is_a_given_name_only_with_its_period() -> None:
    assert lexicons.is_title_word("Del.")
    assert not lexicons.is_title_word("Del")
    assert nlp.is_title("Del.") and not nlp.is_title("Del")
    assert lexicons.is_title_word("Atty") and lexicons.is_title_word("Supt.")


def test_period_before_no_name_ends_the_word() -> None:
    assert [t.text for t in nlp.tokenize("They went to Del. it was late")][3:5] == ["Del", "."]
    assert [t.text for t in nlp.tokenize("We met in Del Rio.")][3:5] == ["Del", "Rio"]


def test_delegate_is_the_speaker() -> None:
    from core.extract import extract

    text = (
        '"There would already be a grand jury," said Del. Mary Beth Kessling, a Republican '
        'from Chesterfield County. "We want answers."\n\n"We are proud," Del Rio said.'
    )
    speakers = [q.speaker.name if q.speaker else None for q in extract(text).quotes]
    assert speakers[:2] == ["Mary Beth Kessling", "Mary Beth Kessling"]


def test_ampersand_inside_a_short_name_in_capitals() -> None:
    words = [t.text for t in nlp.tokenize("a P&G employee, AT&T's chief, rock&roll, AT & T")]
    assert words[1] == "P&G" and words[4:6] == ["AT&T", "'s"]
    assert words[8:11] == ["rock", "&", "roll"] and words[-3:] == ["AT", "&", "T"]
