"""Linear rankers: choose the best of several candidates by the sum of their features'
weights, and the averaged ranking perceptron that learns the weights (the speaker of a
quotation, :mod:`core.speaker_choice`, and its training script).
"""

from __future__ import annotations

import zlib
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


def train_ranker(
    data: Sequence[RankingExample], epochs: int, seed: int, cls: type[LinearRanker] = LinearRanker
) -> LinearRanker:
    """An averaged ranking perceptron: when a wrong candidate scores highest, the best
    scoring right one gains its features and the wrong one loses its own. Each pass meets
    the examples in the order of a checksum of the example's own features and answer, the
    ``seed`` and the pass's number (see ``_pass_order``): deterministic, and an example
    added or removed leaves the others' order as it was, where a seeded shuffle of
    positions re-dealt them all (one more train quotation moved five probe entries).
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
    keys = [_example_key(example) for example in data]
    for epoch in range(epochs):
        for n in _pass_order(keys, seed, epoch):
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


def _example_key(example: RankingExample) -> bytes:
    """An example's identity, read from its contents, not its place in the data."""
    text = "\x1e".join(
        "\x1f".join(fs) + ("+" if ok else "-")
        for fs, ok in zip(example.features, example.right, strict=True)
    )
    return text.encode("utf-8")


def _pass_order(keys: list[bytes], seed: int, epoch: int) -> list[int]:
    """The examples' order in one pass: by a CRC-32 of each key salted with the seed and
    the pass's number (ties, identical examples, by position)."""
    salt = f"{seed}:{epoch}:".encode()
    return sorted(range(len(keys)), key=lambda n: (zlib.crc32(salt + keys[n]), n))
