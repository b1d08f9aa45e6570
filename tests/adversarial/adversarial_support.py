"""Helpers for the hostile-input tests: generated articles and the command line.

A module of its own (not ``conftest``), so that importing it never picks up another
folder's conftest.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def onrecord_argv(*args: str | Path, db: Path) -> list[str]:
    """The ``onrecord`` command line on the library ``db``, run by this Python."""
    return [sys.executable, "-m", "core.cli", *map(str, args), "--db", str(db)]


def run_onrecord(
    *args: str | Path, db: Path, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the ``onrecord`` command line in a fresh process on the library ``db``."""
    return subprocess.run(
        onrecord_argv(*args, db=db),
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


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Each stored article (by file name) with its quotes: offsets, text, speaker."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            'SELECT a.source_path, q.start, q."end", q.text, s.name FROM articles a'
            " LEFT JOIN quotes q ON q.article_id = a.id LEFT JOIN speakers s ON s.id = q.speaker_id"
            " ORDER BY a.source_path, q.start"
        ).fetchall()
    out: dict[str, list[tuple]] = {}
    for path, *quote in rows:
        out.setdefault(Path(path).name, []).extend([tuple(quote)] if quote[0] is not None else [])
    return out
