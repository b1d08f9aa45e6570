"""Branch roles41: the delayed naming of a news lead, a qualified definite nominal that is
the subject of the sentence right before the one that first names a person ("The Romanian
hacker who first revealed ... was sentenced ... | Marcel Lehel Lazar, 44, ..."), also
past a fronted phrase ("As a part of his plea, Marcel Lehel Lazar, 44, said"). Sentences
written for this form, with its near misses."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of


def test_a_lead_nominal_names_the_person_the_next_sentence_names() -> None:
    text = (
        "The Dutch engineer who first warned that the levee in Ann Arbor would fail was"
        " honoured by the city on Friday.\n\n"
        "Pieter Jansen, 61, said he had written to the mayor three times. <Nobody answered"
        " my letters,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == "Dutch engineer"


def test_a_lead_nominal_reaches_a_name_after_a_fronted_phrase() -> None:
    text = (
        "The Dutch engineer whose letters first warned that the levee in Ann Arbor would"
        " fail was honoured by the city on Friday.\n\n"
        "At a ceremony in the town hall, Pieter Jansen, 61, said he had written to the mayor"
        " three times. <Nobody answered my letters,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] == "Dutch engineer"


@pytest.mark.parametrize(
    "lead",
    [
        "The engineer was honoured by the city on Friday.",  # no modifier: looks back
        "The Dutch engineers were honoured by the city on Friday.",  # plural: several
        "The Dutch engineer Karel Smit was honoured by the city on Friday.",  # named in it
        "The Dutch levee failed on Friday.",  # no role noun
    ],
)
def test_a_lead_that_is_no_qualified_role_nominal_gives_no_role(lead: str) -> None:
    text = (
        f"{lead}\n\n"
        "Pieter Jansen, 61, said he had written to the mayor three times. <Nobody answered"
        " my letters,> Jansen said."
    )
    assert roles_of(text)["Pieter Jansen"] is None


@pytest.mark.parametrize(
    "name",
    ["Ann Lee", "Tom Reed"],
)
def test_a_plural_phrase_before_two_names_gives_each_its_singular(name: str) -> None:
    text = (
        "The campaign is run by two former state party data strategists, Ann Lee and Tom"
        " Reed, and a dozen volunteers. <We count every door,> Lee said. <And every vote,>"
        " Reed said."
    )
    assert roles_of(text)[name] == "former state party data strategist"


@pytest.mark.parametrize(
    "sentence",
    [
        "The campaign thanked its rivals, Ann Lee and Tom Reed, on Friday.",  # a relation
        "The campaign hired two strategists, Ann Lee and Tom Reed's firm, on Friday.",
        "Compared to the other data strategists, Ann Lee and Tom Reed share one view.",
    ],
)
def test_a_plural_before_two_names_that_is_no_role_gives_none(sentence: str) -> None:
    text = f"{sentence} <We count every door,> Lee said. <And every vote,> Reed said."
    assert roles_of(text)["Ann Lee"] is None
