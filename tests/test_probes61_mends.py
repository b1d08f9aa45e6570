"""probes61: two kinds probes100 showed, mended. Sentences written for these tests."""

from __future__ import annotations

import pytest

from core.extract import attribute
from tests.test_attribution_probes import speaker_in_a_story

ORCHARD = (
    "Nadia Brisco grows pears outside Hood River. Her neighbor, Clara Voss, sells cider.\n\n"
    '"The frost took half the crop," Voss said.\n\n'
)


@pytest.mark.parametrize(
    "paragraph",
    [
        'Nadia walked back to the packing shed. "We replant in May," she said.',
        'Late in the day, Nadia walked back to the shed. "We replant in May," she said.',
    ],
)
def test_a_given_name_alone_is_a_mention_a_pronoun_finds(paragraph: str) -> None:
    """The subject written by the given name alone of someone named in full before is
    theirs: the "she" after goes to her, not to the woman quoted last."""
    assert speaker_in_a_story(ORCHARD + paragraph, "replant") == "Nadia Brisco"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tomas Lind and his wife, Greta Lind, farm rye.\n\nTomas says it pays.", "Tomas Lind"),
        ("Tomas Lind and his wife, Greta Lind, farm rye.\n\nMr. Lind says so.", None),
    ],
)
def test_a_given_name_shared_by_a_family_called_by_surname_is_no_mention(
    text: str, person: str | None
) -> None:
    """A family's given name alone is a mention of the one named in full so, unless the
    article writes their shared surname alone too ("Mr. Lind"): there counting "Tomas" as
    a Lind would move "Mr. Lind" to whichever of them was mentioned last."""
    result = attribute("News\n\n" + text + "\n")
    at = result.cast.text.rindex("Tomas")
    found = result.cast.names.given_alone("Tomas", at)
    assert (found.name if found else None) == person


DEBATE = 'Former Mayor Lyle Brannock spoke last. "I signed four budgets," Brannock said.\n\n'


@pytest.mark.parametrize(
    "fronted",
    ["On guns Brannock", "In 2014 Brannock", "On Monday Brannock", "At the forum Lyle Brannock"],
)
def test_a_fronted_phrase_with_no_comma_runs_into_the_named_subject(fronted: str) -> None:
    """The adjunct closed by no comma ends in the subject's name: the name speaks, not the
    appositive after it."""
    sentence = f'{fronted}, a hunter, said he would "never apologize for the rifle."'
    assert speaker_in_a_story(DEBATE + sentence, "rifle") == "Lyle Brannock"


def test_a_fronted_place_is_no_subject() -> None:
    """A proper noun that is the adjunct's own object names no speaker: the appositive's
    noun after the comma speaks."""
    sentence = 'In Vermont, a hunter, who asked not to be named, said it was "a bad law."'
    assert speaker_in_a_story(DEBATE + sentence, "bad law") == "a hunter"


def test_the_i_of_an_answer_turn_is_the_interviewee() -> None:
    """In a Q&A set out in "Q:" and "A:" turns, an answer's "I" before a quotation is the
    interviewee the introduction names, not no one."""
    story = (
        "Mayor Rosa Delgado of Tucson spoke with us on Monday about the bridge.\n\n"
        "Q: Did the council listen?\n\n"
        'A: Ben has my number. I told him at the fish fry: "The bridge stays open."'
    )
    assert speaker_in_a_story(story, "bridge stays open") == "Rosa Delgado"
