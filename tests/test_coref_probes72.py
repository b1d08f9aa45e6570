"""coref72: invented probes for epithets, descriptions and pronouns that name a person, a
batch after coref71 (first judged 87/100): 12 stories (100 quotations) in the held-out
split's genre (2015-16 US election news: an Ohio Senate debate, a Nevada House race between
two women, undecided voters at an Iowa town hall, a senator and the EPA chief on Flint's
pipes, a candidate's family in South Carolina, a mayor and a judge on polling places in
Milwaukee, Kansas's two senators on a court vacancy, a front-runner and an underdog when
only the Democrats have a nominee, two men in a Florida Senate debate, a campaign's
anonymous aides after a loss, spokespeople fighting over an ad in Colorado, a Missouri
governor's primary), every person and every quotation invented. The kinds, chosen as ones
earlier batches hold few of: the sides of a race ("the incumbent", "the challenger", "his
opponent", "her rival", "the front-runner", "the underdog", "the nominee" where only one
party has one, "the Democratic nominee"); a description that comes before the person is
named ("“...,” the retired farmer said. Harlan Odegaard, 74, said ..."); two people of the
same sex in alternating quotations with "she" or "he" in each; a pronoun after a paragraph
that quoted someone else ("she" skipping an intervening male speaker); kin ("his wife,
Elaine", "Mrs. Pike", "The candidate's son, Jordan Pike", "her brother, Nolan Vickers ...
he", "His wife, Amanda", "The candidate's daughter"); a spokesperson for a person, named
("Whitcomb's spokesman, Kyle Ardery", "Hartley's spokesman, Brett Conlan ... he") and not
("A spokeswoman for Albright ... the spokeswoman", "the spokeswoman for the challenger");
titles used alone later ("the senator", "the mayor", "the judge", "the congressman", "the
attorney general", "the sheriff", "the governor") with one holder and with two ("Kansas's
two senators ... the senator"); plural nominals that must not become one person ("the
aides", "the two men", "the two campaigns"); and unnamed sources that must stay unnamed ("A
senior adviser who asked not to be named", "one longtime donor, who asked not to be
identified", "A clerk for the judge").

Judging rules, written with the stories before On Record read them (committed first): a
named person is right only as the name the article writes for them in full (no title); a
wife named by her given name only after a kin word ("his wife, Elaine") as that name or with
the family's surname, and so for "Mrs. Pike" later; "the senator" with two senators in the
story as the one the sentences before are about (the one named in the paragraph); an
unnamed spokesperson as a phrase the article uses for them, never the person they speak for;
a plural nominal or an unnamed source as a phrase the article uses for it, with or without
its article and in either case of its first letter ("the aides", "aides", "three aides"),
never a named person, never None; a description for a named person is wrong (never a
description, never None).

First judged, on main 80f4a5fc (the stories committed first, in 655758f4): 83 of 100 right
(17 wrong, 17.0%; 82 as first committed, the spokeswoman's phrase without its article,
which the rule allows, left out of the judged list at first). Wrong, by kind: a side of a
race given the wrong person or left a description (8: "the challenger", "his opponent",
"her rival" twice left descriptions; "the Democrat" the last man named, a spokesman; "the
underdog", "the Ohioan" and "the Democratic nominee" the front-runner); a description for
someone named only after the quotation (3: "the retired farmer" twice left a description,
"the nursing student" the farmer named before); "a woman ... who gave her name as Phyllis
Moe" left "a woman" (2); kin (3: "her brother, Nolan Vickers ... he" the candidate named
before, then "Vickers said" the brother, not the senator; "Mrs. Pike" the husband); "the
aides said" no speaker, the tagger's aides/FW (1). Right: the same-sex alternations
(Fenwick and Marlow with "she", Medina and Tolbert with "he"), "she" skipping the EPA chief
and his spokesman, the two Kansas senators, the lone mayor and judge, the spokespeople,
the wives and children named after a kin word, "the two men", the unnamed sources.

After the mend (from 80f4a5fc): 85 of 100 (15.0% wrong). A description opening a
paragraph with its quotation, no one named before fitting it, is the one the next sentence
opens by naming for the first time ("“...,” the retired farmer said. Harlan Odegaard, 74,
said"; "the nursing student" likewise), which also makes coref71's "the retired teacher"
and "the union electrician" right. Whole train: byte-identical (no quotation moves).
Tried and left out: the salient subject just before not taken over the one who fits a
nominal whose words before its head, or whose demonym's place, only that one's role is
written with ("the Democratic nominee", "the Ohioan": 87 of 100); it moved nothing on
whole train nor in any other batch, so it rested on one story. Left (KNOWN_WRONG_72): the
sides of a race (8), the farmer's description used again a paragraph later (1), "gave her
name as" (2), kin (3), "the aides said" (1).

coref73 (the sides of a race the article states: "his Democratic challenger, former Gov.
Ted Strand", "her rival for the Republican nomination for governor, former Navy SEAL Dean
Calloway", "X, who is challenging Y", "pits X against Y"): "the challenger" the one set
against the seat's holder, "her rival" the other side from whom "her" means: 88 of 100
("the challenger" Strand, "her rival" Calloway twice). Left: "the Democrat" (Strand's
party is in "his Democratic challenger", the role the tagger's met/NN loses), and so "his
opponent" after it ("his" read as the spokesman), and the three of r08.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from, unnamed
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_72.json")
FIRST_JUDGED = 83  # right on main (80f4a5fc, stories committed in 655758f4) before any mend, of 100

CLERK = unnamed("A clerk for the judge", "A clerk", "clerk", "the clerk")
CAMPAIGNS = unnamed("the two campaigns", "two campaigns")
AIDES = unnamed("the aides", "aides", "three aides")
ADVISER = unnamed(
    "A senior adviser who asked not to be named",
    "A senior adviser",
    "senior adviser",
    "the adviser",
    "adviser",
)
VOLUNTEERS = unnamed(
    "Two men who had volunteered for the campaign in Racine", "Two men", "the two men"
)
DONOR = unnamed(
    "one longtime donor, who asked not to be identified",
    "one longtime donor",
    "longtime donor",
    "donor",
)
SPOKESWOMAN = unnamed(
    "A spokeswoman for Albright",
    "A spokeswoman",
    "spokeswoman",
    "the spokeswoman",
    "the spokeswoman for the challenger",
    "spokeswoman for the challenger",  # the rule's "without its article", left out at first
)
ELAINE = ("Elaine", "Elaine Pike")
AMANDA = ("Amanda", "Amanda Calloway")
PROBES_72: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ("r01", "Ohio is working again", ("Ross Whitcomb",)),
    ("r01", "The senator has been in Washington", ("Ted Strand",)),
    ("r01", "My opponent left this state", ("Ross Whitcomb",)),
    ("r01", "I balanced eight budgets", ("Ted Strand",)),
    ("r01", "Ted Strand spent ninety minutes", ("Kyle Ardery",)),
    ("r01", "We're going to surprise", ("Ted Strand",)),
    ("r01", "I've never taken a race", ("Ross Whitcomb",)),
    ("r02", "I have delivered for this district", ("Gloria Fenwick",)),
    ("r02", "Stacy Marlow has never held", ("Gloria Fenwick",)),
    ("r02", "She votes with her party", ("Stacy Marlow",)),
    ("r02", "I vote with Nevada", ("Gloria Fenwick",)),
    ("r02", "That's a nice line", ("Stacy Marlow",)),
    ("r02", "But she can't name a bill", ("Stacy Marlow",)),
    ("r02", "Money doesn't vote", ("Stacy Marlow",)),
    ("r02", "Nobody is outworking me", ("Gloria Fenwick",)),
    ("r02", "She works hard", ("Stacy Marlow",)),
    ("r03", "I've farmed here for fifty years", ("Harlan Odegaard",)),
    ("r03", "I want to hear somebody talk", ("Kayla Brandt",)),
    ("r03", "My husband and I still don't agree", ("Phyllis Moe",)),
    ("r03", "He likes the senator", ("Phyllis Moe",)),
    ("r03", "I'm not going to pretend", ("Nora Castellano",)),
    ("r03", "The water question was the best", ("Nora Castellano",)),
    ("r03", "She actually answered it", ("Harlan Odegaard",)),
    ("r03", "I came in undecided", ("Kayla Brandt",)),
    ("r04", "Your agency knew in April", ("Joan Everly",)),
    ("r04", "We acted as quickly", ("Philip Grange",)),
    ("r04", "The statute didn't stop you", ("Joan Everly",)),
    ("r04", "It will set deadlines", ("Dennis Waller",)),
    ("r04", "We've had enough hearings", ("Joan Everly",)),
    ("r04", "People need pipes", ("Joan Everly",)),
    ("r04", "He answered every question", ("Will Tarrant",)),
    ("r04", "Three hours is nothing", ("Joan Everly",)),
    ("r05", "He's the same man I married", ELAINE),
    ("r05", "Stubborn and kind", ELAINE),
    ("r05", "My father never asked me", ("Jordan Pike",)),
    ("r05", "My family is the best part", ("Warren Pike",)),
    ("r05", "My sister has been fighting", ("Nolan Vickers",)),
    ("r05", "Nolan says that about everybody", ("Clara Vickers",)),
    ("r05", "Wherever they send me", ELAINE),
    ("r05", "They have school", ("Warren Pike",)),
    ("r06", "Every neighborhood will have", ("Delia Ransom",)),
    ("r06", "That is not negotiable", ("Delia Ransom",)),
    ("r06", "The court is not persuaded", ("Harold Kemper",)),
    ("r06", "We have the people", ("Delia Ransom",)),
    ("r06", "He never does", CLERK),
    ("r06", "We'll be ready", ("Paul Ostrowski",)),
    ("r06", "I respect the judge", ("Delia Ransom",)),
    ("r07", "The American people should have a voice", ("Lyle Barrow",)),
    ("r07", "I'm going to do my job", ("Marian Holt",)),
    ("r07", "Meeting someone is not confirming", ("Marian Holt",)),
    ("r07", "She's her own person", ("Lyle Barrow",)),
    ("r07", "Let them come", ("Marian Holt",)),
    ("r07", "We agree on wheat", ("Lyle Barrow",)),
    ("r07", "And on almost everything else", ("Marian Holt",)),
    ("r08", "It's over, folks", ("Curtis Rainey",)),
    ("r08", "We're going to have a nominee", ("Curtis Rainey",)),
    ("r08", "I'm the underdog", ("Phil Bancroft",)),
    ("r08", "The governor is wasting", ("Curtis Rainey",)),
    ("r08", "Nobody has 1,237", ("Phil Bancroft",)),
    ("r08", "Whoever they pick", ("Marjorie Dunmore",)),
    ("r08", "Why would I?", ("Curtis Rainey",)),
    ("r08", "He's mathematically eliminated", ("Curtis Rainey",)),
    ("r08", "I've been counted out", ("Phil Bancroft",)),
    ("r08", "I'll debate either of them", ("Marjorie Dunmore",)),
    ("r09", "I've represented Miami", ("Carlos Medina",)),
    ("r09", "Frank discovered Florida", ("Carlos Medina",)),
    ("r09", "I'm a job creator", ("Frank Tolbert",)),
    ("r09", "You created jobs in China", ("Carlos Medina",)),
    ("r09", "That is a lie", ("Frank Tolbert",)),
    ("r09", "Ask him how many people", ("Carlos Medina",)),
    ("r09", "I'm proud of every job", ("Frank Tolbert",)),
    ("r09", "We'll do this again", CAMPAIGNS),
    ("r09", "He'll show up with better lines", ("Carlos Medina",)),
    ("r10", "The senator wants a new direction", AIDES),
    ("r10", "I don't talk about staff", ("Grant Sheffield",)),
    ("r10", "I talk about voters", ("Grant Sheffield",)),
    ("r10", "We're not broke", ADVISER),
    ("r10", "We knocked on a thousand doors", VOLUNTEERS),
    ("r10", "We have a path", ("Rhea Donnelly",)),
    ("r10", "She has to say that", DONOR),
    ("r10", "We're going to New York", ("Grant Sheffield",)),
    ("r11", "Congressman Hartley has never voted", ("Brett Conlan",)),
    ("r11", "The vote is in the record", SPOKESWOMAN),
    ("r11", "Anyone can look it up", SPOKESWOMAN),
    ("r11", "I've been called a lot of things", ("Owen Hartley",)),
    ("r11", "I see the people who lose", ("Denise Albright",)),
    ("r11", "I know what that vote meant", ("Denise Albright",)),
    ("r11", "We'll be sending letters", ("Brett Conlan",)),
    ("r11", "They can send all the letters", SPOKESWOMAN),
    ("r11", "I'll put my record against hers", ("Owen Hartley",)),
    ("r12", "The sheriffs know who", ("Ruth Kessler",)),
    ("r12", "Both of them are friends", ("Ed Marchetti",)),
    ("r12", "She has the record", ("Ed Marchetti",)),
    ("r12", "The establishment is lining up", ("Dean Calloway",)),
    ("r12", "Dean has never backed down", AMANDA),
    ("r12", "We're going to outwork her", ("Dean Calloway",)),
    ("r12", "I don't fear anybody", ("Ruth Kessler",)),
    ("r12", "She's been in politics", ("Dean Calloway",)),
    ("r12", "I've been in combat", ("Dean Calloway",)),
    ("r12", "My dad is the bravest", ("Lily Calloway",)),
]  # fmt: skip

WHY_72: dict[str, str] = {  # why each quotation on KNOWN_WRONG_72 is wrong
    "side": (
        "a side of a race given someone else or left a description: what makes one the"
        ' challenger, the underdog or the nominee is said ("his Democratic challenger, former'
        ' Gov. Ted Strand"; "I\'m the underdog," he said; "Marjorie Dunmore has been the'
        ' Democratic nominee"), and "the Democrat" goes to the last man named (a'
        ' spokesman), "the underdog", "the Ohioan" and "the Democratic nominee" to the'
        " subject just before (the front-runner, named paragraphs after them and given no"
        ' such role); "his opponent" left a description, "his" read as the spokesman'
        ' ("the challenger" and "her rival" right since coref73: the sides of a race)'
    ),
    "before": (
        '"the retired farmer" used again, a paragraph after "“...,” the retired farmer said.'
        ' Harlan Odegaard, 74, said ..." was read as Odegaard, left a description: the noun'
        " no list holds is read only as the subject just before"
    ),
    "named-as": (
        '"a woman in the third row who gave her name as Phyllis Moe" left "a woman": the'
        " name the clause gives her is not read"
    ),
    "kin": (
        '"her brother, Nolan Vickers, ... “...,” he said" the candidate named before the'
        ' paragraph, then "Vickers said" the brother, not the senator Clara Vickers whose'
        ' paragraph it is; "Mrs. Pike" the man, Warren Pike, not his wife Elaine'
    ),
    "group": '"“...,” the aides said, speaking on condition of anonymity" no speaker',
}

KNOWN_WRONG_72 = known_wrong_from(  # what On Record gives, why
    WHY_72,
    [
        ("r01", "We're going to surprise", "Kyle Ardery", "side"),
        ("r01", "I've never taken a race", "his opponent", "side"),
        ("r03", "My husband and I still don't agree", "a woman", "named-as"),
        ("r03", "He likes the senator", "a woman", "named-as"),
        ("r03", "She actually answered it", "retired farmer", "before"),
        ("r05", "My sister has been fighting", "Warren Pike", "kin"),
        ("r05", "Nolan says that about everybody", "Nolan Vickers", "kin"),
        ("r05", "Wherever they send me", "Warren Pike", "kin"),
        ("r08", "Nobody has 1,237", "Curtis Rainey", "side"),
        ("r08", "I've been counted out", "Curtis Rainey", "side"),
        ("r08", "I'll debate either of them", "Curtis Rainey", "side"),
        ("r10", "The senator wants a new direction", None, "group"),
    ],
)

test_probe_speaker_coref72_batch, test_coref72_batch_figure = judged_batch_tests(
    "coref72", PROBES, PROBES_72, KNOWN_WRONG_72, FIRST_JUDGED, size=100
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 80f4a5fc)

N = "\n\n"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The gym filled slowly." + N + "“Nobody asks about water,” the retired rancher said."
         " Olaf Trygg, 70, said he had caucused for both parties.", "about water", "Olaf Trygg"),
        ("Olaf Trygg, 70, asked first." + N + "“I owe $40,000,” the nursing student said. Kira"
         " Bly, 22, said she would decide on the night.", "$40,000", "Kira Bly"),
    ],
)  # fmt: skip
def test_a_description_opening_a_paragraph_is_the_one_named_next(
    text: str, fragment: str, speaker: str
) -> None:
    """A paragraph opened by a quotation whose speaker is a description no one named before
    fits, the next sentence opening with a name new to the article: that is the speaker
    (main: "the retired rancher" left a description, an epithet no one before it is the
    subject of; "the nursing student" Olaf Trygg, the subject just before)."""
    assert _speaker(text, fragment) == speaker


# ---- coref73's mends (sentences written for the tests; each fails on main 41aa140a)

VOSS = (
    "Sen. Ada Voss is seeking a third term. Her rival for the nomination, former Mayor Tom"
    " Reyes, spoke first in Erie."
    + N
    + "Voss, 61, said she would debate him. “I have nothing to hide,” she said."
)
BIX = "The race pits Democrat Ann Roe, a nurse, against Rep. Carl Bix, who is seeking a fifth term."


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Gov. Ada Voss won the union's backing on Monday, a blow to her rival for the"
         " nomination for governor, former Army Ranger Tom Reyes." + N + "Voss, 61, said she"
         " was grateful. “I have nothing to hide,” she said." + N + "“She has plenty to"
         " hide,” her rival said.", "plenty", "Tom Reyes"),
        (VOSS + N + "“She has plenty to hide,” the challenger said.", "plenty", "Tom Reyes"),
        ("Tom Reyes, who is challenging Sen. Ada Voss, spoke in Erie. “I am ready,” he said."
         + N + "“He is not,” his opponent said.", "He is not", "Ada Voss"),
        (BIX + N + "Bix, 70, spoke first. “I deliver,” he said." + N + "“He delivers for"
         " donors,” the challenger said.", "donors", "Ann Roe"),
    ],
)  # fmt: skip
def test_a_side_of_a_race_is_the_one_the_article_sets_against_the_other(
    text: str, fragment: str, speaker: str
) -> None:
    """ "her rival", "his opponent" speaking are the other side of the race the article
    states for whom the possessive means ("Her rival for the nomination, former Mayor Tom
    Reyes,"; "Reyes, who is challenging Sen. Ada Voss"); "the challenger" is the side set
    against the seat's holder ("seeking a third term", "pits Roe ... against Rep. Carl Bix,
    who is seeking a fifth term") (main: "her rival", "his opponent" left descriptions;
    "the challenger" the subject just before, the holder)."""
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Tom Reyes spoke in Erie. “I am ready,” he said." + N + "“He is not,” his opponent"
         " said.", "He is not", "his opponent"),
    ],
)  # fmt: skip
def test_no_opponent_where_the_article_states_no_race(
    text: str, fragment: str, speaker: str
) -> None:
    """No race stated for the one "his" means: "his opponent" stays a description."""
    assert _speaker(text, fragment) == speaker
