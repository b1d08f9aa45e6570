"""Render docs/article-details.png and docs/citations.png from the demo article.

    QT_QPA_PLATFORM=offscreen python scripts/render_citation_docs.py

The first is the window with Article details… open over it (a date typed as a reporter
would, and how it was read); the second is Ctrl+C's HTML in each style as a word
processor shows it when pasted.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QTextBrowser

from core.citation import STYLES, cite
from core.library import Library
from gui.app import application, open_window
from gui.article_details import ArticleDetailsDialog

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> None:
    application()
    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "demo.db") as library:
        window = open_window(library)
        window.resize(1280, 800)
        window.show()
        window.search.setText("warfighting")
        window._apply_quote_filters()
        window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
        quote = window.current_quote()
        assert quote is not None

        dialog = ArticleDetailsDialog(library.article(quote.article_id), window)
        dialog.form.published.setText("Tuesday, Aug. 30, 2022")
        dialog.show()
        picture = window.grab()
        painter = QPainter(picture)
        shot = dialog.grab()
        painter.drawPixmap((picture.width() - shot.width()) // 2, 150, shot)
        painter.end()
        picture.save(str(DOCS / "article-details.png"))
        dialog.close()

        pasted = QTextBrowser()
        pasted.resize(900, 560)
        cited = window.cited(quote)
        pasted.setHtml(
            "".join(f"<h4>{label}</h4>{cite(cited, style).html}" for style, label in STYLES.items())
        )
        pasted.show()
        pasted.grab().save(str(DOCS / "citations.png"))
        window.close()


if __name__ == "__main__":
    main()
