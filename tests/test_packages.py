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


KEPT_MODULE = """
import re
from dataclasses import dataclass, field

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: "int" = 0
    tags: tuple[str, ...] = field(default=(), compare=False)

@dataclass
class Box:
    items: list[int] = field(default_factory=list)

NAMED = re.compile(r"(?P<first>[A-Z]\\w+) (?P<last>[A-Z]\\w+)(?:, (\\d+))?", re.I | re.M)
BYTES = re.compile(rb"[\\x00-\\x1f]+")
"""

KEPT_DUMP = """
import dataclasses, marshal, re, re._parser, sys
from pathlib import Path
from core import packages
parsed = []
parse = re._parser.parse
re._parser.parse = lambda *a: parsed.append(a[0]) or parse(*a)
made = []
sys.addaudithook(lambda event, args: event == "compile" and made.append(args[0]))
if sys.argv[1] == "kept":
    with packages.compiled_kept(Path(sys.argv[2])):
        import keptmod
else:
    import keptmod
out = []
for cls in (keptmod.Point, keptmod.Box):
    for name, fn in sorted(vars(cls).items()):
        if callable(fn) and hasattr(fn, "__code__"):
            out.append((name, marshal.dumps(fn.__code__).hex(), repr(fn.__annotations__),
                        fn.__qualname__, repr(fn.__defaults__)))
compiled = (sum(1 for m in made if b"__create_fn__" in bytes(m)), len(parsed))
for p, flags in ((keptmod.NAMED, re.I | re.M), (keptmod.BYTES, 0)):
    fresh = re._compiler.compile(p.pattern, flags)  # compares the programs too
    out.append((p.pattern, p.flags, p.groups, dict(p.groupindex), p == fresh))
print(repr(out))
print(*compiled, "exec" in vars(dataclasses), re._compiler.compile.__module__)
"""


def test_what_dataclasses_and_re_compile_is_kept_and_made_the_same(tmp_path: Path) -> None:
    """compiled_kept: the first use compiles and writes the copy; the next makes the same
    methods (code, annotations, names, defaults) and the same patterns (programs and
    groups) from it without compiling any."""
    (tmp_path / "keptmod.py").write_text(KEPT_MODULE)
    copy = tmp_path / "kept.marshal"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(tmp_path)])}

    def dump(mode: str) -> tuple[str, str]:
        done = subprocess.run(
            [sys.executable, "-c", KEPT_DUMP, mode, str(copy)],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        made, counts = done.stdout.strip().split("\n")
        return made, counts

    plain, counts = dump("plain")
    assert counts.split()[0] != "0" and counts.split()[1] != "0"
    first, counts = dump("kept")
    assert first == plain and copy.exists()
    written = copy.read_bytes()
    again, counts = dump("kept")
    assert again == plain
    # nothing compiled, every method and pattern from the copy; the hooks gone after it
    assert counts == "0 0 False re._compiler"
    assert copy.read_bytes() == written
    copy.write_bytes(b"damaged")
    assert dump("kept")[0] == plain  # a damaged copy: compiled as before, and written again
    assert copy.read_bytes() == written
