"""attrib88: the thirty-sixth batch of invented probes (issue 15), about **who said it in
the held-out genre**: 2015-16 US election news as its outlets write it (the held-out split
gives the wrong speaker to 12.6% of quotations against 7.9% on dev). 12 stories, one of
each kind: a campaign rally (the candidate "told the crowd", "the former governor", a
surrogate warming up the hall, rally-goers by age and trade, a protester, a spokeswoman's
"at least 3,000 people", "Brannock promised as he left the stage"); a debate night (a
moderator's question "Hennessey asked", a cut-off answer "I wrote the amendment that—",
"Vosburgh cut in", "Marchetti shot back", a co-moderator's "he asked", the spin room); a
fact-check (a pull quote with its speaker on the line below, "— Walt Brannock, at a town
hall", "He added:", the verdict echoing the candidate's words); a poll (the pollster, a
consultant, a political scientist, "tweeted a screenshot of the poll with the words “...”",
a voter "reached in a follow-up interview"); a congressional hearing ("asked Rep. X
(R-Utah)", "replied Deputy Assistant Director X", a question with no verb, an email read
aloud, "Will the gentleman yield?"); a convention floor (delegates by state, the chairman
in a hallway, a senator "From the podium"); a Breitbart-style piece quoting another outlet
("the Post reported", "The Post noted that", a staffer the report quoted, a tweet "Brannock
tweeted", "told Breitbart News"); a HuffPost listicle whose numbered headline items are
the candidate's words; a Playbook item ("a source close to the campaign told Playbook",
"One adviser put it more bluntly:", "the person said", "per one senior Marchetti aide",
"said another aide, who asked for anonymity"); a profile of a campaign manager with long
asides between name and verb and a quotation inside a quotation; a foreign reaction ("Kremlin
spokesman X told reporters", "Voronin himself ... said", state television's anchor, "The
state-run Xinhua News Agency said in a commentary", "the diplomat said", an editorial
after a colon); a court ruling on a voting law ("X wrote", "she wrote later in the 83-page
opinion", the lower court's judge, the plaintiffs, "the statement said", a plaintiff of 92).

Every person and event is invented (places, parties and outlets are real), and every
quotation is written for this batch. Every expected speaker was written before On Record
read the probes (the stories and this list were committed first). The judging rules: a
nominal speaker counts in either case of its first letter; a quotation's speaker is who
says or writes it in the story, an organisation for its statement, commentary or editorial
("the statement said" is the governor's or the statement's); what another outlet's report
says ("the Post reported") is the outlet's, and words the report quotes from someone count
for either; words read aloud from another's email count for either; a listicle's numbered
item that quotes the candidate is his, a pull quote the one named below it; the writer's
echo of a speaker's words (the fact-check's verdict) is the speaker's; a quotation inside a
quotation is the one it is put in the mouth of.
First judged on main 046da432: 129 of 138 by the list as written; two more give the right
speaker in a form the list had not foreseen ("state-run Xinhua News Agency", "A Western
diplomat in Moscow", both added after the run), so 131 of 138 right (5.1% wrong). The
seven wrong, by kind: a listicle's headline item with no cue given the paragraph before's
voice (two: "3. “Mexico sends us ...”" to "his own campaign’s estimates", read as a
speaker from "estimates put the cost at $12 billion"; "6. “I have a great relationship
...”" to the criminologist quoted in item 5, the candidate named only in the paragraph
after, "Brannock said this"); a pull quote whose speaker stands on the line below ("—
Walt Brannock, at a town hall ...") given the byline; the fact-check's echo of the
candidate's words in its verdict (no speaker); "per one senior Marchetti aide, “cautiously
smug.”" read as a thing's name (no speaker); a quotation inside a quotation ("I have seen
him take a call ... and just say, ‘OK, what’s next,’") kept the outer speaker's, the inner
cue's subject being the object of "seen"; and "ruling that the legislature had written it
to keep black voters from the polls “with a precision ...”" given to the legislature, the
writing of a law read as speech.
The branch's mend: "put" with an object other than "it" or a question ("estimates put the
cost at $12 billion", "put his left hand on Christie's shoulder") is no cue, which makes
the first headline item right (the paragraph before's voice is then the candidate's "He
said this"): 132 of 138. On whole train it moves four quotations, none right before or
after: a scare quote "hug" whose cue was "Obama put his left hand" is no longer found (the
gold gives it to "some Republicans", a passive's agent), two that "put the location on
their profile as ''Wilayat Twitter''" names go from "the group" to "Twitter" (the gold:
"some Twitter accounts linked to the group"), and one keeps its speaker with "told" for
its cue in place of "Nega put his house up for sale". The other six are left: their
constructions appear nowhere in train (no numbered headline items, "per X, “...”", "said
this" pointing back, a signed pull quote before any other voice (train's seven are signed
after one), "seen him ... say, ‘...’", "had written it").
headline51 makes two more right, 134 of 138: "per X" cites X as "according to X" does
(the aide's "cautiously smug"), and a pull quote alone in its paragraph under the byline is
the signer's below it, not the byline's (Brannock's "My plan cuts taxes").
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_88, 1 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. e10 come off KNOWN_WRONG: 134/138 -> 135/138.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, said_outside
from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_88.json")
FIRST_JUDGED = 131  # right on main 046da432 before any mend, of 138


BRANNOCK = ("Walt Brannock", "Brannock", *_unnamed("the former governor", "former governor"))
MARCHETTI = ("Elaine Marchetti", "Marchetti", "Senator Elaine Marchetti")
MARCHETTI_CAMPAIGN = _unnamed("the Marchetti campaign", "Marchetti campaign", "campaign")
KLINGMAN = ("Roberta Klingman", "Klingman")
HRUSKA = ("Dale Hruska", "Hruska")
TOLAR = ("Brenda Tolar", "Tolar")
OYELARAN = ("Marcus Oyelaran", "Oyelaran")
ARNDT = ("Kelsey Arndt", "Arndt")
HENNESSEY = ("Gail Hennessey", "Hennessey")
VOSBURGH = ("Leonard Vosburgh", "Vosburgh")
OKONKWO_MILLS = ("Ray Okonkwo-Mills", "Okonkwo-Mills")
DELGADO = ("Tamsin Delgado", "Delgado")
SORENSEN = ("Phil Sorensen", "Sorensen")
TEITELBAUM = ("Ann Teitelbaum", "Teitelbaum")
LINDQVIST_BAE = ("Howard Lindqvist-Bae", "Lindqvist-Bae")
GALLARDO = ("Trey Gallardo", "Gallardo")
WHITMORE = ("Carla Whitmore", "Whitmore")
FERRANTE = ("Nadia Ferrante", "Ferrante")
SZABO = ("Irene Szabo", "Szabo")
PELL = ("Gordon Pell", "Pell")
VANDERMOLEN = ("Lacey Vandermolen", "Vandermolen")
ACHEBE = ("Devin Achebe", "Achebe")
ORTEGA_PRATT = ("Julian Ortega-Pratt", "Ortega-Pratt")
BUDZINSKI = ("Lorraine Budzinski", "Budzinski")
TAGLIAFERRO = ("Jim Tagliaferro", "Tagliaferro")
VOLLMER = ("Karen Vollmer", "Vollmer")
FLINT = ("Odessa Flint", "Flint")
KESTENBAUM = ("Brad Kestenbaum", "Kestenbaum")
VOSS = ("Harlan Voss", "Voss")
PETRAKIS = ("Shauna Petrakis", "Petrakis")
AMBLER = ("Curtis Ambler", "Ambler")
GARZA_WHITFIELD = ("Rolando Garza-Whitfield", "Garza-Whitfield")
MARCHBANKS = ("Katie Marchbanks", "Marchbanks")
HASKINS = ("Ward Haskins", "Haskins")
POST = ("Washington Post", "the Washington Post", *_unnamed("the Post", "Post"))
BOWKER = ("Trent Bowker", "Bowker")
COLQUITT = ("Stephen Colquitt", "Colquitt")
HOLLANDER = ("Ruth Hollander", "Hollander")
SOURCE = _unnamed(
    "a source close to the campaign", "source close to the campaign", "a source", "source"
)
PERSON = _unnamed("another person involved in the prep", "another person", "the person", "person")
ANOTHER_AIDE = _unnamed("another aide", "aide")
CASTELLANO_HART = ("Maureen Castellano-Hart", "Castellano-Hart")
FORMER_STAFFER = _unnamed("a former staffer", "former staffer", "staffer")
SOKOLENKO = ("Dmitri Sokolenko", "Sokolenko")
VORONIN = ("Arkady Voronin", "Voronin", "President Arkady Voronin")
FANG = ("Fang Weiqing", "Fang")
CASTELLVI = ("Miriam Castellvi", "Castellvi", "Judge Miriam Castellvi")
OAKLEY = ("Thaddeus Oakley", "Oakley", "the Rev. Thaddeus Oakley")
BIRNBAUM = ("Allison Birnbaum", "Birnbaum")
WHITLOCK = ("Carl Whitlock", "Whitlock", *_unnamed("the statement", "statement"))

PROBES_88: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("e01", "tear up", BRANNOCK),
    ("e01", "They took your mills", BRANNOCK),
    ("e01", "Not this time", BRANNOCK),
    ("e01", "been in Washington for twenty-two", BRANNOCK),
    ("e01", "What has she built", BRANNOCK),
    ("e01", "never once backed down", KLINGMAN),
    ("e01", "not going to start now", KLINGMAN),
    ("e01", "going away", KLINGMAN),
    ("e01", "My dad was a union man", HRUSKA),
    ("e01", "didn’t save my job", HRUSKA),
    ("e01", "says what he thinks", TOLAR),
    ("e01", "Even when I don’t agree", TOLAR),
    ("e01", "selling these people a fantasy", OYELARAN),
    ("e01", "mills are not coming back", OYELARAN),
    ("e01", "at least 3,000 people", ARNDT),
    ("e01", "We’ll be back", BRANNOCK),
    ("e01", "bigger room", BRANNOCK),
    ("e02", "paid $1.8 million", HENNESSEY),
    ("e02", "Because I have done it", MARCHETTI),
    ("e02", "I wrote the amendment", MARCHETTI),
    ("e02", "written by the banks’ lawyers", VOSBURGH),
    ("e02", "That is not true, Leonard", MARCHETTI),
    ("e02", "come back to this", HENNESSEY),
    ("e02", "thirty seconds on guns", HENNESSEY),
    ("e02", "not done with Wall Street", VOSBURGH),
    ("e02", "more of their money", VOSBURGH),
    ("e02", "neither of your opponents", OKONKWO_MILLS),
    ("e02", "not yelling", DELGADO),
    ("e02", "won every exchange", SORENSEN),
    ("e02", "beholden to whom", TEITELBAUM),
    ("e03", "My plan cuts taxes", BRANNOCK),
    ("e03", "going to save thousands", BRANNOCK),
    ("e03", "About 8 percent", LINDQVIST_BAE),
    ("e03", "rounding error", LINDQVIST_BAE),
    ("e03", "ignores the growth", GALLARDO),
    ("e03", "grows at 4 percent", GALLARDO),
    ("e03", "does not show up in your paycheck", WHITMORE),
    ("e03", "The tax bill does", WHITMORE),
    ("e03", "fairy tale with a price tag", FERRANTE),
    ("e03", "a family making $50,000", BRANNOCK),
    ("e04", "almost entirely among white voters", SZABO),
    ("e04", "shift like this", SZABO),
    ("e04", "It is one poll", SZABO),
    ("e04", "anybody’s obituary", SZABO),
    ("e04", "only up three", PELL),
    ("e04", "Pennsylvania is in play", VANDERMOLEN),
    ("e04", "Weighting by party", ACHEBE),
    ("e04", "always said Pennsylvania would be close", ORTEGA_PRATT),
    ("e04", "40 offices", ORTEGA_PRATT),
    ("e04", "voted Democrat since Kennedy", BUDZINSKI),
    ("e04", "not sure I can this year", BUDZINSKI),
    ("e05", "slow down this investigation", TAGLIAFERRO),
    ("e05", "No, sir", VOLLMER),
    ("e05", "Nobody did", VOLLMER),
    ("e05", "eleven months", TAGLIAFERRO),
    ("e05", "we did it right", VOLLMER),
    ("e05", "eighth hearing", FLINT),
    ("e05", "opioid epidemic", FLINT),
    ("e05", "other account", (*KESTENBAUM, *MARCHETTI)),
    ("e05", "What does", KESTENBAUM),
    ("e05", "Will the gentleman yield", FLINT),
    ("e05", "one way or another", TAGLIAFERRO),
    ("e05", "taxpayer-funded", MARCHETTI_CAMPAIGN),
    ("e06", "most excited I have been", VOSS),
    ("e06", "delegate for Reagan too", VOSS),
    ("e06", "steamrolled", PETRAKIS),
    ("e06", "turned off the microphones", PETRAKIS),
    ("e06", "ayes had it", AMBLER),
    ("e06", "came here for Senator Pruett", GARZA_WHITFIELD),
    ("e06", "leaving here for the nominee", GARZA_WHITFIELD),
    ("e06", "think I am crazy", MARCHBANKS),
    ("e06", "Maybe I am", MARCHBANKS),
    ("e06", "more united than the media", HASKINS),
    ("e06", "Ask me in October", PETRAKIS),
    ("e07", "was told in an April memo", POST),
    ("e07", "continued to solicit", POST),
    ("e07", "hot potato", (*POST, *_unnamed("a former campaign staffer",
                                            "former campaign staffer", "staffer"))),
    ("e07", "attended at least three", POST),
    ("e07", "returned every dollar", ORTEGA_PRATT),
    ("e07", "people KNEW", BRANNOCK),
    ("e07", "serious national security", BOWKER),
    ("e07", "buying access", BOWKER),
    ("e07", "stand by our reporting", _unnamed("a Post spokeswoman", "Post spokeswoman",
                                                "spokeswoman")),
    ("e08", "Millions of illegals", BRANNOCK),
    ("e08", "pay for itself", BRANNOCK),
    ("e08", "sends us their worst", BRANNOCK),
    ("e08", "might not cover", COLQUITT),
    ("e08", "was misquoted", BRANNOCK),
    ("e08", "400 percent", BRANNOCK),
    ("e08", "no data set anywhere", HOLLANDER),
    ("e08", "great relationship", BRANNOCK),
    ("e08", "Nobody has done more", BRANNOCK),
    ("e08", "Exhausting", MARCHETTI_CAMPAIGN),
    ("e09", "It was a disaster", SOURCE),
    ("e09", "Everyone in the room", SOURCE),
    ("e09", "it’s over", _unnamed("one adviser", "adviser")),
    ("e09", "good session on Sunday", PERSON),
    ("e09", "People are leaking", PERSON),
    ("e09", "preparing harder", ("Cassidy Rourke", "Rourke")),
    ("e09", "cautiously smug", _unnamed("one senior Marchetti aide", "senior Marchetti aide",
                                        "aide")),
    ("e09", "not taking anything for granted", ANOTHER_AIDE),
    ("e09", "losing sleep", ANOTHER_AIDE),
    ("e09", "all in", _unnamed("a Vosburgh aide", "Vosburgh aide", "aide")),
    ("e10", "least interesting person", SORENSEN),
    ("e10", "field organizers", SORENSEN),
    ("e10", "calmest man", CASTELLANO_HART),
    ("e10", "down twenty points", CASTELLANO_HART),
    ("e10", "OK, what’s next", SORENSEN),
    ("e10", "church bake sale", SORENSEN),
    ("e10", "learned everything there", SORENSEN),
    ("e10", "completely", MARCHETTI),
    ("e10", "tells me first", MARCHETTI),
    ("e10", "like a submarine", FORMER_STAFFER),
    ("e10", "unless he wants them to", FORMER_STAFFER),
    ("e10", "Submarines work", SORENSEN),
    ("e11", "certain realism", SOKOLENKO),
    ("e11", "do not interfere", SOKOLENKO),
    ("e11", "too early to talk", SOKOLENKO),
    ("e11", "whoever the American people", VORONIN),
    ("e11", "not naive", VORONIN),
    ("e11", "wants a war with Russia", ("Gennady Koltsov", "Koltsov")),
    ("e11", "plunge the world", ("Xinhua News Agency", "Xinhua", *_unnamed(
        "the state-run Xinhua News Agency", "the Xinhua News Agency",
        "state-run Xinhua News Agency"))),  # the last added after the first run
    ("e11", "does not comment on the internal", FANG),
    ("e11", "respect the rules of trade", FANG),
    ("e11", "long game", _unnamed("a Western diplomat", "Western diplomat", "the diplomat",
                                  "diplomat", "a Western diplomat in Moscow")),  # the last
    # added after the first run
    ("e11", "think carefully", ("Global Times", *_unnamed("the Global Times"))),
    ("e12", "precision that cannot be coincidence", (*CASTELLVI, *_unnamed(
        "a federal appeals court", "federal appeals court", "appeals court", "the court",
        "court"))),
    ("e12", "asked for the data", CASTELLVI),
    ("e12", "sequence of events", CASTELLVI),
    ("e12", "legitimate", ("Harold Benning", "Benning")),
    ("e12", "victory for every voter", OAKLEY),
    ("e12", "Our grandparents marched", OAKLEY),
    ("e12", "saying this for three years", BIRNBAUM),
    ("e12", "federal court has said it too", BIRNBAUM),
    ("e12", "board a plane", WHITLOCK),
    ("e12", "required to vote", WHITLOCK),
    ("e12", "reviewing the opinion", ("Patrice Goode", "Goode")),
    ("e12", "voted in 1948", ("Ethel Simmons", "Simmons")),
]  # fmt: skip

KNOWN_WRONG_88: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("e03", "a family making $50,000"): (None, "the writer's echo of the candidate's words"),
    ("e08", "great relationship"): (
        "Ruth Hollander",
        "a headline item given the paragraph before's voice, the candidate named after",
    ),
    ("e12", "precision that cannot be coincidence"): (
        "legislature",
        '"the legislature had written it": writing a law read as speech',
    ),
}

OUTER_88 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('e10', 'OK, what’s next'): ('Maureen Castellano-Hart', 'Castellano-Hart'),
}  # fmt: skip

test_probe_speaker_thirty_sixth_batch, test_thirty_sixth_batch_figure = judged_batch_tests(
    "probes88",
    PROBES,
    said_outside(PROBES_88, OUTER_88),
    KNOWN_WRONG_88,
    FIRST_JUDGED,
    size=len(PROBES_88),
)


def test_put_with_an_object_other_than_it_is_no_cue() -> None:
    """ "Outside estimates put the bill at $4 billion" sets a figure: the estimates are no
    voice, so a quotation alone in the next paragraph is still the last speaker's; "as the
    senator put it" stays a cue."""
    story = (
        "Senator Ann Pell spoke about the bridge on Monday. \u201cIt will be built,\u201d Pell "
        "said.\n\nThe state has not paid for it. Outside estimates put the bill at $4 "
        "billion.\n\n\u201cEvery dollar will come back to us.\u201d"
    )
    assert _speaker(story, "Every dollar") == "Ann Pell"
    assert _speaker(
        "Senator Ann Pell backs the bridge. \u201cIt pays for itself,\u201d as the senator put it.",
        "pays for itself",
    ) in {"Ann Pell", "the senator"}
