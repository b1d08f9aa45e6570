"""coref74: invented probes for pronouns and nominals whose speaker is a person, a batch after
coref72: 12 stories (120 quotations) in the held-out split's genre (2015-16 US election news:
two men in a Wisconsin Senate debate, an Iowa caucus count, the night of a New Hampshire
primary, Ohio's early-voting cut, married couples in Iowa suburbs, two Democratic women in a
Maryland Senate primary, a North Carolina pension fight, a rally in Illinois, candidates'
wives in Arizona, two women in a New Hampshire Senate debate, a Nevada caucus dispute,
Georgia's voter-roll purge), every person and every quotation invented. The kinds, chosen as
ones earlier batches hold few of: two people of the same sex alternating over paragraphs
("he" for Farrow and Eckhart, "she" for Ashworth and Penning); a pronoun whose antecedent is
in a subordinate clause ("Because Walter Pruitt, the observer, had been told ...", "whom
Arbogast had not expected") or only in a quotation ("“Talk to Odell Simms,” Dunmore said ...
Reached at his home in Macon, he said"); cataphora ("In what he called a speech he had been
saving for months, former Gov. Hal Renner told supporters: “...”", "Until he reached the
stage, Gallardo's campaign manager, Eli Stroud, ..."); a nominal naming a role stated
paragraphs before ("the state's top election official", "the former state senator", "the
county's elections director", "the veteran"); plural pronouns and nouns for a couple or a
campaign ("Ray and Donna Leffler ... they said", "the couple said", "Both campaigns ... they
said"); "the former", "the latter", "the other"; a pronoun after a paragraph about a third
person; a speaker introduced by a role only and named later ("a county sheriff ... the
sheriff said ... The sheriff, Darrell Upton"); married couples sharing a surname ("Mrs.
Halvorsen", "her husband", "Mrs. Ferrer", "Ferrer said").

Judging rules, written with the stories before On Record read them (committed first): a
named person is right only as the name the article writes for them in full (no title); one
named by a given name after a kin word or in a couple's naming ("Her daughter, Kara", "Ray
and Donna Leffler") as that name or with the family's surname; "Mrs. X" as the wife the
article names; a bare surname a couple shares ("Ferrer said") as the one whose words the
quotation's own words and the paragraph make them (the candidate who says "My wife"); a
description or role for someone the article names, before or after, is wrong (never a
description, never None); a couple or group speaking together as a phrase the article uses
for it, with or without its article and in either case of its first letter ("Ray and Donna
Leffler", "the Lefflers", "the couple"), never one of its people, never None. (Revised by
coref95 for couples, see below: a couple's words are right as the couple or as either of
them, as in coref50, 54, 68, 69 and 70.)

First judged, on main ee509f11 (the stories committed first, in de4e49f6): 92 of 122 right
(30 wrong, 24.6%). Wrong, by kind: a role given before its holder is named, by "The N,
Name," paragraphs later (6: "a retired trucker from Peoria" twice, "the sheriff" twice given
the trucker, "the professor" given the diner owner's daughter, "the chairwoman" left a
description); a role stated for a named person paragraphs before (6: "the state's top
election official" three times left a description, once after "Brannon ... is the state's
top election official"; "the former state senator" twice the lawyer, after "eight years in
the state Senate"; "the veteran" the secretary of state, after "Simms, 81, is an Army
veteran"); a pronoun's antecedent (5: "he" after "Although Huck had backed ..., this year he
stood" the observer; "he" for a man named only inside a quotation twice the one named before
it; "he" after "whose president, the Rev. Calvin Hurst," the secretary of state; "he" after a
paragraph about a third man, the fund's manager, where the governor's words are meant);
"the former"/"the latter" after "X and Y each/both spoke" (4: left descriptions); couples
sharing a surname (4: "Ferrer said" the wife, not the candidate whose "My wife" it is; "she"
after "The Halvorsens met ..., where he ... and she ..." twice the other couple's wife;
"her husband" left a description); couples speaking together (3: "they" after "Ray and
Donna Leffler" and "Tom and Priya Castellano" the man alone, "the couple" the other couple's
man); sides the story implies ("the governor" the attorney general challenging him, "the
Republican" a past opponent, 2). Right: the same-sex alternations (Farrow and Eckhart,
Ashworth and Penning), most cataphora (Renner, his wife, Stroud, Osei, Whitford), the
subordinate-clause antecedents of Arbogast and Pruitt, the first former/latter pair, the
diner owner named after "A woman who runs a diner", "the county's elections director", "the
spokesman", "the congressman", "Mrs. Halvorsen", "Mrs. Ferrer", the campaigns' "they".

After the mends (from ee509f11): 101 of 122 (17.2% wrong). "the former"/"the latter" after
two people written by their surnames alone ("Blaine and Ruiz both spoke"): the pair read
from the text since the last naming in full (4). An unnamed description is the one a
sentence in reach after it first names by setting the name off after the description's own
noun ("The trucker, Vern Hollis, 66,", "The sheriff, Darrell Upton of Menard County,",
"The chairwoman, Rosalind Abara,"), and "Inside, a county sheriff" introduces someone
unnamed, "Inside" being no name (5; also probes48's contractor and probes59's negotiator).
Whole train byte-identical. Tried and left out, each resting on one story and moving no
quotation on whole train: a copula stating a role ("Brannon, 55, a Republican, is the
state's top election official": 102), and "he" after a fronted clause being that clause's
subject ("Although Huck had backed ..., this year he stood": 103; on train it moved one
reported statement wrongly, "If Trump doesn't become the nominee, he said" read as Trump).
Left (KNOWN_WRONG_74): roles stated before (6), pronouns (5), spouses (4), couples (3,
where On Record gives a couple's "they" to the first named by design), implied sides (2),
"the professor" named as "The man, Nathan Oyelaran," (1).

coref95 (from 138679b2): the couples' judgement revised by train's gold, 104 of 122. On train
a joint Source is one span over both names ("Frank Newport and Jim Harter", "Trump and
Ryan", "Two military analysts, Patrick Megahan and Chris Harman,"): a mention of either
overlaps it, so the quotation measure takes either as right; the hand samples
(tests/data/train_people_*.tsv) read such a Source as both people ("Frank Newport + Jim
Harter", "Ted Cruz + Donald Trump", 5 rows) and "they"/"both" after two people as a group
("they (Paradis and Bennett)", "both: Clinton and Sanders"), and the person measure leaves
both kinds out (dev's people.tsv too: joint sources and groups are not scored). No train
quotation is a couple's "they" or "the couple". So neither the couple's phrase nor its first
named is wrong by the gold, and the earlier batches' rule (either of them) is kept: the two
"they" given the first named come off the list. "the couple said" after "The Lefflers will
caucus ..." was the other couple's man; it is now the couple the surname made plural written
last with no one named since, as "they" already was (1). Left: 18.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from, unnamed
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_74.json")
FIRST_JUDGED = 92  # right on main (ee509f11, stories committed in de4e49f6) before any mend, of 122

LEFFLERS = (
    *unnamed("Ray and Donna Leffler", "the Lefflers", "Lefflers", "the couple", "couple"),
    *("Ray Leffler", "Donna Leffler"),  # either of them (coref95: see the docstring)
)
CASTELLANOS = (
    *unnamed("Tom and Priya Castellano", "the Castellanos", "Castellanos", "the couple"),
    *("Tom Castellano", "Priya Castellano"),
)
PRUETT_AIDES = unnamed("Aides to Sen. Alan Pruett", "Aides to Sen. Pruett", "Aides", "the aides")
CAMPAIGNS = unnamed("Both campaigns", "the campaigns", "campaigns", "the two campaigns")
RAY = ("Ray Leffler", "Ray")
DONNA = ("Donna Leffler", "Donna")
PRIYA = ("Priya Castellano", "Priya")
TOM = ("Tom Castellano", "Tom")
KARA = ("Kara Petrakis", "Kara")
PROBES_74: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ("s01", "We have added 140,000 jobs", ("Douglas Farrow",)),
    ("s01", "That's not an accident", ("Douglas Farrow",)),
    ("s01", "He's taking credit", ("Martin Eckhart",)),
    ("s01", "Wisconsin trails every one", ("Martin Eckhart",)),
    ("s01", "You had eighteen years", ("Douglas Farrow",)),
    ("s01", "And I fixed plenty", ("Martin Eckhart",)),
    ("s01", "I didn't vote to close", ("Martin Eckhart",)),
    ("s01", "I've opposed it from day one", ("Martin Eckhart",)),
    ("s01", "I read the deals", ("Douglas Farrow",)),
    ("s01", "Let the people decide", ("Douglas Farrow",)),
    ("s01", "The Constitution doesn't have", ("Martin Eckhart",)),
    ("s01", "He's been out of the job", ("Douglas Farrow",)),
    ("s01", "I'd debate him every week", ("Martin Eckhart",)),
    ("s02", "Nobody had a key", ("Gerald Huck",)),
    ("s02", "I didn't know he was coming", ("Denise Arbogast",)),
    ("s02", "I did what the party asked", ("Walter Pruitt",)),
    ("s02", "I changed my mind", ("Gerald Huck",)),
    ("s02", "We're going to count every one", ("Denise Arbogast",)),
    ("s02", "Nobody cheated", ("Lorna Vesey",)),
    ("s02", "You'll want to talk to Tom Ellery", ("Denise Arbogast",)),
    ("s02", "He ran the count", ("Denise Arbogast",)),
    ("s02", "Nobody went home until two", ("Tom Ellery",)),
    ("s02", "Denise asked me to stay", ("Walter Pruitt",)),
    ("s03", "I'm not done", ("Hal Renner",)),
    ("s03", "This party used to stand", ("Hal Renner",)),
    ("s03", "You made two thousand calls", ("Julia Renner",)),
    ("s03", "I'm proud of him", ("Julia Renner",)),
    ("s03", "I wish him well", ("Tom Gallardo",)),
    ("s03", "They want to know we can win", ("Eli Stroud",)),
    ("s03", "He was gracious", ("Nadia Osei",)),
    ("s03", "The voters deserve", ("Dale Whitford",)),
    ("s03", "My voters aren't", ("Nadia Osei",)),
    ("s03", "South Carolina is next", ("Tom Gallardo",)),
    ("s04", "They know who votes early", ("Felix Arroyo",)),
    ("s04", "Ohio has more days", ("Jon Haverty",)),
    ("s04", "Nobody is being turned away", ("Jon Haverty",)),
    ("s04", "Tell that to the people", ("Felix Arroyo",)),
    ("s04", "We have the data", ("Miriam Szabo",)),
    ("s04", "We'll be ready whatever", ("Bev Lomax",)),
    ("s04", "We need another 200 machines", ("Bev Lomax",)),
    ("s04", "We'll respond in court", ("Andy Pelham",)),
    ("s04", "It's the law, and he enforces it", ("Andy Pelham",)),
    ("s04", "I served with a lot", ("Jon Haverty",)),
    ("s04", "They wrote it to be fair", ("Jon Haverty",)),
    ("s05", "We cancel each other out", LEFFLERS),
    ("s05", "He says what I'm thinking", RAY),
    ("s05", "He knows where it is", DONNA),
    ("s05", "We watch every debate", CASTELLANOS),
    ("s05", "We don't write off anybody", PRUETT_AIDES),
    ("s05", "He's the only one talking", PRIYA),
    ("s05", "I want someone who'll fix", TOM),
    ("s05", "We'll still drive there", LEFFLERS),
    ("s06", "It's thirty thousand jobs", ("Dana Whitlock",)),
    ("s06", "Dana has fought for the port", ("Susan Ferraro",)),
    ("s06", "I like Dana", ("Kathy Szymanski",)),
    ("s06", "I just don't like her votes", ("Kathy Szymanski",)),
    ("s06", "She came to the port", ("Marcus Bell",)),
    ("s06", "I want to hear more about schools", ("Andre Pinkney",)),
    ("s06", "The primary will be nasty", ("Kathy Szymanski",)),
    ("s06", "I'm ahead and I intend", ("Dana Whitlock",)),
    ("s06", "Polls in March don't vote", ("Susan Ferraro",)),
    ("s07", "This fund belongs", ("Ruth Abernathy",)),
    ("s07", "It's not a casino", ("Ruth Abernathy",)),
    ("s07", "The governor put a donor", ("Ruth Abernathy",)),
    ("s07", "Phil Sadowski has done", ("Mark Quinlan",)),
    ("s07", "Ruth Abernathy has never managed", ("Mark Quinlan",)),
    ("s07", "They don't sleep at night", ("Bonita Reyes",)),
    ("s07", "The attorney general is desperate", ("Tara Greer",)),
    ("s07", "I'm going to win this one", ("Ruth Abernathy",)),
    ("s07", "I'll put my record", ("Mark Quinlan",)),
    ("s08", "I drove four hours", ("Vern Hollis",)),
    ("s08", "I'd drive eight", ("Vern Hollis",)),
    ("s08", "He talks like us", ("Vern Hollis",)),
    ("s08", "This man is going to secure", ("Darrell Upton",)),
    ("s08", "And he's going to back", ("Darrell Upton",)),
    ("s08", "We're going to win Illinois", ("Rex Calder",)),
    ("s08", "Nobody thinks we can", ("Rex Calder",)),
    ("s08", "I don't do this lightly", ("Darrell Upton",)),
    ("s08", "I'm here to listen", ("Luann Petrakis",)),
    ("s08", "I haven't decided", ("Luann Petrakis",)),
    ("s08", "I liked the hope part", ("Luann Petrakis",)),
    ("s08", "He scares me a little", KARA),
    ("s08", "This is the politics of fear", ("Nathan Oyelaran",)),
    ("s09", "Greg has a day job", ("Megan Halvorsen",)),
    ("s09", "She's the better campaigner", ("Greg Halvorsen",)),
    ("s09", "I've seen what happens", ("Megan Halvorsen",)),
    ("s09", "Luis is the hardest-working", ("Ana Ferrer",)),
    ("s09", "My wife is better at this", ("Luis Ferrer",)),
    ("s09", "He brought coffee", ("Megan Halvorsen",)),
    ("s09", "That was his move", ("Megan Halvorsen",)),
    ("s09", "I brought a lot of coffee", ("Greg Halvorsen",)),
    ("s09", "I'm not a politician's wife", ("Ana Ferrer",)),
    ("s09", "We'll see you in November", ("Luis Ferrer",)),
    ("s09", "One of us is enough", ("Ana Ferrer",)),
    ("s10", "I've stood up to my own party", ("Kelly Ashworth",)),
    ("s10", "She voted to shut down", ("Laura Penning",)),
    ("s10", "The governor vetoed a budget", ("Kelly Ashworth",)),
    ("s10", "That's not what happened", ("Laura Penning",)),
    ("s10", "My nephew died", ("Laura Penning",)),
    ("s10", "No family should go through", ("Kelly Ashworth",)),
    ("s10", "I'm not endorsing anybody", ("Kelly Ashworth",)),
    ("s10", "She can't even say his name", ("Laura Penning",)),
    ("s10", "She works hard", ("Kelly Ashworth",)),
    ("s10", "She loves New Hampshire", ("Laura Penning",)),
    ("s11", "We have video of it", ("Scott Kimura",)),
    ("s11", "They're making it up", ("Nick Alcott",)),
    ("s11", "Let the party look", CAMPAIGNS),
    ("s11", "We won the count that matters", ("Howard Blaine",)),
    ("s11", "Howard lost, and he knows it", ("Victor Ruiz",)),
    ("s11", "Every precinct reported", ("Rosalind Abara",)),
    ("s11", "I've run caucuses", ("Rosalind Abara",)),
    ("s11", "We'll see them in South Carolina", ("Howard Blaine",)),
    ("s11", "I've won tougher races", ("Victor Ruiz",)),
    ("s12", "Every one of those was a voter", ("Walt Brannon",)),
    ("s12", "We found people who voted", ("Keisha Dunmore",)),
    ("s12", "Talk to Odell Simms", ("Keisha Dunmore",)),
    ("s12", "They told me I wasn't", ("Odell Simms",)),
    ("s12", "They took him and left me", ("Hattie Simms",)),
    ("s12", "This is 1965", ("Calvin Hurst",)),
    ("s12", "We follow federal law", ("Walt Brannon",)),
    ("s12", "I served this country", ("Odell Simms",)),
    ("s12", "We'll take it to the Supreme Court", ("Keisha Dunmore",)),
]  # fmt: skip

WHY_74: dict[str, str] = {  # why each quotation on KNOWN_WRONG_74 is wrong
    "named-after": (
        'a role for someone the article names only later, by "The N, Name," ("The trucker,'
        ' Vern Hollis, 66,", "The sheriff, Darrell Upton of Menard County,", "The man, Nathan'
        ' Oyelaran,", "The chairwoman, Rosalind Abara,"): left a description or given the'
        " last person named before"
    ),
    "role-stated": (
        "a role stated for a named person paragraphs before (\"Brannon ... is the state's top"
        ' election official", "Simms, 81, is an Army veteran", "eight years in the state'
        ' Senate", "Secretary of State Jon Haverty"): left a description or given another'
    ),
    "pronoun": (
        '"he" given the wrong man: the main clause\'s subject after "Although Huck had backed'
        ' ...", a man named only inside the quotation before ("“Talk to Odell Simms,” Dunmore'
        ' said"), the name set off in a relative clause ("whose president, the Rev. Calvin'
        " Hurst,\"), the governor across a paragraph about the fund's manager"
    ),
    "spouse": (
        '"Ferrer said" the wife, not the husband whose "My wife" it is; "she" after "The'
        ' Halvorsens met ..., where he ... and she ..." the other couple\'s wife; "her'
        ' husband" left a description'
    ),
    "side": (
        '"the governor" given the attorney general challenging him; "the Republican" a past'
        " opponent: the governor's party is only implied"
    ),
}

KNOWN_WRONG_74 = known_wrong_from(  # what On Record gives, why
    WHY_74,
    [
        ("s02", "I changed my mind", "Walter Pruitt", "pronoun"),
        ("s02", "Nobody went home until two", "Walter Pruitt", "pronoun"),
        ("s04", "Ohio has more days", "state's top election official", "role-stated"),
        ("s04", "Nobody is being turned away", "state's top election official", "role-stated"),
        ("s04", "I served with a lot", "Miriam Szabo", "role-stated"),
        ("s04", "They wrote it to be fair", "Miriam Szabo", "role-stated"),
        ("s07", "Phil Sadowski has done", "Ruth Abernathy", "side"),
        ("s07", "Ruth Abernathy has never managed", "Phil Sadowski", "pronoun"),
        ("s07", "I'll put my record", "Dwight Kessler", "side"),
        ("s08", "This is the politics of fear", "Kara Petrakis", "named-after"),
        ("s09", "My wife is better at this", "Ana Ferrer", "spouse"),
        ("s09", "He brought coffee", "Ana Ferrer", "spouse"),
        ("s09", "That was his move", "Ana Ferrer", "spouse"),
        ("s09", "I brought a lot of coffee", "her husband", "spouse"),
        ("s12", "They told me I wasn't", "Walt Brannon", "pronoun"),
        ("s12", "This is 1965", "Walt Brannon", "pronoun"),
        ("s12", "We follow federal law", "state's top election official", "role-stated"),
        ("s12", "I served this country", "Walt Brannon", "role-stated"),
    ],
)

test_probe_speaker_coref74_batch, test_coref74_batch_figure = judged_batch_tests(
    "coref74", PROBES, PROBES_74, KNOWN_WRONG_74, FIRST_JUDGED, size=122
)


# ---- mends (sentences written for the tests, not the probes; each fails on main ee509f11)

N = "\n\n"
PAIR = "Sen. Ada Voss and former Gov. Tom Reyes debated in Erie." + N


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (PAIR + "Voss and Reyes both spoke later. “I won,” the former said.", "I won", "Ada Voss"),
        (PAIR + "Voss and Reyes both spoke later. “I won,” the latter said.", "I won", "Tom Reyes"),
        (PAIR + "Reyes and Voss each spoke. “We won,” the former said. “No,” the latter said.",
         "No", "Ada Voss"),
    ],
)  # fmt: skip
def test_the_former_and_the_latter_of_two_written_by_surname(
    text: str, fragment: str, speaker: str
) -> None:
    """ "the former"/"the latter" after two people written by their surnames alone and
    joined by "and" ("Voss and Reyes both spoke") are the first and the second of them
    (main: left descriptions, only namings in full counted as a pair)."""
    assert _speaker(text, fragment) == speaker


SHERIFF = "Vern Hollis, 66, voted for Democrats. “He talks like us,” he said." + N


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("“I drove all night,” a retired trucker said. “I'd drive more.”" + N + "The trucker,"
         " Vern Hollis, 66, said he had never been to a rally.", "all night", "Vern Hollis"),
        ("The party's chairwoman said the count would stand. “It was checked,” the chairwoman"
         " said." + N + "The chairwoman, Ada Voss, was elected in 2013.", "checked", "Ada Voss"),
        (SHERIFF + "Inside, a county sheriff spoke first. “He will win,” the sheriff said." + N
         + "Calder spoke for an hour." + N + "The sheriff, Tom Reyes of Menard County, endorsed"
         " Calder last week.", "He will win", "Tom Reyes"),
    ],
)  # fmt: skip
def test_a_description_is_the_one_named_after_its_noun_later(
    text: str, fragment: str, speaker: str
) -> None:
    """An unnamed description is the person a sentence in reach after it first names by
    setting the name off after the description's noun ("The trucker, Vern Hollis, 66,")
    (main: left a description; the sheriff the man named before: "Inside," read as a name
    the indefinite described)."""
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (SHERIFF + "Inside, a county sheriff spoke first. “He will win,” the sheriff said.",
         "He will win", "a county sheriff"),
        ("“I drove all night,” a retired trucker said." + N + "The trucker's wife, Ada Voss,"
         " said he had.", "all night", "trucker"),
    ],
)  # fmt: skip
def test_a_sheriff_introduced_after_an_opening_adverb_is_not_the_man_before(
    text: str, fragment: str, speaker: str
) -> None:
    """ "Inside, a county sheriff" introduces someone unnamed: "the sheriff" is not the
    man named before (main: Vern Hollis); nor is a description named by another's
    appositive ("The trucker's wife, Ada Voss,")."""
    assert _speaker(text, fragment) == speaker


# ---- coref95's mend (sentences written for the test; fails on main 138679b2)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Al and Rita Moss run a farm near Ames. “We vote apart,” they said." + N + "Down the"
         " road, Tom and Ada Reyes are undecided. “We argue,” they said. Ada likes the senator."
         + N + "The Mosses will vote on Tuesday. “We'll go together,” the couple said.",
         "go together", "Al Moss"),
        ("Al and Rita Moss run a farm near Ames." + N + "Tom and Ada Reyes are undecided." + N
         + "“We'll go together,” the couple said.", "go together", "Tom Reyes"),
        ("Al and Russ Moss run a gun shop in Terre Haute." + N + "“We agree on the Colts,” the"
         " brothers said.", "the Colts", "Al Moss"),
        ("Al and Russ Moss run a gun shop." + N + "The Mosses opened it in 1994. “We agree,” the"
         " brothers said.", "We agree", "Al Moss"),
    ],
)  # fmt: skip
def test_the_couple_is_the_family_written_just_before(
    text: str, fragment: str, speaker: str
) -> None:
    """ "The Mosses will vote ... “...,” the couple said": the couple the surname made plural
    is written last before, no one named since, as for "they" (main: the couple named last,
    the Reyeses); with no such surname, still the couple named last; a plural inside the
    quotation ("the Colts") is none, and the pair's own surname ("The Mosses" for Al and Russ
    Moss) leaves "the brothers" the pair."""
    assert _speaker(text, fragment) == speaker
