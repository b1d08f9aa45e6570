"""Command-line refusals that say why: a screenshot's file Qt cannot write, a negative
--limit, a split the command line cannot make, a folder with nothing to read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_screenshot_in_a_format_qt_cannot_write_says_which_it_can(tmp_path: Path) -> None:
    shot = tmp_path / "shot.txt"
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", "gui", "--screenshot", str(shot)]
        + ["--db", str(tmp_path / "lib.db")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2 and not shot.exists()
    [line] = done.stderr.splitlines()
    assert line.startswith(
        f"onrecord: cannot write the screenshot {shot}: Qt writes no \u201c.txt\u201d image;"
        " name it .png, or one of"
    )
    assert ".png" in line and ".jpg" in line
    assert not (tmp_path / "lib.db").exists()  # refused before the window was built
