"""The library's tables, and migrations between versions by ``PRAGMA user_version``.

Each migration is a function from one version to the next; ``migrate()`` runs the ones a
file needs, each in its own transaction. A file with a newer version than this program
knows, or that is not SQLite at all, is refused and left untouched. ``connect()`` opens
a library file, read-only when the file or its folder cannot be written;
``damage()`` reads every page for the damage a disk or a copy can do.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:  # only annotations here: `onrecord extract` never loads sqlite-utils
    import sqlite_utils

from core import list_counts, source_counts
from core.search import TOKENIZE


class LibraryError(Exception):
    """A library file that cannot be used; the message names the file and why."""


def _create_v1(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {"id": int, "title": str, "outlet": str, "author": str, "published": str, "url": str,
         "source_path": str, "format": str, "text": str, "sha256": str, "imported_at": str},
        pk="id", not_null={"text", "sha256", "imported_at"},
    )  # fmt: skip
    db["articles"].create_index(["sha256"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["outlet"])
    db["speakers"].create(
        {"id": int, "name": str, "kind": str, "key": str, "role": str, "role_origin": str,
         "merged_into": int, "quote_count": int},
        pk="id", not_null={"name", "kind", "key"}, defaults={"quote_count": 0},
    )  # fmt: skip
    db["speakers"].create_index(["key"], unique=True)
    db["speakers"].create_index(["merged_into", "quote_count"])
    db["speakers"].create_index(["name"])
    db["aliases"].create({"speaker_id": int, "form": str}, pk=("speaker_id", "form"))
    db["aliases"].create_index(["form"])
    db["roles"].create(
        {"speaker_id": int, "article_id": int, "role": str}, pk=("speaker_id", "article_id")
    )
    db["quotes"].create(
        {"id": int, "article_id": int, "speaker_id": int, "start": int, "end": int, "text": str,
         "cue": str, "mention_start": int, "mention_end": int, "role": str, "partial": int,
         "origin": str, "hidden": int, "starred": int},
        pk="id", not_null={"article_id", "start", "end", "text", "origin"},
        defaults={"hidden": 0, "starred": 0, "partial": 0},
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")],
    )  # fmt: skip
    db["quotes"].create_index(["speaker_id", "hidden"])
    db["quotes"].create_index(["article_id", "start"])
    db["tags"].create({"quote_id": int, "tag": str}, pk=("quote_id", "tag"))
    db["tags"].create_index(["tag"])
    db["corrections"].create(
        {"id": int, "target": str, "action": str, "payload": str, "created_at": str}, pk="id"
    )
    db["corrections"].create_index(["target"])
    db["merges"].create(
        {"id": int, "keep_id": int, "merged_id": int, "moved": str, "created_at": str},
        pk="id",
    )
    db.execute("CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, tokenize='unicode61')")


def _indexes_v2(db: sqlite_utils.Database) -> None:
    """Indexes that keep a million-quote library instant: a speaker's articles counted
    from the index alone, and every quote listed newest first without sorting them all."""
    db.execute("CREATE INDEX quotes_speaker_article ON quotes (speaker_id, article_id)")
    db.execute(
        "CREATE INDEX articles_newest ON articles (coalesce(published, imported_at) DESC, id)"
    )


SPEAKER_WORDS = (
    "{row}.name || ' ' || coalesce({row}.role, '') || ' ' || coalesce((SELECT group_concat(form,"
    " ' ') FROM aliases WHERE speaker_id = {row}.id), '')"
)


def _speaker_words_v3(db: sqlite_utils.Database) -> None:
    """``speakers_fts``: each speaker's name, role and name forms as words, kept up to date
    by triggers, so that filtering 100,000 speakers as one types reads an index."""
    db.execute("CREATE VIRTUAL TABLE speakers_fts USING fts5(words, prefix='1 2 3')")
    db.execute(
        f"INSERT INTO speakers_fts (rowid, words) SELECT id, {SPEAKER_WORDS.format(row='speakers')}"
        " FROM speakers"
    )
    renew = (
        "DELETE FROM speakers_fts WHERE rowid = {id};"
        f" INSERT INTO speakers_fts (rowid, words) SELECT id, {SPEAKER_WORDS.format(row='s')}"
        " FROM speakers s WHERE id = {id};"
    )
    for name, event, body in (
        ("speaker_added", "INSERT ON speakers", renew.format(id="new.id")),
        ("speaker_renamed", "UPDATE OF name, role ON speakers", renew.format(id="new.id")),
        ("speaker_removed", "DELETE ON speakers", "DELETE FROM speakers_fts WHERE rowid = old.id;"),
        ("alias_added", "INSERT ON aliases", renew.format(id="new.speaker_id")),
        ("alias_removed", "DELETE ON aliases", renew.format(id="old.speaker_id")),
    ):
        db.execute(f"CREATE TRIGGER speakers_fts_{name} AFTER {event} BEGIN {body} END")


def _hidden_v4(db: sqlite_utils.Database) -> None:
    """The few hidden quotes on their own, so a search leaves them out without reading
    the rows of every match."""
    db.execute("CREATE INDEX quotes_hidden ON quotes (id) WHERE hidden = 1")


def _sources_v5(db: sqlite_utils.Database) -> None:
    """The gender each article states of a person (``core.gender``) and the one the
    speaker row shows: combined from those articles, or set by a reporter. Indexes for
    the Sources view."""
    db.execute("ALTER TABLE speakers ADD COLUMN gender TEXT")
    db.execute("ALTER TABLE speakers ADD COLUMN gender_origin TEXT NOT NULL DEFAULT 'machine'")
    db["speaker_genders"].create(
        {"speaker_id": int, "article_id": int, "gender": str}, pk=("speaker_id", "article_id")
    )
    db.execute("CREATE INDEX speaker_genders_article ON speaker_genders (article_id)")
    # the Sources view's aggregates (core.stats): a selection's quotes counted by article
    # or by speaker from an index alone, starred quotes apart, and articles' outlet and
    # date without reading their text
    db.execute("CREATE INDEX quotes_article_hidden ON quotes (article_id, hidden, speaker_id)")
    db.execute("CREATE INDEX quotes_speaker_hidden ON quotes (speaker_id, hidden, article_id)")
    for name, columns in (
        ("starred_speaker", "speaker_id, article_id"),
        ("starred_article", "article_id"),
    ):
        db.execute(f"CREATE INDEX quotes_{name} ON quotes ({columns}) WHERE starred = 1")
    db.execute("CREATE INDEX articles_facets ON articles (id, outlet, published)")


def _people_v6(db: sqlite_utils.Database) -> None:
    """People across the library (``core/people.py``): each speaker row's name parts, so
    that joining a new speaker is a lookup by surname; the row each quote's own name gave
    (``own_speaker_id``), so an automatic join can be split again; suggestions and the
    reporters' "not the same person" decisions. Rows already stored are joined when the
    library is next opened (``Library.__init__``)."""
    for column in ("surname", "given", "suffix", "gender_hint", "offices", "seen_from", "seen_to",
                   "joined", "join_forms", "name_origin"):  # fmt: skip
        db["speakers"].add_column(column, str)
    db.execute(
        "CREATE INDEX speakers_surname ON speakers (surname, given) WHERE surname IS NOT NULL"
    )
    db["quotes"].add_column("own_speaker_id", int)
    db.execute("UPDATE quotes SET own_speaker_id = speaker_id")
    db.execute("CREATE INDEX quotes_speaker_own ON quotes (speaker_id, own_speaker_id)")
    db.execute(
        "UPDATE speakers SET name_origin = 'human' WHERE 'speaker:' || key IN"
        " (SELECT target FROM corrections WHERE action = 'rename')"
    )
    db["suggestions"].create(
        {"speaker_id": int, "candidate_id": int, "created_at": str},
        pk=("speaker_id", "candidate_id"),
    )
    db["suggestions"].create_index(["candidate_id"])
    db["distinct_people"].create(
        {"speaker_id": int, "other_id": int}, pk=("speaker_id", "other_id")
    )


def _evidence_v7(db: sqlite_utils.Database) -> None:
    """Why each machine quote has its speaker: its cue's offsets and the evidence."""
    for column in ("cue_start INTEGER", "cue_end INTEGER", "evidence TEXT"):
        db.execute(f"ALTER TABLE quotes ADD COLUMN {column}")


def _variants_v8(db: sqlite_utils.Database) -> None:
    """Versions of one quote across articles: each quote's winnowed fingerprints
    (``variant_prints``, the lookup), groups and their members; the quotes already stored
    are grouped in the order they were imported."""
    db.execute("CREATE TABLE variant_groups (id INTEGER PRIMARY KEY, size INTEGER NOT NULL)")
    db.execute(
        "CREATE TABLE variant_members (quote_id INTEGER PRIMARY KEY,"
        " group_id INTEGER NOT NULL, origin TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX variant_members_group ON variant_members (group_id)")
    db.execute(
        "CREATE TABLE variant_prints (print INTEGER NOT NULL, quote_id INTEGER NOT NULL,"
        " PRIMARY KEY (print, quote_id)) WITHOUT ROWID"
    )
    from core import variant_groups  # here: onrecord extract reads no library (6 ms of import)

    variant_groups.add(db, [r[0] for r in db.execute("SELECT id FROM quotes ORDER BY id")])


def _statements_v9(db: sqlite_utils.Database) -> None:
    """Statements beside quotations: a row of ``quotes`` is a quotation (``kind``
    'quote', every row so far), or reported speech without quotation marks ('reported')
    or holding a partial quotation ('mixed'); each speaker counts its statements apart
    from its quotes."""
    db.execute("ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'quote'")
    db.execute("ALTER TABLE speakers ADD COLUMN statement_count INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX quotes_kind ON quotes (kind, hidden)")


SOURCE_INDEXES_V10 = {
    "speakers_quoted": "speakers (kind, gender, quote_count) WHERE merged_into IS NULL",
    # the Sources view's indexes of schema 5 with each row's kind (schema 9), so that a
    # selection of quotations is still counted from an index alone
    "quotes_article_hidden": "quotes (article_id, hidden, kind, speaker_id)",
    "quotes_speaker_hidden": "quotes (speaker_id, hidden, kind, article_id)",
    "quotes_starred_speaker": "quotes (speaker_id, hidden, kind, article_id) WHERE starred = 1",
    "quotes_starred_article": "quotes (article_id, hidden, kind) WHERE starred = 1",
}


def _source_counts_v10(db: sqlite_utils.Database) -> None:
    """Visible quotes counted by day, outlet, kind of source and gender
    (``core.source_counts``), kept by triggers, for the Sources view; the people quoted
    counted by kind and gender from an index alone, and the view's quote indexes with
    each row's kind."""
    source_counts.create(db)
    for name, definition in SOURCE_INDEXES_V10.items():
        db.execute(f"DROP INDEX IF EXISTS {name}")
        db.execute(f"CREATE INDEX {name} ON {definition}")
        db.execute(f"ANALYZE {name}")  # a library analysed before plans with them too


SORT_INDEXES_V11 = {
    # the quote list sorted by speaker: people walked by name, each one's quotes by index
    "speakers_by_name": "speakers (name COLLATE NOCASE, id)",
    # the quote list sorted by article: articles walked by title, their quotes in order
    "articles_by_title": "articles (title COLLATE NOCASE, id)",
}


def _sort_indexes_v11(db: sqlite_utils.Database) -> None:
    """The quote list sorted by speaker or by article (``core.queries.quote_order``) read
    in order from an index, a page at a time, as the newest-first list is from
    ``articles_newest``: no sort of a million rows for a first page."""
    for name, definition in SORT_INDEXES_V11.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
        db.execute(f"ANALYZE {name}")  # a library analysed before plans with them too


def _list_counts_v12(db: sqlite_utils.Database) -> None:
    """Each speaker's and each article's rows of ``quotes`` counted by ``hidden`` and
    ``kind`` (``core.list_counts``), kept by triggers: the quote list sorted by speaker,
    date or article finds a place far down by adding up whole speakers or articles. The
    quotes already stored are counted from their indexes; nothing else changes."""
    list_counts.create(db)
    for name in list_counts.TABLES:
        db.execute(f"ANALYZE {name}")


def _word_forms_v13(db: sqlite_utils.Database) -> None:
    """``quotes_fts`` tokenized with the Porter stemmer over unicode61, so that a search
    finds a word's other forms ("emails" finds "email", "resigned" finds "resign"). The
    index is rebuilt from its own rows; no other table is touched, so corrections, stars
    and tags stay as they were."""
    db.execute(
        f"CREATE VIRTUAL TABLE quotes_fts_stemmed USING fts5(text, speaker, tokenize='{TOKENIZE}')"
    )
    db.execute(
        "INSERT INTO quotes_fts_stemmed (rowid, text, speaker)"
        " SELECT rowid, text, speaker FROM quotes_fts"
    )
    db.execute("DROP TABLE quotes_fts")
    db.execute("ALTER TABLE quotes_fts_stemmed RENAME TO quotes_fts")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _create_v1,
    _indexes_v2,
    _speaker_words_v3,
    _hidden_v4,
    _sources_v5,
    _people_v6,
    _evidence_v7,
    _variants_v8,
    _statements_v9,
    _source_counts_v10,
    _sort_indexes_v11,
    _list_counts_v12,
    _word_forms_v13,
]
SCHEMA_VERSION = len(MIGRATIONS)


BUSY_TIMEOUT_MS = 30_000


def default_path() -> Path:
    """``$ONRECORD_DB`` if set, else ``library.db`` in the user's data folder."""
    env = os.environ.get("ONRECORD_DB")
    if env:
        return Path(env)
    import platformdirs  # here: only when no library is named

    return Path(platformdirs.user_data_dir("onrecord", "OnRecord")) / "library.db"


def connect(path: Path, *, create: bool) -> tuple[sqlite3.Connection, str | None]:
    """A connection to the library at ``path`` and, when it could only be opened
    read-only, why. A missing file is made if ``create``, else refused."""
    try:
        return _connect(path, create)
    except sqlite3.OperationalError as error:
        raise LibraryError(f"{path}: cannot be opened ({error})") from error
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"{path}: not an On Record library ({error})") from error


def _connect(path: Path, create: bool) -> tuple[sqlite3.Connection, str | None]:
    if path.is_dir():
        raise LibraryError(f"{path}: is a folder, not a library file")
    if not path.exists():
        if not create:
            raise LibraryError(
                f"{path}: no library here; `onrecord ingest FILE...` makes one (or give --db)"
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                f"{path}: a library cannot be made here ({error.strerror or error})"
            ) from error
    if not path.exists() or _writable(path):
        try:
            return _checked(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)), None
        except sqlite3.OperationalError as error:
            if not path.exists():
                raise LibraryError(f"{path}: a library cannot be made here ({error})") from error
    reason = (
        f"{path}: opened read-only, as the file or its folder cannot be written; "
        "copy it to a folder you can write to in order to import or correct"
    )
    uri = f"file:{quote(str(path.absolute()))}"
    try:
        return _checked(sqlite3.connect(f"{uri}?mode=ro", uri=True)), reason
    except sqlite3.OperationalError:  # WAL without its -shm file, which cannot be made here
        return _checked(sqlite3.connect(f"{uri}?immutable=1", uri=True)), reason


def _writable(path: Path) -> bool:
    """Can SQLite write the file and the journal files beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _checked(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn``, once it has read the schema (which fails early on a file it cannot use)."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def damage(db: sqlite_utils.Database) -> str | None:
    """The first problem ``PRAGMA quick_check`` finds (a damaged page, a broken index),
    or ``None`` for a sound file. It reads every page: about 1 s per GB once cached."""
    try:
        found = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    return None if found == "ok" else str(found)


def check_version(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse a library that would need upgrading where it cannot be written."""
    version = _version(db)
    if version == 0:
        raise LibraryError(f"{path}: not an On Record library (and read-only)")
    if version != SCHEMA_VERSION:
        raise LibraryError(
            f"{path}: library version {version} needs upgrading to {SCHEMA_VERSION}, but it is"
            " read-only; copy it to a folder you can write to"
        )


def needs_migrate(version: int) -> bool:
    """Whether a library at ``version`` has something for :func:`migrate` to do (an
    upgrade, or the refusal of a newer one): a current one is opened without it."""
    return version != SCHEMA_VERSION


def migrate(db: sqlite_utils.Database, path: Path) -> None:
    """Bring the file at ``path`` up to ``SCHEMA_VERSION``, one migration per transaction.

    Each step takes the write lock first and reads the version again under it, so two
    processes opening a library at once never run the same migration twice.
    """
    refuse_unknown(db, path)
    version = _version(db)
    while version < SCHEMA_VERSION:
        try:
            with immediate(db):
                version = _version(db)
                if version < SCHEMA_VERSION:
                    MIGRATIONS[version](db)
                    db.execute(f"PRAGMA user_version = {version + 1}")
        except Exception as error:
            raise LibraryError(
                f"{path}: could not be upgraded from library version {version} ({error});"
                f" it was left at version {version}"
            ) from error
        version = _version(db)


def refuse_unknown(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse, touching nothing, a file made by a newer On Record or that is no library."""
    version = _version(db)
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"{path}: made by a newer On Record (library version {version}, this program "
            f"knows up to {SCHEMA_VERSION}); it was left untouched"
        )
    if version == 0 and db.table_names():
        raise LibraryError(f"{path}: a SQLite file, but not an On Record library; left untouched")


@contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[None]:
    """One transaction that takes the write lock first (``BEGIN IMMEDIATE``, waiting up to
    the busy timeout): all of the block's writes or, if it raises, none."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise


@contextmanager
def synchronous(db: sqlite_utils.Database, level: str) -> Iterator[None]:
    """``PRAGMA synchronous`` at ``level`` inside the block, as it was after it."""
    before = int(db.execute("PRAGMA synchronous").fetchone()[0])
    db.execute(f"PRAGMA synchronous = {level}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA synchronous = {before}")


def _version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])
