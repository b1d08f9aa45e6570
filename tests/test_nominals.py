"""Nominals to people: "the ferryman said" names the person the article gave that noun as
a role, on sentences written for the test."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from core.cast_nominals import NominalResolver
from core.ingest import analyse
from tests.test_pronouns import L, R, speaker_of

FERRY = (
    "Bridge plan divides Kessel Bay\n\n"
    "Olav Brekke, a ferryman, has carried passengers across Kessel Bay for forty years. "
    "Next month, the council will replace his boat with a bridge.\n\n"
    f"{L}I always knew this day would come,{R} Brekke said on the dock.\n\n"
    "The bridge was the idea of Councillor Hans Vik, who has championed it since his first "
    f"campaign. {L}We are spending a fortune to move forty people a day,{R} Vik told the "
    "council in March.\n\n"
    f"Brekke does not blame him. {L}Hans is doing his job,{R} the {{noun}} said. "
    f"{L}But a bridge will not wave at you in the morning.{R}"
)


def test_a_noun_no_list_knows_is_the_person_it_was_given_to_as_a_role() -> None:
    text = FERRY.format(noun="ferryman")
    assert speaker_of(text, "Hans is doing") == "Olav Brekke"
    assert speaker_of(text, "But a bridge") == "Olav Brekke"


def test_a_noun_given_to_no_one_stays_its_own_source() -> None:
    text = FERRY.format(noun="boatwright")  # no one here is a boatwright
    assert speaker_of(text, "Hans is doing") not in ("Olav Brekke", "Hans Vik")


def test_a_role_whose_last_word_is_after_a_preposition_gives_no_noun() -> None:
    text = (
        "Anna Lind, the director of the trust, opened the hall on Monday. "
        f"{L}We waited ten years for this,{R} Lind said.\n\n"
        "The trust bought the building in 2015. "
        f"{L}The hall belongs to the town,{R} the trust said in a statement."
    )
    assert speaker_of(text, "The hall belongs") != "Anna Lind"


def test_a_plural_role_before_two_names_is_each_ones() -> None:
    text = (
        "Maria Lopez spoke about the mayor on the radio.\n\n"
        "In an interview with radio hosts Tom Becker and Sara Linde, the senator said that "
        f"the mayor's plan was {L}reckless.{R}\n\n"
        "Lopez went to the mayor's party in 2005, something Becker could understand.\n\n"
        f"{L}I said she was right when you asked about the party,{R} the host said.\n\n"
        f"But he wanted to know, {L}How surprised are you?{R}"
    )
    assert speaker_of(text, "I said she was right") == "Tom Becker"
    assert speaker_of(text, "How surprised") == "Tom Becker"


def test_the_byline_names_the_author_whom_no_nominal_or_pronoun_refers_to() -> None:
    lede = (
        "RIVERTON — The county auditor testified on Wednesday that he had warned the "
        "treasurer in 2019.\n\n"
        f"{L}I told her the numbers did not add up,{R} Desmond Achterberg said.\n\n"
        "Under cross-examination, Mr. Achterberg conceded he had told no one. "
        f"{L}In hindsight, I should have,{R} the auditor said."
    )
    for header in (
        "Auditor tells jury of warning\n\nBy Lena Okafor-Smith\n\n",
        "By LENA OKAFOR-SMITH\n",
    ):
        quotes = analyse(header + lede).quotes
        assert [q.speaker.name if q.speaker else None for q in quotes] == ["Desmond Achterberg"] * 2
    pronoun = (
        "Harbour plan wins backing\nBy Lena Okafor-Smith\n\n"
        f"{L}We have waited ten years for this,{R} she said on Monday, on the quay.\n\n"
        "The council approved the plan by seven votes to two."
    )
    assert [q.speaker for q in analyse(pronoun).quotes] == [None]


@pytest.mark.parametrize("at", [0, 3, 8, 24, 35, 39, 48, 53, 59, 80])
def test_a_name_written_before_a_place_is_found_as_in_the_text_cut_there(at: int) -> None:
    """The party a role gives is read at each mention of a name before a nominal: the
    mentions kept for the whole text give those of the text cut at the nominal, one
    ending right there included ("Roe" before "Roebuck" is no word; cut after it, it is)."""
    text = "Sen. ROE, a Democrat; roe deer. Roebuck said Roe.\u201cRoe!\u201d roe"
    resolver = NominalResolver(SimpleNamespace(text=text))  # type: ignore[arg-type]
    for alias in ("roe", "roebuck", "sen. roe"):
        cut = re.finditer(rf"\b(?i:{re.escape(alias)})\b", text[:at])
        assert [m.span() for m in resolver._written_before(alias, at)] == [m.span() for m in cut]
