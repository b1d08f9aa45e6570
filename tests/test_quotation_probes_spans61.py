"""spans61: invented probes of quotation spans, not speakers (run with ``-m slow -s``):
12 short stories where capitalised words stand in quotation marks: a nickname a speaker
gives ("called his challenger “Tax Hike Tina”"), a slogan or label inside reported speech
("his “Fix It First” plan", "described the record as “A Textbook Case of Waste”"), set
against titles of programmes, books, ads and songs that nobody said ("said on CBS's
“Face the Nation”", "her new memoir, “Inside the Bus,”", "a $2 million ad, “Closed for
Business,”"), a party's letter ("vote for the “R” or the “D”"), a nickname inside a name
(Harold “Buzz” Kimura), and plain quotations and lower-case partial quotations around them.

Every story and quotation is invented. The quotations a reporter would list (the text
between the marks, as ``polnear_score.py`` trims it) were written down in
QUOTATIONS_SPANS61 before On Record read the stories; OPTIONAL_SPANS61 are those either way
is fine for (a headline's quoted words in single marks, a crowd's chant, a voter's term
he was told, film and song titles a candidate named as favourites). A story's figure counts
the quotations found (matched by their trimmed text) against those missed and those listed
that are no quotation. First judged on main e2ccd5b: 22 of 30 found, none listed wrongly
(the eight missed all capitalised: "Fix It First", "Shiny Object Projects", "The Reno
Five", "A Textbook Case of Waste", "Albany Theater", "Summer Slump", "The Buzz Club", "Mr.
Shutdown"); after spans61's capitalised partial quotations: 30 of 30, none listed wrongly
(no title of a programme, book or ad listed). KNOWN_WRONG_SPANS61 lists what is wrong now,
with the reason."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.test_attribution_probes import batch, quotes_of
from tests.test_quotation_probes67 import _trim

PROBES = batch("quotation_probes_spans61.json")

QUOTATIONS_SPANS61: dict[str, list[str]] = {  # written before any run
    "s01": [
        "Tax Hike Tina",
        "He has had three years to fix the roads and he wants to talk about my name",
        "the Ankeny machine",
    ],
    "s02": ["We have the votes, and we have had them since spring", "the Gang of Twelve"],
    "s03": [
        "Fix It First",
        "Shiny Object Projects",
        "Nobody ever cut a ribbon on a sewer pipe, but that is where the money has to go",
        "Fix It First cannot mean Fix Nothing Else",
    ],
    "s04": [
        "exhausted, underpaid and terrified of the boss",
        "so the next kid who joins a campaign knows what they are signing up for",
        "fiction",
    ],
    "s05": ["The Reno Five", "I'm not going anywhere"],
    "s06": ["no way to pick a sheriff"],
    "s07": [
        "A Textbook Case of Waste",
        "learned from every one of those contracts",
        "I will not ask this committee to trust me. I will ask it to watch me",
    ],
    "s08": ["maybe forty times", "It gets the blood moving"],
    "s09": [
        "moving the goalposts",
        "We were close on Tuesday. We are not close now",
        "Albany Theater",
    ],
    "s10": ["bending, not breaking", "Summer Slump", "People are still buying houses"],
    "s11": ["The Buzz Club", "He never missed a precinct meeting in thirty years"],
    "s12": ["Mr. Shutdown", "a lie from start to finish"],
}
OPTIONAL_SPANS61: dict[str, list[str]] = {  # neither right nor wrong; written before any run
    "s01": ["Tax Hike Tina"],  # the headline's, in single marks
    "s03": ["Fix It First"],  # the headline's
    "s05": ["Lock Them Out!"],  # a crowd's chant
    "s06": ["Straight Ticket"],  # the neighbour's term, as the writer tells it
    "s08": ["Casablanca", "Born to Run"],  # titles a candidate named as favourites
    "s12": ["Mr. Shutdown"],  # the headline's
}
FIRST_JUDGED = "22/30 found, 0 listed wrongly"  # on main e2ccd5b, before any mend

# (story, trimmed text, "missed" or "listed"): what is wrong now, and why
KNOWN_WRONG_SPANS61: set[tuple[str, str, str]] = {
    # "an ad ... that calls Sen. Peter Lund “Mr. Shutdown”": missed since the statement
    # model's retrain (0fbd0228). Its title case keeps it out unless a reported statement
    # holds it, and none does now: the cue model scores "launched" (the group launched the
    # ad) -0.315 against its threshold -0.3 (above it before), and the relative "that
    # calls" finds no source of its own (a relative pronoun's antecedent, the ad after its
    # title, is not read as a source) so it borrowed the group from "launched". With
    # "released" for "launched" it is found: a close call, not the speech verbs' forms
    ("s12", "Mr. Shutdown", "missed"),
}


def judged(story: str) -> tuple[int, set[tuple[str, str, str]]]:
    """The gold quotations of ``story`` found, and what is wrong: each gold quotation not
    found ("missed") and each quotation found that is neither gold nor optional
    ("listed")."""
    found = Counter(_trim(q.text) for q in quotes_of(PROBES[story]))
    gold = Counter(QUOTATIONS_SPANS61[story])
    right = found & gold
    wrong = {(story, text, "missed") for text in gold - found}
    extra = found - gold - Counter(OPTIONAL_SPANS61.get(story, []))
    wrong |= {(story, text, "listed") for text in extra}
    return sum(right.values()), wrong


@pytest.mark.slow  # 12 articles read: a few seconds
def test_quotation_probes_spans61_figure() -> None:
    """The batch's figure, printed (run with -s); the wrong ones are KNOWN_WRONG_SPANS61,
    no more and no fewer (one a change makes right must be taken off the list)."""
    assert set(PROBES) == set(QUOTATIONS_SPANS61)
    right, wrong = 0, set()
    for story in sorted(PROBES):
        found, errors = judged(story)
        right += found
        wrong |= errors
    total = sum(len(v) for v in QUOTATIONS_SPANS61.values())
    listed = sum(kind == "listed" for *_, kind in wrong)
    print(f"\nquotation probes spans61: {right}/{total} found, {listed} listed wrongly"
          f" (first judged {FIRST_JUDGED})")  # fmt: skip
    for item in sorted(wrong):
        print("  wrong:", item)
    assert not wrong - KNOWN_WRONG_SPANS61, f"wrong now: {sorted(wrong - KNOWN_WRONG_SPANS61)}"
    assert not KNOWN_WRONG_SPANS61 - wrong, f"right now: {sorted(KNOWN_WRONG_SPANS61 - wrong)}"
