"""Branch sources68: the sources of statements and the speakers of quotations are people,
organisations or groups, never a phrase read as a person. A sentence adverb that opens a
sentence before a name is no part of it ("Perhaps Norway will ...", "Meanwhile Oduya,
who ..."), except where it opens a listed place ("South Dakota") or the article writes it
capitalised within a sentence ("the Inland Sea"); a party's word alone or after a place
("Six in 10 Republican said", "Oregon Democrats said", "the Ohio Republican said") names
members described, no person; a name ending in a word that heads organisations' names
("Harbor Magazine") is an organisation's unless a listed first name opens it ("Tom
Herald"). Sentences written for these forms, with near misses."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract
from core.person_names import sentence_adverb


def sources(text: str) -> dict[str, SpeakerKind]:
    """Every statement source and quotation speaker of ``text``, by name, with its kind."""
    text = text.replace("<", "\u201c").replace(">", "\u201d")
    found = extract(text)
    items = [*found.quotes, *found.statements]
    return {x.speaker.name: x.speaker.kind for x in items if x.speaker is not None}


@pytest.mark.parametrize(
    ("text", "name", "no_name"),
    [
        (
            "Ministers met in Oslo on Monday.\n\nPerhaps Norway will block the plan. Norway"
            " said that it needed more time.",
            "Norway",
            "Perhaps Norway",
        ),
        (
            "The gala ran late. Guests such as Imani Oduya came.\n\nMeanwhile Oduya, who was"
            " honored with a prize, spoke about courage. <Be brave,> she said.",
            "Imani Oduya",
            "Meanwhile Oduya",
        ),
        (
            "The talks stalled.\n\nHowever Ravi Menon said that a deal was close.",
            "Ravi Menon",
            "However Ravi Menon",
        ),
    ],
)
def test_sentence_adverb_opens_no_name(text: str, name: str, no_name: str) -> None:
    found = sources(text)
    assert name in found
    assert no_name not in found


def test_sentence_adverb_near_misses() -> None:
    text = "Voters in South Dakota wait. The Inland Sea shipping board met."
    assert not sentence_adverb(text, "South", "Dakota")  # a listed place
    assert not sentence_adverb(text, "Inland", "Sea")  # capitalised inside a sentence
    assert not sentence_adverb("Long Nguyen spoke.", "Long", "Nguyen")  # a first name
    assert sentence_adverb("It rained. Perhaps Norway will wait.", "Perhaps", "Norway")
    assert sentence_adverb("It rained. Meanwhile Oduya sang.", "Meanwhile", "Oduya")


@pytest.mark.parametrize(
    ("text", "no_person"),
    [
        ("The survey was large.\n\nSix in 10 Republican said that the party should unite.", None),
        ("The poll closed.\n\nOregon Democrats said that they want a younger nominee.", None),
        ("The race tightened.\n\nDemocratic hopeful Ana Ruiz edged out her rival.", "Democratic"),
        ("The vote failed.\n\nEstablishment Republicans said that the bill went too far.", None),
    ],
)
def test_party_word_names_no_person(text: str, no_person: str | None) -> None:
    found = sources(text)
    people = [n for n, kind in found.items() if kind == SpeakerKind.PERSON]
    assert not any(n.split()[-1].startswith(("Republican", "Democrat")) for n in people)
    if no_person is not None:
        assert found.get(no_person) != SpeakerKind.PERSON


def test_place_and_party_member_is_the_person_named() -> None:
    text = (
        "Dana Whitcombe spoke in Akron on Sunday.\n\nAsked about the attack, the Ohio"
        " Republican would only say that the plan was worrisome."
    )
    found = sources(text)
    assert "Dana Whitcombe" in found
    assert "Ohio Republican" not in found


def test_party_surname_still_a_person() -> None:
    # near miss: a name whose last word merely begins like a party word is a person's
    found = sources("<We will win,> said Tom Democko, the organiser.")
    assert found.get("Tom Democko") == SpeakerKind.PERSON


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Critics pounced.\n\nHarbor Magazine picked Ana Ruiz as its person of the year.",
            "Harbor Magazine",
            SpeakerKind.ORGANISATION,
        ),
        (
            "Critics pounced.\n\nKestrel Partners found that the merger would fail.",
            "Kestrel Partners",
            SpeakerKind.ORGANISATION,
        ),
        # near miss: a listed first name before a word that heads organisations
        ("<The rules changed,> said Tom Herald, the columnist.", "Tom Herald", SpeakerKind.PERSON),
    ],
)
def test_organisation_head_word(text: str, name: str, kind: SpeakerKind) -> None:
    assert sources(text).get(name) == kind
