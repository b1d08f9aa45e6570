"""coref60: descriptions of a named person left as anonymous rows (invented sentences).

- A two-word noun for a person (WordNet's ``person_phrases``: "running mate", "managing
  editor") stays whole before its cue, though the tagger reads its first word as a verb
  (main: "his running mate said" was read as "mate").
- An epithet, a noun for a person by trade or sex with words of its own before it ("the
  real estate developer", "the former first lady"), is the subject of the sentence just
  before, "he"/"she" read through (main: an anonymous "real estate developer" row). A bare
  "the developer", or a subject the epithet's sex does not fit, stays unresolved.
"""

from __future__ import annotations

from core import nlp
from core.phrases import np_before
from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def _subject_of_said(sentence: str) -> str:
    tokens = nlp.tag(nlp.tokenize(sentence))
    k = next(n for n, t in enumerate(tokens) if t.text == "said")
    np = np_before(tokens, k)
    assert np is not None
    return " ".join(t.text for t in tokens[np[0] : np[1]])


def test_a_two_word_person_noun_stays_whole() -> None:
    """ "his running mate said": the tagger's "running/VBG" is the noun's first word."""
    assert _subject_of_said("On Friday his running mate said the race was close.") == (
        "his running mate"
    )
    assert _subject_of_said("Later the managing editor said the story would run.") == (
        "the managing editor"
    )


def test_running_mate_is_read_whole_as_the_speaker() -> None:
    text = (
        "Gov. Tobias Wren introduced his running mate, state Sen. Greta Ambler, at a rally"
        " in Dayton on Monday."
        + N
        + "Wren promised lower property taxes."
        + N
        + "“We will carry every county on the river,” his running mate said."
    )
    assert _speaker(text, "We will carry") == "Greta Ambler"


def test_an_epithet_by_trade_is_the_subject_just_before() -> None:
    """ "Mr. Pruitt boasted that ... \\n\\n“...,” the real estate developer said"."""
    text = (
        "When Mr. Dawes could not join the old country club, Mr. Pruitt boasted that he"
        " had welcomed the retired judge to his own course."
        + N
        + "“He is a fine gentleman and a poor putter,” the real estate developer said."
    )
    assert _speaker(text, "He is a fine") == "Pruitt"


def test_an_epithet_reads_through_a_pronoun_subject() -> None:
    """ "Lorna Vasquez has ... . But she ... \\n\\n“...,” the former first lady said"."""
    text = (
        "Lorna Vasquez has an easier road to the nomination than she had in 2012. But she"
        " still trails in the mountain counties."
        + N
        + "“I was raised to finish what I start,” the former first lady said on Tuesday."
    )
    assert _speaker(text, "I was raised") == "Lorna Vasquez"


def test_an_epithet_of_the_other_sex_is_not_the_subject() -> None:
    """A man as the subject just before is not "the former first lady"."""
    text = (
        "Sen. Roland Pike spent the morning at a diner in Keene. He shook every hand."
        + N
        + "“We cannot take this state for granted,” the former first lady said."
    )
    assert _speaker(text, "We cannot take") != "Roland Pike"


def test_a_bare_trade_noun_is_not_read_as_an_epithet() -> None:
    """ "the developer" alone may be someone never named: not the subject before."""
    text = (
        "Mayor Irene Castle opened the new bridge on Friday. She cut the ribbon."
        + N
        + "“The city owes us for the road,” the developer said."
    )
    assert _speaker(text, "The city owes") != "Irene Castle"
