"""coref64: invented probes for nominal and pronoun speakers resolved to the person a
reporter sees, a batch after coref61 (nominals, first judged 89/107) and coref62 (pronouns):
12 stories (113 quotations, 96 with a pronoun or definite nominal cue of their own, the rest
continuations of one) in the held-out split's genre (2016 US politics news: AP copy, a
debate, a primary, a House race, a voter-purge suit, a precinct-captain feature, a budget
standoff, a convention, a plant closing, a super PAC, a campaign shake-up, a rally, a court
ruling), every person invented. The kinds: two people of one sex in turn (two senators, two
congresswomen, a governor and a House leader, two lawyers, two campaign spokesmen); a title
two people could hold, one of them former ("the senator" beside "Former Sen. Harlan Voss" and
"Former Sen. Carolyn Aster"; "the former senator"); epithets ("the former governor", "the
Republican", "the Democrat", "the 70-year-old", "the 73-year-old", "the 74-year-old", "the
82-year-old", "the 71-year-old", "the billionaire", "the nurse", "the minister", "the
assemblyman", "the union president", "the new manager"); spokespeople for named
organisations (a chamber of commerce, the NRCC, a state party, a company, campaigns: "the
spokesman", "the campaign's spokesman", "Crewe's spokesman", "the Whitaker campaign's
spokesman"); people first named late (a feature whose first quotation is "she said" with
the name in the next paragraph; "he said. He later gave his name as ..."; "he says. The
company later identified him as ..."); "officials", "board officials", "union officials",
"company officials", "they" and "the group" for organisations; quotations across paragraph
breaks (a quotation left open at a paragraph's end, "he said" after a paragraph about
districts, a cue-less paragraph after the speaker's); and about half ordinary cases (a
pronoun or nominal right after the person's own sentence) so the figure estimates ordinary
error too.

Judging rules, written with the stories before On Record read them (committed first): a
named person is right only as the name the article writes for them in full (no title); an
organisation as a name the article writes for it (for "officials said" of the secretary of
state's office, the office or the secretary; for the two groups' "they", either group or
"the two groups"); never None, never a description for a named person.

First judged, on main 93f30ed (the stories committed first, in ac3f77bd): 99 of 113 right
(87.6%; 14 wrong). Wrong: a party noun ("the Republican said", "the Democrat replied") read
as a name (3); "officials" of a named body (5) and "the group" left descriptions (1);
a quotation left open at a paragraph's end given the last speaker, not its continuation's
(1); "the 82-year-old" given a 24-year-old (1); "her son" past a fronted phrase unread (1);
two spokesmen not told apart by their owners (2).

After the mends below: 102 of 113. A kin subject is read past a fronted phrase ("At the end
of the day, her son counted ..."); a name right after "the" that modifies a role noun or a
body ("the Whitaker campaign's spokesman", "The Bush family") is not the sentence's
subject; a nominal's possessive may hold "'s" ("the X campaign's spokesman"); and a nominal
naming an owner ("Crewe's spokesman") is not one whose role another named owner holds, and
is the one whose role holds that owner, though another was called "the spokesman" before.
On whole train these move 5 speakers: "The Bush family, a dynasty ..." no longer makes Jeb
Bush the topic, so "Mr. Bush also praised his younger brother's ..." is George W. Bush (3,
right); "Grayson's spokeswoman challenged ..." is no longer Murphy's spokeswoman (1, right
by gold), and its second quotation goes from her to no speaker (1; wrong before and after,
its gold Source is the word "said").

party84 (from main c08173ed): 106 of 113. A party's noun after "the" ("the Republican said")
is a nominal, never a name: the one person mentioned before it whom the article gives that
party at a mention of their name (an appositive, "Democrat Tom Hadley", a party tag "R-Nev."),
and a definite nominal is never one given another party only; "Margaret Sorensen is 82" and
"Tyler Brandvik, a 24-year-old worker" are read as ages, and "the 82-year-old" is no one given
another age. Whole train: output byte-identical (its one "the Republican said" was right).
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_64.json")
FIRST_JUDGED = 99  # right on main (93f30ed, stories committed in ac3f77bd) before any mend, of 113

DORSEY = (
    "Mark Dorsey",
    "office of Secretary of State Mark Dorsey",
    "The office of Secretary of State Mark Dorsey",
    "the office of Secretary of State Mark Dorsey",
)
OHIO_GROUPS = (
    "Ohio Voter Rights Coalition",
    "The Ohio Voter Rights Coalition",
    "the Ohio Voter Rights Coalition",
    "League of Women Voters of Ohio",
    "The League of Women Voters of Ohio",
    "the League of Women Voters of Ohio",
    "The two groups",
    "the two groups",
    "two groups",
)
CUYAHOGA = (
    "Cuyahoga County Board of Elections",
    "The Cuyahoga County Board of Elections",
    "the Cuyahoga County Board of Elections",
)
HARCOURT = ("Harcourt Air Systems",)
STEELWORKERS = ("United Steelworkers Local 1142",)
NC_BOARD = (
    "North Carolina State Board of Elections",
    "The North Carolina State Board of Elections",
    "the North Carolina State Board of Elections",
)
PROBES_64: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ("k01", "Six years ago", ("Gregory Tallis",)),
    ("k01", "Nothing about him", ("Gregory Tallis",)),
    ("k01", "The senator has voted", ("Harlan Voss",)),
    ("k01", "I have never cast", ("Gregory Tallis",)),
    ("k01", "He voted for the study", ("Harlan Voss",)),
    ("k01", "The study is how", ("Harlan Voss",)),
    ("k01", "You missed 140", ("Gregory Tallis",)),
    ("k01", "I was home", ("Harlan Voss",)),
    ("k01", "I'm sorry for his", ("Gregory Tallis",)),
    ("k01", "That doesn't change", ("Gregory Tallis",)),
    ("k01", "Voters knew about", ("Brent Oakes",)),
    ("k02", "I don't need anybody's", ("Preston Hallowell",)),
    ("k02", "I've balanced eight", ("Walter Brinkley",)),
    ("k02", "A big checkbook", ("Walter Brinkley",)),
    ("k02", "The former governor is", ("Preston Hallowell",)),
    ("k02", "My time has passed", ("Walter Brinkley",)),
    ("k02", "Gov. Brinkley created", ("Carla Jennings",)),
    ("k02", "The chamber backs", ("Nate Albrecht",)),
    ("k02", "Both of them", ("Rhonda Ostermann",)),
    ("k02", "I'd like to talk", ("Rhonda Ostermann",)),
    ("k03", "I voted to repeal", ("Janelle Fairbanks",)),
    ("k03", "Premiums here", ("Janelle Fairbanks",)),
    ("k03", "She took away", ("Lucia Montenegro",)),
    ("k03", "I have a man", ("Lucia Montenegro",)),
    ("k03", "That's exactly why", ("Janelle Fairbanks",)),
    ("k03", "My mother cleaned", ("Lucia Montenegro",)),
    ("k03", "When she got cancer", ("Lucia Montenegro",)),
    ("k03", "I'm sorry about her", ("Janelle Fairbanks",)),
    ("k03", "Lucia Montenegro is a nice", ("Tara Whitlock",)),
    ("k03", "They wouldn't spend", ("Danielle Osei",)),
    ("k04", "Ohio's list maintenance", DORSEY),
    ("k04", "Nobody who is eligible", ("Ken Ruehl",)),
    ("k04", "If they move", ("Ken Ruehl",)),
    ("k04", "We found a woman", ("Alvin Trask",)),
    ("k04", "We wrote letters", ("Judith Kowalczyk",)),
    ("k04", "Every week that passes", OHIO_GROUPS),
    ("k04", "People are calling", CUYAHOGA),
    ("k04", "We don't make the list", ("Pat McCaffrey",)),
    ("k04", "This is a fundraising", ("Gina Falcone",)),
    ("k05", "I've knocked on every", ("Margaret Sorensen",)),
    ("k05", "Some of them I've", ("Margaret Sorensen",)),
    ("k05", "Are you caucusing", ("Margaret Sorensen",)),
    ("k05", "Maybe. I don't", ("Tyler Brandvik",)),
    ("k05", "That's all right", ("Margaret Sorensen",)),
    ("k05", "She won't let me", ("Erik Sorensen",)),
    ("k05", "We have 300", ("Dwayne Petrakis",)),
    ("k05", "I've backed more", ("Margaret Sorensen",)),
    ("k05", "Four hundred and twelve", ("Erik Sorensen",)),
    ("k05", "Four hundred and fourteen", ("Margaret Sorensen",)),
    ("k06", "They want a budget", ("Raymond Schill",)),
    ("k06", "I've said that since", ("Raymond Schill",)),
    ("k06", "The governor wants", ("Dennis Koval",)),
    ("k06", "He shook my hand", ("Raymond Schill",)),
    ("k06", "I shook his hand", ("Dennis Koval",)),
    ("k06", "Let the House", ("Harold Beidler",)),
    ("k06", "We have districts", ("Raymond Schill",)),
    ("k06", "That's not a budget", ("Raymond Schill",)),
    ("k06", "The leader is ready", ("Stephen Marek",)),
    ("k07", "I've voted Republican", ("Carolyn Aster",)),
    ("k07", "I'll write in", ("Carolyn Aster",)),
    ("k07", "Carolyn has earned", ("Beth Lindgren",)),
    ("k07", "I'm supporting the", ("Beth Lindgren",)),
    ("k07", "Senator Lindgren can't", ("Frances Oyelaran",)),
    ("k07", "Beth is a friend", ("Carolyn Aster",)),
    ("k07", "Most of us grew", ("Roger Haskins",)),
    ("k07", "They'll be together", ("Eli Brandeis",)),
    ("k07", "He hasn't called", ("Carolyn Aster",)),
    ("k08", "This was an extremely", HARCOURT),
    ("k08", "I know this news", ("Ron Feeney",)),
    ("k08", "We found out the same", STEELWORKERS),
    ("k08", "My father worked", ("Chuck Dombrowski",)),
    ("k08", "A man next to me", ("Tamika Hurd",)),
    ("k08", "We will do right", ("Beth Anders",)),
    ("k08", "Washington's trade deals", ("Todd Brewer",)),
    ("k08", "I voted against those", ("Evan Lockridge",)),
    ("k08", "I want to hear", ("Todd Brewer",)),
    ("k08", "We'll sit down", ("Chuck Dombrowski",)),
    ("k09", "I liked him both", ("Conrad Ashworth",)),
    ("k09", "That's more than I", ("Conrad Ashworth",)),
    ("k09", "Ohio voters are going", ("Marcy Kettering",)),
    ("k09", "One man in Houston", ("Tom Hadley",)),
    ("k09", "I don't talk to them", ("Philip Raeburn",)),
    ("k09", "Mr. Ashworth is welcome", ("Luis Echeverria",)),
    ("k09", "Tom Hadley has been", ("Ohio Forward",)),
    ("k09", "I'm not buying", ("Conrad Ashworth",)),
    ("k09", "He's investing in", ("Tom Hadley",)),
    ("k10", "I have given this", ("Greg Sadowski",)),
    ("k10", "Renata has run", ("Andrew Tilley",)),
    ("k10", "Greg is a friend", ("Nathan Whitaker",)),
    ("k10", "When the manager jumps", ("Jared Flint",)),
    ("k10", "Senator Crewe's campaign", ("Andrew Tilley",)),
    ("k10", "Nothing changes on", ("Renata Gil",)),
    ("k10", "I wish Greg well", ("Alan Crewe",)),
    ("k10", "He'd have to ask", ("Nathan Whitaker",)),
    ("k11", "They told me a kid", ("Ben Okonkwo",)),
    ("k11", "They told me I needed", ("Ben Okonkwo",)),
    ("k11", "Well, I've waited", ("Ben Okonkwo",)),
    ("k11", "Doug has won", ("Lisa Vandermeer",)),
    ("k11", "I'm glad he's", ("Douglas Haugen",)),
    ("k11", "I hope they stay", ("Douglas Haugen",)),
    ("k11", "He used to give", ("Grace Okonkwo",)),
    ("k11", "Ask me again", ("Ben Okonkwo",)),
    ("k11", "I like Doug", ("Pete Sandoval",)),
    ("k11", "I'll race him", ("Douglas Haugen",)),
    ("k12", "The judge has substituted", ("Roy Pettibone",)),
    ("k12", "We'll be in the 4th", ("Roy Pettibone",)),
    ("k12", "This law was wrong", ("Anita Barksdale",)),
    ("k12", "The governor is celebrating", ("Roy Pettibone",)),
    ("k12", "Counties will receive", NC_BOARD),
    ("k12", "This is a good day", ("Denise Harlow",)),
    ("k12", "The legislature asked", ("Lorraine Wexler",)),
    ("k12", "We'll be ready", ("Denise Harlow",)),
    ("k12", "Voters support photo", ("Tess Gaither",)),
]

WHY_64: dict[str, str] = {  # why each quotation on KNOWN_WRONG_64 is wrong
    "open": (
        "a quotation left open at a paragraph's end and reopened in the next (“My mother"
        ' cleaned ...\\n\\n“When she got cancer ...,” she said") takes the speaker of the'
        " paragraph before (the previous-paragraph sieve: the last one quoted), not the cue of"
        " its own continuation"
    ),
    "officials": (
        '"officials said", "board officials said", "company officials said", "union officials'
        ' said" after the organisation is named: given the plural description, not the'
        " organisation (dev's hand table leaves such groups out, so this judging rule is"
        " stricter than the corpus)"
    ),
    "group": (
        '"Ohio Forward later released a statement ... “...,” the group said": the body noun is'
        ' left a description ("group"), not the super PAC named in the sentence before'
    ),
}

KNOWN_WRONG_64 = known_wrong_from(  # what On Record gives, why
    WHY_64,
    [
        ("k03", "My mother cleaned", "Janelle Fairbanks", "open"),
        ("k04", "Ohio's list maintenance", "officials", "officials"),
        ("k04", "People are calling", "board officials", "officials"),
        ("k08", "This was an extremely", "company officials", "officials"),
        ("k08", "We found out the same", "union officials", "officials"),
        ("k09", "Tom Hadley has been", "group", "group"),
        ("k12", "Counties will receive", "officials", "officials"),
    ],
)

test_probe_speaker_coref64_batch, test_coref64_batch_figure = judged_batch_tests(
    "coref64", PROBES, PROBES_64, KNOWN_WRONG_64, FIRST_JUDGED, size=113
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 93f30ed)

N = "\n\n"
LIND = (
    "Gov. Ada Lind's campaign hired a new pollster on Monday. The campaign's spokesman, Paul"
    " Roe, confirmed the hire."
)


def test_a_kin_subject_past_a_fronted_phrase() -> None:
    """ "At the end of the day, her son counted the ballots twice. “...,” he said": the son
    named before, as "Her son counted ..." opening the sentence gives (main: the neighbor
    quoted last)."""
    text = (
        "Ruth Abel, 80, has run the polling place at Grace Church since 1984. Her son, Dan"
        " Abel, drives her there."
        + N
        + "Ted Marsh, a neighbor, said the two never miss an election. “They are here before"
        " the janitor,” he said."
        + N
        + "At the end of the day, her son counted the ballots twice. “Four hundred and six,” he"
        " said."
    )
    assert _speaker(text, "Four hundred") == "Dan Abel"


def test_a_named_owner_tells_two_spokesmen_apart() -> None:
    """ "Birch's spokesman said" after "the spokesman" meant Lind's: the one whose role is
    written "Sen. Hal Birch's spokesman" (main: Roe, already taken for "the spokesman")."""
    text = (
        LIND
        + " “We wanted the best,” the spokesman said."
        + N
        + "Sen. Hal Birch's spokesman, Tom Kerr, called it a sign of panic. “They are scared,”"
        " Birch's spokesman said."
    )
    assert _speaker(text, "They are scared") == "Tom Kerr"


def test_a_name_modifying_a_role_noun_is_not_the_subject() -> None:
    """ "Told of the remark, the Lind campaign's spokesman laughed. “...,” he said": the
    spokesman is the subject, not Lind (main: the governor is no man here, so Kerr, quoted
    last); of two spokesmen, not the one another owns."""
    text = (
        LIND
        + N
        + "Sen. Hal Birch's spokesman, Tom Kerr, called it a sign of panic. “They are scared,”"
        " Kerr said."
        + N
        + "Told of the remark, the Lind campaign's spokesman laughed. “We hired a pollster,"
        " not a priest,” he said."
    )
    assert _speaker(text, "We hired") == "Paul Roe"


# ---- party nouns and ages (party84; each fails on main c08173ed)


def test_a_party_noun_is_the_member_of_that_party() -> None:
    """ "the Democrat replied" in an exchange: the one the article gives that party ("Cole,
    a Democrat who ...") not the Republican whose turn came just before (main: Ames, the
    subject before); "the Republican" is the one with the party tag "R-Ore."."""
    text = (
        "Former Sen. Dell Cole spent six years out of office. On Thursday, in their only"
        " debate, he and Sen. Lyle Ames, R-Ore., barely looked at each other."
        + N
        + "Cole, a Democrat who served one term, waited for his turn. “He has done nothing,”"
        " he said."
        + N
        + "Later, Ames accused Cole of missing votes. “You were never there,” the Republican"
        " said." + N + "“I was at my father's bedside,” the Democrat replied."
    )
    assert _speaker(text, "You were never") == "Lyle Ames"
    assert _speaker(text, "bedside") == "Dell Cole"


def test_a_party_noun_is_no_one_named_after_the_party() -> None:
    """ "the Republican said" after "Attorney General Roy Vance, a Republican," and a
    sentence naming the state party: Vance, not a speaker named "Republican" (main: an
    organisation "Republican")."""
    text = (
        "Attorney General Roy Vance, a Republican, said the state would appeal. The state"
        " Republican Party said it would pay for the appeal."
        + N
        + "Vance, who is running for governor, said the ruling was political. “The court has"
        " overreached,” the Republican said."
    )
    assert _speaker(text, "The court has") == "Roy Vance"


def test_a_party_noun_is_not_one_given_another_party() -> None:
    """ "the Republican said" where the one named before is "Sen. Ann Lind, D-Ohio,": not
    her (main: Lind, the subject before)."""
    text = (
        "Sen. Ann Lind, D-Ohio, and Mayor Tom Reyes met on Friday. Lind spoke first about the"
        " budget." + N + "“We cannot wait,” the Republican said."
    )
    assert _speaker(text, "We cannot wait") != "Ann Lind"


def test_an_age_given_as_a_predicate_is_read() -> None:
    """ "Edna Pike is 82 and ..." before "the 82-year-old said": Pike, not the man named
    last with another age ("Jed Rusk, a 24-year-old welder"; main: Rusk)."""
    text = (
        "Edna Pike is 82 and has voted in every election since 1956. On Saturday she stood in"
        " line behind a young man."
        + N
        + "He said he had never voted before. He gave his name as Jed Rusk, a 24-year-old"
        " welder. “I didn't think it mattered,” he said."
        + N
        + "“It always matters,” the 82-year-old said."
    )
    assert _speaker(text, "It always matters") == "Edna Pike"


def test_an_age_nominal_is_no_one_given_another_age() -> None:
    """ "the 82-year-old said" where no one is named with that age: not "Jed Rusk, 24,",
    quoted just before (main: Rusk), but the woman the story is about."""
    text = (
        "Edna Pike has voted in every election since 1956. On Saturday she stood in line behind"
        " a young man."
        + N
        + "He said he had never voted before. “I didn't think it mattered,” said Jed Rusk, 24,"
        " a welder." + N + "“It always matters,” the 82-year-old said."
    )
    assert _speaker(text, "It always matters") == "Edna Pike"
