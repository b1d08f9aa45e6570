"""Branch roles45: a common noun in "-ant" names a person by what they do, as "-ist" and
"-er" do ("Mosad, who was a teaching assistant at the school, ..." gave no role), when the
tagger reads it as a noun whatever its context; nouns in "-ant" that name no person, and
adjectives the tagger took for nouns in one sentence ("triumphant in several states"),
stay no role. Sentences written for these forms, with their near misses, and the copular
forms roles44 left that main already reads ("Smith is the county's chief prosecutor.")."""

from __future__ import annotations

import pytest

from core.role_grammar import role_word
from tests.analyses import roles_of


def said(middle: str) -> str | None:
    text = f"Pieter Jansen spoke Tuesday.\n\n{middle}\n\n<We will appeal,> Jansen said."
    return roles_of(text)["Pieter Jansen"]


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        (
            "Jansen, who was a teaching assistant at the school, was treated in France.",
            "former teaching assistant at the school",
        ),
        ("Jansen, who is an assistant at the school, left early.", "assistant at the school"),
        ("Jansen, a participant in the talks, left early.", "participant in the talks"),
    ],
)
def test_a_noun_in_ant_names_a_role(middle: str, role: str) -> None:
    assert said(middle) == role


def test_a_noun_in_ant_naming_no_person_is_no_role_word() -> None:
    for word in ("assistant", "participant"):
        assert role_word(word), word
    for word in ("restaurant", "instant", "covenant", "triumphant", "reluctant", "defiant"):
        assert not role_word(word), word  # no person, or an adjective tagged NN in context
    assert not role_word("important", "JJ")  # an adjective in "-ant"
    assert not role_word("assistant", "VB")


@pytest.mark.parametrize(
    "middle",
    [
        "Jansen is the county's chief prosecutor.",
        "Jansen, who is the county's chief prosecutor, left early.",
        "Jansen serves as the county's chief prosecutor.",
    ],
)
def test_a_copula_in_an_earlier_sentence_gives_the_role(middle: str) -> None:
    assert said(middle) == "county's chief prosecutor"
