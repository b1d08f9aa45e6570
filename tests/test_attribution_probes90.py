"""attrib90: the thirty-eighth batch of invented probes (issue 15), about **who said it in
the held-out genre** (2015-16 US election news as its outlets write it; the held-out split
gives the wrong speaker to 12.6% of quotations against 6.0% on dev), on the forms the
earlier batches hold fewest of. 12 stories, one of each kind: inverted cues after a fronted
word ("So says a man who ...", "Said Sen. X of Minnesota, the Democrat who ...: “...”",
"Added Rep. X, an Ohio Democrat who ...:", "“...” Thus spoke X at the Iowa State Fair",
"Quipped state Sen. X:", "Not so, says X.", "Says X, who farms ...:"); quotations heard
second-hand ("“I've seen him say ...,” said X", "X was overheard telling a donor: “...”",
"he can be heard saying", "According to two people who were in the room, X told ...",
"recalled X calling a reporter “a parasite”", "His wife ... was heard telling him"); a
quotation addressed to someone named ("telling one aide on his way out the door: “...”",
"he told reporters, including a correspondent for The Hill who asked ...", "turned to
Majority Whip X ... and said:", "X told her,", "X told Roll Call's Y afterward", "called
Rep. X by name and told him:"); a trial (a witness "testified", a prosecutor's opening, the
defence lawyer's question "she asked", "“Objection,” X said", "“Sustained,” U.S. District
Judge X said", "the judge", "The defendant ... spoke briefly to reporters"); a debate
write-up with two moderators and three candidates answering in turn ("asked the moderator,
X of WMUR", "X replied", "did not wait for her turn", "turned to Ibsen. “...?” he asked",
"shot back:", "X answered", "cut in"); a profile quoting the candidate's mother, brother,
husband, daughter and a friend ("said her mother, X, 81,", "Her older brother, Tomas, ...,
remembers", "Mrs. Gallardo said" against "Ms. Gallardo"); a statement read out ("The
letter, signed by officials ..., said", "“...,” the letter said", "A spokesman ... read a
statement", "“...,” Ruckel read", "The statement, signed by the campaign's chairman, X,
went on:", "It read, in full:"); long quotations broken by a mid-sentence cue ("“We have
built,” she said, her voice hoarse ..., “...”", "“My opponent,” he told supporters at a
diner, “...”", "“...,” Malloy went on, “...”"); a fact-check ("The Fact Checker, X, wrote
that", "X wrote. “... Four Pinocchios.”", "he tweeted", the claim and the spokesman's
email); a memoir ("X writes in the book, “...,”", "“...,” X writes, “...”", "recalls a
2009 dinner at which Y told him, “...”", "His wife, X, adds an afterword. “...,” she
writes"); a list article whose items are each one quotation with its speaker after ("“...”
— Gov. X, at a rally in Sioux City", "— Kessling again, to a supporter", "“...,” said Sen.
X, to a reporter in Toledo"); and a House hearing ("asked the committee's chairman, Rep.
X,", "replied the commission's chair, X", "the witness said", "The witness paused.").

Every person and event is invented (places, parties, outlets and offices are real), and
every quotation is written for this batch. Every expected speaker was written before On
Record read the probes (the stories and this list were committed first). The judging rules:
a nominal speaker counts in either case of its first letter; a quotation's speaker is who
says, writes, tweets or reads it out in the story; a paragraph that continues a quotation
is the same speaker's; the words after an inverted cue ("Said X:", "Added X:", "Says X:",
"Quipped X:") are X's, and "“...” Thus spoke X" is X's; a quotation heard second-hand is
the one heard saying it, and where the story gives the hearer as its source ("Marchbanks
said he had once heard Hatcher tell ...", "According to two people ..., X told", "a
longtime fundraiser ... recalled X calling") the hearer counts too; a quotation addressed
to someone is the one who says it, never the one addressed; a letter's or a statement's
words count for it or its signers (the letter's for "the letter" or the officials who sign
it; the campaign statement read out for the reader, the signer or the statement); a
memoir's words are its author's, and words the memoir gives to another ("Varnado told him,
“...”") count for that other or the author; a moderator's question is the moderator's; a
list item's quotation is the person named after it; the fact-checker's rating is the
fact-checker's, and a campaign's claim rated counts for the campaign or its candidate.
First judged on main 80f4a5fc: 144 of 153 by the list as written; one more gives the right
speaker in a form the list had not foreseen ("Varnado's office responded in a statement.
“...,” it said." given to "Varnado office", the product's name for the office, as "Gowdy
office" on train; added after the run), so 145 of 153 right (5.2% wrong). The eight wrong,
by kind: "she" after "Ransome tried to move on." given to the last woman who spoke (two,
the second the quotation after it: "Felicity" is in no list of given names, the English
word filter dropping it, so the moderator's sex is unknown); "Ms. Gallardo" joined to the
mother, "Mrs. Gallardo", the last Gallardo named (two, "she" after it and the quotation's
second sentence); a quotation standing alone after "he told reporters, including a
correspondent for The Hill who asked ..." given to the relative clause's "who" (one);
"“...,” Ibsen cut in." with no speaker, "cut in" being no cue and "cut" tagged a noun
(one); "The statement, signed by the campaign's chairman, X, went on: “...”" with no
speaker (one); and "X's own claim, that A “...,” received Two Pinocchios" given to "Two
Pinocchios", the verb after the quotation read as an inverted cue (one).
Since names54 k05's "she" after "Ransome tried to move on." and the quotation after it
are Felicity Ransome's (two): "asked the moderator, Felicity Ransome" shows the English
word "Felicity" a given name (``person_names.word_given_shown``), so she is a person.
Three mends were tried and none kept. A subject, one word and a particle ending the clause
after a quotation ("“...,” Ibsen cut/NN in.") read as a cue makes k05's right; whole train
is byte-identical (train's one "cut in" follows a listed cue: "“...,” Ebeling said, and her
husband cut in."). A past verb after a quotation whose subject before it has no verb yet
("X's claim, that A “...,” received ...") read as the predicate, no inverted cue, makes
k09's right and moves nothing on train. A restrictive "who" after another voice of the
sentence dropped from the voices a later quotation goes on with makes k03's right; on whole
train it moves five quotations, none to another person (by the gold one right, one wrong),
but cross-validation loses two at each of seeds 15 and 25 (7,603 against 7,605), and it
breaks an owners test (it also makes one of probes48's known wrong right); a first form
that dropped any "who" gave Bruce Turry's quotation to the woman his description was
joined to.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import unnamed as _unnamed

PROBES = batch("attribution_probes_90.json")
FIRST_JUDGED = 145  # right on main 80f4a5fc before any mend, of 153 (144 as first written)


KESSLING = ("Arliss Kessling", "Kessling", "Gov. Arliss Kessling", *_unnamed("the governor"))
OLANDER = ("Marguerite Olander", "Olander", "Sen. Marguerite Olander")
PELLEGRINO = ("Dwight Pellegrino", "Pellegrino", "Rep. Dwight Pellegrino")
VUKOVICH = ("Renata Vukovich", "Vukovich")
NYGAARD = ("Harold Nygaard", "Nygaard")
BRANDENBURG = ("Lyle Brandenburg", "Brandenburg")
HATCHER = ("Curtis Hatcher", "Hatcher", "Sen. Curtis Hatcher")
MARCHBANKS = ("Joel Marchbanks", "Marchbanks")
VAN_HOUTEN = ("Priscilla Van Houten", "Van Houten", *_unnamed("the donor", "donor"))
AUCOIN = ("Delphine Aucoin", "Aucoin")
LORNA = ("Lorna Hatcher", "Lorna", *_unnamed("his wife", "wife"))
BRISBANE = (
    "Walton Brisbane",
    "Brisbane",
    "House Speaker Walton Brisbane",
    *_unnamed("the speaker", "speaker"),
)
KOWALCZYK = ("Janine Kowalczyk", "Kowalczyk", "Rep. Janine Kowalczyk")
FAIRBAIRN = ("Otis Fairbairn", "Fairbairn")
LINDQVIST = ("Garrett Lindqvist", "Lindqvist", "Rep. Garrett Lindqvist")
EBBELING = ("Cyrus Ebbeling", "Ebbeling")
YELVERTON = ("Gordon Yelverton", "Yelverton", *_unnamed("the witness", "witness"))
ARBOGAST = ("Felix Arbogast", "Arbogast")
CASTELLANO = ("Miriam Castellano", "Castellano")
LASHBROOK = ("Corinna Lashbrook", "Lashbrook", *_unnamed("the judge", "judge"))
KINSELLA = ("Lucas Kinsella", "Kinsella", *_unnamed("the defendant", "defendant"))
RANSOME = ("Felicity Ransome", "Ransome", *_unnamed("the moderator", "moderator"))
HADDOCK = ("Omar Haddock", "Haddock", *_unnamed("the second moderator", "second moderator"))
SORENSEN = ("Emmett Sorensen", "Sorensen", "Gov. Emmett Sorensen")
IBSEN = ("Carla Ibsen", "Ibsen")
BURKHOLDER = ("Thaddeus Burkholder", "Burkholder", "Sen. Thaddeus Burkholder")
EUNICE = ("Eunice Gallardo", "Mrs. Gallardo", *_unnamed("her mother", "mother"))
TOMAS = ("Tomas", "Tomas Gallardo", *_unnamed("her older brother", "older brother", "brother"))
OKAFOR = ("Wendell Okafor", "Okafor", "Mr. Okafor")
TERESA = ("Teresa Gallardo", "Ms. Gallardo", "Gallardo")
DANE = ("Russell Dane", "Dane", *_unnamed("Ms. Gallardo\u2019s husband", "her husband", "husband"))
INES = ("Ines", "Ines Gallardo", "Ines Dane", *_unnamed("their daughter", "daughter"))
LETTER = _unnamed(
    "the letter",
    "letter",
    "fifty-two former Republican national security officials",
    "former Republican national security officials",
    "officials who served under three Republican presidents",
    "officials",
)
WEXLEY = ("Philippa Wexley", "Wexley")
RUCKEL = ("Barry Ruckel", "Ruckel", *_unnamed("a spokesman", "spokesman"))
CAMPAIGN_STATEMENT = (
    *RUCKEL,
    "Lance Okonkwo",
    "Okonkwo",
    *KESSLING,
    *_unnamed(
        "the Kessling campaign", "Kessling campaign", "a statement", "the statement", "statement"
    ),
)
VELLACOTT = ("Stuart Vellacott", "Vellacott", *_unnamed("its chairman", "chairman"))
TOLLEFSEN = (
    "Abner Tollefsen",
    "Tollefsen",
    *_unnamed("his own statement", "statement", "one signer", "signer"),
)
PRYOR = ("Annaliese Pryor", "Pryor", "Rep. Annaliese Pryor")
MALLOY = ("Conrad Malloy", "Malloy", "Sen. Conrad Malloy")
YEARWOOD = ("Desmond Yearwood", "Yearwood")
SZABO = ("Gretchen Szabo", "Szabo")
ASHCOMBE = ("Gwendolyn Ashcombe", "Ashcombe", "Sen. Gwendolyn Ashcombe")
SOKOLOWSKI = ("Audra Sokolowski", "Sokolowski", *_unnamed("the Fact Checker", "Fact Checker"))
FARRINGTON = ("Ned Farrington", "Farrington")
DELAHUNT = (
    "Grant Delahunt",
    "Delahunt",
    *_unnamed("the Delahunt campaign", "Delahunt campaign", "campaign"),
)
PRESCOTT = ("Lyman Prescott", "Prescott", "Gov. Lyman Prescott")
VARNADO = ("Hollis Varnado", "Varnado", "Sen. Hollis Varnado")
BERNADETTE = ("Bernadette Prescott", "Bernadette", *_unnamed("his wife", "wife"))
OSTERGAARD = ("Hank Ostergaard", "Ostergaard")
OAKHURST = ("Barton Oakhurst", "Oakhurst", *_unnamed("the committee\u2019s chairman", "chairman"))
VANTERPOOL = ("Loretta Vanterpool", "Vanterpool", *_unnamed("the witness", "witness"))
CASTELLANOS = ("Yvonne Castellanos", "Castellanos")
BIRKENSTOCK = ("Leon Birkenstock", "Birkenstock")
PROBES_90: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("k01", "ever lost a job to a farmer", KESSLING),
    ("k01", "never read the fine print", KESSLING),
    ("k01", "welcome to his fine print", OLANDER),
    ("k01", "no fine print on a pink slip", PELLEGRINO),
    ("k01", "most pro-trade voters", VUKOVICH),
    ("k01", "how pro-trade they feel", OLANDER),
    ("k01", "win the farm vote", KESSLING),
    ("k01", "skips the headline", NYGAARD),
    ("k01", "writing my obituary", KESSLING),
    ("k01", "I keep not dying", KESSLING),
    ("k01", "who buys my beans", BRANDENBURG),
    ("k02", "parking attendant", MARCHBANKS),
    ("k02", "shakes hands like nothing happened", MARCHBANKS),
    ("k02", "run by clowns and their cousins", (*HATCHER, *MARCHBANKS)),
    ("k02", "gone by March", HATCHER),
    ("k02", "loud enough for the waiters", VAN_HOUTEN),
    ("k02", "Nobody reads these things", HATCHER),
    ("k02", "Iowa needs me", (*HATCHER, *_unnamed("two people", "people"))),
    ("k02", "a parasite", (*HATCHER, *_unnamed(
        "a third person", "third person", "person", "a longtime fundraiser",
        "longtime fundraiser", "fundraiser"))),
    ("k02", "passionate about this country", AUCOIN),
    ("k02", "Direct is not the same as cruel", AUCOIN),
    ("k02", "called worse by better", HATCHER),
    ("k02", "Print whatever you want", HATCHER),
    ("k02", "should not have said that", LORNA),
    ("k03", "Get me the whip count", BRISBANE),
    ("k03", "We are not there yet", BRISBANE),
    ("k03", "be there by Friday", BRISBANE),
    ("k03", "had the votes on Monday", KOWALCZYK),
    ("k03", "have them by Friday", FAIRBAIRN),
    ("k03", "Ask Otis", KOWALCZYK),
    ("k03", "You can vote no", BRISBANE),
    ("k03", "call this a betrayal", BRISBANE),
    ("k03", "not for the speaker", LINDQVIST),
    ("k03", "Tell Walton I said hello", LINDQVIST),
    ("k03", "worst week I have had", _unnamed(
        "a senior Republican aide", "senior Republican aide", "aide")),
    ("k03", "full confidence in the whip operation", EBBELING),
    ("k03", "Nobody walked out", EBBELING),
    ("k04", "it was a loan", YELVERTON),
    ("k04", "never paid back", YELVERTON),
    ("k04", "treated his donors", ARBOGAST),
    ("k04", "see the bank records", ARBOGAST),
    ("k04", "signed the checks", ARBOGAST),
    ("k04", "has a deal with the government", CASTELLANO),
    ("k04", "stay out of prison", CASTELLANO),
    ("k04", "lighter sentence", CASTELLANO),
    ("k04", "hoping to tell the truth", YELVERTON),
    ("k04", "Objection", ARBOGAST),
    ("k04", "Sustained", LASHBROOK),
    ("k04", "Counsel, move on", LASHBROOK),
    ("k04", "not a campaign rally", LASHBROOK),
    ("k04", "turned into one", LASHBROOK),
    ("k04", "trusted the wrong man", KINSELLA),
    ("k04", "jury will see that", KINSELLA),
    ("k05", "removed 40,000 people", RANSOME),
    ("k05", "put them in jobs instead", SORENSEN),
    ("k05", "got a paycheck", SORENSEN),
    ("k05", "got a letter in the mail", IBSEN),
    ("k05", "missing the point", BURKHOLDER),
    ("k05", "The point is the premiums", BURKHOLDER),
    ("k05", "never held office", HADDOCK),
    ("k05", "Read the bills", IBSEN),
    ("k05", "Which would make me the first", IBSEN),
    ("k05", "Reading is easy", SORENSEN),
    ("k05", "Repeal and replace", BURKHOLDER),
    ("k05", "what they said in 2010", IBSEN),
    ("k05", "lot to get through", RANSOME),
    ("k05", "Governor, immigration", RANSOME),
    ("k05", "I have a record", SORENSEN),
    ("k06", "kept the books, from the time", EUNICE),
    ("k06", "could not add", EUNICE),
    ("k06", "talked the bank into a loan", TOMAS),
    ("k06", "did the talking", TOMAS),
    ("k06", "never lost an argument", OKAFOR),
    ("k06", "trust her with my wallet", OKAFOR),
    ("k06", "tell you more than I will", TERESA),
    ("k06", "She always does", TERESA),
    ("k06", "cried when she lost", EUNICE),
    ("k06", "Not that I have seen", EUNICE),
    ("k06", "I grade papers", DANE),
    ("k06", "My mom is going to win", INES),
    ("k06", "lose anything she cared about", INES),
    ("k07", "most reckless president", LETTER),
    ("k07", "None of us will vote for him", LETTER),
    ("k07", "every Republican nominee since 1972", WEXLEY),
    ("k07", "cannot do it this time", WEXLEY),
    ("k07", "gave us the wars", CAMPAIGN_STATEMENT),
    ("k07", "badge of honor", CAMPAIGN_STATEMENT),
    ("k07", "approval of the people who failed", CAMPAIGN_STATEMENT),
    ("k07", "get into names", RUCKEL),
    ("k07", "respects the views", VELLACOTT),
    ("k07", "I meant it", TOLLEFSEN),
    ("k08", "We have built", PRYOR),
    ("k08", "largest field operation", PRYOR),
    ("k08", "There is a man in this race", PRYOR),
    ("k08", "never once held a town hall", PRYOR),
    ("k08", "not going to boo him", PRYOR),
    ("k08", "going to beat him", PRYOR),
    ("k08", "My opponent", MALLOY),
    ("k08", "like to talk about results", MALLOY),
    ("k08", "plant in Moraine closed", MALLOY),
    ("k08", "did not need a town hall", MALLOY),
    ("k08", "This race", YEARWOOD),
    ("k08", "our people are showing up", YEARWOOD),
    ("k08", "Their people", SZABO),
    ("k08", "still down four points", SZABO),
    ("k08", "Bring one person with you", PRYOR),
    ("k08", "That is how we win", PRYOR),
    ("k09", "never supported that pipeline", ASHCOMBE),
    ("k09", "good deal for Ohio workers", ASHCOMBE),
    ("k09", "ignores her own record", SOKOLOWSKI),
    ("k09", "allowed to change their minds", SOKOLOWSKI),
    ("k09", "never held the other view", SOKOLOWSKI),
    ("k09", "final version of the project", FARRINGTON),
    ("k09", "procedural vote", FARRINGTON),
    ("k09", "nothing procedural about it", SOKOLOWSKI),
    ("k09", "says the Senate supports", SOKOLOWSKI),
    ("k09", "one for every year", DELAHUNT),
    ("k09", "voted 47 times", DELAHUNT),
    ("k10", "never meant to be a politician", PRESCOTT),
    ("k10", "county extension agent", PRESCOTT),
    ("k10", "most talented politician", PRESCOTT),
    ("k10", "least interested in what to do", PRESCOTT),
    ("k10", "never be in the room", (*VARNADO, *PRESCOTT)),
    ("k10", "I remember it exactly", PRESCOTT),
    ("k10", "for our grandchildren", BERNADETTE),
    ("k10", "Everyone else is welcome", BERNADETTE),
    ("k10", "hopes the book sells", (*VARNADO, *_unnamed(
        "Varnado\u2019s office", "office", "a statement", "statement"), "Varnado office")),
    # "Varnado office": the product's name for the office (as "Gowdy office" on train),
    # added after the first run
    ("k10", "lot of dinners", VARNADO),
    ("k10", "different table", VARNADO),
    ("k10", "Every word of it is true", PRESCOTT),
    ("k10", "Hollis knows it", PRESCOTT),
    ("k11", "believe the polls when they are good", KESSLING),
    ("k11", "bring a chair for him", OLANDER),
    ("k11", "You can pull it", KESSLING),
    ("k11", "wearing a wool suit", PRYOR),
    ("k11", "Next question", ASHCOMBE),
    ("k11", "nominee by the first ballot", VELLACOTT),
    ("k11", "My knees are Democrats", BRISBANE),
    ("k11", "never seen a week like this", OSTERGAARD),
    ("k12", "no voting machine in this country", OAKHURST),
    ("k12", "No one can tell them that", VANTERPOOL),
    ("k12", "we will know if it happens", VANTERPOOL),
    ("k12", "is not a plan", CASTELLANOS),
    ("k12", "It is an autopsy", CASTELLANOS),
    ("k12", "We asked twice", VANTERPOOL),
    ("k12", "We have the letters", VANTERPOOL),
    ("k12", "answer the question she was asked", OAKHURST),
    ("k12", "The answer is money", VANTERPOOL),
    ("k12", "reported attempts", VANTERPOOL),
    ("k12", "open hearing", VANTERPOOL),
    ("k12", "close the hearing", BIRKENSTOCK),
    ("k12", "stops to think", CASTELLANOS),
    ("k12", "you have your answer", CASTELLANOS),
]  # fmt: skip
KNOWN_WRONG_90: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("k03", "be there by Friday"): (
        "a correspondent for The Hill",
        '"he told reporters, including a correspondent ... who asked": the quotation after '
        "goes on with the relative clause's \"who\", not the main clause's voice",
    ),
    ("k05", "what they said in 2010"): (
        None,
        '"“...,” Ibsen cut in.": "cut in" is no cue (only one-word verbs are)',
    ),
    ("k06", "tell you more than I will"): (
        "Eunice Gallardo",
        '"Ms. Gallardo, 52, is running ... “...,” she said": "Ms. Gallardo" joined to the '
        "mother, the last Gallardo named, though she is Mrs. and the daughter Ms.",
    ),
    ("k06", "She always does"): ("Eunice Gallardo", "the same quotation's second part, as wrong"),
    ("k07", "approval of the people who failed"): (
        None,
        '"The statement, signed by the campaign\'s chairman, X, went on: “...”": no speaker',
    ),
    ("k09", "voted 47 times"): (
        "Two Pinocchios",
        '"X\'s own claim, that A “...,” received Two Pinocchios": the name after the '
        "quotation's verb read as an inverted speaker",
    ),
}
test_probe_speaker_thirty_eighth_batch, test_thirty_eighth_batch_figure = judged_batch_tests(
    "probes90", PROBES, PROBES_90, KNOWN_WRONG_90, FIRST_JUDGED, size=len(PROBES_90)
)
