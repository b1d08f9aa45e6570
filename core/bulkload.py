"""Bulk loading of rows made outside the extraction pipeline (a generated benchmark
library, a test fixture): many rows per statement in one transaction, then the derived
data — speakers' quote counts and roles, the full-text index — rebuilt once at the end.

Rows are dictionaries keyed by the column names of ``docs/SCHEMA.md``; ids may be given
so that quotes can point at the articles and speakers of the same load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from core import list_counts, source_counts
from core.library import Library
from core.records import Counts
from core.schema import synchronous

Row = Mapping[str, Any]
BATCH = 10_000


def bulk_load(
    library: Library,
    *,
    articles: Iterable[Row] = (),
    speakers: Iterable[Row] = (),
    aliases: Iterable[Row] = (),
    roles: Iterable[Row] = (),
    genders: Iterable[Row] = (),
    quotes: Iterable[Row] = (),
    variant_groups: Iterable[Row] = (),
    variant_members: Iterable[Row] = (),
) -> Counts:
    """Insert the rows in one transaction and rebuild what is derived from them."""
    db = library.db
    # atomic: one transaction (sqlite-utils would commit each batch); the source counts
    # and the list's tallies are made once at the end rather than by a trigger for each
    # quote
    with (
        synchronous(db, "OFF"),
        db.atomic(),
        source_counts.paused(db),
        list_counts.paused(db),
    ):
        for table, rows in (
            ("articles", articles),
            ("speakers", speakers),
            ("aliases", aliases),
            ("roles", roles),
            ("speaker_genders", genders),
            ("quotes", quotes),
            ("variant_groups", variant_groups),
            ("variant_members", variant_members),
        ):
            db[table].insert_all(rows, batch_size=BATCH)
        library.rebuild_derived()
    db.execute("ANALYZE")
    return library.counts()
