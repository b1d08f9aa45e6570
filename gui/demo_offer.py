"""The offer to remove the demo article once the reporter's own articles are in.

The demo (2022) is counted in every list and chart: beside a reporter's 2016 articles it
squeezed the Sources view's quotes per month into a tenth of its width. After an import
that brings articles of their own, the tab bar's free corner offers to remove it (with
undo, as any article) or to keep it; either answer is remembered for that library, and
the offer takes no room from the lists.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from core.ingest import demo_articles
from core.library import Library

ANSWERED = "demo_offer/answered"  # the libraries (paths) whose reporter answered it


class DemoOffer(QWidget):
    """ "Demo article still in the library: Remove it · Keep it", in a corner."""

    def __init__(self, remove: Callable[[list[int]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remove_demo = remove
        self.demo: list[int] = []
        self.library_path = ""
        label = QLabel("Demo article still in the library:")  # short: the tabs keep room
        label.setToolTip("The demo article is counted in every list and chart")
        self.remove = QToolButton(text="Remove it")
        self.remove.setToolTip("Take the demo article out; Ctrl+Z puts it back")
        self.keep = QToolButton(text="Keep it")
        self.remove.clicked.connect(self._remove)
        self.keep.clicked.connect(self._answered)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(2)
        for widget in (label, self.remove, self.keep):
            layout.addWidget(widget)
        self.hide()

    def offer(self, library: Library) -> None:
        """After an import: shown while the library holds the demo beside articles of the
        reporter's and its reporter has not answered; hidden otherwise. (Not asked at
        start-up: reading every article's file name there would read a damaged page
        before the damage check has made the library read-only.)"""
        self.library_path = str(library.path)
        answered = library.read_only or self.library_path in _answered()
        self.demo = [] if answered else demo_articles(library)
        own = library.counts().articles > len(self.demo)
        self.setVisible(bool(self.demo) and own)

    def _remove(self) -> None:
        self.remove_demo(self.demo)
        self._answered()

    def _answered(self) -> None:
        QSettings().setValue(ANSWERED, sorted({*_answered(), self.library_path}))
        self.hide()


def _answered() -> set[str]:
    value = QSettings().value(ANSWERED, [])
    return {value} if isinstance(value, str) else set(value or [])
