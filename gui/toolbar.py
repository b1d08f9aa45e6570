"""The window's toolbars: import, search and citation style on top; the quote filters
(quotes and/or reported speech, kind, outlet, dates, tag, starred, hidden) on a row of
their own below, so that every control stays in sight from 1024 pixels wide up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSizePolicy,
    QToolBar,
)

from core.citation import STYLES
from core.dates import DateError, read_date
from core.records import ALL_KINDS, QUOTE_KIND, REPORTED_KINDS
from gui.elided import ElidedComboBox

SPEECH_FILTERS = (  # the choice of quotations and reported speech, the first the default
    ("Quotes and reported speech", ALL_KINDS),
    ("Quotes", (QUOTE_KIND,)),
    ("Reported speech", REPORTED_KINDS),
)


def keyed_tip(action: QAction, tip: str) -> None:
    """A toolbar button's tooltip: what it does, and its key as the menu shows it (the
    buttons had said only their own word)."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)


class ToolbarMixin(QMainWindow):
    """Builds the toolbars of :class:`gui.main_window.MainWindow`; their widgets become
    attributes of the window (``search``, ``kind``, ``outlet``, ``style``...). A new
    filter goes into ``filter_bar`` and :meth:`quote_filters`."""

    settings: QSettings
    has_statements = False  # does the library hold reported speech (set by refresh)

    def _build_toolbar(self) -> None:
        bar = self._toolbar("Main", "main-toolbar")
        self.import_action = QAction("Import\u2026", self, shortcut=QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.import_dialog)
        self.paste_action = QAction("Paste article", self, shortcut=QKeySequence("Ctrl+Shift+V"))
        self.link_action = QAction("Import from link\u2026", self, shortcut=QKeySequence("Ctrl+L"))
        self.link_action.triggered.connect(self.import_link)
        self.paste_action.triggered.connect(self.paste_article)
        keyed_tip(self.import_action, "Import articles: text, web pages, PDF, Word")
        keyed_tip(self.paste_action, "Paste an article's text from the clipboard")
        bar.addAction(self.import_action)
        bar.addAction(self.paste_action)
        bar.addSeparator()

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search all quotes and speakers (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setMaxLength(2000)  # a pasted page is not a search
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._search_edited)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        bar.addWidget(self.search)
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

        self.addToolBarBreak()
        self.filter_bar = self._toolbar("Filters", "filter-toolbar")
        self.filter_bar.addWidget(QLabel(" Show "))
        self.speech = QComboBox()
        self.speech.setToolTip("Quotations, reported speech (no quotation marks), or both")
        for label, kinds in SPEECH_FILTERS:
            self.speech.addItem(label, kinds)
        self.speech.currentIndexChanged.connect(self._apply_quote_filters)
        self.kind = QComboBox()
        self.kind.addItem("All kinds", "")
        for kind, label in (("person", "People"), ("organisation", "Organisations"),
                            ("anonymous", "Anonymous")):  # fmt: skip
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.outlet = _bounded_combo(10)
        self.outlet.currentIndexChanged.connect(self._apply_quote_filters)
        self.date_from = QLineEdit(placeholderText="From date", maximumWidth=130)
        self.date_to = QLineEdit(placeholderText="To date", maximumWidth=130)
        for edit in (self.date_from, self.date_to):
            # a whole ISO date stays readable however narrow the window
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2016-09-30") + 12)
            edit.setToolTip(DATE_HELP)
            edit.editingFinished.connect(lambda edit=edit: self._date_edited(edit))
        self.tag = _bounded_combo(8)
        self.tag.currentIndexChanged.connect(self._apply_quote_filters)
        self.starred = QCheckBox("Starred")
        self.starred.toggled.connect(self._apply_quote_filters)
        self.show_hidden = QCheckBox("Hidden")
        self.show_hidden.setToolTip("Show quotes marked \u201cnot a quote\u201d, to restore them")
        self.show_hidden.toggled.connect(self._apply_quote_filters)
        for widget in (self.speech, self.kind, self.outlet, self.date_from, self.date_to,
                       self.tag, self.starred, self.show_hidden):  # fmt: skip
            self.filter_bar.addWidget(widget)
        self.clear_filters_action = self.filter_bar.addAction("Clear filters", self.clear_filters)

    def _toolbar(self, title: str, name: str) -> QToolBar:
        bar = QToolBar(title)
        bar.setObjectName(name)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(bar)
        return bar

    def _kinds(self) -> tuple[str, ...]:
        kind = self.kind.currentData()
        return (kind,) if kind else ()

    def quote_filters(self) -> dict[str, Any]:
        """The filter row's values, as ``QuoteModel.set_query`` takes them."""
        return {
            "outlet": self.outlet.currentData(),
            "date_from": _read_date(self.date_from.text()),
            "date_to": _read_date(self.date_to.text()),
            "kinds": self._kinds(),
            "tag": self.tag.currentData(),
            "starred": self.starred.isChecked(),
            "hidden": self.show_hidden.isChecked(),
            "statement_kinds": self.speech.currentData(),
        }

    def _date_edited(self, edit: QLineEdit) -> None:
        """A date box left: read as written ("Sept. 2016", "2016-09-30"); one that is no
        date is marked and named in the status bar, and filters nothing, rather than
        silently emptying the list."""
        typed = edit.text().strip()
        problem = ""
        if typed:
            try:
                read_date(typed)
            except DateError as error:
                problem = str(error)
        _flag_date(edit, problem)
        which = "From" if edit is self.date_from else "To"
        if problem:
            self.statusBar().showMessage(f"{which} date: {problem}; not applied", 8000)
        elif self.statusBar().currentMessage().startswith(f"{which} date: "):
            self.statusBar().clearMessage()  # mended (or emptied): "not applied" was no more true
        self._flag_reversed_dates()
        self._apply_quote_filters()

    def _flag_reversed_dates(self) -> None:
        """Two dates read but the From after the To (a month typed in the wrong box): no
        day lies between them, so both boxes are marked, and the status bar says why the
        list is empty; put in order, the marks go. A box that is no date keeps its own."""
        start, end = (_read_date(edit.text()) for edit in (self.date_from, self.date_to))
        reversed_ = bool(start and end and start > f"{end}\uffff")
        for edit, place in ((self.date_from, "after the To date"),
                            (self.date_to, "before the From date")):  # fmt: skip
            if not edit.property("error"):
                _flag_date(edit, f"{place}: {REVERSED}" if reversed_ else "", applied=True)
        if reversed_:
            self.statusBar().showMessage(f"From {start} is after To {end}: {REVERSED}", 8000)
        elif self.statusBar().currentMessage().endswith(REVERSED):
            self.statusBar().clearMessage()

    def filters_active(self) -> bool:
        """Is any filter away from its default (quotes and reported speech, all else)?"""
        filters = self.quote_filters()
        typed = any(edit.text().strip() for edit in (self.date_from, self.date_to))
        return filters.pop("statement_kinds") != ALL_KINDS or any(filters.values()) or typed

    def listed(self) -> str:
        """What the list holds, as its heading says it: "Reported speech" alone, "Quotes and
        reported speech" where the library holds both, else "Quotes"."""
        shown = self.speech.currentData()
        if shown == REPORTED_KINDS:
            return "Reported speech"
        both = shown == ALL_KINDS and self.has_statements
        return "Quotes and reported speech" if both else "Quotes"

    def clear_filters(self) -> None:
        widgets = (self.speech, self.kind, self.outlet, self.tag, self.starred,
                   self.show_hidden, self.date_from, self.date_to)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.speech, self.kind, self.outlet, self.tag):
            combo.setCurrentIndex(0)
        for box in (self.starred, self.show_hidden):
            box.setChecked(False)
        for edit in (self.date_from, self.date_to):
            edit.clear()
            _flag_date(edit, "")
        if self.statusBar().currentMessage().endswith("; not applied"):
            self.statusBar().clearMessage()  # the date it named is gone
        for widget in widgets:
            widget.blockSignals(False)
        self._kind_changed()


REVERSED = "no date lies between them"  # a From date after the To date
DATE_HELP = "A date as written: 2016-09-30, Sept. 30, 2016, September 2016 or 2016"


def _flag_date(edit: QLineEdit, problem: str, *, applied: bool = False) -> None:
    """Mark a date box whose text is no date (not ``applied``), or is out of order with
    the other (red, its tooltip saying why), or unmark it."""
    edit.setProperty("error", bool(problem) and not applied)
    edit.setStyleSheet("QLineEdit { color: #c0392b; }" if problem else "")
    edit.setToolTip((problem if applied else f"{problem}: not applied") if problem else DATE_HELP)


def _read_date(typed: str) -> str | None:
    """A date box's text as an ISO date as precise as written, or None when empty or no
    date (the box says so)."""
    try:
        return read_date(typed) if typed.strip() else None
    except DateError:
        return None


def _bounded_combo(characters: int) -> QComboBox:
    """A combo box as wide as ``characters``, however long its items (outlet names)."""
    combo = ElidedComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
