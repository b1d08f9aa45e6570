"""Render the Versions panel for the README: docs/variants.png (and with --dark,
docs/variants-dark.png), from five short articles written here.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/variants_screenshot.py [--dark]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.document import Metadata
from core.ingest import analyse
from core.library import Library
from gui.app import SCREENSHOT_SIZE, application, default_settings, open_window

ROOT = Path(__file__).resolve().parents[1]
SAID = (
    "We have made significant progress on the ceasefire, and the talks will resume in"
    " Geneva on Monday with both delegations at the table."
)
ARTICLES = [  # outlet, date, title, text
    ("Reuters", "2024-06-03", "Ceasefire talks to resume in Geneva",
     f"Foreign Minister Lena Adler said late on Sunday: \u201c{SAID}\u201d Officials from"
     " both sides confirmed the date."),
    ("The Guardian", "2024-06-03", "Hopes rise for a ceasefire",
     f"\u201c{SAID}\u201d the foreign minister Lena Adler told reporters in Vienna."),
    ("Daily Courier", "2024-06-04", "Minister hails 'huge progress' in talks",
     "The foreign minister Lena Adler said: \u201cWe have made huge progress on the"
     " ceasefire, and the talks will resume in Geneva on Monday.\u201d"),
    ("Evening Post", "2024-06-04", "Talks back on, says spokesman",
     "Government spokesman Karl Weber said: \u201cThe talks will resume in Geneva on Monday"
     " with both delegations at the table.\u201d"),
    ("Morning Star", "2024-06-05", "Diplomats cautious",
     f"Deputy minister Paul Brandt said: \u201c{SAID.replace('significant', 'real')}\u201d"),
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    out = ROOT / "docs" / ("variants-dark.png" if args.dark else "variants.png")
    default_settings()  # the default layout, not this user's
    app = application(dark=args.dark or None)
    with tempfile.TemporaryDirectory() as scratch:
        library = Library(Path(scratch) / "library.db")
        for outlet, date, title, text in ARTICLES:
            library.add_article(analyse(text, Metadata(title, outlet, None, date)))
        window = open_window(library)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        window.select_quote(library.article_quotes(library.article_ids()[2])[0].id)
        window.variants.show()
        window.resizeDocks([window.variants], [330], Qt.Orientation.Vertical)
        for _ in range(5):
            app.processEvents()
        window.variants.view.resizeRowsToContents()
        app.processEvents()
        window.grab().save(str(out))
        window.close()
        library.close()
    print(out)
    QApplication.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
