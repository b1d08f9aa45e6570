"""What gui61's tour found: each test drives the window as a reporter would and failed
before its mend."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.library import Library
from gui.main_window import MainWindow
from tests.gui.conftest import activate
from tests.gui.test_corrections import select_speaker
from tests.gui.test_gui59 import said

ROLES = (
    "deputy assistant county treasurer for the eastern townships",
    "acting chair of the county roads and bridges committee",
    "county commissioner for the second district of the county",
    "candidate for the state senate in the fourteenth district",
    "state senator for the fourteenth district and whip",
)


def one_quote(name: str, words: str, date: str) -> Analysis:
    """A one-paragraph article in which ``name`` says ``words``."""
    text = f"\u201c{words}\u201d said {name}.\n"
    start = text.index(words)
    speaker = Speaker(name, SpeakerKind.PERSON, f"person:{name.lower()}")
    mention = Span(text.index(name), text.index(name) + len(name))
    quote = Quote(Span(start, start + len(words)), words, speaker, mention, "said")
    return Analysis(text, Metadata(title=f"{name} on {date}", published=date), quotes=(quote,))


def settled() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_a_short_panel_after_a_long_one_gives_the_timeline_its_room_back(
    library: Library,
    make_window: Callable[[Library], MainWindow],
) -> None:
    """At 800x600, Tom Poe's long roles wrap the panel under the speaker list over many
    lines; Ann Lee's is two. Picked after him, her panel stayed as tall as his, blank
    under its lines: the speaker list lost those rows, and on the PolNeAR tour (Hillary
    Clinton, then Josh Earnest) his timeline said "Make the window taller" too."""
    for month, role in enumerate(ROLES, start=1):
        library.add_article(said(f"2016-{month:02d}-10", f"Words number {month} here", role))
    for day in (3, 17):
        library.add_article(one_quote("Ann Lee", f"We open on the {day}th", f"2016-03-{day}"))
    window = make_window(library)
    window.resize(800, 600)
    settled()
    panel, timeline = window.speaker_panel, window.timeline

    select_speaker(window, "Ann Lee")
    settled()
    first = (panel.height(), timeline.plot is not None and timeline.plot.isVisible())
    assert first[1], "her timeline is drawn at 800x600"
    select_speaker(window, "Tom Poe")
    settled()
    assert panel.height() > first[0]  # his roles take more lines
    select_speaker(window, "Ann Lee")
    settled()
    assert (panel.height(), timeline.plot.isVisible()) == first
    assert not timeline.no_room.isVisible()


def test_quotes_per_month_are_counted_whole(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """The Sources view over a search that finds three quotes: "Quotes per month" had
    its axis at 0.5, 1, 1.5 … 3, half a quote a step (the timeline counts whole)."""
    window.tabs.setCurrentWidget(window.sources)
    window.search.setText("Ukraine")
    sources = window.sources
    qtbot.waitUntil(lambda: sources.stats is not None and 1 < sources.stats.quotes < 5)
    axis = sources.dashboard.month.getAxis("left")
    low, high = axis.range
    ticks = [value for _, values in axis.tickValues(low, high, axis.height()) for value in values]
    assert ticks and all(value == int(value) for value in ticks), ticks


def test_a_gender_and_a_tag_are_confirmed_in_words(window: MainWindow) -> None:
    """Setting a gender said "Set gender. Ctrl+Z undoes it", naming no one and no
    gender; a tag said "Tag “EU story”", naming no quote. Each now says what it did to
    whom, as a reassignment or a star does, and its undo what came back."""
    status = window.statusBar()
    borrell = select_speaker(window, "Josep Borrell")
    combo = window.timeline.gender
    combo.setCurrentIndex(combo.findData("not stated"))
    combo.activated.emit(combo.currentIndex())
    assert status.currentMessage() == (
        "Josep Borrell: gender not stated, set by you. Ctrl+Z undoes it"
    )
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert status.currentMessage().startswith(
        "Josep Borrell: gender male, as the articles state it."
    )
    assert window.library.speaker_gender(borrell).human is False

    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    quote = window.current_quote()
    window.tag_quote(quote.id, "EU story")
    words = status.currentMessage()
    assert (
        words.startswith("Reported speech: The goal")
        and " \u2014 tagged \u201cEU story\u201d." in words
    )
    window.undo()
    assert " \u2014 no longer tagged \u201cEU story\u201d." in status.currentMessage()
    assert window.library.quote(quote.id).tags == ()


def test_the_versions_panel_opening_keeps_the_quote_in_sight(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """A quote at the foot of the list, its Versions opened (Ctrl+Shift+O): the panel
    took the list's lower half and the quote it was about went out of sight (the
    status bar said "Rows 18,624–18,631" of a list whose selected row was below them)."""
    window = make_window(newsroom)
    settled()
    view = window.quote_view
    area = view.viewport().rect()
    last = max(
        r
        for r in range(window.quotes.rowCount())
        if area.contains(view.visualRect(window.quotes.index(r, 0)))
    )
    view.setCurrentIndex(window.quotes.index(last, 0))
    free_below = area.height() - view.visualRect(view.currentIndex()).bottom()
    activate(qtbot, window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(window.variants.isVisible)
    settled()
    assert area.height() - view.viewport().height() > free_below  # the panel took its room
    row = view.visualRect(view.currentIndex())
    assert view.viewport().rect().contains(row), (row, view.viewport().rect())


def test_a_share_too_narrow_for_its_figure_shows_none_rather_than_a_cut_one(
    window: MainWindow,
) -> None:
    """The Sources view at 800x600 over train's people: 12% women, 33% men, 55% not
    stated. The orange segment is some 19 px wide and its "12%" was drawn centred on
    it, the "1" cut off by the axis: it read "2%". A figure is drawn only where it fits
    whole (the card above says the women's share in words)."""
    window.resize(800, 600)
    window.tabs.setCurrentWidget(window.sources)
    settled()
    chart = window.sources.dashboard.gender
    chart.set_rows(
        [("Quotes", [17, 61, 22]), ("People", [12, 33, 55])], ["female", "male", "not stated"]
    )
    settled()
    bars = [item.sceneBoundingRect() for item in chart.items() if isinstance(item, pg.BarGraphItem)]
    figures = {}
    for item in chart.items():
        if isinstance(item, pg.TextItem) and item.toPlainText().endswith("%"):
            centre = item.sceneBoundingRect().center()
            [segment] = [bar for bar in bars if bar.contains(centre)]
            figures[item.toPlainText()] = segment.width()
    assert {"61%", "33%", "55%"} <= figures.keys()
    advance = QFontMetrics(chart.font()).horizontalAdvance
    assert all(advance(figure) < width for figure, width in figures.items()), figures
