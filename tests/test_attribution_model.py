"""The shipped speaker ranker is what its training script makes of today's pipeline."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"


@pytest.mark.slow  # about half a minute: .ci/run runs it after the README's test command
@pytest.mark.skipif(
    not (TRAIN / "attributions").is_dir(),
    reason=f"PolNeAR train is not at {TRAIN} (../shared is absent)",
)
def test_training_reproduces_the_shipped_speaker_ranker() -> None:
    """A change to the pipeline changes the features the ranker was trained on: the
    shipped weights must then be trained again (``scripts/train_attribution.py``)."""
    spec = importlib.util.spec_from_file_location(
        "train_attribution", ROOT / "scripts" / "train_attribution.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_attribution", script)
    spec.loader.exec_module(script)
    articles = sorted(script.load_split(TRAIN), key=lambda a: a.name)
    model = script.train([e for article in articles for e in script.examples(article)])
    text = script.model_text(model)
    assert text == script.OUTPUT.read_text(encoding="utf-8"), "stale: run the script"
