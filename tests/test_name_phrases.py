"""Person rows named by phrases (issue 14): a name with a common noun after it ("Trump
Tower", "a Clinton pollster", "China Daily"), a common word before it ("Absent Trump
derides debate"), a sentence's last word before it ("No. Donald Trump said"), and a
title hyphened to "then-" ("said then-Sen. Barack Obama"). Articles and names written
here; each rule beside the close cases that must stay people."""

from __future__ import annotations

import pytest

from core import nlp
from core.document import SpeakerKind
from core.identity import ReadSpeaker, name_in_phrase, read_speaker
from core.library import Library
from tests.analyses import speaker_of
from tests.test_identity import said

PERSON = SpeakerKind.PERSON
ORG = SpeakerKind.ORGANISATION
ANON = SpeakerKind.ANONYMOUS


# ---------------------------------------------------------------- then-Sen.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("said then-Sen. Kell Varner", ["said", "then", "-", "Sen.", "Kell", "Varner"]),
        ("Ex-Gov. Dara Mossel", ["Ex", "-", "Gov.", "Dara", "Mossel"]),
        ("a self-Made. Then", ["a", "self-Made", ".", "Then"]),  # no title: as before
        ("Cruz (R-Tex.) said", ["Cruz", "(", "R-Tex", ".", ")", "said"]),  # a party label
        ("then-Senate Leader", ["then-Senate", "Leader"]),
    ],
)
def test_a_word_hyphened_to_a_title_s_abbreviation_is_split_off(
    text: str, words: list[str]
) -> None:
    assert [t.text for t in nlp.tokenize(text)] == words


def test_a_name_after_then_and_a_title_speaks() -> None:
    text = (
        "Budget fight looms\n\n"
        "\u201cWe will win this,\u201d said then-Sen. Kell Varner, who led the committee.\n\n"
        "The vote is on Friday."
    )
    assert speaker_of(text, "We will win") == "Kell Varner"


# ---------------------------------------------------------------- "No. Donand Trump"
@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("No. Donand Harlow", "Donand Harlow"),  # an answer, then the name
        ("Yes. Mara Quell", "Mara Quell"),
        ("Will Rogers", "Will Rogers"),  # a first name, not "will"
        ("May. Theresa May", "Theresa May"),
        ("Said Jalili", "Said Jalili"),
    ],
)
def test_a_function_word_ending_a_sentence_is_no_part_of_a_name(name: str, read: str) -> None:
    found = read_speaker(name, PERSON)
    assert found is not None and (found.name, found.kind) == (read, PERSON)


# ---------------------------------------------------------------- a head after the name
HALVORSEN = (
    "Donald Halvorsen spoke in Ohio on Monday. Halvorsen said the plan was fine.\n\n"
    "One aide inside Halvorsen Tower called the remarks \u201cnot a big deal.\u201d\n\n"
)


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("Halvorsen Tower", HALVORSEN, ORG),  # a building: the tagger reads "Tower" a noun
        (  # a pollster of Brandt's: someone unnamed
            "Brandt Pollster",
            "Former Brandt Pollster Says Brandt Is In Trouble.\n\n"
            "Former Mara Brandt pollster Dev Oyelaran spoke. Brandt said nothing.",
            ANON,
        ),
        (  # a newspaper named for a country ("China Daily")
            "Varnia Daily",
            "Varnia warned the navy. An editorial in Varnia Daily called it a provocation.",
            ORG,
        ),
        (  # a sea read from "the South Varnia Sea" ("China Sea")
            "Varnia Sea",
            "Ships sailed the South Varnia Sea. Varnia said the sea was its own.",
            ORG,
        ),
        # close cases, people all
        (  # "Daily" a surname: written alone
            "Mia Daily",
            "Mia Daily spoke on the daily show. Mia said more. Ms. Daily said it.",
            PERSON,
        ),
        (  # "Sea" in a name: written alone after an honorific
            "Rex Sea",
            "Rex Sea sailed the sea. Rex was there. Mr. Sea said it was calm.",
            PERSON,
        ),
        (  # "Clinton" in "Bill Clinton": capitalised without "Bill" too
            "Bill Halvorsen",
            "Bill Halvorsen and Hillary Halvorsen spoke. Bill said it. Halvorsen agreed.",
            PERSON,
        ),
        (  # "Peter Rice" beside "Peter Lenkov": "Peter" never alone
            "Peter Rice",
            "The price of rice fell, said Peter Rice. Peter Lenkov agreed.",
            PERSON,
        ),
        (  # "Nate Silver": "Silver" written alone
            "Nate Silver",
            "Nate Silver spoke of silver linings. Nate laughed. Silver said so.",
            PERSON,
        ),
    ],
)
def test_a_common_noun_after_a_name_makes_it_a_modifier(
    name: str, text: str, kind: SpeakerKind
) -> None:
    found = name_in_phrase(ReadSpeaker(name, PERSON), text)
    assert (found.name, found.kind) == (name, kind)


# ---------------------------------------------------------------- a word before the name
@pytest.mark.parametrize(
    ("name", "text", "read"),
    [
        (  # a headline: "Absent Trump derides debate"
            "Absent Halvorsen",
            "Absent Halvorsen derides debate\n\nDonald Halvorsen was absent on Thursday.",
            "Halvorsen",
        ),
        (  # an unlisted given name the article writes in capitals only
            "Ivanka Halvorsen",
            "Ivanka Halvorsen and Donald Halvorsen spoke. Halvorsen said so.",
            "Ivanka Halvorsen",
        ),
        (  # a given name that is a word too, but never written in lower case here
            "Rahm Oduya",
            "Rahm Oduya spoke. Oduya said so.",
            "Rahm Oduya",
        ),
        (  # the name written only with the word before it
            "Absent Quillon",
            "Absent Quillon is a band; it was absent from the show.",
            "Absent Quillon",
        ),
    ],
)
def test_a_common_word_before_a_name_is_no_given_name(name: str, text: str, read: str) -> None:
    found = name_in_phrase(ReadSpeaker(name, PERSON), text)
    assert (found.name, found.kind) == (read, PERSON)


def test_the_library_makes_no_person_row_of_a_name_and_a_head(library: Library) -> None:
    said(library, "Halvorsen Tower", text=HALVORSEN)
    kinds = dict(library.db.execute("SELECT name, kind FROM speakers").fetchall())
    assert kinds["Halvorsen Tower"] == "organisation"


def test_the_library_reads_the_name_after_a_common_word(library: Library) -> None:
    text = "Donald Halvorsen was absent from the debate. Halvorsen said he had a plan."
    said(library, "Absent Halvorsen", text=text)
    names = [row[0] for row in library.db.execute("SELECT name FROM speakers")]
    assert names == ["Halvorsen"]


# ---------------------------------------------------------------- a place and a role noun
@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Florida Republican", ANON),  # "a Florida Republican said": a place that is a name
        ("Georgia Republican", ANON),
        ("New Hampshire Republican", ANON),
        ("Virginia Foxx", PERSON),  # no role noun
        ("Georgia Pettigrew", PERSON),
        ("Jordan Baker", PERSON),  # "Jordan" no listed place alone
    ],
)
def test_a_place_before_a_role_noun_describes_someone(name: str, kind: SpeakerKind) -> None:
    found = read_speaker(name, PERSON)
    assert found is not None and (found.name, found.kind) == (name, kind)


# ---------------------------------------------------------------- a headline's verb
@pytest.mark.parametrize(
    "headline",
    [
        "Grant Scores Direct Hit On Mayor Dalgaard",
        "Grant Scores Direct Hit on Mayor Dalgaard in Budget Row",
        "Grant Slams Budget, Vows to Fight On",
    ],
)
def test_a_headline_word_the_tagger_reads_in_lower_case_ends_the_name(headline: str) -> None:
    """The body writes neither "scores" nor "slams": the tagger still reads them as verbs
    (the headline read as the body would write it), so the name ends before them."""
    text = (
        f"{headline}\n\nCouncillor Grant said on Thursday that the levy was a mistake. "
        "\u201cIt is a mess,\u201d Grant said."
    )
    assert speaker_of(text, "It is a mess") == "Grant"
