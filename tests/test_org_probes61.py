"""orgs61: a second batch of invented probes where organisations and documents speak: 13
stories in the genre of the held-out split (US politics news, 2016 style; every organisation,
person and event invented, but for federal bodies): a letter "from" a veterans group
"obtained by The Associated Press" (the letter's writer speaks, not the AP); super PACs and
groups named "Voters for X", "Citizens for Y", "Americans for Z", "Students for ...", "Moms
for ..." speaking by their whole name and by "it"; a think tank's report; a family
foundation and the family's members ("Hollis Family Foundation" is no person, Meredith
Hollis-Park is); "the group said" three paragraphs after the coalition's letter; a budget
office's analysis and "The report adds"; a live blog whose organisations speak after a
colon; an investment firm whose name reads like a person's ("Ashby Lowell"); a union by
its plural name; a campaign memo "written by" its manager and "obtained by Politico"; a
polling institute and "Granite Research"; a voter guide ("the guide says", "It goes on:")
and a website; a Senate committee's report, a department and a watchdog "project".

Every expected speaker was written before On Record read the probes (the articles and this
list were committed first). An organisation counts in any of its names the article uses
(full name, short name, abbreviation, with or without "the"). First judged on main
(e2ccd5b): 50 of 66. After orgs61's mends, 59: "Voters for Clean Water" and "Students for
Debt-Free College" are bodies, not people "for" a body (2); a letter "from" the veterans
group "obtained by" the AP and a report "by" the institute speak for their senders (2);
"Students for ... later said" then "the statement said" (1); "The Family Values Council,
an evangelical advocacy group based here, released a voter guide" then "the guide says"
(1); "the foundation's website says" (1); "X, a group of co-ops, wrote to the FCC" after
a dateline, then "the letter said" (1); "the Lone Star Election Integrity Project" read
whole (1). After colon62 and orgs62, 63: a live blog's colon label past a party-state tag or
an aside ("From Rep. Maria Zamora, D-Texas:", "Wade Brisco, in a statement:") (2, colon62);
"The eight-page document ... it says" follows the document back to the memo written by Stanek
(g10); "the CBO wrote in its analysis. The report adds" (g06) (2, orgs62). The quotations still
wrong are listed in KNOWN_WRONG_61 with what On Record gives and why; the figure is printed by
``test_org_batch_figure61`` (-s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests

PROBES = batch("org_probes_61.json")
FIRST_JUDGED = 50  # right on main e2ccd5b before any mend, of 66


def _forms(*names: str) -> tuple[str, ...]:
    """Each name as written, and with "the"/"The" before it."""
    return tuple(f for n in names for f in (n, "the " + n, "The " + n))


DVA = _forms("Disabled Veterans Alliance", "Alliance")
VCW = _forms("Voters for Clean Water")
DELGADO_CAMPAIGN = _forms("Delgado campaign", "Delgado’s campaign")
CRG = _forms("Citizens for Responsible Growth")
AFF = _forms("Americans for Fiscal Freedom")
BPI = _forms("Buckeye Policy Institute")
HOLLIS = _forms("Hollis Family Foundation")
IVP = _forms("Iowa Voter Project")
CRB = _forms("Coalition for Rural Broadband")
TELVANA = _forms(
    "Telvana Communications",
    "Telvana",
    "A spokeswoman for Telvana Communications",
    "spokeswoman for Telvana Communications",
)
CBO = _forms("Congressional Budget Office", "CBO")
CFH = _forms("Committee for Fiscal Honesty")
FBF = _forms("Fair Ballot Fund")
LSEIP = _forms("Lone Star Election Integrity Project")
TGOP = _forms("Texas Republican Party")
ASHBY = _forms("Ashby Lowell")
UHW = _forms("United Hotel Workers")
SDFC = _forms("Students for Debt-Free College")
MOMS = _forms("Moms for Safer Schools")
LAKEVIEW = _forms("Lakeview College Polling Institute")
GRANITE = _forms("Granite Research")
VANCE_CAMPAIGN = _forms("Vance campaign")
FVC = _forms("Family Values Council")
SASC = _forms("Senate Armed Services Committee", "Armed Services Committee")
DOD = _forms("Defense Department", "Pentagon")
PODA = _forms("Project on Defense Accountability")

PROBES_61: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("g01", "would abandon the men", DVA),
    ("g01", "urge you to reconsider", DVA),
    ("g01", "is reviewing every option", ("Craig Oyelaran",)),
    ("g01", "Rural veterans already drive", ("Debra Kowalczyk",)),
    ("g01", "This fight is just beginning", DVA),
    ("g02", "took their checks", VCW + ("a narrator", "A narrator", "narrator")),
    ("g02", "deserve to know who", VCW),
    ("g02", "a pack of lies", DELGADO_CAMPAIGN),
    ("g02", "out-of-state billionaires", ("Tara Lindqvist",)),
    ("g02", "will not let this smear", CRG),
    ("g02", "called worse by better", ("Sam Delgado",)),
    ("g03", "cannot afford another", AFF),
    ("g03", "tired of being told", ("Kyle Brannigan",)),
    ("g03", "will not take lectures", ("Micah Dorsey",)),
    ("g03", "never exceed 10 percent", BPI),
    ("g03", "speak for themselves", ("Hannah Voss",)),
    ("g03", "Every estimate of this program", AFF),
    ("g04", "causes outside elections", HOLLIS),
    ("g04", "stay out of politics", ("Meredith Hollis-Park",)),
    ("g04", "thousands of young Iowans", IVP),
    ("g04", "not a coincidence", ("Luis Ochoa",)),
    ("g04", "education, health and the arts", HOLLIS),
    ("g05", "wire a farmhouse", CRB),
    ("g05", "being left behind", ("Ingrid Lunde",)),
    ("g05", "grateful for Senator Lunde", CRB),
    ("g05", "a fair process", TELVANA),
    ("g06", "0.4 percent", CBO),
    ("g06", "small part of that loss", CBO),
    ("g06", "wrong about every tax cut", ("Harlan Pike",)),
    ("g06", "sugar high", CFH),
    ("g06", "pays for itself", CFH),
    ("g06", "trillion dollars to the debt", ("Jenna Marchand",)),
    ("g07", "what we have said for six years", FBF),
    ("g07", "reviewing our options", ("Wade Brisco",)),
    ("g07", "sad day for honest elections", LSEIP),
    ("g07", "voice back", ("Maria Zamora",)),
    ("g07", "ignores the will", TGOP),
    ("g07", "all the way to the top", ("Doug Rainey",)),
    ("g08", "no longer fits", ASHBY),
    ("g08", "business decision", ("Paul Demarest",)),
    ("g08", "Worker pressure works", UHW),
    ("g08", "union mob", ("Eli Marsh",)),
    ("g09", "cancel student debt", ("Kelsey Omondi",)),
    ("g09", "promise I cannot keep", ("Adam Ferris",)),
    ("g09", "dodged the question", SDFC),
    ("g09", "three chances", SDFC),
    ("g09", "deserves an answer on guns", MOMS),
    ("g10", "runs through the Midwest", ("Joel Stanek",)),
    ("g10", "win Ohio", ("Joel Stanek",)),
    ("g10", "money pit", ("Joel Stanek",)),
    ("g10", "internal documents", ("Lori Haas",)),
    ("g10", "can’t win votes", ("Derek Tan",)),
    ("g11", "not sold on either", ("Tom Esposito",)),
    ("g11", "slipped among independents", LAKEVIEW),
    ("g11", "Nothing else comes close", GRANITE),
    ("g11", "only poll that matters", VANCE_CAMPAIGN),
    ("g12", "treats the unborn", FVC),
    ("g12", "treats the poor", FVC),
    ("g12", "Christians first", ("Dale Whitcomb",)),
    ("g12", "two million families", FVC),
    ("g12", "mailer with a cross", ("Jenna Ruiz",)),
    ("g13", "records are so poor", SASC),
    ("g13", "an embarrassment", ("Clay Boyd",)),
    ("g13", "kept books like this", ("Clay Boyd",)),
    ("g13", "stewardship", DOD),
    ("g13", "warned about this", PODA),
]

KNOWN_WRONG_61: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("g05", "grateful for Senator Lunde"): (
        "Senate",
        '"the group said in a statement Saturday" three paragraphs after the coalition\'s '
        "letter: past the window GroupResolver.organisation_before looks back over (orggroup60 "
        "widened it and dropped that: on train it named 5 wrong bodies for 2 right)",
    ),
    ("g09", "deserves an answer on guns"): (
        "Safer Schools",
        '"“...,” Moms for Safer Schools said": the tagger knows no "Moms" (NNP after a '
        "closing quotation mark), so it is no plural noun for people and the name is cut",
    ),
    ("g12", "treats the poor"): (
        None,
        '"It goes on: “...”" after "the guide says": "it" for a document after a colon cue '
        'is not followed to the document (as o07\'s "it continues")',
    ),
}

test_probe_speaker_org_batch61, test_org_batch_figure61 = judged_batch_tests(
    "orgs61", PROBES, PROBES_61, KNOWN_WRONG_61, FIRST_JUDGED, size=len(PROBES_61)
)
