"""gui58: the Possible duplicates view left in place by refreshes that change no pair;
the list heading's fixed links kept whole."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from core.extract import extract
from core.library import Library
from gui import importing
from gui.main_window import MainWindow
from gui.sources_view import SourcesView
from tests.gui.conftest import activate
from tests.gui.test_corrections import later
from tests.gui.test_duplicates import TEXTS
from tests.gui.test_gui97b import dropped

SHIFT_CTRL = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def clinton_story(n: int) -> str:
    """Hillary Clinton speaks for an even ``n``, Bill for an odd one."""
    name = ("Hillary", "Bill")[n % 2]
    return f"Report {n}\n\n\u201cThe plan {n} will work,\u201d {name} Clinton said.\n"


def test_duplicates_open_during_an_import_keep_their_place_until_a_pair_comes(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
) -> None:
    """An open Possible duplicates view was read afresh on every refresh of an import
    (each second): the list reset, its rows re-laid and the row chosen re-selected by
    its place, another pair when the order moved. Now pairs whose counts moved change in
    place; when pairs come, go or move, the chosen pair stays chosen."""
    for text in TEXTS:  # "Clinton" beside Hillary and beside Bill Clinton: two pairs
        library.add_article(extract(text))
    window = make_window(library)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_D, SHIFT_CTRL)
    view = window.duplicates
    qtbot.waitUntil(lambda: view is not None and view.isVisible())
    assert [s.candidate for s in view.model.loaded()] == ["Hillary Clinton", "Bill Clinton"]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(view.model.total))

    dropped(window, article_folder("one", count=2, story=clinton_story))  # one each
    qtbot.waitUntil(lambda: window.worker is None, timeout=30_000)
    assert resets == []  # the same pairs in the same order: read in place
    chosen = view.current()
    assert chosen is not None and chosen.candidate == "Bill Clinton"
    assert "Bill Clinton: no role (3 quotes)" in chosen.evidence
    assert view.detail.text() == "\n".join(chosen.evidence)

    dropped(window, article_folder("more", count=1, story=clinton_story, first=9))
    qtbot.waitUntil(lambda: window.worker is None, timeout=30_000)
    assert resets == [2]  # Bill's pair moved up: read afresh
    assert [s.candidate for s in view.model.loaded()] == ["Bill Clinton", "Hillary Clinton"]
    assert view.current() is not None and view.current().candidate == "Bill Clinton"


def broken(label: QLabel, words: str) -> bool:
    """Whether ``words`` in the label's text stand on two lines at the label's width."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # laid out
    start = document.toPlainText().index(words)
    layout = document.firstBlock().layout()
    lines = {layout.lineForTextPosition(n).lineNumber() for n in (start, start + len(words) - 1)}
    return len(lines) > 1


def long_title_story(n: int) -> str:
    return (
        "The Long Road: What the Campaign Learned in Its Hardest Week in Iowa and Beyond\n\n"
        f"\u201cWe kept going {n},\u201d Jane Roe said.\n"
    )


def test_the_headings_all_quotes_link_never_breaks_across_lines(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
) -> None:
    """At 1920 px, the heading of an imported article's quotes wrapped after its long
    title with "all" on one line and "quotes" on the next. A short link is kept whole
    however wide the reporter drags the window."""
    window.resize(1920, 1080)
    activate(qtbot, window)
    dropped(window, article_folder("long", count=1, story=long_title_story))
    qtbot.waitUntil(lambda: window.worker is None, timeout=30_000)
    heading = window.quote_title
    assert "The Long Road" in heading.text() and "all quotes" in heading.text()
    for width in range(1200, 1921, 30):
        window.resize(width, 1080)
        qtbot.wait(1)  # laid out
        assert not broken(heading, "all quotes"), width


def retype_role(role: str, qtbot) -> None:  # noqa: ANN001
    """In the speaker editor about to open: the role replaced by ``role``, then Enter."""

    def act(dialog: QWidget) -> None:
        dialog.role.selectAll()
        qtbot.keyClicks(dialog.role, role)
        qtbot.keyClick(dialog.role, Qt.Key.Key_Return)

    later(QApplication.activeModalWidget, act)


def test_f2_on_a_quote_corrects_its_speakers_role(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    """A role read wrong was corrected only from a right-click on the speaker's row; a
    reporter reading the quote had to find the speaker first, and the line then said
    just "Speaker Tom Poe corrected". Now F2 on the quote (or Quote → Edit Tom Poe)
    opens the editor, and the line says what changed."""
    library.add_article(
        extract("\u201cThe road is closed,\u201d said Tom Poe, the county treasurer.")
    )
    window = make_window(library)
    activate(qtbot, window)
    window.speaker_filter.setFocus()
    qtbot.keyClicks(window.speaker_filter, "poe")
    qtbot.keyClick(window.speaker_filter, Qt.Key.Key_Down)
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_Tab)  # on to his quote
    assert window.quote_actions.speaker.text() == "Edit Tom Poe (name, role)\u2026"

    retype_role("county commissioner", qtbot)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_F2)
    assert window.current_speaker().role == "county commissioner"
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            "Tom Poe: role \u201ccounty commissioner\u201d (was \u201ccounty treasurer\u201d)"
        )
    )
    activate(qtbot, window)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "county commissioner" in QApplication.clipboard().text()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_speaker().role == "county treasurer"

    retype_role("grain farmer", qtbot)  # F2 in the speaker list edits the row selected
    window.speaker_view.setFocus()
    qtbot.keyClick(window.speaker_view, Qt.Key.Key_F2)
    assert window.current_speaker().role == "grain farmer"


def test_a_one_word_search_that_finds_nothing_is_not_told_to_use_fewer_words(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window.quote_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "zeppelin")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.quote_title.text() == "<b>No quotes match \u201czeppelin\u201d</b>"
    qtbot.keyClicks(window.search, " fleet")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.quote_title.text().endswith("\u2014 try fewer words")


def test_the_sources_charts_take_a_tenth_of_the_time_while_an_import_runs(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    article_folder: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With the Sources tab open, each live refresh of an import counted and drew the
    five charts again: beside a 330-article library 0.2-0.35 s of each second, the window
    frozen meanwhile. Now, while the import runs, they wait nine times what their last
    drawing took; once it ends, everything is counted. (The refresh is made quicker, and
    the import waits for the charts after each of its first two articles, so that a
    short import shows the pace on any machine.)"""
    monkeypatch.setattr(importing, "LIVE_REFRESH_MS", 20)
    reload = SourcesView.reload
    drawn: list[tuple[float, float, bool]] = []  # start, end, whether an import ran

    def timed(view: SourcesView) -> None:
        start = time.monotonic()
        reload(view)
        drawn.append((start, time.monotonic(), window.worker is not None))

    def live_drawings(stored: int) -> None:
        """In the worker's thread, after its first and second article: wait until the
        charts were drawn once per article stored (20 s at most)."""
        deadline = time.monotonic() + 20
        while stored <= 2 and sum(running for *_, running in drawn) < stored:
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)

    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # charts built
    assert window.tabs.currentWidget() is window.sources
    monkeypatch.setattr(SourcesView, "reload", timed)
    worker = dropped(window, article_folder("batch", count=6))
    worker.signals.progress.connect(
        lambda done, *_: live_drawings(done), Qt.ConnectionType.DirectConnection
    )
    qtbot.waitUntil(lambda: window.worker is None, timeout=60_000)
    assert sum(running for *_, running in drawn) >= 2  # drawn while it ran...
    for (began, ended, _), (started, _, running) in zip(drawn, drawn[1:], strict=False):
        # ...a tenth of the time at most (8.5: a timer may fire a little early)
        assert not running or started - ended >= 8.5 * (ended - began)
    assert not drawn[-1][2] and window.sources.stats.quotes == window.library.counts().quotes
