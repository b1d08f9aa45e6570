"""Issue 7: every correction a reporter makes in the window, through its menu or dialog,
and its undo and redo."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QWidget,
)

from core.document import Analysis, Quote, Span
from core.records import ALL_KINDS
from gui.dialogs import SpeakerChooser, SpeakerEditor
from gui.main_window import MainWindow
from gui.speaker_view import MIME
from tests.gui.conftest import activate


def later(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> None:
    """Once ``find`` returns a widget (a menu or dialog that blocks the test), ``act`` on it."""

    def attempt(tries: int) -> None:
        widget = find()
        if widget is not None:
            act(widget)
        elif tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))
        else:  # never came: unblock the test, whose assertions then fail
            for stuck in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
                if stuck is not None:
                    stuck.close()

    QTimer.singleShot(0, lambda: attempt(250))


def choose_in_menu(text: str, seen: list[str] | None = None) -> None:
    """Pick the action ``text`` from the context menu about to open."""

    def act(menu: QWidget) -> None:
        assert isinstance(menu, QMenu)
        actions = {a.text(): a for a in menu.actions()}
        if seen is not None:
            seen.extend(actions)
        menu.close()
        actions[text].trigger()

    later(QApplication.activePopupWidget, act)


def answer(act: Callable[[QDialog], None]) -> None:
    """Fill in and accept the dialog about to open."""

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        act(dialog)
        dialog.accept()

    later(QApplication.activeModalWidget, fill)


def choose_speaker(name: str) -> None:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, SpeakerChooser)
        dialog.name.setText(name)

    answer(act)


def speaker_names(window: MainWindow) -> list[str]:
    return [r.name for r in window.speakers.loaded()]


def select_speaker(window: MainWindow, name: str) -> int:
    speaker_id = window.library.find_speaker(name)
    assert speaker_id is not None
    window.select_speaker(speaker_id)
    assert window.current_speaker_id() == speaker_id
    return speaker_id


def select_first_quote(window: MainWindow, speaker: str) -> int:
    window.speech.setCurrentIndex(window.speech.findText("Quotes"))  # not reported speech
    select_speaker(window, speaker)
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    quote_id = window.current_quote_id()
    assert quote_id is not None
    return quote_id


def quote_menu(window: MainWindow) -> None:
    window._quote_menu(QPoint(5, 5))


def speaker_menu(window: MainWindow) -> None:
    window._speaker_menu(QPoint(5, 5))


def test_speaker_chooser_completes_existing_speakers(window: MainWindow) -> None:
    dialog = SpeakerChooser(window.library, "Attribute quote to", window)
    completer = dialog.name.completer()
    completer.setCompletionPrefix("borr")  # any part of the name, any case
    assert completer.currentCompletion() == "Josep Borrell"
    completer.setCompletionPrefix("Nath")
    assert completer.currentCompletion() == "Nathalie Loiseau"


def test_reassign_through_the_menu_and_undo(window: MainWindow) -> None:
    lib = window.library
    quote_id = select_first_quote(window, "Danno Pevkur")
    choose_in_menu("Attribute to\u2026")
    choose_speaker("Josep Borrell")
    quote_menu(window)
    assert lib.quote(quote_id).speaker_name == "Josep Borrell"
    pevkur = lib.find_speaker("Danno Pevkur")
    assert pevkur is not None and lib.speaker(pevkur).quote_count == 0  # his reported speech stays
    window.undo_stack.undo()
    assert lib.quote(quote_id).speaker_name == "Danno Pevkur"
    assert "Danno Pevkur" in speaker_names(window)
    window.undo_stack.redo()
    assert lib.quote(quote_id).speaker_name == "Josep Borrell"


def test_reassign_to_a_new_speaker_and_undo(window: MainWindow) -> None:
    lib = window.library
    quote_id = select_first_quote(window, "Danno Pevkur")
    choose_in_menu("Attribute to\u2026")
    choose_speaker("Hanno Pevkur")
    quote_menu(window)
    assert lib.quote(quote_id).speaker_name == "Hanno Pevkur"
    assert "Hanno Pevkur" in speaker_names(window)
    window.undo_stack.undo()
    assert lib.quote(quote_id).speaker_name == "Danno Pevkur"
    assert "Hanno Pevkur" not in speaker_names(window)


def test_reassign_an_unattributed_quote_and_undo(window: MainWindow) -> None:
    lib = window.library
    text = "Headline\n\n\u201cThe river is calm and the bridge will hold for years,\u201d."
    start = text.index("The river")
    end = start + len("The river is calm and the bridge will hold for years,")
    lib.add_article(Analysis(text, quotes=(Quote(Span(start, end), text[start:end]),)))
    [quote] = [q for q in lib.quotes() if q.text.startswith("The river")]
    assert quote.speaker_id is None
    borrell = lib.find_speaker("Josep Borrell")
    window.reassign_quote(quote.id, borrell)
    assert lib.quote(quote.id).speaker_id == borrell
    window.undo_stack.undo()
    assert lib.quote(quote.id).speaker_id is None
    window.undo_stack.redo()
    assert lib.quote(quote.id).speaker_id == borrell


def test_edit_name_role_and_kind_and_undo(window: MainWindow) -> None:
    lib = window.library
    speaker_id = select_speaker(window, "Danno Pevkur")
    before = lib.speaker(speaker_id)

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, SpeakerEditor)
        assert dialog.role.text() == before.role
        dialog.name.setText("Hanno Pevkur")
        dialog.role.setText("Minister of Defence of Estonia")
        dialog.kind.setCurrentText("organisation")

    choose_in_menu("Edit speaker\u2026")
    answer(edit)
    speaker_menu(window)
    after = lib.speaker(speaker_id)
    assert (after.name, after.role, after.kind) == (
        "Hanno Pevkur",
        "Minister of Defence of Estonia",
        "organisation",
    )
    assert "Hanno Pevkur" in speaker_names(window)
    assert lib.role_is_human(speaker_id)
    window.undo_stack.undo()
    again = lib.speaker(speaker_id)
    assert (again.name, again.role, again.kind) == (before.name, before.role, before.kind)
    assert not lib.role_is_human(speaker_id)  # a re-analysis may update it again
    window.undo_stack.redo()
    assert lib.speaker(speaker_id).name == "Hanno Pevkur"


def test_merge_through_the_menu_and_undo(window: MainWindow) -> None:
    lib = window.library
    pevkur = select_speaker(window, "Danno Pevkur")
    borrell = lib.find_speaker("Josep Borrell")
    assert borrell is not None
    count = lib.speaker(borrell).quote_count
    choose_in_menu("Merge into\u2026")
    choose_speaker("Josep Borrell")
    speaker_menu(window)
    assert lib.speaker(borrell).quote_count == count + 1
    assert "Danno Pevkur" not in speaker_names(window)
    assert "Danno Pevkur" in lib.speaker(borrell).aliases
    assert window.current_speaker_id() == borrell
    window.undo_stack.undo()
    assert lib.speaker(borrell).quote_count == count
    assert lib.speaker(pevkur).quote_count == 1
    assert "Danno Pevkur" in speaker_names(window)


def test_merge_by_dropping_one_speaker_on_another_and_undo(window: MainWindow) -> None:
    lib = window.library
    pevkur, borrell = lib.find_speaker("Danno Pevkur"), lib.find_speaker("Josep Borrell")
    assert pevkur is not None and borrell is not None
    count = lib.speaker(borrell).quote_count
    target = window.speakers.row_of_id(borrell)
    assert target is not None
    view = window.speaker_view
    point = view.visualRect(window.speakers.index(target, 0)).center()
    mime = QMimeData()
    mime.setData(MIME, str(pevkur).encode())
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    assert lib.speaker(borrell).quote_count == count + 1
    assert "Danno Pevkur" not in speaker_names(window)
    window.undo_stack.undo()
    assert lib.speaker(borrell).quote_count == count
    assert "Danno Pevkur" in speaker_names(window)


def test_not_a_quote_then_restore_from_the_hidden_view(window: MainWindow) -> None:
    lib = window.library
    quote_id = select_first_quote(window, "Robert Brieger")
    choose_in_menu("Not a quote")
    quote_menu(window)
    assert lib.quote(quote_id).hidden
    assert "Robert Brieger" not in speaker_names(window)  # no visible quote left

    window.show_hidden.setChecked(True)
    hidden = [r.id for r in window.quotes.loaded()]
    assert hidden == [quote_id]
    window.select_quote(quote_id)
    seen: list[str] = []
    choose_in_menu("Restore quote", seen)
    quote_menu(window)
    assert "Not a quote" not in seen
    assert not lib.quote(quote_id).hidden
    assert "Robert Brieger" in speaker_names(window)

    window.undo_stack.undo()
    assert lib.quote(quote_id).hidden
    window.undo_stack.undo()
    assert not lib.quote(quote_id).hidden


def test_attribute_selected_article_text_and_undo(window: MainWindow) -> None:
    lib = window.library
    select_first_quote(window, "Robert Brieger")
    text = window.article.text.toPlainText()
    words = "Officials present at the meeting"
    start = text.index(words)
    cursor = QTextCursor(window.article.text.document())
    cursor.setPosition(window.article.text.offsets.to_qt(start))
    cursor.setPosition(
        window.article.text.offsets.to_qt(start + len(words)), QTextCursor.MoveMode.KeepAnchor
    )
    window.article.text.setTextCursor(cursor)
    assert window.article.text.selected_span() == (start, start + len(words))

    choose_in_menu("Attribute reported speech to\u2026")  # no quotation marks around it
    choose_speaker("Robert Brieger")
    window._article_menu(QPoint(5, 5))
    brieger = lib.find_speaker("Robert Brieger")

    def theirs() -> list[str]:
        return [q.text for q in lib.quotes(speaker_id=brieger, statement_kinds=ALL_KINDS)]

    added = [
        q for q in lib.quotes(speaker_id=brieger, statement_kinds=ALL_KINDS) if q.text == words
    ]
    assert len(added) == 1 and added[0].origin == "human" and added[0].kind == "reported"
    assert lib.article(added[0].article_id).text[added[0].start : added[0].end] == words
    window.undo_stack.undo()
    assert words not in theirs()
    window.undo_stack.redo()
    assert words in theirs()


def test_star_and_tag_then_filter_and_undo(window: MainWindow) -> None:
    lib = window.library
    quote_id = select_first_quote(window, "Josep Borrell")
    choose_in_menu("Star")
    quote_menu(window)
    assert lib.quote(quote_id).starred

    def tag(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("EU story")

    choose_in_menu("Tag\u2026")
    answer(tag)
    quote_menu(window)
    assert lib.quote(quote_id).tags == ("EU story",)

    window.speaker_view.clearSelection()
    window.tag.setCurrentIndex(window.tag.findData("EU story"))
    assert [r.id for r in window.quotes.loaded()] == [quote_id]
    window.tag.setCurrentIndex(0)
    window.starred.setChecked(True)
    assert [r.id for r in window.quotes.loaded()] == [quote_id]
    window.starred.setChecked(False)

    window.undo_stack.undo()
    assert lib.quote(quote_id).tags == ()
    assert window.tag.findData("EU story") == -1
    window.undo_stack.undo()
    assert not lib.quote(quote_id).starred


def test_ctrl_z_and_ctrl_shift_z(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    lib = window.library
    quote_id = select_first_quote(window, "Robert Brieger")
    window.hide_quote(quote_id, True)
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not lib.quote(quote_id).hidden
    qtbot.keyClick(
        window.quote_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert lib.quote(quote_id).hidden


def test_file_export_of_a_merged_speaker(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = window.library
    borrell, pevkur = lib.find_speaker("Josep Borrell"), lib.find_speaker("Danno Pevkur")
    assert borrell is not None and pevkur is not None
    expected = {  # quotes and reported speech, as the window lists them
        q.text
        for who in (borrell, pevkur)
        for q in lib.quotes(speaker_id=who, statement_kinds=ALL_KINDS)
    }
    window.merge_speakers(borrell, pevkur)
    target = tmp_path / "borrell.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    window.export_quotes("csv")  # File → Export → CSV, with the merged speaker selected
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["speaker"] for r in rows} == {"Josep Borrell"}
    assert {r["quote"] for r in rows} == expected


def test_reanalyse_library_from_the_menu_keeps_corrections(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    lib = window.library
    quote_id = select_first_quote(window, "Danno Pevkur")
    choose_in_menu("Attribute to\u2026")
    choose_speaker("Josep Borrell")
    quote_menu(window)
    before = lib.counts()
    action = window.reanalyse_action
    assert action.text().startswith("Re-analyse library")
    action.trigger()
    assert window.worker is not None
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert lib.quote(quote_id).speaker_name == "Josep Borrell"
    pevkur = lib.find_speaker("Danno Pevkur")
    assert pevkur is not None and lib.speaker(pevkur).quote_count == 0
    assert lib.counts() == before
    assert "1 article re-analysed" in window.statusBar().currentMessage()
