"""Who "he" and "she" name where two people could be meant: a hand-judged train sample.

tests/data/train_pronouns.tsv holds train quotations whose annotated Source is "he" or
"she" and that the people proxy (benchmarks/train_people.py) leaves out as ambiguous, each
with the person the pronoun refers to, judged by reading the article up to it (see the
file's header). A quotation is paired with On Record's quote as the PolNeAR scorers pair
them (trimmed spans overlapping by at least half of each); it is right when the quote's
speaker names the judged person by polnear_people.py's rule (same last name, given
initials agreeing where both give them). A quotation On Record does not find, or gives
to nobody, is wrong. Rows judged "unresolvable" are left out of the count.

tests/data/train_pronouns_2.tsv is a second, held-out sample drawn from the annotation (any
quotation whose Source is "he", "she", "they" or "I", weighted towards articles naming two
people of the pronoun's gender), judged the same way; its rows carry a sixth column, a note.

tests/data/train_pronouns_3.tsv is a third: 60 quotations (one per article) whose Source is
"he" or "she" and that the proxy leaves out as ambiguous, drawn with a new seed without the
earlier pronoun and nominal samples' quotations and judged before On Record's output was
looked at. First judged on main 7254007: 55 of 59 right, the honest estimate for the
pronouns the proxy cannot see; the coref38 mends (the subject of the sentence before over a
more mentioned man; a name with an unlisted first name introduced by "One pastor ..., Darran
Whiting of ...") make it 57.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.document import Quote
from core.evaluation import trim
from tests.analyses import analysis

SHARED = Path(__file__).resolve().parents[2] / "shared"
TRAIN = SHARED / "corpora" / "polnear" / "train"
DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "train_pronouns.tsv"
SAMPLE_2 = DATA / "train_pronouns_2.tsv"
# The share right when the sample was judged (82/99), raised as resolution improves.
FLOOR = 0.82
# The second sample: first judged FIRST_2 right at main de8c076; the floor is what the
# pronoun18 mends reach (45/50).
FIRST_2 = "43/50"
FLOOR_2 = 0.90
SAMPLE_3 = DATA / "train_pronouns_3.tsv"
FLOOR_3 = 57 / 59


@dataclass(frozen=True)
class Row:
    article: str
    start: int
    end: int
    pronoun: str
    person: str  # or "unresolvable"


def rows(sample: Path = SAMPLE) -> list[Row]:
    out = []
    for line in sample.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, start, end, pronoun, person, *_note = line.split("\t")
            out.append(Row(article, int(start), int(end), pronoun, person))
    return out


def paired(text: str, start: int, end: int, quotes: tuple[Quote, ...]) -> Quote | None:
    """The quote whose trimmed span overlaps the quotation's by half of each, the most."""
    gs, ge = trim(text, start, end)
    best, best_overlap = None, 0
    for quote in quotes:
        ps, pe = trim(text, quote.span.start, quote.span.end)
        overlap = max(0, min(ge, pe) - max(gs, ps))
        halves = overlap >= 0.5 * (ge - gs) and overlap >= 0.5 * max(1, pe - ps)
        if halves and overlap > best_overlap:
            best, best_overlap = quote, overlap
    return best


def names_match() -> Callable[[str, str, str | None], bool]:
    sys.path.insert(0, str(SHARED / "tools"))
    from polnear_people import names_match as rule

    return rule


def test_the_sample_is_well_formed() -> None:
    sample = rows()
    assert len(sample) == 100
    assert len({(r.article, r.start) for r in sample}) == len(sample)
    assert {r.pronoun for r in sample} == {"he", "she"}
    assert all(r.person for r in sample)


def test_the_second_sample_is_well_formed() -> None:
    sample = rows(SAMPLE_2)
    assert len(sample) == 50
    assert len({(r.article, r.start) for r in sample}) == len(sample)
    assert {r.pronoun for r in sample} <= {"he", "she", "they", "i"}
    assert all(r.person for r in sample)
    assert not {(r.article, r.start) for r in sample} & {(r.article, r.start) for r in rows()}


def test_the_third_sample_is_well_formed() -> None:
    sample = rows(SAMPLE_3)
    assert len(sample) == 60
    assert len({r.article for r in sample}) == len(sample)
    assert {r.pronoun for r in sample} == {"he", "she"}
    earlier = [  # the samples it was drawn without
        DATA / f"train_{kind}{part}.tsv"
        for kind in ("pronouns", "nominals")
        for part in ("", "_2", "_3")
        if DATA / f"train_{kind}{part}.tsv" != SAMPLE_3
    ]
    seen = {(r.article, r.start) for path in earlier for r in rows(path)}
    assert len(seen) > 300
    assert not {(r.article, r.start) for r in sample} & seen


@pytest.mark.slow  # a measure over PolNeAR articles, as every hand-judged sample is
@pytest.mark.parametrize(
    ("sample", "floor"), [(SAMPLE, FLOOR), (SAMPLE_2, FLOOR_2), (SAMPLE_3, FLOOR_3)]
)
def test_pronoun_sample_names_the_judged_person(sample: Path, floor: float) -> None:
    if not (TRAIN / "text").is_dir() or not (SHARED / "tools" / "polnear_people.py").is_file():
        pytest.skip(f"the PolNeAR train split or polnear_people.py is not under {SHARED}")
    rule = names_match()
    judged = [r for r in rows(sample) if r.person != "unresolvable"]
    wrong = []
    for row in judged:
        found = analysis("train", row.article)
        quote = paired(found.text, row.start, row.end, found.quotes)
        name = quote.speaker.name if quote and quote.speaker else None
        if not rule(row.person, "person", name):
            shown = "(quotation not found)" if quote is None else repr(name)
            wrong.append(f"{row.article} {row.start} [{row.pronoun}] {shown}, judged {row.person}")
    right = len(judged) - len(wrong)
    print(f"{sample.name}: {right}/{len(judged)} right ({right / len(judged):.1%})")
    print("\n".join(wrong))
    assert right / len(judged) >= floor, "\n".join(wrong)
