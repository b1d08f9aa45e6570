"""GUI test fixtures: offscreen Qt, settings in a temporary folder, a demo library."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from core.library import Library  # noqa: E402
from gui.app import application, open_window  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QCoreApplication.setOrganizationName("OnRecordTests")
    QCoreApplication.setApplicationName("On Record")


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(tmp_path / "library.db")
    yield lib
    lib.close()


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[[Library], MainWindow]]:  # noqa: ANN001
    """Open the window on a library as ``onrecord`` does (the demo goes into an empty
    one); every window made is closed before the libraries a test opened close."""
    made: list[MainWindow] = []

    def make(library: Library) -> MainWindow:
        application()
        win = open_window(library)
        qtbot.addWidget(win)
        win.resize(1400, 860)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()  # no timer may reach a closed database


@pytest.fixture
def window(library: Library, make_window: Callable[[Library], MainWindow]) -> MainWindow:
    return make_window(library)
