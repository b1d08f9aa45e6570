"""Pronouns to people: "he added" names the person the article is talking about, on
sentences written for the test."""

from __future__ import annotations

from core.extract import extract

L, R = "\u201c", "\u201d"


def speaker_of(text: str, fragment: str) -> str | None:
    for quote in extract(text).quotes:
        if quote.text.startswith(fragment):
            return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quotation starts with {fragment!r}")


def test_a_surname_alone_keeps_the_subject_for_the_next_pronoun() -> None:
    text = (
        "Tom Mbeki introduced Peter Okafor at the rally.\n\n"
        "Okafor is outlining his plans for the harbour. "
        f"He says the port {L}will be rebuilt by the spring.{R}"
    )
    assert speaker_of(text, "will be rebuilt") == "Peter Okafor"


def test_a_sentence_opened_by_a_pronoun_keeps_its_person() -> None:
    text = (
        "Peter Okafor campaigned in the north on Monday.\n\n"
        "He said Tom Mbeki had never visited the region. "
        f"{L}The people here deserve better than that,{R} he said."
    )
    assert speaker_of(text, "The people here") == "Peter Okafor"


def test_a_possessive_name_is_not_the_subject() -> None:
    text = (
        "Tom Mbeki has led the polls for a month.\n\n"
        "Tom Mbeki's pollster, Peter Okafor, ran the numbers again on Sunday. "
        f"{L}The numbers have not moved since June,{R} he says."
    )
    assert speaker_of(text, "The numbers") == "Peter Okafor"


def test_a_surname_alone_is_the_most_mentioned_of_a_family() -> None:
    text = (
        "Peter Okafor opened his campaign in Lagos.\n\n"
        "Okafor spoke for an hour. At the urging of his wife, Ada Okafor, he talked "
        "about schools.\n\n"
        f"{L}We will build a hundred of them,{R} Okafor said."
    )
    assert speaker_of(text, "We will build") == "Peter Okafor"
