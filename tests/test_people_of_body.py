"""People named by the body they belong to or work for ("Democrats on the House Select
Committee on Benghazi", "aides to the governor", "one Republican on the Intelligence
Committee"): a noun for people, a party's members among them, before "on", "in", "for",
"to", "of" and an organisation's name is a group described (anonymous), never the
organisation and never a person. On sentences written for the test (orgs64)."""

from __future__ import annotations

import pytest

from core import nlp
from core.document import SpeakerKind, Token
from core.phrases import people_head, people_of_body
from tests.test_organisation_of import said, speaker
from tests.test_organisation_read import speaker as announced_by


@pytest.mark.parametrize(
    ("who", "name"),
    [
        (
            "Democrats on the Senate Budget Committee",
            "Democrats on the Senate Budget Committee",
        ),  # was the organisation "Democrats on the Senate Budget Committee"
        (
            "senior Republicans on the House Rules Committee",
            "senior Republicans on the House Rules Committee",
        ),  # was an organisation too
        (
            "one Democrat on the House Appropriations Committee",
            "one Democrat on the House Appropriations Committee",
        ),  # a party's member in the singular (was an organisation)
        (
            "Republicans in the State Senate",
            "Republicans in the State Senate",
        ),  # was an organisation
        (
            "Democrats on the Senate Select Committee on Intelligence",
            "Democrats on the Senate Select Committee on Intelligence",
        ),  # the body's name read back across its "on" topic (was an organisation)
        (
            "analysts at the Council on Budget Priorities",
            "analysts at the Council on Budget Priorities",
        ),  # a noun for people likewise (as before)
        ("members of the Tea Party Caucus", "members of the Tea Party Caucus"),  # as before
        ("lawyers for the Hendricks family", "lawyers for the Hendricks family"),  # as before
        ("aides to the Governor", "aides to the Governor"),  # as before
    ],
)
def test_people_of_a_body_are_a_group(who: str, name: str) -> None:
    assert speaker(said(who)) == (name, None, SpeakerKind.ANONYMOUS)


@pytest.mark.parametrize(
    ("who", "name", "kind"),
    [
        ("the Senate Budget Committee", "Senate Budget Committee", SpeakerKind.ORGANISATION),
        ("the Democratic Party", "Democratic Party", SpeakerKind.ORGANISATION),
    ],
)
def test_the_body_itself_stays_an_organisation(who: str, name: str, kind: SpeakerKind) -> None:
    assert speaker(said(who)) == (name, None, kind)


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "Democrats on the Senate Budget Committee issued a statement on Friday.",
            "Democrats on the Senate Budget Committee",
        ),  # was the organisation "Senate Budget Committee"
        (
            "Senior Republicans on the House Rules Committee released a statement on Friday.",
            "senior Republicans on the House Rules Committee",
        ),  # was the organisation "House Rules Committee"
        (
            "Republicans in Congress issued a statement on Friday.",
            "Republicans in Congress",
        ),  # was the organisation "Congress"
        (
            "Members of the Tea Party Caucus issued a statement on Friday.",
            "members of the Tea Party Caucus",
        ),  # was the organisation "Tea Party Caucus"
    ],
)
def test_people_of_a_body_sent_the_statement(lead: str, name: str) -> None:
    assert announced_by(lead) == (name, SpeakerKind.ANONYMOUS)


def test_a_family_name_before_an_adverb_like_noun_sends_nothing() -> None:
    """ "the Hendricks family issued": the pattern reads "family" as an adverb; no group."""
    lead = "Lawyers for the Hendricks family issued a statement on Friday."
    assert announced_by(lead) == ("statement", SpeakerKind.ANONYMOUS)


def tagged(phrase: str) -> list[Token]:
    return nlp.tag(nlp.tokenize(phrase))


@pytest.mark.parametrize(
    ("phrase", "org", "begins"),
    [
        ("Democrats on the Senate Budget Committee", 3, 0),
        ("two senior Republicans in Congress", 4, 0),
        ("analysts at the Pentagon", 3, 0),
        ("the Senate Budget Committee", 1, None),  # no people before it
        ("a hearing of the Senate Budget Committee", 4, None),  # a thing's "of"
        ("the Secretary of State", 3, None),  # an office's "of"
    ],
)
def test_people_of_body_reads_tagged_words(phrase: str, org: int, begins: int | None) -> None:
    assert people_of_body(tagged(phrase), org) == begins


@pytest.mark.parametrize(
    ("phrase", "people"),
    [
        ("Democrats on the committee", True),
        ("a Republican on the panel", True),
        ("aides to the senator", True),
        ("the Budget Committee of the Senate", False),
        ("the Democratic Party", False),
    ],
)
def test_people_head(phrase: str, people: bool) -> None:
    assert people_head(tagged(phrase)) is people
