"""``speaker_tallies`` and ``article_tallies``: how many rows of ``quotes`` each speaker
and each article has, by ``hidden`` and ``kind``, kept in the order the quote list sorts
them in, so that the list finds a place deep in its speaker, date or article order (a
scroll-bar thumb dragged to the middle of a million rows, a quote's row counted) by
adding up whole speakers or articles, read from one index, instead of walking every row
before it (``core.queries``: ``Queries._tallied_quote``, ``_tallied_position``).

A row of ``speaker_tallies`` holds how many quotes one (``speaker_id``, ``hidden``) has of
each kind (``quote_rows``, ``reported_rows``, ``mixed_rows``: one column for each of
``ALL_KINDS``), with the speaker's ``name`` first in its key (the list's speaker order: name
without case, then id); ``article_tallies`` the same by ``article_id``, keyed by the
article's date (``coalesce(published, imported_at)``, newest first, then id: the order
of ``articles_newest``), with its ``title`` in an index of its own (``title``, then id:
``articles_by_title``'s). Unattributed quotes have no speaker row (they are counted in
their article's). Rows that fall to nought are deleted.

Triggers keep the rows exact on every write (a quote stored, deleted, hidden, given
another speaker or article, another kind; a speaker renamed; an article's date or title
corrected), so no write path of ``core`` needs to know of them: corrections, merges and
splits of people (which move quotes from one speaker to another), removing and restoring
an article, re-analysis and re-import. Loading rows in bulk ``paused()`` leaves them off
and counts once at the end; ``rebuild()`` counts afresh; ``drift()`` lists the rows that
differ from a count made afresh (none, always: what the tests assert).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from core import triggers
from core.kinds import ALL_KINDS

if TYPE_CHECKING:  # annotations only: `onrecord extract` never loads sqlite-utils
    import sqlite_utils

# table: (the group's column in quotes, the group's table, its keys copied from its row
# as (column, expression over the row ``{g}``), the columns of that row they read)
TABLES = {
    "speaker_tallies": ("speaker_id", "speakers", (("name", "{g}.name"),), ("name",)),
    "article_tallies": (
        "article_id",
        "articles",
        (("published", "coalesce({g}.published, {g}.imported_at)"), ("title", "{g}.title")),
        ("published", "imported_at", "title"),
    ),
}
COUNTS = tuple(f"{kind}_rows" for kind in ALL_KINDS)  # a column for each kind of row
KINDS = ", ".join(f"'{kind}'" for kind in ALL_KINDS)  # (SQL)
_COUNTS = ", ".join(f"{c} INTEGER NOT NULL" for c in COUNTS)
CREATE = (
    "CREATE TABLE speaker_tallies (name TEXT COLLATE NOCASE NOT NULL,"
    f" speaker_id INTEGER NOT NULL, hidden INTEGER NOT NULL, {_COUNTS},"
    " PRIMARY KEY (name, speaker_id, hidden)) WITHOUT ROWID",
    "CREATE UNIQUE INDEX speaker_tallies_id ON speaker_tallies (speaker_id, hidden)",
    "CREATE TABLE article_tallies (published TEXT NOT NULL, title TEXT COLLATE NOCASE,"
    f" article_id INTEGER NOT NULL, hidden INTEGER NOT NULL, {_COUNTS},"
    " PRIMARY KEY (published DESC, article_id, hidden)) WITHOUT ROWID",
    "CREATE UNIQUE INDEX article_tallies_id ON article_tallies (article_id, hidden)",
    "CREATE INDEX article_tallies_title ON article_tallies"
    f" (title COLLATE NOCASE, article_id, hidden, {', '.join(COUNTS)})",
)


def rows(kinds: Iterable[str]) -> str:
    """The sum over a tallies row ``t`` of the rows of ``kinds`` (SQL)."""
    return " + ".join(f"t.{kind}_rows" for kind in kinds if kind in ALL_KINDS) or "0"


def _add(row: str) -> str:
    """Count the trigger row ``row`` (``new``) in: one more in each table."""
    out = []
    ones = ", ".join(f"{row}.kind = '{kind}'" for kind in ALL_KINDS)
    sums = ", ".join(f"{c} = {c} + excluded.{c}" for c in COUNTS)
    for name, (column, groups, keys, _) in TABLES.items():
        names = ", ".join(k for k, _ in keys)
        values = ", ".join(v.format(g="g") for _, v in keys)
        out.append(
            f"INSERT INTO {name} ({names}, {column}, hidden, {', '.join(COUNTS)})"
            f" SELECT {values}, g.id, {row}.hidden, {ones}"
            f" FROM {groups} g WHERE g.id = {row}.{column} AND {row}.hidden IS NOT NULL"
            f" AND {row}.kind IN ({KINDS})"
            f" ON CONFLICT DO UPDATE SET {sums};"
        )
    return "".join(out)


def _take(row: str) -> str:
    """Count the trigger row ``row`` (``old``) out: one fewer, the row gone at nought."""
    out = []
    less = ", ".join(
        f"{c} = {c} - ({row}.kind = '{k}')" for c, k in zip(COUNTS, ALL_KINDS, strict=True)
    )
    none = " AND ".join(f"{c} <= 0" for c in COUNTS)
    for name, (column, _, _, _) in TABLES.items():
        key = f"{column} = {row}.{column} AND hidden = {row}.hidden"
        out.append(f"UPDATE {name} SET {less} WHERE {key};")
        out.append(f"DELETE FROM {name} WHERE {key} AND {none};")
    return "".join(out)


def _follow(name: str) -> tuple[str, str, str]:
    """A group's keys changed (a speaker renamed, an article's date or title corrected):
    its counts move with them."""
    column, groups, keys, read = TABLES[name]
    sets = ", ".join(f"{k} = {v.format(g='new')}" for k, v in keys)
    return (
        f"AFTER UPDATE OF {', '.join(read)} ON {groups}",
        " OR ".join(f"old.{c} IS NOT new.{c}" for c in read),
        f"UPDATE {name} SET {sets} WHERE {column} = new.id;",
    )


TRIGGERS = {  # name: (event, condition, body)
    "quote_added": ("AFTER INSERT ON quotes", "", _add("new")),
    "quote_removed": ("AFTER DELETE ON quotes", "", _take("old")),
    "quote_moved": (
        "AFTER UPDATE OF speaker_id, article_id, hidden, kind ON quotes",
        "old.speaker_id IS NOT new.speaker_id OR old.article_id IS NOT new.article_id"
        " OR old.hidden IS NOT new.hidden OR old.kind IS NOT new.kind",
        _take("old") + _add("new"),
    ),
    "speaker_renamed": _follow("speaker_tallies"),
    "article_changed": _follow("article_tallies"),
}


def create(db: sqlite_utils.Database | sqlite3.Connection) -> None:
    """The tables, their triggers, and the counts of the quotes already stored (anew,
    over any left by an earlier try)."""
    drop(db)
    for statement in CREATE:
        db.execute(statement)
    triggers.create(db, "tallies", TRIGGERS)
    rebuild(db)


def drop(db: sqlite_utils.Database | sqlite3.Connection) -> None:
    """The tables and their triggers gone (as before schema 12), if there."""
    triggers.drop(db, "tallies", TRIGGERS)
    for name in TABLES:
        db.execute(f"DROP TABLE IF EXISTS {name}")


def _fresh(name: str) -> str:
    """Every quote counted by its group, hidden and kind, with the group's keys: the
    quotes from an index alone (``quotes_speaker_hidden``, ``quotes_article_hidden``:
    schema 10), a group's row read once."""
    column, groups, keys, _ = TABLES[name]
    values = ", ".join(v.format(g="g") for _, v in keys)
    inner = ", ".join(f"sum(kind = '{k}') AS {c}" for k, c in zip(ALL_KINDS, COUNTS, strict=True))
    return (
        f"SELECT {values}, g.id, c.hidden, {', '.join(f'c.{c}' for c in COUNTS)} FROM"
        f" (SELECT {column} AS id, hidden, {inner} FROM quotes"
        f" WHERE {column} IS NOT NULL AND hidden IS NOT NULL AND kind IN ({KINDS})"
        f" GROUP BY 1, 2) c JOIN {groups} g ON g.id = c.id"
        f" ORDER BY 1{' DESC' if name == 'article_tallies' else ''}, 2, 3"
    )


def rebuild(db: sqlite_utils.Database | sqlite3.Connection) -> None:
    """Count every quote afresh."""
    for name, (column, _, keys, _) in TABLES.items():
        names = ", ".join(k for k, _ in keys)
        db.execute(f"DELETE FROM {name}")
        db.execute(
            f"INSERT INTO {name} ({names}, {column}, hidden, {', '.join(COUNTS)}) {_fresh(name)}"
        )


def drift(db: sqlite_utils.Database | sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The rows of either table that differ from a count made afresh (keys and counts),
    as (table, row, how); [] when they are exact."""
    found: list[tuple[Any, ...]] = []
    for name, (column, _, keys, _) in TABLES.items():
        columns = f"{', '.join(k for k, _ in keys)}, {column}, hidden, {', '.join(COUNTS)}"
        stored = set(db.execute(f"SELECT {columns} FROM {name}").fetchall())
        counted = set(db.execute(_fresh(name)).fetchall())
        found += [(name, row, "stored, not counted") for row in sorted(stored - counted, key=repr)]
        found += [(name, row, "counted, not stored") for row in sorted(counted - stored, key=repr)]
    return found


def paused(db: sqlite_utils.Database) -> AbstractContextManager[None]:
    """The triggers off while rows are written in bulk (``core.triggers.paused``)."""
    return triggers.paused(db, "tallies", TRIGGERS, rebuild)
