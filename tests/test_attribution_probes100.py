"""attrib100: the forty-fifth batch of invented probes, a fresh estimate of **who said it on
news the rules have never seen** (2015-16 US political news), written in the constructions the
held-out split has and earlier batches exercise little. No bylines. s01 a long wire story
(seven speakers, pronoun chains over paragraphs, "She later added", a closing "He'd know");
s02 a rally's voters ("one woman from Ankeny said", "said another, a retired postal worker",
"another student", brothers sharing a surname); s03 cabinet titles before the name
("Secretary of Agriculture Helen Marchetti said"), fronted place and time phrases ("In Grand
Island, Neb., on Tuesday morning, Marchetti ..."), a name followed by a time phrase
("Lindqvist on Monday had called it", "Whitlock last week sent"); s04 possessive appositives
("said Carl Dunn, Sen. Pell's chief of staff"), organisations and a report as sources; s05 a
Q&A whose turns quote the governor, her father, an aide and rivals; s06 speakers introduced
after their quotation ("Those were the words of ...", "That came from the back of the room,
where ..."), a cue in a subordinate clause ("when she spoke of"); s07 addressees ("telling
one aide: “...”", "telling a waitress, “...”", "she told him", "Greer told her"); s08 a
watchdog report, a letter, a footnote, a union and a veterans' group as sources; s09 a debate
with a moderator's question fronted ("Later in the debate, asked by ..., Whitfield said no,
then added"), a spin room; s10 names followed by time phrases ("Delacroix on Wednesday
called", "Beringer, in an interview on Tuesday, said") and a residents' letter; s11 a feature
about a couple (given names alone, "she" and "he" alternating, a daughter, a neighbour); s12 a
briefing ("“...?” another reporter asked", a spokesman's appositive, "called the delay
“...”"). s02, s04, s05, s07, s09 and s11 use curly quotation marks, the others straight ones.

Every person and event is invented (places, parties, outlets, offices and the then president
are real), and every quotation is written for this batch. Every expected speaker was written
before On Record read the probes (the stories and this list were committed first). The
judging rules are attrib99's (attrib91's): a nominal speaker counts in either case of its
first letter; a quotation's speaker is who says, writes or reads it out in the story; a
document's or report's words count for it or its author; an organisation's statement for the
organisation, the statement or its spokesman; a quotation quoted inside another (a question
quoting an answer) counts for the one the inner words are given to; a term in quotation
marks that no one in the story says has no speaker; a Q&A's turns, not between quotation
marks, are not judged, the quotations inside them are.
First judged on main d2547ce9: 128 of 140 right (8.6% wrong), near the clean batches
(probes98 7.1%) and under the held-out 12.6%. The 12 wrong, by kind: the Q&A's "you" and
"I" (two: "Q: You told a farm group ... that you would “...”", "A: I'll tell you what I told
him ...: “...”"); speakers introduced after their quotation (two: "That came from the back
of the room, where Wendell Ocampo ... had stood", "Ashworth delivered that line twice"; the
third, "Those were the words of Denise Ashworth", is right); pronouns (three: a given name
alone as a sentence's subject is no mention a later "she" finds; "she told him" after "her
press secretary ... handed her a phone. It was her husband"; "another student laughed.
“...,” he said" given to the last man named); a reported clause's "She" taken for the next
quotation's speaker ("She wrote that down, Lindgren said later. “...”"); asides the writer
ran on ("On that question Kessel, a hunter, said": the appositive speaks; "Lance Beringer, in
an interview on Tuesday said": the interview speaks) (two); and two omissions in the judged
list, right in substance (the organisations' descriptions written with the story's curly
apostrophe). With those two forms added after the first run: 130 of 140 (7.1% wrong). 133
after the mends it taught (probes61: a given name alone, "Janet walked out", is a mention
of the one person named in full so; a fronted phrase with no comma that runs into a name,
"On that question Kessel, a hunter, said", leaves the name the subject; an "A:" turn's
"I" is the interviewee). 134 after probes62's (a "Q:" turn's "you" saying is the
interviewee).
"""

from __future__ import annotations

from tests.test_attribution_probes import NO_QUOTATION, batch, judged_batch_tests
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_100.json")
FIRST_JUDGED = 128  # right on main d2547ce9 before any mend, of 140

NONE = (None, NO_QUOTATION)
HARROWGATE = ("Dwight Harrowgate", "Harrowgate", "Senate Majority Leader Dwight Harrowgate")
TALLIS = ("Marjorie Tallis", "Tallis", "Sen. Marjorie Tallis")
CALLOWAY = ("Ines Calloway", "Calloway", "Press secretary Ines Calloway")
FERRANTE = ("Lucas Ferrante", "Ferrante", "Rep. Lucas Ferrante")
PRUETT = ("Owen Pruett", "Pruett")
STROUD = ("Gail Stroud", "Stroud")
MULGREW = ("Ray Mulgrew", "Mulgrew", "Sen. Ray Mulgrew")
KETTRIDGE = ("Wade Kettridge", "Kettridge")
ANKENY = _unnamed("one woman from Ankeny", "one woman", "woman", "one")
LORETTA = ("Loretta", *_unnamed("another", "a retired postal worker", "retired postal worker"))
DALE = ("Dale Wendt", "Dale", "Wendt")
CURTIS = ("Curtis Wendt", "Curtis", "Wendt")
RAMASWAMY = ("Priya Ramaswamy", "Ramaswamy")
STUDENT = _unnamed("another student", "student", "another")
TRAMMELL = ("Bo Trammell", "Trammell")
POHL = ("Nate Pohl", "Pohl")
MARCHETTI = ("Helen Marchetti", "Marchetti", "Secretary of Agriculture Helen Marchetti")
OYELARAN = ("Marcus Oyelaran", "Oyelaran")
LINDQVIST = ("Carl Lindqvist", "Lindqvist", "Gov. Carl Lindqvist")
WHITLOCK = ("Dean Whitlock", "Whitlock", "Rep. Dean Whitlock")
NG = ("Rachel Ng", "Ng")
HEIDECKER = ("Tom Heidecker", "Heidecker")
DANNEKER = ("Paul Danneker", "Danneker")
DUNN = ("Carl Dunn", "Dunn")
PELL = ("Warren Pell", "Pell", "Sen. Warren Pell", *_unnamed("a brief written statement"))
NORTHERN_TIER = (
    "Northern Tier Energy Partners", "Northern Tier",
    *_unnamed("the pipeline's builder", "pipeline's builder", "a statement", "statement"),
)  # fmt: skip
BLACKHORSE = ("Ruth Blackhorse", "Blackhorse")
SORENSEN = ("Mike Sorensen", "Sorensen")
API = ("American Petroleum Institute", *_unnamed("the American Petroleum Institute"))
CHAMBER_MT = ("Montana Chamber of Commerce", *_unnamed("the Montana Chamber of Commerce"))
GUSTAFSEN = ("Lyle Brandt", "Brandt", "Anne Gustafsen", "Gustafsen", "Sen. Anne Gustafsen")
CRS = (
    "Congressional Research Service",
    *_unnamed("the Congressional Research Service", "a report", "report"),
)  # fmt: skip
MARQUEZ = ("Jenna Marquez", "Marquez")
VANG = ("Teresa Vang", "Vang", "Gov. Teresa Vang", "Minnesota Gov. Teresa Vang")
GOP_LEGISLATORS = _unnamed("Republicans in the Legislature", "Republicans")
LARSEN = ("Larsen", "Speaker Larsen")
LUND = ("Kenji Lund", "Lund")
MN_CHAMBER = (
    "Minnesota Chamber",
    *_unnamed("the Minnesota Chamber", "the state's largest business group",
              "state's largest business group"),
    "state’s largest business group",  # added after the first run: the story's apostrophe
)  # fmt: skip
VANG_FATHER = (*VANG, *_unnamed("my father", "father"))
DAHLBERG = ("Dahlberg", "Sen. Dahlberg")
ASHWORTH = ("Denise Ashworth", "Ashworth")
PIKE_CAMPAIGN = (
    "Garrett Pike", "Pike", "Rep. Garrett Pike", "Clay Haverty", "Haverty", "Pike campaign",
    *_unnamed("his campaign", "campaign", "a statement", "statement"),
)  # fmt: skip
OCAMPO = ("Wendell Ocampo", "Ocampo")
FARR = ("Lindsey Farr", "Farr")
SIMMS = ("Harold Simms", "Simms", "Rev. Harold Simms", "the Rev. Harold Simms")
FUQUA = ("Dylan Fuqua", "Fuqua")
CASTELLANOS = ("Evelyn Castellanos", "Castellanos", "Sen. Evelyn Castellanos")
DOBBINS = ("Earl Dobbins", "Dobbins")
LINDGREN = ("Mara Lindgren", "Lindgren")
MCELVEEN = ("Darius McElveen", "McElveen")
GREER = ("Alton Greer", "Greer")
IG_REPORT = (
    "Department of Veterans Affairs", "inspector general",
    *_unnamed(
        "a report", "report", "the 84-page report", "84-page report", "the inspector general",
        "the Department of Veterans Affairs' inspector general",
        "Department of Veterans Affairs' inspector general", "a footnote", "footnote",
    ),
)  # fmt: skip
VA = ("VA", *_unnamed("the VA", "a written response", "written response"))
KINCAID = ("Rob Kincaid", "Kincaid", "Sen. Rob Kincaid")
LEGION = ("American Legion", *_unnamed("the American Legion"), "Dale Everhart", "Everhart")
AFGE = (
    "American Federation of Government Employees",
    *_unnamed("the American Federation of Government Employees", "the union", "union",
              "a union representing VA employees", "a statement", "statement"),
)  # fmt: skip
MARSH = ("Elena Marsh", "Marsh")
OBUYA = ("Marcus Obuya", "Obuya", "Rep. Marcus Obuya", "Marcus")
WHITFIELD = ("Dana Whitfield", "Whitfield", "Lt. Gov. Dana Whitfield")
KESSEL = ("Joe Kessel", "Kessel")
TESCH = ("Ron Tesch", "Tesch")
BARNES = ("Keisha Barnes", "Barnes")
SPONSORS = (
    "Pennsylvania Press Club", "KDKA",
    *_unnamed("the debate's sponsors", "debate's sponsors", "sponsors", "a joint statement",
              "joint statement", "the Pennsylvania Press Club"),
    "debate’s sponsors",  # added after the first run: the story's apostrophe
)  # fmt: skip
DELACROIX = ("Frank Delacroix", "Delacroix", "Mayor Frank Delacroix")
MARCHBANKS = ("Yvette Marchbanks", "Marchbanks")
BERINGER = ("Lance Beringer", "Beringer")
GREENLEE = ("Otis Greenlee", "Greenlee")
VANDERHOFF = ("Tess Vanderhoff", "Vanderhoff", "Commissioner Tess Vanderhoff")
RESIDENTS = (
    "Clarence Dobbs", "Dobbs",
    *_unnamed("a group of West End residents", "group of West End residents", "a group",
              "group", "West End residents", "residents", "a letter", "letter"),
)  # fmt: skip
TRENT = ("Amy Trent", "Trent")
JANET = ("Janet Kroll", "Janet", "Kroll")
DENNIS = ("Dennis Kroll", "Dennis", "Kroll")
AMBER = ("Amber Kroll-Meyers", "Amber", "Kroll-Meyers")
HUMMEL = ("Patricia Hummel", "Hummel")
EBERSOLE = ("Ruth Ebersole", "Ebersole")
VOIGT = ("Ed Voigt", "Voigt")
WHITE_HOUSE = ("White House", *_unnamed("the White House"), "Nolan Ferris", "Ferris")
FERRIS = ("Nolan Ferris", "Ferris")
REPORTER = _unnamed("another reporter", "reporter", "another")
VANCE = ("Roderick Vance", "Vance", "Gen. Roderick Vance")
DILLARD = ("Jeff Dillard", "Dillard", "Capt. Jeff Dillard")
ALVARADO = ("Teresa Alvarado", "Alvarado", "Sen. Teresa Alvarado")
PYLE = ("Gordon Pyle", "Pyle", "Rep. Gordon Pyle")
PROBES_100: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("s01", "holding the government hostage", HARROWGATE),
    ("s01", "Nobody goes home", HARROWGATE),
    ("s01", "put paper on the table", TALLIS),
    ("s01", "not the same thing", TALLIS),
    ("s01", "under any circumstances", TALLIS),
    ("s01", "find the votes, not the cameras", CALLOWAY),
    ("s01", "negotiate from this podium", CALLOWAY),
    ("s01", "good ideas go to take a nap", FERRANTE),
    ("s01", "I said it in July", FERRANTE),
    ("s01", "built a schedule with no margin", FERRANTE),
    ("s01", "janitors and the cafeteria workers", PRUETT),
    ("s01", "Every one of them nodded", STROUD),
    ("s01", "how much they nodded", STROUD),
    ("s01", "I work for Kansas", MULGREW),
    ("s01", "confused a press release with a plan", HARROWGATE),
    ("s01", "He'd know", TALLIS),
    ("s02", "bring the jobs back", KETTRIDGE),
    ("s02", "reading off cards", KETTRIDGE),
    ("s02", "I don’t need cards", KETTRIDGE),
    ("s02", "talks like my brother-in-law", ANKENY),
    ("s02", "angry about the right things", LORETTA),
    ("s02", "I think he’s crazy", DALE),
    ("s02", "only one who admits it", DALE),
    ("s02", "a businessman", CURTIS),
    ("s02", "see it for myself", RAMASWAMY),
    ("s02", "A really good show", STUDENT),
    ("s02", "nice problem", TRAMMELL),
    ("s02", "Crowds don’t caucus", POHL),
    ("s02", "Precinct captains caucus", POHL),
    ("s03", "worst this region has seen", MARCHETTI),
    ("s03", "not a market adjustment", MARCHETTI),
    ("s03", "in weeks, not months", OYELARAN),
    ("s03", "a day late and a few hundred million short", LINDQVIST),
    ("s03", "say thank you", LINDQVIST),
    ("s03", "answer to that letter", WHITLOCK),
    ("s03", "Congress already gave us", NG),
    ("s03", "Money's nice", HEIDECKER),
    ("s03", "Rain would be nicer", HEIDECKER),
    ("s03", "what I'd be handing her", HEIDECKER),
    ("s03", "Grass on public land", DANNEKER),
    ("s04", "read the bill twice", DUNN),
    ("s04", "told the company that", DUNN),
    ("s04", "disappointed but not discouraged", NORTHERN_TIER),
    ("s04", "written in pencil", PELL),
    ("s04", "straight with us from the start", BLACKHORSE),
    ("s04", "We asked him to read it", BLACKHORSE),
    ("s04", "handful of activists", SORENSEN),
    ("s04", "missed opportunity", API),
    ("s04", "deeply disappointed", CHAMBER_MT),
    ("s04", "strikes the right balance", GUSTAFSEN),
    ("s04", "do not create an enforceable right", CRS),
    ("s04", "kept coming back to that one sentence", DUNN),
    ("s04", "brave votes have a price", MARQUEZ),
    ("s05", "a fixer, not a fighter", VANG),
    ("s05", "tax increase in a trench coat", GOP_LEGISLATORS),
    ("s05", "a stealth tax", LARSEN),
    ("s05", "backs of rural hospitals", VANG),
    ("s05", "want to sit down for this", LUND),
    ("s05", "carry you through it", VANG),
    ("s05", "send 10,000 jobs to South Dakota", MN_CHAMBER),
    ("s05", "Don’t sell the hammer", VANG_FATHER),
    ("s05", "governor of the Twin Cities", DAHLBERG),
    ("s06", "billboard telling you how far", ASHWORTH),
    ("s06", "hour-long drive that kills", ASHWORTH),
    ("s06", "brought a slogan", PIKE_CAMPAIGN),
    ("s06", "40 minutes to the ER", OCAMPO),
    ("s06", "Ask me in October", OCAMPO),
    ("s06", "checks under a hundred dollars", FARR),
    ("s06", "slow leak that nobody in Washington", SIMMS),
    ("s06", "They came in anyway", SIMMS),
    ("s06", "That's an echo", ASHWORTH),
    ("s06", "procedural votes", FUQUA),
    ("s07", "diner between here and Sumter", CASTELLANOS),
    ("s07", "hardest job in this room", CASTELLANOS),
    ("s07", "exactly what I told the last three", DOBBINS),
    ("s07", "home Sunday", CASTELLANOS),
    ("s07", "complain that it wasn’t 15", LINDGREN),
    ("s07", "came here when nobody else did", MCELVEEN),
    ("s07", "family member who served", CASTELLANOS),
    ("s07", "what I’m going to say next", CASTELLANOS),
    ("s07", "Go when they don’t know", GREER),
    ("s07", "She actually wrote it down", LINDGREN),
    ("s07", "charger that isn’t broken", CASTELLANOS),
    ("s08", "harder to detect", IG_REPORT),
    ("s08", "desired dates", (*NONE, *IG_REPORT)),
    ("s08", "functionally identical", IG_REPORT),
    ("s08", "concurs with all eight recommendations", VA),
    ("s08", "a betrayal, again", KINCAID),
    ("s08", "at best, premature", KINCAID),
    ("s08", "only the paperwork", LEGION),
    ("s08", "followed the instructions they were given", AFGE),
    ("s08", "Ask who gave the instructions", AFGE),
    ("s08", "likely understates", IG_REPORT),
    ("s08", "zero tolerance for manipulated data", MARSH),
    ("s08", "routinely failed to inform", IG_REPORT),
    ("s09", "cheered for every trade deal", OBUYA),
    ("s09", "you know it", WHITFIELD),
    ("s09", "I was one of four", WHITFIELD),
    ("s09", "and I said no before it was popular", WHITFIELD),
    ("s09", "most popular thing in the world", OBUYA),
    ("s09", "actually signed a budget", KESSEL),
    ("s09", "voted on budgets", KESSEL),
    ("s09", "won on substance and on style", TESCH),
    ("s09", "after every debate", BARNES),
    ("s09", "deer rifle in my truck", KESSEL),
    ("s09", "largest audience for a Senate primary", SPONSORS),
    ("s10", "a gift to every city", DELACROIX),
    ("s10", "written in the developer's office", MARCHBANKS),
    ("s10", "owning the debt on", MARCHBANKS),
    ("s10", "other cities calling every week", BERINGER),
    ("s10", "describing my phone", BERINGER),
    ("s10", "agree on a ceiling", GREENLEE),
    ("s10", "make up its mind", VANDERHOFF),
    ("s10", "consulted last and listened to never", RESIDENTS),
    ("s10", "not infinitely patient", TRENT),
    ("s11", "told him I can see it", JANET),
    ("s11", "bought enough from salesmen", DENNIS),
    ("s11", "where the bathrooms are", DENNIS),
    ("s11", "understand every word", JANET),
    ("s11", "I take the kids outside", AMBER),
    ("s11", "I went to get the pie", JANET),
    ("s11", "long time getting it", JANET),
    ("s11", "complain about it all the way", HUMMEL),
    ("s11", "been wrong about me", DENNIS),
    ("s11", "sell the dairy cows", DENNIS),
    ("s11", "not speaking to that week", EBERSOLE),
    ("s11", "card table at the fair", VOIGT),
    ("s11", "put a sign up straight", JANET),
    ("s12", "rushed by a news cycle", WHITE_HOUSE),
    ("s12", "reviewing it carefully", FERRIS),
    ("s12", "They speak every day", FERRIS),
    ("s12", "read out every conversation", FERRIS),
    ("s12", "worried about mission creep", REPORTER),
    ("s12", "worried about getting it right", FERRIS),
    ("s12", "stretched in ways that worry me", VANCE),
    ("s12", "the normal process", DILLARD),
    ("s12", "will make his decision", DILLARD),
    ("s12", "a vote, not a press release", ALVARADO),
    ("s12", "dangerously slow", PYLE),
    ("s12", "sits on his desk", PYLE),
]  # fmt: skip
KNOWN_WRONG_100: dict[tuple[str, str], tuple[str | None, str]] = {  # what it gives, why
    ("s02", "A really good show"): (
        "Curtis Wendt",
        '"Asked what he expected, another student laughed. “...,” he said": the "he" goes to '
        "the last man named two paragraphs up, not to the unnamed subject just before (right "
        "in a two-paragraph story)",
    ),
    ("s06", "40 minutes to the ER"): (
        "Pike campaign",
        '"“...” | That came from the back of the room, where Wendell Ocampo ... had stood": '
        "a speaker introduced after the quotation, in a relative clause of place",
    ),
    ("s06", "That's an echo"): (
        "Harold Simms",
        '"“...” | Ashworth delivered that line twice": a speaker introduced after the '
        "quotation by a verb of delivering, not of saying",
    ),
    ("s07", "home Sunday"): (
        "Mara Lindgren",
        '"her press secretary, Mara Lindgren, handed her a phone. It was her husband ... '
        '“...,” she told him": "she" goes to the subject, not to the "her" whose husband he is',
    ),
    ("s07", "She actually wrote it down"): (
        "Evelyn Castellanos",
        '"She wrote that down, Lindgren said later. “...”": the reported clause\'s "She" '
        "is taken for the next quotation's speaker, not the cue's Lindgren",
    ),
    ("s10", "other cities calling every week"): (
        "an interview",
        '"Lance Beringer, in an interview on Tuesday said": an aside the writer left '
        "unclosed gives its noun as the subject",
    ),
}
test_probe_speaker_forty_fifth_batch, test_forty_fifth_batch_figure = judged_batch_tests(
    "probes100", PROBES, PROBES_100, KNOWN_WRONG_100, FIRST_JUDGED, size=len(PROBES_100)
)
