"""Start-up: the application, the library, the demo on first run, the main window."""

from __future__ import annotations

import atexit
import sys
import tempfile
import threading
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QColor, QIcon, QImageWriter, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from core.ingest import import_samples
from core.library import Library, default_path
from core.schema import LibraryError
from gui.main_window import MainWindow
from gui.models import literal_html

ICON = "onrecord.svg"  # in resources/icons

SCREENSHOT_SIZE = (1400, 860)


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#333333",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#333333",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }  # fmt: skip
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))  # greyed out
    return palette


def dark_check_box_palette() -> QPalette:
    """The dark palette for check boxes, with a lighter Window. Fusion draws a box's edge
    a shade darker than Window: on the dark window that edge (#1e1e1e) round the box
    (#1f1f1f) did not show, and an unticked "Starred" or "Hidden" had no box at all. A
    check box paints no background, so Window is that edge alone."""
    palette = dark_palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#8c8c8c"))
    return palette


def application(dark: bool | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.platformName() == "offscreen" and not app.property("clipboard_released"):
        # Qt's offscreen clipboard crashes at exit while it holds data; with no desktop
        # to keep a copy for, empty it first.
        atexit.register(lambda: QApplication.clipboard().clear())
        app.setProperty("clipboard_released", True)
    QCoreApplication.setOrganizationName("OnRecord")
    QCoreApplication.setApplicationName("On Record")
    app.setApplicationDisplayName("On Record")
    app.setWindowIcon(QIcon(str(resources.files("resources.icons").joinpath(ICON))))
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        app.setPalette(dark_check_box_palette(), "QCheckBox")
    return app  # type: ignore[return-value]


def open_window(library: Library) -> MainWindow:
    """The main window over ``library``, with the demo imported into an empty one."""
    first_run = library.counts().articles == 0 and not library.read_only
    if first_run:
        import_samples(library)
    window = MainWindow(library)  # it fills itself from the library once
    if first_run:
        window.statusBar().showMessage(FIRST_RUN, 60_000)
    return window


# short enough to stand beside the library's counts at 800 wide (the toolbar's Paste
# article says the rest)
FIRST_RUN = "The demo article. Import your own: Ctrl+O, or drop files here"


def preload_charts() -> threading.Thread:
    """Import the charts' libraries (pyqtgraph, numpy: about a second on a busy machine)
    in the background once the window shows, so the first speaker picked or the Sources
    tab opened does not freeze on them. Imports alone: no Qt object is made off the UI
    thread (the window waits on the import lock if it needs them sooner)."""

    def load() -> None:
        import gui.charts  # noqa: F401
        import gui.timeline_plot  # noqa: F401

    thread = threading.Thread(target=load, name="preload-charts", daemon=True)
    thread.start()
    return thread


def default_settings(folder: Path | None = None) -> None:
    """Window settings kept in ``folder`` (a new temporary one by default): the defaults,
    not this user's layout, for a screenshot, a benchmark or a test."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    where = str(folder) if folder is not None else tempfile.mkdtemp()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, where)


def unwritable_picture(path: Path) -> str | None:
    """Why Qt cannot write a picture of the window to ``path`` (its extension names no
    image format Qt writes), or None when it can."""
    formats = sorted({bytes(f).decode().lower() for f in QImageWriter.supportedImageFormats()})
    suffix = path.suffix.lower().lstrip(".")
    if suffix in formats:
        return None
    why = (
        f"Qt writes no \u201c{path.suffix}\u201d image"
        if suffix
        else "its name has no extension to pick the image format by"
    )
    written = ", ".join(f".{f}" for f in formats)
    return f"cannot write the screenshot {path}: {why}; name it .png, or one of {written}"


def run(
    db_path: Path | None = None, screenshot: Path | None = None, dark: bool | None = None
) -> int:
    if screenshot is not None:  # a picture of the defaults, not of this user's layout
        if problem := unwritable_picture(screenshot):  # said before the window is built
            print(f"onrecord: {problem}", file=sys.stderr)
            return 2
        default_settings()
    app = application(dark)
    path = db_path or default_path()
    try:
        library = Library(path)
    except LibraryError as error:
        print(f"onrecord: {error}", file=sys.stderr)
        if screenshot is None:  # a screenshot runs unattended: no box to wait behind
            QMessageBox.critical(None, "On Record", literal_html(str(error)))
        return 1
    window = open_window(library)
    if library.read_only:
        window.statusBar().showMessage(library.read_only)
    if screenshot is not None:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.select_first()
        app.processEvents()
        ok = window.grab().save(str(screenshot))
        window.close()
        library.close()
        if not ok:
            print(f"onrecord: could not write {screenshot}", file=sys.stderr)
            return 1
        return 0
    window.show()
    QTimer.singleShot(0, window.resume)  # where the reporter was, else the newest quote
    QTimer.singleShot(0, preload_charts)
    window.check_for_damage()
    code = app.exec()
    library.close()
    return code
