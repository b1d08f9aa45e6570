"""The Sources view and a person's timeline over the million-quote library (offscreen Qt).

    .venv/bin/python benchmarks/sources.py [--db FILE] [--write]

The library is the one ``gui_scale.py`` uses (generated the first time, with genders).
In one window, as a reporter would: open the Sources tab on the whole library, then
change the toolbar's filters one at a time (each change reloads the quote list and
redraws the view), open the most quoted person's timeline, and run ``onrecord stats``.
Each figure is wall time with the repaint; CPU time beside it tells what a busy machine
added, and the last column what the Sources view's counting and drawing alone take.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import ONRECORD, options, report
from generate_library import generate, vocabulary
from gui_scale import DEFAULT_DB, PLAN, fresh_settings, offscreen_environment

REPEATS = 3


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of ``action``, events processed (views repainted)."""
    from PySide6.QtWidgets import QApplication

    wall, cpu = time.perf_counter(), time.process_time()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def best(action: Callable[[], object], undo: Callable[[], object] | None = None) -> tuple:
    """The median of ``REPEATS`` runs (``undo`` after each, untimed)."""
    runs = []
    for _ in range(REPEATS):
        runs.append(timed(action))
        if undo is not None:
            undo()
    return tuple(statistics.median(r[i] for r in runs) for i in (0, 1))


def in_window(db: Path) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    from core.library import Library
    from gui.app import application, open_window

    fresh_settings()
    application()
    window = open_window(Library(db))
    window.resize(1400, 860)
    window.show()
    window.select_first()  # as on opening: the top speaker, their timeline drawn
    QApplication.processEvents()
    window.speaker_view.setCurrentIndex(QModelIndex())  # the quote list shows every quote
    sources = window.sources
    rows = []

    first = timed(lambda: window.tabs.setCurrentWidget(sources))
    assert sources.stats is not None and sources.stats.quotes == PLAN.quotes
    rows.append(("Sources tab opened on the whole library (first time)", (*first, first[1])))
    again = best(sources.reload)
    rows.append(("whole library counted and drawn again", (*again, again[1])))

    word = vocabulary(20_000, random.Random(PLAN.seed))[99]
    outlet = window.outlet.findData("The Daily Herald")
    people = window.kind.findData("person")
    organisations = window.kind.findData("organisation")

    def dates(since: str, until: str) -> None:
        window.date_from.setText(since)
        window.date_to.setText(until)
        window.date_from.editingFinished.emit()

    def search(text: str) -> None:
        window.search.setText(text)
        window._search_timer.stop()
        window._apply_quote_filters()

    changes: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("an outlet (1 of 20)", lambda: window.outlet.setCurrentIndex(outlet),
         lambda: window.outlet.setCurrentIndex(0)),
        ("a year", lambda: dates("2019-01-01", "2019-12-31"), lambda: dates("", "")),
        ("a month", lambda: dates("2019-03-01", "2019-03-31"), lambda: dates("", "")),
        (f"a search (word of rank 100, \u201c{word}\u201d)", lambda: search(word),
         lambda: search("")),
        ("starred quotes", lambda: window.starred.setChecked(True),
         lambda: window.starred.setChecked(False)),
        ("organisations (9% of quotes)", lambda: window.kind.setCurrentIndex(organisations),
         lambda: window.kind.setCurrentIndex(0)),
        ("people (87% of quotes)", lambda: window.kind.setCurrentIndex(people),
         lambda: window.kind.setCurrentIndex(0)),
    ]  # fmt: skip
    for label, change, back in changes:
        figure = best(change, back)
        change()
        alone = best(sources.reload)  # the view's share: counting and drawing
        back()
        rows.append((f"filter: {label}", (*figure, alone[1])))

    top = window.library.speakers(limit=1)[0]
    window.tabs.setCurrentWidget(window.stack)
    shown = best(lambda: window.timeline.show_speaker(top.id))
    rows.append((f"timeline of the most quoted person ({top.quote_count:,} quotes)",
                 (*shown, shown[1])))  # fmt: skip
    window.close()
    return [
        f"| {label} | **{wall:.0f} ms** | {cpu:.0f} ms | {view:.0f} ms |"
        for label, (wall, cpu, view) in rows
    ]


def stats_command(db: Path) -> float:
    """Wall seconds of ``onrecord stats --json`` on the whole library, start to exit."""
    began = time.perf_counter()
    subprocess.run([ONRECORD, "stats", "--db", str(db), "--json"], check=True,
                   capture_output=True, env=offscreen_environment())  # fmt: skip
    return time.perf_counter() - began


def main() -> int:
    parser = options("The Sources view and the timeline over a library of a million quotes")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {args.db} ...", file=sys.stderr)
        generate(args.db, PLAN)
    rows = in_window(args.db)
    command = stats_command(args.db)
    lines = [
        f"Library `{args.db.name}` of `generate_library.py`: {PLAN.quotes:,} quotes,"
        f" {PLAN.articles:,} articles, 20 outlets over ten years. Each filter change is what"
        " the window does when a reporter changes it (the quote list reloads, the Sources"
        f" view counts and redraws), median of {REPEATS}, with the repaint.",
        "",
        "| action | wall | CPU | CPU of the view alone |",
        "| --- | --- | --- | --- |",
        *rows,
        f"| `onrecord stats --json`, whole library, start to exit | **{command:.2f} s** | | |",
    ]
    return report("Sources view and timeline over a million quotes", lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
