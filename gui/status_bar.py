"""The window's status bar: passing messages, and beside them what stays (where the
quote list stands, the library's counts)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

MARGIN = 48  # the size grip and the spaces around the message


class StatusBar(QStatusBar):
    """A passing message the counts would cut (an undo's sentence at 1024 wide) has the
    bar to itself until it passes; one cut still (a narrower window) is there in full
    under the pointer. The library's counts stand last, at the right edge; what else
    stays (:meth:`add_beside`) stands before them in the order it was added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        self._beside: list[QWidget] = []
        self.addPermanentWidget(self.counts)
        self.messageChanged.connect(self._fit)

    def add_beside(self, widget: QWidget) -> None:
        """Keep ``widget`` in the bar, after those added before it and before the counts
        (the bar holds no passing widgets, so the counts' index is the number before)."""
        self.insertPermanentWidget(len(self._beside), widget)
        self._beside.append(widget)

    def fits(self, message: str) -> bool:
        """Whether ``message`` is read whole in the bar (the counts hidden for it)."""
        return self._advance(message) <= self._room()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit(self.currentMessage())

    def _room(self) -> int:
        """The message's width: the bar's less what stays beside it (not the counts)."""
        return self.width() - MARGIN - sum(w.width() for w in self._beside if w.isVisible())

    def _advance(self, message: str) -> int:
        return self.fontMetrics().horizontalAdvance(message)

    def _fit(self, message: str) -> None:
        self.setToolTip(message)
        room = self._room() - self.counts.sizeHint().width()
        self.counts.setVisible(self._advance(message) <= room)
