"""orgs63: a fourth batch of invented probes where organisations and documents speak,
after the kinds of the ORG sample's misses: a body named once in full and then by its
head noun ("China's foreign ministry ... the ministry said", "the Department of Labor ...
the department said ... it said", "the Chicago City Council ... the council said", "The
White House ... the administration said"); one campaign under its variants ("Hillary
Clinton's campaign", "the campaign", "Hillary for America"); "a statement from" and "a
letter from" a body; documents that speak for their maker ("the statement said", "The
report warns", "the memo says", "The complaint ... it says"); "the group", "the union",
"the association", "the agency" after the body's name. 8 stories in the genre of the
held-out split (US politics news, 2016 style; every organisation, person and event
invented).

Every expected speaker was written before On Record read the probes (the articles and this
list were committed first). An organisation counts in any of its names the article uses.
First judged on main (542b672): 24 of 33. After orgs63's mends, 26: "The ministry later
added" (the body its earlier "the ministry said" was read as, past the sentence before) and
"the department said in its weekly report ... The report warns" (the department's). The
quotations still wrong are listed in KNOWN_WRONG_63 with what On Record gives and why; the
figure is printed by ``test_org_batch_figure63`` (-s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests

PROBES = batch("org_probes_63.json")
FIRST_JUDGED = 24  # right on main 542b672 before any mend, of 33


def _forms(*names: str) -> tuple[str, ...]:
    """Each name as written, and with "the"/"The" before it."""
    return tuple(f for n in names for f in (n, "the " + n, "The " + n))


MINISTRY = _forms("China's foreign ministry", "China’s foreign ministry", "China foreign ministry")
MINISTRY += _forms("Chinese foreign ministry", "foreign ministry")
DOL = _forms("Department of Labor", "Labor Department", "Labor Dept.")
NFMSE = _forms("National Federation of Main Street Employers")
HFA = _forms("Clinton campaign", "Hillary Clinton's campaign", "Hillary Clinton’s campaign")
HFA += _forms("Hillary for America", "Hillary Clinton campaign")
DNC = _forms("Democratic National Committee", "DNC")
WH = _forms("White House", "Obama administration")
COUNCIL = _forms("Chicago City Council")
FOP = _forms("Fraternal Order of Police Lodge 9", "Fraternal Order of Police")
ACLU = _forms("American Civil Liberties Union of Illinois", "American Civil Liberties Union")
COL = _forms("Citizens for Open Ledgers")
DPH = _forms("Department of Public Health", "state Department of Public Health")
HAMV = _forms("Hospital Association of Maine Valley")
REDSTONE = _forms("Redstone Pipeline Co.", "Redstone Pipeline", "Redstone")
EPA = _forms("Environmental Protection Agency", "EPA")
SAFETY = _forms("Redstone's safety office", "Redstone’s safety office", "Redstone safety office")

PROBES_63: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("k01", "stop flexing their muscles", MINISTRY),
    ("k01", "international law allows", ("Dale Ruggiero",)),
    ("k01", "all necessary measures", MINISTRY),
    ("k01", "theater with warships", ("Priya Venkat",)),
    ("k02", "deserves fair pay", DOL),
    ("k02", "cannot absorb this overnight", NFMSE),
    ("k02", "two years’ notice", ("Howard Pruitt",)),
    ("k02", "every sector", DOL),
    ("k03", "heard plenty", HFA),
    ("k03", "winning the argument", ("Jeff Lomax",)),
    ("k03", "one more debate in Brooklyn", HFA),
    ("k03", "fair schedule", DNC),
    ("k04", "a press release, not a budget", WH),
    ("k04", "cut Medicare", WH),
    ("k04", "no plan of its own", ("Tom Prescott",)),
    ("k04", "he will veto it", WH),
    ("k04", "dead on arrival", ("Luisa Banda",)),
    ("k05", "above accountability", COUNCIL),
    ("k05", "never worn a badge", FOP),
    ("k05", "subpoena power", ACLU),
    ("k05", "We waited too long", ("Rosa Kimbrough",)),
    ("k06", "see the books", COL),
    ("k06", "every source of income", COL),
    ("k06", "partisan fishing expedition", ("Dana Ferrell",)),
    ("k06", "failed to enforce the law", COL),
    ("k07", "more severe cases", DPH),
    ("k07", "not too late", ("Elena Ruiz",)),
    ("k07", "near capacity", DPH),
    ("k07", "surge plan", HAMV),
    ("k08", "deeply sorry", REDSTONE),
    ("k08", "drinking water downstream", EPA),
    ("k08", "exceeds tolerance", SAFETY + REDSTONE),
    ("k08", "clean my pasture", ("Bill Torvik",)),
]

KNOWN_WRONG_63: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("k03", "one more debate in Brooklyn"): (
        "Sanders campaign",
        '"Hillary for America later softened its tone. “…,” the campaign said": nothing tells '
        'that "Hillary for America" is a campaign, so "the campaign" takes the last name '
        'written before "campaign", the one in "Sanders campaign manager Jeff Lomax"',
    ),
    ("k04", "cut Medicare"): (
        "administration",
        '"The White House ... “…,” the administration said": no owner is written ("the Obama '
        'administration"); PolNeAR keeps "the White House" and "the administration" apart, '
        "so they are not made one",
    ),
    ("k04", "he will veto it"): (
        "statement",
        '"the administration issued a veto threat. “…,” the statement said": the statement\'s '
        "maker is the unresolved administration above",
    ),
    ("k05", "never worn a badge"): (
        "Fraternal Order of Police Lodge",
        'the name is cut before its number ("Lodge 9"); the union is found',
    ),
    ("k06", "every source of income"): (
        "lawsuit",
        '"A nonpartisan watchdog group filed suit ... The group, Citizens for Open Ledgers, '
        'said ... The lawsuit, filed in Franklin County court, says": the suit is filed by a '
        "described group named only in the next sentence's appositive; the filer is not found",
    ),
    ("k06", "failed to enforce the law"): (
        "complaint",
        '"The complaint also names ... “…,” it says": the same suit under another noun, the '
        "same unfound filer",
    ),
    ("k08", "exceeds tolerance"): (
        "memo",
        '"A memo from Redstone’s safety office, obtained by the Billings Gazette, ... the memo '
        'says": a body\'s office after an organisation\'s possessive ("Redstone’s") is not read '
        "as a sender (a person's possessive would be)",
    ),
}

test_probe_speaker_org_batch63, test_org_batch_figure63 = judged_batch_tests(
    "orgs63", PROBES, PROBES_63, KNOWN_WRONG_63, FIRST_JUDGED, size=len(PROBES_63)
)
