"""Branch roles44: a title before a name that heads a relative clause without "that" whose
subject is the name ("The federal judge Trump was referring to is Gonzalo Curiel") is
another person's; a participle compounded with an adverb of degree modifies a role
("bestselling author"); a role noun the tagger read as a proper noun in lower case is a
common noun ("Chatwal, hotelier, ..."); a rank's grade is part of its title ("Sgt. First
Class Luis Carrasco"), and so is a role noun ending a title of several words ("Chief
Warrant Officer"). Sentences written for these forms, with their near misses."""

from __future__ import annotations

from core.extract import extract
from tests.analyses import roles_of


def test_a_title_heading_a_clause_of_the_name_is_anothers() -> None:
    for clause in ("was referring to is", "attacked is", "appointed was"):
        text = (
            f"Pieter Jansen spoke in Ohio. The federal judge Jansen {clause} Ann Vale, who"
            " was born in Indiana. <She is biased,> Jansen said."
        )
        assert roles_of(text)["Pieter Jansen"] is None, clause


def test_a_title_before_the_subject_of_its_own_clause_stays() -> None:
    text = (
        "The federal judge Pieter Jansen ruled on Tuesday that the law was void. <It is"
        " void,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == "federal judge"
    text = "The senator Pieter Jansen is running hard. <It is close,> Jansen said."
    assert roles_of(text)["Pieter Jansen"] == "senator"


def test_a_compounded_participle_modifies_the_role() -> None:
    text = "Read the new book from bestselling author Pieter Jansen. <I went,> Jansen said."
    assert roles_of(text)["Pieter Jansen"] == "bestselling author"
    text = "He praised hardworking lawyer Pieter Jansen. <I went,> Jansen said."
    assert roles_of(text)["Pieter Jansen"] == "hardworking lawyer"


def test_a_verb_before_a_role_is_no_modifier_of_it() -> None:
    text = "Voters were attacking rival Pieter Jansen. <I went,> Jansen said."
    assert roles_of(text)["Pieter Jansen"] == "rival"


def test_a_bare_role_noun_after_a_name_is_its_role() -> None:
    text = "Pieter Jansen, hotelier, pleaded guilty. <Money talks,> Jansen said."
    assert roles_of(text)["Pieter Jansen"] == "hotelier"


def test_a_grade_belongs_to_the_rank_before_it() -> None:
    for rank in ("Sgt. First Class", "Sgt. 1st Class", "Petty Officer 2nd Class"):
        text = f"{rank} Luis Carrasco led the patrol. <We held the line,> Carrasco said."
        assert roles_of(text) == {"Luis Carrasco": rank}, rank


def test_a_role_noun_ends_a_title_of_several_words() -> None:
    for rank in ("Chief Warrant Officer", "Chief Petty Officer"):
        text = f"{rank} Luis Carrasco led the patrol. <We held the line,> Carrasco said."
        assert roles_of(text) == {"Luis Carrasco": rank}, rank


def test_a_role_noun_surname_stays_in_the_name() -> None:
    text = "Sen. Ada Fisher spoke on Monday. <We held the line,> Fisher said."
    assert roles_of(text) == {"Ada Fisher": "Sen."}


def test_a_role_left_for_is_held_now() -> None:
    text = (
        "Pieter Jansen, who left his restaurant job in November to become a full-time"
        " canvasser, said the race was close. <We knock on doors,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == "full-time canvasser"


def test_a_role_hoped_for_is_none() -> None:
    text = (
        "Pieter Jansen, who hopes to become a full-time canvasser, said the race was"
        " close. <We knock on doors,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] is None


def test_a_description_without_a_role_gives_its_clauses_role() -> None:
    text = (
        "Across town is Pieter Jansen, a 33-year-old African American and <child of the"
        " '80s> who left his restaurant job in November to become a full-time canvasser."
        " <We knock on doors,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == "full-time canvasser"


def test_a_name_modifying_a_compound_role_noun_is_no_subject() -> None:
    text = (
        "<These are dark days,> former George W. Bush speechwriter Pieter Jansen wrote in a"
        " column. He wrote that the party <has built a movement.>"
    )
    extracted = extract(text.replace("<", "\u201c").replace(">", "\u201d"))
    assert [q.speaker.name for q in extracted.quotes if q.speaker] == ["Pieter Jansen"] * 2
