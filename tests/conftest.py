"""One folder per test run where the sample tests share their analyses (tests/analyses.py)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from tests.analyses import RUN_FOLDER

_made = pytest.StashKey[str]()  # the folder this process made, removed at its end


def pytest_configure(config: pytest.Config) -> None:
    """Made by the main process before pytest-xdist starts its workers, which inherit the
    environment; a run inside a run (or a worker) keeps the folder it was given."""
    if RUN_FOLDER not in os.environ:
        folder = tempfile.mkdtemp(prefix="onrecord-test-analyses-")
        os.environ[RUN_FOLDER] = folder
        config.stash[_made] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_made, None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(RUN_FOLDER, None)
