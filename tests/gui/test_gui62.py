"""What gui61's tour left and gui62's found: each test drives the window as a reporter
would and failed before its mend."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from core.evidence import explain
from core.library import Library
from gui.main_window import MainWindow
from gui.models import MATCH_ROLE
from tests.gui.conftest import jane_roe_story
from tests.gui.test_deadline_pass import typed_search
from tests.gui.test_gui61 import one_quote
from tests.gui.test_why_speaker import show_quote


def test_a_search_finds_a_words_other_forms(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """ "emails" found none of the quotes saying "email", nor "resigned" one saying
    "resign"; the form found is highlighted, and a speaker found by a plural of his name."""
    window.library.add_article(one_quote("Ann Lee", "I never read that email thread", "2016-03-01"))
    window.library.add_article(one_quote("Tom Poe", "I will not resign over this", "2016-03-02"))
    window.refresh()
    typed_search(window, qtbot, "emails")
    qtbot.waitUntil(lambda: window.quotes.rowCount() == 1)
    index = window.quotes.index(0, 0)
    [(start, end)] = index.data(MATCH_ROLE)
    assert index.data()[start:end] == "email"
    typed_search(window, qtbot, "resigned")
    qtbot.waitUntil(lambda: window.quotes.rowCount() == 1)
    assert window.quotes.loaded()[0].speaker_name == "Tom Poe"
    typed_search(window, qtbot, "Poes")
    qtbot.waitUntil(lambda: window.quotes.rowCount() == 1)
    assert window.quotes.index(0, 1).data(MATCH_ROLE) == [(4, 7)]


def test_why_this_speaker_says_how_sure_in_words(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """The line ended "the model agreed among 3 candidates (margin 71.4)": a number no
    reporter can weigh. It says sure, likely or a close call, and between whom; a library
    stored before, its line worded the old way, is told afresh too."""
    quote_id = show_quote(window, "But the needs are enormous")
    evidence = json.loads(
        window.library.db.execute(
            "SELECT evidence FROM quotes WHERE id = ?", [quote_id]
        ).fetchone()[0]
    )
    evidence["explanation"] = "Josep Borrell …; the model agreed among 3 candidates (margin 71.4)."
    window.library.db.execute(
        "UPDATE quotes SET evidence = ? WHERE id = ?", [json.dumps(evidence), quote_id]
    )
    window.quote_view.setFocus()
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.quote_view, Qt.Key.Key_E, shortcut)
    line = window.why.banner.text()
    assert "margin" not in line and "the model agreed and was sure" in line
    close = {**evidence, "margin": 1.5, "candidates": evidence["candidates"][:1]}
    close["candidates"].append(evidence["mention"])
    assert "a close call between \u201che\u201d and \u201c" in explain(close, "Josep Borrell")


def test_the_filters_narrow_the_speakers_and_count_them_there(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> None:
    """An outlet picked left the speaker list library-wide: everyone, with every quote
    counted (Clinton "29 +54" beside her 19 Politico rows). Each filter of the quote
    list narrows it to the speakers of the rows it lists, counted there; clearing them
    gives the whole list back."""
    window = make_window(newsroom)
    window.select_first()
    everyone = window.speakers.rowCount()

    def listed() -> dict[int, int]:
        return {row.id: row.quote_count for row in window.speakers.loaded()}

    window.outlet.setCurrentIndex(window.outlet.findData("Gazette"))
    gazette = listed()
    assert sum(gazette.values()) == newsroom.count_quotes(outlet="Gazette") == 40  # of 120
    for speaker_id, count in gazette.items():
        assert count == newsroom.count_quotes(outlet="Gazette", speaker_id=speaker_id) > 0
    window.date_from.setText("2024-10-01")
    window.date_from.editingFinished.emit()
    autumn = listed()
    assert 0 < len(autumn) < everyone
    assert all(
        n == newsroom.count_quotes(outlet="Gazette", date_from="2024-10-01", speaker_id=s)
        for s, n in autumn.items()
    )
    window.starred.setChecked(True)  # nothing starred: no speaker, and the list says why
    assert window.speakers.rowCount() == 0
    assert "under these filters" in window.speaker_view.empty_note
    window.clear_filters()
    assert window.speakers.rowCount() == everyone


def test_an_archives_outlet_is_named_as_the_news_writes_it(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    """A file named as PolNeAR's are, "nyt_2016-06-17_…", was filed under "NYT", and
    Ctrl+C cited "NYT."; the outlet filter and the citation now say "The New York Times"."""
    path = tmp_path / "nyt_2016-06-17_budget-vote.txt"
    path.write_text(jane_roe_story(7), encoding="utf-8")
    worker = window.import_paths([path])
    assert worker is not None
    with qtbot.waitSignal(worker.signals.finished, timeout=60_000):
        pass
    window.outlet.setCurrentIndex(window.outlet.findData("The New York Times"))
    qtbot.waitUntil(lambda: window.quotes.rowCount() == 1)
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    cited = QGuiApplication.clipboard().text()
    assert "The New York Times" in cited and "NYT" not in cited


def test_a_from_date_after_the_to_date_marks_both_boxes(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    """September typed as From and August as To: the list said "none" and neither box
    said why. Both are marked and the status bar says no date lies between them; put in
    order, the marks and the message go."""
    for edit, typed in ((window.date_from, "2022-09-01"), (window.date_to, "Aug 2022")):
        edit.setFocus()
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert window.quotes.rowCount() == 0
    assert "no date lies between them" in window.statusBar().currentMessage()
    assert all("no date lies between" in e.toolTip() for e in (window.date_from, window.date_to))
    window.date_from.clear()
    window.date_from.setFocus()
    qtbot.keyClicks(window.date_from, "2022-08-01")
    qtbot.keyClick(window.date_from, Qt.Key.Key_Tab)
    assert window.quotes.rowCount() > 0  # the demo's 30 August
    assert not window.statusBar().currentMessage()
    assert not any(e.styleSheet() for e in (window.date_from, window.date_to))
