"""The attributor's word-index reads find what the patterns they replace find."""

import random
import re

from core.name_kinds import _OPENS, _lower_and_opening_indexed

PARTS = ["Said", "said", "Saidx", ". ", " ", "\n"]
PARTS += ["'", "’", "-", "@", "#", "é", "x", "? ", '"', "“"]


def _by_patterns(text: str, word: str) -> bool:
    """``_lower_and_opening`` as it was written, by two patterns compiled for the word."""
    if not re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text):
        return False
    for found in re.finditer(rf"(?<![\w'’@#-]){re.escape(word)}(?![\w'’-])", text):
        if not _OPENS.search(text[max(0, found.start() - 4) : found.start()]):
            return False
    return True


def test_lower_and_opening_from_the_word_index_is_the_patterns_reading() -> None:
    rng = random.Random(5)
    texts = ["".join(rng.choice(PARTS) for _ in range(rng.randint(0, 8))) for _ in range(4000)]
    answers = [_by_patterns(text, "Said") for text in texts]
    assert 100 < sum(answers) < len(texts) - 100  # both answers are asked for
    for text, answer in zip(texts, answers, strict=True):
        assert _lower_and_opening_indexed(text, "Said") == answer, text
