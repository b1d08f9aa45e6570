"""What gui58's tour left (gui59): each test drives the window as a reporter would and
failed before its mend."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind, Statement
from core.document import StatementKind as Kind
from core.extract import extract
from core.ingest import demo_articles
from core.library import Library
from gui.main_window import MainWindow
from tests.gui.conftest import activate
from tests.gui.test_corrections import select_speaker
from tests.gui.test_duplicates import TEXTS
from tests.gui.test_gui58 import retype_role
from tests.gui.test_gui97b import dropped

POE = Speaker("Tom Poe", SpeakerKind.PERSON, "person:tom poe")


def said(date: str, words: str, role: str, kind: Kind = Kind.DIRECT) -> Analysis:
    """A one-paragraph article in which Tom Poe, ``role``, says ``words`` (a quote) or
    is reported to have said them."""
    if kind is Kind.DIRECT:
        text = f"\u201c{words}\u201d said Tom Poe, the {role}.\n"
    else:
        text = f"Tom Poe, the {role}, said that {words}.\n"
    start = text.index(words)
    span = Span(start, start + len(words))
    mention = Span(text.index("Tom Poe"), text.index("Tom Poe") + 7)
    meta = Metadata(title=f"County news of {date}", published=date)
    if kind is Kind.DIRECT:
        quote = Quote(span, words, POE, mention, "said", role=role)
        statement = Statement(kind, (span,), words, POE, mention, "said", role=role)
        return Analysis(text, meta, quotes=(quote,), statements=(statement,))
    return Analysis(
        text, meta, statements=(Statement(kind, (span,), words, POE, mention, "said", role=role),)
    )


def test_the_timeline_tells_the_roles_the_panel_above_it_lists(
    library: Library,
    make_window: Callable[[Library], MainWindow],
) -> None:
    """Quoted as treasurer, then only reported as commissioner and as senator: the
    panel listed three roles while the timeline, which read the roles of the quotes'
    articles alone, said one ("34 quotes …" and no change). It plots reported
    statements too, marked apart, and its summary counts the panel's roles."""
    library.add_article(said("2016-01-12", "The books balance to the cent", "county treasurer"))
    library.add_article(
        said("2016-05-03", "the levy would pass", "county commissioner", Kind.REPORTED)
    )
    library.add_article(
        said("2016-10-20", "the road fund was safe", "state senator", Kind.REPORTED)
    )
    window = make_window(library)
    select_speaker(window, "Tom Poe")
    panel = window.speaker_panel.text()
    assert all(
        role in panel for role in ("county treasurer", "county commissioner", "state senator")
    )
    timeline = window.timeline
    assert [r.role for r in timeline.timeline.roles] == [
        "county treasurer", "county commissioner", "state senator",
    ]  # fmt: skip
    summary = timeline.summary.text()
    assert "1 quote and \u25c7 2 reported statements, 2016-01-12 to 2016-10-20" in summary
    assert "the role changed 2 times" in summary
    plot = timeline.plot
    assert plot is not None and plot.isVisible()
    assert sorted(len(s.data) for s in plot.scatters) == [1, 2]  # two kinds, two markers


def test_corrections_made_says_the_articles_role_came_back_on_an_undo(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """F2, a new role, Ctrl+Z: the log read "Tom Poe: role taken off" while the list
    showed his articles' role back. It says so, and names the role."""
    library.add_article(said("2016-01-12", "The books balance to the cent", "county treasurer"))
    window = make_window(library)
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "poe")
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)
    retype_role("county commissioner", qtbot)
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_F2)
    activate(qtbot, window)  # the editor closed
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_speaker().role == "county treasurer"
    shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_H, shift)
    log = window.corrections_log
    assert log is not None and log.isVisible()
    assert [log.table.item(row, 1).text() for row in range(2)] == [
        "Tom Poe: role back to \u201ccounty treasurer\u201d from the articles",
        "Tom Poe: role set to \u201ccounty commissioner\u201d",
    ]
    log.close()


def test_a_reported_statement_from_the_times_is_cited_with_quotation_marks(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """NYT's two apostrophes as a quotation mark were copied raw into the citation
    ("According to Tom Poe, …, ''to fix the road''")."""
    words = "he backed the levy, ''to fix the road''"
    library.add_article(said("2016-05-03", words, "county commissioner", Kind.MIXED))
    window = make_window(library)
    activate(qtbot, window)
    window.speech.setCurrentIndex(window.speech.findText("Quotes and reported speech"))
    select_speaker(window, "Tom Poe")
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "he backed the levy, \u201cto fix the road\u201d" in copied
    assert "''" not in copied


def test_the_first_import_offers_to_take_the_demo_out_of_the_charts(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    """The demo (2022) stayed among a reporter's 2016 articles: quotes per month ran
    2015-11 to 2022-08, the real months squeezed into a tenth of the chart. After the
    first import the tab bar's corner offers to remove it; Remove it, and the chart
    holds the reporter's months alone (Ctrl+Z brings the demo back); the offer, once
    answered, is not made again."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "levy.txt").write_text(
        "Levy vote set\n\n\u201cThe levy will pass,\u201d said Tom Poe, the county treasurer.\n"
    )
    (folder / "levy.meta.json").write_text(json.dumps({"published": "2016-03-02"}))
    offer = window.demo_offer
    assert not offer.isVisible()  # the demo alone: nothing to offer
    worker = dropped(window, folder)
    qtbot.waitUntil(lambda: window.worker is None)
    assert worker is not None and offer.isVisible()
    assert (
        offer.geometry().bottom() <= window.tabs.tabBar().geometry().bottom() + 2
    )  # no room taken
    window.tabs.setCurrentWidget(window.sources)
    months = lambda: [row[0] for row in window.sources.stats.tables()["month"].rows]  # noqa: E731
    qtbot.waitUntil(lambda: window.sources.stats is not None and "2022-08" in months())

    qtbot.mouseClick(offer.remove, Qt.MouseButton.LeftButton)
    assert not offer.isVisible() and demo_articles(window.library) == []
    assert window.statusBar().currentMessage().startswith("The demo article \u201c")
    qtbot.waitUntil(lambda: months() == ["2016-03"])
    activate(qtbot, window)
    qtbot.keyClick(window.sources, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_articles(window.library) != []
    offer.offer(window.library)  # a later import: answered already
    assert not offer.isVisible()


def test_at_1280_by_800_the_speaker_list_takes_the_room_no_timeline_needs(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """With no speaker chosen, 250 px of blank sat under the list ("Select a speaker to
    see their quotes over time."); the list takes them, and gives them back to the
    timeline, as tall as before, when a speaker is chosen. Possible duplicates rows of
    one pair each read one line (70 px rows, four in view, for pairs told apart by a
    date), what tells the pairs apart first."""
    for text in TEXTS:  # "Clinton" beside Hillary and Bill Clinton: two pairs
        library.add_article(extract(text))
    window = make_window(library)
    window.resize(1280, 800)
    activate(qtbot, window)
    timeline, left = window.timeline, window.left_splitter
    window.speaker_view.clearSelection()
    window.speaker_view.setCurrentIndex(QModelIndex())
    qtbot.waitUntil(lambda: window.current_speaker_id() is None)
    line = timeline.heading.sizeHint().height()
    qtbot.waitUntil(lambda: left.sizes()[1] <= line + 12)  # the line and its margins
    window.speaker_filter.setFocus()
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)  # the first speaker
    assert window.current_speaker_id() is not None
    qtbot.waitUntil(lambda: left.sizes()[1] >= 250)  # as the splitter held it

    view = window.show_duplicates()
    rows = view.model.rowCount()
    assert rows >= 2
    one_line = view.table.fontMetrics().height() + 12
    assert all(view.table.rowHeight(row) <= one_line for row in range(rows))
    first = view.model.row(0)
    listed = view.model.index(0, 2).data()
    assert listed.startswith(f"{first.speaker}: ")  # its own facts first
    assert all(reason in listed for reason in first.evidence)
    view.close()
