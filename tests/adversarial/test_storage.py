"""The library under crashes, concurrency, old versions and files that are not libraries.

A reporter's library must survive ``kill -9`` in the middle of an import, two imports at
once, an upgrade from any earlier schema, and being pointed at the wrong file.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
import sqlite_utils
from adversarial_support import article, onrecord_argv, run_onrecord, snapshot, write_articles

from core import schema
from core.extract import extract
from core.library import Library
from core.schema import MIGRATIONS, SCHEMA_VERSION, LibraryError

LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
BATCH = 800 if LONG else 60  # generated articles per import
# stored-article counts at which the import is killed: 13 times in the long run
KILL_AT = range(1, BATCH, BATCH // 12) if LONG else (1, 40)


def assert_consistent(db: Path) -> None:
    """Integrity check passes and what is derived agrees with the rows."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert (
            conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
            == conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0]
        )
        stale = conn.execute(
            "SELECT count(*) FROM speakers s WHERE quote_count != (SELECT count(*) FROM quotes"
            " WHERE speaker_id = s.id AND hidden = 0 AND kind = 'quote') OR statement_count !="
            " (SELECT count(*) FROM quotes WHERE speaker_id = s.id AND hidden = 0"
            " AND kind != 'quote')"
        ).fetchone()[0]
        assert stale == 0


def count_articles(db: Path) -> int:
    """Articles stored so far, read without disturbing the import that writes them."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def ingest_process(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    """``onrecord ingest FOLDER`` started in a child process, one article at a time."""
    return subprocess.Popen(
        onrecord_argv("ingest", folder, "--jobs", "1", "--quiet", db=db),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[tuple]]]:
    """A folder of generated articles and what a clean import of it stores."""
    root = tmp_path_factory.mktemp("batch")
    folder = write_articles(root / "articles", range(BATCH))
    clean = root / "clean.db"
    assert ingest_process(folder, clean).wait(timeout=300) == 0
    expected = snapshot(clean)
    assert len(expected) == BATCH and all(expected.values())
    return folder, expected


def test_wal_and_busy_timeout(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as library:
        assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


@pytest.mark.slow  # several seconds; CI runs it (pytest -m slow)
def test_sigkill_mid_import_loses_nothing_and_a_rerun_completes(
    tmp_path: Path, batch: tuple[Path, dict[str, list[tuple]]]
) -> None:
    folder, expected = batch
    db = tmp_path / "library.db"
    for threshold in KILL_AT:
        process = ingest_process(folder, db)
        while count_articles(db) < threshold and process.poll() is None:
            time.sleep(0.002)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL, "the import ended before it was killed"
        assert_consistent(db)
        stored = snapshot(db)
        assert threshold <= len(stored) < BATCH
        assert all(quotes == expected[name] for name, quotes in stored.items())
    assert ingest_process(folder, db).wait(timeout=300) == 0
    assert_consistent(db)
    assert snapshot(db) == expected


def test_two_processes_importing_at_once_lose_nothing(
    tmp_path: Path, batch: tuple[Path, dict[str, list[tuple]]]
) -> None:
    """Both create the library, then race through the same articles: each stored once."""
    folder, expected = batch
    copies = [tmp_path / "a", tmp_path / "b"]
    for copy in copies:
        shutil.copytree(folder, copy)
    db = tmp_path / "library.db"
    processes = [ingest_process(copy, db) for copy in copies]
    assert [p.wait(timeout=300) for p in processes] == [0, 0]
    assert_consistent(db)
    stored = snapshot(db)
    assert sorted(stored) == sorted(expected)
    assert all(
        [q[:3] for q in quotes] == [q[:3] for q in expected[name]]
        for name, quotes in stored.items()
    )


@pytest.mark.slow  # several seconds; CI runs it (pytest -m slow)
def test_corrections_while_another_process_imports_never_fail(
    tmp_path: Path, batch: tuple[Path, dict[str, list[tuple]]]
) -> None:
    """A reporter tags quotes in the window while an import runs from the command line."""
    folder, _ = batch
    db = tmp_path / "library.db"
    first = write_articles(tmp_path / "first", range(BATCH, BATCH + 20))
    assert ingest_process(first, db).wait(timeout=120) == 0
    process = ingest_process(folder, db)
    tagged = 0
    with Library(db) as library:
        ids = [q.id for q in library.quotes(limit=1000)]
        while process.poll() is None:
            library.add_tag(ids[tagged % len(ids)], f"tag {tagged % 5}")
            tagged += 1
            time.sleep(0.002)  # hundreds a second: far faster than a reporter clicks
        assert len(library.corrections()) == tagged
    assert process.returncode == 0 and tagged > 100
    assert_consistent(db)


def test_a_failure_while_storing_an_article_stores_none_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = article(1)
    with Library(tmp_path / "library.db") as library:

        def fail(*_: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(library, "_insert_machine_quotes", fail)
        with pytest.raises(sqlite3.OperationalError):
            library.add_article(extract(text), "a.txt")
        assert library.counts().articles == 0
        monkeypatch.undo()
        assert not library.add_article(extract(text), "a.txt").duplicate
        assert library.counts().quotes == 3


# --- migrations ------------------------------------------------------------------------


def library_at(path: Path, version: int) -> None:
    """A library file at schema ``version`` holding an article, speakers, a quote, a tag,
    a correction: written with the SQL of the version-1 tables every version has."""
    db = sqlite_utils.Database(path)
    for migration in MIGRATIONS[:version]:
        migration(db)
    db.execute(f"PRAGMA user_version = {version}")
    text = "\u201cWe will rebuild the bridge,\u201d said Mayor Jane Roe."
    statements = [
        ("INSERT INTO articles (id, title, text, sha256, imported_at, format) VALUES"
         " (1, 'Bridge', ?, 'abc', '2024-01-01', 'txt')", [text]),
        ("INSERT INTO speakers (id, name, kind, key, role, role_origin, quote_count) VALUES"
         " (1, 'Jane Roe', 'person', 'person:jane roe', 'Mayor', 'machine', 1)", []),
        ("INSERT INTO aliases VALUES (1, 'Jane Roe'), (1, 'Roe')", []),
        ("INSERT INTO roles VALUES (1, 1, 'Mayor')", []),
        ("INSERT INTO quotes (id, article_id, speaker_id, start, \"end\", text, cue, origin,"
         " hidden, starred, partial) VALUES (1, 1, 1, 1, 27, 'We will rebuild the bridge,',"
         " 'said', 'machine', 0, 1, 0)", []),
        ("INSERT INTO quotes_fts (rowid, text, speaker) VALUES"
         " (1, 'We will rebuild the bridge,', 'Jane Roe')", []),
        ("INSERT INTO tags VALUES (1, 'infrastructure')", []),
        ("INSERT INTO corrections (target, action, payload, created_at) VALUES"
         " ('article:1', 'star', '{\"start\": 1, \"end\": 27, \"starred\": true}', '2024-01-02')",
         []),
    ]  # fmt: skip
    for sql, params in statements:
        db.execute(sql, params)
    db.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_migration_from_each_earlier_version_keeps_the_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.db"
    library_at(path, version)
    with Library(path) as library:
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert library.integrity_ok()
        [speaker] = library.speakers(text="Roe")
        assert (speaker.name, speaker.role, speaker.quote_count) == ("Jane Roe", "Mayor", 1)
        [quote] = library.quotes(search="bridge")
        assert (quote.text, quote.starred, quote.tags) == (
            "We will rebuild the bridge,",
            True,
            ("infrastructure",),
        )
        assert library.corrections()[0][1] == "star"


def test_a_failing_migration_leaves_the_file_at_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    library_at(path, SCHEMA_VERSION)

    def broken(db) -> None:  # noqa: ANN001
        db.execute("CREATE TABLE half_done (x)")
        db.execute("UPDATE speakers SET name = 'changed'")
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema, "MIGRATIONS", [*MIGRATIONS, broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(LibraryError, match=rf"old\.db: .*version {SCHEMA_VERSION}.*disk full"):
        Library(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("SELECT name FROM speakers").fetchone()[0] == "Jane Roe"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in tables


# --- files that are not libraries ---------------------------------------------------------


def _sqlite_then_garbage() -> bytes:
    return b"SQLite format 3\x00" + bytes(range(256)) * 16


def _truncated_library(tmp_path: Path) -> bytes:
    path = tmp_path / "whole.db"
    library_at(path, SCHEMA_VERSION)
    return path.read_bytes()[:1500]


NOT_LIBRARIES = {
    "notes.db": lambda _: b"these are my notes, not a database\n" * 200,
    "header-then-garbage.db": lambda _: _sqlite_then_garbage(),
    "truncated.db": _truncated_library,
    "image.db": lambda _: b"\x89PNG\r\n\x1a\n" + bytes(4096),
}


@pytest.mark.parametrize("name", NOT_LIBRARIES)
def test_not_a_library_is_refused_clearly_and_left_byte_for_byte(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(NOT_LIBRARIES[name](tmp_path))
    before = path.read_bytes()
    with pytest.raises(LibraryError, match=rf"^{path}: "):
        Library(path)
    result = run_onrecord("speakers", db=path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"onrecord: {path}: ") and "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(name)) == [name]


def test_newer_library_is_refused_clearly_and_left_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run by core.cli's main in the test's process (the command line's refusal; the
    subprocess tests above run ``onrecord ingest`` in processes of their own)."""
    from core.cli import main

    path = tmp_path / "future.db"
    library_at(path, SCHEMA_VERSION)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    assert main(["ingest", str(tmp_path / "missing.txt"), "--db", str(path)]) == 1
    assert f"{path}: made by a newer On Record" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["future.db"]
