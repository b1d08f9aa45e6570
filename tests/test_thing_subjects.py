"""things: a quotation fragment whose sentence opens with a thing as the subject of a verb
that is no speech verb ("The transformation is “…”", "His strengths include “…”") is no
one's words the sentence names: no speaker, or the subject of the clause that holds it
when that is someone. A document, a group or a person as the subject stays the speaker."""

from __future__ import annotations

import pytest

from core import lexicons
from tests.analyses import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Governor Lena Park toured the plant on Friday. The shift in the county's "
            "politics is “a quiet revolution,” and few saw it coming.",
            "a quiet revolution",
        ),
        (
            "Mayor Luis Ortega returned from Europe last week. His vacations abroad were "
            "“fact-finding missions” paid for by the city.",
            "fact-finding missions",
        ),
        (
            "Nothing much changed at the hearing: the board heard from “concerned "
            "citizens” for three hours.",
            "concerned citizens",
        ),
    ],
)
def test_a_thing_as_subject_is_no_speaker(text: str, fragment: str) -> None:
    assert speaker_of(text, fragment) is None


def test_the_clause_holding_the_quotation_names_who_speaks() -> None:
    text = (
        "Those votes helped the senator with farmers, and though the farm lobby Harvest "
        "First is “grateful for her leadership on water,” she may lose its backing."
    )
    assert speaker_of(text, "grateful for her") == "Harvest First"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Mayor Ann Wells spoke at noon. The petition accuses the city of “gross "
            "neglect” of its parks.",
            "gross neglect",
            "petition",
        ),
        (
            "Senator Joan Reyes spoke in Dayton. The crowd greeted her with “Four more "
            "years!” as she took the stage.",
            "Four more years",
            "crowd",
        ),
        (
            "Senator Joan Reyes has a plan. Reyes wants “a tax cut for every family” "
            "before the fall.",
            "a tax cut",
            "Joan Reyes",
        ),
    ],
)
def test_a_document_a_group_or_a_person_stays_the_subject(
    text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(text, fragment) == speaker


def test_the_thing_nouns_from_wordnet() -> None:
    assert lexicons.thing_noun("strengths") and lexicons.thing_noun("victories")
    assert not lexicons.thing_noun("petition") and not lexicons.thing_noun("audience")
