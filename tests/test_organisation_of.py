"""An organisation's name across "of", "for" or "to" after "the", when its head is no listed
organisation word ("the Chamber of Commerce said": the chamber, not "Commerce"), beside the
phrases that must not join: a title before "of" ("the Secretary of State John Kerry said",
"the Secretary of State said"), a lower-case office ("the mayor of Boston said") and a
capitalised head with no "the" before it. On sentences written for the test (orgs62)."""

from __future__ import annotations

import pytest

from core import nlp
from core.document import SpeakerKind
from core.extract import extract
from core.phrases import name_tokens
from tests.test_pronouns import L, R

OPENING = "Vote on the levy\n\nThe council voted on the new levy late on Tuesday.\n\n"


def speaker(sentence: str) -> tuple[str | None, str | None, SpeakerKind | None]:
    quotes = extract(OPENING + sentence).quotes
    assert len(quotes) == 1, quotes
    who = quotes[0].speaker
    return (who.name, who.role, who.kind) if who else (None, None, None)


def said(who: str) -> str:
    return f"{L}This levy will close shops on Main Street,{R} {who} said on Wednesday."


@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("the Chamber of Commerce", "Chamber of Commerce"),  # no list has "Chamber"
        ("the Hollister Chamber of Commerce", "Hollister Chamber of Commerce"),  # a place first
        ("The House of Representatives", "House of Representatives"),
        ("the Campaign for Accountability", "Campaign for Accountability"),  # "for"
        ("the Museum of Modern Art", "Museum of Modern Art"),  # a listed head, as before
        ("the Department of Justice", "Department of Justice"),
        ("the Institute for the Study of War", "Institute for the Study of War"),  # "for the"
        ("the Friends of the Earth", "Friends of the Earth"),
        (
            "the Centers for Disease Control and Prevention",
            "Centers for Disease Control and Prevention",
        ),  # an unlisted head before "and"
    ],
)
def test_the_name_joins_across_of_after_the(who: str, name: str) -> None:
    assert speaker(said(who))[0] == name


def test_a_title_before_of_leaves_the_person_and_the_title_as_role() -> None:
    assert speaker(said("the Secretary of State John Kerry"))[:2] == (
        "John Kerry",
        "Secretary of State",
    )


@pytest.mark.parametrize(
    ("who", "office"),
    [
        ("the Secretary of State", "secretary of state"),
        ("the Chief of Staff", "chief of staff"),
        ("the Speaker of the House", "speaker of the house"),  # "of the"
        ("the Governor of Utah", "governor of utah"),  # one word after a title's "of"
        ("the mayor of Boston", "mayor of boston"),  # lower case: a nominal, as before
    ],
)
def test_an_office_with_no_name_is_the_office_not_its_object(who: str, office: str) -> None:
    name, _, kind = speaker(said(who))
    assert (name or "").lower() == office
    assert kind is not SpeakerKind.ORGANISATION


def name(phrase: str) -> str | None:
    words = nlp.tag(nlp.tokenize(phrase))
    span = name_tokens(words)
    return " ".join(w.text for w in words[span[0] : span[1]]) if span else None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the Chamber of Commerce", "Chamber of Commerce"),
        ("the Voices of Hollister", "Voices of Hollister"),
        ("a Friend of Hollister", "Hollister"),  # no "the": no name of an organisation read
        ("Voices of Hollister", "Hollister"),
        ("the Secretary of State John Kerry", "John Kerry"),  # a title heads the office
        ("the Secretary of State", None),  # the office alone names no one
        ("the Chief of Staff", None),
        ("the Archbishop of Canterbury", None),  # one unlisted word after a title's "of"
        ("the Chancellor of the Exchequer", None),
        ("the Secretary of State Kerry", "Kerry"),  # a surname after the office's object
        ("the Voices of the Valley", "Voices of the Valley"),
        ("Voices of the Valley", "Valley"),  # no "the" before the head: not joined
    ],
)
def test_the_name_in_a_phrase(phrase: str, expected: str | None) -> None:
    assert name(phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            f"The union met on Friday, with the American Federation of Teachers calling the "
            f"levy {L}a tax on children.{R}",
            "American Federation of Teachers",
        ),  # a listed head: the "of" is inside the name, not "with X of Y saying"'s link
        (
            f"The union met on Friday, with the Chamber of Commerce calling the levy {L}a tax "
            f"on shops.{R}",
            "Chamber of Commerce",
        ),
        (
            f"The union met on Friday, with footage of Tom Hale telling the crowd {L}we will "
            f"win this.{R}",
            "Tom Hale",
        ),  # "footage of X telling": the link, as before
    ],
)
def test_with_an_organisation_of_something_saying(sentence: str, name: str) -> None:
    assert speaker(sentence)[0] == name


@pytest.mark.parametrize(
    ("who", "name"),
    [
        ("The Vicar of Hollister, the Rev. Ann Lee,", "Ann Lee"),  # no list holds "Vicar":
        # read as a name across "of", the name set off after it still holds the office
        ("The Chamber of Commerce, the town's business lobby,", "Chamber of Commerce"),
    ],
)
def test_a_name_set_off_after_a_phrase_across_of(who: str, name: str) -> None:
    assert speaker(said(who))[0] == name
