"""The Sources view and the person's timeline, through real clicks and the toolbar."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from core.document import Metadata
from core.ingest import analyse
from core.library import Library
from gui.app import dark_palette
from gui.charts import BarChart
from gui.main_window import MainWindow

STORIES = [
    ("\u201cWe will rebuild the bridge,\u201d said Maria Lindqvist, the mayor. \u201cSoon,\u201d"
     " she added.\n\n\u201cWe regret the delay,\u201d the company said.", "Gazette", "2024-01-10"),
    ("\u201cTaxes will not rise,\u201d said Tomas Brandt, the finance minister. \u201cNot this"
     " year,\u201d he said. \u201cNor next,\u201d he added.", "Courier", "2024-03-05"),
    ("\u201cWe were not told,\u201d a senior official said.\n\n\u201cThe harbour is closed,\u201d"
     " said Maria Lindqvist, the governor.", "Courier", "2024-04-20"),
]  # fmt: skip


@pytest.fixture
def window(library: Library, make_window: Callable[[Library], MainWindow]) -> MainWindow:
    for n, (text, outlet, date) in enumerate(STORIES):
        library.add_article(analyse(text, Metadata(title=f"Story {n}", outlet=outlet,
                                                   published=date)))  # fmt: skip
    return make_window(library)


def open_sources(window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.sources)
    assert window.sources.isVisible()


def test_the_view_follows_the_toolbar(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    library, sources = window.library, window.sources
    open_sources(window)
    assert sources.stats is not None and sources.stats.quotes == library.count_quotes() == 8
    assert sources.dashboard.top.labels[:2] == ["Maria Lindqvist", "Tomas Brandt"]

    window.outlet.setCurrentIndex(window.outlet.findData("Courier"))
    assert sources.stats.quotes == library.count_quotes(outlet="Courier") == 5
    assert sources.dashboard.top.labels[0] == "Tomas Brandt"
    assert "from Courier" in sources.selection.text()

    window.date_from.setText("2024-03-10")
    window.date_from.editingFinished.emit()
    assert sources.stats.quotes == 2  # the third story's
    assert sources.dashboard.kind.values == [1, 0, 1]  # person, organisation, anonymous

    window.date_from.clear()
    window.date_from.editingFinished.emit()
    window.kind.setCurrentIndex(window.kind.findData("person"))
    assert sources.stats.quotes == 4
    assert sources.stats.by_gender == {"female": 1, "male": 3, "not stated": 0}

    window.kind.setCurrentIndex(0)
    window.outlet.setCurrentIndex(0)
    window.search.setText("rebuild")
    qtbot.waitUntil(lambda: sources.stats.quotes == 1)
    assert sources.dashboard.month.getAxis("bottom")._tickLevels[0][0][1] == "Jan 2024"


def test_a_hidden_view_counts_when_shown(window: MainWindow) -> None:
    open_sources(window)
    counted = window.sources.stats
    window.tabs.setCurrentWidget(window.stack)
    window.outlet.setCurrentIndex(window.outlet.findData("Gazette"))
    assert window.sources.stats is counted  # nothing counted for a view nobody sees
    open_sources(window)
    assert window.sources.stats.quotes == 3


def click_bar(chart: BarChart, row: int, qtbot) -> None:  # noqa: ANN001
    """A left click in the middle of a bar, as a person would."""
    at = chart.getPlotItem().vb.mapViewToScene(QPointF(chart.values[row] / 2, row))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(at))


def test_clicking_a_bar_opens_the_speaker(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.speaker_filter.setText("Maria")  # the speaker list shows someone else
    window._filter_timer.stop()
    window._apply_speaker_filter()
    open_sources(window)
    brandt = window.sources.stats.top_speakers[1]
    assert brandt.name == "Tomas Brandt"
    click_bar(window.sources.dashboard.top, 1, qtbot)
    assert window.tabs.currentWidget() is window.stack
    qtbot.wait(200)  # past the speaker filter's debounce
    assert window.speaker_filter.text() == ""
    assert window.current_speaker_id() == brandt.id
    assert window.timeline.speaker_id == brandt.id
    assert len(window.timeline.timeline.points) == 3


def test_exports_open_as_png_svg_and_csv(window: MainWindow, tmp_path: Path) -> None:
    open_sources(window)
    for key, card in window.sources.dashboard.cards.items():
        png, svg, table = tmp_path / f"{key}.png", tmp_path / f"{key}.svg", tmp_path / f"{key}.csv"
        assert card.export_png(png)
        image = QImage(str(png))
        assert not image.isNull() and image.width() >= 2 * card.picture.width() - 1
        card.export_svg(svg)
        root = ET.parse(svg).getroot()
        assert root.tag.endswith("svg") and QSvgRenderer(str(svg)).isValid()
        card.export_csv(table)
        with open(table, encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert card.table is not None
        assert rows == [list(card.table.header), *[[str(c) for c in r] for r in card.table.rows]]
    words = ET.tostring(ET.parse(tmp_path / "top.svg").getroot(), encoding="unicode")
    assert "Maria Lindqvist" in words  # text stays text in the vector export


def test_clicking_a_point_opens_the_quote(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    window.open_speaker(window.library.find_speaker("Maria Lindqvist"))
    timeline = window.timeline
    points = timeline.timeline.points
    texts = [window.library.quote(p.quote_id).text for p in points]
    assert texts == ["We will rebuild the bridge,", "Soon,", "The harbour is closed,"]
    assert "We will rebuild the bridge" in timeline.plot._tip(0, 0, points[0])  # read on hover
    last = timeline.plot.scatters[0].points()[-1]
    assert last.data().quote_id == points[-1].quote_id
    scene = timeline.plot.points.vb.mapViewToScene(last.pos())
    qtbot.mouseClick(
        timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=timeline.plot.mapFromScene(scene)
    )
    assert window.article.article.id == points[-1].article_id
    assert window.article.selected.id == points[-1].quote_id
    assert [r.role for r in timeline.timeline.roles] == ["mayor", "governor"]


def test_the_reporter_corrects_a_gender_and_undoes_it(window: MainWindow) -> None:
    brandt = window.library.find_speaker("Tomas Brandt")
    window.open_speaker(brandt)
    combo = window.timeline.gender
    assert combo.isVisible() and combo.currentText() == "male, as the articles state"
    combo.setCurrentIndex(combo.findData("not stated"))
    combo.activated.emit(combo.currentIndex())
    gender = window.library.speaker_gender(brandt)
    assert (gender.value, gender.human) == ("not stated", True)
    assert window.timeline.gender.currentData() == "not stated"
    window.undo_stack.undo()
    assert window.library.speaker_gender(brandt).human is False
    assert window.timeline.gender.currentText() == "male, as the articles state"
    window.open_speaker(window.library.find_speaker("company"))
    assert not window.timeline.gender.isVisible()  # organisations have none


def test_charts_follow_the_palette(window: MainWindow) -> None:
    open_sources(window)
    light = window.sources.dashboard.top.backgroundBrush().color().name()
    window.sources.setPalette(dark_palette())
    dark = window.sources.dashboard.top.backgroundBrush().color().name()
    assert light != dark == "#1f1f1f"


def test_the_time_axis_draws_no_day_over_a_month(qtbot) -> None:  # noqa: ANN001
    """A month's first day beside the last of the one before ("31" and "Sep") keeps
    only the month's label, whatever the zoom."""
    from datetime import UTC, datetime

    from gui.timeline_plot import DateAxis, TimelinePlot

    plot = TimelinePlot(lambda _quote: "")
    qtbot.addWidget(plot)
    plot.resize(420, 240)
    plot.grab()  # laid out and painted once, as on screen
    axis = plot.points.getAxis("bottom")
    low = datetime(2022, 8, 15, tzinfo=UTC).timestamp()
    high = datetime(2022, 9, 14, tzinfo=UTC).timestamp()
    for width in (300, 400, 800):
        ticks = sorted(t for _, level in axis.tickValues(low, high, width) for t in level)
        assert ticks
        gap = DateAxis.LABEL_GAP * (high - low) / width
        assert all(b - a >= gap for a, b in zip(ticks, ticks[1:], strict=False))
