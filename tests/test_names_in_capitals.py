"""A person the article names only in capitals (a transcript's labels) is shown in the
case prose gives names, not shouted in the speaker list."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.labels import label_name
from core.person_names import in_prose_case

TRANSCRIPT = """Transcript of a radio interview about the county budget, aired Tuesday.

MIRIAM OSTROWSKI: Welcome back. The budget passed last night. What happened?

HALVARD PENNYWORTH: We argued for six hours, and in the end we found the money.

MIRIAM OSTROWSKI: Was it worth the fight?

HALVARD PENNYWORTH: I think the roads will tell you that next spring.
"""


def test_a_transcripts_capital_labels_name_people_in_prose_case() -> None:
    speakers = [q.speaker.name for q in extract(TRANSCRIPT).quotes]
    assert speakers == ["Miriam Ostrowski", "Halvard Pennyworth"] * 2


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("MIRIAM OSTROWSKI", "Miriam Ostrowski"),
        ("DEVIN O'BRIEN", "Devin O'Brien"),
        ("ROSS MCCAIN", "Ross McCain"),
        ("J.D. HALVERSON", "J.D. Halverson"),
        ("DJ Khaled", "DJ Khaled"),  # lower case written: as written
        ("Ana de la Cruz", "Ana de la Cruz"),
        ("AL", "AL"),  # too short to tell a name from an acronym
    ],
)
def test_in_prose_case(written: str, shown: str) -> None:
    assert in_prose_case(written) == shown


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("SEN. MCCASKILL", "McCaskill"),
        ("ROSS MCALLISTER", "Ross McAllister"),
        ("GOV. HALE", "Hale"),
    ],
)
def test_a_capital_speaker_label_names_a_mc_surname_as_prose_does(label: str, name: str) -> None:
    assert label_name(label) == name
