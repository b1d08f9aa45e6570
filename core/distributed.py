"""Extraction past one machine: the same ``core`` extraction as ``onrecord ingest``, run
as a ``dask.bag`` on a ``distributed`` cluster over a folder tree or a JSONL stream of
articles, written as JSONL that ``onrecord ingest --jsonl`` loads into a library.

Needs the ``dask`` extra (``pip install 'onrecord[dask]'``) on the client and on every
worker, and the input where the workers can read it (a shared folder, or for JSONL any
path ``dask.bag.read_text`` opens). Each worker loads the models once; results come back
a partition at a time, in input order, with only a few partitions in flight.

A JSONL article is one object per line: ``text`` (required) and any of ``title``,
``outlet``, ``author``, ``published``, ``url`` and ``source`` (a name for reports).
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.document import Metadata
from core.ingest import analyse_or_reason, analysed_or_reason, to_record
from core.readers import ReadError, display_path, iter_article_files, parse_date, read_pasted
from core.readers.sidecar import METADATA_KEYS
from core.store import content_hash

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client

PARTITION_SIZE = 50  # articles per task: a few seconds of work
BLOCKSIZE = 2**22  # bytes of a JSONL stream per task


@dataclass(frozen=True)
class Written:
    """What a run wrote: articles analysed, and how many of them failed."""

    articles: int
    failed: int


def file_record(path: str) -> dict[str, Any]:
    """The record of one article file: its analysis, or why it failed."""
    return to_record(display_path(path), analyse_or_reason(Path(path)))


def line_record(line: str) -> dict[str, Any]:
    """The record of one JSONL article line: its analysis, or why it failed (a line with
    bytes that are not UTF-8 arrives with them as surrogates)."""
    try:
        line.encode("utf-8")
    except UnicodeEncodeError as error:
        return {"source": display_path(line[:60]), "error": f"not UTF-8 (a bad byte at "
                f"column {error.start + 1})"}  # fmt: skip
    try:
        article = json.loads(line)
        text = article["text"]
        if not isinstance(text, str):
            raise TypeError("'text' is not a string")
        given = {k: article.get(k) for k in METADATA_KEYS}
        given["published"] = parse_date(given["published"]) if given["published"] else None
        source = str(article.get("source") or f"sha256:{content_hash(text)[:16]}")
        read = replace(read_pasted(text, Metadata(**given)), source_path=source, format="txt")
    except (ValueError, KeyError, TypeError, AttributeError, ReadError) as error:
        return {"source": line[:60], "error": f"not a JSONL article ({error})"}
    return to_record(source, analysed_or_reason(source, lambda: read))


def _json_line(record: dict[str, Any]) -> tuple[str, bool]:
    return json.dumps(record, ensure_ascii=False), "error" in record


def article_bag(source: str | Path, partition_size: int = PARTITION_SIZE) -> Bag:
    """Records for every article of a folder tree, or of a JSONL file or glob."""
    import dask.bag as db

    folder = Path(source)
    if folder.is_dir():
        files = [str(p) for p in iter_article_files([folder])]
        return db.from_sequence(files, partition_size=partition_size).map(file_record)
    if folder.is_file() and folder.stat().st_size == 0:
        return db.from_sequence([])  # dask reads no file from an empty one
    lines = db.read_text(str(source), blocksize=BLOCKSIZE, errors="surrogateescape")
    return lines.filter(str.strip).map(line_record)


def extract_to_jsonl(
    source: str | Path, out: Path, client: Client, partition_size: int = PARTITION_SIZE
) -> Written:
    """Run the extraction on the cluster of ``client`` and write one record per line."""
    parts = iter(article_bag(source, partition_size).map(_json_line).to_delayed())
    pending: deque[Any] = deque()
    articles = failed = 0
    with open(out, "w", encoding="utf-8") as sink:
        while True:
            # two partitions a worker thread in flight, as many as the cluster has now
            room = 2 * max(1, sum(client.nthreads().values())) - len(pending)
            pending.extend(client.compute(part) for part in islice(parts, max(0, room)))
            if not pending:
                break
            future = pending.popleft()
            lines = future.result()
            future.release()
            for line, error in lines:
                sink.write(line + "\n")
                failed += error
            articles += len(lines)
    return Written(articles, failed)


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a cluster of local worker
    processes (one thread each: extraction is pure Python) listening on localhost only."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        yield client
