"""Office nouns ending in -man/-woman/-person before a name ("RNC Committeeman Curly
Haugland"): a title when one of the word's three gendered forms is a listed title or role
noun, so the office goes to the role, not into the name; a surname of that shape
("Chapman", "Newman") stays a name. And ``titles.txt`` is the one title list that
``nlp.is_title`` and ``lexicons.is_title_word`` read."""

from __future__ import annotations

import pytest

from core import lexicons, nlp
from core.extract import extract


@pytest.mark.parametrize(
    "word",
    ["Committeeman", "Committeewoman", "Committeeperson", "Assemblyperson", "Alderperson",
     "Congresswoman", "Councilperson", "Co-Chairwoman", "Spokesperson", "Businesswoman"],
)  # fmt: skip
def test_office_noun_is_a_title(word: str) -> None:
    assert lexicons.office_noun(word)
    assert nlp.is_title(word) and lexicons.is_title_word(word)


@pytest.mark.parametrize("word", ["Chapman", "Newman", "Friedman", "Kaufman", "Goodman", "Man"])
def test_surname_ending_in_man_is_no_title(word: str) -> None:
    assert not lexicons.office_noun(word)
    assert not nlp.is_title(word)


def test_lower_case_office_noun_is_no_title_word() -> None:
    """Only written capitalised before a name is such a word a title."""
    assert not lexicons.is_title_word("committeewoman")


def test_one_title_list() -> None:
    """Every word of titles.txt is a title to nlp; the words only nlp's own list once
    held are in titles.txt."""
    for word in lexicons.title_words():
        assert nlp.is_title(word.capitalize()) or word in {"del"}, word
    for word in ["Doctor", "Father", "Sister", "Emperor", "Premier", "Spokesman"]:
        assert nlp.is_title(word) and lexicons.is_title_word(word)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ('Ohio GOP Committeewoman Lena Vaskes said the rules "are clear" to her.',
         "Lena Vaskes", "Ohio GOP Committeewoman"),
        ('"We are not done," said Committeeman Oren Baptiste, a Democrat.',
         "Oren Baptiste", None),
    ],
)  # fmt: skip
def test_office_goes_to_the_role(text: str, speaker: str, role: str | None) -> None:
    quote = extract("News\n\n" + text + "\n").quotes[0]
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert "Committee" in (quote.role or "")
    if role:
        assert quote.role == role


def test_surname_in_man_stays_in_the_name() -> None:
    quote = extract('News\n\n"It is late," said Ruth Chapman, a teacher.\n').quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Ruth Chapman"
