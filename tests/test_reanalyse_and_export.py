"""Issue 7: corrections survive a re-analysis of the whole library; merged speakers export
as one in CSV, JSON and Markdown; `onrecord speakers --json` shows aliases, roles, kinds."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from core.cli import main
from core.document import Analysis, Metadata
from core.export import export
from core.extract import extract
from core.library import Library

FIRST = (
    "\u201cWe will win,\u201d Jane Roe, the mayor of Riverton, said. "
    "\u201cThe bridge stands,\u201d she added.\n\n"
    "\u201cIt is over,\u201d said John Doe, a spokesman for the council.\n\n"
    "Officials called it a \u201cmiracle\u201d on Tuesday. The river rose again overnight."
)
SECOND = (
    "\u201cThe dam will hold, and \u2018nothing\u2019 will break,\u201d J. Roe said.\n\n"
    "\u201cWe have sandbags for everyone, \u00e9t\u00e9 or winter,\u201d said Ann Lee, a "
    "volunteer."
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def stored_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two articles stored, once per test module: each test's ``db`` is a copy."""
    path = tmp_path_factory.mktemp("stored") / "library.db"
    with Library(path) as library:
        library.add_article(
            extract(
                FIRST,
                Metadata("Flood, day two", "Riverton Post", "Kim Poe", "2026-03-02", "https://p/1"),
            )
        )
        library.add_article(
            extract(SECOND, Metadata("Dam \u201cholds\u201d, for now", "The Gazette"))
        )
    return path


@pytest.fixture
def db(tmp_path: Path, stored_library_file: Path) -> Path:
    return Path(shutil.copyfile(stored_library_file, tmp_path / "library.db"))


def by_text(library: Library, article_id: int | None = None, hidden: bool = False) -> dict:
    return {q.text: q for q in library.quotes(article_id=article_id, hidden=hidden)}


def test_every_correction_survives_reanalysing_the_library(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library(db) as library:
        quotes = by_text(library)
        jane, john = library.find_speaker("Jane Roe"), library.find_speaker("John Doe")
        j_roe = library.find_speaker("J. Roe")
        assert jane and john and j_roe
        bridge, over = quotes["The bridge stands,"], quotes["It is over,"]
        library.reassign_quote(bridge.id, john)  # reassign
        library.rename_speaker(john, "Jonathan Doe")  # rename
        library.set_speaker_role(jane, "Mayor of Riverton since 2019")  # role
        library.set_speaker_kind(john, "anonymous")  # kind
        library.hide_quote(over.id)  # not a quote
        start = FIRST.index("The river rose again overnight.")
        article_id = bridge.article_id
        added = library.add_quote(article_id, start, start + 31, jane)  # a missed quote
        library.merge_speakers(jane, j_roe)  # the same person
        library.add_tag(bridge.id, "flood story")
        library.set_starred(bridge.id, True)
        before = library.counts()

    run(capsys, "reanalyse", "--db", str(db), "--quiet")

    with Library(db) as library:
        assert library.counts() == before
        quotes = by_text(library)
        bridge = quotes["The bridge stands,"]
        assert bridge.speaker_name == "Jonathan Doe"
        assert bridge.tags == ("flood story",) and bridge.starred
        assert "It is over," in by_text(library, hidden=True)
        assert "It is over," not in quotes
        jane = library.find_speaker("Jane Roe")
        assert jane is not None
        assert library.speaker(jane).role == "Mayor of Riverton since 2019"
        assert library.speaker(library.find_speaker("Jonathan Doe") or 0).kind == "anonymous"
        assert library.quote(added).text == "The river rose again overnight."
        assert library.quote(added).origin == "human"
        assert [q.id for q in library.quotes() if q.text.startswith("The river")] == [added]
        assert library.find_speaker("J. Roe") == jane  # still merged
        theirs = {q.text for q in library.quotes(speaker_id=jane)}
        assert theirs == {
            "We will win,",
            "The river rose again overnight.",
            "The dam will hold, and \u2018nothing\u2019 will break,",
        }
        assert library.integrity_ok()


def test_corrections_outlive_a_model_that_finds_nothing(db: Path) -> None:
    with Library(db) as library:
        first_id = library.article_ids()[0]
        quotes = by_text(library, first_id)
        library.hide_quote(quotes["We will win,"].id)
        john = library.find_speaker("John Doe")
        assert john is not None
        library.reassign_quote(quotes["The bridge stands,"].id, john)
        start = FIRST.index("The river")
        added = library.add_quote(first_id, start, start + 9, john)
        library.update_article_metadata(first_id, Metadata("Flood, day 2", "Riverton Post"))

        assert library.reanalyse_all(lambda text, meta: Analysis(text, meta)) == 2
        assert [q.id for q in library.quotes(article_id=first_id)] == [added]
        assert library.article(first_id).title == "Flood, day 2"
        start = FIRST.index("It is over,")
        over = library.add_quote(first_id, start, start + len("It is over,"), john)

        assert library.reanalyse_all(extract) == 2  # the machine finds them again
        assert "We will win," in by_text(library, first_id, hidden=True)
        assert by_text(library, first_id)["The bridge stands,"].speaker_name == "John Doe"
        assert library.quote(added).text == "The river"
        assert [q.id for q in library.quotes() if q.text == "It is over,"] == [over]


def test_merged_speakers_export_as_one(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "speaker", "merge", "--db", str(db), "Jane Roe", "J. Roe")
    expected = {
        "We will win,",
        "The bridge stands,",
        "The dam will hold, and \u2018nothing\u2019 will break,",
    }

    exported = run(capsys, "export", "--db", str(db)).removeprefix("\ufeff")
    rows = list(csv.DictReader(io.StringIO(exported, newline="")))
    assert {r["quote"] for r in rows if r["speaker"] == "Jane Roe"} == expected
    assert not any(r["speaker"] == "J. Roe" for r in rows)

    records = json.loads(run(capsys, "export", "--db", str(db), "--format", "json"))
    assert {r["quote"] for r in records if r["speaker"] == "Jane Roe"} == expected
    assert {"Jane Roe", "John Doe", "Ann Lee"} <= {r["speaker"] for r in records}
    assert "J. Roe" not in {r["speaker"] for r in records}

    markdown = run(capsys, "export", "--db", str(db), "--format", "md", "--speaker", "Jane Roe")
    assert markdown.count("## ") == 1 and markdown.startswith("## Jane Roe (person)")
    for quote in expected:
        assert f"> {quote.rstrip(',')}\n" in markdown
    assert "*Flood, day two*, Riverton Post, by Kim Poe, 2026-03-02 <https://p/1>" in markdown


def test_csv_reads_back_in_a_spreadsheet(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8, not Windows-1252
    raw.decode("utf-8")  # UTF-8 throughout
    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    assert header == [
        "speaker", "role", "kind", "quote", "article_title", "outlet", "author", "date", "url",
        "start", "end", "statement",
    ]  # fmt: skip
    sandbags = next(r for r in rows if r["quote"].startswith("We have sandbags"))
    assert sandbags["quote"] == "We have sandbags for everyone, \u00e9t\u00e9 or winter,"
    assert sandbags["role"] == "volunteer" and sandbags["kind"] == "person"
    dam = next(r for r in rows if r["quote"].startswith("The dam"))
    assert dam["quote"] == "The dam will hold, and \u2018nothing\u2019 will break,"
    assert dam["article_title"] == "Dam \u201cholds\u201d, for now"
    assert SECOND[int(dam["start"]) : int(dam["end"])] == dam["quote"]
    win = next(r for r in rows if r["quote"] == "We will win,")
    assert (win["outlet"], win["author"], win["date"], win["url"]) == (
        "Riverton Post", "Kim Poe", "2026-03-02", "https://p/1",
    )  # fmt: skip


def test_csv_quoting_of_commas_quotes_and_newlines(tmp_path: Path) -> None:
    text = 'He wrote: "one, two", and\n"three" =SUM(A1)'
    with Library(tmp_path / "l.db") as library:
        library.add_article(extract(text, Metadata('A "title", with commas')))
        speaker = library.create_speaker("Zo\u00eb \u00c5sa, Jr.")
        library.add_quote(library.article_ids()[0], 0, len(text), speaker)
        out = io.StringIO(newline="")
        export(library.iter_quotes(), "csv", out)
    rows = csv.DictReader(io.StringIO(out.getvalue().removeprefix("\ufeff"), newline=""))
    [row] = [r for r in rows if r["speaker"].startswith("Zo")]
    assert row["quote"] == text
    assert row["speaker"] == "Zo\u00eb \u00c5sa, Jr."
    assert row["article_title"] == 'A "title", with commas'


def test_speakers_json_lists_aliases_roles_per_article_and_kind(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "speaker", "merge", "--db", str(db), "Jane Roe", "J. Roe")
    speakers = json.loads(run(capsys, "speakers", "--db", str(db), "--json"))
    jane = next(s for s in speakers if s["name"] == "Jane Roe")
    assert jane["kind"] == "person"
    assert {"Jane Roe", "J. Roe"} <= set(jane["aliases"])
    assert [(r["article_title"], r["role"]) for r in jane["roles"]] == [
        ("Flood, day two", "mayor of Riverton")
    ]
    john = next(s for s in speakers if s["name"] == "John Doe")
    assert john["roles"][0]["role"] == "spokesman for the council"


def test_the_command_line_applies_the_same_corrections(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = json.loads(run(capsys, "quotes", "--db", str(db), "--json"))
    over = next(q["id"] for q in quotes if q["text"] == "It is over,")
    run(capsys, "speaker", "rename", "--db", str(db), "John Doe", "Jonathan Doe")
    run(capsys, "speaker", "role", "--db", str(db), "Jonathan Doe", "Council spokesman")
    run(capsys, "speaker", "kind", "--db", str(db), "Ann Lee", "anonymous")
    run(capsys, "speaker", "role", "--db", str(db), "Ann Lee", "Flood volunteer")
    run(capsys, "quote", "reassign", "--db", str(db), str(over), "Ann Lee")
    run(capsys, "quote", "hide", "--db", str(db), str(over))
    with Library(db) as library:
        quote = library.quote(over)
        assert (quote.speaker_name, quote.hidden) == ("Ann Lee", True)
        john = library.speaker(library.find_speaker("Jonathan Doe") or 0)
        assert john.role == "Council spokesman"
        ann = library.find_speaker("Ann Lee")
        assert {q.role for q in library.quotes(speaker_id=ann)} == {"Flood volunteer"}
        assert library.speaker(library.find_speaker("Ann Lee") or 0).kind == "anonymous"
    run(capsys, "quote", "unhide", "--db", str(db), str(over))
    with Library(db) as library:
        assert not library.quote(over).hidden


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["speaker", "rename", "Nobody Here", "X"], "no speaker named 'Nobody Here'"),
        (["speaker", "kind", "Ann Lee", "robot"], "'robot' is not a kind"),
        (["speaker", "merge", "Ann Lee", "Ann Lee"], "cannot be merged into itself"),
        (["quote", "hide", "999"], "no quote 999"),
        (["export", "--speaker", "Nobody Here"], "no speaker named 'Nobody Here'"),
    ],
)
def test_command_line_mistakes_are_one_line(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main([*argv, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_quote_taken_from_its_speaker_stays_unattributed(db: Path) -> None:
    with Library(db) as library:
        over = by_text(library)["It is over,"]
        library.reassign_quote(over.id, None)
        library.reanalyse_all(extract)
        assert by_text(library)["It is over,"].speaker_id is None


def export_rows(capsys: pytest.CaptureFixture[str], db: Path, *filters: str) -> list[dict]:
    return json.loads(run(capsys, "export", "--db", str(db), "--format", "json", *filters))


def test_export_writes_what_the_filters_select(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library(db) as library:
        bridge = by_text(library)["The bridge stands,"]
        library.add_tag(bridge.id, "flood story")
        library.set_starred(bridge.id, True)
        library.hide_quote(by_text(library)["It is over,"].id)
    everything = export_rows(capsys, db)
    assert len(everything) == 5  # the hidden quote is not exported
    for filters, expected in [
        (["--search", "bridge"], {"The bridge stands,"}),
        (["--outlet", "The Gazette"], {SECOND_QUOTES[0], SECOND_QUOTES[1]}),
        (["--tag", "flood story"], {"The bridge stands,"}),
        (["--starred"], {"The bridge stands,"}),
        (["--hidden"], {"It is over,"}),
        (
            ["--from", "March 1, 2026", "--to", "2026-03"],
            {"We will win,", "The bridge stands,", "miracle"},
        ),
        (["--search", "will", "--speaker", "Ann Lee"], set()),
        (["--search", "will", "--outlet", "Riverton Post"], {"We will win,"}),
        (["--kind", "person", "--search", "sandbags"], {SECOND_QUOTES[1]}),
    ]:
        assert {r["quote"] for r in export_rows(capsys, db, *filters)} == expected, filters


SECOND_QUOTES = (
    "The dam will hold, and \u2018nothing\u2019 will break,",
    "We have sandbags for everyone, \u00e9t\u00e9 or winter,",
)


def test_export_date_filters_say_when_a_date_cannot_be_read(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--db", str(db), "--from", "last spring"]) == 1
    assert "cannot read 'last spring' as a date" in capsys.readouterr().err


def test_markdown_export_escapes_what_articles_and_reporters_wrote(tmp_path: Path) -> None:
    text = "\u201c<b>We</b> [win](javascript:alert(1)),\u201d said Jane Roe."
    with Library(tmp_path / "l.db") as library:
        library.add_article(
            extract(
                text,
                Metadata(
                    "<img src=x onerror=alert(1)>", "*Post*", "Kim <svg onload=alert(2)>",
                    "2026-03-02", "javascript:alert(3)",
                ),
            )
        )  # fmt: skip
        jane = library.find_speaker("Jane Roe")
        assert jane is not None
        library.rename_speaker(jane, "Jane\n# Roe")
        out = io.StringIO()
        export(library.iter_quotes(), "md", out)
    markdown = out.getvalue()
    assert not re.search(r"(?<!\\)<", markdown), markdown  # no HTML of its own
    assert "](javascript" not in markdown.replace("\\]", "")  # no link but escaped text
    assert "javascript:alert(3)" not in markdown  # a javascript: address is no source
    assert markdown.startswith("## Jane # Roe (person)\n\n> ")  # one line, not two
    assert "> \\<b\\>We\\</b\\> \\[win\\]" in markdown
    assert "\\*Post\\*" in markdown


def test_a_markdown_block_quote_ends_on_its_words_not_the_comma_before_the_attribution(
    tmp_path: Path,
) -> None:
    text = "\u201cWe will rebuild the bridge by June,\u201d said Jane Roe, the county engineer."
    with Library(tmp_path / "l.db") as library:
        library.add_article(extract(text, Metadata("Bridge", "Post", "Kim", "2026-03-02", "")))
        out = io.StringIO()
        export(library.iter_quotes(), "md", out)
        csv_out = io.StringIO()
        export(library.iter_quotes(), "csv", csv_out)
    assert "> We will rebuild the bridge by June\n" in out.getvalue()
    assert "by June," in csv_out.getvalue()  # the data formats keep the words as stored
