"""A "person" with no first name the article shows to be an organisation (issues 14 and
15, "person versus organisation"): an appositive headed by a noun for an organisation, such
a noun just before the name, or something only a company has (its shares, its chief
executive, "the CEO of"). A name the article ever writes after a first name or an
honorific stays a person ("Gerald Ford ... Ford said"). Every sentence here is written for
these tests; every company and person is invented.
"""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract
from core.identity import read_speaker
from core.kind_evidence import organisation_in_article


def _kind_of(text: str, name: str) -> str:
    analysis = extract(text)
    kinds = {s.kind.value for s in analysis.speakers if s.name == name}
    said = [q.speaker for q in analysis.statements if q.speaker]
    kinds |= {s.kind.value for s in said if s.name == name}
    assert len(kinds) == 1, (name, [(s.name, s.kind) for s in analysis.speakers])
    return kinds.pop()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Halvorsen Semiconductor said on Tuesday that it would cut 400 jobs. "We have to adapt '
         'to a weaker market," the company said. Halvorsen Semiconductor\'s shares fell 6 percent.',
         "Halvorsen Semiconductor"),
        ('"The season was a disappointment," Brekkvold, the Norwegian shipping company, said in '
         'a statement.', "Brekkvold"),
        ('Investors have left funds like Tarrow Ridge this year. "We remain confident," Tarrow '
         'Ridge said in a letter.', "Tarrow Ridge"),
        ('Audit files from the software company Quillon were released. "No data was lost," '
         'Quillon said.', "Quillon"),
        ('Vessaro announced record sales. "Demand is strong," Vessaro said. Two months later '
         'Vessaro\'s longtime chief executive resigned.', "Vessaro"),
        ('"We make chips," said Ostrander, speaking of the firm. Pia Lund, the former CEO of '
         'Ostrander, disagreed.', "Ostrander"),
    ],
)  # fmt: skip
def test_an_article_shows_an_organisation(text: str, name: str) -> None:
    assert _kind_of(text, name) == SpeakerKind.ORGANISATION.value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name before it anywhere: a person, whatever else the article says
        ('Gerald Ford led the country for two years. "Our long national nightmare is over," '
         'Ford said. Ford\'s shares rose on the news.', "Gerald Ford"),
        ('Mr. Halvorsen founded the company in 1990. "We have to adapt," Halvorsen said. '
         'Halvorsen\'s shares fell.', "Halvorsen"),
        # an appositive headed by a person's noun
        ('"We will win," Okonkwo, the party chairman, told supporters.', "Okonkwo"),
        ('"We will win," Okonkwo, a member of the committee, told supporters.', "Okonkwo"),
    ],
)  # fmt: skip
def test_a_person_stays_a_person(text: str, name: str) -> None:
    assert _kind_of(text, name) == SpeakerKind.PERSON.value


def test_the_evidence_itself() -> None:
    assert organisation_in_article(("Teskar",), "Teskar, the Canadian mining company, said so.")
    assert organisation_in_article(("Teskar",), "groups such as Teskar said so.")
    assert not organisation_in_article(
        ("Teskar",), "Teskar, the Canadian mining minister, said so."
    )
    assert not organisation_in_article(("Teskar",), "people such as Teskar said so.")
    assert not organisation_in_article(("Ford",), "Betty Ford, the company founder. Ford's shares.")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('"We are afraid," Veskans told the visitors. Many back the Veskan Liberation Front.',
         "Veskans", "anonymous"),
        ('Voters are moving. "It is the economy," Latinos told the pollsters in a survey of '
         'Latino voters.', "Latinos", "anonymous"),
        ('Money poured in. "We will spend it all," PACs announced, as one super PAC after '
         'another booked ads.', "PACs", "organisation"),
    ],
)  # fmt: skip
def test_a_plural_the_article_writes_in_the_singular_is_a_group(
    text: str, name: str, kind: str
) -> None:
    assert _kind_of(text, name) == kind


def test_a_surname_in_the_plural_form_stays_a_person() -> None:
    text = 'The hearing ran late. "It is over," Pettigrews said, before William left.'
    assert _kind_of(text, "Pettigrews") == SpeakerKind.PERSON.value  # no "Pettigrew"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Purple PAC", SpeakerKind.ORGANISATION),
        ("Brekkvold Publisher", SpeakerKind.ORGANISATION),
        ("Mary Fox", SpeakerKind.PERSON),
        ("Lena Pack", SpeakerKind.PERSON),
    ],
)
def test_a_name_ending_in_a_noun_for_an_organisation(name: str, kind: SpeakerKind) -> None:
    read = read_speaker(name, SpeakerKind.PERSON)
    assert read is not None and read.kind == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Under the Silk Road plan, China also is promising to spend hundreds of millions of "
         "dollars on ports.", "China", "organisation"),
        ("Hendrik Jordan runs the shelter. Under the plan, Jordan also is promising to spend "
         "more on beds.", "Jordan", "person"),
        ("Georgia Pettigrew ran the shelter for years. Under the plan, Georgia also is "
         "promising to spend more on beds.", "Georgia Pettigrew", "person"),
    ],
)  # fmt: skip
def test_a_place_that_is_a_first_name_too(text: str, name: str, kind: str) -> None:
    """A listed place that is also a listed first name is the place where the article
    never writes it before a surname."""
    assert _kind_of(text, name) == kind
