"""A reporter's pass on deadline (twenty-sixth session, helper gui29): a name cut short is not
made a new speaker by one Enter, the timeline is whole in an 800x600 window, Ctrl+Z
after a restart says why there is nothing to undo and Edit \u2192 Corrections made lists
the earlier corrections to open and change (and the empty duplicates view says what is
true)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from test_landing import speaker_box_typed

from core.library import Library
from gui.corrections import NOTHING_TO_UNDO
from gui.dialogs import SpeakerChooser
from gui.main_window import MainWindow
from tests.gui.conftest import activate


def test_a_name_cut_short_asks_before_it_makes_a_new_speaker(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    dialog = speaker_box_typed(window, qtbot, "Josep Borr")  # the first letters, then Enter
    popup = dialog.name.completer().popup()
    qtbot.keyClick(popup if popup.isVisible() else dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible(), "one Enter made “Josep Borr” a speaker"
    assert dialog.note.isVisible()
    assert "“Josep Borr” is not in the library; 1 speaker has a name like it" in (
        dialog.note.text()
    )
    qtbot.waitUntil(popup.isVisible)  # the name it is like, for Down to reach
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.name.text() == "Josep Borrell"

    again = SpeakerChooser(window.library, "Attribute to", window)  # Enter twice: a new one
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.name.setText("Josep Borr")
    qtbot.keyClick(again.name, Qt.Key.Key_Return)  # the box's and OK's Enter, as one
    assert again.isVisible()
    QApplication.processEvents()
    assert again.note.height() >= again.note.heightForWidth(again.note.width())  # whole
    qtbot.keyClick(again.name, Qt.Key.Key_Return)
    assert again.result() == QDialog.DialogCode.Accepted

    new = SpeakerChooser(window.library, "Attribute to", window)  # like no one: one Enter
    qtbot.addWidget(new)
    new.show()
    new.name.setText("Ann Fox")
    new.name.returnPressed.emit()
    assert new.result() == QDialog.DialogCode.Accepted and not new.note.isVisible()


def test_the_timeline_is_whole_in_an_800_by_600_window(
    narrow_on_a_person: MainWindow,
) -> None:
    window = narrow_on_a_person
    timeline = window.timeline
    assert timeline.plot is not None and timeline.plot.isVisible()
    plot = timeline.plot.geometry()
    assert plot.height() >= timeline.plot.minimumHeight()
    assert plot.bottom() < timeline.height(), "the time axis is cut off"
    splitter = window.left_splitter
    assert timeline.geometry().bottom() < splitter.height()
    heading = timeline.heading
    assert heading.height() < 2 * heading.fontMetrics().height()  # "Over time" on one line
    assert window.speaker_view.height() >= 3 * 24  # the list, shorter, still reads


def test_ctrl_z_with_nothing_to_undo_says_why(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    [edit] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    undo = edit.actions()[0]
    assert undo.text() == NOTHING_TO_UNDO and not undo.isEnabled()
    activate(qtbot, window)
    window.select_first()
    window.quote_view.setFocus()
    ctrl_z = (window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(*ctrl_z)
    said = window.statusBar().currentMessage()
    assert said.startswith("Nothing to undo since On Record opened. Earlier corrections are kept")
    quote_id = window.current_quote_id()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Delete)  # a correction: Undo names it
    assert undo.isEnabled() and undo.text().startswith("Undo Mark as not")
    qtbot.keyClick(*ctrl_z)
    assert not window.library.quote(quote_id).hidden
    assert undo.text() == NOTHING_TO_UNDO
    qtbot.keyClick(*ctrl_z)
    assert window.statusBar().currentMessage().startswith("Nothing left to undo.")

    duplicates = window.show_duplicates()  # the demo has none: it says so, truly
    assert "no two speakers are left that the library could not tell apart" in (
        duplicates.title.text()
    )
    assert "Split off" in duplicates.title.text()


def test_a_correction_from_before_a_restart_is_found_in_corrections_made(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    first = make_window(library)
    activate(qtbot, first)
    first.select_first()
    first.speech.setCurrentIndex(first.speech.findText("Quotes"))
    quote = first.current_quote()
    assert quote is not None
    qtbot.keyClick(first.quote_view, Qt.Key.Key_Delete)  # not a quote
    assert library.quote(quote.id).hidden
    first.close()

    window = make_window(library)  # the next morning
    activate(qtbot, window)
    window.select_first()
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Corrections made (Ctrl+Shift+H)" in window.statusBar().currentMessage()
    assert window.library.quote(quote.id).hidden  # nothing undone
    qtbot.keyClick(
        window.quote_view,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    log = window.corrections_log
    assert log is not None and log.isVisible()
    assert log.table.rowCount() == 1
    assert log.table.item(0, 1).text().endswith("marked not a quote")
    assert log.table.item(0, 2).text() == "EU training mission"
    qtbot.keyClick(log.table, Qt.Key.Key_Return)  # open it, to restore it
    assert window.show_hidden.isChecked() and window.current_quote_id() == quote.id
    assert window.statusBar().currentMessage().startswith("Opened: ")
    activate(qtbot, window)
    window.hide_quote(quote.id, False)  # Restore, as the Quote menu does
    assert [log.table.item(r, 1).text().endswith("restored") for r in range(2)] == [True, False]
