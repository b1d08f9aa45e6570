"""Long runs of what a reporter does all day: arrow keys through the speakers and the
quotes, corrections undone and redone. PySide6 6.12.0 aborted with "Fatal Python error:
none_dealloc" after about 420 presses: every call of a method returning nothing took a
reference to ``None`` it never gave (pinned below 6.12 in pyproject.toml). The short
runs are in every test run; ``pytest -m slow`` (as CI runs it) presses 5,000 times, past
where that crash came."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from core.library import Library
from gui.main_window import MainWindow


def test_the_qt_binding_keeps_none_alive(qtbot) -> None:  # noqa: ANN001
    """The cause of the 6.12.0 abort, found in a second: 10,000 calls of a method that
    returns nothing must leave ``None``'s reference count where it was."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100


def press_through(qtbot, view: QTableView, presses: int, after: Callable[[], None]) -> None:  # noqa: ANN001
    """Press Down to the end of the list, then Up to the top, and again, ``presses`` times."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    key = Qt.Key.Key_Down
    for _ in range(presses):
        row = view.currentIndex().row()
        if key == Qt.Key.Key_Down and row == view.model().rowCount() - 1:
            key = Qt.Key.Key_Up
        elif key == Qt.Key.Key_Up and row == 0:
            key = Qt.Key.Key_Down
        qtbot.keyClick(view, key)
        after()


def assert_article_shows_the_quote(window: MainWindow) -> None:
    quote = window.current_quote()
    assert quote is not None
    assert window.article.article is not None and window.article.article.id == quote.article_id
    assert window.article.highlight_span() == (quote.start, quote.end)


def no_qt_warnings(qtlog) -> list[str]:  # noqa: ANN001
    return [r.message for r in qtlog.records if "propagateSizeHints" not in r.message]


@pytest.mark.parametrize("presses", [150, pytest.param(5000, marks=pytest.mark.slow)])
def test_arrow_keys_through_speakers_and_quotes(
    qtbot,  # noqa: ANN001
    qtlog,  # noqa: ANN001
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    presses: int,
) -> None:
    window = make_window(newsroom)
    press_through(
        qtbot, window.speaker_view, presses, lambda: assert_article_shows_the_quote(window)
    )
    window.speaker_view.clearSelection()
    press_through(qtbot, window.quote_view, presses, lambda: assert_article_shows_the_quote(window))
    assert no_qt_warnings(qtlog) == []


def snapshot(library: Library) -> list[tuple[object, ...]]:
    """What a reporter can change about the quotes, in a stable order."""
    rows = [*library.iter_quotes(), *library.iter_quotes(hidden=True)]
    return sorted((q.article_id, q.start, q.speaker_id, q.hidden, q.starred, q.tags) for q in rows)


@pytest.mark.parametrize("corrections", [120, pytest.param(600, marks=pytest.mark.slow)])
def test_corrections_undone_and_redone(
    newsroom: Library, make_window: Callable[[Library], MainWindow], corrections: int
) -> None:
    """Hide, tag, star and reassign quotes, undo and redo along the way, then undo it
    all: the library is as it was, and the window never lost its footing."""
    window = make_window(newsroom)
    before = snapshot(newsroom)
    speakers = [s.id for s in newsroom.speakers()]
    quotes = [q.id for q in newsroom.iter_quotes()]
    for n in range(corrections):
        quote = newsroom.quote(quotes[(n * 7) % len(quotes)])
        if n % 4 == 0:
            window.hide_quote(quote.id, not quote.hidden)
        elif n % 4 == 1:
            window.tag_quote(quote.id, f"tag {n % 5}")
        elif n % 4 == 2:
            window.star_quote(quote.id, not quote.starred)
        else:  # to someone else: a quote given to its own speaker changes nothing, undoes nothing
            others = [s for s in speakers if s != quote.speaker_id]
            window.reassign_quote(quote.id, others[n % len(others)])
        if n % 10 == 9:
            window.undo()
            window.undo()
            window.redo()
    assert window.undo_stack.index() == corrections - corrections // 10
    while window.undo_stack.canUndo():
        window.undo()
    assert snapshot(newsroom) == before
    assert newsroom.integrity_ok()
