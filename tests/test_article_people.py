"""Who "he", "she" and "Mrs. X" refer to within an article, on articles written here."""

from __future__ import annotations

from core.extract import extract


def speakers(text: str) -> dict[str, str | None]:
    """The first words of each quotation -> its speaker's name."""
    return {
        q.span.of(text)[:12]: (q.speaker.name if q.speaker else None) for q in extract(text).quotes
    }


def test_he_added_is_the_speaker_not_the_person_named_in_his_appositive() -> None:
    text = (
        "\u201cOn paper, the tax works,\u201d said Douglas Reed, a former adviser to "
        "President George Lane. But \u201cit costs too much,\u201d he added."
    )
    assert speakers(text)["it costs too"] == "Douglas Reed"


def test_she_skips_the_man_named_between() -> None:
    text = (
        "Anna Berg, the mayor, met Tom Hill on Friday.\n\n"
        "\u201cWe agreed on the budget,\u201d she said."
    )
    assert speakers(text)["We agreed on"] == "Anna Berg"


def test_an_honorific_binds_a_surname_to_the_person_of_its_gender() -> None:
    text = (
        "Phyllis Schlafly died on Monday. Her son John Schlafly spoke at the service.\n\n"
        "\u201cWe will go on,\u201d Mrs. Schlafly said in her last interview.\n\n"
        "Lindsey Graham was asked about it. \u201cShe was a force,\u201d Mr. Graham said."
    )
    found = speakers(text)
    assert found["We will go o"] == "Phyllis Schlafly"
    assert found["She was a fo"] == "Lindsey Graham"  # a listed first name may mislead
