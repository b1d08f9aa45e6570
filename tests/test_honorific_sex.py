"""A "Mrs." joins no one the article states is a man ("Mrs. Pellam" beside "her
husband, Saeed Pellam"), though his is the only full name of hers read as a person's so
far (issue 14: the mention was right, the person behind it another). Sentences written
for the test."""

from __future__ import annotations

from tests.test_speaking_it import speakers

WIFE = (
    "When Governor Ward flew to Boise for a speech last winter, he met privately with the"
    " wife of a pastor held prisoner since 2012.\n\nA year later, Mr. Ward called Naghmeh"
    " Pellam. Her husband, Saeed Pellam, was free and would soon be coming home, the"
    " governor told her. \u201cI could see his love as he spoke last year and again"
    " today,\u201d Mrs. Pellam wrote on her page on Sunday.\n"
)


def test_an_honorific_does_not_join_a_man_the_article_states_is_one() -> None:
    assert speakers(WIFE) == ["Naghmeh Pellam"]


def test_a_first_name_guess_still_yields_to_the_honorific() -> None:
    # "Lindsey" is listed as a woman's name; nothing the article says makes him one
    text = (
        "Senator Lindsey Marrow of Ohio spoke first. \u201cThe bill is dead,\u201d"
        " Mr. Marrow said.\n"
    )
    assert speakers(text) == ["Lindsey Marrow"]
