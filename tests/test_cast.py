"""The article's cast: name forms linked to the people they name, on sentences written
for the test."""

from __future__ import annotations

from core.document import Span
from core.speakers import Cast
from tests.test_pronouns import speaker_of  # the same reading of a written sentence

L, R = "\u201c", "\u201d"


def test_a_suffix_the_person_was_named_without_names_another_person() -> None:
    text = (
        f"Peter J. Okafor won the vote on Monday. {L}We did it,{R} Mr. Okafor said.\n\n"
        f"His son Peter Jr. spoke next. {L}My father earned this,{R} Peter Jr. said."
    )
    assert speaker_of(text, "We did it") == "Peter J. Okafor"
    assert speaker_of(text, "My father earned") == "Peter Jr."


def test_names_told_apart_by_their_suffixes_are_two_people() -> None:
    cast = Cast("")
    son = cast.name("Walter Mbeki", 0)
    assert cast.name("Walter Mbeki Sr.", 40) is not son  # the father
    elder = cast.name("Amos Lee Jr.", 80)
    assert cast.name("Amos Lee III", 120) is not elder
    assert cast.name("Amos Lee Jr.", 160) is elder


def test_a_suffix_dropped_after_the_first_naming_is_the_same_person() -> None:
    cast = Cast("")
    judge = cast.name("John Q. Okafor Jr.", 0)
    assert cast.name("John Okafor", 40) is judge
    assert cast.name("Okafor", 80) is judge
    senator = cast.name("Mbeki", 120)  # a surname alone first, the full name later
    assert cast.name("Robert P. Mbeki Jr.", 160) is senator


def test_a_pronoun_just_after_a_first_name_both_sexes_are_given_states_the_gender() -> None:
    text = (
        f"Tom Okafor opened the meeting. {L}We start now,{R} Okafor said.\n\n"
        "Former state senator Jan Mbeki, an early supporter, calls the plan a priority. "
        f"{L}It will pass,{R} she said."
    )
    assert speaker_of(text, "It will pass") == "Jan Mbeki"


def test_a_pronoun_after_a_first_name_mostly_given_to_men_keeps_its_person() -> None:
    text = (
        f"Maria Okafor opened the meeting. {L}We start now,{R} Okafor said. "
        "Former state senator Donald Mbeki, an early supporter, calls the plan a priority. "
        f"{L}It will pass,{R} she said."
    )
    assert speaker_of(text, "It will pass") == "Maria Okafor"


def test_a_woman_named_since_keeps_the_pronoun_from_an_unsure_first_name() -> None:
    cast = Cast("")
    jan = cast.name("Jan Mbeki", 0, role="senator")
    maria = cast.name("Maria Okafor", 100)
    cast.mention(100, maria)
    cast.mention(150, jan)
    assert cast.pronouns.pronoun("she", 200) is maria


def test_a_quoted_nickname_inside_a_name_keeps_the_name_whole() -> None:
    text = (
        'The finance chair, Margaret "Peggy" Lindqvist, defended the plan.\n\n'
        f"{L}Rates will rise,{R} Lindqvist said."
    )
    assert speaker_of(text, "Rates will rise") == 'Margaret "Peggy" Lindqvist'


def test_a_surname_opening_with_its_particle_refers_back_to_the_full_name() -> None:
    """ "von der Leyen", and "Von der Leyen" opening a sentence, are Ursula von der
    Leyen's surname: no first name "Von", and no man's either."""
    text = (
        "Commission President Ursula von der Leyen opened the summit on Thursday.\n\n"
        f"{L}Europe will not balance its books on the poor,{R} von der Leyen said.\n\n"
        f"Von der Leyen promised more money. {L}We came to act,{R} she said."
    )
    assert speaker_of(text, "Europe will not") == "Ursula von der Leyen"
    assert speaker_of(text, "We came to act") == "Ursula von der Leyen"
    cast = Cast(text)
    ursula = cast.name("Ursula von der Leyen", 31)
    assert cast.name("Von der Leyen", text.index("Von der")) is ursula
    assert cast.name("Von Miller", len(text)) is not ursula


def test_a_hypothetical_inside_another_leaves_the_outer_one_hypothetical() -> None:
    cast = Cast("")
    with cast.hypothetical() as withheld:
        with cast.hypothetical():
            pass  # a nested reading (a clause's antecedent inside a candidate's) ends
        cast.name("Ann Okafor", 0)  # still only a candidate: not remembered yet
        assert withheld and cast.quiet
    assert not cast.quiet


def test_the_last_naming_is_the_one_starting_at_or_before_the_offset() -> None:
    text = "Ann Okafor met Ray Mbeki on Monday."
    cast = Cast(text)
    ann = cast.name("Ann Okafor", 0)
    ray = cast.name("Ray Mbeki", text.index("Ray"))
    assert cast.last_naming(-1) is None  # nothing named before the text
    assert cast.last_naming(0) == (Span(0, 10), ann)  # a naming starting at the offset
    assert cast.last_naming(text.index("Ray") - 1)[1] is ann
    assert cast.last_naming(text.index("Ray"))[1] is ray
    assert cast.last_naming(len(text))[1] is ray
