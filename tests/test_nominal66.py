"""nominal66: descriptions of a named person left as anonymous rows (invented sentences).

- An epithet ("the real estate developer") after a quotation in two single marks
  (''...'', as some papers print them) is read as after one in double marks: the subject
  of the sentence before (main: an anonymous "real estate developer" row).
- A description sharing its "the" across "and" with a hyphenated first one ("The
  Republican front-runner and former governor said") is one person's (main: "former
  governor").
- Two modifiers set apart by a comma ("the soft-spoken, 64-year-old engineer") are one
  phrase under one "the" (main: an anonymous "64-year-old engineer").
"""

from __future__ import annotations

from core import nlp
from core.people_phrases import determiner_before
from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def test_an_epithet_after_a_quotation_in_single_marks() -> None:
    text = (
        "When Mr. Dawes could not join the old country club, Mr. Pruitt boasted that he"
        " had welcomed the retired judge to his own course."
        + N
        + "''He is a fine gentleman and a poor putter,'' the real estate developer said of"
        " Mr. Dawes."
    )
    assert _speaker(text, "He is a fine") == "Pruitt"


def test_a_hyphenated_description_shares_its_the_across_and() -> None:
    text = (
        "“We are not done yet,” Eleanor Whitfield said in Des Moines on Sunday. “I think"
        " the voters will hear more from us.”"
        + N
        + "The Republican front-runner and former governor said the state needed “a lot"
        " more roads.”"
    )
    assert _speaker(text, "a lot more roads") == "Eleanor Whitfield"


def test_two_modifiers_apart_by_a_comma_are_one_phrase() -> None:
    text = (
        "Arvid Lindqvist ran the water agency for a decade. When he took over in 2009, he"
        " made water rights his first cause, against the advice of his staff."
        + N
        + "“From the first week, I put the rivers first,” the soft-spoken, 64-year-old"
        " engineer said in an interview."
    )
    assert _speaker(text, "From the first week") == "Arvid Lindqvist"


def _determiner(sentence: str, first: str) -> str | None:
    """The phrase :func:`determiner_before` reads back to from ``first`` to "said"."""
    tokens = nlp.tag(nlp.tokenize(sentence))
    i = next(n for n, t in enumerate(tokens) if t.text == first)
    j = next(n for n, t in enumerate(tokens) if t.text == "said")
    k = determiner_before(tokens, i, j)
    return None if k is None else " ".join(t.text for t in tokens[k:j])


def test_a_comma_after_a_phrase_of_its_own_is_not_crossed() -> None:
    """Only a modifier of a noun for one person after the comma."""
    assert _determiner("Then the tall, 58-year-old mayor said no.", "58") == (
        "the tall , 58 - year - old mayor"
    )
    assert _determiner("In the end, former aides said no.", "former") is None
    assert _determiner("For the big, political personal finance said no.", "political") is None
