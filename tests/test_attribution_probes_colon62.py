"""colon62: a batch of invented probes about **colon-introduced quotations**: 13 US-politics
stories in the genre of the held-out split (live blogs, transcript excerpts, wire reaction
roundups, listicles, a Q&A interview) where the speaker is the label before a colon: "Sen.
Dale Whitcomb (R-Okla.): “...”", "Rep. Ana Ruiz, D-Texas, on the vote: “...”", "From
Sutton's campaign manager Robby Tarrant: “...”", "The White House, in a statement: “...”",
"Here's what Corvo said: “...”", "COLLINS: “...”", "Q: “...”" (the interviewer), mixed with
ordinary quotations ("“...,” said Rep. Sandra Levine, D-Mich.") so the batch also checks
nothing else breaks. A party-state tag ("D-Texas", "R-Okla.") is never the speaker.

Every person and event is invented, and every quotation is written for this batch. Every
expected speaker was written before On Record read the probes (the articles and this list
were committed first). A nominal speaker counts in either case of its first letter. First
judged on main (9b9a59b): 59 of 79 right. After the
mend (a colon label's name past a party-state tag or a verbless aside: "Rep. Ana Ruiz,
D-Texas, on the vote:", "Gov. Nadine Chu (D-Wash.), in a statement:", "The White House, in
a statement:"): 72. The quotations still wrong are listed in
KNOWN_WRONG_COLON62 with what On Record gives and why; the figure is printed by
``test_colon62_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests

PROBES = batch("attribution_probes_colon62.json")
FIRST_JUDGED = 59  # right on main 9b9a59b before any mend, of 79


def _either(*phrases: str) -> tuple[str, ...]:
    """A phrase in either case of its first letter."""
    return tuple(
        f(p)
        for p in phrases
        for f in (lambda s: s[0].lower() + s[1:], lambda s: s[0].upper() + s[1:])
    )


WHITE_HOUSE = _either("the White House", "White House")
ACLU = _either("the American Civil Liberties Union", "American Civil Liberties Union", "ACLU")
NARRATOR = _either("the narrator", "narrator")
PRESIDENT = _either("the president", "president")

PROBES_COLON62: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("k01", "president is not above the law", ("Dale Whitcomb",)),
    ("k01", "Every word of it, senator", ("Paula Wrenfield",)),
    ("k01", "called the statute a blank check", ("Marisol Vega",)),
    ("k01", "Whose check was it", ("Marisol Vega",)),
    ("k01", "get to rewrite it", ("Paula Wrenfield",)),
    ("k01", "known this woman for twenty years", ("Harlan Oakes",)),
    ("k01", "drag this out", ("Gus Tremaine",)),
    ("k02", "more cages", ("Ana Ruiz",)),
    ("k02", "House did its job", ("Clay Hubbard",)),
    ("k02", "wrote a blank check to an agency", ("Pete Lundgren",)),
    ("k02", "promised the American people we would act", ("Roberta Kessel",)),
    ("k02", "History will remember", ("Luis Barragan",)),
    ("k02", "looks forward to signing", WHITE_HOUSE),
    ("k02", "rubber-stamp", ("Tom Hadley",)),
    ("k03", "wall will get built", ("Julian Corvo",)),
    ("k03", "nice man, but he is a weak man", ("Julian Corvo",)),
    ("k03", "The debates need me", ("Julian Corvo",)),
    ("k03", "Will voters see them", ("Mark Deverell",)),
    ("k03", "My lawyers say no", ("Julian Corvo",)),
    ("k03", "greatest people", ("Julian Corvo",)),
    ("k04", "first learn the ambassador", ("Warren Collins",)),
    ("k04", "Around 10 p.m.", ("Rima Haddad",)),
    ("k04", "who did you call", ("Warren Collins",)),
    ("k04", "operations center", ("Rima Haddad",)),
    ("k04", "Deputy Secretary Lanier", ("Warren Collins",)),
    ("k04", "Yes, sir", ("Rima Haddad",)),
    ("k04", "testified for nine hours", ("Janet Pruitt",)),
    ("k04", "questions nobody will answer", ("Warren Collins",)),
    ("k05", "extraordinary that we would see", ("Robby Tarrant",)),
    ("k05", "owes the American people", ("Jon Kessler",)),
    ("k05", "will not go away", ("Reed Prescott",)),
    ("k05", "get it all out", ("Claire Sutton",)),
    ("k05", "deserve to know before they vote", ("Reed Prescott",)),
    ("k06", "harm", ("Bryce Holloway",)),
    ("k06", "remain a state that welcomes", ("Nadine Chu",)),
    ("k06", "until we are sure they are safe", ("Greg Ashford",)),
    ("k06", "no legal authority", ACLU),
    ("k06", "being drafted tonight", ("Kyle Dimmick",)),
    ("k07", "here all night", ("Mike Brasko",)),
    ("k07", "very comfortable", ("Ruby Stanwick",)),
    ("k07", "flipped a coin", ("Teresa Lindahl",)),
    ("k07", "not suspending this fight", ("Martin Okerlund",)),
    ("k07", "expect results shortly", ("Andrea Moyle",)),
    ("k07", "they are in the rule book", ("Andrea Moyle",)),
    ("k08", "Why run against an incumbent", ("Sam Ilves",)),
    ("k08", "stopped showing up", ("Rae Dunmore",)),
    ("k08", "A rating from the NRA", ("Sam Ilves",)),
    ("k08", "My dad taught me to shoot", ("Rae Dunmore",)),
    ("k08", "And your father", ("Sam Ilves",)),
    ("k08", "He passed in 2012", ("Rae Dunmore",)),
    ("k08", "camouflage hat", ("Neil Garvey",)),
    ("k09", "needs these jobs", ("Joan Hetland",)),
    ("k09", "dirtiest oil", ("Rick Durand",)),
    ("k09", "chosen the environmental lobby", ("Mitchell Crane",)),
    ("k09", "every available avenue", ("Plainsway Energy",)),
    ("k09", "keep bringing it back", ("Tom Galvin",)),
    ("k09", "people beat the pipeline", ("Hannah Greaves",)),
    ("k10", "wrong then, wrong now", NARRATOR),
    ("k10", "spent $20 million", ("Jill Ochoa",)),
    ("k10", "Every word in it is true", ("Ward Pellham",)),
    ("k10", "talk about jobs", ("Ted Strickman",)),
    ("k10", "He can talk about me", ("Ted Strickman",)),
    ("k11", "should have a voice", ("Mitchell Crane",)),
    ("k11", "constitutional duty to act", ("Pat Leland",)),
    ("k11", "next president should make this pick", ("Elliot Sandoval",)),
    ("k11", "held accountable", ("Hollis",)),
    ("k11", "fulfill my constitutional", PRESIDENT),
    ("k12", "promised body cameras", ("Rafael Ortiz",)),
    ("k12", "we bought them", ("Denise Atwood",)),
    ("k12", "footage never released", ("Rafael Ortiz",)),
    ("k12", "take ten minutes", ("Lydia Brand",)),
    ("k12", "knows the rules", ("Denise Atwood",)),
    ("k12", "follows the law on every release", ("Omar Whitlow",)),
    ("k13", "One good month", ("Kent Bradley",)),
    ("k13", "The recovery is real", ("Sandra Levine",)),
    ("k13", "a mirage built on part-time work", ("Owen Hatfield",)),
    ("k13", "Wages are finally moving", ("Tomas Ibarra",)),
    ("k13", "Nobody should read too much", ("Amy Tollner",)),
    ("k13", "credit the American worker", ("Kent Bradley",)),
]

KNOWN_WRONG_COLON62: dict[tuple[str, str], tuple[str | None, str]] = {  # given, why
    ("k07", "here all night"): (
        None,
        '"Sanders spokesman Mike Brasko, on the tight count:": the tagger reads "Sanders" as '
        'a plural noun and "spokesman" as a verb, so the label holds a clause',
    ),
    ("k07", "flipped a coin"): (
        "Ames",
        '"Overheard from a precinct captain in Ames, Teresa Lindahl:": the name comes after '
        "its description, set off by a comma; the place before the comma is taken",
    ),
    ("k08", "Why run against an incumbent"): (
        None,
        'an interview\'s "Q:" label is left as it is: the interviewer named in the '
        'introduction ("Gazette reporter Sam Ilves") is not linked to it',
    ),
    ("k08", "A rating from the NRA"): (None, 'the same interview\'s second "Q:"'),
    ("k08", "And your father"): (None, 'the same interview\'s third "Q:"'),
    ("k11", "fulfill my constitutional"): (
        "Elliot Sandoval",
        '"The president, asked about it in Lima, Peru, said he would nominate someone. '
        '“...,” he said.": "he" goes to the last named man, not to "the president" '
        "(an unnamed title holder)",
    ),
}

test_probe_speaker_colon62_batch, test_colon62_batch_figure = judged_batch_tests(
    "colon62", PROBES, PROBES_COLON62, KNOWN_WRONG_COLON62, FIRST_JUDGED, size=79
)
