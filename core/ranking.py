"""Linear rankers: choose the best of several candidates by the sum of their features'
weights, and the averaged ranking perceptron that learns the weights (the speaker of a
quotation, :mod:`core.speaker_choice`, and its training script).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat


@dataclass
class RankingExample:
    """One choice: each candidate's features and whether it is right."""

    features: list[list[str]]
    right: list[bool]


class LinearRanker:
    """A linear scorer of candidates: the sum of their features' weights."""

    kind = "ranker"

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def score(self, feats: list[str]) -> float:
        return sum(map(self.weights.get, feats, repeat(0.0)))

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> LinearRanker:
        weights = data["weights"]
        if not isinstance(weights, dict):
            raise TypeError("weights must be an object")
        return cls({str(k): float(v) for k, v in weights.items()})


class AveragedWeights:
    """Perceptron weights and their average over every training step, kept lazily: a
    weight's running total is brought up to date only when it changes."""

    def __init__(self) -> None:
        self.weights: dict[str, float] = defaultdict(float)
        self._totals: dict[str, float] = defaultdict(float)  # weight summed over the steps
        self._stamps: dict[str, int] = defaultdict(int)  # the step each weight last changed

    def add(self, feature: str, delta: float, step: int) -> None:
        self._totals[feature] += (step - self._stamps[feature]) * self.weights[feature]
        self._stamps[feature] = step
        self.weights[feature] += delta

    def averaged(self, step: int) -> dict[str, float]:
        """Each weight's average over ``step`` steps."""
        return {
            f: (self._totals[f] + (step - self._stamps[f]) * w) / max(step, 1)
            for f, w in self.weights.items()
        }


def train_ranker(
    data: Sequence[RankingExample], epochs: int, seed: int, cls: type[LinearRanker] = LinearRanker
) -> LinearRanker:
    """An averaged ranking perceptron: when a wrong candidate scores highest, the best
    scoring right one gains its features and the wrong one loses its own. Deterministic
    for a given ``seed``."""
    learnt = AveragedWeights()
    step = 0
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for n in order:
            step += 1
            example = data[n]
            scores = [sum(learnt.weights.get(f, 0.0) for f in fs) for fs in example.features]
            guess = max(range(len(scores)), key=lambda i: (scores[i], -i))
            if example.right[guess]:
                continue
            truth = max(
                (i for i, ok in enumerate(example.right) if ok), key=lambda i: (scores[i], -i)
            )
            for feature, delta in [(f, 1.0) for f in example.features[truth]] + [
                (f, -1.0) for f in example.features[guess]
            ]:
                learnt.add(feature, delta, step)
    averaged = {f: mean for f, w in learnt.averaged(step).items() if (mean := round(w, 4))}
    return cls(averaged)
