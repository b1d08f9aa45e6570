"""The phrase reader's quick searches find what the patterns they replace find."""

import re

from core.phrases import spaced_name_starts
from tests.random_texts import joined

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


def test_spaced_name_starts_are_the_matches_of_the_name_pattern() -> None:
    texts = joined(7, 2000, PARTS, GLUE, 8) + ["Bo Bo Bo Bo Al", "Bo\n\tAl Bob Al Bo Al_", "xBo Al"]
    for text in texts:
        for words in NAMES:
            name = r"\s+".join(re.escape(w) for w in words)
            expected = [m.start() for m in re.finditer(rf"\b{name}\b", text)]
            assert list(spaced_name_starts(text, words)) == expected, (text, words)
