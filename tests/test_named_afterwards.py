"""An unnamed speaker whom the article names only after their words is that person
(:meth:`core.speakers.NominalResolver.named_afterwards`): "A woman in the back row stood up. “...?”
she asked. She was Marta Quell". Sentences written for the tests."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"
ASKED = "A woman in the back row stood up. “Who pays for the bridge?” she asked."


def test_a_copula_on_her_pronoun_names_the_woman_who_asked() -> None:
    text = ASKED + " She was Marta Quell, who runs a bakery on Dock Street."
    assert _speaker(text, "Who pays") == "Marta Quell"


def test_his_name_is_names_the_lifeguard_who_spoke() -> None:
    text = (
        "“The pool closes too early,” the lifeguard said."
        + N
        + "His name is Dorian Pike, and he has worked at the pool for six summers."
    )
    assert _speaker(text, "pool closes") == "Dorian Pike"


def test_turned_out_to_be_names_the_man_who_spoke() -> None:
    text = (
        "A man near the door raised his hand. “Nobody asked us,” he said."
        " He turned out to be Felix Amberg, a retired ferry pilot."
    )
    assert _speaker(text, "Nobody asked") == "Felix Amberg"


def test_a_full_name_opening_the_next_paragraph_with_a_relative_names_her() -> None:
    text = (
        "A woman who lost her home in the flood spoke first. “The county ignored the"
        " levee,” she said."
        + N
        + "Odile Brandt, who has lived in Marlow for 40 years, now sleeps at her sister's."
    )
    assert _speaker(text, "ignored the levee") == "Odile Brandt"


def test_a_man_named_next_is_not_the_woman_who_asked() -> None:
    text = ASKED + N + "Tomas Reed, the council's treasurer, said the state would pay."
    assert _speaker(text, "Who pays") != "Tomas Reed"


def test_another_resident_named_next_is_someone_else() -> None:
    text = ASKED + N + "Another resident, Lena Voss, said the state would pay."
    assert _speaker(text, "Who pays") != "Lena Voss"


def test_a_woman_named_before_is_not_the_one_who_asked() -> None:
    text = (
        "Lena Voss chairs the bridge board."
        + N
        + ASKED
        + N
        + "Lena Voss, who has chaired the board since 2019, said the state would pay."
    )
    assert _speaker(text, "Who pays") != "Lena Voss"


def test_the_woman_she_spoke_of_is_not_she() -> None:
    text = (
        "A woman in the back row stood up. “Free Dara Finch!” she shouted."
        + N
        + "Dara Finch, a local activist, was jailed in May."
    )
    assert _speaker(text, "Free Dara") != "Dara Finch"


def test_a_woman_subject_between_blocks_the_naming() -> None:
    text = (
        "A woman in the back row stood up. Mayor Lena Voss frowned at her."
        " “Who pays for the bridge?” the woman asked."
        + N
        + "Nina Holt, who runs the ferry, said the state would."
    )
    assert _speaker(text, "Who pays") != "Nina Holt"
