"""What the quote list holds and what its heading says: a search looks through every
speaker unless the reporter narrows it, nothing is hidden at start, and the heading
follows every change (issue 19: "climate" found nothing while 7 quotes matched)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from core.library import Library
from gui import scope
from gui.main_window import MainWindow


@pytest.fixture
def started(newsroom: Library, make_window: Callable[[Library], MainWindow]) -> MainWindow:
    """The window as ``onrecord`` opens it."""
    window = make_window(newsroom)
    window.select_first()
    return window


def search(window: MainWindow, text: str) -> None:
    window.search.setText(text)
    window._search_timer.stop()
    window._search_edited()


def heading(window: MainWindow) -> str:
    return window.quote_title.text()


def test_at_start_no_speaker_hides_a_match(started: MainWindow) -> None:
    assert started.current_speaker_id() is None
    quote = started.current_quote()
    assert quote is not None and started.article.highlight_span() == (quote.start, quote.end)
    assert heading(started).startswith("<b>All quotes</b> (120)")
    search(started, "climate")
    assert started.quotes.total == 120
    assert "matching \u201cclimate\u201d from all speakers</b> (120, most relevant first)" in (
        heading(started)
    )


def test_a_search_looks_through_every_speaker_and_can_be_narrowed(started: MainWindow) -> None:
    speaker_id = started.library.find_speaker("Person3 Surname3")
    own = started.library.speaker(speaker_id).quote_count
    started.select_speaker(speaker_id)
    assert heading(started).startswith(f"<b>Quotes by Person3 Surname3</b> ({own})")
    search(started, "climate")
    assert started.quotes.total == 120
    assert started.current_speaker_id() == speaker_id  # still selected, not a filter
    assert f"<a href='{scope.SPEAKER}'>only Person3 Surname3</a>" in heading(started)

    started.quote_title.linkActivated.emit(scope.SPEAKER)
    assert started.quotes.total == own
    assert {q.speaker_name for q in started.quotes.loaded()} == {"Person3 Surname3"}
    assert heading(started).startswith(
        f"<b>Quotes by Person3 Surname3 matching \u201cclimate\u201d</b>"
        f" ({own}, most relevant first)"
    )
    search(started, '"story 12"')
    assert started.quotes.total == 0
    assert heading(started) == (
        "<b>No quotes by Person3 Surname3 match \u201c&quot;story 12&quot;\u201d</b>"
        f"\u00a0\u00b7\u00a0{scope.WHOLE}<a href='{scope.ALL}'>search all speakers?</a></span>"
    )
    started.quote_title.linkActivated.emit(scope.ALL)
    assert started.quotes.total == 4
    search(started, "")
    assert heading(started).startswith(f"<b>Quotes by Person3 Surname3</b> ({own})")


def test_clicking_another_speakers_quote_in_the_article_updates_the_list(
    started: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    started.select_speaker(started.library.find_speaker("Person3 Surname3"))
    shown = started.current_quote()
    other = next(q for q in started.article.quotes if q.speaker_id != shown.speaker_id)
    text = started.article.text
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.offsets.to_qt(other.start + 3))
    text.setTextCursor(cursor)
    point: QPoint = text.cursorRect(cursor).center()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert started.current_quote().id == other.id
    assert started.current_speaker_id() is None
    assert heading(started).startswith(f"<b>Quotes in \u201c{other.article_title}\u201d</b> (4)")
    assert {q.article_id for q in started.quotes.loaded()} == {other.article_id}


def test_a_correction_keeps_the_list_and_moves_to_the_next_quote(started: MainWindow) -> None:
    speaker_id = started.library.find_speaker("Person3 Surname3")
    started.select_speaker(speaker_id)
    started.quote_view.setCurrentIndex(started.quotes.index(1, 0))
    following = started.quotes.row(2)
    own = started.quotes.total
    started.hide_quote(started.current_quote_id(), True)
    assert started.current_speaker_id() == speaker_id
    assert heading(started).startswith(f"<b>Quotes by Person3 Surname3</b> ({own - 1})")
    assert started.current_quote_id() == following.id


def test_filters_say_so_and_clear_in_one_click(started: MainWindow) -> None:
    """The heading names the filters (gui61: "All quotes" was said of a list the
    filters narrowed), and its link clears them."""
    started.outlet.setCurrentIndex(started.outlet.findData("Gazette"))
    assert heading(started).startswith("<b>Quotes from Gazette</b> (40)")
    started.starred.setChecked(True)
    assert heading(started) == (
        "<b>Quotes from Gazette, starred</b> \u2014 none"
        f"\u00a0\u00b7\u00a0{scope.WHOLE}<a href='{scope.CLEAR}'>clear filters</a></span>"
    )
    started.quote_title.linkActivated.emit(scope.CLEAR)
    assert started.quotes.total == 120 and not started.starred.isChecked()
    assert not started.clear_filters_action.isEnabled()


def test_selecting_the_speaker_already_selected_narrows_a_search(started: MainWindow) -> None:
    speaker_id = started.library.find_speaker("Person3 Surname3")
    started.select_speaker(speaker_id)
    search(started, "climate")
    assert started.quotes.total == 120
    started.select_speaker(speaker_id)  # e.g. after merging another speaker into them
    assert started.quotes.total == started.library.speaker(speaker_id).quote_count
