"""A reporter's pass on deadline (helper gui30): a choice too long for its box is cut
with an ellipsis, never mid-letter; Corrections made tells two merged rows of one name
apart; words selected in the article are attributed with Ctrl+R there, as a quote is in
the list, and from the Article menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox

from core.document import (
    Analysis,
    Metadata,
    Quote,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
)
from core.library import Library
from core.records import ALL_KINDS
from gui.dialogs import SpeakerChooser
from gui.main_window import MainWindow
from gui.tables import COUNT, REPORTED
from tests.gui.conftest import activate


def test_the_gender_choice_is_cut_with_an_ellipsis_at_800_wide(
    narrow_on_a_person: MainWindow,
) -> None:
    window = narrow_on_a_person
    box = window.timeline.gender
    assert box.isVisible()
    whole = box.currentText()
    assert whole.endswith(", as the articles state")
    shown = box.shown_text()
    assert shown != whole and shown.endswith("\u2026"), "the box is wide enough: no test"
    # what is drawn is the words cut with "…": the box looks as a plain box holding them
    plain = QComboBox(box.parentWidget())
    plain.addItem(shown)
    plain.setGeometry(box.geometry())
    plain.show()
    QApplication.processEvents()
    assert box.grab().toImage() == plain.grab().toImage()
    assert box.view().model().index(0, 0).data() == whole  # the list shows it whole

    window.resize(1400, 860)  # room enough: whole
    for _ in range(3):
        QApplication.processEvents()
    assert box.shown_text() == whole


def test_corrections_made_tells_two_merged_rows_of_one_name_apart(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    for title, words in (("Obama lays out stakes", "We can win,"), ("Summit ends", "Enough,")):
        text = f"\u201c{words}\u201d Obama said.\n\n{title}."
        obama = Speaker("Obama", SpeakerKind.PERSON, f"person:obama@{title}")
        quote = Quote(Span(1, 1 + len(words)), words, obama, None, "said")
        library.add_article(Analysis(text, Metadata(title=title), quotes=(quote,)))
    window = make_window(library)
    rows = {s.article: s.id for s in library.speakers() if s.name == "Obama"}
    window.merge_speakers(rows["Obama lays out stakes"], rows["Summit ends"])
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(
        window.quote_view,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    log = window.corrections_log
    assert log is not None and log.isVisible()
    said = log.table.item(0, 1).text()
    assert said == (
        "Obama in \u201cSummit ends\u201d merged into Obama in \u201cObama lays out stakes\u201d"
    )


def test_words_selected_in_the_article_are_attributed_with_ctrl_r_there(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    activate(qtbot, window)
    window.select_first()
    listed = window.current_quote()
    assert listed is not None
    text = window.article.text
    start = text.toPlainText().index("Officials present at the meeting were quick to deny")
    cursor = text.textCursor()
    cursor.setPosition(start)
    text.setTextCursor(cursor)
    text.setFocus()
    for _ in range(9):  # the words selected from the keyboard, to "deny"
        qtbot.keyClick(
            text,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert text.textCursor().selectedText().strip() == (
        "Officials present at the meeting were quick to deny"
    )
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SpeakerChooser)
        asked.append(dialog.windowTitle())
        dialog.name.setText("Robert Brieger")
        dialog.name.returnPressed.emit()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(text, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Attribute reported speech to"], "Ctrl+R in the article did nothing"
    article_id = window.article.article.id
    added = [q for q in window.library.article_quotes(article_id, ALL_KINDS) if q.origin == "human"]
    assert [q.text for q in added] == ["Officials present at the meeting were quick to deny"]
    assert added[0].speaker_name == "Robert Brieger"
    assert window.library.quote(listed.id).speaker_id == listed.speaker_id  # not reassigned
    assert window.current_quote_id() == added[0].id

    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Article"]
    item = menu.actions()[0]
    assert item.text() == "Attribute selected text to\u2026"
    assert item.shortcut().toString() == "Ctrl+R"
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.Start)  # nothing selected: it says how
    item.trigger()
    assert window.statusBar().currentMessage().startswith("Select the words of the quote")


def test_tab_reaches_the_timeline_after_the_article_not_among_the_filters(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    window = make_window(newsroom)
    activate(qtbot, window)
    window.select_speaker(newsroom.find_speaker("Person0 Surname0"))
    timeline = window.timeline
    assert timeline.plot is not None and timeline.plot.isVisible()  # drawn after the rest
    order = []
    window.speaker_view.setFocus()
    for _ in range(5):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [
        window.speaker_view,
        window.quote_view,
        window.article.text,
        timeline.gender,
        timeline.plot,
    ]
    window.show_hidden.setFocus()  # the last filter box: Tab goes on to the tabs
    qtbot.keyClick(window.show_hidden, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.tabs.tabBar()


def test_the_sources_tab_fits_an_800_by_600_window(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    window = make_window(newsroom)
    window.resize(800, 600)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the Sources tab
    assert window.tabs.currentWidget() is window.sources
    qtbot.waitUntil(lambda: window.sources.dashboard is not None)
    for _ in range(5):
        QApplication.processEvents()
    assert (window.width(), window.height()) == (800, 600), "the tab pushed the window wider"
    dashboard = window.sources.dashboard
    assert dashboard is not None
    for name, card in dashboard.cards.items():  # each chart whole inside its card
        chart = card.chart
        bottom = chart.mapTo(card, chart.rect().bottomLeft()).y()
        assert bottom < card.height(), f"the {name} chart runs under its card's edge"
        assert chart.height() >= chart.minimumHeight()


def test_a_long_role_history_leaves_the_speaker_list_its_rows(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    held = ("mayor", "senator", "governor", "minister", "ambassador", "judge", "treasurer",
            "director", "professor", "chairman", "spokesman", "economist")  # fmt: skip
    roles = [held[n % len(held)] for n in range(40)]  # a new role each quarter, ten years
    mayor = Speaker("Rosa Mendel", SpeakerKind.PERSON, "person:rosa mendel")
    for n, role in enumerate(roles):
        words = f"Word {n} on the budget,"
        text = f"\u201c{words}\u201d said Rosa Mendel, {role}.\n\nReport {n}."
        quote = Quote(Span(1, 1 + len(words)), words, mayor, None, "said", role=role)
        published = f"{2014 + n // 4}-{2 + 3 * (n % 4):02d}-10"
        newsroom.add_article(
            Analysis(text, Metadata(title=f"Report {n}", published=published), quotes=(quote,))
        )
    window = make_window(newsroom)
    window.resize(1280, 800)
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "Rosa")
    qtbot.waitUntil(lambda: window.speakers.rowCount() == 1)
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)  # into the list: Rosa Mendel
    assert window.current_speaker() is not None
    assert window.current_speaker().name == "Rosa Mendel"
    window.speaker_filter.clear()  # the whole list again, with her selected
    for _ in range(3):
        QApplication.processEvents()
    panel = window.speaker_panel.text()
    assert "36 earlier" in panel and "(2023-11)" in panel and "(2022-11)" not in panel, panel
    assert panel.count("\u2192") == 4  # "36 earlier → " and the latest four
    rows = window.speaker_view.verticalHeader().defaultSectionSize()
    assert window.speaker_view.viewport().height() >= 6 * rows, "the list squeezed"


def test_a_long_librarys_counts_are_never_cut(
    library: Library,
    make_window: Callable[[Library], MainWindow],
) -> None:
    """The top speaker of a long library: 120 quotes and 1,150 reported statements
    shown whole under Quotes ("120 +1,150"), not "120 +1…"."""
    busy = Speaker("Anna Dengo", SpeakerKind.PERSON, "person:anna dengo")
    text, quotes, statements = "", [], []
    for n in range(1_270):
        words = f"point {n}"
        if n < 120:
            start = len(text) + 1
            text += f"\u201c{words}\u201d Anna Dengo said. "
            quotes.append(Quote(Span(start, start + len(words)), words, busy, None, "said"))
        else:
            start = len(text) + len("Anna Dengo said ")
            text += f"Anna Dengo said {words}. "
            span = Span(start, start + len(words))
            statements.append(Statement(StatementKind.REPORTED, (span,), words, busy, None, "said"))
    library.add_article(
        Analysis(
            text, Metadata(title="Briefing"), quotes=tuple(quotes), statements=tuple(statements)
        )
    )
    window = make_window(library)
    view, model = window.speaker_view, window.speakers
    for width in (1400, 1024, 800):
        window.resize(width, 700)
        for _ in range(3):
            QApplication.processEvents()
        assert model.index(0, 0).data() == "Anna Dengo"
        shown = [COUNT] + ([] if view.isColumnHidden(REPORTED) else [REPORTED])
        for column in shown:
            said = model.index(0, column).data()
            room = view.columnWidth(column) - 8  # the cell's margins
            assert view.fontMetrics().horizontalAdvance(said) <= room, f"{said} cut at {width}"
    assert view.isColumnHidden(REPORTED)  # at 800 no room beside: Quotes says both
    assert model.index(0, COUNT).data() == "120 +1,150"
    window.speaker_view.selectRow(0)  # the panel says both, not "120 quotes in 1 article"
    assert "120 quotes, 1,150 reported statements in 1 article" in window.speaker_panel.text()
