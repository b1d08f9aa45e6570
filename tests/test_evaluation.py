"""The PolNeAR scorer on hand-made splits whose scores are worked out by hand, and beside
the reference scorer on the real dev split."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core.evaluation import PredictedQuote, Scores, load_split, score

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "corpora" / "polnear" / "dev"
REFERENCE = SHARED / "tools" / "polnear_score.py"

TEXT = (
    "\u201cWe will win,\u201d Borrell said. He called it a \u201cdisaster\u201d twice.\n\n"
    'Smith said: "Taxes rise."\n\n'
    "\u201cFirst part\n\n\u201cSecond part,\u201d Jones said.\n"
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def write_split(root: Path, name: str, text: str, ann: str, extra_ann: str | None = None) -> Path:
    (root / "text").mkdir(parents=True, exist_ok=True)
    (root / "attributions").mkdir(exist_ok=True)
    (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
    (root / "attributions" / f"{name}_a1.ann").write_text(ann, encoding="utf-8")
    if extra_ann is not None:
        (root / "attributions" / f"{name}_b2.ann").write_text(extra_ann, encoding="utf-8")
    return root


@pytest.fixture
def split(tmp_path: Path) -> Path:
    win = span(TEXT, "We will win,")
    borrell = span(TEXT, "Borrell")
    taxes = span(TEXT, "Taxes rise.")
    smith = span(TEXT, "Smith")
    first, second = span(TEXT, "First part"), span(TEXT, "Second part,")
    jones = span(TEXT, "Jones")
    ann = "\n".join(
        [
            f"T1\tSource {borrell[0]} {borrell[1]}\tBorrell",
            f"T2\tContent {win[0]} {win[1]}\tWe will win,",
            "E1\tAttribution:T3 Source:T1 Content:T2",
            f"T4\tSource {smith[0]} {smith[1]}\tSmith",
            f"T5\tContent {taxes[0]} {taxes[1]}\tTaxes rise.",
            "E2\tAttribution:T6 Source:T4 Content:T5",
            f"T7\tSource {jones[0]} {jones[1]}\tJones",
            f"T8\tContent {first[0]} {first[1]};{second[0]} {second[1]}\tFirst part Second part,",
            "E3\tAttribution:T9 Content:T8 Source:T7",
        ]
    )
    return write_split(tmp_path / "split", "article", TEXT, ann, extra_ann="")


def test_gold_pairs_marks_as_defined(split: Path) -> None:
    [article] = load_split(split)  # the second annotator's file is ignored
    spans = [TEXT[a:b] for a, b in (q.span for q in article.quotes)]
    assert spans == ["We will win,", "disaster", "Taxes rise.", "First part", "Second part,"]
    owners = [q.attribution is not None for q in article.quotes]
    assert owners == [True, False, True, True, True]  # "disaster" is a scare quote


def test_a_split_read_for_some_texts_alone(split: Path) -> None:
    assert [a.name for a in load_split(split, only={"article"})] == ["article"]
    assert load_split(split, only={"another"}) == []


def test_hand_worked_scores(split: Path) -> None:
    articles = load_split(split)
    predictions = {
        "article": [
            PredictedQuote(*span(TEXT, "We will win,"), "Josep Borrell", None, None),  # surname
            PredictedQuote(*span(TEXT, "disaster"), "Borrell"),  # a scare quote: false alarm
            PredictedQuote(*span(TEXT, "Taxes rise."), "he", *span(TEXT, "He")),  # wrong
            PredictedQuote(*span(TEXT, "Second part,"), "Jones", *span(TEXT, "Jones")),
            PredictedQuote(*span(TEXT, "said"), "Nobody"),  # matches nothing
        ]
    }
    scores = score(articles, predictions)
    # gold with attribution: 4; matched right: 3 (win, taxes, second); first part missed
    assert (scores.tp, scores.fp, scores.fn) == (3, 2, 1)
    assert (scores.speaker_right, scores.speaker_total) == (2, 3)
    assert scores.precision == pytest.approx(3 / 5)
    assert scores.recall == pytest.approx(3 / 4)
    assert scores.speaker_accuracy == pytest.approx(2 / 3)
    p, r = 2 / 5, 2 / 4
    assert scores.quote_speaker_f1 == pytest.approx(2 * p * r / (p + r))
    kinds = sorted(e.kind for e in scores.errors)
    assert kinds == ["false alarm", "false alarm", "miss", "wrong speaker"]


def test_pronoun_names_never_match_by_last_word(split: Path) -> None:
    articles = load_split(split)
    he = PredictedQuote(*span(TEXT, "We will win,"), "he")
    assert score(articles, {"article": [he]}).speaker_right == 0


def test_single_quoted_predictions_are_not_scored(tmp_path: Path) -> None:
    text = "He said \u2018maybe\u2019 and 'perhaps' then left.\n"
    split = write_split(tmp_path / "s", "a", text, "")
    predictions = {
        "a": [PredictedQuote(*span(text, "maybe")), PredictedQuote(*span(text, "perhaps"))]
    }
    assert (score(load_split(split), predictions).fp) == 0


def test_summary_line() -> None:
    scores = Scores(tp=9, fp=1, fn=1, speaker_right=8, speaker_total=9)
    assert scores.summary(84, 1.234) == (
        "quotes P=0.900 R=0.900 F1=0.900 speaker-acc=0.889 quote+speaker F1=0.800 "
        "articles=84 seconds=1.23"
    )


def _simple_predictor(text: str) -> list[dict]:
    """Every double-quoted span, speaker the capitalised word before the next "said"."""
    out = []
    for match in re.finditer(r"[\u201c\"]([^\u201c\u201d\"\n]+)[\u201d\"]", text):
        after = re.search(r"([A-Z][a-z]+) said", text[match.end() : match.end() + 80])
        quote = {"start": match.start(1), "end": match.end(1), "text": match.group(1)}
        if after:
            s = match.end() + after.start(1)
            quote |= {
                "speaker": after.group(1),
                "speaker_start": s,
                "speaker_end": s + len(after.group(1)),
            }
        out.append(quote)
    return out


@pytest.mark.skipif(
    not DEV.is_dir() or not REFERENCE.is_file(),
    reason="../shared (PolNeAR dev and the reference scorer) is absent",
)
def test_same_figures_as_the_reference_scorer(tmp_path: Path) -> None:
    articles = load_split(DEV)
    predictions = {a.name: _simple_predictor(a.text) for a in articles}
    pred_file = tmp_path / "pred.json"
    pred_file.write_text(
        json.dumps([{"file": f"{name}.txt", "quotes": q} for name, q in predictions.items()]),
        encoding="utf-8",
    )
    reference = subprocess.run(
        [sys.executable, str(REFERENCE), str(DEV), str(pred_file)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    mine = score(
        articles, {k: [PredictedQuote.from_json(q) for q in v] for k, v in predictions.items()}
    )
    figures = dict(re.findall(r"([\w+-]+(?: F1)?)=([\d.]+)", reference))
    assert figures["P"] == f"{mine.precision:.3f}"
    assert figures["R"] == f"{mine.recall:.3f}"
    assert figures["F1"] == f"{mine.f1:.3f}"
    assert figures["speaker-acc"] == f"{mine.speaker_accuracy:.3f}"
    assert figures["quote+speaker F1"] == f"{mine.quote_speaker_f1:.3f}"
    assert f"tp={mine.tp} fp={mine.fp} fn={mine.fn}" in reference
