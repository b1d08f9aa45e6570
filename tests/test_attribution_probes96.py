"""attrib96: the forty-first batch of invented probes, a fresh estimate of **who said it on
news the rules have never seen** (2015-16 US election news), written as reporters write
rather than to exercise rules: a long feature whose speaker is introduced paragraphs before
her quotations and named again only as "his old classmate" and "she"; a married couple
interviewed together, alternating, one line with no cue; quotations inside quotations (a
mayor recalling a call, a spokesman mocking a promise, a grandmother's saying); a debate
recap with five candidates interrupting each other and a moderator cut off mid-sentence;
an opinion column whose writer ("I") answers his opponents; wire copy with "officials
said", "County officials" and an anonymous official; a lawsuit story quoting a complaint,
tweets, internal guidance and a letter; a library forum of ordinary citizens named once in
full, then by surname or first name; three women in a primary (she/her chains and a mother
who shares her daughter's surname); a dispatch in which the reporter speaks and quotes
others; a union hall with names hard to bound ("María José Valenzuela Ortiz", "de la Rosa",
"O’Halloran", "MacKenzie DuBois", "Thanh Huong Tran", "Ji-hoon Park"); and a convention
delegation with suffixes and titles ("Theodore R. Blankenship III", "The Rev. Cornelius
Aberdeen Jr.", "Frances “Frankie” Dombrowski").

Every person and event is invented (places, parties, outlets and offices are real), and
every quotation is written for this batch. Every expected speaker was written before On
Record read the probes (the stories and this list were committed first). The judging rules
are attrib91's: a nominal speaker counts in either case of its first letter; a quotation's
speaker is who says, writes or reads it out in the story; a document's words count for the
document or its author; an organisation's statement for the organisation, the statement or
its spokesman; a quotation quoted inside another counts for the one the inner words are
given to or for the one quoting them; a quotation addressed to someone is the one who says
it, never the one addressed; an unnamed speaker for its phrase; the reporter or columnist
("I") for the byline's name.
First judged on main ffed3fa5: 119 of 130 right (8.5% wrong). The eleven wrong, by kind:
a pronoun after a description no sentence gives anyone ("his old classmate ... she said")
going to the last woman named, not the feature's subject (two); an uncued line in a
couple's alternating exchange given to the paragraph before's speaker (one); the
reporter's or columnist's "I" not read as the byline's writer (two); "he said" after "I
asked the candidate" going to the paragraph before's speaker (one); a letter far from its
verb "warns" (no speaker, one); name reading: "Phoenix-based" read into a company's name
(one); and three omissions in the judged lists, forms earlier batches accept (the
speaker right in substance): "Frances “Frankie” Dombrowski" with her quoted nickname, as
attrib53 accepts 'Leon “Smokey” Batiste' (two), and the internal guidance named without
its "the", as attrib95 accepts "memo" for "the memo" (one). With those forms added after
the first run: 122 of 130 (6.2% wrong).
Mended (probes96): a "Place-based" adjective before an organisation's name set beside a
noun for it is not read into the name ("The contractor, Phoenix-based | Sandpoint Print
Solutions,"; ``organisation_names._BODY_AFTER``): 123 of 130.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests, speaker_in_a_story
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_96.json")
FIRST_JUDGED = 119  # right on main ffed3fa5 before any mend, of 130

KIELY = ("Dolores Kiely", "Kiely", *_unnamed("his old classmate", "old classmate"))
BROPHY = ("Walt Brophy", "Brophy")
RENEE = ("Renee Kiely-Marsh", "Renee", "Kiely-Marsh", *_unnamed("her daughter", "the daughter"))
AMUNDSEN = ("Curtis Amundsen", "Amundsen")
RAY = ("Ray Dufresne", "Ray", *_unnamed("her husband", "husband"))
ANNETTE = ("Annette Dufresne", "Annette", *_unnamed("his wife", "wife"))
ELLERY = ("Juanita Ellery", "Ellery", "Mayor Juanita Ellery", *_unnamed("the mayor", "mayor"))
STOKE = ("Nathaniel Stoke", "Stoke", "Gov. Nathaniel Stoke")
VANDERMOLEN = ("Kurt Vandermolen", "Vandermolen")
FENN = ("Gloria Fenn", "Fenn")
GRANDMOTHER = _unnamed("my grandmother", "grandmother")
HOLLOWAY = ("Vance Holloway", "Holloway")
QUINONES = ("Teodoro Quiñones", "Quiñones", "Sen. Teodoro Quiñones")
WHITFIELD = (
    "Marcus Whitfield", "Whitfield", "Gov. Marcus Whitfield",
    *_unnamed("the former governor", "former governor"),
)  # fmt: skip
BRANDSTETTER = ("Lydia Brandstetter", "Brandstetter", "Sen. Lydia Brandstetter")
SOWANDE = ("Emmett Sowande", "Sowande", "Dr. Emmett Sowande")
PINKNEY = ("Carla Pinkney", "Pinkney", *_unnamed("moderator"))
BELTRAN = ("Lorena Beltrán-Fisk", "Beltrán-Fisk")
TILLINGHAST = ("Roberta Tillinghast", "Tillinghast", "Sen. Roberta Tillinghast")
ACHTERBERG = ("Desmond Achterberg", "Achterberg")
MARCHETTI = ("Jody Marchetti", "Marchetti", *_unnamed("a spokeswoman for Gov. Ansel Rood"))
GOPALAKRISHNAN = ("Naveen Gopalakrishnan", "Gopalakrishnan")
PELLERIN = ("Conrad Pellerin", "Pellerin")
SOBIESKI = ("Ed Sobieski", "Sobieski", *_unnamed("my neighbor", "neighbor"))
RUVALCABA = ("Estela Ruvalcaba", "Ruvalcaba")
COUNTY_OFFICIALS = _unnamed(
    "County officials", "officials", "Election officials in Maricopa County", "Election officials"
)
SANDPOINT = (
    "Sandpoint Print Solutions",
    *_unnamed("the contractor", "contractor", "a statement", "statement"),
)
KITTREDGE = ("Lamar Kittredge", "Kittredge", *_unnamed("a spokesman", "spokesman"))
HALVORSEN = ("Denise Halvorsen-Ruiz", "Halvorsen-Ruiz")
ARAMBULA = ("Felix Arambula", "Arambula")
DOJ_OFFICIAL = _unnamed("a Justice Department official", "Justice Department official")
TSOSIE = ("Alma Tsosie", "Tsosie")
SPOKESWOMAN = _unnamed("a county elections spokeswoman", "county elections spokeswoman")
VOSS = ("Harlan Voss", "Voss", "Sen. Harlan Voss")
VOSS_LAWYERS = (
    *VOSS,
    *_unnamed(
        "lawyers for former Sen. Harlan Voss of Colorado", "lawyers for former Sen. Harlan Voss",
        "lawyers", "the suit", "suit", "the complaint", "complaint",
        "the 31-page complaint", "31-page complaint",
    ),
)  # fmt: skip
WHITCOMBE = ("Dana Whitcombe", "Whitcombe")
BORLAND = ("Keisha Borland", "Borland", *_unnamed("a DNC spokeswoman", "DNC spokeswoman"))
GUIDANCE = (
    "Democratic National Committee", "DNC",
    *_unnamed(
        "the committee’s own internal guidance", "committee’s own internal guidance",
        "internal guidance", "guidance",
        "the committee", "committee",
    ),
)  # fmt: skip
CASTELLANOS = ("Miriam Castellanos", "Castellanos")
MARCHBANKS = ("Celia Marchbanks", "Marchbanks", "Gov. Celia Marchbanks")
LETTER = _unnamed("a letter", "letter", "three state party chairs", "state party chairs")
HADLEY = ("Corinne Hadley", "Hadley")
TESKE = ("Bob Teske", "Teske")
OSTERHAUS = ("Jim Osterhaus", "Osterhaus", *_unnamed("moderator"))
KAYLEE = ("Kaylee", *_unnamed("a young woman", "young woman"))
FUENTES = ("Marisol Fuentes-Whitaker", "Fuentes-Whitaker")
VAN_WYK = ("Lyle Van Wyk", "Van Wyk")
WOMACK = ("Felicia Womack", "Womack")
ASHBY = ("Jolene Ashby", "Ashby", "Rep. Jolene Ashby")
OKORO = ("Nadine Okoro", "Okoro", "Durham County Commissioner Nadine Okoro")
CROUCH = ("Bethany Crouch", "Crouch")
GRACE = ("Grace Okoro", "Grace", *_unnamed("her mother", "mother"))
SUTTER_HALE = ("Dianne Sutter-Hale", "Sutter-Hale", *_unnamed("pollster"))
SORENSEN = ("Gabe Sorensen", "Sorensen")
MONTANO = (
    "Rafael Montaño-Leigh", "Montaño-Leigh",
    "Nevada Attorney General Rafael Montaño-Leigh", *_unnamed("the candidate", "candidate"),
)  # fmt: skip
ABARA = ("Wendell Abara", "Abara", *_unnamed("I"))
GRAY = ("Lucinda Gray", "Gray", *_unnamed("a woman", "woman"))
PARTY_OFFICIAL = _unnamed("a state party official", "state party official")
VALENZUELA = ("María José Valenzuela Ortiz", "Valenzuela Ortiz", "Valenzuela")
DE_LA_ROSA = ("Ramón de la Rosa", "de la Rosa", "De la Rosa", "Labor Secretary Ramón de la Rosa")
RUIZ = ("Xiomara Ruiz", "Ruiz")
OHALLORAN = ("Dermot O’Halloran", "O’Halloran", "Rep. Dermot O’Halloran")
TRAN = ("Thanh Huong Tran", "Tran")
DUBOIS = ("MacKenzie DuBois", "DuBois")
PARK = ("Ji-hoon Park", "Park")
BLANKENSHIP = (
    "Theodore R. Blankenship III", "Theodore R. Blankenship", "Theodore Blankenship",
    "Blankenship",
)  # fmt: skip
ABERDEEN = ("Cornelius Aberdeen Jr.", "Cornelius Aberdeen", "Aberdeen")
STANEK = ("Maribeth Stanek", "Stanek", "Lt. Gov. Maribeth Stanek")
SUBRAMANIAM = ("Anand Subramaniam", "Subramaniam", "Dr. Anand Subramaniam")
BRIGHTWATER = ("Cody Brightwater", "Brightwater", "Rep. Cody Brightwater")
DOMBROWSKI = (
    "Frances Dombrowski",
    "Dombrowski",
    "Frankie Dombrowski",
    "Frances “Frankie” Dombrowski",
)
ORP = ("Ohio Republican Party", *_unnamed("the Ohio Republican Party", "a statement", "statement"))
PROBES_96: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("w01", "about a thousand people", KIELY),
    ("w01", "talks like he", BROPHY),
    ("w01", "wears a flannel shirt", KIELY),
    ("w01", "wants a receipt", RENEE),
    ("w01", "not a bad instinct", RENEE),
    ("w01", "the people who decide this thing", AMUNDSEN),
    ("w01", "write anybody off", AMUNDSEN),
    ("w01", "since Dukakis", AMUNDSEN),
    ("w01", "with the pencil", KIELY),
    ("w01", "one minute before", KIELY),
    ("w02", "nobody thinks", ANNETTE),
    ("w02", "I haven", RAY),
    ("w02", "gone sensible", RAY),
    ("w02", "since the Carter", ANNETTE),
    ("w02", "They went to lunch", RAY),
    ("w02", "never seen a pipe", ANNETTE),
    ("w02", "what you always say", RAY),
    ("w02", "always true", ANNETTE),
    ("w02", "Only during the debates", ANNETTE),
    ("w02", "throws popcorn", RAY),
    ("w02", "Only at Holloway", ANNETTE),
    ("w02", "fence post", RAY),
    ("w03", "He called me at home", ELLERY),
    ("w03", "tell me what you need", (*STOKE, *ELLERY)),
    ("w03", "I said,", ELLERY),
    ("w03", "Copper pipes", ELLERY),
    ("w03", "The mayor said to me", STOKE),
    ("w03", "for a photo", (*ELLERY, *STOKE)),
    ("w03", "career of phone calls", VANDERMOLEN),
    ("w03", "what he means", VANDERMOLEN),
    ("w03", "fix it", (*STOKE, *VANDERMOLEN)),
    ("w03", "My grandmother used to say", FENN),
    ("w03", "check with no date", (*GRANDMOTHER, *FENN)),
    ("w03", "I just want the pipes", ELLERY),
    ("w04", "not a plan", HOLLOWAY),
    ("w04", "lie with good manners", QUINONES),
    ("w04", "Let me finish", HOLLOWAY),
    ("w04", "finishing for six months", QUINONES),
    ("w04", "actually deported", WHITFIELD),
    ("w04", "given speeches", WHITFIELD),
    ("w04", "Not one man", BRANDSTETTER),
    ("w04", "I have", SOWANDE),
    ("w04", "a pamphlet", BRANDSTETTER),
    ("w04", "come back to you", PINKNEY),
    ("w04", "No, you won", BRANDSTETTER),
    ("w04", "won easily", HOLLOWAY),
    ("w04", "only grown-up", BELTRAN),
    ("w05", "never met a tax", TILLINGHAST),
    ("w05", "Every penny at the pump", TILLINGHAST),
    ("w05", "love letter", ACHTERBERG),
    ("w05", "more expensive version of 1956", ACHTERBERG),
    ("w05", "will not raise taxes", MARCHETTI),
    ("w05", "on the table for infrastructure", GOPALAKRISHNAN),
    ("w05", "negotiate against ourselves", GOPALAKRISHNAN),
    ("w05", "who you voted for", PELLERIN),
    ("w05", "Fix the damn roads", SOBIESKI),
    ("w05", "Name the diner", TILLINGHAST),
    ("w06", "We caught it", RUVALCABA),
    ("w06", "regrettable but fixable", COUNTY_OFFICIALS),
    ("w06", "regrets the error", SANDPOINT),
    ("w06", "monitoring the situation", KITTREDGE),
    ("w06", "not a rounding error", HALVORSEN),
    ("w06", "not something worse", ARAMBULA),
    ("w06", "aware of the reports", DOJ_OFFICIAL),
    ("w06", "waited five hours", TSOSIE),
    ("w06", "use that one", RUVALCABA),
    ("w06", "Nothing has been tabulated", SPOKESWOMAN),
    ("w07", "arbitrarily exclude", VOSS_LAWYERS),
    ("w07", "without notice", VOSS_LAWYERS),
    ("w07", "sue the referees", WHITCOMBE),
    ("w07", "moved the goalposts", VOSS),
    ("w07", "published months in advance", BORLAND),
    ("w07", "remain stable once announced", GUIDANCE),
    ("w07", "whole case in one sentence", CASTELLANOS),
    ("w07", "They wrote the rule", CASTELLANOS),
    ("w07", "no opinion about lawsuits", MARCHBANKS),
    ("w07", "as many debates", MARCHBANKS),
    ("w07", "thumb on the scale", LETTER),
    ("w08", "every time a cloud", HADLEY),
    ("w08", "museum piece", HADLEY),
    ("w08", "Nobody wants to run", TESKE),
    ("w08", "Then make them", HADLEY),
    ("w08", "invited both", OSTERHAUS),
    ("w08", "The other didn", OSTERHAUS),
    ("w08", "upload my homework", KAYLEE),
    ("w08", "celebrate when it works", FUENTES),
    ("w08", "the most times", TESKE),
    ("w08", "waited thirty years", VAN_WYK),
    ("w08", "not wait thirty", VAN_WYK),
    ("w09", "learning how to lose", WOMACK),
    ("w09", "take lectures on losing", ASHBY),
    ("w09", "so am I", OKORO),
    ("w09", "was stating a fact", CROUCH),
    ("w09", "two statewide races", CROUCH),
    ("w09", "to my face", ASHBY),
    ("w09", "another email", OKORO),
    ("w09", "My daughter is going to work", GRACE),
    ("w09", "keep asking that question", WOMACK),
    ("w09", "up for grabs", SUTTER_HALE),
    ("w09", "above 30 percent", SUTTER_HALE),
    ("w10", "Not the front seat", SORENSEN),
    ("w10", "what a motel smells like", MONTANO),
    ("w10", "fit on a bumper sticker", ABARA),
    ("w10", "small enough font", MONTANO),
    ("w10", "since my son was in diapers", GRAY),
    ("w10", "How old is he now", MONTANO),
    ("w10", "Thirty-one", GRAY),
    ("w10", "Define money", SORENSEN),
    ("w10", "exactly zero chance", PARTY_OFFICIAL),
    ("w10", "when the van does", MONTANO),
    ("w11", "registered this many people", VALENZUELA),
    ("w11", "Our members will decide", VALENZUELA),
    ("w11", "son of a dishwasher", DE_LA_ROSA),
    ("w11", "lavaba platos", DE_LA_ROSA),
    ("w11", "They all talk nice", RUIZ),
    ("w11", "walked more picket lines", OHALLORAN),
    ("w11", "like the taxes", TRAN),
    ("w11", "decide Nevada", DUBOIS),
    ("w11", "2008 was a record", DUBOIS),
    ("w11", "made me promise", PARK),
    ("w12", "reads like it", BLANKENSHIP),
    ("w12", "do not need updating", ABERDEEN),
    ("w12", "we vote together", STANEK),
    ("w12", "the boring part", SUBRAMANIAM),
    ("w12", "minority report", BRIGHTWATER),
    ("w12", "for exactly this fight", DOMBROWSKI),
    ("w12", "stand for something here", DOMBROWSKI),
    ("w12", "Mostly case law", BLANKENSHIP),
    ("w12", "united body", ORP),
    ("w12", "United is a strong word", ABERDEEN),
]  # fmt: skip
KNOWN_WRONG_96: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("w01", "with the pencil"): (
        "Renee Kiely-Marsh",
        '"Brophy had gone home, and his old classmate was wiping down the counter ... “...,” she '
        'said": "his old classmate" is no one\'s, so "she" goes to the last woman named, the '
        "daughter, not the woman the feature is about",
    ),
    ("w01", "one minute before"): ("Renee Kiely-Marsh", "the same speaker's second quotation"),
    ("w02", "always true"): (
        "Ray Dufresne",
        "a line with no cue in a two-person exchange goes to the paragraph before's speaker, "
        "not the one whose turn it is (they alternate)",
    ),
    ("w05", "who you voted for"): (
        None,
        '"Here is what I would say to both of them: “...”": the columnist\'s "I" is not '
        "the byline's writer",
    ),
    ("w07", "thumb on the scale"): (
        None,
        '"A letter sent to the committee ... by three state party chairs, and attached to the '
        'complaint as an exhibit, warns that ...": a document subject far from "warns", no speaker',
    ),
    ("w10", "fit on a bumper sticker"): (
        None,
        '"I told him, “...”": the reporter\'s "I" is not the byline\'s writer',
    ),
    ("w10", "when the van does"): (
        "Gabe Sorensen",
        '"I asked the candidate whether ... He took a long time with his pancakes. “...,” he '
        'said": "he" goes to the paragraph before\'s speaker, not "the candidate" just asked',
    ),
}
test_probe_speaker_forty_first_batch, test_forty_first_batch_figure = judged_batch_tests(
    "probes96", PROBES, PROBES_96, KNOWN_WRONG_96, FIRST_JUDGED, size=len(PROBES_96)
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The contractor, Phoenix-based Sandpoint Print Solutions, said in a statement that it "
         "\u201cregrets the error.\u201d", "Sandpoint Print Solutions"),
        ("The pollster, Chicago-based Brightline Analytics, called the survey \u201can "
         "outlier.\u201d", "Brightline Analytics"),
        ("The group, D.C.-based Arab American Institute, said the poll was \u201cwrong.\u201d",
         "Arab American Institute"),
        # no place before the name, and the place before the name set alone, as before
        ("The firm, Buckeye Steel, said it would \u201cappeal the ruling.\u201d", "Buckeye Steel"),
        ("Ohio-based Buckeye Steel said it would \u201cappeal the ruling.\u201d", "Buckeye Steel"),
    ],
)  # fmt: skip
def test_a_based_place_before_an_apposed_name_is_not_in_it(text: str, speaker: str) -> None:
    """ "The contractor, Phoenix-based Sandpoint Print Solutions, said": the place the
    company is based in, set before its name beside the noun, is no word of that name."""
    assert speaker_in_a_story(text) == speaker
