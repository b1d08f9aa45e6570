"""One folder per test run where the sample tests share their analyses (tests/analyses.py),
the cycle collector kept off what every test process holds for good, and the empty
library most storage tests start from."""

from __future__ import annotations

import gc
import inspect
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _pytest.mark.expression import Expression

from core.library import Library
from tests.analyses import RUN_FOLDER

_made = pytest.StashKey[str]()  # the folder this process made, removed at its end
_models_frozen = pytest.StashKey[bool]()


# Memory the machine mounts as a file system (Linux), for the tests' own folders
IN_MEMORY = "/dev/shm"
TEMP_ROOT = "PYTEST_DEBUG_TEMPROOT"  # where pytest makes tmp_path's folders
YOUNG_GENERATION = 7_000  # new objects between the cycle collector's runs (Python: 700)


@pytest.fixture(scope="session")
def empty_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new library's file, made once per test process (as tests/gui/conftest.py's is):
    copying it takes 2 ms of CPU where building the schema through every migration takes
    15 (tests/adversarial/test_storage.py covers the migrations)."""
    path = tmp_path_factory.mktemp("empty") / "library.db"
    Library(path).close()
    return path


@pytest.fixture
def library(tmp_path: Path, empty_library_file: Path) -> Iterator[Library]:
    """An empty library in the test's own folder (a copy of ``empty_library_file``),
    closed after it (a module may define its own: the GUI tests' and those that start
    from stored articles do)."""
    shutil.copyfile(empty_library_file, tmp_path / "library.db")
    lib = Library(tmp_path / "library.db")
    yield lib
    lib.close()


ScreenshotRun = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def gui_screenshot() -> ScreenshotRun:
    """``onrecord gui --screenshot IMAGE [ARGS]`` run offscreen in a process of its own, as
    a reporter's shell runs it (its output and exit code kept)."""

    def run(image: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "core.cli", "gui", "--screenshot", str(image), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=Path(__file__).resolve().parents[1],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    return run


def pytest_configure(config: pytest.Config) -> None:
    """Made by the main process before pytest-xdist starts its workers, which inherit the
    environment; a run inside a run (or a worker) keeps the folder it was given."""
    if RUN_FOLDER not in os.environ:
        folder = tempfile.mkdtemp(prefix="onrecord-test-analyses-")
        os.environ[RUN_FOLDER] = folder
        config.stash[_made] = folder
    _temp_folders_in_memory(config)


def _plugins_packages_not_rewritten() -> None:
    """The asserts of third-party packages imported after this conftest left as they are: pytest
    rewrites every module of a plugin's distribution, and Hypothesis (whose plugin imports
    it only when a test module does, or at the run's end) is some 100 modules, 0.7 s of
    CPU in each process, 15% of the rewriting of a collection. Only messages of their own
    failed asserts would change; this project's test modules and conftests are rewritten
    as before."""
    from _pytest.assertion.rewrite import AssertionRewritingHook

    ours = {entry.name for entry in Path(__file__).resolve().parents[1].iterdir()}
    for finder in sys.meta_path:
        if isinstance(finder, AssertionRewritingHook):
            marked = getattr(finder, "_must_rewrite", set())
            marked -= {name for name in marked if name.split(".")[0] not in ours}
            getattr(finder, "_marked_for_rewrite_cache", {}).clear()


_plugins_packages_not_rewritten()  # before any other conftest imports Hypothesis


def _temp_folders_in_memory(config: pytest.Config) -> None:
    """tmp_path's folders in memory where the machine has a file system there: the
    libraries the tests make commit again and again, and on disk each commit waited for
    the disk (fsync), most of the time some files took (test_quote_order and
    test_library: 35 s on disk, 15 s in memory, the same CPU time, with other work
    writing to the disk). SQLite and what the tests check are the same either way: no
    test loses power, and a killed process's writes outlive it in any file system. A
    root or --basetemp given is kept."""
    if TEMP_ROOT in os.environ or config.option.basetemp:
        return
    if os.path.isdir(IN_MEMORY) and os.access(IN_MEMORY, os.W_OK | os.X_OK):
        os.environ[TEMP_ROOT] = IN_MEMORY


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_made, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(RUN_FOLDER, None)


def _models_loaded() -> bool:
    """Every model loaded (imports nothing: a process that never extracts never loads them)."""
    if not {"core.nlp", "core.speaker_choice", "core.statement_model"} <= sys.modules.keys():
        return False
    return all(load.cache_info().currsize for load in sys.modules["core.nlp"]._loaders().values())


def _freeze(config: pytest.Config) -> None:
    """What the process holds now (modules, test functions, once loaded the models) moved
    out of the cycle collector's sight, as ``onrecord ingest`` does before its workers
    start: the full collections walked it again and again."""
    gc.collect()
    gc.freeze()
    config.stash[_models_frozen] = _models_loaded()


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[None]:
    """The cycle collector off while the tests are collected: importing and rewriting
    some 330 test modules made it walk everything imported so far again and again (3-4 s
    of a process's 11 s of collection), and collecting makes no cycles worth freeing."""
    gc.disable()
    try:
        return (yield)
    finally:
        gc.enable()


_slow_left_out = pytest.StashKey[bool]()
MARK_NAME = re.compile(r"[A-Za-z_][\w.]*")


def _markexpr_leaves_out_slow(config: pytest.Config) -> bool:
    """Whether ``-m`` deselects every item marked slow, whatever other marks it bears
    (the default run's 'not slow' does; '', 'slow' and 'not gui' do not): each assignment
    of the expression's other names tried with slow true (an expression with a mark's
    arguments is left to pytest)."""
    if (found := config.stash.get(_slow_left_out, None)) is not None:
        return found
    markexpr = config.option.markexpr
    others = sorted(set(MARK_NAME.findall(markexpr)) - {"and", "or", "not", "slow"})
    found = bool(markexpr) and "=" not in markexpr and len(others) <= 8
    if found:
        expression = Expression.compile(markexpr)
        for n in range(1 << len(others)):
            true = {"slow"} | {name for i, name in enumerate(others) if n >> i & 1}
            if expression.evaluate(lambda name, _true=true, **_: name in _true):
                found = False
                break
    config.stash[_slow_left_out] = found
    return found


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: Any) -> list | None:
    """No items for a test function marked slow (itself, or its class or module) when ``-m``
    deselects them all: the per-quotation checks of the older probe batches are some
    16,000 parametrized items that the default run built only to deselect (1.5-2 s of
    CPU in each worker's collection). ``-m slow`` and ``-m ''`` build them as before;
    items marked slow later (a parameter's marks, ``pytest_collection_modifyitems``
    below) are built and deselected as before."""
    if not inspect.isfunction(obj) and not inspect.isclass(obj):
        return None
    if not _markexpr_leaves_out_slow(collector.config):
        return None
    marks = getattr(obj, "pytestmark", [])
    slow = any(mark.name == "slow" for mark in marks) or any(collector.iter_markers("slow"))
    return [] if slow else None


PROBE_BATCH = re.compile(r"test_(attribution|coref|org|role)_probes(\d+)\.py")
NEWEST_BATCHES_IN_DEFAULT = 3  # of each family; the older ones' figures run with -m slow


@pytest.hookimpl(tryfirst=True)  # before -m deselects by the marks
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The figures of all but the newest invented probe batches of each family in the slow
    set, as every hand-judged PolNeAR sample is: the default run keeps the newest as its
    guards within its two minutes (the figures took 39 of its 230 s
    of CPU), and CI's slow run, like ``pytest -m '' -k figure``, judges every batch."""
    batches: dict[str, set[int]] = {}
    for item in items:
        if found := PROBE_BATCH.fullmatch(item.path.name):
            batches.setdefault(found[1], set()).add(int(found[2]))
    newest = {family: sorted(n)[-NEWEST_BATCHES_IN_DEFAULT:] for family, n in batches.items()}
    for item in items:
        found = PROBE_BATCH.fullmatch(item.path.name)
        if found and "figure" in item.name and int(found[2]) not in newest[found[1]]:
            item.add_marker(pytest.mark.slow)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Frozen; then the youngest generation collected every 7,000 new objects rather
    than 700: every hundredth collection walks everything not frozen (caches of
    analyses, the models' features), which took 5 of the 7 s the collector had in each
    worker's run; garbage cycles live a little longer, nothing else changes."""
    _freeze(session.config)
    _, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION, *older)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    """Frozen again after the first test that loads the models. (A test that unfreezes,
    as ``onrecord ingest --jobs 2`` does as it ends, is left alone: asking how much is
    frozen walks it all.)"""
    yield
    if not item.config.stash.get(_models_frozen, True) and _models_loaded():
        _freeze(item.config)
