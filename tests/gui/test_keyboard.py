"""The window from the keyboard, as a reporter on deadline uses it: start in the quote
list, Ctrl+F to search, Down or Enter into the results, Escape to clear; the selected
speaker survives a filter or a sort; the counts stay in the status bar."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.library import Library
from gui.main_window import MainWindow
from tests.gui.conftest import activate


@pytest.fixture
def started(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> MainWindow:
    window = make_window(newsroom)
    activate(qtbot, window)
    window.select_first()
    return window


def test_search_from_the_keyboard(started: MainWindow, qtbot) -> None:  # noqa: ANN001
    assert QApplication.focusWidget() is started.quote_view
    qtbot.keyClick(started.quote_view, Qt.Key.Key_Down)
    assert started.quote_view.currentIndex().row() == 1
    qtbot.keyClick(started.quote_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is started.search
    qtbot.keyClicks(started.search, '"story 7"')
    qtbot.waitUntil(lambda: started.quotes.total == 4)
    qtbot.keyClick(started.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is started.quote_view
    assert "story 7 " in started.current_quote().text
    qtbot.keyClick(started.quote_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(started.search, Qt.Key.Key_Escape)
    assert started.search.text() == ""
    qtbot.waitUntil(lambda: started.quotes.total == 120)


def test_the_selected_speaker_survives_a_filter_and_a_sort(
    started: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    speaker_id = started.library.find_speaker("Person3 Surname3")
    started.select_speaker(speaker_id)
    qtbot.keyClicks(started.speaker_filter, "person3")
    qtbot.waitUntil(lambda: started.speakers.rowCount() == 1)
    assert started.current_speaker_id() == speaker_id
    started.speaker_filter.clear()
    qtbot.waitUntil(lambda: started.speakers.rowCount() == 24)
    started.speaker_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert started.current_speaker_id() == speaker_id
    assert started.quote_title.text().startswith("<b>Quotes by Person3 Surname3</b>")
    qtbot.keyClick(started.speaker_filter, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is started.speaker_view


def test_the_counts_stay_in_the_status_bar(started: MainWindow, qtbot) -> None:  # noqa: ANN001
    started.copy_citation()
    assert started.statusBar().currentMessage() == "APA citation copied (quote)"
    assert started.counts_label.text() == "30 articles \u00b7 24 speakers \u00b7 120 quotes"
    started.statusBar().clearMessage()  # as the message's time runs out
    assert started.counts_label.isVisible()
