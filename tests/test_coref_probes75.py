"""coref75: invented probes for quotations whose speaker is a pronoun or a nominal, a batch
after coref74: 12 stories (97 quotations) in the held-out split's genre (2016 US political
news: two men in a Pennsylvania House race, two Democratic women in a Miami primary, two
former Kansas governors on Trump, union canvassers in Las Vegas, College Republicans at Iowa
State, a candidate's wife in Ohio, a Senate debate called off in North Carolina, two former
Marines running for governor of New Hampshire, early voting in Maricopa County, a Flint state
Senate race, a Denver caucus, a sheriff and a county attorney on the border wall), every
person and every quotation invented. The kinds: chains of "he"/"she" over paragraphs with
two people of the same sex (Hartsell and Pascoe, Quintero and Sorensen, Saulnier and Greaves,
Tolliver and Kowalczyk, Espino and Castaneda); nominals repeating a role or an age stated
before ("the challenger", "the congressman", "the 66-year-old", "the 41-year-old", "the
lawmaker", "the former commissioner", "the spokesman", "the senator", "the former treasurer",
"the mayor", "the councilor", "the 54-year-old", "the recorder", "the sheriff", "the county
attorney"); a nominal that fits two people ("the former governor" for either of two former
governors, "the former Marine" for either of two former Marines); a person introduced by a
role only and named later ("a hotel housekeeper ... The housekeeper, Teresa Molina, 38,",
"The precinct captain ... a retired librarian named Wanda Pettis", "a cook ... He gave his
name as Ramon Duarte"); "his wife", "the candidate", "Mrs. Darnell" and a son named after a
kin word; plural "they" for a group ("The eleven members who voted to endorse", "Two freshmen
..., Tyler Moen and Jake Halvers", "Two sisters ..., Rosa and Imelda Garza", "The two men").

Judging rules, coref74's as coref95 revised them, written with the stories before On Record
read them (committed first): a named person is right only as the name the article writes for
them in full (no title); one named by a given name after a kin word ("Their son, Kyle,") as
that name or with the family's surname; "Mrs. X" as the wife the article names; a description
or role for someone the article names, before or after, is wrong (never a description, never
None); an unnamed person as a phrase the article uses for them; a group speaking together as
a phrase the article uses for it, with or without its article and in either case of its first
letter, or as any one of its named people, never None.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from, unnamed

PROBES = batch("coref_probes_75.json")
FIRST_JUDGED = 0  # set once judged: right on the stories' commit before any mend, of 97

ELEVEN = unnamed(
    "The eleven members who voted to endorse", "the eleven members", "eleven members",
    "the members", "members",
)  # fmt: skip
FRESHMEN = (
    *unnamed("Two freshmen who voted to endorse", "Two freshmen", "freshmen", "the freshmen"),
    *("Tyler Moen", "Jake Halvers", "Tyler Moen and Jake Halvers"),
)
GARZAS = (
    *unnamed("Two sisters from Glendale", "Two sisters", "the sisters", "sisters"),
    *("Rosa Garza", "Imelda Garza", "Rosa and Imelda Garza", "the Garzas", "Garzas"),
)
TWO_MEN = (*unnamed("The two men", "two men", "men"), "Tom Espino", "Ruben Castaneda")
FIREFIGHTER = unnamed(
    "a retired firefighter", "the firefighter", "firefighter", "retired firefighter",
    "A Republican volunteer working the same neighborhood", "a Republican volunteer",
)  # fmt: skip
SPOKESWOMAN = unnamed(
    "A Clinton campaign spokeswoman", "the spokeswoman", "spokeswoman",
    "Clinton campaign spokeswoman",
)  # fmt: skip
KYLE = ("Kyle Darnell", "Kyle")
PROBES_75: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ("c01", "I fought for that mill", ("Glenn Hartsell",)),
    ("c01", "Nobody in Washington worked harder", ("Glenn Hartsell",)),
    ("c01", "He fought for the owners", ("Owen Pascoe",)),
    ("c01", "That's a lie, and he knows it", ("Glenn Hartsell",)),
    ("c01", "They don't want speeches", ("Owen Pascoe",)),
    ("c01", "They want a plan", ("Owen Pascoe",)),
    ("c01", "I can't force a company to stay", ("Glenn Hartsell",)),
    ("c01", "Then what's the job for?", ("Owen Pascoe",)),
    ("c02", "I've passed eleven bills", ("Maribel Quintero",)),
    ("c02", "Janet passed zero", ("Maribel Quintero",)),
    ("c02", "I wasn't in the Legislature", ("Janet Sorensen",)),
    ("c02", "I was filling potholes", ("Janet Sorensen",)),
    ("c02", "She voted for every one", ("Maribel Quintero",)),
    ("c02", "Ask the people on the 8 bus", ("Janet Sorensen",)),
    ("c02", "They're both good", ("Lucia Barrios",)),
    ("c02", "That's the problem", ("Lucia Barrios",)),
    ("c02", "We're friends", ("Maribel Quintero",)),
    ("c02", "We'll be friends on August 31", ("Maribel Quintero",)),
    ("c03", "I've voted Republican for fifty years", ("Dale Whitmer",)),
    ("c03", "I'm not stopping now", ("Dale Whitmer",)),
    ("c03", "I can't tell my granddaughters", ("Ardis Kemper",)),
    ("c03", "Ardis has her reasons", ("Dale Whitmer",)),
    ("c03", "I have mine", ("Dale Whitmer",)),
    ("c03", "There's always a write-in line", ("Ardis Kemper",)),
    ("c03", "They built this party", ("Lowell Aschberg",)),
    ("c03", "Kansas will go Republican", ("Dale Whitmer",)),
    ("c03", "It always does", ("Dale Whitmer",)),
    ("c04", "If we don't vote, they win", ("Teresa Molina",)),
    ("c04", "My feet hurt", ("Teresa Molina",)),
    ("c04", "They hurt more when", ("Teresa Molina",)),
    ("c04", "Teresa talks, I write", ("Ramon Duarte",)),
    ("c04", "Nobody outworks the Culinary", ("Yvonne Halloran",)),
    ("c04", "They knock, we knock", FIREFIGHTER),
    ("c04", "Then I'm sleeping for a week", ("Teresa Molina",)),
    ("c05", "We're conservatives first", ("Caleb Dykstra",)),
    ("c05", "We'll campaign for him on our own", ELEVEN),
    ("c05", "It wasn't about Trump the man", ("Abby Renfro",)),
    ("c05", "It was about what he's said", ("Abby Renfro",)),
    ("c05", "We joined to help Republicans win", FRESHMEN),
    ("c05", "Students vote how they vote", ("Neal Brackett",)),
    ("c05", "Some of them were from alumni", ("Caleb Dykstra",)),
    ("c05", "Most were from people", ("Caleb Dykstra",)),
    ("c06", "I'm a builder, not a talker", ("Wes Darnell",)),
    ("c06", "Wes has built half the houses", ("Colleen Darnell",)),
    ("c06", "He can build a budget", ("Colleen Darnell",)),
    ("c06", "She's the reason I'm running", ("Wes Darnell",)),
    ("c06", "Dad hates this part", KYLE),
    ("c06", "Mom loves it", KYLE),
    ("c06", "He has no record to run on", ("Ilene Forsythe",)),
    ("c06", "Neither did she, twelve years ago", ("Colleen Darnell",)),
    ("c07", "The other side keeps changing", ("Brent Okafor",)),
    ("c07", "We're done negotiating", ("Brent Okafor",)),
    ("c07", "They turned down both", ("Brent Okafor",)),
    ("c07", "He's hiding", ("Lynn Bradbury",)),
    ("c07", "North Carolina deserves", ("Lynn Bradbury",)),
    ("c07", "We have the e-mail", ("Terrence Vail",)),
    ("c07", "I've been in more debates", ("Hollis Grange",)),
    ("c07", "It was a dumb thing to say", ("Hollis Grange",)),
    ("c07", "It's not the first time", ("Lynn Bradbury",)),
    ("c08", "The drugs come up Route 3", ("Ted Saulnier",)),
    ("c08", "We're going to stop them there", ("Ted Saulnier",)),
    ("c08", "You can't arrest your way", ("Paul Greaves",)),
    ("c08", "Tell that to the families", ("Ted Saulnier",)),
    ("c08", "Danny was a good kid", ("Paul Greaves",)),
    ("c08", "He got hurt at work", ("Paul Greaves",)),
    ("c08", "There are three hundred people", ("Paul Greaves",)),
    ("c08", "Nobody in this race has a monopoly", ("Ted Saulnier",)),
    ("c09", "The board gave me half", ("Adele Fontaine",)),
    ("c09", "She's blaming us", ("Victor Salas",)),
    ("c09", "I can't open polling sites", ("Adele Fontaine",)),
    ("c09", "We waited four hours", GARZAS),
    ("c09", "We learned", GARZAS),
    ("c09", "Nobody should faint", SPOKESWOMAN),
    ("c09", "With my receipts", ("Adele Fontaine",)),
    ("c10", "She sat on the committee", ("Denise Tolliver",)),
    ("c10", "I got $28 million", ("Renee Kowalczyk",)),
    ("c10", "What did she do?", ("Renee Kowalczyk",)),
    ("c10", "I carried them up the porch steps", ("Denise Tolliver",)),
    ("c10", "Passing out water is not a plan", ("Renee Kowalczyk",)),
    ("c10", "She brought me water", ("Ernestine Pugh",)),
    ("c10", "I don't need a lecture", ("Renee Kowalczyk",)),
    ("c11", "We ran out of sign-in sheets", ("Wanda Pettis",)),
    ("c11", "I sent my husband for more", ("Wanda Pettis",)),
    ("c11", "I've never seen anything like this", ("Wanda Pettis",)),
    ("c11", "She's the one who can win", ("Marcus Oduya",)),
    ("c11", "Bernie's the only one", ("Greg Tamblyn",)),
    ("c11", "I'm a Democrat", ("Marcus Oduya",)),
    ("c11", "I vote blue", ("Marcus Oduya",)),
    ("c11", "That's it", ("Wanda Pettis",)),
    ("c11", "Go home", ("Wanda Pettis",)),
    ("c12", "We catch them, we let them go", ("Tom Espino",)),
    ("c12", "He knows it won't stop anybody", ("Ruben Castaneda",)),
    ("c12", "It's a campaign ad", ("Ruben Castaneda",)),
    ("c12", "I've walked that river", ("Tom Espino",)),
    ("c12", "We'll see them in court", ("Ruben Castaneda",)),
    ("c12", "Both of them are my friends", ("Alma Reyna",)),
    ("c12", "Washington doesn't listen to us", TWO_MEN),
]  # fmt: skip

WHY_75: dict[str, str] = {}  # why each quotation on KNOWN_WRONG_75 is wrong (once judged)

KNOWN_WRONG_75 = known_wrong_from(WHY_75, [])

test_probe_speaker_coref75_batch, test_coref75_batch_figure = judged_batch_tests(
    "coref75", PROBES, PROBES_75, KNOWN_WRONG_75, FIRST_JUDGED, size=97
)
