"""Draw a role sample: speakers On Record names in full in a PolNeAR split, to be judged
by reading their articles (tests/data/train_roles.tsv was drawn with the defaults).

    .venv/bin/python scripts/draw_role_sample.py train > rows.tsv
    .venv/bin/python scripts/draw_role_sample.py train --contexts > contexts.txt

Articles are drawn in a seeded random order and each gives at most ``--per-article`` of
its named speakers (drawn too), until ``--size`` speakers: fewer articles to read and to
extract when the sample is tested, more articles than one speaker per draw would cost.
``--contexts`` prints every mention of each speaker's name with the text around it, the
material a judge reads (the roles an article gives stand at mentions of the name).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.document import SpeakerKind  # noqa: E402
from core.ingest import analyse_all  # noqa: E402
from core.speakers import name_words  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
SEED = 2016
BEFORE, AFTER = 120, 180  # characters shown around a mention


def named_speakers(paths: list[Path], jobs: int) -> dict[str, list[str]]:
    """The people each article names in full among its speakers, in order of first quote."""
    found: dict[str, list[str]] = {}
    for path, analysed in analyse_all(paths, jobs):
        if isinstance(analysed, str):
            continue
        found[path.name] = [
            s.name
            for s in analysed.analysis.speakers
            if s.kind == SpeakerKind.PERSON and len(name_words(s.name)) > 1
        ]
    return found


def draw(
    found: dict[str, list[str]], size: int, per_article: int, seed: int = SEED
) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    articles = sorted(found)
    rng.shuffle(articles)
    rows: list[tuple[str, str]] = []
    for article in articles:
        names = found[article]
        for name in rng.sample(names, min(per_article, len(names))):
            rows.append((article, name))
        if len(rows) >= size:
            break
    return rows[:size]


def contexts(text: str, name: str) -> list[str]:
    """The mentions of the full name or its last word, with the text around them
    (overlapping stretches joined)."""
    forms = {name, name.split()[-1]}
    pattern = re.compile("|".join(rf"\b{re.escape(f)}\b" for f in sorted(forms, key=len)[::-1]))
    stretches: list[list[int]] = []
    for match in pattern.finditer(text):
        start, end = max(0, match.start() - BEFORE), match.end() + AFTER
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return [" ".join(text[start:end].split()) for start, end in stretches]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", choices=["train", "dev"])
    parser.add_argument("--size", type=int, default=150)
    parser.add_argument("--per-article", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--contexts", action="store_true")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="a sample whose articles to leave out (may be given more than once)",
    )
    args = parser.parse_args()
    folder = POLNEAR / args.split / "text"
    skip = set()
    for sample in args.exclude:
        lines = sample.read_text(encoding="utf-8").splitlines()
        skip |= {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
    paths = [p for p in sorted(folder.glob("*.txt")) if p.name not in skip]
    rows = draw(named_speakers(paths, args.jobs), args.size, args.per_article, args.seed)
    for article, name in rows:
        if args.contexts:
            print(f"\n=== {article} | {name}")
            text = (folder / article).read_text(encoding="utf-8")
            print("\n".join(f"  - {c}" for c in contexts(text, name)))
        else:
            print(f"{article}\t{name}\t\t\ttrain")


if __name__ == "__main__":
    main()
