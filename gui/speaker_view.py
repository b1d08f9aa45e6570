"""The speaker table: drag one speaker onto another to merge them."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView

from gui.models import ID_ROLE
from gui.tables import SPEAKER_COLUMNS, FittedTable

MIME = "application/x-onrecord-speaker"


class SpeakerTable(FittedTable):
    mergeRequested = Signal(int, int)  # noqa: N815 - (keep, merged)

    def __init__(self) -> None:
        super().__init__(SPEAKER_COLUMNS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802
        index = self.currentIndex()
        if not index.isValid():
            return
        mime = QMimeData()
        mime.setData(MIME, str(index.data(ID_ROLE)).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        target = self.indexAt(event.position().toPoint())
        if not event.mimeData().hasFormat(MIME) or not target.isValid():
            return
        merged = int(bytes(event.mimeData().data(MIME).data()).decode())
        keep = int(target.data(ID_ROLE))
        if keep != merged:
            self.mergeRequested.emit(keep, merged)
        event.acceptProposedAction()
