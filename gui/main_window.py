"""The main window: speakers | quotes | article, with search, filters and citations.

The window is put together from one module per concern, each a mixin of
:class:`MainWindow`: ``gui.toolbar`` (search, filters, citation style), ``gui.menus``
(menu bar and context menus), ``gui.corrections`` (undoable corrections) and
``gui.importing`` (import, re-analysis, export, drag and drop). This module holds the
panes, the selection and what the quote list shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from itertools import islice
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.citation import STYLES, Citation, CitedQuote, as_written, cite, paraphrase
from core.document import SpeakerKind
from core.library import Library
from core.queries import NARROWING
from core.records import ALL_KINDS, QuoteRow, SpeakerRow
from gui import scope
from gui.article_actions import ArticleActions
from gui.article_view import ArticleView
from gui.corrections import CorrectionsMixin
from gui.demo_offer import DemoOffer
from gui.duplicates import DuplicatesView
from gui.history import CorrectionsLog
from gui.importing import ImportMixin
from gui.marks import MatchDelegate
from gui.menus import MenusMixin
from gui.models import (
    COUNTED_AT_MOST,
    PAGE,
    ROW_ROLE,
    QuoteModel,
    SpeakerModel,
    counted,
    literal_html,
    other_versions,
    quotes_and_statements,
)
from gui.scope import Place, Scope
from gui.sources_view import SourcesView
from gui.speaker_view import SpeakerPanel, SpeakerTable
from gui.status_bar import StatusBar
from gui.tables import ARTICLE, OUTLET, QUOTE, QUOTE_COLUMNS, SPEAKER, VERSIONS, FittedTable
from gui.timeline import PersonTimeline
from gui.toolbar import ToolbarMixin
from gui.variants_panel import VariantsPanel
from gui.why_speaker import WhySpeaker
from gui.workers import ImportWorker, ReanalyseWorker

LISTED_AT_MOST = 500  # citations "Copy citations of listed quotes" puts together
SORT_FINDS_WITHIN = 25 * PAGE  # rows read to find the selected quote again after a sort


class MainWindow(ToolbarMixin, MenusMixin, CorrectionsMixin, ImportMixin):
    quoteSelected = Signal(int)  # noqa: N815
    damageChecked = Signal(str)  # noqa: N815 - the background check's finding, or ""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.setStatusBar(StatusBar(self))
        self.library = library
        self.settings = QSettings()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._history_moved)
        self.pool = QThreadPool.globalInstance()
        self.worker: ImportWorker | ReanalyseWorker | None = None
        self.setWindowTitle("On Record")
        self.setAcceptDrops(True)

        self.speakers = SpeakerModel(library)
        self.quotes = QuoteModel(library)
        for model in (self.speakers, self.quotes):
            model.unreadable.connect(self.library_damaged)
        self.scope = Scope()  # whose quotes the list shows (gui/scope.py)
        self._back: Place | None = None  # where a click on another's quote came from
        self._restoring = 0  # > 0 while the window itself moves the selection
        self._build_views()
        self._build_toolbar()
        self.article_actions = ArticleActions(self)
        self._build_menus()
        self._build_versions()
        for box, view, timer, apply in (
            (self.search, self.quote_view, self._search_timer, self._search_edited),
            (
                self.speaker_filter,
                self.speaker_view,
                self._filter_timer,
                self._apply_speaker_filter,
            ),
        ):
            ListKeys(box, view, partial(_flush, timer, apply), self)
            view.endNotReached.connect(self._end_not_reached)
        self._restore_settings()
        self.refresh()

    # ------------------------------------------------------------------ layout
    def _build_versions(self) -> None:
        """The Versions panel under the panes, opened from the article's "3 other
        versions" link or View \u2192 Versions; it follows the selected quote."""
        self.variants = VariantsPanel(
            self.library, self._push, lambda quote: self.copy_citation(quote=quote)
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.variants)
        self.variants.hide()
        self.variants.quoteActivated.connect(self.select_quote)
        self.article.versionsClicked.connect(self.variants.show)
        self.undo_stack.indexChanged.connect(self.variants.history_moved)
        view = QMenu("&View", self)
        toggle = self.variants.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+O"))
        view.addAction(toggle)
        view.addSeparator()
        self.back_action = view.addAction("Back", self.go_back)
        self.back_action.setShortcuts(QKeySequence.StandardKey.Back)  # Alt+Left
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.setEnabled(False)
        self.addAction(self.back_action)
        view.addSeparator()
        self._build_sort_menu(view.addMenu("Sort &quotes"))
        self.menuBar().insertMenu(self.menuBar().actions()[-1], view)  # before Help

    def _build_sort_menu(self, menu: QMenu) -> None:
        """The quote list's orders in words ("Newest first", "By speaker, Z to A"), the
        one in force ticked: the header's arrow alone (\u25b4 for newest first, Qt's
        convention) reads as "ascending" to many."""
        group = QActionGroup(menu)
        self.sort_actions: dict[tuple[int, Qt.SortOrder], QAction] = {}
        for (column, order), words in QuoteModel.ORDER_WORDS.items():
            action = menu.addAction(words[0].upper() + words[1:])
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=column, o=order: self.sort_quotes(c, o))
            self.sort_actions[column, order] = action
        self.quotes.resorted.connect(lambda: self._say_heading())
        self._tick_sort()

    def sort_quotes(self, column: int, order: Qt.SortOrder) -> None:
        """Sort the list as a header's click does (the indicator moves, the quote read
        stays selected)."""
        self.quote_view.horizontalHeader().setSortIndicator(column, order)

    def _tick_sort(self) -> None:
        """The order in force ticked; "Newest first" says "Most relevant first" while a
        search is ranked so."""
        for (column, order), action in self.sort_actions.items():
            words = self.quotes.order_words(column, order)
            action.setText(words[0].upper() + words[1:])
        self.sort_actions[self.quotes.sort_column, self.quotes.sort_order].setChecked(True)
        # ranked by relevance, no column holds the order: the Date arrow would say one did
        header = self.quote_view.horizontalHeader()
        if header.isSortIndicatorShown() == self.quotes.by_relevance:
            header.setSortIndicatorShown(not self.quotes.by_relevance)
            self.quote_view.fit_columns()

    def _build_views(self) -> None:
        self.speaker_filter = QLineEdit()
        self.speaker_filter.setPlaceholderText("Filter speakers\u2026")
        self.speaker_filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=80)  # a keystroke costs ~30 ms
        self._filter_timer.timeout.connect(self._apply_speaker_filter)
        self.speaker_filter.textChanged.connect(lambda _: self._filter_timer.start())

        self.speaker_view = SpeakerTable()
        self.speaker_view.setModel(self.speakers)
        self._kept_speaker: int | None = None
        self.speakers.modelAboutToBeReset.connect(self._keep_speaker)
        self.speakers.modelReset.connect(self._restore_speaker)
        self.speaker_view.setSortingEnabled(True)
        self.speaker_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self._tidy_table(self.speaker_view)
        self.speaker_view.selectionModel().currentRowChanged.connect(self._speaker_changed)
        self.speaker_view.mergeRequested.connect(self.merge_speakers)
        self.speaker_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.speaker_view.customContextMenuRequested.connect(self._speaker_menu)

        self.speaker_panel = SpeakerPanel()
        self.duplicates: DuplicatesView | None = None
        self.corrections_log: CorrectionsLog | None = None

        self.quote_title = QLabel()
        self.quote_title.setTextFormat(Qt.TextFormat.RichText)
        self.quote_title.setWordWrap(True)
        # however long the search, the heading wraps: it never widens the window
        self.quote_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.quote_title.linkActivated.connect(self._heading_link)
        self.quote_view = FittedTable(QUOTE_COLUMNS)
        self.quote_view.setModel(self.quotes)
        self._tidy_table(self.quote_view)
        self.quote_view.setWordWrap(True)
        self.quote_view.verticalHeader().setDefaultSectionSize(50)  # three lines of a quote
        self.quote_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.marks = MatchDelegate(self.quote_view)
        for column in (QUOTE, SPEAKER):  # a search's matches, in the words and the name
            self.quote_view.setItemDelegateForColumn(column, self.marks)
        self.quote_view.selectionModel().currentRowChanged.connect(self._quote_changed)
        self.quotes.rowsInserted.connect(lambda *_: self._fit_article_columns())  # a further page
        self.quote_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.quote_view.customContextMenuRequested.connect(self._quote_menu)
        # sorted by a header's click (Date, Speaker, Article), newest first at the start;
        # the indicator set without a read: the first refresh reads the list
        header = self.quote_view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.quotes.sort_column, self.quotes.sort_order)
        header.blockSignals(False)
        self.quote_view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._quote_sort_clicked)
        self._kept_quote: int | None = None
        self.quotes.aboutToSort.connect(self._keep_quote)
        self.quotes.resorted.connect(self._restore_quote)

        self.article = ArticleView()
        self.article.quoteClicked.connect(self.select_quote)
        self.article.text.copyCitation.connect(self._copy_highlighted)
        self.article.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.article.text.customContextMenuRequested.connect(self._article_menu)
        self.why = WhySpeaker(self.library, self.article)

        self.timeline = PersonTimeline(self.library)
        self.timeline.quoteActivated.connect(self.open_quote)
        self.timeline.genderChosen.connect(self.set_speaker_gender)
        self.left_splitter = left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(_column(self.speaker_filter, self.speaker_view, self.speaker_panel))
        left.addWidget(self.timeline)
        left.setSizes([470, 330])
        middle = _column(self.quote_title, self.quote_view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, self.article):
            self.splitter.addWidget(widget)
        for pane, (stretch, smallest) in enumerate(((3, 200), (4, 270), (3, 230))):
            self.splitter.setStretchFactor(pane, stretch)  # the quotes widen most
            self.splitter.widget(pane).setMinimumWidth(smallest)
        self.splitter.setSizes([460, 540, 400])  # roles are what make a speaker list useful

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

        # where the rows in view stand in the whole list, when the scroll bar cannot say it
        # (it spans only the rows read: the first pages, or a window read around a jump)
        self.list_place = QLabel()
        self.list_place.setContentsMargins(12, 0, 12, 0)  # apart from the message and counts
        self.list_place.hide()
        self.statusBar().add_beside(self.list_place)
        self._place_timer = QTimer(self, singleShot=True, interval=0)  # once laid out
        self._place_timer.timeout.connect(self._say_list_place)
        bar = self.quote_view.verticalScrollBar()
        for signal in (bar.valueChanged, bar.rangeChanged, self.quotes.modelReset,
                       self.quotes.rowsInserted):  # fmt: skip
            signal.connect(lambda *_: self._place_timer.start())
        self.counts_label = self.statusBar().counts  # beside the passing messages

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        self.sources = SourcesView(self.library)
        self.sources.speakerActivated.connect(self.open_speaker)
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.addTab(self.stack, "Q&uotes")  # Alt+Q opens the Quote menu at once
        self.tabs.addTab(self.sources, "&Sources")
        self.tabs.currentChanged.connect(lambda _: self._place_timer.start())  # (the list's)
        self.setCentralWidget(self.tabs)
        self.demo_offer = DemoOffer(self.remove_demo)  # in the tab bar's free corner
        self.tabs.setCornerWidget(self.demo_offer, Qt.Corner.TopRightCorner)
        self.setTabOrder(self.speaker_filter, self.speaker_view)
        self.setTabOrder(self.speaker_view, self.quote_view)
        self.setTabOrder(self.quote_view, self.article.text)
        # one Tab from a speaker to their quotes; the person's gender and their timeline's
        # points (once drawn) come after the article, not among the filter boxes
        self.setTabOrder(self.article.text, self.timeline.gender)

    @staticmethod
    def _tidy_table(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setTabKeyNavigation(False)  # Tab leaves the list (the arrows move in it)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # the view fits them
        header.setHighlightSections(False)

    # ------------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        for splitter, key in ((self.splitter, "window/splitter"),
                              (self.left_splitter, "window/speakers-splitter")):  # fmt: skip
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        column = self.settings.value("speakers/sort-column")
        if column is not None:  # the order the reporter last sorted the speakers in
            order = Qt.SortOrder(int(self.settings.value("speakers/sort-order", 1)))
            self.speaker_view.sortByColumn(int(column), order)
        column = self.settings.value("quotes/sort-column")
        if column is not None:  # the order the reporter last sorted the quotes in
            order = Qt.SortOrder(int(self.settings.value("quotes/sort-order", 1)))
            if self.quotes.set_sort(int(column), order):  # read by the first refresh
                header = self.quote_view.horizontalHeader()
                header.blockSignals(True)
                header.setSortIndicator(self.quotes.sort_column, self.quotes.sort_order)
                header.blockSignals(False)
                self._tick_sort()
        style = self.settings.value("citation/style", "apa")
        index = self.style.findData(style)
        self.style.setCurrentIndex(max(0, index))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:  # once every label has the new one
            QTimer.singleShot(0, self, lambda: _relink(self))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._search_timer.stop()
        self._filter_timer.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/speakers-splitter", self.left_splitter.saveState())
        header = self.speaker_view.horizontalHeader()
        self.settings.setValue("speakers/sort-column", header.sortIndicatorSection())
        self.settings.setValue("speakers/sort-order", header.sortIndicatorOrder().value)
        self.settings.setValue("quotes/sort-column", self.quotes.sort_column)
        self.settings.setValue("quotes/sort-order", self.quotes.sort_order.value)
        self.settings.setValue("citation/style", self.style.currentData())
        self._save_place()
        self.settings.sync()
        if self.worker is not None:
            self.worker.cancel()
        super().closeEvent(event)

    def _save_place(self) -> None:
        """Where the reporter was: the list (speaker, article or search), the quote read,
        how far down the view it stood and the tab; ``resume`` returns there."""
        quote = self.current_quote_id()
        row = self.quote_view.currentIndex().row()
        top = self.quote_view.indexAt(self.quote_view.viewport().rect().topLeft()).row()
        place = {
            "quote": quote,
            "speaker": self.current_speaker_id(),
            "scope-speaker": self.scope.speaker_id,
            "article": self.scope.article_id,
            "search": self.search.text(),
            "from-top": row - top if 0 <= top <= row else None,
            "tab": self.tabs.currentIndex(),
        }
        for key, value in place.items():
            self.settings.setValue(f"place/{key}", "" if value is None else value)

    def resume(self) -> None:
        """Open where the reporter left off: the list they read (a speaker's, an
        article's, a search), the quote they read selected at the height it stood in the
        view, however deep in the list (``QuoteModel.reveal``), and the tab. A quote
        since removed, or no longer in that list, falls back to the list's first row,
        and the status bar says so; a first run starts at the newest quote."""

        def number(key: str) -> int | None:
            value = self.settings.value(f"place/{key}", "")
            try:
                return int(value)
            except (TypeError, ValueError):
                return None

        quote_id = number("quote")
        if quote_id is None:
            self.select_first()
            return
        speaker_id, scoped = self._listed_speaker(number("speaker")), number("scope-speaker")
        article_id, search = number("article"), str(self.settings.value("place/search", ""))
        with self._quietly():
            if speaker_id is not None:
                row = self.speakers.row_of_id(speaker_id, 5 * PAGE)
                if row is not None:
                    self.speaker_view.setCurrentIndex(self.speakers.index(row, 0))
                    self.speaker_view.scrollTo(self.speakers.index(row, 0))
            self._set_search_text(search)
        self._show_person()
        self.timeline.show_speaker(self.current_speaker_id())
        try:
            title = self.library.article(article_id).title if article_id is not None else None
        except KeyError:
            article_id = None
        if article_id is not None:
            self._list_article(article_id, title or "")
        elif (scoped := self._listed_speaker(scoped)) is not None:
            self._set_scope(Scope(scoped, self.library.speaker(scoped).name))
        else:
            self._set_scope(Scope())
        row = self.quotes.reveal(quote_id, SORT_FINDS_WITHIN)
        if row is None:
            self.select_first()
            self.statusBar().showMessage(
                "The quote you were reading is no longer in this list (removed, marked not "
                "a quote or attributed elsewhere): Edit → Corrections made lists what changed",
                15_000,
            )
        else:
            self._show_row(row)
            from_top = number("from-top")
            if from_top is not None:  # at the height it stood in the view
                top = self.quotes.index(max(0, row - from_top), 0)
                self.quote_view.scrollTo(top, QAbstractItemView.ScrollHint.PositionAtTop)
            self.quote_view.setFocus()
        tab = number("tab")
        if tab is not None and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        # the speaker in view once their panel has taken its height from the list
        QTimer.singleShot(0, lambda: self.speaker_view.scrollTo(self.speaker_view.currentIndex()))

    def _listed_speaker(self, speaker_id: int | None) -> int | None:
        """``speaker_id`` if it is still a speaker with something said (not merged away)."""
        if speaker_id is None:
            return None
        try:
            speaker = self.library.speaker(speaker_id)
        except KeyError:
            return None
        return speaker_id if speaker.quote_count or speaker.statement_count else None

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        """Reload everything after the library changed, keeping what is listed and the
        selected quote (or the row it stood at, when it left the list)."""
        row = self.quote_view.currentIndex().row()
        position = self.quotes.first + row  # the list's row, below a jump too
        quote_id = self.current_quote_id()
        # the quotes beside it, which take its row if it leaves the list (found by their
        # keys below a jump, where reading down to its row would take seconds)
        beside = [
            self.quotes.row(n).id for n in (row + 1, row - 1) if 0 <= n < self.quotes.rowCount()
        ]
        top = self.quote_view.indexAt(self.quote_view.viewport().rect().topLeft())
        top_id = self.quotes.row(top.row()).id if top.isValid() else None
        self._reload_choices()
        counts = self.library.counts()
        self.has_statements = counts.statements > 0  # the list heading names them then
        self.stack.setCurrentWidget(self.empty if counts.articles == 0 else self.splitter)
        self.speakers.reload()
        self.sources.library_changed(live=self.worker is not None)  # paced in an import
        self.timeline.show_speaker(self.current_speaker_id())  # a correction may show there
        self.scope = self._scope_now()
        with self._quietly():
            self._apply_quote_filters()
        found = None if quote_id is None else self.quotes.reveal(quote_id, row + 1)
        for neighbour in beside if found is None and row >= 0 else ():  # it left the list
            if (found := self.quotes.reveal(neighbour, row + 2)) is not None:
                break
        if found is None and self.quotes.rowCount() and row >= 0:  # the row it stood at
            found = self.quotes.show_position(min(position, self.quotes.total - 1))
        scrolls = self.quote_view.hasAutoScroll()
        self.quote_view.setAutoScroll(False)  # the quote read stays chosen where it is
        if found is not None:
            self.quote_view.setCurrentIndex(self.quotes.index(found, 0))
        self.quote_view.setAutoScroll(scrolls)
        self._keep_top(top_id, top.row())
        self._show_person()
        if self.duplicates is not None and self.duplicates.isVisible():
            self.duplicates.reload()
        self.counts_label.setText(
            " \u00b7 ".join(
                counted(n, noun)
                for n, noun in (
                    (counts.articles, "article"),
                    (counts.speakers, "speaker"),
                    (counts.quotes, "quote"),
                    *([(counts.statements, "reported statement")] if counts.statements else []),
                )
            )
        )

    def _keep_top(self, quote_id: int | None, row: int) -> None:
        """The list's top row after a refresh is the quote that was at its top, wherever
        the articles stored meanwhile put it: quotes listed above it (newer, or sorted
        before) had pushed the rows in view down, and the quote read off the screen."""
        if quote_id is None or (at := self.quotes.reveal(quote_id, row + 1)) is None:
            return
        self.quote_view.scrollTo(self.quotes.index(at, 0), self.quote_view.ScrollHint.PositionAtTop)

    def _scope_now(self) -> Scope:
        """The list's scope as the library stands after a change: everyone's quotes for a
        speaker merged away or left with nothing said (a speaker only reported stays: the
        check had counted quotes alone, so a star on such a speaker's statement listed the
        whole library under them); a renamed speaker or retitled article named afresh in
        the heading."""
        scope = self.scope
        try:
            if scope.speaker_id is not None:
                said = self._listed_speaker(scope.speaker_id) is not None
                if not said and not self.show_hidden.isChecked():
                    return Scope()
                return replace(scope, speaker_name=self.library.speaker(scope.speaker_id).name)
            if scope.article_id is not None:
                return replace(scope, article_title=self.library.article(scope.article_id).title)
        except KeyError:  # (a removed article keeps its list: Ctrl+Z brings it back)
            return scope if scope.article_id is not None else Scope()
        return scope

    def _end_not_reached(self, loaded: int, listed: int) -> None:
        self.statusBar().showMessage(
            f"End: row {loaded:,} of {listed:,}, as far as the keys read a list this long; "
            "search or filter to narrow it",
            10_000,
        )

    def _history_moved(self, _index: int) -> None:
        self.refresh()  # a correction made, undone or redone
        self.article_actions.show_changes()  # an article's edited details, or its removal

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

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection changes made by the window itself, not by the reporter: the list
        keeps its scope."""
        self._restoring += 1
        try:
            yield
        finally:
            self._restoring -= 1

    def _quote_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a header the list does not sort by (the quote's words, Versions)
        leaves the indicator where the list's order is."""
        if not self.quotes.sortable(column):
            header = self.quote_view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.quotes.sort_column, self.quotes.sort_order)
            header.blockSignals(False)
            header.viewport().update()

    def _keep_quote(self) -> None:
        self._kept_quote = self.current_quote_id()

    def _restore_quote(self) -> None:
        """After a sort the quote selected before stays selected, scrolled to the middle
        of the list, however deep the new order puts it (its row is counted, and the list
        read down to it or jumped to it: ``QuoteModel.reveal``); a search ranked by
        relevance finds it at its rank (``QuoteModel.reveal``). Else the list starts at
        its top with the first row."""
        row = None
        if self._kept_quote is not None:
            row = self.quotes.reveal(self._kept_quote, SORT_FINDS_WITHIN)
        self._fit_article_columns()  # the columns as the rows now read
        if row is None and self.quotes.rowCount():
            row = 0
        if row is not None:
            self._show_row(row, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _show_row(
        self,
        row: int,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """Select the model's ``row`` and scroll to it; below a jump into a list that is
        no sparse one (a search counted only so far, the list read from a row far down),
        the status bar says that the rows above come as it scrolls up (and
        ``list_place`` where the rows in view stand). A sparse list's scroll bar says
        where the row stands itself."""
        index = self.quotes.index(row, 0)
        self.quote_view.setCurrentIndex(index)
        self.quote_view.scrollTo(index, hint)
        if self.quotes.first:
            # short: at 800 wide it shares the bar with where the rows stand (list_place)
            self.statusBar().showMessage("Rows above: scroll up", 10_000)

    def _say_list_place(self) -> None:
        """ "Rows 11,901–11,912 of 12,000" in the status bar while the quote list's
        scroll bar spans only the rows read (a long list read a page at a time): the
        bar's thumb at its end then means the end of what was read, not of the list;
        and in a list entered far down (sparse: the bar spans the whole list, the rows
        read as the view reaches them), where a thumb in a long bar is a rough guide.
        Hidden when the whole list is read."""
        model, view = self.quotes, self.quote_view
        whole = not model.sparse and model.first == 0 and not model.canFetchMore()
        listed = self.tabs.currentWidget() is self.stack and self.stack.currentWidget() is (
            self.splitter
        )
        if whole or not model.rowCount() or not listed:
            self.list_place.hide()
            return
        area = view.viewport().rect()
        top = view.indexAt(area.topLeft()).row()
        bottom = view.indexAt(area.bottomLeft()).row()
        top = max(0, top)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        first, last = model.first + top + 1, model.first + bottom + 1
        rows = f"Row {first:,}" if first == last else f"Rows {first:,}–{last:,}"
        of = f"{model.total:,}" if model.total_known else f"more than {COUNTED_AT_MOST:,}"
        self.list_place.setText(f"{rows} of {of}")
        read = f"rows {model.first + 1:,}–{model.first + model.rowCount():,}"
        below = " Rows below are read as you scroll down." if model.canFetchMore() else ""
        above = " Scroll up to read the rows above; Home goes to the first." if model.first else ""
        self.list_place.setToolTip(
            "The rows in view, of the whole list. The scroll bar spans the whole list; "
            "rows are read as you scroll to them (Home: the first, End: the last)."
            if model.sparse
            else f"The rows in view, of the whole list. The scroll bar spans only the rows "
            f"read so far ({read}).{below}{above}"
        )
        self.list_place.show()

    def _keep_speaker(self) -> None:
        """The speaker selected, or else the one whose quotes are listed: a filter typed
        to look for someone else hides their row, and clearing it selects them again
        beside their quotes (not a list of their quotes with no speaker selected)."""
        current = self.current_speaker_id()
        self._kept_speaker = current if current is not None else self.scope.speaker_id

    def _restore_speaker(self) -> None:
        """After the speaker list reloads (a filter, a sort, a correction), the speaker
        selected before stays selected if listed on its first pages."""
        if self._kept_speaker is None:
            return
        row = self.speakers.row_of_id(self._kept_speaker, PAGE)
        if row is not None:
            with self._quietly():
                self.speaker_view.setCurrentIndex(self.speakers.index(row, 0))

    def current_speaker(self) -> SpeakerRow | None:
        index = self.speaker_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_speaker_id(self) -> int | None:
        speaker = self.current_speaker()
        return speaker.id if speaker else None

    def current_quote(self) -> QuoteRow | None:
        index = self.quote_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_quote_id(self) -> int | None:
        quote = self.current_quote()
        return quote.id if quote else None

    def select_speaker(self, speaker_id: int) -> None:
        """Show a speaker's quotes, selected in the speaker list as a click would be (when
        among its first pages: a million-quote library is not listed to its end)."""
        row = self.speakers.row_of_id(speaker_id, 5 * PAGE)
        if row is not None:
            self.speaker_view.setCurrentIndex(self.speakers.index(row, 0))
            self.speaker_view.scrollTo(self.speakers.index(row, 0))
        else:
            with self._quietly():
                self.speaker_view.setCurrentIndex(QModelIndex())
        if self.scope.speaker_id != speaker_id:  # (already current: no signal came)
            self._set_scope(Scope(speaker_id, self.library.speaker(speaker_id).name))

    def select_quote(self, quote_id: int) -> None:
        """Select a quote wherever the list holds it, however deep (counted, then read
        down to or jumped to: ``QuoteModel.reveal``); one the list does not hold
        (another speaker's, clicked in the article) is shown among its article's quotes."""
        row = self.quotes.reveal(quote_id)
        if row is None:
            came_from = self._here()
            quote = self.library.quote(quote_id)
            self._list_article(quote.article_id, quote.article_title or "", came_from)
            row = self.quotes.row_of_id(quote_id)
        if row is not None:
            self._show_row(row)

    def show_article_quotes(self, article_id: int) -> None:
        """An article just added (imported or pasted): its quotes listed, the first one
        selected and the article in the reading pane, the keys in the list, whatever the
        window showed before (a search or a speaker is left for it)."""
        article = self.library.article(article_id)
        self._list_article(article_id, article.title or "")
        if self.quotes.rowCount():
            self.quote_view.setCurrentIndex(self.quotes.index(0, 0))
            self.quote_view.scrollTo(self.quotes.index(0, 0))
        else:  # none found, or none under the filters: the article is still read
            self.article.show_article(article, self.library.article_quotes(article_id, ALL_KINDS))
        self.tabs.setCurrentWidget(self.stack)
        self.quote_view.setFocus()

    def _list_article(self, article_id: int, title: str, came_from: Place | None = None) -> None:
        """List one article's quotes: no speaker chosen (no one's panel or timeline), no
        search; ``came_from`` is where Back returns to."""
        self._search_timer.stop()
        with self._quietly():
            self.speaker_view.setCurrentIndex(QModelIndex())
            self._set_search_text("")
        self._show_person()
        self.timeline.show_speaker(None)
        self._set_scope(Scope(article_id=article_id, article_title=title), came_from)

    def _set_search_text(self, text: str) -> None:
        """Put ``text`` in the search box without starting a search: the window sets the
        list itself."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)

    def select_first(self) -> None:
        """The newest quote of the whole library, no speaker chosen, the arrow keys in the
        quote list: where a session starts."""
        if self.quotes.rowCount():
            self.quote_view.setCurrentIndex(self.quotes.index(0, 0))
        self.quote_view.setFocus()

    def _show_person(self) -> None:
        speaker_id = self.current_speaker_id()
        self.speaker_panel.show_person(
            self.library.person(speaker_id) if speaker_id is not None else None
        )

    def _apply_speaker_filter(self) -> None:
        self.speakers.set_query(text=self.speaker_filter.text())
        self._note_no_speaker()

    def _kind_changed(self) -> None:
        self.speakers.set_query(kinds=self._kinds())
        self._note_no_speaker()
        self._apply_quote_filters()

    def _note_no_speaker(self) -> None:
        """An empty speaker list says why, and how to get the speakers back."""
        typed = self.speaker_filter.text().strip()
        noun = {"anonymous": "anonymous source"}.get(self.kind.currentData() or "", "")
        noun = noun or self.kind.currentData() or "speaker"
        if typed:
            note = f"No {noun} matches \u201c{typed}\u201d.\nEsc in the box clears it."
        elif self.speakers.query.within:
            note = f"No {noun} has a quote under these filters.\nClear filters lists them all."
        else:
            note = f"No {noun} in the library." if noun != "speaker" else ""
        self.speaker_view.set_empty_note(note)

    def _speaker_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        self._show_person()
        self.timeline.show_speaker(self.current_speaker_id())
        if current.isValid():
            speaker: SpeakerRow = current.data(ROW_ROLE)
            self._set_scope(Scope(speaker.id, speaker.name))
        elif self.scope.speaker_id is not None:
            self._set_scope(Scope())

    def _search_edited(self) -> None:
        """A new search looks through every speaker's quotes; clearing it goes back to
        the selected speaker's."""
        searching = bool(self.search.text().strip())
        if searching and not self.quotes.query.search.strip():
            self._set_scope(Scope())
        elif not searching and self.scope.article_id is None:
            speaker = self.current_speaker()
            self._set_scope(Scope(speaker.id, speaker.name) if speaker else Scope())
        else:
            self._apply_quote_filters()

    def _heading_link(self, href: str) -> None:
        if href == scope.CLEAR:
            self.clear_filters()
        elif href == scope.ALL:
            self._set_scope(Scope())
        elif href == scope.SPEAKER and (speaker := self.current_speaker()) is not None:
            self._set_scope(Scope(speaker.id, speaker.name))
        elif href == scope.BACK:
            self.go_back()
        self.quote_view.setFocus()

    def _set_scope(self, new: Scope, came_from: Place | None = None) -> None:
        """List ``new``; ``came_from`` is where Back returns to (any other move of the
        list forgets it)."""
        self.scope = new
        self._back = came_from
        self.back_action.setEnabled(came_from is not None)
        self.back_action.setText(f"Back to {came_from.label()}" if came_from else "Back")
        self._apply_quote_filters()

    def _here(self) -> Place:
        return Place(self.scope, self.current_speaker_id(), self.search.text(),
                     self.current_quote_id())  # fmt: skip

    def go_back(self) -> None:
        """Back to the list a click on another speaker's quote in the article left (that
        speaker, or that search), the quote read there selected again."""
        back = self._back
        if back is None:
            return
        self._search_timer.stop()
        with self._quietly():
            self._set_search_text(back.search)
            row = None
            if back.speaker_id is not None:
                row = self.speakers.row_of_id(back.speaker_id, 5 * PAGE)
            self.speaker_view.setCurrentIndex(
                self.speakers.index(row, 0) if row is not None else QModelIndex()
            )
            if row is not None:
                self.speaker_view.scrollTo(self.speakers.index(row, 0))
        self._show_person()
        self.timeline.show_speaker(self.current_speaker_id())
        self._set_scope(back.scope)
        if back.quote_id is not None:
            row = self.quotes.reveal(back.quote_id, 5 * PAGE)
            if row is not None:
                self._show_row(row)
        self.quote_view.setFocus()

    def _apply_quote_filters(self) -> None:
        """List the scope's quotes under the search and filters. The quote read before
        stays selected if it is still listed, else the first one is (a reporter's change;
        :meth:`refresh` restores the selection itself)."""
        quote_id = self.current_quote_id()
        filters = self.quote_filters()
        within = tuple((key, filters[key]) for key in NARROWING if filters.get(key))
        if within != self.speakers.query.within:  # an outlet's speakers, counted there
            self.speakers.set_query(within=within)
            self._note_no_speaker()
        self.quotes.set_query(
            speaker_id=self.scope.speaker_id,
            article_id=self.scope.article_id,
            search=self.search.text(),
            **filters,
        )
        self.quote_view.leave_out(SPEAKER, self.scope.speaker_id is not None)  # in the heading
        no_versions = not self.quotes.versions and not self.quotes.canFetchMore()
        self.quote_view.leave_out(VERSIONS, no_versions)  # a whole list without any
        self._fit_article_columns()
        selected = self.current_speaker()
        filtered = self.filters_active()
        self.clear_filters_action.setEnabled(filtered)
        self._say_heading(filtered, selected and selected.name)
        if self.quotes.rowCount() and not self._restoring:
            row = None if quote_id is None else self.quotes.row_of_id(quote_id, PAGE)
            self.quote_view.setCurrentIndex(self.quotes.index(row or 0, 0))
        elif not self.quotes.rowCount():
            self.article.show_placeholder(
                "No quote to show."
                if self.quotes.query.search or filtered
                else "Select a quote to read it in its article."
            )
        self.sources.follow(self.quotes.query.filters())

    def _say_heading(self, filtered: bool | None = None, selected: str | None = None) -> None:
        """The list's heading (``scope.heading``): what is listed, how many, in what
        order when a search (most relevant first, or newest first past what is ranked),
        and the ways to widen it; again after a sort."""
        if filtered is None:
            filtered, speaker = self.filters_active(), self.current_speaker()
            selected = speaker and speaker.name
        self.quote_title.setText(
            scope.heading(
                self.scope,
                self.search.text(),
                self.quotes.total,
                filtered,
                selected,
                self.listed(),
                self._back.label() if self._back else None,
                self.quotes.order_note(),
                scope.filter_words(self.quote_filters()),
            )
        )
        self._tick_sort()

    def _fit_article_columns(self) -> None:
        """No Outlet or Article column where every quote listed has the same one (an
        article's quotes, a speaker quoted in one story, a library of one paper's
        articles, or files without an outlet): the heading and the reading pane name it,
        and a column of one name repeated only narrowed the quotes. A further page that
        brings another brings the column back."""
        loaded = self.quotes.loaded()
        one_outlet = len({quote.outlet or "" for quote in loaded}) <= 1
        self.quote_view.leave_out(OUTLET, one_outlet)
        one_article = len({quote.article_id for quote in loaded}) <= 1
        self.quote_view.leave_out(ARTICLE, self.scope.article_id is not None or one_article)

    def _quote_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        quote: QuoteRow = current.data(ROW_ROLE)
        self._show_in_article(quote)
        self.article.set_versions(other_versions(self.quotes.versions.get(quote.id, 0)))
        self.variants.show_quote(quote.id)
        self.quoteSelected.emit(quote.id)

    def _show_in_article(self, quote: QuoteRow) -> None:
        article = self.library.article(quote.article_id)
        shown = self.library.article_quotes(article.id, ALL_KINDS)  # reported speech too
        self.article.show_article(article, shown, quote)

    def open_quote(self, quote_id: int) -> None:
        """A quote in its article (a point of the timeline), selected in the list if
        the list holds it, however deep (``QuoteModel.reveal``)."""
        row = self.quotes.reveal(quote_id)
        if row is not None:
            self._show_row(row)
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
        speaker = quote.speaker_name
        if quote.speaker_kind == SpeakerKind.ORGANISATION:
            speaker = as_written(speaker, self.library.article(quote.article_id).text)
        return CitedQuote(
            quote=quote.text, speaker=speaker, role=quote.role,
            title=quote.article_title, outlet=quote.outlet, author=quote.author,
            published=quote.published, url=quote.url,
        )  # fmt: skip

    def _citation(self, quote: QuoteRow, style: str) -> Citation:
        """A quote's citation in ``style``, reported speech as a paraphrase."""
        cited = self.cited(quote)
        return paraphrase(cited, style) if quote.reported else cite(cited, style)

    def copy_citation(self, style: str | None = None, quote: QuoteRow | None = None) -> None:
        quote = quote or self.current_quote()
        if quote is None:
            self.statusBar().showMessage("No quote selected to cite", 4000)
            return
        style = style or self.style.currentData()
        _to_clipboard([self._citation(quote, style)])
        what = "paraphrase" if quote.reported else "quote"
        self.statusBar().showMessage(f"{STYLES[style]} citation copied ({what})", 4000)

    def copy_listed_citations(self) -> None:
        """The citations of the quotes listed (a speaker's, a search's, the starred ones),
        in the list's order, a blank line apart: several quotes cited for a story at once,
        where Ctrl+C cites one. At most :data:`LISTED_AT_MOST`, and the status bar says
        how to narrow a longer list."""
        style = self.style.currentData()
        listed = self.library.iter_quotes(**self.quotes.query.filters(), **self.quotes.order)
        quotes = list(islice(listed, LISTED_AT_MOST))
        if not quotes:
            self.statusBar().showMessage("No quote listed to cite", 4000)
            return
        _to_clipboard([self._citation(q, style) for q in quotes])
        what = _quotes_and_statements(quotes)
        message = f"{STYLES[style]} citations copied: {what}, as listed"
        if len(quotes) == LISTED_AT_MOST and next(listed, None) is not None:
            message = (
                f"{STYLES[style]} citations copied: the first {LISTED_AT_MOST} listed, {what}; "
                "narrow the list (a speaker, a search, Starred) to cite the rest"
            )
        self.statusBar().showMessage(message, 8000)

    def _copy_highlighted(self) -> None:
        """Ctrl+C in the article with nothing selected: the citation of the quote
        highlighted there (the one the list selects, or a timeline point's)."""
        shown = self.article.selected
        if shown is not None:
            self.copy_citation(quote=shown)

    def copy_quote(self) -> None:
        """The words alone: a quote inside quotation marks, reported speech without."""
        quote = self.current_quote()
        if quote is not None:
            words = quote.text.strip()
            QGuiApplication.clipboard().setText(words if quote.reported else f"\u201c{words}\u201d")

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


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return box


def _flush(timer: QTimer, apply: Callable[[], None]) -> None:
    """What ``timer`` waits to do (a box's words applied to its list), done now."""
    if timer.isActive():
        timer.stop()
        apply()


class ListKeys(QObject):
    """Keys that move between a box and the list it searches: Down or Enter go to the
    list (its first row if none is current), Escape empties the box. ``settle`` first
    applies what was typed, if the list waits for a pause in the typing: "clinton"
    typed and Down pressed at once had moved to the first row of the list unfiltered
    (Donald J. Trump), Enter to the quotes of a search not yet made."""

    def __init__(
        self, box: QLineEdit, view: QTableView, settle: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.box, self.view, self.settle = box, view, settle
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self.box or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if key == Qt.Key.Key_Escape and self.box.text():
            self.box.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.settle()
            self.view.setFocus()
            model = self.view.model()
            if not self.view.currentIndex().isValid() and model.rowCount():
                self.view.setCurrentIndex(model.index(0, 0))
            return True
        return False


def _relink(window: QWidget) -> None:
    """Lay out again each label holding a link: a label keeps the link colour of the
    palette it was given its text in (the light one's dark blue, unreadable on the dark
    palette's background once the desktop turns dark)."""
    for label in window.findChildren(QLabel):
        if "<a " in (text := label.text()):
            label.clear()
            label.setText(text)


def _quotes_and_statements(quotes: list[QuoteRow]) -> str:
    """What the quotes cited were: "6 quotes", "5 quotes and 1 reported statement (that
    one paraphrased)"."""
    reported = sum(q.reported for q in quotes)
    note = f" ({'that one' if reported == 1 else 'those'} paraphrased)" if reported else ""
    return quotes_and_statements(len(quotes) - reported, reported) + note


def _to_clipboard(citations: list[Citation]) -> None:
    """Citations on the clipboard, as plain text and as formatted text, a blank line apart."""
    mime = QMimeData()
    mime.setText("\n\n".join(c.text for c in citations))
    mime.setHtml("<br>".join(f"<div>{c.html}</div>" for c in citations))
    QGuiApplication.clipboard().setMimeData(mime)
