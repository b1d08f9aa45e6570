"""Ghost rows: person rows of a train library whose every item no gold attribution backs.

    .venv/bin/python benchmarks/ghost_rows.py [--db FILE] [--list FILE] [--sample N --seed S]

A reporter reads each person row of the speaker list as someone who speaks. A row for
someone who says nothing in the article (a name inside a quotation, a digest's byline,
"Twitter", a person mentioned beside a cue) is a false speaker. This measures them on
PolNeAR train only: it imports ``train/text`` into a new library (or reads ``--db``, a
library that holds only train), then, for each person row that holds quotations or
statements, asks whether any of its items is **backed**: a gold attribution
(``train/attributions``, the first annotator's file of each text) whose Content shares
text with the item and whose Source names or refers to the row's person:

- the Source span overlaps the mention On Record read the item from (a pronoun or nominal
  is accepted only so: when the annotator's Source is the mention On Record used), or
- a capitalised word of the Source (possessive cut) is a word of the row's name or of one
  of its aliases, three letters or more ("Cruz" for Ted Cruz, "Hillary" for Hillary Clinton),
  or
- the Source is a lower-case span right beside the mention (a few annotations mark the
  cue as Source: "said [Scott Hawkins]"), or
- the mention lies inside that Content: speech reported inside another's
  ("people familiar with the session said Eggleston expressed concern ..."), which the
  annotation gives the outer Source only.

A row with no backed item is a **ghost row**. Printed: person rows, ghost rows and their
items, and the ghost rows split by why: no item lies in any gold Content ("unattributed":
scare quotes, titles, text no one is said to say), or some does but its Source is another
("another's"). ``--list`` writes every ghost row with its article and the sentence around
its first item; ``--sample N --seed S`` prints N of them drawn at random (fixed seed).
Tuning only; dev is never read. Skips with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from common import ONRECORD, POLNEAR, ROOT

sys.path.insert(0, str(ROOT))

from core.evaluation import read_ann  # noqa: E402

Range = tuple[int, int]
WORD = re.compile(r"[A-Z][\w'’.-]*\w|[A-Z]")


@dataclass
class Item:
    article: str
    start: int
    end: int
    mention: Range | None
    kind: str


@dataclass
class Row:
    id: int
    name: str
    names: set[str]
    items: list[Item] = field(default_factory=list)


def _train() -> Path:
    folder = POLNEAR / "train"
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        print(f"skipped: {folder} not found (the PolNeAR corpus lives in ../shared)")
        raise SystemExit(0)
    return folder


def imported_library(folder: Path, train: Path) -> Path:
    """A new library holding only the train texts, imported as a reporter would."""
    db = folder / "library.db"
    home = folder / "home"
    home.mkdir()
    subprocess.run(
        [ONRECORD, "ingest", "--quiet", "--db", str(db), str(train / "text")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    return db


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", name) if len(w) >= 3}


def person_rows(db: Path) -> list[Row]:
    """The person rows with quotations or statements, each with its visible items."""
    con = sqlite3.connect(db)
    rows = {
        sid: Row(sid, name, _words(name))
        for sid, name in con.execute(
            "SELECT id, name FROM speakers WHERE kind = 'person' AND merged_into IS NULL"
            " AND (quote_count > 0 OR statement_count > 0)"
        )
    }
    for sid, form in con.execute("SELECT speaker_id, form FROM aliases"):
        if sid in rows:
            rows[sid].names |= _words(form)
    for sid, path, start, end, m0, m1, kind in con.execute(
        "SELECT q.speaker_id, a.source_path, q.start, q.end, q.mention_start, q.mention_end,"
        " q.kind FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.hidden = 0"
    ):
        if sid in rows:
            mention = (m0, m1) if m0 is not None and m1 is not None else None
            rows[sid].items.append(Item(Path(path).stem, start, end, mention, kind))
    con.close()
    return [row for row in rows.values() if row.items]


def gold(train: Path) -> dict[str, tuple[str, list]]:
    """Text and attributions of each train article (first annotator's file)."""
    out: dict[str, tuple[str, list]] = {}
    for ann in sorted((train / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        text_file = train / "text" / f"{base}.txt"
        if base not in out and text_file.exists():
            out[base] = (text_file.read_text(encoding="utf-8"), read_ann(ann))
    return out


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _source_names(text: str, source: tuple[Range, ...], names: set[str]) -> bool:
    for a, b in source:
        for word in WORD.findall(text[a:b]):
            word = re.sub(r"['’]s?$", "", word).lower()
            if len(word) >= 3 and word in names:
                return True
    return False


def verdict(row: Row, golds: dict[str, tuple[str, list]]) -> str:
    """'backed', 'another' (some item in a gold Content of another Source) or 'unattributed'."""
    another = False
    for item in row.items:
        text, attributions = golds.get(item.article, ("", []))
        span = (item.start, item.end)
        for attribution in attributions:
            if not attribution.content:
                continue
            if not any(_overlap(span, piece) for piece in attribution.content):
                continue
            if item.mention and any(_overlap(item.mention, s) for s in attribution.source):
                return "backed"
            if (
                item.mention
                and any(  # a Source annotated as its cue: "said [Scott Hawkins]"
                    0 <= item.mention[0] - b <= 2 or 0 <= a - item.mention[1] <= 2
                    for a, b in attribution.source
                    if text[a:b].islower()
                )
            ):
                return "backed"
            if item.mention and any(  # nested: "Sources said Eggleston expressed concern"
                a <= item.mention[0] and item.mention[1] <= b for a, b in attribution.content
            ):
                return "backed"
            if _source_names(text, attribution.source, row.names):
                return "backed"
            another = True
    return "another" if another else "unattributed"


def _context(text: str, item: Item, width: int = 220) -> str:
    a = max(0, min(item.start, item.mention[0] if item.mention else item.start) - 60)
    b = min(len(text), a + width)
    snippet = text[a:b].replace("\n", " ")
    if item.mention:
        m0, m1 = item.mention
        if a <= m0 and m1 <= b:
            snippet = text[a:m0] + "[[" + text[m0:m1] + "]]" + text[m1:b]
            snippet = snippet.replace("\n", " ")
    return snippet


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a library holding only the train texts")
    parser.add_argument("--list", type=Path, help="write every ghost row to this file")
    parser.add_argument("--sample", type=int, default=0, help="print N ghost rows drawn")
    parser.add_argument("--seed", type=int, default=19, help="seed of --sample")
    args = parser.parse_args()
    train = _train()
    golds = gold(train)
    if args.db:
        rows = person_rows(args.db)
    else:
        with tempfile.TemporaryDirectory() as folder:
            rows = person_rows(imported_library(Path(folder), train))
    verdicts = {row.id: verdict(row, golds) for row in rows}
    ghosts = [row for row in rows if verdicts[row.id] != "backed"]
    items = sum(len(row.items) for row in rows)
    ghost_items = sum(len(row.items) for row in ghosts)
    kinds = {
        k: sum(1 for row in ghosts if verdicts[row.id] == k) for k in ("unattributed", "another")
    }
    print(
        f"person rows {len(rows)} ({items} items); ghost rows {len(ghosts)}"
        f" ({len(ghosts) / max(len(rows), 1):.1%}), their items {ghost_items};"
        f" unattributed {kinds['unattributed']}, another's {kinds['another']}"
    )

    def describe(row: Row) -> str:
        item = row.items[0]
        text = golds.get(item.article, ("", []))[0]
        return (
            f"{row.name}\t{verdicts[row.id]}\t{len(row.items)}\t{item.article}\t{item.kind}"
            f"\t{_context(text, item)}"
        )

    ghosts.sort(key=lambda row: (row.name, row.items[0].article))
    if args.list:
        args.list.write_text("".join(describe(row) + "\n" for row in ghosts), encoding="utf-8")
    if args.sample:
        for row in random.Random(args.seed).sample(ghosts, min(args.sample, len(ghosts))):
            print(describe(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
