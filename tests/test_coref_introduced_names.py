"""A name whose first name is on no list, introduced by an indefinite noun for a person
opening its sentence ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist
Church, said") or after "named" ("a graduate student ... named Aidan Oyelowo"), is a
person and the sentence's subject, so that "he" after it is them (coref38; train: nyt
evangelical Iowans, where "he tells parishioners" went to Cruz; probes45 h13)."""

from __future__ import annotations

import pytest

from core.person_names import introduced_name, named_people
from tests.test_attribution_probes import speaker_in_a_story as _speaker

CRUZ = "Ted Cruz held a rally in Marion. Cruz thanked the pastors.\n\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said he "
         "had made calls.", "Darran Whiting"),
        ("One protester, a graduate student at the state university named Aidan Oyelowo, "
         "said the group had been organized by a union.", "Aidan Oyelowo"),
    ],
)  # fmt: skip
def test_an_introduced_unlisted_name_is_a_person(sentence: str, name: str) -> None:
    found = named_people(sentence, 0, len(sentence), lambda w: introduced_name(sentence, w))
    assert name in [p.name for p in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the towns, Darran Whiting said, had made calls.",  # no noun for a person
        "A town in Iowa named Darran Whiting Field after him.",  # "named" after no person
    ],
)
def test_no_introduction_without_a_noun_for_a_person(sentence: str) -> None:
    found = named_people(sentence, 0, len(sentence), lambda w: introduced_name(sentence, w))
    assert "Darran Whiting" not in [p.name for p in found]


def test_the_introduced_person_is_the_subject_a_pronoun_means() -> None:
    text = (
        CRUZ + "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, "
        "said he had made more than 150 calls. \u201cFind your polling place,\u201d he tells "
        "parishioners."
    )
    assert _speaker(text, "polling place") == "Darran Whiting"
