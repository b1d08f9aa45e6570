"""coref61: invented probes for nominal speakers on unseen news, a twelfth coref batch after
coref59: 12 stories (107 quotations) in the held-out split's genre (US politics news: wire
copy, a Senate hearing, local news, a feature, a live blog, an opinion column), every person
invented. The kinds: party+state epithets ("the Ohio Democrat", "the Texas Republican", "the
Arizona Republican" beside a Utah Republican, "the Lima Republican", "the Pennsylvania
Democrat"); former beside sitting office holders ("the former mayor", "the former
governor", "the former congressman"); descriptions ("the first-term congresswoman", "the
70-year-old", "the billionaire", "the retired general", "the incumbent", "the challenger",
"the campaign's spokesman", "the accountant", "the priest"); kin nouns ("her husband", "the
daughter", "his mother", "the elder Pruitt", "the younger brother"); "his running mate"
named via "picked X as his running mate"; organisation nominals ("the agency said", "the
department said"); several people of one surname (a senator and her husband, a father and
son, three brothers and their mother).

Judging rules, written with the stories before On Record read them (committed first; built
from marked text by /work/notes/coref61_scripts/gen.py), as coref59's: a named person is
right only as that person's name (no title); an unnamed person as a description of that
person, in one of the forms listed; an organisation as its name; never None and never a
named person for an unnamed one.

First judged, on main 542b672 before any mend: 89 of 107 right (83.2%; 18 wrong). After the
mends below: 91 of 107. Fixed: a title written after "former" ("Former Gov. Eleanor
Whitfield") is read with it, so "the governor" is the one holding the office now (2). A
surname shared by several, written alone, is first the one mentioned in the sentences just
before it (not the one mentioned most), unless named there as an owner or in the same
sentence, or first named as another's relative: on train (1) and in probes36 s10, probes53
n18, coref59 f10 (x2), not here (g03's "the senator laughed" shares the quotation's frame).
96 of 107 after coref69: "His younger brother, Manuel Castellanos, 47, an accountant ...
the accountant said" is Manuel, as an indefinite after a name and an age describes him.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_61.json")
FIRST_JUDGED = 89  # right on main (542b672) before any mend, of 107

PROBES_61: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("g01", "He has four", ("Marcia Delgado",)),
    ("g01", "Four.", ("Marcia Delgado",)),
    ("g01", "Then give the", ("Curtis Bannerman",)),
    ("g01", "We have studied", ("Curtis Bannerman",)),
    ("g01", "We will get", ("Hollis Graber",)),
    ("g01", "Nobody is leaving", ("Hollis Graber",)),
    ("g01", "We will spend", ("Renee Oduya",)),
    ("g01", "Is it true", ("Marcia Delgado",)),
    ("g01", "That is true,", ("Renee Oduya",)),
    ("g01", "She reads letters.", ("Curtis Bannerman",)),
    (
        "g01",
        "She has the",
        ("A spokesman for Delgado", "a spokesman for Delgado", "spokesman for Delgado"),
    ),
    ("g02", "We are not", ("Lena Hultgren",)),
    ("g02", "She is announcing", ("Dale Esterbrook",)),
    ("g02", "I'm glad she", ("Dale Esterbrook",)),
    ("g02", "Dale did a", ("Lena Hultgren",)),
    ("g02", "People keep asking,", ("Dale Esterbrook",)),
    ("g02", "I keep saying", ("Dale Esterbrook",)),
    ("g02", "I'm not running", ("Paul Whitacre",)),
    ("g02", "It closes the", ("Tamsin Fell",)),
    ("g02", "Whether anyone walks", ("Tamsin Fell",)),
    ("g02", "Sure. Why not,", ("Paul Whitacre",)),
    ("g03", "I tell people", ("Ruth Ambler",)),
    ("g03", "He is also", ("Ruth Ambler",)),
    ("g03", "I do the", ("Tom Ambler",)),
    ("g03", "That's not politics.", ("Tom Ambler",)),
    ("g03", "Dinner was a", ("Kirsten Ambler-Voss",)),
    ("g03", "I learned to argue", ("Kirsten Ambler-Voss",)),
    ("g03", "Even her husband", ("Gordon Thiel",)),
    ("g03", "Gordon got that", ("Tom Ambler",)),
    ("g03", "Write that down.", ("Tom Ambler",)),
    ("g03", "It changes the", ("Ruth Ambler",)),
    ("g04", "I told him", ("Walter Pruitt",)),
    ("g04", "He thanked me", ("Walter Pruitt",)),
    ("g04", "I sat in", ("Dylan Pruitt",)),
    ("g04", "He knows the", ("Walter Pruitt",)),
    ("g04", "He'll learn, or", ("Walter Pruitt",)),
    ("g04", "I respect Walt.", ("Ann Marie Coyle",)),
    ("g04", "Those are different", ("Ann Marie Coyle",)),
    ("g04", "People want a", ("Dylan Pruitt",)),
    ("g04", "I've had two", ("Sharon Pruitt",)),
    ("g04", "I'm not getting", ("Sharon Pruitt",)),
    ("g05", "Alicia knows this", ("Martin Hargrove",)),
    ("g05", "He kept calling,", ("Alicia Brandt",)),
    ("g05", "Eventually you answer.", ("Alicia Brandt",)),
    ("g05", "He picked a", ("Frank Tillery",)),
    ("g05", "I like Alicia.", ("Owen Markle",)),
    ("g05", "She is going", ("Gregory Brandt",)),
    ("g05", "I'm going to", ("Gregory Brandt",)),
    ("g05", "Owen will be", ("Martin Hargrove",)),
    ("g06", "I am not", ("Whitney Sayle",)),
    ("g06", "That means I", ("Whitney Sayle",)),
    ("g06", "You can't buy", ("Raymond Kessler",)),
    ("g06", "You can rent", ("Raymond Kessler",)),
    ("g06", "anywhere, any time.", ("Troy Lindqvist",)),
    ("g06", "She keeps saying", ("Troy Lindqvist",)),
    ("g06", "We have agreed", ("Bree Oduya",)),
    ("g06", "They're both friends,", ("Carl Munro",)),
    ("g06", "One of them", ("Carl Munro",)),
    ("g06", "He's old school.", ("Gloria Estes",)),
    (
        "g07",
        "Additional teams will",
        ("Federal Emergency Management Agency", "FEMA", "The Federal Emergency Management Agency"),
    ),
    ("g07", "People are pulling", ("Helen Marsh",)),
    ("g07", "That is who", ("Helen Marsh",)),
    (
        "g07",
        "Do not drive",
        (
            "Department of Transportation",
            "The state Department of Transportation",
            "state Department of Transportation",
            "the state Department of Transportation",
        ),
    ),
    ("g07", "We are opening", ("Curtis Abernathy",)),
    ("g07", "My district is", ("Lionel Greer",)),
    ("g07", "I'm not waiting", ("Lionel Greer",)),
    ("g07", "He offered whatever", ("Dana Pell",)),
    ("g07", "I saw roofs.", ("Helen Marsh",)),
    ("g08", "Arizona grows a", ("Dwight Callum",)),
    ("g08", "People forget that.", ("Dwight Callum",)),
    ("g08", "I think the", ("Nora Pike",)),
    ("g08", "It's a tax", ("Elias Ford",)),
    ("g08", "The senator speaks", ("Mara Quist",)),
    ("g08", "He spoke on", ("Mara Quist",)),
    ("g08", "I'll tell you", ("Nora Pike",)),
    ("g08", "Decide, and then", ("Nora Pike",)),
    ("g09", "I have buried", ("Rudy Mendoza",)),
    ("g09", "Three families got", ("Karina Voss",)),
    ("g09", "The sheriff never", ("Karina Voss",)),
    ("g09", "I called every", ("Rudy Mendoza",)),
    ("g09", "He called me.", ("Elena Rocha",)),
    ("g09", "Nobody enjoyed it,", ("Brian Tull",)),
    ("g09", "They'll be back,", ("Rudy Mendoza",)),
    ("g09", "The people who", ("Karina Voss",)),
    ("g10", "I love my", ("Manuel Castellanos",)),
    ("g10", "Manny thinks the", ("Javier Castellanos",)),
    ("g10", "I pray for", ("Roberto Castellanos",)),
    ("g10", "That's the deal", ("Roberto Castellanos",)),
    ("g10", "One for each", ("Graciela Castellanos",)),
    ("g10", "We're not going", ("Lucia Ferrante",)),
    ("g10", "Mom wanted peace,", ("Manuel Castellanos",)),
    ("g11", "This bridge is", ("Samuel Ochoa",)),
    ("g11", "That's the difference", ("Samuel Ochoa",)),
    ("g11", "I signed the", ("Eleanor Whitfield",)),
    ("g11", "Nobody snubbed anybody,", ("Marcus Bell",)),
    (
        "g11",
        "All invitations were",
        (
            "Department of Transportation",
            "The Department of Transportation",
            "the Department of Transportation",
            "Pennsylvania Department of Transportation",
        ),
    ),
    ("g11", "Blame me. I'll", ("Samuel Ochoa",)),
    ("g11", "It took two", ("Priya Ramanathan",)),
    ("g12", "I was sent", ("Sandra Quiñones",)),
    ("g12", "Not for the", ("Sandra Quiñones",)),
    ("g12", "Sandra is a", ("Gerald Fosse",)),
    ("g12", "I voted against", ("Carl Dunmore",)),
    ("g12", "She's catching up", ("Carl Dunmore",)),
    ("g12", "She argued with", ("Ernesto Quiñones",)),
    ("g12", "She's right on", ("Wade Coltrane",)),
    ("g12", "Everybody has an", ("Sandra Quiñones",)),
    ("g12", "I have an", ("Sandra Quiñones",)),
]

WHY_61: dict[str, str] = {  # why each story's quotations on KNOWN_WRONG_61 are wrong
    "g02": (
        '"The building\'s owner, Paul Whitacre, ... the landlord said": "landlord" is another'
        " noun than the role given (owner); no resource makes an owner of a building a landlord"
    ),
    "g03": (
        "\"The senator's Republican challenger this fall, state Rep. Gordon Thiel, ... the"
        ' challenger said": the name set off after "this fall" not read as the appositive; "the'
        ' senator laughed. “...,” Ambler said": the lone surname given Tom Ambler, quoted more,'
        " not the senator the clause before it is about (the clause shares the quotation's"
        " frame, which no nominal-topic reading visits)"
    ),
    "g04": (
        '"the elder Pruitt said" given the son (three Pruitts: the generations not told apart,'
        ' his mother named later); "the incumbent" given the challenger: "Commissioner Ann'
        ' Marie Coyle, won the seat" not read as the incumbent'
    ),
    "g05": (
        '"picked state Sen. Alicia Brandt ... as his running mate ... his running mate said":'
        ' the role given by "as" not read (coref59 f14 the same)'
    ),
    "g09": (
        '"The mother of one of the men who died, Elena Rocha, ... the mother said": the name'
        ' set off after an "of" phrase not read as the appositive'
    ),
    "g10": (
        '"the state representative" given the priest: "The incumbent said ..." read as'
        " Roberto (three Castellanos)"
    ),
}

KNOWN_WRONG_61 = known_wrong_from(  # what On Record gives, why
    WHY_61,
    [
        ("g02", "Sure. Why not,", "landlord"),
        ("g03", "Even her husband", "challenger"),
        ("g03", "It changes the", "Tom Ambler"),
        ("g04", "I told him", "Dylan Pruitt"),
        ("g04", "He thanked me", "Dylan Pruitt"),
        ("g04", "I respect Walt.", "Dylan Pruitt"),
        ("g04", "Those are different", "Dylan Pruitt"),
        ("g05", "He kept calling,", "his running mate"),
        ("g05", "Eventually you answer.", "his running mate"),
        ("g09", "He called me.", "mother"),
        ("g10", "Manny thinks the", "Roberto Castellanos"),
    ],
)

test_probe_speaker_coref61_batch, test_coref61_batch_figure = judged_batch_tests(
    "coref61", PROBES, PROBES_61, KNOWN_WRONG_61, FIRST_JUDGED, size=107
)


# ---- mends (sentences written for the tests, not the probes; the first two fail on main 542b672)

N = "\n\n"


def test_a_title_written_former_is_not_the_office_held_now() -> None:
    """ "Gov. Lena Park ... Former Gov. Martin Ruiz ... “...,” the governor said": "Former"
    before the title is read with it, so the governor is the one holding the office now,
    though the former one was named since (main: Ruiz)."""
    text = (
        "Gov. Lena Park opened the new water plant in Tulsa on Monday. Former Gov. Martin"
        " Ruiz, who began the project in 2012, watched from the crowd."
        + N
        + "“This plant is finished,” the governor said."
    )
    assert _speaker(text, "This plant") == "Lena Park"
    lower = text.replace("Former Gov.", "Its author, former Gov.")
    assert _speaker(lower, "This plant") == "Lena Park"


def test_the_former_holder_is_still_the_former_one() -> None:
    """A guard: "the former governor said" stays the former one."""
    text = (
        "Gov. Lena Park opened the new water plant in Tulsa on Monday. Former Gov. Martin"
        " Ruiz, who began the project in 2012, watched from the crowd."
        + N
        + "“I signed the first check,” the former governor said."
    )
    assert _speaker(text, "I signed") == "Martin Ruiz"


def test_a_shared_surname_alone_is_the_one_mentioned_just_before() -> None:
    """ "... former state Sen. Dale Hearn said ... \\n\\nHearn said, “...”": the Hearn the
    sentence before is about, not Rita Hearn, quoted more (main: Rita)."""
    text = (
        "Rita Hearn is running for mayor of Duluth. “I know every street,” Hearn said."
        " “I have paved half of them,” Hearn said. Hearn spoke for an hour."
        + N
        + "At a rally on Friday, former state Sen. Dale Hearn, her campaign chairman and a"
        " cousin, said she had the experience the job needed."
        + N
        + "Hearn said, “She was the best legislator I ever served with.”"
    )
    assert _speaker(text, "She was the best") == "Dale Hearn"


def test_a_surname_after_an_inverted_said_is_not_the_name_itself() -> None:
    """A guard: "Said Hearn, “...”": the last mention before "Hearn" is the run "Said
    Hearn" itself (a given name "Said" and the surname, read as one person by the cheap
    pass), in the same sentence, not a mention before it (train: "Said Comey, “...”" gave
    the speaker "Said Comey" without the guard)."""
    text = (
        "State Sen. Rita Hearn has led the Senate's budget panel since 2019. Hearn wrote the"
        " bill. Hearn has defended it on the floor twice."
        + N
        + "The state made a mistake in the audit of the Duluth port, Hearn has said. Said Hearn,"
        " “An error on our part is painful to us.”"
    )
    assert _speaker(text, "An error") == "Rita Hearn"


def test_a_title_named_paragraphs_later_is_not_taken_for_the_one_meant() -> None:
    """A guard for the first mend: "In his state, Dalton said, ... “...,” the governor
    said" with Gov. Ann Kell named only four paragraphs on: too far ahead to take "the
    governor" from Dalton, the one the paragraph is about (main: Kell; on train, Chris
    Christie with Ohio Gov. John Kasich named later, where main kept Christie only because
    "Former Florida Gov. Jeb Bush" still fitted "the governor")."""
    text = (
        "Frank Dalton answered a question on drug treatment at the forum. In his state,"
        " Dalton said, first offenders go to treatment. “Crime fell 20 percent,” the"
        " governor said."
        + N
        + "The crowd applauded."
        + N
        + "Moderators moved on to taxes."
        + N
        + "Then came foreign policy."
        + N
        + "Ohio Gov. Ann Kell spoke next, on trade."
    )
    assert _speaker(text, "Crime fell") == "Frank Dalton"
