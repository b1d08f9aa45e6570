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


def test_clearing_a_filter_selects_again_the_speaker_whose_quotes_are_listed(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Borrell's quotes listed, "Nath" typed to look for Nathalie Loiseau, then cleared:
    Borrell's quotes stayed listed with no speaker selected in the list, so the arrow
    keys started from the top and his row was not marked."""
    borrell = window.library.find_speaker("Josep Borrell")
    window.select_speaker(borrell)
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "Nath")
    qtbot.waitUntil(lambda: window.speakers.rowCount() == 1)
    assert window.quote_title.text().startswith("<b>Quotes and reported speech by Josep Borrell")
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.speakers.rowCount() > 1)
    assert window.current_speaker_id() == borrell
    assert window.quote_title.text().startswith("<b>Quotes and reported speech by Josep Borrell")


def test_the_speaker_panel_is_never_cut_through_a_line(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """At 800 by 500 the panel under the speaker list showed Borrell's role history cut
    through its last line: the list above gives up its rows first."""
    window.resize(800, 500)
    window.select_speaker(window.library.find_speaker("Josep Borrell"))
    panel = window.speaker_panel
    qtbot.waitUntil(lambda: panel.height() >= panel.heightForWidth(panel.width()))
    assert window.speaker_view.height() >= window.speaker_view.minimumSizeHint().height()
