"""A search finds a word's other forms (schema 13: the quotes' index stems its words), and
a library made before keeps everything it holds when its index is rebuilt."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.library import Library
from core.schema import MIGRATIONS
from core.search import matches_in


def said(name: str, words: str) -> Analysis:
    text = f"\u201c{words}\u201d said {name}.\n"
    start = text.index(words)
    speaker = Speaker(name, SpeakerKind.PERSON, f"person:{name.lower()}")
    mention = Span(text.index(name), text.index(name) + len(name))
    quote = Quote(Span(start, start + len(words)), words, speaker, mention, "said")
    return Analysis(text, Metadata(title=f"{name} speaks", published="2016-03-01"), quotes=(quote,))


def as_schema_12(path: Path) -> None:
    """Put the quotes' index back as schema 12 had it: words unstemmed."""
    db = sqlite_utils.Database(sqlite3.connect(path))
    db.execute("CREATE VIRTUAL TABLE old_fts USING fts5(text, speaker, tokenize='unicode61')")
    db.execute("INSERT INTO old_fts (rowid, text, speaker) SELECT rowid, * FROM quotes_fts")
    db.execute("DROP TABLE quotes_fts")
    db.execute("ALTER TABLE old_fts RENAME TO quotes_fts")
    db.execute("PRAGMA user_version = 12")
    db.conn.commit()
    db.conn.close()


def test_a_version_12_library_finds_word_forms_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Library(path) as library:
        library.add_article(said("Ann Lee", "I never read those email threads"))
        library.add_article(said("Tom Poe", "She resigned on a Monday"))
        quotes = {row.text: row.id for row in library.quotes()}
        library.set_starred(quotes["I never read those email threads"], True)
        library.add_tag(quotes["She resigned on a Monday"], "resignation")
        tom = next(s.id for s in library.speakers() if s.name == "Tom Poe")
        library.rename_speaker(tom, "Thomas Poe")
    as_schema_12(path)
    db = sqlite_utils.Database(sqlite3.connect(path))
    tables = [t for t in db.table_names() if not t.startswith(("sqlite_", "quotes_fts"))]
    before = {t: sorted(db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables}
    fts = sorted(db.execute("SELECT rowid, * FROM quotes_fts").fetchall())
    found = "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'emails'"
    assert db.execute(found).fetchone()[0] == 0
    db.conn.close()
    with Library(path) as library:
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) == 13
        after = {
            t: sorted(library.db.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr)
            for t in tables
        }
        assert after == before  # corrections, stars, tags: nothing lost or changed
        assert sorted(library.db.execute("SELECT rowid, * FROM quotes_fts").fetchall()) == fts
        [found] = library.quotes(search="emails")
        assert found.text == "I never read those email threads"
        assert [r.speaker_name for r in library.quotes(search="resign")] == ["Thomas Poe"]
        assert [r.text for r in library.quotes(search="resigned", tag="resignation")]


def test_a_name_is_marked_where_the_search_finds_its_forms() -> None:
    assert matches_in("Hillary Clinton", "Clintons") == ((8, 15),)
    assert matches_in("Hillary Clinton", "hill* budget") == ((0, 7),)
    assert matches_in("Hillary Clinton", "Trump") == ()
