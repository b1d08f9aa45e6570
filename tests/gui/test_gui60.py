"""What gui59's tour left, and what gui60's found (gui60): each test drives the window as
a reporter would and failed before its mend."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from core.document import StatementKind as Kind
from core.library import Library
from gui.app import dark_palette
from gui.main_window import MainWindow
from tests.gui.conftest import activate
from tests.gui.test_corrections import (
    choose_in_menu,
    choose_speaker,
    select_speaker,
    speaker_menu,
)
from tests.gui.test_gui59 import said
from tests.gui.test_gui97b import dropped

LONG_TITLE = "Tom Poe, county treasurer, lays out his plan for the levy, the roads and the bridge"


def test_a_role_is_named_inside_its_own_stretch_of_the_band(
    library: Library,
    make_window: Callable[[Library], MainWindow],
) -> None:
    """Quoted once as treasurer in January, then as commissioner from May to October:
    "county treasurer" ran on from its one-day stretch to May, as though he had held the
    post all spring. A name now stays inside its stretch, or, too narrow, is captioned
    with its months."""
    library.add_article(said("2016-01-12", "The books balance to the cent", "county treasurer"))
    for date, words in (("2016-05-03", "the levy would pass"), ("2016-10-20", "it passed")):
        library.add_article(said(date, words, "county commissioner", Kind.REPORTED))
    window = make_window(library)
    select_speaker(window, "Tom Poe")
    plot = window.timeline.plot
    assert plot is not None
    view = plot.roles.vb
    named = {}
    for label, period, _start, end in plot._role_labels:
        named[period.role] = label.toPlainText()
        if "(" not in named[period.role]:  # named inside its stretch
            left = view.mapViewToScene(label.pos()).x()
            right = left + label.textItem.boundingRect().width()
            assert right <= view.mapViewToScene(QPointF(end, 0)).x() + 1
    treasurer = named["county treasurer"]  # one day wide: captioned with its months
    assert treasurer.startswith("county t") and treasurer.endswith(" (2016-01)")
    assert named["county commissioner"] == "county commissioner"


def wrapped_lines(label: QLabel, width: int) -> list[str]:
    """The lines ``label``'s rich text takes at ``width``."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(width)
    document.size()  # laid out
    block, lines = document.begin(), []
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_an_import_into_the_demo_window_keeps_its_heading_link_and_tabs_in_view(
    window: MainWindow,
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    """A long headline's article, dropped on the demo window: at some widths the heading
    wrapped before "all quotes", alone on its line under the title, and the offer to
    remove the demo took ~530 px of the tab bar. The link keeps its count beside it at
    any width, and the offer asks in a few words."""
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "levy.txt").write_text(
        f"{LONG_TITLE}\n\n\u201cThe levy will pass,\u201d said Tom Poe, the county treasurer.\n"
    )
    window.resize(1280, 800)
    activate(qtbot, window)
    dropped(window, folder)
    qtbot.waitUntil(lambda: window.worker is None)
    heading = window.quote_title
    assert "all quotes" in heading.text()
    assert len(wrapped_lines(heading, heading.contentsRect().width())) >= 2  # at 1280
    for width in range(300, 900, 4):  # however wide the list's pane
        last = wrapped_lines(heading, width)[-1]
        assert re.search(r"\(\d\)\xa0\u00b7\xa0all\xa0quotes$", last), width

    offer = window.demo_offer
    assert offer.isVisible()
    assert offer.width() <= 360
    tabs = window.tabs.tabBar()
    last_tab = tabs.mapTo(window, tabs.tabRect(tabs.count() - 1).topRight())
    qtbot.waitUntil(lambda: last_tab.x() < offer.mapTo(window, QPoint(0, 0)).x())  # laid out


def link_lightness(label: QLabel) -> int:
    """The lightness of the bluest pixel of ``label`` as drawn: its links' colour."""
    image = label.grab().toImage()
    colours = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return max(colours, key=lambda c: c.blue() - c.red()).lightness()


def test_the_article_keeps_its_text_readable_when_the_desktop_turns_dark(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """The desktop switched to dark while an article was read: its marks kept their
    pale colours under the dark palette's white text, every quote a blank bar, until
    another article was opened, and the heading's "all quotes" its dark blue on the dark
    background. Both are painted again for the new palette."""
    activate(qtbot, window)
    window.quote_view.setFocus()
    qtbot.keyClick(window.quote_view, Qt.Key.Key_Down)
    select_speaker(window, "Josep Borrell")  # the heading offers "all quotes"
    assert link_lightness(window.quote_title) <= 128  # #0000ff
    marks = window.article.text.extraSelections
    assert marks() and all(m.format.background().color().lightness() > 128 for m in marks())
    app = QApplication.instance()
    light = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(
            lambda: all(m.format.background().color().lightness() < 128 for m in marks())
        )
        qtbot.waitUntil(lambda: link_lightness(window.quote_title) > 160)
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: all(m.format.background().color().lightness() > 128 for m in marks()))


def test_a_merge_says_into_whom(window: MainWindow) -> None:
    """ "Merge Danno Pevkur. Ctrl+Z undoes it": the status line and Undo named the one
    merged and not the one kept, the name a reporter checks (and, gui61, says it as
    done, as every other correction does)."""
    select_speaker(window, "Danno Pevkur")
    choose_in_menu("Merge into\u2026")
    choose_speaker("Josep Borrell")
    speaker_menu(window)
    said = "Danno Pevkur merged into Josep Borrell"
    assert window.statusBar().currentMessage() == f"{said}. Ctrl+Z undoes it"
    assert window.undo_stack.undoText() == "Merge Danno Pevkur into Josep Borrell"


def test_possible_duplicates_with_none_left_shows_no_empty_table(window: MainWindow) -> None:
    """ "No possible duplicates" stood over an empty table with its headers and two
    greyed buttons, as though pairs were still loading."""
    view = window.show_duplicates()
    assert view.model.total == 0 and view.title.text().startswith("<b>No possible duplicates")
    assert not view.table.isVisible()
    assert not view.accept_button.isVisible() and not view.reject_button.isVisible()
    view.close()


def test_a_search_that_finds_nothing_offers_no_narrower_one(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    """With a speaker selected, a search of all speakers that found nothing offered
    "only Josep Borrell": narrower than nothing. It offers fewer words alone."""
    select_speaker(window, "Josep Borrell")
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "zeppelin hangar")
    qtbot.waitUntil(lambda: "No quotes match" in window.quote_title.text())
    heading = window.quote_title.text()
    assert "try fewer words" in heading and "only Josep Borrell" not in heading
