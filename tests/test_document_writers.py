"""A document that speaks as "it" ("“…,” it reads", "It continued:") gives its writer's
words when the article's sentence about it names the writer: the subject of a passive
with "by" ("The email was sent ... by Ned Orr"), or the person who "wrote in" it. Each
such quotation was a row of its own ("email", "affidavit") beside the writer's in the
people table (issue 14). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.test_speaking_it import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive's "by" names the writer, past an aside and a title; every "it" after
        (
            "The county kept it quiet for a year.\n\nThe letter, obtained by a local"
            " paper, was written in May by then-Deputy Harbour Master Vera Okonkwo, two weeks"
            " before the storm.\n\n\u201cThe north wall will not hold another winter,\u201d"
            " it reads.\n\n\u201cI have asked twice for the money,\u201d it adds.\n",
            ["Vera Okonkwo", "Vera Okonkwo"],
        ),
        (
            "A complaint has been signed by Omar Haddad, a tenant.\n\n\u201cThe boiler has"
            " been broken since October,\u201d it says.\n",
            ["Omar Haddad"],
        ),
        # the person who wrote in the document, the sentence before
        (
            "Officer Lena Brandt interviewed both drivers.\n\n\u201cThe van ran the red"
            " light,\u201d Brandt wrote in the affidavit. It continued: \u201cNeither driver"
            " was hurt.\u201d\n",
            ["Lena Brandt", "Lena Brandt"],
        ),
        (
            "Officer Lena Brandt interviewed both drivers.\n\nBrandt wrote in the affidavit"
            " that the van ran the light. It continued: \u201cNeither driver was hurt.\u201d\n",
            ["Lena Brandt"],
        ),
    ],
)
def test_a_speaking_document_gives_its_writers_words(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" names no person: the body's document stays what speaks
        (
            "The memo was sent at noon by the harbour board.\n\n\u201cThe cranes are"
            " old,\u201d it reads.\n",
            "Lena Brandt",
        ),
        # a document sent to someone, or read by someone, is not theirs
        (
            "The memo was sent to Lena Brandt at noon.\n\n\u201cThe cranes are old,\u201d"
            " it reads.\n",
            "Lena Brandt",
        ),
        (
            "Lena Brandt read the affidavit on Monday. It continued: \u201cNeither driver was"
            " hurt.\u201d\n",
            "Lena Brandt",
        ),
    ],
)
def test_a_document_not_written_by_the_person_named_is_not_theirs(text: str, expected: str) -> None:
    assert expected not in speakers(text)
