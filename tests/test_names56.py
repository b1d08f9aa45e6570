"""names56: names read by grammar, not by a list of given names: an aside that gives a
name, an unlisted name set off by "who", a given name ending in "-i", and title-case words
said after a speech verb's colon."""

from __future__ import annotations

from core import nlp
from tests.test_attribution_probes import NO_QUOTATION, given
from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def test_an_aside_that_gives_a_name() -> None:
    """ "A guard, who gave his name only as X, said": the name speaks, whatever list
    knows it; so for "identified only as"."""
    text = (
        "A guard at the gate, who gave his name only as Haji Gul, said: "
        "\u201cCome back later.\u201d"
    )
    assert _speaker(text, "Come back") == "Haji Gul"
    text = (
        "A widow of sixty, identified only as Zainab, said the roof had fallen in. "
        "\u201cWe sleep under plastic,\u201d she said."
    )
    assert _speaker(text, "We sleep") == "Zainab"


def test_an_unlisted_name_set_off_by_who() -> None:
    """ "X Y, who lost her shop, queued": a run no list knows, followed by a "who"
    clause, names a person; the surname alone later is that person in full."""
    for name, surname in (("Analyn De Leon", "De Leon"), ("Jhoanna Dela Cruz", "Dela Cruz")):
        text = (
            f"{name}, who lost a shop in the fire, waited outside. "
            f"\u201cI have nothing left,\u201d {surname} said."
        )
        assert _speaker(text, "I have nothing") == name


def test_a_given_name_ending_in_i_is_no_demonym() -> None:
    """ "Kelechi", "Ifeanyi" end as "Iraqi" does, but no listed place makes them."""
    assert nlp.unseen_name("Kelechi")
    assert not nlp.unseen_name("Congolese")


def test_title_case_words_after_a_speech_verb_and_colon_are_said() -> None:
    """ "she said simply: “Thank God.”": spoken, though every word is capitalised; a
    headline's colon and a noun's colon still give no quotation."""
    text = (
        "Lena Brandt, 71, was rescued at dawn. Asked how she felt, she said simply: "
        "\u201cThank God.\u201d"
    )
    assert _speaker(text, "Thank God") == "Lena Brandt"
    text = "Her memoir has a plain title: \u201cHard Choices.\u201d It sold well."
    assert given("News\n\n" + text + "\n", "Hard Choices") == NO_QUOTATION


def test_a_name_after_a_person_noun_and_named() -> None:
    """ "A trader named X Y lost his stall. “...,” he said": the name, whatever list
    knows it, is the subject "he" finds; a firm "called" something is no person."""
    text = (
        "A porter named Kwabena Mensah-Bonsu lost his cart in the flood. "
        "\u201cThe water took everything,\u201d he said."
    )
    assert _speaker(text, "The water took") == "Kwabena Mensah-Bonsu"
    text = "A startup called Zentrova Robotics raised money. \u201cWe will grow,\u201d it said."
    assert _speaker(text, "We will grow") != "Zentrova Robotics"
