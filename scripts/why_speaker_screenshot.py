"""Render "Why this speaker?" for the README: docs/why-this-speaker.png, from the seed
article, with Josep Borrell's quotes listed, "But the needs are enormous ..." selected
and its evidence marked in the article (the cue, the "he" and the naming it refers to).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/why_speaker_screenshot.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from core.ingest import analyse_file, sample_paths
from core.library import Library
from gui.app import SCREENSHOT_SIZE, application, default_settings, open_window

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "But the needs are enormous"  # the quote explained


def main() -> int:
    out = ROOT / "docs" / "why-this-speaker.png"
    default_settings()  # the default layout, not this user's
    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        library = Library(Path(scratch) / "library.db")
        seed = next(p for p in sample_paths() if p.name == "eu-training-mission.txt")
        library.add_article(analyse_file(seed).analysis)
        window = open_window(library)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.speech.setCurrentIndex(window.speech.findText("Quotes"))
        speaker_id = library.find_speaker("Josep Borrell")
        assert speaker_id is not None
        window.select_speaker(speaker_id)
        app.processEvents()
        model = window.quotes
        row = next(n for n in range(model.rowCount()) if SHOWN in model.row(n).text)
        window.quote_view.setCurrentIndex(model.index(row, 0))
        window.why_action.trigger()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out))
        window.close()
        library.close()
    print(out)
    QApplication.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
