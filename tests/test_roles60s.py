"""Branch roles60 (session 60): roles that generalise (issue 15), as grammar over tagged
words.

- A capitalised modifier of tenure opening the sentence ("Former", "Retired") is no
  subject of the next word read as a verb: "Former state Sen. Ann Lee, D-Reno, said" kept
  only "Sen." when the tagger took "state" for a verb after a name ("he state") and no
  finite verb came after the name in the words read. A name opening the sentence still
  is such a subject ("Clinton beat rival Ann Lee" -> "rival").

Sentences written for this branch, people invented; "<" and ">" stand for curly quotes."""

from __future__ import annotations

from tests.analyses import roles_of

_SAID = "\n<We will appeal,> {} said on Monday.\n"


def test_a_tenure_modifier_opening_the_sentence_is_no_subject() -> None:
    text = "The hall was full.\n\nFormer state Sen. Ivo Marsh, D-Reno, said it would pass."
    assert roles_of(text + _SAID.format("Marsh")).get("Ivo Marsh") == "Former state Sen. (D-Reno)"


def test_a_name_opening_the_sentence_is_still_a_subject() -> None:  # control
    text = "Clinton beat rival Ivo Marsh in the caucuses."
    assert roles_of(text + _SAID.format("Marsh")).get("Ivo Marsh") == "rival"
