"""The quote list sorted by date, speaker or article (``core.queries.quote_order``): each
order as the ORDER BY says, pages read by offset that never repeat or skip a row (ties
of date, of name and of title among them), with the filters and a search, and the
indexes of schema 11 that keep it lazy on a large library."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from core import queries
from core.bulkload import bulk_load
from core.library import Library
from core.queries import SORTS
from core.records import ALL_KINDS, QuoteRow
from core.schema import MIGRATIONS

NAMES = ["bea Ortiz", "Ann Lee", "Ann Lee", "Carl Diaz", "Zoe Park", "ann lee"]  # ties, case
TITLES = ["Budget vote", "Aid talks", "aid talks", "Zoning row", "Budget vote", None]
DATES = ["2020-03-01", "2019-01-05", "2020-03-01", None, "2021-07-30", "2019-01-05"]


def library_of_ties(path: Path) -> Library:
    """Six articles and six speaker rows with repeated dates, titles and names (and case
    alone apart), 60 quotes and statements, some unattributed, hidden or starred."""
    library = Library(path)
    articles = [
        {"id": a + 1, "title": TITLES[a], "outlet": "Daily" if a % 2 else "Weekly",
         "published": DATES[a], "text": f"article {a} " * 40, "format": "txt",
         "sha256": hashlib.sha256(str(a).encode()).hexdigest(),
         "imported_at": f"2022-01-0{a + 1}T00:00:00"}
        for a in range(6)
    ]  # fmt: skip
    speakers = [
        {"id": s + 1, "name": NAMES[s], "kind": "organisation" if s == 3 else "person",
         "key": f"person:{s}", "role_origin": "machine", "quote_count": 0}
        for s in range(6)
    ]  # fmt: skip
    quotes = []
    for n in range(60):
        article = n % 6
        quotes.append({
            "id": n + 1, "article_id": article + 1,
            "speaker_id": None if n % 11 == 5 else (n * 7) % 6 + 1,
            "own_speaker_id": None, "start": (n // 6) * 3 if n % 13 else 0, "end": 200,
            "text": f"quote {n} words", "cue": "said", "origin": "machine",
            "hidden": int(n % 17 == 3), "starred": int(n % 4 == 0),
            "kind": "reported" if n % 5 == 0 else "quote",
        })  # fmt: skip
    for q in quotes:
        q["own_speaker_id"] = q["speaker_id"]
    bulk_load(library, articles=articles, speakers=speakers, quotes=quotes)
    library.add_tag(8, "budget")
    library.add_tag(20, "budget")
    return library


def key(row: QuoteRow, order: str) -> tuple[str, ...]:
    """What a reader sees the list sorted by (case folded as the list compares)."""
    value = {"date": row.published, "speaker": row.speaker_name, "article": row.article_title}
    return ((value[order] or "").casefold(),)


def every_page(library: Library, limit: int, **kwargs: object) -> list[QuoteRow]:
    rows: list[QuoteRow] = []
    while page := library.quotes(offset=len(rows), limit=limit, **kwargs):  # type: ignore[arg-type]
        rows.extend(page)
        if len(page) < limit:
            break
    return rows


FILTERS: list[dict[str, object]] = [
    {},
    {"statement_kinds": ALL_KINDS},
    {"hidden": True, "statement_kinds": ALL_KINDS},
    {"starred": True, "statement_kinds": ALL_KINDS},
    {"outlet": "Daily"},
    {"tag": "budget", "statement_kinds": ALL_KINDS},
    {"kinds": ("organisation",), "statement_kinds": ALL_KINDS},
    {"speaker_id": 2, "statement_kinds": ALL_KINDS},
    {"date_from": "2019-01-01", "date_to": "2020-12-31"},
    {"search": "words", "statement_kinds": ALL_KINDS},
]


def filter_id(filters: dict[str, object]) -> str:
    return ",".join(filters) or "all"


def every_place_filters() -> list[object]:
    """``FILTERS`` as the parameters of the tests that read every row's place under each
    filter, every order and every page size (test_list_counts, test_quote_position,
    gui/test_deadline34): the four longest lists and the ranked one (all kinds, one
    outlet, a date range, a search) are in the slow set, which CI runs; the default run
    keeps the list as it opens ("all") and the five small filters, each its own clause
    of the query (the four took 10 of those tests' 16 s of CPU in the default run)."""
    slow = {"statement_kinds", "outlet", "date_from,date_to", "search,statement_kinds"}
    return [pytest.param(f, marks=pytest.mark.slow) if filter_id(f) in slow else f for f in FILTERS]


@pytest.mark.parametrize("filters", FILTERS, ids=filter_id)
def test_each_order_pages_through_the_selection_once_in_order(
    tmp_path: Path, filters: dict[str, object]
) -> None:
    with library_of_ties(tmp_path / "lib.db") as library:
        selected = {r.id for r in every_page(library, 1000, **filters)}
        assert selected, "each filter selects some rows"
        assert len(selected) == library.count_quotes(**filters)  # type: ignore[arg-type]
        for order in SORTS:
            for descending in (False, True):
                whole = library.quotes(order=order, descending=descending, limit=1000, **filters)  # type: ignore[arg-type]
                assert {r.id for r in whole} == selected
                for limit in (1, 4, 7):  # page boundaries inside every run of ties
                    paged = every_page(
                        library, limit, order=order, descending=descending, **filters
                    )
                    assert [r.id for r in paged] == [r.id for r in whole], (order, limit)
                attributed = [r for r in whole if r.speaker_id is not None or order != "speaker"]
                keys = [key(r, order) for r in attributed]
                if order == "date" and descending and "search" in filters:
                    continue  # the default order of a search is by relevance
                if order == "date":  # newest first when descending; undated by import date
                    keys = [k for k, r in zip(keys, attributed, strict=True) if r.published]
                assert keys == sorted(keys, reverse=descending), (order, descending)
                if order == "speaker":  # unattributed rows last, either way
                    seen = [r.speaker_id is None for r in whole]
                    assert seen == sorted(seen)


def test_newest_first_is_the_default_and_within_an_article_quotes_read_in_order(
    tmp_path: Path,
) -> None:
    with library_of_ties(tmp_path / "lib.db") as library:
        assert library.quotes(limit=1000) == library.quotes(
            order="date", descending=True, limit=1000
        )
        for order, descending in (("date", False), ("article", True), ("article", False)):
            rows = library.quotes(order=order, descending=descending, limit=1000)
            runs: dict[int, list[int]] = {}
            for r in rows:
                runs.setdefault(r.article_id, []).append(r.start)
            assert all(starts == sorted(starts) for starts in runs.values())
            # one article's rows together
            articles = [r.article_id for r in rows]
            assert len([a for i, a in enumerate(articles) if i == 0 or articles[i - 1] != a]) == 6
        by_speaker = library.quotes(order="speaker", descending=False, limit=1000)
        assert by_speaker[0].speaker_name == "Ann Lee"  # A before b, case aside
        with pytest.raises(ValueError, match="sorts by date, speaker, article"):
            library.quotes(order="quote")


def test_a_sorted_search_keeps_its_snippets_and_sorts_many_matches_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with library_of_ties(tmp_path / "lib.db") as library:
        few = library.quotes(search="words", order="article", descending=False, limit=1000)
        assert all(r.snippet and "\x02words\x03" in r.snippet for r in few)
        monkeypatch.setattr(queries, "RANKED_AT_MOST", 3)  # "too many to rank": walked
        many = library.quotes(search="words", order="article", descending=False, limit=1000)
        assert [r.id for r in many] == [r.id for r in few]
        assert [r.snippet for r in many] == [r.snippet for r in few]
        assert [r.id for r in every_page(library, 4, search="words", order="article",
                                         descending=False)] == [r.id for r in few]  # fmt: skip


def test_export_reads_in_the_lists_order(tmp_path: Path) -> None:
    with library_of_ties(tmp_path / "lib.db") as library:
        listed = library.quotes(order="speaker", descending=True, limit=1000)
        exported = list(library.iter_quotes(order="speaker", descending=True))
        assert [r.id for r in exported] == [r.id for r in listed]


class Explained:
    """A library's connection that keeps the plan of each page read through it (the
    listing reads through ``Store.conn``; a sqlite3 connection's methods cannot be
    patched)."""

    def __init__(self, conn: sqlite3.Connection, plans: list[str]) -> None:
        self.conn, self.plans = conn, plans

    def execute(self, sql: str, params: object = ()) -> sqlite3.Cursor:
        if sql.lstrip().startswith("SELECT") and "LIMIT ? OFFSET ?" in sql:
            plan = self.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)  # type: ignore[arg-type]
            self.plans.append(" | ".join(r[3] for r in plan))
        return self.conn.execute(sql, params)  # type: ignore[arg-type]

    def __getattr__(self, name: str) -> object:
        return getattr(self.conn, name)


def test_the_sorted_list_is_read_from_indexes_not_sorted_whole(tmp_path: Path) -> None:
    """The plan of each order's first page: the walk starts at an index in the order's
    key (the rows of one speaker are sorted among themselves, never the whole list)."""
    with library_of_ties(tmp_path / "lib.db") as library:
        plans: list[str] = []
        library.conn = Explained(library.conn, plans)  # type: ignore[assignment]
        for order in SORTS:
            for descending in (False, True):
                plans.clear()
                library.quotes(order=order, descending=descending, limit=5)
                index = {"date": "articles_newest", "speaker": "speakers_by_name",
                         "article": "articles_by_title"}[order]  # fmt: skip
                assert index in plans[0], plans
                assert "USE TEMP B-TREE FOR ORDER BY" not in plans[0], plans


def test_a_version_10_library_gains_the_sort_indexes_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    for migration in MIGRATIONS[:10]:
        migration(db)
    db.execute("PRAGMA user_version = 10")
    db.conn.commit()
    db.conn.close()
    with Library(path) as library:
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 13
        indexes = {r[0] for r in library.db.execute("SELECT name FROM sqlite_master")}
        assert {"speakers_by_name", "articles_by_title"} <= indexes


def test_dates_holding_much_of_the_library_walk_the_orders_index_a_day_does_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year sorted by article or speaker is read walking the title or name index (a page
    is found in a few hundred articles); a day is read by date and sorted (walked, every
    article would be tested). Both read the same rows."""
    with library_of_ties(tmp_path / "lib.db") as library:
        plans: list[str] = []
        explained = Explained(library.conn, plans)
        wide = {"date_from": "2019-01-01", "date_to": "2021-12-31"}  # 5 of 6 articles
        for order, index in (("article", "articles_by_title"), ("speaker", "speakers_by_name")):
            walked = library.quotes(order=order, descending=False, limit=1000, **wide)  # type: ignore[arg-type]
            monkeypatch.setattr(library, "conn", explained)
            plans.clear()
            library.quotes(order=order, descending=False, limit=5, **wide)  # type: ignore[arg-type]
            assert index in plans[0], plans
            monkeypatch.setattr(queries, "WALK_SHARE", 0.9)  # the range now "a day"
            plans.clear()
            assert library.quotes(order=order, descending=False, limit=1000, **wide) == walked  # type: ignore[arg-type]
            assert "SCAN s USING" not in plans[0] and "articles_by_title" not in plans[0], plans
            monkeypatch.undo()


WALKED = [  # by speaker, the selections written for the walk (_quote_where(walked=True))
    {"outlet": "Daily"},
    {"date_from": "2019-01-01", "date_to": "2020-12-31"},
    {"date_from": "2020-01-01"},
    {"outlet": "Weekly", "date_to": "2021-01-01", "statement_kinds": ALL_KINDS},
    {"outlet": "Daily", "tag": "budget", "statement_kinds": ALL_KINDS},
    {"outlet": "Weekly", "starred": True, "statement_kinds": ALL_KINDS},
    {"outlet": "Weekly", "statement_kinds": ("reported",)},
    {"kinds": ("organisation",), "statement_kinds": ALL_KINDS},
    {"kinds": ("person",), "outlet": "Daily", "date_from": "2019-01-01"},
    {"hidden": True, "outlet": "Daily", "statement_kinds": ALL_KINDS},
]


@pytest.mark.parametrize("filters", WALKED, ids=lambda f: ",".join(f))
def test_by_speaker_with_article_filters_reads_the_orders_rows(
    tmp_path: Path, filters: dict[str, object]
) -> None:
    """The speaker walk with an outlet, dates or speaker kinds (articles as a list, kinds
    tested on the speaker) gives the rows and order its ORDER BY declares, unattributed
    rows last, as SQLite's own plan over the plain selection sorts them; page by page."""
    with library_of_ties(tmp_path / "lib.db") as library:
        where, params, _ = library._quote_where(filters)  # type: ignore[arg-type]
        for descending in (False, True):
            order_by = queries.quote_order("speaker", descending)
            declared = [r[0] for r in library.conn.execute(
                f"SELECT q.id FROM quotes q{queries.JOINS} WHERE {where}"
                f" ORDER BY q.speaker_id IS NULL, {order_by}", params)]  # fmt: skip
            assert declared, "each selection has rows"
            for limit in (1, 4, 7, 1000):
                paged = every_page(library, limit, order="speaker", descending=descending,
                                   **filters)  # fmt: skip
                assert [r.id for r in paged] == declared, (descending, limit)


def test_by_speaker_with_an_outlet_or_a_year_builds_no_bloom_filter(tmp_path: Path) -> None:
    """The article filters are tested against a list of the articles, from the index of
    each speaker's quotes: no pass over every article before the first row (SQLite's
    Bloom filter over ``articles``, 0.3-0.5 s on a million quotes)."""
    with library_of_ties(tmp_path / "lib.db") as library:
        plans: list[str] = []
        library.conn = Explained(library.conn, plans)  # type: ignore[assignment]
        for filters in ({"outlet": "Daily"}, {"date_from": "2019-01-01", "date_to": "2021-12-31"}):
            for descending in (False, True):
                plans.clear()
                library.quotes(order="speaker", descending=descending, limit=5, **filters)  # type: ignore[arg-type]
                assert plans[0].startswith("SCAN s USING INDEX speakers_by_name"), plans
                assert "quotes_speaker_hidden" in plans[0], plans
                assert "BLOOM FILTER" not in plans[0], plans
