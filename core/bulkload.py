"""Bulk loading of rows made outside the extraction pipeline (a generated benchmark
library, a test fixture): many rows per statement in one transaction, then the derived
data — speakers' quote counts and roles, the full-text index — rebuilt once at the end.

Rows are dictionaries keyed by the column names of ``docs/SCHEMA.md``; ids may be given
so that quotes can point at the articles and speakers of the same load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core.library import Counts, Library

Row = Mapping[str, Any]
BATCH = 10_000


def bulk_load(
    library: Library,
    *,
    articles: Iterable[Row] = (),
    speakers: Iterable[Row] = (),
    aliases: Iterable[Row] = (),
    roles: Iterable[Row] = (),
    quotes: Iterable[Row] = (),
) -> Counts:
    """Insert the rows in one transaction and rebuild what is derived from them."""
    db = library.db
    db.execute("PRAGMA synchronous = OFF")
    try:
        with db.atomic():  # `with db.conn` would let sqlite-utils commit each batch
            for table, rows in (
                ("articles", articles),
                ("speakers", speakers),
                ("aliases", aliases),
                ("roles", roles),
                ("quotes", quotes),
            ):
                db[table].insert_all(rows, batch_size=BATCH)
            rebuild_derived(library)
    finally:
        db.execute("PRAGMA synchronous = FULL")
    db.execute("ANALYZE")
    return library.counts()


def rebuild_derived(library: Library) -> None:
    """Quote counts, machine roles (from each speaker's latest article) and the search
    index, recomputed from the quotes for the whole library."""
    db = library.db
    db.execute(
        "UPDATE speakers SET quote_count = coalesce((SELECT count(*) FROM quotes q"
        " WHERE q.speaker_id = speakers.id AND q.hidden = 0), 0)"
    )
    db.execute(
        "UPDATE speakers SET role = (SELECT r.role FROM roles r JOIN articles a"
        " ON a.id = r.article_id WHERE r.speaker_id = speakers.id"
        " ORDER BY coalesce(a.published, a.imported_at) DESC, a.id DESC LIMIT 1)"
        " WHERE role_origin = 'machine' OR role_origin IS NULL"
    )
    db.execute("DELETE FROM quotes_fts")
    db.execute(
        "INSERT INTO quotes_fts (rowid, text, speaker) SELECT q.id, q.text,"
        " coalesce(s.name, '') FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id"
    )
