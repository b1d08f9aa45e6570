"""A reported statement whose source is a phrase for a thing that says nothing keeps its
content, with no source, so that no such phrase becomes a speaker (sentences written for
the tests; the first two fail on main ee509f11): "Drastic change warns", "The clash
suggested". A count of people ("Sixty percent said") and a place that speaks for those who
govern it ("The city said") stay sources."""

from __future__ import annotations

from core.extract import extract


def _sources(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.cue, s.speaker and s.speaker.name) for s in extract(text).statements]


def test_an_abstract_noun_is_no_source() -> None:
    text = (
        "Mayor Lena Hart spoke on Monday. The risk, she said, is real. Drastic change warns"
        " that the council will fail."
    )
    assert _sources(text) == [("said", "Lena Hart"), ("warns", None)]


def test_an_event_is_no_source() -> None:
    text = "The clash suggested that Congress would not act before the recess."
    analysis = extract(text)
    assert [(s.cue, s.speaker) for s in analysis.statements] == [("suggested", None)]
    assert [s.text for s in analysis.statements] == [
        "that Congress would not act before the recess"
    ]


def test_a_count_of_people_and_a_place_still_speak() -> None:
    text = (
        "Sixty percent said they would vote for Governor Tomas Reyl. The city said it would appeal."
    )
    assert _sources(text) == [("said", "Sixty percent"), ("said", "city")]
