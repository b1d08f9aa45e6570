"""From files to the library: read, extract, store — per file, all or nothing.

Reading and extraction run in worker processes when ``jobs > 1``; the writes stay in the
calling process, one transaction per article, so a failure or a cancel never leaves a
half-imported article behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from core.document import Analysis, Metadata, Span
from core.extract import extract
from core.readers import ReadArticle, ReadError, bio_span, iter_article_files, read

if TYPE_CHECKING:
    from core.library import Library

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass
class IngestReport:
    """What became of each file of a batch."""

    imported: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def summary(self) -> str:
        text = (
            f"{len(self.imported)} imported, {len(self.duplicates)} already in the library, "
            f"{len(self.failed)} failed"
        )
        return text + (" (cancelled)" if self.cancelled else "")


@dataclass(frozen=True)
class Analysed:
    """A file read and analysed, ready to store."""

    path: str
    article: ReadArticle
    analysis: Analysis


def analyse(text: str, metadata: Metadata | None = None) -> Analysis:
    """Extraction over an article's text, its author's closing bio left out."""
    bio = bio_span(text)
    return extract(text, metadata, exclude=Span(*bio) if bio else None)


def analyse_file(path: Path) -> Analysed:
    """Read and analyse one file; raises ReadError for bad input."""
    article = read(path)
    return Analysed(str(path), article, analyse(article.text, article.metadata))


def analyse_all(paths: list[Path], jobs: int) -> Iterator[tuple[Path, Analysed | str]]:
    """Each path with its analysis or the reason it failed, in input order; ``jobs``
    worker processes when above 1, a few files ahead of the caller."""
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield path, _safe_analyse(path)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window = jobs * 4
        futures: list[tuple[Path, Future[Analysed | str]]] = []
        queue = iter(paths)
        for path in queue:
            futures.append((path, pool.submit(_safe_analyse, path)))
            if len(futures) >= window:
                break
        while futures:
            path, future = futures.pop(0)
            nxt = next(queue, None)
            if nxt is not None:
                futures.append((nxt, pool.submit(_safe_analyse, nxt)))
            try:
                yield path, future.result()
            except GeneratorExit:
                for _, pending in futures:
                    pending.cancel()
                raise


def _safe_analyse(path: Path) -> Analysed | str:
    try:
        return analyse_file(path)
    except ReadError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the batch
        return f"{path}: could not be analysed ({type(error).__name__}: {error})"


def ingest(
    paths: Iterable[Path],
    library: Library,
    *,
    jobs: int = 1,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> IngestReport:
    """Import files and folders into ``library``; bad files are reported, not fatal."""
    files = list(iter_article_files(Path(p) for p in paths))
    report = IngestReport()
    results = analyse_all(files, jobs)
    for done, (path, result) in enumerate(results, start=1):
        if should_cancel is not None and should_cancel():
            report.cancelled = True
            results.close()
            break
        if isinstance(result, str):
            report.failed.append((str(path), result))
        else:
            added = library.add_article(
                result.analysis, result.article.source_path, fmt=result.article.format
            )
            if added.duplicate:
                report.duplicates.append(str(path))
            else:
                report.imported.append((str(path), added.article_id))
        if on_progress is not None:
            on_progress(done, len(files), str(path))
    return report


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


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)
