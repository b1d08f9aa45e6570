"""Draw the train articles of a hand-read person sample and write its skeleton.

    python scripts/draw_people_sample.py OUT.tsv [--seed 15] [--per-stratum 4] [--rounds 2]

Reads only the PolNeAR train annotations (never On Record's output). Articles with at
least 6 gold quotations (paired with an attribution as ``polnear_score.py`` pairs them)
are put in three strata, drawn in this order, each article at most once:

- **dominant**: 10 or more gold quotations, and one Source word ending the Source text
  (the speaker's surname, as written) holds at least 60% of them;
- **pronoun/nominal**: 3 or more gold quotations whose Source starts in lower case
  ("he", "the senator", "a spokesman");
- **other**: the rest.

From each, ``--per-stratum`` articles are drawn with ``random.Random(seed)`` over the
stratum's names in sorted order (``rng.sample``), stratum after stratum; ``--rounds`` repeats
this with the same generator over the articles not drawn yet, so round 1 is the same draw
whatever the number of rounds (``tests/data/train_people_15.tsv``: seed 15, 4 per stratum,
2 rounds). ``--five K`` draws instead K articles, with ``rng.sample`` over the sorted
names, among those where one Source surname (the last word of a capitalised Source, as
above) ends 5 or more gold quotations and with at most ``--most`` gold quotations, leaving
out the articles of ``--exclude`` tables (``tests/data/train_people_21.tsv``: seed 21,
``--five 9 --most 30 --exclude tests/data/train_people_15.tsv``; ``train_people_22.tsv``: seed
22, the same and ``tests/data/train_people_21.tsv`` excluded too; ``train_people_23.tsv``:
seed 23, ``--five 10`` and ``train_people_22.tsv`` excluded too; ``train_people_24.tsv``: seed
24, the same and ``train_people_23.tsv`` excluded too; ``--lower K`` keeps only articles
with K or more gold quotations whose Source is in lower case, pronouns and nominals:
``train_people_30.tsv``, seed 30, ``--five 8 --most 25 --lower 3``; ``train_people_31.tsv``:
seed 31, ``--five 6 --most 40``; ``--orgs K`` takes, in place of the surname
condition, the articles (of at most ``--most`` gold quotations) with K or more gold
quotations whose Source the train proxy's annotation rules (``benchmarks/train_people.py``)
read as an organisation or outlet ("PolitiFact", "The New York Times", "a Coca-Cola
spokesman"): ``train_people_35.tsv``, seed 35, ``--five 6 --most 20 --orgs 3``; every
gold quotation of the article, pronoun, nominal and named Sources alike). The skeleton has
one row per gold quotation, in ``dev/people.tsv``'s columns, with ``identity``, ``kind``
and ``note`` left to the reader.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT.parent / "shared" / "tools"
TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"


def source_text(art, att) -> str:  # noqa: ANN001
    return " ... ".join(" ".join(art.text[s:e].split()) for s, e in sorted(att.source))


def strata(arts: list) -> dict[str, list]:  # noqa: ANN001
    out: dict[str, list] = {"dominant": [], "pronoun/nominal": [], "other": []}
    for art in arts:
        quoted = [att for _, _, att in art.quotes if att is not None]
        if len(quoted) < 6:
            continue
        sources = [source_text(art, att) for att in quoted]
        last = Counter(s.split()[-1].strip(".,'’s") for s in sources if s and s[:1].isupper())
        top = last.most_common(1)[0][1] if last else 0
        lower = sum(1 for s in sources if s[:1].islower())
        if len(quoted) >= 10 and top >= 0.6 * len(quoted):
            out["dominant"].append(art)
        elif lower >= 3:
            out["pronoun/nominal"].append(art)
        else:
            out["other"].append(art)
    return out


def five(art, most: int, lower: int = 0) -> bool:  # noqa: ANN001
    """One Source surname ends 5 or more of the article's (at most ``most``) gold quotations,
    and at least ``lower`` of them have a Source in lower case ("he", "the senator")."""
    sources = [source_text(art, att) for _, _, att in art.quotes if att is not None]
    last = Counter(s.split()[-1].strip(".,'’s") for s in sources if s and s[:1].isupper())
    lowered = sum(1 for s in sources if s[:1].islower())
    return (
        len(sources) <= most and bool(last) and last.most_common(1)[0][1] >= 5 and lowered >= lower
    )


def gold_count(art) -> int:  # noqa: ANN001
    return sum(1 for _, _, att in art.quotes if att is not None)


def organisation_sources(art) -> int:  # noqa: ANN001
    """How many of the article's gold quotations have a Source the train proxy's rules,
    which read the annotation only, take for an organisation or outlet."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import train_people

    found = train_people.source_identities(art)
    return sum(
        1
        for _, _, att in art.quotes
        if att is not None and str(found.get(id(att), "")).startswith("ORG:")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--per-stratum", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--five", type=int, default=0, help="draw K articles with a 5-times source")
    parser.add_argument("--most", type=int, default=30, help="most gold quotations (--five)")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    parser.add_argument(
        "--lower", type=int, default=0, help="at least K lower-case Sources (--five)"
    )
    parser.add_argument(
        "--orgs", type=int, default=0, help="instead: at least K organisation Sources (--five)"
    )
    args = parser.parse_args()
    sys.path.insert(0, str(TOOLS))
    import polnear_score

    arts = sorted(polnear_score.one_per_text(polnear_score.load(str(TRAIN))), key=lambda a: a.name)
    rng = random.Random(args.seed)
    chosen = []
    groups = strata(arts)
    if args.five:
        taken = set()
        for table in args.exclude:
            with table.open(encoding="utf-8") as f:
                taken |= {line.split("\t", 1)[0] for line in f}
        left = [
            a
            for a in arts
            if a.name.rsplit("_", 1)[0] not in taken
            and (
                five(a, args.most, args.lower)
                if not args.orgs
                else organisation_sources(a) >= args.orgs and gold_count(a) <= args.most
            )
        ]
        chosen = rng.sample(left, min(args.five, len(left)))
        print(f"{len(left)} articles; drawn {', '.join(a.name for a in chosen)}")
        args.rounds = 0
    for round_ in range(1, args.rounds + 1):
        for name, group in groups.items():
            left = [a for a in group if a not in chosen]
            picked = rng.sample(left, min(args.per_stratum, len(left)))
            print(f"round {round_}, {name}: {len(left)} articles; drawn "
                  f"{', '.join(a.name for a in picked)}")  # fmt: skip
            chosen += picked
    with args.out.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                         escapechar="\\")  # fmt: skip
        out.writerow(
            ["file", "quote_start", "quote_end", "source_text", "identity", "kind", "note"]
        )
        for art in sorted(chosen, key=lambda a: a.name):
            base = art.name.rsplit("_", 1)[0]
            for s, e, att in art.quotes:
                if att is not None:
                    out.writerow([base, s, e, source_text(art, att).replace("\t", " "), "", "", ""])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
