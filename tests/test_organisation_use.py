"""A "person" with no first name that its article uses as only an organisation is used
(issue 14, "a speaker is a person, an organisation or anonymous"): with one of its officers
or users right after it ("Judicial Watch President Tom Fitton", "a Tinder user"), after
"the" with nothing after it ("according to the Las Vegas Sun."), or in a list ("A, B and
C", "A and B") beside an organisation the shipped recogniser knows and no one named with a
first name or honorific ("Hewlett Packard, Coca-Cola and Microsoft"). Every sentence is
written here; the organisations read as people and the people are invented (the listed
neighbours are companies the shipped recogniser knows).
"""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract
from core.kind_evidence import organisation_in_article


def _kind_of(text: str, name: str) -> str:
    analysis = extract(text)
    said = [q.speaker for q in (*analysis.quotes, *analysis.statements) if q.speaker]
    kinds = {s.kind.value for s in said if s.name == name}
    assert len(kinds) == 1, (name, [(s.name, s.kind) for s in said])
    return kinds.pop()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"The records were hidden for years," said Tessmar Watch President Dana Kell. '
         "Tessmar Watch said in a statement that the agency had hidden the records.",
         "Tessmar Watch"),
        ("Jan Morrow, a Quillix user in Ohio, was suspended last week. Quillix said on "
         "Thursday that it does not allow spamming.", "Quillix"),
        ("In recent weeks, Microsoft, Varnel Bottling and Google have cut their support. "
         "Varnel Bottling indicated it would give $75,000 to the convention.",
         "Varnel Bottling"),
    ],
)  # fmt: skip
def test_an_article_uses_a_name_as_an_organisation(text: str, name: str) -> None:
    assert _kind_of(text, name) == SpeakerKind.ORGANISATION.value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person has an aide, an adviser and a campaign: not an organisation's officers
        ('Okafor adviser Dana Kell spoke first. "We will win," Okafor said on Monday.',
         "Okafor"),
        ('The Okafor campaign spent heavily. "We will win," Okafor said on Monday.', "Okafor"),
        # a comma alone makes no list: a clause ends there
        ('Officials briefed Okafor, Google said. "It went well," Okafor said.', "Okafor"),
        # a list holding a person named with a first name
        ('Lawyers for Microsoft, Dana Kell and Okafor met on Monday. "It went well," Okafor '
         "said.", "Okafor"),
    ],
)  # fmt: skip
def test_a_person_stays_a_person(text: str, name: str) -> None:
    assert _kind_of(text, name) == SpeakerKind.PERSON.value


def test_the_evidence_itself() -> None:
    sentinel = "It fell, according to the Harlow Sentinel."
    assert organisation_in_article(("Harlow Sentinel",), sentinel)
    assert organisation_in_article(("Varnel",), "Carrier and Microsoft and Varnel need to know.")
    assert organisation_in_article(("Varnel",), "Varnel and Google sent letters.")
    assert organisation_in_article(("Varnel",), "Judges, lawyers and Varnel's customers waited.")
    # "the" before a name, a noun after it: the name is a modifier, no evidence
    assert not organisation_in_article(("Okafor",), "It fell, said the Okafor campaign.")
    # an officer's noun after the name in a headline, title case: no evidence
    assert not organisation_in_article(("Okafor",), "Why Okafor President Talk Is Growing Louder")
    # a list with someone of a first name in it
    assert not organisation_in_article(("Okafor",), "Google, Dana Kell and Okafor met.")
    # an adjective before an officer's noun: "the former Republican president"
    assert not organisation_in_article(
        ("Republican",), "Clinton praised the former Republican president George W. Bush."
    )
    # a comma alone
    assert not organisation_in_article(("Okafor",), "The parade passed Okafor, Google reported.")
