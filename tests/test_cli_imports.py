"""What listing a library imports: `onrecord speakers` and `onrecord quotes` read through
core.queries and load none of the analysis stack, the readers or sqlite-utils (each costs
start-up time; see BENCHMARKS.md, "Listing from the command line"). Checked in a fresh
process's ``sys.modules``, which no import trick can hide a module from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.ingest import sample_paths

ROOT = Path(__file__).resolve().parents[1]

LISTING = """
import json, sys
from core import cli
code = cli.main(json.loads(sys.argv[1]))
heavy = {"core.nlp", "core.attribution", "core.statements", "core.roles", "core.speakers",
         "core.identity", "core.people", "core.person_roles", "core.library",
         "core.corrections", "core.readers", "sqlite_utils", "numpy", "nltk"}
print("exit", code, "loaded:", *sorted(heavy & set(sys.modules)))
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("listing") / "library.db"
    seed = next(p for p in sample_paths() if p.suffix == ".txt")
    assert main(["ingest", "--db", str(db), "--jobs", "1", "--quiet", str(seed)]) == 0
    return db


@pytest.mark.parametrize(
    "command",
    [
        ["speakers"],
        ["speakers", "--filter", "Rob"],
        ["quotes"],
        ["quotes", "--json", "--speech", "all"],
        ["quotes", "--speaker", "Robert Brieger"],
        ["quotes", "--search", "training", "--sort", "speaker"],
        ["quotes", "--speaker", "Nobody Here"],  # a name no speaker has: an error, same imports
    ],
)
def test_listing_loads_no_analysis_code(library: Path, command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", LISTING, json.dumps([*command, "--db", str(library)])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    *listed, last = done.stdout.splitlines()
    expected = 1 if "Nobody Here" in command else 0
    assert last == f"exit {expected} loaded:"
    assert listed or expected


def test_a_persons_details_still_load_what_they_need(library: Path) -> None:
    """``speakers --json`` gives each person's roles and gender: the Library, as before."""
    done = subprocess.run(
        [sys.executable, "-c", LISTING, json.dumps(["speakers", "--json", "--db", str(library)])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "core.library" in done.stdout.splitlines()[-1]
    assert "Robert Brieger" in done.stdout


def test_the_command_line_imports_no_dataclasses_of_the_analysis() -> None:
    """``import core.cli`` leaves the rows' and the analysis' dataclasses (core.records,
    core.document) to ``_analysis``, whose kept compiling reads their methods compiled
    (core.packages.compiled_kept): imported before it, their 128 methods were compiled
    at every start of ``onrecord extract``, a tenth of its start-up instructions."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys, core.cli; print(*sorted(sys.modules))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "core.cli" in loaded
    assert not loaded & {"core.records", "core.document"}
