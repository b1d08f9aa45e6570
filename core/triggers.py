"""Named sets of SQLite triggers that keep a derived table exact (``core.source_counts``,
``core.list_counts``): created, dropped, and paused while rows are loaded in bulk.

A set is a mapping ``name: (event, condition, body)``; each trigger is stored as
``{prefix}_{name}`` so a SQLite browser shows which table it serves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

Triggers = Mapping[str, tuple[str, str, str]]


def create(db: sqlite_utils.Database | sqlite3.Connection, prefix: str, triggers: Triggers) -> None:
    for name, (event, when, body) in triggers.items():
        condition = f" WHEN {when}" if when else ""
        db.execute(f"CREATE TRIGGER {prefix}_{name} {event}{condition} BEGIN {body} END")


def drop(db: sqlite_utils.Database | sqlite3.Connection, prefix: str, triggers: Triggers) -> None:
    for name in triggers:
        db.execute(f"DROP TRIGGER IF EXISTS {prefix}_{name}")


@contextmanager
def paused(
    db: sqlite_utils.Database,
    prefix: str,
    triggers: Triggers,
    rebuild: Callable[[sqlite_utils.Database], None],
) -> Iterator[None]:
    """Inside a transaction: the triggers off while rows are written in bulk, then on
    again and the derived table counted once. If the block raises, the transaction's
    rollback takes the triggers back as they were."""
    for name in triggers:
        db.execute(f"DROP TRIGGER {prefix}_{name}")
    yield
    create(db, prefix, triggers)
    rebuild(db)
