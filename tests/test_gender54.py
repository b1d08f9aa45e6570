"""gender54: a "he"/"she" means the one person of its sex that its own sentence names
before it as a possessive or as the subject of a clause opening there, not the subject of
the sentence before ("With Reed's victory secure, he told reporters"), where it does not
report what comes before ("..., he said"). The baby-name list (given_names_ssa.tsv) gives
"Declan" a sex, so the man of the sentence before is a rival the pronoun must pass over.
Sentences written for the tests; the people invented."""

from __future__ import annotations

import pytest

from core.extract import attribute
from tests.test_attribution_probes import speaker_in_a_story as _speaker

BACK = (
    "Mayor Tom Reed won a third term on Sunday. Reed thanked his volunteers, and Reed "
    "promised a new library.\n\n"
    "Declan Walsh, the party's treasurer, spent the morning at the count in the old hall. "
)
Q = "the count was clean"


@pytest.mark.parametrize(
    "sentence",
    [
        f"With Reed's victory secure, he told reporters: \u201c{Q}.\u201d",
        f"In Reed's own account of the night, he said: \u201c{Q}.\u201d",
        f"Despite Reed's narrow margin, he told supporters that \u201c{Q}.\u201d",
        f"If Reed wins the recount, he has promised to say that \u201c{Q}.\u201d",
        f"Reed's speech is under discussion, but he has said that \u201c{Q}.\u201d",
    ],
)
def test_the_man_of_the_pronouns_own_sentence(sentence: str) -> None:
    assert _speaker(BACK + sentence, Q) == "Tom Reed"


@pytest.mark.parametrize(
    "sentence",
    [
        f"He said: \u201c{Q}.\u201d",  # nobody before it in its sentence
        f"Asked about Reed's victory, he said: \u201c{Q}.\u201d",  # the participle's object
        f"\u201c{Q},\u201d he told Reed.",  # the pronoun's verb's object
        f"With Ann Reed's victory secure, he told reporters: \u201c{Q}.\u201d",  # a woman's
    ],
)
def test_the_subject_before_where_the_grammar_gives_no_other(sentence: str) -> None:
    story = BACK.replace("Mayor Tom Reed", "Mayor Tom Reed and his wife, Ann Reed,")
    assert _speaker(story + sentence, Q) == "Declan Walsh"


def test_a_clause_the_pronoun_reports_is_no_antecedent() -> None:
    """ "Reed is ..., he said": what he said is about Reed, he is the man before."""
    text = BACK + f"Reed is sure to win the recount, he said: \u201c{Q}.\u201d"
    assert _speaker(text, Q) == "Declan Walsh"


def test_an_honorific_over_the_baby_name_list() -> None:
    """ "Luka" is a man's name by the US counts (0.94); "Ms." says otherwise."""
    cast = attribute("Ms. Luka Brandt opened the new wing on Friday.").cast
    assert next(p for p in cast.people if p.name == "Luka Brandt").gender == "f"
    cast = attribute("Luka Brandt opened the new wing on Friday.").cast
    assert next(p for p in cast.people if p.name == "Luka Brandt").gender == "m"


def test_not_past_a_colon() -> None:
    """ "..., the treasurer often says: in his view": the clause after the colon is the
    treasurer's, not about the man whose possessive comes before it."""
    text = (
        BACK + "The count is the best reason to trust Reed's victory, the treasurer often "
        "says: in his view, nothing was missed."
    )
    cast = attribute(text).cast
    his = text.index("his view")
    person = cast.pronouns.pronoun("he", his)
    assert person is not None and person.name != "Tom Reed"
