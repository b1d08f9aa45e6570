"""What keeps things fast stays correct: the speaker word index follows every change, old
libraries gain it on opening, bulk-loaded rows read like ingested ones, searches page and
leave hidden quotes out, and names are found as the regular expressions found them."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import given, settings
from hypothesis import strategies as st

from core import ingest as ingest_module
from core import queries
from core.bulkload import bulk_load
from core.cli import main
from core.document import Analysis, Quote, Span, Speaker, SpeakerKind
from core.library import Library
from core.roles import occurrences
from core.schema import MIGRATIONS

TEXT = "Jane O'Hara said: \u201cWe build.\u201d Ed Ruiz, the mayor, said: \u201cWe wait.\u201d"


def said(words: str, name: str, role: str | None = None) -> Quote:
    start = TEXT.index(words)
    key = f"person:{name.lower()}"
    speaker = Speaker(name, SpeakerKind.PERSON, key, role, (name,))
    return Quote(Span(start, start + len(words)), words, speaker, role=role)


def stored(library: Library) -> None:
    quotes = (said("We build.", "Jane O'Hara"), said("We wait.", "Ed Ruiz", "mayor"))
    library.add_article(Analysis(TEXT, quotes=quotes))


def names(library: Library, text: str) -> list[str]:
    found = [r.name for r in library.speakers(text=text)]
    assert library.count_speakers(text=text) == len(found)
    return sorted(found)


def test_speaker_filter_follows_names_roles_aliases_and_merges(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        stored(library)
        assert names(library, "o'h") == ["Jane O'Hara"]
        assert names(library, "ha") == []  # the filter's rule: words start after a space
        assert names(library, "may") == ["Ed Ruiz"]  # the role
        assert names(library, "-") == []
        ruiz = library.find_speaker("Ed Ruiz")
        assert ruiz is not None
        library.rename_speaker(ruiz, "Edmundo Ruiz")
        library.set_speaker_role(ruiz, "governor")
        assert names(library, "edmu") == ["Edmundo Ruiz"]
        assert names(library, "ed r") == ["Edmundo Ruiz"]  # the old form is an alias
        assert names(library, "gov") == ["Edmundo Ruiz"]
        hara = library.find_speaker("Jane O'Hara")
        assert hara is not None
        merge = library.merge_speakers(ruiz, hara)
        assert names(library, "jane") == ["Edmundo Ruiz"]  # her name is now his alias
        library.unmerge(merge)
        assert names(library, "jane") == ["Jane O'Hara"]


def test_a_version_1_library_gains_the_indexes_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(sqlite3.connect(path))
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO speakers (id, name, kind, key, role, role_origin, quote_count)"
        " VALUES (1, 'Ada Lovelace', 'person', 'person:ada lovelace', 'analyst', 'machine', 1)"
    )
    db.conn.commit()
    db.conn.close()
    with Library(path) as library:
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert names(library, "love") == ["Ada Lovelace"]
        assert names(library, "anal") == ["Ada Lovelace"]


def test_bulk_loaded_rows_read_like_ingested_ones(tmp_path: Path) -> None:
    with Library(tmp_path / "ingested.db") as ingested, Library(tmp_path / "bulk.db") as bulk:
        stored(ingested)
        tables = ("articles", "speakers", "aliases", "roles", "quotes")
        rows = {t: [dict(r) for r in ingested.db[t].rows] for t in tables}
        counts = bulk_load(bulk, **rows)
        assert counts == ingested.counts()
        assert names(bulk, "ed") == names(ingested, "ed") == ["Ed Ruiz"]
        assert bulk.speakers() == ingested.speakers()
        assert bulk.quotes(search="build") == ingested.quotes(search="build")


def test_search_pages_leave_hidden_quotes_out_ranked_or_newest_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(tmp_path / "lib.db") as library:
        stored(library)
        wait = library.quotes(search="we wait")[0]
        assert {q.text for q in library.quotes(search="we")} == {"We wait.", "We build."}
        assert library.quotes(search="wait")[0].snippet == "We \x02wait\x03."
        library.hide_quote(wait.id)
        for filters in ({}, {"kinds": ("person",)}, {"outlet": None, "tag": None}):
            assert [q.text for q in library.quotes(search="we", **filters)] == ["We build."]
            assert library.count_quotes(search="we", **filters) == 1
        assert [q.id for q in library.quotes(search="we", hidden=True)] == [wait.id]
        assert library.count_quotes(search="we", hidden=True) == 1
        library.hide_quote(wait.id, False)
        monkeypatch.setattr(queries, "RANKED_AT_MOST", 1)  # too many to rank
        newest_first = library.quotes(search="we")
        assert [q.text for q in newest_first] == ["We wait.", "We build."]
        assert [q.id for q in library.quotes(search="we", offset=1)] == [newest_first[1].id]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="Ab -_'(.é\n1", max_size=40),
    name=st.text(alphabet="Ab -'(.é", min_size=1, max_size=5),
)
def test_name_occurrences_are_what_the_patterns_found(text: str, name: str) -> None:
    def without_overlaps(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        kept: list[tuple[int, int]] = []
        for start, end in found:
            if not kept or start >= kept[-1][1]:
                kept.append((start, end))
        return kept

    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?!\w)")
    joined = list(occurrences(text, name, hyphen_joins=True))
    assert without_overlaps(joined) == [m.span() for m in pattern.finditer(text)]
    word = re.compile(rf"(?=\b{re.escape(name)}(?!\w))")
    assert [start for start, _ in occurrences(text, name)] == [
        m.start() for m in word.finditer(text)
    ]


def test_ingest_uses_every_core_unless_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []

    def fake_ingest(paths: list[Path], library: Library, *, jobs: int, **_: object) -> object:
        asked.append(jobs)
        return ingest_module.IngestReport(imported=[("a.txt", 1)])  # read: exit 0

    monkeypatch.setattr(ingest_module, "ingest", fake_ingest)
    monkeypatch.setattr(os, "cpu_count", lambda: 6)
    db = str(tmp_path / "lib.db")
    assert main(["ingest", "--quiet", "--db", db, str(tmp_path)]) == 0
    assert main(["ingest", "--quiet", "--jobs", "1", "--db", db, str(tmp_path)]) == 0
    assert asked == [6, 1]
