"""Table models over library queries, fetched a page at a time.

The views ask ``rowCount``/``data`` of rows already fetched; ``canFetchMore`` and
``fetchMore`` pull the next page from ``core.library`` as the user scrolls, so a library
of a million quotes opens as fast as one of ten. The models hold no SQL of their own.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable, Hashable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication

from core.citation import role_beside
from core.library import Library
from core.queries import RANKED_AT_MOST, ranked_by_relevance
from core.records import ALL_KINDS, QuoteFilters, QuoteRow, SpeakerRow
from core.search import matches_in, unmarked

Row = TypeVar("Row")
Value = TypeVar("Value")
Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3  # a search's matches in the shown text: (start, end)
COUNTED_AT_MOST = RANKED_AT_MOST  # a search's matches counted, at most
READ_TO_AT_MOST = 5_000  # a row further down is shown by jumping to it, not reading to it
NEAR = 25 * PAGE  # rows this close to those held are read from their keys (else by place)
HELD_AT_MOST = 20 * PAGE  # rows a jumped list holds at once (further ones read again)
FAR_WAIT_MS = 150  # a row far from those held waits this long (a dragged thumb settles)


def literal_html(text: str) -> str:
    """``text`` as HTML that shows it literally. Qt renders a tooltip or a message box
    whose text holds a tag as HTML, so an article's ``<img src=...>`` would become markup."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def counted(n: int, noun: str) -> str:
    """ "1 article", "18 quotes"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def quotes_and_statements(quotes: int, statements: int) -> str:
    """What was written or copied: "6 quotes", "5 quotes and 1 reported statement",
    "2 reported statements" (reported speech is not quoted: named for what it is)."""
    said = [counted(quotes, "quote")] if quotes or not statements else []
    if statements:
        said.append(counted(statements, "reported statement"))
    return " and ".join(said)


def both(quotes: int, statements: int) -> str:
    """A speaker's quotes and reported statements in one column: "36 +48", "0 +1"."""
    return f"{quotes:,} +{statements:,}" if statements else f"{quotes:,}"


class PagedModel(QAbstractTableModel, Generic[Row]):
    """Rows of a query, fetched ``PAGE`` at a time; subclasses say how to fetch and show.

    A list read from its top grows a page at a time as the view scrolls down (Qt's
    ``fetchMore``). A list entered far down (a jump: a kept quote after a re-sort, a
    click that finds a deep quote) is **sparse**: it has as many rows as the list, so
    that the scroll bar's thumb stands where the rows in view stand in the whole list,
    and holds only a window of them (``HELD_AT_MOST``); the rows the view asks for
    are read as it reaches them, from the keys of the rows held when near them (up or
    down), by their place when far (a dragged thumb), and shown blank meanwhile."""

    headers: Sequence[str] = ()
    unreadable = Signal(str)  # the library file failed a read (a damaged page): why

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._rows: list[Row] = []
        self._total = 0
        self._first = 0  # the list's row the first row held stands at (after a jump)
        self._sparse = False  # a row for every row of the list, a window of them held
        self._ended = False  # a read came short: the list's end is held (an uncounted list)
        self._wanted: tuple[int, int] | None = None  # rows asked for and not held
        self._want_timer = QTimer(self)
        self._want_timer.setSingleShot(True)
        self._want_timer.timeout.connect(self._read_wanted)

    # subclasses
    def _fetch(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def _count(self) -> int:
        raise NotImplementedError

    def _display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def _fetch_after(self, row: Row, limit: int) -> list[Row]:
        """Rows after ``row`` once the list was read from a row far down (a jump); by
        offset unless a subclass reads them from the row's keys."""
        return self._fetch(self._first + len(self._rows), limit)

    def _fetch_before(self, row: Row, limit: int) -> list[Row]:
        start = max(0, self._first - limit)
        return self._fetch(start, self._first - start)

    def _fetch_from_end(self, offset: int, limit: int) -> list[Row] | None:
        """The rows ``offset`` to ``offset + limit`` read from the list's end backward
        (what an offset read costs, counted from the end); None where the list cannot
        be read backward."""
        return None

    def _row_id(self, row: Row) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    def key(self, row: Row) -> Hashable:
        """What tells the row apart from the others, read again (its id, unless rows share
        one)."""
        return self._row_id(row)

    # loading
    def reload(self) -> None:
        """Start again from the first page, after the query or the data changed."""
        self._take(*self._head(PAGE), PAGE)

    def refresh(self) -> bool:
        """Read the rows held again, resetting the list only if rows came, went or moved:
        rows that only read differently (a count in them) change in place, so a view
        refreshed each second beside a running import keeps its place and layout.
        Whether it reset."""
        if self._first or self._sparse:
            self.reload()
            return True
        limit = max(PAGE, len(self._rows))
        rows, total = self._head(limit)
        keys = [self.key(row) for row in rows]
        if total != self._total or keys != [self.key(row) for row in self._rows]:
            self._take(rows, total, limit)
            return True
        old, self._rows = self._rows, rows
        last = self.columnCount() - 1
        for n in (n for n, (was, now) in enumerate(zip(old, rows, strict=True)) if was != now):
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))
        return False

    def _head(self, limit: int) -> tuple[list[Row], int]:
        """The list's first ``limit`` rows and its count (a short read is the whole list:
        no second query to count it)."""
        rows = self._read(lambda: self._fetch(0, limit), [])
        return rows, len(rows) if len(rows) < limit else self._read(self._count, len(rows))

    def _take(self, rows: list[Row], total: int, limit: int) -> None:
        """Hold ``rows``, read from the top with ``limit``, in place of what was held."""
        self.beginResetModel()
        self._first, self._sparse, self._wanted = 0, False, None
        self._want_timer.stop()
        self._rows, self._ended, self._total = rows, len(rows) < limit, total
        self.endResetModel()

    def _read(self, read: Callable[[], Value], instead: Value) -> Value:
        """``read()``, or ``instead`` when the file cannot be read there: the list shows
        what it can and says why once, instead of an exception in the event loop."""
        try:
            return read()
        except sqlite3.DatabaseError as error:
            self.unreadable.emit(str(error))
            return instead

    @property
    def total(self) -> int:
        return self._total

    @property
    def first(self) -> int:
        """The list's row the model's first row is: 0, or further down after a jump
        read as a window whose rows above come as the view scrolls up (``fetch_earlier``;
        a list whose total is not known exactly). A sparse list's model rows are the
        list's rows: 0."""
        return 0 if self._sparse else self._first

    @property
    def total_known(self) -> bool:
        """Whether ``total`` is the list's own count (a search's is counted only so far)."""
        return self._exact_total()

    @property
    def jumped(self) -> bool:
        """Whether the list was entered far down rather than read from its top."""
        return self._sparse or self._first > 0

    @property
    def sparse(self) -> bool:
        """Whether the model has a row for every row of the list, holding a window."""
        return self._sparse

    def held_span(self) -> tuple[int, int]:
        """The list's rows held: (first, just past the last)."""
        return self._first, self._first + len(self._rows)

    def _base(self) -> int:
        """The model row of the first row held."""
        return self._first if self._sparse else 0

    def held(self, index: int) -> Row | None:
        """The model's row ``index`` if it is held (read), else None (nothing read)."""
        at = index - self._base()
        return self._rows[at] if 0 <= at < len(self._rows) else None

    def _window(self, start: int, rows: list[Row], total: int | None = None) -> None:
        """Hold ``rows`` from the list's row ``start`` on, as a sparse list (a row per
        row of the list) when the list's total is known, else as a window of rows."""
        self.beginResetModel()
        self._first, self._rows, self._wanted = start, rows, None
        self._ended = False
        self._want_timer.stop()
        if total is not None:
            self._total = total
        self._sparse = self._exact_total()
        self.endResetModel()

    def _exact_total(self) -> bool:
        """Whether ``total`` is the list's own (a subclass counts some lists only so far)."""
        return True

    def show_position(self, position: int, read_to: int = READ_TO_AT_MOST) -> int | None:
        """The model row of the list's row ``position``: the rows down to it read in one
        go when it is within ``READ_TO_AT_MOST`` rows, else a page around it read
        alone (a jump: the list becomes sparse, the rows above it read as the view
        reaches them); ``read_to``: how far down reading to it is worth it. None past
        the list's end."""
        if position < 0 or (position >= self._total and self._exact_total()):
            return None  # (a list counted only so far goes on past its count)
        start, end = self.held_span()
        if start <= position < end:
            return position - start + self._base()
        if self._sparse:
            self._fill(position, position + 1)
            return position if self.held(position) is not None else None
        if self._first == 0 and position < read_to:
            start = len(self._rows)
            more = self._read(lambda: self._fetch(start, position + PAGE - start), [])
            self._ended = len(more) < position + PAGE - start
            if more:
                self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
            return position if position < len(self._rows) else None
        first = max(0, position - PAGE // 2)
        self._window(first, self._read(lambda: self._fetch(first, PAGE), []))
        row = position - first + self._base()
        return row if self.held(row) is not None else None

    def fetch_earlier(self) -> int:
        """Read the page above the first row held (after a jump into a list whose total
        is not known exactly: a sparse list reads its rows as the view reaches them);
        how many rows came."""
        if self._sparse or self._first == 0 or not self._rows:
            return 0
        more = self._read(lambda: self._fetch_before(self._rows[0], min(PAGE, self._first)), [])
        if not more:
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(more) - 1)
        self._rows[0:0] = more
        self._first = max(0, self._first - len(more))
        self.endInsertRows()
        return len(more)

    def _fill(self, start: int, end: int) -> None:
        """Hold the list's rows ``start`` to ``end`` of a sparse list: read from the keys
        of the rows held when within ``NEAR`` of them, up or down, else a page read at
        their place (a thumb dragged far: what an offset read costs). The rows held stay
        at most ``HELD_AT_MOST``, those furthest from the ones asked for let go."""
        start, end = max(0, start), min(self._total, end)
        held_start, held_end = self.held_span()
        if start >= end or (held_start <= start and end <= held_end):
            return
        if not self._rows or end < held_start - NEAR or start > held_end + NEAR:
            first = max(0, min(start - PAGE // 2, self._total - PAGE))
            count = min(max(PAGE, end - first + PAGE // 2), self._total - first)
            rows = None
            if self._total - first - count < first:  # nearer the end: read backward
                rows = self._read(lambda: self._fetch_from_end(first, count), None)
            if rows is None:
                rows = self._read(lambda: self._fetch(first, count), [])
            self._rows, self._first = rows, first
            return
        if start < held_start:
            limit = max(PAGE, held_start - start + PAGE // 2)
            limit = min(limit, held_start)
            above = self._read(lambda: self._fetch_before(self._rows[0], limit), [])
            self._rows[0:0] = above
            self._first -= len(above)
            if len(self._rows) > HELD_AT_MOST:  # let go of the rows furthest below
                del self._rows[max(HELD_AT_MOST, end - self._first + PAGE) :]
        if end > self._first + len(self._rows) and self._rows:
            limit = max(PAGE, end - (self._first + len(self._rows)) + PAGE // 2)
            below = self._read(lambda: self._fetch_after(self._rows[-1], limit), [])
            self._rows.extend(below)
            over = len(self._rows) - HELD_AT_MOST
            if over > 0:  # let go of the rows furthest above
                over = min(over, max(0, start - self._first - PAGE))
                del self._rows[:over]
                self._first += over

    def _want(self, row: int) -> None:
        """The view asked for a row not held: read it (and the others asked for) once
        the event loop is free; soon when near the rows held, after ``FAR_WAIT_MS`` when
        far (a thumb still being dragged would read every place it passed)."""
        low, high = self._wanted or (row, row)
        if not low - NEAR <= row <= high + NEAR:  # the view went elsewhere meanwhile
            low, high = row, row
        self._wanted = (min(low, row), max(high, row))
        start, end = self.held_span()
        near = start - NEAR <= row < end + NEAR and self._rows
        if near and not self._want_timer.isActive():
            self._want_timer.start(0)
        elif not near:
            self._want_timer.start(FAR_WAIT_MS)

    def _read_wanted(self) -> None:
        if self._wanted is None or not self._sparse:
            return
        low, high = self._wanted
        self._wanted = None
        start, end = self.held_span()
        far = not self._rows or high < start - NEAR or low > end + NEAR
        if far:  # read at their place: a second or more, deep in a million rows
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._read(lambda: self._fill(low, high + 1), None)
        finally:
            if far:
                QGuiApplication.restoreOverrideCursor()
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(low, 0), self.index(high, max(0, last)))

    def row(self, index: int) -> Row:
        """The model's row ``index``, read first when a sparse list does not hold it."""
        held = self.held(index)
        if held is None and self._sparse:
            self._fill(index, index + 1)
            held = self.held(index)
        if held is None:
            raise IndexError(index)
        return held

    def loaded(self) -> list[Row]:
        """The rows fetched so far, in order (more come as the view scrolls)."""
        return list(self._rows)

    def row_of_id(self, row_id: int, within: int | None = None) -> int | None:
        """The model row holding ``row_id``, fetching further pages until it appears, or
        until ``within`` rows are loaded (a list of a million rows is never walked to
        its end); a sparse list looks among the rows it holds."""
        start = 0
        while True:
            for number in range(start, len(self._rows)):
                if self._row_id(self._rows[number]) == row_id:
                    return number + self._base()
            start = len(self._rows)
            if not self.canFetchMore() or (within is not None and start >= within):
                return None
            self.fetchMore()

    # Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return self._total if self._sparse else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        if parent.isValid() or self._sparse:
            return False
        if not self._exact_total():  # counted only so far: read on until a read comes short
            return not self._ended
        return self._first + len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._sparse:
            return
        if self._first and self._rows:  # below a jump: from the last row's keys on
            more = self._read(lambda: self._fetch_after(self._rows[-1], PAGE), [])
        else:
            more = self._read(lambda: self._fetch(len(self._rows), PAGE), [])
        self._ended = len(more) < PAGE
        if not more:
            self._total = self._first + len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.held(index.row())
        if row is None:  # a sparse list's row not read yet
            if role in (ID_ROLE, ROW_ROLE):  # asked for itself (selected): read now
                self._read(lambda: self._fill(index.row(), index.row() + 1), None)
                row = self.held(index.row())
            else:  # painted: blank until read, soon
                self._want(index.row())
                return None
            if row is None:
                return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(row)
            return literal_html(tip) if tip else None
        if role == ID_ROLE:
            return self._row_id(row)
        if role == ROW_ROLE:
            return row
        return None

    def _tooltip(self, row: Row) -> str | None:
        return None


@dataclass
class SpeakerQuery:
    text: str = ""
    kinds: tuple[str, ...] = ()
    order: str = "quotes"
    descending: bool = True
    # the quote filters that narrow the list (``core.queries.NARROWING``), as (name, value)
    within: tuple[tuple[str, Any], ...] = ()


class SpeakerModel(PagedModel[SpeakerRow]):
    """Speakers with their role, kind and numbers of quotes and of reported statements,
    sortable and filterable."""

    headers = ("Speaker", "Role", "Kind", "Quotes", "Reported")
    SORT_KEYS = ("name", "role", "kind", "quotes", "statements")
    COUNTS = (3, 4)  # the columns of numbers

    def __init__(self, library: Library) -> None:
        super().__init__(library)
        self.query = SpeakerQuery()
        self.reported_beside = False  # the Reported column left out: "0 +1" under Quotes

    def set_reported_beside(self, beside: bool) -> None:
        """With no room for the Reported column, the Quotes column says both ("0 +1":
        no quote, one reported statement), so that a speaker who was only reported does
        not read as a speaker of nothing."""
        if beside != self.reported_beside:
            self.reported_beside = beside
            if self.rowCount():
                top, bottom = self.index(0, 3), self.index(self.rowCount() - 1, 3)
                self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def set_query(self, **changes: Any) -> None:
        self.query = replace(self.query, **changes)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_query(
            order=self.SORT_KEYS[column], descending=order == Qt.SortOrder.DescendingOrder
        )

    def _fetch(self, offset: int, limit: int) -> list[SpeakerRow]:
        q = self.query
        return self.library.speakers(
            text=q.text, kinds=q.kinds, order=q.order, descending=q.descending,
            offset=offset, limit=limit, within=QuoteFilters(**dict(q.within)),
        )  # fmt: skip

    def _count(self) -> int:
        q = self.query
        return self.library.count_speakers(
            text=q.text, kinds=q.kinds, within=QuoteFilters(**dict(q.within))
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # the most quoted first, names A to Z
            counts = section in self.COUNTS
            order = Qt.SortOrder.DescendingOrder if counts else Qt.SortOrder.AscendingOrder
            return order.value
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if section == 3:
                return "Quotes" + (" (+ reported statements)" if self.reported_beside else "")
            if section == 4:
                return "Reported statements (reported speech, without quotation marks)"
        return super().headerData(section, orientation, role)

    def _display(self, row: SpeakerRow, column: int) -> str:
        role = role_beside(row.name, row.role) or ""
        said = (
            both(row.quote_count, row.statement_count)
            if self.reported_beside
            else f"{row.quote_count:,}"
        )
        return [
            row.listed_name, role, row.kind, said, f"{row.statement_count:,}"
        ][column]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.COUNTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def _tooltip(self, row: SpeakerRow) -> str:
        aliases = ", ".join(a for a in row.aliases if a != row.name)
        lines = [
            row.name,
            row.role or "",
            f"{counted(row.quote_count, 'quote')} and "
            f"{counted(row.statement_count, 'reported statement')}"
            + (
                f" in \u201c{row.article}\u201d"
                if row.article
                else f" in {counted(row.article_count, 'article')}"
            ),
        ]
        if aliases:
            lines.append(f"Also: {aliases}")
        return "\n".join(line for line in lines if line)


@dataclass
class QuoteQuery:
    speaker_id: int | None = None
    article_id: int | None = None
    search: str = ""
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    kinds: tuple[str, ...] = ()
    tag: str | None = None
    starred: bool = False
    hidden: bool = False
    statement_kinds: tuple[str, ...] = ALL_KINDS

    def filters(self) -> QuoteFilters:
        return QuoteFilters(**asdict(self))


class QuoteModel(PagedModel[QuoteRow]):
    """Quotes and reported statements with speaker, article, outlet and date, for a
    speaker or a search. Reported speech is set apart: labelled, in italics, and never
    inside quotation marks."""

    headers = ("Quote", "Speaker", "Article", "Outlet", "Date", "Versions")
    # the columns the list sorts by (core.queries.SORTS), and the one it starts with
    SORT_KEYS = {1: "speaker", 2: "article", 4: "date"}
    DEFAULT_SORT = (4, Qt.SortOrder.DescendingOrder)  # newest first
    aboutToSort = Signal()  # noqa: N815 - a header clicked: the list is read again sorted
    resorted = Signal()
    # each order in words: Qt's arrow (\u25b4 for descending) reads as "up" to many
    ORDER_WORDS = {
        (4, Qt.SortOrder.DescendingOrder): "newest first",
        (4, Qt.SortOrder.AscendingOrder): "oldest first",
        (1, Qt.SortOrder.AscendingOrder): "by speaker, A to Z",
        (1, Qt.SortOrder.DescendingOrder): "by speaker, Z to A",
        (2, Qt.SortOrder.AscendingOrder): "by article title, A to Z",
        (2, Qt.SortOrder.DescendingOrder): "by article title, Z to A",
    }

    def __init__(self, library: Library) -> None:
        super().__init__(library)
        self.query = QuoteQuery()
        self.versions: dict[int, int] = {}  # other versions of the rows fetched
        self.sort_column, self.sort_order = self.DEFAULT_SORT
        # a search newest first: ranked by relevance (True), or too many matches to rank
        # and listed newest first (False); None: no search
        self.search_ranks: bool | None = None

    # a column's first click: a date opens newest first (as a mail client's does), a
    # name or a title A to Z; a second click turns it round
    FIRST_ORDER = {
        4: Qt.SortOrder.DescendingOrder,
        1: Qt.SortOrder.AscendingOrder,
        2: Qt.SortOrder.AscendingOrder,
    }

    def sortable(self, column: int) -> bool:
        return column in self.SORT_KEYS

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Sort by ``column`` from the next read on (no reload); False when the list
        does not sort by it (the quote's words, its versions)."""
        if not self.sortable(column):
            return False
        self.sort_column, self.sort_order = column, Qt.SortOrder(order)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the list again sorted by ``column`` (Date: newest first descending;
        Speaker, Article: A to Z ascending), a page at a time as before."""
        if (column, order) == (self.sort_column, self.sort_order) or not self.set_sort(
            column, order
        ):
            return
        self.aboutToSort.emit()
        self.reload()
        self.resorted.emit()

    def order_words(self, column: int | None = None, order: Qt.SortOrder | None = None) -> str:
        """ "newest first", "by speaker, Z to A": the list's order (or another) in words;
        a search newest first is "most relevant first" (``search_ranks``)."""
        column = self.sort_column if column is None else column
        order = self.sort_order if order is None else order
        if (column, order) == self.DEFAULT_SORT and self.search_ranks:
            return "most relevant first"
        return self.ORDER_WORDS[column, order]

    @property
    def by_relevance(self) -> bool:
        """Whether the list is a search ranked by relevance (no column holds its order)."""
        return (self.sort_column, self.sort_order) == self.DEFAULT_SORT and bool(self.search_ranks)

    def order_note(self) -> str:
        """What a search's heading says of its order: ranked by relevance, or (past
        ``RANKED_AT_MOST`` matches) newest first because too many match to rank them;
        nothing for a list sorted some other way, or no search."""
        if (self.sort_column, self.sort_order) != self.DEFAULT_SORT or self.search_ranks is None:
            return ""
        return "most relevant first" if self.search_ranks else "newest first: too many to rank"

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """A sortable header's tooltip says the order in words, and what a click does;
        Qt asks the order a column's first click takes (``InitialSortOrderRole``)."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.InitialSortOrderRole and horizontal:
            first = self.FIRST_ORDER.get(section)
            return None if first is None else first.value  # (an int, as Qt reads it)
        if role != Qt.ItemDataRole.ToolTipRole or not horizontal:
            return super().headerData(section, orientation, role)
        if not self.sortable(section):
            return None
        if section == self.sort_column:
            flipped = (
                Qt.SortOrder.AscendingOrder
                if self.sort_order == Qt.SortOrder.DescendingOrder
                else Qt.SortOrder.DescendingOrder
            )
            now, then = self.order_words(), self.order_words(section, flipped)
            return f"Sorted {now}. Click{'' if self.by_relevance else ' again'}: {then}."
        return f"Click to sort {self.order_words(section, self.FIRST_ORDER[section])}."

    @property
    def order(self) -> dict[str, Any]:
        """The ``order`` and ``descending`` of ``Library.quotes`` for the list's sort."""
        return {
            "order": self.SORT_KEYS[self.sort_column],
            "descending": self.sort_order == Qt.SortOrder.DescendingOrder,
        }

    def set_query(self, **changes: Any) -> None:
        self.query = replace(self.query, **changes)
        self.reload()

    def reveal(self, quote_id: int, within: int = READ_TO_AT_MOST) -> int | None:
        """The model row of ``quote_id`` wherever it stands in the list: its row counted
        by a query (``Library.quote_position``), then read down to or jumped to
        (``show_position``); a search ranked by relevance has its rank found
        (``Library.ranked_position``: its ids ranked, at most ``RANKED_AT_MOST``) and
        is read at that place. None when the list does not hold it; ``within``: the rows
        read to find it when the library changed between the count and the read."""
        for number, row in enumerate(self._rows):
            if row.id == quote_id:
                return number + self._base()
        filters = self.query.filters()
        if ranked_by_relevance(self.query.search, **self.order):
            return self._reveal_ranked(quote_id, within)
        total = self._total if self._exact_total() else None  # (a quote near the end)
        position = self._read(
            lambda: self.library.quote_position(quote_id, **self.order, total=total, **filters),
            None,
        )
        if position is None:
            return None
        start, end = self.held_span()
        near = self._sparse and start - NEAR <= position < end + NEAR
        if not near and (position >= READ_TO_AT_MOST or self._sparse):
            row = self._jump(quote_id, position)  # far down: read from its keys
        else:  # read down to it, or from the keys of the rows held near it
            row = self.show_position(position)
        held = None if row is None else self.held(row)
        if held is None or held.id != quote_id:  # the library changed meanwhile
            found = self.row_of_id(quote_id, row + PAGE if row is not None else within)
            return found
        return row

    def _reveal_ranked(self, quote_id: int, within: int) -> int | None:
        """``reveal`` in a search ranked by relevance: no keys to read from, so the rows
        at its rank are read by their place (each read ranks the matches anyway), and
        the quote looked for among them (ties in relevance may move it a few rows)."""
        filters = self.query.filters()
        position = self._read(lambda: self.library.ranked_position(quote_id, **filters), None)
        if position is None:
            return None
        # a page of a ranked list costs its ranking wherever it stands: read a page
        # around the quote rather than every row down to it
        row = self.show_position(position, read_to=len(self._rows) + PAGE)
        if row is not None and (held := self.held(row)) is not None and held.id == quote_id:
            return row
        return self.row_of_id(quote_id, row + PAGE if row is not None else within)

    def _jump(self, quote_id: int, position: int) -> int | None:
        """List the rows around the list's row ``position``, ``quote_id``'s, read from its
        keys: half a page above it, then itself and the rest (an offset would read every
        row above it: seconds, a million rows down). Its model row, or None."""
        above = self._read(lambda: self._beside(quote_id, False, PAGE // 2), [])
        if not above and position:  # (never at 5,000 rows down, unless the library changed)
            return self.show_position(position)
        after = above[-1].id if above else None
        rest = self._read(
            lambda: (
                self._beside(after, True, PAGE - len(above))
                if after is not None
                else self._fetch(0, PAGE)
            ),
            [],
        )
        self._window(position - len(above), above + rest)
        return position if self._sparse else (len(above) if rest else None)

    def _beside(self, quote_id: int, after: bool, limit: int) -> list[QuoteRow]:
        return self._versioned(
            self.library.quotes_beside(
                quote_id, after=after, limit=limit, **self.order, **self.query.filters()
            )
        )

    def _fetch_after(self, row: QuoteRow, limit: int) -> list[QuoteRow]:
        if ranked_by_relevance(self.query.search, **self.order):  # no keys: by place
            return super()._fetch_after(row, limit)
        return self._beside(row.id, True, limit)

    def _fetch_before(self, row: QuoteRow, limit: int) -> list[QuoteRow]:
        if ranked_by_relevance(self.query.search, **self.order):
            return super()._fetch_before(row, limit)
        return self._beside(row.id, False, limit)

    def _fetch_from_end(self, offset: int, limit: int) -> list[QuoteRow] | None:
        rows = self.library.quotes_from_end(
            offset=self._total - offset - limit,
            limit=limit,
            **self.order,
            **self.query.filters(),
        )
        return None if rows is None else self._versioned(rows)

    def _exact_total(self) -> bool:
        """A search is counted only to just past ``COUNTED_AT_MOST``: past that the
        list is no sparse one (its rows above a jump come a page at a time)."""
        return not self.query.search.strip() or self._total <= COUNTED_AT_MOST

    def reload(self) -> None:
        self.versions = {}
        search = self.query.search
        self.search_ranks = (
            self._read(lambda: self.library.search_ranked(search), None) if search.strip() else None
        )
        super().reload()

    def _fetch(self, offset: int, limit: int) -> list[QuoteRow]:
        return self._versioned(
            self.library.quotes(**self.query.filters(), **self.order, offset=offset, limit=limit)
        )

    def _versioned(self, rows: list[QuoteRow]) -> list[QuoteRow]:
        """``rows``, with the number of other versions of each noted (``versions``)."""
        self.versions.update(self.library.version_counts([r.id for r in rows]))
        return rows

    def _count(self) -> int:
        """Counted to just past ``COUNTED_AT_MOST`` when searching (the heading then says
        "more than"): a common word matches millions of rows in a large library."""
        return self.library.count_quotes(**self.query.filters(), at_most=COUNTED_AT_MOST)

    def _display(self, row: QuoteRow, column: int) -> str:
        return [
            said_marked(row)[0],
            row.speaker_name or "(unattributed)",
            row.article_title or "",
            row.outlet or "",
            row.published or "",
            other_versions(self.versions.get(row.id, 0)),
        ][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == MATCH_ROLE:
            row = self.held(index.row()) if index.isValid() else None
            if row is None or index.column() not in (0, 1):
                return []
            if index.column() == 1:  # a search finds a speaker's name too: say where
                return name_matches(row.speaker_name or "", self.query.search)
            return said_marked(row)[1]
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            row = self.held(index.row()) if index.isValid() else None
            if row is not None and row.reported:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)

    def _tooltip(self, row: QuoteRow) -> str:
        """The quote with its speaker and the role as its own article gives it, in full,
        and how many other versions it has."""
        role = f", {row.role}" if row.role else ""
        versions = other_versions(self.versions.get(row.id, 0))
        return f"{said(row, row.text)}\n\u2014 {row.speaker_name or 'unattributed'}{role}" + (
            f"\n{versions}" if versions else ""
        )


def other_versions(count: int) -> str:
    """ "3 other versions", "1 other version", or nothing."""
    return f"{count} other version{'' if count == 1 else 's'}" if count else ""


def said(row: QuoteRow, text: str) -> str:
    """A quote inside quotation marks; reported speech labelled, without them. The words
    as stored (never curled as a citation curls them: a straight mark may be no
    quotation mark at all, as in a pasted tag's src="…")."""
    words = " ".join(text.split())
    return f"Reported: {words}" if row.reported else f"\u201c{words}\u201d"


def name_matches(name: str, search: str) -> list[tuple[int, int]]:
    """Where the words of ``search`` stand in a speaker's ``name``, as the search matches
    them (any word form, or a word's start for ``word*``, in any case): a row found by its
    speaker alone ("Trump" finds Donald Trump's quotes) shows why it is listed."""
    return list(matches_in(name, search)) if name and search.strip() else []


def said_marked(row: QuoteRow) -> tuple[str, list[tuple[int, int]]]:
    """What the list shows of a row, as :func:`said` writes it: a search's snippet (the
    match in context) or the whole text; and where the matches stand in it, which the
    list highlights. The marks themselves never reach the text (nor a copy of it)."""
    shown = said(row, row.snippet or row.text)
    if not row.snippet:
        return shown, []
    return unmarked(shown)
