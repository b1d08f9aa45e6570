"""An article's facts corrected and the article removed: in the library and from the
command line. Edits are corrections that outlive a re-analysis; a removal takes the
article's quotes, tags, roles, search rows and corrections in one transaction, and can be
undone exactly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.cli import main
from core.document import Metadata
from core.extract import extract
from core.library import Library

FIRST = (
    "\u201cWe will win,\u201d Jane Roe, the mayor of Riverton, said. "
    "\u201cThe bridge stands,\u201d she added.\n\n"
    "\u201cIt is over,\u201d said John Doe, a spokesman for the council."
)
SECOND = "\u201cThe dam will hold,\u201d said Ann Lee, a volunteer."


@pytest.fixture(scope="module")
def stored_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two articles stored, once per test module: each test's ``db`` is a copy."""
    path = tmp_path_factory.mktemp("stored") / "library.db"
    with Library(path) as library:
        library.add_article(
            extract(FIRST, Metadata("Flood, day two", "Riverton Post", "Kim Poe", "2026-03-02"))
        )
        library.add_article(extract(SECOND, Metadata("Dam holds", "The Gazette")))
    return path


@pytest.fixture
def db(tmp_path: Path, stored_library_file: Path) -> Path:
    return Path(shutil.copyfile(stored_library_file, tmp_path / "library.db"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# --- a quote given to someone else takes their role ------------------------------------


def test_a_reassigned_quote_takes_the_new_speakers_role_or_none(db: Path) -> None:
    with Library(db) as library:
        bridge = next(q for q in library.quotes() if q.text == "The bridge stands,")
        assert bridge.role == "mayor of Riverton"
        nobody = library.create_speaker("Pat Smith")  # no role
        library.reassign_quote(bridge.id, nobody)
        assert library.quote(bridge.id).role is None
        john = library.find_speaker("John Doe")
        assert john is not None
        library.reassign_quote(bridge.id, john)
        assert library.quote(bridge.id).role == "spokesman for the council"


# --- editing ----------------------------------------------------------------------------


def test_an_edit_is_a_correction_of_the_fields_changed(db: Path) -> None:
    with Library(db) as library:
        first = library.article_ids()[0]
        before = library.article(first)
        library.update_article_metadata(
            first,
            Metadata(before.title, before.outlet, "Kim Poe and Lee Chu", "2026-03-03", None),
        )
        after = library.article(first)
        assert (after.author, after.published, after.title) == (
            "Kim Poe and Lee Chu", "2026-03-03", "Flood, day two",
        )  # fmt: skip
        assert library.corrections()[-1] == (
            f"article:{first}",
            "metadata",
            {"author": "Kim Poe and Lee Chu", "published": "2026-03-03"},
        )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"published": "Sept. 30, 2016"}, "not an ISO date"),
        ({"url": "javascript:alert(1)"}, r"not an http\(s\) address"),
    ],
)
def test_an_edit_refuses_what_a_citation_cannot_use(
    db: Path, changes: dict[str, str], message: str
) -> None:
    with Library(db) as library:
        first = library.article_ids()[0]
        with pytest.raises(ValueError, match=message):
            library.update_article_metadata(first, Metadata(**changes))
        assert library.article(first).published == "2026-03-02"


def test_edits_outlive_a_reimport_that_refreshes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(FIRST, encoding="utf-8")
    sidecar = tmp_path / "story.meta.json"
    sidecar.write_text(json.dumps({"title": "Flood", "author": "By KIM POE"}), encoding="utf-8")
    db = str(tmp_path / "library.db")
    assert run(capsys, "ingest", str(story), "--db", db, "--quiet")[0] == 0
    with Library(db) as library:
        [article_id] = library.article_ids()
        assert library.article(article_id).author == "Kim Poe"  # the byline, read
    assert run(capsys, "article", "edit", str(article_id), "--title", "Flood, day two",
               "--db", db)[0] == 0  # fmt: skip
    sidecar.write_text(
        json.dumps({"title": "Flood (updated)", "outlet": "Riverton Post", "author": "Kim Poe"}),
        encoding="utf-8",
    )
    assert run(capsys, "ingest", str(story), "--reanalyse", "--db", db, "--quiet")[0] == 0
    assert run(capsys, "reanalyse", "--db", db, "--quiet")[0] == 0
    with Library(db) as library:
        article = library.article(article_id)
        assert article.title == "Flood, day two"  # the reporter's
        assert article.outlet == "Riverton Post"  # the file's, newly read


def test_reanalysing_tidies_bylines_stored_by_an_older_version(db: Path) -> None:
    with Library(db) as library:
        old = library.add_article(
            extract("Words.", Metadata("Old", "Gazette", "By JAMES B. STEWART, Gazette"))
        ).article_id
        library.reanalyse_all(extract)
        assert library.article(old).author == "James B. Stewart"


# --- removing ---------------------------------------------------------------------------


def state(library: Library) -> dict:
    """Everything a removal touches, to compare before and after an undo."""
    tables = ["articles", "quotes", "tags", "roles", "speaker_genders", "corrections", "speakers"]
    rows = {t: library.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
    rows["fts"] = library.db.execute("SELECT rowid, * FROM quotes_fts ORDER BY 1").fetchall()
    return rows


def test_removing_an_article_takes_everything_of_it_and_undo_brings_it_back(db: Path) -> None:
    with Library(db) as library:
        first = library.article_ids()[0]
        bridge = next(q for q in library.quotes() if q.text == "The bridge stands,")
        library.add_tag(bridge.id, "flood")
        library.set_starred(bridge.id, True)
        library.hide_quote(next(q.id for q in library.quotes() if q.text == "It is over,"))
        library.update_article_metadata(first, Metadata("Flood", "Riverton Post", "Kim Poe"))
        before = state(library)

        removed = library.remove_article(first)

        assert library.article_ids() == [library.article_ids()[0]] != [first]
        assert library.counts().articles == 1 and library.counts().quotes == 1
        assert library.quotes(search="bridge") == [] and library.tags() == []
        assert library.find_speaker("Jane Roe") is None or library.speakers(text="Jane") == []
        assert not [c for c in library.corrections() if c[0] == f"article:{first}"][:-1]
        assert library.corrections()[-1][:2] == (f"article:{first}", "remove")
        assert library.integrity_ok()

        assert library.restore_article(removed) == first
        restored = state(library)
        assert restored["corrections"][:-2] == before["corrections"]  # + remove, restore
        assert {k: v for k, v in restored.items() if k != "corrections"} == {
            k: v for k, v in before.items() if k != "corrections"
        }
        assert [q.text for q in library.quotes(search="bridge")] == ["The bridge stands,"]


def test_a_failed_removal_changes_nothing(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Library(db) as library:
        before = state(library)
        first = library.article_ids()[0]

        def fail(*_: object) -> None:
            raise OSError("disk full")

        monkeypatch.setattr(library, "_refresh_speaker", fail)
        with pytest.raises(OSError):
            library.remove_article(first)
        assert state(library) == before


def test_undoing_a_removal_after_its_ids_were_reused(db: Path) -> None:
    with Library(db) as library:
        last = library.article_ids()[-1]
        removed = library.remove_article(last)
        library.add_article(extract("\u201cNew words,\u201d said Bo Yi.", Metadata("New")))
        assert last in library.article_ids()  # SQLite gave the free id to the new article
        restored = library.restore_article(removed)
        assert restored != last
        assert library.article(restored).title == "Dam holds"
        assert [q.text for q in library.quotes(article_id=restored)] == ["The dam will hold,"]
        assert library.integrity_ok()
        with pytest.raises(ValueError, match="already in the library"):
            library.restore_article(removed)


def test_removing_an_unknown_article_says_so(db: Path) -> None:
    with Library(db) as library, pytest.raises(KeyError, match="no article 99"):
        library.remove_article(99)


# --- the command line -------------------------------------------------------------------


def test_article_list_edit_and_remove(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "article", "list", "--json", "--db", str(db))
    articles = json.loads(out)
    assert code == 0 and [a["title"] for a in articles] == ["Flood, day two", "Dam holds"]
    assert [a["quotes"] for a in articles] == [3, 1]
    first = articles[0]["id"]

    code, _, err = run(
        capsys, "article", "edit", str(first), "--date", "Sept. 30, 2016", "--author",
        "Kim Poe", "--url", "https://riverton.example/flood", "--outlet", "", "--db", str(db),
    )  # fmt: skip
    assert code == 0, err
    with Library(db) as library:
        article = library.article(first)
        assert (article.published, article.url, article.outlet) == (
            "2016-09-30", "https://riverton.example/flood", None,
        )  # fmt: skip

    code, out, _ = run(capsys, "article", "list", "--db", str(db))
    assert "Flood, day two" in out and "2016-09-30" in out

    code, _, err = run(capsys, "article", "remove", str(first), "--db", str(db))
    assert code == 0 and "Flood, day two" in err and "3 quotes" in err
    with Library(db) as library:
        assert library.article_ids() == [articles[1]["id"]]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["article", "edit", "1", "--date", "someday"], "cannot read 'someday' as a date"),
        (["article", "edit", "1", "--url", "javascript:alert(1)"], "not an http(s) address"),
        (["article", "edit", "99", "--title", "X"], "no article 99"),
        (["article", "edit", "1"], "nothing to change"),
        (["article", "remove", "99"], "no article 99"),
    ],
)
def test_article_command_mistakes_are_one_line(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, *argv, "--db", str(db))
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
