"""Edit \u2192 Corrections made: every correction in the library, newest first, this
session's and earlier ones. Ctrl+Z reaches only this session's (as a word processor's
undo does); this list is where a correction made yesterday is found again. Enter or a
double-click opens its quote (a hidden one with the Hidden filter on, to restore it) or
its speaker, to change it there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.correction_log import LoggedCorrection, correction_log
from core.library import Library
from gui.models import counted

SHOWN = 1000  # the latest; a library with more lists them all in the corrections table


class _Table(QTableWidget):
    """Enter opens the row, as a double-click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.cellDoubleClicked.emit(self.currentRow(), 0)
        else:
            super().keyPressEvent(event)


class CorrectionsLog(QDialog):
    def __init__(
        self,
        library: Library,
        open_entry: Callable[[LoggedCorrection], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Corrections made")
        self.library = library
        self.open_entry = open_entry
        self.entries: list[LoggedCorrection] = []
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = _Table(0, 3)
        self.table.setHorizontalHeaderLabels(["When", "Correction", "Article"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 220)
        self.table.cellDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        self.entries = correction_log(self.library, SHOWN)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(
                (entry.local_time(), entry.what, entry.article_title or "")
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        count = len(self.entries)
        self.title.setText(
            f"<b>{counted(count, 'correction')}</b>, newest first \u2014 "
            "this session\u2019s and earlier ones; Ctrl+Z undoes this session\u2019s. "
            "Enter opens the quote or speaker, to change it there."
            if count
            else "<b>No corrections yet.</b> Each one you make (a quote attributed to "
            "someone else, marked not a quote, added; a speaker renamed or merged) is "
            "listed here and kept for good."
        )
        if count:
            self.table.setCurrentCell(0, 1)

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.entries):
            self.open_entry(self.entries[row])
