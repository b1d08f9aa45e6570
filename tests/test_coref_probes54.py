"""coref54: invented probes for pronouns and nominals in the held-out split's genre, an
eighth batch after coref41, 44, 46, 48, 49, 50 and 52: 35 short stories (305 quotations) of
US politics news in the 2015-16 style (primaries, debates, a convention, Senate and House
races, a court nominee, a filibuster, a voter ID ruling, a super PAC, a tell-all, a mayor's
race), every person invented. Built on what coreference must resolve: "he"/"she" across
paragraphs with two people of the same sex, nominals whose role is only implied by the story
("the billionaire", "the front-runner", "the Vermont senator", "the former first lady", "the
freshman congressman", "the 74-year-old", "the Texan", "the retired neurosurgeon", "the
governor's chief of staff", "the Pennsylvanian", "the New Mexican", "the younger delegate"),
"the campaign said", "his campaign said", "the White House said", "it said", a spokeswoman
speaking for a senator, couples speaking as "they" ("Ron and Patty Gilchrist", "the
Kesslers"), a surname alone after a titled full name, a person named first by title only
("the mayor", "the speaker") and named later, and two people sharing a surname (spouses;
father and son "Jr.", "the elder Pell", "the younger Whitcomb").

The stories and the judged list were written together and committed before On Record read
them (built from marked text by /work/notes/coref54_scripts/gen.py). A campaign's statement
is judged right when given as the candidate's campaign ("Whitcomb campaign" or "Whitcomb's
campaign"); a couple's "they" when given as either of them. The quotations still wrong are
listed in KNOWN_WRONG_54 with what On Record gives and why; the figure is printed by
``test_coref54_batch_figure`` (run with -s).

First judged, on main 0763bbd before any mend: 279 of 305 right (91.5%; 26 wrong). After the
mends below: 297 of 305 (97.4%). The largest kind wrong first was the nominal whose role only
the story implies (10: "the South Carolinian", "the billionaire", "the front-runner", "the
father" of "whose son", "the senator from Texas", "the younger delegate", "the governor's
chief of staff"); then a couple speaking as one or by their plural surname (5), a father
named after his son "Jr." (3 + 2 of "the candidate" taken for the son), a title named only
later ("the mayor", "the speaker": 4) and "the campaign" of a possessive owner (2).
coref55's mends made five more right (302): c04, c09, c11 and c34 x2.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_54.json")
FIRST_JUDGED = 279  # right on main (0763bbd) before any mend, of 305

PROBES_54: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("c01", "They said I", ("Grant Whitcomb",)),
    ("c01", "Well, look around.", ("Grant Whitcomb",)),
    ("c01", "I'm not going", ("Doyle Pruett",)),
    ("c01", "I'm going to", ("Doyle Pruett",)),
    ("c01", "A man who", ("Leland Tisch",)),
    ("c01", "You don't learn", ("Leland Tisch",)),
    ("c01", "He's at 2", ("Grant Whitcomb",)),
    ("c01", "Two! My doorman", ("Grant Whitcomb",)),
    ("c01", "We had to", ("Whitcomb campaign", "Whitcomb's campaign", "Grant Whitcomb's campaign")),
    ("c01", "I've been called", ("Leland Tisch",)),
    ("c02", "You cannot regulate", ("Elias Brandt",)),
    ("c02", "That is an", ("Diane Marchetti",)),
    ("c02", "Show me one", ("Diane Marchetti",)),
    ("c02", "I don't have", ("Elias Brandt",)),
    ("c02", "I don't want", ("Elias Brandt",)),
    ("c02", "Will you release", ("Carla Jimenez",)),
    ("c02", "When everyone else", ("Diane Marchetti",)),
    ("c02", "People want a", ("Jeff Wolcott",)),
    ("c02", "She was presidential,", ("Paul Rennick",)),
    ("c02", "He was angry.", ("Paul Rennick",)),
    ("c03", "I ran on", ("Tyler Voss",)),
    ("c03", "I'm not going", ("Tyler Voss",)),
    ("c03", "Roads don't build", ("Carl Mendenhall",)),
    ("c03", "Tyler will learn", ("Carl Mendenhall",)),
    ("c03", "He asked me", ("Tyler Voss",)),
    ("c03", "I thought about", ("Tyler Voss",)),
    ("c03", "Members vote their", ("Dwayne Corliss",)),
    ("c03", "That's how it's", ("Dwayne Corliss",)),
    ("c03", "That's a bipartisan", ("Carl Mendenhall",)),
    ("c04", "I did not", ("Marcus Tolliver",)),
    ("c04", "I was happy", ("Marcus Tolliver",)),
    ("c04", "Over 80 percent", ("Barry Kessel",)),
    ("c04", "That's a movement.", ("Barry Kessel",)),
    ("c04", "I have separated", ("Marcus Tolliver",)),
    ("c04", "I can learn", ("Marcus Tolliver",)),
    ("c04", "He doesn't yell,", ("Gary Hubbell",)),
    ("c04", "People are tired", ("Gary Hubbell",)),
    (
        "c04",
        "Dr. Tolliver will",
        ("Tolliver campaign", "Tolliver's campaign", "Marcus Tolliver's campaign"),
    ),
    ("c05", "Every question the", ("Linda Okoro",)),
    ("c05", "They will get", ("Linda Okoro",)),
    ("c05", "I listened more", ("Linda Okoro",)),
    ("c05", "My brother had", ("Keisha Barlow",)),
    ("c05", "Everybody saw it.", ("Keisha Barlow",)),
    ("c05", "We will cooperate", ("Harold Brink",)),
    ("c05", "We don't trust", ("Keisha Barlow",)),
    ("c05", "Nobody would.", ("Keisha Barlow",)),
    ("c05", "If I were", ("Linda Okoro",)),
    ("c05", "So we have", ("Linda Okoro",)),
    ("c06", "He's the only", ("Ron Gilchrist", "Patty Gilchrist")),
    ("c06", "The others just", ("Ron Gilchrist", "Patty Gilchrist")),
    ("c06", "I've given to", ("Ron Gilchrist",)),
    ("c06", "I've never given", ("Ron Gilchrist",)),
    ("c06", "I told Ron,", ("Patty Gilchrist",)),
    ("c06", "Half measures never", ("Patty Gilchrist",)),
    ("c06", "This puts us", ("Dale Hutchins",)),
    ("c06", "A single couple", ("Meredith Lang",)),
    ("c06", "That should worry", ("Meredith Lang",)),
    ("c06", "We've been called", ("Patty Gilchrist",)),
    ("c07", "I learned what", ("Howard Pell Jr.",)),
    ("c07", "Now it's my", ("Howard Pell Jr.",)),
    ("c07", "I never asked", ("Howard Pell",)),
    ("c07", "I'm not sure", ("Howard Pell",)),
    ("c07", "This isn't a", ("Rita Voigt",)),
    ("c07", "It's a seat", ("Rita Voigt",)),
    ("c07", "I disagree with", ("Howard Pell Jr.",)),
    ("c07", "Ask him about", ("Howard Pell Jr.",)),
    ("c07", "He's right about", ("Howard Pell",)),
    ("c08", "The strategy is", ("Joanna Whitfield",)),
    ("c08", "Nobody promised this", ("Joanna Whitfield",)),
    ("c08", "Hope is not", ("Roger Allard",)),
    ("c08", "The president should", ("Bill Tennant",)),
    ("c08", "All of them.", ("Bill Tennant",)),
    ("c08", "He does not", ("Joanna Whitfield",)),
    ("c08", "These gains are", ("White House",)),
    ("c08", "They are the", ("White House",)),
    ("c08", "Fourteen towns,", ("Roger Allard",)),
    ("c08", "They've lost a", ("Roger Allard",)),
    ("c09", "I made mistakes", ("Nora Bellamy",)),
    ("c09", "Nora has been", ("Pamela Strickland",)),
    ("c09", "But the people", ("Pamela Strickland",)),
    ("c09", "The governor can't", ("Loretta Vance",)),
    ("c09", "That's not how", ("Loretta Vance",)),
    ("c09", "We have an", ("Pamela Strickland",)),
    ("c09", "Let her do", ("Pamela Strickland",)),
    ("c09", "She has nothing", ("Mark Ostrowski",)),
    ("c09", "Then she won't", ("Loretta Vance",)),
    ("c10", "I have seen", ("Walter Ashby",)),
    ("c10", "Nobody has to", ("Walter Ashby",)),
    ("c10", "Arizona needs someone", ("Gene Sorrell",)),
    ("c10", "I'll be here", ("Walter Ashby",)),
    ("c10", "My mother lived", ("Walter Ashby",)),
    ("c10", "I have great", ("Gene Sorrell",)),
    ("c10", "I just disagree", ("Gene Sorrell",)),
    ("c10", "He's one of", ("Ed Kowalski",)),
    ("c10", "He knows what", ("Ed Kowalski",)),
    ("c11", "He wrote it,", ("Rafe Calloway",)),
    ("c11", "I have never", ("Martin Kealoha",)),
    ("c11", "Rafe knows that.", ("Martin Kealoha",)),
    ("c11", "My son believes", ("Rafael Calloway",)),
    ("c11", "He learned that", ("Rafael Calloway",)),
    ("c11", "He's a good", ("Martin Kealoha",)),
    ("c11", "I just wish", ("Martin Kealoha",)),
    ("c11", "Marty gets angry", ("Rafe Calloway",)),
    ("c12", "The senator believes", ("Erin Malloy",)),
    ("c12", "She won't be", ("Erin Malloy",)),
    ("c12", "She's had good", ("Erin Malloy",)),
    ("c12", "She doesn't want", ("Ann Ridley",)),
    ("c12", "I don't blame", ("Ann Ridley",)),
    ("c12", "I've got my", ("Judith Kerr",)),
    ("c12", "That's where my", ("Judith Kerr",)),
    ("c12", "Voters deserve to", ("Tom Blaisdell",)),
    ("c13", "I've set up", ("Susan Ebright",)),
    ("c13", "My staff knows", ("Susan Ebright",)),
    ("c13", "I will never", ("Tom Ebright",)),
    ("c13", "I'm not an", ("Tom Ebright",)),
    ("c13", "They share a", ("Harriet Dunleavy",)),
    ("c13", "What exactly is", ("Harriet Dunleavy",)),
    ("c13", "It's a family", ("Kyle Brandauer",)),
    ("c13", "She went to", ("Monica Feld",)),
    ("c13", "Before anybody asked.", ("Monica Feld",)),
    ("c14", "I'll do my", ("Barbara Nyquist",)),
    ("c14", "Don't ask me", ("Barbara Nyquist",)),
    ("c14", "He's the first", ("Jessica Tran",)),
    ("c14", "My dad watched", ("Jessica Tran",)),
    ("c14", "We used to", ("Barbara Nyquist",)),
    ("c14", "Now we're the", ("Barbara Nyquist",)),
    ("c14", "That's what losing", ("Jessica Tran",)),
    ("c14", "We're a big", ("Vern Haugland",)),
    ("c15", "Where is the", ("Rafe Calloway",)),
    ("c15", "It's coming, and", ("Grant Whitcomb",)),
    ("c15", "You built your", ("Leland Tisch",)),
    ("c15", "Leland, you're at", ("Grant Whitcomb",)),
    ("c15", "Nobody's listening.", ("Grant Whitcomb",)),
    ("c15", "The American people", ("Sharon Pettibone",)),
    ("c15", "They care about", ("Sharon Pettibone",)),
    ("c15", "He had no", ("Rafe Calloway",)),
    ("c15", "Everybody saw it.", ("Rafe Calloway",)),
    ("c16", "Campaigns are a", ("Curtis Lamb",)),
    ("c16", "We're playing to", ("Curtis Lamb",)),
    ("c16", "Ninety percent of", ("Anita Sorensen",)),
    ("c16", "That's high even", ("Anita Sorensen",)),
    ("c16", "I don't talk", ("Sharon Pettibone",)),
    ("c16", "She's never called", ("Curtis Lamb",)),
    ("c16", "Not once since", ("Curtis Lamb",)),
    ("c16", "Forward Carolina will", ("Forward Carolina",)),
    ("c17", "Mitch is the", ("Doyle Pruett",)),
    ("c17", "He's also tougher", ("Doyle Pruett",)),
    ("c17", "Karen and I", ("Mitchell Haines",)),
    ("c17", "We're ready to", ("Mitchell Haines",)),
    ("c17", "Doyle has been", ("Clarissa Pruett",)),
    ("c17", "He told me", ("Clarissa Pruett",)),
    ("c17", "Governor Haines has", ("Tasha Merriweather",)),
    ("c17", "That's the ticket:", ("Tasha Merriweather",)),
    ("c17", "Our graduation rate", ("Mitchell Haines",)),
    ("c17", "Look it up.", ("Mitchell Haines",)),
    ("c18", "The votes aren't", ("Ron Castellano",)),
    ("c18", "We have a", ("Ron Castellano",)),
    ("c18", "He has the", ("Denise Albright",)),
    ("c18", "I came here", ("Gail Harrow",)),
    ("c18", "They wouldn't even", ("Gail Harrow",)),
    ("c18", "My heart breaks", ("Ron Castellano",)),
    ("c18", "But I have", ("Ron Castellano",)),
    ("c18", "I'm not going anywhere,", ("Denise Albright",)),
    ("c19", "The cure is", ("Franklin Oduya",)),
    ("c19", "This law was", ("Bradley Stoltz",)),
    ("c19", "One judge should", ("Bradley Stoltz",)),
    ("c19", "They told me", ("Ethel Washburn",)),
    ("c19", "I was born", ("Ethel Washburn",)),
    ("c19", "Ethel is going", ("Dana Kerrigan",)),
    ("c19", "That's what matters.", ("Dana Kerrigan",)),
    ("c19", "The Seventh Circuit", ("Bradley Stoltz",)),
    ("c19", "It will again.", ("Bradley Stoltz",)),
    ("c20", "I waited 97", ("Dennis Karcher",)),
    ("c20", "What are you", ("Dennis Karcher",)),
    ("c20", "Ninety-seven days is", ("Diane Marchetti",)),
    ("c20", "I'm sorry. I'm", ("Diane Marchetti",)),
    ("c20", "Every one of", ("Dennis Karcher",)),
    ("c20", "I'll believe it", ("Dennis Karcher",)),
    ("c20", "She didn't read", ("Phyllis Demarco",)),
    ("c20", "She actually talked", ("Phyllis Demarco",)),
    (
        "c20",
        "The former secretary",
        ("Marchetti campaign", "Marchetti's campaign", "Diane Marchetti's campaign"),
    ),
    ("c21", "Diane has been", ("James Marchetti",)),
    ("c21", "I was there.", ("James Marchetti",)),
    ("c21", "I love him,", ("Loretta Simmons",)),
    ("c21", "I'm still thinking", ("Loretta Simmons",)),
    ("c21", "He's here to", ("Gina Polk",)),
    ("c21", "We're a team,", ("James Marchetti",)),
    ("c21", "We have been", ("James Marchetti",)),
    ("c21", "The Marchettis are", ("Curtis Gadsden",)),
    ("c21", "But love is", ("Curtis Gadsden",)),
    ("c22", "We've just begun,", ("Ted Kasinski",)),
    ("c22", "Tonight, Ohio spoke", ("Ted Kasinski",)),
    ("c22", "He won his", ("Grant Whitcomb",)),
    ("c22", "I won everywhere", ("Grant Whitcomb",)),
    ("c22", "Nobody gets to", ("Jon Wexley",)),
    ("c22", "Then it's a", ("Jon Wexley",)),
    ("c22", "The voters have", ("Cory Lundgren",)),
    ("c22", "The people in", ("Cory Lundgren",)),
    ("c22", "One state at", ("Ted Kasinski",)),
    ("c23", "Reasonable prosecutors would", ("Raymond Castellanos",)),
    ("c23", "I know that's", ("Raymond Castellanos",)),
    ("c23", "If anyone else", ("Jason Tollefsen",)),
    ("c23", "I don't care", ("Raymond Castellanos",)),
    ("c23", "I never have.", ("Raymond Castellanos",)),
    ("c23", "Did she lie", ("Jason Tollefsen",)),
    ("c23", "The director gave", ("Ben Falkner",)),
    ("c23", "It's time to", ("Ben Falkner",)),
    ("c24", "This is a", ("Carol Hennessey",)),
    ("c24", "A month ago", ("Carol Hennessey",)),
    ("c24", "They are moving,", ("Carol Hennessey",)),
    ("c24", "Polls go up", ("Margaret O'Rourke",)),
    ("c24", "Our field operation", ("Margaret O'Rourke",)),
    ("c24", "It could be a tie,", ("Carol Hennessey",)),
    ("c24", "It could be a seven-point", ("Carol Hennessey",)),
    ("c24", "The crowds don't", ("Vince Albertini",)),
    ("c24", "Pennsylvania is in", ("Vince Albertini",)),
    ("c25", "They're going back,", ("Grant Whitcomb",)),
    ("c25", "And then the", ("Grant Whitcomb",)),
    ("c25", "It was not", ("Alejandro Reyna",)),
    (
        "c25",
        "The subject of",
        ("Whitcomb campaign", "Whitcomb's campaign", "Grant Whitcomb's campaign"),
    ),
    ("c25", "He's the first", ("Dale Ambrose",)),
    ("c25", "The mask is", ("Reggie Haskins",)),
    ("c25", "This is who", ("Reggie Haskins",)),
    ("c26", "I'm listening to", ("Thomas Breckin",)),
    ("c26", "A lot of", ("Thomas Breckin",)),
    ("c26", "He's the only", ("Alan Stroud",)),
    ("c26", "He would need", ("Rachel Imbrie",)),
    ("c26", "Texas closes in", ("Rachel Imbrie",)),
    ("c26", "We've given 35", ("Martha Breckin",)),
    ("c26", "I'd like a", ("Martha Breckin",)),
    ("c26", "She gets a", ("Thomas Breckin",)),
    ("c26", "Maybe the deciding", ("Thomas Breckin",)),
    ("c27", "My father has", ("Lauren Whitcomb",)),
    ("c27", "I'm one of", ("Lauren Whitcomb",)),
    ("c27", "Dad doesn't need", ("Grant Whitcomb Jr.",)),
    ("c27", "But I'll do", ("Grant Whitcomb Jr.",)),
    ("c27", "They're great, aren't", ("Grant Whitcomb",)),
    ("c27", "Better than their", ("Grant Whitcomb",)),
    ("c27", "She's the most", ("Nadine Ferris",)),
    ("c27", "She's calm, and", ("Nadine Ferris",)),
    ("c28", "She voted for", ("Catherine Moreland",)),
    ("c28", "It's in the", ("Catherine Moreland",)),
    ("c28", "I have never", ("Heidi Lusk",)),
    ("c28", "Catherine knows that.", ("Heidi Lusk",)),
    ("c28", "She let the", ("Heidi Lusk",)),
    ("c28", "Thousands of families", ("Heidi Lusk",)),
    ("c28", "That's not off", ("Catherine Moreland",)),
    ("c28", "That's the biggest", ("Catherine Moreland",)),
    ("c28", "It will come", ("Eric Lindqvist",)),
    ("c29", "The American people", ("Everett Clay",)),
    ("c29", "Let them speak", ("Everett Clay",)),
    ("c29", "The Senate has", ("White House",)),
    ("c29", "The duty is", ("Everett Clay",)),
    ("c29", "We're advising: wait.", ("Everett Clay",)),
    ("c29", "I'm grateful and", ("Miriam Achebe",)),
    ("c29", "I will do", ("Miriam Achebe",)),
    ("c29", "This has never", ("Patrick Lahm",)),
    ("c30", "I loved that", ("Kelsey Brandvold",)),
    ("c30", "Wade ran the", ("Kelsey Brandvold",)),
    ("c30", "Doyle let him.", ("Kelsey Brandvold",)),
    ("c30", "She was fired", ("Wade Hollister",)),
    ("c30", "Now she's selling", ("Wade Hollister",)),
    ("c30", "I've got a", ("Doyle Pruett",)),
    ("c30", "He never read", ("Kelsey Brandvold",)),
    ("c31", "I will stand", ("Michael Dorsey",)),
    ("c31", "Those kids can't", ("Michael Dorsey",)),
    ("c31", "Evan was 15,", ("Ray Tillotson",)),
    ("c31", "He wanted to", ("Ray Tillotson",)),
    ("c31", "He didn't need", ("Gordon Pike",)),
    ("c31", "We'd have given", ("Gordon Pike",)),
    ("c31", "Nobody offered me", ("Michael Dorsey",)),
    ("c31", "I want to", ("Ray Tillotson",)),
    ("c32", "Every trade deal", ("Frank Kowalczyk",)),
    ("c32", "Every one of", ("Frank Kowalczyk",)),
    ("c32", "Frank is right,", ("Elias Brandt",)),
    ("c32", "I voted against", ("Elias Brandt",)),
    ("c32", "This agreement has", ("White House",)),
    ("c32", "We make steel,", ("Steven Raab",)),
    ("c32", "We'll make it", ("Steven Raab",)),
    ("c32", "Every time they", ("Frank Kowalczyk",)),
    ("c33", "People are looking", ("Gary Lindahl",)),
    ("c33", "We're the third", ("Gary Lindahl",)),
    ("c33", "I know a", ("Bill Wheatley",)),
    ("c33", "They are looking", ("Bill Wheatley",)),
    ("c33", "He's a Republican", ("Darren Poole",)),
    ("c33", "Bill came over", ("Gary Lindahl",)),
    ("c33", "So did I.", ("Gary Lindahl",)),
    ("c33", "Nine is a", ("Gary Lindahl",)),
    ("c34", "We believe in", ("Mark Kessler", "Dana Kessler")),
    ("c34", "That's all there", ("Mark Kessler", "Dana Kessler")),
    ("c34", "I figured I'd", ("Mark Kessler",)),
    ("c34", "He talks, I", ("Dana Kessler",)),
    ("c34", "He remembered our", ("Dana Kessler",)),
    ("c34", "Who does that?", ("Dana Kessler",)),
    ("c34", "You can't buy", ("Colin Marsh",)),
    ("c34", "And after, if", ("Mark Kessler", "Dana Kessler")),
    ("c35", "This city is", ("Yvonne Pettaway",)),
    ("c35", "I'm going to", ("Yvonne Pettaway",)),
    ("c35", "Every candidate makes", ("Theresa Dunlap",)),
    ("c35", "But experience matters", ("Theresa Dunlap",)),
    ("c35", "We asked for", ("Louise Harbin",)),
    ("c35", "We're still waiting.", ("Louise Harbin",)),
    ("c35", "The record speaks", ("Derek Amos",)),
    ("c35", "Then let it", ("Yvonne Pettaway",)),
    ("c35", "Because nobody I", ("Yvonne Pettaway",)),
]

WHY_54 = {  # why each story's quotations on KNOWN_WRONG_54 are wrong (read, not all traced)
    "c14": '"the younger delegate shook her head": a comparative of two ages (68 and 26) is'
    " no rank the nominal finds",
    "c27": '"The candidate himself praised his children. “...,” he said": "the candidate" is'
    ' taken for the subject of the sentence before, the son ("the younger Whitcomb")',
}

KNOWN_WRONG_54 = known_wrong_from(  # what On Record gives, why
    WHY_54,
    [
        ("c14", "That's what losing", "Barbara Nyquist"),
        ("c27", "They're great, aren't", "Grant Whitcomb Jr."),
        ("c27", "Better than their", "Grant Whitcomb Jr."),
    ],
)

test_probe_speaker_coref54_batch, test_coref54_batch_figure = judged_batch_tests(
    "coref54", PROBES, PROBES_54, KNOWN_WRONG_54, FIRST_JUDGED, size=305
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 0763bbd
# but the guards, which pass on both)

N = "\n\n"


def test_a_demonym_is_the_one_named_from_its_place() -> None:
    """ "the South Carolinian", "the Vermonter": the person whose role names the place the
    demonym is made from (main: the noun itself, or the last man named)."""
    text = (
        "Sen. Wade Corrigan of South Carolina opened the hearing. Sen. Hal Brixton of Idaho"
        " spoke next. “The bill is dead,” Brixton said."
        + N
        + "“Not yet,” the South Carolinian said."
    )
    assert _speaker(text, "Not yet") == "Wade Corrigan"
    text = text.replace("South Carolina", "Vermont").replace("South Carolinian", "Vermonter")
    assert _speaker(text, "Not yet") == "Wade Corrigan"


def test_a_people_after_the_is_no_person() -> None:
    """ "The Chinese have ... “...,” the Chinese said": a demonym in "-ese" after "the" is a
    people, not someone named before (a guard; passes on main)."""
    text = (
        "Adm. Roy Hallett, 61, commands the fleet. The Chinese have protested his patrols."
        " “The patrols are provocations,” the Chinese said."
    )
    assert _speaker(text, "The patrols") != "Roy Hallett"


def test_a_ledes_title_is_the_one_titled_so_later() -> None:
    """ "The governor vetoed ... “...,” the governor said. \\n\\n Gov. Maura Quist ...": no
    one is named before the nominal, so it points ahead to the one titled so (main: the
    noun)."""
    text = (
        "The governor vetoed the school budget on Friday, calling it reckless."
        + N
        + "“We cannot spend money we do not have,” the governor said at the Capitol."
        + N
        + "Gov. Maura Quist, a Republican, has vetoed four budgets since 2013."
    )
    assert _speaker(text, "We cannot spend") == "Maura Quist"


def test_a_parent_named_after_a_junior_is_another_person() -> None:
    """ "Lyle Brandt Jr. ... His father, former Sen. Lyle Brandt, ... “...,” the elder
    Brandt said": the father, not the son named first with "Jr." (main: the son)."""
    text = (
        "Lyle Brandt Jr., a 41-year-old prosecutor, said Monday he would run for the Senate."
        " “It's time,” he said."
        + N
        + "His father, former Sen. Lyle Brandt, sat in the front row. “I had no idea,” the"
        " elder Brandt said."
    )
    assert _speaker(text, "I had no idea") == "Lyle Brandt"


def test_a_couples_plural_surname_speaks_as_the_first_of_them() -> None:
    """ "Walt and Irene Sobczak ... The Sobczaks said ... “...,” they said": the couple by
    their surname, the row to the first named (main: the noun "Sobczaks")."""
    text = (
        "Walt and Irene Sobczak have hosted the county caucus in their barn since 1996."
        + N
        + "The Sobczaks said the crowd this year was the biggest yet. “We ran out of chairs,”"
        " they said."
    )
    assert _speaker(text, "We ran out") == "Walt Sobczak"


def test_the_campaign_is_the_one_named_by_its_owner() -> None:
    """ "Pruitt's campaign said ... “...,” the campaign said": the campaign written with its
    owner's possessive before (main: "campaign")."""
    text = (
        "Sen. Dana Pruitt's campaign said Tuesday that it had raised $4 million in March."
        " “Our donors are all over the map,” the campaign said in a statement."
    )
    assert _speaker(text, "Our donors") == "Pruitt campaign"


def test_whose_son_makes_the_father() -> None:
    """ "Dale Ostrum, whose son was killed, ... “...,” the father said" (main: the noun)."""
    text = (
        "The hearing drew dozens of families. Dale Ostrum, whose son was killed at the mall,"
        " sat in the second row. Sen. Ray Iverson spoke first. “We must act,” Iverson said."
        + N
        + "“I have heard that before,” the father said."
    )
    assert _speaker(text, "I have heard") == "Dale Ostrum"


def test_an_epithet_of_no_office_is_not_the_officeholder_before_it() -> None:
    """ "Gov. Ned Faraday beat Carl Lindqvist ... The billionaire dismissed the result.
    “...,” he said": a reporter calls the governor "the governor"; the bare epithet is the
    untitled man beside him (main: the governor)."""
    text = (
        "Gov. Ned Faraday won the Michigan primary on Tuesday, beating Carl Lindqvist by"
        " nine points. “Michigan has spoken,” Faraday said."
        + N
        + "The billionaire dismissed the result. “One state,” he said."
    )
    assert _speaker(text, "One state") == "Carl Lindqvist"


def test_an_epithet_with_words_of_an_office_stays_with_the_officeholder() -> None:
    """ "President Ivo Marek ... praised Carl Lindqvist. “...,” the Czech leader said": a
    noun with words of its own names the office's holder (a guard; passes on main)."""
    text = (
        "President Ivo Marek spoke for three hours on Thursday and praised Carl Lindqvist"
        " after the news conference. “He is a talented man,” the Czech leader said."
    )
    assert _speaker(text, "He is a talented") == "Ivo Marek"
