"""The variant tables: fingerprints, groups and their members (see ``docs/SCHEMA.md``).

:func:`add` groups new quotes with the versions already stored, one indexed lookup per
fingerprint; :func:`forget` takes quotes out before they change or go. :func:`split` and
:func:`join` are a reporter's corrections, applied the same way live and on replay, so a
replayed history gives the groups the reporter left. Every function runs inside the
caller's transaction (:class:`core.library.Library` opens it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from core.variants import PER_PRINT, VERIFIED, Words, align, fingerprints, likely

if TYPE_CHECKING:  # annotations only: `onrecord extract` never loads sqlite-utils
    import sqlite_utils

MACHINE, HUMAN = "machine", "human"


def _marks(ids: Sequence[int]) -> str:
    return ", ".join("?" * len(ids))


def add(db: sqlite_utils.Database, quote_ids: Sequence[int]) -> None:
    """Fingerprint these quotes and put each in a group with its versions in other
    articles: its best match's group, joined by the matching quotes in no group yet."""
    for start in range(0, len(quote_ids), 500):
        ids = list(quote_ids[start : start + 500])
        rows = db.execute(
            f"SELECT id, article_id, text FROM quotes WHERE id IN ({_marks(ids)}) ORDER BY id",
            ids,
        ).fetchall()
        for quote_id, article_id, text in rows:
            words = Words.of(text)
            prints = fingerprints(words)
            if not prints:
                continue
            _group(db, quote_id, article_id, words, prints)
            db.conn.executemany(
                "INSERT OR IGNORE INTO variant_prints (print, quote_id) VALUES (?, ?)",
                [(p, quote_id) for p in prints],
            )


def _group(
    db: sqlite_utils.Database, quote_id: int, article_id: int, words: Words, prints: set[int]
) -> None:
    holders = " UNION ALL ".join(
        ["SELECT * FROM (SELECT quote_id FROM variant_prints WHERE print = ? LIMIT ?)"]
        * len(prints)
    )  # one statement: each fingerprint read up to PER_PRINT holders
    shared = Counter(r[0] for r in db.execute(holders, [v for p in prints for v in (p, PER_PRINT)]))
    worth = likely(shared, len(prints))
    if not worth:
        return
    rows = db.execute(
        "SELECT q.id, q.text, m.group_id FROM quotes q LEFT JOIN variant_members m"
        f" ON m.quote_id = q.id WHERE q.id IN ({_marks(worth)}) AND q.article_id != ?",
        [*worth, article_id],
    ).fetchall()
    rows.sort(key=lambda r: -shared[r[0]])
    matches = []
    for candidate, text, group_id in rows[:VERIFIED]:
        found = align(Words.of(text), words)
        if found is not None:
            share = found.shared / max(len(words.norm), 1)
            matches.append((share, group_id is not None, -candidate, candidate, group_id))
    if not matches:
        return
    *_, best, group_id = max(matches)
    if group_id is None:
        group_id = _new_group(db)
        _put(db, best, group_id, MACHINE)
    _put(db, quote_id, group_id, MACHINE)
    for *_, candidate, other_group in matches:
        if other_group is None and candidate != best:
            _put(db, candidate, group_id, MACHINE)


def _new_group(db: sqlite_utils.Database) -> int:
    return int(db.execute("INSERT INTO variant_groups (size) VALUES (0)").lastrowid or 0)


def _put(db: sqlite_utils.Database, quote_id: int, group_id: int, origin: str) -> None:
    """Make ``quote_id`` a member of ``group_id`` (leaving any group it was in)."""
    _leave(db, quote_id)
    db.execute(
        "INSERT INTO variant_members (quote_id, group_id, origin) VALUES (?, ?, ?)",
        [quote_id, group_id, origin],
    )
    db.execute("UPDATE variant_groups SET size = size + 1 WHERE id = ?", [group_id])


def _leave(db: sqlite_utils.Database, quote_id: int) -> None:
    """Take a quote out of its group; a group left empty goes."""
    group_id = group_of(db, quote_id)
    if group_id is None:
        return
    db.execute("DELETE FROM variant_members WHERE quote_id = ?", [quote_id])
    db.execute("UPDATE variant_groups SET size = size - 1 WHERE id = ?", [group_id])
    db.execute("DELETE FROM variant_groups WHERE id = ? AND size <= 0", [group_id])


def forget(db: sqlite_utils.Database, quote_ids: Iterable[int]) -> None:
    """Take quotes out of the tables (before their text changes or they are deleted)."""
    for quote_id in quote_ids:
        text = db.execute("SELECT text FROM quotes WHERE id = ?", [quote_id]).fetchone()
        if text is None:
            continue
        db.conn.executemany(
            "DELETE FROM variant_prints WHERE print = ? AND quote_id = ?",
            [(p, quote_id) for p in fingerprints(Words.of(text[0]))],
        )
        _leave(db, quote_id)


def group_of(db: sqlite_utils.Database, quote_id: int) -> int | None:
    row = db.execute(
        "SELECT group_id FROM variant_members WHERE quote_id = ?", [quote_id]
    ).fetchone()
    return None if row is None else int(row[0])


def members(db: sqlite_utils.Database, group_id: int | None) -> list[int]:
    if group_id is None:
        return []
    return [
        r[0]
        for r in db.execute("SELECT quote_id FROM variant_members WHERE group_id = ?", [group_id])
    ]


def split(db: sqlite_utils.Database, quotes: Sequence[int], apart: Sequence[int]) -> None:
    """Take ``quotes`` out of any group they share with a quote of ``apart``; those taken
    out form a group of their own (one quote alone keeps a group of one, so the machine
    does not pull it back in)."""
    apart_groups = {group_of(db, q) for q in apart} - {None}
    moved = [q for q in quotes if group_of(db, q) in apart_groups]
    if not moved:
        return
    group_id = _new_group(db)
    for quote_id in moved:
        _put(db, quote_id, group_id, HUMAN)


def join(db: sqlite_utils.Database, first: int, second: int) -> None:
    """One group for the two quotes and every version of either."""
    groups = [group_of(db, first), group_of(db, second)]
    if groups[0] is not None and groups[0] == groups[1]:
        return
    sizes = {g: len(members(db, g)) for g in groups if g is not None}
    keep = max(sizes, key=lambda g: (sizes[g], -g)) if sizes else _new_group(db)
    for quote_id, group_id in zip((first, second), groups, strict=True):
        if group_id is None:
            _put(db, quote_id, keep, HUMAN)
        elif group_id != keep:
            for member in members(db, group_id):
                _put(db, member, keep, HUMAN)


def visible_others(db: sqlite_utils.Database, quote_ids: Sequence[int]) -> dict[int, int]:
    """How many other versions, not hidden, each of these quotes has (those with any)."""
    if not quote_ids:
        return {}
    rows = db.execute(
        "SELECT m.quote_id, (SELECT count(*) FROM variant_members o JOIN quotes q"
        " ON q.id = o.quote_id WHERE o.group_id = m.group_id AND o.quote_id != m.quote_id"
        " AND q.hidden = 0)"
        f" FROM variant_members m WHERE m.quote_id IN ({_marks(quote_ids)})",
        list(quote_ids),
    )
    return {r[0]: r[1] for r in rows if r[1] > 0}


def group_ids(db: sqlite_utils.Database, *, speaker_id: int | None = None) -> list[int]:
    """Groups of two or more quotes (of this speaker's quotes, if given), largest first."""
    where, params = "g.size > 1", []
    if speaker_id is not None:
        where += (
            " AND g.id IN (SELECT m.group_id FROM variant_members m JOIN quotes q"
            " ON q.id = m.quote_id WHERE q.speaker_id = ?)"
        )
        params.append(speaker_id)
    return [
        r[0]
        for r in db.execute(
            f"SELECT g.id FROM variant_groups g WHERE {where} ORDER BY g.size DESC, g.id", params
        )
    ]


def fill(db: sqlite_utils.Database, rows: Iterable[tuple[int, str]]) -> None:
    """Fingerprints of quotes loaded in bulk, ``(id, text)``, without grouping them:
    gathered in a scratch table, then put into the index in its order (a million
    quotes' fingerprints inserted at random places would take many times as long)."""
    db.execute("CREATE TEMP TABLE bulk_prints (print INTEGER, quote_id INTEGER)")
    db.conn.executemany(
        "INSERT INTO bulk_prints VALUES (?, ?)",
        ((p, quote_id) for quote_id, text in rows for p in fingerprints(Words.of(text))),
    )
    db.execute(
        "INSERT OR IGNORE INTO variant_prints SELECT print, quote_id FROM bulk_prints"
        " ORDER BY print, quote_id"
    )
    db.execute("DROP TABLE bulk_prints")
