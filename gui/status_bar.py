"""The window's status bar: passing messages, and beside them what stays (where the
quote list stands, the library's counts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

MARGIN = 48  # the size grip and the spaces around the message


class StatusBar(QStatusBar):
    """A passing message the counts would cut (an undo's sentence at 1024 wide) has the
    bar to itself until it passes; one cut still (a narrower window) is there in full
    under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        self.messageChanged.connect(self._fit)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit(self.currentMessage())

    def _fit(self, message: str) -> None:
        self.setToolTip(message)
        room = self.width() - MARGIN - self.counts.sizeHint().width()
        beside = self.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
        room -= sum(w.width() for w in beside if w.isVisible() and w is not self.counts)
        self.counts.setVisible(self.fontMetrics().horizontalAdvance(message) <= room)
