"""coref70: invented probes for pronoun and nominal speakers resolved to the person a
reporter sees, a batch after coref69 (first judged 86/102): 12 stories (104 quotations) in
the held-out split's genre (2015-16 US election news: an Iowa caucus couple, voting lines
in Arizona, brothers at a gun shop before Indiana's primary, a New Hampshire Senate debate,
a billionaire in an Ohio House primary, the White House and two governors on refugees, two
mayoral rivals at a diner, a Senate candidate's rally, a campaign treasurer's plea,
steelworkers and two House candidates, senators on a Supreme Court vacancy, a couple suing
over a voter ID law), every person and every quotation invented. The speaker of almost
every quotation is a pronoun or a nominal. The kinds: a plural nominal for a pair or group
named just before ("the couple", "the two officials", "the brothers", "the governors", "the
pair", "both senators ... they"); a description used later ("the 27-year-old", "the
recorder", "the secretary of state", "the younger Okerlund", "the congressman", "the
Evansville Republican", "the former governor", "the first-term senator", "the
63-year-old", "the billionaire", "the 74-year-old", "the freshman", "the dairy farmer",
"the former secretary of state", "the senator", "the 41-year-old", "the lawyer", "the
judge", "the banker", "the Ohio Republican", "the New Mexico Democrat", "the 81-year-old",
"the attorney general", "the car dealer"); a relative with a given name ("Their son,
Caleb", "Her daughter, Marisol", "Harwood's wife, Celeste", "Coughlin's mother, Patricia",
"Eddie, the younger") and without one ("Her husband", "His brother", "His lawyer", "His
wife"); "the former" and "the latter"; a pronoun after a quotation from a different person
and speakers of both sexes in one paragraph ("“...,” she said. “...,” he said."); "the
campaign", "the White House", "his office", "her office" as speaker; and a group that
speaks ("the protesters chanted", "they chanted", "the aides said", "Several workers ...
they said").

Judging rules, written with the stories before On Record read them (committed first): a
named person is right only as the name the article writes for them in full (no title); a
relative named by a given name only after a kin word ("Their son, Caleb") as that given
name or with the family's surname; a pair's, couple's or two people's "they" as either of
them; an unnamed lawyer as "his lawyer" or the owner's lawyer; an office's or a campaign's
statement as the owner's office or campaign ("Whitacre's office", "Whitacre office",
"Hollis campaign", "Hollis's campaign") or the owner; the White House as "White House"; a
group as its phrase ("protesters", "the aides", "Several workers"), in either case; never
None, never a description for a named person.

First judged, on main 046da432 (the stories committed first, in abbcc147): 91 of 104 right
(87.5%; 13 wrong, 12.5%). Wrong: a plural nominal for the pair named just before left a
description (8: "the two officials" after "Two ... election officials, Recorder Dolores
Pruett and elections director Wesley Harnish,"; "the brothers" after "Dale and Russell
Okerlund have run" (2) and after "brothers Ray and Eddie Kowalski"; "the governors" after
"two Republican governors, Bill Haskins of Kentucky and Tom Reinholt of Alabama," (2);
"the couple" after "a Syrian couple ..., Sami and Noor Khatib,", "Noor" of no sex; "the
pair" after "Two students, Kiara Mensah and Tyler Brandauer,"); "the former" and "the
latter" of two named each with a state ("Bill Haskins of Kentucky and Tom Reinholt of
Alabama") left a description and the latter's "he" the first (2); "the younger
Okerlund" the one of that surname given an age, not "His brother" (1); "they chanted"
after "Outside the rally, a dozen protesters held signs." the pair named before (1); an
unnamed lawyer ("His lawyer said ... the lawyer said") given as "lawyer" (1).

After the mends below (from 046da432): 101 of 104 (2.9% wrong). A definite plural nominal
of people ("the two officials", "the brothers", "the governors", "both senators") or "the
pair", "the couple" speaking is the first of the last two people named before it, joined
by "and" (a place after the first name, a role or title before the second), with no one
else mentioned since, where the pair opens its sentence or the noun ends the words before
it ("two Republican governors, |"); "the former" and "the latter" read such a pair too.
Whole train: no quotation moves; the nominal and the former/latter fire nowhere (the one
wrong move a first version made, "the lawyers said" after "two former Republican
hopefuls, Sen. John McCain ...", is guarded). The same joining for "they" (in
``_pair_ending``) was tried and reverted: on whole train it moved one scare quote no gold
holds, but lost one speaker in cross-validation (7,593 of 7,912; a near tie flipped). In
the other batches: coref69's "the two officers said" made right. Left (KNOWN_WRONG_70):
"the younger Okerlund", "they chanted" after a quotation the splitter ends at its "!"
(and "held" tagged an adjective), and an unnamed lawyer shown by the bare noun.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from, unnamed
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_70.json")
FIRST_JUDGED = 91  # right on main (046da432, stories committed in abbcc147) before any mend, of 104


def office(first: str, surname: str, noun: str) -> tuple[str, ...]:
    """A statement by someone's office or campaign, as the judging rules accept it."""
    return (
        f"{surname}'s {noun}",
        f"{surname}’s {noun}",
        f"{surname} {noun}",
        f"{first} {surname}'s {noun}",
        f"{first} {surname}",
    )


LINDGRENS = ("Frank Lindgren", "Deborah Lindgren")
OFFICIALS = ("Dolores Pruett", "Wesley Harnish")
OKERLUNDS = ("Dale Okerlund", "Russell Okerlund")
GOVERNORS = ("Bill Haskins", "Tom Reinholt")
KHATIBS = ("Sami Khatib", "Noor Khatib")
STUDENTS = ("Kiara Mensah", "Tyler Brandauer")
KOWALSKIS = ("Ray Kowalski", "Eddie Kowalski")
SENATORS = ("Gregory Lasko", "Patricia Munoz")
PFEIFFERS = ("Herbert Pfeiffer", "Lorraine Pfeiffer")
PROTESTERS = unnamed("protesters", "the protesters", "About 40 protesters", "a dozen protesters")
PROBES_70: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ("o01", "We have never split", LINDGRENS),
    ("o01", "She has done the work", ("Deborah Lindgren",)),
    ("o01", "I don't need a revolution", ("Deborah Lindgren",)),
    ("o01", "The system is rigged", ("Frank Lindgren",)),
    ("o01", "I'm with Dad", ("Caleb", "Caleb Lindgren")),
    ("o01", "but don't tell Mom", ("Caleb", "Caleb Lindgren")),
    ("o01", "We knock on every door", ("Renata Solis",)),
    ("o01", "Half of Iowa", ("Renata Solis",)),
    ("o01", "He'll come around", ("Deborah Lindgren",)),
    ("o02", "We got it wrong", OFFICIALS),
    ("o02", "That was my call", ("Dolores Pruett",)),
    ("o02", "I own it", ("Dolores Pruett",)),
    ("o02", "Our model was built", ("Wesley Harnish",)),
    ("o02", "Count every vote", PROTESTERS),
    ("o02", "I left at 11:30", ("Luz Carrillo",)),
    ("o02", "She gave up", ("Luz Carrillo",)),
    ("o02", "Arizona voters deserve", ("Alma Whitacre",)),
    ("o02", "The secretary expects", office("Alma", "Whitacre", "office")),
    ("o03", "We agree on guns", OKERLUNDS),
    ("o03", "That's about it", OKERLUNDS),
    ("o03", "Curtis has been in this store", ("Dale Okerlund",)),
    ("o03", "He knows what a trigger lock", ("Dale Okerlund",)),
    ("o03", "She's the only one", ("Russell Okerlund",)),
    ("o03", "These two are why", ("Curtis Whitlow",)),
    ("o03", "Eleven dollars", ("Curtis Whitlow",)),
    ("o03", "Janine will be in", ("Miles Corrigan",)),
    ("o03", "She can come", ("Curtis Whitlow",)),
    ("o03", "The brothers know me", ("Curtis Whitlow",)),
    ("o03", "He's wrong about the Senate", ("Russell Okerlund",)),
    ("o04", "I wrote the treatment bill", ("Loretta Vance",)),
    ("o04", "That's not talk", ("Loretta Vance",)),
    ("o04", "A bill is not a bed", ("Margaret Hollis",)),
    ("o04", "We have 40 treatment beds", ("Margaret Hollis",)),
    ("o04", "The governor had eight years", ("Loretta Vance",)),
    ("o04", "She's a good vote", ("Margaret Hollis",)),
    ("o04", "Give the nominee a vote", ("Margaret Hollis",)),
    ("o04", "The people should decide", ("Loretta Vance",)),
    ("o04", "She owned the stage", ("Trent Aldous",)),
    ("o04", "The governor made her case", office("Margaret", "Hollis", "campaign")),
    ("o05", "I don't give to people", ("Harlan Voss",)),
    ("o05", "Nathan has ideas", ("Harlan Voss",)),
    ("o05", "I'll spend what it takes", ("Harlan Voss",)),
    ("o05", "I voted to pay the bills", ("Nathan Pell",)),
    ("o05", "That is not a betrayal", ("Nathan Pell",)),
    ("o05", "Nathan Pell has one voter", ("Ingrid Solberg",)),
    ("o05", "Farmers know debt", ("Ingrid Solberg",)),
    ("o05", "The congressman has no contact", office("Nathan", "Pell", "office")),
    ("o05", "It's about the debt", unnamed("the aides", "aides", "Aides to Solberg")),
    ("o06", "The program works", ("White House",)),
    ("o06", "We are not asking for much", GOVERNORS),
    ("o06", "We are asking for a pause", GOVERNORS),
    ("o06", "I'll sign an order", ("Bill Haskins",)),
    ("o06", "The law is not on our side", ("Tom Reinholt",)),
    ("o06", "Governors don't get a veto", ("Anita Grove",)),
    ("o06", "We came here to be safe", KHATIBS),
    ("o06", "He asks why people", ("Noor Khatib",)),
    ("o07", "I'm not moving", ("Renata Basco",)),
    ("o07", "He can come to me", ("Renata Basco",)),
    ("o07", "She's been at that booth", ("Gil Harwood",)),
    ("o07", "Fix the streets first", ("Renata Basco",)),
    ("o07", "Then cut the taxes", ("Gil Harwood",)),
    ("o07", "She tips better", ("Donna Pyle",)),
    ("o07", "He talks more", ("Donna Pyle",)),
    ("o07", "Gil doesn't need the job", ("Celeste", "Celeste Harwood")),
    ("o07", "He wants it", ("Celeste", "Celeste Harwood")),
    ("o07", "We're up four", ("Luis Ferreira",)),
    ("o07", "Their poll is a press release", ("Gil Harwood",)),
    ("o08", "This is a state that builds", ("Eleanor Whitford",)),
    ("o08", "Let's build something", ("Eleanor Whitford",)),
    ("o08", "We wanted the front row", STUDENTS),
    ("o08", "I'm registered now", ("Kiara Mensah",)),
    ("o08", "She was good, but", ("Tyler Brandauer",)),
    ("o08", "I'm running on my record", ("Roger Kettleman",)),
    ("o08", "People are responding", ("Tanya Bright",)),
    ("o08", "No more fracking", unnamed("protesters", "a dozen protesters")),
    ("o09", "I'm ashamed", ("Brent Coughlin",)),
    ("o09", "He has been in treatment", unnamed("his lawyer", "the lawyer")
     + office("Brent", "Coughlin", "lawyer")[:4]),
    ("o09", "I trusted Brent", ("Howard Medina",)),
    ("o09", "He was at my daughter's", ("Howard Medina",)),
    ("o09", "Restitution will matter", ("Ellen Sorensen",)),
    ("o09", "He's a good boy", ("Patricia", "Patricia Coughlin")),
    ("o09", "Every check now needs", office("Howard", "Medina", "office")),
    ("o10", "Nobody's coming back", unnamed("Several workers", "workers")),
    ("o10", "Cheap Chinese steel", ("Vivian Stroud",)),
    ("o10", "Cut what it costs", ("Mark Albers",)),
    ("o10", "Twenty-two years each", KOWALSKIS),
    ("o10", "I make half", ("Eddie Kowalski", "Eddie")),
    ("o10", "I asked them both", ("Joyce Tillman",)),
    ("o10", "Neither one answered", ("Joyce Tillman",)),
    ("o10", "Vivian has a plan", office("Vivian", "Stroud", "campaign")),
    ("o11", "Nobody disputes his record", SENATORS),
    ("o11", "The American people are voting", ("Gregory Lasko",)),
    ("o11", "The Constitution doesn't have", ("Patricia Munoz",)),
    ("o11", "I've read it", ("Patricia Munoz",)),
    ("o11", "His position is final", ("Brooke Ahearn",)),
    ("o11", "There will be no hearing", ("Walter Dunne",)),
    ("o11", "She has read it more often", ("Walter Dunne",)),
    ("o12", "We have voted in every", PFEIFFERS),
    ("o12", "This law was written", ("Dana Kessler",)),
    ("o12", "I showed them my Medicare", ("Herbert Pfeiffer",)),
    ("o12", "The bulletin was my idea", ("Lorraine Pfeiffer",)),
    ("o12", "The courts have spoken", ("Kurt Amundson",)),
    ("o12", "I called downtown twice", ("Gail Stenberg",)),
    ("o12", "My hands were tied", ("Arthur Neff",)),
]  # fmt: skip

WHY_70: dict[str, str] = {  # why each quotation on KNOWN_WRONG_70 is wrong
    "o03": (
        '"the younger Okerlund" is read as the one of that surname given an age ("Dale'
        ' Okerlund, 56"), though "His brother" is the subject before and no one is called'
        " the elder"
    ),
    "o08": (
        '"Outside the rally, a dozen protesters held signs. “No more fracking!” they'
        ' chanted": the splitter ends a sentence at the quotation\'s "!", so the sentence'
        ' before "they" is the quotation, and no group is read'
    ),
    "o09": (
        '"His lawyer said ... “...,” the lawyer said": an unnamed source shown by its bare'
        ' noun, "lawyer", not as whose lawyer'
    ),
}

KNOWN_WRONG_70 = known_wrong_from(  # what On Record gives, why
    WHY_70,
    [
        ("o03", "She's the only one", "Dale Okerlund"),
        ("o08", "No more fracking", None),
        ("o09", "He has been in treatment", "lawyer"),
    ],
)

test_probe_speaker_coref70_batch, test_coref70_batch_figure = judged_batch_tests(
    "coref70", PROBES, PROBES_70, KNOWN_WRONG_70, FIRST_JUDGED, size=104
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 046da432)

N = "\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Two county election officials, Recorder Ada Pruitt and elections director Wes"
         " Harlan, apologized on Wednesday." + N + "“We got it wrong,” the two officials said.",
         "Ada Pruitt"),
        ("Dale and Russ Orr have run a hardware store on Main Street since 1990."
         " “We agree on most things,” the brothers said.", "Dale Orr"),
        ("Two students, Kia Mensah and Ty Bell, had waited since dawn. “We wanted seats,”"
         " the pair said.", "Kia Mensah"),
        ("Two workers, brothers Ray and Eddie Kowal, stood at the back. “Twenty years each,”"
         " the brothers said.", "Ray Kowal"),
        ("The letter came from two governors, Al Hask of Kentucky and Tom Roe of Alabama."
         " “We want a pause,” the governors wrote.", "Al Hask"),
    ],
)  # fmt: skip
def test_a_plural_nominal_is_the_pair_named_just_before(text: str, speaker: str) -> None:
    """ "the two officials", "the brothers", "the pair", "the governors" speaking right
    after two people named together (in apposition to a plural, as a couple sharing a
    surname, a place beside each name) are that pair, the row the first's (main: a
    description, "two officials", "brothers", "pair", "governors")."""
    assert _speaker(text, "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Recorder Ada Pruitt and director Wes Harlan signed the order. Gov. Ray Toll"
         " objected. “We got it wrong,” the officials said.", "officials"),
        ("Dale and June Orr have run a store since 1990. “We agree,” the brothers said.",
         "brothers"),
        ("Ada Roe, Al Poe and Bo Lee met the mayor. “We agree,” the members said.", "members"),
        ("Cruz's lawyers filed a brief. The lawyers pointed to two former hopefuls, Sen. Al"
         " Roe of Arizona and Gov. Bo Poe, as examples. These sources, the lawyers said,"
         " “all command the same conclusion.”", "lawyers"),
    ],
)  # fmt: skip
def test_a_plural_nominal_is_no_pair_where_another_came_between_or_the_sexes_differ(
    text: str, speaker: str
) -> None:
    """No pair where someone else is named since ("Gov. Ray Toll objected"), where the
    noun's sex is not the pair's ("Dale and June Orr ... the brothers"), where the two end
    a list of three, or where the pair, neither opening its sentence nor set off after
    the noun, is what the lawyers spoke of (whole train: "the lawyers said" after "two
    former Republican hopefuls, Sen. John McCain ... and ... George Romney"): the plural
    stays a description."""
    assert _speaker(text, "") == speaker


def test_the_former_and_the_latter_of_two_named_with_their_states() -> None:
    """ "Al Hask of Kentucky and Tom Roe of Alabama ... said the former ... The latter ...
    he said": the place after each name leaves them a pair named together (main: "former"
    a description, and "he" Hask)."""
    text = (
        "Two governors, Al Hask of Kentucky and Tom Roe of Alabama, wrote to the president."
        " “I'll sign an order,” said the former. The latter was more cautious. “The law is"
        " against us,” he said."
    )
    assert (_speaker(text, "sign an order"), _speaker(text, "law is")) == ("Al Hask", "Tom Roe")
