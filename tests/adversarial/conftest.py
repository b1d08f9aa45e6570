"""Hostile-input tests: hypothesis profiles and shared helpers.

``ci`` (the default) keeps each property to 60 examples so the suite stays fast;
``HYPOTHESIS_PROFILE=long`` runs 2,000 per property for a local soak.
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
