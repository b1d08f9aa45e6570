"""attrib97: the forty-second batch of invented probes, a fresh estimate of **who said it on
news the rules have never seen** (2015-16 US election news), written as wire and newspaper
reporters write rather than to exercise rules: a rally in western Iowa with the candidate,
voters, a father and his teenage son and a rival's spokeswoman; a tax-plan story quoting
think-tank analysts and a campaign spokesman; an FEC-filing story with two aides who would
not be named ("one of the aides", "The other aide", "the aide"), a person close to a firm
and a super PAC's treasurer; a state House vote ("Rep. X, R-Olathe", "Senate President X,
R-Dodge City"); a profile of a campaign manager (she/her throughout, an anonymous former
adviser); a convention floor where a dozen delegates are each named once; two brothers, a
sister and their mother who share a surname ("Michael said", "Dennis said", "Mrs.
Lindgren said"); quotations that open paragraphs before their speaker is named ("That was
X", "X ... told his story"); long quotations over several paragraphs, each opening with a
quotation mark (a speech, an admiral's answer after "She went on:"); titles only after one
full naming ("the governor", "the mayor", "the chairwoman", "the spokesman"); a Q&A
transcript ("Q:" and "A:" turns); and an obituary with tributes (a tweet, statements, the
dead man's own words from 1996, his widow and children sharing his surname).

Every person and event is invented (places, parties, outlets and offices are real), and
every quotation is written for this batch. Every expected speaker was written before On
Record read the probes (the stories and this list were committed first). The judging rules
are attrib91's: a nominal speaker counts in either case of its first letter; a quotation's
speaker is who says, writes or reads it out in the story; a turn of a transcript is its
label's ("A:" the interviewee; "Q:" the interviewer, who is the byline's writer, the
paper or the label itself); a document's words count for the document or its author; an
organisation's statement for the organisation, the statement or its spokesman; a
quotation quoted inside another counts for the one the inner words are given to or for the
one quoting them; an unnamed speaker for its phrase; a surname shared by several people
counts only in the forms that tell them apart.
First judged on main e28596a2: 130 of 141 right (7.8% wrong). The eleven wrong, by kind:
a name with a capitalised participle before its title, "Retired Adm. Constance Whitford,
who served ... and has endorsed Vail, said", not read as the subject across its relative
clause ("Retired" is tagged a verb; "Former Adm." and "Adm." alone are read), so the
name in the clause speaks (two), and the next paragraph's "She went on:" before a
quotation over two paragraphs goes to the byline's writer, the only woman the article
then has (two); "she" after a woman whose first name the list gives men ("Jan", listed
``m`` at a census share of 0.27) going to the byline's writer (two); "A person close to
the firm said" read as the firm ("close" tagged an adverb after "person", so the phrase
stops before "close to"; "A source close to" and "A person familiar with" are read) (one);
a quotation opening the story whose speaker the next paragraph names ("“...” | The woman
at the microphone was Lorraine Devereaux"): no speaker (one); the interviewer's "Q:" turn
of a Q&A not listed as a quotation (On Record lists the answers only, as it does for
train's three Q&As, where neither turn is between quotation marks) (one); and one omission
in the judged list, a form earlier batches accept (the speaker right in substance): "The
governor’s office ... released a statement" named without its "the", as attrib95 accepts
"memo" for "the memo" (two). With that form added after the first run: 132 of 141 (6.4%
wrong). Without the bylines (PolNeAR's texts have none), 132 of 141 too: the two "she"
after "Jan" go to the spokeswoman first named in the last paragraph instead, and "She went
on:" goes to the admiral.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_97.json")
FIRST_JUDGED = 130  # right on main e28596a2 before any mend, of 141

KARSTEN = ("Douglas Karsten", "Karsten", "Sen. Douglas Karsten")
PETERSEN = ("Jan Petersen", "Petersen")
ARRENDONDO = ("Gil Arrendondo", "Arrendondo")
MATEO = ("Mateo", "Mateo Arrendondo", *_unnamed("his son", "son"))
BIRKELAND = ("Lowell Birkeland", "Birkeland", "Sen. Lowell Birkeland")
KOLB = ("Deirdre Kolb", "Kolb", *_unnamed("a spokeswoman for Vail", "spokeswoman"))
TANAKA = ("Rebecca Tanaka-Moore", "Tanaka-Moore")
AMBLER = ("Troy Ambler", "Ambler", "Mr. Ambler", *_unnamed("campaign spokesman"))
PENNOCK = ("Stuart Pennock", "Pennock", "Mr. Pennock")
FARQUHAR = ("Lionel Farquhar", "Farquhar")
DELAHUNT = ("Marcus Delahunt", "Delahunt", "Rep. Marcus Delahunt")
SZALAY = ("Anita Szalay", "Szalay")
ONE_AIDE = _unnamed("one of the aides", "one")
OTHER_AIDE = _unnamed("the other aide", "other aide", "the aide", "aide")
PRYCE = ("Nolan Pryce", "Pryce", *_unnamed("the campaign’s spokesman", "spokesman"))
CLOSE_TO_FIRM = _unnamed("a person close to the firm", "person close to the firm")
BENAVENTE = ("Lucia Benavente", "Benavente", *_unnamed("a Hartigan spokeswoman"))
INGERSOLL = (
    "Harold Ingersoll", "Ingersoll", "Forward Together",
    *_unnamed("its treasurer", "treasurer", "a statement", "statement"),
)  # fmt: skip
LINDAHL = ("Margaret Lindahl", "Lindahl")
VANDERMEER = ("Shelby Vandermeer", "Vandermeer", "Rep. Shelby Vandermeer")
OKONKWO = ("Dwight Okonkwo-Barnes", "Okonkwo-Barnes", "Rep. Dwight Okonkwo-Barnes")
STAHL = ("Curtis Stahl", "Stahl", "House Majority Leader Curtis Stahl")
PRUITT = ("Lonnie Pruitt", "Pruitt", "Rep. Lonnie Pruitt")
ROANE = ("Tabitha Roane", "Roane", "Sedgwick County Election Commissioner Tabitha Roane")
KESSLING = ("Marjorie Kessling", "Kessling", "Senate President Marjorie Kessling")
STROH = ("Eileen Stroh", "Stroh", *_unnamed("a spokeswoman for Gov. Wendell Ashcraft"))
AHRENS = (
    "Kelly Ahrens", "Ahrens", "Kansas Republican Party",
    *_unnamed("the chairman of the Kansas Republican Party", "a statement", "statement"),
)  # fmt: skip
KETTERING = ("Naomi Kettering", "Kettering", "Naomi")
PELLETIER = ("Gus Pelletier", "Pelletier")
MABRY = ("Franklin Mabry", "Mabry")
FORMER_ADVISER = _unnamed(
    "a former Hartigan adviser", "former Hartigan adviser", "the former adviser",
    "former adviser", "adviser",
)  # fmt: skip
HARTIGAN = ("Ellis Hartigan", "Hartigan", "Mr. Hartigan", "Gov. Ellis Hartigan")
HALVORSRUD = ("Brenda Halvorsrud", "Halvorsrud")
QUINTANILLA = ("Roberto Quintanilla", "Quintanilla")
CARRINGTON = ("Aisha Carrington", "Carrington")
SZYMANSKI = ("Walt Szymanski", "Szymanski")
NAKASHIMA = ("Kyle Nakashima", "Nakashima")
FITZHUGH = ("Delores Fitzhugh", "Fitzhugh")
BEAUDRY = ("Lorraine Beaudry", "Beaudry", "Rep. Lorraine Beaudry")
VILLANUEVA = ("Hector Villanueva Rios", "Villanueva Rios", "Villanueva")
TOLLIVER = ("Eula Mae Tolliver", "Tolliver")
WHITLOCK = ("Tamsin Whitlock", "Whitlock", "Convention spokeswoman Tamsin Whitlock")
DENNIS = ("Dennis Lindgren", "Dennis")
MICHAEL = ("Michael Lindgren", "Michael")
CAROL = ("Carol Lindgren Ames", "Ames", "Carol", *_unnamed("their sister"))
RUTH = ("Ruth Lindgren", "Ruth", "Mrs. Lindgren", *_unnamed("their mother"))
WHITACRE = ("Jeb Whitacre", "Whitacre")
DEVEREAUX = ("Lorraine Devereaux", "Devereaux", "Ms. Devereaux")
WHITBY = ("Carolyn Whitby", "Whitby", "Ms. Whitby", "Senator Carolyn Whitby")
TULL = ("Raymond Tull", "Tull", "Chief Tull")
VAIL = ("Preston Vail", "Vail", "Mr. Vail")
MEHROTRA = ("Anjali Mehrotra", "Mehrotra", "Dr. Anjali Mehrotra")
PELKEY = ("Jason Pelkey", "Pelkey")
WHITFORD = ("Constance Whitford", "Whitford", "Adm. Constance Whitford")
DALBY = ("Kristen Dalby", "Dalby")
RAMAN = ("Dev Raman", "Raman")
LASSITER = (
    "Porter Lassiter", "Lassiter", "Gov. Porter Lassiter", *_unnamed("the governor", "governor")
)  # fmt: skip
LASSITER_OFFICE = (
    *LASSITER, "governor’s office", *_unnamed("the governor’s office", "a statement", "statement")
)  # fmt: skip
RUSK = (
    "Angela Rusk", "Rusk", "Mayor Angela Rusk", "Durham Mayor Angela Rusk",
    *_unnamed("the mayor", "mayor"),
)  # fmt: skip
HAYNES_BATTLE = (
    "Loretta Haynes-Battle", "Haynes-Battle",
    *_unnamed("the chairwoman", "chairwoman", "the state Democratic Party’s chairwoman"),
)  # fmt: skip
WHITCRAFT = (
    "Dale Whitcraft", "Whitcraft",
    *_unnamed("the spokesman", "spokesman", "a spokesman for the State Board of Elections"),
)  # fmt: skip
BRIGHTMAN = ("Walter Brightman", "Brightman")
INTERVIEWER = ("Fiona Castellane", "Castellane", "The Republic", "The Arizona Republic", "Q")
KIEFER = ("Sandra Kiefer", "Kiefer", *INTERVIEWER)
HIS_WIFE = (*BRIGHTMAN, *_unnamed("my wife", "wife"))
MARIANNE = ("Marianne Wainwright Pohl", "Pohl", "Marianne", *_unnamed("his daughter", "daughter"))
SANDAHL = ("Arthur Sandahl", "Sandahl", "Gov. Arthur Sandahl")
HAVERKAMP = ("Clint Haverkamp", "Haverkamp")
HOLLIS = ("Hollis Wainwright", "Hollis", "Wainwright")
CARL = ("Carl Wainwright", "Carl", *_unnamed("his son"))
DOROTHY = ("Dorothy Wainwright", "Dorothy", *_unnamed("a brief statement", "statement"))
PROBES_97: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("x01", "factory jobs are never coming back", KARSTEN),
    ("x01", "a president who tried", KARSTEN),
    ("x01", "set of suggestions", KARSTEN),
    ("x01", "leaving with Karsten", PETERSEN),
    ("x01", "yell at anybody", PETERSEN),
    ("x01", "too nice for what", ARRENDONDO),
    ("x01", "take a punch", ARRENDONDO),
    ("x01", "see a punch tonight", ARRENDONDO),
    ("x01", "student loans", MATEO),
    ("x01", "Nobody else does that", MATEO),
    ("x01", "200 people in this town", BIRKELAND),
    ("x01", "Look at this", BIRKELAND),
    ("x01", "find out Monday night", KARSTEN),
    ("x01", "welcome to his gymnasiums", KOLB),
    ("x01", "filling arenas", KOLB),
    ("x02", "no plausible amount", TANAKA),
    ("x02", "growth rates the country", TANAKA),
    ("x02", "static assumptions", AMBLER),
    ("x02", "same crowd", AMBLER),
    ("x02", "wrong then", AMBLER),
    ("x02", "best idea in the plan", PENNOCK),
    ("x02", "which deductions go away", PENNOCK),
    ("x02", "very large number", FARQUHAR),
    ("x02", "send the bill to your grandchildren", DELAHUNT),
    ("x02", "Nobody votes on a distribution table", SZALAY),
    ("x02", "decide whether they trust", SZALAY),
    ("x02", "a full accounting", AMBLER),
    ("x03", "ordering the lobster", ONE_AIDE),
    ("x03", "made a bet on Iowa", OTHER_AIDE),
    ("x03", "money question answers itself", OTHER_AIDE),
    ("x03", "investment in organizing", PRYCE),
    ("x03", "more field offices", PRYCE),
    ("x03", "worried about getting paid", CLOSE_TO_FIRM),
    ("x03", "manage a campaign budget", BENAVENTE),
    ("x03", "carry the message", INGERSOLL),
    ("x03", "broke in January", LINDAHL),
    ("x03", "She needs one", LINDAHL),
    ("x04", "stand in a gym", VANDERMEER),
    ("x04", "double shift", VANDERMEER),
    ("x04", "unfunded mandate", OKONKWO),
    ("x04", "left holding the bill", STAHL),
    ("x04", "like their caucuses", PRUITT),
    ("x04", "I support the idea", ROANE),
    ("x04", "The parties pick their nominees", KESSLING),
    ("x04", "Today was the easy part", VANDERMEER),
    ("x04", "review the bill", STROH),
    ("x04", "smooth caucus", AHRENS),
    ("x05", "buses leave on time", KETTERING),
    ("x05", "Naomi saw it before anybody", PELLETIER),
    ("x05", "Get on the phone instead", (*KETTERING, *PELLETIER)),
    ("x05", "40,000 miles", KETTERING),
    ("x05", "learned more in that car", KETTERING),
    ("x05", "notebook even then", MABRY),
    ("x05", "said it wrong the last time", MABRY),
    ("x05", "unforgiving", FORMER_ADVISER),
    ("x05", "very tight circle", FORMER_ADVISER),
    ("x05", "find out about decisions on Twitter", FORMER_ADVISER),
    ("x05", "Campaigns are not democracies", KETTERING),
    ("x05", "best decision", HARTIGAN),
    ("x05", "what I need to hear", HARTIGAN),
    ("x06", "still sad", HALVORSRUD),
    ("x06", "Both of those things can be true", HALVORSRUD),
    ("x06", "wanted to be here", QUINTANILLA),
    ("x06", "So I brought him", QUINTANILLA),
    ("x06", "looking up at the ceiling", CARRINGTON),
    ("x06", "been to Youngstown", SZYMANSKI),
    ("x06", "about the process", NAKASHIMA),
    ("x06", "We got over it", FITZHUGH),
    ("x06", "still have a home here", BEAUDRY),
    ("x06", "get to vote in November", VILLANUEVA),
    ("x06", "outside the hall then", TOLLIVER),
    ("x06", "inside now", TOLLIVER),
    ("x06", "expected some emotion", WHITLOCK),
    ("x06", "Families argue", WHITLOCK),
    ("x07", "open season", MICHAEL),
    ("x07", "he talks and I work", DENNIS),
    ("x07", "make a payroll", DENNIS),
    ("x07", "front of a check", DENNIS),
    ("x07", "sold hammers", MICHAEL),
    ("x07", "leave before dessert", CAROL),
    ("x07", "two stubborn boys", RUTH),
    ("x07", "pick a favorite", RUTH),
    ("x07", "going to be a fight", WHITACRE),
    ("x07", "Vail yard signs", WHITACRE),
    ("x07", "Not a chance", MICHAEL),
    ("x07", "Probably", DENNIS),
    ("x08", "buried two sons", DEVEREAUX),
    ("x08", "tell me what would have helped", WHITBY),
    ("x08", "in every town", TULL),
    ("x08", "came in thinking", VAIL),
    ("x08", "a lot of other problems", VAIL),
    ("x08", "Twelve beds", MEHROTRA),
    ("x08", "lost my job", PELKEY),
    ("x08", "Stories like Jason", HARTIGAN),
    ("x08", "She listened", DEVEREAUX),
    ("x08", "more than most of them", DEVEREAUX),
    ("x09", "served on a ship", HARTIGAN),
    ("x09", "let me be clear", HARTIGAN),
    ("x09", "confuse being loud", HARTIGAN),
    ("x09", "not isolationism", HARTIGAN),
    ("x09", "bomb the hell", VAIL),
    ("x09", "apologize to the world", VAIL),
    ("x09", "thoughtful", WHITFORD),
    ("x09", "catalog of things", WHITFORD),
    ("x09", "island in the South China Sea", WHITFORD),
    ("x09", "restraint was a strategy", WHITFORD),
    ("x09", "and I believed him", DALBY),
    ("x09", "This was the frame", RAMAN),
    ("x09", "pictures go in later", RAMAN),
    ("x10", "spreading fear", LASSITER),
    ("x10", "flier tells people", LASSITER),
    ("x10", "90-year-old women", RUSK),
    ("x10", "less time on my mailers", RUSK),
    ("x10", "keep certain people home", HAYNES_BATTLE),
    ("x10", "We will be watching", HAYNES_BATTLE),
    ("x10", "Every precinct", HAYNES_BATTLE),
    ("x10", "sent away without a ballot", WHITCRAFT),
    ("x10", "respects the mayor", LASSITER_OFFICE),
    ("x10", "expects accuracy", LASSITER_OFFICE),
    ("x10", "answered", RUSK),
    ("x11", "legalized a food truck", BRIGHTMAN),
    ("x11", "Why should they listen", INTERVIEWER),
    ("x11", "hearing, not a coronation", BRIGHTMAN),
    ("x11", "ready for a third door", BRIGHTMAN),
    ("x11", "three funerals", BRIGHTMAN),
    ("x11", "pay the police on Friday", BRIGHTMAN),
    ("x11", "Libertarian costume", KIEFER),
    ("x11", "the same thing about the last guy", BRIGHTMAN),
    ("x11", "man talking in a garage", HIS_WIFE),
    ("x11", "whole ballgame", BRIGHTMAN),
    ("x12", "talked politics until the end", MARIANNE),
    ("x12", "convince Hollis", SANDAHL),
    ("x12", "conscience of Iowa Republicans", KARSTEN),
    ("x12", "tough customer", VAIL),
    ("x12", "thoughts are with his family", VAIL),
    ("x12", "one county at a time", HAVERKAMP),
    ("x12", "beans first", HOLLIS),
    ("x12", "feed and send home", HOLLIS),
    ("x12", "want it short", CARL),
    ("x12", "skipping a precinct meeting", CARL),
    ("x12", "grateful to every candidate", DOROTHY),
]  # fmt: skip
KNOWN_WRONG_97: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("x01", "leaving with Karsten"): (
        "Megan Thorsby",
        '"Jan Petersen stamped her feet ... “...,” she said": "Jan" is listed a man\'s name '
        '(census share 0.27), so "she" passes her over to the byline\'s writer',
    ),
    ("x01", "yell at anybody"): ("Megan Thorsby", "the same speaker's second quotation"),
    ("x03", "worried about getting paid"): (
        "Blue Lantern Media",
        '"A person close to the firm said it was “...”": "close" is tagged an adverb after '
        '"person", so the phrase stops there and the firm speaks',
    ),
    ("x08", "buried two sons"): (
        None,
        'a quotation opening the story, its speaker named in the next paragraph ("The woman '
        'at the microphone was Lorraine Devereaux")',
    ),
    ("x09", "thoughtful"): (
        "Preston Vail",
        '"Retired Adm. Constance Whitford, who ... has endorsed Vail, said": "Retired" is '
        "tagged a verb, the name is not read as the subject across its relative clause",
    ),
    ("x09", "catalog of things"): ("Preston Vail", "the same sentence's second quotation"),
    ("x09", "island in the South China Sea"): (
        "Ingrid Solheim",
        '"She went on:" before a quotation over two paragraphs: the admiral unread, "She" '
        "goes to the byline's writer",
    ),
    ("x09", "restraint was a strategy"): (
        "Ingrid Solheim",
        "the same quotation's second paragraph",
    ),
    ("x11", "Why should they listen"): (
        "(no quotation)",
        "the interviewer's \"Q:\" turn of a Q&A is not listed (the answers are, as in train's "
        "Q&As, where neither turn is between quotation marks)",
    ),
}
test_probe_speaker_forty_second_batch, test_forty_second_batch_figure = judged_batch_tests(
    "probes97", PROBES, PROBES_97, KNOWN_WRONG_97, FIRST_JUDGED, size=len(PROBES_97)
)
