"""Quoted words in reported speech and quoted terms in the writer's own noun phrases
(core.statements.settle_quotations): the first are the source's words, a partial
quotation, however short; the second are no quotation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.quotes import scan
from core.statements import _writers_term


def _quotes(sentence: str) -> list[tuple[str, str | None]]:
    analysis = extract("News\n\n" + sentence + "\n")
    return [(q.text, q.speaker.name if q.speaker else None) for q in analysis.quotes]


def test_a_word_quoted_in_reported_speech_is_its_sources() -> None:
    """ "implied the judge was biased and “hostile”": the mayor's word, quoted."""
    sentence = (
        'Mayor Ann Keller implied the judge was biased and "hostile" because he lives'
        " outside the city."
    )
    assert _quotes(sentence) == [("hostile", "Ann Keller")]


@pytest.mark.parametrize(
    "sentence",
    [
        'Part of this "binary choice" framework is the idea that voters must pick a side.',
        'A so-called "culture committee" will review the policy in March.',
        'The vote could trigger the "nuclear option" debate that senators have feared for years.',
        'The startup rolled out its "smart" kettle on Tuesday.',
    ],
)
def test_a_term_in_the_writers_noun_phrase_is_no_quotation(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_term_that_reported_speech_holds_is_kept() -> None:
    """The same noun phrase said by someone is their words."""
    assert _quotes('Senator Dana Whitfield called it a "reckless" budget.') == [
        ("reckless", "Dana Whitfield")
    ]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ('They activated its "safety check" feature.', True),
        ("Janitors pushed the ''comfort'' cart down the hall.", True),
        ('The so-called "free" lunch was a sandwich.', True),
        ('She called the deal a "disaster" for workers.', False),  # no noun follows
        ('It was a "disaster," the mayor said.', False),  # a comma of speech inside
        ('He appeared on the "Morning Show" set.', False),  # capitalised: a title
        ('It showed "a deep and lasting" commitment.', False),  # after a verb: its object
        ('He said "we are not going to fold under pressure" today.', False),  # too long
    ],
)
def test_writers_term(text: str, term: bool) -> None:
    (q,) = scan(text)
    assert _writers_term(text, q) is term


@pytest.mark.parametrize(
    "sentence",
    [
        'Mayor Ann Keller\'s recent evidence-free promise to "clean up" the docks was broken.',
        "Voters remember Ann Keller's long, self-funded promise to clean up the docks.",
    ],
)
def test_a_nominal_cue_owned_past_its_modifiers(sentence: str) -> None:
    """The owner of "promise" past hyphened modifiers and commas speaks, not the modifiers
    ("Trump's recent evidence-free assertion that ...")."""
    analysis = extract("News\n\n" + sentence + "\n")
    speakers = [s.speaker.name for s in analysis.statements if "clean up" in s.text and s.speaker]
    assert speakers[-1:] == ["Ann Keller"]
