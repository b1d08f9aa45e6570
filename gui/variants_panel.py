"""The Versions panel: the same quote in other articles, earliest first (who reported it
first), with the words that differ from an earlier version marked, possible misquotes
flagged, and the reporter's "not the same quote" and "the same quote" corrections."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.library import Library
from core.records import QuoteRow, Version
from core.variants import marked
from gui import commands
from gui.models import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
QUOTE_COLUMN = 3
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
MISQUOTE = "possible misquote"


def versions_html(version: Version, dark: bool) -> str:
    """The version's text with its changes marked: added words highlighted, the earlier
    words they replace struck through."""
    added = "#1f5f2a" if dark else "#c8f0c8"
    removed = "#7a2630" if dark else "#f8d0d4"
    style = {
        "same": "{}",
        "added": f"<span style='background:{added}'>{{}}</span>",
        "removed": f"<span style='background:{removed}; text-decoration:line-through'>{{}}</span>",
    }
    body = "".join(
        style[kind].format(html.escape(piece))
        for kind, piece in marked(version.quote.text, version.changes)
    )
    return f"\u201c{body}\u201d"


class VersionsModel(QAbstractTableModel):
    """One group's versions, earliest first (a group is small: all rows at once)."""

    headers = ("Date", "Outlet", "Speaker", "Quote")

    def __init__(self) -> None:
        super().__init__()
        self.versions: list[Version] = []
        self.dark = False

    def set_versions(self, versions: list[Version], dark: bool) -> None:
        self.beginResetModel()
        self.versions, self.dark = versions, dark
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.versions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        version = self.versions[index.row()]
        quote = version.quote
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == QUOTE_COLUMN:
                flag = f" <b>\u26a0 {MISQUOTE}</b>" if version.misquote else ""
                return versions_html(version, self.dark) + flag
            first = " (first)" if index.row() == 0 else ""
            return [(quote.published or "") + first, quote.outlet or "",
                    quote.speaker_name or "(unattributed)"][index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole:
            changes = "; ".join(
                f"\u201c{c.removed}\u201d \u2192 \u201c{c.added}\u201d" for c in version.changes
            )
            return (quote.article_title or "") + (f"\nChanged: {changes}" if changes else "")
        if role == ROW_ROLE:
            return version
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Draws a cell's HTML (the quote with its marked changes), wrapped to the column."""

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        color = option.palette.color(QPalette.ColorRole.Text).name()
        document.setDefaultStyleSheet(f"body {{ color: {color}; }}")
        document.setHtml(f"<body>{text}</body>")
        document.setTextWidth(max(width, 40))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, text, option.rect.width() - 8)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.drawContents(painter, QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        view = option.widget
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 400
        document = self._document(option, option.text, width - 8)
        return QSize(width, int(document.size().height()) + 4)


class VersionsView(QTableView):
    """The versions table; Ctrl+C asks for a citation (a table copies a cell's text)."""

    copyRequested = Signal()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            return
        super().keyPressEvent(event)


class VariantsPanel(QDockWidget):
    """The versions of the selected quote; double-click one to read it in its article."""

    quoteActivated = Signal(int)  # noqa: N815

    def __init__(
        self,
        library: Library,
        push: Callable[[commands.LibraryCommand], bool],
        cite: Callable[[QuoteRow], None],
    ) -> None:
        super().__init__("Versions")
        self.setObjectName("versions-panel")
        self.library, self._push, self._cite = library, push, cite
        self.quote_id: int | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.model = VersionsModel()
        self.view = VersionsView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(QUOTE_COLUMN, RichTextDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        header = self.view.horizontalHeader()
        for column, width in enumerate((120, 140, 150)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(QUOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.view.resizeRowsToContents())
        self.view.doubleClicked.connect(self._activated)

        self.view.copyRequested.connect(self.copy_citation)

        self.copy_first = QPushButton("Copy earliest citation")
        self.copy_first.clicked.connect(lambda: self.copy_citation(earliest=True))
        self.split_button = QPushButton("Not the same quote")
        self.split_button.setToolTip("Take the selected versions out of this group")
        self.split_button.clicked.connect(self.split_selected)
        self.join_button = QPushButton("Join another quote\u2026")
        self.join_button.setToolTip("Add a quote the machine did not see as a version")
        self.join_button.clicked.connect(self.join_dialog)
        heading = QHBoxLayout()  # all an empty panel shows: why, and Join
        heading.addWidget(self.summary, 1)
        heading.addWidget(self.join_button)
        buttons = QHBoxLayout()
        for button in (self.copy_first, self.split_button):
            buttons.addWidget(button)
        buttons.addStretch()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.height_open = 0  # the panel's height with versions, kept while folded
        self.visibilityChanged.connect(lambda visible: visible and self.reload())

    # ------------------------------------------------------------------ showing
    def show_quote(self, quote_id: int | None) -> None:
        """Follow the selected quote (read only while the panel is open)."""
        self.quote_id = quote_id
        if self.isVisible():
            self.reload()

    def history_moved(self, _index: int) -> None:
        """A correction made, undone or redone: the groups may have changed."""
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        versions = self.library.versions(self.quote_id) if self.quote_id is not None else []
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.model.set_versions(versions, dark)
        self.summary.setText(summary_html(versions))
        for button in (self.copy_first, self.split_button):
            button.setEnabled(bool(versions))
        self._fold(not versions)
        self.join_button.setEnabled(self.quote_id is not None)
        self.view.resizeRowsToContents()
        if versions:
            self.view.selectRow(0)

    def _fold(self, empty: bool) -> None:
        """No other versions: the panel folds to its heading line and the panes above
        take the room; versions again, it opens to the height it had."""
        if empty == self.view.isHidden():
            return
        if empty:
            self.height_open = self.height()
        for widget in (self.view, self.copy_first, self.split_button):
            widget.setVisible(not empty)
        body = self.widget()
        body.setMaximumHeight(body.minimumSizeHint().height() if empty else QWIDGETSIZE_MAX)
        window = self.parentWidget()
        if not empty and isinstance(window, QMainWindow) and self.height_open:
            window.resizeDocks([self], [self.height_open], Qt.Orientation.Vertical)

    # ------------------------------------------------------------------ actions
    def selected(self) -> list[Version]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.model.versions[row] for row in rows]

    def copy_citation(self, earliest: bool = False) -> None:
        """The selected version's citation (the earliest's, when asked or none is)."""
        chosen = self.selected()
        if self.model.versions:
            version = self.model.versions[0] if earliest or not chosen else chosen[0]
            self._cite(version.quote)

    def _activated(self, index: QModelIndex) -> None:
        self.quoteActivated.emit(self.model.versions[index.row()].quote.id)

    def split_selected(self) -> None:
        chosen = [v.quote.id for v in self.selected()]
        if chosen and len(chosen) < len(self.model.versions):
            self._push(commands.split_versions(self.library, chosen))

    def join_dialog(self) -> None:
        if self.quote_id is None:
            return
        other = JoinDialog(self.library, self.library.quote(self.quote_id), self).chosen()
        known = {v.quote.id for v in self.model.versions} | {self.quote_id}
        if other is not None and other not in known:
            self._push(commands.join_versions(self.library, self.quote_id, other))


def summary_html(versions: list[Version]) -> str:
    """Who reported it first, how many versions, who else it is attributed to."""
    if not versions:
        return "<i>No other versions of this quote in the library.</i>"
    first = versions[0].quote
    speakers = list(dict.fromkeys(v.quote.speaker_name or "(unattributed)" for v in versions))
    where = ", ".join(html.escape(p) for p in (first.outlet, first.published) if p)
    text = (
        f"<b>{len(versions)} versions</b> \u2014 first reported"
        f"{f' by {where}' if where else ''}, said by <b>{html.escape(speakers[0])}</b>"
    )
    if len(speakers) > 1:
        also = ", ".join(html.escape(s) for s in speakers[1:])
        text += f"; <b>also attributed to: {also}</b>"
    misquotes = sum(v.misquote for v in versions)
    if misquotes:
        text += f"; {misquotes} with changed words ({MISQUOTE})"
    return text


class JoinDialog(QDialog):
    """Find the quote to join as a version: a search over the library's quotes."""

    def __init__(self, library: Library, quote: QuoteRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Join another quote as a version")
        self.library, self.quote = library, quote
        self.search = QLineEdit(" ".join(quote.text.split()[:6]))
        self.search.textChanged.connect(self._search)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _: self.accept())
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Search for the other quote:"))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(box)
        self.resize(640, 420)
        self._search()

    def _search(self) -> None:
        self.results.clear()
        for row in self.library.quotes(search=self.search.text(), limit=50):
            if row.id == self.quote.id:
                continue
            where = " \u00b7 ".join(p for p in (row.outlet, row.published) if p)
            item = QListWidgetItem(
                f"\u201c{' '.join(row.text.split())}\u201d \u2014 "
                f"{row.speaker_name or 'unattributed'} ({where})"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen(self) -> int | None:
        """The quote chosen, or ``None`` when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted or self.results.currentItem() is None:
            return None
        return int(self.results.currentItem().data(Qt.ItemDataRole.UserRole))
