"""The organisation that put out a statement ("The Institute for the Study of War issued a
statement", "a statement released by the Committee to Protect Journalists") is read across
"of", "for", "to" and "and" by the same reading over tagged words as a noun phrase's name
(:func:`core.phrases.organisation_reading`), not by a pattern of its own: a join the
phrase reading refuses ("the Friends of | Hillary Clinton", "Bob Hale of | Ohio") is no
organisation here either. On sentences written for the test (orgs63)."""

from __future__ import annotations

import pytest

from core import nlp
from core.document import SpeakerKind
from core.extract import extract
from core.phrases import organisation_reading
from tests.test_organisation_of import name, said
from tests.test_organisation_of import speaker as said_speaker
from tests.test_pronouns import L, R

OPENING = "Vote on the levy\n\nThe council voted on the new levy late on Tuesday.\n\n"


def speaker(lead: str) -> tuple[str | None, SpeakerKind | None]:
    text = f"{OPENING}{lead} {L}This levy will close shops on Main Street,{R} the statement said."
    quotes = extract(text).quotes
    assert len(quotes) == 1, quotes
    who = quotes[0].speaker
    return (who.name, who.kind) if who else (None, None)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "The Department of Health and Human Services issued a statement on Friday.",
            "Department of Health and Human Services",
        ),  # "and" inside the name (was "the statement", no one)
        (
            "The Institute for the Study of War issued a statement on Friday.",
            "Institute for the Study of War",
        ),  # "for the" (was "Study of War")
        (
            "In a statement released by the Committee to Protect Journalists on Friday, "
            "the group spoke.",
            "Committee to Protect Journalists",
        ),  # "to", read from the start after "by" (was "Committee")
        (
            "The Chamber of Commerce announced the levy on Friday.",
            "Chamber of Commerce",
        ),  # an unlisted head after "the"
    ],
)
def test_the_announcer_is_read_across_its_joiners(lead: str, name: str) -> None:
    assert speaker(lead) == (name, SpeakerKind.ORGANISATION)


def reading(phrase: str, from_start: bool) -> str:
    words = nlp.tag(nlp.tokenize(phrase))
    i, j = organisation_reading(words, from_start)
    return " ".join(w.text for w in words[i:j])


@pytest.mark.parametrize(
    ("phrase", "from_end", "from_start"),
    [
        ("the Department of Veterans Affairs", None, None),  # one name either way
        ("the Friends of Hillary Clinton", "Hillary Clinton", "the Friends"),
        ("Bob Hale of Ohio", "Ohio", "Bob Hale"),  # a person, then where from
        ("Clinton and Sanders", "Sanders", "Clinton"),  # two names
        ("the Sanders campaign", None, None),  # no joiner: all of it
    ],
)
def test_the_reading_from_either_end(
    phrase: str, from_end: str | None, from_start: str | None
) -> None:
    assert reading(phrase, from_start=False) == (from_end or phrase)
    assert reading(phrase, from_start=True) == (from_start or phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Council on Foreign Relations", "Council on Foreign Relations"),
        ("the Commission on Presidential Debates", "Commission on Presidential Debates"),
        (
            "the Center on Budget and Policy Priorities",
            "Center on Budget and Policy Priorities",
        ),  # "and" in what the body is on
        ("the House Select Committee on Benghazi", "House Select Committee on Benghazi"),
        ("the Senate on Tuesday", "Tuesday"),  # a time: not joined (a subject's phrase
        ("the Council on Super Tuesday", "Super Tuesday"),  # stops before it)
        ("the Committee on Hillary Clinton", "Hillary Clinton"),  # a person: no name of a body
        ("the Chamber on Foreign Relations", "Foreign Relations"),  # no listed head: no join
    ],
)
def test_a_body_named_for_what_it_is_on(phrase: str, expected: str | None) -> None:
    assert name(phrase) == expected


@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("the Council on Foreign Relations", "Council on Foreign Relations"),  # was "Foreign
        # Relations", a person
        ("the Senate on Tuesday", "Senate"),  # a time after "on": the body alone
    ],
)
def test_a_body_on_something_speaks(who: str, name: str) -> None:
    name_, _, kind = said_speaker(said(who))
    assert (name_, kind) == (name, SpeakerKind.ORGANISATION)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Right to Rise USA", "Right to Rise USA"),  # no "the": "to" and a verb name a body
        ("the super PAC Right to Rise USA", "Right to Rise USA"),  # not the words before
        ("Citizens to Save Main Street", "Citizens to Save Main Street"),
        ("Obama to Visit Cuba", "Visit Cuba"),  # a headline's subject: a surname, no body
        ("Voices of Hollister", "Hollister"),  # no "the", no "to": not joined, as before
    ],
)
def test_a_body_named_for_its_purpose(phrase: str, expected: str | None) -> None:
    assert name(phrase) == expected


@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("Right to Rise USA", "Right to Rise USA"),  # was "Rise USA", a person
        ("the super PAC Right to Rise USA", "Right to Rise USA"),
        ("The fiscally conservative Club for Growth Action", "Club for Growth Action"),
    ],
)
def test_a_body_named_for_its_purpose_speaks_by_its_name(who: str, name: str) -> None:
    name_, _, kind = said_speaker(said(who))
    assert (name_, kind) == (name, SpeakerKind.ORGANISATION)


@pytest.mark.parametrize(
    ("who", "name", "kind"),
    [
        ("the Duke of Edinburgh", "Duke of Edinburgh", SpeakerKind.ANONYMOUS),  # a rank
        # of nobility with its "of": someone unnamed who holds it (was an organisation)
        ("the Duchess of Cambridge", "Duchess of Cambridge", SpeakerKind.ANONYMOUS),
        ("the Emir of Qatar", "Emir of Qatar", SpeakerKind.ANONYMOUS),  # was "Qatar"
        ("the Republic of Turkey", "Republic of Turkey", SpeakerKind.ORGANISATION),
        ("the Chamber of Commerce", "Chamber of Commerce", SpeakerKind.ORGANISATION),
        ("David Duke", "David Duke", SpeakerKind.PERSON),  # the rank's word as a surname
        ("Earl Blumenauer", "Earl Blumenauer", SpeakerKind.PERSON),  # as a first name
    ],
)
def test_a_title_of_nobility_with_of_is_no_organisation(
    who: str, name: str, kind: SpeakerKind
) -> None:
    name_, _, kind_ = said_speaker(said(who))
    assert (name_, kind_) == (name, kind)
