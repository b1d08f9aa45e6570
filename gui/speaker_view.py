"""The speaker table (drag one speaker onto another to merge them) and the panel that
shows the selected person."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from core.dates import month_span
from core.document import SpeakerKind
from core.records import PersonDetail
from gui.models import ID_ROLE, ROW_ROLE, SpeakerModel, both, counted, literal_html
from gui.tables import COUNT, NAME, REPORTED, SPEAKER_COLUMNS, FittedTable

MIME = "application/x-onrecord-speaker"
ROLES_SHOWN = 4  # the latest role periods under the list; the tooltip lists every one
ALIASES_SHOWN = 6
TIPPED = 30  # the latest articles' roles in the panel's tooltip


class NameDelegate(QStyledItemDelegate):
    """A name on one line, a person's cut in its middle where the column is too narrow
    ("Hillary Ro\u2026Clinton"): the table wrapped names at their spaces and cut what
    did not fit, so a long name showed its first word alone ("Christabel \u2026") and the
    surname, which tells two rows apart, was lost (the tooltip has it whole)."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        row = index.data(ROW_ROLE)
        if row is not None and row.kind == SpeakerKind.PERSON:
            option.textElideMode = Qt.TextElideMode.ElideMiddle


class SpeakerTable(FittedTable):
    mergeRequested = Signal(int, int)  # noqa: N815 - (keep, merged)

    def __init__(self) -> None:
        super().__init__(SPEAKER_COLUMNS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self._beside = False  # the Reported column left out: Quotes sized for "36 +48"
        self.names = NameDelegate(self)
        self.setItemDelegateForColumn(NAME, self.names)

    def fit_columns(self) -> None:
        self._beside = False  # first as though the Reported column had room
        super().fit_columns()
        if self.isColumnHidden(REPORTED):  # it has not: Quotes says both, and is sized so
            self._beside = True
            super().fit_columns()
        model = self.model()
        if isinstance(model, SpeakerModel):
            model.set_reported_beside(self.isColumnHidden(REPORTED))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:  # the counts' column as wide as the counts loaded
            model.modelReset.connect(self.fit_columns)
            model.rowsInserted.connect(self.fit_columns)

    def _widths(self) -> dict[int, tuple[int, int]]:
        """The count columns at least as wide as the widest count loaded, as the Quotes
        column says it without the Reported column ("11,300 +16,907"): in a long
        library the counts were cut ("11300 \u2026"), the reported statements lost."""
        widths = super()._widths()
        model = self.model()
        if not isinstance(model, SpeakerModel) or not model.loaded():
            return widths
        metrics = self.fontMetrics()
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 8
        rows = model.loaded()
        said = max(
            metrics.horizontalAdvance(
                both(r.quote_count, r.statement_count) if self._beside else f"{r.quote_count:,}"
            )
            for r in rows
        )
        reported = max(metrics.horizontalAdvance(f"{r.statement_count:,}") for r in rows)
        for column, need in ((COUNT, said + margin), (REPORTED, reported + margin)):
            preferred, smallest = widths[column]
            widths[column] = (max(preferred, need), max(smallest, need))
        return widths

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


class SpeakerPanel(QLabel):
    """The selected person under the speaker list: every name form, the role chosen
    across their articles and the role history by date."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(4, 2, 4, 2)
        self.show_person(None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._keep_whole()

    def _keep_whole(self) -> None:
        """As tall as its wrapped lines at this width: a short window takes the rows of
        the speaker list above it, not the panel's last line cut through its middle
        (a layout asks a wrapped label for no more than one line's height). Measured
        with no minimum: a label is never measured shorter than its minimum, so the
        long history of one person kept the next one's panel as tall, blank below its
        lines, and the timeline under it folded to "Make the window taller"."""
        self.setMinimumHeight(0)
        self.setMinimumHeight(self.heightForWidth(self.width()) if self.text() else 0)

    def show_person(self, person: PersonDetail | None) -> None:
        if person is None:
            self.setText("")
            self.setToolTip("")
            self.hide()
            return
        row = person.speaker
        lines = [f"<b>{escape(row.name)}</b>" + (f" \u2014 {escape(row.role)}" if row.role else "")]
        if person.history:
            # the latest few: a person quoted for years holds dozens of roles, and the
            # whole history squeezed the speaker list to two rows (the timeline's band
            # below shows every one, the tooltip each article's of the latest)
            shown = person.history[-ROLES_SHOWN:]
            earlier = len(person.history) - len(shown)
            lines.append(
                "Roles: "
                + (
                    f"<span style='color:gray'>{earlier:,} earlier</span> \u2192 "
                    if earlier
                    else ""
                )
                + " \u2192 ".join(
                    f"{escape(p.role)} <span style='color:gray'>"
                    f"({month_span(p.start, p.end)})</span>"
                    for p in shown
                )
            )
        aliases = [a for a in row.aliases if a and a != row.name]
        if aliases:
            more = len(aliases) - ALIASES_SHOWN
            lines.append(
                "Also: "
                + escape(", ".join(aliases[:ALIASES_SHOWN]))
                + (f" and {more:,} more" if more > 0 else "")
            )
        said = counted(row.quote_count, "quote")
        if row.statement_count:  # not "0 quotes in 1 article" for one only reported
            said += f", {counted(row.statement_count, 'reported statement')}"
        lines.append(f"{said} in {counted(row.article_count, 'article')}")
        self.setText("<br>".join(lines))
        roles = [f"{date or 'undated'}: {role}" for _, _, date, role in person.roles]
        if len(roles) > TIPPED:  # a tooltip taller than the screen shows nothing useful
            roles = [f"\u2026 {len(roles) - TIPPED:,} earlier articles", *roles[-TIPPED:]]
        self.setToolTip(literal_html("\n".join(roles)))
        self.show()
        self._keep_whole()
