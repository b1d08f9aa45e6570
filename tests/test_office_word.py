"""``nominals.office_word`` tests plain text before it compiles an office's pattern: its
answers are the pattern's, for roles written in ASCII and for those that are not (where
IGNORECASE pairs "ſ" with "s" and the Kelvin sign with "k")."""

from __future__ import annotations

import re

import pytest

from core import lexicons
from core.nominals import office_word

ROLES = [
    ("Sen.", "senator"),
    ("former Secretary of State", "secretary"),
    ("the state's attorney general", "attorney general"),
    ("vice president of sales", "president"),
    ("presidential hopeful", "president"),
    ("Chief Economist", "economist"),
    ("MAYOR of Springfield", "mayor"),
    ("police chief", "mayor"),
    ("", "mayor"),
    ("con\u017ful general", "consul"),
    ("\u212aing of the Hill", "king"),
    ("Café owner", "owner"),
    ("Café owner", "mayor"),
]


def _pattern(written: str, head: str) -> re.Match[str] | None:
    office = lexicons.NOMINAL_OFFICES.get(head, head)
    role = " ".join(map(lexicons.spelled_out, written.split()))
    return re.search(rf"\b{re.escape(office)}\b", role, re.IGNORECASE)


@pytest.mark.parametrize(("written", "head"), ROLES)
def test_office_word_gives_the_patterns_answer(written: str, head: str) -> None:
    found, expected = office_word(written, head), _pattern(written, head)
    assert (found and found.span()) == (expected and expected.span())
