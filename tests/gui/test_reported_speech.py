"""Issue 16 in the window: reported speech beside quotes, set apart, cited as a paraphrase,
corrected like a quote."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from test_corrections import choose_in_menu, choose_speaker, select_speaker

from core.records import QuoteRow
from gui.main_window import MainWindow
from gui.models import ROW_ROLE
from tests.gui.conftest import activate

TROOPS = "are already training Ukrainian troops"


def select_statement(window: MainWindow, words: str) -> QuoteRow:
    for row in range(window.quotes.rowCount()):
        if words in window.quotes.row(row).text:
            window.quote_view.setCurrentIndex(window.quotes.index(row, 0))
            return window.quotes.row(row)
    raise AssertionError(f"no statement holds {words!r}")


def test_a_persons_statements_beside_their_quotes(window: MainWindow) -> None:
    select_speaker(window, "Josep Borrell")
    listed = [window.quotes.row(n) for n in range(window.quotes.rowCount())]
    assert {q.kind for q in listed} >= {"quote", "reported"}
    assert window.quote_title.text().startswith("<b>Quotes and reported speech by Josep Borrell")
    window.speech.setCurrentIndex(window.speech.findText("Reported speech"))
    assert window.quote_title.text().startswith("<b>Reported speech by Josep Borrell")
    assert {window.quotes.row(n).kind for n in range(window.quotes.rowCount())} <= {
        "reported",
        "mixed",
    }
    window.speech.setCurrentIndex(window.speech.findText("Quotes"))
    assert {window.quotes.row(n).kind for n in range(window.quotes.rowCount())} == {"quote"}
    assert window.quote_title.text().startswith("<b>Quotes by Josep Borrell")
    speakers = {r.name: r for r in window.speakers.loaded()}
    assert speakers["Josep Borrell"].statement_count > 0


def test_reported_statement_shown_cited_reassigned_and_undone(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    lib = window.library
    select_speaker(window, "Josep Borrell")
    statement = select_statement(window, TROOPS)
    assert statement.kind == "reported"

    index = window.quote_view.currentIndex()
    shown = index.data()
    assert shown.startswith("Reported: Many member nations")
    assert "\u201c" not in shown and "\u201d" not in shown  # no quotation marks around it
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(ROW_ROLE).id == statement.id
    assert window.article.highlight_span() == (statement.start, statement.end)

    window.style.setCurrentIndex(window.style.findData("apa"))
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().mimeData()
    said = copied.text().splitlines()[0]
    assert said.startswith("According to Josep Borrell, ")
    assert "many member nations in the EU" in said and TROOPS in said
    assert said.endswith("(Machi, 2022).")
    assert "\u201c" not in said and "\u201d" not in said and '"' not in said
    assert "Machi, V. (2022, August 30)." in copied.text()

    choose_in_menu("Attribute to\u2026")
    choose_speaker("Danno Pevkur")
    window._quote_menu(QPoint(5, 5))
    assert lib.quote(statement.id).speaker_name == "Danno Pevkur"
    assert lib.quote(statement.id).reported
    window.undo_stack.undo()
    assert lib.quote(statement.id).speaker_name == "Josep Borrell"
    window.undo_stack.redo()
    assert lib.quote(statement.id).speaker_name == "Danno Pevkur"


def test_reported_speech_is_highlighted_apart_in_the_article(window: MainWindow) -> None:
    select_speaker(window, "Josep Borrell")
    statement = select_statement(window, TROOPS)
    painted = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color()
        for s in window.article.text.extraSelections()
    }
    quote = next(q for q in window.article.quotes if not q.reported)
    to_qt = window.article.text.offsets.to_qt
    reported_colour = painted[(to_qt(statement.start), to_qt(statement.end))]
    quote_colour = painted[(to_qt(quote.start), to_qt(quote.end))]
    assert reported_colour != quote_colour
    window.article._clicked(statement.start + 2)  # a click inside it selects it
    assert window.current_quote_id() == statement.id


def test_an_organisations_statement_is_cited_as_its_article_names_it(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    select_speaker(window, "European Union")
    select_statement(window, "new training mission")
    window.style.setCurrentIndex(window.style.findData("plain"))
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    said = QGuiApplication.clipboard().mimeData().text()
    assert said.startswith("According to the European Union, ")
