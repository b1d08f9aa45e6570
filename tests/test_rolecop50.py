"""Branch rolecop50: a role the article gives in a copular sentence of its own (issue 15).
A speaker with no role takes the role of a copula after "He" or "She" opening a sentence
outside quotations when the attribution's coreference resolves the pronoun to them and
they are the person named last, though the naming is no sentence's subject ("The move
comes from Nell Barker. | She's a Tom Reed delegate from Ames."); the contraction is read
as the copula. A name "listed as" an office holds it ("Barker is listed as the chairman
of ..."). Sentences written for this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_NAMED = "The move comes from Nell Barker. "
_SAID = " <We will win,> Barker said."


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("She is a delegate from Ames.", "delegate from Ames"),
        ("She's a Tom Reed delegate from Ames.", "Tom Reed delegate from Ames"),
        ("She\u2019s a Tom Reed delegate from Ames.", "Tom Reed delegate from Ames"),
        ("She's been the county treasurer since 2010.", "county treasurer"),
    ],
)
def test_a_pronoun_copula_after_a_naming_that_is_no_subject_gives_the_role(
    sentence: str, role: str
) -> None:
    assert roles_of(_NAMED + sentence + _SAID) == {"Nell Barker": role}


@pytest.mark.parametrize(
    "sentence",
    [
        "She is a fan of the Ames team.",  # no role noun
        "She is not a delegate.",  # negated
        "She's a hard woman to predict.",  # no role noun
    ],
)
def test_a_copula_of_no_role_gives_none(sentence: str) -> None:
    assert roles_of(_NAMED + sentence + _SAID) == {"Nell Barker": None}


def test_a_copula_inside_a_quotation_gives_none() -> None:
    text = _NAMED + "<She is a delegate from Ames,> Tom Reed said." + _SAID
    assert roles_of(text)["Nell Barker"] is None


def test_a_pronoun_meaning_someone_named_since_gives_none() -> None:
    text = _NAMED + "Tom Reed opposed it. He is a delegate from Ames." + _SAID
    assert roles_of(text)["Nell Barker"] is None


def test_a_name_listed_as_an_office_holds_it() -> None:
    text = "Nell Barker spoke. Barker is listed as the chairman of Ames Patriots for Reed." + _SAID
    assert roles_of(text) == {"Nell Barker": "chairman of Ames Patriots for Reed"}


def test_a_pronoun_copula_headed_by_an_agent_noun_alone_gives_none() -> None:
    text = _NAMED + "He is a master of conventions and delegate counting." + _SAID
    assert roles_of(text.replace("Nell", "Ned")) == {"Ned Barker": None}


def test_a_sentence_between_the_naming_and_the_pronoun_gives_none() -> None:
    text = _NAMED + "The vote is Tuesday. She is a delegate from Ames." + _SAID
    assert roles_of(text)["Nell Barker"] is None
