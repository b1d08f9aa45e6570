"""gui97: the status line of a cancelled import with failures read whole at 1280 wide
(the names go to the import report), the status bar keeping its widgets' order
itself, and the deadline workflow's fixes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser

from gui.dialogs import ReportDialog
from gui.main_window import MainWindow
from gui.status_bar import StatusBar


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
