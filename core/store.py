"""A library file's connection, its transactions, and the columns derived from its
rows (speaker counts, roles and genders, the search index), which every write keeps
exact."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from core.document import SpeakerKind
from core.schema import (
    SCHEMA_VERSION,
    LibraryError,
    check_version,
    connect,
    damage,
    immediate,
    migrate,
    needs_migrate,
    refuse_unknown,
)

if TYPE_CHECKING:
    import sqlite_utils

    from core.people import People

# Listing a library (``onrecord speakers``, ``quotes``: ``core.queries``) reads through the
# plain connection and imports none of the analysis stack: sqlite-utils (numpy, click,
# pluggy and a scan of every installed package for plugins), the name and role code and
# the tagger are imported by the methods that write, or read people and roles, when first
# called (``tests/test_cli_imports.py``).

PEOPLE_VERSION = 6  # the first library version that joins speakers into people
ROLES_READ = 500  # a person's canonical role is chosen among their latest articles' roles
# a person's gender: the one most of their articles (and those of speakers merged into
# them) state, none when as many state one as the other (core.gender decides per article)
STATED_GENDER = """
    WITH RECURSIVE folded(id) AS (SELECT speakers.id UNION SELECT m.id FROM speakers m
        JOIN folded f ON m.merged_into = f.id)
    SELECT CASE WHEN sum(g.gender = 'female') > sum(g.gender = 'male') THEN 'female'
        WHEN sum(g.gender = 'male') > sum(g.gender = 'female') THEN 'male' END
    FROM speaker_genders g WHERE g.speaker_id IN folded
"""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """One library file. Not thread-safe: open one per thread."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open (or with ``create``, make) the library at ``path``: read-only, with
        :attr:`read_only` saying why, when it cannot be written."""
        self.path = Path(path)
        conn, self.read_only = connect(self.path, create=create)
        self.conn = conn
        try:
            before = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if self.read_only:
                check_version(conn, self.path)
            else:
                if needs_migrate(before):  # a newer file or none of ours: left untouched
                    refuse_unknown(self.db, self.path)
                # WAL before migrating: an FTS5 table renamed in rollback-journal mode left
                # the connection unable to checkpoint once in WAL ("database table is
                # locked": schema 13's rebuilt index, in a new library)
                conn.execute("PRAGMA journal_mode = WAL")
                if needs_migrate(before):
                    migrate(self.db, self.path)
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as error:
            conn.close()
            raise LibraryError(f"{self.path}: not an On Record library ({error})") from error
        except LibraryError:
            conn.close()
            raise
        if 0 < before < PEOPLE_VERSION and not self.read_only:
            self._join_stored_speakers()

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The connection wrapped by sqlite-utils, which every write goes through: made
        when first asked for (it sets ``recursive_triggers``, which only writes see)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    @cached_property
    def people(self) -> People:
        """Speakers joined into people (``core.people``): made when first asked for."""
        from core.people import People

        return People(self.db, self._refresh_speaker, self._record)

    def check(self) -> str | None:
        """Read every page for damage; a damaged library becomes read-only (nothing more
        is written into it) and the reason is returned, else ``None``."""
        problem = damage(self.db)
        return None if problem is None else self.mark_damaged(problem)

    def mark_damaged(self, problem: str) -> str:
        """Make the library read-only for the damage ``problem`` names (what ``check`` or
        a check on another connection found); returns the reason to show."""
        self.read_only = (
            f"{self.path}: damaged ({problem}); opened read-only so that nothing more is"
            " written into it. Restore a backup, or save what is left with the sqlite3"
            " tool's .recover command"
        )
        return self.read_only

    def require_writable(self) -> None:
        """Raise :class:`LibraryError` saying why, when nothing may be written."""
        if self.read_only:
            raise LibraryError(self.read_only)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return SCHEMA_VERSION

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One transaction: all of the block's writes or none (inner blocks: savepoints).

        ``BEGIN IMMEDIATE`` takes the write lock first, waiting up to the busy timeout, so a
        block that reads before it writes does not fail with "database is locked" when
        another process (an import) wrote in between. Not ``with conn:``, under which
        sqlite-utils commits each statement by itself.
        """
        self.require_writable()
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        with immediate(self.db):
            yield

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row a read (a SELECT or PRAGMA) gives, if any."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _record(self, target: str, action: str, payload: dict[str, Any]) -> None:
        from core.people import now

        self.db.execute(
            "INSERT INTO corrections (target, action, payload, created_at) VALUES (?, ?, ?, ?)",
            [target, action, json.dumps(payload, ensure_ascii=False), now()],
        )

    def _speaker_key(self, speaker_id: int) -> str:
        key = self._one("SELECT key FROM speakers WHERE id = ?", [speaker_id])
        if key is None:
            raise KeyError(f"no speaker {speaker_id}")
        return str(key)

    def _join_stored_speakers(self) -> None:
        """A library made before people were joined: name parts for every speaker row,
        then each person row placed in turn, full names first."""
        from core.people import name_columns

        with self._tx():
            rows = self.db.execute("SELECT id, name, kind FROM speakers").fetchall()
            for speaker_id, name, kind in rows:
                columns = name_columns(name, kind)
                self.db.execute(
                    "UPDATE speakers SET surname = ?, given = ?, suffix = ?, gender_hint = ?"
                    " WHERE id = ?",
                    [*columns.values(), speaker_id],
                )
                self._refresh_offices(speaker_id)
            people = self.db.execute(
                "SELECT id FROM speakers WHERE kind = 'person' AND merged_into IS NULL"
                " ORDER BY given IS NULL, id"
            ).fetchall()
            for (speaker_id,) in people:  # full names first: surnames alone see them all
                self.people.place(speaker_id, self.people.known_of_row(speaker_id))

    def _refresh_speaker(self, speaker_id: int) -> None:
        """Keep the denormalised count, the person's role and name, and that name in the
        search index."""
        before = self._one("SELECT name FROM speakers WHERE id = ?", [speaker_id])
        self._refresh_speakers("id = ?", [speaker_id])
        name = self._one("SELECT name FROM speakers WHERE id = ?", [speaker_id])
        if name != before:
            self.db.execute(
                "UPDATE quotes_fts SET speaker = ? WHERE rowid IN"
                " (SELECT id FROM quotes WHERE speaker_id = ?)",
                [name, speaker_id],
            )

    def _refresh_speakers(self, where: str, params: Sequence[Any] = ()) -> None:
        """The quote and statement counts, the gender the articles state, the role chosen
        across articles, the office words and the usual name of the speakers ``where``
        selects."""
        self.db.execute(
            "UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes q"
            " WHERE q.speaker_id = speakers.id AND q.hidden = 0 AND q.kind = 'quote'),"
            " statement_count = (SELECT count(*) FROM quotes q"
            " WHERE q.speaker_id = speakers.id AND q.hidden = 0 AND q.kind != 'quote')"
            f" WHERE {where}",
            params,
        )
        self.db.execute(
            f"UPDATE speakers SET gender = ({STATED_GENDER})"
            f" WHERE ({where}) AND gender_origin IS NOT 'human'",
            params,
        )
        ids = [r[0] for r in self.db.execute(f"SELECT id FROM speakers WHERE {where}", params)]
        for speaker_id in ids:
            self._refresh_person(speaker_id)

    def _refresh_person(self, speaker_id: int) -> None:
        from core.people import usual_name
        from core.person_roles import canonical_role

        human_role, human_name, kind = self.db.execute(
            "SELECT role_origin = 'human', name_origin = 'human', kind FROM speakers WHERE id = ?",
            [speaker_id],
        ).fetchone()
        history = self._refresh_offices(speaker_id)
        if not human_role:
            self.db.execute(
                "UPDATE speakers SET role = ? WHERE id = ?", [canonical_role(history), speaker_id]
            )
        folds = self._one("SELECT 1 FROM speakers WHERE merged_into = ? LIMIT 1", [speaker_id])
        if folds and not human_name and kind == SpeakerKind.PERSON.value:
            usual = usual_name(
                self.db.execute(
                    "SELECT s.name, s.given, count(*) FROM quotes q"
                    " JOIN speakers s ON s.id = q.own_speaker_id"
                    " WHERE q.speaker_id = ? AND s.given IS NOT NULL"
                    " AND (s.id = ? OR s.joined = 'machine') GROUP BY s.id ORDER BY s.id",
                    [speaker_id, speaker_id],
                ).fetchall()
            )
            if usual:
                self.db.execute("UPDATE speakers SET name = ? WHERE id = ?", [usual, speaker_id])

    def _refresh_offices(self, speaker_id: int) -> list[tuple[str | None, str]]:
        """The office words of a person's latest roles (what joining compares); returns
        those roles."""
        from core.identity import offices, stored_role_counts

        history = self._dated_roles(speaker_id, ROLES_READ)
        counts = Counter(word for _, role in history for word in offices(role))
        self.db.execute(
            "UPDATE speakers SET offices = ? WHERE id = ?",
            [stored_role_counts(counts), speaker_id],
        )
        return history

    def _dated_roles(self, speaker_id: int, limit: int = -1) -> list[tuple[str | None, str]]:
        """(article date, role) of the articles giving this person, or a row folded into
        them, a role (of the ``limit`` imported last, when given); oldest first."""
        return [(date or None, role) for _, _, date, role in self.role_entries(speaker_id, limit)]

    def role_entries(
        self, speaker_id: int, limit: int = -1
    ) -> list[tuple[int, str | None, str | None, str]]:
        """(article id, article title, article date, role) for each article that gives this
        person, or a row folded into them, a role; oldest article first (of the ``limit``
        articles imported last, when given)."""
        from core.people import FOLDED

        rows = self.db.execute(
            f"{FOLDED}, latest AS (SELECT article_id, role FROM roles"
            " WHERE speaker_id IN (SELECT id FROM folded) ORDER BY article_id DESC LIMIT ?)"
            " SELECT l.article_id, a.title, a.published, l.role FROM latest l"
            " JOIN articles a ON a.id = l.article_id"
            " ORDER BY coalesce(a.published, a.imported_at), a.id",
            [speaker_id, limit],
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def _index_quote(self, quote_id: int) -> None:
        self.db.execute("DELETE FROM quotes_fts WHERE rowid = ?", [quote_id])
        self._index_quotes("q.id = ?", [quote_id])

    def _index_quotes(self, where: str, params: Sequence[Any] = ()) -> None:
        """Search-index rows for the quotes ``where`` selects (over ``q``)."""
        self.db.execute(
            "INSERT INTO quotes_fts (rowid, text, speaker) SELECT q.id, q.text,"
            " coalesce(s.name, '') FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id"
            f" WHERE {where}",
            params,
        )

    def _set_article_fields(self, article_id: int, fields: dict[str, Any]) -> None:
        columns = [name for name in ARTICLE_FIELDS if name in fields]
        if columns:
            self.db.execute(
                f"UPDATE articles SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                [*(fields[c] for c in columns), article_id],
            )


ARTICLE_FIELDS = ("title", "outlet", "author", "published", "url")
