"""What the hand-read people samples share (``test_people_sample.py``,
``test_people_sample51.py``, ``test_people_sample53.py``): the train split, its skip when
``../shared`` is absent, the sample's rows, the gold quotations of its articles and the
people measure on it."""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import train_people  # noqa: E402

from tests.analyses import analysed  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAIN = SHARED / "corpora" / "polnear" / "train"
TOOLS = SHARED / "tools"
KINDS = {"person", "organisation", "group", "unresolvable"}

needs_train = pytest.mark.skipif(
    not TRAIN.is_dir() or not (TOOLS / "polnear_people.py").is_file(),
    reason=f"PolNeAR train or the people measure is not under {SHARED} (../shared is absent)",
)


def sample_rows(sample: Path) -> list[dict[str, str]]:
    with sample.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def check_identities(table: list[dict[str, str]]) -> None:
    """Every row has a kind, and a person or organisation its identity (``ORG:`` first)."""
    assert all(r["kind"] in KINDS for r in table)
    assert all(r["identity"] for r in table if r["kind"] in ("person", "organisation"))
    assert all(r["identity"].startswith("ORG:") for r in table if r["kind"] == "organisation")


def gold_quotations(files: set[str], sourced: bool = False) -> set[tuple[str, int, int]]:
    """(file, start, end) of the gold quotations of ``files`` that carry an attribution (and,
    with ``sourced``, a Source)."""
    return {
        (art.name.rsplit("_", 1)[0], s, e)
        for art in train_people.split_articles(TRAIN, frozenset(files))
        for s, e, att in art.quotes
        if att is not None and (att.source or not sourced)
    }


def table_quotations(table: list[dict[str, str]]) -> set[tuple[str, int, int]]:
    return {(r["file"], int(r["quote_start"]), int(r["quote_end"])) for r in table}


def measured(sample: Path) -> tuple[str, dict[str, float]]:
    """The people measure's line on ``sample`` (printed) and its figures by name."""
    line = train_people.people_line(TRAIN, sample=sample, analysed=analysed)
    print(line)
    return line, {k: float(v) for k, v in re.findall(r"([\w-]+)=([\d.]+)", line)}


def check_every_gold_quotation(sample: Path, quotations: int, articles: int) -> None:
    """A whole-article sample holds every gold quotation with a Source of its articles, each
    row kept from the proxy or read by hand, one identity per person."""
    table = sample_rows(sample)
    files = {r["file"] for r in table}
    assert (len(table), len(files)) == (quotations, articles)
    check_identities(table)
    assert all(r["note"] == "proxy" or r["note"].startswith("read") for r in table)
    assert table_quotations(table) == gold_quotations(files, sourced=True)


def check_people_measure(sample: Path, accuracy: float, f1: float, rows: float) -> None:
    """polnear_people.py's line on the sample holds its floors and its ceiling."""
    line, figures = measured(sample)
    assert figures["person-accuracy"] >= accuracy, line
    assert figures["F1"] >= f1, line
    assert figures["rows-per-person"] <= rows, line


def whole_article_sample_tests(
    sample: Path, quotations: int, articles: int, floors: tuple[float, float, float]
) -> tuple[Callable[[], None], Callable[[], None]]:
    """A whole-article sample's two tests, to be bound to ``test_*`` names in its module:
    the sample is every gold quotation of its articles (:func:`check_every_gold_quotation`),
    and the people measure holds its floors and ceiling (slow: :func:`check_people_measure`;
    ``floors`` are person accuracy, B-cubed F1 and rows per person)."""

    def every_gold_quotation_test() -> None:
        check_every_gold_quotation(sample, quotations, articles)

    @pytest.mark.slow
    def people_measure_test() -> None:
        check_people_measure(sample, *floors)

    return every_gold_quotation_test, people_measure_test
