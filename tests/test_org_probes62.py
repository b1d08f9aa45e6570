"""orgs62: a third batch of invented probes where organisations, outlets and documents
speak: 5 stories in the genre of the held-out split (US politics news, 2016 style; every
organisation, person and event invented): a think tank's analysis followed by "The report
adds" (a document nominal naming the analysis again); a union president quoted inside a
newspaper's report ("said Lena Marsh ..., the Hartford Courant reported": the person named
in the sentence speaks, as a reporter reads it; PolNeAR itself marks such a quotation with
the outlet, since it does not nest attributions); an internal memo "written by" a group's
political director, then "The six-page document ... it says", and the group speaking by
"the group said" after "In a statement, <group> said"; a super PAC named after its ad ("The
group, Arizona Strong Future,"); a newspaper reporting its own finding ("the Ledger
reported, citing mileage records").

Every expected speaker was written before On Record read the probes (the articles and this
list were committed first). An organisation counts in any of its names the article uses.
First judged on main (9b9a59b): 15 of 19. After orgs62's mends, 17: "the institute wrote in
its analysis. The report adds" (the report is the analysis, the institute's) and "The
six-page document ... it says" (the memo written by Owen Tate). The quotations still wrong
are listed in KNOWN_WRONG_62 with what On Record gives and why; the figure is printed by
``test_org_batch_figure62`` (-s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests

PROBES = batch("org_probes_62.json")
FIRST_JUDGED = 15  # right on main 9b9a59b before any mend, of 19


def _forms(*names: str) -> tuple[str, ...]:
    """Each name as written, and with "the"/"The" before it."""
    return tuple(f for n in names for f in (n, "the " + n, "The " + n))


NFI = _forms("Nutmeg Fiscal Institute", "institute", "Institute")
HEF = _forms("Heartland Energy Forward")
ASF = _forms("Arizona Strong Future")
LEDGER = _forms("Daily Ledger", "Ledger")

PROBES_62: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("h01", "46 percent of the total cut", NFI),
    ("h01", "average cut of $210", NFI),
    ("h01", "partisan math", ("Rafael Ortiz",)),
    ("h01", "every assumption", ("Amara Kessler",)),
    ("h02", "not going anywhere", ("Lena Marsh",)),
    ("h02", "has not suffered", ("Tim Gould",)),
    ("h02", "deserves to hear", ("Alicia Moreno",)),
    ("h03", "jobs, jobs", ("Owen Tate",)),
    ("h03", "persuadable", ("Owen Tate",) + HEF),
    ("h03", "more money than we do", ("Gail Sorensen",)),
    ("h03", "proud to make the case", HEF),
    ("h03", "no apology", HEF),
    ("h04", "against border funding", ASF + ("a narrator", "narrator")),
    ("h04", "every border bill", ("Celia Vargas",)),
    ("h04", "public record", ASF),
    ("h04", "a smear", ("Luis Otero",)),
    ("h05", "as city business", LEDGER),
    ("h05", "every employee", ("Dina Ruiz",)),
    ("h05", "ethics board", ("Harold Bixby",)),
]

KNOWN_WRONG_62: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("h03", "proud to make the case"): (
        "Heartland Energy",
        '"In a statement, Heartland Energy Forward said ... “…,” the group said": the group is '
        'found, but its name is cut before "Forward", an adverb the name reader does not '
        "take as the last word of a name",
    ),
    ("h03", "no apology"): (
        "Heartland Energy",
        "the same cut name, the next quotation of the same group",
    ),
}

test_probe_speaker_org_batch62, test_org_batch_figure62 = judged_batch_tests(
    "orgs62", PROBES, PROBES_62, KNOWN_WRONG_62, FIRST_JUDGED, size=len(PROBES_62)
)
