"""A given name in no list, written before a surname the article shows to be a person's
(written alone in running text: "Blocher insists"), is a given name wherever the article
writes it, not only where a sentence introduces the name."""

from __future__ import annotations

from core.extract import extract
from core.person_names import given_before_known_surname as _given_before_known_surname

TEXT = (
    "The party's success came with the rise to prominence of Christoph Blocher in Swiss "
    "politics. Interestingly Blocher, a wealthy industrialist, never held a seat for long. "
    "Critics say Blocher remains the party's voice.\n\n"
    '"We must be careful," Blocher said in an interview.'
)


def test_unlisted_given_name_before_a_known_surname() -> None:
    pairs = {("Christoph", "Blocher"), ("Interestingly", "Blocher")}
    assert _given_before_known_surname(TEXT, pairs) == {("Christoph", "Blocher")}
    speakers = [q.speaker.name for q in extract(TEXT).quotes if q.speaker]
    assert speakers == ["Christoph Blocher"]


def test_headline_word_or_sentence_opener_is_no_given_name() -> None:
    text = (
        "Rebuking Trump, Ryan Speaks Out\n\nThe speaker spoke on Tuesday. Trump said "
        "nothing. Reporters asked about Rebuking Trump later."
    )
    assert _given_before_known_surname(text, {("Rebuking", "Trump")}) == set()
