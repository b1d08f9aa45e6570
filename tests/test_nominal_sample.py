"""Who a nominal speaker is: a hand-judged sample of PolNeAR train (issues 14 and 15).

tests/data/train_nominals.tsv holds 100 quotations whose annotated Source is a definite or
possessive singular nominal ("the Florida senator", "the billionaire business mogul", "his
wife"), drawn by scripts/draw_nominal_sample.py and judged by reading the articles: the
person it denotes, or "unresolvable" (someone the article never names), "group",
"organisation:NAME". Each quotation is paired with On Record's as the PolNeAR scorer pairs
them; a row judged to be a person is right when the speaker's name names that person (the
people measure's rule, ../shared/tools/polnear_people.py), and a row judged unresolvable
is wrong when On Record gives it to a person it names instead.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from core.document import Analysis, SpeakerKind
from core.evaluation import GoldArticle, PredictedQuote, load_split, pairs
from core.ingest import analyse

SHARED = Path(__file__).resolve().parents[2] / "shared"
TRAIN = SHARED / "corpora" / "polnear" / "train"
TOOLS = SHARED / "tools"
SAMPLE = Path(__file__).parent / "data" / "train_nominals.tsv"
PERSONS_RIGHT = 51  # floor: rows judged a named person whose speaker names them (22 at first)
NAMED_WRONGLY = 6  # ceiling: rows judged unresolvable given to a named person (2 at first)

pytestmark = pytest.mark.skipif(
    not TRAIN.is_dir() or not (TOOLS / "polnear_people.py").is_file(),
    reason=f"PolNeAR train or the people measure is not under {SHARED} (../shared is absent)",
)


@dataclass(frozen=True)
class Row:
    article: str
    start: int
    end: int
    source: str
    identity: str


def rows() -> list[Row]:
    out = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, start, end, source, identity, *_ = line.split("\t")
            out.append(Row(article, int(start), int(end), source, identity))
    return out


@cache
def gold() -> dict[str, GoldArticle]:
    return {article.name: article for article in load_split(TRAIN)}


@cache
def analysis(article: str) -> Analysis:
    return analyse((TRAIN / "text" / article).read_text(encoding="utf-8"))


def speaker_of(row: Row) -> tuple[str | None, SpeakerKind | None]:
    """The name and kind of the speaker On Record gives the row's quotation (paired as
    the scorer pairs them), or Nones."""
    quotes = analysis(row.article).quotes
    preds = [PredictedQuote(q.span.start, q.span.end) for q in quotes]
    for quote, index, _ in pairs(gold()[row.article.removesuffix(".txt")], preds):
        if quote is not None and quote.span == (row.start, row.end) and index is not None:
            speaker = quotes[index].speaker
            return (speaker.name, speaker.kind) if speaker else (None, None)
    return None, None


def test_the_sample_is_whole() -> None:
    sample = rows()
    assert len(sample) == 100
    assert all(r.identity for r in sample)


def test_nominal_speakers_name_the_person_judged() -> None:
    sys.path.insert(0, str(TOOLS))
    from polnear_people import names_match

    persons = right = unresolvable = named = 0
    wrong = []
    for row in rows():
        name, kind = speaker_of(row)
        if row.identity == "unresolvable":
            unresolvable += 1
            if kind == SpeakerKind.PERSON:
                named += 1
                wrong.append(f"{row.article} {row.start} | {row.source}: {name!r}, no one named")
        elif row.identity != "group" and not row.identity.startswith("organisation:"):
            persons += 1
            if names_match(row.identity, "person", name):
                right += 1
            else:
                wrong.append(f"{row.article} {row.start} | {row.source}: {name!r}, {row.identity}")
    print(f"train_nominals.tsv: {right}/{persons} persons named right")
    print(f"train_nominals.tsv: {named}/{unresolvable} unresolvable given to a named person")
    assert right >= PERSONS_RIGHT and named <= NAMED_WRONGLY, "\n".join(wrong)
