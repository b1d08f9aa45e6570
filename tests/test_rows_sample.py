"""Person rows of the speaker list, on hand-read train samples (issues 14 and 15).

tests/data/train_rows_17.tsv and train_rows_18.tsv each hold 60 person rows a library of
PolNeAR train shows, drawn by ``scripts/draw_people_rows_sample.py`` (each row once,
whatever its quotes; _18 leaves out the names _17 judged) and judged by reading the
article: a real person who says something there (``person``), or an organisation, place,
group, phrase or a person who says nothing shown as a person speaker, or a person who
speaks shown under a wrong name (``misnamed``, the note opening with the right name).
A ``person`` row is right when the article's analysis still lists that person among its
person speakers; a ``misnamed`` row when it lists the right name, not the row's own, and the
two names are not one person's to the library (:func:`core.identity.full_fit`); any other
row when it no longer lists the row's name.
_17: first judged 48/60 on main 559466c (47/60 with a verdict corrected at merge); 54/60
after branch rows17 (name boundaries), 56/60 after rows17b. _18: first judged 45/60 on main
de8c076, 54/60 after branch rows18, 55/60 once the session's branches were merged, 56/60
after ghosts20 ("State has also told lawmakers": the article writes "State Department").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.document import Analysis, SpeakerKind
from core.identity import Fit, full_fit, parse_name
from core.person_names import normalise
from tests.analyses import analysis

TRAIN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "train"
DATA = Path(__file__).parent / "data"
VERDICTS = {"person", "organisation", "group", "phrase", "not-speaker", "misnamed"}
FLOORS = {
    # 48 first judged (559466c); 54 rows17, 56 rows17b, 57 ghosts19; 56 since attrib41's mixed
    # marks: Tanden's “… First Lady on." now closes where it ends, so the Soros lines nested
    # in her quotation are her words, not a statement of his (no Soros row)
    "train_rows_17.tsv": 56,
    # 45 first judged (main de8c076), 54 rows18, 55 merged, 56 ghosts20; 55 stmt22: the
    # averaged statement model scores "provide" in "David Andersen and David Peterson
    # provide evidence of why ..." 0.03 under its threshold (0.09 over it before), so
    # Peterson, who says nothing else there, has no row (a cue model's margin, not grammar)
    "train_rows_18.tsv": 55,
}

pytestmark = pytest.mark.skipif(not TRAIN.is_dir(), reason=f"PolNeAR train is not at {TRAIN}")


def sample(name: str) -> list[tuple[str, str, str, str]]:
    """(article, row name, verdict, right name or "") of each judged row."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "article\t")):
            article, speaker, verdict, note = (line.split("\t") + [""])[:4]
            right = note.split(":")[0] if verdict == "misnamed" else ""
            out.append((article, speaker, verdict, right))
    return out


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


def right_row(article: str, speaker: str, verdict: str, right_name: str) -> bool:
    names = person_names(analysis("train", article))
    shown = listed(speaker, names)
    if verdict == "person":
        return shown
    if verdict == "misnamed":  # the row's own name, not one holding it ("Jean King")
        one = full_fit(parse_name(speaker), parse_name(right_name)) == Fit.SAME
        own = tuple(normalise(speaker).split()) in names
        return not own and not one and listed(right_name, names)
    return not shown


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_sample_is_judged(name: str) -> None:
    rows = sample(name)
    assert len(rows) == 60
    assert all(verdict in VERDICTS for _, _, verdict, _ in rows)
    assert all(right for _, _, verdict, right in rows if verdict == "misnamed")


@pytest.mark.slow  # a measure over PolNeAR articles, as every hand-judged sample is
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_person_rows_sample(name: str) -> None:
    right, misses = 0, []
    for article, speaker, verdict, right_name in sample(name):
        if right_row(article, speaker, verdict, right_name):
            right += 1
        else:
            misses.append(f"{article} {speaker} ({verdict})")
    print(f"\n{name}: {right}/60 right; misses: " + "; ".join(misses))
    assert right >= FLOORS[name], misses
