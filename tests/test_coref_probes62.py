"""coref62: invented probes for pronoun speakers ("he said", "she added", "they said", "it
said") resolved to the person a reporter sees, in the held-out split's genre (US politics
news in the 2015-16 style), a twelfth coref batch after coref58: 12 short stories (108
quotations), every person invented, in genres the earlier batches used little: AP and
Reuters wire copy with bylines and datelines (a judicial confirmation hearing, h01; a voting
lawsuit, h06), a caucus-night live blog with time stamps (h02), features at a kitchen table
and on a campaign bus (h03, h12), a first-person opinion column (h04), local news (a school
board, h05; a city council, h11; a statehouse, h10), a primary-loss story whose dek and photo
line name the speaker before the first quotation (h07), a Capitol notebook of three-star
items (h08) and a two-woman House race (h09). Built on: two people of one sex in a paragraph
(two senators, two board members, two women candidates, two councilmen); a pronoun after a
quotation from someone else of the same or the other sex; "he" for the subject of the
sentence before where another man is named later in it ("Beck said Ferrante had cited the
wrong cases. “...,” he said"; "Voight told reporters ... that Gale had promised"); a pronoun
opening a paragraph after a paragraph about someone else (a caucus-night entry after a time
stamp; "She said she would ask the city attorney ..." after a councilman's paragraph); names
whose sex only the text tells (Imani, Odile, Tamsin, Jordan, Casey, Avery, "Sen. Kim",
initials "R.J." and "K.C.", a byline "J.T. ARLEDGE"); "they" for a couple and "it" for the
ACLU, a state party, a union and a senator's office; an "I" inside a quotation that is not
the speaker's ("My dad used to say, 'I can survive ...'"; "My father told me, 'I never quit
...'"); and a first quotation whose person is named only in the dek and the photo line.

The stories and the judged list were written together and committed before On Record read
them (built from marked text by /work/notes/coref62_scripts/gen.py). Judging rules, written
before the run: a pronoun's speaker is the person a reader resolves it to, as the name the
article writes for them in full; an organisation under any name the article writes for it;
a couple's "they" as either of them; a senator's office's "it" as the office or the senator.

First judged, on main 542b672 before any mend: 98 of 108 right (90.7%; 10 wrong). Wrong
first: "they" for a couple given as "Mayor Odile Delacroix and her husband, Bastien," or
"Joe Santangelo and his wife, Carla," (nobody, 4: the first "they" and the last, after "the
couple"), and for "Arthur and Ilse Brandvold, a retired couple" (the ACLU named before, 1);
a speaking "it" after "Carrow's office later sent a statement" ("statement", 2); "she" for
"Councilor Avery Lang, who asked for the delay, said she ..." given to the byline's woman
("ANNIE VOSS"), as is every later "she" of hers (3).

After the mends below: 105 of 108. Left (KNOWN_WRONG_62): the couple given as "Among the
plaintiffs are Arthur and Ilse Brandvold, a retired couple" (a pair after "are" is no
subject), and the senator's office's statement ("it said" gives "statement", as "the
statement said" does; PolNeAR train takes a document as the source, so this is as much the
judging rule as the code).
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_62.json")
FIRST_JUDGED = 98  # right on main (542b672) before any mend, of 108

PROBES_62: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("h01", "The chairman is", ("Tobias Ferrante",)),
    ("h01", "My colleague is", ("Roland Beck",)),
    ("h01", "I have both", ("Roland Beck",)),
    ("h01", "I follow the", ("Imani Okafor",)),
    ("h01", "That is the", ("Tobias Ferrante",)),
    ("h01", "It's the answer", ("Roland Beck",)),
    ("h01", "Every nominee says", ("Roland Beck",)),
    ("h01", "We'll see how", ("Roland Beck",)),
    ("h01", "She's been ready", ("Chidi Okafor",)),
    ("h02", "We ran out", ("Bettina Olander",)),
    ("h02", "I've been to", ("Daniel Kim",)),
    ("h02", "Nobody can say", ("Daniel Kim",)),
    ("h02", "Ask me in", ("Drew Pinsky",)),
    ("h02", "I feel it,", ("Lorraine Haskett",)),
    ("h02", "Iowa knows me.", ("Lorraine Haskett",)),
    ("h02", "It's early,", ("Daniel Kim",)),
    ("h02", "We're not declaring", ("Daniel Kim",)),
    ("h02", "I called Senator", ("Lorraine Haskett",)),
    ("h02", "This race is", ("Lorraine Haskett",)),
    ("h02", "Iowa, you gave", ("Daniel Kim",)),
    ("h03", "We've gotten used", ("Odile Delacroix", "Bastien Delacroix")),
    ("h03", "If I don't", ("Odile Delacroix",)),
    ("h03", "She picks up", ("Bastien Delacroix",)),
    ("h03", "I sleep in", ("Bastien Delacroix",)),
    ("h03", "He walked right", ("Odile Delacroix",)),
    ("h03", "Twice.", ("Odile Delacroix",)),
    ("h03", "The mayor is", ("Felicia Moten",)),
    ("h03", "Felicia is right", ("Odile Delacroix",)),
    ("h03", "I could let", ("Odile Delacroix",)),
    ("h03", "More zoning maps,", ("Odile Delacroix", "Bastien Delacroix")),
    ("h04", "We'll raise it", ("Mitch Carrow",)),
    ("h04", "Not before.", ("Mitch Carrow",)),
    ("h04", "Nobody is going", ("Mitch Carrow",)),
    ("h04", "My dad used", ("Wendell Price",)),
    ("h04", "That's what a", ("Wendell Price",)),
    ("h04", "The senator has", ("Mitch Carrow", "Carrow's office")),
    ("h04", "He will not", ("Mitch Carrow", "Carrow's office")),
    ("h04", "Mitch said the", ("Wendell Price",)),
    ("h04", "Then he voted", ("Wendell Price",)),
    ("h05", "We will need", ("Janice Tully",)),
    ("h05", "These kids are", ("Marisol Ybarra",)),
    ("h05", "We can't keep", ("Marisol Ybarra",)),
    ("h05", "Who drives their", ("Janice Tully",)),
    ("h05", "We'll make it", ("Warren Glick",)),
    ("h05", "He's a zombie", ("Kerri Hammond",)),
    ("h05", "She works at", ("Dale Pruett",)),
    ("h05", "Now she'll be", ("Dale Pruett",)),
    ("h05", "But I'll keep", ("Janice Tully",)),
    (
        "h06",
        "Thousands of Kansans",
        ("American Civil Liberties Union", "The American Civil Liberties Union", "ACLU"),
    ),
    (
        "h06",
        "We intend to",
        ("American Civil Liberties Union", "The American Civil Liberties Union", "ACLU"),
    ),
    ("h06", "The ACLU has", ("Kurt Lindahl",)),
    ("h06", "We've voted in", ("Arthur Brandvold", "Ilse Brandvold")),
    ("h06", "They lost it", ("Ilse Brandvold",)),
    ("h06", "Kansans want clean", ("Kansas Republican Party", "The Kansas Republican Party")),
    ("h06", "Whatever it takes,", ("Kurt Lindahl",)),
    ("h07", "We're not done,", ("Lydia Brandt",)),
    ("h07", "Not even close.", ("Lydia Brandt",)),
    ("h07", "This was a", ("Ken Oduya",)),
    ("h07", "She's not there", ("Rosa Keane",)),
    ("h07", "She's earned the", ("Ken Oduya",)),
    ("h07", "I'll write her", ("Terrell Hopkins",)),
    ("h07", "I'm going to", ("Lydia Brandt",)),
    ("h08", "My district grows", ("Jordan Ashby",)),
    ("h08", "She's new,", ("Carl Espinoza",)),
    ("h08", "New members learn.", ("Carl Espinoza",)),
    ("h08", "I'm new, I'm", ("Jordan Ashby",)),
    ("h08", "Nobody wants that", ("Casey Ortolan",)),
    ("h08", "Eighteen years of", ("K.C. Marsh",)),
    ("h08", "My knees are", ("K.C. Marsh",)),
    ("h08", "She never took", ("Bill Tennant",)),
    ("h08", "He gave me", ("Arlen Voight",)),
    ("h08", "That's good enough", ("Arlen Voight",)),
    ("h08", "He said he'd", ("Tori Lund",)),
    ("h08", "Talk to my", ("Preston Gale",)),
    ("h09", "I have never", ("Ruth Abara",)),
    ("h09", "Then explain the", ("Naomi Westergaard",)),
    ("h09", "You can look", ("Ruth Abara",)),
    ("h09", "It's public.", ("Ruth Abara",)),
    ("h09", "The Blue Line", ("Naomi Westergaard",)),
    ("h09", "Naomi voted against", ("Ruth Abara",)),
    ("h09", "Ruth is desperate,", ("Leah Pohl",)),
    ("h09", "Tell Leah I", ("Ruth Abara",)),
    ("h10", "This is the", ("Tamsin Hollowell",)),
    ("h10", "This one has", ("R.J. Castellanos",)),
    ("h10", "The last one", ("R.J. Castellanos",)),
    (
        "h10",
        "This bill breaks",
        ("Illinois Education Association", "The Illinois Education Association"),
    ),
    ("h10", "We wrote this", ("Tamsin Hollowell",)),
    ("h10", "He's been waiting", ("Meg Tolan",)),
    ("h10", "She counted every", ("R.J. Castellanos",)),
    ("h10", "I've never seen", ("R.J. Castellanos",)),
    ("h11", "Every month we", ("Terrence Obi",)),
    ("h11", "A five-year deal", ("Avery Lang",)),
    ("h11", "My officers want", ("Hollis Redd",)),
    ("h11", "They protect us", ("Hollis Redd",)),
    ("h11", "That's what I've", ("Terrence Obi",)),
    ("h11", "That's my concern,", ("Avery Lang",)),
    ("h11", "I'm not voting", ("Gene Whitlow",)),
    ("h11", "If the lawyers", ("Avery Lang",)),
    ("h11", "The public wants", ("Terrence Obi",)),
    ("h12", "We've put 6,000", ("Joe Santangelo", "Carla Santangelo")),
    ("h12", "My father told", ("Joe Santangelo",)),
    ("h12", "So I'm not", ("Joe Santangelo",)),
    ("h12", "He'll miss an", ("Carla Santangelo",)),
    ("h12", "People send a", ("Hunter Boyle",)),
    ("h12", "Because the other", ("Joe Santangelo",)),
    ("h12", "I like him,", ("Ellen Marchetti",)),
    ("h12", "I just don't", ("Ellen Marchetti",)),
    ("h12", "Ask us in", ("Joe Santangelo", "Carla Santangelo")),
]

WHY_62 = {  # why each quotation on KNOWN_WRONG_62 is wrong
    "couple": (
        '"Arthur and Ilse Brandvold, a retired couple from Lawrence": two first names on one '
        'surname are no pair for "they"; the organisation named before is taken'
    ),
    "statement": (
        '"Carrow\'s office later sent a statement. “...,” it said": the speaking "it" takes '
        "the object, the statement, not the office (or the senator it speaks for)"
    ),
}

KNOWN_WRONG_62 = known_wrong_from(  # what On Record gives, why
    WHY_62,
    [
        ("h04", "The senator has", "statement", "statement"),
        ("h04", "He will not", "statement", "statement"),
        ("h06", "We've voted in", "American Civil Liberties Union", "couple"),
    ],
)

test_probe_speaker_coref62_batch, test_coref62_batch_figure = judged_batch_tests(
    "coref62", PROBES, PROBES_62, KNOWN_WRONG_62, FIRST_JUDGED, size=108
)


# ---- mend (sentences written for the test, not the probes; it fails on main 542b672)

N = "\n\n"


def test_a_spouse_named_by_first_name_then_in_full_is_a_pair_for_they() -> None:
    """ "Gil Ostrow and his wife, Nora, ... “...,” they said", where the story names her in
    full later ("Nora Ostrow runs the bakery"): still the pair, the row to him."""
    text = (
        "Gil Ostrow and his wife, Nora, have knocked on 3,000 doors this fall."
        + N
        + "“Our feet hurt,” they said on Tuesday."
        + N
        + "Nora Ostrow runs the bakery on Elm Street. “He talks, I bake,” she said."
    )
    assert _speaker(text, "Our feet hurt") == "Gil Ostrow"


def test_a_pair_after_a_title_written_in_full_opens_its_sentence() -> None:
    """ "Mayor Rena Falk and her husband, Otto, a retired pilot, ... “...,” they said": the
    pair after "Mayor" opens its sentence as after "Sen."."""
    text = (
        "Mayor Rena Falk and her husband, Otto, a retired pilot, live above the hardware store."
        + N
        + "“We like the noise,” they said."
    )
    assert _speaker(text, "We like the") == "Rena Falk"


def test_the_couple_as_a_subject_before_they_said() -> None:
    """ "Later, the couple shared a look. “...,” they said": the couple named before, as
    "the couple said" is, though another man and woman were quoted since."""
    text = (
        "Gil Ostrow and his wife, Nora Ostrow, have knocked on 3,000 doors this fall."
        + N
        + "A neighbor, Pat Greer, said he would vote for them. “They earned it,” he said."
        + N
        + "Later, the couple shared a look. “Ask us in May,” they said."
    )
    assert _speaker(text, "Ask us in") in ("Gil Ostrow", "Nora Ostrow")


def test_said_she_tells_the_sex_of_a_name_guessed_for_men() -> None:
    """ "Councilor Avery Lang, who asked for the delay, said she ...": "Avery" is guessed a
    man's (0.92), but the "she" she says of herself tells; her next "she said" is hers, not
    the byline's woman's."""
    text = (
        "By MARTA KRAL"
        + N
        + "The council put off the vote on Tuesday."
        + N
        + "Councilor Avery Lang, who asked for the delay, said she liked the plan. "
        + "“A deal is a deal,” she said."
    )
    assert _speaker(text, "A deal is") == "Avery Lang"
