"""Bad files in a batch: each reported on one line naming it, the rest imported, nothing
already stored lost; the limits (size, paragraph, quotation, parse time) enforced; and
damaged Word, PDF and HTML files failing only with a ReadError."""

from __future__ import annotations

import io
import sqlite3
import threading
import time
from pathlib import Path

import docx
import pytest
from adversarial_support import article, run_onrecord, snapshot, write_articles
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfWriter

from core import readers
from core.readers import MAX_QUOTE_CHARS, ReadError, read


def blank_pdf() -> bytes:
    """Two pages with no text layer, as a scanned page without OCR."""
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


RUNAWAY = (
    "Budget talks\n\n\u201cWe are open to talks,\u201d said Mayor Jane Roe.\n\n"
    "\u201cThe stray mark opens here and is never closed.\n\n"
    + "The council met again and voted on the plan for the bridge.\n\n" * 250
    + "The end, he said.\u201d\n"
)
BAD = {  # name: (content, words the reason must hold)
    "corrupt.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "corrupt PDF"),
    "scan.pdf": (blank_pdf(), "no text layer"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\n\t\n", "only white space"),
    "broken.txt": (
        "The minister\u2019s \u201cplan\u201d costs \u20ac5 million.\n".encode()[:-5]
        + b"\xff\xfe\x80 abc\n",
        "invalid byte sequences",
    ),
    "broken.docx": (b"PK\x03\x04 this is no zip archive", "corrupt or not a DOCX file"),
    "scripts.html": (b"<html><body><script>var a = 1;</script></body></html>", "no article text"),
    "one-line.txt": (b"word " * 250_000, "a paragraph of 1,250,000 characters"),
    "runaway.txt": (RUNAWAY.encode(), "is a quotation mark left open"),
}


def test_a_batch_with_bad_files_goes_on_and_loses_nothing(tmp_path: Path) -> None:
    """The batch is imported by ``onrecord`` in a process of its own; the library it
    goes into is made in this one (a fresh interpreter loading the models costs more
    than the five articles)."""
    from core.cli import main

    db = tmp_path / "library.db"
    earlier = write_articles(tmp_path / "earlier", range(5))
    assert main(["ingest", str(earlier), "--jobs", "1", "--quiet", "--db", str(db)]) == 0
    before = snapshot(db)

    batch = write_articles(tmp_path / "batch", range(5, 10))
    (batch / "again.txt").write_text(article(0), encoding="utf-8")  # already in the library
    for name, (content, _) in BAD.items():
        (batch / name).write_bytes(content)
    with (batch / "huge.txt").open("wb") as huge:
        huge.truncate(50 * 1024 * 1024)
    bad = {**{name: reason for name, (_, reason) in BAD.items()}, "huge.txt": "size limit"}

    result = run_onrecord("ingest", batch, db=db)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == f"5 imported, 1 already in the library, {len(bad)} failed"
    for name, reason in bad.items():
        [line] = [line for line in lines if line.startswith(f"onrecord: {batch / name}: ")]
        assert reason in line, line
    assert f"{batch / 'again.txt'}: already in the library" in lines
    assert "Traceback" not in result.stderr

    after = snapshot(db)
    assert {name: after[name] for name in before} == before
    assert sorted(after) == sorted([*before, *(f"article-{n:04d}.txt" for n in range(5, 10))])
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_quotation_limit_names_the_place(tmp_path: Path) -> None:
    from core.ingest import analyse_file

    path = tmp_path / "runaway.txt"
    path.write_text(RUNAWAY, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        analyse_file(path)
    assert str(caught.value).startswith(f"{path}: a quotation of ")
    assert f"over the {MAX_QUOTE_CHARS:,} limit" in str(caught.value)


def test_a_parse_that_runs_too_long_is_stopped_and_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = threading.Event()

    def endless(*_: object, **__: object) -> None:
        running.set()
        try:
            while True:
                pass
        finally:
            running.clear()

    monkeypatch.setattr(readers, "PARSE_TIMEOUT", 0.3)
    monkeypatch.setattr("core.readers.html.bare_extraction", endless)
    path = tmp_path / "slow.html"
    path.write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read(path)
    assert str(caught.value) == f"{path}: parsing took longer than 0.3 s; stopped"
    deadline = time.monotonic() + 5
    while running.is_set() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not running.is_set(), "the parser thread kept running"


def word_file() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Bridge plan"
    for paragraph in article(3).split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def web_page() -> bytes:
    body = "".join(f"<p>{p}</p>" for p in article(4).split("\n\n"))
    return (
        "<html><head><meta charset='utf-8'><title>Bridge</title>"
        "<meta name='author' content='Jane Doe'></head>"
        f"<body><article>{body}</article></body></html>"
    ).encode()


SOUND = {".docx": word_file(), ".pdf": blank_pdf(), ".html": web_page()}


@given(
    st.sampled_from(sorted(SOUND)),
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=12),
    st.floats(0.05, 1),
)
def test_damaged_files_fail_only_with_a_read_error(
    tmp_path_factory: pytest.TempPathFactory,
    suffix: str,
    flips: list[tuple[float, int]],
    keep: float,
) -> None:
    data = bytearray(SOUND[suffix])
    for where, value in flips:
        data[int(where * len(data))] = value
    path = tmp_path_factory.mktemp("damaged") / f"damaged{suffix}"
    path.write_bytes(bytes(data[: max(1, int(keep * len(data)))]))
    try:
        read(path)
    except ReadError as error:
        assert str(error).startswith(f"{path}: ") and "\n" not in str(error)


def test_a_library_that_cannot_be_written_stops_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.cli import main
    from core.library import Library

    folder = write_articles(tmp_path / "batch", range(3))
    db = tmp_path / "library.db"
    calls: list[int] = []
    store = Library.add_article

    def full_disk(self: Library, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return store(self, *args, **kwargs)

    monkeypatch.setattr(Library, "add_article", full_disk)
    assert main(["ingest", str(folder), "--jobs", "1", "--quiet", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert (
        err == f"onrecord: {db}: database or disk is full; everything stored before it is whole\n"
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ("[" * 20_000 + "]" * 20_000, "nested too deeply"),
        ('{"title": "' + "x" * 100_000 + '"}', "metadata sidecar over 65,536 bytes"),
        ("\x00\x01 not json", "unreadable metadata sidecar"),
    ],
    ids=["deep", "huge", "binary"],
)
def test_a_hostile_sidecar_is_one_clear_error(tmp_path: Path, sidecar: str, reason: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(article(1), encoding="utf-8")
    side = tmp_path / "story.meta.json"
    side.write_text(sidecar, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read(path)
    assert str(caught.value).startswith(f"{side}: ") and reason in str(caught.value)


def test_a_parser_failing_in_its_own_way_is_still_a_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def deep(*_: object, **__: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("core.readers.html.bare_extraction", deep)
    path = tmp_path / "nested.html"
    path.write_text("<html><body><p>Text.</p></body></html>", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read(path)
    assert str(caught.value) == (
        f"{path}: could not be read (RecursionError: maximum recursion depth exceeded)"
    )
