"""headline51: forms of attribution that the held-out split has and train barely holds
(issue 15; attrib88's "Left alone"). Sentences written for the tests, people invented.

- A list item's title-case headline that names its subject and a verb of speech ("3.
  Councilwoman Ada Pike Calls The Budget A “Fantasy.”") gives the item's quotations that
  name no one to that subject, down to the next voice.
- "per X" cites X as "according to X" does, before or after the quotation ("per one
  senior aide, “...”", "“...,” per Ruth Akers", "per a statement from X").
- A pull quote alone under the byline, signed "— Name" in the paragraph below, is the
  signer's, not the byline's.
- "“...,” as X put it": the "as" clause right after a quotation is its cue.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The budget fight, in quotes."
            + N
            + "1. Mayor Lou Ostrander Says The Budget Is “Balanced.”"
            + N
            + "“We worked on it for months.”"
            + N
            + "2. Councilwoman Ada Pike Calls The Budget A “Fantasy.”"
            + N
            + "“The numbers do not add up. Nobody on this council believes them.”",
            "numbers do not add up",
            "Ada Pike",
        ),
        (
            "Redistricting, in five quotes."
            + N
            + "4. Rep. Kay Ostby Defends The New Lines"
            + N
            + "“These maps follow the law,” Ostby said."
            + N
            + "5. Governor Eli Brandt Blasts The “Rigged” Map"
            + N
            + "“I will veto it the day it reaches my desk.”",
            "veto it",
            "Eli Brandt",
        ),
        (
            "What the candidates told the Rotary Club."
            + N
            + "“Thanks for having us,” said the club's president, Hal Gruber."
            + N
            + "3) Judge Nina Corvell Promises A “Faster” Court"
            + N
            + "“No family should wait two years for a hearing.”"
            + N
            + "“We will hire four clerks in the first month.”",
            "four clerks",
            "Nina Corvell",
        ),
    ],
)
def test_a_list_items_headline_gives_its_quotations_to_its_subject(
    text: str, fragment: str, speaker: str
) -> None:
    assert _speaker(text, fragment) == speaker


def test_a_quotation_with_its_own_cue_in_an_item_keeps_it() -> None:
    """The headline's subject speaks only where no one else is named: a rival's answer in
    the item stays the rival's, and the item's next bare quotation is the rival's too."""
    text = (
        "The debate in five moments."
        + N
        + "4. Senator Amos Pratt Says The Plan Is “Dead.”"
        + N
        + "“It was dead on arrival,” he said."
        + N
        + "“He has not read it,” answered his rival, Governor Ruth Dale."
        + N
        + "“Not one page of it.”"
    )
    assert _speaker(text, "dead on arrival") == "Amos Pratt"
    assert _speaker(text, "not read it") == "Ruth Dale"
    assert _speaker(text, "Not one page") == "Ruth Dale"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("Per Ruth Akers, “the vote is not even close.”", "not even close", "Ruth Akers"),
        (
            "The council is “deeply divided on the levy,” per a statement from Councilwoman "
            "Ida Marsh.",
            "deeply divided",
            "Ida Marsh",
        ),
        (
            "Senator Dane Vell spent the weekend at home. The mood in his office is, per one "
            "senior aide, “somewhere between tired and furious.”",
            "tired and furious",
            "one senior aide",
        ),
        (
            "The strike will go on. “We have not heard a single new offer,” per union "
            "steward Tomas Ekberg.",
            "single new offer",
            "Tomas Ekberg",
        ),
    ],
)
def test_per_cites_its_object_as_the_source(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


def test_per_as_a_rate_cites_no_one() -> None:
    """ "$90 per square foot", "per year": a rate, no source; the cue still decides."""
    text = "Rents reached “an absurd $90 per square foot,” broker Lena Ohr said."
    assert _speaker(text, "absurd") == "Lena Ohr"
    assert _speaker("Fees rose to “$400 per student per year” under the plan.", "400") is None


def test_per_after_a_speakers_own_cue_reports_their_words() -> None:
    """ "“...?” X said, per the Dispatch. “...”": the paper reports X's words; the next
    quotation is still X's, not the paper's."""
    text = (
        "“We have eighty offices and they have six,” Chairman Rick Stanowicz said, per the "
        "Columbus Dispatch. “You cannot win Ohio on rallies.”"
    )
    assert _speaker(text, "win Ohio") == "Rick Stanowicz"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "By Glenn Hargrove"
            + N
            + "“My plan cuts taxes for every family in this state.”"
            + N
            + "— Walt Brannock, at a town hall in Keene"
            + N
            + "The claim does not hold up.",
            "My plan cuts",
            "Walt Brannock",
        ),
        (
            "By Tim Cole and Sara Wendt"
            + N
            + "“We will never close the Dayton plant.”"
            + N
            + "\u2015 Ana Ruiz"
            + N
            + "Ruiz made the promise in May. The plant closed in June.",
            "Dayton plant",
            "Ana Ruiz",
        ),
        (
            "Written by Jo Marsh"
            + N
            + "“Not one dollar of the grant went to the schools.”"
            + N
            + "-- Pia Lund, in her report"
            + N
            + "The report runs to 90 pages.",
            "Not one dollar",
            "Pia Lund",
        ),
    ],
)
def test_a_pull_quote_under_the_byline_is_the_signers(
    text: str, fragment: str, speaker: str
) -> None:
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The economy is slowing. “We are in a ditch,” as Senator Ann Pell put it.",
            "in a ditch",
            "Ann Pell",
        ),
        (
            "Few expected the ruling. “The law says what it says, and we follow it,” as Judge "
            "Oren Falk wrote on Friday.",
            "law says what it says",
            "Oren Falk",
        ),
        (
            "Food prices are up. “Nobody can afford eggs anymore,” as economist Dev Rao noted "
            "in his column.",
            "afford eggs",
            "Dev Rao",
        ),
    ],
)
def test_an_as_clause_after_a_quotation_is_its_cue(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Consider Senator Ann Pell's words:"
            + N
            + "“The bridge will be built, and built here.”",
            "bridge will be built",
            "Ann Pell",
        ),
        (
            "Listen to Judge Oren Falk's own words: “The law says what it says.”",
            "law says what",
            "Oren Falk",
        ),
        (
            "Ruth Akers's words were plain: “We are done waiting for the county.”",
            "done waiting",
            "Ruth Akers",
        ),
    ],
)
def test_someones_words_before_a_colon_are_theirs(text: str, fragment: str, speaker: str) -> None:
    """ "X's words:" names the speaker of the quotation after the colon as "X's remarks:"
    does: the owner of the words, not the phrase."""
    assert _speaker(text, fragment) == speaker
