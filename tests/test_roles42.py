"""Branch roles42: an indefinite nominal fronted before "he" or "she" in the sentence right
after one a person's naming opens as its subject ("Parker Griffith experienced the move ...
| A so-called Blue Dog Democrat who represented ..., he switched"). Sentences written for
this form, with its near misses."""

from __future__ import annotations

from tests.analyses import roles_of


def test_a_fronted_nominal_tells_of_the_pronoun_after_it() -> None:
    text = (
        "Pieter Jansen watched the mill close from his porch.\n\n"
        "A retired civil engineer who built half the bridges in the county, he wrote to the"
        " mayor three times. <Nobody answered my letters,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == "retired civil engineer"


def test_no_role_when_another_person_is_named_in_the_naming_sentence() -> None:
    text = (
        "Pieter Jansen watched the mill close with Anna Berg.\n\n"
        "A retired civil engineer who built half the bridges in the county, he wrote to the"
        " mayor three times. <Nobody answered my letters,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] is None


def test_no_role_from_a_fronted_phrase_with_no_role_noun() -> None:
    text = (
        "Pieter Jansen watched the mill close from his porch.\n\n"
        "A month later, he wrote to the mayor three times. <Nobody answered my letters,>"
        " Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] is None


def test_no_role_when_the_name_does_not_open_its_sentence() -> None:
    text = (
        "From his porch, Pieter Jansen watched the mill close.\n\n"
        "A retired civil engineer who built half the bridges in the county, he wrote to the"
        " mayor three times. <Nobody answered my letters,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] is None
