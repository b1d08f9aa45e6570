"""coref57: invented probes for nominal speakers, in the held-out split's genre (US politics
news in the 2015-16 style), a tenth coref batch after coref41, 44, 46, 48, 49, 50, 52, 54 and
55: 27 stories (149 quotations), every person invented. Built on what the people measure
(people57) found left as rows of their own: office and title nominals ("the senator", "the
Ohio Republican", "the former secretary of state", "the governor's chief of staff", "the
Democratic front-runner", "the billionaire", "the 70-year-old", "the first-term
congresswoman", "the freshman lawmaker", "the state's top prosecutor"); possessive relational
nominals ("his longtime personal physician", "Hale's campaign manager", "Hale's running
mate", "Hale's potential VP", "the city's new mayor", "the mayor's physician", "her press
secretary", "the candidate's wife") whose person the article names before or after; nominals
that fit two people ("the senator" with two senators, two former governors, two nominees, a
74- and a 71-year-old) where the nearest fitting one, or the one in focus, is right;
nominals for a person the article never names ("a senior adviser to the governor ... the
adviser said"), which must stay as written and not join a named person; and organisation
nominals ("the campaign", "the committee", "the agency", "the department", "it" for "X's
office").

Judging rules, written with the stories before On Record read them (committed first; built
from marked text by /work/notes/coref57_scripts/gen.py): a named person is right only as that
person's name (no title: "Lionel Barstow" for "Dr. Lionel Barstow"); a campaign's statement
as "X campaign", "X's campaign" or the full name's; an organisation as its name written in
the article (or its usual short form where listed); an unnamed person as a description of
that person, in one of the forms listed (the nominal as first written, with or without its
article); never None and never a named person.

First judged, on main 34bcd62 before any mend: 121 of 149 right (81.2%; 28 wrong). After
the mends below: 137 of 149. Fixed: a possessive nominal of a relation named first after it
(12), one described as something else at a surname-only mention (2), an organisation named
with an owner's 's (1), an unnamed source introduced since the named one (1). Branch
nomroles: 139 of 149 (e04 x2, "Hale's potential VP told reporters": "VP" is a person noun
from WordNet's "v.p.", so the possessive nominal is the one named first after it). Branch
asked60: the one asked to respond is the nominal that fits two ("asked Estes to respond.
“...,” the former governor said", e16): 140 with both.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_57.json")
FIRST_JUDGED = 121  # right on main (34bcd62) before any mend, of 149

PROBES_57: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("e01", "His physical strength", ("Lionel Barstow",)),
    ("e01", "He will be", ("Lionel Barstow",)),
    ("e01", "I was rushed,", ("Lionel Barstow",)),
    ("e01", "I feel like", ("Garrison Hale",)),
    ("e01", "Maybe 36.", ("Garrison Hale",)),
    ("e01", "A letter is", ("Paula Greer",)),
    ("e01", "Show us the", ("Paula Greer",)),
    ("e02", "There is nothing", ("Curtis Mabry",)),
    ("e02", "He is audited", ("Curtis Mabry",)),
    ("e02", "I don't make", ("Curtis Mabry",)),
    (
        "e02",
        "What is he",
        ("Whitaker campaign", "Whitaker's campaign", "Lorraine Whitaker's campaign"),
    ),
    (
        "e02",
        "Every nominee for",
        ("Whitaker campaign", "Whitaker's campaign", "Lorraine Whitaker's campaign"),
    ),
    ("e02", "We will keep", ("Jonas Pruitt",)),
    ("e03", "He is a", ("Ruth Ellison",)),
    ("e03", "So have I.", ("Ruth Ellison",)),
    ("e03", "She is the", ("Nolan Petrie",)),
    ("e03", "She has been", ("Dale Ellison",)),
    ("e03", "Nobody tells her", ("Dale Ellison",)),
    ("e03", "You'd have to", ("Ruth Ellison",)),
    ("e04", "If he calls,", ("Marisa Delgado",)),
    ("e04", "I've answered every", ("Marisa Delgado",)),
    ("e04", "I love the", ("Mark Tolliver",)),
    ("e04", "That's all I", ("Mark Tolliver",)),
    ("e04", "He has a", ("a spokesman for Boyce", "spokesman for Boyce", "A spokesman for Boyce")),
    ("e04", "We are going", ("Marisa Delgado",)),
    ("e05", "We will not", ("Desmond Okoye",)),
    ("e05", "Not this year.", ("Desmond Okoye",)),
    ("e05", "He has the", ("Frances Kilbride",)),
    ("e05", "I don't envy", ("Frances Kilbride",)),
    ("e05", "We'll see what", ("Rocco Santangelo",)),
    ("e06", "I made a", ("Eleanor Vance",)),
    ("e06", "I will keep", ("Eleanor Vance",)),
    ("e06", "The American people", ("Walter Brody",)),
    ("e06", "Let's talk about", ("Walter Brody",)),
    ("e06", "He could have", ("a Vance aide", "Vance aide", "A Vance aide")),
    ("e06", "This is the", ("Eleanor Vance",)),
    ("e07", "Ohio has lost", ("Craig Winthrop",)),
    ("e07", "I can't support", ("Craig Winthrop",)),
    ("e07", "It is a", ("Aaron Fiske",)),
    ("e07", "I'm disappointed in", ("Aaron Fiske",)),
    ("e07", "Two years ago", ("Ted Strickmore",)),
    ("e08", "I was not", ("Tessa Marlow",)),
    ("e08", "I was sent", ("Tessa Marlow",)),
    ("e08", "Every one of", ("Dale Kinney",)),
    ("e08", "She'll learn the", ("Dale Kinney",)),
    ("e08", "I know the", ("Tessa Marlow",)),
    ("e08", "I also know", ("Tessa Marlow",)),
    ("e08", "She reads the", ("Lyle Brandvold",)),
    ("e09", "I welcome the", ("Meredith Coyle",)),
    ("e09", "I have nothing", ("Meredith Coyle",)),
    ("e09", "I have asked", ("Warren Ashby",)),
    ("e09", "This is the", ("Lidia Fuentes",)),
    ("e09", "Not the end.", ("Lidia Fuentes",)),
    ("e09", "She will answer", ("Arthur Penhallow",)),
    ("e10", "I don't need", ("Walker Penn",)),
    ("e10", "That's the difference.", ("Walker Penn",)),
    ("e10", "Florida is not", ("Nora Valdivia",)),
    ("e10", "I've bought politicians,", ("Walker Penn",)),
    ("e10", "Now I'm going", ("Walker Penn",)),
    (
        "e10",
        "Walker Penn has",
        ("Valdivia campaign", "Valdivia's campaign", "Nora Valdivia's campaign"),
    ),
    (
        "e11",
        "She threw the",
        (
            "one of the aides",
            "one aide",
            "the aides",
            "two aides who were in the room when she learned of it",
        ),
    ),
    (
        "e11",
        "This is not",
        (
            "a senior adviser to the governor",
            "senior adviser to the governor",
            "A senior adviser to the governor",
        ),
    ),
    (
        "e11",
        "This was a",
        (
            "a senior adviser to the governor",
            "senior adviser to the governor",
            "A senior adviser to the governor",
        ),
    ),
    (
        "e11",
        "The governor does",
        ("Moreno's office", "Celeste Moreno's office", "office of Celeste Moreno", "Moreno office"),
    ),
    ("e11", "Students read the", ("Harold Imamura",)),
    ("e12", "The agency has", ("Duncan Reinholt",)),
    ("e12", "We are done", ("Duncan Reinholt",)),
    ("e12", "We have cooperated", ("Environmental Protection Agency", "EPA")),
    ("e12", "We will continue", ("Environmental Protection Agency", "EPA")),
    ("e12", "This is a", ("Yvonne Castille",)),
    ("e12", "The families of", ("House Oversight Committee", "Oversight Committee")),
    ("e13", "I climb three", ("Walter Brody",)),
    ("e13", "Come watch me.", ("Walter Brody",)),
    ("e13", "I've been tested,", ("Harriet Ames",)),
    ("e13", "Twice as governor,", ("Harriet Ames",)),
    ("e13", "She's a kid,", ("Walter Brody",)),
    ("e14", "Working for Kathleen", ("Nia Holloway",)),
    ("e14", "I could not", ("Nia Holloway",)),
    ("e14", "I'm tired.", ("Nia Holloway",)),
    ("e14", "Nia was a", ("Kathleen Dorsey",)),
    ("e14", "We wish her", ("Kathleen Dorsey",)),
    ("e14", "The ship is", ("Buck Larrimore",)),
    ("e15", "He still can't", ("Annette Crane",)),
    ("e15", "But he can", ("Annette Crane",)),
    ("e15", "People trust her", ("Mitchell Crane",)),
    ("e15", "They should.", ("Mitchell Crane",)),
    ("e15", "She is a", ("Tobias Rennick",)),
    ("e16", "They are high", ("Ramona Estes",)),
    ("e16", "Washington should not", ("Mitchell Crane",)),
    ("e16", "Parents should.", ("Mitchell Crane",)),
    ("e16", "I never let", ("Ramona Estes",)),
    ("e17", "You shouldn't even", ("Walker Penn",)),
    ("e17", "You're at 1", ("Walker Penn",)),
    ("e17", "You're the one", ("Corbin Oakes",)),
    ("e17", "I have run", ("Carla Fairbanks",)),
    ("e17", "He has run", ("Carla Fairbanks",)),
    ("e17", "Nobody believes that,", ("Walker Penn",)),
    ("e18", "We had a", ("Lowell Tennant",)),
    ("e18", "Frank is a", ("Lowell Tennant",)),
    ("e18", "We are closer", ("Everett Brandt",)),
    ("e18", "Not close, but", ("Everett Brandt",)),
    ("e18", "They are negotiating", ("Gloria Mathers",)),
    (
        "e18",
        "He has 40",
        ("a senior Republican aide", "senior Republican aide", "A senior Republican aide"),
    ),
    ("e19", "I have never endorsed", ("Clayton Ridgeway",)),
    ("e19", "I have never had", ("Clayton Ridgeway",)),
    ("e19", "This is not", ("Clayton Ridgeway",)),
    ("e19", "Generals in Washington", ("Jenna Stroud",)),
    ("e20", "We want to", ("Roland Briscoe",)),
    ("e20", "That's our job.", ("Roland Briscoe",)),
    ("e20", "I have investigated", ("Roland Briscoe",)),
    ("e20", "Every dollar is", ("Miriam Sokoloff",)),
    ("e20", "Roland Briscoe is", ("Hale campaign", "Hale's campaign", "Garrison Hale's campaign")),
    ("e21", "The mayor had", ("Priya Raman",)),
    ("e21", "His heart is", ("Priya Raman",)),
    ("e21", "I would tell", ("Priya Raman",)),
    ("e21", "That's all we", ("Brigid Walsh",)),
    ("e22", "I want to", ("Felix Ambrose",)),
    ("e22", "You can't do", ("Felix Ambrose",)),
    ("e22", "Florida is the", ("Dana Whitcombe",)),
    ("e22", "This is the", ("Owen Sterling",)),
    ("e22", "Disciplined campaigns lose,", ("Felix Ambrose",)),
    ("e23", "People here know", ("Kristin Dalby",)),
    ("e23", "So do I.", ("Kristin Dalby",)),
    ("e23", "I've seen these", ("Patrick Halloran",)),
    ("e23", "I'm still here.", ("Patrick Halloran",)),
    (
        "e23",
        "Kristin Dalby said",
        ("Halloran campaign", "Halloran's campaign", "Patrick Halloran's campaign"),
    ),
    (
        "e23",
        "We are all",
        (
            "a spokesman for the national party committee",
            "spokesman for the national party committee",
            "A spokesman for the national party committee",
        ),
    ),
    ("e24", "I'm ready on", ("Ruth Ellison",)),
    ("e24", "I wouldn't have", ("Ruth Ellison",)),
    ("e24", "She doesn't get", ("Garrison Hale",)),
    ("e24", "I get rattled.", ("Garrison Hale",)),
    ("e24", "I've done every", ("Tomas Arbelo",)),
    ("e25", "We believe foreign", ("Naomi Whitfield",)),
    ("e25", "We cannot yet", ("Naomi Whitfield",)),
    ("e25", "Can you tell", ("Harlan Voss",)),
    ("e25", "I can tell", ("Naomi Whitfield",)),
    ("e25", "There is no", ("Department of Homeland Security", "Homeland Security", "DHS")),
    (
        "e25",
        "We were flying",
        (
            "an election official in Arizona",
            "election official in Arizona",
            "An election official in Arizona",
        ),
    ),
    ("e26", "They took your", ("Garrison Hale",)),
    ("e26", "I'm going to", ("Garrison Hale",)),
    ("e26", "He makes his", ("Eleanor Vance",)),
    ("e26", "Ask him about", ("Eleanor Vance",)),
    ("e26", "I don't make", ("Garrison Hale",)),
    (
        "e26",
        "It writes itself,",
        ("a Vance campaign official", "Vance campaign official", "A Vance campaign official"),
    ),
    ("e27", "He is healing", ("Samuel Greathouse",)),
    ("e27", "He is impatient,", ("Samuel Greathouse",)),
    ("e27", "Doctors make the", ("Corbin Oakes",)),
    ("e27", "We answered every", ("Brody Kaplan",)),
    ("e27", "He fixed my", ("a constituent", "A constituent", "constituent")),
]

WHY_57: dict[str, str] = {  # why each story's quotations on KNOWN_WRONG_57 are wrong
    "e03": (
        'an opening possessive nominal ("Garrison Hale\'s running mate did not dodge") for the'
        " lede's subject, named before it"
    ),
    "e11": (
        '"Moreno\'s office released a brief statement. “...,” it said": "it" read as the '
        "statement, not the office"
    ),
    "e15": (
        '"Crane said" where husband and wife share the surname: the bare surname read as'
        " the wife, named last (a reporter writes the candidate so)"
    ),
    "e17": '"The businessman" for the one called "the billionaire" (no written link)',
    "e18": (
        '"The majority leader was more upbeat. “...,” the Wyoming Republican said": the '
        "speaker is taken over the one whose role names Wyoming"
    ),
    "e26": (
        '"Later, at an evening rally in Erie, the Republican nominee returned ... the nominee'
        ' said": a fronted opener hides the nominal subject'
    ),
}

KNOWN_WRONG_57 = known_wrong_from(  # what On Record gives, why
    WHY_57,
    [
        ("e03", "He is a", "Hale's running mate"),
        ("e03", "So have I.", "Hale's running mate"),
        ("e11", "The governor does", "statement"),
        ("e15", "People trust her", "Annette Crane"),
        ("e15", "They should.", "Annette Crane"),
        ("e17", "Nobody believes that,", "Corbin Oakes"),
        ("e18", "We are closer", "Lowell Tennant"),
        ("e18", "Not close, but", "Lowell Tennant"),
        ("e26", "I don't make", "Eleanor Vance"),
    ],
)

test_probe_speaker_coref57_batch, test_coref57_batch_figure = judged_batch_tests(
    "coref57", PROBES, PROBES_57, KNOWN_WRONG_57, FIRST_JUDGED, size=149
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 34bcd62
# but the guards, which pass on both)

N = "\n\n"


def test_a_possessive_nominal_is_the_one_introduced_in_the_paragraph_after() -> None:
    """ "“...,” Sen. Ward's chief of staff said. \\n\\nLena Hartsock, a former ..., has":
    the relation, named first in the paragraph after it as a sentence's subject (main: the
    description as an unnamed speaker)."""
    text = (
        "Sen. Amos Ward of Idaho will not seek a fourth term. “He has decided to go home,”"
        " Ward's chief of staff said on Friday."
        + N
        + "Lena Hartsock, a former county prosecutor, has run the office since 2009. She"
        " will stay through January."
    )
    assert _speaker(text, "He has decided") == "Lena Hartsock"


def test_a_possessive_nominal_with_a_title_before_the_name_after_it() -> None:
    """ "“...,” the state's top election official said. \\n\\nSecretary of State Opal
    Dunmore, who ..., said": capitalised title words may come before the name (main: the
    description)."""
    text = (
        "“Every ballot will be counted by Friday,” the state's top election official said."
        + N
        + "Secretary of State Opal Dunmore, who took office in January, said the count was on"
        " schedule."
    )
    assert _speaker(text, "Every ballot") == "Opal Dunmore"


def test_a_possessive_nominal_stays_as_written_past_one_named_in_passing() -> None:
    """ "“...,” his campaign manager said. \\n\\nThe ad was made by Corwin Yates": one named
    in passing, not as a sentence's subject, is not taken for the nominal (a guard)."""
    text = (
        "Gov. Silas Barnhart of Kansas released his first ad. “It shows who he is,” his"
        " campaign manager said."
        + N
        + "The ad was filmed in Dodge City by Corwin Yates, a director from Wichita."
    )
    assert _speaker(text, "It shows") != "Corwin Yates"


def test_a_surname_described_as_another_thing_is_not_the_office() -> None:
    """ "Sen. Grady Moss, the Democratic incumbent, and his Republican challenger, Nell
    Varga, ... \n\nVarga, a former county sheriff, ... \n\nThe senator, ..., called ...
    “...,” the Democratic incumbent said": one described at a later mention by her
    surname as something else is not "the senator", though she is the subject in focus
    (main: Varga)."""
    text = (
        "Sen. Grady Moss, the Democratic incumbent, and his Republican challenger, Nell"
        " Varga, are tied in a new poll."
        + N
        + "Varga, a former county sheriff, campaigned in Butte on Monday. “They know me here,”"
        " the Republican challenger said."
        + N
        + "The senator, campaigning in Helena, called the poll an outlier. “Polls come and"
        " go,” the Democratic incumbent said."
    )
    assert _speaker(text, "Polls come") == "Grady Moss"


def test_a_body_named_with_an_owners_s_is_named_without_it() -> None:
    """ "The Department of Transportation's safety office ... the department said":
    the body's name, not its possessive (main: "Department of Transportation's")."""
    text = (
        "The Department of Transportation's safety office reviewed 40 bridges in Ohio this"
        " spring. “Every bridge on the list is safe to cross,” the department said."
    )
    assert _speaker(text, "Every bridge") == "Department of Transportation"


def test_an_unnamed_source_introduced_since_is_not_the_named_one() -> None:
    """ "The party's spokeswoman, Dana Pryor, ... Pryor said. \\n\\nA spokeswoman for the
    county clerk, who asked not to be named because the review is continuing, said ...
    “...,” the spokeswoman said": the unnamed one introduced after Pryor's last mention
    (main: Pryor)."""
    text = (
        "The party's spokeswoman, Dana Pryor, said the count was fair. “We accept it,” Pryor"
        " said."
        + N
        + "A spokeswoman for the county clerk, who asked not to be named because the review"
        " is continuing, said 40 ballots were missing. “We are looking for them,” the"
        " spokeswoman said."
    )
    assert _speaker(text, "We are looking") == "A spokeswoman for the county clerk"
