"""Render docs/duplicates.png: the window on a library, a person's panel, and the
"Possible duplicates" view over it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_duplicates.py LIBRARY.db OUT.png

The library is copied first and left as it was (docs/duplicates.png: one made with
`onrecord ingest ../shared/corpora/polnear/train/text --jobs 2`, train alone).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter

from core.library import Library
from gui.app import application, default_settings, open_window


def main(source: str, out: str, person: str = "Hillary Clinton") -> int:
    default_settings()
    copy = Path(tempfile.mkdtemp()) / "library.db"
    shutil.copy(source, copy)
    app = application()
    with Library(copy) as library:
        window = open_window(library)
        window.resize(1400, 860)
        window.show()
        found = library.find_speaker(person)
        if found is not None:
            window.select_speaker(found)
        view = window.show_duplicates()
        view.resize(900, 430)
        view.table.setCurrentIndex(view.model.index(0, 0))
        app.processEvents()
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(QPoint(430, 330), view.grab())
        painter.end()
        ok = picture.save(out)
        view.close()
        window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
