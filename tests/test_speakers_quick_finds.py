"""The speaker finder's quick searches find what the patterns they replace find."""

import random
import re

from core.speakers import SENTENCE_OPENS, _opens_sentence, _written_alone

# letters, a digit, a numeral, "_", an accented letter, marks and spaces of every kind
ALPHABET = "ab _.'é1²\u2019 \t\xa0\n!?\"”"


def _texts(seed: int, count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)
    ]


def test_written_alone_finds_the_matches_of_the_whole_word_pattern() -> None:
    words = ["", "a", "ab", "b.", "_a", "é1", "a a", "’a"]
    for text in _texts(1, 3000, 14) + ["Del Rio in Del Rio, Del Riot", "aab ab_ab ab"]:
        for word in words:
            expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
            assert list(_written_alone(text, word)) == expected, (text, word)


def test_opens_sentence_is_the_sentence_opening_search_from_the_start() -> None:
    for text in _texts(2, 3000, 12) + ["Said he. \xa0 Okafor", "x\n  Okafor"]:
        for at in range(len(text) + 1):
            expected = SENTENCE_OPENS.search(text, 0, at) is not None
            assert _opens_sentence(text, at) == expected, (text, at)
