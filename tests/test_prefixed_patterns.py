"""Patterns written to open with a character class sre skips to (speed61): each finds
what its plain form (an assertion first) finds, at every start of a search."""

from __future__ import annotations

import re

import pytest

from core import cast_patterns, name_runs, person_names, roles, subjects
from core.person import PRONOUN_GENDERS

TEXT = (
    "The mayor said the council met. Sens. Ann Lee and Tom Reed, R-Ohio, voted.\n"
    "He said she'd go; She's here. Then he left.\u201d She asked him: Is it his or hers?\n"
    "HIMSELF, herSelf, hiſ, ſhe, The\u2019s, -the thing, o'the day, lathe, Hershey, shed "
    "and 9he. Her nephew, the drummer Adonis Batiste, played. Her aunt, the ex-chief "
    "Mia Lee, spoke; Reps. Jo Fox, D-Ohio, and Al Kent. Omar and Leyla Haddad-Noor, X. "
    "Ann. \u201cYes,\u201d Ted Ray said.\nShe went on. I. M. Pei and Anne-Marie "
    "O\u2019Neil met.\n\nThe end"
)

PLAIN = [
    (roles._DEFINITE, r"(?<![\w'\u2019-])[Tt]he\s+", 0),
    (roles._SENTENCE_END, r"[.!?;][\u201d\"]?\s+[A-Z\u201c\"]|\n", 0),
    (roles._LIST_TITLE, r"\b([A-Z][a-z]+)s(\.?)\s+(?=[A-Z])", 0),
    (
        roles._PRONOUN_OPENS,
        r"(?:(?<=\n)|(?<=[.?!]\s)|(?<=[.?!][\u201d\"]\s))(He|She)(?=\s|['\u2019]s\s)",
        0,
    ),
    (
        cast_patterns.UNLISTED_FIRST,
        r"\b([A-Z][\w'\u2019-]+)(?=[ \t\xa0]+(?:[A-Z]\.[ \t\xa0]+)?([A-Z][\w'\u2019-]+))",
        0,
    ),
    (subjects.PRONOUN, rf"\b(?:{'|'.join(PRONOUN_GENDERS)})\b", re.IGNORECASE),
    (
        name_runs.COUPLE,
        r"\b([A-Z][a-z]+)[ \t\xa0]+and[ \t\xa0]+([A-Z][a-z]+)"
        r"[ \t\xa0]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b",
        0,
    ),
]


def _found(pattern: re.Pattern[str], start: int, end: int) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(TEXT, start, end)]


@pytest.mark.parametrize(
    ("pattern", "plain", "flags"),
    PLAIN,
    ids=[
        "definite",
        "sentence_end",
        "list_title",
        "pronoun_opens",
        "unlisted_first",
        "pronoun",
        "couple",
    ],
)
def test_the_same_matches_as_the_plain_pattern(
    pattern: re.Pattern[str], plain: str, flags: int
) -> None:
    expected = re.compile(plain, flags)
    assert _found(pattern, 0, len(TEXT))  # the text holds matches of each
    for start in range(len(TEXT)):
        for end in (start + 7, start + 40, len(TEXT)):
            assert _found(pattern, start, end) == _found(expected, start, end), (start, end)


def test_described_kin_the_same_as_the_plain_pattern() -> None:
    plain = re.compile(r"(?<=,[ \t\xa0])the(?:[ \t\xa0]+[a-z][\w\-]*){1,3}[ \t\xa0]+$")
    ends = [m.start() for m in re.finditer(r"(?<= )[A-Z]", TEXT)]
    assert any(person_names.DESCRIBED_KIN.search(TEXT, 0, end) for end in ends)
    for end in ends:
        for start in range(max(0, end - 60), end):
            found = person_names.DESCRIBED_KIN.search(TEXT, start, end)
            wanted = plain.search(TEXT, start, end)
            assert (found and found.span()) == (wanted and wanted.span()), (start, end)


def test_every_pronoun_form_found_in_any_case() -> None:
    words = [w for form in PRONOUN_GENDERS for w in (form, form.upper(), form.title())]
    found = [m.group(0) for m in subjects.PRONOUN.finditer(" ".join(words) + " hiſ ſhe")]
    assert found == [*words, "hiſ", "ſhe"]
