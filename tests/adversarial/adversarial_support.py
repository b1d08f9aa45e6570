"""Helpers for the hostile-input tests: generated articles and the command line.

A module of its own (not ``conftest``), so that importing it never picks up another
folder's conftest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_onrecord(
    *args: str | Path, db: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the ``onrecord`` command line in a fresh process on the library ``db``."""
    return subprocess.run(
        [sys.executable, "-m", "core.cli", *map(str, args), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONUTF8": "1"},
    )


FIRST = ["Jane", "Omar", "Li", "Ana", "Piotr", "Grace", "Kwame", "Sofia", "Ravi", "Ines"]
LAST = ["Roe", "Haddad", "Wei", "Souza", "Nowak", "Okafor", "Mensah", "Rossi", "Iyer", "Lund"]


def article(n: int) -> str:
    """A short news article, different for every ``n``, with three attributed quotations."""
    mayor = f"{FIRST[n % 10]} {LAST[n // 10 % 10]}"
    critic = f"{FIRST[(n + 3) % 10]} {LAST[(n + 7) % 10]}"
    return (
        f"Council backs bridge plan {n}\n\n"
        f"SPRINGFIELD \u2014 The council approved plan {n} for the old bridge on Tuesday.\n\n"
        f"\u201cWe will rebuild bridge number {n} by the spring,\u201d said Mayor {mayor}.\n\n"
        f"{critic}, a council member, disagreed. \u201cPlan {n} costs far too much for a town"
        f" this size,\u201d {critic.split()[1]} told reporters.\n\n"
        f"\u201cWe will see,\u201d {mayor.split()[1]} added.\n"
    )


def write_articles(folder: Path, numbers: range) -> Path:
    """``article(n)`` for each ``n`` as ``folder/article-NNNN.txt``; returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"article-{n:04d}.txt").write_text(article(n), encoding="utf-8")
    return folder
