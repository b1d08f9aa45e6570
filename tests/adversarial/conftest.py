"""Hostile-input tests: hypothesis profiles.

``ci`` (the default) keeps each property to 60 examples so the suite stays fast;
``HYPOTHESIS_PROFILE=long`` runs 2,000 per property, and ``test_storage`` imports 800
articles instead of 240 and kills the import 13 times instead of 3: a soak of minutes.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("long", parent=settings.get_profile("ci"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
