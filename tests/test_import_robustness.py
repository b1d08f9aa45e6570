"""Import of files as they come: stray bytes, huge inline images, odd file names,
unreadable folders, files still being written, damaged JSONL, worker processes."""

from __future__ import annotations

import base64
import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.cli import main
from core.ingest import (
    BATCH_COLLECTIONS,
    analyse_file,
    in_workers,
    ingest,
    ingest_jsonl,
    to_record,
)
from core.library import Library
from core.readers import iter_article_files, read

QUOTES = "".join(
    f"\u201cWe will rebuild bridge {n} by spring,\u201d said Mayor Jane Roe.\n\n" for n in range(13)
)
ARTICLE = "Council backs bridge plan\n\n" + QUOTES


def test_a_stray_byte_in_utf8_is_replaced_and_said(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8")
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:60] + b"\xe9" + data[60:])
    article = read(path)
    assert article.text == path.read_text(encoding="utf-8", errors="replace")
    assert article.text.count("\u201c") == 13
    assert len(article.warnings) == 1
    assert article.warnings[0].startswith(f"{path}: 1 invalid UTF-8 byte sequence")
    with Library(tmp_path / "lib.db") as library:
        report = ingest([path], library)
        assert report.warnings == list(article.warnings)
        assert "1 warning" in report.summary
        assert library.counts().quotes == 13


def test_a_legacy_encoding_is_still_recognised(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Le ministre a d\u00e9clar\u00e9 : \u00ab c'est fini \u00bb.\n".encode("cp1252")
    )
    article = read(path)
    assert "d\u00e9clar\u00e9" in article.text and not article.warnings


def test_an_8_mb_inline_image_does_not_cut_the_page(tmp_path: Path) -> None:
    image = base64.b64encode(bytes(8_000_000)).decode("ascii")
    after = "".join(f"<p>\u201cPoint {n} stands,\u201d said John Doe.</p>" for n in range(4))
    page = (
        "<html><head><title>Budget</title></head><body><article>"
        "<p>\u201cThe budget is balanced,\u201d said Jane Roe.</p>"
        f'<p><img src="data:image/png;base64,{image}"></p>{after}</article></body></html>'
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    text = read(path).text
    assert "Point 3 stands" in text and "data:image" not in text


def test_a_file_name_that_is_not_utf8_is_imported_and_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt"))
    odd.write_text(ARTICLE, encoding="utf-8")
    (folder / "plain.txt").write_text(ARTICLE.replace("Jane", "Ann"), encoding="utf-8")
    db = tmp_path / "lib.db"
    assert main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    assert "2 imported" in capsys.readouterr().err
    with Library(db) as library:
        paths = {library.article(i).source_path for i in library.article_ids()}
    assert str(folder / "caf\\xe9.txt") in paths
    assert main(["extract", str(odd), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["file"].endswith("caf\\xe9.txt")


def test_an_unreadable_sub_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "locked" / "two.txt").write_text(ARTICLE, encoding="utf-8")
    locked = str(tmp_path / "in" / "locked")
    real_scandir = os.scandir

    def scandir(path: str = ".") -> object:  # chmod 000 does not stop root, who runs CI
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert [p.name for p in iter_article_files([tmp_path / "in"])] == ["one.txt", "locked"]
    with Library(tmp_path / "lib.db") as library:
        report = ingest([tmp_path / "in"], library)
    assert len(report.imported) == 1
    assert report.failed == [
        (locked, f"{locked}: folder cannot be read (Permission denied); its articles were skipped")
    ]


def test_a_file_still_being_written_is_read_again_or_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "copying.txt"
    path.write_text(ARTICLE[:200], encoding="utf-8")
    real_read_bytes = Path.read_bytes
    growth = [ARTICLE[200:]]

    def read_while_written(self: Path) -> bytes:
        data = real_read_bytes(self)
        if self == path and growth:
            with open(self, "a", encoding="utf-8") as more:
                more.write(growth.pop())
        return data

    monkeypatch.setattr(Path, "read_bytes", read_while_written)
    assert read(path).text == ARTICLE  # the second read, once the file held still

    growth.extend(["x\n"] * 5)  # never holds still
    with pytest.raises(Exception, match="kept changing while it was read"):
        read(path)


def test_a_bad_byte_in_jsonl_fails_that_line_only(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    failure = json.dumps(to_record("upstream", "upstream: failed"))
    record = json.dumps(to_record("good", analyse_file(source)), ensure_ascii=False)
    stream = tmp_path / "in.jsonl"
    stream.write_bytes(f"{failure}\n".encode() + b'{"source": "bad\xff"}\n' + record.encode())
    with Library(tmp_path / "lib.db") as library:
        report = ingest_jsonl([stream], library)
    assert [source for source, _ in report.imported] == ["good"]
    reasons = [reason for _, reason in report.failed]
    assert f"{stream}:2: not UTF-8 (a bad byte at column 16)" in reasons
    assert len(reasons) == 2  # the record that was a failure upstream, and the bad line


@pytest.mark.parametrize("jobs", ["0", "-3", "99"])
def test_jobs_out_of_range_is_refused(
    tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["ingest", str(tmp_path), "--jobs", jobs, "--db", str(tmp_path / "l.db")])
    assert stopped.value.code == 2
    limit = 2 * (os.cpu_count() or 1)
    assert f"--jobs must be a number from 1 to {limit}" in capsys.readouterr().err
    assert not (tmp_path / "l.db").exists()


def _collection_threshold(_: object) -> int:
    return gc.get_threshold()[0]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_batch_spaces_the_collections_then_restores_them(jobs: int) -> None:
    """In the process and in its workers; and again as before when the caller stops early."""
    before = gc.get_threshold()
    assert list(in_workers(_collection_threshold, [1, 2, 3], jobs)) == [BATCH_COLLECTIONS] * 3
    assert gc.get_threshold() == before
    batch = in_workers(_collection_threshold, [1, 2, 3], jobs)
    next(batch)
    assert gc.get_threshold()[0] == BATCH_COLLECTIONS
    batch.close()
    assert gc.get_threshold() == before


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


@pytest.mark.slow  # several seconds; CI runs it (pytest -m slow)
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_end_when_ingest_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(60):
        (folder / f"a{n:02d}.txt").write_text(ARTICLE.replace("13", str(n)) + f"Day {n}.\n")
    argv = [sys.executable, "-m", "core.cli", "ingest", str(folder), "--jobs", "2"]
    parent = subprocess.Popen([*argv, "--db", str(tmp_path / "l.db"), "--quiet"])
    try:
        deadline = time.monotonic() + 60
        while len(children(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = children(parent.pid)
        assert len(workers) >= 2
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    for pid in left:
        os.kill(pid, signal.SIGKILL)  # the test cleans up after a failure
    assert not left
