"""Draw a nominal sample: PolNeAR quotations whose annotated Source is a definite or
possessive singular nominal that may denote a person ("the senator", "Trump's campaign
manager"), to be judged by reading their articles (tests/data/train_nominals.tsv was drawn
with the defaults).

    .venv/bin/python scripts/draw_nominal_sample.py train > rows.tsv
    .venv/bin/python scripts/draw_nominal_sample.py train --contexts > contexts.txt
    .venv/bin/python scripts/draw_nominal_sample.py train --seed 13313 --size 50 \
        --exclude tests/data/train_nominals.tsv > rows.tsv   # train_nominals_2.tsv

The rows come from the annotation alone, never from On Record's output: articles in a
seeded random order, at most ``--per-article`` of each article's nominal Sources (drawn
too, one quotation per Source), until ``--size`` quotations. A Source qualifies when it
opens with "the", a possessive determiner or a possessive name, names no one after its
first comma ("the campaign's spokesman, Jeff Weaver" is named), and its head word (the
last word before a comma, a preposition or a relative pronoun) is a person noun of the
product's lexicon (core.phrases.person_noun) or a word for a man or a woman.
``--exclude`` leaves out the articles of earlier samples (their first column), so a fresh
sample is held out from what was tuned on. ``--contexts`` prints the article's text before
the quotation, the material a judge reads.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

from polnear_score import load, one_per_text  # noqa: E402

from core.phrases import person_noun  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
SEED = 2016
CONTEXT = 1500  # characters shown before a quotation
DETERMINERS = frozenset({"the", "his", "her", "their", "its"})
SEXED = frozenset({"man", "woman"})
HEAD_END = re.compile(r",|\s(?:who|whose|which|that|of|for|at|in|with|from|on|to|about)\s")
POSSESSIVE = re.compile(r"['\u2019]s?$")


def nominal(source: str) -> bool:
    """Is the Source text a definite or possessive singular nominal of a person?"""
    first, *rest = HEAD_END.split(source, maxsplit=1)
    words = first.split()
    if len(words) < 2:
        return False
    opener = words[0]
    if opener.lower() not in DETERMINERS and not POSSESSIVE.search(opener):
        return False
    if rest and re.search(r"\b[A-Z][a-z]", source[len(first) :]) and "," in source:
        return False  # "the campaign's spokesman, Jeff Weaver": named
    head = words[-1]
    return head.islower() and (person_noun(head) or head in SEXED)


def nominals(split: str) -> dict[str, list[tuple[int, int, str]]]:
    """Each article's quotations with a nominal Source: (start, end, Source), one per
    Source, in text order."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for article in one_per_text(load(POLNEAR / split)):
        seen = set()
        name = article.name.rsplit("_", 1)[0] + ".txt"
        for start, end, att in article.quotes:
            if att is None or not att.source:
                continue
            key = tuple(sorted(att.source))
            source = " ".join(" ".join(article.text[a:b] for a, b in key).split())
            if key in seen or not nominal(source):
                continue
            seen.add(key)
            found.setdefault(name, []).append((start, end, source))
    return found


def draw(
    found: dict[str, list[tuple[int, int, str]]], size: int, per_article: int, seed: int = SEED
) -> list[tuple[str, int, int, str]]:
    rng = random.Random(seed)
    articles = sorted(found)
    rng.shuffle(articles)
    rows: list[tuple[str, int, int, str]] = []
    for article in articles:
        quotes = found[article]
        for start, end, source in sorted(rng.sample(quotes, min(per_article, len(quotes)))):
            rows.append((article, start, end, source))
        if len(rows) >= size:
            break
    return rows[:size]


def excluded(samples: list[Path]) -> set[str]:
    """The articles of earlier samples (the first column of their rows)."""
    return {
        line.split("\t", 1)[0]
        for sample in samples
        for line in sample.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", choices=["train", "dev"])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--per-article", type=int, default=3)
    parser.add_argument("--contexts", action="store_true")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="earlier samples")
    args = parser.parse_args()
    folder = POLNEAR / args.split / "text"
    found = nominals(args.split)
    for article in excluded(args.exclude):
        found.pop(article, None)
    for article, start, end, source in draw(found, args.size, args.per_article, args.seed):
        if args.contexts:
            text = (folder / article).read_text(encoding="utf-8")
            print(f"\n=== {article} {start} {end} | {source}")
            print(" ".join(text[max(0, start - CONTEXT) : end + 200].split()))
        else:
            print(f"{article}\t{start}\t{end}\t{source}\t")


if __name__ == "__main__":
    main()
