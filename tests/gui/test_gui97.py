"""gui97: the status line of a cancelled import with failures read whole at 1280 wide
(the names go to the import report), the status bar keeping its widgets' order
itself; the import and export dialogs open in the folder last used, an export named
for what the list shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTextBrowser

from core.library import Library
from gui.dialogs import ReportDialog
from gui.main_window import MainWindow
from gui.scope import Scope, file_stem
from gui.status_bar import StatusBar
from tests.gui.conftest import activate
from tests.gui.test_corrections import later
from tests.gui.test_landing import drop

SHIFT_CTRL = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def test_a_cancelled_import_with_failures_is_read_whole_at_1280(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    article_folder: Callable[..., Path],
) -> None:
    """Cancelled with two files failed, the line said what was left, the first
    article's title and each failure with why: some 300 characters, cut mid-word at
    1280 wide. Too long for the bar, it names no file: the import report does."""
    window.resize(1280, 800)
    broken = []
    for name in ("campaign-finance-records-export-final.pdf", "debate-transcript-draft.pdf"):
        (path := tmp_path / name).write_bytes(b"\x00\x01 not a pdf at all")
        broken.append(path)
    worker = window.import_paths([*broken, article_folder("batch")])
    assert worker is not None
    worker.signals.progress.connect(
        lambda done, *_: worker.cancel() if done == 6 else None,
        Qt.ConnectionType.DirectConnection,
    )
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message.startswith("Import cancelled, ")
    assert "of 32 not read (importing again skips what came in)" in message
    assert message.endswith("; 2 failed (in the import report)")
    assert isinstance(bar, StatusBar) and bar.fits(message)
    [report] = [d for d in window.findChildren(ReportDialog) if d.isVisible()]
    listed = report.findChild(QTextBrowser).toPlainText()
    assert all(str(path) in listed for path in broken) and "cancelled" in listed


def test_the_same_import_names_its_failures_where_the_window_is_wide(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    window.resize(1920, 1080)
    (broken := tmp_path / "broken.pdf").write_bytes(b"\x00\x01 not a pdf")
    assert window.import_paths([broken]) is not None
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert window.statusBar().currentMessage().startswith("1 failed: broken.pdf (")


def test_what_stays_in_the_status_bar_stands_before_the_counts(qtbot) -> None:  # noqa: ANN001
    """The bar places the counts itself, last; each widget added to stay stands
    before them, in the order added."""
    bar = StatusBar()
    qtbot.addWidget(bar)
    first, second = QLabel("first"), QLabel("second")
    bar.add_beside(first)
    bar.add_beside(second)
    bar.counts.setText("3 articles")
    bar.resize(800, 30)
    bar.show()
    qtbot.waitExposed(bar)
    assert first.x() < second.x() < bar.counts.x()
    assert bar.counts.isVisible()
    bar.showMessage("x" * 400)  # a message the counts would cut hides them
    assert not bar.counts.isVisible() and not bar.fits(bar.currentMessage())


def test_an_export_is_named_for_what_is_listed_in_the_last_export_folder(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every export was offered as "quotes.csv" in the folder On Record was started
    from: a reporter exporting three speakers for one story renamed each file and
    walked to the story's folder each time."""
    offered: list[str] = []
    folder = tmp_path / "story"
    folder.mkdir()

    def save_as(_parent: object, _title: str, suggested: str, *_: object) -> tuple[str, str]:
        offered.append(suggested)
        return str(folder / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "borrell")
    qtbot.waitUntil(lambda: window.speakers.rowCount() == 1)
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.scope.speaker_name == "Josep Borrell")
    export_as("CSV (spreadsheet)\u2026", window)
    assert offered == ["Josep Borrell quotes.csv"]  # no folder yet: the working one
    assert (folder / "Josep Borrell quotes.csv").read_text(encoding="utf-8").count("Borrell")

    qtbot.keyClick(window.speaker_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "Ukraine")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    export_as("Markdown\u2026", window)
    # a search looks through every speaker's quotes: so does the file
    assert offered[1] == str(folder / "quotes matching Ukraine.md")
    assert window.statusBar().currentMessage().startswith("Exported ")


def export_as(name: str, window: MainWindow) -> None:
    """File → Export listed quotes → ``name``, as a click on the menu item."""
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    [export] = [a.menu() for a in menu.actions() if a.text() == "Export listed quotes"]
    [item] = [a for a in export.actions() if a.text() == name]
    item.trigger()


def test_the_import_dialog_opens_where_the_last_import_came_from(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = article_folder("downloads", count=2)
    opened: list[str] = []

    def open_files(_parent: object, _title: str, where: str, *_: object) -> tuple[list, str]:
        opened.append(where)
        return [str(folder / "00.txt")], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_files)
    activate(qtbot, window)
    for _ in range(2):
        qtbot.keyClick(window.quote_view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert opened == ["", str(folder)]


def test_an_export_file_name_holds_no_character_a_file_system_refuses() -> None:
    article = Scope(article_id=3, article_title='Trump: "We will win" / Iowa?')
    assert file_stem(article, "") == "quotes in Trump We will win Iowa"
    assert file_stem(Scope(), "  border   wall ") == "quotes matching border wall"
    assert file_stem(Scope(speaker_id=1, speaker_name="A. N. Other Jr."), "") == (
        "A. N. Other Jr. quotes"
    )


def test_down_at_once_after_typing_goes_to_the_speakers_typed(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """The speaker list waits for a pause in the typing; "person7" typed and Down, Enter
    pressed within it selected the first speaker of the whole list."""
    window = make_window(newsroom)
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "person7 ")
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)  # no pause: as a quick typist
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_Return)
    assert window.current_speaker().name == "Person7 Surname7"
    assert window.quote_title.text().startswith("<b>Quotes by Person7 Surname7</b>")


def test_enter_at_once_after_a_search_lists_what_it_found(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "Ukraine")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.quotes.query.search == "Ukraine"
    assert "Ukraine" in window.current_quote().text


def two_voices(n: int) -> str:
    return (
        f"Bridge vote {n}\n\n\u201cThe bridge {n} opens in May,\u201d Jane Roe said.\n\n"
        f"\u201cIt costs far too much,\u201d said Tom Poe, a farmer.\n"
    )


def test_a_reporter_on_deadline_end_to_end(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    article_folder: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Drop 30 articles, find a speaker by typing, read the quote highlighted in its
    article, give it to someone else, cite it, undo, export: every step by keys."""
    window.resize(1280, 800)
    drop(window, qtbot, [article_folder("council", story=two_voices)])
    assert window.statusBar().currentMessage().startswith("Imported 30 articles")

    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "jane")
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_Tab)  # on to her quotes
    assert QApplication.focusWidget() is window.quote_view
    quote = window.current_quote()
    assert quote is not None and quote.speaker_name == "Jane Roe"
    start, end = window.article.highlight_span()
    assert window.article.text.toPlainText()[start:end] in f"\u201c{quote.text}\u201d"

    later(QApplication.activeModalWidget, lambda d: qtbot.keyClicks(d.name, "Tom Poe\r"))
    qtbot.keyClick(window.quote_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.library.quote(quote.id).speaker_name == "Tom Poe"
    assert "attributed to Tom Poe (was Jane Roe)" in window.statusBar().currentMessage()

    following = window.current_quote()  # hers no more: the list moved on to her next
    assert following is not None and following.id != quote.id

    activate(qtbot, window)  # back from the dialog (offscreen Qt does not return it)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    cited = QApplication.clipboard().text()
    assert following.text.rstrip(",") in cited and "\u2014 Jane Roe" in cited
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.quote(quote.id).speaker_name == "Jane Roe"

    target = tmp_path / "out"
    target.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda _p, _t, named, *_: (str(target / named), "")
    )
    export_as("CSV (spreadsheet)\u2026", window)
    written = (target / "Jane Roe quotes.csv").read_text(encoding="utf-8")
    assert written.count("Jane Roe") >= 30


def quote_in_view(window: MainWindow) -> bool:
    """The selected quote's first line is in the article pane's view."""
    text = window.article.text
    start, _ = window.article.highlight_span()
    cursor = QTextCursor(text.document())
    cursor.setPosition(text.offsets.to_qt(start))
    return text.viewport().rect().contains(text.cursorRect(cursor))


def test_the_quote_read_stays_in_view_when_the_versions_panel_opens(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """A quote near the foot of the pane went out of view under the Versions panel
    opened below, or "Why this speaker?" shown above it."""
    window = make_window(newsroom)
    window.resize(1280, 800)
    story = next(a for a in newsroom.article_list() if a.title == "Story 0")  # the longest
    window.show_article_quotes(story.id)
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_End)  # its last quote: near the foot
    qtbot.waitUntil(lambda: quote_in_view(window))
    text = window.article.text
    assert text.verticalScrollBar().value() > 0  # scrolled down to it
    qtbot.keyClick(window.quote_view, Qt.Key.Key_O, SHIFT_CTRL)  # View → Versions
    qtbot.waitUntil(lambda: window.variants.isVisible())
    QApplication.processEvents()
    assert quote_in_view(window)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_E, SHIFT_CTRL)  # Why this speaker?
    qtbot.waitUntil(lambda: window.why.banner.isVisible())
    QApplication.processEvents()
    assert quote_in_view(window)

    text.verticalScrollBar().setValue(0)  # scrolled away to read the top: left there
    qtbot.keyClick(window.quote_view, Qt.Key.Key_O, SHIFT_CTRL)
    qtbot.waitUntil(lambda: not window.variants.isVisible())
    QApplication.processEvents()
    assert text.verticalScrollBar().value() == 0
