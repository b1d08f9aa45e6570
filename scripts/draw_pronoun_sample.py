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

A second sample (tests/data/train_pronouns_2.tsv) draws from the annotation instead of the
proxy, so it holds the easy pronouns as well as the hard ones:

    .venv/bin/python scripts/draw_pronoun_sample.py --annotated --seed 1818 --size 50 \
        --exclude tests/data/train_pronouns.tsv tests/data/train_nominals.tsv \
        tests/data/train_nominals_2.tsv tests/data/train_nominals_3.tsv > rows.tsv

``--annotated`` keeps train quotations whose Source is "he", "she", "they" or "I" (one per
quotation), without the earlier samples' quotations (``--exclude``); articles are drawn with
a seeded weighted order (weight ``HARD_WEIGHT`` for an article where two or more people the
cheap name scan finds share the gender of one of its he/she quotations, else 1), each
giving at most ``--per-article`` quotations.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from draw_nominal_sample import draw, take  # the same seeded draw over articles

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
SEED = 1414
BEFORE, AFTER = 1500, 200  # characters shown before the quotation and after it
PRONOUNS = {"he", "she"}
ANNOTATED = {"he", "she", "they", "i"}
HARD_WEIGHT = 3


def ambiguous(proxy: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, the (start, end, pronoun) of its quotations left out as ambiguous."""
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with proxy.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            pronoun = row["source_text"].lower()
            if row["kind"] == "unresolved" and pronoun in PRONOUNS:
                found[row["file"]].append((int(row["quote_start"]), int(row["quote_end"]), pronoun))
    return found


def annotated(exclude: list[Path]) -> dict[str, list[tuple[int, int, str]]]:
    """Per article, the (start, end, pronoun) of train quotations whose Source is a pronoun
    of ``ANNOTATED``, without the quotations of the ``exclude`` samples."""
    import sys

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    from polnear_score import load, one_per_text

    done = set()
    for sample in exclude:
        for line in sample.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                article, start, *_ = line.split("\t")
                done.add((article.removesuffix(".txt"), int(start)))
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for article in one_per_text(load(TRAIN)):
        name = article.name.rsplit("_", 1)[0]
        for start, end, att in article.quotes:
            if att is None or len(att.source) != 1 or (name, start) in done:
                continue
            a, b = att.source[0]
            source = article.text[a:b].strip().lower()
            if source in ANNOTATED:
                found[name].append((start, end, source))
    return found


def hard(article: str, quotes: list[tuple[int, int, str]]) -> bool:
    """Does the article name two or more people of the gender of one of its he/she?"""
    from core import nlp
    from core.person_names import named_people

    text = (TRAIN / "text" / f"{article}.txt").read_text(encoding="utf-8")
    people = {p.name for p in named_people(text)}
    genders = [nlp.first_name_gender(name.split()[0]) for name in people]
    wanted = {{"he": "m", "she": "f"}[p] for _, _, p in quotes if p in PRONOUNS}
    return any(genders.count(g) >= 2 for g in wanted)


def weighted_draw(
    found: dict[str, list[tuple[int, int, str]]], size: int, per_article: int, seed: int
) -> list[tuple[str, int, int, str]]:
    """Articles in a seeded order weighted towards hard ones (keys u ** (1 / weight))."""
    import random

    rng = random.Random(seed)
    keys = {}
    for article in sorted(found):
        weight = HARD_WEIGHT if hard(article, found[article]) else 1
        keys[article] = rng.random() ** (1 / weight)
    return take(found, sorted(found, key=keys.__getitem__, reverse=True), size, per_article, rng)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "proxy", type=Path, nargs="?", help="benchmarks/train_people.py --gold's file"
    )
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--per-article", type=int, default=2)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--contexts", action="store_true")
    parser.add_argument("--annotated", action="store_true", help="pronoun Sources, not proxy")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="earlier samples")
    args = parser.parse_args()
    if args.annotated:
        found = annotated(args.exclude)
        drawn = weighted_draw(found, args.size, args.per_article, args.seed)
    else:
        drawn = draw(ambiguous(args.proxy), args.size, args.per_article, args.seed)
    for article, start, end, pronoun in drawn:
        if args.contexts:
            text = (TRAIN / "text" / f"{article}.txt").read_text(encoding="utf-8")
            before = text[max(0, start - BEFORE) : start]
            print(f"\n=== {article} {start} {end} [{pronoun}]")
            print(f"{before}[[{text[start:end]}]]{text[end : end + AFTER]}")
        else:
            print(f"{article}\t{start}\t{end}\t{pronoun}\t")


if __name__ == "__main__":
    main()
