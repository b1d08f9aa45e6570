"""The speaker finder's quick searches find what the patterns they replace find."""

import random
import re

from core.organisation_names import SENTENCE_OPENS
from core.organisation_names import opens_sentence as _opens_sentence
from core.person_names import CAPITALISED_NEXT, LONE_SURNAME
from core.person_names import after_capitalised as _after_capitalised
from core.person_names import lone_surname as _lone_surname
from core.person_names import with_capitalised_next as _with_capitalised_next
from core.person_names import written_alone as _written_alone
from tests.random_texts import joined

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


# names and the words around them: lower case, "Mr."/"Ms."/"Mrs.", capitals, possessives
NAME_PARTS = ["Bo", "Al", "Bo", "bo", "said", "Mr.", "Mrs.", "Ms.", "É", "_", "Bo's", "Al’s"]
NAME_GLUE = [" ", " ", "  ", "\t", "\xa0", ", ", ".", "-", "", ";", ":", "\n", "é", "x"]


def _name_texts(seed: int, count: int) -> list[str]:
    return joined(seed, count, NAME_PARTS, NAME_GLUE, 7)


def test_the_word_index_finds_what_the_name_patterns_find() -> None:
    texts = _name_texts(3, 2000) + ["said Bo declined; Mr. Bo's aide, Bo Al met Bo\tAl_ Bo Al"]
    for text in texts:
        for first, last in (("Bo", "Al"), ("Al", "Bo"), ("bo", "Bo"), ("O'Bo", "Al")):
            lone = re.search(LONE_SURNAME.format(re.escape(last)), text) is not None
            assert _lone_surname(text, last) == lone, (text, last)
            found = [(at, m and m.group(1)) for at, m in _with_capitalised_next(text, first)]
            starts = [m.start() for m in re.finditer(rf"\b{re.escape(first)}\b", text)]
            nexts = [CAPITALISED_NEXT.match(text, at + len(first)) for at in starts]
            expected = [(at, m and m.group(1)) for at, m in zip(starts, nexts, strict=True)]
            assert found == expected, (text, first)


def test_a_name_after_no_capitals_word_is_no_place_in_full() -> None:
    """Where ``_after_capitalised`` says no, ``GroupResolver._placed_in_full``'s pattern, skipped
    there, finds nothing; it says no often."""
    texts = _name_texts(5, 2000) + ["The Washington Post said", "the Post: Bo Al", "A.b-c Al"]
    said_no = 0
    for text in texts:
        for word in ("Bo", "Al", "Bo Al"):
            placed = re.compile(
                rf"\b((?:[A-Z][\w.\-]*[ \t\xa0]+){{1,3}}){re.escape(word)}\b(?!['\u2019])"
            )
            for start, end in ((0, len(text)), (3, len(text) - 2)):
                if not _after_capitalised(text, word, start, end):
                    said_no += 1
                    assert placed.search(text, start, end) is None, (text, word, start, end)
    assert said_no > len(texts)
