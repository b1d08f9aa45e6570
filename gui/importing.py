"""Getting articles in and quotes out: import (dialog, drop, paste, demo) in a worker,
re-analysis, and export."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QThreadPool, QTimer, SignalInstance
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from core.export import export
from core.fetch import Link, is_url
from core.ingest import IngestReport, analyse_article, import_samples
from core.library import Library
from core.readers import SUPPORTED_SUFFIXES, ReadError, read_pasted
from core.records import ALL_KINDS, QuoteRow
from gui import commands
from gui.article_view import ArticleView
from gui.demo_offer import DemoOffer
from gui.dialogs import LinkDialog, PasteDialog, ReportDialog
from gui.models import QuoteModel, counted, literal_html, quotes_and_statements
from gui.scope import Scope, file_stem
from gui.status_bar import Progress
from gui.workers import DamageCheckWorker, ImportWorker, ReanalyseWorker


class ImportMixin(QMainWindow):
    """Import, re-analysis and export of :class:`gui.main_window.MainWindow`."""

    library: Library
    settings: QSettings
    article: ArticleView
    scope: Scope
    quotes: QuoteModel
    pool: QThreadPool
    worker: ImportWorker | ReanalyseWorker | None
    damageChecked: SignalInstance  # declared on the window: mixins' signals are not
    _damage_reported = False
    _progress_place: Progress | None = None

    current_quote_id: Callable[[], int | None]
    show_article_quotes: Callable[[int], None]
    demo_offer: DemoOffer
    _push: Callable[..., bool]

    def load_demo(self) -> None:
        report = import_samples(self.library)
        self.refresh()
        self._show_report(report)

    def remove_demo(self, article_ids: list[int]) -> None:
        """The demo articles out of the library, each undone by Ctrl+Z as any article."""
        for article_id in article_ids:
            title = self.library.article(article_id).title or "the demo article"
            self._push(
                commands.remove_article(self.library, article_id),
                f"The demo article \u201c{title}\u201d removed",
                f"The demo article \u201c{title}\u201d back",
            )

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in sorted(SUPPORTED_SUFFIXES))
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", self._folder(IMPORT_FOLDER), f"Articles ({patterns})"
        )
        if files:
            self._remember(IMPORT_FOLDER, files[0])
            self.import_paths([Path(f) for f in files])

    def _folder(self, key: str) -> str:
        """The folder a file dialog last took a file from (or "": the working folder)."""
        return str(self.settings.value(key, ""))

    def _remember(self, key: str, path: str) -> None:
        self.settings.setValue(key, str(Path(path).parent))

    def import_link(self) -> None:
        """File \u2192 Import from link: a page, or every item of a feed."""
        dialog = LinkDialog(self)
        if dialog.exec() == dialog.DialogCode.Accepted and is_url(dialog.url()):
            if dialog.feed.isChecked():
                self.import_paths([], feed=dialog.url())
            else:
                self.import_paths([Link(dialog.url())])

    def busy(self) -> bool:
        """An import or a re-analysis is running: another waits for it (two at once would
        contend for the library, and the first could no longer be cancelled)."""
        if self.worker is None:
            return False
        self.statusBar().showMessage(
            "An import or re-analysis is still running: try again when it ends, or cancel it",
            10_000,
        )
        return True

    def import_paths(
        self, paths: list[Path | Link], feed: str | None = None
    ) -> ImportWorker | None:
        """Import in a worker thread, with progress and Cancel in the status bar (None,
        and a word in the status bar, while another import runs)."""
        if self.busy():
            return None
        worker = ImportWorker(self.library.path, paths, feed)
        self._start(
            worker,
            "Import",
            "Importing",
            self._show_report,
        )
        return worker

    def reanalyse_library(self) -> ReanalyseWorker | None:
        """Extract every article again (after an upgrade), keeping every correction."""
        if self.busy():
            return None
        worker = ReanalyseWorker(self.library.path)
        self._start(
            worker,
            "Re-analysis",
            "Re-analysing",
            self._reanalyse_done,
        )
        return worker

    def _start(
        self,
        worker: ImportWorker | ReanalyseWorker,
        title: str,
        doing: str,
        done: Callable[[Any, bool], None],
    ) -> None:
        """Run ``worker`` with its progress and Cancel in the status bar; the window stays
        free meanwhile, its lists refreshed at most once a second as articles are stored.
        ``done`` takes the result and whether the reporter chose another quote meanwhile."""
        progress = self._progress()
        progress.begin(title)
        self.statusBar().clearMessage()  # a tip shown before (the demo's) is stale now
        reading = self.current_quote_id()
        progress.cancel.clicked.connect(worker.cancel)
        live = QTimer(self, singleShot=True, interval=LIVE_REFRESH_MS)
        live.timeout.connect(self.refresh)

        def stepped(n: int, total: int, path: str) -> None:
            progress.step(doing, n, total, Path(path).name)
            if not live.isActive():
                live.start()

        worker.signals.progress.connect(stepped)

        def ended(then: Callable[[bool], None]) -> None:
            live.stop()
            live.deleteLater()
            progress.cancel.clicked.disconnect(worker.cancel)
            progress.hide()  # before the outcome's line measures its room
            self.worker = None
            moved = self.current_quote_id() != reading
            self.refresh()
            then(moved)

        worker.signals.finished.connect(lambda result: ended(lambda moved: done(result, moved)))
        worker.signals.failed.connect(
            lambda message: ended(lambda _: QMessageBox.warning(self, title, literal_html(message)))
        )
        self.worker = worker
        self.pool.start(worker)

    def _progress(self) -> Progress:
        """The status bar's progress and Cancel, made when first needed."""
        if self._progress_place is None:
            self._progress_place = Progress()
            self.statusBar().add_beside(self._progress_place)
        return self._progress_place

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

    def _reanalyse_done(self, count: int, _moved: bool = False) -> None:
        self.statusBar().showMessage(
            f"{counted(count, 'article')} re-analysed; every correction kept", 10_000
        )

    def _show_report(self, report: IngestReport, moved: bool = False) -> None:
        """An import's outcome: the window lands on the first article imported (its quotes
        listed, the first selected, the article in the reading pane) and the status line
        says what came in and names the files that did not, as many as it reads whole;
        failures, repairs and duplicates are listed in full in the import report beside it.
        A reporter who went on reading elsewhere meanwhile is left there."""
        if report.imported and not moved:
            self.show_article_quotes(report.imported[0][1])
        if report.imported:
            self.demo_offer.offer(self.library)
        bar = self.statusBar()
        for titled, named in SHORTER:  # as much as the bar reads whole (the report: all)
            message = import_status(report, self.library, named, titled, not moved)
            if bar.fits(message):
                break
        bar.showMessage(message, 30_000)
        if report.failed or report.duplicates or report.warnings:
            ReportDialog(report, self).show()

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
        self.show_article_quotes(added.article_id)  # what the reporter wants to see next
        title = self.library.article(added.article_id).title or "the pasted article"
        message = "already in the library" if added.duplicate else "added"
        self.statusBar().showMessage(f"\u201c{title}\u201d {message}", 10_000)

    def export_quotes(self, fmt: str) -> None:
        """Write the quotes the window lists (its scope, search and filters) to a file,
        named for what is listed, in the folder of the last export."""
        named = f"{file_stem(self.scope, self.quotes.query.search)}.{fmt}"
        path, _ = QFileDialog.getSaveFileName(
            self, "Export quotes", str(Path(self._folder(EXPORT_FOLDER), named))
        )
        if not path:
            return
        reported = 0

        def rows() -> Iterator[QuoteRow]:  # counted as written, in one pass
            nonlocal reported
            for row in self.library.iter_quotes(**self.quotes.query.filters(), **self.quotes.order):
                reported += row.reported
                yield row

        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                count = export(rows(), fmt, out)
        except OSError as error:
            message = f"{path}: cannot be written ({error.strerror or error})"
            QMessageBox.warning(self, "Export quotes", literal_html(message))
            return
        what = quotes_and_statements(count - reported, reported)
        self._remember(EXPORT_FOLDER, path)
        self.statusBar().showMessage(f"Exported {what} to {path}", 10_000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()


LIVE_REFRESH_MS = 1000  # an import lists what came in at most this often
# where the file dialogs open: the folder of the last file chosen (QSettings keys)
IMPORT_FOLDER, EXPORT_FOLDER = "import/folder", "export/folder"
IN_REPORT = " (in the import report)"  # where a status line too narrow to name them sends
# the import's status line, longest first: the title landed on goes first (the list's
# heading says it too), then the files named one by one
SHORTER = ((True, 3), (False, 3), (False, 2), (False, 1), (False, 0))


def import_status(
    report: IngestReport,
    library: Library,
    named: int = 3,
    titled: bool = True,
    landed: bool = True,
) -> str:
    """An import in one status line: the article landed on (its title unless not
    ``titled``) or how many came in, what was there already, and each file that failed
    with why (the first ``named`` of each: at 0, the import report names them, open
    beside the window for a failure or a duplicate; not ``landed``: the window was left
    where the reporter went meanwhile, and it says only how many came in)."""
    parts = []
    if report.imported and not landed:
        parts.append(f"Imported {counted(len(report.imported), 'article')}")
    elif report.imported:
        parts.append(_imported(report.imported, library, titled))
    if report.reanalysed:
        parts.append(f"{counted(len(report.reanalysed), 'article')} re-analysed")
    if report.duplicates:
        names = [Path(p).name for p in report.duplicates]
        listed = f" ({_named(names, named)})" if named else IN_REPORT
        parts.append(f"{len(report.duplicates)} already in the library{listed}")
    if report.failed:
        why = [_reason(source, reason) for source, reason in report.failed]
        parts.append(
            f"{len(report.failed)} failed" + (f": {_named(why, named)}" if named else IN_REPORT)
        )
    if not parts and not report.cancelled:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        parts.append(f"No article found to import (On Record reads {kinds} files)")
    said = "; ".join(parts)
    if report.cancelled:  # what is left, and that importing it all again is safe
        left = f"{report.unread} of {report.given} not read"
        return f"Import cancelled, {left} (importing again skips what came in). {said}".strip()
    return said


def _imported(imported: list[tuple[str, int]], library: Library, titled: bool) -> str:
    """ "Imported \u201cTitle\u201d: 5 quotes" for one article, "Imported 30 articles;
    showing the first, \u201cTitle\u201d" for more (the title only if ``titled``)."""
    path, article_id = imported[0]
    title = f"\u201c{_short(library.article(article_id).title or Path(path).name)}\u201d"
    if len(imported) > 1:
        return f"Imported {len(imported)} articles; showing the first" + (
            f", {title}" if titled else ""
        )
    quotes = library.article_quotes(article_id, ALL_KINDS)
    said = sum(not q.reported for q in quotes)
    found = counted(said, "quote")
    if len(quotes) > said:
        found += f", {counted(len(quotes) - said, 'reported statement')}"
    return f"Imported {title if titled else '1 article'}: {found}"


def _named(items: list[str], named: int) -> str:
    shown = ", ".join(items[:named])
    return shown + (f" and {len(items) - named} more" if len(items) > named else "")


def _reason(source: str, reason: str) -> str:
    """A failed file by its name, with why ("broken.pdf: corrupt PDF")."""
    name = source if is_url(source) else Path(source).name or source
    for prefix in (f"{source}: ", f"{source}:"):
        if reason.startswith(prefix):
            reason = reason[len(prefix) :]
            break
    return f"{name} ({_short(reason)})"


def _short(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
