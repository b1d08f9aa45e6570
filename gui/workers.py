"""Import and re-analysis off the UI thread, with progress and cancel.

Each worker opens its own connection to the library file (SQLite connections belong to
one thread) and calls into ``core``; each article is stored in one transaction, so a
cancel between files never leaves half an article behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from core.fetch import Link
from core.ingest import IngestReport, analyse, ingest, ingest_feeds
from core.library import Library
from core.schema import damage


class WorkerSignals(QObject):
    progress = Signal(int, int, str)  # done, total, current file
    finished = Signal(object)  # the result: an IngestReport, or the articles re-analysed
    failed = Signal(str)


class _LibraryWorker(QRunnable):
    """Work on the library at ``db_path`` that a user can cancel."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class ImportWorker(_LibraryWorker):
    """Imports files, folders and web pages into the library at ``db_path``, or with
    ``feed`` the page of every item of that RSS or Atom feed."""

    def __init__(self, db_path: Path, paths: list[Path | Link], feed: str | None = None) -> None:
        super().__init__(db_path)
        self.paths = paths
        self.feed = feed

    def run(self) -> None:
        try:
            with Library(self.db_path) as library:
                progress, cancel = self.signals.progress.emit, self._cancel.is_set
                report: IngestReport = (
                    ingest_feeds([self.feed], library, on_progress=progress, should_cancel=cancel)
                    if self.feed
                    else ingest(self.paths, library, on_progress=progress, should_cancel=cancel)
                )
        except Exception as error:  # noqa: BLE001 - reported to the user, never swallowed
            self.signals.failed.emit(f"Import stopped: {error}")
            return
        self.signals.finished.emit(report)


class ReanalyseWorker(_LibraryWorker):
    """Extracts every stored article again, replaying the reporter's corrections;
    ``finished`` carries the number of articles done."""

    def run(self) -> None:
        try:
            with Library(self.db_path) as library:
                count = library.reanalyse_all(
                    analyse,
                    on_progress=lambda done, total: self.signals.progress.emit(done, total, ""),
                    should_cancel=self._cancel.is_set,
                )
        except Exception as error:  # noqa: BLE001 - reported to the user, never swallowed
            self.signals.failed.emit(f"Re-analysis stopped: {error}")
            return
        self.signals.finished.emit(count)


class DamageCheckWorker(_LibraryWorker):
    """Reads every page of the library for damage on its own connection (about 1 s per
    GB, so never on the UI thread); ``finished`` carries the problem found, or "" (a
    ``None`` sent across threads never arrives)."""

    def run(self) -> None:
        try:
            with Library(self.db_path) as library:
                problem = damage(library.db)
        except Exception as error:  # noqa: BLE001 - a file that cannot even be read again
            problem = str(error)
        self.signals.finished.emit(problem or "")
