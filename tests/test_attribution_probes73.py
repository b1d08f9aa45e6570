"""attrib73: the twenty-ninth batch of invented probes (issue 15): 30 stories in the genre
of the held-out split, US politics news in the style of 2015-16 (invented people and events),
leaning to forms earlier batches cover thinly: live blogs with timestamps and "UPDATE" lines,
interview transcripts ("Q:" / "A:", "QUINTERO:", a debate's "MODERATOR:" and candidates'
labels, a town hall's "AUDIENCE MEMBER:"), list articles whose items open with Title Case
headlines ("3. Brandt Skips the Debate", "Speaker Ronald Pease"), a fact check ("THE CLAIM",
"OUR RULING"), a feature paragraph holding three speakers, quotations split around the cue,
tweets and posts quoted inline ("tweeted", "wrote on Twitter", "posted on Twitter", "In a post
on Facebook, he ... wrote:"), speakers far from the cue (long appositives and relative clauses),
fronted places and times ("In Iowa, the state's senior senator, ..., said"), the addressee
("telling him: “...”", "Brandt told Vukovich, “...”"), cue forms seldom met ("texted",
"emailed", "chimed in", "issued a statement saying", "Describing the agreement as “...”, Pell
left", "Calling it “...,” Ashby said"), "one said ... said another ... A third", documents and
organisations as sources (a report, a memo, a lawsuit, a court opinion, a brief, the NRA),
names after "of" titles ("Secretary of Agriculture Tom Velland said"), and a name followed by a
time phrase ("Sen. Alan Pell last week said", "Gwen Loftus, on Sunday announced").

Every person and event is invented (President Obama appears in his public role), and every
quotation is written for this batch. Every expected speaker was written before On Record
read the probes (the articles and this list were committed first). A nominal speaker counts
in either case of its first letter. First judged on main (34bcd62): 264 of 277 right
(4.7% wrong) by the list as committed. Three of the thirteen are PolNeAR's convention, not
errors: "“...,” he said, according to a campaign aide" gives the aide, as PolNeAR's Source
is the one cited. After the mends (a participle phrase after the subject is no speaker: "A
new ad from a super PAC supporting Linda Marchetti says"; the agent of "a statement read by
her lawyer" is no voice a following quotation goes on with; "Several Republican senators"
introduces unnamed senators, so "the senator" is none named later): 265 by the list, and
three more right in another form ("A new ad from a super PAC"; the bare "senator" twice).
The quotations still wrong are listed in KNOWN_WRONG_73 with what On Record gives and why;
the figure is printed by ``test_twenty_ninth_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_73.json")
FIRST_JUDGED = 264  # right on main 34bcd62 before any mend, of 277

PROBES_73: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("r01", "were poisoned by their own government", ("Linda Marchetti",)),
    ("r01", "should never happen in America", ("Linda Marchetti",)),
    ("r01", "He should step down today", ("Tom Harwick",)),
    ("r01", "Not tomorrow", ("Tom Harwick",)),
    ("r01", "I voted against the bailout of Wall Street", ("Tom Harwick",)),
    ("r01", "If the secretary wants to defend that", ("Tom Harwick",)),
    ("r01", "with the workers of this state when it counted", ("Linda Marchetti",)),
    (
        "r01",
        "just distorted Tom",
        (
            "the Harwick campaign",
            "The Harwick campaign",
            "Harwick campaign",
            "the email",
            "The email",
            "email",
            "a fundraising email",
            "fundraising email",
        ),
    ),
    ("r01", "She won every exchange tonight", ("Dana Whitfield",)),
    ("r01", "talked about Flint for forty minutes", ("Karen Oduya",)),
    ("r01", "forty more than the Republicans", ("Karen Oduya",)),
    ("r01", "Neither candidate offered a single serious idea", ("Kyle Brandeis",)),
    ("r02", "I made hard choices on the budget", ("Ellen Strand",)),
    ("r02", "That is simply not true", ("Ellen Strand",)),
    ("r02", "decide after the legislative session", ("Ellen Strand",)),
    ("r02", "Phil and I have had our differences", ("Ellen Strand",)),
    ("r02", "lack the temperament", ("Phil Amberly",)),
    ("r02", "There is no timetable", ("Rob Kessler",)),
    ("r02", "session comes first", ("Rob Kessler",)),
    ("r03", "do it humanely", ("Victor Brandt",)),
    ("r03", "We have a country or we", ("Victor Brandt",)),
    ("r03", "a fantasy, and Victor knows", ("Jeff Calloway",)),
    ("r03", "police force the size of the Army", ("Jeff Calloway",)),
    ("r03", "you voted for amnesty", ("Victor Brandt",)),
    ("r03", "That is a lie", ("Jeff Calloway",)),
    ("r03", "call each other liars", ("Cory Lindqvist",)),
    ("r03", "I did it in my state", ("Cory Lindqvist",)),
    ("r03", "Jeff Calloway looked rattled", ("Terry Vukovich",)),
    ("r04", "Tonight is not the end of anything", ("Jeff Calloway",)),
    ("r04", "Tonight is the beginning", ("Jeff Calloway",)),
    ("r04", "doing this for thirty years", ("Lois Hammond",)),
    ("r04", "It cost him the state", ("Ravi Menon",)),
    ("r04", "Iowans expect to be asked", ("Ravi Menon",)),
    ("r04", "God is a Democrat tonight", ("Tess Lundgren",)),
    ("r04", "breathing a big sigh of relief", ("Linda Marchetti",)),
    ("r04", "pretend", ("Linda Marchetti",)),
    ("r04", "The voters have spoken", ("Cory Lindqvist",)),
    ("r04", "We had a great night", ("Amy Reinholt",)),
    ("r04", "let anyone tell you otherwise", ("Amy Reinholt",)),
    (
        "r05",
        "voted against veterans 40 times",
        (
            "A new ad from a super PAC supporting Linda Marchetti",
            "A new ad",
            "a new ad",
            "new ad",
            "the ad",
            "The ad",
            "ad",
            "Forward Together",
            "a super PAC supporting Linda Marchetti",
            "a super PAC",
        ),
    ),
    (
        "r05",
        "Tom Harwick voted against veterans forty times",
        ("the narrator", "The narrator", "narrator", "a narrator"),
    ),
    ("r05", "Every one of those votes cut", ("Marisa Quan",)),
    ("r05", "the bill didn", ("Aaron Feld",)),
    ("r05", "not voting against veterans", ("Aaron Feld",)),
    ("r05", "About half of these are fair game", ("Paul Ingersoll",)),
    ("r05", "procedural votes", ("Paul Ingersoll",)),
    ("r05", "generally been a friend to our members", ("Joe Castillo",)),
    ("r05", "A voter hearing this", ("Paul Ingersoll",)),
    ("r05", "He didn", ("Paul Ingersoll",)),
    ("r06", "Nobody in Washington has done a thing", ("Mike Dravecky",)),
    ("r06", "at least says it out loud", ("Ron Dravecky",)),
    ("r06", "He says a lot of things", ("Walt Saunders",)),
    ("r06", "building something new", ("Lena Harbaugh",)),
    ("r06", "Slowly", ("Lena Harbaugh",)),
    ("r06", "Half my members will vote", ("Gil Serafini",)),
    ("r06", "stopped arguing with them", ("Gil Serafini",)),
    ("r06", "Not half", ("Donna Pratt",)),
    ("r06", "A third", ("Donna Pratt",)),
    ("r06", "talk politics", ("Angela Moretti",)),
    ("r06", "bad for business", ("Angela Moretti",)),
    ("r06", "somebody has to bring the jobs back", ("Angela Moretti",)),
    ("r07", "The American people", ("Walter Greer",)),
    ("r07", "deserve a voice in this choice", ("Walter Greer",)),
    ("r07", "we should do our job", ("Nora Lindell",)),
    ("r07", "our job is to hold hearings", ("Nora Lindell",)),
    ("r07", "Meeting with someone", ("Curtis Bayne",)),
    ("r07", "not the same thing as confirming", ("Curtis Bayne",)),
    ("r07", "The dam is breaking", ("Harold Weiss",)),
    ("r07", "only a matter of time", ("Harold Weiss",)),
    ("r07", "grateful for the courtesy", ("Ramon Echeverria",)),
    ("r07", "glad to meet any senator", ("Ramon Echeverria",)),
    ("r07", "Nothing", ("Don Stellato",)),
    ("r07", "has changed", ("Don Stellato",)),
    ("r08", "Lightweight Jeff Calloway was sweating", ("Victor Brandt",)),
    ("r08", "sweat over spray tan", ("Jeff Calloway",)),
    ("r08", "sick of the bullying", ("Jenna Ortiz",)),
    ("r08", "a total failure in the Senate", ("Victor Brandt",)),
    ("r08", "know a winner when they see one", ("Victor Brandt",)),
    ("r08", "a race for president, not a middle school", ("Gail Sorensen",)),
    ("r08", "the only adult on the stage", ("Gail Sorensen",)),
    ("r08", "a Twitter account my mother", ("Cory Lindqvist",)),
    ("r09", "fixing things that other people said", ("Miriam Castellano",)),
    ("r09", "This race is about results", ("Miriam Castellano",)),
    ("r09", "vigorous debate about who has delivered", ("Derek Amos",)),
    ("r09", "wide open", ("Paula Greenberg",)),
    ("r09", "Anyone who tells you they know", ("Paula Greenberg",)),
    ("r09", "Both are good people", ("Barbara Kinsley",)),
    ("r09", "a proven leader", ("Emily’s List", "Emily's List")),
    ("r09", "ready since March", ("Todd Reinhart",)),
    ("r10", "let anyone in that we cannot vet", ("Chuck Ellery",)),
    ("r10", "Safety of Iowans comes first", ("Terry Halvorsen",)),
    ("r10", "turn away widows and orphans", ("Mark Tillman",)),
    ("r10", "The law is clear on this", ("Josh Earnhart",)),
    ("r10", "shameful", ("David Mellor",)),
    ("r10", "fleeing the very terror", ("David Mellor",)),
    ("r10", "But I also remember the Vietnamese", ("Margaret Voss",)),
    ("r10", "They turned out fine", ("Margaret Voss",)),
    ("r10", "frightened of small children", ("Obama", "Barack Obama", "President Obama")),
    ("r11", "pay you to tell me I", ("Victor Brandt",)),
    ("r11", "Get me more rallies", ("Victor Brandt",)),
    ("r11", "Then find it", ("Victor Brandt",)),
    ("r11", "We had one tense meeting", ("Terry Vukovich",)),
    ("r11", "Campaigns have those", ("Terry Vukovich",)),
    ("r11", "fiction from people who were never", ("Hope Rinaldi",)),
    ("r11", "We need you on stage tonight", ("Victor Brandt",)),
    ("r11", "Dad always wants more", ("Ivy Brandt",)),
    ("r11", "win this state so big", ("Victor Brandt",)),
    ("r12", "the best deal we are going to get", ("Alan Pell",)),
    ("r12", "Disappointed. Not surprised", ("Rosa Quintero",)),
    ("r12", "He will regret this", ("Rosa Quintero",)),
    ("r12", "turned his back on the workers", ("The AFL-CIO", "the AFL-CIO", "AFL-CIO")),
    ("r12", "studied this agreement for eighteen months", ("Gabriel Hurst",)),
    ("r12", "Anyone who votes for this deal", ("Tom Harwick",)),
    ("r12", "Alan is a serious person", ("Lorna Pike",)),
    ("r12", "respect him even when we disagree", ("Lorna Pike",)),
    ("r12", "an act of real courage", ("Gordon Ashby",)),
    (
        "r13",
        "the nominee, I lose",
        (
            "one",
            "One",
            "Several Republican senators facing re-election this year",
            "Several Republican senators",
            "several Republican senators",
            "Republican senators",
        ),
    ),
    (
        "r13",
        "that simple",
        (
            "one",
            "One",
            "Several Republican senators facing re-election this year",
            "Several Republican senators",
            "several Republican senators",
            "Republican senators",
        ),
    ),
    ("r13", "explaining his tweets for six months", ("another", "Another")),
    ("r13", "talking about jobs", ("another", "Another")),
    (
        "r13",
        "My voters love him",
        (
            "A third",
            "a third",
            "the senator",
            "A third, who faces a primary challenge from the right",
        ),
    ),
    (
        "r13",
        "pretend otherwise",
        (
            "A third",
            "a third",
            "the senator",
            "A third, who faces a primary challenge from the right",
        ),
    ),
    ("r13", "run their own races", ("Rex Wardell",)),
    ("r13", "answer for Victor Brandt", ("Jill Okafor",)),
    (
        "r13",
        "on a single mailer",
        (
            "One Republican strategist",
            "one Republican strategist",
            "Republican strategist",
            "the strategist",
        ),
    ),
    (
        "r14",
        "had the authority and sufficient information",
        (
            "the report",
            "The report",
            "report",
            "a report",
            "the agency’s inspector general",
            "the inspector general",
            "inspector general",
        ),
    ),
    (
        "r14",
        "failed to require corrosion control",
        (
            "the report",
            "The report",
            "report",
            "a report",
            "the agency’s inspector general",
            "the inspector general",
            "inspector general",
        ),
    ),
    (
        "r14",
        "accepts the recommendations",
        (
            "the EPA",
            "The EPA",
            "EPA",
            "the Environmental Protection Agency",
            "The Environmental Protection Agency",
            "Environmental Protection Agency",
        ),
    ),
    (
        "r14",
        "a serious problem and we need to act now",
        (
            "the memo",
            "The memo",
            "memo",
            "An internal memo",
            "an internal memo",
            "internal memo",
            "An internal memo from the agency’s Chicago office",
        ),
    ),
    (
        "r14",
        "overlooks the state",
        (
            "the Michigan governor’s office",
            "The Michigan governor’s office",
            "Michigan governor’s office",
            "the governor’s office",
            "governor’s office",
        ),
    ),
    (
        "r14",
        "knowingly exposed children",
        (
            "The suit",
            "the suit",
            "suit",
            "A lawsuit",
            "a lawsuit",
            "lawsuit",
            "A lawsuit filed last year by Flint residents",
            "Flint residents",
        ),
    ),
    ("r14", "Everyone failed these families", ("Dana Kildare",)),
    ("r14", "held accountable", ("Dana Kildare",)),
    ("r14", "inexcusable", ("Ruth Okamoto",)),
    ("r15", "help is coming", ("Tom Velland",)),
    ("r15", "long overdue", ("Frank Ostrander",)),
    ("r15", "done this in March", ("Frank Ostrander",)),
    ("r15", "The funds are there", ("Shaun Donner",)),
    ("r15", "let farm families go under", ("Ronald Pease",)),
    ("r15", "finds money for everything", ("Zach Durrell",)),
    ("r15", "open markets are good", ("Penny Prescott",)),
    ("r15", "waiting since the spring", ("Debra Stalling",)),
    ("r15", "people who will try to steal", ("Ray Kettering",)),
    ("r16", "cost me friends", ("Alan Pell",)),
    ("r16", "I cast it anyway", ("Alan Pell",)),
    ("r16", "see us every week", ("Gwen Loftus",)),
    ("r16", "a bad bargain for Oregon", ("Kate Brennan",)),
    ("r16", "been clear about her concerns", ("Chris Pagel",)),
    ("r16", "against this deal before he was for it", ("Dwight Halloran",)),
    ("r16", "I read the final text", ("Alan Pell",)),
    ("r16", "Dwight should try it", ("Alan Pell",)),
    ("r16", "We disagree on this one", ("Suzanne Moreau",)),
    ("r16", "best senator this state has", ("Suzanne Moreau",)),
    ("r17", "If we don", ("Cory Lindqvist",)),
    ("r17", "said that all along", ("Cory Lindqvist",)),
    ("r17", "some thoughts about the future", ("Pat Greeley",)),
    ("r17", "in the middle of a real political storm", ("Jeff Calloway",)),
    ("r17", "should have seen it coming", ("Jeff Calloway",)),
    ("r17", "Ohio spoke, and it said no", ("Cory Lindqvist",)),
    ("r17", "never going to be our best night", ("Jeff Weinman",)),
    ("r17", "Look at the delegate math", ("Jeff Weinman",)),
    ("r17", "closer to securing the Democratic nomination", ("Linda Marchetti",)),
    ("r18", "nobody has asked me", ("Rosa Quintero",)),
    ("r18", "do more for Ohio from the Senate", ("Rosa Quintero",)),
    ("r18", "moved a long way", ("Rosa Quintero",)),
    ("r18", "see it in writing in the platform", ("Rosa Quintero",)),
    ("r18", "Alan and I see this differently", ("Rosa Quintero",)),
    ("r18", "convinces the people in Youngstown", ("Rosa Quintero",)),
    ("r18", "heard promises before", ("Rosa Quintero",)),
    ("r19", "a question from a young woman here", ("Chris Holcomb",)),
    ("r19", "Great question", ("Tom Harwick",)),
    ("r19", "That sounds like a long shot", ("Chris Holcomb",)),
    ("r19", "Everything that mattered in this country", ("Tom Harwick",)),
    ("r19", "being ripped off by the same people", ("Tom Harwick",)),
    ("r19", "really answer it", ("Kayla Brenner",)),
    ("r19", "still like him", ("Kayla Brenner",)),
    ("r20", "deeply disappointed", ("Diane Pellerin",)),
    ("r20", "too dangerous to board a plane", ("Diane Pellerin",)),
    ("r20", "Americans on that list who have done nothing wrong", ("John Corliss",)),
    (
        "r20",
        "protected the due process rights",
        (
            "The National Rifle Association",
            "the National Rifle Association",
            "National Rifle Association",
            "NRA",
            "the group",
        ),
    ),
    ("r20", "a shameful failure of leadership", ("Eric Sandoval",)),
    ("r20", "even look up at us", ("Marisol Ybarra",)),
    ("r20", "Not one of them", ("Marisol Ybarra",)),
    (
        "r21",
        "a summer fling",
        ("a senior party official", "A senior party official", "senior party official"),
    ),
    (
        "r21",
        "By Labor Day",
        ("a senior party official", "A senior party official", "senior party official"),
    ),
    (
        "r21",
        "How did we let this happen",
        (
            "one of the party’s biggest givers",
            "One of the party’s biggest givers",
            "the party’s biggest givers",
        ),
    ),
    ("r21", "Our voters are making their choice", ("Curtis Pallister",)),
    ("r21", "a hostile takeover", ("Mark Salter-Hewitt",)),
    ("r21", "hiding under the table", ("Mark Salter-Hewitt",)),
    (
        "r21",
        "vote for the nominee",
        (
            "a longtime Republican congressman from Pennsylvania",
            "A longtime Republican congressman from Pennsylvania",
            "a longtime Republican congressman",
            "longtime Republican congressman from Pennsylvania",
            "longtime Republican congressman",
        ),
    ),
    (
        "r21",
        "ask me to like it",
        (
            "a longtime Republican congressman from Pennsylvania",
            "A longtime Republican congressman from Pennsylvania",
            "a longtime Republican congressman",
            "longtime Republican congressman from Pennsylvania",
            "longtime Republican congressman",
        ),
    ),
    (
        "r21",
        "stop talking only to ourselves",
        (
            "the report",
            "The report",
            "The party’s 2012 autopsy",
            "the party’s 2012 autopsy",
            "autopsy",
            "2012 autopsy",
        ),
    ),
    ("r22", "not doing this to hurt anyone", ("Carla Dobbins",)),
    ("r22", "a matter of conscience", ("Carla Dobbins",)),
    ("r22", "will not violate her conscience", ("Nate Carver",)),
    ("r22", "We pay your salary", ("Evan Marsh",)),
    ("r22", "no right to do this", ("Evan Marsh",)),
    ("r22", "follow the law", ("Brian Mason",)),
    ("r22", "just want this over", ("Brian Mason",)),
    ("r22", "cannot condone the willful disobedience", ("Hal Brewer",)),
    ("r22", "a hero", ("Ruth Ann Coomer",)),
    ("r22", "Somebody has to stand up", ("Ruth Ann Coomer",)),
    ("r23", "more than $500 million", ("Jared Coffey",)),
    ("r23", "Do you need it", ("Jared Coffey",)),
    ("r23", "that money pays for cancer screenings", ("Celia Ruddock",)),
    ("r23", "Not one dollar pays for abortion", ("Celia Ruddock",)),
    ("r23", "appropriate", ("Jim Jarrell",)),
    ("r23", "The board sets my", ("Celia Ruddock",)),
    ("r23", "asking what you think", ("Jim Jarrell",)),
    ("r23", "not a hearing, it is an inquisition", ("Carolyn Mahler",)),
    ("r23", "never treated a witness this way", ("Carolyn Mahler",)),
    ("r23", "sorry for the way you have been treated", ("Elias Cumberland",)),
    ("r23", "We asked tough questions", ("Jared Coffey",)),
    ("r24", "imposes an unconstitutional burden", ("Dolores Archuleta Ruiz",)),
    (
        "r24",
        "should have known, that the burden",
        ("Dolores Archuleta Ruiz", "the opinion", "The opinion", "opinion", "a 147-page opinion"),
    ),
    ("r24", "an outrageous overreach", ("Ken Pattison",)),
    (
        "r24",
        "compelling interest in protecting",
        ("the brief", "The brief", "The state’s brief", "the state’s brief", "brief"),
    ),
    ("r24", "a victory for every Texan", ("Chad Whitcomb",)),
    ("r24", "not the final word", ("Greg Albright",)),
    ("r24", "never had anything to do with fraud", ("Lorena Saucedo",)),
    ("r24", "keeping people from voting", ("Lorena Saucedo",)),
    ("r25", "never seen this much money this early", ("Sheila Kornfeld",)),
    ("r25", "in every competitive race", ("Steven Larkin",)),
    ("r25", "not going to be outspent", ("Ty Matsunaga",)),
    ("r25", "an ad every six minutes", ("Meredith Vance",)),
    ("r25", "hear anything over that", ("Meredith Vance",)),
    ("r25", "take coordination allegations seriously", ("Judith Ivers",)),
    ("r25", "holding big-government politicians accountable", ("Americans for Prosperity",)),
    ("r26", "has not worked", ("Linda Marchetti",)),
    ("r26", "try something different", ("Linda Marchetti",)),
    ("r26", "a gift to the Castro brothers", ("Carlos Ibarra",)),
    ("r26", "reward a dictatorship", ("Carlos Ibarra",)),
    ("r26", "My father would never have said this", ("Luis Ferrer",)),
    ("r26", "I am not my father", ("Luis Ferrer",)),
    ("r26", "not on the schedule", ("Jake Tillotson",)),
    ("r26", "make the Castro regime", ("Jeff Calloway",)),
    ("r27", "sign another broken budget", ("Bruce Rainey",)),
    ("r27", "an attack on working families", ("Michael Mulligan",)),
    ("r27", "worked out deals before", ("John Cullen",)),
    ("r27", "We can do it again", ("John Cullen",)),
    ("r27", "laid off half our staff", ("Rosa Jennings",)),
    ("r27", "be open in May", ("Rosa Jennings",)),
    ("r27", "doing everything we can", ("Thomas Harlan",)),
    ("r27", "willing to meet any time", ("Catherine Kelleher",)),
    ("r27", "a press release, not a plan", ("Steve Brinkley",)),
    ("r28", "level with the American people", ("Ronald Pease",)),
    ("r28", "headed in the wrong direction", ("Ronald Pease",)),
    ("r28", "right to talk about inequality", ("Tom Harwick",)),
    ("r28", "do something about it", ("Tom Harwick",)),
    ("r28", "the loudest voice is not always", ("Nina Hallett",)),
    ("r28", "confuse volume with leadership", ("Nina Hallett",)),
    ("r28", "one of the most boring", ("Victor Brandt",)),
    ("r28", "Really boring", ("Victor Brandt",)),
    ("r28", "generous and brave", ("Keith Ellard",)),
    ("r28", "the America I believe in", ("Keith Ellard",)),
    ("r28", "the left wing of his party", ("Jeff Calloway",)),
    ("r28", "given up on the rest of us", ("Jeff Calloway",)),
    ("r29", "wore out three pairs of shoes", ("Cory Lindqvist",)),
    ("r29", "still have one of them", ("Cory Lindqvist",)),
    ("r29", "debate the mailman", ("Ingrid", "Ingrid Lindqvist")),
    ("r29", "stay until two in the morning", ("Len Kessel",)),
    (
        "r29",
        "impossible to work with",
        (
            "one former Republican leadership aide",
            "One former Republican leadership aide",
            "former Republican leadership aide",
        ),
    ),
    (
        "r29",
        "the only honest man",
        (
            "one former Republican leadership aide",
            "One former Republican leadership aide",
            "former Republican leadership aide",
        ),
    ),
    ("r29", "Guilty", ("Cory Lindqvist",)),
    ("r29", "too old to care what you think", ("Cory Lindqvist",)),
    ("r29", "rather be home", ("Karen", "Karen Lindqvist")),
    ("r29", "he needs me here", ("Karen", "Karen Lindqvist")),
    ("r30", "make the most of this chance", ("Obama", "Barack Obama", "President Obama")),
    ("r30", "This is not the end", ("Neil Egan",)),
    ("r30", "Everybody in this room has a story", ("Obama", "Barack Obama", "President Obama")),
    ("r30", "walked out of prison with twenty dollars", ("Tanesha Ivory",)),
    ("r30", "Now I run a business", ("Tanesha Ivory",)),
    ("r30", "a poor substitute for the rule of law", ("Chet Gansley",)),
    (
        "r30",
        "a good start",
        (
            "The American Civil Liberties Union",
            "the American Civil Liberties Union",
            "American Civil Liberties Union",
            "ACLU",
        ),
    ),
    ("r30", "commute thousands, not dozens", ("Karin Johanssen",)),
    ("r30", "fix a broken system", ("Robert Scoville",)),
    ("r30", "Only we can", ("Robert Scoville",)),
]

KNOWN_WRONG_73: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("r05", "voted against veterans 40 times"): (
        "A new ad from a super PAC",
        'right in another form: the ad from the PAC (the participle phrase "supporting '
        'Linda Marchetti" is cut from the nominal); the list held the whole phrase and "A new ad"',
    ),
    ("r14", "a serious problem and we need to act now"): (
        "Environmental Protection Agency",
        'right in another form: "An internal memo from the agency’s Chicago office" speaks for '
        "the agency that sent it (orgs58's reading of a document from an organisation, merged "
        "after this batch was judged); the list held the memo",
    ),
    ("r13", "My voters love him"): (
        "senator",
        'right in another form: an unnamed senator ("A third, ..., disagreed. “...,” the '
        'senator said"), no longer Rex Wardell, named after it; the list held "the senator"',
    ),
    ("r13", "pretend otherwise"): ("senator", "as the quotation before it"),
    ("r21", "How did we let this happen"): (
        "two attendees",
        '"“...?” he said, according to two attendees": PolNeAR\'s convention',
    ),
    ("r21", "vote for the nominee"): (
        "Mark Salter-Hewitt",
        '"I asked a longtime Republican congressman ... whether he would vote ... He paused '
        '... “...,” he said": the writer\'s "I asked X" makes X the topic; "he" goes to the '
        "last named speaker",
    ),
    ("r21", "ask me to like it"): ("Mark Salter-Hewitt", "as the quotation before it"),
    ("r21", "stop talking only to ourselves"): (
        "report",
        'right in another form: "The party’s 2012 autopsy warned ... “...,” the report '
        'said" gives the bare "report"; the list held "the report"',
    ),
    ("r30", "Everybody in this room has a story"): (
        "Neil Egan",
        '"Later, at a lunch with ..., the president listened ... “...,” he told them": a '
        'definite nominal subject after a fronted adjunct is not taken as the topic "he" '
        "goes to (without the fronted phrase it is)",
    ),
}

test_probe_speaker_twenty_ninth_batch, test_twenty_ninth_batch_figure = judged_batch_tests(
    "probes73", PROBES, PROBES_73, KNOWN_WRONG_73, FIRST_JUDGED, size=277
)


N = "\n\n"


def test_a_participle_phrase_after_the_subject_is_not_the_speaker() -> None:
    """ "A lawyer representing Dana Okafor said": the lawyer speaks, not the participle's
    object; a participle that is an adjective's part ("the Nobel-winning novelist") or
    follows no noun ("One sweeping question asked") is no such phrase."""
    text = "Dana Okafor was sued in May." + N
    said = "“The claim is baseless,” "
    assert _speaker(text + "A lawyer representing Dana Okafor said the claim was “baseless.”") == (
        "A lawyer"
    )
    assert _speaker(text + "Lawyers representing the family said the claim was “baseless.”") == (
        "Lawyers"
    )
    assert _speaker(text + "A super PAC supporting Okafor said the claim was “baseless.”") == (
        "A super PAC"
    )
    assert _speaker(text + said + "the Oscar-winning director Ken Dale told reporters.") == (
        "Ken Dale"
    )


def test_a_statement_read_by_someone_stays_the_speakers() -> None:
    """ "“...,” Okafor said in a statement read by her lawyer. “...”": the lawyer read the
    words out; the quotation after goes on in Okafor's voice."""
    text = (
        "Dana Okafor stayed home on Friday."
        + N
        + "“I am not doing this to hurt anyone,” Okafor said in a statement read by her "
        "lawyer, Tim Vale, on the courthouse steps. “It is a matter of conscience.”"
    )
    assert _speaker(text, "matter of conscience") == "Dana Okafor"


def test_the_senator_after_several_unnamed_senators_is_none_named_later() -> None:
    """ "Several Republican senators said ... “...,” the senator said", then "Sen. Rex
    Wardell": one of the unnamed senators speaks, not the senator the article names after."""
    text = (
        "Several Republican senators said this week that they feared the nominee."
        + N
        + "“My voters love him,” the senator said."
        + N
        + "Publicly, Sen. Rex Wardell of Mississippi was upbeat."
    )
    assert _speaker(text, "voters love") != "Rex Wardell"


def test_one_introduced_as_another_office_is_not_the_president() -> None:
    """ "The White House counsel, Neil Egan, said ..." then "At a lunch, the president
    listened. “...,” he told them": the counsel, last quoted, is described as something
    else (a capitalised modifier before the role), so "the president" is President Obama,
    named paragraphs before, and "he" goes to him."""
    text = (
        "President Obama on Wednesday freed 61 people."
        + N
        + "The White House counsel, Neil Egan, said in a blog post that more would come. "
        "“This is not the end,” Egan wrote."
        + N
        + "At a lunch, the president listened. “Everybody in this room has a story,” he told them."
    )
    assert _speaker(text, "Everybody") == "Obama"
