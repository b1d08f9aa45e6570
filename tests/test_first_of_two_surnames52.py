"""A later "Mr. Karimi" is the "Mehrdad Karimi Rad" named before: the first of two
surnames names the person even where no list holds the first name, when the name of three
words is written in running text and no one else in the article has that word in their
name. A Dutch particle with its elided article ("in 't") stays in the name too.
Sentences written for the test; the people invented."""

from __future__ import annotations

from core import nlp
from core.person_names import inner_surnames as _inner_surnames
from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_the_first_of_two_surnames_after_an_unlisted_first_name() -> None:
    text = (
        "Oil minister Mehrdad Karimi Rad spoke in Vienna on Monday.\n\n"
        "\u201cIran has every right to reclaim its share,\u201d Mr. Karimi said."
    )
    assert _speaker(text, "every right") == "Mehrdad Karimi Rad"


def test_a_listed_first_name_keeps_its_two_surnames() -> None:
    text = (
        "Mexican President Andrés Manuel López Obrador met reporters.\n\n"
        "\u201cWe will build the refinery,\u201d Mr. López said."
    )
    assert _speaker(text, "refinery") == "Andrés Manuel López Obrador"


def test_another_person_of_the_word_keeps_it() -> None:
    """Where someone else is named with the word as their surname, the lone word is theirs."""
    text = (
        "Oil minister Mehrdad Karimi Rad spoke in Vienna on Monday. His deputy, Hamid "
        "Karimi, stayed in Tehran.\n\n"
        "\u201cWe are ready,\u201d Mr. Karimi said."
    )
    assert _speaker(text, "are ready") == "Hamid Karimi"


def test_which_names_of_an_unlisted_first_name_hold_two_surnames() -> None:
    """A common noun opening three words ("Tower Karimi Rad") is no first name, a name
    of four words needs a listed first name, and a name written only in a headline line
    counts for none."""
    text = (
        "Oil Talks Cheered By Babak Rouhani Aides\n\n"
        "Mehrdad Karimi Rad and Tower Karimi Rad were there; so was Reza Mehdi Karimi Rad."
    )
    assert _inner_surnames("Mehrdad Karimi Rad", text) == ["karimi"]
    assert _inner_surnames("Tower Karimi Rad", text) == []
    assert _inner_surnames("Reza Mehdi Karimi Rad", text) == ["mehdi", "karimi"]
    assert _inner_surnames("Babak Rouhani Aides", text) == []
    assert _inner_surnames("Kourosh Mehdi Karimi Rad", "Kourosh Mehdi Karimi Rad spoke.") == []


def test_a_dutch_particle_with_its_elided_article_stays_in_the_name() -> None:
    """ "Marieke in 't Hout": "in 't" (and "van 't") is part of her name, not its end."""
    text = (
        "\u201cThe port will grow,\u201d said Marieke in 't Hout, a Dutch alderman.\n\n"
        "In 't Hout said later that \u201cthe dredging starts in May.\u201d"
    )
    assert _speaker(text, "port will grow") == "Marieke in 't Hout"
    assert _speaker(text, "dredging starts") == "Marieke in 't Hout"
    text = "\u201cWe sail at noon,\u201d said Joost van 't Riet, the harbour master."
    assert _speaker(text, "sail at noon") == "Joost van 't Riet"


def test_an_apostrophe_t_after_in_is_no_particle_without_a_name_around_it() -> None:
    tokens = nlp.tokenize("They were in 't Hof on Sunday, and Anna said it was fine.")
    tagged = nlp.tag(tokens)
    assert [t.tag for t in tagged][2] != "NNP"
