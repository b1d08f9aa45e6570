"""The quote list sorted by speaker, date or article, its scroll bar's thumb dragged deep
(session 35): the rows there are found from each speaker's and article's counts
(``core.list_counts``), never by reading every row above them, and are the list's own,
also after a correction made deep in the list."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from core import list_counts
from core.library import Library
from gui.main_window import MainWindow
from gui.tables import DATE
from tests.gui.conftest import activate
from tests.gui.test_deadline34 import rows_in_view, shown_ids, thumb

SPEAKER, ARTICLE = 1, 2
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


class Offsets:
    """The library's connection, noting the largest OFFSET any statement read past."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.largest = 0

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        if "OFFSET ?" in sql:
            self.largest = max(self.largest, int(list(params)[-1]))
        return self.conn.execute(sql, params)


def whole_list(library: Library, window: MainWindow) -> list[int]:
    """The list's rows read from its top in one go (the truth the places must give)."""
    quotes = window.quotes
    rows = library.quotes(offset=0, limit=100_000, **quotes.order, **quotes.query.filters())
    return [r.id for r in rows]


def drag_thumb(qtbot, window: MainWindow, share: float) -> None:  # noqa: ANN001
    """Drag the scroll bar's thumb with the mouse to ``share`` of its groove."""
    bar = window.quote_view.verticalScrollBar()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    control = QStyle.ComplexControl.CC_ScrollBar
    slider = bar.style().subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, bar)
    groove = bar.style().subControlRect(control, option, QStyle.SubControl.SC_ScrollBarGroove, bar)
    start = slider.center()
    room = groove.height() - slider.height()
    end = QPoint(start.x(), groove.top() + slider.height() // 2 + round(room * share))
    QTest.mousePress(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):  # moved as a hand moves it, in steps
        y = start.y() + (end.y() - start.y()) * step // 10
        QTest.mouseMove(bar, QPoint(start.x(), y))
    QTest.mouseRelease(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    qtbot.waitUntil(lambda: None not in shown_ids(window), timeout=10_000)


@pytest.mark.parametrize(
    ("column", "order", "share"),
    [(SPEAKER, DESC, 0.5), (SPEAKER, ASC, 0.8), (DATE, ASC, 0.5), (ARTICLE, ASC, 0.3)],
    ids=["speaker Z-A, middle", "speaker A-Z, low", "date oldest first", "article A-Z"],
)
def test_a_thumb_dragged_deep_shows_the_lists_rows_read_from_the_counts(
    large: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
    column: int,
    order: Qt.SortOrder,
    share: float,
) -> None:
    window = make_window(large)
    window.resize(1280, 800)
    window.sort_quotes(column, order)
    quotes = window.quotes
    truth = whole_list(large, window)
    chosen = truth[-1]  # the list's last quote shown (as a click in its article does)
    row = quotes.reveal(chosen)
    assert row == len(truth) - 1
    window.quote_view.setCurrentIndex(quotes.index(row, 0))
    assert quotes.sparse and quotes.rowCount() == len(truth) == 12_000
    assert window.current_quote_id() == chosen

    spy = Offsets(large.conn)
    large.conn = spy  # type: ignore[assignment]
    try:
        drag_thumb(qtbot, window, share)
    finally:
        large.conn = spy.conn
    top, bottom = rows_in_view(window)
    assert abs(top - share * (len(truth) - (bottom - top + 1))) < 150  # where it was dropped
    assert abs(thumb(window) - share) < 0.02
    assert shown_ids(window) == truth[top : bottom + 1]  # the list's own rows
    assert spy.largest < 1_000, spy.largest  # no read past the rows above: from the counts
    assert window.list_place.text() == f"Rows {top + 1:,}\u2013{bottom + 1:,} of 12,000"
    assert window.current_quote_id() == chosen  # the selection stays on its quote


def test_a_quote_hidden_deep_in_the_list_and_the_rows_there_still_agree(
    large: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """Delete ("Not a quote") on a row in the middle of the list sorted by speaker: the
    counts follow (a count afresh agrees), the list is one row shorter, and a thumb
    dragged there again shows the list's rows."""
    window = make_window(large)
    window.resize(1280, 800)
    activate(qtbot, window)
    window.select_first()
    window.sort_quotes(SPEAKER, DESC)
    drag_thumb(qtbot, window, 0.5)
    top, _ = rows_in_view(window)
    view = window.quote_view
    view.setCurrentIndex(window.quotes.index(top + 2, 0))
    gone = window.current_quote_id()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: large.quote(gone).hidden)
    assert list_counts.drift(large.db) == []
    qtbot.waitUntil(lambda: window.quotes.rowCount() == 11_999)
    truth = whole_list(large, window)
    assert gone not in truth and len(truth) == 11_999
    drag_thumb(qtbot, window, 0.5)
    top, bottom = rows_in_view(window)
    assert shown_ids(window) == truth[top : bottom + 1]
