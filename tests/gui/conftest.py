"""GUI test fixtures: offscreen Qt, settings in a temporary folder, a demo library."""

from __future__ import annotations

import os
from collections.abc import Iterator
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
def window(qtbot, library: Library) -> Iterator[MainWindow]:  # noqa: ANN001
    application()
    win = open_window(library)  # imports the demo article into the empty library
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    yield win
    win.close()  # before the library closes: no timer may reach a closed database
