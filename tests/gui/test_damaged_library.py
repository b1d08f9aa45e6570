"""A library damaged on disk: the window opens at once, reads every page in the
background, and turns the library read-only with a message before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.library import Library
from core.schema import LibraryError
from gui.main_window import MainWindow
from gui.models import literal_html
from tests.test_library_robustness import big_library


def damage_first_article(path: Path) -> None:
    """Overwrite the page holding the first article's text, which the window does not
    read when it opens (it shows the newest quotes first)."""
    data = path.read_bytes()
    size = int.from_bytes(data[16:18], "big")  # the page size, from the file header
    page = data.index(b"Filler 0. Filler 0.") // size
    with path.open("r+b") as file:
        file.seek(page * size)
        file.write(b"\xa5" * size)


def warnings(window: MainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_damaged_library_turns_read_only_with_a_message(
    tmp_path: Path,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    path = tmp_path / "damaged.db"
    big_library(path)
    damage_first_article(path)
    with Library(path) as library:
        window = make_window(library)  # the lists meet the damaged page and say so
        qtbot.waitUntil(lambda: bool(warnings(window)), timeout=20_000)
        [shown] = warnings(window)
        assert f"{path}: damaged (" in shown and "read-only" in shown
        assert window.statusBar().currentMessage() == library.read_only
        with pytest.raises(LibraryError, match="damaged"):
            library.hide_quote(1)


def test_damage_the_lists_do_not_meet_is_found_in_the_background(
    tmp_path: Path,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    path = tmp_path / "damaged.db"
    big_library(path)
    with Library(path) as library:
        window = make_window(library)
        assert library.read_only is None and warnings(window) == []
        damage_first_article(path)  # as a disk fails under an open window
        with qtbot.waitSignal(window.damageChecked, timeout=20_000) as checked:
            window.check_for_damage()
        assert checked.args[0]  # what quick_check found
        assert warnings(window) == [literal_html(library.read_only or "")]
        assert library.read_only is not None and "damaged" in library.read_only


def test_a_sound_library_says_nothing(
    tmp_path: Path,
    make_window: Callable[[Library], MainWindow],
    qtbot,  # noqa: ANN001
) -> None:
    with Library(tmp_path / "sound.db") as library:
        window = make_window(library)
        with qtbot.waitSignal(window.damageChecked, timeout=20_000) as checked:
            window.check_for_damage()
        assert checked.args == [""]
        assert warnings(window) == [] and library.read_only is None
