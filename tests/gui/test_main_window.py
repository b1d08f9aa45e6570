"""The window driven as a reporter would: select, read, search, filter, cite, correct."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from core.citation import cite
from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.ingest import analyse
from core.library import Library
from core.records import ALL_KINDS
from gui.main_window import MainWindow
from gui.models import MATCH_ROLE, PAGE, QuoteModel


def click_speaker(window: MainWindow, name: str) -> None:
    """Select the listed speaker in the view, as a click would."""
    for row in range(window.speakers.rowCount()):
        if window.speakers.row(row).name == name:
            window.speaker_view.setCurrentIndex(window.speakers.index(row, 0))
            return
    raise AssertionError(f"{name} is not listed")


def quote_texts(model: QuoteModel) -> list[str]:
    return [r.text for r in model.loaded()]


def test_speaker_then_quote_then_highlight(window: MainWindow) -> None:
    assert window.windowTitle() == "On Record"
    click_speaker(window, "Josep Borrell")
    texts = quote_texts(window.quotes)
    assert "more value added" in texts
    assert all(window.quotes.row(i).speaker_name == "Josep Borrell" for i in range(len(texts)))
    assert not any("warfighting" in t for t in texts)
    row = texts.index("more value added")
    window.quote_view.setCurrentIndex(window.quotes.index(row, 0))
    quote = window.quotes.row(row)
    assert window.article.highlight_span() == (quote.start, quote.end)
    article = window.article.text.toPlainText()
    assert article[quote.start : quote.end] == "more value added"


def test_window_has_the_shipped_icon(window: MainWindow) -> None:
    image = window.windowIcon().pixmap(64, 64).toImage()
    assert not image.isNull()
    assert image.pixelColor(32, 6).name() == "#1d3557"  # the badge, not a blank square


def test_clicking_a_marked_quote_selects_it(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    click_speaker(window, "Josep Borrell")
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    brieger = next(q for q in window.article.quotes if "warfighting" in q.text)
    cursor = QTextCursor(window.article.text.document())
    cursor.setPosition(window.article.text.offsets.to_qt(brieger.start + 3))
    window.article.text.setTextCursor(cursor)
    window.article.text.centerCursor()
    point: QPoint = window.article.text.cursorRect(cursor).center()
    qtbot.mouseClick(window.article.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_quote() is not None
    assert window.current_quote().id == brieger.id
    assert window.article.highlight_span() == (brieger.start, brieger.end)


@pytest.mark.parametrize("typed", ['"', "*", "AND (", "NEAR(", "\U0001f600", "'"])
def test_hostile_search_never_raises(window: MainWindow, typed: str) -> None:
    window.search.setText(typed)
    window._apply_quote_filters()
    assert window.quotes.rowCount() >= 0


def test_search_finds_and_marks_matches(window: MainWindow) -> None:
    window.speaker_view.clearSelection()
    window.search.setText("warfight*")
    window._apply_quote_filters()
    assert quote_texts(window.quotes) == [
        "A training mission outside of Ukraine is not a signal of warfighting,"
    ]
    index = window.quotes.index(0, 0)
    [(start, end)] = index.data(MATCH_ROLE)  # highlighted, no mark added to the words
    assert index.data()[start:end] == "warfighting"
    window.search.setText("nothing like this anywhere")
    window._apply_quote_filters()
    assert window.quotes.rowCount() == 0
    assert "No quotes match" in window.quote_title.text()


def test_filters_combine_with_speaker(window: MainWindow) -> None:
    click_speaker(window, "Nathalie Loiseau")
    mine = window.quotes.rowCount()
    assert mine >= 4
    window.outlet.setCurrentIndex(window.outlet.findData("Defense News"))
    assert window.quotes.rowCount() == mine
    window.date_from.setText("2030-01-01")
    window._apply_quote_filters()
    assert window.quotes.rowCount() == 0
    window.date_from.setText("")
    window.kind.setCurrentIndex(window.kind.findData("organisation"))
    kinds = {window.speakers.row(row).kind for row in range(window.speakers.rowCount())}
    assert kinds <= {"organisation"}
    with pytest.raises(AssertionError, match="not listed"):
        click_speaker(window, "Nathalie Loiseau")


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "plain", "markdown"])
def test_copy_citation_puts_text_and_html(window: MainWindow, style: str) -> None:
    click_speaker(window, "Robert Brieger")
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    window.style.setCurrentIndex(window.style.findData(style))
    window.copy_citation()
    mime = QGuiApplication.clipboard().mimeData()
    expected = cite(window.cited(window.current_quote()), style)
    assert mime.text() == expected.text
    assert expected.html in mime.html()
    assert "Robert Brieger" in mime.text()


def test_settings_persist_across_windows(window: MainWindow, library: Library, qtbot) -> None:  # noqa: ANN001
    window.style.setCurrentIndex(window.style.findData("mla"))
    window.splitter.setSizes([300, 600, 500])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(library)
    qtbot.addWidget(again)
    again.resize(1400, 860)
    again.show()
    assert again.style.currentData() == "mla"
    assert again.splitter.sizes() == sizes


def test_hide_undo_redo(window: MainWindow) -> None:
    click_speaker(window, "Robert Brieger")
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    quote_id = window.current_quote_id()
    assert quote_id is not None
    before = window.library.counts().quotes
    window.hide_quote(quote_id, True)
    assert window.library.counts().quotes == before - 1
    window.undo_stack.undo()
    assert window.library.counts().quotes == before
    window.undo_stack.redo()
    assert window.library.quote(quote_id).hidden


def test_reassign_and_edit_and_merge_with_undo(window: MainWindow) -> None:
    lib = window.library
    borrell, pevkur = lib.find_speaker("Josep Borrell"), lib.find_speaker("Danno Pevkur")
    assert borrell is not None and pevkur is not None
    quote = lib.quotes(speaker_id=pevkur)[0]
    window.reassign_quote(quote.id, borrell)
    assert lib.quote(quote.id).speaker_name == "Josep Borrell"
    window.undo_stack.undo()
    assert lib.quote(quote.id).speaker_name == "Danno Pevkur"

    window.edit_speaker(pevkur, ("Danno Pevkur", "Minister of Defence of Estonia", "person"))
    assert lib.speaker(pevkur).role == "Minister of Defence of Estonia"
    window.undo_stack.undo()
    assert lib.speaker(pevkur).role == "Defense Minister"

    window.merge_speakers(borrell, pevkur)
    assert lib.find_speaker("Danno Pevkur") == borrell
    window.undo_stack.undo()
    assert lib.find_speaker("Danno Pevkur") == pevkur
    window.undo_stack.redo()
    assert lib.speaker(borrell).quote_count == lib.counts().quotes - 6


def test_attribute_selected_text_adds_what_it_marks(window: MainWindow) -> None:
    """Text outside quotation marks becomes reported speech, never a quote."""
    click_speaker(window, "Robert Brieger")
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    text = window.article.text.toPlainText()
    start = text.index("Officials present at the meeting")
    end = start + len("Officials present at the meeting")
    brieger = window.library.find_speaker("Robert Brieger")
    before = window.library.quotes(speaker_id=brieger, statement_kinds=ALL_KINDS)
    window.add_quote(start, end, brieger)
    added = window.library.quotes(speaker_id=brieger, statement_kinds=("reported",))
    assert "Officials present at the meeting" in [q.text for q in added]
    window.undo_stack.undo()
    assert window.library.quotes(speaker_id=brieger, statement_kinds=ALL_KINDS) == before


def test_star_and_tag_then_filter(window: MainWindow) -> None:
    click_speaker(window, "Josep Borrell")
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    quote_id = window.current_quote_id()
    window.tag_quote(quote_id, "EU story")
    window.tag.setCurrentIndex(window.tag.findData("EU story"))
    assert [r.id for r in window.quotes.loaded()] == [quote_id]


def test_emoji_before_a_quote_keeps_the_highlight_in_place(qtbot, library: Library) -> None:  # noqa: ANN001
    text = "\U0001f600\U0001f389 Fans cheered. \u201cWe won the cup,\u201d Jane Roe said."
    start = text.index("We won")
    quote = Quote(
        Span(start, start + len("We won the cup,")),
        "We won the cup,",
        Speaker("Jane Roe", SpeakerKind.PERSON, "person:jane roe"),
        Span(0, 1),
        "said",
    )
    library.add_article(Analysis(text=text, metadata=Metadata(title="Cup"), quotes=(quote,)))
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    click_speaker(win, "Jane Roe")
    win.quote_view.setCurrentIndex(win.quotes.index(0, 0))
    assert win.article.highlight_span() == (quote.span.start, quote.span.end)
    cursor = win.article.text.textCursor()
    cursor.setPosition(win.article.text.offsets.to_qt(quote.span.start))
    cursor.setPosition(
        win.article.text.offsets.to_qt(quote.span.end), QTextCursor.MoveMode.KeepAnchor
    )
    assert cursor.selectedText() == "We won the cup,"


def test_lazy_models_fetch_a_page_at_a_time(qtbot, library: Library) -> None:  # noqa: ANN001
    speakers = [Speaker(f"Person {n}", SpeakerKind.PERSON, f"person:person {n}") for n in range(30)]
    for article in range(25):
        text = " ".join(f"\u201cQuote {article}-{n}.\u201d" for n in range(20))
        quotes = []
        for n in range(20):
            words = f"Quote {article}-{n}."
            start = text.index(words)
            quotes.append(
                Quote(Span(start, start + len(words)), words, speakers[n % 30], None, "said")
            )
        library.add_article(Analysis(text=text, quotes=tuple(quotes)))
    model = QuoteModel(library)
    model.reload()
    assert model.total == 500
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE


def test_import_worker_progress_and_cancel(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
) -> None:
    seen: list[tuple[int, int]] = []
    worker = window.import_paths([article_folder("articles")])
    assert worker is not None
    worker.signals.progress.connect(lambda done, total, _: seen.append((done, total)))
    with qtbot.waitSignal(worker.signals.finished, timeout=60_000) as blocker:
        pass
    report = blocker.args[0]
    assert len(report.imported) == 30 and seen[-1] == (30, 30)

    more = article_folder(
        "more",
        first=30,
        story=lambda n: f"Headline {n}\n\n\u201cNumber {n} here,\u201d John Doe said.\n",
    )
    second = window.import_paths([more])
    assert second is not None
    second.signals.progress.connect(lambda done, *_: second.cancel() if done >= 5 else None)
    with qtbot.waitSignal(second.signals.finished, timeout=60_000) as blocker:
        pass
    cancelled = blocker.args[0]
    assert cancelled.cancelled
    assert 0 < len(cancelled.imported) < 30
    lib = window.library
    assert lib.integrity_ok()
    # every stored article is whole: its quotes are all there
    for article_id in lib.article_ids():
        article = lib.article(article_id)
        quotes = lib.article_quotes(article_id)
        assert len(quotes) == article.text.count("\u201c")


def test_two_rows_of_one_description_show_their_article(library: Library, make_window) -> None:  # noqa: ANN001
    """ "a spokesman" of two articles is two rows; the list says which is which."""
    for title in ("Bridge closed", "School reopens"):
        text = f"{title}\n\n\u201cWe are ready,\u201d a spokesman said on Monday."
        library.add_article(analyse(text, Metadata(title=title)))
    window = make_window(library)
    shown = sorted(
        window.speakers.data(window.speakers.index(row, 0))
        for row in range(window.speakers.rowCount())
    )
    assert shown == ["a spokesman \u2014 Bridge closed", "a spokesman \u2014 School reopens"]
