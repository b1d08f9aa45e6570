"""Draw single train quotations of the kinds the people proxy leaves out, for a hand read.

    python scripts/draw_people_quotes_sample.py OUT.tsv [--seed 51] [--exclude TSV ...]

Reads only the PolNeAR train annotations and the proxy's rules over them
(``benchmarks/train_people.py``'s ``write_gold``; never On Record's output). Each gold
quotation with a Source is put in one stratum by its Source and the proxy's reading:

- **pronoun**: the Source is a pronoun (he, she, him, her) the proxy leaves out;
- **nominal**: the Source starts in lower case or with an article, left out;
- **surname**: the Source is one capitalised word after any title or honorific ("Cruz",
  "Mr. Trump"), whatever the proxy makes of it;
- **organisation**: the proxy reads the Source as an organisation;
- **other**: any other Source the proxy leaves out (anonymous, capitalised non-names).

From each, ``STRATA``'s count of quotations is drawn with ``random.Random(seed)`` over the
stratum's rows in sorted order (one quotation per article across the sample, articles of
``--exclude`` tables left out). The skeleton has ``dev/people.tsv``'s columns with
``identity``, ``kind`` and ``note`` left to the reader (tests/data/train_people_51.tsv:
seed 51).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import train_people  # noqa: E402

STRATA = {"pronoun": 18, "nominal": 14, "surname": 12, "organisation": 10, "other": 6}
PRONOUNS = {"he", "she", "him", "her"}
ONE_WORD = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Pres)\.? |[A-Z][a-z]+ )?[A-Z][\w'\u2019-]+$"
)


def stratum(source: str, kind: str) -> str | None:
    low = source.lower().strip()
    if kind == "organisation":
        return "organisation"
    if (
        ONE_WORD.match(source.strip())
        and low not in PRONOUNS
        and not train_people.lexicons.is_title_word(source.split()[-1])
    ):
        return "surname"
    if kind != "unresolved":
        return None
    if low in PRONOUNS:
        return "pronoun"
    if source[:1].islower() or low.startswith(("the ", "a ", "an ")):
        return (
            None if low in {"i", "we", "they", "it"} or low.startswith(("i ", "we ")) else "nominal"
        )
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=51)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    excluded = set()
    for table in args.exclude:
        with table.open(encoding="utf-8") as f:
            excluded |= {
                r["file"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            }
    arts = train_people.split_articles(train_people.TRAIN)
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "people.tsv"
        train_people.write_gold(arts, gold)
        with gold.open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    by: dict[str, list[dict[str, str]]] = {k: [] for k in STRATA}
    for r in sorted(rows, key=lambda r: (r["file"], int(r["quote_start"]))):
        k = stratum(r["source_text"], r["kind"])
        if k and r["file"] not in excluded:
            by[k].append(r)
    rng, used, drawn = random.Random(args.seed), set(), []
    for k, n in STRATA.items():
        pool = [r for r in by[k] if r["file"] not in used]
        taken = 0
        for r in rng.sample(pool, len(pool)):
            if taken == n:
                break
            if r["file"] in used:
                continue
            used.add(r["file"])
            drawn.append((k, r))
            taken += 1
    with args.out.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(
            f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\"
        )
        out.writerow(
            ["file", "quote_start", "quote_end", "source_text", "identity", "kind", "note"]
        )
        for k, r in drawn:
            out.writerow([r["file"], r["quote_start"], r["quote_end"], r["source_text"], "", "", k])
    print({k: len(v) for k, v in by.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
