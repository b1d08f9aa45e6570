"""The quote list entered far down (session 34): after a keyed jump the scroll bar spans
the whole list, its thumb where the rows in view stand, and the rows above and below are
read as the view reaches them, never the whole list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from core.library import Library
from core.queries import SORTS, ranked_by_relevance
from gui.main_window import MainWindow
from gui.models import HELD_AT_MOST, PAGE, ROW_ROLE
from gui.tables import DATE
from tests.test_quote_order import every_place_filters, filter_id, library_of_ties

ASC = Qt.SortOrder.AscendingOrder


def thumb(window: MainWindow) -> float:
    """Where the scroll bar's thumb stands, as drawn: 0 at the top, 1 at the bottom."""
    bar = window.quote_view.verticalScrollBar()
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    style = bar.style()
    control = QStyle.ComplexControl.CC_ScrollBar
    slider = style.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, bar)
    groove = style.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarGroove, bar)
    room = groove.height() - slider.height()
    return (slider.top() - groove.top()) / room if room > 0 else 0.0


def rows_in_view(window: MainWindow) -> tuple[int, int]:
    view = window.quote_view
    top = view.indexAt(QPoint(1, 1)).row()
    bottom = view.indexAt(QPoint(1, view.viewport().height() - 2)).row()
    return top, bottom if bottom >= 0 else window.quotes.rowCount() - 1


def shown_ids(window: MainWindow) -> list[int]:
    """The quotes the view shows, as it paints them (None where a row is blank)."""
    top, bottom = rows_in_view(window)
    model = window.quotes
    return [row.id if (row := model.held(n)) else None for n in range(top, bottom + 1)]


def listed(library: Library, window: MainWindow, offset: int, limit: int) -> list[int]:
    quotes = window.quotes
    read = library.quotes(offset=offset, limit=limit, **quotes.order, **quotes.query.filters())
    return [r.id for r in read]


def test_after_a_deep_jump_the_scroll_bar_says_where_the_list_stands(
    large: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    window = make_window(large)
    window.resize(1280, 800)
    window.select_first()
    chosen = window.current_quote_id()
    window.sort_quotes(DATE, ASC)  # the newest quote kept: 12,000 rows down, by its keys
    quotes, view = window.quotes, window.quote_view
    total = quotes.total
    where = large.quote_position(chosen, **quotes.order, **quotes.query.filters())
    assert total == 12_000 and where is not None and where > total - 20
    assert window.current_quote_id() == chosen
    assert quotes.rowCount() == total and len(quotes.loaded()) <= PAGE  # jumped, not read
    assert view.currentIndex().row() == where  # the model's row is the list's
    bar = view.verticalScrollBar()
    assert bar.maximum() > total - 100  # the bar spans the whole list (a row a step)
    top, bottom = rows_in_view(window)
    assert top <= where <= bottom and abs(bar.value() - top) <= 1  # (a row partly shown)
    assert thumb(window) > 0.98  # drawn at the bottom, where the quote is

    # up a page at a time, past the rows the jump read: those above are read as they
    # come into view (from the keys of the rows held), each the row the list has there
    held_from = quotes.held_span()[0]
    while rows_in_view(window)[0] > held_from - 3 * PAGE:
        bar.triggerAction(bar.SliderAction.SliderPageStepSub)
        QTest.qWait(1)
    qtbot.waitUntil(lambda: None not in shown_ids(window))
    top, bottom = rows_in_view(window)
    assert shown_ids(window) == listed(large, window, top, bottom - top + 1)
    assert quotes.held_span()[0] <= top and len(quotes.loaded()) <= HELD_AT_MOST
    assert abs(thumb(window) - top / (total - (bottom - top + 1))) < 0.02
    assert window.current_quote_id() == chosen  # the selection stays on its quote
    assert view.indexAt(QPoint(1, 1)).data(ROW_ROLE).id == shown_ids(window)[0]

    # the thumb dragged to the middle: the rows there are read by their place
    bar.setValue(6_000)
    qtbot.waitUntil(lambda: None not in shown_ids(window))
    top, bottom = rows_in_view(window)
    assert top == 6_000 and shown_ids(window) == listed(large, window, top, bottom - top + 1)
    assert 0.45 < thumb(window) < 0.55 and len(quotes.loaded()) <= HELD_AT_MOST
    assert window.list_place.text() == f"Rows {top + 1:,}\u2013{bottom + 1:,} of 12,000"

    # Home and End: the list's own first and last rows
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    assert window.current_quote_id() == listed(large, window, 0, 1)[0]
    qtbot.waitUntil(lambda: None not in shown_ids(window))
    assert thumb(window) == 0.0
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == total - 1
    assert window.current_quote_id() == listed(large, window, total - 1, 1)[0]
    qtbot.waitUntil(lambda: None not in shown_ids(window))
    assert thumb(window) == 1.0


def test_a_list_read_from_its_top_still_grows_a_page_at_a_time(
    large: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = make_window(large)
    window.select_first()
    assert not window.quotes.sparse and window.quotes.rowCount() == PAGE
    window.quote_view.scrollToBottom()
    assert window.quotes.rowCount() == 2 * PAGE and not window.quotes.sparse


# ---------------------------------------------------------------- 2. a ranked search
WORD = "pugarfu"  # in most of the generated quotes: thousands of matches, all ranked


def search(window: MainWindow, words: str) -> None:
    window.search.setText(words)
    window._search_timer.stop()
    window._search_edited()


def deep_in_article(window: MainWindow, library: Library, least: int) -> tuple[int, int]:
    """(rank, id) of a quote ranked at least ``least`` rows down whose article holds one
    of the list's first rows, which is selected (the article shows it)."""
    filters = window.quotes.query.filters()
    for row in range(40):
        window.quote_view.setCurrentIndex(window.quotes.index(row, 0))
        ranks = [(library.ranked_position(q.id, **filters), q.id) for q in window.article.quotes]
        deep = [(rank, q) for rank, q in ranks if rank is not None and rank >= least]
        if deep:
            return max(deep)
    raise AssertionError("no article holds a quote ranked that far down")


@pytest.mark.slow  # several seconds; CI runs it (pytest -m slow)
def test_every_match_of_a_ranked_search_is_found_at_its_rank(large: Library) -> None:
    rows = []
    while len(page := large.quotes(search=WORD, offset=len(rows), limit=PAGE)) == PAGE:
        rows += page
    rows += page
    assert 5_000 < len(rows) <= 25_000 and large.search_ranked(WORD) is True
    for n in [*range(0, len(rows), 37), len(rows) - 1]:
        assert large.ranked_position(rows[n].id, search=WORD) == n
    hidden = large.quotes(search=WORD, hidden=True, limit=1)
    if hidden:  # a quote the list leaves out has no rank in it
        assert large.ranked_position(hidden[0].id, search=WORD) is None
    assert large.ranked_position(rows[0].id, search=WORD, order="speaker") is None
    assert large.search_ranked("") is None


def test_a_click_finds_a_quote_ranked_far_down_a_search(
    large: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    from tests.gui.test_deadline33 import click_in_article, wide

    window = wide(make_window, large)
    search(window, WORD)
    heading = window.quote_title.text()
    assert heading.endswith(f"</b> ({window.quotes.total:,}, most relevant first)")
    rank, quote_id = deep_in_article(window, large, 5_000)  # past the old 5,000-row reach
    click_in_article(window, quote_id)
    assert window.current_quote_id() == quote_id  # selected in the ranked list...
    view = window.quote_view
    assert view.currentIndex().row() == rank and window.quotes.sparse
    rect = view.visualRect(view.currentIndex())
    assert view.viewport().rect().intersects(rect)
    assert abs(thumb(window) - rank / window.quotes.total) < 0.05
    assert window.quote_title.text() == heading and window.scope.article_id is None  # ...kept
    assert len(window.quotes.loaded()) <= HELD_AT_MOST
    sorts = {a.text(): a.isChecked() for a in window.sort_actions.values()}
    assert sorts["Most relevant first"] and "Newest first" not in sorts
    tip = window.quotes.headerData(DATE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sorted most relevant first. Click: oldest first."
    header = window.quote_view.horizontalHeader()
    assert not header.isSortIndicatorShown()  # no column holds a ranked list's order
    search(window, "")
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == DATE


def test_a_search_too_common_to_rank_says_so_and_still_finds_its_quotes(
    large: Library, make_window: Callable[[Library], MainWindow], monkeypatch
) -> None:  # noqa: ANN001
    from core import queries
    from tests.gui.test_deadline33 import click_in_article, wide

    monkeypatch.setattr(queries, "RANKED_AT_MOST", 1_000)  # (a million-quote library's case)
    window = wide(make_window, large)
    search(window, WORD)
    assert window.quote_title.text().endswith(
        f"</b> ({window.quotes.total:,}, newest first: too many to rank)"
    )
    assert window.sort_actions[DATE, Qt.SortOrder.DescendingOrder].text() == "Newest first"
    filters = window.quotes.query.filters()
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    other = next(q for q in window.article.quotes if q.id != window.current_quote_id())
    rank = large.ranked_position(other.id, **filters)
    assert rank is not None
    assert large.quotes(offset=rank, limit=1, **filters)[0].id == other.id
    click_in_article(window, other.id)
    assert window.current_quote_id() == other.id
    assert window.quote_view.currentIndex().row() == rank


# ---------------------------------------------------------------- the reads behind it
@pytest.mark.parametrize("filters", every_place_filters(), ids=filter_id)
def test_the_list_read_from_its_end_and_counted_from_it_agrees_with_the_list(
    tmp_path: Path, filters: dict
) -> None:
    """``quotes_from_end`` (End, a thumb in the list's second half) and ``quote_position``
    given the total (a quote near the end counted from there) against the paged read,
    under ties of date, name and title, NULLs, unattributed rows and every filter."""
    with library_of_ties(tmp_path / "lib.db") as library:
        for order in SORTS:
            for descending in (False, True):
                kwargs = {"order": order, "descending": descending, **filters}
                listed = library.quotes(limit=1000, **kwargs)
                n = len(listed)
                if ranked_by_relevance(filters.get("search", ""), order, descending):
                    assert library.quotes_from_end(**kwargs) is None
                    continue
                for offset in range(n + 2):
                    for limit in (1, 3, 100):
                        got = library.quotes_from_end(offset=offset, limit=limit, **kwargs)
                        want = listed[max(0, n - offset - limit) : max(0, n - offset)]
                        assert got == want, (order, descending, offset, limit)
                for row, quote in enumerate(listed):
                    assert library.quote_position(quote.id, total=n, **kwargs) == row


# ---------------------------------------------------------------- 4. what the screens showed
@pytest.mark.parametrize("size", [(800, 600), (1280, 800)])
def test_the_first_run_message_fits_beside_the_counts(
    library: Library, make_window: Callable[[Library], MainWindow], size: tuple[int, int]
) -> None:
    """At 800 wide the demo's hint read "… or Ctrl+Sh" under the library's counts."""
    window = make_window(library)  # empty: the demo goes in, the hint in the status bar
    window.resize(*size)
    QTest.qWait(20)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message.startswith("The demo article")
    room = window.counts_label.geometry().left() - (
        window.list_place.width() if window.list_place.isVisible() else 0
    )
    assert bar.fontMetrics().horizontalAdvance(message) + 12 < room


@pytest.mark.parametrize("width", [300, 420, 1000])
def test_the_timeline_labels_the_years_of_a_long_career(qtbot, width: int) -> None:  # noqa: ANN001
    """Ten years on the timeline at 800x600 read "2020" alone (pyqtgraph's choice)."""
    from datetime import UTC, datetime

    from gui.timeline_plot import DateAxis, TimelinePlot

    plot = TimelinePlot(lambda _quote: "")
    qtbot.addWidget(plot)
    plot.resize(width + 60, 240)
    plot.grab()
    axis = plot.points.getAxis("bottom")
    low = datetime(2015, 1, 2, tzinfo=UTC).timestamp()
    high = datetime(2024, 12, 28, tzinfo=UTC).timestamp()
    levels = axis.tickValues(low, high, width)
    labels = [s for spacing, ticks in levels for s in axis.tickStrings(ticks, 1, spacing)]
    assert len(labels) >= 4 and all(label.isdigit() and len(label) == 4 for label in labels)
    years = [int(label) for label in labels]
    assert years == sorted(years) and years[0] >= 2016 and years[-1] <= 2024
    assert width / len(labels) >= DateAxis.YEAR_ROOM  # each has the room of "2020"


def test_a_quote_past_a_search_counted_only_so_far_says_more_than(
    large: Library, make_window: Callable[[Library], MainWindow], monkeypatch
) -> None:  # noqa: ANN001
    """A search counted to just past its cap (a common word in a million quotes) and a
    quote far past the cap: the status bar said "of 200,001" (the quote's row taken for
    the count); now "of more than …", as the heading says."""
    from core import queries
    from gui import main_window, models, scope
    from tests.gui.test_deadline33 import click_in_article, wide

    monkeypatch.setattr(queries, "RANKED_AT_MOST", 1_000)
    for module in (models, main_window, scope):
        monkeypatch.setattr(module, "COUNTED_AT_MOST", 1_000)
    window = wide(make_window, large)
    search(window, WORD)
    assert window.quotes.total == 1_001 and not window.quotes.total_known
    assert "(more than 1,000, newest first: too many to rank)" in window.quote_title.text()
    filters = window.quotes.query.filters()
    rank, quote_id = deep_in_article(window, large, 3_000)
    click_in_article(window, quote_id)
    assert window.current_quote_id() == quote_id
    assert window.quotes.first + window.quote_view.currentIndex().row() == rank
    assert large.quotes(offset=rank, limit=1, **filters)[0].id == quote_id
    QTest.qWait(20)
    assert window.list_place.text().endswith(" of more than 1,000")
