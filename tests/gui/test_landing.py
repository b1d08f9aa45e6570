"""Where a correction or an import leaves the reporter (session 23, helper gui26): an
import lands on what came in, with every file that failed named; "Attribute to…" and
"Not a quote" say what changed and how to undo it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QTextBrowser
from test_corrections import answer, choose_in_menu, choose_speaker, quote_menu, select_speaker

from core.records import QuoteRow
from gui.dialogs import ReportDialog, SpeakerChooser
from gui.main_window import MainWindow
from gui.tables import COUNT, OUTLET, REPORTED
from tests.gui.conftest import activate

STORY = (
    "Flood defences hold in Riverton\n\n"
    "\u201cThe river is calm and the wall will hold for years,\u201d Mayor Jane Roe said on "
    "Monday.\n\n"
    "\u201cWe were lucky this time,\u201d said Tom Poe, a farmer.\n"
)


def drop_event(paths: list[Path]) -> tuple[QDropEvent, QMimeData]:
    """A drop of files as from a file manager; keep the data alive while the event is used
    (the event holds it without owning it)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return event, mime


def drop(window: MainWindow, qtbot, paths: list[Path]) -> None:  # noqa: ANN001
    """Drop files on the window, and wait for the import."""
    event, _mime = drop_event(paths)
    window.dropEvent(event)
    finish(window, qtbot)


def finish(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """Wait for the import the window started (it may be over before anyone listens)."""
    assert window.worker is not None
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    QApplication.processEvents()


def listed(window: MainWindow) -> list[QuoteRow]:
    return window.quotes.loaded()


def report_dialogs(window: MainWindow) -> list[ReportDialog]:
    return [d for d in window.findChildren(ReportDialog) if d.isVisible()]


def test_a_dropped_article_is_what_the_window_shows_next(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    select_speaker(window, "Josep Borrell")  # reading someone else, with a search typed
    window.search.setText("needs")
    window._search_edited()
    before = window.current_quote()
    assert before is not None and before.speaker_name == "Josep Borrell"

    story = tmp_path / "riverton.txt"
    story.write_text(STORY, encoding="utf-8")
    drop(window, qtbot, [story])

    [article] = [a for a in window.library.article_list() if a.title.startswith("Flood")]
    assert {q.article_id for q in listed(window)} == {article.id}
    assert [q.text for q in listed(window)][:2] == [
        "The river is calm and the wall will hold for years,",
        "We were lucky this time,",
    ]
    assert window.quote_view.currentIndex().row() == 0  # the first of them selected
    assert window.article.article is not None and window.article.article.id == article.id
    assert window.search.text() == "" and window.current_speaker_id() is None
    assert "Flood defences hold in Riverton" in window.quote_title.text()
    assert window.quote_view.hasFocus() or not window.isActiveWindow()
    message = window.statusBar().currentMessage()
    assert message.startswith("Imported \u201cFlood defences hold in Riverton\u201d: 2 quotes")
    plot = window.timeline.plot  # drawn for Borrell: no speaker now, no empty chart
    assert plot is not None and not plot.isVisible()
    assert not report_dialogs(window)  # nothing went wrong: no box to close


def test_file_import_of_several_names_each_failure(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good = []
    for n, town in enumerate(("Riverton", "Lakeside")):
        path = tmp_path / f"{n}-{town.lower()}.txt"
        path.write_text(STORY.replace("Riverton", town), encoding="utf-8")
        good.append(path)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"\x00\x01 not a pdf")
    chosen = [str(p) for p in (*good, empty, broken)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    window.import_action.trigger()  # File → Import…
    finish(window, qtbot)

    first = next(a for a in window.library.article_list() if "Riverton" in a.title)
    assert {q.article_id for q in listed(window)} == {first.id}
    message = window.statusBar().currentMessage()
    assert message.startswith(
        "Imported 2 articles; showing the first, \u201cFlood defences hold in Riverton\u201d"
    )
    assert "2 failed: empty.txt (empty file), broken.pdf (" in message
    [dialog] = report_dialogs(window)  # the full reasons, beside the window
    assert str(broken) in dialog.findChild(QTextBrowser).toPlainText()

    again = tmp_path / "again"
    again.mkdir()
    (again / "notes.xyz").write_text("not an article", encoding="utf-8")
    drop(window, qtbot, [again])  # nothing there to import: said, not "0 imported"
    assert window.statusBar().currentMessage().startswith("No article found to import")
    assert {q.article_id for q in listed(window)} == {first.id}  # still what was imported

    drop(window, qtbot, [good[1]])  # already in: named, and nothing moves
    assert "1 already in the library (1-lakeside.txt)" in window.statusBar().currentMessage()


def test_attribute_to_updates_the_list_and_says_what_changed(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    lib = window.library
    window.speech.setCurrentIndex(window.speech.findText("Quotes"))
    window.speaker_view.setCurrentIndex(window.speaker_view.model().index(-1, -1))
    window._set_scope(window.scope.__class__())  # every quote: the speaker column shows
    row = next(i for i, q in enumerate(listed(window)) if q.speaker_name == "Robert Brieger")
    window.quote_view.setCurrentIndex(window.quotes.index(row, 0))
    quote_id = window.current_quote_id()

    choose_in_menu("Attribute to\u2026")
    choose_speaker("Josep Borrell")
    quote_menu(window)  # right-click → Attribute to… → a name → OK

    assert lib.quote(quote_id).speaker_name == "Josep Borrell"
    assert window.current_quote_id() == quote_id  # still selected, its new speaker shown
    assert window.quotes.row(window.quote_view.currentIndex().row()).speaker_name == (
        "Josep Borrell"
    )
    message = window.statusBar().currentMessage()
    assert message.startswith("\u201cA training mission outside of Ukraine is not a")
    assert "\u2014 attributed to Josep Borrell (was Robert Brieger). Ctrl+Z undoes it" in message
    assert window.undo_stack.undoText() == "Attribute quote to Josep Borrell"

    activate(qtbot, window)  # back from the dialog (offscreen Qt does not return it)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert lib.quote(quote_id).speaker_name == "Robert Brieger"
    assert window.quotes.row(window.quote_view.currentIndex().row()).speaker_name == (
        "Robert Brieger"
    )
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone: \u201cA training mission outside of Ukraine is not a")
    assert "\u2014 attributed to Robert Brieger again (not Josep Borrell)" in message


def test_attribute_to_from_a_speakers_list_moves_on_and_says_where_it_went(
    window: MainWindow,
) -> None:
    lib = window.library
    window.speech.setCurrentIndex(window.speech.findText("Quotes"))
    select_speaker(window, "Josep Borrell")
    count = window.quotes.total
    window.quote_view.setCurrentIndex(window.quotes.index(1, 0))
    quote = window.current_quote()
    following = window.quotes.row(2)
    assert quote is not None
    choose_in_menu("Attribute to\u2026")
    choose_speaker("Ursula von der Leyen")
    quote_menu(window)
    assert lib.quote(quote.id).speaker_name == "Ursula von der Leyen"
    assert window.quotes.total == count - 1  # gone from his list
    assert window.current_quote_id() == following.id  # the next one, ready to read
    assert "attributed to Ursula von der Leyen, a new speaker (was Josep Borrell)" in (
        window.statusBar().currentMessage()
    )
    window.undo()
    assert window.quotes.total == count


def test_not_a_quote_says_where_it_went_and_undo_selects_it_again(window: MainWindow) -> None:
    select_speaker(window, "Josep Borrell")
    window.quote_view.setCurrentIndex(window.quotes.index(2, 0))
    quote = window.current_quote()
    assert quote is not None
    window.hide_quote(quote.id, True)
    assert window.current_quote_id() != quote.id  # gone from the list: the next one
    message = window.statusBar().currentMessage()
    assert "marked as not" in message and "tick Hidden to see it again" in message
    assert "undoes it" in message
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))  # read on elsewhere
    window.undo()  # Edit → Undo, as Ctrl+Z
    assert window.current_quote_id() == quote.id  # what came back is what is shown
    assert window.article.selected is not None and window.article.selected.id == quote.id
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone: \u201c") and "\u2014 a quote again" in message


def test_tab_walks_out_of_the_lists(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """Tab moved from cell to cell inside a list, never out of it: a keyboard user was
    stuck in the speakers."""
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    walked = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert (
        walked
        == [
            window.speaker_view,
            window.quote_view,
            window.article.text,
            walked[3],  # on to the next pane's control, whichever
        ]
        and walked[3] is not window.article.text
    )


def speaker_box_typed(window: MainWindow, qtbot, typed: str) -> SpeakerChooser:  # noqa: ANN001
    """ "Attribute to..." for the demo's “clearly”, with ``typed`` typed into its name box."""
    dialog = SpeakerChooser(window.library, "Attribute to", window, "\u201cclearly\u201d")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, typed)
    return dialog


def test_one_enter_chooses_a_name_typed_with_its_completions_open(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    dialog = speaker_box_typed(window, qtbot, "Josep Borr")
    popup = dialog.name.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the completion
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.name.text() == "Josep Borrell"
    assert dialog.name.width() >= dialog.name.fontMetrics().horizontalAdvance("x" * 30)


def test_a_speaker_only_reported_does_not_read_as_nothing_when_narrow(
    window: MainWindow,
) -> None:
    window.resize(1024, 768)
    QApplication.processEvents()
    view, model = window.speaker_view, window.speakers
    reported_only = next(r for r, s in enumerate(model.loaded()) if not s.quote_count)
    if view.isColumnHidden(REPORTED):  # no room: the count says both
        assert model.data(model.index(reported_only, COUNT)) == "0 +1"
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert not view.isColumnHidden(REPORTED)
    assert model.data(model.index(reported_only, COUNT)) == "0"
    assert model.data(model.index(reported_only, REPORTED)) == "1"


def test_ok_on_unchanged_details_pushes_nothing_to_undo(window: MainWindow) -> None:
    window.select_first()
    assert window.article_actions.details.isEnabled()
    answer(lambda _dialog: None)
    window.article_actions.details.trigger()
    assert window.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "Article details unchanged"
    speaker = window.current_quote().speaker_id
    window.edit_speaker(
        speaker, (lambda s: (s.name, s.role, s.kind))(window.library.speaker(speaker))
    )
    assert (
        window.undo_stack.count() == 0 and "nothing changed" in window.statusBar().currentMessage()
    )


def test_a_second_drop_while_importing_waits_its_turn(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    article_folder: Callable[..., Path],
) -> None:
    folder = article_folder("batch", story=lambda n: STORY.replace("Riverton", f"Town{n}"))
    first = window.import_paths([folder])
    assert first is not None and window.worker is first
    story = tmp_path / "late.txt"
    story.write_text(STORY.replace("Riverton", "Lateville"), encoding="utf-8")
    event, _mime = drop_event([story])
    window.dropEvent(event)
    assert window.worker is first  # still the first, which Cancel still stops
    assert window.statusBar().currentMessage().startswith("An import or re-analysis is still")
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert not [a for a in window.library.article_list() if "Lateville" in a.title]
    assert window.statusBar().currentMessage().startswith("Imported 30 articles")


def test_no_empty_outlet_column(window: MainWindow) -> None:
    """Articles read from files without an outlet: no empty Outlet column narrowing the
    quotes, nor one repeating a single outlet; it comes back where the quotes listed
    come from more than one."""
    from core.ingest import analyse

    added = window.library.add_article(analyse(STORY))
    window.resize(1920, 1080)
    window.show_article_quotes(added.article_id)
    QApplication.processEvents()
    assert window.quotes.total and window.quote_view.isColumnHidden(OUTLET)
    select_speaker(window, "Josep Borrell")  # his quotes come from Defense News alone
    QApplication.processEvents()
    assert window.quote_view.isColumnHidden(OUTLET)  # one name repeated: the pane says it
    window.quote_title.linkActivated.emit("scope:all")  # the demo's and the outlet-less
    QApplication.processEvents()
    assert OUTLET not in window.quote_view._left_out  # (shown as the width allows)
