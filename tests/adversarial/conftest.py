"""Hostile-input tests: hypothesis profiles and the ``onrecord`` fixture.

``ci`` (the default) keeps each property to 60 examples so the suite stays fast;
``HYPOTHESIS_PROFILE=long`` runs 2,000 per property, and ``test_storage`` imports 800
articles instead of 400 and kills the import 13 times instead of 3: a soak of minutes.
"""

from __future__ import annotations

import os

import pytest
from adversarial_support import run_onrecord
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


@pytest.fixture
def onrecord():  # noqa: ANN201 - returns run_onrecord
    """``onrecord(*args, db=PATH)``: the command line in a child process."""
    return run_onrecord
