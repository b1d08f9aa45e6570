"""attrib99: the forty-fourth batch of invented probes, a fresh estimate of **who said it on
news the rules have never seen** (2015-16 US election news), aimed at the constructions that
leave train's quotations with no speaker or the wrong one, which earlier batches, written by
one person in clean "X said" prose, hardly exercise. No bylines. s01 a partisan blog quoting a
fact-check in blocks introduced by a colon sentence ("Wait, it gets better:"), one block
running over two paragraphs, another quoting an official inside it, and a scare-quoted
"fact-checkers"; s02 a pundit roundup of excerpt blocks ("From X, writing at Y:", an
editorial board, a radio host) with a slogan and a headline; s03 a memoir excerpt in the
first person ("“I suspected,” I said", "as if to ask", "he wrote back:", "He added,"); s04 a
wire town hall with a turn running over three paragraphs and long appositives between name
and cue; s05 a Q&A interview (quotations inside "Q:"/"A:" turns: a magazine, a rival, the
candidate's father and mother); s06 a protest with signs, a banner, T-shirts, a leaflet and
arrest reports as sources; s07 a media column full of titles and scare quotes (TV shows, a
book, an email's subject line, a coined term); s08 numbered takeaways of cueless quotations
and a bulleted "Name: “...”" reaction list; s09 a columnist quoting a fact-check quoting a
minister; s10 a diner argument in cueless alternating turns and a sign; s11 a complaint, an
email and FEC rules as sources, a headline, long appositives; s12 a deposition's "Q."/"A."
exchange, a filing, a lawyer's statement. s01, s02, s04, s06, s08, s09 and s11 use straight
quotation marks, the others curly ones.

Every person and event is invented (places, parties, outlets and offices are real), and
every quotation is written for this batch. Every expected speaker was written before On
Record read the probes (the stories and this list were committed first). The judging rules
are attrib91's: a nominal speaker counts in either case of its first letter; a quotation's
speaker is who says, writes or reads it out in the story (a memoir's narrator as "I" or by
name); a document's, sign's or report's words count for it or its author; an organisation's
statement for the organisation, the statement or its spokesman; a quotation quoted inside
another counts for the one the inner words are given to or for the one quoting them; an
unnamed speaker for its phrase. A title, slogan, name or term in quotation marks that no one
in the story says (a show, a book, a headline, a coined phrase, a scare quote of the writer's)
has no speaker: On Record is right to give none or not to list it. A transcript's or
interview's turns, not between quotation marks, are not judged; quotations inside them are.
First judged on main cd12b808: 86 of 121 right (28.9% wrong), four times the rate of the
clean batches (probes98 7.1%) and above the held-out 12.6%. The 35 wrong, by kind: blocks
after a colon sentence or an excerpt line ("Wait, it gets better:" gives its "it"; "From
Dana Whitcombe, writing at National Review:" the name with no person; an editorial board's
line the name in its relative clause; "Here is the heart of his reasoning:" the paragraph
before's speaker) (six); memoir narration ("I said" and "I told him the truth. “...”" give
the narrator's "I" with no person; "he" going to the narrator named in the introduction or
to the last man named rather than to the man addressed; "as if to ask"; "Carl turned to
me. “...”") (eight); the interview's "you" ("Q: You've called the Senate “...”", "Q. You
wrote ... that you were “...”": no speaker) (three); signs and banners in title case not
listed as quotations ("One read “Build Bridges Not Walls.”") (four); documents ("The arrest
reports ... describe" read as "The arrest" and a verb; "The complaint cites an email ...
that reads:" gives the complaint; "Under FEC rules, a super PAC may not ... “...”" gives the
super PAC) (three); titles, names and coined terms given a speaker (a title inside an
answer, "a group calling itself the “...”", a coined term given to "according to a
LexisNexis search", a so-called term to the sentence's cue) (four); a cue's reach (a
gerund's object "went after Brennigan for claiming ... “...”" given to the subject; "told
lawyers ..., according to a transcript" given to the transcript; "Moy, ... who described
herself as “...”" the "who" with no person) (three); cueless sequences (a numbered item's
quotation given to the item before's speaker; alternating turns at a table) (two); and two
omissions in the judged list, right in substance ("a 2015 study from the Fraser
Institute", "sign behind the register"). With those two forms added after the first run: 88
of 121 (27.3% wrong). The speaker ranker retrained on the fifty-ninth session's merged code
gives s08's numbered item its own "She": 89. The sixtieth session's colon clauses
("Here is the heart of his reasoning:" gives his owner, "Wait, it gets better:" leaves the
voice before): 92. Probes62's "Q:" turn's "you" as a saying verb's subject (the
interviewee): 94.
"""

from __future__ import annotations

from tests.test_attribution_probes import NO_QUOTATION, batch, judged_batch_tests
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_99.json")
FIRST_JUDGED = 86  # right on main cd12b808 before any mend, of 121

NONE = (None, NO_QUOTATION)
BRENNIGAN = ("Carl Brennigan", "Brennigan", "Carl")
PELLHAM = ("Audrey Pellham", "Pellham", "Sen. Audrey Pellham")
DALTREY = ("Joaquin Daltrey", "Daltrey", "Sen. Joaquin Daltrey")
ROURKE = ("Mitchell Rourke", "Rourke", "Gov. Mitchell Rourke", "Mitch")
POST = (
    "Lionel Abernathy", "Abernathy", "Washington Post", "The Washington Post", "Post",
    *_unnamed("the Washington Post", "the Post", "Post fact-checker Lionel Abernathy"),
)  # fmt: skip
QUIST = ("Deborah Quist", "Quist")
FERRARO = ("Todd Ferraro", "Ferraro", *_unnamed("Brennigan campaign spokesman", "spokesman"))
WHITCOMBE = ("Dana Whitcombe", "Whitcombe", "National Review")
REGISTER_BOARD = (
    "Des Moines Register", "Register",
    *_unnamed(
        "the Des Moines Register's editorial board", "Des Moines Register's editorial board",
        "editorial board", "board",
    ),
)  # fmt: skip
KOWALSKI = ("Gene Kowalski", "Kowalski")
SOLIS = ("Marguerite Solis", "Solis")
LOUGHLIN = ("Beth Anne Loughlin", "Loughlin", *_unnamed("a memo", "memo"))
HENDRICKS = ("Walt Hendricks", "Hendricks", "Walt", "I")
BUSBOY = _unnamed("a busboy", "busboy")
GALE = ("Ronnie Gale", "Gale")
DUBOIS = ("Frank Dubois", "Dubois", "Frank")
MOY = ("Kathleen Moy", "Moy")
EDELSTEIN = (
    "Ross Edelstein", "Edelstein", "Pellham campaign",
    *_unnamed("the Pellham campaign", "a statement", "statement"),
)  # fmt: skip
TIME = ("Time", *_unnamed("Time magazine"))
FATHER = (*DALTREY, *_unnamed("my father", "father"))
MOTHER = (*DALTREY, *_unnamed("my mother", "mother"))
VERHOEVEN = ("Nicole Verhoeven", "Verhoeven", *_unnamed("an email", "email"))
SIGN_ONE = _unnamed("one", "a sign", "sign", "signs", "hand-lettered signs")
SIGN_ANOTHER = _unnamed("another", "a young girl", "girl")
BANNER = _unnamed("a banner", "banner")
SHIRTS = _unnamed("red T-shirts", "T-shirts", "supporters")
POLICE = ("Phoenix police", *_unnamed("a department statement", "department statement",
                                       "statement", "police"))  # fmt: skip
REPORTS = _unnamed("the arrest reports", "arrest reports", "reports")
FUENTES = ("Maricela Fuentes", "Fuentes")
LEAFLET = _unnamed("a leaflet", "leaflet", "organizers")
EXECUTIVE = _unnamed("one senior cable executive", "senior cable executive", "executive")
TELLURIAN = ("Tellurian Media", *_unnamed("the research firm Tellurian Media", "report"))
OKONKWO = ("Adaeze Okonkwo", "Okonkwo", "Prof. Adaeze Okonkwo")
PELLHAM_EMAIL = (
    *PELLHAM, "Pellham campaign", "Pellham's campaign",
    *_unnamed("the campaign", "campaign", "a fundraising email", "fundraising email"),
)  # fmt: skip
KETTERING = ("Dwayne Kettering", "Kettering")
KURTZ = ("Matt Kurtz", "Kurtz")
DANFORTH = ("Loretta Danforth", "Danforth", "Rep. Loretta Danforth")
CHAUDHRY = ("Dev Chaudhry", "Chaudhry", "PolitiFact")
ARSENAULT = ("Genevieve Arsenault", "Arsenault")
STUDY = (
    "Fraser Institute",
    "a 2015 study from the Fraser Institute",  # added after the first run: the whole phrase
    *_unnamed("the Fraser Institute", "a 2015 study", "study"),
)  # fmt: skip
ASHDOWN = ("Colin Ashdown", "Ashdown")
LYLE = ("Marguerite Lyle", "Lyle")
GRANDMOTHER = _unnamed("my late grandmother", "late grandmother", "grandmother")
SCHAEFER = ("Don Schaefer", "Schaefer")
PRUITT = ("Marjorie Pruitt", "Pruitt")
BUCKMEIER = ("Leroy Buckmeier", "Buckmeier")
DINER_SIGN = (
    "sign behind the register",  # added after the first run: the sign, its article left off
    *_unnamed("a laminated sign", "laminated sign", "sign"),
)  # fmt: skip
ARMBRUSTER = ("Jolene Armbruster", "Armbruster", "Waitress Jolene Armbruster")
COMPLAINT = ("Campaign Integrity Project", *_unnamed("the complaint", "complaint"))
GRUENWALD = ("Paul Gruenwald", "Gruenwald")
EMAIL = _unnamed(
    "an email", "email", "a Restore Opportunity consultant", "Restore Opportunity consultant",
    "consultant",
)  # fmt: skip
BEAULIEU = ("Howard Beaulieu", "Beaulieu")
ROURKE_CAMPAIGN = (
    *ROURKE, "Rourke campaign", "Rourke's campaign",
    *_unnamed("campaign", "a brief statement", "brief statement", "statement"),
)  # fmt: skip
PIERCE = ("Brendan Pierce", "Pierce")
FEC_RULES = (*NONE, "FEC rules", *_unnamed("rules"))
TEAGUE = ("Rosalind Teague", "Teague", *_unnamed("a former fundraiser", "former fundraiser"))
FILING = _unnamed(
    "the committee’s filing", "committee’s filing", "filing", "the committee", "committee"
)  # fmt: skip
PENHALLOW = ("Arthur Penhallow", "Penhallow")
STRAND = ("Kevin Strand", "Strand", "Mr. Strand")
CARROW = ("Simone Carrow", "Carrow")
ABBOTT = ("Lorraine Abbott", "Abbott", "Judge Lorraine Abbott")
PROBES_99: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("s01", "plans to bring in 250,000", BRENNIGAN),
    ("s01", "fact-checkers", NONE),
    ("s01", "come from nowhere", POST),
    ("s01", "That is not a source", POST),
    ("s01", "not done in secret", POST),
    ("s01", "never had a target", (*QUIST, *POST)),
    ("s01", "pay for itself within a decade", PELLHAM),
    ("s01", "depends on assumptions", POST),
    ("s01", "call it whatever it wants", FERRARO),
    ("s02", "Mitch Means Business", NONE),
    ("s02", "has never lost an election", WHITCOMBE),
    ("s02", "throw a chair", WHITCOMBE),
    ("s02", "The Competence Trap", NONE),
    ("s02", "Being prepared turned out", REGISTER_BOARD),
    ("s02", "sells steaks", KOWALSKI),
    ("s02", "casualty of that shift", SOLIS),
    ("s02", "take a few days with the family", ROURKE),
    ("s02", "never in public", ROURKE),
    ("s02", "Pack for Manchester", LOUGHLIN),
    ("s03", "Inside the Storm", NONE),
    ("s03", "How bad?", BRENNIGAN),
    ("s03", "Fourth, maybe fifth", HENDRICKS),
    ("s03", "Nineteen", BRENNIGAN),
    ("s03", "Is that really him", BUSBOY),
    ("s03", "Manchester numbers", GALE),
    ("s03", "I’m sorry, Carl", GALE),
    ("s03", "Did you know?", BRENNIGAN),
    ("s03", "I suspected", HENDRICKS),
    ("s03", "You’re fired", BRENNIGAN),
    ("s03", "see your face", BRENNIGAN),
    ("s03", "worst night of my professional life", GALE),
    ("s03", "Nevada numbers", GALE),
    ("s04", "Why should I believe you now", DUBOIS),
    ("s04", "fair question", PELLHAM),
    ("s04", "weaker still", PELLHAM),
    ("s04", "enforcement with teeth", PELLHAM),
    ("s04", "talks a good game", DUBOIS),
    ("s04", "Rockefeller Republican", MOY),
    ("s04", "never heard one of them", MOY),
    ("s04", "evolved with the evidence", EDELSTEIN),
    ("s04", "eight years too late", DALTREY),
    ("s05", "retirement home with voting privileges", DALTREY),
    ("s05", "loneliest man in the Senate", TIME),
    ("s05", "count the people who got home safe", FATHER),
    ("s05", "Treat it with respect", MOTHER),
    ("s05", "reality show with a campaign attached", DALTREY),
    ("s05", "never run anything bigger", ROURKE),
    ("s05", "Clean Slate", NONE),
    ("s05", "joking about sixth place", VERHOEVEN),
    ("s06", "Valley Resistance Coalition", NONE),
    ("s06", "Build Bridges Not Walls", SIGN_ONE),
    ("s06", "My Mom Is Not A Criminal", SIGN_ANOTHER),
    ("s06", "Arizona Is Not For Sale", BANNER),
    ("s06", "Brennigan Country", SHIRTS),
    ("s06", "the protest industry", BRENNIGAN),
    ("s06", "Somebody is paying them", BRENNIGAN),
    ("s06", "exercised restraint", POLICE),
    ("s06", "refused multiple lawful orders", REPORTS),
    ("s06", "standing right here", FUENTES),
    ("s06", "stay on the sidewalk", LEAFLET),
    ("s06", "thugs", BRENNIGAN),
    ("s06", "biggest in Arizona history", BRENNIGAN),
    ("s07", "Hardball", NONE),
    ("s07", "Anderson Cooper 360", NONE),
    ("s07", "empty podium problem", NONE),
    ("s07", "He is the story", EXECUTIVE),
    ("s07", "the Brennigan bump", TELLURIAN),
    ("s07", "free advertising", OKONKWO),
    ("s07", "writing stories about the FCC", OKONKWO),
    ("s07", "Giving Him the Mic", NONE),
    ("s07", "help us buy back", PELLHAM_EMAIL),
    ("s07", "The Art of Winning Big", NONE),
    ("s07", "fake news factories", BRENNIGAN),
    ("s07", "Saturday Night Live", NONE),
    ("s07", "not funny anymore", BRENNIGAN),
    ("s07", "lectern-watch", NONE),
    ("s08", "coin flip", PELLHAM),
    ("s08", "promise somebody broke", PELLHAM),
    ("s08", "napkin", PELLHAM),
    ("s08", "friend of the working man", KETTERING),
    ("s08", "what friends are for", KETTERING),
    ("s08", "long way around", PELLHAM),
    ("s08", "It needs a partner", PELLHAM),
    ("s08", "Same speech, new city", KURTZ),
    ("s08", "four times this year", DANFORTH),
    ("s08", "believes a word of it", FERRARO),
    ("s09", "sickest patients", DALTREY),
    ("s09", "Mostly False", (*CHAUDHRY, *NONE)),
    ("s09", "median wait times", (*ARSENAULT, *CHAUDHRY)),
    ("s09", "did not respond to our request", CHAUDHRY),
    ("s09", "unacceptable delays", ARSENAULT),
    ("s09", "well over", STUDY),
    ("s09", "speaking loosely", ASHDOWN),
    ("s09", "not the spirit", LYLE),
    ("s09", "kind of right", GRANDMOTHER),
    ("s10", "He’s not one of them", SCHAEFER),
    ("s10", "better lawyers", PRUITT),
    ("s10", "says what he thinks", SCHAEFER),
    ("s10", "church bake sale", PRUITT),
    ("s10", "nobody likes him", BUCKMEIER),
    ("s10", "No politics before coffee", DINER_SIGN),
    ("s10", "never follow it", ARMBRUSTER),
    ("s10", "Same fight", SCHAEFER),
    ("s11", "dark money", NONE),
    ("s11", "nonpublic information", COMPLAINT),
    ("s11", "too consistent", GRUENWALD),
    ("s11", "Get the buys up", EMAIL),
    ("s11", "publicity stunt", BEAULIEU),
    ("s11", "complied and will continue", ROURKE_CAMPAIGN),
    ("s11", "Rourke ads keep turning up", NONE),
    ("s11", "speed of a glacier", PIERCE),
    ("s11", "in cooperation, consultation", FEC_RULES),
    ("s12", "keep the Texas money quiet", TEAGUE),
    ("s12", "baseless and retaliatory", FILING),
    ("s12", "frozen out", (*TEAGUE, *PENHALLOW)),
    ("s12", "keep it off the report", (*STRAND, *TEAGUE)),
    ("s12", "Lone Star list", (*DALTREY, *TEAGUE, *NONE)),
    ("s12", "no memory of any such conversation", CARROW),
    ("s12", "book to sell", CARROW),
    ("s12", "hide anything", STRAND),
    ("s12", "sideshow for the presidential campaign", ABBOTT),
]  # fmt: skip
KNOWN_WRONG_99: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("s01", "plans to bring in 250,000"): (
        "Lionel Abernathy",
        '"Abernathy ... went after Carl Brennigan for claiming at a rally ... that ... “...”": '
        "the gerund's subject is the object before it, not the sentence's subject",
    ),
    ("s02", "has never lost an election"): (
        None,
        '"From Dana Whitcombe, writing at National Review:" then a block: the mention is '
        'right but has no person ("Dana Whitcombe wrote at ...:" gives her)',
    ),
    ("s02", "throw a chair"): (None, "the same block's second paragraph"),
    ("s02", "Being prepared turned out"): (
        "Mitchell Rourke",
        '"From the Des Moines Register\'s editorial board, which endorsed Rourke ...:" then '
        "a block: the name in the relative clause speaks, not the board",
    ),
    ("s03", "How bad?"): (
        "Walt Hendricks",
        '"I went looking for Carl ... “Walt,” he said": "he" goes to the narrator, named '
        'only in the introduction, not to "Carl", a preposition\'s object',
    ),
    ("s03", "Fourth, maybe fifth"): (
        None,
        'I told him the truth. “...”: the narrator\'s "I" is the mention, with no person',
    ),
    ("s03", "Nineteen"): ("Walt Hendricks", '"He put the plate down. “...,” he said": the same'),
    ("s03", "Is that really him"): (
        None,
        '"A busboy ... stopped, staring, as if to ask, “...”": "as if to ask" is no cue',
    ),
    ("s03", "Did you know?"): (
        None,
        '"Carl turned to me. “...”": an action sentence\'s subject does not speak',
    ),
    ("s03", "I suspected"): (None, '"“...,” I said": the narrator\'s "I", no person'),
    ("s03", "You’re fired"): (
        "Ronnie Gale",
        '"He listened, then laughed ... “...,” he said": "he" goes to the last man named, '
        'not to Carl, who is "him" and "he" through the paragraphs between',
    ),
    ("s03", "see your face"): ("Ronnie Gale", "the same turn's second quotation"),
    ("s04", "Rockefeller Republican"): (
        None,
        '"Kathleen Moy, who runs a bakery ... and who described herself as “...,”": the '
        'second "who" is the mention, with no person',
    ),
    ("s05", "Clean Slate"): (
        "Joaquin Daltrey",
        'a title inside an answer ("A: Sign the “Clean Slate” order")',
    ),
    ("s06", "Valley Resistance Coalition"): (
        "a group",
        '"a group calling itself the “...”": a name read as the group\'s words',
    ),
    ("s06", "Build Bridges Not Walls"): (
        NO_QUOTATION,
        "a sign in title case (One read “...”) is not listed, as titles are not",
    ),
    ("s06", "My Mom Is Not A Criminal"): (NO_QUOTATION, "a sign in title case"),
    ("s06", "Arizona Is Not For Sale"): (NO_QUOTATION, "a banner in title case"),
    ("s06", "Brennigan Country"): (NO_QUOTATION, "T-shirts' words in title case"),
    ("s06", "refused multiple lawful orders"): (
        "arrest",
        '"The arrest reports, obtained by ..., describe": "reports" read as the verb, so '
        '"The arrest" speaks',
    ),
    ("s07", "lectern-watch"): (
        "a LexisNexis search",
        '"The term “...,” coined by a Twitter user ..., has since appeared in ... stories, '
        'according to a LexisNexis search": a coined term given to the "according to" source',
    ),
    ("s10", "says what he thinks"): (
        "Marjorie Pruitt",
        "cueless alternating turns: the second turn back goes to the speaker of the first",
    ),
    ("s11", "dark money"): (
        "Federal Election Commission",
        '"filed a complaint with the FEC ... alleging that ..., the latest fight over '
        "so-called “dark money”\": a writer's so-called term given to the sentence's cue",
    ),
    ("s11", "Get the buys up"): (
        "complaint",
        '"The complaint cites an email, ..., that reads in part: “...”": the document quoting '
        "speaks, not the email it cites",
    ),
    ("s11", "in cooperation, consultation"): (
        "a super PAC",
        '"Under FEC rules, a super PAC may not make expenditures “...”"',
    ),
    ("s12", "keep the Texas money quiet"): (
        "a transcript",
        '"A former fundraiser ... told lawyers ... that she was instructed to “...” ..., '
        'according to a transcript": "according to" wins over the nearer "told"',
    ),
    ("s12", "frozen out"): (
        None,
        '"Q. You wrote in your complaint that you were “...”": the "you" of a question',
    ),
}
test_probe_speaker_forty_fourth_batch, test_forty_fourth_batch_figure = judged_batch_tests(
    "probes99", PROBES, PROBES_99, KNOWN_WRONG_99, FIRST_JUDGED, size=len(PROBES_99)
)
