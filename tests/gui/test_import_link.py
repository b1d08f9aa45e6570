"""File → Import from link…: the dialog, then the import worker with its progress."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from core import fetch
from gui.dialogs import LinkDialog
from gui.main_window import MainWindow

PAGE = (
    "<html><head><title>Bridge vote</title><meta name='author' content='Kim Poe'></head>"
    "<body><article><p>\u201cWe will rebuild the old bridge by spring,\u201d said Mayor Jane"
    " Roe on Tuesday.</p></article></body></html>"
)
ADDRESS = "https://herald.example/bridge"


def test_import_from_link(window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    served: list[str] = []

    def fake_fetch(url: str, **_: object) -> fetch.Fetched:  # tests/test_fetch.py serves real HTTP
        served.append(url)
        return fetch.Fetched(url, "text/html", PAGE.encode())

    monkeypatch.setattr(fetch, "fetch", fake_fetch)
    enabled: list[bool] = []

    def fill_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LinkDialog))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.address, "ftp://x")
        enabled.append(ok.isEnabled())
        dialog.address.clear()
        qtbot.keyClicks(dialog.address, ADDRESS)
        enabled.append(ok.isEnabled())
        ok.click()

    QTimer.singleShot(0, fill_in)
    window.link_action.trigger()
    assert enabled == [False, True]
    qtbot.waitUntil(lambda: window.worker is None, timeout=30_000)
    assert served == [ADDRESS]
    (article,) = [
        window.library.article(i)
        for i in window.library.article_ids()
        if window.library.article(i).source_path == ADDRESS
    ]
    assert (article.url, article.author) == (ADDRESS, "Kim Poe")
    assert any(q.speaker_name == "Jane Roe" for q in window.library.article_quotes(article.id))
