"""Undo and redo that hold up: after a re-analysis has stored every quote anew, and when
the library refuses a correction (read-only, locked by another program, a full disk)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.library import Library
from gui.corrections import NOTHING_TO_UNDO
from gui.main_window import MainWindow


def edit_action(window: MainWindow, word: str):  # noqa: ANN201
    """The Edit menu's Undo or Redo, as Ctrl+Z and Ctrl+Shift+Z trigger it."""
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Edit"]
    return next(a for a in menu.actions() if a.text().startswith(word) or (
        word == "Undo" and a.text() == NOTHING_TO_UNDO))  # fmt: skip


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, message: shown.append(message))
    return shown


def reanalyse_redrawn(window: MainWindow) -> None:
    """Re-analyse every article as a new model might: each quote a character shorter (so
    stored anew, with a new id), the speakers the same."""
    lib = window.library
    for article_id in lib.article_ids():
        article = lib.article(article_id)
        stored = [
            *lib.quotes(article_id=article_id),
            *lib.quotes(article_id=article_id, hidden=True),
        ]
        quotes = tuple(
            Quote(Span(q.start, q.end - 1), q.text[:-1], Speaker(name, SpeakerKind.PERSON,
                  f"person:{name.lower()}"), None, "said")
            for q in stored
            for name in [lib.speaker(q.speaker_id).aliases[0]]
        )  # fmt: skip
        lib.reanalyse(article_id, Analysis(article.text, Metadata(article.title), quotes=quotes))
    window.refresh()


def test_undo_after_reanalysis_finds_each_correction(
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    warnings: list[str],
) -> None:
    window = make_window(newsroom)
    lib = newsroom
    first, second, third = lib.quotes(article_id=1)[:3]
    keep, merged = lib.find_speaker("Person0 Surname0"), lib.find_speaker("Person1 Surname1")
    assert keep is not None and merged is not None
    merged_quotes = lib.speaker(merged).quote_count
    window.hide_quote(first.id, True)
    window.tag_quote(second.id, "budget")
    window.reassign_quote(third.id, keep)
    window.merge_speakers(keep, merged)
    reanalyse_redrawn(window)
    assert second.id not in {q.id for q in lib.quotes(article_id=1)}  # stored anew
    assert edit_action(window, "Undo").text() == "Undo Merge Person1 Surname1 into Person0 Surname0"

    for _ in range(4):
        edit_action(window, "Undo").trigger()
    assert warnings == []
    assert lib.speaker(merged).quote_count == merged_quotes
    restored = {q.start: q for q in lib.quotes(article_id=1)}
    assert not restored[first.start].hidden
    assert restored[second.start].tags == ()
    assert restored[third.start].speaker_id == third.speaker_id
    edit_action(window, "Redo").trigger()
    assert lib.quotes(article_id=1, hidden=True)[0].start == first.start


@pytest.fixture
def locked(newsroom: Library) -> Iterator[None]:
    """Another program holds the library's write lock (for a tenth of a second's wait)."""
    newsroom.db.conn.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(newsroom.path)
    other.execute("BEGIN IMMEDIATE")
    yield
    other.rollback()
    other.close()


def refuse(monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    def refused(*_: object) -> None:
        raise sqlite3.OperationalError(reason)

    monkeypatch.setattr(Library, "hide_quote", refused)


@pytest.mark.parametrize(
    ("cause", "said"),
    [
        ("locked", "another program is writing to the library"),
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("opened read-only", "library.db: in a folder that cannot be written"),
    ],
)
def test_a_refused_correction_is_reported_once_and_not_stacked(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    newsroom: Library,
    make_window: Callable[[Library], MainWindow],
    warnings: list[str],
    cause: str,
    said: str,
) -> None:
    window = make_window(newsroom)
    quote = newsroom.quotes(article_id=2)[0]
    window.tag_quote(quote.id, "kept")
    if cause == "locked":
        request.getfixturevalue("locked")
    elif cause == "opened read-only":  # as the library says why it cannot be written
        monkeypatch.setattr(newsroom, "read_only", f"{newsroom.path}: {said[12:]}")
    else:
        refuse(monkeypatch, cause)
    window.hide_quote(quote.id, True)
    assert len(warnings) == 1 and said in warnings[0]
    assert "Could not mark as not a quote" in warnings[0] and "Nothing was changed" in warnings[0]
    assert window.undo_stack.count() == 1  # the tag alone
    if cause == "locked":
        edit_action(window, "Undo").trigger()  # an undo refused leaves the stack alone
        assert len(warnings) == 2 and window.undo_stack.index() == 1
    assert not newsroom.quote(quote.id).hidden


def test_undo_of_a_quote_no_longer_found_says_so_and_clears_the_history(
    newsroom: Library, make_window: Callable[[Library], MainWindow], warnings: list[str]
) -> None:
    window = make_window(newsroom)
    quote = newsroom.quotes(article_id=3)[0]
    window.tag_quote(quote.id, "budget")
    article = newsroom.article(3)
    newsroom.reanalyse(3, Analysis(text=article.text, metadata=Metadata(article.title)))
    edit_action(window, "Undo").trigger()
    assert len(warnings) == 1
    assert warnings[0].startswith("<p") and "Could not undo Tag" in warnings[0]
    assert "no longer there" in warnings[0] and "undo history was cleared" in warnings[0]
    assert window.undo_stack.count() == 0 and not edit_action(window, "Undo").isEnabled()
