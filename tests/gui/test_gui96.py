"""A reporter on deadline walks the window again (gui96): each test here failed before
its mend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.extract import extract
from core.library import Library
from gui.main_window import MainWindow
from tests.gui.conftest import activate
from tests.gui.test_corrections import select_first_quote, select_speaker
from tests.gui.test_duplicates import TEXTS as DUPLICATE_TEXTS

CTRL = Qt.KeyboardModifier.ControlModifier
CLICK = "Click a point"


def test_a_timeline_with_no_room_for_its_plot_asks_for_no_click(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """In a window too short for the plot, the line above "Make the window taller to
    see the timeline." still said "Click a point to open the quote.": a point nowhere to
    be seen. The sentence comes back with the plot."""
    window.resize(1024, 450)
    activate(qtbot, window)
    select_speaker(window, "Josep Borrell")
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.no_room.isVisible())
    assert timeline.summary.text().startswith("11 quotes and 8 reported statements, on ")
    assert CLICK not in timeline.summary.text()

    window.resize(1024, 750)
    qtbot.waitUntil(lambda: timeline.plot is not None and timeline.plot.isVisible())
    assert CLICK in timeline.summary.text()
    QApplication.processEvents()
    assert window.height() == 750  # the sentence back did not make it grow


def test_an_undo_sentence_too_long_beside_the_counts_reads_whole(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """At 1024 wide the undo of a reattribution read "… (not Josep " under the
    library's counts: the counts give way while the sentence lasts, and come back."""
    window.resize(1024, 768)
    quote_id = select_first_quote(window, "Robert Brieger")
    window.reassign_quote(quote_id, window.library.find_speaker("Josep Borrell"))
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, CTRL)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message.endswith("(not Josep Borrell). Ctrl+Shift+Z redoes it")
    assert not window.counts_label.isVisible()
    assert bar.fontMetrics().horizontalAdvance(message) < bar.width() - 32

    bar.clearMessage()  # as its time runs out
    assert window.counts_label.isVisible()
    window.resize(1400, 768)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert bar.currentMessage().startswith("Redone:")
    assert window.counts_label.isVisible()  # room for both: the counts stay


def test_copying_the_listed_citations_says_what_was_paraphrased(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Nathalie Loiseau's five quotes and one reported statement were copied as "6
    listed quotes": the statement goes as a paraphrase, and the message says so."""
    select_speaker(window, "Nathalie Loiseau")
    assert window.quotes.rowCount() == 6
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == (
        "APA citations copied: 5 quotes and 1 reported statement (that one paraphrased), as listed"
    )
    assert QApplication.clipboard().text().startswith("According to Nathalie Loiseau")


def test_a_cancelled_import_says_how_much_it_left_unread(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
) -> None:
    """Cancelling a 30-file import in its progress said "Import cancelled. Imported 6
    articles": nothing of the 24 files left, nor that importing the folder again is
    safe."""
    worker = window.import_paths([article_folder("folder")])
    assert worker is not None
    # in the worker's thread, as the progress dialog's Cancel would: a key pressed in the
    # window's thread may come after a quick worker has read all 30
    worker.signals.progress.connect(
        lambda done, *_: worker.cancel() if done == 5 else None,
        Qt.ConnectionType.DirectConnection,
    )
    with qtbot.waitSignal(worker.signals.finished, timeout=60_000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled and report.given == 30
    left = 30 - len(report.imported)
    assert 0 < left < 30 and report.unread == left
    qtbot.waitUntil(lambda: window.worker is None)
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            f"Import cancelled, {left} of 30 not read (importing again skips what came in). "
            f"Imported {len(report.imported)} articles"
        )
    )


def test_alt_q_opens_the_quote_menu_at_the_first_press(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The Quotes tab and the Quote menu both answered to Alt+Q: Qt took turns, so the
    first press went to the tab (nothing seen while it was open) and only the second
    opened the menu. The tab answers to Alt+U."""
    window.select_first()
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu.title() == "&Quote"
    menu.hide()

    window.tabs.setCurrentWidget(window.sources)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.stack


def test_the_file_menu_says_what_export_writes_and_how_to_quit(window: MainWindow) -> None:
    """File → Export offered "CSV", "JSON", "MD": nothing said that it writes the quotes
    listed (not the library), nor that each asks where (no "…"); Quit showed no key
    where the desktop names none (offscreen, Windows)."""
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    export = next(a for a in file_menu.actions() if a.menu() is not None)
    assert export.text() == "Export listed quotes"
    assert [a.text() for a in export.menu().actions()] == [
        "CSV (spreadsheet)\u2026",
        "JSON\u2026",
        "Markdown\u2026",
    ]
    quit_action = file_menu.actions()[texts.index("Quit")]
    assert not quit_action.shortcut().isEmpty()


def test_ctrl_z_in_the_duplicates_view_undoes_its_decision(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """The duplicates view's title says "Ctrl+Z undoes", and the status bar after R says
    "Ctrl+Z undoes it"; but Ctrl+Z pressed in the view (a window of its own) did
    nothing: the window's Undo answered only in the window. So in the corrections log."""
    for text in DUPLICATE_TEXTS:
        library.add_article(extract(text))
    window = make_window(library)
    activate(qtbot, window)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    view = window.duplicates
    assert view is not None and view.isVisible() and view.model.total == 2
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R)  # different people
    assert view.model.total == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert view.model.total == 2
    assert window.statusBar().currentMessage().startswith("Undone: Different people")
    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert view.model.total == 1

    log = window.show_corrections()  # where a reporter reviews them: the same keys
    log.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is log)
    qtbot.keyClick(log, Qt.Key.Key_Z, CTRL)
    assert view.model.total == 2
