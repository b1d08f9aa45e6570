"""Hostile-input tests: hypothesis profiles, generated articles, the command line.

``ci`` (the default) keeps each property to 60 examples so the suite stays fast;
``HYPOTHESIS_PROFILE=long`` runs 2,000 per property, and kills the import in
``test_storage`` 13 times instead of 3, for a local soak of a few minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


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


@pytest.fixture
def onrecord():  # noqa: ANN201 - returns run_onrecord
    """``onrecord(*args, db=PATH)``: the command line in a child process."""
    return run_onrecord


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
