"""The first page of the quote list in each sort order (``core.queries.quote_order``) on a
generated library: ``benchmarks/quote_sort.py LIBRARY.db``. Each figure is the median of
three reads of a page of ``PAGE`` rows, as the window reads it, with no filter, a year, a
day, an outlet, an outlet in a year, since a date, organisations and a search for the most
frequent word of the quotes; with ``--cpu``, the CPU time of the same reads in brackets
(the figure to compare on a busy machine)."""

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
        "an outlet in a year": {
            "outlet": library.outlets()[1],
            "date_from": "2019-01-01",
            "date_to": "2019-12-31",
        },
        "since a date": {"date_from": "2019-07-01"},
        "organisations": {"kinds": ("organisation",)},
        f"search “{word}”": {"search": word},
    }
    print("| selection | " + " | ".join(f"{o} {d}" for o in SORTS for d in ("↓", "↑")) + " |")
    print("| --- |" + " --- |" * (2 * len(SORTS)))
    for name, filters in cases.items():
        cells = []
        for order in SORTS:
            for descending in (True, False):
                times, cpu = [], []
                for _ in range(3):
                    start, started = time.perf_counter(), time.process_time()
                    library.quotes(order=order, descending=descending, limit=PAGE, **filters)
                    times.append(time.perf_counter() - start)
                    cpu.append(time.process_time() - started)
                cell = f"{statistics.median(times) * 1000:.0f} ms"
                if "--cpu" in sys.argv:
                    cell += f" ({statistics.median(cpu) * 1000:.0f})"
                cells.append(cell)
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
