"""Article details…, Remove article… and Attribute selected text to…: the window's actions
on the article it shows.

Both are undoable commands on the window's undo stack. A removal asks first, naming the
article and how many quotes go with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from core.document import Metadata
from core.records import ALL_KINDS
from gui import commands
from gui.article_details import ArticleDetailsDialog
from gui.models import counted, literal_html

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class ArticleActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.details = QAction("Article details\u2026", window, shortcut=QKeySequence("Ctrl+I"))
        self.details.setStatusTip("Correct the title, author, outlet, date or link of the article")
        self.details.triggered.connect(lambda: self.edit())
        self.remove = QAction("Remove article\u2026", window)
        self.remove.setStatusTip("Remove the article and its quotes from the library")
        self.remove.triggered.connect(lambda: self.remove_article())
        # a quote the machine missed: its words selected in the article, then Ctrl+R there
        # as in the list (the right-click menu was the only way, and Quote → Attribute
        # to… acts on the quote selected in the list, not on the words selected)
        self.attribute = QAction("Attribute selected text to…", window)
        self.attribute.setShortcut(QKeySequence("Ctrl+R"))
        self.attribute.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.attribute.setStatusTip(
            "Add the words selected in the article as a quote (or reported speech) the "
            "machine missed"
        )
        self.attribute.triggered.connect(lambda: self.attribute_selection())
        window.article.text.addAction(self.attribute)
        window.quoteSelected.connect(lambda _: self._enable())
        self._enable()

    def article_id(self) -> int | None:
        shown = self.window.article.article
        return shown.id if shown is not None else None

    def edit(self, facts: Metadata | None = None) -> None:
        """Open the details of the article shown (or apply ``facts`` to it)."""
        article_id = self.article_id()
        if article_id is None:
            return
        article = self.window.library.article(article_id)
        if facts is None:
            dialog = ArticleDetailsDialog(article, self.window)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            facts = dialog.metadata()
        before = Metadata(
            article.title, article.outlet, article.author, article.published, article.url
        )
        if facts == before:  # OK on what was there: nothing to undo
            self.window.statusBar().showMessage("Article details unchanged", 5000)
            return
        done = f"Details of \u201c{facts.title or article.title or 'the article'}\u201d corrected"
        self.window._push(commands.edit_article(self.window.library, article_id, facts), done)

    def attribute_selection(self) -> None:
        """The words selected in the article added as a quote or reported speech, with
        the speaker asked for; with none selected, the status bar says how."""
        span = self.window.article.text.selected_span()
        if span is None or self.article_id() is None:
            self.window.statusBar().showMessage(
                "Select the words of the quote the machine missed in the article, then "
                "Ctrl+R (or right-click them) to attribute them",
                10_000,
            )
            return
        self.window.add_quote(*span)

    def remove_article(self) -> None:
        article_id = self.article_id()
        if article_id is None:
            return
        article = self.window.library.article(article_id)
        quotes = self.window.library.article_quotes(article_id, ALL_KINDS)
        said = sum(not q.reported for q in quotes)
        what = counted(said, "quote")
        if len(quotes) > said:
            what += f" and {counted(len(quotes) - said, 'reported statement')}"
        title = article.title or "this article"
        question = (
            f"Remove \u201c{title}\u201d and its {what} from "
            "the library? Edit \u2192 Undo (Ctrl+Z) brings them back."
        )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        answer = QMessageBox.question(
            self.window, "Remove article", literal_html(question), buttons,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            done = f"\u201c{title}\u201d removed with its {what}"
            undone = f"\u201c{title}\u201d back with its {what}"
            command = commands.remove_article(self.window.library, article_id)
            self.window._push(command, done, undone)

    def show_changes(self) -> None:
        """After a correction, its undo or redo (the window has refreshed its lists): the
        article pane with its article's facts as they are now, or a note if it is gone."""
        window = self.window
        shown = window.article.article
        if shown is not None:
            try:
                article = window.library.article(shown.id)
            except KeyError:
                window.article.show_placeholder("The article was removed (Ctrl+Z brings it back).")
            else:
                if article != shown:  # its details were edited
                    window.article.show_article(
                        article, window.article.quotes, window.article.selected
                    )
        self._enable()

    def _enable(self) -> None:
        shown = self.article_id() is not None
        self.details.setEnabled(shown)
        self.remove.setEnabled(shown)
        self.attribute.setEnabled(shown)
