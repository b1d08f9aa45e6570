"""A library of 10,000 quotes (50 pages) opens with one page of rows and grows a page
at a time as the views scroll: nothing loads the whole library (the million-quote
figures are benchmarks/gui_scale.py's)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView

from core.library import Library
from gui.main_window import MainWindow
from gui.models import PAGE

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate_library.py"


def generator() -> tuple[Callable[..., object], type]:
    """``generate`` and ``Plan`` from the benchmarks' library generator."""
    spec = importlib.util.spec_from_file_location("generate_library", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # for its dataclasses
    spec.loader.exec_module(module)
    return module.generate, module.Plan


def scroll_to_end(qtbot, view: QAbstractItemView) -> None:  # noqa: ANN001
    """Drag the scroll bar to the bottom once the view has laid out its rows."""
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.value())
    bar.setValue(bar.maximum())


@pytest.mark.slow  # several seconds; CI runs it (pytest -m slow)
def test_a_10000_quote_library_opens_and_scrolls_page_by_page(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    make_window: Callable[[Library], MainWindow],
) -> None:
    generate, plan = generator()
    db = tmp_path / "large.db"
    generate(db, plan(quotes=10_000, speakers=1_000, articles=2_000))
    with Library(db) as library:
        window = make_window(library)
        quotes, speakers = window.quotes, window.speakers
        assert quotes.total == 10_000
        assert quotes.rowCount() == PAGE
        assert speakers.rowCount() == PAGE < speakers.total

        for pages in (2, 3, 4):
            scroll_to_end(qtbot, window.quote_view)
            qtbot.waitUntil(lambda pages=pages: quotes.rowCount() == pages * PAGE)
        assert quotes.rowCount() == 4 * PAGE < quotes.total

        rows = quotes.loaded()
        assert len({r.id for r in rows}) == len(rows)
        dates = [r.published for r in rows]
        assert dates == sorted(dates, reverse=True)  # newest first, page after page

        scroll_to_end(qtbot, window.speaker_view)
        qtbot.waitUntil(lambda: speakers.rowCount() == 2 * PAGE)
        window.close()
