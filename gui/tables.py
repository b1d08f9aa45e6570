"""Tables that lay out their own columns, so the column that matters keeps its share of
the width at any window size.

Each column but one takes what it prefers, shrinking with the table down to its
smallest; when even the smallest widths would squeeze the main column below its share,
columns go in a set order (their facts are shown elsewhere too). The main column gets
the rest. Quotes: the quote is main; the outlet, the article's title, the date, then the
other versions go (all four head the article beside the list). Speakers: the role is
main; the kind goes, then the number of reported statements.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QStyle, QTableView


@dataclass(frozen=True)
class Columns:
    main: int
    share: float  # of the width the main column keeps, at least
    widths: dict[int, tuple[int, int]]  # column: (preferred, smallest), in order
    dropped_first: tuple[int, ...] = ()


QUOTE, SPEAKER, ARTICLE, OUTLET, DATE, VERSIONS = range(6)
QUOTE_COLUMNS = Columns(
    QUOTE, 0.55, {SPEAKER: (130, 90), ARTICLE: (170, 100), OUTLET: (110, 70), DATE: (84, 78),
                  VERSIONS: (80, 64)},
    (OUTLET, ARTICLE, VERSIONS, DATE),  # the date stays longest: every quote has one
)  # fmt: skip
NAME, ROLE, KIND, COUNT, REPORTED = range(5)
SPEAKER_COLUMNS = Columns(
    ROLE, 0.45, {NAME: (160, 120), KIND: (76, 64), COUNT: (60, 52), REPORTED: (72, 60)},
    (KIND, REPORTED),
)  # fmt: skip


END_AT_MOST = 5_000  # rows End loads to reach the list's end (pages of 200)
END_SECONDS = 0.5  # and for how long at most (a speaker page of a huge library: ~0.2 s)


class FittedTable(QTableView):
    """A table view whose columns follow its width as :class:`Columns` say. End (or
    Ctrl+End) goes to the list's last row, loading the pages not yet read, up to
    :data:`END_AT_MOST` rows or :data:`END_SECONDS` (past that it says so,
    ``endNotReached``), and Home to its first: rows are what these lists select (Qt's
    End alone moves to the last column)."""

    endNotReached = Signal(int, int)  # noqa: N815 - (rows loaded, rows listed)

    def __init__(self, columns: Columns) -> None:
        super().__init__()
        self.columns = columns
        self._left_out: set[int] = set()
        self.horizontalHeader().sortIndicatorChanged.connect(self.fit_columns)
        self.empty_note = ""  # said in the list when it has no row, rather than a blank
        self.verticalScrollBar().valueChanged.connect(self._at_top)

    def _at_top(self, value: int) -> None:
        """Scrolled to the top of a list that jumped down to a row (a kept quote deep in
        a sorted list): the page above is read, the rows in view staying where they are."""
        model = self.model()
        if value != self.verticalScrollBar().minimum() or not getattr(model, "first", 0):
            return
        top = self.indexAt(self.viewport().rect().topLeft())
        came = model.fetch_earlier()  # type: ignore[union-attr]
        if came and top.isValid():
            self.updateGeometries()  # the scroll bar's range counts the rows now, not later
            self.scrollTo(model.index(top.row() + came, 0), self.ScrollHint.PositionAtTop)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Focus alone chooses no row. Qt makes a list's first row current on a Tab into
        it, unselected: a Tab through the speaker list had listed Josep Borrell's quotes
        with his row unmarked, and Down then went past him. Down (or Enter from the box
        above) chooses the first row, marked."""
        if self.currentIndex().isValid():
            super().focusInEvent(event)
        else:
            QAbstractScrollArea.focusInEvent(self, event)
            self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()  # the focus frame goes

    def _frame_focus(self) -> None:
        """A focused list with no row chosen yet shows a frame in the selection colour:
        Qt marks focus only on the current row, so a Tab into such a list had shown
        nothing of where the keys would act."""
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
        painter.end()

    def set_empty_note(self, note: str) -> None:
        self.empty_note = note
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.hasFocus() and not self.currentIndex().isValid():
            self._frame_focus()
        model = self.model()
        if self.empty_note and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(12, 12, -12, -12)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_note)
            painter.end()

    def moveCursor(  # noqa: N802
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex | QPersistentModelIndex:
        model = self.model()
        if action == QAbstractItemView.CursorAction.MoveEnd and model is not None:
            deadline = time.monotonic() + END_SECONDS
            while model.canFetchMore(QModelIndex()) and model.rowCount() < END_AT_MOST:
                if time.monotonic() > deadline:
                    break
                before = model.rowCount()
                model.fetchMore(QModelIndex())
                if model.rowCount() == before:
                    break
            if model.canFetchMore(QModelIndex()):
                first = getattr(model, "first", 0)
                self.endNotReached.emit(first + model.rowCount(), getattr(model, "total", 0))
            if model.rowCount():  # the last row (Qt's End alone: the last column)
                return model.index(model.rowCount() - 1, max(0, self.currentIndex().column()))
        if action == QAbstractItemView.CursorAction.MoveHome and model and model.rowCount():
            if getattr(model, "first", 0):  # jumped down: the list's own first row
                model.show_position(0)  # type: ignore[attr-defined]
            return model.index(0, max(0, self.currentIndex().column()))
        return super().moveCursor(action, modifiers)

    def leave_out(self, column: int, left_out: bool) -> None:
        """Leave a column out whatever the width (the speaker of one speaker's quotes)."""
        (self._left_out.add if left_out else self._left_out.discard)(column)
        self.fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()
        shrunk = event.oldSize().height() - event.size().height()
        row = self.visualRect(self.currentIndex())
        if shrunk > 0 and row.isValid() and row.top() < self.viewport().height() + shrunk:
            # the selected row was in sight: it stays so (the Versions panel opening
            # under the list had pushed the quote it shows out of view)
            self.scrollTo(self.currentIndex())

    @Slot()
    def fit_columns(self) -> None:
        spec = self.columns
        width = self.viewport().width()
        widths = self._widths()
        shown = [c for c in widths if c not in self._left_out]
        budget = int(width * (1 - spec.share))
        for column in spec.dropped_first:
            if sum(widths[c][1] for c in shown) <= budget:
                break
            if column in shown:
                shown.remove(column)
        scale = min(1.0, budget / max(1, sum(widths[c][0] for c in shown)))
        for column, (preferred, smallest) in widths.items():
            self.setColumnHidden(column, column not in shown)
            if column in shown:
                self.setColumnWidth(column, max(smallest, int(preferred * scale)))
        self.setColumnWidth(spec.main, width - sum(self.columnWidth(c) for c in shown))

    def _widths(self) -> dict[int, tuple[int, int]]:
        """The columns' (preferred, smallest) widths, each at least what its header needs:
        its title, and the sort arrow where it stands (Qt draws it over a title with no
        room for both)."""
        header = self.horizontalHeader()
        style, metrics = header.style(), header.fontMetrics()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        model = self.model()
        widths = {}
        for column, (preferred, smallest) in self.columns.widths.items():
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
            need = metrics.horizontalAdvance(str(title or "")) + 4 * margin
            if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
                need += arrow
            widths[column] = (max(preferred, need), max(smallest, need))
        return widths
