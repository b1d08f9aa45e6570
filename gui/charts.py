"""Charts for the Sources view and the timeline, drawn with pyqtgraph in the window's
palette, and each one's export as PNG, SVG and CSV.

A :class:`ChartCard` frames a chart with its title, a one-line reading of it and a menu of
exports; the charts draw what ``core.stats`` computed and know nothing of the library.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QRegion,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.stats import Table

ACCENT = "#4c78a8"
KIND_COLORS = {"person": "#4c78a8", "organisation": "#54a24b", "anonymous": "#e45756",
               "unattributed": "#9d9d9d"}  # fmt: skip
GENDER_COLORS = {"female": "#f58518", "male": "#4c78a8", "not stated": "#9d9d9d"}
BAR = 0.68  # a bar's thickness, in rows
INSIDE = 0.6  # bars at least this share of the longest carry their figure inside
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LABEL_WIDTH = 190  # pixels, at most, for the names beside horizontal bars


@dataclass(frozen=True)
class Theme:
    """Chart colours taken from a widget's palette, so charts follow light and dark."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor

    @classmethod
    def of(cls, widget: QWidget) -> Theme:
        palette = widget.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlphaF(0.62)
        grid = QColor(text)
        grid.setAlphaF(0.12)
        return cls(palette.color(QPalette.ColorRole.Base), text, muted, grid)


def card(frame: QFrame) -> None:
    """A panel on the base colour (white, or near black in the dark palette)."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.Base)


def elide(text: str, width: int, font: QFont) -> str:
    return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


class Chart(pg.PlotWidget):
    """A still plot (no panning, zooming or plot menu) in the palette's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(False, False)
        self.setAntialiasing(True)
        self.setMinimumSize(QSize(200, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._redraw: Callable[[], None] = lambda: None
        self.apply_theme()

    @property
    def theme(self) -> Theme:
        return Theme.of(self)

    def apply_theme(self) -> None:
        theme = self.theme
        self.setBackground(theme.background)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(theme.grid))
            axis.setTextPen(pg.mkPen(theme.muted))
            axis.setStyle(tickLength=0, tickTextOffset=6)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "_redraw"):  # built
            self.apply_theme()
            self._redraw()
        super().changeEvent(event)

    def label(self, text: str, at: tuple[float, float], anchor: tuple[float, float]) -> None:
        label = pg.TextItem(text, color=self.theme.text, anchor=anchor)
        label.setPos(*at)
        self.addItem(label)

    def bars(self, **opts: object) -> pg.BarGraphItem:
        bars = pg.BarGraphItem(pen=pg.mkPen(None), **opts)
        self.addItem(bars)
        return bars


class BarChart(Chart):
    """Horizontal bars, one per row, largest first, each with its figure; a click on a
    row emits its index (``barClicked``)."""

    barClicked = Signal(int)  # noqa: N815

    def __init__(self, parent: QWidget | None = None, clickable: bool = False) -> None:
        super().__init__(parent)
        self.clickable = clickable
        self.labels: list[str] = []
        self.values: list[int] = []
        self.getPlotItem().invertY(True)
        self.getAxis("bottom").hide()
        self.scene().sigMouseClicked.connect(self._clicked)
        self.scene().sigMouseMoved.connect(self._hovered)

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[int],
        colors: Sequence[str],
        figures: Sequence[str] | None = None,
        tips: Sequence[str] | None = None,
    ) -> None:
        self.labels, self.values = list(labels), list(values)
        self._tips = list(tips or labels)
        self._redraw = lambda: self._draw(list(colors), list(figures or map(str, values)))
        self._redraw()

    def _draw(self, colors: list[str], figures: list[str]) -> None:
        self.clear()
        rows = range(len(self.values))
        if self.values:
            self.bars(x0=0, y=list(rows), height=BAR, width=self.values, brushes=colors)
        top = max(self.values, default=1) or 1
        for row, value, figure in zip(rows, self.values, figures, strict=True):
            if value >= top * INSIDE:  # a long bar holds its figure, a short one has it after
                label = pg.TextItem(figure, color="#ffffff", anchor=(1.06, 0.5))
                label.setPos(value, row)
                self.addItem(label)
            else:
                self.label(figure, (value, row), (-0.08, 0.5))
        font = self.getAxis("left").style.get("tickFont") or self.font()
        names = [elide(label, LABEL_WIDTH, font) for label in self.labels]
        left = self.getAxis("left")
        left.setTicks([list(zip(rows, names, strict=True)), []])
        width = max((QFontMetrics(font).horizontalAdvance(n) for n in names), default=20)
        left.setWidth(min(LABEL_WIDTH, width) + 14)
        self.setXRange(0, top * 1.02, padding=0)
        self.setYRange(-0.6, max(len(self.values), 3) - 0.4, padding=0)

    def row_at(self, scene_pos: QPointF) -> int | None:
        """The row under a point of the scene, if it holds a bar."""
        view = self.getPlotItem().vb
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        point = view.mapSceneToView(scene_pos)
        row = round(point.y())
        inside = 0 <= row < len(self.values) and abs(point.y() - row) <= BAR / 2 + 0.1
        return row if inside else None

    def _clicked(self, event: object) -> None:
        row = self.row_at(event.scenePos())  # type: ignore[attr-defined]
        if self.clickable and row is not None:
            self.barClicked.emit(row)

    def _hovered(self, scene_pos: QPointF) -> None:
        row = self.row_at(scene_pos)
        self.setToolTip(self._tips[row] if row is not None else "")
        cursor = (
            Qt.CursorShape.PointingHandCursor
            if self.clickable and row is not None
            else (Qt.CursorShape.ArrowCursor)
        )
        self.viewport().setCursor(cursor)


class ShareChart(Chart):
    """Rows of 100% stacked bars: each row's parts as shares, with their percentages."""

    LEGEND_LINE = 0.5  # rows between two lines of the legend

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.getPlotItem().invertY(True)
        self.getAxis("bottom").hide()
        self._drawn_at = 0  # the plot's width the legend was laid out for
        self.getPlotItem().vb.sigResized.connect(self._resized)

    def _resized(self, *_: object) -> None:
        """The legend laid out again for the new width (it wraps in a narrow card)."""
        width = round(self.getPlotItem().vb.width())
        if width != self._drawn_at:
            self._redraw()

    def legend_lines(self, parts: Sequence[str], width: float) -> list[list[tuple[str, float]]]:
        """The legend's entries as lines that fit ``width`` pixels: each entry a part and
        where its marker starts, in pixels from the left (a marker, the name, a gap)."""
        metrics = QFontMetrics(self.font())
        lines: list[list[tuple[str, float]]] = [[]]
        x = 0.0
        for part in parts:
            need = 12 + metrics.horizontalAdvance(part)
            if lines[-1] and x + need > width:
                lines.append([])
                x = 0.0
            lines[-1].append((part, x))
            x += need + 16
        return lines

    def set_rows(self, rows: Sequence[tuple[str, Sequence[int]]], parts: Sequence[str]) -> None:
        """``rows``: (label, one count per part), the parts named by ``parts``."""
        self._redraw = lambda: self._draw(list(rows), list(parts))
        self._redraw()

    def _draw(self, rows: list[tuple[str, Sequence[int]]], parts: list[str]) -> None:
        self.clear()
        width = self.getPlotItem().vb.width()
        self._drawn_at = round(width)
        unit = (width or 1) / 1.02  # pixels per share (the range 0 to 1, padded 1%)
        advance = QFontMetrics(self.font()).horizontalAdvance
        for row, (_, counts) in enumerate(rows):
            total = sum(counts) or 1
            left = 0.0
            for part, count in zip(parts, counts, strict=True):
                share = count / total
                if share:
                    self.bars(x0=left, y=[row], height=BAR, width=[share],
                              brush=GENDER_COLORS.get(part, ACCENT))  # fmt: skip
                figure = f"{share:.0%}"
                if share and advance(figure) + 6 <= share * unit:  # else cut: "12%" read "2%"
                    label = pg.TextItem(figure, color="#ffffff", anchor=(0.5, 0.5))
                    label.setPos(left + share / 2, row)
                    self.addItem(label)
                left += share
        # a legend under the bars, in the bars' colours, wrapped to the plot's width (at
        # 800 wide the card's plot holds "female" and "male" only: "not stated" goes under)
        lines = self.legend_lines(parts, width) if width > 0 else [[(p, 0.0)] for p in parts]
        for number, line in enumerate(lines):
            y = len(rows) - 0.3 + number * self.LEGEND_LINE
            for part, x in line:
                self.bars(x0=x / unit, y=[y], height=0.22, width=[8 / unit],
                          brush=GENDER_COLORS.get(part, ACCENT))  # fmt: skip
                self.label(part, ((x + 10) / unit, y), (0, 0.5))
        left_axis = self.getAxis("left")
        left_axis.setTicks([[(row, label) for row, (label, _) in enumerate(rows)], []])
        left_axis.setWidth(64)
        self.setXRange(0, 1, padding=0.01)
        self.setYRange(-0.6, len(rows) + 0.1 + (len(lines) - 1) * self.LEGEND_LINE, padding=0)


class MonthChart(Chart):
    """Columns over consecutive months, labelled by year (or by month over a short span)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[str] = []
        self._values: list[int] = []
        self.getPlotItem().vb.sigResized.connect(self._tick)

    def set_months(self, months: Sequence[str], values: Sequence[int]) -> None:
        self._redraw = lambda: self._draw(list(months), list(values))
        self._redraw()

    def _tick(self, *_: object) -> None:
        """Labels as many as the columns' width holds (a year every two or five in a
        narrow card): drawn at the axis' every width, they ran together."""
        columns = max(len(self._values), 1) + 0.4  # the range, -0.7 to n - 0.3
        room = self.getPlotItem().vb.width() / columns
        metrics = QFontMetrics(self.font())
        ticks = month_ticks(self._months, room if room > 0 else None, metrics.horizontalAdvance)
        self.getAxis("bottom").setTicks([ticks, []])

    def _draw(self, months: list[str], values: list[int]) -> None:
        self.clear()
        if values:
            self.bars(x=list(range(len(values))), height=values, width=0.8, brush=ACCENT)
        self._months, self._values = months, values
        self._tick()
        self.getAxis("left").setWidth(48)
        self.getPlotItem().showGrid(y=True, alpha=0.12)
        self.setXRange(-0.7, max(len(values), 1) - 0.3, padding=0)
        top = max(values, default=1) or 1
        self.setYRange(0, top * 1.08, padding=0)
        step = whole_step(top)  # counted whole: never "2.5 quotes" in a month
        self.getAxis("left").setTickSpacing(step, step)
        self.scene().sigMouseMoved.connect(self._hovered, Qt.ConnectionType.UniqueConnection)

    def _hovered(self, scene_pos: QPointF) -> None:
        view = self.getPlotItem().vb
        index = round(view.mapSceneToView(scene_pos).x())
        inside = view.sceneBoundingRect().contains(scene_pos) and 0 <= index < len(self._values)
        self.setToolTip(f"{self._months[index]}: {self._values[index]:,} quotes" if inside else "")


def whole_step(top: int, ticks: int = 5) -> int:
    """The step of a count axis from 0 to ``top``: 1, 2, 5, 10, 20, 50 ... whichever
    first gives at most about ``ticks`` ticks."""
    power = 1
    while True:
        for base in (1, 2, 5):
            if top <= ticks * base * power:
                return base * power
        power *= 10


def month_ticks(
    months: Sequence[str],
    room: float | None = None,
    width: Callable[[str], float] = lambda text: 7.0 * len(text),
) -> list[tuple[int, str]]:
    """Labels for a row of "YYYY-MM" columns that do not crowd: months by name over two
    years or less (every second or third past eight), the year with the first label of
    each; else the years (every second past ten). Given ``room``, the pixels a column
    has, and ``width`` of a label in pixels, labels are spaced so none touches the next
    (a decade in a 300-pixel card: every second or fifth year)."""
    gap = 12  # pixels between two labels
    if len(months) <= 24:
        step = 1 if len(months) <= 8 else 2 if len(months) <= 16 else 3
        if room:
            widest = max((width(f"{MONTH_NAMES[int(m[5:7]) - 1]} {m[:4]}") for m in months),
                         default=0)  # fmt: skip
            step = max(step, math.ceil((widest + gap) / room))
        ticks, year = [], ""
        for i in range(0, len(months), step):
            month = months[i]
            name = MONTH_NAMES[int(month[5:7]) - 1]
            text = name if month[:4] == year else f"{name} {month[:4]}"
            if room and min(i + 0.7, len(months) - 0.3 - i) * room < width(text) / 2:
                continue  # cut by the axis' edge: the year goes with the next label
            ticks.append((i, text))
            year = month[:4]
        return ticks
    years = [(i, m[:4]) for i, m in enumerate(months) if m[5:] == "01" or i == 0]
    if not room:
        return years[:: 1 if len(years) <= 10 else 2]
    need = max(width(year) for _, year in years) + gap
    late = months[0][5:] != "01"
    if late and len(years) > 1 and (years[1][0] - years[0][0]) * room < need:
        years = years[1:]  # a first year begun late would run into the next
    step = next(s for s in (1, 2, 4, 5, 10, 20, 50, 100, 10**4) if s * 12 * room >= need)
    # a label centred on a column near either end would be cut by the axis' edge
    inside = [
        (i, year) for i, year in years
        if min(i + 0.7, len(months) - 0.3 - i) * room >= width(year) / 2
    ]  # fmt: skip
    return [(i, year) for i, year in inside if int(year) % step == 0] or inside[:1] or years[:1]


class ChartCard(QFrame):
    """A chart with its title, a reading of it, and its exports (PNG, SVG, CSV)."""

    def __init__(self, title: str, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-card")
        card(self)
        self.chart = chart
        self.table: Table | None = None
        self.name = title
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)  # three cards abreast fit an 800-wide window
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.menu_button = QToolButton()
        self.menu_button.setText("Export")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        menu.addAction("Chart as PNG\u2026", lambda: self._export("png"))
        menu.addAction("Chart as SVG\u2026", lambda: self._export("svg"))
        menu.addAction("Numbers as CSV\u2026", lambda: self._export("csv"))
        self.menu_button.setMenu(menu)

        self.heading = heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.menu_button)
        self.picture = QWidget()  # what the PNG and SVG show: title, reading, chart
        body = QVBoxLayout(self.picture)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)
        body.addLayout(heading)
        body.addWidget(self.reading)
        body.addWidget(chart, 1)
        body.addStretch(0)  # the space, when the chart is hidden (nothing to count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.picture)

    def set_reading(self, text: str) -> None:
        self.reading.setText(text)
        self.updateGeometry()

    def show_nothing(self, nothing: bool) -> None:
        """With nothing to count, say so, with no empty axes and nothing to export."""
        self.chart.setVisible(not nothing)
        self.menu_button.setEnabled(not nothing)
        if nothing:
            self.set_reading("No quotes to count.")

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Tall enough for the title and the reading as wrapped at this width and the
        whole chart: the layout counts each label at its own narrowest, and in a narrow
        window (800 wide) the chart's last bars fell under the card's edge."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width <= 0:
            return hint
        beside = self.menu_button.sizeHint().width() + self.heading.spacing()  # Export
        extra = 0
        for label, room in ((self.title, width - beside), (self.reading, width)):
            if label.text():
                extra += max(0, label.heightForWidth(room) - label.minimumSizeHint().height())
        return QSize(hint.width(), hint.height() + extra)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the labels wrap anew

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """No: the dashboard's grid then reads the minimum above, which counts the
        wrapping, rather than the layout's height for the width, which it squeezed."""
        return False

    def _export(self, fmt: str) -> None:
        name = self.name.lower()
        filters = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "csv": "CSV (*.csv)"}
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export {name}", f"{name.replace(' ', '-')}.{fmt}", filters[fmt]
        )
        if path:
            {"png": self.export_png, "svg": self.export_svg, "csv": self.export_csv}[fmt](
                Path(path)
            )

    def _render(self, painter: QPainter) -> None:
        self.menu_button.hide()
        try:
            self.picture.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            self.menu_button.show()

    def export_png(self, path: Path, scale: float = 2.0) -> bool:
        """The chart with its title as a PNG at ``scale`` times its size on screen."""
        size = self.picture.size()
        image = QImage(size * scale, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.chart.theme.background)
        painter = QPainter(image)
        self._render(painter)
        painter.end()
        return image.save(str(path), "PNG")

    def export_svg(self, path: Path) -> None:
        """The chart with its title as vector graphics."""
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(self.picture.size())
        generator.setViewBox(QRectF(self.picture.rect()))
        generator.setTitle(self.name)
        painter = QPainter(generator)
        painter.fillRect(QRectF(self.picture.rect()), self.chart.theme.background)
        self._render(painter)
        painter.end()

    def export_csv(self, path: Path) -> None:
        """The chart's numbers."""
        if self.table is None:
            return
        with open(path, "w", encoding="utf-8", newline="") as out:
            self.table.write_csv(out)
