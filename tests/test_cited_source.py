"""A source cited for a whole sentence ("According to X, ...", "..., according to X") that
carries the words of the quotation's speaker is the speaker mention, as PolNeAR names it,
and the person stays the one who spoke (on sentences written for the test): in train, 32
of 33 quotations in such sentences that also report a speech verb's subject have the
cited source as their Source."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import decided


@pytest.mark.parametrize(
    ("text", "fragment", "mention", "person"),
    [
        (
            "According to the Courier, Mayor Lena Varga told the crowd that Oskar Brandt "
            "was \u201cnot fit to lead\u201d and left.",
            "not fit to lead",
            "the Courier",
            "Lena Varga",  # the outlet carries the words of the one who spoke
        ),
        (  # not "she", the subject of the clause that calls it so
            "According to White House pool reports, Varga said \u201cthere is hope\u201d in the "
            "valley after the flood, which she called \u201ca cruel blow.\u201d",
            "cruel blow",
            "White House pool reports",
            "Varga",
        ),
        (
            "According to court papers filed Monday, Brandt described the deal as \u201ca "
            "straightforward loan.\u201d",
            "straightforward loan",
            "court papers",
            "Brandt",
        ),
    ],
)
def test_a_source_cited_for_the_sentence_is_the_speaker(
    text: str, fragment: str, mention: str, person: str
) -> None:
    assert decided(text, fragment) == (mention, person, "cited")


def test_a_third_voice_in_a_cited_sentence_keeps_its_own_cue() -> None:
    """The Courier carries Varga's words; the families' shout is theirs."""
    text = (
        "\u201cWe will rebuild the dam,\u201d Varga told the families, who shouted "
        "\u201cNow!\u201d in reply, according to the Courier."
    )
    assert decided(text, "rebuild")[0] == "the Courier"
    assert decided(text, "Now!")[1] == "families"


def test_a_group_cited_for_another_voice_is_left_to_the_ranker() -> None:
    """The aides report Brandt's words; a reader wants Brandt, so the grammar does not
    decide for the aides."""
    text = (
        "According to two aides who attended, Oskar Brandt slammed the table, telling the "
        "mayor: \u201cGet the auditor on the line.\u201d"
    )
    assert decided(text, "auditor")[2] != "cited"


def test_a_source_cited_inside_a_clause_cites_for_that_clause_alone() -> None:
    text = (
        "Lena Varga said that according to its count, the party won most seats, but \u201cwe "
        "are still counting the rest.\u201d"
    )
    assert decided(text, "still counting")[2] != "cited"


@pytest.mark.parametrize(
    ("text", "fragment", "mention", "person"),
    [
        (
            "\u201cWe will rebuild the dam,\u201d Mayor Lena Varga told the families, "
            "according to the Courier.",
            "rebuild the dam",
            "the Courier",
            "Lena Varga",
        ),
        (
            "\u201cWe will rebuild the dam,\u201d Mayor Lena Varga said on Monday, the Courier "
            "reported.",
            "rebuild the dam",
            "the Courier",
            "Lena Varga",
        ),
        (
            "\u201cThe flood was a cruel blow,\u201d Mayor Lena Varga told the families, "
            "according to Oskar Brandt, who was there.",
            "cruel blow",
            "Oskar Brandt",
            "Lena Varga",  # a person who reports her words: the row is still hers
        ),
        (
            "\u201cThe levee is sound,\u201d said Mayor Lena Varga, according to her aides.",
            "levee is sound",
            "her aides",
            "Lena Varga",
        ),
        (  # her cue before her quotation, no bracket or sentence end between
            "Mayor Lena Varga pledged to \u201crebuild the dam by spring,\u201d the Courier "
            "reported.",
            "rebuild the dam",
            "the Courier",
            "Lena Varga",
        ),
        (
            "Mayor Lena Varga welcomed the news, saying the council was \u201cdoing the right"
            " thing,\u201d the Courier reported.",
            "doing the right",
            "the Courier",
            "Lena Varga",
        ),
    ],
)
def test_a_report_after_the_speakers_own_cue_is_the_source(
    text: str, fragment: str, mention: str, person: str
) -> None:
    """PolNeAR names who reports the sentence (14 of the 15 such quotations with a gold
    Source in train); the person is the one who spoke, whoever reports: an outlet, a
    person or a group."""
    assert decided(text, fragment)[:2] == (mention, person)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will rebuild the dam,\u201d Lena Varga wrote in the email, which was first "
        "reported by the Courier.",
        "\u201cWe will rebuild the dam,\u201d Lena Varga said in an interview, as reported by "
        "the Courier.",
    ],
)
def test_the_agent_of_a_passive_report_passed_the_words_on(text: str) -> None:
    assert decided(text, "rebuild the dam")[:2] == ("Lena Varga", "Lena Varga")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz spoke to donors on Friday. \u201cWe will win this,\u201d Ruiz said, "
        "according to Tom Okafor. \u201cNobody should doubt it.\u201d",
        "\u201cWe will win this,\u201d Mayor Ana Ruiz told donors, according to Tom Okafor, who "
        "was there.\n\n\u201cNobody should doubt it.\u201d",
    ],
)
def test_the_next_quotation_goes_on_with_the_voice_not_its_reporter(text: str) -> None:
    """The report stays the mention, as for the quotation before; the person is the one who
    spoke, not the one who reported her."""
    assert decided(text, "Nobody should")[:2] == ("Tom Okafor", "Ana Ruiz")
