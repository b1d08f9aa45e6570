"""The shipped models measured again on the GUM documents held out from training."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from core import nlp

ROOT = Path(__file__).resolve().parents[1]
GUM = ROOT.parent / "shared" / "corpora" / "gum"

pytestmark = pytest.mark.skipif(
    not GUM.is_dir(), reason=f"the GUM corpus is not at {GUM} (../shared is absent)"
)


@pytest.fixture(scope="module")
def training() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_models", ROOT / "scripts/train_models.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_models", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(training: ModuleType) -> tuple[list, list]:
    return training.read_corpus()


def test_held_out_documents_are_whole_and_apart(training: ModuleType, corpus) -> None:
    train, held_out = corpus
    assert sorted(d.name for d in held_out) == sorted(training.HELD_OUT)
    assert not {d.name for d in train} & set(training.HELD_OUT)
    assert sum(1 for d in held_out if "_news_" in d.name) == 6


def test_sentence_boundaries(training: ModuleType, corpus) -> None:
    precision, recall, f1 = training.evaluate_sentences(corpus[1])
    assert f1 >= 0.97, (precision, recall)


def test_tokens_match_gum(training: ModuleType, corpus) -> None:
    assert training.evaluate_tokens(corpus[1]) >= 0.99


def test_part_of_speech_accuracy(training: ModuleType, corpus) -> None:
    assert training.evaluate_pos(corpus[1]) >= 0.945


def test_training_on_a_sample_is_deterministic_and_loads(
    training: ModuleType, corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the full retrain proves, on three documents and three passes of the tagger:
    training is deterministic (same JSON twice) and what it writes loads as the models the
    product runs on."""
    monkeypatch.setattr(training, "POS_ITERATIONS", 3)
    train, _ = corpus
    sample = sorted(train, key=lambda d: d.name)[:3]
    first = {name: training.model_json(data) for name, data in training.train_all(sample).items()}
    again = {name: training.model_json(data) for name, data in training.train_all(sample).items()}
    assert first == again
    shipped = sorted(p.name for p in (ROOT / "resources" / "models").glob("*.json"))
    assert set(first) <= set(shipped)
    assert nlp.punkt_from_json(json.loads(first[nlp.PUNKT_FILE])).abbrev_types
    assert nlp.tagger_from_json(json.loads(first[nlp.POS_FILE])).model.weights


def test_cross_validation_tags_each_document_by_a_tagger_that_never_saw_it(
    training: ModuleType, corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(training, "POS_ITERATIONS", 3)  # the folds, not the tagger's best
    train, _ = corpus
    sample = sorted(train, key=lambda d: d.name)[:3]
    figures = training.cross_validate(sample, 3)
    assert "all" in figures and set(figures) <= set(training.GROUPS)
    assert 0.5 < figures["all"] < 1 and figures["unknown"] < figures["all"]


@pytest.mark.slow  # 6-7 minutes: .ci/run runs it after the README's test command
def test_training_reproduces_the_shipped_models(training: ModuleType, corpus) -> None:
    """Training is deterministic and the committed models are the current script's."""
    train, _ = corpus
    models = ROOT / "resources" / "models"
    for name, data in training.train_all(train).items():
        shipped = (models / name).read_text(encoding="utf-8")
        assert training.model_json(data) == shipped, f"{name} is stale: retrain"
