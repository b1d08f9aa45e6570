"""Possible duplicates: pairs of speakers that may be one person, for a reporter to decide.

The library joins a speaker to a person only when one person fits; the pairs it could not
decide are listed here with what speaks for them (shared surname, title, roles, articles).
A (or Enter) says they are one person, R (or Delete) that they are two; both go through
the window's undo stack and are kept through re-analysis. A double-click on a name (or
Space, for the pair's first) lists that speaker's quotes in the window, to read them
before deciding.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.library import Library
from core.people import Suggestion
from gui import commands
from gui.models import ROW_ROLE, PagedModel, counted


class SuggestionModel(PagedModel[Suggestion]):
    """Open suggestions, the most quoted pairs first."""

    headers = ("Speaker", "Possibly the same as", "Evidence")

    def _fetch(self, offset: int, limit: int) -> list[Suggestion]:
        return self.library.suggestions(offset, limit)

    def _count(self) -> int:
        return self.library.count_suggestions()

    def _display(self, row: Suggestion, column: int) -> str:
        return [row.speaker, row.candidate, telling_first(row.evidence)][column]

    def _row_id(self, row: Suggestion) -> int:
        return row.speaker_id

    def key(self, row: Suggestion) -> tuple[int, int]:
        return row.speaker_id, row.candidate_id  # a speaker may be in two pairs

    def _tooltip(self, row: Suggestion) -> str:
        return f"{row.speaker} \u2014 {row.candidate}\n" + "\n".join(row.evidence)


def telling_first(evidence: tuple[str, ...]) -> str:
    """The evidence on one line, each row's own role, counts and dates first (the last
    two reasons ``core.people`` gives): they tell apart pairs of the same names ("Trump
    — Donald Trump" three times), which the shared surname that opens it does not."""
    return " \u00b7 ".join((*evidence[-2:], *evidence[:-2]))


class DecisionTable(QTableView):
    """The pairs; one key decides the selected one: A or Enter the same person, R or
    Delete different people."""

    same = Signal()
    different = Signal()
    read = Signal(int)  # a column: that name's quotes, listed in the window
    KEYS = {
        Qt.Key.Key_A: "same", Qt.Key.Key_Return: "same", Qt.Key.Key_Enter: "same",
        Qt.Key.Key_R: "different", Qt.Key.Key_Delete: "different",
    }  # fmt: skip

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        decision = self.KEYS.get(Qt.Key(event.key()))
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if decision and plain:
            getattr(self, decision).emit()
        elif event.key() == Qt.Key.Key_Space and plain and self.currentIndex().isValid():
            self.read.emit(0)
        else:
            super().keyPressEvent(event)


NONE_LEFT = (
    "<b>No possible duplicates</b> \u2014 no two speakers are left that the library could "
    "not tell apart.<br>Two rows for one person: drag one onto the other in the speaker "
    "list (or right-click \u2192 Merge into\u2026). A name joined to the wrong person: "
    "right-click the person \u2192 Split off."
)


class DuplicatesView(QDialog):
    """The "Possible duplicates" window; decisions are pushed as undoable commands (the
    window's refresh after each reloads this list too)."""

    decided = Signal()
    speakerActivated = Signal(int)  # noqa: N815 - a name double-clicked: its quotes, please

    def __init__(
        self,
        library: Library,
        push: Callable[[commands.LibraryCommand], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Possible duplicates")
        self.library = library
        self._push = push
        self.model = SuggestionModel(library)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table = DecisionTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # a line a pair, cut at the right: the detail below
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # and the tooltip say all
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 170)
        # one line a pair (wrapped, three "Trump — Donald Trump" rows of 70 px filled the
        # view): each one's roles and counts, which tell such pairs apart, come first
        self.model.modelReset.connect(self.table.resizeRowsToContents)
        self.model.rowsInserted.connect(lambda *_: self.table.resizeRowsToContents())
        self.model.dataChanged.connect(self._changed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        buttons = QDialogButtonBox()
        self.accept_button = QPushButton("Same person (A)")
        self.reject_button = QPushButton("Different people (R)")
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.table.same.connect(self.accept_current)
        self.table.different.connect(self.reject_current)
        self.table.read.connect(self.read_current)
        self.table.doubleClicked.connect(lambda index: self.read_current(index.column()))

        layout = QVBoxLayout(self)
        for widget in (self.title, self.table, self.detail, buttons):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        self.resize(820, 480)
        self.model.reload()
        self._listed(0)

    def reload(self) -> None:
        """After any change to the library: list the open pairs again, keeping the place;
        read afresh only when pairs came or went (a live refresh during an import comes
        each second: a pair whose counts moved is re-laid alone)."""
        row = max(0, self.table.currentIndex().row())
        pair = self.current()
        if self.model.refresh():  # pairs came, went or moved: the one chosen kept
            held = [self.model.key(s) for s in self.model.loaded()]
            key = pair and self.model.key(pair)
            self._listed(held.index(key) if key in held else row)

    def _listed(self, row: int) -> None:
        """The heading for the pairs just read, and the pair at ``row`` (or the last)
        selected."""
        total = self.model.total
        self.title.setText(
            f"<b>{counted(total, 'possible duplicate')}</b> \u2014 "
            "A: the same person \u00b7 R: different people \u00b7 Ctrl+Z undoes \u00b7 "
            "double-click a name for their quotes"
            if total
            else NONE_LEFT
        )
        if total:
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        for widget in (self.table, self.accept_button, self.reject_button):
            widget.setVisible(bool(total))  # none left: no empty table, no dead buttons
        self._show_detail()

    def _changed(self, top: QModelIndex) -> None:
        """A pair's evidence read anew (its counts moved): its height, and the detail."""
        self.table.resizeRowToContents(top.row())
        if top.row() == self.table.currentIndex().row():
            self._show_detail()

    def current(self) -> Suggestion | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show_detail(self) -> None:
        pair = self.current()
        self.accept_button.setEnabled(pair is not None)
        self.reject_button.setEnabled(pair is not None)
        self.detail.setText("\n".join(pair.evidence) if pair else "")

    def read_current(self, column: int) -> None:
        """List the quotes of the pair's speaker (``column`` 0) or candidate (1) in the
        window: the evidence gives counts and dates, the quotes tell who spoke."""
        pair = self.current()
        if pair is not None:
            self.speakerActivated.emit(pair.candidate_id if column == 1 else pair.speaker_id)

    def accept_current(self) -> None:
        pair = self.current()
        if pair is not None:
            self._decide(
                commands.accept_suggestion(self.library, pair.speaker_id, pair.candidate_id)
            )

    def reject_current(self) -> None:
        pair = self.current()
        if pair is not None:
            self._decide(
                commands.reject_suggestion(self.library, pair.speaker_id, pair.candidate_id)
            )

    def _decide(self, command: commands.LibraryCommand) -> None:
        self._push(command)
        self.decided.emit()
