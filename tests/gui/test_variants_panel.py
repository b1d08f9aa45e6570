"""Issue 18 in the window: "3 other versions" on a quote, the Versions panel with its
changed words marked, Ctrl+C for the earliest citation, split and join with undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from core.document import Metadata
from core.ingest import analyse
from core.library import Library
from gui.article_view import VERSIONS_LINK
from gui.main_window import MainWindow
from gui.variants_panel import MISQUOTE, QUOTE_COLUMN, JoinDialog

SAID = "The new tramline will open in May and it will carry forty thousand riders a day."
ARTICLES = [  # outlet, date, text
    ("Gazette", "2024-05-01", f"Mayor Ines Ruiz said on Monday: \u201c{SAID}\u201d"),
    ("Herald", "2024-05-02", f"Mayor Ines Ruiz said: \u201c{SAID}\u201d"),
    (
        "Courier",
        "2024-05-03",
        f"Mayor Ines Ruiz said: \u201c{SAID.replace('forty', 'fifty')}\u201d",
    ),
    ("Post", "2024-05-04", f"Councillor Tom Beck said: \u201c{SAID}\u201d"),
    (
        "Echo",
        "2024-05-05",
        "Tom Beck said: \u201cThe depot will be finished before winter comes.\u201d",
    ),
]


def stored(library: Library) -> dict[str, int]:
    ids = {}
    for outlet, date, text in ARTICLES:
        article = library.add_article(analyse(text, Metadata(outlet=outlet, published=date)))
        ids[outlet] = library.article_quotes(article.article_id)[0].id
    return ids


def test_versions_panel(
    library: Library, make_window: Callable[[Library], MainWindow], qtbot
) -> None:  # noqa: ANN001
    ids = stored(library)
    window = make_window(library)
    window.select_quote(ids["Courier"])
    row = window.quotes.row_of_id(ids["Courier"])
    assert window.quotes.index(row, 5).data() == "3 other versions"
    assert "3 other versions" in window.article.header.text()

    panel = window.variants
    assert not panel.isVisible()
    window.article.header.linkActivated.emit(VERSIONS_LINK)
    qtbot.waitUntil(panel.isVisible)
    model = panel.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [
        "Gazette", "Herald", "Courier", "Post"
    ]  # fmt: skip
    assert model.index(0, 0).data() == "2024-05-01 (first)"
    courier = model.index(2, QUOTE_COLUMN).data()
    assert MISQUOTE in courier and "line-through'>forty<" in courier and ">fifty<" in courier
    assert MISQUOTE not in model.index(3, QUOTE_COLUMN).data()
    assert "also attributed to: Tom Beck" in panel.summary.text()

    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "forty thousand" in copied and "Ruiz" in copied  # the earliest version's citation

    rect = panel.view.visualRect(model.index(3, 1))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(panel.split_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 3 and window.quotes.index(row, 5).data() == "2 other versions"
    window.undo_stack.undo()
    assert model.rowCount() == 4

    panel.view.doubleClicked.emit(model.index(3, 0))
    assert window.current_quote_id() == ids["Post"]


def test_joining_a_quote_from_the_panel(
    library: Library, make_window: Callable[[Library], MainWindow], qtbot
) -> None:  # noqa: ANN001
    ids = stored(library)
    window = make_window(library)
    window.select_quote(ids["Echo"])
    window.variants.show()
    assert window.variants.model.rowCount() == 0

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, JoinDialog):
            QTimer.singleShot(20, pick)
            return
        dialog.search.setText("tramline")
        texts = [dialog.results.item(n).text() for n in range(dialog.results.count())]
        dialog.results.setCurrentRow(next(n for n, t in enumerate(texts) if "Gazette" in t))
        dialog.accept()

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(window.variants.join_button, Qt.MouseButton.LeftButton)
    assert window.variants.model.rowCount() == 5
    window.undo_stack.undo()
    assert window.variants.model.rowCount() == 0
    assert len(library.versions(ids["Gazette"])) == 4
