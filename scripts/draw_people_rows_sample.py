"""Draw a sample of the person rows a speaker list shows, to be judged by reading.

    onrecord ingest --quiet --db X ../shared/corpora/polnear/train/text
    .venv/bin/python scripts/draw_people_rows_sample.py X [--size 60] [--seed 1717] [--contexts]
        [--exclude tests/data/train_rows_17.tsv ...]

The population is every row ``onrecord speakers`` lists with the kind ``person`` (merged
rows once, under the name shown), each row once whatever its number of quotes: the mix a
reporter scrolling the list sees. Rows are drawn with ``random.Random(seed)`` over the rows
in id order (``rng.sample``), leaving out rows whose name a sample given with ``--exclude``
already judged; for each, one of the articles its quotes stand in is drawn
with the same generator (articles in id order), the article the row is judged in.
``--contexts`` prints, for each row, its quotes in that article with the words around the
mention On Record took the speaker from: the material a judge reads, with the article.

Verdicts (tests/data/train_rows_17.tsv): ``person`` a real person who says something in
that article under this name (the right row); ``organisation`` an organisation, document
or institution shown as a person; ``group`` a family or several people; ``phrase`` words
that name no one ("To", "Stated Stone"); ``not-speaker`` a real person who says nothing in
the article (a byline, someone only spoken of).
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.library import Library  # noqa: E402

AROUND = 100  # characters shown on each side of a mention


def person_rows(library: Library) -> list[tuple[int, str]]:
    """Every person row the speaker list shows (id, name), in id order."""
    total = library.count_speakers(kinds=["person"])
    rows = library.speakers(kinds=["person"], limit=total + 1)
    return sorted((r.id, r.name) for r in rows)


def articles_of(library: Library, speaker_id: int) -> list[int]:
    found = library.db.execute(
        "SELECT DISTINCT article_id FROM quotes WHERE speaker_id = ? AND hidden = 0"
        " ORDER BY article_id",
        [speaker_id],
    )
    return [r[0] for r in found]


def judged(samples: list[Path]) -> set[str]:
    """The row names earlier samples (train_rows_*.tsv) judged."""
    out = set()
    for path in samples:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith(("#", "article\t")):
                out.add(line.split("\t")[1])
    return out


def draw(
    library: Library, size: int, seed: int, exclude: set[str] = frozenset()
) -> list[tuple[int, str, int]]:
    rng = random.Random(seed)
    rows = person_rows(library)
    print(f"person rows {len(rows)}", file=sys.stderr)
    rows = [(i, name) for i, name in rows if name not in exclude]
    out = []
    for speaker_id, name in rng.sample(rows, size):
        articles = articles_of(library, speaker_id)
        if articles:
            out.append((speaker_id, name, rng.choice(articles)))
    return out


def contexts(library: Library, speaker_id: int, article_id: int) -> list[str]:
    text = library.article(article_id).text
    found = library.db.execute(
        "SELECT start, end, mention_start, mention_end FROM quotes"
        " WHERE speaker_id = ? AND article_id = ? AND hidden = 0 ORDER BY start",
        [speaker_id, article_id],
    )
    out = []
    for start, end, m_start, m_end in found:
        quote = " ".join(text[start:end].split())
        if m_start is None:
            out.append(f"[{quote[:160]}] (no mention)")
            continue
        left = " ".join(text[max(0, m_start - AROUND) : m_start].split())
        right = " ".join(text[m_end : m_end + AROUND].split())
        out.append(f"{left} <<{text[m_start:m_end]}>> {right}   || [{quote[:120]}]")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1717)
    parser.add_argument("--contexts", action="store_true")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    library = Library(args.db)
    drawn = draw(library, args.size, args.seed, judged(args.exclude))
    for speaker_id, name, article_id in drawn:
        source = Path(library.article(article_id).source_path or "").name
        if args.contexts:
            print(f"\n=== {source} | {name}")
            print("\n".join(f"  - {c}" for c in contexts(library, speaker_id, article_id)))
        else:
            print(f"{source}\t{name}\t\t")
    library.close()


if __name__ == "__main__":
    main()
