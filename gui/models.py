"""Table models over library queries, fetched a page at a time.

The views ask ``rowCount``/``data`` of rows already fetched; ``canFetchMore`` and
``fetchMore`` pull the next page from ``core.library`` as the user scrolls, so a library
of a million quotes opens as fast as one of ten. The models hold no SQL of their own.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from core.citation import role_beside
from core.library import Library
from core.queries import MATCH_END, MATCH_START, RANKED_AT_MOST, ranked_by_relevance
from core.records import ALL_KINDS, QuoteFilters, QuoteRow, SpeakerRow
from core.search import FTS_WORD, search_terms

Row = TypeVar("Row")
Value = TypeVar("Value")
Index = QModelIndex | QPersistentModelIndex
PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
MATCH_ROLE = Qt.ItemDataRole.UserRole + 3  # a search's matches in the shown text: (start, end)
COUNTED_AT_MOST = RANKED_AT_MOST  # a search's matches counted, at most
READ_TO_AT_MOST = 5_000  # a row further down is shown by jumping to it, not reading to it


def literal_html(text: str) -> str:
    """``text`` as HTML that shows it literally. Qt renders a tooltip or a message box
    whose text holds a tag as HTML, so an article's ``<img src=...>`` would become markup."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def counted(n: int, noun: str) -> str:
    """ "1 article", "18 quotes"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def both(quotes: int, statements: int) -> str:
    """A speaker's quotes and reported statements in one column: "36 +48", "0 +1"."""
    return f"{quotes:,} +{statements:,}" if statements else f"{quotes:,}"


class PagedModel(QAbstractTableModel, Generic[Row]):
    """Rows of a query, fetched ``PAGE`` at a time; subclasses say how to fetch and show."""

    headers: Sequence[str] = ()
    unreadable = Signal(str)  # the library file failed a read (a damaged page): why

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._rows: list[Row] = []
        self._total = 0
        self._first = 0  # the list's row the first row held stands at (after a jump)

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

    def _row_id(self, row: Row) -> int:
        return int(row.id)  # type: ignore[attr-defined]

    # loading
    def reload(self) -> None:
        """Start again from the first page, after the query or the data changed."""
        self.beginResetModel()
        self._first = 0
        self._rows = self._read(lambda: self._fetch(0, PAGE), [])
        # a short first page is the whole list: no second query to count it
        short = len(self._rows) < PAGE
        self._total = len(self._rows) if short else self._read(self._count, len(self._rows))
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
        (the rows above are read as the view scrolls up, ``fetch_earlier``)."""
        return self._first

    def show_position(self, position: int) -> int | None:
        """The model row of the list's row ``position``: the rows down to it read in one
        go when it is within ``READ_TO_AT_MOST`` rows, else a page around it read
        alone (a jump: the rows above it come as the view scrolls up). None past the
        list's end."""
        if not 0 <= position < self._total:
            return None
        if self._first <= position < self._first + len(self._rows):
            return position - self._first
        if self._first == 0 and position < READ_TO_AT_MOST:
            start = len(self._rows)
            more = self._read(lambda: self._fetch(start, position + PAGE - start), [])
            if more:
                self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
                self._rows.extend(more)
                self.endInsertRows()
            return position if position < len(self._rows) else None
        self.beginResetModel()
        self._first = max(0, position - PAGE // 2)
        self._rows = self._read(lambda: self._fetch(self._first, PAGE), [])
        self.endResetModel()
        return position - self._first if position - self._first < len(self._rows) else None

    def fetch_earlier(self) -> int:
        """Read the page above the first row held (after a jump); how many rows came."""
        if self._first == 0 or not self._rows:
            return 0
        more = self._read(lambda: self._fetch_before(self._rows[0], min(PAGE, self._first)), [])
        if not more:
            return 0
        self.beginInsertRows(QModelIndex(), 0, len(more) - 1)
        self._rows[0:0] = more
        self._first = max(0, self._first - len(more))
        self.endInsertRows()
        return len(more)

    def row(self, index: int) -> Row:
        return self._rows[index]

    def loaded(self) -> list[Row]:
        """The rows fetched so far, in order (more come as the view scrolls)."""
        return list(self._rows)

    def row_of_id(self, row_id: int, within: int | None = None) -> int | None:
        """The row holding ``row_id``, fetching further pages until it appears, or until
        ``within`` rows are loaded (a list of a million rows is never walked to its end)."""
        start = 0
        while True:
            for number in range(start, len(self._rows)):
                if self._row_id(self._rows[number]) == row_id:
                    return number
            start = len(self._rows)
            if not self.canFetchMore() or (within is not None and start >= within):
                return None
            self.fetchMore()

    # Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._first + len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        if self._first and self._rows:  # below a jump: from the last row's keys on
            more = self._read(lambda: self._fetch_after(self._rows[-1], PAGE), [])
        else:
            more = self._read(lambda: self._fetch(len(self._rows), PAGE), [])
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
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
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
            offset=offset, limit=limit,
        )  # fmt: skip

    def _count(self) -> int:
        return self.library.count_speakers(text=self.query.text, kinds=self.query.kinds)

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
        """ "newest first", "by speaker, Z to A": the list's order (or another) in words."""
        column = self.sort_column if column is None else column
        return self.ORDER_WORDS[column, self.sort_order if order is None else order]

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
            return f"Sorted {now}. Click again: {then}."
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
        (``show_position``); a search ranked by relevance has no row to count, and is
        read up to ``within`` rows. None when the list does not hold it."""
        for number, row in enumerate(self._rows):
            if row.id == quote_id:
                return number
        position = self._read(
            lambda: self.library.quote_position(quote_id, **self.order, **self.query.filters()),
            None,
        )
        ranked = ranked_by_relevance(self.query.search, **self.order)
        if position is None:
            return self.row_of_id(quote_id, within) if ranked else None
        if position >= READ_TO_AT_MOST:  # far down: a page around it, read from its keys
            row = self._jump(quote_id, position)
        else:
            row = self.show_position(position)
        if row is None or self._rows[row].id != quote_id:  # the library changed meanwhile
            return self.row_of_id(quote_id, row + PAGE if row is not None else within)
        return row

    def _jump(self, quote_id: int, position: int) -> int | None:
        """List the rows around the list's row ``position``, ``quote_id``'s, read from its
        keys: half a page above it, then itself and the rest (an offset would read every
        row above it: seconds, a million rows down). Its model row, or None."""
        above = self._read(lambda: self._beside(quote_id, False, PAGE // 2), [])
        if not above:  # (never at 5,000 rows down, unless the library changed)
            return self.show_position(position)
        rest = self._read(lambda: self._beside(above[-1].id, True, PAGE - len(above)), [])
        self.beginResetModel()
        self._first = position - len(above)
        self._rows = above + rest
        self.endResetModel()
        return len(above) if len(rest) else None

    def _beside(self, quote_id: int, after: bool, limit: int) -> list[QuoteRow]:
        rows = self.library.quotes_beside(
            quote_id, after=after, limit=limit, **self.order, **self.query.filters()
        )
        self.versions.update(self.library.version_counts([r.id for r in rows]))
        return rows

    def _fetch_after(self, row: QuoteRow, limit: int) -> list[QuoteRow]:
        return self._beside(row.id, True, limit)

    def _fetch_before(self, row: QuoteRow, limit: int) -> list[QuoteRow]:
        return self._beside(row.id, False, limit)

    def reload(self) -> None:
        self.versions = {}
        super().reload()

    def _fetch(self, offset: int, limit: int) -> list[QuoteRow]:
        rows = self.library.quotes(**self.query.filters(), **self.order, offset=offset, limit=limit)
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
            row = super().data(index, ROW_ROLE)
            if row is None or index.column() not in (0, 1):
                return []
            if index.column() == 1:  # a search finds a speaker's name too: say where
                return name_matches(row.speaker_name or "", self.query.search)
            return said_marked(row)[1]
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            row = super().data(index, ROW_ROLE)
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
    """A quote inside quotation marks; reported speech labelled, without them."""
    words = " ".join(text.split())
    return f"Reported: {words}" if row.reported else f"\u201c{words}\u201d"


def name_matches(name: str, search: str) -> list[tuple[int, int]]:
    """Where the words of ``search`` stand in a speaker's ``name``, as the search matches
    them (whole words, or a word's start for ``word*``, in any case): a row found by its
    speaker alone ("Trump" finds Donald Trump's quotes) shows why it is listed."""
    if not name or not search.strip():
        return []
    wanted = []
    for term in search_terms(search):
        prefix = term.endswith("*")
        wanted += [(w.casefold(), prefix) for w in FTS_WORD.findall(term.strip('*"'))]
    return [
        (word.start(), word.end())
        for word in FTS_WORD.finditer(name)
        if any(
            word.group().casefold().startswith(w) if prefix else word.group().casefold() == w
            for w, prefix in wanted
        )
    ]


def said_marked(row: QuoteRow) -> tuple[str, list[tuple[int, int]]]:
    """What the list shows of a row, as :func:`said` writes it: a search's snippet (the
    match in context) or the whole text; and where the matches stand in it, which the
    list highlights. The marks themselves never reach the text (nor a copy of it)."""
    shown = said(row, row.snippet or row.text)
    if not row.snippet:
        return shown, []
    text, spans, start = [], [], None
    for char in shown:
        if char == MATCH_START:
            start = len(text)
        elif char == MATCH_END:
            if start is not None and start < len(text):
                spans.append((start, len(text)))
            start = None
        else:
            text.append(char)
    return "".join(text), spans
