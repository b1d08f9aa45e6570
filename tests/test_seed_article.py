"""Acceptance: the demo article's quotes, speakers and roles (issues 2 and 5)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from core.document import Analysis, SpeakerKind, StatementKind
from core.ingest import analyse_file, sample_paths
from core.library import Library

SEED = "eu-training-mission.txt"

EXPECTED = {
    "Josep Borrell": [
        "more value added",
        "predictable and stronger support,",
        "But the needs are enormous, and we need to ensure the coherence of these efforts,",
        "The European Peace Facility has a budget of \u20ac5.7 billion, so we are far from "
        "exhausting it,",
        "For that, we have set up a task force",
        "We are taking concrete and historical actions",
        "It is not only about spending more,",
    ],
    "Robert Brieger": ["A training mission outside of Ukraine is not a signal of warfighting,"],
    "Nathalie Loiseau": [
        "Providing military equipment",
        "We have to stay the course",
        "You would think that maybe they [the Ukrainians] could teach us a number of things,",
        "But they need to bring new people to the frontline, and we have to help them.",
    ],
    "Danno Pevkur": ["However, it is important that this mission would complement"],
}

ROLES = {
    "Josep Borrell": ["High Representative for Foreign Affairs and Security Policy"],
    "Robert Brieger": ["Austrian Army", "chairman of the European Union Military Committee"],
    "Nathalie Loiseau": ["member of the European Parliament from France"],
    "Danno Pevkur": ["Defense Minister"],
}


@cache
def seed() -> Analysis:
    path = next(p for p in sample_paths() if p.name == SEED)
    return analyse_file(path).analysis


def speaker_of(fragment: str) -> str | None:
    for quote in seed().quotes:
        if quote.text.startswith(fragment):
            return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quote starts with {fragment!r}")


@pytest.mark.parametrize(
    ("speaker", "fragment"),
    [(speaker, fragment) for speaker, fragments in EXPECTED.items() for fragment in fragments],
)
def test_each_quote_has_its_speaker(speaker: str, fragment: str) -> None:
    assert speaker_of(fragment) == speaker


def test_exactly_the_four_people_speak() -> None:
    people = {s.name for s in seed().speakers if s.kind == SpeakerKind.PERSON}
    assert people == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(ROLES))
def test_roles_as_the_article_gives_them(name: str) -> None:
    speaker = next(s for s in seed().speakers if s.name == name)
    assert speaker.role is not None
    for part in ROLES[name]:
        assert part in speaker.role


def test_author_and_mentioned_people_are_not_speakers() -> None:
    names = " ".join(s.name for s in seed().speakers)
    assert "Machi" not in names
    assert "Leyen" not in names


def test_every_quote_indexes_the_text() -> None:
    analysis = seed()
    for quote in analysis.quotes:
        assert analysis.text[quote.span.start : quote.span.end] == quote.text
        if quote.mention is not None:
            assert 0 <= quote.mention.start < quote.mention.end <= len(analysis.text)


def test_metadata_of_the_demo() -> None:
    meta = seed().metadata
    assert meta.author == "Vivienne Machi"
    assert meta.outlet == "Defense News"


def test_the_speaker_list_shows_each_persons_role(tmp_path: Path) -> None:
    """The role a speaker row shows (chosen across articles, shortened for the list)
    still says what the article says: the office in full, both of Brieger's roles."""
    with Library(tmp_path / "seed.db") as library:
        library.add_article(seed())
        roles = {row.name: row.role for row in library.speakers() if row.quote_count}
    assert roles == {
        "Josep Borrell": "EU\u2019s High Representative for Foreign Affairs and Security Policy",
        "Robert Brieger": (
            "Austrian Army General, chairman of the European Union Military Committee"
        ),
        "Nathalie Loiseau": "member of the European Parliament from France",
        "Danno Pevkur": "Defense Minister",
    }


REPORTED = {  # issue 16: what the article reports without quotation marks, and who said it
    "the ministers had not made any final decisions": "Josep Borrell",
    "Many member nations in the EU": "Josep Borrell",
    "are already training Ukrainian troops": "Josep Borrell",
    "Estonia, which is already training Ukrainian forces, is prepared to participate": (
        "Danno Pevkur"
    ),
}


@pytest.mark.parametrize(("words", "speaker"), REPORTED.items())
def test_reported_speech_among_the_statements(words: str, speaker: str) -> None:
    found = [
        s
        for s in seed().statements
        if s.kind is not StatementKind.DIRECT
        and any(words in seed().text[p.start : p.end] for p in s.content)
    ]
    assert found, f"no reported statement holds {words!r}"
    assert all(s.speaker is not None and s.speaker.name == speaker for s in found)


def test_every_statement_indexes_the_text() -> None:
    analysis = seed()
    for statement in analysis.statements:
        pieces = [analysis.text[p.start : p.end] for p in statement.content]
        assert statement.text == " \u2026 ".join(pieces)
        for span in (statement.mention, statement.cue_span):
            assert span is None or 0 <= span.start < span.end <= len(analysis.text)


def test_statement_sources_are_the_four_people_or_groups() -> None:
    """ "The ministers also discussed ..." is the ministers', not the one minister named;
    "Some member states readily expressed/VBN support" is the member states', though the
    tagger takes "states" for a verb."""
    speakers = [s.speaker for s in seed().statements if s.speaker is not None]
    people = {s.name for s in speakers if s.kind is SpeakerKind.PERSON}
    assert people <= {"Josep Borrell", "Robert Brieger", "Nathalie Loiseau", "Danno Pevkur"}
    groups = {s.name for s in speakers if s.kind is not SpeakerKind.PERSON}
    assert {"ministers", "some member states"} <= groups
