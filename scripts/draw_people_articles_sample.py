"""Draw every gold quotation of random train articles for a hand-read people sample.

    python scripts/draw_people_articles_sample.py OUT.tsv [--seed 54] [--articles 84]
        [--exclude TSV ...]

Reads only the PolNeAR train annotations and the proxy's rules over them
(``benchmarks/train_people.py``'s ``write_gold``; never On Record's output). Draws
``--articles`` text names with ``random.Random(seed).sample`` over the split's sorted names,
less those of the ``--exclude`` tables (earlier samples), and writes, sorted, every gold
quotation with a Source of those articles in ``dev/people.tsv``'s columns: the proxy's
people as they are (note ``proxy``), every other row (left out, an organisation) with its
identity and kind left to the reader (note ``read``), as a dev-like hand gold is made
(``tests/data/train_people_54.tsv``: seed 54, ``--exclude`` every ``train_people_*.tsv``
before it, 15 to 53).

``--recurring`` draws instead articles where a person the proxy names is quoted at least
twice and who is so quoted in at least three of the articles left (at most ``--per-person``
articles each, at most ``--most-quotes`` gold quotations an article; people in random order,
the most quoted person first), so that rows per person is exercised across articles
(``tests/data/train_people_57.tsv``: seed 57, 30 articles).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import train_people  # noqa: E402

COLUMNS = ["file", "quote_start", "quote_end", "source_text", "identity", "kind", "note"]


def excluded_files(tables: list[Path]) -> set[str]:
    out: set[str] = set()
    for table in tables:
        with table.open(encoding="utf-8") as f:
            out |= {r["file"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}
    return out


def proxy_rows(names: frozenset[str]) -> list[dict[str, str]]:
    """The proxy's people.tsv rows of the articles ``names``."""
    arts = train_people.split_articles(train_people.TRAIN, names)
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "people.tsv"
        train_people.write_gold(arts, gold)
        with gold.open(encoding="utf-8") as f:
            return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def recurring(names: list[str], seed: int, count: int, per_person: int, most: int) -> set[str]:
    """``count`` articles in which people quoted twice or more recur (see the docstring)."""
    rows = proxy_rows(frozenset(names))
    size = Counter(r["file"] for r in rows)
    quoted: dict[str, Counter] = defaultdict(Counter)
    for r in rows:
        if r["kind"] == "person" and size[r["file"]] <= most:
            quoted[r["identity"]][r["file"]] += 1
    twice = {p: sorted(f for f, n in c.items() if n >= 2) for p, c in quoted.items()}
    people = sorted(p for p, files in twice.items() if len(files) >= 3)
    rng = random.Random(seed)
    rng.shuffle(people)
    drawn: set[str] = set()
    for person in people:
        files = [f for f in twice[person] if f not in drawn]
        drawn |= set(rng.sample(files, min(per_person, len(files), count - len(drawn))))
    return drawn


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=54)
    parser.add_argument("--articles", type=int, default=84)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    parser.add_argument("--recurring", action="store_true")
    parser.add_argument("--per-person", type=int, default=3)
    parser.add_argument("--most-quotes", type=int, default=30)
    args = parser.parse_args()
    left_out = excluded_files(args.exclude)
    names = sorted({p.stem for p in (train_people.TRAIN / "text").glob("*.txt")} - left_out)
    if args.recurring:
        drawn = frozenset(
            recurring(names, args.seed, args.articles, args.per_person, args.most_quotes)
        )
    else:
        drawn = frozenset(random.Random(args.seed).sample(names, args.articles))
    rows = proxy_rows(drawn)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(
            f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
        )
        out.writerow(COLUMNS)
        for r in sorted(rows, key=lambda r: (r["file"], int(r["quote_start"]))):
            if r["kind"] != "person":
                r = {**r, "identity": "", "kind": "", "note": "read"}
            out.writerow([r[c] for c in COLUMNS])
    print(f"{len(drawn)} articles drawn, {len(rows)} quotations with a Source")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
