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

The first two samples used up train's definite and possessive nominal Sources, so a third
(tests/data/train_nominals_3.tsv) draws from what the people proxy leaves out instead:

    .venv/bin/python scripts/draw_nominal_sample.py train --proxy proxy.tsv --seed 1717 \
        --size 25 --pronouns 25 --exclude-quotes tests/data/train_nominals.tsv \
        tests/data/train_nominals_2.tsv tests/data/train_pronouns.tsv > rows.tsv

The three samples used up the articles with a person-noun head, so a fourth
(tests/data/train_nominals_4.tsv) takes any singular head in lower case from the articles
none of them used: "the former first lady", "the real estate developer", "the company",
"the campaign", "the statement", "the lawsuit" (a thing's words are its author's):

    .venv/bin/python scripts/draw_nominal_sample.py train --any-head --seed 4141 --size 50 \
        --per-article 1 --exclude tests/data/train_nominals.tsv \
        tests/data/train_nominals_2.tsv tests/data/train_nominals_3.tsv > rows.tsv

A fifth (tests/data/train_nominals_5.tsv) is drawn the same way with ``--seed 5151`` and
``_4`` added to ``--exclude``.

``--proxy`` (``benchmarks/train_people.py --gold``'s table) keeps the quotations it leaves
out ("unresolved") whose Source is a singular nominal as above but also indefinite ("a
senior adviser", "one Clinton aide") or headed by "N-year-old", or (``--pronouns N`` of
them, drawn apart) "he" or "she"; ``--exclude-quotes`` leaves out the quotations of
earlier samples and, in their articles, the Sources they judged (the same text).
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
INDEFINITE = frozenset({"a", "an", "one", "another"})
AGED = re.compile(r"\d+-year-old$")
SEXED = frozenset({"man", "woman"})
HEAD_END = re.compile(r",|\s(?:who|whose|which|that|of|for|at|in|with|from|on|to|about)\s")
POSSESSIVE = re.compile(r"['\u2019]s?$")


def nominal(source: str, indefinite: bool = False, any_head: bool = False) -> bool:
    """Is the Source text a definite or possessive singular nominal of a person (or, with
    ``indefinite``, also "a ...", "one ...", "the 46-year-old"; with ``any_head``, a
    definite or possessive nominal with any singular head in lower case: "the company")?"""
    first, *rest = HEAD_END.split(source, maxsplit=1)
    words = first.split()
    if len(words) < 2:
        return False
    opener = words[0]
    openers = DETERMINERS | INDEFINITE if indefinite else DETERMINERS
    if opener.lower() not in openers and not POSSESSIVE.search(opener):
        return False
    if rest and re.search(r"\b[A-Z][a-z]", source[len(first) :]) and "," in source:
        return False  # "the campaign's spokesman, Jeff Weaver": named
    head = words[-1]
    if any_head:
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
        return head.islower() and head.isalpha() and not plural
    aged = indefinite and bool(AGED.search(head))
    return head.islower() and (person_noun(head) or head in SEXED or aged)


def left_out(
    proxy: Path, earlier: list[Path]
) -> tuple[dict[str, list[tuple[int, int, str]]], dict[str, list[tuple[int, int, str]]]]:
    """The proxy's unresolved quotations of singular nominals and of he/she, per article
    (file name), without the earlier samples' quotations and judged Sources."""
    import csv

    judged, done = set(), set()
    for sample in earlier:
        for line in sample.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                article, start, _, source, *_ = line.split("\t")
                article = article.removesuffix(".txt")
                done.add((article, int(start)))
                judged.add((article, source.lower()))
    nominals_: dict[str, list[tuple[int, int, str]]] = {}
    pronouns: dict[str, list[tuple[int, int, str]]] = {}
    with proxy.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            article, start, source = row["file"], int(row["quote_start"]), row["source_text"]
            if row["kind"] != "unresolved" or (article, start) in done:
                continue
            if (article, source.lower()) in judged:
                continue
            into = pronouns if source.lower() in {"he", "she"} else nominals_
            if into is pronouns or nominal(source, indefinite=True):
                quote = (start, int(row["quote_end"]), source)
                into.setdefault(article + ".txt", []).append(quote)
    return nominals_, pronouns


def nominals(split: str, any_head: bool = False) -> dict[str, list[tuple[int, int, str]]]:
    """Each article's quotations with a nominal Source: (start, end, Source), one per
    Source, in text order (``any_head``: as :func:`nominal`)."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    for article in one_per_text(load(POLNEAR / split)):
        seen = set()
        name = article.name.rsplit("_", 1)[0] + ".txt"
        for start, end, att in article.quotes:
            if att is None or not att.source:
                continue
            key = tuple(sorted(att.source))
            source = " ".join(" ".join(article.text[a:b] for a, b in key).split())
            if key in seen or not nominal(source, any_head=any_head):
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
    return take(found, articles, size, per_article, rng)


def take(
    found: dict[str, list[tuple[int, int, str]]],
    articles: list[str],
    size: int,
    per_article: int,
    rng: random.Random,
) -> list[tuple[str, int, int, str]]:
    """Up to ``per_article`` of each article's quotations (``rng``'s sample, in text order),
    the articles in the order given, until ``size`` rows are drawn."""
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
    parser.add_argument("--proxy", type=Path, help="the people proxy's table: its left-outs")
    parser.add_argument("--pronouns", type=int, default=0, help="with --proxy: he/she too")
    parser.add_argument("--any-head", action="store_true", help="any singular head")
    parser.add_argument("--exclude-quotes", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    folder = POLNEAR / args.split / "text"
    if args.proxy:
        found, pronouns = left_out(args.proxy, args.exclude_quotes)
        rows = draw(found, args.size, args.per_article, args.seed)
        rows += draw(pronouns, args.pronouns, args.per_article, args.seed) if args.pronouns else []
    else:
        found = nominals(args.split, args.any_head)
        for article in excluded(args.exclude):
            found.pop(article, None)
        rows = draw(found, args.size, args.per_article, args.seed)
    for article, start, end, source in rows:
        if args.contexts:
            text = (folder / article).read_text(encoding="utf-8")
            print(f"\n=== {article} {start} {end} | {source}")
            print(" ".join(text[max(0, start - CONTEXT) : end + 200].split()))
        else:
            print(f"{article}\t{start}\t{end}\t{source}\t")


if __name__ == "__main__":
    main()
