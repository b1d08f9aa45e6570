"""Make the two PDFs beside this script with Qt (the only PDF writer the venv has):
a one-column article as a reporter prints it from a browser, and a two-column page as a
magazine lays it out. Run once: ``QT_QPA_PLATFORM=offscreen python make_pdfs.py``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

HERE = Path(__file__).parent
HEADLINE = "Bridge inspectors find cracks in Canal Road span"
BYLINE = "By Odile Marchetti"
DATE = "April 18, 2024"
PARAGRAPHS = [
    "Inspectors found cracks in two steel girders of the Canal Road bridge this week, and "
    "the county will close one lane from Monday while engineers decide whether to repair "
    "or replace them.",
    "\u201cThe bridge is safe to drive on today, but it will not stay that way if we do "
    "nothing,\u201d said county engineer Rashid Benali. \u201cWe are not going to wait for "
    "a second report.\u201d",
    "The bridge carries about 14,000 vehicles a day between the harbour district and the "
    "motorway. Traffic on the one open lane will be controlled by signals at both ends.",
    "Shop owners on Canal Road said the closure would cost them customers. \u201cHalf my "
    "trade comes over that bridge,\u201d said Ines Carvalho, who runs a bakery near the "
    "east end.",
    "A decision on the girders is expected in June.",
]


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if metrics.horizontalAdvance(trial) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line]


def make(path: Path, columns: int) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(HEADLINE if columns == 1 else "Layout 1")
    writer.setCreator("On Record test data")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
        )
    )
    writer.setResolution(72)
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(72)
    head, body = QFont("DejaVu Serif", 20), QFont("DejaVu Serif", 10)
    y = 30.0
    for font, line in ((head, HEADLINE), (body, BYLINE), (body, DATE)):
        painter.setFont(font)
        painter.drawText(QPointF(0, y), line)
        y += QFontMetricsF(font).height() * 1.4
    painter.setFont(body)
    metrics = QFontMetricsF(body)
    gap = 18.0
    width = (page.width() - gap * (columns - 1)) / columns
    lines = [line for p in PARAGRAPHS for line in [*wrap(p, metrics, width), ""]]
    per_column = -(-len(lines) // columns)
    top = y + 10
    for n, line in enumerate(lines):
        column, row = divmod(n, per_column)
        painter.drawText(QPointF(column * (width + gap), top + row * metrics.height() * 1.2), line)
    painter.end()


if __name__ == "__main__":
    app = QGuiApplication([])
    make(HERE / "canal-road-bridge_one-column.pdf", 1)
    make(HERE / "canal-road-bridge_two-column.pdf", 2)
