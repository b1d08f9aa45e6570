"""Person rows of the speaker list, on a hand-read train sample (issues 14 and 15).

tests/data/train_rows_17.tsv holds 60 person rows a library of PolNeAR train shows, drawn
by ``scripts/draw_people_rows_sample.py`` (each row once, whatever its quotes) and judged by
reading the article: a real person who says something there (``person``), or an
organisation, place, group, phrase or a person who says nothing shown as a person speaker.
A ``person`` row is right when the article's analysis still lists that person among its
person speakers; any other row is right when it no longer does. First judged 48/60 on
main 559466c; 54/60 after the mends of branch rows17 (name boundaries: a name a noun
phrase is about, plurals, indefinite descriptions, "X of ORG", places alone), held there.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from core.document import Analysis, SpeakerKind
from core.ingest import analyse
from core.speakers import normalise

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "train"
SAMPLE = Path(__file__).parent / "data" / "train_rows_17.tsv"
VERDICTS = {"person", "organisation", "group", "phrase", "not-speaker"}
FLOOR = 56  # of 60: 48 first judged (main 559466c), 54 after branch rows17, 56 after rows17b

pytestmark = pytest.mark.skipif(not TRAIN.is_dir(), reason=f"PolNeAR train is not at {TRAIN}")


def sample() -> list[tuple[str, str, str]]:
    out = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "article\t")):
            article, speaker, verdict = line.split("\t")[:3]
            out.append((article, speaker, verdict))
    return out


@cache
def analysis(article: str) -> Analysis:
    return analyse((TRAIN / "text" / article).read_text(encoding="utf-8"))


def person_names(found: Analysis) -> set[tuple[str, ...]]:
    """The names of the article's person speakers, of quotes and statements alike."""
    speakers = [q.speaker for q in found.quotes] + [s.speaker for s in found.statements]
    return {
        tuple(normalise(s.name).split())
        for s in speakers
        if s is not None and s.kind == SpeakerKind.PERSON
    }


def listed(name: str, names: set[tuple[str, ...]]) -> bool:
    """Is the row's person among ``names``: a name holding the row's words ("Hillary" in
    the library, a longer name in the article), or one sharing its last word whose words
    are held in the row's ("Alba" for "Richard Alba")?"""
    words = tuple(normalise(name).split())
    return any(
        set(words) <= set(found) or (found[-1:] == words[-1:] and set(found) <= set(words))
        for found in names
    )


def test_the_sample_is_judged() -> None:
    rows = sample()
    assert len(rows) == 60
    assert all(verdict in VERDICTS for *_, verdict in rows)


def test_the_person_rows_sample() -> None:
    right, misses = 0, []
    for article, speaker, verdict in sample():
        shown = listed(speaker, person_names(analysis(article)))
        if shown == (verdict == "person"):
            right += 1
        else:
            misses.append(f"{article} {speaker} ({verdict})")
    print(f"\ntrain_rows_17.tsv: {right}/60 right; misses: " + "; ".join(misses))
    assert right >= FLOOR, misses
