"""A name that closes with a noun whose first sense in WordNet is a kind of organisation
("Church", "Club", "Institution", "Team": resources/lexicons/organisation_nouns.txt) names
no person, even after a title word ("King Hiram Missionary Baptist Church" is no King
Hiram...), unless listed first names, initials or titles alone stand before the noun ("Frank
Church", "Sen. Church"). Sentences written for these tests."""

from __future__ import annotations

from core.document import SpeakerKind
from core.extract import extract
from core.organisation_names import organisation_noun_closes
from core.person_names import named_people


def _speaker(text: str, fragment: str) -> tuple[str, SpeakerKind] | None:
    """The name and kind of the speaker of the quotation holding ``fragment``."""
    analysis = extract("News\n\n" + text + "\n")
    quote = next(q for q in analysis.quotes if fragment in analysis.text[q.span.start : q.span.end])
    return (quote.speaker.name, quote.speaker.kind) if quote.speaker else None


def test_a_name_closing_with_an_organisation_noun_names_no_one() -> None:
    """ "King Hiram Missionary Baptist Church": no person titled King (main: a person,
    "Hiram Missionary Baptist Church" with the title "King"); "Pine Hollow Golf Club"."""
    text = (
        "Mourners sang hymns at King Hiram Missionary Baptist Church in Dayton on Sunday,"
        + " and golfers gathered at the Pine Hollow Golf Club."
    )
    assert named_people(text) == []


def test_a_first_name_before_the_noun_is_a_person() -> None:
    """Guard: a surname that is such a noun, after a listed first name, initials or a
    title alone ("Frank Church", "Frank J. Church", "Sen. Church", "Taylor Branch"), is
    a person's; a name with another word before the noun is not."""
    assert not organisation_noun_closes(["Frank", "Church"])
    assert not organisation_noun_closes(["Frank", "J.", "Church"])
    assert not organisation_noun_closes(["Taylor", "Branch"])
    assert not organisation_noun_closes(["Sen.", "Church"])
    assert organisation_noun_closes(["Grace", "Baptist", "Church"])
    assert organisation_noun_closes(["Harwood", "Institution"])
    assert [p.name for p in named_people("Sen. Frank Church said so.")] == ["Frank Church"]


def test_a_speaker_named_by_an_organisation_noun_is_the_organisation() -> None:
    """ "a report from the Harwood Institution": the institution, by its name, an
    organisation (main: a person "Harwood Institution")."""
    text = (
        "A report from the left-leaning Harwood Institution had this to say about the plan:"
        + " “Families at the top would gain the most.”"
    )
    assert _speaker(text, "gain the most") == ("Harwood Institution", SpeakerKind.ORGANISATION)


def test_a_name_closed_by_an_organisation_word_stops_before_its_place() -> None:
    """ "The Kestrel Aviation Museum in Leeds": a name the recogniser's organisation word
    closes is read as one in the same place as a WordNet organisation noun, before the
    place after it is (main: "Kestrel Aviation Museum in Leeds")."""
    text = "The Kestrel Aviation Museum in Leeds issued a statement on Friday: “We will not close.”"
    assert _speaker(text, "not close") == ("Kestrel Aviation Museum", SpeakerKind.ORGANISATION)


def test_the_recogniser_s_organisation_words_close_a_name_under_the_same_guard() -> None:
    """One check for both lists: a word heading organisations' names in the recogniser's
    list ("Partners", "Corp") closes an organisation's name as a WordNet noun does, and
    after a listed first name alone it is a surname ("Emily Post")."""
    assert organisation_noun_closes(["Halvard", "Ridge", "Partners"])
    assert organisation_noun_closes(["Vantage", "Corp"])
    assert not organisation_noun_closes(["Emily", "Post"])
