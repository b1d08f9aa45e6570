"""Versions of a quote at scale: what grouping adds to an import of 1,000 new articles
into the million-quote library, and how fast the Versions panel opens there.

    .venv/bin/python benchmarks/variants.py [--db LIBRARY] [--write]

The library (``--db``, default ``/tmp/onrecord-bench/variants-million.db``) is made by
``generate_library.py`` the first time. Two imports of 1,000 new articles are timed:
news as written (the 924 PolNeAR articles, then 76 of them again under another first
line, as a story republished by another outlet), and quote-dense articles in the
generator's style (five quotes in 100 words, one quote in twenty repeating a quote of the
library: the same words or a word changed), the worst case for grouping, whose cost goes
with the number of quotes. Each set is extracted once; then stored, as an import does,
into a fresh copy of the library with grouping and without (``variant_groups.add`` made a
no-op), alternating, twice each, keeping the faster run. CPU time is the figure (other
work on a shared machine disturbs it least); wall time is given too. The panel is timed
in an offscreen window from ``show()`` to painted, on the quotes of the largest groups.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path
from unittest import mock

from common import POLNEAR, options, report
from generate_library import CUES, FIRST, ROLES, Plan, generate, vocabulary

from core import variant_groups
from core.document import Metadata
from core.ingest import Analysed, analyse_article, store
from core.library import Library
from core.readers import read_pasted

DEFAULT_DB = Path(tempfile.gettempdir()) / "onrecord-bench" / "variants-million.db"
PLAN = Plan(quotes=1_000_000, speakers=100_000, articles=200_000)
ARTICLES, QUOTES_EACH, REPEATED = 1000, 5, 0.05


def news_articles() -> list[tuple[str, Metadata]]:
    """The PolNeAR articles, and as many again republished as make 1,000."""
    files = sorted((POLNEAR / "train" / "text").glob("*.txt")) + sorted(
        (POLNEAR / "dev" / "text").glob("*.txt")
    )
    if not files:
        return []
    texts = list(dict.fromkeys(f.read_text(encoding="utf-8") for f in files))  # one is twice
    again = [f"Republished by The Benchmark Times.\n\n{t}" for t in texts[: ARTICLES - len(texts)]]
    return [(text, Metadata()) for text in texts + again]


def dense_articles(library: Library, rng: random.Random) -> list[tuple[str, Metadata]]:
    """Articles in the generator's style; some quotes repeat quotes of the library."""
    words = vocabulary(20_000, random.Random(PLAN.seed))
    top = int(library.db.execute("SELECT max(id) FROM quotes").fetchone()[0])
    articles = []
    for n in range(ARTICLES):
        paragraphs = []
        for _ in range(QUOTES_EACH):
            if rng.random() < REPEATED:
                said = library.quote(rng.randrange(1, top)).text.rstrip(".").split()
                if rng.random() < 0.5:
                    said[rng.randrange(len(said))] = rng.choice(words)
                said = " ".join(said)
            else:
                said = " ".join(rng.choices(words[:5000], k=rng.randint(6, 30)))
            name = f"{rng.choice(FIRST)} {rng.choice(words).capitalize()}"
            paragraphs.append(
                f"{name}, {rng.choice(ROLES)}, {rng.choice(CUES)}: \u201c{said.capitalize()}.\u201d"
            )
        meta = Metadata(f"New article {n}", "The Benchmark Times", None, "2026-02-01")
        articles.append(("\n\n".join(paragraphs), meta))
    return articles


class Clock:
    """Wall and CPU seconds of a block (CPU time is what other work on a shared machine
    disturbs least)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def stored(db: Path, analysed: list[Analysed], grouping: bool, scratch: Path) -> Clock:
    """The time to store the analysed articles into a fresh copy of ``db``, as an import
    does (``core.ingest.store``: a commit each, one checkpoint at the end)."""
    copy = scratch / "copy.db"
    shutil.copyfile(db, copy)
    off = mock.patch.object(variant_groups, "add", lambda *_: None)
    with Library(copy) as library, nullcontext() if grouping else off:
        results = [(f"new-{n}.txt", a) for n, a in enumerate(analysed)]
        with Clock() as clock:
            report = store(iter(results), len(results), library)
        assert len(report.imported) == len(analysed), report.summary
    for path in scratch.glob("copy.db*"):
        path.unlink()
    return clock


def imported(db: Path, articles: list[tuple[str, Metadata]]) -> str:
    """The cells of one import's row: extraction, storage without and with grouping."""
    with Clock() as extraction:
        analysed = [
            analyse_article(f"new-{n}.txt", read_pasted(text, meta))
            for n, (text, meta) in enumerate(articles)
        ]
    quotes = sum(len(a.analysis.quotes) for a in analysed)
    runs: dict[bool, list[Clock]] = {False: [], True: []}
    with tempfile.TemporaryDirectory(dir=db.parent) as scratch:
        for grouping in (False, True, False, True):
            runs[grouping].append(stored(db, analysed, grouping, Path(scratch)))
    cells = {}
    for kind in ("cpu", "wall"):
        without, with_ = (min(getattr(c, kind) for c in runs[g]) for g in (False, True))
        cells[kind] = (
            getattr(extraction, kind),
            without,
            with_,
            (with_ - without) / quotes * 1000,
            (with_ - without) / (getattr(extraction, kind) + without),
            (with_ - without) / without,
        )
    cpu, wall = cells["cpu"], cells["wall"]
    return " | ".join(
        [f"{quotes:,}"]
        + [f"{c:.1f} s ({w:.1f} s)" for c, w in zip(cpu[:3], wall[:3], strict=True)]
        + [f"{cpu[3]:.2f} ms ({wall[3]:.2f} ms)", f"**+{cpu[4]:.1%}** (+{wall[4]:.1%})",
           f"+{cpu[5]:.1%} (+{wall[5]:.1%})"]
    )  # fmt: skip


def panel_times(db: Path, samples: int) -> tuple[list[float], int]:
    """Milliseconds from showing the Versions panel to painted, for the quotes of the
    largest groups; and the largest group's size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.app import application, open_window

    app = application()
    with Library(db) as library:
        groups = library.db.execute(
            "SELECT id, size FROM variant_groups ORDER BY size DESC LIMIT ?", [samples]
        ).fetchall()
        window = open_window(library)
        window.show()
        app.processEvents()
        times = []
        for group_id, _ in groups:
            window.variants.hide()
            window.variants.show_quote(variant_groups.members(library.db, group_id)[0])
            app.processEvents()
            began = time.perf_counter()
            window.variants.show()
            window.variants.repaint()
            app.processEvents()
            times.append((time.perf_counter() - began) * 1000)
        window.close()
    return times, groups[0][1]


def main() -> int:
    parser = options("Versions of a quote in the million-quote library")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        generate(args.db, PLAN)
    with Library(args.db) as library:
        sets = {
            "news (PolNeAR)": news_articles(),
            "quote-dense (generated)": dense_articles(library, random.Random(18)),
        }
        counts = library.counts()
        groups = library.db.execute("SELECT count(*) FROM variant_groups").fetchone()[0]
    lines = [
        f"Library `{args.db.name}`: {counts.quotes:,} quotes in {counts.articles:,} articles,"
        f" {groups:,} variant groups (made by `benchmarks/generate_library.py`). Each import:"
        " 1,000 new articles into a fresh copy; the faster of two runs each way.",
        "",
        "| 1,000 articles | quotes | extraction | storage without grouping | with grouping |"
        " grouping a quote | import with grouping against without (target: at most +20%) |"
        " storage alone |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, articles in sets.items():
        if articles:
            lines.append(f"| {name} | {imported(args.db, articles)} |")
    panel, largest = panel_times(args.db, 20)
    lines += [
        "",
        "Times are CPU seconds (wall seconds in brackets). The Versions panel, from `show()` to"
        f" painted, over the {len(panel)} largest groups (up to {largest} versions): the first"
        f" opening in the session {panel[0]:.0f} ms, then **median"
        f" {statistics.median(panel[1:]):.0f} ms, slowest {max(panel[1:]):.0f} ms** (target:"
        " under 100 ms).",
    ]
    return report("Versions of a quote in a million", lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
