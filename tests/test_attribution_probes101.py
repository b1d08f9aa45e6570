"""attrib101: the forty-sixth batch of invented probes, a fresh estimate of **who said it on
news the rules have never seen** (2015-16 US political news), in genres batch 100 did not
write and constructions earlier batches exercise little. No bylines. s01 a court story (a
judge's question, lawyers, a witness, "When she spoke of the poll worker ..., Pettibone
said", a pastor introduced in a trailing "said"); s02 a campaign-trail feature ("said one
man ... who gave his name only as Art", "Said another, Bev Lunsford", "One, a sophomore
..., said", "The other, Jasper Ruiz", "telling one volunteer: “...”"); s03 a Q&A whose
questions quote the candidate ("You said at a forum ... that you would "...""), her rival,
his campaign, her father and her grandmother; s04 a foreign-affairs wire story (translated
quotes "speaking through an interpreter", "said through an interpreter that", an anonymous
EU official, a Pentagon statement, "said one of them, Ihor Savchuk"); s05 an obituary
(memoir quotations, "he wrote", a governor's statement, a daughter); s06 a council meeting
("One, a pastor ..., said", "Said another, Keisha Trammell, ...:", a chief of staff's email
about the mayor, "telling a reporter: “...”"); s07 a Senate hearing ("Secretary of
Agriculture Thomas Redfield", an inspector general's report read aloud, a senator's
question to an aide "Turning to ..., he asked:", a trade group's statement); s08 a long
wire story of seven speakers with pronoun chains over paragraphs ("Holloway later said",
"She said she would", "Asked about it later, he said:", "The coffee,” he said, “was a
crime."); s09 a leaked memo, a department, its spokesman, a company, a lawsuit's
complaint and a chamber as sources; s10 a primary night (fronted place and time phrases
"In Dearborn, where ...", "In Grand Rapids on primary night", names followed by time
phrases "Whitfield, on Tuesday night called", "Whitfield last week had predicted",
"Bramlett on Wednesday said", a couple); s11 possessive appositives ("said Carl Dunleavy,
Gov. Ellen Marsh's chief of staff", "said Quill, a longtime aide to ...", "Americans for
Prosperity's state director, Gus Tillman"), a cue in a subordinate clause ("When he spoke
of ..., Whitcomb said"); s12 a police briefing with reporters' questions ("“...?” one
reporter asked", "“...?” another asked", "the chief said") and a speaker introduced after
the quotation ("“...” That account came from Jalen Moss"). s02, s04, s06, s08, s10 and s12
use curly quotation marks, the others straight ones.

Every person and event is invented (places, parties, outlets, offices and the then president
are real), and every quotation is written for this batch. Every expected speaker was written
before On Record read the probes (the stories and this list were committed first). The
judging rules are attrib100's: a nominal speaker counts in either case of its first letter;
a quotation's speaker is who says, writes or reads it out in the story; a document's or
report's words count for it or its author; an organisation's statement for the
organisation, the statement or its spokesman; a term in quotation marks that no one in the
story says has no speaker; a Q&A's turns, not between quotation marks, are not judged, the
quotations inside them are. Judged: 140 of the batch's quotations (a book title, the
softened amendment's two words, the draft's "wish list" and some sentences continuing a
judged one are not).
First judged on main 8f4f1764: 134 of 140 right (4.3% wrong), the fewest of the US-politics
batches (probes100 8.6%) and well under the held-out 12.6%. The 6 wrong, by kind: a person
named by the description set before their name ("Tanager’s campaign manager, Felicity
Oduya, said", after Tanager is named; "Under cross-examination, an assistant attorney
general, Hollis Vreeland, asked her whether she had tried ...": the description is the
person's name and takes the next "she", so the witness's two answers go to the lawyer)
(three); the Q&A's "you" ("Q: You said at a forum ... that you would "..."", as in
probes100); a third voice quoted inside an answer ("A: ... When I told him about my grade
he said, "..."": the answer's "I" chosen over "he", the father named two sentences up); and
a title of more than one word before the name ("Senate President Pro Tem Roger Hale": "Pro
Tem" read as part of the name, the right person in another form). 135 after the mends it
taught (probes62: a "Q:" turn's "you" as a saying verb's subject is the interviewee); 136
after the second (a name set off after a noun for a person that an owner's "'s" opens,
"Tanager’s campaign manager, Felicity Oduya,", names that person though "Felicity" is in no
list of given names).
"""

from __future__ import annotations

from tests.test_attribution_probes import NO_QUOTATION, batch, judged_batch_tests
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_101.json")
FIRST_JUDGED = 134  # right on main 8f4f1764 before any mend, of 140

NONE = (None, NO_QUOTATION)
OKONKWO = (
    "Miriam Okonkwo-Hale", "Okonkwo-Hale", "U.S. District Judge Miriam Okonkwo-Hale",
    "Judge Miriam Okonkwo-Hale", *_unnamed("the judge", "judge"),
)  # fmt: skip
ACKERLY = ("Brent Ackerly", "Ackerly")
FIGUEROA = ("Lorna Figueroa", "Figueroa")
PETTIBONE = ("Eunice Pettibone", "Pettibone", "Mrs. Pettibone")
KINNARD = ("Dale Kinnard", "Kinnard", "Ohio Secretary of State Dale Kinnard")
MAYWEATHER = (
    "Anton Mayweather",
    "Mayweather",
    "Rev. Anton Mayweather",
    "the Rev. Anton Mayweather",
)
ART = (
    "Art",
    *_unnamed("one man", "man", "a retired machinist from Goffstown", "retired machinist"),
)
LUNSFORD = ("Bev Lunsford", "Lunsford", *_unnamed("another"))
TANAGER = ("Russell Tanager", "Tanager", "Gov. Russell Tanager")
DIMMICK = ("Carol Dimmick", "Dimmick", *_unnamed("the woman", "woman"))
SOPHOMORE = _unnamed("one", "a sophomore at Saint Anselm", "a sophomore", "sophomore")
RUIZ = ("Jasper Ruiz", "Ruiz", *_unnamed("the other", "other"))
ODUYA = ("Felicity Oduya", "Oduya")
BEAULIEU = ("Harold Beaulieu", "Beaulieu")
STRAND = ("Naomi Strand", "Strand")
HARBAUGH = ("Gil Harbaugh", "Harbaugh", "Sen. Gil Harbaugh")
HARBAUGH_CAMPAIGN = (*HARBAUGH, "Harbaugh campaign", "Harbaugh's campaign", *_unnamed("campaign"))
STRAND_FATHER = _unnamed("my father", "father")
GRANDMOTHER = _unnamed("my grandmother", "grandmother")
PEMBURY = (
    "Lawrence Pembury", "Pembury", "Deputy Secretary of State Lawrence Pembury",
    *_unnamed("a senior U.S. envoy", "senior U.S. envoy"),
)  # fmt: skip
HRYTSENKO = ("Oleksandr Hrytsenko", "Hrytsenko", "Prime Minister Oleksandr Hrytsenko")
ZUBKOVA = ("Yelena Zubkova", "Zubkova", "Foreign Ministry", *_unnamed("a transcript", "transcript"))
MELNYCHUK = ("Taras Melnychuk", "Melnychuk")
EU_OFFICIAL = _unnamed(
    "a European Union official", "European Union official", "the official", "official"
)
DELACOURT = (
    "Warren Delacourt", "Delacourt", "Capt. Warren Delacourt", "Pentagon",
    *_unnamed("the Pentagon", "a statement", "statement"),
)  # fmt: skip
SAVCHUK = ("Ihor Savchuk", "Savchuk", *_unnamed("one of them", "one"))
BRANNIGAN = ("Walter Brannigan", "Brannigan", "Mr. Brannigan", "Walter James Brannigan")
OSTROWSKI = ("Gene Ostrowski", "Ostrowski", "Mr. Ostrowski")
MARCHETTI = (
    "Lyle Marchetti",
    "Marchetti",
    "Gov. Lyle Marchetti",
    *_unnamed("a statement", "statement"),
)
KESSLER = (
    "Ruth Brannigan Kessler", "Ruth Kessler", "Kessler", "Ms. Kessler",
    *_unnamed("his daughter", "daughter"),
)  # fmt: skip
VOLLMER = ("Terrence Vollmer", "Vollmer", "Ald. Terrence Vollmer")
AMUNDSEN = ("Dolores Amundsen", "Amundsen", "Police Chief Dolores Amundsen")
PASTOR = _unnamed("one", "a pastor from the north side", "a pastor", "pastor")
TRAMMELL = ("Keisha Trammell", "Trammell", *_unnamed("another"))
SZABO = ("Dominic Szabo", "Szabo")
KOWALCZYK = ("Ray Kowalczyk", "Kowalczyk", "Sgt. Ray Kowalczyk")
GROVES = ("Bettina Groves", "Groves", "Ald. Bettina Groves")
PAK = ("Leon Pak", "Pak", *_unnamed("an email", "email"))
REDFIELD = ("Thomas Redfield", "Redfield", "Secretary of Agriculture Thomas Redfield")
RUSK = ("Pamela Rusk", "Rusk", "Sen. Pamela Rusk")
BEEKMAN = ("Arnold Beekman", "Beekman", "Sen. Arnold Beekman")
IG_REPORT = (
    *BEEKMAN,
    *_unnamed("an inspector general's report", "inspector general's report", "the report",
              "report", "inspector general"),
)  # fmt: skip
WHITACRE = ("Cole Whitacre", "Whitacre", "Sen. Cole Whitacre")
PIKE = ("Joanna Pike", "Pike", "Ms. Pike")
NRECA = (
    "National Rural Electric Cooperative Association",
    *_unnamed("the National Rural Electric Cooperative Association", "a statement", "statement"),
)  # fmt: skip
ECKHART = ("Howard Eckhart", "Eckhart", "Sen. Howard Eckhart")
TOLLIVER = ("Marianne Tolliver", "Tolliver")
HOLLOWAY = ("Grant Holloway", "Holloway")
ASBURY = ("Vernon Asbury", "Asbury")
FAIRBANKS = ("Louise Fairbanks", "Fairbanks")
MEMO = (
    "Patricia Nwosu", "Nwosu", "Dr. Patricia Nwosu",
    *_unnamed("the memo", "memo", "the four-page memo", "four-page memo", "a senior geologist",
              "an internal memo", "internal memo"),
)  # fmt: skip
NWOSU = ("Patricia Nwosu", "Nwosu", "Dr. Patricia Nwosu")
DEP = (
    "Department of Environmental Protection", "Neil Ambrose", "Ambrose",
    *_unnamed("the department", "department", "a statement", "statement",
              "the Department of Environmental Protection"),
)  # fmt: skip
AMBROSE = ("Neil Ambrose", "Ambrose")
KEYSTONE = (
    "Keystone Midstream Partners", "Keystone Midstream",
    *_unnamed("the pipeline's operator", "pipeline's operator", "the company", "company"),
)  # fmt: skip
LAWSUIT = _unnamed(
    "the complaint", "complaint", "a lawsuit", "lawsuit", "residents of West Whiteland Township",
    "residents",
)  # fmt: skip
HOLCOMB = ("Diane Holcomb", "Holcomb", "State Sen. Diane Holcomb")
CHAMBER_PA = (
    "Pennsylvania Chamber of Business and Industry", "Martin Sewell", "Sewell",
    *_unnamed("the Pennsylvania Chamber of Business and Industry"),
)  # fmt: skip
HADDAD = ("Aliyah Haddad", "Haddad")
WHITFIELD = (
    "Darnell Whitfield",
    "Whitfield",
    "state Rep. Darnell Whitfield",
    "Rep. Darnell Whitfield",
)
TOLBERT = ("Marcus Tolbert", "Tolbert")
BRAMLETT = ("Otis Bramlett", "Bramlett", "Rev. Otis Bramlett")
DORIS = ("Doris VanHouten", "VanHouten", "Doris")
PETE = ("Pete VanHouten", "Pete", "VanHouten", *_unnamed("her husband", "husband"))
EMARSH = ("Edwin Marsh", "Marsh", "Pollster Edwin Marsh")
HALVORSEN = ("Ned Halvorsen", "Halvorsen", "Sen. Ned Halvorsen")
DUNLEAVY = ("Carl Dunleavy", "Dunleavy")
QUILL = ("Tara Quill", "Quill")
HALE = ("Roger Hale", "Hale", "Senate President Pro Tem Roger Hale")
WHITCOMB = ("Amos Whitcomb", "Whitcomb", "Dr. Amos Whitcomb")
PETTIGREW = ("Joan Pettigrew", "Pettigrew", "Sen. Joan Pettigrew")
NCHA = (
    "North Carolina Hospital Association", "Lydia Ferrante", "Ferrante",
    *_unnamed("the North Carolina Hospital Association", "a statement", "statement"),
)  # fmt: skip
FERRANTE = ("Lydia Ferrante", "Ferrante")
TILLMAN = ("Gus Tillman", "Tillman")
MARSH = ("Ellen Marsh", "Marsh", "Gov. Ellen Marsh")
ALCOTT = ("Kenneth Alcott", "Alcott", "Chief Kenneth Alcott", *_unnamed("the chief", "chief"))
REPORTER_ONE = _unnamed("one reporter", "reporter", "one")
REPORTER_TWO = _unnamed("another", "another reporter", "reporter")
FAIRCLOTH = ("Brenda Faircloth", "Faircloth", "Councilwoman Brenda Faircloth")
WHITLEY = ("Darius Whitley", "Whitley", "Councilman Darius Whitley")
MOSS = ("Jalen Moss", "Moss")
FOP = (
    "Fraternal Order of Police",
    *_unnamed("the Fraternal Order of Police", "a statement", "statement"),
)  # fmt: skip
PROBES_101: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("s01", "why does the remedy need to reach", OKONKWO),
    ("s01", "prevent a harm before it occurs", ACKERLY),
    ("s01", "mostly in campaign ads", FIGUEROA),
    ("s01", "made the card harder to get", FIGUEROA),
    ("s01", "kinder about it than the law was", PETTIBONE),
    ("s01", "I tried twice", PETTIBONE),
    ("s01", "bus doesn't go there anymore", PETTIBONE),
    ("s01", "Every eligible Ohioan", KINNARD),
    ("s01", "opening mobile units this fall", KINNARD),
    ("s01", "Free is not the same as possible", MAYWEATHER),
    ("s01", "Ask Mrs. Pettibone what the bus costs", MAYWEATHER),
    ("s01", "a great many adjectives", OKONKWO),
    ("s02", "seen four of them this week", ART),
    ("s02", "My wife says I’m dating", ART),
    ("s02", "emergency room at 3 in the morning", LUNSFORD),
    ("s02", "lobbyists’ keys to the building", TANAGER),
    ("s02", "a plan for everything except", TANAGER),
    ("s02", "looked at me the whole time", DIMMICK),
    ("s02", "Nobody else has done that", DIMMICK),
    ("s02", "too old to understand my rent", SOPHOMORE),
    ("s02", "the guy with the yacht", RUIZ),
    ("s02", "every chair in Merrimack County", ODUYA),
    ("s02", "He talks well", BEAULIEU),
    ("s02", "So did the last three", BEAULIEU),
    ("s03", "a Washington candidate with a Missouri address", HARBAUGH),
    ("s03", "never vote for a trade deal written in secret", STRAND),
    ("s03", "you never could shoot straight", STRAND_FATHER),
    ("s03", "Leave the files better", STRAND),
    ("s03", "took a pass", HARBAUGH_CAMPAIGN),
    ("s03", "Eleven votes is a church picnic", GRANDMOTHER),
    ("s04", "not unlimited", PEMBURY),
    ("s04", "frank in the way friends are frank", PEMBURY),
    ("s04", "prosecutor’s office reformed", PEMBURY),
    ("s04", "fighting two wars at once", HRYTSENKO),
    ("s04", "Nobody in Washington has had to do that", HRYTSENKO),
    ("s04", "come to Kiev to give instructions", ZUBKOVA),
    ("s04", "reforming the signs on the doors", MELNYCHUK),
    ("s04", "tired of being told next month", EU_OFFICIAL),
    ("s04", "continues to review Ukraine’s requests", DELACOURT),
    ("s04", "It means what it says", PEMBURY),
    ("s04", "We bury people", SAVCHUK),
    ("s05", "knocked on 11,000 doors", BRANNIGAN),
    ("s05", "the only thing I wrote that nobody amended", BRANNIGAN),
    ("s05", "rather lose my seat than lose my neighbors", BRANNIGAN),
    ("s05", "coffee stains on page 400", OSTROWSKI),
    ("s05", "Nobody else got to page 400", OSTROWSKI),
    ("s05", "Dorothy read every speech", BRANNIGAN),
    ("s05", "She was right every time", BRANNIGAN),
    ("s05", "a Republican of the old school", MARCHETTI),
    ("s05", "watched the debates with a notepad", KESSLER),
    ("s05", "underlined it three times", KESSLER),
    ("s06", "pass a $4 million program", VOLLMER),
    ("s06", "The camera is the cheap part", AMUNDSEN),
    ("s06", "The footage is the expensive part", AMUNDSEN),
    ("s06", "overdue by about 20 years", PASTOR),
    ("s06", "Instead we had a report", TRAMMELL),
    ("s06", "surveillance with a friendly name", SZABO),
    ("s06", "rather have the video than not", KOWALCZYK),
    ("s06", "The video usually helps us", KOWALCZYK),
    ("s06", "Four million is the first year", GROVES),
    ("s06", "Nobody has told me the fifth year", GROVES),
    ("s06", "supports doing it right", PAK),
    ("s06", "Two weeks. Write it down", VOLLMER),
    ("s07", "too slow, and I own that", REDFIELD),
    ("s07", "sat on desks for a year", REDFIELD),
    ("s07", "a rover on Mars", RUSK),
    ("s07", "lacked basic controls", IG_REPORT),
    ("s07", "I inherited a form", REDFIELD),
    ("s07", "not an excuse", REDFIELD),
    ("s07", "by the end of the fiscal year", REDFIELD),
    ("s07", "Ms. Pike, do you believe that?", WHITACRE),
    ("s07", "if we get the staff", PIKE),
    ("s07", "deadlines have been promised before", NRECA),
    ("s07", "a good man running a bad program", BEEKMAN),
    ("s07", "what a fiscal year looks like", RUSK),
    ("s08", "run on, not run from", ECKHART),
    ("s08", "lethal defensive weapons", (*NONE, *TOLLIVER)),
    ("s08", "by sending blankets", TOLLIVER),
    ("s08", "flexibility, not a promise", HOLLOWAY),
    ("s08", "I don’t need to", HOLLOWAY),
    ("s08", "I know where he is", HOLLOWAY),
    ("s08", "Appropriate is a word you use", TOLLIVER),
    ("s08", "free-traded out of existence", ASBURY),
    ("s08", "earned the right to be heard on steel", ECKHART),
    ("s08", "traded a principle for a slogan", FAIRBANKS),
    ("s08", "Somebody had to", FAIRBANKS),
    ("s08", "This is what a platform is", HOLLOWAY),
    ("s08", "A fight with a table of contents", HOLLOWAY),
    ("s08", "was a crime", ECKHART),
    ("s09", "a significant and foreseeable risk", MEMO),
    ("s09", "karst geology in this corridor", MEMO),
    ("s09", "not supported by field data", MEMO),
    ("s09", "I wrote what the data showed", NWOSU),
    ("s09", "What they did with it was above me", NWOSU),
    ("s09", "considered as part of a thorough review", DEP),
    ("s09", "strength of one memo", AMBROSE),
    ("s09", "followed every requirement placed upon it", KEYSTONE),
    ("s09", "bottled water for five months", LAWSUIT),
    ("s09", "should have stopped the drill", HOLCOMB),
    ("s09", "it stopped in a drawer", HOLCOMB),
    ("s09", "regulation by leak", CHAMBER_PA),
    ("s10", "one door at a time", HADDAD),
    ("s10", "The polls called landlines", HADDAD),
    ("s10", "We called people", HADDAD),
    ("s10", "a close race in a long contest", WHITFIELD),
    ("s10", "never took Michigan for granted", WHITFIELD),
    ("s10", "plant leave on a truck", TOLBERT),
    ("s10", "only one who was mad about it", TOLBERT),
    ("s10", "known her a long time", BRAMLETT),
    ("s10", "still delegates", BRAMLETT),
    ("s10", "sounds like a grown-up", DORIS),
    ("s10", "She thinks I’m crazy", PETE),
    ("s10", "missed young voters", EMARSH),
    ("s10", "great upsets in modern political history", HALVORSEN),
    ("s11", "We had a deal on Tuesday", DUNLEAVY),
    ("s11", "explain what happened on Wednesday", DUNLEAVY),
    ("s11", "There was a conversation", QUILL),
    ("s11", "It's not dead. It's resting", HALE),
    ("s11", "keep an emergency room", WHITCOMB),
    ("s11", "I'm a conservative. I can count", PETTIGREW),
    ("s11", "We already sent it to Washington", PETTIGREW),
    ("s11", "done everything asked of it", NCHA),
    ("s11", "a choice, not an accident", FERRANTE),
    ("s11", "reason this state has a budget surplus", TILLMAN),
    ("s11", "spend it on Obamacare", TILLMAN),
    ("s11", "a long memory and a short phone list", MARSH),
    ("s11", "Roger is on it", MARSH),
    ("s12", "showed restraint for six hours", ALCOTT),
    ("s12", "hit with bottles", ALCOTT),
    ("s12", "You cannot close an interstate", ALCOTT),
    ("s12", "Is that restraint?", REPORTER_ONE),
    ("s12", "I’ve seen the video", ALCOTT),
    ("s12", "not going to judge it from a podium", ALCOTT),
    ("s12", "Then who judges it?", REPORTER_TWO),
    ("s12", "Internal affairs,", ALCOTT),
    ("s12", "department reviewing itself", FAIRCLOTH),
    ("s12", "We need someone from outside", FAIRCLOTH),
    ("s12", "twelfth viewing", WHITLEY),
    ("s12", "lined up in riot gear", MOSS),
    ("s12", "go home safe", FOP),
]  # fmt: skip
KNOWN_WRONG_101: dict[tuple[str, str], tuple[str | None, str]] = {  # what it gives, why
    ("s01", "I tried twice"): (
        "an assistant attorney general",
        '"an assistant attorney general, Hollis Vreeland, asked her whether she had tried": the '
        'description names the person and takes "she", not the witness "her"',
    ),
    ("s01", "bus doesn't go there anymore"): (
        "an assistant attorney general",
        "the quotation before's speaker, as above",
    ),
    ("s03", "you never could shoot straight"): (
        "Naomi Strand",
        '"A: ... When I told him about my grade he said, "..."": the answer\'s "I" chosen over '
        '"he", her father named two sentences up',
    ),
    ("s11", "It's not dead. It's resting"): (
        "Pro Tem Roger Hale",
        '"Senate President Pro Tem Roger Hale": "Pro Tem" read as part of the name (right '
        "person, another form)",
    ),
}
test_probe_speaker_forty_sixth_batch, test_forty_sixth_batch_figure = judged_batch_tests(
    "probes101", PROBES, PROBES_101, KNOWN_WRONG_101, FIRST_JUDGED, size=len(PROBES_101)
)
