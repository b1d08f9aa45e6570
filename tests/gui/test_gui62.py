"""What gui61's tour left and gui62's found: each test drives the window as a reporter
would and failed before its mend."""

from __future__ import annotations

from gui.main_window import MainWindow
from gui.models import MATCH_ROLE
from tests.gui.test_deadline_pass import typed_search
from tests.gui.test_gui61 import one_quote


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
