"""A reporter's pass over the window on a news library (session 22, helper gui25): a date
box holding no date, the Possible duplicates window's loading, and "Why this speaker?"
on reported speech."""

from __future__ import annotations

from collections.abc import Callable

from core.extract import extract
from core.library import Library
from core.records import QuoteEvidence
from gui.main_window import MainWindow
from gui.why_speaker import explanation
from tests.gui.test_duplicates import TEXTS


def test_a_date_that_is_no_date_is_named_and_filters_nothing(window: MainWindow) -> None:
    everything = window.quotes.total
    assert everything > 0
    window.date_from.setText("garbage")
    window.date_from.editingFinished.emit()
    assert window.quotes.total == everything  # not an empty list with no reason given
    message = window.statusBar().currentMessage()
    assert message.startswith("From date:") and "garbage" in message
    assert window.date_from.property("error") and "garbage" in window.date_from.toolTip()
    assert window.clear_filters_action.isEnabled()  # the red box can be cleared at once

    window.date_from.setText("2030")  # a year alone, as written
    window.date_from.editingFinished.emit()
    assert window.quotes.total == 0 and not window.date_from.property("error")
    window.clear_filters()
    assert window.quotes.total == everything and window.date_from.toolTip().startswith("A date")


def test_a_date_is_read_as_written(window: MainWindow) -> None:
    window.statusBar().clearMessage()  # the first run's word on the demo
    window.date_to.setText("Jan. 1, 1990")
    window.date_to.editingFinished.emit()
    assert window.quote_filters()["date_to"] == "1990-01-01"
    assert window.quotes.total == 0 and not window.statusBar().currentMessage()


def test_duplicates_open_with_one_read_and_a_short_list_is_not_counted(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    monkeypatch,  # noqa: ANN001
) -> None:
    for text in TEXTS:
        library.add_article(extract(text))
    window = make_window(library)
    calls: list[str] = []
    for name in ("suggestions", "count_suggestions"):
        real = getattr(library, name)
        monkeypatch.setattr(
            library, name, lambda *a, real=real, name=name, **k: calls.append(name) or real(*a, **k)
        )
    view = window.show_duplicates()
    assert view.model.total == 2
    assert calls == ["suggestions"]  # each took seconds on a large library
    calls.clear()
    assert window.show_duplicates() is view and calls == ["suggestions"]


def test_why_on_reported_speech_does_not_send_the_reporter_to_reanalyse(
    window: MainWindow,
) -> None:
    reported = next((q for q in window.quotes.loaded() if q.reported), None) or next(
        q for q in window.library.quotes(limit=500) if q.reported
    )
    line = window.why.explain(reported.id)
    assert line is not None and "re-analyse" not in line  # re-analysing would not help
    if window.library.quote_evidence(reported.id).evidence is None:  # so stored today
        assert line.startswith("On Record keeps no reasons for reported speech")
    old_quote = QuoteEvidence(None, None, None, "machine", "X")  # a quote stored long ago
    assert "re-analyse" in explanation(old_quote)
