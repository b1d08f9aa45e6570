"""A reporter's pass over the window (session 53): each flow walked as a reporter on
deadline walks it, on the demo; each test here failed before its fix."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QStyleOptionViewItem

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.extract import extract
from core.ingest import import_samples
from core.library import Library
from gui import commands
from gui.main_window import MainWindow
from tests.gui.conftest import activate
from tests.gui.test_duplicates import TEXTS as DUPLICATE_TEXTS


def test_a_correction_keeps_the_list_of_a_speaker_only_reported(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The European Union is only reported in the demo (no quotation): starring its
    statement had thrown the list back to the whole library, the speaker still selected
    above it (the window kept a speaker's list only while they had a quotation)."""
    union = window.library.find_speaker("European Union")
    assert window.library.speaker(union).quote_count == 0
    window.select_speaker(union)
    statement = window.current_quote()
    assert statement is not None and statement.reported
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.library.quote(statement.id).starred
    assert window.quote_title.text().startswith("<b>Quotes and reported speech by European Union")
    assert window.quotes.total == 1
    assert window.current_quote_id() == statement.id
    assert window.article.highlight_span() == (statement.start, statement.end)


def test_a_speaker_emptied_by_a_correction_leaves_for_the_whole_library(
    window: MainWindow,
) -> None:
    """What the check is for: a speaker with nothing left to list (their one statement
    given to someone else) no longer holds the list."""
    lib = window.library
    union = lib.find_speaker("European Union")
    window.select_speaker(union)
    statement = window.current_quote()
    window.reassign_quote(statement.id, lib.find_speaker("Josep Borrell"))
    assert window.quote_title.text().startswith("<b>All quotes and reported speech")
    window.undo()
    assert lib.quote(statement.id).speaker_id == union


def test_the_heading_names_a_speaker_as_corrected(window: MainWindow) -> None:
    """A speaker renamed while their quotes are listed: the heading above them had kept
    the machine's name ("by Nathalie Loiseau" over quotes now given as Nathalie Loiseaux)."""
    lib = window.library
    loiseau = lib.find_speaker("Nathalie Loiseau")
    window.select_speaker(loiseau)
    role = lib.speaker(loiseau).role
    window.edit_speaker(loiseau, ("Nathalie Loiseaux", role, "person"))
    by = "<b>Quotes and reported speech by "
    assert window.quote_title.text().startswith(f"{by}Nathalie Loiseaux</b>")
    window.undo()
    assert window.quote_title.text().startswith(f"{by}Nathalie Loiseau</b>")


def test_the_heading_names_an_article_as_corrected(window: MainWindow) -> None:
    """An article's quotes listed, its title corrected (Article details): the heading
    had kept the title read from the file."""
    lib = window.library
    window.select_first()
    article_id = window.current_quote().article_id
    window.show_article_quotes(article_id)
    before = lib.article(article_id)
    facts = Metadata("EU weighs a training mission", before.outlet, before.author,
                     before.published, before.url)  # fmt: skip
    window._push(commands.edit_article(lib, article_id, facts))
    heading = window.quote_title.text()
    assert "\u201cEU weighs a training mission\u201d" in heading
    assert before.title not in heading


def test_ctrl_c_in_the_speaker_list_copies_the_selected_quotes_citation(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """A speaker clicked lists their quotes with the first selected and highlighted in
    its article; Ctrl+C, the keys still in the speaker list, had put the bare name on
    the clipboard ("Josep Borrell") and said nothing, while Edit says Ctrl+C copies the
    citation."""
    borrell = window.library.find_speaker("Josep Borrell")
    row = window.speakers.row_of_id(borrell)
    activate(qtbot, window)
    rect = window.speaker_view.visualRect(window.speakers.index(row, 0))
    qtbot.mouseClick(window.speaker_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.speaker_view.hasFocus()
    quote = window.current_quote()
    assert quote is not None and quote.speaker_id == borrell
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "citation copied" in window.statusBar().currentMessage()
    window.copy_citation()  # what Edit → Copy citation gives for the quote selected
    assert copied == QGuiApplication.clipboard().text()
    assert copied.startswith("According to Josep Borrell, ") and "(Machi, 2022)" in copied


def test_ctrl_c_with_no_quote_listed_says_so(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    activate(qtbot, window)
    window.search.setText("zzyzx")
    qtbot.waitUntil(lambda: window.quotes.total == 0)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "No quote selected to cite"


def double_click(view: QAbstractItemView, index: QModelIndex, qtbot) -> None:  # noqa: ANN001
    """As a hand does it: a click, then the second press (Qt's view takes a double-click
    only on the cell its first press went to)."""
    where = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_possible_duplicates_names_open_their_quotes(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """To decide whether a bare "Clinton" is Hillary or Bill, the reporter reads what
    that Clinton said: the view gave counts and dates, and no way to the quotes short of
    hunting the row in the speaker list (one of several "Clinton" rows in a library).
    A double-click on a name lists that speaker's quotes; Space, the first name's."""
    for text in DUPLICATE_TEXTS:
        library.add_article(extract(text))
    window = make_window(library)
    view = window.show_duplicates()
    pair = next(i for i, s in enumerate(view.model.loaded()) if s.candidate == "Hillary Clinton")
    double_click(view.table, view.model.index(pair, 0), qtbot)
    assert window.quote_title.text().startswith("<b>Quotes by Clinton</b> (1)")
    assert window.current_quote().text == "Nothing is settled,"
    double_click(view.table, view.model.index(pair, 1), qtbot)
    assert window.quote_title.text().startswith("<b>Quotes by Hillary Clinton</b> (2)")
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert window.quote_title.text().startswith("<b>Quotes by Clinton</b>")
    assert view.isVisible() and view.model.total == 2  # nothing decided by reading


LONG_NAME = "Christabel Montgomery-Fitzwilliam Oyelaran-Vanderbilt"


def long_named(library: Library) -> None:
    """An article quoting a person whose name is wider than the speaker column."""
    words = "We will not move the budget deadline again"
    text = f"Budget news\n\n\u201c{words},\u201d said {LONG_NAME}, the deputy minister.\n"
    start = text.index(words)
    person = Speaker(LONG_NAME, SpeakerKind.PERSON, f"person:{LONG_NAME.lower()}")
    quote = Quote(Span(start, start + len(words)), words, person, None, "said")
    metadata = Metadata(title="Budget news", published="2024-03-01")
    library.add_article(Analysis(text=text, metadata=metadata, quotes=(quote,)))


def test_a_long_name_keeps_its_surname_in_the_speaker_list(
    library: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    """The speaker list wrapped a name at its spaces and cut the rest on its one-line
    rows: "Christabel …", the surname that tells two rows apart gone. A person's name
    is cut in its middle now; an organisation's or a description's at its end, still on
    one line."""
    import_samples(library)  # the demo's organisations beside
    long_named(library)
    window = make_window(library)
    view = window.speaker_view
    width = view.columnWidth(0)
    kinds = set()
    for row in range(window.speakers.rowCount()):
        index = window.speakers.index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        view.itemDelegateForIndex(index).initStyleOption(option, index)
        assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
        shown = option.fontMetrics.elidedText(option.text, option.textElideMode, width - 8)
        if option.text == LONG_NAME:
            assert shown != LONG_NAME and shown.startswith("Christabel")
            assert shown.endswith("Vanderbilt")
        kind = window.speakers.row(row).kind
        kinds.add(kind)
        if kind != SpeakerKind.PERSON:
            assert option.textElideMode == Qt.TextElideMode.ElideRight
    assert SpeakerKind.ORGANISATION in kinds


def test_the_timeline_counts_quotes_in_whole_numbers(window: MainWindow) -> None:
    """A person quoted once: the timeline's axis read 0, 0.5, 1.0, 1.5, 2.0 "quotes a
    day"."""
    window.select_speaker(window.library.find_speaker("Robert Brieger"))
    plot = window.timeline.plot
    assert plot is not None
    plot.grab()
    axis = plot.points.getAxis("left")
    low, high = plot.points.viewRange()[1]
    ticks = [t for _, level in axis.tickValues(low, high, plot.points.height()) for t in level]
    assert ticks and all(float(t).is_integer() for t in ticks)
    assert 1 in ticks


def test_a_star_names_what_was_starred(window: MainWindow) -> None:
    """The status bar said "Star quote. Ctrl+Z undoes it" for any row, a reported
    statement too, without saying which: it names the row as every other correction
    does, and Edit's Undo names a statement a statement."""
    union = window.library.find_speaker("European Union")
    window.select_speaker(union)
    statement = window.current_quote()
    window.star_quote(statement.id, True)
    message = window.statusBar().currentMessage()
    assert message.startswith("Reported speech: a new training mission aimed at")
    assert "\u2014 starred. Ctrl+Z undoes it" in message
    assert window.undo_stack.undoText() == "Star statement"
    window.undo()
    assert not window.library.quote(statement.id).starred
