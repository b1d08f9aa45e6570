"""orgs58: a batch of invented probes where organisations speak: 15 stories in the genre of
the held-out split (US politics news, 2015-16 style; every organisation, person and event
invented): a campaign's text message and statement ("his campaign sent a text message ...
the message read", in a story that names "Super Tuesday"), a House committee's report ("the
report states", "It adds:"), an agency and its "it" ("the EPA said", "it said"), a company
("the company said", "Norcastle said"), a union with an abbreviation the article introduces
("(SWUA) ... the SWUA said"), a newspaper's editorial board ("the Ledger's editorial board
wrote", "the paper said"), a campaign's lawsuit ("the complaint says", "it continues"), a
super PAC's ad ("a narrator says in the ad", "the group said"), a panel's memo read by "it"
("Thursday's memo from the panel ... it stated"), an outlet's "it" ("when it published ...
“...,” it wrote"), a foundation named with a relative "that", a commission's and committee's
abbreviations ("the FEC", "the DCCC", "the RNC"), a research center's survey report, a
live blog of reactions, and a union's questionnaire ("One question asks:").

Every expected speaker was written before On Record read the probes (the articles and this
list were committed first). An organisation counts in any of its names the article uses
(full name, short name, abbreviation, with or without "the"). First judged on main
(34bcd62): 58 of 68 (o01's "his campaign" was right already: the story writes no lone
"Tuesday" outside a quotation). After the mends, 59: "the complaint says" speaks for the
campaign that sued. Since cuelex95 (every speech verb's -s form made from its lemma), 63:
"“...,” it continues" is a cue. The quotations still wrong are listed in KNOWN_WRONG_58 with
what On Record gives and why; the figure is printed by ``test_org_batch_figure`` (-s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests

PROBES = batch("org_probes_58.json")
FIRST_JUDGED = 58  # right on main 34bcd62 before any mend, of 68


def _forms(*names: str) -> tuple[str, ...]:
    """Each name as written, and with "the"/"The" before it."""
    return tuple(f for n in names for f in (n, "the " + n, "The " + n))


HARWICK_CAMPAIGN = _forms("Harwick campaign", "Harwick’s campaign", "Harwick's campaign")
MARCHETTI_CAMPAIGN = _forms("Marchetti campaign", "Marchetti’s campaign")
OVERSIGHT = _forms("House Oversight Committee", "Oversight Committee")
GSA = _forms("General Services Administration", "GSA")
EPA = _forms("Environmental Protection Agency", "EPA")
COAL = _forms("National Coal Producers Council")
NORCASTLE = _forms(
    "Norcastle Energy Corp.", "Norcastle Energy Corp", "Norcastle Energy", "Norcastle"
)
SWUA = _forms("Service Workers Union of America", "SWUA")
LEDGER = _forms(
    "Granite Ledger", "Ledger", "Ledger’s editorial board", "Granite Ledger’s editorial board"
)
CALLOWAY_CAMPAIGN = _forms("Calloway campaign", "Calloway’s campaign")
ASE = _forms("Americans for a Strong Economy")
PANEL = _forms("House Select Committee on Energy Security", "Select Committee on Energy Security")
STATE = _forms("State Department")
COURIER = _forms("Fairview Courier-Journal", "Courier-Journal")
MARLOW = _forms("Marlow Foundation")
DELANEY = _forms("Delaney Trust")
RNC = _forms("Republican National Committee", "RNC")
FEC = _forms("Federal Election Commission", "FEC")
DCCC = _forms("Democratic Congressional Campaign Committee", "DCCC")
MERIDIAN = _forms("Meridian Research Center", "Meridian")
WHITE_HOUSE = _forms("White House")
AFL = _forms("AFL-CIO")
GRAINCO = _forms("Grainco Holdings", "Grainco")
CHAMBER = _forms("Chamber of Commerce", "Chamber")
KTF = _forms("Keystone Teachers Federation")

PROBES_58: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("o01", "most important day", HARWICK_CAMPAIGN),
    ("o01", "Bring three friends", HARWICK_CAMPAIGN),
    ("o01", "not expecting to win everywhere", ("Tom Harwick",)),
    ("o01", "fired up and ready", HARWICK_CAMPAIGN),
    ("o01", "Money does not vote", MARCHETTI_CAMPAIGN),
    ("o02", "ignored its own rules", OVERSIGHT),
    ("o02", "Nobody was held accountable", OVERSIGHT),
    ("o02", "every federal procurement law", GSA),
    ("o02", "This is their money", ("Ruth Haldane",)),
    ("o02", "cherry-picks the evidence", _forms("committee’s Democrats", "Democrats")),
    ("o03", "more time to review", EPA),
    ("o03", "More than 200,000", EPA),
    ("o03", "a victory for common sense", COAL),
    ("o03", "Every month of delay", _forms("Clean Horizons")),
    ("o03", "Everyone will be heard", EPA),
    ("o04", "painful decision", NORCASTLE),
    ("o04", "Demand for our products", NORCASTLE),
    ("o04", "good jobs, and we fought", ("Peter Brownlee",)),
    ("o04", "take care of our people", NORCASTLE),
    (
        "o04",
        "speculate about the future",
        ("A spokeswoman for the company", "a spokeswoman for the company"),
    ),
    ("o05", "stood with working families", SWUA),
    ("o05", "Not one hand went up", ("Delia Okonkwo",)),
    ("o05", "picked their candidate", ("Ben Yates",)),
    ("o05", "knock on every door", SWUA),
    ("o06", "serious candidate in a field", LEDGER),
    ("o06", "He has governed", LEDGER),
    ("o06", "insults his way", LEDGER),
    ("o06", "grateful and humbled", ("Paul Stroud",)),
    ("o06", "Nobody reads that paper", ("Victor Brandt",)),
    ("o07", "rewrote the rules", CALLOWAY_CAMPAIGN),
    ("o07", "acted in bad faith", CALLOWAY_CAMPAIGN),
    ("o07", "Every campaign got the same rules", ("Doug Friel",)),
    ("o07", "calendar is on our side", ("Nina Castellanos",)),
    ("o08", "got rich while his workers", ASE + ("a narrator", "A narrator", "narrator")),
    ("o08", "trust him with the economy", ASE + ("a narrator", "A narrator", "narrator")),
    ("o08", "Voters deserve the facts", ASE),
    ("o08", "These people are desperate", ("Hope Castellano",)),
    ("o08", "who we want in the White House", ASE),
    ("o09", "fewer than a third", PANEL),
    ("o09", "Sanaa embassy", PANEL),
    ("o09", "worked in good faith", STATE),
    ("o09", "Good faith would look", ("Wade Dunphy",)),
    ("o10", "promised $80 million", COURIER),
    ("o10", "kept digging", ("Marcy Coltrane",)),
    ("o10", "municipal accounting", ("Dennis Loft",)),
    ("o10", "They were right", ("Dennis Loft",)),
    ("o11", "Every eligible voter", MARLOW),
    ("o11", "do not take sides", DELANEY),
    ("o11", "partisan operations", RNC),
    ("o11", "go to trial", ("Rosa Delacroix",)),
    ("o12", "failed to file on time", FEC),
    ("o12", "No donor was misled", DCCC),
    ("o12", "even file their paperwork", ("Jim Marlowe",)),
    ("o12", "routine penalty", FEC),
    ("o13", "crosses every party line", MERIDIAN),
    ("o13", "Even Republicans", MERIDIAN),
    ("o13", "twice as likely", MERIDIAN),
    ("o13", "judged at the ballot box", ("Walter Greer",)),
    ("o13", "never seen numbers", ("Ada Lindgren",)),
    ("o14", "open markets", WHITE_HOUSE),
    ("o14", "Working people lost", AFL),
    ("o14", "add 300 jobs", GRAINCO),
    ("o14", "written by lobbyists", ("Aaron Whitlock",)),
    ("o14", "did the right thing", CHAMBER),
    ("o15", "oppose any change", KTF),
    ("o15", "expanding charter schools", KTF),
    ("o15", "you answer our questions", KTF),
    ("o15", "tests from special interests", ("Glenn Boyer",)),
]

KNOWN_WRONG_58: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("o04", "speculate about the future"): (
        "A spokeswoman",
        '"A spokeswoman for the company declined to say ... “...,” the spokeswoman said": the '
        "row is named by the words before the preposition; the company is not in the name",
    ),
    ("o08", "Voters deserve the facts"): (
        "group",
        '"a new television ad from Americans for a Strong Economy, a super PAC backing ...": '
        'the name is read whole since orgnames59, but "the group said" two paragraphs '
        "later is past the window GroupResolver.organisation_before looks back over (orggroup60 "
        "widened it and dropped that: on train it named 5 wrong bodies for 2 right)",
    ),
    ("o08", "who we want in the White House"): (
        "ad",
        '"The ad ends with a question: “...”": the ad\'s maker is named only as "a new '
        'television ad from Americans for a Strong Economy"; "the ad" is not followed to it',
    ),
    ("o15", "oppose any change"): (
        "one question",
        '"a questionnaire from the Keystone Teachers Federation ... One question asks:": a '
        "part of a document is not followed to the document's maker",
    ),
    ("o15", "expanding charter schools"): ("another", 'as above: "Another asks:"'),
}

test_probe_speaker_org_batch, test_org_batch_figure = judged_batch_tests(
    "orgs58", PROBES, PROBES_58, KNOWN_WRONG_58, FIRST_JUDGED, size=len(PROBES_58)
)
