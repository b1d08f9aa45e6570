"""Modules of a package imported without its ``__init__`` (core.packages), each test in a
fresh interpreter: PySide6, which pytest-qt imports here, reads every module imported
after it, which runs a deferred ``__init__`` as any question of a name would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(tmp_path: Path):
    """Runs code in a fresh interpreter that sees ``deferpkg``: an ``__init__`` that
    imports a heavy module, a sub-package whose ``__init__`` does too, light modules."""
    root = tmp_path / "deferpkg"
    (root / "sub").mkdir(parents=True)
    (root / "__init__.py").write_text("from deferpkg.heavy import WEIGHT\nREADY = True\n")
    (root / "heavy.py").write_text("WEIGHT = 1000\n")
    (root / "tools.py").write_text("def twice(x):\n    return 2 * x\n")
    (root / "sub" / "__init__.py").write_text("from deferpkg import heavy\nSUB_READY = True\n")
    (root / "sub" / "light.py").write_text("from deferpkg import tools\nFOUR = tools.twice(2)\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}

    def python(code: str) -> str:
        head = "import sys\nfrom core.packages import defer_inits\n"
        done = subprocess.run(
            [sys.executable, "-c", head + code], env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    return python


def test_a_module_imports_without_the_inits_above_it(run) -> None:
    code = """
defer_inits("deferpkg.sub")
from deferpkg.sub.light import FOUR
print(FOUR, "deferpkg.heavy" in sys.modules, "READY" in vars(sys.modules["deferpkg"]))
"""
    assert run(code) == "4 False False"


def test_a_deferred_package_runs_its_init_when_asked_for_a_name(run) -> None:
    code = """
defer_inits("deferpkg.sub")
import deferpkg.sub
print(deferpkg.READY, deferpkg.WEIGHT, deferpkg.sub.SUB_READY, hasattr(deferpkg, "missing"))
"""
    assert run(code) == "True 1000 True False"


def test_an_imported_package_is_left_alone(run) -> None:
    code = """
import deferpkg
defer_inits("deferpkg.sub")
print(sys.modules["deferpkg"] is deferpkg, deferpkg.sub.SUB_READY)
"""
    assert run(code) == "True True"


def test_only_packages_can_be_deferred(run) -> None:
    code = """
try:
    defer_inits("deferpkg.tools")
except ImportError as error:
    print("refused", error.name)
"""
    assert run(code) == "refused deferpkg.tools"
