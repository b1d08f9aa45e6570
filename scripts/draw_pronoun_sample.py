"""Draw a pronoun sample: train quotations whose annotated Source is "he" or "she" and
that the people proxy leaves out as ambiguous, to be judged by reading their articles
(tests/data/train_pronouns.tsv was drawn with the defaults).

    .venv/bin/python benchmarks/train_people.py --gold proxy.tsv
    .venv/bin/python scripts/draw_pronoun_sample.py proxy.tsv > rows.tsv
    .venv/bin/python scripts/draw_pronoun_sample.py proxy.tsv --contexts > contexts.txt

The proxy (benchmarks/train_people.py) resolves a pronoun only where no rival person is
named between it and its antecedent; the others ("unresolved") are the hard cases, and
the measure sees none of them. Articles are drawn in a seeded random order, each giving
at most ``--per-article`` of its ambiguous quotations (drawn too), until ``--size``.
``--contexts`` prints each quotation with the article before it, the material a judge
reads (the pronoun's referent is judged from that alone, not from On Record's output).
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from draw_nominal_sample import draw  # the same seeded draw over articles

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
SEED = 1414
BEFORE, AFTER = 1500, 200  # characters shown before the quotation and after it
PRONOUNS = {"he", "she"}


def ambiguous(proxy: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, the (start, end, pronoun) of its quotations left out as ambiguous."""
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with proxy.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            pronoun = row["source_text"].lower()
            if row["kind"] == "unresolved" and pronoun in PRONOUNS:
                found[row["file"]].append((int(row["quote_start"]), int(row["quote_end"]), pronoun))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("proxy", type=Path, help="benchmarks/train_people.py --gold's file")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--per-article", type=int, default=2)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--contexts", action="store_true")
    args = parser.parse_args()
    for article, start, end, pronoun in draw(
        ambiguous(args.proxy), args.size, args.per_article, args.seed
    ):
        if args.contexts:
            text = (TRAIN / "text" / f"{article}.txt").read_text(encoding="utf-8")
            before = text[max(0, start - BEFORE) : start]
            print(f"\n=== {article} {start} {end} [{pronoun}]")
            print(f"{before}[[{text[start:end]}]]{text[end : end + AFTER]}")
        else:
            print(f"{article}\t{start}\t{end}\t{pronoun}\t")


if __name__ == "__main__":
    main()
