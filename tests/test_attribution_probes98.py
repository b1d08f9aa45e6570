"""attrib98: the forty-third batch of invented probes, a fresh estimate of **who said it on
news the rules have never seen** (2015-16 US election news), written the way PolNeAR's texts
look rather than to exercise rules: no bylines, a headline ending in a full stop, and each
story in the house style of a different kind of outlet. s01 a partisan blog's exclusive
quoting tweets (``<tweet ...>`` markup as train has it, "X tweeted, “...”", "One user, who
goes by @...", "Another tweeted"); s02 a TV-interview transcript ("NAME:" turns, a host
reading a statement aloud, a video clip, then prose); s03 a tabloid in one-sentence
paragraphs ("she fumed", "the proud mother told The Post", a mother and daughter sharing a
surname); s04 a long broadsheet analysis with honorifics ("Mr. Wendt", "Ms. Wendt" for a
husband and wife, an anonymous adviser, a photo credit and caption); s05 a wire story
("(AP) —", inverted "said X, 71, of Greenville"); s06 a local paper on a county board;
s07 a live blog with timestamps and "___." separators, in the present tense ("X says");
s08 an op-ed in the first person quoting unnamed donors, a waitress and named strategists;
s09 a fact-check (a claim quoted twice, "wrote in an email", "Our ruling"); s10 a poll
write-up with analysts and a pollster's "HEADLINE - Name: “...” [Outlet.]" item; s11 a
debate recap (numbered takeaways, a back-and-forth between two candidates, a moderator);
s12 a story built on emails, a memo and a court filing. s02, s05, s06, s08, s10 and s12 use
straight quotation marks, the others curly ones.

Every person and event is invented (places, parties, outlets and offices are real), and
every quotation is written for this batch. Every expected speaker was written before On
Record read the probes (the stories and this list were committed first). The judging rules
are attrib91's: a nominal speaker counts in either case of its first letter; a quotation's
speaker is who says, writes or reads it out in the story; a document's words count for the
document or its author; an organisation's statement for the organisation, the statement or
its spokesman; a quotation quoted inside another counts for the one the inner words are
given to or for the one quoting them; an unnamed speaker for its phrase; a surname shared by
several people counts only in the forms that tell them apart. A transcript's turns, which
PolNeAR's measure does not count (they are not between quotation marks), are not judged;
quotations inside them are.
First judged on main 73bbb190: 117 of 126 right (7.1% wrong). The nine wrong, by kind: "she"
after a woman the story introduces as a preposition's object ("I'll give the last word to
a waitress at the resort, who asked not to be named ... She had been serving ... “...,” she
said") going to the last woman named as a subject, a fundraiser two paragraphs up (two);
"she" after a name that is the subject of a sentence opening with two fronted phrases ("At
one point, as Kessler and Whitmore talked over each other ..., Brandvold threatened ...
“...,” she said") going to the woman of the section before (one; with either phrase alone
it is read); a date inside a participle's phrase read as the subject ("A memo dated Sept.
2, 2015, prepared by ..., concluded that the speeches contained “...” but flagged “...”":
"Sept. 2" speaks, no speaker) (two); a name after a role in lower case set off after an
indefinite subject ("A third aide, deputy communications director Maya Sorensen,
forwarded ... with a note: “...”": the unnamed phrase speaks; "A third aide, Maya
Sorensen," is read) (one); a headline's title, verb and surname read as a person
("Exclusive–Iowa Pastor Backs Kessler: ‘...’": "Pastor" a title, so "Backs Kessler" is a
name, and the story's later "Kessler" goes to him rather than to Warren Kessler) (one);
and two omissions in the judged list, forms earlier batches accept (the speaker right in
substance): "Albrecht’s campaign called the claim “...”" named "Albrecht campaign", and
"the group's lawyers wrote" without its "the". With those two forms added after the first
run: 119 of 126 (5.6% wrong). Each of the seven left has a mention that a gold Source would
likely overlap (the pronoun, "Kessler", a phrase inside the whole subject), so PolNeAR's
mention measure would likely count them right: the errors are in whom the mention means.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_98.json")
FIRST_JUDGED = 117  # right on main 73bbb190 before any mend, of 126

KESSLER = ("Warren Kessler", "Kessler", "Mr. Kessler")
WHITMORE = ("Dale Whitmore", "Whitmore", "Sen. Dale Whitmore")
ORMSBY = ("Patricia Ormsby", "Ormsby", "Gov. Patricia Ormsby", "Ohio Gov. Patricia Ormsby")
GARVEY = ("Helen Garvey", "Garvey", "Ms. Garvey")
ALBRECHT = ("Martin Albrecht", "Albrecht", "Sen. Martin Albrecht")
DUNLEAVY = ("Russell Dunleavy", "Dunleavy")
ALDOUS = ("Kendra Aldous", "Aldous", *_unnamed("Whitmore spokeswoman"))
HAWKEYE_MOM = ("@HawkeyeMom52", "HawkeyeMom52", *_unnamed("one user", "user"))
ANOTHER_USER = _unnamed("another")
LINDQVIST = ("Barb Lindqvist", "Lindqvist")
MEYERHOFF = ("Grant Meyerhoff", "Meyerhoff", "GRANT MEYERHOFF", "MEYERHOFF")
ORMSBY_QUOTED = (*ORMSBY, "ORMSBY", *MEYERHOFF)
KESSLER_STATEMENT = (
    *KESSLER, *MEYERHOFF, "Kessler campaign",
    *_unnamed("the Kessler campaign", "a statement", "statement"),
)  # fmt: skip
FAIRBANKS = ("Elliot Fairbanks", "Fairbanks", *_unnamed("spokesman"))
TESSA = ("Tessa Marchetti", "Tessa", "Ms. Marchetti")
ANGELA = ("Angela Marchetti", "Angela", *_unnamed("the proud mother", "proud mother", "her mom"))
PRITCHETT = ("Deon Pritchett", "Pritchett", *_unnamed("campaign spokesman", "a statement"))
FERRANTE = ("Luis Ferrante", "Ferrante")
ODUYA = ("Miriam Oduya", "Oduya")
GARY = ("Gary Wendt", "Gary", "Mr. Wendt")
LINDA = ("Linda Wendt", "Linda", "Ms. Wendt", *_unnamed("his wife"))
KOSZALKA = ("Ray Koszalka", "Koszalka")
ACHTERBERG = ("Simone Achterberg", "Achterberg")
PASHKEVICH = ("Eleanor Pashkevich", "Pashkevich")
ONE_ADVISER = _unnamed("one adviser", "adviser")
VENKATARAMAN = ("Priya Venkataraman", "Venkataraman")
ORMSBY_STATEMENT = (*ORMSBY, *_unnamed("a statement", "statement"))
CROWDER = ("Betty Ann Crowder", "Crowder")
LEUNG = ("Travis Leung", "Leung")
ODEGAARD = ("Marlys Odegaard", "Odegaard", "Supervisor Marlys Odegaard")
BREKKE = ("Tom Brekke", "Brekke", "Supervisor Tom Brekke")
VANDEVENTER = ("Lucy Vandeventer", "Vandeventer", "Story County Auditor Lucy Vandeventer")
ROSENQUIST = ("Abe Rosenquist", "Rosenquist")
KLEINSCHMIDT = ("Sharon Kleinschmidt", "Kleinschmidt")
OKAFOR = ("Jaylen Okafor", "Okafor")
HAUGLAND = ("Dennis Haugland", "Haugland", "Supervisor Dennis Haugland")
STEEN = ("Carla Steen", "Steen", "Ames Police Chief Carla Steen")
YBARRA = ("Rosa Ybarra", "Ybarra", *_unnamed("union spokeswoman"))
GRISSOM = ("Howard Grissom", "Grissom")
CASTELLANOS = ("Nadine Castellanos", "Castellanos", *_unnamed("pollster"))
HEDGE_FUND = _unnamed("one hedge fund manager", "hedge fund manager", "manager")
OIL_DONOR = _unnamed(
    "another donor", "donor", "a retired oil executive from Houston", "retired oil executive"
)  # fmt: skip
HOLLENBECK = ("Bryce Hollenbeck", "Hollenbeck")
DEXTER_LOWE = ("Carolyn Dexter-Lowe", "Dexter-Lowe")
WAITRESS = _unnamed("a waitress at the resort", "a waitress", "waitress")
FISKE = ("Jarrod Fiske", "Fiske", *_unnamed("campaign spokesman"))
ESTERGARD = ("Harold Estergard", "Estergard")
KOWALCZYK = ("Daria Kowalczyk", "Kowalczyk")
LINDAHL_PRICE = ("Nora Lindahl-Price", "Lindahl-Price")
ALBRECHT_CAMPAIGN = (*ALBRECHT, "Albrecht’s campaign", "Albrecht campaign", *_unnamed("campaign"))
AKINYEMI = ("Ronald Akinyemi", "Akinyemi")
FELDSTEIN = ("Jonah Feldstein", "Feldstein")
AMUNDSEN = ("Gloria Amundsen", "Amundsen", *_unnamed("the firm’s president", "president"))
VILLENEUVE = ("Kurt Villeneuve", "Villeneuve", *_unnamed("a statement", "statement"))
MARSH = ("Tiffany Marsh", "Marsh")
CARVER = ("Denise Carver", "Carver")
BRANDVOLD = ("Alicia Brandvold", "Brandvold")
FENNIMORE = ("Carla Fennimore", "Fennimore")
ASHBY = ("Quentin Ashby", "Ashby")
STEINHAUER = ("Rhonda Steinhauer", "Steinhauer")
OYELARAN = ("Nathan Oyelaran", "Oyelaran", *_unnamed("email"))
WHITFIELD = ("Gordon Whitfield", "Whitfield")
SORENSEN = ("Maya Sorensen", "Sorensen", *_unnamed("a note", "note"))
MEMO = _unnamed("a memo", "memo", "the campaign's research department", "research department")
LAWYERS = (
    "Citizens for Open Records",
    "group's lawyers",  # added after the first run, "the" left off: attrib97's "governor’s office"
    *_unnamed("the group's lawyers", "lawyers", "a filing", "filing"),
)  # fmt: skip
PROBES_98: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("s01", "Washington has forgotten the people", DUNLEAVY),
    ("s01", "plants that moved to Mexico", DUNLEAVY),
    ("s01", "entitled to his opinion", ALDOUS),
    ("s01", "know who has stood with them", ALDOUS),
    ("s01", "Big crowds, big momentum", KESSLER),
    ("s01", "What a time to be alive", HAWKEYE_MOM),
    ("s01", "more sense than the whole RNC", ANOTHER_USER),
    ("s01", "couple thousand votes", LINDQVIST),
    ("s01", "Pastors don’t tell people", LINDQVIST),
    ("s01", "Not a dime", DUNLEAVY),
    ("s01", "listening to the sermons", DUNLEAVY),
    ("s02", "has not earned", ORMSBY),
    ("s02", "show Ohio he understands", ORMSBY),
    ("s02", "I will support the nominee", ORMSBY_QUOTED),
    ("s02", "career politician who finished fourth", KESSLER_STATEMENT),
    ("s02", "support the Republican nominee, period", FAIRBANKS),
    ("s02", "she's not alone in that", FAIRBANKS),
    ("s02", "fixing Ohio's roads", KESSLER),
    ("s02", "sort that out", WHITMORE),
    ("s03", "a snake pit", TESSA),
    ("s03", "lied to my face", TESSA),
    ("s03", "Sixteen-hour days", TESSA),
    ("s03", "we wish her well", PRITCHETT),
    ("s03", "asked for my paycheck", TESSA),
    ("s03", "gave that campaign everything", ANGELA),
    ("s03", "disposable cups", FERRANTE),
    ("s03", "personnel matters", GARVEY),
    ("s03", "I love pie", GARVEY),
    ("s03", "exempt from wage laws", ODUYA),
    ("s03", "write in my cat", TESSA),
    ("s04", "my whole working life", GARY),
    ("s04", "likes the way Kessler talks", LINDA),
    ("s04", "been right before", GARY),
    ("s04", "never voted Republican", KOSZALKA),
    ("s04", "made them angry", KOSZALKA),
    ("s04", "outwork anybody", ACHTERBERG),
    ("s04", "union guy who is switching", PASHKEVICH),
    ("s04", "a real movement", PASHKEVICH),
    ("s04", "union bosses", KESSLER),
    ("s04", "bring the jobs back", KESSLER),
    ("s04", "running well ahead", ONE_ADVISER),
    ("s04", "not the same as winning", ONE_ADVISER),
    ("s04", "married 40 years", LINDA),
    ("s04", "comes down to the neighbors", GARY),
    ("s05", "campaign we can be proud of", WHITMORE),
    ("s05", "said that from day one", WHITMORE),
    ("s05", "sleep on it", VENKATARAMAN),
    ("s05", "he knew", VENKATARAMAN),
    ("s05", "good man who ran a tough race", KESSLER),
    ("s05", "winning team", KESSLER),
    ("s05", "best of our party", ORMSBY_STATEMENT),
    ("s05", "gets things done", ORMSBY_STATEMENT),
    ("s05", "drove four hours", CROWDER),
    ("s05", "closest thing left", LEUNG),
    ("s05", "through the convention", WHITMORE),
    ("s06", "ditch on 13th Street", ODEGAARD),
    ("s06", "not doing that again", ODEGAARD),
    ("s06", "more calls about parking", BREKKE),
    ("s06", "built for 150 people", VANDEVENTER),
    ("s06", "good for democracy", ROSENQUIST),
    ("s06", "appreciate the county's help", KLEINSCHMIDT),
    ("s06", "kind of perfect", OKAFOR),
    ("s06", "how many people actually ride", HAUGLAND),
    ("s06", "stuck at a light", STEEN),
    ("s07", "fair game", ALBRECHT),
    ("s07", "behind closed doors", ALBRECHT),
    ("s07", "not going to take lectures", GARVEY),
    ("s07", "fighting for working families", GARVEY),
    ("s07", "deregulated the derivatives", GARVEY),
    ("s07", "free to caucus", YBARRA),
    ("s07", "going to be heard", YBARRA),
    ("s07", "big league", KESSLER),
    ("s07", "maybe the biggest", KESSLER),
    ("s07", "more ballots", GRISSOM),
    ("s07", "turnout race", CASTELLANOS),
    ("s08", "fade by March", HEDGE_FUND),
    ("s08", "come to their senses", OIL_DONOR),
    ("s08", "$80 million telling people", WHITMORE),
    ("s08", "writing checks", ORMSBY),
    ("s08", "fundamentals favor", HOLLENBECK),
    ("s08", "Polls in February", HOLLENBECK),
    ("s08", "Delegates do", HOLLENBECK),
    ("s08", "We built this", DEXTER_LOWE),
    ("s08", "talk about the weather", WAITRESS),
    ("s08", "happens to them", WAITRESS),
    ("s09", "wants to do to America", KESSLER),
    ("s09", "right there on page 12", FISKE),
    ("s09", "doesn’t double anything", ESTERGARD),
    ("s09", "blame the governors", ESTERGARD),
    ("s09", "not adjusted for inflation", KOWALCZYK),
    ("s09", "roads our grandchildren", ALBRECHT),
    ("s09", "bipartisan habit", LINDAHL_PRICE),
    ("s09", "strip away everything", ALBRECHT_CAMPAIGN),
    ("s09", "he knows he’s wrong", ALBRECHT),
    ("s09", "in the state legislature", KESSLER),
    ("s10", "floor is solid", AKINYEMI),
    ("s10", "never vote for him", AKINYEMI),
    ("s10", "I-4 corridor", FELDSTEIN),
    ("s10", "absentee ballots", FELDSTEIN),
    ("s10", "a lot of late deciders", AMUNDSEN),
    ("s10", "momentum is ours", VILLENEUVE),
    ("s10", "unless they're great", MARSH),
    ("s10", "older voters here", AKINYEMI),
    ("s10", "a snapshot", CARVER),
    ("s11", "illegal workers", WHITMORE),
    ("s11", "made a payroll", KESSLER),
    ("s11", "Answer the question", WHITMORE),
    ("s11", "didn’t like the answer", KESSLER),
    ("s11", "tearing people down", ORMSBY),
    ("s11", "yes or a no", BRANDVOLD),
    ("s11", "let’s talk about jobs", ORMSBY),
    ("s11", "hate Washington", FENNIMORE),
    ("s11", "go to commercial", BRANDVOLD),
    ("s11", "exposed Kessler as a fraud", ASHBY),
    ("s11", "who won tonight", STEINHAUER),
    ("s12", "a ticking clock", OYELARAN),
    ("s12", "it gets worse", OYELARAN),
    ("s12", "one-day story", WHITFIELD),
    ("s12", "Nobody reads transcripts", WHITFIELD),
    ("s12", "before Thursday", SORENSEN),
    ("s12", "would be disqualifying", MEMO),
    ("s12", "clipped out of context", MEMO),
    ("s12", "old internal conversations", PRITCHETT),
    ("s12", "knew this was a problem", FERRANTE),
    ("s12", "right to know", LAWYERS),
    ("s12", "For $225K", OYELARAN),
]  # fmt: skip
KNOWN_WRONG_98: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("s01", "Big crowds, big momentum"): (
        "Backs Kessler",
        'the headline\'s "Iowa Pastor Backs Kessler" read as the title "Pastor" and a name '
        '"Backs Kessler", to whom the later "Kessler tweeted" goes (the mention is right)',
    ),
    ("s08", "talk about the weather"): (
        "Carolyn Dexter-Lowe",
        "\"I'll give the last word to a waitress at the resort, who ... She had been ... "
        '“...,” she said": a preposition\'s object is no antecedent for "she", who goes to '
        "the fundraiser named as a subject two paragraphs up",
    ),
    ("s08", "happens to them"): ("Carolyn Dexter-Lowe", "the same quotation's second sentence"),
    ("s11", "go to commercial"): (
        "Carla Fennimore",
        '"At one point, as Kessler and Whitmore talked ..., Brandvold threatened ... “...,” '
        'she said": the subject after two fronted phrases is not read, so "she" goes to the '
        "woman of the section before",
    ),
    ("s12", "before Thursday"): (
        "A third aide",
        '"A third aide, deputy communications director Maya Sorensen, forwarded ... with a '
        'note:": a role in lower case before the name, so the unnamed phrase speaks ("A '
        'third aide, Maya Sorensen," is read)',
    ),
    ("s12", "would be disqualifying"): (
        None,
        '"A memo dated Sept. 2, 2015, prepared by ..., concluded that": the date is read '
        'as the subject ("Sept. 2"), no speaker',
    ),
    ("s12", "clipped out of context"): (None, "the same sentence's second quotation"),
}
test_probe_speaker_forty_third_batch, test_forty_third_batch_figure = judged_batch_tests(
    "probes98", PROBES, PROBES_98, KNOWN_WRONG_98, FIRST_JUDGED, size=len(PROBES_98)
)
