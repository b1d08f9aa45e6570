"""attrib95: the fortieth batch of invented probes (issue 15), a fresh estimate of **who
said it on news the rules have never seen** (2015-16 US election news), in the outlets the
held-out split draws on: an AP wire story from Iowa, a Breitbart exclusive, a New York
Times story about a memo ("Ms. X", "the memo reads"), a Politico story with two rivals and
their aides in most sentences, a Fox News Sunday-show story, a forum transcript with
speaker labels, a local paper's county convention, a list article whose items open with
Title Case headlines ("Marsh Stays Cool"), an AP story from Beijing with family-name-first
names ("Foreign Ministry spokesman Lu Kaiwen", "Yoon Jae-hyun"), a Washington story of
officeholders titled with "of" ("Secretary of Labor Dwight Ransome", "Deputy Secretary of
Labor X"), a campaign-bus feature with cue verbs seldom seen ("deadpanned", "grumbled",
"quipped", "marveled", "mused", "hollered", "snapped", "crowed", "pleaded"), and a
super PAC ad story where documents and organisations speak ("its first ad calls ...", "a
narrator says", "The Malvern campaign called the ad", "a draft of the complaint").
Ordinary attributions are most of it; mixed in are the kinds issue 15 names: fronted place
and time phrases before the speaker ("In Sioux Center on Monday, X told ..."), the addressee
("telling one aide: “...”", "X turned to his press secretary, Y: “...?”"), several
candidates in a sentence, a speaker far from the cue behind two relative clauses, names
followed by a time phrase ("Carver last week called", "Haldane on Friday accused").

Every person and event is invented (places, parties, outlets and offices are real), and
every quotation is written for this batch. Every expected speaker was written before On
Record read the probes (the stories and this list were committed first). The judging rules
are attrib91's: a nominal speaker counts in either case of its first letter; a quotation's
speaker is who says, writes or reads it out in the story; a turn of a transcript is its
label's; a document's words count for the document or its author; an organisation's
statement for the organisation, the statement or its spokesman; a quotation quoted inside
another counts for the one the inner words are given to or for the one quoting them; a
quotation addressed to someone is the one who says it, never the one addressed; an unnamed
speaker for its phrase ("someone", "a narrator").
First judged on main 138679b2: 115 of 119 right (3.4% wrong). The four wrong, by kind:
a name read across an office's object ("Vice Minister of Commerce Gao Shuping" is "Commerce
Gao Shuping", so its later "Gao" is another person; the speaker is right by surname but the
name is not) (one, name reading); a cue verb in no list after the quotation ("“...,” Ocampo
hollered from the back.": no speaker) (one); an inverted cue whose verb is in no list
("“...,” crowed her spokesman, Ferris Abdallah.": the sentence before's "Fairweather")
(one); a definite description no earlier sentence gives anyone ("“...,” the retired surgeon
said", Marsh of the sentence before, not Vandeventer of the paragraph before) (one).
Mended (probes95): the words after an office's "of" (or "of the") that the tagger reads as
nouns whatever their context are the office's object, not the holder's name, where no
listed first name shows where the name begins ("Vice Minister of Commerce | Gao Shuping",
"Secretary of the Treasury | Okonjo Iweala"; ``phrases.office_object_word``), and a surname's
full name is not read back across them ("Secretary of Commerce Okafor" is Okafor): 116 of
119. Whole train: no quotation moves.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests, speaker_in_a_story
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_95.json")
FIRST_JUDGED = 115  # right on main 138679b2 before any mend, of 119

KINNICK = ("Dale Kinnick", "Kinnick", "Iowa Secretary of Agriculture Dale Kinnick")
PRUETT = ("Wade Pruett", "Pruett")
BENNING = ("Carla Benning", "Benning", "Sen. Carla Benning")
SJOGREN = ("Monte Sjogren", "Sjogren")
RFA = (
    "Renewable Fuels Association",
    *_unnamed("the Renewable Fuels Association", "an industry group", "a statement", "statement"),
)
ALDERETE = ("Josh Alderete", "Alderete", *_unnamed("campaign manager"))
CARVER = ("Hollis Carver", "Carver", "Rep. Hollis Carver")
WHITLOCK = ("Duane Whitlock", "Whitlock", "Rep. Duane Whitlock")
MANNING = ("Greer Manning", "Manning", "Sen. Greer Manning")
CIS = (
    "Center for Immigration Studies",
    *_unnamed("the Center for Immigration Studies", "a report", "report"),
)
BECKHAM = ("Roy Beckham", "Beckham")
MEMO = _unnamed("a confidential memo", "the memo", "memo", "the 14-page memo", "14-page memo")
VASQUEZ = ("Gretchen Vasquez-Thorne", "Vasquez-Thorne", "Ms. Vasquez-Thorne")
MALLOY = ("Terrence Malloy", "Malloy", "Mr. Malloy")
BRANDVOLD = ("Kyle Brandvold", "Brandvold")
HALDANE = ("Owen Haldane", "Haldane", "Sen. Owen Haldane")
BIRCHFIELD = ("Rita Birchfield", "Birchfield", "Gov. Rita Birchfield")
PARDEE = ("Will Pardee", "Pardee")
ASHCOMBE = ("Lyle Ashcombe", "Ashcombe")
MOREAU = ("Cassidy Moreau", "Moreau", *_unnamed("the aide", "aide"))
RUGGIERO = ("Ty Ruggiero", "Ruggiero", *_unnamed("a Birchfield spokesman", "spokesman"))
YANEZ = ("Hector Yanez", "Yanez")
DWYER = ("Lorraine Dwyer", "Dwyer", "Rep. Lorraine Dwyer")
TRENT = ("Marisol Trent", "Trent", *_unnamed("a VA spokeswoman", "spokeswoman", "a statement"))
SANTANGELO = ("Gil Santangelo", "Santangelo", "Rep. Gil Santangelo")
THACKERAY = ("Ned Thackeray", "Thackeray")
GRAMM = ("Alicia Gramm", "Gramm", "ALICIA GRAMM", "GRAMM", *_unnamed("moderator"))
STROUD = ("Martin Stroud", "Stroud", "STROUD", "Gov. Martin Stroud")
KELLEHER = ("Patricia Kelleher", "Kelleher", "KELLEHER", "Sen. Patricia Kelleher")
ODUYA = ("James Oduya", "Oduya", "ODUYA")
OBERHOLTZER = (
    "Vern Oberholtzer",
    "Oberholtzer",
    "Chairman of the Story County Republican Party Vern Oberholtzer",
)
PETTIBONE = ("Gail Pettibone", "Pettibone")
WOJCIK = ("Stan Wojcik", "Wojcik")
LINDAHL = ("Corey Lindahl", "Lindahl")
GILCHRIST = ("Ruth Ann Gilchrist", "Gilchrist")
SOMEONE = _unnamed("someone")
FRERICHS = ("Eldon Frerichs", "Frerichs")
VANDEVENTER = ("Clay Vandeventer", "Vandeventer", "Sen. Clay Vandeventer")
MARSH = ("Edwin Marsh", "Marsh", *_unnamed("the retired surgeon", "retired surgeon"))
ASHFORD = ("Penelope Ashford", "Ashford", "Gov. Penelope Ashford")
BRANCATO = ("Aldo Brancato", "Brancato")
DORSEY = ("Hank Dorsey", "Dorsey")
PIKE = ("Luanne Pike", "Pike", "Sen. Luanne Pike")
LU = ("Lu Kaiwen", "Lu")
RANSTEAD = ("Boyd Ranstead", "Ranstead")
GAO = ("Gao Shuping", "Gao")
YOON = ("Yoon Jae-hyun", "Yoon")
DUNBAR = ("Kelsey Dunbar", "Dunbar", *_unnamed("a statement", "statement"))
ZHANG = ("Zhang Liqun", "Zhang")
RANSOME = ("Dwight Ransome", "Ransome", "Secretary of Labor Dwight Ransome")
ABERNATHY = ("Glenn Abernathy", "Abernathy", "Rep. Glenn Abernathy")
EAGLETON = ("Corwin Eagleton", "Eagleton", "Sen. Corwin Eagleton")
CHAMBER = (
    "U.S. Chamber of Commerce",
    *_unnamed("the U.S. Chamber of Commerce", "a statement", "statement"),
)
KOWALCZYK = ("Anita Kowalczyk", "Kowalczyk", "Deputy Secretary of Labor Anita Kowalczyk")
LINDQVIST = ("Margaret Lindqvist", "Lindqvist")
TOLLIVER = ("Reid Tolliver", "Tolliver", "Sen. Reid Tolliver")
MARGUERITE = ("Marguerite", "Marguerite Tolliver", *_unnamed("his wife", "wife"))
PRITCHETT = ("Aldous Pritchett", "Pritchett", *_unnamed("the man", "an elderly man"))
SZYMANSKI = ("Bev Szymanski", "Szymanski", *_unnamed("pollster"))
OCAMPO = ("Luis Ocampo", "Ocampo", *_unnamed("press secretary"))
ABDALLAH = ("Ferris Abdallah", "Abdallah", *_unnamed("her spokesman", "spokesman"))
BUCKEYE = (
    "Buckeye Forward",
    *_unnamed("a super PAC", "super PAC", "its first ad", "first ad", "the ad", "ad"),
)
NARRATOR = (*BUCKEYE, *_unnamed("a narrator", "narrator"))
PETERKA = ("Hal Peterka", "Peterka", *_unnamed("director"))
MALVERN = ("Teresa Malvern", "Malvern", *_unnamed("the Malvern campaign", "Malvern campaign"))
FERREIRA = ("Julian Ferreira", "Ferreira", *_unnamed("a spokesman for Malvern", "a statement"))
OHIO_CHAMBER = (
    "Ohio Chamber of Commerce",
    *_unnamed("the Ohio Chamber of Commerce", "a statement", "statement"),
)
WESLEYAN = (
    "Wesleyan Media Project",
    *_unnamed("the Wesleyan Media Project", "a report", "report"),
)
BOYCE = ("Franklin Boyce", "Boyce", "Sen. Franklin Boyce")
ODP = (
    "Ohio Democratic Party",
    *_unnamed("the Ohio Democratic Party", "a draft of the complaint", "draft", "complaint"),
)
PROBES_95: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("v01", "tell corn growers they are on their own", KINNICK),
    ("v01", "read from a card", KINNICK),
    ("v01", "pull the rug out", PRUETT),
    ("v01", "outlived its purpose", BENNING),
    ("v01", "rather lose Iowa", BENNING),
    ("v01", "She can lose Iowa, then", SJOGREN),
    ("v01", "73,000 Iowa jobs", RFA),
    ("v01", "all 99 counties", ALDERETE),
    ("v01", "think she can count", KINNICK),
    ("v02", "reward lawbreakers", CARVER),
    ("v02", "call it whatever they want", CARVER),
    ("v02", "amnesty by another name", CARVER),
    ("v02", "giveaway to the Chamber", WHITLOCK),
    ("v02", "toughest enforcement bill", MANNING),
    ("v02", "said the same thing in 1986", CARVER),
    ("v02", "Three million amnesties later", CARVER),
    ("v02", "double the number of guest workers", CIS),
    ("v02", "Our members are furious", BECKHAM),
    ("v02", "stop exactly this", BECKHAM),
    ("v03", "fund-raising list", (*MEMO, *VASQUEZ)),
    ("v03", "not coming back on its own", (*MEMO, *VASQUEZ)),
    ("v03", "to start an argument", VASQUEZ),
    ("v03", "coalition is soft", VASQUEZ),
    ("v03", "largest youth organizing program", MALLOY),
    ("v03", "400 campuses", MALLOY),
    ("v03", "The memo is a snapshot", MALLOY),
    ("v03", "take young people for granted", BRANDVOLD),
    ("v03", "back for a decade", (*MEMO, *VASQUEZ, *_unnamed("it"))),
    ("v03", "write it again tomorrow", VASQUEZ),
    ("v04", "campaign of slogans", HALDANE),
    ("v04", "Bureau of Land Management", HALDANE),
    ("v04", "thinks a slogan is a plan", BIRCHFIELD),
    ("v04", "can win in November", PARDEE),
    ("v04", "stop pretending we disagree on guns", ASHCOMBE),
    ("v04", "fight about land", HALDANE),
    ("v04", "He was fired up", MOREAU),
    ("v04", "less time backstage", RUGGIERO),
    ("v04", "two points is nothing", YANEZ),
    ("v04", "whole ballgame", YANEZ),
    ("v05", "stonewalling", DWYER),
    ("v05", "slow-walking every document", DWYER),
    ("v05", "If that is what it takes", DWYER),
    ("v05", "40,000 pages", TRENT),
    ("v05", "pages of redactions", DWYER),
    ("v05", "Give the man a chance", SANTANGELO),
    ("v05", "waiting a lot longer", DWYER),
    ("v05", "cooked the books", THACKERAY),
    ("v05", "lie to a veteran", THACKERAY),
    ("v06", "Who is right?", GRAMM),
    ("v06", "corporate welfare, plain and simple", STROUD),
    ("v06", "40 companies in this state", KELLEHER),
    ("v06", "Name one.", STROUD),
    ("v06", "name six", KELLEHER),
    ("v06", "you have been quiet", GRAMM),
    ("v06", "argue about a bank", ODUYA),
    ("v06", "thirty seconds", GRAMM),
    ("v06", "enough about the Ex-Im Bank", (*ODUYA, *STROUD)),
    ("v06", "not leadership", STROUD),
    ("v06", "learn before I talk", ODUYA),
    ("v06", "take a break", GRAMM),
    ("v07", "little Christian charity", OBERHOLTZER),
    ("v07", "picked in a back room", PETTIBONE),
    ("v07", "on a Tuesday, in this building", WOJCIK),
    ("v07", "Let the delegates vote", LINDAHL),
    ("v07", "Sixty-one for the slate", GILCHRIST),
    ("v07", "Recount!", SOMEONE),
    ("v07", "The count stands", OBERHOLTZER),
    ("v07", "We are not done", PETTIBONE),
    ("v07", "Not by a long shot", PETTIBONE),
    ("v07", "threw chairs", FRERICHS),
    ("v08", "bigger than his own ego", VANDEVENTER),
    ("v08", "I have always liked Clay", MARSH),
    ("v08", "if you believe in growth", ASHFORD),
    ("v08", "with a bow on it", BRANCATO),
    ("v08", "respects strength", ASHFORD),
    ("v08", "take his phone calls", VANDEVENTER),
    ("v08", "balanced a budget", DORSEY),
    ("v08", "raising my taxes", PIKE),
    ("v08", "a whole new race", BRANCATO),
    ("v09", "irresponsible scapegoating", LU),
    ("v09", "single job in Ohio", LU),
    ("v09", "eating our lunch", RANSTEAD),
    ("v09", "ordinary American families", GAO),
    ("v09", "soybean farmers do", GAO),
    ("v09", "with great attention", YOON),
    ("v09", "gift to our competitors", YOON),
    ("v09", "lectures from Beijing", DUNBAR),
    ("v09", "every four years since 1992", ZHANG),
    ("v09", "wait and see", ZHANG),
    ("v10", "simplest raise", RANSOME),
    ("v10", "paid for 50 hours", RANSOME),
    ("v10", "crush small businesses", ABERNATHY),
    ("v10", "send it to the president", ABERNATHY),
    ("v10", "job killer dressed up", EAGLETON),
    ("v10", "convert salaried workers", CHAMBER),
    ("v10", "270,000 comments", KOWALCZYK),
    ("v10", "read every one", KOWALCZYK),
    ("v10", "wrong side of every worker", LINDQVIST),
    ("v10", "entitled to his slogan", RANSOME),
    ("v11", "metaphor for something", TOLLIVER),
    ("v11", "fix it or I am walking", MARGUERITE),
    ("v11", "The cow won both times", TOLLIVER),
    ("v11", "just for that", PRITCHETT),
    ("v11", "nothing goes right", SZYMANSKI),
    ("v11", "Did we lose Keene", TOLLIVER),
    ("v11", "We won the diner", OCAMPO),
    ("v11", "Ask me Tuesday", TOLLIVER),
    ("v11", "run from his record", ABDALLAH),
    ("v11", "get me a blanket", MARGUERITE),
    ("v12", "failed Ohio once already", BUCKEYE),
    ("v12", "second chance", NARRATOR),
    ("v12", "deserve to know her record", PETERKA),
    ("v12", "recycled lies", MALVERN),
    ("v12", "defend his own votes", FERREIRA),
    ("v12", "Ohio employers at every turn", OHIO_CHAMBER),
    ("v12", "volume to double in October", WESLEYAN),
    ("v12", "nothing to do with", BOYCE),
    ("v12", "control them", BOYCE),
    ("v12", "shared a vendor", ODP),
]  # fmt: skip
KNOWN_WRONG_95: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("v08", "I have always liked Clay"): (
        "Clay Vandeventer",
        '"Marsh did not take the bait. “...,” the retired surgeon said": a description no '
        "earlier sentence gives anyone goes to the paragraph before's speaker, not the "
        "sentence before's subject",
    ),
    ("v11", "We won the diner"): (
        None,
        '"“...,” Ocampo hollered from the back.": "hollered" is no cue, so no speaker',
    ),
    ("v11", "run from his record"): (
        "Nadia Fairweather",
        '"“...,” crowed her spokesman, Ferris Abdallah.": "crowed" is no cue, so the '
        "sentence before's named rival is taken",
    ),
}
test_probe_speaker_fortieth_batch, test_fortieth_batch_figure = judged_batch_tests(
    "probes95", PROBES, PROBES_95, KNOWN_WRONG_95, FIRST_JUDGED, size=len(PROBES_95)
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vice Minister of Commerce Gao Shuping said the talks were \u201cfrank.\u201d",
         "Gao Shuping"),
        ("\u201cThe talks were frank,\u201d said Deputy Minister of Commerce Bao Thieu.",
         "Bao Thieu"),
        ("Secretary of the Treasury Okonjo Iweala called the bond sale \u201ca success.\u201d",
         "Okonjo Iweala"),
        ("Minister of Fisheries Tamati Ruakere said the quota was \u201ca fair one.\u201d",
         "Tamati Ruakere"),
        ("Director of Communications Jaitley Arun said the memo was \u201conly a draft.\u201d",
         "Jaitley Arun"),
        ("Secretary of Commerce Okafor said the plant would \u201cstay open.\u201d", "Okafor"),
        ("Secretary of Veterans Affairs Okafor said the clinic would \u201cstay open.\u201d",
         "Okafor"),
        # a listed first name, a body's name and the office alone are read as before
        ("Secretary of Commerce Penny Ruiz said the plant would \u201cstay open.\u201d",
         "Penny Ruiz"),
        ("Chief of Staff Reince Priebus called the meeting \u201cproductive.\u201d",
         "Reince Priebus"),
        ("The U.S. Chamber of Commerce said the rule was \u201ca burden.\u201d",
         "U.S. Chamber of Commerce"),
    ],
)  # fmt: skip
def test_an_office_of_a_field_before_a_name_no_list_holds(text: str, speaker: str) -> None:
    """After an office's "of", words the tagger reads as nouns ("Commerce", "Fisheries")
    or after "the" are what the office is of, not the first words of its holder's name,
    where no listed first name shows where that name begins."""
    assert speaker_in_a_story(text) == speaker


def test_a_family_name_alone_later_is_the_officeholder() -> None:
    """The family name written alone after "Vice Minister of Commerce Gao Shuping" is the
    same person, not a second one."""
    text = (
        "Vice Minister of Commerce Gao Shuping told reporters that trade \u201chelps both "
        "countries.\u201d\n\n\u201cFarmers know it,\u201d Gao said."
    )
    assert speaker_in_a_story(text, "helps both") == speaker_in_a_story(text, "Farmers know")
