"""attrib77: two kinds of quotation that lost their speaker on train. Sentences written
for the tests.

- A quotation after an adverbial lead ("Specifically, “...”", "Then, later that month on
  CNN: “...”") goes on with the voice before it (main: no speaker).
- "Varga said, “... . ...” | He added": the sentence that decides the "he" is the one
  that opens the quotation, past its later sentences; there the article's "he" overrules
  a first-name guess ("Lindsey") as it does right after a one-sentence quotation.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Dana Kessler, who chairs the state party, spoke at length on Thursday about the "
            "primary calendar, which she calls “a relic.” Specifically, “the order of the "
            "states rewards the wrong voters.”",
            "order of the states",
            "Dana Kessler",
        ),
        (
            "Marta Quill writes for the Ledger. Quill assails what she calls the “fairy tale” "
            "of the recovery. Moreover, “the factories never came back, and the jobs that did "
            "pay less.”",
            "factories never",
            "Marta Quill",
        ),
    ],
)
def test_an_adverb_lead_goes_on_with_the_voice_before(
    text: str, fragment: str, speaker: str
) -> None:
    assert _speaker(text, fragment) == speaker


def test_a_paragraph_of_a_lead_and_a_quotation_takes_the_previous_speaker() -> None:
    """A lead of time and medium, then a colon: the quotation is the man quoted before."""
    text = (
        "Gov. Dale Brisco has changed his story on the levee more than once."
        + N
        + "“The levee was never at risk,” he told reporters in March."
        + N
        + "Then, later that month on NPR: “I warned everyone the levee would fail.”"
        + N
        + "Senator Mark Uhl did not comment."
    )
    assert _speaker(text, "I warned") == "Dale Brisco"


def test_a_lead_that_names_someone_is_no_adverbial() -> None:
    """A noun for a person outside a prepositional phrase ("The senator,") may be the
    speaker: the lead is not read as adverbials."""
    from core import nlp
    from core.saying_grammar import adverbial_lead

    def lead(words: str) -> bool:
        return adverbial_lead(nlp.tag(nlp.tokenize(words, 0, len(words))))

    assert lead("Then, later that month on CNN:")
    assert lead("Last week,")
    assert not lead("The senator,")
    assert not lead("Brisco, in Salem:")
    assert not lead("He added,")
    assert not lead("A:")  # an interview's answer label


def test_he_after_a_quotation_of_several_sentences_overrules_a_name_guess() -> None:
    """ "Varga said, “It held. It was the hardest ...” | He added": the quotation's
    speaker opens the sentence that decides the "he" (main: no one)."""
    text = (
        "Mayor Ruth Okonjo opened the new bridge on Monday."
        + N
        + "Lindsey Varga, its engineer, spoke after her. Varga said, “It held. It was the "
        "hardest one we built.”" + N + "He added, “Next year we start on the tunnel.”"
    )
    assert _speaker(text, "Next year") == "Lindsey Varga"


def test_words_after_the_quotation_keep_it_from_the_previous_speaker() -> None:
    """ "Across town, “...” for the campaign, is Wayne Olund": the words after the
    quotation may name its speaker, so the lead does not hand it to the one before."""
    text = (
        "“We need you,” Gloria Pratt, a retired nurse, said into the phone."
        + N
        + "Across town, “knocking on every door” for the Sanders campaign, is Wayne Olund, "
        "a student."
    )
    assert _speaker(text, "knocking on every door") != "Gloria Pratt"
