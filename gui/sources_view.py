"""The Sources view: whom the selected quotes quote, in five charts and four figures.

It follows the toolbar's filters (outlet, dates, tag, search, kind, starred) and counts
only when shown: a filter changed while another tab is open costs nothing until the view
is opened again. Every figure comes from ``core.stats.source_stats``, the function behind
``onrecord stats``; ``gui.dashboard`` draws them.
"""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.library import Library
from core.records import QuoteFilters
from core.stats import SourceStats, source_stats
from gui.scope import filter_words

if TYPE_CHECKING:
    from gui.dashboard import Dashboard

FOLLOWED = ("search", "outlet", "date_from", "date_to", "kinds", "tag", "starred")
# during an import the charts wait this many times their last drawing's cost before they
# count and draw again: a tenth of the window's time at most (beside a 330-article library
# they took 0.2-0.35 s of each second of an import, the window frozen meanwhile)
PACE = 9


class SourcesView(QWidget):
    speakerActivated = Signal(int)  # noqa: N815 - a bar of the most quoted was clicked

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.filters: dict[str, Any] = {}
        self.stats: SourceStats | None = None
        self.dashboard: Dashboard | None = None  # built when first shown
        self._stale = True
        self._cost = 0.0  # seconds the last count took
        self._counted = 0.0  # when it ended (time.monotonic)
        self._later = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._later.timeout.connect(lambda: self.library_changed())  # if still shown
        self.selection = QLabel()
        self.selection.setTextFormat(Qt.TextFormat.RichText)
        self.selection.setWordWrap(True)  # a long selection never widens the window
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.addWidget(self.selection)

    # ------------------------------------------------------------------ following
    def follow(self, filters: QuoteFilters) -> None:
        """Take the toolbar's filters; count again now if shown, else when next shown."""
        wanted = {key: filters[key] for key in FOLLOWED if filters.get(key)}  # type: ignore[literal-required]
        if wanted != self.filters:
            self.filters = wanted
            self.library_changed()

    def library_changed(self, live: bool = False) -> None:
        """Count again now if shown, else when next shown; ``live`` (an import's refresh,
        each second): once ``PACE`` times the last count's cost has passed."""
        self._stale = True
        if not self.isVisible():
            return
        wait = self._counted + PACE * self._cost - time.monotonic() if live else 0.0
        if wait <= 0:
            self.reload()
        elif not self._later.isActive():
            self._later.start(int(wait * 1000) + 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Count the selection and draw it."""
        self._later.stop()
        self._stale = False
        if self.dashboard is None:
            from gui.dashboard import Dashboard  # here: see gui.dashboard

            self.dashboard = Dashboard()
            self.dashboard.speakerActivated.connect(self.speakerActivated)
            # in a short window (800x600) the cards scroll rather than push the window
            # taller than its screen or squeeze a chart's last bars out of sight
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.dashboard)
            self._layout.addWidget(scroll, 1)
        start = time.monotonic()  # (the charts built once are not part of the pace)
        self.stats = source_stats(self.library, **self.filters)
        self.selection.setText(describe(self.filters))
        self.dashboard.draw(self.stats)
        self._counted = time.monotonic()
        self._cost = self._counted - start


def describe(filters: dict[str, Any]) -> str:
    """The selection in words, as rich text: "Quotes from The Herald, tagged “budget”"."""
    parts = filter_words(filters)
    if filters.get("search"):
        parts.append(f"matching \u201c{filters['search']}\u201d")
    what = "Quotes " + ", ".join(parts) if parts else "Every quote in the library"
    return (
        f"<b>{html.escape(what)}</b> \u2014 the toolbar's filters choose what is counted;"
        " hidden quotes never are."
    )
