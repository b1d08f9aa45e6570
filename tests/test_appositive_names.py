"""A nominal speaker set beside a name after a dash is that person (sentences written for
the test)."""

from __future__ import annotations

from tests.test_pronouns import L, R, speaker_of  # the same reading of a written sentence


def test_a_name_after_a_dash_is_the_nominal_speaker() -> None:
    text = (
        "Veterans rally against the deal.\n\n"
        "Several speakers addressed the crowd. A former Republican presidential candidate -- "
        f"John Hale, who served two terms -- called the deal {L}a disgrace.{R} "
        f"A retired admiral \u2014 Gary Mott, who led the fleet \u2014 said it was "
        f"{L}a betrayal.{R}"
    )
    assert speaker_of(text, "a disgrace") == "John Hale"
    assert speaker_of(text, "a betrayal") == "Gary Mott"


def test_names_listed_after_a_dash_are_no_one_speaker() -> None:
    text = (
        "Scholars weigh in.\n\n"
        "The three legal scholars -- Mr. Rand, Ms. Ortiz and Mr. Bell -- agreed that the "
        f"court was {L}out of its depth.{R}"
    )
    assert speaker_of(text, "out of its depth") not in {"Rand", "Mr. Rand"}
