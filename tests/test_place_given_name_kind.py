"""A name whose first word is a listed given name that is also a place ("America"), where
the article never writes that word before a surname, is read for what the article shows it
to be: "America Rising, a conservative opposition research group" is an organisation, the
given name's guessed gender no evidence of a person; "America Ferrera" stays a person."""

from __future__ import annotations

from core.extract import extract


def _kinds(text: str) -> dict[str, str]:
    return {q.speaker.name: q.speaker.kind.value for q in extract(text).quotes if q.speaker}


def test_place_before_a_word_that_is_no_surname_is_an_organisation() -> None:
    text = (
        "Republicans kept up the attacks on Tuesday. America Rising, a conservative "
        'opposition research group, released a video. "She cannot run from her record," '
        "America Rising said in a statement.\n\n"
        "The group has spent millions across America this year."
    )
    assert _kinds(text).get("America Rising") == "organisation"


def test_given_name_before_a_surname_stays_a_person() -> None:
    text = (
        'The actress America Ferrera spoke at the convention. "We are all here," America '
        "Ferrera said.\n\nFerrera, a longtime supporter, has campaigned across America."
    )
    assert _kinds(text).get("America Ferrera") == "person"
