"""coref53: mends to the resolver found by grouping the coref probe batches' KNOWN_WRONG
rows (sentences written for these tests, not taken from the probes or PolNeAR)."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"
STORE = (
    "A hardware store closes after 70 years"
    + N
    + "The store was founded in 1954 by Walter Weller, a carpenter, and his wife, Ruth. Their"
    " son, Dennis Weller, has run it since 1990. \u201cMy father built these shelves"
    " himself,\u201d he said. \u201cI can't take them with me.\u201d"
    + N
    + "A longtime customer, Gail Porter, 72, came to buy a last box of nails. \u201cI bought"
    " my first hammer here,\u201d she said." + N
)


def test_a_lone_surname_is_the_relative_who_has_spoken() -> None:
    """A lone surname shared by a father named in passing and the son introduced as his
    relative, who has been quoted ("“...,” he said"), is the son: the father never spoke
    (main: the father, by coref50's rule that a relative is not the surname alone)."""
    text = STORE + "Weller shook his head. \u201cThey want a coffee shop here,\u201d he said."
    assert _speaker(text, "coffee shop") == "Dennis Weller"


def test_a_lone_surname_stays_the_subject_when_both_have_spoken() -> None:
    """Where the one the relative belongs to has been quoted too, the lone surname is
    still theirs (coref50's rule holds): "Ines Barrow, a potter ... “...,” she said. ...
    Her mother, Clara Barrow, ... “...,” she said. ... Barrow said"."""
    text = (
        "A potter opens her first show"
        + N
        + "The gallery on Main Street opened a show of bowls by Ines Barrow, a potter from"
        " Maine. \u201cEvery bowl took a week,\u201d she said."
        + N
        + "Her mother, Clara Barrow, drove up from Boston. \u201cShe made mud pies at"
        " three,\u201d she said."
        + N
        + "Barrow said she would show in New York next. \u201cNew York is the test,\u201d she"
        " said."
    )
    assert _speaker(text, "New York is the test") == "Ines Barrow"


def test_a_titled_name_set_off_after_a_relative_clause_is_the_subject() -> None:
    """ "The surgeon who performed the operation, Dr. Paul Moss, said ...": the name set off
    after the described subject and before "said" is the subject though a title stands
    between the comma and the name (main: the subject was left unread, so "he" went to the
    man quoted before)."""
    text = (
        "A firefighter walks again"
        + N
        + "Frank Coyle, 58, fell through a roof in June. \u201cI thought that was it,\u201d he"
        " said."
        + N
        + "The surgeon who performed the operation, Dr. Paul Moss, said the recovery had been"
        " quick. \u201cHe was walking in two days,\u201d he said."
    )
    assert _speaker(text, "walking in two") == "Paul Moss"


def test_a_title_word_set_off_before_the_name_is_the_subject_too() -> None:
    """The same with a title word, not an abbreviation: "..., Professor Ruth Lane, said"."""
    text = (
        "A comet returns"
        + N
        + "Frances Hale, 70, saw it as a girl. \u201cI was nine,\u201d she said."
        + N
        + "The astronomer who performed the first count, Professor Ruth Lane, said the tail"
        " was longer this time. \u201cIt doubled,\u201d she said."
    )
    assert _speaker(text, "It doubled") == "Ruth Lane"


FARM = (
    "A dairy farm sells its herd"
    + N
    + "Nora Whitcomb and her husband, Len, milked their last cows on Friday. \u201cForty"
    " years, twice a day,\u201d she said."
    + N
    + "A neighbour, Carl Ruiz, 66, bought six of the heifers. \u201cGood stock,\u201d he said."
    + N
)


def test_the_couple_said_is_the_first_named_of_the_couple() -> None:
    """ "The couple said ..." after a woman and her husband were named (one more person
    named between) is the first of the two, as a "they" after a pair is (main: the group
    "couple")."""
    text = FARM + "The couple said they would keep the barn. \u201cIt stays red,\u201d they said."
    assert _speaker(text, "It stays red") == "Nora Whitcomb"


def test_a_couple_means_no_one_named_where_no_man_and_woman_share_a_surname() -> None:
    """Where the last people mentioned are no man and woman of one surname, "the couple"
    stays a group of its own."""
    text = (
        "A bakery closes"
        + N
        + "Nora Whitcomb, 70, ran the bakery for forty years. \u201cIt was time,\u201d she said."
        + N
        + "The couple who bought the building said they would open a cafe. \u201cWe love the"
        " old ovens,\u201d they said."
    )
    assert _speaker(text, "old ovens") != "Nora Whitcomb"


def test_the_couple_as_the_subject_of_no_speech_verb_names_no_one() -> None:
    """ "The couple started a charity that focuses on ‘...’": the couple is not read as a
    speaker there (the words are the charity's), so no row goes to one of them."""
    text = FARM + (
        "The couple started a charity that focuses on \u201cfarm families in trouble.\u201d"
    )
    assert _speaker(text, "farm families") != "Nora Whitcomb"
