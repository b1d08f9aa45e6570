"""A speaking "it" inside its sentence ("The paper notes ..., and it says “...”", "what
it calls “...”", "although it does say that ...") stands for the sentence's own subject
when that subject is a thing; a subject set off by a reflexive appositive ("Silverman,
herself a supporter, incurred boos upon saying, “...”") is found past it. Left with no
speaker, each such quotation was a row of its own in the people table. Sentences written
for the test."""

from __future__ import annotations

import pytest

from core import nlp
from core.extract import extract
from core.phrases import clause_subject


def speakers(text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later clause of the same sentence, after a comma and "and"
        (
            "The report was released on Monday.\n\nFor instance, the paper notes the county"
            " monitors 200 wells, it lists steps taken to test them, and it says officials"
            " have closed nearly 40 wells \u201cwith the aim of protecting the water supply"
            " of the valley.\u201d\n",
            ["paper"],
        ),
        # the subject a pronoun, but a company named in the sentence, whose relative clause
        # the "it" stands in: the company (organisations named before they speak, orgintro)
        pytest.param(
            "They combined to pay a company called Harbour Data, which builds what it calls"
            " \u201cpsychographic\u201d profiles of voters.\n",
            ["Harbour Data"],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a close call of the ranker (margin 0.22 for 'which' over the sieve's"
                " 'it'), which the forty-eighth session's retrain gave to 'it': the sieve's"
                " 'it' is then left unresolved, so no speaker",
            ),
        ),
        # a subordinate clause; "does" before the cue
        (
            "The harbour charter makes no mention of cranes, although it does say that the"
            " board agrees to \u201ckeep the docks safe.\u201d\n",
            ["harbour charter"],
        ),
        # "what it calls"
        (
            "Dana Whitlow helps lead a program called River Watch. The group seeks to"
            " protect the river through the enactment of what it calls \u201csensible limits"
            " on dumping.\u201d\n",
            ["group"],
        ),
    ],
)
def test_speaking_it_is_the_subject_of_its_sentence(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the subject a plural: "it" is not "the senators"
        "The senators wrote a bill on Monday, and it says the board must \u201ckeep the"
        " docks safe.\u201d\n",
        # the subject a person: "it" is not the mayor
        "The mayor opened the hearing, and it says the board must \u201ckeep the docks"
        " safe.\u201d\n",
        # "where" makes the noun before it the place "it" speaks in, not the subject
        "The film, released in May, is named after a passage from the charter where it"
        " states to keep the docks \u201copen to every ship of the valley.\u201d\n",
        # an indefinite pronoun is no thing
        "Everyone else combined for 39 percent.\n\nWhile it does describe the board, it"
        " says little about \u201cwhat the members want.\u201d\n",
    ],
)
def test_speaking_it_is_no_person_plural_or_pronoun(text: str) -> None:
    assert speakers(text) == [None]


def test_reflexive_appositive_is_skipped() -> None:
    tokens = nlp.tag(
        nlp.tokenize("Silverman, herself a council member during the primary, incurred a wave")
    )
    assert clause_subject(tokens) == (0, 1)


def test_reflexive_appositive_speaker() -> None:
    text = (
        "The mayor said the vote was close.\n\nSilverman, herself a council member during"
        " the primary, incurred a wave of boos upon saying, \u201cThe harbour heard the"
        " passion of the people.\u201d\n"
    )
    assert speakers(text) == ["Silverman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past "and" and an adverb to the verb's object; "of her own" is not the head
        (
            "The rally went on.\n\nWhitlow smiled and triumphantly lifted a sign of her"
            " own.\n\n\u201cI am still with the harbour,\u201d it read.\n",
            ["sign"],
        ),
        # the object of a preposition after the verb; the one who wrote in it speaks
        # through it (tests/test_document_writers.py)
        (
            "\u201cThe clerk grabbed the ledger,\u201d Bujnowski wrote in the affidavit. It"
            " continued: \u201cProbable cause exists to charge the clerk.\u201d\n",
            ["Bujnowski", "Bujnowski"],
        ),
        # "a letter": the letter
        (
            "Dana Whitlow sent a letter this week urging the council to act.\n\n\u201cThe"
            " delay reflects an appalling indifference,\u201d it read.\n",
            ["letter"],
        ),
        # the subject a thing: not its object
        (
            "The memo from the board seemed aimed at bolstering the validity of the"
            " inquiry.\n\n\u201cNo one checked the cables,\u201d it stated.\n",
            ["memo from the board"],
        ),
        # a coordinated object: its head is further on, no guess
        (
            "Dana Whitlow launched a television and radio ad on Saturday.\n\n\u201cThe"
            " docks are a scam,\u201d it said.\n",
            [None],
        ),
        # the subject a person's document, not a person: its object is not read, its
        # writer speaks through it (people57: a document's writer is its speaker)
        (
            "Dana Whitlow's press release does not mention the language of the bill.\n\n"
            "\u201cThe docks are a scam,\u201d it said.\n",
            ["Dana Whitlow"],
        ),
        # the object a person, or people: no one
        ("The mayor visited Whitlow on Monday.\n\n\u201cWe will act,\u201d it said.\n", [None]),
        (
            "The mayor met the senators last week.\n\n\u201cWe will act,\u201d it said.\n",
            [None],
        ),
    ],
)
def test_speaking_it_is_the_object_just_before(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "he" that is the subject of a clause before the fragment
        (
            "Sexton, a professor, said he holds his roots \u201cvery near and dear to my"
            " heart.\u201d He said he sees himself in the voters.\nThat's why he wanted to"
            " \u201cgo an extra step\u201d to understand them.\n",
            ["Sexton", "Sexton"],
        ),
        (
            "\u201cWe are almost there,\u201d Mr. Kamp said.\n\nThe major danger he sees"
            " for these plans is \u201cthe fact that the movements grow on both sides of the"
            " ocean.\u201d\n",
            ["Kamp", "Kamp"],
        ),
        # no "he" or "she" as a subject: no one
        (
            "\u201cWe are almost there,\u201d Mr. Kamp said.\n\nThat's why the plan went"
            " \u201can extra step\u201d for him.\n",
            ["Kamp", None],
        ),
    ],
)
def test_pronoun_subject_of_a_fragment(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected
