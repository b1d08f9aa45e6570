"""attrib86: the thirty-fourth batch of invented probes (issue 15), about **who said it on
kinds of news other than politics**, the earlier batches being mostly US politics and then
world news: 12 stories, one of each kind: a trial's opening day (a prosecutor's opening
statement, the defence lawyer, a witness under cross-examination in bare quoted turns
"“...?” Banerjee asked." / "“...,” he replied.", the judge as "the judge", "prosecutors
said in a court filing", "the defendant ... she said:"); a town council hearing (council
president, councillors, residents "said X, who lives on Mill Street", "Asked by X whether
..., Y answered:"); an earnings story (the chief executive on a call, analysts' notes "wrote
in a note to clients", "she wrote", "the company said in a statement that ... “...”", a
union local's president after "said"); a football match report ("told reporters after the
game", "said City head coach X", "the captain said", "he said, grinning"); a medical study
("said Dr. X, a neurologist and the study's lead author", "called the results “...”", a
patient as "One participant, 71-year-old retired teacher X", "a company spokeswoman said");
a flood (residents by age and village, a neighbour, a fire chief "told a briefing", a
councillor, a minister "told reporters there"); an obituary (a daughter, a son, a last
owner, a quotation from an old interview "he told the paper", a father's words quoted
inside his son's, "his wife said" with the wife named only "Doris"); a magazine feature
whose quoted paragraphs run on with no cue, the speaker carried from the paragraph before,
two of them for a brother who shares her surname; a Q&A interview (answers after "A:", a
predecessor quoted inside a question, the wife "Reached by phone"); a sentencing (the
judge, a widow's statement, a barrister, a prosecutor, a detective sergeant, "the
cyclist's brother, Arun"); a tennis quarterfinal ("Said X, when asked ...:"); a hospital
strike vote ("said union president X, a nurse in ...", "the statement said", an unnamed
nurse "who asked not to be named").

Every person and event is invented, and every quotation is written for this batch. Every
expected speaker was written before On Record read the probes (the articles and this list
were committed first). A nominal speaker counts in either case of its first letter.
First judged on main 7dc4fc08: 113 of 117 right (3.4% wrong). The branch's mend (a
surname shared with a relative of one's own goes to the one quoted by that surname, not
to the relative merely because only the relative had been quoted through "he said":
"Evelyn Marsh ... “...,” Marsh said ... Her brother, Clive Marsh ... “...,” he said ...
Marsh keeps a logbook. ... “...,” she said") makes the feature's last two quotations
right: 115 (1.7% wrong). It leaves the whole-train output byte-identical (no shared
surname there has a relative heard only as "he") and moves no other probe batch. A second
mend was tried and dropped: an uncued quotation after a sentence whose subject is a
definite nominal naming someone ("The judge then turned to me. “Mr. D'Souza?”", two
whole-train misses of that kind) taken as that person's, as after a named subject; on whole
train it moved one quotation, from none to the wrong person ("The Christian leader" read as
Carson), and the learnt model outranked the new candidate on the two it was for. The two
still wrong are listed in KNOWN_WRONG_86 with what On
Record gives and why; the figure is printed by ``test_thirty_fourth_batch_figure`` (run
with -s).
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_86, 1 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. The figure stays 115/117.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, said_outside
from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_86.json")
FIRST_JUDGED = 113  # right on main 7dc4fc08 before any mend, of 117


PRATCHETT = ("Owen Pratchett", "Pratchett")
BANERJEE = ("Celia Banerjee", "Banerjee")
QUIMBY = ("Harold Quimby", "Quimby")
JUDGE_OL = ("Ruth Okonkwo-Lane", "Okonkwo-Lane", *_unnamed("the judge", "judge"))
MARLOWE = ("Denise Marlowe", "Marlowe", *_unnamed("the defendant", "defendant"))
OYELARAN = ("Brendan Oyelaran", "Oyelaran")
VASQUEZ = ("Leah Vasquez-Trent", "Vasquez-Trent")
VITALE = ("Lorraine Vitale", "Vitale")
HARROW = ("Harrow Foods", "Harrow", *_unnamed("the company", "company"))
AMANKWAH = ("Kofi Amankwah", "Amankwah")
LENNOX = ("Stuart Lennox", "Lennox")
STROM = ("Annika Strøm", "Strøm")
MARAIS = ("Joel Marais", "Marais", *_unnamed("the captain", "captain"))
TAKAHASHI = ("Ingrid Takahashi", "Takahashi", "Dr. Ingrid Takahashi")
ORJI = ("Samuel Orji", "Orji", "Dr. Samuel Orji")
HOLLOWAY = ("Margaret Holloway", "Holloway")
DRUMMOND = ("Fiona Drummond", "Drummond")
REID = ("Alasdair Reid", "Reid")
LINDSAY = ("Morag Lindsay", "Lindsay")
BAYLISS = ("Hamish Bayliss", "Bayliss")
FAIRLIE = ("Catriona Fairlie", "Fairlie")
JOANNE = ("Joanne Fenimore-Ruiz", "Fenimore-Ruiz")
MICHAEL = ("Michael Fenimore",)
WALTER = ("Walter Fenimore", "Fenimore", "Mr. Fenimore")
MARCHETTI = ("Lydia Marchetti", "Marchetti")
DORIS = ("Doris", "Doris Fenimore", *_unnamed("his wife", "wife"))
EVELYN = ("Evelyn Marsh", "Marsh")
CLIVE = ("Clive Marsh",)
DELGADO = ("Patricia Delgado", "Delgado")
GORDON = ("Gordon Achebe-Lund", "Achebe-Lund")
ROSA = ("Rosa Achebe-Lund", "Rosa")
JUDGE_RW = ("Anthony Reyes-Whitby", "Reyes-Whitby", *_unnamed("the judge", "judge"))
SUNITA = ("Sunita Menon",)
GALBRAITH = ("Fiona Galbraith", "Galbraith")
ASKE = ("Daniel Aske", "Aske")
ARUN = (
    "Arun",
    "Arun Menon",
    *_unnamed("Rajiv Menon’s brother", "Rajiv Menon's brother", "brother"),
)
KOVALENKO = ("Daria Kovalenko", "Kovalenko")
HSU = ("Mei-Lin Hsu", "Hsu")
DVORAK = ("Petr Dvořák", "Dvořák")
NAKAMURA = ("Theresa Nakamura", "Nakamura")
HOSPITAL = (
    "Springvale Memorial Hospital",
    *_unnamed("the hospital", "hospital", "the statement", "statement"),
)
PREWITT = ("Alan Prewitt", "Prewitt")
NURSE = _unnamed("a cardiac nurse", "cardiac nurse", "the nurse", "nurse")

PROBES_86: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("s01", "not a case about sloppy bookkeeping", PRATCHETT),
    ("s01", "a woman who stole from people", PRATCHETT),
    ("s01", "Every dollar my client moved", BANERJEE),
    ("s01", "I chaired those meetings", QUIMBY),
    ("s01", "I would remember a vote", QUIMBY),
    ("s01", "Not every page, no", QUIMBY),
    ("s01", "So you signed documents", BANERJEE),
    ("s01", "I trusted her", QUIMBY),
    ("s01", "try this case in the hallway", JUDGE_OL),
    ("s01", "save the speeches for closing", JUDGE_OL),
    ("s01", "clean up", ("Aaron Feld", "Feld", *_unnamed("prosecutors"))),
    ("s01", "Yes, Your Honor", MARLOWE),
    ("s02", "We heard you", ("Gloria Santangelo", "Santangelo")),
    ("s02", "Every year we study this", OYELARAN),
    ("s02", "cannot wait for a perfect plan", OYELARAN),
    ("s02", "forty-year decision", VASQUEZ),
    ("s02", "at eleven o’clock at night", VASQUEZ),
    ("s02", "a concrete box next to the river", ("Marjorie Ekwueme", "Ekwueme")),
    ("s02", "drove around twice", ("Tom Baskin", "Baskin")),
    ("s02", "It will fall", ("Philip Arcand", "Arcand")),
    ("s03", "not the quarter we wanted", VITALE),
    ("s03", "We priced too far ahead", VITALE),
    ("s03", "Call it a reset", VITALE),
    ("s03", "earn back the trips", VITALE),
    ("s03", "Price cuts buy volume", ("Mitchell Ahn", "Ahn")),
    ("s03", "one more cut coming", ("Gabriela Sousa", "Sousa")),
    ("s03", "These are hard decisions", ("Dennis Okafor", "Okafor")),
    ("s03", "every affected employee a role", HARROW),
    ("s03", "learned it from the news", ("Darnell Whitfield", "Whitfield")),
    ("s04", "I told the gaffer", AMANKWAH),
    ("s04", "You miss one", AMANKWAH),
    ("s04", "Kofi practises them", LENNOX),
    ("s04", "If he misses, he misses", LENNOX),
    ("s04", "We stopped playing", STROM),
    ("s04", "kill the game", STROM),
    ("s04", "I have seen it once", STROM),
    ("s04", "Once is enough", STROM),
    ("s04", "My mum is in the stand", ("Danny Whelan", "Whelan")),
    ("s04", "We threw it away", MARAIS),
    ("s04", "Nobody in that dressing room", MARAIS),
    ("s05", "surprised by the size of the effect", TAKAHASHI),
    ("s05", "It is not a cure", TAKAHASHI),
    ("s05", "ideas are not evidence", TAKAHASHI),
    ("s05", "encouraging but early", ORJI),
    ("s05", "I would not rush out", ORJI),
    ("s05", "Ask me again in three years", ORJI),
    ("s05", "I still lose my keys", HOLLOWAY),
    ("s05", "I lose them less", HOLLOWAY),
    ("s05", "We welcome independent work", ("Pellworth Pharma", *_unnamed(
        "a company spokeswoman", "company spokeswoman", "spokeswoman"))),
    ("s06", "came up through the floorboards", DRUMMOND),
    ("s06", "By four it was at the windows", DRUMMOND),
    ("s06", "never seen it like this", REID),
    ("s06", "Never.", REID),
    ("s06", "do not drive through floodwater", LINDSAY),
    ("s06", "will float a car", LINDSAY),
    ("s06", "once-in-a-century flood in 2015", BAYLISS),
    ("s06", "This is the third", BAYLISS),
    ("s06", "The priority today is people", FAIRLIE),
    ("s06", "questions about defences are fair", FAIRLIE),
    ("s06", "nothing but kindness", ("Jean Ochoa", "Ochoa")),
    ("s07", "a song you play the same way twice", JOANNE),
    ("s07", "He drove his musicians crazy", JOANNE),
    ("s07", "He would not say anything for twenty minutes", MICHAEL),
    ("s07", "Again, but mean it this time", WALTER),
    ("s07", "He would not take the money", MARCHETTI),
    ("s07", "the room had paid him enough", MARCHETTI),
    ("s07", "A record is a photograph", WALTER),
    ("s07", "I would rather be a rumour", WALTER),
    ("s07", "He asked for no speeches", DORIS),
    ("s07", "Just the band", DORIS),
    ("s08", "People ask me why", EVELYN),
    ("s08", "Maybe it is just what the legs do", EVELYN),
    ("s08", "When I was a girl I hated it here", EVELYN),
    ("s08", "I went to the mainland for twenty years", EVELYN),
    ("s08", "I used to argue with her", CLIVE),
    ("s08", "argue with the rock", CLIVE),
    ("s08", "She will go when she goes", CLIVE),
    ("s08", "She is not on the books", DELGADO),
    ("s08", "she spots things our cameras do not", DELGADO),
    ("s08", "Nobody reads it", EVELYN),
    ("s08", "If I stop writing it", EVELYN),
    ("s09", "My brother-in-law bet me", GORDON),
    ("s09", "How many people want to talk to me", GORDON),
    ("s09", "I have no experience of being mayor", GORDON),
    ("s09", "being run from a van", ("Janet Colquhoun", "Colquhoun")),
    ("s09", "it is a nice van", GORDON),
    ("s09", "Ask my wife", GORDON),
    ("s09", "He will run again", ROSA),
    ("s09", "He says he won", ROSA),
    ("s10", "You chose to read a message", JUDGE_RW),
    ("s10", "In the four seconds", JUDGE_RW),
    ("s10", "Rajiv spent his life", SUNITA),
    ("s10", "killed by a stranger", SUNITA),
    ("s10", "utterly ashamed", GALBRAITH),
    ("s10", "He does not ask for forgiveness", GALBRAITH),
    ("s10", "not a moment of distraction", ASKE),
    ("s10", "It was a habit", ASKE),
    ("s10", "Put the phone in the glovebox", ("Louise Kerr", "Kerr")),
    ("s10", "Six years is not enough", ARUN),
    ("s10", "Nothing would be enough", ARUN),
    ("s11", "I cannot believe it", KOVALENKO),
    ("s11", "Today there were ten thousand people", KOVALENKO),
    ("s11", "She played the big points better", HSU),
    ("s11", "I had my chances", HSU),
    ("s11", "It was hot for both of us", HSU),
    ("s11", "She was nervous", DVORAK),
    ("s11", "six coffees", DVORAK),
    ("s11", "Whoever is tired", KOVALENKO),
    ("s12", "not striking for ourselves", NAKAMURA),
    ("s12", "On a bad night", NAKAMURA),
    ("s12", "Nobody can do that well", NAKAMURA),
    ("s12", "disappointed", HOSPITAL),
    ("s12", "Our doors remain open", HOSPITAL),
    ("s12", "That money does not exist", PREWITT),
    ("s12", "we would already be spending it", PREWITT),
    ("s12", "I love this job", NURSE),
    ("s12", "A strike in a hospital", ("Carla Dominguez", "Dominguez")),
]  # fmt: skip

KNOWN_WRONG_86: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("s01", "Yes, Your Honor"): (
        "Ruth Okonkwo-Lane",
        '"The defendant did not speak in court except to answer the judge. Asked whether she '
        'understood her rights, she said: “...”": a bare definite subject ("The defendant") '
        "is read as referring back, but no role the article gives fits it (Marlowe is never "
        'called the defendant, only "the trial of Denise Marlowe"), so "she" passes it for '
        "the woman last named, the judge; nowhere on whole train (a regex over the texts "
        "finds no pronoun cue after such a sentence), so left",
    ),
    ("s03", "every affected employee a role"): (
        "Northfield Securities",
        '"The company said in a statement that ... “...”": "the company" is the last run of '
        "capitalised words before it, an analyst's firm (\"Gabriela Sousa of Northfield "
        "Securities\"), not the article's company, named in the lede and twice since by its "
        'short name ("Harrow"); "the company said" is in five whole-train texts and wrong in '
        "none, so no mend rests on this one story",
    ),
}

OUTER_86 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('s07', 'Again, but mean it this time'): ('Michael Fenimore',),
}  # fmt: skip

test_probe_speaker_thirty_fourth_batch, test_thirty_fourth_batch_figure = judged_batch_tests(
    "probes86",
    PROBES,
    said_outside(PROBES_86, OUTER_86),
    KNOWN_WRONG_86,
    FIRST_JUDGED,
    size=len(PROBES_86),
)


def test_a_shared_surname_is_the_one_quoted_by_it_not_a_relative_heard_as_he() -> None:
    """A lone surname two people share, one of them introduced as the other's relative,
    is the other's where she was quoted by that surname, though only the relative was
    quoted through a pronoun ("“...,” he said"): the relative is taken only where no one
    else was heard (tests/test_coref53.py, "Weller shook his head")."""
    story = (
        "Nora Haldane has kept the bakery on Quay Street for 40 years. \u201cIt is my "
        "life,\u201d Haldane said.\n\nHer son, Peter Haldane, drives the delivery van. "
        "\u201cI keep telling her to retire,\u201d he said.\n\n"
    )
    asked = story + "\u201cRetire to what?\u201d Haldane asked, wiping flour from the counter."
    assert _speaker(asked, "Retire to what") == "Nora Haldane"
    landlord = (
        "The landlord, Ines Carvajal, said the rent would not rise. \u201cShe pays on "
        "time,\u201d Carvajal said.\n\nHaldane laughs at that.\n\n\u201cRetire to "
        "what?\u201d she said."
    )
    assert _speaker(story + landlord, "Retire to what") == "Nora Haldane"  # not Carvajal
