"""Render reported speech in the window for the README: docs/statements.png, from the
seed article, with Josep Borrell's quotes and statements listed and one reported
statement selected (labelled, in italics, highlighted in the article).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/statements_screenshot.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.ingest import analyse_file, sample_paths
from core.library import Library
from gui.app import SCREENSHOT_SIZE, application, default_settings, open_window

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "are already training Ukrainian troops"  # the reported statement selected


def render(out: Path, shown: str, *, show: str | None = None, explain: bool = False) -> None:
    """Save the window on the seed article to ``out``, Josep Borrell selected and the row
    holding ``shown`` chosen; ``show`` sets the Show filter first, ``explain`` opens "Why
    this speaker?" on the row."""
    default_settings()  # the default layout, not this user's
    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        library = Library(Path(scratch) / "library.db")
        seed = next(p for p in sample_paths() if p.name == "eu-training-mission.txt")
        library.add_article(analyse_file(seed).analysis)
        window = open_window(library)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        if show is not None:
            window.speech.setCurrentIndex(window.speech.findText(show))
        speaker_id = library.find_speaker("Josep Borrell")
        assert speaker_id is not None
        window.select_speaker(speaker_id)
        app.processEvents()
        model = window.quotes
        row = next(n for n in range(model.rowCount()) if shown in model.row(n).text)
        window.quote_view.setCurrentIndex(model.index(row, 0))
        if explain:
            window.why_action.trigger()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out))
        window.close()
        library.close()
    print(out)
    QApplication.quit()


def main() -> int:
    render(ROOT / "docs" / "statements.png", SHOWN)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
