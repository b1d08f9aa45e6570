"""A relative's listed first name set off after "his wife," or "her husband," takes the
surname of the person the pronoun refers to, as after "Schilling's son,": "his wife, Jane,
called for an open primary" beside Bernie Sanders is Jane Sanders, one row with her other
namings (train, usa-today_2016-04-28_sanders-lays-off-more-than-campa, a row "Jane";
issue 14, people54: a name variant not joined), where that person is the subject of the
sentence just before; a pronoun read wrong would give a stranger's surname. Sentences
written for the test; the people invented."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

SENATOR = (
    "Senator Tom Ruddick wants changes to the primaries. Ruddick, whose coalition includes "
    "young people, said closed primaries deny many independents the right to vote. "
)


def test_his_wife_by_her_first_name_is_of_his_surname() -> None:
    text = SENATOR + (
        "On television Tuesday, his wife, Jane, called for an open process. \u201cShutting "
        "people out is not smart,\u201d she said."
    )
    assert _speaker(text, "not smart") == "Jane Ruddick"


def test_her_husband_by_his_first_name_is_of_her_surname() -> None:
    text = (
        "Governor Alma Veress signed the budget on Friday. \u201cIt is balanced,\u201d "
        "Veress said. At the ceremony her husband, George, praised the staff. \u201cThey "
        "worked all night,\u201d he said."
    )
    assert _speaker(text, "worked all night") == "George Veress"


def test_a_name_opening_the_clause_after_the_phrase_is_no_appositive() -> None:
    text = (
        "Historian Mary Holt has written about Nancy Ware, who married Senator Dale Ware in "
        "1952. \u201cShe was formidable,\u201d Holt said. Beloved by her husband, Nancy was not "
        "always loved by his staff. \u201cI did my job,\u201d Nancy said."
    )
    assert _speaker(text, "did my job") == "Nancy Ware"


def test_a_relative_of_someone_not_the_last_subject_keeps_the_name_alone() -> None:
    """A guard: "her" here is a novel's narrator, no one the article names in full; the
    author named just before is not the subject of the sentence before the phrase."""
    text = (
        "Midway through Ruth Amberley\u2019s novel, the narrator, Ines, decides to stay. "
        "\u201cI had waited for years,\u201d Amberley writes.\n\n"
        "The plot is slight. Ines takes a post in Norway; her husband, Daniel, a composer, "
        "stays home.\n\n\u201cYou sound happy,\u201d Daniel says in one of their calls."
    )
    assert _speaker(text, "sound happy") == "Daniel"
