"""A speaking "it" ("“...,” it reads.", "It added: “...”") stands for the thing the
article was about just before: a letter, an email, a memo, a newspaper, as an organisation
named in reach does. Left with no speaker, each such quotation was a row of its own in the
people table. Sentences written for the test."""

from __future__ import annotations

import pytest

from core.extract import extract


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the paragraph before, past a sentence about people; its sentence
        # names who sent it, so the words are hers (tests/test_document_writers.py)
        (
            "Auditors found the gap in March.\n\nThe memo, released by the county clerk, was"
            " sent at noon by Dana Whitlow. Two deputies were off duty that day.\n\n"
            "\u201cThe vault was never locked after six,\u201d it reads.\n",
            ["Dana Whitlow"],
        ),
        # a speaking "it" after another is the same thing
        (
            "The inquiry went on.\n\nThe report was published on Friday by the harbour"
            " board.\n\n\u201cThe cranes were old,\u201d it said.\n\n\u201cNo one checked"
            " the cables,\u201d it added.\n",
            ["report", "report"],
        ),
        # the speaker of the sentence before, a thing
        (
            "\u201cThe county is a reliably quiet place,\u201d the newspaper admitted.\n\n"
            "\u201cBut the flood should be a call to conscience,\u201d it added.\n",
            ["newspaper", "newspaper"],
        ),
        (
            "The lawsuit was filed in Tucson.\n\nIt continued: \u201cThe county failed its"
            " voters.\u201d\n",
            ["lawsuit"],
        ),
        # after a phrase a preposition opens; past a quotation of several sentences
        (
            "The ordinance was passed in May.\n\nIn cases of flooding, it says, \u201cthe"
            " owner pays the cost.\u201d\n",
            ["ordinance"],
        ),
        (
            "The memo was sent at noon.\n\n\u201cThe vault was open. The guards left at"
            " six. No one saw it,\u201d it said.\n\n\u201cWe will act. The locks will"
            " change,\u201d it added.\n",
            ["memo", "memo"],
        ),
    ],
)
def test_speaking_it_is_the_thing_before(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no thing before it: people only, or a subject in the plural
        "Mary Okafor was angry.\n\n\u201cWe were never told,\u201d it said.\n",
        "The nurses walked out on Monday.\n\n\u201cWe were never told,\u201d it said.\n",
        # the thing is further back than the paragraph before
        "The memo was sent at noon.\n\nThe clerk left early.\n\nThe mayor was away.\n\n"
        "\u201cWe were never told,\u201d it said.\n",
        # an "it" inside a clause of the sentence ("what it calls"): not a speaking "it"
        "The report was published on Friday.\n\nThe workers liked what it calls"
        " \u201csmart cables\u201d on the new cranes.\n",
    ],
)
def test_speaking_it_guesses_no_person(text: str) -> None:
    assert speakers(text) == [None]
