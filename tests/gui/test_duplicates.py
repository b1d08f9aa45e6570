"""Issue 14: the "Possible duplicates" view: accept, reject and undo with one key; the
decisions kept through re-analysis; an automatic join split from the speaker's menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from core.extract import extract
from core.library import Library
from gui.main_window import MainWindow
from tests.gui.test_corrections import choose_in_menu

TEXTS = [
    "\u201cWe will win the state,\u201d Hillary Clinton said. \u201cWe are ready,\u201d Clinton"
    " added.",
    "\u201cThe economy is strong,\u201d Bill Clinton said. \u201cIt will grow,\u201d Clinton"
    " added.",
    "\u201cNothing is settled,\u201d Clinton said.",
]


def speakers(window: MainWindow) -> list[tuple[str, int]]:
    return sorted((r.name, r.quote_count) for r in window.speakers.loaded())


def press(view, key: Qt.Key, candidate: str, qtbot) -> None:  # noqa: ANN001
    """Select the pair whose candidate is ``candidate`` and decide it with ``key``."""
    row = next(i for i, s in enumerate(view.model.loaded()) if s.candidate == candidate)
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, key)


def test_accept_reject_undo_and_reanalysis(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    for text in TEXTS:
        library.add_article(extract(text))
    window = make_window(library)
    view = window.show_duplicates()
    assert view.isVisible() and view.model.total == 2
    assert any("same surname" in line for line in view.model.loaded()[0].evidence)

    press(view, Qt.Key.Key_R, "Bill Clinton", qtbot)  # different people
    assert [s.candidate for s in view.model.loaded()] == ["Hillary Clinton"]
    window.undo_stack.undo()
    assert view.model.total == 2
    window.undo_stack.redo()
    assert view.model.total == 1

    press(view, Qt.Key.Key_A, "Hillary Clinton", qtbot)  # the same person
    assert view.model.total == 0 and "No possible duplicates" in view.title.text()
    assert speakers(window) == [("Bill Clinton", 2), ("Hillary Clinton", 3)]
    window.undo_stack.undo()
    assert view.model.total == 1
    assert ("Clinton", 1) in speakers(window)
    window.undo_stack.redo()

    library.reanalyse_all(lambda text, metadata: extract(text, metadata))
    window.refresh()
    assert view.model.total == 0
    assert speakers(window) == [("Bill Clinton", 2), ("Hillary Clinton", 3)]


def test_split_an_automatic_join_from_the_speaker_menu(
    library: Library,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    library.add_article(extract("\u201cWe will prevail,\u201d said Joe Biden, the vice president."))
    library.add_article(extract("\u201cIt is done,\u201d said Joseph R. Biden Jr."))
    window = make_window(library)
    assert [name for name, _ in speakers(window)] == ["Joe Biden"]
    window.select_speaker(window.speakers.loaded()[0].id)
    assert "Joe Biden" in window.speaker_panel.text()
    assert "vice president" in window.speaker_panel.text()

    seen: list[str] = []
    choose_in_menu("Possible duplicates\u2026", seen)
    rect = window.speaker_view.visualRect(window.speakers.index(0, 0))
    window.speaker_view.customContextMenuRequested.emit(rect.center())
    assert "Split off" in seen
    window.duplicates.close()

    [variant] = window.library.person(window.current_speaker_id()).variants
    window.split_speaker(variant.id)
    assert speakers(window) == [("Joe Biden", 1), ("Joseph R. Biden Jr.", 1)]
    said = window.statusBar().currentMessage  # gui61: "Split off Joseph R. Biden Jr." before
    assert said() == "Joseph R. Biden Jr. split off from Joe Biden. Ctrl+Z undoes it"
    window.undo()
    assert speakers(window) == [("Joe Biden", 2)]
    assert said().startswith("Undone: Joseph R. Biden Jr. joined to Joe Biden again.")
