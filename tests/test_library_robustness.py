"""The library file as it is found: damaged, read-only, missing; quote ids that outlive a
re-analysis; speaker names that differ only in invisible characters."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from core.cli import main
from core.document import Metadata
from core.extract import extract
from core.library import Library
from core.person_names import clean_name, normalise
from core.schema import LibraryError
from core.search import MAX_TERMS, fts_query
from tests.conftest import ScreenshotRun

TEXT = (
    "\u201cWe will win,\u201d Jane Roe, the mayor of Riverton, said. "
    "\u201cThe bridge stands,\u201d she added.\n\n"
    "\u201cIt is over,\u201d said John Doe, a spokesman for the council.\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.db"
    with Library(path) as library:
        library.add_article(extract(TEXT, Metadata("Flood")))
    return path


def test_quote_ids_outlive_a_reanalysis(db: Path) -> None:
    with Library(db) as library:
        before = {q.text: q.id for q in library.quotes()}
        over = before["It is over,"]
        library.add_tag(over, "flood")
        library.hide_quote(before["We will win,"])
        library.reanalyse_all(lambda text, meta: extract(text, meta))
        assert {q.text: q.id for q in library.quotes()} == {
            text: quote_id for text, quote_id in before.items() if text != "We will win,"
        }
        assert library.quote(over).tags == ("flood",)
        assert library.quote(before["We will win,"]).hidden

        # a model that finds one quote fewer and one more: the rest keep their ids
        article_id = library.article_ids()[0]
        analysis = extract(TEXT, Metadata("Flood"))
        fewer = replace(analysis, quotes=analysis.quotes[1:])
        library.reanalyse(article_id, fewer)
        ids = {q.text: q.id for q in library.quotes(hidden=False)}
        assert ids == {"The bridge stands,": before["The bridge stands,"], "It is over,": over}
        library.reanalyse(article_id, analysis)
        assert library.quote(over).tags == ("flood",)
        assert library.count_quotes() + library.count_quotes(hidden=True) == 3
        assert library.integrity_ok()


def damage_a_page(path: Path) -> None:
    """Overwrite one data page in the middle of the file, as a bad disk or copy would (a
    page of the schema itself makes the file unreadable: refused, not opened)."""
    size = 4096
    with sqlite3.connect(path) as conn:
        schema = {
            r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")
        }
    pages = os.path.getsize(path) // size
    page = next(p for p in range(pages // 2 + 1, pages + 1) if p not in schema)
    with open(path, "r+b") as file:
        file.seek(size * (page - 1))
        file.write(b"\xa5" * size)


def big_library(path: Path) -> None:
    with Library(path) as library:
        for n in range(40):
            text = TEXT.replace("Riverton", f"Riverton {n}") + f"Filler {n}. " * 200
            library.add_article(extract(text, Metadata(f"Flood {n}")))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_a_damaged_library_is_refused_for_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.db"
    big_library(path)
    damage_a_page(path)
    with Library(path) as library:
        problem = library.check()
        assert problem is not None and "damaged" in problem
        with pytest.raises(LibraryError, match="opened read-only so that nothing more"):
            library.hide_quote(1)
    article = tmp_path / "new.txt"
    article.write_text(TEXT.replace("Jane", "Ann"), encoding="utf-8")
    size = path.stat().st_size
    for command in (["ingest", str(article)], ["reanalyse"]):
        assert main([*command, "--db", str(path), "--quiet"]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"onrecord: {path}: damaged (") and len(err.splitlines()) == 1
    assert path.stat().st_size == size


def test_a_sound_library_passes_the_check(db: Path) -> None:
    with Library(db) as library:
        assert library.check() is None
        assert library.read_only is None


def test_a_library_that_cannot_be_written_opens_read_only(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    os.chmod(db.parent, 0o555)  # for a user; root, who runs CI, writes anyway: say it is not
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode)
    )
    try:
        with Library(db) as library:
            assert library.read_only is not None and "opened read-only" in library.read_only
            assert [q.text for q in library.quotes()]  # reading works
            with pytest.raises(LibraryError, match="cannot be written"):
                library.rename_speaker(1, "Someone")
        assert main(["quotes", "--db", str(db)]) == 0
        assert "It is over," in capsys.readouterr().out
        assert main(["speaker", "rename", "Jane Roe", "J. Roe", "--db", str(db)]) == 1
        assert "opened read-only, as the file or its folder cannot be written" in (
            capsys.readouterr().err
        )
    finally:
        os.chmod(db.parent, 0o755)


def test_names_differing_in_invisible_characters_are_one_speaker(tmp_path: Path) -> None:
    assert normalise("Ja\u200dne\u00ad Roe") == normalise("Jane Roe") == "jane roe"
    assert clean_name(" Jose\u0301\u200b\nRoe\u200f ") == "Jos\u00e9 Roe"
    with Library(tmp_path / "lib.db") as library:
        for n, name in enumerate(["Jane Roe", "\u200dJane Roe", "Jane Roe\u200d"]):
            text = f"\u201cPoint {n} stands,\u201d said {name}.\n"
            library.add_article(extract(text, Metadata(f"Story {n}")))
        (jane,) = library.speakers()
        assert (jane.name, jane.quote_count, jane.aliases) == ("Jane Roe", 3, ("Jane Roe",))
        library.rename_speaker(jane.id, "Jane\u200d  Roe-Smith\n")
        assert library.speaker(jane.id).name == "Jane Roe-Smith"
        with pytest.raises(ValueError, match="blank"):
            library.rename_speaker(jane.id, "\u200b \n")


def test_a_pasted_page_searches_its_first_distinct_words(db: Path) -> None:
    page = " ".join(f"the bridge stands word{n % 500} the" for n in range(4000))
    query = fts_query(page)
    assert query.split()[:4] == ['"the"', '"bridge"', '"stands"', '"word0"']
    assert len(query.split()) == MAX_TERMS  # 4,000 words once made 72 s of FTS5 work
    with Library(db) as library:
        assert [q.text for q in library.quotes(search="stands the bridge " * 2000)] == [
            "The bridge stands,"
        ]


def test_a_screenshot_of_a_bad_library_exits_with_one_line(
    tmp_path: Path, gui_screenshot: ScreenshotRun
) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a library at all, just bytes" * 100)
    shot = tmp_path / "shot.png"
    done = gui_screenshot(shot, "--db", str(bad), timeout=60)  # it waited behind a message box
    assert done.returncode == 1 and not shot.exists()
    assert done.stderr.startswith(f"onrecord: {bad}: not an On Record library")
