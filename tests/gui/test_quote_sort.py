"""The quote list sorts by a click on its Date, Speaker or Article header (a reporter
asked for oldest first, and for grouping by speaker or article): the indicator shows the
order, the selected quote stays selected and in view, filters and the speaker selection
still hold, and the window reopens sorted the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from core.library import Library
from core.records import QuoteRow
from gui.main_window import MainWindow
from gui.tables import ARTICLE, DATE, QUOTE, SPEAKER

DESC, ASC = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder


def click_header(window: MainWindow, column: int) -> None:
    header = window.quote_view.horizontalHeader()
    assert not header.isSectionHidden(column)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )  # fmt: skip


def indicator(window: MainWindow) -> tuple[int, Qt.SortOrder]:
    header = window.quote_view.horizontalHeader()
    assert header.isSortIndicatorShown()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def listed(window: MainWindow) -> list[QuoteRow]:
    model = window.quotes
    while model.canFetchMore():
        model.fetchMore()
    return model.loaded()


def dates(rows: list[QuoteRow]) -> list[str]:
    return [r.published or "" for r in rows]


def opened(make_window: Callable[[Library], MainWindow], library: Library) -> MainWindow:
    window = make_window(library)
    window.resize(2400, 1000)  # every column shown
    window.show()
    window.splitter.setSizes([300, 1800, 300])
    QTest.qWait(10)
    return window


def test_a_click_on_date_lists_oldest_first_and_again_newest_first(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = opened(make_window, newsroom)
    assert indicator(window) == (DATE, DESC)  # newest first, as it always opened
    newest = dates(listed(window))
    assert newest == sorted(newest, reverse=True)
    click_header(window, DATE)
    assert indicator(window) == (DATE, ASC)
    oldest = dates(listed(window))
    assert oldest == sorted(oldest) and oldest != newest
    click_header(window, DATE)
    assert indicator(window) == (DATE, DESC)
    assert dates(listed(window)) == newest


def test_speaker_and_article_headers_group_and_a_quote_header_click_changes_nothing(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = opened(make_window, newsroom)
    before = [r.id for r in listed(window)]
    click_header(window, SPEAKER)
    assert indicator(window) == (SPEAKER, ASC)
    names = [(r.speaker_name or "").casefold() for r in listed(window)]
    assert names == sorted(names)
    click_header(window, SPEAKER)
    assert indicator(window) == (SPEAKER, DESC)
    names = [(r.speaker_name or "").casefold() for r in listed(window)]
    assert names == sorted(names, reverse=True)
    click_header(window, ARTICLE)
    titles = [(r.article_title or "").casefold() for r in listed(window)]
    assert titles == sorted(titles, reverse=indicator(window)[1] == DESC)
    assert indicator(window)[0] == ARTICLE
    shown = indicator(window)
    click_header(window, QUOTE)  # the quote's words: not an order the list has
    assert indicator(window) == shown
    click_header(window, DATE)
    click_header(window, DATE) if indicator(window)[1] == ASC else None
    assert [r.id for r in listed(window)] == before


def test_the_selected_quote_stays_selected_and_in_view_after_a_sort(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = opened(make_window, newsroom)
    window.quote_view.setFocus()
    for _ in range(8):  # the first Down chooses the first row (focus alone chooses none)
        QTest.keyClick(window.quote_view, Qt.Key.Key_Down)
    chosen = window.current_quote_id()
    assert chosen is not None and window.quote_view.currentIndex().row() == 7
    for column in (DATE, SPEAKER, ARTICLE):
        click_header(window, column)
        assert window.current_quote_id() == chosen, column
        rect = window.quote_view.visualRect(window.quote_view.currentIndex())
        assert window.quote_view.viewport().rect().intersects(rect), column
    assert window.article.isVisible()


def test_sorting_keeps_the_speaker_the_search_and_the_filters(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = opened(make_window, newsroom)
    window.speaker_view.setFocus()
    QTest.keyClick(window.speaker_view, Qt.Key.Key_Down)
    speaker = window.current_speaker_id()
    assert speaker is not None
    theirs = {r.id for r in listed(window)}
    click_header(window, DATE)
    assert window.current_speaker_id() == speaker
    assert {r.id for r in listed(window)} == theirs
    assert dates(listed(window)) == sorted(dates(listed(window)))
    window.search.setText("climate")
    QTest.qWait(400)  # the search box's debounce
    found = listed(window)
    assert found and all("climate" in r.text for r in found)
    assert dates(found) == sorted(dates(found))  # a sorted search is not ranked
    assert window.quotes.query.search == "climate"


def test_the_window_reopens_sorted_as_it_was_left(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    window = opened(make_window, newsroom)
    click_header(window, SPEAKER)
    click_header(window, SPEAKER)
    assert indicator(window) == (SPEAKER, DESC)
    window.close()
    again = opened(make_window, newsroom)
    assert indicator(again) == (SPEAKER, DESC)
    names = [(r.speaker_name or "").casefold() for r in listed(again)]
    assert names == sorted(names, reverse=True)
