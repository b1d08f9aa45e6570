"""What a reporter notices next (session 56): each test here failed before its mend."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolBar, QToolTip
from test_corrections import select_first_quote

from gui.main_window import MainWindow
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_undo_and_redo_say_which_quote_and_which_speakers(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Ctrl+Z had said only "Undone: Attribute quote to Josep Borrell": no quote, and not
    who has it now. Undo names the quote and the speaker it went back to; redo says again
    what the correction was."""
    quote_id = select_first_quote(window, "Robert Brieger")
    opening = window.statusBar
    borrell = window.library.find_speaker("Josep Borrell")
    assert borrell is not None
    window.reassign_quote(quote_id, borrell)
    start = opening().currentMessage().split(" \u2014 ")[0]
    assert start.startswith("\u201c")

    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, CTRL)
    assert window.library.quote(quote_id).speaker_name == "Robert Brieger"
    assert opening().currentMessage() == (
        f"Undone: {start} \u2014 attributed to Robert Brieger again (not Josep Borrell). "
        "Ctrl+Shift+Z redoes it"
    )
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.library.quote(quote_id).speaker_name == "Josep Borrell"
    assert opening().currentMessage() == (
        f"Redone: {start} \u2014 attributed to Josep Borrell (was Robert Brieger). Ctrl+Z undoes it"
    )


def test_undoing_a_star_says_it_is_no_longer_starred(window: MainWindow) -> None:
    """ "Undone: … — starred" read as though the star were still there."""
    quote_id = select_first_quote(window, "Josep Borrell")
    window.star_quote(quote_id, True)
    window.undo()
    assert not window.library.quote(quote_id).starred
    assert "\u2014 no longer starred. Ctrl+Shift+Z redoes it" in window.statusBar().currentMessage()


def test_picking_a_speaker_in_a_short_window_keeps_its_height(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The timeline's plot needs 150 px: picking a speaker in a window 450 px tall made
    the window 545 px tall (past a small screen's edge). The window keeps its height and
    says how to see the plot, which comes back when the window is made taller."""
    window.resize(1024, 450)
    activate(qtbot, window)
    view = window.speaker_view
    row = next(
        r for r in range(window.speakers.rowCount()) if "Borrell" in window.speakers.row(r).name
    )
    rect = view.visualRect(window.speakers.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    timeline = window.timeline
    qtbot.waitUntil(lambda: timeline.summary.text() != "")
    QApplication.processEvents()
    assert window.height() == 450
    assert timeline.no_room.isVisible() and "taller" in timeline.no_room.text()
    assert timeline.plot is not None and not timeline.plot.isVisible()

    window.resize(1024, 750)
    qtbot.waitUntil(lambda: timeline.plot.isVisible())
    assert not timeline.no_room.isVisible()
    assert timeline.plot.height() >= timeline.plot.minimumHeight()


def edge_in_highlight(window: MainWindow) -> bool:
    """Whether the speaker list's viewport is edged in the selection colour."""
    view = window.speaker_view
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    left = [image.pixelColor(0, y) for y in range(image.height() // 4, image.height() // 2)]
    return all(colour.rgb() == highlight.rgb() for colour in left)


def test_a_focused_speaker_list_with_no_speaker_chosen_shows_its_focus(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Tab from the filter box into the speaker list chooses no speaker, and Qt marks
    focus only on a current row: nothing showed where the keys would act. The list is
    framed in the selection colour while it has the focus and no row."""
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    assert not edge_in_highlight(window)
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.speaker_view
    assert window.current_speaker_id() is None
    assert edge_in_highlight(window)
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_Down)  # a row chosen: Qt's own mark
    assert not edge_in_highlight(window)
    window.speaker_view.setCurrentIndex(QModelIndex())
    window.quote_view.setFocus()  # focus gone: no frame
    assert not edge_in_highlight(window)


def test_the_listed_quotes_are_cited_at_once(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Ctrl+C cites one quote; a reporter citing a speaker's quotes for a story had to
    copy and paste each. Edit → Copy citations of listed quotes (Ctrl+Shift+A) puts every
    listed one on the clipboard, in the list's order, a blank line apart."""
    select_first_quote(window, "Nathalie Loiseau")
    listed = [window.quotes.row(r) for r in range(window.quotes.rowCount())]
    assert len(listed) > 1
    activate(qtbot, window)
    window.quote_view.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_A, CTRL | SHIFT)
    text = QApplication.clipboard().text()
    assert text.count("Nathalie Loiseau") >= len(listed)
    first_words = [" ".join(q.text.split()[:3]) for q in listed]
    places = [text.find(words) for words in first_words]
    assert -1 not in places and places == sorted(places)  # each one, in the list's order
    assert text.count("\n\n") == len(listed) - 1
    assert window.statusBar().currentMessage() == (
        f"APA citations copied: {len(listed)} quotes, as listed"
    )
    assert "Ctrl+Shift+A" in window.copy_listed_action.shortcut().toString()


def test_the_toolbar_buttons_tell_their_keys_on_hover(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """Hovering Import or Paste article showed only the button's own word: the key for
    it was in the File menu alone."""
    activate(qtbot, window)
    bar = window.findChild(QToolBar, "main-toolbar")
    for action, key in ((window.import_action, "Ctrl+O"), (window.paste_action, "Ctrl+Shift+V")):
        button = bar.widgetForAction(action)
        QToolTip.hideText()
        at = button.rect().center()
        event = QHelpEvent(QEvent.Type.ToolTip, at, button.mapToGlobal(at))
        QApplication.sendEvent(button, event)
        qtbot.waitUntil(QToolTip.isVisible)
        assert QToolTip.text().endswith(f"({key})")
