"""The window's toolbar: import, search, the quote filters and the citation style."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMainWindow, QToolBar

from core.citation import STYLES


class ToolbarMixin(QMainWindow):
    """Builds the toolbar of :class:`gui.main_window.MainWindow`; its widgets become
    attributes of the window (``search``, ``kind``, ``outlet``, ``style``...)."""

    settings: QSettings

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
