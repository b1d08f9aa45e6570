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
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from, unnamed

PROBES = batch("coref_probes_70.json")
FIRST_JUDGED = 0  # right on main (046da432, stories committed first) before any mend, of 104


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

WHY_70: dict[str, str] = {}  # why each quotation on KNOWN_WRONG_70 is wrong

KNOWN_WRONG_70 = known_wrong_from(WHY_70, [])  # what On Record gives, why

test_probe_speaker_coref70_batch, test_coref70_batch_figure = judged_batch_tests(
    "coref70", PROBES, PROBES_70, KNOWN_WRONG_70, FIRST_JUDGED, size=104
)
