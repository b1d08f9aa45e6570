"""orgs61: organisations and their documents as speakers, on sentences written for these
tests: a body named by the cause its members stand for ("Parents for Quiet Streets"), a
document "by" or "from" its maker, and an announcement past a description of the body."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a plural noun for people, "for" and a cause: a body's name
            "A new group called Parents for Quiet Streets met on Monday. “We want our "
            "children to walk to school,” Parents for Quiet Streets said.",
            "walk to school",
            "Parents for Quiet Streets",
        ),
        (  # one common noun for the cause
            "“War is never the answer,” Veterans for Peace said in a statement.",
            "never the answer",
            "Veterans for Peace",
        ),
        (  # after an inverted cue, a cause word before "for"
            "“Nobody asked the taxpayers,” said Citizens for Clean Air, a conservative group.",
            "Nobody asked",
            "Citizens for Clean Air",
        ),
        (
            "“We will knock on every door,” said Americans for Lower Taxes.",
            "every door",
            "Americans for Lower Taxes",
        ),
        (  # the cause after "for a"
            "“The tuition hike is theft,” said Students for a Fair Tuition Deal.",
            "tuition hike",
            "Students for a Fair Tuition Deal",
        ),
    ],
)
def test_people_for_a_cause_name_a_body(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # people for a person: the people speak
            "“We love her,” said voters for Nancy Okafor at the rally.",
            "love her",
            "voters for Nancy Okafor",
        ),
        (
            "“He will win,” said voters for Trump in Iowa.",
            "will win",
            "voters for Trump",
        ),
        (  # one word for a listed firm
            "“The claim has no merit,” Lawyers for Apple said in court.",
            "no merit",
            "Lawyers for Apple",
        ),
        (  # people who work for a firm: the people speak
            "“The claim has no merit,” Lawyers for Brightwater Holdings said in court.",
            "no merit",
            "Lawyers for Brightwater Holdings",
        ),
    ],
)
def test_people_for_someone_stay_people(text: str, fragment: str, speaker: str) -> None:
    assert (speaker_in_a_story(text, fragment) or "").lower() == speaker.lower()


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a document phrase that names its sender, obtained by another
            "A June 4 letter from the Harbor Pilots Association obtained by Reuters warns "
            "that the new rules “will put ships on the rocks.”",
            "ships on the rocks",
            "Harbor Pilots Association",
        ),
        (  # a document "by" its maker, read back by "the report"
            "A report by the Prairie Policy Center projected deficits through 2030. “No "
            "plan on the table closes the gap,” the report found.",
            "closes the gap",
            "Prairie Policy Center",
        ),
        (  # a description beside the name before the verb of putting out
            "The Granite Family Council, a conservative group based in Concord, released "
            "a guide on Sunday. “Vote your values,” the guide says.",
            "Vote your values",
            "Granite Family Council",
        ),
        (  # a body's website, owned by the noun that refers back to it
            "The Linwood Education Fund gave $2 million to charter schools last year. The "
            "fund’s website says it backs “every child in every zip code.”",
            "every zip code",
            "Linwood Education Fund",
        ),
        (  # "later said", then "the statement said"
            "Veterans for Open Government later said the vote was a disgrace. “The Senate "
            "hid the truth,” the statement said.",
            "hid the truth",
            "Veterans for Open Government",
        ),
    ],
)
def test_document_speaks_for_its_maker(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a first name inside a body's name after "the"
            "“Rents doubled in two years,” the Twin Rose Tenants Coalition said on Monday.",
            "Rents doubled",
            "Twin Rose Tenants Coalition",
        ),
        (
            "“The count was clean,” the Blue Grace Ballot Project said in a statement.",
            "count was clean",
            "Blue Grace Ballot Project",
        ),
    ],
)
def test_first_name_inside_a_body_name(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) == speaker


def test_document_by_an_officer_of_a_body_is_not_the_body() -> None:
    """ "released by the agency's inspector general": the officer's report, not the
    agency's (a title's word after the possessive)."""
    text = (
        "The Bureau of Land Management ignored its own rules, according to a report released "
        "Monday by the agency’s inspector general. “Nobody checked the leases,” the report said."
    )
    assert speaker_in_a_story(text, "checked the leases") != "Bureau of Land Management"
