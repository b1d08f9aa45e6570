"""The cheap tests run before a pattern (perf45): a stretch they turn away holds no match,
so the answers are the pattern's own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import (
    attribution,
    cast_patterns,
    name_kinds,
    nlp,
    nominals,
    person_names,
    roles,
    subjects,
)
from core.role_grammar import CREDIT, credit_spans

END_PATTERNS = [
    roles._NAME_AND,
    roles._SECOND_OF_PAIR,
    roles._LISTED,
    roles._OBJECT_BESIDE,
    cast_patterns.DESCRIBED_BEFORE,
    cast_patterns.WRITER_CLAUSE_BEFORE,
    cast_patterns.TOPIC_BEFORE,
    person_names.KIN_INTRODUCING,
    attribution.BODY_BEFORE,
    name_kinds._OWNER_BEFORE,
    nominals.DESCRIBED_BEFORE_NAMING,
    subjects.DEFINITE_PERSON,
]
# invented stretches, each ending as one of the patterns' matches may, or nearly so
STRETCHES = [
    "The team met Ann Lee and ",
    "Senators Mora Quill and \n",
    "both rivals Ann Lee, Bo Tran and  ",
    "the candidates Ann Lee, ",
    "said it for its chairman,",
    "said it for its chairman,\n",
    "They spoke. The moderator, ",
    "Her sister, \t",
    "Vale's cousin,\n",
    "Her daughter, Dr. ",
    "their grandson ",
    "the grocer's stepson ",
    "Later, when I called the mayor,",
    "When we asked Ms. Orr , \n",
    "As for Ann Lee, ",
    "As for Ann Lee ,",
    "no comma here ",
    "",
    "and",
    ", ",
    "The cooperative, ",
    "The dairy cooperative that owns the plant, the ",
    "The cooperative, the  ",
    "The cooperative , the\n",
    "They met the girl, ",
    "a retired veterinarian, Dr. ",
    "a retired veterinarian, Dr.",
    "the Clintons' \n",
    "said Putin’s  ",
]
WORDS = ["Ann", "Lee", "and", "The", "moderator", "for", "its", "when", "I", "As", "for", "his"]
WORDS += ["son", "Her", "Dr.", "the", "cooperative", "that", "owns", "girl", "Putin's"]


def _same(pattern: nlp.EndPattern, text: str, pos: int, end: int) -> None:
    got, own = pattern.search(text, pos, end), pattern.pattern.search(text, pos, end)
    assert (got and (got.span(), got.groups())) == (own and (own.span(), own.groups()))


def test_end_patterns_answer_as_their_patterns_on_invented_stretches() -> None:
    for text in STRETCHES:
        for pattern in END_PATTERNS:
            assert (pattern.search(text) is None) == (pattern.pattern.search(text) is None)
            for pos in range(len(text) + 1):
                for end in range(pos, len(text) + 2):
                    _same(pattern, text, pos, end)


def test_end_patterns_find_what_they_are_for() -> None:
    assert roles._NAME_AND.search("The team met Ann Lee and ") is not None
    assert cast_patterns.DESCRIBED_BEFORE.search("They spoke. The moderator, ") is not None
    assert cast_patterns.TOPIC_BEFORE.search("As for Ann Lee, ") is not None
    assert roles._OBJECT_BESIDE.search("said it for its chairman,\n") is not None
    for stretch in ("Her daughter, Dr. ", "their grandson ", "the grocer's stepson "):
        assert person_names.KIN_INTRODUCING.search(stretch) is not None
    for stretch in ("The cooperative, ", "The dairy cooperative that owns the plant, the "):
        assert attribution.BODY_BEFORE.search(stretch) is not None
    assert subjects.DEFINITE_PERSON.search("They met the girl, ") is not None
    assert nominals.DESCRIBED_BEFORE_NAMING.search("a retired veterinarian, Dr. ") is not None
    assert name_kinds._OWNER_BEFORE.search("said Putin’s  ") is not None


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*WORDS, ",", " ", "  ", "\n", ", ", "Ms.", "'s"]), min_size=0, max_size=12
    ),
    st.integers(0, 6),
)
def test_end_patterns_on_random_word_runs(parts: list[str], cut: int) -> None:
    text = " ".join(parts)
    for pattern in END_PATTERNS:
        _same(pattern, text, min(cut, len(text)), len(text))


def test_credit_spans_are_the_credit_patterns_matches() -> None:
    text = (
        "Ann Lee spoke on Monday. (Photo by Bo Tran/Getty Images)\n"
        "The rally went on. Mora Quill/Reuters\nNo credit stands in this line at all.\n"
        "Images: the crowd. ASSOCIATED PRESS"
    )
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 5):
            found = [(m.start(), m.end()) for m in CREDIT.finditer(text, start, end)]
            assert [(s.start, s.end) for s in credit_spans(text, start, end)] == found
    assert credit_spans(text, 0, len(text))
    assert not credit_spans("No credit stands here.", 0, 22)


def test_end_pattern_keeps_a_pattern_that_needs_no_text() -> None:
    pattern = nlp.EndPattern(re.compile(r",?\Z"), (",",), False)
    assert pattern.search("abc", 3, 3) is not None  # an empty stretch: the pattern decides
