"""attrib79: the thirty-first batch of invented probes (issue 15), about **who said it, on
forms the rules have seldom seen**: 14 US-politics stories in the genre of the held-out split
(invented people and events; President Obama in his public role). Forms: an interview printed
as Q&A with the outlet's and the guest's names as labels ("Tribune:", "Calloway:") and
quotations inside the answers; a long magazine feature whose subject is named paragraphs
before a run of quotations (some with no cue, "she says" present tense, "Pillai's candidate");
quotations inside quotations ("“He ... told me, ‘We're finished,’ ” Ruiz said", "My grandson
asked me, ‘...?’ "); the speaker far from the cue behind relative and appositive clauses; "according
to" with people, a transcript, a newspaper and filings; the speaker named after the quotation
in the next sentence ("That was Gov. ...", "So said ...", "The quip came from ...", "The line,
from a Republican county chairman ..."); a debate transcript with moderator turns in capitals;
tweets and statements ("wrote on Twitter:", "tweeted that", "said in a statement", "posted a
one-word reaction on Twitter:"); crowd chants and signs; a quoted speaker who is the subject of
a subordinate clause ("When X called the plan “...”, Y answered", "Because X had promised that
...", "Although X insisted that ...", "If, as X told reporters, ..."); an oral history with
"— Name, role" lines under each quotation; a lawsuit and a hearing quoting emails.

Every person and event is invented, and every quotation is written for this batch. Every
expected speaker was written before On Record read the probes (the articles and this list
were committed first). A nominal speaker counts in either case of its first letter.
First judged on main (542b672): 119 of 163 right (27.0% wrong) by the list as committed;
three of the 44 are slips of the list, right in another form ("her grandson", "Pratt campaign",
"Stroman office"), so 122 substantively (25.2% wrong). After the mends (a past form in "-ed"
the tagger read as a noun before "and" and a verb: "the crowd booed and chanted “...”"; a
preposition's objects listed with "and" inside the subject: "Thousands of teachers,
firefighters and state workers ..., chanting"; a named transcript turn's own cue naming a
third voice: "ABUELO: ... Their newsletter called it “...”"; a quotation closing a fronted
subordinate clause: "After Pelletier told reporters that he would “...,” the White House
called"): 123 (24.5% wrong; 126 substantively, 22.7%).
The quotations still wrong are listed in KNOWN_WRONG_79 with what On Record gives and why;
the figure is printed by ``test_thirty_first_batch_figure`` (run with -s).
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_79, 8 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. Four of e03 and e14 come off KNOWN_WRONG: 127/163 -> 132/163.
nextcue95: the sentence after a quotation standing alone may name its speaker pointing
back at it (core.named_after: "That was Gov. X", "So said Sen. X" opening the next
paragraph, "The quip came from X", "That was the answer ... from X", "The line, from X,
got", "X's reply ... arrived"): e06's six come off KNOWN_WRONG: 138/163.
ranker96: the speaker ranker trained in an order keyed on each example, so that one example
more or less no longer re-deals the rest; its retrain turns e13's close call between "he"
(Cyril Oduya) and "Oduya" (Lorraine) to "he": two go on KNOWN_WRONG, 136/163.
The retrain on the fifty-ninth session's merged code (three train examples more) turns
e12's close call between Holly Ashcraft and Dwayne Tibbs to Tibbs: 135/163.
The retrain on the sixtieth session's merged code turns e12 back to Ashcraft and e13's two
back to Lorraine Oduya: 138/163. The retrain on the sixty-first session's merged code turns
the three close calls once more (e12 to Tibbs, e13's two to Cyril Oduya): 135/163. The
sixty-second session's turns e12 back to Holly Ashcraft: 136/163.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, said_outside
from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_79.json")
FIRST_JUDGED = 119  # right on main 542b672 before any mend, of 163


OBAMA = ("Obama", "Barack Obama", "President Obama")
CALLOWAY = ("Rhonda Calloway", "Calloway")
OKERLUND = ("Jim Okerlund", "Okerlund")
BUDGET_DIRECTOR = _unnamed("my budget director", "budget director", "director")
HUSBAND_C = _unnamed("my husband", "husband")
TRIBUNE = ("Albuquerque Tribune", "Tribune", "Hector Salas", *_unnamed("the Albuquerque Tribune"))
ELLEN = ("Ellen Vasquez-Ridley", "Vasquez-Ridley")
ALMA = ("Alma Vasquez",)
OLDHAM = ("Curtis Oldham", "Oldham")
DOOR_MAN = _unnamed("a man in a Texas Tech cap", "man", "a man")
RUIZ = ("Alicia Ruiz", "Ruiz")
HUMMERT = ("Dale Hummert", "Hummert", *_unnamed("the governor", "governor"))
GRANDSON = _unnamed("my grandson", "grandson")
AMBROSE = ("Judith Ambrose-Kahn", "Ambrose-Kahn", *_unnamed("the nominee", "nominee"))
PROSECUTORS = _unnamed(
    "a letter from 40 former federal prosecutors",
    "a letter",
    "letter",
    "40 former federal prosecutors",
)
PRATT = ("Sheldon Pratt", "Pratt")
FILINGS = (*_unnamed("the campaign", "campaign", "the filings", "filings"), *PRATT)
MEMO = _unnamed("an internal campaign memo", "internal campaign memo", "memo", "campaign memo")
COUNTY_CHAIRMAN = _unnamed(
    "a Republican county chairman in Greene County",
    "a Republican county chairman",
    "Republican county chairman",
    "county chairman",
    "chairman",
)
ABUELO = ("Lauren Abuelo", "Abuelo")
WEXFORD = ("Ted Wexford", "Wexford")
AFL_PRESIDENT = _unnamed(
    "the president of the state AFL-CIO", "president of the state AFL-CIO", "president"
)
NEWSLETTER = _unnamed("their newsletter", "newsletter", "the union", "union")
WEX_FATHER = _unnamed("my father", "father", "your father")
CBC = ("Congressional Black Caucus",)
FARRISH = ("Jolene Farrish", "Farrish")
WH_SPOKESWOMAN = _unnamed("a White House spokeswoman", "White House spokeswoman", "spokeswoman")
STROMAN = ("Neil Stroman", *_unnamed("Attorney General Neil Stroman's office", "office"))
CROWD = _unnamed(
    "thousands of teachers, firefighters and state workers",
    "thousands of teachers",
    "thousands",
    "teachers",
    "the crowd",
    "crowd",
)
SIGN = _unnamed("one sign", "sign")
FIREFIGHTER = _unnamed(
    "another",
    "a retired firefighter from Peoria",
    "a retired firefighter",
    "retired firefighter",
    "firefighter",
)
PROTESTER_SIGN = _unnamed("a protester's sign", "protester's sign", "sign")
FITCH = ("Dolores Fitch", "Fitch")
KESSLER = ("Joan Kessler", "Kessler")
RADCLIFFE = ("Mitch Radcliffe", "Radcliffe")
FERRARO = ("Gabe Ferraro",)
TRINA = ("Trina Hollis",)
DANA = ("Dana Hollis", "Dana")
KIMBROUGH = ("Arthur Kimbrough", "Kimbrough")
FORMER_AIDE_HALE = _unnamed(
    "a former aide to Lt. Gov. Priscilla Hale", "a former aide", "former aide", "aide"
)
VITALE = ("Raymond Vitale", "Vitale")
ODUYA = ("Lorraine Oduya", "Oduya")
OTHER_CHIEF = _unnamed("his chief of staff", "chief of staff")
BRANDVOLD = ("Harold Brandvold", "Brandvold")
FORMER_AIDE_B = _unnamed("a former Brandvold aide", "former Brandvold aide", "aide")
CYRIL = ("Cyril", "Cyril Oduya")
EMAIL = _unnamed("a 2013 email", "2013 email", "email", "the email")
PAGANO = ("Ruth Pagano", "Pagano")
AFOLABI = ("Glenda Afolabi", "Afolabi")
RENNER = ("Scott Renner", "Renner")
IG_REPORT = _unnamed(
    "the inspector general's report", "inspector general's report", "report", "inspector general"
)
VA = ("VA", "Veterans Affairs", "The VA", "the VA", "Department of Veterans Affairs")

PROBES_79: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("e01", "best thing to happen to the Permian", OKERLUND),
    ("e01", "signed checks we cannot cash", BUDGET_DIRECTOR),
    ("e01", "a bet, not a plan", CALLOWAY),
    ("e01", "governing like a petroleum lobbyist", ("Marisol Quintana", "Quintana")),
    ("e01", "hardest job in the country", OBAMA),
    ("e01", "Never answer a question about 2018", HUSBAND_C),
    ("e01", "sloppy and unfair", _unnamed("your office", "office", *CALLOWAY)),
    ("e01", "Print the part about my husband", CALLOWAY),
    ("e01", "He will love that", CALLOWAY),
    ("e01", "Fifty years", OKERLUND),
    ("e02", "never been that angry in public", ELLEN),
    ("e02", "My hands were shaking", ELLEN),
    ("e02", "I said no four times", ELLEN),
    ("e02", "She said no three times", ALMA),
    ("e02", "you already decided", ALMA),
    ("e02", "She is a good teacher", OLDHAM),
    ("e02", "Put that down exactly", OLDHAM),
    ("e02", "Curtis has been in Austin", ELLEN),
    ("e02", "done for a music teacher", ELLEN),
    ("e02", "I'll wait", ELLEN),
    ("e02", "no money and no consultants", ("Dev Pillai", "Pillai")),
    ("e02", "going to lose", ELLEN),
    ("e02", "I might lose", ELLEN),
    ("e02", "a nice moment that happened", ("Brett Harlan", "Harlan")),
    ("e02", "My wife is voting for you", DOOR_MAN),
    ("e02", "I'm still thinking", DOOR_MAN),
    ("e02", "That's a yes", ELLEN),
    ("e02", "doesn't know it yet", ELLEN),
    ("e03", "buttoned his jacket", RUIZ),
    ("e03", "We're finished", HUMMERT),
    ("e03", "had not finished my first sentence", RUIZ),
    ("e03", "Walked out. 2:14", ("Ben Oyelaran", "Oyelaran", "Ben")),
    ("e03", "Ben wrote down", RUIZ),
    ("e03", "every dollar the law allows", HUMMERT),
    ("e03", "then he left for another meeting", ("Kaylee Brandt", "Brandt")),
    ("e03", "That is not walking out", ("Kaylee Brandt", "Brandt")),
    ("e03", "done here", HUMMERT),
    ("e03", "What I heard was", ("Oscar Lindqvist", "Lindqvist")),
    ("e03", "Which is different", ("Oscar Lindqvist", "Lindqvist")),
    ("e03", "request was incomplete", HUMMERT),
    ("e03", "are we going to have to move", GRANDSON),
    ("e03", "My grandson asked me", ("Wanda Pruett", "Pruett")),
    ("e03", "have an answer for him", ("Wanda Pruett", "Pruett")),
    ("e03", "If he calls", RUIZ),
    ("e03", "I always answer", RUIZ),
    ("e04", "qualified, if not inspiring", ("Gordon Pelletier", "Pelletier")),
    ("e04", "follow the law wherever it leads", AMBROSE),
    ("e04", "rehearsed and evasive", ("Wade Tolliver", "Tolliver")),
    ("e04", "no memory of the memo", AMBROSE),
    ("e04", "not made up my mind", ("Lyle Brisco", "Brisco")),
    ("e04", "sleep on it", ("Gordon Pelletier", "Pelletier")),
    ("e04", "the most careful lawyer", PROSECUTORS),
    ("e04", "not thrilled, but not opposed", ("Marjorie Fenn", "Fenn")),
    ("e04", "Her father was a Marine", ("Wade Tolliver", "Tolliver")),
    ("e04", "I respect that", ("Wade Tolliver", "Tolliver")),
    ("e04", "Because I made up my mind", ("Lyle Brisco", "Brisco")),
    ("e05", "a dead heat", ("Kira Lindgren", "Lindgren")),
    ("e05", "We can win this", PRATT),
    ("e05", "digital persuasion", FILINGS),
    ("e05", "enormous for a House seat", ("Ted Marchetti", "Marchetti")),
    ("e05", "they're scared", ("Lorna Beaulieu", "Beaulieu")),
    ("e05", "the whole ballgame", MEMO),
    ("e05", "forgotten where Paducah is", ("Antoinette Bixby", "Bixby")),
    ("e05", "cute but wrong", ("Lyle Dorsey", "Dorsey")),
    ("e05", "He was in Paducah", ("Lyle Dorsey", "Dorsey")),
    ("e05", "He had the catfish", ("Lyle Dorsey", "Dorsey")),
    ("e06", "If you want a fighter", ("Burt Calhoun", "Calhoun")),
    ("e06", "lost an election by being too boring", ("Patricia Lindahl", "Lindahl")),
    ("e06", "I'm the cattle", ("Jerry Oduya", "Oduya")),
    ("e06", "Ask me after Labor Day", ("Connie Marsh", "Marsh")),
    ("e06", "We have a folding chair", COUNTY_CHAIRMAN),
    ("e06", "I am not a poet", ("Burt Calhoun", "Calhoun")),
    ("e06", "never been accused of it", ("Burt Calhoun", "Calhoun")),
    ("e06", "see his poetry", ("Patricia Lindahl", "Lindahl")),
    ("e07", "every union hall", (*ABUELO, *_unnamed("your opponent", "opponent"))),
    ("e07", "saved 4,000 jobs", AFL_PRESIDENT),
    ("e07", "a sellout with a bow", NEWSLETTER),
    ("e07", "never take a dime", ABUELO),
    ("e07", "never trust a man", WEX_FATHER),
    ("e07", "stubbornest child", WEX_FATHER),
    ("e07", "the whole race in two minutes", ABUELO),
    ("e07", "Good night, Columbus", WEXFORD),
    ("e07", "The voters", ("Karen Feld", "Feld")),
    ("e08", "a loss for the lawyers", FARRISH),
    ("e08", "voters who look like me", ("Marcus Dellorto", "Dellorto")),
    ("e08", "Disappointed but not surprised", CBC),
    ("e08", "every state capitol", CBC),
    ("e08", "comply fully and promptly", ("Abel Trujillo", "Trujillo")),
    ("e08", "Shameful", ("Texas Democratic Party",)),
    ("e08", "These are fair maps", FARRISH),
    ("e08", "studied for decades", ("Renée Gaston", "Gaston")),
    ("e08", "and not kindly", ("Renée Gaston", "Gaston")),
    ("e08", "a retreat from the promise", ("Cora Whitfield", "Whitfield")),
    ("e08", "deeply disappointed", WH_SPOKESWOMAN),
    ("e08", "restore the Voting Rights Act", WH_SPOKESWOMAN),
    ("e08", "reviewing the decision", STROMAN),
    ("e09", "Hands off our pensions", CROWD),
    ("e09", "I teach your kids", SIGN),
    ("e09", "Promise kept", FIREFIGHTER),
    ("e09", "not going away", FITCH),
    ("e09", "Shame! Shame", CROWD),
    ("e09", "a math problem", ("Wendell Ardmore", "Ardmore")),
    ("e09", "Pay what you owe", PROTESTER_SIGN),
    ("e09", "did everything we asked", ("Gina Marcotte", "Marcotte")),
    ("e09", "never been to a protest", ("Tom Kaczmarek", "Kaczmarek")),
    ("e09", "My wife made the sign", ("Tom Kaczmarek", "Kaczmarek")),
    ("e09", "moving to the Senate", FITCH),
    ("e10", "a fantasy with a spreadsheet", RADCLIFFE),
    ("e10", "never met a spreadsheet", KESSLER),
    ("e10", "done by the Fourth", KESSLER),
    ("e10", "ready to sign anything reasonable", RADCLIFFE),
    ("e10", "a billion dollars apart", KESSLER),
    ("e10", "by the second week of November", ("Amira Stokes", "Stokes")),
    ("e10", "at the breaking point", ("Rhonda Yates", "Yates")),
    ("e10", "Halfway to what", RADCLIFFE),
    ("e10", "He knows where", KESSLER),
    ("e11", "three TVs in the war room", FERRARO),
    ("e11", "Nobody would call it", TRINA),
    ("e11", "the AP called it", FERRARO),
    ("e11", "Somebody find me a podium", DANA),
    ("e11", "came out of the back room", ("Wes Pomeroy", "Pomeroy")),
    ("e11", "written two speeches", DANA),
    ("e11", "taped it back together", TRINA),
    ("e11", "ran a good race", KIMBROUGH),
    ("e11", "I called her and said", KIMBROUGH),
    ("e11", "I meant both parts", KIMBROUGH),
    ("e12", "our friends at Delmont", FORMER_AIDE_HALE),
    ("e12", "Please delete this", VITALE),
    ("e12", "very grateful for your support", VITALE),
    ("e12", "recycled gossip", ("Sondra Bleeker", "Bleeker")),
    ("e12", "We sued because we read", ("Arjun Mehta", "Mehta")),
    ("e12", "never met anyone from Delmont", ("Priscilla Hale", "Hale")),
    ("e12", "won the contract on the merits", ("Delmont",)),
    ("e12", "defend itself vigorously", ("Delmont",)),
    ("e12", "does not comment on pending", ("Dwayne Tibbs", "Tibbs")),
    ("e12", "Nobody in Raleigh", ("Holly Ashcraft", "Ashcraft")),
    ("e13", "two different lists", ODUYA),
    ("e13", "I remember who voted", ODUYA),
    ("e13", "called his chief of staff at home", ODUYA),
    ("e13", "gave his word in this office", ODUYA),
    ("e13", "things change", OTHER_CHIEF),
    ("e13", "And he said", ODUYA),
    ("e13", "She runs the office", BRANDVOLD),
    ("e13", "I run my mouth", BRANDVOLD),
    ("e13", "the most frightening person", FORMER_AIDE_B),
    ("e13", "Good", ODUYA),
    ("e13", "cries at every Pixar movie", CYRIL),
    ("e13", "Every single one", CYRIL),
    ("e13", "retire when you stop calling", ODUYA),
    ("e13", "He hasn't stopped", ODUYA),
    ("e14", "a secret list", (*EMAIL, *PAGANO)),
    ("e14", "receive 300 emails a day", AFOLABI),
    ("e14", "not proud that I missed", AFOLABI),
    ("e14", "This is getting worse", (*EMAIL, *PAGANO)),
    ("e14", "It says", RENNER),
    ("e14", "Nobody advised", RENNER),
    ("e14", "may have died while awaiting", IG_REPORT),
    ("e14", "not an excuse", ("Corrine Abbey", "Abbey")),
    ("e14", "because somebody had to", PAGANO),
    ("e14", "go in a drawer", PAGANO),
    ("e14", "I was right", PAGANO),
    ("e14", "made significant changes", VA),
    ("e14", "They say that every year", RENNER),
]

KNOWN_WRONG_79: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("e01", "signed checks we cannot cash"): (
        "Jim Okerlund",
        '"the first thing my budget director told me was, “...”": the speaker is inside the '
        'subject of "was" (a noun clause "the thing X told me"), not read',
    ),
    ("e13", "retire when you stop calling"): (
        "Cyril Oduya",
        'a close call between "he" (Cyril Oduya) and "Oduya" (Lorraine), turned by each '
        "retrain on merged code (the sixty-first session's: he)",
    ),
    ("e13", "He hasn't stopped"): (
        "Cyril Oduya",
        'a close call between "he" (Cyril Oduya) and "Oduya" (Lorraine), turned by each '
        "retrain on merged code (the sixty-first session's: he)",
    ),
    ("e01", "a bet, not a plan"): (
        None,
        '"Calloway: I told Jim at the time, “...”": "I" in a Q&A answer is not the label\'s name',
    ),
    ("e01", "hardest job in the country"): (
        "Jim Okerlund",
        '"Tribune: What did President Obama say ...? / Calloway: He said, “...”": "he" is the '
        "man the question names, not the one named in the answer before",
    ),
    ("e01", "Never answer a question about 2018"): (
        "Rhonda Calloway",
        '"My husband has a rule: “...”": a noun of speech ("rule") owned by the subject, no cue',
    ),
    ("e02", "going to lose"): (
        "Pillai's candidate",
        '"Pillai\'s candidate is clear-eyed .... “...,” she says": the nominal is not resolved '
        "to the feature's subject",
    ),
    ("e02", "I might lose"): ("Pillai's candidate", "as the one before"),
    ("e02", "My wife is voting for you"): (
        "Curtis Oldham",
        '"A man in a Texas Tech cap opened one door .... “...,” he told her": "he" passes the '
        "unnamed man for the last named man",
    ),
    ("e02", "I'm still thinking"): ("Curtis Oldham", "as the one before"),
    ("e04", "follow the law wherever it leads"): (
        "Gordon Pelletier",
        '"The nominee, a former deputy solicitor general whose work ... was cited ..., told the '
        'committee that she would “...”": the subject behind a 25-word appositive with a '
        "relative clause is not found; the speaker before is taken",
    ),
    ("e05", "digital persuasion"): (
        "Pratt campaign",
        'right in another form ("The campaign of Rep. Sheldon Pratt"; a slip of the list)',
    ),
    ("e07", "saved 4,000 jobs"): (
        "AFL-CIO",
        '"the president of the state AFL-CIO called me that night and said, “...”": the '
        "turn's own cue now wins over the label, but the phrase resolves to the union",
    ),
    ("e07", "never take a dime"): (
        "Karen Feld",
        '"FELD: Ms. Abuelo, you said in March that you would “...”": "you" is the addressee '
        "named in the turn, not the label",
    ),
    ("e08", "reviewing the decision"): (
        "Stroman office",
        'right in another form ("Attorney General Neil Stroman\'s office"; a slip of the list)',
    ),
    ("e09", "Promise kept"): (
        "one sign",
        '"One sign read “...” Another, held up by a retired firefighter from Peoria, said '
        'simply: “...”": "Another" (a second sign) is not read as a subject; the sign before',
    ),
    ("e09", "Pay what you owe"): (
        "Gina Marcotte",
        '"held up a protester\'s sign that read “...”": the sign is the object, not a subject',
    ),
    ("e12", "our friends at Delmont"): (
        "a lawsuit",
        '"A former aide ... wrote in a 2014 email that ... “...,” according to a lawsuit": a '
        'closing "according to" overrules the cue\'s own subject; the report rule reads past a '
        "cue before the quotation only for a speaker the article names",
    ),
    ("e12", "Please delete this"): (
        "Priscilla Hale",
        '"The aide, identified in the suit as Raymond Vitale, later wrote ...: “...”": the name '
        'in a participle appositive ("identified as NAME") is not read',
    ),
    ("e13", "two different lists"): (
        None,
        '"“...,” she says" (Lorraine Oduya, named two paragraphs before): a later sentence, '
        '"Oduya has been asked ..., once by the senator himself, who cornered her", leaves her '
        "unresolved (the story cut before it is right)",
    ),
    ("e13", "I remember who voted"): (None, "as the one before"),
    ("e13", "called his chief of staff at home"): (
        "Harold Brandvold",
        "a paragraph with no cue after Oduya's: as the one before, then the senator named",
    ),
    ("e13", "gave his word in this office"): (
        "Harold Brandvold",
        '"I said, ‘...’" inside Oduya\'s quotation: as the one before',
    ),
    ("e13", "things change"): (
        "Harold Brandvold",
        "Oduya's words (attrib92: train's gold), her quotation given to Brandvold as the one "
        "before",
    ),
    ("e13", "And he said"): ("Harold Brandvold", "as the one before (Oduya unresolved)"),
    ("e13", "Good"): (None, '"Oduya laughs when she hears it. “Good,” she says": as above'),
    ("e14", "may have died while awaiting"): (
        "Ruth Pagano",
        "\"According to the inspector general's report released in May, at least 40 veterans "
        '“...”": a fronted "according to" with no cue after it is not read',
    ),
}

OUTER_79 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('e03', "We're finished"): ('Alicia Ruiz', 'Ruiz'),
    ('e03', 'Walked out. 2:14'): ('Alicia Ruiz', 'Ruiz'),
    ('e03', 'every dollar the law allows'): ('Kaylee Brandt', 'Brandt'),
    ('e03', 'done here'): ('Oscar Lindqvist', 'Lindqvist'),
    ('e03', 'are we going to have to move'): ('Wanda Pruett', 'Pruett'),
    ('e11', 'Somebody find me a podium'): ('Wes Pomeroy', 'Pomeroy'),
    ('e13', 'things change'): ('Lorraine Oduya', 'Oduya'),
    ('e14', 'This is getting worse'): ('Scott Renner', 'Renner'),
}  # fmt: skip

test_probe_speaker_thirty_first_batch, test_thirty_first_batch_figure = judged_batch_tests(
    "probes79",
    PROBES,
    said_outside(PROBES_79, OUTER_79),
    KNOWN_WRONG_79,
    FIRST_JUDGED,
    size=len(PROBES_79),
)


def test_a_crowd_that_booed_and_chanted_speaks_not_the_fronted_clause() -> None:
    """ "When the governor arrived, the nurses booed and chanted “...”": the model tags
    "booed" a noun, so the main clause had no verb and the fronted clause's subject spoke."""
    text = (
        "Mayor Tom Reed spoke first. When Gov. Ann Lusk arrived, the nurses booed and "
        "chanted \u201cSafe staffing now!\u201d until she left."
    )
    assert _speaker(text, "Safe staffing") == "nurses"


def test_a_prepositions_listed_objects_stay_in_the_subject() -> None:
    """ "Democrats from Ohio and Kentucky wrote", "Dozens of nurses, doctors and aides
    gathered ..., chanting": the people speak, not the last place or the last item; a
    list after a name ("Sen. Ann Roe of Utah and Sen. Ray Olson") is two subjects."""
    text = "Three Democrats from Ohio and Kentucky wrote that the bill was \u201ca trap.\u201d"
    assert _speaker(text, "a trap").lower() == "three democrats from ohio and kentucky"
    text = "Dozens of nurses, doctors and aides gathered, chanting \u201cSafe staffing now!\u201d"
    assert _speaker(text, "Safe staffing") == "Dozens of nurses, doctors and aides"
    text = "Signs of a late shift were there all along, Ann Roe wrote: \u201cWe missed them.\u201d"
    assert _speaker(text, "We missed them") == "Ann Roe"


def test_a_named_turns_own_cue_naming_another_voice_wins() -> None:
    """ "ROE: ... Their newsletter called it “...”": the newsletter, not the turn's label;
    a quotation in the turn with no cue stays the label's."""
    text = (
        "Ann Roe debated Ray Olson.\n\nROE: That is not what the union said at the time. "
        "Their newsletter called it \u201ca sellout with a bow on it.\u201d\n\nOLSON: The deal was "
        "\u201cthe best we could get.\u201d I stand by it."
    )
    assert _speaker(text, "a sellout").lower() == "their newsletter"
    assert _speaker(text, "best we could get") == "Ray Olson"


def test_a_quotation_closing_a_fronted_clause_is_that_clauses() -> None:
    """ "After Ray Olson told reporters that he would “...,” the White House called": Olson,
    not the main clause's verb after the quotation; "When Ray Olson said he would run,
    “...,” Ann Roe said": Roe, the quotation opening the main clause."""
    text = (
        "Sen. Ann Roe said the bill was \u201cweak.\u201d Sen. Ray Olson called it \u201ca "
        "start.\u201d After Olson told reporters that he would \u201csleep on it,\u201d the "
        "White House called his office twice."
    )
    assert _speaker(text, "sleep on it") == "Ray Olson"
    text = (
        "Ann Roe spoke for an hour. When Ray Olson said he would run, \u201cI laughed,\u201d "
        "Roe said."
    )
    assert _speaker(text, "I laughed") == "Ann Roe"
