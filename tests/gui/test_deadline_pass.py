"""A reporter's pass on deadline (gui27): what the window shows and says while searching,
correcting, exporting and copying, each through the interaction a reporter uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from unittest import mock

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor
from PySide6.QtWidgets import QFileDialog

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.extract import extract
from core.library import Library
from core.search import MARK_END, MARK_START
from gui.main_window import MainWindow
from gui.marks import MARK
from gui.models import MATCH_ROLE
from tests.gui.conftest import activate
from tests.gui.test_corrections import choose_in_menu, choose_speaker, select_speaker

FOX = Speaker("Ann Fox", SpeakerKind.PERSON, "person:ann fox")
WORDS = "The sign on the bridge said \u00abclosed\u00bb all week, and nobody told us why."


def guillemet_article() -> Analysis:
    """A quote holding guillemets of its own (a sign quoted inside it)."""
    text = f"Traffic was slow.\n\n\u201c{WORDS}\u201d Ann Fox said.\n"
    start = text.index(WORDS)
    quote = Quote(Span(start, start + len(WORDS)), WORDS, FOX, None, "said")
    return Analysis(text, Metadata(title="Bridge shut", published="2024-05-02"), quotes=(quote,))


def typed_search(window: MainWindow, qtbot, text: str) -> None:  # noqa: ANN001
    window.search.setFocus()
    window.search.clear()
    qtbot.keyClicks(window.search, text)
    qtbot.waitUntil(lambda: window.quotes.query.search == text)


def marked_pixels(window: MainWindow, row: int) -> int:
    """How many pixels of the highlighter's colour the quote cell of ``row`` holds."""
    view = window.quote_view
    rect = view.visualRect(window.quotes.index(row, 0))
    image: QImage = view.viewport().grab(rect).toImage()
    return sum(
        image.pixelColor(x, y).name() == MARK.name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_search_matches_are_highlighted_not_marked_with_characters(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    window.library.add_article(guillemet_article())
    window.refresh()
    typed_search(window, qtbot, "bridge")
    row = next(i for i, q in enumerate(window.quotes.loaded()) if q.text == WORDS)
    index = window.quotes.index(row, 0)
    shown = index.data()
    assert shown == f"\u201c{WORDS}\u201d"  # the quote's own guillemets, and nothing added
    assert MARK_START not in shown and MARK_END not in shown
    [(start, end)] = index.data(MATCH_ROLE)
    assert shown[start:end] == "bridge"
    window.quote_view.setCurrentIndex(index)
    window.quote_view.scrollTo(index)
    qtbot.waitExposed(window)
    assert marked_pixels(window, row) > 20  # drawn: the word has a yellow background

    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().mimeData()
    for text in (copied.text(), copied.html()):
        assert "closed" in text and MARK_START not in text and MARK_END not in text
    window.copy_quote()
    assert QGuiApplication.clipboard().text() == f"\u201c{WORDS}\u201d"

    typed_search(window, qtbot, "")  # no search: no highlight anywhere
    qtbot.waitUntil(lambda: window.quotes.query.search == "")
    row = next(i for i, q in enumerate(window.quotes.loaded()) if q.text == WORDS)
    assert window.quotes.index(row, 0).data(MATCH_ROLE) == []
    window.quote_view.scrollTo(window.quotes.index(row, 0))
    assert marked_pixels(window, row) == 0


def test_a_selection_from_mark_to_mark_adds_the_words_inside(window: MainWindow) -> None:
    lib = window.library
    text = (
        "The council met on Monday. A member said the plan was bad. Then: "
        "\u201cWe cannot pay for this bridge with money we do not have.\u201d The vote was put off."
    )
    added = lib.add_article(extract(text, Metadata(title="Council", published="2024-05-03")))
    words = "We cannot pay for this bridge with money we do not have."
    for quote in lib.article_quotes(added.article_id):
        if quote.text == words:  # the machine found it: give the test a missed one
            lib.hide_quote(quote.id, True)
    window.refresh()
    window.show_article_quotes(added.article_id)
    if window.article.article is None or window.article.article.id != added.article_id:
        window.article.show_article(lib.article(added.article_id), [])
    editor = window.article.text
    first = text.index("\u201cWe cannot")
    last = text.index("\u201d The vote") + 1  # the closing mark selected too
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.offsets.to_qt(first))
    cursor.setPosition(editor.offsets.to_qt(last), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)

    choose_in_menu("Attribute quote to\u2026")
    choose_speaker("Josep Borrell")
    window._article_menu(QPoint(5, 5))

    mine = [q for q in lib.article_quotes(added.article_id) if q.origin == "human"]
    assert [q.text for q in mine] == [words]  # no quotation mark of its own
    assert window.current_quote_id() == mine[0].id
    assert window.quote_view.currentIndex().data() == f"\u201c{words}\u201d"
    message = window.statusBar().currentMessage()
    assert message.startswith("\u201cWe cannot pay") and "\u201c\u201c" not in message


def test_hiding_a_statement_says_statement_in_undo_too(window: MainWindow) -> None:
    select_speaker(window, "Josep Borrell")
    row = next(i for i, q in enumerate(window.quotes.loaded()) if q.reported)
    window.quote_view.setCurrentIndex(window.quotes.index(row, 0))
    seen: list[str] = []
    choose_in_menu("Not a statement", seen)
    window._quote_menu(QPoint(5, 5))
    assert "Not a statement" in seen
    assert "marked as not a statement" in window.statusBar().currentMessage()
    assert window.undo_stack.undoText() == "Mark as not a statement"
    window.undo()
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone: Reported speech: ") and "\u2014 a statement again" in message


def test_export_names_reported_statements_apart(
    window: MainWindow,
    tmp_path: Path,
) -> None:
    select_speaker(window, "Josep Borrell")
    listed = window.quotes.loaded()
    quotes = sum(not q.reported for q in listed)
    statements = len(listed) - quotes
    assert quotes and statements
    out = tmp_path / "borrell.csv"
    with mock.patch.object(QFileDialog, "getSaveFileName", return_value=(str(out), "")):
        file_menu = window.menuBar().actions()[0].menu()  # File → Export listed quotes → CSV
        export_menu = next(
            a.menu() for a in file_menu.actions() if a.text() == "Export listed quotes"
        )
        next(a for a in export_menu.actions() if a.text().startswith("CSV")).trigger()
    quote_words = "quote" if quotes == 1 else "quotes"
    statement_words = "reported statement" if statements == 1 else "reported statements"
    assert window.statusBar().currentMessage() == (
        f"Exported {quotes} {quote_words} and {statements} {statement_words} to {out}"
    )
    assert out.read_text(encoding="utf-8-sig").count("\n") > len(listed)


def test_a_mended_date_takes_back_not_applied(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    box = window.date_to
    box.setFocus()
    qtbot.keyClicks(box, "last week")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.statusBar().currentMessage().startswith("To date: cannot read")
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "2030-01-01")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert window.statusBar().currentMessage() == ""  # it is applied now
    assert window.quotes.query.date_to == "2030-01-01"


def test_a_speaker_quoted_on_one_day_is_not_given_a_range(
    library: Library,
    make_window: Callable[[Library], MainWindow],
) -> None:
    library.add_article(guillemet_article())
    window = make_window(library)
    select_speaker(window, "Ann Fox")
    summary = window.timeline.summary.text()
    assert summary.startswith("\u25cf 1 quote, on 2024-05-02.")  # ● the legend's marker
    assert "to 2024-05-02" not in summary


def test_the_duplicates_evidence_counts_one_quote_as_one(
    library: Library,
    make_window: Callable[[Library], MainWindow],
) -> None:
    for text in (
        "\u201cWe will win the state,\u201d Hillary Clinton said. \u201cWe are ready,\u201d"
        " Clinton added.",
        "\u201cThe economy is strong,\u201d Bill Clinton said. \u201cIt will grow,\u201d Clinton"
        " added.",
        "\u201cNothing is settled,\u201d Clinton said.",
    ):
        library.add_article(extract(text))
    window = make_window(library)
    view = window.show_duplicates()
    for row in range(view.model.rowCount()):
        view.table.setCurrentIndex(view.model.index(row, 0))
        detail = view.detail.text()
        assert "1 quotes" not in detail and "(1 quote" in detail
        pair = view.model.row(row)
        listed = view.model.index(row, 2).data()  # the list itself tells the pairs apart
        assert f"{pair.candidate}: " in listed and "quotes)" in listed
        assert view.table.rowHeight(row) >= view.table.sizeHintForRow(row)  # none cut off


def test_the_selected_quote_is_corrected_from_the_keyboard(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    lib = window.library
    window.speech.setCurrentIndex(window.speech.findText("Quotes"))
    select_speaker(window, "Josep Borrell")
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    window.quote_view.setFocus()
    quote = window.current_quote()
    assert quote is not None

    qtbot.keyClick(window.quote_view, Qt.Key.Key_Delete)  # not a quote
    assert lib.quote(quote.id).hidden
    assert "marked as not a quote" in window.statusBar().currentMessage()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not lib.quote(quote.id).hidden and window.current_quote_id() == quote.id

    choose_speaker("Robert Brieger")
    qtbot.keyClick(window.quote_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert lib.quote(quote.id).speaker_name == "Robert Brieger"
    assert "attributed to Robert Brieger (was Josep Borrell)" in window.statusBar().currentMessage()

    activate(qtbot, window)  # back from the dialog (offscreen Qt does not return it)
    window.speaker_view.setCurrentIndex(window.speakers.index(-1, -1))
    window._set_scope(window.scope.__class__())
    row = window.quotes.row_of_id(quote.id)
    assert row is not None
    window.quote_view.setCurrentIndex(window.quotes.index(row, 0))
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert QGuiApplication.clipboard().text() == f"\u201c{quote.text.strip()}\u201d"


def test_the_quote_menu_names_what_is_selected(window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Quote")
    select_speaker(window, "Josep Borrell")
    statement = next(i for i, q in enumerate(window.quotes.loaded()) if q.reported)
    window.quote_view.setCurrentIndex(window.quotes.index(statement, 0))
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if a.isEnabled()]
    assert "Copy statement" in texts and "Not a statement" in texts
    assert "Attribute to\u2026" in texts
    window.quote_view.setCurrentIndex(window.quotes.index(-1, -1))
    window.quote_view.clearSelection()
    window.quote_actions.update()
    assert not window.quote_actions.hide.isEnabled()  # nothing selected: nothing to act on


def test_an_empty_speaker_list_says_why(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "zzzz")
    qtbot.waitUntil(lambda: window.speakers.rowCount() == 0)
    assert window.speaker_view.empty_note.startswith("No speaker matches \u201czzzz\u201d.")
    image = window.speaker_view.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    assert any(  # the note is drawn
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 2)
        for y in range(0, 60, 2)
    )
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.speakers.rowCount() > 0)
    assert window.speaker_view.empty_note == ""


def test_sources_with_nothing_to_count_say_so(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    typed_search(window, qtbot, "zebrafish")
    window.tabs.setCurrentWidget(window.sources)
    qtbot.waitUntil(lambda: window.sources.dashboard is not None)
    dashboard = window.sources.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: dashboard.stats is not None and dashboard.stats.quotes == 0)
    cards = dashboard.cards.values()
    assert all(card.reading.text() == "No quotes to count." for card in cards)
    assert not any(card.chart.isVisible() for card in cards)  # no empty axes
    assert not any(card.menu_button.isEnabled() for card in cards)  # nor an empty export
    typed_search(window, qtbot, "")
    qtbot.waitUntil(lambda: all(card.chart.isVisible() for card in cards))
    assert all(card.menu_button.isEnabled() for card in cards)


def test_a_row_found_by_its_speaker_shows_the_name_highlighted(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    window.speaker_view.setCurrentIndex(window.speakers.index(-1, -1))
    typed_search(window, qtbot, "borrell")
    rows = window.quotes.loaded()
    row = next(i for i, q in enumerate(rows) if "Borrell" not in q.text)  # by its speaker
    speaker = window.quotes.index(row, 1)
    assert speaker.data() == "Josep Borrell"
    assert speaker.data(MATCH_ROLE) == [(6, 13)]
    assert window.quotes.index(row, 0).data(MATCH_ROLE) == []
    window.quote_view.scrollTo(speaker)
    rect = window.quote_view.visualRect(speaker)
    image = window.quote_view.viewport().grab(rect).toImage()
    assert any(
        image.pixelColor(x, y).name() == MARK.name()
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    )
