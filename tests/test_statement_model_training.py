"""The shipped statement model is the current training script's, and that training is
deterministic (``scripts/train_statements.py``, on PolNeAR train)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"

pytestmark = pytest.mark.skipif(
    not TRAIN.is_dir(), reason=f"PolNeAR train is not at {TRAIN} (../shared is absent)"
)


@pytest.fixture(scope="module")
def training() -> ModuleType:
    path = ROOT / "scripts" / "train_statements.py"
    spec = importlib.util.spec_from_file_location("train_statements", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_statements", module)
    spec.loader.exec_module(module)
    return module


def test_averaged_training_is_deterministic_and_order_free(training: ModuleType) -> None:
    """The same examples give the same weights, whatever order they come in: each pass
    visits them by a key of their own features, not of their positions."""
    data = [([f"w {n % 7}", f"n {n % 3}", "bias"], n % 7 < 3) for n in range(300)]
    first = training.logistic(data, 1e-4, 0.0).weights
    assert first == training.logistic(data, 1e-4, 0.0).weights
    assert first == training.logistic(data[::-1], 1e-4, 0.0).weights
    assert first["w 0"] > 0 > first["w 6"]


def test_averaged_training_changes_little_with_one_example_more(training: ModuleType) -> None:
    """One example more moves the weights by a little (the examples' order stays, and the
    mean over the passes smooths the last steps' jumps)."""
    data = [
        ([f"w {n % 11}", f"n {n % 5}", "bias"], (n % 11 < 5) != (n % 17 == 0)) for n in range(1000)
    ]
    before = training.logistic(data, 1e-3, 0.0).weights
    after = training.logistic(data + [(["w 3", "n 1", "bias"], True)], 1e-3, 0.0).weights
    assert before["w 0"] > 2 and before["w 6"] < -2
    assert max(abs(before[f] - after[f]) for f in before) < 0.05


@pytest.mark.slow  # ~2 minutes: .ci/run runs it with the other retrains
def test_training_reproduces_the_shipped_statement_model(training: ModuleType) -> None:
    model = training.train(training.load(TRAIN))
    data = dict(sorted(model.to_json().items()))
    shipped = training.MODEL_PATH.read_text(encoding="utf-8")
    assert json.dumps(data) + "\n" == shipped, "statements_en.json is stale: retrain"
