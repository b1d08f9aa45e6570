"""attrib74: the twenty-ninth batch of invented probes (issue 15), about **competing
candidates**: 30 US-politics stories in the genre of the held-out split (invented people and
events) where the speaker must be chosen among several people. Constructions: two or three
people named in the sentence or paragraph (a subordinate "when she spoke of her father,
Thomas Halvorsen", "as the crowd applauded", "After Arnholt criticized her ..., Voss said");
the subject of the quoted clause against the speaker ("Bolling, Pryce said, was “flat
wrong”"); the person spoken about inside the quotation ("“Dale Murchison has never run
anything ...,” said Ingersoll"); exchanges between two people (debate night, "shot back",
"countered", "responded", "replied", "answered", a hearing's cross-examination); a quotation
running over several paragraphs with the speaker named only before the first; a
paragraph-initial quotation whose speaker is named in the next sentence ("That was ...",
"The assessment came from ..."); "he said" after a paragraph about another man; anonymous
and unnamed sources ("a senior aide ... said", "One Republican strategist ... the strategist
said", "Another adviser ... this adviser said"); a spokesperson against the principal
("Kessler's spokeswoman, Mira Castellanos, said"); quoted words inside a recalled quotation
("Then he said, “Ruthie, ...”").

Every person and event is invented (President Obama appears in his public role), and every
quotation is written for this batch. Every expected speaker was written before On Record
read the probes (the articles and this list were committed first). A nominal speaker counts
in either case of its first letter. First judged on main (34bcd62): 225 of 245
right (8.2% wrong) by the list as committed; three of the twenty are slips of the list, right
in another form (c17 names Corvo and Brandt by surname only; "Acosta campaign"), so 228
substantively (6.9% wrong). After the mends (a group of unnamed people since does not block
"the adviser"; "X rebuked Y for saying" gives Y the words; "an aide to one of them" is the
aide; "he" right past a verbless fronted adjunct naming another man is not that man; "the
person"/"that person" is the nearest unnamed source): 232 (5.3% wrong; 235 substantively).
colon62 made c17's "Sen. Lyle Pettibone, on CNN:" right (a colon label's name past a
verbless aside): 233.
The quotations still wrong are listed in KNOWN_WRONG_74 with what On Record gives and why;
the figure is printed by ``test_twenty_ninth_batch_figure`` (run with -s).
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_74, 2 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. The figure stays 233/245.
nextcue95: the sentence after a quotation standing alone may name its speaker pointing
back at it (core.named_after: "That was ... organizer X", "The assessment came from X"):
c07's two come off KNOWN_WRONG: 235/245.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, said_outside
from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_74.json")
FIRST_JUDGED = 225  # right on main 34bcd62 before any mend, of 245


SENIOR_AIDE = _unnamed(
    "a senior aide to a member of the House leadership", "a senior aide", "the aide"
)
STRATEGIST = _unnamed(
    "one Republican strategist who advises several vulnerable incumbents",
    "one Republican strategist",
    "the strategist",
)
PERSON_POLLING = _unnamed("a person familiar with internal party polling", "a person", "the person")
DEM_OFFICIAL = _unnamed(
    "a Democratic official involved in House races", "a Democratic official", "the official"
)
ADMIN_OFFICIAL = _unnamed("a senior administration official", "the official")
RIVAL_AIDE = _unnamed("an aide to one of them", "an aide", "aide")
CAMPAIGN_AIDE = _unnamed("a campaign aide", "campaign aide", "the aide", "aide")
SENATE_AIDE = _unnamed("a Senate Democratic aide", "the aide")
PEOPLE_FAMILIAR = _unnamed(
    "one of the people", "two people familiar with the plans", "that person", "the person"
)
GOP_AIDE = _unnamed("a Republican leadership aide", "the aide")
CORVO_ADVISER = _unnamed("a senior Corvo adviser", "the adviser")
ANOTHER_ADVISER = _unnamed("another adviser", "this adviser")
OBAMA = ("Obama", "Barack Obama", "President Obama")

PROBES_74: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("c01", "voted with this president 94 percent", ("Marcus Delaney",)),
    ("c01", "When the mills closed", ("Marcus Delaney",)),
    ("c01", "you voted to ship those jobs", ("Ruth Halvorsen",)),
    ("c01", "That is simply false", ("Marcus Delaney",)),
    ("c01", "I will do my job and meet with him", ("Ruth Halvorsen",)),
    ("c01", "which is more than my opponent", ("Ruth Halvorsen",)),
    ("c01", "My father was a hunter", ("Marcus Delaney",)),
    ("c01", "apologize for that", ("Marcus Delaney",)),
    ("c01", "sat in a hospital waiting room", ("Ruth Halvorsen",)),
    ("c01", "about hunting", ("Ruth Halvorsen",)),
    ("c01", "won on substance", ("Trent Oduya",)),
    ("c01", "Ruth owned that stage", ("Luis Amador",)),
    ("c02", "governing by press release", ("Lena Voss",)),
    ("c02", "had my budget since February", ("Pete Arnholt",)),
    ("c02", "offered one amendment", ("Pete Arnholt",)),
    ("c02", "a tax increase he won", ("Lena Voss",)),
    ("c02", "I skipped nothing", ("Lena Voss",)),
    ("c02", "We have the emails", ("Derrick Mbatha",)),
    ("c02", "Neither of them is paying", ("Karen Lusk",)),
    ("c02", "Our kids are", ("Karen Lusk",)),
    ("c02", "My door is open", ("Pete Arnholt",)),
    ("c02", "It always has been", ("Pete Arnholt",)),
    ("c03", "never missed a shift", ("Ruth Halvorsen",)),
    ("c03", "need us anymore", ("Thomas Halvorsen",)),
    ("c03", "never forgotten that sentence", ("Ruth Halvorsen",)),
    ("c03", "Tommy taught me", ("Jim Kuczynski",)),
    ("c03", "reads them the same way", ("Jim Kuczynski",)),
    (
        "c03",
        "a taxpayer-funded nostalgia tour",
        ("Delaney's campaign", "Delaney", "Marcus Delaney", "campaign", "the campaign"),
    ),
    ("c03", "Every dollar", ("Priya Chandrasekhar",)),
    ("c04", "learned of this from a reporter", ("Mira Castellanos",)),
    ("c04", "as troubled by it as anyone", ("Mira Castellanos",)),
    ("c04", "not spoken to Brent", ("Hal Kessler",)),
    ("c04", "Not a word", ("Hal Kessler",)),
    ("c04", "revolving door", ("Nora Pemberton",)),
    ("c04", "deserve to know who is writing", ("Dwayne Hooks",)),
    ("c04", "If Hal didn", ("Gil Ferraro",)),
    ("c05", "looking at a wave", SENIOR_AIDE),
    ("c05", "an anchor", STRATEGIST),
    ("c05", "Our guys are trying to swim", STRATEGIST),
    ("c05", "I like our candidates", ("Gordon Pryce",)),
    ("c05", "Philadelphia suburbs", PERSON_POLLING),
    ("c05", "My voters know me", ("Amy Thorsrud",)),
    ("c05", "not confused about whose name", ("Amy Thorsrud",)),
    ("c05", "They can run from him", DEM_OFFICIAL),
    ("c05", "they can't hide", DEM_OFFICIAL),
    ("c06", "I come before you tonight", ("Adaeze Okonkwo",)),
    ("c06", "I do not say that lightly", ("Adaeze Okonkwo",)),
    ("c06", "you were right to be angry", ("Adaeze Okonkwo",)),
    ("c06", "replace every lead service line", ("Adaeze Okonkwo",)),
    ("c06", "said a lot of the right things", ("Wendell Haskins",)),
    ("c06", "Now we will see the budget", ("Wendell Haskins",)),
    ("c07", "going to win Nevada", ("Rosalind Tapia",)),
    ("c07", "Knock, talk, write it down", ("Rosalind Tapia",)),
    ("c07", "Everybody knows where we", ("Hector Villalobos",)),
    ("c07", "They just haven", ("Hector Villalobos",)),
    ("c07", "most organized I", ("Jon Ralston-Ames",)),
    ("c07", "Nevada has surprised people", ("Arlene Sutcliffe",)),
    ("c07", "when it snows in Elko", ("Arlene Sutcliffe",)),
    ("c07", "there if it snows", ("Maria Esquivel",)),
    ("c08", "a giant for this district", ("Carl Brandvold",)),
    ("c08", "do it my own way", ("Carl Brandvold",)),
    ("c08", "the best legislator I ever worked with", ("Thomas Reilly",)),
    ("c08", "Maureen is the real thing", ("Thomas Reilly",)),
    ("c08", "Iowans like a choice", ("Maureen Okafor",)),
    ("c08", "Carl has known Harlan", ("Curt Lindgren",)),
    ("c08", "ask for an endorsement", ("Curt Lindgren",)),
    ("c09", "never run anything that didn", ("Paula Ingersoll",)),
    ("c09", "Four times", ("Paula Ingersoll",)),
    ("c09", "down twelve points", ("Kelsey Broward",)),
    ("c09", "taking a risk is a crime", ("Dale Murchison",)),
    ("c09", "the American dream", ("Dale Murchison",)),
    ("c09", "a talker, not a builder", ("Bud Lathrop",)),
    ("c09", "gave this state a $3 billion hole", ("Dale Murchison",)),
    ("c09", "tell him what", ("Paula Ingersoll",)),
    ("c09", "Stiffing your subcontractors", ("Paula Ingersoll",)),
    ("c10", "not real Americans", ("Tanner Bolling",)),
    ("c10", "flat wrong", ("Gordon Pryce",)),
    ("c10", "swore the same oath", ("Gordon Pryce",)),
    ("c10", "Tanner knows better", ("Gordon Pryce",)),
    ("c10", "twisted by the liberal media", ("Tanner Bolling",)),
    ("c10", "stand by every word", ("Tanner Bolling",)),
    ("c10", "made his choice", ("Ilhan Barre",)),
    ("c10", "say what he likes about me", ("Ilhan Barre",)),
    ("c10", "has no business overseeing", ("Darlene Mosby",)),
    ("c11", "make Mexico pay for every brick", ("Conrad Brandt",)),
    ("c11", "get tired of winning", ("Conrad Brandt",)),
    ("c11", "take it anymore", ("Conrad Brandt",)),
    ("c11", "This is a movement", ("Lyle Pettibone",)),
    ("c11", "proud to be part of it", ("Lyle Pettibone",)),
    ("c11", "using us as a punching bag", ("Lucia Moreno",)),
    ("c11", "Little Julian sweats", ("Conrad Brandt",)),
    ("c11", "focused on the voters", ("Ben Atwater",)),
    ("c11", "not on insults", ("Ben Atwater",)),
    ("c11", "a great crowd", ("Roy Gallinari",)),
    ("c12", "What are you going to do", ("Sheila Drummond",)),
    ("c12", "so sorry", ("Julian Corvo",)),
    ("c12", "My cousin struggled", ("Julian Corvo",)),
    ("c12", "arrest our way out", ("Julian Corvo",)),
    ("c12", "a disease", ("Julian Corvo",)),
    ("c12", "all say the right thing", ("Sheila Drummond",)),
    ("c12", "go back to Washington", ("Sheila Drummond",)),
    ("c12", "dealers need to be locked up", ("Paul Gendreau",)),
    ("c12", "say that once", ("Paul Gendreau",)),
    ("c12", "working on it for months", ("Annika Holt",)),
    ("c13", "same standards as any surgical center", ("Byron Stafford",)),
    ("c13", "that number in front of me", ("Byron Stafford",)),
    ("c13", "because it doesn", ("Yolanda Garza",)),
    ("c13", "keep this civil", ("Wes Tillotson",)),
    ("c13", "going to recess", ("Wes Tillotson",)),
    ("c13", "drive 500 miles", ("Hannah Lindqvist",)),
    ("c13", "Some of them won", ("Hannah Lindqvist",)),
    ("c13", "fearmongering", ("Beverly Cope",)),
    ("c13", "deserve better than the status quo", ("Beverly Cope",)),
    ("c14", "collapsed", ("Walter Briggs",)),
    ("c14", "calling for a ground war", ("Josh Ridley",)),
    ("c14", "We have a different view", ("Josh Ridley",)),
    ("c14", "the Christmas party", ("Josh Ridley",)),
    ("c14", "sleepwalking through a genocide", ("Walter Briggs",)),
    ("c14", "a plan for Aleppo", ("Adam Fenwick",)),
    ("c14", "Nothing is off the table", ADMIN_OFFICIAL),
    ("c14", "nothing is on it yet", ADMIN_OFFICIAL),
    ("c15", "at least 100 delegates short", ("Tessa Albright",)),
    ("c15", "The math is the math", ("Tessa Albright",)),
    ("c15", "contested convention", ("Tessa Albright",)),
    ("c15", "she can't count", ("Roy Gallinari",)),
    ("c15", "before Cleveland", ("Roy Gallinari",)),
    ("c15", "same thing about Wisconsin", ("Tessa Albright",)),
    ("c15", "Those 54 people", ("Benjamin Yoder",)),
    ("c15", "Nobody knows who most", ("Benjamin Yoder",)),
    ("c15", "Twice by Corvo", ("Ron Kittle",)),
    ("c15", "decided", ("Ron Kittle",)),
    ("c16", "He did", ("Alana Fiorentino",)),
    ("c16", "ever going to", ("Greg Fiorentino",)),
    ("c16", "a proposal", ("Greg Fiorentino",)),
    ("c16", "when the cameras are off", ("Greg Fiorentino",)),
    ("c16", "only louder", ("Greg Fiorentino",)),
    ("c16", "not true", ("Alana Fiorentino",)),
    ("c16", "quieter", ("Alana Fiorentino",)),
    ("c16", "got that from her mother", ("Greg Fiorentino",)),
    ("c16", "go after the chemistry teacher", RIVAL_AIDE),
    ("c17", "Texas said no to a con man", ("Julian Corvo",)),
    ("c17", "Thank you Georgia", ("Conrad Brandt",)),
    ("c17", "built for the long haul", ("Elliot Sandoval",)),
    ("c17", "driven ten", ("Dolores Whitmer",)),
    ("c17", "This is over", ("Lyle Pettibone",)),
    ("c17", "unite behind whoever he wants", ("Ben Atwater",)),
    ("c18", "when nobody", ("Hollis Vance",)),
    ("c18", "never met a bill", ("Hollis Vance",)),
    ("c18", "disagree with a man all day", ("Walter Greer",)),
    ("c18", "see what we can get done", ("Hollis Vance",)),
    ("c18", "We got a lot done", ("Maxine Doherty",)),
    ("c18", "watched C-SPAN", ("Tom Vance",)),
    ("c18", "yelling at the television", ("Tom Vance",)),
    ("c18", "put country over party", OBAMA),
    ("c19", "stood with teachers for twenty years", ("Marguerite Dale",)),
    ("c19", "not a close call", ("Marguerite Dale",)),
    ("c19", "younger members are with Acosta", ("Caroline Wu",)),
    ("c19", "nobody asked them", ("Caroline Wu",)),
    (
        "c19",
        "a leadership endorsement",
        ("Acosta's campaign", "Acosta", "Reuben Acosta", "campaign", "the campaign"),
    ),
    ("c19", "the hearts of teachers", ("Devin Rourke",)),
    ("c19", "Our members voted", ("Marguerite Dale",)),
    ("c19", "she was honored", CAMPAIGN_AIDE),
    ("c20", "Your agency caused this disaster", ("Jared Stilwell",)),
    ("c20", "Who signed off", ("Jared Stilwell",)),
    ("c20", "take full responsibility", ("Denise Carrow",)),
    ("c20", "from the first day", ("Denise Carrow",)),
    ("c20", "Where was this outrage", ("Kwame Ashby",)),
    ("c20", "will have his time", ("Jared Stilwell",)),
    ("c20", "I have my time", ("Kwame Ashby",)),
    ("c20", "come to see our fields", ("Russell Begay",)),
    ("c20", "Not one person", ("Russell Begay",)),
    ("c21", "less than a third of it", ("Ron Striker",)),
    ("c21", "I want to know why", ("Ron Striker",)),
    ("c21", "He knows that", ("Adaeze Okonkwo",)),
    ("c21", "wrote the conditions", ("Adaeze Okonkwo",)),
    ("c21", "every city in Michigan follows", ("Kyle Dornan",)),
    ("c21", "lock themselves in a room", ("Cedric Longwood",)),
    ("c21", "drinking bottled water", ("Cedric Longwood",)),
    ("c21", "drive to Lansing tonight", ("Adaeze Okonkwo",)),
    ("c22", "law of the land", ("Miriam Osei",)),
    ("c22", "not what I asked you", ("Chester Lyall",)),
    ("c22", "what I think is that precedent", ("Miriam Osei",)),
    ("c22", "difference between a judge", ("Patrick Doolan",)),
    ("c22", "Some of my colleagues don", ("Patrick Doolan",)),
    ("c22", "decide this in November", ("Floyd Harkins",)),
    ("c23", "trade deals matter", ("Reuben Acosta",)),
    ("c23", "their jobs matter", ("Reuben Acosta",)),
    ("c23", "ran a strong race", ("Alana Fiorentino",)),
    ("c23", "on to Ohio", ("Alana Fiorentino",)),
    ("c23", "more delegates than we came in with", ("Elliot Sandoval",)),
    ("c23", "a miss like this", ("Ann Selvig",)),
    ("c23", "me included", ("Ann Selvig",)),
    ("c23", "Look at them", ("Jeff Orlov",)),
    ("c24", "an art form of obstruction", ("Walter Greer",)),
    ("c24", "talk about regular order", ("Dennis Harrow",)),
    ("c24", "like to practice it", ("Dennis Harrow",)),
    ("c24", "retiring soon", ("Walter Greer",)),
    ("c24", "They both wanted the bill", ("Lucinda Maynard",)),
    ("c24", "would pass", ("Lucinda Maynard",)),
    ("c24", "far apart", SENATE_AIDE),
    ("c24", "take weeks", SENATE_AIDE),
    ("c25", "Make their lives miserable", ("Vincent Gallo",)),
    ("c25", "knew what he meant", ("Regina Pollard",)),
    ("c25", "I was afraid", ("Regina Pollard",)),
    ("c25", "Afraid of what", ("Martin Sorkin",)),
    ("c25", "Of him", ("Regina Pollard",)),
    ("c25", "a witness trying to save herself", ("Lisa Feng",)),
    ("c25", "cooperation agreement", ("Lisa Feng",)),
    ("c25", "let the evidence speak", ("Ramesh Kohli",)),
    ("c26", "lawyers have been through it twice", PEOPLE_FAMILIAR),
    ("c26", "It will hold up", PEOPLE_FAMILIAR),
    ("c26", "look at every option", ("Carla Benning",)),
    ("c26", "anything to announce today", ("Carla Benning",)),
    ("c26", "rewrite the law with a pen", ("Chris Whitlock",)),
    ("c26", "save lives", ("Nathan Pruitt",)),
    ("c26", "just got a headache", GOP_AIDE),
    ("c27", "keep saying that number", ("Craig Wexford",)),
    ("c27", "lost 350,000 jobs", ("Craig Wexford",)),
    ("c27", "your record", ("Craig Wexford",)),
    ("c27", "Craig knows that", ("Dale Hennessey",)),
    ("c27", "Without hesitation", ("Dale Hennessey",)),
    ("c27", "This was a draw", ("Marcus Feld",)),
    ("c27", "helps the incumbent", ("Marcus Feld",)),
    ("c28", "all 5,000 pages", ("Deb Karlsson",)),
    ("c28", "currency provisions", ("Deb Karlsson",)),
    ("c28", "need these markets", ("Ron Stoltenberg",)),
    ("c28", "reconsider", ("Ron Stoltenberg",)),
    ("c28", "Deb is a good friend", ("Brad Ostrander",)),
    ("c28", "we disagree", ("Brad Ostrander",)),
    ("c28", "Vote your conscience", ("Walter Greer",)),
    ("c29", "built this campaign from nothing", ("Julian Corvo",)),
    ("c29", "rest of the way", ("Julian Corvo",)),
    ("c29", "listening to them", CORVO_ADVISER),
    ("c29", "decided anything", CORVO_ADVISER),
    ("c29", "through Florida", ANOTHER_ADVISER),
    ("c29", "proud of what we built", ("Tessa Albright",)),
    ("c29", "you fire people", ("Brandt", "Conrad Brandt")),
    ("c29", "I hire people", ("Brandt", "Conrad Brandt")),
    ("c30", "a protest candidate", ("Marguerite Dale",)),
    ("c30", "liked her immediately", ("Reuben Acosta",)),
    ("c30", "said it to his face", ("Marguerite Dale",)),
    ("c30", "how he married me", ("Elena Acosta", "Elena")),
    ("c30", "a loyal person", ("Elliot Sandoval",)),
    ("c30", "keep it", ("Elliot Sandoval",)),
    ("c30", "switch. Ask anybody", ("Marguerite Dale",)),
]

KNOWN_WRONG_74: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("c06", "I come before you tonight"): (
        None,
        "a speech set out over four paragraphs, the speaker named only in the line before it "
        '("an excerpt from Mayor Adaeze Okonkwo\'s address"): no verb of speech cues it',
    ),
    ("c06", "I do not say that lightly"): (None, "the same speech, its second paragraph"),
    ("c06", "you were right to be angry"): (None, "the same speech, its third paragraph"),
    ("c06", "replace every lead service line"): (None, "the same speech, its last paragraph"),
    ("c14", "collapsed"): (
        "Josh Ridley",
        '"Ridley ... rejected criticism from Sen. Walter Briggs that ... had “collapsed.”": '
        'the noun of speech\'s "from" phrase names the speaker',
    ),
    ("c17", "Texas said no to a con man"): (
        "Corvo",
        "right in another form: the live blog names Corvo by surname only (a slip of the list)",
    ),
    ("c17", "Thank you Georgia"): (
        "Brandt",
        "right in another form: the live blog names Brandt by surname only outside a "
        "quotation (a slip of the list)",
    ),
    ("c18", "see what we can get done"): (
        "Maxine Doherty",
        '"She said Vance had walked into her office ... and said, “...”": the verb next to '
        "the quotation is in the reported clause, its subject Vance",
    ),
    ("c19", "a leadership endorsement"): (
        "Acosta campaign",
        'right in another form ("Acosta\'s campaign called the decision “...”")',
    ),
    ("c28", "Vote your conscience"): (
        "Deb Karlsson",
        '"Greer, she said, had told her, “...”": the verb next to the quotation is in the '
        "reported clause, its subject Greer",
    ),
}

OUTER_74 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('c25', 'Make their lives miserable'): ('Regina Pollard',),
    ('c30', 'a protest candidate'): ('Reuben Acosta',),
}  # fmt: skip

test_probe_speaker_twenty_ninth_batch, test_twenty_ninth_batch_figure = judged_batch_tests(
    "probes74", PROBES, said_outside(PROBES_74, OUTER_74), KNOWN_WRONG_74, FIRST_JUDGED, size=245
)


N = "\n\n"


def test_the_adviser_is_the_one_before_a_group_of_unnamed_people() -> None:
    """ "A senior adviser, who spoke on condition of anonymity ..., said several donors had
    asked her to drop out. “...,” the adviser said": a group of unnamed people mentioned
    since is no one "the adviser" could mean, so it is the adviser introduced before, not a
    bare row "adviser"."""
    text = (
        "A senior Okafor adviser, who spoke on condition of anonymity because he was not "
        "authorized to speak publicly, said several donors had asked the governor to drop out. "
        "\u201cShe hears them out,\u201d the adviser said."
    )
    assert _speaker(text, "hears them").lower() == "a senior okafor adviser"


def test_the_one_rebuked_for_saying_said_it() -> None:
    """ "X rebuked Y, a ..., for saying that ... “...”": the verb's object is blamed for the
    words and said them; "X apologized to Y for saying" leaves them to X."""
    text = (
        "Gov. Dana Okafor on Friday rebuked state Sen. Lee Marsh, a fellow Democrat, for "
        "saying that the budget was \u201ca fantasy.\u201d"
    )
    assert _speaker(text, "a fantasy") == "Lee Marsh"
    text = "Mayor Ray Olson criticized Dana Okafor for calling the plan \u201ca giveaway.\u201d"
    assert _speaker(text, "a giveaway") == "Dana Okafor"
    text = "Mayor Ray Olson apologized to Dana Okafor for calling her plan \u201ca giveaway.\u201d"
    assert _speaker(text, "a giveaway") == "Ray Olson"


def test_an_aide_to_one_of_them_is_the_aide() -> None:
    """ "an aide to one of them said": the aide speaks; "one of them" only says whose aide
    (the group stays the speaker of a bare "one of them said")."""
    text = (
        "Okafor's rivals have held their fire. \u201cYou don't attack the nurse,\u201d an aide "
        "to one of them said."
    )
    assert _speaker(text, "attack the nurse").lower() == "an aide"


def test_he_past_an_adjunct_naming_another_man_is_the_man_before() -> None:
    """ "Ray Olson took aim at his rivals. Referring to Sen. Ken Dale, he said, “...”": the
    man named in the verbless fronted adjunct is not "he", the subject; the man before is.
    A clause with its own subject leaves the name to the pronoun ("When Dale landed, he
    said": Dale), and so does a phrase making it the topic ("As for Dale, he said")."""
    text = (
        "Ray Olson took aim at his rivals, too. Referring to Sen. Ken Dale, he said, "
        "\u201cKen sweats more than anybody.\u201d"
    )
    assert _speaker(text, "sweats more") == "Ray Olson"
    text = (
        "Ray Olson spoke first. When Ken Dale landed in Reno, he said, "
        "\u201cThis state is ours.\u201d"
    )
    assert _speaker(text, "state is ours") == "Ken Dale"
    text = (
        "Ray Olson spoke first. As for Ken Dale, he said he was not worried. "
        "\u201cI have the votes,\u201d he said."
    )
    assert _speaker(text, "have the votes") == "Ken Dale"


def test_the_person_is_the_unnamed_source_before_of_any_noun() -> None:
    """ "Another aide familiar with the talks said ... the person added" and "One of the
    officials said ... “...,” that person said": "the person" or "that person" with no "a
    person" before is the nearest one unnamed source, not a bare row "person"."""
    text = (
        "Another aide familiar with the talks said the deal was close. "
        "\u201cWe are a day away,\u201d the person added."
    )
    assert _speaker(text, "a day away").lower() == "another aide familiar with the talks"
    text = (
        "Two officials described the plan. One of the officials said it was ready."
        + N
        + "\u201cThe lawyers signed off,\u201d that person said."
    )
    assert _speaker(text, "signed off").lower() == "one of the officials"
