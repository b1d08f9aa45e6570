"""The window's status bar: passing messages, and beside them what stays (where the
quote list stands, the library's counts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStatusBar,
    QToolButton,
    QWidget,
)

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


class Progress(QWidget):
    """A long task's progress in the status bar: what it is doing, how far, and Cancel.
    The window stays free to read and click meanwhile (a modal dialog would block it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = QProgressBar()
        self.bar.setFixedWidth(140)
        self.bar.setTextVisible(False)
        self.cancel = QToolButton()  # smaller than a push button: the bar keeps its height
        self.cancel.setText("Cancel")
        self.cancel.setToolTip("Stop after the article being stored (what came in stays)")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel):
            widget.setMaximumHeight(self.label.sizeHint().height() + 3)
            layout.addWidget(widget)
        self.hide()

    def begin(self, title: str) -> None:
        """Show ``title`` with a busy bar, until the first step says how many."""
        self.label.setText(f"{title}\u2026")
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.show()

    def step(self, doing: str, done: int, total: int, item: str = "") -> None:
        """``doing`` ``done`` of ``total`` beside the bar ("Importing 3 of 30"), the
        ``item`` just done under the pointer."""
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.label.setText(f"{doing} {done} of {total}")
        self.setToolTip(item)
