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
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=54)
    parser.add_argument("--articles", type=int, default=84)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    left_out = excluded_files(args.exclude)
    names = sorted({p.stem for p in (train_people.TRAIN / "text").glob("*.txt")} - left_out)
    drawn = frozenset(random.Random(args.seed).sample(names, args.articles))
    arts = train_people.split_articles(train_people.TRAIN, drawn)
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "people.tsv"
        train_people.write_gold(arts, gold)
        with gold.open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
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
