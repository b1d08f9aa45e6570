"""A person's timeline, under the speakers list: every quote and reported statement at
its article's date, the roles the articles gave them as a band above
(``gui.timeline_plot``), and their gender with a way to correct it.

What they said on one day stacks up, so the height of a column is how much the person
was quoted or reported that day. Click a point to open it in its article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.gender import GENDERS
from core.library import Library
from core.timeline import QUOTE, REPORTED, Timeline, person_timeline
from gui.elided import ElidedComboBox
from gui.models import counted

if TYPE_CHECKING:
    from gui.timeline_plot import TimelinePlot


OVER_TIME = "Over time"
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
SYMBOLS = {QUOTE: "\u25cf", REPORTED: "\u25c7"}  # ● ◇: the plot's markers, in the legend


class PersonTimeline(QWidget):
    quoteActivated = Signal(int)  # noqa: N815 - a point was clicked: the quote's id
    genderChosen = Signal(int, object)  # noqa: N815 - (speaker id, gender or None: the articles')

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.speaker_id: int | None = None
        self.timeline: Timeline | None = None

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.gender = ElidedComboBox()
        self.gender.setToolTip(
            "Gender as the articles state it (\u201cshe said\u201d, \u201cMr.\u201d), "
            "never guessed from a first name; choose one to correct it"
        )
        self.gender.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # a narrow pane (an 800-wide window) elides the choice rather than the heading;
        # the list that opens shows each choice whole
        self.gender.setMinimumWidth(self.gender.fontMetrics().horizontalAdvance("female, as") + 36)
        self.gender.activated.connect(self._gender_activated)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary.setWordWrap(True)
        self.no_room = QLabel("Make the window taller to see the timeline.")
        self.no_room.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.no_room.setWordWrap(True)
        self.no_room.hide()

        self.plot: TimelinePlot | None = None  # built for the first timeline drawn

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.gender_label = QLabel("Gender")
        top.addWidget(self.gender_label)
        top.addWidget(self.gender)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(2)
        self._layout.addLayout(top)
        self._layout.addWidget(self.summary)
        self._layout.addWidget(self.no_room)
        self._layout.addStretch(1)
        self.show_speaker(None)

    # ------------------------------------------------------------------ content
    def show_speaker(self, speaker_id: int | None) -> None:
        """Draw this speaker's timeline (``None``: say how to get one)."""
        self.speaker_id = speaker_id
        if speaker_id is None:
            self.timeline = None
            self.heading.setText("Select a speaker to see their quotes over time.")
            self.heading.setMinimumWidth(0)
            self.summary.clear()
            self.gender.hide()
            self.gender_label.hide()
            self._draw(Timeline((), (), 0))
            self._fold(True)
            return
        self._fold(False)
        self.timeline = person_timeline(self.library, speaker_id)
        self.heading.setText(OVER_TIME)  # the panel above names them and their role
        self.heading.setMinimumWidth(self.heading.fontMetrics().horizontalAdvance(OVER_TIME) + 4)
        self._show_gender(speaker_id)
        self.summary.setText(self._summary(self.timeline, clickable=True))
        self._draw(self.timeline)
        self.updateGeometry()

    def _fold(self, folded: bool) -> None:
        """No speaker: as tall as its one line, the speaker list above taking the rest
        (at 1280x800 it held 250 px of blank under a list that cut names short); a
        speaker chosen: as tall as the reporter left it (the splitter keeps that)."""
        self.summary.setVisible(not folded)  # empty then
        self.setMaximumHeight(self.sizeHint().height() if folded else QWIDGETSIZE_MAX)

    def _show_gender(self, speaker_id: int) -> None:
        gender = self.library.speaker_gender(speaker_id)
        self.gender.setVisible(gender.value is not None)
        self.gender_label.setVisible(gender.value is not None)
        if gender.value is None:
            return
        self.gender.blockSignals(True)
        self.gender.clear()
        self.gender.addItem(f"{gender.stated}, as the articles state", None)
        for value in GENDERS:
            self.gender.addItem(f"{value}, set by you", value)
        self.gender.setCurrentIndex(self.gender.findData(gender.value) if gender.human else 0)
        self.gender.blockSignals(False)

    @staticmethod
    def _summary(timeline: Timeline, clickable: bool) -> str:
        """How many quotes and reported statements (each with its marker, where the plot
        shows: the legend) over which days, and how many roles the articles gave, as
        the panel above lists them; "Click a point" where the plot shows."""
        points = timeline.points
        if not points:
            text = "Nothing said in dated articles."
        else:
            first, last = points[0].date, points[-1].date
            when = f"on {first}" if first == last else f"{first} to {last}"
            said = [
                (f"{SYMBOLS[kind]} " if clickable else "") + counted(count, noun)
                for kind, noun in ((QUOTE, "quote"), (REPORTED, "reported statement"))
                if (count := timeline.count(kind))
            ]
            text = f"{' and '.join(said)}, {when}"
            if (changes := len(timeline.roles) - 1) > 0:
                text += f"; the role changed {changes} time{'s' if changes > 1 else ''}"
            text += ". Click a point to open it." if clickable else "."
        if timeline.undated:
            text += f" {timeline.undated:,} in undated articles are not shown."
        return text

    def _draw(self, timeline: Timeline) -> None:
        if self.plot is None:
            if not timeline.points:
                return
            from gui.timeline_plot import TimelinePlot  # here: see gui.timeline_plot

            self.plot = TimelinePlot(lambda quote_id: self.library.quote(quote_id).text)
            self.plot.quoteActivated.connect(self.quoteActivated)
            spacer = self._layout.count() - 1  # the stretch that held its place
            self._layout.insertWidget(spacer, self.plot, 1)
            self._layout.setStretch(spacer + 1, 0)  # it keeps the labels up when no plot shows
            QWidget.setTabOrder(self.gender, self.plot)  # Tab reaches it where it is drawn
        self.plot.draw(timeline)
        self._fit_plot()

    def _fit_plot(self) -> None:
        """The plot where it has points (no speaker, or none of their quotes dated: no
        empty axes under the sentence) and room: where the pane holding the timeline
        (the left splitter), with the speaker list at its shortest, is too short for it,
        a note says so, rather than the window growing taller when a speaker is picked
        (past a short screen's edge)."""
        if self.plot is None:
            return
        dated = self.timeline is not None and bool(self.timeline.points)
        shown = dated
        holder = self.parentWidget()
        if dated and holder is not None and holder.isVisible():
            need = holder.minimumSizeHint().height()  # a splitter sums its panes' afresh
            if self.no_room.isVisible():  # what the plot would add in the note's place
                need += self.plot.minimumHeight() - self.no_room.sizeHint().height()
                need += self._summary_growth(self.timeline)
            elif self.plot.isHidden():
                need += self.plot.minimumHeight() + self._layout.spacing()
            shown = need <= holder.height()
        self.plot.setVisible(shown)
        self.no_room.setVisible(dated and not shown)
        if dated:  # no "Click a point" above a note that there is none to click
            self.summary.setText(self._summary(self.timeline, clickable=shown))

    def _summary_growth(self, timeline: Timeline) -> int:
        """How much taller the summary wraps with "Click a point" than without it."""
        metrics, width = self.summary.fontMetrics(), self.summary.width()
        wrap = Qt.TextFlag.TextWordWrap
        with_it, without = (
            metrics.boundingRect(0, 0, width, 10_000, wrap, self._summary(timeline, c)).height()
            for c in (True, False)
        )
        return with_it - without

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Tall enough for the summary as wrapped at this width and the whole plot, so
        that a short window (800x600) takes the room from the speaker list, which
        scrolls, rather than cut the time axis off; the layout alone counts the
        summary as one line."""
        hint = super().minimumSizeHint()
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width <= 0 or not self.summary.text():
            return hint
        extra = self.summary.heightForWidth(width) - self.summary.minimumSizeHint().height()
        return QSize(hint.width(), hint.height() + max(0, extra))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the summary wraps anew
        if self.no_room.isVisible():
            self._fit_plot()  # the window made taller: room for the plot again?

    # ------------------------------------------------------------------ events
    def _gender_activated(self, index: int) -> None:
        if self.speaker_id is not None:
            self.genderChosen.emit(self.speaker_id, self.gender.itemData(index))
