"""The Dask path: extraction on a 2-worker LocalCluster (in-process, no network), JSONL
out, and ``ingest --jsonl`` storing it exactly as a normal ingest would."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.cli import main
from core.ingest import ingest, ingest_jsonl
from core.library import Library

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from core.distributed import extract_to_jsonl  # noqa: E402

ONE = (
    "Jane Roe, the mayor of Springfield, said: \u201cWe will build the bridge this year.\u201d\n\n"
    "John Doe, a resident, said: \u201cIt is about time.\u201d\n"
)
TWO = (
    "\u201cThe budget is balanced,\u201d said Jane Roe.\n\n"
    "\u201cWe are hopeful,\u201d said John Doe.\n"
)


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    (folder / "2025").mkdir()
    (folder / "2024" / "one.txt").write_text(ONE, encoding="utf-8")
    (folder / "2025" / "two.txt").write_text(TWO, encoding="utf-8")
    (folder / "2025" / "empty.txt").write_text("", encoding="utf-8")
    return folder


def listing(library: Library) -> list[tuple[str, str | None, int, int, str | None]]:
    return sorted((q.text, q.speaker_name, q.start, q.end, q.role) for q in library.iter_quotes())


def test_folder_tree_on_the_cluster_stores_as_ingest_does(
    client: distributed.Client, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    written = extract_to_jsonl(archive, out, client, partition_size=1)
    assert (written.articles, written.failed) == (3, 1)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["source"]).name for r in records] == ["one.txt", "empty.txt", "two.txt"]
    assert "empty" in records[1]["error"]

    with Library(tmp_path / "direct.db") as direct, Library(tmp_path / "dask.db") as loaded:
        ingest([archive], direct)
        report = ingest_jsonl([out], loaded)
        assert len(report.imported) == 2 and len(report.failed) == 1
        assert listing(loaded) == listing(direct)
        assert len(listing(loaded)) == 4
        again = ingest_jsonl([out], loaded)
        assert len(again.duplicates) == 2 and not again.imported


def test_jsonl_articles_with_metadata_and_a_bad_line(
    client: distributed.Client, tmp_path: Path
) -> None:
    stream = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"text": ONE, "title": "Bridge", "outlet": "The Herald",
                    "published": "3 March 2025", "source": "herald-1"}),
        "{not json",
        json.dumps({"text": TWO}),
        json.dumps({"text": "He said: \u201c" + "words " * 2000 + "\u201d\n", "source": "long"}),
    ]  # fmt: skip
    stream.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    written = extract_to_jsonl(stream, out, client)
    assert (written.articles, written.failed) == (4, 2)
    refused = json.loads(out.read_text(encoding="utf-8").splitlines()[-1])
    assert refused["source"] == "long" and "quotation mark left open" in refused["error"]
    with Library(tmp_path / "lib.db") as library:
        report = ingest_jsonl([out], library)
        assert len(report.imported) == 2
        article = library.article(report.imported[0][1])
        assert (article.title, article.outlet, article.published) == (
            "Bridge",
            "The Herald",
            "2025-03-03",
        )
        assert article.source_path == "herald-1"


def test_speaker_corrections_apply_to_loaded_quotes(
    client: distributed.Client, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    extract_to_jsonl(archive, out, client)
    first, rest = [], []
    for line in out.read_text(encoding="utf-8").splitlines():
        (first if "one.txt" in json.loads(line)["source"] else rest).append(line)
    (tmp_path / "first.jsonl").write_text("\n".join(first) + "\n", encoding="utf-8")
    (tmp_path / "rest.jsonl").write_text("\n".join(rest) + "\n", encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        ingest_jsonl([tmp_path / "first.jsonl"], library)
        roe, doe = library.find_speaker("Jane Roe"), library.find_speaker("John Doe")
        assert roe is not None and doe is not None
        library.merge_speakers(roe, doe)
        library.rename_speaker(roe, "Mayor Jane Roe")
        ingest_jsonl([tmp_path / "rest.jsonl"], library)
        names = {q.speaker_name for q in library.iter_quotes()}
        assert names == {"Mayor Jane Roe"}


def test_command_line_round_trip(client: distributed.Client, archive: Path, tmp_path: Path) -> None:
    out, db = tmp_path / "out.jsonl", tmp_path / "lib.db"
    address = client.scheduler.address
    code = main(["dask-extract", str(archive), str(out), "--scheduler", address])
    assert code == 1  # the empty file failed; the rest was written
    assert main(["ingest", "--jsonl", "--quiet", "--db", str(db), str(out)]) == 1
    with Library(db) as library:
        assert library.counts().articles == 2
    assert main(["ingest", "--jsonl", "--quiet", "--db", str(db), str(tmp_path / "no")]) == 1


def test_nothing_to_read(client: distributed.Client, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    written = extract_to_jsonl(empty, tmp_path / "out.jsonl", client)
    assert (written.articles, written.failed) == (0, 0)
    missing = str(tmp_path / "nothing-*.jsonl")
    assert main(["dask-extract", missing, str(tmp_path / "out.jsonl")]) == 2


def test_reanalysed_articles_keep_their_corrections(
    client: distributed.Client, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    extract_to_jsonl(archive, out, client)
    with Library(tmp_path / "lib.db") as library:
        ingest_jsonl([out], library)
        hidden = library.quotes(search="bridge")[0]
        library.hide_quote(hidden.id)
        report = ingest_jsonl([out], library, reanalyse=True)
        assert len(report.reanalysed) == 2 and not report.imported and not report.duplicates
        assert "2 re-analysed" in report.summary
        assert library.quotes(search="bridge") == []
        assert [q.text for q in library.quotes(search="bridge", hidden=True)] == [hidden.text]
