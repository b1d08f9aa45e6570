"""GUI test fixtures: offscreen Qt, settings in a temporary folder, a demo library."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from core import ingest  # noqa: E402
from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind  # noqa: E402
from core.library import Library  # noqa: E402
from gui.app import application, default_settings, open_window  # noqa: E402
from gui.main_window import MainWindow  # noqa: E402

_analyse = ingest.analyse_or_reason
_DEMO = frozenset(ingest.sample_paths())


@cache
def _demo_analysis(path: Path) -> object:
    return _analyse(path)


def _analyse_demo_once(source: object) -> object:
    """``ingest.analyse_or_reason``, with the demo's analysis made once per test process.
    A module-level function, so that a process pool can still pickle it by name."""
    if isinstance(source, Path) and source in _DEMO:
        return _demo_analysis(source)
    return _analyse(source)


@pytest.fixture(autouse=True, scope="package")
def demo_analysed_once() -> Iterator[None]:
    """Every window on an empty library imports the demo as ``onrecord`` does; its
    analysis (about 0.1 s, a third of opening a window) is made once per test process
    and stored afresh each time. Package scope: a test outside tests/gui that the same
    worker runs next sees the real function again."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ingest, "analyse_or_reason", _analyse_demo_once)
        yield


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    default_settings(tmp_path / "settings")
    QCoreApplication.setOrganizationName("OnRecordTests")
    QCoreApplication.setApplicationName("On Record")


@pytest.fixture(scope="session")
def empty_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new library's file, made once per test process: each test's library is a copy,
    which skips building the schema through every migration (a third of opening a
    window; tests/adversarial/test_storage.py covers the migrations)."""
    path = tmp_path_factory.mktemp("empty") / "library.db"
    Library(path).close()
    return path


@pytest.fixture
def library(tmp_path: Path, empty_library_file: Path) -> Iterator[Library]:
    shutil.copyfile(empty_library_file, tmp_path / "library.db")
    lib = Library(tmp_path / "library.db")
    yield lib
    lib.close()


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[[Library], MainWindow]]:  # noqa: ANN001
    """Open the window on a library as ``onrecord`` does (the demo goes into an empty
    one); every window made is closed before the libraries a test opened close."""
    made: list[MainWindow] = []

    def make(library: Library) -> MainWindow:
        application()
        win = open_window(library)
        qtbot.addWidget(win)
        win.resize(1400, 860)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        win.close()  # no timer may reach a closed database


def activate(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """Make ``window`` the active one and wait until Qt says so: a key typed goes to the
    active window's focus widget, and offscreen Qt does not give a window back its
    activation after a dialog closed."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def window(library: Library, make_window: Callable[[Library], MainWindow]) -> MainWindow:
    return make_window(library)


def newsroom_articles(articles: int = 30, speakers: int = 24) -> list[Analysis]:
    """Articles of very different lengths (the first is the longest) quoting ``speakers``
    people, a few quotes each, with outlets and dates: a small library that exercises
    moving between articles, speakers and outlets."""
    people = [
        Speaker(f"Person{n} Surname{n}", SpeakerKind.PERSON, f"person:person{n} surname{n}")
        for n in range(speakers)
    ]
    made = []
    for number in range(articles):
        padding = "Background paragraph on the budget and the climate. " * (60 - 2 * number)
        text = f"Story {number}\n\n{padding}\n\n"
        quotes = []
        for k in range(4):
            speaker = people[(number * 3 + k) % speakers]
            words = f"Statement {k} of story {number} about climate and money,"
            text += f"\u201c{words}\u201d {speaker.name} said.\n\n"
            start = text.index(words)
            quotes.append(Quote(Span(start, start + len(words)), words, speaker, None, "said"))
        metadata = Metadata(
            title=f"Story {number}",
            outlet=("The Daily", "The Weekly", "Gazette")[number % 3],
            published=f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}",
        )
        made.append(Analysis(text=text, metadata=metadata, quotes=tuple(quotes)))
    return made


def jane_roe_story(n: int) -> str:
    """A short article of one quote, a headline and a quote of its own for each ``n``."""
    return f"Headline {n}\n\n\u201cQuote number {n} matters here,\u201d Jane Roe said.\n"


@pytest.fixture
def article_folder(tmp_path: Path) -> Callable[..., Path]:
    """A folder of articles as a reporter drops one: ``article_folder("batch")`` writes
    batch/00.txt ... batch/29.txt, each ``story(n)`` for n from ``first``."""

    def make(
        name: str, count: int = 30, story: Callable[[int], str] = jane_roe_story, first: int = 0
    ) -> Path:
        folder = tmp_path / name
        folder.mkdir()
        for n in range(first, first + count):
            (folder / f"{n:02d}.txt").write_text(story(n), encoding="utf-8")
        return folder

    return make


@pytest.fixture(scope="session")
def newsroom_file(tmp_path_factory: pytest.TempPathFactory, empty_library_file: Path) -> Path:
    """``newsroom_articles`` stored once per test process: each test's ``newsroom`` is a
    copy, which skips storing 30 articles a test (a fifth of a second of CPU each time,
    more waiting for the disk, in some 40 tests)."""
    path = tmp_path_factory.mktemp("newsroom") / "library.db"
    shutil.copyfile(empty_library_file, path)
    with Library(path) as library:
        for analysis in newsroom_articles():
            library.add_article(analysis)
    return path


@pytest.fixture
def newsroom(tmp_path: Path, newsroom_file: Path) -> Iterator[Library]:
    shutil.copyfile(newsroom_file, tmp_path / "library.db")
    lib = Library(tmp_path / "library.db")
    yield lib
    lib.close()


@pytest.fixture
def narrow_on_a_person(
    newsroom: Library, make_window: Callable[[Library], MainWindow]
) -> MainWindow:
    """A window on ``newsroom`` at its smallest size, 800x600, with a person selected
    and the timeline laid out below the speaker list."""
    window = make_window(newsroom)
    window.resize(800, 600)
    window.select_speaker(newsroom.find_speaker("Person0 Surname0"))
    for _ in range(3):
        QCoreApplication.processEvents()
    return window


@pytest.fixture(scope="session")
def large_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """12,000 rows (8,000 quotes, 4,000 reported statements) over ten years, made once."""
    from tests.gui.test_large_library import generator

    generate, plan = generator()
    path = tmp_path_factory.mktemp("large") / "large.db"
    generate(path, plan(quotes=8_000, statements=4_000, speakers=500, articles=1_500))
    return path


@pytest.fixture
def large(tmp_path: Path, large_file: Path) -> Iterator[Library]:
    """A copy of ``large_file`` for one test to change."""
    shutil.copyfile(large_file, tmp_path / "large.db")
    with Library(tmp_path / "large.db") as library:
        yield library
