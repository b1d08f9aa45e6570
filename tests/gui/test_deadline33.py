"""The quote list after session 32, each by the real clicks: a quote clicked in the article
or on the timeline is selected in the list however deep it stands (not only among the rows
read); each header's first click takes its natural direction (a date newest first, a name
or title A to Z; the speakers' counts most first), the tooltip and View > Sort quotes
agreeing; the status bar says where the rows in view stand in the whole list while the
scroll bar spans only the rows read."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from core.library import Library
from gui.main_window import MainWindow
from gui.models import PAGE, READ_TO_AT_MOST
from gui.tables import ARTICLE, COUNT, DATE, NAME, SPEAKER
from tests.gui.test_deadline32 import in_view, position
from tests.gui.test_quote_sort import click_header, indicator

DESC, ASC = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder


def wide(make_window: Callable[[Library], MainWindow], library: Library) -> MainWindow:
    window = make_window(library)
    window.resize(2400, 900)
    window.splitter.setSizes([300, 1800, 300])  # every header shown
    QTest.qWait(10)
    window.select_first()
    return window


def click_in_article(window: MainWindow, quote_id: int) -> None:
    """A real click on the quote's words in the reading pane."""
    quote = next(q for q in window.article.quotes if q.id == quote_id)
    text = window.article.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.offsets.to_qt(quote.start + 2))
    text.setTextCursor(cursor)
    text.ensureCursorVisible()
    point = text.cursorRect(cursor).center()
    QTest.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     point)  # fmt: skip


# ---------------------------------------------------------------- 1. a click finds the quote
def test_a_quote_clicked_in_the_article_far_down_the_list_is_selected_there(
    large: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = wide(make_window, large)
    click_header(window, SPEAKER)  # A to Z: an article's speakers spread over the list
    assert indicator(window) == (SPEAKER, ASC)
    heading = window.quote_title.text()
    kwargs = {**window.quotes.order, **window.quotes.query.filters()}
    loaded = {q.id for q in window.quotes.loaded()}
    far = None
    for row in range(40):  # a quote whose article holds another listed far down
        window.quote_view.setCurrentIndex(window.quotes.index(row, 0))
        deep = [
            (large.quote_position(q.id, **kwargs) or 0, q.id)
            for q in window.article.quotes
            if q.id not in loaded
        ]
        deep = [pair for pair in deep if pair[0] >= READ_TO_AT_MOST]
        if deep:
            far = max(deep)
            break
    assert far is not None
    where, quote_id = far
    click_in_article(window, quote_id)
    assert window.current_quote_id() == quote_id  # selected in the same list...
    assert position(window) == where and in_view(window)
    assert window.quotes.jumped and len(window.quotes.loaded()) <= PAGE  # jumped, not read
    assert window.quote_title.text() == heading  # ...not the article's quotes listed instead
    assert not window.back_action.isEnabled()
    assert window.scope.article_id is None


def test_a_quote_clicked_in_the_article_not_in_the_list_still_lists_the_article(
    large: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = wide(make_window, large)
    speaker = window.speakers.row(0)
    window.speaker_view.setCurrentIndex(window.speakers.index(0, 0))
    other = next(q for q in window.article.quotes if q.speaker_id != speaker.id)
    click_in_article(window, other.id)
    assert window.current_quote_id() == other.id
    assert window.scope.article_id == other.article_id and window.back_action.isEnabled()


def test_a_timeline_point_selects_its_quote_beyond_the_rows_read(
    large: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = wide(make_window, large)
    window.speaker_view.setCurrentIndex(window.speakers.index(0, 0))  # the most quoted
    QTest.qWait(10)
    assert window.quotes.total > 2 * PAGE and window.quotes.rowCount() == PAGE
    loaded = {q.id for q in window.quotes.loaded()}
    plot = window.timeline.plot
    scatter, point = next(
        (s, p) for s in plot.scatters for p in s.points() if p.data().quote_id not in loaded
    )
    quote_id = point.data().quote_id
    # a real click on the point, where the plot draws it
    view_point = plot.mapFromScene(scatter.mapToScene(point.pos()))
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view_point)  # fmt: skip
    clicked = window.current_quote_id()
    assert clicked is not None and clicked not in loaded  # (points may overlap: one of them)
    assert clicked == quote_id or any(
        p.data().quote_id == clicked for s in plot.scatters for p in s.points()
    )
    expected = large.quote_position(clicked, **window.quotes.order,
                                     **window.quotes.query.filters())  # fmt: skip
    assert position(window) == expected and in_view(window)
    assert window.scope.speaker_id == window.speakers.row(0).id  # still that speaker's list


# ---------------------------------------------------------------- 2. natural first direction
def header_tip(window: MainWindow, column: int) -> str:
    header = window.quote_view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    point = QPoint(x, header.height() // 2)
    event = QHelpEvent(QEvent.Type.ToolTip, point, header.viewport().mapToGlobal(point))
    QApplication.sendEvent(header.viewport(), event)
    tip = QToolTip.text()
    QToolTip.hideText()
    return tip


def ticked(window: MainWindow) -> str:
    return next(a.text() for a in window.sort_actions.values() if a.isChecked())


def test_each_header_first_click_takes_its_natural_direction(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = wide(make_window, newsroom)
    assert indicator(window) == (DATE, DESC)
    assert header_tip(window, SPEAKER) == "Click to sort by speaker, A to Z."
    click_header(window, SPEAKER)
    assert indicator(window) == (SPEAKER, ASC) and ticked(window) == "By speaker, A to Z"
    assert header_tip(window, DATE) == "Click to sort newest first."
    click_header(window, DATE)  # from another column: newest first, as a mail client opens
    assert indicator(window) == (DATE, DESC) and ticked(window) == "Newest first"
    dates = [q.published or "" for q in window.quotes.loaded()]
    assert dates == sorted(dates, reverse=True)
    assert header_tip(window, DATE) == "Sorted newest first. Click again: oldest first."
    click_header(window, DATE)  # the second click turns it round
    assert indicator(window) == (DATE, ASC) and ticked(window) == "Oldest first"
    assert header_tip(window, ARTICLE) == "Click to sort by article title, A to Z."
    click_header(window, ARTICLE)
    assert indicator(window) == (ARTICLE, ASC) and ticked(window) == "By article title, A to Z"
    click_header(window, ARTICLE)
    assert indicator(window) == (ARTICLE, DESC)
    click_header(window, SPEAKER)  # A to Z again, whatever the last column's direction
    assert indicator(window) == (SPEAKER, ASC)
    window.sort_quotes(DATE, ASC)  # the menu sets any order; a header click after it...
    click_header(window, SPEAKER)
    click_header(window, DATE)  # ...still starts the date newest first
    assert indicator(window) == (DATE, DESC) and ticked(window) == "Newest first"


def test_the_speaker_counts_first_click_lists_the_most_quoted_first(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = wide(make_window, newsroom)
    header = window.speaker_view.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        point = QPoint(x, header.height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, point)  # fmt: skip

    click(NAME)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NAME, ASC)
    click(COUNT)  # from the name: the most quoted first
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (COUNT, DESC)
    counts = [s.quote_count for s in window.speakers.loaded()]
    assert counts == sorted(counts, reverse=True)
    click(NAME)  # from the count: A to Z
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NAME, ASC)


# ---------------------------------------------------------------- 3. where the rows stand
def visible_rows(window: MainWindow) -> tuple[int, int]:
    view = window.quote_view
    area = view.viewport().rect()
    top = view.indexAt(area.topLeft()).row()
    bottom = view.indexAt(area.bottomLeft()).row()
    bottom = window.quotes.rowCount() - 1 if bottom < 0 else bottom
    return window.quotes.first + top + 1, window.quotes.first + bottom + 1


@pytest.mark.parametrize("size", [(800, 600), (1280, 800)])
def test_the_status_bar_says_where_the_rows_in_view_stand_in_the_whole_list(
    large: Library, make_window: Callable[[Library], MainWindow], size: tuple[int, int]
) -> None:
    window = make_window(large)
    window.resize(*size)
    window.select_first()
    QTest.qWait(20)
    place = window.list_place
    first, last = visible_rows(window)
    assert first == 1 and last > 1
    assert place.isVisible() and place.text() == f"Rows 1\u2013{last:,} of 12,000"
    assert "spans only the rows read so far (rows 1\u2013200)" in place.toolTip()
    bar = window.tabs.tabBar()
    tab = bar.tabRect(window.tabs.indexOf(window.sources)).center()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tab)
    QTest.qWait(20)
    assert window.tabs.currentWidget() is window.sources and not place.isVisible()
    tab = bar.tabRect(window.tabs.indexOf(window.stack)).center()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, tab)
    QTest.qWait(20)
    assert window.tabs.currentWidget() is window.stack and place.isVisible()
    window.sort_quotes(DATE, ASC)  # the newest quote: the last rows, jumped to
    QTest.qWait(20)
    assert window.quotes.jumped
    first, last = visible_rows(window)
    assert first <= position(window) + 1 <= last
    assert place.text() == f"Rows {first:,}\u2013{last:,} of 12,000"
    assert "spans the whole list" in place.toolTip()
    # a few pages up: the rows above are read, and the label follows the view
    scroll = window.quote_view.verticalScrollBar()
    scroll.setValue(scroll.value() - 5 * scroll.pageStep())
    QTest.qWait(20)
    assert window.quotes.jumped and place.text() == "Rows {:,}\u2013{:,} of 12,000".format(
        *visible_rows(window)
    )
    assert visible_rows(window)[1] < first
    QTest.keyClick(window.quote_view, Qt.Key.Key_Home)  # the list's own first row
    QTest.qWait(20)
    assert window.quotes.first == 0 and visible_rows(window)[0] == 1
    assert place.text().startswith("Rows 1\u2013")
    window.grab()  # (laid out at this size without error)


def test_the_place_is_not_shown_when_the_scroll_bar_spans_the_whole_list(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = make_window(newsroom)
    window.resize(1280, 800)
    window.select_first()
    QTest.qWait(20)
    assert not window.quotes.canFetchMore() and window.quotes.first == 0
    assert not window.list_place.isVisible()
