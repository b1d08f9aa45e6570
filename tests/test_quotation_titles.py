"""Titles, names and labels in quotation marks are no quotation: sentences written for
these tests (core.quotes.names_something and what core.extract keeps)."""

import pytest

from core.extract import extract
from core.quotes import names_something, scan


def named(text: str) -> list[bool]:
    """Per quoted span of ``text``, is it read as a name?"""
    return [names_something(text, q) for q in scan(text)]


def quoted(text: str) -> list[str]:
    """The quotations extract() keeps."""
    return [q.text for q in extract(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Dana Fell appeared on NBC\u2019s \u201cToday\u201d on Monday.",  # possessive
        "She acted in the cable movie \u201cShark Tide 4: The Return\u201d last year.",  # noun
        "He is now the host of \u201cThe Late Hour with Sam Oakes.\u201d",  # preposition
        "The group ran an ad titled \u201cScam\u201d in three states.",  # naming verb
        "Oakes called the plan \u201cGreen Deal Lite\u201d at the time.",  # naming verb
        "The publisher will release \u201cThe Art of Winning Big\u201d in May.",  # object
        "The councillor said she enjoys \u201cMorning Farm Report\u201d most days.",  # object
        "The \u201cAvatar\u201d star posted a long message on Monday.",  # determiner
        "The senator named \u201cBlue Fields,\u201d \u201cCold Case\u201d and "
        "\u201cVeep\u201d as her favourite shows.",  # a list after a naming verb
        "Fell promoted his radio show, \u201cThe Fell Hour,\u201d on Tuesday.",  # appositive
    ],
)
def test_a_name_set_in_the_sentence_is_read_as_one(text: str) -> None:
    assert all(named(text))


@pytest.mark.parametrize(
    "text",
    [
        "\u201cAbsolutely,\u201d the mayor said when asked.",  # opens the sentence
        "Oakes told reporters, \u201cThank You Ohio.\u201d",  # a comma before it
        "She declared \u201cWhat a Great Night!\u201d and left the stage.",  # a verb of speech
        "He said the judge was \u201cMexican.\u201d",  # after a form of "be"
        "Mayor Fell Said The Bridge Was \u201cSafe.\u201d",  # a headline's capitalised "Was"
        "The crowd answered with jeers and \u201cBERNIE!\u201d chants.",  # capitals: a cry
        "Supporters chanted \u201cUSA! USA!\u201d as he spoke.",  # a cry after a cue
        "He said that \u201cBig Government Is Back\u201d in his speech.",  # after "that"
        "She called it \u201ca disgrace to the city,\u201d her aides said.",  # not title case
        "The mayor said \u201cwe will rebuild the bridge\u201d on Monday.",  # lower case speech
    ],
)
def test_spoken_words_are_not_read_as_a_name(text: str) -> None:
    assert not any(named(text))


def test_a_single_quoted_or_continued_span_is_left_to_the_speech_rules() -> None:
    text = "\u201cThe First Part\n\n\u201cThe Second Part,\u201d she said."
    assert not any(named(text))


def test_extract_drops_a_title_but_keeps_the_quotation_beside_it() -> None:
    text = (
        "Dana Fell, who wrote \u201cThe Long Road Home,\u201d spoke in Ohio on Monday. "
        "\u201cWe will rebuild every bridge in this state,\u201d Fell said."
    )
    assert quoted(text) == ["We will rebuild every bridge in this state,"]


def test_extract_drops_a_show_name_after_a_possessive_with_a_cue_near() -> None:
    text = (
        "Senator Ann Coles told CBS\u2019s \u201cThe Morning Desk with Lee Park\u201d on "
        "Sunday that she would run. \u201cI am in this race to win it,\u201d she said."
    )
    assert quoted(text) == ["I am in this race to win it,"]


def test_extract_keeps_a_short_quotation_opening_its_sentence() -> None:
    text = "Dana Fell was asked whether she would run again. \u201cAbsolutely,\u201d Fell said."
    assert quoted(text) == ["Absolutely,"]


def test_a_sentence_opened_by_a_name_it_goes_on_to_describe() -> None:
    assert named("\u201cHarbour Lights,\u201d a drama that first aired in 1990, returns.")
    assert named("\u201cThe Quiet Year,\u201d which is out on Tuesday, is her third book.")
    assert not any(named("\u201cAbsolutely,\u201d a spokesman said on Monday."))
    assert not any(named("\u201cThank You All,\u201d the mayor told the crowd."))


def test_a_statement_runs_through_the_name_its_content_ends_on() -> None:
    text = (
        "Coles said the vote reminds her of the 1962 book titled \u201cThe Long Night of "
        "the Senate,\u201d explaining, \u201cwhat could have been was lost.\u201d"
    )
    analysis = extract(text)
    assert [q.text for q in analysis.quotes] == ["what could have been was lost."]
    assert (
        analysis.statements[0].text
        == "the vote reminds her of the 1962 book titled \u201cThe Long Night of the Senate,\u201d"
    )


def test_a_headline_with_its_byline_is_no_quotation() -> None:
    text = "NOW OPEN\u2014\u201cArt show opens in a Bronx warehouse,\u201d by Post's Ann Lee: more."
    assert named(text)
    partial = "Coles said the \u201cugliness of it all,\u201d by Trump last week, was new."
    assert not any(named(partial))
