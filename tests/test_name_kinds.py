"""Capitalised runs that name a place, a street or a newspaper, not a person (issue 15,
"name boundaries", "person versus organisation").

A run the article writes only after a preposition of place or a participle of leaving
("a forum in Del Rio", "Leaving King Charles Street"), or only after "the" with nothing it
modifies ("an interview with the Star Tribune"), or one that ends in a street's word
("Charles Street"), is no person a later "he" or "she" may mean. A person the article
writes as one anywhere (a subject, an owner) stays a person, however else it is written.
Every sentence here is written for these tests; every person is invented.
"""

from __future__ import annotations

import pytest

from core import nlp
from core.person_names import named_people
from tests.test_attribution_probes import speaker_in_a_story


def _names(text: str) -> list[str]:
    return [p.name for p in named_people(text)]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ('Rosa Gonzalez is running for the House seat. At a forum in Del Rio last week, '
         'she told the crowd: "I see it every morning."', "every morning", "Rosa Gonzalez"),
        ('Tomas Lindqvist met the envoy for an hour. Leaving King Charles Street, he told '
         'reporters: "It was frank."', "frank", "Tomas Lindqvist"),
        ('Edith Moravec taught for forty years. In a 1990 interview with the Star Tribune, '
         'she said: "Nobody asked me."', "Nobody asked", "Edith Moravec"),
        ('Carl Benning grew up on a farm. Outside Grand Island, he said, "the roads flood '
         'every spring."', "roads flood", "Carl Benning"),
        ('Nadia Osei runs a bakery near Penn Square. "We open at five," she said.',
         "open at five", "Nadia Osei"),
    ],
)  # fmt: skip
def test_a_place_is_no_one_a_pronoun_means(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "At a forum in Del Rio last week, he spoke.",
        "Leaving King Charles Street, he spoke.",
        "In a 1990 interview with the Star Tribune, she spoke.",
        "Protesters marched down Pennsylvania Avenue.",
        "They flew into Logan Airport on Monday.",
    ],
)
def test_named_people_reads_no_place(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the same name written as a person elsewhere in the article stays one
        ("Del Rio spoke first. Later, in Del Rio, the crowd cheered.", "Del Rio"),
        # an owner after "in" is a person: "in Maria Lindqvist's view"
        ("In Maria Lindqvist's view, the plan fails.", "Maria Lindqvist"),
        # "the" before a name that modifies a noun: the person is named
        ("The Hillary Clinton campaign said little.", "Hillary Clinton"),
        # not after a preposition of place: "at", "from" and "with" take people too
        ("She took a swipe at Maria Lindqvist on Monday.", "Maria Lindqvist"),
        ("He had a letter from Maria Lindqvist.", "Maria Lindqvist"),
        ("He spoke with Maria Lindqvist.", "Maria Lindqvist"),
    ],
)
def test_a_person_stays_one(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_street_after_a_first_name_is_no_person() -> None:
    """ "Charles Street" opens with a listed first name; "Street" closes it as a street."""
    assert _names("They met at a cafe on Charles Street.") == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Downing Street said the minister had its confidence.", "NNP"),
        ("Raising Arizona was a hit.", "VBG"),
        ("Leaving King Charles Street, he told reporters.", "VBG"),
        ("Visiting Paris was the best part.", "VBG"),
    ],
)
def test_an_opening_ing_word_before_a_name_and_a_cue(text: str, first: str) -> None:
    """A sentence's unknown first word that the model takes for an "-ing" form is a
    name's when proper nouns and a speech verb follow it, not a participle's phrase."""
    assert nlp.tag(nlp.tokenize(text))[0].tag == first


def test_downing_street_speaks() -> None:
    assert (
        speaker_in_a_story(
            'Downing Street said the minister had "full confidence" in her.', "full confidence"
        )
        == "Downing Street"
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The vote was "a disgrace," said Ambassador to the United Nations Dana Whitcombe.',
         "Dana Whitcombe"),
        ('"We are ready," said Special Envoy to Sudan Pieter Aalbers.', "Pieter Aalbers"),
        ('"We are ready," said Ambassador Dana Whitcombe to reporters.', "Dana Whitcombe"),
        ('"We are ready," said the ambassador to reporters.', "ambassador"),
    ],
)  # fmt: skip
def test_a_title_with_a_to_complement_before_the_name(text: str, speaker: str) -> None:
    """An inverted cue's title with "to the …" or "to" and a capitalised place before the
    name is the name's title, not the speaker: the name after it speaks."""
    assert speaker_in_a_story(text, "") == speaker


def test_an_owner_after_an_opening_word_is_the_topic() -> None:
    """ "Indeed, Francis' message is ...": a possessive the sentence opens with, after one
    word, is its topic when the sentence refers to no one else; a later "he" means him,
    not the spokesman quoted before. (Before, a church read as a man stood in.)"""
    text = (
        "Pope Maximilian, leader of the world's Old Catholics, spoke on Friday.\n\n"
        "''The pope said what we all know,'' the spokesman, Federico Lombardi, told a radio "
        "station.\n\nIndeed, Maximilian's message is to call on all Christians to be kinder, "
        "including members of the church. He has challenged his own bishops to be humbler. "
        "His critique is also a moral one, as he laments a ''throwaway culture'' in which "
        "the poor are collateral damage."
    )
    assert speaker_in_a_story(text, "throwaway") == "Maximilian"
