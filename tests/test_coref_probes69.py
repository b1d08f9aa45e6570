"""coref69: invented probes for pronoun and nominal speakers resolved to the person a
reporter sees, a batch after coref68 (first judged 77/93): 12 stories (102 quotations) in
the held-out split's genre (2015-16 US news: a House primary, a grand jury in a police
shooting, a payday-loan bill, a flooded family, a Senate debate, a mayor and her fire
stations, a sentencing, a school board meeting, a town hall; and two world and business
stories: a central bank holding rates, a steel mill closing), every person and every
quotation invented. The speaker of almost every quotation is a pronoun or a nominal. The
kinds: a description introduced once and used later ("the two-term incumbent", "the
newcomer", "the 41-year-old", "the Ohio Republican", "the freshman", "the Houston
Democrat", "the pastor", "the 67-year-old", "the economist", "the governor", "the chief
executive", "the general secretary", "the welder", "the 29-year-old", "the 81-year-old",
"the councilman", "the former attorney general", "the 52-year-old", "the former
firefighter", "the union president", "the judge", "the 24-year-old", "the prosecutor",
"the superintendent", "the first-year teacher", "the board president", "the district
director", "the first-term Republican", "the incumbent", "the former journalist", "the
17-year-old"); a role the reader infers from another word ("the deputy governor" of "Lins's
deputy", "the union leader" of a general secretary, "the spokeswoman" of "the Arriaga
campaign's spokeswoman"); people named after their first quotation ("His mother ...
“...,” she said. Loretta Tiller, 44, ..."; "A woman in the third row stood. “...,” she
asked. She was Delia Franks"); couples, families and pairs ("Chidi and Ngozi Okonkwo ...
the couple said", "The Okonkwos ... they said", "Joana and Paulo Reis ... the couple
said", "the two officers said", "Both men said ... they said in turn"); roles after a
fronted phrase ("In a statement, his spokesman, Ty Brandt, said"; "As mayor, Paula
Szymanski has ..."; "In an interview, her predecessor, Frank Gilliam, ..."); "The first,
Opal Greer, ..." and "The second, Vernon Ashe, ..."; kin and possessive chains ("his
wife, Maureen", "Her husband, a petroleum engineer", "Their son, Emeka", "Banks's mother,
Yvonne", "her lawyer", "his lawyer", "the senator's chief of staff", "the mayor's chief of
staff", "His boss"); and pronouns whose nearest name is the person spoken of ("Asked about
Beltrán's story, Kimball said he sympathized", "Asked about Janet Lowther's remark, Demir
smiled. “...,” she said", "Asked about the mother's remarks, Dorn ...").

Judging rules, written with the stories before On Record read them (committed first): a
named person is right only as the name the article writes for them in full (no title); one
the article names by a given name only after a kin word ("his wife, Maureen", "Their son,
Emeka") as that given name or with the family's surname; a pair's "they" (two officers,
both men, a couple) as either of them, and the Okonkwos' "they" as either of the two or
the plural surname; never None, never a description for a named person.

First judged, on main c5b54ce1 (the stories committed first, in 4f9aad9a): 86 of 102 right
(84.3%; 16 wrong, 15.7%). Wrong: an indefinite phrase taken for an unnamed source though
it describes someone (4: "Gareth Lloyd, 29, a welder," an age between the name and its
description; "A pastor from Ybarra's district, the Rev. Luis Ocampo," a titled name after
it; the headline's "a political newcomer"; "the freshman" of a senator "elected in
November", a description); a pair or a couple left a description (2: "two Dayton police
officers, Sgt. Mark Delaney and Officer Kevin Pruitt, ... the two officers said"; "Joana
and Paulo Reis ... the couple said", as "Paulo", in no first-name list, is written alone
later); a relative's given name (3: "said Paulo, 52" not Paulo Reis; "His wife, Sian,", a
name in no list that the tagger has seen, left "his wife"; "Lowther's wife, Janet," no one
where "Janet Lowther's remark" follows, so her "she" is the woman named before); a speaker
named only after her first quotation (2: "His mother ... “...,” she said. Loretta Tiller,
44, ..."; "A woman in the third row stood. “...,” she asked. She was Delia Franks"); a
nominal given a person of another role (4: "the deputy governor" the governor, not "Lins's
deputy"; "the union leader" the business minister, not the union's general secretary;
"the incumbent" his challenger; "the 17-year-old" of "a campaign manager half her age"
the MP); a pronoun for a role the reader infers ("His boss was blunter. “...,” he said":
the principal, not the superintendent) (1).

After the mends below (from c5b54ce1): 92 of 102 (9.8% wrong). An indefinite after a name
and an age ("Gareth Lloyd, 29, a welder,") describes that person, and a headline's
indefinite or possessive ("a political newcomer", "Colorado's attorney general race")
introduces no unnamed source unless a cue verb follows it ("A senior official says"); a
relative's given name set off after a kin noun still names her where her full name is
written later as an owner ("Janet Lowther's remark"), and may be
one the baby-name counts give the kin noun's sex ("His wife, Sian,"); a couple's given name
the counts give a sex, written alone for one of them ("said Paulo, 52"), no longer unmakes
the couple, and "the couple" finds a couple named within reach wherever in the article it
stands. Whole train: no quotation moves, one reported statement ("The Clintons have mostly
chosen not to respond": Bill Clinton, the couple's first named, for "Clintons"); in the
other batches eight quotations made right and none wrong (probes45 h17 x2, coref49 q21 x4,
coref61 g10, coref68 m09). Left (KNOWN_WRONG_69): two people named after a plural, a speaker
named after her first quotation (2), nominals of a role the reader infers (5: "the deputy
governor", "the union leader", "the incumbent", "the 17-year-old", "His boss"), "the
freshman", and the pastor whose title is read as his role.

coref70: 94 of 102. A definite plural nominal ("the two officers said") is the pair named
just before in apposition to it ("two Dayton police officers, Sgt. Mark Delaney and
Officer Kevin Pruitt,"): Mark Delaney, the first.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from, speaker_of
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_69.json")
FIRST_JUDGED = 86  # right on main (c5b54ce1, stories committed in 4f9aad9a) before any mend, of 102

OFFICERS = ("Mark Delaney", "Kevin Pruitt")
OKONKWOS = ("Chidi Okonkwo", "Ngozi Okonkwo", "Okonkwos", "The Okonkwos", "the Okonkwos")
REIS = ("Joana Reis", "Paulo Reis")
NEVADA = ("Carl Brandvold", "Luis Arriaga")
PROBES_69: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ("n01", "I've delivered for this district", ("Dwight Hollister",)),
    ("n01", "Two terms is how long", ("Tess Varga",)),
    ("n01", "My patients want", ("Tess Varga",)),
    ("n01", "Dwight has earned", ("Lyle Ambrose",)),
    ("n01", "Primaries are healthy", ("Lyle Ambrose",)),
    ("n01", "He said the same thing", ("Tess Varga",)),
    ("n01", "will run on his record", ("Ty Brandt",)),
    ("n01", "Dr. Varga is a fine dentist", ("Ty Brandt",)),
    ("n01", "She is not a legislator", ("Ty Brandt",)),
    ("n01", "He still answers", ("Maureen", "Maureen Hollister")),
    ("n01", "I'll take that endorsement", ("Dwight Hollister",)),
    ("n02", "never wanted anyone", OFFICERS),
    ("n02", "They have been waiting", ("Gina Moretti",)),
    ("n02", "Both men followed", ("Gina Moretti",)),
    ("n02", "My son had his hands", ("Loretta Tiller",)),
    ("n02", "I'll keep coming back", ("Loretta Tiller",)),
    ("n02", "We will file a civil suit", ("Ben Achterberg",)),
    ("n02", "The grand jury heard", ("Ben Achterberg",)),
    ("n02", "He never got out", ("Opal Greer",)),
    ("n02", "It was over in two seconds", ("Vernon Ashe",)),
    ("n02", "These are good officers", ("Rick Sandoval",)),
    ("n03", "The damage is already", ("Marina Coelho",)),
    ("n03", "We have not seen the peak", ("Marina Coelho",)),
    ("n03", "Raising now", ("Rafael Menezes",)),
    ("n03", "She may be right", ("Rafael Menezes",)),
    ("n03", "She is wrong on demand", ("Rafael Menezes",)),
    ("n03", "We will do what is necessary", ("Augusto Lins",)),
    ("n03", "Expectations are still anchored", ("Clarice Fontes",)),
    ("n03", "We are watching food prices", ("Clarice Fontes",)),
    ("n03", "Flour is up", REIS),
    ("n03", "We raised prices twice", ("Paulo Reis",)),
    ("n04", "No one in this company", ("Simon Ashcroft",)),
    ("n04", "We cannot compete", ("Simon Ashcroft",)),
    ("n04", "They had a rescue plan", ("Megan Pryce",)),
    ("n04", "Ashcroft never once came", ("Megan Pryce",)),
    ("n04", "I don't know anything else", ("Gareth Lloyd",)),
    ("n04", "We had just bought", ("Sian", "Sian Lloyd")),
    ("n04", "will leave no stone", ("Harriet Colston",)),
    ("n04", "The government has known", ("Megan Pryce",)),
    ("n04", "I'll go where the jobs are", ("Gareth Lloyd",)),
    ("n05", "These loans trap", ("Carla Ybarra",)),
    ("n05", "It's a solution", ("Royce Kimball",)),
    ("n05", "Nobody gives a freshman", ("Carla Ybarra",)),
    ("n05", "He's heard from both sides", ("Drew Halvorsen",)),
    ("n05", "The senator's door is open", ("Drew Halvorsen",)),
    ("n05", "I bury the debts", ("Luis Ocampo",)),
    ("n05", "I'm still paying", ("Ana Beltrán",)),
    ("n05", "Nobody wants that", ("Royce Kimball",)),
    ("n05", "But this bill shuts down", ("Royce Kimball",)),
    ("n06", "We had ten minutes", OKONKWOS),
    ("n06", "We thought it never flooded", OKONKWOS),
    ("n06", "The patients don't stop", ("Ngozi Okonkwo",)),
    ("n06", "He told us the policy", ("Chidi Okonkwo",)),
    ("n06", "I had practiced all year", ("Emeka", "Emeka Okonkwo")),
    ("n06", "Never like this", ("Harold Speck",)),
    ("n06", "The drainage bonds", ("Dwayne Pettibone",)),
    ("n06", "They said that in 2001", ("Harold Speck",)),
    ("n07", "I've spent six years", ("Carl Brandvold",)),
    ("n07", "He voted no twice", ("Luis Arriaga",)),
    ("n07", "Yucca Mountain is dead", NEVADA),
    ("n07", "He was the only one", ("Kelsey Roh",)),
    ("n07", "Voters saw a man", ("Tamara Weil",)),
    ("n07", "Kelsey has a job", ("Tamara Weil",)),
    ("n07", "Name the place", ("Luis Arriaga",)),
    ("n08", "Not on my watch", ("Paula Szymanski",)),
    ("n08", "She has changed her tune", ("Ed Barlow",)),
    ("n08", "I worked out of Station 6", ("Ed Barlow",)),
    ("n08", "The pension bill doubled", ("Nadine Corcoran",)),
    ("n08", "Somebody had to pay it", ("Nadine Corcoran",)),
    ("n08", "Ed knows the numbers", ("Nadine Corcoran",)),
    ("n08", "He was one of us", ("Sean Tully",)),
    ("n08", "The mayor never asked us", ("Sean Tully",)),
    ("n08", "It's the hardest call", ("Frank Gilliam",)),
    ("n09", "You had every chance", ("Harriet Oyelaran",)),
    ("n09", "I think about him", ("Tyrell Banks",)),
    ("n09", "My brother was 19", ("Keisha Dorn",)),
    ("n09", "He is not a monster", ("Yvonne", "Yvonne Banks")),
    ("n09", "The sentence is fair", ("Craig Feeney",)),
    ("n09", "He wants to serve", ("Miriam Stoltz",)),
    ("n09", "She lost a son too", ("Keisha Dorn",)),
    ("n10", "We are not closing", ("Roger Haldane",)),
    ("n10", "Then why is Cole", ("Delia Franks",)),
    ("n10", "We heard it from a teacher", ("Delia Franks",)),
    ("n10", "I told parents", ("Marisol Vega",)),
    ("n10", "I'd say it again", ("Marisol Vega",)),
    ("n10", "No list exists", ("Roger Haldane",)),
    ("n10", "We'll vote on closures", ("Gloria Nakamura",)),
    ("n10", "Roger speaks for himself", ("Gloria Nakamura",)),
    ("n11", "I'm here to listen", ("Tom Vandermolen",)),
    ("n11", "I'm losing $2", ("Rolf Eide",)),
    ("n11", "I paid in for 41 years", ("Bernadette Kowalczyk",)),
    ("n11", "Rolf, I hear you", ("Tom Vandermolen",)),
    ("n11", "He didn't answer my question", ("Bernadette Kowalczyk",)),
    ("n11", "We can't sell more", ("Karin", "Karin Eide")),
    ("n11", "He'll hold one", ("Paul Ness",)),
    ("n11", "I'd rather hear it here", ("Tom Vandermolen",)),
    ("n12", "People here know my record", ("Grant Lowther",)),
    ("n12", "They know it too well", ("Aisha Demir",)),
    ("n12", "Grant has never missed", ("Janet", "Janet Lowther")),
    ("n12", "He never missed a vote", ("Aisha Demir",)),
    ("n12", "We've knocked on", ("Owen Tremblay",)),
    ("n12", "The prime minister will visit", ("Marc Gauthier",)),
]

WHY_69: dict[str, str] = {  # why each quotation on KNOWN_WRONG_69 is wrong
    "indefinite": (
        'an indefinite phrase describing someone read as an unnamed source ("A pastor from'
        " Ybarra's district, the Rev. Luis Ocampo,\": the title after it is read as his role)"
    ),
    "freshman": (
        '"the freshman" of a senator "elected in November": a noun no one is given is left'
        " a description"
    ),
    "late": (
        'a speaker named only after her first quotation: "His mother stood ... “...,” she'
        ' said" reads "she" as the lawyer named before, so no unnamed description is left'
        ' for "Loretta Tiller, 44, works nights" to name'
    ),
    "other role": "a nominal given one of another role (the reader infers the role)",
    "boss": '"His boss" is the superintendent only by inference',
}

KNOWN_WRONG_69 = known_wrong_from(  # what On Record gives, why
    WHY_69,
    [
        ("n02", "My son had his hands", "Gina Moretti", "late"),
        ("n03", "We are watching food prices", "Augusto Lins", "other role"),
        ("n04", "The government has known", "Harriet Colston", "other role"),
        ("n05", "These loans trap", "freshman", "freshman"),
        ("n05", "I bury the debts", "A pastor", "indefinite"),
        ("n10", "No list exists", "Theodore Baptiste", "boss"),
        ("n12", "People here know my record", "Aisha Demir", "other role"),
        ("n12", "We've knocked on", "Janet Lowther", "other role"),
    ],
)

test_probe_speaker_coref69_batch, test_coref69_batch_figure = judged_batch_tests(
    "coref69", PROBES, PROBES_69, KNOWN_WRONG_69, FIRST_JUDGED, size=102
)


# ---- mends (sentences written for the tests, not the probes; each fails on main c5b54ce1)

N = "\n\n"


def test_an_indefinite_after_a_name_and_an_age_describes_that_person() -> None:
    """ "Dai Pritchard, 31, a welder, ... “...,” the welder said": the age set off between
    the name and "a welder" leaves the description Pritchard's, not an unnamed welder's
    (main: "a welder", a description)."""
    text = (
        "Dai Pritchard, 31, a welder, has worked at the yard since he was 16."
        " “There is nothing else here,” the welder said."
    )
    assert _speaker(text, "There is nothing") == "Dai Pritchard"


def test_an_indefinite_in_the_headline_introduces_no_unnamed_source() -> None:
    """A headline's "a political newcomer" sums up the woman the article names; "the
    newcomer" in the body is she, the subject before (main: "a political newcomer")."""
    text = (
        "Veteran mayor faces first real test from a political newcomer"
        + N
        + "Mayor Hal Brody has run the city for 12 years. This year he faces Nina Ostrow,"
        " a pharmacist who has never held office."
        + N
        + "Ostrow says that is the point. “Twelve years is enough,” the newcomer said."
        + "\n"
    )
    assert speaker_of(text, "Twelve years") == "Nina Ostrow"


def test_a_relatives_given_name_holds_where_her_full_name_is_written_as_an_owner_later() -> None:
    """ "Pell's wife, Janice, ... “...,” she said ... Asked about Janice Pell's remark":
    the later "Janice Pell's" is her name with an owner's "'s", not another surname, so
    "Janice" still names her there (main: dropped, and her "she" the woman named before)."""
    text = (
        "Rep. Warren Pell faces Dana Whitlock, a former reporter."
        + N
        + "Pell's wife, Janice, campaigns beside him. “Warren never misses a vote,” she said."
        + N
        + "Asked about Janice Pell's remark, Whitlock smiled. “He never misses one for the"
        " pipeline,” she said."
    )
    assert _speaker(text, "Warren never") == "Janice Pell"


def test_a_relatives_given_name_the_baby_name_counts_give_the_kin_nouns_sex() -> None:
    """ "His wife, Sian, ... “...,” she said": "Sian" is in no first-name list, but the
    baby-name counts give it a woman's, as "wife" does (main: "his wife")."""
    text = (
        "Owen Pritchard, a welder, lost his job on Thursday. His wife, Sian, is expecting"
        " their second child. “We had just bought the house,” she said."
    )
    assert _speaker(text, "We had just") == "Sian Pritchard"


PADDING = " ".join(["Prices rose again in March, and shops in the old town raised theirs."] * 20)


@pytest.mark.parametrize(
    ("couple", "later", "fragment", "speaker"),
    [
        ("Joana and Paulo Reis", "said Paulo, 52", "Flour is up", "Joana Reis"),
        ("Joana and Paulo Reis", "said Paulo, 52", "We raised", "Paulo Reis"),
        ("Mary and John Ebbers", "John Ebbers said", "Flour is up", "Mary Ebbers"),
    ],
)
def test_a_couple_named_as_a_subject_far_into_an_article(
    couple: str, later: str, fragment: str, speaker: str
) -> None:
    """ "Joana and Paulo Reis run a bakery. “...,” the couple said. ... “...,” said Paulo":
    a couple though "Paulo" (in no list; the baby-name counts give it a man's) is written
    alone as one of them, and "the couple" is they though only the first, the subject, was
    counted as mentioned and the couple comes late in the article (main: "couple" and
    "Paulo", descriptions, and "couple" for the Ebbers past 1,200 characters)."""
    text = (
        PADDING
        + N
        + f"{couple} run a bakery. “Flour is up 30 percent,” the couple said."
        + N
        + f"“We raised prices twice,” {later}."
    )
    assert _speaker(text, fragment) == speaker
