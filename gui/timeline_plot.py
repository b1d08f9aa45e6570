"""The timeline's plot: a person's quotes stacked by day on a time axis, under a band of
the roles they held. Built on first use (``gui.timeline``): pyqtgraph and numpy take a
third of a second to import, which the window's first paint need not wait for.

Each kind of point has its own marker: a quote a filled dot, a reported statement a
hollow diamond (``MARKERS``; ``gui.timeline.SYMBOLS`` writes them in its legend).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontMetrics

from core.dates import month_span
from core.person_roles import RolePeriod
from core.timeline import QUOTE, REPORTED, Timeline, TimelinePoint
from gui.charts import ACCENT, Theme, elide, whole_step

MARKERS = {QUOTE: ("o", True), REPORTED: ("d", False)}  # kind -> (symbol, filled)
ROLE_COLORS = ["#f58518", "#54a24b", "#b279a2", "#eeca3b", "#72b7b2", "#ff9da6", "#9d755d"]
DAY = 86_400
CAPTION_NAME = 60  # pixels, at least, of a role's name captioned after its stretch


def timestamp(date: str) -> float:
    """Seconds since 1970 at the start of an ISO date (the axis' unit), in UTC."""
    return datetime.fromisoformat(date[:10]).replace(tzinfo=UTC).timestamp()


def stacked(timeline: Timeline) -> tuple[np.ndarray, np.ndarray]:
    """Each point's date (x, seconds) and place over the day's earlier points (y: 1, 2,
    ...), in the timeline's order; counted in arrays, as a person may have 45,000."""
    days, day_of = np.unique([p.date for p in timeline.points], return_inverse=True)
    order = np.argsort(day_of, kind="stable")  # each day's points together, in order
    grouped = day_of[order]
    height = np.empty(len(order), dtype=np.int64)
    height[order] = np.arange(len(order)) - np.searchsorted(grouped, grouped) + 1
    return np.array([timestamp(day) for day in days])[day_of], height


class DateAxis(pg.DateAxisItem):
    """Dates along time that never draw a day's label over a month's ("31" and "Sep")."""

    LABEL_GAP = 32  # pixels between two labels' ticks
    YEAR_ROOM = 36  # pixels a year's label takes with its gap ("2020": about 28)
    YEAR_STEPS = (1, 2, 4, 5, 10, 20, 50)  # (every 4: "2016 2020 2024")
    YEAR = 365.2425 * 86400

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N802, N803
        """Over three years or more, a label each year, or every 2, 5, 10… years, as
        many as the axis' pixels hold (pyqtgraph's own choice put one year on ten years
        at the timeline's 180 to 340 pixels: "2020" alone); shorter spans as pyqtgraph ticks
        them, no day's label over a month's."""
        span = (maxVal - minVal) / self.YEAR
        if size > 0 and span >= 3:
            fits = max(1.0, size / self.YEAR_ROOM)
            step = next((n for n in self.YEAR_STEPS if span / n <= fits), self.YEAR_STEPS[-1])
            first = datetime.fromtimestamp(minVal - self.utcOffset, UTC).year + 1
            last = datetime.fromtimestamp(maxVal - self.utcOffset, UTC).year
            years = [y for y in range(first, last + 1) if y % step == 0]
            self._year_step = step * self.YEAR  # (tickStrings tells these levels by it)
            return [(self._year_step, [timestamp(f"{y:04d}-01-01") for y in years])]
        self._year_step = None
        levels = super().tickValues(minVal, maxVal, size)
        gap = self.LABEL_GAP * (maxVal - minVal) / size if size > 0 else 0.0
        taken: list[float] = []
        kept_levels = []
        for spacing, ticks in levels:  # coarsest first: a month beats the day beside it
            kept = [t for t in ticks if all(abs(t - other) >= gap for other in taken)]
            taken += kept
            kept_levels.append((spacing, kept))
        return kept_levels

    def tickStrings(self, values: list, scale: float, spacing: float) -> list:  # noqa: N802
        if spacing == getattr(self, "_year_step", None):
            return [str(datetime.fromtimestamp(v - self.utcOffset, UTC).year) for v in values]
        return super().tickStrings(values, scale, spacing)


class TimelinePlot(pg.GraphicsLayoutWidget):
    quoteActivated = Signal(int)  # noqa: N815 - a point was clicked: the quote's id

    def __init__(self, quote_text: Callable[[int], str]) -> None:
        super().__init__()
        self.quote_text = quote_text  # a quote's words by its id, for a point's tooltip
        self.timeline = Timeline((), (), 0)
        self.setMinimumHeight(150)
        self.roles = self.addPlot(row=0, col=0)
        self.points = self.addPlot(row=1, col=0, axisItems={"bottom": DateAxis(utcOffset=0)})
        self.ci.layout.setRowFixedHeight(0, 34)
        self.ci.layout.setSpacing(0)
        self.roles.setXLink(self.points)
        for plot in (self.roles, self.points):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(44)
        self.roles.hideAxis("bottom")
        self.roles.getAxis("left").setTicks([[(0, "Role")], []])
        self.roles.setMouseEnabled(False, False)
        self.points.setMouseEnabled(True, False)  # drag and wheel along time only
        self._role_labels: list[tuple[pg.TextItem, RolePeriod, float, float]] = []  # its band
        self._text, self._muted = Theme.of(self).text, Theme.of(self).muted
        self.roles.vb.sigXRangeChanged.connect(self._label_roles)
        self.roles.vb.sigResized.connect(self._label_roles)
        self.scatters: list[pg.ScatterPlotItem] = []  # one a kind of point

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "scatters"):  # built
            self.draw(self.timeline)
        super().changeEvent(event)

    def draw(self, timeline: Timeline) -> None:
        self.timeline = timeline
        theme = Theme.of(self)
        self.setBackground(theme.background)
        for plot in (self.roles, self.points):
            plot.clear()
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(theme.grid))
                axis.setTextPen(pg.mkPen(theme.muted))
        self.points.showGrid(x=True, y=False, alpha=0.12)
        self.scatters = []
        if not timeline.points:
            return
        x, y = stacked(timeline)
        only_quotes = timeline.count(REPORTED) == 0
        self.points.getAxis("left").setLabel("quotes a day" if only_quotes else "said a day")
        kinds = np.array([point.kind for point in timeline.points])
        for kind in dict.fromkeys(kinds.tolist()):
            mine = np.flatnonzero(kinds == kind)
            symbol, filled = MARKERS[kind]
            scatter = pg.ScatterPlotItem(
                x=x[mine], y=y[mine], data=[timeline.points[i] for i in mine], symbol=symbol,
                size=8 if filled else 9, hoverable=True, tip=self._tip,
                brush=pg.mkBrush(ACCENT if filled else theme.background),
                pen=pg.mkPen(None) if filled else pg.mkPen(ACCENT, width=1.5),
            )  # fmt: skip
            scatter.sigClicked.connect(self._clicked)
            self.points.addItem(scatter)
            self.scatters.append(scatter)
        low, high = float(x.min()), float(x.max())
        margin = max((high - low) * 0.03, 15 * DAY)
        self.points.setXRange(low - margin, high + margin, padding=0)
        top = int(y.max()) + 1
        self.points.setYRange(0, top, padding=0)
        step = whole_step(top)  # counted whole: never "1.5 quotes a day"
        self.points.getAxis("left").setTickSpacing(step, step)
        self.roles.setYRange(-0.5, 0.5, padding=0)
        self._draw_roles(timeline.roles, theme)

    def _draw_roles(self, roles: tuple[RolePeriod, ...], theme: Theme) -> None:
        """Each role as a stretch of the band above the points, one colour per role,
        named inside it when the name fits, else after it with its months (hover for
        it when neither fits)."""
        colours: dict[str, str] = {}
        self._role_labels, self._text, self._muted = [], theme.text, theme.muted
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
            self._role_labels.append((label, span, start, end))
        self._label_roles()

    def _label_roles(self) -> None:
        """Name each role inside its stretch of the band, at the current zoom: a name
        running on past it would tell a reader the role lasted longer than it did. A
        stretch too narrow for its name is captioned in the muted colour with its
        months ("county treasurer (2016-01)"), in the room up to the next stretch."""
        if not self._role_labels:
            return
        (low, high), pixels = self.roles.viewRange()[0], self.roles.vb.width()
        per_second = pixels / (high - low) if high > low else 0
        starts = [start for _, _, start, _ in self._role_labels[1:]] + [high]
        for (label, period, start, end), until in zip(self._role_labels, starts, strict=True):
            left = max(start, low)
            inside, free = (min(int((x - left) * per_second), 4000) - 8 for x in (end, until))
            text, muted = self._role_label(period, inside, free)
            label.setText(text)
            label.setColor(self._muted if muted else self._text)
            label.setPos(left, 0)

    def _role_label(self, period: RolePeriod, inside: int, free: int) -> tuple[str, bool]:
        """A role's label for ``inside`` pixels of its stretch and ``free`` up to the next
        one's, and whether it is the muted caption."""
        width = QFontMetrics(self.font()).horizontalAdvance
        if width(period.role) <= inside:
            return period.role, False
        dates = f" ({month_span(period.start, period.end)})"
        if free - width(dates) >= CAPTION_NAME:
            return elide(period.role, free - width(dates), self.font()) + dates, True
        return (elide(period.role, inside, self.font()) if inside > 30 else ""), False

    def _tip(self, x: float, y: float, data: TimelinePoint) -> str:
        """A point's tooltip (pyqtgraph passes the point's data by this name)."""
        text = elide(" ".join(self.quote_text(data.quote_id)[:300].split()), 420, self.font())
        said = f"\u201c{text}\u201d" if data.kind == QUOTE else f"Reported: {text}"
        return f"{data.date}  {data.outlet or ''}\n{said}"

    def _clicked(self, _item: object, points: Sequence[Any], _event: object) -> None:
        if len(points):
            self.quoteActivated.emit(points[0].data().quote_id)
