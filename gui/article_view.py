"""The article reader: plain text with the selected quote highlighted where it stands.

The article is shown as plain text (never as HTML from the article, so nothing in it
runs or loads). Quotes are marked with extra selections by their offsets, reported
statements in a lighter, cooler colour beneath them; Python offsets count code points
while Qt counts UTF-16 units, so offsets are converted.
"""

from __future__ import annotations

import html
from bisect import bisect_left

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from core.records import ArticleRow, QuoteRow
from gui.models import literal_html

VERSIONS_LINK = "versions:"


class Utf16Offsets:
    """Converts Python string offsets to Qt's UTF-16 positions and back."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._qt = [offset + n for n, offset in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        return position - bisect_left(self._qt, position - 1)


class ArticleText(QPlainTextEdit):
    """The text itself; reports clicks as Python offsets. Ctrl+C copies the text
    selected, or with nothing selected asks for the highlighted quote's citation
    (``copyCitation``): after a click on a quote the keys are here, and the reporter
    wants what Ctrl+C gives in the list, not nothing. The place read (the cursor, put
    at the quote shown) stays in view when the pane shrinks under it (the Versions
    panel opened, "Why this speaker?" shown above), unless scrolled away from."""

    clicked = Signal(int)
    copyCitation = Signal()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy) and not self.textCursor().hasSelection():
            self.copyCitation.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.offsets = Utf16Offsets("")
        self._in_view = False  # the cursor was in view when last scrolled or placed
        self.verticalScrollBar().valueChanged.connect(lambda _: self.note_place())
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def set_text(self, text: str) -> None:
        self.offsets = Utf16Offsets(text)
        self.setPlainText(text)

    def note_place(self) -> None:
        """Whether the cursor is in view now: kept in view at the next resize if so."""
        self._in_view = self.viewport().rect().intersects(self.cursorRect())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        keep = self._in_view
        super().resizeEvent(event)
        if keep and not self.viewport().rect().intersects(self.cursorRect()):
            self.centerCursor()
        self.note_place()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            position = self.cursorForPosition(event.position().toPoint()).position()
            self.clicked.emit(self.offsets.from_qt(position))

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(
            cursor.selectionEnd()
        )


class ArticleView(QWidget):
    """Header (title, outlet, author, date, link) over the highlighted text."""

    quoteClicked = Signal(int)  # noqa: N815 - Qt signal naming
    versionsClicked = Signal()  # noqa: N815 - the "3 other versions" link
    changed = Signal()  # another quote, another article or none shown

    def __init__(self) -> None:
        super().__init__()
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(False)
        self.header.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.header.setContentsMargins(8, 6, 8, 6)
        self.header.linkActivated.connect(
            lambda link: self.versionsClicked.emit() if link == VERSIONS_LINK else None
        )
        self.versions = ""  # the link to the selected quote's other versions, if any
        self.text = ArticleText()
        self.text.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.text, 1)
        self.article: ArticleRow | None = None
        self.quotes: list[QuoteRow] = []
        self.selected: QuoteRow | None = None
        self.show_placeholder("Select a quote to read it in its article.")

    def show_placeholder(self, message: str) -> None:
        self.article, self.quotes, self.selected = None, [], None
        self.header.setText(f"<i>{html.escape(message)}</i>")
        self.text.set_text("")
        self.text.setExtraSelections([])  # no marks left behind, collapsed at the start
        self.changed.emit()

    def show_article(
        self, article: ArticleRow, quotes: list[QuoteRow], selected: QuoteRow | None = None
    ) -> None:
        """Show ``article`` with its ``quotes`` marked lightly and ``selected`` strongly,
        scrolled to it. The selection always belongs to this article: a quote of the
        article shown before would be painted at offsets this text may not have. The
        same again (a refresh while an import runs) leaves the reporter where they read."""
        if (article, quotes, selected) == (self.article, self.quotes, self.selected):
            return
        if self.article is None or self.article.id != article.id:
            self.text.set_text(article.text)
        self.article, self.quotes, self.selected = article, quotes, selected
        self.header.setText(header_html(article) + self.versions)
        self.header.setToolTip(literal_html(article.source_path) if article.source_path else "")
        self._paint()
        self.changed.emit()
        if selected is not None:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(self.text.offsets.to_qt(selected.start))
            self.text.setTextCursor(cursor)
            self.text.centerCursor()
            self.text.note_place()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """The desktop turned dark or light: the marks, chosen for the palette they were
        painted in, would hide the text (white words on pale yellow)."""
        if event.type() == QEvent.Type.PaletteChange and self.article is not None:
            self._paint()
        super().changeEvent(event)

    def set_versions(self, label: str) -> None:
        """A link under the header to the selected quote's other versions ("" for none)."""
        self.versions = f"<br><a href='{VERSIONS_LINK}'>{html.escape(label)}</a>" if label else ""
        if self.article is not None:
            self.header.setText(header_html(self.article) + self.versions)

    def highlight_span(self) -> tuple[int, int] | None:
        """Python offsets of the strong highlight (for tests and checks)."""
        for selection in self.text.extraSelections():
            if selection.format.property(QTextCharFormat.Property.UserProperty) == "selected":
                c = selection.cursor
                return self.text.offsets.from_qt(c.selectionStart()), self.text.offsets.from_qt(
                    c.selectionEnd()
                )
        return None

    def _paint(self) -> None:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        colours = {  # (lightly, selected) for quotes and for reported speech
            False: (
                QColor("#5a4a12" if dark else "#fff3c4"),
                QColor("#8a6d00" if dark else "#ffd54f"),
            ),
            True: (
                QColor("#23384a" if dark else "#e8f1fb"),
                QColor("#2f5f8a" if dark else "#b9d7f5"),
            ),
        }
        selected = self.selected
        shown = list(self.quotes)
        if selected is not None and all(q.id != selected.id for q in shown):
            shown.append(selected)
        selections = []
        for quote in sorted(shown, key=lambda q: not q.reported):  # reported speech beneath
            is_selected = selected is not None and quote.id == selected.id
            selections.append(
                self._selection(quote, colours[quote.reported][is_selected], is_selected)
            )
        self.text.setExtraSelections(selections)

    def _selection(
        self, quote: QuoteRow, color: QColor, selected: bool
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.text.offsets.to_qt(quote.start))
        cursor.setPosition(self.text.offsets.to_qt(quote.end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        if selected:
            fmt.setProperty(QTextCharFormat.Property.UserProperty, "selected")
        selection.format = fmt
        return selection

    def _clicked(self, offset: int) -> None:
        """The innermost quote or statement clicked: a partial quotation before the
        reported speech holding it."""
        under = [q for q in self.quotes if q.start <= offset < q.end]
        if under:
            self.quoteClicked.emit(min(under, key=lambda q: q.end - q.start).id)


def header_html(article: ArticleRow) -> str:
    """Title, then outlet · author · date, then the link, all escaped."""
    title = html.escape(article.title or "Untitled article")
    byline = " \u00b7 ".join(
        html.escape(part) for part in (article.outlet, article.author, article.published) if part
    )
    parts = [f"<b style='font-size:13pt'>{title}</b>"]
    if byline:
        parts.append(byline)
    if article.url:
        url = html.escape(article.url, quote=True)
        parts.append(f"<a href='{url}'>{url}</a>")
    return "<br>".join(parts)
