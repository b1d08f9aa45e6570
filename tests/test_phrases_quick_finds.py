"""The phrase reader's quick searches find what the patterns they replace find."""

import random
import re

from core.phrases import spaced_name_starts

# name words and what may stand between them: spaces of every kind, letters, a digit,
# "_", an apostrophe, a hyphen, an accented letter
PARTS = ["Bo", "Al", "Bo", "Bob", "Al_", "É", "1", "O'Bo", "J", "bo"]
GLUE = [" ", " ", "  ", "\t", "\xa0", "\n", "\u2003", ", ", ".", "-", "", "'", "é", "x"]
NAMES = [
    ["Bo", "Al"],
    ["Al", "Bo"],
    ["Bo", "Bo"],
    ["Bo", "Bo", "Bo"],
    ["J", "Bo", "Al"],
    ["Bo"],
    ["O'Bo", "Al"],
    ["Bo", "É"],
    [],
]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PARTS) + rng.choice(GLUE) for _ in range(rng.randint(0, 8)))
        for _ in range(count)
    ]


def test_spaced_name_starts_are_the_matches_of_the_name_pattern() -> None:
    texts = _texts(7, 3000) + ["Bo Bo Bo Bo Al", "Bo\n\tAl Bob Al Bo Al_ Bo  Al", "xBo Al"]
    for text in texts:
        for words in NAMES:
            name = r"\s+".join(re.escape(w) for w in words)
            expected = [m.start() for m in re.finditer(rf"\b{name}\b", text)]
            assert list(spaced_name_starts(text, words)) == expected, (text, words)
