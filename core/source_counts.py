"""``source_counts``: the visible quotes counted by article date, outlet, kind of source
and gender, so that the Sources view counts a million quotes from a few thousand rows.

A row holds how many visible quotes have one combination of
- ``month``: the first seven characters of the article's ``published`` ('' when none),
  first in the key so that counts by month and outlet are read in order, not sorted;
- ``published``: the article's date as far as a day (``YYYY-MM-DD``, the time of day
  left out) when it starts with one, else its whole ``published`` text ('' when none);
- ``dated``: 0 when the article has no date at all (``published`` NULL), else 1;
- ``outlet``: the article's outlet ('' when none);
- ``kind``: the speaker's kind ('' for a quote with no speaker);
- ``gender``: a person's gender as the speaker row gives it ('' when not stated, and for
  organisations and anonymous sources);
- ``speech``: the row's ``quotes.kind``: a quotation, or reported or mixed speech.

Triggers keep the rows exact on every write (a quote stored, deleted, hidden, given
another speaker, article or kind; a speaker's kind or gender changed; an article's outlet or
date changed), so no write path of ``core`` needs to know of them. Loading rows in bulk
``paused()`` leaves them off and counts once at the end; ``rebuild()`` counts afresh.

The dates a filter gives select the same quotes here as on the articles when each is
at most a day long (``2019``, ``2019-03``, ``2019-03-15``): a day's times all sort on the
same side of such a bound. ``covers()`` says when the counts answer a selection.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from core import triggers

if TYPE_CHECKING:  # annotations only: `onrecord extract` never loads sqlite-utils
    import sqlite_utils

DAY_LONG = 10  # characters of "YYYY-MM-DD"
COUNTED_FILTERS = frozenset({"outlet", "date_from", "date_to", "kinds", "statement_kinds"})

TABLE = (
    "CREATE TABLE source_counts (month TEXT NOT NULL, outlet TEXT NOT NULL, kind TEXT NOT NULL,"
    " gender TEXT NOT NULL, speech TEXT NOT NULL, published TEXT NOT NULL,"
    " dated INTEGER NOT NULL, quotes INTEGER NOT NULL,"
    " PRIMARY KEY (month, outlet, kind, gender, speech, published, dated)) WITHOUT ROWID"
)
# a row's key from its quote ``{q}``, article ``{a}`` and speaker ``{s}`` (rows, or a
# trigger's old or new)
KEY = (
    "substr(coalesce({a}.published, ''), 1, 7), coalesce({a}.outlet, ''), coalesce({s}.kind, ''),"
    " CASE WHEN {s}.kind = 'person' THEN coalesce({s}.gender, '') ELSE '' END, {q}.kind,"
    " CASE WHEN {a}.published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*'"
    " THEN substr({a}.published, 1, 10) ELSE coalesce({a}.published, '') END,"
    " {a}.published IS NOT NULL"
)
COLUMNS = "month, outlet, kind, gender, speech, published, dated, quotes"
EVERY_QUOTE = (
    "quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"
)


def _count(sign: str, source: str, where: str, a: str = "a", s: str = "s") -> str:
    """Add (``sign`` '') or take away ('-') the quotes ``source`` and ``where`` select."""
    return (
        f"INSERT INTO source_counts ({COLUMNS}) SELECT {KEY.format(q='q', a=a, s=s)},"
        f" {sign}count(*) FROM {source} WHERE {where} GROUP BY 1, 2, 3, 4, 5, 6, 7"
        " ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes;"
    )


def _one_quote(sign: str, row: str) -> str:
    """Count the quote trigger row ``row`` (``old`` or ``new``) in or out: one row to
    add to, no grouping."""
    return (
        f"INSERT INTO source_counts ({COLUMNS})"
        f" SELECT {KEY.format(q=row, a='a', s='s')}, {sign}1"
        f" FROM articles a LEFT JOIN speakers s ON s.id = {row}.speaker_id"
        f" WHERE a.id = {row}.article_id AND {row}.hidden = 0"
        " ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes;"
    )


TRIGGERS = {  # name: (event, condition, body)
    "quote_added": ("AFTER INSERT ON quotes", "", _one_quote("", "new")),
    "quote_removed": ("AFTER DELETE ON quotes", "", _one_quote("-", "old")),
    "quote_moved": (
        "AFTER UPDATE OF speaker_id, hidden, article_id, kind ON quotes",
        "old.speaker_id IS NOT new.speaker_id OR old.hidden IS NOT new.hidden"
        " OR old.article_id IS NOT new.article_id OR old.kind IS NOT new.kind",
        _one_quote("-", "old") + _one_quote("", "new"),
    ),
    "speaker_changed": (
        "AFTER UPDATE OF kind, gender ON speakers",
        "old.kind IS NOT new.kind OR old.gender IS NOT new.gender",
        _count("-", "quotes q JOIN articles a ON a.id = q.article_id",
               "q.speaker_id = old.id AND q.hidden = 0", s="old")
        + _count("", EVERY_QUOTE, "q.speaker_id = new.id AND q.hidden = 0"),
    ),
    "article_changed": (
        "AFTER UPDATE OF published, outlet ON articles",
        "old.published IS NOT new.published OR old.outlet IS NOT new.outlet",
        _count("-", "quotes q LEFT JOIN speakers s ON s.id = q.speaker_id",
               "q.article_id = old.id AND q.hidden = 0", a="old")
        + _count("", EVERY_QUOTE, "q.article_id = new.id AND q.hidden = 0"),
    ),
}  # fmt: skip


def create(db: sqlite_utils.Database) -> None:
    """The table, its triggers, and the counts of the quotes already stored (anew, over
    any left by an earlier try)."""
    drop(db)
    db.execute(TABLE)
    triggers.create(db, "source_counts", TRIGGERS)
    rebuild(db)


def drop(db: sqlite_utils.Database | sqlite3.Connection) -> None:
    """The table and its triggers gone (as before schema 10), if there."""
    triggers.drop(db, "source_counts", TRIGGERS)
    db.execute("DROP TABLE IF EXISTS source_counts")


def rebuild(db: sqlite_utils.Database) -> None:
    """Count every visible quote afresh."""
    db.execute("DELETE FROM source_counts")
    db.execute(_count("", EVERY_QUOTE, "q.hidden = 0"))


def paused(db: sqlite_utils.Database) -> AbstractContextManager[None]:
    """The triggers off while rows are written in bulk (``core.triggers.paused``)."""
    return triggers.paused(db, "source_counts", TRIGGERS, rebuild)


def covers(filters: Mapping[str, Any]) -> bool:
    """Whether the counts answer a selection by these filters: outlet, kinds, and dates
    at most a day long; hidden quotes left out."""
    chosen = {key for key, value in filters.items() if value}
    return (
        chosen <= COUNTED_FILTERS
        and len(filters.get("date_from") or "") <= DAY_LONG
        and len(filters.get("date_to") or "") <= DAY_LONG
    )


def where(filters: Mapping[str, Any], speech: Sequence[str]) -> tuple[str, list[Any]]:
    """The WHERE clause over ``source_counts`` for filters it ``covers()`` and the kinds
    of row ``speech`` (``Library.speech_kinds``), and its parameters, as
    ``Library._quote_where`` selects them over the quotes and articles. A date bound
    bounds the month too (a text's first seven characters sort as the text does), which
    reads the rows of the months in range alone."""
    marks = ", ".join("?" * len(speech)) or "NULL"
    clauses = ["quotes <> 0", f"+speech IN ({marks})"]
    params: list[Any] = list(speech)
    if filters.get("outlet"):
        clauses.append("+outlet = ?")  # "+": read in key order all the same, not sorted
        params.append(filters["outlet"])
    if since := filters.get("date_from"):
        clauses.append("dated AND month >= substr(?, 1, 7) AND published >= ?")
        params += [since, since]
    if until := filters.get("date_to"):
        clauses.append("dated AND month <= substr(?, 1, 7) AND published <= ?")
        params += [f"{until}\uffff"] * 2
    if kinds := filters.get("kinds"):
        clauses.append(f"+kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    return " AND ".join(clauses), params
