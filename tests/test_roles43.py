"""Branch roles43: a phrase opened by a possessive set beside a name that, with it, is its
clause's subject ("His digital mastermind, Teddy Goff, helms ..."), whatever the phrase's
noun; and a role noun a list also holds as a given name written before a person's given
name ("former CIA operative and Marine John “Tig” Tiegen"), which is a title, not part of
the name. Sentences written for these forms, with their near misses."""

from __future__ import annotations

from tests.analyses import roles_of


def test_a_possessive_phrase_beside_a_subject_name_is_its_role() -> None:
    text = (
        "His digital mastermind, Pieter Jansen, runs the campaign's web shop. <We post every"
        " hour,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == "His digital mastermind"


def test_no_role_from_a_possessive_phrase_a_preposition_governs() -> None:
    text = (
        "In his response, Pieter Jansen, said on Tuesday that the plan was sound. <We post"
        " every hour,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] is None


def test_no_role_when_the_name_is_no_apposition_of_the_subject() -> None:
    text = (
        "His digital shop, Pieter Jansen said, runs all night. <We post every hour,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] is None


def test_a_role_noun_that_is_a_given_name_is_a_title_before_a_given_name() -> None:
    text = (
        "Former CIA operative and Marine John <Jack> Jansen found both issues"
        " disqualifying. <That is it,> Jansen said."
    )
    roles = roles_of(text)
    assert "John \u201cJack\u201d Jansen" in roles
    assert roles["John \u201cJack\u201d Jansen"] == "Former CIA operative and Marine"


def test_a_given_name_before_a_surname_stays_in_the_name() -> None:
    text = "Marine Le Pen spoke in Lyon. <France first,> Le Pen said."
    assert "Marine Le Pen" in roles_of(text)
    text = "Marine John Jansen spoke in Lyon. <France first,> Jansen said."
    assert roles_of(text) == {"John Jansen": "Marine"}


def test_an_ampersand_joins_a_name_not_a_clause() -> None:
    text = (
        "Mr. Reagan freed a spy in exchange for Pieter Jansen, a reporter for U.S. News &"
        " World Report arrested in Moscow. <It was fine,> Mr. Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == (
        "reporter for U.S. News & World Report arrested in Moscow"
    )


def test_a_clause_an_adverb_makes_one_event_is_no_role() -> None:
    text = "<We knew,> said Pieter Jansen, who recently published a book on the campaign."
    assert roles_of(text)["Pieter Jansen"] is None
    text = "<We knew,> said Pieter Jansen, who recently served as ambassador to Japan."
    assert roles_of(text)["Pieter Jansen"] == "former ambassador to Japan"
