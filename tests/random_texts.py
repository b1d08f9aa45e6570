"""Random texts for the quick-finds tests, which hold a search read from the article's
word index to the pattern it replaces on many small texts of awkward characters."""

import random
from collections.abc import Sequence


def joined(
    seed: int, count: int, parts: Sequence[str], glue: Sequence[str], most: int
) -> list[str]:
    """``count`` texts of up to ``most`` random ``parts``, each followed by random ``glue``."""
    rng = random.Random(seed)
    return [
        "".join(rng.choice(parts) + rng.choice(glue) for _ in range(rng.randint(0, most)))
        for _ in range(count)
    ]
