"""The window's menu bar and its context menus (quotes, speakers, article text)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from core import __version__
from core.export import FORMATS
from core.records import QUOTE_KIND, marked_kind
from gui.article_actions import ArticleActions
from gui.models import counted

EDIT_KEY = QKeySequence(Qt.Key.Key_F2)  # edit the speaker, as F2 renames in a file manager
EXPORT_NAMES = {"csv": "CSV (spreadsheet)", "json": "JSON", "md": "Markdown"}  # core.export.FORMATS

ABOUT = f"""<h3>On Record {__version__}</h3>
<p>A quote and source browser for journalists.</p>
<p>Language models trained on the GUM corpus (Zeldes 2017): annotations CC BY 4.0;
texts CC BY 2.5 (Wikinews), CC BY-SA 3.0 (Wikipedia, Wikivoyage), CC BY 4.0
(academic, court). The reported-speech model trained on PolNeAR (Newell, Margolin
and Ruths 2018). First names from the US Census 1990 lists (public domain).
Demo article: Vivienne Machi, <i>Defense News</i>. Built with Qt for Python, NLTK,
sqlite-utils, nameparser and python-dateutil. On Record is MIT-licensed; the notices are
in NOTICE.md.</p>"""


class MenusMixin(QMainWindow):
    """Menus of :class:`gui.main_window.MainWindow`: File, Edit, Help, and the right-click
    menus of the three panes."""

    undo_stack: QUndoStack
    article_actions: ArticleActions

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.paste_action)
        file_menu.addAction(self.link_action)
        export_menu = file_menu.addMenu("Export listed quotes")
        export_menu.menuAction().setStatusTip(
            "The quotes and reported speech the list shows (a speaker's, a search's, the "
            "starred ones) to a file"
        )
        for fmt in FORMATS:
            export_menu.addAction(f"{EXPORT_NAMES[fmt]}…", lambda f=fmt: self.export_quotes(f))
        file_menu.addSeparator()
        self.reanalyse_action = file_menu.addAction(
            "Re-analyse library\u2026", self.reanalyse_library
        )
        self.reanalyse_action.setStatusTip(
            "Find quotes and speakers again in every article, keeping every correction"
        )
        file_menu.addSeparator()
        quit_action = file_menu.addAction("Quit", self.close)
        # Ctrl+Q where the desktop names no key for it (Windows, a bare X11 session)
        quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )

        edit = self.menuBar().addMenu("&Edit")
        undo, redo = self._build_undo_actions()
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self.copy_action = QAction("Copy citation", self, shortcut=QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_citation)
        # in the speaker list too: a speaker clicked selects their first quote, and
        # Ctrl+C there had copied the bare name (Qt's copy of the cell), never saying so
        for view in (self.quote_view, self.speaker_view):
            view.addAction(self.copy_action)
        self.edit_speaker_action = QAction("Edit speaker\u2026", self, shortcut=EDIT_KEY)
        self.edit_speaker_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_speaker_action.triggered.connect(self._edit_selected_speaker)
        self.speaker_view.addAction(self.edit_speaker_action)
        edit.addAction(self.copy_action)
        self.copy_listed_action = edit.addAction(
            "Copy citations of listed quotes",
            QKeySequence("Ctrl+Shift+A"),
            self.copy_listed_citations,
        )
        self.copy_listed_action.setStatusTip(
            "Every quote in the list, cited one after another (tick Starred, pick a "
            "speaker or search first to choose them)"
        )
        edit.addAction(
            "Possible duplicates\u2026", QKeySequence("Ctrl+Shift+D"), self.show_duplicates
        )
        edit.addAction(
            "Corrections made\u2026", QKeySequence("Ctrl+Shift+H"), self.show_corrections
        )
        find = QAction("Find", self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        edit.addAction(find)
        self.why_action = self.why.action(self, self.current_quote_id)
        edit.addAction(self.why_action)

        self._build_quote_menu()

        article_menu = self.menuBar().addMenu("&Article")
        article_menu.addAction(self.article_actions.attribute)
        article_menu.addSeparator()
        for action in (self.article_actions.details, self.article_actions.remove):
            article_menu.addAction(action)
            self.article.header.addAction(action)  # the article pane's own menu
        self.article.header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("About On Record", lambda: QMessageBox.about(self, "On Record", ABOUT))

    def _build_quote_menu(self) -> None:
        """The selected quote's corrections, in the menu bar and on keys in the list
        (Ctrl+R attributes, Delete marks not a quote): the right-click menu was their
        only way."""
        self.quote_actions = QuoteActions(self)
        menu = self.menuBar().addMenu("&Quote")
        self.quote_actions.fill(menu)
        menu.aboutToShow.connect(self.quote_actions.update)
        self.quote_view.selectionModel().currentRowChanged.connect(self.quote_actions.update)
        self.quote_actions.update()
        for action in self.quote_actions.keyed:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.quote_view.addAction(action)

    def _quote_menu(self, point) -> None:  # noqa: ANN001
        if self.current_quote() is None:
            return
        self.quote_actions.update()
        menu = QMenu(self)
        self.quote_actions.fill(menu)
        row = self.quote_view.visualRect(self.quote_view.currentIndex())
        if not row.contains(point):  # asked for away from the quote it acts on: beside it
            point = row.bottomLeft() + QPoint(24, 0)
        menu.exec(self.quote_view.viewport().mapToGlobal(point))

    def _speaker_menu(self, point) -> None:  # noqa: ANN001
        speaker_id = self.current_speaker_id()
        if speaker_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.edit_speaker_action)
        menu.addAction("Merge into\u2026", lambda: self.merge_into(speaker_id))
        joined = [v for v in self.library.person(speaker_id).variants if v.by == "machine"]
        if joined:
            split = menu.addMenu("Split off")
            for variant in joined:
                split.addAction(
                    f"{variant.name} ({counted(variant.quote_count, 'quote')})",
                    lambda v=variant.id: self.split_speaker(v),
                )
        menu.addAction("Possible duplicates\u2026", self.show_duplicates)
        menu.exec(self.speaker_view.viewport().mapToGlobal(point))

    def _edit_selected_speaker(self) -> None:
        speaker_id = self.current_speaker_id()
        if speaker_id is not None:
            self.edit_speaker(speaker_id)

    def _article_menu(self, point) -> None:  # noqa: ANN001
        menu = self.article.text.createStandardContextMenu()
        span = self.article.text.selected_span()
        if span is not None and self.article.article is not None:
            menu.addSeparator()
            kind = marked_kind(self.article.article.text, *span)
            what = "quote" if kind == QUOTE_KIND else "reported speech"
            menu.addAction(f"Attribute {what} to\u2026", lambda: self.add_quote(*span))
        menu.addSeparator()
        menu.addAction(self.article_actions.details)
        menu.addAction(self.article_actions.remove)
        menu.exec(self.article.text.viewport().mapToGlobal(point))


class QuoteActions:
    """What a reporter does to the selected quote, named for it ("Not a statement" for
    reported speech, "Restore quote" when hidden), for the Quote menu and the list's
    right-click menu alike."""

    def __init__(self, window: MenusMixin) -> None:
        self.window = w = window
        self.copy = QAction("Copy quote", w, shortcut=QKeySequence("Ctrl+Shift+C"))
        self.copy.triggered.connect(w.copy_quote)
        # keys free in the window, after the conventions reporters know: a browser's
        # bookmark star (Ctrl+D), T for tag, Ctrl+Enter opening a link, M for Markdown
        # beside Ctrl+Shift+C (Ctrl+Alt is AltGr on many layouts: never used)
        self.markdown = QAction("Copy as Markdown", w, shortcut=QKeySequence("Ctrl+Shift+M"))
        self.markdown.triggered.connect(lambda: w.copy_citation("markdown"))
        self.open = QAction("Open article", w)
        self.open.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.open.triggered.connect(w.open_article)
        self.attribute = QAction("Attribute to\u2026", w, shortcut=QKeySequence("Ctrl+R"))
        self.attribute.triggered.connect(lambda: self._act(w.reassign_quote))
        self.hide = QAction("Not a quote", w, shortcut=QKeySequence(Qt.Key.Key_Delete))
        self.hide.triggered.connect(
            lambda: self._act(lambda q: w.hide_quote(q, not self._hidden()))
        )
        self.star = QAction("Star", w, shortcut=QKeySequence("Ctrl+D"))
        self.star.triggered.connect(
            lambda: self._act(lambda q: w.star_quote(q, not self._starred()))
        )
        self.tag = QAction("Tag\u2026", w, shortcut=QKeySequence("Ctrl+T"))
        self.tag.triggered.connect(lambda: self._act(w.tag_quote))
        # the speaker's name and role, corrected from the quote that shows them wrong
        # (the speaker list's right-click menu had been the only way)
        self.speaker = QAction("Edit speaker\u2026", w, shortcut=EDIT_KEY)
        self.speaker.triggered.connect(self._edit_speaker)
        self.keyed = (self.copy, self.markdown, self.open, self.attribute, self.speaker,
                      self.hide, self.star, self.tag)  # fmt: skip

    def _act(self, act) -> None:  # noqa: ANN001
        quote = self.window.current_quote()
        if quote is not None:
            act(quote.id)

    def _edit_speaker(self) -> None:
        quote = self.window.current_quote()
        if quote is not None and quote.speaker_id is not None:
            self.window.edit_speaker(quote.speaker_id)

    def _hidden(self) -> bool:
        quote = self.window.current_quote()
        return bool(quote and quote.hidden)

    def _starred(self) -> bool:
        quote = self.window.current_quote()
        return bool(quote and quote.starred)

    def update(self, *_: object) -> None:
        """Names and enabled states for the quote selected now."""
        quote = self.window.current_quote()
        noun = quote.noun if quote is not None else "quote"
        self.copy.setText(f"Copy {noun}")
        self.hide.setText(
            f"Restore {noun}" if quote is not None and quote.hidden else f"Not a {noun}"
        )
        self.star.setText("Unstar" if quote is not None and quote.starred else "Star")
        for action in (*self.keyed, self.window.why_action):
            action.setEnabled(quote is not None)
        named = quote is not None and quote.speaker_id is not None
        self.speaker.setEnabled(named)
        self.speaker.setText(
            f"Edit {quote.speaker_name} (name, role)\u2026" if named else "Edit speaker\u2026"
        )

    def fill(self, menu: QMenu) -> None:
        w = self.window
        menu.addAction(self.copy)
        menu.addAction(w.copy_action)
        menu.addAction(self.markdown)
        menu.addAction(self.open)
        menu.addAction(w.why_action)
        menu.addAction(w.article_actions.details)
        menu.addSeparator()
        for action in (self.attribute, self.speaker, self.hide, self.star, self.tag):
            menu.addAction(action)
