"""Linear rankers: choose the best of several candidates by the sum of their features'
weights, and the averaged ranking perceptron that learns the weights (the speaker of a
quotation, :mod:`core.speaker_choice`, and its training script).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import blake2b
from itertools import repeat


@dataclass
class RankingExample:
    """One choice: each candidate's features and whether it is right, and a key naming it
    (where it comes from: its place in the training order; by default its content)."""

    features: list[list[str]]
    right: list[bool]
    key: str = ""


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


def train_ranker(
    data: Sequence[RankingExample], epochs: int, seed: int, cls: type[LinearRanker] = LinearRanker
) -> LinearRanker:
    """An averaged ranking perceptron: when a wrong candidate scores highest, the best
    scoring right one gains its features and the wrong one loses its own. Each epoch
    meets the examples in the order of :func:`keyed_order`: deterministic for a given
    ``seed``, and one example more or less leaves the others in the order they had.
    Features are numbered once and weights kept in lists, which does the same arithmetic
    as string-keyed dictionaries in a third of the time."""
    ids: dict[str, int] = {}
    coded = [
        [[ids.setdefault(f, len(ids)) for f in fs] for fs in example.features] for example in data
    ]
    weights = [0.0] * len(ids)
    totals = [0.0] * len(ids)  # each weight summed over the steps before its last change
    stamps = [0] * len(ids)  # the step each weight last changed
    touched = [False] * len(ids)
    step = 0
    for epoch in range(epochs):
        for n in keyed_order(data, f"{seed}.{epoch}"):
            step += 1
            candidates, right = coded[n], data[n].right
            scores = [sum(weights[f] for f in fs) for fs in candidates]
            guess = max(range(len(scores)), key=lambda i: (scores[i], -i))
            if right[guess]:
                continue
            truth = max((i for i, ok in enumerate(right) if ok), key=lambda i: (scores[i], -i))
            for feature, delta in [(f, 1.0) for f in candidates[truth]] + [
                (f, -1.0) for f in candidates[guess]
            ]:
                totals[feature] += (step - stamps[feature]) * weights[feature]
                stamps[feature] = step
                weights[feature] += delta
                touched[feature] = True
    averaged = {}
    for feature, n in ids.items():
        if touched[n]:
            mean = (totals[n] + (step - stamps[n]) * weights[n]) / max(step, 1)
            if mean := round(mean, 4):
                averaged[feature] = mean
    return cls(averaged)


def keyed_order(data: Sequence[RankingExample], salt: str) -> list[int]:
    """The indices of ``data`` sorted by a salted hash of each example's key: a seeded
    order in which an example's place depends on its own key alone. A shuffle re-deals
    every example when one is added or dropped, and the perceptron then lands on other
    close calls; here the others keep their order."""
    secret = salt.encode()

    def rank(n: int) -> bytes:
        example = data[n]
        key = example.key or repr((example.features, example.right))
        return blake2b(key.encode(), digest_size=8, key=secret).digest()

    return sorted(range(len(data)), key=rank)
