"""The window at the sizes reporters use: 1024x768 (a small laptop), 1280x800 and
1920x1080. Every toolbar control in sight, the quote column readable in search results,
and a long search never widens the window (issue 19: the quote text was 26 px wide at
1280x800, the citation style fell into the toolbar's overflow at 1024, a long search
widened the window to 2,271 px). ``ONRECORD_LAYOUT_PNG=DIR`` saves each size's picture."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView, QToolBar, QToolButton

from core.library import Library
from gui.main_window import MainWindow
from gui.tables import DATE, SPEAKER, VERSIONS

SIZES = [(1024, 768), (1280, 800), (1920, 1080)]


def settle(window: MainWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()


def toolbar_controls_in_sight(window: MainWindow) -> list[str]:
    """Names of toolbar controls that are hidden or cut off (in the overflow)."""
    missing = []
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            missing.append(f"{bar.windowTitle()}: overflow button shown")
        for action in bar.actions():
            if action.isSeparator():
                continue
            widget = bar.widgetForAction(action)
            name = action.text() or type(widget).__name__
            inside = widget is not None and bar.rect().contains(widget.geometry())
            if widget is None or not widget.isVisible() or not inside:
                missing.append(f"{bar.windowTitle()}: {name}")
    return missing


def headers_cut(view: QTableView) -> list[str]:
    """Titles of the shown columns too narrow for their title (and the sort arrow, where it
    stands): Qt draws the arrow over the title then ("Quotes" was 60 px wide)."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    cut = []
    for column in range(header.count()):
        if view.isColumnHidden(column):
            continue
        title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        need = metrics.horizontalAdvance(title) + 8
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            need += 12
        if view.columnWidth(column) < need:
            cut.append(f"{title}: {view.columnWidth(column)} px < {need}")
    return cut


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_window_at_common_sizes(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    width: int,
    height: int,
) -> None:
    window = make_window(newsroom)
    window.resize(width, height)
    window.select_first()
    window.search.setText("climate money")
    window._search_edited()
    settle(window)
    assert window.width() == width
    assert toolbar_controls_in_sight(window) == []
    for box in (window.date_from, window.date_to):  # were 53 px wide at 1024: "pt. 2016"
        assert box.width() >= box.fontMetrics().horizontalAdvance("2016-09-30") + 8
    view = window.quote_view
    assert not view.isColumnHidden(1)  # search results name the speaker
    quote_width = view.columnWidth(0)
    assert quote_width >= 0.45 * view.viewport().width(), quote_width
    assert quote_width >= 200
    shown = [c for c in range(1, 5) if not view.isColumnHidden(c)]
    assert sum(view.columnWidth(c) for c in [0, *shown]) <= view.viewport().width() + 1
    assert window.speaker_view.columnWidth(0) >= 120  # names are not cut to initials
    assert headers_cut(window.speaker_view) == []
    assert headers_cut(view) == []
    if folder := os.environ.get("ONRECORD_LAYOUT_PNG"):
        window.grab().save(str(Path(folder) / f"window-{width}x{height}.png"))

    window.search.setText("climate " * 300)
    window._search_edited()
    settle(window)
    assert window.width() == width
    assert window.quote_title.width() <= window.splitter.widget(1).width()


def test_a_narrow_quote_list_keeps_the_date_before_the_versions_count(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    """Where one of them must go, the versions count goes (most quotes have no other
    version; the article pane links to them) and every quote keeps its date."""
    window = make_window(newsroom)
    window.resize(1920, 1080)
    window.select_first()
    settle(window)
    view = window.quote_view
    view.leave_out(VERSIONS, False)
    view.leave_out(SPEAKER, False)
    for width in range(900, 300, -20):
        view.resize(width, view.height())
        view.fit_columns()
        if view.isColumnHidden(DATE) or view.isColumnHidden(VERSIONS):
            break
    assert view.isColumnHidden(VERSIONS), "no width hid the versions count"
    assert not view.isColumnHidden(DATE), f"the date went first at {width} px"
