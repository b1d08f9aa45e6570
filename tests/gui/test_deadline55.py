"""A reporter's pass over the window (session 55): each flow walked as a reporter on
deadline walks it, on the demo; each test here failed before its fix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from gui.app import SCREENSHOT_SIZE
from gui.main_window import MainWindow
from tests.conftest import ScreenshotRun
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


def test_an_unticked_box_shows_in_the_dark_palette(
    window: MainWindow,
    tmp_path: Path,
    gui_screenshot: ScreenshotRun,
) -> None:
    """``onrecord gui --dark``: the boxes of "Starred" and "Hidden" had no visible edge
    (Fusion draws it a shade darker than the window: #1e1e1e round a #1f1f1f box on
    #2b2b2b), so an unticked filter showed as its word alone."""
    shot = tmp_path / "dark.png"
    gui_screenshot(shot, "--dark", "--db", str(tmp_path / "lib.db")).check_returncode()
    image = QImage(str(shot))
    window.resize(*SCREENSHOT_SIZE)  # laid out as the screenshot's window
    window.grab()
    option = QStyleOptionButton()
    option.initFrom(window.starred)
    box = window.starred.style().subElementRect(
        QStyle.SubElement.SE_CheckBoxIndicator, option, window.starred
    )
    box.translate(window.starred.mapTo(window, QPoint(0, 0)))
    dark = image.pixelColor(box.center()).lightness() + 30  # the box's own fill
    edge = [
        (x, y)
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
        if image.pixelColor(x, y).lightness() > dark
    ]
    assert len(edge) >= 2 * box.width()


def test_a_tab_through_the_speaker_list_chooses_no_speaker(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Tab from the filter box into the speaker list, no speaker chosen yet: Qt made the
    first row current, unselected, so Josep Borrell's quotes were listed with his row
    unmarked, and Down then chose the second speaker. Focus now chooses no one; Down
    chooses the first, marked."""
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.speaker_view
    assert window.current_speaker_id() is None
    assert window.quote_title.text().startswith("<b>All quotes and reported speech")
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_Down)
    assert window.current_speaker_id() == window.library.find_speaker("Josep Borrell")
    assert window.speaker_view.selectionModel().isRowSelected(0)


def test_down_from_the_filter_box_marks_the_speaker_it_chooses(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Down from the filter box lists the first speaker's quotes: their row is marked
    as chosen (it was current and unselected, as on a Tab)."""
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)
    assert window.current_speaker_id() == window.library.find_speaker("Josep Borrell")
    assert window.speaker_view.selectionModel().isRowSelected(0)


def test_escape_or_hide_takes_the_explanation_away_and_keeps_the_quote(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The "Why this speaker?" line could be put away only by reading another quote:
    Escape (in the list or the article) and the line's Hide link now take it and its
    marks away, the quote still read and highlighted; Escape then empties a search box
    again."""
    explained(window, qtbot, "But the needs are enormous")
    read = window.current_quote_id()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Escape)
    assert not window.why.banner.isVisible()
    assert window.why.shown() == {}
    assert window.current_quote_id() == read
    assert window.article.highlight_span() is not None

    explained(window, qtbot, "But the needs are enormous")
    assert "href='hide'" in window.why.banner.text()
    window.why.banner.linkActivated.emit("hide")
    assert not window.why.banner.isVisible() and window.why.shown() == {}

    window.search.setFocus()
    qtbot.keyClicks(window.search, "zebra")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
