"""Search matches highlighted in the quote list, as a marker pen would: a coloured
background behind the words found, never a character added to the quote (a guillemet
read as a quotation mark, and went into a story with a copy).

The cell is laid out as Qt lays out a wrapped item (word wrap, the lines that fit,
centred, the last one elided with "…"), with the matches' backgrounds drawn under their
words. A cell without matches is left to Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.models import MATCH_ROLE

Index = QModelIndex | QPersistentModelIndex
MARK = QColor("#ffd84d")  # a highlighter's yellow, with dark words on it in either theme
MARKED_TEXT = QColor("#1a1a1a")


def visible_lines(text: str, font: QFont, width: float, height: float) -> list[tuple[int, str]]:
    """The lines of ``text`` wrapped to ``width`` that fit in ``height``, each with where
    it starts in ``text``; the last one shown ends in "…" when more text follows."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    spacing = QFontMetricsF(font).lineSpacing()
    room = max(1, int(height // spacing))
    lines = [(start, text[start : start + length]) for start, length in starts[:room]]
    if len(starts) > room:  # the rest of the text elided into the last line that fits
        start = lines[-1][0]
        elided = QFontMetricsF(font).elidedText(text[start:], Qt.TextElideMode.ElideRight, width)
        lines[-1] = (start, elided)
    return lines


class MatchDelegate(QStyledItemDelegate):
    """Draws a cell's text with its search matches (``MATCH_ROLE`` spans) highlighted."""

    CACHED = 2000  # cells' line breaks kept: a scroll repaints the same cells again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: dict[tuple[str, str, int, int], list[tuple[int, str]]] = {}

    def _visible_lines(self, text: str, font: QFont, rect: QRect) -> list[tuple[int, str]]:
        key = (text, font.key(), rect.width(), rect.height())
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) >= self.CACHED:
                self._lines.clear()
            lines = self._lines[key] = visible_lines(text, font, rect.width(), rect.height())
        return lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        spans = index.data(MATCH_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect: QRect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemText, option, widget
        ).adjusted(margin, 0, -margin, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = option.palette.color(group, role)
        lines = self._visible_lines(text, option.font, rect)
        spacing = QFontMetricsF(option.font).lineSpacing()
        top = rect.top() + (rect.height() - spacing * len(lines)) / 2
        painter.save()
        painter.setClipRect(option.rect)
        for number, (start, words) in enumerate(lines):
            layout = QTextLayout(words, option.font)
            formats = []
            kept = len(words) - (words != text[start : start + len(words)])  # not the "…"
            for first, last in spans:
                lo, hi = max(first - start, 0), min(last - start, kept)
                if lo < hi:
                    mark = QTextLayout.FormatRange()
                    mark.start, mark.length = lo, hi - lo
                    mark.format = QTextCharFormat()
                    mark.format.setBackground(MARK)
                    mark.format.setForeground(MARKED_TEXT)
                    formats.append(mark)
            layout.setFormats(formats)
            layout.beginLayout()
            line = layout.createLine()
            line.setLineWidth(rect.width() + spacing)  # the line was measured to fit already
            layout.endLayout()
            painter.setPen(ink)
            layout.draw(painter, QPointF(rect.left(), top + number * spacing))
        painter.restore()
