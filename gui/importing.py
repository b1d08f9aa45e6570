"""Getting articles in and quotes out: import (dialog, drop, paste, demo) in a worker,
re-analysis, and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from core.export import export
from core.fetch import Link, is_url
from core.ingest import IngestReport, analyse_article, import_samples
from core.library import Library
from core.readers import SUPPORTED_SUFFIXES, ReadError, read_pasted
from core.records import ALL_KINDS
from gui.article_view import ArticleView
from gui.dialogs import LinkDialog, PasteDialog, ReportDialog
from gui.models import QuoteModel, counted, literal_html
from gui.scope import Scope
from gui.workers import DamageCheckWorker, ImportWorker, ReanalyseWorker


class ImportMixin(QMainWindow):
    """Import, re-analysis and export of :class:`gui.main_window.MainWindow`."""

    library: Library
    article: ArticleView
    scope: Scope
    quotes: QuoteModel
    pool: QThreadPool
    worker: ImportWorker | ReanalyseWorker | None
    damageChecked: SignalInstance  # declared on the window: mixins' signals are not
    _damage_reported = False

    def load_demo(self) -> None:
        report = import_samples(self.library)
        self.refresh()
        self._show_report(report)

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", "", f"Articles ({patterns})"
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_link(self) -> None:
        """File \u2192 Import from link: a page, or every item of a feed."""
        dialog = LinkDialog(self)
        if dialog.exec() == dialog.DialogCode.Accepted and is_url(dialog.url()):
            if dialog.feed.isChecked():
                self.import_paths([], feed=dialog.url())
            else:
                self.import_paths([Link(dialog.url())])

    def import_paths(self, paths: list[Path | Link], feed: str | None = None) -> ImportWorker:
        """Import in a worker thread, with a progress dialog that can cancel."""
        worker = ImportWorker(self.library.path, paths, feed)
        self._start(
            worker,
            "Import",
            lambda done, total, path: f"Importing {Path(path).name} ({done} of {total})",
            self._show_report,
        )
        return worker

    def reanalyse_library(self) -> ReanalyseWorker:
        """Extract every article again (after an upgrade), keeping every correction."""
        worker = ReanalyseWorker(self.library.path)
        self._start(
            worker,
            "Re-analyse library",
            lambda done, total, _: f"Re-analysing article {done} of {total}",
            self._reanalyse_done,
        )
        return worker

    def _start(
        self,
        worker: ImportWorker | ReanalyseWorker,
        title: str,
        label: Callable[[int, int, str], str],
        done: Callable[[Any], None],
    ) -> None:
        progress = QProgressDialog(f"{title}\u2026", "Cancel", 0, 0, self)
        progress.setWindowTitle(title)
        progress.setMinimumDuration(300)
        progress.canceled.connect(worker.cancel)
        worker.signals.progress.connect(
            lambda n, total, path: (
                progress.setMaximum(total),
                progress.setValue(n),
                progress.setLabelText(label(n, total, path)),
            )
        )

        def ended(then: Callable[[], None]) -> None:
            progress.close()
            self.worker = None
            self.refresh()
            then()

        worker.signals.finished.connect(lambda result: ended(lambda: done(result)))
        worker.signals.failed.connect(
            lambda message: ended(lambda: QMessageBox.warning(self, title, literal_html(message)))
        )
        self.worker = worker
        self.pool.start(worker)

    def check_for_damage(self) -> DamageCheckWorker:
        """Read the library for damage in the background once it is open; a damaged one
        becomes read-only, and the reporter is told why before anything is written."""
        worker = DamageCheckWorker(self.library.path)
        worker.signals.finished.connect(self._damage_checked)
        self._damage_check = worker  # kept alive until it reports
        self.pool.start(worker)
        return worker

    def _damage_checked(self, problem: str) -> None:
        self.library_damaged(problem)
        self.damageChecked.emit(problem)

    def library_damaged(self, problem: str) -> None:
        """The check, or a list that failed to read, found damage: stop writing, say so
        (once: every list that meets the damaged page reports it)."""
        if not problem or self._damage_reported:
            return
        self._damage_reported = True
        message = self.library.mark_damaged(problem)
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "Damaged library", literal_html(message))
        box.setParent(self, box.windowFlags())
        box.open()  # not exec(): nothing waits behind it (an unattended screenshot)

    def _reanalyse_done(self, count: int) -> None:
        self.statusBar().showMessage(
            f"{counted(count, 'article')} re-analysed; every correction kept", 10_000
        )

    def _show_report(self, report: IngestReport) -> None:
        """An import's outcome: failures and duplicates in a dialog, else a status line."""
        if report.failed or report.duplicates or report.warnings:
            ReportDialog(report, self).show()
        else:
            self.statusBar().showMessage(report.summary, 5000)

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        dialog = PasteDialog(text, self)
        if dialog.exec() != dialog.DialogCode.Accepted or not dialog.text.toPlainText().strip():
            return
        try:
            article = read_pasted(dialog.text.toPlainText(), dialog.metadata())
            analysis = analyse_article("pasted text", article).analysis
        except ReadError as error:  # over a limit: say so rather than fail silently
            QMessageBox.warning(self, "Paste article", literal_html(str(error)))
            return
        added = self.library.add_article(analysis, fmt="pasted")
        self.refresh()
        self.show_pasted(added.article_id)
        message = "Already in the library" if added.duplicate else "Article added"
        self.statusBar().showMessage(message, 5000)

    def show_pasted(self, article_id: int) -> None:
        """The article just pasted, in the reading pane with what it quotes marked: what
        the reporter wants to see next, whatever the lists showed before."""
        article = self.library.article(article_id)
        self.article.show_article(article, self.library.article_quotes(article_id, ALL_KINDS))

    def export_quotes(self, fmt: str) -> None:
        """Write the quotes the window lists (its scope, search and filters) to a file."""
        path, _ = QFileDialog.getSaveFileName(self, "Export quotes", f"quotes.{fmt}")
        if not path:
            return
        rows = self.library.iter_quotes(**self.quotes.query.filters())
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                count = export(rows, fmt, out)
        except OSError as error:
            message = f"{path}: cannot be written ({error.strerror or error})"
            QMessageBox.warning(self, "Export quotes", literal_html(message))
            return
        self.statusBar().showMessage(f"Exported {counted(count, 'quote')} to {path}", 5000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()
