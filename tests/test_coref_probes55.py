"""coref55: invented probes for the coreference kinds coref54 left open, in the held-out
split's genre (US politics news in the 2015-16 style), a ninth batch after coref41, 44, 46,
48, 49, 50, 52 and 54: 20 short stories (73 quotations), every person invented. Built on: a
campaign whose owner is only a pronoun ("His campaign ... “...,” the campaign said"); a
possessive nominal naming a person by relation to another ("the senator's chief of staff",
"the governor's spokeswoman", "the mayor's chief of staff"); an office with a place
complement ("the senator from Texas", "the congressman from Ohio", "the former governor from
Florida"); a couple's "they" when another man is named after the pair ("Earl and Joyce
Tidwell have knocked on doors for Gov. Stuart Brennan"); and a son named first with "Jr."
and his father later by the bare name ("Lyman Trask Jr. ... Lyman Trask said").

The stories and the judged list were written together and committed before On Record read
them (built from marked text by /work/notes/coref55_scripts/gen.py). A campaign's statement
is judged right when given as the candidate's campaign ("Okafor campaign" or "Okafor's
campaign"); a couple's "they" when given as either of them; the son is only "X Jr.", the
father only "X".

First judged, on main a95a9ec before any mend: 50 of 73 right (68.5%; 23 wrong). After the
mends below: 72 of 73. Wrong first: the son's "Jr." taking his father's bare name (6), a
couple's "they" past a man named after the pair (5, three given to a headline's words), "the
campaign" after "His/Her campaign" (5), "the senator from Texas/Arizona" (4), a lede's "The
mayor's chief of staff" named in the paragraph after (2), "she" after "Later, the governor's
spokeswoman added that Haldane ..." (1, still wrong).
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_55.json")
FIRST_JUDGED = 50  # right on main (a95a9ec) before any mend, of 73

PROBES_55: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    (
        "d01",
        "These are teachers",
        ("Okafor campaign", "Okafor's campaign", "Adaeze Okafor's campaign"),
    ),
    ("d01", "They are not", ("Okafor campaign", "Okafor's campaign", "Adaeze Okafor's campaign")),
    ("d01", "Money doesn't vote,", ("Dennis Huckaby",)),
    ("d01", "He's right. People", ("Adaeze Okafor",)),
    ("d02", "I made every", ("Gavin Rourke",)),
    ("d02", "I leave with", ("Gavin Rourke",)),
    ("d02", "Gavin served Minnesota", ("Phillip Amundsen",)),
    ("d02", "I will miss", ("Phillip Amundsen",)),
    ("d02", "We don't discuss", ("Lowell Petrakis",)),
    ("d03", "The governor was", ("Tamsin Lowry",)),
    ("d03", "She won't apologize", ("Tamsin Lowry",)),
    ("d03", "Our members have", ("Victor Delacroix",)),
    ("d03", "The door is", ("Tamsin Lowry",)),
    ("d04", "This bill borrows", ("Neil Ostrander",)),
    ("d04", "Washington is addicted", ("Boyd Carrithers",)),
    ("d04", "We're not going", ("Boyd Carrithers",)),
    ("d04", "They have the", ("Margaret Quill",)),
    ("d05", "We want someone", ("Earl Tidwell", "Joyce Tidwell")),
    ("d05", "The governor has", ("Chet Larrabee",)),
    ("d05", "We've heard that", ("Earl Tidwell", "Joyce Tidwell")),
    ("d06", "My dad is", ("Lyman Trask Jr.",)),
    ("d06", "He builds things.", ("Lyman Trask Jr.",)),
    ("d06", "My son is", ("Lyman Trask",)),
    ("d06", "Fantastic. Better than", ("Lyman Trask",)),
    ("d06", "I'll be here", ("Lyman Trask Jr.",)),
    ("d07", "Housing is the", ("Bernard Quaid",)),
    ("d07", "I want to", ("Bernard Quaid",)),
    ("d07", "Bernard knows every", ("Celia Ortega",)),
    ("d07", "Nothing against Bernard,", ("Rosalind Petty",)),
    ("d07", "But the agency", ("Rosalind Petty",)),
    ("d08", "It was time", ("Felix Nakamura",)),
    ("d08", "My grandchildren don't", ("Curtis Demming",)),
    ("d08", "That's going to", ("Curtis Demming",)),
    ("d08", "He never cared", ("Arnold Bixby",)),
    (
        "d09",
        "The governor will",
        ("Haverford campaign", "Haverford's campaign", "Roland Haverford's campaign"),
    ),
    ("d09", "Every campaign agreed", ("Lydia Marsh",)),
    ("d09", "I'd rather talk", ("Roland Haverford",)),
    ("d10", "People are listening", ("Ramon Ybarra", "Lucia Ybarra")),
    ("d10", "Especially the young", ("Ramon Ybarra", "Lucia Ybarra")),
    ("d10", "The Ybarras are", ("Howard Fenn",)),
    ("d11", "The senator has", ("Corinne Falk",)),
    ("d11", "They have not", ("Corinne Falk",)),
    ("d11", "We have the", ("Dalton Ames",)),
    ("d11", "I've said what", ("Orrin Matheson",)),
    ("d12", "The more the", ("Teodoro Quintana",)),
    ("d12", "I have run", ("Raymond Castellano",)),
    ("d12", "I know how", ("Raymond Castellano",)),
    ("d13", "Ian will fight", ("Garrett Pell Jr.",)),
    ("d13", "Dana has the", ("Garrett Pell",)),
    ("d13", "Ian will have", ("Garrett Pell",)),
    ("d13", "We have disagreed", ("Garrett Pell Jr.",)),
    ("d14", "Polls go up", ("Hilary Strand",)),
    (
        "d14",
        "This poll oversampled",
        ("Strand campaign", "Strand's campaign", "Hilary Strand's campaign"),
    ),
    ("d14", "We've been saying", ("Eli Burkhart",)),
    ("d15", "After that, we", ("Todd Voskuil", "Marla Voskuil")),
    ("d15", "Our delegates are", ("Owen Paxton",)),
    ("d16", "She will answer", ("Miles Gorecki",)),
    ("d16", "I'm looking forward", ("Rhea Danforth",)),
    ("d16", "Rhea has my", ("Alan Whitlow",)),
    ("d17", "We need a", ("Nathan Ebersole",)),
    ("d17", "The Air Force", ("Clayton Voorhees",)),
    ("d17", "Not on my", ("Clayton Voorhees",)),
    ("d18", "We gave Kurt", ("Glenn Whitford", "Patrice Whitford")),
    ("d18", "He forgot who", ("Glenn Whitford", "Patrice Whitford")),
    ("d18", "He listens to", ("Lindahl campaign", "Lindahl's campaign", "Kurt Lindahl's campaign")),
    ("d18", "Glenn and Patrice are", ("Sam Oduya",)),
    ("d19", "My father would", ("Wendell Carver Jr.",)),
    ("d19", "He asked me", ("Wendell Carver Jr.",)),
    ("d19", "I owe New", ("Wendell Carver",)),
    ("d19", "I'll be there", ("Wendell Carver",)),
    ("d20", "I have never", ("Preston Galloway",)),
    (
        "d20",
        "The story is",
        ("Galloway campaign", "Galloway's campaign", "Preston Galloway's campaign"),
    ),
    ("d20", "Every fact was", ("Judith Kersey",)),
]

WHY_55 = {  # why each story's quotations on KNOWN_WRONG_55 are wrong
    "d03": "\"Later, the governor's spokeswoman added that Haldane would meet with the speaker."
    ' “...,” she said": the sentence opens on "Later," so the nominal subject is not read as'
    ' the opening one, and "she" is Haldane, named in its clause (a fronted opener)',
}

KNOWN_WRONG_55 = known_wrong_from(  # what On Record gives, why
    WHY_55,
    [
        ("d03", "The door is", "Ruth Haldane"),
    ],
)

test_probe_speaker_coref55_batch, test_coref55_batch_figure = judged_batch_tests(
    "coref55", PROBES, PROBES_55, KNOWN_WRONG_55, FIRST_JUDGED, size=73
)


# ---- mends (sentences written for the tests, not the probes; each fails on main a95a9ec
# but the guards, which pass on both)

N = "\n\n"


def test_the_campaign_after_a_pronouns_campaign_is_the_owners() -> None:
    """ "Her campaign has opened 30 offices ... “...,” the campaign said": the campaign the
    pronoun's referent owns (main: the bare noun "campaign")."""
    text = (
        "Rep. Nadia Ferrante of Oregon is running for the Senate. “We will win Portland,”"
        " Ferrante said. Sen. Douglas Brackett, her opponent, did not respond."
        + N
        + "Her campaign has opened 30 offices across the state. “Every county will have a"
        " field office by May,” the campaign said in an email."
    )
    assert _speaker(text, "Every county") == "Ferrante campaign"


def test_an_office_from_a_place_is_the_one_whose_role_names_it() -> None:
    """ "The senator from Idaho shook his head. “...,” he said": the senator whose role
    names Idaho, not the senator quoted last (main: the senator quoted last)."""
    text = (
        "Sen. Rory Haldeman of Idaho and Sen. Curt Wessel of Ohio met the farm lobby on"
        " Tuesday. “The subsidy stays,” Wessel said."
        + N
        + "The senator from Idaho shook his head. “It goes,” he said."
    )
    assert _speaker(text, "It goes") == "Rory Haldeman"


def test_a_juniors_bare_name_is_the_father_where_the_suffix_is_kept() -> None:
    """ "Royce Abernathy Jr. ... Royce Abernathy Jr. said ... Royce Abernathy said": an
    article that keeps writing the suffix tells the son from the father by it (main: the
    son)."""
    text = (
        "Royce Abernathy Jr. opened the county convention on Saturday. “We are ready,” Royce"
        " Abernathy Jr. said."
        + N
        + "Royce Abernathy, who chaired the party for 20 years, watched from the balcony."
        " “He talks too long,” Royce Abernathy said."
    )
    assert _speaker(text, "He talks too long") == "Royce Abernathy"


def test_a_juniors_name_written_once_with_its_suffix_is_still_his() -> None:
    """ "Tobias Greer Jr. ... Tobias Greer said": a suffix written once, then dropped, is the
    same man shortened (a guard; passes on main)."""
    text = (
        "Tobias Greer Jr., the county's new sheriff, was sworn in on Monday."
        + N
        + "“I will keep the jail open,” Tobias Greer said."
    )
    assert _speaker(text, "I will keep") == "Tobias Greer Jr."


def test_a_couple_stays_the_subject_past_a_man_named_in_passing() -> None:
    """ "Hal and Nettie Morrow have driven voters to the polls for Rep. Emil Sand. They
    ... “...,” they said": the couple, not lost to the man named inside their sentence
    (main: the headline's words or none)."""
    text = (
        "Hal and Nettie Morrow have driven voters to the polls for Rep. Emil Sand since 1998."
        + N
        + "They own two vans. “Nobody should miss a vote for want of a ride,” they said."
    )
    assert _speaker(text, "Nobody should") == "Hal Morrow"


def test_a_man_opening_a_sentence_after_a_couple_breaks_it() -> None:
    """ "Hal and Nettie Morrow ... Emil Sand thanked them. They ... “...,” they said": a man
    who opens a sentence after the pair is a new subject; "they" is not read as the couple
    (a guard; passes on main)."""
    text = (
        "Hal and Nettie Morrow drove voters to the polls on Tuesday."
        + N
        + "Rep. Emil Sand thanked them at his victory party. They smiled. “It was a long"
        " day,” they said."
    )
    assert _speaker(text, "It was a long") != "Hal Morrow"


def test_a_ledes_possessive_nominal_is_the_one_named_after_it() -> None:
    """ "The senator's press secretary, a former reporter, is leaving ... \\n\\nMarisol
    Fenn, who ..., ... “...,” the senator's press secretary said": the lede's nominal, named
    first in the paragraph after it (main: the description as an unnamed speaker). (A lede
    whose verb follows the head at once, "The senator's press secretary is leaving", is not
    read as one: DEFINITE_LEDE wants "of", "who" or a comma after it.)"""
    text = (
        "HELENA, Mont. — The senator's press secretary, a former television reporter, is"
        " leaving Capitol Hill for a Missoula law firm, Sen. Arlo Tevis said on Monday."
        + N
        + "Marisol Fenn, who has spoken for Tevis since 2011, starts in March. “Nine years is"
        " a long time in this building,” the senator's press secretary said."
    )
    assert _speaker(text, "Nine years") == "Marisol Fenn"


def test_a_juniors_bare_name_is_the_father_where_he_is_called_a_son() -> None:
    """ "Chase Wexford Jr., the candidate's eldest son, ... Chase Wexford said": a Jr. named
    as a son is told from the father by the suffix, written once (main: the son)."""
    text = (
        "Chase Wexford Jr., the candidate's eldest son, spoke to farmers in Ames on Monday."
        " “Dad listens,” he said."
        + N
        + "In Dallas, Chase Wexford mocked the polls. “They had me at 4 percent,” Chase"
        " Wexford said."
    )
    assert _speaker(text, "They had me") == "Chase Wexford"
