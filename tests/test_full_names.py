"""The full name of a person first quoted by surname: a hand-judged train sample.

tests/data/train_full_names.tsv holds one-word speakers On Record found in PolNeAR train
("Mr. Amar said", "Garcia said"), each with the full name its article gives that person
("Akhil Amar", "Agusein Garcia"), or "none" where it gives none or the word names no
person (see the file's header). :func:`core.person_names.introduced_name` is right on a row
when it finds that name (compared as :func:`core.person_names.normalise` writes names), or
none where the judge found none. The people proxy (benchmarks/train_people.py) cannot
judge these: it knows only the first names of the shipped list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.person_names import introduced_name, normalise

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "train"
SAMPLE = Path(__file__).parent / "data" / "train_full_names.tsv"
# Right when judged, before introduced_name existed: 48/60 (every "none"); after: 57/60.
FLOOR = 57


def rows() -> list[tuple[str, str, str]]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def test_the_sample_is_well_formed() -> None:
    sample = rows()
    assert len(sample) == 60
    assert len({(article, word) for article, word, _ in sample}) == len(sample)
    assert all(len(word.split()) == 1 and name for _, word, name in sample)


def test_full_names_sample_finds_the_judged_name() -> None:
    if not (TRAIN / "text").is_dir():
        pytest.skip(f"the PolNeAR train split is not under {TRAIN.parent}")
    wrong = []
    for article, word, judged in rows():
        text = (TRAIN / "text" / f"{article}.txt").read_text(encoding="utf-8")
        found = introduced_name(text, word)
        expected = None if judged == "none" else normalise(judged)
        if (found and normalise(found)) != expected:
            wrong.append(f"{article} {word}: found {found!r}, judged {judged!r}")
    right = len(rows()) - len(wrong)
    print(f"{SAMPLE.name}: {right}/{len(rows())} right")
    assert right >= FLOOR, "\n".join(wrong)
