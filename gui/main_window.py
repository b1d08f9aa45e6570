"""The main window: speakers | quotes | article, with search, filters and citations."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QSettings, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.citation import STYLES, CitedQuote, cite
from core.export import FORMATS, export
from core.fetch import Link, is_url
from core.ingest import IngestReport, analyse_article, import_samples
from core.library import Library, QuoteRow
from core.readers import SUPPORTED_SUFFIXES, ReadError, read_pasted
from gui import commands
from gui.article_view import ArticleView
from gui.dialogs import LinkDialog, PasteDialog, ReportDialog, SpeakerChooser, SpeakerEditor
from gui.duplicates import DuplicatesView
from gui.models import ID_ROLE, ROW_ROLE, QuoteModel, SpeakerModel, literal_html
from gui.sources_view import SourcesView
from gui.speaker_view import SpeakerPanel, SpeakerTable
from gui.timeline import PersonTimeline
from gui.workers import ImportWorker, ReanalyseWorker

ABOUT = f"""<h3>On Record {__version__}</h3>
<p>A quote and source browser for journalists.</p>
<p>Language models trained on the GUM corpus (Zeldes 2017): annotations CC BY 4.0;
texts CC BY 2.5 (Wikinews), CC BY-SA 3.0 (Wikipedia, Wikivoyage), CC BY 4.0
(academic, court). First names from the US Census 1990 lists (public domain).
Citation styles from the Citation Style Language project, CC BY-SA 3.0. Demo article:
Vivienne Machi, <i>Defense News</i>. Built with Qt for Python, NLTK, sqlite-utils and
citeproc-py. On Record is MIT-licensed; the notices are in NOTICE.md.</p>"""


class MainWindow(QMainWindow):
    quoteSelected = Signal(int)  # noqa: N815

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.settings = QSettings()
        self.undo_stack = QUndoStack(self)
        self.pool = QThreadPool.globalInstance()
        self.worker: ImportWorker | ReanalyseWorker | None = None
        self.setWindowTitle("On Record")
        self.setAcceptDrops(True)

        self.speakers = SpeakerModel(library)
        self.quotes = QuoteModel(library)
        self._build_views()
        self._build_toolbar()
        self._build_menus()
        self._restore_settings()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build_views(self) -> None:
        self.speaker_filter = QLineEdit()
        self.speaker_filter.setPlaceholderText("Filter speakers\u2026")
        self.speaker_filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=80)  # a keystroke costs ~30 ms
        self._filter_timer.timeout.connect(self._apply_speaker_filter)
        self.speaker_filter.textChanged.connect(lambda _: self._filter_timer.start())

        self.speaker_view = SpeakerTable()
        self.speaker_view.setModel(self.speakers)
        self.speaker_view.setSortingEnabled(True)
        self.speaker_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self._tidy_table(self.speaker_view, stretch=1, widths=(140, 0, 76, 56))
        self.speaker_view.selectionModel().currentRowChanged.connect(self._speaker_changed)
        self.speaker_view.mergeRequested.connect(self.merge_speakers)
        self.speaker_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.speaker_view.customContextMenuRequested.connect(self._speaker_menu)

        self.speaker_panel = SpeakerPanel()
        self.duplicates: DuplicatesView | None = None

        self.quote_title = QLabel()
        self.quote_view = QTableView()
        self.quote_view.setModel(self.quotes)
        self._tidy_table(self.quote_view, stretch=0, widths=(0, 110, 120, 92, 84))
        self.quote_view.setWordWrap(True)
        self.quote_view.verticalHeader().setDefaultSectionSize(50)  # three lines of a quote
        self.quote_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.quote_view.selectionModel().currentRowChanged.connect(self._quote_changed)
        self.quote_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.quote_view.customContextMenuRequested.connect(self._quote_menu)

        self.article = ArticleView()
        self.article.quoteClicked.connect(self.select_quote)
        self.article.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article.text.customContextMenuRequested.connect(self._article_menu)

        self.timeline = PersonTimeline(self.library)
        self.timeline.quoteActivated.connect(self.open_quote)
        self.timeline.genderChosen.connect(self.set_speaker_gender)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(_column(self.speaker_filter, self.speaker_view, self.speaker_panel))
        left.addWidget(self.timeline)
        left.setSizes([470, 330])
        middle = _column(self.quote_title, self.quote_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, self.article):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 5)
        self.splitter.setSizes([480, 500, 420])  # roles are what make a speaker list useful

        self.empty = QWidget()
        message = QLabel(
            "<h2>Your library is empty</h2><p>Import articles (text, web pages, PDF, Word) "
            "or load the demo article to see On Record at work.</p>"
        )
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        demo = QPushButton("Load demo article")
        demo.clicked.connect(self.load_demo)
        import_button = QPushButton("Import articles\u2026")
        import_button.clicked.connect(self.import_dialog)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(demo)
        buttons.addWidget(import_button)
        buttons.addStretch()
        layout = QVBoxLayout(self.empty)
        layout.addStretch()
        layout.addWidget(message)
        layout.addLayout(buttons)
        layout.addStretch()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        self.sources = SourcesView(self.library)
        self.sources.speakerActivated.connect(self.open_speaker)
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.addTab(self.stack, "&Quotes")
        self.tabs.addTab(self.sources, "&Sources")
        self.setCentralWidget(self.tabs)
        self.setTabOrder(self.speaker_filter, self.speaker_view)
        self.setTabOrder(self.speaker_view, self.quote_view)
        self.setTabOrder(self.quote_view, self.article.text)

    @staticmethod
    def _tidy_table(view: QTableView, stretch: int, widths: tuple[int, ...]) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            if width:
                view.setColumnWidth(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.import_action = QAction("Import\u2026", self, shortcut=QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.import_dialog)
        self.paste_action = QAction("Paste article", self, shortcut=QKeySequence("Ctrl+Shift+V"))
        self.link_action = QAction("Import from link\u2026", self, shortcut=QKeySequence("Ctrl+L"))
        self.link_action.triggered.connect(self.import_link)
        self.paste_action.triggered.connect(self.paste_article)
        bar.addAction(self.import_action)
        bar.addAction(self.paste_action)
        bar.addSeparator()

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search quotes and speakers (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_quote_filters)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        bar.addWidget(self.search)

        self.kind = QComboBox()
        self.kind.addItem("All kinds", "")
        for kind, label in (("person", "People"), ("organisation", "Organisations"),
                            ("anonymous", "Anonymous")):  # fmt: skip
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.outlet = QComboBox()
        self.outlet.currentIndexChanged.connect(self._apply_quote_filters)
        self.date_from = QLineEdit(placeholderText="From YYYY-MM-DD", maximumWidth=130)
        self.date_to = QLineEdit(placeholderText="To YYYY-MM-DD", maximumWidth=130)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._apply_quote_filters)
        self.tag = QComboBox()
        self.tag.currentIndexChanged.connect(self._apply_quote_filters)
        self.starred = QCheckBox("Starred")
        self.starred.toggled.connect(self._apply_quote_filters)
        self.show_hidden = QCheckBox("Hidden")
        self.show_hidden.setToolTip("Show quotes marked \u201cnot a quote\u201d, to restore them")
        self.show_hidden.toggled.connect(self._apply_quote_filters)
        for widget in (self.kind, self.outlet, self.date_from, self.date_to, self.tag,
                       self.starred, self.show_hidden):  # fmt: skip
            bar.addWidget(widget)
        bar.addSeparator()
        self.style = QComboBox()
        for key, label in STYLES.items():
            self.style.addItem(label, key)
        self.style.setToolTip("Citation style for Ctrl+C")
        self.style.currentIndexChanged.connect(
            lambda _: self.settings.setValue("citation/style", self.style.currentData())
        )
        bar.addWidget(QLabel(" Cite as "))
        bar.addWidget(self.style)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.link_action)
        export_menu = file_menu.addMenu("Export")
        for fmt in FORMATS:
            export_menu.addAction(fmt.upper(), lambda f=fmt: self.export_quotes(f))
        file_menu.addSeparator()
        self.reanalyse_action = file_menu.addAction(
            "Re-analyse library\u2026", self.reanalyse_library
        )
        self.reanalyse_action.setStatusTip(
            "Find quotes and speakers again in every article, keeping every correction"
        )
        file_menu.addSeparator()
        file_menu.addAction("Quit", self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self.copy_action = QAction("Copy citation", self, shortcut=QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_citation)
        self.quote_view.addAction(self.copy_action)
        edit.addAction(self.copy_action)
        edit.addAction(
            "Possible duplicates\u2026", QKeySequence("Ctrl+Shift+D"), self.show_duplicates
        )
        find = QAction("Find", self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        edit.addAction(find)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("About On Record", lambda: QMessageBox.about(self, "On Record", ABOUT))

    # ------------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        style = self.settings.value("citation/style", "apa")
        index = self.style.findData(style)
        self.style.setCurrentIndex(max(0, index))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._search_timer.stop()
        self._filter_timer.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("citation/style", self.style.currentData())
        self.settings.sync()
        if self.worker is not None:
            self.worker.cancel()
        super().closeEvent(event)

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Reload everything after the library changed, keeping the selection."""
        speaker_id = self.current_speaker_id()
        quote_id = self.current_quote_id()
        self._reload_choices()
        self.speakers.reload()
        self.sources.library_changed()
        counts = self.library.counts()
        self.stack.setCurrentWidget(self.empty if counts.articles == 0 else self.splitter)
        if speaker_id is not None:
            self.select_speaker(speaker_id)
        else:
            self._apply_quote_filters()
        if quote_id is not None:
            self.select_quote(quote_id)
        self._show_person()
        if self.duplicates is not None and self.duplicates.isVisible():
            self.duplicates.reload()
        self.statusBar().showMessage(
            " \u00b7 ".join(
                _count(n, noun)
                for n, noun in (
                    (counts.articles, "article"),
                    (counts.speakers, "speaker"),
                    (counts.quotes, "quote"),
                )
            )
        )

    def _reload_choices(self) -> None:
        for combo, everything, items in (
            (self.outlet, "All outlets", self.library.outlets()),
            (self.tag, "All tags", self.library.tags()),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item in items:
                combo.addItem(item, item)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_speaker_id(self) -> int | None:
        index = self.speaker_view.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def current_quote(self) -> QuoteRow | None:
        index = self.quote_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_quote_id(self) -> int | None:
        quote = self.current_quote()
        return quote.id if quote else None

    def select_speaker(self, speaker_id: int) -> None:
        row = self.speakers.row_of_id(speaker_id)
        if row is None:
            self.speaker_view.clearSelection()
            self._apply_quote_filters()
            return
        self.speaker_view.setCurrentIndex(self.speakers.index(row, 0))
        self.speaker_view.scrollTo(self.speakers.index(row, 0))

    def select_quote(self, quote_id: int) -> None:
        row = self.quotes.row_of_id(quote_id)
        if row is None:  # a quote of another speaker: show the article's quotes
            self.speaker_view.clearSelection()
            self.quotes.set_query(speaker_id=None)
            row = self.quotes.row_of_id(quote_id)
        if row is not None:
            self.quote_view.setCurrentIndex(self.quotes.index(row, 0))
            self.quote_view.scrollTo(self.quotes.index(row, 0))

    def _show_person(self) -> None:
        speaker_id = self.current_speaker_id()
        self.speaker_panel.show_person(
            self.library.person(speaker_id) if speaker_id is not None else None
        )

    def _apply_speaker_filter(self) -> None:
        self.speakers.set_query(text=self.speaker_filter.text())

    def _kind_changed(self) -> None:
        self.speakers.set_query(kinds=self._kinds())
        self._apply_quote_filters()

    def _kinds(self) -> tuple[str, ...]:
        kind = self.kind.currentData()
        return (kind,) if kind else ()

    def _speaker_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_person()
        self._apply_quote_filters()
        self.timeline.show_speaker(self.current_speaker_id())
        if current.isValid() and self.quotes.rowCount():
            self.quote_view.setCurrentIndex(self.quotes.index(0, 0))

    def _apply_quote_filters(self) -> None:
        speaker_id = self.current_speaker_id()
        self.quotes.set_query(
            speaker_id=speaker_id,
            search=self.search.text(),
            outlet=self.outlet.currentData(),
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            kinds=self._kinds(),
            tag=self.tag.currentData(),
            starred=self.starred.isChecked(),
            hidden=self.show_hidden.isChecked(),
        )
        self.quote_view.setColumnHidden(1, speaker_id is not None)  # the speaker is in the title
        who = self.speakers.row(self.speaker_view.currentIndex().row()).name if speaker_id else None
        what = f"Quotes by {who}" if who else "All quotes"
        if self.search.text().strip():
            what += f" matching \u201c{self.search.text().strip()}\u201d"
        if self.quotes.total == 0:
            hint = (
                "no results \u2014 try fewer words or clear a filter"
                if self.search.text()
                else "none"
            )
            self.quote_title.setText(f"<b>{html.escape(what)}</b> \u2014 {hint}")
        else:
            self.quote_title.setText(f"<b>{html.escape(what)}</b> ({self.quotes.total})")
        self.sources.follow(self.quotes.query.filters())

    def _quote_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        quote: QuoteRow = current.data(ROW_ROLE)
        self._show_in_article(quote)
        self.quoteSelected.emit(quote.id)

    def _show_in_article(self, quote: QuoteRow) -> None:
        article = self.library.article(quote.article_id)
        self.article.show_article(article, self.library.article_quotes(article.id))
        self.article.select_quote(quote)

    def open_quote(self, quote_id: int) -> None:
        """A quote in its article (a point of the timeline), selected in the list if
        the list holds it already."""
        loaded = [quote.id for quote in self.quotes.loaded()]
        if quote_id in loaded:
            index = self.quotes.index(loaded.index(quote_id), 0)
            self.quote_view.setCurrentIndex(index)
            self.quote_view.scrollTo(index)
        else:
            self.quote_view.clearSelection()
            self._show_in_article(self.library.quote(quote_id))

    def open_speaker(self, speaker_id: int) -> None:
        """A speaker in the speakers pane (a bar of the Sources view's chart)."""
        self.tabs.setCurrentWidget(self.stack)
        if self.speakers.row_of_id(speaker_id) is None and self.speaker_filter.text():
            self.speaker_filter.clear()
            self._filter_timer.stop()
            self._apply_speaker_filter()
        self.select_speaker(speaker_id)

    # ------------------------------------------------------------------ citations
    def cited(self, quote: QuoteRow) -> CitedQuote:
        return CitedQuote(
            quote=quote.text, speaker=quote.speaker_name, role=quote.role,
            title=quote.article_title, outlet=quote.outlet, author=quote.author,
            published=quote.published, url=quote.url,
        )  # fmt: skip

    def copy_citation(self, style: str | None = None) -> None:
        quote = self.current_quote()
        if quote is None:
            return
        citation = cite(self.cited(quote), style or self.style.currentData())
        mime = QMimeData()
        mime.setText(citation.text)
        mime.setHtml(citation.html)
        QGuiApplication.clipboard().setMimeData(mime)
        self.statusBar().showMessage("Citation copied", 3000)

    def copy_quote(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            QGuiApplication.clipboard().setText(f"\u201c{quote.text.strip()}\u201d")

    def open_article(self) -> None:
        quote = self.current_quote()
        if quote is None:
            return
        if quote.url and QUrl(quote.url).scheme().lower() in {"http", "https"}:
            QDesktopServices.openUrl(QUrl(quote.url))  # never javascript:, file: or app links
        elif quote.source_path and Path(quote.source_path).exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(quote.source_path))
        else:
            QMessageBox.information(
                self,
                "Source not found",
                literal_html(
                    f"The source file is no longer at {quote.source_path or 'its old place'}; "
                    "the article's text is kept in the library."
                ),
            )

    # ------------------------------------------------------------------ menus
    def _quote_menu(self, point) -> None:  # noqa: ANN001
        quote = self.current_quote()
        if quote is None:
            return
        menu = QMenu(self)
        menu.addAction("Copy quote", self.copy_quote)
        menu.addAction("Copy citation", self.copy_citation)
        menu.addAction("Copy as Markdown", lambda: self.copy_citation("markdown"))
        menu.addAction("Open article", self.open_article)
        menu.addSeparator()
        menu.addAction("Attribute to\u2026", lambda: self.reassign_quote(quote.id))
        if quote.hidden:
            menu.addAction("Restore quote", lambda: self.hide_quote(quote.id, False))
        else:
            menu.addAction("Not a quote", lambda: self.hide_quote(quote.id, True))
        menu.addAction(
            "Unstar" if quote.starred else "Star",
            lambda: self._push(
                commands.star_quote(self.library, quote.id, not quote.starred, self.refresh)
            ),
        )
        menu.addAction("Tag\u2026", lambda: self.tag_quote(quote.id))
        menu.exec(self.quote_view.viewport().mapToGlobal(point))

    def _speaker_menu(self, point) -> None:  # noqa: ANN001
        speaker_id = self.current_speaker_id()
        if speaker_id is None:
            return
        menu = QMenu(self)
        menu.addAction("Edit speaker\u2026", lambda: self.edit_speaker(speaker_id))
        menu.addAction("Merge into\u2026", lambda: self.merge_into(speaker_id))
        joined = [v for v in self.library.person(speaker_id).variants if v.by == "machine"]
        if joined:
            split = menu.addMenu("Split off")
            for variant in joined:
                split.addAction(
                    f"{variant.name} ({variant.quote_count} quotes)",
                    lambda v=variant.id: self.split_speaker(v),
                )
        menu.addAction("Possible duplicates\u2026", self.show_duplicates)
        menu.exec(self.speaker_view.viewport().mapToGlobal(point))

    def _article_menu(self, point) -> None:  # noqa: ANN001
        menu = self.article.text.createStandardContextMenu()
        span = self.article.text.selected_span()
        if span is not None and self.article.article is not None:
            menu.addSeparator()
            menu.addAction("Attribute to\u2026", lambda: self.add_quote(*span))
        menu.exec(self.article.text.viewport().mapToGlobal(point))

    # ------------------------------------------------------------------ corrections
    def _push(self, command: commands.LibraryCommand) -> None:
        self.undo_stack.push(command)

    def hide_quote(self, quote_id: int, hidden: bool) -> None:
        self._push(commands.hide_quote(self.library, quote_id, hidden, self.refresh))

    def set_speaker_gender(self, speaker_id: int, gender: str | None) -> None:
        self._push(commands.set_gender(self.library, speaker_id, gender, self.refresh))

    def reassign_quote(self, quote_id: int, speaker_id: int | None = None) -> None:
        if speaker_id is None:
            speaker_id = SpeakerChooser(self.library, "Attribute quote to", self).speaker_id()
        if speaker_id is not None:
            self._push(commands.reassign_quote(self.library, quote_id, speaker_id, self.refresh))

    def edit_speaker(
        self, speaker_id: int, values: tuple[str, str | None, str] | None = None
    ) -> None:
        if values is None:
            dialog = SpeakerEditor(self.library.speaker(speaker_id), self)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            values = dialog.values()
        name, role, kind = values
        if name:
            self._push(
                commands.edit_speaker(self.library, speaker_id, name, role, kind, self.refresh)
            )

    def merge_into(self, merged_id: int) -> None:
        keep = SpeakerChooser(self.library, "Merge into speaker", self).speaker_id()
        if keep is not None and keep != merged_id:
            self.merge_speakers(keep, merged_id)

    def merge_speakers(self, keep_id: int, merged_id: int) -> None:
        self._push(commands.merge_speakers(self.library, keep_id, merged_id, self.refresh))
        self.select_speaker(keep_id)

    def split_speaker(self, variant_id: int) -> None:
        """A name form the library joined to this person is someone else."""
        self._push(commands.split_speaker(self.library, variant_id, self.refresh))

    def show_duplicates(self) -> DuplicatesView:
        """The pairs of speakers the library could not decide, to accept or reject."""
        if self.duplicates is None:
            self.duplicates = DuplicatesView(self.library, self._push, self.refresh, self)
        self.duplicates.reload()
        self.duplicates.show()
        self.duplicates.raise_()
        return self.duplicates

    def add_quote(self, start: int, end: int, speaker_id: int | None = None) -> None:
        article = self.article.article
        if article is None:
            return
        if speaker_id is None:
            speaker_id = SpeakerChooser(self.library, "Attribute selection to", self).speaker_id()
        if speaker_id is not None:
            self._push(
                commands.add_quote(self.library, article.id, start, end, speaker_id, self.refresh)
            )

    def tag_quote(self, quote_id: int, tag: str | None = None) -> None:
        if tag is None:
            tag, ok = QInputDialog.getText(self, "Tag quote", "Tag (a story, a topic):")
            if not ok:
                return
        if tag.strip():
            self._push(commands.tag_quote(self.library, quote_id, tag.strip(), self.refresh))

    # ------------------------------------------------------------------ import and export
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

    def _reanalyse_done(self, count: int) -> None:
        self.statusBar().showMessage(
            f"{_count(count, 'article')} re-analysed; every correction kept", 10_000
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
        message = "Already in the library" if added.duplicate else "Article added"
        self.statusBar().showMessage(message, 5000)

    def export_quotes(self, fmt: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export quotes", f"quotes.{fmt}")
        if not path:
            return
        rows = self.library.iter_quotes(speaker_id=self.current_speaker_id())
        with open(path, "w", encoding="utf-8", newline="") as out:
            export(rows, fmt, out)
        self.statusBar().showMessage(f"Exported to {path}", 5000)

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)
            event.acceptProposedAction()


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return box


def _count(n: int, noun: str) -> str:
    """ "1 article", "18 quotes"."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
