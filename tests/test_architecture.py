"""The code's shape: core runs without Qt, the GUI writes no SQL, ruff is clean."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

NO_QT = """
import importlib, pkgutil, sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "shiboken6"}:
            raise ImportError(f"{name} is blocked: core must not need Qt")

sys.meta_path.insert(0, NoQt())
import core
for module in pkgutil.walk_packages(core.__path__, "core."):
    importlib.import_module(module.name)
from core.extract import extract
from importlib import resources
text = resources.files("resources.samples").joinpath("eu-training-mission.txt").read_text()
print(len(extract(text).quotes))
"""


def test_every_core_module_imports_and_extracts_with_qt_blocked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", NO_QT], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 18  # the demo article's quotes


EXTRACT_ONLY = """
import sys
from core import cli
cli.main(["extract", sys.argv[1], "--json", "--jobs", "1"])  # --jobs: read before the rest
heavy = {"sqlite_utils", "trafilatura", "pypdf", "docx", "PySide6"}
# what extraction over UTF-8 text never uses; NLTK's parsers and corpus readers come with
# nltk/__init__.py, which core.packages skips, numpy with NLTK's tagger module (tagging
# needs none of it: core.pos_training trains), and NLTK's semantics with nltk/sem/__init__.py
heavy |= {"dateutil", "charset_normalizer", "nltk.parse", "nltk.corpus", "nltk.tag", "numpy"}
heavy |= {"nltk.sem.boxer", "core.variants"}  # and the library's grouping of quote versions
heavy |= {"nameparser"}  # only a byline's names need it (25 ms of each start)
print("loaded:", *sorted(heavy & set(sys.modules)))
"""


def test_extract_over_text_loads_no_library_or_reader_packages(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("\u201cWe will stay,\u201d said Anna Berg, the mayor.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", EXTRACT_ONLY, str(article)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert '"Anna Berg"' in done.stdout
    assert done.stdout.splitlines()[-1] == "loaded:"  # each costs start-up time


SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP)\s+\w|\.execute\(")


def test_the_gui_writes_no_sql() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in sorted((ROOT / "gui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert not found, found


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")
@pytest.mark.parametrize("command", [["check"], ["format", "--check"]])
def test_ruff_is_clean(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *command, "."], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def _imports_from(node: ast.AST) -> Iterator[ast.ImportFrom]:
    """Every ``from ... import`` statement under ``node``, at any depth: an import is a
    statement, so only the statement lists are walked (an eighth of the time of walking
    every expression with ``ast.walk``)."""
    for field in ("body", "orelse", "finalbody", "handlers", "cases"):
        for child in getattr(node, field, ()):
            if isinstance(child, ast.ImportFrom):
                yield child
            yield from _imports_from(child)


def _core_imports(module: str) -> set[str]:
    """The core modules ``module`` imports anywhere in it, at its top or inside a function."""
    found: set[str] = set()
    for node in _imports_from(_tree(ROOT / "core" / f"{module}.py")):
        if node.module and node.module.startswith("core."):
            found.add(node.module.removeprefix("core."))
        elif node.module == "core":
            found.update(alias.name for alias in node.names)
    return found


def _cast_imports() -> set[str]:
    """The core modules the cast's modules import: speakers and its resolvers,
    core/cast_*.py."""
    cast_modules = ["speakers", *(p.stem for p in (ROOT / "core").glob("cast_*.py"))]
    return set().union(*map(_core_imports, cast_modules))


def test_the_kind_evidence_lies_below_the_cast_and_the_library_rules() -> None:
    """core.kind_evidence holds what the cast (speakers and its resolvers), identity and
    roles all read about what a named thing is, so the cast needs nothing of identity
    (which reads speakers)."""
    assert not _core_imports("kind_evidence") & {"speakers", "identity", "roles"}
    assert "identity" not in _cast_imports()
    assert "kind_evidence" in _cast_imports() & _core_imports("identity")


def test_each_resolver_of_the_cast_reads_the_others_through_protocols() -> None:
    """A resolver of the cast (core/cast_*.py but the patterns and protocols they share)
    reaches the cast and the other resolvers through the protocols of
    core.cast_protocols, so none imports another resolver's module nor speakers, not even
    for annotations, and each can be tested over a fake cast."""
    shared = {"cast_patterns", "cast_protocols"}
    resolvers = {p.stem for p in (ROOT / "core").glob("cast_*.py")} - shared
    assert {"cast_names", "cast_pronouns", "cast_nominals"} <= resolvers
    for resolver in resolvers:
        assert "cast_protocols" in _core_imports(resolver)
        assert not _core_imports(resolver) & (resolvers | {"speakers"}), resolver
    assert not _core_imports("cast_protocols") & (resolvers | {"speakers"})


ROLES_ALONE = """
import sys
import core.person, core.roles
print(*sorted(m for m in ("core.speakers", "core.attribution") if m in sys.modules))
"""


def test_a_persons_record_and_the_roles_load_without_the_cast() -> None:
    """core.person holds the Person the Cast keeps and what the roles read of one, so
    neither it nor core.roles loads core.speakers (roles names the Cast in annotations
    only): the cast's modules (speakers and its resolvers, core/cast_*.py) import roles
    at their top, and no import runs in a circle."""
    assert not _core_imports("person") & {"speakers", "roles", "attribution"}
    assert {"person", "roles"} <= _cast_imports()
    done = subprocess.run(
        [sys.executable, "-c", ROLES_ALONE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == []


def test_no_module_imports_another_modules_private_names() -> None:
    """What one module of core or gui reads of another is that module's public names: a
    helper two modules share is named without the leading underscore where it lives."""
    private: list[str] = []
    for path in sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "gui").rglob("*.py")]):
        for node in _imports_from(_tree(path)):
            if (node.module or "").startswith(("core", "gui")):
                private += [
                    f"{path.relative_to(ROOT)}: {node.module}.{alias.name}"
                    for alias in node.names
                    if alias.name.startswith("_") and not alias.name.startswith("__")
                ]
    assert private == []
