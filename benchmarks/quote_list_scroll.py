"""The quote list entered far down and scrolled in the window, on a large library:
``benchmarks/quote_list_scroll.py LIBRARY.db`` (window 1280x800, offscreen; gui34's
``bench_sparse.py``, kept). For each sort (date oldest first, speaker Z to A, article A
to Z), with the newest quote selected: the re-sort that keeps it (its row counted, then
read from its keys), forty pages up past the rows read, the scroll bar's thumb dragged
to the middle of the list and to a quarter of it, Home, End. Each line gives the
milliseconds until the action returned and until every row in view was held (painted
with its text, not blank): the figure a reporter waits for. The library is opened by the
code on ``PYTHONPATH`` (which upgrades its schema if it is older)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_scale import fresh_settings  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.library import Library  # noqa: E402
from gui.app import application, open_window  # noqa: E402

SORTS = (  # (column, order, label)
    (4, Qt.SortOrder.AscendingOrder, "date, oldest first"),
    (1, Qt.SortOrder.DescendingOrder, "speaker Z to A"),
    (2, Qt.SortOrder.AscendingOrder, "article A to Z"),
)


def main() -> None:
    fresh_settings()
    application()
    began = time.perf_counter()
    library = Library(Path(sys.argv[1]))
    print(f"opened (any upgrade included) in {time.perf_counter() - began:.1f} s")
    window = open_window(library)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    model, view = window.quotes, window.quote_view
    bar = view.verticalScrollBar()

    def top() -> int:
        return view.indexAt(view.viewport().rect().topLeft()).row()

    def blank() -> int:
        first = max(0, top())
        return sum(model.held(n) is None for n in range(first, min(model.rowCount(), first + 10)))

    def timed(label: str, action: Callable[[], object]) -> None:
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        returned = (time.perf_counter() - start) * 1000
        while blank():
            QTest.qWait(5)
        shown = (time.perf_counter() - start) * 1000
        print(
            f"{label}: {returned:,.0f} ms, every row in view shown after {shown:,.0f} ms"
            f" (rows {model.rowCount():,}, top {top():,}, bar {bar.value():,}/{bar.maximum():,})",
            flush=True,
        )

    def pages_up() -> None:
        for _ in range(40):
            bar.triggerAction(bar.SliderAction.SliderPageStepSub)
            QApplication.processEvents()

    window.select_first()
    for column, order, label in SORTS:
        timed(f"jump: {label}", lambda c=column, o=order: window.sort_quotes(c, o))
        timed("  page up x40 (past the rows read)", pages_up)
        timed("  thumb dragged to the middle", lambda: bar.setValue(bar.maximum() // 2))
        timed("  thumb dragged to a quarter", lambda: bar.setValue(bar.maximum() // 4))
        view.setFocus()
        timed("  Home", lambda: QTest.keyClick(view, Qt.Key.Key_Home))
        timed("  End", lambda: QTest.keyClick(view, Qt.Key.Key_End))
        timed("  back to newest first", lambda: window.sort_quotes(4, Qt.SortOrder.DescendingOrder))
        window.select_first()
    window.close()


if __name__ == "__main__":
    main()
