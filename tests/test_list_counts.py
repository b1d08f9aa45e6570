"""``core.list_counts`` (schema 12): each speaker's and article's rows counted, kept in
the list's orders, stay exact through every way a library changes, and the places the
quote list reads from them (a row far down, a quote's row) are the list's own; a
library of schema 11 gains them on opening with nothing it stored lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from core import list_counts, queries, source_counts
from core.bulkload import bulk_load
from core.document import Metadata
from core.extract import extract
from core.library import Library
from core.queries import SORTS, ranked_by_relevance
from core.records import ALL_KINDS
from core.schema import MIGRATIONS
from tests.test_quote_order import every_place_filters, filter_id, library_of_ties
from tests.test_source_counts import ARTICLES, Step, library_of_articles, speaker_id, write_paths

SELECTIONS: list[dict[str, Any]] = [  # the ones the counts answer
    {},
    {"statement_kinds": ALL_KINDS},
    {"statement_kinds": ("reported", "mixed")},
    {"hidden": True, "statement_kinds": ALL_KINDS},
    {"kinds": ("person",), "statement_kinds": ALL_KINDS},
]


@pytest.fixture(autouse=True)
def every_offset_from_the_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The counts answer every offset, not only those past ``TALLIED_FROM``."""
    monkeypatch.setattr(queries, "TALLIED_FROM", 1)


def places_agree(library: Library, step: str) -> None:
    """Every row's place read from the counts is the list's own (read from its top)."""
    for filters in SELECTIONS:
        for order in SORTS:
            for descending in (False, True):
                kwargs: dict[str, Any] = {"order": order, "descending": descending, **filters}
                if library._tallies(order, descending, filters) is None:  # type: ignore[arg-type]
                    continue
                whole = [r.id for r in library.quotes(limit=100_000, **kwargs)]
                for n, quote in enumerate(whole):
                    assert library.quote_position(quote, **kwargs) == n, (step, kwargs)
                    page = library.quotes(offset=n, limit=3, **kwargs)
                    assert [r.id for r in page] == whole[n : n + 3], (step, kwargs, n)
                assert library.quotes(offset=len(whole), limit=3, **kwargs) == []


def check(library: Library, step: str) -> None:
    assert list_counts.drift(library.db) == [], step
    places_agree(library, step)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return library_of_articles(tmp_path / "library.db")


def test_every_write_path_keeps_the_counts_exact(library: Library) -> None:
    """The write paths of test_source_counts (corrections, merges of people and their
    undoing, splits, added and deleted quotes, an article removed and restored,
    re-analysis), and renames and re-dated or re-titled articles, which move a group in
    the list's order, and a re-import: after each, the stored counts equal a count made
    afresh and every place read from them is the list's."""
    check(library, "import")
    first = library.article_ids()[0]
    obama = speaker_id(library, "Barack Obama")

    def statement_kind_changed() -> None:  # (no correction changes a row's kind; a write may)
        statement = next(q for q in library.quotes(statement_kinds=("reported",), limit=10))
        with library.db.conn:
            library.db.execute("UPDATE quotes SET kind = 'mixed' WHERE id = ?", [statement.id])

    def reimported() -> None:
        text, outlet, date = ARTICLES[0]
        again = library.add_article(
            extract(text, Metadata(title="again", outlet=outlet, published=date))
        )
        assert again.duplicate

    corrections: list[Step] = [
        ("renamed", lambda: library.rename_speaker(obama, "Aaron Obama")),
        ("article's date and title", lambda: library.update_article_metadata(
            first, Metadata(title="zz Bridge", outlet="Courier", published="2024-02-10"))),
        ("article undated and untitled", lambda: library.update_article_metadata(
            first, Metadata(title=None, outlet=None, published=None))),
        ("a statement's kind changed", statement_kind_changed),
    ]  # fmt: skip
    for step in write_paths(library, corrections, restored=[("re-imported", reimported)]):
        check(library, step)


def test_counts_that_drift_are_caught_and_misplace_rows(library: Library) -> None:
    """What the checks above guard: a count one off is reported by ``drift`` and moves
    the rows read from it (so a write path that forgot them would fail those tests)."""
    kwargs: dict[str, Any] = {"order": "speaker", "descending": False}
    whole = [r.id for r in library.quotes(limit=1000, **kwargs)]
    with library.db.conn:
        library.db.execute(
            "UPDATE speaker_tallies SET quote_rows = quote_rows + 1 WHERE hidden = 0"
            " AND speaker_id = (SELECT speaker_id FROM speaker_tallies WHERE hidden = 0"
            " AND quote_rows > 0 ORDER BY name, speaker_id LIMIT 1)"
        )
    assert list_counts.drift(library.db) != []
    assert [library.quote_position(q, **kwargs) for q in whole] != list(range(len(whole)))
    with library.db.conn:
        list_counts.rebuild(library.db)
    assert list_counts.drift(library.db) == []
    assert [library.quote_position(q, **kwargs) for q in whole] == list(range(len(whole)))


def test_a_bulk_load_counts_its_rows_once(tmp_path: Path) -> None:
    with library_of_ties(tmp_path / "lib.db") as library:  # bulk_load: triggers paused
        assert list_counts.drift(library.db) == []
        assert library.db.execute("SELECT count(*) FROM article_tallies").fetchone()[0] > 0
        names = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master")}
        assert {f"tallies_{name}" for name in list_counts.TRIGGERS} <= names
        bulk_load(library, quotes=[{"id": 100, "article_id": 1, "speaker_id": 2,
                                    "own_speaker_id": 2, "start": 5, "end": 9, "text": "more",
                                    "origin": "machine", "kind": "mixed"}])  # fmt: skip
        assert list_counts.drift(library.db) == []
        places_agree(library, "bulk load")


@pytest.mark.parametrize("filters", every_place_filters(), ids=filter_id)
def test_places_read_from_the_counts_are_the_lists_own(tmp_path: Path, filters: dict) -> None:
    """Under ties of date, name and title, NULL dates and titles, unattributed, hidden
    and starred rows, and every filter of test_quote_order (those the counts do not
    answer are read as before): every offset read, every read from the end and every
    quote's row agree with the list read from its top."""
    with library_of_ties(tmp_path / "lib.db") as library:
        for order in SORTS:
            for descending in (False, True):
                kwargs = {"order": order, "descending": descending, **filters}
                whole = [r.id for r in library.quotes(limit=1000, **kwargs)]
                if ranked_by_relevance(filters.get("search", ""), order, descending):
                    continue
                n = len(whole)
                for offset in range(n + 2):
                    for limit in (1, 4, 100):
                        page = library.quotes(offset=offset, limit=limit, **kwargs)
                        assert [r.id for r in page] == whole[offset : offset + limit]
                        end = library.quotes_from_end(offset=offset, limit=limit, **kwargs)
                        assert end is not None
                        want = whole[max(0, n - offset - limit) : max(0, n - offset)]
                        assert [r.id for r in end] == want, (kwargs, offset, limit)
                for row, quote in enumerate(whole):
                    assert library.quote_position(quote, **kwargs) == row
                    assert library.quote_position(quote, total=n, **kwargs) == row


class Seen:
    """A connection that keeps each statement run, its parameters and its plan."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.run: list[tuple[str, list[Any], str]] = []

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        plan = self.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        self.run.append((sql, list(params), " / ".join(r[3] for r in plan)))
        return self.conn.execute(sql, params)


def test_a_far_place_is_read_from_the_counts_and_one_group(tmp_path: Path) -> None:
    """The read of a place far down adds up the counts (an index walked in the list's
    order, never sorted) and reads the rows of one speaker or article by offset: no
    query sorts every row nor skips past the rows above the place."""
    with library_of_ties(tmp_path / "lib.db") as library:
        conn = library.conn
        for order in SORTS:
            for descending in (False, True):
                kwargs: dict[str, Any] = {"order": order, "descending": descending}
                whole = [r.id for r in library.quotes(limit=1000, **kwargs)]
                seen = Seen(conn)
                library.conn = seen  # type: ignore[assignment]
                try:
                    page = library.quotes(offset=len(whole) // 2, limit=3, **kwargs)
                finally:
                    library.conn = conn
                assert [r.id for r in page] == whole[len(whole) // 2 :][:3]
                walks = [plan for sql, _, plan in seen.run if "_tallies t" in sql]
                assert walks and not any("TEMP B-TREE" in p for p in walks), seen.run
                offsets = [params[-1] for sql, params, _ in seen.run if "OFFSET" in sql]
                assert all(o < 20 for o in offsets), seen.run  # within one group


def test_a_version_11_library_gains_the_counts_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with library_of_ties(path) as library:
        library.rename_speaker(2, "Ann Leigh")
    db = sqlite_utils.Database(sqlite3.connect(path))
    list_counts.drop(db)  # as schema 11 had it
    db.execute("PRAGMA user_version = 11")
    db.conn.commit()
    tables = [t for t in db.table_names() if not t.startswith(("sqlite_", "speakers_fts_",
                                                                "quotes_fts_"))]  # fmt: skip
    before = {t: sorted(db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    db.conn.close()
    with Library(path) as library:
        version = library.db.execute("PRAGMA user_version").fetchone()[0]
        assert version == len(MIGRATIONS) == 13
        after = {
            t: sorted(library.db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr)
            for t in tables
        }
        assert after == before  # nothing stored lost or changed
        assert list_counts.drift(library.db) == []
        assert library.db.execute("SELECT count(*) FROM speaker_tallies").fetchone()[0] > 0
        places_agree(library, "upgraded")
        assert source_counts.TRIGGERS  # (the other counts' triggers untouched)
