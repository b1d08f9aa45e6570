"""A reporter's pass over the window (session 55): each flow walked as a reporter on
deadline walks it, on the demo; each test here failed before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from tests.gui.conftest import activate
from tests.gui.test_deadline_pass import typed_search
from tests.gui.test_why_speaker import show_quote

WHY = (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def explained(window: MainWindow, qtbot, fragment: str) -> None:  # noqa: ANN001
    """Borrell's quote starting with ``fragment`` read, and "Why this speaker?" asked."""
    show_quote(window, fragment)
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, *WHY)
    assert window.why.banner.isVisible()


def test_a_search_that_empties_the_list_takes_the_explanation_away(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The "Why this speaker?" line had stayed over the empty reading pane ("No quote to
    show.") after a search found nothing: an explanation of no quote."""
    explained(window, qtbot, "But the needs are enormous")
    typed_search(window, qtbot, "zebrafish")
    assert window.quotes.rowCount() == 0
    assert window.article.article is None
    assert not window.why.banner.isVisible()
    assert window.why.shown() == {}


def test_a_timeline_point_outside_the_list_takes_the_explanation_away(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """A point of the timeline opens a quote the list leaves out (here: a search's)
    without selecting a row; the explanation of the quote read before had stayed above
    it, and its marks were gone."""
    typed_search(window, qtbot, "enormous")
    explained(window, qtbot, "But the needs are enormous")
    other = next(
        q.id
        for q in window.library.quotes(speaker_id=window.library.find_speaker("Josep Borrell"))
        if q.text.startswith("more value added")
    )
    assert window.quotes.row_of_id(other) is None
    window.open_quote(other)
    assert window.article.selected is not None and window.article.selected.id == other
    assert not window.why.banner.isVisible()
