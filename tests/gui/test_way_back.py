"""A reporter's moves through a library by keyboard and mouse: back to the speaker (or
search) a click on another speaker's quote in the article left, End to the true end of a
long list, and the speaker order and panes as left at the last close."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from core.library import Library
from gui import models, scope, tables
from gui.main_window import MainWindow
from gui.tables import ARTICLE, NAME


@pytest.fixture
def started(newsroom: Library, make_window: Callable[[Library], MainWindow]) -> MainWindow:
    window = make_window(newsroom)
    window.select_first()
    return window


def click_other_speakers_quote(window: MainWindow, qtbot) -> int:  # noqa: ANN001
    """Click, in the reading pane, a quote of someone the list does not hold."""
    shown = window.current_quote()
    listed = {quote.id for quote in window.quotes.loaded()}
    other = next(
        q for q in window.article.quotes if q.speaker_id != shown.speaker_id and q.id not in listed
    )
    text = window.article.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.offsets.to_qt(other.start + 3))
    point: QPoint = text.cursorRect(cursor).center()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_quote_id() == other.id
    return other.id


def test_alt_left_goes_back_to_the_speaker_after_a_click_on_anothers_quote(
    started: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    speaker_id = started.library.find_speaker("Person3 Surname3")
    started.select_speaker(speaker_id)
    qtbot.keyClick(started.quote_view, Qt.Key.Key_Down)  # reading her second quote
    read = started.current_quote_id()
    own = started.quotes.total
    assert not started.back_action.isEnabled()

    click_other_speakers_quote(started, qtbot)
    assert started.current_speaker_id() is None
    title = started.quote_title.text()
    assert f"<a href='{scope.BACK}'>back to Person3 Surname3</a>" in title
    assert started.back_action.isEnabled()
    assert started.back_action.text() == "Back to Person3 Surname3"
    assert ARTICLE in started.quote_view._left_out  # the heading names the article

    qtbot.keyClick(started.quote_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert started.current_speaker_id() == speaker_id
    assert started.current_quote_id() == read
    assert started.quote_title.text().startswith(f"<b>Quotes by Person3 Surname3</b> ({own})")
    assert "back to" not in started.quote_title.text()
    assert not started.back_action.isEnabled()
    assert started.speaker_panel.text()  # her panel is shown again
    assert ARTICLE not in started.quote_view._left_out  # her quotes span articles
    assert started.quote_view.hasFocus()


def test_the_headings_link_goes_back_to_the_search(
    started: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    qtbot.keyClicks(started.search, "Surname3")
    started._search_timer.stop()
    started._search_edited()
    started.quote_view.setCurrentIndex(started.quotes.index(2, 0))
    read = started.current_quote_id()
    click_other_speakers_quote(started, qtbot)
    assert started.search.text() == ""
    assert "back to the search \u201cSurname3\u201d" in started.quote_title.text()

    started.quote_title.linkActivated.emit(scope.BACK)
    assert started.search.text() == "Surname3"
    assert started.quote_title.text().startswith("<b>Quotes matching \u201cSurname3\u201d")
    assert started.current_quote_id() == read

    # a move of the reporter's own forgets the way back
    click_other_speakers_quote(started, qtbot)
    started.select_speaker(started.library.find_speaker("Person5 Surname5"))
    assert not started.back_action.isEnabled()
    assert "back to" not in started.quote_title.text()


def test_end_goes_to_the_last_row_not_the_last_page_read(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(models, "PAGE", 10)  # 120 quotes, read ten at a time
    monkeypatch.setattr(tables, "END_AT_MOST", 50)  # a list longer than End reads
    window = make_window(newsroom)
    window.select_first()
    assert window.quotes.rowCount() == 10 and window.quotes.total == 120
    qtbot.keyClick(window.quote_view, Qt.Key.Key_End)
    assert window.quote_view.currentIndex().row() == 49
    assert window.statusBar().currentMessage().startswith("End: row 50 of 120")

    monkeypatch.setattr(tables, "END_AT_MOST", 5_000)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.current_quote_id() == window.quotes.row(119).id
    last = window.quotes.row(119)
    assert window.article.highlight_span() == (last.start, last.end)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.quote_view.currentIndex().row() == 0

    # into a list with nothing selected yet, End goes to its end too (Qt's own: the top)
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_End)
    assert window.speaker_view.currentIndex().row() == window.speakers.total - 1 == 23


def test_the_speaker_order_and_panes_are_as_left_at_the_last_close(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    window = make_window(newsroom)
    header = window.speaker_view.horizontalHeader()
    name = header.sectionViewportPosition(NAME) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(name, 5))
    assert header.sortIndicatorSection() == NAME
    order = header.sortIndicatorOrder()
    names = [window.speakers.row(n).name for n in range(3)]
    window.left_splitter.setSizes([600, 200])
    sizes = window.left_splitter.sizes()
    window.close()

    again = make_window(newsroom)
    header = again.speaker_view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NAME, order)
    assert [again.speakers.row(n).name for n in range(3)] == names
    assert again.left_splitter.sizes() == sizes


def test_ctrl_c_after_a_click_in_the_article_copies_that_quotes_citation(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The demo: a click on Brieger's quote in the article puts the keys in the article;
    Ctrl+C there copies its citation as Ctrl+C in the list does, and copies a selection
    of the article's words as they are."""
    window.select_first()
    brieger = next(q for q in window.article.quotes if q.speaker_name == "Robert Brieger")
    text = window.article.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.offsets.to_qt(brieger.start + 3))
    text.setTextCursor(cursor)
    qtbot.mouseClick(
        text.viewport(), Qt.MouseButton.LeftButton, pos=text.cursorRect(cursor).center()
    )
    assert window.current_quote_id() == brieger.id
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = clipboard.text()
    assert copied.startswith("\u201cA training mission outside of Ukraine")
    assert "Machi" in copied and "2022" in copied  # the reference, in APA
    assert window.statusBar().currentMessage() == "APA citation copied (quote)"

    cursor.setPosition(text.offsets.to_qt(0))
    cursor.setPosition(text.offsets.to_qt(9), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "STUTTGART"


def test_a_speakers_tooltip_counts_one_article_as_one(window: MainWindow) -> None:
    row = window.speakers.row_of_id(window.library.find_speaker("Robert Brieger"))
    tip = window.speakers.index(row, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 quote and 0 reported statements in 1 article<" in tip
