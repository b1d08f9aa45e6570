"""The window's long run over a real library, for the README's Reliability table:

    onrecord ingest ../shared/corpora/polnear/train/text ../shared/corpora/polnear/dev/text \\
        --jobs 2 --db /tmp/polnear.db
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/gui/soak.py /tmp/polnear.db

Works on a copy of the library: arrow keys down (and back up) the speaker list, then the
quote list, then corrections with undo and redo; prints what it did, the Qt warnings it
saw and the time. Under a Qt binding that loses references it aborts instead."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtCore import Qt, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from core.library import Library  # noqa: E402
from gui.app import application, open_window  # noqa: E402


def press(app: QApplication, view: QTableView, presses: int) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    key = Qt.Key.Key_Down
    for _ in range(presses):
        row = view.currentIndex().row()
        if row == view.model().rowCount() - 1:
            key = Qt.Key.Key_Up
        elif row == 0:
            key = Qt.Key.Key_Down
        QTest.keyClick(view, key)
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--presses", type=int, default=5000)
    parser.add_argument("--corrections", type=int, default=600)
    args = parser.parse_args()
    warnings: list[str] = []
    qInstallMessageHandler(
        lambda _mode, _context, message: (
            warnings.append(message) if "propagateSizeHints" not in message else None
        )
    )
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "library.db"
        shutil.copy(args.db, db)
        app = application()
        library = Library(db)
        window = open_window(library)
        window.resize(1280, 800)
        window.show()
        window.select_first()
        print(f"PySide6 {pyside_version}, Python {sys.version.split()[0]}", flush=True)
        for name, view in (("speakers", window.speaker_view), ("quotes", window.quote_view)):
            began = time.perf_counter()
            press(app, view, args.presses)
            print(f"{args.presses} presses through the {name}: {time.perf_counter() - began:.1f} s")
        began = time.perf_counter()
        quotes = [q.id for q in library.quotes(limit=args.corrections)]
        before = [library.quote(q) for q in quotes]
        for n in range(args.corrections):
            quote = library.quote(quotes[n % len(quotes)])
            if n % 2:
                window.tag_quote(quote.id, f"soak {n % 3}")
            else:
                window.hide_quote(quote.id, not quote.hidden)
            if n % 10 == 9:
                window.undo()
                window.redo()
        while window.undo_stack.canUndo():
            window.undo()
        elapsed = time.perf_counter() - began
        print(f"{args.corrections} corrections, undone and redone: {elapsed:.1f} s")
        undone = [library.quote(q) for q in quotes] == before
        print(f"integrity {'ok' if library.integrity_ok() else 'FAILED'},", end=" ")
        print("every correction undone" if undone else "NOT ALL UNDONE")
        window.close()
        library.close()
    print(f"Qt warnings: {len(warnings)}", *sorted(set(warnings))[:5], sep="\n  ")
    return 1 if warnings or not undone else 0


if __name__ == "__main__":
    sys.exit(main())
