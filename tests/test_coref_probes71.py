"""coref71: invented probes for epithets and descriptions that name a person, a batch
after coref70 (first judged 91/104): 12 stories (100 quotations) in the held-out split's
genre (2015-16 US election news: a billionaire front-runner in New Hampshire, a Democratic
debate in Iowa, two governors on Syrian refugees, a West Virginia House race, a
Pennsylvania Senate poll, an Ohio primary line, a convention rules fight, a freshman
congresswoman's primary, the nominees in Pennsylvania, a sheriff and a mayor in Phoenix,
an astronaut against a senator in Arizona, voters at a Flint diner), every person and
every quotation invented. The speaker of most quotations is an epithet or description for
a person named earlier: "the billionaire", "the real estate mogul", "the 69-year-old",
"the retired neurosurgeon", "the front-runner", "the developer", "the former first lady",
"the Vermont senator", "the former secretary of state", "the 74-year-old", "the former
governor", "the Marylander", "the governor" with two governors in the story, "the Nevada
governor", "the Utah Republican", "the Nevada Democrat", "the Democrat" and "the
Republican" in two-party races, "the former prosecutor", "the incumbent", "the
congressman", "the challenger", a description from an appositive role ("Ana Reyes, a
pollster at Keystone Research ... the pollster said", "the professor", "the strategist",
"the Temple professor", "the Keystone pollster", "the retiree", "the pipe fitter", "the
mother of three", "the owner", "the nurse", "the lawyer"), "the freshman congresswoman",
"the state senator", "the mayor", "the GOP nominee", "the Democratic nominee", "the
businessman", "the Colorado governor", "the former senator ... she", "the sheriff", "the first-term
mayor", "the 72-year-old sheriff", "the poll worker", "the 44-year-old", "the
retired astronaut", "the two-term senator", "the former Marine"; a description for someone
named only after the quotation ("“...,” the retired teacher said. Maureen Kittle, 71,
said ..."); and descriptions that fit no one named, unnamed sources that must stay unnamed
("a senior campaign aide said, speaking on condition of anonymity", "One delegate from
Colorado ... the delegate said", "A Republican official ... the official said", "a county
supervisor who asked not to be named", "a woman at the next table", "a Democratic
strategist").

Judging rules, written with the stories before On Record read them (committed first): a
named person is right only as the name the article writes for them in full (no title); a
wife named by her given name only after a kin word ("Holloway's wife, Corinne") as that
name or with the family's surname; "the governor" with two governors in the story as the
one the sentences before are about (the one named last); an unnamed source as a phrase the
article uses for it, with or without its article and in either case ("a senior campaign
aide", "senior campaign aide"), never a named person, never None; a description for a
named person is wrong (never a description, never None).

First judged, on main 36fac7e2 (the stories committed first, in 189e3873): 87 of 100 right
(13 wrong, 13.0%). Wrong, by kind: a description given to a person it does not fit while
another named person fits it (5: "the governor" the other governor, "the challenger" the
incumbent twice, "the Democratic nominee" the Republican nominee, "the Republican
front-runner" his rival); a description left a description though the article gave the
person that role (3: "the developer", "the former secretary of state", "the mother of
three"); an age given no one though one person has it (2: "the 69-year-old", "the
61-year-old"); a description for someone named only after the quotation (3: "the retired
teacher", "the first-time voter", "the union electrician"). The unnamed sources all
stayed unnamed.

After the mends (from 36fac7e2): 91 of 100 (9.0% wrong). An age adjective ending a noun
phrase makes the speech verb's past form after it a verb ("the 61-year-old said/NN on
Friday"); a party word before a nominal's head rules out one the article gives another
party ("the Democratic nominee" is not "The Republican nominee, businessman Wade
Collier"); "the mother of three" is a description, the count of children no "of" and an
indefinite; and the role grammar reads "the governor of neighboring/VBG Utah, Martin
Oakes,". Tried and reverted: the subject just before as the nominal where the article
writes at its naming a role the noun names (it made "the governor" Oakes and "the former
secretary of state" Marsh, but on whole train made "the president" Dan Gross, "president
of the Brady Campaign", and broke coref64's k10). Left (KNOWN_WRONG_71): those two;
"the challenger" (2) and "the Republican front-runner", which the article says of a
person but writes as no role; "the developer" named paragraphs before; three
descriptions named only after the quotation (such a paragraph is nowhere on whole train,
so no mend was tried). coref72 (NominalResolver.introduced_next) makes two of those right, "the
retired teacher" and "the union electrician", the quotation opening their paragraph:
93 of 100; "said the first-time voter" is left. coref73 (the sides of a race the article
states, NominalResolver.challenger) makes "the challenger" right twice, the one set against the
seat's holder ("pits Ortiz ... against Rep. Hal Brenner, who is seeking a fourth term";
"Rep. Tamsin Lyle won her seat ... Her opponent, state Sen. Oscar Villanueva"): 95 of 100.
"""

from __future__ import annotations

import pytest

from core.roles import ArticleRoles
from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from, unnamed
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_71.json")
FIRST_JUDGED = 87  # right on main (36fac7e2, stories committed in 189e3873) before any mend, of 100

AIDE = unnamed("a senior campaign aide", "senior campaign aide")
DELEGATE = unnamed("One delegate from Colorado", "One delegate", "the delegate", "delegate")
OFFICIAL = unnamed(
    "A Republican official familiar with the rules committee's work",
    "A Republican official",
    "Republican official",
    "the official",
    "official",
)
SUPERVISOR = unnamed(
    "a county supervisor who asked not to be named", "a county supervisor", "county supervisor"
)
WOMAN = unnamed("a woman at the next table", "a woman", "woman")
STRATEGIST = unnamed("a Democratic strategist", "Democratic strategist")
PROBES_71: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ("q01", "We're going to win so much", ("Conrad Vale",)),
    ("q01", "They said I'd be gone", ("Conrad Vale",)),
    ("q01", "I feel like I'm 35", ("Conrad Vale",)),
    ("q01", "You don't fix a country", ("Everett Gaines",)),
    ("q01", "That's not how I was raised", ("Everett Gaines",)),
    ("q01", "Nice man", ("Conrad Vale",)),
    ("q01", "We have the money", ("Priya Anand",)),
    ("q01", "He'll be in third", ("Conrad Vale",)),
    ("q01", "I'm the only one who can win", ("Conrad Vale",)),
    ("q02", "I have taken on the banks", ("Evelyn Marsh",)),
    ("q02", "You don't take $600,000", ("Abe Kessler",)),
    ("q02", "I will match my record", ("Evelyn Marsh",)),
    ("q02", "The system is rigged", ("Abe Kessler",)),
    ("q02", "Everybody in Iowa", ("Abe Kessler",)),
    ("q02", "I said what I believe", ("Abe Kessler",)),
    ("q02", "I'd like to be heard", ("Dennis Pruitt",)),
    ("q02", "I'm not going anywhere", ("Dennis Pruitt",)),
    ("q02", "She was the only one", ("Tanya Cole",)),
    ("q03", "We are not going to close", ("Ruth Dalby",)),
    ("q03", "That is not who Nevada", ("Ruth Dalby",)),
    ("q03", "Until the federal government", ("Martin Oakes",)),
    ("q03", "I like Martin", ("Ruth Dalby",)),
    ("q03", "I asked them three questions", ("Martin Oakes",)),
    ("q03", "I hope some of them", ("Ruth Dalby",)),
    ("q03", "They have built lives", ("Ruth Dalby",)),
    ("q03", "The governor has made", ("Brent Lyle",)),
    ("q04", "Coal built this valley", ("Lena Ortiz",)),
    ("q04", "She can say whatever", ("Hal Brenner",)),
    ("q04", "In Washington she'll vote", ("Hal Brenner",)),
    ("q04", "I've put people in prison", ("Lena Ortiz",)),
    ("q04", "I don't apologize", ("Hal Brenner",)),
    ("q04", "He's afraid of the questions", ("Lena Ortiz",)),
    ("q04", "I'll debate him", ("Lena Ortiz",)),
    ("q04", "I answer questions every day", ("Hal Brenner",)),
    ("q04", "Our members are split", ("Gary Pelt",)),
    ("q05", "This race has been tied", ("Ana Reyes",)),
    ("q05", "Nobody is breaking through", ("Ana Reyes",)),
    ("q05", "Bucks and Montgomery", ("Douglas Whitford",)),
    ("q05", "Keystone does careful work", ("Douglas Whitford",)),
    ("q05", "I've been to all 67", ("Carl Haney",)),
    ("q05", "He never shows up", ("Maria Benning",)),
    ("q05", "She's running ahead", ("Ana Reyes",)),
    ("q05", "Haney has a problem", ("Ana Reyes",)),
    ("q05", "He needs a good October", ("Marcus Lee",)),
    ("q06", "I've voted in every primary", ("Maureen Kittle",)),
    ("q06", "This year it actually feels", ("Jasmine Howell",)),
    ("q06", "My mother made me promise", ("Jasmine Howell",)),
    ("q06", "We ran out of stickers", ("Ron Stiles",)),
    ("q06", "Bring a chair", ("Ron Stiles",)),
    ("q06", "They should have opened", ("Dale Freeman",)),
    ("q06", "Every voter in line", ("Janet Burke",)),
    ("q06", "I'll wait all day", ("Maureen Kittle",)),
    ("q07", "He thinks he can still win", AIDE),
    ("q07", "We are going to force", ("Grant Holloway",)),
    ("q07", "We're staying until", ("Grant Holloway",)),
    ("q07", "I told them I'm bound", DELEGATE),
    ("q07", "There will be no roll call", ("Reid Pomeroy",)),
    ("q07", "The chairman is afraid", ("Grant Holloway",)),
    ("q07", "They have 11 states", OFFICIAL),
    ("q07", "He's not quitting", ("Corinne", "Corinne Holloway")),
    ("q08", "I knew this seat", ("Tamsin Lyle",)),
    ("q08", "Two years, and not a single bill", ("Oscar Villanueva",)),
    ("q08", "That amendment saved", ("Tamsin Lyle",)),
    ("q08", "Oscar has delivered", ("Carlos Ibarra",)),
    ("q08", "This is not personal", ("Carlos Ibarra",)),
    ("q08", "The mayor endorses", ("Tamsin Lyle",)),
    ("q08", "I'm not running against her", ("Oscar Villanueva",)),
    ("q09", "If we win Pennsylvania", ("Wade Collier",)),
    ("q09", "Pennsylvania knows who", ("Helen Abernathy",)),
    ("q09", "I love Scranton", ("Wade Collier",)),
    ("q09", "She has been in Washington", ("Wade Collier",)),
    ("q09", "This is a choice between", ("Luis Ortega",)),
    ("q09", "We need every vote", ("Frank DiMarco",)),
    ("q09", "She'll win the city", STRATEGIST),
    ("q09", "I'll see you at the polls", ("Helen Abernathy",)),
    ("q10", "The sheriff runs his office", ("Rosa Quintero",)),
    ("q10", "The mayor wants to be governor", ("Lyle Danvers",)),
    ("q10", "We follow the Constitution", ("Rosa Quintero",)),
    ("q10", "The council is behind me", ("Rosa Quintero",)),
    ("q10", "I've been sheriff for 23 years", ("Lyle Danvers",)),
    ("q10", "I'll take my chances", ("Lyle Danvers",)),
    ("q10", "We're ready", ("Howard Chen",)),
    ("q10", "The 72-year-old should retire", SUPERVISOR),
    ("q11", "I've seen this planet", ("Karen Alvord",)),
    ("q11", "She's never cast a vote", ("Bruce Tolliver",)),
    ("q11", "Arizona knows me", ("Bruce Tolliver",)),
    ("q11", "I'm sure the senator", ("Karen Alvord",)),
    ("q11", "We feel very good", ("Stan Reedy",)),
    ("q11", "I served in Vietnam", ("Bruce Tolliver",)),
    ("q11", "I don't need a lecture", ("Bruce Tolliver",)),
    ("q11", "Voters are tired", ("Karen Alvord",)),
    ("q12", "This year I'm not sure", ("Walter Nash",)),
    ("q12", "Nobody talks about us", ("Walter Nash",)),
    ("q12", "Somebody finally does", ("Eddie Sobczak",)),
    ("q12", "Both parties forgot Flint", ("Eddie Sobczak",)),
    ("q12", "My kids drank", ("Lorraine Dubois",)),
    ("q12", "Too many arguments", ("Gus Petrakis",)),
    ("q12", "I'm voting for whoever", WOMAN),
    ("q12", "I'll know when I see", ("Walter Nash",)),
    ("q12", "I'm done waiting", ("Lorraine Dubois",)),
]  # fmt: skip

WHY_71: dict[str, str] = {  # why each quotation on KNOWN_WRONG_71 is wrong
    "unread": (
        '"the developer" left a description: "Conrad Vale, the billionaire real estate'
        ' developer leading the Republican field," is named paragraphs before, out of the'
        " reach a description is read in, and the sentence before has no subject"
    ),
    "other": (
        "a description given to the subject just before, whom it does not fit, another named"
        ' person fitting it: "the Republican front-runner" his rival (Vale "leading the'
        ' Republican field"): what makes one the front-runner is said, not written as a role'
        ' ("the challenger" twice right since coref73: the sides of a race)'
    ),
    "office": (
        '"the governor" given Gov. Ruth Dalby, not the subject just before, Oakes, named as "the'
        ' governor of neighboring Utah"; "the former secretary of state" left a description'
        ' though "Marsh, 68, served four years as secretary of state" is the sentence before: a'
        " mend preferring the subject just before whose written role fits moved one train"
        ' quotation by misreading "the president" and broke coref64\'s k10, so it was reverted'
    ),
    "later": (
        'a description for someone named only after the quotation, its verb before it ("“...,”'
        " said the first-time voter, who had come with her mother. Jasmine Howell, 18, said"
        ' ..."), given the person named before (coref72 reads "“...,” the retired teacher'
        ' said. Maureen Kittle, 71, said" as Kittle, the quotation opening the paragraph)'
    ),
}

KNOWN_WRONG_71 = known_wrong_from(  # what On Record gives, why
    WHY_71,
    [
        ("q01", "He'll be in third", "developer", "unread"),
        ("q01", "I'm the only one who can win", "Everett Gaines", "other"),
        ("q02", "I will match my record", "former secretary of state", "office"),
        ("q03", "Until the federal government", "Ruth Dalby", "office"),
        ("q06", "This year it actually feels", "Maureen Kittle", "later"),
    ],
)

test_probe_speaker_coref71_batch, test_coref71_batch_figure = judged_batch_tests(
    "coref71", PROBES, PROBES_71, KNOWN_WRONG_71, FIRST_JUDGED, size=100
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 36fac7e2)

N = "\n\n"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Ada Lusk, a banker, spoke first." + N + "Tom Rhee, 61, skipped the debate. “He's"
         " afraid,” Lusk said." + N + "“I answer questions every day,” the 61-year-old said"
         " on Friday.", "every day", "Tom Rhee"),
        ("The Republican nominee, businessman Wade Coll, spoke in Erie." + N + "“We will"
         " win,” the GOP nominee said." + N + "His Democratic rival, former Sen. Helen Abbot,"
         " campaigned in Philadelphia. “Pennsylvania knows me,” the Democratic nominee said.",
         "knows me", "Helen Abbot"),
        ("Lena Dubb, a nurse and mother of three, said the water was all that mattered. “My"
         " kids drank it,” the mother of three said.", "kids drank", "Lena Dubb"),
    ],
)  # fmt: skip
def test_a_description_is_the_person_the_article_gives_it(
    text: str, fragment: str, speaker: str
) -> None:
    """A description speaking is the one person the article describes so (main: "the
    61-year-old said/NN on Friday" no speech, so no one; "the Democratic nominee" the
    Republican nominee; "the mother of three" left a description, the count of children
    read as "of" and an indefinite)."""
    assert _speaker(text, fragment) == speaker


def test_a_role_set_before_a_name_with_a_participle_before_its_place() -> None:
    """ "the governor of neighboring Utah, Martin Oakes,": the tagger's VBG "neighboring"
    before the place's name no longer ends the phrase set before the name (main: no role)."""
    text = "He spoke a day after the governor of neighboring Utah, Mark Oaks, said no."
    start = text.index("Mark Oaks")
    assert list(ArticleRoles(text).at(start, start + len("Mark Oaks"))) == [
        "governor of neighboring Utah"
    ]
