"""A person's timeline, under the speakers list: every quote at its article's date, the
roles the articles gave them as a band above, and their gender with a way to correct it.

Quotes of one day stack up, so the height of a column is how much the person was quoted
that day. Each kind of point (a direct quote today, reported statements later) has its
own marker. Click a point to open the quote in its article.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.gender import GENDERS
from core.library import Library
from core.timeline import QUOTE, RoleSpan, Timeline, TimelinePoint, person_timeline
from gui.charts import ACCENT, Theme, elide

MARKERS = {QUOTE: ("o", ACCENT)}  # kind of point -> (symbol, colour)
OTHER_MARKER = ("d", "#f58518")  # a kind not listed above
ROLE_COLORS = ["#f58518", "#54a24b", "#b279a2", "#eeca3b", "#72b7b2", "#ff9da6", "#9d755d"]
DAY = 86_400


def timestamp(date: str) -> float:
    """Seconds since 1970 at the start of an ISO date (the axis' unit), in UTC."""
    return datetime.fromisoformat(date[:10]).replace(tzinfo=UTC).timestamp()


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
        self.gender = QComboBox()
        self.gender.setToolTip(
            "Gender as the articles state it (\u201cshe said\u201d, \u201cMr.\u201d), "
            "never guessed from a first name; choose one to correct it"
        )
        self.gender.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.gender.activated.connect(self._gender_activated)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.summary.setWordWrap(True)

        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setMinimumHeight(150)
        self.roles = self.plots.addPlot(row=0, col=0)
        self.points = self.plots.addPlot(
            row=1, col=0, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)}
        )
        self.plots.ci.layout.setRowFixedHeight(0, 34)
        self.plots.ci.layout.setSpacing(0)
        self.roles.setXLink(self.points)
        for plot in (self.roles, self.points):
            plot.setMenuEnabled(False)
            plot.hideButtons()
        self.roles.hideAxis("bottom")
        self.roles.getAxis("left").setTicks([[(0, "Role")], []])
        self.roles.setMouseEnabled(False, False)
        self.points.setMouseEnabled(True, False)  # drag and wheel along time only
        self.points.getAxis("left").setLabel("quotes a day")
        for plot in (self.roles, self.points):
            plot.getAxis("left").setWidth(44)
        self._role_labels: list[tuple[pg.TextItem, str, float]] = []  # label, role, start
        self.roles.vb.sigXRangeChanged.connect(self._label_roles)
        self.roles.vb.sigResized.connect(self._label_roles)
        self.scatter = pg.ScatterPlotItem(hoverable=True, tip=self._tip, size=8)
        self.scatter.sigClicked.connect(self._clicked)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel("Gender"))
        top.addWidget(self.gender)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.plots, 1)
        self.show_speaker(None)

    # ------------------------------------------------------------------ content
    def show_speaker(self, speaker_id: int | None) -> None:
        """Draw this speaker's timeline (``None``: say how to get one)."""
        self.speaker_id = speaker_id
        if speaker_id is None:
            self.timeline = None
            self.heading.setText("Select a speaker to see their quotes over time.")
            self.summary.clear()
            self.gender.hide()
            self._draw(Timeline((), (), 0))
            return
        speaker = self.library.speaker(speaker_id)
        self.timeline = person_timeline(self.library, speaker_id)
        self.heading.setText(speaker.name + (f" \u2014 {speaker.role}" if speaker.role else ""))
        self._show_gender(speaker_id)
        self.summary.setText(self._summary(self.timeline))
        self._draw(self.timeline)

    def _show_gender(self, speaker_id: int) -> None:
        gender = self.library.speaker_gender(speaker_id)
        self.gender.setVisible(gender.value is not None)
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
    def _summary(timeline: Timeline) -> str:
        points = timeline.points
        if not points:
            text = "No quotes in dated articles."
        else:
            first, last = points[0].date, points[-1].date
            text = f"{len(points):,} quotes, {first} to {last}"
            changes = len(timeline.roles) - 1
            if changes > 0:
                text += f"; the role changed {changes} time{'s' if changes > 1 else ''}"
            text += ". Click a point to open the quote."
        if timeline.undated:
            text += f" {timeline.undated:,} in undated articles are not shown."
        return text

    # ------------------------------------------------------------------ drawing
    def _draw(self, timeline: Timeline) -> None:
        theme = Theme.of(self)
        self.plots.setBackground(theme.background)
        for plot in (self.roles, self.points):
            plot.clear()
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.grid))
                axis.setTextPen(pg.mkPen(theme.muted))
        self.points.showGrid(x=True, y=False, alpha=0.12)
        self.scatter.clear()
        if not timeline.points:
            return
        xs, ys, spots = self._stacked(timeline)
        self.scatter.setData(spots=spots)
        self.points.addItem(self.scatter)
        low, high = min(xs), max(xs)
        margin = max((high - low) * 0.03, 15 * DAY)
        self.points.setXRange(low - margin, high + margin, padding=0)
        self.points.setYRange(0, max(ys) + 1, padding=0)
        self.roles.setYRange(-0.5, 0.5, padding=0)
        self._draw_roles(timeline.roles, theme)

    def _stacked(self, timeline: Timeline) -> tuple[list[float], list[int], list[dict]]:
        """Each point at its date, stacked over the day's earlier points."""
        xs, ys, spots = [], [], []
        height: dict[str, int] = {}
        for point in timeline.points:
            height[point.date] = height.get(point.date, 0) + 1
            symbol, color = MARKERS.get(point.kind, OTHER_MARKER)
            x, y = timestamp(point.date), height[point.date]
            xs.append(x)
            ys.append(y)
            spots.append({"pos": (x, y), "data": point, "symbol": symbol,
                          "brush": pg.mkBrush(color), "pen": pg.mkPen(None)})  # fmt: skip
        return xs, ys, spots

    def _draw_roles(self, roles: tuple[RoleSpan, ...], theme: Theme) -> None:
        """Each role as a stretch of the band above the points, one colour per role,
        named inside when the name fits (hover for it otherwise)."""
        colours: dict[str, str] = {}
        self._role_labels = []
        for span in roles:
            key = span.role.casefold()
            colour = colours.setdefault(key, ROLE_COLORS[len(colours) % len(ROLE_COLORS)])
            start, end = timestamp(span.start), timestamp(span.end) + DAY
            fill = pg.mkColor(colour)
            fill.setAlphaF(0.4)
            band = pg.BarGraphItem(x0=[start], width=[end - start], y=[0], height=0.8,
                                   brush=fill, pen=pg.mkPen(None))  # fmt: skip
            band.setToolTip(f"{span.role}\n{span.start} to {span.end}, {span.articles} articles")
            self.roles.addItem(band)
            label = pg.TextItem("", color=theme.text, anchor=(0, 0.5))
            label.setPos(start, 0)
            self.roles.addItem(label)
            self._role_labels.append((label, span.role, start))
        self._label_roles()

    def _label_roles(self) -> None:
        """Fit each role's name between its start and the next role's, at the current zoom."""
        if not self._role_labels:
            return
        (low, high), pixels = self.roles.viewRange()[0], self.roles.vb.width()
        per_second = pixels / (high - low) if high > low else 0
        starts = [start for _, _, start in self._role_labels[1:]] + [high]
        for (label, role, start), until in zip(self._role_labels, starts, strict=True):
            room = min(int((until - max(start, low)) * per_second), 4000) - 8
            label.setText(elide(role, room, self.font()) if room > 30 else "")
            label.setPos(max(start, low), 0)

    def _tip(self, x: float, y: float, point: TimelinePoint) -> str:
        text = elide(" ".join(point.text.split()), 420, self.font())
        where = ", ".join(part for part in (point.article_title, point.outlet) if part)
        return f"{point.date}  {where}\n\u201c{text}\u201d"

    # ------------------------------------------------------------------ events
    def _clicked(self, _item: object, points: Sequence[Any], _event: object) -> None:
        if len(points):
            self.quoteActivated.emit(points[0].data().quote_id)

    def _gender_activated(self, index: int) -> None:
        if self.speaker_id is not None:
            self.genderChosen.emit(self.speaker_id, self.gender.itemData(index))
