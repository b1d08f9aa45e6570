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
    script = _script()
    articles = sorted(script.load_split(TRAIN), key=lambda a: a.name)
    model = script.train([e for article in articles for e in script.examples(article)])
    text = script.model_text(model)
    assert text == script.OUTPUT.read_text(encoding="utf-8"), "stale: run the script"


def _script():
    spec = importlib.util.spec_from_file_location(
        "train_attribution", ROOT / "scripts" / "train_attribution.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_attribution", script)
    spec.loader.exec_module(script)
    return script


def test_the_script_lists_a_wrong_speaker_with_its_kind_and_candidates() -> None:
    """``--errors``: a cross-validated wrong speaker is listed with the text around the
    quotation and each candidate; a right one is not listed."""
    from core.evaluation import Attribution, GoldArticle, GoldQuote

    script = _script()
    text = 'Mary Jones met Tom Smith on Monday. "We will win," Smith told reporters later.'
    start, end = text.index("We will"), text.index(',"') + 1
    model = script.SpeakerModel({})

    def listed(source: str) -> list[str]:
        at = text.index(source)
        gold = GoldQuote((start, end), Attribution(((at, at + len(source)),), ((start, end),)))
        article = GoldArticle("a", text, (gold,))
        return script.wrong_choices(article, script.read(text, model).attributions, model)

    assert listed("Smith told") == []
    (entry,) = listed("Mary Jones")  # a candidate, but the model chose Smith
    header, context, *candidates = entry.split("\n")
    assert header.split("\t")[:2] == [f"a:{start}", "outscored"]
    assert "[[We will win,]]" in context
    assert any("'Smith'" in c and c.lstrip().startswith("*-") for c in candidates)
    assert any("'Mary Jones'" in c and c.lstrip().startswith("R") for c in candidates)


def test_the_standard_error_counts_articles_not_quotations() -> None:
    """Articles are the sampled units: the same errors bunched in one article are noisier
    than spread over all, and articles all equally right have no spread."""
    from core.evaluation import Scores

    script = _script()
    spread = [Scores(speaker_right=9, speaker_total=10) for _ in range(4)]
    bunched = [Scores(speaker_right=6, speaker_total=10)] + [
        Scores(speaker_right=10, speaker_total=10) for _ in range(3)
    ]
    assert script.standard_error(spread) == 0.0
    assert script.standard_error(bunched) > 0.05
    assert script.standard_error(bunched[:1]) == 0.0
