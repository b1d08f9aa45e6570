"""From files to the library: read, extract, store — per file, all or nothing.

Reading and extraction run in worker processes when ``jobs > 1``; the writes stay in the
calling process, one transaction per article, so a failure or a cancel never leaves a
half-imported article behind.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from core import byline, nlp
from core.document import (
    Analysis,
    Evidence,
    Metadata,
    Quote,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
)
from core.extract import extract
from core.fetch import Link, feed_links, read_link
from core.packages import compiled_kept
from core.readers import (
    ReadArticle,
    ReadError,
    bio_span,
    byline_span,
    check_quotes,
    display_path,
    iter_article_files,
    read,
)
from core.schema import synchronous
from core.statements import PIECES

if TYPE_CHECKING:
    from core.library import Library

PARENT_CHECK_SECONDS = 0.5
BATCH_COLLECTIONS = 20_000  # new containers between two collections (see _collections_spaced)
Source = Path | Link  # an article file (or folder of them), or a web page
ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]
T = TypeVar("T")
R = TypeVar("R")
_END = object()


@dataclass
class IngestReport:
    """What became of each file of a batch."""

    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    reanalysed: list[tuple[str, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # repairs made to imported files
    cancelled: bool = False
    given: int = 0  # the files and pages of the batch

    @property
    def unread(self) -> int:
        """How many of the batch a cancel left unread (none when it ran to its end)."""
        if not self.cancelled:
            return 0
        handled = self.imported, self.duplicates, self.failed, self.reanalysed
        return max(0, self.given - sum(map(len, handled)))

    @property
    def summary(self) -> str:
        text = (
            f"{len(self.imported)} imported, {len(self.duplicates)} already in the library, "
            f"{len(self.failed)} failed"
        )
        if self.reanalysed:
            text += f", {len(self.reanalysed)} re-analysed with their corrections"
        if self.warnings:
            text += f", {len(self.warnings)} {'warning' if len(self.warnings) == 1 else 'warnings'}"
        if self.cancelled:
            text += f" (cancelled: {self.unread} of {self.given} not read)"
        return text


@dataclass(frozen=True)
class Analysed:
    """A file read and analysed, ready to store."""

    path: str
    article: ReadArticle
    analysis: Analysis


def analyse(text: str, metadata: Metadata | None = None) -> Analysis:
    """Extraction over an article's text, what its author wrote about themselves left out."""
    return extract(text, metadata, exclude=about_the_author(text))


def about_the_author(text: str) -> tuple[Span, ...]:
    """The byline and the closing bio: their names are the author's, whom no "she said"
    or "the auditor said" in the story refers to."""
    return tuple(Span(*found) for found in (byline_span(text), bio_span(text)) if found)


def analyse_file(path: Path) -> Analysed:
    """Read and analyse one file; raises ReadError for bad input or a runaway quotation."""
    return analyse_article(str(path), read(path))


def analyse_article(source: str, article: ReadArticle) -> Analysed:
    """Analyse an article already read; raises ReadError for a runaway quotation."""
    analysis = analyse(article.text, article.metadata)
    check_quotes(source, analysis.quotes)
    return Analysed(source, article, analysis)


def analyse_all(paths: list[Source], jobs: int) -> Iterator[tuple[Source, Analysed | str]]:
    """Each path with its analysis or the reason it failed, in input order; ``jobs``
    worker processes when above 1, a few files ahead of the caller."""
    return zip(paths, in_workers(analyse_or_reason, paths, jobs), strict=True)


def in_workers(work: Callable[[T], R], items: list[T], jobs: int) -> Iterator[R]:
    """``work(item)`` for each item, in order: in ``jobs`` worker processes when above 1,
    forked with the models loaded, a few items ahead of the caller. ``work`` runs in a
    worker, so only what it returns crosses back (a module-level function or a partial
    of one)."""
    with _collections_spaced():
        if jobs <= 1 or len(items) < 2:
            yield from map(work, items)
        else:
            yield from _pooled(work, items, jobs)


def _pooled(work: Callable[[T], R], items: list[T], jobs: int) -> Iterator[R]:
    with compiled_kept("compiled-models"):  # what they compile, kept (nameparser's classes)
        nlp.load_all()  # once here: forked workers start with the models loaded
        byline.prepare()  # and with the name parser that nearly every batch's bylines need
    gc.freeze()  # and their collector never walks the models (nor copies their pages)
    try:
        with ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=_forking(),
            initializer=_end_with,
            initargs=(os.getpid(),),
        ) as pool:
            queue = iter(items)
            futures = [pool.submit(work, item) for item in islice(queue, jobs * 4)]
            while futures:
                future = futures.pop(0)
                nxt = next(queue, _END)
                if nxt is not _END:
                    futures.append(pool.submit(work, nxt))
                try:
                    yield future.result()
                except GeneratorExit:
                    for pending in futures:
                        pending.cancel()
                    raise
    finally:
        gc.unfreeze()  # what was set aside is collected again here


def _forking() -> multiprocessing.context.BaseContext | None:
    """Workers forked with the models loaded, on Linux (Python 3.14 turns its default to
    ``forkserver``, where every worker would import and load the models again); other
    systems keep their default, as forking is unsafe there."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None


@contextmanager
def _collections_spaced() -> Iterator[None]:
    """Python's cycle collections every :data:`BATCH_COLLECTIONS` new containers, not 700,
    while a batch is analysed (in its workers too): an analysis leaves no cycles behind
    (none over train), and the collections, walking what it holds again and again (and
    the models, unless frozen), took 7% of analysing the train articles in one process
    with the models frozen, 14% without."""
    threshold = gc.get_threshold()
    gc.set_threshold(BATCH_COLLECTIONS, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def _end_with(parent: int) -> None:
    """In a worker process: end it when ``parent`` is gone. A parent killed outright
    (``kill -9``) never tells its workers, which would otherwise wait for work for ever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="onrecord-parent-watch", daemon=True).start()


def analyse_or_reason(source: Source) -> Analysed | str:
    """The analysis of a file or a web page, or the one-line reason it failed."""
    if isinstance(source, Link):
        return analysed_or_reason(source.url, lambda: read_link(source))
    return analysed_or_reason(display_path(source), lambda: read(source))


def analysed_or_reason(source: str, load: Callable[[], ReadArticle]) -> Analysed | str:
    """The analysis of the article ``load`` reads, or the one-line reason it failed."""
    try:
        return analyse_article(source, load())
    except ReadError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
        return f"{source}: could not be analysed ({type(error).__name__}: {error})"


def ingest(
    paths: Iterable[Source],
    library: Library,
    *,
    jobs: int = 1,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    reanalyse: bool = False,
) -> IngestReport:
    """Import files, folders and web pages into ``library``; bad ones are reported, not
    fatal. With ``reanalyse``, an article already there takes the new analysis (``store``)."""
    library.require_writable()
    sources: list[Source] = []
    for path in paths:
        sources.extend([path] if isinstance(path, Link) else iter_article_files([path]))
    results = analyse_all(sources, jobs)
    return store(results, len(sources), library, on_progress, should_cancel, reanalyse=reanalyse)


def ingest_feeds(
    feeds: Iterable[str | Path],
    library: Library,
    *,
    jobs: int = 1,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> IngestReport:
    """Import the page of every item of RSS or Atom feeds (addresses or saved files); a
    feed that cannot be read, an item without a link and a page that cannot be fetched
    are each one failure."""
    library.require_writable()
    links: list[Source] = []
    failures: list[tuple[Source | str, Analysed | str]] = []
    for feed in feeds:
        try:
            items = feed_links(feed)
        except ReadError as error:
            failures.append((str(feed), str(error)))
            continue
        for item in items:
            if isinstance(item, Link):
                links.append(item)
            else:
                failures.append((str(item.path), str(item)))
    results = _first(failures, analyse_all(links, jobs))
    total = len(failures) + len(links)
    return store(results, total, library, on_progress, should_cancel)


def _first(
    known: list[tuple[Source | str, Analysed | str]],
    results: Iterator[tuple[Source, Analysed | str]],
) -> Generator[tuple[Source | str, Analysed | str]]:
    """``known`` results, then ``results``; closing it closes ``results`` (a process pool)."""
    yield from known
    yield from results


def ingest_jsonl(
    files: Iterable[Path],
    library: Library,
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    reanalyse: bool = False,
) -> IngestReport:
    """Load analysed articles from JSONL (``onrecord dask-extract``'s output) into
    ``library`` the way ``ingest`` stores files: duplicates recognised, the reporters'
    speaker corrections (merges, renames, roles) applied to the new quotes."""
    files = list(files)
    total = sum(1 for file in files for line in _lines(file) if line.strip())
    results = read_records(files)
    return store(results, total, library, on_progress, should_cancel, reanalyse=reanalyse)


def store(
    results: Iterator[tuple[Source | str, Analysed | str]],
    total: int,
    library: Library,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    *,
    reanalyse: bool = False,
) -> IngestReport:
    """Write each analysed article in its own transaction; failures are reported. An
    article already in the library is a duplicate, or with ``reanalyse`` takes the new
    analysis with every correction to it replayed (a newer model run over an archive)."""
    library.require_writable()
    report = IngestReport(given=total)
    with _unsynced_commits(library):
        for done, (source, result) in enumerate(results, start=1):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                if isinstance(results, Generator):
                    results.close()
                break
            source = source.url if isinstance(source, Link) else display_path(source)
            if isinstance(result, str):
                report.failed.append((source, result))
            else:
                report.warnings.extend(result.article.warnings)
                added = library.add_article(
                    result.analysis, result.article.source_path, fmt=result.article.format
                )
                if added.duplicate and reanalyse:
                    library.reanalyse(added.article_id, result.analysis)
                    report.reanalysed.append((source, added.article_id))
                elif added.duplicate:
                    report.duplicates.append(source)
                else:
                    report.imported.append((source, added.article_id))
            if on_progress is not None:
                on_progress(done, total, source)
    return report


@contextmanager
def _unsynced_commits(library: Library) -> Iterator[None]:
    """Per-article commits that do not wait for the disk, the whole batch made durable
    by one checkpoint at the end: 14 times faster, and in WAL mode a crash still never
    leaves half an article (it may lose the last few whole ones)."""
    try:
        with synchronous(library.db, "NORMAL"):
            yield
    finally:
        library.db.execute("PRAGMA wal_checkpoint(PASSIVE)")


# ---- analysed articles as JSON lines, the interchange with a cluster
def to_record(source: str, result: Analysed | str) -> dict[str, Any]:
    """One analysed article (or the reason it failed) as a JSON-ready object."""
    if isinstance(result, str):
        return {"source": source, "error": result}
    article, analysis = result.article, result.analysis
    return {
        "source": source,
        "source_path": article.source_path,
        "format": article.format,
        "metadata": asdict(analysis.metadata),
        "text": analysis.text,
        "quotes": [_quote_record(q) for q in analysis.quotes],
        "statements": [_statement_record(s) for s in analysis.statements],
    }


def _speaker_record(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {"name": speaker.name, "kind": speaker.kind.value, "key": speaker.key,
            "role": speaker.role, "aliases": list(speaker.aliases),
            "gender": speaker.gender, "gender_bound": speaker.gender_bound}  # fmt: skip


def _speaker_of(record: dict[str, Any] | None) -> Speaker | None:
    if record is None:
        return None
    return Speaker(record["name"], SpeakerKind(record["kind"]), record["key"], record["role"],
                   tuple(record["aliases"]), record.get("gender"),
                   bool(record.get("gender_bound")))  # fmt: skip


def _statement_record(statement: Statement) -> dict[str, Any]:
    return {
        "kind": statement.kind.value,
        "content": [_pair(piece) for piece in statement.content],
        "speaker": _speaker_record(statement.speaker),
        "mention": _pair(statement.mention),
        "cue": statement.cue,
        "cue_span": _pair(statement.cue_span),
        "role": statement.role,
    }


def _quote_record(quote: Quote) -> dict[str, Any]:
    return {
        "start": quote.span.start,
        "end": quote.span.end,
        "speaker": _speaker_record(quote.speaker),
        "mention": _pair(quote.mention),
        "cue": quote.cue,
        "cue_span": _pair(quote.cue_span),
        "role": quote.role,
        "partial": quote.partial,
        "evidence": _evidence_record(quote.evidence),
    }  # fmt: skip


def _evidence_record(evidence: Evidence | None) -> dict[str, Any] | None:
    if evidence is None:
        return None
    return {
        "decided_by": evidence.decided_by,
        "refers_to": _pair(evidence.refers_to),
        "candidates": [_pair(c) for c in evidence.candidates],
        "margin": evidence.margin,
    }


def _evidence_of(record: dict[str, Any] | None) -> Evidence | None:
    if not record:
        return None
    candidates = tuple(s for c in record["candidates"] if (s := _span(c)) is not None)
    return Evidence(str(record["decided_by"]), _span(record["refers_to"]), candidates,
                    record["margin"])  # fmt: skip


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _span(pair: list[int] | None) -> Span | None:
    return None if pair is None else Span(int(pair[0]), int(pair[1]))


def from_record(record: dict[str, Any]) -> Analysed | str:
    """The analysed article of a record, or its failure; raises ValueError, KeyError or
    TypeError for a record that is not one."""
    if "error" in record:
        return str(record["error"])
    text = record["text"]
    metadata = Metadata(**record["metadata"])
    quotes = []
    for q in record["quotes"]:
        span = _within(text, q["start"], q["end"])
        quotes.append(
            Quote(span, text[span.start : span.end], _speaker_of(q["speaker"]),
                  _span(q["mention"]), q["cue"], _span(q["cue_span"]), q["role"],
                  bool(q["partial"]), _evidence_of(q.get("evidence")))
        )  # fmt: skip
    statements = []
    for st in record.get("statements", ()):  # lines written before statements have none
        content = tuple(_within(text, *piece) for piece in st["content"])
        statements.append(
            Statement(StatementKind(st["kind"]), content,
                      PIECES.join(text[p.start : p.end] for p in content),
                      _speaker_of(st["speaker"]), _span(st["mention"]), st["cue"],
                      _span(st["cue_span"]), st["role"])
        )  # fmt: skip
    source = str(record["source"])
    article = ReadArticle(text, metadata, str(record.get("source_path") or source),
                          str(record["format"]))  # fmt: skip
    analysis = Analysis(text, metadata, quotes=tuple(quotes), statements=tuple(statements))
    return Analysed(source, article, analysis)


def _within(text: str, start: int, end: int) -> Span:
    start, end = int(start), int(end)
    if not 0 <= start < end <= len(text):
        raise ValueError(f"offsets {start}-{end} outside the text")
    return Span(start, end)


def read_records(files: Iterable[Path]) -> Iterator[tuple[str, Analysed | str]]:
    """Each line of the JSONL files as (source, analysed article or failure); a line that
    is not UTF-8 is one failure, the lines around it are read."""
    for file in files:
        for number, raw in enumerate(_lines(file), start=1):
            if not raw.strip():
                continue
            where = f"{display_path(file)}:{number}"
            try:
                record = json.loads(raw.decode("utf-8"))
                yield str(record.get("source") or where), from_record(record)
            except UnicodeDecodeError as error:
                yield where, f"{where}: not UTF-8 (a bad byte at column {error.start + 1})"
            except (ValueError, KeyError, TypeError, AttributeError) as error:
                yield where, f"{where}: not an analysed article ({type(error).__name__}: {error})"


def _lines(file: Path) -> Iterator[bytes]:
    with open(file, "rb") as lines:
        yield from lines


def sample_paths() -> list[Path]:
    """The demo articles shipped in ``resources/samples``."""
    folder = resources.files("resources.samples")
    return sorted(
        Path(str(folder.joinpath(entry.name)))
        for entry in folder.iterdir()
        if entry.name.endswith((".txt", ".html", ".md"))
    )


def import_samples(library: Library) -> IngestReport:
    """Fill an empty library with the demo articles, so a new user sees real data."""
    return ingest(sample_paths(), library)


def demo_articles(library: Library) -> list[int]:
    """The ids of the demo articles still in ``library``, known by their file in
    ``resources/samples`` wherever the app was installed when they were imported."""
    ends = [f"%samples_{path.name}" for path in sample_paths()]  # _: either separator
    where = " OR ".join(["source_path LIKE ?"] * len(ends))
    rows = library.db.execute(f"SELECT id FROM articles WHERE {where} ORDER BY id", ends)
    return [int(row[0]) for row in rows]


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def max_jobs() -> int:
    """The most worker processes worth starting: twice the cores (reading waits on disk)."""
    return 2 * default_jobs()
