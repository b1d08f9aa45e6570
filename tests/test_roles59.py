"""Branch roles59 (session 59): roles that generalise (issue 15), as grammar over tagged
words.

- A plural title before a list of names gives every name the words that modify it, as the
  first name already had them: "Democratic Reps. Ann Lee and | Tom Reed" -> "Democratic
  Rep.", "Former Sens. ... and | Tom Reed" -> "Former Sen." (no longer "Sen.", a past
  office shown as held); a count before the plural is no part of one person's role.

- A kind of person too general to stand alone as a title (WordNet gives it one or two
  steps below "person": "dissident", "expert", "rider") names a role after the
  capitalised word that opens the phrase before a full name ("Soviet dissident | Milovan
  Djilas", as "Tennis great | Billie Jean King" already did), after "said" too; its first
  name need not be a listed one. resources/lexicons/person_kinds.txt holds the kinds.

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


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("<It was odd,> said Soviet dissident Otis Crane.", "Soviet dissident"),
        ("<It was odd,> said Iranian dissident Darius Vahedkhah.", "Iranian dissident"),
        ("He left.\nBritish rider Otis Crane won the stage. <It was odd,> Crane said.",
         "British rider"),
        ("<It was odd,> said Tennis great Otis Crane.", "Tennis great"),
        ("<It was odd,> said Monday night Otis Crane.", None),  # "night" is no person
        ("On Tuesday morning Otis Crane said <no.>", None),
    ],
)  # fmt: skip
def test_a_kind_of_person_a_capitalised_word_qualifies_is_a_title(
    text: str, role: str | None
) -> None:
    assert roles_of(text)["Otis Crane" if "Otis" in text else "Darius Vahedkhah"] == role
