"""A reporter's own files dropped into the window (session 54): saved pages of four CMSs,
two PDFs, old Windows text, an archive's file name and two broken downloads, imported
as one folder; Ctrl+C then copies what the citation needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui.main_window import MainWindow
from tests.gui.conftest import activate

INPUTS = Path(__file__).parents[1] / "data" / "reporter_inputs"


def _cite(window: MainWindow, qtbot, title: str) -> str:  # noqa: ANN001
    """The APA citation Ctrl+C copies for the first quote of the article ``title``."""
    lib = window.library
    [article_id] = [a for a in lib.article_ids() if lib.article(a).title == title]
    window.show_article_quotes(article_id)
    window.style.setCurrentIndex(window.style.findData("apa"))
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QGuiApplication.clipboard().text()


def test_a_reporters_folder_imports_and_cites(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.resize(1920, 1080)  # room for the status line to name each failure (gui97)
    worker = window.import_paths([INPUTS])
    assert worker is not None
    with qtbot.waitSignal(worker.signals.finished, timeout=120_000) as blocker:
        pass
    report = blocker.args[0]
    # the two PDFs lay out one article: once re-flowed, the second is a duplicate
    assert len(report.imported) == 8
    assert [Path(path).name for path in report.duplicates] == ["canal-road-bridge_two-column.pdf"]
    status = window.statusBar().currentMessage()
    assert "2 failed: broken-download.pdf (corrupt PDF: the file stops short" in status
    assert "saved-page-image.html (binary file, not HTML: it holds a JPEG image)" in status

    lighthouse = _cite(window, qtbot, "Lighthouse keepers return to Skerry Rock")
    assert lighthouse.endswith(
        "MacAulay, F. (2021, November 23). Lighthouse keepers return to Skerry Rock. National News."
    )
    flood = _cite(window, qtbot, "Flood relief arrives in river towns")
    assert flood.endswith("Flood relief arrives in river towns. (2016, August 24). USA Today.")
    lib = window.library
    pdfs = [lib.article(a).title for a in lib.article_ids() if lib.article(a).format == "pdf"]
    assert pdfs == ["Bridge inspectors find cracks in Canal Road span"]
