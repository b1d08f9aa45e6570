"""A speaker is a noun phrase (issue 14: rows named "planning", "who"). A relative "who"
after a participle's object stands for the person before the participle, not the thing;
a subject that is no noun (an adverb, a "who" with no antecedent) gives way to the best
candidate that is one. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.test_speaking_it import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters in the county are restless. \u201cThe money will run out by June,\u201d"
            " said one Democrat involved in the budget talks, who spoke on condition of"
            " anonymity.\n",
            ["one Democrat involved in the budget talks"],
        ),
        (
            "\u201cWe have the votes,\u201d said two aides working on the bill, who asked"
            " not to be named.\n",
            ["two aides"],
        ),
    ],
)
def test_who_after_a_participles_object_is_the_person(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "Dana Whitlock has promised a tougher line. She has proposed hiring a"
            " \u201cchief fraud auditor\u201d who answers to the governor, and called for"
            " doubling \u201cthe number of inspectors in every county.\u201d\n"
        ),
    ],
)
def test_a_subject_that_is_no_noun_gives_way(text: str) -> None:
    assert speakers(text)[-1] == "Dana Whitlock"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quantifier is a pronoun
            "Dana Whitlock met the county's mayors on Friday. Several said they would rather"
            " see the money \u201cspent on roads first.\u201d\n",
            "several",
        ),
        (  # a free relative is a clause standing as a noun phrase, the gold's speaker
            "Dana Whitlock says the county kept every letter. What has been made public"
            " suggests that most of them were \u201csent from the mayor's own office.\u201d\n",
            "public",
        ),
    ],
)
def test_a_subject_that_is_a_pronoun_or_a_clause_stays(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected
