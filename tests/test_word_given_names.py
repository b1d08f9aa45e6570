"""A given name that is a frequent English word ("Felicity", "Hope") is read as one only
where the article shows it: the name in apposition after a noun for a person, or with an
age or a person's description after it (:func:`core.person_names.word_given_shown`)."""

from __future__ import annotations

from core.person_names import introduced_name, word_given_shown
from tests.analyses import speaker_of

DEBATE = (
    "“What will you cut first?” asked the moderator, Felicity Ransome of WKTV.\n\n"
    "“Nothing that works,” said Marjorie Ellwood, the state treasurer.\n\n"
    "“That is not an answer,” Ellwood's rival, Dorian Pasko, said.\n\n"
    "Ransome tried to move on. “We have a lot to get through,” she said."
)


def test_a_word_name_in_apposition_to_a_role_is_a_person() -> None:
    """ "the moderator, Felicity Ransome ... Ransome tried to move on. “...,” she said":
    the moderator, not the last woman quoted (no list holds "Felicity")."""
    assert speaker_of(DEBATE, "We have a lot to get through") == "Felicity Ransome"


def test_a_word_name_is_the_full_name_its_surname_stands_for() -> None:
    assert introduced_name(DEBATE, "Ransome") == "Felicity Ransome"


def test_an_age_after_a_word_name_shows_it() -> None:
    text = "Hope Daley, 34, runs the bakery. Daley said sales were down."
    assert word_given_shown(text, "Hope", "Daley")


def test_a_kin_noun_before_a_word_name_shows_it() -> None:
    assert word_given_shown("His wife, Felicity Okonjo, said no.", "Felicity", "Okonjo")


def test_a_word_before_a_capitalised_word_alone_shows_nothing() -> None:
    """A street, a headline, a thing's noun before a name: no given name."""
    assert not word_given_shown("Hope Street Market opens on Hope Street.", "Hope", "Street")
    assert not word_given_shown("Will Power Returns\n\nThe band is back.", "Will", "Power")
    assert not word_given_shown("Felicity Ransome said no.", "Felicity", "Ransome")


def test_a_thing_in_apposition_shows_nothing() -> None:
    """ "the venue, Liberty Hall," follows no noun for a person."""
    assert not word_given_shown("They chose the venue, Liberty Hall, in May.", "Liberty", "Hall")


def test_a_run_opened_before_the_word_or_an_organisation_shows_nothing() -> None:
    """ "America Rising PAC, an outside Republican group,": no "Rising" of a "PAC"."""
    text = "America Rising PAC, an outside Republican group, is blasting out missives."
    assert not word_given_shown(text, "Rising", "PAC")
    assert not word_given_shown("Pacific Hope Daley, 34, is a ship.", "Hope", "Daley")


def test_a_name_no_list_holds_after_the_role_it_is_the_appositive_of() -> None:
    """ "The challenger, Wanjiku' Odera, accused ... her agents. “...”": the appositive of a
    noun for a person after "the" is a person's name, though no list holds "Wanjiku'"
    (before, only after "his", "her", "their" or "its")."""
    text = (
        "“The count is fair,” said Samuel Otieno Kibet, the returning officer.\n\n"
        "The challenger, Wanjiku’ Odera, accused the officials of turning away her agents. "
        "“They were told to leave before the count,” she said."
    )
    assert speaker_of(text, "They were told to leave") == "Wanjiku’ Odera"


def test_an_imperative_before_a_described_name_is_no_given_name() -> None:
    """ "Ask Pemberton, a county chairwoman outside Toledo.": "Ask" is a verb there."""
    text = "Ask Pemberton, a county chairwoman outside Toledo. Pemberton said no."
    assert not word_given_shown(text, "Ask", "Pemberton")
    assert introduced_name(text, "Pemberton") is None


def test_a_relative_clause_a_title_or_a_place_shows_no_given_name() -> None:
    """ "the chairman of Bear Stearns, who died": the clause is the chairman's."""
    text = "Alan Greer, the chairman of Bear Stearns, who died in 2014, had a flat."
    assert not word_given_shown(text, "Bear", "Stearns")
    assert not word_given_shown("the senator, President Obama, 54, said", "President", "Obama")
    assert not word_given_shown("His home, New York, 30, is far.", "New", "York")
