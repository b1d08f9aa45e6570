""" "Why this speaker?" in the window: the cue, the mention and what it refers to, marked
in the article with a one-line reason; the view is put back on the next quote."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMenu

from gui.main_window import MainWindow


def show_quote(window: MainWindow, fragment: str) -> int:
    """Select Borrell's quote starting with ``fragment``, as a click in the list would."""
    borrell = window.library.find_speaker("Josep Borrell")
    quote = next(
        q for q in window.library.quotes(speaker_id=borrell) if q.text.startswith(fragment)
    )
    window.select_quote(quote.id)
    assert window.current_quote_id() == quote.id
    return quote.id


def test_shortcut_marks_cue_mention_and_antecedent(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    show_quote(window, "But the needs are enormous")
    window.quote_view.setFocus()
    qtbot.keyClick(
        window.quote_view,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    text = window.article.text.toPlainText()
    shown = {part: [text[a:b] for a, b in spans] for part, spans in window.why.shown().items()}
    assert shown["cue"] == ["added"]
    assert shown["mention"] == ["he"]
    assert shown["refers_to"] == ["Josep Borrell"]
    banner = window.why.banner
    assert banner.isVisible()
    assert "Josep Borrell" in banner.text() and "\u201che\u201d" in banner.text()
    assert "decided by" in banner.text()
    assert window.article.highlight_span() is not None  # the quote stays highlighted

    show_quote(window, "more value added")
    assert not banner.isVisible()
    assert window.why.shown() == {}


def test_context_menu_offers_it_and_a_reassignment_is_told(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    quote_id = show_quote(window, "more value added")
    offered: list[str] = []
    qtbot.waitUntil(lambda: window.current_quote() is not None)

    def read_menu() -> None:
        menu = next(w for w in window.findChildren(QMenu) if w.isVisible())
        offered.extend(a.text() for a in menu.actions())
        menu.close()

    QTimer.singleShot(50, read_menu)
    window._quote_menu(window.quote_view.visualRect(window.quote_view.currentIndex()).center())
    assert "Why this speaker?" in offered

    pevkur = window.library.find_speaker("Danno Pevkur")
    window.reassign_quote(quote_id, pevkur)
    window.select_quote(quote_id)
    line = window.why.explain(quote_id)
    assert line is not None and line.startswith("A reporter attributed it to Danno Pevkur.")
    assert "Josep Borrell" in line  # what the machine had said, and why


def test_it_is_offered_only_for_a_selected_quote(window: MainWindow) -> None:
    """With no quote selected the action is greyed out, as the quote's other actions are:
    it had stayed enabled and did nothing."""
    show_quote(window, "more value added")
    assert window.why_action.isEnabled()
    window.quote_view.setCurrentIndex(window.quote_view.model().index(-1, -1))
    assert window.current_quote() is None
    assert not window.why_action.isEnabled()
