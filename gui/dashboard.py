"""The Sources view's charts and headline figures, drawn from a ``core.stats.SourceStats``.

Built the first time the view is shown (``gui.sources_view``): pyqtgraph and numpy take a
third of a second to import, which the window's first paint need not wait for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.gender import FEMALE, GENDERS, MALE, NOT_STATED
from core.stats import UNATTRIBUTED, SourceStats, filled_months
from gui.charts import ACCENT, KIND_COLORS, BarChart, ChartCard, MonthChart, ShareChart, card
from gui.models import counted

OUTLETS_SHOWN = 10


class Figure(QFrame):
    """One headline figure: a large number over what it counts."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        card(self)
        self.number = QLabel("\u2014")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # wrapped: four captions on one line each made the Sources tab 900 px wide, and an
        # 800-wide window grew past its screen when the tab was opened
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set(self, number: str) -> None:
        self.number.setText(number)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Tall enough for the caption as wrapped at this width (the layout counts it at
        its narrowest, and the dashboard in its scroll area is sized by its minimum)."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width <= 0:
            return hint
        extra = self.caption.heightForWidth(width) - self.caption.minimumSizeHint().height()
        return QSize(hint.width(), hint.height() + max(0, extra))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the caption wraps anew


class Dashboard(QWidget):
    """Four figures over five charts, each chart in a card that exports it."""

    speakerActivated = Signal(int)  # noqa: N815 - a bar of the most quoted was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stats: SourceStats | None = None
        self.figures = {
            "quotes": Figure("quotes"),
            "people": Figure("people quoted"),
            "anonymous": Figure("of attributed quotes from anonymous sources"),
            "women": Figure("of quotes by people of stated gender are by women"),
        }
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure, 1)

        self.top = BarChart(clickable=True)
        self.top.barClicked.connect(self._top_clicked)
        self.kind = BarChart()
        self.gender = ShareChart()
        self.outlet = BarChart()
        self.month = MonthChart()
        self.cards = {
            "top": ChartCard("Most quoted people and organisations", self.top),
            "kind": ChartCard("Quotes by kind of source", self.kind),
            "gender": ChartCard("Gender of the people quoted", self.gender),
            "outlet": ChartCard("Quotes per outlet", self.outlet),
            "month": ChartCard("Quotes per month", self.month),
        }
        grid = QGridLayout()
        grid.setSpacing(8)
        grid.addWidget(self.cards["top"], 0, 0, 2, 1)
        grid.addWidget(self.cards["kind"], 0, 1)
        grid.addWidget(self.cards["gender"], 0, 2)
        grid.addWidget(self.cards["outlet"], 1, 1)
        grid.addWidget(self.cards["month"], 1, 2)
        for column, stretch in enumerate((4, 3, 3)):
            grid.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(figures)
        layout.addLayout(grid, 1)

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            # a card's wrapped title or reading changed its height: the scroll area sizes
            # the dashboard by its minimum, which it reads only when the dashboard resizes
            layout = self.layout()
            self.setMinimumHeight(layout.totalMinimumSize().height() if layout else 0)
        return done

    def heightForWidth(self, _width: int) -> int:  # noqa: N802
        """None: in its scroll area the dashboard takes the window's height down to its
        minimum (the charts shrink) before it scrolls; by its layout's height for the
        width it would be as tall as every chart's preferred height, and scroll at once."""
        return -1

    def draw(self, stats: SourceStats) -> None:
        self.stats = stats
        self._draw_figures(stats)
        tables = stats.tables()
        for key, chart_card in self.cards.items():
            chart_card.table = tables[key]

        top = stats.top_speakers
        self.top.set_bars(
            [s.name for s in top], [s.quotes for s in top], [KIND_COLORS[s.kind] for s in top],
            tips=[f"{s.name} ({s.kind}): {counted(s.quotes, 'quote')} \u2014 click to open"
                  for s in top],
        )  # fmt: skip
        held = sum(s.quotes for s in top)
        self.cards["top"].set_reading(
            f"The {len(top)} most quoted hold {_share(held, stats.attributed)} of the attributed"
            " quotes. Click a bar to open the speaker."
            if top
            else "No quotes attributed to a person or organisation."
        )

        kinds = [k for k, n in stats.by_kind.items() if n or k != UNATTRIBUTED]
        counts = [stats.by_kind[k] for k in kinds]
        self.kind.set_bars(
            kinds, counts, [KIND_COLORS[k] for k in kinds],
            [f"{n:,} ({_share(n, stats.quotes)})" for n in counts],
        )  # fmt: skip
        self.cards["kind"].set_reading(
            f"Anonymous sources: {_share(stats.by_kind['anonymous'], stats.attributed)}"
            " of the attributed quotes."
        )

        self.gender.set_rows(
            [("Quotes", [stats.by_gender[g] for g in GENDERS]),
             ("People", [stats.people_by_gender[g] for g in GENDERS])],
            GENDERS,
        )  # fmt: skip
        people = sum(stats.people_by_gender.values())
        stated = people - stats.people_by_gender[NOT_STATED]
        self.cards["gender"].set_reading(
            f"As the articles state it (pronouns, honorifics): stated for {stated:,} of"
            f" {people:,} people."
        )

        outlets = list(stats.by_outlet.items())
        shown = outlets[:OUTLETS_SHOWN]
        if len(outlets) > OUTLETS_SHOWN:
            rest = outlets[OUTLETS_SHOWN:]
            shown.append((f"{len(rest)} other outlets", sum(n for _, n in rest)))
        self.outlet.set_bars(
            [name for name, _ in shown], [n for _, n in shown], [ACCENT] * len(shown),
            [f"{n:,}" for _, n in shown],
        )  # fmt: skip
        self.cards["outlet"].set_reading(f"{counted(len(outlets), 'outlet')}.")  # "1 outlet."

        months = filled_months(stats.by_month)
        self.month.set_months(list(months), list(months.values()))
        self.cards["month"].set_reading(_month_reading(months, stats))

        nothing = stats.quotes == 0  # empty axes and "0 of 0" said nothing; nor "no dated
        for chart_card in self.cards.values():  # articles" when none matched the search
            chart_card.show_nothing(nothing)

    def _draw_figures(self, stats: SourceStats) -> None:
        people = sum(stats.people_by_gender.values())
        self.figures["quotes"].set(f"{stats.quotes:,}")
        self.figures["people"].set(f"{people:,}")
        self.figures["anonymous"].set(_share(stats.by_kind["anonymous"], stats.attributed))
        stated = stats.by_gender[FEMALE] + stats.by_gender[MALE]
        self.figures["women"].set(_share(stats.by_gender[FEMALE], stated))

    def _top_clicked(self, row: int) -> None:
        if self.stats is not None:
            self.speakerActivated.emit(self.stats.top_speakers[row].id)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "\u2014"


def _month_reading(months: dict[str, int], stats: SourceStats) -> str:
    if not months:
        return "No dated articles."
    busiest = max(months, key=lambda m: months[m])
    undated = stats.by_month.get("undated", 0)
    text = f"{next(iter(months))} to {list(months)[-1]}; busiest {busiest} ({months[busiest]:,})."
    return text + (f" {undated:,} quotes in undated articles." if undated else "")
