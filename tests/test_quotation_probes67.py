"""quotes67: invented probes of quotation spans, not speakers (run with ``-m slow -s``):
15 short stories whose quotation marks are hard to read: scare quotes ("so-called
“smart” meters", a "culture committee"), titles of books, songs and shows, nicknames
inside names ("Marcus “The Hammer” Delgado"), a quote nested in a quote, a quotation
over several paragraphs, straight and curly marks mixed in one article and in one
quotation, guillemets, quotations in a headline, boundaries at a dash and a colon,
partial quotations inside reported speech, a word quoted as a word, British single
quotes, the two apostrophes ('') of a typewriter archive, and an opening mark never
closed.

Every story and quotation is invented. The quotations a reporter would list (the text
between the marks, as ``polnear_score.py`` trims it) were written down in QUOTATIONS_67
before On Record read the stories; OPTIONAL_67 are those either way is fine for (a
headline repeating a body quotation, a crowd's chant, a partial quote whose closing mark
is missing, a speaker's own words quoted inside her quotation). A story's figure counts
the quotations found (matched by their trimmed text) against those missed and those
listed that are no quotation. First judged on main 1496d14: 38 of 39 found, 4 listed
wrongly (the scare quotes "smart", "unlimited", "culture committee" and "basement
collection"); after quotes67's quoted terms: 38 of 39, 2 listed wrongly; after spans61's capitalised
partial quotations: 38 of 39, 3 listed wrongly (a fans' nickname added). KNOWN_WRONG_67
lists what is wrong now, with the reason.
attrib92: "Is this the end?", a quotation inside a quotation, moves to OPTIONAL_67 and off
KNOWN_WRONG_67: train's gold gives none of its 255 single-mark quotations inside double ones
a source of its own (the outer quotation holds them), and On Record no longer lists them
apart; 38 of 38 found, 3 listed wrongly. stmt58: a subject that draws complaints "from" people
is their statement's content, not its source ("The company's “unlimited” vacation policy
has drawn complaints from staff"), and the company's term in it is no longer listed as a
quotation: 38 of 38 found, 2 listed wrongly."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.test_attribution_probes import batch, quotes_of

PROBES = batch("quotation_probes_67.json")
STRIP = " \t\n\u201c\u201d\"'\u2018\u2019,.;:\u00ab\u00bb"  # the scorer's trim, with guillemets

QUOTATIONS_67: dict[str, list[str]] = {  # written before any run
    "q01": [
        "cash grab",
        "These meters will pay for themselves within three years",
        "Nobody asked the people who actually park here",
    ],
    "q02": [
        "I wrote the first novel to hide from my family",
        "This one is me finally coming out from behind the curtain",
    ],
    "q03": [
        "I've been punched enough for three lifetimes",
        "He should have stopped two fights ago",
    ],
    "q04": [
        "The generator kicked in after ten seconds, but one of the residents looked at me and"
        " said, 'Is this the end?' I told him, 'Not tonight",
        "We still laugh about it",
    ],
    "q05": [
        "If you are reading this, I did not get to finish the job. Do not let them close Station 9",
        "The people on Marsh Road have no one else within twenty minutes. Twenty minutes is a"
        " lifetime in a fire",
        "Keep the lights on",
    ],
    "q06": [
        "We expect most of them back by tonight",
        "They said the same thing on Sunday",
        "I'm done waiting",
    ],
    "q07": [
        "Nous n'avons pas le choix",
        "la faillite",
        "une trahison",
        "Nous le combattrons dans la rue",
    ],
    "q08": ["We are out of easy options", "Every choice from here costs somebody something"],
    "q09": [
        "We were slow, we were sloppy, we were soft",
        "We have to look in the mirror. All of us",
        "No comment",
    ],
    "q10": ["a trap", "overblown"],
    "q11": ["We will find him", "It is a matter of hours"],
    "q12": ["I have never heard it that loud", "My ears are still ringing"],
    "q13": [
        "dead on arrival",
        "playing games with people's paychecks",
        "consider any serious offer",
    ],
    "q14": [
        "not be rushed",
        "We will take the time needed to get this right",
        "deeply disappointing",
    ],
    "q15": ["hidden in plain sight", "Most of these pieces have never left the basement"],
}
OPTIONAL_67: dict[str, list[str]] = {  # neither right nor wrong; written before any run
    "q04": ["Not tonight", "Is this the end?"],  # inside a quotation: train's gold lists neither
    "q08": ["We are out of easy options"],  # the headline's, in single marks
    "q11": ["every building on the block"],
    "q12": ["Ole, ole, ole!"],
}
FIRST_JUDGED = "38/39 found, 4 listed wrongly"  # on main 1496d14, before any mend

# (story, trimmed text, "missed" or "listed"): what is wrong now, and why
KNOWN_WRONG_67: set[tuple[str, str, str]] = {
    # "Fans in his hometown still call Delgado "Mr. Fresno."": the fans' nickname, listed
    # since spans61 as the partial quotation of their statement (PolNeAR annotates such
    # nicknames as quotations: "he called Rubio “Little Marco”"); judged no quotation here
    ("q03", "Mr. Fresno", "listed"),
    # the statement finder reads "approved a plan to install so-called “smart” meters
    # downtown" as the council's statement, which then holds the scare quote
    ("q01", "smart", "listed"),
}


def _trim(text: str) -> str:
    return text.strip(STRIP)


def judged(story: str) -> tuple[int, set[tuple[str, str, str]]]:
    """The gold quotations of ``story`` found, and what is wrong: each gold quotation not
    found ("missed") and each quotation found that is neither gold nor optional
    ("listed")."""
    found = Counter(_trim(q.text) for q in quotes_of(PROBES[story]))
    gold = Counter(QUOTATIONS_67[story])
    right = found & gold
    wrong = {(story, text, "missed") for text in gold - found}
    extra = found - gold - Counter(OPTIONAL_67.get(story, []))
    wrong |= {(story, text, "listed") for text in extra}
    return sum(right.values()), wrong


@pytest.mark.slow  # 15 articles read: about 6 s
def test_quotation_probes_figure() -> None:
    """The batch's figure, printed (run with -s); the wrong ones are KNOWN_WRONG_67, no
    more and no fewer (one a change makes right must be taken off the list)."""
    assert set(PROBES) == set(QUOTATIONS_67)
    right, wrong = 0, set()
    for story in sorted(PROBES):
        found, errors = judged(story)
        right += found
        wrong |= errors
    total = sum(len(v) for v in QUOTATIONS_67.values())
    listed = sum(kind == "listed" for *_, kind in wrong)
    print(f"\nquotation probes 67: {right}/{total} found, {listed} listed wrongly"
          f" (first judged {FIRST_JUDGED})")  # fmt: skip
    assert not wrong - KNOWN_WRONG_67, f"wrong now: {sorted(wrong - KNOWN_WRONG_67)}"
    assert not KNOWN_WRONG_67 - wrong, f"right now, take off: {sorted(KNOWN_WRONG_67 - wrong)}"
