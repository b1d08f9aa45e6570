"""gender52: the article's own "he"/"she" over the first-name list's guess ("Lindsey" is
listed as a woman's at 0.90, the sure cut), below a cap on the list's share (gender53:
not "Joanna", 1.0; tests/test_gender53.py). Sentences written for the tests."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def test_a_pronoun_after_the_sole_named_person_overrides_a_sure_name_guess() -> None:
    """The sentence before names only Lindsey Varga; "he" opening the next is his, though
    the list calls "Lindsey" a woman's (main: no one, or the woman named earlier)."""
    text = (
        "Mayor Ruth Okonjo opened the new bridge on Monday."
        + N
        + "Lindsey Varga, who drew its plans, walked across it first. "
        "“It held better than I hoped,” he said."
    )
    assert _speaker(text, "held better") == "Lindsey Varga"


def test_the_name_guess_holds_when_the_pronoun_agrees() -> None:
    """The other direction: "she" after a sentence naming only a woman by a listed
    woman's name is still hers, and a man named since keeps "he"."""
    text = (
        "Lindsey Varga drew the plans for the bridge."
        + N
        + "Tom Okonjo, the mayor, opened it on Monday. Lindsey Varga watched. "
        "“It held,” she said."
    )
    assert _speaker(text, "It held") == "Lindsey Varga"


def test_a_man_named_since_keeps_the_pronoun() -> None:
    """ "Tom Okonjo praised Varga. Lindsey Varga thanked him. He said": the man named in
    the sentence before the one before, not Varga, whose name the list holds a woman's."""
    text = (
        "Mayor Tom Okonjo praised the engineer on Monday." + N + "Lindsey Varga thanked the crew. "
        "“The crew did it all,” he said."
    )
    assert _speaker(text, "crew did it") == "Tom Okonjo"


def test_a_pronoun_after_a_quotation_said_by_the_person() -> None:
    """ "“...,” said Lindsey Varga. “...,” he said": the quotation's speaker opens the
    sentence before, after the quotation and "said", so the "he" after it is his."""
    text = (
        "Mayor Ruth Okonjo opened the new bridge on Monday."
        + N
        + "“It held,” said Lindsey Varga, its engineer. "
        "“This one was the hardest,” he said."
    )
    assert _speaker(text, "the hardest") == "Lindsey Varga"
