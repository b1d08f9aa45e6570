"""An article's facts in the window: Article details…, Remove article…, the paste dialog's
author and date, File → Export of what the window shows, and the citation they make."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from test_corrections import answer

from gui.article_details import ArticleDetailsDialog
from gui.dialogs import PasteDialog
from gui.main_window import MainWindow


def select(window: MainWindow, words: str) -> int:
    """Select the first quote holding ``words``, as a search and a click would."""
    window.speaker_view.clearSelection()
    window.search.setText(words)
    window._apply_quote_filters()
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    quote = window.current_quote()
    assert quote is not None and words in quote.text
    return quote.article_id


def ok_button(dialog: QDialog) -> QDialogButtonBox:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_the_details_dialog_reads_dates_and_refuses_what_a_citation_cannot_use(
    window: MainWindow, qtbot
) -> None:  # noqa: ANN001
    article_id = select(window, "warfighting")
    dialog = ArticleDetailsDialog(window.library.article(article_id), window)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert (form.title.text(), form.author.text()) == ("EU training mission", "Vivienne Machi")
    assert form.published.text() == "2022-08-30" and ok_button(dialog).isEnabled()

    form.published.setText("Sept. 30, 2016")
    assert form.date_note.text() == "Read as September 30, 2016"
    form.published.setText("someday")
    assert "Cannot read this date" in form.date_note.text() and not form.date_note.isHidden()
    assert not ok_button(dialog).isEnabled()
    form.published.setText("September 2016")
    form.url.setText("javascript:alert(1)")
    assert form.url_note.text() == "Only http:// and https:// links"
    assert not ok_button(dialog).isEnabled()
    form.url.setText("https://www.defensenews.com/eu")
    assert ok_button(dialog).isEnabled()
    facts = dialog.metadata()
    assert (facts.published, facts.url) == ("2016-09", "https://www.defensenews.com/eu")


def test_article_details_from_the_menu_change_the_citation_and_undo(window: MainWindow) -> None:
    article_id = select(window, "warfighting")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ArticleDetailsDialog)
        dialog.form.author.setText("By JAMES B. STEWART")
        dialog.form.published.setText("Sept. 30, 2016")
        dialog.form.title.setText("EU plans a training mission")

    answer(fill)
    window.article_actions.details.trigger()  # Article → Article details…
    article = window.library.article(article_id)
    assert (article.author, article.published) == ("By JAMES B. STEWART", "2016-09-30")
    assert "EU plans a training mission" in window.article.header.text()  # the pane, updated
    window.style.setCurrentIndex(window.style.findData("apa"))
    window.copy_citation()
    copied = QGuiApplication.clipboard().mimeData().text()
    assert "Stewart, J. B. (2016, September 30). EU plans a training mission." in copied

    window.undo()
    assert window.library.article(article_id).published == "2022-08-30"
    assert "EU training mission" in window.article.header.text()
    window.redo()
    assert window.library.article(article_id).title == "EU plans a training mission"


@pytest.mark.parametrize(
    "reply", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
)
def test_removing_an_article_asks_and_undo_brings_it_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton
) -> None:
    article_id = select(window, "warfighting")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _w, _t, text, *_: asked.append(text) or reply
    )
    before = window.library.counts()
    window.article_actions.remove.trigger()  # Article → Remove article…
    assert len(asked) == 1 and "EU training mission" in asked[0] and "18 quotes" in asked[0]
    if reply == QMessageBox.StandardButton.Cancel:
        assert window.library.counts() == before
        return
    assert window.library.counts().articles == before.articles - 1
    assert window.article.article is None  # the pane no longer shows it
    assert not window.article_actions.details.isEnabled()
    window.undo()
    assert window.library.counts() == before
    assert window.library.article(article_id).title == "EU training mission"
    assert [q.text for q in window.library.quotes(search="warfighting")] == [
        "A training mission outside of Ukraine is not a signal of warfighting,"
    ]


def test_the_paste_dialog_takes_an_author_and_reads_the_date(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    dialog = PasteDialog("\u201cWe will win,\u201d said Jane Roe, the mayor.")
    qtbot.addWidget(dialog)
    dialog.facts.published.setText("30 Sept")
    assert "has no year" in dialog.facts.date_note.text() and not ok_button(dialog).isEnabled()

    def fill(pasted: QDialog) -> None:
        assert isinstance(pasted, PasteDialog)
        pasted.text.setPlainText("\u201cWe will win,\u201d said Jane Roe, the mayor of Riverton.")
        pasted.facts.title.setText("Flood")
        pasted.facts.author.setText("Kim Poe")
        pasted.facts.outlet.setText("Riverton Post")
        pasted.facts.published.setText("Sept. 30, 2016")

    answer(fill)
    window.paste_article()
    [pasted] = [a for a in window.library.article_list() if a.title == "Flood"]
    assert (pasted.author, pasted.published) == ("Kim Poe", "2016-09-30")
    shown = window.article  # the pasted article is read next, its quote marked
    assert shown.article is not None and shown.article.title == "Flood"
    assert [q.text for q in shown.quotes] == ["We will win,"]
    select(window, "We will win")
    window.copy_citation("chicago")
    copied = QGuiApplication.clipboard().mimeData().text()
    assert "Poe, Kim. 2016. \u201cFlood.\u201d Riverton Post, September 30, 2016." in copied


def exported(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    target = tmp_path / "quotes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    window.export_quotes("csv")  # File → Export → CSV
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_what_the_window_shows(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = window.library
    everything = lib.count_quotes()
    window.speaker_view.clearSelection()
    window.search.setText("training")
    window._apply_quote_filters()
    shown = [q.text for q in window.quotes.loaded()]
    assert 0 < len(shown) < everything
    assert [r["quote"] for r in exported(window, tmp_path, monkeypatch)] == shown

    tagged = window.quotes.row(0)
    lib.add_tag(tagged.id, "nato")
    window.refresh()
    window.search.setText("")
    window.tag.setCurrentIndex(window.tag.findData("nato"))
    window._apply_quote_filters()
    assert [r["quote"] for r in exported(window, tmp_path, monkeypatch)] == [tagged.text]
    what = "reported statement" if tagged.reported else "quote"  # named for what it is
    assert f"Exported 1 {what} to" in window.statusBar().currentMessage()


def test_an_unwritable_export_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    target = tmp_path / "missing" / "quotes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: warnings.append(text))
    window.export_quotes("csv")
    assert len(warnings) == 1 and "cannot be written" in warnings[0]


def test_a_hostile_page_is_text_on_the_clipboard(window: MainWindow) -> None:
    article_id = select(window, "warfighting")
    window.library.db.execute(  # as a page's metadata could reach an older library
        "UPDATE articles SET title = ?, outlet = ?, url = ? WHERE id = ?",
        ["<img src=x onerror=alert(1)>", "<b>Outlet</b>", "javascript:alert(2)", article_id],
    )
    select(window, "warfighting")
    for style in ("apa", "mla", "chicago", "plain", "markdown"):
        window.copy_citation(style)
        html = QGuiApplication.clipboard().mimeData().html()
        assert "<img" not in html and "<b>Outlet" not in html and "href" not in html, style
        assert "&lt;img src=x onerror=alert(1)&gt;" in html.lower(), style  # shown as text
