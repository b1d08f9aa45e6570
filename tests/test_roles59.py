"""Branch roles59 (session 59): roles that generalise (issue 15), as grammar over tagged
words.

- A plural title before a list of names gives every name the words that modify it, as the
  first name already had them: "Democratic Reps. Ann Lee and | Tom Reed" -> "Democratic
  Rep.", "Former Sens. ... and | Tom Reed" -> "Former Sen." (no longer "Sen.", a past
  office shown as held); a count before the plural is no part of one person's role.

Sentences written for this branch, people invented; "<" and ">" stand for curly quotes."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_SAID = "\n<We will appeal,> {} said on Monday.\n"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Democratic Reps. Nell Barker and Otis Crane wrote the letter.", "Otis Crane",
         "Democratic Rep."),
        ("Democratic Reps. Nell Barker and Otis Crane wrote the letter.", "Nell Barker",
         "Democratic Rep."),
        ("Former Sens. Nell Barker and Otis Crane wrote the letter.", "Otis Crane",
         "Former Sen."),
        ("State Reps. Nell Barker, Ivo Marsh and Otis Crane wrote the letter.", "Otis Crane",
         "State Rep."),
        ("The two Republican Sens. Nell Barker and Otis Crane wrote it.", "Otis Crane",
         "Republican Sen."),
        ("Sens. Nell Barker and Otis Crane wrote the letter.", "Otis Crane", "Sen."),
    ],
)  # fmt: skip
def test_a_plural_title_shares_its_modifiers_with_every_name(
    text: str, name: str, role: str
) -> None:
    assert roles_of(text + _SAID.format(name.split()[-1]))[name] == role
