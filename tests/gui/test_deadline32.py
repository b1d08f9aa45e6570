"""What a reporter on deadline still tripped over (session 32), each by the real keys and
clicks: the window reopens where they were reading; a quote selected stays selected after
a re-sort however deep the new order puts it (counted, not read to); Star, Tag, Open
article and Copy as Markdown have keys; the sort is said in words; the Sources charts'
legend and year labels lay out at 800x600 and 1280x800."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QToolTip

from core.citation import cite
from core.library import Library
from gui import main_window as window_module
from gui.charts import month_ticks
from gui.main_window import MainWindow
from gui.models import PAGE, READ_TO_AT_MOST
from gui.tables import ARTICLE, DATE, SPEAKER
from tests.gui.conftest import activate
from tests.gui.test_quote_sort import click_header, indicator

DESC, ASC = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder


def position(window: MainWindow) -> int:
    """The list's row of the selected quote (below a jump, the model's row is not it)."""
    return window.quotes.first + window.quote_view.currentIndex().row()


def in_view(window: MainWindow) -> bool:
    rect = window.quote_view.visualRect(window.quote_view.currentIndex())
    return window.quote_view.viewport().rect().intersects(rect)


# ---------------------------------------------------------------- 2. deep re-sort
def test_a_quote_deeper_than_5000_rows_stays_selected_after_each_re_sort(
    large: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = make_window(large)
    window.resize(2400, 900)
    window.splitter.setSizes([300, 1800, 300])  # every header shown
    QTest.qWait(10)
    window.select_first()  # the newest quote: the last of 12,000 once oldest first
    chosen = window.current_quote_id()
    total = window.quotes.total
    assert total == 12_000
    for column, order in ((DATE, ASC), (SPEAKER, ASC), (SPEAKER, DESC), (ARTICLE, ASC)):
        click_header(window, column)
        assert indicator(window) == (column, order)
        assert window.current_quote_id() == chosen, (column, order)
        expected = large.quote_position(
            chosen, **window.quotes.order, **window.quotes.query.filters()
        )
        assert position(window) == expected, (column, order)
        assert in_view(window), (column, order)
        assert len(window.quotes.loaded()) <= READ_TO_AT_MOST + PAGE  # never the whole list
    for order in ((SPEAKER, DESC), (ARTICLE, DESC)):  # further rows read from the keys
        window.sort_quotes(*order)
        quotes = window.quotes
        assert window.current_quote_id() == chosen and quotes.jumped  # (10,000 down)
        start, end = quotes.held_span()
        quotes.row(end)  # the row below those held: read from the keys
        loaded = [r.id for r in quotes.loaded()]
        assert quotes.held_span() == (start, end + len(loaded) - (end - start))
        kwargs = {**quotes.order, **quotes.query.filters()}
        read = large.quotes(offset=start, limit=len(loaded), **kwargs)
        assert loaded == [r.id for r in read], order
    click_header(window, DATE)  # back to Date: oldest first (its last order)...
    click_header(window, DATE) if indicator(window)[1] == ASC else None
    assert indicator(window) == (DATE, DESC) and window.current_quote_id() == chosen
    click_header(window, DATE)  # ...and oldest first: the newest quote among the last rows
    deep = large.quote_position(
        chosen, order="date", descending=False, **window.quotes.query.filters()
    )
    assert deep is not None and deep > total - 20  # (an article's quotes in reading order)
    assert position(window) == deep and window.current_quote_id() == chosen
    assert window.quotes.jumped and len(window.quotes.loaded()) <= PAGE  # jumped, not read
    assert window.quotes.rowCount() == total  # a row for each (the scroll bar: gui34)
    assert window.list_place.text().endswith(f"of {total:,}")  # (the rows in view: gui33)

    # scrolled above the rows held: they come from the keys of those held, the view put
    first = window.quotes.held_span()[0]
    bar = window.quote_view.verticalScrollBar()
    bar.setValue(first - 60)  # (a row a step)
    top = window.quote_view.indexAt(QPoint(1, 1)).row()
    QTest.qWait(20)
    assert window.quotes.held_span()[0] < first
    assert window.current_quote_id() == chosen and position(window) == deep
    top_after = window.quote_view.indexAt(QPoint(1, 1))
    assert top_after.row() == top and top_after.data(window_module.ROW_ROLE).id == (
        large.quotes(order="date", descending=False, offset=top, limit=1,
                     **window.quotes.query.filters())[0].id
    )  # fmt: skip

    window.quote_view.setFocus()
    QTest.keyClick(window.quote_view, Qt.Key.Key_Home)  # the list's own first row
    assert window.quotes.first == 0 and window.quote_view.currentIndex().row() == 0
    assert window.quotes.held_span()[0] == 0
    oldest = large.quotes(order="date", descending=False, limit=1, **window.quotes.query.filters())
    assert window.current_quote_id() == oldest[0].id


def test_a_quote_within_5000_rows_is_read_down_to_in_one_go(
    large: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = make_window(large)
    quotes = window.quotes
    filters = quotes.query.filters()
    deep = large.quotes(offset=3_000, limit=1, **quotes.order, **filters)[0]
    assert quotes.rowCount() == PAGE
    row = quotes.reveal(deep.id)
    assert row == 3_000 and quotes.first == 0 and quotes.rowCount() == 3_000 + PAGE
    assert [r.id for r in quotes.loaded()[2_990:3_010]] == [
        r.id for r in large.quotes(offset=2_990, limit=20, **quotes.order, **filters)
    ]
    window.quote_view.setCurrentIndex(quotes.index(row, 0))
    window.quote_view.setFocus()
    QTest.keyClick(window.quote_view, Qt.Key.Key_Down)  # the rows read go on in order
    assert window.current_quote_id() == large.quotes(offset=3_001, limit=1, **filters)[0].id


# ---------------------------------------------------------------- 1. reopen where left
def test_reopening_returns_to_the_speaker_quote_and_its_height_in_the_view(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = make_window(newsroom)
    window.resize(1280, 800)
    window.speaker_view.setFocus()
    for _ in range(3):
        QTest.keyClick(window.speaker_view, Qt.Key.Key_Down)
    speaker = window.current_speaker_id()
    window.quote_view.setFocus()
    for _ in range(2):
        QTest.keyClick(window.quote_view, Qt.Key.Key_Down)
    quote = window.current_quote_id()
    view = window.quote_view
    height = view.visualRect(view.currentIndex()).top()
    assert speaker is not None and quote is not None and window.quote_view.currentIndex().row() == 2
    window.close()

    again = make_window(newsroom)
    again.resize(1280, 800)
    again.resume()
    assert again.current_speaker_id() == speaker
    assert again.scope.speaker_id == speaker  # the speaker's quotes listed, not everyone's
    assert again.current_quote_id() == quote
    assert again.quote_view.visualRect(again.quote_view.currentIndex()).top() == height
    assert again.article.selected is not None and again.article.selected.id == quote
    assert again.tabs.currentWidget() is again.stack


def test_reopening_returns_to_a_search_and_the_sources_tab(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = make_window(newsroom)
    window.search.setText("climate")
    QTest.qWait(400)  # the search box's debounce
    window.quote_view.setFocus()
    for _ in range(40):  # well past the rows in view
        QTest.keyClick(window.quote_view, Qt.Key.Key_Down)
    quote = window.current_quote_id()
    window.tabs.setCurrentWidget(window.sources)
    window.close()

    again = make_window(newsroom)
    again.resume()
    assert again.search.text() == "climate"
    assert again.current_quote_id() == quote
    assert again.tabs.currentWidget() is again.sources


def test_a_quote_removed_since_falls_back_to_the_first_row_and_says_so(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = make_window(newsroom)
    window.quote_view.setFocus()
    for _ in range(5):
        QTest.keyClick(window.quote_view, Qt.Key.Key_Down)
    quote = window.current_quote_id()
    window.close()
    newsroom.hide_quote(quote)  # marked not a quote elsewhere (another window, the CLI)

    again = make_window(newsroom)
    again.resume()
    assert again.quote_view.currentIndex().row() == 0
    assert again.current_quote_id() != quote
    assert "no longer in this list" in again.statusBar().currentMessage()


def test_a_first_run_opens_on_the_newest_quote(window: MainWindow) -> None:
    window.resume()  # nothing saved: the newest quote, as before
    assert window.quote_view.currentIndex().row() == 0
    assert window.current_quote_id() is not None


# ---------------------------------------------------------------- 3. keys
def test_star_tag_open_and_markdown_have_keys_shown_in_the_quote_menu(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # noqa: ANN001
) -> None:
    window = make_window(newsroom)
    activate(qtbot, window)
    window.select_first()
    view = window.quote_view
    view.setFocus()
    quote = window.current_quote()
    assert quote is not None and not quote.starred
    ctrl = Qt.KeyboardModifier.ControlModifier

    QTest.keyClick(view, Qt.Key.Key_D, ctrl)
    assert newsroom.quote(quote.id).starred
    assert window.current_quote_id() == quote.id and window.quote_actions.star.text() == "Unstar"
    QTest.keyClick(view, Qt.Key.Key_D, ctrl)  # again: unstarred
    assert not newsroom.quote(quote.id).starred

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("budget story")
        dialog.accept()

    QTimer.singleShot(0, answer)
    QTest.keyClick(view, Qt.Key.Key_T, ctrl)
    assert newsroom.quote(quote.id).tags == ("budget story",)
    activate(qtbot, window)  # back from the dialog
    view.setFocus()

    QTest.keyClick(view, Qt.Key.Key_M, ctrl | Qt.KeyboardModifier.ShiftModifier)
    expected = cite(window.cited(newsroom.quote(quote.id)), "markdown").text
    assert QGuiApplication.clipboard().text() == expected

    told: list[str] = []
    monkeypatch.setattr(
        window_module.QMessageBox, "information", lambda _parent, title, _text: told.append(title)
    )
    QTest.keyClick(view, Qt.Key.Key_Return, ctrl)  # no link, no file: it says so
    assert told == ["Source not found"]

    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Quote"]
    keys = {a.text(): a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert keys["Star"] == "Ctrl+D" and keys["Tag\u2026"] == "Ctrl+T"
    assert keys["Open article"] == "Ctrl+Return" and keys["Copy as Markdown"] == "Ctrl+Shift+M"
    taken = [s.toString() for a in window.findChildren(QAction) for s in a.shortcuts()]
    for key in ("Ctrl+D", "Ctrl+T", "Ctrl+Return", "Ctrl+Shift+M"):
        assert taken.count(key) == 1, f"{key} is taken twice"


# ---------------------------------------------------------------- 5. the sort in words
def test_the_sort_is_said_in_words_in_the_header_tooltip_and_the_view_menu(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    window = make_window(newsroom)
    window.resize(2400, 900)
    window.splitter.setSizes([300, 1800, 300])
    QTest.qWait(10)
    header = window.quote_view.horizontalHeader()

    def tooltip(column: int) -> str:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        point = QPoint(x, header.height() // 2)
        event = QHelpEvent(QEvent.Type.ToolTip, point, header.viewport().mapToGlobal(point))
        QApplication.sendEvent(header.viewport(), event)
        return QToolTip.text()

    assert tooltip(DATE) == "Sorted newest first. Click again: oldest first."
    assert tooltip(SPEAKER) == "Click to sort by speaker, A to Z."
    click_header(window, DATE)
    assert tooltip(DATE) == "Sorted oldest first. Click again: newest first."

    [view_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    [sort_menu] = [a.menu() for a in view_menu.actions() if a.menu() is not None]
    items = {a.text(): a for a in sort_menu.actions()}
    assert list(items) == ["Newest first", "Oldest first", "By speaker, A to Z",
                           "By speaker, Z to A", "By article title, A to Z",
                           "By article title, Z to A"]  # fmt: skip
    assert [t for t, a in items.items() if a.isChecked()] == ["Oldest first"]  # the header's
    window.quote_view.setFocus()
    window.select_first()
    chosen = window.current_quote_id()
    items["By speaker, Z to A"].trigger()
    assert indicator(window) == (SPEAKER, DESC)
    names = [(r.speaker_name or "").casefold() for r in window.quotes.loaded()]
    assert names == sorted(names, reverse=True)
    assert window.current_quote_id() == chosen
    assert [t for t, a in items.items() if a.isChecked()] == ["By speaker, Z to A"]
    assert tooltip(SPEAKER) == "Sorted by speaker, Z to A. Click again: by speaker, A to Z."


# ---------------------------------------------------------------- 4. charts at 800 and 1280
@pytest.mark.parametrize("size", [(800, 600), (1280, 800)], ids=["800x600", "1280x800"])
def test_the_gender_legend_and_the_years_lay_out_at_each_size(
    large: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
    size: tuple[int, int],
) -> None:
    window = make_window(large)
    window.resize(*size)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the Sources tab
    qtbot.waitUntil(lambda: window.sources.dashboard is not None)
    for _ in range(5):
        QApplication.processEvents()
    dashboard = window.sources.dashboard
    assert dashboard is not None

    gender = dashboard.gender
    plot = gender.getPlotItem().vb.sceneBoundingRect()
    names = [item for item in gender.items() if getattr(item, "textItem", None) is not None
             and item.textItem.toPlainText() in ("female", "male", "not stated")]  # fmt: skip
    assert sorted(n.textItem.toPlainText() for n in names) == ["female", "male", "not stated"]
    boxes = [n.sceneBoundingRect() for n in names]
    for name, box in zip(names, boxes, strict=True):
        inside = plot.adjusted(-1, -1, 1, 1).contains(box)
        assert inside, f"{name.textItem.toPlainText()!r} cut by the chart's edge at {size}"
    for n, one in enumerate(boxes):
        for other in boxes[n + 1 :]:
            inked = one.adjusted(3, 3, -3, -3), other.adjusted(3, 3, -3, -3)  # the text's margins
            assert not inked[0].intersects(inked[1]), "legend entries overlap"

    month = dashboard.month
    axis = month.getAxis("bottom")
    ticks = axis._tickLevels[0]  # what the axis draws
    assert len(ticks) >= 2, "at least two years named"
    view = month.getPlotItem().vb
    metrics = QFontMetrics(month.font())
    spans = sorted(
        (view.mapViewToScene(QPointF(x, 0)).x(), metrics.horizontalAdvance(text))
        for x, text in ticks
    )
    left, right = view.sceneBoundingRect().left(), view.sceneBoundingRect().right()
    for centre, width in spans:
        assert left <= centre - width / 2 and centre + width / 2 <= right, "a year cut"
    for (a, wa), (b, wb) in zip(spans, spans[1:], strict=False):
        assert b - a >= (wa + wb) / 2 + 6, f"year labels run together at {size}"


@pytest.mark.parametrize("room", [12.0, 30.0, 80.0])
def test_a_year_of_months_names_its_year_on_a_label_the_axis_shows(
    room: float,
    qapp,  # noqa: ANN001 - the fonts need the application, whichever test ran before
) -> None:
    """A one-year library's first label ("Jan 2024") stood at the axis' edge, where it is
    cut off: the year went with it, leaving "Apr", "Jul", "Oct"."""
    months = [f"2024-{m:02d}" for m in range(1, 13)]
    width = QFontMetrics(QApplication.font()).horizontalAdvance
    ticks = month_ticks(months, room, width)
    assert ticks and ticks[0][1].endswith("2024")
    for i, text in ticks:
        assert min(i + 0.7, len(months) - 0.3 - i) * room >= width(text) / 2, text
    for (a, ta), (b, tb) in zip(ticks, ticks[1:], strict=False):
        assert (b - a) * room >= (width(ta) + width(tb)) / 2, (ta, tb)


def test_a_quote_removed_far_down_a_jumped_list_leaves_the_next_selected(
    large: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    window = make_window(large)
    activate(qtbot, window)
    window.select_first()
    window.sort_quotes(DATE, ASC)  # the newest quote, ~12,000 rows down
    quotes = window.quotes
    assert quotes.jumped
    row = window.quote_view.currentIndex().row()
    chosen, following = window.current_quote_id(), quotes.row(row + 1).id
    deep = position(window)
    window.quote_view.setFocus()
    QTest.keyClick(window.quote_view, Qt.Key.Key_Delete)  # not a quote
    assert large.quote(chosen).hidden
    assert window.current_quote_id() == following and position(window) == deep
    assert quotes.jumped and len(quotes.loaded()) <= PAGE  # found by its keys, not read to
    QTest.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not large.quote(chosen).hidden and window.current_quote_id() == chosen
