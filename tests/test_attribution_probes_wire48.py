"""wire48: invented probes (issue 15) about **news as it is written in 2026**: train is
2015-16 news, and reporters paste today's copy. 10 short stories whose quotations come
from posts on X, Truth Social, Bluesky, Threads, Instagram, TikTok and Telegram ("wrote on
X", "posted on Truth Social", "said in a video posted to Instagram", "in a post on X."),
"told the BBC", "said in a statement to Reuters", podcasts and livestreams, "in an interview
with", text messages and emails, people who give only one name ("a major who gave only his
first name, Andriy", "who gave only his family name, Kim", a creator known by her online
name), anonymous officials "who spoke on condition of anonymity to discuss internal
deliberations", an AI-written email and a statement translated with AI software, and the
one-letter platform at a sentence's end, before a quotation, and inside a sentence ("X’s
head of safety").

Every person and event is invented, and every quotation is written for this batch. Every
expected speaker was written before On Record read the probes (the stories and this list
were committed first). A nominal speaker counts in either case of its first letter.
First judged on main 7dc4fc08: 69 of 73 right (5.5% wrong): two quotations after "in a post
on X." lost (the tokenizer kept "X." as an initial, and a title-case quotation after a
proper noun was read as the name of something), "An Omani official told Reuters" (the
tagger read "official" as an adjective and "told" as its noun: no cue), and "it said" after
"The club later posted a short message on X." given to the message. The one-name people
were all right already where the clause giving the name is not set off by commas ("a major
who gave only his first name, Andriy, ... Andriy said"). After the branch's mends: 71 of
73; 72 after the lead's (a speech verb's past form the tagger read as a noun after an
adjective, before a noun phrase, is the verb: "An Omani official/JJ told/NN Reuters"). The
one still wrong is in KNOWN_WRONG_WIRE48 with what On Record gives and why."""

from __future__ import annotations

from core import nlp
from tests.test_attribution_probes import batch, judged_batch_tests, quotes_of
from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_wire48.json")
FIRST_JUDGED = 69  # right on main 7dc4fc08 before any mend, of 73

QUENTIN = ("Marla Quentin", "Quentin")
ENGLE = ("Tobias Engle", "Engle")
PREWITT = ("Dale Prewitt", "Prewitt")
JUNEBUG = (
    "Junebug",
    *_unnamed("a tenant organizer", "tenant organizer", "the 24-year-old creator", "creator"),
)
RAHBARI = ("Hossein Rahbari", "Rahbari", *_unnamed("Iran’s foreign minister", "foreign minister"))
NIKBAKHT = ("Gholamreza Nikbakht", "Nikbakht")
VEXX = ("Vexx", "Devin Castellano", "Castellano")
ARBUCKLE = ("Colin Arbuckle", "Arbuckle")
MADDOX = ("Brent Maddox", "Maddox")
PEMBERTON = ("Harold Pemberton", "Pemberton")
FERREIRA = ("Maya Ferreira", "Ferreira")
SAVCHUK = ("Ihor Savchuk", "Savchuk")
ANDRIY = ("Andriy", *_unnamed("a major", "major"))
MELNYK = ("Taras Melnyk", "Melnyk")
MARSH = ("Helena Marsh", "Marsh")
BOATENG = ("Kwame Boateng-Ellis", "Boateng-Ellis")
SOLBERG = ("Arne Solberg", "Solberg")

PROBES_WIRE48: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("m01", "This Rule Was Written By Lobbyists", QUENTIN),
    ("m01", "We will not let a handful", QUENTIN),
    ("m01", "The rule protects American jobs", ("Darnell Whitby", "Whitby")),
    ("m01", "Nobody here was surprised", _unnamed("a Commerce Department official",
                                                  "Commerce Department official",
                                                  "the official", "official")),
    ("m01", "a decent first step", ENGLE),
    ("m01", "enforcement numbers", ENGLE),
    ("m01", "reviewing the rule carefully", ("Veridian Systems", *_unnamed(
        "the chipmaker Veridian Systems", "chipmaker"))),
    ("m02", "NO NEW GAS TAX", PREWITT),
    ("m02", "appreciated a phone call", ("Renee Vasquez-Holt", "Vasquez-Holt")),
    ("m02", "not walking away over a post", ("Curt Bramlett", "Bramlett")),
    ("m02", "move the ball", _unnamed("a senior aide to the governor", "senior aide", "the aide",
                                      "aide")),
    ("m02", "governing by social media", ("Alma Ruiz-Baca", "Ruiz-Baca")),
    ("m02", "stands by every word", ("Kendra Lyle", "Lyle")),
    ("m02", "people deserve to know", PREWITT),
    ("m03", "48 hours to leave", JUNEBUG),
    ("m03", "900 followers", JUNEBUG),
    ("m03", "followed every applicable law", ("Lakeview Crest Partners", *_unnamed(
        "the landlord", "landlord"))),
    ("m03", "viral video should not", ("Raymond Okafor", "Okafor")),
    ("m03", "supposed to go at my age", ("Walter", *_unnamed(
        "one tenant", "a retired bus driver", "retired bus driver", "bus driver"))),
    ("m03", "not leaving quietly", ("Dolores Quiñones", "Quiñones")),
    ("m04", "never closed the door", RAHBARI),
    ("m04", "door is still open", RAHBARI),
    ("m04", "a waste of time", NIKBAKHT),
    ("m04", "No talks under threat", NIKBAKHT),
    ("m04", "Iran knows what it needs", ("Leah Kornfeld", "Kornfeld", "State Department",
                                         *_unnamed("the State Department"))),
    ("m04", "waiting for Washington", _unnamed("a senior European diplomat",
                                               "senior European diplomat", "the diplomat",
                                               "diplomat")),
    ("m04", "ready to host any meeting", _unnamed("an Omani official", "Omani official",
                                                  "official")),
    ("m05", "I do vibes", VEXX),
    ("m05", "meet young voters", ARBUCKLE),
    ("m05", "Where they actually are is on here", ARBUCKLE),
    ("m05", "not a content creator", ("Wes Dalton", "Dalton")),
    ("m05", "the most cringe thing", MADDOX),
    ("m05", "four times", MADDOX),
    ("m05", "Four", MADDOX),
    ("m05", "Door’s open, senator", VEXX),
    ("m06", "come together as a community", (*PEMBERTON, *_unnamed("the email", "email"))),
    ("m06", "outsourced grief", FERREIRA),
    ("m06", "A machine wrote that", FERREIRA),
    ("m06", "a lapse in judgment", PEMBERTON),
    ("m06", "I am deeply sorry", PEMBERTON),
    ("m06", "deserved a human being", PEMBERTON),
    ("m06", "There will be clear rules", ("Adrienne Colquitt", "Colquitt")),
    ("m06", "seductive for busy administrators", ("Jonah Whitlock", "Whitlock")),
    ("m06", "write our own words", ("Lena", *_unnamed("a student government member",
                                                      "student government member"))),
    ("m07", "very difficult night", SAVCHUK),
    ("m07", "Rescuers are still working", SAVCHUK),
    ("m07", "eight out of ten", ANDRIY),
    ("m07", "The other two are the problem", ANDRIY),
    ("m07", "We have not slept", ("Koval", *_unnamed("a nurse at a city hospital", "a nurse",
                                                     "nurse"))),
    ("m07", "military-industrial facilities", ("Russia’s Defence Ministry", "Russia's Defence "
                                               "Ministry", "Defence Ministry",
                                               *_unnamed("the Defence Ministry"))),
    ("m07", "not interested in peace", MELNYK),
    ("m07", "Air defence saves lives", MELNYK),
    ("m07", "Every missile we get", MELNYK),
    ("m08", "no longer a place for science", MARSH),
    ("m08", "Leaving hurts", MARSH),
    ("m08", "leaving the room", ("Peter Grunwald", "Grunwald")),
    ("m08", "welcomes all voices", ("Lorna Beckett", "Beckett")),
    ("m08", "exodus is real", ("Ravi Anand", "Anand")),
    ("m08", "on the other side", ("Tomas", *_unnamed("a colleague of Marsh’s", "a colleague",
                                                     "colleague"))),
    ("m09", "New Chapter Loading", BOATENG),
    ("m09", "Kwame is our player", SOLBERG),
    ("m09", "Everybody saw the post", SOLBERG),
    ("m09", "We will talk", SOLBERG),
    ("m09", "nothing is decided", ("Rafael Mendoza", "Mendoza")),
    ("m09", "going nowhere", ("Luca Ferri", "Ferri")),
    ("m09", "let him go", ("Dean", *_unnamed("a fan outside the stadium", "a fan", "fan"))),
    ("m09", "fully committed to City", ("Manchester City", "City", *_unnamed("the club",
                                                                            "club"))),
    ("m10", "YouTube is my newspaper", ("Kim", *_unnamed("a 27-year-old software engineer",
                                                         "software engineer"))),
    ("m10", "Algorithms pick our news", ("Park Seo-yeon", "Park")),
    ("m10", "so I am there", ("Choi Min-jae", "Choi")),
    ("m10", "takes election misinformation seriously", ("YouTube",)),
    ("m10", "a warning for traditional media", ("Korea Press Foundation", *_unnamed(
        "the Korea Press Foundation"))),
    ("m10", "go where the readers are", ("Lim Ha-neul", "Lim")),
]  # fmt: skip

KNOWN_WRONG_WIRE48: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("m09", "fully committed to City"): (
        "message",
        '"The club later posted a short message on X. “...,” it said.": "it" is taken for '
        "the message, the object, not the club, the subject",
    ),
}

test_probe_speaker_wire48, test_wire48_batch_figure = judged_batch_tests(
    "probes_wire48",
    PROBES,
    PROBES_WIRE48,
    KNOWN_WRONG_WIRE48,
    FIRST_JUDGED,
    size=len(PROBES_WIRE48),
)


def test_a_capital_letter_before_a_quotation_mark_ends_the_sentence() -> None:
    """ "in a post on X. “...”": a capital letter's period is an initial's only where the
    name goes on after it to a word; before a quotation mark it ends the sentence, and a
    quotation in title case after it is no name of something."""
    text = "Ann Roe answered in a post on X. \u201cNot On My Watch,\u201d she wrote."
    assert _speaker(text, "Not On My Watch") == "Ann Roe"
    assert [t.text for t in nlp.tokenize("a post on X. \u201cNo")][-4:-2] == ["X", "."]
    assert "J." in [t.text for t in nlp.tokenize("Michael J. Fox said \u201cyes.\u201d")]


def test_a_name_given_by_a_clause_set_off_by_commas_is_the_speakers() -> None:
    """ "A ferryman, who gave only his family name, Barra, said": the name after a clause
    that gives it is the speaker's own, not the name of what the clause speaks of (as
    "Ann Pike, who lives near the state capital, Salem, said" is), and "he" after it is
    him, not the man named before."""
    text = (
        "Ruth Vale spoke first. A ferryman on Skye, who gave only his family name, Barra, "
        "said he no longer sailed. \u201cMy father sailed there,\u201d he said."
    )
    assert _speaker(text, "My father sailed") == "Barra"
    text = (
        "Ann Pike, who lives near the state capital, Salem, said the road was \u201ca mess.\u201d"
    )
    assert _speaker(text, "a mess") == "Ann Pike"


def test_the_name_a_clause_gives_is_no_role() -> None:
    """ "an office worker who gave only her family name, | Park": the phrase before the
    name is what the clause gives, not a role set beside the name (the man named Park
    before took "her family name" for a role)."""
    text = (
        "Leader Park Min-su spoke on Monday. \u201cWe are ready,\u201d Park said. \u201cI "
        "checked the stock market first,\u201d said his passenger, an office worker who gave "
        "only her family name, Park."
    )
    quote = quotes_of("News\n\n" + text + "\n")[0]
    assert (quote.speaker and quote.speaker.name, quote.role) == ("Park Min-su", "Leader")


def test_a_speech_verb_read_as_a_noun_after_an_adjective_is_the_verb() -> None:
    """ "An Omani official/JJ told/NN Reuters that": the tagger takes the subject for an
    adjective and its verb for the noun it modifies; before a noun phrase, a speech verb's
    past form is the verb, and the sentence has its cue. A noun after it is left alone
    ("the official briefing")."""
    tags = {t.text: t.tag for t in nlp.tag(nlp.tokenize("An official told Reuters that."))}
    assert tags["told"] == "VBD"
    text = "An Omani official told Reuters that Muscat was \u201cready to host any meeting.\u201d"
    assert _speaker(text, "ready to host") is not None
    tags = {t.text: t.tag for t in nlp.tag(nlp.tokenize("An official briefing came."))}
    assert tags["briefing"] != "VBD"
