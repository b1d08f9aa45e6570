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


def test_a_surname_of_several_words_refers_back_to_the_full_name() -> None:
    text = (
        "Mayor Carla de Vries opened the session. Douglas Holtz-Eakin, an economist, "
        "watched.\n\n"
        "\u201cThe budget is sound,\u201d de Vries said.\n\n"
        "\u201cIt is not,\u201d Mr. Holtz-Eakin replied."
    )
    found = speakers(text)
    assert found["The budget i"] == "Carla de Vries"
    assert found["It is not,"] == "Douglas Holtz-Eakin"


def test_a_first_name_and_surname_stay_another_person() -> None:
    text = "Hillary Rodham Clinton spoke first.\n\n\u201cWe will win,\u201d Bill Clinton said."
    assert speakers(text)["We will win,"] == "Bill Clinton"


def test_a_surname_takes_the_full_name_written_whatever_the_first_name() -> None:
    text = (
        "The panel heard from Republican Zorvan Pelletrik, who chairs the committee, and "
        "from Judge Okonkwo.\n\n"
        "\u201cWe will not wait,\u201d Mr. Pelletrik said.\n\n"
        "\u201cThe law is clear,\u201d Okonkwo said."
    )
    found = speakers(text)
    assert found["We will not "] == "Zorvan Pelletrik"  # "Zorvan" is in no list
    assert found["The law is c"] == "Okonkwo"  # a title is no first name


def test_a_surname_two_people_share_stays_a_surname() -> None:
    text = (
        "Vessa Marrok and her brother Tavish Marrok run the farm. Hacker Guccifer did not.\n\n"
        "\u201cIt was dry,\u201d Marrok said. \u201cVery dry,\u201d Guccifer said."
    )
    found = speakers(text)
    assert found["It was dry,"] == "Marrok"
    assert found["Very dry,"] == "Guccifer"  # "Hacker" says what he does, no first name
