"""gui97b: an import lists articles and speakers as they are stored, its progress and
Cancel in the status bar while the reporter keeps reading; the empty Versions panel
folds to its heading."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.library import Library
from gui import workers
from gui.app import FIRST_RUN
from gui.main_window import MainWindow
from gui.status_bar import Progress
from gui.workers import ImportWorker
from tests.gui.conftest import activate
from tests.gui.test_corrections import later
from tests.gui.test_landing import drop_event
from tests.gui.test_variants_panel import stored

SHIFT_CTRL = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def held(monkeypatch: pytest.MonkeyPatch, after: int = 1) -> threading.Event:
    """Imports started from now on wait, in their worker's thread, after storing
    ``after`` articles until the event returned is set (30 s at most): the test acts
    while the import runs on any machine, without waiting seconds for it. (Before, each
    of 30 articles took 0.12 s longer: 3.6 s a test.)"""
    go = threading.Event()
    ingest = workers.ingest

    def waiting(paths: list[Path], library: Library, **given: Any) -> Any:
        step = given["on_progress"]

        def progress(done: int, total: int, source: str) -> None:
            step(done, total, source)
            if done == after:
                go.wait(30)

        return ingest(paths, library, **{**given, "on_progress": progress})

    monkeypatch.setattr(workers, "ingest", waiting)
    return go


def dropped(window: MainWindow, folder: Path) -> ImportWorker:
    """Drop ``folder`` on the window as from a file manager; the import it started."""
    event, _mime = drop_event([folder])
    window.dropEvent(event)
    assert isinstance(window.worker, ImportWorker)
    return window.worker


def test_an_import_lists_articles_as_they_come_keeping_the_quote_read(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 30-article import showed nothing but its progress dialog for its 20 s, and the
    dialog held the window. Now the lists gain rows as articles are stored, while the
    quote the reporter reads stays selected, the article where scrolled, and the quote
    list's top row the quote that was there: the new articles' quotes come above it
    (newest first), and keeping the scroll bar's value had shown other rows, or, with
    only a few new, scrolled to the quote read, off the screen above. (The import
    waits after 2 articles: few rows, the case that scrolled.)"""
    window.resize(1280, 800)
    activate(qtbot, window)
    window.quote_view.setFocus()
    for _ in range(6):
        qtbot.keyClick(window.quote_view, Qt.Key.Key_Down)
    reading = window.current_quote_id()
    qtbot.wait(100)  # the article's heading laid out (it wraps)
    listed, text = window.quote_view.verticalScrollBar(), window.article.text.verticalScrollBar()
    text.setValue(text.maximum() // 2)
    listed.setValue(listed.maximum() // 2)
    where = top_quote(window), text.value()
    before, speakers = window.quotes.total, window.speakers.total
    go = held(monkeypatch, after=2)
    worker = dropped(window, article_folder("batch", count=12))
    progress = window.findChild(Progress)
    qtbot.waitUntil(lambda: window.quotes.total > before, timeout=30_000)
    assert window.worker is worker and progress.isVisible()  # listed before it ended
    assert window.speakers.total == speakers + 1  # Jane Roe
    assert window.current_quote_id() == reading
    assert (top_quote(window), text.value()) == where
    assert listed.value() > window.quotes.total - before  # not scrolled back to the top
    assert window.quote_view.hasFocus()  # the keys still move through the list
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Down)
    assert window.current_quote_id() != reading
    reading = window.current_quote_id()
    go.set()
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert window.quotes.total == before + 12 and not progress.isVisible()
    assert window.current_quote_id() == reading  # moved on meanwhile: not taken away
    assert window.statusBar().currentMessage() == "Imported 12 articles"


def top_quote(window: MainWindow) -> int:
    """The id of the quote at the top of the quote list's view."""
    view = window.quote_view
    return window.quotes.row(view.indexAt(view.viewport().rect().topLeft()).row()).id


def test_the_versions_panel_folds_to_its_heading_when_there_are_none(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """Opened on a quote with no other versions, the panel took a third of the window's
    height for an empty table. It folds to its heading line (why, and Join) and the
    panes above take the room; a quote with versions opens it again."""
    ids = stored(library)
    window = make_window(library)
    window.resize(1280, 800)
    window.select_quote(ids["Echo"])  # the depot: said once
    activate(qtbot, window)
    window.quote_view.setFocus()
    panel, panes = window.variants, window.splitter
    tall = panes.height()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_O, SHIFT_CTRL)
    qtbot.waitUntil(panel.isVisible)
    qtbot.waitUntil(lambda: panel.height() < 90)
    assert panel.view.isHidden() and panel.join_button.isVisible()
    assert "No other versions" in panel.summary.text()
    assert panes.height() > tall - 110  # the panes keep their room
    window.select_quote(ids["Courier"])  # three other versions
    qtbot.waitUntil(lambda: panel.view.isVisible() and panel.height() > 200)
    assert panel.model.rowCount() == 4 and panel.split_button.isVisible()
    window.select_quote(ids["Echo"])
    qtbot.waitUntil(lambda: panel.height() < 90)


def test_a_correction_made_while_an_import_runs_is_kept(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window is free during an import, so the reporter may correct: the worker
    stores each article in a short transaction of its own, and the correction waits
    its turn (never lost, never half written); undo works as ever."""
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Down)
    quote = window.current_quote()
    assert quote is not None
    go = held(monkeypatch)
    worker = dropped(window, article_folder("batch", count=6))
    later(QApplication.activeModalWidget, lambda d: qtbot.keyClicks(d.name, "Tom Poe\r"))
    qtbot.keyClick(window.quote_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.worker is worker  # made while the import ran
    assert window.library.quote(quote.id).speaker_name == "Tom Poe"
    go.set()
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert window.library.quote(quote.id).speaker_name == "Tom Poe"
    assert window.library.counts().articles >= 6
    activate(qtbot, window)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.quote(quote.id).speaker_name == quote.speaker_name


def test_cancel_in_the_status_bar_stops_the_import(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The progress and its Cancel stand in the status bar, before the counts; a click
    on Cancel stops the import after the article being stored, and the outcome's line
    (what was left unread) has the bar again."""
    window.resize(1280, 800)
    window.statusBar().showMessage(FIRST_RUN, 60_000)
    go = held(monkeypatch)
    dropped(window, article_folder("batch", count=6))
    progress = window.findChild(Progress)
    assert progress.isVisible() and progress.cancel.isEnabled()
    assert window.statusBar().currentMessage() == ""  # the demo's tip gone, not cut beside it
    qtbot.waitUntil(lambda: progress.label.text().startswith("Importing "), timeout=30_000)
    assert " of 6" in progress.label.text()
    qtbot.mouseClick(progress.cancel, Qt.MouseButton.LeftButton)
    go.set()  # the article after the first is never stored
    qtbot.waitUntil(lambda: window.worker is None, timeout=30_000)
    assert not progress.isVisible()
    message = window.statusBar().currentMessage()
    assert message.startswith("Import cancelled, ") and "5 of 6 not read" in message
