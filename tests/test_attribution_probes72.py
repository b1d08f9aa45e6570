"""attrib72: the twenty-eighth batch of invented probes (issue 15): 30 stories in the genre
of the held-out split itself, US politics news in the style of 2015-16 (invented people and
events): campaign trail reports, Congress votes, debate night, polls, a governor's news
conference, a Supreme Court ruling's reactions, Capitol Hill hearings, a super PAC ad, a town
hall, a state party convention, a foreign leader's visit, op-ed excerpts, a wire roundup of
reactions attributed by a dash, a campaign manager's profile and an AP fact check with
speaker labels ("HARWICK:"). Constructions: "said in a statement", "told reporters", "told
CNN", "the Vermont senator said", "the former secretary of state", "the real estate mogul",
"His spokeswoman, Ana Ruiz, said", "according to a campaign aide", fronted "Asked whether
..., Ruiz said:", "Speaking at a rally in Ohio, ...", "In an interview with ...", tweets
("wrote on Twitter", "he wrote"), quotations split around the cue, paragraph-initial
quotations whose speaker is named in the next sentence, long appositives between name and
verb, several speakers in one paragraph, "He added:", "She continued:".

Every person and event is invented (President Obama appears in his public role), and every
quotation is written for this batch. Every expected speaker was written before On Record
read the probes (the articles and this list were committed first). A nominal speaker counts
in either case of its first letter. First judged on main (0763bbd): 274 of 286 right
(4.2% wrong) by the list as committed (one more, "the aide" given as the bare "aide", counts
right only because the list holds the bare noun; "the official" and "the senator" given so
did not). After the mends (a fact check's "THE FACTS:" is a heading, "the official" is the
unnamed official introduced before, "the Mexican leader" is the Mexican president, a paper's
name stays in its sentence): 281 (1.7% wrong). fronted2 (a name in a fronted adjunct ranks
below the main clause's subject: "Asked about Victor Brandt, who ..., the Mexican leader
smiled", "Asked whether he ... as they had Boyer, Pease smiled"): 284, later 285. The
speaker ranker retrained on the fifty-ninth session's merged code (three train examples
more) turns v14's close call from "one former Harwick aide" to Ed Stanek: 284; the
sixtieth session's retrain turns it back: 285; the sixty-first's turns it to Stanek
again: 284; the sixty-second's back: 285. The quotations still wrong are listed in
KNOWN_WRONG_72 with what On Record gives and why; the figure is printed by
``test_twenty_eighth_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_72.json")
FIRST_JUDGED = 274  # right on main 0763bbd before any mend, of 286

PROBES_72: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("v01", "They told us we couldn", ("Tom Harwick",)),
    ("v01", "Look around", ("Tom Harwick",)),
    ("v01", "For thirty years, both parties", ("Tom Harwick",)),
    ("v01", "I voted against every one", ("Tom Harwick",)),
    ("v01", "Crowds don", ("Dana Whitfield",)),
    ("v01", "Precinct captains do", ("Dana Whitfield",)),
    ("v01", "I voted for the other guys", ("Gary Olander",)),
    ("v01", "This year I", ("Gary Olander",)),
    ("v01", "a nice man", ("Judy", "Judy Olander")),
    ("v01", "how he pays for any of it", ("Judy", "Judy Olander")),
    ("v01", "run that kind of campaign", ("Tom Harwick",)),
    ("v01", "People are tired of it", ("Tom Harwick",)),
    ("v02", "We did our job", ("Ronald Pease",)),
    ("v02", "up to the Senate to do theirs", ("Ronald Pease",)),
    ("v02", "bailed out the speaker again", ("Carla Jimenez",)),
    ("v02", "no way to run a government", ("Carla Jimenez",)),
    ("v02", "Three months from now", ("Carla Jimenez",)),
    ("v02", "keeps promising us a fight", ("Dale Hutchins",)),
    ("v02", "always a next time", ("Dale Hutchins",)),
    ("v02", "full confidence of the conference", ("Kevin Marr",)),
    (
        "v02",
        "This bill is not perfect",
        ("White House", "The White House", "the White House", "statement", "the statement"),
    ),
    ("v02", "anticipate any problems", ("Walter Greer",)),
    ("v03", "I like Jeff", ("Victor Brandt",)),
    ("v03", "show up for work", ("Victor Brandt",)),
    ("v03", "apologize for running for president", ("Jeff Calloway",)),
    ("v03", "Victor has declared bankruptcy", ("Jeff Calloway",)),
    ("v03", "the people who wrote it know", ("Helen Okafor",)),
    ("v03", "I have said what I have said", ("Helen Okafor",)),
    ("v03", "get your turn", ("Neil Cavendish",)),
    ("v03", "deport 11 million people", ("Paul Stroud",)),
    ("v03", "silly argument", ("Paul Stroud",)),
    ("v03", "Then you", ("Victor Brandt",)),
    ("v03", "won every exchange", ("Cory Lindqvist",)),
    ("v03", "the only one on that stage", ("Cory Lindqvist",)),
    ("v04", "clearly tightened", ("Andrew Pellegrino",)),
    ("v04", "winning younger voters", ("Andrew Pellegrino",)),
    ("v04", "That number is low", ("Andrew Pellegrino",)),
    ("v04", "a lot can still move", ("Andrew Pellegrino",)),
    ("v04", "Every time people get to know Tom", ("Jeff Stanek",)),
    ("v04", "Polls go up and down", ("Dana Whitfield",)),
    ("v04", "long history of being wrong", ("Kristin Albee",)),
    ("v04", "Undecided voters here break late", ("Kristin Albee",)),
    ("v05", "not apologize for putting", ("Erik Rasmussen",)),
    ("v05", "every refugee is a terrorist", ("Erik Rasmussen",)),
    ("v05", "the federal government can", ("Erik Rasmussen",)),
    ("v05", "within my authority", ("Erik Rasmussen",)),
    ("v05", "I have not", ("Erik Rasmussen",)),
    ("v05", "happy to", ("Erik Rasmussen",)),
    ("v05", "no specific, credible threat", ("Mark Dolan",)),
    ("v05", "cynical political stunt", ("Janet Rook",)),
    ("v05", "These families are fleeing", ("Janet Rook",)),
    ("v05", "pick and choose which refugees", ("Chris Ahlberg",)),
    ("v06", "rationing the franchise", ("the majority", "majority", "The majority")),
    ("v06", "deeply disappointed", ("Leslie Vance",)),
    ("v06", "made a reasonable choice", ("Leslie Vance",)),
    ("v06", "Today six judges", ("Leslie Vance",)),
    ("v06", "great day for every voter", ("Marisol Quintero",)),
    ("v06", "an outrage against the people", ("Dwight Sorrells",)),
    ("v06", "protects all the others", ("Linda Marchetti",)),
    ("v06", "nominees matter so much", ("Victor Brandt",)),
    ("v06", "Every state that has trimmed", ("Richard Haskell",)),
    ("v06", "Expect lawsuits", ("Richard Haskell",)),
    ("v07", "How is it possible", ("Ruth Haldane",)),
    ("v07", "You told this committee", ("Ruth Haldane",)),
    ("v07", "I am not going to sit here", ("Donald Kessler",)),
    ("v07", "But we are finding it", ("Donald Kessler",)),
    ("v07", "Out of how many", ("Mitch Arden",)),
    ("v07", "the civil service rules", ("Donald Kessler",)),
    ("v07", "Then ask us to change them", ("Mitch Arden",)),
    ("v07", "The culture that produced", ("Judith Oyelaran",)),
    ("v07", "heard these speeches before", ("Luis Carbajal",)),
    ("v07", "when I get a phone call", ("Luis Carbajal",)),
    (
        "v08",
        "keep his casinos open",
        ("A narrator", "narrator", "a narrator", "The ad", "the ad", "ad"),
    ),
    ("v08", "He owes me", ("Ray Dettmer",)),
    ("v08", "lay off eleven guys", ("Ray Dettmer",)),
    ("v08", "ripping off people like Ray", ("Warren Teague",)),
    ("v08", "Voters deserve to know", ("Warren Teague",)),
    ("v08", "same failed establishment consultants", ("Hope Castellano",)),
    ("v08", "should be embarrassed", ("Hope Castellano",)),
    ("v08", "control them and I don", ("Jeff Calloway",)),
    ("v08", "I learned about it the same way", ("Jeff Calloway",)),
    ("v08", "coordination rules are a joke", ("Meredith Lowe",)),
    ("v09", "My son overdosed", ("Karen Boudreau",)),
    ("v09", "What are you going to do", ("Karen Boudreau",)),
    ("v09", "so sorry", ("Paul Stroud",)),
    ("v09", "not a moral failing", ("Paul Stroud",)),
    ("v09", "a lot of heat for that", ("Paul Stroud",)),
    ("v09", "do it again tomorrow", ("Paul Stroud",)),
    ("v09", "Medicaid expansion is Obamacare", ("Frank Maillet",)),
    ("v09", "call it whatever he wants", ("Frank Maillet",)),
    ("v09", "He listened", ("Karen Boudreau",)),
    ("v10", "rig anything", ("Kendra Pawlowski",)),
    ("v10", "rules were published", ("Kendra Pawlowski",)),
    ("v10", "outworked", ("Tim Oakes",)),
    ("v10", "65,000 people", ("Tim Oakes",)),
    ("v10", "supposed to work", ("Tim Oakes",)),
    ("v10", "Every Republican in Colorado", ("Doug Friel",)),
    ("v10", "We follow the rules", ("Doug Friel",)),
    ("v10", "how grassroots politics works", ("Rita Salcido",)),
    ("v10", "go to the meetings", ("Rita Salcido",)),
    ("v10", "Totally unfair", ("Victor Brandt",)),
    ("v11", "wounded millions", ("Arturo Villaseñor",)),
    ("v11", "We are family", ("Arturo Villaseñor",)),
    ("v11", "never been stronger", ("Obama", "Barack Obama", "President Obama")),
    ("v11", "more work to do", ("Obama", "Barack Obama", "President Obama")),
    ("v11", "Mexico will not pay", ("Arturo Villaseñor",)),
    ("v11", "I think that is very clear", ("Arturo Villaseñor",)),
    ("v11", "very nice man, but he will pay", ("Victor Brandt",)),
    ("v11", "Believe me", ("Victor Brandt",)),
    ("v11", "We talked about NAFTA", ("Ronald Pease",)),
    ("v11", "constructive meeting", ("Ronald Pease",)),
    ("v11", "not a response to any candidate", ("Beatriz Ochoa",)),
    ("v11", "200 years of friendship", ("Beatriz Ochoa",)),
    (
        "v12",
        "historic abdication",
        (
            "The Wall Street Journal's editorial board",
            "Wall Street Journal's editorial board",
            "The Wall Street Journal",
            "Wall Street Journal",
            "editorial board",
            "the editorial",
            "editorial",
        ),
    ),
    (
        "v12",
        "every tool to stop it",
        (
            "The Wall Street Journal's editorial board",
            "Wall Street Journal's editorial board",
            "The Wall Street Journal",
            "Wall Street Journal",
            "editorial board",
            "the editorial",
            "editorial",
        ),
    ),
    ("v12", "never a better deal", ("Margaret Fenwick",)),
    ("v12", "Congress, for once", ("Margaret Fenwick",)),
    ("v12", "stronger than anything we achieved", ("Richard Lyle",)),
    ("v12", "sat across the table", ("Richard Lyle",)),
    ("v12", "with inspectors, not speeches", ("Richard Lyle",)),
    ("v12", "Verification is only as good", ("Carl Whitcomb",)),
    ("v12", "no such willingness", ("Carl Whitcomb",)),
    ("v13", "show the country he understands", ("Jeff Calloway",)),
    ("v13", "not be divided by fear", ("Linda Marchetti",)),
    ("v13", "stop the flow of guns", ("Tom Harwick",)),
    ("v13", "Same speech", ("Victor Brandt",)),
    ("v13", "call for Congress to act", ("Patricia Holm",)),
    ("v13", "a lecture, not a plan", ("Ronald Pease",)),
    ("v13", "turn on our Muslim neighbors", ("Nadia Sayeed",)),
    ("v14", "Write about Tom", ("Jeff Stanek",)),
    ("v14", "Nobody is voting for me", ("Jeff Stanek",)),
    ("v14", "Jeff is the reason", ("Molly Arkwright",)),
    ("v14", "He saw this coming", ("Molly Arkwright",)),
    ("v14", "He had them all walk out", ("Ed Stanek",)),
    ("v14", "The principal called me", ("Ed Stanek",)),
    (
        "v14",
        "ruthless about money",
        ("one former Harwick aide", "former Harwick aide", "One former Harwick aide"),
    ),
    (
        "v14",
        "Every dollar has to justify",
        ("one former Harwick aide", "former Harwick aide", "One former Harwick aide"),
    ),
    ("v14", "I come from a place", ("Jeff Stanek",)),
    ("v14", "just how I was raised", ("Jeff Stanek",)),
    ("v14", "old school", ("Paul Ferraro",)),
    ("v14", "He counts doors", ("Paul Ferraro",)),
    ("v14", "Then we go to New Hampshire", ("Jeff Stanek",)),
    ("v15", "27 million Americans", ("Tom Harwick",)),
    (
        "v15",
        "uninsured rate fell",
        ("Census Bureau", "The Census Bureau", "the Census Bureau", "bureau", "the bureau"),
    ),
    ("v15", "fighting for universal health care", ("Linda Marchetti",)),
    ("v15", "never stopped fighting", ("Dana Whitfield",)),
    ("v15", "raised the minimum wage", ("Kevin Dunleavy",)),
    ("v15", "give a governor credit", ("Lauren Mbeki",)),
    ("v15", "Every major poll shows me", ("Tom Harwick",)),
    ("v15", "Head-to-head polls", ("Mark Treadwell",)),
    ("v16", "environmental extremists", ("Walter Greer",)),
    ("v16", "disappointed but not surprised", ("Heidi Branstad",)),
    ("v16", "This pipeline will be built", ("Heidi Branstad",)),
    ("v16", "listened to the science", ("Aaron Whitlock",)),
    ("v16", "Those were 4,000 jobs", ("Terry O'Keefe",)),
    ("v16", "Real jobs, for real people", ("Terry O'Keefe",)),
    ("v16", "The president has been clear", ("Jonah Merritt",)),
    ("v16", "get ahead of that process", ("Jonah Merritt",)),
    ("v17", "going anywhere", ("Helen Okafor",)),
    ("v17", "have not cast a single vote", ("Helen Okafor",)),
    ("v17", "We have the money", ("Armand Lacroix",)),
    (
        "v17",
        "no plan after Iowa",
        ("a former senior aide", "former senior aide", "A former senior aide"),
    ),
    ("v17", "a good woman and a great surgeon", ("Jeff Calloway",)),
    ("v17", "a lot to say about who wins", ("Jeff Calloway",)),
    ("v17", "a nice lady who doesn", ("Victor Brandt",)),
    ("v17", "He said the same thing about me", ("Helen Okafor",)),
    ("v17", "Victor changes his mind", ("Helen Okafor",)),
    ("v18", "never thought I would be here", ("Ronald Pease",)),
    ("v18", "ready to serve", ("Ronald Pease",)),
    ("v18", "only one who can unite", ("Tom Garrity",)),
    ("v18", "how he treats us", ("Alicia Pruett",)),
    ("v18", "Thank God", ("Sam Ogundipe",)),
    ("v18", "Take the job", ("Glenn Boyer",)),
    ("v18", "speaker for the whole House", ("Rosa Delacroix",)),
    ("v18", "Ask me in a year", ("Ronald Pease",)),
    ("v19", "Lightweight Jeff Calloway", ("Victor Brandt",)),
    ("v19", "rather sweat than lie", ("Jeff Calloway",)),
    ("v19", "never met a fact", ("Jeff Calloway",)),
    ("v19", "Remember this?", ("Victor Brandt",)),
    ("v19", "beneath both of them", ("Charles Mabry",)),
    ("v19", "The country is watching", ("Charles Mabry",)),
    ("v19", "always hit back", ("Cory Lindqvist",)),
    ("v19", "Jeff started this", ("Cory Lindqvist",)),
    ("v19", "lectured on civility", ("Aisha Pardo",)),
    ("v20", "same broken system", ("Martin Lindahl",)),
    ("v20", "We need reforms", ("Martin Lindahl",)),
    ("v20", "extreme", ("Frank Mattingly",)),
    ("v20", "any day, any time", ("Ray Sikora",)),
    ("v20", "laid off 40 people", ("Denise Okonjo",)),
    ("v20", "gone without a visit", ("Denise Okonjo",)),
    ("v20", "didn't even read it", ("Ana Ruiz",)),
    ("v20", "walked out after ten minutes", ("Ana Ruiz",)),
    ("v20", "Everything is on the table", ("Ana Ruiz",)),
    ("v21", "sent a message that will echo", ("Tom Harwick",)),
    ("v21", "I congratulate Secretary Marchetti", ("Tom Harwick",)),
    ("v21", "some work to do", ("Linda Marchetti",)),
    ("v21", "their champion", ("Linda Marchetti",)),
    ("v21", "take this campaign to every corner", ("Linda Marchetti",)),
    ("v21", "staggering numbers", ("Dante Obiora",)),
    ("v21", "see this", ("Dante Obiora",)),
    ("v21", "the first time I", ("Ellen Quigley",)),
    ("v21", "believe it", ("Ellen Quigley",)),
    ("v21", "win the White House", ("Victor Brandt",)),
    ("v21", "We won with everybody", ("Victor Brandt",)),
    ("v22", "This is not about you", ("Wade Dunphy",)),
    ("v22", "four Americans who did not come home", ("Wade Dunphy",)),
    ("v22", "thought about those men", ("Linda Marchetti",)),
    ("v22", "lost more sleep", ("Linda Marchetti",)),
    ("v22", "taxpayer-funded campaign ad", ("Keith Amundsen",)),
    ("v22", "Nothing more", ("Keith Amundsen",)),
    ("v22", "so few emails about Sanaa", ("Joanne Kittredge",)),
    ("v22", "your travel schedule", ("Joanne Kittredge",)),
    ("v22", "plenty of conversations", ("Linda Marchetti",)),
    ("v22", "new information", ("Wade Dunphy",)),
    ("v22", "characterize it today", ("Wade Dunphy",)),
    ("v22", "backfired on the Republicans", ("John Podolak",)),
    (
        "v23",
        "rare candidate in this field",
        (
            "the Globe’s editorial board",
            "The Globe’s editorial board",
            "Globe’s editorial board",
            "editorial board",
            "The Boston Globe",
            "Boston Globe",
            "Globe",
            "the Globe",
        ),
    ),
    ("v23", "humbled by it", ("Paul Stroud",)),
    ("v23", "said from the beginning", ("Paul Stroud",)),
    ("v23", "said it better than I could", ("Paul Stroud",)),
    ("v23", "Endorsements are nice", ("Jeff Calloway",)),
    ("v23", "the conservative who can win", ("Walter Fiske",)),
    ("v23", "a fine man who expanded", ("Walter Fiske",)),
    ("v23", "matter less every cycle", ("Fergus Dwyer",)),
    ("v23", "Twenty years ago the Union Leader", ("Fergus Dwyer",)),
    ("v23", "give you a good week", ("Fergus Dwyer",)),
    ("v24", "never been stronger", ("Terry Vukovich",)),
    ("v24", "70 percent of our donations", ("Terry Vukovich",)),
    ("v24", "need anybody's money", ("Victor Brandt",)),
    ("v24", "can't be bought", ("Victor Brandt",)),
    ("v24", "how much they are spending", ("Bernard Oyelowo",)),
    ("v24", "still be broke", ("Bernard Oyelowo",)),
    (
        "v24",
        "more than enough to compete",
        ("a campaign aide", "campaign aide", "The aide", "the aide", "aide"),
    ),
    ("v25", "suspending this campaign", ("Kevin Dunleavy",)),
    ("v25", "The fight goes on", ("Kevin Dunleavy",)),
    ("v25", "Somebody has to be third", ("Kevin Dunleavy",)),
    ("v25", "rather it wasn", ("Kevin Dunleavy",)),
    ("v25", "ran a campaign of ideas", ("Linda Marchetti",)),
    ("v25", "this party is better for it", ("Linda Marchetti",)),
    ("v25", "take a look at us", ("Tom Harwick",)),
    ("v25", "do it all again", ("Megan Thorsby",)),
    ("v26", "Ted had four years", ("Grant Hollister",)),
    ("v26", "his record", ("Grant Hollister",)),
    ("v26", "worst recession", ("Ted Vukas",)),
    ("v26", "Grant was in Washington", ("Ted Vukas",)),
    ("v26", "the Republican ticket", ("Grant Hollister",)),
    ("v26", "not an answer", ("Ted Vukas",)),
    ("v26", "Yes or no", ("Ted Vukas",)),
    ("v26", "genuine coin flip", ("Peter Brownlee",)),
    ("v26", "Ohio is going to be Ohio", ("Peter Brownlee",)),
    ("v27", "not peaceful people", ("Victor Brandt",)),
    ("v27", "professional agitators", ("Victor Brandt",)),
    ("v27", "I held up a sign", ("Darnell Whitaker",)),
    ("v27", "a grown man put his hands", ("Darnell Whitaker",)),
    ("v27", "two minor disturbances", ("Gretchen Albers",)),
    ("v27", "tone of this campaign", ("Paul Stroud",)),
    ("v27", "toxic environment", ("Paul Stroud",)),
    ("v27", "punch protesters", ("Jeff Calloway",)),
    ("v27", "cause trouble", ("Beverly Knowles",)),
    ("v27", "came here to hear Victor", ("Beverly Knowles",)),
    ("v28", "enormous respect", ("Jonah Merritt",)),
    ("v28", "let the voters decide", ("Jonah Merritt",)),
    ("v28", "shared it with me", ("Jonah Merritt",)),
    ("v28", "said nice things about both", ("Jonah Merritt",)),
    ("v28", "extraordinary gifts", ("Obama", "Barack Obama", "President Obama")),
    ("v28", "luxury of being a complete long shot", ("Obama", "Barack Obama", "President Obama")),
    ("v28", "grateful for the president's neutrality", ("Daniel Ostrowski",)),
    ("v28", "never expected an endorsement", ("Daniel Ostrowski",)),
    (
        "v29",
        "lose five seats",
        ("one Republican senator", "One Republican senator", "Republican senator"),
    ),
    ("v29", "wrecking ball", ("Another senator", "another senator", "the senator")),
    ("v29", "agree with everything", ("Lorraine Whitby",)),
    ("v29", "my own race to run", ("Lorraine Whitby",)),
    ("v29", "run it my way", ("Lorraine Whitby",)),
    ("v29", "sort this out", ("Walter Greer",)),
    ("v29", "plenty to say", ("Walter Greer",)),
    ("v29", "lost to Obama twice", ("Cory Lindqvist",)),
    ("v29", "millions of new voters", ("Cory Lindqvist",)),
    ("v30", "No family should have to borrow", ("Linda Marchetti",)),
    ("v30", "buried in debt", ("Linda Marchetti",)),
    (
        "v30",
        "Every dollar is paid for",
        (
            "A senior campaign official",
            "a senior campaign official",
            "senior campaign official",
            "the official",
        ),
    ),
    ("v30", "a step in the right direction", ("Tom Harwick",)),
    ("v30", "tuition-free, period", ("Tom Harwick",)),
    ("v30", "Free college is not free", ("Alison Greaves",)),
    ("v30", "Someone always pays", ("Alison Greaves",)),
    ("v30", "a nurse and she still lives", ("Jasmine Tolliver",)),
    ("v30", "That’s crazy", ("Jasmine Tolliver",)),
]

KNOWN_WRONG_72: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("v29", "agree with everything"): (
        "Victor Brandt",
        '"was “not going to agree with everything” Brandt says.": a partial quotation closing '
        'mid-clause, its relative clause "Brandt says" read as an inverted cue',
    ),
}

test_probe_speaker_twenty_eighth_batch, test_twenty_eighth_batch_figure = judged_batch_tests(
    "probes72", PROBES, PROBES_72, KNOWN_WRONG_72, FIRST_JUDGED, size=286
)


N = "\n\n"


def test_a_fact_checks_heading_is_no_speaker() -> None:
    """An AP fact check sets each claim under the candidate's name ("OKAFOR: “...”") and
    the check under "THE FACTS:": a heading, not a speaker, so the quotations in the
    check keep their own cues. "THE PRESIDENT:" is still a speaker's label."""
    text = (
        "Gov. Dana Okafor and Sen. Lee Marsh debated on Tuesday."
        + N
        + "OKAFOR: \u201cOur state added 40,000 jobs last year.\u201d"
        + N
        + "THE FACTS: The state added 31,000. \u201cThe figure was revised in March,\u201d "
        "said Omar Villa, a labor economist."
    )
    assert _speaker(text, "40,000 jobs") == "Dana Okafor"
    assert _speaker(text, "revised in March") == "Omar Villa"


def test_the_official_is_the_unnamed_official_before() -> None:
    """ "A senior campaign official ... said ... “...,” the official said": the unnamed
    source the indefinite introduced, one row with the first, not a row "official"."""
    text = (
        "A senior campaign official, briefing reporters on Sunday, said the plan was costed."
        + N
        + "\u201cEvery cent is accounted for,\u201d the official said."
    )
    assert _speaker(text, "Every cent").lower() == "a senior campaign official"
    text = (
        "\u201cWe will not lose the House,\u201d said one Republican congressman."
        + N
        + "\u201cThe map is too good,\u201d the congressman said."
    )
    assert _speaker(text, "The map").lower() == "one republican congressman"


def test_the_countrys_leader_is_its_head_of_state() -> None:
    """ "the Mexican leader" is the one written "Mexican President"; "the German leader"
    the German chancellor; not a president of no such country named later."""
    text = (
        "Mexican President Arturo Villa met President Obama. Ken Dale, a candidate, "
        "criticized the visit."
        + N
        + "\u201cWe will not pay for a wall,\u201d the Mexican leader said."
    )
    assert _speaker(text, "not pay") == "Arturo Villa"
    text = (
        "German Chancellor Ute Brandt arrived in Washington. Sen. Ray Olson welcomed her."
        + N
        + "\u201cThe alliance is strong,\u201d the German leader said."
    )
    assert _speaker(text, "alliance") == "Ute Brandt"


def test_a_papers_name_starts_in_its_own_sentence() -> None:
    """ "... with Iran.\\n\\nThe Wall Street Journal's editorial board called ... “...,” the
    editorial said": the Journal, not "Iran. The Wall Street Journal"."""
    text = (
        "Senators voted on the agreement with Iran."
        + N
        + "The Kessel Courier's editorial board called the vote \u201ca mistake.\u201d "
        "\u201cCongress had every tool to stop it,\u201d the editorial said."
    )
    assert _speaker(text, "every tool") == "Kessel Courier"


def test_the_person_is_not_an_unnamed_person_met_before_another() -> None:
    """ "telling one person close to her ..." then "said a longtime adviser ... “...,” the
    person added": the adviser, another unnamed source mentioned since, is meant; "the
    person" is not linked to the one person of the lede."""
    text = (
        "Dana Okafor has told one person close to her that she is worried about the debate."
        + N
        + "\u201cWe have work to do,\u201d said a longtime adviser, who asked not to be named."
        + N
        + "\u201cShe has to be herself,\u201d the person added."
    )
    assert _speaker(text, "be herself").lower() != "one person close to her"
    assert _speaker(text, "be herself").lower() != "one person"
