"""The first page of the quote list in each sort order (``core.queries.quote_order``) on a
generated library: ``benchmarks/quote_sort.py LIBRARY.db``. Each figure is the median of
three reads of a page of ``PAGE`` rows, as the window reads it, with no filter, a year, a
day, an outlet, organisations and a search for the most frequent word of the quotes."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from core.library import Library
from core.queries import SORTS
from core.records import PAGE


def main() -> None:
    library = Library(Path(sys.argv[1]))
    counts = library.counts()
    print(f"{counts.quotes:,} quotes, {counts.statements:,} statements,", end=" ")
    print(f"{counts.articles:,} articles")
    word = library.db.execute("SELECT text FROM quotes LIMIT 1").fetchone()[0].split()[1]
    cases = {
        "everything": {},
        "a year": {"date_from": "2019-01-01", "date_to": "2019-12-31"},
        "a day": {"date_from": "2019-03-05", "date_to": "2019-03-05"},
        "an outlet": {"outlet": library.outlets()[0]},
        "organisations": {"kinds": ("organisation",)},
        f"search “{word}”": {"search": word},
    }
    print("| selection | " + " | ".join(f"{o} {d}" for o in SORTS for d in ("↓", "↑")) + " |")
    print("| --- |" + " --- |" * (2 * len(SORTS)))
    for name, filters in cases.items():
        cells = []
        for order in SORTS:
            for descending in (True, False):
                times = []
                for _ in range(3):
                    start = time.perf_counter()
                    library.quotes(order=order, descending=descending, limit=PAGE, **filters)
                    times.append(time.perf_counter() - start)
                cells.append(f"{statistics.median(times) * 1000:.0f} ms")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
