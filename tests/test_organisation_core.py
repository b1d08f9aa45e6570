"""Issue 14: an organisation written with words that describe it is the organisation.

"nationalist Global Times tabloid" in one article and "Global Times" in another, "office -
the State Department" beside "State Department": one row each, as a reader sees one
newspaper and one department (``core.identity.organisation_core``); descriptions that make
another thing of the name ("Republicans in Congress", "Kazakh government", "a super PAC",
"Trump's Twitter account") stay apart. Each rule through the library, on articles written
here, with the pure rule beside.
"""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.identity import organisation_core, spokesperson_of
from core.library import Library
from core.people import shown_name
from tests.test_identity import rows, said

ORG = SpeakerKind.ORGANISATION


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("nationalist Global Times tabloid", "Global Times"),  # a word before and after
        ("left-leaning New Democratic Party", "New Democratic Party"),
        ("office - the State Department", "State Department"),  # a dash and an article
        (
            "prominent Jewish civil rights organization the Anti-Defamation League",
            "Anti-Defamation League",
        ),  # a capitalised word that describes
        ("Sanders's hometown Burlington Free Press", "Burlington Free Press"),  # an owner before
        ("Heritage Foundation website", "Heritage Foundation"),  # a thing of it after
        ("Islamic State terrorist network", "Islamic State"),  # a people noun as modifier
        ("A Washington Post-ABC News poll", "Washington Post-ABC News"),  # "A" opens a sentence
        ("Local news affiliate ABC 7", "ABC 7"),  # a number in the name
        ("a CNN", "CNN"),  # one word in capitals, an article alone before it
        ("Illinois Board of Elections", "Illinois Board of Elections"),  # all of it a name
        ("Republicans in Congress", "Republicans in Congress"),  # a function word between
        (
            "this new headline from the Washington Post",
            "this new headline from the Washington Post",
        ),
        ("6th Circuit Court of Appeals", "6th Circuit Court of Appeals"),  # an ordinal: which
        ("Kazakh government", "Kazakh government"),  # one word that is no name in capitals
        ("a super PAC", "a super PAC"),  # one word in capitals described: a kind
        ("GOP analysts", "GOP analysts"),  # people of it
        ("Democratic Party leaders", "Democratic Party leaders"),
        ("United States presidential campaign", "United States presidential campaign"),
        ("Trump's Twitter account", "Trump's Twitter account"),  # an owner's thing
        ("Washington Post\u2019s investigative unit", "Washington Post\u2019s investigative unit"),
        ("Mr. Taylor's group", "Mr. Taylor's group"),
    ],
)
def test_the_name_inside_the_description(written: str, name: str) -> None:
    assert organisation_core(written) == name


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("nationalist Global Times tabloid", "Global Times", "Global Times"),
        ("Global Times", "nationalist Global Times tabloid", "Global Times"),  # either order
        ("office - the State Department", "State Department", "State Department"),
        ("Islamic State", "Islamic State terrorist network", "Islamic State"),
        (
            "left-leaning New Democratic Party",
            "the New Democratic Party",
            "the New Democratic Party",
        ),  # as many words, but no description
        ("Associated Press report", "The Associated Press", "The Associated Press"),
        (
            "prominent Jewish civil rights organization the Anti-Defamation League",
            "ADL",
            "prominent Jewish civil rights organization the Anti-Defamation League",
        ),  # initials never name the row
    ],
)
def test_a_described_organisation_joins_its_name(
    library: Library, first: str, second: str, shown: str
) -> None:
    said(library, first, kind=ORG)
    said(library, second, kind=ORG)
    assert rows(library) == [(shown, 2)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Republicans in Congress", "Congress"),
        ("Kazakh government", "Kazakh"),
        ("a super PAC", "PAC"),
        ("An anti-Trump super PAC", "A conservative super PAC"),  # two PACs
        ("GOP analysts", "GOP"),
        ("Trump's Twitter account", "Twitter"),
        ("9th Circuit Court of Appeals", "6th Circuit Court of Appeals"),
        ("Washington Post\u2019s investigative unit", "Washington Post"),
    ],
)
def test_a_description_that_makes_another_thing_stays_apart(
    library: Library, first: str, second: str
) -> None:
    said(library, first, kind=ORG)
    said(library, second, kind=ORG)
    assert rows(library) == sorted([(shown_name(first, ORG), 1), (shown_name(second, ORG), 1)])


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("an Ashcombe campaign spokesperson", "Ashcombe campaign"),
        ("a spokesman for the Marlow County Water Board", "Marlow County Water Board"),
        ("the Treasury Department spokeswoman", "Treasury Department"),
        ("a spokesman for Ellen Ashcombe", None),  # a person's spokesman
        ("a Bramwell spokeswoman", None),  # a surname's: a person's
        ("a senior spokesman", None),  # no one named
        ("a spokesman for his campaign", None),  # an owner unnamed
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_organisation_named(
    phrase: str, body: str | None
) -> None:
    assert spokesperson_of(phrase) == body


@pytest.mark.parametrize("first", [True, False])
def test_an_unnamed_spokesperson_joins_the_organisation_row(library: Library, first: bool) -> None:
    """In either order: the spokesperson's quote is the organisation's, as a reader reads
    it (and as dev's people table counts it)."""
    spokesperson = ("a spokesman for the Marlow County Water Board", SpeakerKind.ANONYMOUS)
    named = ("Marlow County Water Board", ORG)
    for name, kind in [spokesperson, named] if first else [named, spokesperson]:
        said(library, name, kind=kind)
    assert rows(library) == [("Marlow County Water Board", 2)]


def test_a_person_s_unnamed_spokesperson_stays_apart(library: Library) -> None:
    said(library, "Ellen Ashcombe", gender="f")
    said(library, "a spokesman for Ellen Ashcombe", kind=SpeakerKind.ANONYMOUS)
    assert rows(library) == [("Ellen Ashcombe", 1), ("a spokesman for Ellen Ashcombe", 1)]


def test_a_spokesperson_joined_to_an_organisation_can_be_split(library: Library) -> None:
    said(library, "Marlow County Water Board", kind=ORG)
    said(library, "an Ashcombe campaign spokesperson", kind=SpeakerKind.ANONYMOUS)
    said(library, "a spokeswoman for the Ashcombe campaign", kind=SpeakerKind.ANONYMOUS)
    [person] = [s for s in library.speakers() if s.name == "Ashcombe campaign"]
    assert person.quote_count == 2
    [variant, _] = sorted(library.person(person.id).variants, key=lambda v: v.name)
    assert variant.by == "machine"
    library.split_speaker(variant.id)
    assert ("Ashcombe campaign", 1) in rows(library)
