"""attrib76: the thirtieth batch of invented probes (issue 15), about **the cue forms and
sources unseen news brings**: 25 US-politics stories in the genre of the held-out split
(invented people and events; President Obama in his public role) in many genres: wire copy
with datelines ("DES MOINES, Iowa (AP) —", "WASHINGTON (Reuters) -"), features, two live blogs
with timestamps, a Q:/A: interview, an opinion column quoting pundits, photo captions with
quotations, a headline quotation, a "What they're saying" roundup and a "Five takeaways"
list. Constructions: seldom cue forms ("texted", "wrote on X", "chimed in", "issued a
statement saying", "emailed:", "wrote back:", "shouted:", "called out", "Describing the plan
as “...”, Pell left", "Calling the briefing “...,” she said"); fronted place and time phrases
("In Sioux City on Friday, the state's Democratic Party chairwoman, Nadine Ekstrom, said",
"Six hundred miles east, in Santa Fe, ... said"); the addressee ("telling one of them:",
"Turning to her grandson, she said:", "He added, looking at his wife, Carol, ...:", "Then,
to her mother, ..., she said:"); several people in one sentence ("When she spoke of
Pembrook's record", "as the crowd applauded", "as Gundersen nodded", "Carrizales said of
Oberholt"); the speaker far from the cue (a long appositive); documents and organisations as
sources (an indictment, a lawsuit, a memo, a letter read aloud, a court opinion, a CBO score,
a union, a chamber of commerce, a party); a speech over several paragraphs with no cue after
the first (the convention of an unclosed paragraph).

Every person and event is invented, and every quotation is written for this batch. Every
expected speaker was written before On Record read the probes (the articles and this list
were committed first). A nominal speaker counts in either case of its first letter.
First judged on main (e2ccd5b): 234 of 254 right (7.9% wrong) by the list as committed;
four of the twenty are slips of the list, right in another form ("Westergaard office", "A 2014
report by the state's own Legislative Post Audit division", "State Department's environmental
review", "14-count indictment"), so 238 substantively (6.3% wrong). After the mends (a name
beside a noun past a role a place opens or an "of" joins: "The plaintiff, Illinois child
support specialist Dennis Varga,", "the aide, deputy chief of staff Marcus Tillery,"; "he"
after a fronted clause naming a woman and a man is the man; "with one of them, Sen. Carl
Dunmore of Minnesota, saying"; an organisation's name across a second "of": "The League of
Women Voters of Kansas"): 239 (5.9% wrong; 243 substantively, 4.3%).
The quotations still wrong are listed in KNOWN_WRONG_76 with what On Record gives and why;
the figure is printed by ``test_thirtieth_batch_figure`` (run with -s).
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_76, 2 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. The figure stays 240/254.
nextcue95: a noun for words said that no speech verb gives ("line", "verdict") is read as
its owner's words, as "reply" was: d02's "His closing line: “...”" comes off KNOWN_WRONG:
241/254.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, said_outside
from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_76.json")
FIRST_JUDGED = 234  # right on main e2ccd5b before any mend, of 254


OBAMA = ("Obama", "Barack Obama", "President Obama")
WESTERGAARD_MEMO = (
    "Harlan Westergaard",
    *_unnamed("a two-page memo", "the memo", "memo", "Westergaard's office"),
)
HOUSE_REPUBLICAN = _unnamed("one House Republican", "House Republican")
DEM_STRATEGIST = _unnamed("one senior Democratic strategist", "the strategist")
RURAL_SENATOR = _unnamed("a Republican senator from a rural state", "a Republican senator")
HEALTH_MEMO = ("Heritage Action", *_unnamed("the Heritage Action memo", "memo"))
CBO = ("CBO", *_unnamed("The CBO score", "CBO score", "score"))
OKOYE_MEMO = ("Reggie Okoye", *_unnamed("the memo", "memo", "a memo"))
HARRINGTON_AIDE = _unnamed("an aide to Harrington", "an aide", "aide")
IG_LETTER = ("Nadia Farouk", *_unnamed("the letter", "letter", "a letter"))
ACLU_SUIT = (
    "American Civil Liberties Union",
    "ACLU",
    *_unnamed("the lawsuit", "lawsuit"),
)
CLERK = _unnamed("a county clerk", "county clerk", "the complaint", "complaint")
AUDIT = (
    "Legislative Post Audit division",
    "Legislative Post Audit",
    *_unnamed(
        "a 2014 report", "report", "the report", "the state's own Legislative Post Audit division"
    ),
)
LINDA = ("Linda Hendershot", "Linda")
KYLE = ("Kyle Hendershot", "Kyle")
DON = ("Don Hendershot", "Don")
OPINION = ("Samuel Whitcombe", *_unnamed("the majority opinion", "majority opinion", "opinion"))
FOUR_DEMOCRATS = _unnamed(
    "four House Democrats from Arizona and New Mexico", "four House Democrats", "a letter", "letter"
)
OBAMA_LETTER = (*OBAMA, *_unnamed("the letter", "letter", "a letter"))
ADMIN_OFFICIAL = _unnamed("one senior administration official", "the official")
REVIEW = (
    "State Department",
    *_unnamed("the State Department's environmental review", "environmental review", "review"),
)
WH_AIDE = _unnamed("one White House aide", "White House aide", "the aide", "aide")
ANOTHER_AIDE = _unnamed("another aide", "aide")
INDICTMENT = (
    "Gil Abramowitz",
    *_unnamed("the 14-count indictment", "the indictment", "indictment"),
)
UAW = ("United Auto Workers", "UAW", *_unnamed("the union", "union"))
PATRICE = ("Patrice Donnelly", "Patrice")

PROBES_76: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("d01", "a betrayal of the families", ("Iowa Corn Growers Association",)),
    ("d01", "spends $950 billion", ("Harlan Westergaard",)),
    ("d01", "not a hard vote for me", ("Harlan Westergaard",)),
    ("d01", "turned his back on rural Iowa", ("Nadine Ekstrom",)),
    ("d01", "read the bill before", ("Caleb Rusk",)),
    ("d01", "disagree on this one", ("Mary Lou Tegeler",)),
    ("d01", "agree on the next one", ("Mary Lou Tegeler",)),
    ("d01", "told us he had our backs", ("Dean Vollmer",)),
    ("d01", "saw where his back was", ("Dean Vollmer",)),
    ("d01", "Some of us still like him", ("Jolene Haug",)),
    ("d01", "reward the biggest operations", WESTERGAARD_MEMO),
    ("d01", "some of you are mad", ("Harlan Westergaard",)),
    ("d01", "mad at me than broke", ("Harlan Westergaard",)),
    ("d02", "ours to make stronger", OBAMA),
    ("d02", "Another hour of promises", ("Ray Castellano",)),
    ("d02", "a road map, not a wish list", ("Deborah Lund",)),
    ("d02", "what we can do this year", ("Deborah Lund",)),
    ("d02", "border towns", ("Tomás Villareal",)),
    ("d02", "not the party of no", ("Annette Sorrell",)),
    ("d02", "a better yes", ("Annette Sorrell",)),
    ("d02", "Too soft", HOUSE_REPUBLICAN),
    ("d02", "auditioning for his cabinet", HOUSE_REPUBLICAN),
    ("d02", "renewed commitment to trade", ("U.S. Chamber of Commerce", "Chamber of Commerce")),
    ("d02", "the line about veterans", ("Ray Castellano",)),
    ("d02", "fastest pace since 2008", ("Lindsay Orr",)),
    ("d03", "Because I said I would", ("Colleen Dufresne",)),
    ("d03", "expecting a garden party", ("Colleen Dufresne",)),
    ("d03", "a rubber stamp for the leadership", ("Dirk Hallstrom",)),
    ("d03", "Dirk said a lot of things", ("Colleen Dufresne",)),
    ("d03", "someone under 40", ("Colleen Dufresne",)),
    ("d03", "Wyatt is terrific", ("Colleen Dufresne",)),
    ("d03", "flattered but not surprised", ("Wyatt Balsam",)),
    ("d03", "kept her cards close", ("Wyatt Balsam",)),
    ("d04", "People think this is about money", ("Bev Sandusky",)),
    ("d04", "Lincoln Day dinners", ("Bev Sandusky",)),
    ("d04", "not wrong", ("Gary Pfister",)),
    ("d04", "called me at 6 in the morning", ("Owen Mattingly",)),
    ("d04", "Owen, you are running", ("Bev Sandusky",)),
    ("d04", "a one-woman machine", ("Rick Abernathy",)),
    ("d04", "I said it, and I meant it", ("Rick Abernathy",)),
    ("d04", "Friends lose fights", ("Bev Sandusky",)),
    ("d04", "Boys, what do we think", ("Bev Sandusky",)),
    ("d04", "Whoever you think", ("Gary Pfister",)),
    ("d05", "a ballerina", ("Dale Pruitt",)),
    ("d05", "Obamacare with a different logo", HEALTH_MEMO),
    ("d05", "Watch them eat each other", DEM_STRATEGIST),
    ("d05", "too small to matter", ("Avik Randhawa",)),
    ("d05", "a bronze plan in Manhattan", ("Avik Randhawa",)),
    ("d05", "lowers premiums, period", ("Erin Baskette",)),
    ("d05", "in the near term", CBO),
    ("d05", "wrong before", ("Colin Ryder",)),
    ("d05", "pick which scorekeeper", RURAL_SENATOR),
    ("d06", "on every ballot", ("Nell Brightwater",)),
    ("d06", "the long game is the only game", ("Nell Brightwater",)),
    ("d06", "We are not going anywhere", ("Nell Brightwater",)),
    ("d06", "we are going everywhere", ("Nell Brightwater",)),
    ("d06", "1 percent of the delegates", OKOYE_MEMO),
    ("d06", "compete for the other 99", OKOYE_MEMO),
    ("d06", "to start coming together", ("Clay Harrington",)),
    ("d06", "her decision", ("Clay Harrington",)),
    ("d06", "I like my chances here", ("Clay Harrington",)),
    ("d06", "splits the vote we need", HARRINGTON_AIDE),
    ("d06", "every primary since 1968", ("Doris Lefebvre",)),
    ("d06", "made me cry", ("Doris Lefebvre",)),
    ("d07", "nothing we couldn", ("Carl Dunmore",)),
    ("d07", "a list of hopes", ("Alan Pell",)),
    ("d07", "sat through a lot of these", ("Alan Pell",)),
    ("d07", "thinner than most", ("Alan Pell",)),
    ("d07", "substantive and sobering", ("Rita Okonjo",)),
    ("d07", "briefed the Senate fully", ("Howard Lemke",)),
    ("d07", "characterize what happened", ("Jenna Maldonado",)),
    ("d07", "strategy hasn", ("Jenna Maldonado",)),
    ("d07", "Write this down", ("Douglas Farrow",)),
    ("d07", "If the generals don", ("Douglas Farrow",)),
    ("d08", "read this bill three times", ("Terrence Ames",)),
    ("d08", "acting in good faith", ("Terrence Ames",)),
    ("d08", "will not expand here", ("Terrence Ames",)),
    ("d08", "So I am vetoing it", ("Terrence Ames",)),
    ("d08", "no surprise and no obstacle", ("Phil Tarkington",)),
    ("d08", "We have the votes", ("Phil Tarkington",)),
    ("d08", "shown more courage", ("Darla Nwosu",)),
    ("d08", "attention to the state", ("N.C. Chamber",)),
    ("d09", "Need this done by Friday", ("Marcus Tillery",)),
    ("d09", "finished the review", ("Angela Ruiz",)),
    ("d09", "Then finish it", ("Marcus Tillery",)),
    ("d09", "no involvement in procurement", ("Jerome Pike",)),
    ("d09", "Who exactly is the boss", ("Sofia Brennan",)),
    ("d09", "legal, disclosed and irrelevant", ("Patricia Sheng",)),
    ("d09", "did nothing wrong", ("Ed Kaminski",)),
    ("d09", "if true, would be serious", IG_LETTER),
    ("d10", "his legacy in Hampton Roads", ("Cheryl Acheson",)),
    ("d10", "take a pothole over a tax hike", ("Lowell Pembrook",)),
    ("d10", "career politicians", ("Theo Raskin",)),
    ("d10", "had their chance", ("Theo Raskin",)),
    ("d10", "running for something since", ("Theo Raskin",)),
    ("d10", "And winning", ("Lowell Pembrook",)),
    ("d10", "agree with everything Theo said", ("Ronnie Gaskins",)),
    ("d10", "You didn", ("Lowell Pembrook",)),
    ("d10", "strongest bill that can pass", ("Cheryl Acheson",)),
    ("d10", "taken every punch", ("Nick Auletta",)),
    ("d10", "He threw a pothole", ("Jill Corrado",)),
    ("d11", "disenfranchised more than 30,000", ACLU_SUIT),
    ("d11", "turned a paperwork requirement", ("Dahlia Mirza",)),
    ("d11", "a publicity stunt", ("Dwight Kellerman",)),
    ("d11", "will not apologize", ("Dwight Kellerman",)),
    ("d11", "never met an election safeguard", ("Kansas Republican Party",)),
    ("d11", "in suspense", CLERK),
    ("d11", "no measurable effect", AUDIT),
    ("d11", "vanishingly rare", AUDIT),
    ("d11", "hundreds of frustrated citizens", ("League of Women Voters of Kansas",)),
    ("d11", "not a citizen anymore", ("Marla Jennings",)),
    ("d11", "born in Hutchinson", ("Marla Jennings",)),
    ("d12", "felt better about a turnout model", ("Ashanti Greer",)),
    ("d12", "staring at their phones", ("Peggy Stroud",)),
    ("d12", "DeKalb always reports first", ("Trey Bowden",)),
    ("d12", "are you ready", ("Dolores Kinard",)),
    ("d12", "people of Georgia have spoken", ("Buck Halloran",)),
    ("d12", "going home", ("Buck Halloran",)),
    ("d12", "Georgia wasn", ("Maya Trevino",)),
    ("d12", "Georgia was ready", ("Maya Trevino",)),
    ("d12", "Mama, we did it", ("Maya Trevino",)),
    ("d13", "218 phone calls", ("Kent Ridgeway",)),
    ("d13", "Cancel the party", ("Kent Ridgeway",)),
    ("d13", "in shock", ("Lynette Faircloth",)),
    ("d13", "Nobody saw this coming", ("Lynette Faircloth",)),
    ("d13", "very confident", ("Kent Ridgeway",)),
    ("d13", "an opportunity, not a crisis", ("Brock Dannemiller",)),
    ("d13", "until a successor is chosen", ("Gene Whitlock",)),
    ("d13", "government still needs funding", ("Joaquin Estrada",)),
    ("d13", "Absolutely not", ("Brock Dannemiller",)),
    ("d13", "a backbencher and proud", ("Brock Dannemiller",)),
    ("d14", "getting ugly", LINDA),
    ("d14", "stopped coming for a month", LINDA),
    ("d14", "punishing her", KYLE),
    ("d14", "needed a break", KYLE),
    ("d14", "car salesmen", DON),
    ("d14", "selling a car I can", DON),
    ("d14", "a car that doesn", DON),
    ("d14", "would have hated this man", ("Irene Kopecky",)),
    ("d14", "Grandpa hated everybody", KYLE),
    ("d14", "more alike than either", DON),
    ("d14", "both stubborn", DON),
    ("d14", "We do not", LINDA),
    ("d14", "every point in York", ("Renata Faulk",)),
    ("d15", "violates the free speech rights", OPINION),
    ("d15", "weaponized the First Amendment", ("Ruth Ainsley-Moreau",)),
    ("d15", "wreak havoc", ("Ruth Ainsley-Moreau",)),
    ("d15", "a political attack dressed up", ("Rhoda Kleinfeld",)),
    ("d15", "a historic victory", ("National Right to Work Committee",)),
    ("d15", "without paying for somebody", ("Dennis Varga",)),
    ("d15", "siding with corporate interests", ("Paul Tremont",)),
    ("d15", "great day for Illinois taxpayers", ("Bruce Kittredge",)),
    ("d15", "We will organize", ("Illinois Education Association",)),
    ("d15", "adapt, as they always have", ("Tom Pedersen",)),
    ("d16", "asked for help for years", ("Nancy Oberholt",)),
    ("d16", "getting it", ("Nancy Oberholt",)),
    ("d16", "no emergency at our border", ("Luis Carrizales",)),
    ("d16", "emergency of rhetoric", ("Luis Carrizales",)),
    ("d16", "temporary and supportive", ("Ellen Marchbanks",)),
    ("d16", "tomatoes rot", ("Arturo Zavala",)),
    ("d16", "a solution in search of a problem", FOUR_DEMOCRATS),
    ("d16", "take any help I can get", ("Mark Brandau",)),
    ("d16", "playing cop", ("Mark Brandau",)),
    ("d16", "disagree on this", ("Luis Carrizales",)),
    ("d16", "favorite Republican", ("Luis Carrizales",)),
    ("d17", "never cared who got the credit", ("Margaret Lowry",)),
    ("d17", "whether the bridge got built", ("Margaret Lowry",)),
    ("d17", "count votes before I counted", ("Margaret Lowry",)),
    ("d17", "baked bean suppers", ("Margaret Lowry",)),
    ("d17", "made pancakes for all six", ("Paul Thibodeau",)),
    ("d17", "That was the whole speech", ("Paul Thibodeau",)),
    ("d17", "decency is not weakness", OBAMA_LETTER),
    ("d17", "fair and square", ("Alden Frye",)),
    ("d17", "advice on fishing regulations", ("Alden Frye",)),
    ("d18", "Nobody wanted to own this one", ADMIN_OFFICIAL),
    ("d18", "oven mitts", ADMIN_OFFICIAL),
    ("d18", "leaving that room", ("Dennis Kowalski",)),
    ("d18", "no significant impact", REVIEW),
    ("d18", "people who wanted a particular answer", ("Bill Thornquist",)),
    ("d18", "Not denial", WH_AIDE),
    ("d18", "looks a lot like a denial", ANOTHER_AIDE),
    ("d18", "letting activists make energy policy", ("Lisa Varnum",)),
    ("d18", "a 1,200-mile mistake", ("Tim Holbrook",)),
    ("d18", "following the process", ("Jenna Maldonado",)),
    ("d19", "Every page", ("Walt Rennick",)),
    ("d19", "tell them what the unfunded liability", ("Walt Rennick",)),
    ("d19", "Sixty-one billion,", ("Sheila Abernathy",)),
    ("d19", "talk to me about process", ("Walt Rennick",)),
    ("d19", "angry because he", ("Ken Odhiambo",)),
    ("d19", "be smiling", ("Ken Odhiambo",)),
    ("d19", "great respect for the press", ("Dan Crowell",)),
    ("d19", "respect for arithmetic", ("Dan Crowell",)),
    ("d19", "You tell me what", ("Walt Rennick",)),
    ("d19", "by the busload", ("Tamika Burrell",)),
    ("d19", "count those too", ("Tamika Burrell",)),
    ("d20", "in politics since before", ("Eric Gundersen",)),
    ("d20", "tell you what she", ("Eric Gundersen",)),
    ("d20", "talk about Wisconsin", ("Wilma Pratt",)),
    ("d20", "Eric can talk about me", ("Wilma Pratt",)),
    ("d20", "not for sale", ("Wilma Pratt",)),
    ("d20", "Not in its current form", ("Eric Gundersen",)),
    ("d20", "a bad deal for Wisconsin", ("Wilma Pratt",)),
    ("d20", "Eric and I agree", ("Wilma Pratt",)),
    ("d20", "dodging. Again", ("Noah Brill",)),
    ("d20", "Eric is losing", ("Tiana Lowe",)),
    ("d21", "a toss-up, and anyone", ("Luis Amaya",)),
    ("d21", "women in Scottsdale", ("Barrett Shoup",)),
    ("d21", "not even close", ("Barrett Shoup",)),
    ("d21", "make that decision when I make it", ("Jim Vandeveer",)),
    ("d21", "compete in every county", ("Alexis Duran",)),
    ("d21", "Even Mohave", ("Alexis Duran",)),
    ("d21", "a reach state", ("Ross Kinley",)),
    ("d21", "young", ("Maria Elena Cardenas",)),
    ("d21", "registered", ("Maria Elena Cardenas",)),
    ("d22", "a very talented young man", INDICTMENT),
    ("d22", "pay-to-play", ("Regina Kowal",)),
    ("d22", "belongs to 400,000 retirees", ("Regina Kowal",)),
    ("d22", "never took a dime", ("Stuart Melnick",)),
    ("d22", "Hartwell gets the allocation", INDICTMENT),
    ("d22", "deeply disappointed", ("Lorraine Castiglione",)),
    ("d22", "one-party rule", ("Ed Pasquarelli",)),
    ("d22", "done nothing improper", ("Nina Sorensen",)),
    ("d23", "I get carsick", ("Ray Donnelly",)),
    ("d23", "thinks this is hilarious", ("Ray Donnelly",)),
    ("d23", "It is hilarious", PATRICE),
    ("d23", "a good man who had a long career", ("Ray Donnelly",)),
    ("d23", "have a short one", ("Ray Donnelly",)),
    ("d23", "Then why run", ("Tim Brubaker",)),
    ("d23", "guys like you", ("Ray Donnelly",)),
    ("d23", "Nobody in Clinton", ("Ray Donnelly",)),
    ("d23", "going to Clinton", ("Olivia Strand",)),
    ("d23", "as dull as they say", ("Marjorie Gault",)),
    ("d23", "Duller", ("Marjorie Gault",)),
    ("d23", "vote for him anyway", ("Marjorie Gault",)),
    ("d24", "provides the certainty", ("Alliance for Automotive Innovation",)),
    ("d24", "Clean cars are good jobs", UAW),
    ("d24", "puts both at risk", UAW),
    ("d24", "a world that doesn", ("Carl Dettweiler",)),
    ("d24", "common sense", ("Sharon Pike",)),
    ("d24", "see them in court", ("Marisol Cuevas",)),
    ("d24", "we've won", ("Marisol Cuevas",)),
    ("d24", "Emissions Promotion Agency", ("Aaron Wexler",)),
    ("d24", "continue to build cleaner", ("Ford Motor Co.", "Ford")),
    ("d24", "save us jobs", ("Denise Kowalczyk",)),
    ("d24", "Nobody asked us", ("Denise Kowalczyk",)),
    ("d25", "exactly who this plan is for", OBAMA),
    ("d25", "Forty years ago", OBAMA),
    ("d25", "as free and universal", OBAMA),
    ("d25", "afford not to", OBAMA),
    ("d25", "hands were shaking", ("Keisha Redd",)),
    ("d25", "You did great", OBAMA),
    ("d25", "another federal promise", ("Dale Harcourt",)),
    ("d25", "supports paying for things", ("Ty Brennan",)),
    ("d25", "nothing but this", ("Joyce Bellamy",)),
]

KNOWN_WRONG_76: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("d01", "reward the biggest operations"): (
        "Westergaard office",
        'right in another form ("Westergaard\'s office ... released a two-page memo that said")',
    ),
    ("d02", "the line about veterans"): (
        "this time on Facebook",
        'live-blog entry "Castellano again, this time on Facebook: “...”": a name, an aside, '
        "a colon and no verb; the aside is read as the speaker",
    ),
    ("d05", "Obamacare with a different logo"): (
        "house offices",
        '"the Heritage Action memo circulated to House offices this week, which called the '
        'bill “...”": the relative "which" is read as the participle\'s object, not the memo',
    ),
    ("d05", "in the near term"): (
        None,
        '"The CBO score ... says .... It estimates ..., and it says premiums would rise “...”": '
        '"it" for a document is not resolved',
    ),
    ("d11", "no measurable effect"): (
        "A 2014 report by the state's own Legislative Post Audit division",
        "right in another form (the report's whole phrase; a slip of the list)",
    ),
    ("d11", "vanishingly rare"): (
        "A 2014 report by the state's own Legislative Post Audit division",
        "right in another form, as the one before",
    ),
    ("d18", "no significant impact"): (
        "State Department's environmental review",
        'right in another form (the list has it with "the"; a slip of the list)',
    ),
    ("d22", "a very talented young man"): (
        "14-count indictment",
        "right in another form (the indictment as the source; a slip of the list)",
    ),
    ("d23", "It is hilarious"): (
        "his wife",
        '"His wife, Patrice, ...: “...,” she said": the name lists give "Patrice" as a man\'s, '
        'and the kin noun\'s sex does not overrule them there, so "she" passes the name for '
        'the nominal ("His wife, Jane," is right)',
    ),
    ("d24", "Clean cars are good jobs"): (
        "Alliance for Automotive Innovation",
        '"The United Auto Workers was less enthusiastic. “...,” the union said": "the union" '
        "is not linked to the workers' union named just before",
    ),
    ("d24", "puts both at risk"): ("Alliance for Automotive Innovation", "as the one before"),
}

OUTER_76 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('d04', 'Owen, you are running'): ('Owen Mattingly',),
    ('d25', 'You did great'): ('Keisha Redd',),
}  # fmt: skip

test_probe_speaker_thirtieth_batch, test_thirtieth_batch_figure = judged_batch_tests(
    "probes76",
    PROBES,
    said_outside(PROBES_76, OUTER_76),
    KNOWN_WRONG_76,
    FIRST_JUDGED,
    size=len(PROBES_76),
)


def test_a_name_after_a_role_with_a_place_or_an_of_is_the_nouns_name() -> None:
    """ "The plaintiff, Chicago lawyer Ann Roe, said" and "the aide, deputy chief of staff
    Ray Olson, texted": the name set beside the noun speaks, past a role that a place opens
    or an "of" joins; not the bare noun."""
    text = "The plaintiff, Chicago lawyer Ann Roe, told us, \u201cI want my day in court.\u201d"
    assert _speaker(text, "my day in court") == "Ann Roe"
    text = "\u201cGet it done,\u201d the aide, deputy chief of staff Ray Olson, texted an official."
    assert _speaker(text, "Get it done") == "Ray Olson"


def test_he_after_a_clause_naming_a_woman_and_a_man_is_the_man() -> None:
    """ "After Ann Marsh accused Ray Olson of ducking, he said, “...”": the fronted clause
    names a woman and a man, so "he" is the man there, not the man quoted before."""
    text = (
        "Ray Olson spoke first. \u201cI am ready,\u201d he said. Ann Marsh spoke next. "
        "\u201cHe is not,\u201d she said. Ken Dale agreed. \u201cWe will see,\u201d he said. "
        "After Marsh accused Olson of ducking the question, he said, \u201cI answered it.\u201d"
    )
    assert _speaker(text, "I answered it") == "Ray Olson"


def test_one_of_them_named_beside_a_with_clause_speaks() -> None:
    """ "..., with one of them, Sen. Ray Olson of Utah, saying “...”": the member named in
    the appositive speaks; unnamed ("one of them, a Democrat,") the group does."""
    text = (
        "Several senators left the hearing early, with one of them, Sen. Ray Olson of Utah, "
        "saying the witnesses had offered \u201cnothing new.\u201d"
    )
    assert _speaker(text, "nothing new") == "Ray Olson"
    text = (
        "Several senators left the hearing early, with one of them, a Democrat, saying the "
        "witnesses had offered \u201cnothing new.\u201d"
    )
    assert _speaker(text, "nothing new").lower() == "several senators"


def test_an_organisation_named_across_two_ofs() -> None:
    """ "The League of Women Voters of Ohio said": the name runs across both "of"s."""
    text = "The League of Women Voters of Ohio said the rule was \u201ca barrier.\u201d"
    assert _speaker(text, "a barrier") == "League of Women Voters of Ohio"
