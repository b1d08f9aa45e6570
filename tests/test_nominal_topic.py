"""A definite nominal subject is a mention a later pronoun can take: "The district
attorney paused. “…,” he said" is the district attorney named before, not the man named
last (probe batch 14, p18). Sentences written for the test; the people invented."""

from __future__ import annotations

from tests.test_pronouns import L, R, speaker_of

RACE = (
    "Sheriff race heats up\n\n"
    f"DAYTON - {L}We need more deputies,{R} said Republican Karl Olsen, the county sheriff, "
    "at a forum on Monday.\n\n"
    "His opponent, Tom Avery, a retired detective, said the department had "
    f"{L}wasted the budget.{R} He spoke for twenty minutes.\n\n"
    f"{{subject}} paused. {L}He's a fine detective,{R} he said. {L}He's never run anything.{R}"
)


def test_a_definite_nominal_subject_is_what_he_refers_to() -> None:
    """ "The sheriff paused. “…,” he said": the sheriff (main: Avery, the man named last)."""
    text = RACE.format(subject="The sheriff")
    assert speaker_of(text, "He's a fine") == "Karl Olsen"
    assert speaker_of(text, "He's never") == "Karl Olsen"


def test_a_nominal_for_no_one_named_leaves_the_pronoun_alone() -> None:
    """ "The waiter paused": a noun no one the article names holds is no mention."""
    text = RACE.format(subject="The waiter")
    assert speaker_of(text, "He's a fine") == "Tom Avery"


def test_a_nominal_is_not_the_person_its_own_clause_names() -> None:
    """ "The sheriff looked at Olsen": by binding, a nominal is not one its own clause names,
    whatever role it shares with them; no mention, and "he" goes to the last named."""
    text = RACE.format(subject="The sheriff looked at Olsen and")
    assert speaker_of(text, "He's a fine") == "Tom Avery"
